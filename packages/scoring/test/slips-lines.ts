/**
 * The session builders of the fortieth round's checks of the provider's slips (E24, E29, E32): one question about
 * tomatoes, answered from a book, with the line under test placed where its check reads it. Moved here from the three
 * files, which had each copied them; the cases are unchanged. The thirty-ninth round's typos file, where Q, answered, held,
 * greeted and promised were first written, uses them from here too.
 */
import type { Line } from './helpers';
import { L } from './narrowing-lines';

/** A question up to the patron's answer to the clarifying question (no slip in it). */
export const Q: Line[] = [
  [0, 'p', 'do you have books on growing tomatoes'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. Are you after a beginner's guide, or something on a particular problem?"],
  [50, 'p', 'beginner please'],
];
export const BOOK = "The Vegetable Gardener's Bible (635 SMI) is at Main.";
/** `Q`, the answer `text` at 70 s, the patron's thanks and the provider's last message `bye`. */
export const answered = (text: string, bye = 'Thanks for chatting, bye!'): Line[] => [...Q, L(text), [100, 'p', 'ok thanks'], [110, 'l', bye]];
/** `answered` with the book and "Does that help?", then the provider's last message `bye`: closing.courteous is `bye`'s. */
export const bye = (last: string): Line[] => answered(`${BOOK} Does that help?`, last);
/** `Q`, the provider's `hold` at 60 s, the answer at 200 s: keep_informed FAILS only if `hold` is a hold message (Terms). */
export const held = (hold: string): Line[] => [
  ...Q,
  [60, 'l', hold],
  [200, 'l', "The Vegetable Gardener's Bible is on the shelf at Main, call number 635 SMI. Does that help?"],
  [220, 'p', 'yes thats all, thanks'],
  [226, 'l', 'Thanks for chatting, bye!'],
];
/** A first provider message `greet` (alone: the second provider message is the answer, no greeting or name in it). */
export const greeted = (greet: string): Line[] => [
  [0, 'p', 'what time does the main library close today'],
  [20, 'l', greet],
  [60, 'l', 'Main closes at 8 pm tonight; the hours are at samplelibrary.org/hours. Does that answer your question?'],
  [90, 'p', 'yes thats all'],
  [95, 'l', 'Thanks, bye!'],
];
/** `Q`, an answer with a source, the patron's "yes", the provider's `ask` and the patron's "no". */
export const asked = (ask: string): Line[] => [...Q, L(`${BOOK} Does that help?`), [90, 'p', 'yes'], [95, 'l', ask], [120, 'p', 'no'], [125, 'l', 'Thanks for chatting, bye!']];
/** `Q`, an answer with a source, then the patron gone: the provider's `check` at 200 s and `notice` at 400 s (final idle 70-400). */
export const idle = (check: string, notice: string): Line[] => [...Q, L(`${BOOK} Does that help?`), [200, 'l', check], [400, 'l', notice]];
/** `Q` and the provider's `text` at 70 s, the patron's e-mail, the e-mail read back, "anything else?" and a goodbye (code Answered). */
export const promised = (text: string): Line[] => [
  ...Q,
  L(text),
  [100, 'p', 'k.lee@example.com'],
  [105, 'l', 'Thanks, k.lee@example.com. Anything else?'],
  [120, 'p', 'no'],
  [125, 'l', 'Thanks for chatting, bye!'],
];
/** `Q`, an answer with a source, the patron's `said` at 90 s, the provider's `last` at 110 s (the last message). */
export const patronThen = (said: string, last = 'Thanks for chatting, bye!'): Line[] => [...Q, L(`${BOOK} Does that help?`), [90, 'p', said], [110, 'l', last]];
/** `Q`, an answer with a source, the patron's second question, the provider's `reply`. */
export const more = (reply: string, said = 'what about peppers?'): Line[] => [...Q, L(`${BOOK} Does that help?`), [100, 'p', said], [110, 'l', reply]];
