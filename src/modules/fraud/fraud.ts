/**
 * The wire-fraud guard's vocabulary: what the scorer reads from a message, what it knows about the
 * client, and what it answers. Pure types; the weights live in weights.ts, the rules in score-message.ts.
 */

/** What the scorer reads from one inbound message. Addresses are bare (`name@example.com`). */
export interface FraudInput {
  /** The From address and its display name (null when the header has none). */
  from: { address: string; name: string | null };
  /** Every Reply-To address (empty when the header is absent). */
  replyTo: string[];
  /** The envelope sender from Return-Path (null when absent or the null sender `<>`). */
  returnPath: string | null;
  subject: string;
  /** The message's plain text (the visible reply or the whole body); only its start is read. */
  text: string;
  /**
   * Results from the trusted receiving server's Authentication-Results header (RFC 8601), e.g.
   * `{ spf: 'pass', dkim: 'fail', dmarc: 'fail' }`; null when no trusted header was found.
   */
  authResults: { spf?: string; dkim?: string; dmarc?: string } | null;
}

/**
 * What the desk knows when a message arrives for one client. The lists are prepared once per
 * array and reused: pass a new array when one changes (appending in place is noticed too).
 */
export interface FraudContext {
  /** The client's and its contacts' organisation domains and the MSP's own. */
  knownDomains: string[];
  /** Directory people (client contacts, MSP staff) with their addresses; one row per address. */
  knownPeople: { name: string; address: string }[];
  /**
   * Sender domains seen before; a sender domain missing here is newly seen. `null` when the desk's
   * history is unknown (a corpus run), so no domain counts as newly seen.
   */
  seenDomains: string[] | null;
  /** Look-alike domains already detected at any client: one seen anywhere raises the risk everywhere. */
  lookalikeDomains: string[];
  /** The client's flag threshold: a score at or above it flags the message (0–100). */
  threshold: number;
}

/** One reason the message looks risky, written for the technician who reads the flag. */
export interface FraudReason {
  /** Stable code (see FraudReasonCode and docs/fraud.md). */
  code: string;
  /** What was seen and why it matters, in plain words. */
  detail: string;
  /** Points this reason adds to the score. */
  weight: number;
  /**
   * On `lookalike_domain` and `mixed_script_domain`: the registrable domain (ASCII) to remember
   * as a look-alike, so it raises the risk at every client from now on (`lookalikeDomains`).
   */
  domain?: string;
}

/** The scorer's answer: the score (0–100), whether it reaches the threshold, and every reason. */
export interface FraudScore {
  score: number;
  flagged: boolean;
  /** Strongest first. */
  reasons: FraudReason[];
}

/** Every code a FraudReason can carry. */
export type FraudReasonCode =
  | 'lookalike_domain'
  | 'known_lookalike_domain'
  | 'mixed_script_domain'
  | 'new_sender_domain'
  | 'unreadable_sender'
  | 'display_name_impersonation'
  | 'display_name_address'
  | 'reply_to_mismatch'
  | 'return_path_mismatch'
  | 'spf_failed'
  | 'dkim_failed'
  | 'dmarc_failed'
  | 'forged_known_domain'
  | 'payment_language'
  | 'bank_change_language'
  | 'gift_card_language'
  | 'urgency_language'
  | 'secrecy_language'
  | 'payment_amount';

/** Builds a reason; a weight of 0 or less (a signal tuned off) yields none. */
export function reason(code: FraudReasonCode, detail: string, weight: number, domain?: string): FraudReason[] {
  if (!(weight > 0)) return [];
  return domain === undefined ? [{ code, detail, weight }] : [{ code, detail, weight, domain }];
}
