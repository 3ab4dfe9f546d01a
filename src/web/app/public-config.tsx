import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { TPublicConfig } from '../../domain/system/schemas';
import { apiRequest } from '../api/client';

const PublicConfigContext = createContext<TPublicConfig | undefined>(undefined);

/**
 * Asks for /config once per visit (index.html preloads it, so it travels beside the JS); a failure is
 * logged and the app goes on without a demo banner rather than not at all.
 */
export function requestPublicConfig(): Promise<TPublicConfig | undefined> {
  return apiRequest<TPublicConfig>('/config').catch((error: unknown) => {
    console.error('could not load /api/v1/config', error);
    return undefined;
  });
}

interface PublicConfigProviderProps {
  /** The answer if it came before the first render. */
  initial: TPublicConfig | undefined;
  /** The request itself, for when it answers later. */
  pending: Promise<TPublicConfig | undefined>;
  children: ReactNode;
}

export function PublicConfigProvider({ initial, pending, children }: PublicConfigProviderProps) {
  const [config, setConfig] = useState(initial);
  useEffect(() => {
    if (config) return;
    let current = true;
    void pending.then((answer) => {
      if (current) setConfig(answer);
    });
    return () => {
      current = false;
    };
  }, [config, pending]);
  return <PublicConfigContext value={config}>{children}</PublicConfigContext>;
}

export function usePublicConfig(): TPublicConfig | undefined {
  return useContext(PublicConfigContext);
}
