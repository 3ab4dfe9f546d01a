import { Alert, List, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TNotificationSettingsView } from '../../../domain/notifications/settings';

/** Which providers the deployment has, from its environment; the variables to set where one is missing. */
export function NoticeProviderNote({ providers }: { providers: TNotificationSettingsView['providers'] }) {
  const { t } = useTranslation();
  const status = (connected: boolean, variables: string, connectedText?: string) =>
    connected
      ? (connectedText ?? t('officeSettings.notifications.providers.connected'))
      : t('officeSettings.notifications.providers.missing', { variables });
  const rows = [
    {
      key: 'whatsapp',
      label: t('officeSettings.notifications.providers.whatsapp'),
      text: status(providers.whatsapp, 'WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID'),
    },
    {
      key: 'sms',
      label: t('officeSettings.notifications.providers.sms'),
      text: status(
        providers.sms !== null,
        'SMS_API_BASE atau TWILIO_ACCOUNT_SID',
        providers.sms
          ? t('officeSettings.notifications.providers.connectedSms', {
              provider: t(`officeSettings.notifications.providers.smsProviders.${providers.sms}`),
            })
          : undefined,
      ),
    },
    {
      key: 'email',
      label: t('officeSettings.notifications.providers.email'),
      text: status(providers.email, 'SMTP_URL, MAIL_FROM'),
    },
  ];
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconPlugConnected aria-hidden />}
      title={t('officeSettings.notifications.providers.heading')}
    >
      <List size="sm" spacing={2} listStyleType="none" ml={0} pl={0}>
        {rows.map((row) => (
          <List.Item key={row.key}>
            <Text span fw={600} size="sm">
              {row.label}:
            </Text>{' '}
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
              {row.text}
            </Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt="xs">
        {t('officeSettings.notifications.providers.note')}
      </Text>
    </Alert>
  );
}
