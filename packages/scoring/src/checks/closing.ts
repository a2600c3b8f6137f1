/**
 * closing.anything_else, closing.no_dismissal and closing.courteous (RUBRIC.md, Closing).
 */
import { wayForwardE10, wayForwardE11, wayForwardAskedE14, wayForwardSourceE19, searchPageE23, scopedDoneI4, wayBackAfterWaitD6, closedNowF5, demandDoneI5, refusedToGoOnH3, conductWarningF5, anythingElseAt, clarifyAt, CONSULTED_A10, endOnQuestionC5, QUOTED, queueThenSourceC5, FRAGMENT_GAP_MS, joinedFragment, courteous as courteousAt, courteousText, givesInfo, holdTakenBackD5, isHold, onlyQuotedDismissalY10, patronEndedC10, seemsGone, selfIdentifies, sourceAt } from '../classify';
import { firstAnswer, substantiveExchange } from '../facts';
import { refersPatron } from './referral';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';
import type { Msg, Sentence, Session } from '../timeline';

/** A reference the patron pasted: "(2019)", "(2020, May 3)", "et al." */
const CITATION = /\(\d{4}[a-z]?(?:, [a-z]+\.? \d{1,2})?\)|\bet al\b/;

/** The sentence is the patron's own words: not inside quotation marks, not in a pasted reference. */
function ownWords(m: Msg, x: Sentence): boolean {
  const n = m.n;
  if (!n.includes('"') && !n.includes('(') && !n.includes('et al')) return true;
  if (CITATION.test(n) || x.n.includes('"')) return false;
  let quotes = 0;
  for (let p = n.indexOf('"'), end = n.indexOf(x.n); p >= 0 && p < end; p = n.indexOf('"', p + 1)) quotes++;
  return quotes % 2 === 0;
}

/**
 * (v26 A2, `outsideQuotesDoneA2`) The patron's sentence `x` holds quotes (in pairs, none open before it) and its words
 * outside them say the patron is done.
 */
function doneOutsideQuotesA2(s: Session, m: Msg, x: Sentence): boolean {
  const n = m.n;
  if (!x.n.includes('"') || CITATION.test(n)) return false;
  const at = n.indexOf(x.n);
  if (at < 0 || (n.slice(0, at).split('"').length - 1) % 2 !== 0 || (x.n.split('"').length - 1) % 2 !== 0) return false;
  return s.P.patronDone.test(x.n.replace(QUOTED, ' '));
}
/**
 * (v26 A2, `reportedDismissalA2`) What someone else told the patron, to the end of its clause: "someone told you that you had
 * reached a limit of questions", "another librarian said your time was up".
 */
const REPORTED_A2 =
  /\b(?:someone|somebody|another (?:librarian|staff member|person|provider|volunteer)|(?:the|a|that|your) (?:last|other|previous|earlier|first) (?:librarian|person|staff member|provider|volunteer|one)|(?:a|the|that) librarian|they|he|she) (?:told (?:you|u)|said to (?:you|u)|said|wrote|typed)\b(?:(?! but\b)[^.!?;,])*/g;

/** (v26 A9, `reportedAgreeA9`) The provider's "like" or "as" right before a reported clause: the provider says it too. */
const AGREE_A9 = /\b(?:like|as) $/;
/** (v26 A10) A REPORTED_A2 clause whose subject is a pronoun and whose verb reports no words told to the patron. */
const PRONOUN_SAID_A10 = /^(?:they|he|she) (?:said|wrote|typed)\b(?! to (?:you|u)\b)/;
/**
 * `m`'s text without what someone else told the patron (REPORTED_A2); what stays: (v26 A10, `consultedDismissalA10`) a
 * colleague's answer relayed now ("I checked with my supervisor and they said you've reached the limit of questions for
 * today"), and (v26 A9, `reportedAgreeA9`) a clause the provider opens with "like" or "as" ("Like the other librarian told
 * you there is a limit…": the provider's own).
 */
function notReportedA2(s: Session, m: Msg): string {
  const n = m.n;
  const consulted = s.rubric.consultedDismissalA10 === true && CONSULTED_A10.test(n);
  const agree = s.rubric.reportedAgreeA9 === true;
  if (!consulted && !agree) return n.replace(REPORTED_A2, ' ');
  return n.replace(REPORTED_A2, (r: string, at: number) =>
    (consulted && PRONOUN_SAID_A10.test(r)) || (agree && AGREE_A9.test(n.slice(Math.max(0, at - 12), at))) ? r : ' ',
  );
}
/**
 * (v25 Z3, `wishGreetingZ3`) Every greeting sentence of `m` also parts: a holiday wish ("Merry Christmas! Is there anything
 * I can help you with?"), no fresh opening.
 */
