import { Button, Chip, Group, NativeSelect, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOutboxPage } from '../../../domain/notifications/schemas';
import { useIsWide } from '../../app/ui/use-is-wide';
import { currentLocale } from '../../i18n';
import {
  EMPTY_OUTBOX_QUERY,
  hasNarrowingFilters,
  OUTBOX_AUDIENCES,
  OUTBOX_CHANNELS,
  OUTBOX_KINDS,
  OUTBOX_STATUSES,
  type OutboxQuery,
  type OutboxStatus,
} from './outbox-query';

const ALL = 'all';

export function formatCount(count: number): string {
  return new Intl.NumberFormat(currentLocale()).format(count);
}

/** A status's count as a chip shows it: "12", or "10.000+" past the server's cap. */
function useCountLabel(counts: TOutboxPage['counts'] | undefined) {
  const { t } = useTranslation();
  return (status: OutboxStatus | typeof ALL): string | null => {
    if (!counts) return null;
    const statuses = status === ALL ? OUTBOX_STATUSES : [status];
    const count = statuses.reduce((sum, s) => sum + counts.byStatus[s], 0);
    const capped = statuses.some((s) => counts.capped.includes(s));
    return capped ? t('outbox.atLeast', { count: formatCount(count) }) : formatCount(count);
  };
}

/** One status at a time, each with its count under the other filters; kept in the address. */
export function StatusChips({
  status,
  counts,
  onChange,
}: {
  status: OutboxStatus | null;
  counts: TOutboxPage['counts'] | undefined;
  onChange: (status: OutboxStatus | null) => void;
}) {
  const { t } = useTranslation();
  const countOf = useCountLabel(counts);
  return (
    <div>
      <Text id="outbox-filter-label" fw={600} size="sm" mb={6}>
        {t('outbox.filterLabel')}
      </Text>
      <Chip.Group
        multiple={false}
        value={status ?? ALL}
        onChange={(value) => onChange(OUTBOX_STATUSES.find((known) => known === value) ?? null)}
      >
        <Group gap={8} role="radiogroup" aria-labelledby="outbox-filter-label">
          {[ALL, ...OUTBOX_STATUSES].map((value) => {
            const count = countOf(value as OutboxStatus | typeof ALL);
            return (
              <Chip key={value} value={value} variant="outline" radius="sm" className="outbox-chip">
                <span>{t(`outbox.statuses.${value as OutboxStatus | typeof ALL}`)}</span>
                {count !== null && (
                  <>
                    {' '}
                    <span className="outbox-chip-count">{count}</span>
                  </>
                )}
              </Chip>
            );
          })}
        </Group>
      </Chip.Group>
    </div>
  );
}

type Option = { value: string; label: string };

/** Channel, recipient, kind and ticket; folded on a phone unless one of them is in use. */
export function OutboxFilterPanel({
  query,
  onChange,
}: {
  query: OutboxQuery;
  onChange: (query: OutboxQuery) => void;
}) {
  const { t } = useTranslation();
  const isWide = useIsWide();
  const narrowed = hasNarrowingFilters(query);
  const withAny = (any: string, options: Option[]): Option[] => [{ value: '', label: any }, ...options];
  const set = <K extends keyof OutboxQuery>(field: K, value: OutboxQuery[K]) =>
    onChange({ ...query, [field]: value, page: 1 });
  return (
    <Paper withBorder p="md">
      <details open={isWide || narrowed}>
        <summary className="filters-summary">{t('outbox.filters.heading')}</summary>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="sm">
          <NativeSelect
            label={t('outbox.filters.channel')}
            data={withAny(
              t('outbox.filters.anyChannel'),
              OUTBOX_CHANNELS.map((value) => ({ value, label: t(`outbox.channels.${value}`) })),
            )}
            value={query.channel ?? ''}
            onChange={(event) =>
              set('channel', OUTBOX_CHANNELS.find((c) => c === event.currentTarget.value) ?? null)
            }
          />
          <NativeSelect
            label={t('outbox.filters.audience')}
            data={withAny(
              t('outbox.filters.anyAudience'),
              OUTBOX_AUDIENCES.map((value) => ({ value, label: t(`outbox.audiences.${value}`) })),
            )}
            value={query.audience ?? ''}
            onChange={(event) =>
              set('audience', OUTBOX_AUDIENCES.find((a) => a === event.currentTarget.value) ?? null)
            }
          />
          <NativeSelect
            label={t('outbox.filters.kind')}
            data={withAny(
              t('outbox.filters.anyKind'),
              OUTBOX_KINDS.map((value) => ({ value, label: t(`outbox.kinds.${value}`) })),
            )}
            value={query.kind ?? ''}
            onChange={(event) =>
              set('kind', OUTBOX_KINDS.find((k) => k === event.currentTarget.value) ?? null)
            }
          />
          <TicketSearch ticket={query.ticket} onSearch={(ticket) => set('ticket', ticket)} />
        </SimpleGrid>
        {narrowed && (
          <Button
            mt="md"
            variant="default"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ ...EMPTY_OUTBOX_QUERY, status: query.status })}
          >
            {t('outbox.filters.reset')}
          </Button>
        )}
      </details>
    </Paper>
  );
}

/** A ticket applies when searched (Enter or the button), not at every key. */
function TicketSearch({ ticket, onSearch }: { ticket: string; onSearch: (ticket: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(ticket);
  // A new ticket from the address (reset, back button) replaces what was typed.
  const [shown, setShown] = useState(ticket);
  if (shown !== ticket) {
    setShown(ticket);
    setTyped(ticket);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(typed.trim());
  };
  return (
    <form onSubmit={submit}>
      <Group gap={6} align="flex-end" wrap="nowrap">
        <TextInput
          label={t('outbox.filters.ticket')}
          placeholder={t('outbox.filters.ticketPlaceholder')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          flex={1}
        />
        <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
          {t('outbox.filters.search')}
        </Button>
      </Group>
    </form>
  );
}
