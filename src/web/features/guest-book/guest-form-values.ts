import { type FormErrors, schemaResolver } from '@mantine/form';
import { ZGuestBookInput } from '../../../domain/intake/staff-intake';
import type { TGuestBookInput } from './api';

/** The quick form as typed: every input is text, an empty phone included. */
export interface GuestFormValues {
  visitorName: string;
  visitorPhone: string;
  purpose: string;
}

export const EMPTY_GUEST_VALUES: GuestFormValues = { visitorName: '', visitorPhone: '', purpose: '' };

/** The request body: trimmed, and no phone at all rather than an empty one. */
export function toGuestBookInput(values: GuestFormValues): TGuestBookInput {
  const phone = values.visitorPhone.trim();
  return {
    visitorName: values.visitorName.trim(),
    visitorPhone: phone === '' ? null : phone,
    purpose: values.purpose.trim(),
  };
}

const resolveGuest = schemaResolver(ZGuestBookInput, { sync: true });

/** The server's own rules, checked before sending; keys match the form's fields. */
export function validateGuestValues(values: GuestFormValues): FormErrors {
  return resolveGuest(toGuestBookInput(values));
}
