import { nameTokens } from '../../crypto/blind-index';
import { type Keyring, seal } from '../../crypto/field-cipher';
import { keyring } from '../../crypto/keys';
import type { Database } from '../../db/client';
import { hotStatement } from '../../db/hot-query';
import type { AuditContext } from '../audit/service';

export interface CaseRecord {
  id: string;
  officeId: string;
  officeShortName: string;
  ticket: string;
  trackingUrl: string;
  /** Complaints take the next number of the office's agenda register. */
  takesAgendaNumber: boolean;
  /** The register restarts each year, by the office's own calendar (1 January 00:30 WIB is the new year). */
  agendaYear: number;
  at: Date;
  standardVersionId: string | null;
  serviceCode: string | null;
  kind: 'service' | 'complaint';
  channel: string;
  confidential: boolean;
  ppksCategory: string;
  ppksSubcategory: string | null;
  dtksStatus: string;
  districtCode: string;
  villageCode: string;
  channelDetails: Record<string, unknown>;
  targetAt: Date | null;
  dueAt: Date | null;
  /** Standards with a visit step to start within a time (Si-PULAU PANDHA's outreach: 1 day). */
  visitDueAt: Date | null;
  /** An outreach record made on the spot: the team is already there. */
  visitedAt: Date | null;
  createdBy: string | null;
  subject: {
    fullName: string;
    birthPlace: string | null;
    birthDate: string | null;
    nik: string | null;
    nikHash: string | null;
    kk: string | null;
    education: string | null;
    phone: string | null;
    address: string | null;
    aid: unknown;
    ppksOther: string | null;
    description: string;
    reporterName: string;
    reporterPhone: string;
    reporterEmail: string | null;
  };
  files: { kind: string; key: string; contentType: string; size: number; sha256: string }[];
  /** The client's Idempotency-Key, kept with the answer it got. */
  idempotencyKey: string | null;
  /** The tracking path (without the public address), as the answer gives it. */
  trackingPath: string;
}

/**
 * Writes new cases in ONE statement: for each, the agenda number, the case, the person, the first
 * timeline event, the notice for the reporter, the files, the audit row and the idempotency answer.
 * A single statement is atomic on its own and holds the agenda register's row lock only while it
 * runs. Its text never changes (the cases come as one JSON list), so it runs prepared; several
 * cases arriving together share one statement, one round trip and one commit (see caseWriter).
 */
const insertCases = hotStatement<{ rows: string }, { ord: number; agenda_number: string | null }>(
  'record_cases',
  `with input as (
      select * from jsonb_to_recordset(:rows::jsonb) as r(
        ord int, id uuid, office_id uuid, office_short_name text, agenda_year int, takes_agenda_number boolean,
        ticket text, standard_version_id uuid, service_code text, kind text, channel text, confidential boolean,
        ppks_category text, ppks_subcategory text, dtks_status text, district_code text, village_code text,
        channel_details jsonb, at timestamptz, target_at timestamptz, due_at timestamptz, visit_due_at timestamptz,
        visited_at timestamptz, created_by uuid,
        full_name text, birth_place text, birth_date text, nik text, nik_hash text, kk text, education text,
        phone text, address text, aid jsonb, ppks_other text, description text, reporter_name text,
        reporter_phone text, reporter_email text, name_words text[], recipient_phone text, recipient_email text,
        event_data jsonb, tracking_url text, actor_user_id uuid, actor_username text,
        audit_after jsonb, ip text, request_id text, files jsonb, idempotency_key text, tracking_path text)
    ), wanted as (
      select office_id, agenda_year, count(*)::int as n from input where takes_agenda_number group by 1, 2
    ), agenda as (
      insert into agenda_counters (office_id, year, last)
      select office_id, agenda_year, n from wanted
      on conflict (office_id, year) do update set last = agenda_counters.last + excluded.last
      returning office_id, year, last
    ), numbered as (
      select i.*,
             case when i.takes_agenda_number then
               lpad((a.last - w.n + row_number() over (
                 partition by i.office_id, i.agenda_year, i.takes_agenda_number order by i.ord))::text, 4, '0')
               || '/ADU/' || i.agenda_year::text
             end as agenda_number
      from input i
      left join wanted w on i.takes_agenda_number and w.office_id = i.office_id and w.agenda_year = i.agenda_year
      left join agenda a on i.takes_agenda_number and a.office_id = i.office_id and a.year = i.agenda_year
    ), msg as (
      select n.*,
             case when agenda_number is null then 'Permohonan diterima dengan nomor tiket ' || ticket || '.'
                  else 'Laporan diterima dengan nomor tiket ' || ticket || ' dan nomor agenda ' || agenda_number || '.'
             end as text
      from numbered n
    ), new_case as (
      insert into cases (id, office_id, ticket, agenda_number, standard_version_id, service_code, kind, channel, status,
                         confidential, ppks_category, ppks_subcategory, dtks_status, district_code, village_code,
                         channel_details, opened_at, target_at, due_at, visit_due_at, visited_at, created_by,
                         step_started_at)
      select id, office_id, ticket, agenda_number, standard_version_id, service_code, kind, channel, 'new',
             confidential, ppks_category, ppks_subcategory, dtks_status, district_code, village_code,
             channel_details, at, target_at, due_at, visit_due_at, visited_at, created_by, at
      from msg
    ), subject as (
      insert into case_subjects (case_id, full_name, birth_place, birth_date, nik, nik_hash, kk, education, phone, address,
                                 aid, ppks_other, description, reporter_name, reporter_phone, reporter_email, consent_at,
                                 name_words)
      select id, full_name, birth_place, birth_date, nik, nik_hash, kk, education, phone, address,
             aid, ppks_other, description, reporter_name, reporter_phone, reporter_email, at, name_words
      from msg
    ), event as (
      insert into case_events (case_id, at, type, public, message, data, actor_user_id)
      select id, at, 'created', true, text, event_data, created_by from msg
    ), notice as (
      insert into notification_outbox (office_id, case_id, channel, recipient, template, body, params, created_at,
                                       next_attempt_at)
      select m.office_id, m.id, a.channel, a.recipient, 'case.received',
             m.office_short_name || ': ' || m.text || ' Pantau perkembangannya di ' || m.tracking_url,
             jsonb_build_object('ticket', m.ticket, 'agendaNumber', m.agenda_number), m.at, m.at
      from msg m
      cross join lateral (values ('whatsapp', m.recipient_phone), ('email', m.recipient_email)) as a(channel, recipient)
      where a.recipient is not null
    ), audit as (
      insert into audit_log (office_id, actor_user_id, actor_username, action, target_type, target_id, after, ip, request_id)
      select office_id, actor_user_id, actor_username, 'case.created', 'case', ticket, audit_after, ip, request_id
      from msg
    ), files as (
      insert into case_attachments (case_id, kind, storage_key, content_type, size, sha256)
      select m.id, f.kind, f.key, f."contentType", f.size, f.sha256
      from msg m, jsonb_to_recordset(m.files) as f(kind text, key text, "contentType" text, size int, sha256 text)
    ), request as (
      insert into report_requests (key, office_id, case_id, ticket, tracking_url, agenda_number)
      select idempotency_key, office_id, id, ticket, tracking_path, agenda_number
      from msg where idempotency_key is not null
    )
    select ord, agenda_number from msg`,
);

