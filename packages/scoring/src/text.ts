/**
 * Text normalisation: every message is normalised once, so the phrase families (rubric.ts)
 * can be written for one spelling. Changing what this produces changes scores, so it is part
 * of the rubric version just as the phrase lists are.
 */

/** Longer texts are cut before analysis: a pasted 100 KB document says nothing more about conduct. */
export const MAX_ANALYSED_CHARS = 20_000;

const NON_ASCII = /[^\x00-\x7f]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const INVERTED = /[\u00bf\u00a1]/g;
const COMBINING = /[\u0300-\u036f]/g;

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
  q: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tmb: 'tambien', tb: 'tambien', xfa: 'por favor', porfa: 'por favor', grax: 'gracias', grcs: 'gracias',
};
const CHAT_WORDS = new Map(Object.entries(CHAT_SPEAK).filter(([k]) => /^[a-z0-9]+$/.test(k)));

/** 1-26 for a-z, 27-36 for 0-9, 0 otherwise. */
function wordKey(c: number): number {
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
  return Int32Array.from(next);
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
 * One pass over the characters after lower-casing; only the rare cases use a regex.
 */
export function normalize(raw: string): string {
  let s = raw.length > MAX_ANALYSED_CHARS ? raw.slice(0, MAX_ANALYSED_CHARS) : raw;
  const nonAscii = NON_ASCII.test(s);
  if (nonAscii) {
    s = s
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/\u2026/g, '...')
      .replace(/[\u2192\u203a\u27a1\u25b8\u25ba]/g, '>')
      .replace(SPACES, ' ')
      .replace(INVERTED, ' ')
      .replace(/\uff1f/g, '?')
      .replace(/\uff01/g, '!')
      .normalize('NFKD')
      .replace(COMBINING, '');
  }
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

/**
 * Splits text into sentences: after . ! ? (or an ellipsis) followed by whitespace, and at line
 * breaks. The same rule serves raw and normalised text so that sentence k is the same in both.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    let next = i + 1;
    if (c === 10) cut = i;
    else if ((c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0xff1f || c === 0xff01) && i + 1 < n && isSpace(text.charCodeAt(i + 1))) cut = i + 1;
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
