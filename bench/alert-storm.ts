/**
 * Benchmark: an alert storm folded and stored on SQLite, against a bare-insert floor.
 *
 * 100,000 alerts from 2,000 devices (two checks each, so 4,000 de-duplication keys, spread over
 * 50 clients) arrive at the real web node (bench/servers/full.ts) through one MSP-wide generic
 * alert source: every key fires at least once and repeats (about 25 alerts a key), and 30% of the
 * keys recover after their last firing. The floor is a bare Fastify route inserting each alert's
 * body as one row into one SQLite table with the same pragmas (bench/servers/floor.ts), sent the
 * same alerts the same way in the same run. Each server runs in its own child process; this
 * process posts over 127.0.0.1 with `--connections` requests in flight (a key's recovery waits
 * for its earlier alerts to be answered, as one sender's would). Both servers get a warm-up of
 * 3,000 alerts to another source first.
 *
 * After the storm the database is checked: every alert answered 200 folded (the counts add up to
 * the alerts sent), one ticket per key, and the open tickets exactly the keys still firing.
 *
 * Bar: at least 3,000 alerts/s folded and stored (design quality bar); the floor is reported beside it.
 *
 *   node --import tsx bench/alert-storm.ts [--alerts 100000] [--devices 2000] [--clients 50] [--connections 32]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { systemClock } from '../src/platform/clock.js';
import { connect } from '../src/platform/db/connect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { actorOf, findUserById } from '../src/modules/auth/auth.repository.js';
import { createAlertSource } from '../src/modules/alerts/index.js';
import { createOrganization, createStaff, fmt, machine, parseFlags, startServer, verdict } from './lib.js';

interface StormAlert {
  key: string;
  client: string;
  status: 'firing' | 'resolved';
}

/** A small seeded generator (mulberry32), so every run sends the same storm. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The storm: every key fires at least once, in shuffled order; some keys recover after their last firing. */
export function stormOf(total: number, devices: number, clients: number, seed = 42): { alerts: StormAlert[]; keys: number; recovered: Set<string> } {
  const rnd = random(seed);
  const keys = Array.from({ length: devices * 2 }, (_, i) => ({ key: `device-${Math.floor(i / 2)}/${i % 2 === 0 ? 'cpu' : 'disk'}`, client: `c${Math.floor(i / 2) % clients}` }));
  const recovering = keys.filter(() => rnd() < 0.3);
  const firings = total - recovering.length;
  const alerts: StormAlert[] = keys.map((k) => ({ ...k, status: 'firing' }));
  while (alerts.length < firings) alerts.push({ ...keys[Math.floor(rnd() * keys.length)], status: 'firing' });
  for (let i = alerts.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rnd() * (i + 1));
    [alerts[i], alerts[j]] = [alerts[j], alerts[i]];
  }
  const last = new Map<string, number>();
  alerts.forEach((a, i) => last.set(a.key, i));
  const inserts = recovering.map((k) => ({ at: last.get(k.key)! + 1 + Math.floor(rnd() * (alerts.length - last.get(k.key)!)), alert: { ...k, status: 'resolved' as const } }));
  inserts.sort((a, b) => b.at - a.at);
  for (const { at, alert } of inserts) alerts.splice(at, 0, alert);
  return { alerts, keys: keys.length, recovered: new Set(recovering.map((k) => k.key)) };
}

const bodyOf = (a: StormAlert) => JSON.stringify({ key: a.key, status: a.status, summary: `${a.key.split('/')[1] === 'cpu' ? 'CPU load high' : 'Disk almost full'} on ${a.key.split('/')[0]}`, severity: 'major', host: a.key.split('/')[0], check: a.key.split('/')[1], client: a.client });

