/**
 * The reports' engine steps, each a standing deadline that re-arms itself (no polling loop of its
 * own): `reports.fcr-watch` checks the rolling 30-day FCR rate every day at 06:00 and tells the
 * owners once per drop below the target; `reports.weekly-summary` mails each owner the week's
 * figures on Mondays at 07:00 (both in SWITCHBOARD_REPORT_TIME_ZONE). Load → decide (owner-rules.ts,
 * pure) → apply; what is queued carries a key per run, so a retried run queues nothing twice.
 */
import type { Clock } from '../../platform/clock.js';
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { armDeadlineIfAbsent, notifyEngines } from '../../platform/engine/deadlines.repository.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import { queueStaffMail, type MailDb } from '../mail/index.js';
import { activeStaffWithRole } from '../auth/index.js';
import { FCR_TARGET_PERCENT } from './fcr.js';
import { fcrReport } from './fcr-report.js';
import { decideFcrAlert, FCR_ROLLING_DAYS, nextFcrCheckAt, nextWeeklySummaryAt, summaryWeek } from './owner-rules.js';
import { alertState, saveAlertState } from './reports.repository.js';
import { summaryFigures, summaryText } from './weekly-summary.js';

export const FCR_WATCH_KIND = 'reports.fcr-watch';
export const WEEKLY_SUMMARY_KIND = 'reports.weekly-summary';

export interface ReportStepDeps {
  /** SWITCHBOARD_REPORT_TIME_ZONE. */
  timeZone: string;
  publicUrl: string;
  /** Pages the owners (and admins) once per key: the escalation module's pageAdministrators, into notify's outbox. */
  pageOwners: (db: Db, page: { key: string; subject: string; body: string; at: number }) => Promise<number>;
}

/** Arms both schedules unless they are armed already (every engine node calls this as it starts). */
export async function armReportSchedules(deps: { db: Db; dialect: DialectName; clock: Clock; timeZone: string }): Promise<void> {
  const now = deps.clock.now();
  const nowIso = toIso(now);
  await armDeadlineIfAbsent(deps.db, { id: FCR_WATCH_KIND, kind: FCR_WATCH_KIND, subjectId: 'fcr', dueAt: nextFcrCheckAt(now, deps.timeZone), payload: {}, nowIso });
  await armDeadlineIfAbsent(deps.db, { id: WEEKLY_SUMMARY_KIND, kind: WEEKLY_SUMMARY_KIND, subjectId: 'owners', dueAt: nextWeeklySummaryAt(now, deps.timeZone), payload: {}, nowIso });
  await notifyEngines(deps.db, deps.dialect);
}

export function fcrWatchHandler(deps: ReportStepDeps): DeadlineHandler {
  return {
    kind: FCR_WATCH_KIND,
    async handle(trx, _deadline, now): Promise<HandlerResult> {
      const rows = await fcrReport(trx, { from: toIso(now - FCR_ROLLING_DAYS * 86_400_000), to: toIso(now), groupBy: 'organization' });
      const tickets = rows.reduce((a, r) => a + r.tickets, 0);
      const first = rows.reduce((a, r) => a + r.firstContact, 0);
      const rate = tickets === 0 ? null : Math.round((first / tickets) * 1000) / 10;
      const decision = decideFcrAlert(await alertState(trx, 'fcr'), rate, FCR_TARGET_PERCENT);
      if (decision.tell) {
        await deps.pageOwners(trx, {
          key: `reports.fcr:${toIso(now)}`,
          subject: `First-contact resolution has dropped to ${rate}% (target ${FCR_TARGET_PERCENT}%)`,
          body: `Over the last ${FCR_ROLLING_DAYS} days ${first} of ${tickets} phone tickets were resolved on the first contact: ${rate}%, below the ${FCR_TARGET_PERCENT}% target. You are told once per drop; the next message comes after the rate has recovered and dropped again. Per technician and client: ${deps.publicUrl.replace(/\/+$/, '')}/reports?period=30d`,
          at: now,
        });
      }
      await saveAlertState(trx, 'fcr', decision.state, rate, toIso(now));
      return { retryAt: nextFcrCheckAt(now, deps.timeZone) };
    },
  };
}

export function weeklySummaryHandler(deps: ReportStepDeps & { clock: Clock }): DeadlineHandler {
  return {
    kind: WEEKLY_SUMMARY_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      // The week before the run's due day, even when the engine runs it late.
      const week = summaryWeek(deadline.dueAt, deps.timeZone);
      const to = toIso(week.to);
      const figures = await summaryFigures(trx, { from: toIso(week.from), to, timeZone: deps.timeZone });
      const link = `${deps.publicUrl.replace(/\/+$/, '')}/reports?from=${week.firstDay}&to=${week.lastDay}`;
      const { subject, body } = summaryText(figures, { ...week, timeZone: deps.timeZone }, link);
      for (const owner of await activeStaffWithRole(trx, 'owner')) {
        await queueStaffMail({ db: trx, clock: deps.clock }, { key: `owner-summary:${to}:${owner.id}`, to: { name: owner.name, email: owner.email }, subject, body });
      }
      return { retryAt: nextWeeklySummaryAt(Math.max(now, deadline.dueAt), deps.timeZone) };
    },
  };
}
