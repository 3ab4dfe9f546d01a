import { Paper, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashedCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TServiceStandard } from '../../../domain/catalogue/standard';
import { CompletionTimeText } from './completion-time';
import { Fact } from './service-list-item';

/** Time, fee, product, division and channel: what a citizen asks first. */
export function FactsSection({ standard }: { standard: TServiceStandard }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="facts-heading" withBorder p="md" className="no-print">
      <Title order={2} id="facts-heading" size="h3">
        {t('publicCatalogue.standard.factsHeading')}
      </Title>
      <dl className="fact-list">
        <Fact label={t('publicCatalogue.fact.completionTime')}>
          <CompletionTimeText time={standard.completionTime} />
        </Fact>
        <Fact label={t('publicCatalogue.fact.fee')}>{standard.components.fee}</Fact>
        <Fact label={t('publicCatalogue.fact.product')}>{standard.components.product}</Fact>
        {standard.divisionName && (
          <Fact label={t('publicCatalogue.fact.division')}>{standard.divisionName}</Fact>
        )}
        {standard.channel && (
          <Fact label={t('publicCatalogue.fact.channel')}>
            {t(`publicCatalogue.channel.${standard.channel}`)}
          </Fact>
        )}
      </dl>
    </Paper>
  );
}

type TRequirementItem = TServiceStandard['requirementChecklist'][number];

/** The documents to bring: the mandatory ones, then those needed only in some cases, with that case. */
export function RequirementsSection({ items }: { items: TRequirementItem[] }) {
  const { t } = useTranslation();
  const mandatory = items.filter((item) => item.mandatory);
  const conditional = items.filter((item) => !item.mandatory);
  return (
    <section aria-labelledby="requirements-heading" className="no-print">
      <Title order={2} id="requirements-heading" size="h3">
        {t('publicCatalogue.standard.requirementsHeading')}
      </Title>
      {items.length === 0 ? (
        <Text mt="xs">{t('publicCatalogue.standard.noRequirements')}</Text>
      ) : (
        <>
          <Text mt={4} mb="sm">
            {t('publicCatalogue.standard.requirementsIntro')}
          </Text>
          {conditional.length > 0 && mandatory.length > 0 && (
            <Title order={3} size="h5" mb={6}>
              {t('publicCatalogue.standard.mandatoryHeading')}
            </Title>
          )}
          <RequirementList items={mandatory} />
          {conditional.length > 0 && (
            <>
              <Title order={3} size="h5" mt="md" mb={6}>
                {t('publicCatalogue.standard.conditionalHeading')}
              </Title>
              <RequirementList items={conditional} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function RequirementList({ items }: { items: TRequirementItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="requirement-list">
      {items.map((item) => (
        <li key={`${item.name}|${item.condition ?? ''}`}>
          {item.mandatory ? (
            <IconCircleCheck size={20} aria-hidden className="requirement-icon" />
          ) : (
            <IconCircleDashedCheck size={20} aria-hidden className="requirement-icon" />
          )}
          <div>
            <Text component="span" display="block">
              {item.name}
            </Text>
            {item.condition && (
              <Text component="span" display="block" size="sm" c="dimmed">
                {item.condition}
              </Text>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

type TWorkflowStep = TServiceStandard['steps'][number];

/** The procedure as numbered steps, each with who does it and how long it may take. */
export function StepsSection({ steps }: { steps: TWorkflowStep[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="steps-heading" className="no-print">
      <Title order={2} id="steps-heading" size="h3" mb="sm">
        {t('publicCatalogue.standard.stepsHeading')}
      </Title>
      <ol className="step-list">
        {steps.map((step, index) => (
          // Steps have no id of their own; their order is what identifies them.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is never reordered on screen
          <li key={index} className="step">
            <Text fw={600}>{step.name}</Text>
            {step.startWithin && (
              <Text size="sm" mt={2} className="step-start">
                {t('publicCatalogue.standard.stepStartWithin', { time: step.startWithin })}
              </Text>
            )}
            <dl className="step-meta">
              <StepMeta label={t('publicCatalogue.standard.stepActor')} value={step.actor} />
              <StepMeta label={t('publicCatalogue.standard.stepTime')} value={step.timeStandard} />
              <StepMeta label={t('publicCatalogue.standard.stepOutput')} value={step.output ?? null} />
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepMeta({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd className="preserve-lines">{value}</dd>
    </div>
  );
}

/** Where a decision splits the service: each path with what the citizen receives. */
export function BranchesSection({ branches }: { branches: TServiceStandard['branches'] }) {
  const { t } = useTranslation();
  if (branches.length === 0) return null;
  return (
    <section aria-labelledby="branches-heading" className="no-print">
      <Title order={2} id="branches-heading" size="h3">
        {t('publicCatalogue.standard.branchesHeading')}
      </Title>
      <Text mt={4} mb="sm">
        {t('publicCatalogue.standard.branchesIntro')}
      </Text>
      <ul className="branch-list">
        {branches.map((branch) => (
          <Paper component="li" key={branch.code} withBorder p="md">
            <Title order={3} size="h5">
              {branch.name}
            </Title>
            <Text mt={4} className="preserve-lines">
              {branch.description}
            </Text>
            {branch.products.length > 0 && (
              <>
                <Text fw={600} size="sm" mt="sm">
                  {t('publicCatalogue.standard.branchProducts')}
                </Text>
                <ul className="product-list">
                  {branch.products.map((product) => (
                    <li key={product}>{product}</li>
                  ))}
                </ul>
              </>
            )}
          </Paper>
        ))}
      </ul>
    </section>
  );
}
