/** Setting up a backup job: product, RPO, expected schedule, the sender of its email reports (JobFields); its webhook token is shown once. */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { Field } from '../platform/ui';
import { createJob, PRODUCT_LABELS, type Product } from './backups-api';
import { JOB_FIELD_PATHS, JobFields, settingsBody, type JobSettings } from './JobFields';

interface Props {
  organizationId: string;
  onCreated: () => void;
  onClose: () => void;
}

export function NewJobForm({ organizationId, onCreated, onClose }: Props) {
  const [name, setName] = useState('');
  const [product, setProduct] = useState<Product>('veeam');
  const [protects, setProtects] = useState('');
  const [settings, setSettings] = useState<JobSettings>({ rpo: '24', schedule: 'daily', every: '4', daily: '22:00', grace: '60', reportFrom: '', acceptUnauthenticated: false });
  const [error, setError] = useState<unknown>();
  const [token, setToken] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const { everyHours, dailyAt, reportFrom, ...rest } = settingsBody(settings);
      // A new job leaves out what it does not have (null is how an edit clears a setting).
      const made = await createJob({
        organizationId, name, product, ...rest,
        ...(protects.trim() ? { protects } : {}),
        ...(everyHours !== null ? { everyHours } : dailyAt !== null ? { dailyAt } : {}),
        ...(reportFrom !== null ? { reportFrom } : {}),
      });
      setToken(made.token);
      onCreated();
    } catch (e) {
      setError(e);
    }
  };

  if (token) {
    return (
      <div className="backups-token" role="status">
        <p>
          Job set up. The backup posts its results to <code>/api/v1/backups/report</code> with <code>Authorization: Bearer</code> and this token — shown once:
        </p>
        <code className="backups-token-value" aria-label="Webhook token">
          {token}
        </code>
        <button type="button" className="button small" onClick={onClose}>
          Done
        </button>
      </div>
    );
  }
  return (
    <form className="backups-form" onSubmit={(e) => void submit(e)} aria-label="New backup job">
      <Field label="Job name" error={fieldError(error, '/name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field label="Product">
        <select value={product} onChange={(e) => setProduct(e.target.value as Product)}>
          {Object.entries(PRODUCT_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Protects" hint="Servers, shares, mailboxes">
        <input value={protects} onChange={(e) => setProtects(e.target.value)} />
      </Field>
      <JobFields value={settings} onChange={setSettings} error={error} />
      <div className="backups-form-actions">
        <button type="submit" className="button primary small">
          Set up job
        </button>
        <button type="button" className="button link small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error !== undefined && <p className="field-error small">{formError(error, JOB_FIELD_PATHS)}</p>}
    </form>
  );
}
