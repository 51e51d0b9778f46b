/** Single-key shortcuts that stay out of the way while someone types in a field. */
import { useEffect, useRef } from 'react';

/**
 * The binding set waiting for the second key of a sequence (`g` then `s`), if any. Pages bind
 * single keys too (a ticket's `s` changes its status), and their listeners run first: while a
 * sequence is pending they let its second key be.
 */
let sequenceOwner: symbol | null = null;

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * Binds keys like `n`, `/`, `?`, `j`, or two-key sequences like `g m`. A handler returning false
 * lets the key through. Keys are ignored while typing, with modifiers, or under a modal dialog.
 */
export function useShortcuts(bindings: Record<string, (event: KeyboardEvent) => void | false>, enabled = true): void {
  const ref = useRef(bindings);
  ref.current = bindings;
  useEffect(() => {
    if (!enabled) return;
    const me = Symbol('shortcuts');
    let prefix = '';
    let prefixTimer: number | undefined;
    const release = () => {
      prefix = '';
      if (sequenceOwner === me) sequenceOwner = null;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('[aria-modal="true"]') && !(event.target as HTMLElement).closest?.('[aria-modal="true"]')) return;
      if (sequenceOwner !== null && sequenceOwner !== me) return;
      const key = prefix ? `${prefix} ${event.key}` : event.key;
      window.clearTimeout(prefixTimer);
      release();
      if (Object.keys(ref.current).some((k) => k.startsWith(`${key} `))) {
        prefix = key;
        sequenceOwner = me;
        prefixTimer = window.setTimeout(release, 1200);
        event.preventDefault();
        return;
      }
      const handler = ref.current[key];
      if (handler && handler(event) !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(prefixTimer);
      release();
    };
  }, [enabled]);
}
