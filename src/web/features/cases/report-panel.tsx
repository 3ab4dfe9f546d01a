import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../domain/cases/views';
import { DTKS_STATUSES } from '../../../domain/intake/ppks';
import { formatDateTime } from '../../app/format';
import { CaseSection, Fact } from './case-section';
import { aidText, ppksText } from './case-text';

/** What was reported: the PPKS category, DTKS status, the description and aid received. */
export function ReportPanel({ detail }: { detail: TCaseDetail }) {
  const { t } = useTranslation();
  const aid = aidText(detail.person.aid);
  return (
    <CaseSection id="case-report" title={t('cases.detail.sections.report')}>
      <Text className="case-description">{detail.person.description}</Text>
      <dl className="case-facts case-facts-grid">
        <Fact label={t('cases.report.ppks')}>{ppksText(detail.ppks)}</Fact>
        <Fact label={t('cases.report.dtks')}>
          {DTKS_STATUSES.find((status) => status.code === detail.dtksStatus)?.name ?? detail.dtksStatus}
        </Fact>
        {aid && <Fact label={t('cases.report.aid')}>{aid}</Fact>}
      </dl>
      {detail.missingDocuments.length > 0 && (
        <>
          <Text fw={600} size="sm" mt="sm">
            {t('cases.report.missing')}
          </Text>
          <List size="sm">
            {detail.missingDocuments.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </>
      )}
    </CaseSection>
  );
}

const KNOWN_DETAILS = [
  'contact',
  'sender',
  'referenceNumber',
  'letterDate',
  'reportId',
  'visitedAt',
  'latitude',
  'longitude',
  'accuracyMetres',
  'guestBookEntryId',
] as const;

function detailValue(key: string, value: unknown, timeZone: string | undefined): string {
  if (key === 'visitedAt' && typeof value === 'string') return formatDateTime(value, timeZone);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** How the report came in: the channel and what the officer recorded about it. */
export function ChannelPanel({ detail, timeZone }: { detail: TCaseDetail; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const entries = KNOWN_DETAILS.flatMap((key) => {
    const value = detail.channelDetails[key];
    return value === null || value === undefined || value === '' ? [] : [[key, value] as const];
  });
  return (
    <CaseSection id="case-channel" title={t('cases.detail.sections.channel')}>
      <Text fw={600}>{t(`cases.channels.${detail.channel}`)}</Text>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.channelDetails.none')}
        </Text>
      ) : (
        <dl className="case-facts case-facts-grid">
          {entries.map(([key, value]) => (
            <Fact key={key} label={t(`cases.channelDetails.${key}`)}>
              {key === 'guestBookEntryId'
                ? t('cases.channelDetails.fromGuestBook')
                : detailValue(key, value, timeZone)}
            </Fact>
          ))}
        </dl>
      )}
    </CaseSection>
  );
}
