/** TypeBox schemas of billing: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { ROUNDING_MODES } from './rounding.js';
import { BILLING_KINDS, FLAT_FEE_BASES, LOCATIONS, ROLLOVER_RULES } from './terms.js';
import { CLASSIFICATIONS } from './time-entry.js';
import { STAFF_ROLES } from '../auth/index.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const oneOf = <T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>(Type.Union(values.map((v) => Type.Literal(v)), { description }));
const Minor = (description: string) => Type.Integer({ minimum: 0, maximum: 100_000_000, description: `${description} In minor units (cents) of the client's currency.` });
const Minutes = (description: string, max = 100_000) => Type.Integer({ minimum: 0, maximum: max, description });
const WorkTypeKey = Type.String({ pattern: '^[a-z][a-z0-9_-]{0,39}$', description: 'A work type’s key, e.g. `support` or `project`.' });

const KindT = oneOf(BILLING_KINDS, '`managed`: a flat fee covers in-scope work in covered hours. `block_hours`: prepaid minutes per month cover in-scope work. `time_and_materials`: every minute is billed.');
const LocationT = oneOf(LOCATIONS, '`on_site` at a client site, `remote` support, or `home`: for a person working from home.');
const ClassificationT = oneOf(CLASSIFICATIONS, '`billable` (chargeable), `covered` by the contract, `non_billable`, or `goodwill`: chargeable work waived, with its reason.');

const FlatFeeT = Type.Object({ basis: oneOf(FLAT_FEE_BASES, 'Per user, per device, or a fixed amount per month.'), amountMinor: Minor('The fee per user, per device or per month.') }, { additionalProperties: false });
const BlockT = Type.Object(
  {
    minutesPerMonth: Minutes('Prepaid minutes each month.'),
    rollover: oneOf(ROLLOVER_RULES, 'What unused minutes do at the month’s end: lapse (`none`), carry over whole (`next_period`), or up to `rolloverCapMinutes` (`capped`).'),
    rolloverCapMinutes: Type.Optional(Nullable(Minutes('For `capped`: the most minutes carried over.'))),
    lowBalanceMinutes: Type.Optional(Nullable(Minutes('The balance at or under which the block counts as running low: the account manager is told once.'))),
    priceMinor: Type.Optional(Nullable(Minor('What a month’s block costs the client; null or left out: its minutes at the default rate.'))),
  },
  { additionalProperties: false },
);
const WorkTypeT = Type.Object(
  { key: WorkTypeKey, name: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }), rateMinor: Minor('Hourly rate of this kind of work.') },
  { additionalProperties: false },
);
const RoleRateT = Type.Object(
  {
    role: oneOf(STAFF_ROLES, 'The staff role whose work this rate prices.'),
    workType: Type.Optional(Nullable(WorkTypeKey)),
    rateMinor: Minor('Hourly rate of this role’s work (of the work type, or of any work when null).'),
  },
  { additionalProperties: false },
);
const ScopeT = Type.Object(
  {
    siteIds: Type.Optional(Nullable(Type.Array(Id, { maxItems: 500, description: 'The client’s sites covered; null or left out: every site.' }))),
    workTypes: Type.Optional(Nullable(Type.Array(WorkTypeKey, { maxItems: 50, description: 'The work types covered (keys of `workTypes`); null or left out: every kind of work.' }))),
    remote: Type.Boolean({ description: 'Remote support is in scope.' }),
    homeWorkers: Type.Boolean({ description: 'Support of people working from home is in scope; false: the contract covers premises only.' }),
  },
  { additionalProperties: false },
);

const termsFields = {
  kind: KindT,
  flatFee: Type.Optional(Nullable(FlatFeeT)),
  block: Type.Optional(Nullable(BlockT)),
  defaultRateMinor: Minor('Hourly rate of work whose type has no rate of its own.'),
  workTypes: Type.Array(WorkTypeT, { maxItems: 50 }),
  roleRates: Type.Optional(Type.Array(RoleRateT, { maxItems: 100, description: 'Rates per staff role, over the work type’s rate: the role’s rate for the work type, else for any work, else the work type’s, else the default.' })),
  approvalRequired: Type.Optional(Type.Boolean({ default: false, description: 'Chargeable work needs the client’s approval (from the portal) before time is logged on it.' })),
  afterHoursPercent: Type.Optional(Type.Integer({ minimum: 100, maximum: 500, default: 100, description: 'Work started outside the contract’s coverage calendar bills at this percentage of the rate (150: 1.5×).' })),
  minimumMinutes: Type.Optional(Minutes('Work shorter than this bills this many minutes.', 1440)),
  incrementMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240, default: 1, description: 'Billed time is a whole number of these minutes.' })),
  rounding: Type.Optional(oneOf(ROUNDING_MODES, '`up`: any part of an increment bills a whole one; `nearest`: half an increment or more does.')),
  scope: ScopeT,
};

/** A contract's billing terms as set (owner, admin). */
export const TermsBody = Type.Object(
  { ...termsFields, version: Type.Optional(Type.Integer({ minimum: 0, description: 'The version the change was made on (0: none yet); when the terms changed since, 409 version_conflict.' })) },
  { additionalProperties: false },
);
export type TermsBody = Static<typeof TermsBody>;

