import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../test/support/db.js';
import { readBool } from '../platform/db/dialect.js';
import { migrations } from './index.js';

describe.each(DIALECTS)('migration 012 on %s', (dialect) => {
  it('marks the searchable texts a client may read on an existing database: subjects, descriptions and public replies, not notes or calls', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    const db = test.database.db;
    try {
      const index = migrations.findIndex((m) => m.name === '012-client-search-and-keys');
      for (const m of migrations.slice(0, index)) await m.up(db, dialect);
      const at = '2026-03-02T14:00:00.000Z';
      await db.insertInto('organizations').values({ id: 'o1', name: 'Alpha', slug: 'alpha', industry: 'law', time_zone: 'UTC', created_at: at }).execute();
      for (const id of ['t1', 't2']) {
        await db.insertInto('tickets').values({ id, number: id === 't1' ? 1 : 2, organization_id: 'o1', contact_id: null, site_id: null, subject: `Subject ${id}`, priority: 'P3', business_critical: false, status: 'open', tier: 1, team_id: null, assignee_id: null, channel: 'api', tags: '[]', fcr_outcome: null, merged_into_id: null, version: 1, created_at: at, updated_at: at, resolved_at: null, closed_at: null, sla_due_at: null }).execute();
      }
      for (const [id, kind] of [['m-reply', 'reply'], ['m-description', 'description'], ['m-note', 'note'], ['m-call', 'call']]) {
        await db.insertInto('messages').values({ id, ticket_id: 't1', kind, author_user_id: null, author_contact_id: null, body: kind, call_direction: null, caller_number: null, call_duration_seconds: null, created_at: at }).execute();
      }
      for (const source of ['subject', 'm-reply', 'm-description', 'm-note', 'm-call', 'merged:t2']) {
        // The table as migration 012 finds it, before its client_visible column exists.
        await sql`insert into ticket_search (ticket_id, source, body) values ('t1', ${source}, ${source})`.execute(db);
      }
      await migrations[index].up(db, dialect);
      const rows = await db.selectFrom('ticket_search').select(['source', 'client_visible']).orderBy('source').execute();
      expect(rows.map((r) => [r.source, readBool(r.client_visible)])).toEqual([
        ['m-call', false],
        ['m-description', true],
        ['m-note', false],
        ['m-reply', true],
        ['merged:t2', true],
        ['subject', true],
      ]);
    } finally {
      await test.drop();
    }
  });
});
