import './cases-styles';
import { Alert, Button, Center, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { maskNik } from '../../../domain/identity/mask';
import { latestAddress } from '../../app/address/latest-address';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { CaseList } from './case-list';
import { InboxFiltersPanel } from './inbox-filters';
import {
  hasNarrowingFilters,
  type InboxFilters,
  inboxFiltersFromParams,
  nikInSearch,
  paramsFromInboxFilters,
  stateFromInboxFilters,
} from './inbox-query';
import { PageHeading } from './page-heading';
import { type CaseInbox, type NikSearch, useCaseInbox } from './use-case-inbox';

/**
 * `/staff/cases`: the office's cases, filtered through the address; the words searched live in the
 * history entry's state and a NIK only in memory, so neither ever stands in a URL.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters = inboxFiltersFromParams(params, location.state);
  const show = (next: InboxFilters) =>
    setParams(paramsFromInboxFilters(next), { state: stateFromInboxFilters(next) });
  const [nikSearch, setNikSearch] = useState<NikSearch | null>(null);
  const searches = useRef(0);
  const inbox = useCaseInbox(filters, nikSearch);

  const applyFilters = (changed: Partial<InboxFilters>) => {
    setNikSearch(null);
    const { params: now, state } = latestAddress();
    show({ ...inboxFiltersFromParams(now, state), ...changed });
  };
  const search = (text: string) => {
    const nik = nikInSearch(text);
    if (nik) {
      searches.current += 1;
      setNikSearch({ nik, id: searches.current });
      // The NIK is never written to the address; the words searched before it are dropped too.
      if (filters.q) show({ ...filters, q: '' });
    } else applyFilters({ q: text.trim() });
  };

  return (
    <Stack className="case-page" gap="lg">
      <PageHeading
        title={t('cases.inbox.title')}
        intro={t('cases.inbox.intro', { office: user.office.name })}
      />
      <SearchBox key={nikSearch ? 'nik' : filters.q} initial={filters.q} onSearch={search} />
      {nikSearch ? (
        <NikSearchNotice nik={nikSearch.nik} onClear={() => setNikSearch(null)} />
      ) : (
        <InboxFiltersPanel filters={filters} onChange={applyFilters} />
      )}
      <InboxResults inbox={inbox} timeZone={timeZone} emptyText={emptyText(filters, nikSearch, t)} />
    </Stack>
  );
}

function emptyText(filters: InboxFilters, nikSearch: NikSearch | null, t: TFunction): string {
  if (nikSearch) return t('cases.inbox.emptyNik');
  if (!hasNarrowingFilters(filters) && !filters.q) return t('cases.inbox.emptyOpen');
  return t('cases.inbox.empty');
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <search>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            type="search"
            label={t('cases.inbox.search')}
            description={t('cases.inbox.searchHint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            flex={1}
          />
          <Button type="submit" leftSection={<IconSearch size={18} aria-hidden />}>
            {t('cases.inbox.searchSubmit')}
          </Button>
        </Group>
      </form>
    </search>
  );
}

function NikSearchNotice({ nik, onClear }: { nik: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="blue">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={600}>
          {t('cases.inbox.nikSearching', { nik: maskNik(nik) })}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={onClear}
        >
          {t('cases.inbox.clearSearch')}
        </Button>
      </Group>
    </Alert>
  );
}

interface InboxResultsProps {
  inbox: CaseInbox;
  timeZone: string | undefined;
  emptyText: string;
}

function InboxResults({ inbox, timeZone, emptyText: empty }: InboxResultsProps) {
  const { t } = useTranslation();
  if (inbox.error) return <ErrorAlert error={inbox.error} onRetry={inbox.reload} />;
  if (!inbox.items) return <PageLoader />;
  return (
    <Stack gap="sm" aria-busy={inbox.loading}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('cases.inbox.count', { count: inbox.items.length })}
      </Text>
      {inbox.items.length === 0 ? <Text>{empty}</Text> : <CaseList items={inbox.items} timeZone={timeZone} />}
      {inbox.moreError && <ErrorAlert error={inbox.moreError} onRetry={inbox.loadMore} />}
      {inbox.hasMore && (
        <Center>
          <Button variant="default" onClick={inbox.loadMore} loading={inbox.loadingMore}>
            {t('cases.inbox.more')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
