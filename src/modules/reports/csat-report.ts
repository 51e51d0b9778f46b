/**
 * The CSAT report: ratings given in a period per technician, client, team or month, from the csat
 * module's exported ratings, labelled with names from the staff and clients modules. CSAT is the
 * share of good ratings among all ratings.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db/connect.js';
import { organizationNames } from '../clients/index.js';
import { csatPercent, ratingsBetween, type RatingFact } from '../csat/index.js';
import { userNames } from '../auth/index.js';
import { listTeams } from '../staff/index.js';
import { toCsv } from './csv.js';

export type CsatGroupBy = 'technician' | 'organization' | 'team' | 'month';

export interface CsatRow {
  group: string;
  label: string;
  ratings: number;
  good: number;
  okay: number;
  bad: number;
  /** Percent of ratings that are good, to one decimal; null without ratings. */
  csatPercent: number | null;
}

/** The group of ratings of tickets that had no technician (or no team) when resolved. */
export const NOBODY = 'none';

export async function csatReport(db: Db, q: { from: string; to: string; groupBy: CsatGroupBy }): Promise<CsatRow[]> {
  const ratings = await ratingsBetween(db, q.from, q.to);
  const labels = await labelsFor(db, ratings, q.groupBy);
  const groups = new Map<string, CsatRow>();
  for (const r of ratings) {
    const group = keyOf(r, q.groupBy);
    const row = groups.get(group) ?? { group, label: labels.get(group) ?? group, ratings: 0, good: 0, okay: 0, bad: 0, csatPercent: null };
    row.ratings += 1;
    row[r.rating] += 1;
    groups.set(group, row);
  }
  const rows = [...groups.values()].map((r) => ({ ...r, csatPercent: csatPercent(r.good, r.ratings) }));
  return q.groupBy === 'month' ? rows.sort((a, b) => a.group.localeCompare(b.group)) : rows.sort((a, b) => a.label.localeCompare(b.label) || a.group.localeCompare(b.group));
}

function keyOf(r: RatingFact, by: CsatGroupBy): string {
  if (by === 'technician') return r.technicianUserId ?? NOBODY;
  if (by === 'team') return r.teamId ?? NOBODY;
  if (by === 'organization') return r.organizationId;
  return r.ratedAt.slice(0, 7);
}

async function labelsFor(db: Db, ratings: RatingFact[], by: CsatGroupBy): Promise<Map<string, string>> {
  const labels = new Map<string, string>([[NOBODY, by === 'team' ? 'No team' : 'Unassigned']]);
  if (by === 'technician') for (const [id, name] of await userNames(db, ratings.map((r) => r.technicianUserId))) labels.set(id, name);
  if (by === 'team') for (const t of await listTeams(db)) labels.set(t.id, t.name);
  if (by === 'organization') for (const [id, name] of await organizationNames(db, ratings.map((r) => r.organizationId))) labels.set(id, name);
  if (by === 'month') for (const r of ratings) labels.set(r.ratedAt.slice(0, 7), DateTime.fromISO(r.ratedAt, { zone: 'utc' }).toFormat('LLLL yyyy'));
  return labels;
}

export function csatCsv(rows: CsatRow[]): string {
  return toCsv(['group', 'label', 'ratings', 'good', 'okay', 'bad', 'csat_percent'], rows.map((r) => [r.group, r.label, r.ratings, r.good, r.okay, r.bad, r.csatPercent]));
}
