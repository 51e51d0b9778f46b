import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

const HOST = 'mx.switchboard.test';

/** DNS answered from a map (`'TXT name': record`); any other name is unknown. */
const dnsFromMap = (records: Record<string, string>) => async (name: string, rrtype: string) => {
  const record = records[`${rrtype} ${name.toLowerCase()}`];
  if (record === undefined) throw Object.assign(new Error(`query${rrtype} ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  return [[record]];
};

/**
 * Backup reports by email on both databases, through the mail intake path: a real SMTP
 * conversation with the built-in listener (its own SPF/DKIM/DMARC check, DNS answered from a map),
 * then the intake worker, which asks the backups module whether the message is a report before it
 * routes it. A success counts only when it passed DMARC for the sender's domain.
 */
describe.each(DIALECTS)('backup reports by email on %s', (dialect) => {
  let t: TestApp;
  let smtp: Transporter;
  let veeam: { id: string };
  // alpha.example lets only 127.0.0.1 send its mail and publishes DMARC; relay.example is a spoofer's own domain.
  const dns = dnsFromMap({
    'TXT alpha.example': 'v=spf1 ip4:127.0.0.1 -all',
    'TXT _dmarc.alpha.example': 'v=DMARC1; p=reject',
    'TXT relay.example': 'v=spf1 ip4:127.0.0.1 -all',
  });

  const send = (mail: Parameters<Transporter['sendMail']>[0]) => smtp.sendMail({ to: 'help@msp.example', ...mail });
  /** A report whose From is the job's sender but whose envelope is the spoofer's: SPF passes for relay.example, DMARC fails. */
  const forge = (mail: Parameters<Transporter['sendMail']>[0]) => send({ from: 'veeam@alpha.example', envelope: { from: 'bounce@relay.example', to: 'help@msp.example' }, ...mail });
  const processAll = async () => {
    while ((await t.sb.mail!.intake.runOnce()) > 0);
  };
  const inbound = async (subject: string) => (await t.sb.database.db.selectFrom('inbound_messages').selectAll().execute()).find((r) => r.subject === subject)!;
  const job = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs?organizationId=${t.world.a.id}`)).body.items.find((j: any) => j.id === id);
  const results = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs/${id}/results`)).body.items;
  const deadline = async (id: string) => (await t.sb.database.db.selectFrom('deadlines').select('due_at').where('id', '=', `backups.stale:${id}`).executeTakeFirstOrThrow()).due_at;

  beforeAll(async () => {
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'mail-hostname': HOST, 'secret-key': 'x'.repeat(40) }, { dnsResolver: (name, rrtype) => dns(name, rrtype) });
    expect((await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp' })).status).toBe(201);
    smtp = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true, name: 'client.alpha.example' });
    veeam = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, name: 'Daily backup', product: 'veeam', rpoHours: 24, reportFrom: 'Veeam@Alpha.example' })).body;
  });
  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  it('keeps a forged success report as unverified: no last success, the staleness deadline does not move', async () => {
    const before = { job: await job(veeam.id), due: await deadline(veeam.id) };
    t.clock.advance(60 * 60_000);
    await forge({ subject: '[Success] Daily backup (forged)', text: 'All good, honestly.' });
    await processAll();
    expect(await inbound('[Success] Daily backup (forged)')).toMatchObject({ state: 'processed', disposition: 'backup_report', ticket_id: null });
    expect(JSON.parse((await inbound('[Success] Daily backup (forged)')).disposition_detail as string)).toMatchObject({ jobId: veeam.id, status: 'success', unverified: 'dmarc_fail' });
    const after = await job(veeam.id);
    expect(after).toMatchObject({ state: 'waiting', lastSuccessAt: null, lastStatus: null, staleAt: before.job.staleAt });
    expect(await deadline(veeam.id)).toBe(before.due);
    expect((await results(veeam.id))[0]).toMatchObject({ status: 'success', source: 'email', unverified: 'dmarc_fail' });
  });

  it('records an authenticated Veeam success report (DMARC pass) as the job’s result, moves its deadline, and opens no ticket', async () => {
    const due = await deadline(veeam.id);
    t.clock.advance(60 * 60_000);
    await send({ from: 'Veeam B&R <veeam@alpha.example>', subject: '[Success] Daily backup (3 machines)', text: 'Processed 3 of 3 VMs. Total size 120 GB.' });
    await processAll();
    const row = await inbound('[Success] Daily backup (3 machines)');
    expect(row).toMatchObject({ state: 'processed', disposition: 'backup_report', ticket_id: null });
    const now = await job(veeam.id);
    expect(now).toMatchObject({ state: 'ok', lastStatus: 'success', lastSuccessAt: t.clock.iso() });
    expect(await deadline(veeam.id)).not.toBe(due);
    expect((await results(veeam.id))[0]).toMatchObject({ status: 'success', source: 'email', unverified: null, message: 'Processed 3 of 3 VMs. Total size 120 GB.' });
  });

  it('turns a Failed report into the job’s ticket, even one that did not authenticate', async () => {
    t.clock.advance(60_000);
    await forge({ subject: '[Failed] Daily backup (3 machines)', text: 'Error: repository out of space' });
    await processAll();
    expect((await inbound('[Failed] Daily backup (3 machines)')).disposition).toBe('backup_report');
    const failed = await job(veeam.id);
    expect(failed.state).toBe('failed');
    expect((await results(veeam.id))[0]).toMatchObject({ status: 'failed', unverified: null });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${failed.ticketId}`)).body).toMatchObject({ subject: 'Backup failed: Daily backup', channel: 'monitoring' });
  });

  it('files mail as usual when the sender, the subject or the job name is not a report’s', async () => {
    const before = (await job(veeam.id)).lastResultAt;
    await send({ from: 'someone@elsewhere.example', subject: '[Success] Daily backup (3 machines)', text: 'spoofed?' });
    await send({ from: 'veeam@alpha.example', subject: 'Licence expires soon', text: 'Renew.' });
    await send({ from: 'veeam@alpha.example', subject: '[Success] Other job (1 machine)', text: 'Another job.' });
    await processAll();
    expect((await inbound('Licence expires soon')).disposition).not.toBe('backup_report');
    expect((await inbound('[Success] Other job (1 machine)')).disposition).not.toBe('backup_report');
    expect((await t.sb.database.db.selectFrom('inbound_messages').select('disposition').where('subject', '=', '[Success] Daily backup (3 machines)').execute()).map((r) => r.disposition).sort()).toEqual(['backup_report', 'triage']);
    expect((await job(veeam.id)).lastResultAt).toBe(before);
  });

  it('lets an unauthenticated success count only for a job that accepts unauthenticated reports', async () => {
    // nas.example publishes no SPF, DKIM or DMARC: an appliance relaying as it is never passes DMARC.
    const strict = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, name: 'NAS', product: 'other', rpoHours: 24, reportFrom: 'nas@nas.example' })).body;
    const lax = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, name: 'NAS2', product: 'other', rpoHours: 24, reportFrom: 'nas2@nas.example', acceptUnauthenticated: true })).body;
    expect([strict.acceptUnauthenticated, lax.acceptUnauthenticated]).toEqual([false, true]);
    t.clock.advance(60 * 60_000);
    await send({ from: 'nas@nas.example', subject: '[OK] NAS', text: 'Snapshot taken.' });
    await send({ from: 'nas2@nas.example', subject: '[OK] NAS2', text: 'Snapshot taken.' });
    await processAll();
    expect(await job(strict.id)).toMatchObject({ state: 'waiting', lastSuccessAt: null });
    expect((await results(strict.id))[0]).toMatchObject({ status: 'success', unverified: 'dmarc_none' });
    expect(await job(lax.id)).toMatchObject({ state: 'ok', lastSuccessAt: t.clock.iso() });
    expect((await results(lax.id))[0]).toMatchObject({ status: 'success', unverified: null });
  });
});
