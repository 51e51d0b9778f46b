/**
 * Vendors and dependencies (staff read; owners, admins and service managers change them): each
 * vendor with its portal, support contacts and services, and for the service chosen, which clients
 * depend on it — for what, how critically, with which fallback and workaround checklist. These
 * records are what a vendor incident's blast radius is read from.
 */
import { useState, type FormEvent } from 'react';
import { api, apiAll, fieldError } from '../platform/api';
import { Link } from '../platform/router';
import type { Dependency, Organization, Page, Vendor } from '../platform/types';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { DependencyEdit } from './DependencyEdit';
import { ServiceEdit } from './ServiceEdit';
import { VendorEdit } from './VendorEdit';
import { VendorImport } from './VendorImport';
import './vendors.css';

const CRITICALITIES = ['critical', 'high', 'normal', 'low'] as const;

export function VendorsPage({ vendorId, canEdit }: { vendorId?: string; canEdit: boolean }) {
  const vendors = useResource(() => apiAll<Vendor>('/vendors'), []);
  const [name, setName] = useState('');
  const [portal, setPortal] = useState('');
  const [error, setError] = useState<unknown>(null);
  const shown = vendors.data?.find((v) => v.id === vendorId) ?? vendors.data?.[0];

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api<Vendor>('POST', '/vendors', { name, portalUrl: portal });
      setName('');
      setPortal('');
      vendors.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="page">
      <h1>Vendors</h1>
      {vendors.error ? <Notice>{(vendors.error as Error).message}</Notice> : null}
      {!vendors.data ? (
        vendors.error ? null : <Spinner label="Loading vendors" />
      ) : (
        <div className="vendors-layout">
          <div>
            {vendors.data.length === 0 ? <EmptyState title="No vendors yet">Record the vendors your clients depend on.</EmptyState> : null}
            <ul className="vendors-list" aria-label="Vendors">
              {vendors.data.map((v) => (
                <li key={v.id}>
                  <Link to={`/setup/vendors/${v.id}`} className="vendors-link" aria-current={v.id === shown?.id ? 'page' : undefined}>
                    <strong>{v.name}</strong>
                    <span className="muted small">{v.services.map((s) => s.name).join(', ') || 'No services yet'}</span>
                  </Link>
                </li>
              ))}
            </ul>
            {canEdit ? (
              <form className="vendors-box" onSubmit={(e) => void add(e)} aria-label="Add a vendor">
                <Field label="Vendor name" error={fieldError(error, '/name')}><input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} /></Field>
                <Field label="Support portal" error={fieldError(error, '/portalUrl')}><input value={portal} onChange={(e) => setPortal(e.target.value)} placeholder="https://" maxLength={2000} /></Field>
                <button type="submit" className="button">Add vendor</button>
              </form>
            ) : null}
            {canEdit ? <VendorImport onImported={vendors.reload} /> : null}
          </div>
          {shown ? <VendorDetail key={shown.id} vendor={shown} canEdit={canEdit} onChanged={vendors.reload} /> : null}
        </div>
      )}
    </div>
  );
}

function VendorDetail({ vendor, canEdit, onChanged }: { vendor: Vendor; canEdit: boolean; onChanged: () => void }) {
  const [serviceId, setServiceId] = useState(vendor.services[0]?.id);
  const [service, setService] = useState('');
  const [editing, setEditing] = useState<'vendor' | 'service' | null>(null);
  const chosen = vendor.services.find((s) => s.id === serviceId);
  const [error, setError] = useState<unknown>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const made = await api<{ id: string }>('POST', `/vendors/${vendor.id}/services`, { name: service });
      setService('');
      setServiceId(made.id);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="vendor-title">
      <h2 id="vendor-title">{vendor.name}</h2>
      {editing === 'vendor' ? (
        <VendorEdit vendor={vendor} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
      ) : (
        <p className="vendors-facts" aria-label="The vendor’s support">
          <span>Portal: {vendor.portalUrl ? <a href={vendor.portalUrl} rel="noreferrer noopener" target="_blank">{vendor.portalUrl}</a> : '—'}</span>
          {vendor.supportContacts.map((c, i) => <span key={i}>{c.name}{c.role ? ` (${c.role})` : ''} {c.phone} {c.email}</span>)}
          {vendor.accountNumbers.map((a, i) => <span key={i}>{a.label ? `${a.label}: ` : 'Account '}{a.number}</span>)}
          {vendor.notes ? <span className="muted">{vendor.notes}</span> : null}
          {canEdit ? <button type="button" className="vendors-link-button" onClick={() => setEditing('vendor')}>Change vendor</button> : null}
        </p>
      )}
      <div className="vendors-row" role="group" aria-label="Services">
        {vendor.services.map((s) => (
          <button key={s.id} type="button" className={`button${s.id === serviceId ? ' primary' : ''}`} aria-pressed={s.id === serviceId} onClick={() => setServiceId(s.id)}>{s.name}</button>
        ))}
        {canEdit ? (
          <form className="vendors-row" onSubmit={(e) => void add(e)} aria-label="Add a service">
            <Field label="New service" error={fieldError(error, '/name')}><input value={service} onChange={(e) => setService(e.target.value)} required maxLength={200} /></Field>
            <button type="submit" className="button">Add service</button>
          </form>
        ) : null}
      </div>
      {chosen && canEdit ? (
        editing === 'service' ? (
          <ServiceEdit key={chosen.id} service={chosen} onCancel={() => setEditing(null)} onSaved={() => { setEditing(null); onChanged(); }} />
        ) : (
          <p className="muted small">
            {chosen.description || 'No description'} · <button type="button" className="vendors-link-button" onClick={() => setEditing('service')}>Change service</button>
          </p>
        )
      ) : null}
      {serviceId ? <Dependencies key={serviceId} serviceId={serviceId} canEdit={canEdit} /> : <p className="muted">No services yet.</p>}
    </section>
  );
}

