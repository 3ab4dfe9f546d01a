import './cases-styles';
import { Alert, Anchor, Grid, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TCaseDetail } from '../../../domain/cases/views';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { SuccessNotice } from '../office-settings/success-notice';
import { ActionsPanel } from './actions-panel';
import { fetchCase } from './api';
import { AssessmentsPanel, AttachmentsPanel } from './attachments-panel';
import { CaseHeader } from './case-header';
import { ChecklistPanel } from './checklist-panel';
import { CaseLettersPanel } from './letters-panel';
import { PersonPanel } from './person-panel';
import { CaseReferralsPanel } from './referrals-panel';
import { ChannelPanel, ReportPanel } from './report-panel';
import { StepsPanel } from './steps-panel';
import { TimelinePanel } from './timeline-panel';

/** `/staff/cases/:ticket`: everything about one case, and what the signed-in officer may do with it. */
export default function CasePage() {
  const { t } = useTranslation();
  const ticket = useParams().ticket ?? '';
  const detail = useApiQuery(`case:${ticket}`, (signal) => fetchCase(ticket, signal));

  return (
    <Stack className="case-page" gap="md">
      <PageTitle>{t('cases.detail.pageTitle', { ticket })}</PageTitle>
      <div>
        <Anchor component={Link} to="/staff/cases" size="sm" className="back-link">
          <IconArrowLeft size={16} aria-hidden />
          {t('cases.detail.back')}
        </Anchor>
      </div>
      {detail.error?.status === 404 ? (
        <Alert color="gray" variant="light">
          {t('cases.detail.notFound')}
        </Alert>
      ) : detail.error ? (
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      ) : !detail.data ? (
        <PageLoader />
      ) : (
        <CaseView
          detail={detail.data}
          onChanged={(next) => detail.setData(() => next)}
          onReload={detail.reload}
        />
      )}
    </Stack>
  );
}

interface CaseViewProps {
  detail: TCaseDetail;
  /** The case as the server returned it after an action. */
  onChanged: (detail: TCaseDetail) => void;
  /** Reads the case again (after a referral's answer, which returns only the referral). */
  onReload: () => void;
}

function CaseView({ detail, onChanged, onReload }: CaseViewProps) {
  const timeZone = useOfficeTimeZone();
  const [notice, setNotice] = useState<string | null>(null);
  const handleDone = (next: TCaseDetail, message: string) => {
    onChanged(next);
    setNotice(message);
  };
  return (
    <Stack gap="md">
      <CaseHeader detail={detail} timeZone={timeZone} />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md" className="case-side">
            <ActionsPanel detail={detail} onDone={handleDone} />
            <PersonPanel detail={detail} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <ReportPanel detail={detail} />
            <ChannelPanel detail={detail} timeZone={timeZone} />
            <ChecklistPanel detail={detail} onUploaded={onReload} />
            <StepsPanel detail={detail} timeZone={timeZone} />
            <TimelinePanel detail={detail} timeZone={timeZone} />
            <AttachmentsPanel detail={detail} />
            <AssessmentsPanel detail={detail} timeZone={timeZone} />
            <CaseReferralsPanel detail={detail} timeZone={timeZone} onChanged={onReload} />
            <CaseLettersPanel detail={detail} timeZone={timeZone} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
