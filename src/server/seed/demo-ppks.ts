import { and, asc, eq, like } from 'drizzle-orm';
import { type TReportFormValues, ZReportInput } from '../../domain/intake/report';
import type { Database } from '../db/client';
import { users } from '../modules/auth/tables';
import { takeInReport } from '../modules/cases/intake';
import { reportRequests } from '../modules/cases/tables';
import { regions } from '../modules/regions/tables';
import type { FileStorage } from '../storage/file-storage';
import { DEMO_REPORTER_PHONE, type DemoOutcome, handleDemoCase } from './demo-handling';

/**
 * Demo outreach ("jemput bola") reports of Kabupaten Dharmasraya with the officer's GPS, so the PPKS
 * map and register of the demo have something to show: people of Si-PULAU PANDHA's categories in most
 * districts, one person reported twice (categories over time), one reported again without a birth date
 * (a duplicate for the merge tool), and two confidential cases. Names are invented. The older ones
 * were handled afterwards (demo-handling.ts), so the dashboard has closed and referred cases too.
 */

/** Rough centres of Dharmasraya's districts (demo points scatter around them, within a few km). */
const DISTRICT_CENTRES: Record<string, [number, number]> = {
  '13.10.01': [-1.232, 101.676],
  '13.10.02': [-1.036, 101.569],
  '13.10.03': [-1.418, 101.818],
  '13.10.04': [-1.071, 101.631],
  '13.10.05': [-0.921, 101.548],
  '13.10.06': [-1.102, 101.815],
  '13.10.07': [-1.178, 101.748],
  '13.10.08': [-1.121, 101.702],
  '13.10.09': [-1.098, 101.548],
  '13.10.10': [-1.331, 101.925],
  '13.10.11': [-1.252, 101.502],
};

interface DemoReport {
  district: keyof typeof DISTRICT_CENTRES;
  daysAgo: number;
  person: Partial<TReportFormValues['person']> & { fullName: string };
  ppks: TReportFormValues['ppks'];
  aid?: TReportFormValues['aid'];
  description: string;
  /** How far the office has taken it (the rest are still new). */
  handled?: DemoOutcome;
}

const NONE = { kinds: ['belum-pernah'], pbiScheme: null, other: null } as TReportFormValues['aid'];
const ppks = (category: string, subcategory: string | null = null) => ({
  category,
  subcategory,
  other: null,
});

