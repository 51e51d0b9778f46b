/**
 * How `switchboard corpus` prints: one JSON object per line (--json), or a readable table.
 */
import type { CorpusEntry, CorpusSummary } from './run-corpus.js';

const cell = (value: string | null | undefined, width: number) => {
  const v = (value ?? '-').replace(/\s+/g, ' ');
  return v.length > width ? `${v.slice(0, width - 1)}…` : v.padEnd(width);
};

/** The table's heading line. */
export const TABLE_HEADING = `${cell('file', 40)} ${cell('ok', 3)} ${cell('from', 28)} ${cell('subject', 32)} ${cell('att', 3)} ${cell('bounce', 22)} ${cell('auto', 12)} fraud`;

/** One entry as a table row. */
export function tableRow(e: CorpusEntry): string {
  const bounce = e.bounce ? `${e.bounce.reason} ${e.bounce.status ?? ''}`.trim() : null;
  const fraud = e.fraud ? `${e.fraud.score}${e.fraud.flagged ? ' FLAGGED' : ''}` : '-';
  const status = e.parsed ? 'yes' : 'NO';
  const subject = e.parsed ? e.subject : e.error;
  return `${cell(e.file, 40)} ${cell(status, 3)} ${cell(e.from, 28)} ${cell(subject, 32)} ${cell(String(e.attachments), 3)} ${cell(bounce, 22)} ${cell(e.auto?.split(':')[0], 12)} ${fraud}`;
}

const counts = (c: Record<string, number>) => Object.entries(c).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

/** The summary as readable lines. */
export function summaryLines(s: CorpusSummary): string[] {
  return [
    `${s.files} files: ${s.parsed} parsed, ${s.failed} failed${s.failed ? ` (${counts(s.failures)})` : ''}`,
    `bounces: ${s.bounces} (${counts(s.bouncesByReason)})`,
    `automatic: ${s.automatic} (${counts(s.automaticByKind)})`,
    `fraud flagged: ${s.flagged}`,
    `time: ${s.elapsedMs} ms, ${s.msPerMessage} ms per message`,
  ];
}
