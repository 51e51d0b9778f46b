import { Migrator, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../test/support/db.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { migrations } from './index.js';

describe.each(DIALECTS)('migration 017-test-pages on %s', (dialect) => {
  it('keeps every queued and sent page as a page, and lets a test page have no ladder or ticket', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    try {
      const before = migrations.slice(0, migrations.findIndex((m) => m.name === '017-test-pages'));
      const provider = { getMigrations: async () => Object.fromEntries(before.map((m): [string, Migration] => [m.name, { up: (db) => m.up(db, dialect) }])) };
      await new Migrator({ db: test.database.db, provider }).migrateToLatest();
      const db = test.database.db as any;
      const page = {
        id: 'n1', dedupe_key: 'e1:1:0:u1:m1', escalation_id: 'e1', ticket_id: 't1', step: 1, round: 1, recipient_user_id: 'u1', method: 'sms', address: '+15555550100',
        subject: 'SB-1 P1', body: 'step 1', requires_ack: true, status: 'sent', send_after: '2026-03-02T14:00:00.000Z', attempts: 1, lease_owner: null, lease_until: null,
        provider: 'Twilio', provider_message_id: 'SM1', last_error: null, created_at: '2026-03-02T14:00:00.000Z', sent_at: '2026-03-02T14:00:01.000Z',
      };
      await db.insertInto('notifications').values(page).execute();
      await migrateToLatest(test.database);
      const [row] = await db.selectFrom('notifications').selectAll().execute();
      expect({ ...row, requires_ack: Boolean(row.requires_ack) }).toEqual({ ...page, kind: 'page' });
      await db.insertInto('notifications').values({ ...page, id: 'n2', dedupe_key: 'test:n2', kind: 'test', escalation_id: null, ticket_id: null, requires_ack: false }).execute();
      await expect(db.insertInto('notifications').values({ ...page, id: 'n3' }).execute()).rejects.toThrow();
      expect((await db.selectFrom('notifications').select(['id', 'kind']).orderBy('id').execute()).map((r: any) => [r.id, r.kind])).toEqual([['n1', 'page'], ['n2', 'test']]);
    } finally {
      await test.drop();
    }
  });
});
