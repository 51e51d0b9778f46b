/**
 * Every operation of the API, read from the OpenAPI document the server generates, with how to
 * fill its path parameters and a valid example body. Tests iterate over this, and fail when an
 * operation appears that the table does not know, so no endpoint escapes the tenancy and
 * hostile-input walks.
 */
import type { TestApp } from '../support/app.js';

export interface Operation {
  method: string;
  path: string;
  /** Path and query parameters as the document declares them. */
  parameters: Parameter[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; format?: string; minimum?: number; maximum?: number; default?: unknown; enum?: unknown[]; anyOf?: { const?: unknown; enum?: unknown[] }[] };
}

export async function operations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.call(null, 'GET', '/api/v1/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) ops.push({ method: method.toUpperCase(), path, parameters: operation.parameters ?? [] });
  }
  return ops;
}

export interface Targets {
  ticket: string;
  otherTicket: string;
  organization: string;
  site: string;
  contact: string;
  user: string;
  team: string;
  token: string;
  escalationPolicy?: string;
  oncallSchedule?: string;
  view?: string;
  /** A verify-by-phone flag on `ticket`, and a fraud warning of the ticket's client. */
  fraudFlag?: string;
  fraudWarning?: string;
  calendar: string;
  policy: string;
  contract: string;
  alertSource?: string;
  heartbeat?: string;
  alert?: string;
  suspectedIncident?: string;
  vendor?: string;
  vendorService?: string;
  dependency?: string;
  incident?: string;
  /** An action item of the incident's review. */
  incidentAction?: string;
  /** A subscription to the organisation's status page. */
  statusSubscription?: string;
  /** A client-visible knowledge-base article scoped to the targets' organisation. */
  kbArticle?: string;
  /** A time entry on `ticket`, logged under billing terms set on `contract`. */
  timeEntry?: string;
  /** A pending request for the client's approval of chargeable work on `ticket`. */
  approval?: string;
  /** An asset of the targets' organisation (named with "zebracrossing"), and an RMM feed pushing its assets. */
  asset?: string;
  assetFeed?: string;
  /** A stock location, a spare item stocked there, and a reservation of it on `ticket`. */
  stockLocation?: string;
  spareItem?: string;
  spareReservation?: string;
  /** A rollout campaign of the targets' organisation and a person in it (named with "zebracrossing"). */
  campaign?: string;
  campaignPerson?: string;
  /** A backup job of the targets' organisation (its token in `senders` as `backup-job`). */
  backupJob?: string;
  /** An approved invoice run over the targets' organisation, one of its invoices, and a Xero export of it. */
  invoiceRun?: string;
  invoice?: string;
  invoiceExport?: string;
  /** Tokens of alert senders by inbound format (and `heartbeat`), for the operations they authenticate. */
  senders?: Record<string, string>;
}

export const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, nextReply: 120, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/**
 * A verify-by-phone flag awaiting its call-back on the ticket, and the warning of a confirmed fraud
 * (a second flag whose call found one), for the fraud operations to be walked with.
 */
export async function fraudFixtures(t: TestApp, ticketId: string): Promise<Pick<Targets, 'fraudFlag' | 'fraudWarning'>> {
  const tech = t.world.tokens.technician;
  const flag = (await t.call(tech, 'POST', `/api/v1/tickets/${ticketId}/fraud-flags`, { reason: 'Walked flag' })).body.id;
  const confirmed = (await t.call(tech, 'POST', `/api/v1/tickets/${ticketId}/fraud-flags`, { reason: 'Confirmed fraud' })).body.id;
  await t.call(tech, 'POST', `/api/v1/tickets/${ticketId}/fraud-flags/${confirmed}/call`, { outcome: 'fraud', number: '+1 312 555 0123', whereFound: 'website' });
  const warning = (await t.call(tech, 'POST', '/api/v1/fraud-warnings', { flagId: confirmed, text: 'Do not act on it' })).body.id;
  return { fraudFlag: flag, fraudWarning: warning };
}

/** A calendar, an SLA policy and a contract for the organisation, made through the API. */
export async function slaFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'calendar' | 'policy' | 'contract'>> {
  const owner = t.world.tokens.owner;
  const tag = Math.random().toString(36).slice(2);
  const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: `Office ${tag}`, timeZone: 'America/Chicago', preset: 'business-hours' })).body.id;
  const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: `Standard ${tag}`, targets: TARGETS })).body.id;
  const contract = (await t.call(owner, 'POST', '/api/v1/contracts', { organizationId, name: 'Managed', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] })).body.id;
  return { calendar, policy, contract };
}

