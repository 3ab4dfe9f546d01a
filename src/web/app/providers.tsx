import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TPublicConfig } from '../../domain/system/schemas';
import { PublicConfigProvider } from './public-config';
import { cssVariablesResolver, theme } from './theme';

interface ProvidersProps {
  config: TPublicConfig | undefined;
  pendingConfig: Promise<TPublicConfig | undefined>;
  children: ReactNode;
}

export function Providers({ config, pendingConfig, children }: ProvidersProps) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <PublicConfigProvider initial={config} pending={pendingConfig}>
        {children}
      </PublicConfigProvider>
    </MantineProvider>
  );
}
