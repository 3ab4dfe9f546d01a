import { z } from '../zod';

export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const ZRegion = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
});
export type TRegion = z.infer<typeof ZRegion>;

/** Kemendagri codes: 13 / 13.10 / 13.10.01 / 13.10.01.2001. */
export const ZRegionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kode wilayah tidak valid');

/** The level a region code belongs to, from the number of its parts. */
export function regionLevelOf(code: string): RegionLevel {
  const level = REGION_LEVELS[code.split('.').length - 1];
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

export { parentRegionCode } from './codes';
