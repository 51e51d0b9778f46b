/**
 * The web role (`--roles api`): every module's routes on the node's HTTP server, the live stream,
 * and the built web app. Writes that queue work wake this node's engine or delivery worker through
 * the shared signals; on a node without the engine role nobody listens and another node's engine
 * picks the work up.
 */
import type { App } from '../platform/http/server.js';
import { webAppRoutes } from '../platform/http/web-app.js';
import { alertRoutes, AlertIntake } from '../modules/alerts/index.js';
import { assetsRoutes } from '../modules/assets/index.js';
import { backupRoutes } from '../modules/backups/index.js';
import { auditRoutes } from '../modules/audit/index.js';
import { authRoutes, LoginLimiter } from '../modules/auth/index.js';
import { billingRoutes } from '../modules/billing/index.js';
import { invoiceRoutes } from '../modules/invoices/index.js';
import { clientRoutes, createContact, organizationExists } from '../modules/clients/index.js';
import { csatRoutes } from '../modules/csat/index.js';
import { escalationRoutes, holdLadders, pageIncident, releaseLadders } from '../modules/escalation/index.js';
import { fraudCheckRoutes, verificationGuard } from '../modules/fraud-checks/index.js';
import { ImportApplier, importRoutes } from '../modules/imports/index.js';
import { incidentRoutes, reviewRoutes, statusRoutes, subscriberLinks, subscriptionRoutes, type IncidentLadders, type SubscriberMail } from '../modules/incidents/index.js';
import { kbRoutes } from '../modules/kb/index.js';
import { armMailboxHealth, mailRoutes, processInbound, queueStaffMail, queueTicketNotice } from '../modules/mail/index.js';
import { ackRoutes, demoOutboxRoutes, notifyRoutes, providerRoutes, testPageRoutes } from '../modules/notify/index.js';
import { oncallRoutes } from '../modules/oncall/index.js';
import { clientOverviewRoutes, ownerReportRoutes, reportRoutes } from '../modules/reports/index.js';
import { openTicketIds, slaPreviewRoutes, slaRoutes } from '../modules/sla/index.js';
import { spareRoutes } from '../modules/spares/index.js';
import { campaignRoutes } from '../modules/campaigns/index.js';
import { OidcClient, ssoPasswordPolicy, ssoRoutes } from '../modules/sso/index.js';
import { staffRoutes, teamExists } from '../modules/staff/index.js';
import { findTicketForActor, streamRoutes, ticketRoutes } from '../modules/tickets/index.js';
import { vendorRoutes } from '../modules/vendors/index.js';
import { viewRoutes } from '../modules/views/index.js';
import type { MailRole } from './mail.js';
import type { Shared } from './shared.js';

export interface WebRole {
  /** Starts re-checking live streams' access. */
  start(): void;
  /** Lets running imports stop at their next chunk. */
  stopWork(): Promise<void>;
  stop(): void;
}

/** Sign-in, people and clients: who may do what, and to whom. */
function accountRoutes(app: App, s: Shared): void {
  const { config, database, clock } = s;
  const db = database.db;
  const secureCookies = config.publicUrl.startsWith('https://');
  const accessChanged = s.accessChanged;
  authRoutes(app, { db, clock, limiter: new LoginLimiter({ db, dialect: database.dialect, clock }, config.loginAttemptsPerWindow), sessionTtlHours: config.sessionTtlHours, secureCookies, publicUrl: config.publicUrl, accessChanged, passwordPolicy: ssoPasswordPolicy(db) });
  ssoRoutes(app, { db, clock, secretKey: config.secretKey, oidc: new OidcClient({ clock, privateIssuers: config.ssoPrivateIssuers }), publicUrl: config.publicUrl, sessionTtlHours: config.sessionTtlHours, secureCookies });
  auditRoutes(app, { db });
  staffRoutes(app, { db, clock, accessChanged });
  clientRoutes(app, { db, clock });
}

/** Paging: providers, acknowledgements, test pages, the demo outbox. */
function pagingRoutes(app: App, s: Shared): void {
  const { config, database, clock, ladders } = s;
  const db = database.db;
  const afterAck = () => s.signals.wake('delivery');
  const common = { secretKey: config.secretKey, ticketPrefix: config.ticketPrefix, allowPrivateDestinations: config.allowPrivateDestinations };
  notifyRoutes(app, { ...common, db, clock, publicUrl: config.publicUrl, ladders, twilioTokens: async () => (await s.providers.current()).twilioTokens, afterAck, onProvidersChanged: s.providers.forget });
  providerRoutes(app, { ...common, db, clock, onProvidersChanged: s.providers.forget });
  testPageRoutes(app, { db, clock, afterQueued: afterAck });
  demoOutboxRoutes(app, { db, ticketPrefix: config.ticketPrefix });
  ackRoutes(app, { db, clock, secretKey: config.secretKey, ticketPrefix: config.ticketPrefix, ladders, afterAck });
}

