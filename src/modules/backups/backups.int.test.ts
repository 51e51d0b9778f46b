import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

const HOUR = 3_600_000;

/** Backup jobs on both databases: results by webhook, stale and failed backups as tickets on engine deadlines. */
describe.each(DIALECTS)('backup jobs on %s', (dialect) => {
  let t: TestApp;
  const runEngine = () => t.sb.engine!.engine.runOnce();
  const report = (token: string, body: unknown) => t.call(token, 'POST', '/api/v1/backups/report', body);
  const job = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs?organizationId=${t.world.a.id}`)).body.items.find((j: any) => j.id === id);
  const ticket = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${id}`)).body;
  const description = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${id}/messages`)).body.items[0].body as string;
  const backupTickets = async () => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets?organizationId=${t.world.a.id}&limit=100`)).body.items.filter((x: any) => x.tags.includes('backup'));
  const create = async (body: Record<string, unknown>) => {
    const r = await t.call(t.world.tokens.manager, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, product: 'veeam', rpoHours: 24, ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('sets up a job for staff only, with its token once, and refuses bad input with a code and field', async () => {
    const made = await create({ name: 'Nightly SQL', protects: 'SQL01', everyHours: 24 });
    expect(made).toMatchObject({ name: 'Nightly SQL', state: 'waiting', lastSuccessAt: null, webhookPath: '/api/v1/backups/report', reportName: 'Nightly SQL' });
    expect(made.token).toMatch(/^sbk_/);
    expect(made.staleAt).toBe(new Date(t.clock.now() + 25 * HOUR).toISOString());
    const bad = (body: unknown) => t.call(t.world.tokens.manager, 'POST', '/api/v1/backup-jobs', body);
    expect((await bad({ organizationId: t.world.a.id, name: 'x', product: 'veeam', rpoHours: 24, everyHours: 4, dailyAt: '22:00' })).body).toMatchObject({ status: 422, code: 'one_schedule', field: '/dailyAt' });
    expect((await bad({ organizationId: t.world.a.id, name: 'x', product: 'veeam', rpoHours: 24, dailyAt: '25:00' })).body).toMatchObject({ status: 400, field: '/dailyAt' });
    expect((await bad({ organizationId: 'no-such-org', name: 'x', product: 'veeam', rpoHours: 24 })).body).toMatchObject({ status: 404, field: '/organizationId' });
    expect((await bad({ organizationId: t.world.a.id, name: 'x', product: 'tape', rpoHours: 24 })).body).toMatchObject({ status: 400, field: '/product' });
    expect((await bad({ organizationId: t.world.a.id, name: 'x', product: 'veeam', rpoHours: 24, subjectPattern: 'no placeholder' })).body).toMatchObject({ status: 422, code: 'pattern_needs_status', field: '/subjectPattern' });
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, name: 'x', product: 'veeam', rpoHours: 24 })).status).toBe(403);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/backup-jobs')).status).toBe(403);
  });

  it('takes results by webhook with the job’s own token only', async () => {
    const made = await create({ name: 'File server' });
    expect((await report('sbk_not-a-token', { status: 'success' })).body).toMatchObject({ status: 401, code: 'invalid_token' });
    expect((await t.call(null, 'POST', '/api/v1/backups/report', { status: 'success' })).status).toBe(401);
    expect((await report(made.token, { status: 'done' })).body).toMatchObject({ status: 400, field: '/status' });
    const future = new Date(t.clock.now() + 2 * HOUR).toISOString();
    expect((await report(made.token, { status: 'success', finishedAt: future })).body).toMatchObject({ status: 422, code: 'finished_in_future', field: '/finishedAt' });
    const finishedAt = new Date(t.clock.now() - 10 * 60_000).toISOString();
    const r = await report(made.token, { status: 'success', finishedAt, sizeBytes: 12_000_000_000, message: '3 machines' });
    expect(r.body).toMatchObject({ jobId: made.id, lastSuccessAt: finishedAt, state: 'ok', ticket: 'none' });
    expect(r.body.staleAt).toBe(new Date(Date.parse(finishedAt) + 25 * HOUR).toISOString());
    const results = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs/${made.id}/results`)).body.items;
    expect(results).toEqual([expect.objectContaining({ status: 'success', sizeBytes: 12_000_000_000, message: '3 machines', source: 'webhook' })]);
  });

  it('opens one ticket when a backup goes stale, at the right time, and resolves it on the next success', async () => {
    const made = await create({ name: 'Exchange', rpoHours: 12, graceMinutes: 30 });
    await report(made.token, { status: 'success' });
    t.clock.advance(12.5 * HOUR - 1_000);
    await runEngine();
    expect((await job(made.id)).ticketId).toBeNull();
    t.clock.advance(1_000);
    await runEngine();
    await runEngine();
    const stale = await job(made.id);
    expect(stale.state).toBe('stale');
    expect(stale.ticketId).toEqual(expect.any(String));
    const opened = await ticket(stale.ticketId);
    expect(opened).toMatchObject({ subject: 'Backup stale: Exchange', tags: ['backup', 'stale'], organizationId: t.world.a.id, priority: 'P2' });
    expect(await description(stale.ticketId)).toContain(`Last success: ${stale.lastSuccessAt}`);
    expect((await backupTickets()).filter((x: any) => x.subject === 'Backup stale: Exchange')).toHaveLength(1);
    const back = await report(made.token, { status: 'success' });
    expect(back.body).toMatchObject({ state: 'ok', ticket: 'resolved' });
    expect((await ticket(stale.ticketId)).status).toBe('resolved');
    expect((await job(made.id)).ticketId).toBeNull();
    const events = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${stale.ticketId}/events`)).body.items.map((e: any) => e.type);
    expect(events).toContain('backups.succeeded');
  });

  it('opens a ticket at once for a failure, notes further failures on it, and only notes a success when told not to resolve', async () => {
    const made = await create({ name: 'Hyper-V hosts', resolveOnSuccess: false });
    const first = await report(made.token, { status: 'failed', message: 'Disk full on repository' });
    expect(first.body).toMatchObject({ state: 'failed', ticket: 'opened' });
    const { ticketId } = await job(made.id);
    expect(await ticket(ticketId)).toMatchObject({ subject: 'Backup failed: Hyper-V hosts', tags: ['backup', 'failed'] });
    expect(await description(ticketId)).toContain('Disk full on repository');
    expect((await report(made.token, { status: 'failed' })).body.ticket).toBe('noted');
    expect((await report(made.token, { status: 'success' })).body).toMatchObject({ state: 'ok', ticket: 'noted' });
    expect((await report(made.token, { status: 'warning' })).body).toMatchObject({ state: 'warning', ticket: 'none' });
    expect((await ticket(ticketId)).status).not.toBe('resolved');
    expect((await backupTickets()).filter((x: any) => x.subject === 'Backup failed: Hyper-V hosts')).toHaveLength(1);
    // The stale deadline finds the job's ticket still open: no second ticket.
    t.clock.advance(26 * HOUR);
    await runEngine();
    expect((await backupTickets()).filter((x: any) => x.subject.endsWith('Hyper-V hosts'))).toHaveLength(1);
  });

  it('re-arms a job whose stale ticket a person resolved while it is still stale: a new ticket one RPO later', async () => {
    const made = await create({ name: 'CRM database', rpoHours: 8, graceMinutes: 0 });
    const staleTickets = async () => (await backupTickets()).filter((x: any) => x.subject === 'Backup stale: CRM database');
    t.clock.advance(8 * HOUR);
    await runEngine();
    const [first] = await staleTickets();
    expect(first).toBeDefined();
    // Someone resolves it without the backup having run.
    t.clock.advance(HOUR);
    const resolved = await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${first.id}`, { status: 'resolved' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(await job(made.id)).toMatchObject({ state: 'stale', ticketId: null });
    // Later changes to the resolved ticket move nothing.
    t.clock.advance(HOUR);
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${first.id}`, { status: 'closed' });
    t.clock.advance(7 * HOUR - 1_000);
    await runEngine();
    expect(await staleTickets()).toHaveLength(1);
    t.clock.advance(1_000);
    await runEngine();
    const now = await staleTickets();
    expect(now).toHaveLength(2);
    expect((await job(made.id)).ticketId).toBe(now.find((x: any) => x.id !== first.id).id);
  });
});
