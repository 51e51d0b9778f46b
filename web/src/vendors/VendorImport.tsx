/**
 * Importing vendors, services and clients' dependencies from a CSV file: the file read in the
 * browser, previewed by the server (what each row would do, every problem per row) and imported
 * only when the preview shows no problem (docs/incidents.md).
 */
import { useState } from 'react';
import { api } from '../platform/api';
import type { ApiAnswer } from '../platform/types';
import { Notice } from '../platform/ui';

type Answer = ApiAnswer<'/api/v1/vendors/import', 'post'>;

export function VendorImport({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Answer | null>(null);
  const send = async (apply: boolean) => {
    setError(null);
    try {
      const answer = await api<Answer>('POST', '/vendors/import', { csv, apply });
      if (apply) {
        setDone(answer);
        setPreview(null);
        setCsv('');
        onImported();
      } else setPreview(answer);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const read = async (file: File | undefined) => {
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
    setDone(null);
  };
  return (
    <details className="vendors-box vendors-import">
      <summary>Import from a CSV file</summary>
      <p className="muted small">Columns: vendor, portal, service, service_description, client, site, purpose, criticality, fallback, workaround_steps (separated by |).</p>
      <label>
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={(e) => void read(e.target.files?.[0])} />
      </label>
      {error ? <Notice>{error}</Notice> : null}
      {done ? <Notice kind="success">Imported: {done.counts.vendors} vendors, {done.counts.services} services, {done.counts.dependencies} dependencies created; {done.rows.length} rows read.</Notice> : null}
      <div className="vendors-actions">
        <button type="button" className="button" disabled={csv === ''} onClick={() => void send(false)}>Preview</button>
        {preview ? (
          <button type="button" className="button primary" disabled={preview.problems.length > 0} onClick={() => void send(true)}>
            Import {preview.rows.length} rows
          </button>
        ) : null}
      </div>
      {preview ? (
        <div aria-label="Import preview">
          <p>
            {preview.rows.length} rows ready: {preview.counts.vendors} new vendors, {preview.counts.services} new services, {preview.counts.dependencies} new dependencies.{' '}
            {preview.problems.length > 0 ? <strong>{preview.problems.length} problems to fix first.</strong> : null}
          </p>
          {preview.problems.length > 0 ? (
            <table className="vendors-table">
              <caption className="visually-hidden">Problems in the file</caption>
              <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead>
              <tbody>
                {preview.problems.map((p) => (
                  <tr key={`${p.row}-${p.column}-${p.code}`}><td>{p.row}</td><td>{p.column}</td><td>{p.message}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
