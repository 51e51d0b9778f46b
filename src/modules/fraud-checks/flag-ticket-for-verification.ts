import type { Db } from '../../platform/db/connect.js';
import { raiseFlag } from './raise-flag.js';

/** What mail intake passes when an inbound message scores at or above the client's threshold. */
export interface FlagForVerificationInput {
  ticketId: string;
  /** The ticket message holding the inbound mail; null when there is none. */
  messageId: string | null;
  score: number;
  /** The scorer's reasons, strongest first (a look-alike's `domain` is kept when present). */
  reasons: { code: string; detail: string; weight: number }[];
  /** Who the message claims to be: the From address and display name. */
  purportedSender: { address: string; name: string | null };
}

/**
 * Flags a ticket *verify by phone* for an inbound message, inside the caller's transaction: the
 * ticket cannot be resolved until a call-back to a number on file is logged. Dated with the
 * ticket's last change — the intake's own clock, as it has just written the message — since it
 * takes no clock of its own. Calling it again for the same message changes nothing.
 */
export async function flagTicketForVerification(trx: Db, input: FlagForVerificationInput): Promise<void> {
  await raiseFlag({ db: trx }, {
    ticketId: input.ticketId,
    source: 'message',
    messageId: input.messageId,
    score: input.score,
    reasons: input.reasons,
    sender: { address: input.purportedSender.address, name: input.purportedSender.name },
    raisedBy: null,
  });
}
