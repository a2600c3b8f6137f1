/**
 * Detectors for patron contact details in chat text: e-mail addresses, US
 * phone numbers and street addresses. Each match comes with a key so that
 * the same value written differently ("(410) 555-0123" / "410.555.0123",
 * "12 Elm Street" / "12 elm st") is recognised where it recurs.
 */

export type Kind = 'email' | 'phone' | 'address';
export type Match = { kind: Kind; start: number; end: number; key: string; text: string };

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
/**
 * An address typed with spaces beside the "@" or its dots ("kara.m @ gmail.com", "jsmith@ yahoo.com",
 * "bo @gmail.com", "r.obuya @ stateu . edu", "g.fair@yahoo . com"), as rubrics v6 and v7 read one: a
 * real top-level domain at its end, and never a common word before the "@" ("meet me @ library.org").
 * (A match without any space is an ordinary address: EMAIL has it.)
 */
const SPACED_EMAIL =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*) ?@ ?([A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)*? ?\. ?(?:com|org|net|edu|gov|us|ca|uk|au|nz|ie|mx|es|io|co|info|me))(?![A-Za-z0-9-])/gi;
/** Where SPACED_EMAIL may match: a space beside an "@" or a dot. */
const SPACED_HINT = / @|@ | \.|\. [a-z]/i;
/** Chat-system addresses (LibraryH3lp session ids, queues, SMS gateways) are not e-mail contacts. */
const SYSTEM_DOMAIN = /@(?:[a-z0-9-]+\.)*libraryh3lp\.com$/i;

/** Formatted numbers: (410) 555-0123, 410-555-0123, 410.555.0123, 410 555 0123, +1 410 555 0123, 1-410-555-0123, +14105550123. */
const PHONE_FORMATTED =
  /(?<![\w+])(?:(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)\s?|[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4}|\+1[2-9]\d{2}[2-9]\d{6})(?![\w])/g;
/** Bare digits (4105550123, 14105550123) or a local 555-0123: a phone only when the words before say so. */
const PHONE_BARE = /(?<![\w+])(?:1?[2-9]\d{2}[2-9]\d{6}|[2-9]\d{2}[.-]\d{4})(?![\w])/g;
const PHONE_CONTEXT = /\b(?:phone|cell|cellphone|mobile|call|calling|text|txt|texting|tel|telephone|number|no\.|num|reach me|contact me|sms|fax|whatsapp)\b[^.!?\n]{0,25}$/i;

const SUFFIXES: Record<string, string> = {
  street: 'st', st: 'st', avenue: 'ave', ave: 'ave', av: 'ave', road: 'rd', rd: 'rd', boulevard: 'blvd', blvd: 'blvd',
  drive: 'dr', dr: 'dr', lane: 'ln', ln: 'ln', court: 'ct', ct: 'ct', place: 'pl', pl: 'pl', way: 'way', terrace: 'ter',
  ter: 'ter', circle: 'cir', cir: 'cir', parkway: 'pkwy', pkwy: 'pkwy', highway: 'hwy', hwy: 'hwy', square: 'sq', sq: 'sq',
  trail: 'trl', trl: 'trl', pike: 'pike', alley: 'aly', aly: 'aly', row: 'row', turnpike: 'tpke', tpke: 'tpke', crescent: 'cres', cres: 'cres',
};
const SUFFIX = Object.keys(SUFFIXES).sort((a, b) => b.length - a.length).join('|');
/** Words that do not name a street ("3 books on the way", "10 minutes drive"). */
const NOT_STREET =
  'the|a|an|of|on|in|to|for|my|your|our|their|his|her|and|or|at|by|with|from|more|other|few|all|is|are|was|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|books?|pages?|items?|people|copies|times?|am|pm|kids?|miles?|blocks?';
const ADDRESS = new RegExp(
  String.raw`(?<![\w.])(\d{1,6}[A-Za-z]?)\s+((?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:(?!(?:${NOT_STREET})\b)[A-Za-z0-9][A-Za-z0-9'.-]*\s+){1,3}?)(${SUFFIX})\b\.?((?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?[A-Za-z0-9-]+)?)`,
  'gi',
);

export const digitsKey = (s: string): string => {
  const d = s.replace(/\D/g, '');
  return d.length >= 10 ? d.slice(-10) : d;
};

/**
 * An address spelled out in words, as people type them to keep them from spam robots: "jane.doe at
 * gmail.com", "kfarrow at gmail dot com", "j dot doe at umd dot edu", and in Spanish "jperez arroba
 * gmail punto com". Only with a local part an
 * address has (a separator or a digit), a mail provider's domain, or " dot " spelled out; never a
 * common word before "at": "5.99 at target.com", "it at amazon.com" and "the catalog at
 * hcplonline.org" are no addresses.
 */
const AT = String.raw`(?: (?:at|arroba|\(at\)|\[at\]) | ?[(\[]at[)\]] ?)`;
/** " dot ", "(dot)", "[dot]" (the bracketed ones with or without spaces: "kim[at]example[dot]org"), the Spanish " punto ". */
const DOT_WORD = String.raw`(?: dot | punto | ?[(\[]dot[)\]] ?)`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+'\u2019-])([A-Za-z][A-Za-z0-9._%+-]*(?:${DOT_WORD}[A-Za-z0-9_%+-]+)*)${AT}([A-Za-z0-9-]+(?:(?:\.|${DOT_WORD})[A-Za-z0-9-]+)*?(?:\.|${DOT_WORD})(?:com|org|net|edu|gov|us|info|io|co|me))(?![A-Za-z0-9-])`,
  'gi',
);
/** What every spelled address has: " at " (or "[at]", "(at)") and a word followed by a dot (or " dot "). */
const SPELLED_HINT = new RegExp(String.raw`${AT}[A-Za-z0-9-]+(?:\.|${DOT_WORD})`, 'i');
/** The words and brackets that spell a dot, for the address's key. */
const DOT_WORDS = / ?[(\[]dot[)\]] ?| dot | punto /gi;
const MAIL_PROVIDER = /^(?:gmail|yahoo|hotmail|outlook|aol|icloud|comcast|verizon|msn|live|protonmail|proton|ymail|sbcglobal|att|earthlink|cox|charter|mac)\b/i;
const COMMON_WORD =
  /^(?:i|im|it|its|us|me|them|him|her|one|ones|this|that|here|there|is|are|was|be|look|looked|looking|find|found|available|online|site|website|page|everything|something|anything|store|shop|price|prices|sale|order|buy|bought|cheaper|book|books|catalog|library|account)$/i;

