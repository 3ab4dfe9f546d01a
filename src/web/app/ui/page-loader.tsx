import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that screen readers announce as "Memuat…". */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl">
      <Loader size="md" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
