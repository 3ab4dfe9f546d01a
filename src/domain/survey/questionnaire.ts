import type { SkmElement } from './ikm';

/** A score on the SKM's four-point scale: 1 the worst answer (a), 4 the best (d). */
export const SKM_SCORES = [1, 2, 3, 4] as const;
export type SkmScore = (typeof SKM_SCORES)[number];

export interface SkmQuestion {
  /** The element's name in the regulation (unsur pelayanan). */
  element: string;
  /** The question as the regulation's model questionnaire asks it. */
  question: string;
  /** The four answers, a-d, scored 1-4. */
  answers: readonly [string, string, string, string];
}

/**
 * The 9 questions of the model questionnaire of PermenPAN-RB 14/2017 (Lampiran), in the order of
 * the regulation's list of elements (its model asks about facilities before complaint handling).
 */
export const SKM_QUESTIONNAIRE: Record<SkmElement, SkmQuestion> = {
  requirements: {
    element: 'Persyaratan',
    question:
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  procedure: {
    element: 'Sistem, mekanisme, dan prosedur',
    question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    answers: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  time: {
    element: 'Waktu penyelesaian',
    question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    answers: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  },
  cost: {
    element: 'Biaya/tarif',
    question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  },
  product: {
    element: 'Produk spesifikasi jenis pelayanan',
    question:
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  competence: {
    element: 'Kompetensi pelaksana',
    question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    answers: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  behaviour: {
    element: 'Perilaku pelaksana',
    question:
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    answers: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  complaints: {
    element: 'Penanganan pengaduan, saran dan masukan',
    question: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    answers: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  },
  facilities: {
    element: 'Sarana dan prasarana',
    question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    answers: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  },
};

/**
 * The respondent's profile the model questionnaire asks for, every part optional. Age is asked in
 * bands rather than years (enough for the report, less to know about a person); education and
 * occupation keep the model's choices, with the lowest and highest levels grouped.
 */
export const RESPONDENT_OPTIONS = {
  sex: ['laki_laki', 'perempuan'],
  ageBand: ['di_bawah_20', '20_29', '30_39', '40_49', '50_59', '60_ke_atas'],
  education: ['sd_ke_bawah', 'smp', 'sma', 'diploma', 's1', 's2_ke_atas'],
  occupation: ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'],
} as const;

export type RespondentField = keyof typeof RESPONDENT_OPTIONS;

/** Indonesian labels of the profile's choices. */
export const RESPONDENT_LABELS: {
  [F in RespondentField]: Record<(typeof RESPONDENT_OPTIONS)[F][number], string>;
} = {
  sex: { laki_laki: 'Laki-laki', perempuan: 'Perempuan' },
  ageBand: {
    di_bawah_20: 'Di bawah 20 tahun',
    '20_29': '20-29 tahun',
    '30_39': '30-39 tahun',
    '40_49': '40-49 tahun',
    '50_59': '50-59 tahun',
    '60_ke_atas': '60 tahun ke atas',
  },
  education: {
    sd_ke_bawah: 'SD ke bawah',
    smp: 'SMP',
    sma: 'SMA/SMK',
    diploma: 'D1-D3',
    s1: 'D4/S1',
    s2_ke_atas: 'S2 ke atas',
  },
  occupation: {
    pns: 'PNS',
    tni: 'TNI',
    polri: 'POLRI',
    swasta: 'Swasta',
    wirausaha: 'Wirausaha',
    lainnya: 'Lainnya',
  },
};
