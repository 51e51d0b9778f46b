import { describe, expect, it } from 'vitest';
import { clientOf, senderToken, sourceEntry, type AlertSource } from './alert-source.js';
import type { IncomingAlert } from './alert.js';
import { decideHeartbeat, heartbeatDueAt, heartbeatEntry } from './heartbeat.js';
import { decideSuspicion } from './suspicion.js';

const source: AlertSource = {
  id: 's1', name: 'NOC', format: 'alertmanager', organizationId: null, clientLabel: 'client', clientMap: { alpha: 'org-a' }, fallbackOrganizationId: null,
  severityMap: {}, defaultPriority: 'P3', resolveOnRecovery: true, flapChanges: 4, flapWindowMinutes: 30, enabled: true, tokenPrefix: 'sba_x', version: 1, createdAt: '2026-03-02T00:00:00.000Z', updatedAt: '2026-03-02T00:00:00.000Z',
};
const alert: IncomingAlert = { dedupeKey: 'k', status: 'firing', severity: 'critical', summary: 's', detail: '', host: null, check: null, signature: 'sig', clientValue: 'alpha', clientPointer: '/alerts/0/labels/client' };

describe('which client an alert is for', () => {
  it('is the source’s own client, else the mapped one, else the fallback, else refused naming the field', () => {
    expect(clientOf({ ...source, organizationId: 'org-z' }, alert)).toBe('org-z');
    expect(clientOf(source, alert)).toBe('org-a');
    expect(clientOf({ ...source, fallbackOrganizationId: 'org-f' }, { ...alert, clientValue: 'beta' })).toBe('org-f');
    expect(() => clientOf(source, { ...alert, clientValue: null })).toThrow(expect.objectContaining({ code: 'unknown_client', status: 422, field: '/alerts/0/labels/client' }));
  });

  it('keeps the same key of two clients apart', () => {
    const map = { ...source, clientMap: { alpha: 'org-a', bravo: 'org-b' } };
    expect(sourceEntry(map, 'Alertmanager', 'alertmanager', alert).foldKey).not.toBe(sourceEntry(map, 'Alertmanager', 'alertmanager', { ...alert, clientValue: 'bravo' }).foldKey);
    expect(sourceEntry(map, 'Alertmanager', 'alertmanager', alert)).toMatchObject({ foldKey: 's1/org-a/k', priority: 'P1', tags: ['monitoring', 'alertmanager'] });
  });
});

describe('the token of an inbound request', () => {
  it('is the bearer token, or the password of HTTP Basic', () => {
    expect(senderToken('Bearer sba_abc')).toBe('sba_abc');
    expect(senderToken(`Basic ${Buffer.from('any:sba_abc').toString('base64')}`)).toBe('sba_abc');
    expect(senderToken(`Basic ${Buffer.from('no-password:').toString('base64')}`)).toBeUndefined();
    expect(senderToken('Token sba_abc')).toBeUndefined();
    expect(senderToken(undefined)).toBeUndefined();
  });
});

describe('a heartbeat check’s deadline', () => {
  const check = { id: 'h1', organizationId: 'org-a', name: 'Backup', intervalMinutes: 60, graceMinutes: 5, priority: 'P2' as const, resolveOnRecovery: true, enabled: true, tokenPrefix: 'sbh_x', lastPingAt: '2026-03-02T10:00:00.000Z', lastStatus: 'success', version: 1, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' };
  const due = Date.parse('2026-03-02T11:05:00.000Z');

  it('falls due at the last report plus interval and grace (or the creation, before any report)', () => {
    expect(heartbeatDueAt(check)).toBe(due);
    expect(heartbeatDueAt({ ...check, lastPingAt: null })).toBe(Date.parse('2026-03-01T01:05:00.000Z'));
  });

  it('waits until then, then finds the job silent once', () => {
    expect(decideHeartbeat(check, false, due - 1)).toEqual({ action: 'wait', until: due });
    expect(decideHeartbeat(check, false, due)).toEqual({ action: 'silent', since: Date.parse(check.lastPingAt) });
    expect(decideHeartbeat(check, true, due)).toEqual({ action: 'drop', reason: 'already_firing' });
    expect(decideHeartbeat({ ...check, enabled: false }, false, due)).toEqual({ action: 'drop', reason: 'disabled' });
    expect(decideHeartbeat(undefined, false, due)).toEqual({ action: 'drop', reason: 'heartbeat_gone' });
  });

  it('folds a silence, a failure and a recovery as one alert of the check', () => {
    const silent = heartbeatEntry(check, 'silent', null, due);
    expect(silent).toMatchObject({ foldKey: 'heartbeat/h1', priority: 'P2', alert: { status: 'firing', summary: 'Heartbeat "Backup" is silent', signature: 'heartbeat:backup' } });
    expect(heartbeatEntry(check, 'failure', 'disk full', due).alert).toMatchObject({ status: 'firing', detail: expect.stringContaining('disk full') });
    expect(heartbeatEntry(check, 'recovered', null, due).foldKey).toBe(silent.foldKey);
  });
});

describe('suspecting an incident', () => {
  const rules = { minClients: 3, windowMs: 15 * 60_000 };
  it('proposes from the threshold, joins an open proposal, and replaces one whose window passed long ago', () => {
    expect(decideSuspicion(2, null, rules, 0)).toBe('none');
    expect(decideSuspicion(3, null, rules, 0)).toBe('propose');
    expect(decideSuspicion(1, { lastAlertAt: -60_000 }, rules, 0)).toBe('join');
    expect(decideSuspicion(3, { lastAlertAt: -16 * 60_000 }, rules, 0)).toBe('replace');
    expect(decideSuspicion(1, { lastAlertAt: -16 * 60_000 }, rules, 0)).toBe('none');
  });
});
