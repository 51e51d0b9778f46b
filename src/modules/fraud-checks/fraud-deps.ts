import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DomainEvent } from '../../platform/events.js';

/** What the fraud-checks use cases need: a database handle (usually a transaction), time, and the outbox of live events. */
export interface FraudDeps {
  db: Db;
  clock: Clock;
  /** Collects live events; the caller publishes them after the transaction commits. */
  emit: (event: DomainEvent) => void;
}

/**
 * The domain events this module publishes after commit, all internal (staff only on the live
 * stream). The warning's mail does not hang on them: it is queued from the ticket event
 * `fraud.warning_published`, in the publishing transaction.
 */
export const FRAUD_EVENTS = {
  flagged: 'fraud.flagged',
  callLogged: 'fraud.call_logged',
  /** A call-back found the message a fraud: data { flagId, purportedSender, lookalikeDomains }. */
  confirmed: 'fraud.confirmed',
  /** A warning for the client's users was published: data { warningId, flagId, text }. */
  warningPublished: 'fraud.warning_published',
  warningChanged: 'fraud.warning_changed',
} as const;
