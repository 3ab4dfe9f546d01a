import { Alert, Box, Button, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, TTrackingView } from '../../../domain/intake/report';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { TOfficeProfile } from '../../../domain/offices/schemas';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { currentLocale } from '../../i18n';
import { fetchTracking } from './api';
import { formatLongDateTime } from './format-time';

/** The dot's colour for each status; the words carry the meaning. */
const STATUS_COLOURS: Record<CaseStatus, string> = {
  new: 'blue',
  verified: 'cyan',
  awaiting_documents: 'orange',
  in_progress: 'indigo',
  referred: 'grape',
  closed: 'green',
  rejected: 'red',
  out_of_scope: 'gray',
};

/** The progress of one ticket, or a plain sentence on why it cannot be shown. */
export function TrackingResult({ ticket, office }: { ticket: string; office: TOfficeProfile }) {
  const { t } = useTranslation();
  const normalized = normalizeTicket(ticket);
  const query = useApiQuery(`track:${normalized ?? ticket}`, (signal) =>
    normalized ? fetchTracking(normalized, signal) : Promise.reject(new ApiError(404, 'CASE_NOT_FOUND', '')),
  );
  if (query.error?.status === 404) return <Problem>{t('publicTracking.notFound')}</Problem>;
  if (query.error?.status === 429)
    return <Problem onRetry={query.reload}>{t('publicTracking.rateLimited')}</Problem>;
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!query.data) return <PageLoader />;
  return (
    <TrackingCard view={query.data} office={office} onRefresh={query.reload} refreshing={query.loading} />
  );
}

function Problem({ children, onRetry }: { children: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
      <Text>{children}</Text>
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

interface CardProps {
  view: TTrackingView;
  office: TOfficeProfile;
  onRefresh: () => void;
  refreshing: boolean;
}

function TrackingCard({ view, office, onRefresh, refreshing }: CardProps) {
  const { t } = useTranslation();
  const long = (iso: string) => formatLongDateTime(iso, view.office.timeZone, currentLocale());
  return (
    <Paper component="section" aria-labelledby="tracking-heading" withBorder p="md" className="tracking-card">
      <Title order={2} size="h3" id="tracking-heading" className="tracking-ticket">
        {t('publicTracking.result.heading', { ticket: view.ticket })}
      </Title>
      {view.office.slug !== office.slug && (
        <Text size="sm" mt={4}>
          {t('publicTracking.result.otherOffice', { office: view.office.name })}
        </Text>
      )}
      <dl className="tracking-facts">
        <Fact label={t('publicTracking.result.status')}>
          <span className="status-pill">
            <Box
              component="span"
              className="status-pill-dot"
              bg={`${STATUS_COLOURS[view.status]}.7`}
              aria-hidden
            />
            {t(`publicTracking.status.${view.status}`)}
          </span>
        </Fact>
        <Fact label={t('publicTracking.result.service')}>
          {view.service?.name ?? t('publicTracking.result.generalComplaint')}
        </Fact>
        {view.currentStep && <Fact label={t('publicTracking.result.currentStep')}>{view.currentStep}</Fact>}
        <Fact label={t('publicTracking.result.openedAt')}>{long(view.openedAt)}</Fact>
        <Fact label={t('publicTracking.result.dueAt')}>
          {view.dueAt ? long(view.dueAt) : t('publicTracking.result.noDueAt')}
        </Fact>
      </dl>
      <Title order={3} size="h4" mt="md">
        {t('publicTracking.result.timeline')}
      </Title>
      <ol className="tracking-timeline">
        {view.timeline.map((event) => (
          <li key={`${event.at}|${event.message}`}>
            <Text size="sm" c="dimmed" component="span" display="block">
              {formatDateTime(event.at, view.office.timeZone)}
            </Text>
            <Text component="span" display="block">
              {event.message}
            </Text>
          </li>
        ))}
      </ol>
      <Button
        variant="default"
        mt="md"
        leftSection={<IconRefresh size={18} aria-hidden />}
        onClick={onRefresh}
        loading={refreshing}
      >
        {t('publicTracking.result.refresh')}
      </Button>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tracking-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
