import { Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TReporterNoticeKind } from '../../../domain/notifications/kinds';
import type { TWhatsappTemplateKind } from '../../../domain/notifications/settings';
import { sampleText, smsMeasure } from '../../../domain/notifications/templates';
import type { NotificationFormValues } from './notification-form-values';

interface NoticeTextCardProps {
  kind: TWhatsappTemplateKind;
  form: UseFormReturnType<NotificationFormValues>;
  publicBaseUrl: string;
  ticketPrefix: string;
}

/** One kind of notice: its SMS text with a live counter and example, and its WhatsApp template. */
export function NoticeTextCard({ kind, form, publicBaseUrl, ticketPrefix }: NoticeTextCardProps) {
  const { t } = useTranslation();
  const kindName = t(`officeSettings.notifications.kinds.${kind}`);
  const headingId = `notice-kind-${kind}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={headingId}>
          {kindName}
        </Title>
        {kind !== 'staff_alert' && (
          <SmsTextInput kind={kind} form={form} publicBaseUrl={publicBaseUrl} ticketPrefix={ticketPrefix} />
        )}
        <TemplateInputs kind={kind} kindName={kindName} form={form} />
      </Stack>
    </Paper>
  );
}

interface SmsTextInputProps extends Omit<NoticeTextCardProps, 'kind'> {
  kind: TReporterNoticeKind;
}

/** The counter is worked out here, with the same rule the server applies on save. */
function SmsTextInput({ kind, form, publicBaseUrl, ticketPrefix }: SmsTextInputProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const text = values.texts[kind];
  const sender = values.senderName.trim();
  const measure = smsMeasure(text, sender, publicBaseUrl, kind);
  const limit = measure.encoding === 'gsm7' ? 160 : 70;
  const counter = t(
    measure.encoding === 'gsm7'
      ? 'officeSettings.notifications.counter'
      : 'officeSettings.notifications.counterUcs2',
    { units: measure.units, limit, segments: measure.segments },
  );
  const path = `texts.${kind}` as const;
  const inputProps = form.getInputProps(path);
  return (
    <div>
      <Textarea
        label={t('officeSettings.notifications.text', {
          kind: t(`officeSettings.notifications.kinds.${kind}`),
        })}
        description={counter}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autosize
        minRows={2}
        maxRows={6}
        spellCheck={false}
        {...inputProps}
        // A text that does not fit says so as it is typed, not only on save.
        error={inputProps.error ?? measure.problem ?? undefined}
      />
      <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
        {t('officeSettings.notifications.example', {
          text: sampleText(text, kind, sender, publicBaseUrl, ticketPrefix),
        })}
      </Text>
    </div>
  );
}

function TemplateInputs({
  kind,
  kindName,
  form,
}: {
  kind: TWhatsappTemplateKind;
  kindName: string;
  form: UseFormReturnType<NotificationFormValues>;
}) {
  const { t } = useTranslation();
  const field = (name: string) =>
    t('officeSettings.notifications.templateFor', { field: name, kind: kindName });
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {t('officeSettings.notifications.whatsappHeading')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('officeSettings.notifications.templateName')}
          aria-label={field(t('officeSettings.notifications.templateName'))}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps(`whatsappTemplates.${kind}.name`)}
        />
        <TextInput
          label={t('officeSettings.notifications.templateLanguage')}
          aria-label={field(t('officeSettings.notifications.templateLanguage'))}
          description="id, en_US"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps(`whatsappTemplates.${kind}.language`)}
        />
        <TextInput
          label={t('officeSettings.notifications.templateParameters')}
          aria-label={field(t('officeSettings.notifications.templateParameters'))}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps(`whatsappTemplates.${kind}.parameters`)}
        />
      </SimpleGrid>
    </div>
  );
}
