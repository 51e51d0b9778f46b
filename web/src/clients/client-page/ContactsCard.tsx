/**
 * A client's contacts: where each works, the numbers and addresses on file, portal login, VIP;
 * add, edit, archive and restore.
 */
import { useState } from 'react';
import { phoneHref, phoneText } from '../../platform/phone';
import type { Contact, Organization, Site, User } from '../../platform/types';
import { openTickets } from '../clients-api';
import { ArchiveAction, OpenTicketCount } from './ArchiveAction';
import { ContactForm } from './ContactForm';
import { PortalAccess } from './PortalAccess';

export function ContactsCard({ client, sites, contacts, users, canManageLogins, onChanged }: {
  client: Organization;
  sites: Site[];
  contacts: Contact[];
  users: User[];
  canManageLogins: boolean;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const activeSites = sites.filter((s) => !s.archivedAt);
  const siteName = (id: string | null) => sites.find((s) => s.id === id)?.name;
  const where = (c: Contact) => (c.workLocation === 'home' ? `Works from home${c.siteId ? ` (${siteName(c.siteId)})` : ''}` : (siteName(c.siteId) ?? 'No site'));
  return (
    <section className="card setup-card" aria-labelledby="contacts-title">
      <div className="setup-card-head">
        <h2 id="contacts-title" className="card-title">
          Contacts
        </h2>
        {client.archivedAt === null && (
          <button type="button" className="button small" onClick={() => setEditing('new')}>
            Add contact
          </button>
        )}
      </div>
      {contacts.length === 0 ? (
        <p className="muted">No contacts yet.</p>
      ) : (
        <ul className="record-list">
          {contacts.map((c) => (
            <li key={c.id} className={`record${c.archivedAt ? ' archived' : ''}`} data-contact={c.name}>
              <div className="record-main">
                <span className="record-name">{c.name}</span>
                {c.vip && <span className="badge vip">VIP</span>}
                {c.archivedAt && <span className="pill archived-pill">Archived</span>}
                <div className="muted small">{[c.title, where(c)].filter(Boolean).join(' · ')}</div>
                <div className="contact-channels small">
                  {c.phones.map((p) => (
                    <span key={p.number} className="contact-channel" data-phone={p.number}>
                      <a href={phoneHref(p)}>{phoneText(p)}</a> <span className="muted">{p.label}</span>
                    </span>
                  ))}
                  {c.emails.map((e) => (
                    <span key={e} className="contact-channel">
                      <a href={`mailto:${e}`}>{e}</a>
                    </span>
                  ))}
                  {c.phones.length === 0 && c.emails.length === 0 && <span className="muted">No phone number or email on file</span>}
                </div>
                <PortalAccess contact={c} login={users.find((u) => u.contactId === c.id)} canManage={canManageLogins} onChanged={onChanged} />
              </div>
              <div className="record-actions">
                {!c.archivedAt && (
                  <button type="button" className="button ghost small" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>
                    Edit
                  </button>
                )}
                <ArchiveAction
                  kind="contacts"
                  id={c.id}
                  name={c.name}
                  archived={c.archivedAt !== null}
                  onChanged={onChanged}
                  countOpen={() => openTickets({ contactId: c.id })}
                  consequences={(count) => (
                    <>
                      <p>
                        {c.name}’s <OpenTicketCount count={count} /> stay open with them as the requester and keep their SLA clocks; closed tickets stay in the history.
                      </p>
                      <p>{c.name} leaves caller search and the contact lists, and new tickets cannot name them until you restore them. A portal login of theirs can still follow their tickets but not open new ones.</p>
                    </>
                  )}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ContactForm client={client} sites={activeSites} contact={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), onChanged())} />
      )}
    </section>
  );
}
