import { Button, TextInput, type TextInputProps } from '@mantine/core';
import { IconDice5 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generateTemporaryPassword } from './temporary-password';

interface TemporaryPasswordInputProps extends Omit<TextInputProps, 'onChange'> {
  onChange: (value: string) => void;
}

/** Shown in clear text on purpose: the admin has to pass it on to the user. */
export function TemporaryPasswordInput({ onChange, ...inputProps }: TemporaryPasswordInputProps) {
  const { t } = useTranslation();
  return (
    <div>
      <TextInput
        {...inputProps}
        autoComplete="off"
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <Button
        variant="subtle"
        size="compact-sm"
        mt={4}
        leftSection={<IconDice5 size={16} aria-hidden />}
        onClick={() => onChange(generateTemporaryPassword())}
      >
        {t('users.generatePassword')}
      </Button>
    </div>
  );
}
