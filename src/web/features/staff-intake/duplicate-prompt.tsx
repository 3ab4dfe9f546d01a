import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconLink, IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../domain/catalogue/constants';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { CASE_STATUSES } from '../../../domain/intake/report';
import { currentLocale } from '../../i18n';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import type { TDuplicateMatch } from './api';
import type { DuplicateCheck } from './use-duplicate-check';

interface DuplicatePromptProps {
  check: DuplicateCheck;
  services: TServiceSummary[];
}

/**
 * Under the person's section: open reports of the same NIK. The officer links this report to one
 * of them, or records it as new; either way the choice is visible and can be undone.
 */
export function DuplicatePrompt({ check, services }: DuplicatePromptProps) {
  const { t } = useTranslation();
  const count = check.matches.length;
  // Nothing at all while there is nothing to say: the form's sections keep their even spacing.
  if (!check.checking && !check.error && count === 0) return null;
  return (
    <div>
      {check.checking && (
        <Text size="sm" c="dimmed" role="status">
          {t('staffIntake.duplicates.checking')}
        </Text>
      )}
      {check.error && (
        <Group gap="xs">
          <Text size="sm" c="var(--mantine-color-error)">
            {t('staffIntake.duplicates.failed')} {check.error.message}
          </Text>
          <Button size="xs" variant="light" onClick={check.retry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
      {count > 0 && check.linkToTicket && (
        <LinkedNotice ticket={check.linkToTicket} onUnlink={check.unlink} />
      )}
      {count > 0 && !check.linkToTicket && check.dismissed && (
        <Group gap="xs">
          <Text size="sm">{t('staffIntake.duplicates.dismissed', { count })}</Text>
          <Button size="compact-sm" variant="subtle" onClick={check.reconsider}>
            {t('staffIntake.duplicates.reconsider')}
          </Button>
        </Group>
      )}
      {count > 0 && !check.linkToTicket && !check.dismissed && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('staffIntake.duplicates.title')}
          classNames={{ label: 'intake-duplicates-title' }}
        >
          <Text size="sm">{t('staffIntake.duplicates.body', { count })}</Text>
          <ul className="intake-duplicates-list" aria-label={t('staffIntake.duplicates.listLabel')}>
            {check.matches.map((match) => (
              <MatchItem key={match.ticket} match={match} services={services} onLink={check.link} />
            ))}
          </ul>
          <Button variant="default" mt="md" onClick={check.dismiss}>
            {t('staffIntake.duplicates.keepNew')}
          </Button>
        </Alert>
      )}
    </div>
  );
}

function MatchItem({
  match,
  services,
  onLink,
}: {
  match: TDuplicateMatch;
  services: TServiceSummary[];
  onLink: (ticket: string) => void;
}) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const service =
    services.find((s) => s.code === match.serviceCode)?.name ??
    match.serviceCode ??
    t('staffIntake.duplicates.generalComplaint');
  const status = (CASE_STATUSES as readonly string[]).includes(match.status)
    ? t(`publicTracking.status.${match.status as (typeof CASE_STATUSES)[number]}`)
    : match.status;
  const channel = (CHANNELS as readonly string[]).includes(match.channel)
    ? t(`publicCatalogue.channel.${match.channel as (typeof CHANNELS)[number]}`)
    : match.channel;
  const date = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone }).format(
    new Date(match.openedAt),
  );
  return (
    <li>
      <Text fw={700} ff="monospace">
        {match.ticket}
      </Text>
      <Text size="sm">{t('staffIntake.duplicates.matchService', { service, status })}</Text>
      <Text size="sm">
        {t('staffIntake.duplicates.matchOpened', { date, channel, name: match.personName })}
      </Text>
      <Button
        mt="xs"
        size="sm"
        leftSection={<IconLink size={16} aria-hidden />}
        onClick={() => onLink(match.ticket)}
      >
        {t('staffIntake.duplicates.link', { ticket: match.ticket })}
      </Button>
    </li>
  );
}

function LinkedNotice({ ticket, onUnlink }: { ticket: string; onUnlink: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconLink aria-hidden />}
      title={t('staffIntake.duplicates.linkedTitle', { ticket })}
    >
      <Text size="sm">{t('staffIntake.duplicates.linkedBody')}</Text>
      <Button
        variant="default"
        size="sm"
        mt="sm"
        leftSection={<IconLinkOff size={16} aria-hidden />}
        onClick={onUnlink}
      >
        {t('staffIntake.duplicates.unlink')}
      </Button>
    </Alert>
  );
}
