/**
 * Articles as pure rules: Markdown rendered and sanitised, the plain text that is searched, the
 * snippet shown with a search result, and who may read an article. No I/O.
 */
import { convert } from 'html-to-text';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Who an article is for, as the API names it. */
export const AUDIENCES = ['internal', 'clients'] as const;
/** `internal`: MSP staff only. `clients`: also client users of its scope. */
export type Audience = (typeof AUDIENCES)[number];

// Raw HTML in the Markdown stays text (html: false); sanitising the output is the second fence, so
// a parser bug or a future option cannot bring script, event handlers or javascript: links through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'del', 's'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], code: ['class'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Links leave the desk without telling the article's site where the reader came from.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
};

/** The article's Markdown as sanitised HTML, and as the plain text its search indexes. */
export function renderArticle(body: string): { html: string; text: string } {
  const html = sanitizeHtml(markdown.render(body), SANITISE);
  const text = convert(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'h1', options: { uppercase: false } }, { selector: 'h2', options: { uppercase: false } }, { selector: 'h3', options: { uppercase: false } }, { selector: 'table', format: 'dataTable' }] });
  return { html, text: text.replace(/\n{3,}/g, '\n\n').trim() };
}

/** Characters of a search result's snippet. */
const SNIPPET = 180;

/**
 * A short excerpt of `text` around the first of `terms` it contains (as a word start, as the search
 * matches), else its beginning; cut at word boundaries, with an ellipsis where it was cut.
 */
export function snippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const found = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u').exec(lower);
    if (found && (at < 0 || found.index + found[1].length < at)) at = found.index + found[1].length;
  }
  if (flat.length <= SNIPPET) return flat;
  let start = at < 0 ? 0 : Math.max(0, at - 60);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + SNIPPET);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end)}${end < flat.length ? ' …' : ''}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * English function words (the common stop-word lists' core), left out of an any-word search: a ticket's subject ("VPN drops every 20
 * minutes for the remote planners") would otherwise match every article with "for" or "the" in it,
 * and PostgreSQL's ts_rank, unlike bm25, does not weigh a word by how rare it is.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by can cannot could did do does doing down during each few for from further had has have having he her here him his how i if in into is it its just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your'
  ).split(' '),
);

/** The words of an any-word search worth matching: without function words, unless nothing else is left. */
export function meaningfulTerms(terms: string[]): string[] {
  const kept = terms.filter((t) => !STOP_WORDS.has(t));
  return kept.length > 0 ? kept : terms;
}

/** How many articles there are, and how many hold each word (a word not counted holds none that matter). */
export interface WordCounts {
  articles: number;
  holding: Map<string, number>;
}

/**
 * Knowledge bases smaller than this rank every match: it is cheap, and a word shared by most of a
 * handful of articles can still be the one that finds the right article.
 */
const COMMON_FROM_ARTICLES = 200;

/**
 * The words of an any-word search worth ranking by: without those held by more than half the
 * articles, once there are enough articles for that to matter. Such a word adds nothing to bm25
 * (its inverse document frequency is at or below zero, which FTS5 floors to almost nothing), while
 * PostgreSQL's ts_rank, which ignores rarity, would let it outweigh the rare words that tell
 * articles apart; and it matches thousands of articles that all had to be ranked (bench/RESULTS.md).
 * When every word is that common, the rarest one is kept.
 */
export function withoutCommonWords(terms: string[], counts: WordCounts): string[] {
  if (counts.articles < COMMON_FROM_ARTICLES) return terms;
  const held = (t: string) => counts.holding.get(t) ?? 0;
  const kept = terms.filter((t) => held(t) <= counts.articles / 2);
  if (kept.length > 0 || terms.length === 0) return kept;
  return [terms.reduce((rarest, t) => (held(t) < held(rarest) ? t : rarest))];
}

/**
 * Whether an article's title answers a ticket's subject strongly enough to suggest it: its title
 * holds at least two of the subject's searched words (after `withoutCommonWords`), and at least
 * half of them; the last searched word may be the start of a title word, as the search matches it.
 */
export function strongMatch(titleWords: string[], terms: string[]): boolean {
  const distinct = [...new Set(terms)];
  const last = terms[terms.length - 1];
  const held = distinct.filter((t) => titleWords.some((w) => w === t || (t === last && w.startsWith(t)))).length;
  return held >= 2 && held * 2 >= distinct.length;
}

/** What a reader is, as far as reading articles goes. */
export type Reader = { kind: 'staff' } | { kind: 'client'; organizationId: string };

/** Staff read every article; a client reads live, client-visible articles that are global or its own. */
export function canRead(reader: Reader, article: { audience: Audience; organizationId: string | null; archivedAt: string | null }): boolean {
  if (reader.kind === 'staff') return true;
  return article.audience === 'clients' && article.archivedAt === null && (article.organizationId === null || article.organizationId === reader.organizationId);
}

/** Tags as stored: trimmed, lower-case, without repeats, in the order given. */
export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}
