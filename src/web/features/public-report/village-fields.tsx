import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parentRegionCode } from '../../../domain/regions/codes';
import { useRegionOptions } from './use-region-options';
import type { ReportForm } from './use-report-form';
import { countVillageOptions, filterVillageOptions } from './village-filter';

/**
 * Where the person lives, both ways the flowchart allows: the district (kecamatan) then the
 * village, or the village typed by name straight away (its district then follows).
 */
export function VillageFields({ form, regencyCode }: { form: ReportForm; regencyCode: string }) {
  const { t } = useTranslation();
  const districtCode = form.useWatchValue('districtCode');
  const villageCode = form.useWatchValue('person.villageCode');
  const groupLabel = useCallback((name: string) => t('publicReport.fields.districtGroup', { name }), [t]);
  const regions = useRegionOptions(regencyCode, districtCode, groupLabel);
  const [query, setQuery] = useState('');
  const options = useMemo(
    () => filterVillageOptions(regions.villageOptions, query),
    [regions.villageOptions, query],
  );
  const shown = countVillageOptions(options);

  const chooseDistrict = (code: string) => {
    form.setFieldValue('districtCode', code, { forceUpdate: false });
    if (villageCode && parentRegionCode(villageCode) !== code) {
      form.setFieldValue('person.villageCode', '', { forceUpdate: false });
    }
  };
  const chooseVillage = (code: string | null) => {
    form.setFieldValue('person.villageCode', code ?? '', { forceUpdate: false });
    const district = code ? parentRegionCode(code) : null;
    if (district && district !== districtCode)
      form.setFieldValue('districtCode', district, { forceUpdate: false });
  };
  const needsAll = () => {
    if (!districtCode) regions.loadAllVillages();
  };

  return (
    <>
      <NativeSelect
        label={t('publicReport.fields.district')}
        data={[
          { value: '', label: t('publicReport.fields.districtPlaceholder') },
          ...(regions.districts ?? []).map((d) => ({ value: d.code, label: d.name })),
        ]}
        value={districtCode}
        onChange={(event) => chooseDistrict(event.currentTarget.value)}
        data-path="districtCode"
      />
      {/* A search box and a native list instead of a searchable dropdown: the same two ways to
          choose, at a fraction of the weight, and the phone's own picker for the list. */}
      <TextInput
        label={t('publicReport.fields.villageSearch')}
        description={t('publicReport.fields.villageHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onFocus={needsAll}
        type="search"
        autoComplete="off"
      />
      <NativeSelect
        label={t('publicReport.fields.village')}
        data={[
          {
            value: '',
            label: regions.loading
              ? t('publicReport.fields.villageLoading')
              : shown > 0
                ? t('publicReport.fields.villagePlaceholder', { count: shown })
                : query.trim()
                  ? t('publicReport.fields.villageNothing')
                  : t('publicReport.fields.villageChooseFirst'),
          },
          ...options,
        ]}
        value={villageCode}
        onChange={(event) => chooseVillage(event.currentTarget.value || null)}
        onFocus={needsAll}
        required
        error={form.errors['person.villageCode']}
        data-path="person.villageCode"
      />
      {regions.error && (
        <Group gap="xs">
          <Text size="sm" c="var(--mantine-color-error)">
            {t('publicReport.fields.regionsFailed')} {regions.error.message}
          </Text>
          <Button size="xs" variant="light" onClick={regions.retry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </>
  );
}
