import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { AuditContext } from '../audit/service';

export interface CaseRecord {
  id: string;
  officeId: string;
  officeShortName: string;
  ticket: string;
  trackingUrl: string;
  /** Complaints take the next number of the office's agenda register. */
  takesAgendaNumber: boolean;
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
  };
  files: { kind: string; key: string; contentType: string; size: number; sha256: string }[];
  /** The client's Idempotency-Key, kept with the answer it got. */
  idempotencyKey: string | null;
  /** The tracking path (without the public address), as the answer gives it. */
  trackingPath: string;
}

const ts = (value: Date | null): SQL =>
  value ? sql`${value.toISOString()}::timestamptz` : sql`null::timestamptz`;
const json = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;

/**
 * Writes a new case in ONE statement: the agenda number, the case, the person, the first timeline
 * event, the notice for the reporter, the files and the audit row. A single statement is atomic on
 * its own and holds the agenda register's row lock only while it runs, so complaints filed at the
 * same moment do not queue behind each other's round trips.
 */
export async function recordCase(
  db: Database,
  record: CaseRecord,
  audit: AuditContext,
): Promise<string | null> {
  const year = record.at.getFullYear();
  const ticket = record.ticket;
  const s = record.subject;
  const files = record.files.length
    ? sql`, files as (insert into case_attachments (case_id, kind, storage_key, content_type, size, sha256) values ${sql.join(
        record.files.map(
          (f) => sql`(${record.id}::uuid, ${f.kind}, ${f.key}, ${f.contentType}, ${f.size}, ${f.sha256})`,
        ),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    with agenda as (
      insert into agenda_counters (office_id, year, last)
      select ${record.officeId}::uuid, ${year}::int, 1 where ${record.takesAgendaNumber}::boolean
      on conflict (office_id, year) do update set last = agenda_counters.last + 1
      returning last
    ), num as (
      select (select lpad(last::text, 4, '0') || '/ADU/' || ${String(year)} from agenda) as agenda_number
    ), msg as (
      select agenda_number,
             case when agenda_number is null then ${`Permohonan diterima dengan nomor tiket ${ticket}.`}
                  else ${`Laporan diterima dengan nomor tiket ${ticket} dan nomor agenda `} || agenda_number || '.' end as text
      from num
    ), new_case as (
      insert into cases (id, office_id, ticket, agenda_number, standard_version_id, service_code, kind, channel, status,
                         confidential, ppks_category, ppks_subcategory, dtks_status, district_code, village_code,
                         channel_details, opened_at, target_at, due_at, created_by)
      select ${record.id}::uuid, ${record.officeId}::uuid, ${ticket}, msg.agenda_number, ${record.standardVersionId}::uuid,
             ${record.serviceCode}, ${record.kind}, ${record.channel}, 'new', ${record.confidential}::boolean,
             ${record.ppksCategory}, ${record.ppksSubcategory}, ${record.dtksStatus}, ${record.districtCode},
             ${record.villageCode}, ${json(record.channelDetails)}, ${ts(record.at)}, ${ts(record.targetAt)},
             ${ts(record.dueAt)}, ${record.createdBy}::uuid
      from msg
    ), subject as (
      insert into case_subjects (case_id, full_name, birth_place, birth_date, nik, nik_hash, kk, education, phone, address,
                                 aid, ppks_other, description, reporter_name, reporter_phone, consent_at)
      values (${record.id}::uuid, ${s.fullName}, ${s.birthPlace}, ${s.birthDate}, ${s.nik}, ${s.nikHash}, ${s.kk},
              ${s.education}, ${s.phone}, ${s.address}, ${json(s.aid)}, ${s.ppksOther}, ${s.description},
              ${s.reporterName}, ${s.reporterPhone}, ${ts(record.at)})
    ), event as (
      insert into case_events (case_id, at, type, public, message, data, actor_user_id)
      select ${record.id}::uuid, ${ts(record.at)}, 'created', true, msg.text,
             ${json({ channel: record.channel, serviceCode: record.serviceCode, standardVersionId: record.standardVersionId })},
             ${record.createdBy}::uuid
      from msg
    ), notice as (
      insert into notification_outbox (office_id, case_id, channel, recipient, template, body)
      select ${record.officeId}::uuid, ${record.id}::uuid, 'whatsapp', ${s.reporterPhone}, 'case.received',
             ${`${record.officeShortName}: `} || msg.text || ${` Pantau perkembangannya di ${record.trackingUrl}`}
      from msg
    ), audit as (
      insert into audit_log (office_id, actor_user_id, actor_username, action, target_type, target_id, after, ip, request_id)
      values (${record.officeId}::uuid, ${audit.actor?.userId ?? null}::uuid, ${audit.actor?.username ?? null}, 'case.created',
              'case', ${ticket},
              ${json({ ticket, channel: record.channel, serviceCode: record.serviceCode, files: record.files.length })},
              ${audit.ip}, ${audit.requestId})
    )${files}${
      record.idempotencyKey
        ? sql`, request as (
      insert into report_requests (key, office_id, case_id, ticket, tracking_url, agenda_number)
      select ${record.idempotencyKey}, ${record.officeId}::uuid, ${record.id}::uuid, ${ticket}, ${record.trackingPath}, msg.agenda_number
      from msg)`
        : sql``
    }
    select agenda_number from num`);
  const [row] = (result as unknown as { rows: { agenda_number: string | null }[] }).rows;
  return row?.agenda_number ?? null;
}
