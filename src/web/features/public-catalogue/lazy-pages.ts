import { lazy } from 'react';

/** Loads the catalogue pages' chunk; called early when a citizen heads for them. */
export const loadCataloguePages = () => import('./catalogue-pages');

export const ServiceListPage = lazy(() => loadCataloguePages().then((m) => ({ default: m.ServiceListPage })));
export const ServiceStandardPage = lazy(() =>
  loadCataloguePages().then((m) => ({ default: m.ServiceStandardPage })),
);
