import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { PriorityT, type Priority } from '../tickets/index.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' });
const Day = Type.Union(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => Type.Literal(d)));
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'Local time HH:MM (24:00 ends a day).' });
const Date = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Local date YYYY-MM-DD.' });

const Window = Type.Object({ startDay: Day, startTime: Time, endDay: Day, endTime: Time }, { additionalProperties: false });
const Break = Type.Object(
  { days: Type.Array(Day, { maxItems: 7, description: 'The weekdays it recurs on; at least one.' }), start: Time, end: Time },
  { additionalProperties: false, description: 'A weekly recurring break removed from covered time, within one day (e.g. lunch 12:00–13:00 Mon–Fri).' },
);
const Exception = Type.Object(
  { date: Date, closed: Type.Optional(Type.Boolean()), windows: Type.Optional(Type.Array(Type.Object({ start: Time, end: Time }, { additionalProperties: false }), { maxItems: 10 })) },
  { additionalProperties: false },
);
const CalendarFields = {
  name: Name,
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone.' }),
  preset: Type.Optional(Type.Union([Type.Literal('24x7'), Type.Literal('24x5'), Type.Literal('business-hours')], { description: 'Fills the weekly windows; give either a preset or windows.' })),
  windows: Type.Optional(Type.Array(Window, { maxItems: 50, description: 'Weekly windows; one may span days (fri 18:00 → sun 23:59).' })),
  holidays: Type.Optional(Type.Array(Type.Object({ country: Type.String({ minLength: 2, maxLength: 3 }), region: Type.Optional(Type.String({ minLength: 1, maxLength: 10 })) }, { additionalProperties: false }), { maxItems: 5 })),
  customHolidays: Type.Optional(Type.Array(Date, { maxItems: 366 })),
  exceptions: Type.Optional(Type.Array(Exception, { maxItems: 366 })),
  breaks: Type.Optional(Type.Array(Break, { maxItems: 20, description: 'Weekly breaks removed from the weekly hours (not from an exception’s own hours).' })),
};
export const CalendarBody = Type.Object(CalendarFields, { additionalProperties: false });
export type CalendarBody = Static<typeof CalendarBody>;
export const CalendarPatch = Type.Partial(Type.Object(CalendarFields), { additionalProperties: false, minProperties: 1 });
export type CalendarPatch = Static<typeof CalendarPatch>;
export const Calendar = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    timeZone: Type.String(),
    windows: Type.Array(Window),
    holidays: Type.Array(Type.Object({ country: Type.String(), region: Type.Optional(Type.String()) })),
    customHolidays: Type.Array(Type.String()),
    exceptions: Type.Array(Exception),
    breaks: Type.Array(Break),
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Calendar' },
);

const Minutes = Type.Integer({ minimum: 1, maximum: 525_600, description: 'Covered minutes (1 to one year).' });
const BusinessDayTime = Type.Union([Type.Literal('end_of_day'), Type.Literal('same_time')], {
  description: 'end_of_day: at the end of that business day; same_time: at the time of day the clock started.',
});
const BusinessDays = Type.Object(
  {
    // Bounds are checked by the policy rules, so a number out of range is named at this field.
    businessDays: Type.Integer({ description: 'Business days of the covering calendar after the one the clock starts on: 0 (end_of_day only: the same day) to 260.' }),
    dueAt: BusinessDayTime,
  },
  { additionalProperties: false, description: 'A target in business days: { businessDays: 1, dueAt: "end_of_day" } is "by the end of the next business day".' },
);
export const TargetValue = Type.Union([Minutes, BusinessDays], { description: 'Covered minutes, or business days.' });
const Target = Type.Object({ firstResponse: TargetValue, nextReply: Type.Optional(Nullable(TargetValue)), resolution: TargetValue }, { additionalProperties: false });
const WarningMinutes = Type.Integer({ minimum: 1, maximum: 525_600, description: 'Warn this many covered minutes before the due time, instead of at a share of the target.' });
const PolicyFields = {
  name: Name,
  // No schema default: a default would be filled in beside warningBeforeMinutes and clash with it.
  warningPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 99, description: 'Warn when this share of a target is used (75 when a policy is created without it). Giving it alone switches a policy back from warningBeforeMinutes.' })),
  warningBeforeMinutes: Type.Optional(Nullable(WarningMinutes)),
  // Spelled out for the static type; `satisfies` ties the keys to the tickets module's priorities.
  targets: Type.Object({ P1: Target, P2: Target, P3: Target, P4: Target } satisfies Record<Priority, typeof Target>, { additionalProperties: false }),
};
export const PolicyBody = Type.Object(PolicyFields, { additionalProperties: false });
export type PolicyBody = Static<typeof PolicyBody>;
export const PolicyPatch = Type.Partial(Type.Object(PolicyFields), { additionalProperties: false, minProperties: 1 });
export type PolicyPatch = Static<typeof PolicyPatch>;
export const Policy = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    warningPercent: Type.Integer(),
    warningBeforeMinutes: Nullable(Type.Integer({ description: 'When set, the warning falls this many covered minutes before due and warningPercent is not used.' })),
    targets: PolicyFields.targets,
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'SlaPolicy' },
);

