import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Restore tests, DR plans and the readiness score on both databases. */
describe.each(DIALECTS)('restore tests, DR plans and readiness on %s', (dialect) => {
  let t: TestApp;
  let job: { id: string; token: string };
  let dependency: string;
  const codes = async (org: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/clients/${org}/readiness`)).body.reasons.map((r: any) => r.code);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Acme Cloud' })).body.id;
    const service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    dependency = (await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: t.world.a.id, criticality: 'high' })).body.id;
    job = (await t.call(owner, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, name: 'Nightly', product: 'acronis', rpoHours: 24 })).body;
  });
  afterAll(async () => t?.close());

  it('scores a client with nothing in place low, with every reason and its points', async () => {
    const r = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/clients/${t.world.a.id}/readiness`)).body;
    expect(r.reasons.map((x: any) => [x.code, x.points])).toEqual([['no_dr_plan', 25], ['no_recent_restore_test', 15], ['backup_never_succeeded', 5], ['dependency_without_fallback', 5]]);
    expect(r.score).toBe(50);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/clients/${t.world.b.id}/readiness`)).body.reasons[0]).toMatchObject({ code: 'no_backup_jobs', points: 30 });
    expect((await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/clients/${t.world.a.id}/readiness`)).status).toBe(403);
  });

  it('lists every client’s readiness in the owner’s reports, lowest first, as JSON and CSV', async () => {
    const rows = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/reports/readiness')).body.items;
    expect(rows.map((r: any) => [r.organizationId, r.score])).toEqual([[t.world.b.id, 30], [t.world.a.id, 50]]);
    expect(rows[0].reasons.map((r: any) => r.code)).toEqual(['no_backup_jobs', 'no_dr_plan', 'no_recent_restore_test']);
    const csv = await t.sb.app.inject({ method: 'GET', url: '/api/v1/reports/readiness?format=csv', headers: { authorization: `Bearer ${t.world.tokens.owner}` } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('client,score,what lowers it');
    expect(csv.body).toContain('No backup jobs are recorded (−30)');
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/reports/readiness')).status).toBe(403);
  });

  it('records restore tests, and a failed latest one lowers the score', async () => {
    const tech = t.world.tokens.technician;
    const ok = await t.call(tech, 'POST', `/api/v1/backup-jobs/${job.id}/restore-tests`, { testedOn: '2026-02-20', result: 'success', durationMinutes: 40, notes: 'Restored the finance share to a sandbox' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ jobName: 'Nightly', testedBy: t.world.staffIds.technician, durationMinutes: 40 });
    expect(await codes(t.world.a.id)).not.toContain('no_recent_restore_test');
    await t.call(tech, 'POST', `/api/v1/backup-jobs/${job.id}/restore-tests`, { testedOn: '2026-03-01', result: 'failed', durationMinutes: 300 });
    expect(await codes(t.world.a.id)).toContain('restore_test_failed');
    expect((await t.call(tech, 'POST', `/api/v1/backup-jobs/${job.id}/restore-tests`, { testedOn: '2026-04-01', result: 'success', durationMinutes: 5 })).body).toMatchObject({ status: 422, code: 'tested_in_future', field: '/testedOn' });
    expect((await t.call(tech, 'POST', `/api/v1/backup-jobs/${job.id}/restore-tests`, { testedOn: '2026-02-30', result: 'success', durationMinutes: 5 })).body).toMatchObject({ status: 400, field: '/testedOn' });
    expect((await t.call(tech, 'POST', '/api/v1/backup-jobs/no-such-job/restore-tests', { testedOn: '2026-03-01', result: 'success', durationMinutes: 5 })).status).toBe(404);
    const list = (await t.call(tech, 'GET', `/api/v1/clients/${t.world.a.id}/restore-tests`)).body.items;
    expect(list.map((x: any) => [x.testedOn, x.result])).toEqual([['2026-03-01', 'failed'], ['2026-02-20', 'success']]);
  });

  it('writes a DR plan with who decides and a fallback per vendor dependency, guarded by its version', async () => {
    const tech = t.world.tokens.technician;
    const empty = (await t.call(tech, 'GET', `/api/v1/clients/${t.world.a.id}/dr-plan`)).body;
    expect(empty).toMatchObject({ version: 0, fallbacks: [{ dependencyId: dependency, dependency: 'Hosted desktops (Acme Cloud)', criticality: 'high', fallback: '' }] });
    const put = (body: unknown) => t.call(tech, 'PUT', `/api/v1/clients/${t.world.a.id}/dr-plan`, body);
    expect((await put({ rtoHours: 8, deciderContactId: t.world.b.contactId })).body).toMatchObject({ status: 422, code: 'contact_other_client', field: '/deciderContactId' });
    expect((await put({ rtoHours: 8, fallbacks: [{ dependencyId: 'no-such-dependency', fallback: 'x' }] })).body).toMatchObject({ status: 422, code: 'dependency_other_client', field: '/fallbacks/0/dependencyId' });
    const saved = await put({ rtoHours: 8, deciderContactId: t.world.a.contactId, fallbacks: [{ dependencyId: dependency, fallback: 'Laptops with local Office, files from OneDrive' }], lastReviewedOn: '2026-02-01', version: 0 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ rtoHours: 8, deciderContactId: t.world.a.contactId, version: 1, lastReviewedOn: '2026-02-01', fallbacks: [{ dependencyId: dependency, fallback: 'Laptops with local Office, files from OneDrive' }] });
    expect((await put({ rtoHours: 4, version: 0 })).body).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((await put({ rtoHours: 4, version: 1 })).body).toMatchObject({ rtoHours: 4, version: 2, deciderContactId: t.world.a.contactId });
    const reasons = await codes(t.world.a.id);
    expect(reasons).not.toContain('no_dr_plan');
    expect(reasons).not.toContain('dependency_without_fallback');
    expect(reasons).not.toContain('no_decider');
    // A year later the review is out of date.
    t.clock.advance(366 * 24 * 3_600_000);
    expect(await codes(t.world.a.id)).toContain('dr_plan_not_reviewed');
  });
});