function Dependencies({ serviceId, canEdit }: { serviceId: string; canEdit: boolean }) {
  const list = useResource((signal) => api<Page<Dependency>>('GET', `/dependencies?serviceId=${encodeURIComponent(serviceId)}&limit=200`, undefined, { signal }), [serviceId]);
  const clients = useResource(() => apiAll<Organization>('/organizations'), []);
  const [form, setForm] = useState({ organizationId: '', criticality: 'normal', purpose: '', fallback: '', steps: '' });
  const [error, setError] = useState<unknown>(null);
  const [changing, setChanging] = useState<string | null>(null);
  const names = new Map((clients.data ?? []).map((c) => [c.id, c.name]));
  const editing = list.data?.items.find((d) => d.id === changing);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const workaroundSteps = form.steps.split('\n').map((s) => s.trim()).filter(Boolean);
      await api('POST', '/dependencies', { serviceId, organizationId: form.organizationId, criticality: form.criticality, purpose: form.purpose, fallback: form.fallback, workaroundSteps });
      setForm({ organizationId: '', criticality: 'normal', purpose: '', fallback: '', steps: '' });
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  const remove = async (d: Dependency) => {
    await api('DELETE', `/dependencies/${d.id}`).then(list.reload, setError);
  };
  return (
    <>
      <table className="vendors-table">
        <caption className="visually-hidden">Clients depending on this service</caption>
        <thead><tr><th scope="col">Client</th><th scope="col">For</th><th scope="col">Criticality</th><th scope="col">Fallback and workaround</th>{canEdit ? <th scope="col"><span className="visually-hidden">Remove</span></th> : null}</tr></thead>
        <tbody>
          {(list.data?.items ?? []).map((d) => (
            <tr key={d.id}>
              <th scope="row">{names.get(d.organizationId) ?? d.organizationId}{d.siteId ? <span className="muted small"> (one site)</span> : null}</th>
              <td>{d.purpose || '—'}</td>
              <td><span className={`vendors-criticality vendors-criticality-${d.criticality}`}>{d.criticality}</span></td>
              <td>{d.fallback || '—'}{d.workaroundSteps.length ? <span className="muted small"> · {d.workaroundSteps.length} steps</span> : null}</td>
              {canEdit ? (
                <td className="vendors-actions">
                  <button type="button" className="vendors-link-button" onClick={() => setChanging(d.id)} aria-label={`Change ${names.get(d.organizationId) ?? 'this client'}’s dependency`}>Change</button>
                  <button type="button" className="vendors-link-button" onClick={() => void remove(d)} aria-label={`Remove ${names.get(d.organizationId) ?? 'this client'}’s dependency`}>Remove</button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {list.data?.items.length === 0 ? <p className="muted">No client depends on this service yet.</p> : null}
      {editing && canEdit ? (
        <DependencyEdit key={editing.id} dependency={editing} clientName={names.get(editing.organizationId) ?? 'the client'} onCancel={() => setChanging(null)} onSaved={() => { setChanging(null); list.reload(); }} />
      ) : null}
      {error && !fieldError(error, '/organizationId', '/serviceId') ? <Notice>{(error as Error).message}</Notice> : null}
      {canEdit ? (
        <form className="vendors-form vendors-box" onSubmit={(e) => void add(e)} aria-label="Add a client that depends on it">
          <Field label="Client" error={fieldError(error, '/organizationId', '/serviceId')}>
            <select value={form.organizationId} onChange={(e) => setForm({ ...form, organizationId: e.target.value })} required>
              <option value="">Choose…</option>
              {(clients.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </Field>
          <Field label="Criticality">
            <select value={form.criticality} onChange={(e) => setForm({ ...form, criticality: e.target.value })}>
              {CRITICALITIES.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </Field>
          <Field label="Used for"><input value={form.purpose} onChange={(e) => setForm({ ...form, purpose: e.target.value })} maxLength={500} placeholder="line-of-business app" /></Field>
          <Field label="Fallback"><input value={form.fallback} onChange={(e) => setForm({ ...form, fallback: e.target.value })} maxLength={5000} /></Field>
          <Field label="Workaround steps (one a line)"><textarea value={form.steps} onChange={(e) => setForm({ ...form, steps: e.target.value })} rows={3} /></Field>
          <div className="vendors-actions"><button type="submit" className="button primary">Add client</button></div>
        </form>
      ) : null}
    </>
  );
}
