import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TLetterView } from '../../../domain/letters/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { TableScroller } from '../../app/ui/table-scroller';
import { fetchLetters } from './api';
import { ReadableBadge } from './readable-badge';

export const STATUS_COLOURS = {
  awaiting_approval: 'blue',
  signed: 'green',
  returned: 'gray',
  revoked: 'red',
} as const;

function LetterTable({ letters, label }: { letters: TLetterView[]; label: string }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={label} minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('letters.columns.number')}</Table.Th>
            <Table.Th>{t('letters.columns.type')}</Table.Th>
            <Table.Th>{t('letters.columns.person')}</Table.Th>
            <Table.Th>{t('letters.columns.ticket')}</Table.Th>
            <Table.Th>{t('letters.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {letters.map((letter) => (
            <Table.Tr key={letter.id}>
              <Table.Td>
                <Anchor component={Link} to={`/staff/letters/${letter.id}`}>
                  {letter.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{letter.typeLabel}</Table.Td>
              <Table.Td>{letter.personName}</Table.Td>
              <Table.Td>{letter.ticket}</Table.Td>
              <Table.Td>
                <ReadableBadge color={STATUS_COLOURS[letter.status]}>
                  {t(`letters.status.${letter.status}`)}
                </ReadableBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function LetterSection({ awaiting }: { awaiting: boolean }) {
  const { t } = useTranslation();
  const heading = awaiting ? t('letters.awaitingHeading') : t('letters.recentHeading');
  const id = awaiting ? 'letters-awaiting' : 'letters-recent';
  const letters = useApiQuery(id, (signal) => fetchLetters(awaiting ? { awaiting: 'mine' } : {}, signal));
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {heading}
      </Title>
      {letters.error && <ErrorAlert error={letters.error} onRetry={letters.reload} />}
      {!letters.data && letters.loading && <PageLoader />}
      {letters.data &&
        (letters.data.items.length === 0 ? (
          <Text>{awaiting ? t('letters.awaitingEmpty') : t('letters.recentEmpty')}</Text>
        ) : (
          <LetterTable letters={letters.data.items} label={heading} />
        ))}
    </section>
  );
}

/** `/staff/letters`: what waits for the caller's initials or signature, and the office's latest letters. */
export default function LettersPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageTitle>{t('letters.title')}</PageTitle>
      <div>
        <Title order={1}>{t('letters.title')}</Title>
        <Text c="dimmed">{t('letters.intro')}</Text>
      </div>
      <LetterSection awaiting />
      <LetterSection awaiting={false} />
    </Stack>
  );
}
