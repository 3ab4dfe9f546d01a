import { and, eq, like } from 'drizzle-orm';
import type { TReportFormValues } from '../../domain/intake/report';
import { regions } from '../modules/regions/tables';
import type { TestApp } from './test-app';

/** The first village (level 4 region) under a region code prefix, e.g. '14.72' for Dumai. */
export async function villageIn(t: Pick<TestApp, 'handle'>, prefix: string): Promise<string> {
  const [row] = await t.handle.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.level, 4), like(regions.code, `${prefix}.%`)))
    .orderBy(regions.code)
    .limit(1);
  if (!row) throw new Error(`no village in ${prefix}`);
  return row.code;
}

/** A complete, valid report of a neglected elderly neighbour: tests change only what they are about. */
export function sampleReport(
  office: string,
  villageCode: string,
  changes: Omit<Partial<TReportFormValues>, 'person'> & {
    person?: Partial<TReportFormValues['person']>;
  } = {},
): TReportFormValues {
  const { person, ...rest } = changes;
  return {
    office,
    serviceCode: null,
    ppks: { category: 'lansia-terlantar', subcategory: 'tinggal-sendiri', other: null },
    dtksStatus: 'tidak-tahu',
    aid: { kinds: ['belum-pernah'], pbiScheme: null, other: null },
    description: 'Nenek tinggal sendiri, jarang makan, rumahnya bocor.',
    reporter: { name: 'Tetangga', phone: '0812-3456-7890' },
    consent: true,
    ...rest,
    person: {
      fullName: 'Mak Ijah',
      birthPlace: 'Dumai',
      birthDate: '1950-08-17',
      kk: null,
      nik: null,
      education: 'sd',
      phone: null,
      villageCode,
      address: 'Gang Mawar, dekat surau',
      ...person,
    },
  };
}
