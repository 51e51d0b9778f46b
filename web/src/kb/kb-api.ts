/** The knowledge base's shapes and calls, typed from the OpenAPI document. */
import { api } from '../platform/api';
import type { components } from '../platform/api-types';

export type KbArticle = components['schemas']['KbArticle'];
export type KbArticleSummary = components['schemas']['KbArticleSummary'];
export type TicketKbLink = components['schemas']['TicketKbLink'];

/** Articles sharing words with `q` (a ticket's subject) that apply to the client, best first (staff). */
export function searchArticles(q: string, organizationId: string, signal: AbortSignal) {
  const query = new URLSearchParams({ q, match: 'any', organizationId, limit: '8' });
  return api<{ items: KbArticleSummary[] }>('GET', `/kb/articles?${query}`, undefined, { signal });
}

/** Client-visible articles matching what a client types, best first. */
export function suggestArticles(q: string, signal: AbortSignal) {
  return api<{ items: KbArticleSummary[] }>('GET', `/kb/suggestions?${new URLSearchParams({ q, limit: '5' })}`, undefined, { signal });
}

export function readArticle(id: string, signal?: AbortSignal) {
  return api<KbArticle>('GET', `/kb/articles/${encodeURIComponent(id)}`, undefined, { signal });
}

export type KbSolvedRow = components['schemas']['KbSolvedRow'];

/** The console's article list: searched (every word) or newest change first, with its filters (staff). */
export function listArticles(filter: { q: string; audience: string; organizationId: string; archived: boolean }, signal: AbortSignal) {
  const query = new URLSearchParams({ limit: '50' });
  if (filter.q) query.set('q', filter.q);
  if (filter.audience) query.set('audience', filter.audience);
  if (filter.organizationId) query.set('organizationId', filter.organizationId);
  if (filter.archived) query.set('archived', 'true');
  return api<{ items: KbArticleSummary[] }>('GET', `/kb/articles?${query}`, undefined, { signal });
}

/** Markdown rendered and sanitised by the server, exactly as saving would (staff). */
export function previewArticle(body: string, signal: AbortSignal) {
  return api<{ html: string }>('POST', '/kb/preview', { body }, { signal });
}

/** Per client, the articles that solved the most of its tickets (staff). */
export function solvedReport(signal: AbortSignal) {
  return api<{ items: KbSolvedRow[] }>('GET', '/kb/solved?perClient=3', undefined, { signal });
}
