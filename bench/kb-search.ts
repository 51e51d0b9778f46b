/**
 * Benchmark: knowledge-base search with 10,000 articles (issue 14, item 5), on SQLite and on
 * PostgreSQL.
 *
 * For each dialect: a fresh database (a SQLite file under /tmp, or a throwaway PostgreSQL cluster
 * from test/support/postgres-server.ts) is migrated and given N articles — titles and Markdown
 * bodies of 80–250 words drawn with a skewed (Zipf-like) frequency from an IT-support vocabulary
 * and filler words, a fifth internal, a tenth scoped to one of 50 clients — rendered and indexed
 * by the kb's own renderer and repository, as a write through the API stores them. The Switchboard
 * node is then built in-process on that database and sent sequential requests through Fastify's
 * full pipeline (`app.inject`: routing, a staff token's authentication, validation, the SQL,
 * serialisation; no sockets), timing each:
 *   all:         GET /api/v1/kb/articles?q=<1–2 words>  (every word must match: common, medium, rare, a prefix)
 *   subject:     GET /api/v1/kb/articles?match=any&organizationId=…&q=<a ticket subject>  (the ticket panel)
 *   suggestions: GET /api/v1/kb/suggestions?q=<what a client types>  (the portal)
 * and reports p50/p95/p99 of each. Bar (each dialect and kind): p95 < 30 ms, the ticket search's.
 *
 *   node --import tsx bench/kb-search.ts [--articles 10000] [--dialect sqlite|postgres|both] [--requests 600]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { buildSwitchboard } from '../src/main.js';
import { actorOf, createToken, findUserByEmail } from '../src/modules/auth/index.js';
import { createUser } from '../src/modules/staff/index.js';
import { renderArticle } from '../src/modules/kb/article.js';
import { insertArticle } from '../src/modules/kb/kb.repository.js';
import { systemClock } from '../src/platform/clock.js';
import { connect, type Database } from '../src/platform/db/connect.js';
import type { DialectName } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { newId } from '../src/platform/ids.js';
import { createLogger } from '../src/platform/logger.js';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres-server.js';
import { createOrganization, fmt, machine, parseFlags, percentile, verdict } from './lib.js';

const BAR_P95_MS = 30;

const TOPICS = 'vpn printer outlook mailbox teams onedrive sharepoint laptop docking monitor wifi router firewall backup restore password mfa authenticator license excel word citrix rdp server domain dns dhcp switch phone voicemail scanner toner label badge camera headset bitlocker intune autopilot antivirus phishing quarantine calendar shared drive mapped permissions'.split(' ');
const ACTIONS = 'reset reinstall reconnect restart update remove enable disable configure recalibrate clear map unlock renew replace sync repair migrate'.split(' ');
const FILLER = 'the a to and of in for on with after before when then is it your this that check open click select settings menu user account device screen error message again first next button window option file folder network cable power'.split(' ');

/** A deterministic pseudo-random generator, so both dialects get the same articles. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Picks from a list with a Zipf-like skew: the first words are far more common than the last. */
const skewed = (rnd: () => number, list: string[]) => list[Math.floor(list.length * rnd() ** 2)];

/**
 * An article is about one main topic (common topics far more often) and one other, and mentions
 * a few unrelated ones in passing — as a knowledge base reads — so a common word such as
 * "printer" is in about a third of the articles and a rare one in a handful.
 */
export function makeArticle(rnd: () => number, i: number) {
  const topic = skewed(rnd, TOPICS);
  const second = TOPICS[Math.floor(rnd() * TOPICS.length)];
  const title = `${skewed(rnd, ACTIONS)} the ${topic} ${second} (${i})`;
  const words = 80 + Math.floor(rnd() * 170);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (let w = 0; w < words; w++) {
    const r = rnd();
    current.push(r < 0.58 ? skewed(rnd, FILLER) : r < 0.8 ? (rnd() < 0.7 ? topic : second) : r < 0.82 ? TOPICS[Math.floor(rnd() * TOPICS.length)] : r < 0.96 ? skewed(rnd, ACTIONS) : `kb${Math.floor(rnd() * 5000)}`);
    if (current.length > 30 && rnd() < 0.1) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  paragraphs.push(current.join(' '));
  const body = `## ${topic}\n\n${paragraphs.join('\n\n')}\n\n1. **${skewed(rnd, ACTIONS)}** the ${topic}\n2. Try again`;
  return { title, body, audience: rnd() < 0.2 ? ('internal' as const) : ('clients' as const) };
}

const ALL = ['printer', 'vpn reconnect', 'bitlocker', 'kb4242', 'recalib', 'outlook password'];
const SUBJECTS = ['VPN drops every 20 minutes for the remote planners', 'Label printer prints blank labels after the toner change', 'Outlook keeps asking for the password on the new laptop', 'Cannot open the shared drive since the firewall update'];
const TYPED = ['my printer', 'vpn not conn', 'outlook keeps asking for pass', 'teams camera'];

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  hits: number;
}

