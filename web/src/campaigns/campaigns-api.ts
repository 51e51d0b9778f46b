/** The campaigns area's shapes and calls, typed from the OpenAPI document. */
import { api, query } from '../platform/api';
import type { components } from '../platform/api-types';

export type Campaign = components['schemas']['Campaign'];
export type CampaignPerson = components['schemas']['CampaignPerson'];
export type CampaignTemplate = components['schemas']['CampaignTemplate'];
export type StepState = CampaignPerson['steps'][number]['state'];

export interface ImportAnswer {
  applied: boolean;
  added: number;
  rows: { row: number; name: string; email: string; action: 'match_contact' | 'create_contact' | 'already_in_campaign'; location: 'home' | 'site'; siteName: string | null }[];
  problems: { row: number; column: string; code: string; message: string }[];
}

export function campaigns(organizationId?: string, signal?: AbortSignal) {
  return api<{ items: Campaign[] }>('GET', `/campaigns${query({ organizationId })}`, undefined, { signal });
}

export function campaign(id: string, signal?: AbortSignal) {
  return api<Campaign>('GET', `/campaigns/${encodeURIComponent(id)}`, undefined, { signal });
}

export function templates(organizationId: string, signal?: AbortSignal) {
  return api<{ items: CampaignTemplate[] }>('GET', `/campaign-templates${query({ organizationId })}`, undefined, { signal });
}

export function createCampaign(body: { organizationId: string; templateId: string; name: string; dueOn: string }) {
  return api<Campaign>('POST', '/campaigns', body);
}

export function people(id: string, signal?: AbortSignal) {
  return api<{ items: CampaignPerson[] }>('GET', `/campaigns/${encodeURIComponent(id)}/people`, undefined, { signal });
}

export function importPeople(id: string, csv: string, apply: boolean) {
  return api<ImportAnswer>('POST', `/campaigns/${encodeURIComponent(id)}/people/import`, { csv, apply });
}

export function assign(id: string, body: { assigneeId: string | null; personIds?: string[]; filter?: { unassigned?: boolean } }) {
  return api<{ assigned: number }>('POST', `/campaigns/${encodeURIComponent(id)}/assign`, body);
}

export function markStep(personId: string, body: { position: number; state: StepState; note?: string }) {
  return api<unknown>('POST', `/campaign-people/${encodeURIComponent(personId)}/steps`, body);
}

/** How a step's state reads. */
export const STATE_LABELS: Record<StepState, string> = { open: 'To do', done: 'Done', blocked: 'Blocked', not_needed: 'Not needed' };

/** Logs time on a person of a campaign (on their campaign ticket, opened with the first time). */
export function logPersonTime(personId: string, body: { minutes: number; workType?: string; position?: number; note?: string }) {
  return api<{ ticketId: string; entry: { classification: string; reason: string; valueMinor: number; currency: string } }>('POST', `/campaign-people/${encodeURIComponent(personId)}/time-entries`, body);
}

/** Waives every billable, uninvoiced entry on the campaign's people's tickets as goodwill. */
export function waiveCampaign(campaignId: string, reason: string) {
  return api<{ waived: number; items: { billedMinutes: number; valueMinor: number; currency: string }[] }>('POST', '/billing/waivers', { campaignId, reason });
}

type Organization = components['schemas']['Organization'];
type Contract = components['schemas']['Contract'];

/** The client's account manager (who may waive its time as goodwill besides owners and admins). */
export const fetchAccountManager = async (organizationId: string, signal: AbortSignal) =>
  (await api<Organization>('GET', `/organizations/${encodeURIComponent(organizationId)}`, undefined, { signal })).accountManagerId ?? null;

/** The work types of the client's first contract with billing terms; Support alone when none has terms. */
export async function fetchWorkTypes(organizationId: string, signal: AbortSignal): Promise<{ key: string; name: string }[]> {
  const contracts = await api<{ items: Contract[] }>('GET', `/contracts?organizationId=${encodeURIComponent(organizationId)}`, undefined, { signal });
  for (const contract of contracts.items) {
    const terms = await api<components['schemas']['BillingTerms']>('GET', `/billing/contracts/${encodeURIComponent(contract.id)}/terms`, undefined, { signal }).catch((e: { status?: number }) => (e.status === 404 ? null : Promise.reject(e)));
    if (terms) return terms.workTypes;
  }
  return [{ key: 'support', name: 'Support' }];
}
