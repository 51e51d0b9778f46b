/**
 * The one-tap acknowledge page, server-rendered: phone-sized, no JavaScript, every value escaped.
 * Opening the link only shows the ticket and its ladder; the button POSTs back to the same signed
 * link, so mail and chat link scanners that fetch links never acknowledge anything. Pure: facts in,
 * HTML out.
 */
import { escapeHtml, htmlPageHeaders } from '../../platform/http/html-page.js';
import type { Step } from '../escalation/index.js';
import { formatTicketNumber } from '../tickets/index.js';
import type { AckFacts } from '../reports/index.js';

const CSS = [
  ':root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45}',
  'body{margin:0;padding:1rem;background:Canvas;color:CanvasText}',
  'main{max-width:28rem;margin:0 auto}',
  '.brand{font-size:.85rem;letter-spacing:.04em;text-transform:uppercase;opacity:.7;margin:0 0 1rem}',
  '.ticket{font-weight:600;margin:0}',
  'h1{font-size:1.35rem;margin:.25rem 0 .5rem;overflow-wrap:anywhere}',
  '.client{margin:0 0 1rem}',
  '.state{border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem;border:2px solid}',
  '.state.active{border-color:#c62828}',
  '.state.done{border-color:#2e7d32}',
  '.state p{margin:.25rem 0}',
  'ul{list-style:none;padding:0;margin:.25rem 0}',
  '.notice{font-weight:600}',
  'button{display:block;width:100%;min-height:3.5rem;font-size:1.2rem;font-weight:600;border:0;border-radius:.5rem;background:#c62828;color:#fff;cursor:pointer}',
  'button:focus-visible{outline:3px solid #ffb300;outline-offset:2px}',
  '.small{font-size:.9rem;opacity:.8}',
  'a{color:inherit}',
].join('');

/**
 * Headers of every answer of the acknowledge routes: nothing cached or indexed, no referrer (the
 * address carries the signed token), no framing, no scripts, and styles only the page's own.
 */
export const ACK_PAGE_HEADERS = htmlPageHeaders(CSS, 'self');

/** What happened on a POST, shown above the ticket. */
export type AckOutcome = 'acknowledged' | 'already' | 'nothing';

export interface AckPageView {
  facts: AckFacts;
  ticketPrefix: string;
  /** The signed token the form posts back (already verified). */
  token: string;
  nowMs: number;
  outcome?: AckOutcome;
}


type Target = Step['targets'][number];

const ROLE_NAMES: Record<string, string> = {
  assignee: 'the ticket’s assignee',
  team_lead: 'the team lead',
  service_manager: 'the service manager',
  owner: 'the owner',
  account_manager: 'the client’s account manager',
};

/** Who a target pages, in words. */
export function describeTarget(target: Target, names: Record<string, string>): string {
  if (target.type === 'user') return names[target.userId] ?? 'a named person';
  if (target.type === 'schedule') return `whoever is on call on ${names[target.scheduleId] ?? 'a schedule'}`;
  return ROLE_NAMES[target.role] ?? target.role;
}