const REPORTS: DemoReport[] = [
  {
    district: '13.10.02',
    daysAgo: 84,
    handled: 'closed',
    person: {
      fullName: 'Nurhayati',
      birthPlace: 'Pulau Punjung',
      birthDate: '1947-07-15',
      nik: '1310025507470002',
    },
    ppks: ppks('lansia-terlantar', 'tinggal-sendiri'),
    aid: { kinds: ['bpnt-sembako'], pbiScheme: null, other: null },
    description: 'Nenek tinggal sendiri di rumah kayu yang atapnya bocor, jarang makan.',
  },
  {
    district: '13.10.02',
    daysAgo: 21,
    handled: 'in_progress',
    person: {
      fullName: 'Nurhayati',
      birthPlace: 'Pulau Punjung',
      birthDate: '1947-07-15',
      nik: '1310025507470002',
    },
    ppks: ppks('penyandang-disabilitas', 'tuna-daksa'),
    aid: { kinds: ['bpnt-sembako', 'bpjs-pbi'], pbiScheme: 'daerah', other: null },
    description: 'Setelah jatuh di kamar mandi nenek tidak bisa berjalan, perlu kursi roda.',
  },
  {
    district: '13.10.02',
    daysAgo: 9,
    person: { fullName: 'Hj. Nurhayati', birthDate: null },
    ppks: ppks('lansia-terlantar', 'tinggal-sendiri'),
    description: 'Tetangga melaporkan nenek Nurhayati belum menerima kursi roda.',
  },
  {
    district: '13.10.04',
    daysAgo: 63,
    handled: 'closed',
    person: { fullName: 'Syafrizal', birthDate: '1979-11-02' },
    ppks: ppks('gelandangan'),
    description: 'Laki-laki tidur di halte dekat pasar Sitiung, tidak tahu alamat keluarganya.',
  },
  {
    district: '13.10.01',
    daysAgo: 55,
    handled: 'closed',
    person: { fullName: 'Rizki Pratama', birthDate: '2014-03-09' },
    ppks: ppks('anak-terlantar'),
    aid: { kinds: ['pkh'], pbiScheme: null, other: null },
    description: 'Anak tinggal bersama nenek yang sakit, tidak bersekolah sejak tiga bulan.',
  },
  {
    district: '13.10.03',
    daysAgo: 47,
    handled: 'referred',
    person: { fullName: 'Ramlah', birthDate: '1968-05-20' },
    ppks: ppks('keluarga-fakir-miskin'),
    description: 'Keluarga lima orang tinggal di pondok kebun, suami sakit dan tidak bekerja.',
  },
  {
    district: '13.10.11',
    daysAgo: 40,
    handled: 'closed',
    person: { fullName: 'Yusrizal', birthDate: '1985-08-14' },
    ppks: ppks('penyandang-disabilitas', 'tuna-laras'),
    description: 'Warga dipasung keluarga di belakang rumah, perlu dirujuk ke rumah sakit jiwa.',
  },
  {
    district: '13.10.07',
    daysAgo: 36,
    handled: 'rejected',
    person: { fullName: 'Masnidar', birthDate: '1944-01-30' },
    ppks: ppks('lansia-terlantar', 'bersama-keluarga'),
    aid: { kinds: ['bpjs-pbi'], pbiScheme: 'pusat', other: null },
    description: 'Lansia lumpuh, keluarga tidak mampu membeli popok dan obat.',
  },
  {
    district: '13.10.02',
    daysAgo: 30,
    handled: 'closed',
    person: { fullName: 'Darwis', birthDate: '1958-06-06' },
    ppks: ppks('pengemis'),
    description: 'Mengemis di pasar Pulau Punjung setiap hari pasar.',
  },
  {
    district: '13.10.08',
    daysAgo: 27,
    handled: 'referred',
    person: { fullName: 'Rosmawati', birthDate: '1982-12-12' },
    ppks: ppks('perempuan-rawan-sosial-ekonomi'),
    description: 'Ibu tunggal tiga anak, penghasilan menyadap karet tidak cukup.',
  },
  {
    district: '13.10.04',
    daysAgo: 18,
    handled: 'in_progress',
    person: { fullName: 'Zulkifli', birthDate: '1975-04-04' },
    ppks: ppks('korban-bencana-alam'),
    aid: { kinds: ['blt'], pbiScheme: null, other: null },
    description: 'Rumah rusak berat diterjang banjir Batang Hari.',
  },
  {
    district: '13.10.09',
    daysAgo: 15,
    handled: 'verified',
    person: { fullName: 'Fitri Handayani', birthDate: '2016-09-21' },
    ppks: ppks('anak-disabilitas', 'tuna-rungu'),
    description: 'Anak tuna rungu belum punya alat bantu dengar dan belum sekolah.',
  },
  {
    district: '13.10.10',
    daysAgo: 12,
    handled: 'verified',
    person: { fullName: 'Amir Hamzah', birthDate: '1941-02-17' },
    ppks: ppks('lansia-terlantar', 'tinggal-sendiri'),
    description: 'Kakek tinggal sendiri jauh dari kampung, kesulitan air bersih.',
  },
  {
    district: '13.10.06',
    daysAgo: 8,
    person: { fullName: 'Siti Rohani', birthDate: '1990-07-07' },
    ppks: ppks('keluarga-fakir-miskin'),
    aid: { kinds: ['pkh', 'bpnt-sembako'], pbiScheme: null, other: null },
    description: 'Rumah tidak layak huni, dinding papan lapuk.',
  },
  {
    district: '13.10.05',
    daysAgo: 5,
    person: { fullName: 'Budi Santoso', birthDate: null },
    ppks: ppks('gelandangan'),
    description: 'Orang terlantar diturunkan dari truk di jalan lintas Sumatera.',
  },
  {
    district: '13.10.01',
    daysAgo: 3,
    person: { fullName: 'Erni Susanti', birthDate: '1996-10-10' },
    ppks: ppks('korban-tindak-kekerasan'),
    description: 'Ibu muda mengalami kekerasan dalam rumah tangga, butuh pendampingan.',
  },
  {
    district: '13.10.02',
    daysAgo: 2,
    person: { fullName: 'Ujang', birthDate: '1970-01-25' },
    ppks: ppks('pemulung'),
    description: 'Pemulung tidur di gerobak dekat tempat pembuangan sampah.',
  },
];

