/**
 * Saved views: a person's named queues with filters (GET/POST/PATCH/DELETE /views), loaded once
 * per console session and shared with the navigation and the queue page through a context.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, newIdempotencyKey } from '../../platform/api';
import type { SavedView } from '../../platform/types';
import { DUE_WINDOWS, FILTER_PARAMS, QUEUES, queueHref, type QueueDef, type QueueFilters } from './queues';

export type { SavedView };

/** A view's filters, named as in the queue's address. */
export type ViewFilters = SavedView['filters'];

interface ViewsApi {
  views: SavedView[];
  create(input: { name: string; queue: string; filters: ViewFilters; shared: boolean }): Promise<SavedView>;
  update(id: string, change: Partial<Pick<SavedView, 'name' | 'filters' | 'shared'>>): Promise<SavedView>;
  remove(id: string): Promise<void>;
}

const ViewsContext = createContext<ViewsApi>({
  views: [],
  create: () => Promise.reject(new Error('no views')),
  update: () => Promise.reject(new Error('no views')),
  remove: () => Promise.reject(new Error('no views')),
});

const byName = (a: SavedView, b: SavedView) => a.name.localeCompare(b.name);

export function ViewsProvider({ children }: { children: ReactNode }) {
  const [views, setViews] = useState<SavedView[]>([]);
  useEffect(() => {
    let live = true;
    api<{ items: SavedView[] }>('GET', '/views').then(
      (r) => live && setViews(r.items),
      () => undefined, // The console works without its saved views; the queues stay.
    );
    return () => {
      live = false;
    };
  }, []);

  const create = useCallback<ViewsApi['create']>(async (input) => {
    const view = await api<SavedView>('POST', '/views', input, { idempotencyKey: newIdempotencyKey() });
    setViews((vs) => [...vs.filter((v) => v.id !== view.id), view].sort(byName));
    return view;
  }, []);
  const update = useCallback<ViewsApi['update']>(async (id, change) => {
    const view = await api<SavedView>('PATCH', `/views/${encodeURIComponent(id)}`, change);
    setViews((vs) => vs.map((v) => (v.id === id ? view : v)).sort(byName));
    return view;
  }, []);
  const remove = useCallback<ViewsApi['remove']>(async (id) => {
    await api<void>('DELETE', `/views/${encodeURIComponent(id)}`);
    setViews((vs) => vs.filter((v) => v.id !== id));
  }, []);

  const value = useMemo(() => ({ views, create, update, remove }), [views, create, update, remove]);
  return <ViewsContext.Provider value={value}>{children}</ViewsContext.Provider>;
}

export function useViews(): ViewsApi {
  return useContext(ViewsContext);
}

/** The view's filters as a queue's filters. */
export function viewFilters(view: SavedView): QueueFilters {
  const f = view.filters;
  return { priority: f.priority ?? '', organizationId: f.client ?? '', status: f.status ?? '', contactId: f.contact ?? '', within: f.within ?? '' };
}

/** A queue's filters as a view stores them (empty ones left out). */
export function toViewFilters(filters: QueueFilters): ViewFilters {
  const out: ViewFilters = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof QueueFilters, (typeof FILTER_PARAMS)[keyof QueueFilters]][]) {
    const value = filters[key];
    if (!value) continue;
    // A due window the queue does not know filters nothing there, so the view leaves it out too.
    if (param !== 'within') out[param] = value;
    else if (isDueWindow(value)) out.within = value;
  }
  return out;
}

function isDueWindow(value: string): value is NonNullable<ViewFilters['within']> {
  return DUE_WINDOWS.some((w) => w.value === value);
}

export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ViewFilters>;
  return [...keys].every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

export function viewQueue(view: SavedView): QueueDef | undefined {
  return QUEUES.find((q) => q.id === view.queue);
}

/** Where a view opens: its queue with its filters in the address, and the view's id. */
export function viewHref(view: SavedView): string {
  const params = new URLSearchParams(view.filters as Record<string, string>);
  params.set('view', view.id);
  return `${queueHref(view.queue)}?${params.toString()}`;
}
