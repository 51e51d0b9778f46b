/**
 * Rollout campaigns in the console: every campaign with its progress, starting one for a client
 * from a checklist template, and one campaign's page (CampaignView).
 */
import { useState, type FormEvent } from 'react';
import { formError, fieldError } from '../platform/api';
import { useDirectory } from '../platform/directory';
import { Link, navigate } from '../platform/router';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { campaigns, createCampaign, templates } from './campaigns-api';
import { CampaignView } from './CampaignView';
import { ProgressBar } from './ProgressBar';
import './campaigns.css';

export function CampaignsPage({ campaignId }: { campaignId?: string }) {
  const directory = useDirectory();
  const list = useResource(campaignId ? null : (signal) => campaigns(undefined, signal), [campaignId]);
  if (campaignId) return <CampaignView key={campaignId} campaignId={campaignId} />;
  return (
    <div className="page">
      <h1>Campaigns</h1>
      {list.error !== undefined && <Notice>{formError(list.error, [])}</Notice>}
      {list.loading && !list.data && <Spinner label="Loading campaigns" />}
      {list.data?.items.length === 0 && <EmptyState title="No campaign yet">Start one for a client below, then import its people from a CSV.</EmptyState>}
      {(list.data?.items.length ?? 0) > 0 && (
        <section className="card campaign-card" aria-label="Campaigns">
          <ul className="campaign-list">
            {list.data!.items.map((c) => (
              <li key={c.id}>
                <span>
                  <Link to={`/campaigns/${c.id}`}>{c.name}</Link> <span className="muted small">{directory.orgName(c.organizationId)} · {c.people} people · due {c.dueOn}</span>
                </span>
                <ProgressBar percent={c.progress.percent} label={`${c.name}: ${c.progress.percent}%`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <NewCampaign organizations={directory.organizations} />
    </div>
  );
}

function NewCampaign({ organizations }: { organizations: { id: string; name: string }[] }) {
  const [organizationId, setOrganizationId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [name, setName] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const choices = useResource(organizationId ? (signal) => templates(organizationId, signal) : null, [organizationId]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const made = await createCampaign({ organizationId, templateId, name, dueOn });
      navigate(`/campaigns/${made.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <form className="card campaign-card" aria-labelledby="new-campaign-title" onSubmit={(e) => void submit(e)}>
      <h2 id="new-campaign-title" className="card-title">
        New campaign
      </h2>
      <Field label="Client" error={fieldError(error, '/organizationId')}>
        <select value={organizationId} onChange={(e) => { setOrganizationId(e.target.value); setTemplateId(''); }} required>
          <option value="">Choose the client</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Checklist" error={fieldError(error, '/templateId')}>
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} required disabled={!organizationId}>
          <option value="">Choose the checklist</option>
          {(choices.data?.items ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.steps.length} steps)
            </option>
          ))}
        </select>
      </Field>
      <Field label="Name" error={fieldError(error, '/name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} placeholder="Everyone home by Friday" />
      </Field>
      <Field label="Due" error={fieldError(error, '/dueOn')}>
        <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required />
      </Field>
      {error !== undefined && <Notice>{formError(error, ['/organizationId', '/templateId', '/name', '/dueOn'])}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Start campaign
        </button>
      </div>
    </form>
  );
}
