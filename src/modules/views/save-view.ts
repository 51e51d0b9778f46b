/**
 * Saving a view (staff): a named queue with filters, kept for oneself or shared with the desk. The
 * filters must name a client and contact that exist, and fit the queue; the names of one person's
 * views are unique, and one person keeps at most MAX_VIEWS_PER_PERSON.
 */
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isAdministrator, type StaffActor } from '../auth/index.js';
import { contactsByIds, organizationExists } from '../clients/index.js';
import { countOwnViews, findVisibleView, insertView, saveView, type SavedView } from './views.repository.js';
import type { CreateViewBody, UpdateViewBody, ViewFilters } from './views.schema.js';

/** Enough for any desk; keeps one person from filling the table. */
export const MAX_VIEWS_PER_PERSON = 100;

/** The filters must name things that exist, and fit the queue. */
async function checkFilters(db: Db, queue: string, filters: ViewFilters): Promise<void> {
  if (filters.within && queue !== 'at-risk') throw invalid('within_needs_at_risk', 'A due-time window applies only to the at-risk queue', '/filters/within');
  if (filters.client && !(await organizationExists(db, filters.client))) throw invalid('unknown_client', 'No client organisation has this id', '/filters/client');
  if (filters.contact) {
    const [contact] = await contactsByIds(db, [filters.contact]);
    if (!contact) throw invalid('unknown_contact', 'No contact has this id', '/filters/contact');
    if (filters.client && contact.organizationId !== filters.client) {
      throw invalid('contact_of_other_client', 'This contact belongs to another client than the view’s client filter', '/filters/contact');
    }
  }
}

/** A second view of the same person with this name: the unique index decides. */
async function saving(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('view_name_taken', 'You already have a view with this name', '/name');
    throw error;
  }
}

/** The view `id` if the actor may change it: their own, or a shared one for an owner or admin. */
export async function ownView(db: Db, actor: StaffActor, id: string): Promise<SavedView> {
  const view = await findVisibleView(db, actor.userId, id);
  if (!view) throw notFound('View');
  if (view.ownerUserId !== actor.userId && !isAdministrator(actor)) throw forbidden('Only the person who saved this view can change it');
  return view;
}

/** Saves a new view of the actor's. */
export async function createView(deps: { db: Db; clock: Clock }, input: { actor: StaffActor; body: CreateViewBody }): Promise<SavedView> {
  const { actor, body } = input;
  const filters = body.filters ?? {};
  await checkFilters(deps.db, body.queue, filters);
  if ((await countOwnViews(deps.db, actor.userId)) >= MAX_VIEWS_PER_PERSON) throw invalid('too_many_views', `You can keep at most ${MAX_VIEWS_PER_PERSON} views; delete one first`);
  const now = deps.clock.iso();
  const view: SavedView = { id: newId(), name: body.name.trim(), queue: body.queue, filters, shared: body.shared ?? false, ownerUserId: actor.userId, createdAt: now, updatedAt: now };
  await saving(() => insertView(deps.db, view));
  return view;
}

/** Renames, refilters or shares a view, in one transaction with the check that the actor may. */
export async function changeView(deps: { db: Db; clock: Clock }, input: { actor: StaffActor; id: string; patch: UpdateViewBody }): Promise<SavedView> {
  const b = input.patch;
  return deps.db.transaction().execute(async (trx) => {
    const view = await ownView(trx, input.actor, input.id);
    const next: SavedView = {
      ...view,
      name: b.name?.trim() ?? view.name,
      queue: b.queue ?? view.queue,
      filters: b.filters ?? view.filters,
      shared: b.shared ?? view.shared,
      updatedAt: deps.clock.iso(),
    };
    await checkFilters(trx, next.queue, next.filters);
    await saving(() => saveView(trx, next));
    return next;
  });
}
