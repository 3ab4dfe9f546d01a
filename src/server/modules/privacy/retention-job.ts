import type { DatabaseHandle } from '../../db/client';
import type { JobLog } from '../../jobs/every-minute';
import type { FileStorage } from '../../storage/file-storage';
import { applyRetention } from './retention';

const HOUR_MS = 60 * 60_000;

/**
 * Applies the retention periods every hour (the first run a minute after start, so a restart does not
 * wait an hour and the start is not slowed). Returns the function that stops it.
 */
export function startRetentionJob(handle: DatabaseHandle, storage: FileStorage, log: JobLog): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    applyRetention(handle, storage, new Date())
      .then((done) => {
        if (done.cases || done.registryChecks || done.notices || done.sessions)
          log.info?.(done, 'retention applied');
        if (done.filesNotRemoved) log.error({ files: done.filesNotRemoved }, 'retention: files not removed');
      })
      .catch((error: unknown) => log.error({ err: error }, 'retention failed'))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, HOUR_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
