import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Page, PageQuery } from '../../platform/http/common.js';
import { CHANNELS, FCR_OUTCOMES, PRIORITIES, STATUSES } from './ticket.js';

const lits = <T extends readonly string[]>(values: T, description: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });

/** The priority schema every module's request bodies use. */
export const PriorityT = lits(PRIORITIES, 'P1 (critical) to P4 (low).');
export const StatusT = lits(STATUSES, 'Ticket status.');
export const ChannelT = lits(CHANNELS, 'Where the request came from.');
export const FcrT = lits(FCR_OUTCOMES, 'First-contact-resolution outcome.');
const Tier = Type.Integer({ minimum: 1, maximum: 3, description: 'Support tier 1–3.' });
const Id = Type.String({ minLength: 1, maxLength: 100 });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 50, pattern: '^[^\\s,]+$' }), { maxItems: 20 });

export const Ticket = Type.Object(
  {
    id: Type.String(),
    number: Type.String({ description: 'Human ticket number, e.g. SB-1042.' }),
    organizationId: Type.String(),
    contactId: Nullable(Type.String()),
    siteId: Nullable(Type.String()),
    subject: Type.String(),
    priority: PriorityT,
    businessCritical: Type.Optional(Type.Boolean({ description: 'Staff only.' })),
    status: StatusT,
    tier: Type.Optional(Type.Integer({ description: 'Staff only.' })),
    teamId: Type.Optional(Nullable(Type.String({ description: 'Staff only.' }))),
    assigneeId: Nullable(Type.String()),
    channel: ChannelT,
    tags: Type.Optional(Type.Array(Type.String(), { description: 'Staff only.' })),
    fcrOutcome: Type.Optional(Nullable(FcrT)),
    mergedIntoId: Nullable(Type.String()),
    version: Type.Integer(),
    slaDueAt: Nullable(Type.String({ format: 'date-time', description: 'Nearest due time of a running SLA clock.' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    resolvedAt: Nullable(Type.String({ format: 'date-time' })),
    closedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'Ticket', description: 'A ticket. Clients get it without the fields marked staff only.' },
);

export const CreateTicketBody = Type.Object(
  {
    organizationId: Type.Optional(Id),
    contactId: Type.Optional(Id),
    siteId: Type.Optional(Id),
    subject: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    description: Type.Optional(Type.String({ maxLength: 100_000, description: 'What the request is; kept as the ticket’s first message, of kind description (not a reply), authored by whoever opens the ticket.' })),
    priority: Type.Optional(PriorityT),
    businessCritical: Type.Optional(Type.Boolean()),
    tier: Type.Optional(Tier),
    teamId: Type.Optional(Id),
    assigneeId: Type.Optional(Id),
    channel: Type.Optional(ChannelT),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false, $id: 'CreateTicket' },
);
export type CreateTicketBody = Static<typeof CreateTicketBody>;

export const UpdateTicketBody = Type.Object(
  {
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' })),
    priority: Type.Optional(PriorityT),
    businessCritical: Type.Optional(Type.Boolean()),
    status: Type.Optional(StatusT),
    tier: Type.Optional(Tier),
    teamId: Type.Optional(Nullable(Id)),
    assigneeId: Type.Optional(Nullable(Id)),
    contactId: Type.Optional(Nullable(Id)),
    siteId: Type.Optional(Nullable(Id)),
    tags: Type.Optional(Tags),
    fcrOutcome: Type.Optional(Nullable(FcrT)),
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'Apply only if the ticket is still at this version.' })),
  },
  { additionalProperties: false, minProperties: 1, $id: 'UpdateTicket' },
);
export type UpdateTicketBody = Static<typeof UpdateTicketBody>;

const csv = (description: string) => Type.Optional(Type.String({ maxLength: 200, description }));

/** The filters of a ticket list, shared by the list and by the counts. */
const TicketFilterFields = {
  status: csv('Comma-separated statuses, e.g. new,open.'),
  priority: csv('Comma-separated priorities, e.g. P1,P2.'),
  organizationId: Type.Optional(Id),
  contactId: Type.Optional(Id),
  assigneeId: Type.Optional(Type.String({ maxLength: 100, description: 'A user id, "me", or "none" (unassigned). Staff only, like teamId, tier and businessCritical: a client gets 403 field_not_allowed.' })),
  sort: Type.Optional(Type.Union([Type.Literal('activity'), Type.Literal('due')], { description: 'activity: newest change first (default); due: nearest SLA due time first, only tickets with a running clock.' })),
  dueBefore: Type.Optional(Type.String({ format: 'date-time', description: 'Only tickets whose nearest SLA due time is before this instant.' })),
  dueAfter: Type.Optional(Type.String({ format: 'date-time', description: 'Only tickets whose nearest SLA due time is at or after this instant: the console’s at-risk queue leaves breaches older than a day to its own queue.' })),
  teamId: Type.Optional(Id),
  tier: Type.Optional(Tier),
  businessCritical: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Full-text search over subjects and messages (for a client: subjects and public replies only).' })),
};

