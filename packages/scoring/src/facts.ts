/**
 * Facts about the whole session that several checks share (RUBRIC.md Terms): substantive
 * exchange, first source, follow-up session, final idle. Each is computed once per session.
 */
import { FOLLOW_UP_CODES } from '@askqa/contract';
import { advertOnlyI6, askedNothingD6, pruebaI6, clarifyAt, contacts, contactsIn, QUOTED, followUpPromise, givesInfo, isGoodbye, isHold, sourceAt, toCallOnlyD5, withoutPartyContactC2 } from './classify';
import { UNSET, type Msg, type Session } from './timeline';
import { F } from './phrases';
import { normalize } from './text';
import { refersPatron } from './checks/referral';

export type At = { m: Msg; k: number };

/**
 * Substantive exchange: the patron asked something and, after that, the provider sent a visible
 * message other than a greeting, check-in, goodbye, hold or disconnect notice (a clarifying
 * question counts). Returns that message, null when there is none.
 */
export function substantiveExchange(s: Session): Msg | null {
  const memo = s.memo;
  if (memo.substantive === UNSET) memo.substantive = substantiveNow(s);
  return memo.substantive;
}

function substantiveNow(s: Session): Msg | null {
  if (s.firstPatronPos < 0) return null;
  // (v13 N4, `askedNothingN4`) the exchange opens at the first patron message that asks something
  const from = s.rubric.askedNothingN4 === true ? firstAskingPos(s) : s.firstPatronPos;
  if (from < 0) return null;
  for (let p = from + 1; p < s.vis.length; p++) {
    const m = s.vis[p]!;
    if (m.role !== 'provider') continue;
    if (clarifyAt(s, m) >= 0 || givesInfo(s, m)) return m;
  }
  return null;
}

/**
 * (v13 N4) A patron message that asks nothing, as a whole (normalised): greetings, acknowledgements and thanks, apologies
 * for a wrong button or chat, a staff test ("test test 123", "testing the new chat widget on the teen page, please
 * ignore"), or no letter or digit at all (an emoji). Each word or phrase must be followed by punctuation, a space or the end.
 */
const NO_ASK_N4 = new RegExp(
  String.raw`^(?:(?:hi+|hello+|hey+|hiya|howdy|hola|buenas|buenos dias|buenas (?:tardes|noches)|good (?:morning|afternoon|evening)|ok|okay|oops|whoops|oh|ah|lol|haha|sorry|so sorry|my bad|my mistake|perdon|disculpe|disculpa|lo siento|test|testing|just testing|this is (?:a|just a|only a) test|test(?:ing)? (?:the|our|my|this|a|an|new) (?:[a-z0-9-]+ ){0,8}?[a-z0-9-]+|test(?:ing)?(?: \d+)+|(?:please|plz) (?:ignore|disregard)(?: this)?|ignore this|never ?mind|nvm|wrong (?:button|chat|window|link|tab|box|number|person|place)|(?:i )?(?:clicked|hit|pressed|tapped|opened) (?:this |the button |it |that |the chat )?by (?:mistake|accident)|by (?:mistake|accident)|me equivoque(?: de (?:boton|chat|ventana|numero))?|thanks|thank you|thx|ty|gracias)(?:[ ,!.?]+|$))+$`,
);
const HAS_WORD_N4 = /[a-z0-9]/;
/**
 * (v16 P7, `testNoticeP7`) A whole patron message (normalised) that opens on a staff test notice ("this is a test from
 * Kim at the Eastside branch, checking the chat widget…", "just testing the chat from the teen desk. please ignore"), with
 * no question mark and no words of a need after it.
 */
const TEST_NOTICE_P7 =
  /^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))[ ,!.]+)?(?:this is (?:a|just a|only a) test|(?:just )?testing (?:the|our|this) (?:chat|widget|service|new)|test message)\b(?![^?]*\?)(?![^]*\b(?:how|what|where|when|why|who|which|can (?:you|u|i)|could (?:you|u)|do (?:you|u)|i need|i want|looking for|help me|question|questions)\b)/;
/**
 * (v45 K10) A patron's test message, asking nothing (read with NO_ASK_N4 or TEST_NOTICE_P7): "test", "testing 1 2 3" (a Spanish
 * "prueba" is skipped before it by v31's `pruebaI6`, so K10 reads English tests only).
 */
