import { describe, expect, it } from 'vitest';
import { twilioStatusOf } from './sms-inbound';

const at = new Date('2025-03-03T03:00:00Z');

describe('Twilio status callbacks', () => {
  it('reads sent, delivered and read, and ignores queued or sending', () => {
    expect(twilioStatusOf({ MessageSid: 'SM1', MessageStatus: 'delivered' }, at)).toEqual({
      providerMessageId: 'SM1',
      status: 'delivered',
      at,
    });
    expect(twilioStatusOf({ SmsSid: 'SM1', SmsStatus: 'sent' }, at)?.status).toBe('sent');
    expect(twilioStatusOf({ MessageSid: 'SM1', MessageStatus: 'queued' }, at)).toBeNull();
    expect(twilioStatusOf({ MessageSid: 'SM1', MessageStatus: 'sending' }, at)).toBeNull();
    expect(twilioStatusOf({ MessageStatus: 'delivered' }, at)).toBeNull();
  });

  it('turns undelivered and failed into a failure with the error code and its meaning', () => {
    expect(
      twilioStatusOf({ MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30005' }, at),
    ).toEqual({
      providerMessageId: 'SM1',
      status: 'failed',
      at,
      reason: '30005 Unknown destination handset',
    });
    expect(
      twilioStatusOf({ MessageSid: 'SM1', MessageStatus: 'failed', ErrorCode: '30450' }, at)?.reason,
    ).toBe('30450 failed');
    expect(twilioStatusOf({ MessageSid: 'SM1', MessageStatus: 'failed' }, at)?.reason).toBe('failed');
  });
});
