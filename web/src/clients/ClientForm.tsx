/**
 * A client organisation's name, time zone, country, main number and industry: for adding a client
 * and for editing one. The main number is read like the contacts' numbers (in the client's country,
 * stored in E.164); the fraud guard offers it for call-backs when a purported sender has no number
 * of their own on file.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../platform/api';
import { Dialog } from '../platform/dialog';
import { TimeZoneInput } from '../platform/time-zone-input';
import type { Organization } from '../platform/types';
import { phoneText } from '../platform/phone';
import { Field, Notice } from '../platform/ui';
import { CountryField, countryValue } from './CountryField';

export function ClientForm({ client, onSaved, onClose }: { client?: Organization; onSaved: (o: Organization) => void; onClose: () => void }) {
  const [name, setName] = useState(client?.name ?? '');
  const [timeZone, setTimeZone] = useState(client?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [country, setCountry] = useState(client ? (client.country ?? 'none') : '');
  const [industry, setIndustry] = useState(client?.industry ?? '');
  const savedPhone = client?.mainPhone ? phoneText(client.mainPhone) : '';
  const [mainPhone, setMainPhone] = useState(savedPhone);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // An unchanged country or main number is left out of an edit: the API keeps it (and reads a
      // number kept as typed again in a newly set country).
      const typed = mainPhone.trim();
      const body = {
        name,
        timeZone: timeZone.trim(),
        industry,
        ...(client && country === (client.country ?? 'none') ? {} : countryValue(country)),
        ...(client ? (typed === savedPhone ? {} : { mainPhone: typed || null }) : typed ? { mainPhone: typed } : {}),
      };
      const saved = client
        ? await api<Organization>('PATCH', `/organizations/${encodeURIComponent(client.id)}`, body)
        : await api<Organization>('POST', '/organizations', body, { idempotencyKey: key });
      onSaved(saved);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const general = formError(error, ['/name', '/timeZone', '/country', '/mainPhone', '/industry', '/slug']);
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
        <Field
          label="Main number"
          hint="The client’s switchboard, read in the country above like the contacts’ numbers (or type + and the country code); an extension may follow (ext. 204). Verify by phone offers it when the person a message claims to be from has no number on file. Empty: none."
          error={fieldError(error, '/mainPhone')}
        >
          <input type="tel" value={mainPhone} onChange={(e) => setMainPhone(e.target.value)} />
        </Field>
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
