/**
 * "On call now" in the console's side navigation: each schedule and who holds it, refreshed at
 * the next hand-off and every few minutes. Loaded after the page itself, so it never delays a queue.
 */
import { useEffect, useState } from 'react';
import { Link } from '../platform/router';
import type { OnCallBoard } from '../platform/types';
import { fetchBoard } from './oncall-api';

const REFRESH_MS = 5 * 60_000;

export function OnCallWidget() {
  const [board, setBoard] = useState<OnCallBoard | null>(null);
  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const load = () => {
      fetchBoard().then(
        (b) => {
          if (!live) return;
          setBoard(b);
          const next = Math.min(...b.items.map((i) => (i.nextHandoff ? Date.parse(i.nextHandoff.at) : Infinity)));
          const wait = Math.max(5_000, Math.min(REFRESH_MS, next - Date.now() + 1_000));
          timer = window.setTimeout(load, wait);
        },
        () => live && (timer = window.setTimeout(load, REFRESH_MS)),
      );
    };
    // After the page's own requests: the queue comes first.
    const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(load, { timeout: 1500 });
    else timer = window.setTimeout(load, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, []);

  if (!board || board.items.length === 0) return null;
  return (
    <section className="oncall-widget" aria-labelledby="oncall-widget-title">
      <p className="sidenav-title" id="oncall-widget-title">
        On call now
      </p>
      <ul>
        {board.items.slice(0, 4).map((s) => (
          <li key={s.scheduleId}>
            <span className="oncall-widget-schedule">{s.name}</span>
            <span className="oncall-widget-person">{s.onCall.length ? s.onCall.map((p) => p.name).join(', ') : <span className="muted">Nobody</span>}</span>
          </li>
        ))}
      </ul>
      <Link to="/oncall" className="oncall-widget-more">
        {board.items.length > 4 ? `All ${board.items.length} schedules` : 'Hand-offs'} →
      </Link>
    </section>
  );
}
