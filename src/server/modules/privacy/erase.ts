import { and, eq, inArray, or, sql } from 'drizzle-orm';
import {
  ERASED,
  ERASED_NOTE,
  EVENT_WORDS,
  KEPT_CHANNEL_KEYS,
  STRUCTURAL_EVENT_KEYS,
} from '../../../domain/privacy/erasure';
import type { TErasureOutcome } from '../../../domain/privacy/schemas';
import type { Database } from '../../db/client';
import type { FileStorage } from '../../storage/file-storage';
import { caseAssessments, caseReferrals } from '../case-handling/tables';
import { caseAttachments, caseSubjects, cases, guestBookEntries } from '../cases/tables';
import { letters } from '../letters/tables';
import { noticeRecipients, notificationOutbox } from '../notifications/tables';
import { ppksPersons } from '../ppks-register/tables';
import { registryChecks, registryProposals } from '../registry/tables';
import { surveyResponses } from '../survey/tables';
import { addressHash } from '../system/secrets';
import { privacyErasedCases } from './tables';

export interface ErasureScope {
  officeId: string;
  caseIds: string[];
  personIds: string[];
  requestId: string | null;
  now: Date;
}

export interface ErasureResult {
  outcome: TErasureOutcome;
  /** Files to remove from the storage once the transaction has committed. */
  storageKeys: string[];
}

const textArray = (values: readonly string[]) => sql`${JSON.stringify([...values])}::jsonb`;

/** Keeps only the listed keys of a jsonb column (statuses and steps stay; free text goes). */
const keepKeys = (column: string, keys: ReadonlySet<string>) =>
  sql`(select coalesce(jsonb_object_agg(k.key, k.value), '{}'::jsonb) from jsonb_each(${sql.raw(column)}) k
    where k.key in (select jsonb_array_elements_text(${textArray([...keys])})))`;

/** The person, the reporter and the addresses notices went to: every personal value of the subject row. */
async function eraseSubjects(db: Database, officeId: string, caseIds: string[]) {
  const subjects = await db
    .select({
      phone: caseSubjects.phone,
      reporter: caseSubjects.reporterPhone,
      email: caseSubjects.reporterEmail,
    })
    .from(caseSubjects)
    .where(inArray(caseSubjects.caseId, caseIds));
  const addresses = [...new Set(subjects.flatMap((s) => [s.phone, s.reporter, s.email]))].filter(
    (a): a is string => Boolean(a) && a !== ERASED,
  );
  await db
    .update(caseSubjects)
    .set({
      fullName: ERASED,
      birthPlace: null,
      birthDate: null,
      nik: null,
      nikHash: null,
      kk: null,
      education: null,
      phone: null,
      address: null,
      aid: { kinds: [], pbiScheme: null, other: null },
      ppksOther: null,
      description: ERASED,
      reporterName: ERASED,
      reporterPhone: ERASED,
      reporterEmail: null,
      // The blind index's keyed tokens of the name would still link rows sharing a name word.
      nameWords: null,
    })
    .where(inArray(caseSubjects.caseId, caseIds));
  // Opt-outs and "not on WhatsApp" are kept by the address's keyed hash: they go with the person.
  const hashes = await Promise.all(addresses.map((a) => addressHash(db, a)));
  if (hashes.length)
    await db
      .delete(noticeRecipients)
      .where(and(eq(noticeRecipients.officeId, officeId), inArray(noticeRecipients.addressHash, hashes)));
}

/** Timeline, channel details, assessments, referrals: statuses, steps and dates stay, words go. */
async function eraseHandling(db: Database, caseIds: string[]) {
  const ids = sql`(select jsonb_array_elements_text(${textArray(caseIds)})::uuid)`;
  await db.execute(sql`update cases set channel_details = ${keepKeys('channel_details', KEPT_CHANNEL_KEYS)}
    where id in ${ids}`);
  await db.execute(sql`update case_events set
      message = case when message is null then null
                     else coalesce(${JSON.stringify(EVENT_WORDS)}::jsonb ->> type, ${ERASED_NOTE}) end,
      data = ${keepKeys('data', STRUCTURAL_EVENT_KEYS)}
    where case_id in ${ids}`);
  await db
    .update(caseAssessments)
    .set({ content: {}, latitude: null, longitude: null, accuracyMetres: null, photoIds: [] })
    .where(inArray(caseAssessments.caseId, caseIds));
  await db
    .update(caseReferrals)
    .set({
      reason: ERASED,
      report: null,
      declineReason: null,
      consent: sql`jsonb_build_object('given', ${caseReferrals.consent} -> 'given')`,
    })
    .where(inArray(caseReferrals.caseId, caseIds));
  const proposals = await db
    .select({ id: registryProposals.id, stages: registryProposals.stages })
    .from(registryProposals)
    .where(inArray(registryProposals.caseId, caseIds));
  for (const p of proposals) {
    const stages = Object.fromEntries(
      Object.entries(p.stages).map(([k, v]) => [k, v && { ...v, psmName: null, note: null }]),
    );
    await db.update(registryProposals).set({ stages }).where(eq(registryProposals.id, p.id));
  }
}

