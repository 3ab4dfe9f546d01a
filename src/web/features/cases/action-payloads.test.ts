import { describe, expect, it, vi } from 'vitest';
import { ZCaseAction } from '../../../domain/cases/actions';

// The form-error helpers reach the API client, which reads i18n from a browser; these tests need none of it.
vi.mock('../../i18n', () => ({ i18n: { t: (key: string) => key } }));

const { formPathOfActionField, linesOf, toActionPayload, validateActionValues } = await import(
  './action-payloads'
);
const { EMPTY_ACTION_VALUES } = await import('./action-values');
const { coordinateProblems } = await import('./coordinates');

const OFFICER = '0c8f2b52-5f6e-4d8b-9b7a-2f1c0d9e8a71';

describe('toActionPayload', () => {
  it('leaves blank optional texts out and trims the rest', () => {
    expect(toActionPayload('verify', { note: '  ', publicMessage: ' Laporan Anda benar. ' })).toEqual({
      type: 'verify',
      note: undefined,
      publicMessage: 'Laporan Anda benar.',
    });
    expect(toActionPayload('note', { text: ' Sudah ditelepon ', public: true })).toEqual({
      type: 'note',
      text: 'Sudah ditelepon',
      public: true,
    });
  });

  it('reads missing documents one per line, without blank lines', () => {
    expect(linesOf('Fotokopi KK\n\n  Surat keterangan RT \n')).toEqual([
      'Fotokopi KK',
      'Surat keterangan RT',
    ]);
    const payload = toActionPayload('request_documents', { missing: 'Fotokopi KK\nKTP', publicMessage: '' });
    expect(payload).toEqual({
      type: 'request_documents',
      missing: ['Fotokopi KK', 'KTP'],
      publicMessage: undefined,
    });
  });

  it('builds a close the schema accepts', () => {
    const payload = toActionPayload('close', {
      outcome: 'reunifikasi',
      deliveredAs: 'jasa',
      summary: 'Dipulangkan ke keluarga di Bengkalis.',
      publicMessage: 'Kasus selesai.',
    });
    expect(ZCaseAction.safeParse(payload).success).toBe(true);
  });

  it('sends only the chosen assignee kind', () => {
    const values = { ...EMPTY_ACTION_VALUES.assign, userId: OFFICER, code: 'rehsos', reason: ' Cuti ' };
    expect(toActionPayload('assign', values)).toEqual({
      type: 'assign',
      to: { kind: 'officer', userId: OFFICER },
      reason: 'Cuti',
    });
    expect(toActionPayload('assign', { ...values, kind: 'division' })).toMatchObject({
      to: { kind: 'division', code: 'rehsos' },
    });
  });

  it('builds a referral with consent, or the reason for sharing without it', () => {
    const base = {
      ...EMPTY_ACTION_VALUES.refer,
      partnerKind: 'rumah_sakit_jiwa' as const,
      reason: 'Perlu perawatan jiwa',
      consent: 'yes' as const,
      dueDays: '10',
    };
    const payload = toActionPayload('refer', base);
    expect(payload).toEqual({
      type: 'refer',
      referral: {
        target: { kind: 'partner', partnerKind: 'rumah_sakit_jiwa', partnerId: null },
        reason: 'Perlu perawatan jiwa',
        fieldsShared: ['name', 'address', 'condition'],
        consent: { given: true },
        dueDays: 10,
      },
    });
    expect(ZCaseAction.safeParse(payload).success).toBe(true);
    const pillar = toActionPayload('refer', {
      ...base,
      targetKind: 'pillar',
      pillarKind: 'tksk',
      consent: 'no',
      overrideReason: 'Keadaan darurat, orang tidak sadar',
      dueDays: '',
    });
    expect(pillar).toMatchObject({
      referral: {
        target: { kind: 'pillar', pillarKind: 'tksk' },
        consent: { given: false, overrideReason: 'Keadaan darurat, orang tidak sadar' },
        dueDays: undefined,
      },
    });
    expect(ZCaseAction.safeParse(pillar).success).toBe(true);
  });

  it('builds an assessment with its location and a visit time in the device offset', () => {
    const payload = toActionPayload(
      'assess',
      {
        ...EMPTY_ACTION_VALUES.assess,
        condition: 'Lansia tinggal sendiri, kurang gizi.',
        needs: ['pangan', 'lainnya'],
        needsOther: 'Perbaikan atap',
        family: 'Anak di Pekanbaru, jarang pulang',
        identityDocumentsSeen: ['ktp', 'kk'],
        identityDocumentsOther: 'ignored when "lainnya" is not ticked',
        outcome: 'rujukan',
        followUp: 'Rujuk ke panti werdha',
        latitude: '1,6654',
        longitude: '101.4478',
        accuracyMetres: 8,
        visitedAt: '2026-11-26T09:30',
      },
      420,
    );
    expect(payload).toMatchObject({
      type: 'assess',
      assessment: {
        needs: { items: ['pangan', 'lainnya'], other: 'Perbaikan atap' },
        identityDocumentsOther: null,
        recommendedFollowUp: { outcome: 'rujukan', text: 'Rujuk ke panti werdha' },
        gps: { latitude: 1.6654, longitude: 101.4478, accuracyMetres: 8 },
        visitedAt: '2026-11-26T09:30:00+07:00',
      },
    });
    expect(ZCaseAction.safeParse(payload).success).toBe(true);
  });
});

