/**
 * HTTP of the owner's reports beyond FCR and SLA (reports.routes.ts, sla.routes.ts): CSAT, backlog
 * ageing, after-hours pages, DR readiness, goodwill given and hours against contract value (billing's
 * figures), each as JSON or CSV (format=csv). Staff only.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { endOfDay } from '../../platform/http/input-ranges.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import { CalendarCache } from '../sla/index.js';
import { accountReviewRoutes } from './account-review.routes.js';
import { afterHoursCsv, afterHoursReport } from './after-hours-report.js';
import { backlogCsv, backlogReport } from './backlog-report.js';
import { contractProfitability, goodwillByPeriod, goodwillCsv, profitabilityCsv } from './billing-reports.js';
import { csatCsv, csatReport } from './csat-report.js';
import { readinessCsv, readinessReport } from './readiness-report.js';

const N = Type.Union([Type.Number(), Type.Null()]);
const Format = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' }));
const Period = { from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }) };
const groups = <T extends string>(values: T[], byDefault: T) => Type.Optional(Type.Union(values.map((v) => Type.Literal(v)), { default: byDefault }));

const CsatRow = Type.Object({ group: Type.String(), label: Type.String(), ratings: Type.Integer(), good: Type.Integer(), okay: Type.Integer(), bad: Type.Integer(), csatPercent: N });
const BacklogRow = Type.Object({
  group: Type.String(),
  label: Type.String(),
  total: Type.Integer(),
  buckets: Type.Object({ under_1d: Type.Integer(), '1_3d': Type.Integer(), '3_7d': Type.Integer(), '7_30d': Type.Integer(), over_30d: Type.Integer() }),
  oldestDays: Type.Integer(),
});
const ReadinessRowT = Type.Object({
  organizationId: Type.String(),
  organization: Type.String(),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(Type.Object({ code: Type.String(), text: Type.String(), points: Type.Integer() })),
});
const AfterHoursRow = Type.Object({ group: Type.String(), label: Type.String(), pages: Type.Integer(), afterHours: Type.Integer(), afterHoursPercent: N });
const GoodwillRow = Type.Object({ group: Type.String(), label: Type.String(), currency: Type.String(), entries: Type.Integer(), minutes: Type.Integer({ description: 'Billed minutes waived.' }), valueMinor: Type.Integer({ description: 'What the waived time would have cost, in minor units of the currency.' }) });
const ProfitabilityRow = Type.Object({
  group: Type.String(),
  label: Type.String(),
  currency: Type.String(),
  minutesWorked: Type.Integer(),
  workedValueMinor: Type.Integer({ description: 'The time worked at the contract’s rates (covered and waived time too).' }),
  billableMinor: Type.Integer({ description: 'The value of the time billed as chargeable.' }),
  feesMinor: Type.Integer({ description: 'The monthly fees (fixed flat fee, block price) over the days of the period the contract ran.' }),
  contractValueMinor: Type.Integer({ description: 'Fees plus billable time.' }),
  valuePerHourMinor: N,
});
/** The 200 answer: the rows as JSON, or with format=csv the same rows as text/csv. */
const jsonOrCsv = <T extends TSchema>(row: T) => ({
  description: 'JSON by default; with format=csv the same rows as text/csv.',
  content: { 'application/json': { schema: Type.Object({ items: Type.Array(row) }) }, 'text/csv': { schema: Type.String() } },
});

