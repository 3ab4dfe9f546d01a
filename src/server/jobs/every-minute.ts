/**
 * Runs a background job now and then every minute, never twice at once in this process (a slow run
 * is not overtaken by the next); several instances are kept apart by the job's own advisory lock.
 * Returns the function that stops it.
 */
export function runEveryMinute(
  name: string,
  job: () => Promise<unknown>,
  log: { error: (details: object, message: string) => void },
): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => log.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(run, 60_000);
  timer.unref();
  setImmediate(run);
  return () => clearInterval(timer);
}
