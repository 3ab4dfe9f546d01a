import { describe, expect, it } from 'vitest';
import { splitPhotoFieldErrors } from './photos';

describe('server field errors about photos', () => {
  it('go to the photo inputs; the rest stay on the form', () => {
    const { photos, rest } = splitPhotoFieldErrors({
      'files.0': 'Berkas harus foto JPEG, PNG, WebP atau dokumen PDF',
      ktp_photo: 'Berkas harus foto JPEG, PNG, WebP atau dokumen PDF',
      'person.nik': 'NIK harus 16 angka',
    });
    expect(photos).toEqual({ ktpPhoto: 'Berkas harus foto JPEG, PNG, WebP atau dokumen PDF' });
    expect(rest).toEqual({ 'person.nik': 'NIK harus 16 angka' });
  });
});
