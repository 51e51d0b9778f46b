/** A queue: filters, the tickets newest activity first, j/k to move, live refresh. */
import { useEffect, useRef, useState } from 'react';
import { navigate, useLocation } from '../../platform/router';
import type { Session } from '../../platform/session';
import { useContact, useDirectory } from '../../platform/directory';
import { api, query } from '../../platform/api';
import { useShortcuts } from '../../platform/keyboard';
import { useLiveRefresh } from '../../platform/stream';
import { PRIORITIES, type Page, type Ticket } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { PRIORITY_LABEL, STATUS_LABEL } from '../../platform/labels';
import { DUE_WINDOWS, filtersFrom, QUEUES, queueHref, queueQuery, type QueueDef, type QueueFilters } from './queues';
import { AT_RISK_BADGE_LABEL, badgeFilters, countQueue, formatCount, isCounted, useNavCounts } from './use-counts';
import { TicketRow } from '../TicketRow';
import { SaveViewForm, ViewActions } from './ViewControls';
import { sameFilters, toViewFilters, useViews } from './views';

const PAGE = 50;

function loadQueue(queue: QueueDef, session: Session, filters: QueueFilters, cursor: string | null, limit: number, signal: AbortSignal, now = Date.now()): Promise<Page<Ticket>> {
  return api<Page<Ticket>>('GET', `/tickets${query({ ...queueQuery(queue, session.teamId, filters, now), limit, cursor })}`, undefined, { signal });
}

/**
 * The first page and — unless the navigation already shows the same number — the exact count of
 * the whole list, both taken at the same instant so their due-time windows are the same.
 */
async function loadFirst(queue: QueueDef, session: Session, filters: QueueFilters, limit: number, counted: boolean, signal: AbortSignal): Promise<{ page: Page<Ticket>; total?: number }> {
  const now = Date.now();
  const [page, total] = await Promise.all([loadQueue(queue, session, filters, null, limit, signal, now), counted ? countQueue(queue, session.teamId, filters, now, signal) : undefined]);
  return { page, total };
}

/** What the header says the list is. */
function listWords(queue: QueueDef): string {
  if (queue.due === 'current') return ' with a running SLA clock, nearest due time first (breaches over a day old are under Old breaches)';
  if (queue.due === 'old') return ' whose SLA clock ran out over a day ago, longest overdue first';
  return '';
}

