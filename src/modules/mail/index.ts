/**
 * The mail module's public surface: screening of inbound messages, intake (the SMTP listener,
 * IMAP mailboxes, storing, threading, triage, bounces), outbound mail, and the mail API.
 */
export { parseMessage, messageIds, DEFAULT_LIMITS, type ParseLimits } from './parse-message.js';
export type { ParsedMessage, ParseResult, ParseNote, MailAddress, MailAttachment } from './mail-message.js';
export { visibleText, type VisibleText } from './visible-text.js';
export { detectAutomatic, describeAutomatic, type AutomaticVerdict, type AutomaticKind } from './automatic.js';
export { detectBounce, type Bounce, type BounceRecipient } from './bounce.js';
export type { BounceReason } from './bounce-rules.js';
export { parseAuthResults, authservIdMatches, type AuthResults } from './auth-results.js';
export { authenticateMessage, type DnsResolver } from './authenticate-message.js';
export { screenMessage, screenParsed, emptyFraudContext, type Screening, type ScreenOptions } from './screen-message.js';
export { runCorpus, CORPUS_FRAUD_THRESHOLD, type CorpusEntry, type CorpusSummary } from './run-corpus.js';
export { tableRow, summaryLines, TABLE_HEADING } from './corpus-report.js';
export { type MailDb, type MailTables } from './mail.tables.js';
export { type IntakeDeps, type MailPorts, type SuspiciousMessage } from './intake-deps.js';
export { storeInbound } from './store-message.js';
export { processInbound } from './process-message.js';
export { IntakeWorker } from './intake-worker.js';
export { SmtpListener } from './smtp-listener.js';
export { ImapSupervisor } from './imap-supervisor.js';
export { mailRoutes, type MailRoutesDeps } from './mail.routes.js';
export { OutboundWorker } from './outbound-worker.js';
export { queueTicketMail, type QueueMailDeps, type OutboundPorts } from './queue-ticket-mail.js';
export { mailboxHealthHandler, armMailboxHealth, decideHealth, HEALTH_KIND } from './mailbox-health.step.js';
export { type Mailbox, mailboxHealth } from './mailbox.js';
export { FraudContexts } from './resolve-sender.js';
export { MailboxCache } from './mailbox-cache.js';
export { queueStaffMail, type StaffMail } from './queue-staff-mail.js';
export { queueTicketNotice, type TicketNotice } from './queue-notice-mail.js';
export { registerTicketReactions } from './ticket-reactions.js';
