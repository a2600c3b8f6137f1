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
import { MONTHS_O10, PHRASE_FAMILIES, WEST_X1, type PhraseFamily, type Rubric } from './rubric';
import { abbreviationsOf, wordKey, type Abbreviations, type WordIndex } from './text';

/** Words are indexed by their first KEY_LEN characters (shorter words by the whole word). */
const KEY_LEN = 4;

export type Phrases = Readonly<Record<PhraseFamily, RegExp>> & {
  /** The same family with the `g` flag, for finding every match (lastIndex reset on each call). */
  readonly global: (family: PhraseFamily) => RegExp;
  /** Families that may match a text, from its words (index = position in PHRASE_FAMILIES). */
  readonly gate: (normalised: string) => Uint8Array;
  /** The same as a bit set: family fi may match when bit (fi & 31) of word fi >> 5 is set. */
  readonly gateBits: (normalised: string) => Int32Array;
  /**
   * The index gateBits walks, for normalizeToBytes (text.ts) to walk as it writes the text (its
   * words' bits, to be or-ed with `always`); null when the families take more than two words.
   */
  readonly words: WordIndex | null;
  /** The families whose first words could not be derived: bits always set. */
  readonly always: Int32Array;
  /**
   * The families with an alternative anchored on ^ or $: such an alternative matches the start
   * or end of a sentence, which the whole message's text only has for its first or last
   * sentence, so their message-level answer is "one of the sentences matches" (Msg.has).
   */
  readonly anchored: Int32Array;
  /** For those families, their anchored alternatives alone (to test on the sentences), by id. */
  readonly edges: readonly (RegExp | null)[];
  /**
   * By id, for an anchored family with a sticky form: its anchored alternatives with the `y` flag, to run only at the
   * sentence's words that may start the family (testEdgeAtWords), as `sticky` is; null for the rest. The alternatives
   * are some of the family's, so every match starts at one of its first words, and ^ and $ still mean the sentence's
   * start and end: the answer is `edges`' on the sentence (the first-word index only skips starts that cannot match).
   */
  readonly edgeSticky: readonly (RegExp | null)[];
  /** Position of a family in the gate array. */
  readonly index: Readonly<Record<PhraseFamily, number>>;
  /** The compiled families by id (F). */
  readonly list: readonly RegExp[];
  /**
   * By id, the family with the `y` flag when every match of it starts at a word start with a
   * known first word (firstOfSeq: a \b or ^ before a literal), else null. Msg.has then runs it
   * only at the word starts the index says may begin a match (words.first), not at every position.
   */
  readonly sticky: readonly (RegExp | null)[];
  /**
   * By id, for a family with a sticky form whose source is longer than STICKY_PART_CHARS: the same
   * alternatives, in order, as several sticky regexes each under that length (null for the rest).
   * V8 stops optimising a regex whose source passes 20 KB (RegExp::kRegExpTooLargeToOptimize): a
   * family just past it ran ~4x slower in every call. Tried in order at the same start, the parts
   * find what the whole alternation finds there (it tries its alternatives in that order).
   */
  readonly stickyParts: readonly (readonly RegExp[] | null)[];
  /**
   * By id, for a family in parts: per part, whether it may start at a word, indexed as
   * `words.first` is (2 * node for a word ending on a trie node, 2 * node + 1 for one that falls off
   * after it): a part none of whose alternatives may start with the word is not tried there.
   */
  readonly stickyPartWords: readonly (readonly Uint8Array[] | null)[];
  /** The rubric's abbreviations (a "." after them ends no sentence), null when it has none (v1-v3). */
  readonly abbreviations: Abbreviations | null;
  /** The rubric's sourceShapes compiled (`label` with the g flag), null when it has none (v1-v4). */
  readonly sourceShapes: { title: RegExp; edition: RegExp; callNumber: RegExp; label: RegExp } | null;
  /** Where the clause after a referral verb ends: at . ; : ! ? or ", and", not at an abbreviation's "." (referral.ts). */
  readonly clauseEnd: RegExp;
  /** The rubric's `quotedTitleNotQuestionF` (v8 F): a "?" closing a quoted title asks nothing (timeline.ts). */
  readonly quotedTitleNotQuestion: boolean;
  /** The rubric's `htmlBreaksM` (v8 M): "<br>", "<p>", "</p>", "<div>", "</div>" left in a message's text are line breaks (timeline.ts). */
  readonly htmlBreaks: boolean;
  /** The rubric's `htmlLinksZ2` (v10 Z2): HTML anchors read as "text (url)", other inline tags removed (timeline.ts). */
  readonly htmlLinks: boolean;
  /** The rubric's `htmlBlocksL7` (v12 L7): block tags ("<li>", "</ul>", "<tr>", "<h3>") left in a message's text are line breaks (timeline.ts). */
  readonly htmlBlocks: boolean;
  /** The rubric's `mojibakeL7` (v12 L7): "Iâ€™ll" and the like read as the punctuation they were (timeline.ts). */
  readonly mojibake: boolean;
  /** The rubric's `wrappedLinesL7` (v12 L7): a line break inside a sentence joins the lines (timeline.ts). */
  readonly wrappedLines: boolean;
  /** The rubric's `placeholderContactsV14` (v14): "[email]" and "[phone]" read as the patron's own address and number (timeline.ts). */
  readonly placeholderContacts: boolean;
  /** The rubric's `markdownZ1` (v25 Z1): Markdown emphasis markers dropped, links read as "text (url)" (timeline.ts). */
  readonly markdown: boolean;
  /** The rubric's `templateFieldsZ1` (v25 Z1): unfilled template fields ("{{agent_name}}", "[Library Name]") read as nothing (timeline.ts). */
  readonly templateFields: boolean;
  /** The rubric's `invisibleZ1` (v25 Z1): soft hyphens and zero-width joiners inside words dropped (timeline.ts). */
  readonly invisible: boolean;
};

