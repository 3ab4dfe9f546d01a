import { Alert, Anchor, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBook, IconLink, IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CHANNELS } from '../../../domain/catalogue/constants';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { filledComplaintFormUrl, mayPrintFilledForm } from '../guest-book/links';
import { TicketDisplay } from '../public-report/ticket-display';
import type { IntakeRoute } from './channels';
import type { IntakeView } from './use-staff-intake';

export const INTAKE_HEADING_ID = 'intake-view-heading';

interface IntakeResultProps {
  route: IntakeRoute;
  view: Extract<IntakeView, { name: 'sent' }>;
  officeName: string;
  onAnother: () => void;
}

/**
 * After saving: the ticket to hand to the reporter (with the agenda number), the filled complaint
 * form to print and sign, and the way to the next report; a walk-in goes back to the guest book.
 */
export function IntakeResult({ route, view, officeName, onAnother }: IntakeResultProps) {
  const { t } = useTranslation();
  const { created } = view;
  const { role } = useSignedInUser();
  const channel = (CHANNELS as readonly string[]).includes(view.channel)
    ? t(`publicCatalogue.channel.${view.channel as (typeof CHANNELS)[number]}`)
    : view.channel;
  return (
    <Stack gap="lg" className="report-result intake-page">
      <PageTitle>{t('staffIntake.result.title')}</PageTitle>
      <div>
        <Title order={1} id={INTAKE_HEADING_ID} tabIndex={-1}>
          {t('staffIntake.result.title')}
        </Title>
        <Text mt="xs">{t('staffIntake.result.intro', { office: officeName, channel })}</Text>
      </div>
      <TicketDisplay
        ticket={created.ticket}
        agendaNumber={created.agendaNumber}
        label={t('staffIntake.result.ticketLabel')}
        hint={t('staffIntake.result.ticketHint')}
      />
      {view.linkedTo && (
        <Alert color="blue" variant="light" icon={<IconLink aria-hidden />}>
          {t('staffIntake.result.linked', { ticket: view.linkedTo })}
        </Alert>
      )}
      <Group gap="sm">
        {mayPrintFilledForm(role) && (
          <Button
            component="a"
            href={filledComplaintFormUrl(created.ticket)}
            target="_blank"
            rel="noopener"
            size="md"
            leftSection={<IconPrinter size={20} aria-hidden />}
          >
            {t('staffIntake.result.print')}
            <VisuallyHidden> {t('staffIntake.result.newTab')}</VisuallyHidden>
          </Button>
        )}
        <Button
          component={Link}
          to={created.trackingUrl}
          variant="default"
          size="md"
          leftSection={<IconSearch size={20} aria-hidden />}
        >
          {t('staffIntake.result.track')}
        </Button>
      </Group>
      <Group gap="sm">
        <Button
          variant="light"
          size="md"
          leftSection={<IconPlus size={20} aria-hidden />}
          onClick={onAnother}
        >
          {t('staffIntake.result.another')}
        </Button>
        {route === 'walk-in' && (
          <Button
            component={Link}
            to="/staff/guest-book"
            variant="default"
            size="md"
            leftSection={<IconBook size={20} aria-hidden />}
          >
            {t('staffIntake.result.backToGuestBook')}
          </Button>
        )}
      </Group>
      <Anchor component={Link} to="/staff/intake">
        {t('staffIntake.result.otherChannel')}
      </Anchor>
    </Stack>
  );
}
