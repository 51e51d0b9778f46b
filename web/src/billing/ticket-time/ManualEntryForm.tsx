/** Time logged by hand on a ticket: when it started (local time), how long, which kind of work, where, and a note. */
import { useState } from 'react';
import { fieldError, formError } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import { logTime, type TimeEntry } from '../billing-api';

interface Props {
  ticketId: string;
  workTypes: { key: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}

export function ManualEntryForm({ ticketId, workTypes, onDone, onCancel }: Props) {
  const [startedAt, setStartedAt] = useState('');
  const [minutes, setMinutes] = useState('30');
  const [workType, setWorkType] = useState(workTypes[0]?.key ?? 'support');
  const [location, setLocation] = useState<'' | TimeEntry['location']>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // datetime-local is the browser's wall time; the API takes an instant.
      await logTime(ticketId, { startedAt: new Date(startedAt).toISOString(), minutes: Number(minutes), workType, location: location || undefined, note: note.trim() || undefined });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="time-manual" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Field label="Started" error={fieldError(error, '/startedAt')}>
        <input type="datetime-local" value={startedAt} onChange={(e) => setStartedAt(e.target.value)} required />
      </Field>
      <Field label="Minutes" error={fieldError(error, '/minutes')}>
        <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
      </Field>
      <Field label="Work type" error={fieldError(error, '/workType')}>
        <select value={workType} onChange={(e) => setWorkType(e.target.value)}>
          {workTypes.map((w) => <option key={w.key} value={w.key}>{w.name}</option>)}
        </select>
      </Field>
      <Field label="Where" hint="Left as is: at home for a contact who works from home, else remote.">
        <select value={location} onChange={(e) => setLocation(e.target.value as typeof location)}>
          <option value="">As the contact works</option>
          <option value="on_site">On site</option>
          <option value="remote">Remote</option>
          <option value="home">At a home worker’s</option>
        </select>
      </Field>
      <Field label="Note" error={fieldError(error, '/note')}>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {formError(error, ['/startedAt', '/minutes', '/workType', '/note']) && <Notice>{formError(error, ['/startedAt', '/minutes', '/workType', '/note'])}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>Log time</button>
        <button type="button" className="button-link" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
