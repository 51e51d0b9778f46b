/**
 * Records or changes an asset (staff): kind, name, serial, model, the client (when new), site and
 * person, tags and staff notes, and for a circuit its ISP, circuit id and the ISP's support number.
 * A change carries the version it was made on, so someone else's change since is reported, not
 * overwritten; archiving and restoring are here too.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, apiAll, fieldError, formError } from '../platform/api';
import { useDirectory, useSites } from '../platform/directory';
import type { Contact } from '../platform/types';
import { Field, Notice } from '../platform/ui';
import { KIND_LABELS, type Asset } from './assets-api';

interface Props {
  /** The asset to change; none: a new one. */
  asset?: Asset;
  onSaved: (asset: Asset) => void;
  onCancel: () => void;
}

const blank = { organizationId: '', kind: 'laptop' as Asset['kind'], name: '', serial: '', model: '', siteId: '', contactId: '', tags: '', notes: '', isp: '', circuitId: '', ispSupportPhone: '' };

export function AssetEditor({ asset, onSaved, onCancel }: Props) {
  const directory = useDirectory();
  const [form, setForm] = useState(() =>
    asset ? { ...blank, ...asset, siteId: asset.siteId ?? '', contactId: asset.contactId ?? '', tags: (asset.tags ?? []).join(', '), notes: asset.notes ?? '' } : blank,
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const sites = useSites(form.organizationId || null);
  const [contacts, setContacts] = useState<Contact[]>([]);
  useEffect(() => {
    if (!form.organizationId) return;
    let live = true;
    void apiAll<Contact>(`/contacts?organizationId=${encodeURIComponent(form.organizationId)}`).then((list) => live && setContacts(list));
    return () => {
      live = false;
    };
  }, [form.organizationId]);
  const set = (key: keyof typeof blank) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const circuit = form.kind === 'circuit';

  const save = async (extra: Record<string, unknown> = {}) => {
    setError(undefined);
    setBusy(true);
    const settings = {
      kind: form.kind,
      name: form.name,
      serial: form.serial,
      model: form.model,
      siteId: form.siteId || null,
      contactId: form.contactId || null,
      tags: form.tags.split(/[,;]/).map((t) => t.trim()).filter(Boolean),
      notes: form.notes,
      ...(circuit ? { isp: form.isp, circuitId: form.circuitId, ispSupportPhone: form.ispSupportPhone } : {}),
    };
    try {
      const saved = asset
        ? await api<Asset>('PATCH', `/assets/${encodeURIComponent(asset.id)}`, { version: asset.version, ...settings, ...extra })
        : await api<Asset>('POST', '/assets', { organizationId: form.organizationId, ...settings });
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const shown = ['/organizationId', '/name', '/siteId', '/contactId', '/tags', '/serial'];

  return (
    <form className="card asset-editor" aria-label={asset ? `Edit ${asset.name}` : 'New asset'} onSubmit={submit}>
      <h2 className="card-title">{asset ? `Edit ${asset.name}` : 'New asset'}</h2>
      {!asset && (
        <Field label="Client" error={fieldError(error, '/organizationId')}>
          <select value={form.organizationId} onChange={(e) => setForm((f) => ({ ...f, organizationId: e.target.value, siteId: '', contactId: '' }))} required>
            <option value="">Choose the client</option>
            {[...directory.organizations].sort((a, b) => a.name.localeCompare(b.name)).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="asset-editor-row">
        <Field label="Kind">
          <select value={form.kind} onChange={set('kind')}>
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Name" error={fieldError(error, '/name')}>
          <input value={form.name} onChange={set('name')} required maxLength={200} />
        </Field>
      </div>
      <div className="asset-editor-row">
        <Field label="Serial" error={fieldError(error, '/serial')}>
          <input value={form.serial} onChange={set('serial')} maxLength={100} />
        </Field>
        <Field label="Model">
          <input value={form.model} onChange={set('model')} maxLength={200} />
        </Field>
      </div>
      <div className="asset-editor-row">
        <Field label="Site" error={fieldError(error, '/siteId')}>
          <select value={form.siteId} onChange={set('siteId')} disabled={!form.organizationId}>
            <option value="">No site</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Person" error={fieldError(error, '/contactId')}>
          <select value={form.contactId} onChange={set('contactId')} disabled={!form.organizationId}>
            <option value="">Nobody in particular</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {circuit && (
        <fieldset className="asset-circuit">
          <legend>Circuit</legend>
          <Field label="ISP">
            <input value={form.isp} onChange={set('isp')} maxLength={200} />
          </Field>
          <Field label="Circuit id">
            <input value={form.circuitId} onChange={set('circuitId')} maxLength={100} />
          </Field>
          <Field label="ISP support number" hint="Called with the circuit id when the line is down.">
            <input type="tel" value={form.ispSupportPhone} onChange={set('ispSupportPhone')} maxLength={40} />
          </Field>
        </fieldset>
      )}
      <Field label="Tags" hint="Separated by commas." error={fieldError(error, '/tags')}>
        <input value={form.tags} onChange={set('tags')} />
      </Field>
      <Field label="Notes (staff only)">
        <textarea value={form.notes} onChange={set('notes')} maxLength={5000} rows={3} />
      </Field>
      {error !== undefined && formError(error, shown) && <Notice>{formError(error, shown)}</Notice>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {asset ? 'Save' : 'Record asset'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {asset && (
          <button type="button" className="button link" disabled={busy} onClick={() => void save({ archived: !asset.archivedAt })}>
            {asset.archivedAt ? 'Restore' : 'Retire (archive)'}
          </button>
        )}
      </div>
    </form>
  );
}
