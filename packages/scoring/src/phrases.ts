/**
 * The rubric's phrase families compiled once per rubric object, plus a word index that lets a
 * message skip every family that cannot match it.
 *
 * Speed matters (tens of thousands of sessions a second), and running ~60 alternations over
 * every message is most of the cost. So each alternative's possible first words are derived
 * from its regex source ("let me (check|look)" can only match where a word starts with "let ");
 * one pass over a message's words then tells which families are worth running. Alternatives
 * whose first word cannot be derived (a character class, an anchor on punctuation) are always
 * run, so the index can only skip work, never change a result.
 */
import { PHRASE_FAMILIES, type PhraseFamily, type Rubric } from './rubric';

/** Words are indexed by their first KEY_LEN characters (shorter words by the whole word). */
const KEY_LEN = 4;

export type Phrases = Readonly<Record<PhraseFamily, RegExp>> & {
  /** The same family with the `g` flag, for finding every match (lastIndex reset on each call). */
  readonly global: (family: PhraseFamily) => RegExp;
  /** Families that may match a text, from its words (index = position in PHRASE_FAMILIES). */
  readonly gate: (normalised: string) => Uint8Array;
  /** Position of a family in the gate array. */
  readonly index: Readonly<Record<PhraseFamily, number>>;
};

const NEVER = '(?!)';
const POW = [1, 37, 37 ** 2, 37 ** 3, 37 ** 4];

/** 1-26 for a-z, 27-36 for 0-9, 0 for anything else (not part of a word). */
function charKey(c: number): number {
  return c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : 0;
}

/** A hash of a whole word (30 bits: a small integer in V8); a collision only makes the index let more through. */
function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + charKey(w.charCodeAt(i))) & 0x3fffffff;
  return h;
}

/** A number for the word start `w` (at most KEY_LEN characters), unique per length and text. */
function keyOfString(w: string): number {
  let raw = 0;
  for (let i = 0; i < w.length; i++) raw = raw * 37 + charKey(w.charCodeAt(i));
  return w.length * POW[w.length]! + raw;
}
const cache = new WeakMap<Rubric, Phrases>();

function source(list: readonly string[] | undefined): string {
  if (!list || list.length === 0) return NEVER;
  return list.length === 1 ? list[0]! : list.map((s) => `(?:${s})`).join('|');
}

export function compilePhrases(rubric: Rubric): Phrases {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const compiled = {} as Record<PhraseFamily, RegExp>;
  const index = {} as Record<PhraseFamily, number>;
  const globals = new Map<PhraseFamily, RegExp>();
  // Three indexes from a message word to the families it may start:
  //  - exact: anchors that are whole words ("chat" in "(?:chat|session)\b"), by a hash of the word;
  //  - prefix: anchors that may continue inside the word ("transfer" in "transfer(?:ring)?"), by
  //    their first KEY_LEN characters (shorter ones by all their characters).
  const exact = new Map<number, number[]>();
  const prefix = new Map<number, number[]>();
  const always: number[] = [];
  const add = (map: Map<number, number[]>, k: number, f: number) => {
    const list = map.get(k);
    if (!list) map.set(k, [f]);
    else if (!list.includes(f)) list.push(f);
  };
  PHRASE_FAMILIES.forEach((f, fi) => {
    index[f] = fi;
    const list = rubric.phrases[f] ?? [];
    compiled[f] = new RegExp(source(list));
    let isAlways = false;
    for (const src of list) {
      const starts = anchorStrings(src);
      if (!starts) {
        isAlways = true;
        break;
      }
      for (const s of starts) {
        const word = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
        if (word.length === 0) {
          isAlways = true;
          break;
        }
        if (s.length > word.length) add(exact, wordHash(word), fi);
        else add(prefix, keyOfString(word.slice(0, KEY_LEN)), fi);
      }
      if (isAlways) break;
    }
    if (isAlways) always.push(fi);
  });
  const n = PHRASE_FAMILIES.length;
  const prefixLens = new Uint8Array(KEY_LEN + 1);
  for (const k of prefix.keys()) for (let L = 1; L <= KEY_LEN; L++) if (k >= L * POW[L]! && k < (L + 1) * POW[L]!) prefixLens[L] = 1;
  const gate = (text: string): Uint8Array => {
    const flags = new Uint8Array(n);
    for (const fi of always) flags[fi] = 1;
    const len = text.length;
    let i = 0;
    while (i < len) {
      let c = charKey(text.charCodeAt(i));
      if (c === 0) {
        i++;
        continue;
      }
      // a word starts at i: look up each of its first KEY_LEN prefixes, then the whole word
      let raw = 0;
      let L = 0;
      let h = 0;
      while (c !== 0) {
        if (L < KEY_LEN) {
          raw = raw * 37 + c;
          L++;
          if (prefixLens[L] === 1) {
            const hits = prefix.get(L * POW[L]! + raw);
            if (hits !== undefined) for (let j = 0; j < hits.length; j++) flags[hits[j]!] = 1;
          }
        }
        h = (Math.imul(h, 31) + c) & 0x3fffffff;
        i++;
        c = i < len ? charKey(text.charCodeAt(i)) : 0;
      }
      const hits = exact.get(h);
      if (hits !== undefined) for (let j = 0; j < hits.length; j++) flags[hits[j]!] = 1;
    }
    return flags;
  };
  const out: Phrases = Object.assign(compiled, {
    global(f: PhraseFamily): RegExp {
      let re = globals.get(f);
      if (!re) {
        re = new RegExp(source(rubric.phrases[f]), 'g');
        globals.set(f, re);
      }
      re.lastIndex = 0;
      return re;
    },
    gate,
    index,
  });
  cache.set(rubric, out);
  return out;
}

