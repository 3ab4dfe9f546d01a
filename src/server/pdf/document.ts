import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

/** An A4 document with the margins of Indonesian official letters (Permendagri tata naskah: ~2.5 cm). */
export function newA4(info: { title: string; author: string }): Pdf {
  return new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 71, right: 57 },
    info: { Title: info.title, Author: info.author, Creator: 'Satu Atap' },
  });
}

/** Renders a document to a Buffer. */
export function renderPdf(
  draw: (doc: Pdf) => void,
  info: { title: string; author: string },
): Promise<Buffer> {
  const doc = newA4(info);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

export interface Letterhead {
  name: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  logo: Buffer | null;
}

/** The office's letterhead (kop surat): logo, name and contact lines, and a double rule below. */
export function drawLetterhead(doc: Pdf, head: Letterhead): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  let textLeft = left;
  if (head.logo) {
    try {
      doc.image(head.logo, left, top, { fit: [56, 56] });
      textLeft = left + 66;
    } catch {
      // A logo pdfkit cannot read (WebP) is left out rather than failing the document.
    }
  }
  const textWidth = width - (textLeft - left);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(head.name.toUpperCase(), textLeft, top, { width: textWidth, align: 'center' });
  const contact = [head.address, head.phone && `Telp. ${head.phone}`, head.email, head.website]
    .filter(Boolean)
    .join(' · ');
  if (contact)
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(contact, textLeft, doc.y + 2, { width: textWidth, align: 'center' });
  const ruleY = Math.max(doc.y, top + 56) + 6;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(1.5)
    .stroke();
  doc
    .moveTo(left, ruleY + 3)
    .lineTo(left + width, ruleY + 3)
    .lineWidth(0.5)
    .stroke();
  doc.x = left;
  doc.y = ruleY + 14;
}
