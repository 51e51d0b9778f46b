/**
 * Backlog ageing: the tickets open now (not resolved, closed or merged away) by how long ago they
 * were opened, per priority or client. Read model: joins tickets (tickets) — every open ticket's
 * client, priority and age in one pass; the clients' names come through the clients module.
 */
import type { Db } from '../../platform/db/connect.js';
import { organizationNames } from '../clients/index.js';
import { FINISHED_STATUSES } from '../tickets/index.js';
import { toCsv } from './csv.js';
import { AGE_BUCKETS, ageBucket, type AgeBucket } from './owner-rules.js';

export type BacklogGroupBy = 'priority' | 'organization';

export interface BacklogRow {
  group: string;
  label: string;
  total: number;
  /** Open tickets per age bucket (owner-rules.ts AGE_BUCKETS), every bucket present. */
  buckets: Record<AgeBucket, number>;
  /** The oldest open ticket's age in whole days. */
  oldestDays: number;
}

const emptyBuckets = (): Record<AgeBucket, number> => Object.fromEntries(AGE_BUCKETS.map(([k]) => [k, 0])) as Record<AgeBucket, number>;

export async function backlogReport(db: Db, q: { now: number; groupBy: BacklogGroupBy }): Promise<BacklogRow[]> {
  const open = await db
    .selectFrom('tickets')
    .select(['organization_id', 'priority', 'created_at'])
    .where('status', 'not in', FINISHED_STATUSES)
    .where('merged_into_id', 'is', null)
    .execute();
  const names = q.groupBy === 'organization' ? await organizationNames(db, open.map((t) => t.organization_id)) : new Map<string, string>();
  const groups = new Map<string, BacklogRow>();
  for (const t of open) {
    const group = q.groupBy === 'priority' ? t.priority : t.organization_id;
    const row = groups.get(group) ?? { group, label: names.get(group) ?? group, total: 0, buckets: emptyBuckets(), oldestDays: 0 };
    const age = Math.max(0, q.now - Date.parse(t.created_at));
    row.total += 1;
    row.buckets[ageBucket(age)] += 1;
    row.oldestDays = Math.max(row.oldestDays, Math.floor(age / 86_400_000));
    groups.set(group, row);
  }
  return [...groups.values()].sort((a, b) => (q.groupBy === 'priority' ? a.group.localeCompare(b.group) : a.label.localeCompare(b.label) || a.group.localeCompare(b.group)));
}

export function backlogCsv(rows: BacklogRow[]): string {
  return toCsv(
    ['group', 'label', 'total', ...AGE_BUCKETS.map(([k]) => `age_${k}`), 'oldest_days'],
    rows.map((r) => [r.group, r.label, r.total, ...AGE_BUCKETS.map(([k]) => r.buckets[k]), r.oldestDays]),
  );
}
