import { describe, expect, it } from 'vitest';
import type { OfficeCalendar } from '../calendar/due-at';
import { AppError } from '../errors/app-error';
import {
  applyReferralAction,
  canActOnReferral,
  isReferralOverdue,
  newReferral,
  PARTNER_KINDS,
  PILLAR_KINDS,
  publicReferralView,
  type ReferralState,
  type TReferralFormValues,
  ZReferralAction,
  ZReferralInput,
} from './referral';

const CALENDAR: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  hours: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { start: '08:00', end: '16:00' }])),
  holidays: ['2026-08-17'],
};
const wib = (text: string) => new Date(`${text}:00+07:00`);
const SENT = wib('2026-08-10T10:00');
const PARTNER_ID = '44444444-4444-4444-8444-444444444444';

const INPUT: TReferralFormValues = {
  target: { kind: 'partner', partnerKind: 'rumah_sakit', partnerId: PARTNER_ID },
  reason: 'Butuh perawatan luka bakar.',
  fieldsShared: ['name', 'nik', 'address', 'phone', 'condition', 'assessment', 'photos'],
  consent: { given: true },
};

const issues = (input: unknown) => {
  const result = ZReferralInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('partners and pillars', () => {
  it('lists the partner agencies and social pillars of the documents', () => {
    expect(PARTNER_KINDS.map((p) => p.code)).toEqual([
      'dinas_kesehatan',
      'disdukcapil',
      'rumah_sakit',
      'rumah_sakit_jiwa',
      'lks',
      'bpjs_kesehatan',
      'bank_penyalur',
      'dinsos_provinsi',
      'kepolisian',
      'p4mi',
    ]);
    expect(PILLAR_KINDS.map((p) => p.code)).toEqual(['psm', 'tksk', 'karang_taruna', 'tagana', 'puskesos']);
    for (const kind of [...PARTNER_KINDS, ...PILLAR_KINDS]) expect(kind.label.length).toBeGreaterThan(3);
  });
});

describe('ZReferralInput', () => {
  it('accepts a referral with consent, and defaults to seven days', () => {
    const parsed = ZReferralInput.parse(INPUT);
    expect(parsed.dueDays).toBe(7);
    expect(ZReferralInput.parse({ ...INPUT, target: { kind: 'pillar', pillarKind: 'tksk' } }).target).toEqual(
      {
        kind: 'pillar',
        pillarKind: 'tksk',
      },
    );
    expect(
      ZReferralInput.parse({ ...INPUT, target: { kind: 'partner', partnerKind: 'p4mi' } }).target,
    ).toEqual({
      kind: 'partner',
      partnerKind: 'p4mi',
      partnerId: null,
    });
  });

  it('needs consent to share, or a recorded reason to share without it', () => {
    expect(issues({ ...INPUT, consent: undefined })).toEqual([
      'consent: Catat persetujuan berbagi data, atau alasan berbagi tanpa persetujuan',
    ]);
    expect(issues({ ...INPUT, consent: { given: false } })[0]).toMatch(/^consent\.overrideReason/);
    expect(issues({ ...INPUT, consent: { given: false, overrideReason: 'darurat' } })).toEqual([
      'consent.overrideReason: Tulis alasan berbagi data tanpa persetujuan, minimal 10 huruf',
    ]);
    expect(
      issues({
        ...INPUT,
        consent: { given: false, overrideReason: 'Orang tidak sadar, perlu segera dirawat' },
      }),
    ).toEqual([]);
  });

  it('shares only fields from the allowed list, each once', () => {
    expect(issues({ ...INPUT, fieldsShared: ['name', 'religion'] })[0]).toMatch(/^fieldsShared\.1/);
    expect(issues({ ...INPUT, fieldsShared: ['name', 'name'] })).toEqual([
      'fieldsShared: Data yang dibagikan tidak boleh berulang',
    ]);
    expect(issues({ ...INPUT, fieldsShared: [] })).toEqual([]);
  });

  it('asks for a target, a reason and a due time of 1 to 60 days', () => {
    expect(issues({ ...INPUT, target: { kind: 'partner', partnerKind: 'bank_dunia' } })).toEqual([
      'target.partnerKind: Pilih jenis instansi mitra',
    ]);
    expect(issues({ ...INPUT, reason: '' })).toEqual(['reason: Tulis alasan rujukan']);
    expect(issues({ ...INPUT, dueDays: 0 })).toEqual(['dueDays: Batas waktu rujukan minimal 1 hari']);
    expect(issues({ ...INPUT, dueDays: 61 })).toEqual(['dueDays: Batas waktu rujukan paling lama 60 hari']);
    expect(issues({ ...INPUT, dueDays: 2.5 })).toEqual(['dueDays: Jumlah hari harus bilangan bulat']);
  });
});

describe('the referral state machine', () => {
  const sent = newReferral(ZReferralInput.parse({ ...INPUT, dueDays: 7 }), SENT, CALENDAR);
  const act = (state: ReferralState, input: unknown, now = wib('2026-08-11T09:00')) =>
    applyReferralAction(state, ZReferralAction.parse(input), now);

  it('is sent with its own due time in calendar days', () => {
    expect(sent).toMatchObject({ status: 'sent', sentAt: SENT, dueAt: wib('2026-08-17T10:00') });
  });

  it('moves sent → accepted → done, with a report', () => {
    const accepted = act(sent, { type: 'accept' });
    expect(accepted.next).toMatchObject({ status: 'accepted', respondedAt: wib('2026-08-11T09:00') });
    expect(accepted.events[0]).toMatchObject({
      type: 'referral_accepted',
      public: true,
      message: 'Dirujuk ke rumah sakit — diterima.',
    });
    const done = act(accepted.next, { type: 'complete', report: 'Pasien dirawat 3 hari dan sudah pulang.' });
    expect(done.next).toMatchObject({ status: 'done', report: 'Pasien dirawat 3 hari dan sudah pulang.' });
    expect(done.events[0]).toMatchObject({
      type: 'referral_done',
      message: 'Dirujuk ke rumah sakit — selesai.',
    });
    expect(done.events[0]?.data).toMatchObject({ report: 'Pasien dirawat 3 hari dan sudah pulang.' });
  });

  it('moves sent → declined, keeping the reason internal', () => {
    const declined = act(sent, { type: 'decline', reason: 'Ruang rawat penuh.' });
    expect(declined.next).toMatchObject({ status: 'declined', declineReason: 'Ruang rawat penuh.' });
    expect(declined.events[0]?.message).toBe('Dirujuk ke rumah sakit — ditolak.');
    expect(declined.events[0]?.data).toMatchObject({ reason: 'Ruang rawat penuh.' });
    expect(() => ZReferralAction.parse({ type: 'decline', reason: '' })).toThrow(
      'Tulis alasan rujukan ditolak',
    );
  });

  it('refuses illegal moves with 409 and says why', () => {
    const accepted = act(sent, { type: 'accept' }).next;
    const declined = act(sent, { type: 'decline', reason: 'Ruang rawat penuh.' }).next;
    const done = act(accepted, { type: 'complete', report: 'Sudah ditangani dengan baik.' }).next;
    const cases: [ReferralState, unknown, string][] = [
      [sent, { type: 'complete', report: 'Sudah ditangani dengan baik.' }, 'Rujukan belum diterima'],
      [accepted, { type: 'accept' }, 'Rujukan sudah diterima'],
      [accepted, { type: 'decline', reason: 'Berubah pikiran.' }, 'Rujukan sudah diterima'],
      [declined, { type: 'accept' }, 'Rujukan sudah ditolak'],
      [declined, { type: 'complete', report: 'Sudah ditangani dengan baik.' }, 'Rujukan sudah ditolak'],
      [done, { type: 'accept' }, 'Rujukan sudah selesai'],
      [done, { type: 'decline', reason: 'Berubah pikiran.' }, 'Rujukan sudah selesai'],
      [done, { type: 'complete', report: 'Sudah ditangani dengan baik.' }, 'Rujukan sudah selesai'],
    ];
    for (const [state, input, words] of cases) {
      const error = refusal(() => act(state, input));
      expect(error.code).toBe('REFERRAL_ACTION_NOT_ALLOWED');
      expect(error.status).toBe(409);
      expect(error.message).toContain(words);
    }
  });

  it('is overdue past its due time while the body has not finished', () => {
    const late = wib('2026-08-17T10:01');
    expect(isReferralOverdue(sent, wib('2026-08-17T10:00'))).toBe(false);
    expect(isReferralOverdue(sent, late)).toBe(true);
    expect(isReferralOverdue({ ...sent, status: 'accepted' }, late)).toBe(true);
    expect(isReferralOverdue({ ...sent, status: 'done' }, late)).toBe(false);
    expect(isReferralOverdue({ ...sent, status: 'declined' }, late)).toBe(false);
  });

  it('is answered by the partner or the staff who follow referrals up', () => {
    expect(canActOnReferral('partner')).toBe(true);
    expect(canActOnReferral('social_worker')).toBe(true);
    expect(canActOnReferral('admin')).toBe(false);
    expect(canActOnReferral('front_office')).toBe(false);
  });
});

describe('publicReferralView', () => {
  it('says only the kind of body and the status', () => {
    expect(
      publicReferralView({
        target: { kind: 'partner', partnerKind: 'rumah_sakit', partnerId: null },
        status: 'accepted',
      }),
    ).toBe('Dirujuk ke rumah sakit — diterima');
    expect(publicReferralView({ target: { kind: 'pillar', pillarKind: 'tksk' }, status: 'sent' })).toBe(
      'Dirujuk ke tenaga kesejahteraan sosial kecamatan (TKSK) — dikirim',
    );
  });

  it('never carries names, ids or personal data, whatever the referral holds', () => {
    const state: ReferralState & { person?: unknown } = {
      ...newReferral(ZReferralInput.parse(INPUT), SENT, CALENDAR),
      status: 'done',
      report: 'Budi Santoso (NIK 1472010101900001) sudah dirawat di RSUD Dumai, Jl. Tanjung Jati.',
      declineReason: 'Budi Santoso',
    };
    const view = publicReferralView(state);
    expect(view).toBe('Dirujuk ke rumah sakit — selesai');
    for (const secret of ['Budi', '1472', 'RSUD', 'Tanjung', PARTNER_ID]) expect(view).not.toContain(secret);
    const { events } = applyReferralAction(
      { ...state, status: 'accepted' },
      { type: 'complete', report: state.report as string },
      SENT,
    );
    expect(events[0]?.message).not.toContain('Budi');
  });

  it('has a public name for every kind', () => {
    for (const partner of PARTNER_KINDS)
      expect(
        publicReferralView({
          target: { kind: 'partner', partnerKind: partner.code, partnerId: null },
          status: 'sent',
        }),
      ).toBe(`Dirujuk ke ${partner.publicName} — dikirim`);
    for (const pillar of PILLAR_KINDS)
      expect(
        publicReferralView({ target: { kind: 'pillar', pillarKind: pillar.code }, status: 'done' }),
      ).toContain(pillar.publicName);
  });
});
