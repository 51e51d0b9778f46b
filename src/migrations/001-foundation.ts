import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** Clients, staff, tickets, messages, the event log, links, search, auth and audit. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('organizations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sites')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sites_organization').on('sites').column('organization_id').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('site_id', t.id, (c) => c.references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('work_location', 'text', (c) => c.notNull().defaultTo('site'))
    .addColumn('vip', t.bool, (c) => c.notNull().defaultTo(dialect === 'sqlite' ? 0 : false))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_organization').on('contacts').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('contact_emails')
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('is_primary', t.bool, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_emails_pk', ['contact_id', 'email'])
    .execute();
  await db.schema.createIndex('contact_emails_email').on('contact_emails').column('email').execute();

  await db.schema
    .createTable('contact_phones')
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo('work'))
    .addPrimaryKeyConstraint('contact_phones_pk', ['contact_id', 'number'])
    .execute();
  await db.schema.createIndex('contact_phones_number').on('contact_phones').column('number').execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('lead_user_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('tier', 'integer')
    .addColumn('team_id', t.id, (c) => c.references('teams.id'))
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id'))
    .addColumn('disabled', t.bool, (c) => c.notNull().defaultTo(dialect === 'sqlite' ? 0 : false))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id'))
    .addColumn('site_id', t.id, (c) => c.references('sites.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('business_critical', t.bool, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tier', 'integer', (c) => c.notNull())
    .addColumn('team_id', t.id, (c) => c.references('teams.id'))
    .addColumn('assignee_id', t.id, (c) => c.references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('fcr_outcome', 'text')
    .addColumn('merged_into_id', t.id)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('resolved_at', t.instant)
    .addColumn('closed_at', t.instant)
    .execute();
  // The queue pages: newest activity first, within the usual filters.
  await db.schema.createIndex('tickets_status_updated').on('tickets').columns(['status', 'updated_at', 'id']).execute();
  await db.schema.createIndex('tickets_org_updated').on('tickets').columns(['organization_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('tickets_assignee_updated').on('tickets').columns(['assignee_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('tickets_team_updated').on('tickets').columns(['team_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('tickets_contact').on('tickets').columns(['contact_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('tickets_updated').on('tickets').columns(['updated_at', 'id']).execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('author_contact_id', t.id, (c) => c.references('contacts.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('call_direction', 'text')
    .addColumn('caller_number', 'text')
    .addColumn('call_duration_seconds', 'integer')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('messages_ticket').on('messages').columns(['ticket_id', 'created_at']).execute();

  await db.schema
    .createTable('ticket_events')
    .addColumn('id', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('actor_user_id', t.id)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('before_value', t.json)
    .addColumn('after_value', t.json)
    .addColumn('internal', t.bool, (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_events_ticket').on('ticket_events').columns(['ticket_id', 'id']).execute();

  await db.schema
    .createTable('ticket_links')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('to_ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('ticket_links_unique', ['kind', 'from_ticket_id', 'to_ticket_id'])
    .execute();
  await db.schema.createIndex('ticket_links_to').on('ticket_links').column('to_ticket_id').execute();

  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE ticket_search USING fts5(ticket_id UNINDEXED, source UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  } else {
    await sql`CREATE TABLE ticket_search (
      ticket_id text NOT NULL REFERENCES tickets(id),
      source text NOT NULL,
      body text NOT NULL,
      document tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
      PRIMARY KEY (ticket_id, source)
    )`.execute(db);
    await sql`CREATE INDEX ticket_search_document ON ticket_search USING GIN (document)`.execute(db);
  }

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', t.bigint, (c) => c.notNull())
    .execute();
  await db.insertInto('counters').values({ name: 'ticket_number', value: 1000 }).execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('last_used_at', t.instant)
    .addColumn('revoked_at', t.instant)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('actor_user_id', t.id)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('detail', t.json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', t.id, (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
}