function wishesOnlyZ3(s: Session, m: Msg): boolean {
  if (s.rubric.wishGreetingZ3 !== true || !m.sentences.every((x) => !m.sHas(x, F.greeting) || m.sHas(x, F.farewell))) return false;
  // (v25 Z10, `wishIntroZ10`) "Happy New Year! Lee here, taking over from Dev. Is there anything…?": a new opening
  if (s.rubric.wishIntroZ10 === true && selfIdentifies(s, m) >= 0) return false;
  // (v25 Z9, `wishOpenAgainZ9`) "Hi, Merry Christmas! I'm Lee, taking over from Dev. Is there anything I can help you with?": a
  // greeting beside the wish, or a self-introduction, opens the chat again
  if (s.rubric.wishOpenAgainZ9 === true && (m.has(F.selfIntro) || m.sentences.some((x) => m.sHas(x, F.greeting) && s.P.greeting.test(x.n.replace(s.P.global('farewell'), ' ')))))
    return false;
  return true;
}

/** closing.anything_else: asks whether anything else is needed, or the patron says they are done. */
export const anythingElse: Check = (s, done) => {
  const id = 'closing.anything_else';
  if (done['info.source']?.status === 'na') return na(id, 'info.source is na');
  for (const m of s.prov) {
    const k = anythingElseAt(s, m);
    if (k >= 0) return result(id, 'pass', 'asked whether the patron needed anything else', [ev(m, k)]);
  }
  // Being done follows help: a patron's "I'm good" before any answer is small talk.
  const after = (firstAnswer(s) ?? substantiveExchange(s))?.pos ?? -1;
  // (v6) "Is there anything I can help you with?" asked again after the answer asks for more
  if (s.rubric.offerAfterAnswer === true && after >= 0) {
    for (const m of s.prov) {
      if (m.pos <= after || !m.has(F.greetingOffer) || (m.has(F.greeting) && !wishesOnlyZ3(s, m))) continue;
      const k = m.find(F.greetingOffer, (x) => x.q);
      if (k >= 0) return result(id, 'pass', 'asked, after the answer, whether the patron needed help with anything more', [ev(m, k)]);
    }
  }
  for (const m of s.patron) {
    if (m.pos < after) continue;
    // "That's all she wrote" in a pasted citation, or a quoted assignment, is not the patron speaking
    // (v26 A2, `outsideQuotesDoneA2`) 'lol "that's all folks" — no more questions, thanks!': the words outside the quotes
    const k = m.find(F.patronDone, (x) => (ownWords(m, x) || (s.rubric.outsideQuotesDoneA2 === true && doneOutsideQuotesA2(s, m, x))) && !(s.rubric.scopedDoneI4 === true && scopedDoneI4(m, x)));
    // (v31 I5, `demandDoneI5`) "just tell me if i should fight for it, thats all i want to know": still asking, not done
    if (k >= 0 && s.rubric.demandDoneI5 === true && demandDoneI5(m)) continue;
    if (k < 0) {
      // (v10 Z2) "thats" / "all i needed, thx": the patron's line broken over two messages
      if (s.rubric.fragmentsZ2 === true && m.raw.length <= 80) {
        const j = joinedFragment(s, m);
        if (j !== null && s.P.patronDone.test(j))
          return result(id, 'pass', 'the patron said on their own, in a line broken over two messages, that they were done', [ev(s.vis[m.pos - 1]!), ev(m)]);
      }
      continue;
    }
    return result(id, 'pass', 'the patron said on their own that they were done', [ev(m, k)]);
  }
  const last = s.prov[s.prov.length - 1];
  return result(id, 'fail', 'never asked whether the patron needed anything else, and the patron never said they were done', last ? [ev(last)] : []);
};

/**
 * closing.no_dismissal (critical): fail when the provider says the patron's time is up, that
 * they reached a limit of questions or asked too many, or ends the help for the provider's
 * convenience without a way back. "Other patrons are waiting, come back later" is allowed.
 */
