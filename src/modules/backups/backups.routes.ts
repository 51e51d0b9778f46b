/**
 * HTTP of backups and DR readiness. Staff set up jobs, record restore tests and write DR plans, and
 * read a client's jobs, results and readiness; a job's results arrive at `POST
 * /api/v1/backups/report`, where no user signs in: the job's own token (`Authorization: Bearer
 * sbk_…`, or HTTP Basic with the token as password) says which job reported.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { sha256Hex } from '../../platform/ids.js';
import { actorFrom, isManager, isStaff } from '../auth/index.js';
import { senderToken } from '../alerts/index.js';
import { organizationFacts } from '../clients/index.js';
import { dependenciesOfClients } from '../vendors/index.js';
import type { BackupJob } from './backup.js';
import type { BackupDeps } from './backup-deps.js';
import { findJob, findJobByToken, listJobs, plansOf, recentResults, restoreTestsOf, type RestoreTest } from './backups.repository.js';
import { ArchiveJobBody, BackupJobT, BackupResultT, ClientParams, CreateJobBody, EditJobBody, DrPlanBody, DrPlanT, JobQuery, ReadinessT, ReportAnswer, ReportBody, RestoreTestBody, RestoreTestT } from './backups.schema.js';
import { jobsWithState, readinessOfClients } from './client-readiness.js';
import { archiveBackupJob } from './archive-backup-job.js';
import { createBackupJob } from './create-backup-job.js';
import { editBackupJob } from './edit-backup-job.js';
import { recordBackupResult } from './record-backup-result.js';
import { recordRestoreTest } from './record-restore-test.js';
import { saveDrPlan } from './save-dr-plan.js';

export interface BackupRoutesDeps {
  db: Db;
  clock: Clock;
  dialect: DialectName;
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  publish: (event: DomainEvent) => void;
  /** Wakes this node's engine after a write that armed or moved a deadline. */
  wakeEngine?: () => void;
}

/** Where a job's results are posted. */
export const REPORT_PATH = '/api/v1/backups/report';

