/**
 * A client's backups and DR readiness (staff), on the client's page: the readiness score with what
 * lowers it, the backup jobs with their last success and state (a stale or failed one links to its
 * ticket), a new job (its webhook token shown once), restore tests and the DR plan.
 */
import { useState } from 'react';
import { formatFull } from '../platform/format';
import { Link } from '../platform/router';
import { useResource } from '../platform/use-api';
import { jobs, readiness, PRODUCT_LABELS, STATE_LABELS } from './backups-api';
import { DrPlanEditor } from './DrPlanEditor';
import { NewJobForm } from './NewJobForm';
import { RestoreTests } from './RestoreTests';
import './backups.css';

export function BackupsPanel({ organizationId, canSetUp }: { organizationId: string; canSetUp: boolean }) {
  const list = useResource((signal) => jobs(organizationId, signal), [organizationId]);
  const score = useResource((signal) => readiness(organizationId, signal), [organizationId]);
  const [adding, setAdding] = useState(false);
  const changed = () => {
    list.reload();
    score.reload();
  };
  const r = score.data;

  return (
    <section className="card backups-panel" aria-labelledby="backups-title">
      <h2 id="backups-title" className="card-title">
        Backups and DR readiness
      </h2>
      {r && (
        <div className="readiness" aria-label="DR readiness">
          <div className={`readiness-score ${r.score >= 80 ? 'good' : r.score >= 50 ? 'fair' : 'poor'}`}>
            <strong>{r.score}</strong>
            <span className="muted small">/ 100</span>
          </div>
          <ul className="readiness-reasons">
            {r.reasons.map((x) => (
              <li key={`${x.code}:${x.text}`}>
                <span>{x.text}</span> <span className="muted small">−{x.points}</span>
              </li>
            ))}
            {r.reasons.length === 0 && <li className="muted">Nothing lowers the score.</li>}
          </ul>
        </div>
      )}

      <h3 className="backups-heading">Backup jobs</h3>
      <table className="backups-jobs">
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">RPO</th>
            <th scope="col">Last success</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {(list.data?.items ?? []).map((j) => (
            <tr key={j.id} data-job={j.name}>
              <td>
                <strong>{j.name}</strong> <span className="muted small">{PRODUCT_LABELS[j.product]}{j.protects ? ` · ${j.protects}` : ''}</span>
              </td>
              <td>{j.rpoHours} h</td>
              <td>{j.lastSuccessAt ? formatFull(j.lastSuccessAt) : <span className="muted">never</span>}</td>
              <td>
                <span className={`badge backup-state ${j.state}`}>{STATE_LABELS[j.state]}</span>
                {j.ticketId && (
                  <>
                    {' '}
                    <Link to={`/tickets/${j.ticketId}`} className="small">
                      Ticket
                    </Link>
                  </>
                )}
                {j.state !== 'stale' && j.state !== 'failed' && <div className="muted small">stale after {formatFull(j.staleAt)}</div>}
              </td>
            </tr>
          ))}
          {list.data?.items.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No backup jobs yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {canSetUp && !adding && (
        <button type="button" className="button small" onClick={() => setAdding(true)}>
          New backup job
        </button>
      )}
      {adding && <NewJobForm organizationId={organizationId} onCreated={changed} onClose={() => setAdding(false)} />}

      <RestoreTests organizationId={organizationId} jobs={list.data?.items ?? []} onChanged={changed} />
      <DrPlanEditor organizationId={organizationId} onSaved={changed} />
    </section>
  );
}
