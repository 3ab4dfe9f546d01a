import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RadioFieldset } from '../public-report/choice-fieldset';
import { CONTACT_CHANNELS, type ContactChannel } from './channels';
import type { DetailsForm } from './use-staff-intake';

// The phone's own date (sv-SE writes it as YYYY-MM-DD): a letter is not dated in the future.
const today = () => new Date().toLocaleDateString('sv-SE');

const CONTACT_LABELS = {
  phone: 'staffIntake.contact.phoneLabel',
  whatsapp: 'staffIntake.contact.whatsappLabel',
  social_media: 'staffIntake.contact.socialLabel',
} as const satisfies Record<ContactChannel, string>;

/** A call, a WhatsApp message or a social media post: which one, and the number or account behind it. */
export function ContactFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation();
  const channel = form.useWatchValue('details.contactChannel');
  const social = channel === 'social_media';
  return (
    <>
      <RadioFieldset
        legend={t('staffIntake.contact.channel')}
        path="details.contactChannel"
        choices={CONTACT_CHANNELS.map((code) => ({
          value: code,
          label: t(`publicCatalogue.channel.${code}`),
        }))}
        value={channel}
        onChange={(value) =>
          form.setFieldValue('details.contactChannel', value as ContactChannel, { forceUpdate: false })
        }
        error={form.errors['details.channel']}
        required
      />
      <TextInput
        key={form.key('details.contact')}
        {...form.getInputProps('details.contact')}
        label={t(CONTACT_LABELS[channel])}
        description={social ? t('staffIntake.contact.socialHint') : t('staffIntake.contact.phoneHint')}
        type={social ? 'text' : 'tel'}
        autoComplete="off"
        required
      />
    </>
  );
}

/** A letter from the police or another agency: who sent it, its number and its date. */
export function LetterFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        key={form.key('details.sender')}
        {...form.getInputProps('details.sender')}
        label={t('staffIntake.letter.sender')}
        description={t('staffIntake.letter.senderHint')}
        autoComplete="off"
        required
      />
      <TextInput
        key={form.key('details.referenceNumber')}
        {...form.getInputProps('details.referenceNumber')}
        label={t('staffIntake.letter.referenceNumber')}
        autoComplete="off"
        required
      />
      <TextInput
        key={form.key('details.letterDate')}
        {...form.getInputProps('details.letterDate')}
        label={t('staffIntake.letter.letterDate')}
        type="date"
        max={today()}
        required
      />
    </>
  );
}

/** A report forwarded from SP4N-LAPOR!: its id there, so both systems can be matched. */
export function Sp4nFields({ form }: { form: DetailsForm }) {
  const { t } = useTranslation();
  return (
    <TextInput
      key={form.key('details.reportId')}
      {...form.getInputProps('details.reportId')}
      label={t('staffIntake.sp4n.reportId')}
      description={t('staffIntake.sp4n.reportIdHint')}
      autoComplete="off"
      required
    />
  );
}
