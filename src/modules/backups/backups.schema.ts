/** TypeBox schemas of backups and DR readiness: requests, answers, and the OpenAPI document's source. */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { DAILY_AT_PATTERN, PRODUCTS, RESULT_STATUSES } from './backup.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD.' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Product = Type.Union(PRODUCTS.map((p) => Type.Literal(p)), { description: 'Which email subjects the job’s reports are read with (docs/readiness.md).' });
const Status = Type.Union(RESULT_STATUSES.map((s) => Type.Literal(s)));
const JobState = Type.Union([Type.Literal('ok'), Type.Literal('warning'), Type.Literal('failed'), Type.Literal('stale'), Type.Literal('waiting')], { description: '`failed`: the latest result failed. `stale`: no success within the RPO/schedule and grace. `waiting`: never succeeded, not late yet. `warning`, `ok`.' });

export const BackupJobT = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    name: Type.String(),
    product: Product,
    protects: Type.String(),
    assetId: Nullable(Type.String()),
    rpoHours: Type.Integer(),
    everyHours: Nullable(Type.Integer()),
    dailyAt: Nullable(Type.String({ description: 'HH:MM in the client’s time zone.' })),
    graceMinutes: Type.Integer(),
    resolveOnSuccess: Type.Boolean(),
    acceptUnauthenticated: Type.Boolean({ description: 'Its email reports count without a DMARC pass for the sender’s domain (an appliance that relays without SPF/DKIM).' }),
    reportFrom: Nullable(Type.String({ description: 'The address its email reports come from.' })),
    reportName: Type.String({ description: 'The job’s name as its reports spell it; empty matches any.' }),
    subjectPattern: Nullable(Type.String()),
    tokenPrefix: Type.String(),
    webhookPath: Type.String(),
    lastResultAt: Nullable(Instant),
    lastStatus: Nullable(Status),
    lastMessage: Nullable(Type.String()),
    lastSuccessAt: Nullable(Instant),
    staleAt: Instant,
    state: JobState,
    ticketId: Nullable(Type.String({ description: 'The open ticket a stale or failed backup raised.' })),
    archivedAt: Nullable(Instant),
    version: Type.Integer({ description: 'Send it back with an edit or an archive: a job changed since is 409 `version_conflict`.' }),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { $id: 'BackupJob' },
);

export const CreateJobBody = Type.Object(
  {
    organizationId: Id,
    name: Name,
    product: Product,
    protects: Type.Optional(Type.String({ maxLength: 500, description: 'What it protects: servers, mailboxes, shares.' })),
    assetId: Type.Optional({ ...Id, description: 'An asset of the client it protects.' }),
    rpoHours: Type.Integer({ minimum: 1, maximum: 8760, description: 'Recovery point objective: the most data, in hours, the client may lose.' }),
    everyHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 8760, description: 'Expected schedule: a run every N hours.' })),
    dailyAt: Type.Optional(Type.String({ pattern: DAILY_AT_PATTERN, description: 'Expected schedule: daily at HH:MM in the client’s time zone.' })),
    graceMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_080, default: 60, description: 'How late a success may be before the job counts as stale.' })),
    resolveOnSuccess: Type.Optional(Type.Boolean({ default: true, description: 'A success after a stale or failed spell resolves the job’s ticket (else only notes it).' })),
    reportFrom: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'The sender of its email reports.' })),
    reportName: Type.Optional(Type.String({ maxLength: 200, description: 'The job’s name in its reports’ subjects (default: name; empty: any).' })),
    subjectPattern: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Its own subject pattern (`{status}`, `{job}`, `*`), in place of the product’s.' })),
    acceptUnauthenticated: Type.Optional(Type.Boolean({ default: false, description: 'Let email reports that did not pass DMARC for the sender’s domain count (default: off; they are kept as unverified).' })),
  },
  { additionalProperties: false },
);

export const EditJobBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The job’s version as read.' }),
    name: Type.Optional(Name),
    product: Type.Optional(Product),
    protects: Type.Optional(Type.String({ maxLength: 500 })),
    assetId: Type.Optional(Nullable({ ...Id, description: 'An asset of the client it protects; null: none.' })),
    rpoHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 8760 })),
    everyHours: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 8760, description: 'A run every N hours (replaces dailyAt); null: none.' }))),
    dailyAt: Type.Optional(Nullable(Type.String({ pattern: DAILY_AT_PATTERN, description: 'Daily at HH:MM in the client’s zone (replaces everyHours); null: none.' }))),
    graceMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_080 })),
    resolveOnSuccess: Type.Optional(Type.Boolean()),
    reportFrom: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254, description: 'null: reports by webhook only.' }))),
    reportName: Type.Optional(Type.String({ maxLength: 200 })),
    subjectPattern: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'null: the product’s patterns.' }))),
    acceptUnauthenticated: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ArchiveJobBody = Type.Object({ version: Type.Integer({ minimum: 1, description: 'The job’s version as read.' }) }, { additionalProperties: false });

