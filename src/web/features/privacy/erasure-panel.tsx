import { Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEGAL_BASES,
  REQUESTER_KINDS,
  type TErasureRequest,
  type TErasureRequestInput,
} from '../../../domain/privacy/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { createErasure, decideErasure, fetchErasures } from './api';

const EMPTY: TErasureRequestInput = {
  personId: '',
  requesterKind: 'subject',
  legalBasis: 'uu_pdp_art_8_erasure',
  referenceNumber: '',
  reason: '',
};

/** Erasure requests: record (step one), then another admin or the Kadis confirms (step two). */
export function ErasurePanel() {
  const { t } = useTranslation();
  const list = useApiQuery('privacy-erasures', fetchErasures);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof TErasureRequestInput>(key: K, value: TErasureRequestInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      list.reload();
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('privacy.erasures.intro')}</Text>
      <Card
        withBorder
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => createErasure(form)).then((ok) => ok && setForm(EMPTY));
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('privacy.erasures.new')}
          </Title>
          <TextInput
            label={t('privacy.erasures.personId')}
            value={form.personId}
            onChange={(e) => set('personId', e.currentTarget.value.trim())}
            error={error?.fields.personId}
            required
          />
          <Group grow wrap="wrap">
            <Select
              label={t('privacy.erasures.requesterKind')}
              data={REQUESTER_KINDS.map((k) => ({
                value: k,
                label: t(`privacy.erasures.requesterKinds.${k}`),
              }))}
              value={form.requesterKind}
              onChange={(v) => v && set('requesterKind', v as TErasureRequestInput['requesterKind'])}
              allowDeselect={false}
            />
            <Select
              label={t('privacy.erasures.legalBasis')}
              data={LEGAL_BASES.map((k) => ({ value: k, label: t(`privacy.erasures.legalBases.${k}`) }))}
              value={form.legalBasis}
              onChange={(v) => v && set('legalBasis', v as TErasureRequestInput['legalBasis'])}
              allowDeselect={false}
            />
          </Group>
          <TextInput
            label={t('privacy.erasures.referenceNumber')}
            value={form.referenceNumber}
            onChange={(e) => set('referenceNumber', e.currentTarget.value)}
            error={error?.fields.referenceNumber}
            required
          />
          <Textarea
            label={t('privacy.erasures.reason')}
            value={form.reason}
            onChange={(e) => set('reason', e.currentTarget.value)}
            error={error?.fields.reason}
            autosize
            minRows={2}
            required
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('privacy.erasures.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {error && Object.keys(error.fields).length === 0 && <ErrorAlert error={error} />}
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {!list.data && list.loading && <PageLoader />}
      {list.data?.items.length === 0 && <Text>{t('privacy.erasures.empty')}</Text>}
      {list.data?.items.map((item) => (
        <RequestCard
          key={item.id}
          item={item}
          busy={busy}
          onDecide={(decision) => void run(() => decideErasure(item.id, decision))}
        />
      ))}
    </Stack>
  );
}

const STATUS_COLOURS = { pending: 'yellow', done: 'green', cancelled: 'gray' } as const;

function RequestCard(props: {
  item: TErasureRequest;
  busy: boolean;
  onDecide: (decision: 'confirm' | 'cancel') => void;
}) {
  const { item } = props;
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{item.referenceNumber}</Text>
          <Badge color={STATUS_COLOURS[item.status]} variant="light">
            {t(`privacy.erasures.status.${item.status}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.personId} · {t(`privacy.erasures.legalBases.${item.legalBasis}`)} ·{' '}
          {t(`privacy.erasures.requesterKinds.${item.requesterKind}`)}
        </Text>
        <Text size="sm">{item.reason}</Text>
        <Text size="sm" c="dimmed">
          {t('privacy.erasures.by', {
            user: item.requestedBy,
            time: formatDateTime(item.requestedAt, timeZone),
          })}
          {item.decidedAt &&
            ` · ${t('privacy.erasures.decided', { user: item.decidedBy, time: formatDateTime(item.decidedAt, timeZone) })}`}
        </Text>
        {item.status === 'pending' && (
          <Text size="sm">{t('privacy.erasures.cases', { count: item.cases })}</Text>
        )}
        {item.hold.length > 0 && (
          <Text size="sm" c="orange.9">
            {t('privacy.erasures.hold', { tickets: item.hold.map((h) => h.ticket).join(', ') })}
          </Text>
        )}
        {item.outcome && <Text size="sm">{t('privacy.erasures.outcome', item.outcome)}</Text>}
        {item.status === 'pending' && (
          <Group mt="xs">
            <Button color="red" size="xs" loading={props.busy} onClick={() => props.onDecide('confirm')}>
              {t('privacy.erasures.confirm')}
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={props.busy}
              onClick={() => props.onDecide('cancel')}
            >
              {t('privacy.erasures.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
