import './intake-styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { useApiQuery } from '../../api/use-api-query';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { fetchServices } from '../public-catalogue/api';
import { intakePath, isIntakeRoute } from './channels';
import { IntakeFlow } from './intake-flow';

const NO_SERVICES: TServiceSummary[] = [];

/**
 * `/staff/intake/:channel`: an officer records a report that came in by that channel; a walk-in
 * carries its guest book entry as `?guest=<id>`.
 */
export default function StaffIntakePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { channel } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [round, setRound] = useState(0);
  const slug = user.office.slug;
  const services = useApiQuery(`services:${slug}`, (signal) => fetchServices(slug, signal));

  if (!isIntakeRoute(channel)) return <Navigate to="/staff/intake" replace />;
  // Without the service list the report still goes, as a general complaint.
  if (services.loading) {
    return (
      <>
        <PageTitle>{t('staffIntake.title')}</PageTitle>
        <PageLoader />
      </>
    );
  }
  const guestId = channel === 'walk-in' ? (params.get('guest') ?? '') : '';
  const another = () => {
    // The visitor already has their report: the next one starts without them.
    if (guestId) navigate(intakePath(channel), { replace: true });
    setRound((count) => count + 1);
  };
  return (
    <IntakeFlow
      key={`${channel}:${guestId}:${round}`}
      route={channel}
      guestId={guestId}
      services={services.data?.items ?? NO_SERVICES}
      onAnother={another}
      focusOnMount={round > 0}
    />
  );
}
