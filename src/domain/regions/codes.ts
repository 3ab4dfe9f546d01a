// Region code arithmetic with no zod, so public pages can use it without the schema library.

/** The parent of a region code (`13.10.01` → `13.10`), null for a province. */
export function parentRegionCode(code: string): string | null {
  const parts = code.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
}