const NEVER = '(?!)';
/** The longest source a sticky family is compiled as one regex (Phrases.stickyParts): well under V8's 20 KB. */
export const STICKY_PART_CHARS = 16_000;

/** `list` cut, in order, into runs whose source (source()) is at most STICKY_PART_CHARS long; null when the whole is. */
function stickyPartsOf(list: readonly string[]): string[][] | null {
  if (source(list).length <= STICKY_PART_CHARS) return null;
  const parts: string[][] = [];
  let run: string[] = [];
  let len = 0;
  for (const src of list) {
    const add = src.length + 5; // "(?:" ")" and a "|"
    if (run.length > 0 && len + add > STICKY_PART_CHARS) {
      parts.push(run);
      run = [];
      len = 0;
    }
    run.push(src);
    len += add;
  }
  if (run.length > 0) parts.push(run);
  return parts;
}
/** V8 compiles a regex whose source is longer than this without its optimisations (RegExp::kRegExpTooLargeToOptimize). */
export const V8_OPTIMISED_CHARS = 20 * 1024;

/**
 * A family (or its anchored alternatives) too long for V8 to optimise, as a RegExp whose `exec` and `test` run its
 * alternatives as several regexes each under STICKY_PART_CHARS (stickyPartsOf): V8 ran the whole ~4x slower in every
 * call, and the scorer tests families on clauses and sentences outside the first-word index too (referral.ts tested
 * `referralParty`, 23 KB in v41, a tenth of the scorer's time). The answers are the whole's:
 * - without g or y, `test` is whether some part matches anywhere (some alternative matches somewhere);
 * - `exec` (and with it replace, split and search, which call it) returns the leftmost match of any part from the start
 *   (lastIndex with g, 0 without) and, among parts matching there, the earliest part's: the alternation's leftmost
 *   match is its first alternative in order that matches at the leftmost position, and the parts hold the alternatives
 *   in order. With y, the first part in order that matches at lastIndex. No family has a capturing group (phrases.test.ts
 *   checks), so a part's match array is the whole's;
 * - matchAll has its own iterator over the same matches (decision 016).
 * `source` and `flags` are the whole's; the whole itself is never run (V8 compiles a regex at its first run).
 */
