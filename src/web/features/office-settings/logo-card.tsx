import { Box, Button, FileInput, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOfficeSettings } from '../../../domain/offices/settings';
import { ErrorAlert } from '../../app/ui/error-alert';
import { officeLogoUrl } from './api';
import { ConfirmDialog } from './confirm-dialog';
import { SuccessNotice } from './success-notice';
import { LOGO_TYPES, useLogoUpload } from './use-logo-upload';

interface LogoCardProps {
  settings: TOfficeSettings;
  readOnly: boolean;
  onChanged: (hasLogo: boolean) => void;
}

/** The letterhead logo: the current one, an upload and removal. */
export function LogoCard({ settings, readOnly, onChanged }: LogoCardProps) {
  const { t } = useTranslation();
  const logo = useLogoUpload(onChanged);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('officeSettings.logo.heading')}
        </Title>
        {settings.hasLogo ? (
          <Box>
            <Text size="sm" c="dimmed" mb={4}>
              {t('officeSettings.logo.current')}
            </Text>
            <Image
              src={officeLogoUrl(settings.slug, logo.imageVersion)}
              alt={t('officeSettings.logo.currentAlt', { office: settings.name })}
              h={96}
              w="auto"
              fit="contain"
              style={{ maxWidth: '100%' }}
            />
          </Box>
        ) : (
          <Text size="sm">{t('officeSettings.logo.none')}</Text>
        )}
        <SuccessNotice message={logo.notice} onClose={logo.clearNotice} />
        {!readOnly && <LogoControls logo={logo} hasLogo={settings.hasLogo} />}
      </Stack>
    </Paper>
  );
}

function LogoControls({ logo, hasLogo }: { logo: ReturnType<typeof useLogoUpload>; hasLogo: boolean }) {
  const { t } = useTranslation();
  const [confirmOpened, setConfirmOpened] = useState(false);
  return (
    <>
      <FileInput
        label={t('officeSettings.logo.choose')}
        description={t('officeSettings.logo.hint')}
        placeholder={t('officeSettings.logo.choosePlaceholder')}
        // Drawn as text, not as a native placeholder: it must pass the contrast check too.
        styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
        accept={LOGO_TYPES.join(',')}
        value={logo.file}
        onChange={logo.choose}
        error={logo.fileError}
        clearable
        clearButtonProps={{ 'aria-label': t('officeSettings.logo.clearFile') }}
        maw={420}
      />
      {logo.apiError && (
        <ErrorAlert error={logo.apiError} otherMessages={Object.values(logo.apiError.fields)} />
      )}
      <Group gap="sm">
        <Button
          leftSection={<IconPhotoUp size={18} aria-hidden />}
          disabled={!logo.file || logo.fileError !== null}
          loading={logo.uploading}
          onClick={() => void logo.upload()}
        >
          {t('officeSettings.logo.upload')}
        </Button>
        {hasLogo && (
          <Button
            variant="default"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() => setConfirmOpened(true)}
          >
            {t('officeSettings.logo.remove')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirmOpened}
        title={t('officeSettings.logo.removeTitle')}
        message={t('officeSettings.logo.removeConfirm')}
        confirmLabel={t('officeSettings.logo.remove')}
        danger
        onConfirm={async () => {
          await logo.remove();
          setConfirmOpened(false);
        }}
        onClose={() => setConfirmOpened(false)}
      />
    </>
  );
}
