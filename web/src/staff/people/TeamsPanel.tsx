/**
 * Teams (queues) and their leads, whom "team lead" escalation steps page. Teams and staff come from
 * the session's directory, which is loaded again after a change so every screen sees the new names.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import type { Team, User } from '../../platform/types';
import { EmptyState, Field, Notice, Spinner } from '../../platform/ui';

export function TeamsPanel({ canEdit }: { canEdit: boolean }) {
  const directory = useDirectory();
  const [name, setName] = useState('');
  const [lead, setLead] = useState('');
  const [error, setError] = useState<unknown>();
  const [key, setKey] = useState(newIdempotencyKey);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', '/teams', { name, ...(lead ? { leadUserId: lead } : {}) }, { idempotencyKey: key });
      setName('');
      setLead('');
      setKey(newIdempotencyKey());
      directory.refresh();
    } catch (e) {
      setError(e);
    }
  };
  if (!directory.ready) return <div className="loading-block"><Spinner label="Loading teams" /></div>;
  const { teams } = directory;
  const staff = directory.staff.filter((u) => !u.disabled);
  return (
    <>
      {teams.length === 0 ? (
        <EmptyState title="No teams yet" />
      ) : (
        <ul className="team-list">
          {teams.map((t) => (
            <TeamRow key={t.id} team={t} staff={staff} canEdit={canEdit} members={staff.filter((u) => u.teamId === t.id).length} onSaved={directory.refresh} />
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="card setup-section inline-form" onSubmit={create} noValidate aria-label="New team">
          {formError(error, ['/name', '/leadUserId']) && <Notice>{formError(error, ['/name', '/leadUserId'])}</Notice>}
          <Field label="New team" error={fieldError(error, '/name')}>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="Network engineering" required />
          </Field>
          <Field label="Lead" error={fieldError(error, '/leadUserId')}>
            <select value={lead} onChange={(e) => setLead(e.target.value)}>
              <option value="">No lead yet</option>
              {staff.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button primary">
            Add team
          </button>
        </form>
      )}
    </>
  );
}

function TeamRow({ team, staff, canEdit, members, onSaved }: { team: Team; staff: User[]; canEdit: boolean; members: number; onSaved: () => void }) {
  const [name, setName] = useState(team.name);
  const [lead, setLead] = useState(team.leadUserId ?? '');
  const [error, setError] = useState<unknown>();
  const changed = name !== team.name || lead !== (team.leadUserId ?? '');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('PATCH', `/teams/${encodeURIComponent(team.id)}`, { name, leadUserId: lead || null });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <li className="card team-row">
      <form className="inline-form" onSubmit={save} noValidate aria-label={`Team ${team.name}`}>
        <Field label="Team" error={fieldError(error, '/name')}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} disabled={!canEdit} />
        </Field>
        <Field label="Lead (paged by “team lead” steps)" error={fieldError(error, '/leadUserId') ?? formError(error, ['/name', '/leadUserId'])}>
          <select value={lead} onChange={(e) => setLead(e.target.value)} disabled={!canEdit}>
            <option value="">No lead: “team lead” steps page nobody</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <span className="muted small team-members">{members === 1 ? '1 member' : `${members} members`}</span>
        {canEdit && (
          <button type="submit" className="button" disabled={!changed}>
            Save
          </button>
        )}
      </form>
    </li>
  );
}