/** A source of each alert format and a heartbeat check for the organisation, made through the API, with an alert of each. */
export async function alertFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'alertSource' | 'heartbeat' | 'alert' | 'senders'>> {
  const owner = t.world.tokens.owner;
  const tag = Math.random().toString(36).slice(2);
  const senders: Record<string, string> = {};
  let alertSource = '';
  for (const format of ['generic', 'alertmanager', 'uptime-kuma', 'ninjaone']) {
    const made = (await t.call(owner, 'POST', '/api/v1/alert-sources', { name: `${format} ${tag}`, format, organizationId })).body;
    senders[format] = made.token;
    alertSource ||= made.id;
  }
  const heartbeat = (await t.call(owner, 'POST', '/api/v1/heartbeats', { name: `Backup ${tag}`, organizationId, intervalMinutes: 60 })).body;
  senders.heartbeat = heartbeat.token;
  const alert = (await t.call(senders.generic, 'POST', '/api/v1/alerts/inbound/generic', { key: `fixture-${tag}`, summary: 'Fixture alert' })).body.alerts[0].alertId;
  return { alertSource, heartbeat: heartbeat.id, alert, senders };
}

/** A vendor with a service the organisation depends on, and an incident declared on it, made through the API. */
export async function vendorFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'vendor' | 'vendorService' | 'dependency' | 'incident' | 'incidentAction'>> {
  const owner = t.world.tokens.owner;
  const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: `Vendor ${Math.random().toString(36).slice(2)}` })).body.id;
  const vendorService = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
  const dependency = (await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: vendorService, organizationId, criticality: 'high', workaroundSteps: ['Use the spare laptops'] })).body.id;
  const incident = (await t.call(owner, 'POST', '/api/v1/incidents', { serviceIds: [vendorService], title: 'Fixture outage', summary: 'Fixture vendor down' })).body.id;
  const incidentAction = (await t.call(owner, 'POST', `/api/v1/incidents/${incident}/actions`, { title: 'Fixture action' })).body.id;
  return { vendor, vendorService, dependency, incident, incidentAction };
}

/** A client-visible knowledge-base article scoped to the organisation, written through the API. */
export async function kbFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'kbArticle'>> {
  const made = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/kb/articles', { title: 'Fixture article about the zebracrossing printer', body: 'Only for **this** client.', audience: 'clients', organizationId })).body;
  return { kbArticle: made.id };
}

/** Billing terms on the contract and a time entry logged on the ticket, made through the API. */
export async function billingFixtures(t: TestApp, ids: Pick<Targets, 'contract' | 'ticket'>): Promise<Pick<Targets, 'timeEntry' | 'approval'>> {
  const terms = exampleBody({ method: 'PUT', path: '/api/v1/billing/contracts/{id}/terms', parameters: [] }, ids as Targets) as Record<string, unknown>;
  await t.call(t.world.tokens.owner, 'PUT', `/api/v1/billing/contracts/${ids.contract}/terms`, { ...terms, approvalRequired: true });
  const made = (await t.call(t.world.tokens.technician, 'POST', `/api/v1/billing/tickets/${ids.ticket}/time-entries`, { startedAt: t.clock.iso(), minutes: 30, workType: 'support', note: 'Fixture zebracrossing time' })).body;
  // Project work is outside the fixture scope (support only): chargeable, so the client is asked.
  const approval = (await t.call(t.world.tokens.technician, 'POST', `/api/v1/billing/tickets/${ids.ticket}/approvals`, { minutes: 60, workType: 'project', note: 'Fixture zebracrossing approval' })).body;
  return { timeEntry: made.id, approval: approval.id };
}

/** An invoice run over the organisation's March 2026 (billing fixtures first, for its time), approved and exported to Xero, made through the API. */
export async function invoiceFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'invoiceRun' | 'invoice' | 'invoiceExport'>> {
  const owner = t.world.tokens.owner;
  const run = (await t.call(owner, 'POST', '/api/v1/invoice-runs', { from: '2026-03-01', to: '2026-03-31', organizationId })).body;
  await t.call(owner, 'POST', `/api/v1/invoice-runs/${run.id}/approve`, {});
  const made = (await t.call(owner, 'POST', `/api/v1/invoice-runs/${run.id}/exports`, { format: 'xero' })).body;
  return { invoiceRun: run.id, invoice: run.invoices[0]?.id, invoiceExport: made.id };
}

/** An asset of the organisation and an RMM feed of it, made through the API (the feed's token in `senders`). */
export async function assetFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'asset' | 'assetFeed'> & { senders: Record<string, string> }> {
  const asset = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/assets', { organizationId, kind: 'laptop', name: 'Fixture zebracrossing laptop', serial: 'ZEBRA-1' })).body.id;
  const feed = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/asset-feeds', { name: `Feed ${Math.random().toString(36).slice(2)}`, organizationId })).body;
  return { asset, assetFeed: feed.id, senders: { 'asset-feed': feed.token } };
}

