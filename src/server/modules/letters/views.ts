import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../../../domain/errors/app-error';
import { maskNik } from '../../../domain/identity';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { availableLetterActions, nextRole } from '../../../domain/letters/approval';
import type { TLetterView } from '../../../domain/letters/schemas';
import { LETTER_TYPE_LABELS } from '../../../domain/letters/template';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { users } from '../auth/tables';
import { maySee, visibleTo } from '../case-handling/visibility';
import { cases } from '../cases/tables';
import { type LetterRow, letters } from './tables';

/** The public page a letter's QR code leads to. */
export function verificationUrl(publicBaseUrl: string | undefined, code: string): string {
  return `${publicBaseUrl ?? ''}/verifikasi/${code}`;
}

export interface LoadedLetter {
  letter: LetterRow;
  ticket: string;
  issuedBy: string | null;
  caseRow: typeof cases.$inferSelect;
}

const issuers = alias(users, 'issuer');

function selectLetters(db: Database, where: SQL) {
  return db
    .select({ letter: letters, caseRow: cases, issuedBy: issuers.fullName })
    .from(letters)
    .innerJoin(cases, eq(cases.id, letters.caseId))
    .leftJoin(issuers, eq(issuers.id, letters.issuedBy))
    .where(where);
}

/** A letter of the caller's office whose case they may see; otherwise 404, like one that does not exist. */
export async function loadLetter(
  db: Database,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<LoadedLetter> {
  const query = selectLetters(db, and(eq(letters.id, id), eq(letters.officeId, actor.officeId)) as SQL);
  const [found] = options.lock ? await query.for('update', { of: letters }) : await query;
  if (!found || !maySee(actor, found.caseRow))
    throw new AppError('NOT_FOUND', { message: 'Surat tidak ditemukan.' });
  return {
    letter: found.letter,
    ticket: found.caseRow.ticket,
    issuedBy: found.issuedBy,
    caseRow: found.caseRow,
  };
}

/** A letter as staff see it: the NIK masked, the chain and whose turn it is, what the caller may do. */
export function letterView(
  loaded: Omit<LoadedLetter, 'caseRow'>,
  actor: Actor,
  publicBaseUrl?: string,
): TLetterView {
  const { letter } = loaded;
  const state = { status: letter.status, chain: letter.chain, approvals: letter.approvals };
  return {
    id: letter.id,
    number: letter.number,
    type: letter.type,
    typeLabel: LETTER_TYPE_LABELS[letter.type],
    status: letter.status,
    ticket: loaded.ticket,
    personName: letter.subject.name,
    nikMasked: letter.subject.nik ? maskNik(letter.subject.nik) : null,
    programme: letter.programme,
    rule: letter.rule,
    addressee: letter.addressee,
    issuedAt: letter.issuedAt.toISOString(),
    issuedBy: loaded.issuedBy,
    signedAt: letter.signedAt?.toISOString() ?? null,
    chain: letter.chain,
    approvals: letter.approvals.map(({ role, name, at, kind }) => ({ role, name, at, kind })),
    nextRole: nextRole(state),
    actions: availableLetterActions(state, actor.role),
    attachmentId: letter.attachmentId,
    verificationUrl: verificationUrl(publicBaseUrl, letter.verificationCode),
    reason: letter.reason,
  };
}

/**
 * Letters of the office, newest first: those waiting for the caller (`awaiting: 'mine'`; a Kabid also
 * sees those waiting for an absent Kadis), a case's, or by status.
 */
export async function listLetters(
  db: Database,
  actor: Actor,
  query: { awaiting?: 'mine'; ticket?: string; status?: LetterRow['status'] },
  publicBaseUrl?: string,
): Promise<TLetterView[]> {
  // Only letters of cases the caller may see (the one policy), before the page is cut.
  const where: (SQL | undefined)[] = [eq(letters.officeId, actor.officeId), visibleTo(actor)];
  if (query.status) where.push(eq(letters.status, query.status));
  if (query.ticket) where.push(eq(cases.ticket, normalizeTicket(query.ticket) ?? '-'));
  if (query.awaiting === 'mine') {
    const turn = sql`${letters.chain} ->> jsonb_array_length(${letters.approvals})`;
    const roles = actor.role === 'kabid' ? ['kabid', 'kadis'] : [actor.role];
    where.push(
      eq(letters.status, 'awaiting_approval'),
      sql`${turn} in (${sql.join(
        roles.map((r) => sql`${r}`),
        sql`, `,
      )})`,
    );
  }
  const rows = await selectLetters(db, and(...where) as SQL)
    .orderBy(desc(letters.issuedAt))
    .limit(100);
  return rows
    .map((r) =>
      letterView({ letter: r.letter, ticket: r.caseRow.ticket, issuedBy: r.issuedBy }, actor, publicBaseUrl),
    )
    .filter((v) => query.awaiting !== 'mine' || v.actions.length > 0);
}
