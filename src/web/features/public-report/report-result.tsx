import { Anchor, Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TReportCreated } from '../../../domain/intake/report';
import type { TOfficeProfile } from '../../../domain/offices/schemas';
import { PageTitle } from '../../app/ui/page-title';
import { TicketDisplay } from './ticket-display';

export const VIEW_HEADING_ID = 'report-view-heading';

interface SentProps {
  office: TOfficeProfile;
  created: TReportCreated;
  onEdit: () => void;
  onAnother: () => void;
}

/**
 * After sending: the ticket to read out or copy, the way to follow it, and the flowchart's two
 * questions: edit again, or enter another report.
 */
export function ReportSent({ office, created, onEdit, onAnother }: SentProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" className="report-result">
      <PageTitle>{t('publicReport.result.sentTitle')}</PageTitle>
      <div>
        <Title order={1} id={VIEW_HEADING_ID} tabIndex={-1}>
          {t('publicReport.result.sentTitle')}
        </Title>
        <Text mt="xs">{t('publicReport.result.sentIntro', { office: office.name })}</Text>
      </div>
      <TicketDisplay ticket={created.ticket} agendaNumber={created.agendaNumber} />
      <Button
        component={Link}
        to={created.trackingUrl}
        size="lg"
        leftSection={<IconSearch size={20} aria-hidden />}
      >
        {t('publicReport.result.track')}
      </Button>
      <Question
        id="edit-question"
        title={t('publicReport.result.editQuestion')}
        body={t('publicReport.result.editBody')}
      >
        <Button variant="default" size="md" leftSection={<IconEdit size={18} aria-hidden />} onClick={onEdit}>
          {t('publicReport.result.editButton')}
        </Button>
        {office.phone && (
          <Anchor href={`tel:${office.phone.replace(/[^\d+]/g, '')}`} display="block" mt="sm">
            {t('publicReport.result.callOffice', { phone: office.phone })}
          </Anchor>
        )}
      </Question>
      <AnotherQuestion onAnother={onAnother} />
      <Anchor component={Link} to={`/${office.slug}`}>
        {t('publicReport.result.home')}
      </Anchor>
    </Stack>
  );
}

/** After a report went to the outbox: say plainly it is on the phone, and that it will go by itself. */
export function ReportQueued({
  office,
  sending,
  onAnother,
}: {
  office: TOfficeProfile;
  sending: boolean;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" className="report-result">
      <PageTitle>{t('publicReport.result.queuedTitle')}</PageTitle>
      <Title order={1} id={VIEW_HEADING_ID} tabIndex={-1}>
        {t('publicReport.result.queuedTitle')}
      </Title>
      <Paper withBorder p="md" className="queued-card">
        <Text size="lg">{t('publicReport.result.queuedBody')}</Text>
        <div role="status">
          {sending && (
            <Text mt="sm" c="dimmed">
              <Loader size="xs" mr={8} aria-hidden />
              {t('publicReport.result.queuedSending')}
            </Text>
          )}
        </div>
      </Paper>
      <AnotherQuestion onAnother={onAnother} />
      <Anchor component={Link} to={`/${office.slug}`}>
        {t('publicReport.result.home')}
      </Anchor>
    </Stack>
  );
}

function AnotherQuestion({ onAnother }: { onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Question
      id="another-question"
      title={t('publicReport.result.anotherQuestion')}
      body={t('publicReport.result.anotherBody')}
    >
      <Button
        variant="default"
        size="md"
        leftSection={<IconPlus size={18} aria-hidden />}
        onClick={onAnother}
      >
        {t('publicReport.result.anotherButton')}
      </Button>
    </Question>
  );
}

function Question({
  id,
  title,
  body,
  children,
}: {
  id: string;
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" mt={4} mb="sm">
        {body}
      </Text>
      {children}
    </Paper>
  );
}
