/** A client's restore tests, newest first, and recording one against a job. */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { useResource } from '../platform/use-api';
import { recordRestoreTest, restoreTests, type BackupJob, type RestoreTest } from './backups-api';

const RESULT_LABELS: Record<RestoreTest['result'], string> = { success: 'Restored', partial: 'Partly restored', failed: 'Failed' };

export function RestoreTests({ organizationId, jobs, onChanged }: { organizationId: string; jobs: BackupJob[]; onChanged: () => void }) {
  const list = useResource((signal) => restoreTests(organizationId, signal), [organizationId]);
  const [jobId, setJobId] = useState('');
  const [testedOn, setTestedOn] = useState('');
  const [result, setResult] = useState<RestoreTest['result']>('success');
  const [minutes, setMinutes] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await recordRestoreTest(jobId, { testedOn, result, durationMinutes: Number(minutes), ...(notes.trim() ? { notes } : {}) });
      setNotes('');
      list.reload();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="restore-tests">
      <h3 className="backups-heading">Restore tests</h3>
      <ul className="backups-list">
        {(list.data?.items ?? []).map((t) => (
          <li key={t.id}>
            <strong>{t.testedOn}</strong> {t.jobName} — <span className={`backup-result ${t.result}`}>{RESULT_LABELS[t.result]}</span>{' '}
            <span className="muted small">
              in {t.durationMinutes} min{t.notes ? ` · ${t.notes}` : ''}
            </span>
          </li>
        ))}
        {list.data?.items.length === 0 && <li className="muted small">No restore tests recorded.</li>}
      </ul>
      {jobs.length > 0 && (
        <form className="backups-inline" onSubmit={(e) => void submit(e)} aria-label="Record a restore test">
          <select aria-label="Job restored from" value={jobId} onChange={(e) => setJobId(e.target.value)} required>
            <option value="">Job…</option>
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
          <input type="date" aria-label="Tested on" value={testedOn} onChange={(e) => setTestedOn(e.target.value)} required />
          <select aria-label="Result" value={result} onChange={(e) => setResult(e.target.value as RestoreTest['result'])}>
            {Object.entries(RESULT_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          <input type="number" min={0} aria-label="Duration (minutes)" placeholder="Minutes" value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
          <input aria-label="Notes" placeholder="Notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
          <button type="submit" className="button small">
            Record
          </button>
          {error !== undefined && <p className="field-error small">{fieldError(error, '/testedOn') ?? formError(error, [])}</p>}
        </form>
      )}
    </div>
  );
}
