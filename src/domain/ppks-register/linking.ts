// Which person each new case belongs to. Pure: the server loads the candidates (by NIK hash and match
// key) and writes the plan; the rules live here and are tested without a database.

/** A case waiting for its person, in the order the cases were opened. */
export interface CaseToLink {
  caseId: string;
  /** Keyed hash of the person's NIK, when the report gave one. */
  nikHash: string | null;
  /** Normalised name + birth date + village (personMatchKey), when all three are known. */
  matchKey: string | null;
}

/** A register record found for the batch: merged records are already resolved to the one they joined. */
export interface KnownPerson {
  id: string;
  nikHash: string | null;
  /** Every match key that leads to this record (its own, and those of records merged into it). */
  matchKeys: string[];
}

export interface LinkPlan {
  links: { caseId: string; personId: string }[];
  /** New records, each with the case it starts from. */
  created: { personId: string; caseId: string }[];
}

/**
 * Two keys of one person must never disagree on the NIK: a case matches a record by name, birth date
 * and village only when at most one of them has a NIK, or both have the same.
 */
export function nikCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** A NIK hash as a key, or null: an empty string is no NIK. */
export function nikKey(hash: string | null | undefined): string | null {
  return hash ? hash : null;
}

/**
 * Plans the links of a batch: by NIK hash first; otherwise by match key to a record with no other NIK
 * (the record then takes the case's NIK); otherwise a new record. Cases later in the batch see the
 * records made or completed by earlier ones, so one person reported twice in a minute is one record.
 */
export function planLinks(
  cases: readonly CaseToLink[],
  known: readonly KnownPerson[],
  newId: () => string,
): LinkPlan {
  const byNik = new Map<string, { id: string; nikHash: string | null }>();
  const byMatch = new Map<string, { id: string; nikHash: string | null }[]>();
  const remember = (person: { id: string; nikHash: string | null }, keys: readonly string[]) => {
    if (person.nikHash) byNik.set(person.nikHash, person);
    for (const key of keys) byMatch.set(key, [...(byMatch.get(key) ?? []), person]);
  };
  for (const person of known) remember({ id: person.id, nikHash: person.nikHash }, person.matchKeys);

  const plan: LinkPlan = { links: [], created: [] };
  for (const item of cases) {
    const nik = nikKey(item.nikHash);
    let person = nik ? byNik.get(nik) : undefined;
    if (!person && item.matchKey)
      person = byMatch.get(item.matchKey)?.find((candidate) => nikCompatible(candidate.nikHash, nik));
    if (person) {
      if (nik && !person.nikHash) {
        person.nikHash = nik;
        byNik.set(nik, person);
      }
      if (item.matchKey && !byMatch.get(item.matchKey)?.includes(person)) remember(person, [item.matchKey]);
    } else {
      person = { id: newId(), nikHash: nik };
      remember(person, item.matchKey ? [item.matchKey] : []);
      plan.created.push({ personId: person.id, caseId: item.caseId });
    }
    plan.links.push({ caseId: item.caseId, personId: person.id });
  }
  return plan;
}
