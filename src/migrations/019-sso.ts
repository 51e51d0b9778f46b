import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Single sign-on with OpenID Connect: the configured identity providers (their client secret
 * stored encrypted), and the sign-in flows under way — one row per started sign-in, so the
 * callback may land on any node and a state is accepted once.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('sso_providers')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_encrypted', 'text', (c) => c.notNull())
    .addColumn('email_claim', 'text', (c) => c.notNull())
    .addColumn('allowed_domains', t.json, (c) => c.notNull())
    .addColumn('require_hosted_domain', t.bool, (c) => c.notNull())
    .addColumn('user_kinds', t.json, (c) => c.notNull())
    .addColumn('jit_role', 'text')
    .addColumn('password_roles', t.json, (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sso_flows')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', t.id, (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier_encrypted', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .execute();
  // Old flows are swept by their expiry.
  await db.schema.createIndex('sso_flows_expires').on('sso_flows').column('expires_at').execute();
}
