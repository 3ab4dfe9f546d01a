import type { TRegion } from '../../../domain/regions/schemas';
import { ApiError } from '../../api/client';
import { fetchRegion, fetchRegionChildren } from './api';

// Region names change only with a new data release: one request per code and visit is enough.
const children = new Map<string, Promise<TRegion[]>>();
const single = new Map<string, Promise<TRegion | null>>();

function remembered<T>(cache: Map<string, Promise<T>>, code: string, load: () => Promise<T>): Promise<T> {
  const cached = cache.get(code);
  if (cached) return cached;
  const pending = load();
  cache.set(code, pending);
  // A failure (no signal) is not remembered: the next call asks again.
  pending.catch(() => cache.delete(code));
  return pending;
}

/** The districts of a regency or the villages of a district, by name. */
export function regionChildren(code: string): Promise<TRegion[]> {
  return remembered(children, code, async () =>
    [...(await fetchRegionChildren(code)).items].sort((a, b) => a.name.localeCompare(b.name, 'id')),
  );
}

/** One region, or null when no region has that code; throws when the server cannot be reached. */
export function regionByCode(code: string): Promise<TRegion | null> {
  return remembered(single, code, () =>
    fetchRegion(code).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  );
}
