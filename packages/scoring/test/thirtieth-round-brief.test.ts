/**
 * Thirtieth round, area (I6): THE SHORTEST SESSIONS. Patrons who leave before or just after the pickup, test chats
 * ("test", "hello?"), patrons who meant another service (Verizon, a water bill, the council's bins, Amazon), pranks and
 * spam, one-line questions answered in one line ("What time do you close today?" "We're open until 9 pm tonight!"), the
 * patron's question and then silence, sessions where only greetings were exchanged, a provider who never joins (with
 * internal notes only, with `pickedUpAt` and no message), sessions cut by the system (connection lost, idle timeout),
 * questions answered with a bare URL, and a transfer and a follow-up promise from sessions of two or three messages.
 *
 * PARAPHRASE SWEEP. Ways real patrons and providers say it, across registers:
 *  patrons: "test", "testing 123", "hello?", "hi is anyone there", "anyone?", "is this verizon customer service?",
 *   "I want to pay my water bill", "Hello, is this the council? I need to report a missed bin collection.", "is this
 *   amazon", "yo do yall have wifi", "Sir I want previous year question papers", "hola, ¿tienen libros…?", spam ("Buy
 *   cheap followers at socialboost.biz!!!"), pranks ("do u have any books on how to get a gf lol"), "sorry wrong chat";
 *  providers: one-line answers ("We're open until 9 pm tonight!", "yep free wifi at every branch"), a bare URL as the whole
 *   answer, "[Auto] Welcome…" system lines before the pickup, "Hello! How can I help you today?" (a screen name only),
 *   check-ins ("Are you still with me?", "Are you still there?"), notices ("It seems you've stepped away or lost
 *   connection, so I'll end the chat now", "It looks like you've disconnected"), farewells ("have a good day", "Bye for
 *   now!", "¡Hasta luego!", "come back anytime 👋").
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case), following the thirteenth round's (N4) readings where they meet:
 * - a patron who asks nothing ("test", "hello?", "hi", an advert for followers) makes no substantive exchange, whatever the
 *   provider answers;
 * - an answer that the patron meant another service ("No, this is the library's Ask Us chat") answers the question: it is
 *   a visible message other than a greeting, so the exchange is substantive;
 * - a provider's answer after a `patron_left` event is still visible (N4's reading);
 * - `resolution.code` has no "no provider joined" na: Lost Call passes with 0 or 1 patron messages and fails with 2 or more;
 *   a null code fails;
 * - `pickedUpAt` with no provider message: a provider joined (pickup measured, greeting and courteous fail);
 * - the final idle starts at the first provider message after the patron's last visible message that is not a hold; a
 *   hold alone after it starts none (no final idle: idle and disconnect na), and a span still waiting on the provider at
 *   the end does not count for keep_informed;
 * - "have a good day", "Take care", "Bye for now!", "¡Hasta luego!" say goodbye; "Sorry for the wait" and "how can I help?"
 *   do not; "No problem" alone does not;
 * - "Want me to?" after the source offers something not yet given (completeness fails).
 * Written: 31 whole sessions (29 first, 2 more for the fixes), 51 short cases (23 of the 24 first, one moved to LEFT; 4
 * more for the fixes; 24 probes written and labelled after the first fixes, in batches of 9, 9 and 6), 7 near misses in `guards`.
 * First run (82 tests): 3 failed on 3 statuses: closing.courteous 1, info.source 2. None was relabelled: one ("is this
 * amazon" answered "No, this is the library's Ask Us chat…") is LEFT; two were the scorer. The 24 later probes found one
 * more (info.source 1, inquiry.clarify 1: "prueba", in the second batch; the third batch ran green). Fixed in block I6, behind settings:
 *  - `haveGoodDayI6` (classify.ts `haveGoodDayI6`, in courteousNow's first-message branch): a sentence of the provider's
 *    first message whose only greeting is the wish "have a good day / afternoon / evening" parts the patron ("…This chat is
 *    for library questions, so I'll close this one now. Have a good day."; "…Have a good afternoon!") [near misses: "Good
 *    day! Jo at Ask Us here, how can I help?", "Good evening, have a look at our catalogue…: this is Jo at Ask Us."];
 *  - `advertOnlyI6` (classify.ts `advertOnlyI6`, read in facts.ts firstAskingPos): a patron message that is only an advert
 *    (a link, a solicitation's words, no "?" and no words of a need) asks nothing ("www.cheap-pills.biz best price no
 *    prescription", "Make money from home!!! Join now at easycash4u.net", "Best SEO services and backlinks…, visit
 *    rankboost.io today") [near misses: "Is there a work from home jobs database? I saw flexjobs.com mentioned", "…crypto
 *    scam texts from coinbonus.io, how do I report them", "cheap flights to lisbon kayak.com"];
 *  - `pruebaI6` (classify.ts `pruebaI6`, the same place): a staff test in Spanish asks nothing ("prueba", "probando 1 2 3",
 *    "Hola, esto es una prueba del chat.") [near misses: "prueba de embarazo, ¿dónde consigo una?", "necesito ayuda con
 *    una prueba de manejo"].
 * Left: 1 (at `LEFT`, with the reason).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, all, at, describeSessions, FU_ME, type Key, type Line, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A provider joined but there was no substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });
/** Nobody joined (no provider message, no pickedUpAt). */
const nobody = (over: Partial<Record<Key, St>> = {}) =>
  all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    ...over,
  });
