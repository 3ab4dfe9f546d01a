import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import { normalizeTicket } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { Letterhead } from '../../pdf/document';
import { type AuditContext, recordAudit } from '../audit/service';
import { maySee } from '../case-handling/visibility';
import type { OfficeRow } from '../offices/tables';
import { offices } from '../offices/tables';
import { regions } from '../regions/tables';
import { complaintFormPdf, ppksLabel } from './complaint-form';
import { findOffice } from './intake';
import { caseSubjects, cases } from './tables';

/** The letterhead of an office, as its settings give it (a WebP logo is left out: pdfkit cannot draw it). */
export function letterheadOf(
  office: Pick<OfficeRow, 'name' | 'address' | 'phone' | 'email' | 'website' | 'logo' | 'logoType'>,
): Letterhead {
  return {
    name: office.name,
    address: office.address,
    phone: office.phone,
    email: office.email,
    website: office.website,
    logo: office.logoType === 'image/webp' ? null : office.logo,
  };
}

/** The blank complaint form of Lampiran 1 with the office's letterhead, for the desk and outreach visits. */
export async function blankComplaintForm(db: Database, slugOrCode: string): Promise<Buffer> {
  return complaintFormPdf(letterheadOf(await findOffice(db, slugOrCode)), null);
}

/**
 * The complaint form filled from a case, to print and sign at the desk or on a visit. It shows the
 * person's NIK and KK in full, so printing it is recorded in the audit log.
 */
export async function filledComplaintForm(
  db: Database,
  actor: Actor,
  rawTicket: string,
  now: Date,
  audit: AuditContext,
): Promise<Buffer> {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const [row] = await db
    .select({ case: cases, subject: caseSubjects, office: offices, village: regions.name })
    .from(cases)
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .innerJoin(regions, eq(regions.code, cases.villageCode))
    .where(and(eq(cases.ticket, ticket), eq(cases.officeId, actor.officeId)));
  // The form shows the full NIK, KK and story: only to whoever may see the case (the one policy).
  if (!row || !maySee(actor, row.case)) throw new AppError('CASE_NOT_FOUND');
  const { subject, office } = row;
  await recordAudit(db, audit, { action: 'case.form_printed', targetType: 'case', targetId: ticket });
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: office.timeZone }).format(now);
  return complaintFormPdf(letterheadOf(office), {
    name: subject.fullName,
    kk: subject.kk,
    nik: subject.nik,
    address: [subject.address, row.village].filter(Boolean).join(', '),
    phone: subject.phone,
    ppks: ppksLabel(row.case.ppksCategory, row.case.ppksSubcategory, subject.ppksOther),
    dtksStatus: row.case.dtksStatus,
    description: subject.description,
    ticket,
    reporterName: subject.reporterName,
    reporterPhone: subject.reporterPhone,
    place: office.regionName.replace(/^(Kabupaten|Kota)\s+/, ''),
    date,
  });
}
