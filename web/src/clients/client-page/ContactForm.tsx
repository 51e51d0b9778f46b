/**
 * Adding or editing a contact: name, title, where they work (a site or home), VIP, and the email
 * addresses and phone numbers on file — the numbers the desk finds callers by and calls back on.
 * National numbers are read in the client's country by the API, which stores them in E.164; its
 * message about a number shows beside the row it came from.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
import { countryName, phoneText } from '../../platform/phone';
import type { Contact, Organization, Site } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';

type Phone = { number: string; label: string };

export function ContactForm({ client, sites, contact, onSaved, onClose }: { client: Organization; sites: Site[]; contact?: Contact; onSaved: () => void; onClose: () => void }) {
  const [name, setName] = useState(contact?.name ?? '');
  const [title, setTitle] = useState(contact?.title ?? '');
  const [siteId, setSiteId] = useState(contact?.siteId ?? sites[0]?.id ?? '');
  const [workLocation, setWorkLocation] = useState<'site' | 'home'>(contact?.workLocation ?? (sites.length ? 'site' : 'home'));
  const [vip, setVip] = useState(contact?.vip ?? false);
  const [emails, setEmails] = useState<string[]>(contact?.emails.length ? contact.emails : ['']);
  // A number on file comes back with its extension, so saving keeps it.
  const [phones, setPhones] = useState<Phone[]>(contact?.phones.length ? contact.phones.map((p) => ({ number: phoneText(p), label: p.label })) : [{ number: '', label: 'work' }]);
  const [error, setError] = useState<unknown>();
  // Empty rows are not sent: the API's /phones/1 is the second row sent, not the second on screen.
  const [sent, setSent] = useState<{ phones: number[]; emails: number[] }>({ phones: [], emails: [] });
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const filled = <T,>(rows: T[], text: (row: T) => string) => rows.flatMap((row, i) => (text(row).trim() ? [i] : []));
    const rows = { phones: filled(phones, (p) => p.number), emails: filled(emails, (e) => e) };
    setSent(rows);
    const body = {
      name,
      title,
      siteId: siteId || null,
      workLocation,
      vip,
      emails: rows.emails.map((i) => emails[i].trim()),
      phones: rows.phones.map((i) => ({ number: phones[i].number.trim(), label: phones[i].label.trim() || 'work' })),
    };
    try {
      if (contact) await api('PATCH', `/contacts/${encodeURIComponent(contact.id)}`, body);
      else await api('POST', '/contacts', { ...body, organizationId: client.id }, { idempotencyKey: key });
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  // The API's pointer may name one row sent (/phones/1/number) or the whole list (/phones, shown on the first row).
  const rowError = (list: 'phones' | 'emails', row: number, part?: string) => {
    const k = sent[list].indexOf(row);
    return k < 0 ? undefined : fieldError(error, `/${list}/${k}${part ? `/${part}` : ''}`, ...(k === 0 && part !== 'label' ? [`/${list}`] : []));
  };
  const listFields = (list: 'phones' | 'emails', part?: string) => [...(sent[list].length ? [`/${list}`] : []), ...sent[list].map((_, k) => `/${list}/${k}${part ? `/${part}` : ''}`)];
  const shown = ['/name', '/title', '/siteId', '/workLocation', '/vip', ...listFields('emails'), ...listFields('phones', 'number'), ...listFields('phones', 'label')];
  // Removing a row moves the rows after it: a message about them would land beside the wrong one.
  const removeRow = () => (setError(undefined), setSent({ phones: [], emails: [] }));
  const country = client.country ? countryName(client.country) : null;
  const general = formError(error, shown);
  return (
    <Dialog title={contact ? `Edit ${contact.name}` : `New contact at ${client.name}`} onClose={onClose} wide>
      {general && <Notice>{general}</Notice>}
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label="Name" error={fieldError(error, '/name')}>
            <input type="text" required value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Job title" error={fieldError(error, '/title')}>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
        </div>
        <div className="form-row">
          <Field label="Works at" error={fieldError(error, '/workLocation')}>
            <select value={workLocation} onChange={(e) => setWorkLocation(e.target.value as 'site' | 'home')}>
              <option value="site">A site</option>
              <option value="home">Home</option>
            </select>
          </Field>
          <Field label="Site" hint={workLocation === 'home' ? 'The site they belong to, if any.' : undefined} error={fieldError(error, '/siteId')}>
            <select value={siteId} onChange={(e) => setSiteId(e.target.value)}>
              <option value="">No site</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="field">
          <legend>Phone numbers on file</legend>
          <p className="field-hint">
            {country
              ? `Type a number as dialled in ${country} or with + and its country code; an extension may follow (ext. 204). Numbers are stored in international form (E.164).`
              : `${client.name} has no country, so national numbers are kept as typed: type + and the country code to store a number in international form (E.164). An extension may follow (ext. 204).`}
          </p>
          {phones.map((p, i) => (
            <div className="list-row" key={i}>
              <Field label={`Number ${i + 1}`} className="grow" error={rowError('phones', i, 'number')}>
                <input type="tel" value={p.number} onChange={(e) => setPhones(phones.map((x, k) => (k === i ? { ...x, number: e.target.value } : x)))} />
              </Field>
              <Field label={`Label ${i + 1}`} error={rowError('phones', i, 'label')}>
                <input type="text" value={p.label} onChange={(e) => setPhones(phones.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))} />
              </Field>
              <button type="button" className="button ghost small" aria-label={`Remove number ${i + 1}`} onClick={() => (setPhones(phones.filter((_, k) => k !== i)), removeRow())}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" className="button small" onClick={() => setPhones([...phones, { number: '', label: 'mobile' }])}>
            Add a number
          </button>
        </fieldset>
        <fieldset className="field">
          <legend>Email addresses</legend>
          {emails.map((e, i) => (
            <div className="list-row" key={i}>
              <Field label={`Email ${i + 1}`} className="grow" error={rowError('emails', i)}>
                <input type="email" value={e} onChange={(ev) => setEmails(emails.map((x, k) => (k === i ? ev.target.value : x)))} />
              </Field>
              <button type="button" className="button ghost small" aria-label={`Remove email ${i + 1}`} onClick={() => (setEmails(emails.filter((_, k) => k !== i)), removeRow())}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" className="button small" onClick={() => setEmails([...emails, ''])}>
            Add an email
          </button>
        </fieldset>
        <label className="checkbox-label">
          <input type="checkbox" checked={vip} onChange={(e) => setVip(e.target.checked)} /> VIP: their calls and tickets stand out to the desk
        </label>
        <div className="form-actions">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : contact ? 'Save contact' : 'Add contact'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
