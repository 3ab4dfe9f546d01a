import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TLetterVerification } from '../../../domain/letters/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { verifyLetter } from './api';

// White text on shade 8-9 passes WCAG AA; Mantine's default filled shades do not.
const LOOK = {
  valid: { color: 'teal.9', Icon: IconCircleCheck },
  revoked: { color: 'red.9', Icon: IconAlertTriangle },
  pending: { color: 'gray.8', Icon: IconClock },
  void: { color: 'gray.8', Icon: IconAlertTriangle },
} as const;

const formatDay = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

function Verdict({ letter }: { letter: TLetterVerification }) {
  const { t } = useTranslation();
  const { color, Icon } = LOOK[letter.status];
  const rows: [string, string][] = [
    [t('letterVerify.number'), letter.number],
    [t('letterVerify.date'), formatDay(letter.date)],
    [t('letterVerify.type'), letter.typeLabel],
    [t('letterVerify.office'), letter.officeName],
    [t('letterVerify.person'), letter.personMasked],
    ...(letter.signedBy ? ([[t('letterVerify.signedBy'), letter.signedBy]] as [string, string][]) : []),
  ];
  return (
    <Stack gap="md">
      <Alert color={color} variant="filled" icon={<Icon aria-hidden />} role="status">
        <Text fw={700} size="lg" data-testid="verification-status">
          {t(`letterVerify.${letter.status}`)}
        </Text>
      </Alert>
      <Paper withBorder p="md">
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="35%">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

/** `/verifikasi/:code`, where a letter's QR code leads: whether the letter is genuine and in force. */
export function VerificationPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const letter = useApiQuery(`verify:${code}`, (signal) => verifyLetter(code, signal));
  return (
    <Stack gap="lg">
      <PageTitle>{t('letterVerify.title')}</PageTitle>
      <div>
        <Title order={1}>{t('letterVerify.title')}</Title>
        <Text c="dimmed">{t('letterVerify.intro')}</Text>
      </div>
      {letter.error?.status === 404 && (
        <Alert color="red" variant="light" role="alert">
          {t('letterVerify.notFound')}
        </Alert>
      )}
      {letter.error && letter.error.status !== 404 && (
        <ErrorAlert error={letter.error} onRetry={letter.reload} />
      )}
      {!letter.data && letter.loading && <PageLoader />}
      {letter.data && <Verdict letter={letter.data} />}
    </Stack>
  );
}
