/**
 * The mail module's public surface: parsing and screening of inbound messages (no storage yet).
 */
export { parseMessage, messageIds, DEFAULT_LIMITS, type ParseLimits } from './parse-message.js';
export type { ParsedMessage, ParseResult, ParseNote, MailAddress, MailAttachment } from './mail-message.js';
export { visibleText, type VisibleText } from './visible-text.js';
export { detectAutomatic, describeAutomatic, type AutomaticVerdict, type AutomaticKind } from './automatic.js';
export { detectBounce, type Bounce, type BounceRecipient } from './bounce.js';
export type { BounceReason } from './bounce-rules.js';
export { parseAuthResults, type AuthResults } from './auth-results.js';
export { screenMessage, emptyFraudContext, type Screening, type ScreenOptions } from './screen-message.js';
export { runCorpus, CORPUS_FRAUD_THRESHOLD, type CorpusEntry, type CorpusSummary } from './run-corpus.js';
export { tableRow, summaryLines, TABLE_HEADING } from './corpus-report.js';
