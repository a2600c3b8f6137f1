/**
 * The fast paths added for speed give exactly what the simple code they replace gave: random
 * inputs, compared with the reference (Date.parse, the v1 normalize, the name regex, the string
 * sentence split and word index).
 */
import { describe, expect, it } from 'vitest';
import { hasOwnName } from '../src/classify';
import { compilePhrases } from '../src/phrases';
import { currentRubric, rubricV4 } from '../src/rubric';
import { normalize, normalizeToBytes, sentenceRanges, splitRawSentences, splitSentences } from '../src/text';
import { parseTime } from '../src/timeline';
import { rng } from './helpers';
import { normalizeReference } from './reference/normalize-v1';

describe('parseTime', () => {
  it('equals Date.parse on ISO-like strings, valid or not', () => {
    const r = rng(1);
    const p2 = (x: number) => String(x).padStart(2, '0');
    const noise = '0123456789-:T.Z+ x';
    const bad: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      const y = [999, 1000, 1969, 1970, 2000, 2024, 2025, 9999][r(8)]! + r(3);
      let s = `${String(y).padStart(4, '0')}-${p2(r(14))}-${p2(r(33))}T${p2(r(26))}:${p2(r(62))}:${p2(r(62))}`;
      if (r(2)) s += `.${String(r(1000)).padStart(r(2) ? 3 : 2, '0')}`;
      s += ['Z', '+00:00', '-05:00', `+${p2(r(26))}:${p2(r(62))}`, `-${p2(r(26))}:${p2(r(62))}`, '', '+0000', 'z'][r(8)];
      if (r(8) === 0) {
        const a = s.split('');
        a[r(a.length)] = noise[r(noise.length)]!;
        s = a.join('');
      }
      if (!Object.is(parseTime(s), Date.parse(s))) bad.push(s);
    }
    expect(bad).toEqual([]);
    expect(parseTime(undefined)).toBeNaN();
    expect(parseTime('yesterday')).toBeNaN();
  });
});

describe('normalize', () => {
  it('equals the v1 normalisation on random chat text', () => {
    const r = rng(2);
    const parts = [
      'u', 'U', 'ur', 'r u', 'R U', 'r you', 'pls', 'PLZ', 'thx', 'ty', 'tysm', 'b4', '2day', 'w/', 'w/o', 'W/O', 'w', 'e-mail', 'E mail', 'e mail',
      'web site', 'web-page', 'Web page', 'libary', 'okay', 'yeah', 'gonna', 'q', 'porfa', 'sec', 'min', 'hrs', 'idk', 'lmk', 'nvm', 'i', "i'm", "don't",
      "'quoted'", 'it\u2019s', '\u201cJo\u201d', 'caf\u00e9', '\u00bfS\u00ed?', 'na\u00efve', '\u2014', '\u2026', '\u00a0', '\u2192', 'x', 'hello', 'Library',
      'the', 'email', 'mail', 'u.s.', 'u@x.org', '@u', 'u-turn', '/u', 'u.', 'u-', '.u', 'ur.', 'thx!', 'pls?', 'abc123', '42', '\ud835\udc00', '\u4e2d\u6587',
      ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ',', '.', '!', '?', '-', '/', "'", '"', '(', ')', ':', ';',
    ];
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = 1 + r(25);
      for (let j = 0; j < n; j++) s += parts[r(parts.length)]!;
      if (normalize(s) !== normalizeReference(s)) bad.push(s);
    }
    expect(bad).toEqual([]);
  });
});

/** Random ASCII chat text: the cases the byte path handles one by one, and any ASCII character. */
function asciiText(r: (n: number) => number): string {
  const parts = [
    'u', 'U', 'ur', 'r u', 'R U', 'r you', 'r  u', 'r u_', '_r u', "'r u", 'pls', 'thx', 'ty', 'TYVM', 'b4', 'w/', 'w/o', 'W/O', 'w/ ', 'w/o.', 'w/oa', '_w/',
    'e-mail', 'E mail', 'e-mails', '_e-mail', 'xe-mail', 'web site', 'web-page', 'Web  page', 'xweb site', "i'm", "don't", "u'll", "'", "''", 'e', 'r', 'w',
    'hello', 'Library', 'let me check', 'transferring', 'anything else?', 'u.s.', 'u@x.org', 'www.x.org/a?b=1', '42', '_', '@', '.', '-', '/', ',', '!', '?',
    ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\x0b', '\x0c', '\x1c', '. ', '.\n', '?!', '...',
  ];
  let s = '';
  const n = 1 + r(30);
  for (let j = 0; j < n; j++) s += r(6) === 0 ? String.fromCharCode(r(128)) : parts[r(parts.length)]!;
  return s;
}

