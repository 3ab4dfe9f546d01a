import { useApiQuery } from '../../api/use-api-query';
import { fetchOfficeProfile } from '../public-offices/api';
import { useSignedInUser } from './session';

const timeZoneBySlug = new Map<string, Promise<string>>();

// The session does not carry the office's time zone; its public profile does. Asked once per visit.
function loadOfficeTimeZone(slug: string): Promise<string> {
  let pending = timeZoneBySlug.get(slug);
  if (!pending) {
    pending = fetchOfficeProfile(slug).then((office) => office.timeZone);
    pending.catch(() => timeZoneBySlug.delete(slug));
    timeZoneBySlug.set(slug, pending);
  }
  return pending;
}

/** The signed-in user's office time zone (e.g. Asia/Jakarta); undefined until known, then dates use it. */
export function useOfficeTimeZone(): string | undefined {
  const { office } = useSignedInUser();
  const query = useApiQuery(`office-time-zone:${office.slug}`, () => loadOfficeTimeZone(office.slug));
  if (query.error) console.error('office time zone unavailable; showing browser time', query.error);
  return query.data;
}
