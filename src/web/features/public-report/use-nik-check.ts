import { useEffect, useState } from 'react';
import {
  cleanDigits,
  districtCodeOf,
  type NikProblem,
  type ParsedNik,
  parseNik,
} from '../../../domain/identity/nik';
import { regionByCode } from './region-cache';

export type NikCheck =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'valid'; parsed: ParsedNik; districtName: string | null }
  | { state: 'invalid'; problem: NikProblem };

const IDLE: NikCheck = { state: 'idle' };

/**
 * Reads a NIK as it is typed: once it has 16 digits, whether its district exists (asked of the
 * server) and what it says of the person: sex, birth date, district. Without a connection the
 * district cannot be checked; the rest still is, and the server checks again on sending.
 */
export function useNikCheck(input: string): NikCheck {
  const digits = cleanDigits(input);
  const [check, setCheck] = useState<{ digits: string; result: NikCheck }>({ digits: '', result: IDLE });

  useEffect(() => {
    if (digits.length < 16) return;
    if (!/^\d{16}$/.test(digits)) {
      setCheck({ digits, result: { state: 'invalid', problem: 'format' } });
      return;
    }
    let current = true;
    const code = districtCodeOf(digits.slice(0, 6));
    regionByCode(code)
      .then(
        (region) => ({ known: true, region }),
        () => ({ known: false, region: null }),
      )
      .then(({ known, region }) => {
        if (!current) return;
        const parsed = parseNik(digits, { districtExists: () => !known || region !== null });
        setCheck({
          digits,
          result: parsed.ok
            ? { state: 'valid', parsed: parsed.value, districtName: region?.name ?? null }
            : { state: 'invalid', problem: parsed.problem },
        });
      });
    return () => {
      current = false;
    };
  }, [digits]);

  if (digits.length < 16) return IDLE;
  return check.digits === digits ? check.result : { state: 'checking' };
}
