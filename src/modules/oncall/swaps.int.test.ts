import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

const BASE = '/api/v1/oncall/schedules';

/** Two engineers trade shifts: one request, two overrides, all or nothing. */
describe.each(DIALECTS)('on-call swaps on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let ids: TestApp['world']['staffIds'];
  let deskId: string;
  // A daily rotation in New York from Monday 2 March 2026, 09:00: owner, manager, technician.
  const monday = { startAt: '2026-03-02T09:00:00-05:00', endAt: '2026-03-03T09:00:00-05:00' };
  const tuesday = { startAt: '2026-03-03T09:00:00-05:00', endAt: '2026-03-04T09:00:00-05:00' };
  const shifts = async () =>
    (await t.call(owner, 'GET', `${BASE}/${deskId}/shifts?from=2026-03-02T14:00:00Z&to=2026-03-04T14:00:00Z`)).body.items.map((s: any) => [s.start, s.userId, s.source]);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    ids = t.world.staffIds;
    const r = await t.call(owner, 'POST', BASE, { name: 'Desk', timeZone: 'America/New_York', layers: [{ participants: [ids.owner, ids.manager, ids.technician], shiftLength: 1, shiftUnit: 'days', handoffTime: '09:00', anchorDate: '2026-03-02' }] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    deskId = r.body.id;
  });
  afterAll(async () => t?.close());

  it('trades two shifts as two replacing overrides', async () => {
    expect(await shifts()).toEqual([['2026-03-02T14:00:00.000Z', ids.owner, 'rotation'], ['2026-03-03T14:00:00.000Z', ids.manager, 'rotation']]);
    const r = await t.call(t.world.tokens.manager, 'POST', `${BASE}/${deskId}/swaps`, { first: { userId: ids.owner, ...monday }, second: { userId: ids.manager, ...tuesday }, reason: 'Dentist on Monday' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.items.map((o: any) => [o.userName, o.replacesUserName, o.startAt, o.reason])).toEqual([
      ['The service_manager', 'The owner', '2026-03-02T14:00:00.000Z', 'Dentist on Monday'],
      ['The owner', 'The service_manager', '2026-03-03T14:00:00.000Z', 'Dentist on Monday'],
    ]);
    expect(await shifts()).toEqual([['2026-03-02T14:00:00.000Z', ids.manager, 'override'], ['2026-03-03T14:00:00.000Z', ids.owner, 'override']]);
    for (const o of r.body.items) expect((await t.call(owner, 'DELETE', `${BASE}/${deskId}/overrides/${o.id}`)).status).toBe(204);
  });

  it('refuses a bad half, naming it, and stores neither', async () => {
    const backwards = await t.call(owner, 'POST', `${BASE}/${deskId}/swaps`, { first: { userId: ids.owner, ...monday }, second: { userId: ids.manager, startAt: tuesday.endAt, endAt: tuesday.startAt } });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ code: 'oncall_override_ends_before_start', field: '/second/endAt' });
    const unknown = await t.call(owner, 'POST', `${BASE}/${deskId}/swaps`, { first: { userId: 'nobody-at-all', ...monday }, second: { userId: ids.manager, ...tuesday } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.field).toBe('/first/userId');
    const self = await t.call(owner, 'POST', `${BASE}/${deskId}/swaps`, { first: { userId: ids.owner, ...monday }, second: { userId: ids.owner, ...tuesday } });
    expect(self.body).toMatchObject({ code: 'oncall_override_replaces_self', field: '/second/userId' });
    expect((await t.call(owner, 'GET', `${BASE}/${deskId}`)).body.overrides).toEqual([]);
    expect(await shifts()).toEqual([['2026-03-02T14:00:00.000Z', ids.owner, 'rotation'], ['2026-03-03T14:00:00.000Z', ids.manager, 'rotation']]);
  });

  it('lets only owners, admins and service managers swap', async () => {
    const r = await t.call(t.world.tokens.technician, 'POST', `${BASE}/${deskId}/swaps`, { first: { userId: ids.owner, ...monday }, second: { userId: ids.technician, ...tuesday } });
    expect(r.status).toBe(403);
  });
});
