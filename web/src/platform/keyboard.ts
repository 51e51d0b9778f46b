/** Single-key shortcuts that stay out of the way while someone types in a field. */
import { useEffect, useRef } from 'react';

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
    let prefix = '';
    let prefixTimer: number | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('[aria-modal="true"]') && !(event.target as HTMLElement).closest?.('[aria-modal="true"]')) return;
      const key = prefix ? `${prefix} ${event.key}` : event.key;
      window.clearTimeout(prefixTimer);
      prefix = '';
      if (Object.keys(ref.current).some((k) => k.startsWith(`${key} `))) {
        prefix = key;
        prefixTimer = window.setTimeout(() => (prefix = ''), 1200);
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
    };
  }, [enabled]);
}
