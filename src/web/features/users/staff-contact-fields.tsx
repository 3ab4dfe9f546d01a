import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useContactMessages } from './contact-messages';

/** The phone and e-mail inputs of a staff account, for the admin's form and the officer's own. */
export function StaffContactFields<Values extends { phone: string; email: string }>({
  form,
  stacked = false,
}: {
  form: UseFormReturnType<Values>;
  /** One above the other at every width (a narrow column). */
  stacked?: boolean;
}) {
  const m = useContactMessages();
  return (
    <SimpleGrid cols={stacked ? 1 : { base: 1, sm: 2 }}>
      <TextInput
        label={m.phone}
        description={m.phoneHint}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        {...form.getInputProps('phone')}
      />
      <TextInput
        label={m.email}
        description={m.emailHint}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        {...form.getInputProps('email')}
      />
    </SimpleGrid>
  );
}
