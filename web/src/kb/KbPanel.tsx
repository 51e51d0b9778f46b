/**
 * The ticket's knowledge-base panel (staff): articles that apply to the ticket's client, searched
 * with the ticket's subject to start with; an article opens in place, and "This solved it" links it
 * to the ticket and counts it on the article.
 */
import { useEffect, useRef, useState } from 'react';
import { api, formError } from '../platform/api';
import { useResource } from '../platform/use-api';
import { useDebounced } from '../platform/use-debounced';
import { readArticle, searchArticles, type KbArticleSummary, type TicketKbLink } from './kb-api';
import './kb.css';

interface Props {
  ticketId: string;
  organizationId: string;
  subject: string;
  refreshKey: string;
  onChanged: () => void;
}

export function KbPanel({ ticketId, organizationId, subject, refreshKey, onChanged }: Props) {
  const [query, setQuery] = useState(subject);
  const q = useDebounced(query.trim());
  const results = useResource(q ? (signal) => searchArticles(q, organizationId, signal) : null, [q, organizationId]);
  const links = useResource((signal) => api<{ items: TicketKbLink[] }>('GET', `/tickets/${encodeURIComponent(ticketId)}/kb-links`, undefined, { signal }), [ticketId]);
  const reloadLinks = links.reload;
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reloadLinks();
  }, [refreshKey, reloadLinks]);
  const linked = new Set((links.data?.items ?? []).map((l) => l.articleId));

  return (
    <section className="card kb-panel" aria-labelledby="kb-title">
      <h2 id="kb-title" className="card-title">
        Knowledge base
      </h2>
      <input type="search" className="kb-search" aria-label="Search the knowledge base" placeholder="Search articles" value={query} onChange={(e) => setQuery(e.target.value)} />
      {links.data && links.data.items.length > 0 && (
        <p className="kb-solved small">
          Solved by: {links.data.items.map((l) => l.title).join(', ')}
        </p>
      )}
      {results.error !== undefined && <p className="muted small">{formError(results.error, [])}</p>}
      {q && results.data?.items.length === 0 && <p className="muted small">No article matches “{q}”.</p>}
      <ul className="kb-results">
        {(results.data?.items ?? []).map((a) => (
          <KbResult key={a.id} article={a} ticketId={ticketId} linked={linked.has(a.id)} onLinked={() => { reloadLinks(); results.reload(); onChanged(); }} />
        ))}
      </ul>
    </section>
  );
}

function KbResult({ article, ticketId, linked, onLinked }: { article: KbArticleSummary; ticketId: string; linked: boolean; onLinked: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const full = useResource(open ? (signal) => readArticle(article.id, signal) : null, [open, article.id]);
  const solved = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', `/tickets/${encodeURIComponent(ticketId)}/kb-links`, { articleId: article.id });
      onLinked();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="kb-result">
      <div className="kb-result-head">
        <button type="button" className="kb-result-title" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {article.title}
        </button>
        <span className={`badge kb-audience ${article.audience}`}>{article.audience === 'internal' ? 'Internal' : 'Client-visible'}</span>
        {article.suggested && (
          <span className="badge kb-suggested" title="Client-visible, and its title answers this ticket’s subject: worth sending to the client">
            Suggested
          </span>
        )}
      </div>
      <p className="kb-snippet small muted">{article.snippet}</p>
      {open && full.data && <div className="kb-article-body" dangerouslySetInnerHTML={{ __html: full.data.bodyHtml }} />}
      <div className="kb-result-foot small">
        <span className="muted">{article.solvedCount === 1 ? 'Solved 1 ticket' : `Solved ${article.solvedCount} tickets`}</span>
        {linked ? (
          <span className="kb-linked">✓ Solved this ticket</span>
        ) : (
          <button type="button" className="button small" disabled={busy} onClick={solved}>
            This solved it
          </button>
        )}
      </div>
      {error !== undefined && <p className="field-error small">{formError(error, [])}</p>}
    </li>
  );
}