export class PartedRegExp extends RegExp {
  private readonly partSources: readonly string[];
  /** The parts with g (or y when this has y), built at the first run, or shared with the regex this one copies. */
  private runs: RegExp[] | undefined;
  /**
   * With g (and not y), each part's last search: the text, where it started, what it found. A part's leftmost match from
   * `from` is also its leftmost from any later start up to that match (none begins between them, and a match at a
   * position does not depend on where the search began), and no match from `from` means none from later: an exec loop
   * over a long text then scans it once per part, not once per part and match (a part that matches late or never
   * rescanned the rest of the text at every call: the referral-hostile text took twice the whole's time).
   */
  private lastText: string | undefined;
  private lastFrom: number[] | undefined;
  private lastFound: (RegExpExecArray | null)[] | undefined;

  /** `parts` omitted: as `pattern`'s (String.prototype.split constructs a copy through Symbol.species). */
  constructor(pattern: string | RegExp, flags?: string, parts?: readonly string[]) {
    super(pattern, flags);
    const from = pattern instanceof PartedRegExp ? pattern : null;
    this.partSources = parts ?? from?.partSources ?? [typeof pattern === 'string' ? pattern : pattern.source];
    // (compiling the parts again for every copy cost more than the whole regex it replaces)
    if (from !== null && from.flags === this.flags) this.runs = from.partRuns();
  }

  private partRuns(): RegExp[] {
    const own = this.sticky ? 'y' : 'g';
    const extra = this.flags.replace(/[gy]/g, '');
    return (this.runs ??= this.partSources.map((src) => new RegExp(src, own + extra)));
  }

  /** The whole's match from `start` (at `start` only, with y); lastIndex is left alone. */
  private matchFrom(s: string, start: number): RegExpExecArray | null {
    if (start > s.length) return null;
    const runs = this.partRuns();
    const remember = this.global && !this.sticky;
    if (remember && s !== this.lastText) {
      this.lastText = s;
      this.lastFrom = runs.map(() => Infinity);
      this.lastFound = runs.map(() => null);
    }
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < runs.length; i++) {
      let m: RegExpExecArray | null;
      if (remember && this.lastFrom![i]! <= start && (this.lastFound![i] === null || this.lastFound![i]!.index >= start)) m = this.lastFound![i]!;
      else {
        const re = runs[i]!;
        re.lastIndex = start;
        m = re.exec(s);
        if (remember) {
          this.lastFrom![i] = start;
          this.lastFound![i] = m;
        }
      }
      if (m !== null && (best === null || m.index < best.index)) best = m;
      // nothing starts before `start`, and an earlier part wins a tie
      if (best !== null && best.index === start) break;
    }
    return best;
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    if (!this.global && !this.sticky) return this.matchFrom(s, 0);
    const best = this.matchFrom(s, this.lastIndex);
    this.lastIndex = best === null ? 0 : best.index + best[0].length;
    return best;
  }

  override test(text: string): boolean {
    if (this.global || this.sticky) return this.exec(text) !== null;
    const s = String(text);
    for (const re of this.partRuns()) {
      re.lastIndex = 0;
      if (re.test(s)) return true;
    }
    return false;
  }

  /**
   * String.prototype.matchAll: what RegExp.prototype[Symbol.matchAll] gives (every match from lastIndex on, an empty one
   * stepping one character; without g, the first only), without the copy it would construct through Symbol.species.
   */
  override *[Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    const s = String(text);
    if (!this.global) {
      const m = this.matchFrom(s, this.sticky ? this.lastIndex : 0);
      if (m !== null) yield m;
      return undefined;
    }
    let at = this.lastIndex;
    for (let m = this.matchFrom(s, at); m !== null; m = this.matchFrom(s, at)) {
      yield m;
      at = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
    }
    return undefined;
  }
}

