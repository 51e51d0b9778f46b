/** A client's sites: add, edit, archive and restore. */
import { useState } from 'react';
import type { Organization, Site } from '../../platform/types';
import { ArchiveAction } from './ArchiveAction';
import { SiteForm } from './SiteForm';

export function SitesCard({ client, sites, onChanged }: { client: Organization; sites: Site[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const archivedClient = client.archivedAt !== null;
  return (
    <section className="card setup-card" aria-labelledby="sites-title">
      <div className="setup-card-head">
        <h2 id="sites-title" className="card-title">
          Sites
        </h2>
        {!archivedClient && (
          <button type="button" className="button small" onClick={() => setEditing('new')}>
            Add site
          </button>
        )}
      </div>
      {sites.length === 0 ? (
        <p className="muted">No sites yet. Contacts can still work from home, and coverage can apply to the whole client.</p>
      ) : (
        <ul className="record-list">
          {sites.map((s) => (
            <li key={s.id} className={`record${s.archivedAt ? ' archived' : ''}`} data-site={s.name}>
              <div className="record-main">
                <span className="record-name">{s.name}</span>
                {s.archivedAt && <span className="pill archived-pill">Archived</span>}
                <div className="muted small">{[s.address, s.timeZone.replace(/_/g, ' ')].filter(Boolean).join(' · ')}</div>
              </div>
              <div className="record-actions">
                {!s.archivedAt && (
                  <button type="button" className="button ghost small" onClick={() => setEditing(s)} aria-label={`Edit ${s.name}`}>
                    Edit
                  </button>
                )}
                <ArchiveAction
                  kind="sites"
                  id={s.id}
                  name={s.name}
                  archived={s.archivedAt !== null}
                  onChanged={onChanged}
                  consequences={() => (
                    <>
                      <p>Tickets at {s.name} — open or closed — keep it as their site, and open ones keep their SLA clocks.</p>
                      <p>The site leaves the site lists of new calls and portal requests, and new tickets cannot name it until you restore it.</p>
                    </>
                  )}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && <SiteForm client={client} site={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), onChanged())} />}
    </section>
  );
}