/** A duration in words: "just now", "12 min", "3 h 5 min", "4 days". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `${Math.floor(minutes / 1440)} days`;
}

const ago = (iso: string, now: number) => `<time datetime="${escapeHtml(iso)}">${duration(now - Date.parse(iso))} ago</time>`;

/** The confirmation page (GET) and the result page (POST). */
export function renderAckPage(view: AckPageView): string {
  const { facts, nowMs } = view;
  const number = formatTicketNumber(view.ticketPrefix, facts.ticketNumber);
  const ladder = facts.ladder;
  const active = ladder.state === 'active';
  const body = [
    view.outcome ? `<p class="notice" role="status">${escapeHtml(outcomeText(view.outcome, number))}</p>` : '',
    `<p class="ticket">${escapeHtml(number)} · ${escapeHtml(facts.priority)}${facts.businessCritical ? ' · business-critical' : ''}</p>`,
    `<h1>${escapeHtml(facts.subject)}</h1>`,
    `<p class="client">${escapeHtml(facts.client)}</p>`,
    `<section class="state ${active ? 'active' : 'done'}" aria-label="Escalation">`,
    `<p><strong>${escapeHtml(stateHeadline(facts))}</strong></p>`,
    `<p>Escalation “${escapeHtml(ladder.policy.name)}”, started ${ago(ladder.startedAt, nowMs)}.</p>`,
    pagedList(facts),
    active ? nextStepText(facts, nowMs) : '',
    ladder.state === 'acknowledged' && ladder.acknowledgedAt
      ? `<p>Acknowledged by ${escapeHtml(ladder.acknowledgedBy ?? 'someone')} ${ago(ladder.acknowledgedAt, nowMs)}.</p>`
      : '',
    '</section>',
    active
      ? [
          `<p>This link was sent to <strong>${escapeHtml(facts.recipientName)}</strong>. Acknowledging stops the escalation for everyone on it.</p>`,
          // A relative action posts back to this very link (its last path segment), wherever Switchboard is mounted.
          `<form method="post" action="${escapeHtml(view.token)}"><button type="submit">Acknowledge ${escapeHtml(number)}</button></form>`,
        ].join('')
      : '',
    `<p class="small"><a href="../tickets/${encodeURIComponent(number)}">Open ${escapeHtml(number)} in Switchboard</a></p>`,
  ].join('\n');
  return page(`${number}: ${active ? 'acknowledge' : ladder.state}`, body);
}

/** A page for a link that cannot be used: forged, expired, or for a page that no longer exists. */
export function renderAckProblemPage(title: string, text: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n<p class="small"><a href="../">Sign in to Switchboard</a> to see the ticket and acknowledge it there.</p>`);
}

function outcomeText(outcome: AckOutcome, number: string): string {
  if (outcome === 'acknowledged') return `You acknowledged ${number}. The escalation has stopped.`;
  if (outcome === 'already') return `${number} was already acknowledged; nothing changed.`;
  return `${number} has no escalation running; nothing changed.`;
}

function stateHeadline(facts: AckFacts): string {
  const { state, policy, nextStep } = facts.ladder;
  if (state === 'acknowledged') return 'Acknowledged: the escalation has stopped.';
  if (state === 'ended') return `Ended: the ticket is ${facts.ticketStatus.replace(/_/g, ' ')}.`;
  const paged = Math.min(nextStep, policy.steps.length);
  return paged === 0 ? 'Not acknowledged yet: nobody has been paged so far.' : `Not acknowledged: paging, step ${paged} of ${policy.steps.length}.`;
}

function pagedList(facts: AckFacts): string {
  if (facts.paged.length === 0) return '';
  const items = facts.paged.map((p) => `<li>Step ${p.step}${p.round > 1 ? ` (round ${p.round})` : ''}: ${escapeHtml(p.name)}</li>`);
  return `<p>Paged so far:</p><ul>${items.join('')}</ul>`;
}

function nextStepText(facts: AckFacts, nowMs: number): string {
  const { policy, nextStep, nextStepAt } = facts.ladder;
  const step: Step | undefined = policy.steps[nextStep];
  if (!step) return '<p>Every step has paged; the escalation stays open until someone acknowledges.</p>';
  const who = step.targets.map((t) => escapeHtml(describeTarget(t, facts.names))).join(', ');
  if (nextStepAt === null) return `<p>Next: step ${nextStep + 1} pages ${who} when the client’s covered hours start.</p>`;
  const due = Date.parse(nextStepAt);
  const when = due <= nowMs ? 'now' : `in <time datetime="${escapeHtml(nextStepAt)}">${duration(due - nowMs)}</time>`;
  return `<p>Next: step ${nextStep + 1} pages ${who} ${when}.</p>`;
}

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)} · Switchboard</title>`,
    `<style>${CSS}</style>`,
    '</head><body><main>',
    '<p class="brand">Switchboard</p>',
    body,
    '</main></body></html>',
  ].join('\n');
}
