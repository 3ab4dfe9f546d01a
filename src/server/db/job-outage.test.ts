import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEveryMinute } from '../jobs/every-minute';

describe('a minute job during a database outage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs the outage once, its end once, and other failures every time', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const log = {
      error: (_d: object, m: string) => lines.push(m),
      info: (_d: object, m: string) => lines.push(m),
    };
    const outcomes = ['down', 'down', 'down', 'ok', 'bug', 'ok'];
    const job = async () => {
      const outcome = outcomes.shift();
      if (outcome === 'down')
        throw new Error('Failed query', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });
      if (outcome === 'bug') throw new Error('column "x" does not exist');
    };
    const stop = runEveryMinute('deadline sweep', job, log);
    await vi.advanceTimersByTimeAsync(0);
    for (let minute = 0; minute < 5; minute += 1) await vi.advanceTimersByTimeAsync(60_000);
    stop();
    expect(lines).toEqual([
      'deadline sweep: database unavailable; trying again every minute',
      'deadline sweep: database reachable again',
      'deadline sweep failed',
    ]);
  });
});