const BlockMonthT = Type.Object({ month: Type.String(), carriedIn: Type.Integer(), allowance: Type.Integer(), used: Type.Integer(), balance: Type.Integer(), overage: Type.Integer(), low: Type.Boolean() });

/** A contract's billing terms, with the block's months when it has one. */
export const BillingTerms = Type.Object(
  {
    contractId: Type.String(),
    organizationId: Type.String(),
    currency: Type.String({ description: 'ISO 4217 code; every amount is in its minor units.' }),
    kind: KindT,
    flatFee: Nullable(FlatFeeT),
    block: Nullable(Type.Object({ minutesPerMonth: Type.Integer(), rollover: oneOf(ROLLOVER_RULES, 'Rollover rule.'), rolloverCapMinutes: Nullable(Type.Integer()), lowBalanceMinutes: Nullable(Type.Integer()), priceMinor: Nullable(Type.Integer()) })),
    defaultRateMinor: Type.Integer(),
    workTypes: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), rateMinor: Type.Integer() })),
    roleRates: Type.Array(Type.Object({ role: Type.String(), workType: Nullable(Type.String()), rateMinor: Type.Integer() })),
    approvalRequired: Type.Boolean(),
    afterHoursPercent: Type.Integer(),
    minimumMinutes: Type.Integer(),
    incrementMinutes: Type.Integer(),
    rounding: oneOf(ROUNDING_MODES, 'Rounding mode.'),
    scope: Type.Object({ siteIds: Nullable(Type.Array(Type.String())), workTypes: Nullable(Type.Array(Type.String())), remote: Type.Boolean(), homeWorkers: Type.Boolean() }),
    version: Type.Integer(),
    updatedAt: Instant,
    blockMonths: Type.Array(BlockMonthT, { description: 'Block hours: the months from the first time drawn to this one, in the client’s time zone.' }),
  },
  { $id: 'BillingTerms' },
);