describe('normalize on ASCII text (the byte path)', () => {
  const P = compilePhrases(currentRubric);

  it('equals the v1 normalisation', () => {
    const r = rng(4);
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const s = asciiText(r);
      if (normalize(s) !== normalizeReference(s)) bad.push(s);
    }
    expect(bad).toEqual([]);
  });

  it('finds the sentences splitSentences finds, and the families gateBits allows in each', () => {
    const r = rng(5);
    const ranges = new Int32Array(4 * 4096);
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const s = asciiText(r);
      const n = normalize(s);
      const len = normalizeToBytes(s, P.words!);
      if (len !== n.length) {
        bad.push(s);
        continue;
      }
      const count = sentenceRanges(len, ranges);
      const parts = splitSentences(n);
      if (count !== parts.length) bad.push(s);
      for (let q = 0; q < Math.min(count, parts.length); q++) {
        const x = n.slice(ranges[4 * q]!, ranges[4 * q + 1]!);
        const gate = P.gateBits(x);
        if (x !== parts[q] || gate[0] !== (P.always[0]! | ranges[4 * q + 2]!) || gate[1] !== (P.always[1]! | ranges[4 * q + 3]!)) bad.push(s);
      }
    }
    expect(bad).toEqual([]);
  });

  it('splits raw text as splitSentences does', () => {
    const r = rng(6);
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const s = asciiText(r) + (r(4) === 0 ? '\u00e9 \u2028x' : '');
      if (JSON.stringify(splitRawSentences(s)) !== JSON.stringify(splitSentences(s))) bad.push(s);
    }
    expect(bad).toEqual([]);
  });
});

describe('own-name search', () => {
  it('finds what the name regex finds', () => {
    const r = rng(3);
    const names = ['Ana', 'Jo', 'Zo\u00eb', '\u00c9mile', 'Mary-Jo', "O'Neil", 'Li', 'A.B'];
    const pieces = ['Ana', 'Jo', 'Zo\u00eb', '\u00c9mile', 'Mary-Jo', "O'Neil", 'Li', 'Anas', 'xJo', 'Jo\u00e9', '\u00e9Jo', 'JO', 'jo', ' ', ', ', '.', '-', "'", '\ud835\udc00', '\u4e2d', '1', 'A.B', 'AxB'];
    const REGEX_CHARS = /[.*+?^${}()|[\]\\]/g;
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const toks = names.filter(() => r(3) === 0);
      if (toks.length === 0) continue;
      let raw = '';
      const n = 1 + r(8);
      for (let j = 0; j < n; j++) raw += pieces[r(pieces.length)]!;
      const re = new RegExp(`(?<![\\p{L}])(?:${toks.map((w) => w.replace(REGEX_CHARS, '\\$&')).join('|')})(?![\\p{L}])`, 'u');
      if (hasOwnName(raw, toks) !== re.test(raw)) bad.push(`${toks.join('|')}: ${raw}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('sentences with the rubric\'s abbreviations (v4)', () => {
  const P4 = compilePhrases(rubricV4);
  const A = P4.abbreviations!;
  const abbrevText = (r: (n: number) => number): string => {
    const parts = ['St.', 'st.', 'ST.', 'Dr.', 'Mrs.', 'C.', 'O.', 'u.', 'U.', 'w.', 'q.', 'a.', 'I.', 'e.g.', "O'B.", 'x.org', '(C.', 'Mt.', 'Kuhn.', 'prof.'];
    let s = '';
    const n = 1 + r(12);
    for (let j = 0; j < n; j++) s += r(2) === 0 ? asciiText(r) : `${[' ', '', '\n', '  '][r(4)]}${parts[r(parts.length)]}${[' ', ' ', '', '\n'][r(4)]}`;
    return s;
  };

  it('cuts the bytes, the normalised string and the raw text at the same places', () => {
    const r = rng(7);
    const ranges = new Int32Array(4 * 4096);
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const s = abbrevText(r);
      const n = normalize(s);
      const len = normalizeToBytes(s, P4.words!, A);
      if (len !== n.length) {
        bad.push(s);
        continue;
      }
      const count = sentenceRanges(len, ranges);
      const parts = splitSentences(n, A);
      if (count !== parts.length) bad.push(s);
      for (let q = 0; q < Math.min(count, parts.length); q++) if (n.slice(ranges[4 * q]!, ranges[4 * q + 1]!) !== parts[q]) bad.push(s);
      if (JSON.stringify(splitRawSentences(s, A)) !== JSON.stringify(splitSentences(s, A))) bad.push(s);
      // an abbreviation never makes raw and normalised text disagree more on the number of sentences
      // (apostrophes left out: raw and normalised text may already disagree at a "." before one, which
      // the normalisation makes a space, and "w/O'B" is rewritten in ways the raw text cannot see)
      const before = Math.abs(splitSentences(s).length - splitSentences(n).length);
      if (!s.includes("'") && Math.abs(splitSentences(s, A).length - parts.length) > before) bad.push(s);
    }
    expect(bad).toEqual([]);
  });

  it('does not cut after titles and initials, and still cuts after other words', () => {
    expect(splitSentences("Hi, this is Grace at St. Mary's County Library. Let me look.", A)).toEqual(["Hi, this is Grace at St. Mary's County Library.", 'Let me look.']);
    expect(splitSentences('Call the C. Burr Artz branch. Thanks!', A)).toEqual(['Call the C. Burr Artz branch.', 'Thanks!']);
    expect(splitSentences('Is that what u. Want? I said a. Then', A)).toEqual(['Is that what u.', 'Want?', 'I said a.', 'Then']);
    expect(splitSentences("Hi, this is Grace at St. Mary's County Library.")).toEqual(['Hi, this is Grace at St.', "Mary's County Library."]);
  });
});
