import { and, eq, ne } from 'drizzle-orm';
import { toLocal } from '../../../domain/calendar/zoned-time';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { maskName } from '../../../domain/identity';
import { signatureOf } from '../../../domain/letters/approval';
import type { TLetterTemplate, TLetterVerification } from '../../../domain/letters/schemas';
import { LETTER_TYPE_LABELS } from '../../../domain/letters/template';
import { LETTER_TYPES, type LetterType } from '../../../domain/registry/decisions';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { offices } from '../offices/tables';
import { letters, letterTemplates } from './tables';

const CODE = /^[A-Za-z0-9_-]{22}$/;

const PUBLIC_STATUS = {
  signed: 'valid',
  revoked: 'revoked',
  awaiting_approval: 'pending',
  returned: 'void',
} as const;

/**
 * What the QR code of a letter shows anyone: number, date, type, issuing office, whether it is valid,
 * and the name masked. Never the NIK. An unknown code answers 404.
 */
export async function verifyLetter(db: Database, code: string): Promise<TLetterVerification> {
  if (!CODE.test(code)) throw new AppError('NOT_FOUND', { message: 'Surat tidak ditemukan.' });
  const [found] = await db
    .select({ letter: letters, officeName: offices.name, timeZone: offices.timeZone })
    .from(letters)
    .innerJoin(offices, eq(offices.id, letters.officeId))
    .where(eq(letters.verificationCode, code));
  if (!found) throw new AppError('NOT_FOUND', { message: 'Surat tidak ditemukan.' });
  const { letter } = found;
  const signature = signatureOf({ status: letter.status, chain: letter.chain, approvals: letter.approvals });
  return {
    number: letter.number,
    date: toLocal(letter.signedAt ?? letter.issuedAt, found.timeZone).date,
    type: letter.type,
    typeLabel: LETTER_TYPE_LABELS[letter.type],
    officeName: found.officeName,
    status: PUBLIC_STATUS[letter.status],
    personMasked: maskName(letter.subject.name),
    signedBy: signature
      ? signature.onBehalf
        ? `a.n. ${letter.template.signerTitle}`
        : letter.template.signerTitle
      : null,
    onBehalf: signature?.onBehalf ?? false,
  };
}

/** The office's letter templates, one per type. */
export async function listTemplates(db: Database, actor: Actor) {
  const rows = await db.select().from(letterTemplates).where(eq(letterTemplates.officeId, actor.officeId));
  return LETTER_TYPES.flatMap((type) => {
    const row = rows.find((r) => r.type === type);
    return row
      ? [{ type, typeLabel: LETTER_TYPE_LABELS[type], ...row.content, approvalChain: row.approvalChain }]
      : [];
  });
}

/**
 * Changes a template: letters already issued keep the words they were issued with. Two types may not
 * share a number format, so their numbers never meet.
 */
export async function saveTemplate(
  db: Database,
  actor: Actor,
  type: LetterType,
  input: TLetterTemplate,
  audit: AuditContext,
) {
  const { approvalChain, ...content } = input;
  const others = await db
    .select({ content: letterTemplates.content })
    .from(letterTemplates)
    .where(and(eq(letterTemplates.officeId, actor.officeId), ne(letterTemplates.type, type)));
  if (others.some((o) => o.content.numberFormat === content.numberFormat))
    throw validationError({ numberFormat: 'Format nomor ini sudah dipakai jenis surat lain' });
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(letterTemplates)
      .where(and(eq(letterTemplates.officeId, actor.officeId), eq(letterTemplates.type, type)));
    await tx
      .insert(letterTemplates)
      .values({ officeId: actor.officeId, type, content, approvalChain, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: [letterTemplates.officeId, letterTemplates.type],
        set: { content, approvalChain, updatedBy: actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, audit, {
      action: 'letter.template_saved',
      targetType: 'letter_template',
      targetId: type,
      before: before ? { ...before.content, approvalChain: before.approvalChain } : null,
      after: input,
    });
  });
  return { type, typeLabel: LETTER_TYPE_LABELS[type], ...input };
}
