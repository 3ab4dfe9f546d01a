import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TOfficeProfile } from '../../../domain/offices/schemas';
import type { ApiError } from '../../api/client';
import { type ApiQuery, useApiQuery } from '../../api/use-api-query';
import { NotFoundPage } from '../../app/not-found-page';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { fetchOfficeProfile } from '../public-offices/api';

/** A small "← back" link above a page's title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm" className="no-print">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden />
        {children}
      </Group>
    </Anchor>
  );
}

/** What a service link carries in its history state: the list's search, to go back to the same view. */
export interface ListReturnState {
  listSearch: string;
}

/** The list's address to go back to, with the search the citizen came from when there was one. */
export function useListAddress(slug: string): string {
  const state: unknown = useLocation().state;
  const search =
    typeof state === 'object' &&
    state !== null &&
    'listSearch' in state &&
    typeof state.listSearch === 'string'
      ? state.listSearch
      : '';
  return `/${slug}/layanan${search.startsWith('?') ? search : ''}`;
}

export function useOfficeProfile(slug: string): ApiQuery<TOfficeProfile> {
  return useApiQuery(`office:${slug}`, (signal) => fetchOfficeProfile(slug, signal));
}

/**
 * What to show while the office and the page's own data load, or when either failed; null when both
 * are there. An unknown office gets the site's not-found page; other errors a retry of both requests.
 */
export function PendingState({
  slug,
  office,
  data,
  notFound,
}: {
  slug: string;
  office: ApiQuery<TOfficeProfile>;
  data: Pick<ApiQuery<unknown>, 'error' | 'reload'>;
  /** Shown when the page's own data answers 404 while the office exists. */
  notFound: (office: TOfficeProfile) => ReactNode;
}): ReactNode {
  if (office.error?.status === 404) return <NotFoundPage slug={slug} />;
  if (data.error?.status === 404 && office.data) return notFound(office.data);
  const error: ApiError | undefined = office.error ?? (data.error?.status === 404 ? undefined : data.error);
  if (error) {
    const retry = () => {
      if (office.error) office.reload();
      if (data.error) data.reload();
    };
    return <ErrorAlert error={error} onRetry={retry} />;
  }
  return <PageLoader />;
}

/** An unknown or withdrawn service: say so plainly and lead back to the office's list. */
export function ServiceNotFound({ office, code }: { office: TOfficeProfile; code: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl">
      <PageTitle>{t('publicCatalogue.standard.notFoundTitle')}</PageTitle>
      <Title order={1}>{t('publicCatalogue.standard.notFoundTitle')}</Title>
      <Text>{t('publicCatalogue.standard.notFoundBody', { code, office: office.name })}</Text>
      <Anchor component={Link} to={`/${office.slug}/layanan`}>
        {t('publicCatalogue.standard.notFoundLink', { office: office.shortName })}
      </Anchor>
    </Stack>
  );
}
