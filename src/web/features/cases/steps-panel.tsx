import { Box, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../domain/auth/roles';
import type { TCaseDetail } from '../../../domain/cases/views';
import { formatDateTime } from '../../app/format';
import { ToneBadge } from './badges';
import { CaseSection } from './case-section';
import { hoursAndMinutes } from './durations';

type Step = TCaseDetail['steps'][number];

const STATE_COLOURS: Record<Step['state'], string> = { done: 'teal', current: 'blue', ahead: 'gray' };

/** "2 jam 5 menit kerja": the working time a step took. */
export function workingTimeText(t: TFunction, minutes: number): string {
  const split = hoursAndMinutes(minutes);
  if (split.hours === 0) return t('cases.steps.minutes', { minutes: split.minutes });
  if (split.minutes === 0) return t('cases.steps.hoursOnly', { hours: split.hours });
  return t('cases.steps.hours', split);
}

function actorText(t: TFunction, actor: string): string {
  if (isRole(actor)) return t(`roles.${actor}`);
  return actor === 'citizen' ? t('cases.steps.citizen') : actor;
}

/** The steps of the case's service standard, each with its time standard, the time taken and its due time. */
export function StepsPanel({ detail, timeZone }: { detail: TCaseDetail; timeZone: string | undefined }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="case-steps" title={t('cases.detail.sections.steps')}>
      {detail.steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.steps.empty')}
        </Text>
      ) : (
        <Box component="ol" className="case-steps">
          {detail.steps.map((step) => (
            <li
              key={step.index}
              data-state={step.state}
              aria-current={step.state === 'current' ? 'step' : undefined}
            >
              <StepLine step={step} timeZone={timeZone} />
            </li>
          ))}
        </Box>
      )}
    </CaseSection>
  );
}

function StepLine({ step, timeZone }: { step: Step; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const facts = [
    `${t('cases.steps.actor')}: ${actorText(t, step.actor)}`,
    `${t('cases.steps.timeStandard')}: ${step.timeStandard ?? t('cases.steps.noStandard')}`,
  ];
  if (step.minutesTaken !== null)
    facts.push(
      `${step.state === 'current' ? t('cases.steps.takenSoFar') : t('cases.steps.taken')}: ${workingTimeText(t, step.minutesTaken)}`,
    );
  if (step.dueAt && step.state !== 'done')
    facts.push(`${t('cases.steps.due')}: ${formatDateTime(step.dueAt, timeZone)}`);
  return (
    <>
      <Text fw={step.state === 'current' ? 700 : 500} size="sm">
        {step.index + 1}. {step.name}
      </Text>
      <Group gap={6} mt={4} align="flex-start" wrap="nowrap">
        <ToneBadge color={STATE_COLOURS[step.state]} filled={step.state === 'current'}>
          {t(`cases.steps.state.${step.state}`)}
        </ToneBadge>
        <Text size="xs" c="dimmed" miw={0}>
          {facts.join(' · ')}
        </Text>
      </Group>
    </>
  );
}
