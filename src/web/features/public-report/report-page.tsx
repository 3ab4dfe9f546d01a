import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { useApiQuery } from '../../api/use-api-query';
import { NotFoundPage } from '../../app/not-found-page';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { fetchServices } from '../public-catalogue/api';
import { fetchOfficeProfile } from '../public-offices/api';
import { ReportFlow } from './report-flow';

const NO_SERVICES: TServiceSummary[] = [];

/** `/{slug}/lapor`: the public report form of an office; `?layanan=<code>` preselects the service. */
export function ReportPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const [params] = useSearchParams();
  const office = useApiQuery(`office:${slug}`, (signal) => fetchOfficeProfile(slug, signal));
  const services = useApiQuery(`services:${slug}`, (signal) => fetchServices(slug, signal));

  if (office.error?.status === 404) return <NotFoundPage slug={slug} />;
  if (office.error) return <ErrorAlert error={office.error} onRetry={office.reload} />;
  // Without the service list the report still goes, as a general complaint.
  if (!office.data || services.loading) {
    return (
      <>
        <PageTitle>{t('publicReport.page.title')}</PageTitle>
        <PageLoader />
      </>
    );
  }
  const items = services.data?.items ?? NO_SERVICES;
  const wanted = params.get('layanan') ?? '';
  const preselected = items.some((s) => s.code === wanted) ? wanted : '';
  return <ReportFlow key={slug} office={office.data} services={items} preselectedService={preselected} />;
}
