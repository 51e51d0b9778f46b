/**
 * How many points each signal adds. The score is the sum of the reasons' weights, capped at 100;
 * docs/fraud.md explains each number and how to tune it. Language weights sit with their rules in
 * language-rules.ts.
 */
import type { LookalikeKind } from './lookalike.js';

/** SPF, DKIM and DMARC results as RFC 8601 names them (pass scores nothing). */
export type AuthResult = 'fail' | 'softfail' | 'neutral' | 'none' | 'policy' | 'permerror' | 'temperror';

export interface FraudWeights {
  /** Sender domain made to look like a known one, per trick. */
  lookalike: Record<LookalikeKind, number>;
  /** Sender domain already caught as a look-alike at any client. */
  knownLookalike: number;
  /** Sender domain mixing scripts (Latin with Cyrillic …) without matching a known domain. */
  mixedScript: number;
  newSenderDomain: number;
  /** From address without a readable domain. */
  unreadableSender: number;
  /** A directory person's name on an address not on file for them. */
  impersonation: {
    /** From another organisation or a free-mail provider. */
    foreign: number;
    /** From another mailbox of the person's own organisation. */
    sameDomain: number;
    /** "Name via Service": how sharing and signing services write, so weaker. */
    via: number;
  };
  /** An address written into the display name that is not the real sender. */
  addressInName: { known: number; other: number };
  /** Reply-To / Return-Path pointing elsewhere than the From domain. */
  replyTo: { lookalike: number; foreign: number; known: number };
  returnPath: { lookalike: number; foreign: number; known: number };
  auth: Record<'spf' | 'dkim' | 'dmarc', Partial<Record<AuthResult, number>>>;
  /** A known domain in From whose authentication failed: the address is likely forged. */
  forgedKnownDomain: number;
  /** Largest amount asked for (about USD), counted only beside payment, bank or gift-card words. */
  amount: { any: number; over10k: number; over100k: number };
}

/** The score at which a client's messages are flagged unless the client sets its own. */
export const DEFAULT_THRESHOLD = 50;

/** The weights the labelled examples in bench/fixtures/fraud were tuned with (bench/fraud.ts). */
export const DEFAULT_WEIGHTS: FraudWeights = {
  lookalike: { confusable: 60, typo: 50, hyphen: 50, tld_swap: 50, subdomain: 50, combo: 30 },
  knownLookalike: 50,
  mixedScript: 20,
  newSenderDomain: 10,
  unreadableSender: 10,
  impersonation: { foreign: 40, sameDomain: 15, via: 25 },
  addressInName: { known: 40, other: 25 },
  replyTo: { lookalike: 40, foreign: 20, known: 5 },
  returnPath: { lookalike: 30, foreign: 5, known: 0 },
  auth: {
    spf: { fail: 15, softfail: 8, permerror: 8, none: 5, neutral: 3, temperror: 3, policy: 3 },
    dkim: { fail: 15, permerror: 8, policy: 5, none: 3, neutral: 3, temperror: 3 },
    dmarc: { fail: 30, permerror: 8, none: 3, temperror: 3, policy: 3 },
  },
  forgedKnownDomain: 20,
  amount: { any: 5, over10k: 10, over100k: 20 },
};
