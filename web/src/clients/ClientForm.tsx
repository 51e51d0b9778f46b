/** A client organisation's name, time zone, country and industry: for adding a client and for editing one. */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../platform/api';
import { Dialog } from '../platform/dialog';
import { TimeZoneInput } from '../platform/time-zone-input';
import type { Organization } from '../platform/types';
import { Field, Notice } from '../platform/ui';
import { CountryField, countryValue } from './CountryField';

export function ClientForm({ client, onSaved, onClose }: { client?: Organization; onSaved: (o: Organization) => void; onClose: () => void }) {
  const [name, setName] = useState(client?.name ?? '');
  const [timeZone, setTimeZone] = useState(client?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [country, setCountry] = useState(client ? (client.country ?? 'none') : '');
  const [industry, setIndustry] = useState(client?.industry ?? '');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // An unchanged country is left out of an edit: the API keeps it.
      const body = { name, timeZone: timeZone.trim(), industry, ...(client && country === (client.country ?? 'none') ? {} : countryValue(country)) };
      const saved = client
        ? await api<Organization>('PATCH', `/organizations/${encodeURIComponent(client.id)}`, body)
        : await api<Organization>('POST', '/organizations', body, { idempotencyKey: key });
      onSaved(saved);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const general = formError(error, ['/name', '/timeZone', '/country', '/industry', '/slug']);
  return (
    <Dialog title={client ? `Edit ${client.name}` : 'New client'} onClose={onClose}>
      {general && <Notice>{general}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Name" error={fieldError(error, '/name', '/slug')}>
          <input type="text" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Time zone" hint="Covered hours and due times are shown in it." error={fieldError(error, '/timeZone')}>
          <TimeZoneInput required value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
        </Field>
        <CountryField value={country} onChange={setCountry} timeZone={timeZone} isNew={!client} error={fieldError(error, '/country')} />
        <Field label="Industry" error={fieldError(error, '/industry')}>
          <input type="text" value={industry} onChange={(e) => setIndustry(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : client ? 'Save' : 'Add client'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
