/**
 * HTTP of the knowledge base. Staff write articles and read them all; client users read only
 * live, client-visible articles that are global or scoped to their own organisation — by id, in
 * lists, in searches and in the portal's suggestions — and anything else answers like a missing
 * article. Staff mark an article as what solved a ticket.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff, type Actor } from '../auth/index.js';
import { findTicketForActor, searchTerms } from '../tickets/index.js';
import { canRead, meaningfulTerms, renderArticle, snippet, strongMatch, withoutCommonWords, type Reader } from './article.js';
import { createArticle } from './create-article.js';
import type { KbDeps } from './kb-deps.js';
import { findArticle, listArticles, searchArticles, solvedByClient, ticketArticles, wordCounts, type ArticleListRow } from './kb.repository.js';
import { ArticleListQuery, CreateArticleBody, KbArticle, KbArticleSummary, KbLinkBody, KbPreview, KbPreviewBody, KbSolvedRow, SolvedQuery, SuggestionQuery, TicketKbLink, UpdateArticleBody } from './kb.schema.js';
import { linkArticle } from './link-article.js';
import { updateArticle } from './update-article.js';

const LIST = cursorShape('kb.articles', 'instant', 'text');
// A search pages by position in its ranking: the rank itself is a float no cursor part carries.
const SEARCH = cursorShape('kb.search', 'integer');

/** What the kb's routes use: the writes' deps and the dialect the search is written for. */
export interface KbRoutesDeps extends KbDeps {
  dialect: DialectName;
}

const readerOf = (actor: Actor): Reader => (isStaff(actor) ? { kind: 'staff' } : { kind: 'client', organizationId: actor.organizationId });

const presentSummary = (terms: string[]) => ({ text, rank: _r, authorUserId: _a, version: _v, createdAt: _c, ...row }: ArticleListRow) => ({ ...row, snippet: snippet(text, terms) });

