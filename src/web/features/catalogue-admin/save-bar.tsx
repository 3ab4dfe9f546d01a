import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SaveBarProps {
  isNew: boolean;
  submitting: boolean;
  /** The last try failed the checks: say so where the button is. */
  invalid: boolean;
  notice: string | null;
  onReset: () => void;
}

/** Stays at the bottom of the screen while the long form scrolls: what saving does, and the buttons. */
export function SaveBar({ isNew, submitting, invalid, notice, onReset }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 5 }}
      bg="var(--mantine-color-body)"
    >
      <Stack gap="xs">
        <div aria-live="polite">
          {invalid && (
            <Text size="sm" fw={600} c="var(--mantine-color-error)">
              {t('catalogueAdmin.editor.checkFields')}
            </Text>
          )}
          {!invalid && notice && (
            <Text size="sm" fw={600} c="teal.9">
              {notice}
            </Text>
          )}
        </div>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" maw={520}>
            {isNew ? t('catalogueAdmin.editor.newNote') : t('catalogueAdmin.editor.versionNote')}
          </Text>
          <Group gap="sm" ml="auto">
            <Button variant="default" onClick={onReset}>
              {t('catalogueAdmin.editor.resetChanges')}
            </Button>
            <Button
              type="submit"
              loading={submitting}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {isNew ? t('catalogueAdmin.editor.create') : t('catalogueAdmin.editor.saveVersion')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
