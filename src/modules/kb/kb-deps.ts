import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';

/** What the kb's writes use. */
export interface KbDeps {
  db: Db;
  clock: Clock;
}
