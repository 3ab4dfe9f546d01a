import { formatLetterNumber } from '../../../domain/letters/numbering';
import type { TLetterTemplate } from '../../../domain/letters/schemas';
import { fillTemplate, type Placeholder } from '../../../domain/letters/template';

/** Made-up values the preview fills the placeholders with, so an editor sees the letter as it will read. */
export const SAMPLE_VALUES: Record<Placeholder, string> = {
  nama: 'Siti Aminah',
  ttl: 'Pekanbaru, 17 Agustus 1970',
  alamat: 'Jl. Melati No. 5 RT 02 RW 03',
  desa: 'Kelurahan Sukajadi',
  kecamatan: 'Kecamatan Sukajadi',
  kota: 'Kota Pekanbaru',
  sumber: 'DTKS',
  tanggal_data: '1 Oktober 2026',
  program: 'PKH, BPNT',
  desil: '2',
  kantor: 'Dinas Sosial',
};

export interface TemplatePreview {
  number: string;
  subject: string;
  addressee: string;
  paragraphs: string[];
}

/** The letter a template gives, with the sample person and the first number of this month. */
export function previewOf(template: TLetterTemplate, today: Date = new Date()): TemplatePreview {
  const fill = (text: string) => fillTemplate(text, SAMPLE_VALUES);
  return {
    number: formatLetterNumber(template.numberFormat, {
      sequence: 1,
      year: today.getFullYear(),
      month: today.getMonth() + 1,
    }),
    subject: fill(template.subject),
    addressee: fill(template.addressee),
    paragraphs: [template.opening, template.body, template.closing].map(fill).filter((p) => p.trim() !== ''),
  };
}
