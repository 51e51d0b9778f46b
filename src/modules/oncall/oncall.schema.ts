/** TypeBox schemas of the on-call API (requests and responses); also the OpenAPI source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' });
const Day = Type.Union(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => Type.Literal(d)));
const Instant = Type.String({ format: 'date-time', description: 'ISO-8601 instant with an offset, e.g. 2026-03-08T09:00:00-04:00.' });

const Window = Type.Object(
  {
    startDay: Day,
    startTime: Type.String({ maxLength: 5, description: 'Local HH:MM.' }),
    endDay: Day,
    endTime: Type.String({ maxLength: 5, description: 'Local HH:MM, or 24:00 for the end of endDay.' }),
  },
  { additionalProperties: false, description: 'A weekly local window; it may cross midnight and wrap past Sunday (fri 18:00 → mon 08:00).' },
);

const Layer = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 120, description: 'A label; default "Layer n".' })),
    participants: Type.Array(Id, { maxItems: 100, description: 'Staff user ids in rotation order; participant #0 takes the first shift.' }),
    shiftLength: Type.Integer({ description: 'Whole units: hours dividing 24 (1–24), days (1–366) or weeks (1–52).' }),
    shiftUnit: Type.Union([Type.Literal('hours'), Type.Literal('days'), Type.Literal('weeks')]),
    handoffTime: Type.String({ maxLength: 5, description: 'Local HH:MM in the schedule’s zone; refused when it falls in a daylight-saving gap within ten years.' }),
    handoffDay: Type.Optional(Day),
    anchorDate: Type.String({ maxLength: 10, description: 'Local YYYY-MM-DD: participant #0 starts at the first hand-off on or after it (on handoffDay for weekly shifts).' }),
    restrictions: Type.Optional(Type.Array(Window, { maxItems: 50, description: 'When the layer applies; absent or empty means always.' })),
  },
  { additionalProperties: false },
);

const ScheduleFields = {
  name: Name,
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone.' }),
  layers: Type.Array(Layer, { maxItems: 10, description: 'Bottom first: a later layer overrides earlier ones where it is active.' }),
};
export const ScheduleBody = Type.Object(ScheduleFields, { additionalProperties: false });
export type ScheduleBody = Static<typeof ScheduleBody>;
export const SchedulePatch = Type.Partial(Type.Object(ScheduleFields), { additionalProperties: false, minProperties: 1 });
export type SchedulePatch = Static<typeof SchedulePatch>;

export const OverrideBody = Type.Object(
  {
    userId: Id,
    replacesUserId: Type.Optional(Nullable(Id)),
    startAt: Instant,
    endAt: Instant,
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, description: 'userId covers [startAt, endAt): for everyone, or only instead of replacesUserId. A swap is two overrides.' },
);
export type OverrideBody = Static<typeof OverrideBody>;

const SwapHalf = Type.Object(
  { userId: Id, startAt: Instant, endAt: Instant },
  { additionalProperties: false, description: 'A shift of this person: [startAt, endAt).' },
);
export const SwapBody = Type.Object(
  { first: SwapHalf, second: SwapHalf, reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false, description: 'The two people trade these shifts: two overrides, each replacing the person whose shift it was.' },
);
export type SwapBody = Static<typeof SwapBody>;

export const Override = Type.Object(
  {
    id: Type.String(),
    scheduleId: Type.String(),
    userId: Type.String(),
    userName: Type.String(),
    replacesUserId: Nullable(Type.String()),
    replacesUserName: Nullable(Type.String()),
    startAt: Type.String(),
    endAt: Type.String(),
    reason: Type.String(),
    createdBy: Type.String(),
    createdAt: Type.String(),
  },
  { $id: 'OncallOverride' },
);

export const Schedule = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    timeZone: Type.String(),
    layers: Type.Array(Layer),
    users: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'Everyone the layers name.' }),
    overrides: Type.Optional(Type.Array(Type.Ref('OncallOverride'), { description: 'Current and future overrides (single schedule only).' })),
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'OncallSchedule' },
);

export const OnCall = Type.Object(
  {
    userId: Type.String(),
    name: Type.String(),
    layer: Nullable(Type.Integer({ description: 'Index of the layer whose rotation put them on call.' })),
    layerName: Nullable(Type.String()),
    source: Type.Union([Type.Literal('rotation'), Type.Literal('override')]),
    overrideId: Nullable(Type.String()),
  },
  { $id: 'OncallPerson' },
);
const Person = Type.Ref('OncallPerson');

export const Handoff = Type.Object(
  { at: Type.String(), from: Nullable(Person), to: Nullable(Person) },
  { $id: 'OncallHandoff', description: 'The person on call changes at `at`; null means nobody.' },
);

export const OnCallResponse = Type.Object({ scheduleId: Type.String(), at: Type.String(), onCall: Type.Array(Person) });
export const ShiftsResponse = Type.Object({
  items: Type.Array(Type.Object({ start: Type.String(), end: Type.String(), userId: Type.String(), name: Type.String(), layer: Nullable(Type.Integer()), layerName: Nullable(Type.String()), source: Type.String(), overrideId: Nullable(Type.String()) })),
});
export const HandoffsResponse = Type.Object({ items: Type.Array(Type.Ref('OncallHandoff')) });
export const BoardResponse = Type.Object({
  at: Type.String(),
  items: Type.Array(
    Type.Object({ scheduleId: Type.String(), name: Type.String(), timeZone: Type.String(), onCall: Type.Array(Person), nextHandoff: Nullable(Type.Ref('OncallHandoff')) }),
  ),
});

export const AtQuery = Type.Object({ at: Type.Optional(Instant) }, { additionalProperties: false });
// Required, but checked after authorisation so a client learns nothing from a 400 about the route.
export const RangeQuery = Type.Object({ from: Type.Optional(Instant), to: Type.Optional(Instant) }, { additionalProperties: false, description: 'Both from and to are required.' });
export const CountQuery = Type.Object(
  { count: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 5, description: 'How many hand-offs (1–50).' })) },
  { additionalProperties: false },
);
export const OverrideParams = Type.Object({ id: Id, overrideId: Id }, { additionalProperties: false });