/** Registers the knowledge base's routes. */
export function kbRoutes(app: App, deps: KbRoutesDeps): void {
  for (const s of [KbArticle, KbArticleSummary, TicketKbLink, KbPreview, KbSolvedRow]) app.addSchema(s);
  const { db, dialect } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Only MSP staff write knowledge-base articles');
    return actor;
  };
  const readable = async (request: FastifyRequest, id: string) => {
    const article = await findArticle(db, id);
    if (!article || !canRead(readerOf(actorFrom(request)), article)) throw notFound('Article');
    return article;
  };
  const tags = ['kb'];
  // An any-word search ranks by the words that tell articles apart: no function words, and none
  // that most articles hold (article.ts, withoutCommonWords).
  const anyWords = async (words: string[]) => {
    const meaningful = meaningfulTerms(words);
    return withoutCommonWords(meaningful, await wordCounts(db, dialect, meaningful));
  };

  app.get('/api/v1/kb/articles', {
    schema: {
      tags,
      summary: 'Knowledge-base articles: searched best match first with `q`, else newest change first',
      description: 'Staff see every article; client users only live client-visible ones that are global or their own organisation’s.',
      querystring: ArticleListQuery,
      response: { 200: Page(Type.Ref('KbArticleSummary'), 'KbArticlePage'), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const { q, match = 'all', limit = 50, cursor: _c, ...rest } = request.query;
    const filter = { ...rest, reader: readerOf(actorFrom(request)) };
    const words = q === undefined ? undefined : searchTerms(q);
    const terms = words && match === 'any' ? await anyWords(words) : words;
    if (terms === undefined) {
      const rows = await listArticles(db, dialect, filter, { limit, after: readCursor(request, LIST) });
      return toPage(request, LIST, rows, limit, (r) => [r.updatedAt, r.id], presentSummary([]));
    }
    const offset = readCursor(request, SEARCH)?.[0] ?? 0;
    const rows = await searchArticles(db, dialect, filter, terms, match, { limit, offset });
    const present = presentSummary(terms);
    // Marked on demand, where a ticket's subject is searched: nothing runs when a ticket is created.
    const suggest = (row: ArticleListRow) => ({ ...present(row), suggested: row.audience === 'clients' && strongMatch(searchTerms(row.title), terms) });
    return toPage(request, SEARCH, rows, limit, () => [offset + limit], match === 'any' ? suggest : present);
  });

  app.get('/api/v1/kb/suggestions', {
    schema: {
      tags,
      summary: 'Client-visible articles matching what a client types (the portal’s new request)',
      description: 'Only live client-visible articles, global or of the caller’s own organisation (staff: of any client), matching any of the words, best match first.',
      querystring: SuggestionQuery,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('KbArticleSummary')) }, { title: 'KbSuggestions' }), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const terms = await anyWords(searchTerms(request.query.q));
    const rows = await searchArticles(db, dialect, { reader: readerOf(actorFrom(request)), audience: 'clients' }, terms, 'any', { limit: request.query.limit ?? 5, offset: 0 });
    return { items: rows.slice(0, request.query.limit ?? 5).map(presentSummary(terms)) };
  });

  app.get('/api/v1/kb/articles/:id', {
    schema: { tags, summary: 'An article with its Markdown and sanitised HTML', params: IdParams, response: { 200: Type.Ref('KbArticle'), ...problemResponses(401, 404) } },
  }, async (request) => readable(request, request.params.id));

  app.post('/api/v1/kb/articles', {
    schema: { tags, summary: 'Write an article (staff)', body: CreateArticleBody, response: { 201: Type.Ref('KbArticle'), ...problemResponses(400, 401, 403, 422) } },
  }, async (request, reply) => {
    const actor = staff(request);
    const made = await db.transaction().execute((trx) => createArticle({ db: trx, clock: deps.clock }, actor, request.body, request.ip));
    return reply.code(201).send(made);
  });

  app.patch('/api/v1/kb/articles/:id', {
    schema: {
      tags,
      summary: 'Change, archive or restore an article (staff)',
      params: IdParams,
      body: UpdateArticleBody,
      response: { 200: Type.Ref('KbArticle'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = staff(request);
    return db.transaction().execute((trx) => updateArticle({ db: trx, clock: deps.clock }, actor, request.params.id, request.body, request.ip));
  });

  app.post('/api/v1/kb/preview', {
    schema: {
      tags,
      summary: 'Markdown rendered and sanitised as saving an article would (staff): the editor’s preview',
      body: KbPreviewBody,
      response: { 200: Type.Ref('KbPreview'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    return { html: renderArticle(request.body.body).html };
  });

  app.get('/api/v1/kb/solved', {
    schema: {
      tags,
      summary: 'Per client, the articles that solved the most of its tickets (staff)',
      description: 'Counts the tickets each article was marked as having solved ("this solved it"), per client of the ticket; archived articles are included and marked.',
      querystring: SolvedQuery,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('KbSolvedRow')) }, { title: 'KbSolvedReport' }), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const { organizationId, perClient = 5 } = request.query;
    return { items: await solvedByClient(db, { organizationId, perClient }) };
  });

  const ticketOf = async (request: FastifyRequest, ref: string) => {
    const ticket = await findTicketForActor(db, staff(request), ref);
    if (!ticket) throw notFound('Ticket');
    return ticket;
  };

  app.get('/api/v1/tickets/:id/kb-links', {
    schema: {
      tags: [...tags, 'tickets'],
      summary: 'The articles marked as having solved a ticket (staff)',
      params: IdParams,
      response: { 200: Type.Object({ items: Type.Array(Type.Ref('TicketKbLink')) }, { title: 'TicketKbLinks' }), ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    const ticket = await ticketOf(request, request.params.id);
    return { items: await ticketArticles(db, ticket.id) };
  });

  app.post('/api/v1/tickets/:id/kb-links', {
    schema: {
      tags: [...tags, 'tickets'],
      summary: '“This solved it”: link an article to a ticket and count it (staff)',
      description: 'Once per article and ticket: marking it again answers 200 and counts nothing. The article must be global or scoped to the ticket’s client.',
      params: IdParams,
      body: KbLinkBody,
      response: { 200: Type.Ref('TicketKbLink'), 201: Type.Ref('TicketKbLink'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => {
    const actor = staff(request);
    const ticket = await ticketOf(request, request.params.id);
    const { articleId } = request.body;
    const { created } = await db.transaction().execute((trx) => linkArticle({ db: trx, clock: deps.clock }, actor, ticket, articleId));
    const link = (await ticketArticles(db, ticket.id)).find((l) => l.articleId === articleId);
    return reply.code(created ? 201 : 200).send(link);
  });
}
