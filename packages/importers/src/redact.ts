import type { Transcript } from '@askqa/contract';
import { addresses, contacts, digitsKey, emails, phones, selfNames, type Kind, type Match } from './pii';

/**
 * Patron privacy at import. The patron's contact details (e-mail addresses,
 * phone numbers, street addresses) are found in the patron fields and in the
 * patron's own messages, together with the patron's name (the `patron.name`
 * field, which the LibChat importer fills from `Guest`, and "my name is …" in
 * a patron message). Each of those values is then replaced wherever it
 * recurs in the transcript: patron and staff messages, authors and author
 * ids (an SMS sender address carries the phone number), the survey comment
 * and follow-up notes. A contact that only staff give (the library's phone in
 * a referral) is not the patron's and stays readable, and so does one the
 * staff gave first and the patron merely repeated. Placeholders are typed,
 * so the scorer still knows a contact was given. The originals are returned
 * apart, for privileged reads: restoreOriginals(redacted, originals) gives
 * back the input exactly. The session's externalId is never changed: it is
 * the key the source system and re-imports use.
 */

export const PLACEHOLDERS = { email: '[email]', phone: '[phone]', address: '[address]', name: '[name]' } as const;

export type PatronOriginals = {
  /** Original values of the patron fields that were replaced. */
  patron: { name?: string | null; email?: string | null; phone?: string | null };
  /** Original text (and author / authorId where those changed) of each message that changed. */
  messages: { index: number; text: string; author?: string | null; authorId?: string | null }[];
  /** Other changed strings: `survey.comment`, `followUps.<i>.note`. */
  fields?: { path: string; value: string }[];
};

/** Values that stand for "no name given". */
const GENERIC_NAMES = new Set(['patron', 'guest', 'visitor', 'user', 'anonymous', 'customer', 'student', 'unknown', 'n/a', 'none']);
/** First names that are also everyday words: only the full name is replaced for these, not the lone word. */
const COMMON_WORDS = new Set(
  'will may june april august grace hope faith joy art bill mark rose summer autumn dawn sky rich frank guy ray jack penny ruby amber crystal page hunter mason carter cooper baker gene sandy dot pat sue chase drew lane reed wade rob don bob jean dean kay lee max sam tom ben dan ann eve ivy iris lily holly daisy violet heather pearl ginger brandy candy misty sunny stormy harmony melody honey star storm river brook cliff glen dale hill forest field heath park ford young king prince duke earl justice liberty major miles son'.split(
    ' ',
  ),
);

type Known = {
  email: Set<string>;
  phone: Set<string>;
  phone7: Set<string>;
  address: Set<string>;
  /** Patron field values that no detector recognises ("ext. 12", an odd e-mail) are replaced literally. */
  literals: Map<string, Kind>;
  names: string[];
  /** Some patron e-mail was spelled out ("jane.doe at gmail.com"): look for spelled forms where it may recur. */
  spelled: boolean;
  /**
   * What the redacted `patron.name` becomes: exports whose guest column holds the patron's e-mail
   * or phone put it in the name field, and its placeholder keeps saying which it was (scoring
   * reads a contact on record from it: rubric v5's `contactInPatronName`).
   */
  nameStandIn: string;
};

const isPlaceholder = (s: string): boolean => /^\[(?:email|phone|address|name)\]$/.test(s.trim());
const keyOf = (m: Match): string => `${m.kind}:${m.key}`;

function addKey(k: Known, m: Match): void {
  if (m.kind === 'email') {
    k.email.add(m.key);
    if (!m.text.includes('@')) k.spelled = true;
  } else if (m.kind === 'address') k.address.add(m.key);
  else if (m.key.length >= 10) {
    k.phone.add(m.key);
    k.phone7.add(m.key.slice(-7));
  } else if (m.key.length === 7) k.phone7.add(m.key);
}

function isKnown(k: Known, m: Match): boolean {
  if (m.kind === 'email') return k.email.has(m.key);
  if (m.kind === 'address') return k.address.has(m.key);
  if (m.key.length >= 10) return k.phone.has(m.key);
  return m.key.length === 7 && k.phone7.has(m.key);
}

