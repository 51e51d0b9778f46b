import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays, businessDaysBetween, compileCalendar, localDay, presetWindows,
  type CalendarBreak, type CalendarSpec, type Weekday, type WeeklyWindow,
} from './index.js';
import { HORIZON_YEARS } from './compiled-calendar.js';

// A fixed seed keeps CI deterministic; set FC_SEED to explore other inputs (fast-check prints the
// seed and the shrunk counterexample of any failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });

const ZONES = [
  'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata',
  'Pacific/Chatham', 'America/Sao_Paulo', 'Asia/Kathmandu', 'UTC',
];
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MIN = 60_000;
const WEEK = 7 * 1440;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A weekly window from a start (minutes after Monday 00:00) and a length, in either spelling of midnight. */
function toWindow(start: number, length: number, midnightAs24: boolean): WeeklyWindow {
  const end = start + length;
  const endMinute = end % 1440;
  const endDay = Math.floor(end / 1440) % 7;
  const useTwentyFour = endMinute === 0 && midnightAs24;
  return {
    startDay: DAYS[Math.floor(start / 1440)],
    startTime: hhmm(start % 1440),
    endDay: DAYS[useTwentyFour ? (endDay + 6) % 7 : endDay],
    endTime: useTwentyFour ? '24:00' : hhmm(endMinute),
  };
}

/** Disjoint windows from cut points (minutes after Monday 00:00) paired up as [open, close). */
function windowsFromCuts(cuts: number[], midnightAs24: boolean): WeeklyWindow[] {
  const sorted = [...new Set(cuts.map((c) => ((c % WEEK) + WEEK) % WEEK))].sort((a, b) => a - b);
  const windows: WeeklyWindow[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    const length = sorted[i + 1] - sorted[i];
    // A window of more than six days could need the same weekday at both ends, which the model refuses.
    if (length <= 6 * 1440) windows.push(toWindow(sorted[i], length, midnightAs24));
  }
  return windows;
}

// Five-minute steps hit the half- and quarter-hour changes of Lord Howe and Chatham; the rotation
// makes some windows wrap past Sunday.
const cutsArb = fc.uniqueArray(fc.integer({ min: 0, max: WEEK / 5 - 1 }), { minLength: 0, maxLength: 16 });
const windowsArb = fc
  .record({ cuts: cutsArb, rotation: fc.integer({ min: 0, max: WEEK - 1 }), midnightAs24: fc.boolean() })
  .map(({ cuts, rotation, midnightAs24 }) => windowsFromCuts(cuts.map((c) => c * 5 + rotation), midnightAs24));

const specArb: fc.Arbitrary<CalendarSpec> = fc.record({ timeZone: fc.constantFrom(...ZONES), windows: windowsArb });

/** Breaks within one day, in five-minute steps, on one or more weekdays. */
const breakArb: fc.Arbitrary<CalendarBreak> = fc
  .record({ days: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }), start: fc.integer({ min: 0, max: 286 }), length: fc.integer({ min: 1, max: 48 }) })
  .map(({ days, start, length }) => ({ days, start: hhmm(start * 5), end: hhmm(Math.min(start * 5 + length * 5, 1440)) }));
const specWithBreaksArb: fc.Arbitrary<CalendarSpec> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  windows: windowsArb,
  breaks: fc.array(breakArb, { maxLength: 3 }),
});
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 0, 1);
const instantArb = fc.oneof(
  fc.integer({ min: FROM / MIN, max: TO / MIN }).map((m) => m * MIN),
  fc.integer({ min: FROM, max: TO }),
);
const minutesArb = fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double({ min: 0, max: 5_000, noNaN: true }));
const RUNS = { numRuns: 300 };

