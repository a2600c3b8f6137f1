/**
 * Text normalisation: every message is normalised once, so the phrase families (rubric.ts)
 * can be written for one spelling. Changing what this produces changes scores, so it is part
 * of the rubric version just as the phrase lists are.
 */
import { decodeHTML } from 'entities';

/** Longer texts are cut before analysis: a pasted 100 KB document says nothing more about conduct. */
export const MAX_ANALYSED_CHARS = 20_000;

const NON_ASCII = /[^\x00-\x7f]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const INVERTED = /[\u00bf\u00a1]/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Text with HTML character references ("I&#39;ll", "Q&amp;A", "&nbsp;") decoded, as the chat showed
 * it, by the `entities` library the importers use too (packages/importers/src/html.ts); other "&"
 * are left alone. One pass: "&amp;#39;" reads "&#39;".
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Chat-speak and common typos, written as they look after lower-casing and apostrophe removal. */
const CHAT_SPEAK: Record<string, string> = {
  pls: 'please', plz: 'please', plse: 'please', pleas: 'please', pleez: 'please', plez: 'please',
  u: 'you', ur: 'your', 'r u': 'are you', 'r you': 'are you', yu: 'you',
  thx: 'thanks', thnx: 'thanks', thanx: 'thanks', thnks: 'thanks', thks: 'thanks', tnx: 'thanks', thankz: 'thanks', thanku: 'thank you', thankyou: 'thank you', thnk: 'thank',
  ty: 'thank you', tysm: 'thank you so much', tyvm: 'thank you very much',
  np: 'no problem', nvm: 'never mind', idk: 'i dont know', lmk: 'let me know', brb: 'be right back',
  sec: 'second', secs: 'seconds', min: 'minute', mins: 'minutes', hr: 'hour', hrs: 'hours',
  hw: 'homework', wud: 'would', wd: 'would', cud: 'could', shud: 'should', wat: 'what', wut: 'what', wht: 'what', whr: 'where',
  bc: 'because', cuz: 'because', coz: 'because', cos: 'because', bcuz: 'because', b4: 'before',
  '2day': 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow', tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tomoro: 'tomorrow', tommorow: 'tomorrow', tomorow: 'tomorrow', tommorrow: 'tomorrow',
  msg: 'message', ppl: 'people', abt: 'about', 'w/': 'with', 'w/o': 'without', w: 'with', txt: 'text',
  okay: 'ok', okey: 'ok', okie: 'ok', kk: 'ok',
  yep: 'yes', yup: 'yes', yeah: 'yes', yea: 'yes', yess: 'yes',
  nope: 'no', nah: 'no', naw: 'no',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', lemme: 'let me', gimme: 'give me', dunno: 'dont know',
  tho: 'though', thru: 'through', rly: 'really', prolly: 'probably', pic: 'picture',
  emial: 'email', emal: 'email', 'e mail': 'email', 'e-mail': 'email', 'e-mails': 'emails', 'e-mailed': 'emailed', 'e-mailing': 'emailing',
  catalogue: 'catalog', catalogues: 'catalogs', 'web site': 'website', 'web page': 'webpage', 'web-site': 'website',
  libary: 'library', liberary: 'library', librairy: 'library', libarian: 'librarian', librarain: 'librarian',
  recieve: 'receive', recieved: 'received', thier: 'their', teh: 'the', adn: 'and', jsut: 'just', becuase: 'because',
  // rubric v2: more chat-speak, dropped g's, British spellings
  chk: 'check', chking: 'checking', chkd: 'checked', chkn: 'checking', srch: 'search', srching: 'searching',
  lookin: 'looking', searchin: 'searching', workin: 'working', diggin: 'digging', tryin: 'trying',
  sry: 'sorry', srry: 'sorry', ttyl: 'talk to you later', cya: 'see you', qs: 'questions', wk: 'week', wks: 'weeks', tonite: 'tonight', '2nite': 'tonight',
  whilst: 'while', enquire: 'inquire', enquires: 'inquires', enquired: 'inquired', enquiring: 'inquiring', enquiry: 'inquiry', enquiries: 'inquiries',
  encyclopaedia: 'encyclopedia', encyclopaedias: 'encyclopedias', programme: 'program', programmes: 'programs',
  q: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tmb: 'tambien', tb: 'tambien', xfa: 'por favor', porfa: 'por favor', grax: 'gracias', grcs: 'gracias',
};
const CHAT_WORDS = new Map(Object.entries(CHAT_SPEAK).filter(([k]) => /^[a-z0-9]+$/.test(k)));

/** 1-26 for a-z, 27-36 for 0-9, 0 otherwise. */
export function wordKey(c: number): number {
  return c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : 0;
}
/** wordKey of the ASCII characters, as a table. */
const WORD_KEY = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_KEY[c] = wordKey(c);
/** The chat-speak words as a trie (node * 37 + wordKey -> child + 1), so a word is looked up without slicing it out. */
const CHAT_REP: (string | undefined)[] = [undefined];
const CHAT_TRIE = (() => {
  const next: number[] = new Array<number>(37).fill(0);
  for (const [k, rep] of CHAT_WORDS) {
    let node = 0;
    for (let i = 0; i < k.length; i++) {
      const slot = node * 37 + wordKey(k.charCodeAt(i));
      if (next[slot] === 0) {
        next[slot] = CHAT_REP.length + 1;
        CHAT_REP.push(undefined);
        for (let c = 0; c < 37; c++) next.push(0);
      }
      node = next[slot]! - 1;
    }
    CHAT_REP[node] = rep;
  }
  // 16-bit entries (a few hundred nodes): half the memory to keep in cache
  return Uint16Array.from(next);
})();

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** One scan for what the four rewrites in spans() look for. */
const SPANS_HINT = /mail|web|r u|r you|w\//;

