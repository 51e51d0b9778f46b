/** Adding or editing a site: name, address and time zone (the client's zone when left as it is). */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
import { TimeZoneInput } from '../../platform/time-zone-input';
import type { Organization, Site } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';

export function SiteForm({ client, site, onSaved, onClose }: { client: Organization; site?: Site; onSaved: () => void; onClose: () => void }) {
  const [name, setName] = useState(site?.name ?? '');
  const [address, setAddress] = useState(site?.address ?? '');
  const [timeZone, setTimeZone] = useState(site?.timeZone ?? client.timeZone);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { name, address, timeZone: timeZone.trim() };
      if (site) await api('PATCH', `/sites/${encodeURIComponent(site.id)}`, body);
      else await api('POST', '/sites', { ...body, organizationId: client.id }, { idempotencyKey: key });
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const general = formError(error, ['/name', '/address', '/timeZone']);
  return (
    <Dialog title={site ? `Edit ${site.name}` : `New site for ${client.name}`} onClose={onClose}>
      {general && <Notice>{general}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Site name" error={fieldError(error, '/name')}>
          <input type="text" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Address" error={fieldError(error, '/address')}>
          <input type="text" value={address} onChange={(e) => setAddress(e.target.value)} />
        </Field>
        <Field label="Time zone" error={fieldError(error, '/timeZone')}>
          <TimeZoneInput required value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : site ? 'Save site' : 'Add site'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
