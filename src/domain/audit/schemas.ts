import { z } from '../zod';

export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
  /**
   * About a case (or a register person) the reader may not see (rule 12: an administrator, any):
   * who did what and when stays, the target, before and after are left out (null).
   */
  withheld: z.boolean(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = z.object({
  action: z.string().max(80).optional(),
  actor: z.string().max(60).optional(),
  targetType: z.string().max(60).optional(),
  from: z.iso.date('Tanggal tidak valid (YYYY-MM-DD)').optional(),
  to: z.iso.date('Tanggal tidak valid (YYYY-MM-DD)').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditPage = z.object({
  items: z.array(ZAuditEntry),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type TAuditPage = z.infer<typeof ZAuditPage>;
