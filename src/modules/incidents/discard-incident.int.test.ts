import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import type { StaffActor } from '../auth/index.js';
import { declareIncident } from './declare-incident.js';

/**
 * Discarding a declaration that died between chunks (ADR 0017): refused while it may still be
 * running and for an incident that is not declaring; then the incident is `discarded`, its children
 * written so far are let go (their tickets stay), and a retry with its key does not revive it.
 */
describe.each(DIALECTS)('discarding an unfinished declaration on %s', (dialect) => {
  let t: TestApp;
  let service: string;
  const tech = () => t.world.tokens.technician;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    for (const org of [t.world.a.id, t.world.b.id]) await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: org });
  });
  afterAll(async () => t?.close());

  it('discards a declaration that died, letting its children go, and keeps a retry from reviving it', async () => {
    const actor: StaffActor = { kind: 'staff', userId: t.world.staffIds.technician, name: 'Technician', email: 'tech@msp.example', role: 'technician', tier: 1, teamId: null };
    const input = { actor, serviceIds: [service], title: 'Died midway', summary: 'Chunk by chunk', key: { key: `discard-${dialect}`, hash: 'h' } };
    const deps = { db: t.sb.database.db, dialect, clock: t.clock, chunkSize: 1 };
    await expect(declareIncident({ ...deps, publish: () => { throw new Error('killed'); } }, input)).rejects.toThrow('killed');
    const died = (await t.call(tech(), 'GET', '/api/v1/incidents')).body.items.find((i: any) => i.title === 'Died midway');
    expect(died.status).toBe('declaring');

    const discard = (id: string) => t.call(tech(), 'POST', `/api/v1/incidents/${id}/discard`, { reason: 'Declared again by hand' });
    expect((await discard(died.id)).body).toMatchObject({ status: 409, code: 'declaration_in_progress' });
    t.clock.advance(61_000);
    const discarded = await discard(died.id);
    expect(discarded.status, JSON.stringify(discarded.body)).toBe(200);
    expect(discarded.body.status).toBe('discarded');
    expect(discarded.body.children).toHaveLength(1);
    expect(discarded.body.children[0]).toMatchObject({ releasedAt: t.clock.iso(), releaseReason: 'Declared again by hand' });
    // The child's ticket stays, an ordinary ticket of its client.
    expect((await t.call(tech(), 'GET', `/api/v1/tickets/${discarded.body.children[0].ticket.id}`)).status).toBe(200);

    expect((await discard(died.id)).body).toMatchObject({ status: 409, code: 'incident_not_declaring' });
    await expect(declareIncident({ ...deps, publish: () => undefined }, input)).rejects.toMatchObject({ code: 'incident_discarded' });
    expect((await t.call(tech(), 'POST', `/api/v1/incidents/${died.id}/updates`, { body: 'x' })).body.code).toBe('incident_discarded');
    expect((await t.call(tech(), 'POST', `/api/v1/incidents/${died.id}/resolve`, { note: 'x' })).body.code).toBe('incident_discarded');
    // An open incident is not a declaration to discard.
    const open = (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Fine', summary: 'Whole' })).body;
    expect((await discard(open.id)).body).toMatchObject({ status: 409, code: 'incident_not_declaring' });
  });
});
