/**
 * HTTP for closing an incident (staff): resolving it (its children resolved with the closing
 * update, some kept open with a reason), its post-incident review (generated, then edited), the
 * review's action items, and on each client's page the action items of the incidents that touched it.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff } from '../auth/index.js';
import type { ResolveGuard } from '../tickets/index.js';
import { editReview } from './edit-review.js';
import type { ActionItem } from './incident.js';
import type { IncidentRoutesDeps } from './incidents.routes.js';
import { actionsOf, findIncident, findReview, incidentsOfClient } from './incidents.repository.js';
import { presentIncident } from './present-incident.js';
import { resolveIncident } from './resolve-incident.js';
import { ActionParams, AddActionBody, ChangeActionBody, ClientIncidentActions, EditReviewBody, IncidentAction, IncidentReview, ResolveIncidentBody } from './review.schema.js';
import { addAction, changeAction } from './save-action.js';
import type { SubscriberDeps } from './subscription-deps.js';

export interface ReviewRoutesDeps extends IncidentRoutesDeps {
  /** A ticket's SLA clocks, ladders and client mail after it changed (a child resolved). */
  onTicketChanged?: (db: IncidentRoutesDeps['db'], ticketId: string) => Promise<void>;
  resolveGuards?: readonly ResolveGuard[];
  /** The status pages' subscribers, told the closing note. */
  subscribers?: Omit<SubscriberDeps, 'db'>;
}

const presentAction = ({ createdAt: _c, ...a }: ActionItem) => ({ ...a, done: a.doneAt !== null });

export function reviewRoutes(app: App, deps: ReviewRoutesDeps): void {
  for (const s of [IncidentAction, IncidentReview, ClientIncidentActions]) app.addSchema(s);
  const { db, clock } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Incidents are for MSP staff');
    return actor;
  };
  const tags = ['incidents'];
  const review = async (id: string) => {
    if (!(await findIncident(db, id))) throw notFound('Incident');
    const found = await findReview(db, id);
    if (!found) throw notFound('Review');
    const { createdAt: _c, ...shown } = found;
    return { ...shown, actions: (await actionsOf(db, [id])).map(presentAction) };
  };

  app.post('/api/v1/incidents/:id/resolve', {
    schema: {
      tags,
      summary: 'Resolve the incident: its children resolved with the closing update, some kept open with a reason (staff)',
      description: 'Each child ticket not kept open gets `note` as a public reply and is resolved; a child kept open (or held open by a resolve guard) is let go, its own escalation running again. The review’s first draft is written from the event log. A request that dies midway is finished by resolving again.',
      params: IdParams,
      body: ResolveIncidentBody,
      response: { 200: Type.Ref('Incident'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    const resolved = await resolveIncident(deps, { actor, incidentId: request.params.id, ...request.body });
    return presentIncident(db, resolved, deps.ticketPrefix, clock.now());
  });

  app.get('/api/v1/incidents/:id/review', {
    schema: { tags, summary: 'The post-incident review and its action items (staff)', params: IdParams, response: { 200: Type.Ref('IncidentReview'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    return review(request.params.id);
  });

  app.put('/api/v1/incidents/:id/review', {
    schema: { tags, summary: 'Edit the post-incident review (staff)', params: IdParams, body: EditReviewBody, response: { 200: Type.Ref('IncidentReview'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const actor = staff(request);
    if (!(await findIncident(db, request.params.id))) throw notFound('Incident');
    await db.transaction().execute((trx) => editReview({ db: trx, clock }, { incidentId: request.params.id, ...request.body, actorUserId: actor.userId }));
    return review(request.params.id);
  });

  app.post('/api/v1/incidents/:id/actions', {
    schema: { tags, summary: 'Add an action item to the review: title, assignee, due date (staff)', params: IdParams, body: AddActionBody, response: { 201: Type.Ref('IncidentAction'), ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    staff(request);
    return reply.status(201).send(presentAction(await addAction({ db, clock }, request.params.id, request.body)));
  });

  app.patch('/api/v1/incidents/:id/actions/:actionId', {
    schema: { tags, summary: 'Change an action item or mark it done (staff)', params: ActionParams, body: ChangeActionBody, response: { 200: Type.Ref('IncidentAction'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    staff(request);
    return presentAction(await db.transaction().execute((trx) => changeAction({ db: trx, clock }, request.params.id, request.params.actionId, request.body)));
  });

  app.get('/api/v1/organizations/:id/incident-actions', {
    schema: { tags: [...tags, 'clients'], summary: 'The incidents that touched a client, with their review’s action items (staff)', params: IdParams, response: { 200: Type.Ref('ClientIncidentActions'), ...problemResponses(401, 403) } },
  }, async (request) => {
    staff(request);
    const incidents = await incidentsOfClient(db, request.params.id, 50);
    const actions = await actionsOf(db, incidents.map((i) => i.id));
    return {
      items: incidents.map((i) => ({ incidentId: i.id, incidentTitle: i.title, declaredAt: i.declaredAt, resolvedAt: i.resolvedAt, actions: actions.filter((a) => a.incidentId === i.id).map(presentAction) })),
    };
  });
}
