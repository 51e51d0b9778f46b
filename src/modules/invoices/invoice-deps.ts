import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';

/** What the invoices module's use cases and routes use. */
export interface InvoiceDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** The currency of a client without one of its own (SWITCHBOARD_BILLING_CURRENCY). */
  defaultCurrency: string;
  /** Ticket reference prefix, for time lines (SWITCHBOARD_TICKET_PREFIX). */
  ticketPrefix: string;
}
