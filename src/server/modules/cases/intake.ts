import { randomFillSync, randomUUID } from 'node:crypto';
import { eq, or } from 'drizzle-orm';
import { computeDeadlines, type OfficeCalendar } from '../../../domain/calendar/due-at';
import { toLocal } from '../../../domain/calendar/zoned-time';
import { outreachVisitDue } from '../../../domain/cases/sla';
import { AppError } from '../../../domain/errors/app-error';
import { isSensitivePpks } from '../../../domain/intake/ppks';
import type { TReportCreated, TReportInput } from '../../../domain/intake/report';
import { generateTicket, ticketPrefix } from '../../../domain/intake/ticket';
import type { Database } from '../../db/client';
import { type ActiveStandard, type OfficeContext, officeContext } from '../../reference/office-context';
import { knownRegionCodes } from '../../reference/regions-cache';
import type { FileStorage } from '../../storage/file-storage';
import { type PreparedFile, prepareUpload, UploadRejected } from '../../storage/uploads';
import type { AuditContext } from '../audit/service';
import { type OfficeRow, offices } from '../offices/tables';
import { nikHash } from '../system/secrets';
import { recordCase } from './case-writer';
import type { CaseRecord } from './record-case';
import { checkIdentity, checkVillage, resolveStandard } from './resolve';
import { reportRequests } from './tables';

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
  /** The client's Idempotency-Key: a repeat gets the first answer. */
  idempotencyKey?: string | null;
  /** More work in the same transaction once the case exists (link a guest book entry, a duplicate). */
  within?: (tx: Database, created: { caseId: string; ticket: string; officeId: string }) => Promise<void>;
}

export interface IntakeDeps {
  db: Database;
  storage: FileStorage;
  now: () => Date;
  /** Where the public site is reached: notices sent by WhatsApp/SMS need a full link. */
  config: { publicBaseUrl?: string };
  /** Where tickets get their randomness: node:crypto, or a test's fixed bytes to force a collision. */
  randomBytes?: (length: number) => Uint8Array;
}

const ticketRandomness = Buffer.alloc(4096);
let ticketRandomnessUsed = ticketRandomness.length;

/** Random bytes for tickets from a pooled buffer: one system call per 585 tickets, not one each. */
function pooledRandomBytes(length: number): Uint8Array {
  if (ticketRandomnessUsed + length > ticketRandomness.length) {
    randomFillSync(ticketRandomness);
    ticketRandomnessUsed = 0;
  }
  const bytes = Uint8Array.from(
    ticketRandomness.subarray(ticketRandomnessUsed, ticketRandomnessUsed + length),
  );
  ticketRandomnessUsed += length;
  return bytes;
}

/** A ticket drawn twice is drawn again: one case in tens of billions, yet never an error for a citizen. */
const TICKET_ATTEMPTS = 3;

export async function findOffice(db: Database, slugOrCode: string): Promise<OfficeRow> {
  const [row] = await db
    .select()
    .from(offices)
    .where(or(eq(offices.slug, slugOrCode), eq(offices.code, slugOrCode)));
  if (!row) throw new AppError('OFFICE_NOT_FOUND', { fields: { office: 'Dinas tidak dikenal' } });
  return row;
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
 * timeline event and a notice for the reporter, all in one statement (see recordCase).
 */
export async function takeInReport(
  deps: IntakeDeps,
  request: IntakeRequest,
  audit: AuditContext,
): Promise<TReportCreated> {
  const { db, storage } = deps;
  const { input } = request;
  const key = request.idempotencyKey ?? null;
  if (key) {
    const earlier = await earlierAnswer(db, key);
    if (earlier) return earlier;
  }
  const now = deps.now();
  const [context, known] = await Promise.all([officeContext(db, input.office), knownRegionCodes(db)]);
  const { office } = context;
  const { districtCode } = checkVillage(known, office.code, input.person.villageCode, 'person.villageCode');
  checkIdentity(known, input.person, now, 'person');
  const standard = resolveStandard(context, input.serviceCode, request.channel);
  const deadlines = standard ? computeDeadlines(now, standard.completionTime, context.calendar) : null;
  const drawTicket = () => generateTicket(ticketPrefix(office.slug), deps.randomBytes ?? pooledRandomBytes);
  const ticket = drawTicket();
  const trackingUrl = trackingPathOf(office.slug, ticket);
  // The files keep the first ticket in their keys should the ticket be drawn again: keys are only names.
  const files = await prepareFiles(`cases/${office.slug}/${ticket.toLowerCase()}`, request.files);
  for (const file of files) await storage.put(file.key, file.bytes);

  let record = caseRecordOf({
    request,
    office,
    districtCode,
    standard,
    deadlines,
    ticket,
    trackingUrl,
    files,
    now,
    deps,
    calendar: context.calendar,
  });
  record.subject.nikHash = input.person.nik ? await nikHash(db, input.person.nik) : null;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const agendaNumber = await writeCase(db, record, request, audit);
      return { ticket: record.ticket, trackingUrl: record.trackingPath, agendaNumber };
    } catch (error) {
      if (violatedConstraint(error) === 'cases_ticket_unique' && attempt < TICKET_ATTEMPTS) {
        record = withTicket(record, drawTicket(), office.slug, deps);
        continue;
      }
      await Promise.all(files.map((f) => storage.remove(f.key)));
      // Two copies of the same report raced: the first one stored wins, the second gets its answer.
      const earlier = key && violatedConstraint(error) !== null ? await earlierAnswer(db, key) : null;
      if (earlier) return earlier;
      throw error;
    }
  }
}