/** The few spellings that span punctuation or two words. */
function spans(s: string): string {
  if (s.includes('mail')) s = s.replace(/\be[- ]mail/g, 'email');
  if (s.includes('web')) s = s.replace(/\bweb[- ](site|page)/g, 'web$1');
  if (s.includes('r u') || s.includes('r you')) s = s.replace(/(?<![a-z0-9'])r (?=u\b|you\b)/g, 'are ');
  if (s.includes('w/')) s = s.replace(/(?<![a-z0-9])w\/(o(?![a-z0-9]))? ?/g, (_m, o: string | undefined) => (o ? 'without ' : 'with '));
  return s;
}

/**
 * Lower case, ASCII quotes and dashes, no accents, apostrophes removed inside words, chat-speak
 * expanded, whitespace collapsed (line breaks kept: they separate sentences in chat).
 */
export function normalize(raw: string): string {
  const len = normalizeToBytes(raw);
  return len >= 0 ? normString(len) : symbolsOneByte(normalizeFolded(fold(raw)));
}

// ---- symbols beyond Latin-1 as one-byte stand-ins -----------------------------------------------
//
// V8 compiles a regular expression once for each kind of string it meets: one-byte (Latin-1) and
// two-byte. A normalised text holding one emoji ("Happy to help 😊") is a two-byte string, and the
// phrase families matched on it are compiled a second time: about 46 MB more code on each thread
// that scores (docs/decisions/015-symbols-one-byte.md). So the symbols that folding leaves
// (emoji, dingbats, ⌚, €, •, …; "™" folds to "tm") are written as C1 control characters, one for each UTF-16 unit
// (lengths and positions stay), chosen so that every pattern run on normalised text treats the
// stand-in as it treats the symbol: no such pattern names a C1 character, and none names a symbol
// but through the classes phrases.ts widens to take their stand-ins (`STAND_IN_CLASSES`) and
// classify.ts's `CLAUSE_END_X1`. The stand-ins:
//   \x81 / \x87  an emoji plane's first unit (U+D83C-D83E), its code point pictographic / not (flags, skin tones)
//   \x82         its second unit (U+DC00-DFFF)
//   \x83 / \x88  a dingbat or symbol of U+2600-27BF, pictographic / not
//   \x84         the emoji variation selector U+FE0F
//   \x86 / \x89  any other symbol, pictographic / not ("⌚" / "€", "•", the zero-width joiner)
// A text holding anything else beyond Latin-1 (letters, digits or marks of other scripts, spaces,
// other surrogates) or a C1 character of its own is left as it is.
const BEYOND_LATIN1 = /[^\x00-\xff]/;
const C1 = /[\x80-\x9f]/;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const LETTER_DIGIT_MARK_SPACE = /[\p{L}\p{N}\p{M}\s]/u;
let standIns = true;

/** For tests: turns the stand-ins off (false) or on again, to compare what is read either way. */
export function useSymbolStandIns(on: boolean): void {
  standIns = on;
}

/** `s` (normalised) with its symbols beyond Latin-1 as one-byte stand-ins, when it has only those. */
function symbolsOneByte(s: string): string {
  // a Latin-1 text may still be held as two-byte (what toLowerCase and slicing made of a text with other characters):
  // the same text, copied to a one-byte string
  if (!BEYOND_LATIN1.test(s)) return Buffer.from(s, 'latin1').toString('latin1');
  if (!standIns || C1.test(s)) return s;
  const n = s.length;
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x100) {
      out[i] = c;
      continue;
    }
    if (c >= 0xd83c && c <= 0xd83e) {
      // the emoji planes' first units: a pair, the code point pictographic or not (flags' letters, skin tones)
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return s;
      out[i] = PICTOGRAPHIC.test(s.slice(i, i + 2)) ? 0x81 : 0x87;
      out[++i] = 0x82;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return s;
    const ch = s.charAt(i);
    if (c === 0xfe0f) out[i] = 0x84;
    else if (LETTER_DIGIT_MARK_SPACE.test(ch)) return s;
    else if (c >= 0x2600 && c <= 0x27bf) out[i] = PICTOGRAPHIC.test(ch) ? 0x83 : 0x88;
    else out[i] = PICTOGRAPHIC.test(ch) ? 0x86 : 0x89;
  }
  return out.toString('latin1', 0, n);
}

/**
 * normalize(raw) written to NORM when it can be (the result is ASCII, or with an index one byte
 * a character, and not too long: nearly always): returns its length there, else -1. Also walks
 * `index` along its words, for sentenceRanges.
 */
export function normalizeToBytes(raw: string, index: WordIndex = NO_WORDS, abbreviations: Abbreviations | null = null): number {
  ABBR = abbreviations;
  const len = normalizeAscii(raw, index);
  if (len >= 0 || raw.length > FAST_MAX) return len;
  // other characters, which folding often makes ASCII ("¿sí?" -> " si?")
  const folded = fold(raw);
  const again = normalizeAscii(folded, index);
  if (again >= 0 || index === NO_WORDS || !latin1Bytes) return again;
  // and the rest ("ß", "£", "°", emoji): normalised as strings, to one byte a character, then walked as bytes
  return walkNormalised(symbolsOneByte(normalizeFolded(folded)), index);
}

let latin1Bytes = true;

/** For tests: turns off (false) or on again the byte loop's walk of normalised text beyond ASCII (walkNormalised). */
export function useLatin1Bytes(on: boolean): void {
  latin1Bytes = on;
}

/**
 * A text that is normalised already and not ASCII, written to NORM and walked by normalizeBytes (its sentences, the
 * word index), so that it is read as ASCII text is: at its words, by the families' sticky forms, rather than whole
 * sentence by whole sentence with a second compiled set of regexps (docs/decisions/015-symbols-one-byte.md). Only when
 * it is one byte a character (Latin-1, symbols as stand-ins) and normalizeBytes gives it back unchanged, which it does
 * for normalised text (a byte beyond ASCII is no word, space, stop or apostrophe to it, as to normalizeFolded and
 * splitSentences); any other text: -1, and the caller reads it as before.
 */
function walkNormalised(t: string, index: WordIndex): number {
  const n = t.length;
  // (no-break spaces fold to spaces before this; splitSentences would take one as white space, normalizeBytes not)
  if (n > FAST_MAX || BEYOND_LATIN1.test(t) || t.includes('\xa0')) return -1;
  RAW_BUFFER.write(t, 'latin1');
  if (normalizeBytes(RAW, n, false, index) !== n) return -1;
  for (let i = 0; i < n; i++) if (NORM[i] !== t.charCodeAt(i)) return -1;
  return n;
}

/** Any character of the replacements in fold() but the accents. */
const FOLD_HINT = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u02bc\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2026\u2192\u203a\u27a1\u25b8\u25ba\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\u00bf\u00a1\uff1f\uff01]/;

/** The text cut to MAX_ANALYSED_CHARS, with ASCII quotes, dashes and spaces, and no accents. */
function fold(raw: string): string {
  let s = raw.length > MAX_ANALYSED_CHARS ? raw.slice(0, MAX_ANALYSED_CHARS) : raw;
  if (!NON_ASCII.test(s)) return s;
  if (FOLD_HINT.test(s)) {
    s = s
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/\u2026/g, '...')
      .replace(/[\u2192\u203a\u27a1\u25b8\u25ba]/g, '>')
      .replace(SPACES, ' ')
      .replace(INVERTED, ' ')
      .replace(/\uff1f/g, '?')
      .replace(/\uff01/g, '!');
  }
  return s.normalize('NFKD').replace(COMBINING, '');
}

