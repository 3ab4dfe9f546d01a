import { eq } from 'drizzle-orm';
import { type TCaseActionInput, ZCaseAction } from '../../domain/cases/actions';
import type { TAssessmentFormValues } from '../../domain/cases/assessment';
import { SKM_ELEMENTS } from '../../domain/survey/ikm';
import { type TSkmScores, ZSurveyAnswer } from '../../domain/survey/schemas';
import type { Database } from '../db/client';
import type { Actor } from '../http/actor';
import { actorOf } from '../modules/auth/sessions';
import { users } from '../modules/auth/tables';
import { actOnCase } from '../modules/case-handling/case-actions';
import { offices } from '../modules/offices/tables';
import { answerFromTracking } from '../modules/survey/service';
import type { FileStorage } from '../storage/file-storage';

/** The phone the demo reports give for their reporter (demo-ppks.ts): the survey is proved with it. */
export const DEMO_REPORTER_PHONE = '0812 6600 1234';

/**
 * How far the demo's older outreach reports went, so the dashboard, the workload board and the
 * timelines have handled cases to show: each step by the demo coordinator (koordinator) or social
 * worker (peksos) of Dharmasraya, some hours or days after the report, through the ordinary actions.
 */
export type DemoOutcome = 'closed' | 'referred' | 'rejected' | 'in_progress' | 'verified';

type By = 'koordinator' | 'peksos';
interface Step {
  /** Hours after the report was filed. */
  after: number;
  by: By;
  action: TCaseActionInput;
}

const ASSESSMENT: TAssessmentFormValues = {
  condition: 'Tinggal di rumah kayu yang rusak, makan tidak teratur, belum pernah menerima bantuan.',
  needs: { items: ['pangan', 'tempat_tinggal'], other: null },
  family: 'Anak-anak merantau; tetangga sesekali membantu.',
  identityDocumentsSeen: ['ktp'],
  recommendedFollowUp: { outcome: 'terminasi', text: 'Bantuan sembako dan perbaikan rumah melalui TKSK.' },
};

const BEGINNING: Step[] = [
  { after: 2, by: 'koordinator', action: { type: 'assign', to: { kind: 'officer', userId: 'peksos' } } },
  { after: 20, by: 'koordinator', action: { type: 'verify', publicMessage: 'Laporan sudah diverifikasi.' } },
];
const ASSESSED: Step[] = [
  ...BEGINNING,
  { after: 26, by: 'peksos', action: { type: 'assess', assessment: ASSESSMENT } },
];

const PLANS: Record<DemoOutcome, Step[]> = {
  verified: BEGINNING,
  in_progress: ASSESSED,
  referred: [
    ...ASSESSED,
    {
      after: 50,
      by: 'peksos',
      action: {
        type: 'refer',
        referral: {
          target: { kind: 'pillar', pillarKind: 'tksk' },
          reason: 'Pendampingan dan pemantauan di kecamatan.',
          consent: { given: true },
        },
      },
    },
  ],
  closed: [
    ...ASSESSED,
    { after: 48, by: 'koordinator', action: { type: 'approve', note: 'Disetujui.' } },
    { after: 120, by: 'peksos', action: { type: 'deliver', product: 'Paket sembako' } },
    {
      after: 122,
      by: 'koordinator',
      action: {
        type: 'close',
        outcome: 'terminasi',
        deliveredAs: 'barang',
        summary: 'Bantuan sembako diserahkan; pemantauan oleh TKSK.',
      },
    },
  ],
  rejected: [
    {
      after: 22,
      by: 'koordinator',
      action: {
        type: 'reject',
        reason: 'Orang yang dilaporkan sudah kembali ke keluarganya di luar daerah.',
      },
    },
  ],
};

/** A demo account as the actor of its actions (the seed runs without a session). */
async function demoActor(db: Database, username: string): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, office: offices })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(eq(users.username, username));
  if (!row) return null;
  const actor = actorOf(row.user, row.office, { tokenHash: '', csrfToken: '' });
  return actor && { ...actor, mustChangePassword: false };
}

/** The demo reporters' SKM answers: mostly "good" (3), some "very good" (4), one "poor" (2) per case. */
function demoScores(seed: number): TSkmScores {
  return Object.fromEntries(
    SKM_ELEMENTS.map((element, index) => [
      element,
      (index + seed) % 4 === 0 ? 4 : (index + seed) % 7 === 0 ? 2 : 3,
    ]),
  ) as TSkmScores;
}

/** The reporter answers the satisfaction survey from the tracking page a day after the case ended. */
async function answerDemoSurvey(db: Database, ticket: string, endedAt: Date, seed: number): Promise<void> {
  const at = new Date(endedAt.getTime() + 24 * 3_600_000);
  const answer = ZSurveyAnswer.parse({
    phone: DEMO_REPORTER_PHONE,
    scores: demoScores(seed),
    comment: seed % 2 ? 'Petugas cepat datang, terima kasih.' : null,
    via: 'notice_link',
  });
  await answerFromTracking({ db, now: () => at }, ticket, answer, { actor: null, ip: null, requestId: null });
}

/** Takes one demo case as far as its outcome, each action at its own time after `filedAt`. */
export async function handleDemoCase(
  db: Database,
  storage: FileStorage,
  ticket: string,
  filedAt: Date,
  outcome: DemoOutcome,
): Promise<void> {
  const actors = new Map<By, Actor | null>();
  for (const by of ['koordinator', 'peksos'] as const)
    actors.set(by, await demoActor(db, `dharmasraya.${by}`));
  const worker = actors.get('peksos');
  for (const step of PLANS[outcome]) {
    const actor = actors.get(step.by);
    if (!actor || !worker) return;
    const input =
      step.action.type === 'assign'
        ? { ...step.action, to: { kind: 'officer' as const, userId: worker.userId } }
        : step.action;
    const at = new Date(filedAt.getTime() + step.after * 3_600_000);
    await actOnCase({ db, storage, now: () => at, config: {} }, actor, ticket, ZCaseAction.parse(input), {
      actor: { userId: actor.userId, username: actor.username, officeId: actor.officeId },
      ip: null,
      requestId: null,
    });
  }
  const last = PLANS[outcome].at(-1);
  if (last && (outcome === 'closed' || outcome === 'rejected'))
    await answerDemoSurvey(
      db,
      ticket,
      new Date(filedAt.getTime() + last.after * 3_600_000),
      filedAt.getDate(),
    );
}
