/**
 * Billing's reads for the API: a ticket's time, a contract's terms with its block months, and a
 * client's goodwill ledger. Other modules' data comes through their exports.
 */
import { toIso } from '../../platform/clock.js';
import { DAY_MS, zoneOffsets } from '../../platform/time-zones.js';
import type { Actor, StaffActor } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { staffDirectory } from '../auth/index.js';
import type { TicketRecord } from '../tickets/index.js';
import { blockMonths, monthsBetween, type BlockMonth } from './block-hours.js';
import type { BillingDeps } from './billing-deps.js';
import { blockUsage, entriesOfTickets, findTimer, goodwillEntries, type RunningTimer } from './billing.repository.js';
import { priceTicketWork } from './price-ticket-work.js';
import { loadCoverage } from '../sla/index.js';
import { findTerms } from './billing.repository.js';
import type { RoundingMode } from './rounding.js';
import type { BillingTerms } from './terms.js';
import { goodwillLines, goodwillTotals, type GoodwillLine, type TimeEntry } from './time-entry.js';

const FIRST_MS = Date.parse('0001-01-01T00:00:00Z');
const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z');

const monthOf = (timeZone: string, ms: number) => toIso(zoneOffsets(timeZone).wallAt(ms)).slice(0, 7);

/** Entries with the names of who did the work. */
export async function withNames<T extends Pick<TimeEntry, 'userId'>>(deps: Pick<BillingDeps, 'db'>, entries: T[]): Promise<(T & { userName: string })[]> {
  const names = new Map((await staffDirectory(deps.db)).map((u) => [u.id, u.name]));
  return entries.map((e) => ({ ...e, userName: names.get(e.userId) ?? 'Former staff member' }));
}

/** A ticket's time entries, the caller's running timer, the contract's work types, and what new remote time would be now. */
export async function ticketTime(deps: Pick<BillingDeps, 'db' | 'clock' | 'calendars' | 'defaultCurrency'>, actor: StaffActor, ticket: TicketRecord) {
  const coverage = await loadCoverage(deps.db, deps.calendars, ticket.organizationId, ticket.siteId);
  const terms = coverage && (await findTerms(deps.db, coverage.contract.id));
  const workTypes = terms?.workTypes.map(({ key, name }) => ({ key, name })) ?? [];
  const outlook = await priceTicketWork(deps, ticket, { startedAt: deps.clock.iso(), minutes: 0, workType: workTypes[0]?.key ?? 'support' });
  const timer: RunningTimer | undefined = await findTimer(deps.db, actor.userId);
  return {
    items: await withNames(deps, await entriesOfTickets(deps.db, [ticket.id])),
    timer: timer ? { ticketId: timer.ticketId, startedAt: timer.startedAt, workType: timer.workType, location: timer.location } : null,
    workTypes: workTypes.length ? workTypes : [{ key: 'support', name: 'Support' }],
    outlook: { coverage: outlook.coverage, reason: outlook.reason },
  };
}

/**
 * The terms as the API answers them (the rounding mode as `rounding`), with their block months: from
 * the first month drawn (or this one) to this one, in the client's time zone.
 */
export async function termsWithBlock(deps: Pick<BillingDeps, 'db' | 'clock'>, actor: Actor, { mode, ...terms }: BillingTerms): Promise<Omit<BillingTerms, 'mode'> & { rounding: RoundingMode; blockMonths: BlockMonth[] }> {
  if (!terms.block) return { ...terms, rounding: mode, blockMonths: [] };
  const timeZone = (await findOrganization(deps.db, actor, terms.organizationId))?.timeZone ?? 'UTC';
  const used = new Map<string, number>();
  for (const u of await blockUsage(deps.db, terms.contractId)) {
    const month = monthOf(timeZone, Date.parse(u.startedAt));
    used.set(month, (used.get(month) ?? 0) + u.billedMinutes);
  }
  const now = monthOf(timeZone, deps.clock.now());
  const first = [...used.keys(), now].sort()[0];
  return { ...terms, rounding: mode, blockMonths: blockMonths(terms.block, monthsBetween(first, now).map((month) => ({ month, used: used.get(month) ?? 0 }))) };
}

/** A client's goodwill ledger over the days `from` to `to` inclusive (in its time zone), every day when left out. */
export async function goodwillLedger(deps: Pick<BillingDeps, 'db'>, organization: { id: string; timeZone: string }, range: { from?: string; to?: string }): Promise<{ organizationId: string; timeZone: string; lines: GoodwillLine[]; totals: ReturnType<typeof goodwillTotals> }> {
  const zone = zoneOffsets(organization.timeZone);
  // A bound past the years both databases store (0001–9999) bounds nothing: leave it out.
  const bound = (day: string | undefined, plusDays: number) => {
    if (day === undefined) return undefined;
    const ms = zone.toUtc(Date.parse(`${day}T00:00:00Z`) + plusDays * DAY_MS);
    return ms >= FIRST_MS && ms <= LAST_MS ? toIso(ms) : undefined;
  };
  const entries = await goodwillEntries(deps.db, organization.id, { from: bound(range.from, 0), to: bound(range.to, 1) });
  const lines = goodwillLines(entries, organization.timeZone);
  return { organizationId: organization.id, timeZone: organization.timeZone, lines, totals: goodwillTotals(lines) };
}

/** Minutes logged on each of some tickets, split by classification, with the latest entry's reason (another module's summary of its own tickets). */
export interface TicketTimeTotal {
  minutes: number;
  byClassification: { classification: TimeEntry['classification']; minutes: number; valueMinor: number; currency: string }[];
  /** Why the latest entry was classified as it was, e.g. "home worker; contract covers premises only". */
  reason: string | null;
}

/** The time on each ticket that has any, by ticket id. */
export async function ticketTimeTotals(db: BillingDeps['db'], ticketIds: string[]): Promise<Map<string, TicketTimeTotal>> {
  const out = new Map<string, TicketTimeTotal>();
  const entries = ticketIds.length ? await entriesOfTickets(db, ticketIds) : [];
  for (const e of [...entries].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
    const total = out.get(e.ticketId) ?? { minutes: 0, byClassification: [], reason: null };
    total.minutes += e.minutes;
    total.reason = e.reason;
    const line = total.byClassification.find((c) => c.classification === e.classification && c.currency === e.currency);
    if (line) {
      line.minutes += e.minutes;
      line.valueMinor += e.valueMinor;
    } else total.byClassification.push({ classification: e.classification, minutes: e.minutes, valueMinor: e.valueMinor, currency: e.currency });
    out.set(e.ticketId, total);
  }
  return out;
}
