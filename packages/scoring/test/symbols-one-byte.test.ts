/**
 * Symbols beyond Latin-1 are read through one-byte stand-ins (text.ts `symbolsOneByte`, decision 015): normalised text
 * stays a one-byte string for V8, so the phrase families are not compiled a second time for two-byte text. The stand-ins
 * must change no reading: every session below is scored with them and without them, under the rubric in force and the
 * versions whose patterns name symbols (v10's emoji in `patronDone`, v23's emoji ending an introduction's clause), and the
 * two scores must be the same in every status, note, value and piece of evidence.
 *
 * Normalised text that is not ASCII but one byte a character (Latin-1 letters and signs, symbols as stand-ins) is then
 * walked by the byte loop as ASCII text is (text.ts `walkNormalised`): its sentences and the words the families may start
 * at, so its families run at those words and not over whole sentences. That too must change no reading: the same
 * sessions scored with and without the walk give the same scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '@askqa/contract';
import { providerIntervals, scoreSession } from '../src/index';
import { STAND_IN_CLASSES } from '../src/phrases';
import { currentRubric, PHRASE_FAMILIES, rubricV10, rubricV23, rubricV34, type Rubric } from '../src/rubric';
import * as R from '../src/rubric';
import { compilePhrases } from '../src/phrases';
import { normalize, normalizeToBytes, normString, useLatin1Bytes, useSymbolStandIns } from '../src/text';
import { chat, rng, T0 } from './helpers';

const DIR = process.env.ASKQA_DEVSET ?? join(__dirname, '../../../../shared/devset');

/** Emoji (pictographic or not: flags, skin tones, sequences), dingbats, other symbols, and Latin-1 letters and signs that folding keeps. */
const SYMBOLS = ['æ', 'Øst', 'þ', '±', '×', '¶', '😊', '🙂', '👍', '👍🏽', '❤️', '❤', '✓', '✔️', '★', '☺️', '✉️', '☎️', '📞', '📧', '🎉', '👋', '🙏', '😂', '🇺🇸', '👨‍👩‍👧', '™', '€', '•', '→', '≥', '‼', '⌚', '£', '°', 'ß', '½', '©', ':)', '<3'];

/** `text` with a symbol put in at a random place: its end, its start, after a word, glued to a word, after punctuation. */
function sprinkle(text: string, r: (n: number) => number): string {
  const sym = SYMBOLS[r(SYMBOLS.length)]!;
  const where = r(6);
  if (where === 0 || text.length === 0) return `${text} ${sym}`;
  if (where === 1) return `${text}${sym}`;
  if (where === 2) return `${sym} ${text}`;
  const spaces = [...text.matchAll(/[ .!?,]/g)].map((m) => m.index!);
  if (spaces.length === 0) return `${text} ${sym}`;
  const at = spaces[r(spaces.length)]!;
  if (where === 3) return `${text.slice(0, at)} ${sym}${text.slice(at)}`;
  if (where === 4) return `${text.slice(0, at)}${sym}${text.slice(at)}`;
  return `${text.slice(0, at + 1)}${sym}${sym}${text.slice(at + 1)}`;
}

const devset: Transcript[] = readdirSync(DIR)
  .filter((f) => /^\d{3}-.*\.json$/.test(f))
  .sort()
  .map((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { transcript: Transcript }).transcript);

