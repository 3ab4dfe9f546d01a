import { KK_MESSAGES } from '../identity/kk';
import { NIK_MESSAGES } from '../identity/nik';
import { z } from '../zod';
import { optionalText, ZPhone, ZReportInput, ZSixteenDigits, ZVillageCode } from './report';
import { INSTITUTION_FORMS, SUBMISSION_KINDS, type SubmissionKind } from './submission-kinds';

/**
 * One schema per submission kind (issue 17). Every kind shares the office, the service, what is said
 * (`description`), who says it (`reporter`) and consent; each adds only what its document asks.
 * The kind is the service's (catalogue data, `submissionKinds`); a body may name one of them in
 * `kind`, otherwise the service's first applies. Without a service, a report is a PPKS report.
 */

/** A NIK or KK number the complainant may leave out. */
const optionalSixteenDigits = (message: string) =>
  ZSixteenDigits(message)
    .nullish()
    .transform((v) => v ?? null);

const ZCommon = z.object({
  office: z.string().min(1).max(60).describe('slug or Kemendagri code of the office'),
  serviceCode: z.string().max(60).nullable().default(null),
  kind: z.enum(SUBMISSION_KINDS).nullish(),
  description: z.string().trim().min(10, 'Tuliskan isi pengaduan/permohonan, minimal 10 huruf').max(4000),
  reporter: z.object({
    name: z.string().trim().min(2, 'Nama minimal 2 huruf').max(120),
    phone: ZPhone,
    email: z
      .email('Alamat email tidak valid; tulis seperti nama@contoh.id')
      .max(200)
      .nullish()
      .transform((v) => v ?? null),
  }),
  consent: z.literal(true, 'Persetujuan pengolahan data diperlukan untuk mengirim'),
});

/**
 * A complaint about the office's service, as Dumai's standard 12 lists it: the complainant's KTP/KK
 * numbers and address when given, the phone and the complaint. Nothing else is asked.
 */
export const ZServiceComplaintInput = ZCommon.extend({
  complainant: z
    .object({
      nik: optionalSixteenDigits(NIK_MESSAGES.format),
      kk: optionalSixteenDigits(KK_MESSAGES.format),
      address: optionalText(300),
    })
    .nullish()
    .transform((v) => v ?? null),
  /** What the complaint is about, when the complainant names it (a service, an officer, a place). */
  subject: optionalText(200),
});

/** A consultation or urgent information call (Si-PULAU PANDHA C). */
export const ZInformationRequestInput = ZCommon.extend({
  topic: optionalText(200),
  urgent: z.boolean().default(false),
});

/** An opinion or a poll answer (Bekasi "Polling Masyarakat"). */
export const ZOpinionInput = ZCommon.extend({
  topic: optionalText(200),
});

/** An institution applying (Bekasi c): the LKS/yayasan, where it stands, who leads it. */
export const ZInstitutionApplicationInput = ZCommon.extend({
  institution: z.object({
    name: z.string().trim().min(3, 'Tulis nama lembaga').max(200),
    form: z.enum(INSTITUTION_FORMS, 'Pilih bentuk lembaga'),
    /** Akta pendirian / SK Kemenkumham number, when it has one. */
    registrationNumber: optionalText(100),
    headName: z.string().trim().min(2, 'Tulis nama ketua/pimpinan lembaga').max(120),
    phone: ZPhone,
    villageCode: ZVillageCode,
    address: z.string().trim().min(5, 'Tulis alamat sekretariat lembaga').max(300),
    /** Fields of service (lansia, anak, disabilitas…), as the institution writes them. */
    fieldOfService: optionalText(200),
  }),
});

/** Today's PPKS report form, plus the kind (which a PPKS report may name or leave out). */
export const ZPpksReportInput = ZReportInput;

export const SUBMISSION_SCHEMAS = {
  ppks_report: ZPpksReportInput,
  service_complaint: ZServiceComplaintInput,
  information_request: ZInformationRequestInput,
  opinion: ZOpinionInput,
  institution_application: ZInstitutionApplicationInput,
} as const satisfies Record<SubmissionKind, z.ZodType>;

export type TServiceComplaintInput = z.infer<typeof ZServiceComplaintInput>;
export type TInformationRequestInput = z.infer<typeof ZInformationRequestInput>;
export type TOpinionInput = z.infer<typeof ZOpinionInput>;
export type TInstitutionApplicationInput = z.infer<typeof ZInstitutionApplicationInput>;

/** A checked submission, tagged with its kind. */
export type TSubmission =
  | { kind: 'ppks_report'; input: z.infer<typeof ZPpksReportInput> }
  | { kind: 'service_complaint'; input: TServiceComplaintInput }
  | { kind: 'information_request'; input: TInformationRequestInput }
  | { kind: 'opinion'; input: TOpinionInput }
  | { kind: 'institution_application'; input: TInstitutionApplicationInput };

/**
 * The kind a body is taken as: the one it names if the service offers it, else the service's first.
 * Null when it names a kind the service does not take (the caller answers 400 on `kind`).
 */
export function submissionKindFor(
  offered: readonly SubmissionKind[],
  named: SubmissionKind | null | undefined,
): SubmissionKind | null {
  if (offered.length === 0) return named && named !== 'ppks_report' ? null : 'ppks_report';
  if (!named) return offered[0] ?? 'ppks_report';
  return offered.includes(named) ? named : null;
}
