/**
 * HTTP of rollout campaigns. Staff set up checklist templates (managers), start a client's
 * campaign, import its people from CSV, assign them in bulk and tick their steps; a client's
 * administrator reads the progress of the client's own campaigns (the portal). Anything else a
 * client asks for answers 404 like a missing campaign, or 403 for the staff-only areas.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent } from '../../platform/events.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff, userNames, type Actor } from '../auth/index.js';
import type { BillingDeps } from '../billing/index.js';
import type { OnTicketCreating } from '../tickets/index.js';
import { assignCampaignPeople } from './assign-people.js';
import { campaignPeople, campaignProgress } from './campaign-reads.js';
import { findCampaign, listCampaigns, listTemplates } from './campaigns.repository.js';
import { AssignBody, Campaign, CampaignPerson, CampaignQuery, CampaignTemplate, ChecklistStep, CreateCampaignBody, CreateTemplateBody, ImportPeopleAnswer, ImportPeopleBody, LogPersonTimeBody, MarkStepBody, PersonTimeAnswer, TemplateQuery } from './campaigns.schema.js';
import { createCampaign } from './create-campaign.js';
import { createTemplate } from './create-template.js';
import { importPeople } from './import-people.js';
import { logPersonTime } from './log-person-time.js';
import { markStep } from './mark-step.js';

export interface CampaignRoutesDeps {
  db: Db;
  clock: Clock;
  dialect: DialectName;
  /** Billing's pricing of the time logged on a person. */
  calendars: BillingDeps['calendars'];
  defaultCurrency: string;
  /** What follows a person's new ticket (SLA clocks, ladders, mail), in its transaction. */
  onTicketCreating?: OnTicketCreating;
  /** Publishes the new ticket's live events after the commit. */
  publish: (event: DomainEvent) => void;
}

/** A client's administrator reads the client's campaigns; a client user none. */
const clientAdminOf = (actor: Actor): string | undefined => (actor.kind === 'client' && actor.role === 'client_admin' ? actor.organizationId : undefined);

export function campaignRoutes(app: App, deps: CampaignRoutesDeps): void {
  for (const s of [CampaignTemplate, Campaign, CampaignPerson]) app.addSchema(s);
  const { db, clock } = deps;
  const tags = ['campaigns'];
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Working a rollout campaign is for MSP staff');
    return actor;
  };
  const write = <T>(work: (trx: Db) => Promise<T>) => db.transaction().execute(work);
  const campaignOf = async (id: string) => {
    const campaign = await findCampaign(db, id);
    if (!campaign) throw notFound('Campaign');
    return campaign;
  };

  app.get('/api/v1/campaign-templates', {
    schema: { tags, summary: 'Checklist templates (staff)', querystring: TemplateQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('CampaignTemplate')) }, { title: 'CampaignTemplates' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    staff(request);
    return { items: await listTemplates(db, request.query.organizationId) };
  });

  app.post('/api/v1/campaign-templates', {
    schema: { tags, summary: 'Add a checklist template, global or for one client (managers)', body: CreateTemplateBody, response: { 201: Type.Ref('CampaignTemplate'), ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    if (!isManager(staff(request))) throw forbidden('Only an owner, admin or service manager sets up checklist templates');
    return reply.code(201).send(await write((trx) => createTemplate({ db: trx, clock }, request.body)));
  });

  app.get('/api/v1/campaigns', {
    schema: { tags, summary: 'Rollout campaigns with their progress, newest first (staff; a client’s administrator: the client’s own)', querystring: CampaignQuery, response: { 200: Type.Object({ items: Type.Array(Type.Ref('Campaign')) }, { title: 'Campaigns' }), ...problemResponses(400, 401, 403) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const own = clientAdminOf(actor);
    if (!isStaff(actor) && own === undefined) throw forbidden('A client’s campaigns are shown to its administrators');
    const campaigns = await listCampaigns(db, own ?? request.query.organizationId);
    return { items: await Promise.all(campaigns.map((c) => campaignProgress({ db }, c, own !== undefined))) };
  });

  app.post('/api/v1/campaigns', {
    schema: { tags, summary: 'Start a rollout campaign for a client from a checklist template (staff)', body: CreateCampaignBody, response: { 201: Type.Ref('Campaign'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const made = await write((trx) => createCampaign({ db: trx, clock }, actor, request.body));
    return reply.code(201).send(await campaignProgress({ db }, made, false));
  });

  app.get('/api/v1/campaigns/:id', {
    schema: { tags, summary: 'A campaign’s progress: per step, per technician, and its blockers (staff; a client’s administrator: the client’s own)', params: IdParams, response: { 200: Type.Ref('Campaign'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const campaign = await findCampaign(db, request.params.id);
    const own = clientAdminOf(actor);
    if (!campaign || (!isStaff(actor) && campaign.organizationId !== own)) throw notFound('Campaign');
    return campaignProgress({ db }, campaign, !isStaff(actor));
  });

  app.get('/api/v1/campaigns/:id/people', {
    schema: { tags, summary: 'The people × steps grid: each person’s checklist, assignee, and each step’s coverage by the contract (staff)', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('CampaignPerson')) }, { title: 'CampaignPeople' }), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    return { items: await campaignPeople({ db }, await campaignOf(request.params.id)) };
  });

  app.post('/api/v1/campaigns/:id/people/import', {
    schema: {
      tags,
      summary: 'Import a campaign’s people from a CSV: preview, then apply (staff)',
      description: 'Each row matches a contact of the client (by email, else full name) or creates one, and gets one checklist. Invalid rows are listed with their line and column; applying imports the valid rows.',
      params: IdParams,
      body: ImportPeopleBody,
      response: { 200: ImportPeopleAnswer, ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    return write((trx) => importPeople({ db: trx, clock }, actor, { campaignId: request.params.id, csv: request.body.csv, apply: request.body.apply ?? false }, request.ip));
  });

  app.post('/api/v1/campaigns/:id/assign', {
    schema: { tags, summary: 'Assign people of a campaign to a technician in bulk, by id or by filter (staff)', params: IdParams, body: AssignBody, response: { 200: Type.Object({ assigned: Type.Integer() }, { title: 'CampaignAssignment' }), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    staff(request);
    return write((trx) => assignCampaignPeople({ db: trx, clock }, request.params.id, request.body));
  });

  app.post('/api/v1/campaign-people/:id/steps', {
    schema: { tags, summary: 'Mark a step of a person’s checklist done, blocked, not needed or open (staff)', params: IdParams, body: MarkStepBody, response: { 200: ChecklistStep, ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    const actor = staff(request);
    return write((trx) => markStep({ db: trx, clock }, actor, request.params.id, request.body));
  });

  app.post('/api/v1/campaign-people/:id/time-entries', {
    schema: {
      tags,
      summary: 'Log time on a person of a campaign, optionally for one step (staff)',
      description: 'The person’s campaign work is one ticket, opened with the first time logged; the time is logged on it and classified and priced by the client’s contract, as on any ticket.',
      params: IdParams,
      body: LogPersonTimeBody,
      response: { 201: PersonTimeAnswer, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = staff(request);
    const events: DomainEvent[] = [];
    const done = await write((trx) => logPersonTime({ ...deps, db: trx, emit: (e) => events.push(e) }, actor, request.params.id, request.body));
    for (const e of events) deps.publish(e);
    const names = await userNames(db, [done.entry.userId]);
    return reply.code(201).send({ ticketId: done.ticketId, entry: { ...done.entry, userName: names.get(done.entry.userId) ?? 'Former staff member' } });
  });
}
