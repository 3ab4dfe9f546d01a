import '@mantine/core/styles/Fieldset.css';
import '@mantine/core/styles/Grid.css';
import { Alert, Anchor, Grid, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { fetchDivisions } from '../office-settings/api';
import { fetchService, fetchServiceVersion, fetchServiceVersions } from './api';
import { ServiceForm } from './service-form';
import { emptyServiceValues, serviceValuesOf } from './service-form-values';
import { OldVersionNotice, ServiceHeader } from './service-header';
import { VersionHistory } from './version-history';

interface EditorLocationState {
  notice?: string;
}

/** The divisions to pick from, for editors only; viewers see the saved division's name. */
function useDivisions(canEdit: boolean) {
  const divisions = useApiQuery(`office-divisions:${canEdit}`, (signal) =>
    canEdit ? fetchDivisions(signal) : Promise.resolve({ items: [] }),
  );
  if (divisions.error)
    console.error('divisions unavailable; the picker shows only the saved one', divisions.error);
  return divisions.data?.items ?? [];
}

/** `/staff/catalogue/{code}` and `/staff/catalogue/new`: one service standard, editable by admins. */
export default function ServiceEditorPage() {
  const { code = '' } = useParams();
  const user = useSignedInUser();
  if (code === 'new')
    return user.role === 'admin' ? <NewServicePage /> : <Navigate to="/staff/catalogue" replace />;
  return <ExistingServicePage key={code} code={code} canEdit={user.role === 'admin'} />;
}

function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const divisions = useDivisions(true);
  const [initialValues] = useState(emptyServiceValues);
  const handleSaved = (saved: TServiceStandard) => {
    const state: EditorLocationState = { notice: t('catalogueAdmin.editor.created', { name: saved.name }) };
    navigate(`/staff/catalogue/${encodeURIComponent(saved.code)}`, { state });
  };
  return (
    <Stack gap="lg">
      <PageTitle>{t('catalogueAdmin.editor.newTitle')}</PageTitle>
      <ServiceHeader standard={null} />
      <ServiceForm
        initialValues={initialValues}
        isNew
        readOnly={false}
        divisions={divisions}
        currentDivisionName={null}
        notice={null}
        onSaved={handleSaved}
      />
    </Stack>
  );
}

function requestedVersionOf(params: URLSearchParams): number | null {
  const value = Number(params.get('version'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** The version in force, the list of versions, and the old one asked for with `?version=`, if any. */
function useServiceVersions(code: string) {
  const [params] = useSearchParams();
  const service = useApiQuery(`catalogue-service:${code}`, (signal) => fetchService(code, signal));
  const versions = useApiQuery(`catalogue-versions:${code}`, (signal) => fetchServiceVersions(code, signal));
  const current = service.data;
  const requested = requestedVersionOf(params);
  const oldVersionNumber = current && requested !== null && requested !== current.version ? requested : null;
  const oldVersion = useApiQuery(`catalogue-version:${code}:${oldVersionNumber ?? 'current'}`, (signal) =>
    oldVersionNumber === null ? Promise.resolve(null) : fetchServiceVersion(code, oldVersionNumber, signal),
  );
  const viewingOld = oldVersionNumber !== null;
  return {
    service,
    versions,
    current,
    viewingOld,
    shown: viewingOld ? (oldVersion.data ?? undefined) : current,
    error: service.error ?? (viewingOld ? oldVersion.error : undefined),
    retry: oldVersion.error ? oldVersion.reload : service.reload,
  };
}

function ExistingServicePage({ code, canEdit }: { code: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const divisions = useDivisions(canEdit);
  const { service, versions, current, viewingOld, shown, error, retry } = useServiceVersions(code);
  const [notice, setNotice] = useState<string | null>(
    () => (location.state as EditorLocationState | null)?.notice ?? null,
  );
  const handleSaved = (saved: TServiceStandard) => {
    service.setData(() => saved);
    versions.reload();
    setNotice(t('catalogueAdmin.editor.savedVersion', { version: saved.version }));
  };

  return (
    <Stack gap="lg">
      <PageTitle>{current?.name ?? t('catalogueAdmin.title')}</PageTitle>
      <ServiceHeader standard={shown ?? null} />
      {current && (
        // On a phone the history sits below the long form: a way to get there without scrolling.
        <Anchor href="#version-history" size="sm" hiddenFrom="xl" mt={-8}>
          {t('catalogueAdmin.history.jump')}
        </Anchor>
      )}
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {!error && !shown && <PageLoader />}
      {current && viewingOld && shown && <OldVersionNotice shown={shown} current={current} />}
      {!canEdit && current && !viewingOld && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('catalogueAdmin.editor.readOnlyNotice')}
        </Alert>
      )}
      {current && shown && (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, xl: 8 }} miw={0}>
            <ServiceForm
              key={`${shown.code}:${shown.version}`}
              initialValues={serviceValuesOf(shown)}
              isNew={false}
              readOnly={!canEdit || viewingOld}
              divisions={divisions}
              currentDivisionName={shown.divisionName}
              notice={notice}
              onSaved={handleSaved}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <VersionHistory
              code={code}
              entries={versions.data?.items}
              error={versions.error}
              onRetry={versions.reload}
              currentVersion={current.version}
              viewingVersion={shown.version}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
