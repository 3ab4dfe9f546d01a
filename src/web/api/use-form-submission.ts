import { useState } from 'react';
import { type FormFailure, showApiErrorOnForm } from './form-errors';

interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * The submit life of a form that talks to the API: a busy flag for the button, and the server's
 * error shown beside the fields (what was typed stays) or above the buttons.
 */
export function useFormSubmission<Values>(form: FormWithErrors, submit: (values: Values) => Promise<void>) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const handleSubmit = async (values: Values) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await submit(values);
    } catch (error) {
      setFailure(showApiErrorOnForm(form, error));
    } finally {
      setSubmitting(false);
    }
  };
  return { failure, submitting, handleSubmit };
}
