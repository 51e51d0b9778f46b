import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent } from '../../platform/events.js';
import type { SuspicionRules } from './suspicion.js';

/** What the alerts module's engine steps need besides the transaction the engine hands them. */
export interface AlertStepDeps {
  dialect: DialectName;
  clock: Clock;
  /** Publishes a live event once the step's transaction committed. */
  publish: (event: DomainEvent) => void;
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  incidents: SuspicionRules;
}
