/**
 * Records a ticket's life as it happens (messages and field changes at growing offsets from its
 * creation) and turns it into ticket, message and event rows, the way the tickets module writes
 * them: one `ticket.updated` event per changed field, one `message.added` per message.
 */
import { toIso } from '../../platform/clock.js';
import type { MessageTable, TicketTable } from '../tickets/index.js';
import { isOpenStatus } from '../tickets/index.js';
import type { DemoEventRow, Status } from './demo-data.js';
import type { Random } from './random.js';

/** The ticket fields that change over its life. */
export interface TicketState {
  status: Status;
  tier: number;
  teamId: string | null;
  assigneeId: string | null;
  fcrOutcome: string | null;
}

type MessageDraft = Omit<MessageTable, 'ticket_id' | 'created_at'>;

type Entry =
  | { type: 'message'; offset: number; message: MessageDraft; actor: string | null }
  | { type: 'update'; offset: number; actor: string | null; changes: { field: keyof TicketState; before: unknown; after: unknown }[]; ownVersion: boolean };

/** The ticket columns that do not change over its life. */
export type TicketBase = Omit<TicketTable, 'status' | 'tier' | 'team_id' | 'assignee_id' | 'fcr_outcome' | 'version' | 'created_at' | 'updated_at' | 'resolved_at' | 'closed_at'>;

export interface BuiltHistory {
  ticket: TicketTable;
  messages: MessageTable[];
  events: DemoEventRow[];
}

const MINUTE_MS = 60_000;

export class HistoryBuilder {
  private offset = 0;
  private readonly entries: Entry[] = [];
  private readonly initial: TicketState;

  constructor(
    private readonly rng: Random,
    /** How many messages this ticket gets in all (1–5). */
    private readonly budget: number,
    readonly state: TicketState,
  ) {
    this.initial = { ...state };
  }

  get messageCount(): number {
    return this.entries.filter((e) => e.type === 'message').length;
  }

  /** True while fewer than `budget - reserve` messages exist. */
  canSay(reserve = 0): boolean {
    return this.messageCount < this.budget - reserve;
  }

  /** Lets between `min` and `max` minutes pass. */
  wait(min: number, max: number): void {
    this.offset += this.rng.int(min, max) * MINUTE_MS + this.rng.int(0, MINUTE_MS - 1);
  }

  /** Lets a number of seconds pass (a call's length). */
  waitSeconds(seconds: number): void {
    this.offset += seconds * 1000;
  }

  /** Adds a message; `actor` is the login that wrote it (a client's portal login, for their replies). */
  say(message: Omit<MessageDraft, 'id' | 'call_direction' | 'caller_number' | 'call_duration_seconds'> & Partial<MessageDraft>, actor = message.author_user_id): void {
    this.entries.push({
      type: 'message',
      offset: this.offset,
      message: { call_direction: null, caller_number: null, call_duration_seconds: null, ...message, id: this.rng.uuid() },
      actor,
    });
  }

  /**
   * Changes fields in one update. `ownVersion` is false when the change rides on a message
   * (a client's reply reopening a ticket that waited on them).
   */
  update(actor: string | null, patch: Partial<TicketState>, ownVersion = true): void {
    const changes = (Object.keys(patch) as (keyof TicketState)[])
      .filter((field) => patch[field] !== this.state[field])
      .map((field) => ({ field, before: this.state[field], after: patch[field] }));
    if (changes.length === 0) return;
    Object.assign(this.state, patch);
    this.entries.push({ type: 'update', offset: this.offset, actor, changes, ownVersion });
  }

