/** Billing's shapes and calls, typed from the OpenAPI document, and how money and minutes read. */
import { api, newIdempotencyKey } from '../platform/api';
import type { components } from '../platform/api-types';

export type TimeEntry = components['schemas']['TimeEntry'];
export type TicketTime = components['schemas']['TicketTime'];
export type GoodwillLedger = components['schemas']['GoodwillLedger'];
type Organization = components['schemas']['Organization'];

const ticketPath = (ticketId: string) => `/billing/tickets/${encodeURIComponent(ticketId)}`;

export const fetchTicketTime = (ticketId: string, signal: AbortSignal) => api<TicketTime>('GET', `${ticketPath(ticketId)}/time`, undefined, { signal });
export const startTimer = (ticketId: string, workType: string) => api('POST', `${ticketPath(ticketId)}/timer`, { workType });
export const stopTimer = (ticketId: string, note: string) => api<TimeEntry>('POST', `${ticketPath(ticketId)}/timer/stop`, note ? { note } : {}, { idempotencyKey: newIdempotencyKey() });
export const logTime = (ticketId: string, body: { startedAt: string; minutes: number; workType: string; location?: TimeEntry['location']; note?: string }) =>
  api<TimeEntry>('POST', `${ticketPath(ticketId)}/time-entries`, body, { idempotencyKey: newIdempotencyKey() });
export const reclassify = (entry: TimeEntry, classification: TimeEntry['classification'], reason?: string) =>
  api<TimeEntry>('PATCH', `/billing/time-entries/${encodeURIComponent(entry.id)}`, { classification, reason, version: entry.version });
export const fetchGoodwill = (organizationId: string, signal: AbortSignal) => api<GoodwillLedger>('GET', `/billing/clients/${encodeURIComponent(organizationId)}/goodwill`, undefined, { signal });
export const fetchAccountManager = async (organizationId: string, signal: AbortSignal) =>
  (await api<Organization>('GET', `/organizations/${encodeURIComponent(organizationId)}`, undefined, { signal })).accountManagerId ?? null;

export { formatMoney, formatHours, CLASSIFICATION_LABELS } from '../platform/money';


export type BillingTerms = components['schemas']['BillingTerms'];
type Contract = components['schemas']['Contract'];
export type TermsInput = Omit<BillingTerms, 'contractId' | 'organizationId' | 'currency' | 'version' | 'updatedAt' | 'blockMonths'> & { version: number };

/** The client's contracts with their billing terms (null: none set yet). */
export async function fetchContractTerms(organizationId: string, signal: AbortSignal): Promise<{ contract: Contract; terms: BillingTerms | null }[]> {
  const contracts = await api<{ items: Contract[] }>('GET', `/contracts?organizationId=${encodeURIComponent(organizationId)}`, undefined, { signal });
  return Promise.all(contracts.items.map(async (contract) => ({
    contract,
    terms: await api<BillingTerms>('GET', `/billing/contracts/${encodeURIComponent(contract.id)}/terms`, undefined, { signal }).catch((e: { status?: number }) => (e.status === 404 ? null : Promise.reject(e))),
  })));
}

export const saveTerms = (contractId: string, body: TermsInput) => api<BillingTerms>('PUT', `/billing/contracts/${encodeURIComponent(contractId)}/terms`, body);

export type Approval = components['schemas']['Approval'];
export const fetchPortalApprovals = (signal: AbortSignal) => api<{ items: Approval[] }>('GET', '/billing/approvals', undefined, { signal }).then((r) => r.items);
export const fetchTicketApprovals = (ticketId: string, signal: AbortSignal) => api<{ items: Approval[] }>('GET', `${ticketPath(ticketId)}/approvals`, undefined, { signal }).then((r) => r.items);
export const requestApproval = (ticketId: string, body: { minutes: number; workType: string; note?: string }) => api<Approval>('POST', `${ticketPath(ticketId)}/approvals`, body);
export const answerApproval = (id: string, decision: 'approved' | 'declined', comment: string) =>
  api<Approval>('POST', `/billing/approvals/${encodeURIComponent(id)}/answer`, comment.trim() ? { decision, comment } : { decision });

export type ClientAccount = components['schemas']['ClientAccount'];
export const fetchMyAccount = (signal: AbortSignal) => api<ClientAccount>('GET', '/billing/my-account', undefined, { signal });
