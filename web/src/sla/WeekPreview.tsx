/** A covered week with its controls: the week shown (previous, next, a date), and the grid the API computed. */
import type { ReactNode } from 'react';
import type { CoverageWeek } from '../platform/types';
import { Notice, Spinner } from '../platform/ui';
import type { Resource } from '../platform/use-api';
import { formatMinutes } from '../platform/format';
import { addDays } from './sla-api';
import { WeekGrid, type WeekLane } from './WeekGrid';

export function WeekPreview({ week, onWeek, preview, caption, laneLabel, lanes, controls }: {
  week: string;
  onWeek: (date: string) => void;
  preview: Resource<CoverageWeek>;
  caption: string;
  /** One calendar: its lane's label. */
  laneLabel?: string;
  /** Several lanes (a contract's priorities): built from the answer. */
  lanes?: (w: CoverageWeek) => WeekLane[];
  controls?: ReactNode;
}) {
  const data = preview.data;
  const shown = data && (lanes ? lanes(data) : [{ key: 'calendar', label: laneLabel ?? data.calendars[0]?.name ?? '', sublabel: data.calendars[0] ? `${formatMinutes(data.calendars[0].coveredMinutes)} this week` : undefined, calendar: 0 }]);
  return (
    <section className="card week-preview" aria-labelledby="week-title" aria-busy={preview.loading}>
      <div className="setup-card-head">
        <h2 id="week-title" className="card-title">
          Covered week{data ? ` · ${data.timeZone.replace(/_/g, ' ')}` : ''}
        </h2>
        {preview.loading && <Spinner label="Working out the week" />}
      </div>
      <div className="week-controls">
        <button type="button" className="button small" onClick={() => onWeek(addDays(week, -7))} aria-label="Previous week">
          ←
        </button>
        <label className="visually-hidden" htmlFor="week-date">
          A day of the week to show
        </label>
        <input id="week-date" type="date" value={week} onChange={(e) => e.target.value && onWeek(e.target.value)} />
        <button type="button" className="button small" onClick={() => onWeek(addDays(week, 7))} aria-label="Next week">
          →
        </button>
        {controls}
      </div>
      {preview.error !== undefined && <Notice>{(preview.error as Error).message}</Notice>}
      {data && shown && <WeekGrid week={data} lanes={shown} caption={caption} />}
    </section>
  );
}