export const TicketListQuery = Type.Object({ ...PageQuery, ...TicketFilterFields }, { additionalProperties: false });
export type TicketListQuery = Static<typeof TicketListQuery>;

export const TicketFilter = Type.Object(TicketFilterFields, { additionalProperties: false, description: 'The filters of GET /tickets, without paging; `sort: due` counts only tickets with a running SLA clock.' });
export type TicketFilterQuery = Static<typeof TicketFilter>;

export const CountTicketsBody = Type.Object(
  { queries: Type.Array(TicketFilter, { minItems: 1, maxItems: 25, description: 'Up to 25 filters, e.g. one per queue in the console’s navigation.' }) },
  { additionalProperties: false },
);
export const TicketCounts = Type.Object({
  counts: Type.Array(Type.Integer({ minimum: 0 }), { description: 'The exact number of visible tickets matching each filter, in the order asked.' }),
  at: Type.String({ format: 'date-time', description: 'When they were counted.' }),
});

export const TicketPage = Page(Type.Ref('Ticket'), 'TicketPage');

export const Message = Type.Object(
  {
    id: Type.String(),
    ticketId: Type.String(),
    kind: Type.Union([Type.Literal('description'), Type.Literal('reply'), Type.Literal('note'), Type.Literal('call')], {
      description:
        'description: the request as given when the ticket was opened — by a client in their own words, or by staff as they logged it (authorUserId the staff member, authorContactId the contact it is for); public like a reply, and never added later. reply: public; note and call: staff only.',
    }),
    authorUserId: Nullable(Type.String()),
    authorContactId: Nullable(Type.String()),
    body: Type.String(),
    callDirection: Nullable(Type.Union([Type.Literal('inbound'), Type.Literal('outbound')])),
    callerNumber: Nullable(Type.String()),
    callDurationSeconds: Nullable(Type.Integer()),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Message' },
);

export const AddMessageBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('reply'), Type.Literal('note'), Type.Literal('call')], { default: 'reply' }),
    body: Type.String({ minLength: 1, maxLength: 100_000, pattern: '\\S' }),
    callDirection: Type.Optional(Type.Union([Type.Literal('inbound'), Type.Literal('outbound')])),
    callerNumber: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()\\-.]{3,32}$' })),
    callDurationSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })),
  },
  { additionalProperties: false, $id: 'AddMessage' },
);
export type AddMessageBody = Static<typeof AddMessageBody>;

export const TicketEvent = Type.Object(
  {
    id: Type.Integer(),
    ticketId: Type.String(),
    actorUserId: Nullable(Type.String()),
    type: Type.String(),
    field: Nullable(Type.String()),
    before: Type.Unknown(),
    after: Type.Unknown(),
    at: Type.String({ format: 'date-time' }),
  },
  { $id: 'TicketEvent' },
);

export const Link = Type.Object(
  {
    id: Type.String(),
    kind: Type.String({ description: 'parent (from is the parent of to), duplicate (from duplicates to), merged (from was merged into to).' }),
    fromTicketId: Type.String(),
    toTicketId: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'TicketLink' },
);

export const CreateLinkBody = Type.Object(
  {
    relation: Type.Union([Type.Literal('parent_of'), Type.Literal('child_of'), Type.Literal('duplicate_of')]),
    ticketId: Type.String({ minLength: 1, maxLength: 100, description: 'The other ticket: id or number.' }),
  },
  { additionalProperties: false, $id: 'CreateLink' },
);

export const MergeBody = Type.Object(
  { intoTicketId: Type.String({ minLength: 1, maxLength: 100, description: 'The ticket to merge into: id or number.' }) },
  { additionalProperties: false, $id: 'MergeTickets' },
);

export const ResolveBlocks = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        code: Type.String({ description: 'Stable code, e.g. verification_required.' }),
        message: Type.String({ description: 'What holds the ticket open and what to do about it.' }),
      }),
    ),
  },
  { title: 'ResolveBlocks' },
);

/** One server-sent event of GET /stream: its `data` line, in JSON. */
export const LiveEvent = Type.Object(
  {
    type: Type.String({
      description:
        'ticket.created, ticket.updated, message.added, ticket.linked, ticket.merged; for staff also sla.warning, sla.breached, the fraud guard’s fraud.flagged, fraud.call_logged, fraud.confirmed, fraud.warning_published and fraud.warning_changed, and the escalation ladder’s escalation.changed (data.change: started, paged, exhausted, deferred, acknowledged, escalated, ended) and escalation.page (a page’s delivery status: sent, failed, retrying, cancelled, or reported:<status> from the provider). Also the event’s name in the stream.',
    }),
    ticketId: Type.String(),
    at: Type.String({ format: 'date-time' }),
    data: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed, by event type.' }),
  },
  { $id: 'LiveEvent' },
);
