/**
 * The wire-fraud guard's score for one inbound message: every signal's reasons, their weights
 * summed and capped at 100, flagged at the client's threshold. Pure: no I/O, no clock; the same
 * message and context always give the same answer. Signals, weights and tuning: docs/fraud.md.
 */
import { authenticationSignals } from './authentication.js';
import { displayNameSignals } from './display-name.js';
import { domainOfAddress } from './domains.js';
import { prepareContext } from './fraud-context.js';
import type { FraudContext, FraudInput, FraudReason, FraudScore } from './fraud.js';
import { LANGUAGE_RULES, type LanguageRule } from './language-rules.js';
import { languageSignals } from './language-signals.js';
import { replyPathSignals } from './reply-paths.js';
import { senderDomainSignals } from './sender-domain.js';
import { DEFAULT_WEIGHTS, type FraudWeights } from './weights.js';

/** Tuning beyond the per-client threshold: other weights or language rules (tests, benchmarks). */
export interface FraudOptions {
  weights?: FraudWeights;
  rules?: readonly LanguageRule[];
}

/** The highest score; the weights of all reasons are summed up to it. */
export const MAX_SCORE = 100;

/** Scores one message for a client. Never throws, whatever the strings hold. */
export function scoreMessage(input: FraudInput, context: FraudContext, options: FraudOptions = {}): FraudScore {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const rules = options.rules ?? LANGUAGE_RULES;
  const prepared = prepareContext(context);
  const from = { address: String(input?.from?.address ?? ''), name: input?.from?.name ?? null };
  const fromDomain = domainOfAddress(from.address);
  const reasons: FraudReason[] = [
    ...senderDomainSignals(from.address, fromDomain, prepared, weights),
    ...displayNameSignals(from, fromDomain, prepared.people, prepared.known, weights),
    ...replyPathSignals(input?.replyTo ?? [], input?.returnPath ?? null, fromDomain, prepared, weights),
    ...authenticationSignals(input?.authResults ?? null, fromDomain, prepared.known, weights),
    ...languageSignals(input?.subject ?? '', input?.text ?? '', rules, weights),
  ];
  reasons.sort((a, b) => b.weight - a.weight);
  const score = Math.min(MAX_SCORE, reasons.reduce((sum, r) => sum + r.weight, 0));
  return { score, flagged: score >= prepared.threshold, reasons };
}