/** Registers the CSAT, backlog, after-hours, goodwill and profitability reports. */
export function ownerReportRoutes(app: App, deps: { db: Db; clock: Clock; timeZone: string }): void {
  const tags = ['reports'];
  // The office calendar of the after-hours report, compiled once and again only when it changes.
  const calendars = new CalendarCache();
  accountReviewRoutes(app, deps);
  const staffOnly = (request: FastifyRequest) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff can read reports');
  };
  const period = (q: { from: string; to: string }) => {
    if (q.to < q.from) throw new AppError('invalid_period', 'The period ends before it starts', { status: 400, field: '/to' });
    return { from: `${q.from}T00:00:00.000Z`, to: endOfDay(q.to) };
  };
  const csv = (reply: FastifyReply, name: string, body: string) => reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(body);

  app.get('/api/v1/reports/csat', {
    schema: {
      tags,
      summary: 'Client satisfaction per technician, client, team or month: ratings given in the period and the share that were good (JSON or CSV)',
      description: 'A rating counts in the period it was given (its latest change). Per technician and team, it counts for whoever had the ticket when it was first resolved (`none` when nobody had).',
      querystring: Type.Object({ ...Period, groupBy: groups(['technician', 'organization', 'team', 'month'], 'technician'), format: Format }, { additionalProperties: false }),
      response: { 200: jsonOrCsv(CsatRow), ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const { groupBy = 'technician', format = 'json' } = request.query;
    const rows = await csatReport(deps.db, { ...period(request.query), groupBy });
    return format === 'csv' ? csv(reply, `csat-${request.query.from}-${request.query.to}`, csatCsv(rows)) : { items: rows };
  });

  app.get('/api/v1/reports/backlog', {
    schema: {
      tags,
      summary: 'Backlog ageing: tickets open now by how long ago they were opened, per priority or client (JSON or CSV)',
      description: 'Open means not resolved, closed or merged away. Buckets: under 1 day, 1–3, 3–7, 7–30 days, 30 days and over.',
      querystring: Type.Object({ groupBy: groups(['priority', 'organization'], 'priority'), format: Format }, { additionalProperties: false }),
      response: { 200: jsonOrCsv(BacklogRow), ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const { groupBy = 'priority', format = 'json' } = request.query;
    const rows = await backlogReport(deps.db, { now: deps.clock.now(), groupBy });
    return format === 'csv' ? csv(reply, `backlog-${deps.clock.iso().slice(0, 10)}`, backlogCsv(rows)) : { items: rows };
  });

  app.get('/api/v1/reports/after-hours', {
    schema: {
      tags,
      summary: 'Pages sent per month or per person paged, and how many were after hours (JSON or CSV)',
      description:
        'After hours: outside the windows of the calendar named by `calendarId` (the MSP’s own office hours, with its holidays), or without one on a Saturday or Sunday or outside 08:00–18:00 in SWITCHBOARD_REPORT_TIME_ZONE. Each message to a contact method counts; test pages do not.',
      querystring: Type.Object({ ...Period, groupBy: groups(['month', 'person'], 'month'), calendarId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), format: Format }, { additionalProperties: false }),
      response: { 200: jsonOrCsv(AfterHoursRow), ...problemResponses(400, 401, 403, 422) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const { groupBy = 'month', format = 'json' } = request.query;
    const office = request.query.calendarId ? await calendars.get(deps.db, request.query.calendarId) : undefined;
    if (request.query.calendarId && !office) throw new AppError('unknown_calendar', 'No calendar has that id', { status: 422, field: '/calendarId' });
    const rows = await afterHoursReport(deps.db, { ...period(request.query), groupBy, timeZone: deps.timeZone, officeHours: office?.calendar });
    return format === 'csv' ? csv(reply, `after-hours-${request.query.from}-${request.query.to}`, afterHoursCsv(rows)) : { items: rows };
  });

  app.get('/api/v1/reports/readiness', {
    schema: {
      tags,
      summary: 'DR readiness per client: its score (0–100) and what lowers it, lowest first (JSON or CSV)',
      description: 'Scored from backup jobs, restore tests, the DR plan and vendor dependencies without a fallback (docs/readiness.md).',
      querystring: Type.Object({ format: Format }, { additionalProperties: false }),
      response: { 200: jsonOrCsv(ReadinessRowT), ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const rows = await readinessReport(deps.db, deps.clock.now());
    return request.query.format === 'csv' ? csv(reply, `readiness-${deps.clock.iso().slice(0, 10)}`, readinessCsv(rows)) : { items: rows };
  });

  app.get('/api/v1/reports/goodwill', {
    schema: {
      tags,
      summary: 'Goodwill given: time waived as goodwill per client, reason or month, with its value (JSON or CSV)',
      description: 'Entries waived as goodwill that started in the period (UTC days); one row per group and currency. From billing’s goodwillByPeriod.',
      querystring: Type.Object({ ...Period, groupBy: groups(['organization', 'reason', 'month'], 'organization'), format: Format }, { additionalProperties: false }),
      response: { 200: jsonOrCsv(GoodwillRow), ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const { groupBy = 'organization', format = 'json' } = request.query;
    const rows = await goodwillByPeriod(deps.db, { ...period(request.query), groupBy });
    return format === 'csv' ? csv(reply, `goodwill-${request.query.from}-${request.query.to}`, goodwillCsv(rows)) : { items: rows };
  });

  app.get('/api/v1/reports/profitability', {
    schema: {
      tags,
      summary: 'Hours worked against contract value, per contract or per client (JSON or CSV)',
      description: 'Contract value: the monthly fees over the days of the period the contract ran, plus its billable time. Time worked: every entry started in the period, at the contract’s rates. From billing’s contractProfitability.',
      querystring: Type.Object({ ...Period, groupBy: groups(['contract', 'organization'], 'contract'), format: Format }, { additionalProperties: false }),
      response: { 200: jsonOrCsv(ProfitabilityRow), ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    staffOnly(request);
    const { groupBy = 'contract', format = 'json' } = request.query;
    const rows = await contractProfitability(deps.db, { ...period(request.query), groupBy });
    return format === 'csv' ? csv(reply, `profitability-${request.query.from}-${request.query.to}`, profitabilityCsv(rows)) : { items: rows };
  });
}
