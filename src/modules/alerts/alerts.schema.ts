/** TypeBox schemas of the alerts module: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { PriorityT } from '../tickets/index.js';
import { FORMAT_NAMES } from './formats/registry.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const Format = Type.Union(FORMAT_NAMES.map((f) => Type.Literal(f)), { description: 'The payload format the source sends: its inbound path is /api/v1/alerts/inbound/<format>.' });
const AlertStatusT = Type.Union([Type.Literal('firing'), Type.Literal('resolved')]);

const sourceSettings = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  organizationId: Type.Optional(Nullable(Id)),
  clientLabel: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^\\S+$', description: 'MSP-wide sources: the label (Alertmanager), monitor tag (Uptime Kuma) or field/label (generic) whose value names the client. Default `client`; NinjaOne always uses the device’s organizationId.' })),
  clientMap: Type.Optional(Type.Record(Type.String(), Id, { maxProperties: 5000, propertyNames: { minLength: 1, maxLength: 255 }, description: 'MSP-wide sources: client label value → client organisation id.' })),
  fallbackOrganizationId: Type.Optional(Nullable(Id)),
  severityMap: Type.Optional(Type.Record(Type.String(), PriorityT, { maxProperties: 50, propertyNames: { minLength: 1, maxLength: 50 }, description: 'Severity → ticket priority, over the built-in table (critical P1, major/high/error P2, warning/minor P3, info/low P4).' })),
  defaultPriority: Type.Optional(PriorityT),
  resolveOnRecovery: Type.Optional(Type.Boolean({ description: 'A recovery resolves the alert’s open ticket (default true); else it is only recorded on the ticket.' })),
  flapChanges: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'More state changes than this within the window mark an alert flapping (default 4).' })),
  flapWindowMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440, description: 'The flapping window, and how long a flapping alert must be quiet to be stable again (default 30).' })),
  enabled: Type.Optional(Type.Boolean()),
};

export const CreateAlertSourceBody = Type.Object({ ...sourceSettings, format: Format }, { additionalProperties: false });
export type CreateAlertSourceBody = Static<typeof CreateAlertSourceBody>;
export const UpdateAlertSourceBody = Type.Object({ ...sourceSettings, name: Type.Optional(sourceSettings.name) }, { additionalProperties: false, minProperties: 1 });
export type UpdateAlertSourceBody = Static<typeof UpdateAlertSourceBody>;

const sourceFields = {
  id: Type.String(),
  name: Type.String(),
  format: Type.String(),
  path: Type.String({ description: 'Where the source POSTs its alerts.' }),
  organizationId: Nullable(Type.String()),
  clientLabel: Type.String(),
  clientMap: Type.Record(Type.String(), Type.String()),
  fallbackOrganizationId: Nullable(Type.String()),
  severityMap: Type.Record(Type.String(), PriorityT),
  defaultPriority: PriorityT,
  resolveOnRecovery: Type.Boolean(),
  flapChanges: Type.Integer(),
  flapWindowMinutes: Type.Integer(),
  enabled: Type.Boolean(),
  tokenPrefix: Type.String({ description: 'The first characters of the token, to tell tokens apart.' }),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
};
export const AlertSource = Type.Object(sourceFields, { $id: 'AlertSource' });
export const AlertSourceWithToken = Type.Object({ ...sourceFields, token: Type.String({ description: 'Shown once: send it as `Authorization: Bearer <token>`.' }) }, { $id: 'AlertSourceWithToken' });

const heartbeatSettings = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  intervalMinutes: Type.Integer({ minimum: 1, maximum: 10_080, description: 'The job reports at least this often.' }),
  graceMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440, description: 'Extra minutes before silence counts (default 5).' })),
  priority: Type.Optional(PriorityT),
  resolveOnRecovery: Type.Optional(Type.Boolean({ description: 'The next successful report resolves the silence’s ticket (default true).' })),
  enabled: Type.Optional(Type.Boolean()),
};
export const CreateHeartbeatBody = Type.Object({ ...heartbeatSettings, organizationId: Id }, { additionalProperties: false });
export type CreateHeartbeatBody = Static<typeof CreateHeartbeatBody>;
export const UpdateHeartbeatBody = Type.Object(
  { ...heartbeatSettings, name: Type.Optional(heartbeatSettings.name), intervalMinutes: Type.Optional(heartbeatSettings.intervalMinutes) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateHeartbeatBody = Static<typeof UpdateHeartbeatBody>;

const heartbeatFields = {
  id: Type.String(),
  organizationId: Type.String(),
  name: Type.String(),
  intervalMinutes: Type.Integer(),
  graceMinutes: Type.Integer(),
  priority: PriorityT,
  resolveOnRecovery: Type.Boolean(),
  enabled: Type.Boolean(),
  tokenPrefix: Type.String(),
  lastPingAt: Nullable(Instant),
  lastStatus: Nullable(Type.String()),
  dueAt: Instant,
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
};
export const Heartbeat = Type.Object(heartbeatFields, { $id: 'Heartbeat' });
export const HeartbeatWithToken = Type.Object({ ...heartbeatFields, token: Type.String({ description: 'Shown once: the job reports with `Authorization: Bearer <token>`.' }) }, { $id: 'HeartbeatWithToken' });

export const HeartbeatReportBody = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('success'), Type.Literal('failure')], { description: 'Default success. A failure fires the check’s alert at once.' })),
    message: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type HeartbeatReportBody = Static<typeof HeartbeatReportBody>;

export const FoldOutcome = Type.Object(
  {
    alertId: Type.String(),
    dedupeKey: Type.String(),
    action: Type.Union(['opened', 'reopened', 'folded', 'resolved', 'recovered', 'held', 'recorded', 'stable'].map((a) => Type.Literal(a)), {
      description: 'opened/reopened a ticket, folded into its open ticket, resolved its ticket, recovered (ticket kept), held (flapping), recorded (nothing to do).',
    }),
    state: AlertStatusT,
    flapping: Type.Boolean(),
    ticketId: Nullable(Type.String()),
  },
  { $id: 'FoldOutcome' },
);

export const IntakeAnswer = Type.Object(
  { received: Type.Integer(), ignored: Type.Integer({ description: 'Notifications that carry no alert (a test message, another activity type).' }), alerts: Type.Array(Type.Ref('FoldOutcome')) },
  { $id: 'IntakeAnswer' },
);

export const HeartbeatReportAnswer = Type.Object({ heartbeatId: Type.String(), lastPingAt: Instant, dueAt: Instant, alert: Nullable(Type.Ref('FoldOutcome')) });

export const Alert = Type.Object(
  {
    id: Type.String(),
    sourceId: Nullable(Type.String()),
    heartbeatId: Nullable(Type.String()),
    organizationId: Type.String(),
    dedupeKey: Type.String(),
    signature: Type.String(),
    summary: Type.String(),
    detail: Type.String(),
    host: Nullable(Type.String()),
    check: Nullable(Type.String()),
    severity: Type.String(),
    state: AlertStatusT,
    observedState: AlertStatusT,
    flapping: Type.Boolean(),
    count: Type.Integer({ description: 'Alerts received for this identity.' }),
    firstSeenAt: Instant,
    lastSeenAt: Instant,
    lastFiredAt: Nullable(Instant),
    lastChangeAt: Nullable(Instant),
    ticketId: Nullable(Type.String()),
  },
  { $id: 'Alert' },
);

export const AlertListQuery = Type.Object(
  {
    state: Type.Optional(AlertStatusT),
    organizationId: Type.Optional(Id),
    sourceId: Type.Optional(Id),
    heartbeatId: Type.Optional(Id),
    flapping: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const SuspectedIncident = Type.Object(
  {
    id: Type.String(),
    signature: Type.String(),
    status: Type.String({ description: 'proposed, dismissed, expired (replaced by a newer proposal), or declared (as the incident incidentId).' }),
    firstAlertAt: Instant,
    lastAlertAt: Instant,
    clientCount: Type.Integer(),
    dismissedBy: Nullable(Type.String()),
    dismissedAt: Nullable(Instant),
    incidentId: Nullable(Type.String({ description: 'The vendor incident it was declared as.' })),
    declaredBy: Nullable(Type.String()),
    declaredAt: Nullable(Instant),
    clients: Type.Array(
      Type.Object({ organizationId: Type.String(), alertId: Type.String(), firstAlertAt: Instant, ticketId: Nullable(Type.String()), summary: Type.String(), state: AlertStatusT }),
    ),
  },
  { $id: 'SuspectedIncident' },
);

export const SuspectedIncidentQuery = Type.Object(
  {
    status: Type.Optional(Type.Union(['proposed', 'dismissed', 'expired', 'declared'].map((s) => Type.Literal(s)))),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
