/**
 * A stock take of one item at one location: what is on record, the count and low threshold (or,
 * for a serialised item, the units there and the serials received), and the item's movements.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError } from '../platform/api';
import { formatFull } from '../platform/format';
import { Field, Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { movements, stock, units, type SpareItem, type StockLocation } from './spares-api';
import { useWrite } from './use-write';

export function StockTake({ places, kept }: { places: StockLocation[]; kept: SpareItem[] }) {
  const [itemId, setItemId] = useState('');
  const [locationId, setLocationId] = useState('');
  const [onHand, setOnHand] = useState('');
  const [threshold, setThreshold] = useState('');
  const [serials, setSerials] = useState('');
  const item = kept.find((i) => i.id === itemId);
  const ready = Boolean(itemId && locationId);
  const line = useResource((signal) => (ready ? stock({ itemId, locationId }, signal) : Promise.resolve({ items: [] })), [itemId, locationId]);
  const here = useResource((signal) => (ready && item?.serialised ? units(itemId, { locationId }, signal) : Promise.resolve({ items: [] })), [itemId, locationId, item?.serialised]);
  const moves = useResource((signal) => (itemId ? movements(itemId, signal) : Promise.resolve({ items: [] })), [itemId]);
  const { error, run } = useWrite(() => {
    line.reload();
    here.reload();
    moves.reload();
  });
  const current = line.data?.items[0];
  const count = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api('POST', `/spare-items/${encodeURIComponent(itemId)}/stock`, { locationId, onHand: Number(onHand || current?.onHand || 0), ...(threshold ? { lowThreshold: Number(threshold) } : {}) }));
  };
  const receive = (event: FormEvent) => {
    event.preventDefault();
    const list = serials.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
    void run(() => api('POST', `/spare-items/${encodeURIComponent(itemId)}/units`, { locationId, serials: list })).then((ok) => ok && setSerials(''));
  };
  const placeName = (id: string) => places.find((p) => p.id === id)?.name ?? '';

  return (
    <section className="card spares-setup spares-take" aria-labelledby="take-title">
      <h2 id="take-title" className="card-title">Stock take</h2>
      <div className="spares-setup-form">
        <Field label="Item to count">
          <select value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">Choose the item</option>
            {kept.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="At">
          <select value={locationId} onChange={(e) => setLocationId(e.target.value)}>
            <option value="">Choose the location</option>
            {places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {ready && (
        <p className="small" aria-live="polite">
          On record: {current?.onHand ?? 0} on hand, {current?.reserved ?? 0} reserved{current && current.lowThreshold > 0 ? `, low at ${current.lowThreshold}` : ''}.
        </p>
      )}
      {ready && item?.serialised && (
        <>
          <ul className="spares-serials" aria-label="Units here">
            {(here.data?.items ?? []).map((u) => (
              <li key={u.id}>
                <code>{u.serial}</code> <span className="muted small">{u.state.replace('_', ' ')}</span>
              </li>
            ))}
          </ul>
          <form className="spares-setup-form" aria-label="Receive units" onSubmit={receive}>
            <Field label="Serials received" hint="One per line, or separated by commas." error={fieldError(error, ...(serials ? serials.split(/[\s,;]+/).map((_s, i) => `/serials/${i}`) : []))}>
              <textarea rows={2} value={serials} onChange={(e) => setSerials(e.target.value)} />
            </Field>
            <button type="submit" className="button primary" disabled={!serials.trim()}>
              Receive units
            </button>
          </form>
        </>
      )}
      {ready && (
        <form className="spares-setup-form" aria-label="Count" onSubmit={count}>
          {!item?.serialised && (
            <Field label="Counted on hand" error={fieldError(error, '/onHand')}>
              <input type="number" min={0} value={onHand} onChange={(e) => setOnHand(e.target.value)} required />
            </Field>
          )}
          <Field label="Low at" hint="Alert when what is available falls to this; 0: never." error={fieldError(error, '/lowThreshold')}>
            <input type="number" min={0} value={threshold} onChange={(e) => setThreshold(e.target.value)} />
          </Field>
          <button type="submit" className="button primary">
            {item?.serialised ? 'Save threshold' : 'Record count'}
          </button>
        </form>
      )}
      {error !== undefined && formError(error, ['/onHand', '/lowThreshold']) && <Notice>{formError(error, ['/onHand', '/lowThreshold'])}</Notice>}
      {(moves.data?.items.length ?? 0) > 0 && (
        <>
          <h3>Movements</h3>
          <ul className="spares-items" aria-label="Movements">
            {moves.data!.items.slice(0, 20).map((m) => (
              <li key={m.id}>
                <span>
                  {m.reason === 'count' ? 'Stock take' : 'Received'} at {placeName(m.locationId)} {m.serial && <code>{m.serial}</code>}
                </span>
                <span className="small">
                  {m.delta > 0 ? `+${m.delta}` : m.delta} → {m.onHandAfter} <span className="muted">{formatFull(m.at)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
