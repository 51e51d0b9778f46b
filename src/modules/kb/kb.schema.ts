/** TypeBox schemas of the knowledge base: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';
import { AUDIENCES } from './article.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const AudienceT = Type.Union(AUDIENCES.map((a) => Type.Literal(a)), { description: '`internal`: MSP staff only. `clients`: also the users of the clients in its scope, in their portal.' });
const Tag = Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' });

const articleSettings = {
  title: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  body: Type.String({ maxLength: 100_000, description: 'Markdown. Raw HTML in it is shown as text; the rendered HTML is sanitised.' }),
  audience: AudienceT,
  organizationId: Type.Optional(Nullable(Id)),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 20, description: 'Stored lower-case, without repeats.' })),
};

/** A new article (staff). */
export const CreateArticleBody = Type.Object(
  { ...articleSettings, organizationId: Type.Optional(Nullable({ ...Id, description: 'The one client organisation the article is for; null or left out: every client (global).' })) },
  { additionalProperties: false },
);
export type CreateArticleBody = Static<typeof CreateArticleBody>;

/** A change to an article: any of its settings, `archived`, and optionally the version it was made on. */
export const UpdateArticleBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1, description: "The version the change was made on: when given and the article changed since, 409 version_conflict." })),
    title: Type.Optional(articleSettings.title),
    body: Type.Optional(articleSettings.body),
    audience: Type.Optional(AudienceT),
    organizationId: articleSettings.organizationId,
    tags: articleSettings.tags,
    archived: Type.Optional(Type.Boolean({ description: 'Archived articles are kept (and stay linked to the tickets they solved) but are neither listed nor searched, and clients cannot open them.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateArticleBody = Static<typeof UpdateArticleBody>;

const summaryFields = {
  id: Type.String(),
  title: Type.String(),
  audience: AudienceT,
  organizationId: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  solvedCount: Type.Integer({ description: 'Tickets this article solved ("this solved it"), one per ticket.' }),
  archivedAt: Nullable(Instant),
  updatedAt: Instant,
};

/** An article in a list, search or suggestion: no body, a snippet instead. */
export const KbArticleSummary = Type.Object(
  {
    ...summaryFields,
    snippet: Type.String({ description: 'Plain text around the first searched word (the beginning without a search).' }),
    suggested: Type.Optional(Type.Boolean({ description: 'In a `match=any` search (a ticket’s subject): true when the article is client-visible and its title holds most of the searched words — worth sending to the client.' })),
  },
  { $id: 'KbArticleSummary' },
);

/** An article in full. */
export const KbArticle = Type.Object(
  {
    ...summaryFields,
    body: Type.String({ description: 'The Markdown as written.' }),
    bodyHtml: Type.String({ description: 'The Markdown rendered to sanitised HTML.' }),
    authorUserId: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Instant,
  },
  { $id: 'KbArticle' },
);

/** The filters and search of the article list. */
export const ArticleListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words to search for (the last as a prefix); results best match first.' })),
    match: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('any')], { default: 'all', description: '`all`: every word must match. `any`: at least one, the more the better, without function words such as “the” or “for” (searching with a ticket’s subject).' })),
    audience: Type.Optional(AudienceT),
    organizationId: Type.Optional({ ...Id, description: 'Only articles that apply to this client: global ones and its own.' }),
    tag: Type.Optional(Tag),
    archived: Type.Optional(Type.Boolean({ description: 'Staff: archived articles instead of live ones.' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** What a client has typed, for the portal's suggestions. */
export const SuggestionQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200, description: 'What the client has typed so far (a new request’s subject).' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 5 })),
  },
  { additionalProperties: false },
);

/** "This solved it": the article that solved the ticket. */
export const KbLinkBody = Type.Object({ articleId: Id }, { additionalProperties: false });

/** An article linked to a ticket as having solved it. */
export const TicketKbLink = Type.Object(
  {
    articleId: Type.String(),
    title: Type.String(),
    audience: AudienceT,
    linkedBy: Nullable(Type.String()),
    linkedAt: Instant,
  },
  { $id: 'TicketKbLink' },
);

/** Markdown to preview as the article would show it (staff). */
export const KbPreviewBody = Type.Object({ body: articleSettings.body }, { additionalProperties: false });

/** Markdown rendered and sanitised exactly as saving an article would. */
export const KbPreview = Type.Object({ html: Type.String({ description: 'The sanitised HTML.' }) }, { $id: 'KbPreview' });

/** Which clients the solved-tickets report covers. */
export const SolvedQuery = Type.Object(
  {
    organizationId: Type.Optional({ ...Id, description: 'Only this client.' }),
    perClient: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 5, description: 'Articles listed per client.' })),
  },
  { additionalProperties: false },
);

/** An article and how many of one client's tickets it solved. */
export const KbSolvedRow = Type.Object(
  {
    organizationId: Type.String(),
    articleId: Type.String(),
    title: Type.String(),
    audience: AudienceT,
    archived: Type.Boolean(),
    tickets: Type.Integer({ description: 'Tickets of this client the article was marked as having solved.' }),
  },
  { $id: 'KbSolvedRow' },
);