// ---- first strings of a regex source ------------------------------------------------------------

type Atom =
  | { k: 'char'; c: string; min: number; max: number }
  | { k: 'any'; min: number; max: number }
  /** zero-width; `wb` when it guarantees a word start (\b or ^) */
  | { k: 'zero'; wb: boolean }
  | { k: 'group'; alts: Atom[][]; min: number; max: number };

/** Words too common to say anything about a message: a poor choice of anchor. */
const COMMON = new Set(
  'a an the i im id ill ive me my we were our us you u your youre it its is are was be been to of and or in on at for with this that these those so do does did can could will would should have has had just not no yes ok there here what how when where which who if as by from about all any some'.split(' '),
);

/** Words frequent in chat reference in particular. */
const FREQUENT = new Set(
  'chat help library look find search check thank thanks please time go get going need want know like good great one page link info information card book books question questions let see try use give take'.split(' '),
);

export function anchorCost(set: Set<string>): number {
  let cost = set.size * 0.1;
  for (const s of set) {
    const w = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
    if (w.length === 0) return Infinity;
    if (COMMON.has(w)) cost += 10;
    else if (FREQUENT.has(w)) cost += 3;
    else if (w.length < 3) cost += 3;
    else cost += 2 / w.length; // short words are more often common ones
  }
  return cost;
}

/**
 * For each top-level alternative of `src`, a set of literal strings one of which must start a
 * word of any text the alternative matches, chosen among the alternative's word-start
 * positions so that the words are as uncommon as possible; the union over the alternatives, or
 * null when some alternative has no such set.
 */
export function anchorStrings(src: string): Set<string> | null {
  try {
    const [alts, end] = parseAlts(src, 0);
    if (end !== src.length) return null;
    return bestOfAlts(alts, false);
  } catch {
    return null;
  }
}

function bestOfAlts(alts: Atom[][], wb: boolean): Set<string> | null {
  const out = new Set<string>();
  for (const seq of alts) {
    const best = bestOfSeq(seq, wb);
    if (!best) return null;
    for (const x of best) out.add(x);
  }
  return out;
}

/** The cheapest anchor set among the word-start positions of a sequence (`wb`: a word starts at its beginning). */
function bestOfSeq(seq: Atom[], wb: boolean): Set<string> | null {
  let best: Set<string> | null = null;
  let bestCost = Infinity;
  for (let j = 0; j < seq.length; j++) {
    const a = seq[j]!;
    if (a.k !== 'zero' && wb) {
      // a word starts at atom j: inside a mandatory group, each alternative may anchor on its own best word
      const cand = a.k === 'group' && a.min >= 1 ? bestOfAlts(a.alts, true) : firstOfSeq(seq, j, true);
      if (cand) {
        const c = anchorCost(cand);
        if (c < bestCost) {
          best = cand;
          bestCost = c;
        }
      }
    }
    // does a word start right after atom j?
    if (a.k === 'zero') wb = a.wb || wb;
    else if (endsWithSpace(a)) wb = a.min >= 1 || wb;
    else wb = false;
  }
  return best;
}

/** Every way of matching the atom ends with a space ("x ", "(?:just |please )"). */
function endsWithSpace(a: Atom): boolean {
  if (a.k === 'char') return a.c === ' ';
  if (a.k !== 'group') return false;
  return a.alts.every((alt) => {
    const last = alt[alt.length - 1];
    return last !== undefined && last.k !== 'zero' && last.min >= 1 && endsWithSpace(last);
  });
}

