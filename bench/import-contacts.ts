/**
 * Benchmark (issue 11, "moving in"): importing 10,000 contacts from a CSV file, the way an MSP
 * moves in. 50 clients are imported first (a clients file), then a contacts file of N rows in
 * Switchboard's columns — each with an id, client id, name, title, email and two phone numbers
 * read into E.164 in the client's country — is previewed (streamed, planned against the
 * database), applied in chunked transactions, and previewed again (every row matches: skip).
 * Through the same use cases as the API and `switchboard import`, without HTTP. Prints each phase's
 * seconds and rows per second; bar: preview plus apply of 10,000 contacts within 10 seconds.
 *
 *   node --import tsx bench/import-contacts.ts [--contacts 10000] [--dialect sqlite|postgres|both]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { actorOf, findUserByEmail, type Actor } from '../src/modules/auth/index.js';
import { applyImport, claimImport, previewImport, type ImportKind } from '../src/modules/imports/index.js';
import { createUser } from '../src/modules/staff/index.js';
import { systemClock } from '../src/platform/clock.js';
import { connect, type Database } from '../src/platform/db/connect.js';
import type { DialectName } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { startTestPostgres } from '../test/support/postgres-server.js';
import { fmt, machine, parseFlags, verdict } from './lib.js';

const CLIENTS = 50;
const BAR_SECONDS = 10;

function clientsCsv(): string {
  const lines = ['External ID,Name,Country,Industry'];
  for (let c = 0; c < CLIENTS; c++) lines.push(`C-${c},Bench Client ${c},GB,Retail`);
  return `${lines.join('\n')}\n`;
}

function contactsCsv(count: number): string {
  const lines = ['External ID,Client external ID,Name,Title,Email,Phone,Mobile,VIP'];
  for (let i = 0; i < count; i++) {
    const n = String(i % 1000).padStart(3, '0');
    lines.push(`P-${i},C-${i % CLIENTS},Person ${i} Example,Office Manager,person.${i}@client${i % CLIENTS}.example,0113 496 0${n},07700 900${n},${i % 10 === 0 ? 'yes' : 'no'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One file previewed and (unless `previewOnly`) applied; the seconds each took and the counts. */
async function importText(database: Database, actor: Actor, kind: ImportKind, text: string, previewOnly = false) {
  const deps = { db: database.db, dialect: database.dialect, clock: systemClock };
  const t0 = performance.now();
  const run = await previewImport(deps, actor, { kind, format: 'switchboard', fileName: `${kind}.csv`, defaultTimeZone: null, body: Readable.from([Buffer.from(text)]), limitBytes: 20 * 1024 * 1024 });
  const preview = (performance.now() - t0) / 1000;
  if (previewOnly) return { preview, apply: 0, run };
  const t1 = performance.now();
  const done = await applyImport(deps, actor, await claimImport(deps, actor, run.id));
  return { preview, apply: (performance.now() - t1) / 1000, run: done };
}

async function runOn(dialect: DialectName, contacts: number): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-import-'));
  const pg = dialect === 'postgres' ? await startTestPostgres() : undefined;
  const database = connect({ databaseUrl: pg?.url ?? '', dataDir: dir });
  try {
    await migrateToLatest(database);
    await createUser({ db: database.db, clock: systemClock }, null, { kind: 'staff', email: 'owner@msp.example', name: 'Bench Owner', role: 'owner' });
    const actor = actorOf((await findUserByEmail(database.db, 'owner@msp.example'))!)!;
    await importText(database, actor, 'clients', clientsCsv());
    const text = contactsCsv(contacts);
    const first = await importText(database, actor, 'contacts', text);
    const again = await importText(database, actor, 'contacts', text, true);
    const total = first.preview + first.apply;
    const rate = (s: number) => Math.round(contacts / s).toLocaleString('en');
    console.log(`\n${dialect}: ${contacts.toLocaleString('en')} contacts (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB)`);
    console.log(`  preview      ${fmt(first.preview, 2)} s  (${rate(first.preview)} rows/s)  create ${first.run.to_create}, error ${first.run.to_fix}`);
    console.log(`  apply        ${fmt(first.apply, 2)} s  (${rate(first.apply)} rows/s)  created ${first.run.created}, failed ${first.run.failed}, status ${first.run.status}`);
    console.log(`  re-preview   ${fmt(again.preview, 2)} s  (${rate(again.preview)} rows/s)  skip ${again.run.to_skip}, create ${again.run.to_create}`);
    const counted = Number((await database.db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const correct = first.run.created === contacts && again.run.to_skip === contacts && counted === contacts;
    console.log(`  preview + apply ${fmt(total, 2)} s: bar ≤ ${BAR_SECONDS} s ${verdict(total <= BAR_SECONDS)}${correct ? '' : `; WRONG COUNTS (contacts on file ${counted})`}`);
    return correct && total <= BAR_SECONDS;
  } finally {
    await database.close();
    pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const { flags } = parseFlags(process.argv.slice(2));
const contacts = Number(flags.contacts ?? 10_000);
const which = flags.dialect ?? 'sqlite';
const dialects: DialectName[] = which === 'both' ? ['sqlite', 'postgres'] : [which as DialectName];
console.log(`import-contacts: ${machine()}`);
let ok = true;
for (const d of dialects) ok = (await runOn(d, contacts)) && ok;
process.exit(ok ? 0 : 1);
