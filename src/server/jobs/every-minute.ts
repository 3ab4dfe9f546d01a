import { isDatabaseUnavailable, unavailableReason } from '../db/availability';
import { recordJobRun } from '../metrics/jobs';

export interface JobLog {
  error: (details: object, message: string) => void;
  info?: (details: object, message: string) => void;
}

/**
 * Runs a background job now and then every minute, never twice at once in this process (a slow run
 * is not overtaken by the next); several instances are kept apart by the job's own advisory lock.
 * While the database is away the job says so once, and once more when a run succeeds again, rather
 * than every minute. Returns the function that stops it.
 */
export function runEveryMinute(name: string, job: () => Promise<unknown>, log: JobLog): () => void {
  let running = false;
  let inOutage = false;
  const run = () => {
    if (running) return;
    running = true;
    job()
      .then(() => {
        recordJobRun(name, true);
        if (inOutage) log.info?.({}, `${name}: database reachable again`);
        inOutage = false;
      })
      .catch((error: unknown) => {
        recordJobRun(name, false);
        if (!isDatabaseUnavailable(error)) return log.error({ err: error }, `${name} failed`);
        if (!inOutage) {
          log.error(
            { reason: unavailableReason(error) },
            `${name}: database unavailable; trying again every minute`,
          );
        }
        inOutage = true;
      })
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(run, 60_000);
  timer.unref();
  setImmediate(run);
  return () => clearInterval(timer);
}
