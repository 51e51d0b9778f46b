/**
 * `Idempotency-Key` on creates: the key is claimed in the same transaction as the create, so a
 * retried request gets the stored answer instead of a second record, whatever crashed in between.
 * Reusing a key with a different body is refused.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import { isUniqueViolation, type Db } from '../db/connect.js';
import { AppError } from '../errors.js';

export interface Created<T> {
  status: number;
  body: T;
  /** Runs after commit and before the answer (live events, follow-up work), only when the create really happened. */
  after?: () => void | Promise<void>;
}

/** The request's `Idempotency-Key`, checked (400 invalid_idempotency_key), or undefined without one. */
export function keyOf(request: FastifyRequest): string | undefined {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new AppError('invalid_idempotency_key', 'Idempotency-Key must be 1–255 visible ASCII characters', { status: 400, field: 'Idempotency-Key' });
  }
  return key;
}

export async function runCreate<T>(
  deps: { db: Db; clock: Clock },
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  create: (trx: Db) => Promise<Created<T>>,
): Promise<void> {
  const key = keyOf(request);
  // Only a keyed request is compared with a stored one; hashing every create's body cost for nothing.
  const hash = key === undefined ? '' : createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
  try {
    const outcome = await deps.db.transaction().execute(async (trx) => {
      if (key !== undefined) {
        const stored = await findStored(trx, userId, key);
        if (stored) return { replay: stored };
        await trx
          .insertInto('idempotency_keys')
          .values({ user_id: userId, key, request_hash: hash, status_code: 0, response_body: '', created_at: deps.clock.iso() })
          .execute();
      }
      const created = await create(trx);
      if (key !== undefined) {
        await trx
          .updateTable('idempotency_keys')
          .set({ status_code: created.status, response_body: JSON.stringify(created.body) })
          .where('user_id', '=', userId)
          .where('key', '=', key)
          .execute();
      }
      return { created };
    });
    if ('replay' in outcome && outcome.replay) return replay(reply, outcome.replay, hash);
    if (!('created' in outcome) || !outcome.created) return;
    await outcome.created.after?.();
    await reply.status(outcome.created.status).send(outcome.created.body);
  } catch (error) {
    // Another request with the same key committed first (PostgreSQL waits on the key's row).
    if (key !== undefined && isUniqueViolation(error)) {
      const stored = await findStored(deps.db, userId, key);
      if (stored) return replay(reply, stored, hash);
    }
    throw error;
  }
}

async function findStored(db: Db, userId: string, key: string) {
  return db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
}

async function replay(reply: FastifyReply, stored: { request_hash: string; status_code: number; response_body: string }, hash: string): Promise<void> {
  if (stored.request_hash !== hash) {
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request', { status: 422, field: 'Idempotency-Key' });
  }
  await reply.status(stored.status_code).header('idempotent-replayed', 'true').type('application/json').send(stored.response_body);
}
