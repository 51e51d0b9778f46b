/** Schemas of the previews behind the set-up screens: a covered week, and "try it" on a policy. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { PriorityT } from '../tickets/index.js';
import { BusinessDaysAnswer, CalendarDraft, CoverageRules, PolicyTargets, TargetValue } from './sla.schema.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Week = Type.String({ format: 'date', description: 'Any day of the week to show; weeks start on Monday.' });

export const CalendarWeekBody = Type.Object(
  {
    week: Week,
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Show the week in this IANA zone (default: the calendar’s own).' })),
    calendarId: Type.Optional(Id),
    calendar: Type.Optional(CalendarDraft),
  },
  { additionalProperties: false, description: 'A saved calendar (calendarId) or a draft (calendar), not both.' },
);
export type CalendarWeekBody = Static<typeof CalendarWeekBody>;

export const ContractWeekBody = Type.Object(
  { organizationId: Id, coverage: CoverageRules, week: Week },
  { additionalProperties: false, description: 'A contract’s coverage rules, saved or not, shown in the client’s time zone.' },
);
export type ContractWeekBody = Static<typeof ContractWeekBody>;

const Segment = Type.Object({
  day: Type.Integer({ minimum: 0, maximum: 6, description: '0 is Monday.' }),
  start: Type.String(),
  end: Type.String(),
  startLocal: Type.String({ description: 'HH:MM in the week’s zone.' }),
  endLocal: Type.String({ description: 'HH:MM, or 24:00 at the end of the day.' }),
  from: Type.Number({ description: 'Where the segment starts, as a share (0–1) of its day’s real length.' }),
  to: Type.Number(),
});
const Note = Type.Object({
  date: Type.String({ description: 'Local date in the calendar’s zone.' }),
  kind: Type.Union([Type.Literal('holiday'), Type.Literal('closed_date'), Type.Literal('exception')]),
  text: Type.String(),
});
export const CoverageWeek = Type.Object(
  {
    timeZone: Type.String(),
    weekStart: Type.String(),
    days: Type.Array(Type.Object({ date: Type.String(), weekday: Type.String(), hours: Type.Number({ description: '23 or 25 on a daylight-saving change.' }) })),
    calendars: Type.Array(
      Type.Object({
        id: Nullable(Type.String({ description: 'Null for a draft.' })),
        name: Type.String(),
        timeZone: Type.String(),
        coveredMinutes: Type.Number(),
        segments: Type.Array(Segment),
        notes: Type.Array(Note),
      }),
    ),
    sites: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'The client’s active sites (contract previews).' }),
    lanes: Type.Array(
      Type.Object({
        siteId: Nullable(Type.String({ description: 'Null: a ticket without a site.' })),
        priority: PriorityT,
        calendar: Nullable(Type.Integer({ description: 'Index into calendars; null when no rule covers it (no clocks).' })),
        rule: Nullable(Type.Integer({ description: 'Index of the coverage rule that applies.' })),
      }),
      { description: 'Contract previews: which calendar covers a ticket of each priority at each site.' },
    ),
  },
  { $id: 'CoverageWeek' },
);
export type CoverageWeek = Static<typeof CoverageWeek>;

export const TrySlaBody = Type.Object(
  {
    priority: PriorityT,
    openedAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d$', description: 'Local date and time YYYY-MM-DDTHH:MM in the calendar’s zone.' }),
    calendarId: Type.Optional(Id),
    calendar: Type.Optional(CalendarDraft),
    policyId: Type.Optional(Id),
    targets: Type.Optional(PolicyTargets),
    warningPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 99 })),
    warningBeforeMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 525_600, description: 'Warn this many covered minutes before due (drafts), instead of warningPercent.' }))),
  },
  { additionalProperties: false, description: 'A calendar (calendarId or a draft calendar) and a policy (policyId or draft targets).' },
);
export type TrySlaBody = Static<typeof TrySlaBody>;

const Span = Type.Object({ start: Type.String(), end: Type.String(), startLocal: Type.String(), endLocal: Type.String(), minutes: Type.Number() });
export const SlaTry = Type.Object(
  {
    priority: PriorityT,
    openedAt: Type.String(),
    openedAtLocal: Type.String(),
    calendar: Type.Object({ id: Nullable(Type.String()), name: Type.String(), timeZone: Type.String() }),
    openWhenOpened: Type.Boolean({ description: 'Whether the calendar was open at that moment.' }),
    clockStartsAt: Nullable(Type.String({ description: 'The first covered instant from then on; null if the calendar never opens.' })),
    clockStartsAtLocal: Nullable(Type.String()),
    summary: Type.String(),
    clocks: Type.Array(
      Type.Object({
        clock: Type.Union([Type.Literal('first_response'), Type.Literal('resolution')]),
        targetMinutes: Type.Number(),
        businessDays: BusinessDaysAnswer,
        dueAt: Nullable(Type.String()),
        dueAtLocal: Nullable(Type.String()),
        warnAt: Nullable(Type.String()),
        explanation: Type.String(),
        counted: Type.Array(Span, { description: 'The covered spans the target is counted in, in order (at most 14).' }),
        moreSpans: Type.Integer({ description: 'Further spans not listed.' }),
      }),
    ),
    nextReply: Type.Union([TargetValue, Type.Null()], { description: 'The target for each later answer to a client reply, if the policy sets one.' }),
    nextReplyMinutes: Nullable(Type.Number({ description: 'That target when it is in covered minutes (null for business days or none).' })),
  },
  { $id: 'SlaTry' },
);
export type SlaTry = Static<typeof SlaTry>;

export const HolidayCountries = Type.Object(
  {
    items: Type.Array(
      Type.Object({ code: Type.String(), name: Type.String(), regions: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })) }),
    ),
  },
  { $id: 'HolidayCountries' },
);
