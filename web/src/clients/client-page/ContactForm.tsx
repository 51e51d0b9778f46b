/**
 * Adding or editing a contact: name, title, where they work (a site or home), VIP, and the email
 * addresses and phone numbers on file — the numbers the desk finds callers by and calls back on.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
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
  const [phones, setPhones] = useState<Phone[]>(contact?.phones.length ? contact.phones : [{ number: '', label: 'work' }]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body = {
      name,
      title,
      siteId: siteId || null,
      workLocation,
      vip,
      emails: emails.map((e) => e.trim()).filter(Boolean),
      phones: phones.filter((p) => p.number.trim()).map((p) => ({ number: p.number.trim(), label: p.label.trim() || 'work' })),
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

  // The API's pointer may name one row (/phones/1/number) or the whole list (/phones).
  const rowError = (list: string, i: number, part?: string) => fieldError(error, `/${list}/${i}${part ? `/${part}` : ''}`, ...(i === 0 ? [`/${list}`] : []));
  const listFields = (list: string, n: number, part?: string) => [`/${list}`, ...Array.from({ length: n }, (_, i) => `/${list}/${i}${part ? `/${part}` : ''}`)];
  const shown = ['/name', '/title', '/siteId', '/workLocation', '/vip', ...listFields('emails', emails.length), ...listFields('phones', phones.length, 'number'), ...listFields('phones', phones.length, 'label')];
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
          {phones.map((p, i) => (
            <div className="list-row" key={i}>
              <Field label={`Number ${i + 1}`} className="grow" error={rowError('phones', i, 'number')}>
                <input type="tel" value={p.number} onChange={(e) => setPhones(phones.map((x, k) => (k === i ? { ...x, number: e.target.value } : x)))} />
              </Field>
              <Field label={`Label ${i + 1}`} error={fieldError(error, `/phones/${i}/label`)}>
                <input type="text" value={p.label} onChange={(e) => setPhones(phones.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))} />
              </Field>
              <button type="button" className="button ghost small" aria-label={`Remove number ${i + 1}`} onClick={() => setPhones(phones.filter((_, k) => k !== i))}>
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
              <button type="button" className="button ghost small" aria-label={`Remove email ${i + 1}`} onClick={() => setEmails(emails.filter((_, k) => k !== i))}>
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