function collect(t: Transcript): Known {
  const k: Known = { email: new Set(), phone: new Set(), phone7: new Set(), address: new Set(), literals: new Map(), names: [], spelled: false, nameStandIn: PLACEHOLDERS.name };
  const fromFields = new Set<string>();
  const p = t.patron;
  if (p) {
    if (p.email && !isPlaceholder(p.email)) {
      const found = emails(p.email);
      for (const m of found) {
        addKey(k, m);
        fromFields.add(keyOf(m));
      }
      if (!found.length) k.literals.set(p.email.trim(), 'email');
    }
    if (p.phone && !isPlaceholder(p.phone)) {
      const key = digitsKey(p.phone);
      if (key.length >= 7) {
        const m: Match = { kind: 'phone', key, start: 0, end: 0, text: p.phone };
        addKey(k, m);
        fromFields.add(keyOf(m));
      }
      k.literals.set(p.phone.trim(), 'phone');
    }
    if (p.name && !isPlaceholder(p.name) && !GENERIC_NAMES.has(p.name.trim().toLowerCase())) {
      const found = contacts(p.name);
      if (found.length) for (const m of found) addKey(k, m);
      else k.names.push(p.name);
      if (found.some((m) => m.kind === 'email')) k.nameStandIn = PLACEHOLDERS.email;
      else if (found.some((m) => m.kind === 'phone')) k.nameStandIn = PLACEHOLDERS.phone;
    }
  }
  // a value the staff gave before the patron wrote it is the library's (a referral), not the patron's
  const found: { match: Match; index: number }[] = [];
  t.messages.forEach((m, index) => {
    if (m.role !== 'patron') return;
    for (const s of [m.text, m.author, m.authorId]) if (s) for (const match of contacts(s)) found.push({ match, index });
    k.names.push(...selfNames(m.text));
    // the name a patron's messages are shown under ("Dana R.", "Kim") is the patron's name;
    // addresses (e-mail, SMS, LibraryH3lp session ids) are handled as contacts or are not personal
    const author = m.author?.trim();
    if (author && !author.includes('@') && !/^[\d\s()+.-]+$/.test(author) && !GENERIC_NAMES.has(author.toLowerCase()) && !isPlaceholder(author)) {
      if (!k.names.includes(author)) k.names.push(author);
    }
  });
  if (found.length) {
    const staffFirst = new Map<string, number>();
    const last = Math.max(...found.map((f) => f.index));
    for (let i = 0; i < last; i++) {
      const m = t.messages[i]!;
      if (m.role === 'patron') continue;
      for (const c of contacts(m.text)) if (!staffFirst.has(keyOf(c))) staffFirst.set(keyOf(c), i);
    }
    for (const { match, index } of found) {
      const key = keyOf(match);
      const staffAt = staffFirst.get(key);
      if (fromFields.has(key) || staffAt === undefined || staffAt > index) addKey(k, match);
    }
  }
  const comment = t.survey?.comment;
  if (comment) for (const c of contacts(comment)) addKey(k, c);
  return k;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a patron's name is replaced: the whole name in any letter case (`whole`), and each
 * distinctive word of it capitalised as a name is (`words`). The rule is that of the regexes
 *   whole: /(?<![\p{L}\p{N}])(?:<name>|<name>…)(?![\p{L}\p{N}])/giu, the words of a name joined by \s+
 *   words: /(?<![\p{L}\p{N}])(?:<word>|<word>…)(?![\p{L}\p{N}])/gu
 * (alternatives longest first), but these are matched by hand: V8 compiles such a regex for
 * every new source (each patron's name), and the \p{L} classes make that cost about 0.7 ms.
 */
type NameMatcher = {
  /** The whole-name alternatives in regex order: the words of each, and the same in lower case. */
  whole: { src: string; tokens: string[]; lower: string[] }[];
  /** Every word of `whole` is ASCII: matched on the string's toLowerCase() (see replaceWhole). */
  ascii: boolean;
  /** The same alternatives as case-insensitive regexes (no \p{L}), built on first need. */
  wholeRes: RegExp[] | null;
  /** The literal words, in regex order. */
  words: string[];
};

const SURROGATE = /[\uD800-\uDFFF]/;
const NON_ASCII = /[^\x00-\x7F]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Under /i the class also takes U+0345, which case-folds to a Greek letter. */
const LETTER_OR_DIGIT_I = /[\p{L}\p{N}]/iu;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** \s: the same set as String.prototype.trim() removes. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** (?<![\p{L}\p{N}]) at `p`, read as a /u regex does: one code point back, a surrogate pair as one. */
function letterBefore(s: string, p: number, ignoreCase: boolean): boolean {
  if (p === 0) return false;
  const c = s.charCodeAt(p - 1);
  if (c < 128) return isAlnum(c);
  let ch = s[p - 1]!;
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
    const h = s.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) ch = s.slice(p - 2, p);
  }
  return (ignoreCase ? LETTER_OR_DIGIT_I : LETTER_OR_DIGIT).test(ch);
}