/** Posts every alert with `connections` in flight; a key's recovery waits for that key's earlier alerts. Answers elapsed ms. */
async function storm(url: string, token: string | null, alerts: StormAlert[], connections: number, expect: number): Promise<{ ms: number; acknowledged: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const inflight = new Map<string, { n: number; drained: (() => void)[] }>();
  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
  let next = 0;
  let acknowledged = 0;
  const worker = async () => {
    while (next < alerts.length) {
      const alert = alerts[next++];
      const slot = inflight.get(alert.key) ?? { n: 0, drained: [] };
      inflight.set(alert.key, slot);
      if (alert.status === 'resolved') while (slot.n > 0) await new Promise<void>((r) => slot.drained.push(r));
      slot.n += 1;
      const status = await post(bodyOf(alert));
      slot.n -= 1;
      if (slot.n === 0) slot.drained.splice(0).forEach((r) => r());
      if (status !== expect) throw new Error(`${url}: answered ${status} to ${bodyOf(alert)}`);
      acknowledged += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const ms = performance.now() - started;
  agent.destroy();
  return { ms, acknowledged };
}

/** A migrated database with the clients, an owner, the storm's MSP-wide source and a warm-up source. */
async function prepare(dataDir: string, clients: number) {
  const database = connect({ databaseUrl: '', dataDir });
  try {
    await migrateToLatest(database);
    const clientMap: Record<string, string> = {};
    for (let i = 0; i < clients; i += 1) clientMap[`c${i}`] = (await createOrganization(database.db, `client-${i}`, 1)).id;
    const owner = await createStaff(database.db, 'owner@msp.example', 'owner');
    const actor = actorOf((await findUserById(database.db, owner.id))!)!;
    const deps = { db: database.db, clock: systemClock };
    const stormSource = await createAlertSource(deps, actor, { name: 'Storm', format: 'generic', clientMap }, null);
    const warmSource = await createAlertSource(deps, actor, { name: 'Warm-up', format: 'generic', organizationId: clientMap.c0 }, null);
    return { stormToken: stormSource.token, stormId: stormSource.source.id, warmToken: warmSource.token };
  } finally {
    await database.close();
  }
}

/** What the storm left in the database: rows and counts of the storm's source, its tickets and how many are open. */
async function verify(dataDir: string, sourceId: string) {
  const database = connect({ databaseUrl: '', dataDir });
  try {
    const db = database.db.withTables<{ alerts: { source_id: string | null; dedupe_key: string; count: number; ticket_id: string | null; state: string } }>();
    const rows = await db.selectFrom('alerts').select(['dedupe_key', 'count', 'ticket_id', 'state']).where('source_id', '=', sourceId).execute();
    const ticketIds = [...new Set(rows.flatMap((r) => (r.ticket_id ? [r.ticket_id] : [])))];
    const tickets: { id: string; status: string }[] = [];
    for (let i = 0; i < ticketIds.length; i += 500) tickets.push(...(await database.db.selectFrom('tickets').select(['id', 'status']).where('id', 'in', ticketIds.slice(i, i + 500)).execute()));
    return { rows, tickets };
  } finally {
    await database.close();
  }
}

export async function runAlertStorm(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const total = Number(flags.alerts ?? 100_000);
  const devices = Number(flags.devices ?? 2000);
  const clients = Number(flags.clients ?? 50);
  const connections = Number(flags.connections ?? 32);
  const { alerts, keys, recovered } = stormOf(total, devices, clients);
  const warm = stormOf(3000, 25, 1, 7).alerts.map((a) => ({ ...a, client: 'c0', status: 'firing' as const }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-storm-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    console.log(`alert-storm: ${alerts.length.toLocaleString('en')} alerts, ${devices.toLocaleString('en')} devices, ${keys.toLocaleString('en')} keys (${recovered.size} recover), ${clients} clients, ${connections} in flight, on 127.0.0.1; ${machine()}`);
    const floor = await startServer('bench/servers/floor.ts', { BENCH_DATA_DIR: path.join(dir, 'floor'), BENCH_FLOOR: 'row' });
    stops.push(floor.stop);
    await storm(`${floor.url}/items`, null, warm, connections, 201);
    const floorRun = await storm(`${floor.url}/items`, null, alerts, connections, 201);
    await floor.stop();
    const floorRate = floorRun.acknowledged / (floorRun.ms / 1000);
    console.log(`  floor: bare Fastify + one SQLite INSERT per alert   ${fmt(floorRate, 0).padStart(6)} alerts/s  (${floorRun.acknowledged} in ${fmt(floorRun.ms / 1000, 2)} s, all 201)`);

    const fullDir = path.join(dir, 'full');
    const { stormToken, stormId, warmToken } = await prepare(fullDir, clients);
    const full = await startServer('bench/servers/full.ts', { BENCH_DATA_DIR: fullDir, BENCH_LOG_LEVEL: 'warn' });
    stops.push(full.stop);
    await storm(`${full.url}/api/v1/alerts/inbound/generic`, warmToken, warm, connections, 200);
    const fullRun = await storm(`${full.url}/api/v1/alerts/inbound/generic`, stormToken, alerts, connections, 200);
    await full.stop();
    const rate = fullRun.acknowledged / (fullRun.ms / 1000);
    console.log(`  full: POST /api/v1/alerts/inbound/generic, folded   ${fmt(rate, 0).padStart(6)} alerts/s  (${fullRun.acknowledged} in ${fmt(fullRun.ms / 1000, 2)} s, all 200)`);

    const { rows, tickets } = await verify(fullDir, stormId);
    const counted = rows.reduce((sum, r) => sum + Number(r.count), 0);
    const open = tickets.filter((t) => t.status !== 'resolved' && t.status !== 'closed').length;
    const stillFiring = keys - recovered.size;
    const exact = rows.length === keys && counted === alerts.length && tickets.length === keys && open === stillFiring;
    console.log(`  stored: ${rows.length} alert rows for ${keys} keys, counts add up to ${counted.toLocaleString('en')} of ${alerts.length.toLocaleString('en')} sent; ${tickets.length} tickets, ${open} open for ${stillFiring} keys still firing (${verdict(exact)})`);
    const ok = rate >= 3000;
    console.log(`  folded ${fmt(rate, 0)} alerts/s (bar >= 3,000: ${verdict(ok)}); ratio full/floor = ${fmt(rate / floorRate, 2)};  after: ${machine()}`);
    return ok && exact;
  } finally {
    for (const stop of stops) await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runAlertStorm(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
