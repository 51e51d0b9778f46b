import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { CalendarCache } from '../sla/index.js';

/** What billing's writes and reads use. */
export interface BillingDeps {
  db: Db;
  clock: Clock;
  /** Compiled coverage calendars, to tell whether work fell inside the contract's covered hours. */
  calendars: CalendarCache;
  /** The currency of a client without one of its own (SWITCHBOARD_BILLING_CURRENCY). */
  defaultCurrency: string;
}
