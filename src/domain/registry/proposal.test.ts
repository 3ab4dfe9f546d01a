import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import {
  addDocument,
  awaitsSiksEntry,
  missingDocuments,
  newProposal,
  PROPOSAL_DOCUMENT_CODES,
  type ProposalState,
  proposalDueOn,
  recordStage,
} from './proposal';

const now = new Date('2026-11-26T03:00:00Z');
const today = '2026-11-26';

function withDocuments(): ProposalState {
  return PROPOSAL_DOCUMENT_CODES.reduce(
    (s, code, i) => addDocument(s, code, `file-${i}`, 'u1', now),
    newProposal(),
  );
}

function error(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('DTKS proposal (Dumai standard 1)', () => {
  it('waits for the five documents, house photos front and inside apart, then goes to the PSM', () => {
    const partial = addDocument(newProposal(), 'house_front', 'f1', 'u1', now);
    expect(partial.stage).toBe('documents');
    expect(missingDocuments(partial)).toEqual(['kk_ktp', 'electricity', 'house_inside', 'sktm']);
    expect(
      error(() =>
        recordStage(
          partial,
          { stage: 'psm_verification', eligible: true, psmName: 'Bu Ani' },
          'u1',
          now,
          today,
        ),
      ).message,
    ).toMatch(/Berkas belum lengkap: Fotocopy KK\/KTP/);
    expect(withDocuments()).toMatchObject({ stage: 'psm_verification', stages: { documents: { by: 'u1' } } });
  });

  it('goes PSM, MUSKEL, SIKS-NG entry, final validation, in order, and is accepted', () => {
    let state = withDocuments();
    expect(error(() => recordStage(state, { stage: 'siks_entry', date: today }, 'u1', now, today)).code).toBe(
      'CASE_ACTION_NOT_ALLOWED',
    );
    state = recordStage(
      state,
      { stage: 'psm_verification', eligible: true, psmName: 'Bu Ani' },
      'u1',
      now,
      today,
    );
    state = recordStage(
      state,
      { stage: 'village_deliberation', eligible: true, date: '2026-11-20', reference: 'BA/12/2026' },
      'u1',
      now,
      today,
    );
    expect(awaitsSiksEntry(state)).toBe(true);
    state = recordStage(
      state,
      { stage: 'siks_entry', date: '2026-11-25', reference: 'USL-991' },
      'u2',
      now,
      today,
    );
    state = recordStage(state, { stage: 'final_validation', eligible: true }, 'u3', now, today);
    expect(state).toMatchObject({ status: 'accepted', stage: null });
    expect(state.stages.village_deliberation).toMatchObject({
      eligible: true,
      reference: 'BA/12/2026',
      date: '2026-11-20',
    });
  });

  it('is rejected when found not eligible, with the reason', () => {
    const state = withDocuments();
    expect(
      error(() =>
        recordStage(
          state,
          { stage: 'psm_verification', eligible: false, psmName: 'Bu Ani' },
          'u1',
          now,
          today,
        ),
      ).fields,
    ).toHaveProperty('note');
    const rejected = recordStage(
      state,
      { stage: 'psm_verification', eligible: false, psmName: 'Bu Ani', note: 'Rumah permanen, punya mobil' },
      'u1',
      now,
      today,
    );
    expect(rejected).toMatchObject({ status: 'rejected', stage: null });
    expect(error(() => addDocument(rejected, 'sktm', 'x', 'u1', now)).code).toBe('CASE_ACTION_NOT_ALLOWED');
  });

  it('asks for what each stage needs', () => {
    const state = withDocuments();
    expect(
      error(() => recordStage(state, { stage: 'psm_verification', eligible: true }, 'u1', now, today)).fields,
    ).toHaveProperty('psmName');
    const psm = recordStage(
      state,
      { stage: 'psm_verification', eligible: true, psmName: 'Bu Ani' },
      'u1',
      now,
      today,
    );
    expect(
      error(() => recordStage(psm, { stage: 'village_deliberation', eligible: true }, 'u1', now, today))
        .fields,
    ).toHaveProperty('date');
    expect(
      error(() =>
        recordStage(
          psm,
          { stage: 'village_deliberation', eligible: true, date: '2026-12-01' },
          'u1',
          now,
          today,
        ),
      ).fields,
    ).toHaveProperty('date');
  });

  it('is due two months after it began', () => {
    expect(proposalDueOn('2026-11-26')).toBe('2027-01-26');
    expect(proposalDueOn('2026-12-31')).toBe('2027-02-28');
  });
});
