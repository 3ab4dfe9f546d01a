import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Duration } from '../../../domain/catalogue/completion-time';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import { currentLocale } from '../../i18n';

type TCompletionTime = TServiceStandard['completionTime'];

/** A duration in the chosen language, e.g. "3 hari kerja" or "3 working days". */
function useFormatDuration(): (duration: Duration) => string {
  const { t } = useTranslation();
  return (duration) =>
    t(`publicCatalogue.duration.${duration.unit}`, {
      count: duration.amount,
      amount: new Intl.NumberFormat(currentLocale()).format(duration.amount),
    });
}

/** The structured reading of a completion time: "Target 3 hari kerja, paling lama 4 hari kerja". */
export function useCompletionReading(): (time: TCompletionTime) => string {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  return (time) => {
    if (time.kind === 'flexible') return t('publicCatalogue.completion.flexible');
    const target = formatDuration(time.target);
    const limit = formatDuration(time.limit);
    return target === limit
      ? t('publicCatalogue.completion.single', { limit })
      : t('publicCatalogue.completion.range', { target, limit });
  };
}

/** The document's own wording first, then what it means in plain terms. */
export function CompletionTimeText({ time }: { time: TCompletionTime }) {
  const reading = useCompletionReading();
  return (
    <>
      <Text component="span" display="block" className="preserve-lines">
        {time.text}
      </Text>
      <Text component="span" display="block" size="sm" c="dimmed" mt={2}>
        {reading(time)}
      </Text>
    </>
  );
}
