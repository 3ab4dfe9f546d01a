import { AppError } from '../../../domain/errors/app-error';
import { maskKk, maskName, maskNik } from '../../../domain/identity';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { birthDateCandidates, NAME_MATCH_THRESHOLD, nameSimilarity } from '../../../domain/registry/names';
import type {
  TRegistryCheckRequest,
  TRegistryCheckResult,
  TRegistryHousehold,
  TRegistryPerson,
} from '../../../domain/registry/schemas';
import { RELATIONS, type Relation } from '../../../domain/registry/values';
import type { Database } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { AuditContext } from '../audit/service';
import { maySee } from '../case-handling/case-record';
import { nikHash } from '../system/secrets';
import {
  caseByTicket,
  householdByKk,
  householdByNik,
  type MemberRecord,
  membersBornOn,
  openMember,
  recordCheckStatement,
} from './check-queries';

const MAX_NAME_CANDIDATES = 10;

type PersonFields = Omit<MemberRecord, 'villageName' | 'districtName' | 'nikHash'>;

/** A member as an officer sees it: the NIK masked, everything the decision needs. */
export function personView(row: PersonFields, score?: number): TRegistryPerson {
  return {
    memberId: row.id,
    nikMasked: maskNik(row.nik),
    name: row.name,
    birthPlace: row.birthPlace,
    birthDate: row.birthDate,
    sex: row.sex as TRegistryPerson['sex'],
    relation: row.relation as Relation | null,
    programmes: { pkh: row.pkh, bpnt: row.bpnt, pbiJkn: row.pbiJkn, blt: row.blt },
    decile: row.decile,
    ...(score === undefined ? {} : { score }),
    source: row.source,
    dataDate: row.dataDate,
  };
}

const relationOrder = (r: MemberRecord) => RELATIONS.indexOf((r.relation ?? 'other') as Relation);

/** The household of a KK's members, head first, with its programmes (any member's) and lowest decile. */
export function householdView(found: MemberRecord[]): TRegistryHousehold | null {
  const rows = [...found].sort(
    (a, b) => relationOrder(a) - relationOrder(b) || (a.birthDate ?? '').localeCompare(b.birthDate ?? ''),
  );
  const first = rows[0];
  if (!first) return null;
  const deciles = rows.map((r) => r.decile).filter((d): d is number => d !== null);
  return {
    kkMasked: maskKk(first.kk),
    householdRef: first.householdRef === first.kk ? maskKk(first.kk) : first.householdRef,
    address: first.address,
    villageCode: first.villageCode,
    villageName: first.villageName,
    districtName: first.districtName,
    programmes: {
      pkh: rows.some((r) => r.pkh),
      bpnt: rows.some((r) => r.bpnt),
      pbiJkn: rows.some((r) => r.pbiJkn),
      blt: rows.some((r) => r.blt),
    },
    decile: deciles.length ? Math.min(...deciles) : null,
    members: rows.map((r) => personView(r)),
  };
}

interface Found {
  people: TRegistryPerson[];
  household: TRegistryHousehold | null;
  memberIds: string[];
  queryHash: string | null;
  queryMasked: string;
  /** The freshest record found: the answer's source and data date. */
  newest: MemberRecord | null;
}

const newestOf = (rows: MemberRecord[]) =>
  rows.reduce<MemberRecord | null>((n, r) => (!n || r.dataDate > n.dataDate ? r : n), null);

async function findByNik(db: Database, officeId: string, nik: string): Promise<Found> {
  const hash = await nikHash(db, nik);
  const rows = await householdByNik.run(db, { officeId, hash });
  const row = rows.find((r) => r.nikHash === hash);
  const base = { queryHash: hash, queryMasked: maskNik(nik) };
  if (!row) return { ...base, people: [], household: null, memberIds: [], newest: null };
  return {
    ...base,
    people: [personView(row)],
    household: householdView(rows),
    memberIds: [row.id],
    newest: row,
  };
}

