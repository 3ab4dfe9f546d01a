import type { SmsConfig } from '../delivery-config';
import { type DeliveryChannel, SEND_TIMEOUT_MS } from './channel';
import { genericSmsChannel } from './sms-generic';
import { twilioChannel } from './sms-twilio';

/** The deployment's SMS gateway: Twilio's Messages API, or the configurable generic one. */
export function smsChannel(
  config: SmsConfig,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = SEND_TIMEOUT_MS,
): DeliveryChannel {
  return config.provider === 'twilio'
    ? twilioChannel(config, fetchImpl, timeoutMs)
    : genericSmsChannel(config, fetchImpl, timeoutMs);
}
