/**
 * What is available where, sized for a phone: the on-call engineer picks a location or "My van",
 * and sees each item with how many are available (low stock marked) and, for a serialised item,
 * the serial of each unit there.
 */
import { useState } from 'react';
import { EmptyState, Notice, Spinner } from '../platform/ui';
import { formError } from '../platform/api';
import { formatFull } from '../platform/format';
import { Link } from '../platform/router';
import { useResource } from '../platform/use-api';
import { loans, LOCATION_LABELS, locations, stock, type StockLine } from './spares-api';
import './spares.css';

export function SparesPage() {
  const [where, setWhere] = useState('');
  const places = useResource((signal) => locations(signal), []);
  const mine = where === 'mine';
  const lines = useResource((signal) => stock({ locationId: mine || !where ? undefined : where, mine }, signal), [where]);
  const out = useResource((signal) => loans(mine, signal), [mine]);
  const byLocation = new Map<string, StockLine[]>();
  for (const l of lines.data?.items ?? []) byLocation.set(l.location.id, [...(byLocation.get(l.location.id) ?? []), l]);

  return (
    <div className="page spares-page">
      <div className="spares-header">
        <h1>Spares</h1>
        <Link to="/spares/setup" className="button small">
          Set up
        </Link>
      </div>
      <div className="spares-where" role="group" aria-label="Where">
        <button type="button" className={`button${mine ? ' primary' : ''}`} aria-pressed={mine} onClick={() => setWhere(mine ? '' : 'mine')}>
          My van
        </button>
        <select aria-label="Location" value={mine ? '' : where} onChange={(e) => setWhere(e.target.value)}>
          <option value="">Everywhere</option>
          {(places.data?.items ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({LOCATION_LABELS[p.kind]})
            </option>
          ))}
        </select>
      </div>
      {lines.error !== undefined && <Notice>{formError(lines.error, [])}</Notice>}
      {lines.loading && !lines.data && <Spinner label="Loading stock" />}
      {lines.data?.items.length === 0 && <EmptyState title={mine ? 'Nothing in your van' : 'No stock here'}>Stock takes record what each location holds.</EmptyState>}
      {[...byLocation.values()].map((items) => (
        <section key={items[0].location.id} className="card spares-location" aria-label={items[0].location.name}>
          <h2 className="card-title">
            {items[0].location.name} <span className="muted small">{LOCATION_LABELS[items[0].location.kind]}</span>
          </h2>
          <ul className="spares-items">
            {items.map((l) => (
              <li key={l.item.id} className={l.low ? 'low' : undefined}>
                <span>
                  <strong>{l.item.name}</strong> <span className="muted small">{l.item.model}</span>
                  {l.serials.length > 0 && (
                    <span className="spares-unit-serials small" aria-label={`Serials of ${l.item.name} at ${l.location.name}`}>
                      {l.serials.map((serial) => (
                        <code key={serial}>{serial}</code>
                      ))}
                    </span>
                  )}
                </span>
                <span className="spares-count" aria-label={`${l.available} available`}>
                  {l.available}
                  {l.reserved > 0 && <span className="muted small"> (+{l.reserved} reserved)</span>}
                  {l.low && <span className="badge spares-low">Low</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {(out.data?.items.length ?? 0) > 0 && (
        <section className="card spares-location" aria-label="Out on loan">
          <h2 className="card-title">Out on loan</h2>
          <ul className="spares-items">
            {out.data!.items.map((r) => (
              <li key={r.id} className={r.overdueTicketId ? 'low' : undefined}>
                <span>
                  <strong>{r.itemName}</strong> {r.serial && <code>{r.serial}</code>} <span className="muted small">from {r.locationName}</span>
                </span>
                <span className="small">
                  {r.dueAt && `due ${formatFull(r.dueAt)}`}
                  {r.overdueTicketId && (
                    <>
                      {' '}
                      <Link to={`/tickets/${r.overdueTicketId}`}>overdue</Link>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
