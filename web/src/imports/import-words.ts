/** Words of the import screen: the kinds, the layouts and what the rows' actions are called. Pure. */
import type { ImportAction, ImportRun } from '../platform/types';

export const KIND_LABEL: Record<ImportRun['kind'], string> = {
  clients: 'Clients',
  sites: 'Sites',
  contacts: 'Contacts',
  staff: 'Staff',
  tickets: 'Open tickets',
};

/** What each layout calls the kinds, so people find their export file by its name. */
export const FORMAT_LABEL: Record<ImportRun['format'], string> = {
  switchboard: 'Switchboard columns',
  connectwise: 'ConnectWise PSA export',
  autotask: 'Autotask export',
  halopsa: 'HaloPSA export',
};

export const ACTION_LABEL: Record<ImportAction, string> = {
  create: 'Create',
  update: 'Update',
  skip: 'Skip',
  error: 'Error',
};

/** The import's state as a sentence. */
export function statusLine(run: ImportRun): string {
  const a = run.applied;
  switch (run.status) {
    case 'applying':
      return `Importing… ${a.done.toLocaleString()} of ${a.total.toLocaleString()} rows`;
    case 'done':
      return `Imported: ${a.created.toLocaleString()} created, ${a.updated.toLocaleString()} updated, ${a.skipped.toLocaleString()} skipped${a.failed ? `, ${a.failed.toLocaleString()} failed` : ''}.`;
    case 'failed':
      return `Stopped after ${a.done.toLocaleString()} of ${a.total.toLocaleString()} rows: ${run.message ?? 'an error'}. Resume to finish it; rows already imported are not written twice.`;
    case 'interrupted':
      return `Interrupted after ${a.done.toLocaleString()} of ${a.total.toLocaleString()} rows. Resume to finish it; rows already imported are not written twice.`;
    default:
      return 'Previewed: nothing is imported yet.';
  }
}

/** Rows the errors file holds: those with errors, and those that failed when applied. */
export function rowsToFix(run: ImportRun): number {
  return run.preview.error + run.applied.failed;
}
