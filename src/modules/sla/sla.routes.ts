/** HTTP for calendars, SLA policies, contracts, a ticket's clocks and the SLA report. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { endOfDay } from '../../platform/http/input-ranges.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff, type Actor } from '../auth/index.js';
import { findTicketForActor } from '../tickets/index.js';
import type { CalendarCache } from './calendar-cache.js';
import { explainTicketSla } from './explain-ticket-sla.js';
import { changeCalendar, createCalendar } from './save-calendar.js';
import { changeContract, createContract } from './save-contract.js';
import { changePolicy, createPolicy } from './save-policy.js';
import { slaReport, toCsv } from './sla-report.js';
import { Calendar, CalendarBody, CalendarPatch, Contract, ContractBody, ContractPatch, Policy, PolicyBody, PolicyPatch, TicketSla } from './sla.schema.js';
import {
  findCalendar,
  findContract,
  findPolicy,
  listCalendars,
  listContracts,
  listPolicies,
  organizationsUsing,
  type CalendarRecord,
} from './sla.repository.js';

export interface SlaRoutesDeps {
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
  ticketPrefix: string;
  /** Recomputes the clocks of the open tickets of these organisations after a policy change. */
  recomputeOrganizations: (organizationIds: string[]) => Promise<void>;
}

const presentCalendar = (c: CalendarRecord) => ({
  id: c.id,
  name: c.name,
  timeZone: c.timeZone,
  windows: c.spec.windows,
  holidays: c.spec.holidays ?? [],
  customHolidays: c.spec.customHolidays ?? [],
  exceptions: c.spec.exceptions ?? [],
  breaks: c.spec.breaks ?? [],
  version: c.version,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** Calendars and policies by name (name, id); contracts oldest first (created at, id). */
const CALENDARS_CURSOR = cursorShape('calendars', 'text', 'text');
const POLICIES_CURSOR = cursorShape('sla-policies', 'text', 'text');
const CONTRACTS_CURSOR = cursorShape('contracts', 'instant', 'text');

export function slaRoutes(app: App, deps: SlaRoutesDeps): void {
  for (const s of [Calendar, Policy, Contract, TicketSla]) app.addSchema(s);
  const tags = ['sla'];
  const staffOnly = (actor: Actor) => {
    if (!isStaff(actor)) throw forbidden('Only staff can see contracts, calendars and SLA policies');
  };
  const managersOnly = (actor: Actor) => {
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can change contracts, calendars and SLA policies');
  };

  const paged = Type.Object(PageQuery, { additionalProperties: false });
  app.get('/api/v1/calendars', {
    schema: { tags, summary: 'List coverage calendars', querystring: paged, response: { 200: Page(Type.Ref('Calendar'), 'CalendarPage'), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const limit = request.query.limit ?? 50;
    const rows = await listCalendars(deps.db, { limit, after: readCursor(request, CALENDARS_CURSOR) });
    return toPage(request, CALENDARS_CURSOR, rows, limit, (c) => [c.name, c.id], presentCalendar);
  });
  app.post('/api/v1/calendars', {
    schema: { tags, summary: 'Create a coverage calendar', body: CalendarBody, response: { 201: Type.Ref('Calendar'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managersOnly(actor);
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: presentCalendar(await createCalendar({ db: trx, clock: deps.clock }, request.body)) }));
  });
  app.get('/api/v1/calendars/:id', { schema: { tags, summary: 'Get a calendar', params: IdParams, response: { 200: Type.Ref('Calendar'), ...problemResponses(401, 403, 404) } } }, async (request) => {
    staffOnly(actorFrom(request));
    const c = await findCalendar(deps.db, request.params.id);
    if (!c) throw notFound('Calendar');
    return presentCalendar(c);
  });
  app.patch('/api/v1/calendars/:id', {
    schema: {
      tags,
      summary: 'Change a calendar (open tickets’ clocks follow)',
      params: IdParams,
      body: CalendarPatch,
      response: { 200: Type.Ref('Calendar'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    managersOnly(actorFrom(request));
    const current = await findCalendar(deps.db, request.params.id);
    if (!current) throw notFound('Calendar');
    const saved = await deps.db.transaction().execute((trx) => changeCalendar({ db: trx, clock: deps.clock }, current, request.body));
    await deps.recomputeOrganizations(await organizationsUsing(deps.db, { calendarId: saved.id }));
    return presentCalendar(saved);
  });

  app.get('/api/v1/sla-policies', {
    schema: { tags, summary: 'List SLA policies', querystring: paged, response: { 200: Page(Type.Ref('SlaPolicy'), 'SlaPolicyPage'), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const limit = request.query.limit ?? 50;
    const rows = await listPolicies(deps.db, { limit, after: readCursor(request, POLICIES_CURSOR) });
    return toPage(request, POLICIES_CURSOR, rows, limit, (p) => [p.name, p.id], (p) => p);
  });
  app.post('/api/v1/sla-policies', {
    schema: { tags, summary: 'Create an SLA policy', body: PolicyBody, response: { 201: Type.Ref('SlaPolicy'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managersOnly(actor);
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: (await createPolicy({ db: trx, clock: deps.clock }, request.body)) }));
  });
  app.get('/api/v1/sla-policies/:id', {
    schema: { tags, summary: 'Get an SLA policy', params: IdParams, response: { 200: Type.Ref('SlaPolicy'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const p = await findPolicy(deps.db, request.params.id);
    if (!p) throw notFound('SLA policy');
    return p;
  });
  app.patch('/api/v1/sla-policies/:id', {
    schema: {
      tags,
      summary: 'Change an SLA policy (open tickets’ clocks follow)',
      params: IdParams,
      body: PolicyPatch,
      response: { 200: Type.Ref('SlaPolicy'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    managersOnly(actorFrom(request));
    const current = await findPolicy(deps.db, request.params.id);
    if (!current) throw notFound('SLA policy');
    const next = await changePolicy({ db: deps.db, clock: deps.clock }, current, request.body);
    await deps.recomputeOrganizations(await organizationsUsing(deps.db, { policyId: next.id }));
    return next;
  });

  const contractQuery = Type.Object({ ...PageQuery, organizationId: Type.Optional(Type.String({ maxLength: 100 })) }, { additionalProperties: false });
  app.get('/api/v1/contracts', {
    schema: { tags, summary: 'List contracts, oldest first', querystring: contractQuery, response: { 200: Page(Type.Ref('Contract'), 'ContractPage'), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    staffOnly(actorFrom(request));
    const limit = request.query.limit ?? 50;
    const rows = await listContracts(deps.db, { organizationId: request.query.organizationId, limit, after: readCursor(request, CONTRACTS_CURSOR) });
    return toPage(request, CONTRACTS_CURSOR, rows, limit, (c) => [c.createdAt, c.id], (c) => c);
  });
  app.post('/api/v1/contracts', {
    schema: {
      tags,
      summary: 'Create a contract with coverage rules',
      description: 'Activating a contract retires the client’s other active contract; open tickets’ clocks follow the new one.',
      body: ContractBody,
      response: { 201: Type.Ref('Contract'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    managersOnly(actor);
    await runCreate(deps, request, reply, actor.userId, async (trx) => ({
      status: 201,
      body: (await createContract({ db: trx, clock: deps.clock }, request.body)),
      after: () => deps.recomputeOrganizations([request.body.organizationId]),
    }));
  });
  app.get('/api/v1/contracts/:id', { schema: { tags, summary: 'Get a contract', params: IdParams, response: { 200: Type.Ref('Contract'), ...problemResponses(401, 403, 404) } } }, async (request) => {
    staffOnly(actorFrom(request));
    const c = await findContract(deps.db, request.params.id);
    if (!c) throw notFound('Contract');
    return c;
  });
  app.patch('/api/v1/contracts/:id', {
    schema: {
      tags,
      summary: 'Change a contract (open tickets’ clocks follow)',
      params: IdParams,
      body: ContractPatch,
      response: { 200: Type.Ref('Contract'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    managersOnly(actorFrom(request));
    const current = await findContract(deps.db, request.params.id);
    if (!current) throw notFound('Contract');
    const saved = await deps.db.transaction().execute((trx) => changeContract({ db: trx, clock: deps.clock }, current, request.body));
    await deps.recomputeOrganizations([saved.organizationId]);
    return saved;
  });

  app.get('/api/v1/tickets/:id/sla', {
    schema: { tags: ['tickets', 'sla'], summary: 'The ticket’s SLA clocks, each explained', params: IdParams, response: { 200: Type.Ref('TicketSla'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const ticket = await findTicketForActor(deps.db, actor, request.params.id);
    if (!ticket) throw notFound('Ticket');
    return (await explainTicketSla(deps, ticket, deps.clock.now(), isStaff(actor) ? 'staff' : 'client'));
  });

  const ReportQuery = Type.Object(
    {
      from: Type.String({ format: 'date', description: 'First day (UTC), inclusive.' }),
      to: Type.String({ format: 'date', description: 'Last day (UTC), inclusive.' }),
      groupBy: Type.Optional(Type.Union([Type.Literal('organization'), Type.Literal('priority'), Type.Literal('month')], { default: 'organization' })),
      format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { default: 'json' })),
    },
    { additionalProperties: false },
  );
  const N = Type.Union([Type.Number(), Type.Null()]);
  const ReportPage = Type.Object({
    items: Type.Array(
      Type.Object({ group: Type.String(), label: Type.String(), clock: Type.String(), met: Type.Integer(), missed: Type.Integer(), attainmentPercent: N, medianMinutes: N, p90Minutes: N }),
    ),
  });
  app.get('/api/v1/reports/sla', {
    schema: {
      tags: ['reports'],
      summary: 'SLA attainment and response/resolution times (JSON or CSV)',
      querystring: ReportQuery,
      response: {
        200: { description: 'JSON by default; with format=csv the same rows as text/csv.', content: { 'application/json': { schema: ReportPage }, 'text/csv': { schema: Type.String() } } },
        ...problemResponses(400, 401, 403),
      },
    },
  }, async (request, reply) => {
    staffOnly(actorFrom(request));
    const { from, to, groupBy = 'organization', format = 'json' } = request.query;
    if (to < from) throw new AppError('invalid_period', 'The period ends before it starts', { status: 400, field: '/to' });
    const rows = await slaReport(deps.db, { from: `${from}T00:00:00.000Z`, to: endOfDay(to), groupBy, now: deps.clock.now() });
    if (format === 'csv') {
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="sla-${from}-${to}.csv"`).send(toCsv(rows));
    }
    return { items: rows };
  });
}

