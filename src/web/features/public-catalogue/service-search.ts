import type { TServiceSummary } from '../../../domain/catalogue/standard';

/** Lower case without accents, so "Lansia" finds "lansia" and "Penanganan" finds "penanganán". */
function normalise(text: string): string {
  return text
    .toLocaleLowerCase('id')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/**
 * The services whose name (or code, so "odgj" finds the ODGJ service) holds every word of the query,
 * in their order; all of them for an empty query.
 */
export function filterServicesByName(services: TServiceSummary[], query: string): TServiceSummary[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return services;
  return services.filter((service) => {
    const name = normalise(`${service.name} ${service.code}`);
    return words.every((word) => name.includes(word));
  });
}
