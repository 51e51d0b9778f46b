/**
 * Editing a backup job over the version it was read at (a colleague's or a result's change in
 * between is refused: reload), and archiving it — its staleness checks stop and it leaves the
 * readiness score.
 */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { Field } from '../platform/ui';
import { archiveJob, editJob, type BackupJob } from './backups-api';

interface Props {
  job: BackupJob;
  onSaved: () => void;
  onClose: () => void;
}

export function EditJobForm({ job, onSaved, onClose }: Props) {
  const [name, setName] = useState(job.name);
  const [protects, setProtects] = useState(job.protects);
  const [rpo, setRpo] = useState(String(job.rpoHours));
  const [schedule, setSchedule] = useState<'none' | 'every' | 'daily'>(job.everyHours ? 'every' : job.dailyAt ? 'daily' : 'none');
  const [every, setEvery] = useState(String(job.everyHours ?? 4));
  const [daily, setDaily] = useState(job.dailyAt ?? '22:00');
  const [grace, setGrace] = useState(String(job.graceMinutes));
  const [reportFrom, setReportFrom] = useState(job.reportFrom ?? '');
  const [acceptUnauthenticated, setAcceptUnauthenticated] = useState(job.acceptUnauthenticated);
  const [error, setError] = useState<unknown>();

  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      onSaved();
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() =>
      editJob(job.id, {
        version: job.version, name, protects, rpoHours: Number(rpo), graceMinutes: Number(grace), acceptUnauthenticated,
        everyHours: schedule === 'every' ? Number(every) : null,
        dailyAt: schedule === 'daily' ? daily : null,
        reportFrom: reportFrom.trim() || null,
      }),
    );
  };
  const archive = () => {
    if (window.confirm(`Archive “${job.name}”? Its staleness checks stop and it leaves the readiness score; its history stays.`)) void run(() => archiveJob(job.id, job.version));
  };

  return (
    <form className="backups-form" onSubmit={submit} aria-label={`Edit ${job.name}`}>
      <Field label="Job name" error={fieldError(error, '/name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field label="Protects">
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
      <Field label="Reports email from" error={fieldError(error, '/reportFrom')}>
        <input type="email" value={reportFrom} onChange={(e) => setReportFrom(e.target.value)} />
      </Field>
      <label className="small">
        <input type="checkbox" checked={acceptUnauthenticated} onChange={(e) => setAcceptUnauthenticated(e.target.checked)} /> Accept unauthenticated email reports (for appliances that relay without SPF/DKIM; a forged success could then hide a stale backup)
      </label>
      <div className="backups-form-actions">
        <button type="submit" className="button primary small">
          Save job
        </button>
        <button type="button" className="button small danger" onClick={archive}>
          Archive job
        </button>
        <button type="button" className="button link small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error !== undefined && <p className="field-error small">{formError(error, ['/name', '/rpoHours', '/dailyAt', '/everyHours', '/graceMinutes', '/reportFrom'])}</p>}
    </form>
  );
}
