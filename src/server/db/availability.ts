/**
 * Telling "the database is not there" apart from every other failure: such errors become 503s, a
 * retry with backoff at start, and one log line per outage in the background jobs.
 */

// Node's socket errors when the server is down, unreachable or cut the connection.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

// SQLSTATEs of a server that is going away or not ready: class 08 (connection exception) and these.
const SERVER_CODES = new Set([
  '57P01', // admin_shutdown: terminated by the administrator or a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up
  '53300', // too_many_connections
  '3D000', // the database does not exist (yet, or was dropped)
]);

// What node-postgres says in plain text when a connection dies or cannot be made in time.
const PG_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout/i;

// Only at start: a server whose roles are still being created answers "authentication failed" for a while.
const STARTUP_CODES = new Set(['28P01', '28000']);

interface CodedError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The error itself and its causes (Drizzle wraps the driver's error in `cause`). */
function chain(error: unknown): CodedError[] {
  const out: CodedError[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && out.length < 5) {
    out.push(current as CodedError);
    if (current instanceof AggregateError && current.errors[0]) current = current.errors[0];
    else current = (current as CodedError).cause;
  }
  return out;
}

function matches(error: CodedError, startup: boolean): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  if (startup && STARTUP_CODES.has(code)) return true;
  return typeof error.message === 'string' && PG_MESSAGES.test(error.message);
}

/** Whether a failed query failed because the database cannot be reached (not because of the query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => matches(e, false));
}

/** As isDatabaseUnavailable, plus what a server still starting up answers (authentication not ready). */
export function isDatabaseNotReadyAtStart(error: unknown): boolean {
  return chain(error).some((e) => matches(e, true));
}

/** A short reason for the log: the error code (`ECONNREFUSED`, `57P03`) or the driver's first words. */
export function unavailableReason(error: unknown): string {
  for (const e of chain(error)) {
    if (typeof e.code === 'string' && e.code) return e.code;
  }
  const message = chain(error).find((e) => typeof e.message === 'string')?.message;
  return typeof message === 'string' && message ? message.slice(0, 80) : 'unknown error';
}

/** Backoff before attempt n+1 after n failures: 1, 2, 4, 8, 16 s, then 30 s for good. */
export function backoffDelayMs(failures: number): number {
  const exponent = Math.max(0, failures - 1);
  return Math.min(30_000, 1000 * 2 ** Math.min(exponent, 15));
}

/** `host:port` of a PostgreSQL URL, never its user or password. */
export function databaseAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured address';
  }
}

export interface RetryOptions {
  /** One line per failed attempt. */
  log: (line: string) => void;
  /** Where the database is, for the log line. */
  address: string;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs fn until it stops failing for want of a database, waiting 1, 2, 4 … 30 s in between and saying
 * so once per attempt. Any other error is thrown at once: a wrong migration must not loop forever.
 */
export async function untilDatabaseAnswers<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? sleepFor;
  for (let failures = 1; ; failures += 1) {
    try {
      return await fn();
    } catch (error) {
      if (!isDatabaseNotReadyAtStart(error)) throw error;
      const delay = backoffDelayMs(failures);
      options.log(
        `database not reachable at ${options.address} (${unavailableReason(error)}); retrying in ${delay / 1000} s`,
      );
      await sleep(delay);
    }
  }
}

/**
 * A job's log that reports a database outage once, not on every run: repeats are dropped until the
 * job has gone `quietMs` without such an error (it ran, so the database answered again).
 */
export function oncePerOutage<L extends { error: (details: object, message: string) => void }>(
  log: L,
  name: string,
  quietMs = 10_000,
  now: () => number = Date.now,
): L {
  let lastOutageError = Number.NEGATIVE_INFINITY;
  const error = (details: object, message: string) => {
    const err = (details as { err?: unknown }).err;
    if (!isDatabaseUnavailable(err)) return log.error(details, message);
    const at = now();
    const fresh = at - lastOutageError > quietMs;
    lastOutageError = at;
    if (fresh) {
      log.error(
        { reason: unavailableReason(err) },
        `${name}: database unavailable; retrying quietly until it answers`,
      );
    }
  };
  return new Proxy(log, {
    get: (target, property, receiver) =>
      property === 'error' ? error : Reflect.get(target, property, receiver),
  });
}