const TEST_K10 = /\b(?:test|testing)\b/;
/**
 * (v45 K10) A patron message that only says the test worked, or who asked for it: "lol it works. my teacher said to try it", "ok
 * it went through!", "my teacher wanted us to try the chat" [not "it works. ok so my library card expired", "it won't let me log
 * into Libby"].
 */
const TEST_WORKED_K10 =
  /^(?:(?:lol|lmao|haha|ha|ok|okay|cool|yay|great|nice|oh|k|kk|yep|yes|awesome|perfect|sweet),? )*(?:(?:it|this|the chat|chat|the widget|widget)(?: (?:actually|really|also))? (?:works|worked|is working|went through|works now|loads|loaded)(?: on (?:my|the) [a-z]+)?(?: too)?[!. ]*)?(?:(?:my|our|the) (?:teacher|mom|dad|mum|friend|librarian|class|instructor|professor|prof|boss) (?:said|told (?:me|us)|wanted (?:me|us)|asked (?:me|us)) to (?:try|test) (?:it|this|the chat|this chat|the service|you guys|u guys)(?: out)?[!. ]*)?(?:(?:thanks|thank you|thx|ty|cheers|bye|ok bye|k bye)[!. ]*)?$/;
/** (v13 N4) Position in `vis` of the first patron message that asks something, -1 when none does. */
function firstAskingPos(s: Session): number {
  let tested = false;
  for (let p = s.firstPatronPos; p < s.vis.length; p++) {
    const m = s.vis[p]!;
    if (m.role !== 'patron') continue;
    const n = m.n;
    // (v31 I6, `advertOnlyI6`, `pruebaI6`) nor an advert only, nor a staff test in Spanish
    if (advertOnlyI6(s, n) || pruebaI6(s, n)) continue;
    // (v45 K10, `afterTestK10`) after the patron's test message, one that only says the test worked ("lol it works. my teacher
    // said to try it")
    if (tested && TEST_WORKED_K10.test(n)) continue;
    // (v29 D6, `askedNothingD6`) nor insults only, a staff check of the chat, praise only
    if (n.length > 160 || (HAS_WORD_N4.test(n) && !NO_ASK_N4.test(n) && !(s.rubric.testNoticeP7 === true && TEST_NOTICE_P7.test(n)) && !(s.rubric.askedNothingD6 === true && askedNothingD6(n)))) return p;
    if (s.rubric.afterTestK10 === true && TEST_K10.test(n)) tested = true;
  }
  return -1;
}

/** The first provider message that gives a source. */
export function firstSource(s: Session): At | null {
  const memo = s.memo;
  if (memo.firstSource === UNSET) memo.firstSource = firstSourceNow(s);
  return memo.firstSource;
}

function firstSourceNow(s: Session): At | null {
  return firstProviderAt(s, sourceAt);
}

/** The first provider message where `at` finds a sentence (its index), and that index. */
function firstProviderAt(s: Session, at: (s: Session, m: Msg) => number): At | null {
  for (const m of s.prov) {
    const k = at(s, m);
    if (k >= 0) return { m, k };
  }
  return null;
}

/** The first provider message, after the patron's first, that gives a source or an answer. */
export function firstAnswer(s: Session): Msg | null {
  const memo = s.memo;
  if (memo.firstAnswer === UNSET) memo.firstAnswer = firstAnswerNow(s);
  return memo.firstAnswer;
}

function firstAnswerNow(s: Session): Msg | null {
  const src = firstSource(s);
  for (let p = Math.max(0, s.firstPatronPos + 1); p < s.vis.length; p++) {
    const m = s.vis[p]!;
    if (m.role !== 'provider') continue;
    if (src && src.m.pos <= m.pos) return src.m;
    if (givesInfo(s, m)) return m;
  }
  return src ? src.m : null;
}

export function normCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z]/g, '');
}
const FOLLOW_UP = new Set<string>(FOLLOW_UP_CODES.map(normCode));

export function isFollowUpCode(code: unknown): boolean {
  return typeof code === 'string' && FOLLOW_UP.has(normCode(code));
}

/** The first promise in the chat to send or find more later. */
export function firstPromise(s: Session): At | null {
  const memo = s.memo;
  if (memo.promise === UNSET) memo.promise = firstPromiseNow(s);
  return memo.promise;
}

function firstPromiseNow(s: Session): At | null {
  return firstProviderAt(s, followUpPromise);
}

export type FollowUpSession = { byCode: boolean; promise: At | null };

/** Follow-up session (Terms): a follow-up code, or a promise in the chat to send or find more later. */
export function followUpSession(s: Session): FollowUpSession | null {
  const memo = s.memo;
  if (memo.followUpSession === UNSET) memo.followUpSession = followUpSessionNow(s);
  return memo.followUpSession;
}

