/** The imports API as the import screen uses it. */
import { api, query } from '../platform/api';
import type { ImportAction, ImportRow, ImportRun, Page } from '../platform/types';

export interface Upload {
  kind: ImportRun['kind'];
  format: ImportRun['format'];
  timeZone: string;
  file: File;
}

/** Sends the file itself (text/csv) for a preview; nothing is imported yet. */
export function uploadForPreview(u: Upload): Promise<ImportRun> {
  const q = query({ kind: u.kind, format: u.format, fileName: u.file.name, timeZone: u.timeZone.trim() || undefined });
  return api<ImportRun>('POST', `/imports${q}`, undefined, { raw: { body: u.file, type: 'text/csv' } });
}

export function rowsOf(id: string, action: ImportAction | undefined, cursor: string | null, signal?: AbortSignal): Promise<Page<ImportRow>> {
  return api<Page<ImportRow>>('GET', `/imports/${encodeURIComponent(id)}/rows${query({ action, limit: 100, cursor })}`, undefined, { signal });
}

export function applyRun(id: string): Promise<ImportRun> {
  return api<ImportRun>('POST', `/imports/${encodeURIComponent(id)}/apply`);
}

export function runOf(id: string, signal?: AbortSignal): Promise<ImportRun> {
  return api<ImportRun>('GET', `/imports/${encodeURIComponent(id)}`, undefined, { signal });
}

/** Where the rows to fix download, as CSV (the session cookie authorises a plain link). */
export function errorsHref(id: string): string {
  return `/api/v1/imports/${encodeURIComponent(id)}/errors`;
}
