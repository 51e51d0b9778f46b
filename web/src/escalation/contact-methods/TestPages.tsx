/** The latest test pages and how their delivery went: accepted by which provider, or why not. */
import { formatTime } from '../../platform/format';
import type { TestPage } from '../../platform/types';

const STATUS: Record<string, [string, string]> = {
  queued: ['On its way', 'wait'],
  sending: ['Sending', 'wait'],
  sent: ['Accepted by the provider', 'ok'],
  delivered: ['Delivered', 'ok'],
  failed: ['Failed', 'bad'],
  cancelled: ['Withdrawn', ''],
};

export function TestPages({ pages, label }: { pages: TestPage[]; label: Record<string, string> }) {
  if (pages.length === 0) return null;
  return (
    <div className="test-pages" aria-live="polite">
      <h3>Test pages</h3>
      <ul>
        {pages.slice(0, 5).map((p) => {
          const [words, tone] = STATUS[p.status] ?? [p.status, ''];
          const reported = p.attempts.filter((a) => a.outcome.startsWith('status:')).at(-1);
          return (
            <li key={p.id} data-test-page={p.id}>
              <span className={`status-chip ${tone}`}>{words}</span>{' '}
              <span>
                {label[p.method] ?? p.method} to {p.address}
              </span>{' '}
              <span className="muted small">
                · {formatTime(p.createdAt)}
                {p.provider && p.provider !== 'none' ? ` · ${p.provider}` : ''}
                {reported ? ` · reported ${reported.outcome.slice(7)}` : ''}
              </span>
              {p.lastError && p.status !== 'sent' && <p className="test-error">{p.lastError}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
