import { useCallback, useRef, useState } from 'react';
import { dataUrlToBlob } from './data-url';
import {
  PHOTO_FIELDS,
  type PhotoField,
  type ReportPhoto,
  type ReportPhotos,
  type StoredPhotos,
} from './photos';

export function photosFromStorage(stored: StoredPhotos | undefined): ReportPhotos {
  const photos: ReportPhotos = {};
  for (const field of PHOTO_FIELDS) {
    const dataUrl = stored?.[field];
    const blob = dataUrl ? dataUrlToBlob(dataUrl) : null;
    if (dataUrl && blob) photos[field] = { blob, dataUrl };
  }
  return photos;
}

export type PhotoErrors = Partial<Record<PhotoField, string>>;

export interface ReportPhotosState {
  photos: ReportPhotos;
  /** The latest photos, also between renders (for the draft saved from a change handler). */
  current: () => ReportPhotos;
  /** Replaces one photo (undefined removes it) and returns all of them. */
  set: (field: PhotoField, photo: ReportPhoto | undefined) => ReportPhotos;
  replaceAll: (stored: StoredPhotos) => void;
  errors: PhotoErrors;
  setErrors: (errors: PhotoErrors) => void;
}

/** The form's two photos, kept beside the form values (blobs have no place in them). */
export function useReportPhotos(restored: StoredPhotos | undefined): ReportPhotosState {
  const [photos, setPhotos] = useState<ReportPhotos>(() => photosFromStorage(restored));
  const latest = useRef(photos);
  const [errors, setErrors] = useState<PhotoErrors>({});

  const replace = useCallback((next: ReportPhotos) => {
    latest.current = next;
    setPhotos(next);
  }, []);
  const set = useCallback(
    (field: PhotoField, photo: ReportPhoto | undefined) => {
      const next = { ...latest.current };
      if (photo) next[field] = photo;
      else delete next[field];
      replace(next);
      setErrors((current) => ({ ...current, [field]: undefined }));
      return next;
    },
    [replace],
  );
  const replaceAll = useCallback(
    (stored: StoredPhotos) => {
      replace(photosFromStorage(stored));
      setErrors({});
    },
    [replace],
  );
  const current = useCallback(() => latest.current, []);
  return { photos, current, set, replaceAll, errors, setErrors };
}
