/**
 * The fast paths added for speed give exactly what the simple code they replace gave: random
 * inputs, compared with the reference (Date.parse, the v1 normalize, the name regex).
 */
import { describe, expect, it } from 'vitest';
import { hasOwnName } from '../src/classify';
import { normalize } from '../src/text';
import { parseTime } from '../src/timeline';
import { normalizeReference } from './reference/normalize-v1';

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

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
