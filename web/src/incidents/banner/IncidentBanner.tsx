/**
 * The portal's incident banner: a client's users see, on every portal page, each open vendor
 * incident that touches their organisation with its latest update, and a link to their own status
 * page (which works without signing in and offers an Atom feed).
 */
import { api } from '../../platform/api';
import { formatAgo, formatFull } from '../../platform/format';
import type { components } from '../../platform/api-types';
import { useResource } from '../../platform/use-api';
import '../incidents.css';

type Banners = components['schemas']['IncidentBanners'];

export function IncidentBanner() {
  const { data } = useResource((signal) => api<Banners>('GET', '/incident-banners', undefined, { signal }), []);
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="incident-banner" role="status" aria-label="Service incidents">
      {items.map((i) => (
        <div key={i.incidentId} className="incident-banner-item">
          <p>
            <strong>{i.title}</strong> <span className="muted small">since <time dateTime={i.declaredAt} title={formatFull(i.declaredAt)}>{formatAgo(i.declaredAt)}</time></span>
          </p>
          {i.latestUpdate ? (
            <p className="incident-banner-update">
              {i.latestUpdate.body} <span className="muted small">(<time dateTime={i.latestUpdate.postedAt} title={formatFull(i.latestUpdate.postedAt)}>{formatAgo(i.latestUpdate.postedAt)}</time>)</span>
            </p>
          ) : null}
          <p>
            <a href={i.statusPageUrl}>Status page</a>
          </p>
        </div>
      ))}
    </section>
  );
}
