import { describe, expect, it } from 'vitest';
import { CASE_ACTION_TYPES, ZCaseAction } from './actions';
import { ASSESSMENT_NEEDS, IDENTITY_DOCUMENTS, ZAssessmentInput } from './assessment';

const OFFICER = '11111111-1111-4111-8111-111111111111';

const issues = (schema: { safeParse: (v: unknown) => unknown }, input: unknown) => {
  const result = schema.safeParse(input) as
    | { success: true }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const actionIssues = (input: unknown) => issues(ZCaseAction, input);

const ASSESSMENT = {
  condition: 'Lansia tinggal sendiri, sakit-sakitan, makan dari tetangga.',
  needs: { items: ['pangan', 'kesehatan'] },
  family: 'Tinggal sendiri; anak di Pekanbaru tidak bisa dihubungi.',
  identityDocumentsSeen: ['ktp', 'kk'],
  recommendedFollowUp: { outcome: 'rujukan', text: 'Rujuk ke LKS lanjut usia.' },
};

describe('ZCaseAction', () => {
  it('knows every action type', () => {
    expect(CASE_ACTION_TYPES).toHaveLength(13);
    expect(actionIssues({ type: 'terbang' })).toEqual(['type: Pilih tindakan']);
  });

  it('accepts the simplest form of each action', () => {
    const valid = [
      { type: 'verify' },
      { type: 'request_documents', missing: ['KK'] },
      { type: 'documents_received' },
      { type: 'assess', assessment: ASSESSMENT },
      { type: 'approve' },
      {
        type: 'refer',
        referral: {
          target: { kind: 'pillar', pillarKind: 'psm' },
          reason: 'Pemantauan lingkungan.',
          consent: { given: true },
        },
      },
      { type: 'deliver', product: 'Kursi roda' },
      {
        type: 'close',
        outcome: 'reunifikasi',
        deliveredAs: 'jasa',
        summary: 'Klien dipulangkan ke keluarga.',
      },
      { type: 'reject', reason: 'Bukan warga kota.' },
      { type: 'out_of_scope', reason: 'Sengketa tanah.' },
      { type: 'reopen', reason: 'Keluarga menolak.' },
      { type: 'note', text: 'Ditelepon.', public: false },
      { type: 'assign', to: { kind: 'officer', userId: OFFICER } },
    ];
    expect(valid.map((v) => v.type)).toEqual([...CASE_ACTION_TYPES]);
    for (const input of valid) expect(actionIssues(input), input.type).toEqual([]);
  });

  it('treats blank optional text as absent and trims what is written', () => {
    expect(ZCaseAction.parse({ type: 'verify', note: '  ', publicMessage: '' })).toEqual({ type: 'verify' });
    expect(ZCaseAction.parse({ type: 'approve', note: '  Sudah sesuai ' })).toEqual({
      type: 'approve',
      note: 'Sudah sesuai',
    });
  });

  it('limits the message for the reporter to 500 characters', () => {
    expect(actionIssues({ type: 'verify', publicMessage: 'a'.repeat(500) })).toEqual([]);
    expect(actionIssues({ type: 'verify', publicMessage: 'a'.repeat(501) })).toEqual([
      'publicMessage: Pesan untuk pelapor paling banyak 500 karakter',
    ]);
    expect(actionIssues({ type: 'note', text: 'a'.repeat(501), public: true })).toEqual([
      'text: Catatan untuk pelapor paling banyak 500 karakter',
    ]);
    expect(actionIssues({ type: 'note', text: 'a'.repeat(501), public: false })).toEqual([]);
  });

  it('asks which documents are missing: 1 to 20, each 2 to 200 characters', () => {
    expect(actionIssues({ type: 'request_documents', missing: [] })).toEqual([
      'missing: Sebutkan minimal satu dokumen yang kurang',
    ]);
    expect(actionIssues({ type: 'request_documents', missing: Array(21).fill('KTP') })).toEqual([
      'missing: Paling banyak 20 dokumen sekaligus',
    ]);
    expect(actionIssues({ type: 'request_documents', missing: ['K'] })).toEqual([
      'missing.0: Nama dokumen minimal 2 karakter',
    ]);
    expect(actionIssues({ type: 'request_documents', missing: ['a'.repeat(201)] })).toEqual([
      'missing.0: Nama dokumen paling banyak 200 karakter',
    ]);
  });

  it('closes only with a known outcome, delivery form and a summary', () => {
    expect(actionIssues({ type: 'close', outcome: 'selesai', deliveredAs: 'uang', summary: '' })).toEqual([
      'outcome: Pilih hasil tindak lanjut: terminasi, rujukan atau reunifikasi',
      'deliveredAs: Pilih bentuk pelayanan: jasa, administrasi atau barang',
      'summary: Tulis ringkasan penyelesaian, minimal 10 huruf',
    ]);
  });

  it('asks for reasons in Indonesian', () => {
    expect(actionIssues({ type: 'reject', reason: ' ' })).toEqual(['reason: Tulis alasan penolakan']);
    expect(actionIssues({ type: 'out_of_scope' })[0]).toMatch(/^reason: /);
    expect(actionIssues({ type: 'reopen', reason: 'x' })).toEqual([
      'reason: Tulis alasan kasus dibuka kembali',
    ]);
    expect(actionIssues({ type: 'deliver', product: '' })).toEqual([
      'product: Tulis produk layanan yang diberikan',
    ]);
    expect(actionIssues({ type: 'note', text: '', public: true })).toEqual(['text: Tulis isi catatan']);
  });

  it('assigns to an officer, a division or a district unit', () => {
    expect(actionIssues({ type: 'assign', to: { kind: 'division', code: 'linjamsos' } })).toEqual([]);
    expect(actionIssues({ type: 'assign', to: { kind: 'district_unit', districtCode: '14.72.01' } })).toEqual(
      [],
    );
    expect(actionIssues({ type: 'assign', to: { kind: 'officer', userId: 'budi' } })).toEqual([
      'to.userId: Pilih petugas',
    ]);
    expect(actionIssues({ type: 'assign', to: { kind: 'district_unit', districtCode: '14.72' } })).toEqual([
      'to.districtCode: Pilih kecamatan',
    ]);
    expect(actionIssues({ type: 'assign', to: { kind: 'desa' } })).toEqual([
      'to.kind: Pilih tujuan penugasan: petugas, bidang atau unit kecamatan',
    ]);
  });
});

describe('ZAssessmentInput', () => {
  const assessmentIssues = (patch: Record<string, unknown>) =>
    issues(ZAssessmentInput, { ...ASSESSMENT, ...patch });

  it('accepts the form with the optional parts defaulted', () => {
    expect(ZAssessmentInput.parse(ASSESSMENT)).toMatchObject({
      needs: { items: ['pangan', 'kesehatan'], other: null },
      identityDocumentsOther: null,
      gps: null,
      visitedAt: null,
    });
  });

  it('lists needs and the identity documents Si-PULAU PANDHA accepts', () => {
    expect(ASSESSMENT_NEEDS.at(-1)?.code).toBe('lainnya');
    expect(IDENTITY_DOCUMENTS.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'ktp',
        'kk',
        'akta_lahir',
        'kartu_bpjs_kis',
        'tidak_ada',
        'sim',
        'surat_kenal_lahir',
      ]),
    );
  });

  it('asks for every part in Indonesian', () => {
    expect(
      issues(ZAssessmentInput, {
        condition: 'sakit',
        needs: { items: [] },
        family: '',
        identityDocumentsSeen: [],
        recommendedFollowUp: { outcome: 'dibiarkan', text: '' },
      }),
    ).toEqual([
      'condition: Tuliskan kondisi orang yang diasesmen, minimal 10 huruf',
      'needs.items: Pilih minimal satu kebutuhan',
      'family: Tuliskan anggota keluarga dan siapa yang merawat, atau "tidak ada keluarga"',
      'identityDocumentsSeen: Pilih dokumen identitas yang dilihat, atau "Tidak ada dokumen"',
      'recommendedFollowUp.outcome: Pilih rekomendasi tindak lanjut: terminasi, rujukan atau reunifikasi',
      'recommendedFollowUp.text: Jelaskan rekomendasi tindak lanjut',
    ]);
  });

  it('asks what "other" means, and keeps "no documents" alone', () => {
    expect(assessmentIssues({ needs: { items: ['lainnya'] } })).toEqual([
      'needs.other: Sebutkan kebutuhan lainnya',
    ]);
    expect(assessmentIssues({ identityDocumentsSeen: ['tidak_ada', 'ktp'] })).toEqual([
      'identityDocumentsSeen: "Tidak ada dokumen" tidak bisa dipilih bersama dokumen lain',
    ]);
    expect(assessmentIssues({ identityDocumentsSeen: ['lainnya'] })).toEqual([
      'identityDocumentsOther: Sebutkan surat lain yang dilihat',
    ]);
    expect(
      assessmentIssues({ identityDocumentsSeen: ['lainnya'], identityDocumentsOther: 'Surat keterangan RT' }),
    ).toEqual([]);
  });

  it('takes a GPS point inside Indonesia only', () => {
    expect(assessmentIssues({ gps: { latitude: 1.6656, longitude: 101.4476, accuracyMetres: 12 } })).toEqual(
      [],
    );
    expect(assessmentIssues({ gps: { latitude: 1.6656, longitude: 101.4476 } })).toEqual([]);
    expect(assessmentIssues({ gps: { latitude: 51.5, longitude: -0.12 } })).toEqual([
      'gps.latitude: Lokasi di luar Indonesia',
      'gps.longitude: Lokasi di luar Indonesia',
    ]);
  });

  it('takes the visit time of a form sent later', () => {
    expect(assessmentIssues({ visitedAt: '2026-08-10T09:30:00+07:00' })).toEqual([]);
    expect(assessmentIssues({ visitedAt: 'kemarin' })).toEqual(['visitedAt: Waktu kunjungan tidak valid']);
  });
});