/** Demo reports carry no files: a storage that is never written to. */
const NO_FILES: FileStorage = {
  put: async () => {
    throw new Error('demo reports carry no files');
  },
  get: async () => {
    throw new Error('demo reports carry no files');
  },
  remove: async () => {},
};

/** A point a few hundred metres to a few km from the district centre, the same on every start. */
function scatter(index: number, [lat, lng]: [number, number]): { latitude: number; longitude: number } {
  const angle = index * 2.399963;
  const distance = 0.004 + (index % 5) * 0.006;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    latitude: round(lat + Math.sin(angle) * distance),
    longitude: round(lng + Math.cos(angle) * distance),
  };
}

async function firstVillage(db: Database, district: string): Promise<string | null> {
  const [row] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.parentCode, district), eq(regions.level, 4)))
    .orderBy(asc(regions.code))
    .limit(1);
  return row?.code ?? null;
}

const KEY_PREFIX = 'demo-outreach-dharmasraya-';

/** One demo report through the ordinary intake, dated `daysAgo` days before `now`. */
async function fileDemoReport(
  db: Database,
  report: DemoReport,
  index: number,
  now: Date,
  officerId: string | null,
): Promise<void> {
  const village = await firstVillage(db, report.district);
  const centre = DISTRICT_CENTRES[report.district];
  if (!village || !centre) return;
  const at = new Date(now.getTime() - report.daysAgo * 86_400_000);
  const input = ZReportInput.parse({
    office: 'dharmasraya',
    serviceCode: null,
    person: { villageCode: village, address: `Jorong ${index + 1}, dekat surau`, ...report.person },
    ppks: report.ppks,
    dtksStatus: 'tidak-tahu',
    aid: report.aid ?? NONE,
    description: report.description,
    reporter: { name: 'Wali Nagari (demo)', phone: DEMO_REPORTER_PHONE },
    consent: true,
  });
  const { ticket } = await takeInReport(
    { db, storage: NO_FILES, now: () => at, config: {} },
    {
      input,
      channel: 'outreach',
      channelDetails: {
        channel: 'outreach',
        ...scatter(index, centre),
        accuracyMetres: 15,
        visitedAt: at.toISOString(),
      },
      files: [],
      createdBy: officerId,
      idempotencyKey: `${KEY_PREFIX}${index + 1}`,
    },
    { actor: null, ip: null, requestId: null },
  );
  if (report.handled) await handleDemoCase(db, NO_FILES, ticket, at, report.handled);
}

/** Adds the demo outreach reports not added before (each has its own idempotency key); answers how many. */
export async function seedDemoOutreach(db: Database, now: Date = new Date()): Promise<number> {
  const done = new Set(
    (
      await db
        .select({ key: reportRequests.key })
        .from(reportRequests)
        .where(like(reportRequests.key, `${KEY_PREFIX}%`))
    ).map((r) => r.key),
  );
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'dharmasraya.peksos'));
  let created = 0;
  for (const [index, report] of REPORTS.entries()) {
    if (done.has(`${KEY_PREFIX}${index + 1}`)) continue;
    await fileDemoReport(db, report, index, now, officer?.id ?? null);
    created += 1;
  }
  return created;
}
