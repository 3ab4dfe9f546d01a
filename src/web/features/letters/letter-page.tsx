import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconExternalLink, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LetterActionType } from '../../../domain/letters/approval';
import type { TLetterView } from '../../../domain/letters/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { actOnLetter, fetchLetter, letterPdfUrl } from './api';
import { STATUS_COLOURS } from './letters-page';
import { ReadableBadge } from './readable-badge';

const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The chain, each member with what they did or "waiting". */
function Chain({ letter }: { letter: TLetterView }) {
  const { t } = useTranslation();
  return (
    <List type="ordered" spacing={4}>
      {letter.chain.map((role, index) => {
        const done = letter.approvals[index];
        return (
          <List.Item key={role}>
            <Text span fw={600}>
              {t(`letters.chain.${role}`)}
            </Text>
            {': '}
            {done
              ? t('letters.detail.done', {
                  kind: t(`letters.kinds.${done.kind}`),
                  name: done.name,
                  date: formatDate(done.at),
                })
              : t('letters.detail.waiting')}
          </List.Item>
        );
      })}
    </List>
  );
}

const NEEDS_REASON: readonly LetterActionType[] = ['sign_on_behalf', 'return', 'revoke'];

/** The caller's actions on the letter; those that need a reason ask for it first. */
function Actions({ letter, onDone }: { letter: TLetterView; onDone: (next: TLetterView) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<LetterActionType | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const send = async (type: LetterActionType) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await actOnLetter(letter.id, { type, ...(NEEDS_REASON.includes(type) ? { reason } : {}) }));
      setAsking(null);
      setReason('');
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  if (letter.actions.length === 0) return null;
  return (
    <Stack gap="sm">
      {error && <ErrorAlert error={error} otherMessages={Object.values(error.fields)} />}
      <Group gap="sm">
        {letter.actions.map((type) => (
          <Button
            key={type}
            variant={type === 'approve' ? 'filled' : 'default'}
            color={type === 'revoke' || type === 'return' ? 'red' : undefined}
            loading={busy && asking === null && type === 'approve'}
            onClick={() => (NEEDS_REASON.includes(type) ? setAsking(type) : send(type))}
          >
            {t(`letters.actions.${type}`)}
          </Button>
        ))}
      </Group>
      {asking && (
        <Stack gap="xs">
          <Textarea
            label={t('letters.actions.reason')}
            description={t(`letters.actions.reasonHint.${asking as 'return'}`)}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error?.fields.reason}
            required
            autosize
            minRows={2}
          />
          <Group gap="sm">
            <Button onClick={() => send(asking)} loading={busy}>
              {t('letters.actions.confirm')}
            </Button>
            <Button variant="subtle" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** `/staff/letters/:id`: the letter, its approvals, the caller's action, the PDF and the public check. */
export default function LetterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const letter = useApiQuery(`letter:${id}`, (signal) => fetchLetter(id, signal));
  const [notice, setNotice] = useState<string | null>(null);
  const data = letter.data;
  return (
    <Stack gap="lg">
      <PageTitle>{data ? data.number : t('letters.title')}</PageTitle>
      <Anchor component={Link} to="/staff/letters" size="sm">
        {t('letters.detail.backToList')}
      </Anchor>
      {letter.error && <ErrorAlert error={letter.error} onRetry={letter.reload} />}
      {!data && letter.loading && <PageLoader />}
      {data && (
        <>
          <div>
            <Group gap="sm">
              <Title order={1}>{data.typeLabel}</Title>
              <ReadableBadge color={STATUS_COLOURS[data.status]} size="lg" data-testid="letter-status">
                {t(`letters.status.${data.status}`)}
              </ReadableBadge>
            </Group>
            <Text fw={600}>{t('letters.detail.number', { number: data.number })}</Text>
            <Text>{t('letters.detail.person', { name: data.personName, nik: data.nikMasked ?? '-' })}</Text>
            <Text size="sm" c="dimmed">
              {t('letters.detail.ticket', { ticket: data.ticket })} ·{' '}
              {t('letters.detail.issued', { date: formatDate(data.issuedAt), by: data.issuedBy ?? '-' })}
            </Text>
            {data.reason && <Text size="sm">{t('letters.detail.reason', { reason: data.reason })}</Text>}
          </div>
          <Paper withBorder p="md" component="section" aria-labelledby="chain-heading">
            <Title order={2} size="h3" id="chain-heading" mb="xs">
              {t('letters.detail.chainHeading')}
            </Title>
            <Chain letter={data} />
          </Paper>
          {notice && (
            <Alert
              color="teal"
              variant="light"
              role="status"
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setNotice(null)}
            >
              {notice}
            </Alert>
          )}
          <Actions
            letter={data}
            onDone={(next) => {
              letter.setData(() => next);
              setNotice(t('letters.actions.done', { status: t(`letters.status.${next.status}`) }));
            }}
          />
          <Group gap="sm">
            <Button
              component="a"
              href={letterPdfUrl(data.id)}
              target="_blank"
              rel="noopener"
              variant="default"
              leftSection={<IconFileTypePdf size={18} aria-hidden />}
            >
              {t('letters.detail.pdf')}
            </Button>
            <Button
              component="a"
              href={data.verificationUrl}
              target="_blank"
              rel="noopener"
              variant="subtle"
              leftSection={<IconExternalLink size={18} aria-hidden />}
            >
              {t('letters.detail.verification')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
