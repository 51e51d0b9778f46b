/**
 * Backup reports by email: the subject patterns of common backup products, and reading a subject
 * with one. Pure, no I/O. A pattern is literal text with three placeholders — `{status}` (the
 * product's word for how it went), `{job}` (the job's name) and `*` (anything, also nothing) —
 * matched against the whole subject, letter case ignored; a job may carry its own pattern in
 * place of its product's (docs/readiness.md lists these).
 */
import type { Product, ResultStatus } from './backup.js';

/** Default subject patterns per product, tried in order. */
export const DEFAULT_SUBJECT_PATTERNS: Record<Product, readonly string[]> = {
  // Veeam Backup & Replication job notifications: "[Success] Daily backup (3 machines)".
  veeam: ['[{status}] {job} (*)', '[{status}] {job}'],
  // Acronis Cyber Protect alerts, with or without the product's tag in front: "Backup succeeded: SRV01".
  acronis: ['*Backup {status}: {job}', '*Backup {status} for {job}'],
  // Datto BCDR / Datto Backup alerts: "Backup failed for FILESERVER on Datto S3-2000".
  datto: ['*Backup {status} for {job} on *', '*Backup {status}: {job}'],
  // Windows Server Backup sends no mail itself; the usual scheduled task after wbadmin sends "Windows Server Backup succeeded: SRV01".
  windows_server_backup: ['Windows Server Backup {status}: {job}', 'Windows Server Backup on {job}: {status}', 'Windows Server Backup {status} on {job}'],
  other: ['[{status}] {job}', 'Backup {status}: {job}'],
};

/** What a subject said. */
export interface SubjectReading {
  status: ResultStatus;
  job: string;
}

const MAX_SUBJECT = 500;

/** A pattern as an anchored regular expression (literal text escaped; no user regex ever runs). */
export function patternRegex(pattern: string): RegExp {
  const parts = pattern.split(/(\{status\}|\{job\}|\*)/);
  const source = parts
    .map((p) => (p === '{status}' ? '(?<status>[^:\\]\\[()]{1,60}?)' : p === '{job}' ? '(?<job>.{1,200}?)' : p === '*' ? '.*?' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')))
    .join('');
  return new RegExp(`^\\s*${source}\\s*$`, 'is');
}

/** A product's word for how a backup went, as a status; undefined when it is no such word. */
export function statusWord(word: string): ResultStatus | undefined {
  const w = word.trim().toLowerCase();
  if (/fail|error|unsuccessful|not completed/.test(w)) return 'failed';
  if (/warn/.test(w)) return 'warning';
  if (/^(success|successful|succeeded|completed|completed successfully|complete|ok|finished)$/.test(w)) return 'success';
  return undefined;
}

/** Reads a subject with the given patterns: the first that matches with a known status word wins. */
export function readSubject(subject: string, patterns: readonly string[]): SubjectReading | undefined {
  if (subject.length > MAX_SUBJECT) return undefined;
  for (const pattern of patterns) {
    const m = patternRegex(pattern).exec(subject);
    const status = m?.groups?.status === undefined ? undefined : statusWord(m.groups.status);
    if (m && status) return { status, job: (m.groups?.job ?? '').trim() };
  }
  return undefined;
}

/** Whether a pattern names both placeholders a reading needs. */
export function isUsablePattern(pattern: string): boolean {
  return pattern.includes('{status}') && pattern.length <= 200;
}
