/**
 * Twenty-eighth round, block D6: the LEFT sweep of HOLDS, TRANSFERS AND THE REST (`interest.keep_informed`,
 * `transfer.handoff`, `session.*`, and the LEFT cases no other area takes). Earlier rounds left these cases, labelled from
 * RUBRIC.md, in their files' `LEFT` lists; this file takes the ones that fall to D6, fixes what it can narrowly, and adds
 * sessions saying the same behaviour in other words and near misses (the same words for something else), all labelled
 * from RUBRIC.md before the scorer ran.
 *
 * RUBRIC.md's Terms applied literally: a Hold message is "a provider message announcing that the provider is looking
 * something up or asking the patron to wait"; "an announcement that the chat is being transferred is a hold message".
 * transfer.handoff passes when, before the transfer, the provider "told the patron about the transfer in a visible message"
 * (and sent the note). A provider arranging for a colleague to stand in later, or naming a party to call after "let me get
 * you to the right person:", announces no look-up and no wait: no hold.
 *
 * Readings taken where the text leaves room:
 * - "<Name> … is going to join and take it from here", "X will pick it up from here", "have our archivist hop in", "get
 *   Rosa on here", "route your question to …, please stay on" tell the patron that another provider takes the chat, when a
 *   transfer follows; the same words in a session that is never transferred are left as older rounds read them (no
 *   hold), since they are as often said of things ("get the form on here") or of later help;
 * - "I'll ask my colleague to step in for me at Saturday's storytime" arranges a colleague's cover (no chat), no look-up.
 *
 * Cases taken (17 in D6's area): the seven hold/transfer cases of twenty-seventh-round-followups-checked (4) and
 * twenty-seventh-round-handover (3); the way back after the patron's "wait" (nineteenth-round-fragments); the sessions that
 * ask nothing (tenth-round-youth's and fifteenth-round-conduct's insults, twenty-fifth-round-smalltalk's praise,
 * eleventh-round-difficult's "It works!" and its prank); the two `providerIntervals` cases (twentieth-round-platforms,
 * twenty-third-round-clocks) and the note addressed to "Sam" (twenty-third-round-clocks); the sentence split at "Michigan
 * Works!" and "W." (twelfth-round-business).
 * Fixed and moved here: 12 (the `left` list below), with six changes:
 * - `holdWeak[0]` (v2's "I'll ask my colleague"): not when the colleague is asked to stand in for the provider ("to step /
 *   fill / sub / stand in for me", "to cover my shift", a day's possessive "Saturday's") [still a hold: "I'll ask my
 *   colleague, one moment", "… to check the stacks for me", "… to step in and look at your account"];
 * - `hold[0]` (v1's "let me get / connect") and C8's `transferNotice[30]`: not when "you to the right person / someone (who
 *   …)" is followed by a colon and the party ("the county recorder's office …", "call …") [still a hold: "Let me get you
 *   to the right person, one moment.", "…: hang on while I find her."];
 * - `transferredNoticeD6` (classify.ts `HANDOVER_D6`, read in `holdNow` and checks/transfer.ts): "… is going to join and
 *   take it from here", "<Name> from <department> will pick it up from here", "have our archivist hop in", "get Rosa on
 *   here", "route your question to …, please stay on", read only in a provider message before a `system` transfer event
 *   [no transfer after them: unchanged; "I'll get the form on here", "you can pick it up from here", "pass your question
 *   to our events team, they'll email you": no notice];
 * - `askedNothingD6` (facts.ts `firstAskingPos`, classify.ts `askedNothingD6`): a whole patron message of insults and
 *   laughter only, a staff check of the chat ("just checking the widget … works"), or praise only ("just wanted to say you
 *   guys are awesome") asks nothing [a need after the same words still asks: "this database sucks, how do i get the full
 *   text?", "just checking if the library is open sunday", "just wanted to say thanks, is there a storytime…?"];
 * - `wayBackAfterWaitD6` (checks/closing.ts): a dismissal followed by a patron's bare protest ("wait", "hang on!", "but im
 *   not done") and the provider's very next message offering the way back passes, when an answer was given before the
 *   dismissal [the reply "Sorry, I really have to go." or "Goodbye." still fails, and so does a refusal before any answer
 *   (nineteenth-round-settings' running T5 near miss "I need to end here…" / "wait what" / "you can come back later", whose
 *   label contradicts the moved case's unless the answer given before tells them apart: the reading taken)].
 * Dropped as mislabelled: none.
 * Left where they were (their `// LEFT:` reasons stand, re-read this round): the two `providerIntervals` cases (the
 * function takes no rubric and the API stores its intervals: a change there changes every version's concurrency); the
 * note to "Sam" (an unknown name may be the receiver's nickname); the prank answered inside the greeting ("Ha, nice
 * try! Is there a real book I can help you find?": telling the greeting's offer from a clarifying question needs more
 * than a family); the sentence split at "Michigan Works!" (a change to text.ts's splitter changes every check).
 */
