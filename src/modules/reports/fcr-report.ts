import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import { FCR_TARGET_PERCENT, judgeFcr } from './fcr.js';

export interface FcrRow { group: string; label: string; tickets: number; firstContact: number; ratePercent: number | null; targetPercent: number; meetsTarget: boolean | null }

/** FCR rate per technician or per client over phone tickets resolved in [from, to). */
export async function fcrReport(db: Db, q: { from: string; to: string; groupBy: 'technician' | 'organization' }): Promise<FcrRow[]> {
  const tickets = await db
    .selectFrom('tickets')
    .innerJoin('organizations', 'organizations.id', 'tickets.organization_id')
    .leftJoin('users', 'users.id', 'tickets.assignee_id')
    .select(['tickets.id', 'tickets.fcr_outcome', 'tickets.organization_id', 'organizations.name as org_name', 'tickets.assignee_id', 'users.name as assignee_name'])
    .where('tickets.channel', '=', 'phone')
    .where('tickets.resolved_at', 'is not', null)
    .where('tickets.resolved_at', '>=', q.from)
    .where('tickets.resolved_at', '<', q.to)
    .execute();
  const groups = new Map<string, { label: string; tickets: number; fcr: number }>();
  for (let i = 0; i < tickets.length; i += 500) {
    const batch = tickets.slice(i, i + 500);
    const events = await db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'type', 'field', 'before_value', 'after_value', 'at'])
      .where('ticket_id', 'in', batch.map((t) => t.id))
      .orderBy('id')
      .execute();
    for (const t of batch) {
      const history = events.filter((e) => e.ticket_id === t.id).map((e) => ({ at: Date.parse(e.at), type: e.type, field: e.field, before: readJson(e.before_value, null), after: readJson(e.after_value, null) }));
      const verdict = judgeFcr({ outcome: t.fcr_outcome, events: history });
      const [key, label] = q.groupBy === 'technician' ? [t.assignee_id ?? 'unassigned', t.assignee_name ?? 'Unassigned'] : [t.organization_id, t.org_name];
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

export function fcrCsv(rows: FcrRow[]): string {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = rows.map((r) => [r.group, r.label, r.tickets, r.firstContact, r.ratePercent, r.targetPercent, r.meetsTarget].map(cell).join(','));
  return `${['group,label,tickets,first_contact,rate_percent,target_percent,meets_target', ...lines].join('\r\n')}\r\n`;
}
