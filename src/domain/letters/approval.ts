import { ROLE_LABELS, type Role } from '../auth/roles';
import { AppError, validationError } from '../errors/app-error';

// The approval of a recommendation letter (Dumai standard 3, points 4-5): initialled up the hierarchy,
// Kasi then Kabid, then signed by the Kadis; when the Kadis is away the Kabid signs "a.n. Kepala Dinas".
// Kasi (head of section) has no role of its own: it is the `coordinator`, who supervises the desk
// (Pekanbaru's "Supervisor" is mapped to the same role in the seed catalogue).

/** The roles that may stand in a chain, in the order of the hierarchy. */
export const CHAIN_ROLES = ['coordinator', 'kabid', 'kadis'] as const satisfies readonly Role[];
export type ChainRole = (typeof CHAIN_ROLES)[number];
export const DEFAULT_CHAIN: readonly ChainRole[] = ['coordinator', 'kabid', 'kadis'];

/** How the chain names its members on a letter. */
export const CHAIN_TITLES: Record<ChainRole, string> = {
  coordinator: 'Kepala Seksi',
  kabid: 'Kepala Bidang',
  kadis: 'Kepala Dinas',
};

export const LETTER_STATUSES = ['awaiting_approval', 'signed', 'returned', 'revoked'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_ACTIONS = ['approve', 'sign_on_behalf', 'return', 'revoke'] as const;
export type LetterActionType = (typeof LETTER_ACTIONS)[number];

export interface Approval {
  role: ChainRole;
  userId: string;
  name: string;
  at: string;
  /** `paraf`: initialled on the way up; `sign`: signed by the last of the chain; `sign_on_behalf`: a.n. */
  kind: 'paraf' | 'sign' | 'sign_on_behalf';
}

export interface LetterState {
  status: LetterStatus;
  chain: readonly ChainRole[];
  approvals: readonly Approval[];
}

export interface LetterActor {
  role: Role;
  userId: string;
  name: string;
}

export interface LetterAction {
  type: LetterActionType;
  reason?: string | null;
}

/** Whose turn it is, or null once the letter is signed, returned or revoked. */
export function nextRole(state: LetterState): ChainRole | null {
  if (state.status !== 'awaiting_approval') return null;
  return state.chain[state.approvals.length] ?? null;
}

/** A chain as a template may set it: roles of the hierarchy, each once, in order, ending with a signer. */
export function chainProblem(chain: readonly string[]): string | null {
  if (chain.length === 0) return 'Rantai persetujuan minimal satu pejabat';
  const positions = chain.map((r) => CHAIN_ROLES.indexOf(r as ChainRole));
  if (positions.some((p) => p < 0))
    return 'Rantai persetujuan hanya: Kepala Seksi, Kepala Bidang, Kepala Dinas';
  if (positions.some((p, i) => i > 0 && p <= (positions[i - 1] ?? -1)))
    return 'Rantai persetujuan berurutan naik (Kasi, lalu Kabid, lalu Kadis), tiap pejabat sekali';
  return null;
}

function refuse(message: string): never {
  throw new AppError('LETTER_ACTION_NOT_ALLOWED', { message });
}

/** The actions the actor may take now: what the letter page offers. */
export function availableLetterActions(state: LetterState, role: Role): LetterActionType[] {
  const next = nextRole(state);
  const actions: LetterActionType[] = [];
  if (next === role) actions.push('approve', 'return');
  if (next === 'kadis' && role === 'kabid' && state.approvals.some((a) => a.role === 'kabid'))
    actions.push('sign_on_behalf');
  if (state.status === 'signed' && (role === 'kadis' || role === 'kabid')) actions.push('revoke');
  return actions;
}

/**
 * Applies an approval action. Throws FORBIDDEN when it is not the actor's turn, LETTER_ACTION_NOT_ALLOWED
 * when the letter's status does not allow it, and a validation error when a reason is missing.
 */
export function applyLetterAction(
  state: LetterState,
  action: LetterAction,
  actor: LetterActor,
  now: Date,
): LetterState {
  const allowed = availableLetterActions(state, actor.role);
  if (state.status === 'revoked') refuse('Surat sudah dicabut.');
  if (state.status === 'returned') refuse('Surat sudah dikembalikan; buat surat baru.');
  if (action.type === 'revoke' && state.status !== 'signed')
    refuse('Hanya surat yang sudah ditandatangani dapat dicabut.');
  if (action.type !== 'revoke' && state.status === 'signed') refuse('Surat sudah ditandatangani.');
  if (!allowed.includes(action.type)) {
    const next = nextRole(state);
    throw new AppError('FORBIDDEN', {
      message: next
        ? `Surat ini menunggu persetujuan ${CHAIN_TITLES[next]}, bukan ${ROLE_LABELS[actor.role]}.`
        : `${ROLE_LABELS[actor.role]} tidak berwenang atas surat ini.`,
    });
  }
  const reason = action.reason?.trim() ?? '';
  if (
    (action.type === 'return' || action.type === 'revoke' || action.type === 'sign_on_behalf') &&
    reason.length < 5
  )
    throw validationError({
      reason: action.type === 'sign_on_behalf' ? 'Tulis alasan Kepala Dinas berhalangan' : 'Tulis alasannya',
    });
  if (action.type === 'return') return { ...state, status: 'returned' };
  if (action.type === 'revoke') return { ...state, status: 'revoked' };
  const role = action.type === 'sign_on_behalf' ? 'kadis' : (nextRole(state) as ChainRole);
  const last = state.approvals.length === state.chain.length - 1;
  const kind: Approval['kind'] =
    action.type === 'sign_on_behalf' ? 'sign_on_behalf' : last ? 'sign' : 'paraf';
  const approvals = [
    ...state.approvals,
    { role, userId: actor.userId, name: actor.name, at: now.toISOString(), kind },
  ];
  return { ...state, approvals, status: last ? 'signed' : 'awaiting_approval' };
}

/** The signature block: who signs, and "a.n. Kepala Dinas" above a Kabid signing for an absent Kadis. */
export function signatureOf(state: LetterState): { onBehalf: boolean; approval: Approval } | null {
  const final = state.approvals.find((a) => a.kind === 'sign' || a.kind === 'sign_on_behalf');
  return final ? { onBehalf: final.kind === 'sign_on_behalf', approval: final } : null;
}
