import type { Db } from '../../platform/db/connect.js';
import { ticketFlags, type FlagRecord } from './flag.repository.js';
import { findCallBack } from './find-call-back.js';
import type { CallBack } from './call-back.js';
import { verificationBlock } from './verification.js';
import { flagWarnings, type WarningRecord } from './warning.repository.js';

/** A flag as the ticket view shows it: why, who to call on which number, the outcome, the warnings. */
export type FlagView = FlagRecord & { callBack: CallBack; warnings: WarningRecord[] };

/** A ticket's verify-by-phone state: every flag, and the block while any call-back is awaited. */
export interface TicketVerification {
  ticketId: string;
  required: boolean;
  block: { code: string; message: string } | null;
  flags: FlagView[];
}

/** A flag with who to call back now and the warnings published for it. */
export async function viewFlag(db: Db, flag: FlagRecord): Promise<FlagView> {
  const { callBack } = await findCallBack(db, flag.organizationId, flag.sender);
  return { ...flag, callBack, warnings: await flagWarnings(db, flag.id) };
}

/** Reads a ticket's flags with, for each, who to call back now and the warnings published. */
export async function ticketVerification(db: Db, ticketId: string): Promise<TicketVerification> {
  const flags: FlagView[] = [];
  for (const flag of await ticketFlags(db, ticketId)) flags.push(await viewFlag(db, flag));
  const block = verificationBlock(flags.filter((f) => f.call === null));
  return { ticketId, required: block !== null, block, flags };
}
