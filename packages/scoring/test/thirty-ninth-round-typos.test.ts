/**
 * Thirty-ninth round, area (G20): THE PROVIDER'S OWN TYPOS AND SLIPS. Providers type fast while juggling chats: transposed,
 * dropped and doubled letters ("thnaks", "momnet", "chekc", "serching", "sesion", "goodbey"), autocorrect ("Have a goof day",
 * "give me a minuet", "hold on a sex", "ill" for "I'll", "well" for "we'll"), missing spaces ("anythingelse"), doubled words
 * ("let me me check"), a question sent half-typed and finished in the next message, "to" for "too"; in every behaviour of
 * RUBRIC.md, in whole sessions (every check) and short cases, with the patrons' own typos beside them.
 *
 * A BEHAVIOUR DONE WITH A SLIP IS STILL DONE: RUBRIC.md asks whether the provider greets, asks, holds, thanks …, not how well
 * they spell; "Thnaks for chatting" thanks the patron, "one momnet" asks them to wait. A slip that makes OTHER words is read
 * as those words ("well call it a day" promises nothing; "Sounds good by me" is no goodbye), and a patron's typo is never the
 * provider's behaviour (but a patron who writes "thats al i needed" has said, explicitly, that they are done).
 *
 * text.ts mends some slips already, for every version (not changed here): "teh", "libary", "emial", "jsut", "thnx", "thankyou",
 * "plz/pls/pleas", "tomorow", "u" … So "Helo, this is Jo at teh libary", "Ill emial you teh list by Friday", "hold on a sex"
 * (autocorrect still reads as "hold on a"), "anythign else?", "Are yuo still there?", "does taht answer your question?" were
 * read before this block.
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, non-native, chat-speak, terse, warm and scripted English and in
 * Spanish:
 *  greeting: "Helo, Jo here at Ask a Librarain", "Good mornign / afernoon / evenign", "Wlecome to Ask Us Now!", "Hi tehre",
 *   "Thnaks for contacting Ask a Librarian"; not: "The wlecome desk is on floor 1";
 *  clarifying: "waht grade is this for?", "Is ti for school or just interst?", "so yuo need somethign …" (no "?"), "do yuo need
 *   books or websites" (no "?"); not: "Then yuo need the kids' section." (a statement);
 *  hold: "one momnet please", "One moemnt while I look", "let me chekc / cehck", "give me a minuet", "jsut a mintue", "bear wiht
 *   me", "still lookign", "I'm serching now", "hold on a sex", "plese hold", "1 sec chekcing", "plese wait one minut, I am
 *   serching", "Un momneto, por favor"; not: "At teh momnet we only have it in large print", "It takes a mintue to load",
 *   "Plese hold your card under the scanner", "no rush, take yuor time", the patron's own "let me chekc";
 *  completeness: "Does thsi answer your question?", "did that hlep?", "Does this hepl?", "Does taht help?", "Is that waht you
 *   were looking for?", "does that answer yuor question?", "Does that anwser …", "does that completly answer …", "Is it what you
 *   were lookng for?", "¿Respnde esto a su pregunta?"; not: "Would thsi help: a scan …?" (something not given);
 *  anything else: "anythingelse?", "anythingelse I can help with?", "Anyting else?", "Is there anything esle …?", "Is thre
 *   anything else", "Can I help wiht anything else?", "Do yuo have any other questions?", "anythign else today?"; not: "I couldn't
 *   find anything esle on heirlooms.", the patron's "anythingelse i should read?";
 *  check-in and notice: "are you sitll there?", "Are you still theer?", "r u stil there?", "Are you sitll with me?", "it looks like
 *   youve been disconected, so I will end teh chat now", "I'll end this sesion now"; not: "Are you sitll thinking about the
 *   class?", "You can end teh sesion with the X button";
 *  follow-up: "Ill emial you teh list by Friday", "Ill get back to yuo by tomorrow", "I will get bakc to you within 72 hours",
 *   "well email you by monday", "Ill send it to you tomorow"; not: "ok well call it a day then", "the branch will get back to yuo
 *   by Friday";
 *  referral: "plese call them at 410-…", "Contcat the county extension office at …", "You could aks the Master Gardeners …,
 *   410-…", "Plese call teh Maryland Legal Aid Bureau at …" (LEFT); not: "Our contcat form is down today";
 *  courteous: "thnaks for chatting", "Thnak you!", "Godbye!", "goodbey, tkae care", "Goodbye and take crae", "You are wellcome,
 *   good by!", "Have a goof day!", "thank yuo, come bcak anytime", "Youre welcoem"; not: "Sounds good by me.", "The fish tanks are
 *   by the kids' area.", "It should come bakc in on May 3.", the patron's "thnaks bye";
 *  dismissal: "youve reached teh limit of questions", "your time is up, im ending teh chat", "You have asked to many questions",
 *   "sorry ive got to go, to many chats rihgt now, your on your own"; not: "There's no such thing as asking to many questions!";
 *  others waiting: "I have other patrons waitng …, please come bakc anytime … Thnak you!" (allowed).
 *
 * Readings taken where RUBRIC.md leaves room:
 * - a key word with a common slip (letters swapped, doubled, dropped from a word of five or more, or autocorrect's neighbouring
 *   key in "have a goof day") is that word where the rest of the phrase is the behaviour's; an ordinary word a slip spells
 *   ("heck", "than", "tanks", "food", "here", "three") is read as written;
 * - "Have a good day" (and its slip) is a leave-taking: a goodbye; "good by!" at a message's end is "goodbye";
 * - "the microfilm index" named in passing is a named resource, as "the catalogue" is (info.source);
 * - keep_informed: waiting on the provider ends at ANY provider message and only a hold starts it again (Terms), so a hold
 *   followed by 140 s of silence FAILS and a message that is no hold passes: the short hold cases are labelled so.
 *
 * Written: 125 cases, all labelled before running: a first batch of 12 whole sessions and 64 short cases; 15 near misses of
 * the fixes (`guards`, with 1 moved there from the first batch) and 2 Spanish short cases written with the fixes; a second
 * batch of 26 short cases probing the fixes' words (19 slips no case used, 7 near misses); a third batch of 6 probing the
 * second batch's narrowings. Run: 121 (9 whole); LEFT: 4.
 * First run (76 cases): 34 disagreed (11 whole, 23 short). By check: closing.courteous 10 ("thnaks", "thnak you", "Godbye",
 * "goodbey", "good by!", "goof day", "come bcak"), closing.anything_else 6 ("anythingelse", "esle", the half-typed question
 * (LEFT), the patron's "thats al i needed"), approachability.greeting 6 ("mornign", "afernoon", "evenign", "Wlecome", "Thnaks for
 * contacting"), followup.completeness 5 ("thsi", "hlep", "hepl", "Respnde"), referral.contact 3 ("Contcat", "aks", "Plese call
 * …" (LEFT)), session.idle_checkin / disconnect_notice 2 ("sitll", "theer", "sesion"), inquiry.clarify 2 ("so yuo need", "do
 * yuo need"), info.source 2 (the microfilm index: my label, corrected; a Spanish title: LEFT), followup.contact /
 * resolution.code 1 ("get back to yuo"), closing.no_dismissal 1 ("to many questions"), interest.keep_informed 1 ("take yuor
 * time": my label, see below). Reading Terms again showed my hold cases were built wrong (a message that is no hold ends the
 * wait too): the helper was changed and the 12 hold cases and "take yuor time" relabelled; then 9 of the hold cases disagreed
 * ("momnet", "chekc", "cehck", "minuet", "wiht", "serching", "mintue", "plese hold", "let me me check" (LEFT)); "One moemnt while
 * I look", "still lookign" and "hold on a sex" were read already.
 * Second run (after the fixes, with the near misses and the Spanish cases): none disagreed but the 4 LEFT.
 * Third run (the second batch, 26): 2 disagreed, both my fixes too wide, as v1's own alternatives are for the words unslipped:
 * "There is one momnet in chapter 3 where she stakes them." read as a hold, and "It should come bcak soon." (the book) as an
 * invitation back: narrowed (below). Fourth run (the third batch, 6): none disagreed.
 * Labels corrected: 14 (12 hold cases and "take yuor time": the keep_informed design; the microfilm index).
 *
 * Fixed in block G20 (v40 only, phrase families; `slipsG20(word, not, keys)` builds the slips of a key word: neighbouring
 * letters swapped, a letter doubled, a letter dropped from words of five letters or more, with `keys` a neighbouring key;
 * never the word itself or the ordinary words in `not`). Near misses in `guards`, each checked to FAIL with its fix made too
 * wide (then restored), unless said otherwise:
 *  - greeting: "good <morning / afternoon / evening slipped>", "<welcome slipped> to / back", "<thanks / thank you slipped> for
 *    contacting / chatting with / using …" ["The wlecome desk is on floor 1" fails with "to / back" taken out];
 *  - hold: "just a <moment, minute, second slipped>", "one / give me a / wait a / hang on a / hold on a / in a / bear with me a
 *    <the same>" only at its end or a clause's, or before "please / while / as / and / so / I / let / for me" ["There is one
 *    momnet in chapter 3 where …" and "in a momnet of panic" fail with that lookahead taken out],
 *    "let me <check (not heck), look, search, find slipped>", "bear <with slipped> me", "bare with me", "im / i am / still /
 *    currently <searching, looking, checking slipped>", "<please slipped> hold (on) / wait" only at its end or before "a / one /
 *    just / please / while / for (a / me)", Spanish "un <momento slipped>" ["At teh momnet …" and "It takes a mintue …" fail with
 *    "the / a" let in; "Plese hold your card …" fails with the lookahead taken out];
 *  - completeness: "does / did / do / has <this, that slipped> <help, answer slipped>" before a "?", Spanish "<responde slipped>
 *    esto / eso a su pregunta" ["Would thsi help: a scan …?" stays as labelled also with "would" let in: completeness's older
 *    readings of things not yet given keep it out];
 *  - anythingElse: "anythingelse", "anything <else slipped>" before a "?" ["I couldn't find anything esle …" stays as labelled
 *    also without the "?": the check reads anythingElse in questions only];
 *  - stillThere: "are you/yuo <still slipped> there / here / with me / around", "are you still <there slipped: not here, thee,
 *    three>" ["Are you sitll thinking about the class?" fails with any word after "still"];
 *  - willEnd: "I'll / I will / we will / I'm going to / I have to / I need to end / close this / the / our <session slipped>"
 *    ["You can end teh sesion with the X button" fails with no subject];
 *  - thanks: "<thanks slipped: not hanks, tanks, thanos>", "<thank slipped: not hank, tank, than> you", "thank <you slipped>"
 *    ["The fish tanks are by the kids' area." fails with the exclusions taken out];
 *  - farewell: "<goodbye slipped>", "good by" not followed by a word, "have a <good slipped or a neighbouring key: not food,
 *    hood, gold, god> day / night / evening / afternoon / morning / weekend / one" ["Sounds good by me." fails with the lookahead
 *    taken out];
 *  - inviteBack: "come <back slipped> anytime / again / soon", not after "it / its / they / should / will / would / may / might /
 *    must" ["It should come bakc in on May 3." fails with any word after; "It should come bcak soon." and "They will come bcak
 *    again in May" with the lookbehind taken out];
 *  - followupPromise: "I'll / I will / we will get back to <you slipped>" ["The branch will get back to yuo by Friday" fails with
 *    "will" alone];
 *  - restatement: "so <you slipped> need / want / are looking for"; questionOpening: "do / did / are / would / will / can /
 *    could / have <you slipped>" ["Then yuo need the kids' section." fails with "then" let in];
 *  - referralVerb: "<contact slipped>" before "the / your / a / an / them / their", "you could / you can / you might / try /
 *    please <ask slipped>" before "the / your / a / an / them" ["Our contcat form is down today" stays as labelled also without
 *    the lookahead: referral.ts's party test keeps it out];
 *  - dismissalHard: "asked / asking / ask (way) to many questions", not after "no such thing as / never / no / not / can't /
 *    (don't) worry about" ["There's no such thing as asking to many questions!" fails with the lookbehind taken out];
 *  - patronDone (the patron's words): "thats al(ll) i / we need(ed) / wanted" with no question after it ["thats al i needed for
 *    tomatoes, but what about peppers?" fails with the lookahead taken out].
 *
 * Not changed: text.ts (no new mended spellings), referral.ts's connectors, the timeline (messages read one by one).
 *
 * LEFT (4): "Plese call teh Maryland Legal Aid Bureau at …" (referral.ts reads the words before the verb by its own connectors,
 * code and not a phrase family: a slip of "please" is none of them); the question sent half-typed in two messages ("Is there
 * anyth" / "ing else …?": each message is read alone); the Spanish whole session (its book, '"Inglés para dummies" (428 ING) en
 * la Central', is no source even without slips: the source reading of Spanish titles, outside this area); "let me me check"
 * (a doubled word: mended only by text.ts).
 *
 * Final run: this file, rubric.test.ts, phrases.test.ts, devset.test.ts, every thirty-sixth- to thirty-ninth-round file, and the
 * files found by grep for the fixes' slipped words ("momnet", "chekc", "wiht", "serching", "plese", "thsi", "hlep",
 * "anythingelse", "esle", "sitll", "sesion", "thnaks", "godbye", "goof day", "bcak", "yuo", "contcat", "aks", "to many
 * questions", "thats al", "mornign", "wlecome", "respnde" …) (69 files), 7103 tests, all passed.
 * v40's fingerprint after block G20: 3f765368cdeaa3d8.
 */
