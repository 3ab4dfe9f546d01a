import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side page change, scroll to the top and move focus to <main id="main">, as a full page
 * load would: screen readers then start at the new content, and focus is not left on a hidden menu link.
 * The first render leaves focus alone.
 */
export function useFocusMainOnNavigation(): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    // Next frame: after the same change has closed the phone menu (which makes <main> inert while open).
    const frame = requestAnimationFrame(() => {
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
