/**
 * followup.completeness, followup.contact and followup.on_time (RUBRIC.md, Follow-Up).
 */
import { completenessAt, FRAGMENT_GAP_MS, joinedFragment, LINE_FINISHED, otherDateOnlyC2, otherWritesN1 } from '../classify';
import { contactInChat, firstAnswer, followUpSession } from '../facts';
import { parseTime, type Msg, type Session } from '../timeline';
import { wordCount } from '../text';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';

/** followup.completeness: in or after the first source or answer, asks whether it meets the need. */
export const completeness: Check = (s, done) => {
  const id = 'followup.completeness';
  if (done['info.source']?.status === 'na') return na(id, 'info.source is na');
  const first = firstAnswer(s);
  if (!first) return result(id, 'fail', 'no source or answer was given, so nothing was checked against the need');
  for (let p = first.pos; p < s.vis.length; p++) {
    const m = s.vis[p]!;
    if (m.role !== 'provider') continue;
    const k = completenessAt(s, m);
    if (k >= 0) return result(id, 'pass', 'asked whether the information given meets the need', [ev(m, k)]);
    // (v10 Z2) "Does that" / "help?": the question broken over two messages
    if (s.rubric.fragmentsZ2 === true && m.raw.length <= 80) {
      const j = joinedFragment(s, m);
      if (j !== null && j.trimEnd().endsWith('?') && s.P.completeness.test(j))
        return result(id, 'pass', 'asked, in a line broken over two messages, whether the information given meets the need', [ev(s.vis[m.pos - 1]!), ev(m)]);
    }
  }
  return result(id, 'fail', 'never asked whether the information given meets the need', [ev(first)]);
};

/**
 * (v11 K6, `hoursNotWhenK6`) Opening hours or the provider's shift: "we close at 5 today", "opens at 10 tomorrow", "I'm on
 * until 8 tonight", "here till noon" (a time after at/until/till/from, then perhaps its day).
 */
const HOURS_SRC_K6 =
  '\\b(?:(?:close|closes|closing|closed|open|opens|opening|off) (?:at|until|till|til|from)|(?:on|here|working|in the office|at the desk) (?:until|till|til)) (?:\\d{1,2}(?:[: ]?\\d\\d)?(?: ?(?:am|pm|a m|p m))?|noon|midnight)(?: (?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays|weekends)))?\\b';
const HOURS_K6 = new RegExp(HOURS_SRC_K6);
const HOURS_ALL_K6 = new RegExp(HOURS_SRC_K6, 'g');
/** (v11 K6) The delivery tied to those hours: "it opens at 10 tomorrow, so I'll email you the scan then". */
const THEN_K6 = /\b(?:then|after that|right after|once (?:it|we|they|the [a-z]+) (?:opens?|reopens?))\b/;
/** (v11 K6) The only time in `n` is the opening hours or the shift's, with no delivery tied to it. */
function hoursOnlyK6(s: Session, n: string): boolean {
  return HOURS_K6.test(n) && !THEN_K6.test(n) && !s.P.whenExpect.test(n.replace(HOURS_ALL_K6, ' '));
}

/** (v20 T5) The words a time typed as its own message starts with ("by tomorrow afternoon", "within 2 business days"). */
const SPLIT_WHEN_LEAD_T5 = /^(?:and |or )?(?:by(?! the way)|within|in|on|before|tomorrow|today|tonight|this|next|early|first thing|sometime|some time|later)\b/;

/**
 * (v20 T5, `splitMessagesT5`) `m` (a message the when family reads) is only a time, of at most six words and no question,
 * typed at most 30 s after the provider's message before it, which ends with no . ! ? and whose last sentence promises
 * or delivers ("I'll email you what I find" / "by tomorrow afternoon"; "someone from your library will contact you" /
 * "within 2 business days"). Not the opening hours ("we close at 5 today"), not "by the way, we're closed tomorrow", nor a time after a finished
 * sentence.
 */
function splitWhenT5(s: Session, m: Msg): boolean {
  if (m.pos <= 0 || m.sentences.length !== 1) return false;
  const n = m.n.trim();
  // (v23 X2, `splitConditionX2`) "within 2 business days if that's ok": the time before the condition has at most six words
  const long = s.rubric.splitConditionX2 === true ? wordCount(n) > 10 || wordCount(n.split(SPLIT_CONDITION_T8, 1)[0]!) > 6 : wordCount(n) > 6;
  if (n.endsWith('?') || long || !SPLIT_WHEN_LEAD_T5.test(n)) return false;
  const p = s.vis[m.pos - 1]!;
  if (p.role !== 'provider' || m.t - p.t > FRAGMENT_GAP_MS || LINE_FINISHED.test(p.n.trim())) return false;
  const x = p.sentences[p.sentences.length - 1];
  if (!x || !(p.sHas(x, F.deliveryVerb) || p.sHas(x, F.followupPromise))) return false;
  if (SPLIT_CLAUSE_T8.test(n.split(SPLIT_CONDITION_T8, 1)[0]!)) return false;
  return !hoursOnlyK6(s, n);
}
/**
 * (v20 T8, within `splitMessagesT5`) A verb or subject of the fragment's own, before any "if / unless": "on Monday the archive
 * is closed", "today we're short-staffed", "tomorrow the branch opens late" say something else than the time.
 */
