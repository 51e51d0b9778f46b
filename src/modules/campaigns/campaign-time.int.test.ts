import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { slaFixtures } from '../../../test/api/endpoints.js';

const HOME_WORKING = 'campaign-template-home-working';
const CHARGEABLE = 'home worker; contract covers premises only';

/**
 * Time on a rollout campaign's people and waiving it as goodwill by campaign (issue 13 item 2,
 * issue 14 item 1), on both databases: one ticket per person, opened with the first time logged;
 * the time priced by the client's premises-only contract; a bulk waive naming the campaign.
 */
describe.each(DIALECTS)('time on a campaign on %s', (dialect) => {
  let t: TestApp;
  let campaign: string;
  let byName: Record<string, any>;
  const tech = () => t.world.tokens.technician;
  const people = async (id = campaign) => (await t.call(tech(), 'GET', `/api/v1/campaigns/${id}/people`)).body.items as any[];
  const log = (personId: string, body: Record<string, unknown>) => t.call(tech(), 'POST', `/api/v1/campaign-people/${personId}/time-entries`, body);
  const waive = (token: string, body: Record<string, unknown>) => t.call(token, 'POST', '/api/v1/billing/waivers', { reason: 'Sent home by the flood', ...body });
  const startCampaign = async (organizationId: string, csv: string) => {
    const id = (await t.call(tech(), 'POST', '/api/v1/campaigns', { organizationId, templateId: HOME_WORKING, name: 'Everyone home', dueOn: '2026-03-20' })).body.id as string;
    expect((await t.call(tech(), 'POST', `/api/v1/campaigns/${id}/people/import`, { csv, apply: true })).body).toMatchObject({ applied: true });
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // 11:00 in Chicago, inside the contract's office hours: no after-hours rate in the figures.
    t.clock.advance(3 * 60 * 60_000);
    const a = t.world.a.id;
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/organizations/${a}`, { accountManagerId: t.world.staffIds.manager })).status).toBe(200);
    const { contract } = await slaFixtures(t, a);
    const terms = {
      kind: 'managed', flatFee: null, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }], afterHoursPercent: 150,
      minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: null, workTypes: null, remote: true, homeWorkers: false },
    };
    expect((await t.call(t.world.tokens.owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms)).status).toBe(200);
    campaign = await startCampaign(a, 'name,email,phone,site,notes\nHana Home,hana@alpha.example,,home,\nSam Site,sam@alpha.example,,alpha HQ,');
    byName = Object.fromEntries((await people()).map((p) => [p.name, p]));
  });
  afterAll(async () => t?.close());

  it('logs time on a person on one ticket opened with the first time, priced by the contract: a home worker’s is chargeable with the reason', async () => {
    const hana = byName['Hana Home'];
    expect(hana).toMatchObject({ ticketId: null, time: { minutes: 0, byClassification: [], reason: null } });
    const first = await log(hana.id, { minutes: 30, position: 1, note: 'Installed the VPN client' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.entry).toMatchObject({ ticketId: first.body.ticketId, minutes: 30, workType: 'support', location: 'home', classification: 'billable', coverage: 'chargeable', reason: CHARGEABLE, note: 'Step 1: VPN installed and connecting — Installed the VPN client', userName: expect.any(String) });
    const second = await log(hana.id, { minutes: 15 });
    expect(second.body.ticketId).toBe(first.body.ticketId);
    const ticket = (await t.call(tech(), 'GET', `/api/v1/tickets/${first.body.ticketId}`)).body;
    expect(ticket).toMatchObject({ organizationId: t.world.a.id, contactId: hana.contactId, subject: 'Home working: Hana Home — Everyone home' });
    const time = (await t.call(tech(), 'GET', `/api/v1/billing/tickets/${first.body.ticketId}/time`)).body.items;
    expect(time.map((e: any) => e.minutes)).toEqual([30, 15]);

    const sam = (await log(byName['Sam Site'].id, { minutes: 20, position: 2 })).body;
    expect(sam.ticketId).not.toBe(first.body.ticketId);
    const grid = Object.fromEntries((await people()).map((p) => [p.name, p]));
    expect(grid['Hana Home']).toMatchObject({ ticketId: first.body.ticketId, time: { minutes: 45, byClassification: [{ classification: 'billable', minutes: 45, valueMinor: 9000, currency: 'USD' }], reason: CHARGEABLE } });
    expect(grid['Sam Site'].time).toMatchObject({ minutes: 20, byClassification: [{ classification: sam.entry.classification, minutes: 20 }] });
    expect(sam.entry.coverage).toBe('covered');
  });

  it('refuses time for a step the campaign lacks, a missing person or bad minutes with a code and field', async () => {
    const hana = byName['Hana Home'].id;
    expect((await log(hana, { minutes: 10, position: 9 })).body).toMatchObject({ status: 422, code: 'unknown_step', field: '/position' });
    expect((await log('no-such-person', { minutes: 10 })).status).toBe(404);
    expect((await log(hana, { minutes: 0 })).body).toMatchObject({ status: 400, field: '/minutes' });
    expect((await t.call(t.world.a.clientAdminToken, 'POST', `/api/v1/campaign-people/${hana}/time-entries`, { minutes: 10 })).status).toBe(403);
  });

  it('waives the billable time on a campaign’s people’s tickets in one go, for the account manager, owner or admin', async () => {
    expect((await waive(t.world.tokens.owner, { campaignId: 'no-such-campaign' })).body).toMatchObject({ status: 404, field: '/campaignId' });
    expect((await waive(t.world.tokens.owner, { campaignId: campaign, incidentId: 'x' })).body).toMatchObject({ status: 400, code: 'one_filter' });
    expect((await waive(tech(), { campaignId: campaign })).status).toBe(403);

    // Another client's campaign: the manager is not its account manager, so nothing of it is waived.
    const bravo = await startCampaign(t.world.b.id, 'name,email,phone,site,notes\nBea Home,bea@bravo.example,,home,');
    const [bea] = await people(bravo);
    expect((await log(bea.id, { minutes: 15 })).body.entry.classification).toBe('billable');
    expect((await waive(t.world.tokens.manager, { campaignId: bravo })).status).toBe(403);
    expect((await people(bravo))[0].time.byClassification).toEqual([expect.objectContaining({ classification: 'billable' })]);

    const done = await waive(t.world.tokens.manager, { campaignId: campaign });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.waived).toBe(2);
    expect(done.body.items.every((e: any) => e.classification === 'goodwill' && e.waiveReason === 'Sent home by the flood' && e.reason === CHARGEABLE)).toBe(true);
    const grid = Object.fromEntries((await people()).map((p) => [p.name, p]));
    expect(grid['Hana Home'].time.byClassification).toEqual([{ classification: 'goodwill', minutes: 45, valueMinor: 9000, currency: 'USD' }]);
    const ledger = (await t.call(t.world.tokens.manager, 'GET', `/api/v1/billing/clients/${t.world.a.id}/goodwill`)).body;
    expect(ledger.lines).toContainEqual(expect.objectContaining({ reason: 'Sent home by the flood', entries: 2, minutes: 45, valueMinor: 9000 }));
    expect((await waive(t.world.tokens.manager, { campaignId: campaign })).body.waived).toBe(0);
    expect((await waive(t.world.tokens.owner, { campaignId: bravo })).body.waived).toBe(1);
  });
});
