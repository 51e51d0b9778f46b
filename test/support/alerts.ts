/**
 * Alert payloads in each sender's own shape (written from each format's documentation: Alertmanager's
 * webhook_config payload version 4, Uptime Kuma's webhook notification, NinjaOne's webhook
 * activities), and alert sources made through the API.
 */
import type { TestApp } from './app.js';

/** An alert source made through the API by the owner; its token and id. */
export async function makeSource(t: TestApp, body: Record<string, unknown>): Promise<{ id: string; token: string; path: string }> {
  const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/alert-sources', { name: `Source ${Math.random().toString(36).slice(2)}`, ...body });
  if (r.status !== 201) throw new Error(`source not made: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.id, token: r.body.token, path: r.body.path };
}

/** Posts a payload to a source's inbound path with its token. */
export function send(t: TestApp, source: { token: string; path: string }, payload: unknown) {
  return t.call(source.token, 'POST', source.path, payload);
}

export function genericAlert(overrides: Record<string, unknown> = {}) {
  return { key: 'db-01/disk', summary: 'Disk almost full on db-01', severity: 'critical', host: 'db-01', check: 'disk', description: 'C: has 3% free', ...overrides };
}

/** Alertmanager's webhook body (version 4) for a group of alerts. */
export function alertmanagerGroup(status: 'firing' | 'resolved', alerts: { name: string; instance: string; severity?: string; fingerprint?: string; client?: string; status?: 'firing' | 'resolved' }[]) {
  return {
    version: '4',
    groupKey: '{}:{alertname="InstanceDown"}',
    truncatedAlerts: 0,
    status,
    receiver: 'switchboard',
    groupLabels: { alertname: alerts[0]?.name ?? 'InstanceDown' },
    commonLabels: { job: 'node' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.example:9093',
    alerts: alerts.map((a) => ({
      status: a.status ?? status,
      labels: { alertname: a.name, instance: a.instance, job: 'node', severity: a.severity ?? 'critical', ...(a.client ? { client: a.client } : {}) },
      annotations: { summary: `${a.instance} of job node has been down for more than 5 minutes.`, description: 'Scrape target unreachable.' },
      startsAt: '2026-03-02T13:55:00.000Z',
      endsAt: status === 'resolved' ? '2026-03-02T14:10:00.000Z' : '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example:9090/graph?g0.expr=up+%3D%3D+0',
      fingerprint: a.fingerprint ?? `fp-${a.name}-${a.instance}`,
    })),
  };
}

/** Uptime Kuma's webhook JSON body for one heartbeat of one monitor (status 0 down, 1 up). */
export function uptimeKuma(status: 0 | 1 | 2 | 3, monitor: { id: number; name: string; url?: string; hostname?: string | null; tags?: { name: string; value: string }[] }) {
  return {
    heartbeat: { monitorID: monitor.id, status, time: '2026-03-02 14:00:00.000', msg: status === 0 ? 'connect ECONNREFUSED 203.0.113.5:443' : 'OK', ping: status === 1 ? 42 : null, important: true, duration: 60, timezone: 'Europe/London', timezoneOffset: '+00:00', localDateTime: '2026-03-02 14:00:00' },
    monitor: {
      id: monitor.id, name: monitor.name, description: null, pathName: monitor.name, parent: null, childrenIDs: [], url: monitor.url ?? 'https://', method: 'GET', hostname: monitor.hostname ?? null,
      port: null, maxretries: 0, weight: 2000, active: true, forceInactive: false, type: monitor.url ? 'http' : 'ping', interval: 60, retryInterval: 60, resendInterval: 0, keyword: null,
      expiryNotification: false, ignoreTls: false, upsideDown: false, maxredirects: 10, accepted_statuscodes: ['200-299'],
      tags: (monitor.tags ?? []).map((t, i) => ({ id: i + 1, monitor_id: monitor.id, tag_id: i + 1, value: t.value, name: t.name, color: '#059669' })),
      notificationIDList: { 1: true },
    },
    msg: `[${monitor.name}] [${status === 0 ? '🔴 Down' : '✅ Up'}] ${status === 0 ? 'connect ECONNREFUSED' : 'OK'}`,
  };
}

/** A NinjaOne condition activity (TRIGGERED or RESET) for one device and condition. */
export function ninjaCondition(statusCode: 'TRIGGERED' | 'RESET', device: { id: number; organizationId: number; name: string }, condition = '205b85b2-8a12-4123-834f-164be08b3314', severity = 'MAJOR') {
  return {
    id: 177_210 + device.id,
    activityTime: 1_772_460_000.556,
    deviceId: device.id,
    severity,
    priority: 'HIGH',
    seriesUid: 'e6b0b0bd-5753-445d-9e4a-71c08983cbd5',
    activityType: 'CONDITION',
    statusCode,
    status: statusCode === 'TRIGGERED' ? 'Triggered' : 'Reset',
    activityResult: 'SUCCESS',
    sourceConfigUid: condition,
    sourceName: 'Memory utilization',
    subject: '',
    message: 'Memory Utilization is greater than or equal to 80% for 5 minutes',
    type: 'Condition',
    data: { message: { code: 'vmm_cond_memory_usage_ge', params: { duration: 5, threshold: 80, unit: '%', value: 84.8 } } },
    device: { id: device.id, parentDeviceId: null, organizationId: device.organizationId, locationId: 3, nodeClass: 'WINDOWS_SERVER', nodeRoleId: 4, rolePolicyId: 5, policyId: 6, approvalStatus: 'APPROVED', offline: false, displayName: device.name, systemName: device.name, dnsName: `${device.name.toLowerCase()}.corp.example`, created: 1_700_000_000, lastContact: 1_772_460_000, lastUpdate: 1_772_460_000 },
  };
}
