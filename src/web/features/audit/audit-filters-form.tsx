import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconFilter, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ZAuditQuery } from '../../../domain/audit/schemas';
import { useIsWide } from '../../app/ui/use-is-wide';
import { type AuditFilters, toAuditRequest } from './audit-query';

const validateQuery = schemaResolver(ZAuditQuery, { sync: true });

interface AuditFiltersFormProps {
  initialFilters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** Action (prefix), actor, data type and a date range in the office's time zone. */
export function AuditFiltersForm({ initialFilters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const isWide = useIsWide();
  const form = useForm<AuditFilters>({
    initialValues: initialFilters,
    validate: (values) => validateQuery(toAuditRequest(values, 1)),
  });
  const clear = () => {
    const empty: AuditFilters = { action: '', actor: '', targetType: '', from: '', to: '' };
    form.setValues(empty);
    form.clearErrors();
    onApply(empty);
  };

  return (
    <Paper withBorder p="md">
      {/* Open on wide screens or when a filter is set; on a phone it starts folded so the rows come first. */}
      <details open={isWide || hasFilters(initialFilters)}>
        <summary className="filters-summary">{t('audit.filtersHeading')}</summary>
        <form onSubmit={form.onSubmit(onApply)} noValidate>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" mt="sm">
            <TextInput
              label={t('audit.action')}
              description={t('audit.actionHint')}
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('action')}
            />
            <TextInput
              label={t('audit.actor')}
              description={t('audit.actorHint')}
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('actor')}
            />
            <TextInput
              label={t('audit.targetType')}
              description={t('audit.targetTypeHint')}
              autoCapitalize="none"
              spellCheck={false}
              {...form.getInputProps('targetType')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm" mt="sm" maw={{ md: '66%' }}>
            <TextInput type="date" label={t('audit.from')} {...form.getInputProps('from')} />
            <TextInput type="date" label={t('audit.to')} {...form.getInputProps('to')} />
          </SimpleGrid>
          <Group mt="md" gap="sm">
            <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
              {t('audit.apply')}
            </Button>
            <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clear}>
              {t('audit.reset')}
            </Button>
          </Group>
        </form>
      </details>
    </Paper>
  );
}

function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}
