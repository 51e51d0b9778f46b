/**
 * The status page as HTML that needs no JavaScript, and its Atom feed (RFC 4287): the incidents
 * still open and those resolved lately, each with its updates, latest first. Pure: it renders what
 * it is given, every value escaped (the feed through the `feed` library).
 */
import { Feed } from 'feed';
import { escapeHtml, htmlPageHeaders } from '../../platform/http/html-page.js';
import type { IncidentRecord, IncidentUpdate } from './incident.js';

export interface StatusView {
  /** "Service status", or the client's name for its own page. */
  heading: string;
  incidents: IncidentRecord[];
  updates: IncidentUpdate[];
  /** The page's own address and its feed's, absolute. */
  pageUrl: string;
  feedUrl: string;
  /** A stable id of the feed (RFC 4287 atom:id): an IRI that does not change when the link is signed again. */
  feedId: string;
  /** Where the page's email subscribe form posts; none when subscriptions are off. */
  subscribeUrl?: string;
  nowIso: string;
}


const when = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 16).replace('T', ' '))} UTC</time>`;
const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}article{border:1px solid #d0d0d0;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
h2{font-size:1.2rem;margin:0 0 .25rem}.state{display:inline-block;padding:0 .5rem;border-radius:4px;font-size:.85rem;font-weight:600}
.open{background:#fde2e1;color:#8a1c15}.resolved{background:#dcf3e3;color:#1d5b33}.meta{color:#555;font-size:.9rem}
ol{list-style:none;padding:0}li{border-top:1px solid #eee;padding:.5rem 0}footer{margin-top:2rem;font-size:.9rem}
.subscribe{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1.5rem 0}.subscribe label{display:grid;gap:.25rem}
.subscribe input{font:inherit;padding:.35rem .5rem;border:1px solid #aaa;border-radius:6px;min-width:16rem}.subscribe button{font:inherit;padding:.4rem 1rem;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff}`;

/** Headers of the status pages: no scripts, only the page's own stylesheet; the subscribe form posts back here. */
export const STATUS_PAGE_HEADERS = htmlPageHeaders(STYLE, 'self');

/** The email subscribe form (double opt-in: the address gets a link to confirm). */
function subscribeForm(url: string): string {
  return `<form class="subscribe" method="post" action="${escapeHtml(url)}" aria-label="Subscribe by email">
<label>Get updates by email<input type="email" name="email" required maxlength="254" autocomplete="email"></label>
<button type="submit">Subscribe</button></form>`;
}

/** The status page. */
export function renderStatusPage(view: StatusView): string {
  const byIncident = (id: string) => view.updates.filter((u) => u.incidentId === id);
  const articles = view.incidents.map((i) => {
    const open = i.status !== 'resolved';
    const updates = byIncident(i.id);
    return `<article id="incident-${escapeHtml(i.id)}">
<h2>${escapeHtml(i.title)}</h2>
<p><span class="state ${open ? 'open' : 'resolved'}">${open ? 'Ongoing' : 'Resolved'}</span> <span class="meta">since ${when(i.declaredAt)}${i.resolvedAt ? ` · resolved ${when(i.resolvedAt)}` : ''}</span></p>
${updates.length > 0 ? `<ol>${updates.map((u) => `<li>${when(u.postedAt)}${paragraphs(u.body)}</li>`).join('')}</ol>` : '<p class="meta">No update yet.</p>'}
</article>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(view.heading)}</title>
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(view.heading)}" href="${escapeHtml(view.feedUrl)}">
<style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(view.heading)}</h1>
${articles.length > 0 ? articles.join('\n') : '<p>All services are running normally.</p>'}
${view.subscribeUrl ? subscribeForm(view.subscribeUrl) : ''}
</main><footer><a href="${escapeHtml(view.feedUrl)}">Subscribe to updates (Atom feed)</a> · as of ${when(view.nowIso)}</footer></body></html>`;
}

/** The status page's Atom feed: an entry per incident declared, per update, and per incident resolved. */
export function renderStatusFeed(view: StatusView): string {
  const entries: { id: string; title: string; at: string; content: string; incidentId: string }[] = [];
  for (const i of view.incidents) {
    entries.push({ id: `${view.feedId}/incidents/${i.id}`, title: `Incident: ${i.title}`, at: i.declaredAt, content: 'We are investigating.', incidentId: i.id });
    if (i.resolvedAt) entries.push({ id: `${view.feedId}/incidents/${i.id}/resolved`, title: `Resolved: ${i.title}`, at: i.resolvedAt, content: 'This incident is resolved.', incidentId: i.id });
  }
  const titles = new Map(view.incidents.map((i) => [i.id, i.title]));
  for (const u of view.updates) entries.push({ id: `${view.feedId}/updates/${u.id}`, title: `Update: ${titles.get(u.incidentId) ?? ''}`, at: u.postedAt, content: u.body, incidentId: u.incidentId });
  entries.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
  const feed = new Feed({
    id: view.feedId,
    title: view.heading,
    link: view.pageUrl,
    feedLinks: { atom: view.feedUrl },
    updated: new Date(entries[0]?.at ?? view.nowIso),
    copyright: '',
  });
  for (const e of entries) {
    // The library writes entry titles and content as type="html": text must arrive escaped.
    feed.addItem({ id: e.id, title: escapeHtml(e.title), link: `${view.pageUrl}#incident-${e.incidentId}`, date: new Date(e.at), content: paragraphs(e.content) });
  }
  return feed.atom1();
}
