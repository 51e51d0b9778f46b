/**
 * Resolve guards: checks other modules hand the tickets module, through the composition root,
 * that can hold a ticket open (the fraud guard's "verify by phone"). The tickets module knows
 * only this shape, never what a guard checks.
 */
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';

/** Why a ticket may not be resolved yet, in words for the person who tried. */
export interface ResolveBlock {
  /** Stable code; the refusal's problem code when this block is the first. */
  code: string;
  /** What stands in the way and what to do about it. */
  message: string;
}

/**
 * A check run in the writing transaction before a ticket is resolved, closed or merged away:
 * null lets it through. It applies to every staff role alike.
 */
export type ResolveGuard = (db: Db, ticketId: string) => Promise<ResolveBlock | null>;

/** Every block the guards raise for a ticket, in the guards' order. */
export async function resolveBlocks(guards: readonly ResolveGuard[] | undefined, db: Db, ticketId: string): Promise<ResolveBlock[]> {
  const blocks: ResolveBlock[] = [];
  for (const guard of guards ?? []) {
    const block = await guard(db, ticketId);
    if (block) blocks.push(block);
  }
  return blocks;
}

/** Refuses, with the first block's code and message (409, field `/status`), while any guard blocks. */
export async function assertResolvable(guards: readonly ResolveGuard[] | undefined, db: Db, ticketId: string, field = '/status'): Promise<void> {
  const blocks = await resolveBlocks(guards, db, ticketId);
  if (blocks.length > 0) throw new AppError(blocks[0].code, blocks[0].message, { status: 409, field, details: { blocks } });
}