/** A spelled address may be in the text (plain searches first: most text has no " at " at all). */
const maySpell = (text: string): boolean =>
  (text.includes(' at ') || text.includes(' AT ') || text.includes(' At ') || text.includes('(at)') || text.includes('[at]') || /\barroba\b/i.test(text)) &&
  SPELLED_HINT.test(text);

/** E-mail addresses in the text; with `spelled` (the default) also those spelled out in words. */
export function emails(text: string, spelled = true): Match[] {
  const out: Match[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      if (SYSTEM_DOMAIN.test(m[0])) continue;
      out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase(), text: m[0] });
    }
    if (SPACED_HINT.test(text)) {
      for (const m of text.matchAll(SPACED_EMAIL)) {
        if (COMMON_WORD.test(m[1]!) || !/\s/.test(m[0])) continue;
        out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, key: `${m[1]}@${m[2]!.replace(/\s+/g, '')}`.toLowerCase(), text: m[0] });
      }
    }
  }
  if (spelled && maySpell(text)) {
    for (const m of text.matchAll(SPELLED_EMAIL)) {
      const local = m[1]!;
      const domain = m[2]!;
      // " dot " or a bracketed "[at]" / "(dot)" is spelling an address out on purpose
      const dotWord = / dot | punto | arroba |[(\[](?:at|dot)[)\]]/i.test(m[0]);
      if (COMMON_WORD.test(local) || !(dotWord || /[._%+\d-]/.test(local) || MAIL_PROVIDER.test(domain))) continue;
      const key = `${local.replace(DOT_WORDS, '.')}@${domain.replace(DOT_WORDS, '.')}`.toLowerCase();
      out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, key, text: m[0] });
    }
  }
  // the three kinds were found apart: in the order of the text
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Phone numbers. `all` also returns bare digit runs without a phone word
 * before them: used to find a number already known to be the patron's, not
 * to decide that a number is one.
 */
const THREE_DIGITS = /\d{3}/;
const NUMBER_THEN_WORD = /\d\s+[A-Za-z]/;

export function phones(text: string, all = false): Match[] {
  const out: Match[] = [];
  if (!THREE_DIGITS.test(text)) return out;
  for (const m of text.matchAll(PHONE_FORMATTED)) {
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, key: digitsKey(m[0]), text: m[0] });
  }
  for (const m of text.matchAll(PHONE_BARE)) {
    const start = m.index;
    if (out.some((o) => start < o.end && start + m[0].length > o.start)) continue;
    if (!all && !PHONE_CONTEXT.test(text.slice(Math.max(0, start - 40), start))) continue;
    out.push({ kind: 'phone', start, end: start + m[0].length, key: digitsKey(m[0]), text: m[0] });
  }
  return out;
}

export function addressKey(number: string, name: string, suffix: string): string {
  const words = name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\b(north|south|east|west)\b/g, (w) => w[0]!)
    .trim()
    .split(/\s+/)
    .join(' ');
  return `${number.toLowerCase()} ${words} ${SUFFIXES[suffix.toLowerCase()] ?? suffix.toLowerCase()}`;
}

export function addresses(text: string): Match[] {
  const out: Match[] = [];
  if (!NUMBER_THEN_WORD.test(text)) return out;
  for (const m of text.matchAll(ADDRESS)) {
    out.push({ kind: 'address', start: m.index, end: m.index + m[0].length, key: addressKey(m[1]!, m[2]!, m[3]!), text: m[0] });
  }
  return out;
}

/** Every detector needs an '@', a digit or a spelled address (maySpell): text with none has no contact. */
const MAYBE_CONTACT = /[@\d]/;

export function contacts(text: string, allPhones = false): Match[] {
  if (!text || !(MAYBE_CONTACT.test(text) || maySpell(text))) return [];
  const found = emails(text);
  for (const p of phones(text, allPhones)) if (!found.some((f) => p.start < f.end && p.end > f.start)) found.push(p);
  for (const a of addresses(text)) if (!found.some((f) => a.start < f.end && a.end > f.start)) found.push(a);
  return found.sort((a, b) => a.start - b.start);
}

const SELF_NAME = /\bmy name(?: is|'s)\s+((?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2})/gu;

/** Names a patron gives for themselves ("my name is Ana Ruiz"); only capitalised words count. */
export function selfNames(text: string): string[] {
  if (!text.includes('my name')) return [];
  return [...text.matchAll(SELF_NAME)].map((m) => m[1]!);
}

const PLACEHOLDER: Record<Kind, string> = { email: '[email]', phone: '[phone]', address: '[address]' };

/**
 * Every contact detail in a piece of text replaced by its placeholder,
 * whoever gave it: for quoting an export's text in an import report, which
 * is shown to people who should not see patron details.
 */
export function scrub(text: string): string {
  const found = contacts(text);
  let out = text;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    out = out.slice(0, m.start) + PLACEHOLDER[m.kind] + out.slice(m.end);
  }
  return out;
}
