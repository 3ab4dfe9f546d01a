import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/auth/roles';
import { CASE_ACTION_TYPES, type CaseActionType } from '../../../domain/cases/actions';
import { CASE_ROLES } from '../../../domain/cases/permissions';
import { canAct } from '../../../domain/cases/workflow';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { sweepDeadlines } from './sweep';

/** A valid body for every action, so only who asks decides the answer. */
const BODIES: Record<CaseActionType, object> = {
  verify: { type: 'verify' },
  request_documents: { type: 'request_documents', missing: ['Fotokopi KK'] },
  documents_received: { type: 'documents_received' },
  assess: {
    type: 'assess',
    assessment: {
      condition: 'Tinggal sendiri di rumah yang bocor.',
      needs: { items: ['pangan'], other: null },
      family: 'Tidak ada keluarga dekat.',
      identityDocumentsSeen: ['tidak_ada'],
      recommendedFollowUp: { outcome: 'terminasi', text: 'Bantuan sembako.' },
    },
  },
  approve: { type: 'approve' },
  refer: {
    type: 'refer',
    referral: {
      target: { kind: 'pillar', pillarKind: 'tksk' },
      reason: 'Pendampingan di kecamatan.',
      consent: { given: true },
    },
  },
  deliver: { type: 'deliver', product: 'Paket sembako' },
  close: {
    type: 'close',
    outcome: 'terminasi',
    deliveredAs: 'barang',
    summary: 'Bantuan sembako diserahkan.',
  },
  reject: { type: 'reject', reason: 'Data tidak dapat diverifikasi.' },
  out_of_scope: { type: 'out_of_scope', reason: 'Urusan dinas kesehatan.' },
  reopen: { type: 'reopen', reason: 'Ada laporan baru.' },
  note: { type: 'note', text: 'Catatan uji', public: false },
  assign: { type: 'assign', to: { kind: 'division', code: 'x' } },
};

const STAFF_ROLES = CASE_ROLES;

