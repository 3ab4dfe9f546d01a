import { useState } from 'react';
import {
  type ApiErrorMapping,
  type FormFailure,
  type FormWithErrors,
  showApiErrorOnForm,
} from './form-errors';

/**
 * The submit life of a form that talks to the API: a busy flag for the button, and the server's
 * error shown beside the fields (what was typed stays) or above the buttons.
 */
export function useFormSubmission<Values>(
  form: FormWithErrors,
  submit: (values: Values) => Promise<void>,
  mapping: ApiErrorMapping = {},
) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const handleSubmit = async (values: Values) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await submit(values);
    } catch (error) {
      setFailure(showApiErrorOnForm(form, error, mapping));
    } finally {
      setSubmitting(false);
    }
  };
  return { failure, submitting, handleSubmit };
}
