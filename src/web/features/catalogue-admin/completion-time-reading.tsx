import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Duration, parseCompletionTime } from '../../../domain/catalogue/completion-time';

function sameDuration(a: Duration, b: Duration): boolean {
  return a.amount === b.amount && a.unit === b.unit;
}

/** How the deadline rules read a time text, as the admin types it: the reading, or why it cannot be read. */
export function CompletionTimeReading({ text }: { text: string }) {
  const { t } = useTranslation();
  if (text.trim() === '') return null;
  const parsed = parseCompletionTime(text);
  if (!parsed.ok) {
    return (
      <Text component="span" size="xs" c="var(--mantine-color-error)">
        {parsed.message}
      </Text>
    );
  }
  const time = parsed.value;
  const duration = (value: Duration) =>
    t(`catalogueAdmin.units.${value.unit}.${value.amount === 1 ? 'one' : 'other'}`, { count: value.amount });
  let reading: string;
  if (time.kind === 'flexible') reading = t('catalogueAdmin.reading.flexible');
  else if (sameDuration(time.target, time.limit))
    reading = t('catalogueAdmin.reading.single', { target: duration(time.target) });
  else
    reading = t('catalogueAdmin.reading.range', {
      target: duration(time.target),
      limit: duration(time.limit),
    });
  return (
    <Text component="span" size="xs" c="teal.9">
      {time.note ? t('catalogueAdmin.reading.note', { reading, note: time.note }) : reading}
    </Text>
  );
}
