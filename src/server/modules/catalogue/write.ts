import { and, eq, max } from 'drizzle-orm';
import { parseCompletionTime } from '../../../domain/catalogue/completion-time';
import {
  standardInputOf,
  type TServiceStandard,
  type TServiceStandardContent,
  type TServiceStandardInput,
  type TServiceSummary,
} from '../../../domain/catalogue/standard';
import { AppError, validationError } from '../../../domain/errors/app-error';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import { afterCommit } from '../../reference/office-context';
import { type AuditContext, recordAudit } from '../audit/service';
import { divisions } from '../offices/tables';
import { findStandardRow, getService, listServices } from './read';
import { serviceStandards, serviceStandardVersions } from './tables';

/** Appends a version; the parsed completion time is stored beside the text so deadlines never re-parse. */
export async function insertVersion(
  db: Database,
  standardId: string,
  version: number,
  content: TServiceStandardContent,
  createdBy: string | null,
): Promise<void> {
  const completion = parseCompletionTime(content.components.completionTime);
  if (!completion.ok) throw validationError({ 'components.completionTime': completion.message });
  await db.insert(serviceStandardVersions).values({
    standardId,
    version,
    name: content.name,
    content,
    completionTime: completion.value,
    createdBy,
  });
}

async function checkDivision(
  db: Database,
  officeId: string,
  code: string | null,
  field: string,
): Promise<void> {
  if (code === null) return;
  const [row] = await db
    .select({ active: divisions.active })
    .from(divisions)
    .where(and(eq(divisions.officeId, officeId), eq(divisions.code, code)));
  if (!row?.active) throw validationError({ [field]: 'Bidang tidak dikenal atau sudah nonaktif' });
}

export async function createService(
  db: Database,
  actor: Actor,
  code: string,
  input: TServiceStandardInput,
  context: AuditContext,
): Promise<TServiceStandard> {
  await checkDivision(db, actor.officeId, input.divisionCode, 'standard.divisionCode');
  return afterCommit(
    db.transaction(async (tx) => {
      const [last] = await tx
        .select({ order: max(serviceStandards.sortOrder) })
        .from(serviceStandards)
        .where(eq(serviceStandards.officeId, actor.officeId));
      const [row] = await tx
        .insert(serviceStandards)
        .values({ officeId: actor.officeId, code, currentVersion: 1, sortOrder: (last?.order ?? 0) + 1 })
        .onConflictDoNothing()
        .returning({ id: serviceStandards.id });
      if (!row) throw new AppError('SERVICE_CODE_TAKEN', { fields: { code: 'Kode layanan sudah dipakai' } });
      await insertVersion(tx, row.id, 1, { ...input, source: null }, actor.userId);
      const created = await getService(tx, actor.officeId, code, { includeInactive: true });
      await recordAudit(tx, context, {
        action: 'service.created',
        targetType: 'service',
        targetId: code,
        after: created,
      });
      return created;
    }),
  );
}

/** Saves an edit as a new version; an edit that changes nothing adds no version. */
export async function updateService(
  db: Database,
  actor: Actor,
  code: string,
  input: TServiceStandardInput,
  context: AuditContext,
): Promise<TServiceStandard> {
  return afterCommit(
    db.transaction(async (tx) => {
      const standard = await findStandardRow(tx, actor.officeId, code);
      await checkDivision(tx, actor.officeId, input.divisionCode, 'divisionCode');
      const before = await getService(tx, actor.officeId, code, { includeInactive: true });
      const content: TServiceStandardContent = { ...input, source: before.source };
      if (sameContent(before, content)) return before;
      const version = standard.currentVersion + 1;
      await insertVersion(tx, standard.id, version, content, actor.userId);
      await tx
        .update(serviceStandards)
        .set({ currentVersion: version })
        .where(eq(serviceStandards.id, standard.id));
      const after = await getService(tx, actor.officeId, code, { includeInactive: true });
      await recordAudit(tx, context, {
        action: 'service.version_added',
        targetType: 'service',
        targetId: code,
        before: { version: before.version, ...contentOf(before) },
        after: { version, ...content },
      });
      return after;
    }),
  );
}

function contentOf(standard: TServiceStandard): TServiceStandardContent {
  return { ...standardInputOf(standard), source: standard.source };
}

function sameContent(current: TServiceStandard, next: TServiceStandardContent): boolean {
  return sameStandardContent(contentOf(current), next);
}

/** Equal content, whatever the key order (jsonb reorders keys) and however absent fields are written. */
export function sameStandardContent(a: TServiceStandardContent, b: TServiceStandardContent): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Key order and optional step fields must not make two equal standards look different. */
function normalise(content: TServiceStandardContent): unknown {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined && v !== null)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, sortKeys(v)]),
      );
    return value;
  };
  return sortKeys(content);
}

export async function setServiceActive(
  db: Database,
  actor: Actor,
  code: string,
  active: boolean,
  context: AuditContext,
): Promise<TServiceStandard> {
  return afterCommit(
    db.transaction(async (tx) => {
      const standard = await findStandardRow(tx, actor.officeId, code);
      await tx.update(serviceStandards).set({ active }).where(eq(serviceStandards.id, standard.id));
      await recordAudit(tx, context, {
        action: active ? 'service.activated' : 'service.deactivated',
        targetType: 'service',
        targetId: code,
        before: { active: standard.active },
        after: { active },
      });
      return getService(tx, actor.officeId, code, { includeInactive: true });
    }),
  );
}

/** Puts the catalogue in the given order; the list must name every service of the office once. */
export async function reorderServices(
  db: Database,
  actor: Actor,
  codes: string[],
  context: AuditContext,
): Promise<TServiceSummary[]> {
  return afterCommit(
    db.transaction(async (tx) => {
      const current = await listServices(tx, actor.officeId, { includeInactive: true });
      const known = new Set(current.map((s) => s.code));
      if (
        codes.length !== known.size ||
        new Set(codes).size !== codes.length ||
        !codes.every((c) => known.has(c))
      )
        throw validationError({ codes: 'Urutan harus memuat setiap layanan tepat satu kali' });
      for (const [index, code] of codes.entries()) {
        await tx
          .update(serviceStandards)
          .set({ sortOrder: index + 1 })
          .where(and(eq(serviceStandards.officeId, actor.officeId), eq(serviceStandards.code, code)));
      }
      await recordAudit(tx, context, {
        action: 'service.reordered',
        targetType: 'catalogue',
        before: current.map((s) => s.code),
        after: codes,
      });
      return listServices(tx, actor.officeId, { includeInactive: true });
    }),
  );
}
