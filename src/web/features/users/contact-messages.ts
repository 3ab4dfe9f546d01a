import { useTranslation } from 'react-i18next';

/** The words of the staff contact fields (phone and e-mail for staff alerts); merged into the staff i18n under `usersContact`. */
export const contactMessagesId = {
  phone: 'Nomor HP (WhatsApp)',
  phoneHint: 'Untuk peringatan petugas lewat WhatsApp, misalnya 0812 3456 7890.',
  email: 'Email',
  emailHint: 'Untuk peringatan petugas lewat email.',
  column: 'Kontak',
  myHeading: 'Kontak untuk peringatan',
  myIntro:
    'Ke mana peringatan kasus (penugasan, tenggat, eskalasi) dikirim selain daftar notifikasi di aplikasi. Kosongkan untuk tidak menerimanya di luar aplikasi.',
  save: 'Simpan kontak',
  saved: 'Kontak disimpan.',
};

export const contactMessagesEn: typeof contactMessagesId = {
  phone: 'Mobile number (WhatsApp)',
  phoneHint: 'For staff alerts by WhatsApp, e.g. 0812 3456 7890.',
  email: 'E-mail',
  emailHint: 'For staff alerts by e-mail.',
  column: 'Contact',
  myHeading: 'Contact for alerts',
  myIntro:
    'Where case alerts (assignment, deadlines, escalation) reach you besides the in-app notifications list. Leave empty to get them in the app only.',
  save: 'Save contact',
  saved: 'Contact saved.',
};

export type ContactMessages = typeof contactMessagesId;

/** The contact fields' words in the language being shown, through i18next; re-renders when it changes. */
export function useContactMessages(): ContactMessages {
  const { t } = useTranslation();
  return t('usersContact', { returnObjects: true }) as ContactMessages;
}