describe('validateActionValues', () => {
  it('puts the schema’s Indonesian messages on the inputs that hold the values', () => {
    const errors = validateActionValues('close', EMPTY_ACTION_VALUES.close);
    expect(Object.keys(errors).sort()).toEqual(['deliveredAs', 'outcome', 'summary']);
    expect(errors.outcome).toMatch(/terminasi, rujukan atau reunifikasi/);
  });

  it('lands nested and listed paths on the flat inputs of each form', () => {
    const refer = validateActionValues('refer', EMPTY_ACTION_VALUES.refer);
    expect(refer).toMatchObject({
      partnerKind: 'Pilih jenis instansi mitra',
      reason: 'Tulis alasan rujukan',
    });
    expect(refer.consent).toMatch(/persetujuan/);
    const assign = validateActionValues('assign', EMPTY_ACTION_VALUES.assign);
    expect(assign).toEqual({ userId: 'Pilih petugas' });
    const documents = validateActionValues('request_documents', { missing: 'K', publicMessage: '' });
    expect(documents).toEqual({ missing: 'Nama dokumen minimal 2 karakter' });
    const assess = validateActionValues('assess', { ...EMPTY_ACTION_VALUES.assess, needs: ['lainnya'] });
    expect(Object.keys(assess).sort()).toEqual([
      'condition',
      'family',
      'followUp',
      'identityDocumentsSeen',
      'outcome',
    ]);
    // The cross-field rules run once the fields themselves are right, on the server too.
    const almost = validateActionValues('assess', {
      ...EMPTY_ACTION_VALUES.assess,
      condition: 'Lansia tinggal sendiri',
      needs: ['lainnya'],
      family: 'Tidak ada keluarga',
      identityDocumentsSeen: ['tidak_ada', 'ktp'],
      outcome: 'terminasi',
      followUp: 'Cukup bantuan pangan',
    });
    expect(almost).toEqual({
      needsOther: 'Sebutkan kebutuhan lainnya',
      identityDocumentsSeen: '"Tidak ada dokumen" tidak bisa dipilih bersama dokumen lain',
    });
  });

  it('applies the public note limit only to a public note', () => {
    const long = 'x'.repeat(600);
    expect(validateActionValues('note', { text: long, public: false })).toEqual({});
    expect(validateActionValues('note', { text: long, public: true }).text).toMatch(/500 karakter/);
  });

  it('maps the server’s field names back to the form', () => {
    const values = EMPTY_ACTION_VALUES.refer;
    expect(formPathOfActionField('refer', values, 'referral.target.partnerId')).toBe('partnerId');
    expect(formPathOfActionField('refer', values, 'referral.consent.overrideReason')).toBe('overrideReason');
    expect(formPathOfActionField('refer', values, 'referral.fieldsShared.2')).toBe('fieldsShared');
    expect(formPathOfActionField('refer', values, 'referral.dueDays')).toBe('dueDays');
    expect(formPathOfActionField('assign', EMPTY_ACTION_VALUES.assign, 'to')).toBe('kind');
    expect(formPathOfActionField('assess', EMPTY_ACTION_VALUES.assess, 'assessment.gps.longitude')).toBe(
      'longitude',
    );
    expect(formPathOfActionField('assess', EMPTY_ACTION_VALUES.assess, 'photo1')).toBeNull();
  });
});

describe('coordinateProblems', () => {
  it('wants both coordinates or neither, each a number', () => {
    expect(coordinateProblems({ latitude: '', longitude: '' })).toEqual({});
    expect(coordinateProblems({ latitude: '-1,04', longitude: '101.6' })).toEqual({});
    expect(coordinateProblems({ latitude: '-1.04', longitude: '' })).toEqual({ longitude: 'missing' });
    expect(coordinateProblems({ latitude: 'utara', longitude: '101.6' })).toEqual({ latitude: 'invalid' });
  });
});