import type { Message } from '@askqa/contract';
import { describeLeft, answeredByJo as asks, councilHandover as handover, describeSessions, type Key, type Line, noTransfer, passportDismissed as dismissed, type SessionCase, type St, some, usual, who } from './helpers';

/** A provider joined but there was no substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });
const HARBOR: Partial<Message> = { author: 'Harbor Text Line', authorId: 'harbor-sms' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+14105550163' }, provider: { id: 'harbor-sms', name: 'Harbor Text Line', library: 'HBR' } };
/**
 * The patron's `first` message (0 s) and `then` (35 s), Jo's greeting (15 s), Jo's note of what the chat is for (20 s: read
 * as information when a need was asked) and Jo's goodbye (a way back) after the last: with no need asked, no substantive exchange (information checks na).
 */
const patronSays = (first: string, then?: string): Line[] => [
  [0, 'p', first],
  [15, 'l', 'Hi, Jo at Ask Us here.'],
  [20, 'l', 'This chat is for library questions, like finding books, homework help or printing.'],
  ...(then === undefined ? [] : ([[35, 'p', then]] as Line[])),
  [50, 'l', 'Thanks for stopping by, come back anytime!'],
];

/** The cases earlier rounds left, fixed in block D6. */
export const left: SessionCase[] = [
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 "I\'ll ask my colleague to step in for me at Saturday\'s storytime" is no chat: keep_informed passes',
    lines: noTransfer('will storytime still happen saturday if you are sick?', "Yes! I'll ask my colleague to step in for me at Saturday's storytime, so it still runs at 10 (lib.org/events)."),
    exp: some({ informed: 'pass' }),
  },
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 "Let me get you to the right person: the county recorder\'s office handles deeds, 410-555-0100" is a referral: keep_informed passes',
    lines: noTransfer('how do i get a copy of my house deed', "Let me get you to the right person: the county recorder's office handles deeds, 410-555-0100."),
    exp: some({ informed: 'pass' }),
  },
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 kept: "Hang tight, Rosa from Local History will pick it up from here." tells the patron: transfer passes',
    lines: handover('Hang tight, Rosa from Local History will pick it up from here.'),
    exp: some({ transfer: 'pass', informed: 'pass' }),
  },
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 kept: "I\'m going to have our archivist hop in, she knows the council records." tells the patron: transfer passes',
    lines: handover("I'm going to have our archivist hop in, she knows the council records."),
    exp: some({ transfer: 'pass' }),
  },
  {
    // from twenty-seventh-round-handover.test.ts
    // reading: "<Name> … is going to join and take it from here" announces that another provider takes the chat
    name: '(after) notice "Rosa, our local history librarian, is going to join and take it from here." before the transfer: handoff passes, keep_informed fails',
    lines: handover('Rosa, our local history librarian, is going to join and take it from here.', 262),
    exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
  },
  {
    // from twenty-seventh-round-handover.test.ts
    // reading: "I'll get Rosa on here for you" announces that another provider joins the chat
    name: '(after) notice "I\'ll get Rosa on here for you, she\'s our local history person." before the transfer: handoff passes, keep_informed fails',
    lines: handover("I'll get Rosa on here for you, she's our local history person.", 262),
    exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
  },
  {
    // from twenty-seventh-round-handover.test.ts
    // reading: "route your question to our … librarian, please stay on" announces the transfer (and is a hold)
    name: 'notice "I\'m going to route your question to our local history librarian, please stay on." before the transfer: handoff passes, keep_informed fails',
    lines: handover("I'm going to route your question to our local history librarian, please stay on.", 262),
    exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
  },
  {
    // from tenth-round-youth.test.ts
    name: 'kid swears at the librarian; the provider ends the chat but invites them back: no dismissal, courteous',
    lines: [
      [0, 'p', 'this library sucks ass'],
      [5, 'p', 'f u'],
      [25, 'l', 'Hi, this is Jo at Tacoma Public Library. Please keep it respectful. If you have a question about books or homework, I am happy to help.'],
      [55, 'p', 'make me lol'],
      [70, 'l', "I'm going to end this chat now. You're welcome to come back anytime you have a library question."],
    ],
    // no substantive exchange: the patron asked nothing; the provider sent a greeting and a goodbye with a rule reminder.
    over: { resolutionCode: 'Answered' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    // from fifteenth-round-conduct.test.ts
    // reading: the SMS insults ask nothing: no exchange; the block notice neither thanks nor says goodbye
    name: 'LEFT (insults ask nothing) SMS line flooded with insults: "This text line is for library questions. Messages like these will be blocked." (Inappropriate; courteous fails)',
    lines: [
      [0, 'p', 'u guys suck', { author: '+14105550163' }],
      [30, 'l', "Hi, this is the Harbor Library text line. How can we help?", HARBOR],
      [50, 'p', 'ur mom', { author: '+14105550163' }],
      [52, 'p', 'lmaooo', { author: '+14105550163' }],
      [70, 'l', 'This text line is for library questions. Messages like these will be blocked.', HARBOR],
    ],
    over: { ...SMS, resolutionCode: 'Inappropriate' },
    exp: noExchange({ courteous: 'fail' }),
  },
  {
    // from twenty-fifth-round-smalltalk.test.ts
    // reading: the patron asked nothing, so there is no substantive exchange
    name: 'a patron who only says "just wanted to say you guys are awesome 😊": the information checks are na',
    lines: [[0, 'p', 'just wanted to say you guys are awesome 😊 the storytime lady is my kids fave'], [18, 'l', "Aww, thank you! That made my day. I'm Kim at Ask a Librarian."], [40, 'p', 'ok thats all! bye'], [45, 'l', "Thanks so much for the kind words, I'll pass them on. Come back any time!"]],
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', courteous: 'pass' }),
  },
  {
    // from eleventh-round-difficult.test.ts
    name: 'LEFT (substantive exchange: "It works!" read as an answer) test messages ("test", "testing 1 2") from a staff member trying the widget, coded Answered: nothing asked, no substantive exchange',
    lines: [
      [0, 'p', 'test'],
      [6, 'p', 'testing 1 2'],
      [30, 'l', "Hi, you've reached Ask Us at Anne Arundel County Public Library! This is Sharon."],
      [44, 'p', 'lol sorry just checking the widget on our branch page works'],
      [52, 'l', 'It works! Come back anytime.'],
    ],
    exp: noExchange(),
  },
  {
    // from nineteenth-round-fragments.test.ts
    // reading: the rubric fails ending the help "without offering a way back"; a way back offered before the chat ends
    // is offered, even after the patron spoke
    name: 'LEFT (dismissal: way back after the patron spoke): "other patrons are waiting, so I have to go" / patron "wait" / "come back another time": the way back comes after the help ended, read as given (pass)',
    lines: [
      [0, 'p', 'can you help me fill out a passport form'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Is it a renewal (DS-82) or a first passport (DS-11)?"],
      [50, 'p', 'first one'],
      [56, 'l', 'The DS-11 is at travel.state.gov, fill it in online and print it. Did that help?'],
      [80, 'p', 'kind of'],
      [86, 'l', 'other patrons are waiting'],
      [89, 'l', 'so I have to go'],
      [100, 'p', 'wait'],
      [106, 'l', 'You can come back another time and we can go through it together!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
];

/** The same behaviours in other words and registers (labelled before the scorer ran). */
export const paraphrases: SessionCase[] = [
  // a colleague asked to stand in later: no hold
  {
    name: 'formal: "I will ask a coworker to cover my shift on the 14th, so the class still goes ahead" is no look-up: keep_informed passes',
    lines: noTransfer('is the resume class still on if you are away on the 14th?', 'I will ask a coworker to cover my shift on the 14th, so the class still goes ahead (lib.org/classes).'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'British: "I\'ll ask one of our team to stand in for me at Saturday\'s rhyme time" is no look-up: keep_informed passes',
    lines: noTransfer('will rhyme time be on if you are poorly?', "I'll ask one of our team to stand in for me at Saturday's rhyme time, so it goes ahead as usual."),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'chat-speak: "ya ill ask my coworker to sub in for me on sat so storytime still happens" is no look-up: keep_informed passes',
    lines: noTransfer('is storytime cancelled if ur sick', 'ya ill ask my coworker to sub in for me on sat so storytime still happens!'),
    exp: some({ informed: 'pass' }),
  },
  // "let me get / connect you to the right …:" then the party: a referral, no hold
  {
    name: '"Let me connect you to the right office: the Register of Wills handles probate, 410-555-0190." is a referral: keep_informed passes',
    lines: noTransfer('how do i file my mothers will', 'Let me connect you to the right office: the Register of Wills handles probate, 410-555-0190.'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Let me get you to someone who can actually help: the Tenant Resource Center, 608-257-0006." is a referral: keep_informed passes',
    lines: noTransfer('my landlord wont give back my deposit', 'Let me get you to someone who can actually help: the Tenant Resource Center, 608-257-0006.'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Let me get you to the correct department; the county assessor\'s office does that, 410-555-0122." is a referral: keep_informed passes',
    lines: noTransfer('how do i appeal my property tax', "Let me get you to the correct department; the county assessor's office does that, 410-555-0122."),
    exp: some({ informed: 'pass' }),
  },
  // another provider takes the chat, said before the transfer
  {
    name: 'notice "Dana in Government Documents will pick this up from here, one moment." before the transfer: handoff passes',
    lines: handover('Dana in Government Documents will pick this up from here, one moment.'),
    exp: some({ transfer: 'pass', informed: 'pass' }),
  },
  {
    name: 'formal: notice "Dr. Okafor, our government documents librarian, will join and take over from here." then 206 s: handoff passes, keep_informed fails',
    lines: handover('Dr. Okafor, our government documents librarian, will join and take over from here.', 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
  {
    name: 'chat-speak: notice "gonna get rosa on here real quick, she knows the council stuff" then 206 s: handoff passes, keep_informed fails',
    lines: handover('gonna get rosa on here real quick, she knows the council stuff', 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
  {
    name: 'British: notice "I\'ll just have our local studies librarian pop in, she knows the minutes inside out." before the transfer: handoff passes',
    lines: handover("I'll just have our local studies librarian pop in, she knows the minutes inside out."),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'non-native: notice "I will forward your question to our local history librarian, please to stay on the chat." then 206 s: handoff passes, keep_informed fails',
    lines: handover('I will forward your question to our local history librarian, please to stay on the chat.', 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
  // a patron who asks nothing: insults only, a staff check of the chat, praise only (no substantive exchange)
  {
    name: 'asks nothing: "you people are useless" / "lmfao": the information checks are na',
    lines: patronSays('you people are useless', 'lmfao'),
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'asks nothing (British): "this library is rubbish" / "haha": the information checks are na',
    lines: patronSays('this library is rubbish', 'haha'),
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'asks nothing (staff check): "sorry, only checking the new chat box on our site loads": the information checks are na',
    lines: patronSays('sorry, only checking the new chat box on our site loads'),
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'asks nothing (staff check, formal): "Hello! I am just checking that the text line works from my phone.": the information checks are na',
    lines: patronSays('Hello! I am just checking that the text line works from my phone.'),
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'asks nothing (praise, chat-speak): "hey just wanted to let u know ur storytime rocks, my daughter loves it": the information checks are na',
    lines: patronSays('hey just wanted to let u know ur storytime rocks, my daughter loves it'),
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'asks nothing (praise, formal): "I only wanted to say thank you for the excellent help with my family history last month.": the information checks are na',
    lines: patronSays('I only wanted to say thank you for the excellent help with my family history last month.'),
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  // a dismissal, a protest, then the way back in the provider's next message
  {
    name: 'dismissal "My shift is ending" / "I have to log off" / patron "no wait please" / "Sorry! Start a new chat anytime…": no dismissal',
    lines: dismissed('no wait please', 'Sorry! Start a new chat anytime and a colleague will pick it up.', 'My shift is ending.', 'I have to log off.'),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'British: dismissal "We\'re very busy, I\'ll have to close this now." / patron "hang on!" / "do pop back later…": no dismissal',
    lines: dismissed('hang on!', "Sorry, do pop back later and we'll finish the form together.", "We're very busy, I'll have to close this now.", 'Apologies.'),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'chat-speak: "other patrons are waiting" / "so I have to go" / patron "but im not done" / "u can come back anytime…": no dismissal',
    lines: dismissed('but im not done', 'sorry!! u can come back anytime and we can finish it'),
    exp: some({ dismissal: 'pass' }),
  },
];

/** Near misses: the same words for something else, which must score as before. */
export const guards: SessionCase[] = [
  {
    name: 'near miss: "I\'ll ask my colleague, one moment." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('do you have the 1950s phone books', "I'll ask my colleague, one moment."),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll ask my colleague to check the stacks for me." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('do you have the 1950s phone books', "I'll ask my colleague to check the stacks for me."),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll ask my colleague to step in and look at your account." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('why is my card blocked', "I'll ask my colleague to step in and look at your account."),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "Let me get you to the right person, one moment." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('how do i get a copy of my house deed', 'Let me get you to the right person, one moment.'),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "Let me get you to the right person: hang on while I find her." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('how do i get a copy of my house deed', 'Let me get you to the right person: hang on while I find her.'),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: notice "I\'ll get the form on here for you." before the transfer tells nothing of it: handoff fails',
    lines: handover("I'll get the form on here for you."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: notice "You can pick it up from here once it\'s ready." before the transfer tells nothing of it: handoff fails',
    lines: handover("You can pick it up from here once it's ready."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll pass your question to our events team, they\'ll email you." before the transfer is no notice of it: handoff fails',
    lines: handover("I'll pass your question to our events team, they'll email you."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: no transfer: "You can pick it up from here, the desk is open till 8." is no hold: keep_informed passes',
    lines: noTransfer('can i get my hold today', 'You can pick it up from here, the desk is open till 8.'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: no transfer: "I\'ll get the link on here in a sec" is a hold: 200 s later keep_informed fails',
    lines: noTransfer('where is the form', "I'll get the link on here in a sec"),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "this database sucks, how do i get the full text?" asks: the information checks apply (source passes)',
    lines: asks('this database sucks, how do i get the full text?'),
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "just checking if the library is open sunday" asks: the information checks apply (source passes)',
    lines: asks('just checking if the library is open sunday'),
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "just wanted to say thanks, is there a storytime on saturdays?" asks: the information checks apply (source passes)',
    lines: asks('just wanted to say thanks, is there a storytime on saturdays?'),
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "lol my kid says the library sucks, do you have minecraft books" asks: the information checks apply (source passes)',
    lines: asks('lol my kid says the library sucks, do you have minecraft books'),
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "other patrons are waiting" / "so I have to go" / patron "wait" / "Sorry, I really have to go.": dismissal fails',
    lines: dismissed('wait', 'Sorry, I really have to go.'),
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "other patrons are waiting" / "so I have to go" / patron "wait" / "Goodbye.": dismissal fails',
    lines: dismissed('wait', 'Goodbye.'),
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading (nineteenth-round-settings' T5 near miss, a running label kept): refused before any answer, the way back only
    // after the patron protests is not read as the dismissal's
    name: 'near miss: "Sorry, I have to go, other patrons are waiting." before any answer / patron "no wait" / "come back later": dismissal fails',
    lines: [
      [0, 'p', 'how do i renew my passport'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Sorry, I have to go, other patrons are waiting."],
      [30, 'p', 'no wait'],
      [36, 'l', 'You can come back later.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [];

describeSessions('twenty-eighth round (D6): LEFT cases fixed', left);
describeSessions('twenty-eighth round (D6): the same behaviours in other words', paraphrases);
describeSessions('twenty-eighth round (D6): near misses', guards);

describeLeft('twenty-eighth-round-holds', LEFT);
