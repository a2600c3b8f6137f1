/**
 * The session as the checks see it: times parsed once, messages in time order, the Terms of
 * RUBRIC.md that several checks share (visible message, pickup, end of session). Message text
 * is normalised lazily, so a check that never reads a message never pays for it.
 */
import type { Transcript } from '@askqa/contract';
import type { Contacts } from './classify';
import type { At, FinalIdle, FollowUpSession } from './facts';
import { execAtWords, F, testAtWords, testEdgeAtWords, type Phrases } from './phrases';
import { PHRASE_FAMILIES, type PhraseFamily, type Rubric, type RubricSettings } from './rubric';
import { decodeEntities, firstWords, normalize, normalizeToBytes, normString, quoteOf, sentenceRanges, splitRawSentences, splitSentences, QUESTION_MARK, MAX_ANALYSED_CHARS } from './text';

/** Number of phrase families. */
const NF = PHRASE_FAMILIES.length;

export type Role = 'patron' | 'provider' | 'internal' | 'system' | 'other';

export type Sentence = {
  /** normalised text */
  readonly n: string;
  /** a question: ends with "?" or opens like one */
  readonly q: boolean;
  /** index among the message's sentences (for quoting) */
  readonly k: number;
  /** the sentence without leading greetings and acknowledgements ("Hi, yes, ...") */
  readonly body: string;
};

/** Epoch ms of an ISO string; NaN for anything unparseable. */
export function parseTime(v: unknown): number {
  if (typeof v !== 'string') return NaN;
  const fast = parseIsoFast(v);
  return fast === fast ? fast : Date.parse(v);
}

function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Date.parse's result for the usual shapes "YYYY-MM-DDTHH:MM:SS[.sss](Z|+HH:MM|-HH:MM)" (years
 * 1000-9999, days up to 28: always valid dates), NaN for anything else, which then goes to
 * Date.parse itself. Date.parse is slow, and every message has a time.
 */
export function parseIsoFast(s: string): number {
  const len = s.length;
  if (len !== 20 && len !== 24 && len !== 25 && len !== 29) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const y1 = digits2(s, 0);
  const y2 = digits2(s, 2);
  const mo = digits2(s, 5);
  const d = digits2(s, 8);
  const h = digits2(s, 11);
  const mi = digits2(s, 14);
  const se = digits2(s, 17);
  if (y1 < 10 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || d > 28 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return NaN;
  let i = 19;
  let ms = 0;
  if (len === 24 || len === 29) {
    if (s.charCodeAt(19) !== 46) return NaN;
    const a = digits2(s, 20);
    const b = s.charCodeAt(22) - 48;
    if (a < 0 || b < 0 || b > 9) return NaN;
    ms = a * 10 + b;
    i = 23;
  }
  let offset = 0;
  const z = s.charCodeAt(i);
  if (i + 1 === len) {
    if (z !== 90) return NaN;
  } else {
    if ((z !== 43 && z !== 45) || s.charCodeAt(i + 3) !== 58) return NaN;
    const oh = digits2(s, i + 1);
    const om = digits2(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (oh * 60 + om) * 60000;
    if (z === 43) offset = -offset;
  }
  // days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil)
  const y = y1 * 100 + y2 - (mo <= 2 ? 1 : 0);
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) | 0) + d - 1;
  const days = era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719468;
  return days * 86400000 + h * 3600000 + mi * 60000 + se * 1000 + ms + offset;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * (v8 F, `quotedTitleNotQuestionF`) A quoted title that ends in "?" ("\"Who Was Harriet Tubman?\" by Yona
 * Zeldis McDonough", "\"What Color Is Your Parachute?\""): its "?" belongs to the title, not the sentence.
 */
const QUOTED_TITLE_Q = /"[^"?]{2,80}\?"/g;

/** Not computed yet (null and -1 are answers). */
export const UNSET: unique symbol = Symbol('unset');
type Slot<T> = T | typeof UNSET;

