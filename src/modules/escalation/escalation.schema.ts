import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { PriorityT } from '../tickets/index.js';

const Id = Type.String({ minLength: 1, maxLength: 100 });
const Target = Type.Union([
  Type.Object({ type: Type.Literal('user'), userId: Id }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('role'), role: Type.Union(['assignee', 'team_lead', 'service_manager', 'owner', 'account_manager'].map((r) => Type.Literal(r))) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('schedule'), scheduleId: Id }, { additionalProperties: false }),
]);
const Step = Type.Object(
  {
    delayMinutes: Type.Integer({ minimum: 0, maximum: 10_080 }),
    delayKind: Type.Optional(Type.Union([Type.Literal('wall'), Type.Literal('business')], { default: 'business' })),
    from: Type.Optional(Type.Union([Type.Literal('trigger'), Type.Literal('previous')], { default: 'trigger' })),
    targets: Type.Array(Target, { minItems: 1, maxItems: 10 }),
    requiresAck: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
const Fields = {
  name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
  match: Type.Object(
    {
      trigger: Type.Union([Type.Literal('created'), Type.Literal('sla.warning'), Type.Literal('sla.breached')], { description: 'created: as soon as a matching ticket is open.' }),
      priorities: Type.Optional(Type.Array(PriorityT, { maxItems: 4 })),
      businessCritical: Type.Optional(Type.Boolean()),
      contractIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
    },
    { additionalProperties: false },
  ),
  steps: Type.Array(Step, { maxItems: 20 }),
  repeat: Type.Optional(Type.Object({ times: Nullable(Type.Integer({ minimum: 0, maximum: 100 })), fromStep: Type.Integer({ minimum: 1 }) }, { additionalProperties: false })),
  active: Type.Optional(Type.Boolean()),
};
export const PolicyBody = Type.Object(Fields, { additionalProperties: false });
export type PolicyBody = Static<typeof PolicyBody>;
export const PolicyPatch = Type.Partial(Type.Object(Fields), { additionalProperties: false, minProperties: 1 });
export type PolicyPatch = Static<typeof PolicyPatch>;
/** A step as stored and answered: the defaults of the body filled in. */
const StoredStep = Type.Object({
  delayMinutes: Type.Integer(),
  delayKind: Type.Union([Type.Literal('wall'), Type.Literal('business')]),
  from: Type.Union([Type.Literal('trigger'), Type.Literal('previous')]),
  targets: Type.Array(Target),
  requiresAck: Type.Boolean(),
});
const StoredRepeat = Type.Object({ times: Nullable(Type.Integer({ description: 'Extra rounds after the first; null repeats until acknowledged or resolved.' })), fromStep: Type.Integer() });
export const Policy = Type.Object(
  {
    id: Type.String(), name: Type.String(), match: Fields.match, steps: Type.Array(StoredStep), repeat: StoredRepeat, active: Type.Boolean(), version: Type.Integer(), createdAt: Type.String(), updatedAt: Type.String(),
    runningLadders: Type.Integer({ description: 'Tickets climbing this policy now; they keep the version they started with whatever changes.' }),
  },
  { $id: 'EscalationPolicy' },
);

/** POST /escalation-policies/preview: the steps being built, and optionally a ticket to resolve them for. */
export const PreviewBody = Type.Object(
  {
    steps: Type.Array(Step, { minItems: 1, maxItems: 20 }),
    ticket: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'A ticket id or number (SB-1042): resolves its assignee, team lead and account manager, and times the steps in its covered hours.' })),
  },
  { additionalProperties: false },
);
export type PreviewBody = Static<typeof PreviewBody>;

const PreviewPerson = Type.Object({
  id: Type.String(),
  name: Type.String(),
  methods: Type.Array(Type.Object({ method: Type.String(), delayMinutes: Type.Integer() }), { description: 'How the person is reached, in order of delay (addresses are not shown).' }),
  emailFallback: Type.Boolean({ description: 'The person has no contact methods: the page goes to their account email.' }),
});

