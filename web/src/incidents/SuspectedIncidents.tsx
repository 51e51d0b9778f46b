/**
 * The alerts module's proposals on the Incidents page: many clients alerting with one signature at
 * once. One click declares a proposal as a vendor incident (each client's open alert ticket becomes
 * its child) and opens it; or it is dismissed as not one outage.
 */
import { useState } from 'react';
import { api } from '../platform/api';
import { formatAgo, formatFull } from '../platform/format';
import type { Incident, Page, SuspectedIncident } from '../platform/types';
import { Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';

export function SuspectedIncidents({ onDeclared }: { onDeclared: (incident: Incident) => void }) {
  const list = useResource((signal) => api<Page<SuspectedIncident>>('GET', '/suspected-incidents?status=proposed&limit=20', undefined, { signal }), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  if (items.length === 0 && !error) return null;
  const act = async (p: SuspectedIncident, action: 'declare' | 'dismiss') => {
    setBusy(p.id);
    setError(null);
    try {
      if (action === 'declare') onDeclared(await api<Incident>('POST', `/suspected-incidents/${p.id}/declare`, {}));
      else await api<SuspectedIncident>('POST', `/suspected-incidents/${p.id}/dismiss`);
      list.reload();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="suspected-incidents" aria-labelledby="suspected-title">
      <h2 id="suspected-title">Suspected incidents</h2>
      {error ? <Notice>{error}</Notice> : null}
      <ul>
        {items.map((p) => (
          <li key={p.id} aria-label={`Suspected incident ${p.signature}`}>
            <div>
              <strong>{p.clientCount} clients alerting with {p.signature}</strong>
              <span className="muted small">
                since <time dateTime={p.firstAlertAt} title={formatFull(p.firstAlertAt)}>{formatAgo(p.firstAlertAt)}</time> · {p.clients.map((c) => c.summary).slice(0, 3).join(' · ')}
                {p.clients.length > 3 ? ' …' : ''}
              </span>
            </div>
            <div className="suspected-actions">
              <button type="button" className="button primary" disabled={busy === p.id} onClick={() => void act(p, 'declare')}>
                Declare incident
              </button>
              <button type="button" className="button" disabled={busy === p.id} onClick={() => void act(p, 'dismiss')}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
