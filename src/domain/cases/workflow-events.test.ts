import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../intake/report';
import { applyAction, CASE_STATUS_LABELS, disputeClosure, disputeWindowEndsAt } from './workflow';

import {
  action,
  COORDINATOR,
  caseIn,
  ctx,
  NOW,
  OFFICER,
  OTHER_OFFICER,
  refusal,
  SAMPLE,
  wib,
} from './workflow-fixtures';

describe('timeline events', () => {
  it('makes status changes and messages for the reporter public, and keeps work notes internal', () => {
    const verified = applyAction(
      caseIn('new'),
      action({ type: 'verify', note: 'KTP cocok', publicMessage: 'Terima kasih.' }),
      ctx(),
    );
    expect(verified.events).toEqual([
      expect.objectContaining({
        type: 'verified',
        public: true,
        message: 'Permohonan Anda sudah diverifikasi. Pesan petugas: Terima kasih.',
      }),
    ]);

    const assessed = applyAction(caseIn('verified'), action(SAMPLE.assess), ctx('social_worker'));
    expect(assessed.events.map((e) => [e.type, e.public])).toEqual([
      ['assessed', false],
      ['status_changed', true],
    ]);
    expect(assessed.events[1]?.message).toBe('Permohonan Anda sedang diproses.');
    expect(JSON.stringify(assessed.events[1])).not.toContain('Lansia');

    const again = applyAction(assessed.next, action(SAMPLE.assess), ctx('social_worker'));
    expect(again.events.map((e) => e.type)).toEqual(['assessed']);

    const internal = applyAction(caseIn('in_progress'), action(SAMPLE.note), ctx());
    expect(internal.events[0]).toMatchObject({ type: 'note', public: false });
    const forReporter = applyAction(
      caseIn('closed'),
      action({ type: 'note', text: 'Bantuan dikirim besok.', public: true }),
      ctx(),
    );
    expect(forReporter.events[0]).toMatchObject({
      type: 'note',
      public: true,
      message: 'Bantuan dikirim besok.',
    });
  });

  it('names only the kind of body on a public referral event', () => {
    const { events } = applyAction(
      caseIn('in_progress', { kind: 'complaint' }),
      action(SAMPLE.refer),
      ctx('social_worker'),
    );
    expect(events[0]).toMatchObject({
      type: 'referred',
      public: true,
      message: 'Laporan Anda dirujuk ke rumah sakit jiwa.',
    });
  });

  it('tells the reporter a product was handed over, keeping the product itself internal', () => {
    const { events } = applyAction(caseIn('in_progress'), action(SAMPLE.deliver), ctx('front_office'));
    expect(events[0]).toMatchObject({
      type: 'delivered',
      public: true,
      message: 'Layanan untuk permohonan Anda sudah diberikan.',
      data: { product: 'Surat Rekomendasi' },
    });
  });
});

describe('assignment', () => {
  it('assigns to an officer, a division or a district unit, internally', () => {
    const first = applyAction(caseIn('new'), action(SAMPLE.assign), ctx());
    expect(first.next.assignee).toEqual({ kind: 'officer', userId: OFFICER });
    expect(first.next.lastOfficerId).toBe(OFFICER);
    expect(first.events[0]).toMatchObject({
      type: 'assigned',
      public: false,
      message: 'Kasus ditugaskan ke petugas.',
    });

    const division = applyAction(
      caseIn('new'),
      action({ type: 'assign', to: { kind: 'division', code: 'rehsos' } }),
      ctx(),
    );
    expect(division.next.assignee).toEqual({ kind: 'division', code: 'rehsos' });
    expect(division.next.lastOfficerId).toBeNull();
    const unit = applyAction(
      caseIn('new'),
      action({ type: 'assign', to: { kind: 'district_unit', districtCode: '14.72.01' } }),
      ctx(),
    );
    expect(unit.events[0]?.message).toBe('Kasus ditugaskan ke unit layanan kecamatan.');
  });

  it('asks a reassignment for its reason', () => {
    const assigned = caseIn('in_progress', { assignee: { kind: 'officer', userId: OFFICER } });
    const moveTo = { type: 'assign', to: { kind: 'officer', userId: OTHER_OFFICER } } as const;
    const error = refusal(() => applyAction(assigned, action(moveTo), ctx()));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual({ reason: 'Tulis alasan pengalihan tugas' });

    const { next, events } = applyAction(
      assigned,
      action({ ...moveTo, reason: 'Beban kerja berlebih' }),
      ctx(),
    );
    expect(next.assignee).toEqual({ kind: 'officer', userId: OTHER_OFFICER });
    expect(events[0]).toMatchObject({
      message: 'Kasus dialihkan ke petugas.',
      data: { from: { kind: 'officer', userId: OFFICER }, reason: 'Beban kerja berlebih' },
    });
  });

  it('refuses to assign a case to whoever already has it', () => {
    const assigned = caseIn('in_progress', { assignee: { kind: 'officer', userId: OFFICER } });
    const error = refusal(() => applyAction(assigned, action({ ...SAMPLE.assign, reason: 'x' }), ctx()));
    expect(error.code).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(error.message).toBe('Kasus sudah ditugaskan ke tujuan itu.');
  });

  it('remembers the officer who last worked on the case, not the leader who closed it', () => {
    let state = applyAction(
      caseIn('verified'),
      action(SAMPLE.assess),
      ctx('social_worker', NOW, OFFICER),
    ).next;
    expect(state.lastOfficerId).toBe(OFFICER);
    state = applyAction(state, action(SAMPLE.note), ctx('front_office', NOW, OTHER_OFFICER)).next;
    expect(state.lastOfficerId).toBe(OFFICER);
    state = applyAction(state, action(SAMPLE.close), ctx('coordinator', NOW, COORDINATOR)).next;
    expect(state.lastOfficerId).toBe(OFFICER);
  });
});

