import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canActOnReferral } from '../../../domain/cases/referral';
import type { TCaseDetail, TReferralView } from '../../../domain/cases/views';
import { useSignedInUser } from '../auth/session';
import { CaseSection } from './case-section';
import { ReferralActionDialog, type ReferralDialogState } from './referral-action-dialog';
import { ReferralCard } from './referral-card';
import type { ReferralActionType } from './referral-values';

/** Where the dialog for one referral's answer stands; kept after closing so the modal can fade out. */
export function useReferralDialog() {
  const [state, setState] = useState<ReferralDialogState | null>(null);
  const [opened, setOpened] = useState(false);
  return {
    state,
    opened,
    open: (referral: TReferralView, action: ReferralActionType) => {
      setState({ referral, action });
      setOpened(true);
    },
    close: () => setOpened(false),
  };
}

interface CaseReferralsPanelProps {
  detail: TCaseDetail;
  timeZone: string | undefined;
  /** After an answer: the case is read again (its status and timeline move too). */
  onChanged: () => void;
}

/** The case's referrals with their status; staff who follow referrals up may record an answer. */
export function CaseReferralsPanel({ detail, timeZone, onChanged }: CaseReferralsPanelProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const dialog = useReferralDialog();
  const canAnswer = canActOnReferral(user.role);
  return (
    <CaseSection id="case-referrals" title={t('cases.detail.sections.referrals')}>
      {detail.referrals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.referrals.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {detail.referrals.map((referral) => (
            <ReferralCard
              key={referral.id}
              referral={referral}
              timeZone={timeZone}
              onAction={canAnswer ? dialog.open : null}
            />
          ))}
        </Stack>
      )}
      <ReferralActionDialog
        state={dialog.state}
        opened={dialog.opened}
        onClose={dialog.close}
        onDone={() => {
          dialog.close();
          onChanged();
        }}
      />
    </CaseSection>
  );
}
