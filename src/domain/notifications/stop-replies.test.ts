import { describe, expect, it } from 'vitest';
import { isStopReply } from './stop-replies';

describe('isStopReply (WhatsApp and SMS alike)', () => {
  it('takes a short reply that starts with an opt-out word, in any case, with punctuation', () => {
    for (const text of [
      'STOP',
      ' stop ',
      'Stop.',
      'BERHENTI!!',
      'berhenti kirim',
      'STOP SEMUA',
      'UNREG',
      'unsubscribe',
      'Quit!',
    ])
      expect(isStopReply(text), text).toBe(true);
  });

  it('leaves messages alone, even with a stop word in them', () => {
    for (const text of [
      '',
      'Terima kasih',
      'tolong berhenti',
      'tolong jangan berhenti',
      'Kapan petugas datang? Jangan stop',
      'berhenti?',
      'STOPP',
      'STOPKONTAK rusak',
      'stop dulu ya pak nanti saya kabari',
    ])
      expect(isStopReply(text), text).toBe(false);
  });
});
