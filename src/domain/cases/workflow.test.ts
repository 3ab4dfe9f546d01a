import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../auth/roles';
import { CASE_STATUSES, type CaseStatus } from '../intake/report';
import { CASE_ACTION_TYPES, type CaseActionType } from './actions';
import {
  applyAction,
  availableActions,
  canAct,
  currentStepOf,
  isResolved,
  newCaseState,
  remainingSteps,
} from './workflow';

import {
  action,
  caseIn,
  ctx,
  JEMPUT_BOLA,
  NOW,
  OFFICER,
  REKOM_DTKS,
  refusal,
  SAMPLE,
  wib,
} from './workflow-fixtures';

/** Where each action may start, written out from the issue rather than read from the code. */
const ALLOWED: Record<CaseActionType, CaseStatus[]> = {
  verify: ['new'],
  request_documents: ['new', 'verified', 'in_progress'],
  documents_received: ['awaiting_documents'],
  assess: ['new', 'verified', 'in_progress', 'referred'],
  approve: ['verified', 'in_progress', 'referred'],
  refer: ['verified', 'in_progress', 'referred'],
  deliver: ['verified', 'in_progress', 'referred'],
  close: ['verified', 'in_progress', 'referred'],
  reject: ['new', 'verified', 'awaiting_documents', 'in_progress'],
  out_of_scope: ['new', 'verified', 'awaiting_documents', 'in_progress'],
  reopen: ['closed', 'rejected', 'out_of_scope'],
  note: [...CASE_STATUSES],
  assign: ['new', 'verified', 'awaiting_documents', 'in_progress', 'referred'],
};

/** The status each allowed action leaves (null: unchanged). */
const RESULT: Record<CaseActionType, CaseStatus | null> = {
  verify: 'verified',
  request_documents: 'awaiting_documents',
  documents_received: 'verified', // the status before the pause, in caseIn()
  assess: 'in_progress',
  approve: 'in_progress',
  refer: 'referred',
  deliver: 'in_progress',
  close: 'closed',
  reject: 'rejected',
  out_of_scope: 'out_of_scope',
  reopen: 'in_progress',
  note: null,
  assign: null,
};

describe('every action from every status', () => {
  for (const type of CASE_ACTION_TYPES)
    for (const status of CASE_STATUSES) {
      const allowed = ALLOWED[type].includes(status);
      it(`${type} from ${status}: ${allowed ? `→ ${RESULT[type] ?? status}` : '409'}`, () => {
        const state = caseIn(status);
        const run = () => applyAction(state, action(SAMPLE[type]), ctx());
        if (allowed) {
          const { next, events } = run();
          expect(next.status).toBe(RESULT[type] ?? status);
          expect(events.length).toBeGreaterThan(0);
        } else {
          const error = refusal(run);
          expect(error.code).toBe('CASE_ACTION_NOT_ALLOWED');
          expect(error.status).toBe(409);
          expect(error.message).not.toBe('');
        }
      });
    }

  it('never changes the state it is given', () => {
    const state = caseIn('in_progress');
    const frozen = structuredClone(state);
    applyAction(state, action(SAMPLE.close), ctx());
    applyAction(state, action(SAMPLE.request_documents), ctx());
    expect(state).toEqual(frozen);
  });
});

describe('refusals say why', () => {
  const message = (status: CaseStatus, type: CaseActionType) =>
    refusal(() => applyAction(caseIn(status), action(SAMPLE[type]), ctx())).message;

  it('asks to reopen a finished case first', () => {
    expect(message('closed', 'verify')).toBe('Kasus sudah ditutup; buka kembali dulu.');
    expect(message('closed', 'assign')).toBe('Kasus sudah ditutup; buka kembali dulu.');
    expect(message('rejected', 'close')).toBe('Kasus sudah ditolak; buka kembali dulu.');
    expect(message('out_of_scope', 'deliver')).toBe(
      'Kasus sudah dinyatakan bukan kewenangan; buka kembali dulu.',
    );
  });

  it('asks for the documents first while the case waits for them', () => {
    expect(message('awaiting_documents', 'assess')).toBe(
      'Kasus sedang menunggu kelengkapan dokumen; catat dulu bahwa dokumen sudah diterima.',
    );
    expect(message('awaiting_documents', 'request_documents')).toContain('menunggu kelengkapan');
    expect(message('in_progress', 'documents_received')).toBe(
      'Kasus tidak sedang menunggu kelengkapan dokumen.',
    );
  });

  it('asks to verify a new case before approving, delivering, referring or closing it', () => {
    for (const type of ['approve', 'deliver', 'refer', 'close'] as const)
      expect(message('new', type)).toBe('Kasus belum diverifikasi; verifikasi dulu.');
  });

  it('explains the other refusals', () => {
    expect(message('verified', 'verify')).toBe('Kasus sudah diverifikasi.');
    expect(message('in_progress', 'reopen')).toBe('Kasus masih berjalan; tidak perlu dibuka kembali.');
    expect(message('referred', 'reject')).toContain('Kasus sudah dirujuk; tidak dapat ditolak lagi.');
    expect(message('referred', 'out_of_scope')).toContain('Kasus sudah dirujuk');
    expect(message('referred', 'request_documents')).toContain('menunggu jawaban rujukan');
  });
});

