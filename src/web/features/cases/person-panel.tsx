import { Button, Group, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../domain/cases/views';
import { EDUCATION_LEVELS } from '../../../domain/intake/ppks';
import { currentLocale } from '../../i18n';
import { DistrictName } from '../district-units/district-name';
import { ConfirmDialog } from '../office-settings/confirm-dialog';
import { revealIdentity } from './api';
import { CaseSection, Fact } from './case-section';
import { formatDate } from './case-text';

/** Who the case is about and who reported it; the NIK and KK masked unless revealed on purpose. */
export function PersonPanel({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const { person } = detail;
  const education =
    EDUCATION_LEVELS.find((level) => level.code === person.education)?.name ?? person.education;
  const birth = [person.birthPlace, person.birthDate && formatDate(person.birthDate, currentLocale())]
    .filter(Boolean)
    .join(', ');
  return (
    <CaseSection id="case-person" title={t('cases.detail.sections.person')}>
      <dl className="case-facts">
        <Fact label={t('cases.person.fullName')}>{person.fullName}</Fact>
        {birth && <Fact label={t('cases.person.birth')}>{birth}</Fact>}
      </dl>
      <IdentityNumbers detail={detail} />
      <dl className="case-facts">
        {education && <Fact label={t('cases.person.education')}>{education}</Fact>}
        {person.phone && <Fact label={t('cases.person.phone')}>{person.phone}</Fact>}
        {person.address && <Fact label={t('cases.person.address')}>{person.address}</Fact>}
        <Fact label={t('cases.person.district')}>
          <DistrictName code={detail.districtCode} />
        </Fact>
        <Fact label={t('cases.person.reporter')}>{person.reporterName}</Fact>
        <Fact label={t('cases.person.reporterPhone')}>{person.reporterPhone}</Fact>
      </dl>
    </CaseSection>
  );
}

interface Revealed {
  nik: string | null;
  kk: string | null;
}

/**
 * The NIK and KK, masked. "Tampilkan" asks first, then shows the full numbers on this screen only:
 * they live in this component's state, never in the address or storage, and the server audits it.
 */
function IdentityNumbers({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const { person } = detail;
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [asking, setAsking] = useState(false);
  const shown = (full: string | null | undefined, masked: string | null) =>
    (revealed ? full : masked) ?? t('cases.person.none');
  const reveal = async () => {
    setRevealed(await revealIdentity(detail.ticket));
    setAsking(false);
  };
  return (
    <>
      <dl className="case-facts">
        <Fact label={t('cases.person.nik')}>
          <span className="identity-number">{shown(revealed?.nik, person.nikMasked)}</span>
        </Fact>
        <Fact label={t('cases.person.kk')}>
          <span className="identity-number">{shown(revealed?.kk, person.kkMasked)}</span>
        </Fact>
      </dl>
      {(person.nikMasked || person.kkMasked) && (
        <Group gap="xs" mt="xs">
          {revealed ? (
            <>
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconEyeOff size={14} aria-hidden />}
                onClick={() => setRevealed(null)}
              >
                {t('cases.person.hide')}
              </Button>
              <Text size="xs" c="dimmed" role="status">
                {t('cases.person.revealed')}
              </Text>
            </>
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconEye size={14} aria-hidden />}
              onClick={() => setAsking(true)}
            >
              {t('cases.person.reveal')}
            </Button>
          )}
        </Group>
      )}
      <ConfirmDialog
        opened={asking}
        title={t('cases.person.revealTitle')}
        message={t('cases.person.revealBody')}
        confirmLabel={t('cases.person.revealConfirm')}
        onConfirm={reveal}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
