import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';

/** What the campaigns writes and reads use. */
export interface CampaignDeps {
  db: Db;
  clock: Clock;
}
