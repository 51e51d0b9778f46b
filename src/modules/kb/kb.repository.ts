/**
 * All SQL of the knowledge base: articles, their searchable text and the tickets they solved.
 * The search uses the machinery of the ticket search (tickets/ticket.repository.ts): SQLite FTS5
 * over an external-content table, ranked by bm25 with the title weighted above the body;
 * PostgreSQL a GIN-indexed tsvector, ranked by ts_rank with the title as weight A. Every word must
 * match, the last one as a prefix, so a search works while the words are still being typed.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readJson, type DialectName } from '../../platform/db/dialect.js';
import type { Audience, Reader, WordCounts } from './article.js';
import { kbDb, type KbArticleTable } from './kb.tables.js';

/** An article as stored. */
export interface ArticleRecord {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  audience: Audience;
  organizationId: string | null;
  tags: string[];
  authorUserId: string | null;
  solvedCount: number;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An article in a list or search result: no body, but its searchable text for a snippet. */
export interface ArticleListRow extends Omit<ArticleRecord, 'body' | 'bodyHtml'> {
  text: string;
  /** The search's relevance: higher is better; 0 in a plain list. */
  rank: number;
}

/** Which articles a list or search may return. */
export interface ArticleFilter {
  reader: Reader;
  audience?: Audience;
  /** Articles that apply to this client: global ones and those scoped to it. */
  organizationId?: string;
  tag?: string;
  /** Archived articles instead of live ones (staff). */
  archived?: boolean;
}

const COLUMNS = ['a.id', 'a.title', 'a.audience', 'a.organization_id', 'a.tags', 'a.author_user_id', 'a.solved_count', 'a.archived_at', 'a.version', 'a.created_at', 'a.updated_at'] as const;

type ArticleRow = Omit<KbArticleTable, 'body' | 'body_html'>;

function fromRow(r: ArticleRow) {
  return {
    id: r.id,
    title: r.title,
    audience: r.audience as Audience,
    organizationId: r.organization_id,
    tags: readJson<string[]>(r.tags, []),
    authorUserId: r.author_user_id,
    solvedCount: Number(r.solved_count),
    archivedAt: r.archived_at,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Stores a new article and its searchable text. */
export async function insertArticle(db: Db, a: ArticleRecord, text: string): Promise<void> {
  const k = kbDb(db);
  await k.insertInto('kb_articles').values(toRow(a)).execute();
  await k.insertInto('kb_search').values({ article_id: a.id, title: a.title, body: text }).execute();
}

/** Writes a changed article if it is still at `expectedVersion`; false when someone changed it first. */
export async function saveArticle(db: Db, a: ArticleRecord, expectedVersion: number, text: string): Promise<boolean> {
  const k = kbDb(db);
  const { id, ...row } = toRow(a);
  const r = await k.updateTable('kb_articles').set(row).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await k.updateTable('kb_search').set({ title: a.title, body: text }).where('article_id', '=', id).execute();
  return true;
}

function toRow(a: ArticleRecord): KbArticleTable {
  return {
    id: a.id,
    title: a.title,
    body: a.body,
    body_html: a.bodyHtml,
    audience: a.audience,
    organization_id: a.organizationId,
    tags: JSON.stringify(a.tags),
    author_user_id: a.authorUserId,
    solved_count: a.solvedCount,
    archived_at: a.archivedAt,
    version: a.version,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

/** An article by id, whoever may read it (the caller checks with `canRead`). */
export async function findArticle(db: Db, id: string): Promise<ArticleRecord | undefined> {
  const r = await kbDb(db).selectFrom('kb_articles as a').select([...COLUMNS, 'a.body', 'a.body_html']).where('a.id', '=', id).executeTakeFirst();
  return r && { ...fromRow(r), body: r.body, bodyHtml: r.body_html };
}

/** The conditions of `filter` over `kb_articles as a`; a client's own limits always apply. */
function visible(dialect: DialectName, f: ArticleFilter): Expression<SqlBool> {
  // Archived articles are for staff only: a client asking for them gets live ones.
  const archived = f.archived === true && f.reader.kind === 'staff';
  const parts = [archived ? sql`a.archived_at IS NOT NULL` : sql`a.archived_at IS NULL`];
  if (f.reader.kind === 'client') {
    parts.push(sql`a.audience = 'clients'`, sql`(a.organization_id IS NULL OR a.organization_id = ${f.reader.organizationId})`);
  }
  if (f.audience) parts.push(sql`a.audience = ${f.audience}`);
  if (f.organizationId) parts.push(sql`(a.organization_id IS NULL OR a.organization_id = ${f.organizationId})`);
  if (f.tag) {
    parts.push(dialect === 'sqlite'
      ? sql`EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ${f.tag})`
      : sql`a.tags @> ${JSON.stringify([f.tag])}::jsonb`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

/** Articles newest change first, after the cursor `(updatedAt, id)`. */
export async function listArticles(db: Db, dialect: DialectName, filter: ArticleFilter, page: { limit: number; after?: [string, string] }): Promise<ArticleListRow[]> {
  let q = kbDb(db)
    .selectFrom('kb_articles as a')
    .innerJoin('kb_search as s', 's.article_id', 'a.id')
    .select([...COLUMNS, 's.body as text'])
    .where(visible(dialect, filter));
  if (page.after) {
    const [at, id] = page.after;
    q = q.where((eb) => eb.or([eb('a.updated_at', '<', at), eb.and([eb('a.updated_at', '=', at), eb('a.id', '<', id)])]));
  }
  const rows = await q.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc').limit(page.limit + 1).execute();
  return rows.map((r) => ({ ...fromRow(r), text: r.text, rank: 0 }));
}

/**
 * How many articles hold each of `terms`, from the full-text engine's own word statistics. SQLite:
 * exact, from the FTS5 index (`kb_search_vocab`, migration 038). PostgreSQL: the share of rows
 * holding each common lexeme that ANALYZE (autovacuum) keeps in `pg_stats` for the planner, as of
 * the last analysis; a word it does not list as common counts as held by none.
 */
export async function wordCounts(db: Db, dialect: DialectName, terms: string[]): Promise<WordCounts> {
  if (terms.length === 0) return { articles: 0, holding: new Map() };
  if (dialect === 'sqlite') {
    const [{ rows: total }, { rows }] = await Promise.all([
      sql<{ n: number }>`SELECT count(*) AS n FROM kb_search`.execute(db),
      sql<{ term: string; n: number }>`SELECT term, doc AS n FROM kb_search_vocab WHERE term IN (${sql.join(terms)})`.execute(db),
    ]);
    return { articles: Number(total[0]?.n ?? 0), holding: new Map(rows.map((r) => [r.term, Number(r.n)])) };
  }
  const { rows } = await sql<{ term: string | null; share: number | null; articles: number }>`
    SELECT u.term, u.share, GREATEST(c.reltuples, 0) AS articles
    FROM pg_class c
    LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'kb_search' AND s.attname = 'document'
    LEFT JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(term, share) ON u.term = ANY(${terms}::text[])
    WHERE c.oid = to_regclass('kb_search')`.execute(db);
  const articles = Number(rows[0]?.articles ?? 0);
  return { articles, holding: new Map(rows.flatMap((r) => (r.term === null ? [] : [[r.term, Math.round(Number(r.share) * articles)] as const]))) };
}

/** `all`: every word must match. `any`: at least one, the more (and, on SQLite, the rarer) the better. */
export type MatchMode = 'all' | 'any';

/**
 * How many of an any-word search's best matches are ranked and filtered: at least this many, and
 * four times the results up to the page asked for, so deeper pages still find theirs.
 */
const ANY_CANDIDATES = 200;

const ftsQuery = (dialect: DialectName, terms: string[], mode: MatchMode) =>
  dialect === 'sqlite'
    ? terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(mode === 'all' ? ' ' : ' OR ')
    : terms.map((t, i) => `${t}${i === terms.length - 1 ? ':*' : ''}`).join(mode === 'all' ? ' & ' : ' | ');

/**
 * The ids, rank and solved count of one page of matches, best first. Every-word searches rank all
 * their matches, which are few. An any-word search (a ticket's subject) matches a large share of
 * the articles, so the full-text engine first picks a bounded set of candidates by its own
 * relevance — SQLite: FTS5's bm25 (`ORDER BY rank … LIMIT`, inside the index); PostgreSQL: the
 * title's ts_rank over the GIN index's matches, which reads no article's body — and only those are
 * filtered and ranked in full. A candidate the reader may not see leaves a gap the next candidates
 * fill; a search whose best few hundred matches are all out of the reader's reach finds fewer.
 */
function rankedPage(dialect: DialectName, filter: ArticleFilter, terms: string[], mode: MatchMode, page: { limit: number; offset: number }) {
  const where = visible(dialect, filter);
  const match = ftsQuery(dialect, terms, mode);
  const candidates = Math.max(ANY_CANDIDATES, 4 * (page.offset + page.limit + 1));
  const tail = sql`ORDER BY rank DESC, a.solved_count DESC, s.article_id LIMIT ${page.limit + 1} OFFSET ${page.offset}`;
  if (dialect === 'sqlite') {
    if (mode === 'all') {
      return sql`SELECT s.article_id, -bm25(kb_search_fts, 10.0, 1.0) AS rank, a.solved_count
        FROM kb_search_fts JOIN kb_search s ON s.id = kb_search_fts.rowid JOIN kb_articles a ON a.id = s.article_id
        WHERE kb_search_fts MATCH ${match} AND ${where} ${tail}`;
    }
    return sql`SELECT s.article_id, m.score AS rank, a.solved_count
      FROM (SELECT rowid, -rank AS score FROM kb_search_fts WHERE kb_search_fts MATCH ${match} AND rank MATCH 'bm25(10.0, 1.0)' ORDER BY rank LIMIT ${candidates}) m
      JOIN kb_search s ON s.id = m.rowid JOIN kb_articles a ON a.id = s.article_id
      WHERE ${where} ${tail}`;
  }
  const query = sql`to_tsquery('simple', ${match})`;
  if (mode === 'all') {
    return sql`SELECT s.article_id, ts_rank(s.document, ${query}) AS rank, a.solved_count
      FROM kb_search s JOIN kb_articles a ON a.id = s.article_id
      WHERE s.document @@ ${query} AND ${where} ${tail}`;
  }
  return sql`SELECT s.article_id, ts_rank(s.document, ${query}) AS rank, a.solved_count
    FROM (SELECT article_id FROM kb_search WHERE document @@ ${query} ORDER BY ts_rank(title_document, ${query}) DESC, article_id LIMIT ${candidates}) m
    JOIN kb_search s ON s.article_id = m.article_id JOIN kb_articles a ON a.id = s.article_id
    WHERE ${where} ${tail}`;
}

/**
 * Articles matching the terms (every one, or any one), best first (ties: solved more tickets, then id), from `offset`.
 * `terms` are letters and digits only (`searchTerms` of the tickets module), so no user text
 * reaches the full-text query syntax.
 */
export async function searchArticles(db: Db, dialect: DialectName, filter: ArticleFilter, terms: string[], mode: MatchMode, page: { limit: number; offset: number }): Promise<ArticleListRow[]> {
  if (terms.length === 0) return [];
  // Ranks the matches reading only the index, the filter columns and the sort keys; the articles'
  // rows and texts are read for the one page kept (at 10,000 articles a common word matches
  // thousands, and carrying their texts through the sort doubled the time: bench/RESULTS.md).
  const onePage = (d: Db) => sql<ArticleRow & { text: string; rank: number }>`
    SELECT ${sql.raw(COLUMNS.join(', '))}, t.body AS text, r.rank
    FROM (${rankedPage(dialect, filter, terms, mode, page)}) r JOIN kb_articles a ON a.id = r.article_id JOIN kb_search t ON t.article_id = r.article_id
    ORDER BY r.rank DESC, r.solved_count DESC, r.article_id`.execute(d);
  // PostgreSQL costs `@@` as if it were free, so for an any-word search matching a fifth of the
  // articles it chose to read and test all 10,000 documents (20 ms) where the GIN index finds the
  // matches in under 2 ms (bench/RESULTS.md); the setting lasts for this transaction only.
  const { rows } = dialect === 'postgres' && mode === 'any' && !db.isTransaction
    ? await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      return onePage(trx);
    })
    : await onePage(db);
  return rows.map((r) => ({ ...fromRow(r), text: r.text, rank: Number(r.rank) }));
}

/**
 * Records that `articleId` solved `ticketId` and counts it on the article, once per ticket: false
 * (and nothing counted) when the link was already there.
 */
export async function linkToTicket(db: Db, link: { articleId: string; ticketId: string; organizationId: string; linkedBy: string; at: string }): Promise<boolean> {
  const k = kbDb(db);
  const r = await k
    .insertInto('kb_article_links')
    .values({ article_id: link.articleId, ticket_id: link.ticketId, organization_id: link.organizationId, linked_by: link.linkedBy, linked_at: link.at })
    .onConflict((oc) => oc.columns(['article_id', 'ticket_id']).doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
  await k.updateTable('kb_articles').set((eb) => ({ solved_count: eb('solved_count', '+', 1) })).where('id', '=', link.articleId).execute();
  return true;
}

/** The articles linked to a ticket as having solved it, first linked first. */
export async function ticketArticles(db: Db, ticketId: string): Promise<Array<{ articleId: string; title: string; audience: Audience; linkedBy: string | null; linkedAt: string }>> {
  const rows = await kbDb(db)
    .selectFrom('kb_article_links as l')
    .innerJoin('kb_articles as a', 'a.id', 'l.article_id')
    .select(['l.article_id', 'a.title', 'a.audience', 'l.linked_by', 'l.linked_at'])
    .where('l.ticket_id', '=', ticketId)
    .orderBy('l.linked_at')
    .orderBy('l.article_id')
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, title: r.title, audience: r.audience as Audience, linkedBy: r.linked_by, linkedAt: r.linked_at }));
}

/** An article and how many of one client's tickets it solved. */
export interface SolvedRow {
  organizationId: string;
  articleId: string;
  title: string;
  audience: Audience;
  archived: boolean;
  tickets: number;
}

/**
 * Per client (or for one), the articles that solved the most of its tickets, most first (ties by
 * title), at most `perClient` each; clients in id order.
 */
export async function solvedByClient(db: Db, filter: { organizationId?: string; perClient: number }): Promise<SolvedRow[]> {
  let q = kbDb(db)
    .selectFrom('kb_article_links as l')
    .innerJoin('kb_articles as a', 'a.id', 'l.article_id')
    .select((eb) => ['l.organization_id', 'l.article_id', 'a.title', 'a.audience', 'a.archived_at', eb.fn.countAll<number>().as('tickets')])
    .where('l.organization_id', 'is not', null)
    .groupBy(['l.organization_id', 'l.article_id', 'a.title', 'a.audience', 'a.archived_at']);
  if (filter.organizationId) q = q.where('l.organization_id', '=', filter.organizationId);
  const rows = await q.orderBy('l.organization_id').orderBy('tickets', 'desc').orderBy('a.title').orderBy('l.article_id').execute();
  const kept = new Map<string, number>();
  const out: SolvedRow[] = [];
  for (const r of rows) {
    const org = r.organization_id ?? '';
    const n = kept.get(org) ?? 0;
    if (n >= filter.perClient) continue;
    kept.set(org, n + 1);
    out.push({ organizationId: org, articleId: r.article_id, title: r.title, audience: r.audience as Audience, archived: r.archived_at !== null, tickets: Number(r.tickets) });
  }
  return out;
}
