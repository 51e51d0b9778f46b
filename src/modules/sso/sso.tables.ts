/**
 * Row types of the tables owned by the sso module (migrations 019-sso), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Bool = boolean | number;
type Json = unknown;

/** A configured OpenID Connect identity provider (019-sso). */
export interface SsoProviderTable {
  id: string;
  /** Shown on the sign-in button: "Microsoft Entra ID". */
  name: string;
  /** The OpenID issuer identifier; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  client_id: string;
  /** `v1:<iv>:<tag>:<ciphertext>` under SWITCHBOARD_SECRET_KEY, bound to `sso-provider:<id>`. */
  client_secret_encrypted: string;
  /** `email` (with `email_verified`), `preferred_username` or `upn`. */
  email_claim: string;
  /** JSON array of lower-case email domains; empty allows any. */
  allowed_domains: Json;
  /** The ID token must carry an `hd` (Google Workspace hosted domain) claim among the allowed domains. */
  require_hosted_domain: Bool;
  /** JSON array: `staff`, `client`. */
  user_kinds: Json;
  /** Staff role given to an unknown person on first sign-in; null: no just-in-time accounts. */
  jit_role: string | null;
  /** JSON array of roles that may still sign in with a local password while this provider is enabled. */
  password_roles: Json;
  enabled: Bool;
  created_at: string;
  updated_at: string;
}

/** A started single sign-on (019-sso): accepted once, until it expires. */
export interface SsoFlowTable {
  /** SHA-256 of the `state` sent to the provider (the value itself is only in the browser's cookie). */
  state_hash: string;
  provider_id: string;
  nonce: string;
  /** The PKCE code verifier, encrypted and bound to the state hash. */
  code_verifier_encrypted: string;
  /** Where the person goes after signing in: a path of this app. */
  return_to: string;
  created_at: string;
  expires_at: string;
  /** When the callback consumed it; a second callback with the same state is a replay. */
  used_at: string | null;
}

/** The tables of the sso module by name (a type alias: `withTables` needs its implicit index signature). */
export type SsoTables = {
  sso_providers: SsoProviderTable;
  sso_flows: SsoFlowTable;
};
