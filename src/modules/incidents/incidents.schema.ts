/** TypeBox schemas of the incidents module: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { PriorityT, STATUSES } from '../tickets/index.js';
import { CriticalityT } from '../vendors/index.js';
import { WORKAROUND_STATES } from './incident.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const ServiceIds = Type.Array(Id, { minItems: 1, maxItems: 50, uniqueItems: true, description: 'The vendor services that are down.' });

export const WorkaroundStateT = Type.Union(WORKAROUND_STATES.map((s) => Type.Literal(s)), { description: 'Where the client’s workaround stands: not_started, in_place, not_needed or blocked.' });
const TicketStatusT = Type.Union(STATUSES.map((s) => Type.Literal(s)));

export const PreviewIncidentBody = Type.Object({ serviceIds: ServiceIds }, { additionalProperties: false });
export type PreviewIncidentBody = Static<typeof PreviewIncidentBody>;

export const DeclareIncidentBody = Type.Object(
  {
    serviceIds: ServiceIds,
    title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'The subject of every child ticket.' }),
    summary: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S', description: 'What is down and what is known; it opens every child ticket’s description.' }),
    attachTicketIds: Type.Optional(Type.Array(Id, { maxItems: 1000, uniqueItems: true, description: 'Open tickets of impacted clients to attach as their children instead of opening new ones (one per client).' })),
  },
  { additionalProperties: false },
);
export type DeclareIncidentBody = Static<typeof DeclareIncidentBody>;

export const DeclareSuspectedBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Default: “Suspected incident: <signature>”.' })),
    summary: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S', description: 'Default: how many clients alert with the signature, since when.' })),
    serviceIds: Type.Optional(Type.Array(Id, { maxItems: 100, uniqueItems: true, description: 'Vendor services that are down, when known: the clients depending on them are hit as well.' })),
  },
  { additionalProperties: false },
);
export type DeclareSuspectedBody = Static<typeof DeclareSuspectedBody>;

export const DiscardIncidentBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: 'Why the unfinished declaration is given up.' }) }, { additionalProperties: false });

export const UpdateChildBody = Type.Object(
  {
    workaroundState: Type.Optional(WorkaroundStateT),
    stepsDone: Type.Optional(Type.Array(Type.Integer({ minimum: 0, maximum: 49 }), { maxItems: 50, description: 'The checklist’s steps done, by index from 0: the whole set, replacing the one before.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateChildBody = Static<typeof UpdateChildBody>;

export const UpdateIncidentBody = Type.Object(
  {
    vendorTicket: Type.Optional(Type.String({ maxLength: 200, description: 'The vendor’s own ticket or case number.' })),
    vendorContact: Type.Optional(Type.String({ maxLength: 1000, description: 'Who we spoke to at the vendor.' })),
    vendorPromisedAt: Type.Optional(Nullable(Type.String({ format: 'date-time', description: 'When the vendor promised the service back; null drops the promise.' }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateIncidentBody = Static<typeof UpdateIncidentBody>;

const Reason = Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' });

export const DetachChildBody = Type.Object({ reason: { ...Reason, description: 'Why the ticket is no longer the incident’s to run.' } }, { additionalProperties: false });
export type DetachChildBody = Static<typeof DetachChildBody>;

export const ChildParams = Type.Object({ id: Id, organizationId: Id }, { additionalProperties: false });

const ServiceRef = Type.Object({ id: Type.String(), name: Type.String(), vendorId: Type.String(), vendorName: Type.String() });
const TicketRef = Type.Object({ id: Type.String(), number: Type.String({ description: 'Human ticket number, e.g. SB-1042.' }), subject: Type.String(), status: TicketStatusT });

const impactFields = {
  organizationId: Type.String(),
  name: Type.String(),
  criticality: CriticalityT,
  priority: PriorityT,
  siteId: Nullable(Type.String()),
  services: Type.Array(Type.Object({ serviceId: Type.String(), serviceName: Type.String(), vendorName: Type.String(), siteId: Nullable(Type.String()), purpose: Type.String(), criticality: CriticalityT })),
  fallbacks: Type.Array(Type.String()),
  workaroundSteps: Type.Array(Type.String()),
};

export const IncidentPreview = Type.Object(
  {
    services: Type.Array(ServiceRef),
    clients: Type.Array(
      Type.Object({
        ...impactFields,
        coverage: Type.Object({ contract: Nullable(Type.String()), coveredNow: Type.Boolean({ description: 'Whether the contract covers a ticket of this priority right now.' }) }),
        matchingTickets: Type.Array(TicketRef, { description: 'Open tickets of the client that mention the vendor or a service: candidates for attachTicketIds.' }),
      }),
    ),
  },
  { $id: 'IncidentPreview' },
);

const incidentFields = {
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  status: Type.Union([Type.Literal('declaring'), Type.Literal('open'), Type.Literal('resolved'), Type.Literal('discarded')], { description: '`declaring` while its children are being written, then `open`, then `resolved`; `discarded` when a declaration that died was given up.' }),
  declaredBy: Nullable(Type.String()),
  declaredAt: Instant,
  clientCount: Type.Integer(),
  vendorTicket: Type.String(),
  vendorContact: Type.String(),
  vendorPromisedAt: Nullable(Instant),
  resolvedAt: Nullable(Instant),
  vendorPromise: Type.Union([Type.Literal('none'), Type.Literal('pending'), Type.Literal('overdue')], { description: 'The clock against the vendor’s promise: none, pending (before the promised time) or overdue.' }),
  services: Type.Array(ServiceRef),
  version: Type.Integer(),
  updatedAt: Instant,
};

export const IncidentSummary = Type.Object(incidentFields, { $id: 'IncidentSummary' });

export const IncidentChild = Type.Object(
  {
    organizationId: Type.String(),
    organizationName: Type.String(),
    ticket: TicketRef,
    attached: Type.Boolean({ description: 'An existing ticket attached as the child, rather than one opened for the incident.' }),
    criticality: CriticalityT,
    workaroundSteps: Type.Array(Type.String()),
    workaroundState: WorkaroundStateT,
    stepsDone: Type.Array(Type.Integer(), { description: 'Indices of the checklist’s steps done.' }),
    releasedAt: Nullable(Type.String({ format: 'date-time', description: 'When the incident let the child go (detached, or kept open when the incident was resolved); null while the incident owns it and its escalation ladders are held.' })),
    releaseReason: Type.String(),
    updatedAt: Instant,
  },
  { $id: 'IncidentChild' },
);

export const Incident = Type.Object({ ...incidentFields, children: Type.Array(Type.Ref('IncidentChild')) }, { $id: 'Incident' });
