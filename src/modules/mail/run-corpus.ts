/**
 * `switchboard corpus DIR`: the screening pipeline over every mail file under a folder, sending
 * and storing nothing. Operators' exports come as .eml, .txt, .msg, mbox files and files without
 * an extension: every regular file is read except obvious non-mail (documentation, JSON, images,
 * archives, TNEF attachments …); a file that is no message is an entry with `parsed: false` and
 * the reason; an mbox file is split into its messages, one entry each (`file#n`). One entry per
 * message, then a summary. Operators run it on their own mail before going live; we run it on
 * the mail corpora we hold.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../platform/errors.js';
import type { Clock } from '../../platform/clock.js';
import { describeAutomatic } from './automatic.js';
import { emptyFraudContext, screenMessage, type Screening } from './screen-message.js';

/** One file's line of the corpus report. */
export interface CorpusEntry {
  file: string;
  parsed: boolean;
  error?: string;
  from: string | null;
  subject: string | null;
  date: string | null;
  attachments: number;
  visibleText: string | null;
  bounce: { reason: string; status: string | null; recipient: string | null; hard: boolean; recipients: number; originalMessageId: string | null } | null;
  auto: string | null;
  fraud: { score: number; flagged: boolean; reasons: { code: string; detail: string; weight: number }[] } | null;
  notes: string[];
}

/** Counts over the whole run. */
export interface CorpusSummary {
  files: number;
  parsed: number;
  failed: number;
  failures: Record<string, number>;
  bounces: number;
  bouncesByReason: Record<string, number>;
  automatic: number;
  automaticByKind: Record<string, number>;
  flagged: number;
  elapsedMs: number;
  msPerMessage: number;
}

/** The fraud threshold used when no client is known (the scorer's scale is 0–100). */
export const CORPUS_FRAUD_THRESHOLD = 50;
const MAX_VISIBLE = 4000;

/** Extensions of files that are never mail: documentation, data, images, archives, attachments. */
const NOT_MAIL = new Set([
  'md', 'markdown', 'json', 'list', 'tnef', 'dat', 'png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp', 'svg', 'ico', 'tif', 'tiff', 'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar',
  'exe', 'dll', 'so', 'js', 'mjs', 'ts', 'css', 'yml', 'yaml', 'toml', 'csv', 'rtf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'mp3', 'wav', 'ogg', 'mp4', 'mov', 'ini', 'sh',
]);

function isMailCandidate(name: string): boolean {
  if (name.startsWith('.')) return false;
  const dot = name.lastIndexOf('.');
  return dot <= 0 || !NOT_MAIL.has(name.slice(dot + 1).toLowerCase());
}

async function mailFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await fs.readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isMailCandidate(entry.name)) found.push(full);
    }
  };
  await walk(dir);
  return found.sort();
}

/** An Outlook .msg file is a compound document (OLE2), not a MIME message. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An mbox separator line: "From -", "From sender@host …", or "From sender <date with a time>". */
const SEPARATOR = /^From (?:-|\S+@\S+|\S+\s.*\b\d{1,2}:\d{2}\b)/;

/**
 * The messages of an mbox file: it starts with a "From " separator line, and a separator line
 * after a blank line starts the next message. A body line such as "From Russia with love" (an
 * unmunged mbox) is no separator: it names no address and no time. mboxrd's ">From " lines are
 * unquoted. Null when the data is not an mbox.
 */
export function splitMbox(data: Buffer): Uint8Array[] | null {
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  if (data.subarray(start, start + 5).toString('latin1') !== 'From ') return null;
  const lines = data.subarray(start).toString('latin1').split(/\r?\n/);
  const messages: string[][] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || (lines[i - 1] === '' && SEPARATOR.test(line))) messages.push([]);
    else messages[messages.length - 1].push(line.replace(/^>(>*From )/, '$1'));
  }
  return messages.map((m) => m.join('\r\n').trim()).filter((m) => m !== '').map((m) => new Uint8Array(Buffer.from(`${m}\r\n`, 'latin1')));
}

