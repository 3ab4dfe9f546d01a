import '../../i18n/staff-messages';
import './staff-styles';
import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ROLE_GROUPS } from '../../../domain/auth/roles';
import { MAP_ROLES, REGISTER_ROLES } from '../../../domain/ppks-register/roles';
import { LoginPage } from '../../features/auth/login-page';
import { PasswordPage } from '../../features/auth/password-page';
import { SessionProvider } from '../../features/auth/session';
import { PageErrorBoundary } from '../ui/page-error-boundary';
import { PageLoader } from '../ui/page-loader';
import { RequireRole, RequireSession } from './guards';
import { StaffHomePage } from './staff-home-page';
import { StaffLayout } from './staff-layout';
import {
  CASE_ROLES,
  DASHBOARD_ROLES,
  GUEST_BOOK_ROLES,
  IKM_ROLES,
  INTAKE_ROLES,
  OUTBOX_ROLES,
  REFERRAL_ROLES,
  SURVEY_DESK_ROLES,
  WORKLOAD_ROLES,
} from './staff-navigation';
import { StaffNotFoundPage } from './staff-not-found-page';

// The admin pages carry tables, forms and zod: each loads when first opened.
const UsersPage = lazy(() => import('../../features/users/users-page'));
const AuditPage = lazy(() => import('../../features/audit/audit-page'));
const PrivacyPage = lazy(() => import('../../features/privacy/privacy-page'));
const DistrictUnitsPage = lazy(() => import('../../features/district-units/district-units-page'));
const OfficeSettingsPage = lazy(() => import('../../features/office-settings/office-settings-page'));
const CataloguePage = lazy(() => import('../../features/catalogue-admin/catalogue-page'));
const ServiceEditorPage = lazy(() => import('../../features/catalogue-admin/service-editor-page'));
const GuestBookPage = lazy(() => import('../../features/guest-book/guest-book-page'));
const OutboxPage = lazy(() => import('../../features/outbox/outbox-page'));
const IntakeLandingPage = lazy(() => import('../../features/staff-intake/intake-landing-page'));
const StaffIntakePage = lazy(() => import('../../features/staff-intake/staff-intake-page'));
const InboxPage = lazy(() => import('../../features/cases/inbox-page'));
const CasePage = lazy(() => import('../../features/cases/case-page'));
const WorkloadPage = lazy(() => import('../../features/cases/workload-page'));
const DashboardPage = lazy(() => import('../../features/dashboard/dashboard-page'));
const ReferralsPage = lazy(() => import('../../features/cases/referrals-page'));
const RegistryImportPage = lazy(() => import('../../features/registry/registry-import-page'));
const RegistryCheckPage = lazy(() => import('../../features/registry/registry-check-page'));
const ProposalsPage = lazy(() => import('../../features/registry/proposals-page'));
const LettersPage = lazy(() => import('../../features/letters/letters-page'));
const LetterPage = lazy(() => import('../../features/letters/letter-page'));
const LetterTemplatesPage = lazy(() => import('../../features/letters/letter-templates-page'));
const RegisterPage = lazy(() => import('../../features/ppks-register/register-page'));
const PersonPage = lazy(() => import('../../features/ppks-register/person-page'));
// Leaflet and its CSS travel in the map page's own chunk.
const PpksMapPage = lazy(() => import('../../features/ppks-map/map-page'));
const NotificationsPage = lazy(() => import('../../features/staff-notifications/notifications-page'));
const SurveyDeskPage = lazy(() => import('../../features/survey/survey-desk-page'));
const IkmReportPage = lazy(() => import('../../features/survey/ikm-report-page'));

function LazyPage({ children }: { children: ReactNode }) {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </PageErrorBoundary>
  );
}

