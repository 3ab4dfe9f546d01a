import { Anchor, Box, Button, Group, Image, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPersonDetail } from '../../../domain/ppks-register/schemas';
import { formatDateTime } from '../../app/format';
import { TableScroller } from '../../app/ui/table-scroller';
import { currentLocale } from '../../i18n';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { attachmentUrl, revealIdentity } from '../cases/api';
import { StatusBadge } from '../cases/badges';
import { CaseSection, Fact } from '../cases/case-section';
import { formatDate } from '../cases/case-text';
import { ConfirmDialog } from '../office-settings/confirm-dialog';
import { aidLabel, bodyLabel, categoryLabel, letterTypeLabel, pbiSchemeLabel } from './labels';

type Person = TPersonDetail;

const dayOf = (iso: string) => formatDate(iso.slice(0, 10), currentLocale());

/** The newest photo of the person themself, else of a visit; null without any. */
function mainPhoto(person: Person) {
  const photos = [...person.photos].reverse();
  return photos.find((p) => p.kind === 'person_photo') ?? photos[0] ?? null;
}

export function IdentitySection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const photo = mainPhoto(person);
  const birth = [person.birthPlace, person.birthDate && formatDate(person.birthDate, currentLocale())]
    .filter(Boolean)
    .join(', ');
  return (
    <CaseSection id="person-identity" title={t('ppksRegister.person.sections.identity')}>
      <Group align="flex-start" gap="lg" wrap="wrap">
        {photo ? (
          <img
            className="register-photo-main"
            src={attachmentUrl(photo.ticket, photo.attachmentId)}
            alt={t('ppksRegister.person.photoKinds.person_photo')}
          />
        ) : (
          <Box className="register-photo-main register-photo-empty">
            <IconUserCircle size={64} aria-hidden />
          </Box>
        )}
        <Box flex={1} miw={240}>
          <dl className="case-facts">
            {birth && <Fact label={t('ppksRegister.person.birth')}>{birth}</Fact>}
            <IdentityNumbers person={person} />
            {person.address && <Fact label={t('ppksRegister.person.address')}>{person.address}</Fact>}
            <Fact label={t('ppksRegister.person.area')}>
              {[person.villageName ?? person.villageCode, person.districtName ?? person.districtCode].join(
                ', ',
              )}
            </Fact>
            <Fact label={t('ppksRegister.person.reports')}>
              {t('ppksRegister.person.reportsValue', {
                count: person.cases.length,
                first: dayOf(person.firstCaseAt),
                last: dayOf(person.lastCaseAt),
              })}
            </Fact>
          </dl>
        </Box>
      </Group>
    </CaseSection>
  );
}

/** NIK and KK masked; the reveal asks first and goes through the case's own audited reveal. */
function IdentityNumbers({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<{ nik: string | null; kk: string | null } | null>(null);
  const [asking, setAsking] = useState(false);
  const ticket = person.identityTicket;
  const shown = (full: string | null | undefined, masked: string | null) =>
    (revealed ? full : masked) ?? t('ppksRegister.person.none');
  return (
    <>
      <Fact label={t('ppksRegister.person.nik')}>
        <span className="identity-number">{shown(revealed?.nik, person.nikMasked)}</span>
      </Fact>
      <Fact label={t('ppksRegister.person.kk')}>
        <span className="identity-number">{shown(revealed?.kk, person.kkMasked)}</span>
        {ticket && (
          <Group gap="xs" mt={4}>
            {revealed ? (
              <>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconEyeOff size={14} aria-hidden />}
                  onClick={() => setRevealed(null)}
                >
                  {t('ppksRegister.person.hide')}
                </Button>
                <Text size="xs" c="dimmed" role="status">
                  {t('ppksRegister.person.revealed')}
                </Text>
              </>
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconEye size={14} aria-hidden />}
                onClick={() => setAsking(true)}
              >
                {t('ppksRegister.person.reveal')}
              </Button>
            )}
          </Group>
        )}
      </Fact>
      {ticket && (
        <ConfirmDialog
          opened={asking}
          title={t('ppksRegister.person.revealTitle')}
          message={t('ppksRegister.person.revealBody', { ticket })}
          confirmLabel={t('ppksRegister.person.revealConfirm')}
          onConfirm={async () => {
            setRevealed(await revealIdentity(ticket));
            setAsking(false);
          }}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}

export function PhotosSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="person-photos" title={t('ppksRegister.person.sections.photos')}>
      {person.photos.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ppksRegister.person.photosEmpty')}
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="ul" className="case-files">
            {person.photos.map((photo) => {
              const kind =
                photo.kind === 'assessment_photo'
                  ? t('ppksRegister.person.photoKinds.assessment_photo')
                  : t('ppksRegister.person.photoKinds.person_photo');
              const href = attachmentUrl(photo.ticket, photo.attachmentId);
              return (
                <li key={photo.attachmentId}>
                  <Anchor
                    href={href}
                    target="_blank"
                    rel="noopener"
                    className="case-file"
                    aria-label={t('ppksRegister.person.photoOpen', {
                      kind,
                      ticket: photo.ticket,
                      date: dayOf(photo.at),
                    })}
                  >
                    <Image src={href} alt="" h={96} fit="cover" radius="sm" loading="lazy" />
                    <Text size="xs" mt={4}>
                      {kind} · {dayOf(photo.at)}
                    </Text>
                  </Anchor>
                </li>
              );
            })}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('ppksRegister.person.photosNote')}
          </Text>
        </>
      )}
    </CaseSection>
  );
}

