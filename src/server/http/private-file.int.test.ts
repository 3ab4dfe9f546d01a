import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseDetail } from '../../domain/cases/views';
import { renderPdf } from '../pdf/document';
import { multipartBody } from '../testing/multipart';
import { hiddenScriptPdf, scriptedPdf } from '../testing/pdf-samples';
import { sampleReport, villageIn } from '../testing/sample-report';
import { createTestApp, type Session, staffSession, type TestApp } from '../testing/test-app';
import { safeFileName } from './private-file';

/** A report with files, as the public form sends it. */
function reportForm(report: object, files: Record<string, Buffer>) {
  const boundary = '----satu-atap-upload-boundary';
  const chunks: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(report)}\r\n`,
    ),
  ];
  for (const [name, bytes] of Object.entries(files)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="Sumarni KTP.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('uploaded PDFs are checked, and stored files go out as downloads of their real type', () => {
  let t: TestApp;
  let village: string;
  let officer: Session;
  let cleanPdf: Buffer;
  let photo: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    village = await villageIn(t, '14.71');
    officer = await staffSession(t, { office: 'pekanbaru', role: 'service_officer' });
    cleanPdf = await renderPdf((doc) => doc.text('Surat pengantar RT (uji).'), {
      title: 'Uji',
      author: 'RT',
    });
    photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
  });
  afterAll(async () => t?.close());

  const report = () => sampleReport('pekanbaru', village, { serviceCode: 'dtks-rekomendasi' });

  it('refuses a PDF with JavaScript as an ID photo, in Indonesian', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      ...reportForm(report(), { ktpPhoto: scriptedPdf() }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'PDF_ACTIVE_CONTENT',
      message: expect.stringMatching(/JavaScript/),
    });
  });

  it('serves a clean PDF as an attachment and a photo inline, by their sniffed type', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      ...reportForm(report(), { ktpPhoto: cleanPdf, personPhoto: photo }),
    });
    expect(filed.statusCode).toBe(201);
    const ticket = filed.json().ticket as string;
    const detail = (
      await officer.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })
    ).json() as TCaseDetail;
    expect(detail.attachments).toHaveLength(2);
    const byKind = Object.fromEntries(detail.attachments.map((a) => [a.kind, a.id]));

    const pdf = await officer.request({
      method: 'GET',
      url: `/api/v1/cases/${ticket}/attachments/${byKind.ktp_photo}`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="dokumen.pdf"');
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(pdf.headers['cache-control']).toContain('no-store');

    const image = await officer.request({
      method: 'GET',
      url: `/api/v1/cases/${ticket}/attachments/${byKind.person_photo}`,
    });
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.headers['content-disposition']).toBe('inline; filename="foto.jpg"');
    expect(image.headers['x-content-type-options']).toBe('nosniff');

    // The filled complaint form and its name: a download named by the ticket, no person in it.
    const desk = await staffSession(t, { office: 'pekanbaru', role: 'front_office' });
    const form = await desk.request({ method: 'GET', url: `/api/v1/cases/${ticket}/complaint-form.pdf` });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-disposition']).toBe(
      `attachment; filename="formulir-pengaduan-${ticket}.pdf"`,
    );
    expect(form.headers['x-content-type-options']).toBe('nosniff');

    // A requirement document: JavaScript in a compressed object stream, and a cut-off PDF, refused.
    const item = detail.checklist[0]?.item ?? '';
    for (const [bytes, code] of [
      [hiddenScriptPdf(), 'PDF_ACTIVE_CONTENT'],
      [cleanPdf.subarray(0, cleanPdf.length - 40), 'PDF_UNREADABLE'],
    ] as const) {
      const { payload, contentType } = multipartBody(
        { document: JSON.stringify({ item }) },
        { name: 'kk.pdf', bytes },
      );
      const uploaded = await officer.request({
        method: 'POST',
        url: `/api/v1/cases/${ticket}/documents`,
        payload,
        headers: { 'content-type': contentType },
      });
      expect(uploaded.statusCode).toBe(400);
      expect(uploaded.json().code).toBe(code);
    }
    const after = (
      await officer.request({ method: 'GET', url: `/api/v1/cases/${ticket}` })
    ).json() as TCaseDetail;
    expect(after.attachments).toHaveLength(2);
  });

  it('names downloads in plain ASCII only', () => {
    expect(safeFileName('monev-dumai-2026-11.xlsx', 'x')).toBe('monev-dumai-2026-11.xlsx');
    expect(safeFileName('a"; filename=../../x', 'application/pdf')).toBe('a-filename-..-..-x');
    expect(safeFileName(undefined, 'application/pdf')).toBe('dokumen.pdf');
    expect(safeFileName('', 'text/html')).toBe('berkas');
  });
});
