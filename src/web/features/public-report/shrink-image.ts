import { blobToDataUrl } from './data-url';
import { fitWithin, JPEG_QUALITY, keepOriginal, type Size } from './image-size';
import type { ReportPhoto } from './photos';

/** The photo could not be decoded (an unknown format such as HEIC on some phones, or a broken file). */
export class UnreadablePhoto extends Error {}

interface Decoded {
  source: CanvasImageSource;
  size: Size;
  close: () => void;
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      // 'from-image' turns a portrait photo upright from its EXIF orientation.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return {
        source: bitmap,
        size: { width: bitmap.width, height: bitmap.height },
        close: () => bitmap.close(),
      };
    } catch {
      // Fall through to <img>, which some older browsers decode more formats with.
    }
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new UnreadablePhoto();
  }
  return {
    source: image,
    size: { width: image.naturalWidth, height: image.naturalHeight },
    close: () => URL.revokeObjectURL(url),
  };
}

function encode(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new UnreadablePhoto())),
      'image/jpeg',
      JPEG_QUALITY,
    ),
  );
}

/**
 * A camera photo made small enough for a village connection: longest side 1600 px, JPEG at
 * quality 0.8 (a 4 MB photo becomes about 300 KB). Throws UnreadablePhoto when it cannot be read.
 */
export async function shrinkPhoto(file: Blob): Promise<ReportPhoto> {
  const decoded = await decode(file);
  try {
    const target = fitWithin(decoded.size);
    const canvas = document.createElement('canvas');
    canvas.width = target.width;
    canvas.height = target.height;
    const context = canvas.getContext('2d');
    if (!context) throw new UnreadablePhoto();
    context.drawImage(decoded.source, 0, 0, target.width, target.height);
    const shrunk = await encode(canvas);
    const original = { type: file.type, bytes: file.size, ...decoded.size };
    const blob = keepOriginal(original, shrunk.size) ? file : shrunk;
    return { blob, dataUrl: await blobToDataUrl(blob) };
  } finally {
    decoded.close();
  }
}
