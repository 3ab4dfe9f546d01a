import { type PpksSubcategory, ppksCategory } from '../../../domain/intake/ppks';

/**
 * What the report form holds: the request body's shape (so server field paths such as
 * `person.nik` land on the right input) with every text as a string, empty when not given.
 */
export interface ReportFormValues {
  /** '' is the general complaint (serviceCode null). */
  serviceCode: string;
  /** Only narrows the village list; the request carries the village code. */
  districtCode: string;
  person: {
    fullName: string;
    birthPlace: string;
    birthDate: string;
    kk: string;
    nik: string;
    education: string;
    phone: string;
    villageCode: string;
    address: string;
  };
  ppks: { category: string; subcategory: string; other: string };
  dtksStatus: string;
  aid: { kinds: string[]; pbiScheme: string; other: string };
  description: string;
  reporter: { name: string; phone: string };
  consent: boolean;
}

export interface Reporter {
  name: string;
  phone: string;
}

/** A blank form; the reporter carries over when the same person files another report. */
export function emptyReportValues(
  options: { reporter?: Reporter; serviceCode?: string } = {},
): ReportFormValues {
  return {
    serviceCode: options.serviceCode ?? '',
    districtCode: '',
    person: {
      fullName: '',
      birthPlace: '',
      birthDate: '',
      kk: '',
      nik: '',
      education: '',
      phone: '',
      villageCode: '',
      address: '',
    },
    ppks: { category: '', subcategory: '', other: '' },
    dtksStatus: '',
    aid: { kinds: [], pbiScheme: '', other: '' },
    description: '',
    reporter: { name: options.reporter?.name ?? '', phone: options.reporter?.phone ?? '' },
    consent: false,
  };
}

/** The sub-categories the chosen PPKS category asks for; empty when it asks none. */
export function subcategoriesOf(categoryCode: string): readonly PpksSubcategory[] {
  return ppksCategory(categoryCode)?.subcategories ?? [];
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/**
 * The request body for ZReportInput to check (and the server to receive): empty texts become
 * null, and answers to questions no longer asked (a sub-category of another category, the PBI
 * scheme without BPJS/PBI) are dropped so they cannot block the report.
 */
export function toReportCandidate(values: ReportFormValues, office: string): Record<string, unknown> {
  const { person, ppks, aid } = values;
  const kinds = aid.kinds;
  return {
    office,
    serviceCode: orNull(values.serviceCode),
    person: {
      fullName: person.fullName,
      birthPlace: orNull(person.birthPlace),
      birthDate: orNull(person.birthDate),
      kk: orNull(person.kk),
      nik: orNull(person.nik),
      education: orNull(person.education),
      phone: orNull(person.phone),
      villageCode: person.villageCode,
      address: orNull(person.address),
    },
    ppks: {
      category: ppks.category,
      subcategory: subcategoriesOf(ppks.category).length > 0 ? orNull(ppks.subcategory) : null,
      other: ppks.category === 'lainnya' ? orNull(ppks.other) : null,
    },
    dtksStatus: values.dtksStatus,
    aid: {
      kinds,
      pbiScheme: kinds.includes('bpjs-pbi') ? orNull(aid.pbiScheme) : null,
      other: kinds.includes('lainnya') ? orNull(aid.other) : null,
    },
    description: values.description,
    reporter: { name: values.reporter.name, phone: values.reporter.phone },
    consent: values.consent,
  };
}

export const NEVER_RECEIVED = 'belum-pernah';

/**
 * The aid kinds after a tick: "Belum pernah" (never received) and the kinds of aid exclude each
 * other, and the latest tick wins.
 */
export function exclusiveAidKinds(next: readonly string[], previous: readonly string[]): string[] {
  const added = next.filter((kind) => !previous.includes(kind));
  if (added.includes(NEVER_RECEIVED)) return [NEVER_RECEIVED];
  if (added.length > 0) return next.filter((kind) => kind !== NEVER_RECEIVED);
  return [...next];
}
