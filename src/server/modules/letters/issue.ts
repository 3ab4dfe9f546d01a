import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { toLocal } from '../../../domain/calendar/zoned-time';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { formatLetterNumber } from '../../../domain/letters/numbering';
import type { TLetterView } from '../../../domain/letters/schemas';
import { LETTER_TYPE_LABELS } from '../../../domain/letters/template';
import type { TDecisionRequest } from '../../../domain/registry/schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { type AuditContext, recordAudit } from '../audit/service';
import { rowsOf } from '../case-handling/case-record';
import { caseEvents } from '../cases/tables';
import { regions } from '../regions/tables';
import { decideForCheck, type MemberRow } from '../registry/decide';
import { type LetterSubject, letters, letterTemplates } from './tables';
import { letterView } from './views';

const PROGRAMME_NAMES = { pkh: 'PKH', bpnt: 'BPNT', pbiJkn: 'PBI-JKN', blt: 'BLT' } as const;

/** The person as the registry holds them, with the names of their village and district. */
async function subjectOf(db: Database, member: MemberRow): Promise<LetterSubject> {
  const districtCode = member.villageCode.split('.').slice(0, 3).join('.');
  const names = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [member.villageCode, districtCode]));
  const nameOf = (code: string) => names.find((n) => n.code === code)?.name ?? null;
  return {
    name: member.name,
    nik: member.nik,
    kk: member.kk,
    birthPlace: member.birthPlace,
    birthDate: member.birthDate,
    address: member.address,
    villageName: nameOf(member.villageCode),
    districtName: nameOf(districtCode),
    source: member.source,
    dataDate: member.dataDate,
    programmes: (Object.keys(PROGRAMME_NAMES) as (keyof typeof PROGRAMME_NAMES)[])
      .filter((key) => member[key])
      .map((key) => PROGRAMME_NAMES[key]),
    decile: member.decile,
  };
}

/** The next number of an office's letter type in a year: the counter row is taken in the letter's transaction. */
async function nextSequence(db: Database, officeId: string, type: string, year: number): Promise<number> {
  const result = await db.execute(sql`
    insert into letter_counters (office_id, type, year, last) values (${officeId}, ${type}, ${year}, 1)
    on conflict (office_id, type, year) do update set last = letter_counters.last + 1
    returning last`);
  const [row] = rowsOf<{ last: number }>(result);
  if (!row) throw new Error('letter counter not taken');
  return Number(row.last);
}

/**
 * Issues the letter the standard's rule gives for a stored check: numbered in the office's format,
 * waiting for the first of its approval chain. Refused when the rule gives directions, not a letter.
 */
export async function issueLetter(
  deps: { db: Database; now: () => Date; config: { publicBaseUrl?: string } },
  actor: Actor,
  request: TDecisionRequest,
  audit: AuditContext,
): Promise<TLetterView> {
  const decided = await decideForCheck(deps, actor, request);
  const type = decided.decision.letter;
  if (!type)
    throw new AppError('LETTER_NOT_APPLICABLE', {
      message: `Tidak ada surat untuk keadaan ini. ${decided.decision.guidance.join(' ')}`,
    });
  if (!decided.member) throw validationError({ memberId: 'Pilih anggota keluarga yang dimaksud surat' });
  const [template] = await deps.db
    .select()
    .from(letterTemplates)
    .where(and(eq(letterTemplates.officeId, actor.officeId), eq(letterTemplates.type, type)));
  if (!template)
    throw new AppError('NOT_FOUND', { message: `Templat ${LETTER_TYPE_LABELS[type]} belum diatur.` });
  const subject = await subjectOf(deps.db, decided.member);
  const now = deps.now();
  const today = toLocal(now, actor.officeTimeZone).date;
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const letter = await deps.db.transaction(async (tx) => {
    const sequence = await nextSequence(tx, actor.officeId, type, year);
    const [row] = await tx
      .insert(letters)
      .values({
        officeId: actor.officeId,
        caseId: decided.case.row.id,
        type,
        number: formatLetterNumber(template.content.numberFormat, { sequence, year, month }),
        year,
        sequence,
        status: 'awaiting_approval',
        verificationCode: randomBytes(16).toString('base64url'),
        checkId: decided.check.id,
        programme: decided.decision.programme,
        rule: decided.decision.rule,
        addressee: decided.decision.addressee,
        subject,
        template: template.content,
        chain: template.approvalChain,
        issuedAt: now,
        issuedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('letter not stored');
    await tx.insert(caseEvents).values({
      caseId: row.caseId,
      at: now,
      type: 'letter_issued',
      public: false,
      data: { letterId: row.id, number: row.number, letterType: type, rule: row.rule },
      actorUserId: actor.userId,
    });
    await recordAudit(tx, audit, {
      action: 'letter.issued',
      targetType: 'letter',
      targetId: row.id,
      after: {
        number: row.number,
        type,
        ticket: decided.case.row.ticket,
        check: decided.check.id,
        rule: row.rule,
      },
    });
    return row;
  });
  return letterView(
    { letter, ticket: decided.case.row.ticket, issuedBy: actor.fullName },
    actor,
    deps.config.publicBaseUrl,
  );
}
