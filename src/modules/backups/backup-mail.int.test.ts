import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

/**
 * Backup reports by email on both databases, through the mail intake path: a real SMTP
 * conversation with the built-in listener, then the intake worker, which asks the backups module
 * whether the message is a report before it routes it.
 */
describe.each(DIALECTS)('backup reports by email on %s', (dialect) => {
  let t: TestApp;
  let smtp: Transporter;
  let veeam: { id: string };

  const send = (mail: Parameters<Transporter['sendMail']>[0]) => smtp.sendMail({ to: 'help@msp.example', ...mail });
  const processAll = async () => {
    while ((await t.sb.mail!.intake.runOnce()) > 0);
  };
  const inbound = async (subject: string) => (await t.sb.database.db.selectFrom('inbound_messages').selectAll().execute()).find((r) => r.subject === subject)!;
  const job = async (id: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs?organizationId=${t.world.a.id}`)).body.items.find((j: any) => j.id === id);

  beforeAll(async () => {
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'secret-key': 'x'.repeat(40) });
    expect((await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp' })).status).toBe(201);
    smtp = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true });
    veeam = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/backup-jobs', { organizationId: t.world.a.id, name: 'Daily backup', product: 'veeam', rpoHours: 24, reportFrom: 'Veeam@Alpha.example' })).body;
  });
  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  it('records a Veeam success report from the job’s sender as the job’s result, and opens no ticket', async () => {
    await send({ from: 'Veeam B&R <veeam@alpha.example>', subject: '[Success] Daily backup (3 machines)', text: 'Processed 3 of 3 VMs. Total size 120 GB.' });
    await processAll();
    const row = await inbound('[Success] Daily backup (3 machines)');
    expect(row).toMatchObject({ state: 'processed', disposition: 'backup_report', ticket_id: null });
    const now = await job(veeam.id);
    expect(now).toMatchObject({ state: 'ok', lastStatus: 'success' });
    expect(now.lastSuccessAt).toEqual(expect.any(String));
    const results = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/backup-jobs/${veeam.id}/results`)).body.items;
    expect(results[0]).toMatchObject({ status: 'success', source: 'email', message: 'Processed 3 of 3 VMs. Total size 120 GB.' });
  });

  it('turns a Failed report into the job’s ticket', async () => {
    await send({ from: 'veeam@alpha.example', subject: '[Failed] Daily backup (3 machines)', text: 'Error: repository out of space' });
    await processAll();
    expect((await inbound('[Failed] Daily backup (3 machines)')).disposition).toBe('backup_report');
    const failed = await job(veeam.id);
    expect(failed.state).toBe('failed');
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
});