export const noDismissal: Check = (s) => {
  const id = 'closing.no_dismissal';
  if (!s.providerJoined) return na(id, 'no provider joined');
  for (const m of s.prov) {
    // (v24 Y6, `quotedWordsY6`) 'The reservation screen says "Your time is up"': the screen's words, not the provider's
    // (v24 Y10, `quotedRuleY10`) but 'we go by the "one question per chat" rule' is the provider's own
    // (v26 A2, `reportedDismissalA2`) "I'm sorry someone told you that you had reached a limit of questions": reported
    if (
      m.has(F.dismissalHard) &&
      !onlyQuotedDismissalY10(s, m, [s.P.dismissalHard]) &&
      // (v26 A9, `reportedAgreeA9`) but "Like the other librarian told you there is a limit…" is the provider's own
      !(s.rubric.reportedDismissalA2 === true && !s.P.dismissalHard.test(notReportedA2(s, m)))
    ) {
      const k = m.find(F.dismissalHard);
      return result(id, 'fail', 'told the patron their time is up or that they asked too many questions', [ev(m, k)]);
    }
    const convenience = m.has(F.dismissalConvenience) && !onlyQuotedDismissalY10(s, m, [s.P.dismissalConvenience]);
    if (!convenience && !(m.has(F.othersWaiting) && !onlyQuotedDismissalY10(s, m, [s.P.othersWaiting]))) {
      // (v12 L6) "This chat is for English only. I am ending the chat now.": the patron turned away for their language
      const k = s.rubric.languageDismissalL6 === true ? languageRefusalL6(s, m) : -1;
      if (k >= 0) {
        return result(id, 'fail', "ended the chat because of the patron's language, without offering a way back", [ev(m, k)]);
      }
      // (v28 C5, `endOnQuestionC5`) "and do you have old photos too?" then "I'm going to end the chat now." (no way back)
      // (v28 C10, `patronEndedC10`) "that's all thanks, can you close the chat?" then the end: the patron's wish
      // (v30 F5, `closedNowF5`) "and can I print from the readers?" then "We close at 8 and it's 8. Goodnight." (no way back)
      // (the cheap gates of endOnQuestionC5, then closedNowF5 only if it did not fire, first; patronEndedC10 once: it reads
      // the patron's message before each provider message, and all three are pure, so the order changes no answer)
      const e = s.rubric.endOnQuestionC5 === true ? endOnQuestionC5(s, m) : -1;
      const c = e < 0 && s.rubric.closedNowF5 === true ? closedNowF5(s, m) : -1;
      if ((e >= 0 || c >= 0) && !patronEndedC10(s, m)) {
        if (e >= 0) return result(id, 'fail', "ended the chat right after the patron's question, without offering a way back", [ev(m, e)]);
        return result(id, 'fail', "told the patron, right after their question, that the service is closed, without offering a way back", [ev(m, c)]);
      }
      // (v30 H3, `refusedToGoOnH3`) "Look, I've explained the policy three times. I'm not going to keep going around in circles. Bye."
      const h = s.rubric.refusedToGoOnH3 === true ? refusedToGoOnH3(s, m) : -1;
      if (h >= 0) return result(id, 'fail', 'refused to go on with the patron, without offering a way back', [ev(m, h)]);
      continue;
    }
    // A hold ("I'm busy with another patron, one moment please") does not end the help.
    // (v29 D5, `holdTakenBackD5`) but "brb... actually nvm gotta run, ttyl" takes the hold back and leaves
    if (isHold(s, m) && !m.has(F.willEnd) && !(convenience && holdTakenBackD5(s, m))) continue;
    // Closing on a patron who seems gone is not for the provider's convenience.
    if (seemsGone(s, m) >= 0) continue;
    // Mentioning the queue while going on helping ends nothing ("other patrons are waiting, so
    // let's be quick: the form is at ..."): only ending the help there is a dismissal.
    if (!convenience && !m.has(F.willEnd) && helpGoesOn(s, m)) continue;
    // (v13 N7, `convenienceGoesOnN7`) "My shift ends at noon, but I'll stay on until we sort this out. Your card …"
    if (convenience && s.rubric.convenienceGoesOnN7 === true && !m.has(F.willEnd) && staysOnN7(m)) continue;
    // (v30 F5, `conductWarningF5`) "I want to help, but if the language continues I will have to end the chat. Which magazine?"
    if (convenience && s.rubric.conductWarningF5 === true && conductWarningF5(m)) continue;
    if (m.has(F.wayBack)) continue;
    // (v43 I14, `askedMoreI14`) "I've got a line of people waiting, so let's wrap up — is there anything else quick I can
    // answer?": others waiting, and the same message ends by offering more help (not "… I'm ending the chat now. Anything else? Bye.")
    if (!convenience && s.rubric.askedMoreI14 === true && !m.has(F.willEnd) && anythingElseAt(s, m) === m.sentences[m.sentences.length - 1]?.k) continue;
    // (v38 E10, `wayForwardE10`) "That's not my department. Instead, try the circulation desk at 240-777-0001."
    if (convenience && s.rubric.wayForwardE10 === true && wayForwardE10(s, m, m.find(F.dismissalConvenience), (x) => refersPatron(s, m, x))) continue;
    // (v38 E11, `wayForwardWideE11`) the way forward before the refusal, or in the provider's next message
    if (convenience && s.rubric.wayForwardWideE11 === true && wayForwardE11(s, m, (v, x) => refersPatron(s, v, x))) continue;
    // (v39 E14, `wayForwardAskedE14`) or in the provider's message right after the patron asks whom to turn to
    if (convenience && s.rubric.wayForwardAskedE14 === true && wayForwardAskedE14(s, m, (v, x) => refersPatron(s, v, x))) continue;
    // (v40 E19, `wayForwardSourceE19`) or answers the patron's question with a source ("then where?" / "travel.state.gov has the form …")
    // (v40 E23, `searchPageE23`) not a search engine's results page ("google.com/search?q=…")
    if (convenience && s.rubric.wayForwardSourceE19 === true && wayForwardSourceE19(s, m) && !(s.rubric.searchPageE23 === true && searchPageE23(s, m))) continue;
    // (v20 T5) "there are a few other patrons waiting" / "so I need to wrap up, feel free to start a new chat later!"
    if (s.rubric.splitMessagesT5 === true && wayBackNextT5(s, m)) continue;
    // (v29 D6, `wayBackAfterWaitD6`) "other patrons are waiting" / "so I have to go" / patron "wait" / "You can come back …",
    // after an answer was given (a refusal before any help keeps v20 T5's reading: "I need to end here" / "wait what" / "you
    // can come back later" fails)
    if (s.rubric.wayBackAfterWaitD6 === true && wayBackAfterWaitD6(s, m) && (firstAnswer(s)?.pos ?? Infinity) < m.pos) continue;
    if (s.rubric.doneBeforeLeavingK3 === true && patronWasDone(s, m)) continue;
    // (v23 X9) "yes that worked, thank you so much!" then "I'll have to sign off at this point": the help was over
    if (convenience && s.rubric.thankedAnswerX9 === true && thankedAnswerX9(s, m)) continue;
    const k = m.find(convenience ? F.dismissalConvenience : F.othersWaiting);
    return result(id, 'fail', "ended the help for the provider's convenience without offering a way back", [ev(m, k)]);
  }
  return result(id, 'pass', 'the patron was not dismissed');
};

