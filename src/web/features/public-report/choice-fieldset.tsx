import { Checkbox, Radio, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceFieldsetProps {
  legend: string;
  /** The form path: the inputs' name, and what a server error or focusFirstError finds it by. */
  path: string;
  choices: readonly Choice[];
  description?: string;
  error?: ReactNode;
  required?: boolean;
  /** A follow-up question shown right under the choice that asks it (a sub-category, a "which?"). */
  followUp?: (value: string) => ReactNode;
}

interface SingleProps extends ChoiceFieldsetProps {
  value: string;
  onChange: (value: string) => void;
}

interface MultipleProps extends ChoiceFieldsetProps {
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/**
 * Choices as big rows in a fieldset, with native radios or checkboxes: the legend names the
 * question, the error is tied to every input, and a follow-up question can sit under the choice
 * that asks it (fieldsets may nest; ARIA radiogroups may not).
 */
function ChoiceFrame({
  legend,
  path,
  description,
  error,
  required,
  children,
}: Omit<ChoiceFieldsetProps, 'choices' | 'followUp'> & {
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="choice-fieldset" data-path={path} data-error={error ? 'true' : undefined}>
      <legend className="choice-legend">
        {legend}
        {required && (
          <span className="choice-asterisk" aria-hidden>
            {' *'}
          </span>
        )}
      </legend>
      {description && (
        <Text id={`${id}-description`} size="sm" c="dimmed" mb={4}>
          {description}
        </Text>
      )}
      {/* Above the choices, not below: a list of 27 would push it out of sight. */}
      {error && (
        <Text id={`${id}-error`} size="sm" c="var(--mantine-color-error)" mb={6}>
          {error}
        </Text>
      )}
      <div className="choice-list">{children(describedBy || undefined)}</div>
    </fieldset>
  );
}

export function RadioFieldset(props: SingleProps) {
  const { path, choices, value, onChange, followUp, error, required } = props;
  return (
    <ChoiceFrame {...props}>
      {(describedBy) =>
        choices.map((choice) => (
          <div key={choice.value} className="choice-item">
            <Radio
              name={path}
              value={choice.value}
              label={choice.label}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              size="md"
              classNames={{
                root: 'choice-option',
                body: 'choice-body',
                labelWrapper: 'choice-label-wrapper',
              }}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              required={required}
            />
            {value === choice.value && followUp?.(choice.value)}
          </div>
        ))
      }
    </ChoiceFrame>
  );
}

export function CheckboxFieldset(props: MultipleProps) {
  const { path, choices, values, onChange, followUp, error } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <ChoiceFrame {...props}>
      {(describedBy) =>
        choices.map((choice) => (
          <div key={choice.value} className="choice-item">
            <Checkbox
              name={path}
              value={choice.value}
              label={choice.label}
              checked={values.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
              size="md"
              classNames={{
                root: 'choice-option',
                body: 'choice-body',
                labelWrapper: 'choice-label-wrapper',
              }}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
            />
            {values.includes(choice.value) && followUp?.(choice.value)}
          </div>
        ))
      }
    </ChoiceFrame>
  );
}
