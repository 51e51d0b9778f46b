/** TypeBox schemas of client approvals of chargeable work. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { APPROVAL_STATES } from './approval.js';
import { LOCATIONS } from './terms.js';

const Instant = Type.String({ format: 'date-time' });

/** A technician's request: the estimate of the work. */
export const ApprovalRequestBody = Type.Object(
  {
    minutes: Type.Integer({ minimum: 1, maximum: 100_000, description: 'The estimate: minutes of work.' }),
    workType: Type.String({ pattern: '^[a-z][a-z0-9_-]{0,39}$', description: 'The kind of work (a key of the contract’s work types): it picks the rate.' }),
    location: Type.Optional(Type.Union(LOCATIONS.map((l) => Type.Literal(l)))),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'What the work is, for the client.' })),
  },
  { additionalProperties: false },
);
export type ApprovalRequestBody = Static<typeof ApprovalRequestBody>;

/** The client admin's answer. */
export const AnswerBody = Type.Object(
  { decision: Type.Union([Type.Literal('approved'), Type.Literal('declined')]), comment: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

/** A request for approval and its answer. */
export const Approval = Type.Object(
  {
    id: Type.String(),
    ticketId: Type.String(),
    organizationId: Type.String(),
    contractId: Nullable(Type.String()),
    minutes: Type.Integer(),
    estimateMinor: Type.Integer({ description: 'What the minutes cost at the contract’s rate, in minor units of the currency.' }),
    currency: Type.String(),
    reason: Type.String({ description: 'Why the work is chargeable.' }),
    note: Type.String(),
    status: Type.Union(APPROVAL_STATES.map((s) => Type.Literal(s))),
    requestedBy: Type.String(),
    requestedByName: Type.String(),
    requestedAt: Instant,
    answeredBy: Nullable(Type.String()),
    answeredAt: Nullable(Instant),
    comment: Nullable(Type.String()),
    version: Type.Integer(),
  },
  { $id: 'Approval' },
);

export const ApprovalList = Type.Object({ items: Type.Array(Type.Ref('Approval')) }, { $id: 'ApprovalList' });
