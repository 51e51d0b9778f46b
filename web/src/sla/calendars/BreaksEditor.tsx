/** Weekly breaks: time taken out of the weekly hours every week, such as lunch, on chosen weekdays. */
import type { CalendarBreak } from '../../platform/types';
import { Field } from '../../platform/ui';
import { DAY_NAME, WEEKDAYS } from '../calendar-words';

type ErrorAt = (path: string) => string | undefined;
type Day = CalendarBreak['days'][number];

const LUNCH: CalendarBreak = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '12:00', end: '13:00' };

export function BreaksEditor({ breaks, onChange, errorAt }: { breaks: CalendarBreak[]; onChange: (b: CalendarBreak[]) => void; errorAt: ErrorAt }) {
  const set = (i: number, patch: Partial<CalendarBreak>) => onChange(breaks.map((b, k) => (k === i ? { ...b, ...patch } : b)));
  const toggle = (i: number, day: Day, on: boolean) => {
    const days = on ? WEEKDAYS.filter((d) => d === day || breaks[i].days.includes(d)) : breaks[i].days.filter((d) => d !== day);
    set(i, { days });
  };
  const dayError = (i: number) => errorAt(`/breaks/${i}/days`) ?? breaks[i].days.map((_, k) => errorAt(`/breaks/${i}/days/${k}`)).find(Boolean);
  return (
    <fieldset className="field breaks-editor">
      <legend>Breaks</legend>
      <p className="field-hint">Taken out of the weekly hours every week (local time, within one day). An exception’s own hours are kept as written.</p>
      <div className="preset-buttons" role="group" aria-label="Add a usual break">
        <button type="button" className="button small" onClick={() => onChange([...breaks, { ...LUNCH, days: [...LUNCH.days] }])}>
          Lunch 12:00–13:00, Mon–Fri
        </button>
      </div>
      {breaks.map((b, i) => (
        <div className="break-row" key={i} data-break={i}>
          <fieldset className="break-days" aria-invalid={dayError(i) ? true : undefined}>
            <legend>Break {i + 1} on</legend>
            {WEEKDAYS.map((d) => (
              <label key={d} className="day-check">
                <input type="checkbox" checked={b.days.includes(d)} onChange={(e) => toggle(i, d, e.target.checked)} />
                {DAY_NAME[d]}
              </label>
            ))}
            {dayError(i) && <span className="field-error">{dayError(i)}</span>}
          </fieldset>
          <div className="window-row">
            <Field label="from" error={errorAt(`/breaks/${i}/start`)}>
              <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} className="time-input" value={b.start} onChange={(e) => set(i, { start: e.target.value })} />
            </Field>
            <Field label="to" error={errorAt(`/breaks/${i}/end`)}>
              <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} className="time-input" value={b.end} onChange={(e) => set(i, { end: e.target.value })} />
            </Field>
            <button type="button" className="button ghost small" aria-label={`Remove break ${i + 1}`} onClick={() => onChange(breaks.filter((_, k) => k !== i))}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...breaks, { days: ['mon'], start: '12:00', end: '13:00' }])} disabled={breaks.length >= 20}>
        Add a break
      </button>
    </fieldset>
  );
}