/** A client's billing currency. */
export const AccountBody = Type.Object({ currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. USD, EUR, GBP.' }) }, { additionalProperties: false });
export const BillingAccount = Type.Object({ organizationId: Type.String(), currency: Type.String(), own: Type.Boolean({ description: 'False: the configured default currency.' }) }, { $id: 'BillingAccount' });

/** A time entry. */
export const TimeEntry = Type.Object(
  {
    id: Type.String(),
    ticketId: Type.String(),
    organizationId: Type.String(),
    contractId: Nullable(Type.String()),
    userId: Type.String(),
    userName: Type.String(),
    startedAt: Instant,
    minutes: Type.Integer({ description: 'Minutes worked.' }),
    billedMinutes: Type.Integer({ description: 'Minutes billed under the contract’s minimum and increment.' }),
    workType: Type.String(),
    location: LocationT,
    note: Type.String(),
    classification: ClassificationT,
    coverage: oneOf(['covered', 'chargeable'] as const, 'What the contract’s scope decided when the time was logged.'),
    reason: Type.String({ description: 'Why, in words: “home worker; contract covers premises only”.' }),
    afterHours: Type.Boolean(),
    rateMinor: Type.Integer({ description: 'Hourly rate, before the after-hours multiplier.' }),
    multiplierPercent: Type.Integer(),
    valueMinor: Type.Integer({ description: 'What the billed minutes cost at the rate and multiplier — for covered and waived time too.' }),
    currency: Type.String(),
    waiveReason: Nullable(Type.String()),
    waivedBy: Nullable(Type.String()),
    waivedAt: Nullable(Instant),
    invoiceId: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Instant,
  },
  { $id: 'TimeEntry' },
);

const TimerT = Type.Object({ ticketId: Type.String(), startedAt: Instant, workType: Type.String(), location: LocationT }, { $id: 'RunningTimer' });
export const RunningTimer = TimerT;

/** A ticket's time: its entries, the caller's running timer (on any ticket), the work types and what new time would be. */
export const TicketTime = Type.Object(
  {
    items: Type.Array(Type.Ref('TimeEntry')),
    timer: Nullable(Type.Ref('RunningTimer')),
    workTypes: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
    outlook: Type.Object({ coverage: oneOf(['covered', 'chargeable'] as const, 'Covered or chargeable.'), reason: Type.String() }, { description: 'What remote work on the ticket now, of the first work type, would be.' }),
  },
  { $id: 'TicketTime' },
);

/** A manual time entry. */
export const ManualEntryBody = Type.Object(
  {
    startedAt: Instant,
    minutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'Minutes worked, at most a day per entry.' }),
    workType: WorkTypeKey,
    location: Type.Optional(LocationT),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    userId: Type.Optional({ ...Id, description: 'Who did the work; left out: you. Someone else’s time: owner, admin or service manager.' }),
  },
  { additionalProperties: false },
);
export type ManualEntryBody = Static<typeof ManualEntryBody>;

export const TimerStartBody = Type.Object({ workType: WorkTypeKey, location: Type.Optional(LocationT) }, { additionalProperties: false });
export type TimerStartBody = Static<typeof TimerStartBody>;
export const TimerStopBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });

/** A change of one entry's classification. */
export const ReclassifyBody = Type.Object(
  {
    classification: ClassificationT,
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Required for `goodwill`: why the time is waived.' })),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type ReclassifyBody = Static<typeof ReclassifyBody>;

/** A bulk waive: the entries by id, the chargeable time on tickets, or on an incident's child tickets. */
export const WaiveBody = Type.Object(
  {
    entryIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500 })),
    ticketIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 500, description: 'Waive every billable, uninvoiced entry on these tickets.' })),
    incidentId: Type.Optional({ ...Id, description: 'Waive every billable, uninvoiced entry on the incident’s child tickets.' }),
    campaignId: Type.Optional({ ...Id, description: 'Waive every billable, uninvoiced entry on the tickets of the rollout campaign’s people.' }),
    reason: Type.String({ maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type WaiveBody = Static<typeof WaiveBody>;
export const WaiveResult = Type.Object({ waived: Type.Integer(), items: Type.Array(Type.Ref('TimeEntry')) }, { $id: 'WaiveResult' });

/** The goodwill ledger's period. */
export const GoodwillQuery = Type.Object(
  { from: Type.Optional(Type.String({ format: 'date', description: 'First day, in the client’s time zone.' })), to: Type.Optional(Type.String({ format: 'date', description: 'Last day, inclusive.' })) },
  { additionalProperties: false },
);

/** A client's goodwill: time waived, by month and reason, with its value at the contract's rate. */
export const GoodwillLedger = Type.Object(
  {
    organizationId: Type.String(),
    timeZone: Type.String(),
    lines: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM in the client’s time zone.' }), reason: Type.String(), currency: Type.String(), entries: Type.Integer(), minutes: Type.Integer(), valueMinor: Type.Integer() })),
    totals: Type.Array(Type.Object({ currency: Type.String(), minutes: Type.Integer(), valueMinor: Type.Integer() })),
  },
  { $id: 'GoodwillLedger' },
);
