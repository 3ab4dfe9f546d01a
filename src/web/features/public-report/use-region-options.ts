import type { ComboboxData } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TRegion } from '../../../domain/regions/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { regionChildren } from './region-cache';

export interface RegionOptions {
  districts: TRegion[] | undefined;
  /** The villages loaded so far, by district code. */
  villagesByDistrict: Record<string, TRegion[]>;
  /** Options for the village picker: the district's villages, or every loaded one grouped by district. */
  villageOptions: ComboboxData;
  loading: boolean;
  error: ApiError | undefined;
  /** Loads every village of the regency, for typing a village name without choosing the district first. */
  loadAllVillages: () => void;
  retry: () => void;
}

/**
 * The districts (kecamatan) of the office's regency and, as they are needed, their villages
 * (desa/kelurahan/nagari), for the two ways of choosing a village.
 */
export function useRegionOptions(
  regencyCode: string,
  districtCode: string,
  groupLabel: (districtName: string) => string,
): RegionOptions {
  const [districts, setDistricts] = useState<TRegion[]>();
  const [villagesByDistrict, setVillages] = useState<Record<string, TRegion[]>>({});
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);

  const load = useCallback((codes: string[]) => {
    setPending((count) => count + codes.length);
    for (const code of codes) {
      regionChildren(code)
        .then(
          (items) => setVillages((current) => ({ ...current, [code]: items })),
          (failure: unknown) => setError(toApiError(failure)),
        )
        .finally(() => setPending((count) => count - 1));
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    let current = true;
    setError(undefined);
    regionChildren(regencyCode).then(
      (items) => current && setDistricts(items),
      (failure: unknown) => current && setError(toApiError(failure)),
    );
    return () => {
      current = false;
    };
  }, [regencyCode, attempt]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    if (districtCode && !villagesByDistrict[districtCode]) load([districtCode]);
  }, [districtCode, villagesByDistrict, load, attempt]);

  const loadAllVillages = useCallback(() => {
    const missing = (districts ?? []).map((d) => d.code).filter((code) => !villagesByDistrict[code]);
    if (missing.length > 0 && pending === 0) load(missing);
  }, [districts, villagesByDistrict, pending, load]);

  const villageOptions = useMemo(
    () => optionsFor(districts ?? [], villagesByDistrict, districtCode, groupLabel),
    [districts, villagesByDistrict, districtCode, groupLabel],
  );
  const retry = useCallback(() => {
    setError(undefined);
    setAttempt((n) => n + 1);
  }, []);

  return {
    districts,
    villagesByDistrict,
    villageOptions,
    loading: districts === undefined || pending > 0,
    error,
    loadAllVillages,
    retry,
  };
}

function optionsFor(
  districts: TRegion[],
  villagesByDistrict: Record<string, TRegion[]>,
  districtCode: string,
  groupLabel: (districtName: string) => string,
): ComboboxData {
  const asOptions = (villages: TRegion[]) => villages.map((v) => ({ value: v.code, label: v.name }));
  if (districtCode) return asOptions(villagesByDistrict[districtCode] ?? []);
  return districts
    .filter((district) => villagesByDistrict[district.code])
    .map((district) => ({
      group: groupLabel(district.name),
      items: asOptions(villagesByDistrict[district.code] ?? []),
    }));
}
