/**
 * Half-typed text survives a lost session and a reload: drafts live in sessionStorage (this tab
 * only) until they are sent or discarded.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'sb.draft.';

function read(key: string): string {
  try {
    return sessionStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, value: string): void {
  try {
    if (value) sessionStorage.setItem(PREFIX + key, value);
    else sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage full or disabled: the draft still lives in the page.
  }
}

/** A text value kept as a draft under `key`; `clear` forgets it once it has been sent. */
export function useDraft(key: string): [string, (value: string) => void, () => void] {
  const [state, setState] = useState(() => ({ key, value: read(key) }));
  const value = state.key === key ? state.value : read(key);
  if (state.key !== key) setState({ key, value });
  const set = useCallback(
    (next: string) => {
      write(key, next);
      setState({ key, value: next });
    },
    [key],
  );
  const clear = useCallback(() => set(''), [set]);
  return [value, set, clear];
}

/** Forgets every draft (on an explicit sign-out, so the next person at this desk sees none). */
export function clearDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}