function followUpSessionNow(s: Session): FollowUpSession | null {
  const byCode = isFollowUpCode(s.t.resolutionCode);
  const promise = firstPromise(s);
  return byCode || promise ? { byCode, promise } : null;
}

export type FinalIdle = {
  /** where waiting on the patron begins */
  start: Msg;
  /** epoch ms the idle ends (the goodbye, else the session's end) */
  endAt: number;
  seconds: number;
  /** provider messages sent during the idle (start through the last visible message; v5: by endAt) */
  msgs: Msg[];
  endsAtGoodbye: boolean;
};

/**
 * Final idle (Terms): when the provider sent the last visible message, from the first provider
 * message after the patron's last that is not a hold message, to the session's end, or to the
 * provider's last message when that is a goodbye (which then counts as sent during the idle).
 */
export function finalIdle(s: Session): FinalIdle | null {
  const memo = s.memo;
  if (memo.finalIdle === UNSET) memo.finalIdle = finalIdleNow(s);
  return memo.finalIdle;
}

function finalIdleNow(s: Session): FinalIdle | null {
  const last = s.vis[s.vis.length - 1];
  if (!last || last.role !== 'provider') return null;
  let start: Msg | null = null;
  for (let p = s.lastPatronPos + 1; p < s.vis.length; p++) {
    const m = s.vis[p]!;
    if (!isHold(s, m)) {
      start = m;
      break;
    }
  }
  if (!start) return null;
  const endsAtGoodbye = isGoodbye(s, last);
  const endAt = endsAtGoodbye ? last.t : s.end;
  let msgs = s.vis.slice(start.pos);
  // (v5) a message typed after the end of the session is not sent during the idle
  if (s.rubric.afterEndOutside === true && msgs[msgs.length - 1]!.t > endAt) msgs = msgs.filter((m) => m.t <= endAt);
  return { start, endAt, seconds: Math.max(0, endAt - start.t) / 1000, msgs, endsAtGoodbye };
}

/**
 * The patron's e-mail or phone as it appears in the chat: typed by the patron, or repeated back
 * by the provider ("I have ...", "is that correct?"). A referral's number is not the patron's.
 */
export function contactInChat(s: Session): At | null {
  const memo = s.memo;
  if (memo.contactInChat === UNSET) memo.contactInChat = contactInChatNow(s);
  return memo.contactInChat;
}

function contactInChatNow(s: Session): At | null {
  const echo = s.rubric.followupFieldEcho === true ? fieldContacts(s) : null;
  for (const m of s.vis) {
    const c = contacts(s, m);
    if (!c.email && !c.phone) continue;
    // (v26 A2, `pastedContactA2`) 'I got this: "… Questions? Write to ill@brookside.lib.md.us. Thank you."': the sender's
    // (v29 D5, `toCallD5`) "the county site says call 410-555-0100 … but nobody answers": the number to call, not the patron's
    if (m.role === 'patron' && !(s.rubric.pastedContactA2 === true && m.n.includes('"') && pastedOnlyA2(s, m.n)) && !toCallOnlyD5(s, m.n)) return { m, k: -1 };
    if (m.role === 'patron') continue;
    const k = m.sentences.findIndex((x) => {
      // (v28 C2, `partyContactC2`) "I'll email the recorder at recorder@countymd.gov for you and get back to you": the party's address
      // (v28 C8, `ownContactC8`) but not when the address repeated is the patron's own: "I'll email the scans over at maria.g@…"
      // (v28 C10, `sentThingC10`) "I'll call back on 360-555-0142": the patron's number stays
      const party = s.rubric.partyContactC2 === true && !(s.rubric.ownContactC8 === true && echo !== null && echoes(x.n, echo));
      const cc = contactsIn(s, party ? withoutPartyContactC2(s, x.n) : x.n);
      if (!cc.email && !cc.phone) return false;
      if (echo !== null && echoes(x.n, echo)) return true;
      // (v9 T) "call SDAT at 410-767-4433 to confirm any letter": the party's number, not the patron's
      return m.sHas(x, F.patronContactContext) && !(s.rubric.referralContactNotPatronT === true && refersPatron(s, m, x));
    });
    if (k >= 0) return { m, k };
  }
  return null;
}