/** The alternatives of `list` as one regex with `flags`: a PartedRegExp when its source is too long for V8 to optimise. */
export function familyRegExp(list: readonly string[] | undefined, flags = ''): RegExp {
  const src = source(list);
  if (src.length <= V8_OPTIMISED_CHARS) return new RegExp(src, flags);
  return new PartedRegExp(src, flags, stickyPartsOf(list!)!.map(source));
}

/** A ^ that is not a class's negation, or a $, unescaped. */
const ANCHOR = /(?<![\\[])\^|(?<!\\)\$/;

/** Family ids (positions in PHRASE_FAMILIES) for the call sites: `m.has(F.hold)` needs no string lookup. */
export const F = Object.freeze(Object.fromEntries(PHRASE_FAMILIES.map((f, i) => [f, i]))) as { readonly [K in PhraseFamily]: number };

const cache = new WeakMap<Rubric, Phrases>();

function source(list: readonly string[] | undefined): string {
  if (!list || list.length === 0) return NEVER;
  return list.length === 1 ? withStandIns(list[0]!) : list.map((s) => `(?:${withStandIns(s)})`).join('|');
}

/**
 * The classes of symbols beyond Latin-1 that phrase families name, each widened to take the
 * one-byte stand-ins normalised text writes for those symbols (text.ts `symbolsOneByte`), so a
 * family reads a symbol alike as itself or as its stand-in. No family names any other symbol
 * beyond Latin-1 (phrases.test.ts checks every version's families).
 */
export const STAND_IN_CLASSES: readonly (readonly [string, string])[] = [
  [String.raw`[\ud83c-\ud83e]`, String.raw`[\ud83c-\ud83e\x81\x87]`],
  [String.raw`[\udc00-\udfff]`, String.raw`[\udc00-\udfff\x82]`],
  [String.raw`[\u2600-\u27bf]`, String.raw`[\u2600-\u27bf\x83\x88]`],
  [String.raw`\ufe0f`, String.raw`[\ufe0f\x84]`],
];

function withStandIns(alt: string): string {
  if (!alt.includes('\\u')) return alt;
  for (const [from, to] of STAND_IN_CLASSES) alt = alt.replaceAll(from, to);
  return alt;
}

export function compilePhrases(rubric: Rubric): Phrases {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const compiled = {} as Record<PhraseFamily, RegExp>;
  const index = {} as Record<PhraseFamily, number>;
  const globals = new Map<PhraseFamily, RegExp>();
  // A trie over the words that anchor the families (characters a-z, 0-9):
  //  - exact anchors are whole words ("chat" in "(?:chat|session)\b"): their families are
  //    flagged on the node where such a word ends;
  //  - prefix anchors may continue inside the word ("transfer" in "transfer(?:ring)?"): their
  //    families are flagged on the node of their first KEY_LEN characters (shorter ones on the
  //    node of all their characters), and every word walking through that node gets them.
  // Family sets are bit sets of W 32-bit words (bit fi of word fi >> 5).
  const n = PHRASE_FAMILIES.length;
  const W = (n + 31) >> 5;
  const next: number[] = []; // node * 37 + wordKey -> child node + 1 (0: none)
  const preBits: number[] = [];
  const exBits: number[] = [];
  const newNode = (): number => {
    const id = next.length / 37;
    for (let c = 0; c < 37; c++) next.push(0);
    for (let w = 0; w < W; w++) {
      preBits.push(0);
      exBits.push(0);
    }
    return id;
  };
  newNode(); // root
  const nodeOf = (word: string): number => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 37 + wordKey(word.charCodeAt(i));
      if (next[slot] === 0) next[slot] = newNode() + 1;
      node = next[slot]! - 1;
    }
    return node;
  };
  const always = new Int32Array(W);
  const anchored = new Int32Array(W);
  const firstPre: number[] = [];
  const firstEx: number[] = [];
  const sticky: (RegExp | null)[] = [];
  const stickyParts: (RegExp[] | null)[] = [];
  // for each part of a family in parts: its first words as trie nodes (exact, prefix), marked once the trie is whole
  const partFirsts: ({ ex: number[]; pre: number[] }[] | null)[] = [];
  const edges: (RegExp | null)[] = [];
  const edgeSticky: (RegExp | null)[] = [];
  const setBit = (bits: number[] | Int32Array, at: number, fi: number) => {
    bits[at + (fi >> 5)] = bits[at + (fi >> 5)]! | (1 << (fi & 31));
  };
  PHRASE_FAMILIES.forEach((f, fi) => {
    index[f] = fi;
    const list = rubric.phrases[f] ?? [];
    compiled[f] = familyRegExp(list);
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
        if (s.length > word.length) setBit(exBits, nodeOf(word) * W, fi);
        else setBit(preBits, nodeOf(word.slice(0, KEY_LEN)) * W, fi);
      }
      if (isAlways) break;
    }
    if (isAlways) setBit(always, 0, fi);
    // ^ or $ outside a character class (an over-estimate only costs a few regex runs)
    const edge = list.filter((src) => ANCHOR.test(src));
    if (edge.length > 0) setBit(anchored, 0, fi);
    edges.push(edge.length > 0 ? familyRegExp(edge) : null);
    // where a match may start: the first words of every alternative (null: not known for one)
    const firsts = firstWordsOf(list);
    if (firsts !== null && list.length > 0) {
      for (const [word, exact] of firsts) setBit(exact ? firstEx : firstPre, nodeOf(word) * W, fi);
      sticky.push(new RegExp(source(list), 'y'));
      edgeSticky.push(edge.length > 0 ? familyRegExp(edge, 'y') : null);
      const runs = stickyPartsOf(list);
      stickyParts.push(runs && runs.map((run) => new RegExp(source(run), 'y')));
      partFirsts.push(
        runs &&
          runs.map((run) => {
            const ex: number[] = [];
            const pre: number[] = [];
            for (const [word, exact] of firstWordsOf(run)!) (exact ? ex : pre).push(nodeOf(word));
            return { ex, pre };
          }),
      );
    } else {
      sticky.push(null);
      edgeSticky.push(null);
      stickyParts.push(null);
      partFirsts.push(null);
    }
  });
  // first: for a word that ends on a node (at 2 * node) or falls off the trie after it (at 2 *
  // node + 1), the families a match of which may start at it (WordIndex.first)
  const nodes = next.length / 37;
  const first = new Int32Array(2 * nodes * W);
  for (let node = 0; node < nodes; node++) {
    const end = 2 * node * W;
    const through = end + W;
    for (let w = 0; w < W; w++) {
      first[through + w] = first[through + w]! | (firstPre[node * W + w] ?? 0);
      first[end + w] = first[through + w]! | (firstEx[node * W + w] ?? 0);
    }
    for (let c = 1; c < 37; c++) {
      const child = next[node * 37 + c]! - 1;
      if (child >= 0) for (let w = 0; w < W; w++) first[(2 * child + 1) * W + w] = first[through + w]!;
    }
  }
  // the same for each part of a family in parts (stickyPartWords)
  const stickyPartWords = partFirsts.map((parts) =>
    parts === null
      ? null
      : parts.map(({ ex, pre }) => {
          const isPre = new Uint8Array(nodes);
          const isEx = new Uint8Array(nodes);
          for (const node of pre) isPre[node] = 1;
          for (const node of ex) isEx[node] = 1;
          const may = new Uint8Array(2 * nodes);
          for (let node = 0; node < nodes; node++) {
            may[2 * node + 1] = may[2 * node + 1]! | isPre[node]!;
            may[2 * node] = may[2 * node + 1]! | isEx[node]!;
            for (let c = 1; c < 37; c++) {
              const child = next[node * 37 + c]! - 1;
              if (child >= 0) may[2 * child + 1] = may[2 * node + 1]!;
            }
          }
          return may;
        }),
  );
  // 16-bit entries while the nodes fit (they do by far): half the memory to keep in cache
  const trie = next.length / 37 < 0xffff ? Uint16Array.from(next) : Int32Array.from(next);
  // what a word gets from the nodes it walks: `through` for one that walks through a node (its
  // prefix bits and its ancestors'), `end` for one that ends on it (those and its exact bits);
  // so the walk or-s bits once a word, where it ends or falls off the trie, not at every character
  const through = new Int32Array(nodes * W);
  const end = new Int32Array(nodes * W);
  for (let node = 0; node < nodes; node++) {
    for (let w = 0; w < W; w++) {
      through[node * W + w] = through[node * W + w]! | preBits[node * W + w]!;
      end[node * W + w] = through[node * W + w]! | exBits[node * W + w]!;
    }
    for (let c = 1; c < 37; c++) {
      const child = next[node * 37 + c]! - 1;
      if (child >= 0) for (let w = 0; w < W; w++) through[child * W + w] = through[node * W + w]!;
    }
  }
  // The builder's arrays are done with, but the closures below share this function's context with nodeOf, which holds
  // them: emptied, they are not kept for the life of the thread (`next` alone was 4.6 MB of each scoring thread's heap).
  for (const built of [next, preBits, exBits, firstPre, firstEx]) built.length = 0;
  /**
   * Bit set of the families that may match a normalised text. ASCII messages get theirs from
   * normalizeToBytes' own walk of this index (text.ts); this is the walk for the rest.
   */
  const gateBits = (text: string): Int32Array => {
    const bits = always.slice();
    const len = text.length;
    let i = 0;
    while (i < len) {
      let c = wordKey(text.charCodeAt(i));
      if (c === 0) {
        i++;
        continue;
      }
      let node = 0;
      let last = 0; // the node a word that falls off the trie fell off from
      while (c !== 0) {
        if (node >= 0) {
          const x = trie[node * 37 + c]! - 1;
          if (x < 0) last = node;
          node = x;
        }
        i++;
        c = i < len ? wordKey(text.charCodeAt(i)) : 0;
      }
      const from = node >= 0 ? end : through;
      for (let w = 0, at = (node >= 0 ? node : last) * W; w < W; w++) bits[w]! |= from[at + w]!;
    }
    return bits;
  };
  const gate = (text: string): Uint8Array => {
    const bits = gateBits(text);
    const flags = new Uint8Array(n);
    for (let fi = 0; fi < n; fi++) flags[fi] = (bits[fi >> 5]! >>> (fi & 31)) & 1;
    return flags;
  };
  // (v25 Z10, `extBeforeDigitZ10`) "ext" ends no sentence only before a digit
  // (v49 O10, `monthBeforeDigitO10`) so do the months' short forms: "Jan. 9, 1970", "Sept. 14"
  // (v58 X4, `numberNoX4`) and "No.": "Police Station No. 4"
  const beforeDigit = [...(rubric.extBeforeDigitZ10 === true ? ['ext'] : []), ...(rubric.monthBeforeDigitO10 === true ? MONTHS_O10 : []), ...(rubric.numberNoX4 === true ? ['no'] : [])];
  const abbreviationList = rubric.numberNoX4 === true && rubric.abbreviations ? [...rubric.abbreviations, 'no'] : rubric.abbreviations;
  // (checked here, before clauseEnd builds a regex of the same words)
  // (v58 X1, `westAfterNumberX1`) "W." after a house number, as written and as normalised ("with.")
  const afterNumber = rubric.westAfterNumberX1 === true ? WEST_X1 : [];
  const abbreviations = abbreviationsOf(abbreviationList, beforeDigit, afterNumber);
  const out: Phrases = Object.assign(compiled, {
    global(f: PhraseFamily): RegExp {
      let re = globals.get(f);
      if (!re) {
        re = familyRegExp(rubric.phrases[f], 'g');
        globals.set(f, re);
      }
      re.lastIndex = 0;
      return re;
    },
    gate,
    gateBits,
    words: W === 2 ? { trie, through, end, first } : null,
    always,
    anchored,
    edges,
    edgeSticky,
    index,
    list: PHRASE_FAMILIES.map((f) => compiled[f]),
    sticky,
    stickyParts,
    stickyPartWords,
    abbreviations,
    clauseEnd: clauseEnd(abbreviationList, beforeDigit, afterNumber),
    quotedTitleNotQuestion: rubric.quotedTitleNotQuestionF === true,
    htmlBreaks: rubric.htmlBreaksM === true,
    htmlLinks: rubric.htmlLinksZ2 === true,
    htmlBlocks: rubric.htmlBlocksL7 === true,
    mojibake: rubric.mojibakeL7 === true,
    wrappedLines: rubric.wrappedLinesL7 === true,
    placeholderContacts: rubric.placeholderContactsV14 === true,
    markdown: rubric.markdownZ1 === true,
    templateFields: rubric.templateFieldsZ1 === true,
    invisible: rubric.invisibleZ1 === true,
    sourceShapes: rubric.sourceShapes
      ? {
          title: new RegExp(rubric.sourceShapes.title),
          edition: new RegExp(rubric.sourceShapes.edition),
          callNumber: new RegExp(rubric.sourceShapes.callNumber),
          label: new RegExp(rubric.sourceShapes.label, 'g'),
        }
      : null,
  });
  cache.set(rubric, out);
  return out;
}

