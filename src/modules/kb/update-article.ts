import { conflict, notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { organizationExists } from '../clients/index.js';
import { normaliseTags, renderArticle } from './article.js';
import { unknownOrganization } from './create-article.js';
import type { KbDeps } from './kb-deps.js';
import { findArticle, saveArticle, type ArticleRecord } from './kb.repository.js';
import type { UpdateArticleBody } from './kb.schema.js';

const changedMeanwhile = () => conflict('version_conflict', 'The article was changed by someone else since you opened it; reload it and make your change again', '/version');

/**
 * Changes an article (staff): its text, audience, scope or tags, or archives and restores it.
 * A change made on an older `version` is refused rather than overwriting the newer one.
 */
export async function updateArticle(deps: KbDeps, actor: StaffActor, id: string, body: UpdateArticleBody, ip: string | null): Promise<ArticleRecord> {
  const current = await findArticle(deps.db, id);
  if (!current) throw notFound('Article');
  if (body.version !== undefined && body.version !== current.version) throw changedMeanwhile();
  if (body.organizationId && !(await organizationExists(deps.db, body.organizationId))) throw unknownOrganization();
  const now = deps.clock.iso();
  const markdown = body.body ?? current.body;
  const { html, text } = renderArticle(markdown);
  const archivedAt = body.archived === undefined ? current.archivedAt : body.archived ? (current.archivedAt ?? now) : null;
  const next: ArticleRecord = {
    ...current,
    title: body.title?.trim() ?? current.title,
    body: markdown,
    bodyHtml: html,
    audience: body.audience ?? current.audience,
    organizationId: body.organizationId === undefined ? current.organizationId : body.organizationId,
    tags: body.tags ? normaliseTags(body.tags) : current.tags,
    archivedAt,
    version: current.version + 1,
    updatedAt: now,
  };
  if (!(await saveArticle(deps.db, next, current.version, text))) throw changedMeanwhile();
  const changed = Object.keys(body).filter((k) => k !== 'version');
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'kb.article_changed', ip, detail: { articleId: id, changed } });
  return next;
}
