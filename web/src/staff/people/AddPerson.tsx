/** Adding a staff account (a contact's portal login is given on the client's page). */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
import { useDirectory } from '../../platform/directory';
import type { CreateUserBody, User } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { STAFF_ROLE_LABEL } from '../staff-words';
import { TeamField, TierField } from '../staff-fields';

interface Props {
  onClose: () => void;
  onAdded: (user: User) => void;
}

function useCreate(onAdded: (u: User) => void) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const create = async (body: CreateUserBody) => {
    setBusy(true);
    setError(undefined);
    try {
      onAdded(await api<User>('POST', '/users', body, { idempotencyKey: key }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return { error, busy, create };
}

export function AddStaff({ onClose, onAdded, ownerMay }: Props & { ownerMay: boolean }) {
  const { teams } = useDirectory();
  const [form, setForm] = useState({ name: '', email: '', role: 'technician', tier: '1', teamId: '', password: '' });
  const { error, busy, create } = useCreate(onAdded);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create({ kind: 'staff', name: form.name, email: form.email, role: form.role, ...(form.tier ? { tier: Number(form.tier) } : {}), ...(form.teamId ? { teamId: form.teamId } : {}), ...(form.password ? { password: form.password } : {}) });
  };
  const shown = ['/name', '/email', '/role', '/tier', '/teamId', '/password'];
  return (
    <Dialog title="Add staff" onClose={onClose} lead="They sign in with this email; without a password here, an admin sets one on their page.">
      {formError(error, shown) && <Notice>{formError(error, shown)}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Name" error={fieldError(error, '/name')}>
          <input type="text" value={form.name} onChange={(e) => set({ name: e.target.value })} required />
        </Field>
        <Field label="Email" error={fieldError(error, '/email')}>
          <input type="email" value={form.email} onChange={(e) => set({ email: e.target.value })} required autoComplete="off" />
        </Field>
        <div className="form-row">
          <Field label="Role" error={fieldError(error, '/role')}>
            <select value={form.role} onChange={(e) => set({ role: e.target.value })}>
              {Object.entries(STAFF_ROLE_LABEL)
                .filter(([r]) => r !== 'owner' || ownerMay)
                .map(([r, label]) => (
                  <option key={r} value={r}>
                    {label}
                  </option>
                ))}
            </select>
          </Field>
          <TierField value={form.tier} onChange={(tier) => set({ tier })} error={error} />
        </div>
        <TeamField value={form.teamId} onChange={(teamId) => set({ teamId })} teams={teams} error={error} />
        <Field label="Password (optional)" hint="At least 12 characters; common passwords are refused." error={fieldError(error, '/password')}>
          <input type="password" value={form.password} onChange={(e) => set({ password: e.target.value })} autoComplete="new-password" />
        </Field>
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? 'Adding…' : 'Add staff'}
        </button>
      </form>
    </Dialog>
  );
}
