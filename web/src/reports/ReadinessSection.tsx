/** The owner's DR readiness table: each client's score (0–100) and what lowers it, lowest first, with its CSV. */
import { api, query } from '../platform/api';
import { Link } from '../platform/router';
import { EmptyState, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';

interface ReadinessRow {
  organizationId: string;
  organization: string;
  score: number;
  reasons: { code: string; text: string; points: number }[];
}

export function ReadinessSection() {
  const rows = useResource((signal) => api<{ items: ReadinessRow[] }>('GET', '/reports/readiness', undefined, { signal }).then((r) => r.items), []);
  return (
    <section className="card report-section readiness-report" aria-labelledby="readiness-title">
      <div className="report-section-head">
        <div>
          <h2 id="readiness-title">DR readiness</h2>
          <p className="muted small">Each client’s score from its backups, restore tests, DR plan and vendor fallbacks — lowest first.</p>
        </div>
        <div className="report-actions">
          <a className="button small" href={`/api/v1/reports/readiness${query({ format: 'csv' })}`} download aria-label="Download DR readiness as CSV">
            Download CSV
          </a>
        </div>
      </div>
      {rows.error !== undefined && <Notice>{(rows.error as Error).message}</Notice>}
      {!rows.data ? (
        <Spinner label="Loading the report" />
      ) : rows.data.length === 0 ? (
        <EmptyState title="No clients" />
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Score</th>
              <th scope="col">What lowers it</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((r) => (
              <tr key={r.organizationId}>
                <td>
                  <Link to={`/clients/${r.organizationId}`}>{r.organization}</Link>
                </td>
                <td>
                  <strong>{r.score}</strong>
                </td>
                <td className="small">{r.reasons.map((x) => `${x.text} (−${x.points})`).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
