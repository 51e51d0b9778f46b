import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * One page for many (issue 12, item 5): declaring an incident pages on-call once, naming every
 * client hit, and the children's own ladders are held — none of their steps fires — until the
 * incident lets a child go.
 */
describe.each(DIALECTS)('an incident pages once on %s', (dialect) => {
  let t: TestApp;
  let service: string;
  let third: string;
  const notifications = () => t.sb.database.db.selectFrom('notifications').selectAll().orderBy('created_at').execute();
  const run = async (minutes: number) => {
    t.clock.advance(minutes * 60_000);
    await t.sb.engine!.engine.runOnce();
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    third = (await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Charlie Dental', timeZone: 'Europe/London' })).body.id;
    const policy = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Business-critical on call',
      match: { trigger: 'created', businessCritical: true },
      steps: [
        { delayMinutes: 0, delayKind: 'wall', targets: [{ type: 'user', userId: t.world.staffIds.technician }] },
        { delayMinutes: 10, delayKind: 'wall', targets: [{ type: 'user', userId: t.world.staffIds.manager }] },
      ],
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    for (const org of [t.world.a.id, t.world.b.id, third]) {
      expect((await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: org, purpose: 'desktops', criticality: 'critical' })).status).toBe(201);
    }
  });
  afterAll(async () => t?.close());

  it('queues one page naming every client, and no child ladder step fires while the incident holds it', async () => {
    const before = (await notifications()).length;
    const declared = await t.call(t.world.tokens.technician, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind Cloud outage', summary: 'Their data centre is down.' });
    expect(declared.status).toBe(201);
    await run(0);
    const pages = (await notifications()).slice(before);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ recipient_user_id: t.world.staffIds.technician, ticket_id: '' });
    expect(pages[0].subject).toBe('Vendor incident: Northwind Cloud outage — 3 clients');
    for (const name of ['alpha Ltd', 'bravo Ltd', 'Charlie Dental']) expect(pages[0].body).toContain(name);

    // Every child climbed the business-critical ladder, and each is held by the incident.
    for (const child of declared.body.children) {
      const ladders = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${child.ticket.id}/escalations`)).body.items;
      expect(ladders.map((l: any) => l.state)).toEqual(['held']);
    }
    // Half an hour on, the ladders' second step (10 minutes) would have paged the manager three times.
    await run(30);
    expect((await notifications()).slice(before)).toHaveLength(1);
  });

  it('lets a detached child’s ladder climb again from its first step', async () => {
    const declared = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind again', summary: 'Down again.' })).body;
    await run(0);
    const before = (await notifications()).length;
    const child = declared.children.find((c: any) => c.organizationId === third);
    const detached = await t.call(t.world.tokens.technician, 'POST', `/api/v1/incidents/${declared.id}/children/${third}/detach`, { reason: 'Their outage is their own router' });
    expect(detached.status).toBe(200);
    expect(detached.body.children.find((c: any) => c.organizationId === third)).toMatchObject({ releasedAt: t.clock.iso(), releaseReason: 'Their outage is their own router' });
    await run(0);
    const pages = (await notifications()).slice(before);
    expect(pages.map((p) => [p.ticket_id, p.recipient_user_id])).toEqual([[child.ticket.id, t.world.staffIds.technician]]);
    // The others stay held.
    const other = declared.children.find((c: any) => c.organizationId !== third);
    const ladders = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${other.ticket.id}/escalations`)).body.items;
    expect(ladders.map((l: any) => l.state)).toEqual(['held']);
    // A second detach is refused.
    expect((await t.call(t.world.tokens.technician, 'POST', `/api/v1/incidents/${declared.id}/children/${third}/detach`, { reason: 'again' })).body.code).toBe('child_released');
  });
});