/** (?![\p{L}\p{N}]) at `p`. */
function letterAt(s: string, p: number, ignoreCase: boolean): boolean {
  if (p >= s.length) return false;
  const c = s.charCodeAt(p);
  if (c < 128) return isAlnum(c);
  return (ignoreCase ? LETTER_OR_DIGIT_I : LETTER_OR_DIGIT).test(String.fromCodePoint(s.codePointAt(p)!));
}

/** The next position a /u regex tries after a failed attempt at `p`. */
function nextCodePoint(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff) {
    const l = s.charCodeAt(p + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return p + 2;
  }
  return p + 1;
}

/** Returns the matcher, or the original regexes for a name with surrogates (not worth a hand-written path). */
function nameMatcher(names: string[], staffWords: Set<string>): NameMatcher | { whole: RegExp; words: RegExp | null; legacy: true } | null {
  const whole = new Map<string, string[]>();
  const words = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name || GENERIC_NAMES.has(name.toLowerCase()) || name.includes('@')) continue;
    const tokens = name.split(' ');
    const src = tokens.map(escapeRe).join('\\s+');
    if (!whole.has(src)) whole.set(src, tokens);
    for (const tok of tokens) {
      const word = tok.replace(/[.,;:]+$/, '');
      if ([...word].length < 2 || !/^\p{L}/u.test(word)) continue;
      const lower = word.toLowerCase();
      if (COMMON_WORDS.has(lower) || GENERIC_NAMES.has(lower) || staffWords.has(lower)) continue;
      const cap = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
      for (const w of [cap, word.toUpperCase(), word]) {
        const e = escapeRe(w);
        if (!words.has(e)) words.set(e, w);
      }
    }
  }
  if (!whole.size) return null;
  const order = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length);
  if (names.some((n) => SURROGATE.test(n))) {
    const edge = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
    return {
      whole: new RegExp(edge(order(whole.keys()).join('|')), 'giu'),
      words: words.size ? new RegExp(edge(order(words.keys()).join('|')), 'gu') : null,
      legacy: true,
    };
  }
  const alts = order(whole.keys()).map((src) => {
    const tokens = whole.get(src)!;
    return { src, tokens, lower: tokens.map((x) => x.toLowerCase()) };
  });
  return {
    whole: alts,
    ascii: alts.every((a) => !NON_ASCII.test(a.src)),
    wholeRes: null,
    words: order(words.keys()).map((e) => words.get(e)!),
  };
}

