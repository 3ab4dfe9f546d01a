import { Counter, Gauge, Registry } from 'prom-client';

/**
 * The background jobs of this process (deadline sweep, escalation, dashboard refresh, outbox
 * worker): when each last finished, and how often it failed. Process-wide, like the jobs.
 */
export const jobRegistry = new Registry();

const lastRun = new Gauge({
  name: 'background_job_last_run_seconds',
  help: 'Unix time a background job last finished, per job',
  labelNames: ['job'] as const,
  registers: [jobRegistry],
});
const failures = new Counter({
  name: 'background_job_failures_total',
  help: 'Runs of a background job that failed',
  labelNames: ['job'] as const,
  registers: [jobRegistry],
});

/** Called by a job runner after each run (runEveryMinute). */
export function recordJobRun(job: string, ok: boolean, at: Date = new Date()): void {
  lastRun.set({ job }, at.getTime() / 1000);
  if (!ok) failures.inc({ job });
  else failures.inc({ job }, 0);
}
