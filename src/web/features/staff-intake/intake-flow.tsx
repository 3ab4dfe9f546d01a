import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { BackLink } from '../public-catalogue/page-parts';
import { ReportForm } from '../public-report/report-form';
import { ChannelSection } from './channel-section';
import { type IntakeRoute, ROUTE_MESSAGE_KEYS } from './channels';
import { DuplicatePrompt } from './duplicate-prompt';
import { INTAKE_HEADING_ID, IntakeResult } from './intake-result';
import { type StaffIntake, useStaffIntake } from './use-staff-intake';

interface IntakeFlowProps {
  route: IntakeRoute;
  guestId: string;
  services: TServiceSummary[];
  onAnother: () => void;
  /** A fresh form after "Catat laporan lain": start at its heading, as after a page change. */
  focusOnMount: boolean;
}

/** One intake, from the empty form to the ticket. */
export function IntakeFlow({ route, guestId, services, onAnother, focusOnMount }: IntakeFlowProps) {
  const user = useSignedInUser();
  const flow = useStaffIntake({
    route,
    officeSlug: user.office.slug,
    guestId,
    districtCode: user.districtCode,
  });
  useFocusHeading(flow.view.name, focusOnMount);
  if (flow.view.name === 'sent') {
    return (
      <IntakeResult route={route} view={flow.view} officeName={user.office.name} onAnother={onAnother} />
    );
  }
  return <IntakeFormView route={route} flow={flow} services={services} regencyCode={user.office.code} />;
}

function IntakeFormView({
  route,
  flow,
  services,
  regencyCode,
}: {
  route: IntakeRoute;
  flow: StaffIntake;
  services: TServiceSummary[];
  regencyCode: string;
}) {
  const { t } = useTranslation();
  const title = t(`staffIntake.channels.${ROUTE_MESSAGE_KEYS[route]}.pageTitle`);
  return (
    <Stack gap="lg" className="report-page intake-page">
      <PageTitle>{title}</PageTitle>
      <div>
        <BackLink to="/staff/intake">{t('staffIntake.form.otherChannel')}</BackLink>
        <Title order={1} id={INTAKE_HEADING_ID} tabIndex={-1} mt="xs">
          {title}
        </Title>
        <Text mt="xs">{t('staffIntake.form.intro')}</Text>
      </div>
      <ReportForm
        controls={flow.controls}
        regencyCode={regencyCode}
        services={services}
        photos={flow.photos.photos}
        photoErrors={flow.photos.errors}
        onPhotoChange={(field, photo) => flow.photos.set(field, photo)}
        onValid={flow.onValid}
        onInvalid={flow.onInvalid}
        state={flow.state}
        channelSection={<ChannelSection route={route} form={flow.details} reportForm={flow.controls.form} />}
        afterPerson={<DuplicatePrompt check={flow.duplicates} services={services} />}
        wording={{
          submit: t('staffIntake.form.submit'),
          invalidBody: (count) => t('staffIntake.form.invalidBody', { count }),
          personIntro: t('staffIntake.form.personIntro'),
          reporterIntro: t('staffIntake.form.reporterIntro'),
          consentLabel: t('staffIntake.form.consentLabel'),
          consentText: t('staffIntake.form.consentText'),
        }}
      />
    </Stack>
  );
}

/** The ticket page (and a fresh form after it) starts at its top, with focus on its heading. */
function useFocusHeading(viewName: string, onMount: boolean): void {
  const previous = useRef(onMount ? '' : viewName);
  useEffect(() => {
    if (previous.current === viewName) return;
    previous.current = viewName;
    window.scrollTo(0, 0);
    document.getElementById(INTAKE_HEADING_ID)?.focus({ preventScroll: true });
  }, [viewName]);
}
