import { Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePublicConfig } from './public-config';

/** A small strip on every page of a demo deployment, so nobody types real personal data into it. */
export function DemoBanner() {
  const config = usePublicConfig();
  const { t } = useTranslation();
  if (!config?.demoMode) return null;
  return (
    <div className="demo-banner">
      <IconFlask size={14} aria-hidden />
      <Text size="xs" fw={600} component="p">
        {t('demo.banner')}
      </Text>
    </div>
  );
}
