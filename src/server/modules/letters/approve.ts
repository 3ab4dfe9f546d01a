import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { applyLetterAction, type LetterState } from '../../../domain/letters/approval';
import type { TLetterAction, TLetterView } from '../../../domain/letters/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { letterheadOf } from '../cases/forms';
import { caseAttachments, caseEvents } from '../cases/tables';
import { offices } from '../offices/tables';
import { letterPdf } from './letter-pdf';
import { type LetterRow, letters } from './tables';
import { type LoadedLetter, letterView, loadLetter, verificationUrl } from './views';

type Deps = { db: Database; now: () => Date; storage: FileStorage; config: { publicBaseUrl?: string } };

const stateOf = (letter: LetterRow): LetterState => ({
  status: letter.status,
  chain: letter.chain,
  approvals: letter.approvals,
});

/** The letter's PDF as it stands (a draft until signed), with the office's letterhead and the QR code. */
export async function renderLetter(
  db: Database,
  letter: LetterRow,
  state: LetterState,
  publicBaseUrl?: string,
) {
  const [office] = await db.select().from(offices).where(eq(offices.id, letter.officeId));
  if (!office) throw new Error('letter without office');
  const at =
    state.status === 'signed'
      ? (state.approvals.at(-1)?.at ?? letter.issuedAt.toISOString())
      : letter.issuedAt.toISOString();
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: office.timeZone }).format(
    new Date(at),
  );
  return letterPdf(letterheadOf(office), {
    number: letter.number,
    template: letter.template,
    subject: letter.subject,
    state,
    verificationUrl: verificationUrl(publicBaseUrl, letter.verificationCode),
    officeName: office.name,
    place: office.regionName.replace(/^(Kabupaten|Kota)\s+/, ''),
    date,
    regionName: office.regionName,
  });
}

const EVENT_MESSAGES: Partial<Record<LetterState['status'], string>> = {
  signed: 'Surat rekomendasi Anda sudah ditandatangani dan dapat diambil di kantor dinas.',
  revoked: 'Surat rekomendasi Anda dicabut. Hubungi kantor dinas untuk keterangan.',
};

/** The signed copy, archived as a file of the case (the storage first; the row in the transaction). */
async function archiveSigned(deps: Deps, loaded: LoadedLetter, actor: Actor, state: LetterState) {
  const bytes = await renderLetter(deps.db, loaded.letter, state, deps.config.publicBaseUrl);
  const key = `cases/${actor.officeSlug}/${loaded.ticket.toLowerCase()}/letter-${loaded.letter.id}.pdf`;
  await deps.storage.put(key, bytes);
  return { key, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * An approval step on a letter: initial, sign (the last of the chain, or the Kabid for an absent Kadis),
 * return or revoke. Signing archives the PDF with the case. Two approvers at once take turns (row lock).
 */
export async function actOnLetter(
  deps: Deps,
  actor: Actor,
  id: string,
  action: TLetterAction,
  audit: AuditContext,
): Promise<TLetterView> {
  const now = deps.now();
  const updated = await deps.db.transaction(async (tx) => {
    const loaded = await loadLetter(tx, actor, id, { lock: true });
    const before = stateOf(loaded.letter);
    const next = applyLetterAction(
      before,
      action,
      { role: actor.role, userId: actor.userId, name: actor.fullName },
      now,
    );
    const archived =
      next.status === 'signed' ? await archiveSigned({ ...deps, db: tx }, loaded, actor, next) : null;
    const [attachment] = archived
      ? await tx
          .insert(caseAttachments)
          .values({
            caseId: loaded.letter.caseId,
            kind: 'letter',
            label: loaded.letter.number,
            storageKey: archived.key,
            contentType: 'application/pdf',
            size: archived.bytes.length,
            sha256: archived.sha256,
          })
          .returning({ id: caseAttachments.id })
      : [];
    const [row] = await tx
      .update(letters)
      .set({
        status: next.status,
        approvals: [...next.approvals],
        signedAt: next.status === 'signed' ? now : loaded.letter.signedAt,
        revokedAt: next.status === 'revoked' ? now : null,
        reason: action.reason?.trim() || loaded.letter.reason,
        attachmentId: attachment?.id ?? loaded.letter.attachmentId,
      })
      .where(eq(letters.id, id))
      .returning();
    if (!row) throw new Error('letter not updated');
    const message = before.status !== next.status ? EVENT_MESSAGES[next.status] : undefined;
    await tx.insert(caseEvents).values({
      caseId: row.caseId,
      at: now,
      type: `letter_${action.type}`,
      public: Boolean(message),
      message: message ?? null,
      data: { letterId: row.id, number: row.number, status: row.status, reason: action.reason ?? null },
      actorUserId: actor.userId,
    });
    await recordAudit(tx, audit, {
      action: `letter.${action.type}`,
      targetType: 'letter',
      targetId: row.id,
      before: { status: before.status, approvals: before.approvals.length },
      after: {
        status: next.status,
        approvals: next.approvals.length,
        number: row.number,
        reason: action.reason ?? null,
      },
    });
    return { ...loaded, letter: row };
  });
  return letterView(updated, actor, deps.config.publicBaseUrl);
}

/**
 * The letter's PDF for staff: the archived signed copy once signed (its opening audited, it carries the
 * NIK), a draft rendered now before that.
 */
export async function letterFile(deps: Deps, actor: Actor, id: string, audit: AuditContext): Promise<Buffer> {
  const loaded = await loadLetter(deps.db, actor, id);
  const [attachment] = loaded.letter.attachmentId
    ? await deps.db.select().from(caseAttachments).where(eq(caseAttachments.id, loaded.letter.attachmentId))
    : [];
  await recordAudit(deps.db, audit, {
    action: 'letter.pdf_opened',
    targetType: 'letter',
    targetId: id,
    after: { number: loaded.letter.number, archived: Boolean(attachment) },
  });
  if (attachment) return deps.storage.get(attachment.storageKey);
  return renderLetter(deps.db, loaded.letter, stateOf(loaded.letter), deps.config.publicBaseUrl);
}
