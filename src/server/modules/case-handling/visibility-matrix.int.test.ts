import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/auth/roles';
import { multipartBody } from '../../testing/multipart';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { caseAttachments, cases } from '../cases/tables';
import { letters, letterTemplates } from '../letters/tables';
import { notificationOutbox } from '../notifications/tables';
import { offices } from '../offices/tables';
import { linkPendingCases } from '../ppks-register/link-job';
import { caseReferrals } from './tables';
import {
  ACCESS,
  CASES,
  type CaseKey,
  CONFIDENTIAL,
  DISTRICT,
  DUMAI,
  READER_KEYS,
  READERS,
  REFERRALS,
  REFERRED,
  type Reader,
  type ReaderKey,
  type ReferralKey,
} from './visibility-matrix.table';

/**
 * One case-visibility policy (rule 12) on every route that reads or prints a case or its person:
 * every role x own/other office x own/other district x confidential or not x referred to this
 * partner, another partner or not. The expectations are written out by hand, per reader, so the test
 * does not lean on the code it checks. One app, seeded once.
 */

interface Made {
  ticket: string;
  id: string;
  nik: string;
  photoId: string;
  letterId?: string;
  personId?: string;
}

describe('case visibility: one policy on every route that reads a case or its person', () => {
  let t: TestApp;
  const made = {} as Record<CaseKey, Made>;
  const referralIds = {} as Record<ReferralKey, string>;
  const sessions = {} as Record<ReaderKey, Session & { userId: string }>;

  const allowed = (reader: ReaderKey, route: keyof typeof ACCESS) =>
    (ACCESS[route] as readonly Role[]).includes(READERS[reader].role);
  const sees = (reader: ReaderKey, key: CaseKey) =>
    (READERS[reader].sees as readonly CaseKey[]).includes(key);
  /** What a route answers about one case: 403 (role), 200 (seen) or 404 (not seen, as if absent). */
  const expected = (reader: ReaderKey, route: keyof typeof ACCESS, key: CaseKey) =>
    !allowed(reader, route) ? 403 : sees(reader, key) ? 200 : 404;
  const request = (reader: ReaderKey, options: Parameters<Session['request']>[0]) =>
    sessions[reader].request(options);

  async function fileCase(key: CaseKey, index: number): Promise<void> {
    const office = key === 'otherOffice' ? 'bekasi' : 'dumai';
    const village = await villageIn(t, DISTRICT[key]);
    const nik = `${DISTRICT[key].replaceAll('.', '')}170890${String(index + 10).padStart(4, '0')}`;
    const report = sampleReport(office, village, {
      ...(CONFIDENTIAL.includes(key)
        ? { ppks: { category: 'penyandang-disabilitas', subcategory: 'tuna-laras', other: null } }
        : {}),
      person: { fullName: `Warga Uji ${key}`, nik },
    });
    const photo = await sharp({ create: { width: 32, height: 40, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer();
    const body = multipartBody(
      { report: JSON.stringify(report) },
      { name: 'orang.jpg', bytes: photo, field: 'personPhoto' },
    );
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: body.payload,
      headers: { 'content-type': body.contentType },
    });
    if (filed.statusCode !== 201) throw new Error(`${key}: ${filed.statusCode} ${filed.body}`);
    const ticket = filed.json().ticket as string;
    const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    const [photoRow] = await t.handle.db
      .select({ id: caseAttachments.id })
      .from(caseAttachments)
      .where(and(eq(caseAttachments.caseId, row?.id ?? ''), eq(caseAttachments.kind, 'person_photo')));
    if (!row || !photoRow) throw new Error(`${key}: not stored`);
    expect(row.confidential).toBe(CONFIDENTIAL.includes(key));
    made[key] = { ticket, id: row.id, nik, photoId: photoRow.id };
  }

  async function act(ticket: string, action: object) {
    const response = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: action,
    });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  }

  /** A letter of each Dumai case, written as issuing leaves it (issuing itself is letters.int.test.ts's). */
  async function addLetter(key: CaseKey, index: number): Promise<void> {
    const [office] = await t.handle.db.select().from(offices).where(eq(offices.slug, 'dumai'));
    const [template] = await t.handle.db
      .select()
      .from(letterTemplates)
      .where(eq(letterTemplates.officeId, office?.id ?? ''));
    if (!office || !template) throw new Error('no letter template');
    const [letter] = await t.handle.db
      .insert(letters)
      .values({
        officeId: office.id,
        caseId: made[key].id,
        type: template.type,
        number: `UJI/${index}/2026`,
        year: 2026,
        sequence: index,
        status: 'awaiting_approval',
        verificationCode: randomBytes(16).toString('base64url'),
        checkId: randomUUID(),
        programme: 'kip',
        rule: 'uji',
        addressee: null,
        subject: {
          name: `Warga Uji ${key}`,
          nik: made[key].nik,
          kk: null,
          birthPlace: null,
          birthDate: null,
          address: null,
          villageName: null,
          districtName: null,
          source: 'DTKS',
          dataDate: null,
          programmes: [],
          decile: null,
        },
        template: template.content,
        chain: template.approvalChain,
        issuedAt: t.clock.now,
      })
      .returning({ id: letters.id });
    made[key].letterId = letter?.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (const key of READER_KEYS) {
      const { office, role, ...rest } = READERS[key] as Reader;
      sessions[key] = await staffSession(t, {
        office,
        role,
        districtCode: rest.districtCode,
        partnerName: rest.partnerName,
      });
    }
    for (const [index, key] of CASES.entries()) await fileCase(key, index);
    await act(made.heldSecret.ticket, {
      type: 'assign',
      to: { kind: 'officer', userId: sessions.frontOffice.userId },
    });
    for (const key of REFERRALS) {
      const { from, target } = REFERRED[key];
      await act(made[from].ticket, { type: 'verify' });
      await act(made[from].ticket, {
        type: 'refer',
        referral: {
          target: key === 'rsj' ? { ...target, partnerId: sessions.rsj.userId } : target,
          reason: 'Pendampingan lanjutan.',
          fieldsShared: ['name', 'photos'],
          consent: { given: true },
        },
      });
      const [row] = await t.handle.db
        .select({ id: caseReferrals.id })
        .from(caseReferrals)
        .where(eq(caseReferrals.caseId, made[from].id));
      if (!row) throw new Error(`${key}: no referral`);
      referralIds[key] = row.id;
    }
    for (const [index, key] of DUMAI.entries()) await addLetter(key, index + 1);
    await linkPendingCases(t.handle, t.clock.now);
    for (const key of CASES) {
      const [row] = await t.handle.db
        .select({ personId: cases.personId })
        .from(cases)
        .where(eq(cases.id, made[key].id));
      made[key].personId = row?.personId ?? undefined;
    }
  });
  afterAll(async () => t.close());

  /** Runs `probe` for every reader and case; answers the cells that differ from the table. */
  async function mismatches(
    probe: (reader: ReaderKey, key: CaseKey) => Promise<{ got: unknown; want: unknown }>,
    keys: readonly CaseKey[] = CASES,
  ) {
    const wrong: string[] = [];
    for (const reader of READER_KEYS)
      for (const key of keys) {
        const { got, want } = await probe(reader, key);
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`${reader} × ${key}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
    return wrong;
  }

  it('the case page, the filled complaint form (PDF) and the case files answer 404 to whoever may not see the case', async () => {
    const wrong = await mismatches(async (reader, key) => {
      const { ticket, photoId } = made[key];
      const page = await request(reader, { method: 'GET', url: `/api/v1/cases/${ticket}` });
      const form = await request(reader, {
        method: 'GET',
        url: `/api/v1/cases/${ticket}/complaint-form.pdf`,
      });
      const file = await request(reader, {
        method: 'GET',
        url: `/api/v1/cases/${ticket}/attachments/${photoId}`,
      });
      return {
        got: [page.statusCode, form.statusCode, file.statusCode],
        want: [
          expected(reader, 'casePage', key),
          expected(reader, 'complaintForm', key),
          expected(reader, 'attachment', key),
        ],
      };
    });
    expect(wrong).toEqual([]);
  });

  it('the duplicate check and the NIK search find only cases the reader may see', async () => {
    const wrong = await mismatches(async (reader, key) => {
      const { ticket, nik } = made[key];
      const duplicates = await request(reader, {
        method: 'POST',
        url: '/api/v1/cases/duplicate-check',
        payload: { nik, serviceCode: null },
      });
      const search = await request(reader, {
        method: 'POST',
        url: '/api/v1/cases/search-nik',
        payload: { nik },
      });
      const found = (response: typeof search) =>
        response.statusCode === 200
          ? (response.json().items as { ticket: string }[]).some((i) => i.ticket === ticket)
          : response.statusCode;
      return {
        got: [found(duplicates), found(search)],
        want: [
          allowed(reader, 'duplicateCheck') ? sees(reader, key) : 403,
          allowed(reader, 'nikSearch') ? sees(reader, key) : 403,
        ],
      };
    });
    expect(wrong).toEqual([]);
  });

  it('letters: the list holds only letters of cases the reader may see, and another letter (or its PDF) is 404', async () => {
    const wrong = await mismatches(async (reader, key) => {
      const { ticket, letterId } = made[key];
      const list = await request(reader, { method: 'GET', url: `/api/v1/letters?ticket=${ticket}` });
      const one = await request(reader, { method: 'GET', url: `/api/v1/letters/${letterId}` });
      const pdf = await request(reader, { method: 'GET', url: `/api/v1/letters/${letterId}/pdf` });
      return {
        got: [
          list.statusCode === 200 ? list.json().items.length : list.statusCode,
          one.statusCode,
          pdf.statusCode,
        ],
        want: [
          allowed(reader, 'letters') ? (sees(reader, key) ? 1 : 0) : 403,
          expected(reader, 'letters', key),
          expected(reader, 'letters', key),
        ],
      };
    }, DUMAI);
    expect(wrong).toEqual([]);
  });

  it('the PPKS register finds by NIK and opens only people with a case the reader may see', async () => {
    const wrong = await mismatches(async (reader, key) => {
      const { nik, personId } = made[key];
      const search = await request(reader, {
        method: 'POST',
        url: '/api/v1/ppks-persons/search',
        payload: { nik },
      });
      const person = await request(reader, { method: 'GET', url: `/api/v1/ppks-persons/${personId}` });
      return {
        got: [search.statusCode === 200 ? search.json().items.length : search.statusCode, person.statusCode],
        want: [
          allowed(reader, 'register') ? (sees(reader, key) ? 1 : 0) : 403,
          expected(reader, 'register', key),
        ],
      };
    });
    expect(wrong).toEqual([]);
  });

  it('the outbox keeps every notice in its list and counts, but a notice of a case the reader may not see has no ticket, recipient or text, and no hand link', async () => {
    const wrong = await mismatches(async (reader, key) => {
      const { ticket, id } = made[key];
      if (!allowed(reader, 'outbox')) {
        const refused = await request(reader, { method: 'GET', url: '/api/v1/outbox' });
        return { got: refused.statusCode, want: 403 };
      }
      const page = await request(reader, { method: 'GET', url: '/api/v1/outbox' });
      const byTicket = await request(reader, { method: 'GET', url: `/api/v1/outbox?ticket=${ticket}` });
      const [notice] = await t.handle.db
        .select({ id: notificationOutbox.id })
        .from(notificationOutbox)
        .where(eq(notificationOutbox.caseId, id));
      const link = await request(reader, { method: 'POST', url: `/api/v1/outbox/${notice?.id}/manual-link` });
      const items = page.json().items as {
        id: string;
        ticket: string | null;
        withheld: boolean;
        body: string;
      }[];
      const mine = items.find((i) => i.id === notice?.id);
      const ownOffice =
        key !== 'otherOffice' ? READERS[reader].office === 'dumai' : READERS[reader].office === 'bekasi';
      return {
        got: {
          listed: mine !== undefined,
          ticketShown: mine?.ticket === ticket,
          withheld: mine?.withheld ?? null,
          ticketAnywhere: page.body.includes(ticket),
          byTicket: byTicket.json().items.length > 0,
          linkRefused: link.statusCode === 404,
        },
        want: {
          listed: ownOffice,
          ticketShown: sees(reader, key),
          withheld: ownOffice ? !sees(reader, key) : null,
          ticketAnywhere: sees(reader, key),
          byTicket: sees(reader, key),
          linkRefused: !sees(reader, key),
        },
      };
    });
    expect(wrong).toEqual([]);
  });

  it('the audit log keeps every entry, but one about a case the reader may not see loses its ticket, before and after', async () => {
    const pages = new Map<ReaderKey, { body: string; total: number }>();
    const wrong = await mismatches(async (reader, key) => {
      if (!allowed(reader, 'audit')) {
        const refused = await request(reader, { method: 'GET', url: '/api/v1/audit' });
        return { got: refused.statusCode, want: 403 };
      }
      if (!pages.has(reader)) {
        // The newest 200 entries, and every `case.created` (the page could be full of later ones).
        const page = await request(reader, { method: 'GET', url: '/api/v1/audit?pageSize=200' });
        const created = await request(reader, {
          method: 'GET',
          url: '/api/v1/audit?pageSize=200&action=case.created',
        });
        pages.set(reader, { body: `${page.body}\n${created.body}`, total: page.json().total });
        pages.set(`${reader}:created` as ReaderKey, { body: created.body, total: created.json().total });
      }
      const page = pages.get(reader) as { body: string; total: number };
      return { got: page.body.includes(made[key].ticket), want: sees(reader, key) };
    });
    expect(wrong).toEqual([]);
    // The administrator's list is as long as the Kadis's: withheld, not left out.
    expect(pages.get('admin')?.total).toBe(pages.get('kadis')?.total);
    const admin = JSON.parse(pages.get('admin:created' as ReaderKey)?.body ?? '{}');
    const created = admin.items.filter((e: { action: string }) => e.action === 'case.created');
    expect(created.length).toBeGreaterThanOrEqual(DUMAI.length);
    expect(
      created.every((e: { withheld: boolean; targetId: unknown }) => e.withheld && e.targetId === null),
    ).toBe(true);
  });

  it('referrals: staff list those of cases they may see; a partner only those to its own body (kind and area), with the fields shared', async () => {
    const wrong: string[] = [];
    for (const reader of READER_KEYS) {
      const list = await request(reader, { method: 'GET', url: '/api/v1/referrals' });
      const want = allowed(reader, 'referrals')
        ? [...READERS[reader].referrals].map((k) => referralIds[k]).sort()
        : 403;
      const items = list.statusCode === 200 ? (list.json().items as { id: string; person: object }[]) : [];
      const got = list.statusCode === 200 ? items.map((i) => i.id).sort() : list.statusCode;
      if (JSON.stringify(got) !== JSON.stringify(want))
        wrong.push(`${reader}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      if (READERS[reader].role === 'partner')
        for (const item of items)
          if (Object.keys(item.person).join() !== 'name')
            wrong.push(`${reader}: shares ${Object.keys(item.person)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("a referral's photo opens, and the referral can be answered, only for those who list it (404 otherwise)", async () => {
    const wrong: string[] = [];
    for (const reader of READER_KEYS)
      for (const key of REFERRALS) {
        const id = referralIds[key];
        const listed = (READERS[reader].referrals as readonly ReferralKey[]).includes(key);
        const photo = await request(reader, {
          method: 'GET',
          url: `/api/v1/referrals/${id}/photos/${made[REFERRED[key].from].photoId}`,
        });
        const wantPhoto = !allowed(reader, 'referrals') ? 403 : listed ? 200 : 404;
        if (photo.statusCode !== wantPhoto)
          wrong.push(`${reader} × ${key} photo: ${photo.statusCode} ≠ ${wantPhoto}`);
        if (listed) continue; // answering changes the referral: done once below, by its own body
        const accept = await request(reader, {
          method: 'POST',
          url: `/api/v1/referrals/${id}/actions`,
          payload: { type: 'accept' },
        });
        const wantAccept = allowed(reader, 'referralAction') ? 404 : 403;
        if (accept.statusCode !== wantAccept)
          wrong.push(`${reader} × ${key} accept: ${accept.statusCode} ≠ ${wantAccept}`);
      }
    expect(wrong).toEqual([]);
    for (const [reader, key] of [
      ['tkskD1', 'tkskD1'],
      ['psmD1', 'psmD1'],
      ['tkskD2', 'tkskD2'],
      ['rsj', 'rsj'],
    ] as const) {
      const accept = await request(reader, {
        method: 'POST',
        url: `/api/v1/referrals/${referralIds[key]}/actions`,
        payload: { type: 'accept' },
      });
      expect({ reader, status: accept.statusCode }).toEqual({ reader, status: 200 });
    }
  });
});
