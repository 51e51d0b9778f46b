/**
 * Setting up spares (owners, admins and service managers set up places and items; any staff takes
 * stock): stock locations — our office, a client's site, an engineer's van with its engineer —
 * and items created, renamed and archived; a stock take per item and location, whose difference
 * from the record is kept as a movement; a serialised item's units received by serial.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError } from '../platform/api';
import { useDirectory, useSites } from '../platform/directory';
import { Link } from '../platform/router';
import { Field, Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { items, LOCATION_LABELS, locations, type SpareItem, type StockLocation } from './spares-api';
import { StockTake } from './StockTake';
import { useWrite } from './use-write';
import './spares.css';

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
