/**
 * All SQL of the failed-login throttles (table `login_throttles`, 011-login-throttles). The rows
 * are read and written in one transaction, locked on PostgreSQL, so nodes sharing the database
 * count every attempt exactly once; SQLite's single writer serialises the same transaction.
 */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { ThrottleState } from './login-throttle.js';

/** What to do with each key after reading them: a new state, null to delete, undefined to leave it. */
export type ThrottleUpdate<T> = (states: Map<string, ThrottleState | undefined>) => { result: T; writes: Map<string, ThrottleState | null | undefined> };

export async function updateThrottles<T>(db: Db, dialect: DialectName, keys: string[], now: number, update: ThrottleUpdate<T>): Promise<T> {
  // One lock order for every transaction, so two logins touching the same keys cannot deadlock.
  const sorted = [...new Set(keys)].sort();
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      // A row must exist to be locked; the placeholder (no failures) is swept like any quiet row.
      await trx
        .insertInto('login_throttles')
        .values(sorted.map((key) => ({ key, failures: 0, updated_at: toIso(now), next_attempt_at: null })))
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
    let query = trx.selectFrom('login_throttles').selectAll().where('key', 'in', sorted).orderBy('key');
    if (dialect === 'postgres') query = query.forUpdate();
    const rows = await query.execute();
    const states = new Map<string, ThrottleState | undefined>(sorted.map((key) => [key, undefined]));
    for (const row of rows) {
      states.set(row.key, { failures: row.failures, updatedAt: Date.parse(row.updated_at), nextAttemptAt: row.next_attempt_at ? Date.parse(row.next_attempt_at) : null });
    }
    const { result, writes } = update(states);
    for (const [key, state] of writes) {
      if (state === undefined) continue;
      if (state === null) {
        await trx.deleteFrom('login_throttles').where('key', '=', key).execute();
        continue;
      }
      const values = { failures: state.failures, updated_at: toIso(state.updatedAt), next_attempt_at: state.nextAttemptAt === null ? null : toIso(state.nextAttemptAt) };
      await trx
        .insertInto('login_throttles')
        .values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute();
    }
    return result;
  });
}

/** Deletes keys that have neither failed since `quietSince` nor must still wait at `now`. */
export async function sweepThrottles(db: Db, quietSince: number, now: number): Promise<number> {
  const result = await db
    .deleteFrom('login_throttles')
    .where('updated_at', '<', toIso(quietSince))
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<', toIso(now))]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
