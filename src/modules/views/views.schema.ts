/** Saved views: a named console queue with its filters. */
import { Type, type Static } from '@sinclair/typebox';
import { PRIORITIES, STATUSES } from '../tickets/index.js';

/** The console's queues a view starts from (web/src/tickets/queue/queues.ts). */
export const VIEW_QUEUES = ['mine', 'team', 'unassigned', 'at-risk', 'old-breaches', 'waiting', 'open', 'all'] as const;
/** The at-risk queue's "due within" windows. */
export const DUE_WINDOWS = ['breached', '1h', '4h', '24h'] as const;

const lits = (values: readonly string[], description: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });
const csvOf = (values: readonly string[], description: string) =>
  Type.String({ pattern: `^(${values.join('|')})(,(${values.join('|')}))*$`, maxLength: 200, description });
const Id = Type.String({ minLength: 1, maxLength: 100 });

export const ViewFilters = Type.Object(
  {
    priority: Type.Optional(csvOf(PRIORITIES, 'Comma-separated priorities, e.g. P1,P2.')),
    status: Type.Optional(csvOf(STATUSES, 'Comma-separated statuses, e.g. new,open.')),
    client: Type.Optional(Type.String({ ...Id, description: 'A client organisation id.' })),
    contact: Type.Optional(Type.String({ ...Id, description: 'A contact id.' })),
    within: Type.Optional(lits(DUE_WINDOWS, 'At risk only: breached, or due within 1h, 4h or 24h.')),
  },
  { additionalProperties: false, description: 'The filters, named as in the console’s address bar.' },
);
export type ViewFilters = Static<typeof ViewFilters>;

const Queue = lits(VIEW_QUEUES, 'The queue the view filters: mine, team, unassigned, at-risk, old-breaches, waiting, open or all.');
const Name = Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' });

export const SavedView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    queue: Type.String(),
    filters: ViewFilters,
    shared: Type.Boolean({ description: 'Shown to every staff member, not only its owner.' }),
    ownerUserId: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SavedView' },
);

export const CreateViewBody = Type.Object(
  { name: Name, queue: Queue, filters: Type.Optional(ViewFilters), shared: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export type CreateViewBody = Static<typeof CreateViewBody>;

export const UpdateViewBody = Type.Object(
  { name: Type.Optional(Name), queue: Type.Optional(Queue), filters: Type.Optional(ViewFilters), shared: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateViewBody = Static<typeof UpdateViewBody>;
