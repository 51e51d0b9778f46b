/**
 * The navigation's counts: one POST /tickets/counts for every queue and saved view, taken together,
 * refreshed at most every few seconds while tickets change anywhere, and each minute, since the
 * at-risk window moves with the clock. (The lists themselves refresh at once; the badges may
 * trail them by a few seconds, which keeps a busy desk's consoles from recounting on every change.)
 */
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { Session } from '../../platform/session';
import { api } from '../../platform/api';
import { useLiveRefresh } from '../../platform/stream';
import { useResource } from '../../platform/use-api';
import { QUEUES, queueQuery, type QueueDef, type QueueFilters } from './queues';
import { viewFilters, viewQueue, type SavedView } from './views';

const NO_FILTERS: QueueFilters = { priority: '', organizationId: '', status: '', contactId: '', within: '' };
/** The at-risk queue's badge counts what needs attention now: breached (within the day) or due within the hour. */
export const AT_RISK_BADGE: QueueFilters = { ...NO_FILTERS, within: '1h' };
/** What that badge's number is, in words (the navigation's label and the at-risk page's summary). */
export const AT_RISK_BADGE_LABEL = 'breached or due within the hour';

/** The filters a queue's navigation badge counts. */
export function badgeFilters(queue: QueueDef): QueueFilters {
  return queue.due === 'current' ? AT_RISK_BADGE : NO_FILTERS;
}
const REFRESH_MS = 60_000;
/** At most one recount per this many milliseconds while changes arrive. */
const THROTTLE_MS = 3_000;

/** What the badges count: every queue but "all tickets" (a desk's whole history is not a to-do). */
function countable(session: Session): QueueDef[] {
  return QUEUES.filter((q) => isCounted(q, session));
}

export function isCounted(queue: QueueDef, session: Session): boolean {
  return queue.id !== 'all' && !(queue.team && !session.teamId);
}

/** Counts by key: `queue:<id>` and `view:<id>`; empty until the first answer. */
export function useQueueCounts(session: Session, views: SavedView[]): Map<string, number> {
  const entries = useMemo(() => {
    const list: { key: string; queue: QueueDef; filters: QueueFilters }[] = countable(session).map((q) => ({ key: `queue:${q.id}`, queue: q, filters: badgeFilters(q) }));
    for (const v of views) {
      const queue = viewQueue(v);
      if (queue && !(queue.team && !session.teamId)) list.push({ key: `view:${v.id}`, queue, filters: viewFilters(v) });
    }
    return list.slice(0, 25);
  }, [session, views]);

  const counts = useResource(
    (signal) => {
      const now = Date.now();
      const queries = entries.map((e) => queueQuery(e.queue, session.teamId, e.filters, now));
      return api<{ counts: number[] }>('POST', '/tickets/counts', { queries: queries.map(stripUndefined) }, { signal }).then((r) => new Map(entries.map((e, i) => [e.key, r.counts[i]])));
    },
    [entries.map((e) => e.key).join(','), views],
  );
  const pending = useRef<number | undefined>(undefined);
  useLiveRefresh(
    () => {
      if (pending.current !== undefined) return;
      pending.current = window.setTimeout(() => {
        pending.current = undefined;
        counts.reload();
      }, THROTTLE_MS);
    },
    () => true,
    0,
  );
  useEffect(() => () => window.clearTimeout(pending.current), []);
  useEffect(() => {
    const timer = window.setInterval(counts.reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [counts.reload]);
  return counts.data ?? new Map();
}

function stripUndefined(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** The navigation's counts, for pages that show the same number (a queue's header). */
export const QueueCountsContext = createContext<Map<string, number>>(new Map());

export function useNavCounts(): Map<string, number> {
  return useContext(QueueCountsContext);
}

/** The exact number of tickets a queue's list holds with these filters, counted as the list was loaded. */
export function countQueue(queue: QueueDef, teamId: string | null, filters: QueueFilters, now: number, signal: AbortSignal): Promise<number> {
  return api<{ counts: number[] }>('POST', '/tickets/counts', { queries: [stripUndefined(queueQuery(queue, teamId, filters, now))] }, { signal }).then((r) => r.counts[0]);
}
