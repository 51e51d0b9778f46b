/**
 * HTTP of spares and loaners, all for MSP staff: stock locations and items (managers set them up),
 * stock takes, what is available where (an engineer's own van with `mine`), and a ticket's
 * reservations with their moves.
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
import { CountStockBody, CreateItemBody, CreateLocationBody, LocationQuery, MoveBody, Reservation, ReserveBody, SpareItem, StockLine, StockLocation, StockQuery } from './spares.schema.js';

export interface SpareRoutesDeps {
  db: Db;
  clock: Clock;
}

const line = (s: StockView) => ({ item: s.item, location: s.location, onHand: s.onHand, reserved: s.reserved, available: s.onHand - s.reserved, lowThreshold: s.lowThreshold, low: isLow(s), updatedAt: s.updatedAt });

export function spareRoutes(app: App, deps: SpareRoutesDeps): void {
  for (const s of [StockLocation, SpareItem, StockLine, Reservation]) app.addSchema(s);
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
  const present = async (d: Db, r: ReservationRecord) => ({ ...r, itemName: (await findItem(d, r.itemId))?.name ?? '', locationName: (await findLocation(d, r.locationId))?.name ?? '' });
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

  app.post('/api/v1/spare-items/:id/stock', {
    schema: { tags, summary: 'A stock take: how many a location holds, and its low-stock threshold (staff)', params: IdParams, body: CountStockBody, response: { 200: Type.Ref('StockLine'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    staff(request);
    await write((trx) => countStock({ db: trx, clock }, request.params.id, request.body));
    const [view] = await stockView(db, { itemId: request.params.id, locationId: request.body.locationId });
    return line(view);
  });

  app.get('/api/v1/spares/stock', {
    schema: { tags, summary: 'What is available where, by location (staff)', description: '`mine=true`: the caller’s own van(s) — the on-call engineer’s view.', querystring: StockQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('StockLine')) }, { title: 'Stock' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    const actor = staff(request);
    const { mine, ...filter } = request.query;
    return { items: (await stockView(db, { ...filter, ...(mine ? { userId: actor.userId } : {}) })).map(line) };
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