export async function populate(database: Database, articles: number): Promise<{ orgs: string[] }> {
  const orgs: string[] = [];
  for (let i = 0; i < 50; i++) orgs.push((await createOrganization(database.db, `kb-client-${i}`, 1)).id);
  const rnd = random(42);
  const now = new Date('2026-12-01T09:00:00Z').getTime();
  for (let start = 0; start < articles; start += 500) {
    await database.db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(articles, start + 500); i++) {
        const a = makeArticle(rnd, i);
        const { html, text } = renderArticle(a.body);
        const at = new Date(now + i * 60_000).toISOString();
        const organizationId = rnd() < 0.1 ? orgs[Math.floor(rnd() * orgs.length)] : null;
        await insertArticle(trx, { id: newId(), title: a.title, body: a.body, bodyHtml: html, audience: a.audience, organizationId, tags: [], authorUserId: null, solvedCount: Math.floor(rnd() * 5), archivedAt: null, version: 1, createdAt: at, updatedAt: at }, text);
      }
    });
  }
  return { orgs };
}

async function measure(dialect: DialectName, articles: number, requests: number): Promise<Record<string, Stats>> {
  let pg: TestPostgres | undefined;
  let database: Database;
  let dir: string | undefined;
  if (dialect === 'sqlite') {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-kb-'));
    database = connect({ databaseUrl: '', dataDir: dir });
  } else {
    pg = await startTestPostgres();
    database = connect({ databaseUrl: pg.url, dataDir: '' });
  }
  try {
    await migrateToLatest(database);
    const started = performance.now();
    const { orgs } = await populate(database, articles);
    console.log(`${dialect}: ${articles} articles written and indexed in ${fmt((performance.now() - started) / 1000)} s`);
    // A knowledge base at rest has been vacuumed and analysed (autovacuum; SQLite's planner keeps no statistics).
    if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(database.db);
    const sb = await buildSwitchboard(loadConfig({}, { 'log-level': 'silent' }), { database, clock: systemClock, logger: createLogger('silent'), startEngine: false });
    await createUser({ db: database.db, clock: systemClock }, null, { kind: 'staff', email: 'bench.kb@msp.example', name: 'Bench', role: 'technician', tier: 1 });
    const actor = actorOf((await findUserByEmail(database.db, 'bench.kb@msp.example'))!)!;
    const { token } = await createToken({ db: database.db, clock: systemClock }, actor, { name: 'bench', ip: null });
    const kinds: Record<string, (i: number) => string> = {
      all: (i) => `/api/v1/kb/articles?q=${encodeURIComponent(ALL[i % ALL.length])}&limit=20`,
      subject: (i) => `/api/v1/kb/articles?match=any&limit=8&organizationId=${orgs[i % orgs.length]}&q=${encodeURIComponent(SUBJECTS[i % SUBJECTS.length])}`,
      suggestions: (i) => `/api/v1/kb/suggestions?q=${encodeURIComponent(TYPED[i % TYPED.length])}`,
    };
    const results: Record<string, Stats> = {};
    for (const [kind, url] of Object.entries(kinds)) {
      const times: number[] = [];
      let hits = 0;
      for (let i = -50; i < requests; i++) {
        const t0 = performance.now();
        const r = await sb.app.inject({ method: 'GET', url: url(i + 50), headers: { authorization: `Bearer ${token}` } });
        const items = (JSON.parse(r.body) as { items?: unknown[] }).items;
        const ms = performance.now() - t0;
        if (r.statusCode !== 200 || !items) throw new Error(`${url(i)} → ${r.statusCode} ${r.body}`);
        if (i >= 0) {
          times.push(ms);
          hits += items.length;
        }
      }
      results[kind] = { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), hits: hits / requests };
    }
    await sb.close();
    return results;
  } finally {
    await database.close().catch(() => undefined);
    pg?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { flags } = parseFlags(process.argv.slice(2));
  const articles = Number(flags.articles ?? 10_000);
  const requests = Number(flags.requests ?? 600);
  const dialects: DialectName[] = flags.dialect === 'sqlite' || flags.dialect === 'postgres' ? [flags.dialect] : ['sqlite', 'postgres'];
  console.log(`kb search, ${articles} articles, ${requests} requests per kind; ${machine()}`);
  let ok = true;
  console.log('| database | kind | p50 | p95 | p99 | results per search | bar p95 < 30 ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const dialect of dialects) {
    const stats = await measure(dialect, articles, requests);
    for (const [kind, s] of Object.entries(stats)) {
      const met = s.p95 < BAR_P95_MS;
      ok &&= met;
      console.log(`| ${dialect} | ${kind} | ${fmt(s.p50, 2)} ms | ${fmt(s.p95, 2)} ms | ${fmt(s.p99, 2)} ms | ${fmt(s.hits)} | ${verdict(met)} |`);
    }
  }
  console.log(`done; ${machine()}`);
  return ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
