/**
 * An incident whose declaration did not finish (its request died between chunks, ADR 0017): says
 * so, and offers to discard it with a reason — the children written so far are let go, their
 * tickets stay. Declaring the same services again with the same person finishes it instead.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api';
import type { Incident } from '../platform/types';
import { Notice } from '../platform/ui';

export function DiscardDeclaration({ incident, onChange }: { incident: Incident; onChange: (next: Incident) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (incident.status === 'discarded') return <Notice kind="info">This declaration was discarded; its children were let go.</Notice>;
  const discard = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onChange(await api<Incident>('POST', `/incidents/${incident.id}/discard`, { reason }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form className="detach-form" aria-label="Discard the unfinished declaration" onSubmit={(e) => void discard(e)}>
      <Notice kind="info">This declaration has not finished: {incident.children.length} of {incident.clientCount} clients have their child. Declare the same services again to finish it, or discard it.</Notice>
      {error ? <Notice>{error}</Notice> : null}
      <label>
        Why discard it
        <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />
      </label>
      <div className="vendor-side-actions"><button type="submit" className="button" disabled={reason.trim() === ''}>Discard</button></div>
    </form>
  );
}