const SPLIT_CLAUSE_T8 = /\b(?:is|are|was|were|isnt|arent|wasnt|im|its|theyre|theres|we|weve|they|opens|closes|open|closed|close)\b/;
/**
 * (v46 L6) A sentence that says the patron will be written to or called, with a modal: "They can e-mail you within two business
 * days", "you'll hear from them by Friday", "she will be in touch tomorrow" [not a habit: "Our holds system emails you within 24
 * hours when a book is ready"].
 */
const TO_YOU_L6 = /(?:\b(?:will|can|could|should|would|may|might|shall)|ll)(?: (?:also|then|probably|usually|likely|try to|be able to))? (?:(?:e ?mail|email|call|phone|ring|text|contact|write|write to|reply to|get back to|get in touch with|reach|send|message) (?:you|u)\b|be in touch\b)|\b(?:you|u)(?:ll| will| should| can| may| might) hear (?:back )?from\b/;
/**
 * (v47 M6) Who writes, in the words before TO_YOU_L6's modal: the library's people ("they", "we", "I", "she", "our archivist", "one
 * of my colleagues", a colleague's name as the sentence's first word), not a thing or another body ("our system", "ILL", "the
 * clinic", "the IRS").
 */
const LIBRARY_WRITES_M6 =
  /(?:^|[,;:] |\b(?:and|so|but|then|that|who) )(?:i|we|they|he|she|someone|somebody|staff|(?:a|one of (?:my|our|the)|my|our|the|a fellow) (?:[a-z]+ )?(?:colleague|colleagues|librarian|librarians|staff|team|archivist|archivists|specialist|specialists|department|desk|volunteer|volunteers|coworker|coworkers|co-worker|manager|supervisor)|(?!(?:ill|it|this|that|everyone|everybody|irs|ssa|uscis|fema|dmv|mva|va|system|app|amazon)(?: (?:also|then|probably|usually|likely|definitely))?$)(?<=^)[a-z]+)(?: (?:also|then|probably|usually|likely|definitely))?$/;
/** (v47 M6) "you'll hear from" whom: the library's people ("them", "us", "her", "our archivist"), not "the clinic". */
const FROM_LIBRARY_M6 =
  /^(?:them|us|me|her|him|one of us|(?:a|one of (?:my|our|the)|my|our|the) (?:[a-z]+ )?(?:colleague|colleagues|librarian|librarians|staff|team|archivist|archivists|specialist|specialists|department|desk|volunteer|volunteers|coworker|coworkers|manager|supervisor))\b/;
/** (v47 M6) A time in minutes or moments (a hold: "I'll get back to you in a few minutes"). */
const MINUTES_M6 = /\b(?:minute|minutes|mins?|moments?|secs?|seconds|a second|in a (?:bit|jiffy))\b|\bright back\b/;
/** (v47 M6) A notice sent when something comes ("We'll email you by Friday when the book arrives"). */
const WHEN_ARRIVES_M6 = /\b(?:when|once|as soon as|whenever) (?:[a-z]+ ){0,4}?(?:arrives|arrive|comes in|come in|is ready|are ready|is available|are available|gets here|get here|ships|has shipped|have shipped|is back|are back|is returned|are returned)\b/;
/**
 * (v47 M6, `whenBeforeNarrowM6`) The sentence `n` (TO_YOU_L6 found in it) says the library's people will write or call about the
 * need at a time: who writes is a person of the library, the time is not in minutes, and the writing is no notice of an arrival.
 */
function libraryWritesM6(n: string): boolean {
  if (MINUTES_M6.test(n) || WHEN_ARRIVES_M6.test(n)) return false;
  const x = TO_YOU_L6.exec(n);
  if (x === null) return false;
  const hear = /hear (?:back )?from$/.test(x[0]);
  if (hear) return FROM_LIBRARY_M6.test(n.slice(x.index + x[0].length).trimStart());
  return LIBRARY_WRITES_M6.test(n.slice(0, x.index).trimEnd());
}

/** (v20 T8) Where a condition begins in the fragment: "within 2 days if that's ok". */
const SPLIT_CONDITION_T8 = /\b(?:if|unless|hopefully)\b/;

/**
 * followup.contact (critical): in a follow-up session, the patron's e-mail or phone is confirmed
 * in the chat (given or repeated back there) and the provider says when the information will come.
 */
