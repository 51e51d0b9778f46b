/**
 * Escalation policies: every ladder, which tickets start it, its steps in words, whether it repeats,
 * and how many tickets are climbing it now. Owners, admins and service managers open the builder.
 */
import { useEffect } from 'react';
import { api } from '../../platform/api';
import { Link } from '../../platform/router';
import type { EscalationPolicy } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { delayLabel, matchLabel, repeatLabel, targetLabel, TRIGGER_LABEL } from './policy-words';
import { useTargetNames } from './use-target-names';
import '../../platform/setup.css';
import './policies.css';

export function PoliciesPage({ canEdit }: { canEdit: boolean }) {
  useEffect(() => {
    document.title = 'Escalation policies · Switchboard';
  }, []);
  const policies = useResource((signal) => api<{ items: EscalationPolicy[] }>('GET', '/escalation-policies', undefined, { signal }), []);
  const names = useTargetNames();

  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <h1>Escalation policies</h1>
          <p className="muted page-sub">Ladders that page people, step by step, until someone acknowledges. A ticket that starts one keeps the version it started with.</p>
        </div>
        {canEdit && (
          <Link to="/setup/escalation/new" className="button primary">
            New policy
          </Link>
        )}
      </div>
      {policies.error !== undefined && <Notice>{(policies.error as Error).message}</Notice>}
      {!policies.data ? (
        policies.loading && (
          <div className="loading-block">
            <Spinner label="Loading the policies" />
          </div>
        )
      ) : policies.data.items.length === 0 ? (
        <EmptyState title="No escalation policies yet">{canEdit ? 'Build the first ladder: who is paged, after how long, until someone acknowledges.' : 'An owner, admin or service manager builds them.'}</EmptyState>
      ) : (
        <ul className="policy-list" aria-label="Escalation policies">
          {policies.data.items.map((p) => (
            <li key={p.id} className="card policy-card">
              <div className="policy-card-head">
                <h2 className="policy-name">
                  <Link to={`/setup/escalation/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                </h2>
                <span className={`pill ${p.active ? 'pill-on' : 'pill-off'}`}>{p.active ? 'On' : 'Off'}</span>
                {p.runningLadders > 0 && <span className="pill pill-paging">{p.runningLadders === 1 ? '1 ticket climbing' : `${p.runningLadders} tickets climbing`}</span>}
              </div>
              <p className="muted small">
                {TRIGGER_LABEL[p.match.trigger]} · {matchLabel(p.match, names.contract)}
              </p>
              <ol className="policy-steps">
                {p.steps.map((s, i) => (
                  <li key={i}>
                    <span className="policy-step-n" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span>
                      <strong>{s.targets.map((t) => targetLabel(t, names)).join(', ')}</strong> <span className="muted">· {delayLabel(s)}</span>
                      {!s.requiresAck && <span className="pill step-fyi">for information</span>}
                    </span>
                  </li>
                ))}
              </ol>
              <p className="muted small">{repeatLabel(p.repeat)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
