/**
 * A ticket as a screen reader should say it, one character at a time: "DUM-7K3F-9QXA" becomes
 * "D U M, 7 K 3 F, 9 Q X A" (read as a word, "DUM" or "9QXA" is lost).
 */
export function spellTicket(ticket: string): string {
  return ticket
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
}