  /**
   * Squeezes the history so it ends before `nowMs`, then closes a resolved ticket once its
   * `closeAfterMs` has passed. Returns the rows.
   */
  build(base: TicketBase, createdMs: number, nowMs: number, creatorId: string | null, closeAfterMs: number): BuiltHistory {
    const room = Math.max(0, nowMs - 1000 - createdMs);
    const span = this.offset;
    // A squeezed history ends at a random point before now, so recent tickets do not all share one instant.
    const scale = span > room ? (room * (0.4 + 0.6 * this.rng.next())) / span : 1;
    const at = (offset: number) => createdMs + Math.floor(offset * scale);
    const resolvedMs = this.lastStatusAt('resolved', at);
    if (this.state.status === 'resolved' && resolvedMs !== null && resolvedMs + closeAfterMs <= nowMs - 1000) {
      this.offset = (resolvedMs + closeAfterMs - createdMs) / scale;
      this.update(null, { status: 'closed' });
    }
    const ticket = this.ticketRow(base, createdMs, at);
    return { ticket, messages: this.messageRows(ticket.id, at), events: this.eventRows(ticket, creatorId, at) };
  }

  private lastStatusAt(status: Status, at: (offset: number) => number): number | null {
    let found: number | null = null;
    for (const e of this.entries) {
      if (e.type === 'update' && e.changes.some((c) => c.field === 'status' && c.after === status)) found = at(e.offset);
    }
    return found;
  }

  private ticketRow(base: TicketBase, createdMs: number, at: (offset: number) => number): TicketTable {
    const last = this.entries[this.entries.length - 1];
    const updates = this.entries.filter((e) => e.type === 'update' && e.ownVersion).length;
    const status = this.state.status;
    return {
      ...base,
      status,
      tier: this.state.tier,
      team_id: this.state.teamId,
      assignee_id: this.state.assigneeId,
      fcr_outcome: this.state.fcrOutcome,
      // Every update and every message after the first bumps the version, as in the tickets module.
      version: 1 + updates + Math.max(0, this.messageCount - 1),
      created_at: toIso(createdMs),
      updated_at: toIso(last ? at(last.offset) : createdMs),
      resolved_at: !isOpenStatus(status) ? nullableIso(this.lastStatusAt('resolved', at)) : null,
      closed_at: status === 'closed' ? nullableIso(this.lastStatusAt('closed', at)) : null,
    };
  }

  private messageRows(ticketId: string, at: (offset: number) => number): MessageTable[] {
    return this.entries.flatMap((e) => (e.type === 'message' ? [{ ...e.message, ticket_id: ticketId, created_at: toIso(at(e.offset)) }] : []));
  }

  private eventRows(ticket: TicketTable, creatorId: string | null, at: (offset: number) => number): DemoEventRow[] {
    const events: DemoEventRow[] = [
      { ticket_id: ticket.id, actor_user_id: creatorId, type: 'ticket.created', field: null, before_value: null, after_value: JSON.stringify(this.snapshot(ticket)), internal: false, at: ticket.created_at },
    ];
    for (const e of this.entries) {
      const when = toIso(at(e.offset));
      if (e.type === 'message') {
        const after = JSON.stringify({ messageId: e.message.id, kind: e.message.kind });
        events.push({ ticket_id: ticket.id, actor_user_id: e.actor, type: 'message.added', field: null, before_value: null, after_value: after, internal: e.message.kind !== 'reply', at: when });
        continue;
      }
      for (const c of e.changes) {
        events.push({ ticket_id: ticket.id, actor_user_id: e.actor, type: 'ticket.updated', field: c.field, before_value: JSON.stringify(c.before), after_value: JSON.stringify(c.after), internal: false, at: when });
      }
    }
    return events;
  }

  /** The ticket as it was created, in the shape the tickets module records. */
  private snapshot(ticket: TicketTable): Record<string, unknown> {
    return {
      number: ticket.number,
      organizationId: ticket.organization_id,
      contactId: ticket.contact_id,
      siteId: ticket.site_id,
      subject: ticket.subject,
      priority: ticket.priority,
      businessCritical: ticket.business_critical,
      status: this.initial.status,
      tier: this.initial.tier,
      teamId: this.initial.teamId,
      assigneeId: this.initial.assigneeId,
      channel: ticket.channel,
      tags: JSON.parse(String(ticket.tags)) as unknown,
      fcrOutcome: this.initial.fcrOutcome,
      mergedIntoId: null,
      createdAt: ticket.created_at,
      resolvedAt: null,
      closedAt: null,
    };
  }
}

function nullableIso(ms: number | null): string | null {
  return ms === null ? null : toIso(ms);
}