/** A stock location holding a spare item, and a loaner of it reserved on the ticket, made through the API. */
export async function spareFixtures(t: TestApp, ticketId: string): Promise<Pick<Targets, 'stockLocation' | 'spareItem' | 'spareReservation'>> {
  const manager = t.world.tokens.manager;
  const stockLocation = (await t.call(manager, 'POST', '/api/v1/stock-locations', { name: 'Fixture office', kind: 'office' })).body.id;
  const spareItem = (await t.call(manager, 'POST', '/api/v1/spare-items', { name: 'Fixture loaner', kind: 'laptop' })).body.id;
  await t.call(manager, 'POST', `/api/v1/spare-items/${spareItem}/stock`, { locationId: stockLocation, onHand: 50 });
  const spareReservation = (await t.call(manager, 'POST', `/api/v1/tickets/${ticketId}/spare-reservations`, { itemId: spareItem, locationId: stockLocation, loan: true })).body.id;
  return { stockLocation, spareItem, spareReservation };
}

/** A rollout campaign of the organisation with one person imported into it, made through the API. */
export async function campaignFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'campaign' | 'campaignPerson'>> {
  const tech = t.world.tokens.technician;
  const campaign = (await t.call(tech, 'POST', '/api/v1/campaigns', { organizationId, templateId: 'campaign-template-home-working', name: 'Fixture zebracrossing rollout', dueOn: '2026-03-20' })).body.id;
  await t.call(tech, 'POST', `/api/v1/campaigns/${campaign}/people/import`, { csv: `name,email,notes\nFixture Person,fixture.${campaign}@example.com,zebracrossing desk\n`, apply: true });
  const campaignPerson = (await t.call(tech, 'GET', `/api/v1/campaigns/${campaign}/people`)).body.items[0].id;
  return { campaign, campaignPerson };
}

/** A backup job of the organisation with a restore test and a DR plan, made through the API (the job's token in `senders`). */
export async function backupFixtures(t: TestApp, organizationId: string): Promise<Pick<Targets, 'backupJob'> & { senders: Record<string, string> }> {
  const job = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/backup-jobs', { organizationId, name: 'Fixture zebracrossing backup', product: 'veeam', rpoHours: 24 })).body;
  await t.call(t.world.tokens.technician, 'POST', `/api/v1/backup-jobs/${job.id}/restore-tests`, { testedOn: t.clock.iso().slice(0, 10), result: 'success', durationMinutes: 30, notes: 'Fixture zebracrossing restore' });
  await t.call(t.world.tokens.technician, 'PUT', `/api/v1/clients/${organizationId}/dr-plan`, { rtoHours: 8, notes: 'Fixture zebracrossing plan' });
  return { backupJob: job.id, senders: { 'backup-job': job.token } };
}

/** Fixtures whose `senders` add to those already made. */
export function withSenders<T extends { senders?: Record<string, string> }>(ids: T, more: { senders: Record<string, string> } & Record<string, unknown>): T {
  return { ...ids, ...more, senders: { ...ids.senders, ...more.senders } };
}

/** The credential an operation is called with: an alert sender's own token for the inbound routes, else `token`. */
export function credentialFor(op: Operation, token: string, ids: Targets): string {
  const inbound = /^\/api\/v1\/alerts\/inbound\/(.+)$/.exec(op.path)?.[1] ?? (op.path === '/api/v1/heartbeats/report' ? 'heartbeat' : op.path === '/api/v1/assets/webhook/{source}' ? 'asset-feed' : op.path === '/api/v1/backups/report' ? 'backup-job' : undefined);
  return (inbound && ids.senders?.[inbound]) || token;
}