export const JobQuery = Type.Object({ organizationId: Type.Optional(Id) }, { additionalProperties: false });

export const ReportBody = Type.Object(
  {
    status: Status,
    finishedAt: Type.Optional({ ...Instant, description: 'When the run finished (default: now).' }),
    sizeBytes: Type.Optional(Type.Integer({ minimum: 0, maximum: 9_007_199_254_740_991 })),
    message: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const BackupResultT = Type.Object(
  {
    id: Type.String(),
    jobId: Type.String(),
    status: Status,
    finishedAt: Instant,
    sizeBytes: Nullable(Type.Integer()),
    message: Type.String(),
    source: Type.Union([Type.Literal('webhook'), Type.Literal('email')]),
    unverified: Nullable(Type.String({ description: 'Why an email report did not count (`dmarc_fail`, `dmarc_none`, `no_verdict` …); null when it counted. An unverified success moves neither the last success nor the staleness deadline.' })),
    receivedAt: Instant,
  },
  { $id: 'BackupResult' },
);

export const ReportAnswer = Type.Object(
  {
    jobId: Type.String(),
    lastSuccessAt: Nullable(Instant),
    staleAt: Instant,
    state: JobState,
    ticket: Type.Union([Type.Literal('opened'), Type.Literal('noted'), Type.Literal('resolved'), Type.Literal('none')], { description: 'What the result did to the job’s ticket.' }),
  },
  { title: 'BackupReportAnswer' },
);

export const RestoreTestT = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    jobId: Type.String(),
    jobName: Type.String(),
    testedOn: Day,
    result: Type.Union([Type.Literal('success'), Type.Literal('partial'), Type.Literal('failed')]),
    durationMinutes: Type.Integer(),
    testedBy: Nullable(Type.String()),
    notes: Type.String(),
    createdAt: Instant,
  },
  { $id: 'RestoreTest' },
);

export const RestoreTestBody = Type.Object(
  {
    testedOn: Day,
    result: Type.Union([Type.Literal('success'), Type.Literal('partial'), Type.Literal('failed')]),
    durationMinutes: Type.Integer({ minimum: 0, maximum: 100_000 }),
    notes: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);

export const DrPlanT = Type.Object(
  {
    organizationId: Type.String(),
    rtoHours: Type.Integer(),
    deciderContactId: Nullable(Type.String({ description: 'The client’s contact who decides to invoke the plan.' })),
    fallbacks: Type.Array(Type.Object({ dependencyId: Type.String(), dependency: Type.String(), criticality: Type.String(), fallback: Type.String({ description: 'The plan’s fallback, else the dependency’s own.' }) })),
    notes: Type.String(),
    lastReviewedOn: Nullable(Day),
    version: Type.Integer(),
    updatedAt: Nullable(Instant),
  },
  { $id: 'DrPlan' },
);

export const DrPlanBody = Type.Object(
  {
    rtoHours: Type.Integer({ minimum: 1, maximum: 8760, description: 'Recovery time objective, in hours.' }),
    deciderContactId: Type.Optional(Nullable({ ...Id, description: 'A contact of the client.' })),
    fallbacks: Type.Optional(Type.Array(Type.Object({ dependencyId: Id, fallback: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }), { maxItems: 500 })),
    notes: Type.Optional(Type.String({ maxLength: 10_000 })),
    lastReviewedOn: Type.Optional(Nullable(Day)),
    version: Type.Optional(Type.Integer({ minimum: 0, description: 'The version it was read at (0: no plan yet).' })),
  },
  { additionalProperties: false },
);

export const ReadinessT = Type.Object(
  {
    organizationId: Type.String(),
    organizationName: Type.String(),
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    reasons: Type.Array(Type.Object({ code: Type.String(), text: Type.String(), points: Type.Integer() })),
  },
  { $id: 'Readiness' },
);

export const ClientParams = Type.Object({ id: Id }, { additionalProperties: false });