/**
 * (v12 L6) "I can't understand your English", "This chat is for English only", "we only help in English": the patron
 * turned away for their language.
 */
const LANGUAGE_REFUSAL_L6 =
  /\b(?:(?:this|the|our) (?:chat|service) is (?:for |in )?english only|(?:this|the|our) (?:chat|service) is only (?:for |in )english|(?:we|i) (?:only|just) (?:chat|help|answer|work|speak|serve|reply) (?:in )?english|(?:cant|cannot|can not|dont|do not) understand (?:your|ur) english|english only,? (?:please|sorry))\b/;

/**
 * (v12 L6, `languageDismissalL6`) The sentence of `m` that turns the patron away for their language, when `m` also
 * announces the end of the chat, offers no way back, and is not a notice to a patron who seems gone or already done; -1
 * otherwise ("I can't understand your English. Can you write it another way?" goes on helping).
 */
function languageRefusalL6(s: Session, m: Msg): number {
  if (!m.has(F.willEnd) || m.has(F.wayBack) || seemsGone(s, m) >= 0 || patronWasDone(s, m)) return -1;
  for (const x of m.sentences) if (LANGUAGE_REFUSAL_L6.test(x.n)) return x.k;
  return -1;
}

/**
 * (v20 T5, `splitMessagesT5`) The very next visible message is the provider's, at most 30 s after `m`, and offers the way
 * back: the dismissal's sentence went on in a second message. Not a way back offered after the patron spoke.
 */
