import { and, desc, eq, gte, isNull, notInArray } from 'drizzle-orm';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { maskName } from '../../../domain/identity/mask';
import type { TReportCreated } from '../../../domain/intake/report';
import type {
  TGuestBookEntry,
  TStaffIntake,
  ZDuplicateMatch,
  ZGuestBookInput,
} from '../../../domain/intake/staff-intake';
import type { z } from '../../../domain/zod';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { AuditContext } from '../audit/service';
import { users } from '../auth/tables';
import { visibleTo } from '../case-handling/visibility';
import { nikHash } from '../system/secrets';
import { type IncomingFile, type IntakeDeps, takeInReport } from './intake';
import { caseEvents, caseSubjects, cases, guestBookEntries } from './tables';

const FINISHED = ['closed', 'rejected', 'out_of_scope'] as const;

/**
 * An officer's intake from a channel other than the web form. The office is the officer's own,
 * whatever the request says; a district operator takes in only for villages of their district.
 */
export async function takeInByStaff(
  deps: IntakeDeps,
  actor: Actor,
  intake: TStaffIntake,
  files: IncomingFile[],
  audit: AuditContext,
): Promise<TReportCreated> {
  const report = { ...intake.report, office: actor.officeSlug };
  if (actor.role === 'district_operator' && !report.person.villageCode.startsWith(`${actor.districtCode}.`))
    throw validationError({ 'report.person.villageCode': 'Desa/kelurahan di luar kecamatan Anda' });
  const { channel, ...details } = intake.details;
  return withReportFieldPaths(
    takeInReport(
      deps,
      {
        input: report,
        channel,
        channelDetails: details,
        files,
        createdBy: actor.userId,
        within: async (tx, created) => {
          if (intake.details.channel === 'walk_in' && intake.details.guestBookEntryId)
            await linkGuestBookEntry(tx, actor, intake.details.guestBookEntryId, created.caseId);
          if (intake.linkToTicket) {
            const nik = intake.report.person.nik;
            const personHash = nik ? await nikHash(tx, nik) : null;
            await linkToOpenCase(tx, actor, intake.linkToTicket, created, deps.now(), personHash);
          }
        },
      },
      audit,
    ),
  );
}

/** The report sits under `report` in a staff intake: its field errors are named by that path. */
async function withReportFieldPaths<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const own = /^(report|details|linkToTicket)\b/;
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([key, message]) => [own.test(key) ? key : `report.${key}`, message]),
    );
    throw new AppError(error.code, { message: error.message, fields });
  }
}

async function linkGuestBookEntry(
  db: Database,
  actor: Actor,
  entryId: string,
  caseId: string,
): Promise<void> {
  // A visitor with a second matter gets a second guest book entry: one entry, one case.
  const [linked] = await db
    .update(guestBookEntries)
    .set({ caseId })
    .where(
      and(
        eq(guestBookEntries.id, entryId),
        eq(guestBookEntries.officeId, actor.officeId),
        isNull(guestBookEntries.caseId),
      ),
    )
    .returning({ id: guestBookEntries.id });
  if (!linked)
    throw validationError({
      'details.guestBookEntryId': 'Tamu ini tidak ada di buku tamu dinas ini, atau sudah punya tiket',
    });
}

/** The officer chose to link the new report to an open case of the same person: both timelines say so. */
async function linkToOpenCase(
  db: Database,
  actor: Actor,
  ticket: string,
  created: { caseId: string; ticket: string },
  now: Date,
  personHash: string | null,
): Promise<void> {
  const [open] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.ticket, ticket),
        // Only a case the officer may see: linking writes to its timeline.
        visibleTo(actor),
        notInArray(cases.status, [...FINISHED]),
        ...(personHash ? [eq(caseSubjects.nikHash, personHash)] : []),
      ),
    )
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id));
  if (!open)
    throw validationError({
      linkToTicket: 'Tautkan hanya ke kasus yang masih berjalan dari orang yang sama',
    });
  await db.insert(caseEvents).values([
    {
      caseId: created.caseId,
      at: now,
      type: 'linked',
      public: false,
      data: { ticket },
      actorUserId: actor.userId,
    },
    {
      caseId: open.id,
      at: now,
      type: 'linked',
      public: false,
      data: { ticket: created.ticket },
      actorUserId: actor.userId,
    },
  ]);
}

/**
 * Open cases of the same person (by the NIK's keyed hash) in the officer's office: for the service
 * asked, or, for a general complaint, any open complaint.
 */
export async function findDuplicates(
  db: Database,
  actor: Actor,
  nik: string,
  serviceCode: string | null,
): Promise<z.infer<typeof ZDuplicateMatch>[]> {
  const hash = await nikHash(db, nik);
  const rows = await db
    .select({
      ticket: cases.ticket,
      serviceCode: cases.serviceCode,
      status: cases.status,
      openedAt: cases.openedAt,
      channel: cases.channel,
      kind: cases.kind,
      fullName: caseSubjects.fullName,
    })
    .from(cases)
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .where(
      and(
        // Only cases the officer may see: a confidential or another district's case is no hint here.
        visibleTo(actor),
        eq(caseSubjects.nikHash, hash),
        notInArray(cases.status, [...FINISHED]),
      ),
    )
    .orderBy(desc(cases.openedAt))
    .limit(20);
  return rows
    .filter((r) => (serviceCode ? r.serviceCode === serviceCode : r.kind === 'complaint'))
    .map((r) => ({
      ticket: r.ticket,
      serviceCode: r.serviceCode,
      status: r.status,
      openedAt: r.openedAt.toISOString(),
      channel: r.channel,
      personName: maskName(r.fullName),
    }));
}

export async function addGuestBookEntry(
  db: Database,
  actor: Actor,
  input: z.infer<typeof ZGuestBookInput>,
  now: Date,
): Promise<TGuestBookEntry> {
  const [row] = await db
    .insert(guestBookEntries)
    .values({ officeId: actor.officeId, ...input, timeIn: now, recordedBy: actor.userId })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  return {
    id: row.id,
    visitorName: row.visitorName,
    visitorPhone: row.visitorPhone,
    purpose: row.purpose,
    timeIn: row.timeIn.toISOString(),
    ticket: null,
    recordedBy: actor.username,
  };
}

/** Today's visitors (office time), newest first, with the ticket of the case each led to. */
export async function listGuestBook(db: Database, actor: Actor, since: Date): Promise<TGuestBookEntry[]> {
  const rows = await db
    .select({ entry: guestBookEntries, ticket: cases.ticket, recordedBy: users.username })
    .from(guestBookEntries)
    .leftJoin(cases, eq(cases.id, guestBookEntries.caseId))
    .leftJoin(users, eq(users.id, guestBookEntries.recordedBy))
    .where(and(eq(guestBookEntries.officeId, actor.officeId), gte(guestBookEntries.timeIn, since)))
    .orderBy(desc(guestBookEntries.timeIn));
  return rows.map(({ entry, ticket, recordedBy }) => ({
    id: entry.id,
    visitorName: entry.visitorName,
    visitorPhone: entry.visitorPhone,
    purpose: entry.purpose,
    timeIn: entry.timeIn.toISOString(),
    ticket,
    recordedBy,
  }));
}
