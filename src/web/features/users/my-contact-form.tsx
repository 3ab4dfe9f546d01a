import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { type TStaffContact, ZStaffContact } from '../../../domain/auth/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { fetchOwnContact, updateOwnContact } from './api';
import { useContactMessages } from './contact-messages';
import { StaffContactFields } from './staff-contact-fields';

interface ContactValues {
  phone: string;
  email: string;
}

const validateContact = schemaResolver(ZStaffContact, { sync: true });

const valuesOf = (contact: TStaffContact): ContactValues => ({
  phone: contact.phone ?? '',
  email: contact.email ?? '',
});

/** The signed-in officer's own phone and e-mail for staff alerts (every role). */
export function MyContactForm() {
  const m = useContactMessages();
  const contact = useApiQuery('own-contact', fetchOwnContact);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-contact-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="my-contact-heading">
            {m.myHeading}
          </Title>
          <Text size="sm" c="dimmed">
            {m.myIntro}
          </Text>
        </div>
        {contact.error && <ErrorAlert error={contact.error} onRetry={contact.reload} />}
        {!contact.data && !contact.error && <PageLoader />}
        {contact.data && <ContactForm initial={contact.data} />}
      </Stack>
    </Paper>
  );
}

function ContactForm({ initial }: { initial: TStaffContact }) {
  const m = useContactMessages();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<ContactValues>({ initialValues: valuesOf(initial), validate: validateContact });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (values: ContactValues) => {
    setNotice(null);
    const saved = await updateOwnContact(values);
    form.setInitialValues(valuesOf(saved));
    form.setValues(valuesOf(saved));
    setNotice(m.saved);
  });
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        <StaffContactFields form={form} stacked />
        <Group justify="flex-end" gap="sm">
          <Text size="sm" fw={600} c="teal.9" aria-live="polite" mr="auto">
            {notice}
          </Text>
          <Button type="submit" loading={submitting}>
            {m.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
