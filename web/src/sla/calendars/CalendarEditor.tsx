/**
 * A coverage calendar: name and zone, weekly hours and breaks, public holidays, closed dates and exceptions,
 * with the week it covers drawn as one edits (the API computes it from the unsaved draft) and
 * "try it" against a policy. Saving changes the clocks of open tickets under contracts using it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, formError, newIdempotencyKey } from '../../platform/api';
import { navigate, Link } from '../../platform/router';
import type { Session } from '../../platform/session';
import { TimeZoneInput } from '../../platform/time-zone-input';
import type { Calendar } from '../../platform/types';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { fetchHolidayCountries, fetchPolicies, previewCalendarWeek, todayIn, type CalendarDraft } from '../sla-api';
import { TryIt } from '../TryIt';
import { useDebounced } from '../../platform/use-debounced';
import { WeekPreview } from '../WeekPreview';
import { BreaksEditor } from './BreaksEditor';
import { ClosedDatesEditor, ExceptionsEditor, HolidaysEditor } from './DatesEditor';
import { WindowsEditor } from './WindowsEditor';
import '../sla.css';

const blank = (): CalendarDraft => ({ name: '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, windows: [], holidays: [], customHolidays: [], exceptions: [], breaks: [] });
const draftOf = (c: Calendar): CalendarDraft => ({ name: c.name, timeZone: c.timeZone, windows: c.windows, holidays: c.holidays, customHolidays: c.customHolidays, exceptions: c.exceptions, breaks: c.breaks });

export function CalendarEditor({ calendarId, session }: { calendarId: string; session: Session }) {
  const isNew = calendarId === 'new';
  const loaded = useResource(async (signal) => {
    const [calendar, policies, countries] = await Promise.all([
      isNew ? undefined : api<Calendar>('GET', `/calendars/${encodeURIComponent(calendarId)}`, undefined, { signal }),
      fetchPolicies(signal),
      fetchHolidayCountries(),
    ]);
    return { calendar, policies, countries };
  }, [calendarId]);
  const [draft, setDraft] = useState<CalendarDraft>();
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data.calendar ? draftOf(loaded.data.calendar) : blank());
  }, [loaded.data]);
  useEffect(() => {
    document.title = `${isNew ? 'New calendar' : (loaded.data?.calendar?.name ?? 'Calendar')} · Switchboard`;
  }, [isNew, loaded.data]);

  if (!loaded.data || !draft) {
    return <div className="page setup-page">{loaded.error !== undefined ? <Notice>{(loaded.error as Error).message}</Notice> : <div className="loading-block"><Spinner label="Loading the calendar" /></div>}</div>;
  }
  return <CalendarForm key={calendarId} saved={loaded.data.calendar} draft={draft} setDraft={setDraft} session={session} countries={loaded.data.countries} policies={loaded.data.policies} onSaved={loaded.reload} />;
}

function CalendarForm({ saved, draft, setDraft, session, countries, policies, onSaved }: {
  saved: Calendar | undefined;
  draft: CalendarDraft;
  setDraft: (d: CalendarDraft) => void;
  session: Session;
  countries: Awaited<ReturnType<typeof fetchHolidayCountries>>;
  policies: Awaited<ReturnType<typeof fetchPolicies>>;
  onSaved: () => void;
}) {
  const manage = ['owner', 'admin', 'service_manager'].includes(session.user.role);
  const [week, setWeek] = useState(() => todayIn(draft.timeZone));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const settled = useDebounced(draft);
  const preview = useResource((signal) => previewCalendarWeek({ calendar: settled }, week, signal), [settled, week]);
  const change = (patch: Partial<CalendarDraft>) => {
    setDone(false);
    setDraft({ ...draft, ...patch });
  };
  // The API's pointer names the field at fault, in the saved body or (/calendar/…) in the preview's draft.
  const errorAt = (path: string) => {
    for (const e of [error, preview.error]) {
      if (e instanceof ApiError && (e.field === path || e.field === `/calendar${path}`)) return e.message;
    }
    return undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { ...draft, name: draft.name.trim(), customHolidays: draft.customHolidays.filter(Boolean) };
      if (saved) {
        await api('PATCH', `/calendars/${encodeURIComponent(saved.id)}`, body);
        setDone(true);
        onSaved();
      } else {
        const created = await api<Calendar>('POST', '/calendars', body, { idempotencyKey: key });
        navigate(`/sla/calendars/${encodeURIComponent(created.id)}`, { replace: true });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const general = error instanceof ApiError && error.field ? undefined : formError(error, []);
  return (
    <div className="page setup-page calendar-editor">
      <p className="breadcrumb">
        <Link to="/sla">Calendars and SLA policies</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{saved ? saved.name : 'New calendar'}</h1>
          <p className="muted page-sub">When a contract’s clock runs. The week below is worked out by the API from what is on screen, before anything is saved.</p>
        </div>
      </div>
      <div className="editor-grid">
        <form className="card editor-form" onSubmit={submit} noValidate>
          <fieldset disabled={!manage}>
            {general && <Notice>{general}</Notice>}
            {error instanceof ApiError && error.field && !errorShownInForm(error.field) && <Notice>{error.message}</Notice>}
            <div className="form-row">
              <Field label="Name" error={errorAt('/name')}>
                <input type="text" required value={draft.name} onChange={(e) => change({ name: e.target.value })} />
              </Field>
              <Field label="Time zone" error={errorAt('/timeZone')}>
                <TimeZoneInput required value={draft.timeZone} onChange={(e) => change({ timeZone: e.target.value })} />
              </Field>
            </div>
            <WindowsEditor windows={draft.windows} onChange={(windows) => change({ windows })} errorAt={errorAt} />
            <BreaksEditor breaks={draft.breaks} onChange={(breaks) => change({ breaks })} errorAt={errorAt} />
            <HolidaysEditor holidays={draft.holidays} countries={countries} onChange={(holidays) => change({ holidays })} errorAt={errorAt} />
            <ClosedDatesEditor dates={draft.customHolidays} onChange={(customHolidays) => change({ customHolidays })} errorAt={errorAt} />
            <ExceptionsEditor exceptions={draft.exceptions} onChange={(exceptions) => change({ exceptions })} errorAt={errorAt} />
            <div className="form-actions">
              {done && <span className="save-done" role="status">Saved. Open tickets’ clocks follow the new hours.</span>}
              {manage ? (
                <button className="button primary" type="submit" disabled={busy}>
                  {busy ? 'Saving…' : saved ? 'Save calendar' : 'Create calendar'}
                </button>
              ) : (
                <span className="muted small">Only an owner, admin or service manager can change calendars.</span>
              )}
            </div>
            {saved && manage && <p className="muted small">Saving recomputes the SLA clocks of the open tickets of every client whose active contract uses this calendar.</p>}
          </fieldset>
        </form>
        <div className="editor-side">
          <WeekPreview week={week} onWeek={setWeek} preview={preview} caption="Covered hours of this calendar" laneLabel={draft.name.trim() || 'This calendar'} />
          <TryIt calendar={{ calendar: settled }} policies={policies} timeZone={draft.timeZone} />
        </div>
      </div>
    </div>
  );
}

/** Fields the form shows errors beside; anything else (a whole list, a holiday set) goes on top. */
function errorShownInForm(field: string): boolean {
  const path = field.replace(/^\/calendar/, '');
  return /^\/(name|timeZone|windows(\/\d+\/\w+)?|breaks\/\d+\/(days(\/\d+)?|start|end)|holidays\/\d+\/(country|region)|customHolidays\/\d+|exceptions\/\d+\/(date|closed|windows(\/\d+\/(start|end))?))$/.test(path);
}
