import '@mantine/core/styles/Grid.css';
import { Box, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileDownload, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGuestBookEntry } from '../../../domain/intake/staff-intake';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { fetchGuestBook } from './api';
import { formatToday } from './format-time';
import { GuestForm } from './guest-form';
import { GuestList } from './guest-list';
import { blankComplaintFormUrl } from './links';

/** `/staff/guest-book`: the front desk's record of today's visitors, and the way from a visitor to a report. */
export default function GuestBookPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone();
  const guestBook = useApiQuery('guest-book', fetchGuestBook);
  const [lastAddedId, setLastAddedId] = useState<string | null>(null);

  const handleAdded = (entry: TGuestBookEntry) => {
    guestBook.setData((current) => ({
      items: [entry, ...(current?.items ?? []).filter((item) => item.id !== entry.id)],
    }));
    setLastAddedId(entry.id);
  };

  return (
    <Stack gap="lg">
      <PageTitle>{t('guestBook.title')}</PageTitle>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Box miw={0} style={{ flex: '1 1 20rem' }}>
          <Title order={1}>{t('guestBook.title')}</Title>
          <Text c="dimmed">{t('guestBook.intro', { office: user.office.name })}</Text>
        </Box>
        <BlankFormLink officeSlug={user.office.slug} />
      </Group>

      <GuestForm timeZone={timeZone} onAdded={handleAdded} />

      <section aria-labelledby="guest-list-heading">
        <Group justify="space-between" align="center" gap="xs" mb="xs">
          <div>
            <Title order={2} size="h3" id="guest-list-heading">
              {t('guestBook.listHeading')}
            </Title>
            <Text size="sm" c="dimmed">
              {formatToday(new Date(), timeZone)}
              {guestBook.data && ` · ${t('guestBook.count', { count: guestBook.data.items.length })}`}
            </Text>
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={guestBook.loading && guestBook.data !== undefined}
            onClick={guestBook.reload}
          >
            {t('guestBook.reload')}
          </Button>
        </Group>
        {guestBook.error && <ErrorAlert error={guestBook.error} onRetry={guestBook.reload} />}
        {!guestBook.data && guestBook.loading && <PageLoader />}
        {guestBook.data &&
          (guestBook.data.items.length === 0 ? (
            <Text>{t('guestBook.empty')}</Text>
          ) : (
            <GuestList
              entries={guestBook.data.items}
              timeZone={timeZone}
              officeSlug={user.office.slug}
              highlightId={lastAddedId}
            />
          ))}
      </section>
    </Stack>
  );
}

/** The blank Lampiran 1 form, for visitors who write their own and for outreach visits. */
function BlankFormLink({ officeSlug }: { officeSlug: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-end">
      <Button
        component="a"
        href={blankComplaintFormUrl(officeSlug)}
        target="_blank"
        rel="noopener"
        variant="default"
        leftSection={<IconFileDownload size={18} aria-hidden />}
        aria-describedby="blank-form-hint"
      >
        {t('guestBook.blankForm')}
        <VisuallyHidden> {t('guestBook.newTab')}</VisuallyHidden>
      </Button>
      <Text size="xs" c="dimmed" id="blank-form-hint" ta="right">
        {t('guestBook.blankFormHint')}
      </Text>
    </Stack>
  );
}
