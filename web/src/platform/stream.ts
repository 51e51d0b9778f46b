/**
 * Live updates from GET /api/v1/stream. One EventSource per tab; when it drops, the banner says
 * so and it reconnects with backoff. After a reconnect every view refetches ("resync"), because
 * events sent while disconnected are not replayed.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveEvent } from './types';

export type StreamStatus = 'idle' | 'connecting' | 'live' | 'lost';

/** sla.* and escalation.* reach staff only. */
const EVENT_TYPES = ['ticket.created', 'ticket.updated', 'message.added', 'ticket.linked', 'ticket.merged', 'sla.warning', 'sla.breached', 'escalation.changed', 'escalation.page'];
/** A synthetic event after a reconnect: whatever was missed must be fetched again. */
export const RESYNC = 'resync';

type Listener = (event: LiveEvent) => void;

class LiveStream {
  status: StreamStatus = 'idle';
  private source: EventSource | undefined;
  private retryTimer: number | undefined;
  private attempts = 0;
  private everConnected = false;
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<() => void>();
  /** Told about each drop, e.g. to check whether the session is still valid. */
  onDrop: (() => void) | undefined;

  start(): void {
    if (this.source || this.retryTimer !== undefined) return;
    this.connect();
  }

  stop(): void {
    window.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.source?.close();
    this.source = undefined;
    this.attempts = 0;
    this.everConnected = false;
    this.setStatus('idle');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  watchStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private connect(): void {
    this.retryTimer = undefined;
    if (this.status !== 'lost') this.setStatus('connecting');
    const source = new EventSource('/api/v1/stream');
    this.source = source;
    source.onopen = () => {
      const reconnected = this.everConnected;
      this.everConnected = true;
      this.attempts = 0;
      this.setStatus('live');
      if (reconnected) this.emit({ type: RESYNC, ticketId: '', at: new Date().toISOString(), data: {} });
    };
    source.onerror = () => {
      // The browser retries some failures by itself, but not a refused or non-200 answer; one
      // policy for all: close, show the banner, and reconnect with backoff.
      source.close();
      if (this.source !== source) return;
      this.source = undefined;
      this.setStatus('lost');
      this.onDrop?.();
      const delay = Math.min(15_000, 1000 * 2 ** this.attempts) * (0.8 + Math.random() * 0.4);
      this.attempts += 1;
      this.retryTimer = window.setTimeout(() => this.connect(), delay);
    };
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        try {
          this.emit({ ...(JSON.parse((message as MessageEvent<string>).data) as LiveEvent), type });
        } catch {
          // A malformed event is skipped; the next resync covers it.
        }
      });
    }
  }

  private emit(event: LiveEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private setStatus(status: StreamStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }
}

export const liveStream = new LiveStream();

export function useStreamStatus(): StreamStatus {
  return useSyncExternalStore(
    (listener) => liveStream.watchStatus(listener),
    () => liveStream.status,
  );
}

/**
 * Calls `onEvent` for live events that pass `filter`, and after every resync. Bursts (a call log
 * and a status change land together) are coalesced into one call per `debounceMs`.
 */
export function useLiveRefresh(onEvent: () => void, filter: (event: LiveEvent) => boolean = () => true, debounceMs = 250): void {
  const latest = useRef({ onEvent, filter });
  latest.current = { onEvent, filter };
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = liveStream.subscribe((event) => {
      if (event.type !== RESYNC && !latest.current.filter(event)) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current.onEvent(), debounceMs);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [debounceMs]);
}
