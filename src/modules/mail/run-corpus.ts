/**
 * `switchboard corpus DIR`: the screening pipeline over every .eml file under a folder, sending
 * and storing nothing. One entry per file, then a summary. Operators run it on their own mail
 * before going live; we run it on the mail corpora we hold.
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

async function emlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await fs.readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.eml')) found.push(full);
    }
  };
  await walk(dir);
  return found.sort();
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
 * Screens every .eml file under `dir` (recursively, in path order), handing each entry to
 * `onEntry` as it is made, and returns the summary. A folder that cannot be read is an AppError
 * (corpus_dir_unreadable); a file that cannot be read or parsed is an entry with its error.
 */
export async function runCorpus(deps: { clock: Clock }, dir: string, onEntry: (entry: CorpusEntry) => void): Promise<CorpusSummary> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new AppError('corpus_dir_unreadable', `Cannot read the folder "${dir}": ${stat ? 'it is not a folder' : 'no such folder'}`);
  const files = await emlFiles(dir).catch((error: Error) => {
    throw new AppError('corpus_dir_unreadable', `Cannot read the folder "${dir}": ${error.message}`);
  });
  const summary: CorpusSummary = { files: files.length, parsed: 0, failed: 0, failures: {}, bounces: 0, bouncesByReason: {}, automatic: 0, automaticByKind: {}, flagged: 0, elapsedMs: 0, msPerMessage: 0 };
  const fraudContext = emptyFraudContext(CORPUS_FRAUD_THRESHOLD);
  const started = deps.clock.now();
  for (const file of files) {
    const relative = path.relative(dir, file);
    const raw = await fs.readFile(file).catch((error: Error) => error);
    const screening: Screening = raw instanceof Error
      ? { parsed: false, error: { code: 'unreadable_file', detail: raw.message }, notes: [] }
      : await screenMessage(new Uint8Array(raw.buffer, raw.byteOffset, raw.length), { fraudContext });
    const entry = entryOf(relative, screening);
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
  summary.elapsedMs = deps.clock.now() - started;
  summary.msPerMessage = files.length === 0 ? 0 : Math.round((summary.elapsedMs / files.length) * 100) / 100;
  return summary;
}
