/** Calendars and policies in a few words, for lists and summaries. */
import type { Calendar, PolicyTarget, SlaPolicy, WeeklyWindow } from '../platform/types';
import { formatMinutes } from '../platform/format';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_NAME: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** The weekly windows of the presets the API also knows (the same definitions as docs/sla-calendars.md). */
export const PRESETS: { id: string; label: string; windows: WeeklyWindow[] }[] = [
  { id: '24x7', label: '24×7', windows: [{ startDay: 'mon', startTime: '00:00', endDay: 'sun', endTime: '24:00' }] },
  { id: '24x5', label: '24×5 (Mon–Fri)', windows: [{ startDay: 'mon', startTime: '00:00', endDay: 'sat', endTime: '00:00' }] },
  { id: 'business-hours', label: 'Office hours (Mon–Fri 09–17)', windows: WEEKDAYS.slice(0, 5).map((d) => ({ startDay: d, startTime: '09:00', endDay: d, endTime: '17:00' })) },
];

/** "Mon 09:00–17:00", or "Fri 18:00 → Sun 23:59" for a window spanning days. */
export function windowText(w: WeeklyWindow): string {
  return w.startDay === w.endDay ? `${DAY_NAME[w.startDay]} ${w.startTime}–${w.endTime}` : `${DAY_NAME[w.startDay]} ${w.startTime} → ${DAY_NAME[w.endDay]} ${w.endTime}`;
}

/** The weekly hours in one line: a preset's name when they are one, else the first windows. */
export function hoursText(c: Pick<Calendar, 'windows'>): string {
  const preset = PRESETS.find((p) => JSON.stringify(p.windows) === JSON.stringify(c.windows));
  if (preset) return preset.label;
  if (c.windows.length === 0) return 'No weekly hours';
  const shown = c.windows.slice(0, 3).map(windowText).join(', ');
  return c.windows.length > 3 ? `${shown} and ${c.windows.length - 3} more` : shown;
}

/** "P1 15 min / 4 h", "1 h / next business day": first response and resolution of a priority. */
export function targetText(p: SlaPolicy, priority: 'P1' | 'P2' | 'P3' | 'P4'): string {
  const t = p.targets[priority];
  return `${targetWords(t.firstResponse)} / ${targetWords(t.resolution)}`;
}

/** A target in a few words: "4 h", "next business day", "2 business days, same time". */
export function targetWords(t: PolicyTarget): string {
  if (typeof t === 'number') return formatMinutes(t);
  const days = `${t.businessDays} business day${t.businessDays === 1 ? '' : 's'}`;
  if (t.dueAt === 'same_time') return `${days}, same time`;
  return t.businessDays === 0 ? 'same business day' : t.businessDays === 1 ? 'next business day' : `${days}, end of day`;
}

/** "Warns at 75%" or "Warns 60 min before due". */
export function warningText(p: Pick<SlaPolicy, 'warningPercent' | 'warningBeforeMinutes'>): string {
  return p.warningBeforeMinutes ? `Warns ${formatMinutes(p.warningBeforeMinutes)} before due` : `Warns at ${p.warningPercent}%`;
}
