import { describe, expect, it } from 'vitest';
import { ZReportInput } from '../../../domain/intake/report';
import { emptyReportValues, exclusiveAidKinds, toReportCandidate } from './form-values';

function filled() {
  const values = emptyReportValues({ reporter: { name: 'Tetangga', phone: '0812 3456 7890' } });
  values.person.fullName = 'Mak Ijah';
  values.person.villageCode = '14.72.01.1003';
  values.person.nik = '1472 0117 0890 0001';
  values.ppks.category = 'lansia-terlantar';
  values.ppks.subcategory = 'tinggal-sendiri';
  values.dtksStatus = 'tidak-tahu';
  values.aid.kinds = ['bpjs-pbi'];
  values.aid.pbiScheme = 'pusat';
  values.description = 'Nenek tinggal sendiri dan jarang makan.';
  values.consent = true;
  return values;
}

describe('report form values', () => {
  it('become a body the shared schema accepts, empty texts as null', () => {
    const parsed = ZReportInput.parse(toReportCandidate(filled(), 'dumai'));
    expect(parsed.person).toMatchObject({
      nik: '1472011708900001',
      kk: null,
      birthDate: null,
      address: null,
    });
    expect(parsed.serviceCode).toBeNull();
    expect(parsed.reporter.phone).toBe('+6281234567890');
  });

  it('drop answers to questions that are no longer asked', () => {
    const values = filled();
    values.ppks.category = 'pemulung';
    values.ppks.other = 'sisa ketikan';
    values.aid.kinds = ['pkh'];
    const candidate = toReportCandidate(values, 'dumai') as {
      ppks: { subcategory: unknown; other: unknown };
      aid: { pbiScheme: unknown };
    };
    expect(candidate.ppks).toMatchObject({ subcategory: null, other: null });
    expect(candidate.aid.pbiScheme).toBeNull();
    expect(ZReportInput.safeParse(candidate).success).toBe(true);
  });

  it('leave the schema to name what is missing, by the same paths as the inputs', () => {
    const result = ZReportInput.safeParse(toReportCandidate(emptyReportValues(), 'dumai'));
    expect(result.success).toBe(false);
    const paths = new Set(result.error?.issues.map((issue) => issue.path.join('.')));
    for (const path of ['person.fullName', 'person.villageCode', 'ppks.category', 'dtksStatus', 'aid.kinds'])
      expect(paths).toContain(path);
  });

  it('keep "Belum pernah" apart from the kinds of aid, the latest tick winning', () => {
    expect(exclusiveAidKinds(['pkh', 'belum-pernah'], ['pkh'])).toEqual(['belum-pernah']);
    expect(exclusiveAidKinds(['belum-pernah', 'blt'], ['belum-pernah'])).toEqual(['blt']);
    expect(exclusiveAidKinds(['pkh'], ['pkh', 'blt'])).toEqual(['pkh']);
  });
});
