import { AppError, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, touchTicket } from '../tickets/index.js';
import type { KbDeps } from './kb-deps.js';
import { findArticle, linkToTicket } from './kb.repository.js';

/** The ticket "this solved it" is marked on, as the route found it for the actor. */
export interface LinkTicket {
  id: string;
  organizationId: string;
}

/**
 * "This solved it": links an article to a ticket and counts the ticket on the article, once per
 * ticket (marking it again changes nothing). The ticket's history records it as an internal event,
 * and the ticket's version moves so open views of it reload.
 */
export async function linkArticle(deps: KbDeps, actor: StaffActor, ticket: LinkTicket, articleId: string): Promise<{ created: boolean }> {
  const article = await findArticle(deps.db, articleId);
  if (!article) throw notFound('Article', '/articleId');
  if (article.archivedAt !== null) throw new AppError('article_archived', 'This article is archived; restore it before marking it as a solution', { status: 422, field: '/articleId' });
  if (article.organizationId !== null && article.organizationId !== ticket.organizationId) {
    throw new AppError('article_other_client', 'This article is scoped to another client than the ticket’s', { status: 422, field: '/articleId' });
  }
  const now = deps.clock.iso();
  const created = await linkToTicket(deps.db, { articleId, ticketId: ticket.id, organizationId: ticket.organizationId, linkedBy: actor.userId, at: now });
  if (!created) return { created };
  await touchTicket(deps.db, ticket.id, now);
  await insertTicketEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'kb.solved', field: null, before: null, after: { articleId, title: article.title }, internal: true, at: now });
  return { created };
}
