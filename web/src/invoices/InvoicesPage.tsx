/**
 * Invoices (owners and admins): start a run for a period, read each client's draft with its lines —
 * goodwill as $0 lines showing the value waived —, approve it, mark it sent, download each
 * invoice's PDF and the run's Xero and QuickBooks files.
 */
import { useState, type FormEvent } from 'react';
import { formError } from '../platform/api';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { InvoiceCard } from './InvoiceCard';
import { approveRun, discardRun, exportRun, exportUrl, fetchClients, fetchRun, fetchRuns, FORMAT_LABELS, markSent, startRun, STATUS_LABELS, type InvoiceRun } from './invoices-api';
import './invoices.css';

/** The first and last day of the month before `today` (YYYY-MM-DD): the usual period to bill. */
function lastMonth(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number);
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const from = `${py}-${String(pm).padStart(2, '0')}-01`;
  const to = `${today.slice(0, 7)}-01`;
  const last = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from, to: last };
}

export function InvoicesPage() {
  const [period, setPeriod] = useState(() => lastMonth(new Date().toISOString().slice(0, 10)));
  const [clientId, setClientId] = useState('');
  const [runId, setRunId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const runs = useResource((signal) => fetchRuns(signal), []);
  const clients = useResource(() => fetchClients(), []);
  const run = useResource(runId ? (signal) => fetchRun(runId, signal) : null, [runId]);

  const act = async (work: () => Promise<InvoiceRun | { id: string }>) => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await work();
      if ('status' in done) setRunId(done.id);
      run.reload();
      runs.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(() => startRun({ ...period, ...(clientId ? { organizationId: clientId } : {}) }));
  };
  const current = run.data;

  return (
    <div className="page invoices-page">
      <h1>Invoices</h1>
      <form className="card invoices-start" onSubmit={submit} aria-label="Start an invoice run">
        <Field label="From">
          <input type="date" value={period.from} required onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
        </Field>
        <Field label="To">
          <input type="date" value={period.to} required onChange={(e) => setPeriod({ ...period, to: e.target.value })} />
        </Field>
        <Field label="Client">
          <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
            <option value="">Every client</option>
            {(clients.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button primary" disabled={busy}>
          Start run
        </button>
      </form>
      {error !== undefined && <Notice>{formError(error, []) ?? 'That did not work'}</Notice>}

      <section className="card invoices-runs" aria-label="Runs">
        <h2 className="card-title">Runs</h2>
        {runs.loading && !runs.data && <Spinner label="Loading runs" />}
        {runs.data?.items.length === 0 && <EmptyState title="No invoice runs yet">Start one for last month above.</EmptyState>}
        <ul>
          {(runs.data?.items ?? []).map((r) => (
            <li key={r.id}>
              <button type="button" className={`button${r.id === runId ? ' primary' : ''}`} aria-pressed={r.id === runId} onClick={() => setRunId(r.id)}>
                {r.periodFrom} to {r.periodTo}
              </button>{' '}
              <span className={`badge invoice-status-${r.status}`}>{STATUS_LABELS[r.status]}</span>
            </li>
          ))}
        </ul>
      </section>

      {runId && run.loading && !current && <Spinner label="Loading the run" />}
      {current && (
        <section className="invoices-run" aria-label={`Run ${current.periodFrom} to ${current.periodTo}`}>
          <header className="invoices-run-head">
            <h2>
              {current.periodFrom} to {current.periodTo} <span className={`badge invoice-status-${current.status}`}>{STATUS_LABELS[current.status]}</span>
            </h2>
            <div className="invoices-actions">
              {current.status === 'draft' && (
                <>
                  <button type="button" className="button primary" disabled={busy || current.invoices.length === 0} onClick={() => void act(() => approveRun(current))}>
                    Approve
                  </button>
                  <button type="button" className="button" disabled={busy} onClick={() => void act(() => discardRun(current))}>
                    Discard
                  </button>
                </>
              )}
              {(current.status === 'approved' || current.status === 'exported') && (
                <button type="button" className="button" disabled={busy} onClick={() => void act(() => markSent(current))}>
                  Mark sent
                </button>
              )}
              {current.status !== 'draft' && current.status !== 'discarded' &&
                (['xero', 'quickbooks'] as const).map((f) => (
                  <button key={f} type="button" className="button" disabled={busy} onClick={() => void act(() => exportRun(current, f))}>
                    Export {FORMAT_LABELS[f]}
                  </button>
                ))}
            </div>
          </header>
          {current.exports.length > 0 && (
            <ul className="invoices-exports" aria-label="Export files">
              {current.exports.map((x) => (
                <li key={x.id}>
                  <a href={exportUrl(x.id)} download={x.fileName}>
                    Download {FORMAT_LABELS[x.format]}
                  </a>{' '}
                  <span className="muted small">{x.fileName}</span>
                </li>
              ))}
            </ul>
          )}
          {current.invoices.length === 0 && <EmptyState title="Nothing to bill">No client has fees, chargeable time or goodwill in this period that is not on an invoice already.</EmptyState>}
          {current.invoices.map((inv) => (
            <InvoiceCard key={inv.id} invoice={inv} version={`${current.version}`} />
          ))}
        </section>
      )}
    </div>
  );
}
