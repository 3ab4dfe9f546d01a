import type { TReferralAction } from '../../../domain/cases/referral';
import type { TReferralView } from '../../../domain/cases/views';

export type ReferralActionType = 'accept' | 'decline' | 'complete';

/** What the receiving body may record now: accept or decline a sent referral, report on an accepted one. */
export function referralActionsFor(status: TReferralView['status']): ReferralActionType[] {
  if (status === 'sent') return ['accept', 'decline'];
  if (status === 'accepted') return ['complete'];
  return [];
}

/** The request body of a referral answer: the one text each action carries. */
export function toReferralAction(action: ReferralActionType, text: string): TReferralAction {
  const trimmed = text.trim();
  if (action === 'decline') return { type: 'decline', reason: trimmed };
  if (action === 'complete') return { type: 'complete', report: trimmed };
  return trimmed ? { type: 'accept', note: trimmed } : { type: 'accept' };
}
