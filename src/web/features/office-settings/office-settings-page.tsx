import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Fieldset.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/Image.css';
import './office-settings.css';
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TOfficeSettings } from '../../../domain/offices/settings';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useIsWide } from '../../app/ui/use-is-wide';
import { useSignedInUser } from '../auth/session';
import { fetchOfficeSettings } from './api';
import { SettingsSectionPanel } from './settings-section-panel';
import { type SettingsSection, visibleSections } from './settings-sections';

/** `/staff/settings` (admin edits, kadis views): the office's own configuration, one tab per section. */
export default function OfficeSettingsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const readOnly = user.role !== 'admin';
  const sections = visibleSections(!readOnly);
  const isSection = (value: string | null): value is SettingsSection =>
    (sections as readonly string[]).includes(value ?? '');
  const isWide = useIsWide();
  const settings = useApiQuery('office-settings', fetchOfficeSettings);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const section: SettingsSection = isSection(requested) ? requested : 'letterhead';
  const handleSaved = (saved: TOfficeSettings) => settings.setData(() => saved);
  const showSection = (next: string | null) => {
    if (!isSection(next)) return;
    setParams(next === 'letterhead' ? {} : { tab: next }, { replace: true });
  };

  return (
    <Stack gap="lg">
      <PageTitle>{t('officeSettings.title')}</PageTitle>
      <div>
        <Title order={1}>{t('officeSettings.title')}</Title>
        <Text c="dimmed">{t('officeSettings.intro', { office: user.office.name })}</Text>
      </div>
      {readOnly && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('officeSettings.readOnlyNotice')}
        </Alert>
      )}
      {settings.error && <ErrorAlert error={settings.error} onRetry={settings.reload} />}
      {settings.loading && !settings.data && <PageLoader />}
      {settings.data && (
        <Tabs
          value={section}
          onChange={showSection}
          orientation={isWide ? 'vertical' : 'horizontal'}
          variant={isWide ? 'default' : 'pills'}
          keepMounted
          classNames={isWide ? { tabLabel: 'settings-tab-label-vertical' } : { tab: 'settings-tab-pill' }}
        >
          <Tabs.List
            aria-label={t('officeSettings.sectionsLabel')}
            mb={isWide ? 0 : 'md'}
            miw={isWide ? 210 : undefined}
          >
            {sections.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`officeSettings.sections.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {sections.map((key) => (
            <Tabs.Panel key={key} value={key} pl={isWide ? 'lg' : 0} miw={0}>
              <SettingsSectionPanel
                section={key}
                settings={settings.data as TOfficeSettings}
                readOnly={readOnly}
                onSaved={handleSaved}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