/** The rest of normalize() for a folded text that normalizeAscii does not take. */
function normalizeFolded(s: string): string {
  const nonAscii = NON_ASCII.test(s);
  // For ASCII text upper- then lower-casing is the same as lower-casing, and always gives a fresh
  // flat one-byte string (see the end of this function for why that matters).
  s = nonAscii ? s.toLowerCase() : s.toUpperCase().toLowerCase();
  // The few spellings that span punctuation or two words.
  if (SPANS_HINT.test(s)) s = spans(s);
  let out = '';
  let ascii = true;
  let seg = 0; // start of the part of s not yet copied to out
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k0 = c < 128 ? WORD_KEY[c]! : 0;
    if (k0 !== 0) {
      // a word: scan it while walking the chat-speak trie along it
      let node = CHAT_TRIE[k0]! - 1;
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        const k = d < 128 ? WORD_KEY[d]! : 0;
        if (k === 0) break;
        if (node >= 0) node = CHAT_TRIE[node * 37 + k]! - 1;
        j++;
      }
      const rep = node >= 0 ? CHAT_REP[node] : undefined;
      if (rep !== undefined) {
        const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
        const next = j < n ? s.charCodeAt(j) : 32;
        const after = j + 1 < n ? s.charCodeAt(j + 1) : 32;
        // not part of an address, e-mail, path or abbreviation ("u.s.", "w/o", "@u")
        const bounded = prev !== 64 && prev !== 46 && prev !== 47 && prev !== 45 && next !== 64 && next !== 47 && !((next === 46 || next === 45) && isWordChar(after));
        if (bounded) {
          out += s.slice(seg, i) + rep;
          seg = j;
        }
      }
      i = j;
      continue;
    }
    if (c === 39) {
      // apostrophe: joins a contraction ("i'm" -> "im"), otherwise it is a quote mark
      const joins = i > 0 && s.charCodeAt(i - 1) >= 97 && s.charCodeAt(i - 1) <= 122 && i + 1 < n && s.charCodeAt(i + 1) >= 97 && s.charCodeAt(i + 1) <= 122;
      const spaced = i === 0 || i + 1 >= n || s.charCodeAt(i - 1) === 32 || s.charCodeAt(i + 1) === 32;
      out += s.slice(seg, i) + (joins || spaced ? '' : ' ');
      seg = i + 1;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) {
      let j = i + 1;
      let nl = c === 10;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 32 || d === 9 || d === 13 || d === 12 || d === 11) j++;
        else if (d === 10) {
          nl = true;
          j++;
        } else break;
      }
      if (nl || c !== 32 || j - i > 1) {
        out += s.slice(seg, i) + (nl ? '\n' : ' ');
        seg = j;
      }
      i = j;
      continue;
    }
    if (c > 127) ascii = false;
    i++;
  }
  out = (seg === 0 ? s : out + s.slice(seg)).trim();
  // V8 detail, for speed only: `out` may be a rope (cons string) or a two-byte string, and hot
  // loops that read strings of mixed representations by charCodeAt run several times slower for
  // good. So an ASCII result is returned as a fresh flat one-byte string (upper- then
  // lower-casing ASCII gives the same text back).
  return ascii && (seg !== 0 || nonAscii) ? out.toUpperCase().toLowerCase() : out;
}

