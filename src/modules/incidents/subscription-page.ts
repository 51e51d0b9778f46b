/**
 * The pages a subscriber's links open: a button that confirms or ends the subscription (GET only
 * shows it), what happened after it was pressed, and why a link cannot be used. Pure, escaped.
 */
import { escapeHtml, htmlPageHeaders } from '../../platform/http/html-page.js';
import type { StatusSubscription } from './status-subscription.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}button{font:inherit;padding:.5rem 1.25rem;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}`;

/** No scripts; the button's form posts back to the same address. */
export const SUBSCRIPTION_PAGE_HEADERS = htmlPageHeaders(STYLE, 'self');

export type SubscriptionPage =
  | { kind: 'ask'; action: 'confirm' | 'unsubscribe'; subscription: StatusSubscription }
  | { kind: 'done'; action: 'confirm' | 'unsubscribe'; subscription: StatusSubscription }
  | { kind: 'problem'; text: string }
  | { kind: 'requested'; email: string; pageUrl: string };

const who = (s: StatusSubscription) => escapeHtml(s.email ?? s.url ?? '');

export function renderSubscriptionPage(p: SubscriptionPage): string {
  let title: string;
  let content: string;
  if (p.kind === 'requested') {
    title = 'Check your mail';
    content = `<p>We sent a link to <strong>${escapeHtml(p.email)}</strong>: open it to confirm, and updates will follow. Nothing is sent until then.</p><p><a href="${escapeHtml(p.pageUrl)}">Back to the status page</a></p>`;
  } else if (p.kind === 'problem') {
    title = 'This link cannot be used';
    content = `<p>${escapeHtml(p.text)}</p>`;
  } else if (p.kind === 'ask') {
    title = p.action === 'confirm' ? 'Confirm your subscription' : 'Unsubscribe';
    const text = p.action === 'confirm' ? `Send status updates to <strong>${who(p.subscription)}</strong>?` : `Stop sending status updates to <strong>${who(p.subscription)}</strong>?`;
    content = `<p>${text}</p><form method="post"><button type="submit">${p.action === 'confirm' ? 'Yes, send me updates' : 'Unsubscribe'}</button></form>`;
  } else if (p.subscription.state === 'active') {
    title = 'Subscribed';
    content = `<p>Status updates will be sent to <strong>${who(p.subscription)}</strong>. Each mail has a link to stop them.</p>`;
  } else {
    title = 'Unsubscribed';
    content = `<p>No more status updates will be sent to <strong>${who(p.subscription)}</strong>.</p>`;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${content}</main></body></html>`;
}
