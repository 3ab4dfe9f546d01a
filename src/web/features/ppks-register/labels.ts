import { PARTNER_KINDS, PILLAR_KINDS } from '../../../domain/cases/referral';
import { AID_KINDS, PBI_SCHEMES, ppksCategory } from '../../../domain/intake/ppks';
import { LETTER_TYPE_LABELS } from '../../../domain/letters/template';
import type { LetterType } from '../../../domain/registry/decisions';

// Names of the codes the register shows, as the domain writes them (the categories and aid kinds are
// Si-PULAU PANDHA's own words, in Indonesian in both languages, as on the intake form).

/** A PPKS category, with its sub-category when it has one: "Penyandang disabilitas · Tuna daksa (fisik)". */
export function categoryLabel(code: string, subcategory: string | null = null): string {
  const category = ppksCategory(code);
  const sub = category?.subcategories?.find((s) => s.code === subcategory)?.name ?? subcategory;
  return [category?.name ?? code, sub].filter(Boolean).join(' · ');
}

/** A sub-category's own name: "Tuna daksa (fisik)". */
export function subcategoryLabel(category: string, subcategory: string): string {
  return ppksCategory(category)?.subcategories?.find((s) => s.code === subcategory)?.name ?? subcategory;
}

export function aidLabel(kind: string): string {
  return AID_KINDS.find((a) => a.code === kind)?.name ?? kind;
}

export function pbiSchemeLabel(scheme: string | null): string {
  return PBI_SCHEMES.find((s) => s.code === scheme)?.name ?? '';
}

export function bodyLabel(kind: string): string {
  return [...PARTNER_KINDS, ...PILLAR_KINDS].find((b) => b.code === kind)?.label ?? kind;
}

export function letterTypeLabel(type: string): string {
  return LETTER_TYPE_LABELS[type as LetterType] ?? type;
}