describe('who may act', () => {
  /** The issue's role table, in the role codes of auth/roles.ts, plus the seed-driven additions. */
  const TABLE: Record<Role, CaseActionType[]> = {
    admin: [],
    kadis: ['approve', 'note', 'reopen'],
    kabid: [...CASE_ACTION_TYPES],
    coordinator: [...CASE_ACTION_TYPES],
    front_office: ['verify', 'request_documents', 'documents_received', 'note', 'deliver'],
    complaint_officer: ['verify', 'request_documents', 'documents_received', 'note', 'deliver'],
    service_officer: [
      'verify',
      'request_documents',
      'documents_received',
      'note',
      'deliver',
      'assess',
      'refer',
    ],
    social_worker: ['assess', 'note', 'request_documents', 'documents_received', 'refer', 'deliver'],
    district_operator: ['verify', 'note', 'assess'],
    partner: [],
  };

  for (const role of ROLES)
    it(`${role}: ${TABLE[role].join(', ') || 'nothing'}`, () => {
      for (const type of CASE_ACTION_TYPES)
        expect(canAct(role, type), `${role} ${type}`).toBe(TABLE[role].includes(type));
    });

  it('refuses a role with 403 and names the role and the action', () => {
    const error = refusal(() =>
      applyAction(caseIn('in_progress'), action(SAMPLE.close), ctx('front_office')),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.status).toBe(403);
    expect(error.message).toBe('Petugas Front Office tidak berwenang menutup kasus.');
    expect(refusal(() => applyAction(caseIn('new'), action(SAMPLE.note), ctx('admin'))).message).toBe(
      'Administrator tidak berwenang menambah catatan.',
    );
    expect(refusal(() => applyAction(caseIn('new'), action(SAMPLE.verify), ctx('partner'))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('checks the role before the status', () => {
    expect(refusal(() => applyAction(caseIn('closed'), action(SAMPLE.close), ctx('kadis'))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('offers each role the actions its role and the status allow', () => {
    expect(availableActions(caseIn('new'), 'front_office')).toEqual(['verify', 'request_documents', 'note']);
    expect(availableActions(caseIn('closed'), 'kadis')).toEqual(['reopen', 'note']);
    expect(availableActions(caseIn('in_progress'), 'admin')).toEqual([]);
    expect(availableActions(caseIn('referred'), 'social_worker')).toEqual([
      'assess',
      'refer',
      'deliver',
      'note',
    ]);
  });
});

describe('steps of the standard version', () => {
  it('starts new at the first step', () => {
    const state = newCaseState('complaint', JEMPUT_BOLA);
    expect(state.status).toBe('new');
    expect(currentStepOf(state)?.name).toBe('Terima Laporan');
    expect(remainingSteps(state)).toHaveLength(6);
  });

  it('verification passes the intake and verification steps', () => {
    const { next, events } = applyAction(newCaseState('service', REKOM_DTKS), action(SAMPLE.verify), ctx());
    expect(next.currentStep).toBe(3);
    expect(currentStepOf(next)?.name).toBe('Paraf Kasi Linjamsos');
    expect(events[0]?.data).toMatchObject({
      fromStep: 0,
      toStep: 3,
      fromStatus: 'new',
      toStatus: 'verified',
    });
  });

  it('one assessment passes the visit and the assessment steps together', () => {
    const verified = applyAction(newCaseState('complaint', JEMPUT_BOLA), action(SAMPLE.verify), ctx()).next;
    expect(currentStepOf(verified)?.kind).toBe('field_visit');
    const { next } = applyAction(verified, action(SAMPLE.assess), ctx('social_worker', NOW, OFFICER));
    expect(next.currentStep).toBe(4);
    expect(currentStepOf(next)?.kind).toBe('referral');
  });

  it('an outreach team may assess a new case straight away', () => {
    const { next } = applyAction(
      newCaseState('complaint', JEMPUT_BOLA),
      action(SAMPLE.assess),
      ctx('social_worker'),
    );
    expect(next.status).toBe('in_progress');
    expect(next.currentStep).toBe(4);
  });

  it('each approval is one signature', () => {
    let state = applyAction(newCaseState('service', REKOM_DTKS), action(SAMPLE.verify), ctx()).next;
    state = applyAction(state, action(SAMPLE.approve), ctx('kabid')).next;
    expect(currentStepOf(state)?.name).toBe('Paraf Kabid Linjamsos');
    state = applyAction(state, action(SAMPLE.approve), ctx('kabid')).next;
    state = applyAction(state, action(SAMPLE.approve), ctx('kadis')).next;
    expect(currentStepOf(state)?.kind).toBe('product');
    state = applyAction(state, action(SAMPLE.deliver), ctx('front_office', NOW, OFFICER)).next;
    expect(state.currentStep).toBe(REKOM_DTKS.length);
    expect(currentStepOf(state)).toBeNull();
    expect(remainingSteps(state)).toEqual([]);
  });

  it('stays on its step when the standard has no step of the action kind, and still records it', () => {
    const noApproval = applyAction(newCaseState('complaint', JEMPUT_BOLA), action(SAMPLE.verify), ctx()).next;
    const { next, events } = applyAction(noApproval, action(SAMPLE.approve), ctx('kabid'));
    expect(next.currentStep).toBe(noApproval.currentStep);
    expect(next.status).toBe('in_progress');
    expect(events.map((e) => e.type)).toEqual(['approved', 'status_changed']);
  });

  it('referring passes the referral step and waits on the partner', () => {
    const state = {
      ...newCaseState('complaint', JEMPUT_BOLA),
      status: 'in_progress' as const,
      currentStep: 4,
    };
    const { next } = applyAction(state, action(SAMPLE.refer), ctx('social_worker'));
    expect(next.status).toBe('referred');
    expect(currentStepOf(next)?.kind).toBe('product');
  });
});

describe('documents and the paused clock', () => {
  it('pauses the clock, shows the reporter what is missing, and returns to the status before', () => {
    const verified = caseIn('verified');
    const asked = applyAction(
      verified,
      action({ ...SAMPLE.request_documents, publicMessage: 'Bawa ke kantor.' }),
      ctx(),
    );
    expect(asked.next).toMatchObject({
      status: 'awaiting_documents',
      pausedAt: NOW,
      statusBeforePause: 'verified',
      missingDocuments: ['Fotokopi KK', 'SKTM kelurahan'],
    });
    expect(asked.events[0]).toMatchObject({
      type: 'documents_requested',
      public: true,
      message:
        'Permohonan Anda menunggu kelengkapan dokumen: Fotokopi KK, SKTM kelurahan. Pesan petugas: Bawa ke kantor.',
    });

    const later = wib('2026-08-11T09:00');
    const back = applyAction(asked.next, action(SAMPLE.documents_received), ctx('front_office', later));
    expect(back.next).toMatchObject({
      status: 'verified',
      pausedAt: null,
      statusBeforePause: null,
      missingDocuments: [],
    });
    expect(back.events[0]).toMatchObject({
      type: 'documents_received',
      public: true,
      data: {
        pausedAt: NOW.toISOString(),
        resumedAt: later.toISOString(),
        received: ['Fotokopi KK', 'SKTM kelurahan'],
      },
    });
  });

  it('ends the pause when the case is rejected while waiting', () => {
    const { next } = applyAction(caseIn('awaiting_documents'), action(SAMPLE.reject), ctx());
    expect(next).toMatchObject({
      status: 'rejected',
      pausedAt: null,
      statusBeforePause: null,
      missingDocuments: [],
    });
  });
});

describe('closing, refusing and reopening', () => {
  it('closes with an outcome and the form it was delivered in', () => {
    const { next, events } = applyAction(caseIn('in_progress'), action(SAMPLE.close), ctx());
    expect(next).toMatchObject({
      status: 'closed',
      closedAt: NOW,
      outcome: { outcome: 'terminasi', deliveredAs: 'administrasi' },
    });
    expect(events[0]).toMatchObject({
      type: 'closed',
      public: true,
      data: { summary: 'Surat rekomendasi diserahkan.' },
    });
    expect(events[0]?.message).toContain('Permohonan Anda sudah selesai ditangani.');
    expect(events[0]?.message).toContain('keberatan dalam 14 hari');
    expect(isResolved(next.status)).toBe(true);
  });

  it('keeps rejected and out-of-scope cases out of the resolved count, and tells the reporter why', () => {
    const rejected = applyAction(caseIn('new', { kind: 'complaint' }), action(SAMPLE.reject), ctx());
    expect(rejected.events[0]?.message).toBe(
      'Laporan Anda tidak dapat diproses. Alasan: Pemohon tidak berdomisili di Kota Dumai.',
    );
    const outside = applyAction(caseIn('new', { kind: 'complaint' }), action(SAMPLE.out_of_scope), ctx());
    expect(outside.events[0]?.message).toBe(
      'Laporan Anda bukan kewenangan Dinas Sosial. Alasan: Urusan sengketa tanah. Silakan menghubungi Badan Pertanahan Nasional.',
    );
    for (const status of CASE_STATUSES) expect(isResolved(status)).toBe(status === 'closed');
  });

  it('reopens a finished case into progress and forgets its outcome', () => {
    const { next, events } = applyAction(caseIn('closed'), action(SAMPLE.reopen), ctx('kadis'));
    expect(next).toMatchObject({ status: 'in_progress', closedAt: null, outcome: null });
    expect(events[0]).toMatchObject({
      type: 'reopened',
      public: true,
      message: 'Permohonan Anda dibuka kembali dan diproses lagi.',
      data: { reason: 'Bantuan ternyata belum diterima.', previousOutcome: { outcome: 'terminasi' } },
    });
  });
});
