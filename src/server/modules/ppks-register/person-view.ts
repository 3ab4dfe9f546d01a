import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import { maskKk, maskNik } from '../../../domain/identity';
import { categoryTimeline, reportedAid } from '../../../domain/ppks-register/history';
import { MERGE_ROLES } from '../../../domain/ppks-register/roles';
import type { TPersonDetail } from '../../../domain/ppks-register/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { AuditContext } from '../audit/service';
import { maySee } from '../case-handling/case-record';
import { caseReferrals } from '../case-handling/tables';
import { caseAttachments, caseSubjects, cases } from '../cases/tables';
import { serviceStandardVersions } from '../catalogue/tables';
import { letters } from '../letters/tables';
import { recordRead } from '../privacy/read-audit';
import { personsVisibleTo, regionNames } from './access';
import { ppksPersons } from './tables';

export type PersonRow = typeof ppksPersons.$inferSelect;

/** Photos of the person (not of the KTP): at intake and on the social worker's visits. */
const PHOTO_KINDS = ['person_photo', 'assessment_photo'];

/**
 * A record the reader may see, by id; a merged record answers with the record it joined. Not found
 * and not allowed answer the same 404.
 */
export async function visiblePerson(db: Database, actor: Actor, id: string): Promise<PersonRow> {
  const [row] = await db
    .select()
    .from(ppksPersons)
    .where(and(eq(ppksPersons.id, id), eq(ppksPersons.officeId, actor.officeId)));
  const targetId = row?.mergedIntoId ?? row?.id;
  if (!targetId) throw new AppError('NOT_FOUND');
  const [visible] = await db
    .select()
    .from(ppksPersons)
    .where(and(eq(ppksPersons.id, targetId), personsVisibleTo(actor)));
  if (!visible) throw new AppError('NOT_FOUND');
  return visible;
}

/** The person's cases the reader may open (district, confidentiality: the case's own rule), oldest first. */
async function visibleCases(db: Database, actor: Actor, personId: string) {
  const rows = await db
    .select({ row: cases, serviceName: sql<string | null>`${serviceStandardVersions.content}->>'name'` })
    .from(cases)
    .leftJoin(serviceStandardVersions, eq(serviceStandardVersions.id, cases.standardVersionId))
    .where(and(eq(cases.personId, personId), eq(cases.officeId, actor.officeId)))
    .orderBy(asc(cases.openedAt), asc(cases.id));
  return { all: rows.length, visible: rows.filter((r) => maySee(actor, r.row)) };
}

async function sideRecords(db: Database, caseIds: string[]) {
  return Promise.all([
    db
      .select({
        caseId: caseSubjects.caseId,
        aid: caseSubjects.aid,
        nik: caseSubjects.nik,
        kk: caseSubjects.kk,
      })
      .from(caseSubjects)
      .where(inArray(caseSubjects.caseId, caseIds)),
    db
      .select({
        id: caseAttachments.id,
        caseId: caseAttachments.caseId,
        kind: caseAttachments.kind,
        createdAt: caseAttachments.createdAt,
      })
      .from(caseAttachments)
      .where(
        and(
          inArray(caseAttachments.caseId, caseIds),
          inArray(caseAttachments.kind, PHOTO_KINDS),
          like(caseAttachments.contentType, 'image/%'),
        ),
      )
      .orderBy(asc(caseAttachments.createdAt)),
    db
      .select()
      .from(caseReferrals)
      .where(and(inArray(caseReferrals.caseId, caseIds), eq(caseReferrals.status, 'done')))
      .orderBy(asc(caseReferrals.completedAt)),
    db
      .select({
        caseId: letters.caseId,
        type: letters.type,
        number: letters.number,
        signedAt: letters.signedAt,
      })
      .from(letters)
      .where(and(inArray(letters.caseId, caseIds), eq(letters.status, 'signed')))
      .orderBy(asc(letters.signedAt)),
  ]);
}