/** Who each step would page now. */
export const PolicyPreview = Type.Object(
  {
    at: Type.String({ format: 'date-time' }),
    ticket: Nullable(Type.Object({ id: Type.String(), number: Type.Integer() })),
    deferredUntil: Nullable(Type.String({ format: 'date-time', description: 'The ticket is outside its covered hours: pages wait until then.' })),
    steps: Type.Array(
      Type.Object({
        step: Type.Integer({ description: '1-based.' }),
        dueAt: Nullable(Type.String({ format: 'date-time', description: 'When the step would fall due for the ticket if its ladder started now; null without a ticket.' })),
        targets: Type.Array(Type.Object({ target: Target, reason: Type.String(), needsTicket: Type.Boolean({ description: 'Only a ticket says who this is.' }), people: Type.Array(PreviewPerson) })),
        nobody: Type.Boolean({ description: 'The step would page nobody now.' }),
      }),
    ),
  },
  { $id: 'EscalationPreview' },
);

/** The path of one contact method of a person: /users/{id}/contact-methods/{methodId}. */
export const ContactMethodParams = Type.Object({ id: Id, methodId: Id }, { additionalProperties: false });

/** PATCH a contact method: its delay, or turn it off and on. */
export const ContactMethodPatch = Type.Object(
  {
    delayMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440, description: 'Minutes after a page before this method is used, if still unacknowledged.' })),
    disabled: Type.Optional(Type.Boolean({ description: 'A disabled method is skipped when paging.' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ContactMethodPatch = Static<typeof ContactMethodPatch>;
export const ContactMethodBody = Type.Object(
  {
    method: Type.Union(['email', 'sms', 'voice', 'webhook', 'slack', 'teams'].map((m) => Type.Literal(m))),
    address: Type.String({ minLength: 3, maxLength: 500, description: 'Email address, E.164 phone number, or https URL for webhook, Slack and Teams.' }),
    delayMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440, default: 0, description: 'Minutes after a page before this method is used, if still unacknowledged.' })),
  },
  { additionalProperties: false },
);
export type ContactMethodBody = Static<typeof ContactMethodBody>;

const Method = Type.Union(['email', 'sms', 'voice', 'webhook', 'slack', 'teams'].map((m) => Type.Literal(m)));

/** A person's contact method, as answered. */
export const ContactMethod = Type.Object(
  { id: Type.String(), method: Method, address: Type.String(), delayMinutes: Type.Integer(), disabled: Type.Boolean() },
  { $id: 'ContactMethod' },
);

/** A running or finished ladder of a ticket (GET /tickets/{id}/escalations). */
export const Ladder = Type.Object(
  {
    id: Type.String(),
    policy: Type.String({ description: 'The policy’s name.' }),
    policyVersion: Type.Integer(),
    trigger: Type.String({ description: 'created, sla.warning or sla.breached.' }),
    state: Type.Union([Type.Literal('active'), Type.Literal('acknowledged'), Type.Literal('held'), Type.Literal('ended')], { description: '`held` while a vendor incident owns the ticket: the incident pages once for all its clients.' }),
    nextStep: Nullable(Type.Integer({ description: 'The 1-based step that fires next; null when none will.' })),
    round: Type.Integer(),
    startedAt: Type.String({ format: 'date-time' }),
    nextStepAt: Nullable(Type.String({ format: 'date-time' })),
    acknowledgedBy: Nullable(Type.String()),
    acknowledgedAt: Nullable(Type.String({ format: 'date-time' })),
    endedAt: Nullable(Type.String({ format: 'date-time' })),
    steps: Type.Array(StoredStep, { description: 'The steps of the policy version the ladder started with.' }),
  },
  { $id: 'EscalationLadder' },
);

/** One page queued for a ladder's step, and how its delivery went. */
export const PageSent = Type.Object(
  {
    id: Type.String(),
    escalationId: Type.String(),
    step: Type.Integer({ description: 'The 1-based step that paged.' }),
    round: Type.Integer(),
    recipientUserId: Type.String(),
    method: Type.String({ description: 'email, sms, voice, webhook, slack or teams.' }),
    address: Type.String(),
    status: Type.String({ description: 'queued, sending, sent, delivered, failed or cancelled.' }),
    requiresAck: Type.Boolean(),
    sendAfter: Type.String({ format: 'date-time' }),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
    attempts: Type.Integer(),
    provider: Nullable(Type.String()),
    lastError: Nullable(Type.String()),
  },
  { $id: 'EscalationPage' },
);
