/**
 * HTTP of spares and loaners, all for MSP staff: stock locations and items (managers set them up
 * and change them), stock takes and their movements, a serialised item's units, what is available
 * where (an engineer's own van with `mine`, with serials), and a ticket's reservations with their
 * moves.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff } from '../auth/index.js';
import { findTicketForActor } from '../tickets/index.js';
import { countStock } from './count-stock.js';
import { createItem } from './create-item.js';
import { createLocation } from './create-location.js';
import { moveReservation } from './move-reservation.js';
import { reserveSpare } from './reserve-spare.js';
import { isLow } from './spare.js';
import { findItem, findLocation, listItems, listLocations, loansOut, stockView, ticketReservations, type ReservationRecord, type StockView } from './spares.repository.js';
import { CountStockBody, CreateItemBody, CreateLocationBody, LocationQuery, MoveBody, MovementQuery, ReceiveUnitsBody, Reservation, ReserveBody, SpareItem, SpareMovement, SpareUnit, StockLine, StockLocation, StockQuery, UnitQuery, UpdateItemBody, UpdateLocationBody } from './spares.schema.js';
import { findUnit, listMovements, listUnits, unitsInStock, type UnitRecord } from './spare-units.repository.js';
import { receiveUnits } from './receive-units.js';
import { updateItem } from './update-item.js';
import { updateLocation } from './update-location.js';

export interface SpareRoutesDeps {
  db: Db;
  clock: Clock;
}

const line = (s: StockView, serials: string[] = []) => ({ item: s.item, location: s.location, onHand: s.onHand, reserved: s.reserved, available: s.onHand - s.reserved, lowThreshold: s.lowThreshold, low: isLow(s), serials, updatedAt: s.updatedAt });

/** Stock lines with the serials of the units available, for the serialised items among them. */
async function lines(db: Db, views: StockView[]) {
  const units = await unitsInStock(db, [...new Set(views.filter((v) => v.item.serialised).map((v) => v.locationId))]);
  const serials = new Map<string, string[]>();
  for (const u of units) serials.set(`${u.itemId}:${u.locationId}`, [...(serials.get(`${u.itemId}:${u.locationId}`) ?? []), u.serial]);
  return views.map((v) => line(v, serials.get(`${v.itemId}:${v.locationId}`) ?? []));
}

const unit = (u: UnitRecord) => ({ id: u.id, itemId: u.itemId, locationId: u.locationId, serial: u.serial, state: u.state, assetId: u.assetId, updatedAt: u.updatedAt });

