/**
 * Articles suggested under a new request's subject in the portal while the client types (a moment
 * after typing stops): client-visible articles only, each opening in the portal.
 */
import { useDebounced } from '../platform/use-debounced';
import { Link } from '../platform/router';
import { useResource } from '../platform/use-api';
import { suggestArticles } from './kb-api';
import './kb.css';

/** Fewer letters than this suggest nothing: one or two letters match half the knowledge base. */
const MIN_LETTERS = 3;

export function KbSuggestions({ text }: { text: string }) {
  const q = useDebounced(text.trim(), 300);
  const found = useResource(q.length >= MIN_LETTERS ? (signal) => suggestArticles(q, signal) : null, [q]);
  const items = q.length >= MIN_LETTERS ? (found.data?.items ?? []) : [];
  if (items.length === 0) return null;
  return (
    <aside className="kb-suggestions" aria-label="Articles that may help" aria-live="polite">
      <p className="kb-suggestions-title small">These articles may solve it straight away:</p>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <Link to={`/portal/kb/${encodeURIComponent(a.id)}`}>
              {a.title}
            </Link>
            <span className="small muted"> — {a.snippet}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
