import type { FastifyInstance } from 'fastify';
import { validationError } from '../../domain/errors/app-error';

export const UNSAFE_TEXT_MESSAGE = 'Isian memuat karakter yang tidak diizinkan (karakter kosong atau rusak)';

// A high surrogate not followed by a low one, or a low one without its high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A NUL byte or a lone UTF-16 surrogate: PostgreSQL refuses both in text and jsonb, so a value holding
 * one would fail the write (a 500) instead of being told apart as the sender's mistake.
 */
export function isUnsafeText(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/** The path (`person.fullName`, `items.2`) of the first string or key holding unsafe text, or null. */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return isUnsafeText(value) ? path.join('.') || '_' : null;
  // Deeper than any schema of ours: refused rather than walked without end.
  if (depth > 32) return path.join('.') || '_';
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, String(index)], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Date)
    return null;
  for (const [key, item] of Object.entries(value)) {
    if (isUnsafeText(key)) return [...path, '_'].join('.');
    const found = findUnsafeText(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Throws the 400 that names the field, for text read outside the route's body (a streamed upload's fields). */
export function assertSafeText(value: unknown, path: string[] = []): void {
  const field = findUnsafeText(value, path);
  if (field !== null) throw validationError({ [field]: UNSAFE_TEXT_MESSAGE });
}

/**
 * Every route's body, query string and route parameters, checked once they are parsed (a multipart
 * form's JSON field unpacked too): registered on the root, so no route can forget it.
 */
export function registerTextInputGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    assertSafeText(request.params);
    assertSafeText(request.query);
    assertSafeText(request.body);
  });
}
