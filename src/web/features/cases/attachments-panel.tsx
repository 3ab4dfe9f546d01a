import { Anchor, Box, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_NEEDS, IDENTITY_DOCUMENTS } from '../../../domain/cases/assessment';
import { CASE_OUTCOME_LABELS, type CaseOutcome } from '../../../domain/cases/outcomes';
import type { TCaseDetail } from '../../../domain/cases/views';
import { formatDateTime } from '../../app/format';
import { currentLocale } from '../../i18n';
import { formatBytes } from '../public-report/image-size';
import { attachmentUrl } from './api';
import { CaseSection, Fact } from './case-section';
import { mapUrl } from './links';

const ATTACHMENT_KINDS = [
  'ktp_photo',
  'person_photo',
  'assessment_photo',
  'requirement',
  'letter',
  'document',
] as const;
type KnownKind = (typeof ATTACHMENT_KINDS)[number];

function kindLabel(t: TFunction, kind: string): string {
  return (ATTACHMENT_KINDS as readonly string[]).includes(kind)
    ? t(`cases.attachments.kinds.${kind as KnownKind}`)
    : t('cases.attachments.kinds.document');
}

/** The case's files: photos as thumbnails that open full size, other files as links. Each opening is audited. */
export function AttachmentsPanel({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="case-attachments" title={t('cases.detail.sections.attachments')}>
      {detail.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.attachments.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" component="ul" className="case-files">
          {detail.attachments.map((file) => {
            const href = attachmentUrl(detail.ticket, file.id);
            const label = kindLabel(t, file.kind);
            const name = t('cases.attachments.open', {
              kind: label,
              size: formatBytes(file.size, currentLocale()),
            });
            return (
              <li key={file.id}>
                <Anchor href={href} target="_blank" rel="noopener" aria-label={name} className="case-file">
                  {file.contentType.startsWith('image/') ? (
                    <Image src={href} alt="" h={96} fit="cover" radius="sm" loading="lazy" />
                  ) : (
                    <Box className="case-file-icon">
                      <IconFile size={40} aria-hidden />
                    </Box>
                  )}
                  <Text size="xs" mt={4}>
                    {label}
                  </Text>
                </Anchor>
              </li>
            );
          })}
        </SimpleGrid>
      )}
    </CaseSection>
  );
}

type Assessment = TCaseDetail['assessments'][number];

function labelsOf(list: readonly { code: string; label: string }[], codes: unknown): string {
  if (!Array.isArray(codes)) return '';
  return codes.map((code) => list.find((item) => item.code === code)?.label ?? String(code)).join(', ');
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** What the assessment form recorded, as a list of labelled facts. */
export function assessmentFacts(
  t: TFunction,
  content: Record<string, unknown>,
): { label: string; value: string }[] {
  const needs = content.needs as { items?: unknown; other?: unknown } | undefined;
  const followUp = content.recommendedFollowUp as { outcome?: unknown; text?: unknown } | undefined;
  const outcome =
    typeof followUp?.outcome === 'string'
      ? (CASE_OUTCOME_LABELS[followUp.outcome as CaseOutcome] ?? followUp.outcome)
      : null;
  const facts = [
    { label: t('cases.assessments.condition'), value: textOf(content.condition) },
    {
      label: t('cases.assessments.needs'),
      value: [labelsOf(ASSESSMENT_NEEDS, needs?.items), textOf(needs?.other)].filter(Boolean).join(' · '),
    },
    { label: t('cases.assessments.family'), value: textOf(content.family) },
    {
      label: t('cases.assessments.documents'),
      value: [
        labelsOf(IDENTITY_DOCUMENTS, content.identityDocumentsSeen),
        textOf(content.identityDocumentsOther),
      ]
        .filter(Boolean)
        .join(' · '),
    },
    {
      label: t('cases.assessments.followUp'),
      value: [outcome, textOf(followUp?.text)].filter(Boolean).join(': '),
    },
  ];
  return facts.flatMap((fact) => (fact.value ? [{ label: fact.label, value: fact.value }] : []));
}

function gpsOf(gps: unknown): { latitude: number; longitude: number } | null {
  if (typeof gps !== 'object' || gps === null) return null;
  const { latitude, longitude } = gps as { latitude?: unknown; longitude?: unknown };
  return typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null;
}

/** The social workers' assessments, oldest first, with where they took place. */
export function AssessmentsPanel({
  detail,
  timeZone,
}: {
  detail: TCaseDetail;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <CaseSection id="case-assessments" title={t('cases.detail.sections.assessments')}>
      {detail.assessments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.assessments.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {detail.assessments.map((assessment) => (
            <AssessmentEntry
              key={assessment.at}
              ticket={detail.ticket}
              assessment={assessment}
              timeZone={timeZone}
            />
          ))}
        </Stack>
      )}
    </CaseSection>
  );
}

interface AssessmentEntryProps {
  ticket: string;
  assessment: Assessment;
  timeZone: string | undefined;
}

function AssessmentEntry({ ticket, assessment, timeZone }: AssessmentEntryProps) {
  const { t } = useTranslation();
  const gps = gpsOf(assessment.gps);
  const photoIds = Array.isArray(assessment.content.photoIds)
    ? assessment.content.photoIds.filter((id): id is string => typeof id === 'string')
    : [];
  return (
    <article className="case-assessment">
      <Text fw={700} size="sm">
        {t('cases.assessments.heading', { time: formatDateTime(assessment.at, timeZone) })}
        {assessment.by && ` ${t('cases.assessments.by', { name: assessment.by })}`}
      </Text>
      <dl className="case-facts">
        {assessmentFacts(t, assessment.content).map((fact) => (
          <Fact key={fact.label} label={fact.label}>
            {fact.value}
          </Fact>
        ))}
        {gps && (
          <Fact label={t('cases.assessments.gps')}>
            {gps.latitude.toFixed(5)}, {gps.longitude.toFixed(5)} ·{' '}
            <Anchor
              href={mapUrl(gps.latitude, gps.longitude)}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
            >
              {t('cases.assessments.openMap')}
            </Anchor>
          </Fact>
        )}
      </dl>
      {photoIds.length > 0 && (
        <Group gap="xs" mt="xs">
          {photoIds.map((id, index) => (
            <Anchor
              key={id}
              href={attachmentUrl(ticket, id)}
              target="_blank"
              rel="noopener"
              aria-label={t('cases.assessments.photo', { number: index + 1 })}
            >
              <Image
                src={attachmentUrl(ticket, id)}
                alt=""
                w={72}
                h={72}
                fit="cover"
                radius="sm"
                loading="lazy"
              />
            </Anchor>
          ))}
        </Group>
      )}
    </article>
  );
}
