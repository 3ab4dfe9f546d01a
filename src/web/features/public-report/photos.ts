/** The two photos of the report form, named as the multipart fields the server reads. */
export const PHOTO_FIELDS = ['ktpPhoto', 'personPhoto'] as const;
export type PhotoField = (typeof PHOTO_FIELDS)[number];

/** The names the server uses in its field errors for a rejected file. */
export const PHOTO_ERROR_FIELDS: Record<string, PhotoField> = {
  ktp_photo: 'ktpPhoto',
  person_photo: 'personPhoto',
};

/** A photo ready to send: shrunk, with the data URL that shows it and keeps it in storage. */
export interface ReportPhoto {
  blob: Blob;
  dataUrl: string;
}

export type ReportPhotos = Partial<Record<PhotoField, ReportPhoto>>;
/** Photos as stored: data URLs only. */
export type StoredPhotos = Partial<Record<PhotoField, string>>;

export function storedPhotosOf(photos: ReportPhotos): StoredPhotos {
  const stored: StoredPhotos = {};
  for (const field of PHOTO_FIELDS) {
    const photo = photos[field];
    if (photo) stored[field] = photo.dataUrl;
  }
  return stored;
}

export function photoBlobsOf(photos: ReportPhotos): Partial<Record<PhotoField, Blob>> {
  const blobs: Partial<Record<PhotoField, Blob>> = {};
  for (const field of PHOTO_FIELDS) {
    const photo = photos[field];
    if (photo) blobs[field] = photo.blob;
  }
  return blobs;
}

/**
 * The server's field messages split: those about a photo (`ktp_photo`, `person_photo`), shown by
 * the photo inputs, and the rest, shown beside the form's inputs. `files.N` repeats a photo's
 * message by position and is dropped.
 */
export function splitPhotoFieldErrors(fields: Record<string, string>): {
  photos: Partial<Record<PhotoField, string>>;
  rest: Record<string, string>;
} {
  const photos: Partial<Record<PhotoField, string>> = {};
  const rest: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const photo = PHOTO_ERROR_FIELDS[field];
    if (photo) photos[photo] = message;
    else if (!/^files\.\d+$/.test(field)) rest[field] = message;
  }
  return { photos, rest };
}
