import { validationError } from '../errors/app-error';

// The decision rules of Pekanbaru's "Pengecekan dan Rekomendasi DTKS" standard (KIS APBD, KIP, PBI-JKN
// reactivation; 003_df8b008ec950a3fc.txt) and Dumai's standard 3 (Rekom DTKS; 001_…, standard 3):
// from the registry answer and a question or two, what the officer gives the citizen.

/** What the citizen came for. */
export const PROGRAMMES = ['kis_apbd', 'kip', 'pbi_jkn_reactivation', 'dtks_recommendation'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const PROGRAMME_LABELS: Record<Programme, string> = {
  kis_apbd: 'Pengurusan Pembuatan KIS (APBD)',
  kip: 'Pengurusan Pembuatan KIP',
  pbi_jkn_reactivation: 'Re-Aktivasi BPJS Kesehatan Segmen PBI JKN',
  dtks_recommendation: 'Surat Keterangan / Rekomendasi DTKS',
};

/** The letter types a decision can lead to; each office has a template for each. */
export const LETTER_TYPES = ['kis-apbd', 'kip', 'pbi-jkn-reaktivasi', 'rekom-dtks'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** PBI-JKN can be reactivated while it has been inactive for less than this many months. */
export const PBI_REACTIVATION_MONTHS = 6;

export interface DecisionInput {
  programme: Programme;
  /** Whether the registry check found the person (the server's answer, never the client's). */
  registered: boolean;
  /** KIS: the person is ill now (asked only when not registered). */
  ill?: boolean | null;
  /** PBI-JKN: the day the membership became inactive, ISO (asked only when registered). */
  pbiInactiveSince?: string | null;
  /** Today in the office's time zone, ISO. */
  today: string;
}

export interface Decision {
  /** Stable code of the branch taken, e.g. `kis.not_registered_ill`. */
  rule: string;
  /** The recommendation letter to issue, or null when the citizen is given directions instead. */
  letter: LetterType | null;
  /** Who the letter goes to. */
  addressee: string | null;
  /** "KK warga akan distempel oleh petugas pelayanan". */
  stampKk: boolean;
  /** What the officer tells the citizen, in the standard's words. */
  guidance: string[];
}

/** The questions the officer must answer for a programme, given the registry answer. */
export function questionsFor(programme: Programme, registered: boolean): ('ill' | 'pbiInactiveSince')[] {
  if (programme === 'kis_apbd' && !registered) return ['ill'];
  if (programme === 'pbi_jkn_reactivation' && registered) return ['pbiInactiveSince'];
  return [];
}

/** ISO date plus whole months; the 31st becomes the month's last day (31 August + 6 = 28/29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function decideKis(registered: boolean, ill: boolean | null | undefined): Decision {
  if (registered)
    return {
      rule: 'kis.registered',
      letter: 'kis-apbd',
      addressee: 'Dinas Kesehatan',
      stampKk: false,
      guidance: ['Petugas Pelayanan membuat Surat Rekomendasi ke OPD pengampu (Dinas Kesehatan).'],
    };
  if (ill === undefined || ill === null)
    throw validationError({ ill: 'Jawab apakah warga sedang dalam keadaan sakit' });
  const guidance = [
    'KK warga distempel oleh petugas pelayanan.',
    'Warga melengkapi persyaratan dan blanko isian / formulir, lalu mengantarkannya ke Dinas Kesehatan.',
  ];
  if (!ill) return { rule: 'kis.not_registered', letter: null, addressee: null, stampKk: true, guidance };
  return {
    rule: 'kis.not_registered_ill',
    letter: null,
    addressee: null,
    stampKk: true,
    guidance: [
      ...guidance,
      'Warga sedang sakit dan tidak masuk DTKS: disarankan ke Unit Pelayanan Terpadu Penanggulangan Kemiskinan (UPTPK) untuk mengajukan permohonan sebagai Peserta Bukan Penerima Upah (PBPU) Pemda.',
    ],
  };
}

function decideKip(registered: boolean): Decision {
  if (registered)
    return {
      rule: 'kip.registered',
      letter: 'kip',
      addressee: 'Operator Dapodik Sekolah',
      stampKk: false,
      guidance: ['Petugas Pelayanan membuat Surat Rekomendasi ke OPD pengampu, Operator Dapodik Sekolah.'],
    };
  return {
    rule: 'kip.not_registered',
    letter: null,
    addressee: null,
    stampKk: true,
    guidance: [
      'KK warga distempel oleh petugas pelayanan.',
      'Warga diarahkan berkonsultasi ke sekolah terkait.',
    ],
  };
}

const PBI_REPROPOSE = 'Warga harus diusulkan kembali ke PBI-JKN, atau mendaftarkan diri ke PBPU Pemda.';

function decidePbi(registered: boolean, inactiveSince: string | null | undefined, today: string): Decision {
  if (!registered)
    return {
      rule: 'pbi.not_registered',
      letter: null,
      addressee: null,
      stampKk: false,
      guidance: ['Reaktivasi hanya untuk peserta yang terdaftar di DTKS.', PBI_REPROPOSE],
    };
  if (!inactiveSince || !/^\d{4}-\d{2}-\d{2}$/.test(inactiveSince))
    throw validationError({ pbiInactiveSince: 'Isi tanggal kepesertaan PBI-JKN menjadi nonaktif' });
  if (inactiveSince > today)
    throw validationError({ pbiInactiveSince: 'Tanggal nonaktif tidak boleh setelah hari ini' });
  if (today < addMonths(inactiveSince, PBI_REACTIVATION_MONTHS))
    return {
      rule: 'pbi.reactivate',
      letter: 'pbi-jkn-reaktivasi',
      addressee: 'BPJS Kesehatan',
      stampKk: false,
      guidance: [
        'PBI-JKN nonaktif kurang dari 6 bulan: Petugas Pelayanan membuat Surat Rekomendasi Re-Aktivasi untuk ke BPJS Kesehatan.',
      ],
    };
  return {
    rule: 'pbi.too_late',
    letter: null,
    addressee: null,
    stampKk: false,
    guidance: ['PBI-JKN sudah nonaktif 6 bulan atau lebih; tidak dapat direaktivasi.', PBI_REPROPOSE],
  };
}

function decideDtks(registered: boolean): Decision {
  if (registered)
    return {
      rule: 'dtks.registered',
      letter: 'rekom-dtks',
      addressee: null,
      stampKk: false,
      guidance: ['Pemohon berada pada data DTKS: diterbitkan Surat Rekomendasi DTKS.'],
    };
  return {
    rule: 'dtks.not_registered',
    letter: null,
    addressee: null,
    stampKk: false,
    guidance: [
      'Pemohon tidak berada pada data DTKS: Surat Rekomendasi DTKS tidak diterbitkan.',
      'Warga disarankan mengajukan usulan DTKS melalui RT atau kelurahan setempat.',
    ],
  };
}

/** The branch of the standard that applies, with the letter (if any) and the directions to give. */
export function decide(input: DecisionInput): Decision {
  switch (input.programme) {
    case 'kis_apbd':
      return decideKis(input.registered, input.ill);
    case 'kip':
      return decideKip(input.registered);
    case 'pbi_jkn_reactivation':
      return decidePbi(input.registered, input.pbiInactiveSince, input.today);
    case 'dtks_recommendation':
      return decideDtks(input.registered);
  }
}
