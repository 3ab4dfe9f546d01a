import { describe, expect, it } from 'vitest';
import { multipartBody, newBoundary } from './multipart';

describe('the multipart body of an intake with photos', () => {
  it('writes each field and file between boundaries, and names the boundary in its type', async () => {
    const photo = new Blob(['JPEGDATA'], { type: 'image/jpeg' });
    const body = multipartBody(
      [
        { name: 'intake', value: '{"report":{"person":{"fullName":"Budi"}}}' },
        { name: 'personPhoto', file: photo, filename: 'personPhoto.jpg' },
      ],
      '----b',
    );
    expect(body.type).toBe('multipart/form-data; boundary=----b');
    expect(await body.text()).toBe(
      '------b\r\nContent-Disposition: form-data; name="intake"\r\n\r\n' +
        '{"report":{"person":{"fullName":"Budi"}}}\r\n' +
        '------b\r\nContent-Disposition: form-data; name="personPhoto"; filename="personPhoto.jpg"\r\n' +
        'Content-Type: image/jpeg\r\n\r\nJPEGDATA\r\n' +
        '------b--\r\n',
    );
  });

  it('parses back as the same form, through the platform’s own multipart reader', async () => {
    const body = multipartBody([
      { name: 'intake', value: '{"a":"ü"}' },
      {
        name: 'ktpPhoto',
        file: new Blob([new Uint8Array([0xff, 0xd8, 0x00])], { type: 'image/jpeg' }),
        filename: 'k.jpg',
      },
    ]);
    const form = await new Response(body, { headers: { 'content-type': body.type } }).formData();
    expect(form.get('intake')).toBe('{"a":"ü"}');
    const file = form.get('ktpPhoto') as File;
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0xff, 0xd8, 0x00]);
  });

  it('uses a boundary that survives lowercasing', () => {
    const boundary = newBoundary();
    expect(boundary).toBe(boundary.toLowerCase());
    expect(boundary).not.toBe(newBoundary());
  });
});
