import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

export function StaffNotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <div>
        <Button component={Link} to="/staff" variant="light">
          {t('staff.backHome')}
        </Button>
      </div>
    </Stack>
  );
}
