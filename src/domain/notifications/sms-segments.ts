/**
 * How many SMS a text takes (3GPP TS 23.038): GSM-7 when every character is in the default alphabet
 * (the extension table's characters count twice), 160 units in one SMS and 153 per part when
 * concatenated; anything else goes as UCS-2, 70 and 67 (a character beyond the BMP counts twice).
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€\f';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export interface SmsLength {
  encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  let units = 0;
  let gsm = true;
  for (const char of text) {
    if (BASIC.has(char)) units += 1;
    else if (EXTENSION.has(char)) units += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  const codeUnits = text.length;
  return {
    encoding: 'ucs2',
    units: codeUnits,
    segments: codeUnits <= 70 ? 1 : Math.ceil(codeUnits / 67),
  };
}
