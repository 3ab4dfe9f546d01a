import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOfficeSummary } from '../../../domain/offices/schemas';

/** One office in the public list; the whole card is the link to its home page. */
export function OfficeCard({ office }: { office: TOfficeSummary }) {
  const { t } = useTranslation();
  return (
    <Card component={Link} to={`/${office.slug}`} withBorder padding="lg" className="office-card">
      <Title order={3} size="h4">
        {office.name}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {office.regionName}
      </Text>
      {office.programmeName && (
        <Text size="sm" mt="xs">
          {t('publicOffices.programme', { name: office.programmeName })}
        </Text>
      )}
    </Card>
  );
}
