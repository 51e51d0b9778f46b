import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Serialised spares on both databases: units by serial, a unit reserved from a ticket, the last unit raced for, the lent unit returned. */
describe.each(DIALECTS)('serialised spares on %s', (dialect) => {
  let t: TestApp;
  let office: string;
  let van: string;
  let laptop: string;
  const newTicket = async (subject: string) => (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject })).body;
  const units = async () => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/spare-items/${laptop}/units`)).body.items.map((u: any) => [u.serial, u.state, u.locationId]);
  const stockAt = async (locationId: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/spares/stock?locationId=${locationId}&itemId=${laptop}`)).body.items[0];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const w = t.world;
    office = (await t.call(w.tokens.manager, 'POST', '/api/v1/stock-locations', { name: 'Office', kind: 'office' })).body.id;
    van = (await t.call(w.tokens.manager, 'POST', '/api/v1/stock-locations', { name: 'Tech van', kind: 'van', userId: w.staffIds.technician })).body.id;
    const item = await t.call(w.tokens.manager, 'POST', '/api/v1/spare-items', { name: 'Loaner laptop', kind: 'laptop', serialised: true });
    expect(item.body.serialised).toBe(true);
    laptop = item.body.id;
  });
  afterAll(async () => t?.close());

  it('receives units by serial: the stock is their count, a repeated serial is refused, and a count cannot invent units', async () => {
    const tech = t.world.tokens.technician;
    const received = await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/units`, { locationId: office, serials: ['LT-003', 'LT-001', 'LT-002'] });
    expect(received.status).toBe(201);
    expect(received.body.items.map((u: any) => u.state)).toEqual(['in_stock', 'in_stock', 'in_stock']);
    expect(await stockAt(office)).toMatchObject({ onHand: 3, available: 3, serials: ['LT-001', 'LT-002', 'LT-003'] });
    expect((await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/units`, { locationId: van, serials: ['LT-009', 'LT-002'] })).body).toMatchObject({ status: 409, code: 'serial_taken', field: '/serials/1' });
    expect((await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/units`, { locationId: van, serials: ['LT-009', 'LT-009'] })).body).toMatchObject({ status: 409, code: 'serial_taken', field: '/serials/1' });
    expect((await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/stock`, { locationId: office, onHand: 5 })).body).toMatchObject({ status: 422, code: 'count_units', field: '/onHand' });
    expect((await t.call(tech, 'POST', `/api/v1/spare-items/${laptop}/stock`, { locationId: office, onHand: 3, lowThreshold: 1 })).body).toMatchObject({ onHand: 3, lowThreshold: 1 });
    const moves = (await t.call(tech, 'GET', `/api/v1/spare-items/${laptop}/movements`)).body.items;
    expect(moves.filter((m: any) => m.reason === 'received').map((m: any) => m.serial).sort()).toEqual(['LT-001', 'LT-002', 'LT-003']);
  });

  it('reserves the unit a ticket names, or the first in stock, and refuses a unit already taken', async () => {
    const tech = t.world.tokens.technician;
    const [first, second] = [await newTicket('Laptop for the new starter'), await newTicket('Spare laptop for reception')];
    const lt3 = (await t.call(tech, 'GET', `/api/v1/spare-items/${laptop}/units?state=in_stock`)).body.items.find((u: any) => u.serial === 'LT-003');
    const named = await t.call(tech, 'POST', `/api/v1/tickets/${first.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: true, unitId: lt3.id });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ unitId: lt3.id, serial: 'LT-003', state: 'reserved' });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${second.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: true, unitId: lt3.id })).body).toMatchObject({ status: 409, code: 'unit_not_available', field: '/unitId' });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${second.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: false, quantity: 2 })).body).toMatchObject({ status: 422, code: 'one_unit', field: '/quantity' });
    const any = await t.call(tech, 'POST', `/api/v1/tickets/${second.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: false });
    expect(any.body).toMatchObject({ serial: 'LT-001', state: 'reserved' });
    expect(await stockAt(office)).toMatchObject({ onHand: 3, reserved: 2, available: 1, serials: ['LT-002'] });
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${first.id}/spare-reservations`)).body.items.map((r: any) => r.serial)).toEqual(['LT-003']);
    await t.call(tech, 'POST', `/api/v1/spare-reservations/${named.body.id}/move`, { move: 'cancel' });
    await t.call(tech, 'POST', `/api/v1/spare-reservations/${any.body.id}/move`, { move: 'hand_out' });
    expect(await units()).toEqual([['LT-001', 'used', office], ['LT-002', 'in_stock', office], ['LT-003', 'in_stock', office]]);
    expect(await stockAt(office)).toMatchObject({ onHand: 2, reserved: 0, serials: ['LT-002', 'LT-003'] });
  });

  it('lets one of two technicians racing for the last unit have it, and tells the other 409', async () => {
    const w = t.world;
    await t.call(w.tokens.technician, 'POST', `/api/v1/spare-items/${laptop}/units`, { locationId: van, serials: ['LT-100'] });
    const [a, b] = [await newTicket('Race A'), await newTicket('Race B')];
    const answers = await Promise.all([
      t.call(w.tokens.technician, 'POST', `/api/v1/tickets/${a.id}/spare-reservations`, { itemId: laptop, locationId: van, loan: true }),
      t.call(w.tokens.manager, 'POST', `/api/v1/tickets/${b.id}/spare-reservations`, { itemId: laptop, locationId: van, loan: true }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)!.body).toMatchObject({ code: 'not_enough_stock', field: '/quantity' });
    expect(answers.find((r) => r.status === 201)!.body.serial).toBe('LT-100');
    expect(await stockAt(van)).toMatchObject({ onHand: 1, reserved: 1, available: 0, serials: [] });
    expect((await t.call(w.tokens.technician, 'GET', `/api/v1/spare-items/${laptop}/units?locationId=${van}&state=reserved`)).body.items.map((u: any) => u.serial)).toEqual(['LT-100']);
  });

  it('closes a loan only when the unit lent comes back, to the location it is returned to', async () => {
    const tech = t.world.tokens.technician;
    const ticket = await newTicket('Loaner while the laptop is repaired');
    const r = (await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: true })).body;
    expect(r.serial).toBe('LT-002');
    const due = new Date(t.clock.now() + 86_400_000).toISOString();
    expect((await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.id}/move`, { move: 'hand_out', dueAt: due })).body.state).toBe('out');
    expect(await units()).toContainEqual(['LT-002', 'out', office]);
    const move = (body: Record<string, unknown>) => t.call(tech, 'POST', `/api/v1/spare-reservations/${r.id}/move`, { move: 'return', ...body });
    expect((await move({})).body).toMatchObject({ status: 422, code: 'serial_required', field: '/serial' });
    expect((await move({ serial: 'LT-003' })).body).toMatchObject({ status: 422, code: 'wrong_unit', field: '/serial' });
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/spare-reservations`)).body.items[0].state).toBe('out');
    const back = await move({ serial: 'lt-002', locationId: van });
    expect(back.body).toMatchObject({ state: 'returned', serial: 'LT-002' });
    expect(await units()).toContainEqual(['LT-002', 'in_stock', van]);
    expect((await t.call(tech, 'GET', '/api/v1/spares/stock?mine=true')).body.items.find((l: any) => l.item.id === laptop)).toMatchObject({ onHand: 2, available: 1, serials: ['LT-002'] });
  });

  it('records a unit fitted for good as an asset of the ticket’s client, with its person, attached to the ticket', async () => {
    const tech = t.world.tokens.technician;
    const ticket = await newTicket('Laptop beyond repair: swap it for good');
    const r = (await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/spare-reservations`, { itemId: laptop, locationId: office, loan: false })).body;
    expect(r.serial).toBe('LT-003');
    expect((await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.id}/move`, { move: 'cancel', recordAsset: true })).body).toMatchObject({ status: 422, code: 'fitted_unit_only', field: '/recordAsset' });
    expect((await t.call(tech, 'POST', `/api/v1/spare-reservations/${r.id}/move`, { move: 'hand_out', recordAsset: true })).body.state).toBe('used');
    const [unit] = (await t.call(tech, 'GET', `/api/v1/spare-items/${laptop}/units?state=used`)).body.items.filter((u: any) => u.serial === 'LT-003');
    expect(unit.assetId).toEqual(expect.any(String));
    const attached = (await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/assets`)).body.items.map((i: any) => i.asset);
    expect(attached).toMatchObject([{ id: unit.assetId, organizationId: t.world.a.id, contactId: t.world.a.contactId, kind: 'laptop', name: 'Loaner laptop', serial: 'LT-003' }]);
  });
});
