/**
 * Random keys every node of an installation shares through its database (`instance_keys`), each
 * created on first use. The first insert wins: nodes starting together all read the same key back.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './connect.js';

/** The key named `name` (32 random bytes), created if this installation has none yet. */
export async function instanceKey(db: Db, name: string, nowIso: string): Promise<Buffer> {
  await db
    .insertInto('instance_keys')
    .values({ name, secret: randomBytes(32).toString('base64url'), created_at: nowIso })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('instance_keys').select('secret').where('name', '=', name).executeTakeFirstOrThrow();
  return Buffer.from(row.secret, 'base64url');
}