/** (v26 A8, `ownPastedA8`) Outside the quotes, the patron says they wrote or sent the passage ("i sent this", "i wrote on the form"). */
const OWN_PASTE_A8 = /\b(?:i|ive|i have|i had|i already|i just) (?:already )?(?:sent|wrote|emailed|e mailed|submitted|typed|filled|put|messaged|posted|texted|left)\b/;
/** (v26 A8) A quoted passage in the first person ("I am looking for …", "you can text me at …"). */
const PASTED_FIRST_PERSON_A8 = /"[^"]*\b(?:i|im|me|my|ive|id)\b[^"]*"/;
/**
 * (v26 A10, `ownQuoteA10`) What comes before a quoted passage says the patron wrote it, or hands it over to be copied: "I
 * emailed the archive last month saying "please send the deed copy to …"", "just copy "Dr. Luis Ortega, …, 312-…" into the
 * request". Not "the email said", "I got this:".
 */
const OWN_QUOTE_A10 =
  /(?:\b(?:i|ive|i have|i had|i already|i even) (?:[a-z]+ ){0,8}?(?:emailed|e mailed|wrote|written|typed|said|asked|sent|put|entered|told|texted|messaged|saying|writing)|\b(?:copy|paste|use|put|enter|type|write)(?: (?:this|it|that|down|in))?(?: (?:exactly|as is))?) ?:? ?$/;
/** (v26 A2, `pastedContactA2`) The patron's e-mails and phones in `n` are all inside pasted passages (in double quotes, five words or more). */
function pastedOnlyA2(s: Session, n: string): boolean {
  // (v26 A8, `ownPastedA8`) "i sent this … last week: "…please reply to t.nguyen77@gmail.com"": the patron's own message
  if (s.rubric.ownPastedA8 === true && OWN_PASTE_A8.test(n.replace(QUOTED, ' ')) && PASTED_FIRST_PERSON_A8.test(n)) return false;
  // (v26 A10, `ownQuoteA10`) a passage the patron says right before it that they wrote, or hands over to copy, stays
  const a10 = s.rubric.ownQuoteA10 === true;
  const c = contactsIn(s, n.replace(QUOTED, (q, at: number) => (q.split(' ').length >= 5 && !(a10 && OWN_QUOTE_A10.test(n.slice(Math.max(0, at - 80), at))) ? ' ' : q)));
  return !c.email && !c.phone;
}

type FieldContacts = { email: string | null; phone: string | null; phoneText: string | null };
const NOT_DIGIT = /\D/g;

/**
 * (v6) The patron's e-mail (normalised) and phone (its last ten digits) from the patron fields, null
 * when neither. A stored transcript has them redacted: "[email]" and "[phone]" in the fields and
 * wherever the patron's own address or number stood in the chat, so a placeholder is matched as
 * text (`phoneText`; the e-mail's normalised placeholder already is).
 */
export function fieldContacts(s: Session): FieldContacts | null {
  // (v14) "[email]" and "[phone]" read as the stand-ins the chat's placeholders read as (timeline.ts)
  const { email: pe, phone: pp } = s.patronContact;
  const email = typeof pe === 'string' && pe.trim().length > 0 ? normalize(pe).trim() : null;
  const rawPhone = typeof pp === 'string' ? pp.trim() : '';
  const digits = rawPhone.replace(NOT_DIGIT, '').slice(-10);
  const phone = digits.length >= 7 ? digits : null;
  const phoneText = phone === null && rawPhone.startsWith('[') ? normalize(rawPhone).trim() || null : null;
  return email === null && phone === null && phoneText === null ? null : { email, phone, phoneText };
}

/** The normalised sentence `n` holds the patron's e-mail or phone from the fields (the provider repeating it). */
export function echoes(n: string, f: FieldContacts): boolean {
  if (f.email !== null && n.includes(f.email)) return true;
  if (f.phoneText !== null && n.includes(f.phoneText)) return true;
  return f.phone !== null && n.replace(NOT_DIGIT, '').includes(f.phone);
}

/** A patron contact is known: in the patron fields (placeholders count) or in the chat. */
export function patronContactKnown(s: Session): boolean {
  const p = s.t.patron as { name?: unknown; email?: unknown; phone?: unknown } | null | undefined;
  const filled = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  if (filled(p?.email) || filled(p?.phone) || contactInChat(s) !== null) return true;
  // (v5) "Guest" columns hold the patron's name or e-mail
  if (s.rubric.contactInPatronName !== true || typeof p?.name !== 'string') return false;
  const c = contactsIn(s, normalize(p.name));
  return c.email || c.phone;
}