/**
 * Family fi (one with a sticky form) matches the normalised text n, whose words that may start a
 * match are `words` (text.ts firstWords): the sticky form tried at those of the family's words only.
 * With `from`, n is the part of the text that `words` were noted in from there on (a sentence:
 * it starts and ends at white space, so its word starts are the text's).
 */
export function testAtWords(P: Phrases, fi: number, n: string, words: readonly number[], from = 0): boolean {
  // a family in parts: its parts tried in order at each start, as execAtWords does (a match array only on success)
  const parts = P.stickyParts[fi];
  if (parts !== null && parts !== undefined) return execAtWords(P, fi, n, words, from, 0) !== null;
  return stickyAtWords(P, fi, P.sticky[fi]!, n, words, from);
}

/**
 * Family fi's anchored alternatives (Phrases.edgeSticky, a family with a sticky form) match sentence n, whose first
 * character is at `from` in the message whose word starts are `words`: tried only at the words that may start the
 * family, as testAtWords tries the whole family. The same answer as `edges[fi].test(n)`.
 */
export function testEdgeAtWords(P: Phrases, fi: number, n: string, words: readonly number[], from: number): boolean {
  return stickyAtWords(P, fi, P.edgeSticky[fi]!, n, words, from);
}

/** The sticky regex `re` (family fi's, or some of its alternatives) tested at the words of `n` that may start family fi. */
function stickyAtWords(P: Phrases, fi: number, re: RegExp, n: string, words: readonly number[], from: number): boolean {
  const first = P.words!.first;
  const w = fi >> 5;
  const b = 1 << (fi & 31);
  const to = from + n.length;
  for (let j = 0; j < words.length; j += 2) {
    const at = words[j]!;
    if (at < from || (first[words[j + 1]! * 2 + w]! & b) === 0) continue;
    if (at >= to) break;
    re.lastIndex = at - from;
    if (re.test(n)) return true;
  }
  return false;
}

