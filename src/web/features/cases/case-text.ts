import type { TCaseDetail } from '../../../domain/cases/views';
import { AID_KINDS, PBI_SCHEMES, ppksCategory } from '../../../domain/intake/ppks';

/** The aid already received, as the report stored it ({kinds, pbiScheme, other}), in words. */
export function aidText(aid: unknown): string | null {
  if (typeof aid !== 'object' || aid === null) return null;
  const { kinds, pbiScheme, other } = aid as { kinds?: unknown; pbiScheme?: unknown; other?: unknown };
  if (!Array.isArray(kinds) || kinds.length === 0) return null;
  const words = kinds.map((code) => {
    const name = AID_KINDS.find((kind) => kind.code === code)?.name ?? String(code);
    if (code === 'bpjs-pbi' && typeof pbiScheme === 'string')
      return `${name} (${PBI_SCHEMES.find((scheme) => scheme.code === pbiScheme)?.name ?? pbiScheme})`;
    if (code === 'lainnya' && typeof other === 'string' && other) return `${name}: ${other}`;
    return name;
  });
  return words.join(', ');
}

/** The PPKS category in words, with its sub-category or "other" text. */
export function ppksText(ppks: TCaseDetail['ppks']): string {
  const category = ppksCategory(ppks.category);
  const sub =
    category?.subcategories?.find((item) => item.code === ppks.subcategory)?.name ?? ppks.subcategory;
  return [category?.name ?? ppks.category, sub, ppks.other].filter(Boolean).join(' · ');
}

/** A calendar date (`1950-08-17`) in the chosen language, read as a date, never shifted by a time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
