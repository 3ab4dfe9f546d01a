import type { TRegistryImport } from '../../domain/registry/schemas';
import { multipartBody } from './multipart';
import type { Session } from './test-app';

/** A registry member as a test writes it; the export's columns follow SIKS-NG's names. */
export interface SampleMember {
  id?: string;
  kk: string;
  nik: string;
  name: string;
  birthPlace?: string;
  birthDate?: string;
  sex?: string;
  relation?: string;
  address?: string;
  village?: string;
  pkh?: string;
  bpnt?: string;
  pbi?: string;
  blt?: string;
  decile?: string;
}

export const SAMPLE_HEADERS = [
  'IDDTKS',
  'NOKK',
  'NIK',
  'NAMA',
  'TMPT_LHR',
  'TGL_LHR',
  'JNS_KEL',
  'HUB_KEL',
  'ALAMAT',
  'KODE_WILAYAH',
  'PKH',
  'BPNT',
  'PBI',
  'BLT',
  'DESIL',
];

export function sampleCells(m: SampleMember): string[] {
  return [
    m.id ?? '',
    m.kk,
    m.nik,
    m.name,
    m.birthPlace ?? 'Dumai',
    m.birthDate ?? '',
    m.sex ?? '',
    m.relation ?? '',
    m.address ?? 'Jl. Sultan Syarif Kasim',
    m.village ?? '1472011003',
    m.pkh ?? '0',
    m.bpnt ?? '0',
    m.pbi ?? '0',
    m.blt ?? '0',
    m.decile ?? '',
  ];
}

/** The export as CSV text, semicolon-separated as Indonesian spreadsheets save it unless told. */
export function registryCsv(members: SampleMember[], delimiter = ';', extraRows: string[][] = []): string {
  const quote = (v: string) => (v.includes(delimiter) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
  return [SAMPLE_HEADERS, ...members.map(sampleCells), ...extraRows]
    .map((cells) => cells.map(quote).join(delimiter))
    .join('\r\n');
}

/** Uploads an export as the administrator and waits for the import to finish. */
export async function importRegistry(
  admin: Session,
  file: { name: string; bytes: Buffer },
  fields: Record<string, string> = { dataDate: '2026-10-01', source: 'DTKS' },
): Promise<TRegistryImport> {
  const { payload, contentType } = multipartBody(fields, file);
  const started = await admin.request({
    method: 'POST',
    url: '/api/v1/registry/imports',
    payload,
    headers: { 'content-type': contentType },
  });
  if (started.statusCode !== 202) throw new Error(`import: ${started.statusCode} ${started.body}`);
  let view = started.json() as TRegistryImport;
  for (let i = 0; i < 400 && view.status === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    view = (await admin.request({ method: 'GET', url: `/api/v1/registry/imports/${view.id}` })).json();
  }
  return view;
}
