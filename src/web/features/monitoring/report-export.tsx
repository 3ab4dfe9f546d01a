import { Button, Group, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../domain/dashboard/period';
import type { TDashboardQuery } from '../../../domain/dashboard/schemas';
import { currentLocale } from '../../i18n';
import { monitoringReportUrl } from './report-url';

/**
 * The monitoring and evaluation report of the period and filters on screen: a PDF for the head, an
 * XLSX for analysis. The server records every export in the audit log.
 */
export function ReportExport({
  query,
  period,
}: {
  query: TDashboardQuery;
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const periodLabel = periodName(period, currentLocale());
  return (
    <Group gap="sm" align="center" className="report-export">
      <Text size="sm" fw={600}>
        {t('monitoring.heading', { period: periodLabel })}
      </Text>
      <Button
        component="a"
        href={monitoringReportUrl(query, 'pdf')}
        download
        variant="default"
        size="sm"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
      >
        {t('monitoring.pdf')}
      </Button>
      <Button
        component="a"
        href={monitoringReportUrl(query, 'xlsx')}
        download
        variant="default"
        size="sm"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
      >
        {t('monitoring.xlsx')}
      </Button>
    </Group>
  );
}
