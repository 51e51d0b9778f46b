import { useEffect } from 'react';

/**
 * After a route change, focus goes to the new page's heading (screen readers announce it),
 * unless the page already put it somewhere on purpose, such as the caller search field.
 */
export function useFocusOnNavigate(path: string): void {
  useEffect(() => {
    let tries = 0;
    let timer: number | undefined;
    const attempt = () => {
      const main = document.getElementById('main');
      const active = document.activeElement;
      if (!main || (active && active !== document.body && active !== main)) return;
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if ((tries += 1) < 20) {
        timer = window.setTimeout(attempt, 50);
      }
    };
    timer = window.setTimeout(attempt, 0);
    return () => window.clearTimeout(timer);
  }, [path]);
}
