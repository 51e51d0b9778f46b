/**
 * On a client's page (staff): the vendor incidents that touched the client and the action items of
 * their reviews — each with its owner, due date and whether it is done — linked to the incident.
 */
import { api } from '../../platform/api';
import type { components } from '../../platform/api-types';
import { useDirectory } from '../../platform/directory';
import { formatAgo, formatFull } from '../../platform/format';
import { Link } from '../../platform/router';
import { useResource } from '../../platform/use-api';
import '../incidents.css';

type ClientActions = components['schemas']['ClientIncidentActions'];

export function ClientIncidentActions({ clientId }: { clientId: string }) {
  const { data } = useResource((signal) => api<ClientActions>('GET', `/organizations/${clientId}/incident-actions`, undefined, { signal }), [clientId]);
  const directory = useDirectory();
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  const name = (id: string | null) => directory.staff.find((s) => s.id === id)?.name ?? 'unassigned';
  return (
    <section className="card setup-card" aria-labelledby="client-incidents-title">
      <h2 id="client-incidents-title" className="card-title">Vendor incidents and their action items</h2>
      <ul className="action-items">
        {items.map((i) => (
          <li key={i.incidentId} className="client-incident">
            <div>
              <Link to={`/incidents/${i.incidentId}`}>{i.incidentTitle}</Link>{' '}
              <span className="muted small">
                declared <time dateTime={i.declaredAt} title={formatFull(i.declaredAt)}>{formatAgo(i.declaredAt)}</time>
                {i.resolvedAt ? ' · resolved' : ' · ongoing'}
              </span>
              {i.actions.length > 0 ? (
                <ul className="action-items">
                  {i.actions.map((a) => (
                    <li key={a.id}>
                      <span aria-label={a.done ? 'done' : 'to do'}>{a.done ? '☑' : '☐'}</span>
                      <span className={a.done ? 'done' : undefined}>{a.title}</span>
                      <span className="muted small">{name(a.assigneeId)}{a.dueOn ? ` · due ${a.dueOn}` : ''}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
