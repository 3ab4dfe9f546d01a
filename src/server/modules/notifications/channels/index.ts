import type { DeliveryConfig } from '../delivery-config';
import type { Channels } from '../worker';
import { smsChannel } from './sms';
import { smtpChannel } from './smtp';
import { whatsappCloudChannel } from './whatsapp-cloud';

/** The deployment's channels, one per provider configured in the environment; `close` ends SMTP's pool. */
export function buildChannels(delivery: DeliveryConfig): { channels: Channels; close(): void } {
  const email = delivery.smtp ? smtpChannel(delivery.smtp) : undefined;
  return {
    channels: {
      ...(delivery.whatsapp ? { whatsapp: whatsappCloudChannel(delivery.whatsapp) } : {}),
      ...(delivery.sms ? { sms: smsChannel(delivery.sms) } : {}),
      ...(email ? { email } : {}),
    },
    close: () => email?.close(),
  };
}
