import { toIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { DAY_MS } from '../../platform/time-zones.js';
import { activeAssetCount } from '../assets/index.js';
import type { StaffActor } from '../auth/index.js';
import { accountCurrency, blockMonthsUntil, invoicingOrganizations, termsForInvoicing, uninvoicedWork, valueMinor, workTypeName, type BillingTerms, type TimeEntry } from '../billing/index.js';
import { activeContactCount, findOrganization, type Organization } from '../clients/index.js';
import { findContract, type ContractRecord } from '../sla/index.js';
import { formatTicketNumber, ticketSummaries } from '../tickets/index.js';
import type { InvoiceDeps } from './invoice-deps.js';
import { badPeriod, unknownClient } from './invoice-errors.js';
import { invoiceLines, type ContractFacts, type EntryFacts } from './invoice-lines.js';
import { invoiceTotals } from './invoice-math.js';
import type { Invoice, InvoiceRun } from './invoice.js';
import { billedMonths, findSettings, insertInvoice, insertRun } from './invoices.repository.js';
import { dayIn, daysBetween, periodInstants, periodMonths } from './period.js';

/** A run to start: the days `from`..`to` inclusive, for every client or one. */
export interface StartRunInput {
  from: string;
  to: string;
  organizationId?: string;
}

type Deps = Pick<InvoiceDeps, 'db' | 'clock' | 'defaultCurrency' | 'ticketPrefix'>;

/** Whether the contract runs at some time in the month. */
function runsIn(contract: ContractRecord, month: string): boolean {
  const start = `${month}-01T00:00:00.000Z`;
  const [y, m] = month.split('-').map(Number);
  const end = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00.000Z`;
  return contract.active && contract.startsAt < end && (contract.endsAt === null || contract.endsAt > start);
}

/** A contract's fees and block months for the period, less what approved invoices billed already. */
async function contractFacts(deps: Deps, org: Organization, terms: BillingTerms, months: string[]): Promise<ContractFacts | null> {
  const contract = await findContract(deps.db, terms.contractId);
  if (!contract) return null;
  const running = months.filter((m) => runsIn(contract, m));
  const feesBilled = await billedMonths(deps.db, terms.contractId, 'flat_fee');
  const basis = terms.flatFee?.basis;
  const quantity = basis === 'per_user' ? await activeContactCount(deps.db, org.id) : basis === 'per_device' ? await activeAssetCount(deps.db, org.id) : 1;
  const blocks: ContractFacts['blockMonths'] = [];
  if (terms.block && running.length > 0) {
    const overageBilled = await billedMonths(deps.db, terms.contractId, 'block_overage');
    const all = await blockMonthsUntil(deps.db, terms, org.timeZone, running[running.length - 1]);
    for (const b of all.filter((x) => running.includes(x.month))) {
      const overageToBill = Math.max(0, b.overage - (overageBilled.get(b.month) ?? 0));
      blocks.push({ month: b.month, used: b.used, available: b.carriedIn + b.allowance, balance: b.balance, overageToBill, overageValueMinor: valueMinor(overageToBill, terms.defaultRateMinor) });
    }
  }
  return {
    contractId: terms.contractId, name: contract.name, kind: terms.kind, flatFee: terms.flatFee, quantity, defaultRateMinor: terms.defaultRateMinor,
    feeMonths: running.filter((m) => !feesBilled.has(m)), blockMonths: blocks,
  };
}

/** The time lines' facts: each entry with its day in the client's zone, its ticket's reference and its work type's name. */
async function entryFacts(deps: Deps, org: Organization, entries: TimeEntry[], termsById: Map<string, BillingTerms>): Promise<EntryFacts[]> {
  const numbers = new Map((await ticketSummaries(deps.db, entries.map((e) => e.ticketId))).map((t) => [t.id, t.number]));
  return entries.map((e) => {
    const terms = e.contractId ? termsById.get(e.contractId) : undefined;
    return {
      id: e.id, version: e.version, day: dayIn(org.timeZone, e.startedAt), ticketRef: formatTicketNumber(deps.ticketPrefix, numbers.get(e.ticketId) ?? 0),
      workTypeName: terms ? workTypeName(terms, e.workType) : e.workType, billedMinutes: e.billedMinutes, rateMinor: e.rateMinor, multiplierPercent: e.multiplierPercent,
      valueMinor: e.valueMinor, classification: e.classification === 'goodwill' ? 'goodwill' : 'billable', reason: e.reason, waiveReason: e.waiveReason,
    };
  });
}

/** Builds and writes one client's draft invoice; nothing when there is nothing to bill or show. */
async function draftInvoice(deps: Deps, run: InvoiceRun, org: Organization): Promise<boolean> {
  const currency = (await accountCurrency(deps.db, org.id)) ?? deps.defaultCurrency;
  const settings = await findSettings(deps.db, org.id);
  const months = periodMonths(run.periodFrom, run.periodTo);
  const allTerms = await termsForInvoicing(deps.db, org.id);
  const contracts: ContractFacts[] = [];
  // Fees are billed in the terms' currency; terms left in another currency wait for it to match.
  for (const terms of allTerms.filter((t) => t.currency === currency)) {
    const facts = await contractFacts(deps, org, terms, months);
    if (facts) contracts.push(facts);
  }
  // Time keeps the currency it was priced in: entries in another one stay for an invoice in it.
  const entries = (await uninvoicedWork(deps.db, org.id, periodInstants(org.timeZone, run.periodFrom, run.periodTo))).filter((e) => e.currency === currency);
  const lines = invoiceLines(currency, contracts, await entryFacts(deps, org, entries, new Map(allTerms.map((t) => [t.contractId, t]))));
  if (lines.length === 0) return false;
  const totals = invoiceTotals(lines, settings.taxRateBp);
  const invoice: Invoice = {
    id: newId(), runId: run.id, organizationId: org.id, number: null, seq: null, customerName: settings.customerName ?? org.name, timeZone: org.timeZone, currency,
    issueDate: null, dueDate: null, paymentTermsDays: settings.paymentTermsDays, taxRateBp: settings.taxRateBp, taxName: settings.taxName, ...totals,
  };
  await insertInvoice(deps.db, invoice, lines.map((l, position) => ({ ...l, id: newId(), position })));
  return true;
}

/**
 * Starts an invoice run: one draft invoice per client with something to bill — flat fees and
 * block hours of the months the period starts, chargeable time and goodwill of its days. A draft
 * claims nothing: its entries stay uninvoiced until the run is approved, so discarding it frees
 * nothing and another draft may show the same work (only one can be approved). Clients are drafted
 * one after another, each read and written before the next, so a run over many holds one client's
 * entries at a time. Call inside a transaction.
 */
export async function startInvoiceRun(deps: Deps, actor: StaffActor, input: StartRunInput): Promise<InvoiceRun> {
  if (input.to < input.from || daysBetween(input.from, input.to) > 366) throw badPeriod();
  if (input.organizationId !== undefined && !(await findOrganization(deps.db, actor, input.organizationId))) throw unknownClient();
  const run: InvoiceRun = {
    id: newId(), periodFrom: input.from, periodTo: input.to, organizationId: input.organizationId ?? null, status: 'draft', createdBy: actor.userId, createdAt: deps.clock.iso(),
    approvedBy: null, approvedAt: null, sentAt: null, exportedAt: null, version: 1,
  };
  await insertRun(deps.db, run);
  // Widened by a day each side to catch every time zone; each client's own days are exact.
  const wide = periodInstants('UTC', input.from, input.to);
  const around = { from: toIso(Date.parse(wide.from) - DAY_MS), to: toIso(Date.parse(wide.to) + DAY_MS) };
  for (const organizationId of await invoicingOrganizations(deps.db, { organizationId: input.organizationId, ...around })) {
    const org = await findOrganization(deps.db, actor, organizationId);
    if (org) await draftInvoice(deps, run, org);
  }
  return run;
}
