import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { maySee } from '../case-handling/case-record';
import { caseSubjects, cases } from '../cases/tables';
import { regions } from '../regions/tables';
import { registryProposals } from './tables';

/**
 * The columns an operator types into SIKS-NG's proposal form, in its order: identity, birth, address
 * with the Kemendagri codes, and the MUSKEL result that makes the proposal eligible.
 */
const COLUMNS = [
  'NO',
  'NIK',
  'NO_KK',
  'NAMA',
  'TEMPAT_LAHIR',
  'TANGGAL_LAHIR',
  'JENIS_KELAMIN',
  'ALAMAT',
  'KODE_PROVINSI',
  'KODE_KABUPATEN',
  'KODE_KECAMATAN',
  'KODE_DESA',
  'NAMA_DESA',
  'HASIL_MUSKEL',
  'TANGGAL_MUSKEL',
  'NOMOR_BERITA_ACARA',
  'PSM',
  'TIKET',
] as const;

export type ExportWhich = 'awaiting_entry' | 'accepted';

const dayFirst = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '');

/** Women's NIKs carry the day of birth plus 40. */
const sexOfNik = (nik: string | null) =>
  nik && nik.length === 16 ? (Number(nik.slice(6, 8)) > 40 ? 'P' : 'L') : '';

async function exportRows(db: Database, actor: Actor, which: ExportWhich): Promise<string[][]> {
  const filter =
    which === 'accepted'
      ? eq(registryProposals.status, 'accepted')
      : and(eq(registryProposals.status, 'in_progress'), eq(registryProposals.stage, 'siks_entry'));
  const found = await db
    .select({ proposal: registryProposals, caseRow: cases, subject: caseSubjects, villageName: regions.name })
    .from(registryProposals)
    .innerJoin(cases, eq(cases.id, registryProposals.caseId))
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .leftJoin(regions, eq(regions.code, cases.villageCode))
    .where(and(eq(registryProposals.officeId, actor.officeId), filter))
    .orderBy(asc(cases.villageCode), asc(caseSubjects.fullName));
  return found
    .filter((r) => maySee(actor, r.caseRow))
    .map((r, i) => {
      const [province = '', regency = '', district = '', village = ''] = r.caseRow.villageCode.split('.');
      const muskel = r.proposal.stages.village_deliberation;
      return [
        String(i + 1),
        r.subject.nik ?? '',
        r.subject.kk ?? '',
        r.subject.fullName,
        r.subject.birthPlace ?? '',
        dayFirst(r.subject.birthDate),
        sexOfNik(r.subject.nik),
        r.subject.address ?? '',
        province,
        `${province}${regency}`,
        `${province}${regency}${district}`,
        `${province}${regency}${district}${village}`,
        r.villageName ?? '',
        muskel?.eligible ? 'LAYAK' : '',
        dayFirst(muskel?.date ?? null),
        muskel?.reference ?? '',
        r.proposal.stages.psm_verification?.psmName ?? '',
        r.caseRow.ticket,
      ];
    });
}

/**
 * Proposals ready for SIKS-NG (eligible at the MUSKEL, not entered yet) or accepted, as a file: XLSX
 * with every number as text (a spreadsheet cannot turn a NIK into 1.31E+15), or semicolon CSV. The file
 * holds NIKs, so each export is audited.
 */
export async function exportProposals(
  db: Database,
  actor: Actor,
  options: { which: ExportWhich; format: 'csv' | 'xlsx' },
  audit: AuditContext,
): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const rows = await exportRows(db, actor, options.which);
  await recordAudit(db, audit, {
    action: 'registry.proposals_exported',
    targetType: 'office',
    targetId: actor.officeId,
    after: { which: options.which, format: options.format, rows: rows.length },
  });
  const fileName = `usulan-dtks-${options.which === 'accepted' ? 'diterima' : 'siks-ng'}.${options.format}`;
  if (options.format === 'csv') {
    const text = Papa.unparse({ fields: [...COLUMNS], data: rows }, { delimiter: ';' });
    return { bytes: Buffer.from(`\uFEFF${text}\r\n`), contentType: 'text/csv; charset=utf-8', fileName };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Usulan DTKS');
  sheet.addRow([...COLUMNS]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.numFmt = '@'; // text: the identity numbers stay whole
    column.width = 18;
  });
  return {
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
  };
}
