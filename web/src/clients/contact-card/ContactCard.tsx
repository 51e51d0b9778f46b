/** Who asked: the client, the contact with their numbers on file, and the site. */
import type { Contact, Site } from '../../platform/types';

interface Props {
  clientName: string;
  contact: Contact | null | undefined;
  site: Site | undefined;
  title?: string;
}

export function ContactCard({ clientName, contact, site, title = 'Requester' }: Props) {
  return (
    <section className="card contact-card" aria-label={title}>
      <h2 className="card-title">{title}</h2>
      <p className="contact-client">{clientName || '…'}</p>
      {contact === undefined ? (
        <p className="muted">Loading contact…</p>
      ) : contact === null ? (
        <p className="muted">No contact on this ticket.</p>
      ) : (
        <>
          <p className="contact-name">
            {contact.name}
            {contact.vip && <span className="badge vip">VIP</span>}
          </p>
          {contact.title && <p className="muted">{contact.title}</p>}
          <ul className="contact-channels">
            {contact.phones.map((p) => (
              <li key={p.number}>
                <span className="muted channel-label">{p.label || 'phone'}</span> <a href={`tel:${p.number}${p.extension ? `;ext=${p.extension}` : ''}`}>{p.number}</a>
                {p.extension && <span className="muted"> ext. {p.extension}</span>}
              </li>
            ))}
            {contact.emails.map((e) => (
              <li key={e}>
                <span className="muted channel-label">email</span> <a href={`mailto:${e}`}>{e}</a>
              </li>
            ))}
          </ul>
          <p className="muted small">{contact.workLocation === 'home' ? 'Works from home' : site ? `At ${site.name}` : 'Works on site'}</p>
        </>
      )}
      {site && contact?.workLocation !== 'home' && site.address && <p className="muted small">{site.address}</p>}
    </section>
  );
}
