import { Alert, Paper, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { TTrackingView } from '../../../domain/intake/report';
import { NOTICE_LINK_PARAM, SURVEY_ANCHOR } from '../../../domain/survey/offer';
import { PageErrorBoundary } from '../../app/ui/page-error-boundary';
import { PageLoader } from '../../app/ui/page-loader';

// The questionnaire is a chunk of its own: a case still running never downloads it.
const SurveyForm = lazy(() => import('./survey-form'));

/**
 * The satisfaction survey of an ended case (`#survei`, where the closing notice's link lands):
 * the questionnaire while unanswered, a thank-you once answered, nothing while the case runs.
 */
export function SurveySection({
  view,
  onAnswered,
}: {
  view: TTrackingView;
  onAnswered: (view: TTrackingView) => void;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const [justAnswered, setJustAnswered] = useState(false);
  const via = params.get(NOTICE_LINK_PARAM.name) === NOTICE_LINK_PARAM.value ? 'notice_link' : 'tracking';
  // The section appears after the tracking view (and the form after its chunk) loads, too late for
  // the browser's own jump to #survei: jump once the form is there, so the page is tall enough.
  const jumped = useRef(false);
  const jumpHere = () => {
    if (jumped.current || hash !== `#${SURVEY_ANCHOR}`) return;
    jumped.current = true;
    section.current?.scrollIntoView();
  };
  const answered = view.survey === 'answered';
  // biome-ignore lint/correctness/useExhaustiveDependencies: jumps once, when the answered notice first shows
  useEffect(() => {
    if (answered) jumpHere();
  }, [answered]);

  if (view.survey === 'unavailable') return null;
  return (
    <Paper
      component="section"
      ref={section}
      id={SURVEY_ANCHOR}
      aria-labelledby="survey-heading"
      withBorder
      p="sm"
      mt="md"
      className="survey-box"
    >
      <Title order={3} size="h4" id="survey-heading">
        {t('publicTracking.survey.heading')}
      </Title>
      {view.survey === 'answered' ? (
        <Alert color="teal" variant="light" mt="xs" icon={<IconCircleCheck aria-hidden />}>
          {t(justAnswered ? 'publicTracking.survey.thanks' : 'publicTracking.survey.answered')}
        </Alert>
      ) : (
        <>
          <Text size="sm" mt={4}>
            {t('publicTracking.survey.intro')}
          </Text>
          <PageErrorBoundary>
            <Suspense fallback={<PageLoader />}>
              <SurveyForm
                ticket={view.ticket}
                via={via}
                onShown={jumpHere}
                onAnswered={(next) => {
                  setJustAnswered(true);
                  onAnswered(next);
                }}
              />
            </Suspense>
          </PageErrorBoundary>
        </>
      )}
    </Paper>
  );
}
