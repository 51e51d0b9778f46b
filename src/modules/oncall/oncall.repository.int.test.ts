import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/support/db.js';
import { seedWorld, type World } from '../../../test/support/factories.js';
import { up } from '../../migrations/005-oncall.js';
import { migrations } from '../../migrations/index.js';
import { ManualClock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { addOverride } from './add-override.js';
import { listHandoffs, listShifts } from './list-shifts.js';
import { deleteOverride, findSchedule, overridesBetween } from './oncall.repository.js';
import type { ScheduleBody } from './oncall.schema.js';
import { changeSchedule, createSchedule } from './save-schedule.js';
import { onCallBoard, scheduleExists, whoIsOnCall } from './who-is-on-call.js';

/** The on-call use cases and their SQL on a real database, with the migration run by hand until it is registered. */
describe.each(DIALECTS)('on-call schedules stored on %s', (dialect) => {
  let test: TestDatabase;
  let db: Db;
  let world: World;
  const clock = new ManualClock(Date.parse('2026-03-02T14:00:00.000Z'));
  const deps = () => ({ db, clock });
  const body = (extra: Partial<ScheduleBody> = {}): ScheduleBody => ({
    name: `Desk ${Math.random().toString(36).slice(2)}`,
    timeZone: 'America/New_York',
    layers: [{ participants: [world.staffIds.owner, world.staffIds.manager, world.staffIds.technician], shiftLength: 1, shiftUnit: 'days', handoffTime: '09:00', anchorDate: '2026-03-02' }],
    ...extra,
  });
  const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: unknown) => (e instanceof AppError ? `${e.status} ${e.code} ${e.field ?? ''}`.trim() : String(e)));

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    db = test.database.db;
    if (!migrations.some((m) => m.name.endsWith('-oncall'))) await up(db, dialect);
    world = await seedWorld(db, clock);
  });
  afterAll(async () => test?.drop());

  it('stores a schedule and reads its layers back unchanged', async () => {
    const created = await createSchedule(deps(), body({ name: 'Service desk' }));
    const found = await findSchedule(db, created.id);
    expect(found).toEqual(created);
    expect(found?.layers[0]).toMatchObject({ name: 'Layer 1', restrictions: [], handoffTime: '09:00' });
    expect(await scheduleExists(db, created.id)).toBe(true);
    expect(await scheduleExists(db, 'no-such-schedule')).toBe(false);
  });

  it('tells the paging engine who is on call, by name, and nobody for an unknown schedule', async () => {
    const s = await createSchedule(deps(), body());
    expect(await whoIsOnCall(db, s.id, clock.now())).toEqual([{ userId: world.staffIds.owner, name: 'The owner' }]);
    expect(await whoIsOnCall(db, s.id, Date.parse('2026-03-03T14:00:00Z'))).toEqual([{ userId: world.staffIds.manager, name: 'The service_manager' }]);
    expect(await whoIsOnCall(db, 'no-such-schedule', clock.now())).toEqual([]);
  });

  it('applies overrides read back from the database, normalising their instants, and forgets deleted ones', async () => {
    const s = await createSchedule(deps(), body());
    const o = await addOverride(deps(), s, world.staffIds.owner, { userId: world.staffIds.admin, startAt: '2026-03-02T10:00:00-05:00', endAt: '2026-03-02T12:00:00-05:00', reason: 'Dentist' });
    expect(o).toMatchObject({ startAt: '2026-03-02T15:00:00.000Z', endAt: '2026-03-02T17:00:00.000Z', replacesUserId: null, reason: 'Dentist' });
    expect((await overridesBetween(db, [s.id], '2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z')).map((x) => x.id)).toEqual([o.id]);
    expect(await whoIsOnCall(db, s.id, Date.parse('2026-03-02T16:00:00Z'))).toEqual([{ userId: world.staffIds.admin, name: 'The admin' }]);
    expect(await deleteOverride(db, s.id, o.id)).toBe(true);
    expect(await deleteOverride(db, s.id, o.id)).toBe(false);
    expect((await whoIsOnCall(db, s.id, Date.parse('2026-03-02T16:00:00Z')))[0].userId).toBe(world.staffIds.owner);
  });

  it('lists named shifts across the spring change and the next hand-offs', async () => {
    const s = await createSchedule(deps(), body());
    const shifts = await listShifts(db, s, Date.parse('2026-03-07T14:00:00Z'), Date.parse('2026-03-09T13:00:00Z'));
    expect(shifts.map((x) => [x.start, x.end, x.name, x.layerName])).toEqual([
      ['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', 'The technician', 'Layer 1'],
      ['2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z', 'The owner', 'Layer 1'],
    ]);
    const handoffs = await listHandoffs(db, s, clock.now(), 2);
    expect(handoffs.map((h) => [h.at, h.from?.name, h.to?.name])).toEqual([
      ['2026-03-03T14:00:00.000Z', 'The owner', 'The service_manager'],
      ['2026-03-04T14:00:00.000Z', 'The service_manager', 'The technician'],
    ]);
    const board = await onCallBoard(db, clock.now());
    expect(board.find((b) => b.scheduleId === s.id)).toMatchObject({ onCall: [{ name: 'The owner', source: 'rotation', layer: 0 }], nextHandoff: { at: '2026-03-03T14:00:00.000Z' } });
  });

  it('refuses duplicate names, people who cannot be on call, and a change made on a stale version', async () => {
    const s = await createSchedule(deps(), body({ name: 'Unique' }));
    expect(await codeOf(createSchedule(deps(), body({ name: 'Unique' })))).toBe('409 name_taken /name');
    const client = (await db.selectFrom('users').select('id').where('kind', '=', 'client').executeTakeFirstOrThrow()).id;
    const withClient = body({ layers: [{ ...body().layers[0], participants: [world.staffIds.owner, client] }] });
    expect(await codeOf(createSchedule(deps(), withClient))).toBe('422 oncall_unknown_user /layers/0/participants/1');
    expect(await codeOf(addOverride(deps(), s, world.staffIds.owner, { userId: 'nobody', startAt: '2026-03-02T10:00:00Z', endAt: '2026-03-02T11:00:00Z' }))).toBe('422 oncall_unknown_user /userId');
    const renamed = await changeSchedule(deps(), s, { name: 'Renamed' });
    expect(renamed.version).toBe(2);
    expect(await codeOf(changeSchedule(deps(), s, { name: 'Again' }))).toBe('409 oncall_version_conflict');
  });
});
