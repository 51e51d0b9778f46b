/**
 * HTTP for saved views (staff only): a person keeps named queues with filters for themselves or
 * shares them with the desk. Only the view's owner — or an owner/admin, for a shared view — may
 * change or delete it.
 */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { newId } from '../../platform/ids.js';
import { actorFrom, isAdministrator, isStaff, type Actor, type StaffActor } from '../auth/index.js';
import { organizationExists, recordOrganization } from '../clients/index.js';
import { countOwnViews, deleteView, findVisibleView, insertView, listViews, saveView, type SavedView } from './views.repository.js';
import { CreateViewBody, SavedView as SavedViewSchema, UpdateViewBody, type ViewFilters } from './views.schema.js';

/** Enough for any desk; keeps one person from filling the table. */
export const MAX_VIEWS_PER_PERSON = 100;

function staffOnly(actor: Actor): StaffActor {
  if (!isStaff(actor)) throw forbidden('Saved views are for MSP staff');
  return actor;
}

/** The filters must name things that exist, and fit the queue. */
async function checkFilters(db: Db, queue: string, filters: ViewFilters): Promise<void> {
  if (filters.within && queue !== 'at-risk') throw invalid('within_needs_at_risk', 'A due-time window applies only to the at-risk queue', '/filters/within');
  if (filters.client) {
    if (!(await organizationExists(db, filters.client))) throw invalid('unknown_client', 'No client organisation has this id', '/filters/client');
  }
  if (filters.contact) {
    const contactOrganization = await recordOrganization(db, 'contact', filters.contact);
    if (contactOrganization === undefined) throw invalid('unknown_contact', 'No contact has this id', '/filters/contact');
    if (filters.client && contactOrganization !== filters.client) throw invalid('contact_of_other_client', 'This contact belongs to another client than the view’s client filter', '/filters/contact');
  }
}

const duplicateName = () => conflict('view_name_taken', 'You already have a view with this name', '/name');

export function viewRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  app.addSchema(SavedViewSchema);
  const tags = ['views'];
  const { db } = deps;

  async function loadOwn(d: Db, actor: StaffActor, id: string): Promise<SavedView> {
    const view = await findVisibleView(d, actor.userId, id);
    if (!view) throw notFound('View');
    if (view.ownerUserId !== actor.userId && !isAdministrator(actor)) throw forbidden('Only the person who saved this view can change it');
    return view;
  }

  app.get('/api/v1/views', {
    schema: { tags, summary: 'Your saved views and the shared ones', response: { 200: Type.Object({ items: Type.Array(Type.Ref('SavedView')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    return { items: (await listViews(db, actor.userId)) as never[] };
  });

  app.post('/api/v1/views', {
    schema: { tags, summary: 'Save a view', body: CreateViewBody, response: { 201: Type.Ref('SavedView'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = staffOnly(actorFrom(request));
    const body = request.body;
    const filters = body.filters ?? {};
    try {
      await runCreate(deps, request, reply, actor.userId, async (trx) => {
        await checkFilters(trx, body.queue, filters);
        if ((await countOwnViews(trx, actor.userId)) >= MAX_VIEWS_PER_PERSON) throw invalid('too_many_views', `You can keep at most ${MAX_VIEWS_PER_PERSON} views; delete one first`);
        const now = deps.clock.iso();
        const view: SavedView = { id: newId(), name: body.name.trim(), queue: body.queue, filters, shared: body.shared ?? false, ownerUserId: actor.userId, createdAt: now, updatedAt: now };
        await insertView(trx, view);
        return { status: 201, body: view };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  });

  app.patch('/api/v1/views/:id', {
    schema: { tags, summary: 'Rename, refilter or share a view', params: IdParams, body: UpdateViewBody, response: { 200: Type.Ref('SavedView'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const actor = staffOnly(actorFrom(request));
    const b = request.body;
    try {
      return (await db.transaction().execute(async (trx) => {
        const view = await loadOwn(trx, actor, request.params.id);
        const next: SavedView = {
          ...view,
          name: b.name?.trim() ?? view.name,
          queue: b.queue ?? view.queue,
          filters: b.filters ?? view.filters,
          shared: b.shared ?? view.shared,
          updatedAt: deps.clock.iso(),
        };
        await checkFilters(trx, next.queue, next.filters);
        await saveView(trx, next);
        return next;
      })) as never;
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  });

  app.delete('/api/v1/views/:id', {
    schema: { tags, summary: 'Delete a view', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const actor = staffOnly(actorFrom(request));
    const view = await loadOwn(db, actor, request.params.id);
    await deleteView(db, view.id);
    return reply.status(204).send(null);
  });
}
