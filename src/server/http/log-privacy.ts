import type { FastifyRequest } from 'fastify';

/**
 * Long digit runs (a NIK or KK has 16 digits, a phone number 9 to 14) in a logged text, masked:
 * a last line of defence behind dropping the places they come from.
 */
const DIGIT_RUN = /\+?\d[\d -]{7,}\d/g;
export const maskDigits = (text: string): string =>
  text.replace(DIGIT_RUN, (run) => (run.replace(/\D/g, '').length >= 9 ? '[angka disamarkan]' : run));

interface ErrorLike {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  statusCode?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  cause?: unknown;
}

const HIDDEN = '[disembunyikan]';

/** Drizzle's "Failed query: <sql>\nparams: <values>": the statement is ours, the values a reporter's data. */
function withoutParams(message: string): string {
  const at = message.indexOf('\nparams:');
  return at < 0 ? message : `${message.slice(0, at)}\nparams: ${HIDDEN}`;
}

// A lower-case SQL name ("case_subjects", "cases_ticket_key"): what PostgreSQL quotes besides values.
const SQL_NAME = /^[a-z_][a-z0-9_$]*(\.[a-z_][a-z0-9_$]*)*$/;

/**
 * Values that a database or a parser quotes in its message: `invalid input syntax for type integer:
 * "Sumarni"`, `value "…" is out of range`, V8's `Unexpected token … "{"nama": …" is not valid JSON`.
 * Quoted SQL names stay, so the operator still sees which table, column or constraint.
 */
function withoutQuotedValues(message: string): string {
  return message
    .replace(/\.{0,3}"[\s\S]*"\.{0,3}(?= is not valid JSON)/g, `"${HIDDEN}"`)
    .replace(/(: |value )"[^"\n]*"/g, `$1"${HIDDEN}"`)
    .replace(/"([^"\n]*)"/g, (quoted, inner: string) =>
      SQL_NAME.test(inner) || inner === HIDDEN ? quoted : `"${HIDDEN}"`,
    );
}

/** A message as the log may keep it: no bind values, no quoted values, no long digit runs. */
export function safeMessage(message: string): string {
  const text = message.startsWith('Failed query:') ? withoutParams(message) : withoutQuotedValues(message);
  return maskDigits(text);
}

/**
 * Takes the personal values out of a failed query's error in place (and its causes): Drizzle's
 * `params` and the message and stack that repeat them, PostgreSQL's `detail` ("Failing row contains
 * (…)") and `where` (a JSON parameter's text). Done where such an error starts its way up (the case
 * writer), so even a raw print of it (an unhandled rejection) holds no report. Codes and constraint
 * names stay: callers tell a duplicate or an outage by them.
 */
export function scrubQueryError<E>(error: E): E {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const e = current as Record<string, unknown>;
    if ('params' in e) {
      const listed = `\nparams: ${String(e.params)}`;
      e.params = HIDDEN;
      for (const key of ['message', 'stack'] as const) {
        const text = e[key];
        if (typeof text === 'string') e[key] = text.replace(listed, `\nparams: ${HIDDEN}`);
      }
    }
    for (const key of ['detail', 'where', 'internalQuery'] as const) if (key in e) e[key] = undefined;
    current = e.cause;
  }
  return error;
}

/**
 * Errors as the log keeps them: name, message, call sites, PostgreSQL's code and constraint. Never a
 * failed query's parameters, nor PostgreSQL's `detail` ("Failing row contains (…)" holds the whole row).
 */
export function safeError(
  error: unknown,
  depth = 0,
): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (typeof error !== 'object' || error === null) {
    const message = safeMessage(String(error));
    return { type: typeof error, message, stack: message };
  }
  const e = error as ErrorLike;
  const message = safeMessage(e.message ?? '');
  const frames = (e.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  const out: { type: string; message: string; stack: string; [key: string]: unknown } = {
    type: e.name ?? 'Error',
    message,
    stack: [`${e.name ?? 'Error'}: ${message}`, ...frames].join('\n'),
  };
  for (const key of ['code', 'statusCode', 'constraint', 'table', 'column'] as const) {
    if (typeof e[key] === 'string' || typeof e[key] === 'number') out[key] = e[key];
  }
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** A request as the log keeps it: the path without its query (a search may hold a name). */
export function safeRequest(request: FastifyRequest): Record<string, unknown> {
  const url = request.url ?? '';
  const query = url.indexOf('?');
  return {
    method: request.method,
    url: query < 0 ? url : `${url.slice(0, query)}?…`,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** The Fastify logger's options: the level, a stream for tests, and what never reaches the log. */
export function loggerOptions(level: string, stream?: { write(line: string): void }) {
  return {
    level,
    ...(stream ? { stream } : {}),
    // Session cookies, CSRF tokens and credentials never reach the log.
    redact: [
      'req.headers.cookie',
      'req.headers["x-csrf-token"]',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
    ],
    // `error` too: a `log.error({ error })` must not print a raw one.
    serializers: { req: safeRequest, err: safeError, error: safeError },
  };
}
