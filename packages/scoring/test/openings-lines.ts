/**
 * Session builders shared by the thirty-ninth round's openings files (`-openings` for G19, `-e21-checked` for E21): the
 * patron's question, the provider's opening message(s), the patron's reply, an answer with a source and a goodbye.
 */
import type { Line, SessionCase } from './helpers';
import { some } from './helpers';

/** The answer each session gives after its opening, with its source and a completeness question. */
export const ANSWER = 'The downtown branch is open 9 am to 8 pm today; the hours are at example.org/hours. Does that answer your question?';
/** The patron's question. */
export const Q = 'hi what time does the downtown library close today';

/** The patron's question, the provider's opening `greet`, the patron's reply, an answer with a source, a goodbye. */
export const open1 = (greet: string, q = Q): Line[] => [
  [0, 'p', q],
  [15, 'l', greet],
  [40, 'p', 'the downtown one'],
  [60, 'l', ANSWER],
  [90, 'p', 'ok thanks'],
  [100, 'l', 'Thanks for chatting, bye!'],
];
/** Two opening messages (the second right after the first). */
export const open2 = (first: string, second: string, q = Q): Line[] => [
  [0, 'p', q],
  [15, 'l', first],
  [20, 'l', second],
  [40, 'p', 'the downtown one'],
  [60, 'l', ANSWER],
  [90, 'p', 'ok thanks'],
  [100, 'l', 'Thanks for chatting, bye!'],
];
/** A short case: the opening `greet` alone, and what `approachability.greeting` must say of it. */
export const G = (greet: string, st: 'pass' | 'fail', name?: string, over?: SessionCase['over']): SessionCase => ({ name: name ?? `open: "${greet}"`, lines: open1(greet), exp: some({ greeting: st }), ...(over ? { over } : {}) });
