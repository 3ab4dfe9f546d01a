import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDivision } from '../office-settings/api';
import { BranchesEditor } from './branches-editor';
import { ChecklistEditor } from './checklist-editor';
import { ComponentsFields } from './components-fields';
import { IdentityFields } from './identity-fields';
import type { ServiceForm } from './service-form-values';
import { StepsEditor } from './steps-editor';

interface ServiceSectionsProps {
  form: ServiceForm;
  isNew: boolean;
  readOnly: boolean;
  divisions: TDivision[];
  currentDivisionName: string | null;
}

/** The parts of a standard, each a titled section: identity, 14 components, checklist, steps, branches. */
export function ServiceSections({
  form,
  isNew,
  readOnly,
  divisions,
  currentDivisionName,
}: ServiceSectionsProps) {
  return (
    <Stack gap="lg">
      <FormSection name="identity">
        <IdentityFields
          form={form}
          isNew={isNew}
          readOnly={readOnly}
          divisions={divisions}
          currentDivisionName={currentDivisionName}
        />
      </FormSection>
      <FormSection name="components">
        <ComponentsFields form={form} readOnly={readOnly} />
      </FormSection>
      <FormSection name="checklist">
        <ChecklistEditor form={form} readOnly={readOnly} />
      </FormSection>
      <FormSection name="steps">
        <StepsEditor form={form} readOnly={readOnly} />
      </FormSection>
      <FormSection name="branches">
        <BranchesEditor form={form} readOnly={readOnly} />
      </FormSection>
    </Stack>
  );
}

type SectionName = 'identity' | 'components' | 'checklist' | 'steps' | 'branches';

function FormSection({ name, children }: { name: SectionName; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `service-section-${name}`;
  const intro = name === 'identity' ? null : t(`catalogueAdmin.sectionIntros.${name}`);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t(`catalogueAdmin.sections.${name}`)}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      )}
      <Stack mt="md">{children}</Stack>
    </Paper>
  );
}
