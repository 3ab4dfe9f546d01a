import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Grid.css';
import { Alert, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRegistryImport } from '../../../domain/registry/schemas';
import { toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { fetchImport, fetchImports } from './api';
import { ImportForm } from './import-form';
import { ImportErrors, ImportHistory } from './import-tables';

const POLL_MS = 700;

type Progressing = { phase: 'upload'; fraction: number } | { phase: 'job'; job: TRegistryImport };

/** Polls a running import until it is done or failed. */
function useImportJob(onFinished: () => void) {
  const [state, setState] = useState<Progressing | null>(null);
  const job = state?.phase === 'job' ? state.job : null;
  const running = job?.status === 'running';
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new poll starts for each new reading of the job
  useEffect(() => {
    if (!job || !running) {
      if (job) onFinished();
      return;
    }
    const timer = setTimeout(() => {
      fetchImport(job.id).then(
        (next) => setState({ phase: 'job', job: next }),
        (error: unknown) =>
          setState({ phase: 'job', job: { ...job, status: 'failed', message: toApiError(error).message } }),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);
  return { state, setState };
}

function ImportProgress({ state }: { state: Progressing }) {
  const { t } = useTranslation();
  const fraction =
    state.phase === 'upload' ? state.fraction : state.job.bytesRead / Math.max(1, state.job.bytesTotal);
  const percent = Math.round(fraction * 100);
  const job = state.phase === 'job' ? state.job : null;
  if (job?.status === 'done')
    return (
      <Alert color="teal" variant="light" role="status">
        {t('registry.import.done', {
          rows: job.rowsRead,
          inserted: job.inserted,
          updated: job.updated,
          failed: job.failed,
        })}
      </Alert>
    );
  if (job?.status === 'failed')
    return (
      <Alert color="red" variant="light" role="alert">
        {t('registry.import.failed', { message: job.message ?? '' })}
      </Alert>
    );
  const label =
    state.phase === 'upload'
      ? t('registry.import.uploading', { percent })
      : t('registry.import.processing', { percent });
  return (
    <Stack gap={4}>
      <Progress value={percent} size="lg" animated aria-label={t('registry.import.progressLabel')} />
      <Text size="sm" role="status">
        {label}
        {job &&
          ` · ${t('registry.import.done', { rows: job.rowsRead, inserted: job.inserted, updated: job.updated, failed: job.failed })}`}
      </Text>
    </Stack>
  );
}

/** `/staff/registry-import`: the administrator loads a registry export and follows it to the end. */
export default function RegistryImportPage() {
  const { t } = useTranslation();
  const imports = useApiQuery('registry-imports', fetchImports);
  const [errorsOf, setErrorsOf] = useState<string | null>(null);
  const { state, setState } = useImportJob(() => imports.reload());
  const job = state?.phase === 'job' ? state.job : null;
  const busy = state?.phase === 'upload' || job?.status === 'running';

  return (
    <Stack gap="lg">
      <PageTitle>{t('registry.import.title')}</PageTitle>
      <div>
        <Title order={1}>{t('registry.import.title')}</Title>
        <Text c="dimmed">{t('registry.import.intro')}</Text>
        {imports.data && (
          <Text size="sm">{t('registry.import.members', { count: imports.data.members })}</Text>
        )}
      </div>
      <ImportForm
        busy={busy}
        onUploadProgress={(fraction) => setState({ phase: 'upload', fraction })}
        onFailed={() => setState(null)}
        onStarted={(started) => {
          setState({ phase: 'job', job: started });
          setErrorsOf(started.id);
        }}
      />
      {state && <ImportProgress state={state} />}
      {errorsOf && job?.status !== 'running' && <ImportErrors key={errorsOf} importId={errorsOf} />}
      <section aria-labelledby="import-history-heading">
        <Title order={2} size="h3" id="import-history-heading" mb="xs">
          {t('registry.import.historyHeading')}
        </Title>
        {imports.error && <ErrorAlert error={imports.error} onRetry={imports.reload} />}
        {!imports.data && imports.loading && <PageLoader />}
        {imports.data && <ImportHistory items={imports.data.items} onShowErrors={setErrorsOf} />}
      </section>
    </Stack>
  );
}
