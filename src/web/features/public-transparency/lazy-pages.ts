import { lazy } from 'react';

/** Loads the transparency page's chunk; called early when a citizen heads for it. */
export const loadTransparencyPages = () => import('./transparency-pages');

export const TransparencyPage = lazy(() =>
  loadTransparencyPages().then((m) => ({ default: m.TransparencyPage })),
);