/** Seals a personal value for its column; the statement bypasses the Drizzle column type. */
function sealed(keys: Keyring, value: string | null, column: string): string | null {
  return value === null ? null : seal(keys, value, column);
}

/**
 * One case as a row of the statement's JSON list (column names as the statement reads them). The
 * person's fields are sealed here (the key is derived once per process, ~µs per value), with the
 * name's blind index; the notice's recipient is sealed for its own column.
 */
function rowOf(record: CaseRecord, audit: AuditContext, ord: number): Record<string, unknown> {
  const s = record.subject;
  const keys = keyring();
  return {
    ord,
    id: record.id,
    office_id: record.officeId,
    office_short_name: record.officeShortName,
    agenda_year: record.agendaYear,
    takes_agenda_number: record.takesAgendaNumber,
    ticket: record.ticket,
    standard_version_id: record.standardVersionId,
    service_code: record.serviceCode,
    kind: record.kind,
    channel: record.channel,
    confidential: record.confidential,
    ppks_category: record.ppksCategory,
    ppks_subcategory: record.ppksSubcategory,
    dtks_status: record.dtksStatus,
    district_code: record.districtCode,
    village_code: record.villageCode,
    channel_details: record.channelDetails,
    at: record.at,
    target_at: record.targetAt,
    due_at: record.dueAt,
    visit_due_at: record.visitDueAt,
    visited_at: record.visitedAt,
    created_by: record.createdBy,
    full_name: sealed(keys, s.fullName, 'full_name'),
    birth_place: s.birthPlace,
    birth_date: s.birthDate,
    nik: sealed(keys, s.nik, 'nik'),
    nik_hash: s.nikHash,
    kk: sealed(keys, s.kk, 'kk'),
    education: s.education,
    phone: sealed(keys, s.phone, 'phone'),
    address: sealed(keys, s.address, 'address'),
    aid: s.aid,
    ppks_other: s.ppksOther,
    description: sealed(keys, s.description, 'description'),
    reporter_name: sealed(keys, s.reporterName, 'reporter_name'),
    reporter_phone: sealed(keys, s.reporterPhone, 'reporter_phone'),
    reporter_email: sealed(keys, s.reporterEmail, 'reporter_email'),
    name_words: nameTokens(keys, s.fullName),
    recipient_phone: sealed(keys, s.reporterPhone, 'recipient'),
    recipient_email: sealed(keys, s.reporterEmail, 'recipient'),
    event_data: {
      channel: record.channel,
      serviceCode: record.serviceCode,
      standardVersionId: record.standardVersionId,
    },
    tracking_url: record.trackingUrl,
    actor_user_id: audit.actor?.userId ?? null,
    actor_username: audit.actor?.username ?? null,
    audit_after: {
      ticket: record.ticket,
      channel: record.channel,
      serviceCode: record.serviceCode,
      files: record.files.length,
    },
    ip: audit.ip,
    request_id: audit.requestId,
    files: record.files,
    idempotency_key: record.idempotencyKey,
    tracking_path: record.trackingPath,
  };
}

/** Writes the cases in one statement; answers each one's agenda number (null for service requests). */
export async function recordCases(
  db: Database,
  items: { record: CaseRecord; audit: AuditContext }[],
): Promise<(string | null)[]> {
  const rows = items.map((item, index) => rowOf(item.record, item.audit, index));
  const result = await insertCases.run(db, { rows: JSON.stringify(rows) });
  const numbers = new Map(result.map((r) => [r.ord, r.agenda_number]));
  return items.map((_, index) => numbers.get(index) ?? null);
}