describe('who may do what with a case', () => {
  let t: TestApp;
  let village: string;
  let coordinator: Session;
  const sessions = new Map<Role, Session>();

  const fileReport = async (changes: Parameters<typeof sampleReport>[2] = {}) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: sampleReport('dumai', village, changes),
    });
    return response.json().ticket as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    village = await villageIn(t, '14.72.01');
    for (const role of STAFF_ROLES)
      sessions.set(
        role,
        await staffSession(t, {
          office: 'dumai',
          role,
          districtCode: role === 'district_operator' ? '14.72.01' : undefined,
        }),
      );
    coordinator = sessions.get('coordinator') as Session;
  });
  afterAll(async () => t.close());

  it('refuses every action to a role the rules do not give it (403), before looking at the status', async () => {
    const ticket = await fileReport();
    for (const type of CASE_ACTION_TYPES) {
      const role = STAFF_ROLES.find((r) => !canAct(r, type));
      if (!role) continue; // every staff role may (none today)
      const response = await (sessions.get(role) as Session).request({
        method: 'POST',
        url: `/api/v1/cases/${ticket}/actions`,
        payload: BODIES[type],
      });
      expect({ type, role, status: response.statusCode }).toEqual({ type, role, status: 403 });
      expect(response.json().message).toMatch(/tidak berwenang/);
    }
  });

  it('answers 409 with the reason for a move the status does not allow, 401 without a session, 404 across offices', async () => {
    const ticket = await fileReport();
    const close = await coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: BODIES.close,
    });
    expect(close.statusCode).toBe(409);
    expect(close.json()).toMatchObject({ code: 'CASE_ACTION_NOT_ALLOWED', message: /verifikasi dulu/ });
    await coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: BODIES.verify,
    });
    const again = await coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: BODIES.verify,
    });
    expect(again.statusCode).toBe(409);

    expect((await t.app.inject({ method: 'GET', url: `/api/v1/cases/${ticket}` })).statusCode).toBe(401);
    const bekasi = await staffSession(t, { office: 'bekasi', role: 'coordinator' });
    expect((await bekasi.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).statusCode).toBe(404);
    const admin = await staffSession(t, { office: 'dumai', role: 'admin' });
    expect((await admin.request({ method: 'GET', url: '/api/v1/cases' })).statusCode).toBe(403);
    const partner = await staffSession(t, { office: 'dumai', role: 'partner', partnerName: 'TKSK' });
    expect((await partner.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).statusCode).toBe(403);
    const badTarget = await coordinator.request({
      method: 'POST',
      url: `/api/v1/cases/${ticket}/actions`,
      payload: BODIES.assign,
    });
    expect(badTarget.json().fields.to).toMatch(/Bidang tidak dikenal/);
  });

  it('lists, filters and searches the inbox a page at a time, NIK masked, a district operator only their district', async () => {
    const nik = '1472011708900001';
    const mine = await fileReport({ person: { fullName: 'Siti Rahmawati Lubis', nik } });
    await fileReport({ person: { fullName: 'Ahmad Dahlan' } });
    const search = (q: string) =>
      coordinator.request({ method: 'POST', url: '/api/v1/cases/search', payload: { q } });
    const byName = (await search('rahma lub')).json();
    expect(byName.items.map((c: { ticket: string }) => c.ticket)).toEqual([mine]);
    expect(byName.items[0].nikMasked).toBe('1472**********01');
    expect(JSON.stringify(byName)).not.toContain(nik);
    const byTicket = (await search(mine.toLowerCase())).json();
    expect(byTicket.items).toHaveLength(1);
    const byNik = (
      await coordinator.request({ method: 'POST', url: '/api/v1/cases/search-nik', payload: { nik } })
    ).json();
    expect(byNik.items.map((c: { ticket: string }) => c.ticket)).toEqual([mine]);

    const first = (
      await coordinator.request({ method: 'GET', url: '/api/v1/cases?limit=2&status=new' })
    ).json();
    expect(first.items).toHaveLength(2);
    const second = (
      await coordinator.request({
        method: 'GET',
        url: `/api/v1/cases?limit=2&status=new&after=${first.next}`,
      })
    ).json();
    const seen = [...first.items, ...second.items].map((c: { ticket: string }) => c.ticket);
    expect(new Set(seen).size).toBe(seen.length);

    const operator = sessions.get('district_operator') as Session;
    const elsewhere = await villageIn(t, '14.72.02');
    const other = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: sampleReport('dumai', elsewhere),
      })
    ).json().ticket;
    const theirs = (await operator.request({ method: 'GET', url: '/api/v1/cases?limit=100' })).json();
    expect(theirs.items.every((c: { districtCode: string }) => c.districtCode === '14.72.01')).toBe(true);
    expect((await operator.request({ method: 'GET', url: `/api/v1/cases/${other}` })).statusCode).toBe(404);

    const board = (await coordinator.request({ method: 'GET', url: '/api/v1/workload' })).json().items;
    expect(board.length).toBeGreaterThan(0);
    expect(board[0]).toHaveProperty('level');
    const revealed = await coordinator.request({ method: 'POST', url: `/api/v1/cases/${mine}/reveal` });
    expect(revealed.json().nik).toBe(nik);
  });

  it('lists a case under "due soon" once the sweep finds 75% of its time used, not while paused, and under "overdue" after its due time', async () => {
    t.clock.now = new Date('2026-12-01T02:00:00Z'); // a Tuesday, 09:00 in Dumai
    coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    const ticket = await fileReport();
    const tickets = async (session: Session, due: string) =>
      (await session.request({ method: 'GET', url: `/api/v1/cases?open=true&due=${due}&limit=100` }))
        .json()
        .items.map((c: { ticket: string }) => c.ticket);
    const at = async (ms: number) => {
      t.clock.now = new Date(ms);
      await sweepDeadlines(t.handle, t.clock.now);
      // Sessions end after a day without use: sign in again at the new time.
      return staffSession(t, { office: 'dumai', role: 'coordinator' });
    };
    const act = (session: Session, payload: object) =>
      session.request({ method: 'POST', url: `/api/v1/cases/${ticket}/actions`, payload });
    expect(await tickets(coordinator, 'soon')).not.toContain(ticket);
    const { openedAt, dueAt } = (
      await coordinator.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })
    ).json();
    const opened = Date.parse(openedAt);
    const span = Date.parse(dueAt) - opened;
    const warned = await at(opened + span * 0.8);
    expect(await tickets(warned, 'soon')).toContain(ticket);
    expect(await tickets(warned, 'overdue')).not.toContain(ticket);

    // Waiting for documents stops the clock: the case is not running out meanwhile.
    expect((await act(warned, { type: 'verify' })).statusCode).toBe(200);
    expect((await act(warned, BODIES.request_documents)).statusCode).toBe(200);
    expect(await tickets(warned, 'soon')).not.toContain(ticket);
    // Paused overnight, resumed at 10:00 the next day: the two hours of office time that passed
    // (08:00-10:00) are given back, and the case is still in its last quarter.
    const resumedBy = await at(Date.parse('2026-12-02T03:00:00Z'));
    expect((await act(resumedBy, BODIES.documents_received)).statusCode).toBe(200);
    expect(await tickets(resumedBy, 'soon')).toContain(ticket);

    const moved = Date.parse(
      (await resumedBy.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })).json().dueAt,
    );
    expect(moved).toBe(opened + span + 2 * 3_600_000);
    const after = await at(moved + 60_000);
    expect(await tickets(after, 'overdue')).toContain(ticket);
    expect(await tickets(after, 'soon')).not.toContain(ticket);
    t.clock.now = new Date();
  });
});
