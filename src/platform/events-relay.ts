/**
 * Live events across nodes that share one PostgreSQL database: each node NOTIFYs its events on
 * one channel after they commit and LISTENs for the others', handing them to its own subscribers
 * (the SSE streams, the engine's wake-ups). A node ignores its own events, which it has already
 * delivered. The events published during one turn of the event loop go out together in one
 * NOTIFY (under load, many requests finish in the same turn: one statement and one delivery to each
 * listening node instead of one per event). NOTIFY carries at most 8,000 bytes; an event is a few
 * hundred, a batch is split to fit, and an event whose `data` would not fit alone goes without it.
 * While the listening connection is down, other nodes' events are missed; it reconnects with
 * backoff, and browsers refetch whenever their own stream reconnects.
 * Access changes (a token revoked, a user disabled) travel the same way, so a stream on any node
 * closes when its reader loses the right to it; each node also re-checks its streams periodically,
 * which covers changes missed while the connection was down.
 */
import type pg from 'pg';
import type { Logger } from './logger.js';
import type { AccessChange, DomainEvent, EventBus } from './events.js';

export const EVENTS_CHANNEL = 'switchboard_events';
const MAX_PAYLOAD = 7900;

interface Envelope {
  origin: string;
  events?: DomainEvent[];
  access?: AccessChange;
}

export class PgEventRelay {
  private client: pg.PoolClient | undefined;
  private retry: NodeJS.Timeout | undefined;
  private attempts = 0;
  private stopped = false;
  private pending: DomainEvent[] = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly bus: EventBus,
    private readonly nodeId: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.bus.forward = (event) => this.send(event);
    this.bus.forwardAccess = (change) => this.sendAccess(change);
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.bus.forward = undefined;
    this.bus.forwardAccess = undefined;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.query(`UNLISTEN ${EVENTS_CHANNEL}`).catch(() => undefined);
      client.release();
    }
  }

  /** The last NOTIFY queued: each waits for the one before. */
  private sending: Promise<void> = Promise.resolve();

  private send(event: DomainEvent): void {
    this.pending.push(event);
    if (this.pending.length === 1) setImmediate(() => this.flush());
  }

  /** NOTIFYs the events gathered this turn, as few payloads as fit. */
  private flush(): void {
    const events = this.pending;
    this.pending = [];
    const head = `{"origin":${JSON.stringify(this.nodeId)},"events":[`;
    let batch: string[] = [];
    let size = head.length + 2;
    const notify = () => {
      if (batch.length === 0) return;
      const payload = `${head}${batch.join(',')}]}`;
      const types = batch.length;
      batch = [];
      size = head.length + 2;
      this.inOrder(payload, (error) => this.logger.warn({ err: error.message, events: types }, 'could not relay live events to the other nodes'));
    };
    for (const event of events) {
      let json = JSON.stringify(event);
      if (head.length + 2 + Buffer.byteLength(json) > MAX_PAYLOAD) json = JSON.stringify({ ...event, data: {} });
      const bytes = Buffer.byteLength(json) + 1;
      if (size + bytes > MAX_PAYLOAD) notify();
      batch.push(json);
      size += bytes;
    }
    notify();
  }

  private sendAccess(access: AccessChange): void {
    this.inOrder(JSON.stringify({ origin: this.nodeId, access } satisfies Envelope), (error) =>
      this.logger.warn({ err: error.message }, 'could not relay an access change to the other nodes; their periodic re-check will catch it'),
    );
  }

  /**
   * NOTIFYs one payload after the previous one was sent. Two queries in flight at once run on two
   * pooled connections, and their notifications may then arrive in either order; the other nodes
   * must see a node's events in the order it published them.
   */
  private inOrder(payload: string, failed: (error: Error) => void): void {
    this.sending = this.sending.then(() => this.pool.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, payload]).then(() => undefined, failed));
  }

  private receive(payload: string | undefined): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload ?? '') as Envelope;
    } catch {
      return;
    }
    if (envelope.origin === this.nodeId) return;
    if (typeof envelope.access?.userId === 'string') this.bus.deliverAccess(envelope.access);
    else if (Array.isArray(envelope.events)) for (const event of envelope.events) if (typeof event?.type === 'string') this.bus.deliver(event);
  }

  private async listen(): Promise<void> {
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      const mine = client;
      mine.on('notification', (message) => {
        if (message.channel === EVENTS_CHANNEL) this.receive(message.payload);
      });
      mine.on('error', (error) => this.dropped(mine, error));
      mine.on('end', () => this.dropped(mine));
      await mine.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (this.stopped) {
        mine.release();
        return;
      }
      this.client = mine;
      this.attempts = 0;
    } catch (error) {
      client?.release(true);
      this.reconnect(error as Error);
    }
  }

  private dropped(client: pg.PoolClient, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.release(error ?? true);
    this.reconnect(error);
  }

  private reconnect(error?: Error): void {
    if (this.stopped) return;
    const delay = Math.min(30_000, 500 * 2 ** this.attempts++);
    this.logger.warn({ err: error?.message, retryInMs: delay }, 'not receiving other nodes’ live events; reconnecting');
    this.retry = setTimeout(() => void this.listen(), delay);
  }
}