/**
 * The match of family fi (one with a sticky form) in n that exec of its global form from lastIndex
 * `after` finds (the leftmost starting there or later), tried only at the family's first words
 * (`words`, `from`: as for testAtWords). At a given start both forms match the same text.
 */
export function execAtWords(P: Phrases, fi: number, n: string, words: readonly number[], from: number, after: number): RegExpExecArray | null {
  const parts = P.stickyParts[fi];
  if (parts === null || parts === undefined) return execOneAtWords(P, fi, P.sticky[fi]!, n, words, from, after);
  const first = P.words!.first;
  const may = P.stickyPartWords[fi]!;
  const w = fi >> 5;
  const b = 1 << (fi & 31);
  const to = from + n.length;
  for (let j = 0; j < words.length; j += 2) {
    const at = words[j]!;
    if (at < from + after || (first[words[j + 1]! * 2 + w]! & b) === 0) continue;
    if (at >= to) break;
    // (the parts in order at one start, those that may start with its word: the whole alternation's match there)
    const wv = words[j + 1]!;
    for (let p = 0; p < parts.length; p++) {
      if (may[p]![wv] === 0) continue;
      const re = parts[p]!;
      re.lastIndex = at - from;
      const m = re.exec(n);
      if (m !== null) return m;
    }
  }
  return null;
}

