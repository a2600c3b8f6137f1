/**
 * Session builders shared by the narrowing waves' files (the thirtieth round's `-referrals-checked`, the thirty-first's
 * `-k12-checked`, `-k34-checked`, `-m23-checked`, `-o13-checked` and `-o2-checked`): a question, a greeting that asks the
 * patron's county, the reply, one provider message and a goodbye.
 */
import type { Line } from './helpers';

/** The patron's question `q`, the provider's greeting `greet` (by default with a clarifying question) and the reply. */
export const OPEN = (q: string, greet = 'Hi, this is Jo, a librarian at Sample County Library. What county do you live in?', reply = 'sample county'): Line[] => [
  [0, 'p', q],
  [20, 'l', greet],
  [50, 'p', reply],
];
/** A provider message `text` at `t` seconds. */
export const L = (text: string, t = 70): Line => [t, 'l', text];
/** The patron's thanks and the provider's goodbye. */
export const BYE: Line[] = [[110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']];
/** `OPEN(q)`, one provider message `text` and `BYE`. */
export const one = (q: string, text: string): Line[] => [...OPEN(q), L(text), ...BYE];
