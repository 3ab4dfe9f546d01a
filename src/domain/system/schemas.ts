import { z } from '../zod';

export const ZHealth = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  version: z.string(),
});
export type THealth = z.infer<typeof ZHealth>;

/** What the web app needs to know about this deployment before anyone logs in. */
export const ZPublicConfig = z.object({
  demoMode: z.boolean(),
  version: z.string(),
});
export type TPublicConfig = z.infer<typeof ZPublicConfig>;
