import { describe, expect, it } from 'vitest';
import { alertmanagerGroup, genericAlert, ninjaCondition, uptimeKuma } from '../../../../test/support/alerts.js';
import { alertmanagerFormat } from './alertmanager.js';
import { genericFormat } from './generic.js';
import { ninjaOneFormat } from './ninjaone.js';
import { uptimeKumaFormat } from './uptime-kuma.js';

describe('the generic format', () => {
  it('takes the key, status, severity and signature as given', () => {
    const { alerts } = genericFormat.read(genericAlert({ status: 'resolved', severity: 'MAJOR', signature: 'vendor:acme-cloud', client: 'alpha' }), 'client');
    expect(alerts).toEqual([expect.objectContaining({ dedupeKey: 'db-01/disk', status: 'resolved', severity: 'major', signature: 'vendor:acme-cloud', clientValue: 'alpha', clientPointer: '/client', host: 'db-01', check: 'disk' })]);
  });

  it('defaults to firing, takes the check as the signature, and finds the client among the labels', () => {
    const [alert] = genericFormat.read({ key: 'k', summary: 'S', check: 'ping', labels: { customer: 'bravo', site: 'hq' } }, 'customer').alerts;
    expect(alert).toMatchObject({ status: 'firing', signature: 'ping', clientValue: 'bravo', clientPointer: '/labels/customer' });
    expect(alert.detail).toContain('site: hq');
  });
});

describe('the Alertmanager format', () => {
  it('reads each alert of a group by fingerprint with its severity, host and alertname', () => {
    const body = alertmanagerGroup('firing', [{ name: 'InstanceDown', instance: 'web:9100', severity: 'warning', fingerprint: 'abc123' }, { name: 'DiskFull', instance: 'db:9100', status: 'resolved' }]);
    const { alerts } = alertmanagerFormat.read(body, 'client');
    expect(alerts.map((a) => [a.dedupeKey, a.status, a.severity, a.host, a.signature])).toEqual([
      ['abc123', 'firing', 'warning', 'web:9100', 'InstanceDown'],
      ['fp-DiskFull-db:9100', 'resolved', 'critical', 'db:9100', 'DiskFull'],
    ]);
    expect(alerts[0].summary).toBe('web:9100 of job node has been down for more than 5 minutes.');
    expect(alerts[1].clientPointer).toBe('/alerts/1/labels/client');
  });

  it('identifies an alert without a fingerprint by its labels, whatever their order', () => {
    const a = alertmanagerFormat.read({ alerts: [{ status: 'firing', labels: { alertname: 'X', instance: 'i' } }] }, 'client').alerts[0];
    const b = alertmanagerFormat.read({ alerts: [{ status: 'firing', labels: { instance: 'i', alertname: 'X' } }] }, 'client').alerts[0];
    expect(a.dedupeKey).toBe(b.dedupeKey);
    expect(a.dedupeKey).toMatch(/^labels:[0-9a-f]{32}$/);
    expect(a.summary).toBe('X on i');
  });

  it('takes the signature label over the alertname, and the client from common labels', () => {
    const body = { ...alertmanagerGroup('firing', [{ name: 'ProbeFailed', instance: 'https://m365' }]), commonLabels: { customer: 'delta' } };
    body.alerts[0].labels = { ...body.alerts[0].labels, signature: 'vendor:microsoft365' } as typeof body.alerts[0]['labels'];
    expect(alertmanagerFormat.read(body, 'customer').alerts[0]).toMatchObject({ signature: 'vendor:microsoft365', clientValue: 'delta' });
  });
});

describe('the Uptime Kuma format', () => {
  it('fires on down and recovers on up, keyed by the monitor id, with the monitored host as signature', () => {
    const down = uptimeKumaFormat.read(uptimeKuma(0, { id: 12, name: 'Shop', url: 'https://Shop.Example.com/health', tags: [{ name: 'client', value: 'alpha' }, { name: 'severity', value: 'critical' }] }), 'client');
    expect(down).toEqual({ ignored: 0, alerts: [expect.objectContaining({ dedupeKey: 'monitor:12', status: 'firing', summary: 'Shop is down', signature: 'target:shop.example.com', clientValue: 'alpha', clientPointer: '/monitor/tags/0/value', severity: 'critical' })] });
    expect(uptimeKumaFormat.read(uptimeKuma(1, { id: 12, name: 'Shop' }), 'client').alerts[0]).toMatchObject({ status: 'resolved', summary: 'Shop is up', signature: 'monitor:Shop' });
    expect(uptimeKumaFormat.read(uptimeKuma(0, { id: 3, name: 'Router', hostname: 'GW.alpha.example' }), 'client').alerts[0].signature).toBe('target:gw.alpha.example');
  });

  it('ignores pending and maintenance heartbeats and the Test button', () => {
    expect(uptimeKumaFormat.read(uptimeKuma(2, { id: 1, name: 'x' }), 'client')).toEqual({ alerts: [], ignored: 1 });
    expect(uptimeKumaFormat.read(uptimeKuma(3, { id: 1, name: 'x' }), 'client')).toEqual({ alerts: [], ignored: 1 });
    expect(uptimeKumaFormat.read({ heartbeat: null, monitor: null, msg: 'Testing' }, 'client')).toEqual({ alerts: [], ignored: 1 });
  });
});

describe('the NinjaOne format', () => {
  const device = { id: 5, organizationId: 77, name: 'ALPHA-DC01' };

  it('fires on a triggered condition and recovers on its reset, keyed by device and condition', () => {
    const [fired] = ninjaOneFormat.read(ninjaCondition('TRIGGERED', device, 'cond-1', 'CRITICAL'), 'client').alerts;
    expect(fired).toMatchObject({ dedupeKey: 'device:5/condition:cond-1', status: 'firing', severity: 'critical', host: 'ALPHA-DC01', clientValue: '77', signature: 'ninjaone:vmm_cond_memory_usage_ge' });
    expect(ninjaOneFormat.read(ninjaCondition('RESET', device, 'cond-1'), 'client').alerts[0]).toMatchObject({ dedupeKey: 'device:5/condition:cond-1', status: 'resolved' });
  });

  it('ignores activities that are not condition triggers or resets', () => {
    expect(ninjaOneFormat.read({ ...ninjaCondition('TRIGGERED', device), activityType: 'PATCH_MANAGEMENT' }, 'client')).toEqual({ alerts: [], ignored: 1 });
    expect(ninjaOneFormat.read({ ...ninjaCondition('TRIGGERED', device), statusCode: 'ACKNOWLEDGED' }, 'client')).toEqual({ alerts: [], ignored: 1 });
  });

  it('refuses a condition activity that names no condition', () => {
    expect(() => ninjaOneFormat.read({ deviceId: 1, activityType: 'CONDITION', statusCode: 'TRIGGERED' }, 'client')).toThrow(expect.objectContaining({ code: 'alert_unreadable', field: '/sourceConfigUid', status: 422 }));
  });
});
