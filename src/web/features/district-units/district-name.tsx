import { useApiQuery } from '../../api/use-api-query';
import { fetchDistrictUnits } from './api';

/** A kecamatan's name for its code; the code itself while loading or if the list cannot be read. */
export function DistrictName({ code }: { code: string }) {
  const units = useApiQuery('district-units', fetchDistrictUnits);
  if (units.error) console.error('could not load district units', units.error);
  const unit = units.data?.items.find((item) => item.districtCode === code);
  return <>{unit ? `${unit.districtName} (${code})` : code}</>;
}
