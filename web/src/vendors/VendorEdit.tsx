/**
 * Changing a vendor: its name, portal, support contacts (one a line: name; role; email; phone),
 * the account numbers it knows the MSP or its clients by (one a line: label: number) and notes.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../platform/api';
import type { Vendor } from '../platform/types';
import { Field, Notice } from '../platform/ui';

const contactLines = (v: Vendor) => v.supportContacts.map((c) => [c.name, c.role, c.email, c.phone].join('; ').replace(/(; )+$/, '')).join('\n');
const accountLines = (v: Vendor) => v.accountNumbers.map((a) => (a.label ? `${a.label}: ${a.number}` : a.number)).join('\n');

function readContacts(text: string) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [name = '', role = '', email = '', phone = ''] = l.split(';').map((p) => p.trim());
    return { name, role, email, phone };
  });
}

function readAccounts(text: string) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const at = l.lastIndexOf(':');
    return at > 0 ? { label: l.slice(0, at).trim(), number: l.slice(at + 1).trim() } : { label: '', number: l };
  });
}

export function VendorEdit({ vendor, onSaved, onCancel }: { vendor: Vendor; onSaved: () => void; onCancel: () => void }) {
  const [form, setForm] = useState({ name: vendor.name, portalUrl: vendor.portalUrl, contacts: contactLines(vendor), accounts: accountLines(vendor), notes: vendor.notes });
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('PATCH', `/vendors/${vendor.id}`, { name: form.name, portalUrl: form.portalUrl, supportContacts: readContacts(form.contacts), accountNumbers: readAccounts(form.accounts), notes: form.notes });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  const other = error && !fieldError(error, '/name', '/portalUrl') ? (error as Error).message : null;
  return (
    <form className="vendors-box vendors-edit" onSubmit={(e) => void save(e)} aria-label="Change the vendor">
      {other ? <Notice>{other}</Notice> : null}
      <Field label="Name" error={fieldError(error, '/name')}><input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={200} /></Field>
      <Field label="Support portal" error={fieldError(error, '/portalUrl')}><input value={form.portalUrl} onChange={(e) => setForm({ ...form, portalUrl: e.target.value })} placeholder="https://" maxLength={2000} /></Field>
      <Field label="Support contacts (one a line: name; role; email; phone)"><textarea value={form.contacts} onChange={(e) => setForm({ ...form, contacts: e.target.value })} rows={3} /></Field>
      <Field label="Account numbers (one a line: label: number)"><textarea value={form.accounts} onChange={(e) => setForm({ ...form, accounts: e.target.value })} rows={2} /></Field>
      <Field label="Notes"><textarea value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} rows={2} maxLength={10_000} /></Field>
      <div className="vendors-actions">
        <button type="submit" className="button primary">Save vendor</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
