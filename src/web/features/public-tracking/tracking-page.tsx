import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { TOfficeProfile } from '../../../domain/offices/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { NotFoundPage } from '../../app/not-found-page';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { BackLink } from '../public-catalogue/page-parts';
import { fetchOfficeProfile } from '../public-offices/api';
import { RecentTickets } from './recent-tickets-list';
import { TrackingResult } from './tracking-result';

/** `/{slug}/lacak`: the progress of a case by its ticket; `?tiket=` comes from the link after reporting. */
export function TrackingPage() {
  const slug = useParams().slug ?? '';
  const office = useApiQuery(`office:${slug}`, (signal) => fetchOfficeProfile(slug, signal));
  if (office.error?.status === 404) return <NotFoundPage slug={slug} />;
  if (office.error) return <ErrorAlert error={office.error} onRetry={office.reload} />;
  if (!office.data) return <PageLoader />;
  return <TrackingView office={office.data} />;
}

function TrackingView({ office }: { office: TOfficeProfile }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const ticket = params.get('tiket') ?? '';
  const [typed, setTyped] = useState(ticket);
  const [typedError, setTypedError] = useState<string | null>(null);
  // A new ticket in the address (a tap on a recent ticket) replaces what was typed.
  const [shownTicket, setShownTicket] = useState(ticket);
  if (shownTicket !== ticket) {
    setShownTicket(ticket);
    setTyped(ticket);
    setTypedError(null);
  }

  const search = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === '') {
      setTypedError(t('publicTracking.ticketRequired'));
      return;
    }
    setTypedError(null);
    setParams({ tiket: normalizeTicket(typed) ?? typed.trim().toUpperCase() }, { replace: true });
  };

  return (
    <Stack gap="lg" className="tracking-page">
      <PageTitle>{t('publicTracking.pageTitle', { office: office.shortName })}</PageTitle>
      <div>
        <BackLink to={`/${office.slug}`}>
          {t('publicTracking.backToOffice', { office: office.shortName })}
        </BackLink>
        <Text c="dimmed" mt="xs">
          {office.name}
        </Text>
        <Title order={1}>{t('publicTracking.title')}</Title>
        <Text mt="xs">{t('publicTracking.intro')}</Text>
      </div>
      <form onSubmit={search} noValidate>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('publicTracking.ticketLabel')}
            placeholder={t('publicTracking.ticketPlaceholder')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={typedError}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            size="md"
            className="ticket-input"
            flex={1}
          />
          <Button type="submit" size="md" leftSection={<IconSearch size={18} aria-hidden />}>
            {t('publicTracking.submit')}
          </Button>
        </Group>
      </form>
      {ticket && <TrackingResult key={ticket} ticket={ticket} office={office} />}
      <RecentTickets currentTicket={ticket} />
      <div>
        <Button
          component={Link}
          to={`/${office.slug}/lapor`}
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
        >
          {t('publicTracking.newReport')}
        </Button>
      </div>
    </Stack>
  );
}
