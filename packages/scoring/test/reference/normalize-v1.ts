/**
 * The text normalisation as it was before the speed work (rubric v1), kept only as the reference
 * for test/speed-equivalence.test.ts: the fast normalize in src/text.ts must give the same text.
 */
/* eslint-disable */
/** Longer texts are cut before analysis: a pasted 100 KB document says nothing more about conduct. */
const MAX_ANALYSED_CHARS = 20_000;

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
  // rubric v2: more chat-speak, dropped g's, British spellings
  chk: 'check', chking: 'checking', chkd: 'checked', chkn: 'checking', srch: 'search', srching: 'searching',
  lookin: 'looking', searchin: 'searching', workin: 'working', diggin: 'digging', tryin: 'trying',
  sry: 'sorry', srry: 'sorry', ttyl: 'talk to you later', cya: 'see you', qs: 'questions', wk: 'week', wks: 'weeks', tonite: 'tonight', '2nite': 'tonight',
  whilst: 'while', enquire: 'inquire', enquires: 'inquires', enquired: 'inquired', enquiring: 'inquiring', enquiry: 'inquiry', enquiries: 'inquiries',
  encyclopaedia: 'encyclopedia', encyclopaedias: 'encyclopedias', programme: 'program', programmes: 'programs',
  q: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tmb: 'tambien', tb: 'tambien', xfa: 'por favor', porfa: 'por favor', grax: 'gracias', grcs: 'gracias',
};
const CHAT_WORDS = new Map(Object.entries(CHAT_SPEAK).filter(([k]) => /^[a-z0-9]+$/.test(k)));
const CHAT_MAX = Math.max(...[...CHAT_WORDS.keys()].map((k) => k.length));
/** (length, first character) pairs of the chat-speak words: most words are ruled out without a lookup. */
const CHAT_SHAPE = new Uint8Array((CHAT_MAX + 1) * 128);
for (const k of CHAT_WORDS.keys()) CHAT_SHAPE[k.length * 128 + k.charCodeAt(0)] = 1;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Lower case, ASCII quotes and dashes, no accents, apostrophes removed inside words, chat-speak
 * expanded, whitespace collapsed (line breaks kept: they separate sentences in chat).
 * One pass over the characters after lower-casing; only the rare cases use a regex.
 */
export function normalizeReference(raw: string): string {
  let s = raw.length > MAX_ANALYSED_CHARS ? raw.slice(0, MAX_ANALYSED_CHARS) : raw;
  if (NON_ASCII.test(s)) {
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
  s = s.toLowerCase();
  // The few spellings that span punctuation or two words.
  if (s.includes('mail')) s = s.replace(/\be[- ]mail/g, 'email');
  if (s.includes('web')) s = s.replace(/\bweb[- ](site|page)/g, 'web$1');
  if (s.includes('r u') || s.includes('r you')) s = s.replace(/(?<![a-z0-9'])r (?=u\b|you\b)/g, 'are ');
  if (s.includes('w/')) s = s.replace(/(?<![a-z0-9])w\/(o(?![a-z0-9]))? ?/g, (_m, o: string | undefined) => (o ? 'without ' : 'with '));
  let out = '';
  let seg = 0; // start of the part of s not yet copied to out
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(s.charCodeAt(j))) j++;
      if (j - i <= CHAT_MAX && CHAT_SHAPE[(j - i) * 128 + c] === 1) {
        const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
        const next = j < n ? s.charCodeAt(j) : 32;
        const after = j + 1 < n ? s.charCodeAt(j + 1) : 32;
        // not part of an address, e-mail, path or abbreviation ("u.s.", "w/o", "@u")
        const bounded = prev !== 64 && prev !== 46 && prev !== 47 && prev !== 45 && next !== 64 && next !== 47 && !((next === 46 || next === 45) && isWordChar(after));
        if (bounded) {
          const w = s.slice(i, j);
          const rep = CHAT_WORDS.get(w);
          if (rep !== undefined) {
            out += s.slice(seg, i) + rep;
            seg = j;
          }
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
    i++;
  }
  out = seg === 0 ? s : out + s.slice(seg);
  return out.trim();
}
