/**
 * The mailboxes, read at most every few seconds: intake and the ticket-change hook that queues
 * outbound mail ask for them on every message and every ticket change. A change through this
 * node's API clears the cache at once; another node's change is seen within the time to live.
 */
import type { MailDb } from './mail.tables.js';
import type { Mailbox } from './mailbox.js';
import { listMailboxes } from './mailbox.repository.js';

export class MailboxCache {
  private cached: { at: number; list: Mailbox[] } | undefined;

  constructor(private readonly ttlMs = 5_000) {}

  async list(db: MailDb, now: number): Promise<Mailbox[]> {
    if (this.cached && now - this.cached.at < this.ttlMs && now >= this.cached.at) return this.cached.list;
    const list = await listMailboxes(db);
    this.cached = { at: now, list };
    return list;
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
