/**
 * Twenty-first round, the merge's block (V7). V2's helper found that v13's block N4 had widened `questionOpening`'s
 * first alternative (the one that must not read "We're the library." as the question "were the …?") with
 * "(?=[,.;!]| so\b| and\b| but\b|$)" written through a script that turned each "\b" into a backspace character. The
 * three words never matched, so a provider's statement "We're the county library so we only lend to residents." read as
 * a question, and a question before the first source passes `inquiry.clarify`. RUBRIC.md: the provider "asks the patron
 * at least one question about the need … before the first message that gives a source"; a statement asks nothing.
 * v22 reads the three words as meant; v13-v21 keep the bytes (their stored scores stay reproducible), which the last
 * case shows.
 */
import { describe, expect, it } from 'vitest';
import { rubricV21, rubricV22 } from '../src/index';
import { chat, describeSessions, type Line, type SessionCase, some, status } from './helpers';

/** A residency question answered by a statement, then a source. */
const residency = (statement: string): Line[] => [
  [0, 'p', 'can i get a card from you if i live in delaware'],
  [20, 'l', 'Hi, this is Jo at the Harford County library.'],
  [45, 'l', statement],
  [70, 'l', 'Out-of-state residents can buy a card for $25 a year; the card page is at hcplonline.example.org/cards. Does that answer your question?'],
  [110, 'p', 'yes thats all i needed thanks'],
  [115, 'l', 'Thanks for chatting, bye!'],
];

export const merged: SessionCase[] = [
  {
    name: '"We\'re the county library so we only lend to residents." is a statement, no question: clarify fails',
    lines: residency("We're the county library so we only lend to residents for free."),
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"We\'re the county library and we lend to residents first." is a statement: clarify fails',
    lines: residency("We're the county library and we lend to residents first."),
    exp: some({ clarify: 'fail' }),
  },
  {
    name: '"We\'re a small library but there is another way." is a statement: clarify fails',
    lines: residency("We're a small library but there is another way."),
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss: a question mark asks whatever the opening
    name: 'near miss: "Were the county library and the state library both closed when you tried?" asks: clarify passes',
    lines: residency('Were the county library and the state library both closed when you tried?'),
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss: the question opening without a question mark still asks when no exclusion word follows
    name: 'near miss: "were the library fines the reason your card stopped working" asks without a "?": clarify passes',
    lines: residency('were the library fines the reason your card stopped working'),
    exp: some({ clarify: 'pass' }),
  },
];

describeSessions('twenty-first round (V7, the merge): v13\'s "so / and / but" after "we\'re the library"', merged);

describe('v21 keeps its reading (scores stored under it stay reproducible)', () => {
  it('reads "We\'re the county library so …" as a question under v21 and as a statement under v22', () => {
    const t = chat(residency("We're the county library so we only lend to residents for free."));
    expect(status(t, 'inquiry.clarify', { rubric: rubricV21 })).toBe('pass');
    expect(status(t, 'inquiry.clarify', { rubric: rubricV22 })).toBe('fail');
  });
});
