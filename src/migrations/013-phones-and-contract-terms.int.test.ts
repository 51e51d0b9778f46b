import { Migrator, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../test/support/db.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { migrations } from './index.js';

describe.each(DIALECTS)('migration 013 on %s', (dialect) => {
  it('gives existing organisations their time zone’s country, stores their numbers in E.164 and starts contracts at their creation', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    try {
      const { database } = test;
      const db = database.db as any;
      const before = migrations.slice(0, migrations.findIndex((m) => m.name.startsWith('013')));
      const provider = { getMigrations: async () => Object.fromEntries(before.map((m): [string, Migration] => [m.name, { up: (k) => m.up(k, dialect) }])) };
      expect((await new Migrator({ db, provider }).migrateToLatest()).error).toBeUndefined();

      const at = '2026-01-05T09:00:00.000Z';
      await db.insertInto('organizations').values([
        { id: 'o-gb', name: 'Leeds', slug: 'leeds', industry: '', time_zone: 'Europe/London', created_at: at },
        { id: 'o-utc', name: 'Nowhere', slug: 'nowhere', industry: '', time_zone: 'UTC', created_at: at },
      ]).execute();
      await db.insertInto('contacts').values([
        { id: 'c-gb', organization_id: 'o-gb', site_id: null, name: 'Priya', title: '', work_location: 'site', vip: false, created_at: at },
        { id: 'c-utc', organization_id: 'o-utc', site_id: null, name: 'Sam', title: '', work_location: 'site', vip: false, created_at: at },
      ]).execute();
      // The old rule kept "+" and digits, or only digits for a number typed without a country code.
      await db.insertInto('contact_phones').values([
        { contact_id: 'c-gb', number: '01132000001', label: 'work' },
        { contact_id: 'c-gb', number: '+441132000001', label: 'mobile' },
        { contact_id: 'c-gb', number: '07700900123', label: 'mobile' },
        { contact_id: 'c-utc', number: '01134960999', label: 'work' },
      ]).execute();
      await db.insertInto('sla_policies').values({ id: 'p', name: 'P', targets: '{}', warning_percent: 75, created_at: at, updated_at: at }).execute();
      await db.insertInto('contracts').values({ id: 'k', organization_id: 'o-gb', name: 'K', kind: 'managed', sla_policy_id: 'p', coverage: '[]', active: true, created_at: at, updated_at: at }).execute();

      await migrateToLatest(database);
      const orgs = await db.selectFrom('organizations').select(['id', 'country']).orderBy('id').execute();
      expect(orgs).toEqual([{ id: 'o-gb', country: 'GB' }, { id: 'o-utc', country: null }]);
      const phones = await db.selectFrom('contact_phones').select(['contact_id', 'number', 'extension', 'digits_reversed']).orderBy('contact_id').orderBy('number').execute();
      expect(phones).toEqual([
        { contact_id: 'c-gb', number: '+441132000001', extension: '', digits_reversed: '100000231144' },
        { contact_id: 'c-gb', number: '+447700900123', extension: '', digits_reversed: '321009007744' },
        { contact_id: 'c-utc', number: '01134960999', extension: '', digits_reversed: '99906943110' },
      ]);
      const contract = await db.selectFrom('contracts').select(['starts_at', 'ends_at']).executeTakeFirst();
      expect(new Date(contract.starts_at).toISOString()).toBe(at);
      expect(contract.ends_at).toBeNull();
    } finally {
      await test.drop();
    }
  });
});
