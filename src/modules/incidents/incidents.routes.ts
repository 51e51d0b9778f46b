/**
 * HTTP for vendor incidents (staff): the blast radius of an outage before it is declared
 * (`POST /api/v1/incidents/preview`), declaring one (a parent incident and a child ticket per
 * impacted client), reading incidents with their children, the vendor's side (its ticket, who we
 * spoke to, its promise), and each client's workaround state and checklist progress.
 * Client users get nothing here: their own incidents reach them on the status pages and the portal banner (status.routes.ts).
 */
import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { keyOf } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import type { CalendarCache } from '../sla/index.js';
import { formatTicketNumber, type OnTicketCreating } from '../tickets/index.js';
import { changeWorkaround } from './change-workaround.js';
import { declareIncident } from './declare-incident.js';
import { declareSuspectedIncident } from './declare-suspected-incident.js';
import { detachChild } from './detach-child.js';
import { discardIncident } from './discard-incident.js';
import type { IncidentLadders } from './incident-deps.js';
import { ChildParams, DeclareIncidentBody, DeclareSuspectedBody, DiscardIncidentBody, DetachChildBody, Incident, IncidentChild, IncidentPreview, IncidentSummary, PreviewIncidentBody, UpdateChildBody, UpdateIncidentBody } from './incidents.schema.js';
import { recordVendorSide } from './record-vendor-side.js';
import { findIncident, listIncidents } from './incidents.repository.js';
import { presentIncident, presentIncidents } from './present-incident.js';
import { previewIncident } from './preview-incident.js';

const INCIDENTS = cursorShape('incidents.incidents', 'instant', 'text');

export interface IncidentRoutesDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  calendars: CalendarCache;
  onTicketCreating?: OnTicketCreating;
  publish: (event: DomainEvent) => void;
  ticketPrefix: string;
  /** The children's escalation ladders: held while the incident owns them, one page for all. */
  ladders?: IncidentLadders;
}

