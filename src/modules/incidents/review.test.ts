import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from './incident.js';
import { draftReview, duration } from './review.js';

const incident: IncidentRecord = {
  id: 'i1', title: 'Cloud *down*', summary: 'All <b>gone</b>', status: 'resolved', declaredBy: 'u1', declaredAt: '2026-03-02T14:00:00.000Z', clientCount: 1,
  vendorTicket: '', vendorContact: '', vendorPromisedAt: null, resolvedAt: '2026-03-02T16:05:00.000Z', resolvedBy: 'u1', version: 3, createdAt: '2026-03-02T14:00:00.000Z', updatedAt: '2026-03-02T16:05:00.000Z',
};

describe('the review draft', () => {
  it('says durations in hours and minutes', () => {
    expect([duration(0), duration(45), duration(60), duration(125)]).toEqual(['0 min', '45 min', '1 h', '2 h 5 min']);
  });

  it('keeps titles, notes and names as text rather than markup of their own', () => {
    const draft = draftReview({
      incident,
      events: [{ id: 'e1', incidentId: 'i1', type: 'resolved', organizationId: null, actorUserId: 'u1', data: { note: 'ok | <img src=x>', resolved: 1, keptOpen: 0 }, at: incident.resolvedAt! }],
      clients: [{ name: 'A|B', criticality: 'high', coveredMinutes: 30, workaroundState: 'blocked', stepsDone: 0, steps: 2, released: '' }],
      people: new Map([['u1', 'Dana']]),
      clientNames: new Map(),
    });
    expect(draft).toContain('# Post-incident review: Cloud \\*down\\*');
    expect(draft).toContain('Declared 2026-03-02 14:00 UTC, resolved 2026-03-02 16:05 UTC — 2 h 5 min in all, 1 clients affected');
    expect(draft).toContain('- 2026-03-02 16:05 UTC — Dana resolved');
    expect(draft).toContain('Dana resolved the incident (1 child tickets resolved, 0 kept open): “ok \\| \\<img src=x\\>”');
    expect(draft).toContain('| A\\|B | high | 30 | blocked | 0/2 |  |');
  });
});
