/**
 * Row types of every table, as Kysely sees them. Instants are ISO-8601 strings on both dialects;
 * booleans are booleans on PostgreSQL and 0/1 on SQLite (read them with `readBool`); JSON columns
 * are written as text and read with `readJson`.
 */
import type { Generated } from 'kysely';
import type { ImportTables } from '../modules/imports/imports.tables.js';
import type { MailTables } from '../modules/mail/mail.tables.js';

type Bool = boolean | number;
type Json = unknown;

export interface OrganizationTable {
  id: string;
  name: string;
  slug: string;
  industry: string;
  time_zone: string;
  created_at: string;
  /** The MSP staff member who manages the account (006-account-manager). */
  account_manager_id?: string | null;
  /** ISO 3166-1 alpha-2 country its national phone numbers are read in (013). */
  country?: string | null;
  /** When the client was archived; null while active (016-archiving). */
  archived_at?: string | null;
  /** The client's main number (E.164), called back when a purported sender has none on file (021). */
  main_phone?: string | null;
  /** Its extension, or '' (021). */
  main_phone_extension?: string;
}

export interface SiteTable {
  id: string;
  organization_id: string;
  name: string;
  address: string;
  time_zone: string;
  created_at: string;
  /** When the site was archived; null while active (016-archiving). */
  archived_at?: string | null;
}

export interface ContactTable {
  id: string;
  organization_id: string;
  site_id: string | null;
  name: string;
  title: string;
  /** `site` or `home`. */
  work_location: string;
  vip: Bool;
  created_at: string;
  /** When the contact was archived; null while active (016-archiving). */
  archived_at?: string | null;
}

export interface ContactEmailTable {
  contact_id: string;
  email: string;
  is_primary: Bool;
}

export interface ContactPhoneTable {
  contact_id: string;
  /** E.164 (`+441132000001`); digits as typed when the organisation has no country to read them in. */
  number: string;
  label: string;
  /** The extension dialled after the number, or '' (013). */
  extension?: string;
  /** The number's digits reversed: a trailing-digit lookup is a prefix range on its index (013). */
  digits_reversed?: string;
}

export interface TeamTable {
  id: string;
  name: string;
  lead_user_id: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  /** `staff` or `client`. */
  kind: string;
  email: string;
  name: string;
  password_hash: string | null;
  /** Staff: owner, admin, service_manager, technician. Client: client_user, client_admin. */
  role: string;
  tier: number | null;
  team_id: string | null;
  organization_id: string | null;
  contact_id: string | null;
  disabled: Bool;
  created_at: string;
}

export interface TicketTable {
  id: string;
  number: number;
  organization_id: string;
  contact_id: string | null;
  site_id: string | null;
  subject: string;
  priority: string;
  business_critical: Bool;
  status: string;
  tier: number;
  team_id: string | null;
  assignee_id: string | null;
  channel: string;
  tags: Json;
  fcr_outcome: string | null;
  merged_into_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  /** Nearest due time of a running SLA clock (002-sla). */
  sla_due_at: string | null;
}

export interface MessageTable {
  id: string;
  ticket_id: string;
  /** `reply`, `note` or `call`. */
  kind: string;
  author_user_id: string | null;
  author_contact_id: string | null;
  body: string;
  call_direction: string | null;
  caller_number: string | null;
  call_duration_seconds: number | null;
  created_at: string;
}

export interface TicketEventTable {
  /** Increasing with every event; orders a ticket's history. */
  id: Generated<number>;
  ticket_id: string;
  actor_user_id: string | null;
  type: string;
  field: string | null;
  before_value: Json;
  after_value: Json;
  internal: Bool;
  at: string;
  /** Set when a merge moved the event: the ticket it happened on (002-sla). */
  origin_ticket_id: string | null;
}

export interface TicketLinkTable {
  id: string;
  /** `parent` (from is the parent of to), `duplicate` (from duplicates to), `merged` (from was merged into to). */
  kind: string;
  from_ticket_id: string;
  to_ticket_id: string;
  created_by: string | null;
  created_at: string;
}

export interface TicketSearchTable {
  ticket_id: string;
  /** `subject`, `merged:<ticket id>` or a message id. */
  source: string;
  body: string;
  /** Whether a client may read this text: subjects and public replies, not notes or calls (012). */
  client_visible: Bool;
}

/** Random keys every node shares through the database, created on first use (012). */
export interface InstanceKeyTable {
  name: string;
  /** base64url. */
  secret: string;
  created_at: string;
}

