/** SQL of the reports module's own table: the rolling alerts' states. */
import type { Db } from '../../platform/db/connect.js';
import type { AlertState } from './owner-rules.js';
import { reportsDb } from './reports.tables.js';

export async function alertState(db: Db, key: string): Promise<AlertState | undefined> {
  const r = await reportsDb(db).selectFrom('report_alerts').select('state').where('key', '=', key).executeTakeFirst();
  return r?.state as AlertState | undefined;
}

/** Records a check: the state (its change time moves only when it changed) and the figure. */
export async function saveAlertState(db: Db, key: string, state: AlertState, value: number | null, at: string): Promise<void> {
  await reportsDb(db)
    .insertInto('report_alerts')
    .values({ key, state, value, changed_at: at, checked_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        changed_at: eb.case().when('report_alerts.state', '=', state).then(eb.ref('report_alerts.changed_at')).else(at).end(),
        state,
        value,
        checked_at: at,
      })),
    )
    .execute();
}
