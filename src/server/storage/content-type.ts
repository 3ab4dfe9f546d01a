/** File types Satu Atap accepts, told by their first bytes, never by the name or the client's claim. */
export type AcceptedType = 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf';

export function sniffContentType(bytes: Buffer): AcceptedType | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export function isImage(type: AcceptedType): boolean {
  return type.startsWith('image/');
}
