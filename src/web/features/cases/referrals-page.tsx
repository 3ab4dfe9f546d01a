import './cases-styles';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canActOnReferral, REFERRAL_STATUSES, type ReferralStatus } from '../../../domain/cases/referral';
import type { TReferralView } from '../../../domain/cases/views';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { SuccessNotice } from '../office-settings/success-notice';
import { fetchReferrals } from './api';
import { PageHeading } from './page-heading';
import { ReferralActionDialog } from './referral-action-dialog';
import { ReferralCard } from './referral-card';
import { useReferralDialog } from './referrals-panel';

const ALL = 'all';

function statusFromParams(params: URLSearchParams): ReferralStatus | null {
  const status = params.get('status');
  return REFERRAL_STATUSES.find((known) => known === status) ?? null;
}

/**
 * `/staff/referrals`: a partner's referrals (only those sent to its body) or the office's, with
 * accept, decline and report for those who answer them. The status filter lives in the address.
 */
export default function ReferralsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone();
  const [params, setParams] = useSearchParams();
  const status = statusFromParams(params);
  const referrals = useApiQuery(`referrals?${status ?? ''}`, (signal) => fetchReferrals(status, signal), {
    keepPreviousData: true,
  });
  const dialog = useReferralDialog();
  const [notice, setNotice] = useState<string | null>(null);
  const isPartner = user.role === 'partner';
  const canAnswer = canActOnReferral(user.role);

  const statusLabel = (value: ReferralStatus) => t(`cases.referrals.statuses.${value}`);
  const showStatus = (next: ReferralStatus | null) => setParams(next ? { status: next } : {});
  const handleDone = (saved: TReferralView) => {
    dialog.close();
    referrals.setData((current) =>
      current ? { items: current.items.map((item) => (item.id === saved.id ? saved : item)) } : current,
    );
    setNotice(t('cases.referrals.saved', { ticket: saved.ticket, status: statusLabel(saved.status) }));
  };

  return (
    <Stack className="case-page" gap="lg">
      <PageHeading title={t('cases.referrals.title')} intro={introText(t, user.office.name, isPartner)} />
      <StatusFilter status={status} onChange={showStatus} />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {referrals.error && <ErrorAlert error={referrals.error} onRetry={referrals.reload} />}
      {!referrals.data && referrals.loading && <PageLoader />}
      {referrals.data && (
        <ReferralList
          items={referrals.data.items}
          busy={referrals.loading}
          emptyText={
            status
              ? t('cases.referrals.emptyStatus', { status: statusLabel(status) })
              : t('cases.referrals.empty')
          }
          renderCard={(referral) => (
            <ReferralCard
              key={referral.id}
              referral={referral}
              timeZone={timeZone}
              caseLink={!isPartner}
              onAction={canAnswer ? dialog.open : null}
              headingOrder={2}
            />
          )}
        />
      )}
      <ReferralActionDialog
        state={dialog.state}
        opened={dialog.opened}
        onClose={dialog.close}
        onDone={handleDone}
      />
    </Stack>
  );
}

function introText(t: TFunction, office: string, isPartner: boolean): string {
  return isPartner
    ? t('cases.referrals.introPartner', { office })
    : t('cases.referrals.introStaff', { office });
}

/** All, or one status; kept in the address. */
function StatusFilter({
  status,
  onChange,
}: {
  status: ReferralStatus | null;
  onChange: (status: ReferralStatus | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text id="referral-filter-label" fw={600} size="sm" mb={4}>
        {t('cases.referrals.filterLabel')}
      </Text>
      <SegmentedControl
        aria-labelledby="referral-filter-label"
        data={[
          { value: ALL, label: t('cases.referrals.all') },
          ...REFERRAL_STATUSES.map((value) => ({ value, label: t(`cases.referrals.statuses.${value}`) })),
        ]}
        value={status ?? ALL}
        onChange={(value) => onChange(REFERRAL_STATUSES.find((known) => known === value) ?? null)}
        fullWidth
        maw={560}
      />
    </div>
  );
}

interface ReferralListProps {
  items: TReferralView[];
  busy: boolean;
  emptyText: string;
  renderCard: (referral: TReferralView) => ReactNode;
}

function ReferralList({ items, busy, emptyText, renderCard }: ReferralListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy={busy}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('cases.referrals.count', { count: items.length })}
      </Text>
      {items.length === 0 ? <Text>{emptyText}</Text> : items.map(renderCard)}
    </Stack>
  );
}
