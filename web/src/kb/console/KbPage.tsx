/**
 * The knowledge base in the console (staff): articles listed newest change first or searched,
 * filtered by audience, client and archived; one article open in the editor beside the list; and,
 * per client, the articles that solved the most of its tickets.
 */
import { useState } from 'react';
import { formError } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import { Link } from '../../platform/router';
import { EmptyState, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { useDebounced } from '../../platform/use-debounced';
import { listArticles, solvedReport } from '../kb-api';
import { ArticleEditor } from './ArticleEditor';
import './kb-console.css';

/** `articleId`: the article open in the editor; `'new'` for a new one. */
export function KbPage({ articleId }: { articleId?: string }) {
  const directory = useDirectory();
  const [text, setText] = useState('');
  const [audience, setAudience] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [archived, setArchived] = useState(false);
  // A new article's editor opens again at its own address; this tells it that it was just saved.
  const [published, setPublished] = useState<string>();
  const q = useDebounced(text.trim());
  const list = useResource((signal) => listArticles({ q, audience, organizationId, archived }, signal), [q, audience, organizationId, archived]);
  const organizations = [...directory.organizations].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="page kb-page">
      <div className="kb-page-head">
        <h1>Knowledge base</h1>
        <Link to="/kb/new" className="button primary">
          New article
        </Link>
      </div>
      <div className="kb-filters">
        <input type="search" aria-label="Search articles" placeholder="Search titles and text" value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label="Audience" value={audience} onChange={(e) => setAudience(e.target.value)}>
          <option value="">Internal and client-visible</option>
          <option value="internal">Internal only</option>
          <option value="clients">Client-visible only</option>
        </select>
        <select aria-label="For client" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          <option value="">Every client and global</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} (and global)
            </option>
          ))}
        </select>
        <label className="kb-archived">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} /> Archived
        </label>
      </div>
      <div className="kb-layout">
        <div>
          {list.loading && !list.data && <Spinner label="Loading articles" />}
          {list.error !== undefined && <p className="field-error">{formError(list.error, [])}</p>}
          {list.data?.items.length === 0 && <EmptyState title="No article found">Write what solved a ticket, so the next one is solved faster.</EmptyState>}
          <ul className="kb-list" aria-label="Articles">
            {(list.data?.items ?? []).map((a) => (
              <li key={a.id} aria-current={a.id === articleId ? 'true' : undefined}>
                <Link to={`/kb/${a.id}`} className="kb-list-title">
                  {a.title}
                </Link>
                <div className="small muted">
                  <span className={`badge kb-audience ${a.audience}`}>{a.audience === 'internal' ? 'Internal' : 'Client-visible'}</span> {a.organizationId ? directory.orgName(a.organizationId) : 'Global'} · solved {a.solvedCount}
                  {a.tags.length > 0 && ` · ${a.tags.join(', ')}`}
                </div>
              </li>
            ))}
          </ul>
        </div>
        {articleId && (
          <ArticleEditor
            key={articleId}
            articleId={articleId === 'new' ? undefined : articleId}
            organizations={organizations}
            justPublished={published === articleId}
            onSaved={(id) => {
              setPublished(id);
              list.reload();
            }}
          />
        )}
      </div>
      <SolvedReport />
    </div>
  );
}

/** Per client, the articles marked as what solved the most of its tickets. */
function SolvedReport() {
  const directory = useDirectory();
  const report = useResource((signal) => solvedReport(signal), []);
  const byClient = new Map<string, typeof rows>();
  const rows = report.data?.items ?? [];
  for (const r of rows) byClient.set(r.organizationId, [...(byClient.get(r.organizationId) ?? []), r]);
  return (
    <section className="card kb-solved-report" aria-labelledby="kb-solved-title">
      <h2 id="kb-solved-title" className="card-title">
        Solved the most tickets, per client
      </h2>
      {report.data && rows.length === 0 && <p className="muted small">No ticket has been marked as solved by an article yet (“This solved it” on a ticket).</p>}
      <table className="setup-table" aria-label="Articles that solved the most tickets per client">
        <thead>
          <tr>
            <th>Client</th>
            <th>Article</th>
            <th>Tickets</th>
          </tr>
        </thead>
        <tbody>
          {[...byClient.entries()].flatMap(([org, items]) =>
            items.map((r, i) => (
              <tr key={`${org}-${r.articleId}`}>
                <td>{i === 0 ? directory.orgName(org) : ''}</td>
                <td>
                  <Link to={`/kb/${r.articleId}`}>{r.title}</Link>
                  {r.archived && <span className="muted small"> (archived)</span>}
                </td>
                <td>{r.tickets}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
