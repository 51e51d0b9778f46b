/**
 * Business-time arithmetic: "add N business minutes" on compiled calendars against a naive
 * implementation that steps minute by minute through the same calendar, on the same random inputs,
 * in the same run. Bar: at least 5,000,000 adds per second on one core. Also reports (without a
 * bar) "subtract N business minutes" on the same pairs.
 *
 *   node --import tsx bench/business-time.ts [--pairs 1048576] [--rounds 5] [--naive-seconds 3] [--seed 42]
 */
import { IANAZone } from 'luxon';
import { pathToFileURL } from 'node:url';
import Holidays from 'date-holidays';
import { compileCalendar, presetWindows, type CalendarSpec, type CompiledCalendar } from '../src/modules/calendars/index.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK_MINUTES = 7 * 1440;
const FROM = Date.UTC(2025, 0, 1);
const SPAN = 2 * 365 * DAY;

interface Setup {
  name: string;
  spec: CalendarSpec;
}

const SETUPS: Setup[] = [
  { name: 'Europe/London business hours + GB-ENG holidays', spec: { timeZone: 'Europe/London', windows: presetWindows('business-hours'), holidays: [{ country: 'GB', region: 'ENG' }] } },
  { name: 'America/New_York 24x5', spec: { timeZone: 'America/New_York', windows: presetWindows('24x5') } },
];

/** Deterministic inputs: minute-aligned starts over 2025–2026 and targets of 1 minute to 40 business hours. */
function inputs(count: number, seed: number): { from: Float64Array; minutes: Float64Array } {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const from = new Float64Array(count);
  const minutes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    from[i] = FROM + Math.floor(next() * (SPAN / MINUTE)) * MINUTE;
    minutes[i] = 1 + Math.floor(next() * 2400);
  }
  return { from, minutes };
}

/** Adds per second over `rounds` passes through the inputs (best pass), after one warm-up pass. */
function measureCompiled(calendar: CompiledCalendar, from: Float64Array, minutes: Float64Array, rounds: number): { rate: number; checksum: number } {
  let checksum = 0;
  let best = 0;
  for (let round = -1; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < from.length; i++) checksum += calendar.addBusinessMinutes(from[i], minutes[i]) ?? 0;
    const rate = from.length / ((performance.now() - started) / 1000);
    if (round >= 0) best = Math.max(best, rate);
  }
  return { rate: best, checksum };
}

/** Subtractions per second over the same pairs (best pass): how long before a due time a warning falls. */
function measureSubtract(calendar: CompiledCalendar, to: Float64Array, minutes: Float64Array, rounds: number): number {
  let checksum = 0;
  let best = 0;
  for (let round = -1; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < to.length; i++) checksum += calendar.subtractBusinessMinutes(to[i], minutes[i]) ?? 0;
    const rate = to.length / ((performance.now() - started) / 1000);
    if (round >= 0) best = Math.max(best, rate);
  }
  // Keeps the loop's work observable so it is not optimised away.
  if (checksum === 42) console.log('');
  return best;
}

/**
 * The naive way: for every minute, convert to local time with luxon, then test the weekly windows
 * and the holiday dates. Edges are tested in wall-clock time, which agrees with the compiled rule
 * whenever no edge falls in a daylight-saving gap or overlap (true of both calendars here).
 */
function naiveCalendar(spec: CalendarSpec): (from: number, minutes: number) => number {
  const zone = IANAZone.create(spec.timeZone);
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const toMinutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3));
  const spans = spec.windows.map((w) => {
    const start = days.indexOf(w.startDay) * 1440 + toMinutes(w.startTime);
    const end = days.indexOf(w.endDay) * 1440 + toMinutes(w.endTime);
    return [start, end <= start ? end + WEEK_MINUTES : end];
  });
  const closed = new Set<number>();
  for (const h of spec.holidays ?? []) {
    const set = h.region ? new Holidays(h.country, h.region) : new Holidays(h.country);
    for (const year of [2025, 2026, 2027]) {
      for (const d of set.getHolidays(year)) if (d.type === 'public') closed.add(Date.parse(`${d.date.slice(0, 10)}T00:00Z`) / DAY);
    }
  }
  const isOpen = (t: number) => {
    const wall = t + zone.offset(t) * MINUTE;
    const day = Math.floor(wall / DAY);
    if (closed.has(day)) return false;
    const weekMinute = (((day + 3) % 7) + 7) % 7 * 1440 + Math.floor((wall - day * DAY) / MINUTE);
    return spans.some(([s, e]) => (weekMinute >= s && weekMinute < e) || (weekMinute + WEEK_MINUTES >= s && weekMinute + WEEK_MINUTES < e));
  };
  return (from, minutes) => {
    let t = from;
    for (let left = minutes; left > 0; t += MINUTE) if (isOpen(t)) left--;
    return t;
  };
}

/** Naive adds per second over at least `seconds`, and how many answers agree with the compiled calendar. */
function measureNaive(spec: CalendarSpec, calendar: CompiledCalendar, from: Float64Array, minutes: Float64Array, seconds: number) {
  const add = naiveCalendar(spec);
  let done = 0;
  let agree = 0;
  let elapsed = 0;
  while (elapsed < seconds * 1000 && done < from.length) {
    const started = performance.now();
    const result = add(from[done], minutes[done]);
    elapsed += performance.now() - started;
    if (result === calendar.addBusinessMinutes(from[done], minutes[done])) agree++;
    done++;
  }
  return { rate: done / (elapsed / 1000), done, agree };
}

function flag(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? Number(argv[i + 1]) : fallback;
}

/** Runs the benchmark; true when every calendar meets the bar. */
export function runBusinessTime(argv: string[]): boolean {
  const pairs = flag(argv, 'pairs', 1 << 20);
  const rounds = flag(argv, 'rounds', 5);
  const naiveSeconds = flag(argv, 'naive-seconds', 3);
  const { from, minutes } = inputs(pairs, flag(argv, 'seed', 42));
  console.log(`business-time: ${pairs} random (start, 1–2400 min) pairs over 2025–2026, best of ${rounds} passes; naive for ${naiveSeconds} s`);
  let ok = true;
  for (const setup of SETUPS) {
    const calendar = compileCalendar(setup.spec);
    const compiled = measureCompiled(calendar, from, minutes, rounds);
    const naive = measureNaive(setup.spec, calendar, from, minutes, naiveSeconds);
    const subtract = measureSubtract(calendar, from, minutes, rounds);
    const met = compiled.rate >= 5_000_000;
    ok &&= met;
    console.log(`  ${setup.name}`);
    console.log(`    compiled: ${(compiled.rate / 1e6).toFixed(1)} M adds/s  (bar ≥ 5.0 M/s: ${met ? 'MET' : 'MISSED'}; checksum ${compiled.checksum})`);
    console.log(`    naive minute stepping: ${naive.rate.toFixed(0)} adds/s over ${naive.done} adds, ${naive.agree}/${naive.done} answers identical`);
    console.log(`    ratio compiled/naive = ${Math.round(compiled.rate / naive.rate).toLocaleString('en')}×`);
    console.log(`    subtract N business minutes (warnings before due; no bar): ${(subtract / 1e6).toFixed(1)} M/s`);
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(runBusinessTime(process.argv.slice(2)) ? 0 : 1);
}
