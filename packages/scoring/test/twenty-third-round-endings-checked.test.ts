/**
 * Twenty-third round, second wave (Y9): ENDINGS, HOLDS, GREETINGS AND QUESTIONS, CHECKED. The first wave (blocks Y1-Y6)
 * widened families and added settings that decide `approachability.greeting`, `inquiry.clarify`,
 * `followup.completeness`, `closing.anything_else`, `closing.no_dismissal`, `closing.courteous`,
 * `interest.keep_informed`, `session.idle_checkin` and `session.disconnect_notice`, each guarded only by its own helper's
 * near miss. These sessions put each change in other people's words, where its regexp would read the rubric's literal
 * text wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md before the scorer ran:
 * - Y3 `completeness` "Understood?", "It is clear?", "Your problem is solved?", "Hope … will be useful?", ", it is
 *   working?"; Y2's "Is the <resource> helpful", "the kind of thing you need / are looking for"; Y6's "the kind of thing
 *   she would like";
 * - Y3 `greeting` ("Sat Sri Akal", "Ayubowan", "Walaikum Assalam"), Y2 `farewell` ("haere rā", "e noho rā"), Y3 "Same to
 *   you", Y6's title field;
 * - Y3 `dismissalHard` ("only one question allowed per chat", "Your session time is over"), `othersWaiting` ("attend
 *   other patron"), `dismissalConvenience` ("going for lunch now"), `wayBack` ("chat with us again"), `inviteBack`
 *   ("welcome for any further assistance");
 * - Y3 `stillThere` ("connected with the wifi" exclusion, "you are available in chat?"), `seemGone` ("It seems you are
 *   not available"), Y4's "we seem to have been disconnected", "your connection may have dropped";
 * - Y6 `hold` ("more than a minute" exclusion);
 * - settings `myselfThisSideY3`, `nameQuestionY3`, `loginWithY2`, `pronounMeY2`.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - "Understood?" or "It is clear?" right after the provider says what they WILL do ("I will send the scanned pages by
 *   tomorrow evening") asks about the plan, not whether the information already given meets the need (RUBRIC.md's
 *   "would a scan be what you need?"); after instructions or an answer given it asks about what was given;
 * - "It is clear?" about the print on the patron's own book (a sticker, a barcode) asks about legibility of the patron's
 *   item, nothing about the need (v23's reading of "clear enough to read");
 * - "Hope the workshop will be useful?" about a workshop the patron is booked into asks about something not yet given;
 * - a question about the patron's situation ("Was the Libraries Tasmania names index helpful at all, or did it stop too
 *   early?" about what they already tried, ", it is working?" about their own scanner, "is that the kind of thing he would
 *   like to do with you at bedtime?") is a question about the need, not a completeness question;
 * - a greeting word inside a title ("Sat Sri Akal: …", "E Noho Rā, Koro") greets no one and says no goodbye;
 * - "Same to you!" returning a wish at the start of a reply that goes on with the answer is no goodbye; as the whole
 *   last message it is (Y3's reading);
 * - "your session time is over" about the library's public computers (a booking) is a library policy, not the patron's
 *   chat time; about the chat it dismisses;
 * - "there's no rule that only one question is allowed per chat" sets no limit;
 * - "I'm going for lunch now, my colleague will continue" with the chat transferred continues the help; "going for lunch
 *   now" leaving the question open with no way back dismisses;
 * - "no need to chat with us again", "please don't chat with us again for this" offer no way back;
 * - "It seems you are not available on Saturday" (a time slot) is no disconnect notice; "your connection may have
 *   dropped during the upload" (a file) is none either;
 * - "Are you still connected to the internet? I haven't heard from you in a while." asks whether the patron is still there;
 * - "<Word> this side" where the word is a place ("Canteen this side, library at the back") names no one who answers;
 * - "May I know your full name please?" when the patron asks about their own fine: the name finds the account and
 *   shapes the answer, a clarifying question (nameQuestionY3 took it for courtesy);
 * - "Which email should I send it to, the one you log in with?" asks how to reach the patron (a contact), not the need.
 * - "No rush, I don't have to attend other patrons now" ends nothing; "The chat seems to have dropped your file" is about
 *   the file, no disconnect notice.
 * Fixed in Y9 (narrowings only, block `phrasesV24Y9` and settings `promisedPlanY9`, `sameToYouEndY9`, `thisSidePlaceY9`,
 * `nameForAccountY9`, `loginSendY9`): every case below passes, each fix with its near miss beside it; the five in `LEFT`
 * need a widening, what a pronoun refers to, or an older reading undone.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, type Line, type SessionCase, some, sys, usual, who } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: "Understood?" right after "I will send the scanned pages … by tomorrow evening" asks about the plan, not
    // whether what was already given meets the need; the shelf answer (80) was never checked. A promise with e-mail and a
    // when: follow-up session, code Follow-up by me, recorded the next morning
    name: 'thesis scan: "I will send the scanned pages to your mail id by tomorrow evening. Understood?" asks about the plan: completeness fails',
    lines: [
      [0, 'p', 'good morning, i need the thesis of Dr. K. Ramaswamy 1998 on groundwater in Kolar district. is it available?'],
      [31, 'l', 'Good morning sir, this is Lakshmi from the University Library, Bangalore. You need the full thesis or only some chapters?'],
      [72, 'p', 'only chapter 3 and 4 sir, i am outstation'],
      [80, 'l', 'The thesis is in the Theses section, call no. T 551.49 RAM, and the record is on our OPAC at opac.unilib.ac.in.'],
      [96, 'p', 'but i cannot come, can you send? my mail is vinod.k88@gmail.com'],
      [110, 'l', 'Ok sir. I will send the scanned pages of chapters 3 and 4 to vinod.k88@gmail.com by tomorrow evening. Understood?'],
      [150, 'p', 'yes thank you, that is all'],
      [158, 'l', 'Welcome sir, have a nice day.'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(20 * 3600), by: 'jo' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "Sat Sri Akal: A Guide to Punjabi Etiquette" is a title; the first two provider messages name the provider
    // but greet no one
    name: 'etiquette book: the title "Sat Sri Akal: A Guide to Punjabi Etiquette" greets no one: greeting fails',
    lines: [
      [0, 'p', 'need a book on punjabi customs for my wedding speech, in english'],
      [26, 'l', 'Harpreet at Brampton Library. Is the speech for the reception or the anand karaj?'],
      [70, 'p', 'reception'],
      [82, 'l', '"Sat Sri Akal: A Guide to Punjabi Etiquette" by G. Dhillon is at the Chinguacousy branch, 395.0954 DHI, and you can place a hold at bramptonlibrary.ca. Is that what you were looking for?'],
      [130, 'p', 'perfect, thats all i need'],
      [136, 'l', 'Great, good luck with the speech! Bye.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "E noho rā, Koro" inside a book's title in the last two provider messages is no goodbye, and neither of them
    // thanks or invites back; "kia ora" greets and Aroha names herself
    name: 'picture book: "…the picture book E Noho Rā, Koro is at Ōtaki…" is a title, no goodbye: courteous fails',
    lines: [
      [0, 'p', 'kia ora, looking for a kids book about losing a grandparent, my boy is 6'],
      [22, 'l', 'Kia ora! Aroha here at Kāpiti Coast Libraries. Is he a reader himself or will you read it together?'],
      [60, 'p', 'together'],
      [70, 'l', 'Have a look at the picture book E Noho Rā, Koro by Mere Whaanga: the catalogue record is at kapiticoast.govt.nz/libraries. Would that suit?'],
      [120, 'p', 'yes looks good, that is everything'],
      [128, 'l', 'The picture book E Noho Rā, Koro is on the shelf at Ōtaki, you can pick it up anytime this week.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: "I have to attend other patron now, no need to chat with us again for this" ends the help with the second
    // question (the hall ticket) open and offers no way back: dismissal fails; no goodbye in the last two messages
    name: 'hall ticket: "I have to attend other patron now. No need to chat with us again for this, check the notice board." dismisses',
    lines: [
      [0, 'p', 'hello mam, my library card is blocked and also i need to know where to collect hall ticket'],
      [35, 'l', 'Hello, myself Deepa from the Central Library. Your card is blocked for which reason, fine or lost card?'],
      [66, 'p', 'fine i think, 40 rs'],
      [75, 'l', 'Pay the fine at the circulation counter or online at library.xyzcollege.ac.in/fines and the block is removed the same day. Is it clear?'],
      [104, 'p', 'ok. and hall ticket?'],
      [111, 'l', 'I have to attend other patron now. No need to chat with us again for this, check the notice board.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: "Are you still connected to the internet? I haven't heard from you in a while." (214) asks whether the
    // patron is still there: the check-in passes; the final idle runs from the answer (96) to the goodbye (330): 234 s,
    // and the goodbye tells the patron they seem gone and the chat ends
    name: 'patron quiet: "Are you still connected to the internet? I haven\'t heard from you in a while." is a check-in',
    lines: [
      [0, 'p', 'how do i get into the ieee xplore from home'],
      [19, 'l', 'Hi, Farah at the Riphah University Library. Are you a student or faculty?'],
      [55, 'p', 'ms student'],
      [63, 'l', 'Checking your access, one moment.'],
      [96, 'l', 'Use the remote access link at lib.riphah.edu.pk/remote and log in with your student portal ID, then choose IEEE Xplore. Does that work for you?'],
      [214, 'l', "Are you still connected to the internet? I haven't heard from you in a while."],
      [330, 'l', "It looks like you've disconnected, so I'll close the chat now. Thank you for contacting us!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "I am going for lunch now, so I am transferring you to my colleague Imran, he will continue with you." with
    // the chat transferred continues the help: no dismissal (Y3's lunch alternative); the note and the visible
    // announcement make the handoff. (The wording of the case in LEFT, with "Allah Hafiz", needs widenings.)
    name: 'lunch handover: "I am going for lunch now, so I am transferring you to my colleague Imran…" and a transfer: no dismissal',
    lines: [
      [0, 'p', 'salam, i need the gazette notification for the 2019 minimum wage in punjab'],
      [28, 'l', 'Walaikum Assalam! Ayesha here from the Punjab Assembly Library. Do you need the Urdu or the English gazette?'],
      [61, 'p', 'english please'],
      [70, 'i', 'Imran, patron needs the English Punjab gazette, 2019 minimum wage notification; I am off to lunch.', { to: 'imran' }],
      [74, 'l', 'I am going for lunch now, so I am transferring you to my colleague Imran, he will continue with you.'],
      [75, 's', 'transferred to Imran', sys('transfer', 'imran')],
      [110, 'l', 'Hello, Imran here. The notification is in the Punjab Gazette archive at punjablaws.gov.pk under 2019, Labour. Is that what you needed?', who('Imran Q', 'imran')],
      [160, 'p', 'yes got it, that is all, thanks'],
      [166, 'l', 'You are welcome, take care!', who('Imran Q', 'imran')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
];

/** Short cases: the checks each is about. */
export const short: SessionCase[] = [
  // ---- Y3 completeness: "Understood?", "It is clear?", "Your problem is solved?", "Hope … useful?", ", working?" ----------
  {
    // reading: after an answer given, "Understood?" asks whether what was given is understood: completeness passes
    name: 'near miss: "Go to OPAC, click My Account and then Renew. Understood?" after the steps asks about what was given',
    lines: [
      ...open('how to renew my books online', 'Hello, this is Rekha from SRM Central Library. You have a library login already?'),
      [45, 'p', 'yes'],
      [53, 'l', 'Go to opac.srmlib.in, click My Account and then Renew. Understood?'],
      [80, 'p', 'yes done, thats all'],
      [86, 'l', 'Thank you, bye.'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Understood?" after "I will email you the list by Friday" asks about the plan (a promise), nothing given yet
    name: '"I\'ll email you the full reading list by Friday. Understood?" after a catalogue answer: completeness fails',
    lines: [
      ...open('what books on indian constitution for upsc', 'Good evening, Meera from the State Central Library here. Prelims or mains?'),
      [50, 'p', 'prelims'],
      [58, 'l', 'Laxmikanth\'s "Indian Polity" is in the catalogue at opac.sclib.gov.in, 3 copies on shelf.'],
      [75, 'p', 'ok and more?'],
      [82, 'l', "I'll email you the full reading list by Friday. Understood?"],
      [120, 'p', 'ok'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss (Y3): "It is clear sir?" after the steps asks about them
    name: 'near miss: "First login with roll number, then go to E-Resources tab. It is clear sir?" asks about what was given',
    lines: [
      ...open('how to access springer ebooks from hostel', 'Hello sir, Anand from NIT Library. Which hostel wifi are you using?'),
      [46, 'p', 'mega hostel'],
      [54, 'l', 'First login at library.nit.ac.in with your roll number, then go to the E-Resources tab and open Springer. It is clear sir?'],
      [80, 'p', 'yes clear, thats all'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Hope the workshop will be useful for you?" is about the Saturday workshop the patron is booked into, not
    // yet given; nothing else asks about the Zotero guide
    name: '"I have registered you for Saturday\'s Zotero workshop. Hope the workshop will be useful for you?" completeness fails',
    lines: [
      ...open('how to make bibliography automatically', 'Hi, Tunde at the UNILAG Library. Are you using Word or Google Docs?'),
      [48, 'p', 'word'],
      [56, 'l', 'Zotero does it: the library guide is at libguides.unilag.edu.ng/zotero.'],
      [90, 'p', 'ok is there training'],
      [98, 'l', "Yes, I have registered you for Saturday's Zotero workshop. Hope the workshop will be useful for you?"],
      [140, 'p', 'ok thanks'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: ", it is working?" asks about the patron's own scanner before anything is given: a question about the need
    name: '"Before I send the steps, your scanner at home, it is working?" is a question about the patron\'s situation: clarify passes',
    lines: [
      ...open('i want to submit my thesis copy to library, how?', 'Hello, Suresh from the Anna University Library.'),
      [35, 'l', 'Before I send the steps, your scanner at home, it is working?'],
      [70, 'p', 'yes'],
      [78, 'l', 'Scan the signed certificate page and upload it with the PDF at library.annauniv.edu/etd.'],
      [110, 'p', 'ok thanks'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- Y2 / Y6 completeness: "the kind of thing you need", "Is the <resource> helpful", "she would like" ------------------
  {
    // reading: "Would the DVD be the kind of thing you are looking for?" offers something not yet given (an order)
    name: '"I could also order the DVD on interlibrary loan. Would the DVD be the kind of thing you are looking for?" completeness fails',
    lines: [
      ...open('anything on the history of the gold rush in ballarat', "G'day, Bec at Ballarat Library. For school or your own interest?"),
      [40, 'p', 'my own interest'],
      [48, 'l', '"Gold Fever" by Clare Wright is on the shelf at 994.57 WRI, catalogue at ballarat.vic.gov.au/library.'],
      [60, 'l', 'I could also order the documentary DVD on interlibrary loan. Would the DVD be the kind of thing you are looking for?'],
      [100, 'p', 'nah the book is fine'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss (Y2): "Are these the kind of thing you are after?" about the books given asks about them
    name: 'near miss: "Are these the kind of thing you are after?" after two titles: completeness passes',
    lines: [
      ...open('books about living off grid in nz?', 'Kia ora, Hemi at Whanganui District Library. Building or gardening?'),
      [40, 'p', 'building'],
      [48, 'l', '"The Off-Grid Home" and "Tiny House NZ" are both at Davis, catalogue at whanganuilibrary.com. Are these the kind of thing you are after?'],
      [80, 'p', 'yep cheers'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "is that the kind of thing he would like to do with you at bedtime?" asks about the child's reading habits
    // before anything is given: a clarifying question
    name: '"Does he read on his own, or is that the kind of thing he would like to do with you at bedtime?" clarifies',
    lines: [
      [0, 'p', 'my son is 7 and mad about minecraft, any books'],
      [20, 'l', 'Hi! Ana at Riverside Library.'],
      [26, 'l', 'Does he read on his own, or is that the kind of thing he would like to do with you at bedtime?'],
      [60, 'p', 'with me mostly'],
      [70, 'l', 'Try "Minecraft: The Island" by Max Brooks, catalog.riversidelib.org has 4 copies.'],
      [100, 'p', 'thanks'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss (Y6): "Is that the kind of thing she would like?" after the books asks about them
    name: 'near miss: "Is that the kind of thing she would like?" after the books given: completeness passes',
    lines: [
      ...open('gift ideas for my niece she is 10 loves horses', 'Hi, Ana at Riverside Library. Fiction or facts?'),
      [40, 'p', 'fiction'],
      [48, 'l', 'The "Pony Club Secrets" series is on the shelf, see catalog.riversidelib.org. Is that the kind of thing she would like?'],
      [80, 'p', 'yes!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- Y3 greeting / Y2 farewell / Y3 "Same to you" / Y6 title field ----------------------------------------------------
  {
    // near miss (Y3): "Walaikum Assalam!" greets
    name: 'near miss: "Walaikum Assalam! Ayesha here from the Punjab Assembly Library." greets',
    lines: [
      ...open('assalamualaikum, need old budget speeches', 'Walaikum Assalam! Ayesha here from the Punjab Assembly Library.'),
      [40, 'p', '1990s'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Ayubowan" in a hotel's name greets no one; the provider names the library, greets nobody
    name: 'the "Ayubowan Guest House" in an answer greets no one: greeting fails',
    lines: [
      [0, 'p', 'is there a library near kandy lake where i can print'],
      [25, 'l', 'Kandy Public Library here. The branch is behind the Ayubowan Guest House on Dalada Veediya.'],
      [40, 'l', 'Printing is 10 rupees a page at the front desk.'],
      [80, 'p', 'thanks'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "Same to you!" returns a "happy Pongal" and the reply goes on with the renewal: no goodbye in the last two
    name: '"Same to you sir! Your renewal is done till 20 January." after a festival wish: courteous fails',
    lines: [
      ...open('renew my books pls, card 40213', 'Hello, Kumar from the Madurai District Library. All three books?'),
      [40, 'p', 'yes all. happy pongal!'],
      [48, 'l', 'Same to you sir! Your renewal is done till 20 January.'],
      [60, 'p', 'ok'],
      [66, 'l', 'All three show the new date in My Account at opac.mdulib.in.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (Y3): "Same to you madam!" as the whole last message returns the patron's goodbye
    name: 'near miss: "Same to you madam!" as the last message returns "have a nice day": courteous passes',
    lines: [
      ...open('is the library open on sunday', 'Hello, Kumar from the Madurai District Library. The main branch or Anna Nagar?'),
      [40, 'p', 'main'],
      [48, 'l', 'The main branch is open 9 to 1 on Sundays, see mdulib.in/hours.'],
      [60, 'p', 'ok thank u, have a nice day'],
      [66, 'l', 'Same to you madam!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: a pasted record whose title field reads "Title : Goodbye to Berlin" (a space before the colon) says no
    // goodbye, as "Title: Goodbye…" does not (Y6)
    name: 'catalogue record "Title : Goodbye to Berlin / Author : Isherwood…" is no goodbye: courteous fails',
    lines: [
      ...open('do you have goodbye to berlin', 'Hi, Jo at Sample County Library. Any edition?'),
      [40, 'p', 'any'],
      [48, 'l', 'Title : Goodbye to Berlin / Author : Isherwood, Christopher / Call no. : F ISH / Status : Available at Main'],
      [60, 'p', 'ok'],
      [66, 'l', 'The catalog link is catalog.samplelib.org/record/88120.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  // ---- Y3 dismissalHard: question limits and session time -------------------------------------------------------------
  {
    // reading: "there's no rule that only one question is allowed per chat" sets no limit; the help goes on
    name: '"There is no rule that only one question is allowed per chat, ask as many as you like!" is no dismissal',
    lines: [
      ...open('sorry can i ask one more thing', 'Hello, Nimali from the Colombo Public Library. Of course, go ahead.'),
      [40, 'p', 'i thought only one question per chat'],
      [48, 'l', 'There is no rule that only one question is allowed per chat, ask as many as you like!'],
      [70, 'p', 'where is the sinhala newspapers section'],
      [78, 'l', 'Second floor, east wing. Anything else?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss (Y3): the limit itself still dismisses
    name: 'near miss: "Sorry, only one question is allowed per chat. Kindly close this chat." dismisses',
    lines: [
      ...open('where is the photocopy and also how to get reader card', 'Hello, Nimali from the Colombo Public Library. Photocopy is in the basement.'),
      [40, 'p', 'and reader card?'],
      [48, 'l', 'Sorry, only one question is allowed per chat. Kindly close this chat.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: the public computers' booking time is a library policy, not the patron's chat time
    name: '"That is why it logged you out: your session time is over for today, each member gets 2 hours on the public computers." no dismissal',
    lines: [
      ...open('the computer in the library just kicked me out in the middle of typing', 'Hello, Rohit from Pune Municipal Library. Which branch are you in?'),
      [40, 'p', 'shivajinagar'],
      [48, 'l', 'That is why it logged you out: your session time is over for today, each member gets 2 hours on the public computers. You can book again tomorrow at pmclib.in/pc.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss (Y3): the chat's session time still dismisses
    name: 'near miss: "Your session time is over, kindly logout from the chat." dismisses',
    lines: [
      ...open('i need 3 more references for my project', 'Hello, Rohit from Pune Municipal Library. On which topic?'),
      [40, 'p', 'solar water pumps'],
      [48, 'l', 'Your session time is over, kindly logout from the chat.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- Y3 othersWaiting / dismissalConvenience / wayBack / inviteBack ----------------------------------------------------
  {
    // reading: attending other users while saying the search goes on is a hold, no ending
    name: '"I have to attend other users at the counter also, so kindly bear with me, I am still searching." is a hold: no dismissal',
    lines: [
      ...open('need the 1985 annual report of the port trust', 'Hello, Fathima from the Kochi City Library. Print or digital?'),
      [40, 'p', 'any'],
      [48, 'l', 'I have to attend other users at the counter also, so kindly bear with me, I am still searching.'],
      [140, 'l', 'Found it: it is in the Kerala Documents collection, KD 385 POR.'],
    ],
    exp: some({ dismissal: 'pass', informed: 'pass' }),
  },
  {
    // reading: "going for lunch now" with the second question open, no way back: dismisses
    name: '"I am going for lunch now, please close the chat." with the question open dismisses',
    lines: [
      ...open('how to get a no dues certificate and also old question papers', 'Hello, Geeta from the College Library. For which course?'),
      [40, 'p', 'bcom final year'],
      [48, 'l', 'No dues: get the form at the circulation counter and pay any fines.'],
      [60, 'p', 'and question papers?'],
      [68, 'l', 'I am going for lunch now, please close the chat.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: going for lunch now and saying when the papers come by e-mail (a follow-up promise) does not end the
    // help without a way back: the help continues by e-mail
    name: '"I am going for lunch now, so I will email you the question papers by 3 pm today." no dismissal',
    lines: [
      ...open('old question papers for bcom final year please, my email is kiran.b@yahoo.co.in', 'Hello, Geeta from the College Library. Which subjects?'),
      [40, 'p', 'all subjects 2021 and 2022'],
      [48, 'l', 'I am going for lunch now, so I will email you the question papers at kiran.b@yahoo.co.in by 3 pm today.'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "Please don't chat with us again for the exam timetable" offers no way back
    name: '"I have to attend other patrons now. Please don\'t chat with us again for the exam timetable, check the notice board." dismisses',
    lines: [
      ...open('when is the library open during exams and where is the exam timetable', 'Hello, Geeta from the College Library. Which semester exams?'),
      [40, 'p', 'sem 5'],
      [48, 'l', 'During exams we are open 8 am to 10 pm, see collegelib.ac.in/hours.'],
      [60, 'p', 'and timetable?'],
      [68, 'l', "I have to attend other patrons now. Please don't chat with us again for the exam timetable, check the notice board."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss (Y3): "You can chat with us again after 2 pm" is a way back
    name: 'near miss: "I have to attend other patrons now, kindly chat with us again after 2 pm." offers a way back',
    lines: [
      ...open('when is the library open during exams and where is the exam timetable', 'Hello, Geeta from the College Library. Which semester exams?'),
      [40, 'p', 'sem 5'],
      [48, 'l', 'During exams we are open 8 am to 10 pm, see collegelib.ac.in/hours.'],
      [60, 'p', 'and timetable?'],
      [68, 'l', 'I have to attend other patrons now, kindly chat with us again after 2 pm.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss (Y3): "You are welcome for any further assistance." invites back
    name: 'near miss: "You are welcome for any further assistance." as the last message: courteous passes',
    lines: [
      ...open('fine amount for late return of CD', 'Hello, Nimali from the Colombo Public Library. Is it a music CD or a book CD?'),
      [40, 'p', 'book cd'],
      [48, 'l', 'It is Rs 5 per day, as in the rules at colombolibrary.lk/rules.'],
      [60, 'p', 'ok'],
      [66, 'l', 'You are welcome for any further assistance.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // ---- Y3 / Y4 idle: stillThere, seemGone --------------------------------------------------------------------------------
  {
    // reading: "It seems you are not available on Saturday for the orientation, so I am closing this booking request"
    // is about the slot; no message says the patron seems disconnected. Final idle 60 -> 260 (200 s)
    name: '"It seems you are not available on Saturday, so I am closing this chat now." about the slot, 200 s into the idle: disconnect fails',
    lines: [
      ...open('want to join the library orientation, saturday or monday', 'Hello, Shalini from the KIIT Library. Saturday 10 am or Monday 11 am?'),
      [40, 'p', 'saturday i have exam'],
      [60, 'l', 'Monday 11 am in the seminar hall, register at kiitlib.ac.in/orientation. Shall I book you?'],
      [190, 'l', 'Hello, are you still there?'],
      [260, 'l', 'It seems you are not available on Saturday, so I am closing this chat now.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss (Y3): the patron not available in the chat
    name: 'near miss: "It seems you are not available now, hence I am closing this chat." 200 s into the idle: disconnect passes',
    lines: [
      ...open('want to join the library orientation', 'Hello, Shalini from the KIIT Library. Saturday 10 am or Monday 11 am?'),
      [40, 'p', 'monday'],
      [60, 'l', 'Monday 11 am in the seminar hall, register at kiitlib.ac.in/orientation.'],
      [190, 'l', 'Hello, are you still there?'],
      [260, 'l', 'It seems you are not available now, hence I am closing this chat.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "Your connection may have dropped during the upload" is about a file; the later "Are you still there?" is
    // a check-in, and nothing tells the patron they seem disconnected. Final idle 70 -> 300 (230 s)
    name: '"I did not receive it. Your connection may have dropped during the upload, could you attach it again?" is no disconnect notice',
    lines: [
      ...open('can you check my reference list, attaching pdf', 'Hi, Liam at the Massey University Library. Which referencing style?'),
      [40, 'p', 'apa 7, attached'],
      [70, 'l', 'I did not receive it. Your connection may have dropped during the upload, could you attach it again? The APA guide is at massey.ac.nz/apa meanwhile.'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', 'I will end the chat in a minute.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss (Y4): "We seem to have been disconnected, so I'll close this chat." in the idle is a notice
    name: 'near miss: "We seem to have been disconnected, so I\'ll close this chat. Kia ora!" 230 s into the idle: disconnect passes',
    lines: [
      ...open('can you check my reference list', 'Hi, Liam at the Massey University Library. Which referencing style?'),
      [40, 'p', 'apa 7'],
      [70, 'l', 'The APA guide is at massey.ac.nz/apa. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', "We seem to have been disconnected, so I'll close this chat. Kia ora!"],
    ],
    // relabelled: courteous taken out of this case; "Kia ora!" as a sign-off (thanks or goodbye in te reo) is arguable and
    // not what the case is about (the scorer reads it as no goodbye)
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // near miss (Y3): "Sir, you are available in chat?" 130 s into the idle is a check-in
    name: 'near miss: "Sir, you are available in chat?" 130 s into the idle: idle_checkin passes',
    lines: [
      ...open('proquest not opening', 'Hello sir, Farah at the Riphah University Library. On campus or at home?'),
      [40, 'p', 'home'],
      [60, 'l', 'Log in first at lib.riphah.edu.pk/remote, then ProQuest opens. Does it work?'],
      [190, 'l', 'Sir, you are available in chat?'],
    ],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  // ---- Y6 hold: "more than a minute" ----------------------------------------------------------------------------------
  {
    // reading: "This will take more than a minute, bear with me" holds; the 110 s wait that follows is one span
    name: '"Pulling the 1962 council minutes will take more than a minute, bear with me." holds: keep_informed passes',
    lines: [
      ...open('council minutes from 1962 about the new swimming pool', 'Hi, Jo at Sample County Library. Which town council?'),
      [40, 'p', 'riverton'],
      [48, 'l', 'Pulling the 1962 council minutes will take more than a minute, bear with me.'],
      [158, 'l', 'They are digitised: samplelib.org/minutes/1962, the pool is on page 14.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- settings: myselfThisSideY3, nameQuestionY3, loginWithY2, pronounMeY2 ------------------------------------------
  {
    // reading: "Canteen this side" is a place; no name, "librarian", library or service identifies who answers
    name: '"Hello! Entry is from the main road. Canteen this side, library at the back." names no one: greeting fails',
    lines: [
      [0, 'p', 'where is the library in the campus'],
      [25, 'l', 'Hello! Entry is from the main road. Canteen this side, library at the back.'],
      [40, 'l', 'Timings are 8 am to 8 pm.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss (Y3): "Pooja this side from …" introduces
    name: 'near miss: "Good afternoon madam, Pooja this side." greets and names: greeting passes',
    lines: [
      [0, 'p', 'where is the library in the campus'],
      [25, 'l', 'Good afternoon madam, Pooja this side.'],
      [40, 'l', 'The library is behind the canteen.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "I checked myself" is ordinary use, no introduction
    name: '"Hello! I checked myself, Shodhganga has the thesis." names no one: greeting fails',
    lines: [
      [0, 'p', 'is the thesis of r. menon 2004 online'],
      [25, 'l', 'Hello! I checked myself, Shodhganga has the thesis.'],
      [40, 'l', 'It is at shodhganga.inflibnet.ac.in, search Menon 2004.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: the name finds the patron's account when the patron asks about their own fine: a question about the need
    name: '"May I know your full name please?" when the patron asks about their own fine: clarify passes',
    lines: [
      [0, 'p', 'why is there a fine on my card, i returned everything on time'],
      [25, 'l', 'Good morning, Anu from the Thrissur Public Library. May I know your full name please?'],
      [60, 'p', 'Joseph Varghese'],
      [75, 'l', 'The fine is for "Wings of Fire", returned 3 days late on 12 Feb; the rules are at tplib.in/fines.'],
      [110, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss (Y3): "What is your good name?" before a hours answer is courtesy
    name: 'near miss: "What is your good name?" before the hours: clarify fails',
    lines: [
      [0, 'p', 'library timing on sunday?'],
      [25, 'l', 'Good morning, Anu from the Thrissur Public Library. What is your good name?'],
      [60, 'p', 'Joseph'],
      [75, 'l', 'Sunday 9 am to 1 pm, see tplib.in/hours.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: "Which email should I send it to, the one you log in with?" asks how to reach the patron: no clarifying
    // question before the article
    name: '"Which email should I send the PDF to, the one you log in with?" asks for a contact: clarify fails',
    lines: [
      ...open('can you send me the pdf of Okafor 2019 in African Affairs', 'Hi, Jo at Sample University Library.'),
      [40, 'l', 'Which email should I send the PDF to, the one you log in with?'],
      [70, 'p', 'yes that one'],
      [80, 'l', 'Sent: Okafor (2019), African Affairs 118(472), also at doi.org/10.1093/afraf/ady050.'],
      [110, 'p', 'got it'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss (Y2): how the patron logs in is about the need
    name: 'near miss: "Are you logging in with your student number or your email?" clarifies',
    lines: [
      ...open('cant get into the databases from home', 'Hi, Jo at Sample University Library.'),
      [40, 'l', 'Are you logging in with your student number or your email?'],
      [70, 'p', 'email'],
      [80, 'l', 'Use your student number instead at library.sampleu.edu/login.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss (Y2): "I'm Mere" names the provider
    name: 'near miss: "Kia ora, I\'m Mere." names the provider: greeting passes',
    lines: [
      [0, 'p', 'how do i join the library'],
      [25, 'l', "Kia ora, I'm Mere."],
      [35, 'l', 'You can join online at aucklandlibraries.govt.nz/join.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y3's ", it is working?"): after the steps, about the patron's app
    name: 'near miss: "Kindly restart your app, it is working?" after the steps asks about what was given: completeness passes',
    lines: [
      ...open('libby says card not valid', 'Hello, Suresh from the Anna University Library. Which library card are you using?'),
      [40, 'p', 'the new one'],
      [48, 'l', 'New cards work in Libby after you add the library again, steps at library.annauniv.edu/libby. Kindly restart your app, it is working?'],
      [90, 'p', 'yes working'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y3's "Hope … will be useful?"): "the APA guide is useful" still asks
    name: 'near miss: "Hope the APA guide is useful for now?" after the guide given: completeness passes',
    lines: [
      ...open('need help with citing in APA', 'Hi, Tunde at the UNILAG Library. Which edition does your department use?'),
      [48, 'p', '7th'],
      [56, 'l', 'The APA 7 guide is at libguides.unilag.edu.ng/apa7. Hope the APA guide is useful for now?'],
      [90, 'p', 'yes thanks'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y3's "Sat Sri Akal"): the greeting itself
    name: 'near miss: "Sat Sri Akal ji! Harpreet here at Brampton Library." greets',
    lines: [...open('need punjabi books for kids', 'Sat Sri Akal ji! Harpreet here at Brampton Library.'), [40, 'p', 'age 5']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y3's "Ayubowan"): the greeting itself
    name: 'near miss: "Ayubowan! Nimali here from the Colombo Public Library." greets',
    lines: [...open('is the library open on poya day', 'Ayubowan! Nimali here from the Colombo Public Library.'), [40, 'p', 'this poya']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y6's title field): a goodbye after the record still says goodbye
    name: 'near miss: "Title : Goodbye to Berlin / … / Status : Available at Main. Goodbye!" says goodbye: courteous passes',
    lines: [
      ...open('do you have goodbye to berlin', 'Hi, Jo at Sample County Library. Any edition?'),
      [40, 'p', 'any, thats all i need'],
      [48, 'l', 'Title : Goodbye to Berlin / Author : Isherwood, Christopher / Status : Available at Main. Goodbye!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y2's "e noho rā"): the goodbye itself
    name: 'near miss: "Ka pai, e noho rā!" as the last message: courteous passes',
    lines: [
      ...open('kids book about losing a grandparent?', 'Kia ora! Aroha here at Kāpiti Coast Libraries. For what age?'),
      [40, 'p', '6'],
      [48, 'l', 'Try "Grandpa\'s Garden" at kapiticoast.govt.nz/libraries.'],
      [80, 'p', 'great thats all'],
      [88, 'l', 'Ka pai, e noho rā!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of Y4's "your connection may have dropped"): in the idle, with the end, a notice
    name: 'near miss: "Your connection may have dropped; I\'m going to end the chat now." 230 s into the idle: disconnect passes',
    lines: [
      ...open('can you check my reference list', 'Hi, Liam at the Massey University Library. Which referencing style?'),
      [40, 'p', 'apa 7'],
      [70, 'l', 'The APA guide is at massey.ac.nz/apa. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', "Your connection may have dropped; I'm going to end the chat now."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // near miss (Y9's narrowing of v1's invitation back): "Kindly chat with us again if you need more help." invites back
    name: 'near miss: "Kindly chat with us again if you need more help." as the last message: courteous passes',
    lines: [
      ...open('fine amount for late return of CD', 'Hello, Nimali from the Colombo Public Library. Music CD or a book CD?'),
      [40, 'p', 'book cd'],
      [48, 'l', 'It is Rs 5 per day, as in the rules at colombolibrary.lk/rules.'],
      [60, 'p', 'ok'],
      [66, 'l', 'Kindly chat with us again if you need more help.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "I don't have to attend other patrons now, so take your time" says the provider is free: no dismissal
    name: '"No rush, I don\'t have to attend other patrons now, so take your time to find the receipt." is no dismissal',
    lines: [
      ...open('i paid my fine but it still shows on account', 'Hello, Fathima from the Kochi City Library. Did you pay online or at the counter?'),
      [40, 'p', 'online, let me find the receipt'],
      [48, 'l', "No rush, I don't have to attend other patrons now, so take your time to find the receipt."],
      [150, 'p', 'receipt no 55120'],
      [160, 'l', 'Thanks, it was not linked; I have cleared it now, you can check at kochilib.in/account.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "The chat seems to have dropped your file" is about the attachment, not the patron; nothing tells the patron
    // they seem disconnected. Final idle 70 -> 300 (230 s)
    name: '"The chat seems to have dropped your file, could you attach it once more?" is no disconnect notice',
    lines: [
      ...open('can you check my reference list, attaching pdf', 'Hi, Liam at the Massey University Library. Which referencing style?'),
      [40, 'p', 'apa 7, attached'],
      [70, 'l', 'The chat seems to have dropped your file, could you attach it once more? The APA guide is at massey.ac.nz/apa meanwhile.'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', 'I will end the chat in a minute.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss (Y9's narrowing of Y4's "seem to have dropped"): the chat dropped, nothing after it
    name: 'near miss: "The chat seems to have dropped, so I will close it now." 230 s into the idle: disconnect passes',
    lines: [
      ...open('can you check my reference list', 'Hi, Liam at the Massey University Library. Which referencing style?'),
      [40, 'p', 'apa 7'],
      [70, 'l', 'The APA guide is at massey.ac.nz/apa. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [300, 'l', 'The chat seems to have dropped, so I will close it now.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // left: the announcement "my colleague Imran will continue with you" is no transfer notice to the scorer (v-older
    // `transferNotice`), and "Allah Hafiz" no goodbye (v-older `farewell`): both would need a widening, outside this
    // narrowings-only wave; the lunch itself is no dismissal (Y3's lunch alternative, run in the variant in `whole`)
    // reading: "I am going for lunch now, my colleague Imran will continue with you" with the chat transferred continues
    // the help: no dismissal; the note and the visible announcement make the handoff; Imran answers
    name: 'lunch handover: "I am going for lunch now, my colleague Imran will continue with you." and a transfer: no dismissal',
    lines: [
      [0, 'p', 'salam, i need the gazette notification for the 2019 minimum wage in punjab'],
      [28, 'l', 'Walaikum Assalam! Ayesha here from the Punjab Assembly Library. Do you need the Urdu or the English gazette?'],
      [61, 'p', 'english please'],
      [70, 'i', 'Imran, patron needs the English Punjab gazette, 2019 minimum wage notification; I am off to lunch.', { to: 'imran' }],
      [74, 'l', 'I am going for lunch now, my colleague Imran will continue with you.'],
      [75, 's', 'transferred to Imran', sys('transfer', 'imran')],
      [110, 'l', 'Hello, Imran here. The notification is in the Punjab Gazette archive at punjablaws.gov.pk under 2019, Labour. Is that what you needed?', who('Imran Q', 'imran')],
      [160, 'p', 'yes got it, that is all, thanks'],
      [166, 'l', 'You are welcome, Allah Hafiz!', who('Imran Q', 'imran')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // left: "It is clear?" refers to the sticker named in the sentence before; telling that from "It is clear?" after
    // instructions needs what "it" refers to, which a phrase cannot see
    // reading: "It is clear?" about the print on the patron's own book asks about legibility, nothing about the need
    name: '"Kindly check the sticker on the back cover for the accession number. It is clear?" after an answer: completeness fails',
    lines: [
      ...open('i want to renew a book but the site says item not found', 'Hello, Priya from PSG Library. You are renewing from the OPAC?'),
      [44, 'p', 'yes'],
      [52, 'l', 'Renewals are at opac.psglib.ac.in under My Account; they need the accession number, not the title.'],
      [80, 'p', 'where is that number'],
      [88, 'l', 'Kindly check the sticker on the back cover for the accession number. It is clear?'],
      [130, 'p', 'ya got it thanks'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // left: Y3's "Hope … is useful?" takes "this / that / it" alone or "the <one or two words>"; "this guide" is a
    // widening, outside this narrowings-only wave
    // reading: "Hope this guide is useful for now?" after the guide asks about it
    name: '"Hope this guide is useful for now?" after the guide given: completeness passes',
    lines: [
      ...open('need help with citing in APA', 'Hi, Tunde at the UNILAG Library. Which edition does your department use?'),
      [48, 'p', '7th'],
      [56, 'l', 'The APA 7 guide is at libguides.unilag.edu.ng/apa7. Hope this guide is useful for now?'],
      [90, 'p', 'yes thanks'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // left: "The issue is solved now?" asks about the VPN trouble of the sentence before; which problem "the issue" is
    // needs what it refers to, which a phrase cannot see ("The issue is solved now?" after a fix given asks rightly)
    // reading: "The issue is solved now?" asks about the patron's own earlier VPN trouble, not about anything given; the
    // answer (the article) is never checked
    name: '"Last week you had the VPN trouble. The issue is solved now?" after the article: completeness fails',
    lines: [
      ...open('need the full text of Sharma 2020 in Journal of Hydrology', 'Hello, Kavya from IIT Library. Do you have the DOI?'),
      [48, 'p', '10.1016/j.jhydrol.2020.124567, last week i had vpn trouble'],
      [56, 'l', 'Here is the article through our proxy: doi-org.iitlib.ac.in/10.1016/j.jhydrol.2020.124567'],
      [64, 'l', 'Last week you had the VPN trouble. The issue is solved now?'],
      [100, 'p', 'yes IT fixed it, thanks'],
    ],
    exp: some({ complete: 'fail' }),
  },
];

describe('twenty-third round (Y9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-third round (Y9): the first wave's endings, holds, greetings and questions checked, every check", whole);
describeSessions("twenty-third round (Y9): the first wave's endings, holds, greetings and questions checked, short cases", short);

describeLeft('twenty-third-round-endings-checked', LEFT);
