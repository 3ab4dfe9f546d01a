import { and, desc, eq, type SQL } from 'drizzle-orm';
import { toLocal } from '../../../domain/calendar/zoned-time';
import { AppError, validationError } from '../../../domain/errors/app-error';
import { maskNik } from '../../../domain/identity';
import {
  addDocument,
  newProposal,
  PROPOSAL_DOCUMENTS,
  PROPOSAL_STAGES,
  type ProposalDocument,
  type ProposalState,
  proposalDueOn,
  recordStage,
  STAGE_LABELS,
} from '../../../domain/registry/proposal';
import type { TProposalStageInput, TProposalView } from '../../../domain/registry/proposal-schemas';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { Upload } from '../../http/multipart';
import type { FileStorage } from '../../storage/file-storage';
import { type AuditContext, recordAudit } from '../audit/service';
import { attachFiles, storeUploads } from '../case-handling/case-files';
import { loadCase, maySee } from '../case-handling/case-record';
import { caseEvents, caseSubjects, cases } from '../cases/tables';
import { registryProposals } from './tables';

/** The service of the case a proposal may belong to (Dumai's catalogue code). */
export const PROPOSAL_SERVICE = 'dtks-pengusulan';

type ProposalRow = typeof registryProposals.$inferSelect;
type Deps = { db: Database; now: () => Date; storage: FileStorage };

const stateOf = (row: ProposalRow): ProposalState => ({
  status: row.status,
  stage: row.stage,
  documents: row.documents,
  stages: row.stages,
});

const DAY_MS = 86_400_000;

function viewOf(
  row: ProposalRow,
  subject: { fullName: string; nik: string | null },
  caseRow: { ticket: string; villageCode: string },
  today: string,
): TProposalView {
  let previous = Date.parse(`${row.startedOn}T00:00:00Z`);
  const stages = PROPOSAL_STAGES.map((stage) => {
    const record = row.stages[stage] ?? null;
    const at = record ? Date.parse(record.at) : null;
    const daysTaken = at === null ? null : Math.max(0, Math.round((at - previous) / DAY_MS));
    if (at !== null) previous = at;
    return { stage, label: STAGE_LABELS[stage], record, daysTaken };
  });
  return {
    ticket: caseRow.ticket,
    status: row.status,
    stage: row.stage,
    personName: subject.fullName,
    nikMasked: subject.nik ? maskNik(subject.nik) : null,
    villageCode: caseRow.villageCode,
    startedOn: row.startedOn,
    dueOn: row.dueOn,
    overdue: row.status === 'in_progress' && today > row.dueOn,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    documents: PROPOSAL_DOCUMENTS.map((d) => ({
      code: d.code,
      label: d.label,
      attachmentId: row.documents[d.code] ?? null,
    })),
    stages,
  };
}

async function loadProposal(db: Database, actor: Actor, ticket: string, lock = false) {
  const { row: caseRow } = await loadCase(db, actor, ticket);
  const query = db.select().from(registryProposals).where(eq(registryProposals.caseId, caseRow.id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', { message: 'Usulan DTKS untuk kasus ini belum dibuat.' });
  const [subject] = await db
    .select({ fullName: caseSubjects.fullName, nik: caseSubjects.nik })
    .from(caseSubjects)
    .where(eq(caseSubjects.caseId, caseRow.id));
  return { caseRow, row, subject: subject ?? { fullName: '', nik: null } };
}

const todayOf = (actor: Actor, now: Date) => toLocal(now, actor.officeTimeZone).date;

export async function getProposal(deps: Deps, actor: Actor, ticket: string): Promise<TProposalView> {
  const { caseRow, row, subject } = await loadProposal(deps.db, actor, ticket);
  return viewOf(row, subject, caseRow, todayOf(actor, deps.now()));
}

/** Opens the proposal of a case of the proposal service; its two months start today. */
export async function startProposal(
  deps: Deps,
  actor: Actor,
  ticket: string,
  audit: AuditContext,
): Promise<TProposalView> {
  const { row: caseRow } = await loadCase(deps.db, actor, ticket);
  if (caseRow.serviceCode !== PROPOSAL_SERVICE)
    throw validationError({ ticket: 'Usulan DTKS hanya untuk kasus layanan Pengusulan DTKS' });
  const startedOn = todayOf(actor, deps.now());
  const state = newProposal();
  await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(registryProposals)
      .values({
        officeId: actor.officeId,
        caseId: caseRow.id,
        ...state,
        startedOn,
        dueOn: proposalDueOn(startedOn),
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: registryProposals.id });
    if (!created) return;
    await recordAudit(tx, audit, {
      action: 'registry.proposal_started',
      targetType: 'case',
      targetId: caseRow.ticket,
    });
  });
  return getProposal(deps, actor, caseRow.ticket);
}