/** A valid body for each operation that takes one, given the ids it should mention. */
export function exampleBody(op: Operation, ids: Targets): unknown {
  switch (`${op.method} ${op.path}`) {
    case 'POST /api/v1/auth/login':
      return { email: 'nobody@example.com', password: 'wrong password here' };
    case 'POST /api/v1/tokens':
      return { name: 'integration' };
    case 'POST /api/v1/users':
      return { kind: 'staff', email: `new${Math.random().toString(36).slice(2)}@msp.example`, name: 'New Person', role: 'technician', tier: 1 };
    case 'PATCH /api/v1/users/{id}':
      return { name: 'Renamed' };
    case 'POST /api/v1/teams':
      return { name: `Team ${Math.random().toString(36).slice(2)}` };
    case 'PATCH /api/v1/teams/{id}':
      return { name: `Team ${Math.random().toString(36).slice(2)}` };
    case 'POST /api/v1/organizations':
      return { name: `Client ${Math.random().toString(36).slice(2)}`, timeZone: 'Europe/London' };
    case 'PATCH /api/v1/organizations/{id}':
      return { industry: 'changed' };
    case 'POST /api/v1/sites':
      return { organizationId: ids.organization, name: 'Branch' };
    case 'PATCH /api/v1/sites/{id}':
      return { address: 'changed' };
    case 'POST /api/v1/contacts':
      return { organizationId: ids.organization, name: 'New Contact', emails: ['new.contact@example.com'], phones: [{ number: '+1 312 555 0199' }] };
    case 'PATCH /api/v1/contacts/{id}':
      return { title: 'changed' };
    case 'POST /api/v1/tickets':
      return { organizationId: ids.organization, contactId: ids.contact, subject: 'Example ticket' };
    case 'PATCH /api/v1/tickets/{id}':
      return { priority: 'P1' };
    case 'POST /api/v1/tickets/{id}/messages':
      return { kind: 'reply', body: 'Hello' };
    case 'POST /api/v1/tickets/{id}/links':
      return { relation: 'duplicate_of', ticketId: ids.otherTicket };
    case 'POST /api/v1/tickets/{id}/merge':
      return { intoTicketId: ids.otherTicket };
    case 'POST /api/v1/calendars':
      return { name: `Cal ${Math.random().toString(36).slice(2)}`, timeZone: 'Europe/London', preset: 'business-hours' };
    case 'PATCH /api/v1/calendars/{id}':
      return { customHolidays: ['2026-12-24'] };
    case 'POST /api/v1/sla-policies':
      return { name: `Policy ${Math.random().toString(36).slice(2)}`, targets: TARGETS };
    case 'PATCH /api/v1/sla-policies/{id}':
      return { warningPercent: 80 };
    case 'POST /api/v1/contracts':
      return { organizationId: ids.organization, name: 'Contract', kind: 'managed', slaPolicyId: ids.policy, coverage: [{ calendarId: ids.calendar }] };
    case 'POST /api/v1/calendars/week':
      return { week: '2026-03-02', calendarId: ids.calendar };
    case 'POST /api/v1/contracts/week':
      return { organizationId: ids.organization, coverage: [{ calendarId: ids.calendar }], week: '2026-03-02' };
    case 'POST /api/v1/sla-policies/try':
      return { priority: 'P2', openedAt: '2026-03-06T17:30', calendarId: ids.calendar, policyId: ids.policy };
    case 'PATCH /api/v1/contracts/{id}':
      return { name: 'Renamed contract' };
    case 'POST /api/v1/escalation-policies':
      return { name: `Ladder ${Math.random().toString(36).slice(2)}`, match: { trigger: 'created', businessCritical: true }, steps: [{ delayMinutes: 15, targets: [{ type: 'role', role: 'owner' }] }] };
    case 'PATCH /api/v1/escalation-policies/{id}':
      return { active: false };
    case 'POST /api/v1/escalation-policies/preview':
      return { steps: [{ delayMinutes: 15, targets: [{ type: 'role', role: 'team_lead' }, { type: 'user', userId: ids.user }] }], ticket: ids.ticket };
    case 'POST /api/v1/users/{id}/contact-methods':
      return { method: 'sms', address: '+15555550123', delayMinutes: 0 };
    case 'PATCH /api/v1/users/{id}/contact-methods/{methodId}':
      return { delayMinutes: 2 };
    case 'POST /api/v1/users/{id}/contact-methods/{methodId}/test':
      return undefined;
    case 'POST /api/v1/tickets/{id}/escalate':
      return { step: 1 };
    case 'POST /api/v1/tickets/{id}/acknowledge':
      return undefined;
    case 'POST /api/v1/providers':
      return { name: `Mail ${Math.random().toString(36).slice(2)}`, kind: 'smtp', settings: { host: '127.0.0.1', port: 2525, secure: false, from: 'paging@msp.example' } };
    case 'PATCH /api/v1/providers/{id}':
      return { name: `Mail ${Math.random().toString(36).slice(2)}`, settings: { port: 2526 } };
    case 'POST /api/v1/providers/{id}/test':
      return { to: 'someone@example.com', method: 'email' };
    case 'POST /api/v1/oncall/schedules':
      return { name: `Rota ${Math.random().toString(36).slice(2)}`, timeZone: 'Europe/London', layers: [{ participants: [ids.user], shiftLength: 1, shiftUnit: 'weeks', handoffTime: '09:00', anchorDate: '2026-03-02' }] };
    case 'PATCH /api/v1/oncall/schedules/{id}':
      return { name: `Rota ${Math.random().toString(36).slice(2)}` };
    case 'POST /api/v1/oncall/schedules/{id}/overrides':
      return { userId: ids.user, startAt: '2026-03-02T09:00:00Z', endAt: '2026-03-02T17:00:00Z' };
    case 'POST /api/v1/oncall/schedules/{id}/swaps':
      return { first: { userId: ids.user, startAt: '2026-03-02T09:00:00Z', endAt: '2026-03-03T09:00:00Z' }, second: { userId: ids.user, startAt: '2026-03-03T09:00:00Z', endAt: '2026-03-04T09:00:00Z' } };
    // The upload's body is a CSV file, not JSON (its hostile files are in imports.int.test.ts); applying takes no body.
    case 'POST /api/v1/imports':
    case 'POST /api/v1/imports/{id}/apply':
    case 'POST /api/v1/auth/logout':
    case 'POST /api/v1/organizations/{id}/archive':
    case 'POST /api/v1/organizations/{id}/restore':
    case 'POST /api/v1/sites/{id}/archive':
    case 'POST /api/v1/sites/{id}/restore':
    case 'POST /api/v1/contacts/{id}/archive':
    case 'POST /api/v1/contacts/{id}/restore':
      return undefined;
    case 'POST /api/v1/sso/providers':
      return { name: `IdP ${Math.random().toString(36).slice(2)}`, issuer: 'https://127.0.0.1:9/tenant/v2.0', clientId: 'switchboard', clientSecret: 'a client secret', allowedDomains: ['msp.example'] };
    case 'PATCH /api/v1/sso/providers/{id}':
      return { enabled: false };
    case 'POST /api/v1/auth/sso/{id}/start':
      return { returnTo: '/queue/mine' };
    case 'POST /api/v1/auth/password':
      return { currentPassword: 'not the current password', newPassword: 'lantern orbit quilt 42' };
    case 'POST /api/v1/tickets/counts':
      return { queries: [{ status: 'new,open' }, { organizationId: ids.organization }, { contactId: ids.contact, q: 'example' }] };
    case 'POST /api/v1/views':
      return { name: `View ${Math.random().toString(36).slice(2)}`, queue: 'open', filters: { client: ids.organization, priority: 'P1,P2' } };
    case 'POST /api/v1/mailboxes':
      return { name: `Box ${Math.random().toString(36).slice(2)}`, address: `help-${Math.random().toString(36).slice(2)}@msp.example`, kind: 'smtp' };
    case 'PATCH /api/v1/mailboxes/{id}':
      return { healthMinutes: 60 };
    case 'POST /api/v1/mail/triage/{id}/contact':
      return { organizationId: ids.organization };
    case 'PUT /api/v1/mail/templates/{event}':
      return { subject: '[{{number}}] {{subject}}', body: 'Hello {{contactName}}', signature: 'The desk' };
    case 'POST /api/v1/mail/triage/{id}/dismiss':
      return undefined;
    case 'PATCH /api/v1/views/{id}':
      return { name: `View ${Math.random().toString(36).slice(2)}` };
    case 'POST /api/v1/alert-sources':
      return { name: `Source ${Math.random().toString(36).slice(2)}`, format: 'generic', organizationId: ids.organization, severityMap: { disaster: 'P1' } };
    case 'PATCH /api/v1/alert-sources/{id}':
      return { defaultPriority: 'P2', flapChanges: 6 };
    case 'POST /api/v1/heartbeats':
      return { name: `Job ${Math.random().toString(36).slice(2)}`, organizationId: ids.organization, intervalMinutes: 60, graceMinutes: 5 };
    case 'PATCH /api/v1/heartbeats/{id}':
      return { graceMinutes: 10 };
    case 'POST /api/v1/heartbeats/report':
      return { status: 'success', message: 'nightly run done' };
    case 'POST /api/v1/alerts/inbound/generic':
      return { key: 'srv-01/disk', summary: 'Disk almost full', severity: 'warning', host: 'srv-01', labels: { site: 'hq' } };
    case 'POST /api/v1/alerts/inbound/alertmanager':
      return { version: '4', status: 'firing', alerts: [{ status: 'firing', labels: { alertname: 'InstanceDown', instance: 'srv-01:9100', severity: 'critical' }, annotations: { summary: 'srv-01 down' }, startsAt: '2026-03-02T13:55:00Z', fingerprint: 'a1b2c3' }] };
    case 'POST /api/v1/alerts/inbound/uptime-kuma':
      return { heartbeat: { monitorID: 4, status: 0, msg: 'timeout' }, monitor: { id: 4, name: 'Portal', url: 'https://portal.example/', tags: [{ name: 'client', value: 'alpha' }] }, msg: '[Portal] down' };
    case 'POST /api/v1/alerts/inbound/ninjaone':
      return { deviceId: 3, activityType: 'CONDITION', statusCode: 'TRIGGERED', severity: 'MAJOR', sourceConfigUid: 'c-1', sourceName: 'CPU', message: 'CPU above 90%', device: { id: 3, organizationId: 8, displayName: 'SRV-01' } };
    case 'POST /api/v1/alert-sources/{id}/token':
    case 'POST /api/v1/heartbeats/{id}/token':
    case 'POST /api/v1/suspected-incidents/{id}/dismiss':
      return undefined;
    case 'POST /api/v1/tickets/{id}/fraud-flags':
      return { reason: 'Caller asked to change the bank account for supplier payments', purportedSender: { name: 'Dana Whitfield', address: 'dana@example.com' } };
    case 'POST /api/v1/tickets/{id}/fraud-flags/{flagId}/call':
      return { outcome: 'not_reachable', number: '+1 312 555 0123', whereFound: 'The supplier’s website', note: 'No answer' };
    case 'POST /api/v1/fraud-warnings':
      return { flagId: ids.fraudFlag ?? 'no-such-flag', text: 'A message pretending to be from a supplier asked to change bank details; do not act on it.' };
    case 'PATCH /api/v1/fraud-warnings/{id}':
      return { text: 'Do not act on it.' };
    case 'PATCH /api/v1/organizations/{id}/fraud-settings':
      return { threshold: 45 };
    case 'POST /api/v1/vendors':
      return { name: `Vendor ${Math.random().toString(36).slice(2)}`, portalUrl: 'https://support.vendor.example/', supportContacts: [{ name: 'NOC', phone: '+1 800 555 0100' }], accountNumbers: [{ label: 'Partner', number: 'P-1' }] };
    case 'POST /api/v1/vendors/import':
      return { csv: 'vendor,service,client,criticality\nImported Vendor,Imported service,,\n' };
    case 'PATCH /api/v1/vendors/{id}':
      return { notes: 'changed' };
    case 'POST /api/v1/vendors/{id}/services':
      return { name: `Service ${Math.random().toString(36).slice(2)}`, description: 'Hosted' };
    case 'PATCH /api/v1/vendor-services/{id}':
      return { description: 'changed' };
    case 'POST /api/v1/dependencies':
      return { serviceId: ids.vendorService ?? 'no-such-service', organizationId: ids.organization, siteId: ids.site, purpose: 'email', criticality: 'high', fallback: 'Webmail', workaroundSteps: ['Use webmail'] };
    case 'PATCH /api/v1/dependencies/{id}':
      return { criticality: 'low' };
    case 'POST /api/v1/incidents/preview':
      return { serviceIds: [ids.vendorService ?? 'no-such-service'] };
    case 'POST /api/v1/incidents':
      return { serviceIds: [ids.vendorService ?? 'no-such-service'], title: 'Vendor outage', summary: 'The vendor is down', attachTicketIds: [ids.ticket] };
    case 'PATCH /api/v1/incidents/{id}/children/{organizationId}':
      return { workaroundState: 'in_place', stepsDone: [0] };
    case 'POST /api/v1/incidents/{id}/children/{organizationId}/detach':
      return { reason: 'Their own router, not the vendor' };
    case 'POST /api/v1/incidents/{id}/discard':
      return { reason: 'The declaration died; declared again' };
    case 'POST /api/v1/incidents/{id}/updates':
      return { body: 'The vendor expects the service back by 18:00.' };
    case 'POST /api/v1/incidents/{id}/resolve':
      return { note: 'The vendor is back', keepOpen: [{ organizationId: ids.organization, reason: 'Profiles to restore' }] };
    case 'PUT /api/v1/incidents/{id}/review':
      return { body: '# Review\n\nWhat happened.', version: 1 };
    case 'POST /api/v1/incidents/{id}/actions':
      return { title: 'Buy spare laptops', assigneeId: null, dueOn: '2026-03-20' };
    case 'PATCH /api/v1/incidents/{id}/actions/{actionId}':
      return { done: true };
    case 'PATCH /api/v1/incidents/{id}':
      return { vendorTicket: 'CASE-1', vendorContact: 'The NOC', vendorPromisedAt: '2026-03-02T18:00:00Z' };
    case 'POST /api/v1/suspected-incidents/{id}/declare':
      return { title: 'Suspected outage', summary: 'Many clients alerting' };
    case 'POST /api/v1/status-subscriptions':
      return { kind: 'email', email: 'alpha.0@example.com', organizationId: ids.organization };
    case 'POST /api/v1/kb/articles':
      return { title: 'Example article', body: 'Restart the **router**.', audience: 'clients', organizationId: ids.organization, tags: ['network'] };
    case 'PATCH /api/v1/kb/articles/{id}':
      return { title: 'Renamed article' };
    case 'POST /api/v1/kb/preview':
      return { body: 'Restart the **router**.' };
    case 'POST /api/v1/tickets/{id}/kb-links':
      return { articleId: ids.kbArticle ?? 'no-such-article' };
    case 'PUT /api/v1/billing/contracts/{id}/terms':
      return {
        kind: 'managed', flatFee: { basis: 'per_user', amountMinor: 4500 }, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
        afterHoursPercent: 150, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: null, workTypes: ['support'], remote: true, homeWorkers: false },
      };
    case 'PUT /api/v1/billing/clients/{id}/account':
      return { currency: 'EUR' };
    case 'POST /api/v1/billing/tickets/{id}/time-entries':
      return { startedAt: '2026-03-02T12:00:00Z', minutes: 30, workType: 'support', location: 'remote', note: 'Example time' };
    case 'POST /api/v1/billing/tickets/{id}/timer':
      return { workType: 'support', location: 'remote' };
    case 'POST /api/v1/billing/tickets/{id}/timer/stop':
      return { note: 'Example note' };
    case 'PATCH /api/v1/billing/time-entries/{id}':
      return { classification: 'goodwill', reason: 'Example goodwill' };
    case 'POST /api/v1/billing/waivers':
      return { entryIds: [ids.timeEntry ?? 'no-such-entry'], reason: 'Example goodwill' };
    case 'POST /api/v1/invoice-runs':
      return { from: '2026-03-01', to: '2026-03-31', organizationId: ids.organization };
    case 'POST /api/v1/invoice-runs/{id}/approve':
    case 'POST /api/v1/invoice-runs/{id}/sent':
    case 'POST /api/v1/invoice-runs/{id}/discard':
      return {};
    case 'POST /api/v1/invoice-runs/{id}/exports':
      return { format: 'quickbooks' };
    case 'PUT /api/v1/invoice-settings/{id}':
      return { taxRateBp: 825, taxName: 'Sales tax', paymentTermsDays: 30, customerName: 'Example Customer' };
    case 'POST /api/v1/billing/tickets/{id}/approvals':
      return { minutes: 60, workType: 'project', note: 'Example approval' };
    case 'POST /api/v1/billing/approvals/{id}/answer':
      return { decision: 'approved', comment: 'Example answer' };
    case 'PUT /api/v1/tickets/{id}/rating':
      return { rating: 'good', comment: 'Quick and kind' };
    case 'POST /api/v1/assets':
      return { organizationId: ids.organization, kind: 'laptop', name: 'Example laptop', serial: 'EX-1', siteId: ids.site, contactId: ids.contact };
    case 'PATCH /api/v1/assets/{id}':
      return { notes: 'changed' };
    case 'POST /api/v1/assets/import':
      return { organizationId: ids.organization, csv: 'kind,name,serial\nlaptop,Imported laptop,IMP-1\n' };
    case 'POST /api/v1/tickets/{id}/assets':
      return { assetId: ids.asset ?? 'no-such-asset' };
    case 'POST /api/v1/stock-locations':
      return { name: 'Example van', kind: 'office' };
    case 'POST /api/v1/spare-items':
      return { name: 'Example spare', kind: 'router' };
    case 'PATCH /api/v1/stock-locations/{id}':
      return { name: 'Example office, renamed' };
    case 'PATCH /api/v1/spare-items/{id}':
      return { model: 'Example model' };
    case 'POST /api/v1/spare-items/{id}/units':
      return { locationId: ids.stockLocation ?? 'no-such-location', serials: ['EX-UNIT-1'] };
    case 'POST /api/v1/spare-items/{id}/stock':
      return { locationId: ids.stockLocation ?? 'no-such-location', onHand: 50 };
    case 'POST /api/v1/tickets/{id}/spare-reservations':
      return { itemId: ids.spareItem ?? 'no-such-item', locationId: ids.stockLocation ?? 'no-such-location', loan: true };
    case 'POST /api/v1/spare-reservations/{id}/move':
      return { move: 'cancel' };
    case 'POST /api/v1/asset-feeds':
      return { name: `Feed ${Math.random().toString(36).slice(2)}`, organizationId: ids.organization };
    case 'POST /api/v1/campaign-templates':
      return { name: 'Example checklist', steps: [{ title: 'VPN', workType: 'support' }, { title: 'Printing' }] };
    case 'POST /api/v1/campaigns':
      return { organizationId: ids.organization, templateId: 'campaign-template-home-working', name: 'Example rollout', dueOn: '2026-03-20' };
    case 'POST /api/v1/campaigns/{id}/people/import':
      return { csv: 'name,email,site\nExample Person,example.person@example.com,home\n' };
    case 'POST /api/v1/campaigns/{id}/assign':
      return { assigneeId: null, filter: { unassigned: true } };
    case 'POST /api/v1/campaign-people/{id}/steps':
      return { position: 1, state: 'blocked', note: 'Example blocker' };
    case 'POST /api/v1/campaign-people/{id}/time-entries':
      return { minutes: 15, position: 1, note: 'Example campaign work' };
    case 'POST /api/v1/backup-jobs':
      return { organizationId: ids.organization, name: `Job ${Math.random().toString(36).slice(2)}`, product: 'veeam', rpoHours: 24, dailyAt: '22:00' };
    case 'PATCH /api/v1/backup-jobs/{id}':
      return { version: 1, name: 'Example edited job', rpoHours: 48 };
    case 'POST /api/v1/backup-jobs/{id}/archive':
      return { version: 1 };
    case 'POST /api/v1/backups/report':
      return { status: 'success', message: 'Example run' };
    case 'POST /api/v1/backup-jobs/{id}/restore-tests':
      return { testedOn: '2026-03-01', result: 'success', durationMinutes: 45 };
    case 'PUT /api/v1/clients/{id}/dr-plan':
      return { rtoHours: 8, lastReviewedOn: '2026-03-01' };
    case 'POST /api/v1/asset-feeds/{id}/rotate':
    case 'POST /api/v1/asset-feeds/{id}/revoke':
      return undefined;
    case 'POST /api/v1/assets/webhook/{source}':
      return { assets: [{ externalId: 'rmm-1', kind: 'desktop', name: 'Pushed desktop' }] };
    default:
      if (op.method === 'POST' || op.method === 'PATCH' || op.method === 'PUT') throw new Error(`no example body for ${op.method} ${op.path}: add one to test/api/endpoints.ts`);
      return undefined;
  }
}