export function QueuePage({ queueId, session }: { queueId: string; session: Session }) {
  const queue = QUEUES.find((q) => q.id === queueId)!;
  const { params } = useLocation();
  const directory = useDirectory();
  const contact = useContact(params.get('contact'));
  const filters = filtersFrom(queue, params);
  const { views } = useViews();
  const view = views.find((v) => v.id === params.get('view') && v.queue === queue.id);
  const [saving, setSaving] = useState(false);
  const title = view?.name ?? queue.title;
  const [extra, setExtra] = useState<{ items: Ticket[]; cursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const rows = useRef<(HTMLAnchorElement | null)[]>([]);
  const listRef = useRef<HTMLUListElement>(null);

  const want = Math.min(200, PAGE + (extra?.items.length ?? 0));
  const noTeam = Boolean(queue.team && !session.teamId);
  // The header's count: the navigation's own number when the list is what its badge counts (so the
  // two always agree), else an exact count of this list, taken with it.
  const navCounts = useNavCounts();
  const unfiltered = !(filters.priority || filters.organizationId || filters.status || filters.contactId || filters.within);
  const navKey =
    view && sameFilters(view.filters, toViewFilters(filters))
      ? `view:${view.id}`
      : isCounted(queue, session) && sameFilters(toViewFilters(badgeFilters(queue)), toViewFilters(filters)) && queue.due !== 'current'
        ? `queue:${queue.id}`
        : undefined;
  const navTotal = navKey ? navCounts.get(navKey) : undefined;
  // A desk's whole history is not counted on every change; filtered, it is a client's or a status's.
  const counted = navKey === undefined && !(queue.id === 'all' && unfiltered);
  const first = useResource(noTeam ? null : (signal) => loadFirst(queue, session, filters, want, counted, signal), [queueId, filters, session.teamId, counted]);

  useEffect(() => {
    document.title = `${title} · Switchboard`;
    sessionStorage.setItem('sb.lastQueue', queue.id);
  }, [queue, title]);
  useEffect(() => setExtra(null), [queueId, filters.priority, filters.organizationId, filters.status, filters.contactId, filters.within]);
  useLiveRefresh(first.reload);

  const firstPage = first.data?.page;
  const tickets = [...(firstPage?.items ?? []), ...(extra?.items.filter((t) => !firstPage?.items.some((f) => f.id === t.id)) ?? [])];
  const cursor = extra ? extra.cursor : (firstPage?.nextCursor ?? null);
  const total = navKey ? navTotal : first.data?.total;

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await loadQueue(queue, session, filters, cursor, PAGE, new AbortController().signal);
      setExtra((e) => ({ items: [...(e?.items ?? []), ...page.items], cursor: page.nextCursor }));
    } finally {
      setLoadingMore(false);
    }
  };

  const setFilter = (name: 'priority' | 'client' | 'status' | 'contact' | 'within', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    const text = next.toString();
    navigate(`${queueHref(queue.id)}${text ? `?${text}` : ''}`, { replace: true });
  };

  const move = (delta: number) => {
    const list = rows.current.filter(Boolean) as HTMLAnchorElement[];
    if (list.length === 0) return;
    const index = list.indexOf(document.activeElement as HTMLAnchorElement);
    const next = index === -1 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, index + delta));
    list[next].focus();
  };
  useShortcuts({ j: () => move(1), k: () => move(-1), ArrowDown: () => (listRef.current?.contains(document.activeElement) ? move(1) : false), ArrowUp: () => (listRef.current?.contains(document.activeElement) ? move(-1) : false) });

  const filtered = !unfiltered;
  const atRisk = queue.due === 'current';
  // The same number as the navigation's at-risk badge, from the same count.
  const attention = atRisk ? navCounts.get(`queue:${queue.id}`) : undefined;
  const organizations = [...directory.organizations].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="page queue-page">
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          {view && (
            <p className="muted page-sub">
              A saved view of {queue.title.toLowerCase()}
              {view.shared ? ', shared with the desk' : ', only you see it'}
            </p>
          )}
          <p className="muted page-sub queue-total" aria-live="polite">
            {first.loading && !first.data ? 'Loading…' : total === undefined ? `${tickets.length}${cursor ? '+' : ''} tickets` : `${formatCount(total)} ticket${total === 1 ? '' : 's'}${filtered ? ' matching the filters' : ''}${listWords(queue)}`}
          </p>
        </div>
        {atRisk && attention !== undefined && (
          <div className="risk-summary" aria-label="Needing attention now">
            <span className={`risk-count${attention ? ' risk-count-breached' : ''}`}>
              <strong>{formatCount(attention)}</strong> {AT_RISK_BADGE_LABEL}
            </span>
          </div>
        )}
      </div>
      <div className="filters" role="group" aria-label="Filters">
        {atRisk && (
          <label className="filter">
            <span>Due</span>
            <select value={filters.within} onChange={(e) => setFilter('within', e.target.value)}>
              <option value="">Any due time</option>
              {DUE_WINDOWS.map((w) => (
                <option key={w.value} value={w.value}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="filter">
          <span>Priority</span>
          <select value={filters.priority} onChange={(e) => setFilter('priority', e.target.value)}>
            <option value="">Any priority</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABEL[p]}
              </option>
            ))}
            <option value="P1,P2">P1 and P2</option>
          </select>
        </label>
        <label className="filter">
          <span>Client</span>
          <select value={filters.organizationId} onChange={(e) => setFilter('client', e.target.value)}>
            <option value="">All clients</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>Status</span>
          <select value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">{queue.id === 'all' ? 'Any status' : 'Any in this queue'}</option>
            {queue.statuses.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        {filters.contactId && (
          <span className="chip">
            Contact: {contact?.name ?? '…'}
            <button type="button" className="chip-remove" aria-label="Remove the contact filter" onClick={() => setFilter('contact', '')}>
              ×
            </button>
          </span>
        )}
        {filtered && (
          <button className="button ghost" onClick={() => navigate(queueHref(queue.id), { replace: true })}>
            Clear filters
          </button>
        )}
        {filtered && !view && !saving && (
          <button className="button" onClick={() => setSaving(true)}>
            Save as view…
          </button>
        )}
        {view && <ViewActions view={view} filters={filters} session={session} />}
      </div>
      {saving && !view && <SaveViewForm queue={queue} filters={filters} onDone={() => setSaving(false)} />}
      {first.error !== undefined && <Notice>{(first.error as Error).message}</Notice>}
      {first.loading && !first.data ? (
        <div className="loading-block">
          <Spinner label="Loading tickets" />
        </div>
      ) : noTeam ? (
        <EmptyState title="You are not in a team">An owner or admin can add you to one; until then, see All open.</EmptyState>
      ) : tickets.length === 0 && !first.error ? (
        <EmptyState title={view ? 'Nothing in this view right now' : filtered ? 'No tickets match these filters' : atRisk ? 'Nothing at risk' : queue.due === 'old' ? 'No old breaches' : 'Nothing here'}>
          {filtered
            ? 'Try another priority, client, status or due time.'
            : atRisk
              ? 'No open ticket has a running SLA clock. Tickets appear here, nearest due time first, as soon as a contract’s clock runs on them.'
              : queue.due === 'old'
                ? 'No open ticket’s SLA clock ran out more than a day ago.'
                : 'This queue is empty. New tickets appear here as they arrive.'}
        </EmptyState>
      ) : (
        <>
          <div className="ticket-list-head" aria-hidden="true">
            <span>Pri</span>
            <span>Ticket</span>
            <span>Status</span>
            <span>Assignee</span>
            <span>SLA due</span>
            <span>Activity</span>
          </div>
          <ul className="ticket-list" ref={listRef} aria-label={title}>
            {tickets.map((t, i) => (
              <li key={t.id}>
                <TicketRow ref={(el) => void (rows.current[i] = el)} ticket={t} clientName={directory.orgName(t.organizationId)} assigneeName={directory.userName(t.assigneeId)} />
              </li>
            ))}
          </ul>
          {cursor && (
            <div className="load-more">
              <button className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show more'}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