export const contact: Check = (s) => {
  const id = 'followup.contact';
  const fu = followUpSession(s);
  if (!fu) return na(id, 'not a follow-up session');
  const confirmed = contactInChat(s);
  const from = fu.promise ? fu.promise.m.pos : 0;
  /** the sentence of a provider message that says when the follow-up comes */
  const whenIn = (m: Msg): number =>
    m.sentences.findIndex(
      (x) =>
        m.sHas(x, F.whenExpect) &&
        (m.sHas(x, F.deliveryVerb) ||
          m.sHas(x, F.followupPromise) ||
          // (v27 B5, `agreedRequestB5`) "Will do, by Friday at the latest!": the agreement to the patron's request is the promise
          (s.rubric.agreedRequestB5 === true && fu.promise?.m === m && fu.promise.k === x.k)) &&
        // (v11 K6) "We close at 5 today, so I'll email you the list": the time of the opening hours or the shift is no delivery time
        !(s.rubric.hoursNotWhenK6 === true && hoursOnlyK6(s, x.n)) &&
        // (v28 C2) "I'll email you the list, and your hold expires Friday.": the hold's date, or a day gone by, is no delivery time
        // (C8's `dueDeliveryC8` "… by the last Friday of the month" and C10's `beforeDueC10` "… before your essay is due Monday"
        // are the delivery's, read inside otherDateOnlyC2)
        !(s.rubric.otherDateC2 === true && otherDateOnlyC2(s, x.n)) &&
        // (v48 N1, `otherBodyN1`) "The State Archives can email you their copy within 10 days": another body's time, not the library's
        !(s.rubric.otherBodyN1 === true && otherWritesN1(x.n, s.rubric.itWritesT8 === true, s.rubric.othersSendX7 === true, s.rubric.thingAndCanAA9 === true)),
    );
  let when: { m: Msg; k: number } | null = null;
  for (let p = from; p < s.vis.length && !when; p++) {
    const m = s.vis[p]!;
    if (m.role !== 'provider' || !m.has(F.whenExpect)) continue;
    const k = whenIn(m);
    if (k >= 0) when = { m, k };
    // (v20 T5) "I'll email you what I find" / "by tomorrow afternoon": the when typed as its own message after the promise
    else if (s.rubric.splitMessagesT5 === true && splitWhenT5(s, m)) when = { m, k: 0 };
  }
  // (v46 L6, `whenBeforePromiseL6`) "They can e-mail you within two business days." and, later, "Talbot will be in touch.": the
  // time said before the sentence taken for the promise, the latest such provider message before it
  // (only a sentence that says the patron will be written to or called: not "release it within 24 hours", "open by
  // appointment Tuesday through Saturday; call … and staff will pull the originals")
  if (!when && fu.promise && s.rubric.whenBeforePromiseL6 === true) {
    for (let p = from - 1; p >= 0 && !when; p--) {
      const m = s.vis[p]!;
      if (m.role !== 'provider' || !m.has(F.whenExpect)) continue;
      const k = whenIn(m);
      // (v47 M6, `whenBeforeNarrowM6`) only the library's people writing, not in minutes, not an arrival's notice
      if (k >= 0 && TO_YOU_L6.test(m.sentences[k]!.n) && (s.rubric.whenBeforeNarrowM6 !== true || libraryWritesM6(m.sentences[k]!.n))) when = { m, k };
    }
  }
  const evidence = [];
  if (confirmed) evidence.push(ev(confirmed.m, confirmed.k));
  if (when) evidence.push(ev(when.m, when.k));
  if (confirmed && when) return result(id, 'pass', 'contact confirmed in the chat and the time of the follow-up stated', evidence);
  if (!confirmed && !when) {
    if (fu.promise) evidence.push(ev(fu.promise.m, fu.promise.k));
    return result(id, 'fail', 'no e-mail or phone confirmed in the chat, and no time given for the follow-up', evidence);
  }
  if (!confirmed) return result(id, 'fail', 'no e-mail or phone confirmed in the chat (a contact only on record does not count)', evidence);
  return result(id, 'fail', 'contact confirmed, but the provider never said when the information will come', evidence);
};

/** followup.on_time: a follow-up recorded within followUpHours of the session's end. */
export const onTime: Check = (s) => {
  const id = 'followup.on_time';
  if (!followUpSession(s)) return na(id, 'not a follow-up session');
  const hours = s.settings.followUpHours;
  const deadline = s.end + hours * 3_600_000;
  let first = Infinity;
  const lists: unknown[] = [s.t.followUps, s.ctx.recordedFollowUps];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const f of list) {
      const at = parseTime(f !== null && typeof f === 'object' ? (f as { doneAt?: unknown }).doneAt : undefined);
      if (at < first) first = at;
    }
  }
  if (first !== Infinity) {
    const hoursAfter = Math.round((first - s.end) / 360_000) / 10;
    if (first <= deadline) return result(id, 'pass', `follow-up recorded ${hoursAfter} h after the session ended; the limit is ${hours} h`, [], { value: hoursAfter });
    return result(id, 'fail', `follow-up recorded ${hoursAfter} h after the session ended; the limit is ${hours} h`, [], { value: hoursAfter });
  }
  const now = s.ctx.now;
  if (typeof now === 'number' && now > deadline) {
    return result(id, 'fail', `no follow-up recorded and the ${hours} h deadline has passed`, []);
  }
  return result(id, 'pending', `no follow-up recorded yet; due within ${hours} h of the session's end`, []);
};
