import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TReportFormValues, ZReportInput } from '../../../domain/intake/report';
import { sampleReport, villageIn } from '../../testing/sample-report';
import { createTestApp, staffSession, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit/tables';
import { notificationOutbox } from '../notifications/tables';
import { offices } from '../offices/tables';
import { takeInReport } from './intake';
import { agendaCounters, caseAttachments, caseSubjects, cases } from './tables';

const firstVillageOf = villageIn;
const report = (office: string, villageCode: string): TReportFormValues => sampleReport(office, villageCode);

/** A JPEG that carries a GPS position in its EXIF, as a phone camera writes it. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#88aa44' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'HP Murah' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '1/1 40/1 0/1' } })
    .toBuffer();
}

/** A multipart/form-data body, written out by hand: the JSON field and the files. */
function multipart(fields: Record<string, string | Buffer>) {
  const boundary = '----satu-atap-test-boundary';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const header =
      typeof value === 'string'
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
    chunks.push(
      Buffer.from(header),
      typeof value === 'string' ? Buffer.from(value) : value,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function caseByTicket(t: TestApp, ticket: string): Promise<typeof cases.$inferSelect> {
  const [row] = await t.handle.db.select().from(cases).where(eq(cases.ticket, ticket));
  if (!row) throw new Error(`no case ${ticket}`);
  return row;
}

describe('public reports and tracking', () => {
  let t: TestApp;
  let dumaiVillage: string;

  beforeAll(async () => {
    t = await createTestApp();
    dumaiVillage = await firstVillageOf(t, '14.72');
  });
  afterAll(async () => t.close());

  it('takes a JSON report: ticket, agenda number, deadline from the complaint standard, a notice in the outbox', async () => {
    t.clock.now = new Date('2026-08-14T15:00:00+07:00');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: report('dumai', dumaiVillage),
    });
    expect(response.statusCode).toBe(201);
    const { ticket, trackingUrl, agendaNumber } = response.json();
    expect(ticket).toMatch(/^DUM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(ticket.length).toBeLessThanOrEqual(14);
    expect(trackingUrl).toBe(`/dumai/lacak?tiket=${ticket}`);
    expect(agendaNumber).toBe('0001/ADU/2026');

    const row = await caseByTicket(t, ticket);
    // Dumai's complaint standard: 1 working day; Friday 15:00 runs past the weekend and 17 August.
    expect(row).toMatchObject({ serviceCode: 'pengaduan', kind: 'complaint', channel: 'web', status: 'new' });
    expect(row.dueAt?.toISOString()).toBe('2026-08-18T08:00:00.000Z');
    const [subject] = await t.handle.db.select().from(caseSubjects).where(eq(caseSubjects.caseId, row.id));
    expect(subject?.reporterPhone).toBe('+6281234567890');
    const [notice] = await t.handle.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.caseId, row.id));
    expect(notice).toMatchObject({ recipient: '+6281234567890', status: 'pending' });
    expect(notice?.body).toContain(`https://layanan.example.go.id/dumai/lacak?tiket=${ticket}`);

    const coordinator = await staffSession(t, { office: 'dumai', role: 'coordinator' });
    const outbox = (
      await coordinator.request({ method: 'GET', url: '/api/v1/outbox?status=pending' })
    ).json();
    expect(outbox.items[0]).toMatchObject({ ticket, recipient: '+62812******90', status: 'pending' });
    const bekasi = await staffSession(t, { office: 'bekasi', role: 'coordinator' });
    expect((await bekasi.request({ method: 'GET', url: '/api/v1/outbox' })).json().total).toBe(0);

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: report('dumai', dumaiVillage),
    });
    expect(second.json().agendaNumber).toBe('0002/ADU/2026');
    expect(second.json().ticket).not.toBe(ticket);
  });

  it('answers a resent report with the first ticket when it carries the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'outbox-7f3a9c1e2b4d5f60' };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: report('dumai', dumaiVillage),
      headers,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: report('dumai', dumaiVillage),
      headers,
    });
    expect(again.json()).toEqual(first.json());
    const both = await Promise.all(
      [1, 2].map(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: report('dumai', dumaiVillage),
          headers: { 'idempotency-key': 'outbox-race-000000000001' },
        }),
      ),
    );
    expect(both[0]?.json().ticket).toBe(both[1]?.json().ticket);
    const rows = await t.handle.db.select().from(cases).where(eq(cases.ticket, both[0]?.json().ticket));
    expect(rows).toHaveLength(1);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: report('dumai', dumaiVillage),
      headers: { 'idempotency-key': 'x' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('draws the ticket again when it is already taken, for a citizen and in a staff transaction', async () => {
    const fixed = () => new Uint8Array(7).fill(9);
    let draws = 0;
    // The first draw repeats a ticket already stored; the next ones are random.
    const collideOnce = (length: number) => (draws++ === 0 ? fixed() : randomBytes(length));
    const deps = { db: t.handle.db, storage: t.storage, now: () => t.clock.now, config: {} };
    const input = ZReportInput.parse(report('dumai', dumaiVillage));
    const audit = { actor: null, ip: '127.0.0.1', requestId: 'test' };
    const taken = await takeInReport(
      { ...deps, randomBytes: fixed },
      { input, channel: 'web', files: [], createdBy: null },
      audit,
    );
    const citizen = await takeInReport(
      { ...deps, randomBytes: collideOnce },
      { input, channel: 'web', files: [], createdBy: null },
      audit,
    );
    expect(draws).toBe(2);
    expect(citizen.ticket).not.toBe(taken.ticket);
    expect(citizen.trackingUrl).toContain(encodeURIComponent(citizen.ticket));
    draws = 0;
    const linked: string[] = [];
    const staff = await takeInReport(
      { ...deps, randomBytes: collideOnce },
      {
        input,
        channel: 'walk_in',
        files: [],
        createdBy: null,
        within: async (_tx, created) => {
          linked.push(created.ticket);
        },
      },
      audit,
    );
    expect(staff.ticket).not.toBe(taken.ticket);
    expect(draws).toBe(2);
    expect(linked).toEqual([staff.ticket]);
    const stored = await t.handle.db
      .select({ ticket: cases.ticket })
      .from(cases)
      .where(inArray(cases.ticket, [taken.ticket, citizen.ticket, staff.ticket]));
    expect(stored).toHaveLength(3);
  });

  it('writes reports that arrive together in shared statements: every one stored whole, agenda numbers consecutive', async () => {
    const [{ last: before } = { last: 0 }] = await t.handle.db
      .select({ last: agendaCounters.last })
      .from(agendaCounters)
      .innerJoin(offices, eq(offices.id, agendaCounters.officeId))
      .where(eq(offices.slug, 'dumai'));
    const bekasiVillage = await firstVillageOf(t, '32.75');
    // Twelve complaints, a service request and a resend of one report (same key, so one case):
    // more than the writer's free slots, so most of them share a statement.
    const sends = [
      ...Array.from({ length: 12 }, () => ({ payload: report('dumai', dumaiVillage), key: null })),
      { payload: { ...report('dumai', dumaiVillage), serviceCode: 'odgj' }, key: null },
      { payload: report('bekasi', bekasiVillage), key: 'batch-resend-000000000001' },
      { payload: report('bekasi', bekasiVillage), key: 'batch-resend-000000000001' },
    ];
    const answers = await Promise.all(
      sends.map(({ payload, key }) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload,
          headers: key ? { 'idempotency-key': key } : {},
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(sends.map(() => 201));
    const bodies = answers.map((a) => a.json() as { ticket: string; agendaNumber: string | null });
    const dumaiNumbers = bodies
      .slice(0, 12)
      .map((b) => Number(b.agendaNumber?.split('/')[0]))
      .sort((a, b) => a - b);
    expect(dumaiNumbers).toEqual(Array.from({ length: 12 }, (_, i) => before + 1 + i));
    expect(bodies[12]?.agendaNumber).toBeNull();
    expect(bodies[13]?.ticket).toBe(bodies[14]?.ticket);
    const tickets = [...new Set(bodies.map((b) => b.ticket))];
    expect(tickets).toHaveLength(14);
    const stored = await t.handle.db
      .select({ ticket: cases.ticket, reporter: caseSubjects.reporterName })
      .from(cases)
      .innerJoin(caseSubjects, eq(caseSubjects.caseId, cases.id))
      .where(inArray(cases.ticket, tickets));
    expect(stored).toHaveLength(14);
    const notices = await t.handle.db
      .select({ body: notificationOutbox.body })
      .from(notificationOutbox)
      .innerJoin(cases, eq(cases.id, notificationOutbox.caseId))
      .where(inArray(cases.ticket, tickets));
    expect(notices).toHaveLength(14);
  });

  it('tracks a case by ticket, typed any way, with no personal data at all', async () => {
    const { ticket } = (
      await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: report('dumai', dumaiVillage) })
    ).json();
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/track/${ticket.toLowerCase().replaceAll('-', '')}`,
    });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      ticket,
      status: 'new',
      service: { code: 'pengaduan' },
      office: { slug: 'dumai' },
    });
    expect(view.currentStep).toBeTruthy();
    expect(view.timeline[0].message).toContain(ticket);
    const text = response.body;
    for (const secret of ['Mak Ijah', 'Gang Mawar', '81234567890', 'Tetangga', 'jarang makan', dumaiVillage])
      expect(text).not.toContain(secret);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/track/DUM-0000-0000' })).statusCode).toBe(404);
  });

  it('answers 400 with Indonesian field messages and a bad NIK in fields.nik', async () => {
    const bad = report('dumai', dumaiVillage);
    bad.person.nik = '1234';
    bad.reporter.phone = '12345';
    bad.ppks = { category: 'korban-napza', subcategory: null, other: null };
    bad.consent = false as true;
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: bad });
    expect(response.statusCode).toBe(400);
    const { fields } = response.json();
    expect(fields['person.nik']).toBe('NIK harus 16 angka');
    expect(fields['reporter.phone']).toMatch(/Nomor telepon tidak valid/);
    expect(fields['ppks.subcategory']).toBe('Pilih berapa kali');
    expect(fields.consent).toMatch(/Persetujuan/);

    const wrongDistrict = report('dumai', dumaiVillage);
    wrongDistrict.person.nik = '9999011708900001';
    const district = await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: wrongDistrict });
    expect(district.json().fields['person.nik']).toMatch(/Kode kecamatan/);

    const otherRegency = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: report('dumai', await firstVillageOf(t, '14.71')),
    });
    expect(otherRegency.json().fields['person.villageCode']).toMatch(/wilayah dinas ini/);
  });

  it('keeps sensitive categories confidential and accepts a valid NIK, storing only its keyed hash for search', async () => {
    const sensitive = report('dumai', dumaiVillage);
    sensitive.ppks = { category: 'korban-trafficking', subcategory: null, other: null };
    sensitive.person.nik = '1472011708900001';
    const { ticket } = (
      await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: sensitive })
    ).json();
    const row = await caseByTicket(t, ticket);
    expect(row.confidential).toBe(true);
    const [subject] = await t.handle.db.select().from(caseSubjects).where(eq(caseSubjects.caseId, row.id));
    expect(subject?.nikHash).toMatch(/^[0-9a-f]{64}$/);
    expect(subject?.nikHash).not.toContain('1472011708900001');
    const audit = await t.handle.db.select().from(auditLog).where(eq(auditLog.targetId, ticket));
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain('1472011708900001');
  });

  it('takes photos by multipart, re-encoded with the EXIF and its GPS gone', async () => {
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const { payload, contentType } = multipart({
      report: JSON.stringify(report('dumai', dumaiVillage)),
      ktpPhoto: photo,
      personPhoto: photo,
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(response.statusCode).toBe(201);
    const row = await caseByTicket(t, response.json().ticket);
    const files = await t.handle.db.select().from(caseAttachments).where(eq(caseAttachments.caseId, row.id));
    expect(files.map((f) => f.kind).sort()).toEqual(['ktp_photo', 'person_photo']);
    for (const file of files) {
      const stored = await t.storage.get(file.storageKey);
      const metadata = await sharp(stored).metadata();
      expect(metadata.format).toBe('jpeg');
      expect(metadata.exif).toBeUndefined();
    }

    // Staff of the office may open them (and it is audited); another office, a partner or the public may not.
    const officer = await staffSession(t, { office: 'dumai', role: 'service_officer' });
    const url = `/api/v1/cases/${row.ticket}/attachments/${files[0]?.id}`;
    const opened = await officer.request({ method: 'GET', url });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('image/jpeg');
    const audit = await t.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'case.attachment_opened'));
    expect(audit.map((a) => a.targetId)).toContain(row.ticket);
    const partner = await staffSession(t, { office: 'dumai', role: 'partner' });
    // Partners see only what is referred to them (issue 5), never case files from here.
    expect((await partner.request({ method: 'GET', url })).statusCode).toBe(403);
    const bekasi = await staffSession(t, { office: 'bekasi', role: 'service_officer' });
    expect((await bekasi.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('refuses a file that is not an image by its content', async () => {
    const { payload, contentType } = multipart({
      report: JSON.stringify(report('dumai', dumaiVillage)),
      ktpPhoto: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.ktp_photo).toMatch(/JPEG, PNG, WebP/);
  });

  it('limits tracking lookups per address (429)', async () => {
    let last = 0;
    for (let i = 0; i < 35; i++) {
      last = (
        await t.app.inject({ method: 'GET', url: '/api/v1/track/BEK-0000-0000', remoteAddress: '10.9.9.9' })
      ).statusCode;
    }
    expect(last).toBe(429);
  });
});
