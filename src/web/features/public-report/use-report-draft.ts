import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStore } from '../public-tracking/local-store';
import type { ReportFormValues } from './form-values';
import type { StoredPhotos } from './photos';
import { clearDraft, isBlankReport, type ReportDraft, readDraft, writeDraft } from './report-draft';

/** Typing pauses this long before the draft is written: often enough, without a write per key. */
const SAVE_DELAY_MS = 500;

export interface ReportDraftControls {
  /** The draft found when the page opened; null when there was none. */
  restored: ReportDraft | null;
  /** Whether the last save had to leave the photos out (storage full). */
  photosDropped: boolean;
  /** Saves soon; call on every change. */
  schedule: (values: ReportFormValues, photos: StoredPhotos) => void;
  /** Forgets the draft (a fresh form, or the report was sent or queued). */
  clear: () => void;
}

/**
 * The office's report draft in localStorage: read once when the page opens, written shortly after
 * each change and at once when the phone hides the page (switching apps can end the tab).
 */
export function useReportDraft(officeSlug: string): ReportDraftControls {
  const [store] = useState(browserStore);
  const [restored] = useState(() => {
    const draft = readDraft(store, officeSlug);
    return draft && !isBlankReport(draft.values, draft.photos) ? draft : null;
  });
  const [photosDropped, setPhotosDropped] = useState(false);
  const latest = useRef<{ values: ReportFormValues; photos: StoredPhotos } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    const pending = latest.current;
    if (!pending) return;
    latest.current = null;
    const result = writeDraft(store, officeSlug, { savedAt: new Date().toISOString(), ...pending });
    setPhotosDropped(result?.photosDropped ?? true);
  }, [store, officeSlug]);

  const schedule = useCallback(
    (values: ReportFormValues, photos: StoredPhotos) => {
      latest.current = { values, photos };
      clearTimeout(timer.current);
      timer.current = setTimeout(saveNow, SAVE_DELAY_MS);
    },
    [saveNow],
  );

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    latest.current = null;
    clearDraft(store, officeSlug);
    setPhotosDropped(false);
  }, [store, officeSlug]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onHidden);
      saveNow();
    };
  }, [saveNow]);

  return { restored, photosDropped, schedule, clear };
}
