import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCaseDetail } from '../../../domain/cases/views';
import { formatDateTime } from '../../app/format';
import { CaseSection } from './case-section';

/** The recommendation letters issued for the case, each opening on the letters page (approval, PDF). */
export function CaseLettersPanel({
  detail,
  timeZone,
}: {
  detail: TCaseDetail;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <CaseSection id="case-letters" title={t('cases.detail.sections.letters')}>
      {detail.letters.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.letters.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.letters.number')}</Table.Th>
                <Table.Th>{t('cases.letters.type')}</Table.Th>
                <Table.Th>{t('cases.letters.status')}</Table.Th>
                <Table.Th>{t('cases.letters.issuedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.letters.map((letter) => (
                <Table.Tr key={letter.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/staff/letters/${letter.id}`} size="sm">
                      {letter.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{letter.typeLabel}</Table.Td>
                  <Table.Td>{t(`letters.status.${letter.status}`, { defaultValue: letter.status })}</Table.Td>
                  <Table.Td>{formatDateTime(letter.issuedAt, timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </CaseSection>
  );
}
