/**
 * A client's backups and DR readiness (staff), on the client's page: the readiness score with what
 * lowers it, the backup jobs with their last success and state (a stale or failed one links to its
 * ticket; managers edit or archive one), a new job (its webhook token shown once), restore tests
 * and the DR plan.
 */
import { useState } from 'react';
import { formatFull } from '../platform/format';
import { Link } from '../platform/router';
import { useResource } from '../platform/use-api';
import { jobs, readiness, PRODUCT_LABELS, STATE_LABELS } from './backups-api';
import { DrPlanEditor } from './DrPlanEditor';
import { EditJobForm } from './EditJobForm';
import { NewJobForm } from './NewJobForm';
import { RestoreTests } from './RestoreTests';
import './backups.css';

export function BackupsPanel({ organizationId, canSetUp }: { organizationId: string; canSetUp: boolean }) {
  const list = useResource((signal) => jobs(organizationId, signal), [organizationId]);
  const score = useResource((signal) => readiness(organizationId, signal), [organizationId]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
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
            {canSetUp && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {(list.data?.items ?? []).map((j) => (
            <tr key={j.id} data-job={j.name}>
              <td>
                <strong>{j.name}</strong> <span className="muted small">{PRODUCT_LABELS[j.product]}{j.protects ? ` · ${j.protects}` : ''}</span>
                {j.acceptUnauthenticated && <div className="muted small">Accepts unauthenticated email reports</div>}
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
              {canSetUp && (
                <td>
                  <button type="button" className="button link small" onClick={() => setEditing(j.id)} aria-label={`Edit ${j.name}`}>
                    Edit
                  </button>
                </td>
              )}
            </tr>
          ))}
          {list.data?.items.length === 0 && (
            <tr>
              <td colSpan={canSetUp ? 5 : 4} className="muted">
                No backup jobs yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {editing && list.data?.items.find((j) => j.id === editing) && (
        <EditJobForm key={editing} job={list.data.items.find((j) => j.id === editing)!} onSaved={changed} onClose={() => setEditing(undefined)} />
      )}
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
