/**
 * Corpus report for the mail pipeline (not a test), over ../shared/data (never copied into the
 * repository). Prints:
 *   - parse failures over every .eml under emails/,
 *   - throughput of the whole screening pipeline against a floor of bare postal-mime parsing of
 *     the same files in the same run,
 *   - bounce-reason match rate against emails/sisimai/expected-bounce-results.json (per expected
 *     recipient; "vacation" entries match when the message is screened as an out-of-office reply),
 *   - reply-trim match rate against reply-parser/<source>/expected.json,
 *   - TNEF attachment names found against emails/mimekit/tnef/*.list.
 *
 *   node --import tsx bench/mail-corpus.ts [path/to/shared/data]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
import { emptyFraudContext, screenMessage, visibleText } from '../src/modules/mail/index.js';
import { readTnef } from '../src/modules/mail/tnef.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/data'));

function emlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...emlFiles(p));
    else if (e.name.toLowerCase().endsWith('.eml')) out.push(p);
  }
  return out.sort();
}

async function throughput(files: Buffer[]) {
  const context = emptyFraudContext(50);
  const rounds = 5;
  const time = async (fn: (raw: Buffer) => Promise<unknown>) => {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) for (const raw of files) await fn(raw);
    return (files.length * rounds) / ((performance.now() - start) / 1000);
  };
  await time((raw) => PostalMime.parse(raw)); // warm-up
  const floor = await time((raw) => PostalMime.parse(raw, { forceRfc822Attachments: true }));
  const full = await time((raw) => screenMessage(raw, { fraudContext: context }));
  return { floor, full };
}

async function bounces() {
  const base = path.join(DATA, 'emails/sisimai');
  const expected: Record<string, { reason: string }[]> = JSON.parse(fs.readFileSync(path.join(base, 'expected-bounce-results.json'), 'utf8')).expected;
  let total = 0;
  let matched = 0;
  const misses: string[] = [];
  let falsePositives = 0;
  for (const dir of ['bounces', 'not-bounce']) {
    for (const file of fs.readdirSync(path.join(base, dir)).sort()) {
      const s = await screenMessage(fs.readFileSync(path.join(base, dir, file)), { fraudContext: emptyFraudContext(50) });
      const got = !s.parsed ? [] : s.bounce ? s.bounce.recipients.map((r) => r.reason) : s.auto?.kind === 'vacation' ? ['vacation'] : [];
      if (dir === 'not-bounce' && s.parsed && s.bounce) falsePositives++;
      const want = (expected[file] ?? []).map((e) => e.reason);
      if (!expected[file]) continue;
      const left = [...got];
      for (const reason of want) {
        total++;
        const i = left.indexOf(reason);
        if (i >= 0) {
          matched++;
          left.splice(i, 1);
        } else misses.push(`${file}: expected ${reason}, got ${got.join(',') || 'no bounce'}`);
      }
      if (want.length === 0 && got.length > 0 && s.parsed && s.bounce) misses.push(`${file}: expected no bounce, got ${got.join(',')}`);
    }
  }
  return { total, matched, misses, falsePositives };
}

function replies() {
  const sources: [string, string][] = [['github-email_reply_parser', 'emails'], ['zapier-email-reply-parser', 'emails'], ['crisp-email-reply-parser', 'fixtures']];
  // Trailing spaces per line are normalised on both sides: the expected texts drop them too.
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  let total = 0;
  let passed = 0;
  const failures: string[] = [];
  for (const [source, sub] of sources) {
    const expected: Record<string, Record<string, unknown>> = JSON.parse(fs.readFileSync(path.join(DATA, 'reply-parser', source, 'expected.json'), 'utf8')).expected;
    for (const [file, e] of Object.entries(expected)) {
      const body = fs.readFileSync(path.join(DATA, 'reply-parser', source, sub, file), 'utf8');
      const start = performance.now();
      const v = visibleText(body).text;
      const seconds = (performance.now() - start) / 1000;
      const checks: boolean[] = [];
      if (typeof e.reply_equals === 'string') checks.push(norm(v) === norm(e.reply_equals));
      if (e.reply_equals_whole_body === true) checks.push(norm(v) === norm(body));
      if (typeof e.reply_starts_with === 'string') checks.push(norm(v).startsWith(e.reply_starts_with));
      for (const c of (e.reply_contains as string[] | undefined) ?? []) checks.push(v.includes(c));
      for (const c of (e.reply_not_contains as string[] | undefined) ?? []) checks.push(!v.includes(c));
      for (const c of (e.quoted_contains as string[] | undefined) ?? []) checks.push(!v.includes(c) && body.includes(c));
      if (typeof e.max_seconds === 'number') checks.push(seconds <= e.max_seconds);
      if (checks.length === 0) continue;
      total++;
      if (checks.every(Boolean)) passed++;
      else failures.push(`${source}/${file}`);
    }
  }
  return { total, passed, failures };
}

function tnef() {
  const dir = path.join(DATA, 'emails/mimekit/tnef');
  let expected = 0;
  let found = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tnef'))) {
    // body.rtf/body.html are the message body in the source's listing, not attachments.
    const want = fs.readFileSync(path.join(dir, file.replace(/\.tnef$/, '.list')), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !/^body\.(rtf|html)$/.test(l));
    const got = readTnef(fs.readFileSync(path.join(dir, file))).attachments.map((a) => a.filename);
    expected += want.length;
    for (const name of want) {
      const i = got.indexOf(name);
      if (i >= 0) {
        found++;
        got.splice(i, 1);
      }
    }
  }
  return { expected, found };
}

async function main() {
  const files = emlFiles(path.join(DATA, 'emails'));
  const raws = files.map((f) => fs.readFileSync(f));
  const failed: string[] = [];
  for (let i = 0; i < raws.length; i++) {
    const s = await screenMessage(raws[i], { fraudContext: emptyFraudContext(50) });
    if (!s.parsed) failed.push(`${path.relative(DATA, files[i])}: ${s.error.code}`);
  }
  console.log(`Parsing: ${files.length} .eml files under emails/, ${files.length - failed.length} parsed, ${failed.length} refused`);
  for (const f of failed) console.log(`  refused ${f}`);
  const { floor, full } = await throughput(raws);
  console.log(`Throughput (5 rounds over the same files): bare postal-mime ${floor.toFixed(0)} msg/s, full screening ${full.toFixed(0)} msg/s, ratio ${(full / floor).toFixed(2)}`);
  const b = await bounces();
  console.log(`Bounce reasons: ${b.matched}/${b.total} expected recipients matched (${((100 * b.matched) / b.total).toFixed(1)}%, bar 90%); not-bounce messages taken for bounces: ${b.falsePositives}`);
  for (const m of b.misses) console.log(`  ${m}`);
  const r = replies();
  console.log(`Reply trimming: ${r.passed}/${r.total} fixtures with assertions pass (${((100 * r.passed) / r.total).toFixed(1)}%)`);
  for (const f of r.failures) console.log(`  fails ${f}`);
  const t = tnef();
  console.log(`TNEF: ${t.found}/${t.expected} expected attachment names found`);
  return b.matched / b.total >= 0.9 && failed.length === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