export function incidentRoutes(app: App, deps: IncidentRoutesDeps): void {
  for (const s of [IncidentPreview, IncidentSummary, IncidentChild, Incident]) app.addSchema(s);
  const { db, clock } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Incidents are for MSP staff');
    return actor;
  };
  const incident = async (id: string) => (await findIncident(db, id)) ?? Promise.reject(notFound('Incident'));
  const tags = ['incidents'];

  app.post('/api/v1/incidents/preview', {
    schema: {
      tags,
      summary: 'The clients an outage of these services hits, before declaring it (staff)',
      description:
        'From the dependency records: each client with its criticality, the priority its child ticket would get, whether its contract covers that priority ' +
        'right now, its fallback and checklist, and its open tickets that mention the vendor or a service. Writes nothing.',
      body: PreviewIncidentBody,
      response: { 200: Type.Ref('IncidentPreview'), ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    staff(request);
    const preview = await previewIncident(deps, request.body);
    return {
      services: preview.services.map((s) => ({ id: s.id, name: s.name, vendorId: s.vendorId, vendorName: s.vendorName })),
      clients: preview.clients.map((c) => ({ ...c, matchingTickets: c.matchingTickets.map(({ id, number, subject, status }) => ({ id, number: formatTicketNumber(deps.ticketPrefix, number), subject, status })) })),
    };
  });

  app.post('/api/v1/incidents', {
    schema: {
      tags,
      summary: 'Declare a vendor incident: a child ticket per impacted client (staff)',
      description:
        'Opens one child ticket per client depending on the services (its description holds the client’s fallback and workaround checklist), or attaches the ' +
        'open ticket named in `attachTicketIds` for that client. Written a chunk of clients per transaction; an `Idempotency-Key` retry answers the incident, ' +
        'or finishes one left `declaring`.',
      body: DeclareIncidentBody,
      response: { 201: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = staff(request);
    const key = keyOf(request);
    const hash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
    const { incident: declared, replayed } = await declareIncident(deps, { actor, ...request.body, key: key === undefined ? undefined : { key, hash }, requestHash: hash });
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(await presentIncident(db, declared, deps.ticketPrefix, clock.now()));
  });

  app.post('/api/v1/suspected-incidents/:id/declare', {
    schema: {
      tags: ['alerts', 'incidents'],
      summary: 'Declare a suspected incident as a vendor incident: its clients’ alert tickets become the children (staff)',
      description:
        'Each client of the suspicion gets a child: its alert’s ticket attached while it is open, else a new ticket; clients depending on `serviceIds` join. ' +
        'The suspicion becomes `declared`, naming the incident; declaring it again answers that incident.',
      params: IdParams,
      body: DeclareSuspectedBody,
      response: { 201: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = staff(request);
    const { incident: declared, replayed } = await declareSuspectedIncident(deps, { actor, suspectedIncidentId: request.params.id, ...request.body });
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(await presentIncident(db, declared, deps.ticketPrefix, clock.now()));
  });

  app.get('/api/v1/incidents', {
    schema: {
      tags,
      summary: 'Incidents, the latest declared first (staff)',
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('IncidentSummary'), 'IncidentPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const limit = request.query.limit ?? 50;
    const page = toPage(request, INCIDENTS, await listIncidents(db, { limit, after: readCursor(request, INCIDENTS) }), limit, (i) => [i.declaredAt, i.id], (i) => i);
    return { items: await presentIncidents(db, page.items, clock.now()), nextCursor: page.nextCursor };
  });

  app.get('/api/v1/incidents/:id', {
    schema: {
      tags,
      summary: 'An incident with its children: client, ticket and workaround state (staff)',
      params: IdParams,
      response: { 200: Type.Ref('Incident'), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    staff(request);
    return presentIncident(db, await incident(request.params.id), deps.ticketPrefix, clock.now());
  });

  app.patch('/api/v1/incidents/:id', {
    schema: {
      tags,
      summary: 'Record the vendor’s side: its ticket number, who we spoke to, its promise (staff)',
      params: IdParams,
      body: UpdateIncidentBody,
      response: { 200: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = staff(request);
    const changed = await db.transaction().execute(async (trx) => recordVendorSide({ db: trx, clock }, (await findIncident(trx, request.params.id)) ?? (await Promise.reject(notFound('Incident'))), request.body, actor.userId));
    return presentIncident(db, changed, deps.ticketPrefix, clock.now());
  });

  app.patch('/api/v1/incidents/:id/children/:organizationId', {
    schema: {
      tags,
      summary: 'Set where a client’s workaround stands and which checklist steps are done (staff)',
      params: ChildParams,
      body: UpdateChildBody,
      response: { 200: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    const { id, organizationId } = request.params;
    await db.transaction().execute((trx) => changeWorkaround({ db: trx, clock }, { incidentId: id, organizationId, state: request.body.workaroundState, stepsDone: request.body.stepsDone, actorUserId: actor.userId }));
    return presentIncident(db, await incident(id), deps.ticketPrefix, clock.now());
  });

  app.post('/api/v1/incidents/:id/children/:organizationId/detach', {
    schema: { tags, summary: 'Detach a client’s child ticket: the incident lets it go and its own escalation runs again (staff)', params: ChildParams, body: DetachChildBody, response: { 200: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const actor = staff(request);
    const { id, organizationId } = request.params;
    await db.transaction().execute((trx) => detachChild({ db: trx, clock, ladders: deps.ladders }, { incidentId: id, organizationId, reason: request.body.reason, actorUserId: actor.userId }));
    return presentIncident(db, await incident(id), deps.ticketPrefix, clock.now());
  });

  app.post('/api/v1/incidents/:id/discard', {
    schema: {
      tags,
      summary: 'Discard an unfinished declaration: the incident becomes `discarded`, the children written so far are let go (staff)',
      description: 'Only an incident still `declaring` a minute after its declaration (its request died between chunks): 409 `incident_not_declaring` or `declaration_in_progress` otherwise.',
      params: IdParams,
      body: DiscardIncidentBody,
      response: { 200: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const actor = staff(request);
    const discarded = await db.transaction().execute((trx) => discardIncident({ db: trx, clock, ladders: deps.ladders }, { incidentId: request.params.id, reason: request.body.reason, actorUserId: actor.userId }));
    return presentIncident(db, discarded, deps.ticketPrefix, clock.now());
  });
}
