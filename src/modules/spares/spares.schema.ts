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

export const SpareItem = Type.Object(
  { id: Type.String(), name: Type.String(), kind: Type.String(), model: Type.String(), serialised: Type.Boolean({ description: 'Each unit has a serial; its stock is the count of its units.' }), createdAt: Instant },
  { $id: 'SpareItem' },
);

const ItemKind = Type.String({ minLength: 1, maxLength: 60, pattern: '\\S', description: 'laptop, router, PSU, toner …' });

export const CreateItemBody = Type.Object(
  {
    name: Name,
    kind: ItemKind,
    model: Type.Optional(Type.String({ maxLength: 200 })),
    serialised: Type.Optional(Type.Boolean({ default: false, description: 'Units are received and reserved one by one, each by its serial. Fixed once created.' })),
  },
  { additionalProperties: false },
);

export const UpdateItemBody = Type.Object(
  { name: Type.Optional(Name), kind: Type.Optional(ItemKind), model: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false, minProperties: 1 },
);

export const UpdateLocationBody = Type.Object(
  {
    name: Type.Optional(Name),
    siteId: Type.Optional(Nullable({ ...Id, description: 'A client site: another of the client’s sites, or null.' })),
    userId: Type.Optional({ ...Id, description: 'A van: the engineer it passes to.' }),
    archived: Type.Optional(Type.Boolean({ description: 'Archived locations are not listed and take no stock or reservations.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

const Serial = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

export const ReceiveUnitsBody = Type.Object(
  { locationId: Id, serials: Type.Array(Serial, { minItems: 1, maxItems: 500, description: 'Each unit’s serial, unique for the item.' }) },
  { additionalProperties: false },
);

export const SpareUnit = Type.Object(
  {
    id: Type.String(),
    itemId: Type.String(),
    locationId: Type.String({ description: 'Where it is kept, or where it came from while reserved, out or used.' }),
    serial: Type.String(),
    state: Type.Union([Type.Literal('in_stock'), Type.Literal('reserved'), Type.Literal('out'), Type.Literal('used')], { description: '`out`: on loan. `used`: fitted at a client for good.' }),
    assetId: Nullable(Type.String({ description: 'The client’s asset it was recorded as when fitted for good.' })),
    updatedAt: Instant,
  },
  { $id: 'SpareUnit' },
);

export const UnitQuery = Type.Object(
  { locationId: Type.Optional(Id), state: Type.Optional(Type.Union([Type.Literal('in_stock'), Type.Literal('reserved'), Type.Literal('out'), Type.Literal('used')])) },
  { additionalProperties: false },
);

export const SpareMovement = Type.Object(
  {
    id: Type.String(),
    itemId: Type.String(),
    locationId: Type.String(),
    reason: Type.Union([Type.Literal('count'), Type.Literal('received')], { description: '`count`: a stock take’s difference from the record. `received`: a unit added.' }),
    delta: Type.Integer(),
    onHandAfter: Type.Integer(),
    serial: Nullable(Type.String()),
    actorUserId: Nullable(Type.String()),
    at: Instant,
  },
  { $id: 'SpareMovement' },
);

export const MovementQuery = Type.Object({ locationId: Type.Optional(Id) }, { additionalProperties: false });

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
    serials: Type.Array(Type.String(), { description: 'A serialised item: the serials of the units available here.' }),
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
    unitId: Nullable(Type.String({ description: 'A serialised item’s unit; for a loaner, the one that must come back.' })),
    serial: Nullable(Type.String({ description: 'That unit’s serial.' })),
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
    unitId: Type.Optional({ ...Id, description: 'A serialised item: the unit (else the first in stock at the location, by serial).' }),
  },
  { additionalProperties: false },
);

export const MoveBody = Type.Object(
  {
    move: Type.Union([Type.Literal('hand_out'), Type.Literal('return'), Type.Literal('cancel')], { description: '`hand_out`: a loaner goes out (due back at `dueAt`), a spare is used. `return`: a loaner is back. `cancel`: the reservation is dropped.' }),
    dueAt: Type.Optional({ ...Instant, description: 'Hand-out of a loaner: when it is due back; past it, a ticket opens.' }),
    locationId: Type.Optional({ ...Id, description: 'Return: the location it goes back to (default: where it came from).' }),
    serial: Type.Optional({ ...Serial, description: 'Return of a serialised loaner: the serial of the unit brought back; only the unit lent closes the loan.' }),
    recordAsset: Type.Optional(Type.Boolean({ description: 'Hand-out of a serialised spare for good: record the unit as an asset of the ticket’s client (its site and person), attached to the ticket.' })),
  },
  { additionalProperties: false },
);
