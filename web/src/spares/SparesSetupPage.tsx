/**
 * Setting up spares (owners, admins and service managers set up places and items; any staff takes
 * stock): stock locations — our office, a client's site, an engineer's van with its engineer —
 * and items created, renamed and archived; a stock take per item and location, whose difference
 * from the record is kept as a movement; a serialised item's units received by serial.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError } from '../platform/api';
import { useDirectory, useSites } from '../platform/directory';
import { formatFull } from '../platform/format';
import { Link } from '../platform/router';
import { Field, Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { items, LOCATION_LABELS, locations, movements, stock, units, type SpareItem, type StockLocation } from './spares-api';
import './spares.css';

/** Runs a write, keeping its error for the form. */
function useWrite(after: () => void) {
  const [error, setError] = useState<unknown>();
  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      after();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  return { error, run };
}

export function SparesSetupPage({ canSetUp }: { canSetUp: boolean }) {
  const places = useResource((signal) => locations(signal), []);
  const kept = useResource((signal) => items(signal), []);
  return (
    <div className="page spares-setup-page">
      <p className="small">
        <Link to="/spares">Spares</Link>
      </p>
      <h1>Set up spares</h1>
      <div className="spares-setup-grid">
        <Locations list={places.data?.items ?? []} canSetUp={canSetUp} reload={places.reload} />
        <Items list={kept.data?.items ?? []} canSetUp={canSetUp} reload={kept.reload} />
      </div>
      <StockTake places={places.data?.items ?? []} kept={kept.data?.items ?? []} />
    </div>
  );
}

function Locations({ list, canSetUp, reload }: { list: StockLocation[]; canSetUp: boolean; reload: () => void }) {
  const directory = useDirectory();
  const [form, setForm] = useState({ name: '', kind: 'office' as StockLocation['kind'], organizationId: '', siteId: '', userId: '' });
  const sites = useSites(form.kind === 'client_site' ? form.organizationId : null);
  const { error, run } = useWrite(reload);
  const engineers = directory.staff.filter((u) => !u.disabled);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name: form.name, kind: form.kind, ...(form.kind === 'client_site' ? { organizationId: form.organizationId, ...(form.siteId ? { siteId: form.siteId } : {}) } : {}), ...(form.kind === 'van' ? { userId: form.userId } : {}) };
    void run(() => api('POST', '/stock-locations', body)).then((ok) => ok && setForm((f) => ({ ...f, name: '' })));
  };
  const rename = (l: StockLocation) => {
    const name = window.prompt('New name', l.name);
    if (name && name !== l.name) void run(() => api('PATCH', `/stock-locations/${encodeURIComponent(l.id)}`, { name }));
  };
  return (
    <section className="card spares-setup" aria-labelledby="locations-title">
      <h2 id="locations-title" className="card-title">Locations</h2>
      <ul className="spares-items" aria-label="Stock locations">
        {list.map((l) => (
          <li key={l.id}>
            <span>
              <strong>{l.name}</strong> <span className="muted small">{LOCATION_LABELS[l.kind]}</span>{' '}
              <span className="small">{l.kind === 'van' ? directory.userName(l.userId) : l.kind === 'client_site' ? directory.orgName(l.organizationId) : ''}</span>
            </span>
            {canSetUp && (
              <span className="spares-actions">
                {l.kind === 'van' && (
                  <select aria-label={`Engineer of ${l.name}`} value={l.userId ?? ''} onChange={(e) => void run(() => api('PATCH', `/stock-locations/${encodeURIComponent(l.id)}`, { userId: e.target.value }))}>
                    {engineers.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                )}
                <button type="button" className="button small link" onClick={() => rename(l)}>
                  Rename
                </button>
                <button type="button" className="button small link" onClick={() => void run(() => api('PATCH', `/stock-locations/${encodeURIComponent(l.id)}`, { archived: true }))}>
                  Archive
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {canSetUp && (
        <form className="spares-setup-form" aria-label="New location" onSubmit={submit}>
          <Field label="Name" error={fieldError(error, '/name')}>
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={200} />
          </Field>
          <Field label="Kind">
            <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as StockLocation['kind'] })}>
              {Object.entries(LOCATION_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          {form.kind === 'client_site' && (
            <>
              <Field label="Client" error={fieldError(error, '/organizationId')}>
                <select value={form.organizationId} onChange={(e) => setForm({ ...form, organizationId: e.target.value, siteId: '' })} required>
                  <option value="">Choose the client</option>
                  {directory.organizations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Site" error={fieldError(error, '/siteId')}>
                <select value={form.siteId} onChange={(e) => setForm({ ...form, siteId: e.target.value })}>
                  <option value="">Any of its sites</option>
                  {sites.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          )}
          {form.kind === 'van' && (
            <Field label="Engineer" error={fieldError(error, '/userId')}>
              <select value={form.userId} onChange={(e) => setForm({ ...form, userId: e.target.value })} required>
                <option value="">Whose van</option>
                {engineers.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <button type="submit" className="button primary">
            Add location
          </button>
        </form>
      )}
      {error !== undefined && formError(error, ['/name', '/organizationId', '/siteId', '/userId']) && <Notice>{formError(error, ['/name', '/organizationId', '/siteId', '/userId'])}</Notice>}
    </section>
  );
}

function Items({ list, canSetUp, reload }: { list: SpareItem[]; canSetUp: boolean; reload: () => void }) {
  const [form, setForm] = useState({ name: '', kind: '', model: '', serialised: false });
  const { error, run } = useWrite(reload);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api('POST', '/spare-items', form)).then((ok) => ok && setForm({ name: '', kind: '', model: '', serialised: false }));
  };
  const edit = (i: SpareItem) => {
    const model = window.prompt(`Model of ${i.name}`, i.model);
    if (model !== null && model !== i.model) void run(() => api('PATCH', `/spare-items/${encodeURIComponent(i.id)}`, { model }));
  };
  return (
    <section className="card spares-setup" aria-labelledby="items-title">
      <h2 id="items-title" className="card-title">Items</h2>
      <ul className="spares-items" aria-label="Spare items">
        {list.map((i) => (
          <li key={i.id}>
            <span>
              <strong>{i.name}</strong> <span className="muted small">{[i.kind, i.model].filter(Boolean).join(' · ')}</span> {i.serialised && <span className="badge">Serialised</span>}
            </span>
            {canSetUp && (
              <button type="button" className="button small link" onClick={() => edit(i)}>
                Model
              </button>
            )}
          </li>
        ))}
      </ul>
      {canSetUp && (
        <form className="spares-setup-form" aria-label="New item" onSubmit={submit}>
          <Field label="Item name" error={fieldError(error, '/name')}>
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={200} />
          </Field>
          <Field label="Item kind" hint="laptop, router, PSU …" error={fieldError(error, '/kind')}>
            <input value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })} required maxLength={60} />
          </Field>
          <Field label="Model">
            <input value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} maxLength={200} />
          </Field>
          <label className="small">
            <input type="checkbox" checked={form.serialised} onChange={(e) => setForm({ ...form, serialised: e.target.checked })} /> Serialised (each unit has its own serial)
          </label>
          <button type="submit" className="button primary">
            Add item
          </button>
        </form>
      )}
      {error !== undefined && formError(error, ['/name', '/kind']) && <Notice>{formError(error, ['/name', '/kind'])}</Notice>}
    </section>
  );
}

function StockTake({ places, kept }: { places: StockLocation[]; kept: SpareItem[] }) {
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
