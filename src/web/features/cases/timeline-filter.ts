import type { TCaseDetail } from '../../../domain/cases/views';

export type TimelineEvent = TCaseDetail['timeline'][number];
export const TIMELINE_FILTERS = ['all', 'public', 'internal'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

/** The events a filter shows, newest first, each with its place in the whole (append-only) timeline. */
export function filterTimeline(
  events: readonly TimelineEvent[],
  filter: TimelineFilter,
): { event: TimelineEvent; seq: number }[] {
  return events
    .map((event, seq) => ({ event, seq }))
    .filter(({ event }) => filter === 'all' || event.public === (filter === 'public'))
    .reverse();
}

/** What an internal event says: its message, else the note, reason or summary it carries. */
export function eventText(event: TimelineEvent): string | null {
  if (event.message) return event.message;
  for (const key of ['text', 'note', 'reason', 'summary', 'report']) {
    const value = event.data[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}
