/**
 * The steps of a ladder: each with its delay (covered or wall-clock minutes, after the start or
 * after the previous step), who it pages, and whether it waits for an acknowledgement. Steps move
 * up and down; every control is a labelled form control, so the keyboard reaches all of it.
 */
import { useState } from 'react';
import { ApiError } from '../../platform/api';
import type { EscalationTarget, User } from '../../platform/types';
import { ROLE_LABEL, ROLES, targetLabel, type Step } from './policy-words';
import type { TargetNames } from './use-target-names';

/** The API's message when it names this step or something in it (`/steps/1/targets`). */
export function stepError(error: unknown, index: number): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  return error.field === `/steps/${index}` || error.field.startsWith(`/steps/${index}/`) ? error.message : undefined;
}

interface Props {
  steps: Step[];
  onChange: (steps: Step[]) => void;
  names: TargetNames;
  staff: User[];
  error: unknown;
  disabled: boolean;
}

export function StepsEditor({ steps, onChange, names, staff, error, disabled }: Props) {
  const set = (i: number, change: Partial<Step>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const move = (i: number, by: number) => {
    const next = [...steps];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <ol className="step-editors">
      {steps.map((step, i) => (
        <li key={i} className={`card step-editor${stepError(error, i) ? ' step-editor-invalid' : ''}`} aria-label={`Step ${i + 1}`}>
          <div className="step-editor-head">
            <h3>Step {i + 1}</h3>
            <div className="step-editor-moves">
              <button type="button" className="button ghost small" onClick={() => move(i, -1)} disabled={disabled || i === 0} aria-label={`Move step ${i + 1} up`}>
                ↑
              </button>
              <button type="button" className="button ghost small" onClick={() => move(i, 1)} disabled={disabled || i === steps.length - 1} aria-label={`Move step ${i + 1} down`}>
                ↓
              </button>
              <button type="button" className="button ghost small" onClick={() => onChange(steps.filter((_, j) => j !== i))} disabled={disabled || steps.length === 1} aria-label={`Remove step ${i + 1}`}>
                Remove
              </button>
            </div>
          </div>
          <div className="step-delay">
            <label className="inline-field">
              <span>Wait</span>
              <input type="number" min={0} max={10080} value={step.delayMinutes} disabled={disabled} onChange={(e) => set(i, { delayMinutes: Math.max(0, Math.round(Number(e.target.value) || 0)) })} aria-label={`Step ${i + 1}: minutes to wait`} />
            </label>
            <select value={step.delayKind} disabled={disabled} onChange={(e) => set(i, { delayKind: e.target.value as Step['delayKind'] })} aria-label={`Step ${i + 1}: which minutes count`}>
              <option value="business">covered minutes (the client’s contract hours)</option>
              <option value="wall">wall-clock minutes</option>
            </select>
            <select value={step.from} disabled={disabled} onChange={(e) => set(i, { from: e.target.value as Step['from'] })} aria-label={`Step ${i + 1}: counted from`}>
              <option value="trigger">after the ladder starts</option>
              <option value="previous">after the previous step</option>
            </select>
          </div>
          <TargetPicker step={i} targets={step.targets} onChange={(targets) => set(i, { targets })} names={names} staff={staff} disabled={disabled} />
          <label className="check">
            <input type="checkbox" checked={!step.requiresAck} disabled={disabled} onChange={(e) => set(i, { requiresAck: !e.target.checked })} />
            <span>For information only (the ladder goes on whether or not they acknowledge)</span>
          </label>
          {stepError(error, i) && (
            <p className="field-error" role="alert">
              {stepError(error, i)}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

const key = (t: EscalationTarget) => (t.type === 'user' ? `user:${t.userId}` : t.type === 'role' ? `role:${t.role}` : `schedule:${t.scheduleId}`);

function parseTarget(value: string): EscalationTarget | undefined {
  const [type, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (type === 'user') return { type: 'user', userId: id };
  if (type === 'schedule') return { type: 'schedule', scheduleId: id };
  if (type === 'role' && (ROLES as string[]).includes(id)) return { type: 'role', role: id as (typeof ROLES)[number] };
  return undefined;
}

function TargetPicker({ step, targets, onChange, names, staff, disabled }: { step: number; targets: EscalationTarget[]; onChange: (t: EscalationTarget[]) => void; names: TargetNames; staff: User[]; disabled: boolean }) {
  const [choice, setChoice] = useState('');
  const taken = new Set(targets.map(key));
  const add = () => {
    const target = parseTarget(choice);
    if (target && !taken.has(key(target))) onChange([...targets, target]);
    setChoice('');
  };
  return (
    <div className="target-picker">
      <p className="label-text" id={`step-${step}-who`}>
        Pages
      </p>
      <ul className="target-chips" aria-labelledby={`step-${step}-who`}>
        {targets.length === 0 && <li className="muted">nobody yet</li>}
        {targets.map((t) => (
          <li key={key(t)} className={`chip target-chip target-${t.type}`}>
            {targetLabel(t, names)}
            <button type="button" className="chip-remove" onClick={() => onChange(targets.filter((x) => key(x) !== key(t)))} disabled={disabled} aria-label={`Remove ${targetLabel(t, names)} from step ${step + 1}`}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="add-row">
        <select value={choice} onChange={(e) => setChoice(e.target.value)} disabled={disabled} aria-label={`Step ${step + 1}: who to add`}>
          <option value="">Add who to page…</option>
          <optgroup label="By role">
            {ROLES.map((r) => (
              <option key={r} value={`role:${r}`} disabled={taken.has(`role:${r}`)}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Whoever is on call">
            {names.schedules.map((s) => (
              <option key={s.id} value={`schedule:${s.id}`} disabled={taken.has(`schedule:${s.id}`)}>
                On call: {s.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="A person">
            {staff.map((u) => (
              <option key={u.id} value={`user:${u.id}`} disabled={taken.has(`user:${u.id}`)}>
                {u.name}
              </option>
            ))}
          </optgroup>
        </select>
        <button type="button" className="button small" onClick={add} disabled={disabled || !choice}>
          Add
        </button>
      </div>
    </div>
  );
}
