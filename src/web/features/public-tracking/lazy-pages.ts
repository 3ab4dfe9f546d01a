import { lazy } from 'react';

/** Loads the tracking page's chunk; called early when a citizen heads for it. */
export const loadTrackingPages = () => import('./tracking-pages');

export const TrackingPage = lazy(() => loadTrackingPages().then((m) => ({ default: m.TrackingPage })));
