/**
 * Lets one child go from the incident, from its row on the grid: with a reason (the client's outage
 * is its own, say), after which its ticket climbs its own escalation ladders again.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api';
import type { Incident, IncidentChild } from '../platform/types';
import { Notice } from '../platform/ui';

export function DetachChild({ incidentId, child, onDetached }: { incidentId: string; child: IncidentChild; onDetached: (next: Incident) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button detach-button" aria-label={`Detach ${child.organizationName}`} onClick={() => setOpen(true)}>
        Detach
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onDetached(await api<Incident>('POST', `/incidents/${incidentId}/children/${child.organizationId}/detach`, { reason }));
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="detach-form" aria-label={`Detach ${child.organizationName} from the incident`} onSubmit={(e) => void submit(e)}>
      {error ? <Notice>{error}</Notice> : null}
      <label>
        Why it is no longer this incident’s
        <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} placeholder="Their outage is their own router" />
      </label>
      <span className="muted small">Its ticket then climbs its own escalation ladders again.</span>
      <div className="vendor-side-actions">
        <button type="submit" className="button primary" disabled={saving || reason.trim() === ''}>Detach</button>
        <button type="button" className="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
