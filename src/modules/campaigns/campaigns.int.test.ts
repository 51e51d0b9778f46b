import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { slaFixtures } from '../../../test/api/endpoints.js';

const HOME_WORKING = 'campaign-template-home-working';
const CSV = [
  'name,email,phone,site,notes',
  'alpha Alice,alpha.0@example.com,,,already a contact',
  'Hana Home,hana@alpha.example,+1 312 555 0142,home,',
  'Sam Site,sam@alpha.example,,alpha HQ,',
  ',nobody@alpha.example,,,',
  'Wes Wrong,wes@alpha.example,,Narnia office,',
  'Pat Phone,pat@alpha.example,12,home,',
].join('\n');

/** Rollout campaigns on both databases: templates, a campaign from CSV, bulk assignment, steps, progress, coverage and the portal. */
describe.each(DIALECTS)('rollout campaigns on %s', (dialect) => {
  let t: TestApp;
  let campaign: string;
  const tech = () => t.world.tokens.technician;
  const people = async () => (await t.call(tech(), 'GET', `/api/v1/campaigns/${campaign}/people`)).body.items as any[];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const made = await t.call(tech(), 'POST', '/api/v1/campaigns', { organizationId: t.world.a.id, templateId: HOME_WORKING, name: 'Everyone home', dueOn: '2026-03-20' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    campaign = made.body.id;
  });
  afterAll(async () => t?.close());

  it('seeds the home-working checklist and adds templates for one client or all, managers only', async () => {
    const templates = (await t.call(tech(), 'GET', '/api/v1/campaign-templates')).body.items;
    expect(templates.find((x: any) => x.id === HOME_WORKING).steps.map((s: any) => s.title)).toEqual([
      'VPN installed and connecting', 'Connectivity check (home broadband speed and stability)', 'Printing at home or to the office',
      'Access to the specialist software on the office servers', 'Phone forwarding to mobile or softphone',
    ]);
    const body = { name: 'Bravo laptops', organizationId: t.world.b.id, steps: [{ title: 'Image laptop', workType: 'project' }, { title: 'Hand over' }] };
    expect((await t.call(tech(), 'POST', '/api/v1/campaign-templates', body)).status).toBe(403);
    const bravo = await t.call(t.world.tokens.manager, 'POST', '/api/v1/campaign-templates', body);
    expect(bravo.status).toBe(201);
    expect(bravo.body.steps).toEqual([{ position: 1, title: 'Image laptop', workType: 'project' }, { position: 2, title: 'Hand over', workType: null }]);
    const forAlpha = (await t.call(tech(), 'GET', `/api/v1/campaign-templates?organizationId=${t.world.a.id}`)).body.items.map((x: any) => x.id);
    expect(forAlpha).toContain(HOME_WORKING);
    expect(forAlpha).not.toContain(bravo.body.id);
    const other = await t.call(tech(), 'POST', '/api/v1/campaigns', { organizationId: t.world.a.id, templateId: bravo.body.id, name: 'x', dueOn: '2026-03-20' });
    expect(other.body).toMatchObject({ status: 422, code: 'template_other_client', field: '/templateId' });
    expect((await t.call(t.world.tokens.manager, 'POST', '/api/v1/campaign-templates', { ...body, organizationId: 'no-such-org' })).body).toMatchObject({ status: 404, field: '/organizationId' });
  });

  it('previews a CSV with every invalid row by line and column, then imports the valid rows as contacts with a checklist each', async () => {
    const preview = await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/people/import`, { csv: CSV });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.applied).toBe(false);
    expect(preview.body.rows.map((r: any) => [r.row, r.action, r.location, r.siteName])).toEqual([
      [2, 'match_contact', 'site', 'alpha HQ'],
      [3, 'create_contact', 'home', null],
      [4, 'create_contact', 'site', 'alpha HQ'],
    ]);
    expect(preview.body.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([[5, 'name', 'required'], [6, 'site', 'unknown_site'], [7, 'phone', 'invalid_phone']]);
    expect(await people()).toEqual([]);

    const applied = (await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/people/import`, { csv: CSV, apply: true })).body;
    expect(applied).toMatchObject({ applied: true, added: 3 });
    expect(applied.problems).toHaveLength(3);
    const list = await people();
    expect(list.map((p) => [p.name, p.location, p.steps.length, p.status])).toEqual([
      ['alpha Alice', 'site', 5, 'not_started'], ['Hana Home', 'home', 5, 'not_started'], ['Sam Site', 'site', 5, 'not_started'],
    ]);
    expect(list[0].contactId).toBe(t.world.a.contactId);
    // No contract yet: everything is chargeable, and says why.
    expect(list[1].steps[0]).toMatchObject({ state: 'open', coverage: 'chargeable', reason: 'no active contract' });
    const hana = (await t.call(tech(), 'GET', `/api/v1/contacts/${list[1].contactId}`)).body;
    expect(hana).toMatchObject({ organizationId: t.world.a.id, workLocation: 'home', emails: ['hana@alpha.example'] });

    // The same file again adds nobody twice.
    const again = (await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/people/import`, { csv: CSV, apply: true })).body;
    expect(again.added).toBe(0);
    expect(again.rows.map((r: any) => r.action)).toEqual(['already_in_campaign', 'already_in_campaign', 'already_in_campaign']);
    expect(await people()).toHaveLength(3);
  });

  it('refuses a file it cannot read with a code and field', async () => {
    expect((await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/people/import`, { csv: 'email\nx@y.z' })).body).toMatchObject({ status: 422, code: 'csv_header', field: '/csv' });
    expect((await t.call(tech(), 'POST', '/api/v1/campaigns/no-such-campaign/people/import', { csv: CSV })).status).toBe(404);
  });

  it('marks a home worker’s steps chargeable under a premises-only contract, and site work covered', async () => {
    const { contract } = await slaFixtures(t, t.world.a.id);
    const terms = {
      kind: 'managed', flatFee: null, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }], afterHoursPercent: 150,
      minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: null, workTypes: null, remote: true, homeWorkers: false },
    };
    expect((await t.call(t.world.tokens.owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms)).status).toBe(200);
    const [alice, hana] = await people();
    expect(hana.steps.map((s: any) => [s.coverage, s.reason])).toEqual(Array(5).fill(['chargeable', 'home worker; contract covers premises only']));
    expect(alice.steps.every((s: any) => s.coverage === 'covered' && s.reason === 'covered by the managed contract')).toBe(true);
  });

  it('assigns people in bulk by filter and by id, and refuses strangers', async () => {
    const w = t.world;
    const home = await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/assign`, { assigneeId: w.staffIds.technician, filter: { location: 'home' } });
    expect(home.body).toEqual({ assigned: 1 });
    const rest = await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/assign`, { assigneeId: w.staffIds.manager, filter: { unassigned: true } });
    expect(rest.body).toEqual({ assigned: 2 });
    const [alice] = await people();
    expect((await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/assign`, { assigneeId: w.staffIds.technician, personIds: [alice.id, 'stranger'] })).body).toMatchObject({ status: 404, field: '/personIds/1' });
    expect((await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/assign`, { assigneeId: 'no-such-user', personIds: [alice.id] })).body).toMatchObject({ status: 422, code: 'invalid_assignee', field: '/assigneeId' });
    expect((await t.call(tech(), 'POST', `/api/v1/campaigns/${campaign}/assign`, { assigneeId: w.staffIds.technician, personIds: [alice.id] })).body).toEqual({ assigned: 1 });
    expect((await people()).map((p) => p.assigneeName)).toEqual(['The technician', 'The technician', 'The service_manager']);
  });

  it('ticks steps done, blocked with a note or not needed, and shows progress per step, per technician and the blockers', async () => {
    const [alice, hana, sam] = await people();
    const mark = (id: string, body: unknown) => t.call(tech(), 'POST', `/api/v1/campaign-people/${id}/steps`, body);
    expect((await mark(hana.id, { position: 1, state: 'blocked' })).body).toMatchObject({ status: 422, code: 'note_required', field: '/note' });
    expect((await mark(hana.id, { position: 9, state: 'done' })).body).toMatchObject({ status: 422, code: 'unknown_step', field: '/position' });
    expect((await mark('nobody', { position: 1, state: 'done' })).status).toBe(404);
    for (const position of [1, 2, 3, 4, 5]) expect((await mark(alice.id, { position, state: position === 3 ? 'not_needed' : 'done' })).status).toBe(200);
    await mark(hana.id, { position: 1, state: 'done' });
    await mark(hana.id, { position: 2, state: 'blocked', note: 'Broadband not installed until Friday' });
    await mark(sam.id, { position: 1, state: 'done' });

    const view = (await t.call(tech(), 'GET', `/api/v1/campaigns/${campaign}`)).body;
    expect(view).toMatchObject({ people: 3, progress: { finished: 7, total: 15, blocked: 1, percent: 46 } });
    expect(view.steps.map((s: any) => [s.position, s.finished, s.blocked, s.total])).toEqual([[1, 3, 0, 3], [2, 1, 1, 3], [3, 1, 0, 3], [4, 1, 0, 3], [5, 1, 0, 3]]);
    expect(view.technicians.map((x: any) => [x.name, x.finished, x.total]).sort()).toEqual([['The service_manager', 1, 5], ['The technician', 6, 10]]);
    expect(view.blockers).toEqual([expect.objectContaining({ personName: 'Hana Home', position: 2, note: 'Broadband not installed until Friday' })]);
    expect((await people()).map((p) => p.status)).toEqual(['complete', 'blocked', 'in_progress']);
  });

  it('shows a client’s administrator the client’s own campaigns without the MSP’s split, and nobody else’s', async () => {
    const w = t.world;
    const own = await t.call(w.a.clientAdminToken, 'GET', `/api/v1/campaigns/${campaign}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: campaign, people: 3, technicians: [], createdBy: null });
    expect(own.body.blockers).toHaveLength(1);
    expect((await t.call(w.a.clientAdminToken, 'GET', '/api/v1/campaigns')).body.items.map((c: any) => c.id)).toEqual([campaign]);
    expect((await t.call(w.b.clientAdminToken, 'GET', `/api/v1/campaigns/${campaign}`)).status).toBe(404);
    expect((await t.call(w.b.clientAdminToken, 'GET', `/api/v1/campaigns?organizationId=${w.a.id}`)).body.items).toEqual([]);
    expect((await t.call(w.a.clientUserToken, 'GET', `/api/v1/campaigns/${campaign}`)).status).toBe(404);
    expect((await t.call(w.a.clientAdminToken, 'GET', `/api/v1/campaigns/${campaign}/people`)).status).toBe(403);
  });
});
