/**
 * The word index (phrases.ts) may only skip work: it must never hide a match. The index's checks of the newer half of the rubric
 * versions (`phrase-index-cases.ts`; the older half, and the guard that each version keeps its families at their first words, are
 * in `phrases-older.test.ts`: decision 013, second addendum), and the parted regexps of the families longer than V8 optimises.
 */
import { describe, expect, it } from 'vitest';
import { compilePhrases, F, familyRegExp, PartedRegExp, STICKY_PART_CHARS, testAtWords, V8_OPTIMISED_CHARS } from '../src/phrases';
import { PHRASE_FAMILIES, rubricV8, rubricV9, rubricV41 } from '../src/rubric';
import { firstWords, normalizeToBytes, normString } from '../src/text';
import { describePhraseIndex, NEWER_FROM, VERSIONS } from './phrase-index-cases';

describePhraseIndex(VERSIONS.slice(NEWER_FROM));

describe('a family longer than V8 optimises (rubric v9 completeness)', () => {
  it('is compiled in parts under STICKY_PART_CHARS, holding its alternatives in order', () => {
    const P = compilePhrases(rubricV9);
    const fi = PHRASE_FAMILIES.indexOf('completeness');
    const parts = P.stickyParts[fi]!;
    expect(P.sticky[fi]!.source.length).toBeGreaterThan(20 * 1024);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const re of parts) {
      expect(re.source.length).toBeLessThanOrEqual(STICKY_PART_CHARS);
      expect(re.sticky).toBe(true);
    }
    // the parts' sources, joined, are the whole family's
    expect(parts.map((re) => re.source).join('|')).toBe(P.sticky[fi]!.source);
    // each part is tried only at words one of its alternatives may start with: some words, not all
    const may = P.stickyPartWords[fi]!;
    expect(may.length).toBe(parts.length);
    for (const m of may) {
      const marked = m.reduce((a, b) => a + b, 0);
      expect(marked).toBeGreaterThan(0);
      expect(marked).toBeLessThan(m.length);
    }
    // "does that answer your question" starts at "does", which the first part's alternatives open on
    const len = normalizeToBytes('does that answer your question', P.words!, P.abbreviations);
    const words = firstWords();
    expect(testAtWords(P, fi, normString(len), words)).toBe(true);
    expect(may[0]![words[1]!]).toBe(1);
    // a family under the limit stays one regex
    expect(P.stickyParts[PHRASE_FAMILIES.indexOf('hold')]).toBeNull();
    expect(compilePhrases(rubricV8).stickyParts[fi]).toBeNull();
  });
});

describe('a family longer than V8 optimises, run outside the first words (PartedRegExp)', () => {
  // alternatives over a small alphabet, so that they often match at the same place and overlap; a filler alternative
  // that never matches pushes the whole past V8's limit, so the family is compiled in parts
  const filler = (k: number) => `(?:q${'z'.repeat(STICKY_PART_CHARS * 0.7)}${k})`;
  let seed = 3;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const piece = () => pick(['a', 'b', 'ab', 'ba', 'b ', 'a+', 'b?', '\\ba', 'b\\b', '(?<=a)b', 'a(?= )', '(?:a|b)', ' ', '', '^a', 'b$']);
  const families = Array.from({ length: 40 }, () => {
    const alts = Array.from({ length: 6 }, () => piece() + piece() + piece()).filter((x) => x.length > 0);
    // the filler between the alternatives, so each part holds some of them
    return [...alts.slice(0, 2), filler(1), ...alts.slice(2, 4), filler(2), ...alts.slice(4)];
  });
  const texts = Array.from({ length: 60 }, () => Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pick(['a', 'b', ' ', 'c'])).join(''));

  it('is a PartedRegExp of parts under STICKY_PART_CHARS whose source is the whole', () => {
    const re = familyRegExp(families[0]!);
    expect(re).toBeInstanceOf(PartedRegExp);
    expect(re.source.length).toBeGreaterThan(V8_OPTIMISED_CHARS);
    expect(re.source).toBe(new RegExp(families[0]!.map((x) => `(?:${x})`).join('|')).source);
    expect(familyRegExp(['let me check', 'one moment'])).not.toBeInstanceOf(PartedRegExp);
  });

  it('answers test, exec, matchAll, replace, split and search as the whole alternation does, with every flag', () => {
    const wrong: string[] = [];
    let matches = 0;
    for (const list of families) {
      for (const flags of ['', 'g', 'y', 'gy']) {
        const parted = familyRegExp(list, flags);
        const plain = new RegExp(parted.source, flags);
        for (const t of texts) {
          const say = (what: string, a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b) && wrong.push(`${what} /${flags} on ${JSON.stringify(t)}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
          for (const at of [0, 1, 3]) {
            parted.lastIndex = plain.lastIndex = at;
            say(`test from ${at}`, parted.test(t), plain.test(t));
            say('lastIndex after test', parted.lastIndex, plain.lastIndex);
            parted.lastIndex = plain.lastIndex = at;
            const [a, b] = [parted.exec(t), plain.exec(t)];
            say(`exec from ${at}`, a && [a.index, a[0], a.length], b && [b.index, b[0], b.length]);
            say('lastIndex after exec', parted.lastIndex, plain.lastIndex);
            if (b) matches++;
          }
          parted.lastIndex = plain.lastIndex = 0;
          if (flags.includes('g')) {
            parted.lastIndex = plain.lastIndex = 1;
            say('matchAll from 1', [...t.matchAll(parted)].map((m) => [m.index, m[0]]), [...t.matchAll(plain)].map((m) => [m.index, m[0]]));
            say('lastIndex after matchAll', parted.lastIndex, plain.lastIndex);
            parted.lastIndex = plain.lastIndex = 0;
          }
          say('replace', t.replace(parted, '<$&>'), t.replace(plain, '<$&>'));
          say('split', t.split(parted), t.split(plain));
          say('search', t.search(parted), t.search(plain));
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });

  it('is how rubric v41 compiles its families and anchored alternatives over the limit, and only those', () => {
    const P = compilePhrases(rubricV41);
    const over = PHRASE_FAMILIES.filter((f) => P[f].source.length > V8_OPTIMISED_CHARS);
    // (v41: hold, completeness, dismissalHard, dismissalConvenience, notPromise, referralVerb, referralParty)
    expect(over).toContain('referralParty');
    expect(over.length).toBeGreaterThanOrEqual(5);
    for (const f of PHRASE_FAMILIES) {
      const fi = P.index[f];
      const big = over.includes(f);
      expect(P[f] instanceof PartedRegExp, f).toBe(big);
      expect(P.global(f) instanceof PartedRegExp, `${f} (global)`).toBe(big);
      const edge = P.edges[fi];
      if (edge) expect(edge instanceof PartedRegExp, `${f} (anchored)`).toBe(edge.source.length > V8_OPTIMISED_CHARS);
    }
    // "is that everything you need" is one of completeness' anchored alternatives, past v41's limit for them
    expect(P.edges[F.completeness]).toBeInstanceOf(PartedRegExp);
    expect(P.edgeSticky[F.completeness]).toBeInstanceOf(PartedRegExp);
    // the whole and the compiled family find the same parties in a referral
    const n = 'you could ask the county clerk or the reference desk at the state archives, or your tutor';
    const want = [...n.matchAll(new RegExp(P.referralParty.source, 'g'))].map((m) => `${m.index}:${m[0]}`);
    expect(want.length).toBeGreaterThan(1);
    expect([...n.matchAll(P.global('referralParty'))].map((m) => `${m.index}:${m[0]}`)).toEqual(want);
  });
});
