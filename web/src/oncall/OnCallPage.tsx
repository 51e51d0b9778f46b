/**
 * Who is on call now, on every schedule: the person holding it, the next hand-offs, and a week of
 * shifts drawn as a strip. Times are shown in each schedule's own zone, where hand-offs are set.
 */
import { useEffect, useState } from 'react';
import { api } from '../platform/api';
import { formatSpan } from '../platform/format';
import { Link } from '../platform/router';
import type { OncallSchedule, OnCallBoard, OnCallPerson, Shift } from '../platform/types';
import { EmptyState, initials, Notice, Spinner } from '../platform/ui';
import { useNow } from '../platform/use-now';
import { useResource } from '../platform/use-api';
import { fetchBoard, fetchShifts, personHue } from './oncall-api';
import { OverrideForm } from './OverrideForm';
import './oncall.css';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

type Schedule = OnCallBoard['items'][number];

function zoned(iso: string | number, timeZone: string, withZone = true): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone, ...(withZone ? { timeZoneName: 'short' } : {}) }).format(new Date(iso));
}

/** The moments the person on call changes within the shifts: to someone, or to nobody at a gap. */
export function handoffsOf(shifts: Shift[], after: number): { at: number; to: Shift | null }[] {
  const sorted = [...shifts].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const out: { at: number; to: Shift | null }[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const start = Date.parse(sorted[i].start);
    const prev = sorted[i - 1];
    if (prev && Date.parse(prev.end) < start && Date.parse(prev.end) > after) out.push({ at: Date.parse(prev.end), to: null });
    if (start > after && (!prev || prev.userId !== sorted[i].userId || Date.parse(prev.end) < start)) out.push({ at: start, to: sorted[i] });
  }
  return out;
}

/** The board; owners, admins and service managers (`canEdit`) also edit schedules and add overrides from it. */
export function OnCallPage({ canEdit = false }: { canEdit?: boolean }) {
  useEffect(() => {
    document.title = 'On call · Switchboard';
  }, []);
  const board = useResource(async (signal) => {
    const b = await fetchBoard(signal);
    const from = Date.parse(b.at);
    const shifts = await Promise.all(b.items.map((s) => fetchShifts(s.scheduleId, from, from + WEEK, signal).catch(() => [] as Shift[])));
    return { board: b, shifts, from };
  }, []);
  // The board is re-read every minute so a hand-off shows up without a reload.
  const now = useNow(30_000);
  const { reload } = board;
  useEffect(() => {
    const timer = window.setInterval(reload, 60_000);
    return () => window.clearInterval(timer);
  }, [reload]);
  // Who each schedule rotates, offered first in the override form.
  const rosters = useResource(canEdit ? (signal) => api<{ items: OncallSchedule[] }>('GET', '/oncall/schedules', undefined, { signal }) : null, [canEdit]);
  const [adding, setAdding] = useState<Schedule | null>(null);
  const [added, setAdded] = useState<string>();

  return (
    <div className="page oncall-page">
      <div className="page-head">
        <div>
          <h1>Who is on call</h1>
          <p className="muted page-sub">Every schedule, who holds it now, and the next hand-offs. Escalation steps that page a schedule reach whoever is on call when they fire.</p>
        </div>
        {canEdit && (
          <Link to="/oncall/schedules/new" className="button">
            New schedule
          </Link>
        )}
      </div>
      {added && <Notice kind="success">{added}</Notice>}
      {board.error !== undefined && <Notice>{(board.error as Error).message}</Notice>}
      {!board.data ? (
        board.loading && (
          <div className="loading-block">
            <Spinner label="Loading the schedules" />
          </div>
        )
      ) : board.data.board.items.length === 0 ? (
        <EmptyState title="No on-call schedules yet">{canEdit ? 'Create the first: who rotates, how long a shift is, and when hand-offs happen.' : 'An owner, admin or service manager creates them.'}</EmptyState>
      ) : (
        <div className="oncall-list">
          {board.data.board.items.map((s, i) => (
            <ScheduleCard key={s.scheduleId} schedule={s} shifts={board.data!.shifts[i]} from={board.data!.from} now={now} onOverride={canEdit ? () => setAdding(s) : undefined} />
          ))}
        </div>
      )}
      {adding && (
        <OverrideForm
          schedule={{ id: adding.scheduleId, name: adding.name, timeZone: adding.timeZone }}
          participants={rosters.data?.items.find((r) => r.id === adding.scheduleId)?.users ?? []}
          replaces={adding.onCall[0]?.userId}
          onClose={() => setAdding(null)}
          onAdded={(o) => {
            setAdding(null);
            setAdded(`${o.userName} covers ${adding.name} from ${zoned(o.startAt, adding.timeZone, false)} until ${zoned(o.endAt, adding.timeZone)}.`);
            reload();
          }}
        />
      )}
    </div>
  );
}

function Person({ person, size = 'large' }: { person: OnCallPerson | { userId: string; name: string }; size?: 'large' | 'small' }) {
  const hue = personHue(person.userId);
  return (
    <span className={`oncall-person oncall-person-${size}`}>
      <span className="avatar oncall-avatar" aria-hidden="true" style={{ background: `hsl(${hue} 70% 88%)`, color: `hsl(${hue} 55% 26%)` }}>
        {initials(person.name)}
      </span>
      <span className="oncall-person-name">{person.name || 'Someone'}</span>
    </span>
  );
}

