import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { VerificationPage } from '../features/letters/lazy-pages';
import { ServiceListPage, ServiceStandardPage } from '../features/public-catalogue/lazy-pages';
import { OfficeHomePage } from '../features/public-offices/office-home-page';
import { OfficeListPage } from '../features/public-offices/office-list-page';
import { ReportPage } from '../features/public-report/lazy-pages';
import { TrackingPage } from '../features/public-tracking/lazy-pages';
import { TransparencyPage } from '../features/public-transparency/lazy-pages';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { SiteHeader } from './site-header';
import { PageErrorBoundary } from './ui/page-error-boundary';
import { PageLoader } from './ui/page-loader';

// The staff app is its own set of chunks: a citizen's first load never carries it.
const StaffApp = lazy(() => import('./staff/staff-app'));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path="/staff/*"
          element={
            <PageErrorBoundary>
              <Suspense fallback={<StaffLoading />}>
                <StaffApp />
              </Suspense>
            </PageErrorBoundary>
          }
        />
        <Route element={<PublicLayout />}>
          <Route index element={<OfficeListPage />} />
          <Route path="verifikasi/:code" element={<LazyPublicPage page={<VerificationPage />} />} />
          <Route path=":slug" element={<OfficeHomePage />} />
          <Route path=":slug/layanan" element={<LazyPublicPage page={<ServiceListPage />} />} />
          <Route
            path=":slug/layanan/:serviceCode"
            element={<LazyPublicPage page={<ServiceStandardPage />} />}
          />
          <Route path=":slug/lapor" element={<LazyPublicPage page={<ReportPage />} />} />
          <Route path=":slug/lacak" element={<LazyPublicPage page={<TrackingPage />} />} />
          <Route path=":slug/transparansi" element={<LazyPublicPage page={<TransparencyPage />} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

/** A public page from its own chunk: a spinner inside the public layout while it loads. */
function LazyPublicPage({ page }: { page: ReactNode }) {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageLoader />}>{page}</Suspense>
    </PageErrorBoundary>
  );
}

/** While the staff chunk loads: the site header (with the demo notice) and a spinner. */
function StaffLoading() {
  return (
    <>
      <SiteHeader />
      <PageLoader />
    </>
  );
}
