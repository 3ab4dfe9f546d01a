import { SKM_ELEMENTS, type SkmElement } from '../../../domain/survey/ikm';
import { RESPONDENT_LABELS, SKM_QUESTIONNAIRE } from '../../../domain/survey/questionnaire';

type QuestionMessages = {
  element: string;
  question: string;
  score1: string;
  score2: string;
  score3: string;
  score4: string;
};

/** The regulation's Indonesian questionnaire (domain/survey/questionnaire.ts), as message keys. */
const questionsId = Object.fromEntries(
  SKM_ELEMENTS.map((e) => {
    const { element, question, answers } = SKM_QUESTIONNAIRE[e];
    const [score1, score2, score3, score4] = answers;
    return [e, { element, question, score1, score2, score3, score4 }];
  }),
) as Record<SkmElement, QuestionMessages>;

/**
 * The satisfaction survey's questionnaire (PermenPAN-RB 14/2017) and profile, shared by the
 * tracking page and the front desk, under `skm`: registered with the staff messages, and by
 * skm-i18n.ts when the tracking page loads its survey chunk.
 */
export const skmId = {
  questions: questionsId,
  chooseOne: 'Pilih salah satu jawaban',
  comment: 'Saran dan komentar',
  commentHint: 'Boleh dikosongkan. Paling banyak 1000 huruf.',
  commentTooLong: 'Komentar paling banyak 1000 huruf',
  profileHeading: 'Tentang Anda',
  profileHint: 'Boleh dikosongkan. Hanya dipakai untuk laporan survei, tanpa nama.',
  profile: {
    sex: 'Jenis kelamin',
    ageBand: 'Usia',
    education: 'Pendidikan terakhir',
    occupation: 'Pekerjaan',
  },
  notAnswered: 'Tidak diisi',
  options: RESPONDENT_LABELS,
};

export const skmEn: typeof skmId = {
  questions: {
    requirements: {
      element: 'Requirements',
      question: 'How well do the requirements fit the kind of service?',
      score1: 'Not suitable',
      score2: 'Less suitable',
      score3: 'Suitable',
      score4: 'Very suitable',
    },
    procedure: {
      element: 'System, mechanism and procedure',
      question: 'How easy is the service procedure of this office to follow?',
      score1: 'Not easy',
      score2: 'Less easy',
      score3: 'Easy',
      score4: 'Very easy',
    },
    time: {
      element: 'Completion time',
      question: 'How fast was the service delivered?',
      score1: 'Not fast',
      score2: 'Less fast',
      score3: 'Fast',
      score4: 'Very fast',
    },
    cost: {
      element: 'Cost/fee',
      question: 'How fair is the cost or fee of the service?',
      score1: 'Very expensive',
      score2: 'Rather expensive',
      score3: 'Cheap',
      score4: 'Free',
    },
    product: {
      element: 'Service product',
      question: 'How well does what you received match the product the service standard promises?',
      score1: 'Not suitable',
      score2: 'Less suitable',
      score3: 'Suitable',
      score4: 'Very suitable',
    },
    competence: {
      element: 'Competence of the staff',
      question: 'How competent were the staff who served you?',
      score1: 'Not competent',
      score2: 'Less competent',
      score3: 'Competent',
      score4: 'Very competent',
    },
    behaviour: {
      element: 'Behaviour of the staff',
      question: 'How polite and friendly were the staff?',
      score1: 'Not polite and friendly',
      score2: 'Less polite and friendly',
      score3: 'Polite and friendly',
      score4: 'Very polite and friendly',
    },
    complaints: {
      element: 'Handling of complaints, suggestions and feedback',
      question: 'How are the complaints of service users handled?',
      score1: 'Not at all',
      score2: 'There is a way, but it does not work',
      score3: 'It works, not at its best',
      score4: 'Well managed',
    },
    facilities: {
      element: 'Facilities',
      question: 'How good are the facilities and premises?',
      score1: 'Poor',
      score2: 'Fair',
      score3: 'Good',
      score4: 'Very good',
    },
  },
  chooseOne: 'Choose one answer',
  comment: 'Suggestions and comments',
  commentHint: 'Optional. At most 1000 letters.',
  commentTooLong: 'A comment has at most 1000 letters',
  profileHeading: 'About you',
  profileHint: 'Optional. Only used for the survey report, without names.',
  profile: {
    sex: 'Sex',
    ageBand: 'Age',
    education: 'Education',
    occupation: 'Occupation',
  },
  notAnswered: 'Not given',
  options: {
    sex: { laki_laki: 'Male', perempuan: 'Female' },
    ageBand: {
      di_bawah_20: 'Under 20',
      '20_29': '20-29',
      '30_39': '30-39',
      '40_49': '40-49',
      '50_59': '50-59',
      '60_ke_atas': '60 and over',
    },
    education: {
      sd_ke_bawah: 'Primary school or less',
      smp: 'Junior high school',
      sma: 'Senior high school',
      diploma: 'Diploma (D1-D3)',
      s1: "Bachelor's (D4/S1)",
      s2_ke_atas: "Master's or higher",
    },
    occupation: {
      pns: 'Civil servant',
      tni: 'Armed forces',
      polri: 'Police',
      swasta: 'Private sector',
      wirausaha: 'Self-employed',
      lainnya: 'Other',
    },
  },
};
