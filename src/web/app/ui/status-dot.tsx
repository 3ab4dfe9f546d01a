import { Box, Group, Text } from '@mantine/core';

interface StatusDotProps {
  label: string;
  tone: 'ok' | 'off' | 'alert';
}

const TONE_COLOURS: Record<StatusDotProps['tone'], string> = {
  ok: 'var(--mantine-color-teal-7)',
  off: 'var(--mantine-color-gray-6)',
  alert: 'var(--mantine-color-red-8)',
};

/** A status in words with a coloured dot: the words carry the meaning, the dot only helps the eye. */
export function StatusDot({ label, tone }: StatusDotProps) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        w={8}
        h={8}
        style={{ borderRadius: '50%', background: TONE_COLOURS[tone], flexShrink: 0 }}
        aria-hidden
      />
      <Text size="sm" fw={tone === 'alert' ? 600 : 400}>
        {label}
      </Text>
    </Group>
  );
}
