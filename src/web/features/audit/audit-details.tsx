import { Button, Code, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TAuditEntry } from '../../../domain/audit/schemas';

export function hasAuditDetails(entry: TAuditEntry): boolean {
  return entry.before !== null || entry.after !== null;
}

interface DetailsToggleProps {
  expanded: boolean;
  controls: string;
  onToggle: () => void;
}

export function DetailsToggle({ expanded, controls, onToggle }: DetailsToggleProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      aria-expanded={expanded}
      // Only point at the details while they exist.
      aria-controls={expanded ? controls : undefined}
      rightSection={
        expanded ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
      }
      onClick={onToggle}
    >
      {expanded ? t('audit.hideDetails') : t('audit.showDetails')}
    </Button>
  );
}

// Bookkeeping fields that change with every write and would hide what the person changed.
const BOOKKEEPING_FIELDS = new Set(['updatedAt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level fields whose value differs between before and after; empty unless both are objects. */
export function changedFields(
  before: unknown,
  after: unknown,
): { field: string; from: string; to: string }[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !BOOKKEEPING_FIELDS.has(field) && field in before)
    .map((field) => ({ field, from: JSON.stringify(before[field]), to: JSON.stringify(after[field]) }))
    .filter(({ from, to }) => from !== to);
}

/** What changed, then the full before and after as indented JSON, side by side where there is room. */
export function AuditDetails({ entry }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  const changes = changedFields(entry.before, entry.after);
  return (
    <Stack gap="sm">
      {changes.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('audit.changes')}
          </Text>
          <List size="sm" spacing={2}>
            {changes.map(({ field, from, to }) => (
              <List.Item key={field}>
                <Code>{field}</Code>: {from ?? t('audit.noValue')} → {to ?? t('audit.noValue')}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <JsonValue label={t('audit.before')} value={entry.before} />
        <JsonValue label={t('audit.after')} value={entry.after} />
      </SimpleGrid>
    </Stack>
  );
}

function JsonValue({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm">{t('audit.noValue')}</Text>
      ) : (
        // Focusable so keyboard users can scroll a long value.
        <Code block className="json-block" tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}
