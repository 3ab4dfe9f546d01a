import { z } from '../zod';
import { DELIVERY_CHANNELS, NOTICE_STATUSES } from './status';

export const ZOutboxQuery = z.object({
  status: z.enum(NOTICE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const ZOutboxMessage = z.object({
  id: z.string(),
  createdAt: z.string(),
  channel: z.enum(DELIVERY_CHANNELS),
  /** Masked: the list is for checking that notices go out, not for calling people. */
  recipient: z.string(),
  template: z.string(),
  body: z.string(),
  status: z.enum(NOTICE_STATUSES),
  sentAt: z.string().nullable(),
  ticket: z.string().nullable(),
});

export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;
