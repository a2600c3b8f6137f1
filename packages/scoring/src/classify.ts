/**
 * What a message does, in the words of RUBRIC.md's Terms: hold message, goodbye, idle
 * check-in, disconnect notice, source, clarifying question... Each answer is computed at most
 * once per message (Msg.memo) and only when a check asks, because several checks ask the same
 * thing and most messages never need most answers.
 */
import { CARD_SENT_R17, COMPLETENESS_J22, DAYS_FULL, HELP_TO_K4, TARJETA_SENT_S3, retext, STATE_CODE_CITE_E12 as STATE_CODE_CITE_SRC_E12, STATE_LAWS_CITE_E15 as STATE_LAWS_CITE_SRC_E15, STATE_LAWS_CITE_E20 as STATE_LAWS_CITE_SRC_E20, MD_ARTICLE_AMP_G18 as MD_ARTICLE_AMP_SRC_G18, LAW_AMP_E22 as LAW_AMP_SRC_E22, LAW_AMP_E25 as LAW_AMP_SRC_E25, type PhraseFamily, type Rubric } from './rubric';
import { UNSET, type Msg, type QuotedAsk, type Sentence, type Session } from './timeline';
import { normalize, wordCount } from './text';
import { refersPatron } from './checks/referral';
import { echoes, fieldContacts } from './facts';
import { F } from './phrases';

// ---- contact details ------------------------------------------------------------------------

export type Contacts = { email: boolean; phone: boolean; url: boolean; address: boolean; name: boolean };
const NONE: Contacts = { email: false, phone: false, url: false, address: false, name: false };
const HAS_DIGIT = /\d/;
const HAS_BRACKET = /[[<{(]/;
/** (v9 N, `oddContactsN`) "(at)", "[at]", "{at}" in an e-mail typed to dodge harvesters. */
const BRACKET_AT_N = /[[({]at[\])}]/;
/** A dot inside a word ("bcpl.info") or a scheme: only then can there be a URL or domain. */
function maybeUrl(n: string): boolean {
  for (let i = n.indexOf('.'); i > 0 && i + 1 < n.length; i = n.indexOf('.', i + 1)) {
    const a = n.charCodeAt(i - 1);
    const b = n.charCodeAt(i + 1);
    if (((a >= 97 && a <= 122) || (a >= 48 && a <= 57)) && b >= 97 && b <= 122) return true;
  }
  return n.includes('http') || n.includes('www');
}

/**
 * (v24 Y1, `postcodesY1`) A UK postcode (an outward code, a space, a digit and two letters of the inward code's alphabet, no
 * C I K M O V; not an ordinal: "room B2 1st floor") or an Irish Eircode (a routing key, a space, four characters with a
 * letter and a digit: "D02 X285", not "N11 2021").
 */
const POSTCODE_Y1 =
  /\b[a-z]{1,2}\d[a-z\d]? \d(?!(?:st|nd|rd|th)\b)[abd-hjlnp-uw-z]{2}\b|\b(?:[ac-fhknprtv-y]\d{2}|d6w) (?=[0-9]*[ac-fhknprtv-y])(?=[ac-fhknprtv-y]*\d)[0-9ac-fhknprtv-y]{4}\b/;
/** (v24 Y8, `postcodeAreaY8`) POSTCODE_Y1 with a one-letter area only among the UK's (B E G L M N S W): not "i5 8gb", "a3 2up". */
const POSTCODE_Y8 =
  /\b(?:[begl-nsw]|[a-z]{2})\d[a-z\d]? \d(?!(?:st|nd|rd|th)\b)[abd-hjlnp-uw-z]{2}\b|\b(?:[ac-fhknprtv-y]\d{2}|d6w) (?=[0-9]*[ac-fhknprtv-y])(?=[ac-fhknprtv-y]*\d)[0-9ac-fhknprtv-y]{4}\b/;
/** (v25 Z2) A digit said as a word. */
const DIGIT_WORD_Z2 = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/**
 * (v25 Z2, `spokenPhoneZ2`) A phone number dictated as words: seven, ten or eleven digit words in a row, not part of a longer
 * run ("four one oh five five five oh one nine nine"; not a card number's fourteen).
 */
const SPOKEN_PHONE_Z2 = new RegExp(
  `\\b${DIGIT_WORD_Z2}(?<!\\b${DIGIT_WORD_Z2}[ -]${DIGIT_WORD_Z2})(?:[ -]${DIGIT_WORD_Z2}){6}(?:(?:[ -]${DIGIT_WORD_Z2}){3,4})?\\b(?![ -]${DIGIT_WORD_Z2}\\b)`,
);
/**
 * (v25 Z2) A word that says a number is a phone ("call", "number", "phone", "cell", "tty", "dial", "reach", "text"): native
 * substring searches, so that SPOKEN_PHONE_Z2 (interpreted under --no-regexp-tier-up) runs only on the few texts with one.
 */
function spokenCueZ2(n: string): boolean {
  return n.includes('call') || n.includes('number') || n.includes('phone') || n.includes('cell') || n.includes('tty') || n.includes('dial') || n.includes('reach') || n.includes('text');
}
/**
 * (v25 Z10, `spokenIdZ10`) Words naming another number than a phone's, in the few words before a dictated digit run: "my
 * student number is …", "the isbn number is …", "barcode …", "pin …".
 */
const SPOKEN_ID_Z10 = /\b(?:isbn|issn|barcode|bar code|pin|id|(?:student|card|account|member|membership|patron|confirmation|tracking|serial|order|case|call) (?:number|no|num|id))\b(?: number)?(?: (?:is|was|reads|says|of|on|for|it|its|the|my|this|that)){0,3}[ -]*$/;
/**
 * (v25 Z8, folded into Z10's `spokenIdZ10`) An identifier's label just before a run of digit words: "student number is", "isbn number is",
 * "card number are", "call number on the spine is", "parcel" (up to four words between, none of them a phone's).
 */
const SPOKEN_ID_Z8 =
  /\b(?:(?:student|card|library card|isbn|call|parcel|account|acct|barcode|order|case|confirmation|tracking|member|membership|item|reference|ticket|receipt|invoice|serial|policy|claim|permit|routing|id|pin|zip|social security) (?:number|numbers|no|num|id|code)|isbn|parcel|barcode|pin|ssn|zip code|id)\b(?: (?!(?:call|calling|phone|cell|mobile|reach|text|dial|tty|me|us|them|at|or|and)\b)[a-z]+){0,4},? ?$/;
/** (v25 Z2) A phone dictated as words in `n` (with Z10, not one read out after a word naming another number). */
function spokenPhone(s: Session, n: string): boolean {
  if (!SPOKEN_PHONE_Z2.test(n)) return false;
  if (s.rubric.spokenIdZ10 !== true) return true;
  const re = SPOKEN_PHONE_ALL_Z10;
  re.lastIndex = 0;
  for (let x = re.exec(n); x !== null; x = re.exec(n)) if (!SPOKEN_ID_Z10.test(n.slice(Math.max(0, x.index - 40), x.index)) && !SPOKEN_ID_Z8.test(n.slice(Math.max(0, x.index - 80), x.index).trimEnd())) return true;
  return false;
}
/** (v25 Z10) SPOKEN_PHONE_Z2, every run. */
const SPOKEN_PHONE_ALL_Z10 = new RegExp(SPOKEN_PHONE_Z2.source, 'g');
/** Contact details in a normalised text (typed privacy placeholders count as present). */
export function contactsIn(s: Session, n: string): Contacts {
  const P = s.P;
  const bracket = HAS_BRACKET.test(n);
  const digit = HAS_DIGIT.test(n);
  // (" dot ": an address spelled out, "kfarrow at gmail dot com", which rubric v4's family knows)
  const dotted = maybeUrl(n);
  const email =
    // (v44 J21, `arrobaJ21`) "jperez arroba gmail punto com", the Spanish spelling
    ((n.includes('@') || n.includes(' dot ') || (bracket && s.rubric.oddContactsN === true && BRACKET_AT_N.test(n)) || (s.rubric.arrobaJ21 === true && n.includes(' arroba '))) && P.email.test(n)) ||
    (bracket && P.placeholderEmail.test(n)) ||
    (dotted && s.rubric.spelledAddresses === true && n.includes(' at ') && atAddress(s, n));
  const phone =
    (digit && P.phone.test(n)) || (bracket && P.placeholderPhone.test(n)) || (s.rubric.spokenPhoneZ2 === true && spokenCueZ2(n) && spokenPhone(s, n));
  const url = (dotted && P.url.test(n)) || (bracket && P.placeholderUrl.test(n));
  const address = (digit && (P.address.test(n) || (s.rubric.postcodesY1 === true && (s.rubric.postcodeAreaY8 === true ? POSTCODE_Y8 : POSTCODE_Y1).test(n)))) || (bracket && P.placeholderAddress.test(n));
  const name = bracket && P.placeholderName.test(n);
  if (!email && !phone && !url && !address && !name) return NONE;
  return { email, phone, url, address, name };
}

/**
 * An address spelled with " at " and a real dot ("j.doe at gmail.com", which rubric v5's family
 * knows): the family tested on the words around each " at " followed by a word with a dot, not on
 * the whole text (far cheaper; an address has no spaces, so the words around it hold it whole).
 * Only for rubrics with `spelledAddresses` (v5 on).
 */
function atAddress(s: Session, n: string): boolean {
  for (let i = n.indexOf(' at '); i >= 0; i = n.indexOf(' at ', i + 3)) {
    const next = n.indexOf(' ', i + 4);
    const end = next < 0 ? n.length : next;
    const dot = n.indexOf('.', i + 4);
    if (dot < 0 || dot >= end - 1) continue;
    if (s.P.email.test(n.slice(n.lastIndexOf(' ', i - 1) + 1, end))) return true;
  }
  return false;
}

export function contacts(s: Session, m: Msg): Contacts {
  const memo = m.memo;
  if (memo.contacts === UNSET) memo.contacts = contactsIn(s, m.n);
  return memo.contacts;
}

export function hasReachableContact(c: Contacts): boolean {
  return c.email || c.phone || c.url || c.address;
}

// ---- waiting --------------------------------------------------------------------------------

/** Hold message (Terms): looking something up, asking to wait, transfer, partial result + search goes on. */
export function isHold(s: Session, m: Msg): boolean {
  if (m.role !== 'provider') return false;
  const memo = m.memo;
  if (memo.hold === UNSET) memo.hold = holdNow(s, m);
  return memo.hold;
}

function holdNow(s: Session, m: Msg): boolean {
  if (m.has(F.transferNotice)) return true;
  // (v29 D6) "Rosa … is going to join and take it from here" before a transfer event: the transfer announced
  if (s.rubric.transferredNoticeD6 === true && transferredNoticeD6(s, m)) return true;
  if (!m.has(F.hold) && !m.has(F.holdWeak)) return false;
  // (v24 Y6, `quotedWordsY6`) 'If the Borrow button shows "Please wait..." …': the app's words, not the provider's hold
  // (v24 Y10, `quotedFirstPersonY10`) but a quoted hold in the first person is a person's, the provider's own ('In the words of
  // our chat script, "please bear with me while I search"')
  if (s.rubric.quotedWordsY6 === true && onlyQuotedY6(s, m, [s.P.hold, s.P.holdWeak]) && !(s.rubric.quotedFirstPersonY10 === true && quotedFirstPersonY10(m.n))) return false;
  // "take your time" is not a hold: test what is left without it
  const n = m.has(F.notHold) ? m.n.replace(s.P.global('notHold'), ' ') : m.n;
  if (s.rubric.holdThenAnswerK1 === true && holdThenAnswer(s, m)) return false;
  // (v27 B2, `promisedSearchB2`) "I'll keep looking in Special Collections and email you … by Friday": searched later
  if (s.rubric.promisedSearchB2 === true && m.has(F.followupPromise) && laterSearchB2(s, m)) return false;
  if (s.P.hold.test(n)) return true;
  return s.P.holdWeak.test(n) && followUpPromise(s, m) < 0;
}

/** (v27 B2) "keep / continue looking, searching…": a search that goes on, in the chat or after it. */
const KEEP_B2 = /\b(?:keep|keeping|continue|continuing) (?:to )?(?:look|search|check|dig|hunt)(?:ing)?\b/g;
/** (v27 B2) Words of a wait in the chat itself: "for a few more minutes", "now", "meanwhile". */
const IN_CHAT_B2 = /\b(?:(?:few|couple|couple of|more|another|\d+|two|five|ten) (?:more )?(?:minutes?|mins?|moments?|secs?|seconds?)|now|meantime|meanwhile|mean time|while you wait|in the chat|here)\b/;
/**
 * (v27 B2, `promisedSearchB2`) The message promises a follow-up, and its only hold words are "keep / continue looking…"
 * inside the promise's own sentence, with no wait in the chat: the search goes on after the chat, no one is asked to wait.
 */
function laterSearchB2(s: Session, m: Msg): boolean {
  const k = followUpPromise(s, m);
  if (k < 0) return false;
  let keep = false;
  for (const x of m.sentences) {
    if (!m.sHas(x, F.hold) && !m.sHas(x, F.holdWeak)) continue;
    if (x.k !== k || IN_CHAT_B2.test(x.n)) return false;
    // (v27 B10, `inChatMoreB10`) "as we chat", "while you're still on": the search goes on in the chat
    if (s.rubric.inChatMoreB10 === true && IN_CHAT_B10.test(x.n)) return false;
    KEEP_B2.lastIndex = 0;
    if (!KEEP_B2.test(x.n)) return false;
    const rest = x.n.replace(KEEP_B2, ' ');
    if (s.P.hold.test(rest) || s.P.holdWeak.test(rest)) return false;
    keep = true;
  }
  return keep;
}

/** (v27 B10, `inChatMoreB10`) More words of a wait in the chat: "as we chat", "while you're still on / here". */
const IN_CHAT_B10 = /\b(?:as|while) (?:we (?:chat|talk|speak|are chatting|are talking)|(?:you are|youre|ur|u r|u are) (?:still )?(?:on|here|online|connected|waiting|chatting|on the line|on chat))\b/;
/** (v11 K1) Words that say the search goes on around a result: a partial result, still a hold. */
const GOES_ON_K1 = /\b(?:meantime|meanwhile|mean time|interim|for now|so far|for starters|to start with|while i|still (?:looking|searching|checking|digging)|keep (?:looking|searching|checking|digging)|more (?:soon|shortly|in a (?:moment|minute|sec)))\b/;
/** (v11 K1) At most this many words in a bare pause before the answer ("One sec...", "Let me check the catalog."). */
const PAUSE_WORDS_K1 = 8;
/**
 * (v11 K1, `holdThenAnswerK1`) "One sec... yes, it shows one copy on the shelf at Rockridge, call number …": short hold
 * sentences only before the sentence that gives the first source, none after it, and no word that the search goes on.
 */
function holdThenAnswer(s: Session, m: Msg): boolean {
  if (m.sentences.length < 2 || GOES_ON_K1.test(m.n)) return false;
  const k = sourceAt(s, m);
  if (k < 1) return false;
  let pause = false;
  for (const x of m.sentences) {
    const h = m.sHas(x, F.hold) || m.sHas(x, F.holdWeak);
    if (x.k >= k) {
      if (h || m.sHas(x, F.followupPromise)) return false;
    } else if (h) {
      if (wordCount(x.n) > PAUSE_WORDS_K1) return false;
      pause = true;
    }
  }
  return pause;
}

// ---- who is answering ------------------------------------------------------------------------

const NAME_STOP = new Set(
  (
    'sorry not so glad happy afraid here just still going looking checking trying working unable able sure also currently now back very really ' +
    'pleased delighted excited thrilled hoping wondering unsure certain the a an in at on from with your our their my it that this there what who ' +
    'available online off out done finished ready confident positive correct right wrong good fine great well okay ok yes no hi hello hey thanks ' +
    'thank welcome please dear monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today tomorrow tonight new not one all both'
  ).split(' '),
);
/** (v7, `nameNotOthersD`) Question words that open a sentence are no names either: "Where in Maryland will the business be?". */
const NAME_STOP_V7 = new Set([...NAME_STOP, 'where', 'when', 'why', 'how', 'which', 'whose', 'whom', 'whats', 'wheres', 'hows']);
const INTRO_NAME =
  /(?:^|[^\p{L}])(?:I['\u2019]?m|I am|[Tt]his is|(?:[Yy]ou['\u2019]?re|[Yy]ou are) (?:now )?(?:chatting|talking|speaking) (?:with|to)|[Yy]ou['\u2019]?ve reached|[Yy]ou have reached|[Mm]y name is|[Mm]y name['\u2019]s|[Nn]ame['\u2019]s|[Mm]e llamo|[Ss]oy|[Mm]i nombre es|[LlTt]es? (?:saluda|atiende)|[Hh]abla)[ \t]+(\p{Lu}[\p{L}'\u2019-]*)/gu;
const NAME_HERE =
  /(?:^|[.!?,;:\u2014-]\s*|\b(?:Hi|Hello|Hey|Hiya|Howdy|Greetings|Welcome|Hola)\b[,!.]?\s+(?:there[,!.]?\s+)?)(\p{Lu}[\p{L}'\u2019-]+)(?:\s+\p{Lu}[\p{L}'\u2019-]+)?\s+(?:here\b|(?:from|at|with|in|of)\s+(?:the\s+)?\p{Lu})/gu;
/** (v6, `greetingNameShapes`) NAME_HERE with "@": "Hi, Sam @ Towson Library". */
const NAME_HERE_AT =
  /(?:^|[.!?,;:\u2014-]\s*|\b(?:Hi|Hello|Hey|Hiya|Howdy|Greetings|Welcome|Hola)\b[,!.]?\s+(?:there[,!.]?\s+)?)(\p{Lu}[\p{L}'\u2019-]+)(?:\s+\p{Lu}[\p{L}'\u2019-]+)?\s+@\s*(?:the\s+)?\p{Lu}/gu;
/** A name right after "it's", then punctuation or one of these words (`more`: further shapes of what follows). */
const itsName = (more = '') =>
  new RegExp(String.raw`(?:^|[^\p{L}])[Ii]t['\u2019]?s[ \t]+(\p{Lu}[\p{L}'\u2019-]*)(?=[ \t]*(?:[,.!;:\u2013\u2014-]|$)|[ \t]+(?:here|from|at|with|on|of|in)\b${more})`, 'gu');
/** (v6) "It's Priya with Ask Us", "it's Dana here", "Hey, it's Sam!": a name right after "it's". */
const ITS_NAME = itsName();
/**
 * (v6) A signature as the message's last sentence: "-Dana, Pikesville Library", "— Marcus", "~Sam @
 * Towson": a dash or tilde, a capitalised name (and a second name or initial), then at most a
 * comma / "@" / at / from and a short affiliation.
 */
const SIGNATURE =
  /^[ \t]*(?:-{1,2}|~|\u2013|\u2014)[ \t]*(\p{Lu}[\p{L}'\u2019-]+)(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*\.?)?[ \t]*(?:(?:,|@|[ \t]at\b|[ \t]from\b)[^\n]{2,60})?[ \t]*$/u;
/**
 * (v7 A, `nameInPlaceA`) A titled name in a place, ending the sentence: "Ms. Patel in the media center
 * here", "Dr. Okafor at the reference desk here". The title keeps "Printers in the computer lab here" out.
 */
const NAME_IN_PLACE =
  /(?:^|[.!?,;:\u2014-]\s*|\b(?:Hi|Hello|Hey|Hiya|Howdy|Greetings|Welcome|Hola)\b[,!.]?\s+(?:there[,!.]?\s+)?)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Coach)\.?\s+(\p{Lu}[\p{L}'\u2019-]+)(?:\s+\p{Lu}[\p{L}'\u2019-]+)?\s+(?:in|on|at|from)\s+(?:the\s+)?[\p{L}'\u2019 -]{2,50}?\s+here[ \t]*[.!]*[ \t]*$/gu;
const NAME_RES_IN_PLACE = [NAME_IN_PLACE];
const HERE_END = /\bhere[ .!]*$/;
const STARTS_UPPER = /^\p{Lu}/u;
const REGEX_CHARS = /[.*+?^${}()|[\]\\]/g;

function nameTokens(v: unknown): string[] {
  if (typeof v !== 'string' || v.includes('@')) return [];
  return v.split(/[\s,.]+/).filter((w) => w.length >= 2 && STARTS_UPPER.test(w) && !NAME_STOP.has(w.toLowerCase()));
}

/** (v68 AH9) A screen name all in lower case, its first word and a short or plain tail: "dustin_t", "kit.m", "maria2", "jo-ref". */
const LOWER_SCREEN_AH9 = /^([a-z]{3,12})(?:[._-][a-z0-9]{1,12}|\d{1,4})?$/;
/**
 * (v68 AH9) First words of screen names that are also common English words, read as names nowhere ("Hope your week …", "Will this
 * be …").
 */
const WORD_NAME_AH9 = new Set(['hope', 'will', 'may', 'mark', 'bill', 'pat', 'sue', 'art', 'grace', 'joy', 'faith', 'rose', 'dawn', 'summer', 'rich', 'frank', 'chase', 'drew', 'page', 'miles', 'guy', 'ray', 'robin', 'sunny', 'holly', 'ivy', 'penny', 'jack', 'hunter', 'june', 'april', 'august', 'destiny', 'crystal', 'amber', 'ruby', 'pearl', 'iris', 'hazel', 'violet', 'lily', 'daisy', 'heather', 'jay', 'wade', 'sterling', 'cash', 'king', 'prince', 'major', 'rocky', 'river', 'sky', 'autumn', 'winter', 'sage', 'glen', 'dean', 'don', 'gay', 'lane', 'max', 'mercy', 'misty', 'nick', 'norm', 'rod', 'rusty', 'sandy', 'stormy', 'ted', 'terry', 'tim', 'victor', 'warren', 'wes', 'amy', 'bob', 'bud', 'buck', 'chip', 'clay', 'cliff', 'colt', 'dash', 'dot', 'earl', 'ford', 'gale', 'gene', 'hall', 'hank', 'jewel', 'kit', 'lee', 'liberty', 'love', 'marsh', 'mo', 'neil', 'noel', 'price', 'read', 'reed', 'rob', 'shay', 'sol', 'star', 'stone', 'storm', 'trinity', 'true', 'van', 'walker', 'wren', 'grant', 'chance', 'brook', 'dale', 'forest', 'ocean', 'royal', 'sonny', 'bishop', 'baker', 'carter', 'cook', 'mason', 'porter', 'taylor', 'tucker', 'young', 'west']);
/** (v68 AH9) Words of screen names that are no one's name ("ref_desk", "askus_1", "chat_3"). */
const NOT_NAME_AH9 = new Set(['ref', 'desk', 'ask', 'askus', 'chat', 'library', 'librarian', 'staff', 'admin', 'help', 'info', 'queue', 'user', 'guest', 'test', 'trainee', 'reference', 'operator', 'agent', 'system', 'service', 'team', 'night', 'day', 'evening', 'tech', 'teen', 'kids', 'youth']);
/**
 * (v68 AH9, `lowerScreenNameAH9`) When `v` gives no name of its own (`plain`, its `nameTokens`), a screen name in lower case gives
 * its first word, capitalised as a name is written ("dustin_t" → "Dustin"); none for a word that is no name or a common word.
 */
function screenNameAH9(v: unknown, plain: readonly string[]): string[] {
  if (plain.length > 0 || typeof v !== 'string') return [];
  const x = LOWER_SCREEN_AH9.exec(v);
  if (x === null || NAME_STOP.has(x[1]!) || NOT_NAME_AH9.has(x[1]!) || WORD_NAME_AH9.has(x[1]!)) return [];
  return [x[1]!.charAt(0).toUpperCase() + x[1]!.slice(1)];
}

function patronNames(s: Session): Set<string> {
  const hit = s.memo.patronNames;
  if (hit !== UNSET) return hit;
  const p = s.t.patron as { name?: unknown } | null | undefined;
  const v = new Set(nameTokens(p?.name).map((w) => w.toLowerCase()));
  s.memo.patronNames = v;
  return v;
}

/** (v9 N) The provider's own names, lower case (a signature line in normalised text). */
export function ownNamesOf(s: Session, m: Msg): string[] {
  return (ownNames(s, m) ?? []).map((w) => w.toLowerCase());
}

/** The provider's own names (from the transcript or the author field) to look for in raw text. */
function ownNames(s: Session, m: Msg): string[] | null {
  const key = m.author ?? '';
  const names = (s.memo.ownNames ??= new Map());
  const hit = names.get(key);
  if (hit !== undefined) return hit;
  const p = s.t.provider as { name?: unknown } | null | undefined;
  const patron = patronNames(s);
  const lower = s.rubric.lowerScreenNameAH9 === true;
  const fromName = nameTokens(p?.name);
  const fromAuthor = nameTokens(m.author);
  const screen = lower ? [...screenNameAH9(p?.name, fromName), ...screenNameAH9(m.author, fromAuthor)] : [];
  const toks = [...new Set([...fromName, ...fromAuthor, ...screen])].filter((w) => !patron.has(w.toLowerCase()));
  const v = toks.length > 0 ? toks : null;
  // (v68 AH9) the names only a lower-case screen name gave, apart from the others
  if (v !== null && screen.length > 0) {
    const only = v.filter((w) => !fromName.includes(w) && !fromAuthor.includes(w));
    if (only.length > 0) SCREEN_ONLY_AH9.set(v, { plain: v.filter((w) => !only.includes(w)), screen: only });
  }
  names.set(key, v);
  return v;
}
/** (v68 AH9) A greeting opening the message, just before the name: "Hi, ", "Hello! ", "Good morning, ", "¡Hola, ". */
const GREETED_AH9 = /^\W*(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|hola|buenos d[ií]as|buenas(?: tardes| noches)?)(?: there)?[ \t]*[,!.\u2014-][ \t]*$/i;
/** (v68 AH9) Per own-name list, the names that only a lower-case screen name gave (`screen`) and the others (`plain`). */
const SCREEN_ONLY_AH9 = new WeakMap<string[], { plain: string[]; screen: string[] }>();
/**
 * (v68 AH9) `raw` holds one of the own names, a name a lower-case screen name gave only right after the greeting that opens the
 * message ("Hi, Dustin, Truckee library."; not "Hi! Hope your week is going well.", "Hello! Grant deadlines …", "once you live in
 * Austin, …"), and not as the first word of a longer name ("Hi, Jackson County residents …").
 */
function hasOwnNameAH9(raw: string, own: string[]): boolean {
  const split = SCREEN_ONLY_AH9.get(own);
  if (split === undefined) return hasOwnName(raw, own);
  if (hasOwnName(raw, split.plain)) return true;
  for (const w of split.screen) {
    for (let p = raw.indexOf(w); p >= 0; p = raw.indexOf(w, p + 1)) {
      if (letterBefore(raw, p) || letterAt(raw, p + w.length)) continue;
      // not the first word of a name of many ("Jackson County residents", "Herb Society volunteers")
      if (/^[ \t]+\p{Lu}/u.test(raw.slice(p + w.length))) continue;
      // right after the greeting that opens the message ("Hi, Dustin, …"; not "once you live in Austin, …")
      if (GREETED_AH9.test(raw.slice(0, p))) return true;
    }
  }
  return false;
}

const LETTER = /\p{L}/u;
const SURROGATE = /[\ud800-\udfff]/;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** The code point ending at position p of s is a letter (\p{L}). */
function letterBefore(s: string, p: number): boolean {
  if (p <= 0) return false;
  const c = s.charCodeAt(p - 1);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (isLow(c) && p >= 2 && isHigh(s.charCodeAt(p - 2))) return LETTER.test(s.slice(p - 2, p));
  return LETTER.test(s[p - 1]!);
}
/** The code point starting at position q of s is a letter (\p{L}). */
function letterAt(s: string, q: number): boolean {
  if (q >= s.length) return false;
  const c = s.charCodeAt(q);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (isHigh(c) && q + 1 < s.length && isLow(s.charCodeAt(q + 1))) return LETTER.test(s.slice(q, q + 2));
  return LETTER.test(s[q]!);
}

/**
 * One of the names occurs in raw as a whole word: what the regex
 * /(?<![\p{L}])(?:name1|name2)(?![\p{L}])/u finds, without building a regex per session.
 */
export function hasOwnName(raw: string, toks: string[]): boolean {
  for (const t of toks) {
    if (SURROGATE.test(t)) {
      // names with astral characters: the regex itself (rare)
      const re = new RegExp(`(?<![\\p{L}])(?:${t.replace(REGEX_CHARS, '\\$&')})(?![\\p{L}])`, 'u');
      if (re.test(raw)) return true;
      continue;
    }
    for (let p = raw.indexOf(t); p >= 0; p = raw.indexOf(t, p + 1)) {
      if (!letterBefore(raw, p) && !letterAt(raw, p + t.length)) return true;
    }
  }
  return false;
}

const NAME_RES = [INTRO_NAME, NAME_HERE];
/** (v6) The shapes only v6 reads, and all of them. */
const NAME_RES_ONLY_V6 = [NAME_HERE_AT, ITS_NAME];
const NAME_RES_V6 = [...NAME_RES, ...NAME_RES_ONLY_V6];
/** (v7, `nameWithSlash`) "its Bea w/ Montgomery County Public Libraries": "w/" for "with" after the name. */
const ITS_NAME_W = itsName(String.raw`|[ \t]+w\/`);
const NAME_RES_ONLY_V7 = [NAME_HERE_AT, ITS_NAME_W];
const NAME_RES_V7 = [...NAME_RES, ...NAME_RES_ONLY_V7];
/**
 * (v7 D, `nameNotOthersD`) NAME_HERE, unless the place is followed by a verb of the name's own: "Hi there!
 * Tamsin at Circulation passed your chat over to me" names a colleague, not who is answering ("Dana at Towson
 * Library here", "Sam from Ask Us, how can I help?" still name the provider).
 */
const NAME_HERE_D = new RegExp(
  NAME_HERE.source.slice(0, -1) +
    String.raw`[\p{L}'\u2019-]*(?![\p{L}'\u2019-]))(?!(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*)*[ \t]+(?:passed|asked|said|says|told|tells|sent|sends|forwarded|transferred|handed|mentioned|suggested|recommended|wants|wanted|will|would|can|could|is|was|has|had|just|might|may|should|usually|also|left|gave|gives|thinks|thought|noticed|helped|helps)\b)`,
  'gu',
);
const NAME_RES_V7_D = [INTRO_NAME, NAME_HERE_D, ...NAME_RES_ONLY_V7];
/**
 * (v9 P, `nameNotTitleP`) NAME_HERE_D, unless the place is followed by "by" (not "by the way") or a verb of
 * content: "Lessons in Chemistry by Bonnie Garmus has 4 copies in", "Anne of Green Gables was…" are titles.
 */
const NAME_HERE_P = new RegExp(
  NAME_HERE.source.slice(0, -1) +
    String.raw`[\p{L}'\u2019-]*(?![\p{L}'\u2019-]))(?!(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*)*[ \t]+(?:passed|asked|said|says|told|tells|sent|sends|forwarded|transferred|handed|mentioned|suggested|recommended|wants|wanted|will|would|can|could|is|was|has|had|just|might|may|should|usually|also|left|gave|gives|thinks|thought|noticed|helped|helps|by(?![ \t]+the[ \t]+way\b)|are|were|have|won|covers|tells|follows|starts|includes|shows|lists|came|comes)\b)`,
  'gu',
);
const NAME_RES_V9_P = [INTRO_NAME, NAME_HERE_P, ...NAME_RES_ONLY_V7];

/**
 * The name shapes a rubric reads (`all`), and those v6 on add to v1-v5's (`added`: read in sentences
 * that are otherwise filler).
 */
function nameShapes(r: Rubric): { all: readonly RegExp[]; added: readonly RegExp[] } {
  if (r.nameNotTitleP === true) return { all: NAME_RES_V9_P, added: NAME_RES_ONLY_V7 };
  if (r.nameNotOthersD === true) return { all: NAME_RES_V7_D, added: NAME_RES_ONLY_V7 };
  if (r.nameWithSlash === true) return { all: NAME_RES_V7, added: NAME_RES_ONLY_V7 };
  if (r.greetingNameShapes === true) return { all: NAME_RES_V6, added: NAME_RES_ONLY_V6 };
  return { all: NAME_RES, added: [] };
}

/** (v11 K1) A pronoun, alone or with its contraction ("I'm", "We're", "You've"), lower case: no name. */
const PRONOUN_K1 = /^(?:i|we|you|they|he|she|it|us|me)(?:['\u2019]?(?:m|re|ve|ll|d))?$/;
/** (v24 Y2, `pronounMeY2`) PRONOUN_K1 without "me" and "us" taking a contraction: "Mere" ("I'm Mere.") is a name. */
const PRONOUN_Y2 = /^(?:(?:i|we|you|they|he|she|it)(?:['\u2019]?(?:m|re|ve|ll|d))?|us|me)$/;
/** One of `res` finds a capitalised name in this raw text that is neither a stop word nor the patron's. */
function namedBy(s: Session, raw: string, res: readonly RegExp[]): boolean {
  const patron = patronNames(s);
  const stop = s.rubric.nameNotOthersD === true ? NAME_STOP_V7 : NAME_STOP;
  for (const re of res) {
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(raw)) !== null) {
      const w = x[1]!.replace(/['\u2019]s$/, '').toLowerCase();
      // (v11 K1, `pronounNotNameK1`) "I'm here to help.", "We're here until 9": a pronoun is no name
      if (s.rubric.pronounNotNameK1 === true && (s.rubric.pronounMeY2 === true ? PRONOUN_Y2 : PRONOUN_K1).test(w)) continue;
      if (!stop.has(w) && !patron.has(w)) return true;
      // (v67 AG14, `monthNameAG14`) "Hello! June at Calvert Library here": a month that is the provider's own name
      if (s.rubric.monthNameAG14 === true && MONTH_NAMES_AG14.has(w) && !patron.has(w) && providerCalledAG14(s, w) && monthAsNameAG14(raw, x[1]!)) return true;
    }
  }
  return false;
}
/** (v67 AG14) The months that are also given names. */
const MONTH_NAMES_AG14 = new Set(['april', 'may', 'june', 'august']);
/**
 * (v67 AG14) Raw text `raw` uses month `word` as a name: "June here", "June at Calvert Library here", "I'm June.", "This is April
 * from …", "my name is May," [not "August at Ocean City gets packed", "It's August, so the logs are due", "Yep, it's May.", "This
 * is April's last week", "This is June and July's teen volunteer schedule"].
 */
function monthAsNameAG14(raw: string, word: string): boolean {
  const w = word.replace(/['\u2019]s$/, '');
  return new RegExp(
    String.raw`\b${w}(?: \p{Lu}[\p{L}'\u2019-]+)?(?: here\b| (?:at|from|with) [^.!?]{1,60}?\bhere\b)|(?:\bI['\u2019]?m|\bI am|\b[Mm]y name is|\b[Tt]his is|\b[Ss]oy|\b[Mm]e llamo)\s+${w}(?=\s*(?:[,.!;:\u2014-]|$)|\s+(?:from|with|at|here)\b)`,
    'u',
  ).test(raw);
}
/** (v67 AG14) `w` (lower case) is a word of the transcript's provider name or of a provider message's author. */
function providerCalledAG14(s: Session, w: string): boolean {
  const p = s.t.provider as { name?: unknown } | null | undefined;
  const named = (v: unknown): boolean => typeof v === 'string' && v.toLowerCase().split(/[^a-z]+/).includes(w);
  return named(p?.name) || s.prov.some((m) => named(m.author));
}

/** (v6) The raw sentence is a signature with a name that is not the patron's ("-Dana, Pikesville Library"). */
function signature(s: Session, raw: string): boolean {
  const c = raw.trimStart().charCodeAt(0);
  if (c !== 45 && c !== 126 && c !== 0x2013 && c !== 0x2014) return false;
  const x = SIGNATURE.exec(raw);
  if (x === null) return false;
  const w = x[1]!.toLowerCase();
  return !NAME_STOP.has(w) && !patronNames(s).has(w);
}
/** Lines that open with a dash or bullet: two or more make a list, whose last item is no signature. */
const LIST_LINES = /(?:^|\n)[ \t]*[-\u2013\u2014~\u2022*][^\n]*\n[ \t]*[-\u2013\u2014~\u2022*]/;
/** (v6) The message ends with the provider's signature (not the last item of a list: "- ABI/INFORM\n- Gale Ebooks"). */
function signedLast(s: Session, m: Msg, k: number): boolean {
  const raws = m.rawSentences;
  return s.rubric.greetingNameShapes === true && k === raws.length - 1 && signature(s, raws[k]!) && !LIST_LINES.test(m.raw);
}

/**
 * (v13 N6, `gotNameN6`) "Evening! Library chat, you've got Niamh.", "You've got Gemma at Leeds Libraries": a capitalised
 * name right after "you've got", ending the clause or followed by "here", "at", "from", "with" ("You've got Hoopla
 * access with that card" and "you've got 3 holds" name no one).
 */
const GOT_NAME_N6 = [
  /(?:^|[^\p{L}])(?:[Yy]ou['\u2019]?ve got|[Yy]ou have got|[Yy]ou got)[ \t]+(\p{Lu}[\p{L}'\u2019-]*)(?=[ \t]*(?:[.!,;]|$|\p{Extended_Pictographic})|[ \t]+(?:here|at|from|with)\b)/gu,
];

/** (v27 B6, `uGotNameB6`) N6's "you've got <Name>" in chat-speak: "hey there! u've got Marisa at the Pratt". */
const U_GOT_B6 = String.raw`(?:[Uu]['\u2019]?ve got|[Uu] have got|[Uu] got)`;
const GOT_NAME_B6 = [new RegExp(retext(GOT_NAME_N6[0]!.source, String.raw`(?:[Yy]ou['\u2019]?ve got|[Yy]ou have got|[Yy]ou got)`, U_GOT_B6), 'gu')];

/** (v27 B9) The clause after the name does not end in "?" within 80 characters. */
const NO_ASK_AFTER_B9 = String.raw`(?![^,;.!?\n]{0,80}\?)`;
/**
 * (v27 B9, `uGotAskB9`) B6's pattern, not when the clause after the name ends in "?" (at most 80 characters on): "u got Libby
 * from the app store yet?" asks about an app. The lookahead is bounded and anchored at the name, so the scan stays linear.
 */
const GOT_NAME_B9 = [new RegExp(GOT_NAME_B6[0]!.source + NO_ASK_AFTER_B9, 'gu')];
/**
 * (v27 B10, `uGotLeadB10`) GOT_NAME_B6, not after "if / once / when / since / as long as" ("if u got Firefox, …") nor before
 * "with a / an / your / ur / that / this / my" ("u got Kanopy with a student login"). Bounded lookbehind, linear.
 */
const GOT_NAME_B10 = [
  new RegExp(
    retext(
      retext(GOT_NAME_B6[0]!.source, U_GOT_B6, String.raw`(?<!(?:^|[^\p{L}])(?:[Ii]f|IF|[Oo]nce|[Ww]hen|[Ww]henever|[Ss]ince|[Aa]s long as|[Bb]ecause|[Cc]os|[Cc]oz)[ \t]{1,3})` + U_GOT_B6),
      '|with)',
      String.raw`|with(?![ \t]+(?:a|an|your|ur|that|this|my|his|her|their)\b))`,
    ),
    'gu',
  ),
];
/** (v27) B9's "?" lookahead on B10's pattern, when both settings are on. */
const GOT_NAME_B9_B10 = [new RegExp(GOT_NAME_B10[0]!.source + NO_ASK_AFTER_B9, 'gu')];

/** A capitalised name the provider gives as their own in this raw text. */
function namesSelf(s: Session, m: Msg, raw: string): boolean {
  // (v30 F4, `appStoreNameF4`) "Update Libby from the App Store.": the store is no place of a person
  if (s.rubric.appStoreNameF4 === true && (raw.includes('Store') || raw.includes('Play'))) raw = appStoreOutF4(raw);
  // (v29 D4, `nameSubjectD4`) "Tom at the Lakewood Library, our genealogy guy, is out", "Sam from Oakwood Library :) is that you?"
  if (namedBy(s, raw, nameShapes(s.rubric).all) && !(s.rubric.nameSubjectD4 === true && raw.includes(' ') && nameSubjectD4(raw))) return true;
  if (s.rubric.gotNameN6 === true && raw.includes(' got ') && namedBy(s, raw, GOT_NAME_N6)) return true;
  if (s.rubric.uGotNameB6 === true && raw.includes(' got ')) {
    const ask = s.rubric.uGotAskB9 === true;
    const shapes = s.rubric.uGotLeadB10 === true ? (ask ? GOT_NAME_B9_B10 : GOT_NAME_B10) : ask ? GOT_NAME_B9 : GOT_NAME_B6;
    if (namedBy(s, raw, shapes)) return true;
  }
  // (v30 F4, `lowerImF4`) "hi! im Jess, student assistant at …"
  if (s.rubric.lowerImF4 === true && raw.includes('im ') && namedBy(s, raw, [LOWER_IM_F4])) return true;
  // (v29 D4, `typoIntroD4`) "Hi, thsi is Dana at Pima County Libary."
  if (s.rubric.typoIntroD4 === true && MAYBE_TYPO_INTRO_D4.test(raw) && namedBy(s, raw, TYPO_INTRO_D4)) return true;
  // (v7 A) "Ms. Patel in the media center here"
  if (s.rubric.nameInPlaceA === true && raw.includes(' here') && namedBy(s, raw, NAME_RES_IN_PLACE)) return true;
  const own = ownNames(s, m);
  if (own === null) return false;
  if (s.rubric.lowerScreenNameAH9 === true ? hasOwnNameAH9(raw, own) : hasOwnName(raw, own)) return true;
  return s.rubric.ownNameLowerM === true && lowerOwnIntro(raw, own);
}

/** (v8 M) Per own-name list: the introductions with the name in lower case. */
const LOWER_INTRO = new Map<string, RegExp | null>();
/**
 * (v8 M) The provider's own name typed in lower case in an introduction: "hi this is jo at hcpl!", "helo, jo @
 * hcpl here!", "kim here" (after "this is", "its", "im", "my name is"; or opening the sentence, or after a
 * greeting or a comma, before "here", "at", "from", "with", "@").
 */
function lowerOwnIntro(raw: string, own: string[]): boolean {
  // (ownNames keeps one array per session and author: its regex is found without building the key again)
  let re = LOWER_INTRO_OF.get(own);
  if (re === undefined) re = lowerIntroFor(own);
  return re !== null && re.test(raw.toLowerCase());
}
const LOWER_INTRO_OF = new WeakMap<string[], RegExp | null>();
function lowerIntroFor(own: string[]): RegExp | null {
  const key = own.join('|');
  let re = LOWER_INTRO.get(key);
  if (re === undefined) {
    if (LOWER_INTRO.size >= 512) LOWER_INTRO.clear(); // one entry per provider's names: keep it bounded
    const names = own.map((t) => t.toLowerCase()).filter((t) => /^[a-z]{2,}$/.test(t) && !NAME_STOP.has(t));
    const alt = names.join('|');
    re =
      names.length === 0
        ? null
        : new RegExp(
            `(?:^|[^a-z'])(?:this is|it'?s|i'?m|i am|my name is|my name'?s)[ ,]+(?:${alt})(?![a-z])|(?:^|(?:hi|hello|hey|helo|hiya|howdy|hola)[ ,!]+|, )(?:${alt}) (?:here|at|from|with|@|w/)(?![a-z])`,
          );
    LOWER_INTRO.set(key, re);
  }
  LOWER_INTRO_OF.set(own, re);
  return re;
}

/** (v8 M) A speaker label left by the export at the start of a message: "librarian: hi!", "[2:14 pm] staff: …". */
const LABEL_M = /^(?:\[[^\]]{1,30}\] ?|\(?\d{1,2}:\d{2}(?::\d{2})? ?(?:[ap]m)?\)? ?)?(?:librarian|staff|reference librarian|provider|agent|operator) ?: ?/;
/** (v8 M) The sentence's only role word is the speaker label's. */
function labelOnlyRole(s: Session, x: Sentence): boolean {
  const n = x.n;
  if (!LABEL_M.test(n)) return false;
  return !s.P.selfRole.test(n.replace(LABEL_M, ''));
}

/** Sentence in which the provider says who is answering: a name, "librarian", the library or the service (in the text). */
export function selfIdentifies(s: Session, m: Msg): number {
  const memo = m.memo;
  if (memo.selfId === UNSET) memo.selfId = selfIdNow(s, m);
  return memo.selfId;
}

function selfIdNow(s: Session, m: Msg): number {
  const P = s.P;
  for (const x of m.sentences) {
    if (m.sHas(x, F.selfService)) return x.k;
    // "ask at the information desk", "have you asked your school librarian?": someone else
    if (m.sHas(x, F.selfRole) && !(s.rubric.speakerLabelM === true && x.k === 0 && labelOnlyRole(s, x))) {
      // (v6) "your teacher librarian can help with that too": someone else, as for filler (ownRole)
      // (v31 K4, `askUsNameK4`) "Hi. Pat, librarian, Ask Us.": the service's name is no one to ask
      if (s.rubric.greetingOthersRole === true ? ownRole(m, x, s.rubric.otherRoleK1 === true) || (s.rubric.askUsNameK4 === true && askUsNameK4(s, m, x)) : !(x.q || m.sHas(x, F.referralVerb)) || m.sHas(x, F.selfIntro) || m.sHas(x, F.selfAffiliationLead)) return x.k;
    }
    if (m.sHas(x, F.selfIntro) && P.placeholderName.test(x.n)) return x.k;
    if (P.selfNameHere.test(x.body)) return x.k;
    if (!x.q && m.sHas(x, F.selfAffiliationLead) && m.sHas(x, F.selfAffiliation)) return x.k;
  }
  // (v23 X1, `introClauseX1`) the introduction in the opening clause of a sentence that runs on past it
  if (s.rubric.introClauseX1 === true && (s.prov[0] === m || s.prov[1] === m)) {
    for (const x of m.sentences) {
      if (!(introClauseX1(s, x.n, x.q) || (s.rubric.greetClauseD4 === true && greetClauseD4(s, x.n)) || (s.rubric.deskNameSD4 === true && x.n.includes(' desk ') && deskNameSD4(s, m, x.n)))) continue;
      // (v29 D4, `nameSubjectD4`) "Tom at the Lakewood Library, our genealogy guy, is out": someone else
      if (s.rubric.nameSubjectD4 === true && nameSubjectD4(m.rawSentences[x.k] ?? '')) continue;
      return x.k;
    }
  }
  const raws = m.rawSentences;
  for (let k = 0; k < raws.length; k++) if (namesSelf(s, m, raws[k]!) && !(s.rubric.patronSignOnZ6 === true && patronAddressedZ6(s, raws[k]!))) return k;
  // (v29 D4, `placedAtLibraryD4`) "at Burlington Library we have notaries", "as it is here at the Millbrook Library?"
  if (s.rubric.placedAtLibraryD4 === true && (s.prov[0] === m || s.prov[1] === m) && (m.raw.includes('Librar') || m.raw.includes('Bibliotec'))) {
    for (let k = 0; k < raws.length; k++) if (placedAtLibraryD4(raws[k]!)) return k;
  }
  // (v24 Y3, `myselfThisSideY3`) "Hello sir, myself Rakesh.", "Good afternoon madam, Pooja this side from …"
  if (s.rubric.myselfThisSideY3 === true && (s.prov[0] === m || s.prov[1] === m) && MAYBE_MYSELF_Y3.test(m.raw)) {
    for (let k = 0; k < raws.length; k++) if (namedBy(s, raws[k]!, MYSELF_THIS_SIDE_Y3) && !(s.rubric.thisSidePlaceY9 === true && placeThisSideY9(s, raws[k]!))) return k;
  }
  if (raws.length > 0 && signedLast(s, m, raws.length - 1)) return raws.length - 1;
  // (v19 S5) "Hello - Jan, Toledo Library.", "Library enquiry service, Helen.": a name and the place with a comma between
  if (s.rubric.nameCommaPlaceS5 === true && m.raw.includes(',')) {
    for (let k = 0; k < raws.length; k++) if (raws[k]!.includes(',') && namedBy(s, raws[k]!, NAME_COMMA_PLACE_S5) && signOnLeadS5(raws[k]!) && (s.rubric.nameNotWhenT6 !== true || nameIsNameT6(raws[k]!))) return k;
  }
  // (v29 D4, `greetNamePlaceD4`) "Hi, Marv, reference at Ocean County Library."; (`placeNameEsD4`) "Biblioteca Municipal de Zaragoza, Pilar."
  if ((s.rubric.greetNamePlaceD4 === true || s.rubric.placeNameEsD4 === true) && m.raw.includes(',') && (s.prov[0] === m || s.prov[1] === m)) {
    for (let k = 0; k < raws.length; k++) {
      const r = raws[k]!;
      if (!r.includes(',')) continue;
      // (E3) not when the name after the comma is the patron's own ("Hi, I'm Dana. Which branch …?" / "Hi, Dana, Eastside
      // Library."; "soy Lucía" / "Biblioteca Manuel Alvar, Lucía."): the patron addressed and the place named as an answer
      if (s.rubric.greetNamePlaceD4 === true && namedBy(s, r, GREET_NAME_PLACE_D4) && !NOT_A_NAME_T6.test(/,[ \t]*(?:(?:Ms|Mr|Mrs|Miss|Dr)\.?[ \t]+)?(\p{Lu}\p{Ll}+)/u.exec(r)?.[1] ?? '') && !patronOwnNameD4(s, m, /,[ \t]*(?:(?:Ms|Mr|Mrs|Miss|Dr)\.?[ \t]+)?(\p{Lu}\p{Ll}+)/u.exec(r)?.[1] ?? '')) return k;
      if (s.rubric.placeNameEsD4 === true && placeNameEsD4(s, r) && !patronOwnNameD4(s, m, /,[ \t]*(\p{Lu}\p{Ll}+)[ \t]*(?:[.!]+[ \t]*)?$/u.exec(r)?.[1] ?? '')) return k;
    }
  }
  // (v40 G19, `nameServiceG19`) "Sam from the 24/7 backup service", "Kim w/ Ask Us backup": a name and a service's name
  if (s.rubric.nameServiceG19 === true && (s.prov[0] === m || s.prov[1] === m)) {
    for (const x of m.sentences) if (nameServiceG19(s, m, x) && !(s.rubric.topicNotNameE21 === true && topicNotNameE21(x)) && !(s.rubric.topicShapesE25 === true && topicNotNameE25(x))) return x.k;
  }
  // (v27 B6, `signOnTailB6`) "Hey — Tay, UofT Libraries chat."
  if (s.rubric.signOnTailB6 === true && m.raw.includes(',') && (s.prov[0] === m || s.prov[1] === m)) {
    for (let k = 0; k < raws.length; k++) if (raws[k]!.includes(',') && namedBy(s, raws[k]!, NAME_COMMA_PLACE_B6) && signOnB6(raws[k]!)) return k;
  }
  return -1;
}

/** (v24 Y3) Cheap test before MYSELF_THIS_SIDE_Y3. */
const MAYBE_MYSELF_Y3 = /[Mm]yself|this side/;
/**
 * (v24 Y3, `myselfThisSideY3`) Indian English introductions: "myself <Name>" and "<Name> this side", the name capitalised,
 * after the sentence's start, a comma or a greeting; "this side" closing the clause or before "from / at / here / @".
 */
const GREETING_LEAD_Y3 = String.raw`(?:^|[,!.:;-][ \t]*|\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening|day))[ \t,!]+)`;
const MYSELF_THIS_SIDE_Y3 = [
  new RegExp(String.raw`${GREETING_LEAD_Y3}[Mm]yself[ \t,]+(\p{Lu}\p{Ll}+)\b`, 'gu'),
  new RegExp(String.raw`${GREETING_LEAD_Y3}(\p{Lu}\p{Ll}+)[ \t]+this side(?=[ \t]*(?:$|[,.!]|(?:from|at|here|@)(?![\p{L}])))`, 'gu'),
];

/** (v24 Y9) Places of a campus or a building, no one's name ("Canteen this side, library at the back."). */
const PLACE_Y9 = new Set(['canteen', 'cafeteria', 'cafe', 'library', 'hostel', 'parking', 'gate', 'entrance', 'exit', 'office', 'counter', 'hall', 'block', 'building', 'wing', 'section', 'stairs', 'staircase', 'lift', 'toilet', 'toilets', 'washroom', 'washrooms', 'reception', 'stacks', 'shelves', 'periodicals', 'reference', 'journals', 'ground', 'floor', 'road', 'campus', 'entry', 'admin', 'auditorium', 'lab', 'labs', 'department', 'circulation', 'photocopy', 'xerox']);
/** (v24 Y9, `thisSidePlaceY9`) Every name Y3's "<Name> this side" / "myself <Name>" finds in `raw` is a place. */
function placeThisSideY9(s: Session, raw: string): boolean {
  for (const re of MYSELF_THIS_SIDE_Y3) {
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(raw)) !== null) if (!PLACE_Y9.has(x[1]!.toLowerCase())) return false;
  }
  return true;
}

/**
 * (v23 X1) Where a chat-speak introduction's clause ends: an emoticon or emoji, a comma, a dash between spaces. (An emoji's
 * one-byte stand-in in normalised text, text.ts `symbolsOneByte`, ends it as the emoji does.)
 */
const CLAUSE_END_X1 = /\s*(?:[:;]-?[)(dp]|<3|\p{Extended_Pictographic}|[\x81\x83\x86]|,|\s-\s)/u;
/**
 * (v23 X1) A lone name before "from / at / with / @ … library" ending the clause ("kat from the teen desk @ evanston public
 * library", "its mel from the tacoma public library"); the first word is no determiner, negation or place adverb ("im not
 * at the middleton library"), nor a thing a library hands out, nor (without "its / this is / im" before it) a word ending
 * in "s" ("flyers from the sale @ main library").
 */
const NAME_FROM_LIBRARY_X1 =
  /^(?:(?:its|it is|this is|im) (?=[a-z]+ )|(?:(?:hey|hi|hello) )?(?=[a-z]+(?<!s) ))(?!(?:a|an|the|this|that|these|those|your|ur|my|our|their|his|her|its|books?|items?|forms?|cards?|hours|fines?|holds?|help|info|questions?|answers?|materials?|resources?|ebooks?|events?|programs?|staff|someone|somebody|anyone|everyone|people|librarians?|volunteers?|kids|teens|everything|something|nothing|greetings|hello|hi|hey|thanks|not|no|never|also|just|still|now|only|usually|currently|located|based|here|there|back|over|out)\b)[a-z]{2,12} (?:from|at|with|@) (?:the )?(?:[a-z0-9&'@-]+ ){0,6}(?:library|libraries|library system|biblioteca)[.!]*$/;
/**
 * (v27 B6) A lone name "on the <circ / reference / …> desk" (or "on duty", "on chat", "on the enquiry line") before "at / from
 * / with / @ …": the name (1; no "-ing" word: "printing on the second floor desk") and what follows the desk (2). Anchored, every part bounded but the tail: linear.
 */
const ON_DESK_B6 = /^((?:(?:its|it is|this is|im|hey|hi|hello) )?[a-z]{2,12}(?<!ing)) on (?:the )?(?:[a-z]{1,20} ){0,2}?(?:desk|chat|line|shift|duty)( (?:from|at|with|@) .*)$/;
/** (v23 X1) A negated clause says where the provider is not ("im not at the middleton library"). */
const NOT_X1 = /\b(?:not|never|no longer|isnt|arent|wasnt)\b/;
/** (v23 X10, `introYouX10`) The patron as a clause's subject; "youre chatting / talking / connected with …" introduces the provider. */
const YOU_SUBJECT_X10 = /\b(?:youre|you are|you were|u r)\b(?! (?:now )?(?:chatting|talking|speaking|connected|through|in touch)\b)/;
/** (v23 X1) The opening clause of a normalised sentence introduces who is answering (see `introClauseX1` on Rubric). */
function introClauseX1(s: Session, n: string, q: boolean): boolean {
  const cut = CLAUSE_END_X1.exec(n);
  let c = (cut === null ? n : n.slice(0, cut.index)).trim();
  if (c.length === 0 || c.includes('?') || NOT_X1.test(c)) return false;
  // (v23 X10, `introYouX10`) the patron as the clause's subject ("im guessing youre at the westside library")
  if (s.rubric.introYouX10 === true && YOU_SUBJECT_X10.test(c)) return false;
  let named = NAME_FROM_LIBRARY_X1.test(c);
  // (v27 B6, `onDeskB6`) "kev on the circ desk at eastside library": read as "kev at eastside library", with X1's guards
  if (!named && s.rubric.onDeskB6 === true && c.includes(' on ')) {
    const d = ON_DESK_B6.exec(c);
    if (d !== null && NAME_FROM_LIBRARY_X1.test(d[1]! + d[2]!)) {
      c = d[1]! + d[2]!;
      named = true;
    }
  }
  if (named) {
    // (v24 Y10, `introLeadY10`) "this is kate from the hillsdale public library": the provider's own introduction, whoever
    // else is called Kate
    if (s.rubric.introLeadY10 === true && SELF_LEAD_Y10.test(c)) return true;
    if (s.rubric.patronNameY6 === true && patronNameY6(s, c)) return false;
    // (v25 Z6, `patronSignOnZ6`) "Hi Karen at Westfield Public Library!" to a patron who signed on "Karen Liu from Westfield
    // Public Library here"
    const lone = s.rubric.patronSignOnZ6 === true ? LONE_NAME_Y6.exec(c) : null;
    return !(lone !== null && patronGaveNameZ6(s, lone[1]!));
  }
  // the lead and the place in a clause of a question (a statement's whole sentence is read above, as before)
  if (cut === null || !q) return false;
  const P = s.P;
  return P.selfAffiliationLead.test(c) && P.selfAffiliation.test(c);
}

/** (v24 Y10) X1's clause opens with a self-introduction's lead ("its / it is / this is / im <name> from …"). */
const SELF_LEAD_Y10 = /^(?:its|it is|this is|im) /;
/** (v24 Y6) The lone name of X1's clause ("hi maria from westside library" → "maria"). */
const LONE_NAME_Y6 = /^(?:(?:its|it is|this is|im|hey|hi|hello) )?([a-z]{2,12}) (?:from|at|with|@) /;
/**
 * (v24 Y6, `patronNameY6`) X1's lone name is the patron's: in the patron fields, or given by the patron in their own
 * message ("hi, this is maria from the westside branch", "im maria", "my name is maria").
 */
function patronNameY6(s: Session, c: string): boolean {
  const x = LONE_NAME_Y6.exec(c);
  if (x === null) return false;
  const name = x[1]!;
  if (patronNames(s).has(name)) return true;
  const intro = new RegExp(`\\b(?:this is|im|i am|my name is|my names|me llamo|soy) ${name}\\b`);
  for (const m of s.patron) if (m.n.includes(name) && intro.test(m.n)) return true;
  return false;
}

/**
 * (v25 Z6, `patronSignOnZ6`) A provider sentence that is only a greeting and a name with its place, the name one the patron
 * gave for themselves: "Good morning, Ms. Rivera from Lincoln Elementary!", "Hi Karen at Westfield Public Library!".
 */
const ADDRESSED_Z6 = /^[ \t]*(?:hi|hello|hey|hiya|welcome|good (?:morning|afternoon|evening|day))(?:[ \t]+there)?[ \t,!]+(?:(?:ms|mr|mrs|miss|dr)\.?[ \t]+)?(\p{L}+)(?:[ \t]+\p{L}+)?[ \t]+(?:from|at|with|of)[ \t]+[^.!?]*[.!]*[ \t]*$/iu;
function patronAddressedZ6(s: Session, raw: string): boolean {
  const x = ADDRESSED_Z6.exec(raw);
  return x !== null && patronGaveNameZ6(s, x[1]!.toLowerCase());
}
/**
 * (v25 Z6) The patron gave `name` as their own: "this is (Ms.) Rivera …", "I'm Karen", "my name is …", or a sign-on that ends
 * on "here" ("Karen Liu from Westfield Public Library here"; not "karen from westfield said you could help").
 */
function patronGaveNameZ6(s: Session, name: string): boolean {
  if (!/^[a-z]{2,12}$/.test(name)) return false;
  const re = new RegExp(
    `\\b(?:this is|its|im|i am|my name is|my names)(?: (?:ms|mr|mrs|miss|dr)\\.?)? ${name}\\b|(?:^|[.!?,] |\\b(?:hi|hello|hey|hiya)!? )${name}(?: [a-z]+)? (?:from|at|with) [^.!?]{0,60}? here\\b`,
  );
  for (const m of s.patron) if (m.n.includes(name) && re.test(m.n)) return true;
  return false;
}

/** (v19 S5) Words that open a thanks, a welcome or a step, before "the library, Maria" (the patron addressed). */
const NOT_SIGN_ON_S5 = ['to', 'for', 'the', 'contacting', 'using', 'thanks', 'thank', 'welcome', 'from', 'at', 'with', 'you', 'your', 'our', 'visit', 'visiting', 'call', 'calling', 'in', 'ask', 'try']
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
/**
 * (v19 S5, `nameCommaPlaceS5`) A terse sign-on as the whole sentence: a capitalised name (after the sentence's start, a
 * dash or a colon; "Ms." and the like allowed), a comma, and a place ending in "library" / "libraries"; or a place of
 * at most five words ending in "library", "service", "desk", "chat", "line" or "team", a comma and the name. Both end in
 * "[ \t]*(?:[.!]+[ \t]*)?$", the same text as v19's "[ \t]*[.!]*[ \t]*$", which took 0.26 s on a sign-on followed by
 * 19,000 spaces and a letter (v27's reread; same answers for every rubric).
 */
const NAME_COMMA_PLACE_S5 = [
  /(?:^|[-\u2013\u2014:][ \t]*)(?:(?:Ms|Mr|Mrs|Miss|Dr)\.?[ \t]+)?(\p{Lu}\p{Ll}+)[ \t]*,[ \t]*(?:the[ \t]+)?(?:[\p{L}&'\u2019.-]+[ \t]+){0,5}?(?:[Ll]ibrar(?:y|ies)|LIBRARY)[ \t]*(?:[.!]+[ \t]*)?$/gu,
  new RegExp(
    String.raw`^[ \t]*(?:(?!(?:${NOT_SIGN_ON_S5})\b)[\p{L}&'\u2019-]+[ \t]+){0,4}?(?:[Ll]ibrar(?:y|ies)|[Ss]ervice|[Dd]esk|[Cc]hat|[Ll]ine|[Tt]eam)[ \t]*,[ \t]*(\p{Lu}\p{Ll}+)[ \t]*(?:[.!]+[ \t]*)?$`,
    'gu',
  ),
];

/**
 * (v27 B6, `signOnTailB6`) S5's first form with the service's word after the library: "Hey — Tay, UofT Libraries chat.",
 * "Ines, Main Library desk."
 */
const S5_TAIL = '(?:[Ll]ibrar(?:y|ies)|LIBRARY)[ \\t]*(?:[.!]+[ \\t]*)?$';
const NAME_COMMA_PLACE_B6 = [new RegExp(retext(NAME_COMMA_PLACE_S5[0]!.source, S5_TAIL, '(?:[Ll]ibrar(?:y|ies)|LIBRARY)[ \\t]+(?:[Cc]hat|[Dd]esk|[Tt]eam|[Ss]ervice|[Ll]ine|[Hh]elpline)[ \\t]*(?:[.!]+[ \\t]*)?$'), 'gu')];
const NAME_COMMA_PLACE_AT_B6 = new RegExp(NAME_COMMA_PLACE_B6[0]!.source, 'u');
/** (v27 B6) S5's lead and name checks (`signOnLeadS5`, `nameIsNameT6`) for the B6 form. */
function signOnB6(raw: string): boolean {
  const x = NAME_COMMA_PLACE_AT_B6.exec(raw);
  if (x === null) return false;
  return SIGN_ON_LEAD_S7.test(raw.slice(0, x.index + x[0].search(/\p{Lu}/u))) && !NOT_A_NAME_T6.test(x[1]!);
}

/** (v19 S5's first form, without the flag: the name's position in the sentence). */
const NAME_COMMA_PLACE_AT_S5 = new RegExp(NAME_COMMA_PLACE_S5[0]!.source, 'u');
/** (v19 S7) What may stand before a dash or colon and the sign-on: a greeting, nothing else ("Hello - Jan, Toledo Library."). */
const SIGN_ON_LEAD_S7 = /^[ \t]*(?:(?:hi|hello|hey|hiya|howdy|greetings|welcome|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)(?:[ \t]+there)?[ \t]*[!,.]*[ \t]*)?[-\u2013\u2014:]?[ \t]*$/i;
/**
 * (v19 S7, within `nameCommaPlaceS5`) The first form's name after a dash or colon signs on only after a greeting: not an
 * answer's room or branch ("Saturday at 10am - Auditorium, Main Library.", "the shelf by the door: Holds, Eastgate
 * Library.") nor a colleague's note quoted with its sign-off ("… — Kevin, Heritage Library."). The second form (the place
 * first, then the name) is anchored at the sentence's start already.
 */
function signOnLeadS5(raw: string): boolean {
  const x = NAME_COMMA_PLACE_AT_S5.exec(raw);
  if (x === null) return true;
  return SIGN_ON_LEAD_S7.test(raw.slice(0, x.index + x[0].search(/\p{Lu}/u)));
}
/** (v20 T6, `nameNotWhenT6`) Day, time and place words that S5's sign-on took for a name ("Eastside Branch Library, Saturdays."). */
const NOT_A_NAME_T6 =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Today|Tonight|Tomorrow|Daily|Weekly|Weekdays?|Weekends?|Weeknights?|Mornings?|Afternoons?|Evenings?|Nights?|Upstairs|Downstairs|Downtown|Uptown|Midtown|Here|There|Inside|Outside|Online|Open|Closed|Lobby|Basement|Entrance|Anytime|Always|Please|Thanks|Yes|No|Sure)$/;
/** (v20 T6) The word S5's sign-on read as the name (either form) is no day, time or place word. */
function nameIsNameT6(raw: string): boolean {
  const x = NAME_COMMA_PLACE_AT_S5.exec(raw) ?? NAME_COMMA_PLACE_ALT_T6.exec(raw);
  return x === null || !NOT_A_NAME_T6.test(x[1]!);
}
/** (v20 T6) S5's second form (the place, then the name), without the flag. */
const NAME_COMMA_PLACE_ALT_T6 = new RegExp(NAME_COMMA_PLACE_S5[1]!.source, 'u');

// ---- sentences that are not work on the question ---------------------------------------------

const FILLER_FAMILIES: readonly number[] = (
  [
    'greeting', 'selfRole', 'selfService', 'offer', 'hold', 'holdWeak', 'transferNotice', 'stillThere', 'seemGone', 'willEnd',
    'thanks', 'farewell', 'inviteBack', 'dismissalHard', 'dismissalConvenience', 'othersWaiting', 'greetingOffer', 'anythingElse', 'letMeKnow',
  ] as const satisfies readonly PhraseFamily[]
).map((f) => F[f]);
/** Longer sentences carry content even when they also greet or thank. */
const FILLER_MAX_WORDS = 20;

/** (v67 AG15) A letter or a digit (normalised text). */
const HAS_LETTER_OR_DIGIT_AG15 = /[a-z0-9]/;
/** (v67 AG15) An emoticon alone with letters in it (normalised): ":D", ":P", ";p", "xD", ":3", "<3". */
const EMOTICON_AG15 = /^[^a-z0-9]*(?:[:;=][-']?[dpo3b]|xd|<3)[^a-z0-9]*$/;

/** A sentence that only greets, introduces, thanks, holds, checks in or closes. */
function isFiller(s: Session, m: Msg, x: Sentence): boolean {
  const P = s.P;
  const b = x.body;
  if (b.length === 0 || P.ack.test(b)) return true;
  // (v67 AG15, `symbolsOnlyAG15`) "¿Sigue ahí? 🙂", "Are you still there? :)": a sentence of emoji or an emoticon alone says nothing
  if (s.rubric.symbolsOnlyAG15 === true && (!HAS_LETTER_OR_DIGIT_AG15.test(x.n) || EMOTICON_AG15.test(x.n))) return true;
  if (wordCount(x.n) > FILLER_MAX_WORDS) return longFiller(s, m, x);
  // (v31 I3, `bangTailI3`) "… covering AskUsNow! tonight.": the tail "tonight" split off at the name's "!"
  // (v63 AC15, `bangHereAC15`) "Hello, Hollis with AskUsNow! here.": "here" split off at the name's "!"
  if (s.rubric.bangTailI3 === true && bangTailI3(m, x.k, x.n, s.rubric.bangHereAC15 === true ? BANG_TAIL_AC15 : BANG_TAIL_I3)) return true;
  // (v30 F4, `sympathyFillerF4`) "Sorry about that.", "Sorry Libby is giving you trouble."
  if (s.rubric.sympathyFillerF4 === true && x.n.includes('sorry') && SYMPATHY_F4.test(x.n)) return true;
  // (v60 Z1, `soundsHardZ1`) "That sounds stressful.", "Sorry, that sounds hard.", "I'm sorry you're dealing with this."
  if (s.rubric.soundsHardZ1 === true && SOUNDS_HARD_Z1.test(x.n)) return true;
  // (v29 D4, `introTailD4`) "jo at the reference desk here, we close at 9 tonight.": the answer after the introduction
  if (s.rubric.introTailD4 === true && x.n.includes('here, ') && INTRO_TAIL_D4.test(x.n)) return false;
  for (const f of FILLER_FAMILIES) if (m.sHas(x, f) && (f !== F.selfRole || ownRole(m, x))) return true;
  if (P.selfNameHere.test(b)) return true;
  if (s.rubric.greetingNameShapes === true) {
    // (v6) "Hey! It's Priya with Ask Us.", "Hi, Sam @ Towson Library.", "-Dana, Pikesville Library"
    if (signedLast(s, m, x.k)) return true;
    // (v7 A) "Ms. Patel in the media center here." is an introduction, not content
    if (s.rubric.nameInPlaceA === true && HERE_END.test(x.n)) {
      const raw = m.rawSentences[x.k];
      if (raw !== undefined && namedBy(s, raw, NAME_RES_IN_PLACE)) return true;
    }
    if (x.n.startsWith('its ') || x.n.includes(' its ') || x.n.includes('@')) {
      const raw = m.rawSentences[x.k];
      // "It's Priya with Ask Us", "Sam @ Towson Library" (the shapes only v6 reads)
      if (raw !== undefined && namedBy(s, raw, nameShapes(s.rubric).added)) return true;
    }
  }
  if (m.sHas(x, F.selfIntro)) {
    const raw = m.rawSentences[x.k];
    if (raw !== undefined && namesSelf(s, m, raw)) return true;
    if (m.sHas(x, F.selfAffiliation)) return true;
  }
  return false;
}

/**
 * A role word ("librarian", "reference desk") in this sentence is the provider's own: not someone
 * the patron is sent to or who will act ("your school librarian can help", "I've passed your
 * question to our genealogy librarian"), unless the sentence also introduces the provider.
 */
function ownRole(m: Msg, x: Sentence, otherRole = false): boolean {
  if (m.sHas(x, F.selfIntro) || m.sHas(x, F.selfAffiliationLead)) return true;
  // (v11 K1, `otherRoleK1`) "Let me see which librarian knows this best": someone other than who is answering
  if (otherRole && OTHER_ROLE_K1.test(x.n)) return false;
  return !(x.q || m.sHas(x, F.referralVerb) || m.sHas(x, F.referralCanHelp) || m.sHas(x, F.followupPromise));
}
/** (v11 K1) A role word picked out among others: "which librarian", "another librarian", "the right person on our team". */
const OTHER_ROLE_K1 =
  /\b(?:which|whichever|another|other|a different|the right|the best|the appropriate|the relevant|the next available|a more specialized|a subject) (?:[a-z]+ ){0,2}?(?:librarians?|specialists?|staff|staff members?|colleagues?|desk|department|team|person)\b/;

/** Where a long sentence divides into clauses: punctuation, and "and" / "so" / "but" between them. */
const CLAUSE_SPLIT = /[,;:()]+ *| (?:and|so|but|then) /;
const CLAUSE_WORDS = /^(?:and|so|but|then|also|now|please|just)?$/;

/**
 * A long sentence is filler only when every clause of it is: a canned welcome ("I am reading your
 * question now and will be with you in just a moment, so please stay on the chat while I look into
 * this") says nothing more than its parts, while "Thanks for waiting, the branch closes at 9" does.
 */
function longFiller(s: Session, m: Msg, x: Sentence): boolean {
  const fams: number[] = [];
  for (const f of FILLER_FAMILIES) if (m.sHas(x, f) && (f !== F.selfRole || ownRole(m, x))) fams.push(f);
  if (fams.length === 0) return false;
  const P = s.P;
  const clauses = x.body.split(CLAUSE_SPLIT);
  for (const c0 of clauses) {
    const c = c0.trim().replace(/[.!]+$/, '');
    if (CLAUSE_WORDS.test(c) || P.ack.test(c)) continue;
    if (wordCount(c) > FILLER_MAX_WORDS) return false;
    let ok = false;
    for (const f of fams) {
      if (P.list[f]!.test(c)) {
        ok = true;
        break;
      }
    }
    if (!ok && !(P.selfIntro.test(c) && (P.selfAffiliation.test(c) || P.selfRole.test(c) || namesSelf(s, m, m.rawSentences[x.k] ?? '')))) return false;
  }
  return true;
}

/** The message gives an answer: a statement that is more than courtesy (or a source). */
export function givesInfo(s: Session, m: Msg): boolean {
  if (m.role !== 'provider') return false;
  const memo = m.memo;
  if (memo.info === UNSET) memo.info = infoNow(s, m);
  return memo.info;
}

function infoNow(s: Session, m: Msg): boolean {
  if (sourceAt(s, m) >= 0) return true;
  for (const x of m.sentences) {
    if (x.q || m.sHas(x, F.restatement)) continue;
    if (m.sHas(x, F.letMeKnow) && m.sHas(x, F.anythingElse)) continue;
    if (isFiller(s, m, x)) continue;
    // (v44 J16, `stillNeedBackJ16`) "Si todavía necesita ayuda con la multa, escríbanos otra vez.": the need, no answer
    if (s.rubric.stillNeedBackJ16 === true && stillNeedBackJ16(s, m, x)) continue;
    // (v26 A5, `foundItByeA5`) "Glad you found it! Take care.": a goodbye acknowledging the patron's own find
    if (s.rubric.foundItByeA5 === true && x.n.includes('you') && FOUND_IT_A5.test(x.n) && isGoodbye(s, m)) continue;
    return true;
  }
  return false;
}

/**
 * (v26 A5, `foundItByeA5`) A whole sentence that only acknowledges that the patron found the answer alone: "Glad you found
 * it!", "Oh great, so glad you were able to find it.", "Awesome, happy you figured it out!" (normalised).
 */
const FOUND_IT_A5 =
  /^(?:(?:oh|ah|ha|haha|great|good|perfect|awesome|wonderful|excellent|nice|yay|ok|okay|cool|oh good|oh great|oh nice|oh perfect)[ ,!.]+)*(?:im |i am |were |we are )?(?:so |really |very )?(?:glad|happy|great|good|nice|awesome|wonderful) (?:that )?(?:you|u) (?:(?:were able to|was able to|could|managed to) )?(?:found|find|got|get|figured|sorted|tracked|located)(?: it| that| them| this| what you needed| what you were looking for)?(?: out| down)?(?: on your own| yourself| already)?[ !.]*$/;

// ---- sources ---------------------------------------------------------------------------------

/** A navigation path ("Research > Databases"): the steps to reach a page. */
const BREADCRUMB = /[a-z0-9)] ?> ?[a-z0-9(]/;
/**
 * (v67 AG8, `settingsPathAG8`) A path of menu steps from a device's or an app's settings: "Settings > Notifications", "System
 * Preferences > Security", "Ajustes > Notificaciones" (the whole path, each step up to four words).
 */
const SETTINGS_PATH_AG8 = /\b(?:settings|system settings|system preferences|preferences|control panel|ajustes|configuracion)(?: ?> ?[a-z0-9(][a-z0-9 ()&'-]{0,40})+/g;
/** `n` holds a path of menu steps (BREADCRUMB), not counting (v67 AG8) a settings path. */
function breadcrumb(s: Session, n: string): boolean {
  if (!n.includes('>') || !BREADCRUMB.test(n)) return false;
  return s.rubric.settingsPathAG8 !== true || BREADCRUMB.test(n.replace(SETTINGS_PATH_AG8, ' '));
}
const TITLED = /\b(?:called|titled|entitled)\b/;
const QUOTED_TITLE = /["\u201c'\u2018][\p{Lu}\d][^"\u201d'\u2019]{2,80}["\u201d'\u2019]/u;
/**
 * A book named with its author, in the raw text: "Divergent by Veronica Roth", "The Maze Runner
 * by James Dashner". The title is capitalised words (small words allowed inside), the author two
 * or more capitalised words; "Posted by", "read by", "Stop by" and one-word dates are not titles.
 */
const TITLE_BY =
  /(?:^|[^\p{L}\d'\u2019])\p{Lu}[\p{L}\d'\u2019&!?-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d'\u2019&!?-]*|\d+|of|the|a|an|and|in|on|to|for|with|at|from|or|&|is|are|was|who|what|how|my|your|our))*(?<!\b(?:[Pp]osted|[Ww]ritten|[Bb]uilt|[Cc]aused|[Dd]esigned|[Ff]ounded|[Pp]ainted|[Tt]aken|[Gg]iven|[Oo]rgani[sz]ed|[Mm]anaged|[Mm]aintained|[Oo]perated|[Ff]unded|[Ss]upported|[Pp]rovided|[Oo]ffered|[Pp]roduced|[Dd]irected|[Cc]ompiled|[Cc]ollected|[Dd]onated|[Tt]ranslated|[Rr]ecorded|[Pp]resented|[Pp]ut [Oo]n|[Hh]eld|[Kk]ept|[Rr]eviewed|[Rr]ecommended|[Ss]elected|[Cc]hosen|[Pp]icked|[Pp]icks|[Ll]ists?|[Aa]nswered|[Ss]tarted|[Bb]ought|[Ss]old|[Rr]ead|[Nn]arrated|[Ii]llustrated|[Pp]ublished|[Ee]dited|[Cc]reated|[Mm]ade|[Ss]ent|[Rr]un|[Oo]wned|[Ss]igned|[Aa]pproved|[Ss]ponsored|[Hh]osted|[Ll]ed|[Tt]aught|[Dd]one|[Pp]hotos?|[Ss]top|[Dd]rop|[Cc]ome|[Ss]wing|[Gg]o|[Pp]ass|[Ww]alk|[Dd]rive|[Ss]ort|[Ff]ollowed|[Rr]eplaced|[Oo]pen|[Cc]lose|[Cc]losed|[Dd]ue|[Bb]ack|[Rr]eturn|[Rr]enew|[Ss]earch|[Bb]rowse|[Ff]ilter|[Cc]all|[Ee]mail|[Pp]ay|[Aa]nd|[Oo]r|[Tt]he|[Ii]|[Ww]e|[Yy]ou|[Ii]t|[Tt]his|[Tt]hat))[ \t]+by[ \t]+(?:\p{Lu}\.[ \t]*)*\p{Lu}[\p{L}'\u2019-]+(?:[ \t]+\p{Lu}\.)?(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+)+/u;
/**
 * A call number as catalogues print it, in the raw text: Dewey with a cutter ("641.815 FOR") or
 * Library of Congress ("HV5825 .S65"). `callHint` is a cheap first test on the normalised text.
 */
const CALL_NUMBER_RAW = /(?<![\d.$])\d{3}\.\d{1,6} ?(?!(?:AM|PM|FM|KM|MB|KB|GB|USD)\b)[A-Z]{1,4}(?![\p{L}])|\b[A-Z]{1,3} ?\d{1,4}(?:\.\d+)? ?\.[A-Z]\d+\b/u;
/**
 * A place in a publication ("page 42 of A History of Carroll County") or a class number after a
 * shelf word ("shelved at 973.7", "look in the nonfiction 641s"). Both need a digit.
 */
const PAGE_OR_SHELF =
  /\b(?:(?:page|pages|pg|pp) \d+(?:-\d+)? (?:of|in)\b|(?:dewey|shelved|shelf|shelves|stacks|nonfiction|call numbers?) (?:[a-z]+ ){0,3}?(?:at |in |under |number |around )?(?:the )?\d{3}(?:\.\d+)?s?\b)/;
const SHELF_WORDS = ['pag', 'pg ', 'pp ', 'shel', 'stack', 'dewey', 'nonfiction', 'call number'];
function callNumber(raw: string, n: string, s?: Session): boolean {
  if (callHint(n) && CALL_NUMBER_RAW.test(raw)) return true;
  for (const w of SHELF_WORDS) {
    if (!n.includes(w)) continue;
    if (!HAS_DIGIT.test(n)) return false;
    // (v26 A5, `pageAfterYearA5`) "the History of Clinton County (1882), page 214"
    return (
      PAGE_OR_SHELF.test(n) ||
      (s !== undefined &&
        s.rubric.pageAfterYearA5 === true &&
        // (v26 A10, `monthYearPageA10`) not "December (1948), page 12"
        (s.rubric.monthYearPageA10 === true ? PAGE_AFTER_YEAR_A10 : PAGE_AFTER_YEAR_A5).test(raw) &&
        // (v26 A8, `pageTitleA8`) "your Lease (2019), page 3", "Your grandfather, Walter Kaminski (1931), page 2": no title
        !(s.rubric.pageTitleA8 === true && PAGE_NOT_TITLE_A8.test(raw)))
    );
  }
  return false;
}
/**
 * (v26 A5, `pageAfterYearA5`) A page cited after a capitalised title and its year in brackets, in the raw text: "the History
 * of Clinton County (1882), page 214", "Gazetteer of Vermont (1849), pages 37-39". Not a year alone ("the 1882 county history,
 * page 214" names no title).
 */
const PAGE_AFTER_YEAR_A5 = /\p{Lu}[\p{L}'\u2019-]* \((?:1[5-9]|20)\d\d\),? (?:pages?|pg\.?|pp\.?|p\.) ?\d+\b/u;
/**
 * (v26 A8, `pageTitleA8`) A5's year and page after capitalised words that follow a possessive or a comma: the patron's own
 * paper ("your Lease (2019), page 3") or a person in apposition ("Your grandfather, Walter Kaminski (1931), page 2").
 */
const PAGE_NOT_TITLE_A8 = /(?:\b(?:your|my|his|her|their|our)|,)[ \t]+(?:\p{Lu}[\p{L}'\u2019-]*[ \t]+){0,3}\p{Lu}[\p{L}'\u2019-]* \((?:1[5-9]|20)\d\d\),? (?:pages?|pg\.?|pp\.?|p\.) ?\d+\b/u;
/**
 * (v26 A10, `monthYearPageA10`) PAGE_AFTER_YEAR_A5 when the capitalised word is a whole word and no month, day or season:
 * "her obituary ran in December (1948), page 12" names no publication.
 */
const PAGE_AFTER_YEAR_A10 =
  /(?<![\p{L}'\u2019-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Fall|Autumn|Winter)\b)\p{Lu}[\p{L}'\u2019-]* \((?:1[5-9]|20)\d\d\),? (?:pages?|pg\.?|pp\.?|p\.) ?\d+\b/u;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** A dot with three digits before and a digit after ("641.8"), or a space before and a letter and digit after (" .s65"). */
function callHint(n: string): boolean {
  for (let i = n.indexOf('.'); i >= 0 && i + 2 < n.length; i = n.indexOf('.', i + 1)) {
    const b = n.charCodeAt(i + 1);
    if (isDigit(b) && i >= 3 && isDigit(n.charCodeAt(i - 1)) && isDigit(n.charCodeAt(i - 2)) && isDigit(n.charCodeAt(i - 3))) return true;
    if (b >= 97 && b <= 122 && isDigit(n.charCodeAt(i + 2)) && (i === 0 || n.charCodeAt(i - 1) === 32)) return true;
  }
  return false;
}
/** " by " followed by a capital letter: a cheap first test for TITLE_BY. */
const BY_NAME = / by [A-Z\u00c0-\u00de]/;
function titleBy(raw: string, n: string): boolean {
  return n.includes(' by ') && BY_NAME.test(raw) && TITLE_BY.test(raw);
}
/**
 * (v11 K4, `quotedTitleByK4`) A title in double quotes, then "by" and an author of two or more capitalised words
 * ('"Flour Water Salt Yeast" by Ken Forkish'); not a weekday or month after "by" ('click "Renew" by Tuesday March 3').
 */
const QUOTED_TITLE_BY_K4 =
  /["\u201c][\p{Lu}\d][^"\u201c\u201d\n]{1,80}[,.!?]?["\u201d],?[ \t]+by[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:\p{Lu}\.[ \t]*)*\p{Lu}[\p{L}'\u2019-]+(?:[ \t]+\p{Lu}\.)?(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+)+/u;
/** (v11 K4) The patron's request quoted back ("I see you asked whether we own "The Women" by …"): no book given. */
const ASKED_FOR_K4 = /\b(?:you|u) (?:asked|were asking|are asking|re asking|want|wanted|need|needed|are looking|re looking|were looking|requested|mentioned)\b/;
/**
 * A book named with its author, with (v11 K4) a quoted title before "by" (not in a sentence that restates the
 * request; `x` absent: the message-level gate).
 */
function bookBy(s: Session, raw: string, n: string, m?: Msg, x?: Sentence): boolean {
  if (titleBy(raw, n)) return true;
  // (v31 I1, `initialsAuthorI1`) "Wonder by R.J. Palacio"
  if (s.rubric.initialsAuthorI1 === true && initialsAuthorI1(raw, n)) return true;
  if (s.rubric.quotedTitleByK4 !== true || !n.includes(' by ') || !QUOTED_TITLE_BY_K4.test(raw)) return false;
  return m === undefined || x === undefined || !(ASKED_FOR_K4.test(n) || m.sHas(x, F.restatement));
}

/**
 * A sentence that opens by restating the need ("If I've got this right, …", "Just to confirm, …",
 * "In other words, …"). Not "so you'll need…" or "if you're looking for…": those often give the answer.
 */
const RESTATING = /^(?:if (?:i|we|ive|weve) (?:understand|understood|read|have|got)|just so (?:i|we)|(?:just )?to (?:clarify|confirm|make sure)|let me (?:clarify|confirm|make sure)|in other words|(?:it )?sounds like (?:you|u))\b/;
/**
 * (v56 V2, `restateAskV2`) A sentence that restates the patron's question as one ("So you want to know whether we can take a 1985
 * Britannica set", "so you're wondering if …", "So you're asking about …"): what it names is the patron's, not a source given [not
 * "so you'll need …", which often gives the answer].
 */
const RESTATE_ASK_V2 = /^so,? (?:you|u)(?:re| are)? (?:want(?:ed)? to know|wanna know|would like to know|d like to know|wondering|asking) (?:whether|if|how|what|which|when|where|why|who|about)\b/;
/**
 * (v59 Y3, `restateWantY3`) A sentence that restates what the patron is after as an unnamed thing ("So you're after a practical
 * guide for …", "so you're looking for some books on …"): the patron's want, not a source [not "so you'll need a …", and not a
 * thing named with "the", which may be given: "so you're looking for the Chilton manual, which is in …"; not a sentence that goes on
 * to give one: "So you're after a training book, and "The Other End of the Leash" is a favourite here"].
 */
const RESTATE_WANT_Y3 = /^so,? (?:you|u)(?:re| are)? (?:after|looking for|hoping for|hoping to find|trying to find|searching for) (?:a|an|some|any)\b(?![^.!?]*(?:, (?:and|but|which|so|then|here|try)\b|[;:"]| by [a-z]))/;
/**
 * (v68 AH15, `restateTryingAH15`) A sentence that restates what the patron is trying to do ("So you're trying to identify the
 * studio that made your church's altar windows, for the anniversary booklet — got it."): the patron's own things named in it are no
 * source [not "So you're trying to find …" (Y3's), nor with a clause that goes on to give something: "…, and the guide is …", "…:
 * try …"].
 */
const RESTATE_TRYING_AH15 =
  /^(?:(?:ok|okay|alright|right),? )?so,? (?:you|u)(?:re| are) (?:trying|hoping|wanting|looking|aiming|working|planning) to (?!find\b)[a-z]+\b(?![^.!?]*(?:, (?:and|but|which|so|then|here|try)\b|[;:"]| at [a-z0-9]| ?-+ ?(?!(?:got it|gotcha|right|correct|ok|okay|is that right|did i get that right|yes|have i got that right)\b)[a-z]))/;

/**
 * (v73 AM8, `searchToComeAM8`) A sentence that opens with the provider's own search to come, in the first person after "así / y /
 * entonces / luego": "Así busco en el catálogo de su biblioteca", "Y le reviso la lista", "Así puedo buscar …" (not "así lo busca
 * usted", not a sentence that goes on after a colon, a semicolon or a quoted title: "Así busco en el catálogo: «La casa en Mango
 * Street» está disponible").
 */
const SEARCH_TO_COME_AM8 =
  /^(?![^.!?]*[:;«»"\u201C\u201D])(?:(?:ok|okay|bueno|vale|perfecto),? )?(?:asi|y|entonces|luego|despues),? (?:(?:le|lo|la|los|las|se lo|se la) )?(?:busco|reviso|verifico|consulto|investigo|averiguo|buscare|revisare|consultare|verificare|(?:puedo|podre) (?:buscar|revisar|verificar|consultar|investigar|averiguar))\b/;

/**
 * (v73 AM9, `sympathyAM9`) A sentence that is only sympathy, with no clause after it: "Sorry to hear about the yearbook!", "Oh no,
 * so sorry about your grandmother's quilt.", "Lo siento mucho por su álbum." [not "Sorry about the wait, the 1968 yearbook is
 * in …"].
 */
const SYMPATHY_AM9 =
  /^(?:(?:oh|aw|aww|ah|ugh) (?:no|dear|man|wow),? )?(?:(?:i am|im|i m|we are|were|so|very|really|truly) )*sorry (?:to hear (?:about |that )?|about |for |that )[^,;:!?.]*[.!]*$|^(?:oh no|oh dear|what a shame|lo siento(?: mucho)?|cuanto lo siento|que pena|que lastima)\b[^,;:!?.]*[.!]*$/;

/** A source in this sentence: URL/domain, a contact for a referral, or a named resource. */
function sentenceSource(s: Session, m: Msg, x: Sentence, mc: Contacts, title: boolean, call: boolean, shape = false): boolean {
  const P = s.P;
  const n = x.n;
  if (mc.url || mc.email || mc.phone) {
    const c = contactsIn(s, n);
    if (
      c.url &&
      !(s.rubric.chatLinkBackO4 === true && chatLinkOnlyO4(s, m, x)) &&
      !(s.rubric.askedDomainK3 === true && x.q && askedDomainK3(s, n) && !(s.rubric.askedDomainNarrowL2 === true && !askedFromL2(n))) &&
      // (v35 G3, `confirmSiteG3`) "Is it the site metrodailywire.com?": the patron's site confirmed, not a source given
      !(s.rubric.confirmSiteG3 === true && x.q && confirmSiteG3(s, m, n) && !(s.rubric.confirmSiteNamedE3 === true && unnamedSiteE3(s, m, n)))
    )
      return true;
    if (
      (c.email || c.phone) &&
      (!P.patronContactContext.test(n) || (s.rubric.referralPhoneSourceQ2 === true && refersPatron(s, m, x))) &&
      !(s.rubric.ownContactNotSourceP === true && ownContact(m, x) && !(
        s.rubric.referralInviteI2 === true &&
        // (v39 E14, `ownContactWideE14`) "Llame a CASA al 301-…, o llámenos al 410-…": CASA's number besides the library's own
        ((s.rubric.ownContactWideE14 === true && otherContactE14(s, n)) || (!OWN_CONTACT_P.test(n) && !OUR_LINE_J1.test(n) && !(s.rubric.ownContactEsG14 === true && OWN_CONTACT_ES_G14.test(n)))) &&
        (refersPatron(s, m, x) ||
          // (v40 E19, `ownContactNextE19`) "Comuníquese con la Oficina de Vivienda. Su número es el 240-…, o llámenos al 410-…"
          (s.rubric.ownContactNextE19 === true && partyNumberNextE19(s, m, x, (y) => refersPatron(s, m, y))))
      )) &&
      // (v39 E14, `ownContactWideE14`) the sentence's only number or e-mail is the library's own ("…, comuníquese con nosotros al …")
      !(s.rubric.ownContactWideE14 === true && ownOnlyE14(s, n)) &&
      // (v48 N2, `ownContactReadBackN2`) "614-555-0143, thanks.": the sentence's only number or e-mail is the patron's own, read back
      !(s.rubric.ownContactReadBackN2 === true && ownContactOnlyN2(s, m, x)) &&
      // (v25 Z4) "-- Grace, Ask Us Now!, Enoch Pratt Free Library, 410-396-5430": the signature's own contact
      !(s.rubric.signatureContactZ4 === true && signatureContactZ4(s, m, x))
    )
      return true;
  }
  // (v29 D3, `initialQuestionD3`) "… in the catalog at 551.55 R. Will those work…?": the statement before the letter
  if (x.q) return initialQuestionD3(s, m, x);
  // "Let me check WorldCat" announces a look-up; it gives the patron nothing yet.
  // (v29 D3, `holdClauseSourceD3`) unless a statement naming a resource comes before the hold ("… in WorldCat so far, still checking")
  if ((m.sHas(x, F.hold) || m.sHas(x, F.holdWeak)) && !holdClauseSourceD3(s, m, x)) return false;
  // (v73 AM8, `searchToComeAM8`) "Así busco en el catálogo de su biblioteca.": where the provider will look, nothing given yet
  if (s.rubric.searchToComeAM8 === true && SEARCH_TO_COME_AM8.test(x.n)) return false;
  // (v73 AM9, `sympathyAM9`) "Sorry to hear about the yearbook!": sympathy for the patron's own thing, nothing given
  if (s.rubric.sympathyAM9 === true && SYMPATHY_AM9.test(x.n)) return false;
  // (v44 J16, `stillNeedBackJ16`) "If you still need the atlas, please come back anytime!": the need, no source
  if (s.rubric.stillNeedBackJ16 === true && stillNeedBackJ16(s, m, x)) return false;
  // (v20 T4, `transferNoSourceT4`) "I'm transferring you to her; she'll know PubMed best.": the colleague's strength
  // (v20 T8) not when the sentence says where the item is: "the article is in CINAHL Complete"
  if (s.rubric.transferNoSourceT4 === true && m.sHas(x, F.transferNotice) && !USE_WORDS_T4.test(n) && !WHERE_WORDS_T8.test(n)) return false;
  // (v30 F3, `appStoreF3`) an app with where to get it: "download it free from the App Store or Google Play"
  if (s.rubric.appStoreF3 === true && appStoreF3(n)) return true;
  if (!namedSource(s, m, x, title, call, shape)) return false;
  // "If I've got this right, you want last year's booklet": the need restated, not a source given
  // (v56 V2, `restateAskV2`) "So you want to know whether we can take a 1985 Britannica set as a donation": the question restated
  // (v59 Y3, `restateWantY3`) "So you're after a practical guide for a family member …": the patron's want restated, no source
  return !(
    (RESTATING.test(x.body) || (s.rubric.restateAskV2 === true && RESTATE_ASK_V2.test(x.body)) || (s.rubric.restateWantY3 === true && RESTATE_WANT_Y3.test(x.body)) || (s.rubric.restateTryingAH15 === true && RESTATE_TRYING_AH15.test(x.body))) &&
    m.sHas(x, F.restatement)
  );
}

/** (v20 T8, within `transferNoSourceT4`) Words saying where the item the patron wants is: "is in", "available through", "you'll find it in". */
const WHERE_WORDS_T8 = /\b(?:is|are|its|theyre)\b(?<!\b(?:she|he|who|they|librarian|librarians|colleague|specialist|liaison) (?:is|are)) (?:(?:all|also|only) )?(?:in|on|through|via)\b(?! (?:chat|duty|shift|call|break|today|now|right now|the desk|desk|leave|vacation|the office|the building)\b)|\bavailable (?:in|on|through|via|from)\b|\b(?:youll|you will|you can|you could) find\b|\bfind (?:it|them) in\b|\bindexed in\b/;
/** (v20 T4, `transferNoSourceT4`) Words telling the patron to use a resource now: "in the meantime try PubMed", "search …". */
const USE_WORDS_T4 = /\b(?:try|search|use|using|check out|look (?:in|at|through)|start (?:with|in|from)|go to|head to|meanwhile|in the meantime|open|click|log in|login|sign in|download)\b/;

/**
 * (v15 O4, `chatLinkBackO4`) A web address given as the chat's own way back: "start a new chat at ridgeportlibrary.org/ask",
 * "chat with us again at …", "reach us on chat at …" (the address right after the chat words).
 */
const CHAT_LINK_O4 = /\bchat(?: with us| with me)?(?: again)?(?: (?:anytime|any time))? (?:at|on|via|through) (?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s]*)?/g;
/** (v25 Z8, `chatLinkParenZ8`) CHAT_LINK_O4, and the address in brackets as Z1's Markdown links read: "start a new chat (https://…/ask)". */
const CHAT_LINK_Z8 = /\bchat(?: with us| with me)?(?: again)?(?: (?:anytime|any time))? (?:(?:at|on|via|through) |\()(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s)]*)?\)?/g;
/** (v15 O4) Sentence `x` invites the patron back and its only web addresses are the chat's own (`CHAT_LINK_O4`). */
function chatLinkOnlyO4(s: Session, m: Msg, x: Sentence): boolean {
  const n = x.n;
  if (!n.includes('chat') || !m.sHas(x, F.inviteBack)) return false;
  const rest = n.replace(s.rubric.chatLinkParenZ8 === true ? CHAT_LINK_Z8 : CHAT_LINK_O4, ' ');
  return rest !== n && !contactsIn(s, rest).url;
}

/** (v25 Z4, `signatureContactZ4`) A signature line: a dash or tilde, a capitalised name, a comma and an affiliation (longer than v6's). */
const SIGNATURE_Z4 = /^[ \t]*(?:-{1,2}|~|\u2013|\u2014)[ \t]*(\p{Lu}[\p{L}'\u2019-]+)(?:[ \t]+\p{Lu}[\p{L}'\u2019-]*\.?)?[ \t]*,[^\n]{2,140}$/u;
/** (v25 Z8, `signatureOrgZ8`) A signature line's "name" that is a place's: "- Arbutus Branch, …", "-- Circulation Desk, …". */
const SIGNATURE_ORG_Z8 = /^(?:-{1,2}|~|\u2013|\u2014)[ \t]*\p{Lu}[\p{L}'\u2019-]*[ \t]+(?:Branch|Library|Libraries|Office|Center|Centre|Desk|Department|Dept\.?|Services|Clinic|Court|Archives|County|City|Society|Museum|Hospital|University|College|School|Authority|Agency|Bureau)[ \t]*,/u;
/** (v25 Z4) Words of a library or the chat service in a signature line's affiliation. */
const SIGNED_FOR_Z4 = /\b(?:library|libraries|librarian|librarians|reference|ask|askusnow|chat|knowitnow)\b/;
/**
 * (v25 Z4, `signatureContactZ4`) Sentence `x` is the message's closing signature line (not the last item of a list, not
 * the patron's name), and no other sentence of the message refers the patron to someone: its e-mail or phone is the
 * provider's own.
 */
function signatureContactZ4(s: Session, m: Msg, x: Sentence): boolean {
  const raws = m.rawSentences;
  if (x.k !== raws.length - 1 || LIST_LINES.test(m.raw)) return false;
  const sig = SIGNATURE_Z4.exec(raws[x.k]!.trimStart());
  if (sig === null) return false;
  const w = sig[1]!.toLowerCase();
  // (v25 Z8, `signatureOrgZ8`) "- Arbutus Branch, Baltimore County Public Library, 410-…": a place's line, not a person's signature
  if (s.rubric.signatureOrgZ8 === true && SIGNATURE_ORG_Z8.test(raws[x.k]!.trimStart())) return false;
  // (v25 Z10, `sharedNameZ10`) the patron's name is the provider's too when the provider's name field or the author has it
  if (NAME_STOP.has(w) || (patronNames(s).has(w) && !(s.rubric.sharedNameZ10 === true && providerHasNameZ10(s, m, w)))) return false;
  // the provider's own name, or a library or the service after it (not a last line "- Legal Aid, 410-…")
  if (!SIGNED_FOR_Z4.test(x.n) && !ownNamesOf(s, m).includes(w)) return false;
  return !m.sentences.some((y) => y !== x && refersPatron(s, m, y));
}

/** (v25 Z10, `sharedNameZ10`) `w` (lower case) is a name of the provider's name field or of the message's author. */
function providerHasNameZ10(s: Session, m: Msg, w: string): boolean {
  const p = s.t.provider as { name?: unknown } | null | undefined;
  return [...nameTokens(p?.name), ...nameTokens(m.author)].some((t) => t.toLowerCase() === w);
}

/** (v9 P, `ownContactNotSourceP`) "call us at …", "email me at …": the service's own contact, to come back to. */
const OWN_CONTACT_P = /\b(?:call|email|e mail|text|phone|ring|reach|contact|write to|message|get in touch with) (?:us|me)\b/;
/**
 * (second wave J1, `referralInviteI2`) The sentence labels its number as the library's own: "our number is …", "…, our
 * line is …", "…, the library's reference line" ("Ask your landlord too, and our number is 410-… if you want to come back").
 */
const OUR_LINE_J1 = /\b(?:our|the librarys|the library s) (?:[a-z]+ )?(?:number|line|phone|phone number|hotline|helpline|text line)\b/;
/** (v9 P) A desk, department, office or branch of the library is someone to be referred to, even as "us". */
const OWN_UNIT_P = /\b(?:desk|department|dept|office|branch|team|unit|services)\b/;
/** (v9 P) The sentence's e-mail or phone is the service's own, given as a way back ("call us anytime at …"). */
function ownContact(m: Msg, x: Sentence): boolean {
  const n = x.n;
  return (m.sHas(x, F.inviteBack) || OWN_CONTACT_P.test(n)) && !OWN_UNIT_P.test(n);
}

/** (v25 Z2) A capitalised title word, as v5's sourceShapes read one. */
const TITLE_WORD_Z2 = "[A-Z\\u00c0-\\u00de][A-Za-z\\u00c0-\\u024f\\d'\\u2019&:-]*";
/**
 * (v25 Z2, `thisTitleZ2`) "Try this book: Zinn and the Art of Mountain Bike Maintenance": a capitalised title after "this /
 * that / one / our <book noun>" and a colon or a dash (not a pronoun or a weekday: "this book: It is on the shelf").
 */
const THIS_TITLE_Z2 = new RegExp(
  `\\b(?:[Tt]his|[Tt]hat|[Oo]ne|[Oo]ur) (?:(?:great|good|new|lovely|fun|short|easy) )?(?:novel|memoir|book|cookbook|biography|audiobook|anthology|title)(?::|[ \\t]+[-\\u2013\\u2014])[ \\t]+(?!(?:I|I'm|I'll|I've|It|It's|Its|This|That|These|Those|They|There|You|We|He|She|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)${TITLE_WORD_Z2}(?:[ \\t]+(?:${TITLE_WORD_Z2}|(?:of|the|a|an|and|in|on|to|for|with|is|are|your|my|our|from|at|\\d+)))*(?![A-Za-z\\u00c0-\\u024f\\d'\\u2019&:-])`,
);
/** (v25 Z10, `titleLeadZ10`) A word that opens an answer, not a title, after "that book -" ("Sadly, none of our branches…"), no capitalised word after it. */
const ANSWER_LEAD_Z10 = /^(?:Sadly|Unfortunately|Sorry|Alas|Yes|Yeah|Yep|No|Nope|Ok|Okay|Well|Actually|Hmm|Apparently|Luckily|Fortunately|Regrettably|Currently|Sure|Afraid|Checked|Thanks|Please)\b(?![ \t]+\p{Lu})/u;
/** (v25 Z2, `thisTitleZ2`) THIS_TITLE_Z2 in `raw` (with Z10, not on a word opening an answer). */
function thisTitle(s: Session, raw: string): boolean {
  const x = THIS_TITLE_Z2.exec(raw);
  if (x === null || s.rubric.titleLeadZ10 !== true) return x !== null;
  const after = raw.slice(x.index).replace(/^[^:\u2013\u2014-]*[:\u2013\u2014-][ \t]+/, '');
  // (a title goes on in capitals: "No Country for Old Men", "Yes Please")
  return !ANSWER_LEAD_Z10.test(after);
}
/** (v25 Z2) "beloved by toni morrison, got it.": a title and its author, then only an acknowledgement (the author in group 1). */
const TITLE_ECHO_Z2 = /^(?:(?:ok|okay|so|alright|right|sure),? )?[^,;:!?]{2,120} by ([a-z'.-]+(?: [a-z'.-]+){0,3}), (?:got it|gotcha|ok|okay|noted|understood|sure|perfect|great)[.! ]*$/;
/**
 * (v25 Z2, `titleEchoZ2`) Sentence `x` only echoes the book the patron asked for: `TITLE_ECHO_Z2`, and the author's last
 * name is in a patron message before `m`.
 */
function titleEchoZ2(s: Session, m: Msg, x: Sentence): boolean {
  const e = TITLE_ECHO_Z2.exec(x.n);
  if (e === null) return false;
  const last = e[1]!.slice(e[1]!.lastIndexOf(' ') + 1).replace(/[.']+$/, '');
  if (last.length < 3) return false;
  const word = new RegExp(`\\b${last.replace(/\./g, '\\.')}\\b`);
  // (v25 Z10, `echoTitleZ10`) and a word of the title too: not "Eventide by Kent Haruf, sure!" to "more by kent haruf?"
  const title = s.rubric.echoTitleZ10 === true ? titleWordsZ10(x.n.slice(0, x.n.lastIndexOf(' by ' + e[1]!))) : null;
  for (const p of s.patron) if (p.pos < m.pos && word.test(p.n) && (title === null || title.length === 0 || title.some((t) => new RegExp(`\\b${t}\\b`).test(p.n)))) return true;
  return false;
}
/** (v25 Z10) The words of an echoed title that may tell it (three letters or more, not an article or a lead). */
function titleWordsZ10(t: string): string[] {
  return t.split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !/^(?:the|and|okay|alright|right|sure)$/.test(w));
}

/**
 * (v63 AC6, `ideaEchoAC6`) A sentence that only praises what the patron proposed: "Sanborn maps are a great idea.", "Oh, the city
 * directories would be a good thought!", "ooh yearbooks r a good idea!!" (the subject in group 1: up to four words).
 */
const IDEA_ECHO_AC6 =
  /^(?:(?:oh|ah|ooh|yes|yep|yeah|ok|okay|so|and|great|nice|good thinking),? )*((?:[a-z0-9'&-]+ ){0,3}[a-z0-9'&-]+) (?:is|are|r|would be|would make|sounds like|sound like)(?: (?:definitely|actually|really|totally))?(?: (?:a|an))?(?: (?:really|very|definitely|totally))? (?:great|good|smart|fine|wonderful|excellent|solid|perfect|brilliant|clever|sensible) (?:idea|thought|suggestion|tip|lead|instinct|hunch|guess)[.! ]*$/;
/**
 * (v63 AC6) Sentence `x` of `m` is `IDEA_ECHO_AC6` and every word of its subject (three letters or more, not "the") is in one
 * patron message before `m`: the provider approves the patron's own idea ("someone said sanborn maps??" "Sanborn maps are a great
 * idea."), giving no source [not "Ancestry Library Edition is a great idea" to a patron who never named it].
 */
function ideaEchoAC6(s: Session, m: Msg, x: Sentence): boolean {
  const e = IDEA_ECHO_AC6.exec(x.n);
  if (e === null) return false;
  const words = e[1]!.split(' ').filter((w) => w.length >= 3 && w !== 'the' && w !== 'your' && w !== 'those' && w !== 'these' && w !== 'that' && w !== 'this');
  if (words.length === 0) return false;
  const res = words.map((w) => new RegExp(`\\b${w.replace(/[^a-z0-9]/g, (c) => `\\${c}`)}\\b`));
  for (const p of s.patron) if (p.pos < m.pos && res.every((re) => re.test(p.n))) return true;
  return false;
}

/**
 * (v63 AC12, `inMindAC12`) A resource the provider has in mind and does not name: "The newspaper database I have in mind needs
 * one.", "the guide I'm thinking of" [not with its name in the sentence: a known resource or a capitalised title is read before].
 */
const IN_MIND_AC12 = /\b(?:databases?|sites?|websites?|guides?|books?|resources?|collections?|indexes|index|tools?|apps?|sources?) (?:that |which )?(?:i have in mind|i had in mind|ive got in mind|i have got in mind|im thinking of|i am thinking of|i was thinking of|im thinking about|i am thinking about)\b/;

/**
 * (v64 AD2, `genericResourceAD2`) A resource noun after a word that names none: "each company's database", "every shipping line's
 * database", "any database", "which site", "another guide" (up to two words between).
 */
const GENERIC_AD2 = /\b(?:each|every|any|which|whose|another|some|other) (?:[a-z']+ ){0,2}(?:databases?|sites?|websites?|guides?|resources?|catalogs?|catalogues?|indexes|index)\b/g;
/**
 * (v64 AD2) Every `namedResource` match of sentence `x` lies inside a `GENERIC_AD2` phrase: the sentence names no resource ("The
 * size of each company's database there matters.").
 */
function genericOnlyAD2(m: Msg, x: Sentence): boolean {
  const spans: [number, number][] = [];
  for (const g of x.n.matchAll(GENERIC_AD2)) spans.push([g.index, g.index + g[0].length]);
  if (spans.length === 0) return false;
  let after = 0;
  let r: RegExpExecArray | null;
  let seen = false;
  while ((r = m.execFrom(x, F.namedResource, after)) !== null) {
    seen = true;
    const at = r.index;
    if (!spans.some(([a, b]) => at >= a && at < b)) return false;
    after = r.index + Math.max(1, r[0].length);
  }
  return seen;
}

/** A named resource in this sentence: a database, the catalogue, a guide, a book, a page with the steps to it. */
/** (v68 AH7) The kinds of reference book AH7 reads by their title, in normalised text. */
const MANUAL_HINT_AH7 = /\b(?:manuals?|handbooks?|atlas|atlases|encyclopa?edias?|almanacs?|sourcebooks?)\b/;
/**
 * (v68 AH7) As written: a title of capitalised words (a year may open it; "of", "and", "for", "the" inside it) ending in "Manual",
 * "Handbook", "Atlas", "Encyclopedia", "Almanac" or "Sourcebook", capitalised: "the 1964 Plymouth Service Manual", "the Chicago
 * Manual of Style" (its first group the title's first word).
 */
const TITLED_MANUAL_AH7 =
  /(?<![\p{L}\d'\u2019])(?:(?:1[6-9]|20)\d\d[ \t]+)?(\p{Lu}[\p{L}\d'\u2019&-]*)(?:[ \t]+(?:\p{Lu}[\p{L}\d'\u2019&-]*|of|and|&|for|to|the|\d{4}))*?[ \t]+(?:Manual|Handbook|Atlas|Encyclopedia|Encyclopaedia|Almanac|Sourcebook)s?(?![\p{L}])/u;
/** (v68 AH7) The library has not got it, or it is not found: "we don't have the …", "I couldn't find the …". */
const NOT_HELD_AH7 =
  /\b(?:dont|doesnt|do not|does not|didnt|did not|no longer|cant|cannot|couldnt|could not|not|never|no|none of|nobody|no one|neither)\b[^.;!?]{0,30}?\b(?:have|has|had|own|owns|carry|carries|hold|holds|find|found|stock|locate|get|compiled|published|made|written)\b|\b(?:theres no|there is no|there was no|went missing|is missing|are missing|was lost|were lost|out of print|used to (?:have|own|hold|carry)|withdrawn|weeded|discarded|deaccessioned)\b/;
/**
 * (v68 AH18, `toComeAH18`) A guide, list or handout the provider or a colleague will make or can make: "can put together a short
 * concert-going guide for you", "I'll compile a reading list", "she could make you a packet".
 */
const TO_COME_AH18 =
  /\b(?:can|could|will|would|ll|d|to|going to|gonna|happy to|glad to) (?:put together|make|compile|write up|draw up|prepare|create|assemble|pull together|type up|build)(?: (?:you|u|for you|for u))? (?:a|an|some|your own)(?: [a-z-]+){0,3}? (?:guides?|lists?|handouts?|packets?|booklets?|bibliograph(?:y|ies)|reading lists?|pathfinders?|tip sheets?)\b/;
/**
 * (v68 AH7, `titledManualAH7`) Sentence `raw` names a reference book by its title (`TITLED_MANUAL_AH7`), the title not just a
 * capital opening the sentence ("Manual transmissions are rare", "Atlas Van Lines"), and the sentence does not say it is not held.
 */
function titledManualAH7(n: string, raw: string): boolean {
  const t = TITLED_MANUAL_AH7.exec(raw);
  if (t === null || NOT_HELD_AH7.test(n)) return false;
  // one capitalised word at the sentence's start before the kind may be the sentence's capital only
  return raw.slice(0, t.index).trim() !== '' || t[0].trim().split(/[ \t]+/).length > 2;
}

function namedSource(s: Session, m: Msg, x: Sentence, title: boolean, call: boolean, shape = false): boolean {
  const n = x.n;
  // (v63 AC6, `ideaEchoAC6`) "Sanborn maps are a great idea." to "someone said sanborn maps??": the patron's own idea approved
  if (s.rubric.ideaEchoAC6 === true && ideaEchoAC6(s, m, x)) return false;
  if (m.sHas(x, F.knownResource)) return true;
  // (v6) "Rob at Millbrook Town Archives": the provider's own department, in the introduction
  // (v29 D3, `formatOnlyD3`) not "we have it on microfilm" (a format, no resource named)
  if (
    m.sHas(x, F.namedResource) &&
    // (v63 AC12, `inMindAC12`) not "The newspaper database I have in mind needs one.": a resource the provider has not named yet
    !(s.rubric.inMindAC12 === true && IN_MIND_AC12.test(n)) &&
    // (v68 AH18, `toComeAH18`) not "our music librarian can put together a short concert-going guide for you": a guide still to be
    // made, when nothing else in the sentence names a resource
    !(s.rubric.toComeAH18 === true && TO_COME_AH18.test(n) && !s.P.namedResource.test(n.replace(TO_COME_AH18, ' ')) && !m.sHas(x, F.knownResource)) &&
    // (v64 AD2, `genericResourceAD2`) not "The size of each company's database there matters.": no resource named
    !(s.rubric.genericResourceAD2 === true && genericOnlyAD2(m, x)) &&
    !(s.rubric.introDepartmentNotSource === true && ownDepartment(s, m, x)) &&
    !formatOnlyD3(s, m, x) &&
    // (v32 M2, `notInCatalogM2`) not "The camera kits are new and not in the catalogue yet"
    !(s.rubric.notInCatalogM2 === true && notInCatalogM2(s, n))
  )
    return true;
  // (v32 M2, `titleOnAppM2`) "Vogue Knitting is on Libby": a magazine named where to read it
  if (s.rubric.titleOnAppM2 === true && m.sHas(x, F.appName) && titleOnAppM2(m.rawSentences[x.k] ?? '')) return true;
  if (breadcrumb(s, n)) return true;
  if ((m.sHas(x, F.webPage) || m.sHas(x, F.appName)) && s.P.webSteps.test(n)) return true;
  // (v36 G8, `namedMapG8`) "the Maryland Bicycle Map from the State Highway Administration shows …": a map by its title
  // (v37 E6, `namedMapE6`) more kinds of map; not a song, game, shop or feature, nor a map out of stock
  if (s.rubric.namedMapG8 === true && (s.rubric.namedMapE6 === true ? namedMapE6(n, m.rawSentences[x.k] ?? '', s.rubric.mapEventE8 === true) : namedMapG8(n, m.rawSentences[x.k] ?? ''))) return true;
  // (v68 AH7, `titledManualAH7`) "We have the 1964 Plymouth Service Manual in the reference collection"
  if (s.rubric.titledManualAH7 === true && MANUAL_HINT_AH7.test(n) && titledManualAH7(n, m.rawSentences[x.k] ?? '')) return true;
  const shapes = s.P.sourceShapes;
  // A title in quotes next to a resource noun ("the book 'Living Well with AFib'"); from rubric v5
  // not a quoted button label ('click "Place hold" to reserve one of the copies'), and also a
  // title without quotes after the noun ("the novel The Giver") or before its edition, and a
  // fiction call number ("FIC PAT": v5's resourceNoun has their first words, so that this runs
  // only where they are).
  if (m.sHas(x, F.resourceNoun)) {
    if (TITLED.test(n)) return true;
    const raw = m.rawSentences[x.k] ?? '';
    if (QUOTED_TITLE.test(raw) && (shapes === null || QUOTED_TITLE.test(raw.replace(shapes.label, ' ')))) return true;
    if (shapes !== null && (shapes.title.test(raw) || (n.includes('edition') && shapes.edition.test(raw)) || shapes.callNumber.test(raw))) return true;
    // (v25 Z2, `thisTitleZ2`) "Try this book: Zinn and the Art of Mountain Bike Maintenance."
    if (s.rubric.thisTitleZ2 === true && (n.includes(':') || n.includes(' -')) && thisTitle(s, raw)) return true;
  }
  // A book with its author ("Divergent by Veronica Roth"), a call number ("641.815 FOR"), a page.
  // (v25 Z2, `titleEchoZ2`) not "Beloved by Toni Morrison, got it.", the patron's request echoed
  if (title && bookBy(s, m.rawSentences[x.k] ?? '', n, m, x) && !(s.rubric.titleEchoZ2 === true && titleEchoZ2(s, m, x))) return true;
  if (shape && bookShapeN1(m, m.rawSentences[x.k] ?? '', n)) return true;
  // (v31 I1, `noveListI1`) "NoveList, in our online databases, will give you read-alikes"
  // (J3) not where the sentence says the library lacks it or it is down: "Sorry, we don't subscribe to NoveList", "NoveList
  // is down for maintenance tonight", "Our NoveList subscription was cancelled", "Lo siento, ya no tenemos NoveList"
  if (s.rubric.noveListI1 === true && (m.rawSentences[x.k] ?? '').includes('NoveList') && !NOVELIST_GONE_J3.test(n)) return true;
  if (call && callNumber(m.rawSentences[x.k] ?? '', n, s)) return true;
  // (v29 D3, `newspaperItemD3`) "a 1927 Times-Picayune item about a kitchen fire"
  // (v48 N11, `newspaperCiteN11`) "a 1951 Cecil Whig article", "Pueblo Chieftain, May 11, 1988, page 6B"
  // (v48 N12, `citedWorkN12`) "Landex (the county's paid records site)", "McCall's Needlework & Crafts back issues", "Alvarez,
  // Teaching Reading in the Middle Grades, 3rd ed."
  // (v61 AA8, `periodicalAA8`) "the Baltimore and Ohio Employes Magazine", "the ICC's monthly accident bulletins"
  return (
    newspaperItemD3(s, m, x) ||
    (s.rubric.newspaperCiteN11 === true && newspaperCiteN11(m, x, s.rubric.paperNamesO2 === true)) ||
    (s.rubric.citedWorkN12 === true && citedWorkN12(m, x, s.rubric.paperNamesO2 === true)) ||
    (s.rubric.periodicalAA8 === true && PERIODICAL_WORD_AA8.test(n) && PERIODICAL_AA8.test(m.rawSentences[x.k] ?? '') && !NOT_HAD_AA8.test(n))
  );
}

/** (v61 AA8) PERIODICAL_AA8's kinds in normalised text: the cheap test before it. */
const PERIODICAL_WORD_AA8 = /magazine|journal|bulletin|newsletter|gazette|quarterly|yearbook|almanac|almanaque|digest|annual report|annals|proceedings|transactions|revista|gaceta|boletin|anuario/;
/** (v61 AA8) The sentence says the periodical is not to be had: "we don't carry …", "I couldn't find it", "no longer get". */
const NOT_HAD_AA8 = /\b(?:dont|do not|doesnt|does not|didnt|did not|cant|cannot|can not|couldnt|could not|no longer|never|not) (?:have|has|carry|carries|subscribe|subscribes|find|found|get|gets|own|owns|hold|holds|stock|stocks|keep|keeps|access)\b/;

/**
 * (v61 AA8, `periodicalAA8`) A periodical by its title in the raw text: one to six capitalised words (the first no determiner;
 * "and", "of", "the", "for" or "&" between them), then Magazine, Journal, Bulletin(s), Newsletter, Gazette, Quarterly, Yearbook,
 * Almanac or Digest ("the Baltimore and Ohio Employes Magazine", "Reader's Digest"); or an agency's by its initials and a
 * possessive, then up to three words and the kind ("the ICC's monthly accident bulletins", "the DNR's annual reports"); or the
 * kind first, then "of" and a capitalised name ("the Journal of the American Medical Association", "the Bulletin of the Atomic
 * Scientists"), or in Spanish ("el Almanaque Mundial", "la Revista de Occidente", "la Gaceta Oficial"); not a "Bullet Journal" or
 * a "Bulletin Board".
 */
const PERIODICAL_AA8 =
  /(?<![\p{L}\p{N}])(?!(?:The|A|An|Our|Your|This|That|These|Those|My|Their|Its|His|Her|Each|Every|Any|Some)\b)\p{Lu}[\p{L}\p{N}&.'\u2019-]*[ \t]+(?:(?:(?:and|of|the|for|&)[ \t]+)?\p{Lu}[\p{L}\p{N}&.'\u2019-]*[ \t]+){0,5}(?:Magazine|Journal|Bulletins?|Newsletter|Gazette|Quarterly|Yearbook|Almanac|Digest)(?![\p{L}\p{N}])(?<!Bullet[ \t]+Journal)(?![ \t]+Boards?\b)|(?<![\p{L}\p{N}])\p{Lu}{2,}['\u2019]s[ \t]+(?:\p{Ll}+[ \t]+){0,3}(?:magazines?|journals?|bulletins|newsletters|gazettes?|yearbooks?|annual reports)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:Journal|Bulletin|Annals|Proceedings|Transactions)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}|(?<![\p{L}\p{N}])(?:Almanaque|Revista|Gaceta|Bolet[ií]n|Anuario)[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?\p{Lu}/u;

/**
 * (v24 Y10, `introClauseSourceY10`) An introduction sentence that goes on with a clause of its own after a comma or a
 * semicolon ("im sue from the archives team, and the archives hub entry for … has the box list").
 */
const CLAUSE_ON_Y10 = /(?:, (?:and|but|so|plus)|;) (?:the|our|your|their|its|it|they|this|that|these|those|you|u)\b/;
/** Department words that name where the provider works when they introduce themselves. */
const OWN_DEPARTMENT = /\b(?:special|digital) collections?\b|\barchives?\b/g;
/**
 * (v6) The resource nouns of introduction `x` are only the provider's department ("This is Rob at
 * the Town Archives", "special collections librarian at Cambria University").
 */
function ownDepartment(s: Session, m: Msg, x: Sentence): boolean {
  if (x.q) return false;
  const k = selfIdentifies(s, m);
  // (v24 Y1, `laterIntroY1`) or a later introduction of the provider in the same message ("Hello, thanks for contacting
  // Liverpool Libraries. I'm Chris, in the Archives and Family History team.")
  if (k !== x.k && !(s.rubric.laterIntroY1 === true && k >= 0 && k < x.k && m.sHas(x, F.selfIntro) && !(s.rubric.introClauseSourceY10 === true && CLAUSE_ON_Y10.test(x.n)))) return false;
  const P = s.P;
  return !P.namedResource.test(x.n.replace(OWN_DEPARTMENT, ' '));
}

/** Sentence giving a source (info.source), -1 if none. */
export function sourceAt(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  const memo = m.memo;
  if (memo.source === UNSET) {
    memo.source = sourceNow(s, m);
    // (v39 E12, `citationAcrossE12`) a State's code cited across the sentences its abbreviations cut
    if (memo.source < 0 && s.rubric.citationAcrossE12 === true) memo.source = citationAtE12(m);
    // (v39 E15, `citationAcrossE15`) Pennsylvania's and Massachusetts' laws cited across the sentences their abbreviations cut
    if (memo.source < 0 && s.rubric.citationAcrossE15 === true) memo.source = citationAtE15(m);
    // (v40 E20, `citationAcrossE20`) more States' statutes (Purdon's, "M.G.L. c.", by chapter) across the sentences they cut
    if (memo.source < 0 && s.rubric.citationAcrossE20 === true) memo.source = citationAtE20(m);
    // (v40 G18, `citationAmpersandG18`) Maryland's articles abbreviated with "&" ("Lab. & Empl. § 3-505"), across their sentences
    if (memo.source < 0 && s.rubric.citationAmpersandG18 === true) memo.source = citationAtG18(m);
    // (v40 E22, `citationAmpersandE22`) more laws cited with "&" ("Hous. & Cmty. Dev. § 4-1801", "Cal. Bus. & Prof. Code § 17200")
    if (memo.source < 0 && s.rubric.citationAmpersandE22 === true) memo.source = citationAtE22(m);
    // (v41 E25, `citationAmpersandE25`) "State Fin. & Proc. § 13-101", "Health-Gen. § 4-301", "N.Y. Est. Powers & Trusts Law § 3-2.1"
    if (memo.source < 0 && s.rubric.citationAmpersandE25 === true) memo.source = citationAtE25(m);
    // (v41 E30, `citationMoreE30`) "N.Y. Parks, Rec. & Hist. Preserv. Law § 14.09"
    if (memo.source < 0 && s.rubric.citationMoreE30 === true) memo.source = citationAtE30(m);
  }
  return memo.source;
}

function sourceNow(s: Session, m: Msg): number {
  // (v30 H4, `sentFileH4`) the provider's own file-transfer line hands the patron a named document
  if (s.rubric.sentFileH4 === true && sentFileH4(m.raw)) return m.sentences[0]?.k ?? 0;
  const mc = contacts(s, m);
  const n = m.n;
  const maybe =
    mc.url ||
    mc.email ||
    mc.phone ||
    m.has(F.knownResource) ||
    m.has(F.namedResource) ||
    breadcrumb(s, n) ||
    ((m.has(F.webPage) || m.has(F.appName)) && s.P.webSteps.test(n)) ||
    m.has(F.resourceNoun) ||
    (s.rubric.newspaperItemD3 === true && NEWSPAPER_ITEM_D3.test(m.raw)) ||
    (s.rubric.newspaperCiteN11 === true && (NEWSPAPER_ITEM_N11.test(m.raw) || PAGE_CITE_N11.test(m.raw))) ||
    (s.rubric.citedWorkN12 === true && (NAMED_SITE_N12.test(m.raw) || ISSUES_N12.test(m.raw) || EDITION_CITE_N12.test(m.raw))) ||
    (s.rubric.periodicalAA8 === true && PERIODICAL_WORD_AA8.test(n) && PERIODICAL_AA8.test(m.raw)) ||
    (s.rubric.appStoreF3 === true && appStoreF3(n)) ||
    (s.rubric.noveListI1 === true && m.raw.includes('NoveList')) ||
    (s.rubric.titleOnAppM2 === true && m.has(F.appName) && titleOnAppM2(m.raw)) ||
    // (v36 G8, `namedMapG8`) "the Maryland Bicycle Map": a map by its title
    (s.rubric.namedMapG8 === true && namedMapHintG8(n, m.raw)) ||
    // (v68 AH7, `titledManualAH7`) "the 1964 Plymouth Service Manual": a manual or handbook by its title
    (s.rubric.titledManualAH7 === true && MANUAL_HINT_AH7.test(n));
  // a book by its author or a call number: tested per sentence only where the message may have one
  let title = n.includes(' by ');
  let call = true;
  // (v13 N1) a book named without "by": tested per sentence only where the message's punctuation allows one
  const shape = s.rubric.bookShapesN1 === true && bookShapeHintN1(m.raw, n);
  // (v69 AI20, `authorTitleAI20`) a book named by its author's possessive, in a message that speaks of books or libraries
  const authorTitle = s.rubric.authorTitleAI20 === true && n.includes('s ') && BOOK_CUE_AI20.test(n) && AUTHOR_TITLE_AI20.test(m.raw);
  if (!maybe) {
    title = bookBy(s, m.raw, n);
    call = !title && callNumber(m.raw, n, s);
    if (!title && !call && !shape && !authorTitle) return -1;
  }
  for (const x of m.sentences) if (sentenceSource(s, m, x, mc, title, call, shape)) return x.k;
  if (authorTitle) for (const x of m.sentences) if (AUTHOR_TITLE_AI20.test(m.rawSentences[x.k] ?? '')) return x.k;
  return -1;
}
/**
 * (v69 AI20, `authorTitleAI20`) In the raw text, a book named by its author's possessive: an author of two capitalised words (a
 * middle initial allowed), "'s", and a quoted title or two or more capitalised title words ("Miyoko Schinner's Artisan Vegan
 * Cheese", "Karen McAthy's The Art of Plant-Based Cheesemaking"); not a place or body ("Baltimore County's Public Library", "Johns
 * Hopkins's Emergency Department", "Howard County Library System's Ask a Librarian", "at Michigan Tech's Van Pelt and Opie
 * Library": `BODY_AI20` as a word of the name or the title, or before the next punctuation; nor a name after "at / from / with …").
 */
const BODY_AI20 = String.raw`(?:County|City|State|Town|Library|Libraries|University|College|School|Museum|Society|Department|Office|Center|Centre|Park|Hospital|Church|Company|Corporation|Inc|Bay|River|Island|Street|Road|Avenue|Hall|House|Restaurant|Cafe|Shop|Store|Farm|Team|Band|Club|System|Systems|Service|Services|Network|Association|Foundation|Council|Board|Agency|Bureau|Program|Institute)`;
const AUTHOR_TITLE_AI20 = new RegExp(
  String.raw`(?:^|[^\p{L}])(?<!\b(?:at|from|with|of|in|for)[ \t]+)(?!${BODY_AI20}\b)(?!(?:The|A|An|Our|Your|My|His|Her|Their|This|That|Maryland|Baltimore|America|United|North|South|East|West|New|Saint|St)\b)\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\.[ \t]+)?(?!${BODY_AI20}['\u2019])\p{Lu}[\p{L}-]+['\u2019]s[ \t]+(?:["\u201c][\p{Lu}\d][^"\u201d\n]{1,80}["\u201d]|(?!${BODY_AI20}\b)\p{Lu}[\p{L}-]+(?:[ \t]+(?:(?:of|the|a|an|and|in|on|to|for|with|from)[ \t]+)*(?!${BODY_AI20}\b)\p{Lu}[\p{L}-]+)+)(?![\p{L}'\u2019 \t&-]*?\b${BODY_AI20}\b)`,
  'u',
);
/** (v69 AI20) A message that speaks of books, copies or libraries (normalised text). */
const BOOK_CUE_AI20 = /\b(?:book|books|cookbook|cookbooks|novel|novels|memoir|memoirs|title|titles|edition|editions|copies|copy|shelf|shelves|catalog|catalogue|libraries|library|borrow|own it|own them|check it out|check them out|read it|read them)\b/;

// ---- (v13 N1, `bookShapesN1`) books named without "by" --------------------------------------------------------------

/** A capitalised name word ("Kate", "Jimenez", "Ruiz-Zafon"), or an initial ("S.", "M.C."). */
const NAME_N1 = String.raw`(?:\p{Lu}\.[ \t]*){0,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Words that make a possessor a place, a day or an institution, not an author ("Prince George's", "City Library's"). */
const NOT_AUTHOR_N1 = String.raw`Library|Libraries|County|City|Town|State|States|University|College|School|Academy|Center|Centre|Department|Office|Museum|Society|Association|Council|Church|Hospital|Clinic|Club|Company|Services|Service|Bank|Park|District|Board|Court|Hall|Institute|Foundation|Agency|Commission|Program|Network|Group|System|Team|Store|Market|Day|Week|Month|Year|Island|Valley|River|Beach|Bay|Heights|Springs|Village|Township|Parish|Province|Country|America|Kingdom|York|Jersey|Angeles|Carolina|Dakota|Virginia|Hampshire|Mexico|Orleans|Francisco|Diego|Antonio|Louis|Paul|Vegas`;
/** A possessor's first word that starts a place or a determiner, not a first name ("New York's", "The Library's"). */
const NOT_FIRST_N1 = String.raw`The|A|An|This|That|These|Those|Our|Your|My|Their|His|Her|Its|New|Los|Las|San|Santa|Saint|St|North|South|East|West|Fort|Port|Mount|Lake|El|Great|Little|Upper|Lower|Central|Main|Prince|Princess|King|Queen|Today|Tonight|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Try|Read|See|Check|Also|And|Or|But|Like|Maybe|Both`;
/** Words after the possessive that name a place, a program or a page, not a book ("…'s Circulation Desk", "…'s Summer Reading"). */
const NOT_TITLE_N1 = String.raw`County|City|Public|State|Library|Libraries|Main|Central|Branch|Office|Desk|Department|Center|Centre|Website|Web|Site|Page|Homepage|Facebook|Instagram|Twitter|YouTube|Staff|Story|Storytime|Summer|Winter|Spring|Fall|Reading|Teen|Kids|Children|Youth|Annual|Program|Programs|Club|Hours|Catalog|Catalogue|Account|Team|Class|Classes|Course|Lab|Room|Collection|Collections|Archive|Archives|Papers|House|Home|Birthday|Day|Campaign|Administration|Law|Act|Policy|Hospital|Clinic|School|College|University|Museum`;
/** "Kate Quinn's The Alice Network": an author of two or three name words, a possessive, a capitalised title word. */
const AUTHOR_TITLE_N1 = new RegExp(
  String.raw`(?:^|[^\p{L}\d'\u2019&.-])(?!(?:${NOT_FIRST_N1})\b)${NAME_N1}(?:[ \t]+${NAME_N1}){1,2}(?<!\b(?:${NOT_AUTHOR_N1}))(?:['\u2019]s|(?<=s)['\u2019])[ \t]+(?!(?:${NOT_TITLE_N1})\b)(?:The|A|An|\p{Lu}[\p{L}\d'\u2019-]*)\b(?![^.,;:!?\n]{0,30}\b(?:Library|Libraries|Center|Centre|Office|Department|Desk|Museum|Hospital|Clinic|School|College|University|Program|Club)\b)`,
  'u',
);
/** A title's words: capitalised words and the small words inside titles. */
const TITLE_WORDS_N1 = String.raw`\p{Lu}[\p{L}\d'\u2019&!?:,-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d'\u2019&!?:,-]*|\d+|of|the|a|an|and|in|on|to|for|with|at|from|or|is|are|was|we|i|my|your|our|&))*`;
/** An author of two or three name words. */
const AUTHOR_N1 = String.raw`${NAME_N1}(?:[ \t]+${NAME_N1}){1,2}`;
/** Roles and units that a person's name in brackets follows ("Reference Desk (Jane Smith)"): no title. */
const NOT_PAREN_TITLE_N1 = String.raw`Desk|Services|Service|Department|Dept|Office|Librarian|Library|Center|Centre|Team|Branch|Staff|Manager|Coordinator|Director|Specialist|Assistant|Supervisor|Clerk|Room|Program|Club|Lab|Chair|Contact|Instructor|Professor|Teacher`;
/** "All the Light We Cannot See (Anthony Doerr)", "Dune (by Frank Herbert)". */
const TITLE_PAREN_N1 = new RegExp(
  String.raw`${TITLE_WORDS_N1}(?<!\b(?:${NOT_PAREN_TITLE_N1}),?)[ \t]+\((?:by[ \t]+)?${AUTHOR_N1}\)`,
  'gu',
);
/** A line "Title - Author" (list lines, with or without a bullet or number). */
const TITLE_DASH_N1 = new RegExp(String.raw`^[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*${TITLE_WORDS_N1}[ \t]+[-\u2013\u2014][ \t]+${AUTHOR_N1}[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*$`, 'gmu');
/** "the Wings of Fire series", "the Magic Tree House series" (not a TV, film or lecture series). */
const SERIES_N1 =
  /\b[Tt]he[ \t]+(?!(?:Netflix|HBO|BBC|PBS|Disney|Hulu|Amazon|Apple|Marvel|TV|Summer|Fall|Winter|Spring|Annual|Library)\b)\p{Lu}[\p{L}\d'\u2019&!-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d'\u2019&!-]*|of|the|and|a|an|in|on|&|\d+)){0,6}(?<!\b(?:Lecture|Concert|Film|Movie|Speaker|Workshop|Webinar|Event|Music|Talk|Author|Program|TV|Video|Podcast|Netflix|Discussion|Learning|Class))[ \t]+series\b/u;
/** Spanish "Le recomiendo La sombra del viento de Carlos Ruiz Zafón" (a recommending verb first: "Biblioteca Pública de San José" is no title). */
const SPANISH_REC_N1 = new RegExp(
  String.raw`\b(?:[Rr]ecomiendo|[Rr]ecomendamos|[Ss]ugiero|[Ss]ugerimos|[Pp]ruebe|[Pp]rueba|[Ll]ea|[Ll]ee)[ \t:]+(?![^.;!?\n]{0,80}?\b(?:Biblioteca|Oficina|Departamento|Centro|Universidad|Sala|Escuela|Museo|Consulado|Ayuntamiento|Sucursal|Servicios?)\b)(?:(?:el|la) (?:libro|novela|serie|cuento|audiolibro)[ \t]+)?\p{Lu}[^.;!?\n]{0,80}?[ \t]de[ \t]+${AUTHOR_N1}`,
  'u',
);
/** Words that make a sentence one about reading, for the shapes that a person's name could also take. */
const READING_CUE_N1 =
  /\b(?:read|reads|reading|reader|readers|book|books|novel|novels|title|titles|try|recommend\w*|suggest\w*|picks?|favou?rites?|audiobooks?|memoir|series|copy|copies|shelf|hold|holds|catalog|catalogue|author|authors|fiction|nonfiction|thriller|mystery|mysteries|romance|fantasy|genre|classics?|might like|would like|will like|enjoy|love|loved)\b/;

/** A cheap first test on the message: a possessive, brackets, a dash between words, "series", or a Spanish "de". */
function bookShapeHintN1(raw: string, n: string): boolean {
  if (raw.includes('(') || n.includes(' series') || n.includes(' de ')) return true;
  // the regexps only where their punctuation is (a test on every provider message: a scan of each costs)
  if (capAfterN1(raw, "'") || capAfterN1(raw, '\u2019')) return true;
  return (raw.includes(' - ') || raw.includes(' \u2013 ') || raw.includes(' \u2014 ')) && DASH_CAP_N1.test(raw);
}
const DASH_CAP_N1 = /\S [-\u2013\u2014] \p{Lu}/u;
const UPPER_N1 = /^\p{Lu}/u;
/** `raw` has `mark` (an apostrophe), an optional "s", a space and a capital: "Kate Quinn's The…", "the Smiths' Guide". */
function capAfterN1(raw: string, mark: string): boolean {
  for (let i = raw.indexOf(mark); i >= 0; i = raw.indexOf(mark, i + 1)) {
    let j = i + 1;
    if (raw.charCodeAt(j) === 115) j++;
    if (raw.charCodeAt(j) !== 32) continue;
    const c = raw.charCodeAt(j + 1);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && UPPER_N1.test(raw.slice(j + 1, j + 3))) return true;
  }
  return false;
}

/** (v13 N1) Sentence `raw` (message `m`) names a book without "by" (the shapes above). */
function bookShapeN1(m: Msg, raw: string, n: string): boolean {
  if (raw.includes('(')) {
    const k = raw.match(TITLE_PAREN_N1)?.length ?? 0;
    if (k >= 2 || (k === 1 && READING_CUE_N1.test(n))) return true;
  }
  if ((raw.includes("'") || raw.includes('\u2019')) && AUTHOR_TITLE_N1.test(raw) && READING_CUE_N1.test(n)) return true;
  if (n.includes(' series') && SERIES_N1.test(raw)) return true;
  if (n.includes(' de ') && SPANISH_REC_N1.test(raw)) return true;
  if (/ [-\u2013\u2014] /.test(raw)) {
    TITLE_DASH_N1.lastIndex = 0;
    if (TITLE_DASH_N1.test(raw) && (m.raw.match(TITLE_DASH_N1)?.length ?? 0) >= 2) return true;
  }
  return false;
}

// ---- questions -------------------------------------------------------------------------------

/** "or" before a completeness question after an offer: "…, or does that cover it?" */
const OR_CLAUSE = /,? or (?=(?:does|did|do|is|was|are|were|has|have|will) (?:this|that|it|these|those)\b)/g;

/** (v7, `givenNotOffered`) "Would that help?", "Would this be what you need?": about something named before it. */
const ABOUT_THAT_Q = /^(?:(?:so|ok|okay|and|then|now),? )?(?:would|will|could|might) (?:that|this|it|these|those)\b/;
/** (v23 X9) X5's completeness questions "Does that one fit?", "Is that more manageable?" (their opening). */
const FIT_Q_X9 =
  /^(?:(?:ok|okay|so|and|great|there|now|better|well),? )?(?:is|does|do|did) (?:that|this|it|that one|this one|these|those|they|either one|any of them|any of those) (?:(?:look|seem|feel) )?(?:(?:a (?:lot|bit|little) |much |way )?more )?(?:manageable|fit)\b/;
/** (v24 Y9) Y3's bare questions "Understood?", "It is clear?" as the whole sentence. */
const PLAIN_ASK_Y9 =
  /^(?:(?:ok|okay|so|and|now|sir|madam|mam|maam|ji),? )*(?:(?:(?:is it|it is|everything|all|you|u|have you|did you) )?understood|(?:it|this|that|everything|all|all this) (?:is|are) (?:all |now )?clear)(?: now| to (?:you|u)| for (?:you|u))?(?: (?:sir|madam|mam|maam|ji|dear))?[ ?!.]*$/;
/**
 * (v24 Y9, `promisedPlanY9`) The sentence right before `x` (in `m`, or the last of the provider's message just before when `x`
 * opens `m`) offers or promises something not yet given ("I will send…", "I'll email you…").
 */
function promisedJustBeforeY9(s: Session, m: Msg, x: Sentence): boolean {
  const y = sentenceJustBefore(s, m, x)?.[1];
  return y !== undefined && offerBefore(s).test(y.n) && !s.P.url.test(y.n);
}
/**
 * The sentence right before `x`, with its message: the one before it in `m`, or, when `x` opens `m`, the last sentence of the
 * provider's message just before (no patron message between); null when there is none.
 */
function sentenceJustBefore(s: Session, m: Msg, x: Sentence): readonly [Msg, Sentence] | null {
  if (x.k > 0) return [m, m.sentences[x.k - 1]!];
  const prev = m.pos > 0 ? s.vis[m.pos - 1]! : null;
  if (prev === null || prev.role !== 'provider' || prev.sentences.length === 0) return null;
  return [prev, prev.sentences[prev.sentences.length - 1]!];
}
/** (v7) The question offers in itself: "Would it help if I emailed the list?", "Would that work for me to call you?". */
const OFFER_IN = /\b(?:if (?:i|we)|(?:for )?(?:me|us) to)\b/;
/** (v7) The provider offering something not yet given: "I can mail you a copy", "if you like, we could…", "want me to…". */
const OFFER_BEFORE_V7 = /\b(?:(?:i|we) (?:can|could|will|would|might|may)(?: also| certainly| definitely)? (?!be\b)[a-z]+|ill|(?:i|we) (?:am|are|would be|d be) (?:happy|glad) to|(?:id|wed) be (?:happy|glad) to|if (?:you|u) (?:like|want|prefer|wish)|want me to|shall (?:i|we)|should (?:i|we))\b/;
/** (v10 Z1, `urlNotOfferZ1`) OFFER_BEFORE_V7 without the "ill" of a web address ("…/library/ill", "ill.example.edu"). */
const OFFER_BEFORE_Z1 = new RegExp(OFFER_BEFORE_V7.source.replace('|ill|', '|(?<![/.@-])ill(?![./-][a-z0-9])|'));
/** The offer lead-in `s`'s rubric reads: v10's `urlNotOfferZ1` or v7's. */
const offerBefore = (s: Session): RegExp => (s.rubric.urlNotOfferZ1 === true ? OFFER_BEFORE_Z1 : OFFER_BEFORE_V7);

/**
 * The question `x` comes after an offer: an earlier sentence of `m` offers something, or, when `x`
 * opens `m`, the last sentence of the provider's message just before it (no patron message between).
 */
function offeredBefore(s: Session, m: Msg, x: Sentence): boolean {
  const ss = m.sentences;
  const OFFER_BEFORE = offerBefore(s);
  if (s.rubric.givenBetweenN8 === true) {
    // (v13 N8) nearest first: a sentence that gives a source between the offer and the question is what it asks about
    for (let k = x.k - 1; k >= 0; k--) {
      const n = ss[k]!.n;
      if (OFFER_BEFORE.test(n) && !(s.rubric.ifYouWantX1 === true && resourceIfWantedX1(s, m, ss[k]!))) return true;
      if (s.P.url.test(n) || m.sHas(ss[k]!, F.knownResource) || m.sHas(ss[k]!, F.namedResource)) return false;
    }
  } else for (let k = 0; k < x.k; k++) if (OFFER_BEFORE.test(ss[k]!.n)) return true;
  if (x.k > 0 || m.pos <= 0) return false;
  const prev = s.vis[m.pos - 1]!;
  if (prev.role !== 'provider') return false;
  const ps = prev.sentences;
  if (ps.length === 0) return false;
  const last = ps[ps.length - 1]!;
  return OFFER_BEFORE.test(last.n) && !(s.rubric.ifYouWantX1 === true && resourceIfWantedX1(s, prev, last));
}

/** (v65 AE1, `offerWhatAE1`) "That what you needed / were hoping for / had in mind?" (alternatives 25 and 177), its opening. */
const THAT_WHAT_AE1 = /^(?:(?:so|and|ok|okay|well|great|alright|perfect),? )?(?:that|this|it) what (?:you|u) /;
/** (v65 AE1) The provider's own offer: OFFER_BEFORE_Z1 without "if you like / want …" (also a referral's condition). */
const OWN_OFFER_AE1 = new RegExp(retext(OFFER_BEFORE_Z1.source, '|if (?:you|u) (?:like|want|prefer|wish)', ''));
/**
 * (v65 AE1, `offerWhatAE1`) The sentence just before question `x` (in `m`, or the last of the provider's message just before it) is
 * the provider's own offer and gives no URL: "I can also request the 1880 map from the State Library for you." [not "If you want to
 * double-check for that beach, ask the park rangers at the visitor center." (a referral)]; with `also` (v68 AH10, AH14), that
 * sentence matches it too.
 */
function offeredJustBeforeAE1(s: Session, m: Msg, x: Sentence, also?: RegExp): boolean {
  return sentenceBeforeIs(s, m, x, OWN_OFFER_AE1, also);
}
/** The sentence just before question `x` (`sentenceJustBefore`) gives no URL and matches `a` (and `b`, when given). */
function sentenceBeforeIs(s: Session, m: Msg, x: Sentence, a: RegExp, b?: RegExp): boolean {
  const jb = sentenceJustBefore(s, m, x);
  return jb !== null && a.test(jb[1].n) && !s.P.url.test(jb[1].n) && (b === undefined || b.test(jb[1].n));
}
/**
 * (v68 AH14) "Would those three be a good start for your class?" (`completeness` alternative 116 as AH14 widens it), its opening.
 */
const GOOD_START_AH14 = /^(?:(?:so|and|ok|okay|well|great|alright|perfect),? )?(?:would|will|could|might)(?:nt)? (?:that|this|it|these|those|both of (?:these|those|them)|all of (?:these|those|them)|either of (?:these|those|them))(?: (?:two|three|four|both|all))? be a (?:good|decent|useful|helpful|reasonable|workable) (?:starting point|start|place to start|first step|beginning)\b/;
/** (v68 AH10, `soundGoodOfferAH10`) "Does that sound good / OK / like a plan?", "Would that sound all right?". */
const SOUND_GOOD_AH10 =
  /^(?:(?:so|and|ok|okay|well|great|alright|perfect),? )?(?:does|would|do|did)(?:nt)? (?:that|this|it) sound (?:good|ok|okay|alright|all right|fine|great|like a plan|like a good plan|reasonable)\b/;
/**
 * (v68 AH10) The sentence before offers (what the provider can or could do, would be glad to do, or asks to do), not a plan already
 * promised ("I will check whether we can scan it … and get back to you by Friday. Does that sound ok?" asks about all that was
 * said).
 */
const OFFER_CAN_AH10 = /(?<!\b(?:whether|if|how|what|when|where|that|as soon as|so) )\b(?:i|we) (?:can|could)\b(?! (?:see|tell|find|only|just|not|confirm|say|spot|read|understand|imagine|hear|look up|locate|track down|turn up|dig up|trace|get hold of)\b)|\b(?:happy|glad|willing) to\b(?! (?:say|report|tell|confirm|let you know|share|announce)\b)|\bwould you like (?:me|us) to\b|\b(?:want|shall) (?:me|us|i|we) to\b|\b(?:i|we)(?:d| would) be (?:happy|glad) to\b/;
/**
 * (v70 AJ5) AJ5's question with "that / this / it" as its subject, which may point at an offer just made: "Will that do for you?"
 * [not a thing named: "Will the ProQuest search do for now?", "Will those two books do for your class?" ask about what was given].
 */
const WILL_DO_AJ5 = /^(?:(?:ok|okay|so|and|great|well|alright),? )?(?:will|would|does|did|can|could)(?:nt)? (?:that|this|it|all (?:of )?(?:that|this)) do (?:for|the (?:trick|job))\b/;
/** (v68 AH23) A question about "that / this / it": "Did that get it moving at all?", "Is that the right level for him?". */
const THAT_Q_BODY_AH23 = String.raw`(?:is|was|did|does|has|would|will)(?:nt)? (?:that|this|it) (?:the|a|an|get|got|help|helped|work|worked|do|fix|fixed|solve|solved|sound|seem|look|make|give|what|close|enough|right|ok|okay|all|at|on|any)\b`;
const THAT_Q_AH23 = new RegExp(String.raw`^(?:(?:so|and|ok|okay|well|then),? )?${THAT_Q_BODY_AH23}`);
/** (v68 AH23) A sentence saying back what the patron said: "You said …", "You mentioned …", "You told me …". */
const YOU_SAID_AH23 = /^(?:(?:so|and|ok|okay|well),? )?(?:you|u) (?:said|mentioned|told me|wrote|noted|say|note|mention)\b/;
/** (v68 AH23) Both in one sentence. */
const YOU_SAID_Q_AH23 = new RegExp(String.raw`${YOU_SAID_AH23.source}[^?]*[.!] ${THAT_Q_BODY_AH23}`);
/** (v69 AI11) YOU_SAID_AH23 also after "as / like": "As you said, you've already searched …". */
const YOU_SAID_AI11 = new RegExp(YOU_SAID_AH23.source.replace('(?:you|u) (?:said', '(?:(?:as|like) )?(?:you|u) (?:said'));
/**
 * (v69 AI11) THAT_Q_BODY_AH23 with more verbs of a search's outcome ("Did that turn up anything useful?", "Did that bring up …?")
 * and of what a paper holds ("Does that cover fence height too?" after "As you said, your HOA already sent you the bylaws.").
 */
const THAT_Q_BODY_AI11 = THAT_Q_BODY_AH23.replace('|get|got|', '|get|got|turn|turned|bring|brought|find|found|show|showed|pull|pulled|cover|covers|include|includes|mention|mentions|say|says|');
const THAT_Q_AI11 = new RegExp(THAT_Q_AH23.source.replace(THAT_Q_BODY_AH23, THAT_Q_BODY_AI11));
/** (v69 AI11) YOU_SAID_Q_AH23 with YOU_SAID_AI11 and THAT_Q_BODY_AI11. */
const YOU_SAID_Q_AI11 = new RegExp(String.raw`${YOU_SAID_AI11.source}[^?]*[.!] ${THAT_Q_BODY_AI11}`);
/** (v68 AH23, v69 AI11) Each version's three tests: the question on "that", the sentence saying back, both in one sentence. */
const YOU_SAID_AH23S = [THAT_Q_AH23, YOU_SAID_AH23, YOU_SAID_Q_AH23] as const;
const YOU_SAID_AI11S = [THAT_Q_AI11, YOU_SAID_AI11, YOU_SAID_Q_AI11] as const;
/** (v68 AH14) An offer (AH10's) or a plan of the provider's: "I'll also pull three more …", "we will order two more". */
const PLAN_AH14 = new RegExp(String.raw`${OFFER_CAN_AH10.source}|\b(?:ill|i will|we will|well|im going to|we are going to|were going to) (?:also |then |still )?[a-z]+`);
/**
 * (v70 AJ5) AH14's offer or plan (`PLAN_AH14`), and one asked of a colleague or a branch: "I've asked our Eastgate branch to pull
 * it", "Eastgate will pull it for you next week".
 */
const PLAN_AJ5 = new RegExp(String.raw`${PLAN_AH14.source}|\b(?:i|we)(?:ve| have)? (?:asked|arranged for|requested|told) [a-z ]{1,40}? to [a-z]+|\b(?:they|she|he|[a-z]+) (?:will|can|is going to|are going to|should) (?:pull|send|order|bring|hold|mail|scan|deliver|transfer|get|have|set aside|put aside)\b`);
/** (v61 AA1, `offerAskedAA1`) AA1's "that settle / solve it?" and AA3's "sound / look / seem like a fit". */
const OFFER_ASKED_AA1 = /^(?:(?:so|and|ok|okay|well|great|alright|perfect),? )?(?:that|this|it) (?:settle|settles|settled|solve|solves|solved)\b|\b(?:sound|sounds|look|looks|seem|seems) like (?:a |an )?fit\b/;
/** (v23 X1, `ifYouWantX1`) "if you want / like / prefer / wish (to)", the offer lead-in that names no one who would act. */
const IF_WANTED_X1 = /\bif (?:you|u) (?:like|want|prefer|wish)\b/;
const IF_WANTED_ALL_X1 = new RegExp(IF_WANTED_X1.source, 'g');
/** (v23 X1) The provider or the library as the one who would act ("I", "we", "me", "us", "I'll", "I'd", "we'd"). */
const FIRST_PERSON_X1 = /\b(?:i|we|me|us|ill|id|wed|well|ive|weve|im|were|lets|let me)\b/;
/** (v23 X10, `ifYouActX10`) An offer to act with the subject dropped: "happy / glad / willing to …". */
const ACT_X10 = /\b(?:happy|glad|willing|delighted|more than happy) to\b/;
/**
 * (v23 X1, `ifYouWantX1`) Sentence `y` of `msg` gives a named resource ("JSTOR also has Friedheim's study if you want
 * background"): its only offer lead-in is "if you want", and nobody is to do anything for the patron, so it offers nothing.
 */
function resourceIfWantedX1(s: Session, msg: Msg, y: Sentence): boolean {
  const n = y.n;
  if (!IF_WANTED_X1.test(n)) return false;
  if (FIRST_PERSON_X1.test(n) || offerBefore(s).test(n.replace(IF_WANTED_ALL_X1, ' '))) return false;
  // (v23 X10, `ifYouActX10`) "happy to scan … and send it over if you like": someone would act, with no "I"
  if (s.rubric.ifYouActX10 === true && ACT_X10.test(n)) return false;
  if (msg.sHas(y, F.knownResource) || msg.sHas(y, F.namedResource) || s.P.url.test(n)) return true;
  // (v61 AA5, `ifWantedHasAA5`) "If you want more later, Stellarium Mobile has a free version too.": what another has, not the
  // library's people ("Maria in Local History has a few minutes …")
  if (s.rubric.ifWantedHasAA5 !== true) return false;
  const h = IF_WANTED_HAS_AA5.exec(n);
  return h !== null && !LIBRARY_N1.test(h[1]!) && !TIME_TO_AA5.test(n.slice(h.index + h[0].length));
}
/**
 * (v61 AA5, `ifWantedHasAA5`) An "if you want" clause up to its comma, then a subject of one to four words that is no person
 * (neither the provider nor the patron) and what it has: "if you want more later, stellarium mobile has a free version too",
 * "if you like audiobooks, hoopla carries it as well"; the subject its first group.
 */
const IF_WANTED_HAS_AA5 =
  /^(?:(?:and|but|so|also|oh|plus),? )?if (?:you|u) (?:like|want|prefer|wish)\b[^,;]{0,40}, (?!(?:you|u|youll|youd|youre|they|he|she|someone|somebody|anyone|staff)\b)((?:[a-z0-9-]+ ){1,4}?)(?:has|have|offers|carries|lists|includes|covers)\b/;
/** (v61 AA5) Time to give, after "has": "has a few minutes to look", "has time to walk you through it", "has an opening Tuesday". */
const TIME_TO_AA5 = /^ (?:(?:a|an|some|the|free|spare|a few|a little)(?: free| spare)? )?(?:minutes?|time|moments?|hours?|slots?|openings?|availability)\b/;

/** (v21 U6) "…, would that help?" closing a sentence: the comma, the question and nothing after it but its own words. */
const THAT_Q_TAIL_U6 = /, (?:(?:so|and|then),? )?(?:would|will|could|might) (?:that|this|it)\b[^,;:]*$/;
/** (v22 V1, `offerCommaDoesV1`) The same with "does / do / is" ("…, does that work?"). */
const THAT_Q_TAIL_V1 = /, (?:(?:so|and|then),? )?(?:would|will|could|might|does|do|is) (?:that|this|it)\b[^,;:]*$/;
/** (v22 V9, `reportNotOfferV9`) "from what I can see / tell", "as far as I can tell", "as best I can tell": a report. */
const REPORT_V9 = /\b(?:from what|as far as|as best|so far as) (?:i|we) can (?:see|tell)\b/g;
/**
 * (v21 U6, `offerCommaU6`) Sentence `n` ends in "…, would that help?" after a clause that offers something not yet given
 * ("I can also check whether the Eastgate branch has a copy, would that help?"); not when that clause gives a URL, an
 * e-mail or a phone ("The record is at catalog.example.org/x, would that help?").
 */
function offerCommaU6(s: Session, n: string): boolean {
  const t = (s.rubric.offerCommaDoesV1 === true ? THAT_Q_TAIL_V1 : THAT_Q_TAIL_U6).exec(n);
  if (t === null || t.index === 0) return false;
  let head = n.slice(0, t.index);
  // (v22 V9, `reportNotOfferV9`) "From what I can see …", "As far as I can tell …" report what was found: no offer
  if (s.rubric.reportNotOfferV9 === true && head.includes(' can ')) head = head.replace(REPORT_V9, ' ');
  return offerBefore(s).test(head) && !hasReachableContact(contactsIn(s, head));
}

/** (v63 AC17) In the raw sentence, "does / did / do" and a capitalised one-word subject: "Does Priya help …". */
const CAPITAL_SUBJECT_AC17 = /(?:^|[^\p{L}])[Dd](?:oes|id|o)(?:n['\u2019]?t)?[ \t]+\p{Lu}[\p{L}\p{N}'\u2019.-]*[ \t]+(?:help|get|look|seem|sound)/u;
/** (v63 AC17) The days of the week, whole (rubric.ts `DAYS_FULL`) and short. */
const DAY_WORDS_AC17 = `(?:${DAYS_FULL}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)`;
/**
 * (v63 AC17, `offerHelpAC17`) The questions AC1 and AC7 hear (and v1's "does the guide help?"): "does … help / get you started",
 * "does … look / seem / sound useful …" (group 1 the subject).
 */
const HELP_Q_AC17 = /\b(?:does|did|do)(?:nt)? ((?:[a-z0-9.-]+ ){1,5}?)(?:help|helps|get (?:you|u) (?:started|going)|(?:look|seem|sound)(?: to be)? (?:useful|helpful|promising|relevant|usable|handy))\b/;
/**
 * (v63 AC17) A subject that is not something given: an indefinite ("a scan", "an appointment"), a day or a time; (v71 AK4) `timeTail`
 * after the words of time.
 */
const notGivenAC17 = (timeTail: string): RegExp =>
  new RegExp(String.raw`^(?:(?:a|an|another|some) [a-z]|${DAY_WORDS_AC17}(?: |$)|(?:tomorrow|tonight|today|noon|next week|this week|the morning|the afternoon|the evening|that time|that day|that slot)\b${timeTail}|\d{1,2}(?::\d\d)?(?: ?(?:am|pm|oclock))?(?: |$))`);
const NOT_GIVEN_AC17 = notGivenAC17('');
/**
 * (v71 AK4, `timeWordNameAK4`) NOT_GIVEN_AC17 with its words of time taken as a time only when no noun follows them: "Does the
 * evening help?", "Does tomorrow morning work?" stay times; "Does the Evening Star link help in the meantime?" names a thing given.
 */
const NOT_GIVEN_AK4 = notGivenAC17(String.raw`(?! (?!(?:at|on|around|after|before|by|or|and|morning|afternoon|evening|night|pickup|slot|appointment|time|session|option|one|instead|then|too)\b)[a-z]+ )`);
/**
 * (v63 AC17) `HELP_Q_AC17`'s subject is not something given: `NOT_GIVEN_AC17` ("Does a scan sound useful to start?" after "I could
 * also scan the 1890 plat map for you", "Does Thursday help?"), or one word (not "that / this / it …") that no provider message up
 * to sentence `x` of `m` holds, capitalised as a name (`CAPITAL_SUBJECT_AC17`) ("Does Priya help with the citations?" asks about
 * the patron's tutor; "Does Espacenet get you started?" after "Espacenet at worldwide.espacenet.com …" is about a source).
 */
function notGivenSubjectAC17(s: Session, m: Msg, x: Sentence, body: string): boolean {
  const subject = HELP_Q_AC17.exec(body)?.[1]?.trim() ?? '';
  if ((s.rubric.timeWordNameAK4 === true ? NOT_GIVEN_AK4 : NOT_GIVEN_AC17).test(subject)) return true;
  if (subject === '' || subject.includes(' ') || /^(?:that|this|it|these|those|they|everything|anything|any|either|one|all|both)$/.test(subject)) return false;
  // a name, capitalised as written ("Does Priya help …"; not a typo of "that": "Does taht help?", "did tht help?")
  if (!CAPITAL_SUBJECT_AC17.test(m.rawSentences[x.k] ?? '')) return false;
  const word = subject.replace(/[^a-z0-9]/g, '');
  if (word.length < 3) return false;
  for (const v of s.vis) {
    if (v.pos > m.pos) break;
    if (v.role !== 'provider') continue;
    if (v.pos < m.pos) {
      if (v.n.replace(/[^a-z0-9]/g, '').includes(word)) return false;
    } else for (const y of v.sentences) if (y.k < x.k && y.n.replace(/[^a-z0-9]/g, '').includes(word)) return false;
  }
  return true;
}
/** (v54 T7) "Would one / either / any of those work?" (v7's offers stop before them: they ask about the things named). */
const ONE_OF_T7 = /^(?:(?:ok|okay|so|and|then|also|well|great|alright),? )*would (?:one|either|any) of (?:these|those|them)\b/;
/** (v54 T14) "That get you what you need?" (rubric.ts `GET_YOU_WHAT_T14`), its opening. */
const GET_YOU_T14 = /^(?:(?:so|and|ok|okay|k|kk),? )?(?:that|this|it|those|these) (?:get|gets|got|give|gives|gave) (?:you|u|ya) /;
/**
 * (v69 AI10, `ownStepFixAI10`) "Did that get it <…> (at all)?": whether a fix worked (`completeness` alternative 261 and AI10's
 * widening of it).
 */
const GET_IT_AI10 = /\b(?:did|does|has|will)(?:nt)? (?:that|this|it|those|these|those steps|these steps|that tip|that trick) (?:get|got) (?:it|them|things|the [a-z]+) [a-z]{2,}\b/;
/**
 * (v69 AI10) The patron's own step, told in the patron's message: "i did restart my phone", "i already sprayed wd40 on it", "ive
 * tried unplugging it", "i already wiped the card off", "havent tried that yet" [not the step given, done: "ok i did that", "tried
 * it", "i followed the steps", a step the provider named: "ok i removed it and added it back" after "remove it, then add it
 * again"].
 */
const PATRON_STEP_AI10 = new RegExp(
  [
    // an act of the patron's own, told in the past: "i did restart my phone", "i already wiped the card off", "ive tried
    // unplugging it"
    String.raw`\b(?:i|we|ive|weve|i have|we have|id|i had)(?: (?:already|just|also|even|actually|did|have))?(?: (?:tried|try) (?:to )?)? (?!(?:tried|tryed|did|done)\b)((?:restart|reboot|reset|held|put|shut|used|[a-z]{3,}ed|[a-z]{3,}ing))\b(?! (?:that|this|those|these|all that|what (?:you|u) said|the steps|those steps|your steps|as (?:you|u) said|the instructions|your instructions|the fix)\b)`,
    // "i did" / "tried" something other than what was given ("i tried that" is the step given)
    String.raw`\b(?:i|we|ive|weve)(?: (?:already|just|also|even|actually))? (?:did|done|tried)\b(?! (?:that|it|this|those|these|them|all that|what (?:you|u) said|the steps|those steps|your steps|as (?:you|u) said|the instructions|your instructions|the fix)\b)`,
    // the step given not tried yet: "that" is another thing
    String.raw`\b(?:(?:havent|have not|hasnt|didnt|did not) (?:tried|try|done|gotten to)|not tried)\b`,
  ].join('|'),
);
/** (v69 AI10) The verb `verb` the patron used ("removed", "restarting") names a step the provider's messages before `m` gave. */
function givenStepAI10(s: Session, m: Msg, verb: string): boolean {
  const stem = verb.replace(/(?:ed|d|ing)$/, '');
  if (stem.length < 4) return false;
  const word = new RegExp(String.raw`\b${stem}`);
  for (const p of s.prov) {
    if (p.pos >= m.pos) break;
    if (word.test(p.n)) return true;
  }
  return false;
}
/**
 * (v69 AI10, `ownStepFixAI10`) "Did that get it …?" asks about the patron's own step, not what was given: nothing was given before
 * it ("Oof, frozen screens are no fun. Did that get it responding at all? If not, Kobo's reset steps …": the patron's own try),
 * or the patron's message just before tells of their own step ("havent tried that yet, but i did restart my phone" then "Did that
 * get it loading at all?").
 */
function ownStepFixAI10(s: Session, m: Msg, x: Sentence): boolean {
  let patron: Msg | null = null;
  for (let p = m.pos - 1; p >= 0; p--) {
    const v = s.vis[p]!;
    if (v.role === 'patron') {
      patron = v;
      break;
    }
  }
  const step = patron === null ? null : PATRON_STEP_AI10.exec(patron.n);
  // the patron's act is their own unless the provider's messages before named it (the step given: "remove it, then add it again"
  // and the patron's "ok i removed it and added it back")
  if (step !== null && !(step[1] !== undefined && givenStepAI10(s, m, step[1]))) return true;
  // a source in the question's own sentence was given ("Did the reset page at kobo.com get it working?")
  return nothingGivenBefore(s, m, x.k + 1);
}
/**
 * (v71 AK10, `ifIFindAK10`) The question holds the provider's own act still to come as its condition: "is the census.gov copy useful
 * to you if I track it down?", "Would the scan help once we pull it?": about something not yet given.
 */
const IF_I_DO_AK10 = /\b(?:if|once|when) (?:i|we) (?:can |could |do |manage to |am able to |are able to )?(?:track|find|get|send|pull|scan|order|request|locate|dig|look|search|e ?mail|mail|copy|print|bring|borrow|reserve|hold|ship|fetch|retrieve|turn)\b/;
/**
 * (v71 AK10) The question's body holds `IF_I_DO_AK10` in its first clause, not after an "or" ("Did that answer it, or would it help
 * if I send you a map too?" still asks about what was given).
 */
function ifIDoAK10(body: string): boolean {
  const at = body.search(IF_I_DO_AK10);
  return at >= 0 && !/(?:^|[ ,])or /.test(body.slice(0, at));
}
/**
 * The question `x` (with a completeness phrase) is an offer: it opens as one, and (v5) no clause
 * after an "or" asks about what was given ("Would you like me to walk you through the form, or
 * does that cover it?").
 */
function offerOnly(s: Session, x: Sentence, m: Msg): boolean {
  const body = x.body;
  // (v21 U6) "I can also check whether Eastgate has a copy, would that help?": the offer and its question in one sentence
  if (s.rubric.offerCommaU6 === true && body.includes(', ') && offerCommaU6(s, body)) return true;
  // (v23 X9, `offeredFitX9`) "I can reserve Study Room C for you. Does that one fit?": X5's question about the offer
  if (s.rubric.offeredFitX9 === true && FIT_Q_X9.test(body) && offeredBefore(s, m, x)) return true;
  // (v24 Y9, `promisedPlanY9`) "I will send the scanned pages … by tomorrow evening. Understood?": Y3's question about the plan
  if (s.rubric.promisedPlanY9 === true && PLAIN_ASK_Y9.test(body) && promisedJustBeforeY9(s, m, x)) return true;
  // (v34 X2, `happyOfferX2`) "I can put it on hold for you. Happy with that?": X2's question about the offer or the plan
  // (v34 Z2) not when it names what was given: "Square Foot Gardening is there too. I can put either on hold for you. Happy with
  // those books?", "I can also check the other branches later. Are you satisfied with those results, or shall I dig further?"
  if (s.rubric.happyOfferX2 === true && HAPPY_WITH_X2.test(body) && !HAPPY_GIVEN_X2.test(body) && (offeredBefore(s, m, x) || promisedJustBeforeY9(s, m, x))) return true;
  // (v44 J6, `workForTimeJ6`) "I'll send the full list by Friday. Does that work for your timeline?": about the plan
  if (s.rubric.workForTimeJ6 === true && WORK_FOR_TIME_J6.test(body) && planBeforeJ22(s, m, x)) return true;
  // (v44 J22, `planBeforeJ22`) "I can also book you a coach Tuesday. Do you think any of those would work for you?": the plan
  if (s.rubric.planBeforeJ22 === true && COMPLETENESS_J22_RE.test(body) && planBeforeJ22(s, m, x)) return true;
  // (v61 AA1, `offerAskedAA1`) "I could order the microfilm page for you. that solve it?", "… Does that sound like a fit?"
  if (s.rubric.offerAskedAA1 === true && OFFER_ASKED_AA1.test(body) && offeredBefore(s, m, x)) return true;
  // (v65 AE1, `offerWhatAE1`) "I can also request the 1880 map from the State Library for you. That what you had in mind?"
  if (s.rubric.offerWhatAE1 === true && THAT_WHAT_AE1.test(body) && offeredJustBeforeAE1(s, m, x)) return true;
  // (v68 AH10, `soundGoodOfferAH10`) "I can pass your request along to the teen staff there and have someone follow up with you.
  // Does that sound good?"
  if (s.rubric.soundGoodOfferAH10 === true && SOUND_GOOD_AH10.test(body) && offeredJustBeforeAE1(s, m, x, OFFER_CAN_AH10)) return true;
  // (v70 AJ5, `willDoOfferAJ5`) "I can hold it until Friday. Will that do for you?", "I've asked our Eastgate branch to pull it
  // for you next week. Will that do for your exam?": the offer or the plan
  // (the sentence just before offers or plans, with no URL: AE1's test with `PLAN_AJ5` for the offer)
  if (s.rubric.willDoOfferAJ5 === true && WILL_DO_AJ5.test(body) && sentenceBeforeIs(s, m, x, PLAN_AJ5)) return true;
  // (v71 AK10, `ifIFindAK10`) "is the census.gov copy useful to you if I track it down?": the provider's act still to come
  if (s.rubric.ifIFindAK10 === true && ifIDoAK10(body)) return true;
  // (v69 AI10, `ownStepFixAI10`) "Did that get it responding at all? If not, Kobo's reset steps …", "Did that get it loading at
  // all?" after the patron's "i did restart my phone": the patron's own step
  if (s.rubric.ownStepFixAI10 === true && GET_IT_AI10.test(body) && ownStepFixAI10(s, m, x)) return true;
  // (v68 AH23, `youSaidAH23`) "You said you already sprayed WD-40 on the hinge. Did that get it moving at all?": "that" is the
  // patron's own step or fact the sentence before says back, not what was given
  // (a one-letter word before the dot, "level M. Is that …", keeps both in one sentence)
  // (v69 AI11, `asYouSaidAI11`) "As you said, you've already searched Ancestry's free index. Did that turn up anything useful?"
  if (s.rubric.youSaidAH23 === true) {
    const [thatQ, youSaid, youSaidQ] = s.rubric.asYouSaidAI11 === true ? YOU_SAID_AI11S : YOU_SAID_AH23S;
    if ((thatQ.test(body) && x.k > 0 && youSaid.test(m.sentences[x.k - 1]!.n)) || youSaidQ.test(body)) return true;
  }
  // (v68 AH14) "I'll also pull three more from our storage shelves tomorrow … Would those three be a good start for your class?":
  // the offer or the plan just before
  if (s.rubric.soundGoodOfferAH10 === true && GOOD_START_AH14.test(body) && offeredJustBeforeAE1(s, m, x, PLAN_AH14)) return true;
  // (v63 AC17, `offerHelpAC17`) "I could also scan the 1890 plat map for you. Does a scan sound useful to start?", "… Does Thursday
  // help?", "Does Priya help with the citations?": a "does … help" question (AC1's, AC7's or older) about something not given
  if (s.rubric.offerHelpAC17 === true && HELP_Q_AC17.test(body) && notGivenSubjectAC17(s, m, x, body)) return true;
  // (v54 T7, `oneOfOfferT7`) "I can hold one at Eastgate or ship one to your branch. Would one of those work?": about the offer;
  // also T14's "I could pull the article from storage for you. That get you what you need?"
  if (s.rubric.oneOfOfferT7 === true && (ONE_OF_T7.test(body) || GET_YOU_T14.test(body)) && offeredBefore(s, m, x)) return true;
  if (!s.P.offerQuestion.test(body)) return false;
  // (v7) "Would that help?" after the information asks about what was given; after "I can mail you a
  // copy." it asks about something not yet given (RUBRIC.md's "would a scan be what you need?")
  if (s.rubric.givenNotOffered === true && ABOUT_THAT_Q.test(body)) return OFFER_IN.test(body) || offeredBefore(s, m, x);
  if (s.rubric.offerOrCompleteness !== true || !body.includes(' or ')) return true;
  OR_CLAUSE.lastIndex = 0;
  let o: RegExpExecArray | null;
  while ((o = OR_CLAUSE.exec(body)) !== null) {
    const tail = body.slice(o.index + o[0].length);
    if (s.P.completeness.test(tail)) return false;
  }
  return true;
}

/** (v8 M) A yes/no question's opening: "does that", "did tht", "is this", "was it"… */
const AUX_CLAUSE_M = /\b(?:does|did|do|is|was|were|are|has|have|will|would)(?:nt)? (?:that|this|it|tht|dat|these|those|everything|you|u)\b/g;
/**
 * (v8 M) The message has no "?" and its last sentence ends in a completeness question typed without one, within
 * its last eight words: "…log in w ur netid to read it does tht answer ur q", "…hclibrary.org/taxes did that
 * answer your question".
 */
function bareTailQuestion(s: Session, m: Msg, x: Sentence): boolean {
  if (x.k !== m.sentences.length - 1 || m.n.includes('?')) return false;
  const n = x.n;
  let at = -1;
  AUX_CLAUSE_M.lastIndex = 0;
  for (let r = AUX_CLAUSE_M.exec(n); r !== null; r = AUX_CLAUSE_M.exec(n)) at = r.index;
  if (at < 0) return false;
  const tail = n.slice(at).replace(/[ .!]+$/, '');
  return !/[.!,;:]/.test(tail) && wordCount(tail) <= 8 && s.P.completeness.test(tail);
}

/** (v10 Z2, v20 T5) The most time between two messages that type one line or one behaviour between them. */
export const FRAGMENT_GAP_MS = 30_000;
/** (v10 Z2, v20 T5) A (trimmed, normalised) message that ends its line: with . ! ? : or ;. */
export const LINE_FINISHED = /[.!?:;]$/;

/**
 * (v10 Z2, `fragmentsZ2`) `m` finishes a line its sender broke off ("Does that" / "help?", "thats" / "all i needed"):
 * the visible message just before it is by the same role, at most 30 s earlier, of at most four words and with no
 * . ! ? : ; at its end, and `m` has at most ten words. The two joined, as one line; null otherwise.
 */
export function joinedFragment(s: Session, m: Msg): string | null {
  if (s.rubric.fragmentsZ2 !== true || m.pos <= 0) return null;
  const p = s.vis[m.pos - 1]!;
  if (p.role !== m.role || m.t - p.t > FRAGMENT_GAP_MS || p.raw.length > 40) return null;
  const pn = p.n.trim();
  if (pn.length === 0 || LINE_FINISHED.test(pn) || wordCount(pn) > 4 || wordCount(m.n) > 10) return null;
  return `${pn} ${m.n.trim()}`;
}

/**
 * Some sentence of `m` is a question, or `m` says "let me know…". The finds whose predicate asks one of these of a
 * sentence (completeness, anything else, still there) try their family only on a message where this holds: the
 * answer is the same, but most provider messages ask nothing, and these families are among the largest.
 */
function asksOrLetMeKnow(m: Msg): boolean {
  for (const x of m.sentences) if (x.q) return true;
  return m.has(F.letMeKnow);
}

/** (v8 M) What bareTailQuestion needs before it looks further: no "?" and a yes/no opening in the last sentence. */
function mayBeBareTail(m: Msg): boolean {
  const sentences = m.sentences;
  return sentences.length > 0 && !m.n.includes('?') && AUX_CLAUSE_ANY_M.test(sentences[sentences.length - 1]!.n);
}
const AUX_CLAUSE_ANY_M = new RegExp(AUX_CLAUSE_M.source);

/** Sentence asking whether the information already given meets the need, -1 if none. */
export function completenessAt(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  // a question, or "let me know if that helps"; not an offer ("would a scan be what you need?")
  const memo = m.memo;
  if (memo.completeness === UNSET) {
    // only a question, "let me know…" or (v8 M) a bare tail question can be one (asksOrLetMeKnow)
    if (!asksOrLetMeKnow(m) && !(s.rubric.bareTailQuestionM === true && mayBeBareTail(m))) {
      memo.completeness = -1;
      return -1;
    }
    // "Would you let me know whether that helps?" asks, politely; it offers nothing
    memo.completeness = m.find(
      F.completeness,
      (x) =>
        // (v11 K6) "I have your email as mia.t@gmail.com, does that look right?": the contact read back, not the answer
        !(s.rubric.contactCheckNotCompleteK6 === true && contactCheck(s, m, x)) &&
        // (v45 K5, `yourDetailK5`) "Is your Westbrook address the right one to use?": the patron's own detail, not the answer
        !(s.rubric.yourDetailK5 === true && YOUR_DETAIL_K5.test(x.n)) &&
        // (v32 L1, `bareHelpOpensL1`) "Help? Sure! The FTC page is …": the patron's word echoed, not a question about what was given
        !(s.rubric.bareHelpOpensL1 === true && x.k === 0 && m.sentences.length > 1 && BARE_HELP_L1.test(x.n)) &&
        // (v34 X1, `theOneAfterAskX1`) "14 down, 'longest river in Africa'? that the one?": which thing, after a question naming it
        !(s.rubric.theOneAfterAskX1 === true && x.k > 0 && m.sentences[x.k - 1]!.q && THE_ONE_X1.test(x.n)) &&
        // (v34 X2 checked by Z2, read with `happyOfferX2`) "Helps? The renters' tax credit does: …" after the patron's "anything
        // that helps with rent?" (opening a message that gives a source): the patron's word echoed, as v32 L1's "Help?"
        !(s.rubric.happyOfferX2 === true && x.k === 0 && m.sentences.length > 1 && HELPS_ECHO_X2.test(x.n) && patronSaidHelpX2(s, m) && givesAfterX2(s, m, x)) &&
        // (v34 X2 checked by Z2) X2's bare "(Are you) happy with that?" only right after a source: not "The next free appointment is
        // Tuesday at 3. Are you happy with that?", "Two copies come to $24. Happy with that?", "I've waived the $2 late fee. Happy
        // with that?", the patron's "ill just buy it" then "Are you happy with that, or would you rather borrow it free?"
        !(s.rubric.happyOfferX2 === true && HAPPY_BARE_X2.test(x.n) && !givenJustBeforeX2(s, m, x)) &&
        // (v36 E3, `mindAtEaseOfE3`) G3's "Does that put your mind at ease?" after an offer, or of the call the patron just told of
        !(s.rubric.mindAtEaseOfE3 === true && mindAtEaseOfE3(s, m, x) && !(s.rubric.sentHereE5 === true && sentHereE5(s, m, x))) &&
        (x.q ? !offerOnly(s, x, m) || m.sHas(x, F.letMeKnow) : m.sHas(x, F.letMeKnow) || (s.rubric.bareTailQuestionM === true && bareTailQuestion(s, m, x))),
    );
    // (v22 V6) "Hope that helps! Did it?": the bare question after the hope
    if (memo.completeness < 0 && s.rubric.hopeAskedV6 === true && m.n.includes('hope')) memo.completeness = hopeAskedV6(s, m);
    // (v28 C6, `moreCompleteC6`) "Is that the sort of thing?", "Is this okay for you?"
    if (memo.completeness < 0) memo.completeness = moreCompleteC6(s, m);
    // (v29 D5, `moreCompleteD5`) "Is that page of any use in the meantime?", "Has FamilySearch got what you need for now?"
    if (memo.completeness < 0 && s.rubric.moreCompleteD5 === true) memo.completeness = moreCompleteD5(s, m);
    // (v30 F6, `namedUseF6`) "Is the Record Office catalogue any use for now?"
    if (memo.completeness < 0 && s.rubric.namedUseF6 === true) memo.completeness = namedUseF6(s, m);
    // (v31 K2, `givenOkK2`) "Is this as per your requirement?", "Are the two books good for now?"
    if (memo.completeness < 0 && s.rubric.givenOkK2 === true) memo.completeness = givenOkK2(s, m);
    // (v44 J15, `fineGivenJ15`) "Is this fine?" right after the source
    if (memo.completeness < 0 && s.rubric.fineGivenJ15 === true) memo.completeness = fineGivenJ15(s, m);
    // (v28 C6, `soFarStepC6`) "Does that make sense so far? Next I'll show you…": a step, the answer not yet complete
    // (v28 C10, `soFarAskedC10`) "Does this answer your question so far? Then I'll show you…" still asks
    if (soFarStepC6(s, m, memo.completeness) && !soFarAskedC10(s, m, memo.completeness)) memo.completeness = -1;
  }
  return memo.completeness;
}

/** (v22 V6) A bare "did it?" closing a sentence (alone, or after a comma), emoji and "!" after it allowed. */
const BARE_ASK_V6 = /(?:^|[,;] )(?:(?:so|and),? )?(?:did|does|has) (?:it|that|this|they)[ ]*\?[^a-z0-9]*$/;
/** (v22 V6) "Hope that helps", "hope this works", "hope it does the trick" (the text before the bare question). */
const HOPE_V6 = /\bhope (?:that|this|it|these|those|the (?:link|links|info|information|list|steps|page|answer)) (?:helps|helped|works|worked|does the trick|did the trick|answers (?:it|your question))\b[ !.,;]*$/;
/** (v22 V9, `hopeReportV9`) The patron reports something they did themselves ("i took an advil", "i also restarted my router"). */
const PATRON_DID_V9 = /\b(?:i|ive|i have|i just|i already|i also) (?:(?:just|already|also|even) )?(?:took|taken|restarted|rebooted|reset|tried|cleared|called|went|did|updated|reinstalled|unplugged)\b/;
/**
 * (v22 V6, `hopeAskedV6`) Sentence of `m` that is a bare "Did it?" right after "Hope that helps" (the sentence before, or
 * the same sentence before its comma), -1 if none.
 */
function hopeAskedV6(s: Session, m: Msg): number {
  const xs = m.sentences;
  // (v22 V9, `hopeReportV9`) "Oh no, hope it helped. Did it?" opening the message right after the patron's report of what
  // they did ("i took an advil…", "i also restarted my router…"): the hope is about the patron's own remedy
  if (s.rubric.hopeReportV9 === true && m.pos > 0) {
    const prev = s.vis[m.pos - 1]!;
    if (prev.role === 'patron' && PATRON_DID_V9.test(prev.n) && xs.length <= 2 && (xs.length === 1 || HOPE_V6.test(xs[0]!.n))) return -1;
  }
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!x.q) continue;
    const b = BARE_ASK_V6.exec(x.n);
    if (b === null) continue;
    const before = b.index > 0 ? x.n.slice(0, b.index + 1) : i > 0 ? xs[i - 1]!.n : '';
    if (HOPE_V6.test(before)) return x.k;
  }
  return -1;
}

/** (v11 K6) At most this many words in a question about the contact read back in the sentence before ("Is that right?"). */
const CONTACT_CHECK_WORDS_K6 = 6;
/** (v11 K6) The question asks whether something is right ("does that look right?", "is that correct?"), not whether it helps. */
const CONTACT_CHECK_K6 = /\b(?:right|correct|accurate|spelled|looks? (?:ok|okay|good))\b/;
/** (v13 N7) An e-mail address or a phone number's digits in a normalised text. */
const CONTACT_ITEM_N7 = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/g;
/** (v13 N7) Text `n` of provider message `m` reads back an e-mail or phone the patron wrote earlier in the chat. */
function patronGaveN7(s: Session, m: Msg, n: string): boolean {
  for (const c of n.match(CONTACT_ITEM_N7) ?? []) {
    const item = c.includes('@') ? c.replace(/\.$/, '') : c.replace(/\D/g, '');
    for (let p = m.pos - 1; p >= 0; p--) {
      const v = s.vis[p]!;
      if (v.role !== 'patron') continue;
      if ((item.includes('@') ? v.n : v.n.replace(/\D/g, '')).includes(item)) return true;
    }
  }
  // as stored (redacted, the form the API scores): the patron's own address or number is a placeholder both where the
  // patron typed it and where the provider reads it back ("I have [email]. Does that sound good?")
  if (!n.includes('[')) return false;
  const P = s.P;
  const email = P.placeholderEmail.test(n);
  const phone = P.placeholderPhone.test(n);
  if (!email && !phone) return false;
  for (let p = m.pos - 1; p >= 0; p--) {
    const v = s.vis[p]!;
    if (v.role === 'patron' && ((email && P.placeholderEmail.test(v.n)) || (phone && P.placeholderPhone.test(v.n)))) return true;
  }
  return false;
}
/**
 * (v48 N2) A patron message gives a contact as the patron's own: "my cell is …", "reach me at …", "im at …", "email me …", or the
 * contact with at most four words beside it (the reply to "What e-mail should I use?") [not "i have 515-555-0120 for the county
 * recorder, is that right?", "thats the number i have for the passport office: …", "i think its 410-555-0122"].
 */
const OWN_CONTACT_N2 = /\b(?:my|me|im|i am|mine)\b/;
/** (v48 N2) An e-mail or a phone of seven or ten digits ("555-0134", "(410) 555-0134", "614.555.0143"). */
const CONTACT_ITEM_N2 = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?<![\d-])(?:\(?\d{3}\)?[ .-]?)?\d{3}[ .-]?\d{4}\b/g;
/** (v48 N2) Patron message `v` (normalised `n`) gives `item` (an e-mail, digits, or a placeholder's text) as the patron's own. */
function givesOwnN2(s: Session, p: number, n: string, item: string): boolean {
  if (s.rubric.ownContactCueO1 === true) return givesOwnO1(s, p, n, item);
  if (OWN_CONTACT_N2.test(n)) return true;
  const rest = n.replace(item, ' ');
  return wordCount(rest.replace(/[^a-z ]+/g, ' ')) <= 4;
}
/**
 * (v49 O1) The patron ties the contact to themselves: "my cell is …", "my work email", "reach me at …", "text me", "sign me up …",
 * "mine is …", "im at 410-…" (right before it), "my <any word> is <the contact>" ("mi croreo es [email]"), Spanish "mi correo es
 * …", "llámeme al …", or a clause that starts with the contact's word ("…, email is kay.b@example.com") [not "my sister says the
 * tax office is 410-555-0144, right?": "my" of another word than the contact's; nor "can u let me know if 410-555-0150 is still
 * the clerks office", "im at the dmv site and it says 410-555-0190"].
 */
const OWN_CONTACT_O1 =
  /\b(?:my (?:(?:cell|home|work|mobile|personal|school|best|main|direct|new|old|usual|other|daytime|evening|private) )?(?:cell|cellphone|phone|number|num|no|#|email|e mail|mail|address|contact|contacts|text|mobile|landline|gmail|digits|info|line)|mine|(?:reach|call|text|txt|email|e mail|mail|contact|ring|message|msg|write|sign|add|put|register|enroll|enrol|remind|notify|book|save|get back to|send it to|send them to|send that to|send to) me|me (?:at|on|@) ?(?=\(?\d|[a-z0-9._%+-]+@|\[)|thats me|that is me|its me|mi (?:correo|email|e mail|numero|telefono|tel|cel|celular|movil)|me pueden? (?:llamar|escribir|contactar)|llameme|llamame|llamenme|escribame|escribeme|contacteme|contactame|mandeme|mandame|envieme|enviame)\b|(?:my|mi) [a-z]+ (?:is|es|:) ?(?=\(?\d|[a-z0-9._%+-]+@|\[)|(?:im|i am) (?:at|on) (?=\(?\d|[a-z0-9._%+-]+@)/;
/** (v49 O1) A clause that starts with the contact's word, in a message that asks nothing: "sign me up …, email is kay.b@example.com". */
const CONTACT_CLAUSE_O1 = /(?:^|[,.;:!] |\b(?:and|or) )(?:e mail|email|phone|cell|number|ph|tel|contact)(?: is|:| =)/;
/**
 * (v49 O1) The provider asks for (or offers to use) the patron's contact: "What e-mail should I use?", "best number to reach
 * you?", "Can I get your cell?", "¿Le puedo enviar lo que encuentre por correo electrónico?".
 */
const ASKS_CONTACT_O1 = /\b(?:e mail|email|emails|number|phone|cell|contact|address|digits|reach (?:you|u)|get back to (?:you|u)|call (?:you|u)|text (?:you|u)|get in touch|correo|correos|telefono|numero|celular|cel|contactarle|contactarlo|contactarla|llamarle|llamarlo|llamarla|escribirle)\b/;
/**
 * (v49 O1, `ownContactCueO1`) Patron message `v` at `p` (normalised `n`) gives `item` as the patron's own: tied to the patron by
 * OWN_CONTACT_O1, or the contact with at most four words beside it in reply to the provider's ask for a contact [not "dmv #
 * 410-555-0190?" unasked, nor "my sister says the tax office is 410-555-0144, right?"].
 */
function givesOwnO1(s: Session, p: number, n: string, item: string): boolean {
  if (OWN_CONTACT_O1.test(n) || (!n.includes('?') && CONTACT_CLAUSE_O1.test(n))) return true;
  if (wordCount(n.replace(item, ' ').replace(/[^a-z ]+/g, ' ')) > 4) return false;
  for (let q = p - 1; q >= 0; q--) {
    const w = s.vis[q]!;
    if (w.role !== 'patron') return ASKS_CONTACT_O1.test(w.n);
  }
  return false;
}
/**
 * (v48 N2) `item` of the provider's message `m` (an e-mail, a phone, or a placeholder's text) is the patron's own: in the patron
 * fields, or given as the patron's own in a patron message before `m`.
 */
function patronOwnsN2(s: Session, m: Msg, item: string, f: ReturnType<typeof fieldContacts>): boolean {
  if (f !== null && echoes(item, f)) return true;
  const placeholder = item.startsWith('[');
  const key = placeholder || item.includes('@') ? item.replace(/\.$/, '') : item.replace(/\D/g, '');
  for (let p = m.pos - 1; p >= 0; p--) {
    const v = s.vis[p]!;
    if (v.role !== 'patron') continue;
    if (placeholder || key.includes('@')) {
      if (v.n.includes(key) && givesOwnN2(s, p, v.n, key)) return true;
    } else if (v.n.replace(/\D/g, '').includes(key)) {
      const typed = (v.n.match(CONTACT_ITEM_N2) ?? []).find((y) => y.replace(/\D/g, '') === key);
      if (typed !== undefined && givesOwnN2(s, p, v.n, typed)) return true;
    }
  }
  return false;
}
/**
 * (v48 N2, `ownContactReadBackN2`) Every e-mail and phone of the provider's sentence `x` (in message `m`) is the patron's own, read
 * back: in the patron fields, or given as the patron's own earlier in the chat; as stored (redacted), the placeholder that stands
 * for it ("614-555-0143, thanks.", "[email] — you're on the list for Tuesday's class"). Not a sentence that refers the patron
 * ("Yes, call the Story County Recorder at 515-555-0120", the number the patron asked about), nor "Call them at 410-555-0100 or
 * I'll call you at [phone]".
 */
function ownContactOnlyN2(s: Session, m: Msg, x: Sentence): boolean {
  const n = x.n;
  const f = fieldContacts(s);
  let rest = n;
  let own = false;
  for (const c of n.match(CONTACT_ITEM_N2) ?? []) {
    if (!patronOwnsN2(s, m, c, f)) continue;
    rest = rest.replace(c, ' ');
    own = true;
  }
  if (rest.includes('[')) {
    const P = s.P;
    for (const re of [P.placeholderEmail, P.placeholderPhone]) {
      for (let i = 0, y = re.exec(rest); y !== null && i < 8; i++, y = re.exec(rest)) {
        if (!patronOwnsN2(s, m, y[0], f)) break;
        rest = rest.slice(0, y.index) + ' ' + rest.slice(y.index + y[0].length);
        own = true;
      }
    }
  }
  if (!own) return false;
  const c = contactsIn(s, rest);
  return !(c.email || c.phone) && !refersPatron(s, m, x);
}
/** (v13 N7) Sentence `y` of provider message `m` holds an e-mail or phone the patron wrote earlier in the chat. */
function readsBackN7(s: Session, m: Msg, y: Sentence): boolean {
  const c = contactsIn(s, y.n);
  return (c.email || c.phone) && patronGaveN7(s, m, y.n);
}
/** (v13 N7, `contactCheckSoundN7`) "Does that sound good?", "Does that work for you?": about the plan or contact just read back. */
const CONTACT_CHECK_N7 = /\b(?:sounds? (?:good|ok|okay|alright|all right|fine)|works? for (?:you|u))\b/;
/**
 * (v11 K6, `contactCheckNotCompleteK6`) Sentence `x` asks about the patron's e-mail or phone read back: it holds one as
 * the patron's ("your email", "I have you as"), or it is a short question right after a sentence of the same message
 * that does ("I have your number as 410-555-0101. Is that right?"); not "Their number is 410-555-0100. Does that help?".
 */
function contactCheck(s: Session, m: Msg, x: Sentence): boolean {
  if (!CONTACT_CHECK_K6.test(x.n)) {
    // (v13 N7) "Does that sound good?", "Does that work for you?" right after a contact the patron wrote in the chat, read
    // back (not "ill text u back at 443-555-0196 b4 5pm. sound ok?" with a number the chat never had from the patron)
    if (!(s.rubric.contactCheckSoundN7 === true && CONTACT_CHECK_N7.test(x.n))) return false;
    // (v26 A6, `pastAskA6`) "Did the steps work for you?": what was done, not the contact read back
    // (v26 A10, `contactPastAskA10`) but "Did that address work for you?" names the contact read back
    if (s.rubric.pastAskA6 === true && PAST_ASK_A6.test(x.n) && !(s.rubric.contactPastAskA10 === true && CONTACT_NAMED_A10.test(x.n))) return false;
    if (x.k === 0 || wordCount(x.n) > CONTACT_CHECK_WORDS_K6) return false;
    const before = m.sentences[x.k - 1]!;
    if (readsBackN7(s, m, before)) return true;
    // (v15 O4, `planCheckO4`) "Got it: lena@example.org. I'll send the scan by Wednesday. Does that work for you?": the
    // promise between the read-back and the question
    if (s.rubric.planCheckO4 !== true || x.k < 2 || !(m.sHas(before, F.followupPromise) || (m.sHas(before, F.followupSend) && m.sHas(before, F.followupLater)))) return false;
    return readsBackN7(s, m, m.sentences[x.k - 2]!);
  }
  const c = contactsIn(s, x.n);
  if (c.email || c.phone) return m.sHas(x, F.patronContactContext);
  if (x.k === 0 || wordCount(x.n) > CONTACT_CHECK_WORDS_K6) return false;
  const before = m.sentences[x.k - 1]!;
  const b = contactsIn(s, before.n);
  return (b.email || b.phone) && m.sHas(before, F.patronContactContext);
}

/** Sentence asking whether the patron needs anything else, -1 if none. */
export function anythingElseAt(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  const memo = m.memo;
  if (memo.anythingElse === UNSET) {
    memo.anythingElse = asksOrLetMeKnow(m)
      ? m.find(
          F.anythingElse,
          (x) =>
            (x.q || (m.sHas(x, F.letMeKnow) && !m.sHas(x, F.inviteBack))) &&
            !(s.rubric.smallTalkElseA3 === true && smallTalkElseA3(s, m, x)) &&
            // (v44 J8, `otherHelpAfterAskJ8`) "Does your caseworker help you with the paperwork? Any other help?": about the patron's help
            !(s.rubric.otherHelpAfterAskJ8 === true && x.k > 0 && m.sentences[x.k - 1]!.q && OTHER_HELP_BARE_J8.test(x.n)),
        )
      : -1;
    // (v30 F6, `thatAllF6`) "Will that be all?", "That it for today?", "Is that all you need?"
    if (memo.anythingElse < 0 && s.rubric.thatAllF6 === true) memo.anythingElse = thatAllF6(m);
  }
  return memo.anythingElse;
}

/** (v44 J8) A whole sentence that is only J8's "Any other help (needed)?" (normalised). */
const OTHER_HELP_BARE_J8 = /^(?:(?:ok|okay|so|and|alright|great|good|sir|madam|maam),? )?any (?:other|more|further) (?:help|assistance|queries|query|doubts?)(?: (?:needed|required|for today|today|from (?:me|my side|our side)))?[ ?!.]*$/;

/**
 * (v26 A3, `smallTalkElseA3`) A whole sentence (normalised) asking about the patron's plans or news: "anything else exciting
 * planned for the weekend?", "anything else fun on your list this week?", "what else is new with you?".
 */
const SMALL_TALK_ELSE_A3 =
  /^(?:(?:oh|so|and|ha|haha|lol|fun|oh fun|great|nice|cool|awesome),? )*(?:(?:is there|got|do (?:you|u) have|have (?:you|u) got) )?(?:anything else (?:exciting|fun|interesting|special|big) (?:planned|going on|happening|coming up|on (?:your|the|ur) (?:list|agenda|calendar|plate))(?: (?:for|this|over|on) (?:the |this |your |ur )?(?:weekend|week|summer|holiday|holidays|break|today|tonight|day))?|what else is (?:new|up|going on|happening)(?: with (?:you|u)| in your (?:world|life))?(?: (?:today|these days|lately))?)[^a-z0-9]*$/;

/**
 * (v26 A3, `smallTalkQuestionA3`) A whole question sentence (normalised) of small talk: the patron's day ("how's your
 * evening going so far?"), the weather ("how's the weather up there in duluth?", "are you enjoying the snow?", "are you
 * getting out in the snow at all?"), a game ("did you catch the game last night?!").
 */
const SMALL_TALK_Q_A3 =
  /^(?:(?:oh|so|and|btw|by the way|anyway|ha|haha|lol|hey|well),? )*(?:how(?:s| is| was| has)? (?:your|ur) (?:day|morning|afternoon|evening|night|week|weekend|friday|monday|holiday|summer|winter)(?: been)?(?: going| treating (?:you|u))?(?: so far| today| this (?:morning|afternoon|evening|week))?|how(?:s| is)(?: the)? weather(?: (?:up|down|over|out) there| there| where (?:you|u) are)?(?: in [a-z]+(?: [a-z]+)?)?(?: today)?|(?:are|r) (?:you|u) (?:enjoying|loving|surviving|getting out in) (?:the|this|all this|all the|your) (?:snow|sun|sunshine|weather|nice weather|heat|heatwave|heat wave|rain|long weekend|holiday|day off|snow day)(?: at all| today| so far)?|did (?:you|u|ya) (?:catch|see|watch) (?:the|that|last nights|sundays|yesterdays) (?:game|match|race|fight|finale)(?: last night| on sunday| sunday| yesterday| this weekend| last weekend)?)[^a-z0-9]*$/;
/** (v26 A9, `smallTalkMoreA9`) The weekdays A3 left out, read as its "monday". */
const WEEKDAY_A9 = /\b(?:tuesday|wednesday|thursday|saturday|sunday)\b/;
/**
 * (v26 A9, `patronTopicA9`) A small-talk question about the weather's conditions ("how's the weather"), and a patron's message
 * about doing something outdoors, which the weather decides ("any outdoor stuff for kids"); "Are you enjoying the snow?" to a
 * patron asking whether the library is open in the snow stays small talk.
 */
const WEATHER_WORD_A9 = /\bweather\b/;
const PATRON_WEATHER_A9 = /\b(?:outdoor|outdoors|outside|forecast|picnic|picnics|hike|hikes|hiking|beach|park|parks|campground|camping)\b/;
/** (v26 A9, `patronTopicA9`) A patron's message about a list of theirs ("my summer reading list"). */
const PATRON_LIST_A9 = /\blists?\b/;
/** (v26 A9) A patron message before `m` matches `re`. */
function patronSaidA9(s: Session, m: Msg, re: RegExp): boolean {
  for (const p of s.patron) if (p.pos < m.pos && re.test(p.n)) return true;
  return false;
}
/** (v26 A3, `smallTalkQuestionA3`; A9 `smallTalkMoreA9`, `patronTopicA9`) Question sentence `x` is small talk. */
function smallTalkQA3(s: Session, m: Msg, x: Sentence): boolean {
  if (!(SMALL_TALK_Q_A3.test(x.n) || (s.rubric.smallTalkMoreA9 === true && WEEKDAY_A9.test(x.n) && SMALL_TALK_Q_A3.test(x.n.replace(WEEKDAY_A9, 'monday'))))) return false;
  // (v26 A9, `patronTopicA9`) "How's the weather there today?" to a patron asking for outdoor things shapes the answer
  return !(s.rubric.patronTopicA9 === true && WEATHER_WORD_A9.test(x.n) && patronSaidA9(s, m, PATRON_WEATHER_A9));
}
/** (v26 A3, `smallTalkElseA3`; A9 `smallTalkMoreA9`, `patronTopicA9`) Sentence `x` asks about the patron's plans or news. */
function smallTalkElseA3(s: Session, m: Msg, x: Sentence): boolean {
  if (!x.n.includes('else')) return false;
  if (!(SMALL_TALK_ELSE_A3.test(x.n) || (s.rubric.smallTalkMoreA9 === true && x.n.includes('long') && SMALL_TALK_ELSE_A3.test(x.n.replace(/\blong (?=weekend)/, ''))))) return false;
  // (v26 A9, `patronTopicA9`) "Anything else fun on your list?" to a patron working through a reading list
  return !(s.rubric.patronTopicA9 === true && x.n.includes('list') && patronSaidA9(s, m, PATRON_LIST_A9));
}
/** (v26 A9, `sharedScreenA9`) The whole question asks whether the provider's shared screen shows: "Is my screen coming through ok on your end?". */
const SHARED_SCREEN_A9 =
  /^(?:(?:ok|okay|so|and|now|great|alright|perfect),? )*(?:is|are) my (?:screen|shared screen|screen share|screenshare|cursor|pointer|window|browser) (?:coming through|showing up|showing|visible|loading|working)(?: (?:ok|okay|alright|all right|fine|clearly|now))*(?: (?:on|at) (?:your|ur) (?:end|side)| for (?:you|u))?(?: (?:ok|okay|now))?[?!. ]*$/;
/**
 * (v27 B1, `smallTalkMoreB1`) More whole questions of small talk (normalised): the weather still going on ("is it still
 * snowing out your way?") and the patron's day or weekend ("are you having a good weekend so far?").
 */
const SMALL_TALK_B1 =
  /^(?:(?:oh|so|and|btw|by the way|anyway|ha|haha|lol|hey|well|brr|wow),? )*(?:is it (?:still )?(?:snowing|raining|pouring|storming|hot|cold|freezing|sunny|windy|icy|humid|warm|chilly|nice out|nice)(?: (?:out|outside|over|up|down))?(?: (?:there|your way|where (?:you|u) are|by (?:you|u)|in [a-z]+(?: [a-z]+)?))?(?: (?:today|still|yet|tonight|this morning))?|(?:are|r) (?:you|u) having (?:a|an) (?:good|nice|great|lovely|busy|relaxing|fun|ok|okay|decent) (?:day|morning|afternoon|evening|night|week|weekend|holiday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: so far)?(?: today)?)[^a-z0-9]*$/;
/** (v27 B1, `smallTalkMoreB1`) SMALL_TALK_B1's weather shapes, which A9's outdoor topic turns back into the need. */
const WEATHER_B1 = /^(?:(?:oh|so|and|btw|by the way|anyway|ha|haha|lol|hey|well|brr|wow),? )*is it\b/;
/** (v27 B1, `smallTalkMoreB1`) Question sentence `x` is small talk of SMALL_TALK_B1's shapes. */
function smallTalkB1(s: Session, m: Msg, x: Sentence): boolean {
  if (x.n.length >= 100 || !SMALL_TALK_B1.test(x.n)) return false;
  if (s.rubric.patronTopicA9 === true && WEATHER_B1.test(x.n) && patronSaidA9(s, m, PATRON_WEATHER_A9)) return false;
  // (v27 B10, `weatherNeedB10`) the patron's question turns on the weather ("the roads out here are awful")
  return !(s.rubric.weatherNeedB10 === true && WEATHER_B1.test(x.n) && patronSaidA9(s, m, PATRON_WEATHER_B10));
}
/** (v27 B10, `weatherNeedB10`) A patron's words of weather or travel that the weather decides. */
const PATRON_WEATHER_B10 = /\b(?:storms?|stormy|snow|snowing|snowed|blizzard|ice|icy|rain|raining|pouring|flood|flooding|roads?|drive|driving|car|bookmobile|closing|closed|close early|cancel|cancelled|canceled|cancelling|delayed|weather)\b/;
/**
 * (v27 B1, `chatCheckB1`) The whole question asks whether the chat itself works: "sorry, is the chat box loading properly for
 * you now?", "are my replies showing up on your end?".
 */
const CHAT_CHECK_B1 =
  /^(?:(?:sorry|ok|okay|so|and|now|hmm|oops|apologies|hi|hello|great),? )*(?:is|are|does|do) (?:the |this |our |my )?(?:chat|chat box|chatbox|chat window|chat widget|message|messages|reply|replies|text|connection) (?:coming through|showing up|showing|loading|working|displaying|going through|getting through|come through|show up|load|work)(?: (?:ok|okay|properly|correctly|alright|all right|fine|now|again|for (?:you|u)|on (?:your|ur) (?:end|side|screen)|at (?:your|ur) end)){0,4}[?!. ]*$/;
/** (v27 B10, `chatNeedB10`) A patron's words of messages outside this chat: texts, alerts, notices (not e-mail: patrons give theirs). */
const PATRON_MESSAGES_B10 = /\b(?:texts?|texting|sms|alerts?|notices?|notifications?|voicemails?|widget|embed|embedded)\b/;
/** (v27 B1, `ownSearchB1`) The patron's own search: "on your own", "yourself", "so far", "already", "yet". */
const OWN_SEARCH_B1 = /\b(?:on (?:your|ur) own|yourself|urself|so far|already|yet)\b/;
/**
 * (v27 B1, `ownSearchB1`) Completeness-shaped question sentence `x` of `m` asks about the patron's own search, and nothing was
 * given before it (no earlier provider message gives information, no source earlier in `m`): "Any luck finding it on your
 * own so far?".
 */
function ownSearchB1(s: Session, m: Msg, x: Sentence): boolean {
  return OWN_SEARCH_B1.test(x.n) && nothingGivenBefore(s, m, x.k);
}
/** No provider message before `m` gives information, and `m` gives no source before its sentence `k` (v27 B1's, v29 D3's test). */
function nothingGivenBefore(s: Session, m: Msg, k: number): boolean {
  for (const p of s.prov) {
    if (p.pos >= m.pos) break;
    if (givesInfo(s, p)) return false;
  }
  const src = sourceAt(s, m);
  return src < 0 || src >= k;
}
/** (v26 A3) Cheap test before SMALL_TALK_Q_A3. */
const MAYBE_SMALL_TALK_A3 = /\b(?:how|hows|are|r|did)\b/;

/**
 * Sentence with a clarifying question or a restatement of the need, -1 if none. Any provider
 * question counts except the greeting's offer of help, idle check-ins, "anything else?",
 * completeness questions and hold/transfer announcements.
 */
export function clarifyAt(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  const memo = m.memo;
  if (memo.clarify === UNSET) memo.clarify = clarifyNow(s, m);
  return memo.clarify;
}

/** (v6) A question that asks for or reads back the patron's e-mail or phone ("your address" may be residence, which shapes the answer). */
const CONTACT_WORD = /@|\b(?:email|e mail|phone|number|cell|mobile)\b/;
/** (v9 T, `itemNumberT`) CONTACT_WORD without "number 3", "number two": an item of a list, not a phone number. */
const CONTACT_WORD_T = /@|\b(?:email|e mail|phone|cell|mobile)\b|\bnumber\b(?! (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![ .-]?\d))/;

/**
 * (v46 L11) A number that identifies a person, a case or a thing, not how to reach the patron: "a tax number", "her Social
 * Security number", "the case number", "his alien number" [not "your number", "a number to reach you", "a good number", "a phone
 * number", nor a house, street or apartment number, part of an address].
 */
const ID_NUMBER_L11 =
  /\b(?:tax|social security|security|ssn|id|identification|case|account|card|passport|license|licence|policy|claim|reference|tracking|order|serial|model|part|ticket|permit|receipt|confirmation|isbn|issn|call|room|page|lot|parcel|routing|employer|itin|alien|uscis|visa|green card|vin|student|patron|member|registration|application|file|form|item|flight|seat|bus|taxpayer) (?:id )?numbers?\b/g;
/**
 * (v52 R8, `numberStateR8`) A question about the state of the patron's phone number: "Is your number back on your own phone now?",
 * "Has your number been ported back yet?", "is ur number still hijacked?" [not how to reach them: "Is your number still the best
 * one to reach you?", a number typed ("Is your number 555-…?"), "… so I can text you"].
 */
const NUMBER_STATE_R8 =
  /\b(?:your|ur|her|his|their) (?:phone |cell |cell phone |mobile |home |old )?number (?:(?:been|got|gotten|get|is|was|still|now|already|finally|ever|all) ){0,2}(?:back|working|restored|active|ported|moved|hijacked|stolen|disconnected|blocked|transferred|switched|reconnected|suspended|spoofed|cut off|turned off|shut off|swapped)\b/;
/** (v52 R8) What asks how to reach the patron after all: a number or an address typed, "best / on file", reaching or sending. */
const REACH_R8 = /@|\d\d|\b(?:reach|contact|best|good|correct|on file|call (?:you|u)|text (?:you|u)|email (?:you|u)|send|sent)\b/;
/** (v8 I) "Do you still have access to the email…?", "your card number and the email on the account": the account, not a contact. */
const ACCOUNT_Q_I = /\b(?:(?:card|account|patron|member|barcode|library) (?:number|no|num|id)|barcode|pin|password|user ?name|(?:have|has|had) access to|(?:log|sign|get) (?:in ?to|into)|locked out)\b/;
/** (v24 Y2, `loginWithY2`) "Are you logging in with your student number or your email?": how the patron logs in. */
const LOGIN_WITH_Y2 = /\b(?:logging|log|signing|sign) (?:in|on) with\b|\blogin with\b/;

/** (v12 L7, `accountEmailL7`) "Do you still have the email you signed up with?": the account's e-mail, not how to reach the patron. */
const ACCOUNT_EMAIL_L7 = /\b(?:email|e mail|phone|number)\b(?= (?:(?:that )?(?:you|u) (?:used to |use to )?(?:signed up|sign up|registered|register|set up|opened)|(?:on|for|linked to|attached to) (?:the|your|ur) (?:account|card|library account|profile))\b)(?![^?]{0,80}\b(?:reach|contact|send|sent|get back|write back)\b)/;

/**
 * (v18 RM, `mailServiceRM`) A mail service named as a word, not inside an address ("is your email gmail"), in a question
 * that says nothing of reaching or sending to the patron ("Can I send the list to your Gmail?" asks how to reach them).
 */
const MAIL_SERVICE_RM = /(?<![@.\w])(?:gmail|yahoo|outlook|hotmail|icloud|aol|protonmail|proton mail)\b(?!\.)/;
const REACH_RM = /\b(?:reach|contact|send|sent|get back|write back|email you|e mail you|mail you|forward)\b/;

/** (v20 T4, `devicePhoneT4`) The patron's phone as the device they use: "on your phone", "from your cell", "with the phone". */
const DEVICE_PHONE_T4 = /\b(?:on|from|using|with|in|via) (?:your|ur|a|the) (?:(?:smart|cell|mobile|android) )?(?:phone|cell|mobile|iphone)\b(?! (?:number|no|num)\b)/;
/** (v20 T4) Words that make a question about the phone one about reaching the patron. */
const REACH_WORD_T4 = /@|\d\d|\b(?:email|e mail|number|text|texts|texting|call|calls|reach|contact|sms)\b/;

/** (v26 A6, `deviceOrPhoneA6`) The phone as the other of a choice of devices: "on a computer or your phone", "laptop or phone". */
const DEVICE_OR_PHONE_A6 = /\b(?:computer|laptop|desktop|tablet|ipad|chromebook|pc|mac|kindle|kobo|nook|e ?reader) or (?:(?:on|from|using) )?(?:your |ur |a |the )?(?:(?:smart|cell|mobile|android) )?(?:phone|cell|mobile|iphone)\b(?! (?:number|no|num)\b)|\b(?:phone|cell|mobile|iphone) or (?:(?:on|from|using) )?(?:your |ur |a |the )?(?:computer|laptop|desktop|tablet|ipad|chromebook|pc|mac)\b/;
/** (v26 A6, `sharedScreenA6`) The whole question asks whether the patron sees the provider's shared screen: "Can you see my screen?". */
const SHARED_SCREEN_A6 = /^(?:(?:ok|okay|so|and|now|great|alright|perfect),? )*(?:can|do|could|are) (?:you|u) (?:now |able to )?see (?:my (?:screen|shared screen|cursor|pointer|mouse|browser|window)|what (?:im|i am) (?:sharing|showing|doing))(?: (?:now|ok|okay|alright|all right|clearly|there))*[?!. ]*$/;
/** (v26 A6, `pastAskA6`) A question in the past tense: "Did the steps work for you?" asks about what was done. */
const PAST_ASK_A6 = /^(?:(?:ok|okay|so|and|great|now),? )*did\b/;
/** (v26 A10, `contactPastAskA10`) The question names the contact: "did that address / email / number work for you?". */
const CONTACT_NAMED_A10 = /\b(?:address|email|e mail|number|phone|cell)\b/;
/** (v20 T8, within `devicePhoneT4`) Words that make a question about the phone one about delivering to the patron: "send the link to you on your phone". */
const SEND_WORD_T8 = /\b(?:send|sent|forward|ping|message|whatsapp|dm)\b/;

/** (v9 Q) A clause opening with a question word: ", what is your card number?", " - which branch?". */
const WH_CLAUSE_Q = /(?:[,;:]| -) (?:(?:and|so|but|first|meanwhile|quick question|in the meantime),? )?(?:what|whats|which|where|wheres|when|who|whos|how|whose)\b/;
/**
 * The clause of sentence `x` after its hold that `re` opens ("One moment, what is your card number?" → "what is your card
 * number?"), or null: the hold's match may take its comma ("one second,"), so the tail then opens with one again.
 */
function clauseAfterHold(m: Msg, x: Sentence, re: RegExp): string | null {
  const h = m.execFrom(x, F.hold, 0);
  if (h === null) return null;
  const rest = x.n.slice(h.index + h[0].length);
  const tail = /[,;:]\s*$/.test(h[0]) ? `, ${rest.trimStart()}` : rest;
  const q = re.exec(tail);
  return q === null ? null : tail.slice(q.index);
}
/**
 * (v9 Q) Question sentence `x` opens with a hold and then asks about the need in a clause of its own ("Let me take a
 * look, what is your card number?"): the clause after the hold opens with a question word and is itself no hold.
 */
function holdThenQuestion(s: Session, m: Msg, x: Sentence): boolean {
  const clause = clauseAfterHold(m, x, WH_CLAUSE_Q);
  return clause !== null && !s.P.hold.test(clause) && !s.P.stillThere.test(clause);
}

/**
 * (v9 P, `notNeedQuestionP`) An offer to search with nothing about the need in it: "Would you like me to check
 * the catalog for you?", "Shall I look that up?", "Want me to do a quick search?" ("Would you like me to look for
 * books or articles?" names a choice, so it is not bare).
 */
const BARE_OFFER_P =
  /^(?:(?:ok|okay|so|great|sure|alright|and|also|well|now),? )*(?:would (?:you|u) like|do (?:you|u) want|(?:you )?want|would it help if|shall|should|can|may|could) (?:me|i|us|we) (?:to )?(?:go ahead and |quickly |just |also |first )?(?:check|search|look|look up|dig|hunt|try|find out|do a (?:quick |little )?search|run a (?:quick |little )?search|have a (?:quick |little )?look|take a (?:quick |little )?look|see what (?:i|we) can find|see if (?:i|we) (?:have|can find) (?:it|that|one|anything|something)|pull (?:it|that|something|some things) up|find (?:it|that|something|some(?:thing)? for (?:you|u)))(?: (?:it|that|this|them|those) up)?(?: (?:in |on |through |into )?(?:the|our) (?:catalog|catalogue|database|databases|system|records|collection|shelves|website|site))?(?: (?:for|into) (?:you|u|it|that|this|them))?(?: (?:now|real quick|quickly|first|for you|for u))?[?!. ]*$/;

/**
 * (v11 K1) Asking leave to send or share something, the whole question: "Is it OK if I send you a link?", "Do you mind if I
 * paste the steps here?", "Can I e-mail you the list?" (not "…if I ask what the paper is about?", which goes on to the need, nor "Can I send you a link, or do you want print
 * books?", a choice of format).
 */
const PERMISSION_K1 =
  /^(?:(?:ok|okay|so|and|also|first|great|sure|alright),? )*(?:(?:is it|would it be|will it be|is that) (?:ok|okay|alright|all right|fine)|(?:do|would) (?:you|u) mind|mind) if (?:i|we) (?:just )?(?:send|e ?mail|text|paste|share|drop|post|give|put|copy)\b(?:(?!,? or )[^?]){0,60}\?[ !?]*$|^(?:(?:ok|okay|so|and|also|great|sure|alright),? )*(?:can|may|could|shall) (?:i|we) (?:just )?(?:send|e ?mail|text|paste|share|drop|post) (?:you|u)\b(?:(?!,? or )[^?]){0,60}\?[ !?]*$/;
/** (v9 P, `notNeedQuestionP`) "Did you know we also lend telescopes?", "Did you know that you can renew online?": telling, not asking. */
const DID_YOU_KNOW_P = /^(?:(?:oh|btw|by the way|also|and|fun fact|ps),? )*(?:did|do) (?:you|u|ya) know (?:that )?(?:we|our|the library|you can|u can|there (?:is|are|was|were)|theres|its|it is)\b/;

/** (v10 U) ", or would the preprint do?": the second option of a choice worded as "would / will / does Y do". */
const CHOICE_OR_U = /,? or (?:would|will|does|do|could|might) (?:the |a |an |(?:a|an|the) [a-z-]+ )?[a-z-]+(?: [a-z-]+)?(?: also| too| just)? do(?: (?:too|as well|for (?:you|u|now)))?[ !.]*\?\s*$/;
/** (v12 L3, `choiceTailL3`) ", or is that what you're trying to find?": the second option asks whether the thing named is what is sought. */
/** v9 L3's and v23 X1's ", or is that what you're …": the second option asks what the patron is after. */
const OR_IS_THAT_WHAT = String.raw`,? or (?:is|was) (?:that|this|it) (?:what|the (?:thing|part|one|question)) (?:youre|you are|u r|ur|you were|youve been) `;
const CHOICE_OR_L3 = new RegExp(
  `${OR_IS_THAT_WHAT}(?:trying|hoping|wanting|looking|needing|meaning|asking)(?: (?:to (?:find|find out|figure out|work out|learn|pin down|confirm|prove|track down|date|know)|for|about))?[ !.]*\\?\\s*$`,
);
/** (v13 N7, `choiceWorkN7`) ", or would the audiobook on CD work too?": the second option worded as "would / will / does Y work". */
const OR_WOULD_WORK = String.raw`,? or (?:would|will|does|do|could|might) (?:the |a |an |(?:a|an|the) [a-z-]+ )?[a-z-]+(?: (?:on|in) [a-z-]+| [a-z-]+)?(?: also| just)? work(?: (?:too|as well|instead|for (?:you|u|now)))?[ !.]*`;
const CHOICE_WORK_N7 = new RegExp(`${OR_WOULD_WORK}\\?\\s*$`);
/** (v23 X1, `choiceTailX1`) ", or is that what you're unsure about?": the second option asks what the patron is unsure of. */
const CHOICE_UNSURE_X1 = new RegExp(`${OR_IS_THAT_WHAT}(?:unsure|not sure|uncertain|confused|stuck|wondering)(?: (?:about|on|of))?[ !.]*\\?\\s*$`);
/** (v23 X1, `choiceTailX1`) v13's CHOICE_WORK_N7 in chat-speak with no "?" ("do u need the print copy or would the ebook work for u"). */
const CHOICE_BARE_X1 = new RegExp(`${OR_WOULD_WORK}$`);
/** (v10 U) Question sentence `x` offers a choice whose first option is no completeness question. */
function choiceQuestion(s: Session, x: Sentence): boolean {
  const n = x.n;
  if (!n.includes(' or ')) return false;
  const c =
    CHOICE_OR_U.exec(n) ??
    (s.rubric.choiceTailL3 === true ? CHOICE_OR_L3.exec(n) : null) ??
    (s.rubric.choiceWorkN7 === true ? CHOICE_WORK_N7.exec(n) : null) ??
    (s.rubric.choiceTailX1 === true ? (CHOICE_UNSURE_X1.exec(n) ?? (n.includes('?') ? null : CHOICE_BARE_X1.exec(n))) : null);
  if (c === null || c.index < 3) return false;
  return !s.P.completeness.test(n.slice(0, c.index));
}

/** (v12 M4, `narrowAfterAskM4`) "Looking for anything specific?", "anything in particular?": the whole question. */
const NARROW_M4 = /^(?:(?:ok|okay|so|and|great|sure|cool|nice),? )*(?:(?:are|r) (?:you|u) )?(?:(?:looking|searching) for )?(?:something|anything|any (?:title|one|kind|type|game|book|author|series)) (?:in particular|specific|specifically)[?!. ]*$/;
/** (v12 M4) A patron's opening that asks nothing yet: a greeting, "can you help me?", "I have a question". */
const ASKS_NOTHING_M4 = /^(?:(?:hi|hello|hey|yo|good (?:morning|afternoon|evening))(?: there)?[,!. ]*)*(?:(?:i (?:have|got) a (?:quick )?question|(?:can|could) (?:you|u|someone|anyone|somebody) help(?: me)?(?: (?:please|pls|out))?|i need (?:some )?help|(?:is )?(?:anyone|anybody|someone|somebody) (?:there|here))[?!. ]*)?$/;
/** (v12 M4) Before provider message `m`, the patron asked about something (a visible message that is more than an opening). */
function patronAskedBefore(s: Session, m: Msg): boolean {
  for (let p = m.pos - 1; p >= 0; p--) {
    const v = s.vis[p]!;
    if (v.role === 'patron' && !ASKS_NOTHING_M4.test(v.n)) return true;
  }
  return false;
}

/**
 * (v15 O3, `nothingGivenYetO3`) Question sentence `x` comes right after the introduction in the provider's first visible
 * message, with no source before it: nothing has been given yet, so a completeness-shaped question ("Are the items back
 * now?") asks about the patron's situation.
 */
function nothingGivenYetO3(s: Session, m: Msg, x: Sentence): boolean {
  if (x.k === 0 || selfIdentifies(s, m) !== x.k - 1 || providerMessagesBefore(s, m, 1) > 0) return false;
  const src = sourceAt(s, m);
  return src < 0 || src >= x.k;
}

/** (v24 Y3, `nameQuestionY3`) The whole question asks the patron's name ("What is your good name?", "your name please?"). */
const NAME_QUESTION_Y3 =
  /^(?:(?:ok|okay|so|and|first|before that|sir|madam|mam|maam|dear|hello|hi),? )*(?:(?:may|can|could) i (?:know|have|get|ask)|what is|whats|tell me|(?:kindly|please|pls) (?:tell|share|give)(?: me)?)? ?(?:your|ur) (?:good |full |first |nice )?name(?: (?:please|pls|sir|madam|mam|maam|ji))*[?!. ]*$/;

/** (v24 Y9) The patron's own account: "my card", "my fine", "my account", "renew my books", "my hold", "i borrowed". */
const OWN_ACCOUNT_Y9 = /\b(?:my|mine) (?:(?:library|reader|member|membership) )?(?:card|account|fines?|dues|holds?|renewals?|loans?|membership|borrowing|books|items)\b|\b(?:fine|fines|dues|overdue) on my\b|\bi (?:borrowed|returned|renewed|checked out)\b/;
/** (v24 Y9, `nameForAccountY9`) A patron message before `m` asks about the patron's own account (the name finds it). */
function ownAccountAskedY9(s: Session, m: Msg): boolean {
  for (const p of s.patron) if (p.pos < m.pos && OWN_ACCOUNT_Y9.test(p.n)) return true;
  return false;
}

function clarifyNow(s: Session, m: Msg): number {
  for (const x of m.sentences) {
    if (!x.q) {
      // (v28 C6, `instructionNotRestateC6`) "So you need to log in first": an instruction, not a restatement
      if (m.sHas(x, F.restatement) && !(instructionC6(s, x) && !restatedStepC10(s, x))) return x.k;
      // (v29 D3, `titleEchoRestateD3`) "Plainsong by Kent Haruf, got it.": the patron's title echoed back restates the request
      if (s.rubric.titleEchoRestateD3 === true && x.n.includes(' by ') && titleEchoZ2(s, m, x)) return x.k;
      // (v28 C10, `instructionFirstC10`) the PIN case: "So you need to reset your PIN before your class on Friday." restates
      continue;
    }
    // (v26 A2, `quotedQuestionA2`) "‘Do I dare to eat a peach?’ — I know that line.": the poem's question, not the provider's
    // (v26 A9, `relayedQuestionA9`) but 'Our archivist asks: "Do you know roughly what year he arrived?"' is put to the patron
    if (s.rubric.quotedQuestionA2 === true) {
      const a10 = s.rubric.apostropheWordsA10 === true;
      if (quotedQuestionA2(m, x, a10) && !(s.rubric.relayedQuestionA9 === true && quotedQuestionA2(m, x, a10, RELAYED_ASK_A9))) continue;
    }
    if ((m.sHas(x, F.stillThere) && !(s.rubric.whichOnI4 === true && WHICH_ON_I4.test(x.n)) && !(s.rubric.whenThereO3 === true && WHEN_THERE_O3.test(x.n))) || m.sHas(x, F.anythingElse)) continue;
    // (v28 C6, `rhetoricalC6`) "Who doesn't love a good mystery?": rhetorical
    // (v28 C10, `choiceNotRhetoricalC10`) "Who doesn't like spicy food, the kids or the grandparents?" asks
    if (s.rubric.rhetoricalC6 === true && x.n.includes('who') && RHETORICAL_C6.test(x.body) && !choiceNotRhetoricalC10(s, x)) continue;
    if (m.sHas(x, F.greetingOffer) && !(s.rubric.narrowAfterAskM4 === true && NARROW_M4.test(x.body) && patronAskedBefore(s, m))) continue;
    if (
      m.sHas(x, F.completeness) &&
      (!offerOnly(s, x, m) || m.sHas(x, F.letMeKnow)) &&
      !(s.rubric.choiceClarifyU === true && choiceQuestion(s, x)) &&
      !(s.rubric.nothingGivenYetO3 === true && nothingGivenYetO3(s, m, x)) &&
      // (v29 D3, `nothingGivenD3`) "Is the catalog loading for you now?" before anything was given asks about the situation
      !nothingGivenD3(s, m, x) &&
      // (v27 B1, `ownSearchB1`) "Any luck finding it on your own so far?" before anything was given: the patron's own search
      !(s.rubric.ownSearchB1 === true && ownSearchB1(s, m, x)) &&
      // (v28 C6, `restatedAskC6`) "Picture books about dinosaurs - is that what you're looking for?" before anything given
      !restatedAskC6(s, m, x)
    )
      continue;
    if (
      (m.sHas(x, F.hold) &&
        !(s.rubric.holdQuestionClarifyQ === true && (holdThenQuestion(s, m, x) || (s.rubric.holdThenAskI1 === true && holdThenAskI1(s, m, x)))) &&
        // (v28 C6, `checkRightC6`) "Let me just check I've got this right: …?": the reading of the need, not a search
        // (v28 C10, `lookupHoldC10`) "Let me make sure I have that right — can you hold on a moment while I look?" waits
        !(s.rubric.checkRightC6 === true && CHECK_RIGHT_C6.test(x.n) && !lookupHoldC10(s, x))) ||
      m.sHas(x, F.transferNotice)
    )
      continue;
    // (v6) "Is kwalsh@… still the best address?", "What's your email?": how to reach the patron, not the need
    if (s.rubric.contactQuestionNotClarify === true && (s.rubric.itemNumberT === true ? CONTACT_WORD_T : CONTACT_WORD).test(x.n) && m.sHas(x, F.patronContactContext)) {
      // (v8 I) about the patron's account or access, not how to reach them
      if (
        !(s.rubric.accountQuestionClarifyI === true && ACCOUNT_Q_I.test(x.n)) &&
        // (v24 Y2, `loginWithY2`) "Are you logging in with your student number or your email?": the login, not a contact
        !(s.rubric.loginWithY2 === true && LOGIN_WITH_Y2.test(x.n) && !(s.rubric.loginSendY9 === true && REACH_RM.test(x.n))) &&
        !(s.rubric.accountEmailL7 === true && ACCOUNT_EMAIL_L7.test(x.n)) &&
        // (v18 RM, `mailServiceRM`) "Is your email Gmail, or something else?": which kind of account, not how to reach the patron
        !(s.rubric.mailServiceRM === true && MAIL_SERVICE_RM.test(x.n) && !REACH_RM.test(x.n)) &&
        // (v20 T4, `devicePhoneT4`) "So you need UpToDate on your phone, right?": the phone as a device
        !(s.rubric.devicePhoneT4 === true && DEVICE_PHONE_T4.test(x.n) && !REACH_WORD_T4.test(x.n) && !SEND_WORD_T8.test(x.n)) &&
        // (v33 W1, `forPhoneW1`) "a printable map or one for your phone?": the phone as the device a thing is for
        // (v34 X1, `forPhoneAddressX1`) not "Is the address on file the same as the one for your phone?": an address
        !(s.rubric.forPhoneW1 === true && FOR_PHONE_W1.test(x.n) && !REACH_WORD_T4.test(x.n) && !SEND_WORD_T8.test(x.n) && !(s.rubric.forPhoneAddressX1 === true && ADDRESS_X1.test(x.n))) &&
        // (v26 A6, `deviceOrPhoneA6`) "Are you on a computer or your phone?": the phone as one of the devices
        !(s.rubric.deviceOrPhoneA6 === true && DEVICE_OR_PHONE_A6.test(x.n) && !REACH_WORD_T4.test(x.n) && !SEND_WORD_T8.test(x.n)) &&
        // (v31 K1, `thirdPartyAskedK1`) "Did they ask you for your number?": what a caller asked, not how to reach the patron
        !thirdPartyAskedK1(s, x.n) &&
        // (v36 G6, `phoneLineG6`) "Was it a recorded call to your landline or your cell?": the phone a call came to
        !(phoneLineG6(s, x.n) && !librarySentE6(s, x.n)) &&
        // (v37 E6, `phoneLineE6`) "are they calling ur cell or ur landline?": calls still coming
        !phoneNowE6(s, x.n) &&
        // (v46 L11, `idNumberL11`) "So you need a tax number for your wife, is that right?": an identifying number, not the patron's
        !(s.rubric.idNumberL11 === true && !CONTACT_WORD_T.test(x.n.replace(ID_NUMBER_L11, ' '))) &&
        // (v52 R8, `numberStateR8`) "Is your number back on your own phone now?": the number's state, the patron's situation
        !(s.rubric.numberStateR8 === true && NUMBER_STATE_R8.test(x.n) && !REACH_R8.test(x.n))
      )
        continue;
    }
    if (s.rubric.notNeedQuestionP === true && (BARE_OFFER_P.test(x.body) || DID_YOU_KNOW_P.test(x.body))) continue;
    // (v26 A6, `sharedScreenA6`) "Can you see my screen?": the provider's shared screen, not the need
    if (s.rubric.sharedScreenA6 === true && x.n.includes('see') && SHARED_SCREEN_A6.test(x.body)) continue;
    // (v24 Y3, `nameQuestionY3`) "What is your good name?": the patron's name shapes no answer
    if (s.rubric.nameQuestionY3 === true && x.n.includes('name') && NAME_QUESTION_Y3.test(x.n) && !(s.rubric.nameForAccountY9 === true && ownAccountAskedY9(s, m))) continue;
    // (v11 K1, `permissionNotNeedK1`) "Is it OK if I send you a link?": leave for the provider's delivery, not the need
    if (s.rubric.permissionNotNeedK1 === true && PERMISSION_K1.test(x.body)) continue;
    // (v26 A3, `smallTalkQuestionA3`) "How's your evening going so far?", "Are you enjoying the snow?": small talk, not the need
    if (s.rubric.smallTalkQuestionA3 === true && x.n.length < 100 && MAYBE_SMALL_TALK_A3.test(x.n) && smallTalkQA3(s, m, x)) continue;
    // (v26 A9, `sharedScreenA9`) "Is my screen coming through ok on your end?": the provider's shared screen, not the need
    if (s.rubric.sharedScreenA9 === true && x.n.includes('screen') && SHARED_SCREEN_A9.test(x.body)) continue;
    // (v27 B1, `smallTalkMoreB1`) "Is it still snowing out your way?", "Are you having a good weekend so far?": small talk
    if (s.rubric.smallTalkMoreB1 === true && smallTalkB1(s, m, x)) continue;
    // (v27 B1, `chatCheckB1`) "Sorry, is the chat box loading properly for you now?": the chat itself, not the need
    // (v27 B10, `chatNeedB10`) but not when the patron wrote of texts, alerts or notices of their own: those are the need
    if (s.rubric.chatCheckB1 === true && CHAT_CHECK_B1.test(x.body) && !(s.rubric.chatNeedB10 === true && patronSaidA9(s, m, PATRON_MESSAGES_B10))) continue;
    return x.k;
  }
  return -1;
}

// ---- endings ---------------------------------------------------------------------------------

/** (v12 L4) A sentence that is only a check-in ("you there", "are you still there", "still with me"), without "?". */
const BARE_CHECKIN_L4 = /^(?:(?:are|r) )?(?:(?:you|u|anyone|anybody|someone|somebody) (?:still )?(?:there|with me|with us|around|online)|still (?:there|with me|with us))[ .!]*$/;

/** Sentence asking whether the patron is still there, -1 if none. */
export function stillThere(s: Session, m: Msg): number {
  // asked as a question, or as "let me know if you're still there"
  const memo = m.memo;
  if (memo.stillThere === UNSET) {
    // (v12 L4, `bareCheckinL4`) or texted as a bare check-in without "?": "you there", "r u still there"
    const bare = s.rubric.bareCheckinL4 === true;
    memo.stillThere =
      asksOrLetMeKnow(m) || (bare && m.sentences.some((x) => BARE_CHECKIN_L4.test(x.body))) || (s.rubric.bareTailE8 === true && m.sentences.some((x) => (s.rubric.bareTailNarrowE9 === true ? bareTailE9(x.body) : bareTailE8(x.body)))) || (s.rubric.bareTailHereE11 === true && m.sentences.some((x) => bareTailHereE11(x.body))) || (s.rubric.bareTailLaughE14 === true && m.sentences.some((x) => bareTailLaughE14(x.body)))
        ? m.find(F.stillThere, (x) => x.q || m.sHas(x, F.letMeKnow) || (bare && BARE_CHECKIN_L4.test(x.body)) || (s.rubric.bareTailE8 === true && (s.rubric.bareTailNarrowE9 === true ? bareTailE9(x.body) : bareTailE8(x.body))) || (s.rubric.bareTailHereE11 === true && bareTailHereE11(x.body)) || (s.rubric.bareTailLaughE14 === true && bareTailLaughE14(x.body)))
        : -1;
  }
  return memo.stillThere;
}

/** Sentence that thanks the patron, says goodbye or invites them back (closing.courteous), -1 if none. */
export function courteous(s: Session, m: Msg): number {
  const memo = m.memo;
  if (memo.courteous === UNSET) memo.courteous = courteousNow(s, m);
  return memo.courteous;
}

/** A span in double quotes: a title or words the provider quotes ("Goodbye, Mr. Chips"), not their own. */
export const QUOTED = /"[^"]*"/g;
/** (v24 Y6) Three words of the provider's own left outside the quotes. */
const OWN_WORDS_Y6 = /[a-z0-9]{2,}[^a-z0-9"]+[a-z0-9]{2,}[^a-z0-9"]+[a-z0-9]{2,}/;
/**
 * (v24 Y6, `quotedWordsY6`) What `res` find in `m` is all inside double quotes, and words of the provider's own stay
 * outside them: a screen's, an error's or a policy's words the provider reports ('the screen says "Your time is up"').
 */
export function onlyQuotedY6(s: Session, m: Msg, res: readonly RegExp[]): boolean {
  if (s.rubric.quotedWordsY6 !== true) return false;
  // (v26 A2, `singleQuotesA2`) 'If the booking screen says ‘Your time is up’, …': single quotes quote too
  const single = s.rubric.singleQuotesA2 === true ? singleUnquotedA2(m, s.rubric.apostropheWordsA10 === true) : null;
  if (single === null && !m.n.includes('"')) return false;
  const out = (single ?? m.n).replace(QUOTED, ' ');
  if (!OWN_WORDS_Y6.test(out)) return false;
  for (const re of res) if (re.test(out)) return false;
  return true;
}

/**
 * (v26 A2, `singleQuotesA2`) A span in single quotes in the raw text: curly ‘…’ (an apostrophe ’ before a letter inside it:
 * "‘It’s a Wonderful Life’"), or straight '…' opening at a word's start and closing at a word's end ("the 'Hello, Goodbye'
 * single"; "the students' books", "'em", "'til" and "the '90s" open nothing). A straight span may pass over other
 * apostrophes, so it is bounded at 300 characters: a message of thousands of "'a" stays linear (bench/hostile.ts).
 */
const SINGLE_QUOTED_A2 = /\u2018(?:[^\u2018\u2019\n]|\u2019(?=\p{L}))*\u2019|(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])(?!(?:em|til|cause|bout|n|tis|twas|\d0s)\b)(?:[^'\n]|'(?=\p{L})){0,300}?(?<=\S)'(?![\p{L}\p{N}])/gu;
/**
 * (v26 A10, `apostropheWordsA10`) SINGLE_QUOTED_A2 without the spans an apostrophe opens: a word with its first letters
 * dropped ("'till", "'Scuse", "'Kay", "‘til") or a year ("'99", "'80's", "‘90s") opens no quotation, straight or curly; and
 * a curly span closes at a ’ that ends a word, not at a contraction's ("don’t"). "‘It’s a Wonderful Life’" still quotes.
 */
const APOSTROPHE_WORD_A10 = String.raw`(?!(?:[Ee]m|[Tt]il|[Tt]ill|[Cc]ause|[Cc]os|[Cc]oz|[Cc]uz|[Bb]out|[Nn]|[Tt]is|[Tt]was|[Tt]will|[Kk]ay|[Kk]|[Ss]cuse|[Rr]ound|[Ff]raid|[Nn]uff|[Ss]up|[Yy]a|[Nn]other|\d\ds?|\d0s)\b)`;
const SINGLE_QUOTED_A10 = new RegExp(
  String.raw`\u2018${APOSTROPHE_WORD_A10}(?:[^\u2018\u2019\n]|\u2019(?=\p{L}))*\u2019(?!\p{L})|(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])${APOSTROPHE_WORD_A10}(?:[^'\n]|'(?=\p{L})){0,300}?(?<=\S)'(?![\p{L}\p{N}])`,
  'gu',
);
/**
 * (v26 A2) `m`'s normalised text without its single-quoted spans, null when it has none (normalisation drops single quotes);
 * `a10`: A10's spans (`apostropheWordsA10`). A session's messages are read under one rubric, so one memo serves both.
 */
export function singleUnquotedA2(m: Msg, a10 = false): string | null {
  const raw = m.raw;
  if (!raw.includes("'") && !raw.includes('\u2018')) return null;
  const memo = m.memo;
  if (memo.singleUnquoted === UNSET) {
    const re = a10 ? SINGLE_QUOTED_A10 : SINGLE_QUOTED_A2;
    re.lastIndex = 0;
    memo.singleUnquoted = re.test(raw) ? normalize(raw.replace(re, ' ')) : null;
  }
  return memo.singleUnquoted;
}
/** (v26 A2) Quoted spans of any kind in a raw sentence: double, curly, guillemets, and `single`'s spans. */
const anyQuoted = (single: RegExp): RegExp => new RegExp(`"[^"\\n]*"|\u201c[^\u201c\u201d\\n]*\u201d|\u00ab[^\u00ab\u00bb\\n]*\u00bb|${single.source}`, 'gu');
const ANY_QUOTED_A2 = anyQuoted(SINGLE_QUOTED_A2);
/** (v26 A10) ANY_QUOTED_A2 with A10's single-quoted spans (`apostropheWordsA10`). */
const ANY_QUOTED_A10 = anyQuoted(SINGLE_QUOTED_A10);
/** (v26 A2) A quote mark that may open a span. */
const QUOTE_MARK_A2 = /["\u201c\u2018'\u00ab]/;
/**
 * (v26 A2, `quotedQuestionA2`) Question sentence `x` lies whole inside a quoted span of its message ("‘Do I dare to eat a
 * peach?’ — I know that line.", split after the "?"): a question quoted, not asked.
 */
function quotedQuestionA2(m: Msg, x: Sentence, a10: boolean, before?: RegExp): boolean {
  const raw = m.raw;
  if (x.n.length < 8 || !QUOTE_MARK_A2.test(raw)) return false;
  for (const q of quotedAsksA2(m, a10)) {
    // (v26 A9) `before`: only a span the raw text right before it opens so ("Our archivist asks: ")
    if (q.n.includes(x.n) && (before === undefined || before.test(raw.slice(Math.max(0, q.at - 40), q.at)))) return true;
  }
  return false;
}
/** (v26 A2) The quoted questions read in one message at most: a chat message quotes a few; thousands are hostile input. */
const QUOTED_ASKS_MAX = 50;
/**
 * (v26 A2) `m`'s quoted spans holding a "?", found once per message (each of its question sentences asks); `a10`: A10's
 * spans (`apostropheWordsA10`). A session's messages are read under one rubric, so one memo serves both.
 */
function quotedAsksA2(m: Msg, a10: boolean): QuotedAsk[] {
  const memo = m.memo;
  let out = memo.quotedAsks;
  if (out === undefined) {
    out = memo.quotedAsks = [];
    // (v26 A10, `apostropheWordsA10`) "'Scuse the wait, which campus are you at? Our nursing students' …": no quotation
    const re = a10 ? ANY_QUOTED_A10 : ANY_QUOTED_A2;
    re.lastIndex = 0;
    for (let q = re.exec(m.raw); q !== null && out.length < QUOTED_ASKS_MAX; q = re.exec(m.raw)) {
      if (q[0].includes('?')) out.push({ n: normalize(q[0]), at: q.index });
    }
  }
  return out;
}
/** (v26 A9, `relayedQuestionA9`) A colleague's question relayed: the raw text before the quote ends "asks:", "wants to know,". */
const RELAYED_ASK_A9 = /\b(?:asks|asked|is asking|was asking|wants to know|wanted to know|would like to know|needs to know|wonders|wondered|is wondering)\s*[:,.\u2014-]?\s*$/i;
/** (v26 A2) A reporting verb of someone other than the provider ("someone wrote", "the last librarian said"). */
const REPORTED_QUOTE_A2 =
  /\b(?:wrote|said|says|typed|promised|replied|messaged|told (?:you|u))\b(?<!\b(?:i|we|ive|weve|i have|we have|i just|as i|like i|what i) (?:wrote|said|says|typed|promised|replied|messaged|told (?:you|u)))/;

/**
 * (v26 A8, `relayedNowA8`) The words before a quote end on a colleague's present-tense relay ("our archivist says:", "Ruth
 * writes,"), not on a document's ("the note says") or a past report ("the last librarian wrote").
 */
const RELAYED_NOW_A8 =
  /\b(?!(?:note|notes|notice|notices|screen|site|website|page|email|mail|letter|message|record|records|form|policy|sign|catalog|catalogue|system|app|it|that|this|which|account|ticket|file|log|chat|transcript)\b)[a-z]+ (?:says|writes|just said|just wrote)[,:]?$/;
/** (v26 A10) The provider consulted someone just now: "I just checked with Ana", "I asked my supervisor". */
export const CONSULTED_A10 = /\b(?:i|we) (?:just |quickly )?(?:checked|asked|spoke|talked|consulted|called|messaged|pinged|conferred)\b/;
/** (v26 A10) A colleague's words relayed: "she says", "he just said". */
const RELAYED_A10 = /\b(?:she|he|they) (?:just )?(?:says|said)\b/g;
/**
 * (v26 A10, `relayedNowA10`) `n` without the reports of a colleague's words relayed now: "she says" (present), or "she
 * said" after the provider says they just consulted someone ("I just checked with Ana in ILL and she said …").
 */
function relayedNowA10(n: string): string {
  const consulted = n.includes('said') && CONSULTED_A10.test(n);
  if (!consulted && !n.includes('says')) return n;
  return n.replace(RELAYED_A10, (r) => (r.endsWith('says') || consulted ? ' ' : r));
}

/** (v24 Y10) A quoted span in the first person ("please bear with me while i search"). */
const QUOTED_I_Y10 = /"[^"]*\b(?:i|me|im|ill|ive|id|my)\b[^"]*"/;
/** (v24 Y10) The patron's words quoted back ("you said …", "you wrote …"). */
const YOU_SAID_Y10 = /\b(?:you|u) (?:said|wrote|typed|asked|mentioned)\b/;
/** (v24 Y10, `quotedFirstPersonY10`) `n` quotes words in the first person, not the patron's. */
function quotedFirstPersonY10(n: string): boolean {
  return QUOTED_I_Y10.test(n) && !YOU_SAID_Y10.test(n);
}
/** (v24 Y10) Quoted words next to "rule / limit / policy / guideline": a rule of the service's own, quoted. */
const QUOTED_RULE_Y10 = /\b(?:rules?|limits?|polic(?:y|ies)|guidelines?)\b[^"]{0,24}"[^"]*"|"[^"]*" (?:rules?|limits?|polic(?:y|ies)|guidelines?)\b/;
/**
 * (v24 Y10, `quotedRuleY10`) `onlyQuotedY6` for the dismissal families: quoted words that are a rule, limit or policy the
 * provider applies ('we go by the "one question per chat" rule') are the provider's own dismissal.
 */
export function onlyQuotedDismissalY10(s: Session, m: Msg, res: readonly RegExp[]): boolean {
  if (!onlyQuotedY6(s, m, res)) return false;
  return !(s.rubric.quotedRuleY10 === true && QUOTED_RULE_Y10.test(m.n));
}

/** `text` thanks, says goodbye or invites back (the families `courteous` reads). */
export function courteousText(s: Session, text: string): boolean {
  return s.P.thanks.test(text) || s.P.farewell.test(text) || s.P.inviteBack.test(text);
}

/** (v26 A10) A height or length in feet and inches: 6'2", 5’11”, 5′11″. */
const FEET_INCHES_A10 = /(\d['\u2019\u2032]\d{1,2}(?:\.\d+)?)["\u201d\u2033]/g;
/**
 * (v26 A10, `inchMarksA10`) `m`'s normalised text with the inch marks of feet and inches dropped: 'The 6'2" is from his
 * draft card, thanks for chatting, and the 1940 census has 5'11" too.' quotes nothing between the two heights.
 */
function inchesA10(s: Session, m: Msg): string {
  if (s.rubric.inchMarksA10 !== true) return m.n;
  FEET_INCHES_A10.lastIndex = 0;
  if (!FEET_INCHES_A10.test(m.raw)) return m.n;
  return normalize(m.raw.replace(FEET_INCHES_A10, '$1'));
}

function courteousNow(s: Session, m: Msg): number {
  if (!m.has(F.thanks) && !m.has(F.farewell) && !m.has(F.inviteBack)) return s.rubric.clearSkiesZ6 === true && m.role === 'provider' ? clearSkiesZ6(s, m) : -1;
  if (m.n.includes('"') && !courteousText(s, inchesA10(s, m).replace(QUOTED, ' '))) return -1;
  // (v26 A2, `singleQuotesA2`) "‘Goodbye, Mr. Chips’ is on the shelf too.": a title in single quotes parts nobody
  if (s.rubric.singleQuotesA2 === true) {
    const u = singleUnquotedA2(m, s.rubric.apostropheWordsA10 === true);
    if (u !== null && !courteousText(s, u.replace(QUOTED, ' '))) return -1;
  }
  if (s.rubric.openingNotPartingZ === true && firstProviderMessage(s, m)) {
    // (v10) "Good evening!", "¡Buenas tardes!" opening the chat greet; they part nobody
    for (const x of m.sentences) {
      if (m.sHas(x, F.thanks) || m.sHas(x, F.inviteBack) || (m.sHas(x, F.farewell) && (!m.sHas(x, F.greeting) || haveGoodDayI6(s, m, x)))) return x.k;
    }
    return -1;
  }
  for (const x of m.sentences) {
    if (m.sHas(x, F.thanks) || m.sHas(x, F.inviteBack)) return x.k;
    if (!m.sHas(x, F.farewell)) continue;
    // (v24 Y9, `sameToYouEndY9`) "Same to you sir! Your renewal is done…": a wish returned, the reply goes on
    if (s.rubric.sameToYouEndY9 === true && x.k < m.sentences.length - 1 && x.n.includes('same to') && SAME_TO_YOU_Y9.test(x.n) && !s.P.farewell.test(x.n.replace(SAME_TO_YOU_Y9, ' '))) continue;
    // (v25 Z9, `returnedWishZ9`) "Happy Diwali to you too! Now, the ebook: …": a holiday wish returned, the reply goes on
    if (s.rubric.returnedWishZ9 === true && x.k < m.sentences.length - 1 && RETURNED_WISH_Z9.test(x.n)) continue;
    return x.k;
  }
  return -1;
}
/** (v24 Y9) Y3's "Same to you" of the farewell family. */
const SAME_TO_YOU_Y9 = /\bsame to (?:you|u)\b/;
/** (v25 Z9) A sentence that is only a holiday wish returned: "Happy Diwali to you too!", "Merry Christmas to you as well". */
const RETURNED_WISH_Z9 =
  /^(?:oh,? |and )?(?:a )?(?:very )?(?:happy|merry|feliz|eid|ramadan|ramzan|shana|le shana|l ?shana|chag|hag|gong|gung|kung|chuc|season s|seasons)\b[a-z ]{0,30}? (?:to )?(?:you|u|yours) (?:too|2|as well|also)\b[^a-z0-9]*$/;

/** `m` is the provider's first visible message. */
function firstProviderMessage(s: Session, m: Msg): boolean {
  return m.role === 'provider' && m.pos >= 0 && providerMessagesBefore(s, m, 1) === 0;
}

/** How many visible provider messages come before `m`, counted up to `upTo`. */
export function providerMessagesBefore(s: Session, m: Msg, upTo: number): number {
  let n = 0;
  for (let p = 0; p < m.pos && n < upTo; p++) if (s.vis[p]!.role === 'provider') n++;
  return n;
}

/** Goodbye (Terms): courteous, unless it also asks whether the patron is still there. */
export function isGoodbye(s: Session, m: Msg): boolean {
  return m.role === 'provider' && courteous(s, m) >= 0 && stillThere(s, m) < 0;
}

/** Sentence saying the patron seems to have disconnected, -1 if none. */
export function seemsGone(s: Session, m: Msg): number {
  const memo = m.memo;
  if (memo.seemGone === UNSET) {
    const k = m.find(F.seemGone);
    // (v26 A2, `quotedNoticeA2`) 'If you see "It looks like you've disconnected, this chat will end" again, …': the widget's words
    memo.seemGone = k >= 0 && s.rubric.quotedNoticeA2 === true && onlyQuotedY6(s, m, [s.P.seemGone]) ? -1 : k;
  }
  return memo.seemGone;
}

/** Sentence saying the session will end, -1 if none. */
export function willEnd(s: Session, m: Msg): number {
  const memo = m.memo;
  if (memo.willEnd === UNSET) memo.willEnd = m.find(F.willEnd);
  return memo.willEnd;
}

// ---- follow-up -------------------------------------------------------------------------------

/** Sentence promising to send or find more later ("I'll e-mail you"), -1 if none. */
export function followUpPromise(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  const memo = m.memo;
  if (memo.promise === UNSET) memo.promise = promiseNow(s, m);
  return memo.promise;
}

/**
 * (v54 T1) R17's card (`CARD_SENT_R17`) as T1 reads it: no PIN, no bare "cards", a person's card only before it ("your son's card",
 * not "the Christmas card" from a family's papers), and more kinds of information that keep the sentence a promise when they go with
 * the card (a schedule, a calendar, a booklist, forms, instructions).
 */
const CARD_T1 = [
  // no PIN, no bare "cards"
  ['|card|cards|badge|id card|welcome packet|pin)', '|card|library cards|badge|id card|welcome packet)'],
  // a person's card only
  ['(?:[a-z]+s )?', '(?:(?:sons|daughters|kids|childs|childrens|moms|mums|dads|husbands|wifes|partners|grandsons|granddaughters|grandmas|grandpas|mothers|fathers|students|patrons|teens|nephews|nieces|sisters|brothers) )?'],
  // more kinds of information going with it
  ['|results?|answers?)', '|results?|answers?|schedules?|calendars?|booklists?|newsletters?|forms?|instructions?|maps?)'],
].reduce((src, [from, to]) => retext(src, from!, to!), CARD_SENT_R17);
/**
 * (v54 T1, `cardAloneT1`) A sentence that sends the library's card alone: a sending verb ("you" between or not) and then the card as
 * T1 reads it (`CARD_T1`: "mail your new card to you tomorrow", "get your son's card in the mail today"); the card said to be mailed
 * ("Your replacement card will be mailed to you within 5 days", "your card should arrive in the mail by Friday"); or Spanish "enviar
 * / mandar" and v53 S3's "tarjeta" (`TARJETA_SENT_S3`: "Le mandaremos su tarjeta por correo esta semana") [not when a list, the
 * information, a schedule or an answer goes with it: R17's and S3's own lookaheads, with `CARD_T1`'s kinds].
 */
/** (v54 T1) `CARD_T1`'s closing lookahead: no list, information, schedule or answer goes with the card in the sentence. */
const INFO_ALONG_T1 = CARD_T1.slice(CARD_T1.lastIndexOf('(?![^.!?]*'));
const CARD_ALONE_T1 = new RegExp(
  [
    `\\b(?:send|sending|mail|mailing|email|emailing|e mail|post|posting|forward|deliver|get|put|drop|pop)\\b (?:(?:it|them) )?(?:(?:out|over|back) )?(?:to )?${CARD_T1}`,
    `\\b(?:(?:her|his|your|ur|their|the|a|an|its|my|our) )?(?:(?:sons|daughters|kids|childs|moms|dads|husbands|wifes|students|teens) )?(?:(?:new|library|replacement|own|kids|childs|teen|temporary) )?(?:library card|card|cards|badge|id card)\\b (?:(?:will|should|would|can|is going to|are going to|is|are|gets|get)(?: (?:be|being|get|go))? )?(?:mailed|sent|emailed|posted|delivered|arrive|arrives|arriving|come|comes|coming|go|goes|going)\\b(?: out| back)?(?= (?:to (?:you|u|your|her|him|them|the)|in|by|at|on|within|once|when|after|as soon as|tomorrow|today|this|next|soon|shortly)\\b|[ ]*[,.;:!)]|$)${INFO_ALONG_T1}`,
    `\\b(?:envi|mand)[a-z]* ${TARJETA_SENT_S3}`,
  ].join('|'),
);
/**
 * (v54 T1) The acts of sending or getting back a sentence may hold: T1 reads a sentence with one only ("I'll mail your card and email
 * you the booklist" promises the booklist).
 */
const SEND_ACTS_T1 = /\b(?:send|sends|sending|sent|mail|mails|mailing|mailed|email|emails|emailing|emailed|e mail|post|posted|forward|deliver|delivered|get back|call|text|let you know|reach out|find|look|check|envi[a-z]*|mand[a-z]*|llam[a-z]*|avis[a-z]*|escrib[a-z]*|contact[a-z]*)\b/g;
/** (v54 T1, `cardAloneT1`) `n` sends the library's card alone and nothing else. */
const cardAloneT1 = (n: string): boolean => CARD_ALONE_T1.test(n) && (n.match(SEND_ACTS_T1)?.length ?? 0) <= 1;

function promiseNow(s: Session, m: Msg): number {
  if (!m.has(F.followupPromise) && !m.has(F.followupSend)) {
    const b = s.rubric.agreedRequestB5 === true ? agreedRequestB5(s, m) : -1;
    // (v31 K2, `compileSendK2`) "I'll put together a list … and send it over!"
    return b >= 0 ? b : compileSendK2(s, m);
  }
  // (v26 A2, `quotedPromiseA2`) 'if someone wrote "I'll email you the list by Friday," you should have had it': reported
  if (
    s.rubric.quotedPromiseA2 === true &&
    REPORTED_QUOTE_A2.test(s.rubric.relayedNowA10 === true ? relayedNowA10(m.n) : m.n) &&
    onlyQuotedY6(s, m, [s.P.followupPromise, s.P.followupSend]) &&
    // (v26 A8, `relayedNowA8`) 'Our archivist says: "I can pull the deed and call you tomorrow afternoon."': relayed now
    !(s.rubric.relayedNowA8 === true && RELAYED_NOW_A8.test(m.n.slice(0, m.n.indexOf('"')).trimEnd()))
  )
    return -1;
  let read = false;
  for (const x of m.sentences) {
    const strong = m.sHas(x, F.followupPromise);
    const send =
      !strong &&
      m.sHas(x, F.followupSend) &&
      (m.sHas(x, F.followupLater) || (s.rubric.sendToAddressQ2 === true && !x.q && sendToPatronQ2(s, m, x.n)) || (s.rubric.sendThenAskEmailG2 === true && sendThenAskEmailG2(m, x) && !(s.rubric.sendThenAskNarrowE3 === true && (s.rubric.surveyResultsE5 === true ? sendThenAskNarrowE5(m, x) : sendThenAskNarrowE3(m, x)))) ||
        // (v44 J20, `sendOverEmailJ20`) "Got it, dana.w@example.com. I'll send that over."
        (s.rubric.sendOverEmailJ20 === true && !x.q && sendOverEmailJ20(s, m, x)));
    if ((strong || send) && !m.sHas(x, F.notPromise)) {
      read = true;
      // (v9 R) "If you give me your email, I can send you the list by tomorrow": only if the patron gives one
      if (s.rubric.contactOfferR === true && CONTACT_OFFER.test(x.n) && !patronContactAfter(s, m)) continue;
      // (v9 P) "Do you want me to email you that list too?" and the patron's "no thanks": offered, not promised
      if (s.rubric.declinedOfferNoPromiseP === true && x.q && s.P.offerQuestion.test(x.body) && declined(s, m)) continue;
      // (v10 Y) "I can email you the PDF too if you like" and the patron's "no it's ok": an offer on the patron's wish
      if (s.rubric.declinedOfferY === true && !x.q && OFFER_IF_Y.test(x.n) && declined(s, m)) continue;
      // (v11 K6) "I could also email you a list later if you like?", "I can look through them and email you what I find":
      // turned down by the patron's next message ("that's ok", "I'd rather not give my email")
      if (s.rubric.declinedCanOfferK6 === true && (OFFER_IF_Y.test(x.n) || CAN_OFFER_K6.test(x.n)) && declinedK6(s, m)) continue;
      // (v19 S2) "I can't see SEO accounts, but I could pass your question to Pickaway's staff to email you." and "I'd rather not"
      // (v20 T6) not when that message takes the offer up while turning down something else ("I'd rather not pay online, email
      // me at jt@example.org")
      if (s.rubric.butCanOfferS2 === true && BUT_CAN_S2.test(x.n) && declinedK6(s, m) && !(s.rubric.takesOfferT6 === true && takesOfferT6(s, m))) continue;
      // (v24 Y5) "I'll keep digging and email you by tomorrow" … then "Oh wait, here it is! So no need for me to email you after all."
      if (s.rubric.promiseTakenBackY5 === true && takenBackY5(s, m, x.n)) continue;
      // (v32 M4, `patronFirstM4`) "…, or fill out the request at … and they'll get back to you with dates": their reply to the patron's own call or form
      if (s.rubric.patronFirstM4 === true && !x.q && patronFirstM4(x.n)) continue;
      // (v48 N1, `otherBodyN1`) "The State Archives can email you their copy within 10 days": another body's writing, no promise of the provider's
      // (v58 X7, `othersSendX7`) "The county clerk's office will compile the records and email them to you by Friday"
      if (s.rubric.otherBodyN1 === true && !x.q && otherWritesN1(x.n, s.rubric.itWritesT8 === true, s.rubric.othersSendX7 === true, s.rubric.thingAndCanAA9 === true)) continue;
      // (v54 T1, `cardAloneT1`) "Your replacement card will be mailed to you within 5 days": the library's card alone, no information
      if (s.rubric.cardAloneT1 === true && cardAloneT1(x.n)) continue;
      return x.k;
    }
  }
  const b = s.rubric.agreedRequestB5 === true ? agreedRequestB5(s, m) : -1;
  // (v31 K2, `compileSendK2`) "We'll pull together some titles and send them your way" (the send family read, no time), not
  // when a sentence the families read as a promise was set aside (an offer turned down, a promise taken back)
  return b >= 0 || read ? b : compileSendK2(s, m);
}

/** (v27 B10, `agreedNowB10`) The patron taking the request back after it: "actually no, dont bother", "nvm", "never mind". */
const WITHDRAWN_B10 = /\b(?:never ?mind|nvm|dont bother|do not bother|no need|forget it|scratch that|ignore that|no worries i ?ll|ill just|i will just|ill check|i will check)\b/;
/** (v27 B5) A provider message that opens by agreeing: "Will do, by Friday at the latest!", "Sure thing!", "Ok, of course". */
const AGREE_B5 =
  /^(?:(?:ok|okay|yes|yep|yeah|sure|great|perfect|no problem|absolutely|of course|definitely|certainly),? )*(?:will do|sure will|i sure will|i will|i can do that|can do|sure thing|of course|absolutely|definitely|certainly|no problem|you got it|you bet)\b(?! not\b)/;
/** (v27 B5) Said to be done now, or the system's notice: the agreement sends nothing later. */
const AGREE_NOW_B5 = /\b(?:now|right away|just sent|sent|sending|just emailed|here it is|here you go|attached|automatic|automatically|notification|notice)\b/;
/**
 * (v27 B5) The patron asking to be contacted later: "can u just email me when u find it?", "could you let me know if it
 * turns up?", "would you call me once it's in": a request verb, then a later cue within 80 characters.
 */
const ASKED_LATER_B5 =
  /\b(?:can|could|would|will) (?:you|u) (?:just |please |pls |plz |maybe |also |possibly )?(?:email|e mail|text|call|ring|phone|message|msg|send|mail|forward|get back to|let) (?:[a-z0-9]+ ){0,3}?(?:me|it|that|them|this|those)\b[^?.!]{0,80}?\b(?:when|once|whenever|if|later|tomorrow|after|as soon as)\b/;
/** (v27 B8) "I will have to ask …", "Can do it Friday if …": the agreeing words go on into a clause (no mark after them). */
const AGREE_CLAUSE_B8 = /^(?:(?:ok|okay|yes|yep|yeah|sure|great|perfect|no problem|absolutely|of course|definitely|certainly),? )*(?:sure will|i sure will|i will|can do) [a-z]/;
/**
 * (v27 B8) The patron's request asks for something now: "when u get a sec" (the provider's moment in the chat), "let me
 * know if this is the right form?" (a question about what the patron has in hand), not "if it turns up".
 */
const ASKED_NOW_B8 =
  /\bwhen (?:you|u) (?:get|have) a (?:sec|second|min|minute|moment)\b|\bif (?:this|that|these|those) (?:is|are|was|looks?|seems?)\b|\bif (?:its|it is|thats|that is) (?:the right|right|correct|ok|okay|the one)\b/;
/** (v27 B8) The agreement turned down in the same message: "though we don't email about kits", "but I can't call out". */
const DECLINED_B8 =
  /\b(?:though|but|however|unfortunately|sorry)\b[^.!?]{0,40}?\b(?:we|i) (?:dont|do not|cant|cannot|can not|arent able|are not able|am not able|wont|will not)\b/;
/**
 * (v27 B5, `agreedRequestB5`) `m` agrees to the patron's request, in the message right before it, to be contacted later:
 * the promise's sentence (the first), -1 if not.
 */
function agreedRequestB5(s: Session, m: Msg): number {
  if (m.pos < 1 || !AGREE_B5.test(m.n)) return -1;
  // (v27 B8, `agreedRequestB8`) "I will have to ask my supervisor first": "I will" going on into its clause agrees to nothing
  if (s.rubric.agreedRequestB8 === true && AGREE_CLAUSE_B8.test(m.n)) return -1;
  const prev = s.vis[m.pos - 1]!;
  const asked = prev.role === 'patron' ? ASKED_LATER_B5.exec(prev.n) : null;
  if (asked === null) return -1;
  if (AGREE_NOW_B5.test(m.n) || m.has(F.notPromise)) return -1;
  // (v27 B8, `agreedRequestB8`) asked for now ("when u get a sec", "let me know if this is the right form?"), or turned down
  // ("No problem — though we don't email about kits ourselves")
  if (s.rubric.agreedRequestB8 === true && (ASKED_NOW_B8.test(prev.n) || DECLINED_B8.test(m.n))) return -1;
  const x = m.sentences[0];
  if (x === undefined || x.q) return -1;
  if (s.rubric.agreedNowB10 === true) {
    // (v27 B10, `agreedNowB10`) the patron took the request back ("actually no, dont bother"), or the agreeing sentence
    // gives the source now ("Of course, the form is at bcpl.info/rooms")
    if (WITHDRAWN_B10.test(prev.n.slice(asked.index + asked[0].length))) return -1;
    const src = sourceAt(s, m);
    if (src >= 0 && src <= x.k) return -1;
  }
  return x.k;
}

/**
 * (v24 Y5, `promiseTakenBackY5`) Words that take back a promise to send later, in normalised text: "no need for me to
 * email you (after all)", "you won't need my email", "I won't need to get back to you", "no need to wait till Monday /
 * for my email", "Found it, so no email needed" ("Sign-up is online, no email needed, just his card" takes nothing back).
 * Every alternative holds "need" (the cheap test before it).
 */
const TAKE_BACK_Y5 =
  /\b(?:no need (?:for (?:me|us) )?to (?:email|e mail|mail|send|text|call|phone|ring|get back to|contact|follow up with) (?:you|u)\b|(?:you|u) (?:wont|will not|dont|do not) need (?:my|the|an|that|our) (?:email|e mail|follow ?up|call ?back|call|scans?)\b|(?:i|we) (?:wont|will not|dont|do not) need to (?:email|e mail|mail|send|call|text|get back to|contact|follow up with) (?:you|u)\b|no need to wait (?:for (?:my|the|an|our) (?:email|e mail|reply|answer|call)\b|(?:till|until|for|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the weekend)\b)|(?:so|then) no (?:email|e mail|follow ?up|call ?back) (?:is |will be )?needed\b|no (?:email|e mail|follow ?up|call ?back) (?:is |will be )?needed after all\b)/;
/**
 * (v24 Y5, `promiseTakenBackY5`) A later provider message of the chat takes back the promise of `m` ("So no need for me to
 * email you after all"), without promising again itself ("Scratch that, no need to wait for my email: I'll send it
 * tonight instead" keeps a promise).
 */
function takenBackY5(s: Session, m: Msg, promise: string): boolean {
  if (m.pos < 0) return false;
  for (let p = m.pos + 1; p < s.vis.length; p++) {
    const later = s.vis[p]!;
    if (later.role !== 'provider' || !later.n.includes('need')) continue;
    if (!TAKE_BACK_Y5.test(later.n)) continue;
    // (v24 Y10, `takeBackKindY10`) a take-back of the promise itself, not of a wait or a call beside it
    if (s.rubric.takeBackKindY10 === true && !takesBackKindY10(later.n, promise)) continue;
    if (followUpPromise(s, later) < 0) return true;
  }
  return false;
}

/** (v24 Y10) TAKE_BACK_Y5, every match of it in turn. */
const TAKE_BACK_ALL_Y10 = new RegExp(TAKE_BACK_Y5.source, 'g');
/** (v24 Y10) Ways of sending: an e-mail (or mail, scans sent), a call, a text. */
const KINDS_Y10: readonly RegExp[] = [/\b(?:email|e mail|mail|send|sent|scans?)\b/, /\b(?:call|calls|call ?back|phone|ring)\b/, /\btext\b/];
/** (v24 Y10) What follows "no need to wait …" when it ends its clause ("…, here they are", "after all"). */
const WAIT_END_Y10 = /^ ?(?:[,.;:!?)-]|$|after all\b|anymore\b|any more\b|now\b)/;
/**
 * (v24 Y10, `takeBackKindY10`) One of `n`'s take-backs (TAKE_BACK_Y5) takes back the promise sentence `promise`: "no need
 * to wait …" ending its clause (not "…till Monday to pick it up", "…for the email if …"), and naming no way of sending
 * that the promise does not name when the promise names one ("no need for me to call you" after "I'll email you …").
 */
function takesBackKindY10(n: string, promise: string): boolean {
  const all = TAKE_BACK_ALL_Y10;
  all.lastIndex = 0;
  for (let t = all.exec(n); t !== null; t = all.exec(n)) {
    const w = t[0];
    if (w.startsWith('no need to wait') && !WAIT_END_Y10.test(n.slice(t.index + w.length))) continue;
    let named = false;
    let shared = false;
    let promised = false;
    for (const k of KINDS_Y10) {
      const inPromise = k.test(promise);
      promised ||= inPromise;
      if (k.test(w)) {
        named = true;
        shared ||= inPromise;
      }
    }
    if (named && promised && !shared) continue;
    return true;
  }
  return false;
}

/** (v17 Q2) "… at a.okafor@example.org", "… to your email at …": the address the sending goes to. */
const SEND_TO_Q2 = /\b(?:at|to) (?:your (?:email|e mail|email address|inbox|address) (?:at )?)?([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)/;
/**
 * (v17 Q2, `sendToAddressQ2`) Sentence `n` of message `m` sends to the patron's own e-mail: the patron field's, or one a
 * patron message before `m` holds ("I'll send you the list … at a.okafor@example.org").
 */
function sendToPatronQ2(s: Session, m: Msg, n: string): boolean {
  if (!n.includes('@')) return false;
  const a = SEND_TO_Q2.exec(n);
  if (a === null) return false;
  const addr = a[1]!.replace(/\.+$/, '');
  if (fieldContacts(s)?.email === addr) return true;
  return s.patron.some((p) => p.pos < m.pos && p.n.includes(addr));
}

/**
 * (v9 R) A promise on the condition of the patron's contact: "if you give me your email", "if you'd like to leave
 * your phone number", "si me deja su correo".
 */
const CONTACT_OFFER =
  /\bif (?:you|u|youd) (?:(?:can|could|would|want to|wish to|would like to|d like to|like to|care to) )?(?:give|send|share|leave|provide|type|drop|tell|let) (?:me |us )?(?:have |know )?(?:your|an|a|the) (?:best |preferred )?(?:email|e mail|email address|phone|phone number|number|contact|contact info|cell|cell number)\b|\bsi (?:me|nos) (?:da|das|deja|dejas|manda|mandas|envia|envias|escribe|escribes|comparte|compartes) (?:su|tu|un) (?:correo|email|telefono|numero)\b/;

/** (v9 R) The patron gives an e-mail or phone in a message after `m`. */
function patronContactAfter(s: Session, m: Msg): boolean {
  for (const p of s.patron) {
    if (p.pos <= m.pos) continue;
    const c = contacts(s, p);
    if (c.email || c.phone) return true;
  }
  return false;
}

/**
 * (v10 Y, `declinedOfferY`) An offer made on the patron's wish: "if you like", "if you want", "if you'd rather", "if
 * you're interested", "if that would help".
 */
const OFFER_IF_Y =
  /\bif (?:you|u|youd|ud)(?: would)? (?:like|want|wish|prefer|rather|d like|d prefer|d rather|like it|want it|want them|need it|need them)\b|\bif (?:youre|you are|ur) interested\b|\bif (?:that|it|thatd|itd) (?:would |d )?(?:help|helps|be (?:helpful|useful|easier))\b/;
/** (v9 P, `declinedOfferNoPromiseP`) A refusal opening the patron's answer: "no thanks", "nah im good", "thats ok". */
const DECLINED_P = /^(?:(?:oh|ah|um|hmm|ok|okay),? )?(?:no|nope|nah|no thanks|no thank you|not needed|not necessary|no need|thats ok|thats okay|thats fine|its ok|its okay|its fine|im good|im ok|all good|dont worry)\b(?! (?:problem|worries)\b)/;
/** (v11 K6, `declinedCanOfferK6`) An offer stated as what the provider can do, opening the sentence: "I can look…", "we could…". */
const CAN_OFFER_K6 = /^(?:(?:ok|okay|sure|well|so|also|and|but|or|if you want|if you like),? )*(?:i|we) (?:can|could)(?: (?:also|certainly|definitely|gladly|happily|always))? (?!not\b)/;
/**
 * (v20 T6, `takesOfferT6`) The patron's reply gives an e-mail or phone, or asks to be e-mailed, sent or texted; not
 * "email / send / text / call me" after a negation (T8: "I'd rather not, please don't email me" takes nothing up).
 */
const TAKES_OFFER_T6 = /@|\b\d{3}[ .-]?\d{4}\b|\b(?:email|e mail|send|text|call) (?:me|it)\b(?<!\b(?:dont|do not|not|never|no need to|stop) (?:email|e mail|send|text|call) (?:me|it))/;
function takesOfferT6(s: Session, m: Msg): boolean {
  const v = s.nextVisible(m, 'patron');
  return v !== null && TAKES_OFFER_T6.test(v.n);
}
/** (v19 S2, `butCanOfferS2`) The offer after "but" in its sentence: "I can't see your account, but I could pass it on…". */
const BUT_CAN_S2 = /\bbut (?:i|we) (?:can|could)(?: (?:also|certainly|definitely|gladly|happily|always))? (?!not\b)/;
/** (v11 K6) A refusal to give a contact or to be followed up: "I'd rather not give my email", "no need", "don't bother". */
const REFUSE_K6 =
  /^(?:(?:oh|ah|um|hmm|ok|okay|sorry|actually|honestly|thanks|thank you),? )*(?:(?:id|i would|i d) (?:rather|prefer) not|rather not|prefer not|no need|dont bother|not necessary|thats not necessary|i dont (?:want|need) to (?:give|share|leave))\b/;
/** (v11 K6) The patron's next visible message after `m` turns it down (v9 P's words, or a refusal to give a contact). */
function declinedK6(s: Session, m: Msg): boolean {
  const v = s.nextVisible(m, 'patron');
  // (a bare "no thanks" after "…by Friday. Anything else?" answers the last question, not the offer)
  return v !== null && (REFUSE_K6.test(v.n) || (!m.has(F.anythingElse) && DECLINED_P.test(v.n)));
}
/** (v9 P) The patron's next visible message after `m` turns down what `m` offered. */
function declined(s: Session, m: Msg): boolean {
  const v = s.nextVisible(m, 'patron');
  return v !== null && DECLINED_P.test(v.n);
}

// ---- (v28 C2) block C2's readings ----

/**
 * (v28 C2, `otherDateC2`) A date that is not the delivery's: a loan's, a hold's or a card's ("due back by Friday", "your
 * hold expires Friday", "expires on the 14th") or a day gone by ("last Friday", "this past Monday").
 */
const OTHER_DATE_SRC_C2 =
  '\\b(?:expires?|expiring|expired|(?:is|are|its|theyre|was|were|be) due(?: back)?|due back|last|this past)(?: (?:on|by|before))?(?: (?:this|next))? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|week|month|night|the \\d{1,2}(?:st|nd|rd|th)?)\\b';
const OTHER_DATE_C2 = new RegExp(OTHER_DATE_SRC_C2);
const OTHER_DATE_ALL_C2 = new RegExp(OTHER_DATE_SRC_C2, 'g');
/**
 * (v28 C2, `otherDateC2`) The only times in the sentence `n` are such dates: "I'll email you the list, and your hold expires
 * Friday." (the hold's date case) ["Your hold expires Friday, so I'll email you the list tomorrow." keeps "tomorrow"]. Two
 * later settings read a date C2's words take for a loan's as the delivery's: C8's `dueDeliveryC8` ("by the last Friday of
 * the month") and C10's `beforeDueC10` ("before your essay is due Monday").
 */
export function otherDateOnlyC2(s: Session, n: string): boolean {
  return OTHER_DATE_C2.test(n) && !s.P.whenExpect.test(n.replace(OTHER_DATE_ALL_C2, ' ')) && !dueDeliveryC8(s, n) && !beforeDueC10(s, n);
}

/**
 * (v28 C2, `partyContactC2`) The provider will write to or call a party, not the patron, at an address or number: "I'll
 * email the recorder at recorder@countymd.gov" (the words before "at / on" hold no "you / your").
 */
const PARTY_CONTACT_C2 =
  /\b(?:ill|i will|we will|well|i can|we can|let me|im going to|i am going to) (?:also |just |then |first )?(?:email|e mail|write to|call|phone|contact|text|ring|message) (?:(?!(?:you|u|your|yours|me|my)\b)[a-z]+ ){1,4}?(?:at|on|via) [^ ]{3,80}/g;
/**
 * (v28 C2, `partyContactC2`) The sentence `n` without the addresses and numbers of parties the provider will write to or
 * call (the recorder case) ["I'll email the list to you at sam.ortiz@yahoo.com by Friday." keeps the patron's]. With C10's
 * `sentThingC10`, what follows a thing sent or "back" stays: "I'll call back on 360-555-0142" is the patron's number.
 */
export function withoutPartyContactC2(s: Session, n: string): string {
  if (!n.includes(' at ') && !n.includes(' on ') && !n.includes(' via ')) return n;
  const keepSent = s.rubric.sentThingC10 === true;
  return n.replace(PARTY_CONTACT_C2, (w) => (keepSent && SENT_THING_C10.test(w) ? w : ' '));
}

// ---- (v28 C5) block C5's readings ----

/** (v28 C5) Words of a patron's misconduct in the provider's message: ending for them is not the provider's convenience. */
const MISCONDUCT_C5 = /\b(?:language|abusive|abuse|inappropriate|respectful|disrespectful|rude|offensive|harass\w*|profanity|swearing|guidelines|conduct|threat\w*)\b/;
/**
 * (v28 C5, `endOnQuestionC5`) The sentence of `m` that announces the end of the chat when `m` only ends it (every sentence
 * announces the end, says goodbye or thanks), offers no way back, and answers a patron who has just asked a question that no
 * later provider message answers: "I'm going to end the chat now." right after "and do you have old photos too?". -1
 * otherwise (a notice to a patron who seems gone, a hold, an end for the patron's misconduct, or an end after the patron's
 * thanks: "great, thanks!" then "I'm going to end the chat now, have a good day").
 */
export function endOnQuestionC5(s: Session, m: Msg): number {
  if (!m.has(F.willEnd) || m.has(F.wayBack) || MISCONDUCT_C5.test(m.n) || isHold(s, m) || seemsGone(s, m) >= 0) return -1;
  if (!m.sentences.every((x) => m.sHas(x, F.willEnd) || m.sHas(x, F.farewell) || m.sHas(x, F.thanks))) return -1;
  const v = s.previousVisible(m, 'patron');
  // the patron typed the question mark: "do u have a bf" off-topic, unmarked, then "I'm here for library questions, so I'm
  // going to close this chat now" is no help refused (fifteenth-round-conduct's off-topic case)
  if (v === null || !v.raw.includes('?') || !v.sentences.some((x) => x.q) || MISCONDUCT_C5.test(v.n)) return -1;
  for (const later of s.prov) if (later.pos > m.pos && (givesInfo(s, later) || clarifyAt(s, later) >= 0)) return -1;
  return m.find(F.willEnd);
}

/** (v28 C5) "so a quick answer:", "briefly:": what follows is the answer given at once. */
const QUICK_ANSWER_C5 = /\b(?:(?:quick|short|brief|fast) (?:answer|version|reply)|quickly|briefly|in short) ?:/;
/**
 * (v28 C5, `queueThenSourceC5`) The sentence of `m` that names the queue also gives a source after "a quick answer:":
 * "Other patrons are waiting, so a quick answer: the FSA photos are at loc.gov/…". Not when `m` announces the end.
 */
export function queueThenSourceC5(s: Session, m: Msg): boolean {
  if (m.has(F.willEnd) || m.has(F.dismissalConvenience)) return false;
  const k = m.find(F.othersWaiting);
  const x = m.sentences[k];
  return x !== undefined && QUICK_ANSWER_C5.test(x.n) && sourceAt(s, m) === k;
}

// ---- (v28 C6) block C6's readings ----

/**
 * (v28 C6, `instructionNotRestateC6`) A statement telling the patron a step to take first: "So you need to log in first with
 * your card number." (the log-in case) ["So you need to find out when the branch reopens." restates the need].
 */
const INSTRUCTION_C6 =
  /^(?:(?:ok|okay|right|and|then|alright),? )*so (?:you|u) (?:will |ll |d |would )?need to (?:(?:first|just) )?(?:log|sign|reset|register|create|download|install|click|enter|update|set up|activate|verify|type|tap|select|choose|open)\b(?=[^?]{0,80}\b(?:first|before)\b)[^?]{0,120}$/;
/** (v28 C6) Statement `x` of `m` is only a step for the patron to take first. */
function instructionC6(s: Session, x: Sentence): boolean {
  return s.rubric.instructionNotRestateC6 === true && !x.q && INSTRUCTION_C6.test(x.body);
}

/**
 * (v28 C6, `rhetoricalC6`) "Who doesn't love a good mystery?", "omg who doesnt love true crime lol?": rhetorical, asks the
 * patron nothing (the mystery novels case) ["Who would you like the books for?" asks].
 */
const RHETORICAL_C6 = /^(?:(?:oh|ooh|omg|ha|haha|lol|well|and|i mean|honestly|fun|great|yay),? )*who (?:doesnt|does not|wouldnt|would not|dont|do not) (?:love|like|enjoy|adore)\b[^?]{0,60}\?[ !?]*$/;

/**
 * (v28 C6, `restatedAskC6`) Question `x` of `m` restates the need and asks it back before anything was given: "Picture books
 * about dinosaurs for a five-year-old - is that what you're looking for?" (four words or more before the tail, and no
 * source in `m` before it) (the dinosaur books case) ["Is that what you're looking for?" alone asks about something given].
 */
const RESTATED_ASK_C6 = /(?:^|[ ,-])(?:is|was) (?:that|this|it) (?:what|the thing) (?:youre|you are|ur|u r|you were) (?:looking for|after|wanting|needing|hoping for|trying to find)[ ?!.]{0,8}$/;
function restatedAskC6(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.restatedAskC6 !== true || x.body.length > 300) return false;
  const t = RESTATED_ASK_C6.exec(x.body);
  if (t === null || wordCount(x.body.slice(0, t.index)) < 4) return false;
  const src = sourceAt(s, m);
  return src < 0 || src > x.k;
}

/**
 * (v28 C6, `soFarStepC6`) "Does that make sense so far?" with the next step announced after it in the same message ("Next
 * I'll show you how to place the hold."): a step of an instruction not yet complete (the place-a-hold case) ["Does that
 * make sense so far?" ending the answer still asks].
 */
const NEXT_STEP_C6 = /^(?:(?:ok|okay|and|then),? )?(?:next|then|after that|once (?:youre|you are|thats|that is) (?:in|done|logged in)),? (?:i ?ll|i will|well|we will|im going to|i am going to) (?:show|walk|take|explain|tell|give)\b/;
/**
 * (v28 C6, `checkRightC6`) "Let me just check I've got this right: …?": the provider's reading of the need checked, not a
 * search (the Ada Lovelace case) ["Let me just check the catalogue." is a hold].
 */
const CHECK_RIGHT_C6 = /\b(?:let me|lemme|i (?:just )?want to) (?:just |quickly )?(?:check|make sure) (?:ive|i have|weve|we have|i(?:ve)? got) (?:got )?(?:this|that|it|you|everything) (?:right|straight|correct|correctly)\b/;
/**
 * (v28 C6, `moreCompleteC6`) A whole question asking whether what was given meets the need: "Is that the sort of thing?" (the
 * new baby books case), "Is this okay for you?" (the Vietnamese books case) ["Is it okay for you if I email the list?" asks
 * leave; "Is that the sort of thing you'd like?" is already read by the family].
 */
const MORE_COMPLETE_C6 =
  /^(?:(?:so|and|ok|okay|well),? )?(?:is|was) (?:this|that|it) (?:(?:the|a) (?:kind|type|sort) of (?:thing|stuff|info|information|book|books|resource|source)|(?:ok|alright|all right|fine|good) for (?:you|u))[ ?!.]*$/;
function moreCompleteC6(s: Session, m: Msg): number {
  if (s.rubric.moreCompleteC6 !== true) return -1;
  // (v28 C10, `timeOkC10`) "The next appointment is Thursday at 2. Is that okay for you?" asks about the time
  for (const x of m.sentences) if (x.q && MORE_COMPLETE_C6.test(x.body) && !offerOnly(s, x, m) && !timeOkC10(s, m, x)) return x.k;
  return -1;
}
function soFarStepC6(s: Session, m: Msg, k: number): boolean {
  if (s.rubric.soFarStepC6 !== true || k < 0) return false;
  const xs = m.sentences;
  const i = xs.findIndex((x) => x.k === k);
  if (i < 0 || !xs[i]!.n.includes('so far')) return false;
  for (let j = i + 1; j < xs.length; j++) if (NEXT_STEP_C6.test(xs[j]!.n)) return true;
  return false;
}

// ---- (v28 C8) block C8's readings ----

/**
 * (v28 C8, `dueDeliveryC8`) The date in sentence `n` is the delivery's deadline, not another date: "by the last Friday of the
 * month" (the minutes case) ["I'll email you the list, and your card expires next Monday." keeps C2's reading]. ("Before
 * your paper is due Monday", C8's Friedheim case, is C10's `beforeDueC10`, which names the patron's work: at the merge, C8's
 * "before <anything> is due" read "please renew before the book is due Friday" as a delivery time too.)
 */
const DUE_DELIVERY_C8 = /\b(?:by|before|on|until) the last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|day)\b/;
function dueDeliveryC8(s: Session, n: string): boolean {
  return s.rubric.dueDeliveryC8 === true && DUE_DELIVERY_C8.test(n);
}

// ---- (v28 C10) block C10's readings ----

/** (v28 C10, `patronEndedC10`) "can you close the chat?", "can I end this window now": the patron asks to end it. */
const ASK_END_C10 =
  /\b(?:(?:can|could|will|would|may|should) (?:you|u|i|we) (?:please |just |now )?|(?:you|u) (?:can|may) (?:now )?|please |ok to |okay to )(?:close|end|exit|leave|quit)(?: (?:the|this|my|our))? (?:chat|window|session|conversation)\b/;
/**
 * (v28 C10, `patronEndedC10`) The patron's last visible message before `m` says they are done or asks to end the chat:
 * "that's all thanks, can you close the chat?" then "I'm going to end the chat now." is no dismissal (the close-the-chat
 * case) ["and do you have old photos too?" then the end still fails].
 */
export function patronEndedC10(s: Session, m: Msg): boolean {
  if (s.rubric.patronEndedC10 !== true) return false;
  const v = s.previousVisible(m, 'patron');
  return v !== null && (v.has(F.patronDone) || ASK_END_C10.test(v.n));
}

/** (v28 C10, `beforeDueC10`) "before your essay is due Monday": the delivery comes before the patron's work is due. */
const BEFORE_DUE_C10 =
  /\b(?:before|by the time|ahead of when|in time for when) (?:your|the|his|her|their|my) (?:[a-z]+ )?(?:paper|essay|assignment|report|project|homework|thesis|dissertation|presentation|application|proposal|draft)s? (?:is|are|was|were|be) due\b/;
/**
 * (v28 C10, `beforeDueC10`) Sentence `n` says the information comes before something is due: a when, not a loan's date
 * (the essay case) ["I'll email you the list, and your hold expires Friday." still gives none].
 */
function beforeDueC10(s: Session, n: string): boolean {
  return s.rubric.beforeDueC10 === true && n.includes('due') && BEFORE_DUE_C10.test(n);
}

/**
 * (v28 C10, `sentThingC10`) "call back on", "text the link on": what is sent, not a party, before "at / on / via"; read by
 * `withoutPartyContactC2` (the call-back case) ["I'll write to the county clerk at clerk@…" is still the party's].
 */
const SENT_THING_C10 =
  /\b(?:back|(?:the|a|an|this|that|these|those) (?:link|links|list|lists|details|info|information|file|files|scan|scans|copy|copies|form|forms|article|articles|pdf|pdfs|results|answer|map|maps|citation|citations|record|records))(?: over| along)? (?:at|on|via) [^ ]+$/;
/** (v28 C10, `choiceNotRhetoricalC10`) ", the kids or the grandparents?": a choice offered, so the question asks. */
const CHOICE_C10 = /, (?:[a-z]+ ){1,4}or [a-z]/;
/**
 * (v28 C10, `choiceNotRhetoricalC10`) "Who doesn't like spicy food, the kids or the grandparents?" asks who (the spicy
 * food case) ["Ooh, who doesn't love a good mystery?" still asks nothing].
 */
function choiceNotRhetoricalC10(s: Session, x: Sentence): boolean {
  return s.rubric.choiceNotRhetoricalC10 === true && x.n.includes(' or ') && CHOICE_C10.test(x.n);
}

/** (v28 C10, `instructionFirstC10`) "first", "before you can": a step before another. */
const FIRST_C10 = /\bfirst\b|\bbefore (?:you|u) (?:can|could|are able|will be able)\b/;
/**
 * (v28 C10, `instructionFirstC10`) `instructionC6` only when the step comes "first" or "before you can": "So you need to
 * reset your PIN before your class on Friday." restates the need (the PIN case) ["So you need to log in first with your
 * card number and PIN." is still an instruction].
 */
function restatedStepC10(s: Session, x: Sentence): boolean {
  return s.rubric.instructionFirstC10 === true && !FIRST_C10.test(x.body);
}

/** (v28 C10, `lookupHoldC10`) a wait or a look-up named beside "let me make sure I have that right". */
const LOOKUP_C10 =
  /\b(?:hold on|bear with me|(?:a|one) (?:moment|minute|min|sec|second)|while i (?:look|check|search)|in (?:the|our|my) (?:[a-z]+ )?(?:system|catalogue|catalog|records?|database))\b/;
/**
 * (v28 C10, `lookupHoldC10`) "Let me make sure I have that right — can you hold on a moment while I look at your
 * account?" asks the patron to wait: still a hold (the account case) ["Let me just check I've got this right: a biography
 * of Ada Lovelace for a Year 6 project?" reads the need].
 */
function lookupHoldC10(s: Session, x: Sentence): boolean {
  return s.rubric.lookupHoldC10 === true && LOOKUP_C10.test(x.n);
}

/** (v28 C10, `timeOkC10`) a time, a day, a wait or a booking in the sentence before "Is that okay for you?". */
const TIME_C10 =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d{1,2}(?::\d\d)? ?(?:am|pm)|at \d{1,2}|(?:\d+|a|an|one|two|three|four|five|ten|few) (?:minutes?|mins?|hours?|days?)|appointment|booking|book you|reserve|reservation)\b/;
/**
 * (v28 C10, `timeOkC10`) "The next appointment is Thursday at 2. Is that okay for you?" asks about the time, a wait or a
 * booking, not whether what was given meets the need (the genealogist case) ["…catalog link: ocpl.org/catalog/record/88412.
 * Is this okay for you?" still asks].
 */
function timeOkC10(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.timeOkC10 !== true || !x.n.includes(' for ')) return false;
  const i = m.sentences.indexOf(x);
  const before = i > 0 ? m.sentences[i - 1]! : undefined;
  return before !== undefined && TIME_C10.test(before.n);
}

/** (v28 C10, `soFarAskedC10`) "Does this answer your question so far?", "Did that help so far?": asks about what was given. */
const SO_FAR_ASKED_C10 = /\b(?:answer|answers|answered|help|helps|helped|helpful|cover|covers|what you)\b/;
/**
 * (v28 C10, `soFarAskedC10`) The question at `k` in `m` asks whether what was given helps, even with more to come (the
 * GreenFILE case) ["Does that make sense so far? Next I'll show you how to place the hold." is still a step].
 */
function soFarAskedC10(s: Session, m: Msg, k: number): boolean {
  if (s.rubric.soFarAskedC10 !== true) return false;
  const x = m.sentences.find((y) => y.k === k);
  return x !== undefined && SO_FAR_ASKED_C10.test(x.n);
}

// ---- (v29 D1) block D1's readings ----

// ---- (v29 D2) block D2's readings ----

// ---- (v29 D3) block D3's readings ----

/**
 * (v29 D3, `nothingGivenD3`) Question `x` of `m` has the completeness question's words but nothing has been given yet: no
 * earlier provider message gives information or a source, and no statement before `x` in `m` does (only greetings,
 * introductions, holds, restatements). It asks about the patron's situation ("Is the catalog loading for you now?",
 * "Was the Libraries Tasmania names index helpful at all, or did it stop too early?"), as RUBRIC.md's completeness rule
 * says a question about something not yet given is no completeness question. Widens v15 O3 (right after the introduction
 * in the first message) to any message before the first answer. Not a question pointing back with a bare "that / this /
 * it" ("Does that answer your question?", "Is this what you need?"), unless a second option asks about the patron ("Is it
 * help with this month's rent only, or are you also facing an eviction notice?").
 */
const REFERS_BACK_D3 = /^(?:(?:ok|okay|so|and|great|now|well|alright|hmm|sorry),? )*(?:does|did|do|is|was|will|would|has|have|are|were|can|could|should)(?: (?:that|this|it|these|those|all (?:that|this)|everything|all|any of (?:that|this|these|those|it)))\b(?! (?:the|a|an|your|ur|our|my|his|her|their)\b)|\banswer(?:s|ed)? (?:your|ur|the) (?:question|query|questions)\b/;
/** (v29 D3) ", or are you also facing …?": a second option about the patron's situation. */
const CHOICE_YOU_D3 = /,? or (?:are|is|do|did|have|was|were|would|will) (?:you|u|your|ur)\b/;
function nothingGivenD3(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.nothingGivenD3 !== true || !patronAskedBefore(s, m)) return false;
  // "Does that answer your question?" with nothing given still points back at something (RUBRIC.md: never a clarifying question)
  if (REFERS_BACK_D3.test(x.body) && !CHOICE_YOU_D3.test(x.n)) return false;
  for (const y of m.sentences) {
    if (y.k >= x.k) break;
    if (!y.q && !m.sHas(y, F.restatement) && !isFiller(s, m, y)) return false;
  }
  return nothingGivenBefore(s, m, x.k);
}

/** (v29 D3) Where a hold starts a clause of its own: after a semicolon, a dash or a comma ("…; I'll look", "…, still checking"). */
const HOLD_CLAUSE_D3 = /(?:;|,| -|:)[ ]*$/;
/** (v29 D3) A clause that only announces a look-up or says nothing was found ("let me check WorldCat", "nothing in WorldCat"). */
/**
 * (v29 D3, second wave) A clause that states a find: "I see …", "found …", "… is on microfilm in …", "WorldCat has …",
 * "there are …" [not "I'm in WorldCat now, one moment.", "JSTOR is crawling today, bear with me.", "The catalogue is playing
 * up at the moment, bear with me.", "over to Ancestry Library Edition now, hang on" (where the provider looks, no find)].
 */
const FIND_D3 = /\b(?:i see|i can see|found|turned up|shows|showing|lists|listed|holds|(?:has|have|had)(?! been\b)|theres|there (?:is|are|was|were)|(?:is|are|was|were) (?:on|in|at|available|held|listed|digiti[sz]ed|online)\b)/;
const NO_FIND_D3 = /\b(?:let me|lemme|ill|i will|im going to|i am going to|going to|gonna|i can|can i|should i|shall i|want me to|try|trying|check|checking|search|searching|look|looking)\b|\b(?:no|not|nothing|none|neither|nor|never|cant|cannot|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|without)\b/;
/**
 * (v29 D3, `holdClauseSourceD3`) Hold sentence `x` of `m` opens with a statement of its own that names a resource, and the
 * hold comes in a later clause: a partial result ("I see the 1974 proceedings volume in WorldCat at two libraries so far,
 * still checking for a digital copy.", RUBRIC.md's Terms: a message giving a partial result while the search goes on is a
 * hold) or a holding named before the look-up ("The Hagerstown Herald-Mail for 1987 is on microfilm in our Western
 * Maryland Room; I'll look through March"). Not "Let me check WorldCat, one moment." nor "Nothing in WorldCat so far,
 * still checking." (no statement of a find before the hold).
 */
function holdClauseSourceD3(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.holdClauseSourceD3 !== true) return false;
  let at = -1;
  for (const f of [F.hold, F.holdWeak]) {
    if (!m.sHas(x, f)) continue;
    const h = m.execFrom(x, f, 0);
    if (h !== null && (at < 0 || h.index < at)) at = h.index;
  }
  if (at < 8) return false;
  const head = x.n.slice(0, at);
  // (second wave) a find stated, not only where the provider looks ["I'm in WorldCat now, one moment."]
  if (!HOLD_CLAUSE_D3.test(head) || NO_FIND_D3.test(head) || !FIND_D3.test(head)) return false;
  const P = s.P;
  return (P.knownResource.test(head) || P.namedResource.test(head)) && !P.hold.test(head) && !P.holdWeak.test(head);
}

/**
 * (v29 D3, `formatOnlyD3`) "ok we have it on microfilm", "It's on microfiche.": a format the item is held in, said of a
 * pronoun at the sentence's start (what it stands for is not in the sentence), names no resource (RUBRIC.md: a NAMED
 * resource); the rest of the sentence must name none either. Not "The Fresno Bee for 1987 isn't in our online databases;
 * it's on microfilm in our California History room." (the newspaper named before the pronoun).
 */
const FORMAT_ONLY_D3 = /^(?:(?:ok|okay|yes|yeah|yep|yup|so|well|good news|great|sure|hmm|ah|oh),? )*(?:(?:we|i) (?:have|hold|keep|got|ve got|have got)|(?:weve|ive) got|(?:its|it is|theyre|they are|thats|that is)(?: (?:all|only|just|also))?) (?:(?:it|them|that|those|this|these|one|a copy|copies) )?(?:all |only |just |also )?(?:on|in) (?:microfilm|microfiche|film|fiche)\b/;
/**
 * (v29 D3, second wave) The rest of the sentence names what is on film: its reels, a collection, a series, a document number
 * or a capitalised masthead ["yes we have it on microfilm, the Daily Oklahoman reels for 1931 are in our Oklahoma Room.",
 * "It's on microfiche in the ERIC collection, ED 123 456."; "Yes, we have them on microfiche at Central." names none].
 */
const FORMAT_NAMES_D3 = /\b(?:reels?|collection|collections|series|ed \d{3}|ej \d{3})\b/;
const FORMAT_MASTHEAD_D3 = /\b(?:Times|Tribune|Gazette|Herald|Courier|Picayune|Post|Journal|Chronicle|Inquirer|Enquirer|Register|Examiner|Dispatch|Bulletin|Telegraph|Observer|Ledger|Democrat|Globe|Sentinel|Advertiser|Argus|Daily|News|Oklahoman|Record|Review|Press)\b/;
function formatOnlyD3(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.formatOnlyD3 !== true || !x.n.includes('fi')) return false;
  const rest = x.body.replace(FORMAT_ONLY_D3, ' ');
  if (rest === x.body || s.P.namedResource.test(rest) || s.P.knownResource.test(rest)) return false;
  const raw = m.rawSentences[x.k] ?? '';
  const film = raw.search(/micro(?:film|fiche)|\b(?:film|fiche)\b/i);
  return !FORMAT_NAMES_D3.test(rest) && !(film >= 0 && FORMAT_MASTHEAD_D3.test(raw.slice(film)));
}

/**
 * (v29 D3, `newspaperItemD3`) A newspaper's item named by its masthead: "a 1927 Times-Picayune item about a kitchen fire",
 * "the Baltimore Sun article from May 3", "her Herald-Mail obituary" (a publication, so a named resource). Not said of
 * something not found ("I couldn't find a Tribune article") nor of a masthead word in another name ("the Star Wars
 * article", "the Post Office notice").
 */
const NEWSPAPER_ITEM_D3 =
  /\b(?:Times|Tribune|Gazette|Herald|Courier|Picayune|Post|Journal|Chronicle|Inquirer|Enquirer|Sun|Register|Examiner|Dispatch|Bulletin|Telegraph|Observer|Ledger|Democrat|Star|Mail|Globe|Sentinel|Advertiser|Argus|Clarion|Beacon|Eagle|Bee|Daily)(?:-(?:Picayune|Mail|Journal|Times|Herald|News|Tribune|Sun|Post|Star|Democrat|Courier|Gazette|Ledger))? (?:news )?(?:item|items|article|articles|obituary|obituaries|obit|obits|clipping|clippings|story|stories|notice|notices|editorial|column|piece|write-up|photo|announcement)\b/;
/**
 * (v48 N11, `newspaperCiteN11`) Mastheads v29 D3's list lacked, before the same item words: "a 1951 Cecil Whig article", "the
 * Pueblo Chieftain obituary", "a Toledo Blade story", "the Springfield Republican notice" [not the words that head other names
 * before "notice" or "article": "Senior Citizen", "Credit Union", "Final Call", "Tax Appeal", "County Recorder", "Constitution"].
 */
const NEWSPAPER_ITEM_N11 =
  /\b(?:Whig|Chieftain|Courant|Press|Pioneer|Republican|Statesman|Intelligencer|Blade|Plain Dealer|Freeman|Vindicator|Mercury|Oregonian|Tennessean|Palladium|Ledger-Enquirer|Times-Union|Post-Gazette|Star-Ledger)(?:-(?:Journal|Times|Herald|News|Tribune|Sun|Post|Star|Democrat|Courier|Gazette|Ledger|Telegram|Leader|Press|Record))? (?:news )?(?:item|items|article|articles|obituary|obituaries|obit|obits|clipping|clippings|story|stories|notice|notices|editorial|column|piece|write-up|photo|announcement)\b(?! (?:hour|hours|time|times)\b)/;
/**
 * (v48 N11) A paper's issue cited by its date and page: "Pueblo Chieftain, May 11, 1988, page 6B", "the Evening Capital (June 3,
 * 1952, p. 4)", "Cecil Whig, 12 April 1951, pg. 2" (a capitalised name, the date with its year, then the page).
 */
const PAGE_CITE_N11 =
  /\b[A-Z][A-Za-z.'\u2019&-]*(?: [A-Z][A-Za-z.'\u2019&-]*){0,5},? (?:on |of )?\(?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{4}),? (?:on |in )?(?:page|pg\.?|p\.|pp\.|sec(?:tion|\.)? [A-Z],? (?:page|pg\.?|p\.)) ?[A-Z]?\d{1,3}[A-Z]?\b/;
/**
 * (v48 N11, `newspaperCiteN11`) Sentence `x` of `m` names a paper's item by a masthead v29 D3 lacked (led as D3's are: a
 * capitalised word, a year, an article or a possessive), or cites an issue by date and page; not of something not found or
 * only sought (D3's words).
 */
function newspaperCiteN11(m: Msg, x: Sentence, o: boolean): boolean {
  if (x.q) return false;
  const raw = m.rawSentences[x.k] ?? '';
  const e = NEWSPAPER_ITEM_N11.exec(raw);
  const item = e !== null && MASTHEAD_LEAD_D3.test(raw.slice(Math.max(0, e.index - 40), e.index)) && !(o && bareMastheadO2(raw, e));
  const cite = item ? null : PAGE_CITE_N11.exec(raw);
  const cited = cite === null ? '' : cite[0].split(/[,(]/, 1)[0]!;
  if (!item && (cite === null || PAPERWORK_N11.test(cited) || (o && PAPERWORK_O3.test(cited)))) return false;
  return !NOT_FOUND_D3.test(x.n) && !SOUGHT_D3.test(x.n) && !TO_FIND_N11.test(x.n);
}
/**
 * (v49 O2) N11's mastheads that are also common words ("Press", "Pioneer", "Republican", "Statesman", "Mercury", "Freeman") name a
 * paper only after a capitalised word ("the Pioneer Press obituary", "a Bemidji Pioneer article") [not "Our Press notice for the
 * book sale", "Join the Pioneer story walk"]; and no item word heads a program ("story walk", "story trail", "story circle").
 */
const COMMON_MASTHEAD_O2 = /^(?:Press|Pioneer|Republican|Statesman|Mercury|Freeman)\b/;
const STORY_PROGRAM_O2 = /^ (?:walk|walks|trail|trails|circle|circles|night|nights|kit|kits|corner|stroll|stop|stops|board|boards)\b/;
function bareMastheadO2(raw: string, e: RegExpExecArray): boolean {
  if (STORY_PROGRAM_O2.test(raw.slice(e.index + e[0].length, e.index + e[0].length + 12))) return true;
  if (!COMMON_MASTHEAD_O2.test(e[0])) return false;
  const w = /\b([A-Z][A-Za-z.'\u2019-]*) $/.exec(raw.slice(Math.max(0, e.index - 30), e.index));
  return w === null || LEAD_WORD_O2.test(w[1]!);
}
/** (v49 O2) Capitalised words that lead a sentence, not a place's name: "Our Press notice …", "See the …", "The Pioneer …". */
const LEAD_WORD_O2 = /^(?:Our|The|A|An|Your|My|His|Her|Their|Its|This|That|These|Those|Join|See|Check|Read|Try|Use|Visit|Find|Get|Here|There|In|On|At|From|For|And|But|Or|So|Yes|No|Ok|Okay|Also|Then|Last|Next|Every|Each|Any|Some)$/;
/** (v49 O3) More of the patron's own paperwork before a date and page: "the Explanation of Benefits, April 2, 2025, page 3". */
const PAPERWORK_O3 = /\b(?:Benefits|Explanation|EOB|Summary|Claim|Claims|Estimate|Quote|Paystub|Stub|Order|Decision|Award|Disclosure|Agreement|Addendum|Instructions|Discharge|Results|Prescription|Referral|Chart|Return|Assessment|Appraisal|Deed|Plan|Schedule|Syllabus|Handout|Worksheet|Warranty|Manual|Guide)\b/;
/**
 * (v49 O4) N12's bracket says a person, not a site: it opens on "who" or its head is a person ("Marcy (a volunteer with our
 * genealogy service)", "Pat (our archive volunteer)", "Bea (a genealogist at the state archives)") [not "OhioRoots (a site people
 * use …)", "Marion Obits (a database our volunteers index)", "GraveLocator (a database staff and volunteers use …)": the person
 * is not the head, or a site's word comes first].
 */
const PERSON_O4 =
  /^\((?:(?:who|whom|whose|he|she)\b|(?:(?:the|a|an|our|their|its|your|my|his|her) )?(?:(?!(?:site|sites|website|database|databases|index|portal|catalog|catalogue|archive|archives|collection|app|guide|service|tool|list)\b)[a-z-]+ ){0,2}?(?:guy|gal|lady|man|woman|fellow|volunteer|volunteers|librarian|librarians|staff|staffer|member|members|person|people|coordinator|manager|director|assistant|clerk|archivist|historian|genealogist|researcher|expert|specialist|teacher|tutor|friend|colleague|coworker|co-worker|intern|docent)(?=\)| (?:with|at|from|of|for|in|on|who|that|and|here|there)\b))/i;
/** (v48 N11) A dated page of the patron's own paperwork, not a paper: "Your Water Bill, March 3, 2025, page 2". */
const PAPERWORK_N11 = /\b(?:Your|My|Our|Bill|Statement|Invoice|Letter|Notice|Form|Receipt|Report|Card|Lease|Contract|Policy|Application|Minutes|Agenda|Memo|Email|E-mail|Transcript|Certificate)\b/;
/** (v48 N11, N12) Only sought, in words v29 D3 lacked: "I'll try to find a Toledo Blade story on it", "hoping to track down …". */
const TO_FIND_N11 = /\b(?:try|trying|tried|going|want|wanted|hope|hoping|plan|planning|need) to (?:find|locate|track down|dig up|get hold of)\b|\bill (?:look|search|hunt) for\b/;
/**
 * (v48 N12) A capitalised name with what it is in brackets right after it: "Landex (the county's paid records site)", "HeritageQuest
 * (a genealogy database we subscribe to)", "MarylandLand (the State Archives' deed index)".
 */
const NAMED_SITE_N12 =
  /\b[A-Z][A-Za-z0-9.'\u2019&-]*(?: [A-Z][A-Za-z0-9.'\u2019&-]*){0,4} \((?:the|a|an|our|their|its|your)\b[^()]{0,60}?\b(?:site|website|database|databases|index|portal|catalog|catalogue|archive|archives|collection|app|guide|service)\)/;
/** (v48 N12) A magazine's issues by its title: "McCall's Needlework & Crafts back issues", "the Spring 1976 issue of Quilter's Newsletter". */
const ISSUES_N12 =
  /\b[A-Z][A-Za-z.'\u2019&-]*(?: (?:&|[A-Z][A-Za-z.'\u2019&-]*)){0,5} back issues?\b|\b(?:Spring|Summer|Fall|Autumn|Winter|January|February|March|April|May|June|July|August|September|October|November|December) (?:1[89]|20)\d\d issue of [A-Z]/;
/**
 * (v48 N12) A book cited with its author and edition: "Alvarez, Teaching Reading in the Middle Grades, 3rd ed.", "Smith, Modern
 * Welding, 12th edition".
 */
const EDITION_CITE_N12 =
  /\b[A-Z][a-z'\u2019-]+, [A-Z][A-Za-z'\u2019:-]*(?: (?:[a-z]{1,4}|[A-Z][A-Za-z'\u2019:-]*)){0,10}, \d{1,2}(?:st|nd|rd|th) ed(?:\.|ition\b)/;
/**
 * (v48 N12, `citedWorkN12`) Sentence `x` of `m` names a work by a citation's shape: a name with "(the … site / database / index)"
 * after it, a magazine's issues by title, or a book by author, title and edition; not of something not found or only sought.
 */
function citedWorkN12(m: Msg, x: Sentence, o: boolean): boolean {
  if (x.q) return false;
  const raw = m.rawSentences[x.k] ?? '';
  const site = NAMED_SITE_N12.exec(raw);
  if (!(site !== null && !(o && PERSON_O4.test(site[0].slice(site[0].indexOf('('))))) && !ISSUES_N12.test(raw) && !EDITION_CITE_N12.test(raw)) return false;
  return !NOT_FOUND_D3.test(x.n) && !SOUGHT_D3.test(x.n) && !TO_FIND_N11.test(x.n);
}
/** (v29 D3) Words that say the item was not found. */
const NOT_FOUND_D3 = /\b(?:no|not|nothing|none|neither|nor|never|couldnt|cant|cannot|didnt|dont|doesnt|wasnt|werent|isnt|arent|unable)\b/;
/**
 * (v29 D3, second wave) The masthead follows a word that makes it a title: a capitalised word ("Baltimore Sun"), a year, an
 * article or a possessive ["Daily story time is at 10:30", "Post notices go up on the board", "Journal articles would be the
 * place to start": a masthead word opening the sentence is a common word].
 */
const MASTHEAD_LEAD_D3 = /(?:\b[A-Z][A-Za-z.'\u2019-]*|\b\d{4}|\b(?:the|a|an|her|his|their|its|your|our|that|this)) $/;
/** (v29 D3, second wave) A search without a find, or the patron's own item restated ["I searched for a Herald obituary for him but came up empty", "So you saw a Tribune article about it"]. */
const SOUGHT_D3 = /\b(?:came up empty|no luck|no joy|unsuccessful|(?:searched|looked|hunted|checked) (?:for|through)|(?:search|look|hunt) for|trying to find|tried to find|looking for|you (?:saw|read|remember|recall|mentioned|said|heard|need|want|re after|are after|re looking|are looking))\b/;
function newspaperItemD3(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.newspaperItemD3 !== true || x.q) return false;
  const raw = m.rawSentences[x.k] ?? '';
  const e = NEWSPAPER_ITEM_D3.exec(raw);
  if (e === null || !MASTHEAD_LEAD_D3.test(raw.slice(Math.max(0, e.index - 40), e.index))) return false;
  return !NOT_FOUND_D3.test(x.n) && !SOUGHT_D3.test(x.n);
}

/**
 * (v29 D3, `initialQuestionD3`) A question sentence that the splitter did not cut after a call number's or a name's last
 * letter ("… in the catalog at 551.55 R. Will those work for your project?"): the statement before "<letter>. <question>"
 * is read for a source as its own sentence (a URL, a known or named resource) unless it holds a hold.
 */
const INITIAL_QUESTION_D3 = /(?:^|[ (])[a-z]\. (?=(?:will|would|does|do|did|is|are|was|can|could|should|shall|any|anything|have|has|how|what|which|where|need|want)\b[^.!?]{0,160}\?[ !?]*$)/;
const QUESTION_HEAD_D3 = /^(?:(?:ok|okay|so|and|hmm|sorry|also),? )?(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should|shall|may|what|which|where|when|who|how|any)\b/;
function initialQuestionD3(s: Session, m: Msg, x: Sentence): boolean {
  if (s.rubric.initialQuestionD3 !== true || !x.n.includes('. ')) return false;
  const q = INITIAL_QUESTION_D3.exec(x.n);
  if (q === null || q.index < 20) return false;
  const head = x.n.slice(0, q.index + q[0].length - 1);
  // (second wave) the head is itself a question with a stray full stop: "Is it for the class using the Chicago Manual of
  // Style, part B. Which edition do you need?" gives nothing
  if (QUESTION_HEAD_D3.test(head)) return false;
  const P = s.P;
  if (P.hold.test(head) || P.holdWeak.test(head) || NOT_FOUND_D3.test(head)) return false;
  return P.knownResource.test(head) || P.namedResource.test(head) || (maybeUrl(head) && P.url.test(head));
}

// ---- (v29 D4) block D4's readings ----

/**
 * (v29 D4, `titleEchoD4`) A greeting word and the word after it at the start of a normalised provider sentence ("hey arnold",
 * "good morning, vietnam"), the second word no greeting's companion ("there", "again", "all"…).
 */
const TITLE_GREET_D4 = /^(hey|hi|hello|good (?:morning|afternoon|evening|night)|welcome to(?: the)?)[ ,]{1,3}([a-z][a-z'-]{1,20})(?![a-z'-])/;
const GREET_COMPANION_D4 = new Set(['there', 'again', 'all', 'everyone', 'everybody', 'folks', 'friend', 'friends', 'and', 'i', 'im', 'this', 'its', 'thanks', 'thank', 'welcome', 'sir', 'madam', 'maam', 'ma', 'and', 'my', 'our', 'the', 'you', 'ya', 'yall', 'guys', 'team', 'back', 'hello', 'hi', 'hey', 'so', 'yes', 'ok', 'okay', 'again']);
/**
 * (v29 D4, `titleEchoD4`) The provider sentence opens on a greeting and a word that the patron typed before this message,
 * after words of their own: a title they asked for ("do u have hey arnold the movie"), not a greeting. The patron's own
 * greeting opens their message ("hi there, …") and is no echo.
 */
/** (E3, `titleEchoD4`) The word before the patron's phrase is their own greeting or "say": a greeting, no title. */
const GREET_BEFORE_ECHO_D4 = /(?:^| )(?:hi|hey|hello|hiya|heya|howdy|greetings|morning|evening|afternoon|say|says|said|saying)[!.]{0,3}$/;
export function titleEchoD4(s: Session, m: Msg, n: string): boolean {
  const x = TITLE_GREET_D4.exec(n);
  if (x === null || GREET_COMPANION_D4.has(x[2]!)) return false;
  const phrase = `${x[1]} ${x[2]}`;
  for (const p of s.patron) {
    if (p.i > m.i) break;
    if (!p.n.includes(x[2]!)) continue;
    const t = p.n.replace(/[ ,]{1,3}/g, ' ');
    const at = t.indexOf(phrase, 1);
    // (E3) not after the patron's own greeting or "say": "Hi! Good evening, Maria Lopez here", "say hi ben!" (the provider
    // greets them back) ["do u have hey arnold the movie" still echoes]
    if (at > 0 && t.charCodeAt(at - 1) === 32 && !/[a-z]/.test(t.charAt(at + phrase.length)) && !GREET_BEFORE_ECHO_D4.test(t.slice(Math.max(0, at - 12), at - 1))) return true;
  }
  return false;
}

/**
 * (v29 D4, `greetNamePlaceD4`) S5's first sign-on form after a greeting and a comma: "Hi, Marv, reference at Ocean County
 * Library.", "Hello, Jan, Toledo Library." The place is capitalised words ending in "Library" / "Libraries", after at most a
 * role and "at / from / with / @"; it never opens on a thanks, a welcome or a step ("Hi, Maria, thanks for contacting …",
 * "Hi, Sam, it's at Main Library" name no provider). Anchored, every part bounded: linear.
 */
const ROLE_D4 = String.raw`(?:[Rr]eference|[Cc]irculation|[Cc]irc|[Aa]dult|[Yy]outh|[Cc]hildren['\u2019]?s|[Kk]ids|[Tt]een|[Gg]enealogy|[Ii]nfo|[Ii]nformation|[Cc]hat|[Ll]ibrarian|[Ss]taff|[Ll]ibrary assistant)(?:[ \t]+(?:[Ss]ervices?|[Dd]esk|[Tt]eam|[Ll]ibrarian|[Dd]epartment))?`;
const GREET_NAME_PLACE_D4 = [
  new RegExp(
    String.raw`^[ \t]*(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Hh]owdy|[Gg]ood (?:morning|afternoon|evening|day)|[Mm]orning|[Aa]fternoon|[Ee]vening)(?:[ \t]+there)?[ \t]*,[ \t]*(?:(?:Ms|Mr|Mrs|Miss|Dr)\.?[ \t]+)?(\p{Lu}\p{Ll}+)[ \t]*,[ \t]*(?:${ROLE_D4}[ \t]+(?:at|from|with|@)[ \t]+)?(?:the[ \t]+)?(?:\p{Lu}[\p{L}&'\u2019.-]*[ \t]+){0,5}?(?:Library|Libraries|LIBRARY)[ \t]*(?:[.!]+[ \t]*)?$`,
    'gu',
  ),
];

/**
 * (v29 D4, `placeNameEsD4`) S5's second form in Spanish: a place opening on "Biblioteca(s)" with capitalised words and
 * "de / del / la…" (at most six), a comma and the name ending the sentence: "Biblioteca Municipal de Zaragoza, Pilar."
 * ("La biblioteca cierra a las 8, Pilar." has lower-case words: no place). Anchored, bounded: linear.
 */
const PLACE_NAME_ES_D4 = [
  /^[ \t]*(?:[Ll]a[ \t]+)?(?:Biblioteca|BIBLIOTECA)s?(?:[ \t]+(?:\p{Lu}[\p{L}'\u2019.-]*|de|del|la|las|los|y|e)){0,6}[ \t]*,[ \t]*(\p{Lu}\p{Ll}+)[ \t]*(?:[.!]+[ \t]*)?$/gu,
];
/** (v29 D4) Spanish day, time and place words that are no name after the comma ("Biblioteca Central, Lunes."). */
const NOT_A_NAME_ES_D4 = /^(?:Lunes|Martes|Mi[eé]rcoles|Jueves|Viernes|S[aá]bados?|Domingos?|Hoy|Ma[nñ]ana|Tarde|Noche|Abierto|Cerrado|Centro|Gracias|Hola|Buenas|Sala|Planta)$/u;
/**
 * (E3, `greetNamePlaceD4`, `placeNameEsD4`) `name` is one the patron gave as their own in a message before `m`, after "I'm /
 * my name is / this is / soy / me llamo" ("Hi, I'm Dana.", "Hola, soy Lucía."). String search, no text compiled.
 */
const OWN_NAME_LEAD_D4 = /(?:^|[^\p{L}])(?:i['\u2019]?m|i am|my name is|my name['\u2019]?s|this is|it['\u2019]?s|soy|me llamo|mi nombre es)[ \t]+$/u;
function patronOwnNameD4(s: Session, m: Msg, name: string): boolean {
  if (name.length < 2) return false;
  const w = name.toLowerCase();
  for (const p of s.patron) {
    if (p.i > m.i) break;
    const t = p.raw.toLowerCase();
    for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
      if (/\p{L}/u.test(t.charAt(at + w.length))) continue;
      if (OWN_NAME_LEAD_D4.test(t.slice(Math.max(0, at - 16), at))) return true;
    }
  }
  return false;
}
/** (v29 D4, `placeNameEsD4`) The Spanish place-then-name sign-on, the name no day or place word nor a word of the place. */
function placeNameEsD4(s: Session, raw: string): boolean {
  if (!namedBy(s, raw, PLACE_NAME_ES_D4)) return false;
  const re = PLACE_NAME_ES_D4[0]!;
  re.lastIndex = 0;
  const x = re.exec(raw);
  if (x === null) return false;
  const name = x[1]!;
  return !NOT_A_NAME_ES_D4.test(name) && !raw.slice(0, x[0].lastIndexOf(',')).includes(name);
}

/**
 * (v29 D4, `greetClauseD4`) A greeting word ending its own clause or opening the sentence ("hiya, bex on chat duty from
 * leeds libraries", "heya jules …"): X1's clause is read after it. Anchored, bounded.
 */
const GREET_LEAD_D4 = /^(?:hi+|hiya|heya|hey+|hello+|helo|hullo|howdy|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)(?: there)?(?: ?, ?| )(?=[a-z])/;
/**
 * (v29 D4, `typoIntroD4`) "This is <Name>" typed with a transposed or dropped letter: "thsi is", "tihs is", "htis is", "ths
 * is", "this si", "thisis", then a capitalised name (INTRO_NAME's name). Anchored at a word's start, bounded.
 */
// (E3) the name ends the introduction: an end, a stop or an introduction's word after it ("thsi is Dana at …", "ths is Dana,
// your librarian") ["Ths is Chrome acting up", "thsi is Hoopla's app", "Tihs is Libby being slow": a product, no name]
const TYPO_INTRO_D4 = [/(?:^|[^\p{L}])(?:(?:[Tt](?:hsi|ihs|hs)|[Hh]tis)[ \t]+is|[Tt]his[ \t]+(?:si|iz)|[Tt]hisis)[ \t]+(\p{Lu}[\p{L}\u2019-]*)(?:[ \t]+\p{Lu}[\p{L}\u2019-]*)?(?=[ \t]*(?:$|[,.!:;)\u2013\u2014-]|(?:here|at|from|with|on|in|@|w\/|and|your|ur|the|of)(?![\p{L}])))/gu];
/** (v29 D4) Cheap test before TYPO_INTRO_D4. */
const MAYBE_TYPO_INTRO_D4 = /[Tt]hsi|[Tt]ihs|[Hh]tis|[Tt]hs |[Tt]his ?(?:si|iz|is)/;
/**
 * (v29 D4, `placedAtLibraryD4`) The provider places themselves at a named library, in a statement or a question: "at <Name>
 * Library we …" ("Tuesdays on the info desk at Burlington Library we have notaries — what do you need?") or "it is / we are /
 * I am … here at <Name> Library" ("Is it as rainy where you are as it is here at the Millbrook Library?"). The place is
 * capitalised words ending in "Library" / "Libraries"; every part bounded.
 */
const PLACE_D4 = String.raw`(?:the[ \t]+)?(?:\p{Lu}[\p{L}&'\u2019.-]*[ \t]+){1,5}(?:Library|Libraries|LIBRARY)`;
const PLACED_AT_D4 = [
  // (E3) not where the patron is sent to ask or get it: "You could request it at Millbrook Library, we don't own a copy"
  new RegExp(String.raw`(?:^|[^\p{L}])(?<!\b(?:ask|asking|asked|try|trying|check|checking|visit|visiting|call|calling|inquire|enquire|request|requesting|reserve|order|borrow|get|find|collect|pick)(?:[ \t]+(?:it|one|them|this|that|a copy|up|it up))?[ \t]+)[Aa]t[ \t]+${PLACE_D4}(?:[ \t]*,)?[ \t]+we(?![\p{L}'\u2019])`, 'u'),
  new RegExp(String.raw`(?:^|[^\p{L}])(?:[Ii]t[ \t]+is|[Ii]t['\u2019]?s|[Ww]e[ \t]+are|[Ww]e['\u2019]re|I[ \t]+am|[Ii]['\u2019]?m)(?:[ \t]+[\p{Ll}\d]+){0,4}?[ \t]+here[ \t]+at[ \t]+${PLACE_D4}`, 'u'),
  // Spanish: "En la Biblioteca Pública de Huesca tenemos …"
  // (E3) not after "pregunte / consulte / llame / vaya …": "Pregunte en la Biblioteca Regional, estamos cerrados hoy"
  new RegExp(String.raw`(?:^|[^\p{L}])(?<!\b(?:[Pp]regunte|[Pp]regunta|[Pp]reguntar|[Cc]onsulte|[Cc]onsulta|[Cc]onsultar|[Ll]lame|[Ll]lama|[Ll]lamar|[Aa]cuda|[Aa]cude|[Aa]cudir|[Vv]aya|[Vv]e|[Ii]r|[Pp]ida|[Pp]ide|[Pp]edir|[Pp]ruebe|[Pp]rueba|[Pp]robar|[Bb]usque|[Bb]usca|[Bb]uscar)[ \t]+)[Ee]n[ \t]+(?:la[ \t]+|las[ \t]+)?Bibliotecas?(?:[ \t]+(?:\p{Lu}[\p{L}'\u2019.-]*|de|del|la|las|los|y|e)){0,6}(?:[ \t]*,)?[ \t]+(?:tenemos|ofrecemos|contamos|estamos|hacemos|prestamos|somos)(?![\p{L}])`, 'u'),
];
function placedAtLibraryD4(raw: string): boolean {
  for (const re of PLACED_AT_D4) if (re.test(raw)) return true;
  return false;
}
/**
 * (v29 D4, `nameSubjectD4`) The "<Name> from / at <place>" of the name shapes is someone else when the sentence goes on to
 * make that person a clause's subject after an apposition ("Tom at the Lakewood Library, our genealogy guy, is out until
 * Monday", "Coach from the Y at Maple Grove Library, Ms. Tran, asked about …") or asks whether the patron is them ("Sam from
 * Oakwood Library :) is that you?"). Every part bounded; the name's lead is NAME_HERE's.
 */
const NAME_LEAD_D4 = String.raw`(?:^|[.!?,;:\u2014-]\s*|\b(?:Hi|Hello|Hey|Hiya|Howdy|Greetings|Welcome|Hola)\b[,!.]?\s+(?:there[,!.]?\s+)?)\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?\s+(?:from|at|with|of)\s+`;
const NAME_SUBJECT_D4 = [
  new RegExp(String.raw`${NAME_LEAD_D4}[^,.!?;\n]{1,60},\s*[^,!?;\n]{1,40},\s+(?:is|was|are|were|has|had|asked|said|says|told|called|emailed|mentioned|will|would|can|could|does|did|runs|left|retired|handles|knows|sent|came|stopped|dropped|wants|wanted)\b`, 'u'),
  new RegExp(String.raw`${NAME_LEAD_D4}(?![^,.!?;\n]{0,50}\bhere\b)[^,.!?;\n]{1,50}?\s*(?:[:;]-?[)(DP]|\p{Extended_Pictographic})?\s*,?\s*(?:[Ii]s|[Ww]as) (?:that|this|it) (?:you|u)\b`, 'u'),
];
function nameSubjectD4(raw: string): boolean {
  return NAME_SUBJECT_D4[0]!.test(raw) || NAME_SUBJECT_D4[1]!.test(raw);
}
/**
 * (v29 D4, `introTailD4`) A short introduction ending on "here," and an answer after it in the same sentence: "jo at the
 * reference desk here, we close at 9 tonight." The introduction is at most eight words; the tail opens on "we / our / the /
 * it / its / they / your / ur" and holds a digit (an hour, a date, a number), so "…here, we're happy to help!" stays filler.
 */
// (E3) not a tail about the wait: "jo at the reference desk here, your chat sat in the queue for 2 minutes, sorry!"
const INTRO_TAIL_D4 = /^(?![^\n]{0,240}\b(?:queue|queued|wait|waiting|waited|sorry|apologi[sz]e|in line|chat (?:id|number)|ticket)\b)(?:[a-z0-9'@.&-]+ ){1,8}here, (?:we|our|the|it|its|they|your|ur) [^\n]{0,200}?\d/;
/**
 * (v29 D4, `deskNameSD4`) X1's lone name may end in "s" when the clause puts it at a desk of the library ("jules from the kids
 * desk @ lakewood public library", "chris at the circ desk @ dayton metro library"): things handed out at a desk ("flyers",
 * "forms", "passes"…) are no name. Anchored, every part bounded.
 */
const DESK_NAME_S_D4 =
  /^(?:(?:its|it is|this is|im|hey|hi|hello|hiya|heya) )?(?!(?:kits|audiobooks|comics|novels|photos|scans|notes|lists|packets|permits|vouchers|coupons|labels|books|items|forms|cards|hours|fines|holds|questions|answers|materials|resources|ebooks|events|programs|kids|teens|flyers|fliers|brochures|handouts|copies|passes|laptops|hotspots|dvds|cds|magazines|newspapers|maps|tickets|supplies|puzzles|games|toys|prints|printouts|receipts|bags|returns|renewals|requests|reserves|thanks|greetings|directions|instructions|applications|documents|keys|headphones|chargers|calculators|bookmarks|stickers|badges|passwords|pins|reads|picks|staffs|volunteers|librarians|others|ours|yours|this|its|was|is|has|as|us|yes|always|sometimes|perhaps|thus|plus|less|unless|across|towards|besides)\b)[a-z]{2,12}s (?:from|at|on|with|@) (?:the )?(?:[a-z]{1,20} ){0,2}desk (?:from|at|with|@) (?:the )?(?:[a-z0-9&'@-]+ ){0,6}(?:library|libraries|library system|biblioteca)[.!]*$/;
function deskNameSD4(s: Session, m: Msg, n: string): boolean {
  const cut = CLAUSE_END_X1.exec(n);
  const c = (cut === null ? n : n.slice(0, cut.index)).trim();
  if (!(c.includes(' desk ') && DESK_NAME_S_D4.test(c) && !(s.rubric.patronNameY6 === true && patronNameY6(s, c)))) return false;
  // (E3) the "name" is a word the patron typed before (the thing they asked about): "where do i borrow the stem kits?" /
  // "kits from the kids desk at lakewood library." ["jules from the kids desk @ …" still names]
  const w = /^(?:(?:its|it is|this is|im|hey|hi|hello|hiya|heya) )?([a-z]{2,12}s) /.exec(c)?.[1];
  if (w === undefined) return true;
  for (const p of s.patron) {
    if (p.i > m.i) break;
    if (p.n.split(/[^a-z0-9]+/).includes(w)) return false;
  }
  return true;
}
function greetClauseD4(s: Session, n: string): boolean {
  const g = GREET_LEAD_D4.exec(n);
  return g !== null && introClauseX1(s, n.slice(g[0].length), false);
}

// ---- (v29 D5) block D5's readings ----

/**
 * (v29 D5, `moreCompleteD5`) Whole-sentence questions about what was given that no family reads: "Is that page of any use
 * in the meantime?", "Has FamilySearch got what you need for now?", "Are those the kind of thing she'd like?" ["Is it any
 * good?" echoing the patron; "Is that the kind of thing you'd like me to look for?" asks about the search].
 */
const MORE_COMPLETE_D5 =
  /^(?:(?:so|and|ok|okay|well),? )?(?:(?:is|was|are|were) (?:this|that|it|these|those|they)(?: [a-z]{2,12})? (?:of )?any (?:use|help)(?: (?:to|for) (?:you|u|her|him|them))?|(?:has|have|hasnt|havent) (?!(?:you|u|i|we)\b)(?:[a-z0-9]+ ){1,3}got (?:you )?what (?:you|u|she|he|they) (?:need|needed|want|wanted|are after|were after|was after)|(?:are|were|is|was) (?:these|those|they|this|that|it) (?:the|a) (?:kind|type|sort)s? of (?:thing|things|stuff|book|books|title|titles|read|reads|series) (?:she|he|they|you|u)(?:d| would| might)? (?:like|want|enjoy|be after|be looking for))(?: (?:in the meantime|for now|so far|at all|then))?[ ?!.]*$/;
/** (v29 D5, `moreCompleteD5`) The bare "Is it fine?", "Is that alright?" (asked right after a sentence that gives a source). */
const BARE_OK_D5 = /^(?:(?:so|and|ok|okay|well),? )?(?:is|was) (?:this|that|it) (?:ok|okay|alright|all right|fine|good)[ ?!.]*$/;
function moreCompleteD5(s: Session, m: Msg): number {
  const xs = m.sentences;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!x.q || offerOnly(s, x, m)) continue;
    if (MORE_COMPLETE_D5.test(x.body)) return x.k;
    // "…are at dearbornlibrary.org/esl. Is it fine?" ["I can also mail you the receipt tomorrow. Is it fine?" asks about the
    // offer; "Is that alright?" in a message of its own after a promise keeps the older reading]
    if (i > 0 && BARE_OK_D5.test(x.body)) {
      const y = xs[i - 1]!;
      const source = s.P.url.test(y.n) || ((m.sHas(y, F.knownResource) || m.sHas(y, F.namedResource)) && !TIME_C10.test(y.n));
      if (source && !offerBefore(s).test(y.n) && !offeredBefore(s, m, x)) return x.k;
    }
  }
  return -1;
}

/** (v29 D5, `holdTakenBackD5`) Taking back what was just said: "never mind", "scratch that", "forget it", "on second thought". */
const TAKEN_BACK_D5 = /\b(?:never mind|scratch that|forget (?:that|it)|on second thought)\b/;
/**
 * (v29 D5, `holdTakenBackD5`) `m` holds ("brb", "one sec", "let me check"), then takes it back and leaves for the provider's
 * convenience after that: "brb... actually nvm gotta run, ttyl" ["brb... actually nvm, found it: …" leaves nothing].
 */
const BACK_AFTER_D5 = /\b(?:for a (?:sec|second|moment|minute|min|bit)|back in|be right back|brb|stay (?:there|on|here|put)|hang on|hold on|two ticks|one (?:sec|moment|minute)|leave (?:this|it|that)(?: one)? (?:to|with)|(?:will|ll|theyll|shell|hell) (?:email|e-mail|call|ring|text|contact|get back|be in touch)|theyll|they will)\b/;
export function holdTakenBackD5(s: Session, m: Msg): boolean {
  if (s.rubric.holdTakenBackD5 !== true) return false;
  const t = TAKEN_BACK_D5.exec(m.n);
  if (t === null || !s.P.hold.test(m.n.slice(0, t.index))) return false;
  const tail = m.n.slice(t.index);
  // (second wave) not when the tail comes back or hands the question on: "brb - scratch that, gotta run to the printer for a
  // sec, stay there!", "actually forget it, I need to leave this one to our passport desk, they'll email you by Friday"
  return s.P.dismissalConvenience.test(tail) && !BACK_AFTER_D5.test(tail);
}

/** (v29 D5, `toCallD5`) What a page, a letter or someone told the patron to call: "the county site says call", "they told me to ring". */
// (second wave) after "has / lists / gives" a bare "phone" or "contact" is a field's label, the patron's own ["your system lists
// phone 410-555-0123 for me", "my account has phone 410-555-0123 on it"]: only "call / dial / ring", or "to <verb>"
const TO_CALL_LEAD_D5 = /\b(?:(?:says?|saying|said|told me|tells me|telling me)(?: (?:to|me to|that i should|i should|i need to|i have to))? (?:call|dial|ring|phone|contact)|(?:lists?|listed|gives?|gave me|has|had)(?: (?:to|me to|that i should|i should|i need to|i have to) (?:call|dial|ring|phone|contact)| (?:call|dial|ring)))\b/;
const TO_CALL_D5 =
  /\b(?:(?:says?|saying|said|told me|tells me|telling me)(?: (?:to|me to|that i should|i should|i need to|i have to))? (?:call|dial|ring|phone|contact)|(?:lists?|listed|gives?|gave me|has|had)(?: (?:to|me to|that i should|i should|i need to|i have to) (?:call|dial|ring|phone|contact)| (?:call|dial|ring)))(?: (?:them|it|the [a-z]+(?: [a-z]+)?))?(?: (?:at|on))? (?:\+?\(?\d[\d ().-]{5,18}\d|\[phone\])/g;
/**
 * (v29 D5, `toCallD5`) Every e-mail and phone the patron typed in `n` is a number they were told to call ("the county site says
 * call 410-555-0100 … but nobody answers"): no contact of the patron's ["call me at 410-555-0100", "my number is …" stay].
 */
export function toCallOnlyD5(s: Session, n: string): boolean {
  if (s.rubric.toCallD5 !== true || !TO_CALL_LEAD_D5.test(n)) return false;
  const c = contactsIn(s, n.replace(TO_CALL_D5, ' '));
  return !c.email && !c.phone;
}

// ---- (v29 D6) block D6's readings ----

/**
 * (v29 D6, `transferredNoticeD6`) Words that another provider joins or takes the chat, read only before a transfer event
 * (`transferredNoticeD6`): "is going to join and take it from here", "Rosa from Local History will pick it up from here",
 * "have our archivist hop in", "I'll get Rosa on here", "route your question to …, please stay on". Near misses: "you can
 * pick it up from here", "I'll get the form on here", "I'll pass your question to our events team" (no "stay on").
 */
const HANDOVER_D6 = new RegExp(
  [
    // "<someone> is going to join (us) and take it from here / take over / help"
    // (E3) not a weekly programme: "On Tuesdays a volunteer tutor will join in and help with homework, 4-6 pm"
    String.raw`\b(?<!\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b[^.!?]{0,60})(?:will|can|shall|should|is going to|are going to|gonna) (?:now |soon )?join (?:us |you |the chat |in |here )?(?:and|to) (?:take (?:it|this|things|over)|help|assist|pick)\b(?![^.!?]{0,60}\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|every|each|weekly|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2} ?- ?\d{1,2})\b)`,
    // "<Name> from <department> will pick it up from here" (not the patron, not "I / we")
    // (E3) nor a vehicle or courier: "the van will pick it up from here and bring it to your branch" is about a book
    String.raw`\bpick (?:this|it|things|your (?:question|chat|enquiry|inquiry)) up from here\b(?<=\b(?!(?:you|u|i|we|and|van|vans|courier|couriers|driver|drivers|delivery|shuttle|truck|post|mail|carrier|ups|fedex|usps|dhl|system)\b)[a-z]+ (?:will|can|is going to|are going to|should|shall|gonna) pick [a-z ]{2,22} up from here)(?! (?:once|when|after|if|as soon as) (?:you|u)\b)`,
    // "I'm going to have our archivist hop in", "I'll get Rosa to jump on"
    String.raw`\b(?:have|get) (?!(?:you|u|it|this|that|them)\b)(?:[a-z]+ ){1,4}?(?:to )?(?:hop|jump|pop|step|come) (?:in|on)\b(?<=\b(?:ill|i will|going to|gonna|let me|lemme|i can|im|i am|ill just|i shall) (?:have|get) [a-z ]{3,50})(?! (?:for me|at|tomorrow|next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)`,
    // "I'll get Rosa on here", "let me get our genealogy person on the chat"
    String.raw`\bget (?!(?:you|u|it|this|that|them|those|these|something|everything|more|some|all|the (?:form|link|links|page|file|pdf|list|document|details|info|information|answer|results?|url|address|number|scan|copy|image))\b)(?:[a-z]+ ){1,4}?on (?:here|the chat|this chat|chat)\b(?<=\b(?:ill|i will|going to|gonna|let me|lemme|i can|ill just|i shall|ill try to|let me just) get [a-z ]{3,50})`,
    // "route / forward / pass your question to <someone>, please stay on"
    String.raw`\b(?:route|routing|forward|forwarding|pass|passing|send|sending|hand|handing|transfer|transferring) (?:your|this|the) (?:question|query|enquiry|inquiry|request) (?:over |on |along )?to\b(?=[^.!?]{0,80}?\b(?:stay on|stay here|stay in (?:the|this) chat|stay connected|stay online|hold on|hang on|hang tight|dont close|do not close|dont leave|do not leave)\b)`,
  ].join('|'),
);
/**
 * (v29 D6, `askedNothingD6`) A whole patron message (normalised) of insults, taunts and laughter only: "this library sucks
 * ass", "f u", "u guys suck", "ur mom", "make me lol", "lmaooo". Each word or phrase followed by punctuation, a space or
 * the end (as v13's NO_ASK_N4). Near misses: "this database sucks, how do i get the full text?", "you guys are useless at
 * renewals, can i renew by phone" (words of a need after the taunt).
 */
const INSULTS_ONLY_D6 = new RegExp(
  String.raw`^(?:(?:(?:this|that|the|ur|your|you|u|ya|yall|you guys|u guys|you people|this library|the library|this place|this chat|this app|librarians|libraries)(?: (?:is|are|r|so|really|totally|all|such)){0,2} (?:sucks?|suck ass|sucks ass|stupid|dumb|trash|garbage|rubbish|crap|shite?|naff|useless|idiots?|losers?|lame|boring|pathetic|terrible|awful|the worst|a joke)|ur mom|your mom|ur mum|your mum|ur moms?|f (?:u|you|off)|fu|fuck (?:you|u|off|this|that)|stfu|shut up|screw (?:you|u|this|that)|go away|bite me|make me|no u|whatever|lo+l|lmf?a+o+|rofl|ha(?:ha)+h?|he(?:he)+|idiots?|losers?|boring|sucks?|suck ass|sucks ass|so lame)(?:[ ,!.?]+|$)){1,8}$`,
);
/**
 * (v29 D6, `askedNothingD6`) A whole patron message (normalised) that is a staff check of the chat, opening (after "lol",
 * "sorry", "ok") on "just checking (that / if) the widget / chat … works / loads": "lol sorry just checking the widget on our
 * branch page works". Near misses: "just checking if the library is open sunday" (a need), any "?" or question word after it.
 */
const CHECKING_CHAT_D6 =
  /^(?:(?:lol|haha|sorry|ok|okay|oops|hi|hey|hello)[ ,!.]+){0,3}(?:(?:im|i am|i was) )?(?:just|only) (?:checking|making sure|seeing)(?: (?:that|if|whether))? (?:the|our|this|a|my) (?:new )?(?:chat|widget|chat widget|chat box|chatbox|chat button|ask a librarian (?:box|button|widget)|service|text line|sms line)\b(?![^?]{0,200}\?)(?![^]{0,200}\b(?:how|what|where|when|why|who|which|can (?:you|u|i)|could (?:you|u)|do (?:you|u)|is there|are there|i need|i want|looking for|help me|question|questions|but|though|tho|however|cant|cannot|wont|won t|doesnt|does not|isnt|not working|blocked|broken|error|problem|issue|wants to know|want to know|wondering|know if|know whether|need|needs|trying)\b)/;
/**
 * (v29 D6, `askedNothingD6`) A whole patron message (normalised) that only praises the service: "just wanted to say you guys
 * are awesome 😊 the storytime lady is my kids fave", "I just want to say thank you for last week". Near miss: "just wanted
 * to say thanks, is there a storytime on saturdays?" (a "?" or a question word after it).
 */
// (E3) CHECKING_CHAT_D6 and PRAISE_ONLY_D6 also stop at a need stated without "?": "just checking the chat works. my card got
// blocked and i cant log in", "I just wanted to say thank you, but the ebook … won't open", "my mom wants to know if …"
const PRAISE_ONLY_D6 =
  /^(?:(?:hi|hey|hello|hiya)[ ,!.]+)?(?:i )?(?:just|only) (?:wanted|want|wanna|needed) to (?:say|tell (?:you|u)(?: all| guys)?|let (?:you|u)(?: all| guys)? know)(?: that)? (?:thanks?|thank (?:you|u)|ty|(?:you|u|yall|ya)(?: guys| all| folks| people)? (?:are|r|rock|rule)|(?:your|ur|the) (?:staff|team|library|librarians?|storytime|service) (?:is|are|rocks?|rules?))\b(?![^?]{0,200}\?)(?![^]{0,200}\b(?:how|what|where|when|why|who|which|can (?:you|u|i)|could (?:you|u)|do (?:you|u)|is there|are there|i need|i want|looking for|help me|question|questions|but|though|tho|however|cant|cannot|wont|won t|doesnt|does not|isnt|not working|blocked|broken|error|problem|issue|wants to know|want to know|wondering|know if|know whether|need|needs|trying)\b)/;
/** (v29 D6, `askedNothingD6`) The whole patron message `n` (normalised) asks nothing: insults only, a staff check, praise. */
export function askedNothingD6(n: string): boolean {
  return INSULTS_ONLY_D6.test(n) || CHECKING_CHAT_D6.test(n) || PRAISE_ONLY_D6.test(n);
}
/**
 * (v29 D6, `wayBackAfterWaitD6`) A whole patron message (normalised) that only protests or asks the provider to stay: "wait",
 * "no wait please", "hang on!", "but im not done", "one more question". Not a new need or a thank-you.
 */
const PROTEST_D6 =
  /^(?:(?:no+|but|hey|wait+|please|plz|pls|hold on|hang on|um+|uh+|what|huh|oh|ok|really|noo+|come on|one sec|a sec|(?:but )?(?:im|i am) not (?:done|finished)|(?:but )?i (?:still )?(?:need|have) (?:help|a question|more questions|another question)|one more (?:thing|question)|can (?:you|u) (?:stay|wait))(?:[ ,!.?]+|$)){1,5}$/;
/**
 * (v29 D6, `wayBackAfterWaitD6`) After the dismissal `m` (and any provider messages right after it), the patron only protests
 * ("wait") and the provider's very next visible message offers the way back ("You can come back another time and we can go
 * through it together!"): the way back is offered before the chat ends. Near misses: the reply that offers none ("Sorry, I
 * really have to go."), a way back only after a new need or after the patron's thanks (older rounds' reading stays).
 */
export function wayBackAfterWaitD6(s: Session, m: Msg): boolean {
  let p = m.pos + 1;
  while (p < s.vis.length && s.vis[p]!.role === 'provider' && p - m.pos <= 3) p++;
  const v = s.vis[p];
  const w = s.vis[p + 1];
  return v !== undefined && v.role === 'patron' && PROTEST_D6.test(v.n) && w !== undefined && w.role === 'provider' && w.has(F.wayBack);
}
/**
 * (v29 D6, `transferredNoticeD6`) `m`, a provider message, says in HANDOVER_D6's words that another provider takes the chat,
 * and a transfer event comes after it.
 */
export function transferredNoticeD6(s: Session, m: Msg): boolean {
  if (s.rubric.transferredNoticeD6 !== true || m.role !== 'provider') return false;
  const memo = s.memo;
  if (memo.lastTransfer === UNSET) memo.lastTransfer = s.order.findLast((x) => x.role === 'system' && x.event === 'transfer') ?? null;
  const tr = memo.lastTransfer;
  // before it in time order (ties keep transcript order, as `s.order` does)
  if (tr === null || m.t > tr.t || (m.t === tr.t && m.i > tr.i)) return false;
  return HANDOVER_D6.test(m.n);
}

// ---- (v30 F1) block F1's readings ----

/**
 * (v30 F1, `byMeansYouF1`) A clause that tells the patron what they can do, then "by" (before a contact verb in -ing): "you
 * can order the form by", "you'll need to book by", "u can get a copy by" (not "I got it by", the provider's own doing).
 */
export const BY_MEANS_YOU_F1 =
  /^(?:(?:and|or|also|then|so|but|though|please|just|otherwise|alternatively|or else),?\s*)*(?:you|u|youll|youd)(?: (?:can|could|may|might|will|would|should|also|just|still|easily|always|need to|have to|want to)){0,2} (?:order|request|get|obtain|book|schedule|make|set up|arrange|register|sign up|apply|enroll|enrol|reserve|renew|replace|ask for|check|confirm|find out)\b(?: [a-z0-9-]+){0,8}? by$/;

// ---- (v30 F2) block F2's readings ----

// ---- (v30 F3) block F3's readings ----

/** (v30 F3, `appStoreF3`) "download it free from the App Store or Google Play", "get the app on the Play Store". */
// (G3) what is got there is no app: "You'd have to get a refund through the App Store", "You may get a pop-up from the App
// Store asking for your Apple ID password", "Install any pending updates via the Play Store", "u might get charged on google
// play", "Getting apps from the App Store needs an Apple ID", "If you get stuck on the App Store login", "Make sure you get
// signed in on the App Store first" (no word of these between the verb and the store)
const APP_STORE_F3 = /\b(?:download|downloading|get|getting|install|installing|grab)\b(?:(?!\b(?:refunds?|pop ?-?ups?|popups?|messages?|prompts?|notifications?|alerts?|errors?|charged|charges?|receipts?|passwords?|codes?|updates?|gift ?cards?|apps|apple id|accounts?|subscriptions?|purchases?|stuck|signed|logged|locked|kicked|asked|prompted|redirected|billed|confused)\b)[^.!?;]){0,50}? (?:from|in|on|at|through|via) (?:the |your )?(?:apple )?(?:app store|play store|google play)\b/;
/** (v30 F3, `appStoreF3`) The app cannot be had there: "you can't get it from the App Store anymore", "it's not on Google Play". */
const APP_STORE_NOT_F3 = /\b(?:cant|cannot|not|no longer|dont|doesnt|wont|isnt|arent|never|removed|pulled)\b[^.!?;]{0,30}\b(?:download|get|install|grab|app store|play store|google play)\b/;
/** (v30 F3, `appStoreF3`) Normalised text `n` tells the patron to download an app from an app store (a cheap test first). */
export function appStoreF3(n: string): boolean {
  return (n.includes('store') || n.includes('google play')) && APP_STORE_F3.test(n) && !APP_STORE_NOT_F3.test(n);
}

/**
 * (v30 F3, `onlineTutorsF3`) The words before "… can help" (a referral's subject) end on the tutors of an online tutoring
 * service: "helpnow has live tutors from 2 to 11pm who", "brainfuses online tutors", "the live tutors on tutor com".
 */
// (G3) not the generic "help now" ("If you need help now, the tutors at the Writing Center can help"), not a place between
// the service and its tutors ("The Homework Help Center downtown has tutors who can help"), and "online / virtual tutors"
// only the library's own ("our / the / the library's / the library has"), not another body's ("Frederick Community College's
// virtual tutors", "Frederick Community College has virtual tutors who can help")
const ONLINE_TUTORS_F3 = /(?:\b(?:brainfuse|brainfuses|helpnow|helpnows|tutor com|tutorcom|tutor coms|learnnow|homework help)\b(?:(?!\b(?:center|centers|centre|centres|desk|room|lab|office|branch|campus|downtown|building|hall|school)\b)[^.!?;:]){0,30}\b|(?:^|\b(?:our|the|librarys|library|libraries|these|those|its|their|with|(?:library|we|it) (?:also )?(?:has|have|offers?))) (?:online|virtual) )(?:live )?(?:tutors?|tutoring staff)\b[^.!?;:]{0,30}$/;
export function onlineTutorsF3(subject: string): boolean {
  return ONLINE_TUTORS_F3.test(subject);
}

// ---- (v30 F4) block F4's readings ----

/**
 * (v30 F4, `sympathyFillerF4`) A whole sentence (normalised) of sympathy only: "Sorry about that.", "Oh no, sorry to hear
 * that!", "So sorry for the trouble.", "Sorry Libby is giving you trouble.", "sorry ur app is acting up" [not "Sorry, that
 * title isn't in our collection.", "Sorry to hear that; help.libbyapp.com has the fix."].
 */
const SYMPATHY_F4 =
  /^(?:(?:oh|oh no|ah|aw|awww?|ugh|hmm|ok|okay|yikes)[ ,!.]+)?(?:im |i am |were |we are )?(?:so |very |really |terribly )?sorry(?: about that| to hear (?:that|it|this)| for the (?:trouble|hassle|frustration|inconvenience|bother)| (?:that |to hear that |to hear )?(?:(?:libby|hoopla|kanopy|overdrive|borrowbox|cloudlibrary|the app|the website|the site|it|that|your|ur|the) ?(?:[a-z0-9-]+ ){0,2}?)(?:is|has been|keeps|kept|was|are|have been) (?:giving (?:you|u) (?:trouble|grief|problems|issues|a hard time)|acting up|not working|being (?:difficult|a pain|stubborn|fussy)|playing up))?[ !.]*$/;

/**
 * (v60 Z1, `soundsHardZ1`) A whole sentence (normalised) of sympathy with the patron's plight: "That sounds stressful.", "Sorry,
 * that sounds hard.", "Ugh, that's so frustrating!", "That must be really scary.", "That sounds like a lot to deal with.", "Oof,
 * what a rough week.", "How stressful!", "I'm so sorry you're going through this.", "Eso suena muy estresante.", "Qué difícil."
 * [not "That sounds right.", "That's hard to find online.", "It's difficult to get a copy without the case number." (more than the
 * plight: an answer)].
 */
const SOUNDS_HARD_Z1 =
  /^(?:(?:oh|oh no|oh dear|ah|aw|awww?|ugh|ouch|wow|yikes|gosh|oof|sorry|im sorry|im so sorry|i am sorry|so sorry)[ ,!.]+)*(?:(?:what an?|how) (?:(?:really|very|so|truly) )?(?:rough|long|awful|hard|tough|stressful|terrible|horrible|frustrating|difficult|scary|upsetting|exhausting|crazy|painful)(?: (?:week|day|time|month|year|mess|situation|morning|night|experience|thing to (?:go through|deal with)))?|(?:(?:that|this|it|all (?:that|this)) (?:(?:really |sure |must |does )?sounds?|must (?:be|have been|feel)|seems|is|was|has been|can be)|thats|thatd be|its|thatll be)(?: like)?(?: (?:so|really|very|incredibly|super|pretty|quite|truly|such|a|an|extremely|terribly|genuinely|understandably|just))* (?:stressful|frustrating|hard|difficult|awful|scary|upsetting|rough|tough|overwhelming|confusing|exhausting|worrying|unfair|terrible|horrible|painful|heartbreaking|nerve ?racking|nerve-racking|infuriating|maddening|lot|headache|nightmare|hassle|pain|ordeal|mess|tough spot|hard time|tough time|rough time|difficult time|lot to (?:deal with|handle|take in|juggle))(?: (?:situation|to deal with|to go through|to handle|for (?:you|u|your family|both of you)))*|(?:im |i am )?(?:so |really |very |truly )?sorry (?:that )?(?:youre|you are|ur|youve been|you have been|your family is) (?:going through|dealing with|having to deal with|facing|in) (?:this|that|all (?:this|that)|such an? (?:[a-z]+ )?(?:situation|time|spot|mess)|an? (?:[a-z]+ )?(?:situation|spot|time))|(?:lo siento(?: mucho)?|cuanto lo siento|que (?:dificil|pena|estresante|frustrante|situacion tan dificil)|(?:eso|esto) (?:suena|debe ser|parece|es) (?:muy |tan |bastante |realmente )?(?:dificil|estresante|frustrante|complicado|duro|angustiante|preocupante|agobiante)))[ !.]*$/;

/**
 * (v30 F4, `lowerImF4`) Chat-speak "im" (or "i'm", "i am") in lower case, then a capitalised name followed by a comma, a
 * stop, or a word of place ("from", "at", "with", "here"): "hi! im Jess, student assistant …", "im Kayla at the desk"
 * [not "im Sorry for the wait", "im Still checking"].
 */
const LOWER_IM_F4 = /(?:^|[^\p{L}'\u2019])(?:im|i['\u2019]m|i am)[ \t]+(\p{Lu}[\p{L}'\u2019-]*)(?=[ \t]*(?:[,.!:;)]|$)|[ \t]+(?:from|at|with|here|on|in|of)\b)/gu;

/** (v30 F4, `appStoreNameF4`) " from the App Store", " in Google Play" … taken out of a raw sentence. */
const APP_STORE_F4 = /[ \t]+(?:from|at|in|on|via)[ \t]+(?:the[ \t]+)?(?:(?:Apple[ \t]+)?App[ \t]+Store|(?:Google[ \t]+)?Play[ \t]+Store|Google[ \t]+Play|Microsoft[ \t]+Store|Amazon[ \t]+App[ \t]?[Ss]tore)\b/g;
function appStoreOutF4(raw: string): string {
  return raw.replace(APP_STORE_F4, ' ');
}

// ---- (v30 F5) block F5's readings ----

/**
 * (v30 F5) The service or the library is closed now: "We're closed now, sorry.", "We close at 8 and it's 8.", "It's
 * closing time." (not "we're closing in 10 minutes": `(?! in\b)`).
 * (v30 G2) Not a closing said as the answer, with a day, date, season or reason after it ("Sorry, the branch is closed for
 * renovation until March 3.", "The library is closed on Sundays", "we're closed saturdays sorry", "closed this week for the
 * inventory"), nor "closing" an object ("we're closing your request now"): the lookahead after "closed" / "closing", which
 * may skip "now", "up" and "for the night" but no other word.
 */
const CLOSED_NOW_F5 =
  /\b(?:(?:were|we are|the (?:library|branch|chat|service|chat service|desk|reference desk) is|chat is) (?:now |just |officially )?(?:closed|closing)(?! in\b)(?!(?: (?:now|up|for the (?:night|day|evening|weekend)))* (?:on|until|till|til|through|thru|from|to|due|because|while|during|over|next|every|all|today|tomorrow|at (?!the moment|this time)|for (?!the (?:night|day|evening|weekend)\b)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|your|my|his|her|their|that|those|these|a|an|the (?!chat|session|conversation|service|library|branch|desk|doors?\b)|this (?!chat|session|conversation|evening|afternoon))\b)(?: (?:now|for the (?:night|day|evening|weekend)|up(?: now)?))?|we close at [0-9:]{1,5}(?: ?(?:am|pm))? and (?:its|it is) (?:now )?[0-9:]{1,5}|(?:its|it is) closing time)\b/;
/** (v30 F5) A sentence that only apologises: "Sorry.", "So sorry!" */
const SORRY_ONLY_F5 = /^(?:(?:im |i am |so |very |really )?sorry|apologies|my apologies)[ !.]{0,4}$/;
/** (v30 F5) The patron's question is about the hours: "is the branch open now?" (the closing is then the answer). */
const HOURS_QUESTION_F5 = /\b(?:open|opens|closed|close|closes|closing|hours)\b/;
/**
 * (v30 F5, `closedNowF5`) The sentence of `m` that says the service is closed now, when `m` only says that (every other
 * sentence parts, thanks or apologises), gives no source, offers no way back, and answers a patron who has just asked a
 * question (typed with a question mark, not about the hours) that no later provider message takes up: "and can I print
 * from the microfilm readers?" then "We close at 8 and it's 8. Goodnight." -1 otherwise ("is the branch open now?" then
 * "No, we're closed now, sorry." answers the question).
 */
export function closedNowF5(s: Session, m: Msg): number {
  // every wording of CLOSED_NOW_F5 has "clos" (closed, closing, close at): the cheap test first, as this runs on every
  // provider message that is not already a dismissal
  if (!m.n.includes('clos') || !CLOSED_NOW_F5.test(m.n) || m.has(F.wayBack) || MISCONDUCT_C5.test(m.n) || isHold(s, m) || seemsGone(s, m) >= 0) return -1;
  let k = -1;
  for (const x of m.sentences) {
    if (CLOSED_NOW_F5.test(x.n)) k = k < 0 ? x.k : k;
    else if (!(m.sHas(x, F.farewell) || m.sHas(x, F.thanks) || SORRY_ONLY_F5.test(x.n))) return -1;
  }
  // the hour it closes is the reason, not help given; a source in it is help ("We're closed now, but the catalogue is at …")
  if (k < 0 || sourceAt(s, m) >= 0) return -1;
  const v = s.previousVisible(m, 'patron');
  if (v === null || !v.raw.includes('?') || !v.sentences.some((x) => x.q) || HOURS_QUESTION_F5.test(v.n) || MISCONDUCT_C5.test(v.n)) return -1;
  for (const later of s.prov) if (later.pos > m.pos && (givesInfo(s, later) || clarifyAt(s, later) >= 0)) return -1;
  return k;
}

/**
 * (v30 F5, `conductWarningF5`) The end is only threatened, on a condition about the patron's conduct: "If the language
 * continues I will have to end the chat." (the help goes on) ["The language is not acceptable, so I will end the chat." ends it].
 */
const CONDUCT_WARNING_F5 =
  /\bif (?:the |this |that |your |such |any more |anymore |more )?(?:language|behaviou?r|abuse|swearing|cursing|profanity|rudeness|harassment|name calling|insults?|threats?)\b[^.!?]{0,30}?\b(?:continues|persists|keeps up|keeps going|goes on|does not stop|doesnt stop|happens again|continue)\b,?(?: then,?)? (?:(?:i|we) (?:will|would|may|might|shall|am going to|are going to)|ill|well|id|im going to|were going to)\b/;
/**
 * (v30 G2) The threat must be the end itself, in the conditional ("… continues I will / I'll have to end the chat"), and
 * no other sentence of the message may end the help: ["If the behaviour continues, tell the desk staff; my shift's over so
 * I have to end the chat now." (someone else's behaviour, the end not conditional); "If the language continues I will
 * have to end the chat. Anyway I'm out of time, so I'm ending the chat now." (a real end for convenience after it)].
 */
export function conductWarningF5(m: Msg): boolean {
  const k = m.find(F.dismissalConvenience);
  const x = m.sentences[k];
  if (x === undefined || !CONDUCT_WARNING_F5.test(x.n)) return false;
  for (const y of m.sentences) {
    if (y.k !== x.k && (m.sHas(y, F.dismissalConvenience) || m.sHas(y, F.willEnd) || m.sHas(y, F.othersWaiting)) && !CONDUCT_WARNING_F5.test(y.n)) return false;
  }
  return true;
}

// ---- (v30 F6) block F6's readings ----

/**
 * (v30 F6, `namedUseF6`) A whole question whether "the <1-4 words>" is any use, help or good: "Is the Record Office catalogue
 * any use for now?", "Was the census index of any help?". Group 1 is the noun phrase (its last word is the head).
 */
const NAMED_USE_F6 =
  /^(?:(?:so|and|ok|okay|well),? )?(?:is|was|are|were) (?:the|that|this|these|those|our|their) ((?:[a-z0-9]{1,20} ){0,3}[a-z0-9]{3,20}) (?:of )?any (?:use|help|good)(?: (?:to|for) (?:you|u|her|him|them))?(?: (?:in the meantime|for now|so far|at all|then))?[ ?!.]*$/;
/** (v30 G2) "any use / help / good" in a patron message (the question echoed). */
const ANY_USE_G2 = /\bany (?:use|help|good)\b/;
/** (v30 G2) A sentence that answers the question before it ("Yes: it lists …", "Not much for Maryland, sadly."). */
const ANSWERED_G2 = /^(?:yes|yeah|yep|no|nope|not (?:really|much|very)|sadly|unfortunately|definitely|absolutely|certainly|very much|it is|it was|they are|they were|partly|somewhat)\b/;
/** `w` is a word of normalised text `n`. */
function hasWordF6(n: string, w: string): boolean {
  return n.includes(w) && n.split(/[^a-z0-9]+/).includes(w);
}
/**
 * (v30 F6, `namedUseF6`) The sentence of `m` asking whether a thing given before is any use, -1 if none: the head noun must
 * be in an earlier sentence of `m` that gives a source, or in an earlier provider message that gives one ["Is the Ancestry
 * database any good?" echoing the patron's "any good?"; "Is the microfilm reader any use?" with no source naming it].
 */
function namedUseF6(s: Session, m: Msg): number {
  const xs = m.sentences;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (!x.q) continue;
    const g = NAMED_USE_F6.exec(x.body);
    if (g === null || offerOnly(s, x, m)) continue;
    if (x.body.includes('any good') && s.patron.some((p) => p.pos < m.pos && p.n.includes('any good'))) continue;
    const head = g[1]!.slice(g[1]!.lastIndexOf(' ') + 1);
    // (v30 G2) the patron's own "is the findmypast site any use too?" echoed; a rhetorical question answered at once ("Is
    // the 1958 city directory any use? Yes: it lists Leon Brandt at 12 Main St.")
    if (s.patron.some((p) => p.pos < m.pos && ANY_USE_G2.test(p.n) && hasWordF6(p.n, head))) continue;
    const next = xs[i + 1];
    if (next !== undefined && ANSWERED_G2.test(next.n)) continue;
    for (let j = 0; j < i; j++) {
      const y = xs[j]!;
      if (hasWordF6(y.n, head) && (s.P.url.test(y.n) || m.sHas(y, F.knownResource) || m.sHas(y, F.namedResource))) return x.k;
    }
    for (const p of s.prov) {
      if (p.pos >= m.pos) break;
      if (hasWordF6(p.n, head) && sourceAt(s, p) >= 0) return x.k;
    }
  }
  return -1;
}

/** (v30 F6, `thatAllF6`) The whole questions "Will that be all?", "(Is) that it for today?", "Is that all you need?". */
// (v30 G2) not "Would that be it?" / "Would this be it?" / "Will this be it?" after a title guessed for the patron (is that
// the book?): "it" only after "will that be"
const THAT_ALL_F6 =
  /^(?:(?:so|and|ok|okay|well|right|alright|great|cool),? )?(?:(?:will|would) (?:that|this|it) be (?:all|everything)|will that be it|(?:is |was )?(?:that|this) (?:it|all) for (?:today|now|tonight|this (?:morning|afternoon|evening))|(?:is|was) (?:that|this|it) (?:all|everything) (?:you|u) (?:need|needed|want|wanted|are after|were after|were looking for)(?: for (?:today|now))?)(?: for (?:today|now|tonight|you))?(?: then)?[ ?!.]*$/;
/** (v30 F6, `thatAllF6`) The sentence of provider message `m` asking "Will that be all?" and the like, -1 if none. */
function thatAllF6(m: Msg): number {
  for (const x of m.sentences) if (x.q && THAT_ALL_F6.test(x.body)) return x.k;
  return -1;
}

// ---- (v30 H1) block H1's readings ----

/** (v30 H1, `namedAtPhoneH1`) A name of one to six words, then "on" / "at" and where a number begins. */
const NAMED_AT_H1 = /^(?:[a-z0-9&-]+ ){1,6}?(?:at|on) (?=[\d(+])/;
/**
 * (v30 H1, `namedAtPhoneH1`) The verbs a number is called with, as told to the patron: not the gerund, which also tells
 * of a way that was ("Last year you could order it by ringing the ATO on 1300 720 092, but that line has closed").
 */
const CALL_VERB_H1 = /^(?:call|ring|phone|dial)$/;
/** (v30 H1, `namedAtPhoneH1`) The run of a number after the name: digits, spaces, brackets, dots, dashes (7 to 24 characters). */
const NUMBER_RUN_H1 = /^[\d(+][\d() .+-]{5,22}\d/;
/**
 * (v30 H1, `namedAtPhoneH1`) After a calling verb, the object is a name and then "on" / "at" a number the `phone` family
 * reads in any country's format: "call Centrelink on 13 23 00", "ring Citizens Advice on 0800 144 8848" (v6's
 * name-at-contact read only North American numbers). Not a day or a time: "call Centrelink on 14 March", "at 10.30".
 */
export function namedAtPhoneH1(s: Session, o: string, verb: string): boolean {
  if (!CALL_VERB_H1.test(verb)) return false;
  const x = NAMED_AT_H1.exec(o);
  if (x === null) return false;
  const run = NUMBER_RUN_H1.exec(o.slice(x[0].length));
  return run !== null && s.P.phone.test(run[0]);
}

// ---- (v30 H2) block H2's readings ----

// ---- (v30 H3) block H3's readings ----

/**
 * (v30 H3, `refusedToGoOnH3`) A sentence in which the provider refuses to go on with an upset patron: "I'm not going to
 * argue with you about this.", "I can't help you any further with this", "There is nothing more I can do for you.", "We're
 * going around in circles", "I'm not going to keep going around in circles." (the refusal sentence ends there: ["I'm not
 * going to argue, you're right!", "I can't help any further with legal advice"] go on)
 */
const REFUSED_H3 =
  /^(?:(?:look|ok|okay|well|sorry|im sorry|i am sorry|honestly),? )?(?:but )?(?:(?:im|i am|i will|i|we|were|we are) (?:not|wont|will not) (?:going to |gonna )?(?:argue|keep arguing|debate|go (?:a)?round in circles|keep going (?:a)?round in circles|go back and forth)(?: (?:with you|about (?:this|that|it)|any ?more|any further)){0,2}|(?:i|we) (?:cant|cannot|can not|am not able to|wont be able to) help (?:you )?(?:any ?further|any ?more)(?: with (?:this|that|it))?(?:,? (?:goodbye|bye|sorry))?|(?:there is|theres) nothing (?:more|else) (?:i|we) can do(?: for you)?(?: here)?|(?:were|we are|we re) (?:just )?going (?:a)?round in circles(?:,? so (?:im|i am|i will|ill) (?:closing|ending) (?:this|the) (?:chat|session))?)[.!]*$/;
/**
 * (v46 L7) "I already told you twice.", "I've answered that three times now", "I have explained this several times already": the
 * provider says the answer was given over and over (a count required) [not "I already told you the hours", "as I told you
 * before", "I told you twice it was due Friday"].
 */
const ALREADY_TOLD_L7 =
  /^(?:(?:look|ok|okay|well|sorry|im sorry|i am sorry|honestly|again|sir|maam),? )*(?:(?:i|ive|i have|weve|we have|we) (?:already )?(?:told|answered|explained|said|given)|(?:i|we) (?:already|have already) (?:told|answered|explained|said|given)) (?:you|u|this|that|it)(?: (?:this|that|it|the answer))? (?:twice|three times|four times|several times|multiple times|many times|a few times|more than once|over and over|\d+ times)(?: (?:now|already|today))?[.!]*$/;
/** (v46 L7) A later sentence of the same message ends the chat: "I'm closing this chat.", "I am going to end this session now." */
const CLOSING_CHAT_L7 =
  /^(?:(?:so|and|sorry|ok|okay),? )?(?:im|i am|ill|i will|i must|i have to|i need to|im going to|i am going to|im gonna)(?: (?:now|have to|need to))? (?:close|end|closing|ending|disconnect|disconnecting|terminate|terminating) (?:this|the|our) (?:chat|session|conversation)(?: now)?(?:,? (?:goodbye|bye))?[.!]*$/;
/**
 * (v47 M7) The patron's message already leaves or asks to end: "forget it, bye", "pls just close the chat now", "never mind",
 * "im done", "gotta run, thanks anyway", "whatever" (alone at the end) [not negated or conditional: "dont say bye yet", "dont
 * close the chat", "i won't leave the chat till …", "if u close the chat …"; not with an object: "never mind the map, …"].
 */
const PATRON_LEFT_M7 =
  /(?<!\b(?:dont|do not|wont|will not|not|never|cant|cannot|wouldnt|would not|didnt|did not|if|unless|before|when)(?: [a-z]+){0,2} )(?:\b(?:bye|goodbye|good bye|byeee*|forget it|forget about it|never ?mind|nvm|im done|i am done|im out|im leaving|i give up|(?:gotta|got to|have to|need to|i must) (?:go|run|leave)|(?:thanks|thank you|thx|ty) anyway)\b(?! (?:the|that|this|my|about|abt|it)\b)|\bwhatever[.! ]*$|\b(?:close|end|exit|quit|leave)(?: (?:the|this|my|our))? (?:chat|window|session|conversation)\b)/;
/**
 * (v47 M7) After the patron's leaving words, a question or a need that stays: "never mind, where are they?", "forget it, ill keep
 * looking. still need the printer tho" [not "forget it, i dont need it anymore"].
 */
const STILL_ASKS_M7 =
  /\?|\b(?:where|what|how|when|why|which|who|can (?:you|u)|could (?:you|u)|do (?:you|u)|is there|are there|tho|though)\b|(?<!\b(?:dont|do not|didnt|no longer|not|never)(?: [a-z]+)? )\b(?:still|need|needs|want|wanna|keep|help me)\b/;
/**
 * (v47 M7, `alreadyToldNarrowM7`) Before `m`, the patron had left the chat: their last visible message leaves or asks to end it
 * and asks nothing after that, or the provider had answered it (a line that is no hold) at least `disconnectSeconds` before `m`,
 * with no hold of the provider's since [a patron whose question is left unanswered, or who was put on hold, is waiting, not
 * gone].
 */
function patronLeftM7(s: Session, m: Msg): boolean {
  const v = s.previousVisible(m, 'patron');
  if (v === null) return false;
  const x = PATRON_LEFT_M7.exec(v.n);
  if (x !== null && !STILL_ASKS_M7.test(v.n.slice(x.index + x[0].length))) return true;
  let answer: Msg | null = null;
  for (let p = v.pos + 1; p < m.pos; p++) {
    const a = s.vis[p]!;
    if (a.role !== 'provider') continue;
    if (isHold(s, a)) answer = null;
    else if (answer === null) answer = a;
  }
  return answer !== null && m.t - answer.t >= s.settings.disconnectSeconds * 1000;
}
/** (v46 L7) The sentence of `m` that says the answer was given over and over, when a later sentence of `m` ends the chat; -1 otherwise. */
function alreadyToldL7(m: Msg): number {
  const k = m.sentences.findIndex((x) => ALREADY_TOLD_L7.test(x.n));
  if (k < 0) return -1;
  for (let i = k + 1; i < m.sentences.length; i++) if (CLOSING_CHAT_L7.test(m.sentences[i]!.n)) return k;
  return -1;
}
/**
 * (v30 H3, `refusedToGoOnH3`) The sentence of `m` (after it the provider only says goodbye) that refuses to go on ("Look, I've
 * explained the policy three times. I'm not going to keep going around in circles. Bye."), when `m` gives no source, offers
 * no way back, and the patron had not said they were done; -1 otherwise ["There's nothing more I can do from here, but the
 * branch manager can: 410-555-0142.", "… please start a new chat if the branch can't sort it out."].
 */
export function refusedToGoOnH3(s: Session, m: Msg): number {
  let k = -1;
  for (const x of m.sentences) if (REFUSED_H3.test(x.n)) k = k < 0 ? x.k : k;
  // (v46 L7, `alreadyToldL7`) "I already told you twice. … I'm closing this chat.": the patron told the answer is given over and
  // over, and the chat ended in the same message
  // (v47 M7, `alreadyToldNarrowM7`) … not when the patron had already gone or asked to end
  if (k < 0 && s.rubric.alreadyToldL7 === true) {
    k = alreadyToldL7(m);
    if (k >= 0 && s.rubric.alreadyToldNarrowM7 === true && patronLeftM7(s, m)) k = -1;
  }
  if (k < 0 || m.has(F.wayBack) || isHold(s, m) || sourceAt(s, m) >= 0) return -1;
  // only parting words after it ("ok im not gonna argue with you" / "bye"): no help, no question, no way back, no patron
  for (let i = m.pos + 1; i < s.vis.length; i++) {
    const later = s.vis[i]!;
    if (later.role !== 'provider' || later.has(F.wayBack) || givesInfo(s, later) || clarifyAt(s, later) >= 0 || later.sentences.some((x) => x.q)) return -1;
  }
  const v = s.previousVisible(m, 'patron');
  if (v === null || v.has(F.patronDone)) return -1;
  return k;
}

// ---- (v30 H4) block H4's readings ----

/**
 * (v30 H4, `sentFileH4`) A chat system's file-transfer line, as exports write it under the provider who sent it: a name,
 * "sent / attached / shared / uploaded a file / document / attachment", then a document's file name ("Jo Smith sent a
 * file: APA_7_Quick_Guide.pdf", "[File] Rosa Diaz has shared a document: Passport Checklist.docx"). Images are not
 * documents ("sent a file: screenshot.png").
 */
const SENT_FILE_H4 =
  /^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?\p{Lu}[\p{L}.'\u2019-]{0,30}(?:[ \t]\p{Lu}[\p{L}.'\u2019-]{0,30}){0,3}[ \t]+(?:has[ \t]+)?(?:sent|attached|shared|uploaded)[ \t]+(?:a|an|the)[ \t]+(?:file|document|attachment)[ \t]*:?[ \t]*[^\n:]{1,100}?\.(?:pdf|docx?|pptx?|xlsx?|odt|rtf|epub)\b/u;
/**
 * (v30 H4, `forYouAndH4`) The clause before a referring verb is a party's own act for the patron, the verb coordinated
 * with it: "<party> can / will … <verb> … for you and" ("our maryland department can search it for you and" e-mail …).
 * Not when the patron is the subject ("you can …"), the provider ("i / we …"), or the clause is passive ("can be …").
 */
const FOR_YOU_AND_H4 =
  /^(?!(?:you|u|youll|youd|i|ill|id|im|we|well|wed|please|just|then|so|also|and|or)\b)(?:[a-z&']+ ){1,6}?(?:can|could|will|would|may|might|shall)(?: (?:also|gladly|happily|usually|then))? (?!be\b)[a-z']+(?: [a-z']+){0,6}? for (?:you|u)(?: (?:first|too))? and(?: then)?$/;
/** (v30 H4, `forYouAndH4`) Normalised clause `prefix` (ending in " and") is a party's act for the patron. */
export function forYouAndH4(prefix: string): boolean {
  return prefix.length < 160 && FOR_YOU_AND_H4.test(prefix);
}
/** (v30 H4, `sentFileH4`) Raw text `raw` is a file-transfer line that sends a document. */
export function sentFileH4(raw: string): boolean {
  return raw.length < 240 && SENT_FILE_H4.test(raw);
}

// ---- (v31 I1) block I1's readings ----

/** (v31 I1) v1's title before "by" (TITLE_BY up to "by"), then initials and one surname: "Wonder by R.J. Palacio". */
const INITIALS_AUTHOR_I1 = new RegExp(
  TITLE_BY.source.slice(0, TITLE_BY.source.indexOf(String.raw`[ \t]+by[ \t]+`)) +
    // (J3) not a record line's verb, a programme or a building before "by": "Fee Waived by M. Chen", "Your Request Received
    // by S. Gupta", "Storytime by K. Lee", "The East Building by I.M. Pei"
    String.raw`(?<!\b(?:Waived|Received|Returned|Renewed|Placed|Paid|Cancell?ed|Processed|Updated|Entered|Discharged|Checked [Ii]n|Checked [Oo]ut|Requested|Submitted|Resolved|Assigned|Claimed|Added|Deleted|Modified|Charged|Issued|Fulfilled|Shipped|Storytime|Story ?[Tt]ime|Rhyme ?[Tt]ime|Workshop|Class|Session|Lecture|Talk|Tour|Programme|Program|Building|Wing|Hall|Mural|Sculpture|Statue))` +
    String.raw`[ \t]+by[ \t]+(?!(?:U\.[ \t]*S|U\.[ \t]*K|D\.[ \t]*C|E\.[ \t]*U|U\.[ \t]*N|L\.[ \t]*A|N\.[ \t]*Y|A\.[ \t]*M|P\.[ \t]*M)\.)(?:\p{Lu}\.[ \t]*){1,3}\p{Lu}\p{Ll}[\p{L}'\u2019-]*\b`,
  'u',
);
const BY_INITIAL_I1 = / by \p{Lu}\./u;
/**
 * (J3) A NoveList sentence that says the library lacks it or it is down (normalised): "we don't subscribe to NoveList",
 * "NoveList is down for maintenance", "our NoveList subscription was cancelled", "ya no tenemos NoveList".
 */
const NOVELIST_GONE_J3 =
  /\b(?:(?:dont|do not|doesnt|does not|no longer|never) (?:have|has|subscribe|offer|carry|get|pay)|(?:is|s|was|been|are) (?:currently |still )?(?:down|offline|unavailable|not working|not available|broken)|subscription (?:was |has been |is |got )?(?:cancell?ed|ended|expired|lapsed|discontinued|dropped)|(?:cancell?ed|discontinued|dropped|lost) (?:our |the |its )?novelist|(?:ya )?no (?:tenemos|hay|contamos con|esta disponible)|no (?:funciona|esta funcionando))\b/;

/**
 * (v31 I1) After a hold's clause, a clause of its own that asks the patron about themselves or their tastes with "can you
 * tell me", "do you prefer", "did you like", "have you read"…, not with a question word (v9's WH_CLAUSE_Q has those).
 */
const ASK_CLAUSE_I1 =
  /(?:[,;:]| -) (?:(?:and|so|but|meanwhile|in the meantime|quick question),? )?(?:(?:can|could|would) (?:you|u) (?:please |quickly |just )?(?:tell|let) me\b|(?:do|would) (?:you|u) (?:like|prefer|enjoy|remember|recall|mean|read|want (?!(?:me )?to\b))|did (?:you|u) (?:like|enjoy|love|read|mean|see)\b|have (?:you|u) (?:read|tried|seen|finished)\b|(?:are|were) (?:you|u) (?:looking|hoping|after|thinking|reading)\b)/;
/**
 * (v31 I1, `holdThenAskI1`) Question sentence `x` opens with a hold and then asks about the need in a clause of its own that
 * opens with "can you tell me / do you / did you / have you" ("While I search, can you tell me what you liked about it?"),
 * the clause itself no hold and no check-in ("While I search, can you hold on a minute?" is a hold).
 */
function holdThenAskI1(s: Session, m: Msg, x: Sentence): boolean {
  const clause = clauseAfterHold(m, x, ASK_CLAUSE_I1);
  return clause !== null && !s.P.hold.test(clause) && !s.P.stillThere.test(clause) && !CHAT_ITSELF_J3.test(clause);
}
/**
 * (J3) A clause about the chat itself or the wait, not the need: "can you let me know if the chat freezes on your end?",
 * "did you see my last message?", "would you like to wait or come back later?", "did u mean to send that twice?", "could
 * you let me know when you're back at your computer?".
 */
const CHAT_ITSELF_J3 =
  /\b(?:(?:the|this|our) (?:chat|window|screen|connection)|my (?:last |previous |other )?(?:message|msg|reply|answer)s?|freez\w*|disconnect\w*|(?:to )?wait (?:or|while|here|on the chat|a few|a bit|a minute|until|till)|(?:come|check) back later|(?:send|sent|type|typed) (?:that|it|this) (?:twice|again)|twice|(?:youre|you are|ur|u r) back)\b/;
/** (v31 I1, `initialsAuthorI1`) Sentence or message `raw` names a book by an author with initials ("Holes by L. Sachar"). */
function initialsAuthorI1(raw: string, n: string): boolean {
  return n.includes(' by ') && BY_INITIAL_I1.test(raw) && INITIALS_AUTHOR_I1.test(raw);
}

// ---- (v31 I2) block I2's readings ----

/**
 * (v31 I2, `visitAddressI2`) A verb telling the patron to come to, walk in at or drop into a place, opening the sentence,
 * a clause after a colon or semicolon, or after "you can / please / just …" (not "the van will come to …", "I came to …").
 */
const VISIT_I2 =
  /(?:^|[:;] |, (?:or|and|then|so|just) )(?:(?:please|just|then|also|or|and|so|simply|you can|you could|you may|feel free to|youre welcome to|you are welcome to|best to|its best to|try to),? ){0,3}(?:come|walk|pop|drop|stop)(?: (?:in|on|down|over|by|round|around|right))?(?: (?:to|into|at|in at|in to|by))\b(?! (?:think|find|know|realise|realize|terms|mind|learn|understand|believe)\b)/;
/**
 * (second wave J1) A clause after the visit verb where someone or something else arrives ("just come to the door when the
 * driver pulls up at 12 Oak St", "pop round to the van when it stops at 3 Mill Lane"): an address after it is not the visit's.
 */
const VISIT_CLAUSE_END_J1 = /\b(?:when|whenever|once|until|till|after|as soon as|while|if)\b/;
/**
 * (v31 I2, `bookByPhoneI2`) "book a day ahead at", "reserve your seat by calling", "schedule a ride on": an imperative (or
 * "you can / need to …") booking verb, up to seven words (no "at", "on" or "by" but "at least"), then where to call.
 * (second wave J1) No pronoun among the words: "Just schedule a pickup and we'll text you at 443-…" gives the number
 * someone else reaches the patron at.
 */
const BOOK_BY_PHONE_I2 =
  /(?:^|[:;] |, (?:(?:or|and|then|so|just) )?|\b(?:you|u) (?:can|could|need to|have to|must|should|will need to) |\b(?:please|just) )(?:book|reserve|schedule|register|sign up)(?: (?!(?:at|on|by)\b(?! least\b))(?!(?:you|u|we|well|ill|theyll|they|he|she|hell|shell)\b)[a-z0-9']+){0,7} (?:at|on|by calling|by phoning|by phone at|by ringing) (?=[\d(+])/;
/** (v31 I2, `bookByPhoneI2`) The sentence of provider message `m` that tells the patron to book by calling a phone number given there, -1 if none. */
export function bookByPhoneI2(s: Session, m: Msg): number {
  for (const x of m.sentences) {
    const n = x.n;
    if (n.length > 400) continue;
    const v = BOOK_BY_PHONE_I2.exec(n);
    if (v !== null && contactsIn(s, n.slice(v.index + v[0].length, v.index + v[0].length + 24)).phone) return x.k;
  }
  return -1;
}
/** (v31 I2, `visitAddressI2`) The sentence of provider message `m` that tells the patron to visit a street address after the verb, -1 if none. */
export function visitAddressI2(s: Session, m: Msg): number {
  for (const x of m.sentences) {
    const n = x.n;
    if (n.length > 400) continue;
    const v = VISIT_I2.exec(n);
    if (v === null) continue;
    let rest = n.slice(v.index + v[0].length, v.index + v[0].length + 160);
    // (second wave J1) only the words before a "when / once / until …" clause: "come to the door when she pulls up at 12 Oak St"
    const cut = VISIT_CLAUSE_END_J1.exec(rest);
    if (cut !== null) rest = rest.slice(0, cut.index);
    if (contactsIn(s, rest).address && !/^ (?:your|ur|the patrons|my)\b/.test(rest)) return x.k;
  }
  return -1;
}

// ---- (v31 I3) block I3's readings ----
/**
 * (v31 I3, `bangTailI3`) A short tail (normalised) of a sentence split off at a name's "!": "tonight", "chats", "chat
 * tonight", "team", "this evening".
 */
const BANG_TAIL_I3 =
  /^(?:(?:(?:the )?(?:chat|chats|chat service|service|team|desk|shift|queue)(?: (?:for your library|for the cooperative))?)(?: (?:tonight|today|this (?:evening|morning|afternoon|weekend)|now|right now))?|tonight|today|this (?:evening|morning|afternoon|weekend)|right now)$/;
/** (v63 AC15, `bangHereAC15`) BANG_TAIL_I3 with "here" (and "here tonight / today / now …"): "Hollis with AskUsNow! here." */
const BANG_TAIL_AC15 = new RegExp(retext(BANG_TAIL_I3.source, '|tonight|today|', '|here(?: (?:tonight|today|now|this (?:evening|morning|afternoon|weekend)))?|tonight|today|'));
/** (second wave J1, `bangTailI3`) The last word before a sentence's final "!", after at least one other word. */
const NAME_BANG_J1 = /\s(\S{1,40})!$/u;
/** (v31 I3, `bangTailI3`) One letter. */
const LETTER_I3 = /^\p{L}$/u;
/**
 * (v31 I3, `bangTailI3`) Sentence `k` of `m` is only a short tail of the sentence before, split off at a name's "!" ("…
 * covering AskUsNow! tonight."): the raw sentence before ends on a letter and "!", and this one opens on a lower-case letter
 * (the tail's words `tail`: v63 AC15 adds "here").
 */
export function bangTailI3(m: Msg, k: number, n: string, tail: RegExp = BANG_TAIL_I3): boolean {
  if (k === 0 || n.length > 40) return false;
  let e = n.length;
  while (e > 0 && '.!?, '.includes(n[e - 1]!)) e--;
  if (!tail.test(n.slice(0, e))) return false;
  const raw = m.rawSentences;
  const prev = raw[k - 1];
  const cur = raw[k];
  if (prev === undefined || cur === undefined || prev.length < 2 || !prev.endsWith('!')) return false;
  const c = cur.charCodeAt(0);
  // (second wave J1) a name's "!": the word before it has a capital and is not the sentence's only word ("… with AskUsNow!");
  // not "oh good question! today." answering "today or this weekend?"
  const w = NAME_BANG_J1.exec(prev);
  if (w === null || !/\p{Lu}/u.test(w[1]!)) return false;
  return LETTER_I3.test(prev[prev.length - 2]!) && c >= 97 && c <= 122;
}

// ---- (v31 I4) block I4's readings ----
/** (v31 I4, `whichOnI4`) "which floor r u on?", "What device are you on?": the patron's situation, not a check-in. */
export const WHICH_ON_I4 = /(?:^|[:;]-?\) )(?:(?:and|also|so|ok|okay|oh|btw),? )?(?:what|which) [a-z]+(?: [a-z]+)? (?:are|r) (?:you|u) on(?: (?:right now|now|today))?\??$/;
/**
 * (v31 I4, `scopedDoneI4`) A done-phrase scoped to a topic ("all i needed to know about the passes"), not "for now" / "for
 * today", in sentence `x` of patron message `m`, with a later sentence of the message asking again.
 */
const SCOPED_DONE_I4 = /\b(?:all|everything) (?:i|we) (?:needed|need|wanted|want)(?: to (?:know|ask))? (?:about|on|for|regarding|re) (?!(?:now|today|tonight|the (?:day|night|moment)|this (?:session|chat|time)|that)\b)[a-z]/;
export function scopedDoneI4(m: Msg, x: Sentence): boolean {
  if (!SCOPED_DONE_I4.test(x.n)) return false;
  const i = m.sentences.indexOf(x);
  // (J3) not a question about the chat itself or a compliment: "Can I close this window now?", "how do i rate this chat?",
  // "Is it ok if I log off now?", "how i end this chat?", "Can I just say you've been brilliant?" (the patron is done)
  return m.sentences.slice(i + 1).some((y) => y.q && !CHAT_END_J3.test(y.n));
}
/** (J3) A patron's question about ending or rating the chat, or a compliment asked as a question (normalised). */
const CHAT_END_J3 =
  /\b(?:(?:close|end|exit|leave|quit|finish|rate|stop) (?:this|the|our) (?:chat|window|session|conversation|tab)|(?:close|end|exit|leave) (?:it|this) now|log (?:off|out)|sign (?:off|out)|(?:can|may) i (?:go|leave|just go) now|survey|(?:can|may) i (?:just )?say\b)/;

// ---- (v31 I5) block I5's readings ----

/**
 * (v31 I5, `numberOnLabelI5`) A sentence that sends the patron to a party whose number it only says is on something the
 * patron holds ("Your pharmacist can check it against your whole list; the number is on your prescription label.",
 * "Coverage questions go to your insurance; the member services number is on the back of your card."): the party is named,
 * the number is not given. Only "the / their / its number" or a contact line's number ("member services", "customer
 * service", "the pharmacy's"), on a label, bottle, card, bill or letter, with the party in the same sentence before it and
 * no contact in the sentence ["the call number is on the spine label", "your card number is on the back of your card",
 * "the number is on the back of your card" with no party, "call the pharmacy, the number on the label is 410-…"].
 */
const NUMBER_ON_I5 =
  /\b(?:(?:the|their|its|his|her)(?: (?:phone|telephone|contact|customer service|customer care|member services?|pharmacy|pharmacys|doctors|offices?|help ?line|nurse line))?) numbers?(?: is| are| should be| will be)? (?:printed |listed |written )?on (?:the (?:back|front|bottom|side) of )?(?:your|the|his|her|their) (?:[a-z]+ ){0,2}?(?:labels?|bottles?|cards?|bills?|statements?|letters?|notices?|boxe?s?|packets?|receipts?)\b/;
/** The party the patron is sent to, before the number's place in the sentence. */
const PARTY_BEFORE_I5 =
  /\b(?:pharmacists?|pharmacy|pharmacies|doctors?|gp|physicians?|insurance|insurers?|health plan|provider|clinic|bank|lender|servicer|card issuer|utility|company|member services|customer service|landlord|employer)\b/;
/**
 * (v31 I5, J2) The party is sent somewhere before the number's place: a referring verb ("ask your pharmacist", "ring the
 * pharmacy", "questions go to your insurance") or the party "can check / tell / confirm / answer", "handles that" ["Your insurance company
 * assigns it when you enroll; the number is on the front of your card" (a member ID), "It identifies your bank branch; the
 * number is on your bank card" (a sort code), "The company has recalled lots 4411 to 4420 only; the number is printed on
 * the bottom of the box", "Your doctor decides the dose; the number on the bottle is the strength": nobody to contact].
 */
const SENT_TO_I5 =
  /\b(?:call|ring|phone|contact|ask(?! (?:for|about|you)\b)|check with|talk to|talk with|speak to|speak with|go to|goes to|reach|get in touch with|run it by|consult)\b|\b(?:can|could|will|would) (?:check|tell|confirm|answer|advise|help|look it up|explain)\b|\b(?:handles?|deals? with|takes? care of|looks? after) (?:that|this|it|those|these|them)\b/;
/** (v31 I5, J2) The party's word in `before` (the last one named), '' if none. */
const PARTY_BEFORE_ALL_I5 = new RegExp(PARTY_BEFORE_I5.source, 'g');
function partyWordI5(before: string): string {
  const g = PARTY_BEFORE_ALL_I5;
  g.lastIndex = 0;
  let w = '';
  for (let h = g.exec(before); h !== null; h = g.exec(before)) w = h[0];
  return w;
}
/**
 * (v31 I5, J2) The party's number is given elsewhere: a phone or e-mail in a later sentence of `m` ("…; the member services
 * number is on the back of your card. It's 1-800-555-0142 if the card isn't handy."), or in an earlier provider sentence
 * that names the same party ("the pharmacist at Greenway Pharmacy, 410-555-0199" before "their number is on your
 * prescription label too").
 */
function numberGivenI5(s: Session, m: Msg, x: Sentence, party: string): boolean {
  for (const y of m.sentences) {
    if (y.k <= x.k) continue;
    const c = contactsIn(s, y.n);
    if (c.phone || c.email) return true;
  }
  if (party === '') return false;
  for (const pm of s.prov) {
    if (pm.pos > m.pos) break;
    for (const y of pm.sentences) {
      if (pm === m && y.k >= x.k) break;
      if (!y.n.includes(party)) continue;
      const c = contactsIn(s, y.n);
      if (c.phone || c.email) return true;
    }
  }
  return false;
}
/** The first provider message (and its sentence) that names such a number only by where it is printed, or null. */
export function numberOnLabelI5(s: Session): { m: Msg; k: number } | null {
  for (const m of s.prov) {
    if (!m.n.includes('number')) continue;
    for (const x of m.sentences) {
      const hit = x.n.includes('number') ? NUMBER_ON_I5.exec(x.n) : null;
      const before = hit === null ? '' : x.n.slice(Math.max(0, hit.index - 160), hit.index);
      if (hit === null || !PARTY_BEFORE_I5.test(before)) continue;
      // (J2) someone the patron is sent to, whose number is not given elsewhere
      if (!SENT_TO_I5.test(before) || numberGivenI5(s, m, x, partyWordI5(before))) continue;
      const c = contactsIn(s, x.n);
      if (c.phone || c.email || c.url || c.address) continue;
      return { m, k: x.k };
    }
  }
  return null;
}

/**
 * (v31 I5, `demandDoneI5`) "That's all I want to know" said of the answer the patron is still demanding, "just tell me if i
 * should fight for it, thats all i want to know" (the divorce case): the patron is not done. Only after "tell / give /
 * answer me" or "should I" within the 160 characters before it in the same message ["perfect, thats all i wanted to know,
 * thanks!", "you told me what i needed, thats all i want to know", "thanks for telling me, that's all I needed to know"].
 */
const ALL_I_WANT_I5 = /\bthats all (?:i|im) (?:want|wanna|need|wanted|needed|asking|am asking)(?: to know)?\b/;
// (J2) "tell / give / answer me" only as a request (opening a clause, or after "just", "please", "can you" …), not "thank you
// for give me this information", "that will give me something to show", "you did tell me"; "should I" not the inverted
// "if" ("Should I have any further questions I shall ring the court"); "yes or no" not had ("i just needed a yes or no and
// u gave it")
const DEMAND_BEFORE_I5 =
  /(?:(?:^|[,.;:!?] ?|\b(?:just|simply|please|pls|plz|now|so|and|(?:can|could|will|would) (?:you|u)(?: (?:just|please|simply))?) )(?:tell|give|answer) me\b(?! (?:again|more)\b)|\bshould i\b(?! (?:have|need|require|get|think of|come up with) (?:any|more|further|other|anything)\b)|\b(?<!\b(?:needed|wanted|got|gave|given|had|have|get|getting) (?:a |the |my |your )?)yes or no\b)/;
export function demandDoneI5(m: Msg): boolean {
  const hit = ALL_I_WANT_I5.exec(m.n);
  return hit !== null && DEMAND_BEFORE_I5.test(m.n.slice(Math.max(0, hit.index - 160), hit.index));
}

// ---- (v31 I6) block I6's readings ----
/** (v31 I6) A wish to have a good day, morning, afternoon, evening or night ("have a good day", "enjoy the rest of your good evening"). */
const HAVE_GOOD_DAY_I6 = /\b(?:have|enjoy) (?:a |the rest of (?:your |the )?)(?:very |really )?good (?:day|morning|afternoon|evening|night)\b/g;
/**
 * (v31 I6, J2) The sentence opens with the wish ("Have a good day.", "so have a good afternoon!", "hope you have a good
 * evening") [not a book's title, "How to Have a Good Day by Caroline Webb is a popular one", nor "If you have a good
 * afternoon free, our genealogy drop-in runs 1 to 4 pm"].
 */
const WISH_OPENS_I6 = /^(?:(?:and|so|ok|okay|well|please|thanks|thank you|bye|goodbye|sorry)[ ,!.]+){0,3}(?:(?:i )?hope (?:you|u) |(?:you|u) )?(?:have|enjoy) /;
/**
 * (v31 I6, `haveGoodDayI6`) Sentence `x` of `m`, the provider's first message, greets only inside a wish to have a good day
 * ("This chat is for library questions. Have a good day."): without the wish no greeting is left. (J2) Only a sentence
 * that opens with the wish, with no question after it in the message ["Have a good day! I am Priya, librarian of the Ask
 * Us service. How can I help you?" opens the chat].
 */
function haveGoodDayI6(s: Session, m: Msg, x: Sentence): boolean {
  const n = x.n;
  if (s.rubric.haveGoodDayI6 !== true || !n.includes('good ')) return false;
  if (!WISH_OPENS_I6.test(n) || m.sentences.some((y) => y.k > x.k && (y.q || y.n.includes('?')))) return false;
  HAVE_GOOD_DAY_I6.lastIndex = 0;
  const rest = n.replace(HAVE_GOOD_DAY_I6, ' ');
  return rest.length < n.length && !s.P.greeting.test(rest);
}
/** (v31 I6) The words of a solicitation: "best price", "click here", "no prescription", "make money", "free followers". */
const ADVERT_I6 =
  /\b(?:buy (?:now|cheap|online)|cheap (?:followers|likes|meds|pills|viagra|backlinks)|best prices?|lowest prices?|click (?:here|now|the link)|order now|shop now|join now|sign up now|limited (?:time )?offer|special offer|free (?:followers|likes|views|trial|gift)|casino|crypto|bitcoin|forex|viagra|cialis|no prescription|payday loans?|make money|earn (?:money|cash|\d)|work from home|seo services?|backlinks|promo code|discount code|guaranteed)\b/;
/** (v31 I6) Words of a need, as TEST_NOTICE_P7 reads them: a patron who asks something. */
const NEED_I6 =
  /\b(?:how|what|where|when|why|who|which|can (?:you|u|i)|could (?:you|u)|do (?:you|u|i)|does|is (?:this|there|it)|are (?:you|there)|i need|i want|i m looking|looking for|help me|question|questions)\b/;
/**
 * (v31 I6, `advertOnlyI6`) `n`, a patron message (normalised), is only an advert: a link, the words of a solicitation, no
 * question mark and no words of a need ("www.cheap-pills.biz best price no prescription").
 */
export function advertOnlyI6(s: Session, n: string): boolean {
  return s.rubric.advertOnlyI6 === true && n.length <= 400 && !n.includes('?') && maybeUrl(n) && ADVERT_I6.test(n) && s.P.url.test(n) && !NEED_I6.test(n) && !PATRON_OWN_I6.test(n);
}
/**
 * (v31 I6, J2) A patron's own words, which an advert does not use: the first person, a scam to check or report, a paper to
 * write, "kindly", a Spanish need ["got an email from paypal-refunds.net saying click here to claim my refund, legit or
 * scam", "research paper on payday loans - found paydayhelp.org, need peer reviewed sources", "I'd like to know whether
 * freebets-casino.co.uk is properly licensed", "Kindly share information on forex trading …", "busco libros sobre bitcoin …"].
 */
const PATRON_OWN_I6 =
  /\b(?:i|im|id|ive|ill|my|me|mine|myself|scam|scams|scammed|legit|legitimate|fraud|fraudulent|phishing|licensed|report|reporting|research|paper|essay|assignment|homework|sources|peer reviewed|kindly|busco|necesito|quiero|tengo|ayuda|libros|mi)\b/;
/** (v31 I6) A whole patron message (normalised) that is only a staff test in Spanish: "prueba", "probando 1 2 3", "hola, esto es una prueba del chat". */
const PRUEBA_I6 =
  /^(?:(?:hola|buenas|buenos dias|buenas (?:tardes|noches))[ ,!.]+)?(?:prueba|probando|es (?:solo )?una prueba|esto es (?:solo )?una prueba|solo (?:es )?una prueba|mensaje de prueba)(?: (?:del|de) (?:chat|widget|servicio|sistema))?(?:[ ,!.]+(?:\d{1,4}|prueba|probando)){0,6}[ ,!.]*$/;
/** (v31 I6, `pruebaI6`) `n`, a patron message (normalised), is only a staff test in Spanish. */
export function pruebaI6(s: Session, n: string): boolean {
  return s.rubric.pruebaI6 === true && n.length <= 80 && PRUEBA_I6.test(n);
}

// ---- (v31 K1) block K1's readings ----

/** (v31 K1, `thirdPartyAskedK1`) Someone else asked for, got or was given the patron's number: the question is about what happened. */
const THIRD_PARTY_K1 = String.raw`(?:they|he|she|them|him|her|the (?:caller|callers|scammer|scammers|person|man|woman|guy|lady|texter|sender|seller|buyer|company|site|website|agent|rep))`;
const THIRD_PARTY_ASKED_K1 = new RegExp(
  String.raw`^(?:(?:ok|okay|so|and|first|also|now),? )*(?:did|have|has|had|were|was) (?:${THIRD_PARTY_K1} (?:(?:ever|already|also|actually) )?(?:ask|asked|asking|get|got|take|took|want|wanted|request|requested|demand|demanded|have|had)|(?:you|u) (?:(?:ever|already|also|actually) )?(?:give|given|gave|tell|told|read|send|sent|share|shared|confirm|confirmed) ${THIRD_PARTY_K1})\b`,
);
/**
 * (v31 K1, `thirdPartyAskedK1`) Question sentence `n` (normalised) asks whether a third party (a caller, a scammer, "they")
 * asked for, got or was given the patron's number ("Did they ask you for your number or a payment?", "Did you give them your
 * card number?"): the patron's situation, which shapes the answer, not how to reach the patron.
 */
export function thirdPartyAskedK1(s: Session, n: string): boolean {
  return s.rubric.thirdPartyAskedK1 === true && n.length <= 160 && THIRD_PARTY_ASKED_K1.test(n) && !(s.rubric.thirdPartyReachL1 === true && REACH_BACK_L1.test(n) && !SCAM_SIDE_L1.test(n));
}

// ---- (v31 K2) block K2's readings ----

/**
 * (v31 K2, `givenOkK2`) "Is this as per your requirement?" and "Are the two books good for now?": whether what was given
 * fits, as a whole sentence ["Are the two books ok to hold for pickup?", "Are those dates okay for you?", "Is the pickup time
 * as per your requirement?"]. Anchored, every part bounded.
 */
const GIVEN_OK_K2 =
  /^(?:(?:so|and|ok|okay|well|sir|madam|maam),? )?(?:(?:is|was) (?:this|that|it|the (?:information|info|answer|list|link|above|same)) as per (?:your|ur) (?:requirements?|needs?|query|request|expectations?)|(?:are|were) (?:the|these|those|both|all)(?: (?:two|three|four|five|\d{1,2}|above|first|last))? (?:books?|titles?|suggestions?|picks?|ones|links?|resources?|sites?|websites?|options?|series|lists?) (?:good|ok|okay|alright|all right|fine|helpful|useful|any good|of use)(?: enough)?(?: (?:for (?:now|him|her|them|you|u|a start|starters|the moment|the time being)|to start|to begin with|so far))?)[ ?!.]*$/;
export function givenOkK2(s: Session, m: Msg): number {
  for (const x of m.sentences) if (x.q && GIVEN_OK_K2.test(x.body) && !offerOnly(s, x, m) && !(s.rubric.givenOkNarrowL1 === true && givenOkNotGivenL1(s, m, x))) return x.k;
  return -1;
}

/**
 * (v31 K2, `compileSendK2`) "I'll put together a list of graphic novels for him and send it over!": work done after the
 * chat and sent to the patron ["I'll put together a list and send it over right now in the chat", "I put together a list and
 * sent it over", "… and send it to the printer", "I can put together a list and send it over if you like?"]. Bounded.
 */
const COMPILE_SEND_K2 =
  /\b(?:ill|i will|well|we will|im going to|i am going to|were going to|i shall)(?: (?:also|just|then|happily|gladly))? (?:put together|pull together|compile|make up|make|draw up|round up|gather|work up|write up|type up) (?:[a-z0-9-]+ ){1,10}?(?:and|then|to) (?:then )?(?:send|email|e mail|mail|forward)(?: (?:it|them|that|this|those|these|the list|everything))? (?:over|along|across|on|your way|to (?:you|u)|you|u)\b(?! (?:[a-z0-9-]+ ){0,4}?(?:now|right now|right away|here|in (?:the|this) chat|in a (?:sec|second|moment|minute|min)|shortly)\b)/;
export function compileSendK2(s: Session, m: Msg): number {
  if (s.rubric.compileSendK2 !== true || m.role !== 'provider') return -1;
  const n = m.n;
  // (both words the regexp needs, tested first: this runs on every provider message no promise family reads)
  if (!(n.includes('send') || n.includes('mail') || n.includes('forward'))) return -1;
  if (!(n.includes(' up ') || n.includes('together') || n.includes('compile') || n.includes('make') || n.includes('gather'))) return -1;
  for (const x of m.sentences) if (COMPILE_SEND_K2.test(x.n) && !m.sHas(x, F.notPromise) && !(s.rubric.compileSendNarrowL1 === true && compileSendNotLaterL1(x.n))) return x.k;
  return -1;
}

// ---- (v31 K3) block K3's readings ----

/**
 * (v31 K3, `askedDomainK3`) A domain as the address something came from: "an amazon.com address", "a paypal.com email
 * address" (not "a my.medicare.gov account": a site to use, which older rounds read as a source named in the question).
 */
const DOMAIN_ASKED_K3 = /\b(?:an? |the )?(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,6} (?:e ?mail )?(?:address|domain|sender)\b/g;
/** (v31 K3, `askedDomainK3`) Question `n`'s web addresses are all domains asked about as where something came from. */
function askedDomainK3(s: Session, n: string): boolean {
  if (!n.includes('.')) return false;
  const rest = n.replace(DOMAIN_ASKED_K3, ' ');
  return rest !== n && !contactsIn(s, rest).url;
}

// ---- (v31 K4) block K4's readings ----

/**
 * (v31 K4, `callLineK4`) The object of "call / ring / phone / dial" is a phone line: "call the unemployment claims line",
 * "ring the Centrelink employment services line on 132 850", "call their benefits line". A line is the number of the
 * office that runs it: a party to call. Not "call the first line of the file", "call up the template line by line".
 */
const CALL_LINE_VERB_K4 = /^(?:call|phone|ring|dial)$/;
const CALL_LINE_K4 = /^(?:the|their|its|his|her|your|a|an|our) (?!(?:first|second|third|last|next|top|bottom|front|same|other|whole|subject|command|bus|train|tram|metro|subway|waiting|picket|party|time|finish|start|dotted)\b)(?:[a-z0-9&'-]+ ){0,4}?(?:line|lines|phone line|phone lines)\b(?! (?:of|by|in|up|item|items|break|breaks|numbers? of)\b)/;
export function callLineK4(verb: string, object: string): boolean {
  return CALL_LINE_VERB_K4.test(verb) && CALL_LINE_K4.test(object);
}
/**
 * (v31 K4, `bookStaffK4`) An imperative (or "you can / could / may …") booking of a meeting with one of the library's
 * helpers by role, then where to book it: "you can book a free job-help appointment with our career staff at
 * hclibrary.org/jobhelp", "Book an appointment with our career coach at aacpl.net/coach", "book a practice interview with
 * a career advisor at …". Not "Our staff can book a session
 * with a career coach for you" (someone else books), nor "book a study room with …" (no meeting).
 */
const BOOK_STAFF_K4 =
  /(?:^|[:;] |, (?:(?:or|and|then|so|just|also) )?|\b(?:you|u) (?:can|could|may|might|should|need to|will need to|can also|could also|may also|might also) |\b(?:please|just|also) )(?:book|schedule|make|set up|request|reserve) (?:a |an |your )?(?:[a-z0-9'-]+ ){0,3}?(?:appointment|consultation|session|review|meeting|interview|one on one|one to one)s? with (?:a |an |one of our |our |the |your |a member of our )?(?:[a-z-]+ ){0,2}?(?:coach|coaches|staff|team|specialists?|librarians?|experts?|volunteers?|tutors?|counsell?ors?|advis[eo]rs?|navigators?|mentors?)\b/;
/** (v31 K4, `bookStaffK4`) The sentence of provider message `m` that books a meeting with a helper at a page or number given after it, -1 if none. */
export function bookStaffK4(s: Session, m: Msg): number {
  for (const x of m.sentences) {
    const n = x.n;
    if (x.q || n.length > 400) continue;
    const v = BOOK_STAFF_K4.exec(n);
    if (v === null) continue;
    // (v32 L2, `bookStaffNarrowL2`) "Just make sure your session with our career coach is on the calendar at …": no booking
    if (s.rubric.bookStaffNarrowL2 === true && MAKE_SURE_L2.test(v[0])) continue;
    const c = contactsIn(s, n.slice(v.index + v[0].length, v.index + v[0].length + 120));
    if (c.url || c.phone || c.email) return x.k;
  }
  return -1;
}
/**
 * (v31 K4, `askUsNameK4`) "Ask Us" written as the service's name in the provider's own role sentence ("Hi. Pat, librarian,
 * Ask Us.", "Jo, reference librarian with Ask Us here."): its "ask" tells no one to ask anyone, so the role is the
 * speaker's (as `ownRole` reads it once the name is set aside). Not "If the librarian can't help, ask us again tomorrow"
 * (lower case, a verb with its time), nor a question.
 */
const ASK_US_NAME_K4 = /\bAsk Us\b(?=[.!,;:)]|$| (?:here|chat|service|team|at|from|in|on)\b)/;
const ASK_US_K4 = /\bask us\b/g;
export function askUsNameK4(s: Session, m: Msg, x: Sentence): boolean {
  if (x.q || m.sHas(x, F.referralCanHelp) || m.sHas(x, F.followupPromise)) return false;
  const raw = m.rawSentences[x.k] ?? '';
  // (v32 M4, `askUsLibrarianM4`) "Hi, Bob, Ask Us librarian.": the service's name before the role, closing the sentence
  if (!(ASK_US_NAME_K4.test(raw) || (s.rubric.askUsLibrarianM4 === true && ASK_US_LIBRARIAN_M4.test(raw))) || OTHER_ROLE_K1.test(x.n)) return false;
  return !s.P.referralVerb.test(x.n.replace(ASK_US_K4, ' '));
}

// ---- (v32 L1) block L1's readings ----

/**
 * (v32 L1, `bareHelpOpensL1`) A sentence that is only "Help?" (v31 K1's bare "Help?" in `completeness`): when it opens a message
 * that goes on, it echoes the patron's plea or question ("Help? Sure! The FTC page …", "Help? Honestly, not to get the money
 * back, but …") instead of asking whether the source helped (still read: "… consumer.ftc.gov/…. Help?").
 */
const BARE_HELP_L1 = /^help[ !]*\?[ ?!.]*$/;

/**
 * (v32 L1, `thirdPartyReachL1`) The question about a third party and the patron's number says it is for reaching the patron:
 * "Did they get your phone number so they can call you when it comes in?", "did u give them ur number so they can txt u",
 * "Has she got your mobile number to ring you back?" (how the patron will be reached, not the need). Bounded.
 */
const REACH_BACK_L1 =
  /\b(?:so (?:that )?(?:they|he|she|we|someone|staff)(?: can| could| will| would| ll)?|to|for) (?:call|ring|phone|text|txt|email|e mail|reach|contact|notify|get back to|get in touch with) (?:you|u)\b/;
/** (v32 L1, `thirdPartyReachL1`) A party named as the scam's side: "Did the scammer ask for your number so he could call you back?" still reads. */
const SCAM_SIDE_L1 = /\b(?:caller|callers|scammer|scammers|texter|sender|seller|buyer|company|site|website|fraudster|crook)\b/;

/**
 * (v32 L1, `givenOkNarrowL1`) v31 K2's "Are the two books good …?" / "Is it as per your requirement?" (`givenOkK2`) asks about
 * something that was not given: the question comes before the first source of the chat, in the message that then gives it
 * ("Oh no! Are both books ok? Our damaged item policy is at …": the patron's damaged books); the sentence before offers a plan
 * ("I can request Room B from 2 to 4 pm tomorrow. Is it as per your requirement?"); "were the books good?" (what the family
 * read); the patron's own items named just before ("he's been reading the Dog Man books at home" → "Are those books ok for
 * him?"). Still read: "Try Mercy Watson, …, at sample.org/catalog. Are these three titles ok for her?", "Are the two books good
 * for now?" after the list.
 */
const PLAN_BEFORE_L1 =
  /^(?:(?:ok|okay|sure|yes|so|great),? )?(?:i|we) (?:can|could|will|would|shall|may|am able to)(?: (?:also|then|just|happily|gladly))? (?:request|book|reserve|hold|place|order|arrange|schedule|set up|put|sign|register|enrol|enroll)\b/;
const WERE_READ_L1 = /\bwere (?:the|these|those|both|all)(?: [a-z0-9]+)? (?:books?|titles?|series|ones)\b/;
const ITEM_WORD_L1 = /\b(?:books?|titles?|series)\b/;
/** The patron's own books: "his Dog Man books", "he's been reading the Dog Man books", "we read the Wild Robot books". */
const PATRON_OWN_L1 =
  /\b(?:(?:my|our|his|her|their) (?:own )?(?:[a-z]+ ){0,2}|(?:reading|read|reads|finished|has|have|owns?|bought) (?:the |all the |some |those |these )?(?:[a-z]+ ){0,3})(?:books?|titles?|series)\b/;
function givenOkNotGivenL1(s: Session, m: Msg, x: Sentence): boolean {
  if (WERE_READ_L1.test(x.body)) return true;
  const prev = m.sentences[x.k - 1];
  // ("it / this / that" is the plan: "I can hold both books. Are the two books good for now?" still asks about the books)
  if (prev !== undefined && x.body.includes('as per') && PLAN_BEFORE_L1.test(prev.n)) return true;
  const src = sourceAt(s, m);
  // (only short openers before it, "Oh no!": "Try Mercy Watson and Bink & Gollie. Are these ok? Both at …" gave the titles first)
  if (src > x.k && m.sentences.every((y) => y.k >= x.k || wordCount(y.n) <= 4) && !s.vis.some((y, p) => p < m.pos && y.role === 'provider' && sourceAt(s, y) >= 0)) return true;
  // the patron's own items named in the patron's message just before, in a message that gives none
  if (src < 0 && m.pos > 0) {
    const before = s.vis[m.pos - 1]!;
    const item = ITEM_WORD_L1.exec(x.body);
    if (before.role === 'patron' && item !== null && PATRON_OWN_L1.test(before.n)) return true;
  }
  return false;
}

/**
 * (v32 L1, `compileSendNarrowL1`) v31 K2's "I'll put together a list … and send it over" (`compileSendK2`) where the sending is
 * soon, in the chat ("… and send it over in a few minutes, stay on the chat", "… before you log off"), or to someone else
 * ("I'll gather the books and send them on to the Towson branch", "… forward it on to our cataloguing team", "… send them
 * across to the branch manager"). Still read: "We'll round up some titles and email them to you", "… send it over to your
 * email". Bounded.
 */
const SOON_L1 =
  /\b(?:in (?:a (?:few|couple(?: of)?)|just a|\d{1,2}|two|three|five|ten) (?:minutes?|mins?|secs?|seconds?|moments?)|before (?:you|u) (?:go|leave|log off|log out|sign off|hang up)|while (?:you|u) (?:wait|are here|re here)|(?:stay|hang on|hold on) (?:on|in) (?:the |this )?chat)\b/;
const SEND_ELSEWHERE_L1 =
  /\b(?:send|email|e mail|mail|forward)(?: (?:it|them|that|this|those|these|the list|everything))? (?:over|along|across|on) to (?!(?:you|u|your (?:email|e mail|inbox|address|phone)|ur (?:email|inbox))\b)/;
function compileSendNotLaterL1(n: string): boolean {
  return SOON_L1.test(n) || SEND_ELSEWHERE_L1.test(n);
}

// ---- (v32 L2) block L2's readings ----

/**
 * (v32 L2, `askedDomainNarrowL2`) The question says the domain is where something came from: "come / sent from an amazon.com
 * address", "the sender", "a paypal.com email address" (not "Can you type the ssa.gov address into your browser?", "Have you
 * tried the gov.uk address for …?": a site to use).
 */
const ORIGIN_L2 = /\b(?:from (?:an? |the )?(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,6}\b|senders?\b)|\.[a-z]{2,6} e ?mail address\b/;
export const askedFromL2 = (n: string): boolean => ORIGIN_L2.test(n);
/**
 * (v32 L2, `callLineNarrowL2`) A line named or placed after "call": "call the summary line your pitch", "call the line under
 * your name 'Summary'", "I'd call the objective line optional" (a résumé's line, no one to call; not "call their claims line",
 * "call the help line at 1-877-…").
 */
const NAMING_LINE_L2 = /\blines? (?:under|above|below|beneath|on top\b|at the (?:top|bottom|start|end)\b|(?:your|my|a|an|the) (?:[a-z]+ ){0,2}?(?:pitch|headline|header|heading|title|summary|objective|tagline|intro|opener|hook)s?\b|(?:optional|outdated|unnecessary|important|essential)\b)/;
export const namingLineL2 = (object: string): boolean => NAMING_LINE_L2.test(object);
/**
 * (v32 L2, `bookStaffNarrowL2`) "make sure your session with …", "make changes to your appointment with …": a booking already
 * made, checked or changed.
 */
const MAKE_SURE_L2 = /\b(?:make (?:sure|certain|a note)|(?:changes?|edits?|updates?|cancell?ations?) (?:to|of|in))\b/;
/**
 * (v32 L2, `helpToNarrowL2`) K4's "it might / may / could help to" before "call <someone> by name" (naming in a letter: "It
 * might help to call the hiring manager by name in the letter") or a visit to an event ("It might help to visit the job fair
 * at the Central branch on Saturday"): no one to contact.
 */
const HELP_TO_L2 = new RegExp(HELP_TO_K4);
const BY_NAME_L2 = /^(?:[a-z'-]+ ){1,5}?by (?:(?:his|her|their|your|its|the) )?(?:first |last |full |sur)?(?:name|names|title)\b/;
/**
 * (v32 L2, `wishClauseNarrowL2`) The main clause after K3's wish, `seg`, has a contact of its own before any way back to the
 * library ("call the Area Agency on Aging, or email us at ask@sample.org", "call the senior center; our number is 410-…", "…, and
 * you can reach me at 410-…": the contact is the library's, not the party's).
 */
const WAY_BACK_L2 =
  /(?:,? (?:or|and)|;) (?:(?:you can|you could|u can|please|just|also|feel free to) )?(?:(?:e ?mail|call|text|txt|ring|phone|message|write to|contact|reach|chat with) (?:us|me)\b|(?:our|my) (?:[a-z]+ ){0,2}?(?:number|line|phone|e ?mail|address)\b)/;
export function wishMainContactL2(s: Session, seg: string): boolean {
  const w = WAY_BACK_L2.exec(seg);
  return w === null || hasReachableContact(contactsIn(s, seg.slice(0, w.index)));
}
const VISIT_L2 = /^(?:visit|attend|stop by|drop by|drop in at|go to|come to)$/;
const EVENT_L2 = /^(?:(?:the|a|an|our|this|next|that|their) )?(?:[a-z0-9'-]+ ){0,3}?(?:fair|fairs|expo|expos|event|events|workshop|workshops|class|classes|open house|festival)\b/;
export const callByNameL2 = (verb: string, before: string, object: string): boolean =>
  ((verb === 'call' && BY_NAME_L2.test(object)) || (VISIT_L2.test(verb) && EVENT_L2.test(object))) && HELP_TO_L2.test(before);

// ---- (v32 M1) block M1's readings ----

/**
 * (v32 M1, `inPersonBookM1`) The words before a booking verb end in "in person" and at most two connectors: "you have to
 * apply in person, so ", "the interview is in person: ", "tiene que ir en persona, asi que ". Read on the last 60
 * characters before the verb.
 */
const IN_PERSON_M1 = /\b(?:in person|in-person|en persona)(?: (?:only|first|too|as well))?[,;:.]? (?:(?:so|and|then|just|please|you can|you should|you must|y|asi que|entonces|por eso),? ){0,2}$/;
/**
 * (N2) Not "in person" denied or merely preferred ("If you can't come in person, just book a virtual session at …", "Si no
 * puede venir en persona, haga una cita en …", "there is no need to go in person, and you can book …", "Practising the
 * interview out loud is better in person, so book a time at … for a study room"), nor a class or group that meets in person
 * ("The citizenship class meets in person, so book a session at …": a program, not an office).
 */
const NOT_IN_PERSON_N2 =
  /\b(?:not|cant|cannot|couldnt|dont|doesnt|didnt|wont|isnt|arent|never|rather than|instead of|without|sin|ya no|no (?:need|longer|tiene|tienen|puede|pueden|hay|es|necesita|necesitan|hace))\b(?: [a-z]+){0,3} (?:in person|in-person|en persona)\b|\b(?:is|are|its|es|son)(?: (?:much|even|way|a lot))? (?:better|easier|nicer|mejor|preferible)(?: [a-z]+)? (?:in person|en persona)\b|\b(?:class|classes|group|groups|club|clubs|course|courses|workshop|workshops|program|programs|programme|programmes|clase|clases|grupo|grupos|curso|cursos|taller|talleres|programa|programas)\b(?: [a-z]+){0,5} (?:in person|in-person|en persona)\b/;
/** (v32 M1, `inPersonBookM1`) `head` (the sentence before a booking verb) ends in a visit in person. */
export function inPersonM1(head: string): boolean {
  if (!head.includes('person')) return false;
  const tail = head.length > 60 ? head.slice(-60) : head;
  return IN_PERSON_M1.test(tail) && !NOT_IN_PERSON_N2.test(tail);
}

// ---- (v32 M2) block M2's readings ----

/** (v32 M2, `notInCatalogM2`) The item said not to be in the catalogue (normalised: "catalogue" reads "catalog"): "not (yet) in the catalog", "isnt in our catalog". */
const NOT_IN_CATALOG_M2 = /\b(?:not|isnt|arent|wasnt|werent|never)(?: (?:yet|even|currently|showing|listed|searchable|up))? (?:in|on) (?:the|our|your) (?:online )?catalog(?: yet)?\b/;
const NOT_IN_CATALOG_M2_G = new RegExp(NOT_IN_CATALOG_M2.source, 'g');
/**
 * (v32 M2, `notInCatalogM2`) Normalised sentence `n` says the item is not in the catalogue, and names no resource once that is
 * taken out ("The camera kits are new and not in the catalogue yet"; not "It's not in the catalogue under that title, but
 * search 'shelf layouts' in the catalogue").
 */
export function notInCatalogM2(s: Session, n: string): boolean {
  return n.includes('catalog') && NOT_IN_CATALOG_M2.test(n) && !s.P.namedResource.test(n.replace(NOT_IN_CATALOG_M2_G, ' '));
}
/** (v32 M2) Capitalised words that open a sentence or a phrase, not a title ("It is on Libby", "Most are in Hoopla"). */
const NOT_FIRST_M2 = String.raw`It|Its|That|This|These|Those|They|Everything|Most|All|Which|What|Both|Some|Many|Each|Any|Your|Our|My|Their|His|Her|Yes|No|Also|And|But|So|Now|Then|Sadly|Unfortunately|If|Whether`;
/** (v32 M2) Last words of a name that make it a library, a card or a kind of item, not a title ("Sample County Library is in Libby"). */
// (v32 N1) and kinds of item or genres: not "The Craft Videos are on Hoopla", "our Cozy Mysteries are in Hoopla"
const NOT_LAST_M2 = String.raw`Library|Libraries|County|Branch|System|Card|Cards|Account|App|Apps|PIN|Magazines|Books|Audiobooks|Ebooks|eBooks|Comics|Movies|Titles|Issues|Collection|Videos|Shows|Films|Series|Patterns|Cookbooks|Mysteries|Romances|Thrillers|Novels|Newspapers|Classes|Courses|Picks|Kits`;
/**
 * (v32 M2, `titleOnAppM2`) Two to seven title words, the first and last capitalised, then "is / are (also, now, available) on /
 * in / through" an e-resource app: "Vogue Knitting is on Libby", "Taste of Home is also in Libby".
 */
const TITLE_ON_APP_M2_G = new RegExp(
  String.raw`(?:^|[^\p{L}\d'\u2019&.-])(?!(?:${NOT_FIRST_M2})\b)\p{Lu}[\p{L}\d'\u2019&!-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d'\u2019&!-]*|of|the|and|&|in|for|a|an)){0,5}[ \t]+\p{Lu}[\p{L}\d'\u2019&!-]*(?<!\b(?:${NOT_LAST_M2}))[ \t]+(?:is|are)[ \t]+(?:(?:also|now|all|both|available|free)[ \t]+){0,2}(?:on|in|through|via)[ \t]+(?:the[ \t]+)?(?:Libby|Hoopla|hoopla|Flipster|PressReader|OverDrive|Kanopy|Sora|cloudLibrary|Boundless|Freegal)\b`,
  'gu',
);
/** (v32 M2, `titleOnAppM2`) Raw text `raw` names a title on an e-resource app (`TITLE_ON_APP_M2_G`). */
export function titleOnAppM2(raw: string): boolean {
  if (!(raw.includes(' is ') || raw.includes(' are '))) return false;
  // (v32 N1) not a title whose place the provider doubts or supposes: "I'm not sure whether Vogue Knitting is on Libby",
  // "I'll check if Taste of Home is in Flipster", "If Knit Simple is on Libby, …", "Neither Vogue Knitting nor Knit Simple is on Libby"
  for (const m of raw.matchAll(TITLE_ON_APP_M2_G)) if (!UNSURE_M2.test(raw.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 1))) return true;
  return false;
}
/** (v32 N1) What leads a title whose place is doubted, supposed or denied: "not sure whether", "check if", "If …", "nor". */
const UNSURE_M2 = /\b(?:whether|if|wonder|wondering|not sure|unsure|nor|neither)(?: or not)?[^\p{L}\d]{0,3}$/iu;

// ---- (v32 M3) block M3's readings ----
/** (v32 M3, `localOneM3`) A visiting verb's object that is "one" of what the sentence named before it: "your local one". */
const LOCAL_ONE_M3 = /^(?:(?:your|the|a) )?(?:local|nearest|closest|nearby|neighbourhood|neighborhood) one\b|^one (?:near|close to|closest to|nearest to) (?:you|your)\b/;
/**
 * (v32 M3, `localOneM3`) referral.contact: `objectClause` (normalised) is "your local one" and the sentence before the verb
 * (`before`) names a party, as `isParty` reads it: "Most fire stations do free car seat checks, so just swing by your local
 * one." Not "… gas stations …, so just swing by your nearest one" (no party before it).
 */
export function localOneM3(objectClause: string, before: string, isParty: (t: string) => boolean): boolean {
  // (v32 N1) the party of the clause "one" stands in, not one set against it before "but": not "Mechanics charge for it, but gas
  // stations have free air pumps, so just swing by your nearest one"
  return LOCAL_ONE_M3.test(objectClause) && isParty(before.split(CONTRAST_M3).pop() ?? before);
}
/** (v32 N1) A contrast that sets a clause against the one before it. */
const CONTRAST_M3 = /\b(?:but|while|whereas|though|although|however|instead)\b/;
/** (v32 N1) Words of a URL that name no one. */
const URL_WORDS_M3 = new Set(['com', 'org', 'net', 'edu', 'gov', 'info', 'www', 'web', 'site', 'online', 'http', 'https', 'html', 'htm', 'php', 'aspx', 'index', 'the', 'and']);
/** (v32 M3, `sourceClauseM3`) Words that point back at a party named before: "; call them", "; their office …". */
const POINTS_BACK_M3 = /\b(?:its|their|theirs|them|they|theyre|theyll|his|him|her|there)\b/;
/**
 * (v32 M3, `sourceClauseM3`) The text of a referral's sentence before its verb, `before` (normalised), ends its last clause
 * with a ";" after a clause that gives a URL and no phone, e-mail or address, names no party (`namesParty`, addresses left
 * out by `bare`) and is not pointed back to: that URL is a source's ("The recall is listed at nhtsa.gov/recalls; check with
 * the dealership …"), no way to reach the party of the clause after it.
 */
export function sourceClauseM3(s: Session, before: string, namesParty: (t: string) => boolean, bare: (t: string) => string, after = ''): boolean {
  const semi = s.rubric.andClauseO3 === true ? andClauseO3(before, s.rubric.orClauseQ1 === true) : before.lastIndexOf(';');
  if (semi < 0) return false;
  const head = before.slice(0, semi);
  const tail = before.slice(semi + 1);
  const c = contactsIn(s, head);
  if (!c.url || c.phone || c.email || c.address || hasReachableContact(contactsIn(s, tail))) return false;
  // (v32 N1) not a URL whose path names the party after the verb (in its first words), its own page: "The hours are at
  // in.gov/bmv; visit the BMV before 5" (still a source's: "… at nhtsa.gov/recalls; check with the dealership about the recalls")
  const words = after.trimStart().split(/\s+/);
  const party = words.slice(0, 5).join(' ');
  if (s.rubric.andClauseO3 === true && before[semi] === ',' && (partyInHeadO3(head, party) || PAGE_BACK_O3.test(words.slice(0, 8).join(' ')))) return false;
  for (const u of head.matchAll(s.P.global('url')))
    for (const w of u[0].split(/[^a-z0-9]+/)) if (w.length >= 3 && !URL_WORDS_M3.has(w) && hasWordF6(party, w)) return false;
  // (v33 R1, `orOwnSiteR1`) after Q1's ", or", not a URL naming the party by its initials or joined words, its own site:
  // "Survivor benefits are explained at ssa.gov/survivors, or call Social Security"
  // (v34 X1, `ownSiteHostX1`) a word of the host, or of a government host's path: not "… at womenslaw.org/familylaw, or talk to a family law attorney"
  if (s.rubric.orOwnSiteR1 === true && before.startsWith(', or', semi) && ownSiteR1(head.match(s.P.global('url')) ?? [], party, s.rubric.ownSiteHostX1 === true)) return false;
  const headBare = bare(head);
  return !namesParty(headBare) && !POINTS_BACK_M3.test(bare(tail)) && !POINTS_BACK_M3.test(headBare);
}

// ---- (v32 M4) block M4's readings ----

/**
 * (v32 M4) "Ask Us librarian" closing its sentence: the service's name before the provider's role ("Hi, Bob, Ask Us librarian.").
 * (N2) …after the sentence's start, a comma or dash, or "I'm / this is / your": not "Hi! I'll pass this on to an Ask Us
 * librarian.", "Tomorrow, try an Ask Us librarian."
 */
const ASK_US_LIBRARIAN_M4 = /(?<=^\W*|[,:;\u2013\u2014-] ?|\b(?:I'm|I\u2019m|I am|Im|this is|This is|your|Your)(?: an?| the| your)? )Ask Us librarian(?=[.!,;:)]|$)/;
/**
 * (v32 M4) A third party's reply to the patron in normalised text: "and theyll get back to you", ", and she will contact
 * you", "then the outreach team will call you", ", our youth services team will contact you" (the clause after "and",
 * "then" or a comma).
 */
const THIRD_REPLY_M4 =
  /(?:\band|\bthen|,) (?:theyll|shell|hell|(?:they|she|he|someone|staff|(?:the|our) (?:[a-z]+ ){0,2}(?:team|staff|department|office|coordinator|librarian)) (?:will|would|should|can)) (?:usually |then |normally |typically |also )?(?:get back to|contact|call|email|e mail|reply to|respond to|reach out to|be in touch with|follow up with) (?:you|u)\b/;
/**
 * (v32 M4) The patron's own act before it: "you can call them at …, or fill out the request …", "please e-mail them", "once
 * you submit the form", "once youve filled out the form" (not "send me / us …": the provider's).
 */
const PATRON_ACT_M4 =
  /(?:^|\b(?:you|u) (?:can |could |may |just |simply |will need to |need to |should )?|\b(?:please|just|simply|or) |\b(?:once|if|when|after) (?:you|u)(?:ve| have)? )(?:call|phone|ring|email|e mail|contact|fill (?:out|in)|complete|submit|send|write to|text|message|called|phoned|emailed|e mailed|contacted|filled (?:out|in)|completed|submitted|sent)\b(?! (?:me|us)\b)/;
/** (v32 M4) The provider's own act in the sentence: "ill pass it on", "i have sent", "let me forward". */
const SELF_ACT_M4 = /\b(?:i|ill|ive|id|we|well|weve|wed|let me|let us|lemme)\b/;
/** (N2) The provider asks for the patron's contact: "leave me your number", "give us your e-mail", "send me your address". */
const GIVE_ME_N2 = /\b(?:leave|give|send|tell|text|email|e mail|pass|share with) (?:me|us)\b/;
/** (N2) The provider's own act after the third party's reply: "and ill e mail you", "i will send", "well also call" (not "as well"). */
const SELF_AFTER_N2 = /\b(?:ill|i will|i can|well(?<!\bas well)|we will|we can|let me|lemme)\b/;
/**
 * (v32 M4, `patronFirstM4`) A sentence whose promise-like words are a third party's reply after the patron's own call, e-mail
 * or form ("You can call them at 410-555-0100, or fill out the class visit request at … and they'll get back to you with
 * dates."), with no act of the provider's in it. Not "I'll pass your request on and they'll get back to you by Friday".
 */
export function patronFirstM4(n: string): boolean {
  if (!n.includes(' you') && !n.includes(' u')) return false;
  const r = THIRD_REPLY_M4.exec(n);
  if (r === null) return false;
  if (r.index > 240) return false;
  const before = n.slice(0, r.index);
  // (N2) not when the provider takes the patron's contact to pass on ("Email them at …, or leave me your number, and she'll call
  // you tomorrow") or promises something of their own after the reply ("…, our team will contact you, and I'll e-mail you the
  // booklist by Friday", "…, n ill send u the booklist tomorrow")
  if (GIVE_ME_N2.test(before) || SELF_AFTER_N2.test(n.slice(r.index + r[0].length, r.index + r[0].length + 160))) return false;
  return PATRON_ACT_M4.test(before) && !SELF_ACT_M4.test(before);
}

// ---- (v32 O1) block O1's readings ----

// ---- (v32 O2) block O2's readings ----

// ---- (v32 O3) block O3's readings ----

/**
 * (v32 O3, `whenThereO3`) A sentence asking when the patron was at a place, in normalised text: "about what time were you
 * there, and which floor?", "what day were you in?", "when were u there yesterday?": the patron's situation, not a check-in.
 */
export const WHEN_THERE_O3 =
  /^(?:(?:and|also|so|ok|okay|oh),? )?(?:about |around |roughly |approximately )?(?:what time|when|what day|which day|what date)(?: exactly)? (?:were|was) (?:you|u) (?:there|in|here|in there|over there)(?: (?:yesterday|today|last [a-z]+|on [a-z]+))?(?:,? (?:and|or) (?:which|what) [a-z]+(?: [a-z]+)?)?\??$/;
/**
 * (v32 O3, Q1) A clause's end before a coordinating word: ", and for the code …", ", but for colour …", ", so just …", and
 * (Q1) ", or ask the funeral home …".
 */
const AND_CLAUSE_O3 = /, (?:and|but|so|or)(?= )/g;
/**
 * (v32 O3, P1) A party's first words that point back at the page of the clause before ", and / but / so": not "Room bookings
 * are on sample.gov.uk/rooms, and you can contact the events team through that page" (the page is the way to reach them);
 * not a bare "there", which may be a place ("…, and ask the clerk there").
 */
const PAGE_BACK_O3 = /\b(?:(?:from|on|through|via) there|through (?:it|that|this|the) (?:page|site|website|form|link)|(?:on|via|from|through|using) (?:that|this) (?:page|site|website|form|link)|through it|via it)\b/;
/** (v32 O3) Words of a party's first words that name no one: "at the desk near the entrance", "with your branch". */
const PARTY_FILLER_O3 = new Set(['the', 'your', 'our', 'any', 'their', 'with', 'from', 'near', 'there', 'about', 'just', 'them', 'they', 'this', 'that', 'for', 'and', 'you']);
/**
 * (v32 O3, `andClauseO3`) The clause before ", and / but / so" (`head`) names the party after the verb (`party`, its first
 * words): "The Towson branch's hours are at bcpl.info/towson, and you can just stop by the branch" (the branch's own page).
 */
function partyInHeadO3(head: string, party: string): boolean {
  for (const w of party.split(/[^a-z0-9]+/)) if (w.length >= 4 && !PARTY_FILLER_O3.has(w) && (hasWordF6(head, w) || hasWordF6(head, `${w}s`))) return true;
  return false;
}
/**
 * (v32 O3, `andClauseO3`) Where the last clause of a referral's sentence before its verb (`before`, normalised) starts: after
 * its last ";" (as `sourceClauseM3` reads it), else after its last ", and / but / so" ("The steps are on
 * samplelibrary.org/wifi, and for the code just ask at the desk"), and with `or` (Q1, `orClauseQ1`) its last ", or" not
 * after the patron's own way online (`OWN_WAY_Q1`: "The application is at health.maryland.gov/vsa, or ask the funeral home
 * for extra copies"); -1 when there is none. The comma's index is returned, so the clause after it starts one character
 * later, as after a ";".
 */
export function andClauseO3(before: string, or = false): number {
  const semi = before.lastIndexOf(';');
  if (semi >= 0) return semi;
  let at = -1;
  for (const c of before.matchAll(AND_CLAUSE_O3)) if (c[0] !== ', or' || (or && !OWN_WAY_Q1.test(before.slice(0, c.index)))) at = c.index;
  return at;
}

// ---- (v32 Q1) block Q1's readings ----

/**
 * (v32 Q1) A clause before ", or" that gives the patron's own way to do it online: "You can order it online at pa.gov/…, or
 * write to the Division of Vital Records" (two ways to the same office: the URL may be its own).
 */
const OWN_WAY_Q1 = /\b(?:you|u) (?:can|could|may|might|will|should)\b|\bonline\b/;

// ---- (v32 Q2) block Q2's readings ----

// ---- (v32 Q3) block Q3's readings ----

/**
 * (v32 Q3, `purposeItQ3`) A purpose clause (no comma) whose object is only "it", "one" or "them", then at most "just",
 * "simply" or "please": "to book it just", "To renew one simply", "and to reserve them please" (what stands before the
 * referring verb, normalised).
 */
const PURPOSE_IT_Q3 =
  /^(?:(?:and|or|also|then|so|but),?\s*)*(?:to|in order to) (?:book|reserve|schedule|register for|sign up for|request|order|renew|get|use|apply for|submit|return|arrange) (?:it|one|them)(?: (?:just|simply|please))?$/;
/** (v32 Q3, `purposeItQ3`) `prefix` (the clause before a referring verb) is such a purpose clause. */
export function purposeItQ3(prefix: string): boolean {
  return prefix.length < 60 && PURPOSE_IT_Q3.test(prefix);
}

// ---- (v33 R1) block R1's readings ----

/** (v33 R1, `orOwnSiteR1`) Words of a party's name that are not its initials: "the", "of", "your", "local" … */
const NAME_FILLER_R1 = new Set(['the', 'a', 'an', 'your', 'their', 'our', 'local', 'nearest', 'of', 'for', 'and', 'at', 'in', 'on', 'to', 'with', 's']);
/**
 * (v33 R1, `orOwnSiteR1`) A URL of `urls` names the party of `party` (the first words after the referring verb,
 * normalised): a URL word is the initials of its first two to four name words (an extra letter allowed: "ssa" for "social
 * security", "gro" for "general register office", "va" for "veterans affairs") or holds two of them joined
 * ("nyc.gov/vitalrecords" for "the office of vital records").
 */
export function ownSiteR1(urls: readonly string[], party: string, hostX1 = false): boolean {
  const names = party.split(/[^a-z0-9]+/).filter((w) => w !== '' && !NAME_FILLER_R1.has(w)).slice(0, 4);
  if (names.length < 2) return false;
  for (const u of urls)
    for (const w of (hostX1 ? ownSiteWordsX1(u) : u).split(/[^a-z0-9]+/)) {
      if (w.length < 2 || URL_WORDS_M3.has(w)) continue;
      for (let k = 2; k <= names.length; k++) {
        const initials = names.slice(0, k).map((n) => n[0]).join('');
        if (w.startsWith(initials) && w.length <= k + 1) return true;
      }
      for (let i = 0; i + 1 < names.length; i++) if (names[i]!.length >= 3 && names[i + 1]!.length >= 3 && w.includes(names[i]! + names[i + 1]!)) return true;
    }
  return false;
}

// ---- (v33 R2) block R2's readings ----

// ---- (v33 S1) block S1's readings ----

// ---- (v33 S2) block S2's readings ----

// ---- (v33 S3) block S3's readings ----

/** The labels of a URL's host: "https://www.service.nsw.gov.au/x" → service, nsw, gov, au. */
/** URL `url` without its scheme and "www.": "https://www.ssa.gov/apply" -> "ssa.gov/apply". */
export function urlRest(url: string): string {
  return url.replace(/^(?:https?:\/\/)?(?:www\.)?/, '');
}
export function hostLabels(url: string): string[] {
  return urlRest(url).split('/')[0]!.split('.');
}
/** (v13 N5) Domain labels that name no one. */
export const URL_LABELS_N5 = new Set(['com', 'org', 'net', 'edu', 'gov', 'info', 'www', 'web', 'site', 'online']);
/** (v33 T2) A host that is one label and a top-level domain: a portal ("maryland.gov/…", "nyc.gov/doc"). */
const PORTAL_HOST_T2 = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+\.(?:gov|us|org|com|net)(?:[/:?#]|$)/;
/** (v33 S3) At most three words of a party's name just before its party word ("any MVA office": "mva"), not past an article. */
const NAME_BEFORE_S3 = /(?:^|[^a-z0-9])((?:(?!(?:to|the|a|an|any|your|our|their|his|her|my|at|of|in|on|for|with|from|by|and|or|nearest|local|closest)\b)[a-z0-9]+ ){1,3})$/;

/**
 * (v33 S3, `partyDomainS3`) A clause after a referral's ";" (`tail`) that names another party still gives the referred
 * party's URL when the URL's first host label is a word of the party's name in the verb's clause (`head`, normalised):
 * "take your release papers to any MVA office; the ID is free if you were released from a Maryland facility:
 * mva.maryland.gov/id" (the MVA's own domain). Near miss: "…; the facility's rules are at dpscs.maryland.gov/visiting"
 * (the URL names no word of the MVA office's name).
 */
export function partyDomainS3(s: Session, head: string, tail: string): boolean {
  for (const u of tail.matchAll(s.P.global('url'))) {
    const label = hostLabels(u[0])[0]!;
    if (label.length < 3 || URL_LABELS_N5.has(label)) continue;
    // (v33 T2) the clause after ";" names the label itself before the URL: the URL is that other party's, not "Visit the
    // Texas Workforce Commission office near you; the Texas Department of Criminal Justice lists reentry jobs at texas.gov/tdcj"
    if (hasWordF6(tail.slice(0, u.index), label)) continue;
    const portal = PORTAL_HOST_T2.test(u[0]);
    for (const p of head.matchAll(s.P.global('referralParty'))) {
      const name = NAME_BEFORE_S3.exec(head.slice(Math.max(0, p.index - 40), p.index));
      // (v33 T2) a host that is the label and its top-level domain alone ("maryland.gov/…") matches only the party word or
      // the word just before a bare "office / branch / center …": not the state or city before the party ("the Maryland MVA
      // office; the DOC's release checklist from the facility is at maryland.gov/dpscs", "any NYC HRA office; … nyc.gov/doc":
      // a portal's page for another party); "any SSA office; … ssa.gov/…" and "the Probation Service office; …
      // probation.justice.gov.uk" (a host under the label) still read
      if (hasWordF6(p[0], label)) return true;
      if (name !== null && hasWordF6(name[1]!, label) && (!portal || (GENERIC_PARTY_T2.test(p[0]) && name[1]!.trim().split(' ').pop() === label))) return true;
    }
  }
  return false;
}
/** (v33 T2) A party word that names no one by itself (its name is the word before it). */
const GENERIC_PARTY_T2 = /^(?:offices?|branch(?:es)?|cent(?:er|re)s?|desks?|departments?|agency|agencies)$/;

/**
 * (v33 S3, `okLeadInS3`) A chat "ok" (or "okay", "alright") opening the clause before a referring imperative, then only
 * v11's lead-in words: "ok so take ur release papers to the MVA", "okay, just call the facility at …", "alright then ask
 * your public defender". Near misses: "ok so they call the facility for you" (a subject), "ok to call the MVA?" (no
 * imperative).
 */
const OK_LEAD_S3 = /^(?:ok|okay|okey|kk?|alright|all right)(?:,?\s*(?:and|or|also|then|so|but|just|please|kindly|pls|plz|now|first))*,?$/;
/**
 * (v33 T2) The verb's word as a noun after "ok so": "ok so visit hours at the facility are saturdays 9 to 3", "ok so contact
 * info for the facility is …" (no imperative: the verb's object opens with what the word names).
 */
const OK_NOUN_T2 = /^(?:hours|times|days|schedules?|rules|polic(?:y|ies)|info|information|details|requests?|forms?|lists?|logs?|slots?|rooms?|areas?|days?|is|are|was|were)\b/;
export function okLeadInS3(prefix: string, object = ''): boolean {
  return OK_LEAD_S3.test(prefix) && !OK_NOUN_T2.test(object);
}

// ---- (v33 U1) block U1's readings ----

// ---- (v33 U2) block U2's readings ----

// ---- (v33 U3) block U3's readings ----

/** (v33 U3, `ownPageTailU3`) A clause after a referral's ";" that opens on "our" (the provider's library's own page). */
const OWN_TAIL_U3 = /^;\s*(?:(?:and|also|then|plus|but) )?our\b(?! (?:county|countys|city|citys|state|states|town|towns|local|village|township)\b)/;
/** (v33 U3) A phone or an e-mail in that clause: a contact of a party, not only the library's page ("…, or the agency's line at 503-…"). */
const TAIL_CONTACT_U3 = /@|\d{3}[ .)-]{1,2}\d{3}[ .-]\d{4}/;
/** (v33 U3) The provider's own library, named in the referral's clause: "email our volunteer coordinator". */
const OURS_U3 = /\b(?:our|ours|us|we)\b/;
/**
 * (v33 U3, `ownPageTailU3`) The clause after a referral's ";" (`tail`) opens on "our" while the referral's own clause (`head`)
 * names no party of the provider's library: the tail's URL is the library's own page, no way to reach the party ("talk to your
 * scoutmaster first; our project guidelines are at samplelibrary.org/eagle"). Not when the party is the library's own ("email
 * our volunteer coordinator; our volunteer page is at …"), nor when the tail points back (`POINTS_BACK_RM`, read by the caller),
 * is the patron's government ("; our county's recording guide is at …") or holds a phone or e-mail ("…, or the agency's
 * customer line at 503-…").
 */
export function ownPageTailU3(head: string, tail: string): boolean {
  return OWN_TAIL_U3.test(tail) && !OURS_U3.test(head) && !TAIL_CONTACT_U3.test(tail) && !TAIL_STREET_V2.test(tail) && !sameOwnPartyV2(head, tail);
}
/**
 * (v33 V2, narrows `ownPageTailU3`) A street address in the clause: the way to visit the party ("Stop by the Towson branch;
 * our Towson branch is at 320 York Road, Towson", "Visit the circulation desk; our desk is on the first floor of the Main
 * Library, 400 Cathedral St").
 */
const TAIL_STREET_V2 = /\b\d{1,5} (?:[a-z][a-z.'-]* ){1,3}(?:st|street|rd|road|ave|avenue|blvd|boulevard|ln|lane|dr|drive|way|pl|place|ct|court|pike|hwy|highway|sq|square|pkwy|parkway)\b/;
/** (v33 V2) The clause's "our <up to four words>" before its verb or preposition: what the clause is about ("our coordinators contact page is …"). */
const OUR_SUBJECT_V2 = /^;\s*(?:(?:and|also|then|plus|but) )?our ((?:[a-z-]+ ){0,3}?[a-z-]+) (?:is|are|has|have|lists?|at|on|can|will|meets?)\b/;
/** (v33 V2) The referral's party ends before a clause or a preposition ("the friends of the library", "the coordinator about …"). */
const HEAD_CUT_V2 = / (?:at|about|which|what|that|if|for|to|and|of|on|in|who|so|before|after|when|with)\b/;
/** (v33 V2) Where the party begins: its determiner ("talk to the volunteer coordinator"). */
const HEAD_DET_V2 = /\b(?:the|your|ur|his|her|their|a|an)\b/;
/** (v33 V2) Words after the party ("…first though"). */
const HEAD_TRAIL_V2 = /(?: (?:first|though|tho|too|now|please|today|directly|instead|again))+$/;
/**
 * (v33 V2, narrows `ownPageTailU3`) The clause's "our …" names the referral's party by its head noun: the library's own
 * staff or group, the clause its way to reach ("Contact the volunteer coordinator; our coordinator's contact page is
 * samplelibrary.org/volunteer/contact", "Ask the Friends of the Library; our Friends group's sign-up page is …", "Visit the
 * circulation desk; our desk is on …"). Still own pages: "talk to your scoutmaster first; our project guidelines are at …",
 * "Check with your school's service-learning office; our service-learning page is at …" (the head noun is "office").
 */
function sameOwnPartyV2(head: string, tail: string): boolean {
  const m = OUR_SUBJECT_V2.exec(tail);
  if (m === null) return false;
  const det = HEAD_DET_V2.exec(head);
  if (det === null) return false;
  const party = head.slice(det.index).split(HEAD_CUT_V2)[0]!.replace(HEAD_TRAIL_V2, '').split(' ');
  if (party.length < 2) return false;
  const noun = party[party.length - 1]!.replace(/s$/, '');
  return noun.length >= 3 && m[1]!.split(' ').some((w) => w.replace(/s$/, '') === noun);
}

// ---- (v33 W1) block W1's readings ----

/**
 * (v33 W1, `forPhoneW1`) The phone as the device a thing is for: "one for your phone", "a map for your cell", "or for your
 * phone" (not "a number for your phone": the caller also checks REACH_WORD_T4 and SEND_WORD_T8).
 */
const FOR_PHONE_W1 =
  /\b(?:(?:one|map|maps|app|apps|version|copy|pdf|file|something|it|them) |or )for (?:your|ur|a|the) (?:(?:smart|cell|mobile|android) )?(?:phone|cell|mobile|iphone)\b(?! (?:number|no|num)\b)/;

// ---- (v33 W2) block W2's readings ----

// ---- (v33 W3) block W3's readings ----

// ---- (v34 X1) block X1's readings ----

/**
 * (v34 X1, `forPhoneAddressX1`) A question that names an address or account of the patron's: "one for your phone" there is
 * an address ("Is the address we have on file the same as the one for your phone?"), not the device a thing is for.
 */
const ADDRESS_X1 = /\b(?:address|addresses|addy|inbox|account|accounts|on file)\b/;
/** (v34 X1, `theOneAfterAskX1`) v33 W3's chat-speak "that the one?", "this the right one?", "that the one u wanted?" (the whole sentence). */
const THE_ONE_X1 = /^(?:(?:so|and|ok|okay|well|great|alright|perfect),? )?(?:that|this|dat) (?:the|da) (?:(?:right|correct) )?one(?: (?:you|u) [a-z]+(?: after)?)? ?\?$/;
/** (v34 X1) A government host: "ssa.gov", "nyc.gov", "gro.gov.uk", "canada.gc.ca", "army.mil", "md.us". */
const GOV_HOST_X1 = /(?:^|\.)(?:gov|gc\.ca|mil|us)(?:\.[a-z]{2})?$/;
/**
 * (v34 X1, `ownSiteHostX1`) The part of URL `url` (normalised) whose words may name a party's own site: its host, and its
 * path too when the host is a government one ("nyc.gov/vitalrecords"); not the path of another's page
 * ("womenslaw.org/familylaw").
 */
function ownSiteWordsX1(url: string): string {
  const rest = urlRest(url);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  return GOV_HOST_X1.test(host) ? rest : host;
}

// ---- (v34 X2) block X2's readings ----

/** (v34 X2, `happyOfferX2`) The opening of X2's "(Are you) happy / satisfied / content with that?". */
const HAPPY_WITH_X2 = /^(?:(?:are|r) (?:you|u) )?(?:satisfied|happy|content) with\b/;
/** (v34 X2 checked by Z2) X2's "happy / satisfied with" naming what was given: "Happy with those books?", "… with the results, or …". */
const HAPPY_GIVEN_X2 = /^(?:(?:are|r) (?:you|u) )?(?:satisfied|happy|content) with (?:that|this|these|those|it|them|the) (?:answer|info|information|results?|list|links?|sources?|books?|articles?|pages?)\b/;
/** (v34 X2 checked by Z2) X2's "happy / satisfied with" with a bare pronoun: "Are you happy with that?", "Satisfied with it, or …". */
const HAPPY_BARE_X2 = /^(?:(?:are|r) (?:you|u) )?(?:satisfied|happy|content) with (?:that|this|these|those|it|them)(?=[ ]*\?|, or\b)/;
/** (v34 X2 checked by Z2) X2's bare "Helps?" / "Helped?" as a sentence of its own. */
const HELPS_ECHO_X2 = /^(?:helps|helped)[ !]*\?[ ?!.]*$/;

/** (v34 X2 checked by Z2) A patron message before `m` has the word "help" ("is there anything that helps with rent?"). */
function patronSaidHelpX2(s: Session, m: Msg): boolean {
  for (let k = m.pos - 1; k >= 0; k--) {
    const prev = s.vis[k]!;
    if (prev.role === 'patron' && /\bhelp(?:s|ed|ing)?\b/.test(prev.n)) return true;
  }
  return false;
}

/** (v34 X2 checked by Z2) Sentence `y` of `m` gives a source: a URL, a known or named resource. */
function givesSourceX2(s: Session, m: Msg, y: Sentence): boolean {
  return s.P.url.test(y.n) || m.sHas(y, F.knownResource) || m.sHas(y, F.namedResource);
}

/** (v34 X2 checked by Z2) A sentence of `m` after `x` gives a source: the answer the echo opens. */
function givesAfterX2(s: Session, m: Msg, x: Sentence): boolean {
  for (let k = x.k + 1; k < m.sentences.length; k++) if (givesSourceX2(s, m, m.sentences[k]!)) return true;
  return false;
}

/**
 * (v34 X2 checked by Z2) The sentence just before `x` gives a source (a URL, a known or named resource): the one before it in
 * `m`, or, when `x` opens `m`, the last sentence of the provider's message just before.
 */
function givenJustBeforeX2(s: Session, m: Msg, x: Sentence): boolean {
  const before = sentenceJustBefore(s, m, x);
  return before !== null && givesSourceX2(s, before[0], before[1]);
}

// ---- (v44 J) block J's readings ----

/** (v44 J6) "Does that work for your timeline?", "Would that suit your schedule?", "Does that timeframe work for you?": whether a time suits the patron. */
const WORK_FOR_TIME_J6 =
  /^(?:(?:ok|okay|so|and|great|would|does|will|is|did) )?(?:(?:that|this|it) (?:work|suit|fit|be ok|be okay|be alright) (?:(?:for|with) )?(?:your|ur|the) (?:timeline|schedule|deadline|calendar|timing|timeframe|time frame|due date)s?|(?:that|this|the) (?:timeline|schedule|timing|timeframe|time frame|date|day|time) (?:work|works|suit|suits) (?:for )?(?:you|u))(?: (?:ok|okay))?[ ?!.]*$/;
/** (v44 J22) Block J's completeness questions (rubric.ts `COMPLETENESS_J22`), one regexp. */
const COMPLETENESS_J22_RE = new RegExp(COMPLETENESS_J22.join('|'));
/**
 * (v44 J6, J22) A promise or offer to do something: "I'll send …", "I can also book you …", "we could order …", "se lo mando el
 * lunes", "le voy a reservar …" (not "I'll be honest", "I can tell you": no act).
 */
const PROMISE_J22 =
  /\b(?:(?:(?<![/.@-])ill(?![./-][a-z0-9])|i will|we will|well|i can|we can|i could|we could|im going to|i am going to|were going to|im gonna|i would|we would|id|wed)(?: (?:also|then|just|happily|gladly|go ahead and|definitely))? (?:send|email|e mail|mail|get|have|put|place|book|order|request|hold|reserve|pull|scan|bring|deliver|ship|drop|forward|submit|set up|call|text|transfer|ask|sign you up|register)\b|(?:se (?:lo|la|los|las) |le |te )?(?:mando|envio|enviare|mandare|reservo|aparto|pido|voy a (?:mandar|enviar|pedir|reservar|apartar|llamar|inscribir))\b)/;
/**
 * (v44 J6, J22) The sentence right before `x` (in `m`, or the last of the provider's message just before when `x` opens `m`)
 * promises or offers to do something (`PROMISE_J22`), whatever else it gives.
 */
function planBeforeJ22(s: Session, m: Msg, x: Sentence): boolean {
  const before = sentenceJustBefore(s, m, x);
  return before !== null && PROMISE_J22.test(before[1].n);
}
// ---- (v45 K) block K's readings ----

/**
 * (v45 K5) A question opening on whether the patron's own address, e-mail, phone or number is right: "Is your Westbrook address
 * the right one to use?", "Is your gmail still the best one?", "Is your cell number the 410 one?" [not the topic of a question:
 * "Is your address question answered?", nor after a completeness question: "Does that answer your question, and is your email …"].
 */
const YOUR_DETAIL_K5 =
  /(?:^|[.!?] )(?:(?:ok|okay|and|also|so|oh|one more thing|just to check|last thing),? )?(?:is|was|are) (?:your|ur) (?:[a-z0-9-]+ ){0,2}?(?:address|addresses|e ?mail|email address|gmail|phone|phone number|number|cell|mobile|zip|zip code|postcode)\b(?! (?:[a-z]+ )?(?:question|questions|issue|issues|problem|problems|query|queries)\b)/;

/** (v44 J15) A bare "Is this fine?", "Is that ok?", "Is it alright now?" (a sentence body). */
const FINE_BARE_J15 = /^(?:(?:ok|okay|so|and|sir|madam|maam),? )?(?:is|was) (?:this|that|it) (?:fine|ok|okay|alright|all right|good)(?: (?:now|then|for (?:you|u)))?[ ?!.]*$/;
/** (v44 J15) The provider's plan or offer: "I'll …", "I can …", "let me …", "I'd like to …", "it'll take …" (not a web address's "ill"). */
const PLAN_J15 =
  /\b(?:(?<![/.@-])ill(?![./-][a-z0-9])|i will|i can|i could|let me|id like to|i would like to|shall i|im going to|i am going to|im gonna|going to|well|we will|we can|we could|we would|id|wed|itll|it will|i need to|i have to|i may|i might|i want to)\b/;
/**
 * (v44 J15, `fineGivenJ15`) A question of `m` that is only "Is this fine?" right after a source, and no offer: whether what was
 * given meets the need ["I can email it to you. Is that ok?" asks about an offer; "Is that ok?" after "I'll transfer you"
 * about a plan: the sentence before it says none (`PLAN_J15`)]. Right after: the sentence before it gives a source
 * (`givenJustBeforeX2`), or it opens `m` and the message just before is the provider's and gives one.
 */
function fineGivenJ15(s: Session, m: Msg): number {
  const p1 = s.rubric.fineBareP1 === true;
  for (const x of m.sentences) {
    if (!x.q || offerOnly(s, x, m)) continue;
    // (v50 P1) Spanish "¿Está bien?", "ta bueno?", "¿Sirve?", when no sentence of `m` before it plans or offers
    const spanish = p1 && !FINE_BARE_J15.test(x.body) && FINE_BARE_P1.test(x.body);
    if (!spanish && !FINE_BARE_J15.test(x.body)) continue;
    if (spanish && m.sentences.some((y) => y.k < x.k && (PLAN_J15.test(y.n) || planEsP1(s, y.n)))) continue;
    const before = sentenceJustBefore(s, m, x);
    // "… and I'll book Room B for you. Is that OK?", "I'd like to check one more database. Is that okay for you?": the plan
    if (before === null || PLAN_J15.test(before[1].n) || (spanish && planEsP1(s, before[1].n))) continue;
    // the sentence before gives a source, or (when `x` opens `m`) the provider's message before gives one anywhere
    if (givesSourceX2(s, before[0], before[1]) || (before[0] !== m && sourceAt(s, before[0]) >= 0)) return x.k;
  }
  return -1;
}
/**
 * (v50 P1, `fineBareP1`) J15's bare question in Spanish: "¿Está bien?", "¿Así está bien?", "ta bueno?", "¿Todo bien con eso?",
 * "¿Sirve?", "¿Bien?" (a sentence body). Not "¿Le parece bien?": after a plan it asks agreement (v15's and v20's reading), and not
 * a bare "ok?" (v13's).
 */
const FINE_BARE_P1 =
  /^(?:(?:y|bueno|entonces|ok|okay),? )?(?:(?:asi )?(?:esta|ta|sta|estaria|todo) (?:bien|bueno)(?: (?:asi|eso|esto|con eso|con esto|para (?:usted|ud|ti)))?|(?:(?:eso|esto) )?sirve(?: (?:asi|eso|esto))?|bien)[ ?!.]*$/;
/** (v50 P1) A plan or offer in Spanish: "le puedo enviar …", "voy a …", "se lo mando", "te lo mando por correo", "necesito su …". */
const PLAN_ES_P1 =
  /\b(?:(?:le|te|les|se lo|se la|se los|se las|te lo|te la|te los|te las) (?:puedo|podemos|voy a|vamos a|mando|envio|transfiero|paso|aviso)|(?:puedo|podemos|voy a|vamos a|quisiera|necesito|tengo que|deberia)\b)/;
/**
 * (v50 P1) A Spanish hand-over, no plan: "Aquí le paso el enlace del formulario: <URL>", "Te lo mando aquí: <URL>", "Le paso la
 * página por aquí: <URL>" (a clitic and paso / mando / envío / dejo, then "aquí", "acá" or a colon within a few words; not "Le
 * paso con mi colega", a transfer).
 */
const HANDED_ES_P1 = /\b(?:le|te|les|se lo|se la|te lo|te la|te los|te las) (?:paso|mando|envio|dejo)\b(?! con\b)[^.:;!?]{0,50}?(?:(?:por )?(?:aqui|aca)\b|:)/;
/** (v50 P1) Words that put a Spanish sending later: "mañana", "luego", "por correo" … */
const LATER_ES_P1 = /\b(?:manana|luego|despues|mas tarde|esta tarde|esta noche|la proxima semana|el lunes|el martes|el miercoles|el jueves|el viernes|por correo)\b/;
/**
 * (v50 P1) Sentence `n` plans or offers in Spanish: PLAN_ES_P1, unless it hands a web address over here (HANDED_ES_P1) with no
 * other plan in it and nothing put later ("Te lo mando aquí mañana …", "Le dejo el enlace aquí: <URL>, y mañana le envío la
 * lista" still plan).
 */
function planEsP1(s: Session, n: string): boolean {
  if (!PLAN_ES_P1.test(n)) return false;
  const h = HANDED_ES_P1.exec(n);
  if (h === null || !contactsIn(s, n).url || LATER_ES_P1.test(n)) return true;
  return PLAN_ES_P1.test(n.slice(0, h.index) + ' ' + n.slice(h.index + h[0].length));
}

/**
 * (v44 J16) A clause that opens on the patron's need as a condition: "if you still need …", "if you need more help with …",
 * "si todavía necesita …" [not "If you have your card", "If you want to keep digging", "If you ever need it again"].
 */
const STILL_NEED_J16 =
  /^(?:(?:and|but|so|ok|okay|also|y|pero|bueno),? )?(?:if|should|whenever|si|cuando) (?:(?:you|u|usted|ud) )?(?:(?:still|todavia|aun|sigue|sigues) (?:need|want|have|are looking for|re looking for|necesita|necesitas|necesitando|quiere|quieres|busca|buscas|tiene|tienes)\b[^,;:]{0,80}|(?:need|want|have|necesita|necesitas|quiere|quieres) (?:more )?(?:help|ayuda)\b[^,;:]{0,60})$/;
/**
 * (v44 J16, `stillNeedBackJ16`) Sentence `x` of `m` is a condition on the patron's need and, after its comma, an invitation back
 * of eight words at most that names no resource ("If you still need the atlas, please come back anytime!", "Si todavía necesita ayuda con la multa,
 * escríbanos otra vez."), with no phone, e-mail or URL: it names what the patron asked, it gives nothing.
 */
function stillNeedBackJ16(s: Session, m: Msg, x: Sentence): boolean {
  const n = x.n;
  const comma = n.indexOf(', ');
  if (comma < 0 || !STILL_NEED_J16.test(n.slice(0, comma))) return false;
  const rest = n.slice(comma + 2);
  if (wordCount(rest) > 8 || !(s.P.inviteBack.test(rest) || s.P.wayBack.test(rest))) return false;
  return !hasReachableContact(contactsIn(s, n)) && !s.P.namedResource.test(rest) && !s.P.knownResource.test(rest);
}

/** (v44 J20) The thing sent in the chat after all: "Sent! It's in your inbox now.", "Here it is:", "Here's the link". */
const SENT_NOW_J20 = /\b(?:sent|just sent|emailed|e mailed|in your inbox|here it is|here you go|heres the|here is the|just shared|attached)\b/;
/** (v44 J20) The patron turns the sending down: "actually no need", "never mind, I found it", "no thanks". */
const NO_NEED_J20 = /\b(?:no need|never ?mind|nvm|(?:dont|do not|wont|will not) need (?:it|that|them)|no thanks|no thank you)\b/;
/** (v44 J20) The patron asks for a copy of the chat itself ("can you email me a copy of this chat?"): nothing more is promised. */
const CHAT_COPY_J20 = /\b(?:copy|transcript|record) of (?:this|the|our) (?:chat|conversation|session)\b|\btranscript\b/;
/**
 * (v44 J20) What `m`'s "I'll send that over" sends goes in the chat after all, is a copy of the chat or is turned down: the
 * provider's next message gives a URL or says it is sent ("Sent! It's in your inbox now."), the patron's message just before
 * asks for a copy of the chat, or a patron message before the provider's next says there is no need.
 */
function notSentLaterJ20(s: Session, m: Msg): boolean {
  const before = m.pos > 0 ? s.vis[m.pos - 1]! : null;
  if (before !== null && before.role === 'patron' && CHAT_COPY_J20.test(before.n)) return true;
  for (let p = m.pos + 1; p < s.vis.length; p++) {
    const next = s.vis[p]!;
    // "actually no need, I found it": the patron turns it down before the provider writes again
    if (next.role === 'patron') {
      if (NO_NEED_J20.test(next.n)) return true;
      continue;
    }
    return contactsIn(s, next.n).url || SENT_NOW_J20.test(next.n);
  }
  return false;
}
/** (v44 J20) "I'll send that over.", "I'll email it to you shortly": a sending sentence that ends there (no "now", "here", "below"). */
const SEND_OVER_J20 =
  /^(?:(?:ok|okay|great|perfect|thanks|got it|so|and),? )*(?:ill|i will|well|we will)(?: (?:just|also|then|happily|gladly))? (?:send|email|e mail|forward)(?: (?:you|u))? (?:it|that|them|this|those|these|the list|the links?|everything)(?: (?:over|along|across|your way|to (?:you|u)))?(?: (?:soon|shortly|later|tonight|tomorrow|asap))?[ !.]*$/;
/**
 * (v44 J20, `sendOverEmailJ20`) Sentence `x` of `m` is only "I'll send that over" (`SEND_OVER_J20`), after the patron's e-mail
 * address: read back in a sentence of `m` before it, or given in the patron's message just before `m` ("sure, it is
 * dana.w@example.com" / "Got it. I'll send that over."): the list goes to the address, after the chat.
 */
function sendOverEmailJ20(s: Session, m: Msg, x: Sentence): boolean {
  if (!SEND_OVER_J20.test(x.n) || notSentLaterJ20(s, m)) return false;
  for (const y of m.sentences) if (y.k < x.k && contactsIn(s, y.n).email) return true;
  const prev = m.pos > 0 ? s.vis[m.pos - 1]! : null;
  return prev !== null && prev.role === 'patron' && contactsIn(s, prev.n).email;
}

// ---- (v34 Y1) block Y1's readings ----

/** (v34 Y1, `thenStepY1`) A first step to a site, then the referral: "Start at patents.google.com, then make an appointment with …". */
const THEN_STEP_Y1 = /^(?:(?:first|just|so) )?(?:start|begin|search|look|try|check|browse)\b[^;]{0,120}?, (?:and )?then\b/;
/**
 * (v34 Y1, `thenStepY1`) Sentence `k` of `m` opens on a first step whose only contact is a site's URL ("Start at
 * patents.google.com, then make an appointment with our PTRC librarian …"), and the referral after ", then" has no contact of
 * its own, there or later in the message: the URL is the step's resource, not the party's way to be reached. Not when the
 * first step is itself a referral ("Start by calling the office at …, then …"), the party's contact follows, or a label
 * of the site's host is a word after ", then" ("Look at copyright.gov first, then call the Copyright Office": its own site).
 */
export function thenStepY1(s: Session, m: Msg, k: number): boolean {
  const n = m.sentences[k]?.n ?? '';
  const t = THEN_STEP_Y1.exec(n);
  if (!t) return false;
  const before = t[0];
  const b = contactsIn(s, before);
  if (!b.url || b.email || b.phone || b.address || s.P.referralVerb.test(before)) return false;
  const after = [n.slice(before.length), ...m.sentences.filter((x) => x.k > k).map((x) => x.n)].join(' ');
  const c = contactsIn(s, after);
  if (c.email || c.phone || c.url || c.address || c.name) return false;
  // the site may be the party's own: "Look at copyright.gov/registration first, then call the Copyright Office"
  for (const u of before.matchAll(s.P.global('url'))) {
    if (hostLabels(u[0]).some((label) => label.length >= 3 && !URL_LABELS_N5.has(label) && hasWordF6(after, label))) return false;
    // (Z1) or its path names the party: "Look at gov.uk/ipo first, then ring the Intellectual Property Office (IPO)"
    if (pathNamesZ1(u[0]).some((w) => hasPhraseZ1(after, w))) return false;
  }
  return true;
}
/** (v34 Z1) Path segments that name no one ("search", "contact", "help"): never read as the party's name. */
const PATH_WORDS_Z1 = new Set(['search', 'contact', 'help', 'about', 'home', 'index', 'html', 'htm', 'php', 'aspx', 'page', 'pages', 'services', 'service', 'call', 'ask', 'book', 'visit', 'guidance', 'government', 'organisations', 'organizations', 'en', 'us', 'www', 'the', 'and', 'for']);
/** (v34 Z1, `thenStepY1`) The path segments of a URL as words ("gov.uk/ipo" -> "ipo"; "…/intellectual-property-office" -> "intellectual property office"), at most 6. */
function pathNamesZ1(url: string): string[] {
  const path = urlRest(url).split(/[?#]/)[0]!.split('/').slice(1, 7);
  return path
    .map((x) => x.toLowerCase().replace(/\.[a-z]{2,4}$/, '').replace(/[-_+]+/g, ' ').replace(/[^a-z0-9 ]+/g, '').trim())
    .filter((w) => w.length >= 3 && !PATH_WORDS_Z1.has(w));
}
/** (v34 Z1) `w` (one or more words) stands as whole words in normalised `n`. */
function hasPhraseZ1(n: string, w: string): boolean {
  return n.includes(w) && ` ${n.split(/[^a-z0-9]+/).join(' ')} `.includes(` ${w} `);
}

// ---- (v34 Y2) block Y2's readings ----

/** (v34 Y2, `llamarNamedY2`) The Spanish calling verbs (accents taken off): "llame", "llama", "llamar", "llamen", with the "a"/"al" the verb family takes with them. */
export const LLAMAR_VERB_Y2 = /^(?:llame|llama|llamar|llamen)(?: al?)?$/;
/**
 * (v34 Y2, `llamarNamedY2`) In the raw sentence, a Spanish calling verb (unaccented: not the preterite "llamé"), "a"/"al",
 * and a capitalised name with an acronym or two capitalised words ("llamar a CASA", "llame a Legal Aid"; not "llame a
 * Usted", "llame a su oficina").
 */
export const LLAMAR_NAMED_Y2 =
  /(?:^|[^\p{L}])[Ll]lam(?:e|a|ar|en)[ \t]+al?[ \t]+(?:(?:la|el|los|las)[ \t]+)?(?!(?:Usted|Ud|Ustedes|Ellos|Ellas|Él|Ella|Su|Sus|Tu|Tus|Mi|Mis|Nuestro|Nuestra|Este|Esta|Ese|Esa)\b)(?:\p{Lu}[\p{L}&'\u2019.-]*[ \t]+)?(?:\p{Lu}{2,}(?![\p{L}])|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+)/u;
/**
 * (v34 Z1, `llamarNamedY2`) After the name, the number is labelled as the library's own (normalised text): "…, y nosotros
 * seguimos al 301-555-0100, la línea de la biblioteca", "o llámenos al …", "nuestro número es …".
 */
export const LLAMAR_OWN_Z1 = /\b(?:nosotros|nuestr[oa]s?|llamenos|llamarnos|escribanos)\b|\b(?:linea|numero|telefono) de (?:la|esta|nuestra) biblioteca\b/;

// ---- (v34 Y3) block Y3's readings ----

// ---- (v34 Z3) block Z3's readings ----

// ---- (v34 Z4) block Z4's readings ----

/** (v34 Z4) Things that are sources by their kind, not a party's own paperwork: where a clause says one is, its URL is the source's. */
const SOURCE_NOUN_Z4 = String.raw`(?:dockets?|locators?|viewers?|maps?|catalogs?|catalogues?|databases?|director(?:y|ies)|guides?|calendars?|books?|lists?|listings?|index|indexes|finder|lookup|trackers?|manuals?|handbooks?|checklists?|brochures?|pamphlets?|faqs?)`;
/** (v34 Z4) A party's own paperwork ("the form", "the rules"): a source only with a word saying whose or which before it ("the USCIS forms"). */
const WEAK_NOUN_Z4 = String.raw`(?:forms?|applications?|rules|instructions|steps|schedules?|search|tools?|records?)`;
/** (v34 Z4) Words before a paperwork noun that say neither whose nor which it is: "the online form". */
const PLAIN_WORDS_Z4 = /^(?:online|new|same|right|correct|official|printable|paper|pdf|current|full|latest|whole|main|actual|short|basic|simple|free|one|their|its|his|her)$/;
/** (v34 Z4) The clause's verb and preposition: "is at", "are posted on", "is listed in". */
const WHERE_Z4 = String.raw` (?:is|are)(?: (?:listed|posted|available|searchable|online|up|also|all|kept|shown))?(?: (?:on|at|in|here)\b)`;
/** (v34 Z4) A clause after ";" or "," saying where a source is: "; the docket is on Case Search at …", ", the locator is at …". */
const SOURCE_TAIL_Z4 = new RegExp(String.raw`[;,]\s*(?:(?:and|also|plus|then|but|btw) )?(the|our|his|her|your|ur|a) ((?:[a-z0-9'-]+ ){0,5}?)(?:(${SOURCE_NOUN_Z4})|(${WEAK_NOUN_Z4}))${WHERE_Z4}`, 'g');
/** (v34 Z4) A sentence that opens by saying where a source is: "The parcel viewer is at gis.samplecounty.gov; …". */
const SOURCE_HEAD_Z4 = new RegExp(String.raw`^(?:(?:and|also|so|ok|okay) )?(the|our|his|her|your|ur|a) ((?:[a-z0-9'-]+ ){0,5}?)(?:(${SOURCE_NOUN_Z4})|(${WEAK_NOUN_Z4}))${WHERE_Z4}`);
/** (v34 Z4) A street in a clause: the way to visit the party. */
const STREET_Z4 = /\b\d{1,5} (?:[a-z][a-z.'-]* ){1,3}(?:st|street|rd|road|ave|avenue|blvd|boulevard|ln|lane|dr|drive|way|pl|place|ct|court|pike|hwy|highway|route)\b/;
/** (v34 Z4) Where the party's words end in a referral's clause: what it is asked about ("ask the dealership about the recalls"). */
const PARTY_END_Z4 = / (?:about|abt|regarding|re|if|whether|for|what|which|how)\b/;
/** (v34 Z4) A referral's clause `head` up to what the party is asked about. */
function partyPartZ4(head: string): string {
  const cut = PARTY_END_Z4.exec(head);
  return cut === null ? head : head.slice(0, cut.index);
}
/** (v34 Z4) The provider's own library: "email our volunteer coordinator". */
const OURS_Z4 = /\b(?:our|ours|us|we)\b/;

/**
 * (v34 Z4) A source clause's match `m` names a source: a noun that is one by its kind ("the trail map", "the locator"), or a
 * party's paperwork with a word saying whose or which ("the USCIS forms", not "the form", "the online form"); not "our …"
 * when the referral's clause `head` names the library's own party.
 */
function sourceMatchZ4(m: RegExpExecArray, head: string): boolean {
  if (m[1] === 'our' && OURS_Z4.test(head)) return false;
  // (v34 Z4 checked by Z5) an owner word pointing back at the party in other words: "Call the county Tax Assessor; the
  // office's forms list is at …", "Ring the council, the council's bin calendar is at …", "The clinic's intake checklist is
  // at …; the clinic can also tell you …" (the party's own page); not another's ("the People's Law Library's … guide"
  // after "talk to a tenant attorney", "the court's docket" after "ask your public defender")
  if (ownerPointsBackZ4(m[2]!, head)) return false;
  if (m[3] !== undefined) return true;
  return m[2]!.split(' ').some((w) => w !== '' && !PLAIN_WORDS_Z4.test(w));
}

/** (v34 Z4 checked by Z5) A possessive of a word that names any office's own ("the office's", "the agency's", "the department's"). */
const OWNER_GENERIC_Z5 = /^(?:offices|agencys|agencies|departments|depts)$/;
/**
 * (v34 Z4 checked by Z5) The words before a source clause's noun (`words`, normalised: "offices " for "office's ") hold a
 * possessive of a word naming the party of `head` (up to what it is asked about), or of "office / agency / department".
 */
function ownerPointsBackZ4(words: string, head: string): boolean {
  const party = partyPartZ4(head);
  for (const w of words.split(' ')) {
    if (w.length < 4 || !w.endsWith('s')) continue;
    if (OWNER_GENERIC_Z5.test(w) || hasWordF6(party, w.slice(0, -1))) return true;
  }
  return false;
}

/**
 * (v34 Z4) A URL of `urls` is the site of the party of `head` (the referral's clause before the source clause, up to what it
 * is asked about): a word of the URL (host or path; "registers" for "Register", "recorder" for "Recorder's") that is a word of the party's, or
 * its initials or joined words (v33 R1's `ownSiteR1`): "Visit the Recorder's office; our county's recording guide is at
 * douglascounty-ne.gov/recorder", "Talk to the Social Security office; the application is at ssa.gov/apply".
 */
function partySiteZ4(urls: readonly string[], head: string): boolean {
  const party = partyPartZ4(head);
  for (const u of urls)
    for (const w of urlRest(u).split(/[^a-z0-9]+/))
      if (w.length >= 3 && !URL_WORDS_M3.has(w) && (hasWordF6(party, w) || hasWordF6(party, `${w}s`) || (w.endsWith('s') && hasWordF6(party, w.slice(0, -1))))) return true;
  const words = party.split(' ');
  for (let i = 0; i < words.length && i < 16; i++) if (ownSiteR1(urls, words.slice(i, i + 6).join(' '), true)) return true;
  return false;
}

/**
 * (v34 Z4, `sourceTailZ4`) Where, in a referral's sentence from its verb on (`after`, normalised), a clause after ";" or ","
 * begins that says where a source is and gives its URL, no phone, e-mail or street, on a site that is not the party's ("ask
 * ur case manager about the release date, the locator is at dpscs.maryland.gov/inmate"): the index of its ";" or ",", else
 * -1. `before`: the sentence's text before `after` ("The BMV does title transfers in person, so just pop into your nearest
 * one …; the form list is at in.gov/bmv/titles": the BMV's own site). The caller checks that the clause does not point back.
 */
export function sourceTailZ4(s: Session, after: string, before = ''): number {
  if (!after.includes(';') && !after.includes(',')) return -1;
  SOURCE_TAIL_Z4.lastIndex = 0;
  const m = SOURCE_TAIL_Z4.exec(after);
  if (m === null || m.index === 0) return -1;
  const head = after.slice(0, m.index);
  const tail = after.slice(m.index);
  if (!sourceMatchZ4(m, head)) return -1;
  const c = contactsIn(s, tail);
  if (!c.url || c.phone || c.email || c.address || STREET_Z4.test(tail)) return -1;
  if (partySiteZ4(tail.match(s.P.global('url')) ?? [], before === '' ? head : `${before}${head}`)) return -1;
  return m.index;
}

/**
 * (v34 Z4, `sourceHeadZ4`) Sentence `n` (normalised) opens with a clause that says where a source is, with its URL and no
 * other contact, and the clause after its ";" gives no contact and its party no word of that URL ("The parcel viewer is at
 * gis.samplecounty.gov; the planning department can tell you about setbacks"). The caller checks that the clause after does
 * not point back.
 */
export function sourceHeadZ4(s: Session, n: string): boolean {
  const semi = n.indexOf(';');
  const m = semi < 0 ? null : SOURCE_HEAD_Z4.exec(n);
  if (m === null) return false;
  const head = n.slice(0, semi);
  const tail = n.slice(semi + 1);
  if (!sourceMatchZ4(m, tail)) return false;
  const c = contactsIn(s, head);
  if (!c.url || c.phone || c.email || c.address || hasReachableContact(contactsIn(s, tail))) return false;
  return !partySiteZ4(head.match(s.P.global('url')) ?? [], tail);
}

/** (v34 Z4) A sentence whose subject is a source with its domain in it: "The zabihah.com directory lists …", "the nchfp.uga.edu guide covers …". */
const SOURCE_SUBJECT_Z4 = new RegExp(String.raw`^(?:(?:and|also|so|ok|okay) )?(?:the|our) (?:[a-z0-9'-]+ ){0,2}?[a-z0-9-]+(?:\.[a-z0-9-]+){1,3} (?:[a-z0-9'-]+ ){0,2}?${SOURCE_NOUN_Z4} (?:lists?|shows?|has|have|covers?|gives?|includes?|indexes|maps?)\b`);
/**
 * (v34 Z4, `sourceSubjectZ4`) Sentence `n` (normalised) opens with a source named by its domain as its subject ("The
 * zabihah.com directory lists halal stores and restaurants by zip code"): a word it shares with a later referral's party
 * ("ask at the halal butcher") is what the source lists, not the party named.
 */
export function sourceSubjectZ4(n: string, partyWords: readonly string[] = []): boolean {
  if (!SOURCE_SUBJECT_Z4.test(n)) return false;
  // (v34 Z4 checked by Z5) not when a label of the source's domain (a state's two letters before it left out) is a word of
  // the party's: "The mdcourts.gov directory lists every District Court clerk's office. Call the District Court clerk's
  // office …" (the courts' own site lists their offices)
  const host = /\b[a-z0-9-]+(?:\.[a-z0-9-]+){1,3}\b/.exec(n)?.[0] ?? '';
  for (const label of host.split(/[.-]/)) {
    for (const w of [label, label.replace(STATE_PREFIX_Z5, '')]) {
      if (w.length < 4) continue;
      if (partyWords.includes(w) || (w.endsWith('s') && partyWords.includes(w.slice(0, -1)))) return false;
    }
  }
  return true;
}
/** (v34 Z4 checked by Z5) A US state's two letters opening a domain label: "mdcourts", "vadmv", "nycourts". */
const STATE_PREFIX_Z5 = /^(?:md|va|dc|de|pa|nj|ny|nc|wv|oh|ca|tx|fl|ga|il|mi|mn|ma|ct|wa|or|az|co|in|ky|tn|wi|mo|la|al|sc|ok|ut|nv|ia|ks|ar|ms|ne|nm|id|hi|ak|me|nh|ri|vt|mt|nd|sd|wy)(?=[a-z]{4})/;

// ---- (v34 Z6) block Z6's readings ----

/** (v34 Z6) The astronomers' sign-off as a whole sentence, with "!": "clear skies!", "clear skies and happy observing!", "clear skies, tom!". */
const CLEAR_SKIES_Z6 =
  // (Z8) no "so" opener ("The NWS has high pressure Saturday. So, clear skies!": the forecast's conclusion), and "too" only
  // after a name ("Warm and dry on Saturday. Clear skies too!": more weather)
  /^(?:(?:and|ok|okay|well|oh)[ ,]+)?(?:(?:wishing|i wish|wish) you )?clear skies(?: to you(?: too| as well)?| and (?:happy|good) (?:observing|stargazing|skywatching|viewing|hunting))?(?:(?:,? (?:everyone|all|friend|my friend)|, ([a-z]{2,20}))(?:,? too)?)? ?![ !]*$/;
/** (Z8) Words after "clear skies," that are no name: "Clear skies, hopefully!", "Clear skies, finally!" (the weather). */
const NOT_NAME_Z6 = /^(?:[a-z]{1,16}ly|tonight|today|tomorrow|though|tho|again|yet|still|now|soon|maybe|please|guaranteed|mostly|apparently)$/;
/**
 * (v34 Z6, `clearSkiesZ6`) The last sentence of provider message `m` is the astronomers' sign-off ("Clear skies!"): its index,
 * else -1.
 */
export function clearSkiesZ6(s: Session, m: Msg): number {
  const x = m.sentences[m.sentences.length - 1];
  if (x === undefined || !x.n.includes('clear skies')) return -1;
  const r = CLEAR_SKIES_Z6.exec(x.n);
  if (r === null) return -1;
  // (Z8) "Clear skies, hopefully!": the word after the comma must be a name (a capital in the text as written, no adverb)
  if (r[1] !== undefined) {
    if (NOT_NAME_Z6.test(r[1])) return -1;
    const w = /clear skies,\s+([A-Za-z]{2,20})\W*$/i.exec(m.raw.slice(-80).replace(/[\s!]+$/, ''));
    if (w !== null && !/^[A-Z]/.test(w[1]!)) return -1;
  }
  // (Z8) a sign-off that is the whole message, right after the patron's question ("what about the weather saturday?" "Clear
  // skies!"), answers it
  if (m.sentences.length === 1 && m.pos > 0) {
    const prev = s.vis[m.pos - 1]!;
    if (prev.role === 'patron' && prev.sentences.some((y) => y.q)) return -1;
  }
  // (v35 E2, `clearSkiesForecastE2`) a bare "Clear skies!" (no name, no wish) answering the patron's weather question, or a
  // title ending a sentence ("… listed in the calendar as\n\nClear Skies!"): the weather or a title, no goodbye
  if (s.rubric.clearSkiesForecastE2 === true && r[1] === undefined && forecastOrTitleE2(s, m, x)) return -1;
  return x.k;
}

// ---- (v34 Z7) block Z7's readings ----

/** (v34 Z7) A resource's "they" said free: "… guidelines and they're free at", "the forms … they are all freely available". */
const THEY_RESOURCE_Z7 =
  /\b(?:guidelines|standards|books|ebooks|forms|pages|guides|articles|sheets|booklets|handbooks|brochures|pamphlets|toolkits|worksheets|instructions|lists|videos|materials|resources|reports|publications)\b[^.;!?]{0,80}?\b(?:they are|theyre)(?: (?:all|also|both))? (?:free|freely available|free to download|downloadable|posted)\b(?! to (?:talk|chat|help|meet|call|answer|see)\b)/;
/** (v34 Z7) Every pointing word ("they", "them", "their"). */
export const THEM_ALL_Z7 = /\b(?:their|them|they|theyre|theyll)\b/g;
/**
 * (v34 Z7, `theyResourceZ7`) Sentence `n` (normalised, its addresses blanked) points back only with a resource's "they" said
 * to be free ("The WPATH Standards of Care are the main guidelines and they're free at wpath.org/soc8"): no party's.
 */
export function theyResourceZ7(n: string): boolean {
  if (!THEY_RESOURCE_Z7.test(n)) return false;
  return (n.match(THEM_ALL_Z7)?.length ?? 0) === 1;
}

// ---- (v35 E1) block E1's readings ----

/**
 * (v35 E1, `theAcronymNarrowE1`) Capitals after "the / your / a" that name a thing, beyond Z3's and Z5's list: numbers and
 * codes ("The VIN can tell you the model year", "The UPC can tell you the maker", "The CURP can help you for this"), reports
 * and forms ("Your SAR can tell you what aid you qualify for"), Bible translations ("the NIV can help with that"), laws ("The
 * IDEA can help with that", "The FDCPA can help you there"), file formats ("The EPUB can help"), the library's subject
 * headings and classes ("The LCSH can help you narrow it", "the DDC can def help u find the shelf"), standards ("The NGSS
 * can tell you"), plans and benefits ("Your TSP can help with that"), tests (British "The MOT can tell you the mileage"),
 * and medical tests and rates. Not parties to contact.
 */
const THING_ACRONYM_E1 =
  /^(?:vin|vins|upc|sku|ean|naics|sic|cpt|icd|ndc|hcpcs|npi|ssn|curp|rfc|nie|nino|utr|tin|isir|mot|niv|kjv|nkjv|esv|nrsv|nasb|nlt|rsv|idea|fdcpa|fcra|foia|tcpa|ucc|adea|tila|respa|cobra|ssdi|ssi|epub|mobi|mp3|mp4|jpg|jpeg|png|gif|tiff|docx|xlsx|pptx|rtf|txt|xml|json|kml|gpx|lcsh|ddc|ngss|ccss|teks|tsp|able|clep|nclex|mpre|teas|hesi|gcse|gcses|ucat|lnat|bmat|pcat|praxis|cbest|cset|ftce|mri|ekg|ecg|bmi|dexa|apr|apy|fico|ppi|roi)$/;
/**
 * (v35 E1, `theAcronymNarrowE1`) The provider's own check of whether the party can help, before the acronym: "I checked
 * whether the SBA can help with that, and their loans are only for businesses already open" (no one to contact).
 */
const CHECKED_WHETHER_E1 = /\b(?:i|we) (?:checked|looked into|looked up|researched|wondered)(?: on)? (?:whether|if) (?:the|your|ur|a|an)(?: local)? [a-z][a-z0-9&]{2,9} ?$/;
/**
 * (v35 E1, `theAcronymNarrowE1`) The patron's own report, only after "your": "Your SAR can tell you what aid you qualify for"
 * (a Student Aid Report; "The SAR can help with that" is still the Sons of the American Revolution, a party).
 */
const YOUR_REPORT_E1 = /\b(?:your|ur) sar ?$/;
/**
 * (v35 E1, `theAcronymNarrowE1`) Acronym `w` (lower case, Z3's capture) after an article in `subject` names a thing, not a
 * party: one of `THING_ACRONYM_E1`, one with a digit (a form: "Your P60 can tell you that", "The DD214 can tell you which
 * unit he served in"), the patron's report (`YOUR_REPORT_E1`), or the provider checking whether it can help
 * (`CHECKED_WHETHER_E1`).
 */
export function thingAcronymE1(w: string, subject: string): boolean {
  return THING_ACRONYM_E1.test(w) || /[0-9]/.test(w) || CHECKED_WHETHER_E1.test(subject) || YOUR_REPORT_E1.test(subject);
}
/**
 * (v35 E1, `serviceNameNarrowE1`) A "… Service" subject (normalised, ending "service ") that names a product to sign up
 * for, not a party: "The Email Reminder Service can tell you when your books are due", "The Informed Delivery Service can
 * tell you what mail is coming", "The Homebound Delivery Service can help with that; I will sign you up".
 */
export const SERVICE_PRODUCT_E1 =
  /\b(?:reminders?|alerts?|notifications?|notices?|redirection|forwarding|tracking|streaming|subscriptions?|renewals?|reservations?|booking|informed delivery|home delivery|homebound(?: delivery)?|books by mail) service $/;
/**
 * (v35 E1, `othersObjectNarrowE1`) After "can help" (Z3's 80 characters), the class of people said to be the patron's in
 * words Z3 and Z5 did not list: "Catholic Charities can help families who are behind on rent like you are", "Legal Aid can
 * help tenants in the same boat as you", non-native "The SBA can help small businesses as yours", "… in your sort of
 * situation". Not "like you said / mentioned" (the patron's words, not the class). (v35 E1 checked by J2) Nor "like you were
 * saying / suggested" ("The SBA can help small businesses get loans, like you were saying"), nor a class the words before
 * deny or set apart ("The SBA can help small businesses, but not hobby sellers like you", British "Shelter can help tenants,
 * though not landlords like yourself").
 */
export const PATRON_CLASS_E1 =
  /^ (?:(?!(?:not|but|though|although|except|unlike|than|unless|never)\b)[a-z-]+,? ){0,7}?(?:(?:like (?:you|u|yours|yourself|urself)\b(?! (?:said|mentioned|asked|wanted|noted|wrote|say|suggested|described|explained|guessed|thought|hoped|pointed|read|saw|heard|found|(?:were|are|was) (?:saying|asking|suggesting|describing|thinking|hoping))\b))|as (?:yours|yourself|urself)\b|in the same (?:boat|situation|position|spot) as (?:you|u)\b|(?:in|with) (?:your|ur) (?:[a-z-]+ ){1,2}(?:situation|position|case|circumstances)\b)/;
/**
 * (v35 E1, `resourceSubjectNarrowE1`) A Spanish subject opened by a resource that names another noun, not a resource, after
 * "y / e / o / u" and an article: "El folleto y la oficina del condado le pueden informar" (the office too: a referral).
 * (v35 E1 checked by J2) Not another resource ("La guía y el manual del MVA", "El folleto y la solicitud del condado", "la
 * hoja informativa") nor "la de …", the party's own resource ("Su página y la de la oficina le pueden informar").
 */
export const RESOURCE_AND_PARTY_ES_E1 =
  / (?:y|e|o|u) (?:la|el|los|las|su|sus|un|una|nuestra|nuestro) (?!(?:guias?|paginas?|sitios?|web|base|bases|catalogos?|formularios?|folletos?|listas?|aplicacion|app|portal|enlaces?|articulos?|libros?|herramientas?|videos?|mapas?|manual|manuales|solicitud|solicitudes|hojas?|documentos?|cartas?|avisos?|calendarios?|tablas?|glosarios?|directorios?|boletin|boletines|recursos?|tutorial|tutoriales|instructivos?|plataformas?|seccion|secciones|indices?|requisitos|informacion|instrucciones|pasos|planillas?|volantes?|revistas?|archivos?|cursos?|de|del)\b)[a-z]/;

// ---- (v35 E2) block E2's readings ----

/** (v35 E2) A bare "Clear skies!" (with an opener at most): no name, no "everyone", no wish, no "and happy observing". */
const BARE_CLEAR_SKIES_E2 = /^(?:(?:and|ok|okay|well|oh|nope|no|yes|yep)[ ,]+)?clear skies ?![ !]*$/;
/** (v35 E2) The weather asked about, in the patron's words: "what about the weather saturday?", "will it be cloudy for the peak". */
const WEATHER_ASKED_E2 = /\b(?:weather|forecast|forecasts|cloud|clouds|cloudy|overcast|rain|raining|rainy|storm|storms|stormy|fog|foggy|haze|hazy)\b/;
/** (v35 E2) Words that leave a sentence open before a title on its own line: "listed in the calendar as", "called", "titled". */
const TITLE_LEAD_E2 = /\b(?:as|called|titled|entitled|named|is|was|the|of|for)[ \t]*\n\s*$/;
/**
 * (v35 E2, `clearSkiesForecastE2`) Sentence `x`, the last of provider message `m`, is a bare "Clear skies!" that reports the
 * weather the patron's message just before asked about ("need the forecast for sat night pls" "I checked the NWS. Clear
 * skies!"; the patron's thanks or goodbye left out), or a title on its own line that ends an open sentence.
 */
function forecastOrTitleE2(s: Session, m: Msg, x: Sentence): boolean {
  if (!BARE_CLEAR_SKIES_E2.test(x.n)) return false;
  const at = m.raw.toLowerCase().lastIndexOf('clear skies');
  if (at > 0 && TITLE_LEAD_E2.test(m.raw.slice(Math.max(0, at - 40), at))) return true;
  if (m.pos === 0) return false;
  const prev = s.vis[m.pos - 1]!;
  return prev.role === 'patron' && !prev.has(F.thanks) && !prev.has(F.farewell) && WEATHER_ASKED_E2.test(prev.n);
}

// ---- (v35 G1) block G1's readings ----

// ---- (v35 G2) block G2's readings ----

/** (v35 G2) The provider's own sending: "I'll …", "I will …", "I can …", "We'll …" opening the sentence. */
const OWN_SEND_G2 = /^(?:(?:ok|okay|so|and|also|then|sure|great|thanks|thank you),? ){0,2}(?:ill|i will|i can|i could|i shall|im going to|i am going to|we will|we can|well be happy to|ill be happy to|i would be happy to)\b/;
/** (v35 G2) Sent now or to a place, not later: "send you to the page", "right here", "in this chat", "now". */
// (v35 J1) also "send you through / along to the … page", "send you over to my colleague" (an adverb and "to": a direction),
// "as a file in this window", "send you the link here"
const SEND_NOW_G2 = /\bsend (?:you|u) (?:over |back |through |along )?to (?:the|a|an|our|their|this|that)\b|\bsend (?:you|u) (?:over|back|through|along|across) to\b|\b(?:right here|here in (?:the|this) chat|in (?:the|this) chat|right now|now|below|in a (?:sec|second|moment|minute))\b|\b(?:in|into|through) (?:the|this) (?:chat|window|box|conversation)\b|\bsend (?:you|u) (?:the |a |an |this |that )?(?:[a-z]+ ){0,2}?(?:link|links|url) here\b/;
/**
 * (v35 J1, narrowing `sendThenAskEmailG2`) A web address in the send sentence itself: the thing is given now ("I'll send
 * you the link here: studentaid.gov/fafsa.", "I can send you the reset steps: go to studentaid.gov/fsa-id …").
 */
const SEND_URL_G2 = /\b[a-z0-9-]{1,63}\.(?:gov|org|com|edu|net|us|info|io|co)\b/i;
/** (v35 G2) A question asking for the patron's e-mail: "What's your e-mail?", "What e-mail should I use?", "¿Cuál es su correo?". */
const ASK_EMAIL_G2 =
  /\b(?:whats|what is|what|which|wheres|can i (?:get|have)|could i (?:get|have)|may i (?:get|have)|could you (?:give|share|type)|can you (?:give|share|type)|cual es)(?: [a-z]{1,20}){0,3}? (?:email|email address|e mail|correo)\b(?! (?:did|do|does|have|had|was|were|is) (?:you|u|she|he|they|we)\b)(?! (?:did|do|does|has|have|had) (?:the|your|ur|their|his|her)\b)(?! (?:you|u) (?:used|use|put|gave|registered|signed)\b)(?! (?:address )?(?:is |was )?(?:on|in|for|linked to|tied to|attached to|connected to|associated with|registered (?:on|with|to|for)|used (?:on|for|with)) (?:your|ur|the|that) (?:[a-z]+ ){0,2}?(?:account|fafsa|fsa id|login|application|portal|profile|card|registration)\b)/;
// (v35 J1, narrowing `sendThenAskEmailG2`) not the e-mail of an account or someone else's record: "Which email is linked to
// your FSA ID?", "What's the e-mail on your library account?", "What email does the school have for you?", non-native "What
// email you used to register?"
/**
 * (v35 G2, `sendThenAskEmailG2`) Sentence `x` of provider message `m` is the provider's own "I'll … send you …" (the send
 * family read), not a question, not sent now or to a place, and a later sentence of `m` is a question asking for the
 * patron's e-mail: the sending goes by e-mail, after the chat.
 */
export function sendThenAskEmailG2(m: Msg, x: Sentence): boolean {
  // (v35 J1) not a link given in the send sentence itself ("I'll send you the link here: studentaid.gov/fafsa")
  if (x.q || !OWN_SEND_G2.test(x.n) || SEND_NOW_G2.test(x.n) || SEND_URL_G2.test(m.rawSentences[x.k] ?? '')) return false;
  for (const y of m.sentences) if (y.k > x.k && y.q && ASK_EMAIL_G2.test(y.n)) return true;
  return false;
}

// ---- (v35 G3) block G3's readings ----

/**
 * (v35 G3, `confirmSiteG3`) A question that only confirms which site the patron means, by its address: "Is it the site
 * metrodailywire.com?", "Just to confirm, is it nationalreport.net?", "Do you mean the site bostontribune.com?", "Was it the
 * page at abcnews-us.com you saw?", "You mean dailybuzzlive.com?" (the whole sentence: a frame, the address, "you saw").
 * Not a source offered as a question: "Have you tried snopes.com?", "Is it on snopes.com?", "Is that politifact.com check
 * what you were after?".
 */
const CONFIRM_SITE_G3 =
  /^(?:(?:so|ok|okay|and|just to (?:check|confirm|be sure)|to confirm),? )?(?:is (?:it|that|this)|was (?:it|that|this)|(?:do|did) (?:you|u) mean|(?:you|u) mean|are (?:you|u) (?:looking at|asking about|talking about|reading))(?: (?:the|a) (?:site|website|web site|page|one|article|post|story)(?: (?:at|on|from))?)? (?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,6}(?:\/[^\s?]{0,80})?(?: (?:that |which )?(?:you|u) (?:saw|mean|meant|read|found|got|mentioned|were reading|are reading))?(?: ?\?)?$/;
/** (v35 G3 checked by J2) The page of the address a confirming question names: "baltimoresun.com/news/bs-xpm-1985-…". */
const CONFIRM_PATH_G3 = /(?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,6}(\/[^\s?]{1,80})/;
/**
 * (v35 G3, `confirmSiteG3`) Sentence `n` of provider message `m` only confirms the patron's site. (v35 G3 checked by J2) An
 * address with a page the patron did not give first is a page the provider found and offers, a source: "Is this the article
 * at baltimoresun.com/news/bs-xpm-1985-06-14-warehouse-fire-story.html you meant?", "Was it the page at
 * quoteinvestigator.com/2013/04/09/government-problem you saw?" (still read: "You mean metrodailywire.com/ss-ending-march?"
 * after the patron pasted it, and a bare domain).
 */
export function confirmSiteG3(s: Session, m: Msg, n: string): boolean {
  if (!CONFIRM_SITE_G3.test(n)) return false;
  const p = CONFIRM_PATH_G3.exec(n);
  if (p === null || p[1]!.length < 2) return true;
  for (let i = 0; i < m.pos; i++) {
    const v = s.vis[i]!;
    if (v.role === 'patron' && v.n.includes(p[1]!)) return true;
  }
  return false;
}
/**
 * (v35 G3, `relativePartyG3`) Where a relative clause after a referred party starts: "write to the Maryland State Archives'
 * Special Collections, who hold many of the Sun's negatives" (what it holds is no part of its name).
 */
export const RELATIVE_G3 = /, (?:who|which|whose) /;
/**
 * (v35 G3 checked by J2) A relative clause that says the party belongs to another (its words are whose it is, so they stay):
 * "Email the research desk, which is part of the Sun's library", "Write to the archivists, who work for the Sun's library".
 */
export const RELATIVE_OWNER_G3 =
  /^, (?:who|which) (?:(?:is|are|was|were) (?:(?:a |an )?part of|run by|owned by|managed by|staffed by|housed (?:in|at))|(?:work|works|worked) (?:for|at|in)|(?:belong|belongs) to)\b/;

// ---- (v35 G4) block G4's readings ----

// ---- (v35 G5) block G5's readings ----

// ---- (v36 E3) block E3's readings ----

/** (v36 E3, `mindAtEaseOfE3`) G3's completeness question "… put your mind at ease / rest?" (a cheap test before the context). */
const MIND_AT_EASE_E3 = /\bput (?:your|ur) mind at (?:ease|rest)\b/;
/**
 * (v36 E3, `mindAtEaseOfE3`) A patron's message that tells of something they did or were given elsewhere: "i also called the
 * number on the back of my card and they said its real", "my daughter sent me an AARP article", "my neighbour told me the same".
 */
const PATRON_REPORT_E3 =
  /\b(?:i|we) (?:also |already |just |then )?(?:called|phoned|rang|rung|talked to|talked with|spoke to|spoke with|emailed|e mailed|went to|visited|checked with|asked)\b|\b(?:told|sent|showed|gave|forwarded|texted|emailed) (?:me|us)\b|\b(?:my|our) (?:[a-z]+ ){1,2}?(?:said|says|told|sent|showed)\b/;
/**
 * (v36 E3, `mindAtEaseOfE3`) Question `x` of provider message `m` is G3's "Does that put your mind at ease?" about something
 * the provider has not given: the sentence just before it offers or promises it ("I can call the Social Security office for
 * you tomorrow morning and tell you what they say. Does that put your mind at ease?", as J2's "Would that …?"), or it comes
 * right after the patron's message telling of a call or a paper from elsewhere, nothing given before it in `m` ("i also
 * called the number … and they said its real" "Good. Did that put your mind at ease?", "my daughter sent me an AARP article"
 * "Has that put your mind at rest?"). Still read: the question right after the source, or after the patron's "ok i read the
 * medicare page".
 */
export function mindAtEaseOfE3(s: Session, m: Msg, x: Sentence): boolean {
  if (!MIND_AT_EASE_E3.test(x.n)) return false;
  if (promisedJustBeforeY9(s, m, x)) return true;
  return x.k <= afterReportE3(s, m);
}
/** (v36 E3) By message, what `afterReportE3` found (read once per message: the question may be in every sentence). */
const AFTER_REPORT_E3 = new WeakMap<Msg, number>();
/**
 * (v36 E3, `mindAtEaseOfE3`) -1 unless provider message `m` comes right after a patron's message (no "?") that tells of
 * something from elsewhere; then the index of its first sentence that asks or gives something (a URL, a named or known
 * resource), or its number of sentences: a question up to that sentence asks about the patron's news.
 */
function afterReportE3(s: Session, m: Msg): number {
  let k = AFTER_REPORT_E3.get(m);
  if (k !== undefined) return k;
  k = -1;
  const prev = m.pos > 0 ? s.vis[m.pos - 1]! : undefined;
  if (prev !== undefined && prev.role === 'patron' && !prev.n.includes('?') && PATRON_REPORT_E3.test(prev.n)) {
    k = m.sentences.length;
    for (const y of m.sentences) {
      if (y.q || s.P.url.test(y.n) || m.sHas(y, F.knownResource) || m.sHas(y, F.namedResource)) {
        k = y.k;
        break;
      }
    }
  }
  AFTER_REPORT_E3.set(m, k);
  return k;
}

/** (v36 E3, `confirmSiteNamedE3`) A bare web address (no page) in a confirming question: its host. */
const BARE_SITE_E3 = /(?:^|[^a-z0-9.@/-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,6})(?![a-z0-9/@-])/;
/**
 * (v36 E3, `confirmSiteNamedE3`) The patron asks for a site they cannot name: "theres a website that shows … but i forgot
 * the name", "what was that site with the media bias chart …? cant remember".
 */
const FORGOT_SITE_E3 =
  /\b(?:site|sites|website|websites|web site|webpage|page)\b[^.?!]{0,120}?\b(?:forgot|forget|forgotten|cant remember|cannot remember|dont remember|do not remember|cant recall|dont recall|cant think of)\b|\b(?:what|which) (?:was|is|were) (?:that|the|this) (?:site|website|web site|webpage|page)\b/;
/** (v36 E3) A second-level label that only says what kind of body holds the name ("bbc.co.uk", "anu.edu.au"). */
const KIND_LABEL_E3 = /^(?:co|com|org|net|gov|edu|ac|or|ne|go)$/;
/**
 * (v36 E3, `confirmSiteNamedE3`) G3's confirming question `n` (of provider message `m`) names a bare site for a patron who
 * asked for a site they could not name, and no earlier patron message named it: the provider offers the site asked for
 * ("theres a website that shows if news leans left or right … i forgot the name" "Do you mean allsides.com?", "what was that
 * site with the media bias chart …? cant remember" "Was it the site adfontesmedia.com?"), a source. Not a look-alike site
 * asked about where the patron saw a story (G3's "saw an abc news story …" "Was it the page at abcnews-us.com you saw?"), nor
 * a site named before: its name, spaces and hyphens left out, in an earlier patron message ("is daily patriot post legit?"
 * before "Is it the site dailypatriotpost.com?", "is realnewsnow24 real" before "u mean the site realnewsnow24.com?").
 */
export function unnamedSiteE3(s: Session, m: Msg, n: string): boolean {
  if (patronSitesE3(s).asked >= m.pos) return false;
  const d = BARE_SITE_E3.exec(n);
  if (d === null) return false;
  const labels = d[1]!.split('.').slice(0, -1);
  if (labels.length > 1 && KIND_LABEL_E3.test(labels[labels.length - 1]!)) labels.pop();
  let name = '';
  for (const l of labels) if (l !== 'www' && l.length > name.length) name = l;
  name = name.replace(/-/g, '');
  if (name.length < 3) return false;
  return patronNamedE3(s, name) >= m.pos;
}
/** (v36 E3) By session: where a patron first asked for a site they forgot, their messages' letters, and where each name was first seen. */
const PATRON_SITES_E3 = new WeakMap<Session, { asked: number; letters: [pos: number, text: string][]; named: Map<string, number> }>();
/** (v36 E3, `confirmSiteNamedE3`) The session's patron messages, read once: see PATRON_SITES_E3. */
function patronSitesE3(s: Session): { asked: number; letters: [pos: number, text: string][]; named: Map<string, number> } {
  let p = PATRON_SITES_E3.get(s);
  if (p !== undefined) return p;
  p = { asked: Infinity, letters: [], named: new Map() };
  for (const v of s.vis) {
    if (v.role !== 'patron') continue;
    if (p.asked === Infinity && FORGOT_SITE_E3.test(v.n)) p.asked = v.pos;
    p.letters.push([v.pos, v.n.replace(/[^a-z0-9]/g, '')]);
  }
  PATRON_SITES_E3.set(s, p);
  return p;
}
/** (v36 E3, `confirmSiteNamedE3`) The position of the first patron message whose letters hold `name`, Infinity if none. */
function patronNamedE3(s: Session, name: string): number {
  const p = patronSitesE3(s);
  let at = p.named.get(name);
  if (at !== undefined) return at;
  at = Infinity;
  for (const [pos, text] of p.letters) {
    if (text.includes(name)) {
      at = pos;
      break;
    }
  }
  p.named.set(name, at);
  return at;
}

/** (v36 E3, `sendThenAskNarrowE3`) A survey about the chat sent: "I'll send you a short survey about today's chat". */
const SURVEY_SENT_E3 =
  /\bsend (?:you|u) (?:a |an |our |the |this |that )?(?:short |quick |brief |little |(?:one|1|two|2|five|5)[ -]minute )?(?:survey|surveys|feedback form|feedback survey|questionnaire|evaluation|satisfaction survey)\b/;
/** (v36 E3, `sendThenAskNarrowE3`) The e-mail program asked about, not the address: "Which email app do you use?". */
const EMAIL_APP_E3 = /\b(?:email|e mail|correo) (?:app|apps|application|program|programme|client|provider|service|platform)\b/;
/**
 * (v36 E3, `sendThenAskNarrowE3`) G2's "I'll … send you …" then an e-mail question (`sendThenAskEmailG2`, already read for
 * sentence `x` of `m`) promises nothing more to come: what is sent is a survey about the chat ("I'll send you a short survey
 * about today's chat. What e-mail should it go to?"), or every e-mail question after it asks which e-mail program the patron
 * uses, not the address ("I'll send you the steps one at a time so you can follow along. Which email app do you use, Gmail
 * or the iPhone Mail app?"). Still read: "… send you what I find. Which email should I use, your Gmail or your work one?".
 */
export function sendThenAskNarrowE3(m: Msg, x: Sentence): boolean {
  return SURVEY_SENT_E3.test(x.n) || lastAddressAskE3(m) <= x.k;
}
/** (v36 E3) By message, what `lastAddressAskE3` found (read once per message). */
const LAST_ADDRESS_ASK_E3 = new WeakMap<Msg, number>();
/** (v36 E3, `sendThenAskNarrowE3`) The index of the last question of `m` that asks the patron's e-mail address (not an app), -1 if none. */
function lastAddressAskE3(m: Msg): number {
  let k = LAST_ADDRESS_ASK_E3.get(m);
  if (k !== undefined) return k;
  k = -1;
  for (const y of m.sentences) if (y.q && ASK_EMAIL_G2.test(y.n) && !EMAIL_APP_E3.test(y.n)) k = y.k;
  LAST_ADDRESS_ASK_E3.set(m, k);
  return k;
}

// ---- (v36 E4) block E4's readings ----

/** (v36 E4, `acronymShapeE4`, `serviceShapeE4`) How much of the sentence after "can help / can tell you …" the shapes read. */
export const SHAPE_CHARS_E4 = 160;
/**
 * (v36 E4, `acronymShapeE4`) After an acronym's "can help / can tell you …", the sentence goes on about it as a thing, "it"
 * handled, found, read or saying something: "The IMEI can tell you …; type it into the checker at imei.info", "The LCCN can
 * help you pin down the edition; search it at catalog.loc.gov", "The GEDCOM can help with that: export it from Ancestry",
 * "The ACFR can tell you, it is posted every December at …", "Your AGI can tell you that: it is on line 11 of your 1040",
 * "The GDPR can help you there: it gives you the right to a copy", "Your ORCID can help with that: it lists all your papers",
 * "The CSB can help with that, it reads easily", "The PDR can tell you the usual dose; our 2024 copy is at the reference
 * desk". Not a dummy "it" or an office's own ("the SSA can help, it is free to replace a card", "it has offices in every
 * county", "it is located on …", "it is open weekdays"), nor "look it up" (the answer, not the acronym).
 */
const THING_IT_E4 =
  /\b(?:(?:type|key|enter|search|decode|export|import|download|upload|print|scan|copy|paste|read|cite) it\b|(?:it is|its|which is) (?:printed|posted|listed|shown|stamped|written|published|engraved|etched)\b|(?:it is|its) on (?:line|page|the (?:back|front|label|box|cover|bottom|top|side|sticker|title)|(?:your|ur) (?:card|return|form|statement|letter|receipt|title|registration|transcript|paystub|bill|tax return|report|1040))\b|it (?:lists|shows|reads|says|covers|protects|requires|guarantees|defines|contains|includes|bans|forbids|prohibits|gives (?:you|u) the right)\b|our (?:\d{4} |print |latest |current |new )?(?:copy|copies|edition)\b)/;
/**
 * (v36 E4, `acronymShapeE4`, `serviceShapeE4`) After the subject's "can help / can tell you …", the sentence goes on about it
 * as people who serve, "they" after a comma, a colon, a semicolon or "and / because / since / so": "The ACS can help with
 * rides to treatment, they run a program called Road To Recovery", British "The FSA can help with that, they take hygiene
 * complaints", "The DDC can help your son with that, they fund supported-employment programs", "I checked whether your local
 * SBDC can help with that, and they can: …", "The Park Reservation Service can help you book a pavilion; they take calls on
 * weekdays". Not things said to be "they" ("they are stamped on the dashboard", "they put the 500s upstairs"), nor another
 * party's act ("they can also send a copy": the employer), nor "they can not".
 */
const PARTY_THEY_E4 =
  /(?:[,;:]|\b(?:and|because|since|so)) they(?: (?:also|usually|often|even|already|actually|really|just))? (?:(?:can|will|could)(?:(?: also| usually| even| definitely)? (?:help|assist|see|answer|advise|tell|walk|guide|point|check|review|work out|arrange|book|sign|handle|take|verify|explain|connect|refer|match)\b|(?=\s*(?:[:.!,;]|$)))|(?:run|offer|fund|provide|operate|give out) (?:a |an |the |free )?(?:[a-z-]+ ){0,2}?(?:programs?|programmes?|grants?|classes|clinics|services?|counseling|counselling|advice|rides|loans|training|hotlines?|helplines?)\b|take (?:[a-z-]+ ){0,2}?(?:calls|complaints|reports|applications|appointments|walk-ins|walk ins|referrals|cases|questions)\b|(?:see|serve|counsel|advise|help|assist|represent) (?:people|clients|patients|families|tenants|seniors|veterans|anyone|everyone|you|walk-ins|walk ins)\b|deal with\b|have (?:staff|advisors|advisers|counselors|counsellors|caseworkers|offices|an office|a hotline|a helpline|a phone line|volunteers|navigators|specialists|genealogists|lawyers|attorneys)\b)/;
/**
 * (v36 E4, `acronymShapeE4`) What `rest`, the sentence after an acronym's "can help / can tell you …" (SHAPE_CHARS_E4), says
 * the acronym is: 1 a thing (THING_IT_E4), -1 people who serve (PARTY_THEY_E4), 0 neither (the lists decide, as before).
 */
export function acronymShapeE4(rest: string): number {
  if (THING_IT_E4.test(rest)) return 1;
  return PARTY_THEY_E4.test(rest) ? -1 : 0;
}
/**
 * (v36 E4, `theAcronymEsE4`) Z3's acronym after a Spanish article or "su", before "le / les puede(n) …": "La SBA le puede
 * ayudar con eso", "el SBDC de su condado le puede orientar" is not (words after it), "su HOA le puede decir" (the acronym
 * captured, lower case, checked in capitals by the caller).
 */
export const THE_ACRONYM_ES_E4 = /(?:^|[^a-z0-9&'-])(?:la|el|su|los|las)(?: local)? ([a-z][a-z0-9&]{2,9}) ?$/;
/**
 * (v36 E4, `theAcronymEsE4`) The Spanish sentence goes on about the acronym as people who serve: "…, ellos tienen asesores
 * gratis", "…; atienden de lunes a viernes", "… y le dan cita" (not "ellos dicen" of a page, nor a thing's "lo puede
 * descargar").
 */
const PARTY_ELLOS_E4 =
  /(?:[,;:]|\b(?:y|porque|ya que)) (?:ellos |ellas )?(?:tienen (?:asesores|consejeros|oficinas|una oficina|personal|abogados|voluntarios|una linea|especialistas)|atienden|ofrecen (?:asesoria|consejeria|ayuda|clases|programas|prestamos|talleres)|le (?:dan|pueden dar) (?:cita|una cita|asesoria|consejeria))\b/;
/** (v36 E4, `theAcronymEsE4`) `rest`, the Spanish sentence after "le puede ayudar …", says the acronym is people who serve. */
export function partyEllosE4(rest: string): boolean {
  return PARTY_ELLOS_E4.test(rest);
}
/**
 * (v36 E4, `serviceShapeE4`) After a "… Service can help / can tell you", the sentence says the patron turns it on or uses it
 * in their own app: "The Credit Monitoring Service can tell you right away; you can turn it on free in your bank's app", "The
 * Mobile Deposit Service can help with that: you photograph the check in your bank's app" (a product signed up for). Not
 * "the app" (the agency's own: "The Passport Service can help; book an appointment in the app"), nor "sign up for their
 * free clinic" (a party's).
 */
const PRODUCT_USE_E4 = /\b(?:(?:turn|switch) (?:it|them) on|activate (?:it|them)|set (?:it|them) up|enable (?:it|them)|in (?:your|ur) (?:banks |bank |phones |phone |cards |card )?(?:app|settings|online banking|mobile banking))\b/;
/**
 * (v36 E4, `serviceShapeE4`) What `rest`, the sentence after a "… Service"'s "can help / can tell you …", says the service
 * is: 1 a product (PRODUCT_USE_E4), -1 people who serve (PARTY_THEY_E4), 0 neither (E1's list decides, as before).
 */
export function serviceShapeE4(rest: string): number {
  if (PRODUCT_USE_E4.test(rest)) return 1;
  return PARTY_THEY_E4.test(rest) ? -1 : 0;
}

// ---- (v36 G6) block G6's readings ----

/**
 * (v36 G6, `phoneLineG6`) A question in the past or perfect whose subject is what came: it opens on "was / were / did / has /
 * had" and holds a call, text or message word and a phone word ("Was it a recorded call to your landline or your cell?").
 */
const PHONE_LINE_G6 =
  /^(?:(?:ok|okay|so|and|also|first|now|sorry|hmm),? )*(?:was|were|did|has|had)\b(?=[^?]{0,160}?\b(?:call|calls|called|text|texts|texted|message|messages|voicemail|voicemails|robocall|robocalls|sms|rang|rung)\b)(?=[^?]{0,160}?\b(?:landline|land line|cell|cellphone|mobile|phone)\b)/;
/**
 * (v36 G6) Words that keep it a question about reaching the patron: the provider or the library in it ("the text I sent",
 * "our voicemail"), a number or an address, reaching, and the provider's own calling or texting to come ("to text the link").
 */
const PHONE_LINE_REACH_G6 =
  /@|\d\d|\b(?:i|me|my|we|us|our|number|numbers|num|email|e mail|address|reach|reached|contact|get back|write back|best way|want|wanted|prefer|rather|would)\b|\bto (?:call|text|message|ring|phone)\b/;
/**
 * (v36 G6, `phoneLineG6`) Question sentence `n` (normalised) asks which phone or line a call, text or message came to: the
 * patron's situation, which shapes the answer, not how to reach the patron.
 */
export function phoneLineG6(s: Session, n: string): boolean {
  return s.rubric.phoneLineG6 === true && n.length <= 160 && PHONE_LINE_G6.test(n) && !PHONE_LINE_REACH_G6.test(n);
}

// ---- (v36 G7) block G7's readings ----

// ---- (v36 G8) block G8's readings ----

/**
 * (v36 G8, `namedMapG8`) A map's own title in the raw sentence: one to five capitalised words, then the kind of map and
 * "Map" ("the Maryland Bicycle Map", "WMATA's Metrorail System Map", "the Capital Crescent Trail Map"); not "Google Maps"
 * (plural), "Open Street Map" (no kind of map), "The Bike Map" (no title word before the kind: "I Looked At The Bike Map"
 * written in capitals), nor an app or a layer ("the Bike Map app"). Each try starts at a word and reads five words at most.
 */
const NAMED_MAP_G8 =
  /(?<![A-Za-z\u00c0-\u024f\d'\u2019&.-])(?:[A-Z][A-Za-z\u00c0-\u024f\d'\u2019&.-]{0,30}[ \t]+){1,5}(?<!\b(?:The|A|An|This|That|These|Those|Your|Our|My|Their|Its|His|Her|Any|Every|Each|No)[ \t]+)(?:Bicycle|Bike|Bikeway|Bikeways|Trail|Trails|Greenway|Transit|System|Route|Routes|Bus|Rail|Metrorail|Walking|Hiking)[ \t]+Map\b(?![ \t]+(?:[Aa]pp|APP|[Ll]ayer)\b)/;
/** (v36 G8) The sentence says the map cannot be had: out of print, no longer made, not available, not found or not held. */
const NO_MAP_G8 =
  /\b(?:out of print|no longer|discontinued|not available|unavailable|dont have|do not have|doesnt have|does not have|couldnt find|could not find|cant find|cannot find|not (?:carry|stock|sell))\b/;
/** (v36 G8) The cheap test on a whole message: the word "map" and a capital "Map" (then `namedMapG8` per sentence). */
export function namedMapHintG8(n: string, raw: string): boolean {
  return n.includes(' map') && raw.includes(' Map');
}
/** (v36 G8, `namedMapG8`) Sentence `n` (raw `raw`) names a map by its title, and does not say it cannot be had. */
export function namedMapG8(n: string, raw: string): boolean {
  return n.includes(' map') && raw.includes(' Map') && NAMED_MAP_G8.test(raw) && !NO_MAP_G8.test(n);
}

// ---- (v37 E5) block E5's readings ----

/**
 * (v37 E5, `sentHereE5`) What sent the patron to the library or the chat, not news from elsewhere: "told me to check with
 * the library", "sent me here to ask", "said i should ask a librarian", "told me to ask you".
 */
const SENT_HERE_E5 =
  /\b(?:(?:told|tell|asked|sent|wanted|advised|suggested) (?:me|us) (?:to )?|(?:said|says) (?:i|we) (?:should|could|can|might|ought to) )(?:(?:ask|check with|contact|chat with|chat|come|write to|try|message|go) )?(?:you|u|here|over here|the library|your library|the librarians?|a librarian|this service|ask a librarian|(?:the|your|this|our) (?:[a-z]+ )?library)(?: (?:to ask|first|before))?\b|\b(?:told|tell) (?:me|us) to ask\b/;
/** (v37 E5) SENT_HERE_E5, every match (to leave them out). */
const SENT_HERE_ALL_E5 = new RegExp(SENT_HERE_E5.source, 'g');
/** (v37 E5, `sentHereE5`) News someone else brought, which E3's list reads only with "my": "he called medicare and they said". */
const THIRD_REPORT_E5 = /\b(?:he|she|they) (?:already |also |just )?(?:called|phoned|rang|checked|looked|asked|said|told|emailed|e mailed|found|showed)\b/;
/**
 * (v37 E5, `sentHereE5`) E3's `mindAtEaseOfE3` took question `x` of `m` as asked about the patron's news only because the
 * patron's message just before says who sent them to ask ("my son told me to check with the library before i call
 * anyone"): with those words left out it tells of nothing from elsewhere, and no offer comes just before the question.
 */
export function sentHereE5(s: Session, m: Msg, x: Sentence): boolean {
  if (promisedJustBeforeY9(s, m, x)) return false;
  const prev = m.pos > 0 ? s.vis[m.pos - 1]! : undefined;
  if (prev === undefined || prev.role !== 'patron' || !SENT_HERE_E5.test(prev.n)) return false;
  const rest = prev.n.replace(SENT_HERE_ALL_E5, ' ');
  return !PATRON_REPORT_E3.test(rest) && !THIRD_REPORT_E5.test(rest);
}

/**
 * (v37 E5, `bodyRequiresE5`) "it requires / bans / forbids / prohibits / needs" what a body grants or collects: approval,
 * permission, sign-off, dues ("Your HOA can tell you, it requires approval for any new fence"): a board's own acts, not a
 * code's or a law's (a permit, a licence, consent or a form stay E4's thing: "The NEC can tell you, it requires a permit").
 */
const BODY_REQUIRES_E5 =
  /\bit (?:requires|bans|forbids|prohibits|needs) (?:(?:prior|written|advance|board|its|their) )?(?:approval|approvals|permission|sign off|signoff|dues)\b/g;
/**
 * (v37 E5, `bodyRequiresE5`) E4's `acronymShapeE4` read `rest` as a thing only because "it requires approval …" (the
 * acronym a body that rules): with those words left out nothing says "thing", and the lists decide as before.
 */
export function bodyRequiresE5(rest: string): boolean {
  BODY_REQUIRES_E5.lastIndex = 0;
  if (!BODY_REQUIRES_E5.test(rest)) return false;
  return !THING_IT_E4.test(rest.replace(BODY_REQUIRES_E5, ' '));
}

/** (v37 E5, `surveyResultsE5`) E3's survey sent, not survey results, data or findings: "send you the survey results I find". */
const SURVEY_SENT_E5 = new RegExp(SURVEY_SENT_E3.source.replace(/\\b\/?$/, '') + String.raw`\b(?! (?:results?|data|findings|report|reports|tables?|numbers|figures|statistics|stats|responses|answers|summary|questions)\b)`);
/**
 * (v37 E5, `surveyResultsE5`) `sendThenAskNarrowE3` with SURVEY_SENT_E5: "I'll send you the survey results I find. What
 * email should I use?" promises more to come.
 */
export function sendThenAskNarrowE5(m: Msg, x: Sentence): boolean {
  return SURVEY_SENT_E5.test(x.n) || lastAddressAskE3(m) <= x.k;
}

// ---- (v37 E6) block E6's readings ----

/**
 * (v37 E6, `namedMapE6`, global: every title of a sentence is tried) G8's map title with more kinds of map ("TfL's Tube Map", "the New York City Subway Map", "the
 * Official Maryland Highway Map", "the Metro Map", "the Staten Island Ferry Map", "the London Cycle Map"), and not when the
 * words after "Map" make it an app's feature, a game, a shop, a café, a song or an event ("Strava's Route Map feature",
 * "Annapolis Bike Map Coffee", "the Bay Trail Map Ride").
 */
const NAMED_MAP_E6 =
  /(?<![A-Za-z\u00c0-\u024f\d'\u2019&.-])(?:[A-Z][A-Za-z\u00c0-\u024f\d'\u2019&.-]{0,30}[ \t]+){1,5}(?<!\b(?:The|A|An|This|That|These|Those|Your|Our|My|Their|Its|His|Her|Any|Every|Each|No)[ \t]+)(?:Bicycle|Bike|Bikeway|Bikeways|Trail|Trails|Greenway|Transit|System|Route|Routes|Bus|Rail|Metrorail|Walking|Hiking|Tube|Subway|Highway|Metro|Ferry|Tram|Cycle|Cycling|Streetcar)[ \t]+Map\b(?![ \t]+(?:[Aa]pps?|APP|[Ll]ayers?|[Ff]eatures?|[Ff]unction|[Tt]ool|[Mm]ode|[Ss]etting|[Tt]ab|[Bb]utton|[Ww]idget|[Gg]ames?|[Cc]offee|[Cc]af[eé]|[Ss]hop|[Ss]tore|[Bb]ar|[Pp]ub|[Bb]rewery|[Bb]rewing|[Rr]estaurant|[Dd]iner|[Ss]ongs?|[Aa]lbum|[Tt]rack|[Pp]odcast|[Bb]and|[Cc]hallenge|[Rr]ide|[Rr]ace|[Rr]un|[Tt]our|[Pp]uzzle|[Pp]oster)\b)/g;
/** (v37 E6) Just before the title: a song, game, album, app or podcast named by it, or a map the patron builds or draws. */
const MAP_THING_BEFORE_E6 =
  /(?:\b(?:song|songs|album|track|game|games|app|podcast|band|cafe|caf\u00e9|restaurant|shop)[ \t]+|\b(?:build|builds|make|makes|draw|draws|create|creates|design|designs)[ \t]+(?:(?:a|an|your|his|her|their|my|our)[ \t]+)?(?:own[ \t]+)?)$/i;
/** (v37 E6) Just after the title: it is said to be a song, a game, a shop or the like ("Bus Route Map is also a song"). */
const MAP_THING_AFTER_E6 =
  /^[ \t]*(?:is|was|\u2019s|'s)[ \t]+(?:also[ \t]+|actually[ \t]+|just[ \t]+)?(?:a|an|the[ \t]+(?:name|title)[ \t]+of[ \t]+an?)[ \t]+(?:[a-z]+[ \t]+)?(?:song|album|track|game|band|podcast|app|caf[eé]|restaurant|shop|store|bar|pub|movie|film|show|novel|poem)\b/i;
/**
 * (v37 E6) More ways of saying the map cannot be had: "isn't available", "we're out of", "we've run out of", "hasn't been
 * printed since", "we haven't got", "we don't carry", "sold out", "checked out" (not "elevators were out of service", "hasn't been updated since"), Spanish "ya no se imprime", "agotado".
 */
const NO_MAP_E6 =
  /\b(?:(?:isnt|arent|wasnt|werent|aint) (?:available|in stock|on the shelf|out yet)|(?:were|we are|weve|we have|ive|i have|ran|run|running|sold|all) out of (?:the|that|those|these|it|them|copies|stock|print)|sold out|out of stock|checked out|on loan|(?:hasnt|has not|havent|have not|hadnt) been (?:printed|reprinted|published|produced|made) since|(?:havent|have not|hasnt|has not|dont|do not) (?:got|carry|stock|sell|hold|keep)|ya no (?:se )?(?:imprime|publica|produce|hace|tenemos|hay|existe)|agotad[oa]s?|no (?:lo |la )?tenemos)\b/;
/**
 * (v37 E6, `namedMapE6`) Sentence `n` (raw `raw`) names a map by its title (G8's reading with E6's kinds), the title is no
 * song, game, shop or feature, and the sentence does not say the map cannot be had (G8's words and E6's). With `eventsE8`
 * (v37 E8, `mapEventE8`) a title followed by an event's word ("… Map Exhibit", "… Map Scavenger Hunt") is no map either:
 * some other title of the sentence must be one.
 */
export function namedMapE6(n: string, raw: string, eventsE8 = false): boolean {
  if (!n.includes(' map') || !raw.includes(' Map') || NO_MAP_G8.test(n) || NO_MAP_E6.test(n)) return false;
  NAMED_MAP_E6.lastIndex = 0;
  for (let x = NAMED_MAP_E6.exec(raw); x !== null; x = NAMED_MAP_E6.exec(raw)) {
    const before = raw.slice(Math.max(0, x.index - 40), x.index);
    const after = raw.slice(x.index + x[0].length, x.index + x[0].length + 60);
    if (!MAP_THING_BEFORE_E6.test(before) && !MAP_THING_AFTER_E6.test(after) && !(eventsE8 && MAP_EVENT_AFTER_E8.test(after))) return true;
  }
  return false;
}

/**
 * (v37 E6, `phoneLineE6`) G6's question about the phone a call came to, asked in the present about calls still coming:
 * "are they calling ur cell or ur landline?", "Is the scammer texting your cell or your work phone?" (a third party, or the
 * calls or texts, as the subject).
 */
const PHONE_NOW_E6 =
  /^(?:(?:ok|okay|so|and|also|first|now|sorry|hmm),? )*(?:is|are|r) (?:they|he|she|it|this person|this guy|the (?:[a-z]+ ){0,2}?(?:caller|callers|scammer|scammers|calls|texts|messages|robocalls|person|company|collector|collectors|bot))(?: still| only| mostly| usually)? (?:calling|texting|messaging|ringing|phoning|robocalling|leaving)\b(?=[^?]{0,160}?\b(?:landline|land line|cell|cellphone|mobile|phone)\b)/;
/** (v37 E6) The provider's library as the sender of the call or text: "Did the library's text come to your cell?" */
const LIBRARY_SENT_E6 =
  /\b(?:(?:the|your) (?:librar(?:y|ys|y s)|branch(?:s| s)?) (?:[a-z]+ )?(?:text|texts|call|calls|message|messages|voicemail|notice|notices|callback|robocall)|(?:text|texts|call|calls|message|messages|voicemail|notice|notices|callback) from (?:the|our|your) (?:librar(?:y|ian)|branch|desk))\b/;
/** (v37 E6, `phoneLineE6`) Question sentence `n` asks which phone calls still come to (G6's exclusions hold). */
export function phoneNowE6(s: Session, n: string): boolean {
  return s.rubric.phoneLineE6 === true && n.length <= 160 && PHONE_NOW_E6.test(n) && !PHONE_LINE_REACH_G6.test(n);
}
/** (v37 E6, `phoneLineE6`) G6's question names the provider's library as the one that called or texted: a contact question. */
export function librarySentE6(s: Session, n: string): boolean {
  return s.rubric.phoneLineE6 === true && LIBRARY_SENT_E6.test(n);
}

/**
 * (v37 E6, `pronounHostE6`) Sentence `xn` gives a URL whose first host label (after "www"; three letters or more, not a
 * generic one) is a word of the referral's sentence `refN` (not a later label: gis.co.lancaster.pa.us is the county's GIS,
 * not the "Lancaster County Recorder of Deeds"): the URL of the party the pronoun points to ("The Motor Vehicle Administration's chat
 * is at mva.maryland.gov/contact." before "… is up to the MVA, so ask them").
 */
export function pronounHostE6(refN: string, xn: string): boolean {
  const words = new Set(refN.replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\S*/g, ' ').split(/[^a-z0-9]+/));
  for (const u of xn.match(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+/g) ?? []) {
    const l = u.split('.').find((x) => x !== 'www') ?? '';
    if (l.length >= 3 && !URL_LABELS_N5.has(l) && words.has(l)) return true;
  }
  return false;
}

// ---- (v37 G9) block G9's readings ----

/**
 * (v37 G9, `actTailG9`) A clause after ";" or "," of a referral's sentence that sends the patron to a web page for another
 * step, or says where another named thing is, with its URL: "Call Pepco right away …, and apply for energy assistance at
 * dhs.maryland.gov/…", "Call BGE and ask for a payment arrangement; OHEP is at dhs.maryland.gov/…", "…, then fill out the
 * form at …". Its URL is that step's or thing's, not the party's (as v34 Z4's "; the locator is at …"); the caller
 * (sourceCutZ4) checks that the clause does not point back ("; their site is at …", "…, and apply with them at …"), and
 * here the URL must name no word of the party (`partySiteZ4`: "call the energy office, and apply at energy.county.gov"). The
 * step is one of another errand (apply, sign up, register, enrol, fill out, download, print, read, learn more): not "find
 * one near you at …", "check the plumber at …", "see their hours at …", which look the party up. The
 * named thing is a bare name ("OHEP", "Lifeline"): not an article's or a possessive's noun (v34 Z4 reads those, and leaves
 * "the form is at …" to the party), nor the party's details, hours or process ("…, details are at …", "; how to apply is at …").
 */
const ACT_TAIL_G9 =
  /[;,]\s*(?:(?:and|also|plus|then|but|or|and then|and also) )?(?:(?:apply|sign up|register|enroll|enrol|fill out|fill in|download|print|read|learn more)\b(?: [a-z0-9'-]+){0,10}? (?:at|on|from)|(?!(?:they|it|their|its|theyre|them|he|she|his|her|this|that|these|those|which|who|how|what|where|when|why|the|a|an|our|your|ur|my|more|details|detail|info|information|everything|hours|help|instructions|steps|directions|contact|appointments?)\b)[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,3}? (?:is|are)(?: (?:online|listed|posted|available|explained|described))? (?:at|on)) (?=[a-z0-9-]+(?:\.[a-z0-9-]+)+)/g;
/** (v37 G9, `actTailG9`) Where, in a referral's sentence from its verb on (`after`), such a clause begins (its ";" or ","), else -1. */
export function actTailG9(s: Session, after: string, before = ''): number {
  return actTailAt(ACT_TAIL_G9, s, after, before);
}
/** `actTailG9`'s reading with clause regexp `re` (global): also E10's Spanish clause (`actTailEsE10`). */
function actTailAt(re: RegExp, s: Session, after: string, before: string): number {
  if (!after.includes(';') && !after.includes(',')) return -1;
  re.lastIndex = 0;
  const m = re.exec(after);
  if (m === null || m.index === 0) return -1;
  const head = after.slice(0, m.index);
  const tail = after.slice(m.index);
  const c = contactsIn(s, tail);
  if (!c.url || c.phone || c.email || c.address || STREET_Z4.test(tail)) return -1;
  if (partySiteZ4(tail.match(s.P.global('url')) ?? [], before === '' ? head : `${before}${head}`)) return -1;
  return m.index;
}

// ---- (v37 G10) block G10's readings ----

// ---- (v37 G11) block G11's readings ----


// ---- (v37 E7) block E7's readings ----

/**
 * (v37 E7, `ownHostE7`) A URL in the clause of `n` from `cut` on whose first host label (after "www") is the party's name cut
 * short word by word: each of two or more consecutive words of the party (the sentence before the clause: `before` and
 * `n` up to `cut`) gives its first letter or a first part of three letters or more, together the whole label, one part at
 * least three letters ("Washington Gas" → washgas; "Baltimore Gas and Electric" → bge, as v32's initials). Such a clause
 * gives the party's own page, which G9's `actTailG9` must not cut off.
 */
export function ownHostE7(s: Session, n: string, cut: number, before = ''): boolean {
  const words = partyPartZ4(`${before}${n.slice(0, cut)}`)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !NAME_FILLER_R1.has(w));
  if (words.length < 2) return false;
  for (const u of n.slice(cut).match(s.P.global('url')) ?? []) {
    const label = hostLabels(u)[0] ?? '';
    if (label.length < 4 || URL_WORDS_M3.has(label)) continue;
    for (let i = 0; i + 1 < words.length && i < 24; i++) if (shortenedE7(label, words, i, 0, false)) return true;
  }
  return false;
}
/**
 * (v37 E7) Whether `label` is spelled by words[i], words[i+1], … each giving a first part (1 letter, or 3 letters or more);
 * (v38 E10, `initialsE10`) also by three or more one-letter parts alone (initials: "wssc").
 */
function shortenedE7(label: string, words: readonly string[], i: number, parts: number, long: boolean, initialsE10 = false): boolean {
  if (label === '') return (parts >= 2 && long) || (initialsE10 && parts >= 3);
  if (i >= words.length || parts >= 6) return false;
  const w = words[i]!;
  for (let k = Math.min(w.length, label.length); k >= 1; k--) {
    if (k === 2) continue;
    if (label.startsWith(w.slice(0, k)) && shortenedE7(label.slice(k), words, i + 1, parts + 1, long || k >= 3, initialsE10)) return true;
  }
  return false;
}

// ---- (v37 E8) block E8's readings ----

/**
 * (v37 E8, `yesLeadE8`) A chat-speak "ya / yeah / yep" (then "just", "so", "and"…) before the referring verb, as v33's "ok"
 * (`okLeadInS3`), as the text reaches it: the normaliser writes "yeah", "yep", "yup", "yea" as "yes" (G11 first wrote this
 * reading for the raw words, which never reach it; this one replaced it) ("ya just call 311 lol", "yeah ask ur teacher if a website
 * counts", "yep, call the MVA at …", formal "Yes, call the county at 311"); v33's nouns after the verb keep "yes, call
 * numbers are on the spine" and "yes, visit hours are …" out.
 */
const YES_LEAD_E8 = /^(?:yes|ya|yah)(?:,?\s*(?:and|or|also|then|so|but|just|please|now|first))*,?$/;
export function yesLeadE8(prefix: string, object = ''): boolean {
  return YES_LEAD_E8.test(prefix) && !OK_NOUN_T2.test(object);
}

/** (v37 E8, `mapEventE8`) Just after a map's title: an event, an exhibit or a class of that name ("… Map Exhibit", "… Map Scavenger Hunt"). */
const MAP_EVENT_AFTER_E8 =
  /^[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:[Ee]xhibits?|[Ee]xhibitions?|[Dd]isplay|[Ss]how|[Hh]unt|[Ww]orkshops?|[Cc]lass|[Cc]lasses|[Ww]alks?|[Hh]ikes?|[Tt]alks?|[Ll]ectures?|[Ff]estival|[Ff]air|[Pp]arty|[Nn]ight|[Dd]ay|[Cc]ontest|[Cc]ompetition|[Mm]eetups?|[Ss]torytime|[Cc]amp|[Ss]eminar|[Ww]ebinar|[Pp]rogram|[Pp]rogramme|[Cc]lub)\b/;

/**
 * (v37 E8, `cardSubjectE8`) The words before a can-help verb end in the patron's card, account or membership, or in a
 * document (a handbook, a manual, an act, a statute, a law, a directory, a brochure): no party ("The Maryland Homeowners
 * Association Act can tell you what the board may do", "the condo association manual can help u").
 */
export const CARD_SUBJECT_E8 = /\b(?:card|cards|account|accounts|membership|memberships|login|barcode|pin|handbooks?|manuals?|act|acts|statutes?|laws?|directory|directories|brochures?|pamphlets?|leaflets?|fact ?sheets?|toolkits?|workbooks?|textbooks?)(?: (?:alone|also|even|really|actually|too))?\s*$/;

/**
 * (v37 E8, `bareTailE8`) A sentence that ends in a bare check-in without "?", after a chat-speak lead ("sorry dont know what
 * happened are you still on", "hmm are u still there"); no wh-word before it ("which step are you still on").
 */
const BARE_TAIL_E8 = /\b(?:are|r) (?:you|u|ya) still (?:there|on|with me|with us|around|online)[ .!]*$/;
const BARE_TAIL_WH_E8 = /\b(?:which|what|wich|wat|whose|where|how)\b(?![^ ]* happened\b)[^.!?,;]{0,40}\b(?:are|r) (?:you|u|ya) still/;
export function bareTailE8(body: string): boolean {
  return BARE_TAIL_E8.test(body) && !BARE_TAIL_WH_E8.test(body);
}

// ---- (v38 E9) block E9's readings ----

/**
 * (v38 E9, `cardSubjectNarrowE9`) E8's card or document word closes a party's own words, in the last clause of the subject:
 * a party joined to it by "or / and" ("Your union rep or the employee handbook can tell you …", "A consumer lawyer or the
 * Fair Debt Collection Practices Act can help you …"), a relative clause or "for" naming the party it belongs to ("The bank
 * that issued your card can help you dispute it", "The Social Security office that manages your account …", "Customer
 * service for your card can help …"). Not "Your card and PIN can help you log in" (no article after "and"), not a
 * coordinator opening the clause ("Log in, and your account can tell you …").
 */
const CARD_PARTY_E9 =
  /(?:^|\s)(?!(?:card|cards|account|accounts|membership|login|barcode|pin|handbooks?|manuals?|act|acts|statutes?|laws?|codes?|contracts?|leases?|directory|brochures?|pamphlets?|leaflets?|toolkits?|workbooks?|textbooks?|guides?|books?|policy|policies|ordinances?|website|site|app) )[a-z]+ (?:(?:or|and) (?:your|ur|the|a|an|my|their|his|her|our)|(?:that|who|which) [a-z]+ (?:you |u )?(?:your|ur|the|that|this|their|its)|(?:for|behind) (?:your|ur|the|that|this)) (?:[a-z]+ ){0,4}?[a-z]+(?: (?:alone|also|even|really|actually|too))?\s*$/;
export function cardPartyE9(subject: string): boolean {
  const clause = subject.split(/[,;:.!?()]/).pop() ?? '';
  return CARD_PARTY_E9.test(clause.trim());
}

/**
 * (v38 E9, `bareTailNarrowE9`) E8's bare check-in at the end of a chat-speak sentence, read also after a wh-word of an earlier
 * clause when the tail is "still there / with me / with us", which no wh-question ends in ("ok thats where the renew button
 * is are you still there", "thats what i found so far are u still there"), and without "are" after a lead ("sorry lost
 * connection for a sec you still with me"), but not after a word that makes it a statement ("glad you still with me", "i
 * see you still there"); a wh-question ending in "… still on / around / online" stays E8's ("which step
 * are you still on", "what days are you still around").
 */
const BARE_TAIL_THERE_E9 = /(?:\b(?:are|r) |\b(?<!\b(?:see|saw|seen|know|knew|hope|glad|happy|good|great|think|guess|that|because|cause|since|when|while|as) ))(?:you|u|ya) still (?:there|with me|with us)[ .!]*$/;
export function bareTailE9(body: string): boolean {
  return bareTailE8(body) || (/\S/.test(body.replace(BARE_TAIL_THERE_E9, '')) && BARE_TAIL_THERE_E9.test(body));
}

// ---- (v38 E10) block E10's readings ----

/**
 * (v38 E10, `wayForwardE10`) The sentence of `m` that refuses the question as not the provider's job (`k`), or a later one,
 * refers the patron to a party with a way to reach it (a phone, an e-mail, a URL or an address): "That's not my department.
 * Instead, try the circulation desk at 240-777-0001.", "That's not my job, but I wish I could help; try the Circuit Court
 * clerk at 410-222-1397." The refusal goes on with a way forward, as E7's "…, but the clerk at … can help" does.
 */
export function wayForwardE10(s: Session, m: Msg, k: number, refers: (x: Sentence) => boolean): boolean {
  for (const x of m.sentences) {
    if (x.k < k || !refers(x)) continue;
    const c = contactsIn(s, x.n);
    if (c.phone || c.email || c.url || c.address) return true;
  }
  return false;
}

/** (v38 E10) Where a Spanish referral's clause goes on to what the party is asked about ("Llame a WSSC por la fuga"). */
const PARTY_END_ES_E10 = / (?:por|para|sobre|acerca|si)\b/;
/** (v38 E10) Kind and country words a utility's or agency's host adds after its name: "wsscwater", "smeco" (coop), "nationalgridus". */
const HOST_SUFFIX_E10 = ['water', 'gas', 'energy', 'power', 'electric', 'coop', 'co', 'usa', 'us', 'inc', 'online'];
/**
 * (v38 E10, `ownHostSuffixE10`) As E7's `ownHostE7`, a URL in the clause of `n` from `cut` on whose first host label is the
 * party's (the sentence before the clause) name cut short word by word, here also three or more initials alone ("wssc" for
 * the Washington Suburban Sanitary Commission, "sme" for Southern Maryland Electric), and with a kind or country word after
 * it ("wsscwater", "smeco": sme + co, "nationalgridus").
 */
export function ownHostSuffixE10(s: Session, n: string, cut: number, before = ''): boolean {
  const words = partyPartZ4(`${before}${n.slice(0, cut)}`)
    .split(PARTY_END_ES_E10)[0]!
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !NAME_FILLER_R1.has(w));
  if (words.length < 2) return false;
  for (const u of n.slice(cut).match(s.P.global('url')) ?? []) {
    const label = hostLabels(u)[0] ?? '';
    if (label.length < 4 || URL_WORDS_M3.has(label)) continue;
    const heads = HOST_SUFFIX_E10.filter((x) => label.endsWith(x) && label.length - x.length >= 3).map((x) => label.slice(0, -x.length));
    // the party's one name word before a kind word ("wssc" + water)
    if (heads.some((h) => h.length >= 4 && words.includes(h))) return true;
    for (const h of [label, ...heads]) for (let i = 0; i + 1 < words.length && i < 24; i++) if (shortenedE7(h, words, i, 0, false, true)) return true;
  }
  return false;
}

/**
 * (v38 E10, `actTailEsE10`) G9's `actTailG9` in Spanish: a clause after ";" or "," of a referral's sentence that sends the
 * patron to a web page for another errand (solicite, aplique, inscríbase, regístrese, llene, descargue, imprima, lea),
 * with its URL: "Llame a Pepco por el plan de pagos, y solicite ayuda de energía en dhs.maryland.gov/ohep". The caller
 * checks, as for G9's, that the clause does not point back and that its URL names no word of the party ("…, y solicítelo
 * en pepco.com/es").
 */
const ACT_TAIL_ES_E10 =
  /[;,]\s*(?:(?:y|e|o|u|tambien|luego|despues|y luego|y tambien|ademas) )?(?:solicite|solicitela|solicitelo|solicitelas|solicitelos|aplique|inscribase|registrese|llene|llenela|llenelo|descargue|descarguela|descarguelo|imprima|imprimala|imprimalo|lea)\b(?: [a-z0-9'-]+){0,10}? (?:en|de|desde) (?=[a-z0-9-]+(?:\.[a-z0-9-]+)+)/g;
export function actTailEsE10(s: Session, after: string, before = ''): number {
  return actTailAt(ACT_TAIL_ES_E10, s, after, before);
}

// ---- (v38 G12) block G12's readings ----

// ---- (v38 G13) block G13's readings ----

// ---- (v38 G14) block G14's readings ----

/**
 * (v38 G14, `ownContactEsG14`) The service's own contact in Spanish, "llámenos / escríbanos / contáctenos al …" (as v9's
 * "call us at …"): beside a referral in the sentence ("Pregúntele a su casero …, y llámenos al 410-… o vuelva al chat cuando
 * quiera"), the number is still the library's way back, not the party's contact (no source).
 */
const OWN_CONTACT_ES_G14 = /\b(?:llamenos|llamanos|escribanos|escribenos|contactenos|contactanos|marquenos|marcanos|textenos|textearnos|llamarnos|escribirnos|contactarnos)\b/;

// ---- (v38 E11) block E11's readings ----

/**
 * (v38 E11, `wayForwardWideE11`) E10's `wayForwardE10` over the whole message `m` (a way forward before the refusal: "The
 * Circuit Court clerk's office at 410-222-1397 handles that. It's not my job, sorry. Bye."), and over the provider's next
 * visible message when the patron has not written in between ("That's not my department." / "Try the circulation desk at
 * 240-777-0001, they handle fines."): a sentence that refers the patron to a party with a phone, e-mail, URL or address.
 */
export function wayForwardE11(s: Session, m: Msg, refers: (v: Msg, x: Sentence) => boolean): boolean {
  if (wayForwardE10(s, m, 0, (x) => refers(m, x))) return true;
  const v = s.vis[m.pos + 1];
  return v !== undefined && v.role === 'provider' && wayForwardE10(s, v, 0, (x) => refers(v, x));
}

/**
 * (v38 E11, `cardPartyWideE11`) As E9's `cardPartyE9`, a party told by what it did with the card or document, with no noun
 * before the relative word: "Whoever issued your card can help you cancel it", "Whichever bank issued your card …", "The
 * branch where you got your card can help you reset the PIN" (the last clause of the subject).
 */
const CARD_PARTY_E11 =
  /(?:(?:^|\s)(?:whoever|whichever(?: [a-z]+)?) [a-z]+ (?:you |u )?|(?:^|\s)[a-z]+ where (?:you|u) [a-z]+ )(?:your|ur|the|that|this|their|its) (?:[a-z]+ ){0,4}?[a-z]+\s*$/;
export function cardPartyE11(subject: string): boolean {
  const clause = subject.split(/[,;:.!?()]/).pop() ?? '';
  return CARD_PARTY_E11.test(clause.trim());
}

/**
 * (v38 E11, `bareTailHereE11`) E8's and E9's bare check-in at a chat-speak sentence's end with "here": "sorry about the wait are
 * you still here", "hey you still here"; not after a statement's word ("glad you still here", "i see you still here") nor
 * after a wh-word ("how long are you still here"); also the sentence alone ("uh hello?? u still here"), as L4's "you there".
 */
const BARE_TAIL_HERE_E11 = /(?:\b(?:are|r) |\b(?<!\b(?:see|saw|seen|know|knew|hope|glad|happy|good|great|think|guess|that|because|cause|since|when|while|as|are|r) ))(?:you|u|ya) still here[ .!]*$/;
export function bareTailHereE11(body: string): boolean {
  return BARE_TAIL_HERE_E11.test(body) && !BARE_TAIL_WH_E8.test(body);
}

// ---- (v39 E12) block E12's readings ----

/**
 * The sentence of `m` where a citation of `cite` ends, read across the sentences its abbreviations cut: each sentence from
 * `from` on whose text `ends` finds (a section's or chapter's number), joined to up to `back` sentences before it, where
 * the citation's match ends inside it; -1 when there is none. (Shared by v39 E12's, E15's and v40 E20's, G18's, E22's
 * readings, which differ only in these arguments.)
 */
function citationEndingAt(m: Msg, cite: RegExp, back: number, ends: RegExp, from = 0): number {
  const xs = m.sentences;
  for (let i = from; i < xs.length; i++) {
    const x = xs[i]!;
    if (!ends.test(x.n)) continue;
    const tail = xs.slice(Math.max(0, i - back), i + 1).map((y) => y.n).join(' ');
    const hit = cite.exec(tail);
    if (hit !== null && hit.index + hit[0].length > tail.length - x.n.length) return x.k;
  }
  return -1;
}

/** (v39 E12) Another State's code cited by section (rubric.ts `STATE_CODE_CITE_E12`). */
const STATE_CODE_CITE_E12 = new RegExp(STATE_CODE_CITE_SRC_E12, 'u');
/**
 * (v39 E12, `citationAcrossE12`) The sentence of `m` where a State's code cited by section ends, read across the sentences
 * its abbreviations cut ("… under Cal. | Civ. | Code § 1942 …"): up to three sentences before it joined to it; -1: none.
 */
export function citationAtE12(m: Msg): number {
  if (!m.n.includes('§') && !m.n.includes('sec')) return -1;
  return citationEndingAt(m, STATE_CODE_CITE_E12, 3, /(?:§|\bsec\.?|\bsection) ?\d/);
}

// ---- (v39 E13) block E13's readings ----

// ---- (v39 E14) block E14's readings ----

/**
 * (v39 E14, `ownContactWideE14`) The library's own contact, a verb of getting in touch with "us" and the number or e-mail right
 * after it: G14's Spanish "llámenos / escríbanos / contáctenos al …", more Spanish ("comuníquese con nosotros al …", "nos
 * puede llamar al …", "puede escribirnos a …") and v9's English ("call us at …", "email us at …").
 */
const OWN_VERB_E14 =
  /\b(?:llamenos|llamanos|escribanos|escribenos|contactenos|contactanos|marquenos|marcanos|textenos|textearnos|llamarnos|escribirnos|contactarnos|marcarnos|(?:comuniquese|comunicate|comuniquense|pongase en contacto|ponte en contacto|hable|habla) con nosotros|nos (?:puede|pueden|puedes|podra) (?:llamar|escribir|contactar|marcar|textear)|(?:call|email|e mail|text|phone|ring|reach|contact|write to|message|get in touch with) us)\b/;
const OWN_CLAUSE_E14 = new RegExp(
  `${OWN_VERB_E14.source}(?: (?:al|a|en|at|on|by|por))?(?: (?:el|nuestro|our|the) (?:numero|telefono|correo|number|line|email))?[ :]*(?:\\+?1[ .-]?)?(?:\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]\\d{4}(?!\\d)|[a-z0-9._-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)`,
  'g',
);
/** (v39 E14) `n` without its own-contact clauses (OWN_CLAUSE_E14), or null when it has none. */
function withoutOwnE14(n: string): string | null {
  if (!OWN_VERB_E14.test(n)) return null;
  OWN_CLAUSE_E14.lastIndex = 0;
  const rest = n.replace(OWN_CLAUSE_E14, ' ');
  return rest === n ? null : rest;
}
/**
 * (v39 E14, `ownContactWideE14`) Every e-mail and phone of sentence `n` follows an own-contact verb ("…, y llámenos al
 * 410-…", "…, comuníquese con nosotros al 718-…", "…, and call us at 410-…"): the library's way back, no referral's contact.
 */
export function ownOnlyE14(s: Session, n: string): boolean {
  const rest = withoutOwnE14(n);
  if (rest === null) return false;
  const c = contactsIn(s, rest);
  return !c.phone && !c.email;
}
/**
 * (v39 E14, `ownContactWideE14`) Besides its own-contact clauses, sentence `n` gives another e-mail or phone with no own-contact
 * verb left ("Llame a CASA al 301-…, o llámenos al 410-…"): that contact is the party's, G14's reading of "llámenos" and v9's of
 * "call us" do not hide it.
 */
export function otherContactE14(s: Session, n: string): boolean {
  const rest = withoutOwnE14(n);
  if (rest === null || OWN_VERB_E14.test(rest)) return false;
  const c = contactsIn(s, rest);
  return c.phone || c.email;
}

/**
 * (v39 E14, `bareTailLaughE14`) E8's, E9's and E11's bare check-in at a chat-speak sentence's end, also before a trailing laugh
 * or emoticon ("hey you still here lol", "u still there haha", "sigues ahí jaja" is L4's): the laugh taken off, the same tests.
 */
const LAUGH_TAIL_E14 = /[ ,]+(?:lol|lmao|haha+|hehe+|jaja+|jeje+|xd|:\)|:p|:d)[ .!]*$/;
export function bareTailLaughE14(body: string): boolean {
  const t = body.replace(LAUGH_TAIL_E14, '');
  return t !== body && /\S/.test(t) && (BARE_CHECKIN_L4.test(t) || bareTailE9(t) || bareTailHereE11(t));
}

/**
 * (v39 E14, `wayForwardAskedE14`) E11's way forward also in the provider's message right after the patron's one question about
 * whom to turn to ("That's not my department." / "then who?" / "The passport office at 240-777-0311 handles it; call them …"):
 * the patron asked (a "?" or a who / where / quién / dónde opening) and the provider's next message refers them to a party with
 * a phone, e-mail, URL or address (E10's `wayForwardE10`).
 */
const ASKED_WHO_E14 = /^(?:(?:ok|okay|so|then|well|but|pues|entonces|y|bueno)[ ,]+)*(?:who|where|whom|what|which|quien|quienes|donde|a quien|con quien|que)\b/;
export function wayForwardAskedE14(s: Session, m: Msg, refers: (v: Msg, x: Sentence) => boolean): boolean {
  const p = s.vis[m.pos + 1];
  const v = s.vis[m.pos + 2];
  if (p === undefined || v === undefined || p.role !== 'patron' || v.role !== 'provider') return false;
  if (!p.sentences.some((x) => x.q || ASKED_WHO_E14.test(x.n))) return false;
  return wayForwardE10(s, v, 0, (x) => refers(v, x));
}

// ---- (v39 G15) block G15's readings ----

// ---- (v39 G16) block G16's readings ----

// ---- (v39 E15) block E15's readings ----

/** (v39 E15) Pennsylvania's and Massachusetts' laws cited by section (rubric.ts `STATE_LAWS_CITE_E15`). */
const STATE_LAWS_CITE_E15 = new RegExp(STATE_LAWS_CITE_SRC_E15, 'u');

/**
 * (v39 E15, `citationAcrossE15`) The sentence of `m` where Pennsylvania's or Massachusetts' laws cited by section end, read
 * across the sentences their abbreviations cut ("… 42 Pa." | "C." | "S. § 5524 …"), as E12's `citationAtE12`.
 */
export function citationAtE15(m: Msg): number {
  if (!m.n.includes('§') && !m.n.includes('sec')) return -1;
  return citationEndingAt(m, STATE_LAWS_CITE_E15, 4, /(?:§|\bsec\.?|\bsection) ?\d/);
}

// ---- (v39 E17) block E17's readings ----

// ---- (v39 E18) block E18's readings ----

// ---- (v40 E19) block E19's readings ----

/**
 * (v40 E19, `ownContactNextE19`) E14's other contact beside the library's own ("…, o llámenos al 410-…") in the sentence right
 * after the one that refers the patron ("Comuníquese con la Oficina de Vivienda. Su número es el 240-777-0311, o llámenos al
 * 410-555-0100 …"): that number is the referred party's.
 */
export function partyNumberNextE19(s: Session, m: Msg, x: Sentence, refers: (y: Sentence) => boolean): boolean {
  if (x.k === 0 || !otherContactE14(s, x.n)) return false;
  const y = m.sentences[x.k - 1];
  return y !== undefined && refers(y);
}

/**
 * (v40 E19, `ownDeptEsE19`) The party a Spanish sentence refers to is the library's own department ("Pregunte en el
 * departamento de Circulación", "hable con Préstamos"): the library's number reaches it.
 */
const OWN_DEPT_ES_E19 =
  /\b(?:(?:el |al |del |la |a la )?(?:departamento|mostrador|area|seccion|oficina|servicio)s? de (?:circulacion|prestamos?|referencia|catalogacion|adquisiciones|colecciones|informacion|servicios tecnicos)|(?:en|a|con) (?:circulacion|prestamos|referencia))\b/;
export function ownDeptEsE19(n: string): boolean {
  return OWN_DEPT_ES_E19.test(n);
}

/**
 * (v40 E19, `wayForwardSourceE19`) As E14's `wayForwardAskedE14`, the patron's question after the refusal answered with a
 * source ("then where?" / "travel.state.gov has the renewal form, under Passports > Renew. Anything else?"): the help went on.
 * Not an answer that is a brush-off itself ("Not my problem. Bye.") nor a search engine's home page ("google.com. Bye.").
 */
const SEARCH_ENGINE_E19 = /\b(?:google|bing|yahoo|duckduckgo|ask)\.com\b(?!\/)/;
export function wayForwardSourceE19(s: Session, m: Msg): boolean {
  const p = s.vis[m.pos + 1];
  const v = s.vis[m.pos + 2];
  if (p === undefined || v === undefined || p.role !== 'patron' || v.role !== 'provider') return false;
  if (!p.sentences.some((x) => x.q || ASKED_WHO_E14.test(x.n))) return false;
  if (v.has(F.dismissalConvenience) || v.has(F.dismissalHard) || SEARCH_ENGINE_E19.test(v.n)) return false;
  return sourceAt(s, v) >= 0;
}

// ---- (v40 E20) block E20's readings ----

/** (v40 E20) More States' statutes cited by section or chapter (rubric.ts `STATE_LAWS_CITE_E20`). */
const STATE_LAWS_CITE_E20 = new RegExp(STATE_LAWS_CITE_SRC_E20, 'u');

/**
 * (v40 E20, `citationAcrossE20`) The sentence of `m` where a citation of `STATE_LAWS_CITE_E20` ends, read across the sentences
 * its abbreviations cut ("Wis." | "Stat." | "ch." | "704, landlord and tenant."), as E15's `citationAtE15`: a sentence with a
 * number, up to four sentences before it joined to it, and the citation's match ending in it (its digits are in the match).
 */
export function citationAtE20(m: Msg): number {
  return citationEndingAt(m, STATE_LAWS_CITE_E20, 4, /^\W{0,3}\d|(?:§|\bsec\.?|\bsection|\bch\.?|\bchapter) ?\d/, 1);
}

// ---- (v40 E23) block E23's readings ----

/** (v40 E23, `ownDeptOwnerE23`) Another owner after the department's name: the city's, the county's, a court's, a school's. */
const OTHER_OWNER_E23 =
  /^,? (?:de la ciudad|del condado|del estado|de la ciudad de [a-z]+|del condado de [a-z]+|municipal(?:es)?|estatal(?:es)?|federal(?:es)?|de la municipalidad|de la alcaldia|del ayuntamiento|del gobierno|de la corte|del tribunal|de la escuela|de la universidad|del hospital|del consulado|de (?:la )?(?:irs|uscis))\b/;
/** (v40 E23, `ownDeptSectionsE23`) The library's sections by their public: "la sección infantil", "la sala juvenil", "el área de adultos". */
const OWN_SECTION_E23 =
  /\b(?:la |a la |el |al )?(?:seccion|sala|area|departamento) (?:infantil|juvenil|de ninos|para ninos|de adolescentes|de jovenes|de adultos|para adultos|de historia local|de genealogia)\b/;
/**
 * (v40 E23) E19's `ownDeptEsE19` with E23's settings: not a department of another owner ("la oficina de información del
 * condado") (`ownDeptOwnerE23`), and also the library's sections by their public (`ownDeptSectionsE23`).
 */
export function ownDeptEsE23(s: Session, n: string): boolean {
  const owned = (re: RegExp): boolean => {
    const m = re.exec(n);
    // (v41 E26, `ownerMoreE26`) more owners after it ("… del municipio", "… del museo", "… at the museum")
    // (v41 E30, `ownerMoreE30`) and more ("… at the state archives", "… de la casa de la cultura")
    // (v41 E32, `ownBranchE32`) none of them when the library's branch follows ("… at the Courthouse Square branch")
    return m !== null && !(s.rubric.ownDeptOwnerE23 === true && ownedByOtherE23(s, n.slice(m.index + m[0].length)));
  };
  if (s.rubric.ownDeptSectionsE23 === true && owned(OWN_SECTION_E23)) return true;
  // (v41 E26, `ownRoomE26`) the library's rooms named in English ("the children's room", "the local history room")
  if (s.rubric.ownRoomE26 === true && owned(OWN_ROOM_E26)) return true;
  return ownDeptEsE19(n) && owned(OWN_DEPT_ES_E19);
}

/** (v40 E23, `ownDeptOwnerE23`) Whether `tail`, the words after a department or section, name another owner than the library. */
function ownedByOtherE23(s: Session, tail: string): boolean {
  const r = s.rubric;
  if (r.ownBranchE32 === true && ownBranchE32(tail)) return false;
  return OTHER_OWNER_E23.test(tail) || (r.ownerMoreE26 === true && otherOwnerE26(tail)) || (r.ownerMoreE30 === true && otherOwnerE30(tail));
}

/** (v40 E23, `searchPageE23`) A search engine's results page ("google.com/search?q=…", "bing.com/search?q=…"): "google it" with a link. */
const SEARCH_PAGE_E23 = /\b(?:google|bing|yahoo|duckduckgo)\.com\/(?:search|webhp|html)\b|\bsearch\.yahoo\.com\b/;
export function searchPageE23(s: Session, m: Msg): boolean {
  const v = s.vis[m.pos + 2];
  // (v41 E26, `searchPageWideE26`) also other domains and paths of the search engines (`SEARCH_PAGE_E26`)
  // (v41 E30, `searchPageMoreE30`) and other engines' results pages (`SEARCH_PAGE_E30`)
  if (v === undefined) return false;
  const r = s.rubric, n = v.n;
  return SEARCH_PAGE_E23.test(n) || (r.searchPageWideE26 === true && SEARCH_PAGE_E26.test(n)) || (r.searchPageMoreE30 === true && SEARCH_PAGE_E30.test(n)) || (r.searchPageMoreE32 === true && SEARCH_PAGE_E32.test(n));
}

// ---- (v40 G17) block G17's readings ----

// ---- (v40 G18) block G18's readings ----

/** (v40 G18) Maryland Code articles abbreviated with "&" or "and" (rubric.ts `MD_ARTICLE_AMP_G18`). */
const MD_ARTICLE_AMP_G18 = new RegExp(MD_ARTICLE_AMP_SRC_G18, 'u');
/**
 * (v40 G18, `citationAmpersandG18`) The sentence of `m` where a Maryland Code article abbreviated with "&" and its section end
 * ("Md. Code, Lab. & Empl. § 3-505", cut by the splitter at "Lab." and "Empl."), read across up to four sentences before it
 * as E15's `citationAtE15`; -1 when there is none.
 */
export function citationAtG18(m: Msg): number {
  if (!m.n.includes('§') && !m.n.includes('sec')) return -1;
  return citationEndingAt(m, MD_ARTICLE_AMP_G18, 4, /(?:§|\bsec\.?|\bsection) ?\d/);
}

// ---- (v40 G19) block G19's readings ----

/** (v40 G19) A greeting opening the normalised sentence, with what ends it (a comma, a stop, an emoji's stand-in, spaces). */
const GREET_LEAD_G19 = /^(?:hi+|hiya|heya|hey+|hello+|helo|hullo|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|hola|buenas(?: tardes| noches)?|buenos dias)(?: (?:there|dear|all|everyone|folks|again))?(?=[^a-z0-9])[^a-z0-9]+/;
/** (v40 G19) Symbols, emoji stand-ins and spaces opening the sentence ("👋 Hi! …"). */
const LEAD_SYMBOLS_G19 = /^[^a-z0-9]+/;
/** (v40 G19) An introduction's lead before the name ("its kim from ask us"). */
const INTRO_LEAD_G19 = /^(?:its|it is|this is|im|i am) /;
/** (v40 G19) Where the clause of the introduction ends: punctuation, a dash between spaces, an emoji or its stand-in. */
const CLAUSE_END_G19 = /[,;:?!.()]|\s-\s|\p{Extended_Pictographic}|[\x81\x83\x86]/u;
/** (v40 G19) Up to four words closing on a service's word, "here" after it or not (the tail of NAME_SERVICE_G19 and SERVICE_FROM_G19). */
const SERVICE_TAIL_G19 = String.raw`(?:the )?(?:[a-z0-9\/&'-]{1,20} ){0,4}?(?:service|services|team|crew|backup|back up|cooperative|coop|co-op|consortium|network|desk|help desk|helpdesk|helpline|chat|chat line|line|ask us(?: now| 24\/7)?|askusnow|ask a librarian|questionpoint|reference|research help|enquiries|inquiries)(?: here)?$`;
/**
 * (v40 G19) The clause: a name of one or two words (1, 2), "here" or not (3), "from / with / at / of / @", and up to four
 * words closing on a service's word (a service, team, crew, backup, cooperative, desk, chat, line, Ask Us / AskUsNow / Ask a
 * Librarian / QuestionPoint, reference, research help, enquiries), "here" after it or not. Anchored, every part bounded.
 */
const NAME_SERVICE_G19 = new RegExp(String.raw`^([a-z]{2,12})(?: (?!here\b)([a-z]{2,12}))?( here)? (?:from|with|at|of|@) ${SERVICE_TAIL_G19}`);
/** (v40 G19) The service greets: "(hi,) greetings from the backup team", "hello from the ask us team" (after GREET_LEAD_G19). */
const SERVICE_FROM_G19 = new RegExp(String.raw`^(?:greetings )?from ${SERVICE_TAIL_G19}`);
/**
 * (v40 G19) Spanish: a name (1) and "del / de la" before the service, the team, the desk or the chat: "Marta del servicio de
 * respaldo", "Luis, del equipo de Pregunte" (a comma cut before). Anchored, bounded.
 */
const NAME_SERVICE_ES_G19 = /^([a-z]{2,12})(?: ([a-z]{2,12}))? (?:del|de la) (?:servicio|equipo|mostrador|chat|turno)(?: [a-z0-9\/&'-]{1,20}){0,4}$/;
/** (v40 G19) Words that are no one's name: things, greetings, time, pronouns, prepositions, quantities. */
const NOT_NAME_G19 = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'your', 'ur', 'my', 'our', 'their', 'his', 'her', 'its', 'it', 'me', 'us', 'you', 'we', 'they', 'he', 'she', 'i', 'im', 'is', 'are', 'was', 'be', 'been', 'from', 'with', 'at', 'of', 'in', 'on', 'to', 'for', 'by', 'about', 'and', 'or', 'but', 'so', 'all', 'some', 'most', 'many', 'none', 'one', 'two', 'more', 'help', 'info', 'reply', 'replies', 'answer', 'answers', 'message', 'messages', 'note', 'notes', 'news', 'word', 'update', 'updates', 'email', 'emails', 'call', 'calls', 'chat', 'chats', 'support', 'assistance', 'questions', 'question', 'staff', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'people', 'librarian', 'librarians', 'volunteer', 'volunteers', 'greetings', 'greeting', 'hello', 'hi', 'hey', 'hiya', 'yo', 'welcome', 'thanks', 'thank', 'cheers', 'regards', 'love', 'best', 'hugs', 'sorry', 'apologies', 'not', 'no', 'never', 'also', 'just', 'still', 'now', 'only', 'here', 'there', 'back', 'over', 'out', 'live', 'today', 'tonight', 'tomorrow', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'holiday', 'holidays', 'thanksgiving', 'christmas', 'books', 'book', 'items', 'forms', 'cards', 'hours', 'fines', 'holds', 'materials', 'resources', 'ebooks', 'events', 'programs', 'kids', 'teens', 'something', 'nothing', 'everything', 'things', 'stuff', 'informacion', 'horario', 'horarios', 'ayuda', 'mensaje', 'mensajes', 'respuesta', 'personal', 'alguien', 'nadie', 'libros', 'hoy', 'manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'gente', 'todos', 'nada', 'algo']);
/**
 * (v40 G19, `nameServiceG19`) Sentence `x` of `m` (one of the first two provider messages) opens, after a greeting or
 * not, on a name and the service the provider answers for: "hi there, sam from the 24/7 backup service.", "hi, kim with ask
 * us backup.", "hiya sam here from the backup team, which branch?". A lower-case name needs a greeting, an introduction's
 * lead or "here"; otherwise it is capitalised in the text. Not a negated clause, not the patron's name.
 */
function nameServiceG19(s: Session, m: Msg, x: Sentence): boolean {
  let n = x.n.replace(LEAD_SYMBOLS_G19, '');
  const g = GREET_LEAD_G19.exec(n);
  if (g !== null) n = n.slice(g[0].length);
  const lead = INTRO_LEAD_G19.exec(n);
  if (lead !== null) n = n.slice(lead[0].length);
  const cut = CLAUSE_END_G19.exec(n);
  const c = (cut === null ? n : n.slice(0, cut.index)).trim();
  if (NOT_X1.test(c)) return false;
  if (g !== null && SERVICE_FROM_G19.test(c)) return true;
  const en = NAME_SERVICE_G19.exec(c);
  const y = en ?? NAME_SERVICE_ES_G19.exec(c);
  if (y === null) return false;
  const first = y[1]!;
  // "backup librarian from the 24/7 cooperative here": the role before the service
  if (y[2] === undefined ? first === 'librarian' : y[2] === 'librarian' && !NOT_NAME_G19.has(first)) return true;
  if (NOT_NAME_G19.has(first) || (y[2] !== undefined && NOT_NAME_G19.has(y[2]))) return false;
  if (patronNames(s).has(first) || patronGaveNameZ6(s, first)) return false;
  // (the Spanish shape only with the name capitalised: "hola, cambios del servicio de verano" is no one)
  if (en !== null && (g !== null || lead !== null || y[3] !== undefined)) return true;
  const raw = (m.rawSentences[x.k] ?? '').normalize('NFD').replace(/\p{M}/gu, '');
  return new RegExp(`(?:^|[^\\p{L}])${first[0]!.toUpperCase()}${first.slice(1)}(?![\\p{L}])`, 'u').test(raw);
}

// ---- (v40 E21) block E21's readings ----

/**
 * (v40 E21) A word with a thing's shape, no one's name: a gerund or its plural ("printing", "scanning", "bookings"), a noun
 * of an act or a state ("payments", "closures", "renovations", "fitness"), an "-ies" plural ("copies", "stories"), Spanish
 * plurals of acts ("inscripciones", "procedimientos"). Not "-ance / -ence" (Florence, Constance, Clarence are names) nor a
 * singular "-cion" (Asunción, Concepción are names).
 */
const TOPIC_SHAPE_E21 = /^(?:[a-z]{4,}ings?|[a-z]{3,}(?:ment|tion|sion|ness|ure)s?|[a-z]{3,}ies|[a-z]{3,}(?:ciones|mientos))$/;
/** (v40 E21) Everyday topics of a library chat that are no one's name (English and Spanish). */
const TOPIC_WORD_E21 = new Set(['lunch', 'breakfast', 'dinner', 'coffee', 'tea', 'snacks', 'food', 'wifi', 'internet', 'printer', 'printers', 'computer', 'computers', 'laptops', 'scanner', 'copier', 'fax', 'parking', 'returns', 'renewals', 'updates', 'notices', 'closures', 'passes', 'passports', 'taxes', 'tax', 'storytime', 'lockers', 'rooms', 'seating', 'tours', 'classes', 'workshops', 'fees', 'payments', 'donations', 'avisos', 'cambios', 'noticias', 'novedades', 'reglas', 'normas', 'precios', 'cuotas', 'pagos', 'clases', 'talleres']);
/**
 * (v40 E21, `topicNotNameE21`) The clause G19's `nameServiceG19` read in sentence `x` has one word before "from / with / at /
 * of / del" (no second word, no "here", no "its / im / this is" before it), and that word is a topic, not a name: "hi!
 * printing at the help desk.", "hello, payments at the circulation desk.", "hola, avisos del servicio de verano".
 */
function topicNotNameE21(x: Sentence): boolean {
  const w = loneWordBeforeServiceE21(x);
  return w !== null && (TOPIC_SHAPE_E21.test(w) || TOPIC_WORD_E21.has(w));
}

/**
 * The one word before "from / with / at / of / del" in the clause G19's `nameServiceG19` reads in sentence `x` (no second
 * word, no "here", no "its / im / this is" before it, not G19's service greeting), or null: what E21's `topicNotNameE21`
 * and E25's `topicNotNameE25` test for a topic's shape.
 */
function loneWordBeforeServiceE21(x: Sentence): string | null {
  let n = x.n.replace(LEAD_SYMBOLS_G19, '');
  const g = GREET_LEAD_G19.exec(n);
  if (g !== null) n = n.slice(g[0].length);
  if (INTRO_LEAD_G19.test(n)) return null;
  const cut = CLAUSE_END_G19.exec(n);
  const c = (cut === null ? n : n.slice(0, cut.index)).trim();
  // (G19's service greeting, "hi, greetings from the backup team", is no name's reading: left as it is)
  if (g !== null && SERVICE_FROM_G19.test(c)) return null;
  const y = NAME_SERVICE_G19.exec(c) ?? NAME_SERVICE_ES_G19.exec(c);
  if (y === null || y[2] !== undefined || y[3] !== undefined) return null;
  return y[1]!;
}

// ---- (v40 E22) block E22's readings ----

/** (v40 E22) Laws cited with "&" beyond G18's (rubric.ts `LAW_AMP_E22`). */
const LAW_AMP_E22 = new RegExp(LAW_AMP_SRC_E22, 'u');
/** (v40 E22) Where a cited law's section number stands ("§ 4", "sec. 4", "section 4"; "second" is how "sec" normalises): E22's, E25's and E30's citations end there. */
const SECTION_ENDS_E22 = /(?:§|\bsec\.?|\bsection|\bsecond) ?\d/;

/**
 * (v40 E22, `citationAmpersandE22`) The sentence of `m` where a law cited with "&" (`LAW_AMP_E22`) and its section end, read
 * across up to four sentences before it as G18's `citationAtG18`; the section sign may be "§", "sec." (normalised "second" in
 * chat-speak) or "section"; -1 when there is none.
 */
export function citationAtE22(m: Msg): number {
  if (!m.n.includes('§') && !m.n.includes('sec')) return -1;
  return citationEndingAt(m, LAW_AMP_E22, 4, SECTION_ENDS_E22);
}

// ---- (v40 E23) block E23's readings ----

// ---- (v40 G20) block G20's readings ----

// ---- (v41 E24) block E24's readings ----

// ---- (v41 E25) block E25's readings ----

/** (v41 E25) Topics of more shapes than E21's: "-work(s)" ("homework", "coursework", "paperwork"), Spanish "-orias" ("tutorias", "asesorias"). */
const TOPIC_SHAPE_E25 = /^(?:[a-z]{3,}works?|[a-z]{3,}orias)$/;
/**
 * (v41 E25, `topicShapesE25`) As E21's `topicNotNameE21` (one word before "from / with / at / of / del", no second word, no
 * "here", no "its / im / this is" before it), the word of a topic's shape in `TOPIC_SHAPE_E25`: "homework at the teen desk.",
 * "buenas, tutorias del mostrador juvenil".
 */
function topicNotNameE25(x: Sentence): boolean {
  const w = loneWordBeforeServiceE21(x);
  return w !== null && TOPIC_SHAPE_E25.test(w);
}

/** (v41 E25) Laws cited with "&" or a hyphen beyond E22's (rubric.ts `LAW_AMP_E25`). */
const LAW_AMP_E25 = new RegExp(LAW_AMP_SRC_E25, 'u');
/**
 * (v41 E25, `citationAmpersandE25`) The sentence of `m` where a law of `LAW_AMP_E25` and its section end, read across up to four
 * sentences before it as E22's `citationAtE22`; -1 when there is none.
 */
export function citationAtE25(m: Msg): number {
  if (!m.n.includes('§') && !m.n.includes('sec')) return -1;
  return citationEndingAt(m, LAW_AMP_E25, 4, SECTION_ENDS_E22);
}

// ---- (v41 E26) block E26's readings ----

/**
 * (v41 E26, `ownerMoreE26`) More owners after a department or section than E23's `OTHER_OWNER_E23`: the town's, the
 * airport's, a museum's, a community centre's, a church's, a clinic's ("Pregunte en el mostrador de información del
 * aeropuerto", "la sala juvenil del centro comunitario"), and in English after "at / of" ("… at the museum").
 */
const OTHER_OWNER_E26 =
  /^,? (?:del municipio|del aeropuerto|del museo|del centro (?:comunitario|de salud|recreativo|civico|cultural)|de la iglesia|de la parroquia|del colegio|del distrito(?: escolar)?|de la clinica|del banco|de la guarderia|del parque|de la oficina de correos|del correo|(?:at|of|in) (?:the|your|a) (?:museum|school|hospital|university|college|community cent(?:er|re)|rec cent(?:er|re)|city|county|council|church|clinic|airport)s?)\b/;
export function otherOwnerE26(tail: string): boolean {
  return OTHER_OWNER_E26.test(tail);
}
/**
 * (v41 E26, `ownRoomE26`) The library's rooms named in English, with "the / our" just before: "the children's room", "the
 * local history room", "our teen room" [not another owner's before it: "the city's local history room" is not read].
 */
const OWN_ROOM_E26 =
  /\b(?:the|our) (?:childrens|kids|teen|teens|young adult|ya|local history|history|genealogy|reference|reading|periodicals?|study|quiet|media|music|maps?|rare books?|special collections) room\b/;
/**
 * (v41 E26, `searchPageWideE26`) A search engine's results or home page beyond E23's `SEARCH_PAGE_E23`: another country's
 * domain (the query's "q=" reads "que=" once normalised) ("google.co.uk/search?q=…", "google.es/search?q=…"), DuckDuckGo's "/?q=", "let me google that for you"; not another
 * service on the engine's host ("books.google.com/books?id=…", "scholar.google.com/…").
 */
const SEARCH_PAGE_E26 =
  /(?<![a-z0-9-]\.)\b(?:www\.)?(?:(?:google|bing|yahoo|duckduckgo|ecosia|startpage)\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})(?:\/(?:search|webhp|html)\b|\/?\??(?:q|que|p)=|\/#q=|(?![.\/a-z0-9]))|(?:lmgtfy|letmegooglethat)\.(?:com|app)\b)/;

// ---- (v41 G21) block G21's readings ----

// ---- (v41 G22) block G22's readings ----

// ---- (v41 E27) block E27's readings ----

// ---- (v41 E28) block E28's readings ----

// ---- (v41 E29) block E29's readings ----

// ---- (v41 E30) block E30's readings ----

/**
 * (v41 E30) New York's laws named with "&" with up to four words, commas among them, before it ("N.Y. Parks, Rec. & Hist.
 * Preserv. Law § 14.09"), up to three after it, "Law" and the section sign just before the number.
 */
const NY_LAW_E30 = /\bn\.? ?y\.?,? (?:[a-z-]+\.?,? ){1,4}(?:&|and) (?:[a-z-]+\.?,? ){1,3}?law,? (?:§|sec\.?|section|second) ?(?=\d)/u;
/** (v41 E30) Maryland's code cited by an article's number, "Code" just before it: "Md. Ann. Code art. 27, § 36B" (the code before 2002). */
const MD_ART_NUMBER_E30 = /\b(?:md\.?|maryland)(?: ann\.?| annotated)? code,? (?:art\.?|article) \d+[a-z]?,? (?:§|sec\.?|section|second) ?(?=\d)/u;
/**
 * (v41 E30, `citationMoreE30`) The sentence of `m` where a law of `NY_LAW_E30` or `MD_ART_NUMBER_E30` and its section end, read
 * across up to four sentences before it as E25's `citationAtE25`; -1 when there is none.
 */
export function citationAtE30(m: Msg): number {
  if (!m.n.includes('§') && !m.n.includes('sec')) return -1;
  const k = citationEndingAt(m, NY_LAW_E30, 4, SECTION_ENDS_E22);
  return k >= 0 ? k : citationEndingAt(m, MD_ART_NUMBER_E30, 4, SECTION_ENDS_E22);
}
/** (v41 E30, `searchPageMoreE30`) Other engines' results pages: Ecosia's, Brave's, Startpage's. */
const SEARCH_PAGE_E30 = /(?<![a-z0-9-]\.)\b(?:www\.)?(?:ecosia\.org\/search\b|search\.brave\.com\/search\b|startpage\.com\/(?:do\/)?(?:search|dsearch)\b)/;
/**
 * (v41 E30, `ownerMoreE30`) More owners after a room or department than E26's `otherOwnerE26`: in English after "at / of /
 * in the", a word or two before an archive, a historical society, a courthouse, a city or town hall, a museum, a university,
 * a college ("at the state archives", "at the county courthouse"); Spanish "de la casa de (la) cultura", "del archivo …".
 */
const OTHER_OWNER_E30 =
  /^,? (?:(?:at|of|in) (?:the|your|a) (?:[a-z]+ ){0,2}(?:archives?|historical society|courthouse|city hall|town hall|museum|university|college)s?|de la casa de (?:la )?cultura|del archivo(?: (?:municipal|historico|estatal|general|nacional))?)\b/;
export function otherOwnerE30(tail: string): boolean {
  return OTHER_OWNER_E30.test(tail);
}

// ---- (v41 E31) block E31's readings ----

// ---- (v41 E32) block E32's readings ----

/** (v41 E32, `searchPageMoreE32`) Startpage's newer results path: "startpage.com/sp/search?query=…". */
const SEARCH_PAGE_E32 = /(?<![a-z0-9-]\.)\b(?:www\.)?startpage\.com\/sp\/search\b/;
/**
 * (v41 E32, `ownBranchE32`) The library's branch named after the room or department, its name made of an owner's word
 * ("at the Courthouse Square branch", "in the Museum District branch", "at the College Park branch library").
 */
const OWN_BRANCH_E32 = /^,? (?:at|of|in) (?:the|our|your) (?:[a-z]+ ){1,3}(?:branch|branch library)\b/;
export function ownBranchE32(tail: string): boolean {
  return OWN_BRANCH_E32.test(tail);
}

/**
 * (v48 N1) Someone writing to or calling the patron, with a modal: "The State Archives can email you their copy", "the board office
 * will mail u a copy", "you'll hear from the clinic" (the verbs of v46 L6's TO_YOU_L6 and "mail", "notify", "ship", "let you know").
 */
const TO_YOU_N1 =
  /(?:\b(?:will|can|could|should|would|may|might|shall)|ll)(?: (?:also|then|probably|usually|likely|try to|be able to))? (?:(?:e ?mail|email|mail|call|phone|ring|text|contact|write|write to|reply to|get back to|get in touch with|reach|send|ship|message|notify|let) (?:you|u)\b|be in touch\b)|\b(?:you|u)(?:ll| will| should| can| may| might) hear (?:back )?from\b/g;
/**
 * (v58 X7, `othersSendX7`) TO_YOU_N1 with the sending after a first act joined by "and": "The county clerk's office will compile
 * the records and email them to you by Friday", "Your caseworker will put together the forms and mail them to you by next week".
 */
const TO_YOU_X7 = new RegExp(
  String.raw`${TO_YOU_N1.source}|(?:\b(?:will|can|could|should|would|may|might|shall)|ll)(?: (?:also|then|probably|usually|likely|try to|be able to))? (?!(?:e ?mail|email|mail|call|phone|ring|text|contact|write|send|ship|message|notify|let|forward)\b)[a-z-]+(?: [a-z0-9'-]+){0,8}? and (?:then )?(?:e ?mail|email|mail|send|ship|text|forward|fax) (?:it|them|that|this|those|these|everything|it all|(?:the|a|an|your|ur|their|its|some|any|copies|a copy)(?: [a-z0-9-]+){0,3}?) (?:over )?to (?:you|u)\b`,
  'g',
);
/** (v48 N1) The provider's own person in a sentence: any such word keeps the sentence a possible promise of the provider's. */
const SELF_N1 = /\b(?:i|ill|im|ive|id|we|well|weve|wed|me|us|let me|lemme)\b/;
/** (v48 N1) Where the subject of the writing begins: the last clause mark or joining word before the modal. */
const CLAUSE_N1 = /[,;:]|\b(?:and|so|but|then|that|who|which|because|since|if|once|when|after|until|while|or)\b/;
/**
 * (v48 N1) A subject of the library's: its people, desks, rooms or services ("my colleague", "the reference desk", "your library",
 * "the Local History room", "Special Collections").
 */
const LIBRARY_N1 =
  /\b(?:our|my|they|them|he|she|him|her|someone|somebody|library|librarys|libraries|librarian|librarians|branch|branchs|branches|staff|team|colleague|colleagues|coworker|coworkers|co-worker|archivist|archivists|volunteer|volunteers|reference|desk|liaison|coordinator|supervisor|manager|specialist|specialists|department|interlibrary|circulation|room|collection|collections|local history|genealogy)\b/;
/** (v48 N1) A thing that sends notices, ending the subject: "our system", "the app", "the library's portal". */
const THING_N1 = /\b(?:system|app|website|site|portal|catalog|catalogue|software|notification|notifications|reminder|reminders|alert|alerts)$/;
/** (v48 N1) Another body named by a determiner ("the State Archives", "your doctor's office", "their office") or as an agency. */
const BODY_N1 = /^(?:(?:the|a|an|your|ur|their|its) [a-z]|(?:irs|ssa|uscis|fema|dmv|mva|hud|usps|medicare|medicaid)$)/;

/**
 * (v54 T8) With "it will text you": a web address or an app, site or account named in the sentence ("Make a Gmail at
 * accounts.google.com/signup, it will …", "It will text you a code once you download the Hoopla app") and none of the library's
 * people or places (`LIBRARY_N1`: not "Your question went to the Eastside branch through the website form, and it will email you").
 */
const IT_THING_T8 = /[a-z0-9-]\.[a-z]{2,}\b|\b(?:app|apps|site|website|portal|account|gmail|signup|sign up|page|form|system|software|program)\b/;
/** (v61 AA9) The text before the modal ends with "and" (", and", "and also"). */
const AND_BEFORE_AA9 = /\band(?: also| then)? $/;
/** (v61 AA9) A sentence that opens with a pronoun, not a name: "you", "they", "he", "she", "it", "this", "that". */
const PRONOUN_FIRST_AA9 = /^(?:(?:and|but|so|also|oh|plus),? )?(?:you|u|they|he|she|it|its|this|that|there|these|those)\b/;
/**
 * (v61 AA9, `thingAndCanAA9`) The modal at `at` of sentence `n` comes right after "and", the sentence opens with a name, not a
 * pronoun, and names a web address, a site or an app (`IT_THING_T8`) and none of the library's people or places (`LIBRARY_N1`).
 */
function andThingAA9Of(n: string, at: number): boolean {
  return AND_BEFORE_AA9.test(n.slice(Math.max(0, at - 12), at)) && !PRONOUN_FIRST_AA9.test(n) && IT_THING_T8.test(n) && !LIBRARY_N1.test(n);
}
/** (v48 N1) `subject` names another body or a thing, not the library's people. */
function otherSubjectN1(subject: string): boolean {
  if (subject === '') return false;
  if (THING_N1.test(subject)) return true;
  return BODY_N1.test(subject) && !LIBRARY_N1.test(subject);
}

/**
 * (v48 N1, `otherBodyN1`) The sentence `n` says only that another body or a thing will write to or call the patron: "The State
 * Archives can email you their copy within 10 days", "The board office will mail u a certified copy within 2 weeks", "our system
 * will text you by 9 pm to confirm the room", "you'll hear from the clinic by Friday". No word of the provider's own person is in
 * it ("I'll email you the minutes, and the archives can mail you a copy" keeps its promise), and every writer named is such a
 * body [not "my colleague", "the reference desk", "your library", "someone", "Talbot" (a name: no determiner), "they"]; with `itT8`
 * (v54 T8) also "it" ("Make a Gmail at …, it will text you a code"); with `andThingAA9` (v61 AA9) also a modal right after "and" in
 * a sentence that opens with a site's or an app's name ("NASA's Spot the Station (spotthestation.nasa.gov) … and can text you").
 */
export function otherWritesN1(n: string, itT8 = false, andSendX7 = false, andThingAA9 = false): boolean {
  if (SELF_N1.test(n)) return false;
  const re = andSendX7 ? TO_YOU_X7 : TO_YOU_N1;
  re.lastIndex = 0;
  let seen = false;
  for (let x = re.exec(n); x !== null; x = re.exec(n)) {
    seen = true;
    let subject: string;
    if (x[0].endsWith('from')) {
      subject = n.slice(x.index + x[0].length).trimStart().split(/[,;:.!?]|\b(?:by|within|in|on|tomorrow|today|tonight|soon|next|about|with|after|before)\b/, 1)[0]!.trim();
    } else {
      const parts = n.slice(0, x.index).split(CLAUSE_N1);
      subject = parts[parts.length - 1]!.trim();
    }
    // (v54 T8, `itWritesT8`) "Make a Gmail at accounts.google.com/signup, it will text you a code": a website or an app
    // (v61 AA9, `thingAndCanAA9`) "NASA's Spot the Station (spotthestation.nasa.gov) gives every visible pass … and can text you
    // alerts": the modal right after "and", the sentence's own subject a site or an app
    if (!otherSubjectN1(subject) && !(itT8 && subject === 'it' && IT_THING_T8.test(n) && !LIBRARY_N1.test(n)) && !(andThingAA9 && subject === '' && andThingAA9Of(n, x.index))) return false;
  }
  return seen;
}
