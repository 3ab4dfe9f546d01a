import type { TNotificationSettings } from './settings';
import type { TDeliveryChannel } from './status';

/** Which providers the deployment has (environment), as routing sees them. */
export interface AvailableChannels {
  whatsapp: boolean;
  sms: boolean;
  email: boolean;
}

/** Who a notice is for, as the worker has resolved it when it sends. */
export type NoticeAddress =
  | { kind: 'phone'; phone: string; mobile: boolean; stopped: boolean; notOnWhatsapp: boolean }
  | { kind: 'email'; email: string; stopped: boolean }
  | { kind: 'staff'; email: string | null; phone: string | null; active: boolean };

/** Where a notice goes now: a channel, by hand, or nowhere (stopped, or failed with the reason). */
export type NoticeRoute =
  | { to: 'send'; channel: Exclude<TDeliveryChannel, 'manual'>; address: string }
  | { to: 'manual'; address: string }
  | { to: 'stopped' }
  | { to: 'failed'; reason: string };

/**
 * The channel of a reporter's phone notice by the office's choice: `auto` is WhatsApp when the
 * deployment has it (and the number is on WhatsApp), else SMS, else by hand. A landline takes
 * neither: an officer calls.
 */
function phoneRoute(
  settings: TNotificationSettings,
  available: AvailableChannels,
  address: Extract<NoticeAddress, { kind: 'phone' }>,
  fallenBackToSms: boolean,
): NoticeRoute {
  if (!address.mobile) return { to: 'manual', address: address.phone };
  const whatsapp = available.whatsapp && !address.notOnWhatsapp;
  const choice = settings.reporterChannel;
  const sms = (): NoticeRoute =>
    available.sms
      ? { to: 'send', channel: 'sms', address: address.phone }
      : { to: 'manual', address: address.phone };
  if (choice === 'manual') return { to: 'manual', address: address.phone };
  if (fallenBackToSms || choice === 'sms') return sms();
  if (whatsapp) return { to: 'send', channel: 'whatsapp', address: address.phone };
  // WhatsApp wanted but not possible for this number: SMS where the office allows it (auto always does).
  if (choice === 'auto' || settings.smsFallback) return sms();
  return { to: 'manual', address: address.phone };
}

function staffRoute(
  settings: TNotificationSettings,
  available: AvailableChannels,
  address: Extract<NoticeAddress, { kind: 'staff' }>,
): NoticeRoute {
  if (!address.active) return { to: 'failed', reason: 'Akun petugas tidak aktif' };
  const choice = settings.staffChannel;
  if (choice === 'none')
    return { to: 'failed', reason: 'Kantor tidak mengirim peringatan petugas ke luar aplikasi' };
  const email =
    available.email && address.email
      ? { to: 'send' as const, channel: 'email' as const, address: address.email }
      : null;
  const whatsapp =
    available.whatsapp && address.phone
      ? { to: 'send' as const, channel: 'whatsapp' as const, address: address.phone }
      : null;
  const route = choice === 'email' ? email : choice === 'whatsapp' ? whatsapp : (email ?? whatsapp);
  return (
    route ?? { to: 'failed', reason: 'Tidak ada saluran untuk petugas ini (email/WhatsApp belum diatur)' }
  );
}

/** Decides where a notice goes when the worker takes it. */
export function routeNotice(
  settings: TNotificationSettings,
  available: AvailableChannels,
  address: NoticeAddress,
  fallenBackToSms: boolean,
): NoticeRoute {
  switch (address.kind) {
    case 'staff':
      return staffRoute(settings, available, address);
    case 'email':
      if (address.stopped) return { to: 'stopped' };
      if (!settings.emailToReporters)
        return { to: 'failed', reason: 'Email ke pelapor dimatikan di pengaturan kantor' };
      return available.email
        ? { to: 'send', channel: 'email', address: address.email }
        : { to: 'manual', address: address.email };
    case 'phone':
      if (address.stopped) return { to: 'stopped' };
      return phoneRoute(settings, available, address, fallenBackToSms);
  }
}

/** After WhatsApp gave up on a notice: SMS when the office allows it and the deployment has it. */
export function fallbackChannel(
  settings: TNotificationSettings,
  available: AvailableChannels,
  failedOn: TDeliveryChannel,
): 'sms' | null {
  return failedOn === 'whatsapp' &&
    available.sms &&
    (settings.smsFallback || settings.reporterChannel === 'auto')
    ? 'sms'
    : null;
}