import { at, describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN } from './narrowing-lines';
import { answered, greeted, held, promised, Q } from './slips-lines';

const HOUR = 3600;

// Q, answered, held (the 140 s span after a hold fails keep_informed; after a message that is no hold the patron is the one
// waited on: Terms), greeted and promised are the fortieth round's builders in slips-lines.ts, first written here; `asked`
// and `idle` stay this file's own, their answer worded "Try …" where slips-lines.ts has BOOK.
/** `Q`, an answer with a source, the patron's "yes", the provider's `ask` and the patron's "no". */
const asked = (ask: string): Line[] => [
  ...Q,
  L("Try The Vegetable Gardener's Bible (635 SMI) at Main. Does that help?"),
  [90, 'p', 'yes'],
  [95, 'l', ask],
  [120, 'p', 'no'],
  [125, 'l', 'Thanks for chatting, bye!'],
];
/** `Q`, an answer with a source, then the patron gone: the provider's `check` at 200 s and `notice` at 400 s. */
const idle = (check: string, notice: string): Line[] => [
  ...Q,
  L("Try The Vegetable Gardener's Bible (635 SMI) at Main. Does that help?"),
  [200, 'l', check],
  [400, 'l', notice],
];

export const whole: SessionCase[] = [
  {
    name: 'American, fast typist: "Helo, this is Jo at teh libary", "one momnet", "does taht answer your question?", "anythign else?", "thnaks for chatting"',
    lines: [
      [0, 'p', 'Hi, I need the phone number for the county recycling center'],
      [15, 'l', 'Helo, this is Jo at teh libary. Is this the center on Route 9 or the one downtown?'],
      [40, 'p', 'route 9'],
      [60, 'l', 'one momnet, let me chekc'],
      [170, 'l', 'The Route 9 Recycling Center is at 410-555-0177, hours are on samplecounty.gov/recycling. Does taht answer your question?'],
      [170, 'p', 'yes'],
      [175, 'l', 'anythign else?'],
      [190, 'p', 'no'],
      [195, 'l', 'ok, thnaks for chatting!'],
    ],
    // greeting: "Helo" greets, "Jo at the library" identifies (a greeting with a slip is still one); hold: "one moment, let
    // me check" with two slips is still a hold: the spans 40-60 and 60-170 (110 s) pass (a message that is no hold would pass too: keep_informed does not tell them apart here);
    // completeness: "does that answer your question?"; anything else: "anything else?"; courteous: "thanks for chatting"
    exp: usual(),
  },
  {
    name: 'British, "Good mornign, Ask a Librarain here", "bear wiht me", "Did that hlep?", "Is thre anything else", "Goodbye and take crae"',
    lines: [
      [0, 'p', 'Good morning, I am looking for the opening times of the local records office'],
      [20, 'l', 'Good mornign, Ask a Librarain here, Sam speaking. Which county is it, please?'],
      [50, 'p', 'Essex'],
      [60, 'l', 'Right, bear wiht me a moment whilst I look.'],
      [175, 'l', 'The Essex Record Office in Chelmsford opens Tuesday to Saturday; the times are at essexrecordoffice.co.uk. Did that hlep?'],
      [200, 'p', 'Yes, brilliant'],
      [205, 'l', 'Is thre anything else I can do for you?'],
      [230, 'p', 'No, that is all'],
      [235, 'l', 'Goodbye and take crae!'],
    ],
    // hold at 60 ("bear with me a moment"): the spans 50-60 and 60-175 (115 s) pass (a message that is no hold would pass too: keep_informed does not tell them apart here);
    // completeness "Did that help?" with a slip: pass
    exp: usual(),
  },
  {
    name: 'non-native English, dropped letters: "Hello, I am Ana, librarin", "plese wait", "is it what you were lookng for?", "you are wellcome, good by"',
    lines: [
      [0, 'p', 'I search a book for learn English grammar, for beginners'],
      [25, 'l', 'Hello, I am Ana, librarin of Sample County Library. You want book or also online course?'],
      [55, 'p', 'book is better'],
      [60, 'l', 'Ok, plese wait one minut, I am serching in catalog.'],
      [178, 'l', 'I find "English Grammar in Use" by Raymond Murphy, call number 428.2 MUR, it is in Main library. Is it what you were lookng for?'],
      [210, 'p', 'yes this is all I need, thank you'],
      [215, 'l', 'You are wellcome, good by!'],
    ],
    // hold at 60 "please wait one minute, I am searching" (three slips): the span 60-178 is 118 s (a message that is no hold would pass too: keep_informed does not tell them apart here);
    // completeness: "Is it what you were looking for?" (a slip); anything else: the patron says
    // "this is all I need"; courteous: "You are welcome, good bye" thanks? no, but says goodbye ("good by")
    exp: usual(),
  },
  {
    name: 'chat-speak, terse: "hi jo here @ ask us", "1 sec chekcing", "that help?", "anythingelse?", "ok bye"',
    lines: [
      [0, 'p', 'is the pool at the rec center open sundays'],
      [10, 'l', 'hi jo here @ ask us. which rec center, the one on elm?'],
      [30, 'p', 'ya elm'],
      [35, 'l', '1 sec chekcing'],
      [152, 'l', 'elm st rec center pool is open sun 12-5, schedule at samplecountyparks.org/pools. that help?'],
      [170, 'p', 'yep'],
      [173, 'l', 'anythingelse?'],
      [185, 'p', 'nah'],
      [188, 'l', 'ok bye'],
    ],
    // hold at 35 ("one second, checking"): span 35-152 is 117 s (a message that is no hold would pass too: keep_informed does not tell them apart here);
    // anything else: "anything else?" typed without its space is still the question: pass
    exp: usual(),
  },
  {
    name: 'warm, an autocorrect goodbye: "Have a goof day!" after "is there anything esle"',
    lines: [
      [0, 'p', 'Can I renew my books online?'],
      [20, 'l', "Hi there! I'm Priya, a librarian with Sample County Library. Do you have your library card number handy?"],
      [50, 'p', 'yes I do'],
      [70, 'l', 'Great! Sign in at samplelibrary.org/myaccount, then choose Checked Out and Renew. Does that completly answer your question?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Wonderful. Is there anything esle I can help you with today?'],
      [130, 'p', 'no'],
      [135, 'l', 'Have a goof day!'],
    ],
    // courteous: the last two provider messages are "Is there anything else …?" and "Have a good day!" (autocorrect): RUBRIC
    // asks for a message that thanks, says goodbye or invites back; "Have a good day" is a leave-taking: a goodbye, done with a slip
    exp: usual(),
  },
  {
    name: 'a follow-up promised with slips: "Ill emial you teh list by Friday", the e-mail read back, followed up in time',
    lines: [
      [0, 'p', 'I need a list of all the Sample County newspapers from the 1920s that mention the Hadley mill fire'],
      [25, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Do you need the articles themselves, or just the list of dates?"],
      [60, 'p', 'just the dates and papers'],
      [80, 'l', "That will take some digging in the microfilm index. Ill emial you teh list by Friday. Whats the best emial for you?"],
      [110, 'p', 'm.hadley@example.com'],
      [115, 'l', 'Got it: m.hadley@example.com, by Friday. Anythign else?'],
      [140, 'p', 'no thats all'],
      [145, 'l', 'thnaks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'm.hadley@example.com', phone: null }, followUps: [{ doneAt: at(40 * HOUR), by: 'jo', note: 'sent the dates' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    // a follow-up session (code and promise). contact: the e-mail given in the chat and "by Friday": pass. source: "the
    // microfilm index" is a named resource (as "the catalogue" is): pass (first labelled fail: corrected); completeness: no
    // question after it: fail
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'the patron gone: "are you sitll there?", then "it looks like youve been disconected, I will end teh chat now"',
    lines: idle('are you sitll there?', 'It looks like youve been disconected, so I will end teh chat now. Thnaks for using Ask a Librarian!'),
    // final idle 70-400 (the last provider message is a goodbye, thanks): 330 s. check-in at 200 asks whether the patron is
    // still there (a slip): pass; the notice at 400 says the patron seems disconnected and the chat will end: pass. anything
    // else: never asked, the patron never said done: fail
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a dismissal typed in a hurry: "sorry ive got to go, to many chats, your on your own" (no way back)',
    lines: [
      [0, 'p', 'I need help finding peer reviewed articles on climate anxiety for my paper'],
      [20, 'l', 'Hi, Jo at Ask a Librarian. Is it for a psychology class?'],
      [50, 'p', 'yes psych 101'],
      [70, 'l', 'Try PsycINFO at samplelibrary.org/databases, search climate anxiety. Did that help?'],
      [100, 'p', 'kind of, can you show me how to limit to peer reviewed'],
      [110, 'l', 'sorry ive got to go, to many chats rihgt now, your on your own with that one. bye'],
    ],
    // dismissal: the provider ends the help for their own convenience, no way back: fail (a slip does not soften it);
    // courteous: "bye" says goodbye: pass; anything else: never asked: fail
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'others waiting, polite, with slips: "I have other patrons waitng, please come bakc anytime, thnak you"',
    lines: [
      [0, 'p', 'whats the difference between a roth and traditional ira'],
      [20, 'l', "Hi, I'm Sam, a librarian at Sample County Library. Is this for your own retirement planning?"],
      [50, 'p', 'yes'],
      [70, 'l', 'Investor.gov explains both at investor.gov/ira. Does that answer your question?'],
      [100, 'p', 'sort of, what about 401ks'],
      [110, 'l', 'I have other patrons waitng right now, so I need to wrap up, but please come bakc anytime and we can dig into 401ks. Thnak you!'],
    ],
    // others waiting with an invitation back: allowed, no_dismissal passes; courteous: thanks / invites back: pass; anything
    // else: not asked, the patron not done: fail
    exp: usual({ anything: 'fail' }),
  },
];
/** A question, a greeting without a question, the provider's `question`, the reply, an answer with a source and the goodbye. */
const clarified = (question: string): Line[] => [
  [0, 'p', 'I need something about the history of the Erie Canal'],
  [20, 'l', 'Hi, Jo here at Ask a Librarian.'],
  [30, 'l', question],
  [60, 'p', 'for school, grade 8'],
  [80, 'l', 'Try "The Erie Canal" by Peter Spier (J 386 SPI) at Main. Does that help?'],
  [100, 'p', 'ok thanks'],
  [110, 'l', 'Thanks for chatting, bye!'],
];
export const short: SessionCase[] = [
  // ---- greeting (the first two provider messages greet and say who answers)
  { name: 'greeting: "Helo, Jo here at Ask a Librarain"', lines: greeted('Helo, Jo here at Ask a Librarain.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good mornign, this is Sam at the library"', lines: greeted('Good mornign, this is Sam at the library.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good afernoon! Jo from Ask a Librarian here"', lines: greeted('Good afernoon! Jo from Ask a Librarian here.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good evenign, youre chatting with Priya, a librarian"', lines: greeted("Good evenign, you're chatting with Priya, a librarian."), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Wlecome to Ask Us Now! Im Dana"', lines: greeted("Wlecome to Ask Us Now! I'm Dana."), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Hi tehre, this is Jo, a reference librarain"', lines: greeted('Hi tehre, this is Jo, a reference librarain.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Thnaks for contacting Ask a Librarian, Im Jo"', lines: greeted("Thnaks for contacting Ask a Librarian, I'm Jo."), exp: some({ greeting: 'pass' }) },
  // ---- clarifying question (asked before the source)
  { name: 'clarify: "waht grade is this for?"', lines: clarified('waht grade is this for?'), exp: some({ clarify: 'pass' }) },
  { name: 'clarify: "Is ti for school or just interst?"', lines: clarified('Is ti for school or just interst?'), exp: some({ clarify: 'pass' }) },
  { name: 'clarify: "so yuo need somethign for a school project" (a restatement, no question mark)', lines: clarified('so yuo need somethign on the canal for a school project'), exp: some({ clarify: 'pass' }) },
  { name: 'clarify: "do yuo need books or websites" (no question mark)', lines: clarified('do yuo need books or websites'), exp: some({ clarify: 'pass' }) },
  // ---- hold messages (the answer 140 s after the message at 60 s: keep_informed FAILS only if that message is a hold)
  { name: 'hold: "one momnet please"', lines: held('one momnet please'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "One moemnt while I look"', lines: held('One moemnt while I look'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "let me chekc the catalog"', lines: held('let me chekc the catalog'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Let me cehck on that for you"', lines: held('Let me cehck on that for you'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "give me a minuet" (autocorrect)', lines: held('give me a minuet'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "bear wiht me"', lines: held('bear wiht me'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "still lookign"', lines: held('still lookign, almost there'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Im serching now"', lines: held("I'm serching now"), exp: some({ informed: 'fail' }) },
  { name: 'hold: "hold on a sex" (autocorrect)', lines: held('hold on a sex'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "jsut a mintue"', lines: held('jsut a mintue'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "plese hold"', lines: held('plese hold'), exp: some({ informed: 'fail' }) },
  // ---- sources (a named resource with a slip)
  { name: 'source: "teh catalog" link with a slip in the sentence', lines: answered('You can serach teh catalog at samplelibrary.org/catalog for "tomatoes". Does that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  // ---- completeness
  { name: 'completeness: "Does thsi answer your question?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does thsi answer your question?"), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "did that hlep?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. did that hlep?"), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Does taht help?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does taht help?"), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Is that waht you were looking for?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Is that waht you were looking for?"), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "does that answer yuor question?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. does that answer yuor question?"), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Does that anwser your question?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that anwser your question?"), exp: some({ complete: 'pass' }) },
  // ---- anything else
  { name: 'anything else: "anythingelse I can help with?"', lines: asked('anythingelse I can help with?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Anyting else?"', lines: asked('Anyting else?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Is there anything esle?"', lines: asked('Is there anything esle?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Can I help wiht anything else?"', lines: asked('Can I help wiht anything else?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Do yuo have any other questions?"', lines: asked('Do yuo have any other questions?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "anythign else today?"', lines: asked('anythign else today?'), exp: some({ anything: 'pass' }) },
  // ---- check-in and disconnect notice
  { name: 'idle: "Are yuo still there?" / "It seems you have disconnectd, I will close teh chat"', lines: idle('Are yuo still there?', 'It seems you have disconnectd, I will close teh chat. Thank you!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: "r u stil there?" / "looks like you left, ending the chat now, thnaks"', lines: idle('r u stil there?', 'looks like you left, ending the chat now, thnaks'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: "Are you still theer?" / "Since I havent heard back, Ill end this sesion now. Bye!"', lines: idle('Are you still theer?', "Since I haven't heard back, I'll end this sesion now. Bye!"), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: "Hello? Are you sitll with me?"', lines: idle('Hello? Are you sitll with me?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // ---- follow-up promise and when to expect it (no follow-up code: resolution fails when a promise is read)
  { name: 'follow-up: "Ill get back to yuo by tomorrow" (no code)', lines: promised('I need to check with our archivist. Ill get back to yuo by tomorrow. Whats your email?'), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "I\'ll emial you teh list by Friday" (no code)', lines: promised("I'll emial you teh list by Friday. What emial should I use?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "I will get bakc to you within 72 hours" (no code)', lines: promised('I will get bakc to you within 72 hours. Whats your email?'), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "well email you by monday" (we\'ll, no apostrophe; no code)', lines: promised('our local history team will look, well email you by monday. email address?'), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "Ill send it to you tomorow" (no code)', lines: promised('I dont have it here. Ill send it to you tomorow, whats your email?'), exp: some({ code: 'fail', contact: 'pass' }) },
  // ---- referral with its contact
  { name: 'referral: "plese call them at 410-555-0100" (the Extension office named before)', lines: answered('The University of Maryland Extension office answers garden questions: plese call them at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referral: "Contcat the county extension office at extension.umd.edu"', lines: answered('Contcat the county extension office at extension.umd.edu or 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referral: "you could aks the Master Gardeners, 410-555-0142"', lines: answered('You could aks the Master Gardeners at the extension office, 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- courteous closing (one of the last two provider messages)
  { name: 'courteous: "Thnaks for chatting!"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Thnaks for chatting!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Godbye!"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Godbye!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "goodbey, take care"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'goodbey, tkae care'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Have a goof day!"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Have a goof day!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "thank yuo, come bcak anytime"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'thank yuo, come bcak anytime'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Youre welcoem, happy gardening!"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", "You're welcoem, happy gardening! Thnak you for asking."), exp: some({ courteous: 'pass' }) },
  // ---- dismissal
  { name: 'dismissal: "youve reached teh limit of questions for today"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [100, 'p', 'yes, and do you have anything on peppers?'], [110, 'l', "Sorry, you've reached teh limit of questions for today."]], exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "your time is up, im ending teh chat"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [100, 'p', 'what about peppers?'], [110, 'l', 'your time is up, im ending teh chat']], exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "you have asked to many questions"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [100, 'p', 'what about peppers?'], [110, 'l', 'You have asked to many questions, sorry. Bye']], exp: some({ dismissal: 'fail' }) },
  // ---- patrons' typos are not the provider's behaviour
  { name: 'patron: the patron\'s "anythingelse?" is no question of the provider\'s', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [90, 'p', 'yes, anythingelse i should read?'], [110, 'l', 'The Tomato Handbook is good too. Thanks, bye!']], exp: some({ anything: 'fail' }) },
  { name: 'patron: the patron\'s "thnaks bye" last; the provider\'s last two neither thank nor say goodbye', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [90, 'p', 'yes'], [95, 'l', 'Great.'], [110, 'p', 'thnaks bye']], exp: some({ courteous: 'fail' }) },
  { name: 'patron: the patron\'s own "thats al i needed" is the patron saying they are done', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [90, 'p', 'yes thats al i needed'], [110, 'l', 'Thanks, bye!']], exp: some({ anything: 'pass' }) },
  { name: 'patron: the patron\'s "let me chekc" is no hold of the provider\'s', lines: [...Q, [60, 'p', 'let me chekc what grade he is in'], [185, 'l', "The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"], [200, 'p', 'ok thats all'], [206, 'l', 'Thanks, bye!']], exp: some({ informed: 'fail' }) },
  // ---- slips that make different words
  { name: 'near miss: "ok well call it a day then, thanks for chatting" ("we\'ll call it a day"): no follow-up promise', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'ok well call it a day then, thanks for chatting!'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss: "take yuor time" is no hold', lines: held('no rush, take yuor time'), exp: some({ informed: 'pass' }) },
];
export const guards: SessionCase[] = [
  // each checked to FAIL with its fix made too wide (then restored): see the header
  { name: 'near miss: "Would thsi help: a scan of the article?" asks about something not given', lines: [...Q, L('I can scan the chapter on staking for you. Would thsi help?'), [100, 'p', 'ok thanks'], [110, 'l', 'Thanks, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss (hold): "At teh momnet we only have it in large print." is no hold', lines: held('At teh momnet we only have it in large print.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "It takes a mintue to load, then click Renew." is no hold', lines: held('It takes a mintue to load, then click Renew.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Plese hold your card under the scanner" is no hold', lines: held('Plese hold your card under the scanner to check out.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (anything else): "I couldnt find anything esle on heirlooms." states', lines: asked("I couldn't find anything esle on heirlooms."), exp: some({ anything: 'fail' }) },
  { name: 'near miss (still there): "Are you sitll thinking about the class?" is no check-in', lines: idle('Are you sitll thinking about the class?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'fail' }) },
  { name: 'near miss (will end): "You can end teh sesion with the X button" says no session will end', lines: idle('Are you still there?', 'It looks like youve been disconnected. You can end teh sesion with the X button.'), exp: some({ disconnect: 'fail' }) },
  { name: 'near miss (farewell): "Sounds good by me." says no goodbye', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Sounds good by me.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (thanks): "The fish tanks are by the kids area." thanks no one', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", "The fish tanks are by the kids' area."), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (invite back): "It should come bakc in on May 3." invites no one back', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'It should come bakc in on May 3.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (follow-up): "The branch will get back to yuo by Friday" is no promise of the provider\'s', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main; it's checked out, the branch will get back to yuo by Friday when it's in. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss (restatement): "Then yuo need the kids section." before the source is no question or restatement', lines: clarified("Then yuo need the kids' section."), exp: some({ clarify: 'fail' }) },
  { name: 'near miss (referral): "Our contcat form is down today" refers no one', lines: answered("Our contcat form is down today, sorry. The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss (greeting): "Jo at the library." / "The wlecome desk is on floor 1." greets no one', lines: greeted('Jo at the library. The wlecome desk is on floor 1.'), exp: some({ greeting: 'fail' }) },
  { name: 'near miss (dismissal): "Theres no such thing as asking to many questions!"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [100, 'p', 'sorry for all the questions'], [110, 'l', "There's no such thing as asking to many questions! Anything else? Thanks, bye"]], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss (patron done): "thats al i needed for tomatoes, but what about peppers?" is not done', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [90, 'p', 'thats al i needed for tomatoes, but what about peppers?'], [110, 'l', 'Try the same shelf. Thanks, bye!']], exp: some({ anything: 'fail' }) },
];
/** The second batch: paraphrases probing the fixes' own words (slips no first-batch case used), labelled before running. */
export const second: SessionCase[] = [
  { name: 'second: hold "Hang on a secnod"', lines: held('Hang on a secnod'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "Give me a momment"', lines: held('Give me a momment'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "let me serach our databases"', lines: held('let me serach our databases'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "Im still lokoing"', lines: held("I'm still lokoing"), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "I am cheking the shelf list"', lines: held('I am cheking the shelf list'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "Bare with me while I look"', lines: held('Bare with me while I look'), exp: some({ informed: 'fail' }) },
  { name: 'second: greeting "Good afternono, Ask a Librarian, Jo speaking"', lines: greeted('Good afternono, Ask a Librarian, Jo speaking.'), exp: some({ greeting: 'pass' }) },
  { name: 'second: greeting "Welcoem back to Ask Us Now, Priya here"', lines: greeted('Welcoem back to Ask Us Now, Priya here.'), exp: some({ greeting: 'pass' }) },
  { name: 'second: completeness "Does tihs help?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does tihs help?"), exp: some({ complete: 'pass' }) },
  { name: 'second: completeness "Did that asnwer your question?"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Did that asnwer your question?"), exp: some({ complete: 'pass' }) },
  { name: 'second: anything else "Anything eles I can find for you?"', lines: asked('Anything eles I can find for you?'), exp: some({ anything: 'pass' }) },
  { name: 'second: check-in "Are you stll there?" and "I havent heard from you, so I will close this sessoin."', lines: idle('Are you stll there?', "I haven't heard from you, so I will close this sessoin. Thanks!"), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second: courteous "Thansk for using Ask a Librarian!"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Thansk for using Ask a Librarian!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: courteous "Goodbyee!"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Goodbyee!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: courteous "Have a godo weekend"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Have a godo weekend'), exp: some({ courteous: 'pass' }) },
  { name: 'second: follow-up "I will get back to oyu by Monday" (no code)', lines: promised('I will get back to oyu by Monday. Whats your email?'), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'second: referral "Contatc the Master Gardener hotline at 410-555-0142"', lines: answered('Contatc the Master Gardener hotline at 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'second: dismissal "youve asked way to many questions today, Im ending this"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [100, 'p', 'what about peppers?'], [110, 'l', "you've asked way to many questions today, I'm ending this."]], exp: some({ dismissal: 'fail' }) },
  { name: 'second: the patron\'s "thats alll i needed thanks"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [90, 'p', 'thats alll i needed thanks'], [110, 'l', 'Thanks, bye!']], exp: some({ anything: 'pass' }) },
  // near misses in words no earlier case used
  { name: 'second, near miss: "There is one momnet in chapter 3 where she stakes them." is no hold', lines: held('There is one momnet in chapter 3 where she stakes them.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss: "Than you can pick it up at the desk." thanks no one', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Than you can pick it up at the desk.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss: "Have a god look at the index." says no goodbye', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Have a god look at the index.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss: "It should come bcak soon." (the book) invites no one back', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'Its checked out. It should come bcak soon.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss: "They will get back to yuo" is no promise of the provider\'s', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main; the branch has it on hold, they will get back to yuo when it's ready. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'second, near miss: "Contcat lenses books are at 617.7" refers no one', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Contcat lenses books are at 617.7. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'second, near miss: "Dont worry about asking to many questions!"', lines: [...Q, L("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?"), [100, 'p', 'sorry, one more'], [110, 'l', "Don't worry about asking to many questions! Anything else? Thanks, bye"]], exp: some({ dismissal: 'pass' }) },
];
/** The third batch: the words of the second batch's narrowings (what follows "one momnet"; who "comes bcak"), labelled before running. */
export const third: SessionCase[] = [
  { name: 'third: hold "one momnet while I pull it up"', lines: held('one momnet while I pull it up'), exp: some({ informed: 'fail' }) },
  { name: 'third: hold "hang on a secnod and Ill look"', lines: held("hang on a secnod and I'll look"), exp: some({ informed: 'fail' }) },
  { name: 'third: hold "Give me a minuet, please"', lines: held('Give me a minuet, please'), exp: some({ informed: 'fail' }) },
  { name: 'third, near miss: "In a momnet of panic she pulled them all up." (the book) is no hold', lines: held('In the book, in a momnet of panic she pulls them all up.'), exp: some({ informed: 'pass' }) },
  { name: 'third: courteous "You can always come bcak anytime"', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'You can always come bcak anytime'), exp: some({ courteous: 'pass' }) },
  { name: 'third, near miss: "They will come bcak again in May" (the seed catalogs) invites no one', lines: answered("The Vegetable Gardener's Bible (635 SMI) is at Main. Does that help?", 'The seed catalogs are gone for now. They will come bcak again in May.'), exp: some({ courteous: 'fail' }) },
];
/** Spanish short cases with slips. */
const ES_Q: Line[] = [
  [0, 'p', 'hola, necesito libros para aprender ingles'],
  [20, 'l', 'Hola, soy Lucía de la Biblioteca del Condado. ¿Para adultos o para niños?'],
  [50, 'p', 'adultos'],
];
export const spanish: SessionCase[] = [
  { name: 'Spanish hold: "Un momneto, por favor" (the answer 140 s later)', lines: [...ES_Q, [60, 'l', 'Un momneto, por favor.'], [200, 'l', 'Mire samplelibrary.org/ingles. ¿Responde esto a su pregunta?'], [220, 'p', 'si, es todo'], [226, 'l', '¡Gracias, adiós!']], exp: some({ informed: 'fail' }) },
  { name: 'Spanish completeness: "¿Respnde esto a su pregunta?"', lines: [...ES_Q, [70, 'l', 'Mire samplelibrary.org/ingles. ¿Respnde esto a su pregunta?'], [100, 'p', 'si'], [110, 'l', '¡Gracias, adiós!']], exp: some({ complete: 'pass' }) },
];
export const LEFT: SessionCase[] = [
  {
    name: 'a referral with slips: "plese call teh Legal Aid Bureau at 410-555-0133"',
    lines: [
      [0, 'p', 'my landlord wont give back my deposit, who can help me'],
      [20, 'l', 'Hi, this is Dana at Ask Us Now. What state are you in?'],
      [50, 'p', 'maryland'],
      [70, 'l', 'Plese call teh Maryland Legal Aid Bureau at 410-555-0133; they help tenants with deposits. The state guide is at peoples-law.org/security-deposits. Does this hepl?'],
      [110, 'p', 'yes thanks, thats everything'],
      [115, 'l', 'Youre welcome, goodbye!'],
    ],
    // LEFT: referral.ts reads the words before the verb by its own connectors (please, just, then …: code, not a phrase
    // family), and a slip of "please" is none of them: the referral is not read ("plese call them at …" is, by its pronoun).
    // referral: "please call the … Bureau at 410-…" with its phone: pass; completeness "Does this help?" with a slip: pass
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a message sent half-typed and finished in the next: "Is there anyth" / "ing else I can help with?"',
    lines: [
      [0, 'p', 'how do I get a library card'],
      [20, 'l', 'Hi, Jo here from Ask a Librarian. Do you live in Sample County?'],
      [50, 'p', 'yes'],
      [70, 'l', 'You can sign up at samplelibrary.org/card and pick it up at any branch. Does that help?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Is there anyth'],
      [97, 'l', 'ing else I can help with?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks for chatting, bye!'],
    ],
    // LEFT: each message is read alone; joining a message to the half before it is a change of timeline / text reading, not
    // of a phrase family. anything else: the question, sent in two halves, asks whether the patron needs anything else: pass
    exp: usual(),
  },
  {
    name: 'Spanish with slips: "Hola, soy Lucía de la biblioteca", "un momneto", "¿Respnde esto a su pregunta?", "¿Algo mas?"',
    lines: [
      [0, 'p', 'hola, necesito libros para aprender ingles'],
      [20, 'l', 'Hola, soy Lucía de la Biblioteca del Condado. ¿Para adultos o para niños?'],
      [50, 'p', 'adultos'],
      [60, 'l', 'Un momneto, por favor, estoy buscando.'],
      [175, 'l', 'Tenemos "Inglés para dummies" (428 ING) en la Central. ¿Respnde esto a su pregunta?'],
      [200, 'p', 'si'],
      [205, 'l', '¿Algo mas en que le pueda ayudar?'],
      [220, 'p', 'no gracias'],
      [225, 'l', '¡Gracias por escribir, adiós!'],
    ],
    // LEFT: the Spanish answer's book, '"Inglés para dummies" (428 ING) en la Central', is not read as a source even with no
    // slip (the source reading of Spanish titles, outside this block's area); its slips are read (short cases below).
    // hold: "Un momento, por favor, estoy buscando" (a slip): the spans 50-60 and 60-175 pass (a message that is no hold would pass too: keep_informed does not tell them apart here);
    // completeness "¿Responde esto a su pregunta?" with a slip: pass
    exp: usual(),
  },
  // LEFT: a doubled word ("me me") is mended only by text.ts (collapsing repeated words), which this block may not change
  { name: 'hold: "let me me check" (a doubled word)', lines: held('let me me check'), exp: some({ informed: 'fail' }) },
];

describeSessions('thirty-ninth round (G20): the provider\'s own typos, every check', whole);
describeSessions('thirty-ninth round (G20): the provider\'s own typos, short cases', short);
describeSessions('thirty-ninth round (G20): the provider\'s own typos, near misses of the changes', guards);
describeSessions('thirty-ninth round (G20): the provider\'s own typos, Spanish', spanish);
describeSessions('thirty-ninth round (G20): the provider\'s own typos, second batch', second);
describeSessions('thirty-ninth round (G20): the provider\'s own typos, third batch', third);

describeLeft('thirty-ninth-round-typos', LEFT);
