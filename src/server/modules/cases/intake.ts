import { randomBytes } from 'node:crypto';
import { eq, or, sql } from 'drizzle-orm';
import { computeDeadlines } from '../../../domain/calendar/due-at';
import { AppError } from '../../../domain/errors/app-error';
import { isSensitivePpks } from '../../../domain/intake/ppks';
import type { TReportCreated, TReportInput } from '../../../domain/intake/report';
import { generateTicket, ticketPrefix } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import type { FileStorage } from '../../storage/file-storage';
import { type PreparedFile, prepareUpload, UploadRejected } from '../../storage/uploads';
import { type AuditContext, recordAudit } from '../audit/service';
import { notificationOutbox } from '../notifications/tables';
import { loadOfficeCalendar } from '../offices/settings-service';
import { type OfficeRow, offices } from '../offices/tables';
import { nikHash } from '../system/secrets';
import { checkIdentity, checkVillage, resolveStandard } from './resolve';
import { agendaCounters, caseAttachments, caseEvents, caseSubjects, cases } from './tables';

export const ATTACHMENT_KINDS = ['ktp_photo', 'person_photo', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export interface IncomingFile {
  kind: AttachmentKind;
  bytes: Buffer;
}

export interface IntakeRequest {
  input: TReportInput;
  channel: string;
  channelDetails?: Record<string, unknown>;
  files: IncomingFile[];
  /** The officer who records it; null when the citizen files it. */
  createdBy: string | null;
  /** More work in the same transaction once the case exists (link a guest book entry, a duplicate). */
  within?: (tx: Database, created: { caseId: string; ticket: string; officeId: string }) => Promise<void>;
}

export interface IntakeDeps {
  db: Database;
  storage: FileStorage;
  now: () => Date;
}

export async function findOffice(db: Database, slugOrCode: string): Promise<OfficeRow> {
  const [row] = await db
    .select()
    .from(offices)
    .where(or(eq(offices.slug, slugOrCode), eq(offices.code, slugOrCode)));
  if (!row) throw new AppError('OFFICE_NOT_FOUND', { fields: { office: 'Dinas tidak dikenal' } });
  return row;
}

/** The next agenda number of the office's complaint register for the year, e.g. `0042/ADU/2026`. */
async function nextAgendaNumber(db: Database, officeId: string, year: number): Promise<string> {
  const [row] = await db
    .insert(agendaCounters)
    .values({ officeId, year, last: 1 })
    .onConflictDoUpdate({
      target: [agendaCounters.officeId, agendaCounters.year],
      set: { last: sql`${agendaCounters.last} + 1` },
    })
    .returning({ last: agendaCounters.last });
  return `${String(row?.last ?? 1).padStart(4, '0')}/ADU/${year}`;
}

async function prepareFiles(
  caseKey: string,
  files: IncomingFile[],
): Promise<(PreparedFile & { kind: AttachmentKind })[]> {
  const prepared = [];
  for (const [index, file] of files.entries()) {
    try {
      prepared.push({ ...(await prepareUpload(file.bytes, caseKey)), kind: file.kind });
    } catch (error) {
      if (!(error instanceof UploadRejected)) throw error;
      const message =
        error.message === 'size'
          ? 'Berkas paling besar 10 MB'
          : 'Berkas harus foto JPEG, PNG, WebP atau dokumen PDF';
      throw new AppError('VALIDATION_FAILED', {
        fields: { [`files.${index}`]: message, [file.kind]: message },
      });
    }
  }
  return prepared;
}

/**
 * Takes in a report from any channel: checks it against the regions and the catalogue, gives it a
 * ticket (and an agenda number for complaints), its deadlines on the office calendar, its first
 * timeline event and a notice for the reporter, all in one transaction.
 */
export async function takeInReport(
  deps: IntakeDeps,
  request: IntakeRequest,
  audit: AuditContext,
): Promise<TReportCreated> {
  const { db, storage } = deps;
  const { input } = request;
  const now = deps.now();
  const office = await findOffice(db, input.office);
  const { districtCode } = await checkVillage(
    db,
    office.code,
    input.person.villageCode,
    'person.villageCode',
  );
  await checkIdentity(db, input.person, now, 'person');
  const standard = await resolveStandard(db, office.id, input.serviceCode, request.channel);
  const calendar = await loadOfficeCalendar(db, office.id);
  const deadlines = standard ? computeDeadlines(now, standard.completionTime, calendar) : null;
  const kind = standard?.content.kind ?? 'complaint';
  const ticket = generateTicket(ticketPrefix(office.slug), (n) => randomBytes(n));
  const files = await prepareFiles(`cases/${office.slug}/${ticket.toLowerCase()}`, request.files);
  for (const file of files) await storage.put(file.key, file.bytes);

  try {
    return await db.transaction(async (tx) => {
      const agendaNumber =
        kind === 'complaint' ? await nextAgendaNumber(tx, office.id, now.getFullYear()) : null;
      const [row] = await tx
        .insert(cases)
        .values({
          officeId: office.id,
          ticket,
          agendaNumber,
          standardVersionId: standard?.versionId ?? null,
          serviceCode: standard?.code ?? null,
          kind,
          channel: request.channel,
          status: 'new',
          confidential: isSensitivePpks(input.ppks.category, input.ppks.subcategory),
          ppksCategory: input.ppks.category,
          ppksSubcategory: input.ppks.subcategory,
          dtksStatus: input.dtksStatus,
          districtCode,
          villageCode: input.person.villageCode,
          channelDetails: request.channelDetails ?? {},
          openedAt: now,
          targetAt: deadlines?.targetAt ?? null,
          dueAt: deadlines?.limitAt ?? null,
          createdBy: request.createdBy,
        })
        .returning({ id: cases.id });
      if (!row) throw new Error('case not stored');
      await tx.insert(caseSubjects).values({
        caseId: row.id,
        fullName: input.person.fullName,
        birthPlace: input.person.birthPlace,
        birthDate: input.person.birthDate,
        nik: input.person.nik,
        nikHash: input.person.nik ? await nikHash(tx, input.person.nik) : null,
        kk: input.person.kk,
        education: input.person.education,
        phone: input.person.phone,
        address: input.person.address,
        aid: input.aid,
        ppksOther: input.ppks.other,
        description: input.description,
        reporterName: input.reporter.name,
        reporterPhone: input.reporter.phone,
        consentAt: now,
      });
      const received = agendaNumber
        ? `Laporan diterima dengan nomor tiket ${ticket} dan nomor agenda ${agendaNumber}.`
        : `Permohonan diterima dengan nomor tiket ${ticket}.`;
      await tx.insert(caseEvents).values({
        caseId: row.id,
        at: now,
        type: 'created',
        public: true,
        message: received,
        data: {
          channel: request.channel,
          serviceCode: standard?.code ?? null,
          standardVersionId: standard?.versionId ?? null,
        },
        actorUserId: request.createdBy,
      });
      if (files.length > 0)
        await tx.insert(caseAttachments).values(
          files.map((f) => ({
            caseId: row.id,
            kind: f.kind,
            storageKey: f.key,
            contentType: f.contentType,
            size: f.bytes.length,
            sha256: f.sha256,
          })),
        );
      const trackingUrl = `/${office.slug}/lacak?tiket=${encodeURIComponent(ticket)}`;
      await tx.insert(notificationOutbox).values({
        officeId: office.id,
        caseId: row.id,
        channel: 'whatsapp',
        recipient: input.reporter.phone,
        template: 'case.received',
        body: `${office.shortName}: ${received} Pantau perkembangannya di ${trackingUrl}`,
      });
      await request.within?.(tx, { caseId: row.id, ticket, officeId: office.id });
      await recordAudit(tx, audit, {
        action: 'case.created',
        targetType: 'case',
        targetId: ticket,
        officeId: office.id,
        after: { ticket, channel: request.channel, serviceCode: standard?.code ?? null, files: files.length },
      });
      return { ticket, trackingUrl, agendaNumber };
    });
  } catch (error) {
    await Promise.all(files.map((f) => storage.remove(f.key)));
    throw error;
  }
}
