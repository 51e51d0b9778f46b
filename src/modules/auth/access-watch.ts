/**
 * Keeps long-lived readers (the live stream) honest about their rights. A stream is authorised
 * once, when it opens; this watch ends it as soon as its credential no longer gives the same
 * access — a token revoked, a session ended or expired, the user disabled or given another role.
 *
 * It costs nothing per event: a reader is re-checked (one query) only when an access change names
 * its user — published on the event bus, and relayed to the other nodes on PostgreSQL — and once
 * per period, which also catches expiries and any change a node missed while its relay was down.
 */
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { EventBus } from '../../platform/events.js';
import type { Logger } from '../../platform/logger.js';
import type { Actor } from './actor.js';
import { resolveCredential, type Credential } from './authenticate.js';

/** Why a watched reader was ended. */
export type AccessEnd = 'revoked' | 'changed';

interface Watcher {
  credential: Credential;
  actor: Actor;
  end: (reason: AccessEnd) => void;
}

/** The parts of an actor that decide what a reader may see. */
function sameAccess(a: Actor, b: Actor): boolean {
  if (a.kind !== b.kind || a.userId !== b.userId || a.role !== b.role) return false;
  return a.kind === 'staff' || (b.kind === 'client' && a.organizationId === b.organizationId && a.contactId === b.contactId);
}

export class AccessWatch {
  private readonly byUser = new Map<string, Set<Watcher>>();
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: { db: Db; clock: Clock; events: EventBus; logger: Logger; recheckMs: number }) {}

  start(): void {
    this.unsubscribe = this.deps.events.subscribeAccess((change) => void this.recheck(change.userId));
    this.timer = setInterval(() => void this.recheck(), this.deps.recheckMs);
    this.timer.unref();
  }

  stop(): void {
    this.unsubscribe?.();
    clearInterval(this.timer);
  }

  /**
   * Watches a reader authenticated with `credential` as `actor`; `end` is called at most once, when
   * that access is gone. Returns the function that stops watching (call it when the reader leaves).
   */
  watch(credential: Credential, actor: Actor, end: (reason: AccessEnd) => void): () => void {
    const watcher: Watcher = { credential, actor, end };
    let set = this.byUser.get(actor.userId);
    if (!set) this.byUser.set(actor.userId, (set = new Set()));
    set.add(watcher);
    return () => this.forget(watcher);
  }

  /** Watches the reader of an authenticated request (see `watch`). */
  watchRequest(request: FastifyRequest, end: (reason: AccessEnd) => void): () => void {
    if (!request.credential || !request.actor) return () => undefined;
    return this.watch(request.credential, request.actor, end);
  }

  /** How many readers are watched (tests, metrics). */
  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  /** Re-checks the readers of one user, or of everyone; ends those whose access is gone. */
  async recheck(userId?: string): Promise<void> {
    const watchers = userId ? [...(this.byUser.get(userId) ?? [])] : [...this.byUser.values()].flatMap((set) => [...set]);
    await Promise.all(watchers.map((w) => this.check(w)));
  }

  private async check(watcher: Watcher): Promise<void> {
    let now: Actor | undefined;
    try {
      now = await resolveCredential(this.deps, watcher.credential);
    } catch (error) {
      // A database hiccup is not a revocation; the next change or period checks again.
      this.deps.logger.warn({ err: (error as Error).message }, 'could not re-check a live reader’s access');
      return;
    }
    if (now && sameAccess(watcher.actor, now)) return;
    if (!this.forget(watcher)) return;
    watcher.end(now ? 'changed' : 'revoked');
  }

  /** Stops watching; false when it was already stopped (ended, or the reader left). */
  private forget(watcher: Watcher): boolean {
    const set = this.byUser.get(watcher.actor.userId);
    if (!set?.delete(watcher)) return false;
    if (set.size === 0) this.byUser.delete(watcher.actor.userId);
    return true;
  }
}
