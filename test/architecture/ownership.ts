/**
 * Which module owns which table (docs/ARCHITECTURE.md, "Who owns which table", shows the same map
 * and test/architecture/boundaries.test.ts holds the two together). The owner is the only module
 * whose source names the table in SQL; every other module asks through a function the owner
 * exports from its index.ts.
 */

/** Table → owning module (a folder under src/modules, or `platform` for domain-free plumbing). */
export const OWNERS: Record<string, string> = {
  // platform: the HTTP layer's idempotency keys, the engine's deadlines, keys shared by all nodes
  idempotency_keys: 'platform',
  deadlines: 'platform',
  instance_keys: 'platform',
  // auth: accounts and how they sign in; the per-request credential lookups join tokens and
  // sessions to users, and staff already builds on auth (actors, passwords), not the reverse
  users: 'auth',
  api_tokens: 'auth',
  sessions: 'auth',
  login_throttles: 'auth',
  audit_log: 'audit',
  teams: 'staff',
  organizations: 'clients',
  sites: 'clients',
  contacts: 'clients',
  contact_emails: 'clients',
  contact_phones: 'clients',
  tickets: 'tickets',
  messages: 'tickets',
  ticket_events: 'tickets',
  ticket_links: 'tickets',
  ticket_search: 'tickets',
  ticket_search_fts: 'tickets',
  counters: 'tickets',
  saved_views: 'views',
  // sla: contracts and the clocks it derives from the tickets' events
  calendars: 'sla',
  sla_policies: 'sla',
  contracts: 'sla',
  ticket_clocks: 'sla',
  sla_notices: 'sla',
  escalation_policies: 'escalation',
  escalations: 'escalation',
  contact_methods: 'escalation',
  // notify: the outbox of pages, its delivery attempts, the providers that send them
  notifications: 'notify',
  delivery_attempts: 'notify',
  providers: 'notify',
  demo_messages: 'notify',
  oncall_schedules: 'oncall',
  oncall_overrides: 'oncall',
  sso_providers: 'sso',
  sso_flows: 'sso',
  mailboxes: 'mail',
  inbound_messages: 'mail',
  inbound_attachments: 'mail',
  outbound_mail: 'mail',
  mail_ticket_cursors: 'mail',
  mail_address_bounces: 'mail',
  mail_templates: 'mail',
  fraud_flags: 'fraud-checks',
  fraud_lookalike_domains: 'fraud-checks',
  fraud_seen_domains: 'fraud-checks',
  fraud_settings: 'fraud-checks',
  fraud_warnings: 'fraud-checks',
  import_runs: 'imports',
  import_rows: 'imports',
  import_external_ids: 'imports',
  alert_sources: 'alerts',
  heartbeats: 'alerts',
  alerts: 'alerts',
  suspected_incidents: 'alerts',
  suspected_incident_clients: 'alerts',
  vendors: 'vendors',
  vendor_services: 'vendors',
  dependencies: 'vendors',
  incidents: 'incidents',
  incident_services: 'incidents',
  incident_children: 'incidents',
  kb_articles: 'kb',
  kb_article_links: 'kb',
  kb_search: 'kb',
  kb_search_fts: 'kb',
  kb_search_vocab: 'kb',
  incident_events: 'incidents',
  incident_updates: 'incidents',
  incident_reviews: 'incidents',
  incident_actions: 'incidents',
  status_subscriptions: 'incidents',
  status_deliveries: 'incidents',
  billing_accounts: 'billing',
  billing_approvals: 'billing',
  billing_low_balance_alerts: 'billing',
  billing_terms: 'billing',
  billing_time_entries: 'billing',
  billing_timers: 'billing',
  csat_surveys: 'csat',
  report_alerts: 'reports',
  assets: 'assets',
  asset_feeds: 'assets',
  asset_ticket_links: 'assets',
  asset_search: 'assets',
  asset_search_fts: 'assets',
  stock_locations: 'spares',
  spare_items: 'spares',
  spare_stock: 'spares',
  spare_reservations: 'spares',
  campaign_templates: 'campaigns',
  campaign_template_steps: 'campaigns',
  campaigns: 'campaigns',
  campaign_steps: 'campaigns',
  campaign_people: 'campaigns',
  campaign_checklist_steps: 'campaigns',
  backup_jobs: 'backups',
  backup_results: 'backups',
  restore_tests: 'backups',
  dr_plans: 'backups',
  spare_units: 'spares',
  spare_movements: 'spares',
  invoice_settings: 'invoices',
  invoice_runs: 'invoices',
  invoices: 'invoices',
  invoice_lines: 'invoices',
  invoice_exports: 'invoices',
};

/**
 * Read models: one named file each that may join other modules' tables, and only those listed.
 * Each says "read model: joins …" in its header comment.
 */
export const READ_MODELS: Record<string, { joins: string[]; why: string }> = {
  'src/modules/reports/client-overview.ts': {
    joins: ['organizations', 'sites', 'contacts', 'tickets', 'ticket_clocks', 'contracts', 'users'],
    why: 'a page of clients with their open and breached tickets, active contract, sites and contacts: one grouped query per figure, not one call per client per module',
  },
  'src/modules/reports/fcr-report.ts': {
    joins: ['tickets', 'ticket_events', 'messages', 'users', 'organizations'],
    why: 'first-contact resolution over a period groups every ticket by who took the call and by client in one pass',
  },
  'src/modules/reports/backlog-report.ts': {
    joins: ['tickets'],
    why: 'backlog ageing reads every open ticket’s client, priority and age in one pass',
  },
  'src/modules/reports/ack-facts.ts': {
    joins: ['notifications', 'tickets', 'organizations', 'users', 'escalations', 'oncall_schedules'],
    why: 'the one-tap acknowledge page, opened from a phone without signing in, shows a page, its ticket, client and ladder from one statement',
  },
};

/** Imports of another module's inner file that stay, with the reason. */
export const IMPORT_EXCEPTIONS: Record<string, { target: string; why: string }[]> = {
  'src/migrations/013-phones-and-contract-terms.ts': [
    {
      target: 'src/modules/clients/phone.js',
      why: 'the migration normalises stored numbers with the pure phone rule; the module index would load routes and repositories into the migration',
    },
  ],
};
