import { Button, Group, NativeSelect, Select, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { parentRegionCode } from '../../../domain/regions/schemas';
import { useRegionOptions } from './use-region-options';
import type { ReportForm } from './use-report-form';

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
      <Select
        label={t('publicReport.fields.village')}
        description={t('publicReport.fields.villageHint')}
        placeholder={t('publicReport.fields.villagePlaceholder')}
        data={regions.villageOptions}
        value={villageCode || null}
        onChange={chooseVillage}
        onDropdownOpen={needsAll}
        onFocus={needsAll}
        searchable
        clearable
        required
        nothingFoundMessage={
          regions.loading ? t('publicReport.fields.villageLoading') : t('publicReport.fields.villageNothing')
        }
        maxDropdownHeight={280}
        classNames={{ option: 'village-option' }}
        comboboxProps={{ position: 'bottom', middlewares: { flip: false, shift: false } }}
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