export function spareRoutes(app: App, deps: SpareRoutesDeps): void {
  for (const s of [StockLocation, SpareItem, StockLine, Reservation, SpareUnit, SpareMovement]) app.addSchema(s);
  const { db, clock } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Spares and loaners are for MSP staff');
    return actor;
  };
  const manager = (request: FastifyRequest) => {
    const actor = staff(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager sets up stock locations and items');
    return actor;
  };
  const present = async (d: Db, r: ReservationRecord) => ({
    ...r,
    itemName: (await findItem(d, r.itemId))?.name ?? '',
    locationName: (await findLocation(d, r.locationId))?.name ?? '',
    serial: r.unitId === null ? null : ((await findUnit(d, r.unitId))?.serial ?? null),
  });
  const tags = ['spares'];
  const write = <T>(work: (trx: Db) => Promise<T>) => db.transaction().execute(work);

  app.get('/api/v1/stock-locations', {
    schema: { tags, summary: 'Where stock is kept (staff)', querystring: LocationQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('StockLocation')) }, { title: 'StockLocations' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    const actor = staff(request);
    return { items: await listLocations(db, request.query.mine ? { userId: actor.userId } : {}) };
  });

  app.post('/api/v1/stock-locations', {
    schema: { tags, summary: 'Add a stock location: our office, a client’s site, an engineer’s van (managers)', body: CreateLocationBody, response: { 201: Type.Ref('StockLocation'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    manager(request);
    return reply.code(201).send(await write((trx) => createLocation({ db: trx, clock }, request.body)));
  });

  app.patch('/api/v1/stock-locations/:id', {
    schema: { tags, summary: 'Rename, re-site, hand a van to another engineer, archive or restore a stock location (managers)', params: IdParams, body: UpdateLocationBody, response: { 200: Type.Ref('StockLocation'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    manager(request);
    return write((trx) => updateLocation({ db: trx, clock }, request.params.id, request.body));
  });

  app.get('/api/v1/spare-items', {
    schema: { tags, summary: 'The kinds of spare and loaner kept (staff)', response: { 200: Type.Object({ items: Type.Array(Type.Ref('SpareItem')) }, { title: 'SpareItems' }), ...problemResponses(401, 403) } },
  }, async (request) => {
    staff(request);
    return { items: await listItems(db) };
  });

  app.post('/api/v1/spare-items', {
    schema: { tags, summary: 'Add a kind of spare or loaner (managers)', body: CreateItemBody, response: { 201: Type.Ref('SpareItem'), ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    manager(request);
    return reply.code(201).send(await write((trx) => createItem({ db: trx, clock }, request.body)));
  });

  app.patch('/api/v1/spare-items/:id', {
    schema: { tags, summary: 'Rename an item or change its kind or model (managers)', params: IdParams, body: UpdateItemBody, response: { 200: Type.Ref('SpareItem'), ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    manager(request);
    return write((trx) => updateItem({ db: trx, clock }, request.params.id, request.body));
  });

  app.post('/api/v1/spare-items/:id/units', {
    schema: {
      tags,
      summary: 'Receive units of a serialised item at a location, each by its serial (staff)',
      description: 'A serial the item already has is 409 `serial_taken` on its place in `serials`; an item kept by count is 422 `not_serialised`.',
      params: IdParams,
      body: ReceiveUnitsBody,
      response: { 201: Type.Object({ items: Type.Array(Type.Ref('SpareUnit')) }, { title: 'SpareUnitsReceived' }), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = staff(request);
    const units = await write((trx) => receiveUnits({ db: trx, clock }, actor.userId, request.params.id, request.body));
    return reply.code(201).send({ items: units.map(unit) });
  });

  app.get('/api/v1/spare-items/:id/units', {
    schema: { tags, summary: 'A serialised item’s units by serial: where each is and whether it is in stock, reserved, out or used (staff)', params: IdParams, querystring: UnitQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('SpareUnit')) }, { title: 'SpareUnits' }), ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    staff(request);
    if (!(await findItem(db, request.params.id))) throw notFound('Spare item');
    return { items: (await listUnits(db, { itemId: request.params.id, ...request.query })).map(unit) };
  });

  app.get('/api/v1/spare-items/:id/movements', {
    schema: { tags, summary: 'What changed an item’s stock — stock takes’ differences, units received — latest first (staff)', params: IdParams, querystring: MovementQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('SpareMovement')) }, { title: 'SpareMovements' }), ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    staff(request);
    if (!(await findItem(db, request.params.id))) throw notFound('Spare item');
    return { items: await listMovements(db, request.params.id, request.query) };
  });

  app.post('/api/v1/spare-items/:id/stock', {
    schema: { tags, summary: 'A stock take: how many a location holds, and its low-stock threshold (staff)', params: IdParams, body: CountStockBody, response: { 200: Type.Ref('StockLine'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    const actor = staff(request);
    await write((trx) => countStock({ db: trx, clock }, actor.userId, request.params.id, request.body));
    const [view] = await lines(db, await stockView(db, { itemId: request.params.id, locationId: request.body.locationId }));
    return view;
  });

  app.get('/api/v1/spares/stock', {
    schema: { tags, summary: 'What is available where, by location (staff)', description: '`mine=true`: the caller’s own van(s) — the on-call engineer’s view.', querystring: StockQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('StockLine')) }, { title: 'Stock' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    const actor = staff(request);
    const { mine, ...filter } = request.query;
    return { items: await lines(db, await stockView(db, { ...filter, ...(mine ? { userId: actor.userId } : {}) })) };
  });

  app.get('/api/v1/spares/loans', {
    schema: { tags, summary: 'Loaners out now, soonest due first (staff)', description: '`mine=true`: those lent from the caller’s own van(s).', querystring: LocationQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('SpareReservation')) }, { title: 'SpareLoans' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    const actor = staff(request);
    const loans = await loansOut(db, request.query.mine ? { userId: actor.userId } : {});
    return { items: await Promise.all(loans.map((r) => present(db, r))) };
  });

  const ticketOf = async (request: FastifyRequest) => {
    const ticket = await findTicketForActor(db, staff(request), (request.params as { id: string }).id);
    if (!ticket) throw notFound('Ticket');
    return ticket;
  };

  app.get('/api/v1/tickets/:id/spare-reservations', {
    schema: { tags: [...tags, 'tickets'], summary: 'A ticket’s spares and loaners (staff)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('SpareReservation')) }, { title: 'SpareReservations' }), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const ticket = await ticketOf(request);
    return { items: await Promise.all((await ticketReservations(db, ticket.id)).map((r) => present(db, r))) };
  });

  app.post('/api/v1/tickets/:id/spare-reservations', {
    schema: { tags: [...tags, 'tickets'], summary: 'Reserve a spare or loaner for a ticket (staff)', params: IdParams, body: ReserveBody, response: { 201: Type.Ref('SpareReservation'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const ticket = await ticketOf(request);
    const made = await write((trx) => reserveSpare({ db: trx, clock }, actor, ticket, request.body));
    return reply.code(201).send(await present(db, made));
  });

  app.post('/api/v1/spare-reservations/:id/move', {
    schema: { tags, summary: 'Hand out, return or cancel a reservation (staff)', params: IdParams, body: MoveBody, response: { 200: Type.Ref('SpareReservation'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = staff(request);
    const moved = await write((trx) => moveReservation({ db: trx, clock }, actor, request.params.id, request.body));
    return present(db, moved);
  });
}
