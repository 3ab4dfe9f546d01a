import { Anchor, Button, Group, Image, Paper, Text } from '@mantine/core';
import { IconCheck, IconClipboardCheck, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SHAREABLE_FIELDS } from '../../../domain/cases/referral';
import type { TReferralView } from '../../../domain/cases/views';
import { formatDateTime } from '../../app/format';
import { referralPhotoUrl } from './api';
import { assessmentFacts } from './attachments-panel';
import { ToneBadge } from './badges';
import { Fact } from './case-section';
import { casePagePath } from './links';
import { type ReferralActionType, referralActionsFor } from './referral-values';

const STATUS_COLOURS: Record<TReferralView['status'], string> = {
  sent: 'blue',
  accepted: 'indigo',
  declined: 'red',
  done: 'teal',
};

function sharedFieldLabel(code: string): string {
  return SHAREABLE_FIELDS.find((field) => field.code === code)?.label ?? code;
}

interface ReferralCardProps {
  referral: TReferralView;
  timeZone: string | undefined;
  /** Shown to office staff, who may open the case; partners see only the referral. */
  caseLink?: boolean;
  /** Null when the signed-in user may not answer referrals. */
  onAction: ((referral: TReferralView, action: ReferralActionType) => void) | null;
  /** The level of the card's heading, below the page's or the panel's. */
  headingOrder?: 3 | 2;
}

/** One referral: where it went and why, what it shares, its status and due time, and its answer. */
export function ReferralCard({
  referral,
  timeZone,
  caseLink,
  onAction,
  headingOrder = 3,
}: ReferralCardProps) {
  const { t } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, timeZone);
  const Heading = headingOrder === 2 ? 'h2' : 'h3';
  return (
    <Paper withBorder p="sm" component="article" className="referral-card" data-status={referral.status}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text component={Heading} fw={700} size="md" m={0} className="referral-heading">
          {t('cases.referrals.heading', {
            ticket: referral.ticket,
            body: referral.bodyName ?? referral.bodyLabel,
          })}
        </Text>
        <Group gap={6}>
          <ToneBadge color={STATUS_COLOURS[referral.status]}>
            {t(`cases.referrals.statuses.${referral.status}`)}
          </ToneBadge>
          {referral.overdue && (
            <ToneBadge color="red" filled>
              {t('cases.referrals.overdue')}
            </ToneBadge>
          )}
        </Group>
      </Group>
      <dl className="case-facts case-facts-grid">
        <Fact label={t('cases.referrals.target')}>
          {[referral.bodyLabel, referral.bodyName].filter(Boolean).join(' · ')}
        </Fact>
        <Fact label={t('cases.referrals.sentAt')}>{when(referral.sentAt)}</Fact>
        <Fact label={t('cases.referrals.dueAt')}>{when(referral.dueAt)}</Fact>
        {referral.respondedAt && (
          <Fact label={t('cases.referrals.respondedAt')}>{when(referral.respondedAt)}</Fact>
        )}
      </dl>
      <dl className="case-facts">
        <Fact label={t('cases.referrals.reason')}>{referral.reason}</Fact>
        <Fact label={t('cases.referrals.consent')}>{consentText(t, referral.consent)}</Fact>
        {referral.declineReason && (
          <Fact label={t('cases.referrals.declineReason')}>{referral.declineReason}</Fact>
        )}
        {referral.report && <Fact label={t('cases.referrals.report')}>{referral.report}</Fact>}
      </dl>
      <SharedData referral={referral} />
      <ReferralButtons referral={referral} caseLink={caseLink} onAction={onAction} />
    </Paper>
  );
}

function consentText(t: TFunction, consent: TReferralView['consent']): string {
  return consent.given
    ? t('cases.referrals.consentGiven')
    : t('cases.referrals.consentOverride', { reason: consent.overrideReason ?? t('common.empty') });
}

/** The fields the referral shares, with the values the receiving body may see. */
function SharedData({ referral }: { referral: TReferralView }) {
  const { t } = useTranslation();
  if (referral.fieldsShared.length === 0)
    return (
      <Text size="sm" c="dimmed" mt="xs">
        {t('cases.referrals.noFieldsShared')}
      </Text>
    );
  const values = referral.person ?? {};
  return (
    <div className="referral-shared">
      <Text size="sm" fw={600} mt="xs">
        {t('cases.referrals.fieldsShared')}
      </Text>
      <dl className="case-facts case-facts-grid">
        {referral.fieldsShared
          .filter((code) => code !== 'assessment' && code !== 'photos')
          .map((code) => (
            <Fact key={code} label={sharedFieldLabel(code)}>
              {values[code] ?? t('common.empty')}
            </Fact>
          ))}
      </dl>
      {referral.fieldsShared.includes('assessment') && (
        <dl className="case-facts">
          <Fact label={sharedFieldLabel('assessment')}>
            {referral.assessment
              ? assessmentFacts(t, referral.assessment).map((fact) => (
                  <Text key={fact.label} size="sm">
                    <strong>{fact.label}:</strong> {fact.value}
                  </Text>
                ))
              : t('cases.referrals.noAssessment')}
          </Fact>
        </dl>
      )}
      {referral.fieldsShared.includes('photos') && <SharedPhotos referral={referral} />}
    </div>
  );
}

/** The person's photos the referral shares, each opening (audited) at full size. */
function SharedPhotos({ referral }: { referral: TReferralView }) {
  const { t } = useTranslation();
  if (referral.photoIds.length === 0)
    return (
      <Text size="sm" c="dimmed" mt="xs">
        {t('cases.referrals.noPhotos')}
      </Text>
    );
  return (
    <Group gap="xs" mt="xs">
      {referral.photoIds.map((id, index) => (
        <Anchor
          key={id}
          href={referralPhotoUrl(referral.id, id)}
          target="_blank"
          rel="noopener"
          aria-label={t('cases.assessments.photo', { number: index + 1 })}
        >
          <Image src={referralPhotoUrl(referral.id, id)} alt="" w={72} h={72} fit="cover" radius="sm" />
        </Anchor>
      ))}
    </Group>
  );
}

const ACTION_ICONS = { accept: IconCheck, decline: IconX, complete: IconClipboardCheck };

function ReferralButtons({
  referral,
  caseLink,
  onAction,
}: Pick<ReferralCardProps, 'referral' | 'caseLink' | 'onAction'>) {
  const { t } = useTranslation();
  const actions = onAction ? referralActionsFor(referral.status) : [];
  if (actions.length === 0 && !caseLink) return null;
  return (
    <Group gap="xs" mt="sm">
      {actions.map((action) => {
        const Icon = ACTION_ICONS[action];
        return (
          <Button
            key={action}
            size="sm"
            variant={action === 'decline' ? 'default' : 'filled'}
            color={action === 'decline' ? 'red' : undefined}
            leftSection={<Icon size={16} aria-hidden />}
            onClick={() => onAction?.(referral, action)}
          >
            {t(`cases.referrals.${action}`)}
          </Button>
        );
      })}
      {caseLink && (
        <Anchor component={Link} to={casePagePath(referral.ticket)} size="sm">
          {t('cases.referrals.openCase')}
        </Anchor>
      )}
    </Group>
  );
}
