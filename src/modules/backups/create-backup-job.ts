import { notFound, AppError } from '../../platform/errors.js';
import { newId, randomSecret, sha256Hex } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { assetOrganization } from '../assets/index.js';
import { organizationExists } from '../clients/index.js';
import type { BackupJob, Product } from './backup.js';
import type { BackupDeps } from './backup-deps.js';
import { armStale } from './backup-stale.step.js';
import { insertJob } from './backups.repository.js';
import { isUsablePattern } from './report-subjects.js';

export interface CreateJobInput {
  organizationId: string;
  name: string;
  product: Product;
  protects?: string;
  assetId?: string;
  rpoHours: number;
  everyHours?: number;
  dailyAt?: string;
  graceMinutes?: number;
  resolveOnSuccess?: boolean;
  reportFrom?: string;
  reportName?: string;
  subjectPattern?: string;
  acceptUnauthenticated?: boolean;
}

/**
 * Sets up a client's backup job (staff): its staleness deadline is armed at once, counted from now,
 * and its webhook token (`sbk_…`) is answered once and stored hashed. An asset it protects must be
 * one of the client's.
 */
export async function createBackupJob(deps: Pick<BackupDeps, 'db' | 'clock'>, actor: StaffActor, input: CreateJobInput, ip: string | null): Promise<{ job: BackupJob; token: string; staleAt: string }> {
  if (!(await organizationExists(deps.db, input.organizationId))) throw notFound('Organization', '/organizationId');
  if (input.everyHours !== undefined && input.dailyAt !== undefined) throw new AppError('one_schedule', 'Give either everyHours or dailyAt, not both', { status: 422, field: '/dailyAt' });
  if (input.assetId !== undefined) {
    const owner = await assetOrganization(deps.db, input.assetId);
    if (owner === undefined) throw notFound('Asset', '/assetId');
    if (owner !== input.organizationId) throw new AppError('asset_other_client', 'The asset belongs to another client', { status: 422, field: '/assetId' });
  }
  if (input.subjectPattern !== undefined && !isUsablePattern(input.subjectPattern)) throw new AppError('pattern_needs_status', 'A subject pattern must contain {status}', { status: 422, field: '/subjectPattern' });
  const token = `sbk_${randomSecret(32)}`;
  const now = deps.clock.iso();
  const job: BackupJob = {
    id: newId(), organizationId: input.organizationId, name: input.name.trim(), product: input.product, protects: input.protects?.trim() ?? '', assetId: input.assetId ?? null,
    rpoHours: input.rpoHours, everyHours: input.everyHours ?? null, dailyAt: input.dailyAt ?? null, graceMinutes: input.graceMinutes ?? 60, resolveOnSuccess: input.resolveOnSuccess ?? true,
    acceptUnauthenticated: input.acceptUnauthenticated ?? false,     reportFrom: input.reportFrom?.trim().toLowerCase() || null, reportName: input.reportName?.trim() ?? input.name.trim(), subjectPattern: input.subjectPattern ?? null,
    tokenPrefix: token.slice(0, 12), lastResultAt: null, lastStatus: null, lastMessage: null, lastSuccessAt: null, ticketId: null, archivedAt: null, version: 1, createdAt: now, updatedAt: now,
  };
  await insertJob(deps.db, job, sha256Hex(token));
  const staleAt = await armStale(deps.db, job, now);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'backup_job.created', ip, detail: { jobId: job.id, name: job.name, organizationId: job.organizationId } });
  return { job, token, staleAt };
}
