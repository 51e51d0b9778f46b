/**
 * One person: their account (name, role, tier, team, enabled) for owners and admins to change,
 * a password an admin sets, and — passed in by the composition — how they are paged.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, fieldError, formError } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { useDirectory } from '../../platform/directory';
import { Link } from '../../platform/router';
import type { UpdateUserBody, User } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { canManageAccounts, roleLabel, STAFF_ROLE_LABEL } from '../staff-words';
import { TeamField, TierField } from '../staff-fields';
import '../../platform/setup.css';
import '../staff.css';

interface Props {
  userId: string;
  /** The signed-in person's role and id. */
  viewer: { id: string; role: string };
  /** How the person is paged (contact methods, rules, test pages), from another area. */
  paging?: (user: User) => ReactNode;
}

export function PersonPage({ userId, viewer, paging }: Props) {
  const directory = useDirectory();
  const user = useResource((signal) => api<User>('GET', `/users/${encodeURIComponent(userId)}`, undefined, { signal }), [userId]);
  useEffect(() => {
    if (user.data) document.title = `${user.data.name} · Switchboard`;
  }, [user.data]);
  if (!user.data) return user.error !== undefined ? <Notice>{(user.error as Error).message}</Notice> : <div className="loading-block"><Spinner label="Loading" /></div>;
  const u = user.data;
  const self = u.id === viewer.id;
  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <p className="breadcrumb">{self ? 'You' : <Link to={u.kind === 'staff' ? '/setup/people' : '/setup/people?tab=client'}>People</Link>}</p>
          <h1>{u.name}</h1>
          <p className="muted page-sub">
            {roleLabel(u)} · {u.email}
            {u.disabled ? ' · disabled' : ''}
          </p>
        </div>
      </div>
      {canManageAccounts(viewer.role) && <AccountForm key={JSON.stringify(u)} user={u} ownerMay={viewer.role === 'owner'} self={self} onSaved={(next) => (user.mutate(() => next), directory.refresh())} />}
      {paging?.(u)}
    </div>
  );
}

function AccountForm({ user, ownerMay, self, onSaved }: { user: User; ownerMay: boolean; self: boolean; onSaved: (u: User) => void }) {
  const { teams } = useDirectory();
  const [form, setForm] = useState({ name: user.name, role: user.role, tier: user.tier === null ? '' : String(user.tier), teamId: user.teamId ?? '', password: '' });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [confirm, setConfirm] = useState(false);
  const set = (change: Partial<typeof form>) => (setForm((f) => ({ ...f, ...change })), setNote(undefined));
  const lockedRole = user.role === 'owner' && !ownerMay;

  const save = async (change: UpdateUserBody, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await api<User>('PATCH', `/users/${encodeURIComponent(user.id)}`, change);
      onSaved(next);
      setNote(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const change: UpdateUserBody = {};
    if (form.name !== user.name) change.name = form.name;
    if (user.kind === 'staff' && form.role !== user.role) change.role = form.role;
    if (user.kind === 'staff' && form.tier !== (user.tier === null ? '' : String(user.tier))) change.tier = form.tier ? Number(form.tier) : null;
    if (user.kind === 'staff' && form.teamId !== (user.teamId ?? '')) change.teamId = form.teamId || null;
    if (form.password) change.password = form.password;
    if (Object.keys(change).length === 0) return setNote('Nothing to save.');
    void save(change, form.password ? 'Saved. Their password is set, and every session they had is signed out.' : 'Saved.');
  };
  const shown = ['/name', '/role', '/tier', '/teamId', '/password'];
  return (
    <section className="card setup-section" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      {formError(error, shown) && <Notice>{formError(error, shown)}</Notice>}
      {note && <Notice kind="success">{note}</Notice>}
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label="Name" error={fieldError(error, '/name')}>
            <input type="text" value={form.name} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          {user.kind === 'staff' ? (
            <Field label="Role" hint={lockedRole ? 'Only an owner changes an owner’s role.' : undefined} error={fieldError(error, '/role')}>
              <select value={form.role} onChange={(e) => set({ role: e.target.value })} disabled={lockedRole}>
                {Object.entries(STAFF_ROLE_LABEL)
                  .filter(([r]) => r !== 'owner' || ownerMay || user.role === 'owner')
                  .map(([r, label]) => (
                    <option key={r} value={r}>
                      {label}
                    </option>
                  ))}
              </select>
            </Field>
          ) : (
            <Field label="Role">
              <input type="text" value={roleLabel(user)} disabled />
            </Field>
          )}
        </div>
        {user.kind === 'staff' && (
          <div className="form-row">
            <TierField value={form.tier} onChange={(tier) => set({ tier })} error={error} />
            <TeamField value={form.teamId} onChange={(teamId) => set({ teamId })} teams={teams} error={error} />
          </div>
        )}
        <Field label="Set a new password" hint="Leave empty to keep theirs. Setting one signs them out everywhere." error={fieldError(error, '/password')}>
          <input type="password" value={form.password} onChange={(e) => set({ password: e.target.value })} autoComplete="new-password" />
        </Field>
        <div className="form-actions">
          {!self && (
            <button type="button" className={`button${user.disabled ? '' : ' ghost danger-text'}`} onClick={() => (user.disabled ? void save({ disabled: false }, 'Enabled: they can sign in again.') : setConfirm(true))} disabled={busy}>
              {user.disabled ? 'Enable account' : 'Disable account'}
            </button>
          )}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save account'}
          </button>
        </div>
      </form>
      {confirm && (
        <ConfirmDialog
          title={`Disable ${user.name}?`}
          confirmLabel="Disable account"
          // A refusal shows in the account form, beside its fields, like any other change's.
          onConfirm={() => save({ disabled: true }, 'Disabled.')}
          onClose={() => setConfirm(false)}
          consequences={
            <>
              <p>They are signed out everywhere at once; their API tokens and live streams stop working.</p>
              {user.kind === 'staff' ? (
                <p>Tickets assigned to them stay assigned until someone reassigns them. Escalation steps and on-call shifts that name them page nobody from now on: check the ladders and rotations they are on.</p>
              ) : (
                <p>Their requests stay with their organisation; they can no longer follow them in the portal.</p>
              )}
            </>
          }
        />
      )}
    </section>
  );
}
