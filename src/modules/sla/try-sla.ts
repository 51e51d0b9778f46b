/**
 * "Try it": when a ticket of a priority opened at a local time would be due, for a calendar and a
 * policy that may still be drafts. Answered by the clocks' own code — computeClocks over a history
 * of one creation event, explained by explainClock — so the answer is what a real ticket would get.
 */
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { wallDate, zoneOffsets } from '../../platform/time-zones.js';
import type { CalendarCache } from './calendar-cache.js';
import { sourceCalendar } from './calendar-source.js';
import { computeClocks, type ClockPolicy } from './clock.js';
import { explainClock, goalWords, localTime } from './explain.js';
import { formatMinutes } from './minutes.js';
import { checkTargets, nextWarning } from './policy-rules.js';
import { presentBusinessDays } from './present-business-days.js';
import type { SlaTry, TrySlaBody } from './preview.schema.js';
import { findPolicy } from './sla.repository.js';
import type { Priority } from '../tickets/index.js';

/** The covered spans listed per clock; the rest are counted as `moreSpans`. */
const LISTED_SPANS = 14;
const NAMES = { first_response: 'a first response', resolution: 'resolution' } as const;
const ORDER = ['first_response', 'resolution'];

export async function trySla(deps: { db: Db; calendars: CalendarCache }, body: TrySlaBody): Promise<SlaTry> {
  const policy = await policyOf(deps.db, body);
  const source = await sourceCalendar(deps, body);
  const zone = source.timeZone;
  // The pattern fixed the shape; a date like 2026-02-30 does not survive the round trip.
  const wallMs = Date.parse(`${body.openedAt}:00Z`);
  if (!Number.isFinite(wallMs) || wallDate(wallMs) !== body.openedAt.slice(0, 10)) {
    throw new AppError('invalid_date', `${body.openedAt} is not a real date and time`, { status: 422, field: '/openedAt' });
  }
  const at = zoneOffsets(zone).toUtc(wallMs);
  const priority = body.priority as Priority;
  const covering = { id: source.id ?? 'draft', name: source.name, calendar: source.calendar };
  const clocks = computeClocks([{ at, kind: 'created', priority, status: 'new', respondedAtCreation: false }], policy, () => covering).filter(
    (c): c is typeof c & { clock: 'first_response' | 'resolution' } => c.clock !== 'next_reply',
  ).sort((x, y) => ORDER.indexOf(x.clock) - ORDER.indexOf(y.clock));
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const starts = source.calendar.nextOpening(at);
  const open = source.calendar.isOpenAt(at);
  const answers = clocks.map((c) => {
    const spans = c.dueAt === null ? [] : source.calendar.intervalsBetween(at, c.dueAt);
    return {
      clock: c.clock,
      targetMinutes: c.targetMinutes,
      businessDays: presentBusinessDays(c.businessDays),
      dueAt: iso(c.dueAt),
      dueAtLocal: c.dueAt === null ? null : localTime(c.dueAt, zone),
      warnAt: iso(c.warnAt),
      explanation: explainClock(c, zone, at),
      counted: spans.slice(0, LISTED_SPANS).map(([s, e]) => ({ start: iso(s)!, end: iso(e)!, startLocal: localTime(s, zone), endLocal: localTime(e, zone), minutes: Math.round((e - s) / 600) / 100 })),
      moreSpans: Math.max(0, spans.length - LISTED_SPANS),
    };
  });
  const opened = localTime(at, zone);
  const when = open ? '' : starts === null ? ' (the calendar never opens again)' : ` (outside covered hours: the clock starts ${localTime(starts, zone)})`;
  const dues = answers.map((a) => {
    const how = a.businessDays ? `${goalWords(a.businessDays)}, ${formatMinutes(a.targetMinutes)} of covered time` : `${formatMinutes(a.targetMinutes)} of covered time`;
    return `${a.dueAtLocal === null ? `never due for ${NAMES[a.clock]}` : `due for ${NAMES[a.clock]} by ${a.dueAtLocal}`} (${how})`;
  });
  const nextReply = policy.targets[priority]?.nextReply ?? null;
  return {
    priority: body.priority,
    openedAt: iso(at)!,
    openedAtLocal: opened,
    calendar: { id: source.id, name: source.name, timeZone: zone },
    openWhenOpened: open,
    clockStartsAt: iso(starts),
    clockStartsAtLocal: starts === null ? null : localTime(starts, zone),
    summary: `A ${body.priority} opened ${opened}${when} is ${dues.join(' and ')}.`,
    clocks: answers,
    nextReply,
    nextReplyMinutes: typeof nextReply === 'number' ? nextReply : null,
  };
}

async function policyOf(db: Db, body: TrySlaBody): Promise<ClockPolicy> {
  if ((body.policyId === undefined) === (body.targets === undefined)) {
    throw new AppError('policy_required', 'Give either policyId (a saved policy) or targets (a draft), not both', { status: 422, field: '/policyId' });
  }
  if (body.targets) {
    checkTargets(body.targets);
    return { targets: body.targets, ...nextWarning(body) };
  }
  const saved = await findPolicy(db, body.policyId!);
  if (!saved) throw notFound('SLA policy', '/policyId');
  return saved;
}
