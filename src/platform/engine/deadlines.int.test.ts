import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/db.js';
import { armDeadlines, DEADLINE_CHANNEL, LONGEST_ENGINE_POLL_MS } from './deadlines.repository.js';

describe.each(DIALECTS)('arming deadlines on %s', (dialect) => {
  let test: TestDatabase;
  let listener: pg.Client | undefined;
  const heard: string[] = [];
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    if (dialect === 'postgres') {
      listener = new pg.Client({ connectionString: test.databaseUrl });
      await listener.connect();
      listener.on('notification', (m) => heard.push(m.payload ?? ''));
      await listener.query(`LISTEN ${DEADLINE_CHANNEL}`);
    }
  });
  afterAll(async () => {
    await listener?.end();
    await test?.drop();
  });

  const now = Date.parse('2026-03-02T14:00:00.000Z');
  const arm = (ids: string[], dueAt: number) =>
    test.database.db.transaction().execute((trx) =>
      armDeadlines(trx, dialect, ids.map((id) => ({ id, kind: 'sla.warning', subjectId: 'ticket-1', dueAt, payload: { clock: id } })), new Date(now).toISOString()),
    );
  /** Resolves once the listener has heard `count` notifications (PostgreSQL delivers them in commit order). */
  const hearing = async (count: number) => {
    while (heard.length < count) await new Promise((r) => setTimeout(r, 5));
    return heard;
  };

  it('arms several in one statement and re-arms an existing one; engines are woken only for one due within the longest poll', async () => {
    await arm(['later-a', 'later-b'], now + 3 * 3_600_000);
    await arm(['later-a', 'soon'], now + LONGEST_ENGINE_POLL_MS - 1);
    const rows = await test.database.db.selectFrom('deadlines').select(['id', 'due_at', 'version']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, Date.parse(r.due_at), Number(r.version)])).toEqual([
      ['later-a', now + LONGEST_ENGINE_POLL_MS - 1, 2],
      ['later-b', now + 3 * 3_600_000, 1],
      ['soon', now + LONGEST_ENGINE_POLL_MS - 1, 1],
    ]);
    if (dialect === 'postgres') {
      // The first transaction armed nothing due soon and sent nothing; the second's notification, with its due time, is the first heard.
      expect((await hearing(1))[0]).toBe(String(now + LONGEST_ENGINE_POLL_MS - 1));
    }
  });
});
