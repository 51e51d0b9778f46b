/**
 * The delivery worker: claims due notifications with a lease, checks each page is still wanted
 * just before sending, bundles pages to the same address, sends through the provider for the
 * method (with failover), records every attempt, and retries temporary failures with backoff.
 * Queueing is exactly once (the outbox's unique key); sending is at least once: if the provider's
 * answer is lost, the lease runs out and the page is sent again (docs/paging.md).
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { Logger } from '../../platform/logger.js';
import { bundleText, decideDelivery, retryDelayMs, throttledUntil } from './deliver.js';
import { claimNotifications, finish, recordAttempt, type Claimed } from './delivery.repository.js';
import { refuseInternalAddress, URL_METHODS } from './internal-address.js';
import { WakeLoop } from '../../platform/wake-loop.js';
import type { DomainEvent } from '../../platform/events.js';
import { ladderFacts, pageChanged } from '../escalation/index.js';
import { formatTicketNumber, ticketFacts } from '../tickets/index.js';
import { FailoverError, type FailoverAttempt } from './providers/failover.js';
import { DeliveryError, type ContactMethod, type Provider } from './providers/provider.js';

export interface DeliveryOptions {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  logger: Logger;
  nodeId: string;
  ticketPrefix: string;
  /** The providers to use now, per method (failover already composed). */
  providers: () => Promise<Map<string, Provider>>;
  /** Signed one-tap acknowledge link for a notification, when links can be signed. */
  ackUrl?: (notificationId: string) => string | undefined;
  /** Where a voice call's keypress is posted. */
  gatherUrl?: (notificationId: string) => string;
  leaseMs?: number;
  pollMs?: number;
  /** Allow webhook, Slack and Teams pages to loopback, private and link-local addresses. */
  allowPrivateDestinations?: boolean;
  /** Publishes each page's change of delivery status (the ticket's escalation panel), after it committed. */
  publish?: (event: DomainEvent) => void;
}

export class DeliveryWorker {
  private readonly loop: WakeLoop;
  /** When each (method, address) was last sent to by this node, for throttling. */
  private readonly lastSent = new Map<string, number>();
  /** Each page's ticket, for its number and for live events; read once per cycle. */
  private tickets = new Map<string, { id: string; number: number; organizationId: string } | undefined>();

