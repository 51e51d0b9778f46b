/**
 * The rows of an import, in file order, a hundred at a time: what each will do (or did) and why,
 * with the problems of rows that cannot be imported beside the column at fault. Filtered by action.
 */
import { useEffect, useState } from 'react';
import type { ImportAction, ImportRow, ImportRun } from '../platform/types';
import { Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { rowsOf } from './imports-api';
import { ACTION_LABEL } from './import-words';

const ACTIONS: ImportAction[] = ['error', 'create', 'update', 'skip'];

function why(row: ImportRow): string {
  if (row.action === 'error') return row.issues.map((i) => (i.column ? `${i.column}: ${i.message}` : i.message)).join('; ') || row.reason;
  if (row.outcome === 'failed' || (row.outcome === 'skipped' && row.action !== 'skip')) return row.outcomeReason ?? row.reason;
  return row.reason;
}

export function PreviewTable({ run }: { run: ImportRun }) {
  const counts: Record<ImportAction, number> = run.preview;
  const [action, setAction] = useState<ImportAction | undefined>(run.preview.error > 0 ? 'error' : undefined);
  const [more, setMore] = useState<ImportRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  // Outcomes change as the run is applied: the rows are read again with each change of its counts.
  const progress = `${run.status}:${run.applied.done}`;
  const first = useResource((signal) => rowsOf(run.id, action, null, signal), [run.id, action, progress]);

  useEffect(() => {
    setMore([]);
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);

  const loadMore = async () => {
    if (!cursor) return;
    const page = await rowsOf(run.id, action, cursor);
    setMore((m) => [...m, ...page.items]);
    setCursor(page.nextCursor);
  };

  const rows = [...(first.data?.items ?? []), ...more];
  return (
    <div className="import-rows">
      <div className="import-filters" role="group" aria-label="Show rows">
        <button type="button" className="button small" aria-pressed={action === undefined} onClick={() => setAction(undefined)}>
          All {run.rows.toLocaleString()}
        </button>
        {ACTIONS.map((a) => (
          <button key={a} type="button" className="button small" aria-pressed={action === a} onClick={() => setAction(a)} disabled={counts[a] === 0}>
            {ACTION_LABEL[a]} {counts[a].toLocaleString()}
          </button>
        ))}
        {first.loading && <Spinner label="Loading the rows" />}
      </div>
      {first.error !== undefined && <Notice>{(first.error as Error).message}</Notice>}
      <div className="card table-card">
        <table className="setup-table import-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} data-row={r.row} data-action={r.action}>
                <td className="num">{r.row}</td>
                <td className="nowrap">
                  <span className={`pill import-pill import-${r.action}`}>{ACTION_LABEL[r.action]}</span>
                  {r.outcome && <div className="muted small">{r.outcome}</div>}
                </td>
                <td>{r.label || <span className="muted">—</span>}</td>
                <td>{why(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {cursor && (
          <div className="table-more">
            <button type="button" className="button ghost" onClick={() => void loadMore()}>
              Show more rows
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