/**
 * The person page: who they are (NIK and KK masked; the reveal goes through the case whose numbers
 * they are, audited there), where they live, their photos, categories over time, cases and the aid
 * they received: reported at intake, referrals completed, letters signed. Only from cases the reader
 * may open; the others are counted, not shown.
 */
export async function personDetail(
  db: Database,
  actor: Actor,
  id: string,
  audit?: AuditContext,
): Promise<TPersonDetail> {
  const person = await visiblePerson(db, actor, id);
  const { all, visible } = await visibleCases(db, actor, person.id);
  if (visible.length === 0) throw new AppError('NOT_FOUND');
  const ids = visible.map((c) => c.row.id);
  const ticketOf = new Map(visible.map((c) => [c.row.id, c.row.ticket]));
  const openedOf = new Map(visible.map((c) => [c.row.id, c.row.openedAt.toISOString()]));
  // The page is audited (who saw whom, why) beside its own reads: no extra round trip.
  const [[subjects, photos, referrals, signed]] = await Promise.all([
    sideRecords(db, ids),
    audit &&
      recordRead(db, audit, { action: 'ppks_person.viewed', targetType: 'ppks_person', targetId: person.id }),
  ]);
  const subjectOf = new Map(subjects.map((s) => [s.caseId, s]));
  const identity = [...visible]
    .reverse()
    .find((c) => subjectOf.get(c.row.id)?.nik || subjectOf.get(c.row.id)?.kk);
  const numbers = identity ? subjectOf.get(identity.row.id) : undefined;
  const names = await regionNames(db, [person.districtCode, person.villageCode]);
  return {
    id: person.id,
    fullName: person.fullName,
    nikMasked: numbers?.nik ? maskNik(numbers.nik) : null,
    kkMasked: numbers?.kk ? maskKk(numbers.kk) : null,
    identityTicket: identity?.row.ticket ?? null,
    birthPlace: person.birthPlace,
    birthDate: person.birthDate,
    address: person.address,
    districtCode: person.districtCode,
    districtName: names.get(person.districtCode) ?? null,
    villageCode: person.villageCode,
    villageName: names.get(person.villageCode) ?? null,
    latestCategory: person.latestCategory,
    latestSubcategory: person.latestSubcategory,
    firstCaseAt: person.firstCaseAt.toISOString(),
    lastCaseAt: person.lastCaseAt.toISOString(),
    hiddenCases: all - visible.length,
    photos: photos.map((p) => ({
      ticket: ticketOf.get(p.caseId) ?? '',
      attachmentId: p.id,
      kind: p.kind,
      at: p.createdAt.toISOString(),
    })),
    timeline: categoryTimeline(
      visible.map((c) => ({
        ticket: c.row.ticket,
        openedAt: c.row.openedAt.toISOString(),
        category: c.row.ppksCategory,
        subcategory: c.row.ppksSubcategory,
      })),
    ),
    cases: visible.map(({ row, serviceName }) => ({
      ticket: row.ticket,
      serviceCode: row.serviceCode,
      serviceName,
      status: row.status,
      category: row.ppksCategory,
      subcategory: row.ppksSubcategory,
      confidential: row.confidential,
      channel: row.channel,
      openedAt: row.openedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
    })),
    aid: {
      reported: reportedAid(
        subjects.map((s) => ({
          ticket: ticketOf.get(s.caseId) ?? '',
          openedAt: openedOf.get(s.caseId) ?? '',
          aid: s.aid,
        })),
      ),
      referrals: referrals.map((r) => ({
        ticket: ticketOf.get(r.caseId) ?? '',
        bodyKind: r.bodyKind,
        bodyName: r.bodyName,
        completedAt: (r.completedAt ?? r.updatedAt).toISOString(),
        report: r.report,
      })),
      letters: signed.map((l) => ({
        ticket: ticketOf.get(l.caseId) ?? '',
        type: l.type,
        number: l.number,
        signedAt: (l.signedAt ?? new Date(0)).toISOString(),
      })),
    },
    mayMerge: MERGE_ROLES.includes(actor.role),
  };
}
