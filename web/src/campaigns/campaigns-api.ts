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
