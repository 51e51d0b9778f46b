import type { Priority, TicketRecord } from '../tickets/index.js';
import { findUserById } from '../auth/index.js';
import { contactsByIds, sitesOfOrganizations } from '../clients/index.js';
import { loadCoverage } from '../sla/index.js';
import type { BillingDeps } from './billing-deps.js';
import { accountCurrency, findTerms } from './billing.repository.js';
import type { WorkLocation } from './terms.js';
import { priceWork, type Priced } from './time-entry.js';

/** Work on a ticket to be priced. */
export interface TicketWork {
  startedAt: string;
  minutes: number;
  workType: string;
  /** Left out: `home` when the ticket's contact works from home, else `remote`. */
  location?: WorkLocation;
  /** Who does the work: their role picks the rate (`rateFor`). Left out: the work type's rate. */
  userId?: string;
}

/**
 * Classifies and prices work on a ticket: the client's active contract and its billing terms, the
 * coverage calendar of the ticket's priority and site (after hours when the work started outside
 * it), and the ticket's contact (a home worker) and site — all read through their modules.
 */
export async function priceTicketWork(deps: Pick<BillingDeps, 'db' | 'calendars' | 'defaultCurrency'>, ticket: TicketRecord, work: TicketWork): Promise<Priced & { contractId: string | null; location: WorkLocation }> {
  const { db } = deps;
  const [contact] = ticket.contactId ? await contactsByIds(db, [ticket.contactId]) : [];
  const homeWorker = contact?.workLocation === 'home';
  const location = work.location ?? (homeWorker ? 'home' : 'remote');
  const site = ticket.siteId ? (await sitesOfOrganizations(db, [ticket.organizationId])).find((s) => s.id === ticket.siteId) : undefined;
  const coverage = await loadCoverage(db, deps.calendars, ticket.organizationId, ticket.siteId);
  const terms = coverage && (await findTerms(db, coverage.contract.id));
  const calendar = coverage?.calendarFor(ticket.priority as Priority);
  const afterHours = calendar ? !calendar.calendar.isOpenAt(Date.parse(work.startedAt)) : false;
  const currency = (await accountCurrency(db, ticket.organizationId)) ?? deps.defaultCurrency;
  const missing = coverage ? `contract ${coverage.contract.name} has no billing terms` : 'no active contract';
  const role = work.userId === undefined ? null : ((await findUserById(db, work.userId))?.role ?? null);
  const priced = priceWork(terms, missing, { workType: work.workType, location, homeWorker, siteId: ticket.siteId, siteName: site?.name ?? null, afterHours }, work.minutes, currency, role);
  return { ...priced, contractId: coverage?.contract.id ?? null, location };
}
