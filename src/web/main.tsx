import { i18nReady } from './i18n';
import './app/mantine-styles';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './app/app-routes';
import { Providers } from './app/providers';
import { requestPublicConfig } from './app/public-config';
import { PageErrorBoundary } from './app/ui/page-error-boundary';

// Longest wait for /config before the first paint; past it the banner appears when the answer does.
const CONFIG_WAIT_MS = 1500;

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = rootElement;

const pendingConfig = requestPublicConfig();
// A staff address needs the staff chunk anyway: fetch it beside /config instead of after the first render.
if (window.location.pathname.startsWith('/staff')) void import('./app/staff/staff-app');

async function start(): Promise<void> {
  // The first paint already knows whether to show the demo banner, so the header does not jump.
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, CONFIG_WAIT_MS));
  const [config] = await Promise.all([Promise.race([pendingConfig, timeout]), i18nReady]);
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <Providers config={config} pendingConfig={pendingConfig}>
          <PageErrorBoundary>
            <AppRoutes />
          </PageErrorBoundary>
        </Providers>
      </StrictMode>,
    ),
  );
}

void start();
