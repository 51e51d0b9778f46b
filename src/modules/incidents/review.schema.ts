/** TypeBox schemas of resolving an incident, its post-incident review and the review's action items. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD.' });

export const ResolveIncidentBody = Type.Object(
  {
    note: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S', description: 'The closing update: a public reply on every child ticket resolved.' }),
    keepOpen: Type.Optional(
      Type.Array(Type.Object({ organizationId: Id, reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false }), {
        maxItems: 1000,
        description: 'Children to keep open, each with why: the incident lets them go and their own escalation runs again.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ResolveIncidentBody = Static<typeof ResolveIncidentBody>;

export const EditReviewBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 100_000, pattern: '\\S', description: 'The review, Markdown (raw HTML stays text).' }), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type EditReviewBody = Static<typeof EditReviewBody>;

export const AddActionBody = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }), assigneeId: Type.Optional(Nullable(Id)), dueOn: Type.Optional(Nullable(Day)) },
  { additionalProperties: false },
);
export type AddActionBody = Static<typeof AddActionBody>;

export const ChangeActionBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' })),
    assigneeId: Type.Optional(Nullable(Id)),
    dueOn: Type.Optional(Nullable(Day)),
    done: Type.Optional(Type.Boolean()),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ChangeActionBody = Static<typeof ChangeActionBody>;

export const ActionParams = Type.Object({ id: Id, actionId: Id }, { additionalProperties: false });

export const IncidentAction = Type.Object(
  {
    id: Type.String(),
    incidentId: Type.String(),
    title: Type.String(),
    assigneeId: Nullable(Type.String()),
    dueOn: Nullable(Type.String()),
    done: Type.Boolean(),
    doneAt: Nullable(Instant),
    version: Type.Integer(),
    updatedAt: Instant,
  },
  { $id: 'IncidentAction' },
);

export const IncidentReview = Type.Object(
  {
    incidentId: Type.String(),
    body: Type.String({ description: 'Markdown: generated from the event log when the incident was resolved, then edited by people.' }),
    bodyHtml: Type.String({ description: 'The Markdown rendered and sanitised.' }),
    editedBy: Nullable(Type.String()),
    version: Type.Integer(),
    updatedAt: Instant,
    actions: Type.Array(Type.Ref('IncidentAction')),
  },
  { $id: 'IncidentReview' },
);

export const ClientIncidentActions = Type.Object(
  {
    items: Type.Array(
      Type.Object({ incidentId: Type.String(), incidentTitle: Type.String(), declaredAt: Instant, resolvedAt: Nullable(Instant), actions: Type.Array(Type.Ref('IncidentAction')) }),
    ),
  },
  { $id: 'ClientIncidentActions' },
);
