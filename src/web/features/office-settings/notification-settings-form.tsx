import '@mantine/core/styles/NumberInput.css';
import {
  Alert,
  Code,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REPORTER_CHANNEL_CHOICES,
  STAFF_CHANNEL_CHOICES,
  type TNotificationSettingsView,
  WHATSAPP_TEMPLATE_KINDS,
} from '../../../domain/notifications/settings';
import { PLACEHOLDER_NAMES } from '../../../domain/notifications/templates';
import { useFormSubmission } from '../../api/use-form-submission';
import { updateNotificationSettings } from './api';
import { NoticeProviderNote } from './notice-provider-note';
import { NoticeTextCard } from './notice-text-card';
import {
  type NotificationFormValues,
  notificationSettingsOf,
  notificationValuesOf,
  validateNotificationValues,
} from './notification-form-values';
import { SectionForm } from './section-form';
import { focusFirstInvalid } from './settings-payload';

interface NotificationSettingsFormProps {
  view: TNotificationSettingsView;
  onSaved: (view: TNotificationSettingsView) => void;
}

/** The "Notifikasi" section: channels, sender, texts per kind with their SMS counter, escalation. */
export function NotificationSettingsForm({ view, onSaved }: NotificationSettingsFormProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<NotificationFormValues>({
    initialValues: notificationValuesOf(view.settings),
    validate: (values) => validateNotificationValues(values, view.publicBaseUrl),
  });
  const { failure, submitting, handleSubmit } = useFormSubmission(
    form,
    async (values: NotificationFormValues) => {
      setNotice(null);
      const saved = await updateNotificationSettings(notificationSettingsOf(values));
      form.setInitialValues(notificationValuesOf(saved.settings));
      form.setValues(notificationValuesOf(saved.settings));
      onSaved(saved);
      setNotice(t('officeSettings.notifications.saved'));
    },
  );

  return (
    <div ref={container}>
      <Stack gap="md">
        <NoticeProviderNote providers={view.providers} />
        {!view.saved && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
            {t('officeSettings.notifications.defaultsNotice')}
          </Alert>
        )}
        <SectionForm
          readOnly={false}
          submitting={submitting}
          failure={failure}
          notice={notice}
          onSubmit={form.onSubmit(handleSubmit, () => focusFirstInvalid(container.current))}
          onReset={form.reset}
        >
          <ChannelFields form={form} />
          <SenderFields form={form} />
          <TextsFields form={form} view={view} />
          <EscalationFields form={form} />
        </SectionForm>
      </Stack>
    </div>
  );
}

/** The placeholders a text may hold, each with what it becomes. */
function PlaceholderLegend() {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('officeSettings.notifications.placeholdersHeading')}
      </Text>
      <Stack gap={2} mt={4}>
        {PLACEHOLDER_NAMES.map((name) => (
          <Text key={name} size="sm">
            <Code>{`{${name}}`}</Code> {t(`officeSettings.notifications.placeholders.${name}`)}
          </Text>
        ))}
      </Stack>
      <Text size="sm" mt="xs">
        {t('officeSettings.notifications.templateParametersHint')}
      </Text>
    </div>
  );
}

/** Where reporters' notices and staff alerts go. */
function ChannelFields({ form }: { form: UseFormReturnType<NotificationFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3} size="h4">
        {t('officeSettings.notifications.channelsHeading')}
      </Title>
      <Radio.Group
        label={t('officeSettings.notifications.reporterChannel')}
        {...form.getInputProps('reporterChannel')}
      >
        <Stack gap="xs" mt="xs">
          {REPORTER_CHANNEL_CHOICES.map((choice) => (
            <Radio
              key={choice}
              value={choice}
              label={t(`officeSettings.notifications.reporterChannels.${choice}`)}
              description={t(`officeSettings.notifications.reporterChannelHints.${choice}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Switch
        label={t('officeSettings.notifications.smsFallback')}
        description={t('officeSettings.notifications.smsFallbackHint')}
        {...form.getInputProps('smsFallback', { type: 'checkbox' })}
      />
      <Switch
        label={t('officeSettings.notifications.emailToReporters')}
        description={t('officeSettings.notifications.emailToReportersHint')}
        {...form.getInputProps('emailToReporters', { type: 'checkbox' })}
      />
      <Radio.Group
        label={t('officeSettings.notifications.staffChannel')}
        description={t('officeSettings.notifications.staffChannelHint')}
        {...form.getInputProps('staffChannel')}
      >
        <Group gap="md" mt="xs">
          {STAFF_CHANNEL_CHOICES.map((choice) => (
            <Radio
              key={choice}
              value={choice}
              label={t(`officeSettings.notifications.staffChannels.${choice}`)}
            />
          ))}
        </Group>
      </Radio.Group>
    </>
  );
}

/** The name notices start with, and the office's own WhatsApp number. */
function SenderFields({ form }: { form: UseFormReturnType<NotificationFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3} size="h4" mt="sm">
        {t('officeSettings.notifications.senderHeading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('officeSettings.notifications.senderName')}
          description={t('officeSettings.notifications.senderNameHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          maxLength={40}
          {...form.getInputProps('senderName')}
        />
        <TextInput
          label={t('officeSettings.notifications.phoneNumberId')}
          description={t('officeSettings.notifications.phoneNumberIdHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps('whatsappPhoneNumberId')}
        />
      </SimpleGrid>
    </>
  );
}

/** The texts of each kind with their counters, and the WhatsApp templates. */
function TextsFields({
  form,
  view,
}: {
  form: UseFormReturnType<NotificationFormValues>;
  view: TNotificationSettingsView;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3} size="h4" mt="sm">
        {t('officeSettings.notifications.textsHeading')}
      </Title>
      <Text size="sm">{t('officeSettings.notifications.textsIntro')}</Text>
      <PlaceholderLegend />
      {WHATSAPP_TEMPLATE_KINDS.map((kind) => (
        <NoticeTextCard
          key={kind}
          kind={kind}
          form={form}
          publicBaseUrl={view.publicBaseUrl}
          ticketPrefix={view.ticketPrefix}
        />
      ))}
    </>
  );
}

/** Working hours from a missed deadline to the Kabid, then the Kadis. */
function EscalationFields({ form }: { form: UseFormReturnType<NotificationFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={3} size="h4" mt="sm">
        {t('officeSettings.notifications.escalationHeading')}
      </Title>
      <Text size="sm">{t('officeSettings.notifications.escalationHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('officeSettings.notifications.kabidAfterHours')}
          min={1}
          max={400}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('escalation.kabidAfterHours')}
        />
        <NumberInput
          label={t('officeSettings.notifications.kadisAfterHours')}
          min={1}
          max={400}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('escalation.kadisAfterHours')}
        />
      </SimpleGrid>
    </>
  );
}
