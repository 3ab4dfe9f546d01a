import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useOfficeTimeZone } from '../auth/office-time-zone';
import { useSignedInUser } from '../auth/session';
import { fetchServices } from '../catalogue-admin/api';
import { fetchIkmReport } from './api';
import { defaultPeriod, type IkmPeriod, paramsOf, periodFromParams, periodProblems } from './ikm-period';
import { ElementTable, MonthTable, OverallIkm, ServiceTable } from './ikm-tables';

/**
 * `/staff/ikm?dari=2026-01&sampai=2026-12`: the office's community satisfaction index for a period
 * of whole months, overall, per element, per service and per month. The period lives in the
 * address, so a reload or a shared link shows the same figures.
 */
export default function IkmReportPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const timeZone = useOfficeTimeZone() ?? 'Asia/Jakarta';
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params, defaultPeriod(new Date(), timeZone));
  const services = useApiQuery('catalogue-services', fetchServices);
  const report = useApiQuery(`ikm:${period.from}:${period.to}:${period.serviceCode}`, (signal) =>
    fetchIkmReport(
      {
        from: period.from,
        to: period.to,
        ...(period.serviceCode ? { serviceCode: period.serviceCode } : {}),
      },
      signal,
    ),
  );

  return (
    <Stack gap="lg">
      <PageTitle>{t('survey.ikm.title')}</PageTitle>
      <div>
        <Title order={1}>{t('survey.ikm.title')}</Title>
        <Text c="dimmed">{t('survey.ikm.intro', { office: user.office.name })}</Text>
      </div>
      <PeriodForm
        key={`${period.from}:${period.to}:${period.serviceCode}`}
        period={period}
        services={services.data?.items ?? []}
        serverErrors={report.error?.fields ?? {}}
        onApply={(next) => setParams(paramsOf(next), { replace: true })}
      />
      {report.error && Object.keys(report.error.fields).length === 0 && (
        <ErrorAlert error={report.error} onRetry={report.reload} />
      )}
      {!report.data && report.loading && <PageLoader />}
      {report.data &&
        (report.data.overall ? (
          <>
            <OverallIkm result={report.data.overall} />
            <ElementTable result={report.data.overall} />
            <ServiceTable rows={report.data.byService} />
            <MonthTable rows={report.data.byMonth} />
          </>
        ) : (
          <Text>{t('survey.ikm.none')}</Text>
        ))}
    </Stack>
  );
}

interface PeriodFormProps {
  period: IkmPeriod;
  services: TServiceSummary[];
  serverErrors: Record<string, string>;
  onApply: (period: IkmPeriod) => void;
}

function PeriodForm({ period, services, serverErrors, onApply }: PeriodFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(period);
  const [problems, setProblems] = useState<ReturnType<typeof periodProblems>>({});
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblems(values);
    setProblems(found);
    if (Object.keys(found).length === 0) onApply(values);
  };
  const errorOf = (field: 'from' | 'to') => {
    const problem = problems[field];
    return problem ? t(`survey.ikm.${problem}`) : serverErrors[field];
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={apply}
      noValidate
      aria-labelledby="ikm-period-heading"
    >
      <Title order={2} size="h4" id="ikm-period-heading" mb="xs">
        {t('survey.ikm.periodHeading')}
      </Title>
      <Group align="flex-start" gap="sm">
        <TextInput
          type="month"
          label={t('survey.ikm.from')}
          value={values.from}
          onChange={(event) => setValues({ ...values, from: event.currentTarget.value })}
          error={errorOf('from')}
          w={180}
        />
        <TextInput
          type="month"
          label={t('survey.ikm.to')}
          value={values.to}
          onChange={(event) => setValues({ ...values, to: event.currentTarget.value })}
          error={errorOf('to')}
          w={180}
        />
        <NativeSelect
          label={t('survey.ikm.service')}
          value={values.serviceCode}
          onChange={(event) => setValues({ ...values, serviceCode: event.currentTarget.value })}
          error={serverErrors.serviceCode}
          data={[
            { value: '', label: t('survey.ikm.allServices') },
            ...services.map((s) => ({ value: s.code, label: s.name })),
          ]}
          miw={0}
          style={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" mt={25} leftSection={<IconFilter size={18} aria-hidden />}>
          {t('survey.ikm.show')}
        </Button>
      </Group>
    </Paper>
  );
}
