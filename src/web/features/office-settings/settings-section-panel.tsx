import { Button, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TOfficeSettings } from '../../../domain/offices/settings';
import { DivisionsSection } from './divisions-section';
import { HolidaysSection } from './holidays-section';
import { LetterheadForm } from './letterhead-form';
import { LogoCard } from './logo-card';
import { NotificationSettingsSection } from './notification-settings-section';
import { OfficialsForm } from './officials-form';
import type { SettingsSection } from './settings-sections';
import { WorkingHoursForm } from './working-hours-form';

interface SettingsSectionPanelProps {
  section: SettingsSection;
  settings: TOfficeSettings;
  readOnly: boolean;
  onSaved: (settings: TOfficeSettings) => void;
}

/** One tab's content: its heading, what it is for, and its form or list. */
export function SettingsSectionPanel({ section, settings, readOnly, onSaved }: SettingsSectionPanelProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3">
          {t(`officeSettings.sections.${section}`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`officeSettings.${section}.intro`)}
        </Text>
      </div>
      <SectionBody section={section} settings={settings} readOnly={readOnly} onSaved={onSaved} />
    </Stack>
  );
}

function SectionBody({ section, settings, readOnly, onSaved }: SettingsSectionPanelProps) {
  const { t } = useTranslation();
  switch (section) {
    case 'letterhead':
      return (
        <>
          <LetterheadForm settings={settings} readOnly={readOnly} onSaved={onSaved} />
          <LogoCard
            settings={settings}
            readOnly={readOnly}
            onChanged={(hasLogo) => onSaved({ ...settings, hasLogo })}
          />
        </>
      );
    case 'officials':
      return <OfficialsForm settings={settings} readOnly={readOnly} onSaved={onSaved} />;
    case 'divisions':
      return <DivisionsSection readOnly={readOnly} />;
    case 'districtUnits':
      return (
        <div>
          <Button
            component={Link}
            to="/staff/district-units"
            variant="light"
            leftSection={<IconBuildingCommunity size={18} aria-hidden />}
          >
            {t('officeSettings.districtUnits.open')}
          </Button>
        </div>
      );
    case 'hours':
      return <WorkingHoursForm settings={settings} readOnly={readOnly} onSaved={onSaved} />;
    case 'holidays':
      return <HolidaysSection readOnly={readOnly} />;
    case 'notifications':
      return <NotificationSettingsSection />;
  }
}
