import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKSTOP_CHECKPOINT_PAGES } from './checkpointer.js';
import { connect } from './connect.js';

// SQLite only: PostgreSQL checkpoints in its own server processes.
describe('WAL checkpoints on a worker thread (SQLite)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-checkpoint-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('copies committed writes into the database file without the writer checkpointing, and leaves no log on close', async () => {
    const database = connect({ databaseUrl: '', dataDir: dir, backgroundCheckpoints: true });
    const file = path.join(dir, 'switchboard.db');
    // The writer checkpoints only as a backstop, far above what this test writes.
    expect(database.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_CHECKPOINT_PAGES);
    await sql`CREATE TABLE blobs (id integer PRIMARY KEY, body blob NOT NULL)`.execute(database.db);
    const before = fs.statSync(file).size;
    // About 2,000 pages of 4 KiB, one commit each: twice the default automatic checkpoint.
    for (let i = 0; i < 2000; i++) await sql`INSERT INTO blobs (body) VALUES (randomblob(3500))`.execute(database.db);
    // Only a checkpoint writes pages into the database file; the worker runs them every few milliseconds.
    while (fs.statSync(file).size < before + 1500 * 4096) await new Promise((r) => setTimeout(r, 10));
    await database.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const reopened = connect({ databaseUrl: '', dataDir: dir });
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM blobs`.execute(reopened.db);
    expect(rows[0].n).toBe(2000);
    await reopened.close();
  });
});
