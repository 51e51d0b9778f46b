/**
 * Mail intake asks, for each message, whether it is a backup report: it is when its sender is the
 * report address of a live job and its subject reads with that job's pattern (its own, else its
 * product's — report-subjects.ts) naming that job. Then the result is recorded as a webhook's
 * would be (its time: when the mail came in), and intake files no ticket for it. A success or
 * warning whose message did not pass DMARC is kept as unverified and moves nothing (backup.ts
 * `unverifiedReason`), unless the job accepts unauthenticated reports.
 */
import { unverifiedReason, type ReportVerdicts } from './backup.js';
import type { BackupDeps } from './backup-deps.js';
import { jobsReportingFrom } from './backups.repository.js';
import { recordBackupResult } from './record-backup-result.js';
import { DEFAULT_SUBJECT_PATTERNS, readSubject } from './report-subjects.js';

/** What intake hands over of a message. */
export interface ReportMessage {
  from: string;
  subject: string;
  text: string;
  /** The SPF/DKIM/DMARC verdicts intake trusts for the message; null when none. */
  authResults: ReportVerdicts;
}

/** What intake keeps on the message when backups took it. */
export interface TakenReport {
  disposition: 'backup_report';
  detail: { jobId: string; status: string; ticket: string; unverified: string | null };
}

const summary = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 500);

/** Records the message as a backup result when it is one; null when it is not (intake files it as usual). */
export async function takeBackupReport(deps: BackupDeps, message: ReportMessage): Promise<TakenReport | null> {
  const from = message.from.trim().toLowerCase();
  if (!from) return null;
  for (const job of await jobsReportingFrom(deps.db, from)) {
    const reading = readSubject(message.subject, job.subjectPattern ? [job.subjectPattern] : DEFAULT_SUBJECT_PATTERNS[job.product]);
    if (!reading) continue;
    if (job.reportName !== '' && reading.job.toLowerCase() !== job.reportName.toLowerCase()) continue;
    const unverified = unverifiedReason(reading.status, message.authResults, job.acceptUnauthenticated);
    const done = await recordBackupResult(deps, job, { status: reading.status, message: summary(message.text), source: 'email', unverified });
    return { disposition: 'backup_report', detail: { jobId: job.id, status: reading.status, ticket: done.ticket, unverified } };
  }
  return null;
}
