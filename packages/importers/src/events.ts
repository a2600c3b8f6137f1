export type SystemEvent = 'joined' | 'transfer' | 'patron_left' | 'ended' | 'idle';

/** The event a system line reports, read from its wording ("… transferred to X", "Patron has left", "ended"). */
export function systemEvent(text: string): { event?: SystemEvent; to?: string } {
  const t = text.trim();
  const transfer = /\btransferr?(?:ed|ing)?\b.*?\bto\s+(.+?)[\s.!]*$/i.exec(t);
  if (transfer?.[1]) return { event: 'transfer', to: transfer[1].replace(/^(?:the\s+)?(?:librarian|operator|queue)\s+/i, '').slice(0, 200) };
  if (/\b(?:patron|guest|user|visitor|customer)\b.*\b(?:left|ended|closed|disconnected|exited|gone)\b/i.test(t)) return { event: 'patron_left' };
  if (/\bidle\b|\binactiv/i.test(t)) return { event: 'idle' };
  if (/\b(?:ended|closed|terminated|finished)\b/i.test(t)) return { event: 'ended' };
  if (/\b(?:joined|entered|accepted|picked up)\b/i.test(t)) return { event: 'joined' };
  return {};
}
