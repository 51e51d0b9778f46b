/** Changing one client's dependency on a service: the site, what for, how critically, its fallback, workaround steps and who hears of an incident. */
import { useState, type FormEvent } from 'react';
import { api, apiAll, fieldError } from '../platform/api';
import type { Contact, Dependency, Site } from '../platform/types';
import { Field, Notice } from '../platform/ui';
import { useResource } from '../platform/use-api';

const CRITICALITIES = ['critical', 'high', 'normal', 'low'] as const;

export function DependencyEdit({ dependency, clientName, onSaved, onCancel }: { dependency: Dependency; clientName: string; onSaved: () => void; onCancel: () => void }) {
  const sites = useResource(() => apiAll<Site>(`/sites?organizationId=${encodeURIComponent(dependency.organizationId)}`), [dependency.organizationId]);
  const contacts = useResource(() => apiAll<Contact>(`/contacts?organizationId=${encodeURIComponent(dependency.organizationId)}`), [dependency.organizationId]);
  const [form, setForm] = useState({ siteId: dependency.siteId ?? '', criticality: dependency.criticality as string, purpose: dependency.purpose, fallback: dependency.fallback, steps: dependency.workaroundSteps.join('\n'), notify: dependency.notifyContactIds });
  const toggle = (id: string, on: boolean) => setForm({ ...form, notify: on ? [...form.notify, id] : form.notify.filter((x) => x !== id) });
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const workaroundSteps = form.steps.split('\n').map((s) => s.trim()).filter(Boolean);
      await api('PATCH', `/dependencies/${dependency.id}`, { siteId: form.siteId || null, criticality: form.criticality, purpose: form.purpose, fallback: form.fallback, workaroundSteps, notifyContactIds: form.notify });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="vendors-form vendors-box" onSubmit={(e) => void save(e)} aria-label={`Change ${clientName}’s dependency`}>
      {error && !fieldError(error, '/siteId') ? <Notice>{(error as Error).message}</Notice> : null}
      <Field label="Site" error={fieldError(error, '/siteId')}>
        <select value={form.siteId} onChange={(e) => setForm({ ...form, siteId: e.target.value })}>
          <option value="">The whole client</option>
          {(sites.data ?? []).filter((s) => !s.archivedAt).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <Field label="Criticality">
        <select value={form.criticality} onChange={(e) => setForm({ ...form, criticality: e.target.value })}>
          {CRITICALITIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </Field>
      <Field label="Used for"><input value={form.purpose} onChange={(e) => setForm({ ...form, purpose: e.target.value })} maxLength={500} /></Field>
      <Field label="Fallback"><input value={form.fallback} onChange={(e) => setForm({ ...form, fallback: e.target.value })} maxLength={5000} /></Field>
      <Field label="Workaround steps (one a line)"><textarea value={form.steps} onChange={(e) => setForm({ ...form, steps: e.target.value })} rows={3} /></Field>
      <fieldset className="vendors-notify">
        <legend>Who hears of an incident on this service</legend>
        <p className="muted">Nobody ticked: the client’s VIPs, or everyone when it has none.</p>
        {(contacts.data ?? []).filter((c) => !c.archivedAt).map((c) => (
          <label key={c.id} className="checkbox-label">
            <input type="checkbox" checked={form.notify.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.name}{c.emails.length === 0 ? ' (no email address)' : ''}
          </label>
        ))}
      </fieldset>
      <div className="vendors-actions">
        <button type="submit" className="button primary">Save dependency</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