const LOST = { resolutionCode: 'Lost Call' };
const ROSA = who('Rosa Diaz', 'rosa');

export const whole: SessionCase[] = [
  // ---- nobody joined ----------------------------------------------------------------------------------------------------
  {
    name: 'nobody joins: "hi is anyone there" then "hello?", the patron leaves; Lost Call with two patron messages fails',
    lines: [
      [0, 'p', 'hi is anyone there'],
      [45, 'p', 'hello?'],
      [70, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { ...LOST, endAfter: 0 },
    exp: nobody({ code: 'fail' }),
  },
  {
    name: 'nobody joins: one question, the system ends it; Lost Call with one patron message passes',
    lines: [
      [0, 'p', 'Do you have any passes for the National Aquarium?'],
      [600, 's', 'Chat ended: no librarian available', sys('ended')],
    ],
    over: { ...LOST, endAfter: 0 },
    exp: nobody(),
  },
  {
    name: 'nobody joins: two patron messages and an internal note only; the code is null',
    lines: [
      [0, 'p', 'need help with my ebook account, it says card expired'],
      [90, 'p', 'anyone?'],
      [120, 'i', 'queue backed up, can someone grab this one'],
      [300, 's', 'Chat ended', sys('ended')],
    ],
    over: { resolutionCode: null, endAfter: 0 },
    exp: nobody({ code: 'fail' }),
  },
  {
    // reading: pickedUpAt recorded, no provider message: a provider joined and said nothing
    name: 'picked up (pickedUpAt 30 s) but the provider never writes; the system ends it',
    lines: [
      [0, 'p', 'hi I need help finding a newspaper article from 1982'],
      [400, 's', 'Chat session timed out due to inactivity', sys('ended')],
    ],
    over: { ...LOST, pickedUpAt: at(30), endAfter: 0 },
    exp: noExchange({ greeting: 'fail', courteous: 'fail' }),
  },
  // ---- the patron left before or at the pickup ------------------------------------------------------------------------
  {
    // the provider's one message is a greeting, a disconnect notice and a goodbye: no substantive exchange
    name: 'patron left at 30 s; "Hello, this is Dana with AskUsNow! It looks like you\'ve disconnected…" : no exchange',
    lines: [
      [0, 'p', 'Do you have passport services at the Wheaton branch?'],
      [30, 's', 'Patron has left the session', sys('patron_left')],
      [52, 'l', "Hello, this is Dana with AskUsNow! It looks like you've disconnected. If you still need help, please start a new chat. Thanks!"],
    ],
    over: { ...LOST, endAfter: 2 },
    exp: noExchange(),
  },
  {
    // reading (N4): the answer after patron_left is still visible: a substantive exchange
    name: 'patron left at 40 s; the answer with the catalogue link comes at 55 s : an exchange, no question before the source',
    lines: [
      [0, 'p', 'Do you have the book Lessons in Chemistry?'],
      [40, 's', 'Patron left the chat', sys('patron_left')],
      [55, 'l', 'Hi, Jo at Ask Us here. Yes, we have it: catalog.samplelibrary.org/lessons-in-chemistry shows the copies and lets you place a hold. Thanks for asking!'],
    ],
    over: { endAfter: 3 },
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'late pickup (140 s), one-line answer with no source, the patron gone',
    lines: [
      [0, 'p', 'Can I return library books at any branch?'],
      [140, 'l', 'Hi, this is Omar with AskUsNow! Sorry for the wait. Yes, you can return items to any branch in the county.'],
    ],
    over: { endAfter: 30 },
    exp: usual({ pickup: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  // ---- tests --------------------------------------------------------------------------------------------------------------
  {
    name: 'staff test coded Practice: "test" / "testing 123" : unscored',
    lines: [
      [0, 'p', 'test'],
      [10, 'l', 'Test received! -Jo at Ask Us'],
      [20, 'p', 'testing 123'],
      [25, 'l', 'Got it, widget works on the new site.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: '"test" coded Answered: the greeting asks how to help, the patron goes: no exchange, courteous fails',
    lines: [
      [0, 'p', 'test'],
      [15, 'l', 'Hi! This is Marcus at Ask Us Now. Looks like your message came through fine. How can I help?'],
    ],
    over: { endAfter: 5 },
    exp: noExchange({ courteous: 'fail' }),
  },
  {
    name: '"hello?" then greeting, check-in at 3 min, notice and invitation at 4 min : no exchange, idle and notice pass',
    lines: [
      [0, 'p', 'hello?'],
      [20, 'l', 'Hello, this is Jo, a librarian with Sample County Library. What can I help you with?'],
      [200, 'l', 'Are you still there?'],
      [260, 'l', "It seems you've disconnected, so I'll close this chat now. Feel free to chat with us again anytime!"],
    ],
    over: { ...LOST, endAfter: 1 },
    exp: noExchange({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the check-in starts the final idle (the first provider message after the patron's last that is not a hold)
    name: 'greetings only ("hi" / "hi"), check-in, then the notice: Lost Call with two patron messages fails',
    lines: [
      [0, 'p', 'hi'],
      [25, 'l', 'Hi! This is Kara at AskUsNow. What can I help you with today?'],
      [40, 'p', 'hi'],
      [180, 'l', 'Are you still there?'],
      [400, 'l', "Since I haven't heard from you, I'm going to close this chat. It looks like you may have been disconnected. Please chat with us again anytime!"],
    ],
    over: { ...LOST, endAfter: 1 },
    exp: noExchange({ idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  // ---- the question, then silence ------------------------------------------------------------------------------------------
  {
    name: 'chickens: a clarifying question, then silence; check-in and the notice with an invitation',
    lines: [
      [0, 'p', 'Looking for books on raising chickens'],
      [30, 'l', "Hi! Welcome to Ask Us, my name's Beth with Carroll County Public Library. Are you looking for beginner guides, or something on a particular breed?"],
      [170, 'l', 'Are you still with me?'],
      [320, 'l', "It seems you've stepped away or lost connection, so I'll end the chat now. Please feel free to come back anytime!"],
    ],
    over: { ...LOST, endAfter: 2 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'quilts: a clarifying question, then ten minutes of nothing; code left null',
    lines: [
      [0, 'p', 'do you have anything on the history of baltimore album quilts'],
      [35, 'l', 'Hello, welcome to Ask Us! I am Dee, a librarian at the Enoch Pratt Free Library. Are you after books, or images of the quilts?'],
    ],
    over: { resolutionCode: null, endAfter: 600 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail' }),
  },
  {
    name: 'late fees: answered with a link and "Does that help?", then the system times the chat out after 15 min',
    lines: [
      [0, 'p', "what's the late fee for DVDs"],
      [18, 'l', 'Hello, Chris at Harford County Public Library. There are no late fees on DVDs anymore; the policy is at hcplonline.org/fines. Does that help?'],
      [918, 's', 'Session timed out due to inactivity', sys('idle')],
    ],
    over: { endAfter: 0 },
    exp: usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'Indian English, UPSC papers: clarify, hold, the link, then the patron gone: check-in and notice',
    lines: [
      [0, 'p', 'Sir I want previous year question papers of UPSC prelims'],
      [25, 'l', 'Hello, welcome to Ask a Librarian, this is Priya from the Delhi Public Library. For which year do you need them?'],
      [60, 'p', '2019 and 2020 kindly'],
      [70, 'l', 'Kindly wait, I am checking.'],
      [170, 'l', 'You can download them from the UPSC website at upsc.gov.in under Examination > Previous Question Papers. Does this answer your query?'],
      [350, 'l', 'Are you still there?'],
      [420, 'l', 'It seems you have disconnected. I am closing this chat now. Please revisit us any time. Thank you.'],
    ],
    over: { endAfter: 1 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the last visible message is a hold: no provider message after the patron's last that is not a hold, so no final idle
    name: 'museum pass: clarify, "let me check availability", then the connection is lost; coded Lost Call with two patron messages',
    lines: [
      [0, 'p', 'can I get a museum pass for the B&O museum this saturday'],
      [20, 'l', "Hi, I'm Lee at Baltimore County Public Library. Which branch is your home library?"],
      [60, 'p', 'Pikesville'],
      [70, 'l', 'Let me check availability for Saturday.'],
      [150, 's', 'Chat ended: connection lost', sys('ended')],
    ],
    over: { ...LOST, endAfter: 0 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }),
  },
  // ---- one line answered in one line ----------------------------------------------------------------------------------------
  {
    name: '"What time do you close today?" "We\'re open until 9 pm tonight!" "thx"',
    lines: [
      [0, 'p', 'What time do you close today?'],
      [12, 'l', "Hi! This is Sam at the Towson Branch of Baltimore County Public Library. We're open until 9 pm tonight!"],
      [30, 'p', 'thx'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Sunday hours with the hours page, "Anything else I can help with?" "no that\'s all, thanks!"',
    lines: [
      [0, 'p', 'are you open on sunday'],
      [15, 'l', 'Good morning, Pat from Anne Arundel County Public Library here. Yes, 1-5 pm at most branches; the full schedule is at aacpl.net/hours. Anything else I can help with?'],
      [40, 'p', "no that's all, thanks!"],
      [46, 'l', 'Thanks for chatting, have a great weekend!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'chat-speak wifi: "yo do yall have wifi" answered in a line, "come back anytime 👋"',
    lines: [
      [0, 'p', 'yo do yall have wifi'],
      [20, 'l', 'hey! Mia here w/ Ask Us @ Pratt Library. yep free wifi at every branch, network is PrattPublic, no password'],
      [45, 'p', 'bet ty'],
      [50, 'l', 'np! come back anytime 👋'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'macro: the system\'s auto-welcome, then the greeting and the directions page; "yes thank you, that\'s all"',
    lines: [
      [0, 'p', "What's the address of the Wheaton library?"],
      [2, 's', 'Welcome to AskUsNow! A librarian will be with you shortly.', sys('joined')],
      [40, 'l', 'Hello and thank you for contacting Montgomery County Public Libraries, my name is Rafael.'],
      [45, 'l', 'Wheaton Library is at 11701 Georgia Ave, Wheaton MD 20902. Directions are on montgomerycountymd.gov/library/branches/wheaton.html. Does this completely answer your question?'],
      [80, 'p', "yes thank you, that's all"],
      [86, 'l', "You're welcome! Thank you for using AskUsNow, goodbye."],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'bare URL: "how do i renew my books online" answered with the link alone, nothing more',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [30, 'l', 'hello, this is Alex at Ask a Librarian'],
      [35, 'l', 'https://catalog.samplelibrary.org/renew'],
    ],
    over: { endAfter: 40 },
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Spanish, libros infantiles: the catalogue, "¿Le sirve?", "¿Algo más?", "no, es todo", "¡Hasta luego!"',
    lines: [
      [0, 'p', 'hola, ¿tienen libros en español para niños?'],
      [30, 'l', "¡Hola! Soy Lucía, bibliotecaria de Ask Us Now. Sí, tenemos muchos; puede verlos en catalog.mcpl.org buscando 'libros infantiles en español'. ¿Le sirve esta información?"],
      [70, 'p', 'sí, gracias'],
      [80, 'l', '¡Con gusto! ¿Algo más en que le pueda ayudar?'],
      [100, 'p', 'no, es todo'],
      [105, 'l', 'Gracias por usar Ask Us Now. ¡Hasta luego!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  // ---- another service ----------------------------------------------------------------------------------------------------
  {
    name: 'Verizon: not the library\'s business; "please call Verizon customer service at 1-800-922-0204" : referral passes',
    lines: [
      [0, 'p', 'is this verizon customer service? my phone bill is wrong'],
      [25, 'l', "Hi there! You've reached Ask Us Now, the library chat service, so we can't see phone accounts. Please call Verizon customer service at 1-800-922-0204, or go to verizon.com/support. Good luck!"],
      [50, 'p', 'oh oops thanks'],
      [55, 'l', 'No problem, have a good day!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'water bill: the city\'s payment page, "Is that what you needed?" "perfect thank you" "You\'re welcome! Take care."',
    lines: [
      [0, 'p', 'I want to pay my water bill'],
      [20, 'l', "Hello, this is Ruth, a librarian with Baltimore County Public Library. The library can't take bill payments, but you can pay your water bill online at pay.baltimorecity.gov. Is that what you needed?"],
      [45, 'p', 'perfect thank you'],
      [50, 'l', "You're welcome! Take care."],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'British, the council\'s bins: "ring them on 0113 222 4406"; "Do pop back… Bye for now!"',
    lines: [
      [0, 'p', 'Hello, is this the council? I need to report a missed bin collection.'],
      [35, 'l', "Good afternoon, you've reached the library's Ask a Librarian service, I'm Fiona. I'm afraid we can't log bin reports, but you can report a missed collection on the council's website at leeds.gov.uk/bins or ring them on 0113 222 4406."],
      [60, 'p', 'Ah, brilliant, cheers.'],
      [66, 'l', "You're welcome. Do pop back if you've any library questions. Bye for now!"],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  // ---- pranks and spam --------------------------------------------------------------------------------------------------
  {
    name: 'prank taken seriously: the catalogue and "Want me to?", the patron laughs and goes',
    lines: [
      [0, 'p', 'do u have any books on how to get a gf lol'],
      [20, 'l', "Hi, this is Tom at the Ask Us chat. We do! Try searching 'dating advice' in our catalog at catalog.hcplonline.org, or I can suggest a few titles. Want me to?"],
      [40, 'p', 'lmaooo no'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: an advert asks nothing: no substantive exchange
    name: 'spam: "Buy cheap followers at socialboost.biz!!!" : the provider closes it politely',
    lines: [
      [0, 'p', 'Buy cheap followers at socialboost.biz!!! best prices guaranteed'],
      [30, 'l', "Hello, this is the Ask Us librarian on duty. This chat is for library questions, so I'll close this one now. Have a good day."],
    ],
    over: { resolutionCode: 'Spam', endAfter: 2 },
    exp: noExchange(),
  },
  // ---- (I6 fixes) the same behaviour in other words: whole sessions --------------------------------------------------------
  {
    name: '(haveGoodDayI6) the pharmacy by text: "…Please call your pharmacy directly for refills. Have a good evening." (no number)',
    lines: [
      [0, 'p', 'Is this the pharmacy? I need a refill on my blood pressure meds'],
      [30, 'l', 'Hello, this is Kim with the Ask Us library text service, not a pharmacy. Please call your pharmacy directly for refills. Have a good evening.'],
    ],
    over: { endAfter: 400 },
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: '(advertOnlyI6) "🔥 Make money from home!!! Join now at easycash4u.net 🔥" : ended without a goodbye',
    lines: [
      [0, 'p', '🔥 Make money from home!!! Join now at easycash4u.net 🔥'],
      [25, 'l', "Hi, Jo at Ask Us. This service is for library questions only, so I'm ending this chat."],
    ],
    over: { resolutionCode: 'Spam', endAfter: 2 },
    exp: noExchange({ courteous: 'fail' }),
  },
  // ---- a transfer and a follow-up from two or three messages -------------------------------------------------------------
  {
    name: '"¿hablan español?": a transfer to Rosa with the note and the notice, Rosa greets, the patron is gone',
    lines: [
      [0, 'p', '¿hablan español?'],
      [20, 'l', "Hi, this is Jo at Ask Us. One moment, I'll transfer you to a Spanish-speaking colleague."],
      [24, 'i', 'pt wants a Spanish speaker'],
      [26, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [60, 'l', '¡Hola! Soy Rosa de Ask Us. ¿En qué le puedo ayudar?', ROSA],
    ],
    over: { endAfter: 5 },
    exp: noExchange({ courteous: 'fail', transfer: 'pass' }),
  },
  {
    name: 'student off to class: "email me a list… jdoe22@umd.edu", "I\'ll email you a list… by tomorrow afternoon"',
    lines: [
      [0, 'p', 'i have to go to class but can someone email me a list of sources on the dust bowl? my email is jdoe22@umd.edu'],
      [25, 'l', "Hi, this is Ana at UMD Libraries. Absolutely, I'll email you a list at jdoe22@umd.edu by tomorrow afternoon."],
      [40, 'p', 'thank you!!'],
      [45, 'l', "You're welcome, thanks for chatting and good luck in class!"],
    ],
    over: FU_ME,
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
];

const Q: Line = [0, 'p', 'do you have the new Grisham book?'];
const HI: Line = [20, 'l', 'Hi, this is Jo at Sample County Library.'];

export const short: SessionCase[] = [
  { name: 'zero messages, Lost Call: nobody joined, the code passes', lines: [], over: LOST, exp: some({ pickup: 'fail', greeting: 'na', courteous: 'na', code: 'pass' }) },
  { name: '"hello?" alone, Lost Call', lines: [[0, 'p', 'hello?']], over: LOST, exp: some({ pickup: 'fail', source: 'na', code: 'pass' }) },
  { name: 'three patron messages, nobody joins, Lost Call fails', lines: [Q, [60, 'p', '??'], [120, 'p', 'ok nvm']], over: LOST, exp: some({ pickup: 'fail', dismissal: 'na', code: 'fail' }) },
  { name: 'pickup at exactly 60 s passes', lines: [Q, [60, 'l', 'Hi, this is Jo at Sample County Library.']], exp: some({ pickup: 'pass', greeting: 'pass' }) },
  { name: 'pickup at 61 s fails', lines: [Q, [61, 'l', 'Hi, this is Jo at Sample County Library.']], exp: some({ pickup: 'fail', greeting: 'pass' }) },
  { name: 'greeting without a name in the text ("Hello! How can I help you today?"): fails', lines: [Q, [20, 'l', 'Hello! How can I help you today?']], exp: some({ greeting: 'fail' }) },
  { name: 'greeting in two messages ("Hi there!" / "This is Jo from the Ask Us service.")', lines: [Q, [20, 'l', 'Hi there!'], [23, 'l', 'This is Jo from the Ask Us service.']], exp: some({ greeting: 'pass', source: 'na' }) },
  { name: 'greeting, then 3.5 min of nothing: idle and notice fail', lines: [Q, HI], over: { endAfter: 210 }, exp: some({ source: 'na', idle: 'fail', disconnect: 'fail', courteous: 'fail' }) },
  { name: 'greeting, check-in at 130 s, ends 10 s later: idle passes, notice na', lines: [Q, HI, [150, 'l', 'Are you still there?']], over: { endAfter: 10 }, exp: some({ idle: 'pass', disconnect: 'na' }) },
  { name: 'greeting, "It looks like you\'ve disconnected, so I\'m ending this chat." at 200 s: no question (idle fails), notice passes', lines: [Q, HI, [220, 'l', "It looks like you've disconnected, so I'm ending this chat."]], over: { endAfter: 1 }, exp: some({ idle: 'fail', disconnect: 'pass', courteous: 'fail' }) },
  { name: '"Hi, thanks for contacting Ask Us! This is Jo." then 5 min of nothing: a goodbye ends the idle at once', lines: [Q, [20, 'l', 'Hi, thanks for contacting Ask Us! This is Jo.']], over: { endAfter: 300 }, exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass' }) },
  { name: 'a hold alone, then the patron leaves: no exchange, no final idle', lines: [Q, [20, 'l', 'Hi, Jo at Ask Us here, one moment please while I look.'], [40, 's', 'Patron left the chat', sys('patron_left')]], over: { endAfter: 300 }, exp: some({ informed: 'na', source: 'na', idle: 'na', disconnect: 'na', courteous: 'fail' }) },
  { name: 'bare URL "sample.org/hours" for "what are ur hours"', lines: [[0, 'p', 'what are ur hours'], HI, [25, 'l', 'sample.org/hours']], exp: some({ source: 'pass', clarify: 'fail' }) },
  { name: 'bare domain "Try libbyapp.com" for audiobooks', lines: [[0, 'p', 'how do i get audiobooks'], HI, [25, 'l', 'Try libbyapp.com']], exp: some({ source: 'pass' }) },
  { name: '"9 pm tonight!" is no source', lines: [[0, 'p', 'when do u close'], HI, [25, 'l', '9 pm tonight!']], exp: some({ source: 'fail', complete: 'fail', anything: 'fail' }) },
  { name: 'wrong service, "you\'ll need to contact Verizon directly" (no contact): referral and source fail', lines: [[0, 'p', 'is this verizon'], [20, 'l', "Hi, this is Jo at the library's Ask Us chat, not Verizon. You'll need to contact Verizon directly about your bill."]], exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'wrong service, "call Comcast at 1-800-934-6489": referral and source pass', lines: [[0, 'p', 'my internet is down, is this comcast?'], [20, 'l', "Hi, this is Jo at the library's Ask Us chat. For an outage, please call Comcast at 1-800-934-6489."]], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'water bill, "we can\'t help with water bills" : an exchange, no source, no referral', lines: [[0, 'p', 'I want to pay my water bill'], [20, 'l', "Hi, this is Jo at Sample County Library. Sorry, we're the library, so we can't help with water bills."]], exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"sorry wrong chat" after the greeting: no exchange', lines: [[0, 'p', 'hi'], HI, [40, 'p', 'sorry wrong chat'], [45, 'l', 'No worries, have a great day!']], exp: some({ source: 'na', anything: 'na', courteous: 'pass' }) },
  { name: 'Lost Call with a promise to e-mail: fails', lines: [Q, [20, 'l', "Hi, this is Jo at Ask Us. You seem to have left; I'll email you what I find by tomorrow."]], over: { ...LOST, patron: { name: null, email: 'pat@example.org', phone: null } }, exp: some({ code: 'fail' }) },
  { name: '"hello?" twice before the pickup, greeting, then gone: Lost Call fails', lines: [[0, 'p', 'hello?'], [30, 'p', 'hello?'], [50, 'l', 'Hi, this is Jo at Ask Us. How can I help?']], over: LOST, exp: some({ source: 'na', code: 'fail' }) },
  { name: 'spam link only, "This chat is for library questions. Goodbye." : no exchange', lines: [[0, 'p', 'www.cheap-pills.biz best price no prescription'], [20, 'l', 'This chat is for library questions. Goodbye.']], over: { resolutionCode: 'Spam' }, exp: some({ source: 'na', courteous: 'pass', dismissal: 'pass' }) },
  // ---- (I6 fixes) the same behaviour in other words --------------------------------------------------------------------
  { name: '(haveGoodDayI6) "is this the mva" : "…We don\'t handle car registrations, sorry. Have a good afternoon!" in the first message', lines: [[0, 'p', 'is this the mva'], [20, 'l', "Hi, Jo at the library's Ask Us chat here. We don't handle car registrations, sorry. Have a good afternoon!"]], over: { endAfter: 240 }, exp: some({ courteous: 'pass', idle: 'na', disconnect: 'na' }) },
  { name: '(advertOnlyI6) "Best SEO services and backlinks for your website, visit rankboost.io today" : no exchange', lines: [[0, 'p', 'Best SEO services and backlinks for your website, visit rankboost.io today'], [20, 'l', 'This chat is for library questions. Bye.']], over: { resolutionCode: 'Spam' }, exp: some({ clarify: 'na', source: 'na', anything: 'na', courteous: 'pass' }) },
  { name: '"Hi, Jo at Ask Us. Are you still there?" as the only message after 3 min: a check-in, no notice', lines: [Q, [20, 'l', 'Hi, Jo at Ask Us here.'], [200, 'l', 'Are you still there?']], over: { endAfter: 1 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: '(pruebaI6) "probando 1 2 3", "Funciona, le leo bien." : no exchange', lines: [[0, 'p', 'probando 1 2 3'], [20, 'l', 'Hola, soy Lucía de Ask Us Now. Funciona, le leo bien.']], exp: some({ source: 'na', clarify: 'na', anything: 'na' }) },
  { name: '(pruebaI6) "Hola, esto es una prueba del chat." and the reply "El chat funciona correctamente." : no exchange', lines: [[0, 'p', 'Hola, esto es una prueba del chat.'], [20, 'l', 'Hola, soy Lucía de Ask Us Now. El chat funciona correctamente.']], exp: some({ source: 'na', complete: 'na' }) },
  // ---- written after the fixes, labelled before running --------------------------------------------------------------------
  { name: '"9 pm tonight! Have a good one!" in the first message : courteous passes', lines: [[0, 'p', 'What time do you close today?'], [12, 'l', 'Hi! Sam at the Towson Branch here. 9 pm tonight! Have a good one!']], exp: some({ courteous: 'pass', source: 'fail' }) },
  { name: 'scripted provider macro "Thank you for contacting AskUsNow! A librarian will be with you in a moment." at 5 s is the pickup', lines: [Q, [5, 'l', 'Thank you for contacting AskUsNow! A librarian will be with you in a moment.'], [95, 'l', 'Hi, Jo here. Do you want the print book or the e-book?']], exp: some({ pickup: 'pass', greeting: 'pass', clarify: 'pass' }) },
  { name: '"hello?", greeting, "Hello? Are you still there? …" then "Closing this chat now since you appear to have disconnected. Thanks…"', lines: [[0, 'p', 'hello?'], HI, [150, 'l', "Hello? Are you still there? If I don't hear back in a minute I'll close the chat."], [220, 'l', 'Closing this chat now since you appear to have disconnected. Thanks for contacting Ask Us!']], over: { endAfter: 1 }, exp: some({ source: 'na', idle: 'pass', disconnect: 'pass', courteous: 'pass' }) },
  { name: 'bare URL as the first and only provider message: greeting fails, source passes', lines: [[0, 'p', 'library card application?'], [15, 'l', 'https://www.prattlibrary.org/card']], exp: some({ pickup: 'pass', greeting: 'fail', source: 'pass', clarify: 'fail' }) },
  { name: 'greetings only, then "sorry, I\'ll come back later" : the patron asked nothing', lines: [[0, 'p', 'good morning'], [20, 'l', 'Good morning! This is Jo at Ask Us. What can I help you with?'], [40, 'p', "sorry, I'll come back later"], [46, 'l', 'No problem, come back anytime!']], exp: some({ source: 'na', clarify: 'na', anything: 'na', courteous: 'pass' }) },
  { name: 'the first message greets and checks in ("Hi, this is Jo at Ask Us. Are you still there?"), then 5 min of nothing', lines: [Q, [30, 'l', 'Hi, this is Jo at Ask Us. Are you still there?']], over: { endAfter: 300 }, exp: some({ source: 'na', idle: 'pass', disconnect: 'fail', courteous: 'fail' }) },
  { name: 'the disconnect notice only from the system: idle and notice fail', lines: [Q, [20, 'l', 'Hi, this is Jo at Sample County Library. Print or e-book?'], [320, 's', 'The patron appears to have disconnected. This chat will now close.', sys('idle')]], over: { endAfter: 0 }, exp: some({ clarify: 'pass', idle: 'fail', disconnect: 'fail', courteous: 'fail' }) },
  { name: '"Hi I just wanted to say thanks for the help yesterday!" : the patron asked nothing', lines: [[0, 'p', 'Hi I just wanted to say thanks for the help yesterday!'], [20, 'l', 'Aw, thank you! Jo at Ask Us here, so glad it helped. Come back anytime!']], exp: some({ source: 'na', courteous: 'pass' }) },
  { name: '"Sorry, I\'m about to close for the night, please come back tomorrow at 9." as the only reply: no exchange, no dismissal', lines: [Q, [20, 'l', "Hi, Jo at Ask Us! Sorry, I'm about to close for the night, please come back tomorrow at 9."]], exp: some({ source: 'na', dismissal: 'pass', courteous: 'pass' }) },
  { name: 'greeting and a hold, check-in at 320 s, notice and thanks at 400 s: the final idle opens at the check-in (80 s: na)', lines: [Q, [20, 'l', 'Hi, Jo at Ask Us. Let me look into that for you.'], [320, 'l', 'Are you still there?'], [400, 'l', "It seems you've disconnected, so I'm closing the chat. Thanks!"]], over: { endAfter: 1 }, exp: some({ informed: 'na', source: 'na', idle: 'na', disconnect: 'na', courteous: 'pass' }) },
  { name: 'a URL answer, the patron\'s "ok" last, no reply: courteous fails, no final idle', lines: [[0, 'p', 'where do i pay a fine'], HI, [25, 'l', 'Fines are paid at sample.org/account.'], [60, 'p', 'ok']], over: { endAfter: 300 }, exp: some({ source: 'pass', courteous: 'fail', idle: 'na', disconnect: 'na' }) },
  { name: 'Lost Call with one patron message though the answer came: the code passes', lines: [Q, [20, 'l', "Hi, Jo at Ask Us. Yes, it's in the catalog at sample.org/grisham. Thanks!"]], over: LOST, exp: some({ source: 'pass', code: 'pass' }) },
  { name: 'an empty code: fails', lines: [[0, 'p', 'hello?']], over: { resolutionCode: '' }, exp: some({ pickup: 'fail', code: 'fail' }) },
  { name: 'no code field (the source has none), nobody joined: na', lines: [[0, 'p', 'hello?']], over: { resolutionCode: undefined }, exp: some({ pickup: 'fail', code: 'na' }) },
  { name: '"prueba" (a Spanish test), "Parece una prueba; el chat funciona bien." : the patron asked nothing', lines: [[0, 'p', 'prueba'], [20, 'l', 'Hola, soy Lucía de Ask Us Now. Parece una prueba; el chat funciona bien.']], exp: some({ source: 'na', clarify: 'na' }) },
  { name: '"Hello, I have a question" then "Sure, what\'s your question?" : no exchange', lines: [[0, 'p', 'Hello, I have a question'], [20, 'l', "Hi, Jo at Ask Us. Sure, what's your question?"]], over: { endAfter: 60 }, exp: some({ source: 'na', clarify: 'na' }) },
  { name: '"We can help with that! One sec." then the patron leaves: no exchange', lines: [Q, [20, 'l', 'Hi, Jo at Ask Us. We can help with that! One sec.'], [40, 's', 'Patron left the chat', sys('patron_left')]], over: { endAfter: 30 }, exp: some({ informed: 'na', source: 'na', idle: 'na' }) },
  { name: '"You can find that on our website." (no address, no steps): source fails', lines: [[0, 'p', 'how do i get a library card'], [20, 'l', 'Hi, Jo at Sample County Library. You can find that on our website.']], exp: some({ source: 'fail' }) },
  { name: 'notary: "call them at 410-555-0100 to book. Have a great day!" : referral with its number', lines: [[0, 'p', 'Do you have notary services?'], [20, 'l', 'Hi, Jo at Ask Us. Yes, the Central branch has a notary on Tuesdays; call them at 410-555-0100 to book. Have a great day!']], exp: some({ referral: 'pass', source: 'pass', courteous: 'pass' }) },
  { name: 'greeting, the patron\'s "hello?" at 90 s, the link at 300 s: keep_informed fails', lines: [Q, HI, [90, 'p', 'hello?'], [300, 'l', "Sorry! Here's the link: sample.org/grisham"]], exp: some({ informed: 'fail', source: 'pass' }) },
  { name: '"We close at 6 tonight. Anything else?" "nope thats it"', lines: [[0, 'p', 'when do u close'], [15, 'l', 'Hi, Jo at Sample County Library. We close at 6 tonight. Anything else?'], [30, 'p', 'nope thats it']], exp: some({ anything: 'pass', source: 'fail', complete: 'fail' }) },
  { name: '"Great question, let me find out." then the system ends the chat: no exchange', lines: [Q, [20, 'l', 'Hi, Jo at Ask Us! Great question, let me find out.'], [50, 's', 'Chat ended', sys('ended')]], over: { endAfter: 0 }, exp: some({ informed: 'na', source: 'na', idle: 'na', courteous: 'fail' }) },
  { name: 'the thanks of the macro greeting, an answer, then the patron gone 400 s: courteous passes, idle and notice fail', lines: [[0, 'p', 'hi'], [15, 'l', 'Hello, thanks for contacting Ask Us! My name is Jo.'], [30, 'p', 'do you have ebooks'], [40, 'l', 'Yes! Our ebooks are on Libby at sample.overdrive.com.']], over: { endAfter: 400 }, exp: some({ courteous: 'pass', source: 'pass', idle: 'fail', disconnect: 'fail' }) },
  { name: '"👋" only, "Hi there! Jo at Ask Us. The chat\'s working fine." : no exchange', lines: [[0, 'p', '👋'], [20, 'l', "Hi there! Jo at Ask Us. The chat's working fine."]], exp: some({ source: 'na', clarify: 'na' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for `haveGoodDayI6`: "good day", "good evening" that open the chat part nobody
  { name: 'near miss: "Good day! Jo at Ask Us here, how can I help?" as the only message : courteous fails', lines: [Q, [20, 'l', 'Good day! Jo at Ask Us here, how can I help?']], exp: some({ courteous: 'fail', source: 'na' }) },
  { name: 'near miss: "Good evening, have a look at our catalogue at catalog.samplelibrary.org: this is Jo at Ask Us." : courteous fails', lines: [Q, [20, 'l', 'Good evening, have a look at our catalogue at catalog.samplelibrary.org: this is Jo at Ask Us.']], exp: some({ courteous: 'fail', source: 'pass' }) },
  // near misses for `pruebaI6`: "prueba" in a need
  { name: 'near miss: "prueba de embarazo, ¿dónde consigo una?" : asks', lines: [[0, 'p', 'prueba de embarazo, ¿dónde consigo una?'], [20, 'l', 'Hola, soy Lucía de Ask Us Now. La clínica del condado las da gratis; vea health.samplecounty.gov/clinicas.']], exp: some({ source: 'pass' }) },
  { name: 'near miss: "necesito ayuda con una prueba de manejo" : asks', lines: [[0, 'p', 'necesito ayuda con una prueba de manejo'], [20, 'l', 'Hola, soy Lucía de Ask Us Now. ¿Es el examen escrito o el práctico?']], exp: some({ clarify: 'pass', source: 'fail' }) },
  // near misses for `advertOnlyI6`: a link and a solicitation's words in a patron's need
  { name: 'near miss: "Is there a work from home jobs database? I saw flexjobs.com mentioned" : asks', lines: [[0, 'p', 'Is there a work from home jobs database? I saw flexjobs.com mentioned'], [20, 'l', 'Hi, Jo at Ask Us. Try our Job & Career databases at samplelibrary.org/jobs.']], exp: some({ source: 'pass' }) },
  { name: 'near miss: "my son keeps getting crypto scam texts from coinbonus.io, how do I report them" : asks', lines: [[0, 'p', 'my son keeps getting crypto scam texts from coinbonus.io, how do I report them'], [20, 'l', 'Hi, Jo at Ask Us. You can report them at reportfraud.ftc.gov.']], exp: some({ source: 'pass' }) },
  { name: 'near miss: "cheap flights to lisbon kayak.com" (no solicitation\'s words) : asks', lines: [[0, 'p', 'cheap flights to lisbon kayak.com'], [20, 'l', 'Hi, Jo at Ask Us. Kayak is fine; also try google.com/flights.']], exp: some({ source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "No, this is the library's chat" answers the patron's "is this amazon" (a visible message other than a greeting or a
  // goodbye: a substantive exchange, so source fails); the scorer reads the message as the greeting's identification and a
  // goodbye only. Telling a "No," that answers from an identification needs a reading of the patron's question left undone.
  { name: '"is this amazon" "No, this is the library\'s Ask Us chat. Have a nice day!" : an exchange, courteous passes', lines: [[0, 'p', 'is this amazon'], [20, 'l', "No, this is the library's Ask Us chat, Jo here. Have a nice day!"]], exp: some({ source: 'fail', courteous: 'pass' }) },
];


describe('thirtieth round (I6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (I6): the shortest sessions, every check', whole);
describeSessions('thirtieth round (I6): the shortest sessions, short cases', short);
describeSessions('thirtieth round (I6): the shortest sessions, near misses of the changes', guards);

describeLeft('thirtieth-round-brief', LEFT);
