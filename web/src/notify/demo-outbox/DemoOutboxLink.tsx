/**
 * The navigation link to the demo outbox, shown only where the demo provider has kept something
 * (or the page is open): a real desk, whose pages go out for real, never sees it.
 */
import { api } from '../../platform/api';
import { Link } from '../../platform/router';
import type { DemoMessage, Page } from '../../platform/types';
import { useResource } from '../../platform/use-api';

export function DemoOutboxLink({ path }: { path: string }) {
  const kept = useResource((signal) => api<Page<DemoMessage>>('GET', '/demo-outbox?limit=1', undefined, { signal }), []);
  const current = path === '/demo-outbox';
  if (!current && !kept.data?.items.length) return null;
  return (
    <li>
      <Link to="/demo-outbox" className="sidenav-link" aria-current={current ? 'page' : undefined}>
        <span>Demo outbox</span>
      </Link>
    </li>
  );
}