/** Vendor incidents: declaring, updates and status pages, closing and the review. */
function incidentWorkRoutes(app: App, s: Shared): void {
  const { config, database, clock, calendars, reactions } = s;
  const ladders: IncidentLadders = {
    hold: (trx, ticketId, actorUserId) => holdLadders({ ...s.ladders, db: trx }, ticketId, 'a vendor incident owns the ticket', actorUserId),
    release: (trx, ticketId, reason, actorUserId) => releaseLadders({ ...s.ladders, db: trx }, ticketId, reason, actorUserId),
    page: (trx, ticketIds, page) => pageIncident({ ...s.ladders, db: trx }, ticketIds, page),
    afterPaged: () => s.signals.wake('delivery'),
  };
  const deps = {
    db: database.db,
    dialect: database.dialect,
    clock,
    calendars,
    onTicketCreating: reactions.creating,
    onTicketChanged: reactions.changed,
    // Resolving the children waits for what holds a ticket open, as a person's resolve does.
    resolveGuards: [verificationGuard],
    publish: s.alerts.publish,
    ticketPrefix: config.ticketPrefix,
    ladders,
  };
  // The status pages' subscribers: mail through the outbox; webhooks on the engine's deadlines. Their links need the secret key.
  const subscriberMail: SubscriberMail = (trx, m) => queueStaffMail({ db: trx, clock }, { ...m, event: 'status_update' });
  const subscribers = config.secretKey ? { dialect: database.dialect, clock, secretKey: config.secretKey, mail: subscriberMail, links: subscriberLinks({ secretKey: config.secretKey, publicUrl: config.publicUrl, clock }) } : undefined;
  incidentRoutes(app, deps);
  reviewRoutes(app, { ...deps, subscribers });
  statusRoutes(app, { ...deps, secretKey: config.secretKey, publicUrl: config.publicUrl, mail: (trx, notice) => queueTicketNotice({ ...s.mailDeps, db: trx }, notice), subscribers });
  subscriptionRoutes(app, { db: database.db, dialect: database.dialect, clock, secretKey: config.secretKey, publicUrl: config.publicUrl, mail: subscriberMail });
}

/** Registers every module's routes, the live stream and the web app on `app`. */
export async function createWebRole(app: App, s: Shared, roles: { mail?: MailRole }): Promise<WebRole> {
  const { config, database, clock, events, calendars, reactions } = s;
  const db = database.db;
  const dialect = database.dialect;
  const onTicketChanged = reactions.changed;
  const publish = s.alerts.publish;
  const wakeEngine = () => s.signals.wake('engine');
  accountRoutes(app, s);
  // Resolving waits for what other modules hold a ticket open for: the fraud guard's call-back.
  ticketRoutes(app, { db, dialect, clock, events, ticketPrefix: config.ticketPrefix, onTicketChanged, onTicketCreating: reactions.creating, resolveGuards: [verificationGuard] });
  fraudCheckRoutes(app, { db, clock, events, onTicketChanged });
  const recomputeOrganizations = async (organizationIds: string[]) => {
    for (const id of await openTicketIds(db, organizationIds)) await s.recomputeTicket(id);
  };
  slaRoutes(app, { db, clock, calendars, ticketPrefix: config.ticketPrefix, recomputeOrganizations });
  slaPreviewRoutes(app, { db, calendars });
  escalationRoutes(app, { ...s.ladders, db, afterCommit: wakeEngine, allowPrivateDestinations: config.allowPrivateDestinations });
  viewRoutes(app, { db, clock });
  const imports = new ImportApplier({ ...s.importDeps, logger: s.logger });
  importRoutes(app, { db, clock, limitBytes: config.importLimitBytes, applier: imports });
  oncallRoutes(app, { db, clock });
  pagingRoutes(app, s);
  mailRoutes(app, {
    db,
    clock,
    secretKey: config.secretKey,
    teamExists,
    ticketForActor: (actor, id) => findTicketForActor(db, actor, id),
    createContact: (actor, input) => createContact({ db, clock }, actor, input),
    reprocess: (id) => processInbound(s.intake, id),
    onMailboxesChanged: () => {
      s.mailboxes.invalidate();
      roles.mail?.reload();
    },
    organizationExists: (id) => organizationExists(db, id),
    armHealth: async (m) => {
      await armMailboxHealth(db, dialect, m, clock.iso());
      wakeEngine();
    },
  });
  alertRoutes(app, { ...s.alerts, db, intake: new AlertIntake({ ...s.alerts, db }) });
  vendorRoutes(app, { db, clock });
  incidentWorkRoutes(app, s);
  kbRoutes(app, { db, dialect, clock });
  reportRoutes(app, { db, clock });
  ownerReportRoutes(app, { db, clock, timeZone: config.reportTimeZone });
  clientOverviewRoutes(app, { db, clock });
  billingRoutes(app, { db, clock, calendars, defaultCurrency: config.billingCurrency });
  invoiceRoutes(app, { db, dialect, clock, defaultCurrency: config.billingCurrency, ticketPrefix: config.ticketPrefix });
  csatRoutes(app, { db, dialect, clock, ...s.csat, secretKey: config.secretKey, ticketPrefix: config.ticketPrefix, onTicketCreating: reactions.creating, publish });
  assetsRoutes(app, { db, dialect, clock, ticketPrefix: config.ticketPrefix });
  spareRoutes(app, { db, clock });
  campaignRoutes(app, { db, clock, dialect, calendars, defaultCurrency: config.billingCurrency, onTicketCreating: reactions.creating, publish });
  backupRoutes(app, { db, clock, dialect, onTicketChanged, publish, wakeEngine });
  streamRoutes(app, { events, watchAccess: (request, end) => s.access.watchRequest(request, end) });
  await webAppRoutes(app);
  return {
    start: () => s.access.start(),
    stopWork: () => imports.stop(),
    stop: () => s.access.stop(),
  };
}
