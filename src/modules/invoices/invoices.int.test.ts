import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/** Xero's sales invoice import template, column by column, as published (required ones marked *). */
const XERO_SPEC = [
  '*ContactName', 'EmailAddress', 'POAddressLine1', 'POAddressLine2', 'POAddressLine3', 'POAddressLine4', 'POCity', 'PORegion', 'POPostalCode', 'POCountry', '*InvoiceNumber', 'Reference',
  '*InvoiceDate', '*DueDate', 'Total', 'InventoryItemCode', '*Description', '*Quantity', '*UnitAmount', 'Discount', '*AccountCode', '*TaxType', 'TaxAmount', 'TrackingName1', 'TrackingOption1',
  'TrackingName2', 'TrackingOption2', 'Currency', 'BrandingTheme',
];
/** QuickBooks Online's invoice import sample file's columns. */
const QUICKBOOKS_SPEC = ['InvoiceNo', 'Customer', 'InvoiceDate', 'DueDate', 'Terms', 'Location', 'Memo', 'Item(Product/Service)', 'ItemDescription', 'ItemQuantity', 'ItemRate', 'ItemAmount', 'ItemTaxCode', 'ItemTaxAmount', 'Currency', 'Service Date'];

/** The text a PDF shows, from its uncompressed content streams: the hex and literal strings of its text operators. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const op of raw.matchAll(/\[([^\]]*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
    const body = op[1] ?? op[2];
    let text = '';
    for (const s of body.matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)) text += s[1] !== undefined ? Buffer.from(s[1], 'hex').toString('latin1') : s[2].replace(/\\(.)/g, '$1');
    out.push(text);
  }
  return out.join('\n');
}

/**
 * Invoices (issue 13, item 4) on both databases: a premises-only managed client with two contacts,
 * a home worker's chargeable time and time waived as goodwill; the run's draft, approval that
 * claims the time once, PDF and the Xero and QuickBooks files read back. The clock stands at
 * Monday 2 March 2026 14:00 in London.
 */
