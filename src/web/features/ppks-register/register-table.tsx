import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TRegisterListItem } from '../../../domain/ppks-register/schemas';
import { formatDateTime } from '../../app/format';
import { PageLoader } from '../../app/ui/page-loader';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { currentLocale } from '../../i18n';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { formatDate } from '../cases/case-text';
import { categoryLabel } from './labels';

function areaOf(item: TRegisterListItem): string {
  return [item.villageName ?? item.villageCode, item.districtName ?? item.districtCode].join(', ');
}

/** The people found: a table on a desk, one card each on a phone. Every NIK masked. */
export function RegisterTable({
  items,
  loading,
}: {
  items: TRegisterListItem[] | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const wide = useIsWide();
  if (!items) return loading ? <PageLoader /> : null;
  if (items.length === 0)
    return (
      <Text c="dimmed" py="md">
        {t('ppksRegister.search.empty')}
      </Text>
    );
  return wide ? <WideTable items={items} /> : <Cards items={items} />;
}

function PersonLink({ item }: { item: TRegisterListItem }) {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={`/staff/register/${item.id}`}
      fw={700}
      aria-label={t('ppksRegister.search.open', { name: item.fullName })}
    >
      {item.fullName}
    </Anchor>
  );
}

function Category({ item }: { item: TRegisterListItem }) {
  const { t } = useTranslation();
  if (!item.latestCategory)
    return (
      <Badge variant="light" color="gray" c="dark.8" tt="none">
        {t('ppksRegister.search.withheld')}
      </Badge>
    );
  return <>{categoryLabel(item.latestCategory, item.latestSubcategory)}</>;
}

const COLUMNS = ['name', 'nik', 'birthDate', 'area', 'category', 'cases', 'lastCase'] as const;

function WideTable({ items }: { items: TRegisterListItem[] }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <TableScroller label={t('ppksRegister.search.results')} minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((key) => (
              <Table.Th key={key}>{t(`ppksRegister.search.columns.${key}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <PersonLink item={item} />
              </Table.Td>
              <Table.Td className="identity-number">{item.nikMasked ?? '—'}</Table.Td>
              <Table.Td>{item.birthDate ? formatDate(item.birthDate, currentLocale()) : '—'}</Table.Td>
              <Table.Td>{areaOf(item)}</Table.Td>
              <Table.Td>
                <Category item={item} />
              </Table.Td>
              <Table.Td ta="right">{item.caseCount}</Table.Td>
              <Table.Td>{formatDateTime(item.lastCaseAt, timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function Cards({ items }: { items: TRegisterListItem[] }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Stack gap="sm" component="ul" className="register-cards">
      {items.map((item) => (
        <Paper key={item.id} withBorder p="sm" component="li">
          <PersonLink item={item} />
          <Text size="sm">
            {[item.nikMasked, item.birthDate && formatDate(item.birthDate, currentLocale())]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm">{areaOf(item)}</Text>
          <Text size="sm">
            <Category item={item} />
          </Text>
          <Text size="xs" c="dimmed">
            {t('ppksRegister.search.columns.cases')}: {item.caseCount} ·{' '}
            {t('ppksRegister.search.columns.lastCase')}: {formatDateTime(item.lastCaseAt, timeZone)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
