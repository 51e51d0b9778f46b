import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { PriorityT, type Priority } from '../tickets/index.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' });
const Day = Type.Union(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => Type.Literal(d)));
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'Local time HH:MM (24:00 ends a day).' });
const Date = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Local date YYYY-MM-DD.' });

const Window = Type.Object({ startDay: Day, startTime: Time, endDay: Day, endTime: Time }, { additionalProperties: false });
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
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Calendar' },
);

const Minutes = Type.Integer({ minimum: 1, maximum: 525_600, description: 'Covered minutes (1 to one year).' });
const Target = Type.Object({ firstResponse: Minutes, nextReply: Type.Optional(Nullable(Minutes)), resolution: Minutes }, { additionalProperties: false });
const PolicyFields = {
  name: Name,
  warningPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 99, default: 75, description: 'Warn when this share of a target is used.' })),
  // Spelled out for the static type; `satisfies` ties the keys to the tickets module's priorities.
  targets: Type.Object({ P1: Target, P2: Target, P3: Target, P4: Target } satisfies Record<Priority, typeof Target>, { additionalProperties: false }),
};
export const PolicyBody = Type.Object(PolicyFields, { additionalProperties: false });
export type PolicyBody = Static<typeof PolicyBody>;
export const PolicyPatch = Type.Partial(Type.Object(PolicyFields), { additionalProperties: false, minProperties: 1 });
export type PolicyPatch = Static<typeof PolicyPatch>;
export const Policy = Type.Object(
  { id: Type.String(), name: Type.String(), warningPercent: Type.Integer(), targets: PolicyFields.targets, createdAt: Type.String(), updatedAt: Type.String() },
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

export const TicketSla = Type.Object(
  {
    ticketId: Type.String(),
    contract: Type.Optional(Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'Staff only.' }))),
    policy: Type.Optional(Nullable(Type.Object({ id: Type.String(), name: Type.String(), warningPercent: Type.Integer() }, { description: 'Staff only.' }))),
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
