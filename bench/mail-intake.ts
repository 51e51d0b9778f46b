/**
 * Mail intake throughput on embedded SQLite (issue 15's bar: at least 300 messages/s parsed,
 * screened, threaded and stored), against a floor measured in the same run: bare postal-mime
 * parsing of the same messages. The messages are made here: new requests from known contacts,
 * replies by ticket token and by In-Reply-To, unknown senders (triage), domain matches,
 * out-of-office replies and messages with a small attachment. Each message is stored (its own
 * transaction, as before an SMTP 250) and then processed (a second transaction), one at a time.
 *
 *   node --import tsx bench/mail-intake.ts [--messages 2000] [--clients 25] [--contacts 60]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { loadConfig } from '../src/config.js';
import { buildSwitchboard } from '../src/main.js';
import { systemClock } from '../src/platform/clock.js';
import { createLogger } from '../src/platform/logger.js';
import { newId } from '../src/platform/ids.js';
import { processInbound, storeInbound, type MailDb } from '../src/modules/mail/index.js';
import { machine, parseFlags } from './lib.js';

const { flags } = parseFlags(process.argv.slice(2));
const MESSAGES = Number(flags.messages ?? 2000);
const CLIENTS = Number(flags.clients ?? 25);
const CONTACTS = Number(flags.contacts ?? 60);
const BAR = 300;

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

function message(i: number, from: string, subject: string, extra: string[], body: string, attachment = false): Uint8Array {
  const head = [`From: ${from}`, 'To: help@msp.example', `Subject: ${subject}`, 'Date: Mon, 02 Mar 2026 10:00:00 +0000', `Message-ID: <bench-${i}@clients.example>`, 'MIME-Version: 1.0', ...extra];
  if (!attachment) return new TextEncoder().encode(crlf(`${head.join('\n')}\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`));
  const part = Buffer.from(`report line ${i}\n`.repeat(200)).toString('base64').replace(/.{76}/g, '$&\n');
  return new TextEncoder().encode(crlf(`${head.join('\n')}\nContent-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\nContent-Type: text/plain; charset=utf-8\n\n${body}\n--b${i}\nContent-Type: text/csv\nContent-Disposition: attachment; filename="report-${i}.csv"\nContent-Transfer-Encoding: base64\n\n${part}\n--b${i}--\n`));
}

async function main(): Promise<boolean> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-mail-'));
  const config = loadConfig({}, { 'data-dir': dataDir, 'log-level': 'silent', 'ticket-prefix': 'SB' });
  const sb = await buildSwitchboard(config, { logger: createLogger('silent'), startEngine: false });
  try {
    const db = sb.database.db;
    const at = systemClock.iso();
    const contacts: string[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const orgId = newId();
      await db.insertInto('organizations').values({ id: orgId, name: `Client ${c}`, slug: `client-${c}`, industry: '', time_zone: 'UTC', created_at: at }).execute();
      await db.transaction().execute(async (trx) => {
        for (let p = 0; p < CONTACTS; p++) {
          const id = newId();
          await trx.insertInto('contacts').values({ id, organization_id: orgId, site_id: null, name: `Person ${c}-${p}`, title: '', work_location: 'site', vip: false, created_at: at }).execute();
          await trx.insertInto('contact_emails').values({ contact_id: id, email: `p${p}@client${c}.example`, is_primary: true }).execute();
          contacts.push(`Person ${c}-${p} <p${p}@client${c}.example>`);
        }
      });
    }
    const mailboxId = newId();
    await db.insertInto('mailboxes' as never).values({ id: mailboxId, name: 'Help', address: 'help@msp.example', kind: 'smtp', team_id: null, default_priority: 'P3', settings: '{}', secrets_encrypted: null, outside_sender: 'note', health_minutes: 30, enabled: 1, version: 1, created_at: at, updated_at: at } as never).execute();

    // Every fifth message answers an earlier one: by token (tickets are numbered from 1001 in order) or by In-Reply-To.
    const raws: Uint8Array[] = [];
    let created = 0;
    for (let i = 0; i < MESSAGES; i++) {
      const from = contacts[(i * 7) % contacts.length];
      const kind = i % 10;
      if (kind === 3 && created > 0) raws.push(message(i, from, `Re: [SB-${1001 + (i % created)}] Printer`, [], 'Thanks, that helped.\n\nOn Mon, someone wrote:\n> earlier'));
      else if (kind === 6 && i > 0) raws.push(message(i, from, 'Re: VPN', [`In-Reply-To: <bench-${i - 6}@clients.example>`], 'Still broken here.'));
      else if (kind === 7) raws.push(message(i, `stranger${i}@unknown.example`, 'Quote request', [], 'Can you send a quote?'));
      else if (kind === 8) raws.push(message(i, from, 'Automatic reply: Printer', ['Auto-Submitted: auto-replied'], 'I am out of the office until Monday.'));
      else if (kind === 9) raws.push(message(i, `new${i}@client${i % CLIENTS}.example`, 'Monthly report', [], 'Report attached.', true));
      else {
        raws.push(message(i, from, `Printer ${i} jammed`, [], 'The printer on floor 2 is jammed again.\n\nRegards'));
        created++;
      }
    }
    const warm = raws.slice(0, 50);
    for (const raw of warm) await PostalMime.parse(raw);
    let started = performance.now();
    for (const raw of raws) await PostalMime.parse(raw, { forceRfc822Attachments: true });
    const floor = raws.length / ((performance.now() - started) / 1000);

    const mailDb = db as unknown as MailDb;
    started = performance.now();
    for (const raw of raws) {
      // As the SMTP listener does in a burst: the mailbox's status row is written every 10 s, not per message.
      const { id } = await storeInbound({ db: mailDb, clock: systemClock }, { mailboxId, raw, source: 'smtp', recordSuccess: false });
      await processInbound(sb.intake, id);
    }
    const full = raws.length / ((performance.now() - started) / 1000);
    const outcomes = await db.selectFrom('inbound_messages' as never).select(['disposition' as never, (eb: any) => eb.fn.countAll().as('n')] as never).groupBy('disposition' as never).execute();
    console.log(machine());
    console.log(`Mail intake on SQLite: ${raws.length} messages, ${CLIENTS} clients × ${CONTACTS} contacts`);
    console.log(`  dispositions: ${(outcomes as { disposition: string; n: number }[]).map((o) => `${o.disposition} ${o.n}`).join(', ')}`);
    console.log(`  floor (bare postal-mime parsing): ${floor.toFixed(0)} msg/s`);
    console.log(`  intake (store + parse + screen + thread + file, two transactions each): ${full.toFixed(0)} msg/s, ratio ${(full / floor).toFixed(3)}; bar ${BAR} msg/s: ${full >= BAR ? 'met' : 'MISSED'}`);
    return full >= BAR;
  } finally {
    await sb.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
