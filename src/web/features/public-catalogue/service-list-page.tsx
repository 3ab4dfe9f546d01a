import { Button, CloseButton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { useApiQuery } from '../../api/use-api-query';
import { NotFoundPage } from '../../app/not-found-page';
import { PageTitle } from '../../app/ui/page-title';
import { fetchServices } from './api';
import { KIND_ORDER, type ServiceKind } from './component-order';
import { BackLink, PendingState, useOfficeProfile } from './page-parts';
import { ServiceListItem } from './service-list-item';
import { filterServicesByName } from './service-search';

/** `/{slug}/layanan`: the office's active services, by kind, with a search by name. */
export function ServiceListPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const office = useOfficeProfile(slug);
  const services = useApiQuery(`services:${slug}`, (signal) => fetchServices(slug, signal));
  // The query lives in the address, so coming back from a service keeps the search.
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';

  if (!office.data || !services.data) {
    return (
      <PendingState
        slug={slug}
        office={office}
        data={services}
        notFound={() => <NotFoundPage slug={slug} />}
      />
    );
  }
  const profile = office.data;
  const setQuery = (value: string) => setSearchParams(value ? { q: value } : {}, { replace: true });
  const all = services.data.items;
  const shown = filterServicesByName(all, query);

  return (
    <Stack gap="lg">
      <PageTitle>{t('publicCatalogue.list.pageTitle', { office: profile.shortName })}</PageTitle>
      <div>
        <BackLink to={`/${slug}`}>
          {t('publicCatalogue.list.backToOffice', { office: profile.shortName })}
        </BackLink>
        <Text c="dimmed" mt="xs">
          {profile.name}
        </Text>
        <Title order={1}>{t('publicCatalogue.list.title')}</Title>
        <Text mt="xs">{t('publicCatalogue.list.intro')}</Text>
      </div>
      {all.length === 0 ? (
        <Text>{t('publicCatalogue.list.empty')}</Text>
      ) : (
        <>
          <SearchBox query={query} onChange={setQuery} shownCount={shown.length} />
          {shown.length === 0 && <NoMatch query={query} onClear={() => setQuery('')} />}
          {KIND_ORDER.map((kind) => (
            <ServiceGroup
              key={kind}
              slug={slug}
              kind={kind}
              services={shown.filter((s) => s.kind === kind)}
            />
          ))}
        </>
      )}
    </Stack>
  );
}

function SearchBox(props: { query: string; onChange: (value: string) => void; shownCount: number }) {
  const { t } = useTranslation();
  const { query, onChange, shownCount } = props;
  return (
    <search className="service-search">
      <form
        onSubmit={(event) => {
          // Filtering is live; Enter only closes the phone's keyboard.
          event.preventDefault();
          event.currentTarget.querySelector('input')?.blur();
        }}
      >
        <TextInput
          type="search"
          size="md"
          label={t('publicCatalogue.list.searchLabel')}
          placeholder={t('publicCatalogue.list.searchPlaceholder')}
          value={query}
          onChange={(event) => onChange(event.currentTarget.value)}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={
            query ? (
              <CloseButton aria-label={t('publicCatalogue.list.clearSearch')} onClick={() => onChange('')} />
            ) : null
          }
          autoComplete="off"
          enterKeyHint="search"
        />
        {/* Always in the page, so screen readers announce the count as it changes. */}
        <Text role="status" size="sm" c="dimmed" mt={4} mih="1.4em">
          {query ? t('publicCatalogue.list.resultCount', { count: shownCount }) : ''}
        </Text>
      </form>
    </search>
  );
}

function NoMatch({ query, onClear }: { query: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text>{t('publicCatalogue.list.noMatch', { query })}</Text>
      <Button variant="light" mt="xs" onClick={onClear}>
        {t('publicCatalogue.list.clearSearch')}
      </Button>
    </div>
  );
}

function ServiceGroup(props: { slug: string; kind: ServiceKind; services: TServiceSummary[] }) {
  const { t } = useTranslation();
  const { slug, kind, services } = props;
  if (services.length === 0) return null;
  const headingId = `services-${kind}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} size="h3" mb="sm">
        {t(`publicCatalogue.kindGroup.${kind}`)}{' '}
        <Text component="span" c="dimmed" fw={400} size="md">
          ({t('publicCatalogue.list.groupCount', { count: services.length })})
        </Text>
      </Title>
      <ul className="service-list">
        {services.map((service) => (
          <ServiceListItem key={service.code} slug={slug} service={service} />
        ))}
      </ul>
    </section>
  );
}