/** Per-message answers, one field per question so the object keeps one shape. */
export class MsgMemo {
  contacts: Slot<Contacts> = UNSET;
  hold: Slot<boolean> = UNSET;
  selfId: Slot<number> = UNSET;
  info: Slot<boolean> = UNSET;
  source: Slot<number> = UNSET;
  completeness: Slot<number> = UNSET;
  anythingElse: Slot<number> = UNSET;
  clarify: Slot<number> = UNSET;
  stillThere: Slot<number> = UNSET;
  courteous: Slot<number> = UNSET;
  seemGone: Slot<number> = UNSET;
  willEnd: Slot<number> = UNSET;
  promise: Slot<number> = UNSET;
  referral: Slot<number> = UNSET;
  /** quote(k) at k + 1 (0: the whole message) */
  quotes: (string | undefined)[] | undefined = undefined;
  /** (v26 A2) the text without its single-quoted spans, null when it has none (classify.ts `singleUnquotedA2`) */
  singleUnquoted: Slot<string | null> = UNSET;
  /** (v26 A2) the quoted spans holding a "?" (classify.ts `quotedAsksA2`) */
  quotedAsks: QuotedAsk[] | undefined = undefined;
}

/** (v26 A2) A quoted span holding a "?": its normalised text and where it opens in the raw text. */
export type QuotedAsk = { n: string; at: number };

/** (v8 M, `htmlBreaksM`) Line-break and paragraph tags an export left in a message's text. */
const HTML_BREAK_M = /<(?:br|p|\/p|div|\/div)(?:\s[^<>]{0,80})?\s*\/?>/gi;
/** (v10 Z2, `htmlLinksZ2`) An anchor an export left in a message's text: its address and its text. */
const HTML_LINK_Z2 = /<a\b[^<>]{0,300}?\bhref\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s<>]+))[^<>]{0,200}>([^<]{0,500}?)<\/a\s*>/gi;
/** (v10 Z2) Any other inline tag left in the text (opening or closing; "<3" is none). */
const HTML_TAG_Z2 = /<\/?[a-z][a-z0-9:-]{0,20}(?:\s[^<>]{0,300})?\/?>/gi;
/** (v12 L7, `htmlBlocksL7`) Block tags an export left in a message's text: list items, lists, table rows, headings, quotes, rules. */
const HTML_BLOCK_L7 = /<\/?(?:li|ul|ol|dl|dt|dd|tr|table|thead|tbody|h[1-6]|blockquote|hr|pre)(?:\s[^<>]{0,200})?\s*\/?>/gi;
/**
 * (v12 L7, `mojibakeL7`) UTF-8 read as Windows-1252: a lead byte's letter (Â-ô) and its continuation bytes' letters
 * ("â€™" for "’", "Ã©" for "é"), the continuation bytes 0x80-0x9F as Windows-1252 shows them.
 */
const MOJIBAKE_L7 = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;
const MOJIBAKE_LEAD_L7 = /[\u00c2-\u00f4]/;
/** Windows-1252's letters for the bytes 0x80-0x9F. */
const CP1252_L7 = new Map<string, number>(
  [...'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'].map((c, i) => [c, 0x80 + i]),
);
const UTF8_L7 = new TextDecoder('utf-8', { fatal: true });
/** The character a garbled sequence stood for, or the sequence unchanged when its bytes are no UTF-8 character. */
function unMojibakeL7(m: string): string {
  const lead = m.charCodeAt(0);
  const n = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (m.length < n) return m;
  const bytes = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const c = m.charCodeAt(k);
    bytes[k] = c <= 0xff ? c : (CP1252_L7.get(m[k]!) ?? 0);
  }
  try {
    return UTF8_L7.decode(bytes) + m.slice(n);
  } catch {
    return m;
  }
}
/**
 * (v12 L7, `wrappedLinesL7`) A line break inside a sentence: after a lower-case word that cannot end one, or before
 * one that cannot open one, with no punctuation before the break.
 */
const WRAP_L7 =
  /(?<=\b(?:a|an|the|to|of|that|this|these|those|your|you|my|our|their|his|her|its|may|might|have|has|had|will|would|can|could|should|be|been|is|are|was|were|and|or|but|for|with|at|in|on|by|from|not|do|does|did|if|so|as|about|into))[ \t]*\r?\n(?=[ \t]*[a-z])|(?<=[a-z,])[ \t]*\r?\n(?=[ \t]*(?:the|a|an|to|of|and|or|but|for|with|at|in|on|by|from|into|than)\b)/g;

/**
 * (v25 Z1, `invisibleZ1`) Characters that show nothing and join or hyphenate inside a word: the soft hyphen, the zero-width
 * non-joiner and joiner, the word joiner.
 */
