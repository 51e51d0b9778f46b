/** TypeBox schemas of single sign-on: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { ALL_ROLES, EMAIL_CLAIMS, USER_KINDS } from './sso-provider.js';

const Role = Type.String({ minLength: 1, maxLength: 40, description: `One of ${ALL_ROLES.join(', ')}.` });
const EmailClaim = Type.Union(EMAIL_CLAIMS.map((c) => Type.Literal(c)), {
  description: 'The ID token claim that holds the email address: `email` (trusted only with `email_verified: true`; Google), or `preferred_username` / `upn` (the sign-in name in a Microsoft Entra tenant’s verified domains).',
});
const UserKind = Type.Union(USER_KINDS.map((k) => Type.Literal(k)));

const settings = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'Shown on the sign-in button: “Sign in with <name>”.' }),
  issuer: Type.String({ minLength: 1, maxLength: 500, description: 'The OpenID issuer, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 or https://accounts.google.com; its discovery document is fetched and checked when saved.' }),
  clientId: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S', description: 'The application (client) id registered at the provider.' }),
  clientSecret: Type.String({ minLength: 1, maxLength: 2000, description: 'The client secret; stored encrypted, never returned.' }),
  emailClaim: EmailClaim,
  allowedDomains: Type.Array(Type.String({ minLength: 1, maxLength: 253 }), { maxItems: 50, description: 'Email domains that may sign in (empty: any). Required for accounts made on first sign-in.' }),
  requireHostedDomain: Type.Boolean({ description: 'Google Workspace: the ID token’s `hd` claim must be one of the allowed domains (a personal Google account with a work address has none). Defaults to true for https://accounts.google.com with allowed domains.' }),
  userKinds: Type.Array(UserKind, { minItems: 1, maxItems: 2, uniqueItems: true, description: 'Who may sign in with it: staff, client (portal users), or both.' }),
  jitRole: Nullable(Type.String({ minLength: 1, maxLength: 40, description: 'Staff role of an account made on first sign-in for an unknown person of an allowed domain (technician, service_manager or admin); null makes no accounts.' })),
  passwordRoles: Type.Array(Role, { maxItems: ALL_ROLES.length, uniqueItems: true, description: 'Roles that may still sign in with a password while this provider is enabled; the others must use single sign-on. Default: every role.' }),
  enabled: Type.Boolean(),
};

export const SsoProviderBody = Type.Object(
  {
    name: settings.name,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    emailClaim: Type.Optional(settings.emailClaim),
    allowedDomains: Type.Optional(settings.allowedDomains),
    requireHostedDomain: Type.Optional(settings.requireHostedDomain),
    userKinds: Type.Optional(settings.userKinds),
    jitRole: Type.Optional(settings.jitRole),
    passwordRoles: Type.Optional(settings.passwordRoles),
    enabled: Type.Optional(settings.enabled),
  },
  { additionalProperties: false },
);
export type SsoProviderBody = Static<typeof SsoProviderBody>;

export const SsoProviderPatch = Type.Partial(SsoProviderBody, { additionalProperties: false, minProperties: 1 });
export type SsoProviderPatch = Static<typeof SsoProviderPatch>;

export const SsoProviderInfo = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    issuer: Type.String(),
    clientId: Type.String(),
    emailClaim: EmailClaim,
    allowedDomains: Type.Array(Type.String()),
    requireHostedDomain: Type.Boolean(),
    userKinds: Type.Array(UserKind),
    jitRole: Nullable(Type.String()),
    passwordRoles: Type.Array(Type.String()),
    enabled: Type.Boolean(),
    redirectUri: Type.String({ description: 'The address to register at the provider as the redirect (reply) URI.' }),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'SsoProvider' },
);
export type SsoProviderInfo = Static<typeof SsoProviderInfo>;

export const SsoButton = Type.Object({ id: Type.String(), name: Type.String() }, { $id: 'SsoButton' });

export const StartBody = Type.Object(
  { returnTo: Type.Optional(Type.String({ maxLength: 2000, description: 'A path of this app to open after signing in (default /).' })) },
  { additionalProperties: false },
);

export const StartAnswer = Type.Object({
  authorizationUrl: Type.String({ description: 'Send the browser here (the provider’s sign-in page).' }),
  expiresAt: Type.String({ description: 'The sign-in must come back before this instant.' }),
});
