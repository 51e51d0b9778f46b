/**
 * What a technician does with an open incident besides the grid: send an update (to the status
 * pages, every child's timeline and the affected clients' people), and resolve it — the closing
 * update on every child, some kept open with a reason.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api';
import type { Incident } from '../platform/types';
import { Field, Notice } from '../platform/ui';

export function IncidentActions({ incident, onChange }: { incident: Incident; onChange: (next: Incident) => void }) {
  const [open, setOpen] = useState<'update' | 'resolve' | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  if (incident.status !== 'open') return null;
  return (
    <>
      <div className="incident-actions-bar">
        <button type="button" className="button" onClick={() => setOpen(open === 'update' ? null : 'update')} aria-expanded={open === 'update'}>Send an update</button>
        <button type="button" className="button" onClick={() => setOpen(open === 'resolve' ? null : 'resolve')} aria-expanded={open === 'resolve'}>Resolve the incident</button>
        <a className="button link" href="/status" target="_blank" rel="noreferrer">Status page</a>
      </div>
      {sent ? <Notice kind="success">{sent}</Notice> : null}
      {open === 'update' ? <UpdateForm incident={incident} onSent={(mailed) => { setOpen(null); setSent(`Update sent: on the status pages, in every child’s timeline, and mailed to ${mailed} ${mailed === 1 ? 'person' : 'people'}.`); }} /> : null}
      {open === 'resolve' ? <ResolveForm incident={incident} onResolved={(next) => { setOpen(null); onChange(next); }} /> : null}
    </>
  );
}

function UpdateForm({ incident, onSent }: { incident: Incident; onSent: (mailed: number) => void }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const r = await api<{ mailed: number }>('POST', `/incidents/${incident.id}/updates`, { body });
      onSent(r.mailed);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="incident-form" onSubmit={(e) => void send(e)} aria-label="Send an update">
      {error ? <Notice>{error}</Notice> : null}
      <Field label="Update for the affected clients">
        <textarea value={body} onChange={(e) => setBody(e.target.value)} required maxLength={10_000} />
      </Field>
      <div><button type="submit" className="button primary">Send to {incident.children.filter((c) => !c.releasedAt).length} clients</button></div>
    </form>
  );
}

function ResolveForm({ incident, onResolved }: { incident: Incident; onResolved: (next: Incident) => void }) {
  const [note, setNote] = useState('');
  const [keep, setKeep] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const owned = incident.children.filter((c) => !c.releasedAt);
  const resolve = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const keepOpen = Object.entries(keep).map(([organizationId, reason]) => ({ organizationId, reason }));
      onResolved(await api<Incident>('POST', `/incidents/${incident.id}/resolve`, { note, keepOpen }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="incident-form" onSubmit={(e) => void resolve(e)} aria-label="Resolve the incident">
      {error ? <Notice>{error}</Notice> : null}
      <Field label="Closing update (a public reply on every child resolved)">
        <textarea value={note} onChange={(e) => setNote(e.target.value)} required maxLength={10_000} />
      </Field>
      <fieldset className="incident-keep">
        <legend>Keep open</legend>
        {owned.map((c) => (
          <div key={c.organizationId}>
            <label>
              <input
                type="checkbox"
                checked={c.organizationId in keep}
                onChange={(e) => setKeep((k) => {
                  const next = { ...k };
                  if (e.target.checked) next[c.organizationId] = '';
                  else delete next[c.organizationId];
                  return next;
                })}
              />
              {c.organizationName}
            </label>
            {c.organizationId in keep ? (
              <Field label={`Why ${c.organizationName} stays open`}>
                <input value={keep[c.organizationId]} required maxLength={1000} onChange={(e) => setKeep((k) => ({ ...k, [c.organizationId]: e.target.value }))} />
              </Field>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div><button type="submit" className="button primary">Resolve {owned.length - Object.keys(keep).length} child tickets</button></div>
    </form>
  );
}
