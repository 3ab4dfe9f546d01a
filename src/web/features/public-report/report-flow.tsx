import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import type { TOfficeProfile } from '../../../domain/offices/schemas';
import { PageTitle } from '../../app/ui/page-title';
import { BackLink } from '../public-catalogue/page-parts';
import { DraftNotice } from './draft-notice';
import { OutboxStatus } from './outbox-status';
import { ReportForm } from './report-form';
import { ReportQueued, ReportSent, VIEW_HEADING_ID } from './report-result';
import { type ReportView, useReportFlow } from './use-report-flow';

interface ReportFlowProps {
  office: TOfficeProfile;
  services: TServiceSummary[];
  /** A service code from `?layanan=`, when the office has that service. */
  preselectedService: string;
}

/** The report page once the office is known: the form, then the ticket (or the outbox notice). */
export function ReportFlow({ office, services, preselectedService }: ReportFlowProps) {
  const flow = useReportFlow(office.slug, preselectedService);
  const { view } = flow;
  useFocusOnViewChange(view);

  if (view.name === 'sent') {
    return (
      <ReportSent
        office={office}
        created={view.created}
        onEdit={flow.editAgain}
        onAnother={() => flow.startOver(true)}
      />
    );
  }
  if (view.name === 'queued') {
    return (
      <ReportQueued office={office} sending={flow.outbox.sending} onAnother={() => flow.startOver(true)} />
    );
  }
  return <FormView office={office} services={services} preselectedService={preselectedService} flow={flow} />;
}

function FormView({
  office,
  services,
  preselectedService,
  flow,
}: ReportFlowProps & { flow: ReturnType<typeof useReportFlow> }) {
  const { t } = useTranslation();
  const sentTicket = flow.view.name === 'form' ? flow.view.sentTicket : undefined;
  const service = services.find((s) => s.code === preselectedService);
  return (
    <Stack gap="lg" className="report-page">
      <PageTitle>{t('publicReport.page.pageTitle', { office: office.shortName })}</PageTitle>
      <div>
        <BackLink to={`/${office.slug}`}>
          {t('publicReport.page.backToOffice', { office: office.shortName })}
        </BackLink>
        <Text c="dimmed" mt="xs">
          {office.name}
        </Text>
        <Title order={1} id={VIEW_HEADING_ID} tabIndex={-1}>
          {t('publicReport.page.title')}
        </Title>
        {service && (
          <Text fw={600} mt="xs">
            {t('publicReport.page.serviceChosen', { service: service.name })}
          </Text>
        )}
        <Text mt="xs">{t('publicReport.page.intro')}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {t('publicReport.page.autosave')}
        </Text>
      </div>
      {sentTicket && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('publicReport.result.alreadySentTitle', { ticket: sentTicket })}
        >
          {t('publicReport.result.alreadySentBody', { ticket: sentTicket })}
        </Alert>
      )}
      {flow.restoredShown && flow.draft.restored && (
        <DraftNotice
          draft={flow.draft.restored}
          timeZone={office.timeZone}
          onStartOver={() => flow.startOver(false)}
          onClose={flow.dismissRestored}
        />
      )}
      {flow.draft.photosDropped && (
        <Text size="sm" c="orange.9">
          {t('publicReport.draft.photosDropped')}
        </Text>
      )}
      <OutboxStatus
        outbox={flow.outbox}
        timeZone={office.timeZone}
        hiddenIds={flow.shownIds}
        onFix={flow.fixRejected}
      />
      <ReportForm
        controls={flow.controls}
        regencyCode={office.code}
        services={services}
        photos={flow.photos}
        photoErrors={flow.photoErrors}
        onPhotoChange={flow.setPhoto}
        onValid={flow.onValid}
        onInvalid={flow.onInvalid}
        state={flow.submitState}
      />
    </Stack>
  );
}

/** A new view (form, ticket, outbox notice) starts at its top, with focus on its heading. */
function useFocusOnViewChange(view: ReportView): void {
  const previous = useRef(view.name);
  useEffect(() => {
    if (previous.current === view.name) return;
    previous.current = view.name;
    window.scrollTo(0, 0);
    document.getElementById(VIEW_HEADING_ID)?.focus({ preventScroll: true });
  }, [view.name]);
}