const Rule = Type.Object(
  { calendarId: Id, priorities: Type.Optional(Type.Array(PriorityT, { maxItems: 4 })), siteIds: Type.Optional(Type.Array(Id, { maxItems: 100 })) },
  { additionalProperties: false },
);
const ContractFields = {
  organizationId: Id,
  name: Name,
  kind: Type.Union([Type.Literal('managed'), Type.Literal('block_hours'), Type.Literal('time_and_materials')]),
  slaPolicyId: Id,
  coverage: Type.Array(Rule, { minItems: 1, maxItems: 20, description: 'Ordered rules; the first that matches the ticket’s priority and site applies.' }),
  active: Type.Optional(Type.Boolean()),
  startsAt: Type.Optional(Type.String({ format: 'date-time', description: 'The contract covers tickets opened from this instant; left out when created: now. Tickets opened before it get no clocks from it.' })),
  endsAt: Type.Optional(Nullable(Type.String({ format: 'date-time', description: 'The contract covers tickets opened before this instant; null or left out: no end.' }))),
};
export const ContractBody = Type.Object(ContractFields, { additionalProperties: false });
export type ContractBody = Static<typeof ContractBody>;
const { organizationId: _o, ...patchable } = ContractFields;
export const ContractPatch = Type.Partial(Type.Object(patchable), { additionalProperties: false, minProperties: 1 });
export type ContractPatch = Static<typeof ContractPatch>;
export const Contract = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    slaPolicyId: Type.String(),
    coverage: Type.Array(Rule),
    active: Type.Boolean(),
    startsAt: Type.String({ format: 'date-time', description: 'Covers tickets opened from this instant...' }),
    endsAt: Nullable(Type.String({ format: 'date-time', description: '...and before this one (null: no end).' })),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Contract' },
);

/** How a business-day target was counted, in answers; null for a target in covered minutes. */
export const BusinessDaysAnswer = Nullable(
  Type.Object({
    businessDays: Type.Integer(),
    dueAt: BusinessDayTime,
    startDay: Type.String({ description: 'The business day the clock started on (or, opened outside covered hours, the next one), local to the calendar.' }),
    startedCovered: Type.Boolean({ description: 'Whether the clock started within covered hours; else counting started at countedFrom.' }),
    countedFrom: Type.String({ description: 'The covered instant counting started from.' }),
    dueDay: Type.String({ description: 'The business day the target falls on.' }),
    closedDays: Type.Array(Type.String(), { description: 'Dates between the two without covered time (the first ten).' }),
    targetDueAt: Type.String({ description: 'The due time the target gives before any pause or priority change.' }),
  }, { description: 'How a business-day target became a due time; targetMinutes holds its covered minutes from the clock’s start.' }),
);

export const TicketSla = Type.Object(
  {
    ticketId: Type.String(),
    contract: Type.Optional(Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'Staff only.' }))),
    policy: Type.Optional(Nullable(Type.Object({ id: Type.String(), name: Type.String(), warningPercent: Type.Integer(), warningBeforeMinutes: Nullable(Type.Integer()) }, { description: 'Staff only.' }))),
    explanation: Type.String(),
    clocks: Type.Array(
      Type.Object({
        clock: Type.Union([Type.Literal('first_response'), Type.Literal('next_reply'), Type.Literal('resolution')]),
        cycle: Type.Integer(),
        status: Type.Union([Type.Literal('running'), Type.Literal('paused'), Type.Literal('met'), Type.Literal('missed')]),
        breached: Type.Boolean(),
        priority: PriorityT,
        calendar: Type.Object({ id: Type.Optional(Type.String({ description: 'Staff only.' })), name: Type.Optional(Type.String({ description: 'Staff only.' })), timeZone: Type.String() }),
        targetMinutes: Type.Number(),
        businessDays: BusinessDaysAnswer,
        elapsedMinutes: Type.Number(),
        pausedMinutes: Type.Number(),
        startedAt: Type.String(),
        stoppedAt: Nullable(Type.String()),
        dueAt: Nullable(Type.String()),
        dueAtLocal: Nullable(Type.String()),
        warnAt: Type.Optional(Nullable(Type.String({ description: 'Staff only.' }))),
        explanation: Type.String(),
      }),
    ),
  },
  { $id: 'TicketSla', description: 'A client gets the clocks without the MSP’s set-up: no contract, policy or calendar names, no warning time.' },
);

/** A calendar being edited, not yet saved: the fields of a calendar, the name optional. */
export const CalendarDraft = Type.Object({ ...CalendarFields, name: Type.Optional(Name) }, { additionalProperties: false, description: 'An unsaved calendar, as it would be created.' });
export type CalendarDraft = Static<typeof CalendarDraft>;
/** The coverage rules of a contract, and the targets of a policy, for drafts being tried out. */
export const CoverageRules = ContractFields.coverage;
export const PolicyTargets = PolicyFields.targets;