describe('business-time properties across zones and random windows', () => {
  it('measuring what was added gives it back', () => {
    fc.assert(
      fc.property(specArb, instantArb, minutesArb, (spec, from, minutes) => {
        const calendar = compileCalendar(spec);
        const due = calendar.addBusinessMinutes(from, minutes);
        if (spec.windows.length === 0) return due === null;
        // A sparse calendar may not hold that much covered time within the search horizon; then,
        // and only then, there is no due time.
        if (due === null) return calendar.businessMinutesBetween(from, from + HORIZON_YEARS * 365.25 * 1440 * MIN) < minutes + 1e-6;
        return due >= from && Math.abs(calendar.businessMinutesBetween(from, due) - minutes) < 1e-6;
      }),
      RUNS,
    );
  });

  it('lands inside a window or exactly at its end, never inside a closed period', () => {
    fc.assert(
      fc.property(specArb.filter((s) => s.windows.length > 0), instantArb, minutesArb.filter((m) => m > 0), (spec, from, minutes) => {
        const calendar = compileCalendar(spec);
        const due = calendar.addBusinessMinutes(from, minutes);
        // Beyond the search horizon there is no due time; the first property checks that case.
        if (due === null || calendar.isOpenAt(due)) return true;
        const before = calendar.intervalsBetween(due - MIN, due);
        return before.length > 0 && before[before.length - 1][1] === due;
      }),
      RUNS,
    );
  });

  it('is monotonic in the duration, the start and the end', () => {
    fc.assert(
      fc.property(specArb, instantArb, instantArb, minutesArb, minutesArb, (spec, a, b, m, n) => {
        const calendar = compileCalendar(spec);
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = m <= n ? [m, n] : [n, m];
        const order = (x: number | null, y: number | null) => x === null ? y === null : y === null || x <= y;
        return (
          order(calendar.addBusinessMinutes(t1, n1), calendar.addBusinessMinutes(t1, n2)) &&
          order(calendar.addBusinessMinutes(t1, n1), calendar.addBusinessMinutes(t2, n1)) &&
          calendar.businessMinutesBetween(t1, t1 + n1 * MIN) <= calendar.businessMinutesBetween(t1, t1 + n2 * MIN) + 1e-9
        );
      }),
      RUNS,
    );
  });

  it('sums its listed intervals to the time between', () => {
    fc.assert(
      fc.property(specArb, instantArb, instantArb, (spec, a, b) => {
        const calendar = compileCalendar(spec);
        const total = calendar.intervalsBetween(a, b).reduce((sum, [s, e]) => sum + (e - s), 0);
        return Math.abs(total / MIN - calendar.businessMinutesBetween(a, b)) < 1e-6;
      }),
      RUNS,
    );
  });

  it('counts real elapsed time round the clock: 23- and 25-hour days are neither lost nor doubled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, instantArb, (timeZone, a, b) => {
        const calendar = compileCalendar({ timeZone, windows: presetWindows('24x7') });
        return calendar.businessMinutesBetween(a, b) === Math.max(0, b - a) / MIN;
      }),
      RUNS,
    );
  });
});