const INVISIBLE_Z1 = /[\u00ad\u200c\u200d\u2060]/g;
/** (v25 Z1) INVISIBLE_Z1 as a test (no `lastIndex` to reset). */
const HAS_INVISIBLE_Z1 = new RegExp(INVISIBLE_Z1.source);
/**
 * (v25 Z1, `templateFieldsZ1`) A canned message's template field left unfilled: "{{agent_name}}", "%FIRSTNAME%",
 * "%agent_first_name%", "[Library Name]", "[LIBRARY NAME]", "[AGENT]", "[BRANCH HOURS]" (a square-bracket field:
 * capitalised words ending in "Name", or a staff or library word in capitals with field words after it; never a Markdown
 * link's "[text](", nor the privacy placeholder "[name]").
 */
const TEMPLATE_FIELD_Z1 =
  /\{\{[^{}\n]{1,40}\}\}|%(?:[A-Z][A-Z_]{2,30}|[a-z]+_[a-z_]{1,30})%|\[(?:(?:[A-Z][A-Za-z]*[ _]){1,3}(?:NAME|Name)|(?:LIBRARY|AGENT|LIBRARIAN|STAFF|BRANCH|INSTITUTION|SERVICE)(?:[ _](?:FIRST|LAST|FULL|NAME|EMAIL|PHONE|URL|LINK|HOURS)){0,3})\](?!\()/g;
/** (v25 Z1, `markdownZ1`) A Markdown link "[text](url)" (not an image "![alt](url)"): its text and its address. */
const MD_LINK_Z1 = /(?<!!)\[([^[\]\n]{1,300})\]\(\s*([^()\s]{0,500})\s*\)/g;
/**
 * (v25 Z1, `markdownZ1`) Markdown emphasis: a pair of the same markers ("**", "*", "__", "_", up to three) around text,
 * the opening one at a word's start before a character that is no space, the closing one after such a character and
 * before no letter or digit, at most 300 characters on ("**Did this answer your question?**", "_please hold_"). A marker
 * with no partner stays, so a search's wildcards ("nurs*, limited to scholarly journals", "bee* AND pollinat*"),
 * "snake_case" and "5 * 3" read as written.
 */
const MD_EMPHASIS_Z1 = /(?<![\p{L}\p{N}*_])(\*{1,3}|_{1,3})(?=[^\s*_])([^\n]{0,300}?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
/** (v25 Z1) "t (u)" for a Markdown link, as v10's anchors read. */
function mdLinkZ1(m: string, text: string, url: string): string {
  return linkTextZ2(m, url, undefined, undefined, text);
}

/** (v10 Z2) "t (u)" for an anchor, as the importers write it (t alone when it is the address or empty: then u). */
function linkTextZ2(_m: string, dq: string | undefined, sq: string | undefined, bare: string | undefined, inner: string): string {
  const url = (dq ?? sq ?? bare ?? '').trim().replace(/^(?:mailto|tel):/i, '');
  const text = inner.trim();
  if (!url || url.startsWith('#') || /^javascript:/i.test(url)) return inner;
  if (!text) return url;
  const bareUrl = (u: string) => u.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
  if (bareUrl(text) === bareUrl(url) || text.includes(url)) return inner;
  return `${inner} (${url})`;
}

/** Per-session answers (facts.ts), one field per fact. */
export class SessionMemo {
  substantive: Slot<Msg | null> = UNSET;
  firstSource: Slot<At | null> = UNSET;
  firstAnswer: Slot<Msg | null> = UNSET;
  promise: Slot<At | null> = UNSET;
  followUpSession: Slot<FollowUpSession | null> = UNSET;
  finalIdle: Slot<FinalIdle | null> = UNSET;
  contactInChat: Slot<At | null> = UNSET;
  patronNames: Slot<Set<string>> = UNSET;
  ownNames: Map<string, string[] | null> | undefined = undefined;
  /** the last `system` message with event "transfer" in time order (v29 D6, `transferredNoticeD6`) */
  lastTransfer: Slot<Msg | null> = UNSET;
}

/** Int32 words of a family bit set (bit fi & 31 of word fi >> 5). */
const W = (NF + 31) >> 5;
/**
 * Per message and per sentence, three family bit sets in one Int32Array (STRIDE words): the gate
 * (may match: phrases.ts), tested, and matched. One small array each: V8 allocates typed arrays of
 * up to 64 bytes on its heap, larger ones (a whole session's) an order of magnitude slower.
 */
const GATE = 0;
const TESTED = W;
const MATCHED = 2 * W;
const STRIDE = 3 * W;
/** In a sentence's bit sets (one more word), where the sentence starts in the message's normalised text (-1: unknown). */
const FROM = STRIDE;

/** Sentences of the text normalizeToBytes has just written (scratch for sentenceRanges). */
let RANGES = new Int32Array(64);

/**
 * (v14, `placeholderContactsV14`) What "[email]" and "[phone]" read as: an address and a number of the shapes the
 * families know, used nowhere else (a reserved domain; no area code 555 is assigned), so that each occurrence is the
 * same contact and the patron's (referral.ts `patronGave`, facts.ts `fieldContacts`).
 */
const STAND_IN_EMAIL_V14 = 'patron@example.com';
const STAND_IN_PHONE_V14 = '555-555-0100';
const PLACEHOLDER_V14 = /\[(email|phone)\]/g;
const STAND_IN_SRC_V14 = [STAND_IN_EMAIL_V14, STAND_IN_PHONE_V14].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const STAND_IN_V14 = new RegExp(STAND_IN_SRC_V14, 'g');
const HAS_STAND_IN_V14 = new RegExp(STAND_IN_SRC_V14);
function asWrittenV14(_: string, kind: string): string {
  return kind === 'email' ? STAND_IN_EMAIL_V14 : STAND_IN_PHONE_V14;
}
function asStoredV14(standIn: string): string {
  return standIn === STAND_IN_EMAIL_V14 ? '[email]' : '[phone]';
}

/** (v14) A patron field as the scorer reads it: its placeholder ("[email]", "[phone]") as the stand-in, when the rubric says so. */
function patronFieldV14(P: Phrases, v: unknown): unknown {
  if (!P.placeholderContacts || typeof v !== 'string') return v;
  const t = v.trim();
  return t === '[email]' ? STAND_IN_EMAIL_V14 : t === '[phone]' ? STAND_IN_PHONE_V14 : v;
}

export class Msg {
  readonly i: number;
  readonly role: Role;
  readonly t: number;
  readonly raw: string;
  readonly authorId: string | null;
  readonly author: string | null;
  readonly event: string | null;
  readonly to: string | null;
  /** position in Session.vis (visible messages in time order), -1 if not visible */
  pos = -1;
  private readonly P: Phrases;
  private _n: string | undefined = undefined;
  /** the message's bit sets (STRIDE words) */
  private _flags: Int32Array | undefined = undefined;
  /** the normalised sentences' texts, when there are two or more (one: the whole text) */
  private _parts: string[] | undefined = undefined;
  /** their bit sets, when there are two or more */
  private _sflags: Int32Array[] | undefined = undefined;
  /** the words that may start a family's match (text.ts firstWords: start, index node), when normalised in bytes */
  private _words: number[] | undefined = undefined;
  private _s: Sentence[] | undefined = undefined;
  private _raw: string[] | undefined = undefined;
  private _memo: MsgMemo | undefined = undefined;
  /** per-message caches filled by classify.ts and the checks (created when first asked: most patron messages never are) */
  get memo(): MsgMemo {
    return (this._memo ??= new MsgMemo());
  }

  constructor(P: Phrases, i: number, m: unknown, t: number) {
    this.P = P;
    this.i = i;
    this.t = t;
    const o = (m !== null && typeof m === 'object' ? m : {}) as Record<string, unknown>;
    const role = o.role;
    this.role = role === 'patron' || role === 'provider' || role === 'internal' || role === 'system' ? role : 'other';
    // exports that kept the chat's HTML escapes ("I&#39;ll", "&amp;", "&nbsp;"): read as the patron saw them
    const decoded = typeof o.text === 'string' ? decodeEntities(o.text) : '';
    // (v12 L7) "Iâ€™ll": UTF-8 an export read as Windows-1252, read as the punctuation it was
    const raw = P.mojibake && MOJIBAKE_LEAD_L7.test(decoded) ? decoded.replace(MOJIBAKE_L7, unMojibakeL7) : decoded;
    // (v8 M) "Hi there!<br>I'm Leah…": the chat's line-break tags read as the line breaks they showed
    const broken0 = P.htmlBreaks && raw.includes('<') ? raw.replace(HTML_BREAK_M, '\n') : raw;
    // (v12 L7) "…in our catalog</li></ul>Is that…": block tags are line breaks too
    const broken = P.htmlBlocks && broken0.includes('<') ? broken0.replace(HTML_BLOCK_L7, '\n') : broken0;
    // (v10 Z2) "Please <a href=\"tel:…\">call the HOME Line</a>": anchors read as "text (url)", other tags removed
    const untagged = P.htmlLinks && broken.includes('<') ? broken.replace(HTML_LINK_Z2, linkTextZ2).replace(HTML_TAG_Z2, '') : broken;
    // (v25 Z1) "cata\u00adlog": a soft hyphen or a zero-width joiner inside a word is dropped
    const visible = P.invisible && HAS_INVISIBLE_Z1.test(untagged) ? untagged.replace(INVISIBLE_Z1, '') : untagged;
    // (v25 Z1) "Hello! You are chatting with {{agent_name}}.": an unfilled template field reads as nothing
    const filled = P.templateFields && (visible.includes('{') || visible.includes('%') || visible.includes('[')) ? visible.replace(TEMPLATE_FIELD_Z1, '') : visible;
    // (v25 Z1) "**Did this answer your question?**", "[email the Writing Center](mailto:…)": Markdown read as it showed
    const marked =
      P.markdown && (filled.includes('*') || filled.includes('_') || filled.includes('](')) ? filled.replace(MD_LINK_Z1, mdLinkZ1).replace(MD_EMPHASIS_Z1, '$2') : filled;
    // (v12 L7) "Does that\nanswer your question?": a hard-wrapped sentence reads as one
    const unwrapped = P.wrappedLines && marked.includes('\n') ? marked.replace(WRAP_L7, ' ') : marked;
    // (v14) "[email]", "[phone]": the patron's own address and number as the patron wrote them
    this.raw = P.placeholderContacts && unwrapped.includes('[') ? unwrapped.replace(PLACEHOLDER_V14, asWrittenV14) : unwrapped;
    this.authorId = str(o.authorId);
    this.author = str(o.author);
    this.event = str(o.event);
    this.to = str(o.to);
  }

  get visible(): boolean {
    return this.role === 'patron' || this.role === 'provider';
  }

  /** Normalised text (text.ts). */
  get n(): string {
    if (this._n === undefined) this.prepare();
    return this._n!;
  }

  /**
   * Normalises the text, splits it into sentences and finds the families their words allow,
   * once: usually all in normalizeToBytes' one pass over the text (text.ts).
   */
  private prepare(): void {
    const P = this.P;
    const flags = new Int32Array(STRIDE);
    this._flags = flags;
    const words = P.words;
    const len = words !== null ? normalizeToBytes(this.raw, words, P.abbreviations) : -1;
    if (len < 0) {
      const n = normalize(this.raw);
      this._n = n;
      flags.set(P.gateBits(n), GATE);
      const parts = splitSentences(n, P.abbreviations);
      if (parts.length > 1) {
        this._parts = parts;
        this._sflags = parts.map((x) => {
          const sflags = new Int32Array(STRIDE + 1);
          sflags.set(P.gateBits(x), GATE);
          sflags[FROM] = -1;
          return sflags;
        });
      }
      return;
    }
    const n = normString(len);
    this._n = n;
    this._words = firstWords();
    if (RANGES.length < 4 * len + 4) RANGES = new Int32Array(8 * len + 4);
    const count = sentenceRanges(len, RANGES);
    // the gate: the families whose words the message (a sentence) has, and the `always` ones
    const a0 = P.always[0]!;
    const a1 = P.always[1]!;
    let g0 = a0;
    let g1 = a1;
    for (let k = 0; k < count; k++) {
      g0 |= RANGES[4 * k + 2]!;
      g1 |= RANGES[4 * k + 3]!;
    }
    flags[GATE] = g0;
    flags[GATE + 1] = g1;
    if (count <= 1) return;
    const parts: string[] = new Array(count);
    const all: Int32Array[] = new Array(count);
    for (let k = 0; k < count; k++) {
      parts[k] = n.slice(RANGES[4 * k]!, RANGES[4 * k + 1]!);
      const sflags = new Int32Array(STRIDE + 1);
      sflags[GATE] = a0 | RANGES[4 * k + 2]!;
      sflags[GATE + 1] = a1 | RANGES[4 * k + 3]!;
      sflags[FROM] = RANGES[4 * k]!;
      all[k] = sflags;
    }
    this._parts = parts;
    this._sflags = all;
  }

  get sentences(): Sentence[] {
    if (this._s === undefined) {
      const P = this.P;
      const n = this.n;
      const parts = this._parts;
      const sflags = this._sflags;
      const count = parts !== undefined ? parts.length : n.length > 0 ? 1 : 0;
      const out: Sentence[] = new Array(count);
      for (let k = 0; k < count; k++) {
        const x = parts !== undefined ? parts[k]! : n;
        // the sentence's own gate (the message's for a single sentence)
        const g = sflags !== undefined ? sflags[k]! : this._flags!;
        const body = bit(g, F.leadIn) ? x.replace(P.leadIn, '') : x;
        const q =
          (x.includes('?') && QUESTION_MARK.test(x) && !(P.quotedTitleNotQuestion && !QUESTION_MARK.test(x.replace(QUOTED_TITLE_Q, '"')))) ||
          (body.length > 0 && bit(g, F.questionOpening) && P.questionOpening.test(body));
        out[k] = { n: x, q, k, body };
      }
      this._s = out;
    }
    return this._s;
  }

  /** Family fi (an id from F, phrases.ts) may match this message (its words allow it). */
  may(fi: number): boolean {
    if (this._n === undefined) this.prepare();
    return bit(this._flags!, fi);
  }

  /** Family fi matches this message's normalised text (computed once). */
  has(fi: number): boolean {
    if (this._n === undefined) this.prepare();
    const flags = this._flags!;
    const sflags = this._sflags;
    if (sflags === undefined || !bit(this.P.anchored, fi)) return this.testAll(flags, fi);
    // ^ and $ mark sentence starts and ends: the message has the family when one sentence has it
    const w = fi >> 5;
    const b = 1 << (fi & 31);
    const first = (flags[TESTED + w]! & b) === 0;
    if (this.testAll(flags, fi) || !first || (flags[GATE + w]! & b) === 0) return (flags[MATCHED + w]! & b) !== 0;
    // the family has just failed on the whole text: only its anchored alternatives are left
    const edge = this.P.edges[fi]!;
    // (at the sentence's words that may start the family when it has a sticky form: the same answer, far fewer starts)
    const es = this.P.edgeSticky[fi];
    const words = this._words;
    const parts = this._parts!;
    for (let k = 0; k < parts.length; k++) {
      const sf = sflags[k]!;
      if ((sf[GATE + w]! & b) === 0) continue;
      const from = sf[FROM]!;
      if (es !== null && es !== undefined && words !== undefined && from >= 0 ? testEdgeAtWords(this.P, fi, parts[k]!, words, from) : edge.test(parts[k]!)) {
        flags[MATCHED + w]! |= b;
        return true;
      }
    }
    return false;
  }

  /**
   * test() on the whole normalised text: a family whose matches start at known first words
   * (Phrases.sticky) is run only at the words that may start one. Every match starts at such a
   * word, so the answer is the same as running it over the text.
   */
  private testAll(flags: Int32Array, fi: number): boolean {
    const w = fi >> 5;
    const b = 1 << (fi & 31);
    if ((flags[TESTED + w]! & b) !== 0) return (flags[MATCHED + w]! & b) !== 0;
    const words = this._words;
    const re = this.P.sticky[fi];
    if (words === undefined || re === null || re === undefined) return this.test(flags, fi, this._n!);
    const v = (flags[GATE + w]! & b) !== 0 && testAtWords(this.P, fi, this._n!, words);
    flags[TESTED + w]! |= b;
    if (v) flags[MATCHED + w]! |= b;
    return v;
  }

  /** Family fi matches text, whose bit sets are `flags`: the answer remembered there. */
  private test(flags: Int32Array, fi: number, text: string): boolean {
    const w = fi >> 5;
    const b = 1 << (fi & 31);
    if ((flags[TESTED + w]! & b) !== 0) return (flags[MATCHED + w]! & b) !== 0;
    const v = (flags[GATE + w]! & b) !== 0 && this.P.list[fi]!.test(text);
    flags[TESTED + w]! |= b;
    if (v) flags[MATCHED + w]! |= b;
    return v;
  }

  /** Family fi matches sentence x of this message (computed once per sentence and family). */
  private sTest(x: Sentence, fi: number): boolean {
    const ss = this._s!;
    if (ss[x.k] !== x) return this.P.list[fi]!.test(x.n); // not one of ours: nothing to remember
    // a single sentence is the whole text
    if (this._sflags === undefined) return this.has(fi);
    const sflags = this._sflags[x.k]!;
    const words = this._words;
    const from = sflags[FROM]!;
    if (words === undefined || from < 0 || this.P.sticky[fi] === null) return this.test(sflags, fi, x.n);
    // the message's words that may start a match, within the sentence
    const w = fi >> 5;
    const b = 1 << (fi & 31);
    if ((sflags[TESTED + w]! & b) !== 0) return (sflags[MATCHED + w]! & b) !== 0;
    const v = (sflags[GATE + w]! & b) !== 0 && testAtWords(this.P, fi, x.n, words, from);
    sflags[TESTED + w]! |= b;
    if (v) sflags[MATCHED + w]! |= b;
    return v;
  }

  /**
   * The match of family fi in sentence x (one of this message's) that a global regex's exec from
   * lastIndex `after` finds: at the first words when the family has a sticky form.
   */
  execFrom(x: Sentence, fi: number, after: number): RegExpExecArray | null {
    const words = this._words;
    const sflags = this._sflags;
    const from = sflags === undefined ? 0 : this._s![x.k] === x ? sflags[x.k]![FROM]! : -1;
    if (words === undefined || from < 0 || this.P.sticky[fi] === null) {
      const re = this.P.global(PHRASE_FAMILIES[fi]!);
      re.lastIndex = after;
      return re.exec(x.n);
    }
    return execAtWords(this.P, fi, x.n, words, from, after);
  }

  /** Family fi matches one of this message's sentences. */
  sHas(x: Sentence, fi: number): boolean {
    // No sentence matches what the whole message does not; that answer is cached.
    if (!this.has(fi)) return false;
    if (this._sflags === undefined) return true;
    return this.sTest(x, fi);
  }

  /** Index of the first sentence matching family fi, -1 if none. */
  find(fi: number, pred?: (x: Sentence) => boolean): number {
    if (!this.has(fi)) return -1;
    for (const x of this.sentences) if ((pred === undefined || pred(x)) && this.sTest(x, fi)) return x.k;
    return -1;
  }

  /** A short quote of sentence k (the whole message when k < 0 or unknown). */
  quote(k = -1): string {
    const quotes = (this.memo.quotes ??= []);
    const slot = k >= 0 ? k + 1 : 0;
    let q = quotes[slot];
    if (q === undefined) {
      const text = k >= 0 ? (this.rawSentences[k] ?? this.raw) : this.raw;
      // (v14) the quote shows the placeholders the stored transcript holds, not the stand-ins read in their place
      q = quoteOf(this.P.placeholderContacts && HAS_STAND_IN_V14.test(text) ? text.replace(STAND_IN_V14, asStoredV14) : text);
      quotes[slot] = q;
    }
    return q;
  }

  /** Raw sentences, split as the normalised ones are (for name capitalisation and quotes). */
  get rawSentences(): string[] {
    if (this._raw === undefined) {
      this._raw = splitRawSentences(this.raw.length > MAX_ANALYSED_CHARS ? this.raw.slice(0, MAX_ANALYSED_CHARS) : this.raw, this.P.abbreviations);
    }
    return this._raw;
  }
}

/** Bit fi of the gate in flags. */
function bit(flags: Int32Array, fi: number): boolean {
  return ((flags[GATE + (fi >> 5)]! >>> (fi & 31)) & 1) === 1;
}

export type ScoringInput = {
  now: number;
  recordedFollowUps?: { doneAt: string }[];
  otherIntervals?: { sessionKey: string; providerId: string; start: number; end: number }[];
  sessionKey?: string;
};

export class Session {
  readonly t: Transcript;
  readonly rubric: Rubric;
  readonly settings: RubricSettings;
  readonly P: Phrases;
  readonly ctx: ScoringInput;
  readonly key: string;
  /** messages in the transcript's order (index = evidence index) */
  readonly msgs: Msg[];
  /** each message's own time (NaN when it has none that parses), by transcript index */
  readonly times: number[];
  /** every message in time order (ties keep transcript order) */
  readonly order: Msg[];
  /** visible messages (patron and provider) in time order */
  readonly vis: Msg[];
  readonly prov: Msg[];
  readonly patron: Msg[];
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** end of the session: endedAt, else its last message of any role */
  readonly end: number;
  readonly pickedUpAt: number | null;
  /** pickup (Terms): pickedUpAt when recorded, else the first visible provider message */
  readonly pickup: number | null;
  readonly providerJoined: boolean;
  /** position in vis of the first patron message, -1 if none */
  readonly firstPatronPos: number;
  /** position in vis of the last patron message, -1 if none */
  readonly lastPatronPos: number;
  readonly memo: SessionMemo = new SessionMemo();
  private _patronContact: { email: unknown; phone: unknown } | undefined = undefined;

  /** The patron fields' e-mail and phone as the checks read them (v14: "[email]" / "[phone]" as the chat's stand-ins). */
  get patronContact(): { email: unknown; phone: unknown } {
    if (this._patronContact === undefined) {
      const p = this.t.patron as { email?: unknown; phone?: unknown } | null | undefined;
      this._patronContact = { email: patronFieldV14(this.P, p?.email), phone: patronFieldV14(this.P, p?.phone) };
    }
    return this._patronContact;
  }

  constructor(t: Transcript, ctx: ScoringInput, rubric: Rubric, P: Phrases) {
    this.t = t;
    this.rubric = rubric;
    this.settings = rubric.settings;
    this.P = P;
    this.ctx = ctx;
    this.key = ctx.sessionKey ?? defaultSessionKey(t);
    const raw: unknown[] = Array.isArray(t.messages) ? t.messages : [];
    let started = parseTime(t.startedAt);
    const msgs: Msg[] = new Array(raw.length);
    const times: number[] = new Array(raw.length);
    let prev = NaN;
    let sorted = true;
    let last = -Infinity;
    let first = Infinity;
    for (let i = 0; i < raw.length; i++) {
      const m = raw[i];
      let at = parseTime(m !== null && typeof m === 'object' ? (m as { at?: unknown }).at : undefined);
      times[i] = at;
      // An unparseable time takes its predecessor's, so the message keeps its place.
      if (Number.isNaN(at)) at = Number.isNaN(prev) ? (Number.isNaN(started) ? 0 : started) : prev;
      if (at < prev) sorted = false;
      prev = at;
      if (at > last) last = at;
      if (at < first) first = at;
      msgs[i] = new Msg(P, i, m, at);
    }
    if (Number.isNaN(started)) started = Number.isFinite(first) ? first : 0;
    this.msgs = msgs;
    this.times = times;
    this.order = sorted ? msgs : [...msgs].sort((a, b) => a.t - b.t || a.i - b.i);
    const vis: Msg[] = [];
    const prov: Msg[] = [];
    const patron: Msg[] = [];
    let firstPatron = -1;
    let lastPatron = -1;
    for (const m of this.order) {
      if (m.role === 'provider') {
        m.pos = vis.length;
        vis.push(m);
        prov.push(m);
      } else if (m.role === 'patron') {
        if (firstPatron < 0) firstPatron = vis.length;
        lastPatron = vis.length;
        m.pos = vis.length;
        vis.push(m);
        patron.push(m);
      }
    }
    this.vis = vis;
    this.prov = prov;
    this.patron = patron;
    this.firstPatronPos = firstPatron;
    this.lastPatronPos = lastPatron;
    this.startedAt = started;
    const ended = parseTime(t.endedAt);
    this.endedAt = Number.isNaN(ended) ? null : ended;
    this.end = this.endedAt ?? Math.max(started, last);
    const picked = parseTime(t.pickedUpAt);
    this.pickedUpAt = Number.isNaN(picked) ? null : picked;
    this.pickup = this.pickedUpAt ?? prov[0]?.t ?? null;
    this.providerJoined = this.pickup !== null;
  }

  /** The first visible message of `role` after `m` (m.pos in vis), or null. */
  nextVisible(m: Msg, role: 'patron' | 'provider'): Msg | null {
    const vis = this.vis;
    for (let p = m.pos + 1; p < vis.length; p++) if (vis[p]!.role === role) return vis[p]!;
    return null;
  }

  /** The last visible message of `role` before `m`, or null. */
  previousVisible(m: Msg, role: 'patron' | 'provider'): Msg | null {
    const vis = this.vis;
    for (let p = m.pos - 1; p >= 0; p--) if (vis[p]!.role === role) return vis[p]!;
    return null;
  }

  /** A provider id for messages that carry none. */
  get providerId(): string {
    const p = this.t.provider as { id?: unknown } | null | undefined;
    return typeof p?.id === 'string' ? p.id : '';
  }
}

export function defaultSessionKey(t: Transcript): string {
  const src = typeof t.source === 'string' && t.source.length > 0 ? t.source : 'api';
  return `${src}:${String(t.externalId)}`;
}
