/**
 * DR readiness across clients for the owner's reports: every live client's score and what lowers
 * it, worst first, from the backups module's `readinessOfClients` (it owns the jobs, restore tests
 * and plans; this module only lists and orders).
 */
import type { Db } from '../../platform/db/connect.js';
import { readinessOfClients } from '../backups/index.js';
import { allOrganizations } from '../clients/index.js';
import { toCsv } from './csv.js';

export interface ReadinessRow {
  organizationId: string;
  organization: string;
  score: number;
  reasons: { code: string; text: string; points: number }[];
}

/** Each live client's readiness, lowest score first (then by name). */
export async function readinessReport(db: Db, now: number): Promise<ReadinessRow[]> {
  const live = (await allOrganizations(db)).filter((o) => o.archivedAt === null);
  const scores = await readinessOfClients(db, now, live.map((o) => o.id));
  return live
    .map((o) => ({ organizationId: o.id, organization: o.name, score: scores.get(o.id)?.score ?? 0, reasons: scores.get(o.id)?.reasons ?? [] }))
    .sort((a, b) => a.score - b.score || a.organization.localeCompare(b.organization));
}

/** The report as CSV: one line per client, its reasons joined with "; ". */
export function readinessCsv(rows: ReadinessRow[]): string {
  return toCsv(['client', 'score', 'what lowers it'], rows.map((r) => [r.organization, r.score, r.reasons.map((x) => `${x.text} (−${x.points})`).join('; ')]));
}
