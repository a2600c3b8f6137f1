/**
 * Nineteenth round, area (T6): FALSE PASSES AND FALSE READINGS OF RUBRIC v19's CHANGES (its widened families, blocks
 * S1-S6 and SM, and its eight settings), narrowings only. Ordinary chats from public, school, academic and county
 * libraries, a statewide text line and a Spanish-language desk, in which the words v19 keyed on appear but the behaviour
 * is not there, next to chats where it is (so a narrowing cannot take v19's right readings back):
 * - completeness (S1): "Does the assignment sheet spell out what she needs?" (what a document asks for, not whether what
 *   was given meets the need), "I can request it through ILL. Would the full text be what she needs?" (something not yet
 *   given); "Is the Britannica School article what he needs?" still asks;
 * - dismissals (S1, S2, S4): "I can only take two classes per session in the lab" (a teacher's class visit booked, not a
 *   limit of questions), "three worksheets per student for free printing", "I'm going on a break with the series too"
 *   (reader's chit-chat), "I'm going on break now, Priya will pick up your chat" (help goes on); "time's up from me",
 *   "time's up is our policy" and "your time is up for this slot" (a Book-a-Librarian appointment: the chat's own time);
 * - holds (S5): "Please be patient while we're short-staffed this month", "It moves faster than it looks, just be
 *   patient!" (advice in the answer, not a wait on the provider);
 * - referrals (S3): "we're reporting the flooded underpass to 311 this afternoon" (the library's own step), "The Board of
 *   Review hears appeals on 2nd Tuesdays", "the finance director takes questions at 7:30", "The Zoning Board of Appeals
 *   handles appeals: variances, …" (a party's service described, no contact, no instruction), "contact us again for more
 *   on wind power" (no utility); the end of a chat (S3's willEnd): "the roof work starts Monday, so we're closing it" (a
 *   branch, not the chat);
 * - settings: `negatedWhoSM` ("Don't call the main number; walk over to the Registrar's office in Hanley Hall."),
 *   `nameCommaPlaceS5` ("Hi! Eastside Branch Library, Saturdays.": a branch and a day in an answer), `butCanOfferS2` ("I'd
 *   rather not pay online, email me at …" accepts the e-mail offer); and, probed and read right by v19 (guards):
 *   `altContactSM`, `subjectUrlSM`, `prepLeadInEsS3`.
 * - LEFT (each older than v19, v18 scoring it the same): "I'll update you within a couple of minutes / within this chat"
 *   (a hold read as a promise), "Is it any good?" echoing the patron, the library's own number lent to a caseworker, the
 *   State Library's URL lent to "the lending library", "llamé" / "pregunté" read as imperatives once the accent is gone,
 *   "Try The Tea Dragon Society", "file one with the Better Business Bureau", and a reply to "who do I call?" with the
 *   Registrar's e-mail read as having no contact.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (also at the cases):
 * - a question about what a teacher's document asks for ("Does the handout specify what he needs?") is about the need,
 *   not whether the information given meets it: no completeness question; one about a copy still to be requested is
 *   about something not yet given (RUBRIC's own "would a scan be what you need?");
 * - the provider repeating the patron's question ("Is it any good? It won the Pulitzer…") asks the patron nothing;
 * - a hold message is about the wait in the chat: advice to be patient about a process or the library's staffing, inside
 *   the message that gives the answer, is no hold, and waiting on the patron begins at it;
 * - "I'll update you within a couple of minutes" while the provider is still working in the chat announces a wait (a
 *   hold), not a promise to send or find more after the chat: no follow-up session;
 * - a limit on class visits, printing or a reader's own break from a series is no limit of the patron's questions and
 *   ends no help; a colleague picking up the chat carries the help on (no dismissal);
 * - "time's up" said of the chat ("from me", "is our policy", "for this slot" of a booked chat appointment) is a
 *   dismissal, with no way back offered;
 * - describing when a board hears appeals or when an official takes questions, with no instruction to contact or visit,
 *   is no referral (na); the library reporting something itself refers the patron to no one;
 * - "so we're closing it" of a branch says nothing about the session ending: no disconnect notice;
 * - a party the patron is told to e-mail after being told not to call is a referral with that contact; a walk-in office
 *   with no address, phone, e-mail or URL is a referral without one; the library's own number is no contact for a
 *   caseworker; the State Library's page is not the lending library's contact;
 * - the provider's own past call or question in Spanish ("llamé", "pregunté") refers the patron to no one;
 * - a branch and a day given as an answer do not say who is answering;
 * - an offer the patron accepts by giving their e-mail is a promise (v19's reading kept).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // reading: "Please be patient while we're short-staffed this month" is advice inside the answer, not a hold: waiting on
    // the patron begins at that message, and the provider never checks in or says the chat will end (400 s)
    name: 'holds in transit: "Please be patient while we\'re short-staffed this month" in the answer is no hold (final idle: check-in and notice fail)',
    lines: [
      [0, 'p', 'my hold for the new Grisham has said in transit for a week, is something wrong'],
      [25, 'l', 'Hello, this is Marcus with Wake County Public Libraries. Which pickup branch did you choose?'],
      [70, 'p', 'Cameron Village'],
      [90, 'l', "It's on the van from Eva Perry and should reach Cameron Village by Thursday; you can watch the status under My Account at wakegov.example.com/libraries. Please be patient while we're short-staffed this month, the vans are running a day behind. Does that answer your question? Anything else I can help with?"],
    ],
    over: { endAfter: 400 },
    exp: usual({ courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: "just be patient!" closing the answer is advice about the holds list, not a hold: waiting on the patron
    // begins there (300 s, no check-in, no notice)
    name: 'SMS holds list: "It moves faster than it looks, just be patient!" ends the answer, no hold (final idle: check-in and notice fail)',
    lines: [
      [0, 'p', 'im #14 on the holds list for Fourth Wing, will i ever get it lol'],
      [15, 'l', 'Hi, Ask Us Text from Hennepin County Library, this is Jo. Do you want the ebook or the print copy?'],
      [50, 'p', 'print'],
      [65, 'l', "There are 38 print copies for 212 holds, so you're looking at about 3-4 weeks; the list is at hclib.example.org/holds. Did that help? It moves faster than it looks, just be patient!"],
    ],
    over: { endAfter: 300 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: a limit on classes per lab session for a teacher's visit is no limit of the patron's questions and ends
    // no help: no dismissal
    name: 'school class visit: "I can only take two classes per session in the lab" books two days, no dismissal',
    lines: [
      [0, 'p', 'Hi, I teach 7th grade science at Hillcrest. Can I bring my 3rd and 5th period classes to the maker lab on the same day?'],
      [30, 'l', "Hi! I'm Ms. Tran, the teacher-librarian at Hillcrest Middle. Which day were you hoping for?"],
      [80, 'p', 'next tuesday'],
      [95, 'l', "The lab holds 32, so I can only take two classes per session if they're small; yours are 28 each, so let's do 3rd period Tuesday and 5th period Wednesday. The booking calendar is at hillcrest.example.org/makerlab. Does that plan work for you?"],
      [150, 'p', 'yes that works, thats everything'],
      [160, 'l', 'Great, see you and the kids Tuesday!'],
    ],
    exp: usual(),
  },
  {
    // reading: the librarian's own break from a book series is chit-chat, not leaving the chat: no dismissal
    name: 'readers\' advisory: "Ha, I\'m going on a break with the series too" is chit-chat, no dismissal',
    lines: [
      [0, 'p', 'just finished book 3 of the Wheel of Time and im kind of burned out, any suggestions for something shorter'],
      [25, 'l', 'Hi! This is Abby at Saint Paul Public Library. Do you want to stay in fantasy, or try something else for a while?'],
      [70, 'p', 'fantasy but short'],
      [85, 'l', "Ha, I'm going on a break with the series too, book 4 dragged for me. Try Piranesi or The Last Unicorn; both are in the catalog at sppl.example.org. Would either of those work?"],
      [140, 'p', 'piranesi sounds good, thats all for now'],
      [150, 'l', 'Enjoy it, happy reading!'],
    ],
    exp: usual(),
  },
  {
    // reading: "time's up from me" is the chat's time, no way back (other students waiting, no invitation back): a dismissal
    name: 'academic: "Sorry, time\'s up from me, I have six other students waiting." is a dismissal, not a title',
    lines: [
      [0, 'p', 'i need 5 scholarly sources on gentrification in chicago for soc 201'],
      [20, 'l', 'Hi, this is Ken at the UIC Library chat. Do they need to be peer reviewed, and any date range?'],
      [60, 'p', 'peer reviewed, last 10 yrs'],
      [75, 'l', 'Start with SocINDEX at library.uic.example.edu/socindex: search gentrification AND Chicago and limit to peer reviewed, 2015-2025. Did that help?'],
      [130, 'p', 'a little, can you find the 5 for me'],
      [140, 'l', "Sorry, time's up from me, I have six other students waiting."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: a Book-a-Librarian appointment held in the chat: "your time is up for this slot" is the chat's own time, a
    // dismissal with no way back
    name: 'research appointment: "Sorry, your time is up for this slot. Bye." is the chat\'s time, a dismissal',
    lines: [
      [0, 'p', 'hi its Dev, I have the 2pm research appointment for my capstone'],
      [15, 'l', "Hi Dev, I'm Laura, your research librarian at Kean University Library. What's your capstone topic?"],
      [50, 'p', 'telehealth use among rural seniors'],
      [65, 'l', 'CINAHL is the place to start: library.kean.example.edu/cinahl, with telehealth AND rural AND aged. Does that help?'],
      [110, 'p', 'yes! could we also look at policy sources'],
      [120, 'l', 'Sorry, your time is up for this slot. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "The Board of Review hears appeals on 2nd Tuesdays in City Hall" describes the board, with no instruction to
    // contact or visit it: no referral (na); the objection form is on the city's page (a source)
    name: 'property tax: "The Board of Review hears appeals on 2nd Tuesdays in City Hall" is no referral (na)',
    lines: [
      [0, 'p', 'how do property tax appeals work in Milwaukee'],
      [20, 'l', 'Hello! This is Tom at Milwaukee Public Library. Is this for a house you own?'],
      [60, 'p', 'yes'],
      [75, 'l', "The city's guide to objecting to your assessment is at city.milwaukee.example.gov/assessor/appeals. The Board of Review hears appeals on 2nd Tuesdays in City Hall, after the objection form from that page is filed. Does that answer your question?"],
      [130, 'p', 'yes thats all i needed'],
      [140, 'l', 'Good luck with it, take care!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Eastside Branch Library, Saturdays." answers where and when; no name, role, library or service answering
    // is given in the first two provider messages: greeting fails
    name: 'seed library: "Hi! Eastside Branch Library, Saturdays." is an answer, not a sign-on (greeting fails)',
    lines: [
      [0, 'p', 'which branch has the seed library and when is it open'],
      [20, 'l', 'Hi! Eastside Branch Library, Saturdays.'],
      [30, 'l', '10 to 2 in the lobby. Are you after vegetable seeds or flowers?'],
      [70, 'p', 'vegetables'],
      [80, 'l', 'The seed list is at sapl.example.org/seeds, sorted by crop. Does that help?'],
      [120, 'p', 'yes, thats all thanks'],
      [130, 'l', 'Happy planting!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "Does the assignment sheet spell out what she needs?" asks what the teacher's document asks for, not whether
    // the pages given meet the need: no completeness question
    name: 'school parent: "Does the assignment sheet spell out what she needs?" after a source is a clarifying question, not completeness',
    lines: [
      [0, 'p', 'my daughter needs sources on the Underground Railroad in Ohio for 5th grade'],
      [20, 'l', "Hi! I'm Mr. Feld, librarian at Worthington Libraries. Does she need books, or are websites okay?"],
      [55, 'p', 'either'],
      [70, 'l', "Ohio History Connection has a kid-friendly page at ohiohistory.example.org/ugrr, and Freedom's Light (J 973.7115) is on the shelf at Old Worthington. Does the assignment sheet spell out what she needs?"],
      [120, 'p', 'just 3 sources i think. ok thats everything'],
      [130, 'l', 'Great, good luck to her!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // (left in v20, fixed in v23 by the notPromise family: "I'll update you within a couple of minutes" is a hold)
    // reading: "I'll update you within a couple of minutes" while the provider calls the kit desk is a hold, and the
    // answer comes in the chat: no follow-up session (code Answered passes, follow-up checks na)
    name: 'book club kits: "Let me ring the kit desk; I\'ll update you within a couple of minutes." is a hold, no follow-up promise',
    lines: [
      [0, 'p', 'hi is the book club kit for Educated available in march? i run a book club at my church'],
      [20, 'l', 'Hi! This is Renee at Dayton Metro Library. How many copies do you need, and which week in March?'],
      [60, 'p', '12 copies, march 14'],
      [75, 'l', "The kit list is at daytonmetrolibrary.example.org/bookclubkits, and Educated shows one kit with 10 copies. Let me ring the kit desk about adding two more; I'll update you within a couple of minutes."],
      [170, 'l', "The kit desk can add two copies from Northmont, so you'd have 12 for the 14th. Does that cover what you need?"],
      [210, 'p', 'perfect, thats all i needed thanks'],
      [220, 'l', "You're welcome, enjoy the discussion!"],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- completeness (S1, S5) ----
  {
    // reading: the full text is still to be requested: a question about something not yet given
    name: 'completeness: "I can request it through ILL. Would the full text be what she needs, or is the abstract enough?" (not yet given: fails)',
    lines: [
      [0, 'p', 'my daughter needs the article "Bees in decline" from Science News for a report'],
      [20, 'l', 'Hi, this is Omar at Ames Public Library. What grade is she in?'],
      [50, 'p', '8th'],
      [60, 'l', 'The abstract is free at sciencenews.example.org/bees-decline. I can request the full text through ILL. Would the full text be what she needs, or is the abstract enough?'],
      [110, 'p', 'abstract is fine, thats all'],
      [120, 'l', 'Great, bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness: "Does the handout specify what he needs?" (the teacher\'s document: fails)',
    lines: [
      [0, 'p', 'my son needs a biography of a scientist, 4th grade'],
      [20, 'l', 'Hello, this is Grace at Plano Public Library. Any scientist, or someone specific?'],
      [50, 'p', 'any'],
      [60, 'l', 'Who Was Marie Curie? is on the shelf at Haggard (catalog.plano.example.gov). Does the handout specify what he needs?'],
      [100, 'p', 'no its open. ok thanks thats all'],
      [110, 'l', 'Good luck to him!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness right: "Is the Britannica School article what he needs?" (asks about the page given: passes)',
    lines: [
      [0, 'p', 'my son needs info on the Erie Canal for 4th grade'],
      [20, 'l', 'Hi! This is Grace at Plano Public Library. Is it for a report or a poster?'],
      [50, 'p', 'report'],
      [60, 'l', 'Britannica School has an elementary-level article: school.eb.example.com/erie-canal, log in with his library card. Is the Britannica School article what he needs?'],
      [100, 'p', 'yes perfect'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness right: "Is that any use?" after the source (S5 kept: passes)',
    lines: [
      [0, 'p', 'need the bus timetable for the 42 from 1998, for a family history thing'],
      [20, 'l', 'Hiya, Leeds Libraries, Sue here. Is it the route in Leeds itself?'],
      [50, 'p', 'yes'],
      [60, 'l', 'The Local and Family History library holds old timetables; the list is at leeds.example.gov.uk/localhistory/transport. Is that any use?'],
      [100, 'p', 'yes brill'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- dismissals (S1, S2, S4) ----
  {
    // reading: a printing allowance is no limit of the patron's questions
    name: 'dismissal: "we can only do three worksheets per student for free printing; after that it\'s 10 cents a page" (a printing limit: passes)',
    lines: [
      [0, 'p', 'can i print my homework at the library? its like 8 worksheets'],
      [20, 'l', "Hi, this is Jada at the Teen Desk, Fort Worth Library. Yes! We can only do three worksheets per student for free printing; after that it's 10 cents a page. Print from fwlibrary.example.org/print. Anything else?"],
      [60, 'p', 'no thats it'],
      [65, 'l', 'See you soon!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'dismissal right: "Sorry, I can only help with one assignment per student per chat." (a limit of questions: fails)',
    lines: [
      [0, 'p', 'can you help with my history essay and my bio lab'],
      [20, 'l', 'Hi, this is Jada at the Teen Desk, Fort Worth Library. The essay first: the topic?'],
      [50, 'p', 'civil rights movement. and then the lab?'],
      [60, 'l', 'Sorry, I can only help with one assignment per student per chat. For the essay, Gale In Context: U.S. History is at fwlibrary.example.org/gale.'],
      [100, 'p', 'oh ok'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: a colleague picks up the chat: the help goes on, no dismissal
    name: 'dismissal: "I\'m going on break now, Priya will pick up your chat in a sec" (the help goes on: passes)',
    lines: [
      [0, 'p', 'how do i get the new Libby app to find my card'],
      [20, 'l', 'Hi! This is Dom at Mesa Public Library. Are you on iPhone or Android?'],
      [50, 'p', 'iphone'],
      [60, 'l', "I'm going on break now, Priya will pick up your chat in a sec and walk you through it."],
      [80, 'l', 'Hi, Priya here! In Libby tap Menu > Add Library, search Mesa, then enter your card number. The help page is help.libbyapp.com. Did that work?'],
      [120, 'p', 'yes thanks thats all'],
      [125, 'l', 'Great, happy reading!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'dismissal right: "I\'m heading to lunch, sorry. Bye." (ends the help: fails)',
    lines: [
      [0, 'p', 'can you help me find my grandfathers obituary from 1962'],
      [20, 'l', 'Hi, this is Dom at Mesa Public Library. Do you know the month?'],
      [50, 'p', 'march i think, still looking for his middle name though'],
      [60, 'l', "I'm heading to lunch, sorry. Bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: "time's up is our policy" says the chat's time is up: a dismissal, no way back
    name: 'dismissal: "Sorry, time\'s up is our policy after 20 minutes. Bye." (the chat\'s time: fails)',
    lines: [
      [0, 'p', 'can you help me with my resume'],
      [20, 'l', 'Hi, Ask Us Text from Pima County Public Library, this is Rae. Is it for a specific job?'],
      [60, 'p', 'warehouse jobs'],
      [80, 'l', 'The resume builder in JobNow is at library.pima.example.gov/jobnow. Did that help?'],
      [1200, 'p', 'kind of, can you look at mine'],
      [1210, 'l', "Sorry, time's up is our policy after 20 minutes. Bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'dismissal right: "Time\'s Up was O.C.\'s first single; it\'s on Hoopla" (a title: passes)',
    lines: [
      [0, 'p', 'do yall have the song Times Up by O.C.'],
      [20, 'l', "Hey, this is Marcus at Brooklyn Public Library. Time's Up was O.C.'s first single; it's on Hoopla at hoopladigital.example.com with your card. Anything else?"],
      [60, 'p', 'nah thats it'],
      [65, 'l', 'Enjoy!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- follow-ups (S2) ----
  {
    name: 'follow-up right: "I\'ll ask our e-resources librarian and update you tomorrow by email at jmoss@example.org." (a promise: contact passes)',
    lines: [
      [0, 'p', 'why does JSTOR keep logging me out off campus'],
      [20, 'l', 'Hi, this is Ana at Bryn Mawr College Library. Which browser are you using?'],
      [50, 'p', 'chrome. my email is jmoss@example.org if you need it'],
      [60, 'l', "Thanks. The off-campus login steps are at library.brynmawr.example.edu/offcampus. I'll ask our e-resources librarian and update you tomorrow by email at jmoss@example.org."],
      [100, 'p', 'ok thanks thats all'],
      [105, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  // ---- holds (S5) ----
  {
    // reading: a hold: waiting on the patron begins only at the answer, so the 80 s after it are no final idle to check in on
    name: 'hold right: "Please be patient while I check the other branches." then the answer 100 s later (S5 kept: no final idle, informed passes)',
    lines: [
      [0, 'p', 'does any branch have The Women by Kristin Hannah on the shelf'],
      [20, 'l', 'Hi, this is Pat at Fairfax County Public Library. Please be patient while I check the other branches.'],
      [120, 'l', 'Kings Park has one on the shelf right now: fairfax.bibliocommons.example.com. Does that help?'],
    ],
    over: { endAfter: 80 },
    exp: some({ informed: 'pass', idle: 'na' }),
  },
  {
    name: 'hold right: "Kindly be patient while we\'re checking with the branch." then the answer 100 s later (T6 guard: no final idle)',
    lines: [
      [0, 'p', 'is my laptop charger in the lost and found at Kings Park'],
      [20, 'l', "Hello, this is Pat at Fairfax County Public Library. Kindly be patient while we're checking with the branch."],
      [120, 'l', 'Yes, a black Dell charger was turned in Tuesday; lost items are listed at fairfaxcounty.example.gov/library/lost. Does that help?'],
    ],
    over: { endAfter: 80 },
    exp: some({ informed: 'pass', idle: 'na' }),
  },
  // ---- referrals (S3) ----
  {
    // reading: the library reports it itself: no referral
    name: 'referral: "we\'re reporting the flooded underpass to 311 this afternoon" (the library\'s own step: na)',
    lines: [
      [0, 'p', 'the underpass by the library is flooded, how do i get to the entrance'],
      [20, 'l', "Hi, this is Gina at Houston Public Library, Central. Use the Lamar Street side; the route map is at houstonlibrary.example.org/central. We're reporting the flooded underpass to 311 this afternoon."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'referral right: "You can report the broken streetlight to 311, or online at seeclickfix.example.com." (passes)',
    lines: [
      [0, 'p', 'the streetlight outside the branch has been out for a week'],
      [20, 'l', 'Hi, this is Gina at Houston Public Library. You can report the broken streetlight to 311, or online at seeclickfix.example.com.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: what the board handles, described after a colon, with no instruction to contact it: no referral
    name: 'referral: "The Zoning Board of Appeals handles appeals: variances, special uses and interpretations of the code." (na)',
    lines: [
      [0, 'p', 'who decides if i can build a fence taller than 6 feet'],
      [20, 'l', 'Hi, this is Ruth at Evanston Public Library. The fence rules are in the zoning code at codelibrary.example.org/evanston, section 6-4-6. The Zoning Board of Appeals handles appeals: variances, special uses and interpretations of the code.'],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: when an official takes questions at a hearing, described, is no referral
    name: 'referral: "At the hearing, the finance director takes questions at 7:30 after the presentation." (na)',
    lines: [
      [0, 'p', 'when is the budget hearing'],
      [20, 'l', 'Hi, this is Ruth at Evanston Public Library. The budget hearing is Nov 4 at 7 pm; the agenda is at cityofevanston.example.org/budget. At the hearing, the finance director takes questions at 7:30 after the presentation.'],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'referral right: "The Tenant Rights Hotline takes calls at 555-201-0188 on weekdays." (S3 kept: passes)',
    lines: [
      [0, 'p', 'my landlord is keeping my deposit for no reason'],
      [20, 'l', 'Hi, this is Ruth at Evanston Public Library. The Tenant Rights Hotline takes calls at 555-201-0188 on weekdays.'],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the patron is invited back to the library's own chat; "wind power" names no party
    name: 'referral: "Feel free to contact us again for more on wind power." (the library itself: na)',
    lines: [
      [0, 'p', 'i need a book on wind turbines for a school project'],
      [20, 'l', "Hi, this is Ruth at Evanston Public Library. Wind Energy Basics (J 621.312) is on the shelf at Main: evanston.bibliocommons.example.com. Feel free to contact us again for more on wind power."],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: "apply with the same login at <page>" points to a page: a source, no referral
    name: 'referral: "You can apply with the same login at cityofmadison.example.gov/apply." (a page: na)',
    lines: [
      [0, 'p', 'how do i apply for the summer rec program'],
      [20, 'l', "Hi, this is Ruth at Madison Public Library. If you've used the parks site before, you can apply with the same login at cityofmadison.example.gov/apply."],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'referral right: "Call Xcel Energy at 1-800-555-0101 to set up a payment plan." (S3 kept: passes)',
    lines: [
      [0, 'p', 'i got a disconnect notice, what do i do'],
      [20, 'l', 'Hi, this is Ruth at Madison Public Library. Call Xcel Energy at 1-800-555-0101 to set up a payment plan.'],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- the end of the chat (S3's willEnd) ----
  {
    // reading: "so we're closing it" is the branch, not the chat: the notice says the patron seems gone but not that the
    // session will end
    name: 'disconnect: "Looks like you\'ve stepped away. … the roof work starts Monday, so we\'re closing it." (the branch: fails)',
    lines: [
      [0, 'p', 'is the Eastside branch closing for repairs'],
      [20, 'l', 'Hi, this is Mo at Tulsa City-County Library. Let me look at the notices.'],
      [50, 'l', 'The repair notice is at tulsalibrary.example.org/eastside. Does that help?'],
      [180, 'l', 'Are you still there?'],
      [300, 'l', "Looks like you've stepped away. To finish your question: the roof work starts Monday, so we're closing it."],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'disconnect right: "It seems you\'ve stepped away, so I\'m closing it now." (S3 kept: passes)',
    lines: [
      [0, 'p', 'is the Eastside branch closing for repairs'],
      [20, 'l', 'Hi, this is Mo at Tulsa City-County Library. Let me look at the notices.'],
      [50, 'l', 'The repair notice is at tulsalibrary.example.org/eastside. Does that help?'],
      [180, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've stepped away, so I'm closing it now."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  // ---- settings: negatedWhoSM ----
  {
    // reading: sent to walk over to an office with no address, phone, e-mail or URL: a referral without a contact
    name: 'negatedWhoSM: "who do i call about my transcript" "Don\'t call the main number; walk over to the Registrar\'s office in Hanley Hall." (fails)',
    lines: [
      [0, 'p', 'who do i call about getting my transcript'],
      [20, 'l', "Hi, this is Kay at Temple University Libraries. Don't call the main number; walk over to the Registrar's office in Hanley Hall."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'negatedWhoSM right: "who do i call about my transcript" "You don\'t need to call anyone; the request form is at temple.example.edu/transcript." (na)',
    lines: [
      [0, 'p', 'who do i call about getting my transcript'],
      [20, 'l', "Hi, this is Kay at Temple University Libraries. You don't need to call anyone; the request form is at temple.example.edu/transcript."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- settings: altContactSM ----
  {
    name: 'altContactSM right: "Call the number on your notice, or 1-800-555-0123 for the state hotline." (passes)',
    lines: [
      [0, 'p', 'how do i find out when my SNAP recertification is due'],
      [20, 'l', 'Hi, this is Deb at Columbus Metropolitan Library. Call the number on your notice, or 1-800-555-0123 for the state hotline.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- settings: subjectUrlSM ----
  // ---- settings: prepLeadInEsS3 ----
  {
    name: 'prepLeadInEsS3 right: "Sobre la factura de luz, llame a la compañía al 1-800-555-0199." (passes)',
    lines: [
      [0, 'p', 'no puedo pagar la luz este mes'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca Pública de San Antonio. Sobre la factura de luz, llame a la compañía al 1-800-555-0199.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- settings: nameCommaPlaceS5 ----
  {
    // reading: a desk and where it is, given as the answer: no one answering named
    name: 'nameCommaPlaceS5: "Hello! Children\'s Desk, Upstairs." then the answer, no name (greeting fails)',
    lines: [
      [0, 'p', 'where do i sign up my kid for summer reading'],
      [20, 'l', "Hello! Children's Desk, Upstairs."],
      [30, 'l', 'Or online at kclibrary.example.org/summer.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'nameCommaPlaceS5 right: "Good afternoon. Ask a Librarian chat, Oyelaran." (passes)',
    lines: [
      [0, 'p', 'where do i sign up my kid for summer reading'],
      [20, 'l', 'Good afternoon. Ask a Librarian chat, Oyelaran.'],
      [30, 'l', 'Sign up is online at kclibrary.example.org/summer.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- settings: butCanOfferS2 ----
  {
    // reading: "I'd rather not pay online, email me at …" turns down paying online and takes the e-mail offer: a promise
    // (with a time and the e-mail in the chat), and the code is not a follow-up code
    name: 'butCanOfferS2: "…but I can email you the fine breakdown by Friday. Do you want to pay online instead?" "I\'d rather not pay online, email me at jt@example.org" (a promise)',
    lines: [
      [0, 'p', 'why is my card blocked'],
      [20, 'l', 'Hi, this is Cal at Spokane Public Library. Do you have a lost item on it?'],
      [50, 'p', 'maybe a dvd'],
      [60, 'l', "Your card's blocked for $12 in fines; the fines page is spokanelibrary.example.org/fines. I can't waive them, but I can email you the fine breakdown by Friday. Do you want to pay online instead?"],
      [100, 'p', "I'd rather not pay online, email me at jt@example.org"],
      [110, 'l', 'Will do, thanks!'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  // ---- T6's guards: what v19 reads right and T6's narrowings keep ----
  {
    name: 'dismissal right: "I\'m going on break now, bye." (T6 guard: ends the help, fails)',
    lines: [
      [0, 'p', 'can you help me find a recipe book for diabetics'],
      [20, 'l', 'Hi, this is Dom at Mesa Public Library. Type 1 or type 2?'],
      [50, 'p', 'type 2, for my dad'],
      [60, 'l', "I'm going on break now, bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'dismissal right: "Your time is up for the podcast studio at 4, so the next booking can start." (T6 guard: a studio\'s time, passes)',
    lines: [
      [0, 'p', 'can i stay in the podcast studio past 4'],
      [20, 'l', 'Hi, this is Lin at Denver Public Library. Your time is up for the podcast studio at 4, so the next booking can start; you can book another hour at denverlibrary.example.org/studio. Anything else?'],
      [60, 'p', 'no thats all'],
      [65, 'l', 'Have a good session!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'referral right: "Johnston County Tax Administration handles appeals: johnstonnc.example.gov/tax." (T6 guard: passes)',
    lines: [
      [0, 'p', 'my property value went way up, can i fight it'],
      [20, 'l', 'Hi, this is Ruth at Johnston County Public Library. Johnston County Tax Administration handles appeals: johnstonnc.example.gov/tax.'],
      [70, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'negatedWhoSM right: "who do i call about my transcript" "Don\'t call the registrar; just fill in the form at temple.example.edu/transcript." (T6 guard: na)',
    lines: [
      [0, 'p', 'who do i call about getting my transcript'],
      [20, 'l', "Hi, this is Kay at Temple University Libraries. Don't call the registrar; just fill in the form at temple.example.edu/transcript."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'subjectUrlSM right: "The Better Business Bureau lists complaints at bbb.example.org. You can also file a complaint with the Better Business Bureau." (passes)',
    lines: [
      [0, 'p', 'my contractor took the deposit and vanished'],
      [20, 'l', 'Hi, this is Lou at Bozeman Public Library. The Better Business Bureau lists complaints at bbb.example.org. You can also file a complaint with the Better Business Bureau.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the offer is turned down and nothing is taken up: no promise
    name: 'butCanOfferS2 right: "…but I can email you the fine breakdown by Friday." "no thanks, I\'d rather not, I\'ll just pay at the desk" (T6 guard: no promise)',
    lines: [
      [0, 'p', 'why is my card blocked'],
      [20, 'l', 'Hi, this is Cal at Spokane Public Library. Do you have a lost item on it?'],
      [50, 'p', 'maybe a dvd'],
      [60, 'l', "Your card's blocked for $12 in fines; the fines page is spokanelibrary.example.org/fines. I can't waive them, but I can email you the fine breakdown by Friday."],
      [100, 'p', "no thanks, I'd rather not, I'll just pay at the desk"],
      [110, 'l', 'Sounds good, thanks!'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // (left in v20, fixed in v23 by the notPromise family: an update "within this chat" is no promise to send more later)
    // reading: the update comes within the chat: a hold, no promise to send more later (code Answered passes)
    name: 'follow-up: "I\'ll update you within this chat as soon as they do." then the answer in the chat (no promise: code passes, contact na)',
    lines: [
      [0, 'p', 'is the Westgate branch open today? there was a storm'],
      [20, 'l', "Hi, this is Lee at Austin Public Library. I'm waiting on Westgate to call back; I'll update you within this chat as soon as they do."],
      [90, 'l', 'Westgate says they opened at noon; the closures page is library.austin.example.gov/closures. Does that help?'],
      [120, 'p', 'yes thanks thats all'],
      [125, 'l', 'Stay dry, bye!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // (left in v20, fixed in v23 by `preteriteEsX2`: "llamé", accented as written, is the provider's own call)
    // reading: the provider's own call this morning ("llamé"): no referral
    name: 'prepLeadInEsS3: "Para confirmarlo, llamé a la oficina de vivienda esta mañana y me dijeron que sí califica." (na)',
    lines: [
      [0, 'p', 'hola, califico para la ayuda de renta?'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca Pública de San Antonio. Para confirmarlo, llamé a la oficina de vivienda esta mañana y me dijeron que sí califica. Los requisitos están en sanantonio.example.gov/renta.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // (left in v20, fixed in v23 by `preteriteEsX2`: "pregunté", accented as written, is the provider's own question)
    // reading: the provider's own question to the county office ("pregunté"): no referral
    name: 'prepLeadInEsS3: "Sobre el depósito, pregunté a la oficina del condado y dicen que el dueño tiene 30 días." (na)',
    lines: [
      [0, 'p', 'el dueño no me devuelve el depósito'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca Pública de San Antonio. Sobre el depósito, pregunté a la oficina del condado y dicen que el dueño tiene 30 días. La ley está en statutes.example.gov/92-103.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // (left in v20, fixed in v23 by `ownNumberX2`: "or 614-555-0199, our reference line" is the library's own number)
    // reading: the library's own reference line is no way to reach the caseworker
    name: 'altContactSM: "Call your caseworker, or 614-555-0199, our reference line, if you want us to look it up." (the caseworker has none: fails)',
    lines: [
      [0, 'p', 'how do i find out when my SNAP recertification is due'],
      [20, 'l', 'Hi, this is Deb at Columbus Metropolitan Library. Call your caseworker, or 614-555-0199, our reference line, if you want us to look it up.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [
  // LEFT: older than v19 (v18 passes it too): "Is it any good?" echoing the patron reads as a completeness question;
  // telling the echo from a check needs the patron's message before
  {
    // v23 (X2, left again): unchanged: an echo of the patron's question needs the patron's message.
    // reading: "Is it any good?" repeats the patron's question before answering it: no completeness question, and none
    // other is asked
    name: 'readers\' advisory: "Is it any good? It won the 2023 Pulitzer…" echoes the patron, no completeness question',
    lines: [
      [0, 'p', 'is the new Kingsolver any good? thinking of getting it for my mom'],
      [20, 'l', 'Hi there, this is Sam at Multnomah County Library. Do you mean Demon Copperhead, or an older one?'],
      [60, 'p', 'yes that one'],
      [75, 'l', 'Is it any good? It won the 2023 Pulitzer, and the reviews collected in NoveList (multcolib.example.org/novelist) are glowing. We have it in print, large print and audio.'],
      [130, 'p', 'ok great, thats all'],
      [140, 'l', 'Hope your mom enjoys it. Bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // LEFT: older than v19 (v18 fails it too): the reply to "who do I call?" is read as a referral without a contact
  // although the Registrar's e-mail is in it; not v19's negatedWhoSM (T6's negatedThenVerbT6 does not change it)
  {
    // v23 (X2, left again): unchanged: not traced in the time (several fail paths read "Don't call, they …").
    // reading: told not to call, then to e-mail the Registrar at an address: a referral with its contact
    name: 'negatedWhoSM: "who do i call about my transcript" "Don\'t call, they never pick up; email the Registrar at registrar@example.edu." (passes)',
    lines: [
      [0, 'p', 'who do i call about getting my transcript'],
      [20, 'l', "Hi, this is Kay at Temple University Libraries. Don't call, they never pick up; email the Registrar at registrar@example.edu."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // LEFT: older than v19 (v18 passes it too): the State Library's URL is lent to "the lending library" (the shared
  // word "library", as S7's left cases), before v19's subjectUrlSM
  {
    // v23 (X2, left again): X2's personHeadX2 is for persons of a kind; "the lending library" shares "lending" with the
    // thing listed, not with the subject.
    // reading: the State Library's page is no contact of the lending library
    name: 'subjectUrlSM: "The State Library lists the lending libraries at statelib.example.gov/ill. If it\'s stuck, call the lending library directly." (fails)',
    lines: [
      [0, 'p', 'my interlibrary loan has been stuck for 3 weeks'],
      [20, 'l', "Hi, this is Lou at Bozeman Public Library. The State Library lists the lending libraries at statelib.example.gov/ill. If it's stuck, call the lending library directly."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // LEFT: an older reading (v18 the same): "Try The Tea Dragon Society or Piranesi" reads the title's "Society" as an
  // organisation the patron is sent to (a referral with the catalogue's URL): the whole case runs above with other titles
  {
    // v23 (X2, left again): unchanged: telling a title's "Society" from an organisation is past one block.
    // reading: book titles after "Try" name no party: no referral
    name: 'readers\' advisory: "Try The Tea Dragon Society or Piranesi; both are in the catalog at …" (titles: referral na)',
    lines: [
      [0, 'p', 'any suggestions for short fantasy'],
      [20, 'l', 'Hi! This is Abby at Saint Paul Public Library. Try The Tea Dragon Society or Piranesi; both are in the catalog at sppl.example.org.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
];

describe('nineteenth round (T6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T6): false passes of v19\'s changes, every check', whole);
describeSessions('nineteenth round (T6): false passes of v19\'s changes, short cases', short);

describeLeft('nineteenth-round-falsepass', LEFT);
