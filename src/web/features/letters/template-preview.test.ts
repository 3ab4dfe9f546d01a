import { describe, expect, it } from 'vitest';
import { previewOf } from './template-preview';

const template = {
  title: 'SURAT REKOMENDASI',
  subject: 'Rekomendasi KIP a.n. {nama}',
  addressee: '',
  opening: 'Yang bertanda tangan di bawah ini menerangkan bahwa:',
  body: '{nama}, lahir di {ttl}, terdaftar dalam {sumber}.',
  closing: '',
  numberFormat: '{seq:3}/KIP/{roman}/{year}',
  signerTitle: 'Kepala Dinas Sosial',
  approvalChain: ['coordinator', 'kabid', 'kadis'] as ('coordinator' | 'kabid' | 'kadis')[],
};

describe('letter template preview', () => {
  it('fills the placeholders with the sample person and numbers the letter in the office format', () => {
    const preview = previewOf(template, new Date(2026, 10, 24));
    expect(preview.number).toBe('001/KIP/XI/2026');
    expect(preview.subject).toBe('Rekomendasi KIP a.n. Siti Aminah');
    expect(preview.paragraphs).toEqual([
      'Yang bertanda tangan di bawah ini menerangkan bahwa:',
      'Siti Aminah, lahir di Pekanbaru, 17 Agustus 1970, terdaftar dalam DTKS.',
    ]);
  });
});
