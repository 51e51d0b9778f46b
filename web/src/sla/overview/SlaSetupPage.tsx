/**
 * Calendars and SLA policies: the coverage calendars (weekly hours, holidays, exceptions) and the
 * targets per priority that contracts combine, with "try it" on any pair.
 */
import { useEffect } from 'react';
import { Link } from '../../platform/router';
import type { Session } from '../../platform/session';
import { PRIORITIES } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { hoursText, targetText, warningText } from '../calendar-words';
import { fetchCalendars, fetchPolicies } from '../sla-api';
import { TryIt } from '../TryIt';
import '../sla.css';

export function SlaSetupPage({ session }: { session: Session }) {
  useEffect(() => {
    document.title = 'Calendars and SLA policies · Switchboard';
  }, []);
  const data = useResource(async (signal) => {
    const [calendars, policies] = await Promise.all([fetchCalendars(signal), fetchPolicies(signal)]);
    return { calendars, policies };
  }, []);
  const manage = ['owner', 'admin', 'service_manager'].includes(session.user.role);
  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <h1>Calendars and SLA policies</h1>
          <p className="muted page-sub">A calendar says when a contract’s clock runs; a policy sets the targets per priority. A contract combines them per site and priority.</p>
        </div>
      </div>
      {data.error !== undefined && <Notice>{(data.error as Error).message}</Notice>}
      {!data.data ? (
        <div className="loading-block">
          <Spinner label="Loading calendars and policies" />
        </div>
      ) : (
        <>
          <div className="sla-setup-grid">
            <section className="card table-card" aria-labelledby="calendars-title">
              <div className="setup-card-head padded">
                <h2 id="calendars-title" className="card-title">
                  Calendars
                </h2>
                {manage && (
                  <Link to="/sla/calendars/new" className="button small">
                    New calendar
                  </Link>
                )}
              </div>
              {data.data.calendars.length === 0 ? (
                <EmptyState title="No calendars yet" />
              ) : (
                <table className="setup-table">
                  <thead>
                    <tr>
                      <th scope="col">Calendar</th>
                      <th scope="col">Weekly hours</th>
                      <th scope="col">Holidays</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.calendars.map((c) => (
                      <tr key={c.id} data-calendar={c.name}>
                        <td>
                          <Link to={`/sla/calendars/${encodeURIComponent(c.id)}`} className="row-title">
                            {c.name}
                          </Link>
                          <div className="muted small">{c.timeZone.replace(/_/g, ' ')}</div>
                        </td>
                        <td>{hoursText(c)}</td>
                        <td>
                          {c.holidays.map((h) => [h.country, h.region].filter(Boolean).join('-')).join(', ') || <span className="muted">None</span>}
                          {c.exceptions.length + c.customHolidays.length > 0 && <div className="muted small">{c.exceptions.length + c.customHolidays.length} dated changes</div>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="card table-card" aria-labelledby="policies-title">
              <div className="setup-card-head padded">
                <h2 id="policies-title" className="card-title">
                  SLA policies
                </h2>
                {manage && (
                  <Link to="/sla/policies/new" className="button small">
                    New policy
                  </Link>
                )}
              </div>
              {data.data.policies.length === 0 ? (
                <EmptyState title="No SLA policies yet" />
              ) : (
                <table className="setup-table">
                  <thead>
                    <tr>
                      <th scope="col">Policy</th>
                      {PRIORITIES.map((p) => (
                        <th scope="col" key={p} title="First response / resolution, in covered time">
                          {p}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.policies.map((p) => (
                      <tr key={p.id} data-policy={p.name}>
                        <td>
                          <Link to={`/sla/policies/${encodeURIComponent(p.id)}`} className="row-title">
                            {p.name}
                          </Link>
                          <div className="muted small">{warningText(p)}</div>
                        </td>
                        {PRIORITIES.map((pr) => (
                          <td key={pr} className="small nowrap">
                            {targetText(p, pr)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p className="muted small padded">First response / resolution, counted in covered time.</p>
            </section>
          </div>
          <TryIt calendars={data.data.calendars} policies={data.data.policies} />
        </>
      )}
    </div>
  );
}