function ScheduleCard({ schedule, shifts, from, now, onOverride }: { schedule: Schedule; shifts: Shift[]; from: number; now: number; onOverride?: () => void }) {
  const tz = schedule.timeZone;
  const current = shifts.find((s) => Date.parse(s.start) <= now && now < Date.parse(s.end));
  // Shifts are clipped to the board's instant: a shift starting there is the current one, not a hand-off.
  const handoffs = handoffsOf(shifts, Math.max(now, from)).slice(0, 4);
  const next = schedule.nextHandoff;
  return (
    <section className="card oncall-card" aria-labelledby={`schedule-${schedule.scheduleId}`}>
      <div className="oncall-card-head">
        <div>
          <h2 id={`schedule-${schedule.scheduleId}`} className="oncall-name">
            {schedule.name}
          </h2>
          <p className="muted small">Hand-offs in {tz.replace(/_/g, ' ')}</p>
          {onOverride && (
            <p className="oncall-actions">
              <button type="button" className="button small" onClick={onOverride}>
                Add override
              </button>
              <Link to={`/oncall/schedules/${encodeURIComponent(schedule.scheduleId)}`} className="button small ghost">
                Edit schedule
              </Link>
            </p>
          )}
        </div>
        {next && (
          <p className="oncall-next">
            Next hand-off <strong>{formatSpan(Date.parse(next.at) - now) === 'under a minute' ? 'now' : `in ${formatSpan(Date.parse(next.at) - now)}`}</strong>
            <span className="muted"> · {zoned(next.at, tz)}</span>
          </p>
        )}
      </div>
      <div className="oncall-card-body">
        <div className="oncall-now">
          <p className="card-subtitle">On call now</p>
          {schedule.onCall.length === 0 ? (
            <p className="oncall-nobody">Nobody is on call</p>
          ) : (
            schedule.onCall.map((p) => (
              <div key={p.userId} className="oncall-holder">
                <Person person={p} />
                <span className="oncall-holder-meta">
                  {p.source === 'override' ? <span className="pill oncall-override">Override</span> : p.layerName && <span className="pill">{p.layerName}</span>}
                  {current && current.userId === p.userId && <span className="muted small">until {zoned(current.end, tz, false)}</span>}
                </span>
              </div>
            ))
          )}
        </div>
        <div className="oncall-handoffs">
          <p className="card-subtitle">Next hand-offs</p>
          {handoffs.length === 0 ? (
            <p className="muted">No change in the next 7 days.</p>
          ) : (
            <ol className="handoff-list">
              {handoffs.map((h) => (
                <li key={h.at}>
                  <time dateTime={new Date(h.at).toISOString()}>{zoned(h.at, tz, false)}</time>
                  <span className="handoff-arrow" aria-hidden="true">
                    →
                  </span>
                  {h.to ? <Person person={h.to} size="small" /> : <span className="muted">nobody</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      <ShiftStrip shifts={shifts} from={from} now={now} timeZone={tz} label={schedule.name} />
    </section>
  );
}

/** A week of shifts as coloured segments on a time line, with day marks and a "now" line. */
function ShiftStrip({ shifts, from, now, timeZone, label }: { shifts: Shift[]; from: number; now: number; timeZone: string; label: string }) {
  const to = from + WEEK;
  const pct = (ms: number) => `${(Math.max(0, Math.min(1, (ms - from) / (to - from))) * 100).toFixed(3)}%`;
  const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', timeZone });
  const hourFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone });
  // Local midnights of the schedule's zone within the week: step hour by hour and keep hour 0.
  const days: number[] = [];
  for (let t = Math.ceil(from / 3_600_000) * 3_600_000; t < to; t += 3_600_000) if (Number.parseInt(hourFormat.format(new Date(t)), 10) === 0) days.push(t);
  const people = [...new Map(shifts.map((s) => [s.userId, s.name])).entries()];
  return (
    <div className="shift-strip-wrap">
      <div className="shift-strip" role="img" aria-label={`${label}: shifts over the next 7 days`}>
        {shifts.map((s) => {
          const hue = personHue(s.userId);
          return (
            <span
              key={`${s.start}-${s.userId}`}
              className={`shift${s.source === 'override' ? ' shift-override' : ''}`}
              style={{ left: pct(Date.parse(s.start)), width: `calc(${pct(Date.parse(s.end))} - ${pct(Date.parse(s.start))})`, background: `hsl(${hue} 70% 86%)`, color: `hsl(${hue} 55% 24%)`, borderColor: `hsl(${hue} 45% 62%)` }}
              title={`${s.name}: ${zoned(s.start, timeZone, false)} – ${zoned(s.end, timeZone)}`}
            >
              <span className="shift-name">{s.name.split(' ')[0]}</span>
            </span>
          );
        })}
        <span className="shift-now" style={{ left: pct(now) }} aria-hidden="true" />
      </div>
      <div className="shift-days" aria-hidden="true">
        {days.map((d) => (
          <span key={d} className="shift-day" style={{ left: pct(d) }}>
            {dayFormat.format(new Date(d))}
          </span>
        ))}
      </div>
      {people.length > 0 && (
        <ul className="shift-legend" aria-label="People on this schedule this week">
          {people.map(([id, name]) => (
            <li key={id}>
              <span className="legend-swatch" style={{ background: `hsl(${personHue(id)} 70% 80%)` }} aria-hidden="true" />
              {name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
