import { useState } from 'react';
import { cleanDigits } from '../../../domain/identity/nik';
import type { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useNikCheck } from '../public-report/use-nik-check';
import type { ReportForm } from '../public-report/use-report-form';
import { checkDuplicates, type TDuplicateMatch } from './api';

export interface DuplicateCheck {
  checking: boolean;
  error: ApiError | undefined;
  retry: () => void;
  /** Open cases of the same NIK for the chosen service (or open complaints for a general one). */
  matches: TDuplicateMatch[];
  /** The ticket the officer chose to link to; dropped by itself when the NIK or service changes. */
  linkToTicket: string | null;
  link: (ticket: string) => void;
  unlink: () => void;
  /** The officer chose "Tetap buat laporan baru" for this NIK and service. */
  dismissed: boolean;
  dismiss: () => void;
  reconsider: () => void;
}

const NONE: { items: TDuplicateMatch[] } = { items: [] };

/**
 * Asks the server for open cases of the person once the NIK is complete and reads as valid, and
 * again when the service changes. A POST: the NIK never goes into a URL.
 */
export function useDuplicateCheck(form: ReportForm): DuplicateCheck {
  const nik = form.useWatchValue('person.nik');
  const serviceCode = form.useWatchValue('serviceCode');
  const nikCheck = useNikCheck(nik);
  const digits = nikCheck.state === 'valid' ? cleanDigits(nik) : '';
  // An in-memory cache key only; it never leaves the page.
  const key = digits ? `${digits}|${serviceCode}` : '';
  const query = useApiQuery(`duplicates:${key}`, (signal) =>
    key ? checkDuplicates(digits, serviceCode || null, signal) : Promise.resolve(NONE),
  );
  const [linked, setLinked] = useState<string | null>(null);
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);

  const matches = key ? (query.data?.items ?? []) : [];
  return {
    checking: key !== '' && query.loading,
    error: key ? query.error : undefined,
    retry: query.reload,
    matches,
    linkToTicket: linked && matches.some((m) => m.ticket === linked) ? linked : null,
    link: (ticket) => {
      setLinked(ticket);
      setDismissedKey(null);
    },
    unlink: () => setLinked(null),
    dismissed: key !== '' && dismissedKey === key,
    dismiss: () => {
      setDismissedKey(key);
      setLinked(null);
    },
    reconsider: () => setDismissedKey(null),
  };
}