/** Sessions whose outcome turns on a symbol's place: an emoji after the patron's thanks, in a provider's introduction. */
const shaped: Transcript[] = [
  chat([
    [0, 'p', 'hi! do u have the new Grisham book 😊'],
    [20, 'l', 'Hi 👋 im sam from the westside library 🙂 let me look'],
    [90, 'l', 'Yes ✓ we have 3 copies; you can place a hold at catalog.example.org/grisham. Does that answer your question?'],
    [120, 'p', 'perfect thanks 👍🏽'],
    [130, 'p', 'ok thx ❤️'],
    [140, 'l', 'Anything else I can help with today? ☺️'],
    [160, 'p', 'nope thats all 🙏🙏'],
    [170, 'l', 'Have a great day! 🎉'],
  ]),
  chat([
    [0, 'p', 'How much is the late fee? £ or € doesnt matter 😂'],
    [30, 'l', 'Good morning • this is Jo @ Central ™ — fees are 25¢ a day (see example.org/fees).'],
    [60, 'p', 'ok great!! 👍'],
    [70, 'l', 'Is there anything else? 📞 call 410-555-0100 if the phone works better.'],
    [95, 'p', 'no ty 😊😊'],
  ]),
];

/** Latin-1 letters and signs just before an abbreviation's stop, a sentence's end, a URL, a contact. */
shaped.push(
  chat([
    [0, 'p', 'Is the Øst branch open? I need the £5 form'],
    [20, 'l', 'Hi, this is Jo. Ask at the Straße St. Mary branch desk. Dr. Ørsted can help: call 410-555-0100 or see example.org/øst.'],
    [60, 'p', 'ok 25°C inside? thanks ß'],
    [80, 'l', 'Ærø Co. has them too. Is there anything else I can help with?'],
    [100, 'p', 'no thats all þ'],
    [110, 'l', 'Bye! ×'],
  ]),
);

/** A provider's chat-speak introduction whose clause an emoji ends (v23 X1), or a symbol that ends nothing, before more. */
for (const sym of ['😊', '❤️', '⌚', '✓', '🇺🇸', '€', '👍🏽']) {
  shaped.push(
    chat([
      [0, 'p', 'do you have passport forms'],
      [15, 'l', `hey its kim from the eastside library ${sym} what can i do for u`],
      [60, 'l', `yes ${sym} the forms are at the front desk, see example.org/passports`],
      [80, 'p', `ok thx ${sym}`],
      [90, 'l', `bye ${sym}`],
    ]),
    // v10's patronDone takes emoji between the thanks and "thats it"
    chat([
      [0, 'p', 'how late is the main branch open tonight'],
      [20, 'l', 'Hi, this is Jo. The main branch is open until 9 tonight: example.org/hours'],
      [50, 'l', 'Is there anything else I can help you with?'],
      [70, 'p', `thanks ${sym} thats it`],
      [400, 'l', 'Are you still there?'],
    ]),
  );
}

/** The devset and the shaped sessions, each also with symbols sprinkled into some of its messages (several seeds). */
function corpus(): Transcript[] {
  const out: Transcript[] = [...shaped];
  const r = rng(15);
  for (const t of [...devset, ...shaped]) {
    out.push(t);
    for (let v = 0; v < 12; v++) {
      const every = 1 + r(3);
      out.push({ ...t, messages: t.messages.map((m, i) => (i % every === v % every ? { ...m, text: sprinkle(m.text, r) } : m)) });
    }
  }
  return out;
}

const sessions = corpus();
const intervals = devset.flatMap((t) => providerIntervals(t));
const now = T0 + 400 * 86_400_000;
/** The rubric in force and the versions whose patterns name symbols. */
const VERSIONS = [
  ['the rubric in force', currentRubric],
  ['v34', rubricV34],
  ['v23 (emoji ending an introduction)', rubricV23],
  ['v10 (emoji in patronDone)', rubricV10],
] as const;

/** The sessions whose score under `rubric` differs with `use(true)` and with `use(false)` (status, note, value or evidence). */
function scoredOtherwise(rubric: Rubric, use: (on: boolean) => void): string[] {
  const differ: string[] = [];
  for (const t of sessions) {
    use(true);
    const a = JSON.stringify(scoreSession(t, { now, rubric, otherIntervals: intervals }));
    use(false);
    const b = JSON.stringify(scoreSession(t, { now, rubric, otherIntervals: intervals }));
    use(true);
    if (a !== b) differ.push(`${t.externalId}: ${t.messages.map((m) => m.text).join(' | ').slice(0, 300)}`);
  }
  return differ;
}

