import {
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Switch,
  Text,
} from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../domain/catalogue/constants';
import { PPKS_CATEGORIES } from '../../../domain/intake/ppks';
import { CASE_STATUSES } from '../../../domain/intake/report';
import { useApiQuery } from '../../api/use-api-query';
import { useIsWide } from '../../app/ui/use-is-wide';
import { fetchServices } from '../catalogue-admin/api';
import { fetchDistrictUnits } from '../district-units/api';
import { fetchAssignees } from './api';
import { DUE_FILTERS, EMPTY_INBOX_FILTERS, hasNarrowingFilters, type InboxFilters } from './inbox-query';

interface InboxFiltersProps {
  filters: InboxFilters;
  /** Only the filters changed: the page lays them over the address as it stands at that moment. */
  onChange: (changed: Partial<InboxFilters>) => void;
}

type Option = { value: string; label: string };

function withAny(label: string, options: Option[]): Option[] {
  return [{ value: '', label }, ...options];
}

function staticOptions(t: TFunction) {
  return {
    status: withAny(
      t('cases.inbox.anyStatus'),
      CASE_STATUSES.map((status) => ({ value: status, label: t(`cases.status.${status}`) })),
    ),
    channel: withAny(
      t('cases.inbox.anyChannel'),
      CHANNELS.map((channel) => ({ value: channel, label: t(`cases.channels.${channel}`) })),
    ),
    ppks: withAny(
      t('cases.inbox.anyPpks'),
      PPKS_CATEGORIES.map((category) => ({ value: category.code, label: category.name })),
    ),
    due: withAny(t('cases.inbox.anyDue'), [
      { value: DUE_FILTERS[0], label: t('cases.inbox.dueSoon') },
      { value: DUE_FILTERS[1], label: t('cases.inbox.dueOverdue') },
    ]),
  };
}

/** The office's services and districts, for their filters; a failed list leaves just "any". */
function useReferenceOptions(t: TFunction) {
  const services = useApiQuery('catalogue-services', fetchServices);
  const districts = useApiQuery('district-units', fetchDistrictUnits);
  return {
    service: withAny(
      t('cases.inbox.anyService'),
      (services.data?.items ?? []).map((service) => ({ value: service.code, label: service.name })),
    ),
    district: withAny(
      t('cases.inbox.anyDistrict'),
      (districts.data?.items ?? []).map((unit) => ({ value: unit.districtCode, label: unit.districtName })),
    ),
  };
}

/**
 * Status, open only, service, channel, PPKS category, district, assignee and due time. Each change
 * applies at once (the address changes, the list reloads); on a phone the panel starts folded.
 */
export function InboxFiltersPanel({ filters, onChange }: InboxFiltersProps) {
  const { t } = useTranslation();
  const isWide = useIsWide();
  const set = <K extends keyof InboxFilters>(field: K, value: InboxFilters[K]) =>
    onChange({ [field]: value });
  const narrowed = hasNarrowingFilters(filters);

  return (
    <Paper withBorder p="md">
      <details open={isWide || narrowed}>
        <summary className="filters-summary">{t('cases.inbox.filtersHeading')}</summary>
        <FilterSelects filters={filters} set={set} />
        <Group mt="md" gap="lg" align="flex-end">
          <AssigneeFilter value={filters.assignee} onChange={(value) => set('assignee', value)} />
          <Switch
            label={t('cases.inbox.openOnly')}
            checked={filters.status === '' && filters.openOnly}
            disabled={filters.status !== ''}
            onChange={(event) => set('openOnly', event.currentTarget.checked)}
            mb={6}
          />
        </Group>
        {narrowed && (
          <Button
            mt="md"
            variant="default"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => onChange({ ...EMPTY_INBOX_FILTERS, q: filters.q })}
          >
            {t('cases.inbox.reset')}
          </Button>
        )}
      </details>
    </Paper>
  );
}

type SetFilter = <K extends keyof InboxFilters>(field: K, value: InboxFilters[K]) => void;

/** The six lists: native selects, which a cheap phone shows as its own picker. */
function FilterSelects({ filters, set }: { filters: InboxFilters; set: SetFilter }) {
  const { t } = useTranslation();
  const options = { ...staticOptions(t), ...useReferenceOptions(t) };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mt="sm">
      <NativeSelect
        label={t('cases.inbox.status')}
        data={options.status}
        value={filters.status}
        onChange={(event) => set('status', event.currentTarget.value as InboxFilters['status'])}
      />
      <NativeSelect
        label={t('cases.inbox.service')}
        data={options.service}
        value={filters.serviceCode}
        onChange={(event) => set('serviceCode', event.currentTarget.value)}
      />
      <NativeSelect
        label={t('cases.inbox.channel')}
        data={options.channel}
        value={filters.channel}
        onChange={(event) => set('channel', event.currentTarget.value as InboxFilters['channel'])}
      />
      <NativeSelect
        label={t('cases.inbox.ppks')}
        data={options.ppks}
        value={filters.ppksCategory}
        onChange={(event) => set('ppksCategory', event.currentTarget.value)}
      />
      <NativeSelect
        label={t('cases.inbox.district')}
        data={options.district}
        value={filters.districtCode}
        onChange={(event) => set('districtCode', event.currentTarget.value)}
      />
      <NativeSelect
        label={t('cases.inbox.due')}
        data={options.due}
        value={filters.due}
        onChange={(event) => set('due', event.currentTarget.value as InboxFilters['due'])}
      />
    </SimpleGrid>
  );
}

const QUICK_ASSIGNEES = ['', 'me', 'none'] as const;

/** Everyone's, mine, nobody's; an officer picked on the workload board shows as a removable chip. */
function AssigneeFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const isOfficer = !(QUICK_ASSIGNEES as readonly string[]).includes(value);
  const labels = {
    '': t('cases.inbox.assigneeAll'),
    me: t('cases.inbox.assigneeMe'),
    none: t('cases.inbox.assigneeNone'),
  };
  return (
    <div>
      <Text id="inbox-assignee-label" fw={500} size="sm" mb={4}>
        {t('cases.inbox.assignee')}
      </Text>
      {isOfficer ? (
        <OfficerChip userId={value} onRemove={() => onChange('')} />
      ) : (
        <SegmentedControl
          aria-labelledby="inbox-assignee-label"
          data={QUICK_ASSIGNEES.map((quick) => ({
            value: quick === '' ? 'all' : quick,
            label: labels[quick],
          }))}
          value={value === '' ? 'all' : value}
          onChange={(next) => onChange(next === 'all' ? '' : next)}
        />
      )}
    </div>
  );
}

function OfficerChip({ userId, onRemove }: { userId: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const assignees = useApiQuery('case-assignees', fetchAssignees);
  const name = assignees.data?.officers.find((officer) => officer.userId === userId)?.name ?? userId;
  return (
    <Group gap={4} className="officer-chip" wrap="nowrap">
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <CloseButton size="sm" aria-label={t('cases.inbox.removeOfficer', { name })} onClick={onRemove} />
    </Group>
  );
}
