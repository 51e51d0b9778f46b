/**
 * Declaring a vendor incident from the console: pick the services that are down, see the clients
 * they hit (criticality, the child's priority, coverage right now, open tickets that already mention
 * the vendor — one of which may be attached as the client's child), then confirm.
 */
import { useRef, useState, type FormEvent } from 'react';
import { api, apiAll, newIdempotencyKey } from '../platform/api';
import { StatusPill } from '../platform/labels';
import type { Incident, IncidentPreview, Vendor } from '../platform/types';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';

export function DeclareIncident({ onDeclared, onCancel }: { onDeclared: (incident: Incident) => void; onCancel: () => void }) {
  const vendors = useResource(() => apiAll<Vendor>('/vendors'), []);
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [preview, setPreview] = useState<IncidentPreview | null>(null);
  const [attach, setAttach] = useState<Record<string, string>>({});
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per declaration: a retried click finishes the same incident instead of a second one.
  const key = useRef(newIdempotencyKey());

  const toggle = (id: string) => {
    setPreview(null);
    setServiceIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const showPreview = () => run(async () => {
    setPreview(await api<IncidentPreview>('POST', '/incidents/preview', { serviceIds }));
    setAttach({});
  });
  const declare = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const attachTicketIds = Object.values(attach).filter(Boolean);
      onDeclared(await api<Incident>('POST', '/incidents', { serviceIds, title, summary, ...(attachTicketIds.length ? { attachTicketIds } : {}) }, { idempotencyKey: key.current }));
    });
  };

  if (vendors.error) return <Notice>{(vendors.error as Error).message}</Notice>;
  if (!vendors.data) return <Spinner label="Loading vendors" />;
  const withServices = vendors.data.filter((v) => v.services.length > 0);
  return (
    <section className="declare-incident" aria-labelledby="declare-title">
      <h2 id="declare-title">Declare a vendor incident</h2>
      {error ? <Notice>{error}</Notice> : null}
      {withServices.length === 0 ? (
        <EmptyState title="No vendor services on record">Record vendors, their services and clients’ dependencies first (docs/incidents.md).</EmptyState>
      ) : (
        <fieldset className="declare-services">
          <legend>What is down</legend>
          {withServices.map((v) => (
            <div key={v.id} className="declare-vendor">
              <strong>{v.name}</strong>
              {v.services.map((s) => (
                <label key={s.id}>
                  <input type="checkbox" checked={serviceIds.includes(s.id)} onChange={() => toggle(s.id)} /> {s.name}
                </label>
              ))}
            </div>
          ))}
          <button type="button" className="button" disabled={serviceIds.length === 0 || busy} onClick={() => void showPreview()}>
            Show the clients hit
          </button>
        </fieldset>
      )}
      {preview ? (
        <form onSubmit={declare}>
          <table className="incident-grid declare-preview">
            <caption className="visually-hidden">Clients the outage hits</caption>
            <thead>
              <tr><th scope="col">Client</th><th scope="col">Priority</th><th scope="col">Covered now</th><th scope="col">Child ticket</th></tr>
            </thead>
            <tbody>
              {preview.clients.map((c) => (
                <tr key={c.organizationId}>
                  <th scope="row">
                    {c.name}
                    <span className={`criticality criticality-${c.criticality}`}>{c.criticality}</span>
                    <span className="muted small">{c.services.map((s) => `${s.serviceName}${s.purpose ? ` (${s.purpose})` : ''}`).join(', ')}</span>
                  </th>
                  <td>{c.priority}</td>
                  <td>{c.coverage.contract ? (c.coverage.coveredNow ? 'Yes' : 'Not now') : 'No contract'}</td>
                  <td>
                    <select aria-label={`Child ticket for ${c.name}`} value={attach[c.organizationId] ?? ''} onChange={(e) => setAttach((a) => ({ ...a, [c.organizationId]: e.target.value }))}>
                      <option value="">Open a new ticket</option>
                      {c.matchingTickets.map((t) => (
                        <option key={t.id} value={t.id}>Attach {t.number}: {t.subject}</option>
                      ))}
                    </select>
                    {c.matchingTickets.length > 0 ? <span className="muted small"> {c.matchingTickets.length} open mentioning it <StatusPill status={c.matchingTickets[0].status} /></span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Field label="Title"><input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} /></Field>
          <Field label="Summary"><textarea value={summary} onChange={(e) => setSummary(e.target.value)} required rows={3} maxLength={10000} /></Field>
          <div className="vendor-side-actions">
            <button type="submit" className="button primary" disabled={busy || preview.clients.length === 0}>
              Declare for {preview.clients.length} {preview.clients.length === 1 ? 'client' : 'clients'}
            </button>
            <button type="button" className="button" onClick={onCancel}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      )}
    </section>
  );
}
