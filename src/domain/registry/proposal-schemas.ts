import { z } from '../zod';
import { PROPOSAL_DOCUMENT_CODES, PROPOSAL_STAGES } from './proposal';

// The DTKS proposal's API contract.

const optionalText = (max: number) =>
  z.string().trim().max(max, `Paling banyak ${max} karakter`).nullable().optional();

export const ZProposalStageInput = z.object({
  stage: z.enum(
    ['psm_verification', 'village_deliberation', 'siks_entry', 'final_validation'],
    'Pilih tahap',
  ),
  eligible: z.boolean().optional(),
  psmName: optionalText(120),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tulis tanggal (TTTT-BB-HH)')
    .nullable()
    .optional(),
  reference: optionalText(120),
  note: optionalText(1000),
});
export type TProposalStageInput = z.infer<typeof ZProposalStageInput>;

const ZStageRecordView = z.object({
  at: z.string(),
  by: z.string(),
  eligible: z.boolean().nullable(),
  psmName: z.string().nullable(),
  date: z.string().nullable(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
});

export const ZProposalView = z.object({
  ticket: z.string(),
  status: z.enum(['in_progress', 'accepted', 'rejected']),
  stage: z.enum(PROPOSAL_STAGES).nullable(),
  personName: z.string(),
  nikMasked: z.string().nullable(),
  villageCode: z.string(),
  startedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  finishedAt: z.string().nullable(),
  documents: z.array(
    z.object({
      code: z.enum(PROPOSAL_DOCUMENT_CODES),
      label: z.string(),
      attachmentId: z.string().nullable(),
    }),
  ),
  stages: z.array(
    z.object({
      stage: z.enum(PROPOSAL_STAGES),
      label: z.string(),
      record: ZStageRecordView.nullable(),
      /** Days since the stage before it (or the start) was done. */
      daysTaken: z.number().nullable(),
    }),
  ),
});
export type TProposalView = z.infer<typeof ZProposalView>;

export const ZProposalListQuery = z.object({
  status: z.enum(['in_progress', 'accepted', 'rejected']).optional(),
  stage: z.enum(PROPOSAL_STAGES).optional(),
});
