import { z } from '../zod';

export const ZDivision = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
});

/** What the public may know of an office: the list entry. */
export const ZOfficeSummary = z.object({
  code: z.string().describe('Kemendagri regency/city code, e.g. 13.10'),
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  regionName: z.string(),
  programmeName: z.string().nullable(),
});

export const ZOfficial = z.object({
  position: z.string(),
  name: z.string().nullable(),
});

/** The public profile of an office. */
export const ZOfficeProfile = ZOfficeSummary.extend({
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  timeZone: z.string(),
  divisions: z.array(ZDivision),
  officials: z.array(ZOfficial),
});

export type TOfficeSummary = z.infer<typeof ZOfficeSummary>;
export type TOfficeProfile = z.infer<typeof ZOfficeProfile>;
export type TDivision = z.infer<typeof ZDivision>;

/** A district (kecamatan) service unit of an office: Si-PULAU PANDHA's "Unit Layanan". */
export const ZDistrictUnit = z.object({
  districtCode: z.string(),
  districtName: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
});
export type TDistrictUnit = z.infer<typeof ZDistrictUnit>;

export const ZDistrictUnitUpdate = z.object({
  name: z.string().trim().min(3, 'Nama unit minimal 3 karakter').max(120).optional(),
  address: z.string().trim().max(300).nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  active: z.boolean().optional(),
});
export type TDistrictUnitUpdate = z.infer<typeof ZDistrictUnitUpdate>;
