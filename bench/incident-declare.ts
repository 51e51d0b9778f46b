/**
 * Benchmark (issue 12, item 2): declaring a vendor incident across 500 clients on SQLite. Every
 * client is under contract (office hours and round the clock alternately) and depends on one
 * service with a criticality (critical, high, normal, low in turn) and a three-step workaround
 * checklist; a business-critical escalation policy exists, so critical clients' children start a
 * ladder. Through the full HTTP pipeline (Fastify inject, an API token), one request each: the
 * preview (blast radius, coverage now, tickets that mention the vendor), then the declaration (a
 * child ticket per client, a chunk of clients per transaction). The floor, in the same run on the
 * same database: the same number of tickets opened one request each through POST /api/v1/tickets
 * for the same clients and priorities — what the children would cost opened by hand. The
 * declaration's time includes holding the critical children's ladders and queueing the incident's
 * one page to on-call naming every client (item 5); the counts of both are checked.
 *
 *   node --import tsx bench/incident-declare.ts [--clients 500]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { buildSwitchboard } from '../src/main.js';
import { connect } from '../src/platform/db/connect.js';
import { createLogger } from '../src/platform/logger.js';
import { createOrganization, createStaff, fmt, machine, parseFlags } from './lib.js';

const CRITICALITIES = ['critical', 'high', 'normal', 'low'] as const;
const PRIORITY = { critical: 'P1', high: 'P2', normal: 'P3', low: 'P4' } as const;
const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

async function main(argv: string[]): Promise<number> {
  const { flags } = parseFlags(argv);
  const clients = Number(flags.clients ?? 500);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-incident-'));
  const database = connect({ databaseUrl: '', dataDir: dir });
  const sb = await buildSwitchboard(loadConfig({}, { 'log-level': 'silent', 'data-dir': dir }), { database, logger: createLogger('silent'), startEngine: false });
  try {
    const { token } = await createStaff(database.db, 'owner@msp.example', 'owner');
    const call = async (method: string, url: string, body?: unknown) => {
      const r = await sb.app.inject({ method: method as 'POST', url, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, payload: body ? JSON.stringify(body) : undefined });
      if (r.statusCode >= 300) throw new Error(`${method} ${url} → ${r.statusCode} ${r.body}`);
      return JSON.parse(r.body || 'null');
    };
    const policy = (await call('POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).id;
    const calendars = [
      (await call('POST', '/api/v1/calendars', { name: 'Office', timeZone: 'Europe/London', preset: 'business-hours' })).id,
      (await call('POST', '/api/v1/calendars', { name: 'Always', timeZone: 'Europe/London', preset: '24x7' })).id,
    ];
    await call('POST', '/api/v1/escalation-policies', { name: 'Business-critical to the owner', match: { trigger: 'created', businessCritical: true }, steps: [{ delayMinutes: 15, targets: [{ type: 'role', role: 'owner' }] }] });
    const vendor = (await call('POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).id;
    const service = (await call('POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).id;
    const orgs: { id: string; criticality: (typeof CRITICALITIES)[number] }[] = [];
    for (let i = 0; i < clients; i++) {
      const org = await createOrganization(database.db, `client-${i}`, 1);
      const criticality = CRITICALITIES[i % 4];
      await call('POST', '/api/v1/contracts', { organizationId: org.id, name: 'Managed', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendars[i % 2] }] });
      await call('POST', '/api/v1/dependencies', { serviceId: service, organizationId: org.id, purpose: 'desktops', criticality, fallback: 'Local laptops', workaroundSteps: ['Hand out the spare laptops', 'Print the order forms', 'Phone orders to the warehouse'] });
      // One client in ten already called about it.
      if (i % 10 === 0) await call('POST', '/api/v1/tickets', { organizationId: org.id, subject: `Northwind Cloud down at client ${i}` });
      orgs.push({ id: org.id, criticality });
    }
    const before = Number((await database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    console.log(`incident-declare on SQLite, ${clients} clients; ${machine()}`);
    // The preview first: the floor's tickets would mention the vendor too.
    let t0 = performance.now();
    const preview = await call('POST', '/api/v1/incidents/preview', { serviceIds: [service] });
    const previewSeconds = (performance.now() - t0) / 1000;

    t0 = performance.now();
    for (const o of orgs) await call('POST', '/api/v1/tickets', { organizationId: o.id, subject: 'Northwind Cloud outage', description: 'Floor: the same ticket by hand', priority: PRIORITY[o.criticality], businessCritical: o.criticality === 'critical' });
    const floor = (performance.now() - t0) / 1000;

    t0 = performance.now();
    const incident = await call('POST', '/api/v1/incidents', { serviceIds: [service], title: 'Northwind Cloud outage', summary: 'Northwind’s data centre is down.' });
    const declare = (performance.now() - t0) / 1000;

    const after = Number((await database.db.selectFrom('tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const created = after - before - clients;
    const pages = Number((await database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('ticket_id', '=', '').executeTakeFirstOrThrow()).n);
    const held = Number((await database.db.selectFrom('escalations').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'held').executeTakeFirstOrThrow()).n);
    const matching = preview.clients.reduce((n: number, c: { matchingTickets: unknown[] }) => n + c.matchingTickets.length, 0);
    console.log(`  preview          ${fmt(previewSeconds, 2)} s  (${preview.clients.length} clients, ${matching} open tickets mentioning the vendor)`);
    console.log(`  floor            ${fmt(floor, 2)} s  (${clients} tickets, one POST /api/v1/tickets each: ${Math.round(clients / floor)} /s)`);
    console.log(`  declare          ${fmt(declare, 2)} s  (${incident.children.length} children, ${created} tickets created: ${Math.round(clients / declare)} /s; ${held} ladders held, ${pages} page queued)`);
    console.log(`  declare / floor  ${fmt(declare / floor, 2)} (time; below 1 is faster than opening the tickets one request each)`);
    const correct = incident.status === 'open' && incident.children.length === clients && created === clients && preview.clients.length === clients && matching === Math.ceil(clients / 10) && pages === 1 && held === clients / 4;
    if (!correct) console.log('  WRONG COUNTS');
    return correct ? 0 : 1;
  } finally {
    await sb.close();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
