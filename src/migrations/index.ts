import type { Kysely } from 'kysely';
import type { DialectName } from '../platform/db/dialect.js';
import * as foundation from './001-foundation.js';
import * as sla from './002-sla.js';
import * as escalation from './003-escalation.js';
import * as notify from './004-notify.js';
import * as oncall from './005-oncall.js';
import * as accountManager from './006-account-manager.js';
import * as searchDocs from './007-search-docs.js';
import * as savedViews from './008-saved-views.js';
import * as queueCounts from './009-queue-counts.js';
import * as searchTokens from './010-search-tokens.js';
import * as loginThrottles from './011-login-throttles.js';
import * as clientSearchAndKeys from './012-client-search-and-keys.js';
import * as phonesAndContractTerms from './013-phones-and-contract-terms.js';
import * as ticketNumberSequence from './014-ticket-number-sequence.js';
import * as archiving from './016-archiving.js';
import * as testPages from './017-test-pages.js';
import * as sso from './019-sso.js';
import * as mailIntake from './020-mail-intake.js';
import * as fraudChecks from './021-fraud-checks.js';
import * as imports from './022-imports.js';
import * as slaWarningBefore from './023-sla-warning-before.js';
import * as alerts from './024-alerts.js';
import * as demoOutbox from './026-demo-outbox.js';
import * as vendorsAndIncidents from './027-vendors-and-incidents.js';
import * as kb from './028-kb.js';
import * as billing from './030-billing.js';
import * as csatAndReports from './031-csat-and-reports.js';
import * as incidentLifecycle from './032-incident-lifecycle.js';
import * as assetsAndSpares from './033-assets-and-spares.js';
import * as invoices from './034-invoices.js';
import * as billingAlertsRatesApprovals from './035-billing-alerts-rates-approvals.js';
import * as campaigns from './036-campaigns.js';
import * as backups from './037-backups.js';
import * as kbSearchAndSolved from './038-kb-search-and-solved.js';
import * as serialisedSpares from './039-serialised-spares.js';
import * as subscriptionsAndDeclaredSuspicions from './040-subscriptions-and-declared-suspicions.js';
import * as backupReportTrust from './041-backup-report-trust.js';
import * as campaignPersonTickets from './042-campaign-person-tickets.js';
import * as dependencyNotifyContacts from './043-dependency-notify-contacts.js';

export interface MigrationStep {
  name: string;
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** The one ordered migration list for both dialects. Append only; never edit a landed step. */
export const migrations: MigrationStep[] = [
  { name: '001-foundation', up: foundation.up },
  { name: '002-sla', up: sla.up },
  { name: '003-escalation', up: escalation.up },
  { name: '004-notify', up: notify.up },
  { name: '005-oncall', up: oncall.up },
  { name: '006-account-manager', up: accountManager.up },
  { name: '007-search-docs', up: searchDocs.up },
  { name: '008-saved-views', up: savedViews.up },
  { name: '009-queue-counts', up: queueCounts.up },
  { name: '010-search-tokens', up: searchTokens.up },
  { name: '011-login-throttles', up: loginThrottles.up },
  { name: '012-client-search-and-keys', up: clientSearchAndKeys.up },
  { name: '013-phones-and-contract-terms', up: phonesAndContractTerms.up },
  { name: '014-ticket-number-sequence', up: ticketNumberSequence.up },
  { name: '016-archiving', up: archiving.up },
  { name: '017-test-pages', up: testPages.up },
  { name: '019-sso', up: sso.up },
  { name: '020-mail-intake', up: mailIntake.up },
  { name: '021-fraud-checks', up: fraudChecks.up },
  { name: '022-imports', up: imports.up },
  { name: '023-sla-warning-before', up: slaWarningBefore.up },
  { name: '024-alerts', up: alerts.up },
  { name: '026-demo-outbox', up: demoOutbox.up },
  { name: '027-vendors-and-incidents', up: vendorsAndIncidents.up },
  { name: '028-kb', up: kb.up },
  { name: '030-billing', up: billing.up },
  { name: '031-csat-and-reports', up: csatAndReports.up },
  { name: '032-incident-lifecycle', up: incidentLifecycle.up },
  { name: '033-assets-and-spares', up: assetsAndSpares.up },
  { name: '034-invoices', up: invoices.up },
  { name: '035-billing-alerts-rates-approvals', up: billingAlertsRatesApprovals.up },
  { name: '036-campaigns', up: campaigns.up },
  { name: '037-backups', up: backups.up },
  { name: '038-kb-search-and-solved', up: kbSearchAndSolved.up },
  { name: '039-serialised-spares', up: serialisedSpares.up },
  { name: '040-subscriptions-and-declared-suspicions', up: subscriptionsAndDeclaredSuspicions.up },
  { name: '041-backup-report-trust', up: backupReportTrust.up },
  { name: '042-campaign-person-tickets', up: campaignPersonTickets.up },
  { name: '043-dependency-notify-contacts', up: dependencyNotifyContacts.up },
];
