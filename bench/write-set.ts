/**
 * Benchmark (informational, for the ticket-create bar): what the rows of one ticket creation cost
 * by themselves — no HTTP, no validation, no Kysely — written by prepared statements, with 1, 5,
 * 10 or 50 tickets per transaction (50 per commit is what grouping concurrent requests into one
 * commit could reach at best). Each batch size gets a fresh migrated database; 20,000 tickets each.
 * Prints microseconds per ticket. Given `--floor-rps` (the one-row floor of bench/ticket-create.ts,
 * measured just before), it also prints the best ratio a full API could reach if it did nothing
 * but the floor's own HTTP work and these rows: the floor's time per request, divided by (that
 * time minus the floor's one-row insert, measured here the same way, plus the write set's time).
 *
 *   node --import tsx bench/write-set.ts [--tickets 20000] [--floor-rps 17397]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { connect } from '../src/platform/db/connect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createOrganization, fmt, machine, parseFlags } from './lib.js';
import { ticketWriteSet } from './write-set-rows.js';

const { flags } = parseFlags(process.argv.slice(2));
const tickets = Number(flags.tickets ?? 20_000);
const floorRps = Number(flags['floor-rps'] ?? 0);
console.log(`write-set: ${tickets.toLocaleString('en')} tickets per batch size; ${machine()}`);

/** The floor's one-row insert (autocommit, same pragmas), so its HTTP share can be told apart. */
function oneRowInsertUs(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-row-'));
  try {
    const sqlite = new SQLite(path.join(dir, 'floor.db'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.exec('CREATE TABLE items (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)');
    const insert = sqlite.prepare('INSERT INTO items (id, body, created_at) VALUES (?, ?, ?)');
    const started = performance.now();
    for (let i = 0; i < tickets; i++) insert.run(crypto.randomUUID(), '{"subject":"Printer offline"}', new Date().toISOString());
    const us = ((performance.now() - started) * 1000) / tickets;
    sqlite.close();
    return us;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const floorUs = floorRps > 0 ? 1e6 / floorRps : 0;
const httpUs = floorRps > 0 ? Math.max(0, floorUs - oneRowInsertUs()) : 0;
if (floorRps > 0) console.log(`  floor ${fmt(floorUs, 0)} µs per request, of which HTTP and JSON ${fmt(httpUs, 0)} µs (the rest is its one-row insert)`);
for (const batch of [1, 5, 10, 50]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-writeset-'));
  try {
    const database = connect({ databaseUrl: '', dataDir: dir });
    await migrateToLatest(database);
    const org = await createOrganization(database.db, 'acme', 2);
    await database.close();
    const sqlite = new SQLite(path.join(dir, 'switchboard.db'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    const write = ticketWriteSet(sqlite);
    const input = {
      organizationId: org.id,
      contactId: org.contactIds[0],
      siteId: org.siteId,
      subject: 'Printer on the third floor shows offline',
      description: 'Since this morning nobody on the third floor can print; the printer shows offline on every laptop.',
      tags: ['printer', 'hardware'],
    };
    const commit = sqlite.transaction((n: number) => {
      for (let i = 0; i < n; i++) write(input);
    });
    const started = performance.now();
    for (let done = 0; done < tickets; done += batch) commit(Math.min(batch, tickets - done));
    const us = ((performance.now() - started) * 1000) / tickets;
    const bound = floorRps > 0 ? `; best possible full/floor ratio ${fmt(floorUs / (httpUs + us), 2)}` : '';
    console.log(`  ${String(batch).padStart(2)} per commit: ${fmt(us, 0).padStart(4)} µs per ticket (${fmt(1e6 / us, 0)} tickets/s)${bound}`);
    sqlite.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`  after: ${machine()}`);
