import { describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/connect.js';
import { assertResolvable, resolveBlocks, type ResolveGuard } from './resolve-guard.js';

// The guards below answer from the ticket id alone, so no database is needed to run them.
const db = {} as Db;
const blocking = (code: string): ResolveGuard => async (_db, ticketId) => ({ code, message: `${code} on ${ticketId}` });
const passing: ResolveGuard = async () => null;

describe('resolve guards', () => {
  it('collects every block in the guards’ order and lets a ticket through when none blocks', async () => {
    expect(await resolveBlocks(undefined, db, 't1')).toEqual([]);
    expect(await resolveBlocks([passing, blocking('a'), passing, blocking('b')], db, 't1')).toEqual([{ code: 'a', message: 'a on t1' }, { code: 'b', message: 'b on t1' }]);
    await expect(assertResolvable([passing], db, 't1')).resolves.toBeUndefined();
  });

  it('refuses with the first block’s code and message as a 409 on the status, listing them all', async () => {
    const refusal = await assertResolvable([passing, blocking('verification_required'), blocking('other')], db, 't1').catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'verification_required', message: 'verification_required on t1', status: 409, field: '/status', details: { blocks: [{ code: 'verification_required' }, { code: 'other' }] } });
  });
});
