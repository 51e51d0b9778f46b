/**
 * HTTP of billing, under /api/v1/billing. Staff only: owners and admins set a contract's terms and
 * a client's currency, every staff member reads them; technicians log time on tickets they can see;
 * waiving time as goodwill is for the client's account manager, owners and admins.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, isStaff } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { campaignTicketIds } from '../campaigns/index.js';
import { incidentTicketIds } from '../incidents/index.js';
import { findContract } from '../sla/index.js';
import { findTicketForActor } from '../tickets/index.js';
import type { BillingDeps } from './billing-deps.js';
import { termsWithBlock, ticketTime, goodwillLedger, withNames } from './billing-reads.js';
import { accountCurrency, entriesByIds, entriesOfTickets, findEntry, findTerms } from './billing.repository.js';
import {
  AccountBody, BillingAccount, BillingTerms, GoodwillLedger, GoodwillQuery, ManualEntryBody, ReclassifyBody, RunningTimer, TermsBody, TicketTime, TimeEntry, TimerStartBody, TimerStopBody, WaiveBody, WaiveResult,
} from './billing.schema.js';
import { AppError } from '../../platform/errors.js';
import { approvalRoutes } from './approvals.routes.js';
import { clientAccountRoutes } from './client-account.routes.js';
import { logTime } from './log-time.js';
import { allFound, reclassifyTime } from './reclassify-time.js';
import { saveContractTerms } from './save-terms.js';
import { setBillingCurrency } from './set-billing-currency.js';
import { startTimer } from './start-timer.js';
import { stopTimer } from './stop-timer.js';

/** Registers billing's routes. */
export function billingRoutes(app: App, deps: BillingDeps): void {
  for (const s of [BillingTerms, BillingAccount, TimeEntry, RunningTimer, TicketTime, WaiveResult, GoodwillLedger]) app.addSchema(s);
  approvalRoutes(app, deps);
  clientAccountRoutes(app, deps);
  const { db } = deps;
  const tags = ['billing'];
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Billing is for MSP staff');
    return actor;
  };
  const admin = (request: FastifyRequest) => {
    const actor = staff(request);
    if (!isAdministrator(actor)) throw forbidden('Only owners and admins change billing terms');
    return actor;
  };
  const contractOf = async (id: string) => (await findContract(db, id)) ?? Promise.reject(notFound('Contract'));
  const organizationOf = async (request: FastifyRequest, id: string) => (await findOrganization(db, staff(request), id)) ?? Promise.reject(notFound('Client organisation'));
  const ticketOf = async (request: FastifyRequest, ref: string) => (await findTicketForActor(db, staff(request), ref)) ?? Promise.reject(notFound('Ticket'));
  // Inside a transaction the names are read with it: SQLite's one connection is the transaction's.
  const named = async (entry: Parameters<typeof withNames>[1][number], trx = db) => (await withNames({ db: trx }, [entry]))[0];

  app.get('/api/v1/billing/contracts/:id/terms', {
    schema: { tags, summary: 'A contract’s billing terms and scope, with its block hours’ months (staff)', params: IdParams, response: { 200: Type.Ref('BillingTerms'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const actor = staff(request);
    const terms = await findTerms(db, (await contractOf(request.params.id)).id);
    if (!terms) throw notFound('Billing terms');
    return termsWithBlock(deps, actor, terms);
  });

  app.put('/api/v1/billing/contracts/:id/terms', {
    schema: { tags, summary: 'Set a contract’s billing terms and scope (owner, admin)', params: IdParams, body: TermsBody, response: { 200: Type.Ref('BillingTerms'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = admin(request);
    const contract = await contractOf(request.params.id);
    const terms = await db.transaction().execute((trx) => saveContractTerms({ ...deps, db: trx }, actor, contract, request.body as TermsBody));
    return termsWithBlock(deps, actor, terms);
  });

  app.get('/api/v1/billing/clients/:id/account', {
    schema: { tags, summary: 'The currency a client is billed in (staff)', params: IdParams, response: { 200: Type.Ref('BillingAccount'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const org = await organizationOf(request, request.params.id);
    const own = await accountCurrency(db, org.id);
    return { organizationId: org.id, currency: own ?? deps.defaultCurrency, own: own !== undefined };
  });

  app.put('/api/v1/billing/clients/:id/account', {
    schema: { tags, summary: 'Set the currency a client is billed in (owner, admin)', params: IdParams, body: AccountBody, response: { 200: Type.Ref('BillingAccount'), ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    admin(request);
    const org = await organizationOf(request, request.params.id);
    await db.transaction().execute((trx) => setBillingCurrency({ ...deps, db: trx }, org.id, request.body.currency));
    return { organizationId: org.id, currency: request.body.currency, own: true };
  });

  app.get('/api/v1/billing/clients/:id/goodwill', {
    schema: { tags, summary: 'A client’s goodwill ledger: time waived by month and reason, with its value at the contract’s rate (staff)', params: IdParams, querystring: GoodwillQuery, response: { 200: Type.Ref('GoodwillLedger'), ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => goodwillLedger(deps, await organizationOf(request, request.params.id), request.query));

  app.get('/api/v1/billing/tickets/:id/time', {
    schema: { tags: [...tags, 'tickets'], summary: 'A ticket’s time entries, your running timer and what new time would be (staff)', params: IdParams, response: { 200: Type.Ref('TicketTime'), ...problemResponses(401, 403, 404) } },
  }, async (request) => ticketTime(deps, staff(request), await ticketOf(request, request.params.id)));

  app.post('/api/v1/billing/tickets/:id/time-entries', {
    schema: { tags: [...tags, 'tickets'], summary: 'Log time on a ticket by hand, classified by the client’s contract (staff)', params: IdParams, body: ManualEntryBody, response: { 201: Type.Ref('TimeEntry'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const ticket = await ticketOf(request, request.params.id);
    await runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await named(await logTime({ ...deps, db: trx }, actor, ticket, request.body as ManualEntryBody), trx) }));
  });

  app.post('/api/v1/billing/tickets/:id/timer', {
    schema: { tags: [...tags, 'tickets'], summary: 'Start your timer on a ticket (one at a time) (staff)', params: IdParams, body: TimerStartBody, response: { 201: Type.Ref('RunningTimer'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const ticket = await ticketOf(request, request.params.id);
    const timer = await db.transaction().execute((trx) => startTimer({ ...deps, db: trx }, actor, ticket, request.body as TimerStartBody));
    return reply.code(201).send({ ticketId: timer.ticketId, startedAt: timer.startedAt, workType: timer.workType, location: timer.location });
  });

  app.post('/api/v1/billing/tickets/:id/timer/stop', {
    schema: { tags: [...tags, 'tickets'], summary: 'Stop your timer on a ticket and log its time (staff)', params: IdParams, body: TimerStopBody, response: { 201: Type.Ref('TimeEntry'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const ticket = await ticketOf(request, request.params.id);
    await runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await named(await stopTimer({ ...deps, db: trx }, actor, ticket, request.body), trx) }));
  });

  app.patch('/api/v1/billing/time-entries/:id', {
    schema: { tags, summary: 'Reclassify a time entry: billable, covered, not billable, or waived as goodwill with a reason', params: IdParams, body: ReclassifyBody, response: { 200: Type.Ref('TimeEntry'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = staff(request);
    const entry = await findEntry(db, request.params.id);
    if (!entry || !(await findTicketForActor(db, actor, entry.ticketId))) throw notFound('Time entry');
    const [changed] = await db.transaction().execute((trx) => reclassifyTime({ ...deps, db: trx }, actor, [entry], request.body as ReclassifyBody));
    return named(changed);
  });

  app.post('/api/v1/billing/waivers', {
    schema: {
      tags,
      summary: 'Waive time as goodwill in one go: entries by id, or the billable time on tickets, on an incident’s child tickets or on a campaign’s people’s tickets',
      description: 'One transaction: every entry is waived or none. The account manager of every client concerned, an owner or an admin.',
      body: WaiveBody,
      response: { 200: Type.Ref('WaiveResult'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    const { entryIds, ticketIds, incidentId, campaignId, reason } = request.body;
    const filters = [['/entryIds', entryIds], ['/ticketIds', ticketIds], ['/incidentId', incidentId], ['/campaignId', campaignId]].filter(([, v]) => v !== undefined);
    if (filters.length !== 1) throw new AppError('one_filter', 'Name one of: the entries (entryIds), tickets (ticketIds), an incident (incidentId) or a campaign (campaignId)', { status: 400, field: String((filters[1] ?? ['/entryIds'])[0]) });
    const changed = await db.transaction().execute(async (trx) => {
      let entries;
      if (entryIds !== undefined) {
        const ids = [...new Set(entryIds)];
        entries = allFound(ids, await entriesByIds(trx, ids));
      } else if (ticketIds !== undefined) {
        for (const [i, id] of ticketIds.entries()) if (!(await findTicketForActor(trx, actor, id))) throw notFound('Ticket', `/ticketIds/${i}`);
        entries = (await entriesOfTickets(trx, [...new Set(ticketIds)])).filter((e) => e.classification === 'billable' && e.invoiceId === null);
      } else {
        const tickets = incidentId !== undefined ? await incidentTicketIds(trx, incidentId) : await campaignTicketIds(trx, campaignId!);
        if (!tickets) throw incidentId !== undefined ? notFound('Incident', '/incidentId') : notFound('Campaign', '/campaignId');
        entries = (await entriesOfTickets(trx, tickets)).filter((e) => e.classification === 'billable' && e.invoiceId === null);
      }
      return reclassifyTime({ ...deps, db: trx }, actor, entries, { classification: 'goodwill', reason });
    });
    return { waived: changed.length, items: await withNames(deps, changed) };
  });
}
