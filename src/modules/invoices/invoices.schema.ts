/** TypeBox schemas of invoices: requests, answers, and the OpenAPI document's source. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/common.js';
import { LINE_KINDS } from './invoice-lines.js';
import { EXPORT_FORMATS, RUN_STATUSES } from './invoice.js';

const oneOf = <T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>(Type.Union(values.map((v) => Type.Literal(v)), { description }));
const Day = (description: string) => Type.String({ format: 'date', description });
const Money = (description: string) => Type.Integer({ description: `${description} In minor units (cents) of the invoice's currency.` });

export const RunBody = Type.Object(
  {
    from: Day('First day of the period, in each client’s time zone.'),
    to: Day('Last day of the period, inclusive (at most a year after `from`).'),
    organizationId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'One client; left out: every client with billing terms or unbilled time.' })),
  },
  { additionalProperties: false },
);
export type RunBody = Static<typeof RunBody>;

export const ApproveBody = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 0, description: 'The run’s version as read; another change since is 409 version_conflict.' })) }, { additionalProperties: false });
export const ExportBody = Type.Object({ format: oneOf(EXPORT_FORMATS, '`xero`: Xero’s sales invoice import CSV. `quickbooks`: QuickBooks Online’s invoice import CSV.') }, { additionalProperties: false });

export const SettingsBody = Type.Object(
  {
    taxRateBp: Type.Integer({ minimum: 0, maximum: 10_000, description: 'Tax rate in basis points: 2000 is 20%, 825 is 8.25%.' }),
    taxName: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S', description: 'The tax’s name on the invoice; for Xero, the tax rate’s display name there, e.g. "20% (VAT on Income)".' }),
    paymentTermsDays: Type.Integer({ minimum: 0, maximum: 365, description: 'Days from the invoice date to its due date.' }),
    customerName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'The name the accounting system knows the client by; null: the client’s name.' }))),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

export const InvoiceSettings = Type.Object(
  { organizationId: Type.String(), taxRateBp: Type.Integer(), taxName: Type.String(), paymentTermsDays: Type.Integer(), customerName: Nullable(Type.String()) },
  { $id: 'InvoiceSettings' },
);

const Line = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  kind: oneOf(LINE_KINDS, '`flat_fee` a contract’s monthly fee; `block` block hours drawn (0.00); `block_overage` minutes beyond the block; `time` chargeable time; `goodwill` time waived, 0.00 with its value.'),
  description: Type.String(),
  quantity: Type.Integer(),
  unitMinor: Money('Price of one.'),
  amountMinor: Money('Quantity × unit.'),
  valueMinor: Money('What the line is worth before any waiver: for goodwill, the value waived.'),
  minutes: Nullable(Type.Integer()),
  rateMinor: Nullable(Type.Integer()),
  multiplierPercent: Nullable(Type.Integer()),
  contractId: Nullable(Type.String()),
  month: Nullable(Type.String()),
  entryId: Nullable(Type.String({ description: 'The time entry a time or goodwill line bills.' })),
  entryVersion: Nullable(Type.Integer()),
});

const invoiceFields = {
    id: Type.String(),
    runId: Type.String(),
    organizationId: Type.String(),
    number: Nullable(Type.String({ description: 'Given on approval, e.g. INV-000042; null on a draft.' })),
    seq: Nullable(Type.Integer()),
    customerName: Type.String(),
    timeZone: Type.String(),
    currency: Type.String(),
    issueDate: Nullable(Type.String()),
    dueDate: Nullable(Type.String()),
    paymentTermsDays: Type.Integer(),
    subtotalMinor: Money('Sum of the lines.'),
    taxRateBp: Type.Integer(),
    taxName: Type.String(),
    taxMinor: Money('Tax on the subtotal, half a minor unit rounded up.'),
    totalMinor: Money('Subtotal plus tax.'),
    goodwillMinor: Money('Value of the goodwill lines: work not charged.'),
    lineCount: Type.Integer({ description: 'How many lines the invoice has.' }),
};
/** An invoice without its lines, as a run lists it: a run over many clients answers in kilobytes. */
export const InvoiceSummary = Type.Object(invoiceFields, { $id: 'InvoiceSummary' });
/** An invoice with its lines. */
export const Invoice = Type.Object({ ...invoiceFields, lines: Type.Array(Line) }, { $id: 'Invoice' });

const ExportRecord = Type.Object({ id: Type.String(), format: oneOf(EXPORT_FORMATS, 'The accounting format.'), fileName: Type.String(), createdAt: Type.String() }, { $id: 'InvoiceExport' });
export { ExportRecord as InvoiceExport };

const runFields = {
  id: Type.String(),
  periodFrom: Type.String(),
  periodTo: Type.String(),
  organizationId: Nullable(Type.String()),
  status: oneOf(RUN_STATUSES, 'draft → approved → sent or exported; or discarded.'),
  createdBy: Type.String(),
  createdAt: Type.String(),
  approvedBy: Nullable(Type.String()),
  approvedAt: Nullable(Type.String()),
  sentAt: Nullable(Type.String()),
  exportedAt: Nullable(Type.String()),
  version: Type.Integer(),
};
export const InvoiceRunSummary = Type.Object(runFields, { $id: 'InvoiceRunSummary' });
export const InvoiceRun = Type.Object({ ...runFields, invoices: Type.Array(Type.Ref('InvoiceSummary')), exports: Type.Array(Type.Ref('InvoiceExport')) }, { $id: 'InvoiceRun' });
