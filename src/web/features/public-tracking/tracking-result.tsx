import { Alert, Box, Button, Paper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
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
import { DisputeForm } from './dispute-form';
import { formatLongDateTime } from './format-time';
import { StopNoticesSection } from './stop-notices-section';
import { SurveySection } from './survey-section';

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
    <TrackingCard
      view={query.data}
      office={office}
      onRefresh={query.reload}
      refreshing={query.loading}
      onChanged={(view) => query.setData(() => view)}
    />
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
  /** The view after the reporter's dispute or survey, as the server answered it. */
  onChanged: (view: TTrackingView) => void;
}

function TrackingCard({ view, office, onRefresh, refreshing, onChanged }: CardProps) {
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
      <ReferralLines referrals={view.referrals} />
      <Dispute view={view} until={long} onChanged={onChanged} />
      <SurveySection view={view} onAnswered={onChanged} />
      <StopNoticesSection ticket={view.ticket} officeName={view.office.name} />
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

/** While a closure may be disputed, the form; once sent, the word that it was received. */
function Dispute({
  view,
  until,
  onChanged,
}: {
  view: TTrackingView;
  until: (iso: string) => string;
  onChanged: (view: TTrackingView) => void;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  return (
    <>
      {sent && (
        <Alert color="teal" variant="light" mt="md" icon={<IconCircleCheck aria-hidden />}>
          {t('publicTracking.dispute.sent')}
        </Alert>
      )}
      {view.dispute && (
        <DisputeForm
          ticket={view.ticket}
          until={until(lastMinuteBefore(view.dispute.until))}
          onDisputed={(next) => {
            setSent(true);
            onChanged(next);
          }}
        />
      )}
    </>
  );
}

/** The last minute of a window that ends at `iso` (midnight reads as "23.59" of the day before, not "00.00"). */
function lastMinuteBefore(iso: string): string {
  return new Date(new Date(iso).getTime() - 60_000).toISOString();
}

/** Where the case was referred and how far it got, in the public's words (no names of people). */
function ReferralLines({ referrals }: { referrals: TTrackingView['referrals'] }) {
  const { t } = useTranslation();
  if (referrals.length === 0) return null;
  return (
    <>
      <Title order={3} size="h4" mt="md">
        {t('publicTracking.result.referrals')}
      </Title>
      <ul className="tracking-referrals">
        {referrals.map((referral, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two referrals can read alike, and the list is only ever replaced whole
          <li key={position}>{referral.text}</li>
        ))}
      </ul>
    </>
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
