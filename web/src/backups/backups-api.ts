/** The backups area's shapes and calls, typed from the OpenAPI document. */
import { api, query } from '../platform/api';
import type { components } from '../platform/api-types';

export type BackupJob = components['schemas']['BackupJob'];
export type BackupResult = components['schemas']['BackupResult'];
export type RestoreTest = components['schemas']['RestoreTest'];
export type DrPlan = components['schemas']['DrPlan'];
export type Readiness = components['schemas']['Readiness'];
export type Product = BackupJob['product'];

export interface NewJob {
  organizationId: string;
  name: string;
  product: Product;
  protects?: string;
  rpoHours: number;
  everyHours?: number;
  dailyAt?: string;
  graceMinutes?: number;
  reportFrom?: string;
  acceptUnauthenticated?: boolean;
}

const client = (id: string) => `/clients/${encodeURIComponent(id)}`;

export function jobs(organizationId: string, signal?: AbortSignal) {
  return api<{ items: BackupJob[] }>('GET', `/backup-jobs${query({ organizationId })}`, undefined, { signal });
}

export function createJob(body: NewJob) {
  return api<BackupJob & { token: string }>('POST', '/backup-jobs', body);
}

/** What an edit may change: absent keeps, null clears. */
export interface JobEdit {
  version: number;
  name?: string;
  protects?: string;
  rpoHours?: number;
  everyHours?: number | null;
  dailyAt?: string | null;
  graceMinutes?: number;
  reportFrom?: string | null;
  acceptUnauthenticated?: boolean;
}

export function editJob(id: string, body: JobEdit) {
  return api<BackupJob>('PATCH', `/backup-jobs/${encodeURIComponent(id)}`, body);
}

export function archiveJob(id: string, version: number) {
  return api<BackupJob>('POST', `/backup-jobs/${encodeURIComponent(id)}/archive`, { version });
}

export function results(jobId: string, signal?: AbortSignal) {
  return api<{ items: BackupResult[] }>('GET', `/backup-jobs/${encodeURIComponent(jobId)}/results`, undefined, { signal });
}

export function restoreTests(organizationId: string, signal?: AbortSignal) {
  return api<{ items: RestoreTest[] }>('GET', `${client(organizationId)}/restore-tests`, undefined, { signal });
}

export function recordRestoreTest(jobId: string, body: { testedOn: string; result: RestoreTest['result']; durationMinutes: number; notes?: string }) {
  return api<RestoreTest>('POST', `/backup-jobs/${encodeURIComponent(jobId)}/restore-tests`, body);
}

export function drPlan(organizationId: string, signal?: AbortSignal) {
  return api<DrPlan>('GET', `${client(organizationId)}/dr-plan`, undefined, { signal });
}

export function saveDrPlan(organizationId: string, body: { rtoHours: number; deciderContactId: string | null; fallbacks: { dependencyId: string; fallback: string }[]; notes: string; lastReviewedOn: string | null; version: number }) {
  return api<DrPlan>('PUT', `${client(organizationId)}/dr-plan`, body);
}

export function readiness(organizationId: string, signal?: AbortSignal) {
  return api<Readiness>('GET', `${client(organizationId)}/readiness`, undefined, { signal });
}

/** The client's contacts, for who decides. */
export function contacts(organizationId: string, signal?: AbortSignal) {
  return api<{ items: { id: string; name: string }[] }>('GET', `/contacts${query({ organizationId, limit: 200 })}`, undefined, { signal });
}

export const PRODUCT_LABELS: Record<Product, string> = { veeam: 'Veeam', acronis: 'Acronis', datto: 'Datto', windows_server_backup: 'Windows Server Backup', other: 'Other' };
export const STATE_LABELS: Record<BackupJob['state'], string> = { ok: 'OK', warning: 'Warning', failed: 'Failed', stale: 'Stale', waiting: 'Waiting for a first success' };
