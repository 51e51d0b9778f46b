/**
 * HTTP of invoices: runs under /api/v1/invoice-runs, an invoice's PDF, export files and each
 * client's invoicing settings. Owners and admins only: everyone else gets 403.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams } from '../../platform/http/common.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isAdministrator, isStaff } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { approveInvoiceRun } from './approve-invoice-run.js';
import { discardInvoiceRun } from './discard-invoice-run.js';
import { exportInvoiceRun } from './export-invoice-run.js';
import type { InvoiceDeps } from './invoice-deps.js';
import type { ExportFormat } from './invoice.js';
import { invoicePdf } from './invoice-pdf.js';
import { findExport, findRun, findSettings, listRuns } from './invoices.repository.js';
import { ApproveBody, ExportBody, Invoice, InvoiceSummary, InvoiceExport, InvoiceRun, InvoiceRunSummary, InvoiceSettings, RunBody, SettingsBody } from './invoices.schema.js';
import { markRunSent } from './mark-run-sent.js';
import { invoiceWithLines, runDetail } from './run-reads.js';
import { saveInvoiceSettings } from './save-invoice-settings.js';
import { startInvoiceRun } from './start-invoice-run.js';

/** Registers the invoices module's routes. */
export function invoiceRoutes(app: App, deps: InvoiceDeps): void {
  for (const s of [Invoice, InvoiceSummary, InvoiceExport, InvoiceRun, InvoiceRunSummary, InvoiceSettings]) app.addSchema(s);
  const { db } = deps;
  const tags = ['invoices'];
  const admin = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor) || !isAdministrator(actor)) throw forbidden('Invoices are for owners and admins');
    return actor;
  };
  const runOf = async (id: string, trx = db) => (await findRun(trx, id)) ?? Promise.reject(notFound('Invoice run'));
  const RunAnswer = { 200: Type.Ref('InvoiceRun'), ...problemResponses(400, 401, 403, 404, 409) };

  app.get('/api/v1/invoice-runs', {
    schema: { tags, summary: 'Invoice runs, newest first (owner, admin)', response: { 200: Type.Object({ items: Type.Array(Type.Ref('InvoiceRunSummary')) }), ...problemResponses(401, 403) } },
  }, async (request) => {
    admin(request);
    return { items: await listRuns(db, 100) };
  });

  app.post('/api/v1/invoice-runs', {
    schema: {
      tags,
      summary: 'Start an invoice run over a period: a draft invoice per client (owner, admin)',
      description: 'Drafts claim no time: entries are claimed when the run is approved, so a repeated or overlapping run bills nothing twice.',
      body: RunBody,
      response: { 201: Type.Ref('InvoiceRun'), ...problemResponses(400, 401, 403, 422) },
    },
  }, async (request, reply) => {
    const actor = admin(request);
    const run = await db.transaction().execute((trx) => startInvoiceRun({ ...deps, db: trx }, actor, request.body as RunBody));
    return reply.code(201).send(await runDetail(deps, run));
  });

  app.get('/api/v1/invoice-runs/:id', {
    schema: { tags, summary: 'An invoice run with its invoices (totals; the lines with each invoice) and its export files (owner, admin)', params: IdParams, response: { 200: Type.Ref('InvoiceRun'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    admin(request);
    return runDetail(deps, await runOf(request.params.id));
  });

  app.post('/api/v1/invoice-runs/:id/approve', {
    schema: { tags, summary: 'Approve a draft run: number its invoices and mark their time invoiced (owner, admin)', params: IdParams, body: ApproveBody, response: RunAnswer },
  }, async (request) => {
    const actor = admin(request);
    await runOf(request.params.id);
    const run = await db.transaction().execute((trx) => approveInvoiceRun({ ...deps, db: trx }, actor, request.params.id, request.body.version));
    return runDetail(deps, run);
  });

  app.post('/api/v1/invoice-runs/:id/sent', {
    schema: { tags, summary: 'Mark an approved run’s invoices as sent (owner, admin)', params: IdParams, body: ApproveBody, response: RunAnswer },
  }, async (request) => {
    admin(request);
    const run = await db.transaction().execute(async (trx) => markRunSent({ ...deps, db: trx }, await runOf(request.params.id, trx)));
    return runDetail(deps, run);
  });

  app.post('/api/v1/invoice-runs/:id/discard', {
    schema: { tags, summary: 'Discard a draft run; drafts claim no time, so this frees nothing (owner, admin)', params: IdParams, body: ApproveBody, response: RunAnswer },
  }, async (request) => {
    admin(request);
    const run = await db.transaction().execute(async (trx) => discardInvoiceRun({ ...deps, db: trx }, await runOf(request.params.id, trx)));
    return runDetail(deps, run);
  });

  app.post('/api/v1/invoice-runs/:id/exports', {
    schema: { tags, summary: 'Make an accounting export file of an approved run: Xero or QuickBooks Online CSV (owner, admin)', params: IdParams, body: ExportBody, response: { 201: Type.Ref('InvoiceExport'), ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const actor = admin(request);
    const made = await db.transaction().execute(async (trx) => exportInvoiceRun({ ...deps, db: trx }, actor, await runOf(request.params.id, trx), (request.body as { format: ExportFormat }).format));
    return reply.code(201).send(made);
  });

  app.get('/api/v1/invoice-exports/:id', {
    schema: {
      tags, summary: 'Download an export file as it was made (owner, admin)', params: IdParams,
      response: { 200: { description: 'The CSV file.', content: { 'text/csv': { schema: Type.String() } } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    admin(request);
    const file = await findExport(db, request.params.id);
    if (!file) throw notFound('Export file');
    const { fileName, content } = file;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(content);
  });

  app.get('/api/v1/invoices/:id', {
    schema: { tags, summary: 'An invoice with its lines (owner, admin)', params: IdParams, response: { 200: Type.Ref('Invoice'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    admin(request);
    const inv = await invoiceWithLines(deps, request.params.id);
    if (!inv) throw notFound('Invoice');
    return inv;
  });

  app.get('/api/v1/invoices/:id/pdf', {
    schema: {
      tags, summary: 'An invoice as a PDF (owner, admin)', params: IdParams,
      response: { 200: { description: 'The invoice.', content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    admin(request);
    const inv = await invoiceWithLines(deps, request.params.id);
    if (!inv) throw notFound('Invoice');
    const pdf = await invoicePdf(inv);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${inv.number ?? `draft-${inv.id}`}.pdf"`).send(pdf);
  });

  app.get('/api/v1/invoice-settings/:id', {
    schema: { tags, summary: 'A client’s invoicing settings: tax rate and name, payment terms, accounting name (owner, admin)', params: IdParams, response: { 200: Type.Ref('InvoiceSettings'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const actor = admin(request);
    const org = await findOrganization(db, actor, request.params.id);
    if (!org) throw notFound('Client organisation');
    return findSettings(db, org.id);
  });

  app.put('/api/v1/invoice-settings/:id', {
    schema: { tags, summary: 'Set a client’s invoicing settings (owner, admin)', params: IdParams, body: SettingsBody, response: { 200: Type.Ref('InvoiceSettings'), ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    const actor = admin(request);
    const org = await findOrganization(db, actor, request.params.id);
    if (!org) throw notFound('Client organisation');
    const { customerName = null, ...rest } = request.body as SettingsBody;
    return db.transaction().execute((trx) => saveInvoiceSettings({ ...deps, db: trx }, { organizationId: org.id, customerName, ...rest }));
  });
}
