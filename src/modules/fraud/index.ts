/**
 * PLACEHOLDER until the fraud module's own branch is merged: the scoring interface the mail
 * module calls, with a scorer that finds nothing. The real module replaces this file whole.
 */

/** What the scorer reads from one inbound message. */
export interface FraudInput {
  from: { address: string; name: string | null };
  replyTo: string[];
  returnPath: string | null;
  subject: string;
  text: string;
  authResults: { spf?: string; dkim?: string; dmarc?: string } | null;
}

/** What the scorer knows about the client and the desk. */
export interface FraudContext {
  knownDomains: string[];
  knownPeople: { name: string; address: string }[];
  seenDomains: string[];
  lookalikeDomains: string[];
  threshold: number;
}

/** One signal that raised the score. */
export interface FraudReason {
  code: string;
  detail: string;
  weight: number;
}

/** The score, whether it reaches the threshold, and why. */
export interface FraudScore {
  score: number;
  flagged: boolean;
  reasons: FraudReason[];
}

/** Placeholder scorer: no signals, score 0, never flagged. */
export function scoreMessage(_input: FraudInput, _context: FraudContext): FraudScore {
  return { score: 0, flagged: false, reasons: [] };
}