// ---- the ASCII fast path ------------------------------------------------------------------------
//
// Nearly every chat message is short ASCII text. For those, normalizeAscii does what normalize
// does with strings (normalizeFolded) in one loop over bytes: writing the raw text to a Buffer
// copies it out of whatever V8 string representation it has (ropes included) in one native call,
// and reading NORM back as latin1 makes the result one flat one-byte string. The same loop notes
// where sentences may end and walks the phrases' word index (phrases.ts) along the words it
// writes, so Msg (timeline.ts) never reads the normalised text again for those.

/** Longer texts (rare) take normalizeFolded, so the scratch buffers stay small. */
const FAST_MAX = 4096;
/** The spans rewrites make at most 8 characters of 3 ("w/o" -> "without "). */
const SPANS_GROWTH = 3;
/** Chat-speak makes at most this many characters of one ("tyvm" -> "thank you very much"). */
const CHAT_GROWTH = Math.ceil(Math.max(...[...CHAT_WORDS].map(([k, rep]) => rep.length / k.length)));
/** The raw text as UTF-8 (room for 3 bytes a character, so a text is never cut short). */
const RAW = new Uint8Array(3 * FAST_MAX);
/** RAW as a Buffer, to write to (the loops read Uint8Arrays only, so their loads see one kind of array). */
const RAW_BUFFER = Buffer.from(RAW.buffer, RAW.byteOffset, RAW.length);
/** Lower-cased, then rewritten by spansAscii, when one of its rewrites may apply. */
const LOWER = new Uint8Array(FAST_MAX);
const SPANNED = new Uint8Array(SPANS_GROWTH * FAST_MAX);
/** The output of normalizeAscii (bytes 0 .. its result). */
const NORM = new Uint8Array(CHAT_GROWTH * SPANS_GROWTH * FAST_MAX);
const NORM_BUFFER = Buffer.from(NORM.buffer, NORM.byteOffset, NORM.length);

/** NORM[0 .. len) as a string (flat, one byte a character). */
export function normString(len: number): string {
  return NORM_BUFFER.toString('latin1', 0, len);
}
/**
 * Where normalizeBytes wrote white space that may end a sentence (after . ! ? or a line break):
 * CUTS[0 .. cutCount), for sentenceRanges; and the word index's bits of the words in each part
 * of the text these cut, two words each in SEGMENT_BITS. Grown when a text needs more.
 */
let CUTS = new Int32Array(64);
let SEGMENT_BITS = new Int32Array(2 * 64 + 2);
let cutCount = 0;

/**
 * A word index (phrases.ts) over the words (a-z, 0-9) of normalised text: a trie (node * 37 +
 * key -> child + 1, root 0), and the bits of a word that falls off the trie after a node
 * (through: what every word through it and its ancestors gets) or ends on it (end), two 32-bit
 * words a node.
 */
export type WordIndex = {
  readonly trie: Uint16Array | Int32Array;
  readonly through: Int32Array;
  readonly end: Int32Array;
  /**
   * The families a match of which may start at a word (phrases.ts, Phrases.sticky), two 32-bit
   * words each for a word that ends on a node (at 2 * node) or falls off the trie after it (2 * node + 1).
   */
  readonly first: Int32Array;
};
/** An index with no words (for normalize()). */
const NO_WORDS: WordIndex = { trie: new Uint16Array(37), through: new Int32Array(2), end: new Int32Array(2), first: new Int32Array(4) };

/**
 * The words normalizeBytes has just written that may start a match of some family (WordIndex.first):
 * WORDS[2 * j] is where word j starts in the text, WORDS[2 * j + 1] where its walk ended (2 * node
 * when on a node, 2 * node + 1 when it fell off after one); firstCount numbers of them. Grown when
 * a text needs more.
 */
let WORDS = new Int32Array(128);
let firstCount = 0;

/** Notes a word starting at `at` whose walk ended at `end` (see WORDS), when its first bits are not empty; returns the new count. */
function noteWord(nw: number, at: number, end: number, first: Int32Array): number {
  if ((first[end * 2]! | first[end * 2 + 1]!) === 0) return nw;
  if (nw + 2 > WORDS.length) {
    const words = new Int32Array(2 * WORDS.length);
    words.set(WORDS);
    WORDS = words;
  }
  WORDS[nw] = at;
  WORDS[nw + 1] = end;
  return nw + 2;
}

