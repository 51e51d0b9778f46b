/**
 * What changes a calendar on given dates: public holidays of a country (and region) from the list
 * the API supports, dates closed all day, and dated exceptions (closed, other hours, or the usual
 * hours despite a holiday).
 */
import type { CalendarException, HolidayCountry } from '../../platform/types';
import { Field } from '../../platform/ui';

type ErrorAt = (path: string) => string | undefined;
type HolidaySet = { country: string; region?: string };

export function HolidaysEditor({ holidays, countries, onChange, errorAt }: { holidays: HolidaySet[]; countries: HolidayCountry[]; onChange: (h: HolidaySet[]) => void; errorAt: ErrorAt }) {
  const set = (i: number, next: HolidaySet) => onChange(holidays.map((h, k) => (k === i ? next : h)));
  return (
    <fieldset className="field">
      <legend>Public holidays</legend>
      <p className="field-hint">Closed all day on each public holiday of the country (and region), in the calendar’s zone.</p>
      {holidays.map((h, i) => {
        const regions = countries.find((c) => c.code === h.country.toUpperCase())?.regions ?? [];
        return (
          <div className="list-row" key={i}>
            <Field label={`Country ${i + 1}`} className="grow" error={errorAt(`/holidays/${i}/country`)}>
              <select value={h.country.toUpperCase()} onChange={(e) => set(i, { country: e.target.value })}>
                {!countries.some((c) => c.code === h.country.toUpperCase()) && <option value={h.country}>{h.country}</option>}
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Region" className="grow" error={errorAt(`/holidays/${i}/region`)}>
              <select value={h.region?.toUpperCase() ?? ''} onChange={(e) => set(i, { country: h.country, ...(e.target.value ? { region: e.target.value } : {}) })} disabled={regions.length === 0}>
                <option value="">The whole country</option>
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </Field>
            <button type="button" className="button ghost small" aria-label={`Remove holidays ${i + 1}`} onClick={() => onChange(holidays.filter((_, k) => k !== i))}>
              Remove
            </button>
          </div>
        );
      })}
      <button type="button" className="button small" onClick={() => onChange([...holidays, { country: countries[0]?.code ?? 'GB' }])} disabled={holidays.length >= 5}>
        Add a country’s holidays
      </button>
    </fieldset>
  );
}

export function ClosedDatesEditor({ dates, onChange, errorAt }: { dates: string[]; onChange: (d: string[]) => void; errorAt: ErrorAt }) {
  return (
    <fieldset className="field">
      <legend>Closed dates</legend>
      {dates.map((d, i) => (
        <div className="list-row" key={i}>
          <Field label={`Closed date ${i + 1}`} error={errorAt(`/customHolidays/${i}`)}>
            <input type="date" value={d} onChange={(e) => onChange(dates.map((x, k) => (k === i ? e.target.value : x)))} />
          </Field>
          <button type="button" className="button ghost small" aria-label={`Remove closed date ${i + 1}`} onClick={() => onChange(dates.filter((_, k) => k !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...dates, ''])}>
        Add a closed date
      </button>
    </fieldset>
  );
}

type Mode = 'closed' | 'hours' | 'usual';
const modeOf = (e: CalendarException): Mode => (e.closed ? 'closed' : e.windows ? 'hours' : 'usual');

export function ExceptionsEditor({ exceptions, onChange, errorAt }: { exceptions: CalendarException[]; onChange: (e: CalendarException[]) => void; errorAt: ErrorAt }) {
  const set = (i: number, next: CalendarException) => onChange(exceptions.map((e, k) => (k === i ? next : e)));
  const setMode = (i: number, mode: Mode) => {
    const date = exceptions[i].date;
    set(i, mode === 'closed' ? { date, closed: true } : mode === 'hours' ? { date, windows: [{ start: '09:00', end: '12:00' }] } : { date });
  };
  return (
    <fieldset className="field">
      <legend>Exceptions</legend>
      <p className="field-hint">One date decides itself, over the weekly hours and holidays.</p>
      {exceptions.map((e, i) => (
        <div className="exception-row" key={i}>
          <div className="list-row">
            <Field label={`Exception ${i + 1} date`} error={errorAt(`/exceptions/${i}/date`)}>
              <input type="date" value={e.date} onChange={(ev) => set(i, { ...e, date: ev.target.value })} />
            </Field>
            <Field label="That day" className="grow" error={errorAt(`/exceptions/${i}/closed`)}>
              <select value={modeOf(e)} onChange={(ev) => setMode(i, ev.target.value as Mode)}>
                <option value="closed">Closed all day</option>
                <option value="hours">Open other hours</option>
                <option value="usual">Usual hours, even on a holiday</option>
              </select>
            </Field>
            <button type="button" className="button ghost small" aria-label={`Remove exception ${i + 1}`} onClick={() => onChange(exceptions.filter((_, k) => k !== i))}>
              Remove
            </button>
          </div>
          {e.windows?.map((w, k) => (
            <div className="list-row exception-hours" key={k}>
              <Field label={`From`} error={errorAt(`/exceptions/${i}/windows/${k}/start`)}>
                <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} className="time-input" value={w.start} onChange={(ev) => set(i, { ...e, windows: e.windows!.map((x, j) => (j === k ? { ...x, start: ev.target.value } : x)) })} />
              </Field>
              <Field label="to" error={errorAt(`/exceptions/${i}/windows/${k}/end`) ?? errorAt(`/exceptions/${i}/windows`)}>
                <input type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} className="time-input" value={w.end} onChange={(ev) => set(i, { ...e, windows: e.windows!.map((x, j) => (j === k ? { ...x, end: ev.target.value } : x)) })} />
              </Field>
              <button type="button" className="button ghost small" aria-label={`Remove hours ${k + 1} of exception ${i + 1}`} onClick={() => set(i, { ...e, windows: e.windows!.filter((_, j) => j !== k) })}>
                Remove
              </button>
            </div>
          ))}
          {e.windows && (
            <button type="button" className="button ghost small" onClick={() => set(i, { ...e, windows: [...e.windows!, { start: '13:00', end: '17:00' }] })}>
              Add hours that day
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...exceptions, { date: '', closed: true }])}>
        Add an exception
      </button>
    </fieldset>
  );
}