export interface CounterTable {
  name: string;
  value: number;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  ip: string | null;
  detail: Json;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface CalendarTable {
  id: string;
  name: string;
  time_zone: string;
  spec: Json;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SlaPolicyTable {
  id: string;
  name: string;
  /** Per priority: covered minutes or { businessDays, dueAt } for each clock (023 adds business days, no column). */
  targets: Json;
  warning_percent: number;
  created_at: string;
  updated_at: string;
  /** When set, warnings fall this many covered minutes before due instead of at warning_percent (023). */
  warning_before_minutes?: number | null;
}

export interface ContractTable {
  id: string;
  organization_id: string;
  name: string;
  /** managed, block_hours or time_and_materials. */
  kind: string;
  sla_policy_id: string;
  /** Ordered coverage rules: [{ calendarId, priorities?, siteIds?, services? }]. */
  coverage: Json;
  active: Bool;
  created_at: string;
  updated_at: string;
  /** The contract covers tickets opened from this instant (013); null: from created_at. */
  starts_at?: string | null;
  /** ... and before this one; null: no end. */
  ends_at?: string | null;
}

export interface TicketClockTable {
  ticket_id: string;
  clock: string;
  cycle: number;
  status: string;
  priority: string;
  calendar_id: string;
  target_minutes: number;
  elapsed_minutes: number;
  paused_ms: number;
  started_at: string;
  stopped_at: string | null;
  due_at: string | null;
  warn_at: string | null;
  organization_id: string;
  updated_at: string;
}

export interface DeadlineTable {
  id: string;
  kind: string;
  subject_id: string;
  due_at: string;
  payload: Json;
  version: number;
  lease_owner: string | null;
  lease_until: string | null;
  attempts: number;
  done_at: string | null;
  outcome: string | null;
  created_at: string;
}

export interface SlaNoticeTable {
  ticket_id: string;
  clock: string;
  cycle: number;
  kind: string;
  at: string;
  node: string;
}

export interface EscalationPolicyTable {
  id: string;
  name: string;
  match: Json;
  steps: Json;
  repeat: Json;
  active: Bool;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EscalationTable {
  id: string;
  ticket_id: string;
  policy_id: string;
  policy_snapshot: Json;
  trigger: string;
  /** active, acknowledged or ended. */
  state: string;
  next_step: number;
  round: number;
  started_at: string;
  last_step_at: string | null;
  next_step_at: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  ended_at: string | null;
  version: number;
}

export interface ContactMethodTable {
  id: string;
  user_id: string;
  method: string;
  address: string;
  delay_minutes: number;
  disabled: Bool;
  created_at: string;
}

export interface NotificationTable {
  id: string;
  dedupe_key: string;
  /** `page` (a ladder's page) or `test` (a person's test page: no ladder, no ticket). */
  kind: Generated<string>;
  escalation_id: string | null;
  ticket_id: string | null;
  step: number;
  round: number;
  recipient_user_id: string;
  method: string;
  address: string;
  subject: string;
  body: string;
  requires_ack: Bool;
  /** queued, sending, sent, failed or cancelled. */
  status: string;
  send_after: string;
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  provider: string | null;
  provider_message_id: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface DeliveryAttemptTable {
  id: string;
  notification_id: string;
  at: string;
  provider: string;
  outcome: string;
  provider_message_id: string | null;
  detail: string;
}

/** A message the `demo` provider "sent", kept for the demo outbox viewer (026-demo-outbox). */
export interface DemoMessageTable {
  id: string;
  notification_id: string;
  provider: string;
  method: string;
  address: string;
  subject: string;
  text: string;
  ack_url: string | null;
  at: string;
}

export interface ProviderTable {
  id: string;
  name: string;
  kind: string;
  methods: Json;
  settings_encrypted: string;
  /** Order among providers of the same method: lower is tried first, later ones take over on failure. */
  position: number;
  enabled: Bool;
  created_at: string;
  updated_at: string;
}

export interface OncallScheduleTable {
  id: string;
  name: string;
  /** IANA time zone of the hand-off times, anchor dates and restriction windows. */
  time_zone: string;
  /** The ordered layers, bottom first: [{ name, participants, shiftLength, shiftUnit, handoffTime, handoffDay?, anchorDate, restrictions? }]. */
  layers: Json;
  created_at: string;
  updated_at: string;
  /** Starts at 1; every change adds one. */
  version: number;
}

export interface OncallOverrideTable {
  id: string;
  schedule_id: string;
  /** The user who covers [start_at, end_at). */
  user_id: string;
  /** Null: covers whoever is on call; otherwise only while this user would be. */
  replaces_user_id: string | null;
  start_at: string;
  end_at: string;
  reason: string;
  created_by: string;
  created_at: string;
}

/** A person's named queue with filters (008-saved-views). */
export interface SavedViewTable {
  id: string;
  owner_user_id: string;
  name: string;
  queue: string;
  filters: Json;
  shared: Bool;
  created_at: string;
  updated_at: string;
}

/** Failed-login throttle per account or client address (011-login-throttles; auth module). */
export interface LoginThrottleTable {
  /** `account:<email>` or `ip:<address>`. */
  key: string;
  /** Failed attempts counted since the key was last cleared or forgotten. */
  failures: number;
  /** When `failures` last changed. */
  updated_at: string;
  /** No attempt for this key is checked before this instant; null when it may try now. */
  next_attempt_at: string | null;
}

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

/** Every table; a module whose row types sit beside its repository adds them here by extension. */
export interface Database extends ImportTables, MailTables {
  sso_providers: SsoProviderTable;
  sso_flows: SsoFlowTable;
  login_throttles: LoginThrottleTable;
  saved_views: SavedViewTable;
  oncall_schedules: OncallScheduleTable;
  oncall_overrides: OncallOverrideTable;
  providers: ProviderTable;
  escalation_policies: EscalationPolicyTable;
  escalations: EscalationTable;
  contact_methods: ContactMethodTable;
  notifications: NotificationTable;
  delivery_attempts: DeliveryAttemptTable;
  demo_messages: DemoMessageTable;
  calendars: CalendarTable;
  sla_policies: SlaPolicyTable;
  contracts: ContractTable;
  ticket_clocks: TicketClockTable;
  deadlines: DeadlineTable;
  sla_notices: SlaNoticeTable;
  organizations: OrganizationTable;
  sites: SiteTable;
  contacts: ContactTable;
  contact_emails: ContactEmailTable;
  contact_phones: ContactPhoneTable;
  teams: TeamTable;
  users: UserTable;
  tickets: TicketTable;
  messages: MessageTable;
  ticket_events: TicketEventTable;
  ticket_links: TicketLinkTable;
  ticket_search: TicketSearchTable;
  instance_keys: InstanceKeyTable;
  counters: CounterTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeyTable;
}
