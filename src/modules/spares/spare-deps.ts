import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';

/** What the spares writes use. */
export interface SpareDeps {
  db: Db;
  clock: Clock;
}
