import { Alert, Button, Container } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageErrorBoundaryState {
  failed: boolean;
}

/**
 * Catches a page that fails to load or render — most often a lazy chunk lost on a weak connection,
 * or removed by a new release — and offers a reload instead of a blank screen.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PageErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('page failed to load or render', error);
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" variant="light" title={t('errors.pageTitle')}>
        {t('errors.page')}
        <div>
          <Button mt="sm" size="xs" variant="white" color="red" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
        </div>
      </Alert>
    </Container>
  );
}
