/** TypeBox schemas of the verify-by-phone workflow: flags, call-backs, warnings, thresholds. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../platform/http/common.js';
import { NUMBER_SOURCES, OUTCOMES } from './verification.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({ format: 'date-time' });
const lits = <T extends readonly string[]>(values: T, description: string) => Type.Union(values.map((v) => Type.Literal(v)), { description });

export const OutcomeT = lits(OUTCOMES, 'verified: the purported sender confirmed the request; fraud: they did not send it; not_reachable: nobody could be reached on the number.');
const PHONE_PATTERN = '^\\+?[0-9 ()\\-./]{3,32}(\\s*(;ext=|[Ee][Xx][Tt](\\.|[Ee][Nn][Ss][Ii][Oo][Nn])?:?|[Xx]|#|,)\\s*[0-9]{1,10})?$';

const Reason = Type.Object({
  code: Type.String({ description: 'Stable code: the scorer’s (docs/fraud.md), or raised_by_staff.' }),
  detail: Type.String({ description: 'What was seen and why it matters, for the technician.' }),
  weight: Type.Integer({ description: 'Points it adds to the score (0 for a flag raised by hand).' }),
  domain: Type.Optional(Type.String({ description: 'On look-alike reasons: the domain remembered for every client once the fraud is confirmed.' })),
});

const Sender = Type.Object(
  { address: Nullable(Type.String()), name: Nullable(Type.String()) },
  { description: 'Who the message (or the caller) claimed to be.' },
);

const PhoneOnFile = Type.Object({ number: Type.String({ description: 'E.164.' }), extension: Type.String(), label: Type.String() });

const CallBack = Type.Object(
  {
    people: Type.Array(
      Type.Object({
        contactId: Type.String(),
        name: Type.String(),
        title: Type.String(),
        organizationId: Type.String(),
        organizationName: Type.String(),
        matchedBy: Type.Union([Type.Literal('address'), Type.Literal('name')], { description: 'address: their address on file is the sender’s; name: the message carries their name.' }),
        phones: Type.Array(PhoneOnFile),
      }),
    ),
    mainNumber: Nullable(Type.Object({ organizationId: Type.String(), organizationName: Type.String(), number: Type.String(), extension: Type.String() }, { description: 'The client’s main number.' })),
    advice: Type.String({ description: 'What to do, in words: whom to call, or — with no number on file — to find one independently, never from the message.' }),
  },
  { description: 'Who to call back, from the directory only (never from the message), read when asked.' },
);

const Call = Type.Object({
  outcome: OutcomeT,
  calledBy: Type.String({ description: 'The staff member who called.' }),
  calledAt: Instant,
  number: Type.String({ description: 'The number called, E.164.' }),
  numberSource: lits(NUMBER_SOURCES, 'on_file: a number in the directory; found_elsewhere: typed by the technician, with whereFound.'),
  whereFound: Nullable(Type.String()),
  note: Type.String(),
  recordedAt: Instant,
});

export const FraudWarning = Type.Object(
  {
    id: Type.String(),
    organizationId: Type.String(),
    text: Type.String({ description: 'The banner the client’s users read in the portal.' }),
    active: Type.Boolean(),
    createdAt: Instant,
    updatedAt: Instant,
    endedAt: Nullable(Instant),
    flagId: Type.Optional(Type.String({ description: 'Staff only.' })),
    ticketId: Type.Optional(Type.String({ description: 'Staff only.' })),
    createdBy: Type.Optional(Type.String({ description: 'Staff only.' })),
  },
  { $id: 'FraudWarning' },
);

export const FraudFlag = Type.Object(
  {
    id: Type.String(),
    ticketId: Type.String(),
    organizationId: Type.String(),
    source: Type.Union([Type.Literal('message'), Type.Literal('staff')], { description: 'message: an inbound message scored at or above the client’s threshold; staff: raised by hand.' }),
    messageId: Nullable(Type.String()),
    score: Nullable(Type.Integer({ description: '0–100; null when raised by hand.' })),
    threshold: Nullable(Type.Integer({ description: 'The client’s threshold when the message was scored.' })),
    reasons: Type.Array(Reason, { description: 'Why, strongest first.' }),
    purportedSender: Sender,
    raisedBy: Nullable(Type.String()),
    raisedAt: Instant,
    status: Type.Union([Type.Literal('awaiting_call'), ...OUTCOMES.map((o) => Type.Literal(o))], { description: 'awaiting_call until the call-back is logged; then its outcome.' }),
    call: Nullable(Call),
    callBack: CallBack,
    warnings: Type.Array(Type.Ref('FraudWarning')),
    suggestedWarning: Type.String({ description: 'A first wording for the warning to the client’s users, after what the message asked for, for staff to edit.' }),
  },
  { $id: 'FraudFlag' },
);

export const TicketVerification = Type.Object(
  {
    ticketId: Type.String(),
    required: Type.Boolean({ description: 'Whether a call-back is still to be logged: the ticket cannot be resolved, closed or merged away meanwhile.' }),
    block: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
    flags: Type.Array(Type.Ref('FraudFlag'), { description: 'Oldest first.' }),
  },
  { $id: 'TicketVerification' },
);

export const RaiseFlagBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: 'What happened, e.g. “Caller asked to change the bank account for supplier payments”.' }),
    purportedSender: Type.Optional(
      Type.Object(
        { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })), address: Type.Optional(Type.String({ format: 'email', maxLength: 254 })) },
        { additionalProperties: false, minProperties: 1, description: 'Who the request claimed to come from; left out, the ticket’s contact.' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RaiseFlagBody = Static<typeof RaiseFlagBody>;

export const RecordCallBody = Type.Object(
  {
    outcome: OutcomeT,
    number: Type.String({ pattern: PHONE_PATTERN, description: 'The number called. A number on file (the directory’s), or one the technician found elsewhere — then whereFound says where. A number given in the ticket’s messages is refused.' }),
    whereFound: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'Where a number not on file was found (the client’s website, a signed contract …).' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    calledAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the call took place; left out, now. Not before the flag, not in the future.' })),
  },
  { additionalProperties: false },
);
export type RecordCallBody = Static<typeof RecordCallBody>;

export const FlagParams = Type.Object({ id: Id, flagId: Id }, { additionalProperties: false });

export const PublishWarningBody = Type.Object(
  { flagId: Id, text: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'The banner’s words, e.g. “A message pretending to be from … asked to change bank details; do not act on it.”' }) },
  { additionalProperties: false },
);

export const ChangeWarningBody = Type.Object(
  { text: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' })), active: Type.Optional(Type.Boolean({ description: 'false ends the warning: its banner goes.' })) },
  { additionalProperties: false, minProperties: 1 },
);

export const WarningListQuery = Type.Object(
  {
    ...PageQuery,
    organizationId: Type.Optional(Id),
    active: Type.Optional(Type.Boolean({ description: 'Staff: true for running warnings only. Client users always get their own organisation’s running warnings.' })),
  },
  { additionalProperties: false },
);

export const FraudSettings = Type.Object(
  {
    organizationId: Type.String(),
    threshold: Type.Integer({ description: 'Messages scoring at or above it are flagged verify-by-phone.' }),
    defaultThreshold: Type.Integer(),
    isDefault: Type.Boolean(),
    updatedBy: Nullable(Type.String()),
    updatedAt: Nullable(Instant),
  },
  { $id: 'FraudSettings' },
);

export const FraudSettingsBody = Type.Object(
  { threshold: Nullable(Type.Integer({ minimum: 1, maximum: 100, description: '1–100; null returns the client to the default.' })) },
  { additionalProperties: false },
);