/** The messages in one file, each with its name in the report. */
function messagesOf(relative: string, data: Buffer): { file: string; raw: Uint8Array | null; refusal?: { code: string; detail: string } }[] {
  if (data.subarray(0, 8).equals(OLE2)) return [{ file: relative, raw: null, refusal: { code: 'outlook_msg', detail: 'An Outlook .msg file (a compound document), not a MIME message; export it as .eml.' } }];
  const mbox = splitMbox(data);
  if (mbox) return mbox.map((raw, i) => ({ file: `${relative}#${i + 1}`, raw }));
  return [{ file: relative, raw: new Uint8Array(data.buffer, data.byteOffset, data.length) }];
}

function entryOf(file: string, s: Screening): CorpusEntry {
  if (!s.parsed) {
    return { file, parsed: false, error: `${s.error.code}: ${s.error.detail}`, from: null, subject: null, date: null, attachments: 0, visibleText: null, bounce: null, auto: null, fraud: null, notes: s.notes.map((n) => n.code) };
  }
  const first = s.bounce?.recipients[0];
  const text = s.visible.text;
  return {
    file,
    parsed: true,
    from: s.message.from?.address || null,
    subject: s.message.subject,
    date: s.message.date,
    attachments: s.message.attachments.length,
    visibleText: text.length > MAX_VISIBLE ? `${text.slice(0, MAX_VISIBLE)}…` : text,
    bounce: s.bounce
      ? { reason: first?.reason ?? 'undefined', status: first?.status ?? null, recipient: first?.recipient ?? null, hard: first?.hard ?? false, recipients: s.bounce.recipients.length, originalMessageId: s.bounce.originalMessageId }
      : null,
    auto: describeAutomatic(s.auto),
    fraud: { score: s.fraud.score, flagged: s.fraud.flagged, reasons: s.fraud.reasons },
    notes: s.notes.map((n) => n.code),
  };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Screens every mail file under `dir` (recursively, in path order), handing each entry to
 * `onEntry` as it is made, and returns the summary. A folder that cannot be read is an AppError
 * (corpus_dir_unreadable); a file that cannot be read, is no message, or cannot be parsed is an
 * entry with its error.
 */
export async function runCorpus(deps: { clock: Clock }, dir: string, onEntry: (entry: CorpusEntry) => void): Promise<CorpusSummary> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new AppError('corpus_dir_unreadable', `Cannot read the folder "${dir}": ${stat ? 'it is not a folder' : 'no such folder'}`);
  const files = await mailFiles(dir).catch((error: Error) => {
    throw new AppError('corpus_dir_unreadable', `Cannot read the folder "${dir}": ${error.message}`);
  });
  const summary: CorpusSummary = { files: 0, parsed: 0, failed: 0, failures: {}, bounces: 0, bouncesByReason: {}, automatic: 0, automaticByKind: {}, flagged: 0, elapsedMs: 0, msPerMessage: 0 };
  const fraudContext = emptyFraudContext(CORPUS_FRAUD_THRESHOLD);
  const started = deps.clock.now();
  for (const file of files) {
    const relative = path.relative(dir, file);
    const data = await fs.readFile(file).catch((error: Error) => error);
    const messages = data instanceof Error ? [{ file: relative, raw: null, refusal: { code: 'unreadable_file', detail: data.message } }] : messagesOf(relative, data);
    for (const m of messages) {
      const screening: Screening = m.raw === null ? { parsed: false, error: m.refusal!, notes: [] } : await screenMessage(m.raw, { fraudContext });
      count(summary, screening, entryOf(m.file, screening), onEntry);
    }
  }
  summary.elapsedMs = deps.clock.now() - started;
  summary.msPerMessage = summary.files === 0 ? 0 : Math.round((summary.elapsedMs / summary.files) * 100) / 100;
  return summary;
}

function count(summary: CorpusSummary, screening: Screening, entry: CorpusEntry, onEntry: (entry: CorpusEntry) => void): void {
  summary.files++;
  if (screening.parsed) {
    summary.parsed++;
    if (screening.bounce) {
      summary.bounces++;
      bump(summary.bouncesByReason, entry.bounce?.reason ?? 'undefined');
    }
    if (screening.auto) {
      summary.automatic++;
      bump(summary.automaticByKind, screening.auto.kind);
    }
    if (screening.fraud.flagged) summary.flagged++;
  } else {
    summary.failed++;
    bump(summary.failures, screening.error.code);
  }
  onEntry(entry);
}
