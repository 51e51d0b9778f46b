import { describe, expect, it } from 'vitest';
import type { Criticality, ServiceDependency } from '../vendors/index.js';
import { childDescription, impactOf, mentionPhrases, priorityFor, updateRecipients, type UpdateContact } from './incident.js';

const dep = (over: Partial<ServiceDependency>): ServiceDependency => ({
  id: 'd', serviceId: 's1', organizationId: 'o1', siteId: null, purpose: '', criticality: 'normal', fallback: '', workaroundSteps: [], notifyContactIds: [], version: 1,
  createdAt: '2026-03-02T14:00:00.000Z', updatedAt: '2026-03-02T14:00:00.000Z', serviceName: 'Hosted desktops', vendorId: 'v', vendorName: 'Northwind Cloud', ...over,
});

describe('impactOf', () => {
  it('groups a client’s dependencies under its worst criticality, worst-hit clients first', () => {
    const impacts = impactOf([
      dep({ id: '1', organizationId: 'b', criticality: 'low' }),
      dep({ id: '2', organizationId: 'a', criticality: 'normal', serviceId: 's1' }),
      dep({ id: '3', organizationId: 'a', criticality: 'critical', serviceId: 's2', serviceName: 'ERP' }),
    ]);
    expect(impacts.map((i) => [i.organizationId, i.criticality])).toEqual([['a', 'critical'], ['b', 'low']]);
    expect(impacts[0].services.map((s) => s.serviceName)).toEqual(['ERP', 'Hosted desktops']);
  });

  it('puts the worst-hit dependency’s fallback and steps first, each once', () => {
    const [impact] = impactOf([
      dep({ id: '1', criticality: 'normal', fallback: 'Laptops', workaroundSteps: ['Hand out laptops', 'Print forms'] }),
      dep({ id: '2', criticality: 'high', fallback: 'Paper', workaroundSteps: ['Print forms', 'Phone orders'] }),
    ]);
    expect(impact.fallbacks).toEqual(['Paper', 'Laptops']);
    expect(impact.workaroundSteps).toEqual(['Print forms', 'Phone orders', 'Hand out laptops']);
  });

  it('names the site only when every dependency of the client names that one site', () => {
    expect(impactOf([dep({ id: '1', siteId: 'x' }), dep({ id: '2', siteId: 'x', serviceId: 's2' })])[0].siteId).toBe('x');
    expect(impactOf([dep({ id: '1', siteId: 'x' }), dep({ id: '2', siteId: null, serviceId: 's2' })])[0].siteId).toBeNull();
    expect(impactOf([dep({ id: '1', siteId: 'x' }), dep({ id: '2', siteId: 'y', serviceId: 's2' })])[0].siteId).toBeNull();
  });
});

describe('child tickets', () => {
  it('take their priority from the criticality', () => {
    const criticalities: Criticality[] = ['critical', 'high', 'normal', 'low'];
    expect(criticalities.map((c) => priorityFor(c))).toEqual(['P1', 'P2', 'P3', 'P4']);
  });

  it('hold the summary, what is hit, the fallback and the checklist to tick', () => {
    const [impact] = impactOf([dep({ purpose: 'line-of-business app', criticality: 'critical', fallback: 'Paper forms', workaroundSteps: ['Print forms', 'Phone orders'] })]);
    expect(childDescription('  Northwind is down.  ', impact)).toBe(
      'Northwind is down.\n\nAffected here:\n- Hosted desktops (Northwind Cloud) — line-of-business app, critical\n\nFallback:\n- Paper forms\n\nWorkaround checklist:\n- [ ] Print forms\n- [ ] Phone orders',
    );
    expect(childDescription('Down', impactOf([dep({})])[0])).toContain('no steps on file');
  });

  it('are offered for open tickets naming the vendor or a service, each phrase once', () => {
    expect(mentionPhrases([{ name: 'Hosted desktops', vendorName: 'Northwind Cloud' }, { name: 'ERP', vendorName: 'Northwind Cloud' }])).toEqual(['Northwind Cloud', 'Hosted desktops', 'ERP']);
  });
});

describe('updateRecipients', () => {
  const person = (id: string, over: Partial<UpdateContact> = {}): UpdateContact => ({ id, name: id, vip: false, emails: [`${id}@client.example`], archivedAt: null, ...over });
  const people = [person('ann', { vip: true }), person('bob'), person('cat'), person('dan', { emails: [] }), person('eve', { archivedAt: '2026-01-01T00:00:00.000Z' })];
  const ids = (to: { contactId: string }[]) => to.map((r) => r.contactId);

  it('tells the people chosen on the client’s dependencies, and nobody else', () => {
    expect(ids(updateRecipients(people, ['bob', 'cat']))).toEqual(['bob', 'cat']);
  });

  it('tells the VIPs when nobody is chosen, and everyone with an address when there are none', () => {
    expect(ids(updateRecipients(people))).toEqual(['ann']);
    expect(ids(updateRecipients(people.map((p) => ({ ...p, vip: false }))))).toEqual(['ann', 'bob', 'cat']);
  });

  it('falls back to the VIPs when none of the chosen can be reached (no address, or archived)', () => {
    expect(ids(updateRecipients(people, ['dan', 'eve']))).toEqual(['ann']);
  });
});
