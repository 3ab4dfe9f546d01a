/**
 * The opt-out words a reporter may reply by WhatsApp or SMS: Twilio's standard ones
 * (help.twilio.com/articles/223134027) and the Indonesian ones people send to shortcodes.
 */
const STOP_WORDS = new Set([
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'OPTOUT',
  'REVOKE',
  'BERHENTI',
  'UNREG',
]);

/**
 * Whether a reply asks for no more notices, the same on every channel: a short reply (three words
 * at most, not a question) that starts with an opt-out word ("STOP", "berhenti kirim", "Stop.").
 * A longer message that only holds the word ("tolong jangan berhenti…") is a message, not an opt-out.
 */
export function isStopReply(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.includes('?')) return false;
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  return STOP_WORDS.has((words[0] as string).toUpperCase().replace(/[^A-Z]/g, ''));
}