describe('subtraction, the inverse of addition, across zones, daylight saving and breaks', () => {
  const wholeMinutesArb = fc.integer({ min: 1, max: 20_000 });
  const minuteInstantArb = fc.integer({ min: FROM / MIN, max: TO / MIN }).map((m) => m * MIN);

  it('gives back a covered instant: subtracting what was added lands where it started', () => {
    fc.assert(
      fc.property(specWithBreaksArb, minuteInstantArb, wholeMinutesArb, (spec, t, minutes) => {
        const calendar = compileCalendar(spec);
        if (!calendar.isOpenAt(t)) return true;
        const due = calendar.addBusinessMinutes(t, minutes);
        return due === null || calendar.subtractBusinessMinutes(due, minutes) === t;
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the end of covered time: adding what was subtracted lands on the previous closing or the instant', () => {
    fc.assert(
      fc.property(specWithBreaksArb, minuteInstantArb, wholeMinutesArb, (spec, t, minutes) => {
        const calendar = compileCalendar(spec);
        const start = calendar.subtractBusinessMinutes(t, minutes);
        if (start === null) return true;
        const back = calendar.addBusinessMinutes(start, minutes);
        // An opening instant is reached by adding as the closing just before it: both hold the same count.
        return back !== null && back <= t && calendar.businessMinutesBetween(back, t) === 0 && (back === calendar.previousClosing(t) || calendar.isOpenAt(t));
      }),
      { numRuns: 500 },
    );
  });

  it('measuring what was subtracted gives it back, fractions included', () => {
    fc.assert(
      fc.property(specWithBreaksArb, instantArb, minutesArb, (spec, t, minutes) => {
        const calendar = compileCalendar(spec);
        const start = calendar.subtractBusinessMinutes(t, minutes);
        if (start === null) return calendar.businessMinutesBetween(t - HORIZON_YEARS * 365 * 1440 * MIN, t) < minutes + 1e-6;
        return start <= t && Math.abs(calendar.businessMinutesBetween(start, t) - minutes) < 1e-6;
      }),
      RUNS,
    );
  });

  it('lands inside a window or exactly at its start, never inside a closed period', () => {
    fc.assert(
      // A duration far below a millisecond cannot move an instant of ~1.7e12 ms at all.
      fc.property(specWithBreaksArb, instantArb, minutesArb.filter((m) => m >= 0.001), (spec, t, minutes) => {
        const calendar = compileCalendar(spec);
        const start = calendar.subtractBusinessMinutes(t, minutes);
        return start === null || calendar.isOpenAt(start);
      }),
      RUNS,
    );
  });

  it('is monotonic in the duration and the instant', () => {
    fc.assert(
      fc.property(specWithBreaksArb, instantArb, instantArb, minutesArb, minutesArb, (spec, a, b, m, n) => {
        const calendar = compileCalendar(spec);
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = m <= n ? [m, n] : [n, m];
        const order = (x: number | null, y: number | null) => (x === null ? true : y !== null && x <= y);
        return order(calendar.subtractBusinessMinutes(t1, n2), calendar.subtractBusinessMinutes(t1, n1)) && order(calendar.subtractBusinessMinutes(t1, n1), calendar.subtractBusinessMinutes(t2, n1));
      }),
      RUNS,
    );
  });
});

describe('business days across zones, daylight saving and breaks', () => {
  const daysArb = fc.integer({ min: 0, max: 12 });

  it('ends on the end of covered time of the Nth business day after the start', () => {
    fc.assert(
      fc.property(specWithBreaksArb, instantArb, daysArb, (spec, t, days) => {
        const calendar = compileCalendar(spec);
        const due = addBusinessDays(calendar, t, days, 'end_of_day');
        if (due === null) return true;
        const start = calendar.isOpenAt(t) || calendar.previousClosing(t) === t ? t : calendar.nextOpening(t)!;
        const startDay = calendar.isOpenAt(start) ? localDay(calendar, start) : localDay(calendar, start - 1);
        const dueDay = localDay(calendar, due - 1);
        // Nothing more is covered that local day, and exactly `days` business days lie after the start's.
        const nextMidnight = compileDayStart(spec, dueDay + 1);
        return calendar.businessMinutesBetween(due, nextMidnight) === 0 && calendar.businessMinutesBetween(due - MIN, due) > 0
          && businessDaysBetween(calendar, startDay + 1, dueDay, true) === days;
      }),
      RUNS,
    );
  });

  it('is monotonic in the start and the number of days, and same-time never falls after end-of-day', () => {
    fc.assert(
      fc.property(specWithBreaksArb, instantArb, instantArb, daysArb, daysArb, (spec, a, b, m, n) => {
        const calendar = compileCalendar(spec);
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const [d1, d2] = m <= n ? [m, n] : [n, m];
        const order = (x: number | null, y: number | null) => (x === null ? y === null : y === null || x <= y);
        return (
          order(addBusinessDays(calendar, t1, d1, 'end_of_day'), addBusinessDays(calendar, t2, d1, 'end_of_day')) &&
          order(addBusinessDays(calendar, t1, d1, 'end_of_day'), addBusinessDays(calendar, t1, d2, 'end_of_day')) &&
          order(addBusinessDays(calendar, t1, d1, 'same_time'), addBusinessDays(calendar, t1, d1, 'end_of_day'))
        );
      }),
      RUNS,
    );
  });
});

function compileDayStart(spec: CalendarSpec, day: number): number {
  const local = DateTime.fromMillis(day * 86_400_000, { zone: 'UTC' });
  return resolve(spec.timeZone, local);
}

describe('daylight-saving days against a minute-stepping oracle', () => {
  for (const timeZone of ZONES) {
    const changes = offsetChanges(timeZone);
    it(`agrees minute by minute in ${timeZone}`, () => {
      const dayArb = changes.length > 0 ? fc.constantFrom(...changes) : fc.integer({ min: FROM, max: TO });
      // Besides random cuts, some fall within 90 minutes of the change so edges land in gaps and overlaps.
      const caseArb = fc.record({
        change: dayArb,
        cuts: cutsArb,
        near: fc.array(fc.integer({ min: -18, max: 18 }), { maxLength: 4 }),
        midnightAs24: fc.boolean(),
        closedDay: fc.integer({ min: -2, max: 2 }),
        // Breaks with edges near the change, on its weekday (and maybe others), and anywhere.
        nearBreaks: fc.array(fc.record({ d: fc.integer({ min: -18, max: 18 }), length: fc.integer({ min: 1, max: 24 }), days: fc.subarray(DAYS) }), { maxLength: 2 }),
        breaks: fc.array(breakArb, { maxLength: 2 }),
      });
      fc.assert(
        fc.property(caseArb, ({ change, cuts, near, midnightAs24, closedDay, nearBreaks, breaks }) => {
          const local = DateTime.fromMillis(change - 1, { zone: timeZone });
          const focus = (local.weekday - 1) * 1440 + local.hour * 60 + local.minute + 1;
          const windows = windowsFromCuts([...cuts.map((c) => c * 5), ...near.map((d) => focus + d * 5)], midnightAs24);
          const closed = local.plus({ days: closedDay }).toISODate()!;
          const focusDay = DAYS[local.weekday - 1];
          const placed = nearBreaks.map(({ d, length, days }) => {
            const start = Math.min(Math.max((focus % 1440) + d * 5, 0), 1435);
            return { days: [...new Set([focusDay, ...days])], start: hhmm(start), end: hhmm(Math.min(start + length * 5, 1440)) };
          });
          return agreesWithOracle({ timeZone, windows, customHolidays: [closed], breaks: [...placed, ...breaks] }, change);
        }),
        { numRuns: 60 },
      );
    });
  }
});

/** Compares isOpenAt minute by minute, and the total, with the oracle over four days around `change`. */
function agreesWithOracle(spec: CalendarSpec, change: number): boolean {
  const start = Math.floor(change / 86_400_000) * 86_400_000 - 2 * 86_400_000;
  const end = start + 4 * 86_400_000;
  const oracle = oracleIntervals(spec, start, end);
  const calendar = compileCalendar(spec);
  let count = 0;
  for (let t = start; t < end; t += MIN) {
    const open = oracle.some(([s, e]) => s <= t && t < e);
    if (open !== calendar.isOpenAt(t)) return false;
    if (open) count++;
  }
  return calendar.businessMinutesBetween(start, end) === count;
}

/** Instants at which the zone's offset changes in 2018 and 2025 (São Paulo stopped daylight saving in 2019). */
function offsetChanges(timeZone: string): number[] {
  const out: number[] = [];
  for (const year of [2018, 2025]) {
    let previous = DateTime.fromMillis(Date.UTC(year, 0, 1), { zone: timeZone }).offset;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 15 * MIN) {
      const offset = DateTime.fromMillis(t, { zone: timeZone }).offset;
      if (offset !== previous) out.push(t);
      previous = offset;
    }
  }
  return out;
}

/**
 * The oracle's open intervals near [from, to): every window occurrence less breaks and closed days, each edge
 * resolved with luxon on its own terms — in a gap, step back minute by minute to where the clocks
 * jumped; in an overlap, take the earliest of luxon's possible offsets.
 */
function oracleIntervals(spec: CalendarSpec, from: number, to: number): [number, number][] {
  const zone = spec.timeZone;
  const firstDate = DateTime.fromMillis(from, { zone }).startOf('day').minus({ days: 8 });
  const closures = (spec.customHolidays ?? []).map((d) => {
    const day = DateTime.fromISO(d, { zone: 'UTC' });
    return [resolve(zone, day), resolve(zone, day.plus({ days: 1 }))];
  });
  const out: [number, number][] = [];
  const removed: number[][] = [...closures];
  for (let k = 0; k < 16; k++) {
    const date = DateTime.fromObject({ year: firstDate.year, month: firstDate.month, day: firstDate.day }, { zone: 'UTC' }).plus({ days: k });
    for (const b of spec.breaks ?? []) {
      if (b.days.includes(DAYS[date.weekday - 1])) removed.push([resolve(zone, date.plus({ minutes: minutesOf(b.start) })), resolve(zone, date.plus({ minutes: minutesOf(b.end) }))]);
    }
    for (const w of spec.windows) {
      if (DAYS[date.weekday - 1] !== w.startDay) continue;
      const startWall = date.plus({ minutes: minutesOf(w.startTime) });
      let length = ((DAYS.indexOf(w.endDay) - DAYS.indexOf(w.startDay) + 7) % 7) * 1440 + minutesOf(w.endTime) - minutesOf(w.startTime);
      if (length <= 0) length += WEEK;
      const [s, e] = [resolve(zone, startWall), resolve(zone, startWall.plus({ minutes: length }))];
      if (e > s && e > from && s < to) out.push([s, e]);
    }
  }
  return out.flatMap(([s, e]) => {
    let pieces: [number, number][] = [[s, e]];
    for (const [cs, ce] of removed) pieces = pieces.flatMap(([ps, pe]) => [[ps, Math.min(pe, cs)], [Math.max(ps, ce), pe]] as [number, number][]).filter(([ps, pe]) => pe > ps);
    return pieces;
  });
}

const minutesOf = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3));

/** The instant of a wall time (given as a UTC DateTime holding the local fields) under the DST rule. */
function resolve(zone: string, wall: DateTime): number {
  const local = DateTime.fromObject({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute }, { zone });
  const exists = local.hour === wall.hour && local.minute === wall.minute && local.day === wall.day;
  if (exists) return Math.min(...local.getPossibleOffsets().map((d) => d.toMillis()));
  let t = local.toMillis();
  while (DateTime.fromMillis(t - MIN, { zone }).offset === local.offset) t -= MIN;
  return t;
}
