import { lazy } from 'react';

/** The letter verification page, in its own chunk: only someone scanning a letter's QR code loads it. */
export const VerificationPage = lazy(() =>
  import('./verification-pages').then((m) => ({ default: m.VerificationPage })),
);
