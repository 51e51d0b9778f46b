/**
 * One layer of a schedule: who rotates in which order, how long a shift is, when and from which
 * date hand-offs happen, and the weekly windows it is restricted to (none: always).
 */
import { useState } from 'react';
import { ApiError } from '../../platform/api';
import type { OncallLayer, User } from '../../platform/types';
import { Field } from '../../platform/ui';

type Day = NonNullable<OncallLayer['handoffDay']>;
type Window = NonNullable<OncallLayer['restrictions']>[number];
const DAYS: [Day, string][] = [['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['sat', 'Saturday'], ['sun', 'Sunday']];

/** The API's message for a field of this layer, exactly (`/layers/0/handoffTime`) or anywhere under it. */
export function layerError(error: unknown, index: number, field?: string): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const at = `/layers/${index}${field ? `/${field}` : ''}`;
  return error.field === at || error.field.startsWith(`${at}/`) ? error.message : undefined;
}

interface Props {
  index: number;
  layer: OncallLayer;
  onChange: (change: Partial<OncallLayer>) => void;
  onRemove?: () => void;
  staff: User[];
  error: unknown;
  disabled: boolean;
}

export function LayerEditor({ index, layer, onChange, onRemove, staff, error, disabled }: Props) {
  const [adding, setAdding] = useState('');
  const name = (id: string) => staff.find((u) => u.id === id)?.name ?? 'A former staff member';
  const move = (i: number, by: number) => {
    const next = [...layer.participants];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange({ participants: next });
  };
  const windows = layer.restrictions ?? [];
  const setWindow = (i: number, change: Partial<Window>) => onChange({ restrictions: windows.map((w, j) => (j === i ? { ...w, ...change } : w)) });
  const label = layer.name || `Layer ${index + 1}`;
  return (
    <section className="card layer-editor" aria-label={label}>
      <div className="section-head">
        <h3>{label}</h3>
        {onRemove && (
          <button type="button" className="button ghost small danger-text" onClick={onRemove} disabled={disabled}>
            Remove layer
          </button>
        )}
      </div>
      <div className="form-row">
        <Field label="Layer name" error={layerError(error, index, 'name')}>
          <input type="text" value={layer.name ?? ''} onChange={(e) => onChange({ name: e.target.value })} disabled={disabled} placeholder={`Layer ${index + 1}`} />
        </Field>
        <div className="form-row shift-length">
          <Field label="Shift length" error={layerError(error, index, 'shiftLength')}>
            <input type="number" min={1} value={layer.shiftLength} onChange={(e) => onChange({ shiftLength: Math.round(Number(e.target.value) || 0) })} disabled={disabled} />
          </Field>
          <Field label="Unit" error={layerError(error, index, 'shiftUnit')}>
            <select value={layer.shiftUnit} onChange={(e) => onChange({ shiftUnit: e.target.value as OncallLayer['shiftUnit'], ...(e.target.value === 'weeks' ? {} : { handoffDay: undefined }) })} disabled={disabled}>
              <option value="hours">hours</option>
              <option value="days">days</option>
              <option value="weeks">weeks</option>
            </select>
          </Field>
        </div>
      </div>
      <div className="form-row">
        <Field label="Hand-off time" error={layerError(error, index, 'handoffTime')}>
          <input type="time" value={layer.handoffTime} onChange={(e) => onChange({ handoffTime: e.target.value })} disabled={disabled} />
        </Field>
        {layer.shiftUnit === 'weeks' ? (
          <Field label="Hand-off day" error={layerError(error, index, 'handoffDay')}>
            <select value={layer.handoffDay ?? ''} onChange={(e) => onChange({ handoffDay: (e.target.value || undefined) as Day | undefined })} disabled={disabled}>
              <option value="">The anchor date’s weekday</option>
              {DAYS.map(([d, l]) => (
                <option key={d} value={d}>
                  {l}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <span />
        )}
      </div>
      <Field label="First hand-off on or after" hint="The first person in the list takes the first shift from then." error={layerError(error, index, 'anchorDate')}>
        <input type="date" value={layer.anchorDate} onChange={(e) => onChange({ anchorDate: e.target.value })} disabled={disabled} />
      </Field>
      <div className="field">
        <p className="label-text" id={`layer-${index}-people`}>
          Rotation, in order
        </p>
        <ol className="rotation-list" aria-labelledby={`layer-${index}-people`}>
          {layer.participants.map((id, i) => (
            <li key={`${id}-${i}`}>
              <span className="rotation-n">{i + 1}</span>
              <span className="rotation-name">{name(id)}</span>
              <button type="button" className="button ghost small" onClick={() => move(i, -1)} disabled={disabled || i === 0} aria-label={`Move ${name(id)} earlier`}>
                ↑
              </button>
              <button type="button" className="button ghost small" onClick={() => move(i, 1)} disabled={disabled || i === layer.participants.length - 1} aria-label={`Move ${name(id)} later`}>
                ↓
              </button>
              <button type="button" className="button ghost small" onClick={() => onChange({ participants: layer.participants.filter((_, j) => j !== i) })} disabled={disabled} aria-label={`Take ${name(id)} out of ${label}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
        <div className="add-row">
          <select value={adding} onChange={(e) => setAdding(e.target.value)} disabled={disabled} aria-label={`Add a person to ${label}`}>
            <option value="">Add a person…</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <button type="button" className="button small" disabled={disabled || !adding} onClick={() => (onChange({ participants: [...layer.participants, adding] }), setAdding(''))}>
            Add
          </button>
        </div>
        {layerError(error, index, 'participants') && (
          <p className="field-error" role="alert">
            {layerError(error, index, 'participants')}
          </p>
        )}
      </div>
      <div className="field">
        <p className="label-text">Only during (local weekly windows; none: always)</p>
        {windows.map((w, i) => (
          <div key={i} className="window-row" role="group" aria-label={`${label}: window ${i + 1}`}>
            <select value={w.startDay} onChange={(e) => setWindow(i, { startDay: e.target.value as Day })} disabled={disabled} aria-label="From day">
              {DAYS.map(([d, l]) => <option key={d} value={d}>{l}</option>)}
            </select>
            <input type="time" value={w.startTime} onChange={(e) => setWindow(i, { startTime: e.target.value })} disabled={disabled} aria-label="From time" />
            <span aria-hidden="true">→</span>
            <select value={w.endDay} onChange={(e) => setWindow(i, { endDay: e.target.value as Day })} disabled={disabled} aria-label="Until day">
              {DAYS.map(([d, l]) => <option key={d} value={d}>{l}</option>)}
            </select>
            <input type="time" value={w.endTime === '24:00' ? '23:59' : w.endTime} onChange={(e) => setWindow(i, { endTime: e.target.value })} disabled={disabled} aria-label="Until time" />
            <button type="button" className="button ghost small" onClick={() => onChange({ restrictions: windows.filter((_, j) => j !== i) })} disabled={disabled} aria-label={`Remove window ${i + 1}`}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="button small" onClick={() => onChange({ restrictions: [...windows, { startDay: 'fri', startTime: '18:00', endDay: 'mon', endTime: '08:00' }] })} disabled={disabled}>
          Add a window
        </button>
        {layerError(error, index, 'restrictions') && (
          <p className="field-error" role="alert">
            {layerError(error, index, 'restrictions')}
          </p>
        )}
      </div>
    </section>
  );
}