describe.each(DIALECTS)('invoices on %s', (dialect) => {
  let t: TestApp;
  let org: string;
  let homeTicket: string;
  let approvedRun: string;
  let invoiceId: string;
  let sla: { calendar: string; policy: string };
  const owner = () => t.world.tokens.owner;
  const log = (minutes: number, at = '2026-03-02T10:00:00.000Z') =>
    t.call(t.world.tokens.technician, 'POST', `/api/v1/billing/tickets/${homeTicket}/time-entries`, { startedAt: at, minutes, workType: 'support' }).then((r) => r.body);
  const run = (body: Record<string, unknown> = {}) => t.call(owner(), 'POST', '/api/v1/invoice-runs', { from: '2026-03-01', to: '2026-03-31', organizationId: org, ...body });
  const approve = (id: string) => t.call(owner(), 'POST', `/api/v1/invoice-runs/${id}/approve`, {});

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const o = owner();
    org = (await t.call(o, 'POST', '/api/v1/organizations', { name: 'Premises Only Ltd', timeZone: 'Europe/London' })).body.id;
    await t.call(o, 'PATCH', `/api/v1/organizations/${org}`, { accountManagerId: t.world.staffIds.manager });
    const hq = (await t.call(o, 'POST', '/api/v1/sites', { organizationId: org, name: 'Head office' })).body.id;
    await t.call(o, 'POST', '/api/v1/contacts', { organizationId: org, siteId: hq, name: 'Olive Office', workLocation: 'site' });
    const home = (await t.call(o, 'POST', '/api/v1/contacts', { organizationId: org, siteId: hq, name: 'Hugo Home', workLocation: 'home' })).body.id;
    const calendar = (await t.call(o, 'POST', '/api/v1/calendars', { name: 'London office', timeZone: 'Europe/London', preset: 'business-hours' })).body.id;
    const policy = (await t.call(o, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body.id;
    sla = { calendar, policy };
    const contract = (await t.call(o, 'POST', '/api/v1/contracts', { organizationId: org, name: 'Managed premises', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] })).body.id;
    homeTicket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: org, contactId: home, siteId: hq, subject: 'VPN at home' })).body.id;
    const terms = await t.call(o, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, {
      kind: 'managed', flatFee: { basis: 'per_user', amountMinor: 4500 }, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
      afterHoursPercent: 150, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: [hq], remote: true, homeWorkers: false },
    });
    expect(terms.status, JSON.stringify(terms.body)).toBe(200);
    expect((await t.call(o, 'PUT', `/api/v1/invoice-settings/${org}`, { taxRateBp: 2000, taxName: 'VAT 20%', paymentTermsDays: 14 })).status).toBe(200);
    expect((await log(45)).valueMinor).toBe(9000);
    const waived = await log(60, '2026-03-02T09:30:00.000Z');
    expect((await t.call(t.world.tokens.manager, 'PATCH', `/api/v1/billing/time-entries/${waived.id}`, { classification: 'goodwill', reason: 'Lockdown: home working' })).status).toBe(200);
  });
  afterAll(async () => t?.close());

  it('drafts one invoice for the client: the per-user fee, chargeable time, and goodwill as a $0 line with its value', async () => {
    const r = await run();
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ status: 'draft', periodFrom: '2026-03-01', periodTo: '2026-03-31', organizationId: org });
    expect(r.body.invoices).toHaveLength(1);
    const inv = (await t.call(owner(), 'GET', `/api/v1/invoices/${r.body.invoices[0].id}`)).body;
    expect(r.body.invoices[0].lineCount).toBe(3);
    expect(inv).toMatchObject({ number: null, customerName: 'Premises Only Ltd', currency: 'USD', subtotalMinor: 18000, taxRateBp: 2000, taxName: 'VAT 20%', taxMinor: 3600, totalMinor: 21600, goodwillMinor: 12000 });
    expect(inv.lines.map((l: { kind: string; quantity: number; unitMinor: number; amountMinor: number; valueMinor: number }) => [l.kind, l.quantity, l.unitMinor, l.amountMinor, l.valueMinor])).toEqual([
      ['flat_fee', 2, 4500, 9000, 9000],
      ['time', 1, 9000, 9000, 9000],
      ['goodwill', 1, 0, 0, 12000],
    ]);
    expect(inv.lines[1].description).toContain('home worker; contract covers premises only');
    expect(inv.lines[2].description).toContain('value 120.00 waived (Lockdown: home working)');
    // A draft claims nothing: the time can still be reclassified, and the run can be discarded.
    expect((await t.call(owner(), 'POST', `/api/v1/invoice-runs/${r.body.id}/discard`, {})).body.status).toBe('discarded');
  });

  it('approves a run: numbers and dates the invoice and marks its time invoiced; a repeated run bills nothing twice', async () => {
    const draft = (await run()).body;
    const approved = await approve(draft.id);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    approvedRun = draft.id;
    invoiceId = approved.body.invoices[0].id;
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: t.world.staffIds.owner });
    expect(approved.body.invoices[0]).toMatchObject({ number: 'INV-000001', seq: 1, issueDate: '2026-03-02', dueDate: '2026-03-16', totalMinor: 21600 });
    const time = (await t.call(owner(), 'GET', `/api/v1/billing/tickets/${homeTicket}/time`)).body.items;
    expect(time.map((e: { invoiceId: string | null }) => e.invoiceId)).toEqual([invoiceId, invoiceId]);
    expect((await t.call(t.world.tokens.manager, 'PATCH', `/api/v1/billing/time-entries/${time[0].id}`, { classification: 'goodwill', reason: 'Too late' })).body.code).toBe('already_invoiced');
    const again = await run();
    expect(again.body.invoices).toEqual([]);
    expect((await approve(draft.id)).body).toMatchObject({ status: 409, code: 'not_draft' });
  });

  it('lets one of two drafts holding the same time be approved; the other gets 409 already_invoiced and claims nothing', async () => {
    const entry = await log(30, '2026-03-02T11:00:00.000Z');
    const a = (await run()).body;
    const b = (await run()).body;
    const linesOf = async (x: { invoices: { id: string }[] }) => (await t.call(owner(), 'GET', `/api/v1/invoices/${x.invoices[0].id}`)).body.lines.map((l: { entryId: string }) => l.entryId);
    expect([await linesOf(a), await linesOf(b)]).toEqual([[entry.id], [entry.id]]);
    const answers = await Promise.all([approve(a.id), approve(b.id)]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    const lost = answers.find((x) => x.status === 409)!;
    expect(lost.body).toMatchObject({ code: 'already_invoiced' });
    const loser = answers[0].status === 409 ? a : b;
    const after = (await t.call(owner(), 'GET', `/api/v1/invoice-runs/${loser.id}`)).body;
    expect(after).toMatchObject({ status: 'draft' });
    expect(after.invoices[0].number).toBeNull();
    const winner = answers.find((x) => x.status === 200)!.body;
    const time = (await t.call(owner(), 'GET', `/api/v1/billing/tickets/${homeTicket}/time`)).body.items;
    expect(time.find((e: { id: string }) => e.id === entry.id).invoiceId).toBe(winner.invoices[0].id);
    expect(winner.invoices[0].number).toBe('INV-000002');
  });

  it('bills a month’s fee once: of two drafts with the same fee, the second approved gets 409 already_invoiced', async () => {
    const o = owner();
    const fees = (await t.call(o, 'POST', '/api/v1/organizations', { name: 'Fees Only Ltd', timeZone: 'America/Chicago' })).body.id;
    const contract = (await t.call(o, 'POST', '/api/v1/contracts', { organizationId: fees, name: 'Fixed fee', kind: 'managed', slaPolicyId: sla.policy, coverage: [{ calendarId: sla.calendar }] })).body.id;
    expect((await t.call(o, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, {
      kind: 'managed', flatFee: { basis: 'fixed', amountMinor: 150000 }, defaultRateMinor: 12000, workTypes: [], afterHoursPercent: 100, minimumMinutes: 0, incrementMinutes: 1, rounding: 'up', scope: { remote: true, homeWorkers: true },
    })).status).toBe(200);
    const a = (await run({ organizationId: fees })).body;
    const b = (await run({ organizationId: fees })).body;
    for (const x of [a, b]) expect(x.invoices.map((i: { subtotalMinor: number; lineCount: number }) => [i.subtotalMinor, i.lineCount])).toEqual([[150000, 1]]);
    expect((await approve(a.id)).status).toBe(200);
    expect((await approve(b.id)).body).toMatchObject({ status: 409, code: 'already_invoiced' });
    expect((await run({ organizationId: fees })).body.invoices).toEqual([]);
  });

  it('shows block hours drawn at $0 and bills the overage beyond the block once, the rest of it in a later run', async () => {
    const o = owner();
    const block = (await t.call(o, 'POST', '/api/v1/organizations', { name: 'Block Hours Ltd', timeZone: 'Europe/London' })).body.id;
    const contract = (await t.call(o, 'POST', '/api/v1/contracts', { organizationId: block, name: 'Prepaid hours', kind: 'managed', slaPolicyId: sla.policy, coverage: [{ calendarId: sla.calendar }] })).body.id;
    expect((await t.call(o, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, {
      kind: 'block_hours', flatFee: { basis: 'fixed', amountMinor: 50000 }, block: { minutesPerMonth: 60, rollover: 'none' }, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
      afterHoursPercent: 150, minimumMinutes: 0, incrementMinutes: 1, rounding: 'up', scope: { remote: true, homeWorkers: true },
    })).status).toBe(200);
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: block, subject: 'Printer' })).body.id;
    const covered = async (minutes: number, at: string) =>
      expect((await t.call(t.world.tokens.technician, 'POST', `/api/v1/billing/tickets/${ticket}/time-entries`, { startedAt: at, minutes, workType: 'support' })).body.classification).toBe('covered');
    await covered(90, '2026-03-02T10:00:00.000Z');
    const lines = async (runId: string) => {
      const inv = (await t.call(o, 'GET', `/api/v1/invoice-runs/${runId}`)).body.invoices[0];
      return (await t.call(o, 'GET', `/api/v1/invoices/${inv.id}`)).body.lines.map((l: { kind: string; minutes: number | null; amountMinor: number }) => [l.kind, l.minutes, l.amountMinor]);
    };
    const first = (await run({ organizationId: block })).body;
    expect(await lines(first.id)).toEqual([['flat_fee', null, 50000], ['block', 90, 0], ['block_overage', 30, 6000]]);
    expect((await approve(first.id)).status).toBe(200);
    await covered(30, '2026-03-02T11:00:00.000Z');
    const second = (await run({ organizationId: block })).body;
    expect(await lines(second.id)).toEqual([['block', 120, 0], ['block_overage', 30, 6000]]);
  });

  it('refuses a draft whose time was reclassified since it was made', async () => {
    const entry = await log(15, '2026-03-02T12:00:00.000Z');
    const draft = (await run()).body;
    expect((await t.call(t.world.tokens.manager, 'PATCH', `/api/v1/billing/time-entries/${entry.id}`, { classification: 'goodwill', reason: 'Changed our mind' })).status).toBe(200);
    expect((await approve(draft.id)).body).toMatchObject({ status: 409, code: 'draft_stale' });
    const time = (await t.call(owner(), 'GET', `/api/v1/billing/tickets/${homeTicket}/time`)).body.items;
    expect(time.find((e: { id: string }) => e.id === entry.id).invoiceId).toBeNull();
    const fresh = (await run()).body;
    expect((await t.call(owner(), 'GET', `/api/v1/invoices/${fresh.invoices[0].id}`)).body.lines.map((l: { kind: string }) => l.kind)).toEqual(['goodwill']);
    expect((await approve(fresh.id)).status).toBe(200);
  });

  it('renders the invoice as a PDF with its number, lines and total', async () => {
    const r = await t.sb.app.inject({ method: 'GET', url: `/api/v1/invoices/${invoiceId}/pdf`, headers: { authorization: `Bearer ${owner()}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const pdf = r.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Invoice INV-000001');
    expect(text).toContain('Total USD');
    expect(text).toContain('216.00');
    expect(text).toContain('value 120.00 waived');
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/invoices/${invoiceId}/pdf`)).status).toBe(403);
    expect((await t.call(owner(), 'GET', '/api/v1/invoices/no-such-invoice/pdf')).status).toBe(404);
  });

  it('exports the run to Xero and QuickBooks files that read back with the formats’ columns, the sums and the $0 goodwill line', async () => {
    const made = await t.call(owner(), 'POST', `/api/v1/invoice-runs/${approvedRun}/exports`, { format: 'xero' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const xero = await t.call(owner(), 'GET', `/api/v1/invoice-exports/${made.body.id}`);
    expect(xero.headers['content-type']).toContain('text/csv');
    const rows: string[][] = parse(xero.body, { relax_column_count: false });
    expect(rows[0]).toEqual(XERO_SPEC);
    const col = (name: string) => XERO_SPEC.indexOf(name);
    const lines = rows.slice(1);
    expect(lines).toHaveLength(3);
    for (const l of lines) expect([l[col('*ContactName')], l[col('*InvoiceNumber')], l[col('*InvoiceDate')], l[col('*DueDate')], l[col('*TaxType')], l[col('Currency')]]).toEqual(['Premises Only Ltd', 'INV-000001', '02/03/2026', '16/03/2026', 'VAT 20%', 'USD']);
    const cents = (s: string) => Math.round(Number(s) * 100);
    expect(lines.reduce((sum, l) => sum + Number(l[col('*Quantity')]) * cents(l[col('*UnitAmount')]), 0)).toBe(18000);
    const goodwill = lines.find((l) => l[col('*Description')].startsWith('Goodwill'))!;
    expect([goodwill[col('*Quantity')], goodwill[col('*UnitAmount')]]).toEqual(['1', '0.00']);
    expect(goodwill[col('*Description')]).toContain('value 120.00 waived');

    const qb = await t.call(owner(), 'POST', `/api/v1/invoice-runs/${approvedRun}/exports`, { format: 'quickbooks' });
    const qrows: string[][] = parse((await t.call(owner(), 'GET', `/api/v1/invoice-exports/${qb.body.id}`)).body);
    expect(qrows[0]).toEqual(QUICKBOOKS_SPEC);
    const q = (name: string) => QUICKBOOKS_SPEC.indexOf(name);
    expect(qrows.slice(1).reduce((sum, l) => sum + cents(l[q('ItemAmount')]), 0)).toBe(18000);
    for (const l of qrows.slice(1)) expect(cents(l[q('ItemAmount')])).toBe(Number(l[q('ItemQuantity')]) * cents(l[q('ItemRate')]));
    expect(qrows.slice(1).map((l) => [l[q('InvoiceNo')], l[q('InvoiceDate')], l[q('DueDate')], l[q('Terms')], l[q('ItemTaxCode')]])[0]).toEqual(['INV-000001', '03/02/2026', '03/16/2026', 'Net 14', 'TAX']);
    expect(qrows.slice(1).find((l) => l[q('Item(Product/Service)')] === 'Goodwill')![q('ItemAmount')]).toBe('0.00');

    const detail = (await t.call(owner(), 'GET', `/api/v1/invoice-runs/${approvedRun}`)).body;
    expect(detail.status).toBe('exported');
    expect(detail.exports.map((e: { format: string }) => e.format).sort()).toEqual(['quickbooks', 'xero']);
    expect((await t.call(owner(), 'POST', `/api/v1/invoice-runs/${approvedRun}/sent`, {})).body.status).toBe('sent');
  });

  it('refuses bad periods, unknown clients, drafts that are not approved, and anyone but owners and admins', async () => {
    expect((await run({ from: '2026-03-31', to: '2026-03-01' })).body).toMatchObject({ status: 422, code: 'bad_period', field: '/to' });
    expect((await run({ from: '2026-03-01', to: '2027-03-31' })).body).toMatchObject({ status: 422, code: 'bad_period' });
    expect((await run({ from: '2026-02-30' })).body).toMatchObject({ status: 400, field: '/from' });
    expect((await run({ organizationId: 'no-such-client' })).body).toMatchObject({ status: 422, code: 'unknown_client', field: '/organizationId' });
    const draft = (await run()).body;
    expect((await t.call(owner(), 'POST', `/api/v1/invoice-runs/${draft.id}/exports`, { format: 'xero' })).body).toMatchObject({ status: 409, code: 'not_approved' });
    expect((await t.call(owner(), 'POST', `/api/v1/invoice-runs/${draft.id}/sent`, {})).body).toMatchObject({ status: 409, code: 'not_approved' });
    expect((await t.call(owner(), 'POST', `/api/v1/invoice-runs/${draft.id}/exports`, { format: 'sage' })).body).toMatchObject({ status: 400, field: '/format' });
    expect((await t.call(owner(), 'PUT', `/api/v1/invoice-settings/${org}`, { taxRateBp: 10_001, taxName: 'VAT', paymentTermsDays: 14 })).body).toMatchObject({ status: 400, field: '/taxRateBp' });
    for (const token of [t.world.tokens.technician, t.world.tokens.manager, t.world.a.clientAdminToken]) {
      expect((await t.call(token, 'POST', '/api/v1/invoice-runs', { from: '2026-03-01', to: '2026-03-31' })).status).toBe(403);
      expect((await t.call(token, 'GET', `/api/v1/invoice-runs/${draft.id}`)).status).toBe(403);
    }
    expect((await t.call(t.world.tokens.admin, 'GET', '/api/v1/invoice-runs')).body.items.length).toBeGreaterThan(3);
  });
});
