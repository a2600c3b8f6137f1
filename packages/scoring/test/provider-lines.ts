/**
 * Builders for whole sessions with named providers, shared by the forty-second round's whole-session files
 * (`-statewide-checked`, `-difficult-checked`, `-referrals-checked`, `-research-checked`, `-textline-checked`): a provider,
 * the lines they write, the transcript's provider field and the session case.
 */
import type { Message } from '@askqa/contract';
import { type Line, type SessionCase, sys, who } from './helpers';

export type Prov = { id: string; name: string; library: string };
export const P = (id: string, name: string, library: string): Prov => ({ id, name, library });
/** The lines with every provider and internal line (that names no author) written by `p`. */
export const by = (p: Prov, lines: Line[]): Line[] =>
  lines.map(([s, w, t, x]): Line => ((w === 'l' || w === 'i') && !x?.authorId ? [s, w, t, { author: p.name, authorId: p.id, ...x }] : [s, w, t, x]));
/** The transcript's provider field for `p`. */
export const of = (p: Prov) => ({ provider: { id: p.id, name: p.name, library: p.library } });
/** A line's author: `p` (a second provider's line in `by`'s session). */
export const as = (p: Prov): Partial<Message> => who(p.name, p.id);
/** A system line: the patron's window closing at `sec` ("Patron has left the chat."). */
export const left = (sec: number): Line => [sec, 's', 'Patron has left the chat.', sys('patron_left')];
/** A system line: the chat transferred to `toName` (id `to`). */
export const xfer = (sec: number, toName: string, to: string): Line => [sec, 's', `Chat transferred to ${toName}`, sys('transfer', to)];
/** A session of provider `p`: its lines, their transcript overrides and statuses. */
export const session = (p: Prov, name: string, lines: Line[], exp: SessionCase['exp'], over: SessionCase['over'] = {}, ctx?: SessionCase['ctx']): SessionCase => ({
  name,
  lines: by(p, lines),
  over: { ...of(p), ...over },
  exp,
  ...(ctx ? { ctx } : {}),
});
