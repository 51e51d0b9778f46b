import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * A child ticket's priority raised while the incident owns it (issue 12, item 5): the incident
 * pages for its clients, so the ladder the raise starts is held at once — nothing pages — and the
 * raise is noted on the incident (its log and review). A child the incident let go climbs the new
 * ladder and pages as any ticket.
 */
describe.each(DIALECTS)('a child ticket raised to P1 on %s', (dialect) => {
  let t: TestApp;
  let service: string;
  const notifications = () => t.sb.database.db.selectFrom('notifications').selectAll().execute();
  const run = async (minutes: number) => {
    t.clock.advance(minutes * 60_000);
    await t.sb.engine!.engine.runOnce();
  };
  const ladders = async (ticketId: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticketId}/escalations`)).body.items.map((l: any) => l.state);

  beforeAll(async () => {
    t = await startTestApp(dialect, { roles: 'api,engine' });
    const owner = t.world.tokens.owner;
    const policy = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'P1 on call',
      match: { trigger: 'created', priorities: ['P1'] },
      steps: [{ delayMinutes: 0, delayKind: 'wall', targets: [{ type: 'user', userId: t.world.staffIds.technician }] }],
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    for (const org of [t.world.a.id, t.world.b.id]) await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: org, criticality: 'normal' });
  });
  afterAll(async () => t?.close());

  it('holds the ladder the raise starts, pages nobody, and notes the raise on the incident', async () => {
    const declared = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind down', summary: 'Down.' })).body;
    const child = declared.children.find((c: any) => c.organizationId === t.world.a.id);
    // P3 children climb no ladder: nothing was held and nobody paged at declaration.
    expect(await ladders(child.ticket.id)).toEqual([]);
    await run(0);
    const before = (await notifications()).length;

    const raised = await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${child.ticket.id}`, { priority: 'P1' });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect(await ladders(child.ticket.id)).toEqual(['held']);
    await run(0);
    await run(30);
    expect((await notifications()).slice(before)).toHaveLength(0);
    const events = await t.sb.database.db.selectFrom('incident_events').selectAll().where('incident_id', '=', declared.id).where('type', '=', 'escalation_held').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ organization_id: t.world.a.id });

    // Resolved, the review's timeline says so.
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Back.' });
    const review = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/incidents/${declared.id}/review`)).body;
    expect(review.body).toContain('alpha Ltd’s ticket, now P1, started 1 more escalation ladder(s): held, the incident pages for it.');
  });

  it('lets a child the incident let go page when it is raised', async () => {
    const declared = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind again', summary: 'Down.' })).body;
    const child = declared.children.find((c: any) => c.organizationId === t.world.b.id);
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/incidents/${declared.id}/children/${t.world.b.id}/detach`, { reason: 'Their own router' });
    await run(0);
    const before = (await notifications()).length;
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${child.ticket.id}`, { priority: 'P1' });
    expect(await ladders(child.ticket.id)).toEqual(['active']);
    await run(0);
    expect((await notifications()).slice(before).map((n) => [n.ticket_id, n.recipient_user_id])).toEqual([[child.ticket.id, t.world.staffIds.technician]]);
  });
});
