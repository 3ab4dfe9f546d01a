import { Alert, Paper, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageErrorBoundary } from '../../app/ui/page-error-boundary';
import { PageLoader } from '../../app/ui/page-loader';

// The form is a chunk of its own: loaded only when a reporter opens the section.
const StopNoticesForm = lazy(() => import('./stop-notices-form'));

/** Where a notice's "no more messages?" link lands (`…/lacak?tiket=…#berhenti`, compose.ts). */
export const STOP_ANCHOR = 'berhenti';

/**
 * "Berhenti menerima pesan": folded by default under the case, open when a notice's link leads
 * here. Opened, the reporter proves it is them with the phone they reported with, and the office
 * sends them no more notices.
 */
export function StopNoticesSection({ ticket, officeName }: { ticket: string; officeName: string }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const linked = hash === `#${STOP_ANCHOR}`;
  const [opened, setOpened] = useState(linked);
  const [stopped, setStopped] = useState(false);
  const section = useRef<HTMLElement>(null);
  const done = useRef<HTMLDivElement>(null);
  // The section appears after the tracking view loads, too late for the browser's own jump.
  // biome-ignore lint/correctness/useExhaustiveDependencies: jumps once, when the section first shows
  useEffect(() => {
    if (linked) section.current?.scrollIntoView();
  }, []);
  // The form (and its focused button) is gone: the confirmation takes the focus, and is read out.
  useEffect(() => {
    if (stopped) done.current?.focus();
  }, [stopped]);

  return (
    <Paper
      component="section"
      ref={section}
      id={STOP_ANCHOR}
      aria-labelledby="stop-heading"
      withBorder
      p="sm"
      mt="md"
      className="stop-box"
    >
      {stopped ? (
        <>
          <Text id="stop-heading" fw={700}>
            {t('publicTracking.stop.summary')}
          </Text>
          <Alert
            ref={done}
            tabIndex={-1}
            color="teal"
            variant="light"
            mt="xs"
            icon={<IconCircleCheck aria-hidden />}
          >
            {t('publicTracking.stop.done', { office: officeName })}
          </Alert>
        </>
      ) : (
        <details open={opened} onToggle={(event) => setOpened(event.currentTarget.open)}>
          <summary id="stop-heading" className="stop-summary">
            {t('publicTracking.stop.summary')}
          </summary>
          <Text size="sm" mt="xs">
            {t('publicTracking.stop.intro', { office: officeName })}
          </Text>
          {opened && (
            <PageErrorBoundary>
              <Suspense fallback={<PageLoader />}>
                <StopNoticesForm ticket={ticket} onStopped={() => setStopped(true)} />
              </Suspense>
            </PageErrorBoundary>
          )}
        </details>
      )}
    </Paper>
  );
}