afterEach(() => {
  useSymbolStandIns(true);
  useLatin1Bytes(true);
});

describe('symbols beyond Latin-1 read through one-byte stand-ins', () => {
  it('normalised text holds a stand-in for each of their UTF-16 units, and nothing beyond Latin-1', () => {
    expect(normalize('Thanks!! 😊')).toBe('thanks!! \x81\x82');
    expect(normalize('ok ✓ ❤️ ⌚ € 🇺🇸')).toBe('ok \x88 \x83\x84 \x86 \x89 \x87\x82\x87\x82');
    // other scripts, other planes' letters and C1 characters already in the text: left as they were
    expect(normalize('спасибо 😊')).toBe('спасибо 😊');
    expect(normalize('\ud840\udc00 ✓')).toBe('\ud840\udc00 ✓');
    expect(normalize('x\u0085 ✓')).toBe('x\u0085 ✓');
    useSymbolStandIns(false);
    expect(normalize('Thanks!! 😊')).toBe('thanks!! 😊');
  });

  it('no phrase family of any version names a symbol beyond Latin-1 but through the classes that take the stand-ins', () => {
    const named: string[] = [];
    const versions = Object.entries(R).filter(([k]) => /^rubricV\d+$/.test(k)) as [string, Rubric][];
    for (const [name, rubric] of versions) {
      for (const f of PHRASE_FAMILIES) {
        for (const alt of rubric.phrases[f]) {
          let rest = alt;
          for (const [from] of STAND_IN_CLASSES) rest = rest.replaceAll(from, '');
          for (const m of rest.matchAll(/\\u([0-9a-fA-F]{4})|[^\x00-\xff]/g)) {
            const ch = m[1] !== undefined ? String.fromCharCode(parseInt(m[1], 16)) : m[0];
            // letters, digits and marks of other scripts are safe: a text holding one gets no stand-ins at all
            if (ch.charCodeAt(0) > 0xff && !/[\p{L}\p{N}\p{M}]/u.test(ch)) named.push(`${name} ${f}: ${JSON.stringify(alt.slice(0, 80))}`);
          }
        }
      }
    }
    expect(named).toEqual([]);
  });

  it.each(VERSIONS)('score the same with them and without them under %s', (_name, rubric) => {
    expect(sessions.length).toBeGreaterThan(500);
    expect(scoredOtherwise(rubric, useSymbolStandIns)).toEqual([]);
  });
});

describe('normalised text beyond ASCII walked as bytes', () => {
  const P = compilePhrases(currentRubric);
  it('the byte loop gives the normalised text of Latin-1 letters, signs and stand-ins, not of other scripts', () => {
    for (const text of ['Thanks!! 😊', 'Straße 5 — £3 °C. Dr. Who?', 'Ærø Co. ✓ ❤️ 👍🏽', 'ok 25° ±1 × 2']) {
      const len = normalizeToBytes(text, P.words!, P.abbreviations);
      expect(len, text).toBeGreaterThan(0);
      expect(normString(len)).toBe(normalize(text));
    }
    expect(normalizeToBytes('спасибо 😊', P.words!, P.abbreviations)).toBe(-1);
    useLatin1Bytes(false);
    expect(normalizeToBytes('Straße', P.words!, P.abbreviations)).toBe(-1);
  });

  it('the sessions hold many messages that take the walk', () => {
    let walked = 0;
    for (const t of sessions) for (const m of t.messages) if (/[^\x00-\x7f]/.test(normalize(m.text)) && normalizeToBytes(m.text, P.words!, P.abbreviations) >= 0) walked++;
    expect(walked).toBeGreaterThan(3000);
  });
  it.each(VERSIONS)('score the same with and without the walk under %s', (_name, rubric) => {
    expect(scoredOtherwise(rubric, useLatin1Bytes)).toEqual([]);
  });
});
