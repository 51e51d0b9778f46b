import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { organizationExists } from '../clients/index.js';
import { normaliseTags, renderArticle } from './article.js';
import type { KbDeps } from './kb-deps.js';
import { insertArticle, type ArticleRecord } from './kb.repository.js';
import type { CreateArticleBody } from './kb.schema.js';

/** A scope naming no client organisation is refused on /organizationId. */
export const unknownOrganization = () => new AppError('unknown_organization', 'There is no client organisation with this id', { status: 422, field: '/organizationId' });

/** Writes a new article (staff): its Markdown rendered and sanitised once, here, and indexed for search. */
export async function createArticle(deps: KbDeps, actor: StaffActor, body: CreateArticleBody, ip: string | null): Promise<ArticleRecord> {
  const organizationId = body.organizationId ?? null;
  if (organizationId !== null && !(await organizationExists(deps.db, organizationId))) throw unknownOrganization();
  const now = deps.clock.iso();
  const { html, text } = renderArticle(body.body);
  const article: ArticleRecord = {
    id: newId(),
    title: body.title.trim(),
    body: body.body,
    bodyHtml: html,
    audience: body.audience,
    organizationId,
    tags: normaliseTags(body.tags ?? []),
    authorUserId: actor.userId,
    solvedCount: 0,
    archivedAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertArticle(deps.db, article, text);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'kb.article_created', ip, detail: { articleId: article.id, title: article.title, audience: article.audience } });
  return article;
}
