/**
 * "Try it": a ticket of a priority opened at a local time — when is it due, and why. The API
 * answers with the clocks' own code, for the calendar and policy on screen even before they are
 * saved; the part the page does not edit is chosen here.
 */
import { useState, type FormEvent } from 'react';
import { fieldError, formError } from '../platform/api';
import { formatMinutes } from '../platform/format';
import { PRIORITIES, type Calendar, type SlaPolicy, type SlaTry } from '../platform/types';
import { Field, Notice } from '../platform/ui';
import { targetWords } from './calendar-words';
import { todayIn, trySla, type TryInput } from './sla-api';

const CLOCK = { first_response: 'First response', resolution: 'Resolution' } as const;

/** "Mon 9 Mar 2026 10:00 GMT" after a start on the same day reads "10:00 GMT". */
function shortEnd(start: string, end: string): string {
  const day = (text: string) => text.split(' ').slice(0, 4).join(' ');
  return day(start) === day(end) ? end.split(' ').slice(4).join(' ') : end;
}

export function TryIt({ calendar, policy, calendars, policies, timeZone }: {
  /** The calendar being edited, or undefined to choose a saved one here. */
  calendar?: TryInput['calendar'];
  /** The policy being edited, or undefined to choose a saved one here. */
  policy?: TryInput['policy'];
  calendars?: Calendar[];
  policies?: SlaPolicy[];
  /** The zone the time is typed in (the calendar's). */
  timeZone?: string;
}) {
  const [priority, setPriority] = useState('P2');
  const [openedAt, setOpenedAt] = useState(`${todayIn(timeZone ?? 'UTC')}T17:30`);
  const [calendarId, setCalendarId] = useState('');
  const [policyId, setPolicyId] = useState('');
  const [answer, setAnswer] = useState<SlaTry>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const chosenCalendar = calendar ?? (calendarId ? { calendarId } : undefined);
  const chosenPolicy = policy ?? (policyId ? { policyId } : undefined);
  const zone = timeZone ?? calendars?.find((c) => c.id === calendarId)?.timeZone;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosenCalendar || !chosenPolicy) return;
    setBusy(true);
    setError(undefined);
    try {
      setAnswer(await trySla({ priority, openedAt, calendar: chosenCalendar, policy: chosenPolicy }));
    } catch (e) {
      setError(e);
      setAnswer(undefined);
    } finally {
      setBusy(false);
    }
  };
  // A draft's problems point into it (/calendar/…, /targets/…): the editor above shows them.
  const general = formError(error, ['/priority', '/openedAt', '/calendarId', '/policyId']);
  return (
    <section className="card try-it" aria-labelledby="try-title">
      <h2 id="try-title" className="card-title">
        Try it
      </h2>
      <form className="try-form" onSubmit={submit} noValidate>
        <span className="try-words">A</span>
        <Field label="Priority" error={fieldError(error, '/priority')}>
          <select value={priority} onChange={(e) => setPriority(e.target.value)}>
            {PRIORITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
        <span className="try-words">opened at</span>
        <Field label={`Local time${zone ? ` (${zone.replace(/_/g, ' ')})` : ''}`} error={fieldError(error, '/openedAt')}>
          <input type="datetime-local" value={openedAt} onChange={(e) => setOpenedAt(e.target.value.slice(0, 16))} required />
        </Field>
        {!calendar && (
          <Field label="Calendar" error={fieldError(error, '/calendarId')}>
            <select value={calendarId} onChange={(e) => setCalendarId(e.target.value)}>
              <option value="">Choose a calendar</option>
              {calendars?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {!policy && (
          <Field label="SLA policy" error={fieldError(error, '/policyId')}>
            <select value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
              <option value="">Choose a policy</option>
              {policies?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <button className="button primary" type="submit" disabled={busy || !chosenCalendar || !chosenPolicy || !openedAt}>
          {busy ? 'Working it out…' : 'is due at…'}
        </button>
      </form>
      {general && <Notice>{general}</Notice>}
      {answer && (
        <div className="try-answer" aria-live="polite">
          <p className="try-summary">{answer.summary}</p>
          {answer.clocks.map((c) => (
            <div key={c.clock} className="try-clock" data-clock={c.clock}>
              <p>
                <strong>{CLOCK[c.clock]}</strong> ({c.businessDays ? `${targetWords(c.businessDays)}: ` : ''}{formatMinutes(c.targetMinutes)} covered): {c.dueAtLocal ? <>due <strong className="try-due">{c.dueAtLocal}</strong></> : 'never due'}
              </p>
              <p className="muted small try-explanation">{c.explanation}</p>
              {c.counted.length > 0 && (
                <ol className="try-spans small">
                  {c.counted.map((s) => (
                    <li key={s.start}>
                      {s.startLocal} → {shortEnd(s.startLocal, s.endLocal)}: {formatMinutes(s.minutes)}
                    </li>
                  ))}
                  {c.moreSpans > 0 && <li className="muted">…and {c.moreSpans} more covered spans</li>}
                </ol>
              )}
            </div>
          ))}
          {answer.nextReply !== null && (
            <p className="muted small">
              {typeof answer.nextReply === 'number'
                ? `Each later client reply must be answered within ${formatMinutes(answer.nextReply)} of covered time.`
                : `Each later client reply has a target of ${targetWords(answer.nextReply)}, counted from the reply.`}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