export function backupRoutes(app: App, deps: BackupRoutesDeps): void {
  for (const s of [BackupJobT, BackupResultT, RestoreTestT, DrPlanT, ReadinessT]) app.addSchema(s);
  const { db, clock } = deps;
  const tags = ['backups'];
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Backups and DR plans are for MSP staff');
    return actor;
  };
  /** Runs a write in a transaction, publishing its live events after commit. */
  const write = async <T>(work: (d: BackupDeps) => Promise<T>): Promise<T> => {
    const outbox: DomainEvent[] = [];
    const out = await db.transaction().execute((trx) => work({ db: trx, clock, dialect: deps.dialect, onTicketChanged: deps.onTicketChanged, emit: (e) => outbox.push(e) }));
    outbox.forEach(deps.publish);
    deps.wakeEngine?.();
    return out;
  };
  const zoneOf = async (organizationId: string) => (await organizationFacts(db, organizationId))?.timeZone ?? 'UTC';
  const present = async (jobs: BackupJob[]) => {
    const zones = new Map<string, string>();
    for (const j of jobs) if (!zones.has(j.organizationId)) zones.set(j.organizationId, await zoneOf(j.organizationId));
    const now = clock.now();
    return jobs.map((job) => {
      const [s] = jobsWithState([job], zones.get(job.organizationId)!, now);
      return { ...job, webhookPath: REPORT_PATH, staleAt: toIso(s.staleAt), state: s.state };
    });
  };
  const presentTests = async (tests: RestoreTest[]) => {
    const names = new Map<string, string>();
    for (const t of tests) if (!names.has(t.jobId)) names.set(t.jobId, (await findJob(db, t.jobId))?.name ?? '');
    return tests.map((t) => ({ ...t, jobName: names.get(t.jobId)! }));
  };

  app.get('/api/v1/backup-jobs', {
    schema: { tags, summary: 'Backup jobs with their last success and state (staff)', querystring: JobQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('BackupJob')) }, { title: 'BackupJobs' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    staff(request);
    return { items: await present(await listJobs(db, request.query.organizationId ? { organizationId: request.query.organizationId } : {})) };
  });

  app.post('/api/v1/backup-jobs', {
    schema: {
      tags,
      summary: 'Set up a client’s backup job (owners, admins, service managers)',
      description: 'The answer holds the job’s token, shown once: the backup posts its results to `webhookPath` with `Authorization: Bearer <token>`.',
      body: CreateJobBody,
      response: { 201: Type.Intersect([Type.Ref('BackupJob'), Type.Object({ token: Type.String() })], { title: 'BackupJobWithToken' }), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => {
    const actor = staff(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager sets up backup jobs');
    const { job, token } = await write((d) => createBackupJob(d, actor, request.body, request.ip));
    return reply.code(201).send({ ...(await present([job]))[0], token });
  });

  app.patch('/api/v1/backup-jobs/:id', {
    schema: {
      tags,
      summary: 'Edit a backup job (owners, admins, service managers)',
      description: 'Send the `version` read; a job changed since is 409 `version_conflict`. Fields left out keep their value; null clears. The staleness deadline follows the new RPO, schedule and grace.',
      params: IdParams,
      body: EditJobBody,
      response: { 200: Type.Ref('BackupJob'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager edits backup jobs');
    const job = await write((d) => editBackupJob(d, actor, request.params.id, request.body, request.ip));
    return (await present([job]))[0];
  });

  app.post('/api/v1/backup-jobs/:id/archive', {
    schema: {
      tags,
      summary: 'Archive a backup job (owners, admins, service managers)',
      description: 'Its staleness deadline stops, it leaves the lists and the readiness score, and it takes no more results; its history stays.',
      params: IdParams,
      body: ArchiveJobBody,
      response: { 200: Type.Ref('BackupJob'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = staff(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager archives backup jobs');
    const job = await write((d) => archiveBackupJob(d, actor, request.params.id, request.body, request.ip));
    return (await present([job]))[0];
  });

  app.get('/api/v1/backup-jobs/:id/results', {
    schema: { tags, summary: 'A backup job’s latest results, newest first (staff)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('BackupResult')) }, { title: 'BackupResults' }), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    if (!(await findJob(db, request.params.id))) throw notFound('Backup job');
    return { items: await recentResults(db, request.params.id) };
  });

  app.post(REPORT_PATH, {
    config: { public: true },
    schema: {
      tags,
      summary: 'A backup job reports a result',
      description: 'Authenticate with the job’s token. A success moves the job’s last success and its staleness deadline; a failure opens the job’s ticket (or notes its open one).',
      security: [{ bearerToken: [] }],
      body: ReportBody,
      response: { 200: ReportAnswer, ...problemResponses(400, 401, 409, 413, 415, 422) },
    },
  }, async (request) => {
    const token = senderToken(request.headers.authorization);
    if (!token) throw new AppError('authentication_required', 'Send the job’s token: Authorization: Bearer <token>', { status: 401 });
    const job = await findJobByToken(db, sha256Hex(token));
    if (!job) throw new AppError('invalid_token', 'This token belongs to no backup job', { status: 401 });
    const done = await write((d) => recordBackupResult(d, job, { ...request.body, source: 'webhook' }));
    const [shown] = await present([done.job]);
    return { jobId: job.id, lastSuccessAt: shown.lastSuccessAt, staleAt: shown.staleAt, state: shown.state, ticket: done.ticket };
  });

  app.post('/api/v1/backup-jobs/:id/restore-tests', {
    schema: { tags, summary: 'Record a restore test of a job’s backup (staff)', params: IdParams, body: RestoreTestBody, response: { 201: Type.Ref('RestoreTest'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const test = await write((d) => recordRestoreTest(d, actor, request.params.id, request.body));
    return reply.code(201).send((await presentTests([test]))[0]);
  });

  app.get('/api/v1/clients/:id/restore-tests', {
    schema: { tags, summary: 'A client’s restore tests, newest first (staff)', params: ClientParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('RestoreTest')) }, { title: 'RestoreTests' }), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    if (!(await organizationFacts(db, request.params.id))) throw notFound('Organization');
    return { items: await presentTests(await restoreTestsOf(db, [request.params.id])) };
  });

  const presentPlan = async (organizationId: string) => {
    const [plan] = await plansOf(db, [organizationId]);
    const dependencies = await dependenciesOfClients(db, [organizationId]);
    return {
      organizationId,
      rtoHours: plan?.rtoHours ?? 0,
      deciderContactId: plan?.deciderContactId ?? null,
      fallbacks: dependencies.map((d) => ({ dependencyId: d.id, dependency: `${d.serviceName} (${d.vendorName})`, criticality: d.criticality, fallback: plan?.fallbacks[d.id] ?? d.fallback })),
      notes: plan?.notes ?? '',
      lastReviewedOn: plan?.lastReviewedOn ?? null,
      version: plan?.version ?? 0,
      updatedAt: plan?.updatedAt ?? null,
    };
  };

  app.get('/api/v1/clients/:id/dr-plan', {
    schema: { tags, summary: 'A client’s DR plan, with a row for each of its vendor dependencies (staff)', description: 'A client without a plan answers version 0.', params: ClientParams, response: { 200: Type.Ref('DrPlan'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    if (!(await organizationFacts(db, request.params.id))) throw notFound('Organization');
    return presentPlan(request.params.id);
  });

  app.put('/api/v1/clients/:id/dr-plan', {
    schema: { tags, summary: 'Write a client’s DR plan (staff)', params: ClientParams, body: DrPlanBody, response: { 200: Type.Ref('DrPlan'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = staff(request);
    await write((d) => saveDrPlan(d, actor, request.params.id, request.body));
    return presentPlan(request.params.id);
  });

  app.get('/api/v1/clients/:id/readiness', {
    schema: { tags, summary: 'A client’s DR readiness score and what lowers it (staff)', params: ClientParams, response: { 200: Type.Ref('Readiness'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    const r = (await readinessOfClients(db, clock.now(), [request.params.id])).get(request.params.id);
    if (!r) throw notFound('Organization');
    return { organizationId: request.params.id, organizationName: r.name, score: r.score, reasons: r.reasons };
  });
}
