/**
 * A week of covered hours, as the API computed it: one row per lane (a calendar, or a priority of
 * a contract), one track per day with the covered segments placed by the share of the day they
 * cover, and the day's holidays and exceptions under its date. Nothing here counts time itself.
 */
import type { CoverageWeek } from '../platform/types';

export interface WeekLane {
  key: string;
  label: string;
  sublabel?: string;
  /** Index into week.calendars; null when nothing covers the lane. */
  calendar: number | null;
}

const dayHeading = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

export function WeekGrid({ week, lanes, caption }: { week: CoverageWeek; lanes: WeekLane[]; caption: string }) {
  const notesOn = (date: string) => {
    const many = week.calendars.length > 1;
    return week.calendars.flatMap((c) => c.notes.filter((n) => n.date === date).map((n) => ({ ...n, text: many ? `${c.name}: ${n.text}` : n.text })));
  };
  return (
    <div className="week-grid-wrap">
      <table className="week-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="week-lane-head">
              <span className="visually-hidden">Covers</span>
            </th>
            {week.days.map((d) => (
              <th scope="col" key={d.date} className="week-day-head">
                <span className="week-day-name">{dayHeading.format(new Date(`${d.date}T12:00:00Z`))}</span>
                {d.hours !== 24 && <span className="week-day-dst">{d.hours} h day</span>}
                {notesOn(d.date).map((n) => (
                  <span key={n.text} className={`week-note week-note-${n.kind}`}>
                    {n.text}
                  </span>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => {
            const calendar = lane.calendar === null ? null : week.calendars[lane.calendar];
            return (
              <tr key={lane.key} data-lane={lane.key}>
                <th scope="row" className="week-lane">
                  <span className="week-lane-label">{lane.label}</span>
                  {lane.sublabel && <span className="week-lane-sub">{lane.sublabel}</span>}
                </th>
                {week.days.map((d, day) => {
                  const segments = calendar?.segments.filter((s) => s.day === day) ?? [];
                  const words = segments.map((s) => `${s.startLocal}–${s.endLocal}`).join(', ');
                  return (
                    <td key={d.date} className={`week-cell${calendar ? '' : ' uncovered'}`} data-day={d.weekday} data-hours={words}>
                      <span className="week-track" aria-hidden="true">
                        {segments.map((s) => (
                          <span key={s.start} className="week-segment" style={{ left: `${s.from * 100}%`, width: `${(s.to - s.from) * 100}%` }} title={`${s.startLocal}–${s.endLocal}`} />
                        ))}
                      </span>
                      <span className="week-hours">{calendar ? words || 'Closed' : 'Not covered'}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