  constructor(private readonly o: DeliveryOptions) {
    // After a cycle that settled something, look again at once (more may be due); else sleep a poll.
    this.loop = new WakeLoop({ name: 'delivery', logger: o.logger, cycle: () => this.runOnce(), sleepMs: (done) => (done > 0 ? 0 : (o.pollMs ?? 1_000)) });
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  /** Sends everything due now; returns how many notifications were settled. Tests call it directly. */
  async runOnce(): Promise<number> {
    const now = this.o.clock.now();
    const claimed = await claimNotifications(this.o.db, this.o.dialect, this.o.nodeId, new Date(now).toISOString(), new Date(now + (this.o.leaseMs ?? 60_000)).toISOString(), 100);
    if (claimed.length === 0) return 0;
    this.tickets = new Map();
    const providers = await this.o.providers();
    const wanted: Claimed[] = [];
    for (const n of claimed) {
      const ladder = n.escalationId === null ? undefined : (await ladderFacts(this.o.db, n.escalationId))?.state;
      if (decideDelivery(n, ladder) === 'cancel') {
        if (await finish(this.o.db, n.id, this.o.nodeId, { status: 'cancelled', error: 'no longer wanted: acknowledged or ended' })) await this.changed(n, 'cancelled');
      } else wanted.push(n);
    }
    // Pages to one address go out together; a test page goes alone (it is about no ticket).
    const groups = new Map<string, Claimed[]>();
    for (const n of wanted) {
      const key = n.kind === 'test' ? `test|${n.id}` : `${n.method}|${n.address}`;
      groups.set(key, [...(groups.get(key) ?? []), n]);
    }
    for (const group of groups.values()) {
      const address = `${group[0].method}|${group[0].address}`;
      const until = throttledUntil(group[0].method, this.lastSent.get(address), now);
      if (until !== null) {
        // Still queued, only later: no change a reader of the ticket would see.
        for (const n of group) await finish(this.o.db, n.id, this.o.nodeId, { status: 'queued', retryAt: new Date(until).toISOString(), error: 'throttled: sent to this address moments ago' });
        continue;
      }
      if (await this.sendGroup(group, providers.get(group[0].method))) this.lastSent.set(address, now);
    }
    return claimed.length;
  }

  /** Sends one (bundled) message; true when the provider accepted it. */
  private async sendGroup(group: Claimed[], provider: Provider | undefined): Promise<boolean> {
    const at = this.o.clock.iso();
    const first = group[0];
    if (!provider) {
      for (const n of group) await this.settle(n, { status: 'failed', error: `no provider is configured for ${n.method}` }, 'none', at);
      return false;
    }
    const { subject, text, ack, items } = await this.compose(group);
    try {
      if (URL_METHODS.has(first.method) && !this.o.allowPrivateDestinations) await refuseInternalAddress(first.address);
      const result = await provider.send({
        id: first.id,
        method: first.method as ContactMethod,
        to: first.address,
        subject,
        text,
        ackUrl: first.requiresAck ? ack : undefined,
        // A test page's call reads its text and waits for no key: there is nothing to acknowledge.
        voice: first.method === 'voice' && first.kind === 'page' && this.o.gatherUrl ? { say: `Switchboard. ${text.replace(/https?:\S+/g, '')} Press 1 to acknowledge.`, gatherActionUrl: this.o.gatherUrl(first.id) } : undefined,
        metadata: first.kind === 'test' ? { test: 'true' } : { tickets: items.map((i) => i.ticketNumber).filter(Boolean).join(',') },
      });
      await this.recordFailovers(first, (result as { failures?: FailoverAttempt[] }).failures ?? [], at);
      for (const n of group) await this.settle(n, { status: 'sent', provider: result.provider ?? provider.name, providerMessageId: result.providerMessageId, sentAt: at }, result.provider ?? provider.name, at, `accepted: ${result.status}${group.length > 1 ? ` (bundled ${group.length})` : ''}`);
      return true;
    } catch (error) {
      const e = error instanceof DeliveryError ? error : new DeliveryError(String((error as Error)?.message ?? error), true);
      if (e instanceof FailoverError) await this.recordFailovers(first, e.attempts, at);
      for (const n of group) {
        const retryAt = new Date(this.o.clock.now() + retryDelayMs(n.attempts, e.retryAfterMs)).toISOString();
        await this.settle(n, e.temporary && n.attempts < 8 ? { status: 'queued', error: e.message, retryAt } : { status: 'failed', error: e.message }, provider.name, at, e.message);
      }
      this.o.logger.warn({ err: e.message, notification: first.id, method: first.method }, 'delivery failed');
      return false;
    }
  }

  /** What to send: a test page's own words, or the page of one or more tickets with how to acknowledge. */
  private async compose(group: Claimed[]): Promise<{ subject: string; text: string; ack: string | undefined; items: { ticketNumber: string; subject: string }[] }> {
    const first = group[0];
    if (first.kind === 'test') return { subject: first.subject, text: first.body, ack: undefined, items: [] };
    // Tickets are never deleted (a merge closes the source), so a page's ticket always has a number;
    // an administrators' alert (a mailbox gone quiet) belongs to no ticket.
    const items = await Promise.all(group.map(async (n) => {
      const number = n.ticketId ? (await this.ticket(n.ticketId))?.number : undefined;
      return { ticketNumber: number === undefined ? '' : formatTicketNumber(this.o.ticketPrefix, number), subject: n.subject };
    }));
    const ack = this.o.ackUrl?.(first.id);
    return { ...bundleText(items, first.requiresAck ? (ack ? `Acknowledge: ${ack} or reply ACK.` : 'Reply ACK to acknowledge.') : first.body), ack, items };
  }

  /** Each provider that failed before another took the message (or before all failed), in its own name. */
  private async recordFailovers(n: Claimed, failures: FailoverAttempt[], at: string): Promise<void> {
    for (const f of failures) await recordAttempt(this.o.db, { notificationId: n.id, at, provider: f.provider, outcome: 'failed', detail: `${f.error.message} (the next provider was tried)` });
  }

  private async settle(n: Claimed, f: Parameters<typeof finish>[3], provider: string, at: string, detail = f.error ?? f.status): Promise<void> {
    const finished = await this.o.db.transaction().execute(async (trx) => {
      await recordAttempt(trx, { notificationId: n.id, at, provider, outcome: f.status, providerMessageId: f.providerMessageId, detail });
      return finish(trx, n.id, this.o.nodeId, f);
    });
    // A retry is queued again, with its failed attempt and error now shown on the ticket.
    if (finished) await this.changed(n, f.status === 'queued' ? 'retrying' : f.status);
  }

  /** Publishes a ladder page's new delivery status (test pages are about no ticket). */
  private async changed(n: Claimed, status: string): Promise<void> {
    if (!this.o.publish || n.ticketId === null) return;
    const ticket = await this.ticket(n.ticketId);
    if (ticket) this.o.publish(pageChanged(ticket, this.o.clock.iso(), { notificationId: n.id, escalationId: n.escalationId, status }));
  }

  /** A page's ticket (number and organisation) from the tickets module, read once per cycle. */
  private async ticket(id: string): Promise<{ id: string; number: number; organizationId: string } | undefined> {
    if (!this.tickets.has(id)) this.tickets.set(id, await ticketFacts(this.o.db, id));
    return this.tickets.get(id);
  }
}
