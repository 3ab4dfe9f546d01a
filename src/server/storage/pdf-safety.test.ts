import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../pdf/document';
import { handmadePdf, objectStream, PAGES } from '../testing/pdf-samples';
import { scanPdf } from './pdf-safety';

describe('PDF safety scan', () => {
  it('accepts a PDF as pdfkit writes it, text and a photo included', async () => {
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a6' } })
      .jpeg()
      .toBuffer();
    const pdf = await renderPdf(
      (doc) => {
        doc.fontSize(12).text('Surat keterangan tidak mampu (uji).');
        doc.image(photo, { width: 120 });
        doc.addPage().text('Halaman kedua.');
      },
      { title: 'Uji', author: 'Satu Atap' },
    );
    expect(scanPdf(pdf)).toEqual({ ok: true });
    expect(scanPdf(handmadePdf(['<< /Type /Catalog /Pages 2 0 R >>', ...PAGES]))).toEqual({ ok: true });
  });

  it('refuses an /OpenAction that runs JavaScript, and a launch action', () => {
    const js = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      ...PAGES,
      '<< /Type /Action /S /JavaScript /JS (app.alert\\("x"\\)) >>',
    ]);
    expect(scanPdf(js)).toMatchObject({ ok: false, reason: 'active' });
    const launch = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>',
      ...PAGES,
    ]);
    expect(scanPdf(launch)).toEqual({ ok: false, reason: 'active', name: 'Launch' });
  });

  it('refuses embedded files and additional actions, under any spelling of the name', () => {
    const embedded = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >> >>',
      ...PAGES,
      '<< /Type /Filespec /F (a.exe) >>',
    ]);
    expect(scanPdf(embedded)).toEqual({ ok: false, reason: 'active', name: 'EmbeddedFiles' });
    const onPage = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      PAGES[0] ?? '',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /A#41 << /O << /S /URI /URI (http://x) >> >> >>',
    ]);
    expect(scanPdf(onPage)).toEqual({ ok: false, reason: 'active', name: 'AA' });
    const escaped = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript >> >>',
      ...PAGES,
    ]);
    expect(scanPdf(escaped)).toEqual({ ok: false, reason: 'active', name: 'JavaScript' });
    const stream = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      ...PAGES,
      { dictionary: '<< /Type /EmbeddedFile /Length 2 >>', data: Buffer.from('MZ') },
    ]);
    expect(scanPdf(stream)).toEqual({ ok: false, reason: 'active', name: 'EmbeddedFile' });
  });

  it('finds JavaScript hidden in a compressed object stream', () => {
    const hidden = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>',
      ...PAGES,
      objectStream(['<< /S /JavaScript /JS (app.launchURL\\("http://x"\\)) >>'], 5),
    ]);
    // Nothing in the file's own text gives it away.
    expect(hidden.toString('latin1')).not.toContain('JavaScript');
    expect(scanPdf(hidden)).toMatchObject({ ok: false, reason: 'active' });
    const harmless = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      ...PAGES,
      objectStream(['<< /Producer (Pemindai) >>'], 5),
    ]);
    expect(scanPdf(harmless)).toEqual({ ok: true });
  });

  it('refuses what it cannot read through', () => {
    const clean = handmadePdf(['<< /Type /Catalog /Pages 2 0 R >>', ...PAGES]);
    expect(scanPdf(clean.subarray(0, clean.length - 20))).toMatchObject({ reason: 'unreadable' });
    expect(scanPdf(Buffer.from('not a pdf %%EOF'))).toMatchObject({ reason: 'unreadable' });
    // An object stream that does not inflate (encrypted, or not Flate at all).
    const garbled = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      ...PAGES,
      {
        dictionary: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 8 >>',
        data: Buffer.from('garbage!'),
      },
    ]);
    expect(scanPdf(garbled)).toEqual({ ok: false, reason: 'unreadable', detail: 'object stream data' });
    const otherFilter = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      ...PAGES,
      {
        dictionary: '<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode /Length 4 >>',
        data: Buffer.from('abcd'),
      },
    ]);
    expect(scanPdf(otherFilter)).toMatchObject({ reason: 'unreadable' });
    // A "photo" whose stated length swallows an object that a reader, going by offsets, would run.
    const photo = Buffer.from('\xff\xd8\n6 0 obj\n<< /S /JavaScript /JS (x) >>\nendobj\n\xff\xd9', 'latin1');
    const swallowed = handmadePdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>',
      ...PAGES,
      {
        dictionary: `<< /Type /XObject /Subtype /Image /Filter /DCTDecode /Length ${photo.length} >>`,
        data: photo,
      },
    ]);
    expect(scanPdf(swallowed)).toEqual({ ok: false, reason: 'unreadable', detail: 'object inside a stream' });
  });
});
