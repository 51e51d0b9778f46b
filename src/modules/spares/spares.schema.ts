/** TypeBox schemas of spares and loaners: requests, answers, and the OpenAPI document's source. */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { LOCATION_KINDS, RESERVATION_STATES } from './spare.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Count = Type.Integer({ minimum: 0, maximum: 100_000 });

export const StockLocation = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: Type.Union(LOCATION_KINDS.map((k) => Type.Literal(k)), { description: '`office`: ours. `client_site`: kept at a client’s site. `van`: an engineer’s van.' }),
    organizationId: Nullable(Type.String()),
    siteId: Nullable(Type.String()),
    userId: Nullable(Type.String({ description: 'A van’s engineer.' })),
    archivedAt: Nullable(Instant),
    createdAt: Instant,
  },
  { $id: 'StockLocation' },
);

export const CreateLocationBody = Type.Object(
  {
    name: Name,
    kind: Type.Union(LOCATION_KINDS.map((k) => Type.Literal(k))),
    organizationId: Type.Optional({ ...Id, description: 'A client site’s client.' }),
    siteId: Type.Optional({ ...Id, description: 'A client site’s site.' }),
    userId: Type.Optional({ ...Id, description: 'A van’s engineer (a staff user).' }),
  },
  { additionalProperties: false },
);

export const SpareItem = Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), model: Type.String(), createdAt: Instant }, { $id: 'SpareItem' });

export const CreateItemBody = Type.Object(
  { name: Name, kind: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S', description: 'laptop, router, PSU, toner …' }), model: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);

export const CountStockBody = Type.Object(
  {
    locationId: Id,
    onHand: { ...Count, description: 'How many the location holds, reserved ones included.' },
    lowThreshold: Type.Optional({ ...Count, description: 'Alert the owners and admins when what is available falls to this; 0: never. Unchanged when left out.' }),
  },
  { additionalProperties: false },
);

export const StockLine = Type.Object(
  {
    item: Type.Ref('SpareItem'),
    location: Type.Ref('StockLocation'),
    onHand: Type.Integer(),
    reserved: Type.Integer(),
    available: Type.Integer({ description: 'On hand and not reserved.' }),
    lowThreshold: Type.Integer(),
    low: Type.Boolean({ description: 'Available has fallen to the threshold.' }),
    updatedAt: Instant,
  },
  { $id: 'StockLine' },
);

export const StockQuery = Type.Object(
  {
    locationId: Type.Optional(Id),
    itemId: Type.Optional(Id),
    mine: Type.Optional(Type.Boolean({ description: 'Only the caller’s own van(s).' })),
  },
  { additionalProperties: false },
);

export const LocationQuery = Type.Object({ mine: Type.Optional(Type.Boolean({ description: 'Only the caller’s own van(s).' })) }, { additionalProperties: false });

export const Reservation = Type.Object(
  {
    id: Type.String(),
    ticketId: Type.String(),
    itemId: Type.String(),
    itemName: Type.String(),
    locationId: Type.String(),
    locationName: Type.String(),
    quantity: Type.Integer(),
    loan: Type.Boolean(),
    state: Type.Union(RESERVATION_STATES.map((s) => Type.Literal(s)), { description: '`reserved` → `out` (a loaner) → `returned`; `reserved` → `used` (a spare); `reserved` → `cancelled`.' }),
    dueAt: Nullable(Instant),
    overdueTicketId: Nullable(Type.String({ description: 'The ticket opened because the loaner was not back by its due time.' })),
    reservedBy: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { $id: 'SpareReservation' },
);

export const ReserveBody = Type.Object(
  {
    itemId: Id,
    locationId: Id,
    quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
    loan: Type.Boolean({ description: '`true`: a loaner that comes back. `false`: a spare that is fitted and stays.' }),
    dueAt: Type.Optional({ ...Instant, description: 'A loaner: when it is due back (may also be given when it is handed out).' }),
  },
  { additionalProperties: false },
);

export const MoveBody = Type.Object(
  {
    move: Type.Union([Type.Literal('hand_out'), Type.Literal('return'), Type.Literal('cancel')], { description: '`hand_out`: a loaner goes out (due back at `dueAt`), a spare is used. `return`: a loaner is back. `cancel`: the reservation is dropped.' }),
    dueAt: Type.Optional({ ...Instant, description: 'Hand-out of a loaner: when it is due back; past it, a ticket opens.' }),
    locationId: Type.Optional({ ...Id, description: 'Return: the location it goes back to (default: where it came from).' }),
  },
  { additionalProperties: false },
);