function firstOfAlts(alts: Atom[][], wb: boolean): Set<string> | null {
  const out = new Set<string>();
  for (const seq of alts) {
    const s = firstOfSeq(seq, 0, wb);
    if (!s) return null;
    for (const x of s) out.add(x);
  }
  return out;
}

function firstOfSeq(seq: Atom[], i: number, wb: boolean): Set<string> | null {
  for (; i < seq.length; i++) {
    const z = seq[i]!;
    if (z.k !== 'zero') break;
    if (z.wb) wb = true;
  }
  const a = seq[i];
  if (!a || a.k === 'zero') return null; // may match the empty string
  if (a.k === 'any') return null;
  if (a.min === 0) {
    const own = a.k === 'group' ? firstOfAlts(a.alts, wb) : wb ? new Set([a.c]) : null;
    const rest = firstOfSeq(seq, i + 1, wb);
    if (!own || !rest) return null;
    for (const x of rest) own.add(x);
    return own;
  }
  if (a.k === 'group') return firstOfAlts(a.alts, wb);
  // only a match that starts at a word start can be found from the words
  if (!wb) return null;
  // a run of plain characters: "let me " from "let me (?:check|look)"
  let s = a.c;
  if (a.max === 1) {
    let j = i + 1;
    for (; j < seq.length; j++) {
      const b = seq[j]!;
      if (b.k !== 'char' || b.min !== 1) break;
      s += b.c;
      if (b.max !== 1) {
        j = -1;
        break;
      }
    }
    const next = j >= 0 ? seq[j] : undefined;
    if (next && next.k === 'zero' && next.wb) s += ' '; // "\\bok\\b": the whole word
  }
  return new Set([s]);
}

/** Parses alternatives until ')' or the end; returns them and the index reached. */
function parseAlts(src: string, i: number): [Atom[][], number] {
  const alts: Atom[][] = [[]];
  while (i < src.length) {
    const c = src[i]!;
    if (c === ')') break;
    if (c === '|') {
      alts.push([]);
      i++;
      continue;
    }
    let atom: Atom;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) throw new Error('dangling escape');
      i += 2;
      if (e === 'b') atom = { k: 'zero', wb: true };
      else if (e === 'B') atom = { k: 'zero', wb: false };
      else if ('dDwWsS'.includes(e)) atom = { k: 'any', min: 1, max: 1 };
      else if (/[a-zA-Z0-9]/.test(e)) throw new Error('unsupported escape'); // \u, \x, \p, \k, \1 ...
      else atom = { k: 'char', c: e, min: 1, max: 1 };
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Error('open class');
      i = j + 1;
      atom = { k: 'any', min: 1, max: 1 };
    } else if (c === '(') {
      let j = i + 1;
      let look = false;
      if (src[j] === '?') {
        const t = src[j + 1];
        if (t === ':') j += 2;
        else if (t === '=' || t === '!') {
          look = true;
          j += 2;
        } else if (t === '<' && (src[j + 2] === '=' || src[j + 2] === '!')) {
          look = true;
          j += 3;
        } else throw new Error('unsupported group');
      }
      const [inner, end] = parseAlts(src, j);
      if (src[end] !== ')') throw new Error('open group');
      i = end + 1;
      atom = look ? { k: 'zero', wb: false } : { k: 'group', alts: inner, min: 1, max: 1 };
    } else if (c === '^' || c === '$') {
      i++;
      atom = { k: 'zero', wb: c === '^' };
    } else if (c === '.') {
      i++;
      atom = { k: 'any', min: 1, max: 1 };
    } else if ('*+?{'.includes(c)) {
      throw new Error('quantifier without atom');
    } else {
      i++;
      atom = { k: 'char', c, min: 1, max: 1 };
    }
    // quantifier
    const q = src[i];
    let min = 1;
    let max = 1;
    if (q === '?' || q === '*' || q === '+') {
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : Infinity;
      i++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        i += m[0].length;
      }
    }
    if (src[i] === '?' && (min !== 1 || max !== 1)) i++; // lazy
    if (min !== 1 || max !== 1) {
      if (atom.k === 'zero') {
        if (min !== 0) throw new Error('quantified assertion');
      } else atom = { ...atom, min, max };
    }
    alts[alts.length - 1]!.push(atom);
  }
  return [alts, i];
}
