import { maskPhone } from '../identity/mask';
import { normalizePhone } from '../identity/phone';

/**
 * `siti.aminah@dinsos.dharmasrayakab.go.id` → `s***@d***.id`: the first letter of the name and of
 * the domain, and the top-level domain, so an officer can tell two addresses apart and read the
 * right one out, but the list never holds the address itself.
 */
export function maskEmail(address: string): string {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return '***';
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 && dot < domain.length - 1 ? domain.slice(dot + 1) : '';
  return `${local[0]}***@${domain[0]}***${tld ? `.${tld}` : ''}`;
}

/** What a notice's recipient is: a mobile (WhatsApp, SMS), a landline (a call), an e-mail address, staff. */
export type TAddressKind = 'mobile' | 'landline' | 'email' | 'staff';

export const STAFF_RECIPIENT_PREFIX = 'user:';

export function addressKindOf(recipient: string): TAddressKind {
  if (recipient.startsWith(STAFF_RECIPIENT_PREFIX)) return 'staff';
  if (recipient.includes('@')) return 'email';
  const phone = normalizePhone(recipient);
  return phone.ok && phone.kind === 'landline' ? 'landline' : 'mobile';
}

/** A reporter's address as a list shows it (staff are shown by name, from their account). */
export function maskAddress(recipient: string): string {
  return recipient.includes('@') ? maskEmail(recipient) : maskPhone(recipient);
}

/** How an officer delivers a notice by hand: a WhatsApp chat, an e-mail, or a phone call. */
export interface THandLink {
  kind: 'whatsapp' | 'email' | 'call';
  url: string;
}

/**
 * The link that opens the notice, ready to send, in the officer's own WhatsApp (`wa.me` takes the
 * number in international form without `+`) or mail program; a landline can only be called, and the
 * officer reads the text out.
 */
export function handLink(recipient: string, text: string, subject: string): THandLink {
  if (recipient.includes('@'))
    return {
      kind: 'email',
      url: `mailto:${encodeURIComponent(recipient).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`,
    };
  const phone = normalizePhone(recipient);
  const number = phone.ok ? phone.value : recipient;
  if (phone.ok && phone.kind === 'landline') return { kind: 'call', url: `tel:${number}` };
  return {
    kind: 'whatsapp',
    url: `https://wa.me/${number.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`,
  };
}
