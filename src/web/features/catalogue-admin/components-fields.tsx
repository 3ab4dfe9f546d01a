import { Alert, Badge, Box, Button, Group, Stack, Textarea } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STANDARD_COMPONENTS, type StandardComponent } from '../../../domain/catalogue/schemas';
import { CompletionTimeReading } from './completion-time-reading';
import type { ServiceForm } from './service-form-values';

interface ComponentsFieldsProps {
  form: ServiceForm;
  readOnly: boolean;
}

/** The 14 components as text areas; those filled from another office carry a "to confirm" badge. */
export function ComponentsFields({ form, readOnly }: ComponentsFieldsProps) {
  const { t } = useTranslation();
  const toConfirm = form.getValues().toConfirm;
  return (
    <Stack gap="md">
      {toConfirm.length > 0 && (
        <Alert variant="light" color="yellow" icon={<IconAlertCircle aria-hidden />}>
          {t('catalogueAdmin.toConfirm.summary', { count: toConfirm.length })}
        </Alert>
      )}
      {STANDARD_COMPONENTS.map((component) => (
        <ComponentField
          key={component}
          form={form}
          component={component}
          needsConfirmation={toConfirm.includes(component)}
          readOnly={readOnly}
        />
      ))}
    </Stack>
  );
}

interface ComponentFieldProps {
  form: ServiceForm;
  component: StandardComponent;
  needsConfirmation: boolean;
  readOnly: boolean;
}

function ComponentField({ form, component, needsConfirmation, readOnly }: ComponentFieldProps) {
  const { t } = useTranslation();
  const path = `components.${component}` as const;
  const label = t(`catalogueAdmin.components.${component}`);
  const isCompletionTime = component === 'completionTime';
  const hasError = Boolean(form.errors[path]);
  const clear = () =>
    form.setFieldValue(
      'toConfirm',
      form.getValues().toConfirm.filter((item) => item !== component),
    );

  return (
    <Box>
      <Textarea
        label={
          <>
            {label}
            {needsConfirmation && (
              <Badge ml="xs" variant="light" color="yellow" c="dark.8" radius="sm" tt="none">
                {t('catalogueAdmin.toConfirm.badge')}
              </Badge>
            )}
          </>
        }
        required
        autosize
        minRows={isCompletionTime ? 1 : 2}
        maxRows={14}
        inputWrapperOrder={isCompletionTime ? ['label', 'input', 'description', 'error'] : undefined}
        description={
          isCompletionTime ? (
            <>
              {!hasError && <CompletionTimeReading text={form.getValues().components.completionTime} />}
              <Box component="span" display="block">
                {t('catalogueAdmin.completionTimeHint')}
              </Box>
            </>
          ) : undefined
        }
        {...form.getInputProps(path)}
      />
      {needsConfirmation && !readOnly && (
        <Group justify="flex-end" mt={4}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconCheck size={14} aria-hidden />}
            aria-label={t('catalogueAdmin.toConfirm.clearFor', { component: label })}
            onClick={clear}
          >
            {t('catalogueAdmin.toConfirm.clear')}
          </Button>
        </Group>
      )}
    </Box>
  );
}