function trackingPathOf(officeSlug: string, ticket: string): string {
  return `/${officeSlug}/lacak?tiket=${encodeURIComponent(ticket)}`;
}

function withTicket(record: CaseRecord, ticket: string, officeSlug: string, deps: IntakeDeps): CaseRecord {
  const trackingPath = trackingPathOf(officeSlug, ticket);
  return {
    ...record,
    ticket,
    trackingPath,
    trackingUrl: `${deps.config.publicBaseUrl ?? ''}${trackingPath}`,
  };
}

/**
 * Staff intake links a guest book entry or an open case in the same transaction; a citizen's report
 * needs no transaction at all: its one statement is atomic.
 */
async function writeCase(
  db: Database,
  record: CaseRecord,
  request: IntakeRequest,
  audit: AuditContext,
): Promise<string | null> {
  const within = request.within;
  if (!within) return recordCase(db, record, audit);
  return db.transaction(async (tx) => {
    const number = await recordCase(tx, record, audit);
    await within(tx, { caseId: record.id, ticket: record.ticket, officeId: record.officeId });
    return number;
  });
}

/** The row set of a new case, from the checked request and what intake worked out for it. */
function caseRecordOf(parts: {
  request: IntakeRequest;
  office: OfficeContext['office'];
  districtCode: string;
  standard: ActiveStandard | null;
  deadlines: { targetAt: Date; limitAt: Date } | null;
  ticket: string;
  trackingUrl: string;
  files: (PreparedFile & { kind: AttachmentKind })[];
  now: Date;
  deps: IntakeDeps;
  calendar: OfficeCalendar;
}): CaseRecord {
  const {
    request,
    office,
    districtCode,
    standard,
    deadlines,
    ticket,
    trackingUrl,
    files,
    now,
    deps,
    calendar,
  } = parts;
  const { input } = request;
  const kind = standard?.content.kind ?? 'complaint';
  const visitStep = standard?.content.steps.find((step) => step.kind === 'field_visit' && step.startWithin);
  const visitDue = visitStep?.startWithin ? outreachVisitDue(now, calendar, visitStep.startWithin) : null;
  return {
    id: randomUUID(),
    officeId: office.id,
    officeShortName: office.shortName,
    ticket,
    trackingUrl: `${deps.config.publicBaseUrl ?? ''}${trackingUrl}`,
    takesAgendaNumber: kind === 'complaint',
    agendaYear: Number(toLocal(now, office.timeZone).date.slice(0, 4)),
    at: now,
    standardVersionId: standard?.versionId ?? null,
    serviceCode: standard?.code ?? null,
    kind,
    channel: request.channel,
    confidential: isSensitivePpks(input.ppks.category, input.ppks.subcategory),
    ppksCategory: input.ppks.category,
    ppksSubcategory: input.ppks.subcategory,
    dtksStatus: input.dtksStatus,
    districtCode,
    villageCode: input.person.villageCode,
    channelDetails: request.channelDetails ?? {},
    targetAt: deadlines?.targetAt ?? null,
    dueAt: deadlines?.limitAt ?? null,
    visitDueAt: visitDue,
    visitedAt:
      typeof request.channelDetails?.visitedAt === 'string'
        ? new Date(request.channelDetails.visitedAt)
        : null,
    createdBy: request.createdBy,
    subject: {
      ...input.person,
      nikHash: null,
      aid: input.aid,
      ppksOther: input.ppks.other,
      description: input.description,
      reporterName: input.reporter.name,
      reporterPhone: input.reporter.phone,
      reporterEmail: input.reporter.email ?? null,
    },
    idempotencyKey: request.idempotencyKey ?? null,
    trackingPath: trackingUrl,
    files: files.map((f) => ({
      kind: f.kind,
      key: f.key,
      contentType: f.contentType,
      size: f.bytes.length,
      sha256: f.sha256,
    })),
  };
}

async function earlierAnswer(db: Database, key: string): Promise<TReportCreated | null> {
  const [row] = await db
    .select({
      ticket: reportRequests.ticket,
      trackingUrl: reportRequests.trackingUrl,
      agendaNumber: reportRequests.agendaNumber,
    })
    .from(reportRequests)
    .where(eq(reportRequests.key, key));
  return row ?? null;
}

/** The unique constraint a write ran into ('' when the driver does not name it), or null. */
function violatedConstraint(error: unknown): string | null {
  type DriverError = { code?: string; constraint?: string; cause?: DriverError };
  for (let e = error as DriverError | undefined; e; e = e.cause)
    if (e.code === '23505') return e.constraint ?? '';
  return null;
}
