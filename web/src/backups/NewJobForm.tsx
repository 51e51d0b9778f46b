/** Setting up a backup job: product, RPO, expected schedule, the sender of its email reports; its webhook token is shown once. */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { Field } from '../platform/ui';
import { createJob, PRODUCT_LABELS, type Product } from './backups-api';

interface Props {
  organizationId: string;
  onCreated: () => void;
  onClose: () => void;
}

export function NewJobForm({ organizationId, onCreated, onClose }: Props) {
  const [name, setName] = useState('');
  const [product, setProduct] = useState<Product>('veeam');
  const [protects, setProtects] = useState('');
  const [rpo, setRpo] = useState('24');
  const [schedule, setSchedule] = useState<'none' | 'every' | 'daily'>('daily');
  const [every, setEvery] = useState('4');
  const [daily, setDaily] = useState('22:00');
  const [grace, setGrace] = useState('60');
  const [reportFrom, setReportFrom] = useState('');
  const [error, setError] = useState<unknown>();
  const [token, setToken] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const made = await createJob({
        organizationId, name, product, rpoHours: Number(rpo), graceMinutes: Number(grace),
        ...(protects.trim() ? { protects } : {}),
        ...(schedule === 'every' ? { everyHours: Number(every) } : schedule === 'daily' ? { dailyAt: daily } : {}),
        ...(reportFrom.trim() ? { reportFrom: reportFrom.trim() } : {}),
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
      <Field label="RPO (hours)" error={fieldError(error, '/rpoHours')}>
        <input type="number" min={1} value={rpo} onChange={(e) => setRpo(e.target.value)} required />
      </Field>
      <Field label="Schedule">
        <select value={schedule} onChange={(e) => setSchedule(e.target.value as 'none')}>
          <option value="daily">Daily at</option>
          <option value="every">Every N hours</option>
          <option value="none">No fixed schedule</option>
        </select>
      </Field>
      {schedule === 'daily' && (
        <Field label="Daily at (client’s time)" error={fieldError(error, '/dailyAt')}>
          <input type="time" value={daily} onChange={(e) => setDaily(e.target.value)} />
        </Field>
      )}
      {schedule === 'every' && (
        <Field label="Every (hours)" error={fieldError(error, '/everyHours')}>
          <input type="number" min={1} value={every} onChange={(e) => setEvery(e.target.value)} />
        </Field>
      )}
      <Field label="Grace (minutes)" error={fieldError(error, '/graceMinutes')}>
        <input type="number" min={0} value={grace} onChange={(e) => setGrace(e.target.value)} />
      </Field>
      <Field label="Reports email from" hint="The sender of its email reports, if any" error={fieldError(error, '/reportFrom')}>
        <input type="email" value={reportFrom} onChange={(e) => setReportFrom(e.target.value)} />
      </Field>
      <div className="backups-form-actions">
        <button type="submit" className="button primary small">
          Set up job
        </button>
        <button type="button" className="button link small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error !== undefined && <p className="field-error small">{formError(error, ['/name', '/rpoHours', '/dailyAt', '/everyHours', '/graceMinutes', '/reportFrom'])}</p>}
    </form>
  );
}
