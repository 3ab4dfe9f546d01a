import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { elementIndex, type IkmGrade, ikmGrade, SKM_ELEMENTS } from '../../../domain/survey/ikm';
import type { TIkmReport } from '../../../domain/survey/schemas';
import { TableScroller } from '../../app/ui/table-scroller';
import { currentLocale } from '../../i18n';

type IkmResult = NonNullable<TIkmReport['overall']>;

// Near-black text on light badges: readable (WCAG AA) on any colour, on a striped row too.
const GRADE_COLOURS: Record<IkmGrade['grade'], string> = { A: 'teal', B: 'blue', C: 'yellow', D: 'red' };

/** Two decimals in the chosen language: 81,25 in Indonesian, 81.25 in English. */
export function formatScore(value: number): string {
  return new Intl.NumberFormat(currentLocale(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

export function GradeBadge({ grade }: { grade: IkmGrade['grade'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={GRADE_COLOURS[grade]}
      c="dark.8"
      size="md"
      radius="sm"
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`survey.ikm.grades.${grade}`)}
    </Badge>
  );
}

/** The overall index, large, with its grade and the number of respondents. */
export function OverallIkm({ result }: { result: IkmResult }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ikm-overall-heading">
      <Title order={2} size="h3" id="ikm-overall-heading">
        {t('survey.ikm.overallHeading')}
      </Title>
      <Group gap="lg" mt="xs" align="center">
        <div>
          <Text size="sm" c="dimmed">
            {t('survey.ikm.index')}
          </Text>
          <Text fz={40} fw={700} lh={1.1} data-testid="ikm-overall-index">
            {formatScore(result.index)}
          </Text>
        </div>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('survey.ikm.grade')}
          </Text>
          <GradeBadge grade={result.grade.grade} />
          <Text size="sm">{t('survey.ikm.respondents', { count: result.respondents })}</Text>
        </Stack>
      </Group>
      <Text size="xs" c="dimmed" mt="sm">
        {t('survey.ikm.bands')}
      </Text>
    </Paper>
  );
}

/** Each element's NRR, on the 25-100 scale too, with its own grade. */
export function ElementTable({ result }: { result: IkmResult }) {
  const { t } = useTranslation();
  const columns = 'survey.ikm.elementColumns';
  return (
    <section aria-labelledby="ikm-elements-heading">
      <Title order={2} size="h3" id="ikm-elements-heading" mb="xs">
        {t('survey.ikm.elementsHeading')}
      </Title>
      <TableScroller label={t('survey.ikm.elementsHeading')} minWidth={560}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${columns}.number`)}</Table.Th>
              <Table.Th>{t(`${columns}.element`)}</Table.Th>
              <Table.Th ta="right">{t(`${columns}.nrr`)}</Table.Th>
              <Table.Th ta="right">{t(`${columns}.converted`)}</Table.Th>
              <Table.Th>{t(`${columns}.grade`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SKM_ELEMENTS.map((element, position) => {
              const converted = elementIndex(result.elementAverages[element]);
              return (
                <Table.Tr key={element}>
                  <Table.Td>{t('survey.ikm.elementAbbreviation', { number: position + 1 })}</Table.Td>
                  <Table.Td>{t(`skm.questions.${element}.element`)}</Table.Td>
                  <Table.Td ta="right">{formatScore(result.elementAverages[element])}</Table.Td>
                  <Table.Td ta="right">{formatScore(converted)}</Table.Td>
                  <Table.Td>
                    <GradeBadge grade={ikmGrade(converted).grade} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </section>
  );
}

/** Per service: respondents, each element's NRR (U1-U9), the index and its grade. */
export function ServiceTable({ rows }: { rows: TIkmReport['byService'] }) {
  const { t } = useTranslation();
  const columns = 'survey.ikm.serviceColumns';
  return (
    <section aria-labelledby="ikm-services-heading">
      <Title order={2} size="h3" id="ikm-services-heading">
        {t('survey.ikm.servicesHeading')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('survey.ikm.servicesHint')}
      </Text>
      <TableScroller label={t('survey.ikm.servicesHeading')} minWidth={980}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${columns}.service`)}</Table.Th>
              <Table.Th ta="right">{t(`${columns}.respondents`)}</Table.Th>
              {SKM_ELEMENTS.map((element, position) => (
                <Table.Th key={element} ta="right">
                  <abbr title={t(`skm.questions.${element}.element`)}>
                    {t('survey.ikm.elementAbbreviation', { number: position + 1 })}
                  </abbr>
                </Table.Th>
              ))}
              <Table.Th ta="right">{t(`${columns}.index`)}</Table.Th>
              <Table.Th>{t(`${columns}.grade`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ serviceCode, serviceName, result }) => (
              <Table.Tr key={serviceCode ?? ''}>
                <Table.Td>{serviceName ?? serviceCode ?? t('survey.ikm.general')}</Table.Td>
                <Table.Td ta="right">{result.respondents}</Table.Td>
                {SKM_ELEMENTS.map((element) => (
                  <Table.Td key={element} ta="right">
                    {formatScore(result.elementAverages[element])}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {formatScore(result.index)}
                </Table.Td>
                <Table.Td>
                  <GradeBadge grade={result.grade.grade} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </section>
  );
}

/** Per month of the office's calendar: respondents, index, grade. */
export function MonthTable({ rows }: { rows: TIkmReport['byMonth'] }) {
  const { t } = useTranslation();
  const columns = 'survey.ikm.monthColumns';
  return (
    <section aria-labelledby="ikm-months-heading">
      <Title order={2} size="h3" id="ikm-months-heading" mb="xs">
        {t('survey.ikm.monthsHeading')}
      </Title>
      <TableScroller label={t('survey.ikm.monthsHeading')} minWidth={420}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`${columns}.month`)}</Table.Th>
              <Table.Th ta="right">{t(`${columns}.respondents`)}</Table.Th>
              <Table.Th ta="right">{t(`${columns}.index`)}</Table.Th>
              <Table.Th>{t(`${columns}.grade`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ month, result }) => (
              <Table.Tr key={month}>
                <Table.Td>{formatMonth(month)}</Table.Td>
                <Table.Td ta="right">{result.respondents}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {formatScore(result.index)}
                </Table.Td>
                <Table.Td>
                  <GradeBadge grade={result.grade.grade} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </section>
  );
}
