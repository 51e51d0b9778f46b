/** TypeBox schemas of the delivery-provider routes; also the OpenAPI source. */
import { Type, type TSchema } from '@sinclair/typebox';
import { PROVIDER_KINDS } from './providers/registry.js';

const ProviderFields = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, default: 0, description: 'Lower is tried first; the next takes over when it fails.' })),
  enabled: Type.Optional(Type.Boolean()),
};

/** One body shape per configurable kind, each with that kind's settings schema (declared in providers/<kind>.ts). */
const shapes = PROVIDER_KINDS.flatMap((k) => {
  if (!k.settings) return [];
  const settings = { ...k.settings.schema, description: `${k.kind} settings; stored encrypted, never returned.` };
  return [Type.Object({ ...ProviderFields, kind: Type.Literal(k.kind), settings: k.settings.optional ? Type.Optional(settings) : settings }, { additionalProperties: false, title: `${k.kind} provider` })];
});

/** The kinds of provider an administrator can configure. */
export type ProviderKindName = 'smtp' | 'twilio' | 'webhook' | 'slack' | 'teams' | 'demo';

/** A validated POST /providers body. */
export interface ProviderBody {
  name: string;
  kind: ProviderKindName;
  settings?: Record<string, unknown>;
  position?: number;
  enabled?: boolean;
}

/**
 * The body of POST /providers: a union discriminated by `kind`, so the settings are validated
 * against that kind's schema alone and an error names the setting at fault (`/settings/authToken`).
 */
export const ProviderBody = Type.Unsafe<ProviderBody>({
  type: 'object',
  required: ['kind'],
  discriminator: { propertyName: 'kind' },
  oneOf: shapes as TSchema[],
  description: 'A delivery provider: its kind decides which settings it takes.',
});

export const ProviderInfo = Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), methods: Type.Array(Type.String()), position: Type.Integer(), enabled: Type.Boolean(), createdAt: Type.String() });
