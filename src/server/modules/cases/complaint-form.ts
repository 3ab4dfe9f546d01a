import { DTKS_STATUSES, ppksCategory } from '../../../domain/intake/ppks';
import { drawLetterhead, type Letterhead, type Pdf, renderPdf } from '../../pdf/document';

/** What fills the form; null everywhere gives the blank form for the desk and for outreach visits. */
export interface ComplaintFormData {
  name: string;
  kk: string | null;
  nik: string | null;
  address: string;
  phone: string | null;
  ppks: string;
  dtksStatus: string | null;
  description: string;
  ticket: string;
  reporterName: string;
  reporterPhone: string;
  place: string;
  date: string;
}

const DOTS = '.'.repeat(70);

/** Field rows of Lampiran 1 ("Formulir Pengaduan Masyarakat", Si-PULAU PANDHA manual), in its order. */
function field(doc: Pdf, label: string, value: string | null): void {
  const left = doc.page.margins.left;
  const y = doc.y;
  doc.font('Helvetica').fontSize(11).text(label, left, y, { width: 170 });
  doc.text(':', left + 170, y, { width: 10 });
  doc
    .font(value ? 'Helvetica-Bold' : 'Helvetica')
    .text(value ?? DOTS, left + 182, y, { width: doc.page.width - left - 182 - doc.page.margins.right });
  doc.moveDown(0.6);
}

function writingBlock(doc: Pdf, label: string, value: string | null, blankLines: number): void {
  const left = doc.page.margins.left;
  doc.font('Helvetica').fontSize(11).text(`${label} :`, left, doc.y);
  doc.moveDown(0.3);
  if (value)
    doc.font('Helvetica-Bold').text(value, { width: doc.page.width - left - doc.page.margins.right });
  else for (let i = 0; i < blankLines; i++) doc.font('Helvetica').text('.'.repeat(95));
  doc.moveDown(0.8);
}

function dtksLine(status: string | null): string {
  // The printed form asks "a. Sudah  b. Belum  c. Tidak Tahu"; a filled form rings the answer.
  const choices = [
    { code: 'masuk', label: 'a. Sudah' },
    { code: 'tidak-masuk', label: 'b. Belum' },
    { code: 'tidak-tahu', label: 'c. Tidak Tahu' },
  ];
  return choices.map((c) => (c.code === status ? `[${c.label}]` : c.label)).join('    ');
}

export function complaintFormPdf(head: Letterhead, data: ComplaintFormData | null): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      drawLetterhead(doc, head);
      doc.font('Helvetica-Bold').fontSize(13).text('FORMULIR PENGADUAN MASYARAKAT', { align: 'center' });
      if (data) doc.font('Helvetica').fontSize(9).text(`Nomor tiket: ${data.ticket}`, { align: 'center' });
      doc.moveDown(1.2);
      field(doc, 'Nama', data?.name ?? null);
      field(doc, 'No KK', data?.kk ?? null);
      field(doc, 'NIK', data?.nik ?? null);
      field(doc, 'Alamat', data?.address ?? null);
      field(doc, 'Nomor HP yg bisa dihubungi', data?.phone ?? (data ? '-' : null));
      field(doc, 'Jenis PPKS', data?.ppks ?? null);
      field(doc, 'DTKS', dtksLine(data?.dtksStatus ?? null));
      doc.moveDown(0.4);
      writingBlock(doc, 'Hal yang diadukan', data?.description ?? null, 4);
      writingBlock(doc, 'Rekomendasi/ Tindak Lanjut', null, 4);
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(
          data ? `${data.place}, ${data.date}` : '.................., ............... 20....',
          left,
          doc.y,
          { width, align: 'right' },
        );
      doc.moveDown(1);
      const y = doc.y;
      const column = width / 2;
      doc.text('Petugas,', left, y, { width: column, align: 'center' });
      doc.text('Pelapor,', left + column, y, { width: column, align: 'center' });
      doc.moveDown(4);
      const nameY = doc.y;
      doc.text('(.............................)', left, nameY, { width: column, align: 'center' });
      doc.text(data ? `(${data.reporterName})` : '(.............................)', left + column, nameY, {
        width: column,
        align: 'center',
      });
      doc.text(`NO HP : ${data?.reporterPhone ?? '....................'}`, left + column, doc.y + 4, {
        width: column,
        align: 'center',
      });
    },
    { title: 'Formulir Pengaduan Masyarakat', author: head.name },
  );
}

/** The PPKS wording for the form: category, and sub-category when there is one. */
export function ppksLabel(category: string, subcategory: string | null, other: string | null): string {
  const found = ppksCategory(category);
  const sub = found?.subcategories?.find((s) => s.code === subcategory)?.name;
  return [found?.name ?? category, sub, other].filter(Boolean).join(' — ');
}

export function dtksLabel(code: string): string {
  return DTKS_STATUSES.find((s) => s.code === code)?.name ?? code;
}
