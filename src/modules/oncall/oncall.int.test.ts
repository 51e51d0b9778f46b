import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

const BASE = '/api/v1/oncall/schedules';
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const win = (startDay: string, startTime: string, endDay: string, endTime: string) => ({ startDay, startTime, endDay, endTime });

/** Scenario: a New York desk with a weekday rotation and a nights-and-weekends layer, through the API. */
describe.each(DIALECTS)('on-call schedules through the API on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let ids: TestApp['world']['staffIds'];
  let deskId: string;
  const layer = (extra: Record<string, unknown> = {}) => ({ participants: [ids.owner, ids.manager, ids.technician], shiftLength: 1, shiftUnit: 'days', handoffTime: '09:00', anchorDate: '2026-03-02', ...extra });
  const create = (body: Record<string, unknown>, token = owner, headers: Record<string, string> = {}) =>
    t.call(token, 'POST', BASE, { name: `Desk ${Math.random().toString(36).slice(2)}`, timeZone: 'America/New_York', layers: [layer()], ...body }, headers);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    ids = t.world.staffIds;
    const nights = win('fri', '18:00', 'mon', '08:00');
    const r = await create({ name: 'NY desk', layers: [layer({ name: 'Days' }), layer({ name: 'Weekends', participants: [ids.admin], restrictions: [nights] })] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    deskId = r.body.id;
  });
  afterAll(async () => t?.close());

  it('creates a schedule that staff can read, with the names of everyone it rotates', async () => {
    const r = await t.call(t.world.tokens.technician, 'GET', `${BASE}/${deskId}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'NY desk', timeZone: 'America/New_York', version: 1, overrides: [] });
    expect(r.body.layers.map((l: any) => l.name)).toEqual(['Days', 'Weekends']);
    expect(r.body.users).toContainEqual({ id: ids.admin, name: 'The admin' });
    const list = await t.call(t.world.tokens.technician, 'GET', BASE);
    expect(list.body.items.map((s: any) => s.id)).toContain(deskId);
  });

  it('lets only owners, admins and service managers write, and clients read nothing', async () => {
    expect((await create({}, t.world.tokens.technician)).status).toBe(403);
    expect((await t.call(t.world.tokens.technician, 'PATCH', `${BASE}/${deskId}`, { name: 'Mine' })).status).toBe(403);
    expect((await create({}, t.world.tokens.manager)).status).toBe(201);
    for (const token of [t.world.a.clientUserToken, t.world.a.clientAdminToken]) {
      for (const url of [BASE, `${BASE}/${deskId}`, `${BASE}/${deskId}/on-call`, '/api/v1/oncall/now']) {
        const r = await t.call(token, 'GET', url);
        expect(r.status, url).toBe(403);
        expect(r.body.code).toBe('forbidden');
      }
    }
  });

  it('answers who is on call now (from the clock) and at an instant, with the layer that put them there', async () => {
    const now = await t.call(owner, 'GET', `${BASE}/${deskId}/on-call`);
    expect(now.body).toEqual({ scheduleId: deskId, at: '2026-03-02T14:00:00.000Z', onCall: [{ userId: ids.owner, name: 'The owner', layer: 0, layerName: 'Days', source: 'rotation', overrideId: null }] });
    const saturday = await t.call(owner, 'GET', `${BASE}/${deskId}/on-call${q({ at: '2026-03-07T12:00:00-05:00' })}`);
    expect(saturday.body.onCall).toMatchObject([{ userId: ids.admin, layerName: 'Weekends' }]);
  });

  it('lists the final shifts across the spring change, 23 hours on the short day', async () => {
    const s = (await create({})).body;
    const r = await t.call(owner, 'GET', `${BASE}/${s.id}/shifts${q({ from: '2026-03-06T09:00:00-05:00', to: '2026-03-09T09:00:00-04:00' })}`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((x: any) => [x.start, x.end, x.name, x.layer, x.source])).toEqual([
      ['2026-03-06T14:00:00.000Z', '2026-03-07T14:00:00.000Z', 'The service_manager', 0, 'rotation'],
      ['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', 'The technician', 0, 'rotation'],
      ['2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z', 'The owner', 0, 'rotation'],
    ]);
    const weekend = await t.call(owner, 'GET', `${BASE}/${deskId}/shifts${q({ from: '2026-03-06T18:00:00-05:00', to: '2026-03-09T08:00:00-04:00' })}`);
    expect(weekend.body.items.map((x: any) => x.layerName)).toEqual(['Weekends']);
    expect((Date.parse(weekend.body.items[0].end) - Date.parse(weekend.body.items[0].start)) / 3_600_000).toBe(61);
  });

  it('refuses shift ranges that are missing, empty, backwards or longer than 62 days', async () => {
    const url = (from: string, to: string) => `${BASE}/${deskId}/shifts${q({ from, to })}`;
    expect((await t.call(owner, 'GET', url('2026-03-01T00:00:00Z', '2026-05-02T00:00:00Z'))).status).toBe(200);
    expect((await t.call(owner, 'GET', url('2026-03-01T00:00:00Z', '2026-05-02T00:00:01Z'))).body).toMatchObject({ status: 400, code: 'oncall_range_too_long', field: '/to' });
    expect((await t.call(owner, 'GET', url('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z'))).body).toMatchObject({ status: 400, code: 'oncall_invalid_period', field: '/to' });
    expect((await t.call(owner, 'GET', url('yesterday', '2026-03-01T00:00:00Z'))).body).toMatchObject({ status: 400, field: '/from' });
    expect((await t.call(owner, 'GET', `${BASE}/${deskId}/shifts${q({ from: '2026-03-01T00:00:00Z' })}`)).body).toMatchObject({ status: 400, code: 'validation_failed', field: '/to' });
  });

  it('names the next hand-offs', async () => {
    const r = await t.call(owner, 'GET', `${BASE}/${deskId}/handoffs?count=3`);
    expect(r.body.items.map((h: any) => [h.at, h.from?.name, h.to?.name])).toEqual([
      ['2026-03-03T14:00:00.000Z', 'The owner', 'The service_manager'],
      ['2026-03-04T14:00:00.000Z', 'The service_manager', 'The technician'],
      ['2026-03-05T14:00:00.000Z', 'The technician', 'The owner'],
    ]);
    expect((await t.call(owner, 'GET', `${BASE}/${deskId}/handoffs?count=0`)).status).toBe(400);
  });

  it('adds overrides and swaps, shows them on the schedule, and removes them', async () => {
    const s = (await create({})).body;
    const cover = await t.call(t.world.tokens.manager, 'POST', `${BASE}/${s.id}/overrides`, { userId: ids.admin, startAt: '2026-03-02T13:00:00Z', endAt: '2026-03-02T15:00:00Z', reason: 'Owner at the dentist' });
    expect(cover.status, JSON.stringify(cover.body)).toBe(201);
    expect(cover.body).toMatchObject({ userName: 'The admin', replacesUserId: null, replacesUserName: null, createdBy: ids.manager });
    expect((await t.call(owner, 'GET', `${BASE}/${s.id}/on-call`)).body.onCall).toMatchObject([{ userId: ids.admin, source: 'override', overrideId: cover.body.id, layer: null }]);
    // The manager (Tuesday) and the technician (Wednesday) swap days.
    const swap = [
      { userId: ids.technician, replacesUserId: ids.manager, startAt: '2026-03-03T14:00:00Z', endAt: '2026-03-04T14:00:00Z' },
      { userId: ids.manager, replacesUserId: ids.technician, startAt: '2026-03-04T14:00:00Z', endAt: '2026-03-05T14:00:00Z' },
    ];
    for (const o of swap) expect((await t.call(owner, 'POST', `${BASE}/${s.id}/overrides`, o)).status).toBe(201);
    const shifts = await t.call(owner, 'GET', `${BASE}/${s.id}/shifts${q({ from: '2026-03-03T14:00:00Z', to: '2026-03-05T14:00:00Z' })}`);
    expect(shifts.body.items.map((x: any) => [x.name, x.source])).toEqual([['The technician', 'override'], ['The service_manager', 'override']]);
    expect((await t.call(owner, 'GET', `${BASE}/${s.id}`)).body.overrides).toHaveLength(3);
    expect((await t.call(owner, 'DELETE', `${BASE}/${s.id}/overrides/${cover.body.id}`)).status).toBe(204);
    expect((await t.call(owner, 'DELETE', `${BASE}/${s.id}/overrides/${cover.body.id}`)).body).toMatchObject({ status: 404, code: 'not_found' });
    expect((await t.call(owner, 'GET', `${BASE}/${s.id}/on-call`)).body.onCall[0].userId).toBe(ids.owner);
  });

  it('shows every schedule on the board: who is on call now and the next hand-off', async () => {
    const r = await t.call(t.world.tokens.technician, 'GET', '/api/v1/oncall/now');
    const desk = r.body.items.find((x: any) => x.scheduleId === deskId);
    expect(desk).toMatchObject({ name: 'NY desk', timeZone: 'America/New_York', onCall: [{ name: 'The owner' }], nextHandoff: { at: '2026-03-03T14:00:00.000Z', to: { name: 'The service_manager' } } });
  });

  it('changes a schedule, bumping its version, and replays a create sent twice with one Idempotency-Key', async () => {
    const r = await t.call(owner, 'PATCH', `${BASE}/${deskId}`, { layers: [layer({ participants: [ids.technician] })] });
    expect(r.body).toMatchObject({ version: 2, users: [{ id: ids.technician, name: 'The technician' }] });
    expect((await t.call(owner, 'GET', `${BASE}/${deskId}/on-call`)).body.onCall[0].userId).toBe(ids.technician);
    const body = { name: 'Replayed', timeZone: 'UTC', layers: [layer()] };
    const first = await t.call(owner, 'POST', BASE, body, { 'idempotency-key': 'oncall-once' });
    const second = await t.call(owner, 'POST', BASE, body, { 'idempotency-key': 'oncall-once' });
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
  });

  it('refuses bad schedules and overrides with a code and the offending field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ layers: [] }, 'oncall_no_layers', '/layers'],
      [{ layers: [layer({ participants: [] })] }, 'oncall_no_participants', '/layers/0/participants'],
      [{ layers: [layer({ handoffTime: '9am' })] }, 'oncall_bad_time', '/layers/0/handoffTime'],
      [{ layers: [layer({ shiftLength: 0 })] }, 'oncall_bad_shift_length', '/layers/0/shiftLength'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'unknown_time_zone', '/timeZone'],
      [{ layers: [layer({ handoffTime: '02:30' })] }, 'oncall_handoff_in_dst_gap', '/layers/0/handoffTime'],
      [{ layers: [layer({ restrictions: [win('mon', '18:00', 'mon', '08:00')] })] }, 'oncall_restriction_ends_before_start', '/layers/0/restrictions/0/endTime'],
      [{ layers: [layer({ participants: [ids.owner, 'nobody'] })] }, 'oncall_unknown_user', '/layers/0/participants/1'],
      [{ layers: [layer({ sneaky: true })] }, 'unknown_field', '/layers/0/sneaky'],
    ];
    for (const [body, code, field] of cases) {
      const r = await create(body);
      expect(r.status, JSON.stringify(body)).toBe(code === 'unknown_field' ? 400 : 422);
      expect(r.body).toMatchObject({ code, field });
    }
    expect((await create({ layers: [layer({ handoffTime: '02:30' })] })).body.detail).toContain('on 2026-03-08');
    const overrides = `${BASE}/${deskId}/overrides`;
    const backwards = await t.call(owner, 'POST', overrides, { userId: ids.admin, startAt: '2026-03-02T15:00:00Z', endAt: '2026-03-02T13:00:00Z' });
    expect(backwards.body).toMatchObject({ status: 422, code: 'oncall_override_ends_before_start', field: '/endAt' });
    const stranger = await t.call(owner, 'POST', overrides, { userId: ids.admin, replacesUserId: 'nobody', startAt: '2026-03-02T13:00:00Z', endAt: '2026-03-02T15:00:00Z' });
    expect(stranger.body).toMatchObject({ status: 422, code: 'oncall_unknown_user', field: '/replacesUserId' });
    for (const url of [`${BASE}/missing`, `${BASE}/missing/on-call`, `${BASE}/missing/handoffs`]) expect((await t.call(owner, 'GET', url)).status).toBe(404);
    expect((await t.call(owner, 'POST', `${BASE}/missing/overrides`, { userId: ids.admin, startAt: '2026-03-02T13:00:00Z', endAt: '2026-03-02T15:00:00Z' })).status).toBe(404);
  });
});
