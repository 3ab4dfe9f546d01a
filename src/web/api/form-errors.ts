import { type ApiError, toApiError } from './client';

/** The two things of a Mantine form this needs; any form's values fit. */
export interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export interface FormFailure {
  error: ApiError;
  /** Field messages no input of this form can show, for the Alert. */
  otherMessages: string[];
}

export interface ApiErrorMapping {
  /**
   * The form path for a field the server names, when the request body is shaped differently
   * from the form (e.g. `standard.name` → `name`); null when no input shows it.
   */
  pathOf?: (serverField: string) => string | null;
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The form path that shows a server field, or null. Dotted paths reach into nested objects and
 * lists (`steps.2.timeStandard`, as Mantine names them); a path that goes on past a plain value
 * (`branches.0.products.1`, where products are typed as one text) lands on that value's input.
 */
export function formPathFor(values: object, field: string): string | null {
  const segments = field.split('.');
  let current: unknown = values;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as string;
    if (!isContainer(current)) return index > 0 ? segments.slice(0, index).join('.') : null;
    if (!(segment in current)) return null;
    current = current[segment];
  }
  return field;
}

/**
 * Puts the server's per-field messages beside the inputs (the typed values stay as they are) and
 * returns the error with the messages no input can show, for an Alert above the buttons.
 */
export function showApiErrorOnForm(
  form: FormWithErrors,
  error: unknown,
  mapping: ApiErrorMapping = {},
): FormFailure {
  const apiError = toApiError(error);
  const values = form.getValues();
  const onInputs: Record<string, string> = {};
  const otherMessages: string[] = [];
  for (const [field, message] of Object.entries(apiError.fields)) {
    const mapped = mapping.pathOf ? mapping.pathOf(field) : field;
    const path = mapped === null ? null : formPathFor(values, mapped);
    if (path === null) otherMessages.push(message);
    else onInputs[path] ??= message;
  }
  form.setErrors(onInputs);
  return { error: apiError, otherMessages };
}
