import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  databaseAddress,
  isDatabaseNotReadyAtStart,
  isDatabaseUnavailable,
  oncePerOutage,
  untilDatabaseAnswers,
} from './availability';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database availability', () => {
  it('backs off 1, 2, 4, 8, 16 s, then stays at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20, 1000].map(backoffDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000,
    ]);
  });

  it('tells connection failures from failed queries, also when Drizzle wraps them', () => {
    expect(isDatabaseUnavailable(coded('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(coded('57P01', 'terminating connection due to administrator command'))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(coded('08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: coded('ECONNRESET') }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new AggregateError([coded('ECONNREFUSED')]))).toBe(true);
    expect(isDatabaseUnavailable(coded('23505', 'duplicate key'))).toBe(false);
    expect(isDatabaseUnavailable(coded('42601', 'syntax error'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    // Authentication that fails while the server is still being set up: waited for at start only.
    expect(isDatabaseUnavailable(coded('28P01'))).toBe(false);
    expect(isDatabaseNotReadyAtStart(coded('28P01'))).toBe(true);
  });

  it('names the host and port of a URL, never its password', () => {
    expect(databaseAddress('postgres://app:rahasia@db.internal:6543/satu')).toBe('db.internal:6543');
    expect(databaseAddress('postgres://app@127.0.0.1/satu')).toBe('127.0.0.1:5432');
  });

  it('retries with one line per attempt and the backoff, then returns', async () => {
    const lines: string[] = [];
    const waits: number[] = [];
    let calls = 0;
    const value = await untilDatabaseAnswers(
      async () => {
        calls += 1;
        if (calls === 4) return 'open';
        throw calls === 3 ? coded('57P03', 'the database system is starting up') : coded('ECONNREFUSED');
      },
      {
        address: '127.0.0.1:5432',
        log: (line) => lines.push(line),
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(value).toBe('open');
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(lines).toEqual([
      'database not reachable at 127.0.0.1:5432 (ECONNREFUSED); retrying in 1 s',
      'database not reachable at 127.0.0.1:5432 (ECONNREFUSED); retrying in 2 s',
      'database not reachable at 127.0.0.1:5432 (57P03); retrying in 4 s',
    ]);
  });

  it('does not retry an error that is not about reaching the database', async () => {
    const lines: string[] = [];
    await expect(
      untilDatabaseAnswers(
        async () => {
          throw coded('42P01', 'relation "cases" does not exist');
        },
        { address: 'x', log: (line) => lines.push(line), sleep: async () => {} },
      ),
    ).rejects.toThrow('relation "cases" does not exist');
    expect(lines).toEqual([]);
  });

  it("reports a polling job's outage once, and again after it ran quietly", () => {
    const logged: string[] = [];
    let clock = 0;
    const log = oncePerOutage(
      { error: (_d: object, m: string) => logged.push(m), info: () => {} },
      'notice delivery',
      10_000,
      () => clock,
    );
    for (let second = 0; second < 60; second += 1) {
      clock = second * 1000;
      log.error({ err: coded('ECONNREFUSED') }, 'notice delivery failed');
    }
    log.error({ err: new Error('template missing') }, 'notice delivery failed');
    clock = 120_000;
    log.error({ err: coded('ECONNREFUSED') }, 'notice delivery failed');
    expect(logged).toEqual([
      'notice delivery: database unavailable; retrying quietly until it answers',
      'notice delivery failed',
      'notice delivery: database unavailable; retrying quietly until it answers',
    ]);
  });
});
