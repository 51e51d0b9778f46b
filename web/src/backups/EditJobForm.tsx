/**
 * Editing a backup job over the version it was read at (a colleague's or a result's change in
 * between is refused: reload), and archiving it — its staleness checks stop and it leaves the
 * readiness score.
 */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { Field } from '../platform/ui';
import { archiveJob, editJob, type BackupJob } from './backups-api';
import { JOB_FIELD_PATHS, JobFields, settingsBody, type JobSettings } from './JobFields';

interface Props {
  job: BackupJob;
  onSaved: () => void;
  onClose: () => void;
}

export function EditJobForm({ job, onSaved, onClose }: Props) {
  const [name, setName] = useState(job.name);
  const [protects, setProtects] = useState(job.protects);
  const [settings, setSettings] = useState<JobSettings>({
    rpo: String(job.rpoHours),
    schedule: job.everyHours ? 'every' : job.dailyAt ? 'daily' : 'none',
    every: String(job.everyHours ?? 4),
    daily: job.dailyAt ?? '22:00',
    grace: String(job.graceMinutes),
    reportFrom: job.reportFrom ?? '',
    acceptUnauthenticated: job.acceptUnauthenticated,
  });
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
      editJob(job.id, { version: job.version, name, protects, ...settingsBody(settings) }),
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
      <JobFields value={settings} onChange={setSettings} error={error} />
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
      {error !== undefined && <p className="field-error small">{formError(error, JOB_FIELD_PATHS)}</p>}
    </form>
  );
}