async function saveState(
  tx: Database,
  loaded: Awaited<ReturnType<typeof loadProposal>>,
  next: ProposalState,
  event: { actor: Actor; now: Date; message: string | null; data: Record<string, unknown> },
): Promise<void> {
  const finished = next.status !== 'in_progress' && loaded.row.status === 'in_progress';
  await tx
    .update(registryProposals)
    .set({ ...next, finishedAt: finished ? event.now : loaded.row.finishedAt })
    .where(eq(registryProposals.id, loaded.row.id));
  await tx.insert(caseEvents).values({
    caseId: loaded.caseRow.id,
    at: event.now,
    type: 'dtks_proposal',
    public: event.message !== null,
    message: event.message,
    data: event.data,
    actorUserId: event.actor.userId,
  });
}

/** A proposal document (KK/KTP, electricity bill, house photos, SKTM): a file of the case under its checklist item. */
export async function addProposalDocument(
  deps: Deps,
  actor: Actor,
  ticket: string,
  input: { code: ProposalDocument; upload: Upload | undefined },
  audit: AuditContext,
): Promise<TProposalView> {
  const document = PROPOSAL_DOCUMENTS.find((d) => d.code === input.code);
  if (!document) throw validationError({ code: 'Pilih jenis dokumen' });
  if (!input.upload) throw validationError({ file: 'Lampirkan satu berkas' });
  const { caseRow } = await loadProposal(deps.db, actor, ticket);
  const [file] = await storeUploads(deps.storage, actor.officeSlug, caseRow.ticket, [input.upload]);
  if (!file) throw new AppError('INTERNAL');
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const loaded = await loadProposal(tx, actor, ticket, true);
    const [id] = await attachFiles(tx, loaded.caseRow.id, [
      { ...file, kind: 'requirement', label: document.checklistItem },
    ]);
    const next = addDocument(stateOf(loaded.row), document.code, id ?? '', actor.userId, now);
    const complete = loaded.row.stage === 'documents' && next.stage !== 'documents';
    await saveState(tx, loaded, next, {
      actor,
      now,
      message: complete ? 'Berkas usulan DTKS Anda sudah lengkap; selanjutnya diverifikasi oleh PSM.' : null,
      data: { document: document.code },
    });
    await recordAudit(tx, audit, {
      action: 'registry.proposal_document',
      targetType: 'case',
      targetId: loaded.caseRow.ticket,
      after: { document: document.code },
    });
  });
  return getProposal(deps, actor, ticket);
}

const STAGE_MESSAGES: Record<TProposalStageInput['stage'], string> = {
  psm_verification: 'Usulan DTKS Anda sudah diverifikasi oleh PSM.',
  village_deliberation: 'Usulan DTKS Anda sudah dibahas dalam Musyawarah Kelurahan.',
  siks_entry: 'Usulan DTKS Anda sudah diinput ke aplikasi SIKS-NG.',
  final_validation: 'Usulan DTKS Anda sudah divalidasi akhir.',
};

/** Records the stage the proposal is at (PSM, MUSKEL, SIKS-NG entry, final validation). */
export async function recordProposalStage(
  deps: Deps,
  actor: Actor,
  ticket: string,
  input: TProposalStageInput,
  audit: AuditContext,
): Promise<TProposalView> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const loaded = await loadProposal(tx, actor, ticket, true);
    const stageInput = { ...input, eligible: input.eligible };
    const next = recordStage(stateOf(loaded.row), stageInput, actor.fullName, now, todayOf(actor, now));
    await saveState(tx, loaded, next, {
      actor,
      now,
      message: STAGE_MESSAGES[input.stage],
      data: { stage: input.stage, status: next.status },
    });
    await recordAudit(tx, audit, {
      action: 'registry.proposal_stage',
      targetType: 'case',
      targetId: loaded.caseRow.ticket,
      after: { ...input, status: next.status },
    });
  });
  return getProposal(deps, actor, ticket);
}

/** The office's proposals (a district operator: their district's), newest first. */
export async function listProposals(
  deps: Deps,
  actor: Actor,
  query: { status?: ProposalRow['status']; stage?: ProposalRow['stage'] },
): Promise<TProposalView[]> {
  const where: SQL[] = [eq(registryProposals.officeId, actor.officeId)];
  if (query.status) where.push(eq(registryProposals.status, query.status));
  if (query.stage) where.push(eq(registryProposals.stage, query.stage));
  const rows = await deps.db
    .select({
      row: registryProposals,
      caseRow: cases,
      fullName: caseSubjects.fullName,
      nik: caseSubjects.nik,
    })
    .from(registryProposals)
    .innerJoin(cases, eq(cases.id, registryProposals.caseId))
    .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
    .where(and(...where))
    .orderBy(desc(registryProposals.createdAt))
    .limit(200);
  const today = todayOf(actor, deps.now());
  return rows.filter((r) => maySee(actor, r.caseRow)).map((r) => viewOf(r.row, r, r.caseRow, today));
}
