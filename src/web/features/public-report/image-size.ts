/** The maths of shrinking a phone photo before upload: small enough for a village connection. */

/** Longest side of a photo sent from the form; plenty to read a KTP. */
export const MAX_PHOTO_SIDE = 1600;
export const JPEG_QUALITY = 0.8;

export interface Size {
  width: number;
  height: number;
}

/** The size to draw at: the longest side at most `maxSide`, proportions kept, never enlarged. */
export function fitWithin(size: Size, maxSide = MAX_PHOTO_SIDE): Size {
  const longest = Math.max(size.width, size.height);
  if (longest <= maxSide) return { width: size.width, height: size.height };
  const scale = maxSide / longest;
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/**
 * Whether to send the file as the camera made it: a JPEG already within the size limit that
 * re-encoding would not make smaller.
 */
export function keepOriginal(original: { type: string; bytes: number } & Size, shrunkBytes: number): boolean {
  const fits = Math.max(original.width, original.height) <= MAX_PHOTO_SIDE;
  return original.type === 'image/jpeg' && fits && original.bytes <= shrunkBytes;
}

/** "245 KB", "1,2 MB" in the reader's language. */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
