/** Every kind of timeline event the case rules write. */
export const CASE_EVENT_TYPES = [
  'verified',
  'documents_requested',
  'documents_received',
  'assessed',
  'approved',
  'referred',
  'delivered',
  'closed',
  'rejected',
  'out_of_scope',
  'reopened',
  'disputed',
  'note',
  'assigned',
  'status_changed',
  'referral_accepted',
  'referral_declined',
  'referral_done',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * One entry of a case's timeline, as the rules produce it; the server adds when and who. A public
 * event's message is what the reporter reads on the tracking page (plain words, no personal data);
 * `data` is for staff and never shown to the public.
 */
export interface TimelineEvent {
  type: CaseEventType;
  public: boolean;
  message: string;
  data: Record<string, unknown>;
}
