import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';

/** One button that names the other language in that language; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = i18n.language === 'en' ? 'id' : 'en';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      lang={target}
      leftSection={<IconLanguage size={16} aria-hidden />}
      onClick={() => void switchLanguage(target)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
