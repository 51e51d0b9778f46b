/** The vendor's side of an incident: its own ticket number, who we spoke to, and the clock against its promise — shown, and changed in place. */
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api';
import { formatAgo, formatFull } from '../platform/format';
import type { Incident } from '../platform/types';
import { Field, Notice } from '../platform/ui';

/** An instant as a datetime-local value in the browser's zone. */
const localValue = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function VendorSide({ incident, onChange }: { incident: Incident; onChange: (next: Incident) => void }) {
  const [editing, setEditing] = useState(false);
  const [ticket, setTicket] = useState(incident.vendorTicket);
  const [contact, setContact] = useState(incident.vendorContact);
  const [promise, setPromise] = useState(localValue(incident.vendorPromisedAt));
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const body = { vendorTicket: ticket, vendorContact: contact, vendorPromisedAt: promise ? new Date(promise).toISOString() : null };
      onChange(await api<Incident>('PATCH', `/incidents/${incident.id}`, body));
      setEditing(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (editing) {
    return (
      <form className="vendor-side vendor-side-form" onSubmit={(e) => void save(e)} aria-label="The vendor’s side">
        {error ? <Notice>{error}</Notice> : null}
        <Field label="Vendor’s ticket"><input value={ticket} onChange={(e) => setTicket(e.target.value)} maxLength={200} /></Field>
        <Field label="Who we spoke to"><input value={contact} onChange={(e) => setContact(e.target.value)} maxLength={1000} /></Field>
        <Field label="Promised back by"><input type="datetime-local" value={promise} onChange={(e) => setPromise(e.target.value)} /></Field>
        <div className="vendor-side-actions">
          <button type="submit" className="button primary">Save</button>
          <button type="button" className="button" onClick={() => setEditing(false)}>Cancel</button>
        </div>
      </form>
    );
  }
  const promised = incident.vendorPromisedAt;
  return (
    <p className="vendor-side" aria-label="The vendor’s side">
      <span>Vendor’s ticket: <strong>{incident.vendorTicket || '—'}</strong></span>
      <span>Spoke to: {incident.vendorContact || '—'}</span>
      <span className={`vendor-promise promise-${incident.vendorPromise}`}>
        {promised ? (
          <>
            {incident.vendorPromise === 'overdue' ? 'Promise broken: was due ' : 'Promised back '}
            <time dateTime={promised} title={formatFull(promised)}>{formatAgo(promised)}</time>
          </>
        ) : (
          'No promise from the vendor yet'
        )}
      </span>
      <button type="button" className="link-button" onClick={() => setEditing(true)}>Edit</button>
    </p>
  );
}
