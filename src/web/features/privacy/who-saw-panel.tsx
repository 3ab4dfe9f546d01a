import { Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWhoSawEntry, TWhoSawPage } from '../../../domain/privacy/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../app/ui/error-alert';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { fetchWhoSaw } from './api';

/** "Who saw this person": by register id or NIK (sent in the body, never in the address). */
export function WhoSawPanel() {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState('');
  const [nik, setNik] = useState('');
  const [page, setPage] = useState<TWhoSawPage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (before: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const next = await fetchWhoSaw({ personId: personId.trim() || null, nik: nik.trim() || null, before });
      setPage((current) =>
        before && current ? { ...next, items: [...current.items, ...next.items] } : next,
      );
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('privacy.whoSaw.intro')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void load(null);
        }}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('privacy.whoSaw.personId')}
            value={personId}
            onChange={(e) => setPersonId(e.currentTarget.value)}
            error={error?.fields.personId}
            w={{ base: '100%', sm: 340 }}
          />
          <TextInput
            label={t('privacy.whoSaw.nik')}
            value={nik}
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => setNik(e.currentTarget.value)}
            error={error?.fields.nik}
            w={{ base: '100%', sm: 220 }}
          />
          <Button type="submit" loading={busy}>
            {t('privacy.whoSaw.search')}
          </Button>
        </Group>
      </form>
      {error && !error.fields.personId && !error.fields.nik && <ErrorAlert error={error} />}
      {page && (
        <Stack gap="sm">
          <Text size="sm">
            {page.tickets.length
              ? t('privacy.whoSaw.found', { tickets: page.tickets.join(', ') })
              : t('privacy.whoSaw.noCase')}
          </Text>
          {page.items.length === 0 ? (
            <Text>{t('privacy.whoSaw.empty')}</Text>
          ) : (
            <Entries items={page.items} />
          )}
          {page.next && (
            <Button variant="default" onClick={() => void load(page.next)} loading={busy}>
              {t('privacy.whoSaw.more')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function Entries({ items }: { items: TWhoSawEntry[] }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const isWide = useIsWide();
  const what = (e: TWhoSawEntry) =>
    `${t(`privacy.actions.${e.action}` as 'privacy.actions.case.viewed', { defaultValue: e.action })}${e.targetType === 'case' && e.targetId ? ` · ${e.targetId}` : ''}`;
  const role = (r: string | null) => (r ? t(`roles.${r}` as 'roles.admin', { defaultValue: r }) : '');
  if (!isWide)
    return (
      <Stack gap="xs">
        {items.map((e) => (
          <Card key={e.id} withBorder padding="sm">
            <Text fw={600}>{what(e)}</Text>
            <Text size="sm">
              {e.officerName ?? e.officerUsername} · {role(e.role)}
            </Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(e.at, timeZone)} {e.purpose ? `· ${e.purpose}` : ''}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  return (
    <TableScroller label={t('privacy.tabs.whoSaw')} minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {(['at', 'officer', 'role', 'what', 'why'] as const).map((c) => (
              <Table.Th key={c}>{t(`privacy.whoSaw.columns.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.at, timeZone)}</Table.Td>
              <Table.Td>{e.officerName ?? e.officerUsername}</Table.Td>
              <Table.Td>{role(e.role)}</Table.Td>
              <Table.Td>{what(e)}</Table.Td>
              <Table.Td>{[e.purpose, e.reason].filter(Boolean).join(' · ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
