/**
 * The wire-fraud guard's scorer (issue 15, item 8): scores an inbound message against what the
 * desk knows about the client — look-alike or new sender domains, a known person's name on a
 * foreign address, Reply-To and Return-Path, SPF/DKIM/DMARC, and payment, bank-change, gift-card,
 * urgency and secrecy language with amounts. Pure and database-free. See docs/fraud.md.
 */
export {
  type FraudContext,
  type FraudInput,
  type FraudReason,
  type FraudReasonCode,
  type FraudScore,
} from './fraud.js';
export { MAX_SCORE, scoreMessage, type FraudOptions } from './score-message.js';
export { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, type AuthResult, type FraudWeights } from './weights.js';
export { LANGUAGE_RULES, type LanguageCategory, type LanguageRule } from './language-rules.js';
export { type LookalikeKind } from './lookalike.js';
export { parseDomain, domainOfAddress, canonicalAddress, type DomainName } from './domains.js';
export { isFreeMail } from './free-mail.js';
export { nameTokens } from './display-name.js';
