/**
 * HTTP for saved views (staff only): a person keeps named queues with filters for themselves or
 * shares them with the desk. Only the view's owner — or an owner/admin, for a shared view — may
 * change or delete it.
 */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff, type Actor, type StaffActor } from '../auth/index.js';
import { deleteView } from './delete-view.js';
import { changeView, createView } from './save-view.js';
import { listViews } from './views.repository.js';
import { CreateViewBody, SavedView as SavedViewSchema, UpdateViewBody } from './views.schema.js';

function staffOnly(actor: Actor): StaffActor {
  if (!isStaff(actor)) throw forbidden('Saved views are for MSP staff');
  return actor;
}

export function viewRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  app.addSchema(SavedViewSchema);
  const tags = ['views'];

  app.get('/api/v1/views', {
    schema: { tags, summary: 'Your saved views and the shared ones', response: { 200: Type.Object({ items: Type.Array(Type.Ref('SavedView')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    return { items: await listViews(deps.db, actor.userId) };
  });

  app.post('/api/v1/views', {
    schema: { tags, summary: 'Save a view', body: CreateViewBody, response: { 201: Type.Ref('SavedView'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = staffOnly(actorFrom(request));
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await createView({ db: trx, clock: deps.clock }, { actor, body: request.body }) }));
  });

  app.patch('/api/v1/views/:id', {
    schema: { tags, summary: 'Rename, refilter or share a view', params: IdParams, body: UpdateViewBody, response: { 200: Type.Ref('SavedView'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    return changeView(deps, { actor, id: request.params.id, patch: request.body });
  });

  app.delete('/api/v1/views/:id', {
    schema: { tags, summary: 'Delete a view', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const actor = staffOnly(actorFrom(request));
    await deleteView(deps, { actor, id: request.params.id });
    return reply.status(204).send(null);
  });
}
