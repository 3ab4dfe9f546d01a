import { Box, Group, SegmentedControl, Text } from '@mantine/core';
import { IconLock, IconSpeakerphone } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_EVENT_TYPES, type CaseEventType } from '../../../domain/cases/events';
import type { TCaseDetail } from '../../../domain/cases/views';
import { formatDateTime } from '../../app/format';
import { ToneBadge } from './badges';
import { CaseSection } from './case-section';
import {
  eventText,
  filterTimeline,
  TIMELINE_FILTERS,
  type TimelineEvent,
  type TimelineFilter,
} from './timeline-filter';

/** Events the background jobs write (deadline sweep, escalation), beside the case rules' own. */
const JOB_EVENT_TYPES = [
  'sla_warning',
  'sla_breached',
  'step_breached',
  'visit_overdue',
  'escalated',
] as const;

function eventTitle(t: TFunction, type: string): string {
  if ((CASE_EVENT_TYPES as readonly string[]).includes(type))
    return t(`cases.timeline.events.${type as CaseEventType}`);
  if ((JOB_EVENT_TYPES as readonly string[]).includes(type))
    return t(`cases.timeline.events.${type as (typeof JOB_EVENT_TYPES)[number]}`);
  return type === 'created' ? t('cases.timeline.events.created') : t('cases.timeline.events.other');
}

/**
 * The case's history: what the reporter reads (public) and what stays with staff (internal) look
 * apart, and a filter shows one or the other.
 */
export function TimelinePanel({ detail, timeZone }: { detail: TCaseDetail; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const events = filterTimeline(detail.timeline, filter);
  return (
    <CaseSection id="case-timeline" title={t('cases.detail.sections.timeline')}>
      <Text id="timeline-filter-label" size="sm" fw={500} mb={4}>
        {t('cases.timeline.filterLabel')}
      </Text>
      <SegmentedControl
        aria-labelledby="timeline-filter-label"
        data={TIMELINE_FILTERS.map((value) => ({ value, label: t(`cases.timeline.${value}`) }))}
        value={filter}
        onChange={(value) => setFilter(TIMELINE_FILTERS.find((known) => known === value) ?? 'all')}
        fullWidth
        maw={480}
        mb="sm"
      />
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.timeline.empty')}
        </Text>
      ) : (
        <Box component="ol" className="case-timeline">
          {events.map(({ event, seq }) => (
            <TimelineEntry key={seq} event={event} timeZone={timeZone} />
          ))}
        </Box>
      )}
    </CaseSection>
  );
}

function TimelineEntry({ event, timeZone }: { event: TimelineEvent; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const text = eventText(event);
  return (
    <li className={event.public ? 'timeline-public' : 'timeline-internal'}>
      <Group gap="xs" justify="space-between" align="flex-start">
        <Text fw={700} size="sm">
          {eventTitle(t, event.type)}
        </Text>
        {event.public ? (
          <ToneBadge size="sm" color="blue" leftSection={<IconSpeakerphone size={12} aria-hidden />}>
            {t('cases.timeline.publicBadge')}
          </ToneBadge>
        ) : (
          <ToneBadge size="sm" color="yellow" leftSection={<IconLock size={12} aria-hidden />}>
            {t('cases.timeline.internalBadge')}
          </ToneBadge>
        )}
      </Group>
      {text && (
        <Text size="sm" className="timeline-text">
          {text}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(event.at, timeZone)} ·{' '}
        {t('cases.timeline.by', { name: event.actor ?? t('cases.timeline.system') })}
      </Text>
    </li>
  );
}
