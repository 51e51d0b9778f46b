/** Weekly windows: each from a day and time to a day and time, crossing midnight or spanning days as written. */
import type { WeeklyWindow } from '../../platform/types';
import { Field } from '../../platform/ui';
import { DAY_NAME, PRESETS, WEEKDAYS } from '../calendar-words';

type ErrorAt = (path: string) => string | undefined;

export function WindowsEditor({ windows, onChange, errorAt }: { windows: WeeklyWindow[]; onChange: (w: WeeklyWindow[]) => void; errorAt: ErrorAt }) {
  const set = (i: number, patch: Partial<WeeklyWindow>) => onChange(windows.map((w, k) => (k === i ? { ...w, ...patch } : w)));
  const day = (i: number, key: 'startDay' | 'endDay', label: string) => (
    <Field label={label} error={errorAt(`/windows/${i}/${key}`)}>
      <select value={windows[i][key]} onChange={(e) => set(i, { [key]: e.target.value })}>
        {WEEKDAYS.map((d) => (
          <option key={d} value={d}>
            {DAY_NAME[d]}
          </option>
        ))}
      </select>
    </Field>
  );
  const time = (i: number, key: 'startTime' | 'endTime', label: string) => (
    <Field label={label} error={errorAt(`/windows/${i}/${key}`)}>
      <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} className="time-input" value={windows[i][key]} onChange={(e) => set(i, { [key]: e.target.value })} />
    </Field>
  );
  return (
    <fieldset className="field windows-editor">
      <legend>Weekly hours</legend>
      <p className="field-hint">
        Local time in the calendar’s zone. A window may cross midnight and span days (Fri 18:00 → Sun 23:59); 24:00 ends a day.
      </p>
      <div className="preset-buttons" role="group" aria-label="Fill with a preset">
        {PRESETS.map((p) => (
          <button key={p.id} type="button" className="button small" onClick={() => onChange(p.windows.map((w) => ({ ...w })))}>
            {p.label}
          </button>
        ))}
      </div>
      {errorAt('/windows') && <p className="field-error">{errorAt('/windows')}</p>}
      {windows.map((_, i) => (
        <div className="window-row" key={i} data-window={i}>
          {day(i, 'startDay', `Window ${i + 1} opens`)}
          {time(i, 'startTime', 'at')}
          <span className="window-arrow" aria-hidden="true">
            →
          </span>
          {day(i, 'endDay', 'closes')}
          {time(i, 'endTime', 'at')}
          <button type="button" className="button ghost small" aria-label={`Remove window ${i + 1}`} onClick={() => onChange(windows.filter((_, k) => k !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...windows, { startDay: 'mon', startTime: '09:00', endDay: 'mon', endTime: '17:00' }])}>
        Add a window
      </button>
    </fieldset>
  );
}