describe("the reporter's dispute of a closure", () => {
  const TZ = 'Asia/Jakarta';
  // Closed Saturday 1 August 2026 at 11:00 WIB (caseIn).
  const closed = caseIn('closed', { lastOfficerId: OFFICER, assignee: { kind: 'division', code: 'rehsos' } });

  it('is open through the 14th day after closure, in office time', () => {
    expect(disputeWindowEndsAt(wib('2026-08-01T11:00'), TZ)).toEqual(wib('2026-08-16T00:00'));
    expect(disputeWindowEndsAt(wib('2026-08-01T23:30'), TZ)).toEqual(wib('2026-08-16T00:00'));
  });

  it('reopens to the last officer on day 14', () => {
    const { next, events } = disputeClosure(closed, wib('2026-08-15T23:59'), {
      timeZone: TZ,
      reason: 'Bantuan belum datang',
    });
    expect(next).toMatchObject({
      status: 'in_progress',
      closedAt: null,
      outcome: null,
      assignee: { kind: 'officer', userId: OFFICER },
    });
    expect(events[0]).toMatchObject({
      type: 'disputed',
      public: true,
      message: 'Keberatan Anda sudah diterima; permohonan Anda diproses kembali.',
      data: { reason: 'Bantuan belum datang', closedAt: wib('2026-08-01T11:00').toISOString() },
    });
  });

  it('refuses on day 15', () => {
    const error = refusal(() => disputeClosure(closed, wib('2026-08-16T00:00'), { timeZone: TZ }));
    expect(error.code).toBe('DISPUTE_WINDOW_CLOSED');
    expect(error.status).toBe(409);
    expect(error.message).toContain('14 hari');
  });

  it('keeps the assignee when no officer ever worked on the case', () => {
    const { next } = disputeClosure({ ...closed, lastOfficerId: null }, wib('2026-08-02T09:00'), {
      timeZone: TZ,
    });
    expect(next.assignee).toEqual({ kind: 'division', code: 'rehsos' });
  });

  it('only disputes a closed case', () => {
    for (const status of CASE_STATUSES.filter((s) => s !== 'closed')) {
      const error = refusal(() => disputeClosure(caseIn(status), NOW, { timeZone: TZ }));
      expect(error.code).toBe('CASE_ACTION_NOT_ALLOWED');
    }
    expect(refusal(() => disputeClosure(caseIn('rejected'), NOW, { timeZone: TZ })).message).toBe(
      'Keberatan hanya dapat diajukan atas kasus yang sudah selesai.',
    );
    expect(refusal(() => disputeClosure(caseIn('in_progress'), NOW, { timeZone: TZ })).message).toBe(
      'Kasus masih diproses; keberatan dapat diajukan setelah kasus selesai.',
    );
  });
});

describe('public status labels', () => {
  it('has the words of the tracking page for every status', () => {
    expect(CASE_STATUS_LABELS).toEqual({
      new: 'Baru diterima',
      verified: 'Diverifikasi',
      awaiting_documents: 'Menunggu kelengkapan',
      in_progress: 'Diproses',
      referred: 'Dirujuk',
      closed: 'Selesai',
      rejected: 'Ditolak',
      out_of_scope: 'Bukan kewenangan',
    });
  });
});