export function TimelineSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="person-timeline" title={t('ppksRegister.person.sections.timeline')}>
      <ol className="register-timeline">
        {person.timeline.map((period) => (
          <li key={`${period.from}:${period.category}`}>
            <Text fw={700} size="sm">
              {categoryLabel(period.category, period.subcategory)}
            </Text>
            <Text size="sm" c="dimmed">
              {period.tickets.length === 1
                ? t('ppksRegister.person.timelineOne', { date: dayOf(period.from) })
                : t('ppksRegister.person.timelineReports', {
                    count: period.tickets.length,
                    from: dayOf(period.from),
                    to: dayOf(period.to),
                  })}
            </Text>
          </li>
        ))}
      </ol>
    </CaseSection>
  );
}

export function CasesSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const columns = ['ticket', 'service', 'category', 'status', 'opened', 'closed'] as const;
  return (
    <CaseSection id="person-cases" title={t('ppksRegister.person.sections.cases')}>
      <TableScroller label={t('ppksRegister.person.sections.cases')} minWidth={760}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              {columns.map((key) => (
                <Table.Th key={key}>{t(`ppksRegister.person.casesColumns.${key}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...person.cases].reverse().map((c) => (
              <Table.Tr key={c.ticket}>
                <Table.Td>
                  <Anchor component={Link} to={`/staff/cases/${c.ticket}`} className="case-ticket">
                    {c.ticket}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.serviceName ?? t('ppksRegister.person.complaint')}</Table.Td>
                <Table.Td>
                  {categoryLabel(c.category, c.subcategory)}
                  {c.confidential && ` · ${t('ppksRegister.person.confidential')}`}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(c.openedAt, timeZone)}</Table.Td>
                <Table.Td>{c.closedAt ? formatDateTime(c.closedAt, timeZone) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </CaseSection>
  );
}

function AidList({
  title,
  lines,
}: {
  title: string;
  lines: { key: string; label: string; detail: string }[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ppksRegister.person.aidNone')}
        </Text>
      ) : (
        <ul className="register-aid">
          {lines.map((line) => (
            <li key={line.key}>
              <Text size="sm" span fw={600}>
                {line.label}
              </Text>
              <Text size="xs" c="dimmed">
                {line.detail}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

export function AidSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { aid } = person;
  const reported = aid.reported.map((a) => ({
    key: a.kind,
    label: [
      a.kind === 'bpjs-pbi' && a.pbiScheme
        ? t('ppksRegister.person.pbi', { scheme: pbiSchemeLabel(a.pbiScheme) })
        : aidLabel(a.kind),
      a.other,
    ]
      .filter(Boolean)
      .join(': '),
    detail: t('ppksRegister.person.aidReportedLine', {
      first: dayOf(a.firstReportedAt),
      last: dayOf(a.lastReportedAt),
      ticket: a.ticket,
    }),
  }));
  const referrals = aid.referrals.map((r, index) => ({
    key: `${r.ticket}:${index}`,
    label: [bodyLabel(r.bodyKind), r.bodyName, r.report].filter(Boolean).join(' · '),
    detail: t('ppksRegister.person.aidReferralLine', { date: dayOf(r.completedAt), ticket: r.ticket }),
  }));
  const letters = aid.letters.map((l) => ({
    key: l.number,
    label: `${letterTypeLabel(l.type)} ${l.number}`,
    detail: t('ppksRegister.person.aidLetterLine', { date: dayOf(l.signedAt), ticket: l.ticket }),
  }));
  return (
    <CaseSection id="person-aid" title={t('ppksRegister.person.sections.aid')}>
      <Stack gap="md">
        <AidList title={t('ppksRegister.person.aidReported')} lines={reported} />
        <AidList title={t('ppksRegister.person.aidReferrals')} lines={referrals} />
        <AidList title={t('ppksRegister.person.aidLetters')} lines={letters} />
      </Stack>
    </CaseSection>
  );
}
