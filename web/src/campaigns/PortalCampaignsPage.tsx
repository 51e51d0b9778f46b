/** The portal's rollout campaigns, for a client's administrators: each campaign's progress, per step, and who is blocked at what. */
import { formError } from '../platform/api';
import { EmptyState, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { campaigns } from './campaigns-api';
import { ProgressBar, StepProgress } from './ProgressBar';
import './campaigns.css';

export function PortalCampaignsPage() {
  const list = useResource((signal) => campaigns(undefined, signal), []);
  return (
    <div className="page">
      <h1>Rollout campaigns</h1>
      {list.error !== undefined && <Notice>{formError(list.error, [])}</Notice>}
      {list.loading && !list.data && <Spinner label="Loading campaigns" />}
      {list.data?.items.length === 0 && <EmptyState title="No campaign">When your IT provider rolls something out to your people, its progress shows here.</EmptyState>}
      {list.data?.items.map((c) => (
        <section key={c.id} className="card campaign-card" aria-label={c.name}>
          <h2 className="card-title">
            {c.name} <ProgressBar percent={c.progress.percent} label={`${c.name}: ${c.progress.percent}%`} />
          </h2>
          <p className="muted small">
            {c.people} people · {c.progress.finished} of {c.progress.total} steps finished · {c.progress.blocked} blocked · due {c.dueOn}
          </p>
          <StepProgress steps={c.steps} />
          {c.blockers.length > 0 && (
            <>
              <h3>Blocked</h3>
              <ul className="campaign-list">
                {c.blockers.map((b) => (
                  <li key={`${b.personId}-${b.position}`}>
                    <span>
                      <strong>{b.personName}</strong> at {b.stepTitle}: {b.note}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
