import { describe, expect, it } from 'vitest';
import { type CaseToLink, type KnownPerson, nikCompatible, planLinks } from './linking';

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

const KEY = 'siti aminah|1950-08-17|13.10.01.2001';

describe('planning the links of new cases to the register', () => {
  it('links by NIK hash to the existing record, whatever the name says', () => {
    const known: KnownPerson[] = [{ id: 'p1', nikHash: 'h1', matchKeys: ['other|1950-01-01|13.10.01.2001'] }];
    const plan = planLinks([{ caseId: 'c1', nikHash: 'h1', matchKey: KEY }], known, ids());
    expect(plan).toEqual({ links: [{ caseId: 'c1', personId: 'p1' }], created: [] });
  });

  it('links by match key when there is no NIK, and gives a NIK-less record the NIK of a matching case', () => {
    const known: KnownPerson[] = [{ id: 'p1', nikHash: null, matchKeys: [KEY] }];
    const cases: CaseToLink[] = [
      { caseId: 'c1', nikHash: null, matchKey: KEY },
      { caseId: 'c2', nikHash: 'h9', matchKey: KEY },
      // a third report by the NIK alone now finds the same record
      { caseId: 'c3', nikHash: 'h9', matchKey: null },
    ];
    const plan = planLinks(cases, known, ids());
    expect(plan.links.map((l) => l.personId)).toEqual(['p1', 'p1', 'p1']);
    expect(plan.created).toEqual([]);
  });

  it('never joins two different NIKs by name, birth date and village', () => {
    const known: KnownPerson[] = [{ id: 'p1', nikHash: 'h1', matchKeys: [KEY] }];
    const plan = planLinks([{ caseId: 'c1', nikHash: 'h2', matchKey: KEY }], known, ids());
    expect(plan.links).toEqual([{ caseId: 'c1', personId: 'new-1' }]);
    expect(plan.created).toEqual([{ personId: 'new-1', caseId: 'c1' }]);
  });

  it('creates one record for one person reported twice in a batch, and one per case without any key', () => {
    const plan = planLinks(
      [
        { caseId: 'c1', nikHash: null, matchKey: KEY },
        { caseId: 'c2', nikHash: null, matchKey: KEY },
        { caseId: 'c3', nikHash: null, matchKey: null },
        { caseId: 'c4', nikHash: null, matchKey: null },
        { caseId: 'c5', nikHash: '', matchKey: null },
      ],
      [],
      ids(),
    );
    expect(plan.links.map((l) => l.personId)).toEqual(['new-1', 'new-1', 'new-2', 'new-3', 'new-4']);
    expect(plan.created).toHaveLength(4);
  });

  it('follows a match key that now belongs to the record a duplicate was merged into', () => {
    const known: KnownPerson[] = [
      { id: 'a', nikHash: null, matchKeys: ['ahmad|1960-01-01|13.10.01.2001', KEY] },
    ];
    expect(planLinks([{ caseId: 'c1', nikHash: null, matchKey: KEY }], known, ids()).links).toEqual([
      { caseId: 'c1', personId: 'a' },
    ]);
  });

  it('treats a missing NIK on either side as compatible, and two different ones as not', () => {
    expect(nikCompatible(null, 'h')).toBe(true);
    expect(nikCompatible('h', 'h')).toBe(true);
    expect(nikCompatible('h', 'g')).toBe(false);
  });
});
