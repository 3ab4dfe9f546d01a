import { Box, Button, Group, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CASE_OUTCOME_LABELS,
  type CaseOutcome,
  DELIVERY_FORM_LABELS,
  type DeliveryForm,
} from '../../../domain/cases/outcomes';
import type { TCaseDetail } from '../../../domain/cases/views';
import { formatDateTime } from '../../app/format';
import { filledComplaintFormUrl } from '../guest-book/links';
import { ConfidentialBadge, SlaBadge, StatusBadge, ToneBadge } from './badges';
import { Fact } from './case-section';

interface CaseHeaderProps {
  detail: TCaseDetail;
  timeZone: string | undefined;
}

/** Ticket, status, SLA and the dates that matter, in the office's time zone; the printable form. */
export function CaseHeader({ detail, timeZone }: CaseHeaderProps) {
  const { t } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, timeZone);
  return (
    <Paper withBorder p="md" className="case-header">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Box miw={0}>
          <Text size="sm" c="dimmed">
            {t(`cases.kind.${detail.kind}`)} · {detail.service?.name ?? t('cases.generalComplaint')}
          </Text>
          <Title order={1} className="case-ticket">
            {detail.ticket}
          </Title>
          <Group gap="xs" mt={6}>
            <StatusBadge status={detail.status} />
            <SlaBadge sla={detail.sla} status={detail.status} />
            {detail.confidential && <ConfidentialBadge />}
            <ToneBadge color="gray">{t(`cases.channels.${detail.channel}`)}</ToneBadge>
          </Group>
        </Box>
        <Button
          component="a"
          href={filledComplaintFormUrl(detail.ticket)}
          target="_blank"
          rel="noopener"
          variant="default"
          leftSection={<IconPrinter size={18} aria-hidden />}
        >
          {t('cases.detail.printForm')}
          <VisuallyHidden> {t('cases.detail.newTab')}</VisuallyHidden>
        </Button>
      </Group>
      <dl className="case-facts case-facts-grid">
        <Fact label={t('cases.detail.agenda')}>{detail.agendaNumber ?? t('common.empty')}</Fact>
        <Fact label={t('cases.detail.openedAt')}>{when(detail.openedAt)}</Fact>
        <Fact label={t('cases.detail.dueAt')}>
          {detail.dueAt ? when(detail.dueAt) : t('cases.detail.noDue')}
          {detail.calendarWarning && (
            // The deadline was counted without that year's holidays: say so where the date is read.
            <Text size="sm" c="orange.9" mt={4} className="case-calendar-warning">
              <IconAlertTriangle
                size={16}
                aria-hidden
                style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
              />
              {detail.calendarWarning}
            </Text>
          )}
        </Fact>
        <Fact label={t('cases.detail.assignee')}>
          {detail.assignee
            ? `${detail.assignee.name} (${t(`cases.detail.assigneeKinds.${detail.assignee.kind}`)})`
            : t('cases.detail.unassigned')}
        </Fact>
      </dl>
      <HeaderNotes detail={detail} when={when} />
    </Paper>
  );
}

/** The clock paused, the visit deadline, the closure: only those that apply. */
function HeaderNotes({ detail, when }: { detail: TCaseDetail; when: (iso: string) => string }) {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (detail.targetAt && detail.targetAt !== detail.dueAt)
    notes.push(`${t('cases.detail.targetAt')}: ${when(detail.targetAt)}`);
  if (detail.pausedAt) notes.push(t('cases.detail.pausedSince', { time: when(detail.pausedAt) }));
  if (detail.visitedAt) notes.push(t('cases.detail.visitedAt', { time: when(detail.visitedAt) }));
  else if (detail.visitDueAt) notes.push(t('cases.detail.visitDue', { time: when(detail.visitDueAt) }));
  if (detail.closedAt) notes.push(t('cases.detail.closedAt', { time: when(detail.closedAt) }));
  if (detail.outcome)
    notes.push(
      t('cases.detail.outcome', {
        outcome: CASE_OUTCOME_LABELS[detail.outcome as CaseOutcome] ?? detail.outcome,
        deliveredAs: detail.deliveredAs
          ? (DELIVERY_FORM_LABELS[detail.deliveredAs as DeliveryForm] ?? detail.deliveredAs)
          : t('common.empty'),
      }),
    );
  if (notes.length === 0) return null;
  return (
    <Box component="ul" className="case-notes">
      {notes.map((note) => (
        <li key={note}>
          <Text size="sm">{note}</Text>
        </li>
      ))}
    </Box>
  );
}
