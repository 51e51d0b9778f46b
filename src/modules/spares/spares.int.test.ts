import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Spares and loaners on both databases: stock per location, reservations from tickets, loaners overdue, low stock. */
describe.each(DIALECTS)('spares and loaners on %s', (dialect) => {
  let t: TestApp;
  let office: string;
  let van: string;
  let laptop: string;
  const runEngine = () => t.sb.engine!.engine.runOnce();
  const newTicket = async (subject: string) => (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject })).body;
  const lowPages = async () => (await t.sb.database.db.selectFrom('notifications').select(['subject', 'recipient_user_id']).execute()).filter((n) => n.subject.startsWith('Low stock'));

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const w = t.world;
    const post = async (url: string, body: unknown, token = w.tokens.manager) => {
      const r = await t.call(token, 'POST', url, body);
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      return r.body;
    };
    office = (await post('/api/v1/stock-locations', { name: 'Chicago office', kind: 'office' })).id;
    van = (await post('/api/v1/stock-locations', { name: 'Tech van', kind: 'van', userId: w.staffIds.technician })).id;
    await post('/api/v1/stock-locations', { name: 'Alpha HQ cupboard', kind: 'client_site', organizationId: w.a.id, siteId: w.a.siteId });
    laptop = (await post('/api/v1/spare-items', { name: 'Loaner laptop', kind: 'laptop', model: 'EliteBook 840' })).id;
    await post(`/api/v1/spare-items/${laptop}/stock`, { locationId: office, onHand: 3, lowThreshold: 1 });
    await post(`/api/v1/spare-items/${laptop}/stock`, { locationId: van, onHand: 1 }, w.tokens.technician);
  });
  afterAll(async () => t?.close());

  it('sets up locations with the right owner and refuses bad ones with a code and field', async () => {
    const w = t.world;
    expect((await t.call(w.tokens.manager, 'POST', '/api/v1/stock-locations', { name: 'Van', kind: 'van' })).body).toMatchObject({ status: 422, code: 'user_required', field: '/userId' });
    expect((await t.call(w.tokens.manager, 'POST', '/api/v1/stock-locations', { name: 'Van', kind: 'van', userId: 'no-such-user' })).body).toMatchObject({ status: 404, field: '/userId' });
    expect((await t.call(w.tokens.manager, 'POST', '/api/v1/stock-locations', { name: 'Site', kind: 'client_site', organizationId: w.a.id, siteId: w.b.siteId })).body).toMatchObject({ status: 422, code: 'site_other_client', field: '/siteId' });
    expect((await t.call(w.tokens.manager, 'POST', '/api/v1/stock-locations', { name: 'Office', kind: 'office', userId: w.staffIds.technician })).body).toMatchObject({ status: 422, code: 'van_only', field: '/userId' });
    expect((await t.call(w.tokens.technician, 'POST', '/api/v1/stock-locations', { name: 'Mine', kind: 'office' })).status).toBe(403);
    expect((await t.call(w.a.clientAdminToken, 'GET', '/api/v1/spares/stock')).status).toBe(403);
  });

  it('shows what is available where, and the engineer’s own van with mine', async () => {
    const all = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/spares/stock')).body.items;
    expect(all.map((l: any) => [l.location.name, l.item.name, l.available])).toEqual([['Chicago office', 'Loaner laptop', 3], ['Tech van', 'Loaner laptop', 1]]);
    const mine = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/spares/stock?mine=true')).body.items;
    expect(mine.map((l: any) => l.location.name)).toEqual(['Tech van']);
    expect((await t.call(t.world.tokens.manager, 'GET', '/api/v1/spares/stock?mine=true')).body.items).toEqual([]);
  });

  it('reserves from a ticket, never more than is available, hands a loaner out and takes it back', async () => {
    const tech = t.world.tokens.technician;
    const ticket = await newTicket('Laptop dead, needs a loaner');
    const r = await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/spare-reservations`, { itemId: laptop, locationId: van, loan: true });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ state: 'reserved', itemName: 'Loaner laptop', locationName: 'Tech van', quantity: 1 });
    const again = await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/spare-reservations`, { itemId: laptop, locationId: van, loan: true });
    expect(again.body).toMatchObject({ status: 409, code: 'not_enough_stock', field: '/quantity' });
    expect((await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.body.id}/move`, { move: 'hand_out' })).body).toMatchObject({ status: 422, code: 'due_required', field: '/dueAt' });
    const out = await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.body.id}/move`, { move: 'hand_out', dueAt: '2026-03-05T17:00:00Z' });
    expect(out.body).toMatchObject({ state: 'out', dueAt: '2026-03-05T17:00:00.000Z' });
    expect((await t.call(tech, 'GET', `/api/v1/spares/stock?locationId=${van}`)).body.items[0]).toMatchObject({ onHand: 0, reserved: 0, available: 0 });
    expect((await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.body.id}/move`, { move: 'cancel' })).body).toMatchObject({ status: 409, code: 'invalid_move' });
    const back = await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.body.id}/move`, { move: 'return', locationId: office });
    expect(back.body.state).toBe('returned');
    expect((await t.call(tech, 'GET', `/api/v1/spares/stock?locationId=${office}`)).body.items[0]).toMatchObject({ onHand: 4, available: 4 });
    const events = (await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items.map((e: any) => e.type);
    expect(events).toEqual(expect.arrayContaining(['spares.reserved', 'spares.hand_out', 'spares.return']));
    // The loaner came back: its due time passing opens nothing.
    t.clock.advance(4 * 24 * 3_600_000);
    await runEngine();
    expect((await t.call(tech, 'GET', `/api/v1/tickets?q=overdue`)).body.items).toEqual([]);
  });

  it('opens one ticket for the client when a loaner is not back by its due time', async () => {
    const tech = t.world.tokens.technician;
    const ticket = await newTicket('Screen broken, lend a laptop');
    const due = new Date(t.clock.now() + 2 * 3_600_000).toISOString();
    const r = (await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: true, dueAt: due })).body;
    await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.id}/move`, { move: 'hand_out' });
    t.clock.advance(2 * 3_600_000 - 1_000);
    await runEngine();
    expect((await t.call(tech, 'GET', `/api/v1/spare-reservations/${r.id}/move`)).status).toBe(404);
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/spare-reservations`)).body.items[0].overdueTicketId).toBeNull();
    t.clock.advance(1_000);
    await runEngine();
    await runEngine();
    const [reservation] = (await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/spare-reservations`)).body.items;
    expect((await t.call(tech, 'GET', '/api/v1/spares/loans')).body.items.map((l: any) => [l.id, l.itemName, l.dueAt])).toEqual([[r.id, 'Loaner laptop', due]]);
    expect((await t.call(tech, 'GET', '/api/v1/spares/loans?mine=true')).body.items).toEqual([]);
    expect(reservation.overdueTicketId).toEqual(expect.any(String));
    const overdue = (await t.call(tech, 'GET', `/api/v1/tickets/${reservation.overdueTicketId}`)).body;
    expect(overdue).toMatchObject({ organizationId: t.world.a.id, subject: `Loaner overdue: Loaner laptop lent on ${ticket.number}`, tags: ['loaner', 'overdue'] });
    expect((await t.call(tech, 'GET', '/api/v1/tickets?q=overdue')).body.items).toHaveLength(1);
  });

  it('tells the owners and admins once when stock falls to its threshold, and again after it recovered', async () => {
    const tech = t.world.tokens.technician;
    const before = (await lowPages()).length;
    const available = (await t.call(tech, 'GET', `/api/v1/spares/stock?locationId=${office}`)).body.items[0].available;
    const ticket = await newTicket('Two spares please');
    const take = async () => (await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: false, quantity: 1 })).body;
    for (let i = 0; i < available - 1; i += 1) await take();
    const afterDip = await lowPages();
    expect(afterDip.length).toBeGreaterThan(before);
    expect(new Set(afterDip.slice(before).map((n) => n.recipient_user_id))).toEqual(new Set([t.world.staffIds.owner, t.world.staffIds.admin]));
    expect(afterDip.at(-1)!.subject).toBe('Low stock: Loaner laptop at Chicago office');
    const last = await take();
    expect((await lowPages()).length).toBe(afterDip.length);
    await t.call(tech, 'POST', `/api/v1/spare-reservations/${last.id}/move`, { move: 'cancel' });
    await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/stock`, { locationId: office, onHand: 10 });
    await take();
    expect((await lowPages()).length).toBe(afterDip.length);
    await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/stock`, { locationId: office, onHand: available });
    expect((await lowPages()).length).toBeGreaterThan(afterDip.length);
    expect((await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/stock`, { locationId: office, onHand: 0 })).body).toMatchObject({ status: 422, code: 'below_reserved', field: '/onHand' });
  });
});
