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
export const Policy = Type.Object(
  { id: Type.String(), name: Type.String(), match: Type.Unknown(), steps: Type.Array(Type.Unknown()), repeat: Type.Unknown(), active: Type.Boolean(), version: Type.Integer(), createdAt: Type.String(), updatedAt: Type.String() },
  { $id: 'EscalationPolicy' },
);
export const ContactMethodBody = Type.Object(
  {
    method: Type.Union(['email', 'sms', 'voice', 'webhook', 'slack', 'teams'].map((m) => Type.Literal(m))),
    address: Type.String({ minLength: 3, maxLength: 500, description: 'Email address, E.164 phone number, or https URL for webhook, Slack and Teams.' }),
    delayMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440, default: 0, description: 'Minutes after a page before this method is used, if still unacknowledged.' })),
  },
  { additionalProperties: false },
);
export type ContactMethodBody = Static<typeof ContactMethodBody>;
