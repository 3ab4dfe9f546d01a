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

/** Drizzle's "Failed query: <sql>\nparams: <values>": the values are a reporter's data. */
function withoutParams(message: string): string {
  const at = message.indexOf('\nparams:');
  return maskDigits(at < 0 ? message : `${message.slice(0, at)}\nparams: [disembunyikan]`);
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
    const message = maskDigits(String(error));
    return { type: typeof error, message, stack: message };
  }
  const e = error as ErrorLike;
  const message = withoutParams(e.message ?? '');
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
    serializers: { req: safeRequest, err: safeError },
  };
}
