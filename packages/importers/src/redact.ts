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
};

const isPlaceholder = (s: string): boolean => /^\[(?:email|phone|address|name)\]$/.test(s.trim());
const keyOf = (m: Match): string => `${m.kind}:${m.key}`;

function addKey(k: Known, m: Match): void {
  if (m.kind === 'email') k.email.add(m.key);
  else if (m.kind === 'address') k.address.add(m.key);
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
  const k: Known = { email: new Set(), phone: new Set(), phone7: new Set(), address: new Set(), literals: new Map(), names: [] };
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

type NamePatterns = { whole: RegExp; words: RegExp | null } | null;

/** The whole name in any letter case, and each distinctive word of it capitalised as a name is. */
function nameRegex(names: string[], staffWords: Set<string>): NamePatterns {
  const whole = new Set<string>();
  const words = new Set<string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name || GENERIC_NAMES.has(name.toLowerCase()) || name.includes('@')) continue;
    const tokens = name.split(' ');
    whole.add(tokens.map(escapeRe).join('\\s+'));
    for (const tok of tokens) {
      const word = tok.replace(/[.,;:]+$/, '');
      if ([...word].length < 2 || !/^\p{L}/u.test(word)) continue;
      const lower = word.toLowerCase();
      if (COMMON_WORDS.has(lower) || GENERIC_NAMES.has(lower) || staffWords.has(lower)) continue;
      const cap = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
      words.add(escapeRe(cap));
      words.add(escapeRe(word.toUpperCase()));
      words.add(escapeRe(word));
    }
  }
  if (!whole.size) return null;
  const alt = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  const edge = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
  return {
    whole: new RegExp(edge(alt(whole)), 'giu'),
    words: words.size ? new RegExp(edge(alt(words)), 'gu') : null,
  };
}

function staffWordsOf(t: Transcript): Set<string> {
  const words = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s) for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  };
  add(t.provider.name);
  add(t.provider.id);
  for (const m of t.messages) if (m.role === 'provider' || m.role === 'internal') add(m.author);
  return words;
}

function replaceKnown(s: string, matches: Match[], k: Known): string {
  let out = s;
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    if (isKnown(k, m)) out = out.slice(0, m.start) + PLACEHOLDERS[m.kind] + out.slice(m.end);
  }
  return out;
}

/** Each kind in turn, and only the kinds the patron gave: most strings need no work at all. */
function redactString(s: string, k: Known, names: NamePatterns): string {
  if (!s) return s;
  let out = s;
  if (k.email.size) out = replaceKnown(out, emails(out), k);
  if (k.phone.size || k.phone7.size) out = replaceKnown(out, phones(out, true), k);
  if (k.address.size) out = replaceKnown(out, addresses(out), k);
  for (const [lit, kind] of k.literals) if (lit.length >= 3 && out.includes(lit)) out = out.split(lit).join(PLACEHOLDERS[kind]);
  if (names) {
    out = out.replace(names.whole, PLACEHOLDERS.name);
    if (names.words) out = out.replace(names.words, PLACEHOLDERS.name);
  }
  return out;
}

export function redactTranscript(t: Transcript): { transcript: Transcript; originals: PatronOriginals | null } {
  const out = structuredClone(t);
  const k = collect(t);
  const names = nameRegex(k.names, staffWordsOf(t));
  const nothing = !k.email.size && !k.phone.size && !k.phone7.size && !k.address.size && !k.literals.size && !names;
  const hasPatronFields = !!(t.patron && (t.patron.email || t.patron.phone || t.patron.name));
  if (nothing && !hasPatronFields) return { transcript: out, originals: null };

  const originals: PatronOriginals = { patron: {}, messages: [] };
  let changed = false;

  if (out.patron) {
    for (const key of ['email', 'phone', 'name'] as const) {
      const v = out.patron[key];
      if (typeof v !== 'string' || !v.trim() || isPlaceholder(v)) continue;
      if (key === 'name' && GENERIC_NAMES.has(v.trim().toLowerCase())) continue;
      originals.patron[key] = v;
      out.patron[key] = PLACEHOLDERS[key];
      changed = true;
    }
  }

  out.messages.forEach((m, index) => {
    const text = redactString(m.text, k, names);
    const author = typeof m.author === 'string' ? redactString(m.author, k, names) : m.author;
    const authorId = typeof m.authorId === 'string' ? redactString(m.authorId, k, names) : m.authorId;
    if (text === m.text && author === m.author && authorId === m.authorId) return;
    const entry: PatronOriginals['messages'][number] = { index, text: m.text };
    if (author !== m.author) entry.author = m.author;
    if (authorId !== m.authorId) entry.authorId = m.authorId;
    originals.messages.push(entry);
    m.text = text;
    if (author !== m.author) m.author = author;
    if (authorId !== m.authorId) m.authorId = authorId;
    changed = true;
  });

  const fields: { path: string; value: string }[] = [];
  if (out.survey?.comment) {
    const c = redactString(out.survey.comment, k, names);
    if (c !== out.survey.comment) {
      fields.push({ path: 'survey.comment', value: out.survey.comment });
      out.survey.comment = c;
    }
  }
  out.followUps?.forEach((f, i) => {
    if (!f.note) return;
    const n = redactString(f.note, k, names);
    if (n !== f.note) {
      fields.push({ path: `followUps.${i}.note`, value: f.note });
      f.note = n;
    }
  });
  if (fields.length) {
    originals.fields = fields;
    changed = true;
  }
  return { transcript: out, originals: changed ? originals : null };
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
