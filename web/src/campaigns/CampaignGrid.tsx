/**
 * The people × steps grid of a campaign: tick each step (done, blocked with a note, not needed),
 * see whether the step's work is covered by the contract or chargeable (and why), and assign the
 * chosen people — or everyone not yet assigned — to a technician; log time on a person and see
 * their time by classification.
 */
import { useState } from 'react';
import { Dialog } from '../platform/dialog';
import { formError } from '../platform/api';
import { useDirectory } from '../platform/directory';
import { Field, Notice } from '../platform/ui';
import { LogTimeDialog, PersonTime } from './CampaignTime';
import { assign, markStep, STATE_LABELS, type CampaignPerson, type StepState } from './campaigns-api';

interface Props {
  campaignId: string;
  organizationId: string;
  steps: { position: number; title: string }[];
  people: CampaignPerson[];
  onChanged: () => void;
}

export function CampaignGrid({ campaignId, organizationId, steps, people, onChanged }: Props) {
  const directory = useDirectory();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<unknown>();
  const [blocking, setBlocking] = useState<{ person: CampaignPerson; position: number }>();
  const [logging, setLogging] = useState<CampaignPerson>();
  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const setState = (person: CampaignPerson, position: number, state: StepState) => {
    if (state === 'blocked') setBlocking({ person, position });
    else void run(() => markStep(person.id, { position, state }));
  };
  const toggle = (id: string) => setChosen((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const assignTo = assignee === 'none' ? null : assignee;
  const staff = directory.staff.filter((u) => u.kind === 'staff');

  return (
    <section className="card campaign-card" aria-label="People and their checklists">
      <h2 className="card-title">People</h2>
      <div className="campaign-toolbar">
        <Field label="Technician">
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">Choose</option>
            <option value="none">Nobody (unassign)</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="button" disabled={!assignee || chosen.size === 0} onClick={() => void run(async () => { await assign(campaignId, { assigneeId: assignTo, personIds: [...chosen] }); setChosen(new Set()); })}>
          Assign {chosen.size} chosen
        </button>
        <button type="button" className="button" disabled={!assignee} onClick={() => void run(() => assign(campaignId, { assigneeId: assignTo, filter: { unassigned: true } }))}>
          Assign everyone unassigned
        </button>
      </div>
      {error !== undefined && <Notice>{formError(error, [])}</Notice>}
      <div className="campaign-grid-wrap">
        <table className="campaign-grid">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label="Choose everyone" checked={chosen.size === people.length} onChange={() => setChosen(chosen.size === people.length ? new Set() : new Set(people.map((p) => p.id)))} />
              </th>
              <th scope="col">Person</th>
              <th scope="col">Technician</th>
              <th scope="col">Time</th>
              {steps.map((s) => (
                <th key={s.position} scope="col" title={s.title}>
                  {s.position}. {s.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td>
                  <input type="checkbox" aria-label={`Choose ${p.name}`} checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
                </td>
                <th scope="row">
                  {p.name} <span className="muted small">{p.location === 'home' ? 'home' : (p.siteName ?? 'site')}</span>
                </th>
                <td>{p.assigneeName ?? <span className="muted">—</span>}</td>
                <td className="campaign-time">
                  <PersonTime person={p} />{' '}
                  <button type="button" className="button-link" aria-label={`Log time: ${p.name}`} onClick={() => setLogging(p)}>Log time</button>
                </td>
                {p.steps.map((s) => {
                  const title = steps.find((x) => x.position === s.position)?.title ?? '';
                  const why = `${s.coverage === 'chargeable' ? 'Chargeable' : 'Covered'}: ${s.reason}${s.note ? ` — ${s.note}` : ''}`;
                  return (
                    <td key={s.position} className={`campaign-cell-${s.state === 'not_needed' ? 'done' : s.state}${s.coverage === 'chargeable' ? ' campaign-cell-chargeable' : ''}`} title={why}>
                      <select aria-label={`${p.name}: ${title}`} value={s.state} onChange={(e) => setState(p, s.position, e.target.value as StepState)}>
                        {(Object.keys(STATE_LABELS) as StepState[]).map((k) => (
                          <option key={k} value={k}>
                            {STATE_LABELS[k]}
                          </option>
                        ))}
                      </select>
                      {s.coverage === 'chargeable' && <span className="badge small" title={s.reason}>chargeable</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">A dashed outline marks work the client’s contract does not cover (hover for why).</p>
      {logging && <LogTimeDialog person={logging} organizationId={organizationId} steps={steps} onClose={() => setLogging(undefined)} onSaved={() => { setLogging(undefined); onChanged(); }} />}
      {blocking && <BlockerDialog person={blocking.person} position={blocking.position} onClose={() => setBlocking(undefined)} onSaved={() => { setBlocking(undefined); onChanged(); }} />}
    </section>
  );
}

function BlockerDialog({ person, position, onClose, onSaved }: { person: CampaignPerson; position: number; onClose: () => void; onSaved: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const save = async () => {
    try {
      await markStep(person.id, { position, state: 'blocked', note });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Dialog title={`Blocked: ${person.name}, step ${position}`} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Field label="What blocks it" error={error ? formError(error, []) : undefined}>
          <input data-autofocus value={note} onChange={(e) => setNote(e.target.value)} required maxLength={2000} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button primary">
            Mark blocked
          </button>
        </div>
      </form>
    </Dialog>
  );
}
