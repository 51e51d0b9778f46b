import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { TARGETS } from '../../../test/api/endpoints.js';

/**
 * Closing an incident properly (issue 12, item 6): resolving the parent resolves the children with
 * the closing update, except those kept open with a reason (whose own ladders run again); the
 * review is drafted from the event log with each client's impact in covered minutes, edited by a
 * person, and its action items are tracked to done and listed on each affected client's page.
 */
describe.each(DIALECTS)('resolving an incident on %s', (dialect) => {
  let t: TestApp;
  let service: string;
  let third: string;
  const tech = () => t.world.tokens.technician;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    third = (await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Charlie Dental', timeZone: 'Europe/London' })).body.id;
    // Client a is covered around the clock; b and Charlie have no contract.
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body.id;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'Europe/London', preset: '24x7' })).body.id;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed 24x7', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] });
    await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Business-critical on call',
      match: { trigger: 'created', businessCritical: true },
      steps: [{ delayMinutes: 0, delayKind: 'wall', targets: [{ type: 'user', userId: t.world.staffIds.technician }] }],
    });
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: t.world.a.id, criticality: 'critical', workaroundSteps: ['Hand out laptops', 'Print order forms'] });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: t.world.b.id, criticality: 'normal' });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: third, criticality: 'critical' });
  });
  afterAll(async () => t?.close());

  it('resolves the children with the closing update, keeps one open with its reason, and drafts the review', async () => {
    const declared = (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind Cloud outage', summary: 'Their data centre is down.' })).body;
    const child = (org: string) => declared.children.find((c: any) => c.organizationId === org);
    t.clock.advance(30 * 60_000);
    await t.call(tech(), 'PATCH', `/api/v1/incidents/${declared.id}/children/${t.world.a.id}`, { workaroundState: 'in_place', stepsDone: [0] });
    t.clock.advance(90 * 60_000);

    // Refusals first: a client that is no child, and one named twice.
    const stranger = await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Back up', keepOpen: [{ organizationId: 'nobody', reason: 'x' }] });
    expect(stranger.body).toMatchObject({ code: 'not_a_child', field: '/keepOpen/0/organizationId' });
    const twice = await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Back up', keepOpen: [{ organizationId: third, reason: 'x' }, { organizationId: third, reason: 'y' }] });
    expect(twice.body).toMatchObject({ code: 'kept_open_twice', field: '/keepOpen/1/organizationId' });

    const resolved = await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Northwind is back; your desktops work again.', keepOpen: [{ organizationId: third, reason: 'Their profiles need restoring' }] });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedAt: t.clock.iso() });
    for (const org of [t.world.a.id, t.world.b.id]) {
      const ticket = (await t.call(tech(), 'GET', `/api/v1/tickets/${child(org).ticket.id}`)).body;
      expect(ticket.status).toBe('resolved');
      const messages = (await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/messages`)).body.items;
      expect(messages.at(-1)).toMatchObject({ kind: 'reply', body: 'Northwind is back; your desktops work again.' });
    }
    // The one kept open is let go: still open, its ladder climbing again.
    const kept = resolved.body.children.find((c: any) => c.organizationId === third);
    expect(kept).toMatchObject({ releasedAt: t.clock.iso(), releaseReason: 'Their profiles need restoring', ticket: { status: 'new' } });
    const ladders = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${kept.ticket.id}/escalations`)).body.items;
    expect(ladders.map((l: any) => l.state)).toEqual(['ended', 'active']);

    const again = await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Again' });
    expect(again).toMatchObject({ status: 409, body: { code: 'incident_resolved' } });

    const review = (await t.call(tech(), 'GET', `/api/v1/incidents/${declared.id}/review`)).body;
    expect(review.version).toBe(1);
    expect(review.body).toContain('# Post-incident review: Northwind Cloud outage');
    expect(review.body).toContain('declared the incident for 3 clients');
    expect(review.body).toContain('alpha Ltd workaround in place, 1/2 steps done');
    expect(review.body).toContain('Charlie Dental kept open: Their profiles need restoring');
    // Two hours declared to resolved: all of them covered for a; b has no contract.
    expect(review.body).toContain('| alpha Ltd | critical | 120 | in place | 1/2 |');
    expect(review.body).toContain('| bravo Ltd | normal | no contract | not started | 0/0 |');
    expect(review.bodyHtml).toContain('<h2>Timeline</h2>');
  });

  it('lets a person edit the review, sanitised, and tracks action items to done on each client’s page', async () => {
    const declared = (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Second outage', summary: 'Down.' })).body;
    const early = await t.call(tech(), 'PUT', `/api/v1/incidents/${declared.id}/review`, { body: 'Too soon', version: 1 });
    expect(early.body.code).toBe('review_not_ready');
    await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Fixed.' });

    const edited = await t.call(tech(), 'PUT', `/api/v1/incidents/${declared.id}/review`, { body: '# What we learnt\n\n<script>alert(1)</script> **Keep spare laptops.**', version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, editedBy: t.world.staffIds.technician });
    expect(edited.body.bodyHtml).toContain('<strong>Keep spare laptops.</strong>');
    expect(edited.body.bodyHtml).not.toContain('<script>');
    const stale = await t.call(tech(), 'PUT', `/api/v1/incidents/${declared.id}/review`, { body: 'Mine', version: 1 });
    expect(stale).toMatchObject({ status: 409, body: { code: 'version_conflict' } });

    const action = await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/actions`, { title: 'Buy two spare laptops for alpha', assigneeId: t.world.staffIds.manager, dueOn: '2026-03-20' });
    expect(action.status).toBe(201);
    expect(action.body).toMatchObject({ title: 'Buy two spare laptops for alpha', assigneeId: t.world.staffIds.manager, dueOn: '2026-03-20', done: false });
    expect((await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/actions`, { title: 'x', assigneeId: 'nobody' })).body).toMatchObject({ code: 'not_found', field: '/assigneeId' });
    const done = await t.call(tech(), 'PATCH', `/api/v1/incidents/${declared.id}/actions/${action.body.id}`, { done: true });
    expect(done.body).toMatchObject({ done: true, doneAt: t.clock.iso(), version: 2 });

    const page = (await t.call(tech(), 'GET', `/api/v1/organizations/${t.world.a.id}/incident-actions`)).body.items;
    expect(page[0]).toMatchObject({ incidentId: declared.id, incidentTitle: 'Second outage', actions: [{ id: action.body.id, done: true }] });
    expect((await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/organizations/${t.world.a.id}/incident-actions`)).status).toBe(403);
    const review = (await t.call(tech(), 'GET', `/api/v1/incidents/${declared.id}/review`)).body;
    expect(review.actions.map((a: any) => a.id)).toEqual([action.body.id]);
  });
});
