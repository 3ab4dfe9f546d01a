import { Paper, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { browserStore } from './local-store';
import { readRecentTickets } from './recent-tickets';

/** The tickets filed from this phone, each one tap from its progress. */
export function RecentTickets({ currentTicket }: { currentTicket: string }) {
  const { t } = useTranslation();
  const [tickets] = useState(() => readRecentTickets(browserStore()));
  if (tickets.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby="recent-tickets-heading" withBorder p="md">
      <Title order={2} size="h4" id="recent-tickets-heading">
        {t('publicTracking.recent.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('publicTracking.recent.intro')}
      </Text>
      <ul className="recent-tickets">
        {tickets.map((entry) => (
          <li key={entry.ticket}>
            <UnstyledButton
              component={Link}
              to={`/${entry.officeSlug}/lacak?tiket=${encodeURIComponent(entry.ticket)}`}
              className="recent-ticket"
              aria-current={entry.ticket === currentTicket ? 'true' : undefined}
            >
              <span>
                <Text component="span" display="block" fw={700} className="recent-ticket-number">
                  {entry.ticket}
                </Text>
                <Text component="span" display="block" size="sm" c="dimmed">
                  {t('publicTracking.recent.filedAt', { time: formatDateTime(entry.filedAt, undefined) })}
                  {entry.agendaNumber
                    ? ` · ${t('publicTracking.recent.agenda', { number: entry.agendaNumber })}`
                    : ''}
                </Text>
              </span>
              <IconChevronRight size={20} aria-hidden />
            </UnstyledButton>
          </li>
        ))}
      </ul>
    </Paper>
  );
}