/** The concrete URL of an operation, with `{id}` filled by the object its path names. */
export function urlFor(op: Operation, ids: Targets): string {
  const parts = op.path.split('/');
  // Billing's paths name the kind of object after /billing/ (/api/v1/billing/tickets/{id}/time).
  const kind = parts[3] === 'billing' ? parts[4] : parts[3];
  const id: Record<string, string> = {
    tickets: ids.ticket,
    organizations: ids.organization,
    sites: ids.site,
    contacts: ids.contact,
    users: ids.user,
    teams: ids.team,
    tokens: ids.token,
    calendars: ids.calendar,
    'sla-policies': ids.policy,
    contracts: ids.contract,
    'escalation-policies': ids.escalationPolicy ?? 'no-such-policy',
    providers: 'no-such-provider',
    oncall: ids.oncallSchedule ?? 'no-such-schedule',
    ack: 'not-a-signed-token',
    views: ids.view ?? 'no-such-view',
    mailboxes: 'no-such-mailbox',
    mail: 'no-such-message',
    'fraud-warnings': ids.fraudWarning ?? 'no-such-warning',
    sso: 'no-such-sso-provider',
    auth: 'no-such-sso-provider',
    'alert-sources': ids.alertSource ?? 'no-such-alert-source',
    heartbeats: ids.heartbeat ?? 'no-such-heartbeat',
    alerts: ids.alert ?? 'no-such-alert',
    'suspected-incidents': ids.suspectedIncident ?? 'no-such-suspected-incident',
    imports: 'no-such-import',
    vendors: ids.vendor ?? 'no-such-vendor',
    'vendor-services': ids.vendorService ?? 'no-such-service',
    dependencies: ids.dependency ?? 'no-such-dependency',
    incidents: ids.incident ?? 'no-such-incident',
    approvals: ids.approval ?? 'no-such-approval',
    'status-subscriptions': ids.statusSubscription ?? 'no-such-subscription',
    kb: ids.kbArticle ?? 'no-such-article',
    clients: ids.organization,
    'time-entries': ids.timeEntry ?? 'no-such-entry',
    assets: ids.asset ?? 'no-such-asset',
    'asset-feeds': ids.assetFeed ?? 'no-such-feed',
    'spare-items': ids.spareItem ?? 'no-such-item',
    'stock-locations': ids.stockLocation ?? 'no-such-location',
    'spare-reservations': ids.spareReservation ?? 'no-such-reservation',
    campaigns: ids.campaign ?? 'no-such-campaign',
    'campaign-people': ids.campaignPerson ?? 'no-such-person',
    'backup-jobs': ids.backupJob ?? 'no-such-job',
    'invoice-runs': ids.invoiceRun ?? 'no-such-run',
    invoices: ids.invoice ?? 'no-such-invoice',
    'invoice-exports': ids.invoiceExport ?? 'no-such-export',
    'invoice-settings': ids.organization,
  };
  if (!op.path.includes('{id}') && !op.path.includes('{token}')) return op.path.replace('{event}', 'created').replace('{source}', encodeURIComponent(ids.assetFeed ?? 'no-such-feed'));
  if (!(kind in id)) throw new Error(`no id for ${op.path}: add it to test/api/endpoints.ts`);
  return op.path.replace('{id}', encodeURIComponent(id[kind])).replace('{methodId}', 'no-such-method').replace('{token}', 'not.a-signed-token').replace('{overrideId}', 'no-such-override').replace('{flagId}', encodeURIComponent(ids.fraudFlag ?? 'no-such-flag')).replace('{organizationId}', encodeURIComponent(ids.organization)).replace('{actionId}', encodeURIComponent(ids.incidentAction ?? 'no-such-action'));
}
