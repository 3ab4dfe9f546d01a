import { describe, expect, it } from 'vitest';
import { AID_KINDS, DTKS_STATUSES, isSensitivePpks, PPKS_CATEGORIES, ppksCategory } from './ppks';

describe('PPKS categories of the Si-PULAU PANDHA flowchart', () => {
  it('has the 26 categories and "Lainnya", with unique codes', () => {
    expect(PPKS_CATEGORIES).toHaveLength(27);
    expect(PPKS_CATEGORIES.at(-1)?.name).toBe('Lainnya');
    expect(new Set(PPKS_CATEGORIES.map((c) => c.code)).size).toBe(27);
  });

  it('lists the sub-categories the flowchart asks for', () => {
    expect(ppksCategory('anak-disabilitas')?.subcategories).toHaveLength(7);
    expect(ppksCategory('penyandang-disabilitas')?.subcategories).toHaveLength(7);
    expect(ppksCategory('lansia-terlantar')?.subcategories?.map((s) => s.name)).toEqual([
      'Tinggal sendiri',
      'Tinggal bersama pasangan',
      'Tinggal bersama keluarga',
    ]);
    expect(ppksCategory('korban-napza')?.subcategories?.map((s) => s.name)).toEqual([
      '1 kali',
      'Lebih dari 1 kali',
      'Sering',
    ]);
  });

  it('treats violence, abuse, trafficking, ODGJ, HIV and children in conflict with the law as confidential', () => {
    for (const code of [
      'korban-tindak-kekerasan',
      'anak-korban-kekerasan',
      'korban-trafficking',
      'odha',
      'anak-berhadapan-hukum',
    ])
      expect(isSensitivePpks(code, null)).toBe(true);
    expect(isSensitivePpks('penyandang-disabilitas', 'tuna-laras')).toBe(true);
    expect(isSensitivePpks('penyandang-disabilitas', 'tuna-netra')).toBe(false);
    expect(isSensitivePpks('lansia-terlantar', 'tinggal-sendiri')).toBe(false);
  });

  it('offers the DTKS answers and aid kinds of the form', () => {
    expect(DTKS_STATUSES.map((s) => s.name)).toEqual(['Masuk', 'Tidak masuk', 'Tidak tahu']);
    expect(AID_KINDS).toHaveLength(7);
  });
});
