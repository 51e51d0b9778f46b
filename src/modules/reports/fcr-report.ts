/**
 * The FCR report. Read model: joins tickets, ticket_events and messages (the call logs; tickets),
 * users (auth, the staff who took the call) and organizations (clients), in this one place for this
 * report. It only reads.
 */
import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import { toCsv } from './csv.js';
import { FCR_TARGET_PERCENT, judgeFcr } from './fcr.js';

export interface FcrRow { group: string; label: string; tickets: number; firstContact: number; ratePercent: number | null; targetPercent: number; meetsTarget: boolean | null }

/** The group of tickets whose taker is not known (no staff call log, not opened by staff). */
export const NOT_RECORDED = 'not_recorded';

/**
 * FCR rate per technician or per client over phone tickets resolved in [from, to). Per technician,
 * each ticket counts for whoever took the contact (fcr.ts), whoever worked it afterwards.
 */
export async function fcrReport(db: Db, q: { from: string; to: string; groupBy: 'technician' | 'organization' }): Promise<FcrRow[]> {
  const tickets = await db
    .selectFrom('tickets')
    .innerJoin('organizations', 'organizations.id', 'tickets.organization_id')
    .select(['tickets.id', 'tickets.fcr_outcome', 'tickets.organization_id', 'organizations.name as org_name'])
    .where('tickets.channel', '=', 'phone')
    .where('tickets.resolved_at', 'is not', null)
    .where('tickets.resolved_at', '>=', q.from)
    .where('tickets.resolved_at', '<', q.to)
    .execute();
  const groups = new Map<string, { label: string; tickets: number; fcr: number }>();
  for (let i = 0; i < tickets.length; i += 500) {
    const batch = tickets.slice(i, i + 500);
    const ids = batch.map((t) => t.id);
    const events = await db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'actor_user_id', 'type', 'field', 'before_value', 'after_value', 'at'])
      .where('ticket_id', 'in', ids)
      .orderBy('id')
      .execute();
    const calls = await db
      .selectFrom('messages')
      .innerJoin('users', 'users.id', 'messages.author_user_id')
      .select(['messages.ticket_id', 'messages.author_user_id'])
      .where('messages.ticket_id', 'in', ids)
      .where('messages.kind', '=', 'call')
      .where('users.kind', '=', 'staff')
      .orderBy('messages.created_at')
      .orderBy('messages.id')
      .execute();
    const firstCaller = new Map<string, string>();
    for (const c of calls) if (!firstCaller.has(c.ticket_id)) firstCaller.set(c.ticket_id, c.author_user_id!);
    const people = await staffIn(db, [...events.flatMap((e) => [e.actor_user_id, e.field === 'assigneeId' ? readJson<string | null>(e.after_value, null) : null, e.type === 'ticket.created' ? readJson<{ assigneeId?: string | null }>(e.after_value, {}).assigneeId : null]), ...firstCaller.values()]);
    for (const t of batch) {
      const own = events.filter((e) => e.ticket_id === t.id);
      const history = own.map((e) => ({ at: Date.parse(e.at), type: e.type, field: e.field, before: readJson(e.before_value, null), after: readJson(e.after_value, null) }));
      const creator = own.find((e) => e.type === 'ticket.created')?.actor_user_id ?? null;
      const taker = firstCaller.get(t.id) ?? (creator && people.has(creator) ? creator : null);
      const verdict = judgeFcr({ outcome: t.fcr_outcome, events: history, takerTier: taker ? people.get(taker)!.tier : null, tierOf: (id) => people.get(id)?.tier });
      const [key, label] = q.groupBy === 'technician' ? (taker ? [taker, people.get(taker)!.name] : [NOT_RECORDED, 'Not recorded']) : [t.organization_id, t.org_name];
      const g = groups.get(key) ?? { label, tickets: 0, fcr: 0 };
      g.tickets += 1;
      if (verdict.fcr) g.fcr += 1;
      groups.set(key, g);
    }
  }
  return [...groups.entries()]
    .map(([group, g]) => {
      const rate = g.tickets ? Math.round((g.fcr / g.tickets) * 1000) / 10 : null;
      return { group, label: g.label, tickets: g.tickets, firstContact: g.fcr, ratePercent: rate, targetPercent: FCR_TARGET_PERCENT, meetsTarget: rate === null ? null : rate >= FCR_TARGET_PERCENT };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Staff among these user ids, with their names and tiers. */
async function staffIn(db: Db, ids: (string | null | undefined)[]): Promise<Map<string, { name: string; tier: number | null }>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name', 'tier']).where('id', 'in', wanted).where('kind', '=', 'staff').execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, tier: r.tier ?? null }]));
}

export function fcrCsv(rows: FcrRow[]): string {
  return toCsv(
    ['group', 'label', 'tickets', 'first_contact', 'rate_percent', 'target_percent', 'meets_target'],
    rows.map((r) => [r.group, r.label, r.tickets, r.firstContact, r.ratePercent, r.targetPercent, r.meetsTarget]),
  );
}
