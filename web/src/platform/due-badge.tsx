/** A running SLA clock's due time as a countdown — or, once it has passed, a "breached" badge. */
import { formatFull, formatSpan } from './format';
import { useNow } from './use-now';

const HOUR = 3_600_000;

export type DueTone = 'breached' | 'soon' | 'near' | 'later';

/** How urgent a due time is: past, within the hour, within four hours, or later. */
export function dueTone(dueMs: number, now: number): DueTone {
  const left = dueMs - now;
  return left <= 0 ? 'breached' : left < HOUR ? 'soon' : left < 4 * HOUR ? 'near' : 'later';
}

export function DueBadge({ dueAt, label = 'SLA due' }: { dueAt: string | null; label?: string }) {
  const due = dueAt ? Date.parse(dueAt) : Number.NaN;
  // Within the hour the minutes count down visibly; further out a minute's precision is plenty.
  const now = useNow(Math.abs(due - Date.now()) < 2 * HOUR ? 10_000 : 60_000);
  if (!dueAt || Number.isNaN(due)) {
    return (
      <span className="due due-none" title="No running SLA clock">
        —
      </span>
    );
  }
  const tone = dueTone(due, now);
  const title = `${label} ${formatFull(dueAt)}`;
  if (tone === 'breached') {
    return (
      <span className="due due-breached" title={title}>
        <span className="due-word">Breached</span> <span className="due-span">{formatSpan(now - due)} ago</span>
      </span>
    );
  }
  return (
    <span className={`due due-${tone}`} title={title}>
      <span className="due-word">Due</span> <span className="due-span">in {formatSpan(due - now)}</span>
    </span>
  );
}
