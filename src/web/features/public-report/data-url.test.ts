import { describe, expect, it } from 'vitest';
import { blobToDataUrl, dataUrlToBlob } from './data-url';

describe('data URLs', () => {
  it('carry a photo there and back, byte for byte', async () => {
    const bytes = new Uint8Array(40_000).map((_, i) => (i * 31) % 256);
    const url = await blobToDataUrl(new Blob([bytes], { type: 'image/jpeg' }));
    expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
    const back = dataUrlToBlob(url);
    expect(back?.type).toBe('image/jpeg');
    expect(Buffer.from(await (back as Blob).arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuse what is not a base64 data URL', () => {
    expect(dataUrlToBlob('https://example.org/a.jpg')).toBeNull();
    expect(dataUrlToBlob('data:image/jpeg;base64,@@@')).toBeNull();
  });
});