function wayBackNextT5(s: Session, m: Msg): boolean {
  const v = s.vis[m.pos + 1];
  return v !== undefined && v.role === 'provider' && v.t - m.t <= FRAGMENT_GAP_MS && v.has(F.wayBack);
}

/** (v23 X9) X3's sign-off now: "sign / log off at this point / time / stage", "… in a sec / moment". */
const SIGN_OFF_NOW_X9 = /\b(?:sign|log|signing|logging) off (?:at (?:this|that) (?:point|time|stage)|in (?:a |just a |one )?(?:sec|secs|second|moment|jiffy))\b/;
/** (v23 X9) The patron thanks. */
const THANKED_X9 = /\b(?:thank|thanks|thanx|thx|ty|tysm|gracias|merci)\b/;
/**
 * (v23 X9, `thankedAnswerX9`) `m` signs off now (X3's reading), and the patron's last visible message before it comes after
 * the first answer, thanks and asks nothing: the help was over, the sign-off ends none.
 */
function thankedAnswerX9(s: Session, m: Msg): boolean {
  if (!SIGN_OFF_NOW_X9.test(m.n)) return false;
  const v = s.previousVisible(m, 'patron');
  if (v === null || !THANKED_X9.test(v.n) || v.sentences.some((x) => x.q)) return false;
  const a = firstAnswer(s);
  return a !== null && a !== undefined && a.pos < v.pos;
}

/** (v11 K3) The patron's last visible message before `m` says they are done and asks nothing more. */
function patronWasDone(s: Session, m: Msg): boolean {
  const v = s.previousVisible(m, 'patron');
  return v !== null && v.has(F.patronDone) && !v.sentences.some((x) => x.q);
}

/**
 * (v13 N7) After the provider's own convenience, the same sentence says the provider stays with the patron: "My shift
 * ends at noon, but I'll stay on until we sort this out", "…, but I'm not going anywhere", "…, but no rush".
 */
const STAYS_N7 =
  /\bbut (?:i|ill|i will|i can|im|i am|we|well|we can|we have|i have|ive)(?: still)? (?:stay|staying|stick around|sticking around|not going anywhere|have time|got time|keep going|finish this|help you finish|see this through|happy to (?:stay|finish|keep going))\b|\bbut (?:theres |there is )?(?:no rush|plenty of time)\b/;
/** (v13 N7, `convenienceGoesOnN7`) The sentence of `m` that mentions the provider's convenience also says the provider stays on. */
function staysOnN7(m: Msg): boolean {
  const k = m.find(F.dismissalConvenience);
  const x = m.sentences[k];
  return x !== undefined && STAYS_N7.test(x.n);
}

/** After the queue is mentioned in `m`, the provider still gives a source in it, or answers or asks about the need later. */
function helpGoesOn(s: Session, m: Msg): boolean {
  if (sourceAt(s, m) > m.find(F.othersWaiting)) return true;
  // (v28 C5, `queueThenSourceC5`) "Other patrons are waiting, so a quick answer: the photos are at loc.gov/…"
  if (s.rubric.queueThenSourceC5 === true && queueThenSourceC5(s, m)) return true;
  for (const later of s.prov) if (later.pos > m.pos && (givesInfo(s, later) || clarifyAt(s, later) >= 0)) return true;
  return false;
}

/** closing.courteous: one of the provider's last two messages thanks, says goodbye or invites back. */
export const courteous: Check = (s) => {
  const id = 'closing.courteous';
  if (!s.providerJoined) return na(id, 'no provider joined');
  const lastTwo = s.prov.slice(-2).reverse();
  for (const m of lastTwo) {
    const k = courteousAt(s, m);
    if (k >= 0) return result(id, 'pass', 'closed with thanks, a goodbye or an invitation to come back', [ev(m, k)]);
  }
  if (lastTwo.length === 0) return result(id, 'fail', 'the provider sent no message');
  // (v20 T5) "Have a" / "good one!": the goodbye typed over the provider's last two messages
  if (s.rubric.splitMessagesT5 === true && lastTwo[0]!.raw.length <= 80) {
    const j = joinedFragment(s, lastTwo[0]!);
    if (j !== null && courteousText(s, j))
      return result(id, 'pass', 'closed with thanks, a goodbye or an invitation to come back, typed over two messages', [ev(lastTwo[1]!), ev(lastTwo[0]!)]);
  }
  return result(id, 'fail', "neither of the provider's last two messages thanks the patron, says goodbye or invites them back", lastTwo.map((m) => ev(m)));
};