/** Replaces each (leftmost, first alternative) match, as String.prototype.replace with a /g regex. */
function replaceMatches(s: string, next: (from: number) => { start: number; end: number } | null): string {
  let out = '';
  let last = 0;
  for (let p = 0; ; ) {
    const m = next(p);
    if (!m) break;
    out += s.slice(last, m.start) + PLACEHOLDERS.name;
    last = p = m.end;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * The whole name, case-insensitively. With ASCII words, a character matches a letter under /iu
 * exactly when its toLowerCase() is that letter in lower case (the Kelvin sign is 'k'), except
 * 'ſ' (U+017F), which folds to 's'; and toLowerCase() keeps every position except for 'İ'. A
 * string with either of those, or a name that is not ASCII, goes the regex way (no \p{L} in it).
 */
function replaceWhole(s: string, nm: NameMatcher): string {
  return replaceMatches(s, wholeMatches(s, nm));
}

/** The finder of the whole name's matches in `s` from a position on (lower-casing `s` once, not at every match). */
function wholeMatches(s: string, nm: NameMatcher): (from: number) => { start: number; end: number } | null {
  if (nm.ascii && !s.includes('\u017F')) {
    const lower = s.toLowerCase();
    if (lower.length === s.length) return (from) => nextWholeAscii(s, lower, nm, from);
  }
  const res = (nm.wholeRes ??= nm.whole.map((a) => new RegExp(a.src, 'giu')));
  return (from) => nextWholeRegex(s, res, from);
}

function nextWholeAscii(s: string, lower: string, nm: NameMatcher, from: number): { start: number; end: number } | null {
  for (let p = from; ; ) {
    let at = -1;
    for (const a of nm.whole) {
      const i = lower.indexOf(a.lower[0]!, p);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at === -1) return null;
    if (!letterBefore(s, at, true)) {
      for (const a of nm.whole) {
        let i = at;
        let ok = true;
        for (let j = 0; j < a.lower.length; j++) {
          if (j > 0) {
            const ws = i;
            while (i < s.length && isSpace(s.charCodeAt(i))) i++;
            if (i === ws) {
              ok = false;
              break;
            }
          }
          if (!lower.startsWith(a.lower[j]!, i)) {
            ok = false;
            break;
          }
          i += a.lower[j]!.length;
        }
        if (ok && !letterAt(s, i, true)) return { start: at, end: i };
      }
    }
    p = at + 1;
  }
}

/** Each alternative's regex finds its leftmost match; the lookarounds are checked here. */
function nextWholeRegex(s: string, res: RegExp[], from: number): { start: number; end: number } | null {
  for (let p = from; p <= s.length; ) {
    let at = -1;
    const found: (RegExpExecArray | null)[] = res.map((re) => {
      re.lastIndex = p;
      const m = re.exec(s);
      if (m && (at === -1 || m.index < at)) at = m.index;
      return m;
    });
    if (at === -1) return null;
    if (!letterBefore(s, at, true)) {
      for (const m of found) if (m && m.index === at && !letterAt(s, at + m[0].length, true)) return { start: at, end: at + m[0].length };
    }
    p = nextCodePoint(s, at);
  }
  return null;
}

/** The words of the name, case-sensitively (literal words without surrogates: indexOf finds them). */
function nextWord(s: string, words: string[], from: number): { start: number; end: number } | null {
  for (let p = from; ; ) {
    let at = -1;
    for (const w of words) {
      const i = s.indexOf(w, p);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at === -1) return null;
    if (!letterBefore(s, at, false)) {
      for (const w of words) if (s.startsWith(w, at) && !letterAt(s, at + w.length, false)) return { start: at, end: at + w.length };
    }
    p = at + 1;
  }
}

type Names = ReturnType<typeof nameMatcher>;

function replaceNames(s: string, names: NonNullable<Names>, staff = false): string {
  if ('legacy' in names) {
    const out = s.replace(names.whole, PLACEHOLDERS.name);
    return names.words ? out.replace(names.words, PLACEHOLDERS.name) : out;
  }
  const out = staff && URL_HINT.test(s) ? replaceMatches(s, outsideUrls(s, wholeMatches(s, names))) : replaceWhole(s, names);
  if (!names.words.length) return out;
  const word = (from: number) => nextWord(out, names.words, from);
  return replaceMatches(out, staff && URL_HINT.test(out) ? outsideUrls(out, word) : word);
}

/** A web address may be in the text: a dot before a letter, or "www" (the cheap test before `outsideUrls`). */
const URL_HINT = /\.[a-z]|www/i;
/** A whitespace-delimited token that is a web address or host: "santa-ana.org/library", "https://…", "www.…". */
const URL_TOKEN = /^[(\[<"']?(?:https?:\/\/|www\.)|[a-z0-9-]\.(?:com|org|net|edu|gov|us|info|io|co|ca|uk|au|nz|ie|de|fr|es|mx|eu)(?:[/:?#)\]>"'.,;!]|$)/i;

/**
 * The matches `next` finds, except those inside a web address the staff wrote: the library's "santa-ana.org/library/programs"
 * keeps its letters when the patron is called Ana (a staff-written address is the library's or a resource's, not the patron's;
 * e-mail addresses were replaced before names). Patron messages keep every replacement.
 */
function outsideUrls(s: string, next: (from: number) => { start: number; end: number } | null): (from: number) => { start: number; end: number } | null {
  return (from) => {
    for (let p = from; ; ) {
      const m = next(p);
      if (!m) return null;
      let a = m.start;
      while (a > 0 && !isSpace(s.charCodeAt(a - 1))) a--;
      let b = m.end;
      while (b < s.length && !isSpace(s.charCodeAt(b))) b++;
      const token = s.slice(a, b);
      if (token.includes('@') || !URL_TOKEN.test(token)) return m;
      p = m.end;
    }
  };
}

function staffWordsOf(t: Transcript): Set<string> {
  const words = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s) for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  };
  add(t.provider.name);
  add(t.provider.id);
  let prev: string | null | undefined;
  for (const m of t.messages) {
    if ((m.role === 'provider' || m.role === 'internal') && m.author !== prev) {
      add(m.author);
      prev = m.author;
    }
  }
  return words;
}

/** Three digits in a row: a string without them holds no phone number. */
const DIGIT_RUN_HINT = /\d{3}/;
/** A run of digits with the separators phone numbers are written with (no line breaks): matched against the patron's numbers by its digits. */
const DIGIT_RUN = /(?<![\w+])\+?\(?\d[\d ().\u00a0-]{5,24}\d(?![\w])/g;

/**
 * Each digit run of `s`, from its first space-separated part that leaves a phone number's count of digits (7, 10, or 11
 * beginning with 1), as a phone match (digitsKey), for replaceKnown: only a run whose digits are a number the patron
 * gave is replaced. "9 - 5 (555) 010-4477" gives "(555) 010-4477", so the text before the number stays.
 */
function digitRuns(s: string): Match[] {
  const out: Match[] = [];
  for (const m of s.matchAll(DIGIT_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      if (i > 0 && !((run[i - 1] === ' ' || run[i - 1] === '\u00a0') && RUN_PART_START.test(run[i]!))) continue;
      const d = run.slice(i).replace(NOT_DIGITS, '');
      if (d.length === 7 || d.length === 10 || (d.length === 11 && d[0] === '1')) {
        out.push({ kind: 'phone', start: m.index + i, end: m.index + run.length, key: digitsKey(d), text: run.slice(i) });
        break;
      }
      if (d.length < 7) break;
    }
  }
  return out;
}
/** Where a part of a digit run may begin: a digit, "(" or "+". */
const RUN_PART_START = /[\d(+]/;
const NOT_DIGITS = /\D/g;

function replaceKnown(s: string, matches: Match[], k: Known): string {
  let out = s;
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    if (isKnown(k, m)) out = out.slice(0, m.start) + PLACEHOLDERS[m.kind] + out.slice(m.end);
  }
  return out;
}

/** Each kind in turn, and only the kinds the patron gave: most strings need no work at all. */
function redactString(s: string, k: Known, names: Names, staff = false): string {
  if (!s) return s;
  let out = s;
  if (k.email.size) out = replaceKnown(out, emails(out, k.spelled), k);
  if (k.phone.size || k.phone7.size) {
    out = replaceKnown(out, phones(out, true), k);
    // the patron's number written in a shape the detector does not take for a phone ("(555) 010-4477",
    // "(410)5550123", "410 555 01 23"), by the staff or in the patron fields: the same digits are the same number
    if (DIGIT_RUN_HINT.test(out)) out = replaceKnown(out, digitRuns(out), k);
  }
  if (k.address.size) out = replaceKnown(out, addresses(out), k);
  for (const [lit, kind] of k.literals) if (lit.length >= 3 && out.includes(lit)) out = out.split(lit).join(PLACEHOLDERS[kind]);
  if (names) out = replaceNames(out, names, staff);
  return out;
}

type Message = Transcript['messages'][number];

/**
 * Nothing is copied when nothing changes: the input itself comes back (with `originals: null`).
 * Otherwise the result is a new transcript object with new objects for what changed (the patron,
 * changed messages, the survey, follow-ups); the parts that did not change are shared with the
 * input, which is never modified.
 */
export function redactTranscript(t: Transcript): { transcript: Transcript; originals: PatronOriginals | null } {
  const k = collect(t);
  const names = k.names.length ? nameMatcher(k.names, staffWordsOf(t)) : null;
  const nothing = !k.email.size && !k.phone.size && !k.phone7.size && !k.address.size && !k.literals.size && !names;
  const hasPatronFields = !!(t.patron && (t.patron.email || t.patron.phone || t.patron.name));
  if (nothing && !hasPatronFields) return { transcript: t, originals: null };

  const originals: PatronOriginals = { patron: {}, messages: [] };
  let changed = false;

  let patron: Transcript['patron'] | undefined;
  if (t.patron) {
    for (const key of ['email', 'phone', 'name'] as const) {
      const v = t.patron[key];
      if (typeof v !== 'string' || !v.trim() || isPlaceholder(v)) continue;
      if (key === 'name' && GENERIC_NAMES.has(v.trim().toLowerCase())) continue;
      originals.patron[key] = v;
      (patron ??= { ...t.patron })[key] = key === 'name' ? k.nameStandIn : PLACEHOLDERS[key];
      changed = true;
    }
  }

  let messages: Message[] | undefined;
  for (let index = 0; index < t.messages.length; index++) {
    const m = t.messages[index]!;
    const text = redactString(m.text, k, names, m.role === 'provider');
    const author = typeof m.author === 'string' ? redactString(m.author, k, names) : m.author;
    const authorId = typeof m.authorId === 'string' ? redactString(m.authorId, k, names) : m.authorId;
    if (text === m.text && author === m.author && authorId === m.authorId) continue;
    const entry: PatronOriginals['messages'][number] = { index, text: m.text };
    const copy: Message = { ...m, text };
    if (author !== m.author) {
      entry.author = m.author;
      copy.author = author;
    }
    if (authorId !== m.authorId) {
      entry.authorId = m.authorId;
      copy.authorId = authorId;
    }
    originals.messages.push(entry);
    (messages ??= t.messages.slice())[index] = copy;
    changed = true;
  }

  const fields: { path: string; value: string }[] = [];
  let survey: Transcript['survey'] | undefined;
  if (t.survey?.comment) {
    const c = redactString(t.survey.comment, k, names);
    if (c !== t.survey.comment) {
      fields.push({ path: 'survey.comment', value: t.survey.comment });
      survey = { ...t.survey, comment: c };
    }
  }
  let followUps: Transcript['followUps'] | undefined;
  t.followUps?.forEach((f, i) => {
    if (!f.note) return;
    const n = redactString(f.note, k, names);
    if (n !== f.note) {
      fields.push({ path: `followUps.${i}.note`, value: f.note });
      (followUps ??= t.followUps!.slice())[i] = { ...f, note: n };
    }
  });
  if (fields.length) {
    originals.fields = fields;
    changed = true;
  }
  if (!changed) return { transcript: t, originals: null };
  const out: Transcript = { ...t };
  if (patron) out.patron = patron;
  if (messages) out.messages = messages;
  if (survey) out.survey = survey;
  if (followUps) out.followUps = followUps;
  return { transcript: out, originals };
}

/** The inverse of redactTranscript, for privileged reads: restoreOriginals(redactTranscript(t)) deep-equals t. */
export function restoreOriginals(t: Transcript, o: PatronOriginals): Transcript {
  const out = structuredClone(t);
  if (out.patron) {
    for (const key of ['email', 'phone', 'name'] as const) if (key in o.patron) out.patron[key] = o.patron[key] ?? null;
  }
  for (const e of o.messages) {
    const m = out.messages[e.index];
    if (!m) continue;
    m.text = e.text;
    if ('author' in e) {
      if (e.author === undefined) delete m.author;
      else m.author = e.author;
    }
    if ('authorId' in e) {
      if (e.authorId === undefined) delete m.authorId;
      else m.authorId = e.authorId;
    }
  }
  for (const f of o.fields ?? []) {
    const survey = /^survey\.comment$/.exec(f.path);
    const note = /^followUps\.(\d+)\.note$/.exec(f.path);
    if (survey && out.survey) out.survey.comment = f.value;
    else if (note) {
      const fu = out.followUps?.[Number(note[1])];
      if (fu) fu.note = f.value;
    }
  }
  return out;
}
