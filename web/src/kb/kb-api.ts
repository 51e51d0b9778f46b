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
