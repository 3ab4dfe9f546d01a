/**
 * An import writes its progress after every batch (a few seconds apart). One whose process died
 * (a crash, a restart mid-import) stops writing: after this long without a beat it is settled as
 * failed, so the history does not show it "running" for ever. The rows it loaded stay loaded.
 */
export const IMPORT_SILENCE_LIMIT_MS = 10 * 60 * 1000;

export const INTERRUPTED_IMPORT_MESSAGE =
  'Impor terhenti karena server berhenti sebelum selesai. Baris yang sudah dimuat tetap tersimpan; unggah ulang berkas untuk memuat sisanya.';

/** Whether a running import has gone silent for too long to be alive. */
export function isAbandonedImport(row: { status: string; heartbeatAt: Date }, now: Date): boolean {
  return row.status === 'running' && now.getTime() - row.heartbeatAt.getTime() > IMPORT_SILENCE_LIMIT_MS;
}
