/** Renaming a vendor's service or changing its description. */
import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../platform/api';
import type { Vendor } from '../platform/types';
import { Field, Notice } from '../platform/ui';

export function ServiceEdit({ service, onSaved, onCancel }: { service: Vendor['services'][number]; onSaved: () => void; onCancel: () => void }) {
  const [name, setName] = useState(service.name);
  const [description, setDescription] = useState(service.description);
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('PATCH', `/vendor-services/${service.id}`, { name, description });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="vendors-row vendors-box" onSubmit={(e) => void save(e)} aria-label="Change the service">
      {error && !fieldError(error, '/name') ? <Notice>{(error as Error).message}</Notice> : null}
      <Field label="Service name" error={fieldError(error, '/name')}><input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} /></Field>
      <Field label="Description"><input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} /></Field>
      <button type="submit" className="button primary">Save service</button>
      <button type="button" className="button" onClick={onCancel}>Cancel</button>
    </form>
  );
}