/** Photos, documents and signed PDFs: rows deleted now, the stored files once the change commits. */
async function eraseFiles(db: Database, caseIds: string[]) {
  const files = await db
    .select({ id: caseAttachments.id, key: caseAttachments.storageKey })
    .from(caseAttachments)
    .where(inArray(caseAttachments.caseId, caseIds));
  if (files.length === 0) return [];
  await db.update(letters).set({ attachmentId: null }).where(inArray(letters.caseId, caseIds));
  const fileIds = files.map((f) => f.id);
  // The register's "by photo" may point at one of these files, whether or not its person goes too.
  await db
    .update(ppksPersons)
    .set({ photoAttachmentId: null })
    .where(inArray(ppksPersons.photoAttachmentId, fileIds));
  await db.delete(caseAttachments).where(inArray(caseAttachments.caseId, caseIds));
  return files.map((f) => f.key);
}

/** Letters keep number, type, dates and status (the register of letters); the person goes. */
async function eraseLetters(db: Database, caseIds: string[]) {
  const rows = await db
    .select({ id: letters.id, subject: letters.subject })
    .from(letters)
    .where(inArray(letters.caseId, caseIds));
  for (const row of rows) {
    const subject = {
      ...row.subject,
      name: ERASED,
      nik: null,
      kk: null,
      birthPlace: null,
      birthDate: null,
      address: null,
      villageName: null,
      programmes: [],
      decile: null,
    };
    await db.update(letters).set({ subject, reason: null }).where(eq(letters.id, row.id));
  }
  return rows.length;
}

/** Notices of the cases: recipient and words go; one still waiting is stopped, never sent. */
async function eraseNotices(db: Database, caseIds: string[]) {
  const rows = await db
    .update(notificationOutbox)
    .set({
      recipient: ERASED,
      body: ERASED,
      params: null,
      lastError: null,
      status: sql`case when ${notificationOutbox.status} in ('pending', 'sending') then 'stopped' else ${notificationOutbox.status} end`,
    })
    .where(inArray(notificationOutbox.caseId, caseIds))
    .returning({ id: notificationOutbox.id });
  return rows.length;
}

async function eraseCaseRecords(db: Database, scope: ErasureScope) {
  const { caseIds } = scope;
  await eraseSubjects(db, scope.officeId, caseIds);
  await eraseHandling(db, caseIds);
  await db
    .update(guestBookEntries)
    .set({ visitorName: ERASED, visitorPhone: null, purpose: ERASED })
    .where(inArray(guestBookEntries.caseId, caseIds));
  await db
    .update(surveyResponses)
    .set({ comment: null, respondent: {} })
    .where(inArray(surveyResponses.caseId, caseIds));
  const checks = await db
    .update(registryChecks)
    .set({ queryHash: null, queryMasked: ERASED, memberIds: [] })
    .where(inArray(registryChecks.caseId, caseIds))
    .returning({ id: registryChecks.id });
  const notices = await eraseNotices(db, caseIds);
  const lettersErased = await eraseLetters(db, caseIds);
  await db
    .insert(privacyErasedCases)
    .values(
      caseIds.map((caseId) => ({
        caseId,
        officeId: scope.officeId,
        erasedAt: scope.now,
        requestId: scope.requestId,
      })),
    )
    .onConflictDoNothing();
  return { checks: checks.length, notices, letters: lettersErased };
}

/**
 * Erases the personal data of cases and register records in the caller's transaction: NIK, KK, names,
 * phones, addresses, birth data, free text, files, registry answers, notices. What the dashboard and
 * reports count (status, category, district, service, dates, outcome, scores) and the audit log stay.
 * Used by an erasure request and by the retention job alike.
 */
export async function eraseScope(db: Database, scope: ErasureScope): Promise<ErasureResult> {
  const counted = scope.caseIds.length
    ? await eraseCaseRecords(db, scope)
    : { checks: 0, notices: 0, letters: 0 };
  const storageKeys = scope.caseIds.length ? await eraseFiles(db, scope.caseIds) : [];
  let persons = 0;
  if (scope.personIds.length) {
    const rows = await db
      .update(ppksPersons)
      .set({
        nikHash: null,
        nik: null,
        kk: null,
        fullName: ERASED,
        birthPlace: null,
        birthDate: null,
        matchKey: null,
        nameWords: null,
        address: null,
        photoAttachmentId: null,
      })
      .where(
        and(
          eq(ppksPersons.officeId, scope.officeId),
          or(inArray(ppksPersons.id, scope.personIds), inArray(ppksPersons.mergedIntoId, scope.personIds)),
        ),
      )
      .returning({ id: ppksPersons.id });
    persons = rows.length;
  }
  return {
    outcome: {
      persons,
      cases: scope.caseIds.length,
      files: storageKeys.length,
      filesNotRemoved: 0,
      registryChecks: counted.checks,
      notices: counted.notices,
      letters: counted.letters,
    },
    storageKeys,
  };
}

/** Removes the erased files from the storage; answers how many could not be removed (kept for a retry). */
export async function removeStoredFiles(storage: FileStorage, keys: string[]): Promise<number> {
  const results = await Promise.allSettled(keys.map((key) => storage.remove(key)));
  return results.filter((r) => r.status === 'rejected').length;
}

/** Cases of the office by id (guards a scope against another office's ids). */
export function officeCases(db: Database, officeId: string, caseIds: string[]) {
  return db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.officeId, officeId), inArray(cases.id, caseIds)));
}
