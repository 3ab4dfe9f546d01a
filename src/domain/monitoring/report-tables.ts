import { CASE_STATUS_LABELS } from '../cases/status';
import { WORKLOAD_LEVEL_LABELS } from '../cases/workload';
import type { TDashboardFigures, TOnTime, TTimes } from '../dashboard/schemas';
import { SKM_ELEMENTS, type SkmScores } from '../survey/ikm';
import { SKM_QUESTIONNAIRE } from '../survey/questionnaire';

/**
 * The monitoring and evaluation report (Si-PULAU PANDHA's secretariat duty) as tables: the PDF for
 * the head and the XLSX for analysis are both drawn from these, so they hold the same numbers as
 * the dashboard they come from.
 */
export type ColumnKind = 'text' | 'count' | 'percent' | 'hours' | 'index';
export type Cell = string | number | null;

export interface ReportTable {
  /** The XLSX sheet's name (at most 31 characters). */
  sheet: string;
  title: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: Cell[][];
}

/** The channels as the office calls them. */
export const CHANNEL_NAMES: Record<string, string> = {
  walk_in: 'Datang langsung',
  outreach: 'Jemput bola',
  phone: 'Telepon',
  whatsapp: 'WhatsApp',
  social_media: 'Media sosial',
  web: 'Formulir daring',
  sp4n_lapor: 'SP4N-LAPOR!',
  letter: 'Surat instansi',
};

/** On-time rate as a percentage with one decimal; null when nothing was due. */
export function percentOf(onTime: TOnTime): number | null {
  return onTime.rate === null ? null : Math.round(onTime.rate * 1000) / 10;
}

/** Working minutes as working hours with one decimal. */
export function hoursOf(minutes: number | null): number | null {
  return minutes === null ? null : Math.round(minutes / 6) / 10;
}

const times = (t: TTimes): Cell[] => [t.count, hoursOf(t.medianMinutes), hoursOf(t.p90Minutes)];
const TIME_COLUMNS: ReportTable['columns'] = [
  { header: 'Jumlah selesai', kind: 'count' },
  { header: 'Median (jam kerja)', kind: 'hours' },
  { header: 'Persentil 90 (jam kerja)', kind: 'hours' },
];

function summary(f: TDashboardFigures): ReportTable {
  const { totals, backlog, ikm } = f;
  return {
    sheet: 'Ringkasan',
    title: 'Ringkasan',
    columns: [
      { header: 'Ukuran', kind: 'text' },
      { header: 'Nilai', kind: 'index' },
    ],
    rows: [
      ['Laporan/permohonan diterima', totals.received],
      ['Selesai', totals.closed],
      ['Ditolak / bukan kewenangan', totals.declined],
      ['Masih berjalan', totals.open],
      ['Selesai tepat waktu', totals.onTime.onTime],
      ['Selesai terlambat', totals.onTime.late],
      ['Ketepatan waktu (%)', percentOf(totals.onTime)],
      ['Median waktu penyelesaian (jam kerja)', hoursOf(totals.times.medianMinutes)],
      ['Persentil 90 waktu penyelesaian (jam kerja)', hoursOf(totals.times.p90Minutes)],
      ['Kasus terbuka saat ini', backlog.open],
      ['Lewat batas waktu saat ini', backlog.overdue],
      ['Belum ditugaskan', backlog.unassigned],
      ['Indeks Kepuasan Masyarakat (IKM)', ikm.overall?.index ?? null],
      ['Mutu pelayanan', ikm.overall ? `${ikm.overall.grade} (${ikm.overall.label})` : null],
      ['Responden SKM', ikm.overall?.respondents ?? 0],
    ],
  };
}

function monthly(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Per bulan',
    title: 'Per bulan',
    columns: [
      { header: 'Bulan', kind: 'text' },
      { header: 'Diterima', kind: 'count' },
      { header: 'Selesai', kind: 'count' },
      { header: 'Tepat waktu', kind: 'count' },
      { header: 'Terlambat', kind: 'count' },
      { header: 'Ketepatan (%)', kind: 'percent' },
    ],
    rows: f.byMonth.map((m) => [
      m.month,
      m.received,
      m.closed,
      m.onTime.onTime,
      m.onTime.late,
      percentOf(m.onTime),
    ]),
  };
}

function byService(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Per layanan',
    title: 'Per layanan: jumlah, ketepatan dan waktu penyelesaian',
    columns: [
      { header: 'Layanan', kind: 'text' },
      { header: 'Standar waktu', kind: 'text' },
      { header: 'Diterima', kind: 'count' },
      { header: 'Terbuka', kind: 'count' },
      { header: 'Selesai', kind: 'count' },
      { header: 'Ketepatan (%)', kind: 'percent' },
      ...TIME_COLUMNS,
    ],
    rows: f.byService.map((s) => [
      s.serviceName,
      s.completionTime,
      s.received,
      s.open,
      s.closed,
      percentOf(s.onTime),
      ...times(s.times),
    ]),
  };
}

