/**
 * Masks for personal data in lists and exports. They keep just enough to tell records apart
 * (the region prefix and last digits), never enough to rebuild the number.
 */
function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

/** `1310015708900001` → `1310**********01`. */
export function maskNik(nik: string): string {
  return maskMiddle(nik.replace(/\D/g, ''), 4, 2);
}

/** Same shape as the NIK mask: `1310**********01`. */
export function maskKk(kk: string): string {
  return maskMiddle(kk.replace(/\D/g, ''), 4, 2);
}

/** `+6281234567890` → `+62812******90`. */
export function maskPhone(phone: string): string {
  if (phone.startsWith('+')) return `+${maskMiddle(phone.slice(1), 5, 2)}`;
  return maskMiddle(phone, 4, 2);
}

/** `Siti Aminah` → `S*** A*****`: initials stay so an officer can confirm on the phone. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => (word.length <= 1 ? word : word[0] + '*'.repeat(word.length - 1)))
    .join(' ');
}
