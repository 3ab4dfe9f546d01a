import type { FastifyInstance } from 'fastify';
import { validationError } from '../../domain/errors/app-error';

/**
 * Query parameters that would carry a person's name or number. A URL lands in browser history,
 * proxy and access logs and Referer headers, so searches by name or NIK travel in POST bodies
 * (POST /api/v1/cases/search, /cases/search-nik, /ppks-persons/search, /registry/checks).
 */
export const PERSONAL_QUERY_KEYS = ['q', 'nik', 'kk', 'name', 'nama', 'fullName'] as const;

const MOVED = 'Pencarian nama atau NIK dikirim di badan permintaan POST, tidak di alamat (URL)';

/**
 * Refuses (400, the field named) any API request with one of those parameters, rather than ignoring
 * it: a client still on the old GET search learns why instead of getting an unfiltered list. Runs
 * after access control, so a stranger still gets 401.
 */
export function refusePersonalQueryParameters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== 'object') return;
    const found = PERSONAL_QUERY_KEYS.filter((key) => query[key] !== undefined);
    if (found.length > 0) throw validationError(Object.fromEntries(found.map((key) => [key, MOVED])));
  });
}
