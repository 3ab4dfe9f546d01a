import { type ApiError, toApiError } from './client';

/** The two things of a Mantine form this needs; any form's values fit. */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export interface FormFailure {
  error: ApiError;
  /** Field messages no input of this form can show, for the Alert. */
  otherMessages: string[];
}

/**
 * Puts the server's per-field messages beside the inputs (the typed values stay as they are) and
 * returns the error with the messages no input can show, for an Alert above the buttons.
 */
export function showApiErrorOnForm(form: FormWithErrors, error: unknown): FormFailure {
  const apiError = toApiError(error);
  const fieldNames = new Set(Object.keys(form.getValues()));
  const onInputs: Record<string, string> = {};
  const otherMessages: string[] = [];
  for (const [field, message] of Object.entries(apiError.fields)) {
    if (fieldNames.has(field)) onInputs[field] = message;
    else otherMessages.push(message);
  }
  form.setErrors(onInputs);
  return { error: apiError, otherMessages };
}