/** Everything under /staff: loaded on demand, never part of the public site's first load. */
export default function StaffApp() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route element={<StaffLayout />}>
            <Route index element={<StaffHomePage />} />
            <Route
              path="dashboard"
              element={
                <RequireRole roles={DASHBOARD_ROLES}>
                  <LazyPage>
                    <DashboardPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route path="password" element={<PasswordPage />} />
            <Route
              path="notifications"
              element={
                <LazyPage>
                  <NotificationsPage />
                </LazyPage>
              }
            />
            <Route
              path="users"
              element={
                <RequireRole roles={ROLE_GROUPS.admins}>
                  <LazyPage>
                    <UsersPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="audit"
              element={
                <RequireRole roles={ROLE_GROUPS.auditors}>
                  <LazyPage>
                    <AuditPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="privacy"
              element={
                <RequireRole roles={ROLE_GROUPS.auditors}>
                  <LazyPage>
                    <PrivacyPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="district-units"
              element={
                <RequireRole roles={ROLE_GROUPS.officeStaff}>
                  <LazyPage>
                    <DistrictUnitsPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="settings"
              element={
                <RequireRole roles={ROLE_GROUPS.auditors}>
                  <LazyPage>
                    <OfficeSettingsPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="catalogue"
              element={
                <RequireRole roles={ROLE_GROUPS.officeStaff}>
                  <LazyPage>
                    <CataloguePage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="catalogue/:code"
              element={
                <RequireRole roles={ROLE_GROUPS.officeStaff}>
                  <LazyPage>
                    <ServiceEditorPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="guest-book"
              element={
                <RequireRole roles={GUEST_BOOK_ROLES}>
                  <LazyPage>
                    <GuestBookPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="intake"
              element={
                <RequireRole roles={INTAKE_ROLES}>
                  <LazyPage>
                    <IntakeLandingPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="intake/:channel"
              element={
                <RequireRole roles={INTAKE_ROLES}>
                  <LazyPage>
                    <StaffIntakePage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="outbox"
              element={
                <RequireRole roles={OUTBOX_ROLES}>
                  <LazyPage>
                    <OutboxPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="cases"
              element={
                <RequireRole roles={CASE_ROLES}>
                  <LazyPage>
                    <InboxPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="cases/:ticket"
              element={
                <RequireRole roles={CASE_ROLES}>
                  <LazyPage>
                    <CasePage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="workload"
              element={
                <RequireRole roles={WORKLOAD_ROLES}>
                  <LazyPage>
                    <WorkloadPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="referrals"
              element={
                <RequireRole roles={REFERRAL_ROLES}>
                  <LazyPage>
                    <ReferralsPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="registry-import"
              element={
                <RequireRole roles={ROLE_GROUPS.admins}>
                  <LazyPage>
                    <RegistryImportPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="registry-check"
              element={
                <RequireRole roles={CASE_ROLES}>
                  <LazyPage>
                    <RegistryCheckPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="registry-proposals"
              element={
                <RequireRole roles={CASE_ROLES}>
                  <LazyPage>
                    <ProposalsPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="letters"
              element={
                <RequireRole roles={CASE_ROLES}>
                  <LazyPage>
                    <LettersPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="letters/templates"
              element={
                <RequireRole roles={['admin', 'kadis', 'kabid']}>
                  <LazyPage>
                    <LetterTemplatesPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="letters/:id"
              element={
                <RequireRole roles={CASE_ROLES}>
                  <LazyPage>
                    <LetterPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="register"
              element={
                <RequireRole roles={REGISTER_ROLES}>
                  <LazyPage>
                    <RegisterPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="register/:id"
              element={
                <RequireRole roles={REGISTER_ROLES}>
                  <LazyPage>
                    <PersonPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="ppks-map"
              element={
                <RequireRole roles={MAP_ROLES}>
                  <LazyPage>
                    <PpksMapPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="survey-desk"
              element={
                <RequireRole roles={SURVEY_DESK_ROLES}>
                  <LazyPage>
                    <SurveyDeskPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route
              path="ikm"
              element={
                <RequireRole roles={IKM_ROLES}>
                  <LazyPage>
                    <IkmReportPage />
                  </LazyPage>
                </RequireRole>
              }
            />
            <Route path="*" element={<StaffNotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </SessionProvider>
  );
}