async function findByKk(db: Database, officeId: string, kk: string): Promise<Found> {
  const hash = await nikHash(db, kk);
  const rows = await householdByKk.run(db, { officeId, hash });
  return {
    queryHash: hash,
    queryMasked: maskKk(kk),
    people: [],
    household: householdView(rows),
    memberIds: rows.map((r) => r.id),
    newest: newestOf(rows),
  };
}

/** By name and birth date: people born that day (or with day and month swapped), ranked by name. */
async function findByName(db: Database, officeId: string, name: string, birthDate: string): Promise<Found> {
  const [first = birthDate, second = first] = birthDateCandidates(birthDate);
  const rows = await membersBornOn.run(db, { officeId, first, second });
  const ranked = rows
    .map((row) => ({ row, score: nameSimilarity(name, row.name) }))
    .filter((m) => m.score >= NAME_MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.row.birthDate === birthDate ? -1 : 1))
    .slice(0, MAX_NAME_CANDIDATES)
    .map((m) => ({ ...m, row: openMember(m.row) }));
  const best = ranked[0]?.row ?? null;
  const household =
    ranked.length === 1 && best
      ? householdView(await householdByKk.run(db, { officeId, hash: best.kkHash }))
      : null;
  return {
    queryHash: null,
    queryMasked: `${maskName(name)} (${birthDate})`,
    people: ranked.map((m) => personView(m.row, m.score)),
    household,
    memberIds: ranked.map((m) => m.row.id),
    newest: best,
  };
}

function find(db: Database, officeId: string, request: TRegistryCheckRequest): Promise<Found> {
  if (request.by === 'nik') return findByNik(db, officeId, request.nik);
  if (request.by === 'kk') return findByKk(db, officeId, request.kk);
  return findByName(db, officeId, request.name, request.birthDate);
}

/** The case a check is for, if the officer may see it: the rule of the case pages. */
async function caseForCheck(db: Database, actor: Actor, rawTicket: string) {
  const ticket = normalizeTicket(rawTicket);
  if (!ticket) throw new AppError('CASE_NOT_FOUND');
  const [row] = await caseByTicket.run(db, { ticket, officeId: actor.officeId });
  if (!row || !maySee(actor, row)) throw new AppError('CASE_NOT_FOUND');
  return row;
}

/**
 * Looks a person up in the office's registry for a case the officer may see. Every check is kept with
 * its audit row: who looked up whom, for which case, and what was found.
 */
export async function checkRegistry(
  deps: { db: Database; now: () => Date },
  actor: Actor,
  request: TRegistryCheckRequest,
  audit: AuditContext,
): Promise<TRegistryCheckResult> {
  const owner = await caseForCheck(deps.db, actor, request.ticket);
  const found = await find(deps.db, actor.officeId, request);
  const registered = found.memberIds.length > 0;
  const at = deps.now();
  const after = {
    by: request.by,
    query: found.queryMasked,
    queryHash: found.queryHash,
    found: registered,
    members: found.memberIds,
  };
  const [check] = await recordCheckStatement.run(deps.db, {
    officeId: actor.officeId,
    caseId: owner.id,
    userId: actor.userId,
    username: audit.actor?.username ?? actor.username,
    method: request.by,
    queryHash: found.queryHash,
    queryMasked: found.queryMasked,
    found: registered,
    memberIds: JSON.stringify(found.memberIds),
    source: found.newest?.source ?? null,
    dataDate: found.newest?.dataDate ?? null,
    at: at.toISOString(),
    ticket: owner.ticket,
    after: JSON.stringify(after),
    ip: audit.ip,
    requestId: audit.requestId,
  });
  if (!check) throw new Error('check not recorded');
  return {
    checkId: check.id,
    ticket: owner.ticket,
    by: request.by,
    registered,
    people: found.people,
    household: found.household,
    source: found.newest?.source ?? null,
    dataDate: found.newest?.dataDate ?? null,
    checkedAt: at.toISOString(),
  };
}
