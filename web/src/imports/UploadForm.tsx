/**
 * The first step of an import: what the file holds, whose export it is, a default time zone for
 * new clients, and the file. The API's problems with the file (too large, not UTF-8, a missing
 * column) show beside the file field.
 */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import type { ImportRun } from '../platform/types';
import { TimeZoneInput } from '../platform/time-zone-input';
import { Field, Notice } from '../platform/ui';
import { uploadForPreview } from './imports-api';
import { FORMAT_LABEL, KIND_LABEL } from './import-words';

const KINDS = Object.keys(KIND_LABEL) as ImportRun['kind'][];
const FORMATS = Object.keys(FORMAT_LABEL) as ImportRun['format'][];
const FILE_FIELDS = ['/body', '/header'];

export function UploadForm({ initial, onPreviewed }: { initial?: Pick<ImportRun, 'kind' | 'format'>; onPreviewed: (run: ImportRun) => void }) {
  const [kind, setKind] = useState<ImportRun['kind']>(initial?.kind ?? 'clients');
  const [format, setFormat] = useState<ImportRun['format']>(initial?.format ?? 'switchboard');
  const [timeZone, setTimeZone] = useState('');
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(new Error('Choose the CSV file to import.'));
    setBusy(true);
    setError(undefined);
    try {
      onPreviewed(await uploadForPreview({ kind, format, timeZone, file }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const general = formError(error, [...FILE_FIELDS, '/timeZone']);
  return (
    <form className="card import-upload" onSubmit={submit} noValidate>
      {general && <Notice>{general}</Notice>}
      <div className="form-row">
        <Field label="What the file holds">
          <select value={kind} onChange={(e) => setKind(e.target.value as ImportRun['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Columns" hint="Whose export the file is; the column names are read as that system writes them.">
          <select value={format} onChange={(e) => setFormat(e.target.value as ImportRun['format'])}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {kind === 'clients' && (
        <Field label="Default time zone" hint="For new clients whose row has no time zone and whose country has several." error={fieldError(error, '/timeZone')}>
          <TimeZoneInput value={timeZone} onChange={(e) => setTimeZone(e.target.value)} placeholder="America/Chicago" />
        </Field>
      )}
      <Field label="CSV file" hint="UTF-8, comma, semicolon or tab separated, with the column names in the first row." error={fieldError(error, ...FILE_FIELDS)}>
        <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />
      </Field>
      <div className="page-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Reading the file…' : 'Preview'}
        </button>
      </div>
      <p className="muted small">Nothing is imported until you have seen the preview and confirmed it.</p>
    </form>
  );
}
