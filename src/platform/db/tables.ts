/**
 * The database as Kysely sees it: every module's tables, composed from the row types each module
 * keeps beside its repository (`<module>.tables.ts`). Platform imports those files for their types
 * only; which module may name which table in SQL is checked by test/architecture/boundaries.test.ts.
 */
import type { AlertTables } from '../../modules/alerts/alerts.tables.js';
import type { AssetTables } from '../../modules/assets/assets.tables.js';
import type { AuditTables } from '../../modules/audit/audit.tables.js';
import type { AuthTables } from '../../modules/auth/auth.tables.js';
import type { CampaignTables } from '../../modules/campaigns/campaigns.tables.js';
import type { BackupTables } from '../../modules/backups/backups.tables.js';
import type { BillingTables } from '../../modules/billing/billing.tables.js';
import type { ClientTables } from '../../modules/clients/clients.tables.js';
import type { CsatTables } from '../../modules/csat/csat.tables.js';
import type { EscalationTables } from '../../modules/escalation/escalation.tables.js';
import type { FraudCheckTables } from '../../modules/fraud-checks/fraud-checks.tables.js';
import type { ImportTables } from '../../modules/imports/imports.tables.js';
import type { InvoiceTables } from '../../modules/invoices/invoices.tables.js';
import type { IncidentTables } from '../../modules/incidents/incidents.tables.js';
import type { KbTables } from '../../modules/kb/kb.tables.js';
import type { MailTables } from '../../modules/mail/mail.tables.js';
import type { NotifyTables } from '../../modules/notify/notify.tables.js';
import type { OncallTables } from '../../modules/oncall/oncall.tables.js';
import type { ReportTables } from '../../modules/reports/reports.tables.js';
import type { SlaTables } from '../../modules/sla/sla.tables.js';
import type { SpareTables } from '../../modules/spares/spares.tables.js';
import type { SsoTables } from '../../modules/sso/sso.tables.js';
import type { StaffTables } from '../../modules/staff/staff.tables.js';
import type { TicketTables } from '../../modules/tickets/tickets.tables.js';
import type { VendorTables } from '../../modules/vendors/vendors.tables.js';
import type { ViewTables } from '../../modules/views/views.tables.js';
import type { PlatformTables } from './platform.tables.js';

/**
 * Every table by name. One composed type rather than a handle per module: a transaction is handed
 * from module to module (a ticket's create writes clocks, ladders and pages in one), and one type
 * lets it pass without casts.
 */
export type Database = PlatformTables &
  AuditTables &
  AuthTables &
  StaffTables &
  ClientTables &
  TicketTables &
  ViewTables &
  SlaTables &
  EscalationTables &
  NotifyTables &
  OncallTables &
  SsoTables &
  MailTables &
  FraudCheckTables &
  ImportTables &
  AlertTables &
  VendorTables &
  IncidentTables &
  KbTables &
  BillingTables &
  CsatTables &
  ReportTables &
  AssetTables &
  SpareTables &
  CampaignTables &
  BackupTables &
  InvoiceTables;
