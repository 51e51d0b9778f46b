import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

const HOUR = 3_600_000;

/** Editing and archiving backup jobs on both databases: optimistic concurrency, the deadline following, archived jobs out of the score. */
describe.each(DIALECTS)('editing and archiving backup jobs on %s', (dialect) => {
  let t: TestApp;
  const runEngine = () => t.sb.engine!.engine.runOnce();
  const jobs = async (organizationId: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs?organizationId=${organizationId}`)).body.items;
  const edit = (id: string, body: unknown, token = t.world.tokens.manager) => t.call(token, 'PATCH', `/api/v1/backup-jobs/${id}`, body);
  const archive = (id: string, body: unknown, token = t.world.tokens.manager) => t.call(token, 'POST', `/api/v1/backup-jobs/${id}/archive`, body);
  const deadline = async (id: string) => t.sb.database.db.selectFrom('deadlines').selectAll().where('id', '=', `backups.stale:${id}`).executeTakeFirstOrThrow();
  const create = async (organizationId: string, body: Record<string, unknown>) => {
    const r = await t.call(t.world.tokens.manager, 'POST', '/api/v1/backup-jobs', { organizationId, product: 'veeam', rpoHours: 24, ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const readiness = async (organizationId: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/clients/${organizationId}/readiness`)).body;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('edits a job over the version read, moves its staleness deadline, and refuses a stale version or bad input', async () => {
    const made = await create(t.world.a.id, { name: 'Nightly SQL', everyHours: 24 });
    const edited = await edit(made.id, { version: made.version, name: 'Nightly SQL (new host)', rpoHours: 48, dailyAt: '22:30', graceMinutes: 0, acceptUnauthenticated: true, reportFrom: 'Veeam@Alpha.example' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Nightly SQL (new host)', rpoHours: 48, everyHours: null, dailyAt: '22:30', graceMinutes: 0, acceptUnauthenticated: true, reportFrom: 'veeam@alpha.example', version: made.version + 1 });
    expect(edited.body.staleAt).toBe(new Date(t.clock.now() + 48 * HOUR).toISOString());
    expect((await deadline(made.id)).due_at).toBe(edited.body.staleAt);
    // A colleague still holding the first version does not overwrite the edit.
    expect((await edit(made.id, { version: made.version, rpoHours: 12 })).body).toMatchObject({ status: 409, code: 'version_conflict', field: '/version' });
    expect((await edit(made.id, { version: edited.body.version, everyHours: 4, dailyAt: '22:00' })).body).toMatchObject({ status: 422, code: 'one_schedule', field: '/dailyAt' });
    expect((await edit(made.id, { version: edited.body.version, subjectPattern: 'no placeholder' })).body).toMatchObject({ status: 422, code: 'pattern_needs_status', field: '/subjectPattern' });
    expect((await edit(made.id, { version: edited.body.version, rpoHours: 0 })).body).toMatchObject({ status: 400, field: '/rpoHours' });
    expect((await edit(made.id, { rpoHours: 12 })).body).toMatchObject({ status: 400, field: '/version' });
    expect((await edit('no-such-job', { version: 1 })).status).toBe(404);
    expect((await edit(made.id, { version: edited.body.version, rpoHours: 12 }, t.world.tokens.technician)).status).toBe(403);
    // Clearing: null takes the schedule and the report address away.
    const cleared = await edit(made.id, { version: edited.body.version, dailyAt: null, reportFrom: null });
    expect(cleared.body).toMatchObject({ everyHours: null, dailyAt: null, reportFrom: null, name: 'Nightly SQL (new host)' });
  });

  it('archives a job: its deadline stops, it leaves the list and the readiness score, and takes no more results', async () => {
    const made = await create(t.world.b.id, { name: 'Old NAS', rpoHours: 4, graceMinutes: 0 });
    t.clock.advance(5 * HOUR);
    expect((await readiness(t.world.b.id)).reasons.map((r: any) => r.code)).toContain('backup_stale');
    const [listed] = await jobs(t.world.b.id);
    expect((await archive(made.id, { version: listed.version + 1 })).body).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((await archive(made.id, { version: listed.version }, t.world.tokens.technician)).status).toBe(403);
    const archived = await archive(made.id, { version: listed.version });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(archived.body.archivedAt).toBe(t.clock.iso());
    expect(await deadline(made.id)).toMatchObject({ outcome: 'cancelled', done_at: expect.any(String) });
    await runEngine();
    const tickets = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets?organizationId=${t.world.b.id}&limit=100`)).body.items;
    expect(tickets.filter((x: any) => x.tags.includes('backup'))).toEqual([]);
    expect(await jobs(t.world.b.id)).toEqual([]);
    const codes = (await readiness(t.world.b.id)).reasons.map((r: any) => r.code);
    expect(codes).toContain('no_backup_jobs');
    expect(codes).not.toContain('backup_stale');
    expect((await t.call(made.token, 'POST', '/api/v1/backups/report', { status: 'success' })).body).toMatchObject({ status: 409, code: 'job_archived' });
    expect((await archive(made.id, { version: archived.body.version })).body).toMatchObject({ status: 409, code: 'job_archived' });
    expect((await edit(made.id, { version: archived.body.version, rpoHours: 8 })).body).toMatchObject({ status: 409, code: 'job_archived' });
  });
});
