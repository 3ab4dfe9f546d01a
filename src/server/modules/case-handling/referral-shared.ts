import { and, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { caseAttachments } from '../cases/tables';
import { caseAssessments } from './tables';

/** Photos of the person a referral may share; the KTP photo carries the NIK and is never among them. */
const SHAREABLE_PHOTO_KINDS = ['person_photo', 'assessment_photo'];

export type SharedExtras = { assessment: Record<string, unknown> | null; photoIds: string[] };

const NOTHING: SharedExtras = { assessment: null, photoIds: [] };

/**
 * The latest assessment and the person's photos of each case, for the referrals that share them
 * (`assessment`, `photos`); office staff see them for every referral, as on the case page.
 */
export async function sharedExtras(
  db: Database,
  referrals: { caseId: string; fieldsShared: string[] }[],
  partner: boolean,
): Promise<(caseId: string, fieldsShared: string[]) => SharedExtras> {
  const wants = (field: string) =>
    referrals.filter((r) => !partner || r.fieldsShared.includes(field)).map((r) => r.caseId);
  const assessmentCases = [...new Set(wants('assessment'))];
  const photoCases = [...new Set(wants('photos'))];
  const [assessments, photos] = await Promise.all([
    assessmentCases.length === 0
      ? []
      : db
          .select({
            caseId: caseAssessments.caseId,
            at: caseAssessments.at,
            content: caseAssessments.content,
          })
          .from(caseAssessments)
          .where(inArray(caseAssessments.caseId, assessmentCases))
          .orderBy(desc(caseAssessments.at)),
    photoCases.length === 0
      ? []
      : db
          .select({ caseId: caseAttachments.caseId, id: caseAttachments.id })
          .from(caseAttachments)
          .where(
            and(
              inArray(caseAttachments.caseId, photoCases),
              inArray(caseAttachments.kind, SHAREABLE_PHOTO_KINDS),
            ),
          )
          .orderBy(caseAttachments.createdAt),
  ]);
  return (caseId, fieldsShared) => {
    const shares = (field: string) => !partner || fieldsShared.includes(field);
    const latest = shares('assessment') ? assessments.find((a) => a.caseId === caseId) : undefined;
    if (!latest && !shares('photos')) return NOTHING;
    return {
      // What the social worker found and recommends; where the visit took place stays with the office.
      assessment: latest ? { ...latest.content, at: latest.at.toISOString() } : null,
      photoIds: shares('photos') ? photos.filter((p) => p.caseId === caseId).map((p) => p.id) : [],
    };
  };
}

/** A photo a referral shares, for the body it was sent to; each opening is audited like any case file. */
export async function openReferralPhoto(
  deps: { db: Database; storage: FileStorage },
  actor: Actor,
  referral: { id: string; caseId: string; ticket: string; fieldsShared: string[] },
  photoId: string,
  audit: AuditContext,
): Promise<{ bytes: Buffer; contentType: string }> {
  if (actor.role === 'partner' && !referral.fieldsShared.includes('photos')) throw new AppError('NOT_FOUND');
  const [photo] = await deps.db
    .select()
    .from(caseAttachments)
    .where(
      and(
        eq(caseAttachments.id, photoId),
        eq(caseAttachments.caseId, referral.caseId),
        inArray(caseAttachments.kind, SHAREABLE_PHOTO_KINDS),
      ),
    );
  if (!photo) throw new AppError('NOT_FOUND');
  await recordAudit(deps.db, audit, {
    action: 'referral.photo_opened',
    targetType: 'case',
    targetId: referral.ticket,
    after: { referral: referral.id, attachment: photoId, kind: photo.kind },
  });
  return { bytes: await deps.storage.get(photo.storageKey), contentType: photo.contentType };
}
