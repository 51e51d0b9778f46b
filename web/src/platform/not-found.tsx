/** The page for an address that leads nowhere, or to something the reader may not see (the same to them). */
import { useEffect } from 'react';
import { Link } from './router';

export function NotFoundPage({ what = 'page', back = '/' }: { what?: string; back?: string }) {
  useEffect(() => {
    document.title = 'Not found · Switchboard';
  }, []);
  return (
    <div className="not-found">
      <h1>Not found</h1>
      <p className="muted">There is no such {what}, or you do not have access to it.</p>
      <Link to={back} className="button">
        Back to the start
      </Link>
    </div>
  );
}
