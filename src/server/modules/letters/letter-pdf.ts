import QRCode from 'qrcode';
import { maskName } from '../../../domain/identity';
import { CHAIN_TITLES, type LetterState, signatureOf } from '../../../domain/letters/approval';
import { fillTemplate, type LetterTemplateContent, type Placeholder } from '../../../domain/letters/template';
import { drawLetterhead, type Letterhead, type Pdf, renderPdf } from '../../pdf/document';
import type { LetterSubject } from './tables';

export interface LetterDocument {
  number: string;
  template: LetterTemplateContent;
  subject: LetterSubject;
  state: LetterState;
  /** Where the QR code leads: the public verification page of this letter. */
  verificationUrl: string;
  officeName: string;
  /** "Pekanbaru", for the place and date above the signature. */
  place: string;
  /** The letter's date as the office writes it ("26 November 2026"). */
  date: string;
  regionName: string;
}

const FIELD_LABEL_WIDTH = 130;

/** `1975-03-12` as an Indonesian letter writes it: `12 Maret 1975`. */
function longDate(iso: string | null): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** The QR code as vector squares: sharp at any print size, nothing to decode or embed. */
function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / (count + 2); // a quiet zone of one module around it
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.modules.get(row, col)) doc.rect(x + (col + 1) * cell, y + (row + 1) * cell, cell, cell);
  doc.fill().restore();
}

function field(doc: Pdf, label: string, value: string | null): void {
  const left = doc.page.margins.left + 20;
  const width = doc.page.width - left - doc.page.margins.right;
  const y = doc.y;
  doc.font('Helvetica').fontSize(11).text(label, left, y, { width: FIELD_LABEL_WIDTH });
  doc.text(':', left + FIELD_LABEL_WIDTH, y, { width: 10 });
  doc.text(value || '-', left + FIELD_LABEL_WIDTH + 12, y, { width: width - FIELD_LABEL_WIDTH - 12 });
  doc.moveDown(0.3);
}

function values(letter: LetterDocument): Partial<Record<Placeholder, string | null>> {
  const s = letter.subject;
  return {
    nama: s.name,
    ttl: [s.birthPlace, longDate(s.birthDate)].filter(Boolean).join(', '),
    alamat: s.address,
    desa: s.villageName,
    kecamatan: s.districtName,
    kota: letter.regionName,
    sumber: s.source,
    tanggal_data: longDate(s.dataDate),
    program: s.programmes.length ? s.programmes.join(', ') : 'belum tercatat',
    desil: s.decile === null ? null : String(s.decile),
    kantor: letter.template.signerTitle,
  };
}

function drawHeading(doc: Pdf, letter: LetterDocument, fill: (t: string) => string): void {
  const { template } = letter;
  doc.font('Helvetica-Bold').fontSize(13).text(template.title, { align: 'center', underline: true });
  doc.font('Helvetica').fontSize(11).text(`Nomor: ${letter.number}`, { align: 'center' });
  if (letter.state.status !== 'signed' && letter.state.status !== 'revoked')
    doc.font('Helvetica-Bold').fontSize(10).text('DRAF — BELUM DITANDATANGANI', { align: 'center' });
  doc.moveDown(1);
  const left = doc.page.margins.left;
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`Perihal: ${fill(template.subject)}`, left);
  if (template.addressee) {
    doc.moveDown(0.5);
    doc.text('Kepada Yth.', left).text(fill(template.addressee)).text('di Tempat');
  }
  doc.moveDown(1);
}

function drawBody(doc: Pdf, letter: LetterDocument, fill: (t: string) => string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const s = letter.subject;
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(fill(letter.template.opening), left, doc.y, { width, align: 'justify' });
  doc.moveDown(0.5);
  field(doc, 'Nama', s.name);
  field(doc, 'NIK', s.nik);
  field(doc, 'Nomor KK', s.kk);
  field(doc, 'Tempat/Tgl. Lahir', [s.birthPlace, longDate(s.birthDate)].filter(Boolean).join(', '));
  field(
    doc,
    'Alamat',
    [s.address, s.villageName && `Kel. ${s.villageName}`, s.districtName && `Kec. ${s.districtName}`]
      .filter(Boolean)
      .join(', '),
  );
  doc.moveDown(0.5);
  doc.text(fill(letter.template.body), left, doc.y, { width, align: 'justify' });
  doc.moveDown(0.5);
  doc.text(fill(letter.template.closing), left, doc.y, { width, align: 'justify' });
  doc.moveDown(1.5);
}

function drawSignature(doc: Pdf, letter: LetterDocument): void {
  const column = 230;
  const x = doc.page.width - doc.page.margins.right - column;
  const signature = signatureOf(letter.state);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`${letter.place}, ${letter.date}`, x, doc.y, { width: column, align: 'center' });
  if (signature?.onBehalf)
    doc.text(`a.n. ${letter.template.signerTitle}`, { width: column, align: 'center' });
  doc.text(signature?.onBehalf ? 'Kepala Bidang' : letter.template.signerTitle, {
    width: column,
    align: 'center',
  });
  doc.moveDown(0.5);
  doc
    .font('Helvetica-Oblique')
    .fontSize(9)
    .text(signature ? 'Ditandatangani secara elektronik' : '(belum ditandatangani)', {
      width: column,
      align: 'center',
    });
  doc.moveDown(0.5);
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(signature?.approval.name ?? '.............................', {
      width: column,
      align: 'center',
      underline: Boolean(signature),
    });
}

function drawVerification(doc: Pdf, letter: LetterDocument): void {
  const left = doc.page.margins.left;
  const size = 78;
  const y = Math.max(doc.y + 24, doc.page.height - doc.page.margins.bottom - size - 24);
  drawQr(doc, letter.verificationUrl, left, y, size);
  const textLeft = left + size + 10;
  const width = doc.page.width - textLeft - doc.page.margins.right;
  doc.font('Helvetica').fontSize(8).fillColor('#000000');
  doc.text('Keaslian surat ini dapat diperiksa dengan memindai kode QR atau membuka:', textLeft, y + 4, {
    width,
  });
  doc.font('Helvetica-Bold').text(letter.verificationUrl, { width });
  doc
    .font('Helvetica')
    .text(
      `Nomor ${letter.number}, atas nama ${maskName(letter.subject.name)}, diterbitkan oleh ${letter.officeName}.`,
      { width },
    );
  const initials = letter.state.approvals.filter((a) => a.kind === 'paraf');
  if (initials.length)
    doc.text(`Paraf: ${initials.map((a) => `${CHAIN_TITLES[a.role]} (${a.name})`).join(' · ')}`, { width });
}

/** The letter as a PDF: letterhead, number, the person, the words of the template, signature and QR code. */
export function letterPdf(head: Letterhead, letter: LetterDocument): Promise<Buffer> {
  const fill = (text: string) => fillTemplate(text, values(letter));
  return renderPdf(
    (doc) => {
      drawLetterhead(doc, head);
      drawHeading(doc, letter, fill);
      drawBody(doc, letter, fill);
      drawSignature(doc, letter);
      drawVerification(doc, letter);
    },
    { title: `${letter.template.title} ${letter.number}`, author: head.name },
  );
}
