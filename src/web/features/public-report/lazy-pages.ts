import { lazy } from 'react';

/** Loads the report form's chunk; called early when a citizen heads for it. */
export const loadReportPages = () => import('./report-pages');

export const ReportPage = lazy(() => loadReportPages().then((m) => ({ default: m.ReportPage })));
