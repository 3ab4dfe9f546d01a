import { nikCompatible } from './linking';
import { normalisePersonName } from './names';

/** What the merge rule needs to know of a register record. */
export interface MergeSide {
  id: string;
  officeId: string;
  nikHash: string | null;
  mergedIntoId: string | null;
  fullName: string;
  birthDate: string | null;
}

export const MERGE_REFUSALS = ['same_record', 'already_merged', 'other_office', 'different_nik'] as const;
export type MergeRefusal = (typeof MERGE_REFUSALS)[number];

/** Why the merge is refused, in Indonesian: shown beside the record picked. */
export const MERGE_REFUSAL_MESSAGES: Record<MergeRefusal, string> = {
  same_record: 'Pilih data lain: data tidak dapat digabung dengan dirinya sendiri',
  already_merged: 'Data ini sudah digabung ke data lain',
  other_office: 'Data tidak ditemukan',
  different_nik: 'Kedua data memiliki NIK berbeda: keduanya orang yang berbeda dan tidak dapat digabung',
};

/**
 * Whether record `source` may be merged into record `target`: two live records of one office, and
 * never two different NIKs (a NIK is who a person is; a wrong one is corrected on the case, not here).
 */
export function mergeRefusal(target: MergeSide, source: MergeSide): MergeRefusal | null {
  if (target.id === source.id) return 'same_record';
  if (target.officeId !== source.officeId) return 'other_office';
  if (target.mergedIntoId || source.mergedIntoId) return 'already_merged';
  if (!nikCompatible(target.nikHash || null, source.nikHash || null)) return 'different_nik';
  return null;
}

export const MERGE_WARNINGS = ['different_birth_date', 'different_name'] as const;
export type MergeWarning = (typeof MERGE_WARNINGS)[number];

/**
 * What the officer should look at twice before merging: allowed (a birth date entered wrong, a
 * nickname), but worth a second look at the photos and addresses.
 */
export function mergeWarnings(target: MergeSide, source: MergeSide): MergeWarning[] {
  const warnings: MergeWarning[] = [];
  if (target.birthDate && source.birthDate && target.birthDate !== source.birthDate)
    warnings.push('different_birth_date');
  if (normalisePersonName(target.fullName) !== normalisePersonName(source.fullName))
    warnings.push('different_name');
  return warnings;
}
