/**
 * The demo MSP (`switchboard demo`, `serve --demo`): its rows, then what the modules derive from a
 * ticket's history, as on any desk.
 */
import type { Config } from '../config.js';
import { ManualClock, systemClock, type Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/connect.js';
import { hashPassword, hashToken } from '../modules/auth/index.js';
import { loadDemo, type DemoSummary } from '../modules/demo/index.js';
import { startLadders } from '../modules/escalation/index.js';
import { addDemoProvider } from '../modules/notify/index.js';
import { CalendarCache, recomputeClocks } from '../modules/sla/index.js';
import { allTicketIds } from '../modules/tickets/index.js';
import { ladderDeps } from './shared.js';

/**
 * Loads the demo MSP into an empty database as it stands at `clock`'s now: the rows, then every
 * ticket's SLA clocks derived from its history (as a live ticket's are on each change), then the
 * live desk's ladders started through the escalation module at the moment their tickets were
 * raised, so their first steps are due (or just done) and the engine pages them as on any desk.
 * With a secret key (which seals every provider's settings) the demo provider is registered too,
 * so those pages land in the Demo outbox.
 */
export async function installDemo(database: Database, config: Config, clock: Clock = systemClock): Promise<DemoSummary> {
  const summary = await loadDemo(database, { seed: config.demoSeed, nowMs: clock.now(), hashPassword, tokenHash: hashToken });
  if (config.secretKey) await addDemoProvider({ db: database.db, clock, secretKey: config.secretKey });
  const calendars = new CalendarCache();
  const sla = { clock, calendars, dialect: database.dialect };
  const ids = await allTicketIds(database.db);
  for (let i = 0; i < ids.length; i += 250) {
    await database.db.transaction().execute(async (trx) => {
      for (const id of ids.slice(i, i + 250)) await recomputeClocks({ ...sla, db: trx }, id);
    });
  }
  for (const ladder of summary.ladders) {
    const started = new ManualClock(Date.parse(ladder.startedAt));
    await database.db.transaction().execute((trx) => startLadders({ ...ladderDeps(started, calendars, config, database), db: trx }, ladder.ticketId, 'created', null));
  }
  return summary;
}