function bySteps(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Per tahapan',
    title: 'Waktu per tahapan standar pelayanan',
    columns: [
      { header: 'Layanan', kind: 'text' },
      { header: 'Tahap', kind: 'text' },
      { header: 'Standar waktu', kind: 'text' },
      ...TIME_COLUMNS,
    ],
    rows: f.steps.flatMap((service) =>
      service.steps.map((step) => [
        service.serviceName,
        `${step.index + 1}. ${step.name}`,
        step.timeStandard,
        ...times(step.times),
      ]),
    ),
  };
}

const counted = (sheet: string, title: string, header: string, rows: [string, number][]): ReportTable => ({
  sheet,
  title,
  columns: [
    { header, kind: 'text' },
    { header: 'Jumlah', kind: 'count' },
  ],
  rows,
});

function byDistrict(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Per kecamatan',
    title: 'Per kecamatan',
    columns: [
      { header: 'Kecamatan', kind: 'text' },
      { header: 'Diterima', kind: 'count' },
      { header: 'Ketepatan (%)', kind: 'percent' },
    ],
    rows: f.byDistrict.map((d) => [d.districtName, d.received, percentOf(d.onTime)]),
  };
}

function indicators(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Indikator kinerja',
    title: 'Indikator kinerja',
    columns: [
      { header: 'Indikator', kind: 'text' },
      { header: 'Dasar', kind: 'text' },
      { header: 'Diterima', kind: 'count' },
      { header: 'Terbuka', kind: 'count' },
      { header: 'Selesai', kind: 'count' },
      { header: 'Ketepatan (%)', kind: 'percent' },
    ],
    rows: f.indicators.map((i) => [i.name, i.basis, i.received, i.open, i.closed, percentOf(i.onTime)]),
  };
}

function referrals(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Rujukan',
    title: 'Rujukan per lembaga dan waktu tanggapannya',
    columns: [
      { header: 'Lembaga', kind: 'text' },
      { header: 'Total', kind: 'count' },
      { header: 'Menunggu', kind: 'count' },
      { header: 'Diterima', kind: 'count' },
      { header: 'Ditolak', kind: 'count' },
      { header: 'Selesai', kind: 'count' },
      { header: 'Median tanggapan (jam kerja)', kind: 'hours' },
      { header: 'Median selesai (jam kerja)', kind: 'hours' },
    ],
    rows: f.referrals.map((r) => [
      r.bodyName ?? r.bodyKind,
      r.total,
      r.pending,
      r.accepted,
      r.declined,
      r.done,
      hoursOf(r.response.medianMinutes),
      hoursOf(r.completion.medianMinutes),
    ]),
  };
}

function workload(f: TDashboardFigures): ReportTable {
  return {
    sheet: 'Beban kerja',
    title: 'Beban kerja petugas (kasus terbuka saat ini)',
    columns: [
      { header: 'Petugas', kind: 'text' },
      { header: 'Kasus terbuka', kind: 'count' },
      { header: 'Beban (%)', kind: 'percent' },
      { header: 'Tingkat', kind: 'text' },
    ],
    rows: f.workload.map((w) => [
      w.name,
      w.openCases,
      Math.round(w.ratio * 1000) / 10,
      WORKLOAD_LEVEL_LABELS[w.level],
    ]),
  };
}

function ikm(f: TDashboardFigures, elements: SkmScores | null): ReportTable[] {
  const perService: ReportTable = {
    sheet: 'IKM per layanan',
    title: 'Indeks Kepuasan Masyarakat per layanan',
    columns: [
      { header: 'Layanan', kind: 'text' },
      { header: 'Responden', kind: 'count' },
      { header: 'IKM', kind: 'index' },
      { header: 'Mutu', kind: 'text' },
    ],
    rows: f.ikm.byService.map((s) => [
      s.serviceName ?? 'Umum',
      s.respondents,
      s.index,
      `${s.grade} (${s.label})`,
    ]),
  };
  if (!elements) return [perService];
  return [
    perService,
    {
      sheet: 'IKM per unsur',
      title: 'Nilai rata-rata per unsur pelayanan (skala 1-4)',
      columns: [
        { header: 'Unsur', kind: 'text' },
        { header: 'Nilai rata-rata', kind: 'index' },
      ],
      rows: SKM_ELEMENTS.map((e) => [SKM_QUESTIONNAIRE[e].element, Math.round(elements[e] * 100) / 100]),
    },
  ];
}

/** Every table of the report, in the order the PDF prints them. */
export function monitoringTables(figures: TDashboardFigures, ikmElements: SkmScores | null): ReportTable[] {
  return [
    summary(figures),
    monthly(figures),
    byService(figures),
    bySteps(figures),
    counted(
      'Per kanal',
      'Per kanal pengaduan',
      'Kanal',
      figures.byChannel.map((c) => [CHANNEL_NAMES[c.channel] ?? c.channel, c.cases]),
    ),
    counted(
      'Per kategori PPKS',
      'Per kategori PPKS',
      'Kategori',
      figures.byCategory.map((c) => [c.name, c.cases]),
    ),
    byDistrict(figures),
    counted(
      'Per status',
      'Per status',
      'Status',
      figures.byStatus.map((s) => [CASE_STATUS_LABELS[s.status], s.cases]),
    ),
    indicators(figures),
    referrals(figures),
    workload(figures),
    ...ikm(figures, ikmElements),
  ];
}
