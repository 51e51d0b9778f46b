/** The invoices area's requests and shapes, typed from the OpenAPI document. */
import { api, apiAll } from '../platform/api';
import type { components } from '../platform/api-types';

export type InvoiceRun = components['schemas']['InvoiceRun'];
export type InvoiceRunSummary = components['schemas']['InvoiceRunSummary'];
export type Invoice = components['schemas']['Invoice'];
export type InvoiceSummary = components['schemas']['InvoiceSummary'];
export type InvoiceLine = Invoice['lines'][number];
type Organization = components['schemas']['Organization'];

const runPath = (id: string) => `/invoice-runs/${encodeURIComponent(id)}`;

export const fetchRuns = (signal: AbortSignal) => api<{ items: InvoiceRunSummary[] }>('GET', '/invoice-runs', undefined, { signal });
export const fetchRun = (id: string, signal: AbortSignal) => api<InvoiceRun>('GET', runPath(id), undefined, { signal });
export const fetchInvoice = (id: string, signal: AbortSignal) => api<Invoice>('GET', `/invoices/${encodeURIComponent(id)}`, undefined, { signal });
export const startRun = (body: { from: string; to: string; organizationId?: string }) => api<InvoiceRun>('POST', '/invoice-runs', body);
export const approveRun = (run: InvoiceRun) => api<InvoiceRun>('POST', `${runPath(run.id)}/approve`, { version: run.version });
export const discardRun = (run: InvoiceRun) => api<InvoiceRun>('POST', `${runPath(run.id)}/discard`, {});
export const markSent = (run: InvoiceRun) => api<InvoiceRun>('POST', `${runPath(run.id)}/sent`, {});
export const exportRun = (run: InvoiceRun, format: 'xero' | 'quickbooks') => api<{ id: string }>('POST', `${runPath(run.id)}/exports`, { format });
export const fetchClients = () => apiAll<Organization>('/organizations');

/** Where the browser downloads an export file or an invoice's PDF. */
export const exportUrl = (id: string) => `/api/v1/invoice-exports/${encodeURIComponent(id)}`;
export const pdfUrl = (id: string) => `/api/v1/invoices/${encodeURIComponent(id)}/pdf`;

/** `12000` USD → `$120.00`, in the currency's own minor units. */
export function money(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

export const STATUS_LABELS: Record<InvoiceRun['status'], string> = { draft: 'Draft', approved: 'Approved', sent: 'Sent', exported: 'Exported', discarded: 'Discarded' };
export const FORMAT_LABELS = { xero: 'Xero CSV', quickbooks: 'QuickBooks Online CSV' } as const;
