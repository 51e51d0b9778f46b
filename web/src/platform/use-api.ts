/** Loading data for a view: the request, its answer or error, and a reload that keeps old data on screen. */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again; the current data stays visible until the new answer arrives. */
  reload: () => void;
  /** Replaces the data at once with what a write answered, before the reload confirms it. */
  mutate: (update: (data: T) => T) => void;
}

export function useResource<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: load !== null });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const keyRef = useRef<string>('');
  const key = JSON.stringify(deps);

  useEffect(() => {
    const fn = loadRef.current;
    if (!fn) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    const sameKey = keyRef.current === key;
    keyRef.current = key;
    setState((s) => (sameKey ? { ...s, loading: true } : { loading: true }));
    fn(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: sameKey ? s.data : undefined, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const mutate = useCallback((update: (data: T) => T) => setState((s) => (s.data === undefined ? s : { ...s, data: update(s.data) })), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, mutate };
}
