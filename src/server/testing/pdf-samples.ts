// PDFs written out by hand for the upload safety tests: clean ones and what an attacker would send.
import { deflateSync } from 'node:zlib';

type PdfObject = string | { dictionary: string; data: Buffer };

/** A PDF written out by hand, with a correct cross-reference table: what an attacker would craft. */
export function handmadePdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]?.length ?? 0;
  const push = (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((object, index) => {
    offsets.push(length);
    if (typeof object === 'string') {
      push(Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1'));
      return;
    }
    push(Buffer.from(`${index + 1} 0 obj\n${object.dictionary}\nstream\n`, 'latin1'));
    push(object.data);
    push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}

export const PAGES = [
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
];

/** An object stream holding `objects` (numbered from `first`), Flate-compressed as writers do. */
export function objectStream(objects: string[], first: number): { dictionary: string; data: Buffer } {
  let body = '';
  const header: string[] = [];
  for (const [index, object] of objects.entries()) {
    header.push(`${first + index} ${body.length}`);
    body += `${object}\n`;
  }
  const head = `${header.join(' ')}\n`;
  const data = deflateSync(Buffer.from(head + body, 'latin1'));
  return {
    dictionary: `<< /Type /ObjStm /N ${objects.length} /First ${head.length} /Filter /FlateDecode /Length ${data.length} >>`,
    data,
  };
}

/** A one-page PDF that runs JavaScript when opened. */
export const scriptedPdf = (): Buffer =>
  handmadePdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
    ...PAGES,
    '<< /Type /Action /S /JavaScript /JS (app.alert\\("x"\\)) >>',
  ]);

/** The same, its action hidden in a compressed object stream. */
export const hiddenScriptPdf = (): Buffer =>
  handmadePdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>',
    ...PAGES,
    objectStream(['<< /S /JavaScript /JS (app.launchURL\\("http://x"\\)) >>'], 5),
  ]);
