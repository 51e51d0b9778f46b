/**
 * Moving in (owner and admin): upload a CSV file of clients, sites, contacts, staff or open
 * tickets — Switchboard's columns or a ConnectWise PSA, Autotask or HaloPSA export — see what each
 * row will do and why, confirm, watch it import, and download the rows to fix as CSV.
 */
import { useEffect, useState } from 'react';
import { formError } from '../platform/api';
import type { ImportRun } from '../platform/types';
import { Notice } from '../platform/ui';
import { applyRun, errorsHref, runOf } from './imports-api';
import { FORMAT_LABEL, KIND_LABEL, rowsToFix, statusLine } from './import-words';
import { PreviewTable } from './PreviewTable';
import { UploadForm } from './UploadForm';
import './imports.css';

/** How often the page asks how far an import has come. */
const POLL_MS = 600;

export function ImportPage() {
  const [run, setRun] = useState<ImportRun>();
  const [last, setLast] = useState<Pick<ImportRun, 'kind' | 'format'>>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    document.title = 'Import · Switchboard';
  }, []);

  // While it applies, the run is read again until it is done, failed or interrupted.
  useEffect(() => {
    if (run?.status !== 'applying') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      runOf(run.id, controller.signal).then(setRun, (e: unknown) => controller.signal.aborted || setError(e));
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [run]);

  const apply = async () => {
    if (!run) return;
    setError(undefined);
    try {
      setRun(await applyRun(run.id));
    } catch (e) {
      setError(e);
    }
  };
  const startOver = () => {
    if (run) setLast({ kind: run.kind, format: run.format });
    setRun(undefined);
    setError(undefined);
  };

  return (
    <div className="page import-page">
      <div className="page-head">
        <div>
          <h1 tabIndex={-1}>Import</h1>
          <p className="muted page-sub">Bring clients, sites, contacts, staff and open tickets from a CSV file. Import them in that order; a file imported again updates what changed and skips the rest.</p>
        </div>
      </div>
      {error !== undefined && <Notice>{formError(error, [])}</Notice>}
      {!run ? <UploadForm initial={last} onPreviewed={setRun} /> : <RunView run={run} onApply={() => void apply()} onStartOver={startOver} />}
    </div>
  );
}

function RunView({ run, onApply, onStartOver }: { run: ImportRun; onApply: () => void; onStartOver: () => void }) {
  const toWrite = run.preview.create + run.preview.update;
  const fix = rowsToFix(run);
  const finished = run.status === 'done';
  return (
    <>
      <section className="card import-summary" aria-label="Preview">
        <h2 className="import-file">
          {run.fileName} <span className="muted small">{KIND_LABEL[run.kind]} · {FORMAT_LABEL[run.format]} · {run.rows.toLocaleString()} rows</span>
        </h2>
        <dl className="import-counts">
          <div data-count="create"><dt>To create</dt><dd>{run.preview.create.toLocaleString()}</dd></div>
          <div data-count="update"><dt>To update</dt><dd>{run.preview.update.toLocaleString()}</dd></div>
          <div data-count="skip"><dt>To skip</dt><dd>{run.preview.skip.toLocaleString()}</dd></div>
          <div data-count="error" className={run.preview.error > 0 ? 'import-has-errors' : undefined}><dt>With errors</dt><dd>{run.preview.error.toLocaleString()}</dd></div>
        </dl>
        <p className="muted small">
          Columns read: {run.columns.used.map((c) => `${c.column} → ${c.field}`).join(', ')}
          {run.columns.ignored.length > 0 && `; ignored: ${run.columns.ignored.join(', ')}`}
        </p>
        <p className="import-status" role="status">
          {statusLine(run)}
        </p>
        {run.status !== 'previewed' && run.applied.total > 0 && (
          <progress className="import-progress" max={run.applied.total} value={run.applied.done} aria-label="Rows imported" />
        )}
        <div className="page-actions">
          {run.status === 'previewed' && (
            <button type="button" className="button primary" onClick={onApply} disabled={toWrite === 0}>
              {toWrite === 0 ? 'Nothing to import' : `Import ${toWrite.toLocaleString()} row${toWrite === 1 ? '' : 's'}`}
            </button>
          )}
          {(run.status === 'failed' || run.status === 'interrupted') && (
            <button type="button" className="button primary" onClick={onApply}>
              Resume the import
            </button>
          )}
          {fix > 0 && (
            <a className="button" href={errorsHref(run.id)} download>
              Download {fix.toLocaleString()} row{fix === 1 ? '' : 's'} to fix (CSV)
            </a>
          )}
          {run.status !== 'applying' && (
            <button type="button" className="button ghost" onClick={onStartOver}>
              {finished ? 'Import another file' : 'Choose another file'}
            </button>
          )}
        </div>
        {run.status === 'previewed' && fix > 0 && <p className="muted small">Rows with errors are left out. Fix them in the downloaded file and import it again: rows imported now will match and be skipped.</p>}
      </section>
      <PreviewTable run={run} />
    </>
  );
}
