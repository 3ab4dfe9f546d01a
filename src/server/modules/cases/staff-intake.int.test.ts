import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TReportFormValues } from '../../../domain/intake/report';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../../testing/test-app';
import { caseEvents, cases } from './tables';

/** A man found sleeping at the market, reported by Satpol PP; the office in the body is ignored. */
function report(villageCode: string, nik: string | null = null): TReportFormValues {
  return sampleReport('bekasi', villageCode, {
    person: {
      fullName: 'Budi Santoso',
      birthPlace: null,
      birthDate: null,
      nik,
      education: null,
      address: null,
    },
    ppks: { category: 'gelandangan', subcategory: null, other: null },
    dtksStatus: 'tidak-masuk',
    description: 'Ditemukan tidur di emperan pasar sejak seminggu.',
    reporter: { name: 'Petugas Satpol PP', phone: '081298765432' },
  });
}

describe('staff intake from every channel', () => {
  let t: TestApp;
  let frontOffice: Session;
  let village: string;

  beforeAll(async () => {
    t = await createTestApp();
    frontOffice = await staffSession(t, { office: 'dharmasraya', role: 'front_office' });
    village = await villageIn(t, '13.10');
  });
  afterAll(async () => t.close());

  it('records a walk-in with its guest book entry, under the walk-in SOP of Si-PULAU PANDHA', async () => {
    const guest = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/guest-book',
      payload: {
        visitorName: 'Ibu Rosmawati',
        visitorPhone: '0813 7405 2139',
        purpose: 'Melaporkan tetangga lansia',
      },
    });
    expect(guest.statusCode).toBe(201);
    const created = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'walk_in', guestBookEntryId: guest.json().id },
        report: report(village),
      },
    });
    expect(created.statusCode).toBe(201);
    const { ticket } = created.json();
    expect(ticket).toMatch(/^DHA-/);
    const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
    expect(row).toMatchObject({ channel: 'walk_in', serviceCode: 'datang-langsung' });
    const book = (await frontOffice.request({ method: 'GET', url: '/api/v1/guest-book' })).json().items;
    expect(book[0]).toMatchObject({ visitorName: 'Ibu Rosmawati', ticket, visitorPhone: '+6281374052139' });
    // One guest book entry, one case: a second matter gets its own entry, never overwrites the link.
    const again = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'walk_in', guestBookEntryId: guest.json().id },
        report: report(village),
      },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields['details.guestBookEntryId']).toMatch(/sudah punya tiket/);
  });

  it('records outreach with its GPS point, phone calls with the contact, letters with their reference', async () => {
    const outreach = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: {
          channel: 'outreach',
          latitude: -1.04,
          longitude: 101.6,
          accuracyMetres: 12,
          visitedAt: '2026-11-26T09:00:00+07:00',
        },
        report: report(village),
      },
    });
    const [outreachRow] = await t.handle.db
      .select()
      .from(cases)
      .where(eq(cases.ticket, outreach.json().ticket));
    expect(outreachRow).toMatchObject({ channel: 'outreach', serviceCode: 'jemput-bola' });
    expect(outreachRow?.channelDetails).toMatchObject({ latitude: -1.04, longitude: 101.6 });

    const call = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { details: { channel: 'whatsapp', contact: '0812 1111 2222' }, report: report(village) },
    });
    expect(call.statusCode).toBe(201);
    const letter = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: {
          channel: 'letter',
          sender: 'Polres Dharmasraya',
          referenceNumber: 'B/123/XI/2026',
          letterDate: '2026-11-20',
        },
        report: {
          ...report(village),
          ppks: { category: 'korban-tindak-kekerasan', subcategory: null, other: null },
        },
      },
    });
    const [letterRow] = await t.handle.db.select().from(cases).where(eq(cases.ticket, letter.json().ticket));
    expect(letterRow).toMatchObject({ channel: 'letter', confidential: true });
    expect(letterRow?.channelDetails).toMatchObject({ referenceNumber: 'B/123/XI/2026' });

    const badGps = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: {
          channel: 'outreach',
          latitude: 48.8,
          longitude: 2.3,
          accuracyMetres: null,
          visitedAt: '2026-11-26T09:00:00+07:00',
        },
        report: report(village),
      },
    });
    expect(badGps.json().fields['details.latitude']).toBe('Lokasi di luar Indonesia');
  });

  it('finds an open case of the same NIK and service, and links the new report to it', async () => {
    const nik = '1310011708900001';
    const first = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { details: { channel: 'sp4n_lapor', reportId: 'LAP-8812' }, report: report(village, nik) },
    });
    const byService = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases/duplicate-check',
      payload: { nik, serviceCode: null },
    });
    const other = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases/duplicate-check',
      payload: { nik, serviceCode: 'datang-langsung' },
    });
    expect(other.json().items).toHaveLength(0);
    const match = byService.json().items[0];
    expect(match).toMatchObject({ ticket: first.json().ticket, personName: 'B*** S******' });
    expect(JSON.stringify(byService.json())).not.toContain('Budi');

    const linked = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: '0812 3333 4444' },
        report: report(village, nik),
        linkToTicket: match.ticket,
      },
    });
    expect(linked.statusCode).toBe(201);
    const [firstRow] = await t.handle.db.select().from(cases).where(eq(cases.ticket, match.ticket));
    if (!firstRow) throw new Error('first case missing');
    const events = await t.handle.db.select().from(caseEvents).where(eq(caseEvents.caseId, firstRow.id));
    expect(events.map((e) => e.type)).toContain('linked');

    const stranger = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: '0812 3333 4444' },
        report: report(village, '1310016408950002'),
        linkToTicket: match.ticket,
      },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().fields.linkToTicket).toMatch(/orang yang sama/);

    const cutOff = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'content-type': 'multipart/form-data; boundary=----cut' },
      payload: '------cut\r\nContent-Disposition: form-data; name="intake"\r\n\r\n{"det',
    });
    expect(cutOff.statusCode).toBe(400);
  });

  it('keeps the office of the officer, a district operator to their district, and the public out', async () => {
    const bekasiVillage = await villageIn(t, '32.75');
    const wrongOffice = await frontOffice.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { details: { channel: 'phone', contact: '0812 3333 4444' }, report: report(bekasiVillage) },
    });
    expect(wrongOffice.json().fields['report.person.villageCode']).toMatch(/wilayah dinas ini/);

    const operator = await staffSession(t, {
      office: 'dharmasraya',
      role: 'district_operator',
      districtCode: '13.10.01',
    });
    const elsewhere = await villageIn(t, '13.10.02');
    const outside = await operator.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { details: { channel: 'phone', contact: '0812 3333 4444' }, report: report(elsewhere) },
    });
    expect(outside.json().fields['report.person.villageCode']).toMatch(/di luar kecamatan/);
    const inside = await operator.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        details: { channel: 'phone', contact: '0812 3333 4444' },
        report: report(await villageIn(t, '13.10.01')),
      },
    });
    expect(inside.statusCode).toBe(201);

    expect((await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: {} })).statusCode).toBe(401);
    const partner = await staffSession(t, { office: 'dharmasraya', role: 'partner' });
    expect((await partner.request({ method: 'GET', url: '/api/v1/guest-book' })).statusCode).toBe(403);
  });
});