function execOneAtWords(P: Phrases, fi: number, re: RegExp, n: string, words: readonly number[], from: number, after: number): RegExpExecArray | null {
  const first = P.words!.first;
  const w = fi >> 5;
  const b = 1 << (fi & 31);
  const to = from + n.length;
  for (let j = 0; j < words.length; j += 2) {
    const at = words[j]!;
    if (at < from + after || (first[words[j + 1]! * 2 + w]! & b) === 0) continue;
    if (at >= to) break;
    re.lastIndex = at - from;
    const m = re.exec(n);
    if (m !== null) return m;
  }
  return null;
}

/** Phrases.clauseEnd: v1-v3 end the clause at every "."; with abbreviations (checked by abbreviationsOf), not at theirs. */
function clauseEnd(abbreviations: readonly string[] | undefined, beforeDigit: readonly string[] = [], afterNumber: readonly string[] = []): RegExp {
  if (!abbreviations || abbreviations.length === 0) return /[.;:!?]|,\s(?:and|or|but)\b/;
  // (v58 X1, `westAfterNumberX1`) a word of `afterNumber` ends no clause after a house number ("73 with. flagler st.")
  const number = afterNumber.length === 0 ? '' : `(?<!\\d (?:${afterNumber.join('|')})\\.)`;
  // (v25 Z10, `extBeforeDigitZ10`) a word of `beforeDigit` ("ext") ends no clause only before a digit
  const digit = beforeDigit.filter((w) => abbreviations.includes(w));
  if (digit.length === 0) return new RegExp(`[;:!?]|\\.(?<!(?:^|\\s)(?:${abbreviations.join('|')})\\.)${number}|,\\s(?:and|or|but)\\b`);
  const always = abbreviations.filter((w) => !digit.includes(w));
  return new RegExp(`[;:!?]|\\.(?<!(?:^|\\s)(?:${always.join('|')})\\.)${number}(?!(?<=(?:^|\\s)(?:${digit.join('|')})\\.)\\s*\\d)|,\\s(?:and|or|but)\\b`);
}

// ---- first strings of a regex source ------------------------------------------------------------

/**
 * The words every match of one of `list` begins with, at a word start, each with whether the
 * text's word must be that word (true: "let" of "let me ") or may continue it (false: "transfer"
 * of "transfer(?:ring)?"): null when some alternative has none (it may start elsewhere or with
 * something else).
 */
function firstWordsOf(list: readonly string[]): Map<string, boolean> | null {
  const out = new Map<string, boolean>();
  for (const src of list) {
    try {
      const [alts, end] = parseAlts(src, 0);
      if (end !== src.length) return null;
      for (const seq of alts) {
        const starts = firstOfSeq(seq, 0, false);
        if (!starts) return null;
        for (const s of starts) {
          const word = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
          if (word.length === 0) return null;
          // (both ways: the word may continue, which covers the exact one)
          const exact = s.length > word.length;
          out.set(word, exact && out.get(word) !== false);
        }
      }
    } catch {
      return null;
    }
  }
  return out;
}

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