/** The words noted by the last normalizeToBytes that returned a length (see WORDS), as a new array. */
export function firstWords(): number[] {
  const n = firstCount;
  const out: number[] = new Array(n);
  for (let j = 0; j < n; j++) out[j] = WORDS[j]!;
  return out;
}
/** CHAT_REP as bytes. */
const CHAT_REP_BYTES = CHAT_REP.map((rep) => (rep === undefined ? undefined : Uint8Array.from(rep, (ch) => ch.charCodeAt(0))));
/** WORD_KEY for either case (the raw bytes are lower-cased as they are read); 0 for the bytes beyond ASCII (walkNormalised). */
const ANY_CASE_KEY = new Uint8Array(256);
for (let c = 0; c < 128; c++) ANY_CASE_KEY[c] = wordKey(lower(c));

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** [a-z0-9_]: a word character for \b (in lower-cased text). */
function isW(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * normalize(raw) written to NORM when raw is ASCII and not longer than FAST_MAX: returns its
 * length, or -1 (and writes nothing useful) for any other text.
 */
function normalizeAscii(raw: string, index: WordIndex): number {
  const n = raw.length;
  // UTF-8 takes one byte a character exactly when every character is ASCII.
  if (n > FAST_MAX || RAW_BUFFER.write(raw) !== n) return -1;
  const len = normalizeBytes(RAW, n, true, index);
  if (len >= 0) return len;
  // One of the spans() rewrites may apply: lower-case, rewrite, then the same loop.
  for (let i = 0; i < n; i++) LOWER[i] = lower(RAW[i]!);
  return normalizeBytes(SPANNED, spansAscii(LOWER, n, SPANNED), false, index);
}

/**
 * The main loop of normalizeFolded on ASCII bytes s[0 .. m), lower-casing as it reads, written to
 * NORM; returns the length. Leading white space is not written and trailing white space is
 * dropped at the end: the trim(). Notes the possible sentence ends (CUTS) and, walking `index`
 * along the words as they are written, their bits (SEGMENT_BITS): no second pass over the text.
 * With `spans`, returns -1 as soon as it meets a place where a spans() rewrite may apply (a
 * superset of the places where one does: "e-", "e ", "web-", "web ", "r " as a word, "w/").
 */
function normalizeBytes(s: Uint8Array, m: number, spans: boolean, index: WordIndex): number {
  const out = NORM;
  const abbr = ABBR;
  const key = ANY_CASE_KEY;
  const trie = CHAT_TRIE;
  const { trie: words, through, end, first } = index;
  let nc = 0;
  // words that may start a match: their count (x2), where the current one starts, the node its walk fell off from
  let nw = 0;
  let ws = 0;
  let wl = 0;
  let o = 0;
  let i = 0;
  // the index walk: node of the word being written (-1 off the index, NO_WORD between words),
  // and the bits of the words of the current part
  let w = NO_WORD;
  let b0 = 0;
  let b1 = 0;
  while (i < m) {
    const c = s[i]!;
    const k0 = key[c]!;
    if (k0 !== 0) {
      // a word: copy it lower-cased while walking the chat-speak trie and the index along it
      // (a word after a joining apostrophe continues the one before: "don't" -> "dont")
      const w0 = w;
      const s0 = b0;
      const s1 = b1;
      const l0 = wl;
      if (w === NO_WORD) {
        w = 0;
        ws = o;
      }
      let node = trie[k0]! - 1;
      out[o] = c | 32; // a letter or a digit, which | 32 leaves alone
      let j = i;
      let k = k0;
      for (;;) {
        if (w >= 0) {
          const x = words[w * 37 + k]! - 1;
          if (x < 0) wl = w;
          w = x;
        }
        if (++j >= m) break;
        const d = s[j]!;
        k = key[d]!;
        if (k === 0) break;
        out[o + j - i] = d | 32;
        if (node >= 0) node = trie[node * 37 + k]! - 1;
      }
      const rep = node >= 0 ? CHAT_REP_BYTES[node] : undefined;
      if (rep !== undefined) {
        const prev = i > 0 ? s[i - 1]! : 32;
        const next = j < m ? s[j]! : 32;
        const after = j + 1 < m ? lower(s[j + 1]!) : 32;
        // not part of an address, e-mail, path or abbreviation ("u.s.", "w/o", "@u")
        if (prev !== 64 && prev !== 46 && prev !== 47 && prev !== 45 && next !== 64 && next !== 47 && !((next === 46 || next === 45) && isWordChar(after))) {
          // the replacement instead (rare): walk it from where the word began
          w = w0 === NO_WORD ? 0 : w0;
          b0 = s0;
          b1 = s1;
          wl = l0;
          for (let r = 0; r < rep.length; r++) {
            const e = rep[r]!;
            out[o++] = e;
            const ke = key[e]!;
            if (ke === 0) {
              if (w >= 0) {
                b0 |= end[w * 2]!;
                b1 |= end[w * 2 + 1]!;
              } else {
                b0 |= through[wl * 2]!;
                b1 |= through[wl * 2 + 1]!;
              }
              nw = noteWord(nw, ws, w >= 0 ? 2 * w : 2 * wl + 1, first);
              w = 0; // a replacement's words are separated by single spaces
              ws = o;
            } else if (w >= 0) {
              const x = words[w * 37 + ke]! - 1;
              if (x < 0) wl = w;
              w = x;
            }
          }
          i = j;
          continue;
        }
      }
      o += j - i;
      i = j;
      continue;
    }
    // an apostrophe between letters joins a contraction ("i'm" -> "im"); anything else ends a word
    const apostrophe = c === 39;
    if (apostrophe && i > 0 && isLetter(s[i - 1]!) && i + 1 < m && isLetter(s[i + 1]!)) {
      i++;
      continue;
    }
    if (w !== NO_WORD) {
      const at = w >= 0 ? w : wl;
      const bits = w >= 0 ? end : through;
      b0 |= bits[at * 2]!;
      b1 |= bits[at * 2 + 1]!;
      nw = noteWord(nw, ws, w >= 0 ? 2 * w : 2 * wl + 1, first);
    }
    w = NO_WORD;
    if (apostrophe) {
      // a quote mark: a space where it stood inside a word
      const spaced = i === 0 || i + 1 >= m || s[i - 1] === 32 || s[i + 1] === 32;
      if (!spaced && o > 0) {
        if (isStop(out[o - 1]!) && !(abbr !== null && out[o - 1] === 46 && abbrevBefore(abbr, out, o - 1, i + 1 < m ? s[i + 1]! : -1))) {
          nc = noteCut(nc, o, b0, b1);
          b0 = b1 = 0;
        }
        out[o++] = 32;
      }
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) {
      if (spans && c === 32 && spansMayApply(s, i)) return -1;
      let j = i + 1;
      let nl = c === 10;
      while (j < m) {
        const d = s[j]!;
        if (d === 32 || d === 9 || d === 13 || d === 12 || d === 11) j++;
        else if (d === 10) {
          nl = true;
          j++;
        } else break;
      }
      if (o > 0) {
        if (nl || (isStop(out[o - 1]!) && !(abbr !== null && out[o - 1] === 46 && abbrevBefore(abbr, out, o - 1, j < m ? s[j]! : -1)))) {
          nc = noteCut(nc, o, b0, b1);
          b0 = b1 = 0;
        }
        out[o++] = nl ? 10 : 32;
      }
      i = j;
      continue;
    }
    if (spans && (c === 45 || c === 47) && spansMayApply(s, i)) return -1;
    out[o++] = c;
    i++;
  }
  if (w !== NO_WORD) {
    const at = w >= 0 ? w : wl;
    const bits = w >= 0 ? end : through;
    b0 |= bits[at * 2]!;
    b1 |= bits[at * 2 + 1]!;
    nw = noteWord(nw, ws, w >= 0 ? 2 * w : 2 * wl + 1, first);
  }
  while (o > 0 && (out[o - 1] === 32 || out[o - 1] === 10)) o--;
  SEGMENT_BITS[2 * nc] = b0;
  SEGMENT_BITS[2 * nc + 1] = b1;
  cutCount = nc;
  firstCount = nw;
  return o;
}

/** The abbreviations of the text normalizeToBytes is writing (its argument), or null. */
let ABBR: Abbreviations | null = null;

/** Not within a word (normalizeBytes' index walk). */
const NO_WORD = -2;

/** Notes cut number nc at o, ending a part whose words have bits b0, b1; returns nc + 1. */
function noteCut(nc: number, o: number, b0: number, b1: number): number {
  if (nc + 1 >= CUTS.length) {
    const cuts = new Int32Array(2 * CUTS.length);
    cuts.set(CUTS);
    CUTS = cuts;
    const bits = new Int32Array(2 * cuts.length + 2);
    bits.set(SEGMENT_BITS);
    SEGMENT_BITS = bits;
  }
  CUTS[nc] = o;
  SEGMENT_BITS[2 * nc] = b0;
  SEGMENT_BITS[2 * nc + 1] = b1;
  return nc + 1;
}

/** . ! or ? */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/**
 * Words after which "." does not end a sentence (the rubric's `abbreviations`, rubric v4 on):
 * titles and abbreviations in names ("St. Mary's County Library", "Dr. Ellis") and single letters
 * as initials ("C. Burr Artz"). Read case-insensitively as whole words (see abbrevBefore), so that
 * raw and normalised text are cut at the same places: the list must leave out words that
 * normalisation rewrites (chat-speak such as "u", "w", "q").
 */
export type Abbreviations = {
  readonly letters: Uint8Array;
  readonly words: readonly string[];
  /** (v25 Z10, `extBeforeDigitZ10`) words of `words` after which "." ends no sentence only when a digit follows ("ext. 214") */
  readonly beforeDigit: readonly string[];
  /**
   * (v58 X1, `westAfterNumberX1`) words after which "." ends no sentence when a house number and a space come before them: "73
   * W. Flagler St." ("w" and its normalised form "with", which are not in `words`)
   */
  readonly afterNumber: readonly string[];
};

export function abbreviationsOf(list: readonly string[] | undefined, beforeDigit: readonly string[] = [], afterNumber: readonly string[] = []): Abbreviations | null {
  if (!list || list.length === 0) return null;
  const letters = new Uint8Array(128);
  const words: string[] = [];
  for (const w of list) {
    if (!/^[a-z]{1,4}$/.test(w)) throw new Error(`abbreviation "${w}" must be 1-4 letters a-z`);
    if (w.length === 1) letters[w.charCodeAt(0)] = 1;
    else words.push(w);
  }
  return { letters, words, beforeDigit: beforeDigit.filter((w) => words.includes(w)), afterNumber };
}

/** Whether the letters b[from .. from + len) (any case; 1-4 of them) are one of `a`. */
function isAbbrevBytes(a: Abbreviations, b: Uint8Array, from: number, len: number): boolean {
  if (len === 1) return a.letters[b[from]! | 32] === 1;
  const words = a.words;
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    if (x.length !== len) continue;
    let k = 0;
    while (k < len && (b[from + k]! | 32) === x.charCodeAt(k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** The same for text[from .. from + len). */
function isAbbrevText(a: Abbreviations, text: string, from: number, len: number): boolean {
  if (len === 1) return a.letters[text.charCodeAt(from) | 32] === 1;
  return a.words.includes(text.slice(from, from + len).toLowerCase());
}

/**
 * The "." at b[p] follows an abbreviation of `a` (bytes: raw ASCII or normalised text): the word
 * before it starts the text or follows a character other than a letter or digit (normalisation
 * turns many of those into spaces), and an apostrophe between letters is part of it ("O'B"). A byte
 * beyond ASCII just before the word (normalised Latin-1 text: "ædr.") makes it none, as abbrevBeforeIn
 * has it for text.
 */
function abbrevBefore(a: Abbreviations, b: Uint8Array, p: number, next = 48): boolean {
  let j = p - 1;
  let len = 0;
  while (j >= 0 && len <= 4) {
    const c = b[j]!;
    if (isLetter(c)) len++;
    else if (!(c === 39 && j > 0 && isLetter(b[j - 1]!) && isLetter(b[j + 1]!))) break;
    j--;
  }
  if (len < 1 || len > 4 || (j >= 0 && (isAlnum(b[j]!) || b[j]! > 127)) || j + 1 + len !== p) return false;
  // "w/o." is "without." once normalised
  if (len === 1 && j >= 0 && b[j] === 47 && (b[p - 1]! | 32) === 111) return false;
  if (!isAbbrevBytes(a, b, j + 1, len)) return a.afterNumber.length > 0 && j > 0 && b[j] === 32 && isDigit(b[j - 1]!) && a.afterNumber.includes(String.fromCharCode(...b.subarray(j + 1, p)).toLowerCase());
  // (v25 Z10) "I don't have their ext. Did that help?": "ext" only before a digit
  return a.beforeDigit.length === 0 || (next >= 48 && next <= 57) || !a.beforeDigit.includes(String.fromCharCode(...b.subarray(j + 1, p)).toLowerCase());
}

/** A digit. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter (either case) or digit. */
function isAlnum(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}

/** The "." at text[p] follows an abbreviation of `a` (see abbrevBefore; other than ASCII is a word character). */
function abbrevBeforeIn(a: Abbreviations, text: string, p: number, next = 48): boolean {
  let j = p - 1;
  let len = 0;
  while (j >= 0 && len <= 4) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) len++;
    else if (!(c === 39 && j > 0 && isLetter(text.charCodeAt(j - 1)) && isLetter(text.charCodeAt(j + 1)))) break;
    j--;
  }
  if (len < 1 || len > 4 || (j >= 0 && (isAlnum(text.charCodeAt(j)) || text.charCodeAt(j) > 127)) || j + 1 + len !== p) return false;
  if (len === 1 && j >= 0 && text.charCodeAt(j) === 47 && (text.charCodeAt(p - 1) | 32) === 111) return false;
  if (!isAbbrevText(a, text, j + 1, len)) return a.afterNumber.length > 0 && j > 0 && text.charCodeAt(j) === 32 && isDigit(text.charCodeAt(j - 1)) && a.afterNumber.includes(text.slice(j + 1, p).toLowerCase());
  // (v25 Z10) "ext" only before a digit
  return a.beforeDigit.length === 0 || (next >= 48 && next <= 57) || !a.beforeDigit.includes(text.slice(j + 1, p).toLowerCase());
}
/** The code of the first character from `i` on that is no white space (-1: none). */
function nextNonSpace(b: Uint8Array | string, i: number, n: number): number {
  for (; i < n; i++) {
    const c = typeof b === 'string' ? b.charCodeAt(i) : b[i]!;
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** A letter a-z or A-Z. */
function isLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

/** s[i] (a space, "-" or "/") may be where a spans() rewrite applies, judged from the three characters before it. */
function spansMayApply(s: Uint8Array, i: number): boolean {
  const c = s[i]!;
  const p1 = i > 0 ? lower(s[i - 1]!) : 32;
  if (c === 47) return p1 === 119; // w/
  const p2 = i > 1 ? lower(s[i - 2]!) : 32;
  if (p1 === 101) return !isW(p2); // \be[- ]mail
  if (p1 === 98) return p2 === 101 && i > 2 && lower(s[i - 3]!) === 119; // web[- ](site|page)
  return c === 32 && p1 === 114 && !isWordChar(p2) && p2 !== 39; // (?<![a-z0-9'])r (?=u\b|you\b)
}

/**
 * spans() on lower-cased ASCII bytes, in one pass: the four rewrites never touch each other's
 * context (a separator after "e" or "web", "r " before "u"/"you", "w/"), so applying them together,
 * each judged on the text as it was, gives what applying them one after the other does.
 */
function spansAscii(s: Uint8Array, n: number, out: Uint8Array): number {
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = s[i]!;
    const prev = i > 0 ? s[i - 1]! : 32;
    if (c === 101 && !isW(prev) && i + 5 < n && (s[i + 1] === 45 || s[i + 1] === 32) && s[i + 2] === 109 && s[i + 3] === 97 && s[i + 4] === 105 && s[i + 5] === 108) {
      // \be[- ]mail -> email
      out[o++] = 101;
      i += 2;
      continue;
    }
    if (c === 119 && !isW(prev) && i + 7 < n && s[i + 1] === 101 && s[i + 2] === 98 && (s[i + 3] === 45 || s[i + 3] === 32) && isSiteOrPage(s, i + 4)) {
      // \bweb[- ](site|page) -> web$1
      out[o++] = 119;
      out[o++] = 101;
      out[o++] = 98;
      i += 4;
      continue;
    }
    if (c === 114 && !isWordChar(prev) && prev !== 39 && i + 2 < n && s[i + 1] === 32 && isYou(s, i + 2, n)) {
      // (?<![a-z0-9'])r (?=u\b|you\b) -> "are "
      out[o++] = 97;
      out[o++] = 114;
      out[o++] = 101;
      out[o++] = 32;
      i += 2;
      continue;
    }
    if (c === 119 && !isWordChar(prev) && i + 1 < n && s[i + 1] === 47) {
      // (?<![a-z0-9])w\/(o(?![a-z0-9]))? ? -> "with " or "without "
      let j = i + 2;
      const without = j < n && s[j] === 111 && !(j + 1 < n && isWordChar(s[j + 1]!));
      if (without) j++;
      if (j < n && s[j] === 32) j++;
      for (const b of without ? WITHOUT : WITH) out[o++] = b;
      i = j;
      continue;
    }
    out[o++] = c;
    i++;
  }
  return o;
}

const WITH = [119, 105, 116, 104, 32];
const WITHOUT = [119, 105, 116, 104, 111, 117, 116, 32];

function isSiteOrPage(s: Uint8Array, i: number): boolean {
  const a = s[i];
  if (a === 115) return s[i + 1] === 105 && s[i + 2] === 116 && s[i + 3] === 101;
  return a === 112 && s[i + 1] === 97 && s[i + 2] === 103 && s[i + 3] === 101;
}

/** "u" or "you" at i, followed by a non-word character or the end (u\b, you\b). */
function isYou(s: Uint8Array, i: number, n: number): boolean {
  let j = i;
  if (s[j] === 121 && j + 2 < n && s[j + 1] === 111 && s[j + 2] === 117) j += 3;
  else if (s[j] === 117) j += 1;
  else return false;
  return j >= n || !isW(s[j]!);
}

/**
 * The sentences of the text normalizeToBytes has just written to NORM (len bytes), as
 * splitSentences finds them in it: start, end and the two words of index bits of its words,
 * four numbers a sentence written to `out` (4 * len + 4 long will do); returns their number. The
 * white space noted in CUTS is where splitSentences cuts, or within the white space that follows
 * a cut (giving only empty parts, which are dropped).
 */
export function sentenceRanges(len: number, out: Int32Array): number {
  let count = 0;
  let start = 0;
  let k = 0;
  for (; k < cutCount; k++) {
    const end = CUTS[k]!;
    if (end >= len) break;
    count = pushTrimmed(start, end, k, out, count);
    start = end;
  }
  return pushTrimmed(start, len, k, out, count);
}

/** Appends the range [from, to) of NORM without its leading and trailing white space, and the bits of part k, when not empty. */
function pushTrimmed(from: number, to: number, k: number, out: Int32Array, count: number): number {
  while (from < to && isSpace(NORM[from]!)) from++;
  while (to > from && isSpace(NORM[to - 1]!)) to--;
  if (to === from) return count;
  out[4 * count] = from;
  out[4 * count + 1] = to;
  out[4 * count + 2] = SEGMENT_BITS[2 * k]!;
  out[4 * count + 3] = SEGMENT_BITS[2 * k + 1]!;
  return count + 1;
}

/**
 * splitSentences for raw text: for ASCII text (nearly always) on its bytes, so that the loop never
 * reads strings of mixed V8 representations (see normalizeAscii).
 */
export function splitRawSentences(text: string, abbr: Abbreviations | null = null): string[] {
  const n = text.length;
  if (n > FAST_MAX || RAW_BUFFER.write(text) !== n) return splitSentences(text, abbr);
  const b = RAW;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    let cut = -1;
    if (c === 10) cut = i;
    else if ((c === 46 || c === 33 || c === 63) && i + 1 < n && isSpace(b[i + 1]!) && !(abbr !== null && c === 46 && abbrevBefore(abbr, b, i, nextNonSpace(b, i + 1, n)))) cut = i + 1;
    if (cut < 0) continue;
    let next = i + 1;
    while (next < n && isSpace(b[next]!)) next++;
    pushPart(text, b, start, cut, out);
    start = next;
    i = next - 1;
  }
  pushPart(text, b, start, n, out);
  return out;
}

/** Appends text[from .. to) trimmed (as trim() does for ASCII, from its bytes b), when not empty. */
function pushPart(text: string, b: Uint8Array, from: number, to: number, out: string[]): void {
  while (from < to && isSpace(b[from]!)) from++;
  while (to > from && isSpace(b[to - 1]!)) to--;
  if (to > from) out.push(text.slice(from, to));
}

/**
 * Splits text into sentences: after . ! ? (or an ellipsis) followed by whitespace (with `abbr`, not
 * after one of those abbreviations: abbrevBefore), and at line breaks. The same rule serves raw
 * and normalised text so that sentence k is the same in both.
 */
export function splitSentences(text: string, abbr: Abbreviations | null = null): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    let next = i + 1;
    if (c === 10) cut = i;
    else if ((c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0xff1f || c === 0xff01) && i + 1 < n && isSpace(text.charCodeAt(i + 1)) && !(abbr !== null && c === 46 && abbrevBeforeIn(abbr, text, i, nextNonSpace(text, i + 1, n)))) cut = i + 1;
    if (cut < 0) continue;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    const part = text.slice(start, cut).trim();
    if (part.length > 0) out.push(part);
    start = next;
    i = next - 1;
  }
  const last = text.slice(start).trim();
  if (last.length > 0) out.push(last);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** A "?" that ends a clause (not one inside a URL's query string). */
export const QUESTION_MARK = /\?(?=\s|$|["')\]])/;

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const w = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const QUOTE_MAX = 80;

/**
 * Whitespace other than single spaces (then the quote needs collapsing): two spaces, a control
 * character, or a no-break, typographic or ideographic space. A regex rather than a loop: raw
 * texts come in every V8 string representation, which makes charCodeAt loops slow.
 */
const ODD_SPACE = /  |[\x00-\x1f\xa0\u2000-\u200a\u2028\u2029\u3000]/;

/** A short, single-line quote of a raw text. */
export function quoteOf(raw: string): string {
  let s = raw.length > 400 ? raw.slice(0, 400) : raw;
  if (ODD_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return s.length <= QUOTE_MAX ? s : `${s.slice(0, QUOTE_MAX - 1).trimEnd()}\u2026`;
}

/** Seconds, for notes: whole numbers stay whole, otherwise one decimal. */
export function secs(ms: number): number {
  return Math.round(ms / 100) / 10;
}
