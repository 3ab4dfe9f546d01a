import { Paper, Table, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMapView } from '../../../domain/ppks-register/schemas';
import { TableScroller } from '../../app/ui/table-scroller';
import { currentLocale } from '../../i18n';
import { categoryLabel, subcategoryLabel } from '../ppks-register/labels';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" id={id} aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h4" id={`${id}-heading`} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const number = (n: number) => n.toLocaleString(currentLocale());

/** Cases and people per district, each district followed by its villages. */
export function AreasTable({ view }: { view: TMapView }) {
  const { t } = useTranslation();
  return (
    <Section id="ppks-areas" title={t('ppksMap.tables.areas')}>
      <TableScroller label={t('ppksMap.tables.areas')} minWidth={300}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ppksMap.tables.area')}</Table.Th>
              <Table.Th ta="right">{t('ppksMap.tables.cases')}</Table.Th>
              <Table.Th ta="right">{t('ppksMap.tables.persons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.areas.map((area) => (
              <Fragment key={area.districtCode}>
                <Table.Tr className="ppks-table-district" data-testid={`district-${area.districtCode}`}>
                  <Table.Td>
                    {t('ppksMap.tables.district', { name: area.districtName ?? area.districtCode })}
                  </Table.Td>
                  <Table.Td ta="right">{number(area.cases)}</Table.Td>
                  <Table.Td ta="right">{number(area.persons)}</Table.Td>
                </Table.Tr>
                {area.villages.map((village) => (
                  <Table.Tr key={village.villageCode} className="ppks-table-village">
                    <Table.Td>{village.villageName ?? village.villageCode}</Table.Td>
                    <Table.Td ta="right">{number(village.cases)}</Table.Td>
                    <Table.Td ta="right">{number(village.persons)}</Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
          <TotalRow view={view} />
        </Table>
      </TableScroller>
      <Text size="xs" c="dimmed" mt="xs">
        {t('ppksMap.tables.personsNote')}
      </Text>
    </Section>
  );
}

function TotalRow({ view, personsToo = true }: { view: TMapView; personsToo?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Tfoot>
      <Table.Tr className="ppks-table-district">
        <Table.Td>{t('ppksMap.tables.total')}</Table.Td>
        <Table.Td ta="right">{number(view.totals.cases)}</Table.Td>
        {personsToo && <Table.Td ta="right">{number(view.totals.persons)}</Table.Td>}
      </Table.Tr>
    </Table.Tfoot>
  );
}

/** Cases and people per PPKS category, each followed by its sub-categories. */
export function CategoriesTable({ view }: { view: TMapView }) {
  const { t } = useTranslation();
  return (
    <Section id="ppks-categories" title={t('ppksMap.tables.categories')}>
      <TableScroller label={t('ppksMap.tables.categories')} minWidth={300}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ppksMap.tables.category')}</Table.Th>
              <Table.Th ta="right">{t('ppksMap.tables.cases')}</Table.Th>
              <Table.Th ta="right">{t('ppksMap.tables.persons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.categories.map((row) => (
              <Fragment key={row.category}>
                <Table.Tr className="ppks-table-district">
                  <Table.Td>{categoryLabel(row.category)}</Table.Td>
                  <Table.Td ta="right">{number(row.cases)}</Table.Td>
                  <Table.Td ta="right">{number(row.persons)}</Table.Td>
                </Table.Tr>
                {row.subcategories.map((sub) => (
                  <Table.Tr key={sub.subcategory} className="ppks-table-village">
                    <Table.Td>{subcategoryLabel(row.category, sub.subcategory)}</Table.Td>
                    <Table.Td ta="right">{number(sub.cases)}</Table.Td>
                    <Table.Td ta="right">{number(sub.persons)}</Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
          <TotalRow view={view} />
        </Table>
      </TableScroller>
    </Section>
  );
}

/** Cases per status of the workflow. */
export function StatusesTable({ view }: { view: TMapView }) {
  const { t } = useTranslation();
  return (
    <Section id="ppks-statuses" title={t('ppksMap.tables.statuses')}>
      <TableScroller label={t('ppksMap.tables.statuses')} minWidth={280}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ppksMap.tables.status')}</Table.Th>
              <Table.Th ta="right">{t('ppksMap.tables.cases')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.statuses.map((row) => (
              <Table.Tr key={row.status}>
                <Table.Td>{t(`cases.status.${row.status}`)}</Table.Td>
                <Table.Td ta="right">{number(row.cases)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <TotalRow view={view} personsToo={false} />
        </Table>
      </TableScroller>
    </Section>
  );
}
