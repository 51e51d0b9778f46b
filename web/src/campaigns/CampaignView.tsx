/**
 * One campaign in the console: its progress overall, per step and per technician, the blockers,
 * importing people from a CSV (preview with every bad row, then import), and the people × steps grid.
 */
import { useState } from 'react';
import { formError } from '../platform/api';
import { useDirectory } from '../platform/directory';
import { Link } from '../platform/router';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { campaign, importPeople, people, type ImportAnswer } from './campaigns-api';
import { CampaignGrid } from './CampaignGrid';
import { WaiveCampaignTime } from './CampaignTime';
import { ProgressBar, StepProgress } from './ProgressBar';

export function CampaignView({ campaignId }: { campaignId: string }) {
  const directory = useDirectory();
  const view = useResource((signal) => campaign(campaignId, signal), [campaignId]);
  const grid = useResource((signal) => people(campaignId, signal), [campaignId]);
  const reload = () => {
    view.reload();
    grid.reload();
  };
  const c = view.data;
  return (
    <div className="page">
      <p className="small">
        <Link to="/campaigns">All campaigns</Link>
      </p>
      {view.error !== undefined && <Notice>{formError(view.error, [])}</Notice>}
      {!c && view.loading && <Spinner label="Loading the campaign" />}
      {c && (
        <>
          <h1>
            {c.name} <ProgressBar percent={c.progress.percent} label={`Campaign progress: ${c.progress.percent}%`} />
          </h1>
          <p className="muted">
            {directory.orgName(c.organizationId)} · {c.people} people · {c.progress.finished} of {c.progress.total} steps finished · {c.progress.blocked} blocked · due {c.dueOn}
          </p>
          <div className="campaign-columns">
            <section className="card campaign-card" aria-label="Progress per step">
              <h2 className="card-title">Per step</h2>
              <StepProgress steps={c.steps} />
            </section>
            <div>
            {c.technicians.length > 0 && (
              <section className="card campaign-card" aria-label="Progress per technician">
                <h2 className="card-title">Per technician</h2>
                <ul className="campaign-list">
                  {c.technicians.map((t) => (
                    <li key={t.assigneeId ?? 'none'}>
                      <span>
                        {t.name} <span className="muted small">{t.finished} of {t.total} steps</span>
                      </span>
                      <ProgressBar percent={t.percent} label={`${t.name}: ${t.percent}%`} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {c.blockers.length > 0 && (
              <section className="card campaign-card" aria-label="Blockers">
                <h2 className="card-title">Blockers</h2>
                <ul className="campaign-list">
                  {c.blockers.map((b) => (
                    <li key={`${b.personId}-${b.position}`}>
                      <span>
                        <strong>{b.personName}</strong> at {b.stepTitle}: {b.note}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            </div>
          </div>
        </>
      )}
      {grid.error !== undefined && <Notice>{formError(grid.error, [])}</Notice>}
      {c && grid.data && grid.data.items.length === 0 && <EmptyState title="Nobody in this campaign yet">Import the people from a CSV below.</EmptyState>}
      {c && grid.data && grid.data.items.length > 0 && <CampaignGrid campaignId={campaignId} organizationId={c.organizationId} steps={c.steps} people={grid.data.items} onChanged={reload} />}
      {c && grid.data && grid.data.items.length > 0 && <WaiveCampaignTime campaignId={campaignId} organizationId={c.organizationId} onWaived={reload} />}
      <ImportPeople campaignId={campaignId} onImported={reload} />
    </div>
  );
}

function ImportPeople({ campaignId, onImported }: { campaignId: string; onImported: () => void }) {
  const [csv, setCsv] = useState('');
  const [answer, setAnswer] = useState<ImportAnswer>();
  const [error, setError] = useState<unknown>();
  const send = async (apply: boolean) => {
    setError(undefined);
    try {
      const a = await importPeople(campaignId, csv, apply);
      setAnswer(a);
      if (a.applied) onImported();
    } catch (e) {
      setError(e);
    }
  };
  const adding = answer ? answer.rows.filter((r) => r.action !== 'already_in_campaign').length : 0;
  return (
    <section className="card campaign-card" aria-labelledby="campaign-import-title">
      <h2 id="campaign-import-title" className="card-title">
        Import people from CSV
      </h2>
      <p className="muted small">Columns: name, email, phone, site (a site’s name, or home), notes. Each person matches a contact of the client by email or name, or becomes one.</p>
      <Field label="CSV file">
        <input type="file" accept=".csv,text/csv" onChange={(e) => void e.target.files?.[0]?.text().then((t) => { setCsv(t); setAnswer(undefined); })} />
      </Field>
      <div className="form-actions">
        <button type="button" className="button" disabled={!csv} onClick={() => void send(false)}>
          Preview
        </button>
        <button type="button" className="button primary" disabled={!answer || answer.applied || adding === 0} onClick={() => void send(true)}>
          Import {answer && !answer.applied ? `${adding} people` : ''}
        </button>
      </div>
      {error !== undefined && <Notice>{formError(error, [])}</Notice>}
      {answer?.applied && <Notice kind="success">Added {answer.added} people, each with a checklist.</Notice>}
      {answer && !answer.applied && (
        <p className="small">
          {answer.rows.filter((r) => r.action === 'match_contact').length} match a contact, {answer.rows.filter((r) => r.action === 'create_contact').length} new contacts,{' '}
          {answer.rows.filter((r) => r.action === 'already_in_campaign').length} already in the campaign; {answer.problems.length} rows with problems (left out).
        </p>
      )}
      {answer && answer.problems.length > 0 && (
        <ul className="campaign-problems" aria-label="Problems in the file">
          {answer.problems.map((p) => (
            <li key={`${p.row}-${p.column}`}>
              Line {p.row}, {p.column}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
