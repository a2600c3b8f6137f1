/**
 * Nineteenth round, area (T5): FALSE FAILS FROM FRAGMENTED AND SPLIT MESSAGES, WHOLE SESSIONS mostly. Real providers send
 * one behaviour over several short messages ("ok" / "one sec" / "checking the catalog now"; "Is there" / "anything else I
 * can help with today?"; a URL in its own message after "here's the link:"; a greeting and the provider's name in two
 * messages), correct their own typos in a follow-up message ("*anything"), send a message and then its edited copy, paste
 * a macro and add a personal line, type in lower case without punctuation, use emoji and chat-speak. Patrons do the same.
 * Beside the good sessions sit near misses where the fragment does NOT complete the behaviour ("Is there" / "a deadline
 * for this?"; "hi" / "one moment" with the name only in the third message; "thanks for chatting" followed by two more
 * messages; "you there" with no notice).
 * Voices: public libraries (US, Canada), academic, school, the statewide cooperative, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. How the Terms treat messages
 * and sentences (the reading taken):
 * - The Terms define states and roles per MESSAGE (hold message, goodbye, pickup, waiting), and the checks mostly ask
 *   what the provider DOES ("asks", "tells", "gives"), not what one message holds. `approachability.greeting` says so in
 *   words (the two parts may be in different messages); `session.disconnect_notice` implies it ("one message may do both",
 *   so the parts may also be in several). Reading: a behaviour the provider types over consecutive messages (a question
 *   broken in two, a notice in two halves, a referral and its phone in the next message, a promise and its "by Friday")
 *   is done, as it is by the patron ("that's" / "all I needed"). A lone "?" after "you there" completes the question.
 * - The per-message Terms stay per message: "ok" is no hold message (it ends a wait and starts waiting on the patron);
 *   "one sec" is one; `closing.courteous` looks at the provider's LAST TWO visible messages, so a goodbye followed by two
 *   more messages of other content fails however friendly it was; the greeting's "first two visible provider messages"
 *   count a one-word "ok", an emoji or a macro as messages, so a name in the third message is too late.
 * - A typo corrected in the next message ("anythign" / "*anything") reads as the corrected message; an edited copy of a
 *   message is a second visible message, and the checks read either.
 * - A question whose "?" is left off ("what kind of car is it") is still a question about the need.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Key, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** A follow-up recorded `hours` after second `s`. */
const doneAfter = (s: number, hours: number, by = 'jo') => [{ doneAt: at(s + hours * 3600), by, note: 'sent' }];

const MARI = who('Marisol Vega', 'mvega');
const BEN = who('Ben Okafor', 'bokafor');

export const whole: SessionCase[] = [
  // ---- greetings in pieces ----------------------------------------------------------------------------------------------
  {
    name: 'public: "hi there!" / "this is Marisol at Tulsa City-County Library 😊", "ok" / "one sec" / "checking Libby now", "here\'s the link:" / URL alone, "does that help?", "Is there" / "anything else I can help with today?", "You\'re welcome!" / "have a great day 👋": every check as a good session',
    lines: [
      [0, 'p', 'do you have the new kristin hannah book'],
      [20, 'l', 'hi there!', MARI],
      [24, 'l', 'this is Marisol at Tulsa City-County Library 😊', MARI],
      [31, 'l', 'are you looking for print, ebook or audiobook?', MARI],
      [60, 'p', 'ebook'],
      [66, 'l', 'ok', MARI],
      [68, 'l', 'one sec', MARI],
      [75, 'l', 'checking Libby now', MARI],
      [140, 'l', 'we have it as an ebook, 12 copies with 42 holds, so roughly a 6 week wait', MARI],
      [145, 'l', "here's the link:", MARI],
      [148, 'l', 'https://tulsalibrary.overdrive.com/media/9876543', MARI],
      [160, 'l', 'does that help?', MARI],
      [190, 'p', 'yes!! placing a hold now'],
      [200, 'l', 'Is there', MARI],
      [203, 'l', 'anything else I can help with today?', MARI],
      [230, 'p', 'nope thats it ty'],
      [236, 'l', "You're welcome!", MARI],
      [239, 'l', 'have a great day 👋', MARI],
    ],
    // reading: the "anything else" question is typed over two messages: it is asked
    exp: usual(),
  },
  {
    name: 'near miss: "hi" / "one moment please" and the name only in the third message ("I\'m Ty from the Decatur library"): greeting fails, the rest is a good session',
    lines: [
      [0, 'p', 'Hi, what time does the pool pass desk open on saturdays'],
      [15, 'l', 'hi'],
      [18, 'l', 'one moment please'],
      [40, 'l', "I'm Ty from the Decatur Public Library btw. Do you mean the museum and pool pass desk at the Main branch?"],
      [75, 'p', 'yes main'],
      [82, 'l', 'It opens at 10 on Saturdays; the pass list is at decaturlibrary.org/passes. Did that answer it?'],
      [120, 'p', 'yep'],
      [125, 'l', 'Anything else today?'],
      [150, 'p', 'no thanks'],
      [154, 'l', 'Have a good weekend!'],
    ],
    // reading: the first two visible provider messages are "hi" and "one moment please": a greeting, but no one identified
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'academic: pasted macro "Welcome to Ask Us! A librarian will be with you shortly." then "Hi, I\'m Priya, the business librarian..."; a question split "Is that" / "the kind of data you need?"',
    lines: [
      [0, 'p', 'I need industry ratios for the craft brewing industry for my MBA case'],
      [8, 'l', 'Welcome to Ask Us! A librarian will be with you shortly.'],
      [35, 'l', "Hi, I'm Priya, the business librarian at Fogler Library. Do you need US figures only, and which years?"],
      [80, 'p', 'US, most recent'],
      [86, 'l', 'Great, give me a couple minutes to look.'],
      [170, 'l', 'IBISWorld has a Craft Beer Production report (US) with key ratios: library.umaine.edu/databases > IBISWorld, search "craft beer". RMA eStatement Studies also has NAICS 312120 ratios.'],
      [176, 'l', 'Is that'],
      [180, 'l', 'the kind of data you need?'],
      [240, 'p', 'perfect, exactly it'],
      [246, 'l', 'Anything else I can help you find?'],
      [270, 'p', "no that's all I needed"],
      [275, 'l', 'Good luck with the case!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak provider greets and names the service in one lower-case line without punctuation: "hey this is sam w ask a librarian delaware", question without "?"',
    lines: [
      [0, 'p', 'my car registration is expired can i still renew it online'],
      [22, 'l', 'hey this is sam w ask a librarian delaware'],
      [26, 'l', 'what kind of vehicle is it, car or motorcycle'],
      [60, 'p', 'car'],
      [64, 'l', 'ok lemme check the dmv rules'],
      [130, 'l', 'yes you can renew online up to 6 months after it expires at mydmv.delaware.gov, there is a $20 late fee tho'],
      [134, 'l', 'does that answer ur question?'],
      [170, 'p', 'yeah perfect'],
      [174, 'l', 'anything else i can help w?'],
      [200, 'p', 'nah im good'],
      [203, 'l', 'cool, have a good one!'],
    ],
    // reading: "what kind of vehicle is it, car or motorcycle" is a question about the need though it has no "?"
    exp: usual(),
  },
  {
    name: 'SMS patron in fragments ("hi" / "is the" / "main branch open sunday"), provider answers in three texts; "Is there anything else?" missing, patron "that\'s all i needed" in two texts ("thats all" / "i needed thx")',
    lines: [
      [0, 'p', 'hi'],
      [6, 'p', 'is the'],
      [11, 'p', 'main branch open sunday'],
      [40, 'l', 'Hi! This is Greg with Frederick County Public Libraries text service.'],
      [44, 'l', 'Which one do you mean by main, C. Burr Artz in downtown Frederick?'],
      [90, 'p', 'yes'],
      [96, 'l', 'Yes, C. Burr Artz is open Sundays 1-5.'],
      [99, 'l', 'Hours for every branch: fcpl.org/hours'],
      [102, 'l', 'Does that help?'],
      [130, 'p', 'thats all'],
      [134, 'p', 'i needed thx'],
      [140, 'l', "You're welcome, thanks for texting!"],
    ],
    exp: usual(),
  },
  {
    name: 'near miss (patron): "ok" / "thanks" / "bye" with no "anything else" from the provider: anything_else fails',
    lines: [
      [0, 'p', 'how do i get a passport photo, does the library do that'],
      [25, 'l', "Hello, you've reached Ask Us at Hennepin County Library, I'm Dana. Do you need it for a first passport or a renewal?"],
      [60, 'p', 'renewal'],
      [66, 'l', 'Our Minneapolis Central and Brookdale libraries take passport photos for $15, no appointment needed: hclib.org/about/passport-services has the hours.'],
      [72, 'l', 'Is that what you were looking for?'],
      [100, 'p', 'ok'],
      [103, 'p', 'thanks'],
      [105, 'p', 'bye'],
      [110, 'l', 'Bye, thanks for chatting!'],
    ],
    // reading: "ok", "thanks", "bye" are thanks and "ok" alone, not an explicit "I'm done" (the check's own examples)
    exp: usual({ anything: 'fail' }),
  },

  // ---- holds in pieces ----------------------------------------------------------------------------------------------
  {
    name: 'near miss (keep informed): "ok" / "lemme look" then 150 s of silence while the patron waits: keep_informed fails',
    lines: [
      [0, 'p', 'is there a book club kit for the lincoln highway by amor towles'],
      [20, 'l', 'hi! Jess here at Ask a Librarian, Ames Public Library'],
      [24, 'l', 'are you wanting the book club kit with 10 copies, or just one copy?'],
      [50, 'p', 'the kit'],
      [55, 'l', 'ok'],
      [57, 'l', 'lemme look'],
      [207, 'l', 'yes we have a kit for it, you can reserve it at amespubliclibrary.org/book-club-kits. does that work?'],
      [240, 'p', 'great thanks'],
      [245, 'l', 'anything else?'],
      [270, 'p', 'no'],
      [274, 'l', 'have a good day!'],
    ],
    // reading: "lemme look" is a hold message: the wait runs from it (57) to the next provider message (207), 150 s
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"ok" alone after the patron\'s answer, then the provider works 4 minutes without a word: the patron is not waiting on the provider ("ok" is no hold), so keep_informed passes',
    lines: [
      [0, 'p', 'can you find me the obituary of my grandfather walter h. brandt, died in 1978 in toledo'],
      [30, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Karen at Toledo Lucas County Public Library. Do you know the month he died?"],
      [70, 'p', 'march i think'],
      [76, 'l', 'ok'],
      [316, 'l', "Found it: The Blade, March 14, 1978, page 22. You can read it free in Google News Archive (news.google.com/newspapers, search Toledo Blade), or our Local History dept. can send a scan. Is that the one?"],
      [350, 'p', 'yes!! thats him. thank you so much'],
      [356, 'l', 'Is there anything else I can look up for you?'],
      [380, 'p', "no that's everything"],
      [385, 'l', 'Take care, and thanks for chatting!'],
    ],
    // reading: the Terms: waiting on the patron begins at a provider message that is not a hold ("ok") and ends at the
    // next patron message; the patron sent none, so no span of waiting on the provider is open during the 240 s
    exp: usual(),
  },
  {
    name: 'holds in pieces every minute or so ("one sec" / "still digging" / "almost there"): keep_informed passes over a 4-minute search',
    lines: [
      [0, 'p', 'I need the population of Onondaga County in 1900 and 1950 for a history paper'],
      [25, 'l', 'Hello! Ask Us 24/7, this is Ravi from Onondaga Community College library.'],
      [29, 'l', 'Do you need just the county totals, or the city of Syracuse too?'],
      [70, 'p', 'just county'],
      [75, 'l', 'one sec'],
      [160, 'l', 'still digging'],
      [255, 'l', 'almost there'],
      [320, 'l', 'Onondaga County: 168,735 in 1900 and 341,719 in 1950 (US Census Bureau, "Population of Counties by Decennial Census: 1900 to 1990", census.gov/population/cencounts/ny190090.txt).'],
      [326, 'l', 'Does that answer your question?'],
      [360, 'p', 'yes, thank you'],
      [364, 'l', 'Anything else I can help with?'],
      [390, 'p', 'nope'],
      [393, 'l', 'Good luck with your paper!'],
    ],
    exp: usual(),
  },

  // ---- typos and edits ---------------------------------------------------------------------------------------------
  {
    name: 'typo corrected in the next message: "Is there anythign else I can help with?" / "*anything": anything_else passes',
    lines: [
      [0, 'p', 'do you have any tax forms at the library this year'],
      [20, 'l', 'Good morning! This is Lorraine at Akron-Summit County Public Library.'],
      [24, 'l', 'Which forms are you after, federal or Ohio?'],
      [55, 'p', 'federal 1040'],
      [60, 'l', 'We have 1040 forms and instructions at Main and most branches while they last, and you can print them from irs.gov/forms-instructions. Does that help?'],
      [100, 'p', 'yes thanks'],
      [104, 'l', 'Is there anythign else I can help with?'],
      [107, 'l', '*anything'],
      [130, 'p', 'no thats it'],
      [134, 'l', 'Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'typo corrected: "Does that answr your question?" / "*answer" (the only completeness question)',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [18, 'l', 'Hi there, you\'re chatting with Omar from Ask a Librarian at Pima County Public Library.'],
      [22, 'l', 'Is that for an adult card or a kids card?'],
      [40, 'p', 'adult'],
      [46, 'l', 'Adult cards can have 50 items out at a time, including up to 10 DVDs: library.pima.gov/about/policies/borrowing has the full list.'],
      [50, 'l', 'Does that answr your question?'],
      [53, 'l', '*answer'],
      [80, 'p', "yes that's all I wanted to know"],
      [85, 'l', 'Thanks for chatting!'],
    ],
    // reading: the patron also says explicitly she is done: anything_else passes on that
    exp: usual(),
  },
  {
    name: 'edited message: a greeting with a misspelled library, then its edited copy "(edited)" naming the library right',
    lines: [
      [0, 'p', 'when is the next citizenship class'],
      [20, 'l', 'Hello, this is Yusuf at Hartfrod Public Library.'],
      [26, 'l', 'Hello, this is Yusuf at Hartford Public Library. (edited)'],
      [30, 'l', 'Are you looking for the free class at the downtown library, or anywhere in Hartford?'],
      [70, 'p', 'downtown'],
      [76, 'l', 'The next free citizenship prep class starts June 4 at the Downtown Library, Tuesdays 6-8 pm. Register at hplct.org/library-services/immigrants.'],
      [80, 'l', 'Did that help?'],
      [110, 'p', 'yes'],
      [114, 'l', 'Anything else?'],
      [130, 'p', 'no'],
      [133, 'l', 'Thanks for reaching out, good luck!'],
    ],
    // reading: registering on the web page is signing up for the library's own class, not contacting a party: no referral
    exp: usual(),
  },

  // ---- URLs and sources in pieces ----------------------------------------------------------------------------------
  {
    name: 'URL in its own message after "here\'s the link:" and a completeness question in chat-speak "lmk if that works 4 u"',
    lines: [
      [0, 'p', 'can i get museum passes with my card'],
      [18, 'l', 'Hi! Kim here from King County Library System 🙂'],
      [22, 'l', 'which museum are you thinking of?'],
      [50, 'p', 'the zoo'],
      [55, 'l', 'gimme a sec'],
      [100, 'l', 'yep, Woodland Park Zoo passes are released at 2 pm daily, you book them online'],
      [103, 'l', "here's the link:"],
      [105, 'l', 'kcls.org/museum-pass'],
      [110, 'l', 'lmk if that works 4 u'],
      [150, 'p', 'got it thanks'],
      [154, 'l', 'anything else i can do for u?'],
      [180, 'p', 'no thats all'],
      [184, 'l', 'enjoy the zoo!! 🦒'],
    ],
    // reading: "lmk if that works for you" asks, indirectly, whether the information meets the need
    exp: usual(),
  },
  {
    name: 'near miss (source): "it\'s on the state website" / "just google unclaimed property" with no URL or name: source fails',
    lines: [
      [0, 'p', 'how do i check if i have unclaimed money in illinois'],
      [20, 'l', "Hi, I'm Beth at the Skokie Public Library."],
      [24, 'l', 'Is it money of yours, or of a relative who passed?'],
      [60, 'p', 'mine'],
      [66, 'l', "it's on the state website"],
      [69, 'l', 'just google unclaimed property, you search by your name'],
      [75, 'l', 'Does that help?'],
      [110, 'p', 'ok ill try'],
      [114, 'l', 'Anything else?'],
      [130, 'p', 'no'],
      [134, 'l', 'Have a good one!'],
    ],
    // reading: "the state website" is not named and has no way to reach it; an answer ("search by your name") was given,
    // and "Does that help?" asks after it
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a web page with the steps in pieces: "on our website" / "Services > Tutoring > Brainfuse" (a named resource), provider types all in lower case',
    lines: [
      [0, 'p', 'is there free tutoring for high school math'],
      [25, 'l', 'hello! this is deja at richland library'],
      [28, 'l', 'what class is it for, algebra, geometry?'],
      [60, 'p', 'algebra 2'],
      [65, 'l', 'ok so we have live online tutors every day 2-11pm through Brainfuse HelpNow'],
      [68, 'l', 'on our website:'],
      [70, 'l', 'Services > Tutoring > Brainfuse HelpNow, log in with your library card'],
      [75, 'l', 'is that what you needed?'],
      [110, 'p', 'yes ty'],
      [115, 'l', 'anything else?'],
      [140, 'p', 'no thats all'],
      [143, 'l', 'good luck in algebra!'],
    ],
    exp: usual(),
  },

  // ---- clarifying questions in pieces ----------------------------------------------------------------------------
  {
    name: 'clarifying in pieces: "quick q" / "is this for a class assignment or just for you?" before the source',
    lines: [
      [0, 'p', 'I want to read about the Dust Bowl'],
      [22, 'l', 'Hi, I\'m Corinne, a librarian with Ask a Librarian Oklahoma.'],
      [26, 'l', 'quick q'],
      [29, 'l', 'is this for a class assignment or just for you?'],
      [70, 'p', 'just for me, i like history'],
      [76, 'l', 'Then "The Worst Hard Time" by Timothy Egan is the one to start with; it is in our catalog at catalog.metrolibrary.org. Does that sound like what you wanted?'],
      [120, 'p', 'yes sounds great'],
      [124, 'l', 'Anything else I can help with?'],
      [150, 'p', 'no thanks'],
      [153, 'l', 'Happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss (clarify): the link first, "here you go:" / URL, and only then "what year do you need?": clarify fails',
    lines: [
      [0, 'p', 'looking for the school board meeting minutes'],
      [20, 'l', 'Hello, this is Ann at Ask Us, Fairfax County Public Library.'],
      [24, 'l', 'here you go:'],
      [26, 'l', 'https://www.fcps.edu/school-board/meetings'],
      [30, 'l', 'what year do you need?'],
      [60, 'p', '2019'],
      [66, 'l', 'Older minutes are under "Meeting Archives" on the same page, 2019 is there. Did that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [123, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },

  // ---- "anything else" in pieces and its near misses ---------------------------------------------------------------
  {
    name: 'near miss (anything else): "Is there" / "a deadline for this?" after the answer is a clarifying question, not "anything else": anything_else fails',
    lines: [
      [0, 'p', 'hi i need to get a copy of my high school transcript, i graduated from lakewood high in 2004'],
      [30, 'l', 'Hello! This is Nadia at Lakewood Public Library.'],
      [34, 'l', 'Do you still live in Ohio?'],
      [60, 'p', 'no i moved to colorado'],
      [66, 'l', 'Lakewood City Schools handle old transcripts: you can request one online at lakewoodcityschools.org/transcripts, it takes about a week.'],
      [70, 'l', 'Is there'],
      [73, 'l', 'a deadline for this?'],
      [100, 'p', 'end of the month for a job application'],
      [106, 'l', 'Then you should be fine ordering it this week. Does that answer your question?'],
      [140, 'p', 'yes thank you'],
      [144, 'l', 'Good luck with the job!'],
    ],
    // reading: requesting online from the school district's website is a source (the page), no contacting of the office
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"Anything" / "else?" as the whole offer, in two messages',
    lines: [
      [0, 'p', 'whats the wifi password at the north branch'],
      [15, 'l', 'Hi! Tom from Ask Away at Springfield-Greene County Library here.'],
      [18, 'l', 'Are you at the branch now, on your phone?'],
      [40, 'p', 'yes'],
      [44, 'l', 'There is no password: pick "SGCL-Public" and accept the terms page. Help is at thelibrary.org/wifi. Did that work?'],
      [80, 'p', 'yes im on'],
      [84, 'l', 'Anything'],
      [86, 'l', 'else?'],
      [110, 'p', 'no'],
      [113, 'l', 'Enjoy!'],
    ],
    // reading (the merge's): "Enjoy!" alone thanks no one, says no goodbye and invites no one back, as the tenth round
    // reads "Great, enjoy!" (test/tenth-round-tech.test.ts); the helper had read it as a parting wish, a goodbye
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Spanish in pieces: "¡Hola!" / "Soy Lucía, de la Biblioteca Pública de San Antonio", "¿Le sirvió" / "esta información?", "¿Hay algo" / "más en que le pueda ayudar?"',
    lines: [
      [0, 'p', 'hola necesito clases de inglés gratis para adultos'],
      [20, 'l', '¡Hola!'],
      [23, 'l', 'Soy Lucía, de la Biblioteca Pública de San Antonio.'],
      [28, 'l', '¿Prefiere clases en persona o en línea?'],
      [60, 'p', 'en persona, cerca del centro'],
      [66, 'l', 'Un momento, por favor.'],
      [130, 'l', 'La Biblioteca Central tiene clases de inglés gratis los martes y jueves a las 6 pm. El horario está en mysapl.org/ESL.'],
      [134, 'l', '¿Le sirvió'],
      [136, 'l', 'esta información?'],
      [170, 'p', 'sí, muchas gracias'],
      [174, 'l', '¿Hay algo'],
      [176, 'l', 'más en que le pueda ayudar?'],
      [200, 'p', 'no, es todo'],
      [204, 'l', '¡Con gusto! Que tenga buen día.'],
    ],
    exp: usual(),
  },

  // ---- closings in pieces ------------------------------------------------------------------------------------------
  {
    name: 'near miss (courteous): "Thanks for chatting with us today!" then "oh and one more thing" / "the Eastside branch closes at 6 tonight": the last two messages are not goodbyes',
    lines: [
      [0, 'p', 'can i pick up my hold at a different branch'],
      [20, 'l', 'Hi there! This is Pat with Ask a Librarian at Evansville Vanderburgh Public Library.'],
      [24, 'l', 'Has the hold already come in, or is it still on the way?'],
      [50, 'p', 'it says ready at central'],
      [56, 'l', "Once it's ready it stays at that branch, but you can change the pickup spot for future holds in your account: evpl.org > My Account > Settings. Does that answer your question?"],
      [90, 'p', 'ok yes'],
      [94, 'l', 'Anything else I can help with?'],
      [110, 'p', 'no thanks'],
      [114, 'l', 'Thanks for chatting with us today!'],
      [120, 'l', 'oh and one more thing'],
      [124, 'l', 'the Eastside branch closes at 6 tonight if you were going there'],
    ],
    // reading: courteous looks at the provider's last two visible messages; neither thanks, says goodbye or invites back
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'goodbye in two halves "thanks for" / "chatting!" as the last two messages',
    lines: [
      [0, 'p', 'how late is the downtown library open tonight'],
      [12, 'l', 'Hi! Ellen at the Boise Public Library here.'],
      [15, 'l', 'Downtown Main, on Capitol Blvd?'],
      [35, 'p', 'yes'],
      [38, 'l', 'Main is open until 8 pm tonight, all hours at boisepubliclibrary.org/locations. Is that what you needed?'],
      [60, 'p', "yep that's all I needed"],
      [64, 'l', 'thanks for'],
      [66, 'l', 'chatting!'],
    ],
    // reading: the last two visible messages are "thanks for" and "chatting!": together they thank the patron
    exp: usual(),
  },
  {
    name: 'macro goodbye then a personal line: "Thank you for using Ask Us 24/7. This chat will now end." / "good luck with the paper!!"',
    lines: [
      [0, 'p', 'need 3 scholarly sources on social media and teen sleep for my psych paper'],
      [26, 'l', "Hi! I'm Rosa, a librarian with Ask Us 24/7, helping from SUNY Oswego."],
      [30, 'l', 'Does it have to be peer reviewed, and is there a date range?'],
      [70, 'p', 'peer reviewed, last 10 years'],
      [75, 'l', 'ok searching PsycINFO, one moment'],
      [160, 'l', 'Here are three from PsycINFO (via your library\'s Databases A-Z page): Scott & Woods 2019 in Journal of Adolescence; Alonzo et al. 2021 in Sleep Medicine Reviews; Kelly et al. 2018 in EClinicalMedicine.'],
      [165, 'l', 'Will those work for your paper?'],
      [200, 'p', 'yes perfect'],
      [204, 'l', 'Anything else I can help with?'],
      [220, 'p', 'no thats all'],
      [224, 'l', 'Thank you for using Ask Us 24/7. This chat will now end.'],
      [228, 'l', 'good luck with the paper!!'],
    ],
    exp: usual(),
  },

  // ---- referrals in pieces -----------------------------------------------------------------------------------------
  {
    name: 'referral and its phone in the next message: "you\'ll want to call the Register of Wills office" / "their number is 410-555-0182"',
    lines: [
      [0, 'p', 'how do i find out if my uncle had a will, he died last year in baltimore county'],
      [28, 'l', 'Hello, this is Anita at Baltimore County Public Library.'],
      [32, 'l', 'Do you know whether an estate was opened for him?'],
      [70, 'p', 'no idea'],
      [76, 'l', "You can search estates yourself in Maryland's Estate Search: registers.maryland.gov/RowNetWeb/Estates. If nothing shows,"],
      [79, 'l', "you'll want to call the Register of Wills office for Baltimore County"],
      [82, 'l', 'their number is 410-555-0182'],
      [86, 'l', 'Does that help?'],
      [120, 'p', 'yes thank you'],
      [124, 'l', 'Anything else I can help with?'],
      [140, 'p', 'no'],
      [143, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss (referral): "you should contact the county recorder" / "they\'re super helpful" with no contact anywhere: referral fails',
    lines: [
      [0, 'p', 'where do i get a copy of the deed to my house'],
      [22, 'l', 'Hi! This is Leah, a librarian at Ask Colorado.'],
      [26, 'l', 'Which county is the house in?'],
      [50, 'p', 'jefferson'],
      [56, 'l', 'Deeds are recorded by the county, so you should contact the Jefferson County Clerk and Recorder'],
      [59, 'l', "they're super helpful"],
      [62, 'l', 'The Colorado State Archives also has a guide to finding property records: archives.colorado.gov/property-records. Is that what you needed?'],
      [100, 'p', 'ok thanks'],
      [104, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [123, 'l', 'Have a good one!'],
    ],
    // reading: the archives' guide is a source for the patron to use, not the recorder's contact: the recorder, the one
    // party referred to, has no way to reach it: referral fails
    exp: usual({ referral: 'fail' }),
  },

  // ---- follow-ups in pieces ----------------------------------------------------------------------------------------
  {
    name: 'follow-up in pieces: "my email is" / "r.okafor@example.org", "I\'ll email you what I find" / "by tomorrow afternoon", code Follow-up by me, recorded in 20 h',
    lines: [
      [0, 'p', 'Hi, I need the 1962 annual report of the Dayton Power and Light company'],
      [30, 'l', "Hello! I'm Ben at Dayton Metro Library's Ask a Librarian.", BEN],
      [34, 'l', 'Do you need the full report or just the financial statements?', BEN],
      [80, 'p', 'full report'],
      [86, 'l', 'Let me check our local history holdings, one moment.', BEN],
      [170, 'l', "It's in our catalog (catalog.daytonmetrolibrary.org, search Dayton Power and Light 1962) but only in print in the Local History Room. I can ask staff there to scan it tomorrow. What's a good email?", BEN],
      [210, 'p', 'my email is'],
      [213, 'p', 'r.okafor@example.org'],
      [220, 'l', "Thanks, r.okafor@example.org. I'll email you what I find", BEN],
      [223, 'l', 'by tomorrow afternoon', BEN],
      [226, 'l', 'Does that answer your question for now?', BEN],
      [260, 'p', 'yes that works, thanks so much'],
      [264, 'l', 'Anything else in the meantime?', BEN],
      [280, 'p', 'no thats all'],
      [284, 'l', 'Thanks for chatting, talk soon!', BEN],
    ],
    over: { ...FU_ME, provider: { id: 'bokafor', name: 'Ben Okafor', library: 'DML' }, patron: { name: null, email: 'r.okafor@example.org', phone: null }, followUps: doneAfter(284, 20, 'bokafor') },
    // reading: "my email is" / address and "I'll email you what I find" / "by tomorrow afternoon" are each one statement
    // typed in two messages: the contact is given in the chat and the when is said
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'near miss (follow-up): "I\'ll email you" / "as soon as I hear back from our archivist" with no time: contact fails, pending',
    lines: [
      [0, 'p', 'do you have any photos of the old Woolworths on Main St in Ithaca'],
      [25, 'l', 'Hi, this is Carl at Tompkins County Public Library.'],
      [29, 'l', 'Any particular decade?'],
      [60, 'p', '1950s if possible'],
      [66, 'l', "I'm not finding any online. Our archivist may have prints. Can I get an email for you?"],
      [100, 'p', 'sure'],
      [102, 'p', 'jpark@example.org'],
      [108, 'l', "Got it, jpark@example.org. I'll email you"],
      [111, 'l', 'as soon as I hear back from our archivist'],
      [115, 'l', 'Meanwhile the History Center has a photo database at thehistorycenter.net/collections. Is that a help for now?'],
      [150, 'p', 'yes thanks'],
      [154, 'l', 'Anything else?'],
      [170, 'p', 'nope'],
      [174, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'jpark@example.org', phone: null } },
    // reading: "as soon as I hear back" is a condition, not a when
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up by the patron\'s library in pieces: "someone from Pickerington will contact you" / "within 2 business days" / "at jlee@example.org, right?"',
    lines: [
      [0, 'p', 'I need help finding out who built my house in Pickerington, it is on Hill Rd'],
      [30, 'l', "Hello, welcome to KnowItNow, I'm Sara, a librarian at Columbus Metropolitan Library."],
      [34, 'l', 'Do you know about when it was built?'],
      [70, 'p', 'around 1890'],
      [76, 'l', 'Checking, bear with me.'],
      [160, 'l', "The county auditor lists it but not the builder. Pickerington Public Library's local history staff can dig into deeds for you."],
      [163, 'l', "I'll pass this to them"],
      [166, 'l', 'someone from Pickerington will contact you'],
      [168, 'l', 'within 2 business days'],
      [172, 'l', 'at jlee@example.org, right?'],
      [200, 'p', 'yes thats right, thank you'],
      [204, 'l', 'Is there anything else?'],
      [220, 'p', 'no thats everything'],
      [224, 'l', 'Thanks for using KnowItNow!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'jlee@example.org', phone: null }, followUps: doneAfter(224, 30) },
    // reading: no source: the auditor is named without a way to reach it; the patron's library contacting the patron is
    // a follow-up, not a referral. No completeness question ("right?" asks about the contact)
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'pending follow-up: "let me dig into this more" / "and I\'ll get back to you by Friday", "can I reach you at" / "m.ng@example.org?"',
    lines: [
      [0, 'p', 'are there any grants for small farms in vermont for hoop houses'],
      [28, 'l', 'Hi! This is Ingrid from the Vermont Department of Libraries reference desk.'],
      [32, 'l', 'Is it for a new farm or an existing one?'],
      [70, 'p', 'existing, 3 years'],
      [76, 'l', 'The NRCS High Tunnel System practice pays for hoop houses: nrcs.usda.gov/programs-initiatives/eqip-high-tunnel-systems. Is that the kind of grant you meant?'],
      [120, 'p', 'yes but are there state ones too'],
      [126, 'l', 'let me dig into this more'],
      [129, 'l', "and I'll get back to you by Friday"],
      [133, 'l', 'can I reach you at'],
      [135, 'l', 'm.ng@example.org?'],
      [160, 'p', "yes that's me"],
      [164, 'l', 'Great. Anything else for now?'],
      [180, 'p', 'no thanks'],
      [184, 'l', 'Talk to you Friday!'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Ng', email: 'm.ng@example.org', phone: null } },
    exp: followed(),
  },

  // ---- idle patrons, check-ins and notices in pieces ----------------------------------------------------------------
  {
    name: 'idle in pieces: "are you" / "still there?", then "looks like you may have disconnected" / "I\'m going to end this chat now, feel free to chat back anytime!" (idle 230 s): both pass',
    lines: [
      [0, 'p', 'can you help me find a recipe from an old betty crocker cookbook'],
      [20, 'l', "Hi, I'm Ruth with AskAway, Wisconsin's statewide chat."],
      [24, 'l', 'Do you remember the name of the recipe or the year of the cookbook?'],
      [60, 'p', 'its a 1950 edition, the date bars'],
      [66, 'l', 'one moment'],
      [140, 'l', 'The 1950 Betty Crocker Picture Cook Book is in the Internet Archive: archive.org/details/bettycrockerspic00croc, the date bars are on page 204. Does that help?'],
      [270, 'l', 'are you'],
      [272, 'l', 'still there?'],
      [366, 'l', 'looks like you may have disconnected'],
      [370, 'l', "I'm going to end this chat now, feel free to chat back anytime!"],
    ],
    // reading: the check-in and the notice are each typed over two messages; the last message invites the patron back
    // (a goodbye), so the idle runs 140 -> 370
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss (notice): "you there" / "?" and then "ok im gonna close this out" / "thx for chatting" (idle 200 s): check-in passes, the notice fails (no "you seem to have gone")',
    lines: [
      [0, 'p', 'how do i reset my library pin'],
      [18, 'l', 'hi this is dev at ask a librarian, anne arundel county public library'],
      [22, 'l', 'do you still have access to the email on your account?'],
      [50, 'p', 'yes'],
      [55, 'l', "then use Forgot PIN on the login page at aacpl.net, it emails you a reset link. did that work?"],
      [180, 'l', 'you there'],
      [182, 'l', '?'],
      [250, 'l', 'ok im gonna close this out'],
      [255, 'l', 'thx for chatting'],
    ],
    // reading: "you there" / "?" asks whether the patron is there; "close this out" announces the end without saying the
    // patron seems gone
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'patron fragments only, no question yet ("hi" / "are you there"), gone before the provider: info checks na, Lost Call fails (two messages), check-in and notice pass',
    lines: [
      [0, 'p', 'hi'],
      [8, 'p', 'are you there'],
      [50, 'l', 'Hi, this is Sam at the Salt Lake County Library. How can I help?'],
      [200, 'l', 'Are you still there?'],
      [262, 'l', "It looks like you've disconnected, so I'll end the chat now. Feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    // reading: "are you there" asks whether someone is there, not about a need: no substantive exchange
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },

  // ---- dismissals in pieces ----------------------------------------------------------------------------------------
  {
    name: 'dismissal in pieces: "sorry we only allow" / "3 questions per chat" / "you\'ll have to log off now" (no way back): no_dismissal fails',
    lines: [
      [0, 'p', 'hi can you tell me when the library opens'],
      [15, 'l', "Hi, it's Gary at the Millbrook Library."],
      [18, 'l', 'Which branch?'],
      [30, 'p', 'main'],
      [34, 'l', 'Main opens at 9 am, hours at millbrooklibrary.org/hours. Does that help?'],
      [60, 'p', 'yes. also do u have passport services. and notary. and can i print from my phone'],
      [66, 'l', 'sorry we only allow'],
      [68, 'l', '3 questions per chat'],
      [71, 'l', "you'll have to log off now"],
    ],
    // reading: a limit of questions and the end of the help with no way back, typed over three messages
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'allowed: "there are a few other patrons waiting" / "so I need to wrap up — feel free to start a new chat later for the rest!"',
    lines: [
      [0, 'p', 'i need help with my resume and also finding jobs and also a GED class'],
      [25, 'l', 'Hello! This is Marcus at Ask Us, Free Library of Philadelphia.'],
      [28, 'l', "Let's start with the GED: do you want classes in person or online?"],
      [60, 'p', 'in person'],
      [66, 'l', "The Parkway Central Library's adult education office runs free GED prep; sign up at freelibrary.org/adult-ed. Did that answer the GED part?"],
      [100, 'p', 'yes'],
      [104, 'l', 'there are a few other patrons waiting'],
      [107, 'l', 'so I need to wrap up — feel free to start a new chat later for the resume and job search!'],
      [130, 'p', 'ok thanks'],
      [134, 'l', 'Thank you, good luck!'],
    ],
    // reading: "sign up at freelibrary.org/adult-ed" is signing up on a web page, a source, not contacting the office; the
    // other patrons waiting come with a way back ("start a new chat later"): allowed
    exp: usual({ anything: 'fail' }),
  },

  // ---- transfers in pieces -----------------------------------------------------------------------------------------
  {
    name: 'transfer told in pieces: "I\'m going to transfer you" / "to our genealogy librarian, one moment", an internal note, then the transfer',
    lines: [
      [0, 'p', 'im trying to find my great grandmothers ship manifest, she came from sicily around 1905'],
      [22, 'l', 'Hi! This is Jo with Ask a Librarian at Sample County Library.'],
      [26, 'l', 'Do you know the port she arrived at?'],
      [60, 'p', 'new york i think'],
      [66, 'l', "I'm going to transfer you"],
      [69, 'l', 'to our genealogy librarian, one moment'],
      [72, 'i', 'Maria, Sicily-to-NY ca. 1905 ship manifest, patron knows port only. Can you take it?'],
      [75, 's', 'Session transferred to Maria Vega', sys('transfer', 'mvega')],
      [100, 'l', 'Hi, Maria here! The Statue of Liberty-Ellis Island Foundation passenger search is free: heritage.ellisisland.org. Try her maiden name first. Does that help?', MARI],
      [140, 'p', 'found her!! thank you'],
      [144, 'l', 'Wonderful! Anything else?', MARI],
      [160, 'p', 'no thats all'],
      [163, 'l', 'Happy hunting!', MARI],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'near miss (transfer): "one sec" / "hang on" visible, the transfer only in an internal note: transfer fails',
    lines: [
      [0, 'p', 'I need help citing a court case in Bluebook'],
      [20, 'l', 'Hello, this is Jo at the Sample County Library chat.'],
      [24, 'l', 'Is it a federal or a state case?'],
      [50, 'p', 'federal supreme court'],
      [55, 'l', 'one sec'],
      [57, 'l', 'hang on'],
      [60, 'i', 'Maria, Bluebook citation question for a US Supreme Court case, can you take it?'],
      [63, 's', 'Session transferred to Maria Vega', sys('transfer', 'mvega')],
      [90, 'l', 'Hi, Maria here. Format: Roe v. Wade, 410 U.S. 113 (1973). The rules are in Bluebook rule 10, and Cornell LII has a free guide at law.cornell.edu/citation. Does that help?', MARI],
      [130, 'p', 'yes!'],
      [134, 'l', 'Anything else?', MARI],
      [150, 'p', 'nope'],
      [153, 'l', 'Good luck!', MARI],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- patrons in fragments ----------------------------------------------------------------------------------------
  {
    name: 'patron question in four fragments ("hi" / "i need help with" / "finding" / "naturalization papers for my grandpa"), pickup 40 s after the first',
    lines: [
      [0, 'p', 'hi'],
      [5, 'p', 'i need help with'],
      [9, 'p', 'finding'],
      [16, 'p', 'naturalization papers for my grandpa'],
      [40, 'l', 'Hello! This is Norma at Ask Us Now, Enoch Pratt Free Library.'],
      [44, 'l', 'Do you know about what year he was naturalized, and in which state?'],
      [80, 'p', 'maryland'],
      [82, 'p', 'like 1930s'],
      [88, 'l', 'Let me look, one moment.'],
      [170, 'l', 'Maryland naturalizations from the 1930s are at the National Archives: order a copy through archives.gov/research/naturalization, or search the indexes free on FamilySearch (familysearch.org, Search > Records, "Maryland Naturalization"). Does that help?'],
      [210, 'p', 'yes'],
      [213, 'p', 'thats everything'],
      [216, 'p', 'tysm'],
      [220, 'l', "You're so welcome, good luck with the search!"],
    ],
    exp: usual({ anything: 'pass' }),
  },
  {
    name: 'near miss (keep informed): a slow typer\'s fragments do not restart the wait: the patron\'s "hello?" at 120 s, the provider first speaks at 170 s after the last answer',
    lines: [
      [0, 'p', 'i need the phone number for the food bank'],
      [20, 'l', "Hi! I'm Lupe with Ask a Librarian at Fresno County Public Library."],
      [24, 'l', 'Which town are you in?'],
      [40, 'p', 'clovis'],
      [100, 'p', 'hello?'],
      [210, 'l', 'Sorry! The Central California Food Bank serves Clovis: call 559-555-0137 or see ccfoodbank.org/find-food. Does that help?'],
      [240, 'p', 'yes thanks'],
      [244, 'l', 'Anything else?'],
      [260, 'p', 'no'],
      [263, 'l', 'Take care!'],
    ],
    // reading: the wait starts at "clovis" (40) and "hello?" does not restart it; it ends at 210: 170 s
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'emoji and chat-speak both sides: "👍" replies, "ty!!", provider "np 😊 anything else?", goodbye "bye 👋"',
    lines: [
      [0, 'p', 'r the study rooms free'],
      [15, 'l', 'hiya, this is Kat at Ask a Librarian @ Austin Public Library 😊'],
      [18, 'l', 'for how many ppl?'],
      [40, 'p', '4'],
      [44, 'l', 'yep free w a library card, book up to 7 days ahead at library.austintexas.gov/study-rooms'],
      [47, 'l', 'does that answer ur q?'],
      [70, 'p', '👍'],
      [72, 'p', 'ty!!'],
      [76, 'l', 'np 😊 anything else?'],
      [95, 'p', 'nope'],
      [98, 'l', 'bye 👋'],
    ],
    exp: usual(),
  },
  {
    name: 'flawed in pieces: greeting "hello" / "how can i help" (no name), no question before the link, no completeness, no "anything else", chat ends on "k"',
    lines: [
      [0, 'p', 'where can i find the drivers manual for new jersey'],
      [30, 'l', 'hello'],
      [33, 'l', 'how can i help'],
      [50, 'p', 'i just asked lol. nj drivers manual'],
      [56, 'l', 'oh sorry'],
      [58, 'l', 'nj.gov/mvc/license/driversmanual.htm'],
      [90, 'p', 'thx'],
      [93, 'l', 'k'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'pickup in pieces: a one-word "ok" at 70 s is the pickup (late), then "hi, Ben here at Dayton Metro Library" (second message)',
    lines: [
      [0, 'p', 'do you have any job fairs coming up'],
      [70, 'l', 'ok', BEN],
      [74, 'l', 'hi, Ben here at Dayton Metro Library', BEN],
      [78, 'l', 'what kind of work are you looking for?', BEN],
      [110, 'p', 'warehouse or driving'],
      [116, 'l', 'The next one is the Spring Career Fair at Main Library, May 14 10-2, with several logistics employers: daytonmetrolibrary.org/events. Did that help?', BEN],
      [150, 'p', 'yes thanks'],
      [154, 'l', 'Anything else?', BEN],
      [170, 'p', 'no'],
      [173, 'l', 'Good luck!', BEN],
    ],
    over: { provider: { id: 'bokafor', name: 'Ben Okafor', library: 'DML' } },
    exp: usual({ pickup: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'completeness in two halves "Does that" / "answer your question?"',
    lines: [
      [0, 'p', 'when are overdue fines charged'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Do you mean for books or DVDs?"],
      [30, 'p', 'books'],
      [35, 'l', "We don't charge fines on books any more: samplelibrary.org/fines."],
      [38, 'l', 'Does that'],
      [40, 'l', 'answer your question?'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss (completeness): "Would a" / "scan of the chapter help?" asks about something not yet given: fails',
    lines: [
      [0, 'p', 'do you have the book "Gardening in Zone 5" by Hal Briggs'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Do you need the whole book or one part?"],
      [30, 'p', 'the chapter on roses'],
      [35, 'l', "It's in the catalog at catalog.samplelibrary.org, reference only at Main."],
      [38, 'l', 'Would a'],
      [40, 'l', 'scan of the chapter help?'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"anything else" in two halves "Can I help" / "with anything else today?"',
    lines: [
      [0, 'p', 'what is the phone number for the main library'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Main on 3rd St?"],
      [30, 'p', 'yes'],
      [35, 'l', 'It is 555-0100, and samplelibrary.org/contact lists every branch. Does that help?'],
      [50, 'p', 'yes'],
      [54, 'l', 'Can I help'],
      [56, 'l', 'with anything else today?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss (anything else): "Is there" / "a branch closer to you?" asks about the need, not for more: fails',
    lines: [
      [0, 'p', 'what time does the library close'],
      [15, 'l', "Hi! I'm Jo at Sample County Library."],
      [18, 'l', 'Main closes at 8 tonight: samplelibrary.org/hours. Does that help?'],
      [40, 'p', 'yes'],
      [44, 'l', 'Is there'],
      [46, 'l', 'a branch closer to you?'],
      [70, 'p', 'no main is fine'],
      [74, 'l', 'Great, bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'courteous in two halves at the very end: "Have a" / "good one!"',
    lines: [
      [0, 'p', 'is the library open on memorial day'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. All branches closed Monday: samplelibrary.org/hours. Does that help?"],
      [40, 'p', 'yes thats all'],
      [44, 'l', 'Have a'],
      [46, 'l', 'good one!'],
    ],
    exp: some({ courteous: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss (check-in): "still" / "here if you need anything more" says the provider is there, it does not ask whether the patron is: idle fails',
    lines: [
      [0, 'p', 'need the county tax assessor website'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Residential property?"],
      [30, 'p', 'yes'],
      [35, 'l', 'It is at assessor.samplecounty.gov. Does that help?'],
      [170, 'l', 'still'],
      [172, 'l', 'here if you need anything more'],
    ],
    over: { endAfter: 60 },
    // reading: "still" / "here if you need anything more" says the provider is there; it does not ask whether the patron is
    // there. Final idle 35 -> 232 (197 s).
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'near miss (split when): "I\'ll email you the scans" / "by the way we\'re closed tomorrow" gives no time for the scans: contact fails',
    lines: [
      [0, 'p', 'can i get scans of the 1940 plat map for ward 3'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. The whole ward or one block?"],
      [50, 'p', 'whole ward. email is dee.w@example.org'],
      [56, 'l', "Thanks, dee.w@example.org. It's in the map collection, catalog.samplelibrary.org has the record. I'll email you the scans"],
      [59, 'l', "by the way we're closed tomorrow"],
      [64, 'l', 'Does that help for now?'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'dee.w@example.org', phone: null } },
    // reading: "by the way …" is an aside about the opening days, not when the scans will come
    exp: some({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'split when: "someone from the Local History Room will call you" / "within 3 days", the phone given in the chat: contact passes',
    lines: [
      [0, 'p', 'who owned the mill on river st in 1900? my number is 555-0147 if easier'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Do you mean the grist mill by the bridge?"],
      [50, 'p', 'yes'],
      [56, 'l', "I can't find it online. I'll pass this to our Local History Room and someone will call you at 555-0147"],
      [59, 'l', 'within 3 days'],
      [64, 'l', 'Is that ok?'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '555-0147' } },
    exp: some({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss (way back in the next message): "there are other patrons waiting" / "so I\'m ending this chat now": no_dismissal fails',
    lines: [
      [0, 'p', 'i need help with my resume, and also the job board, and also typing classes'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Let's start with typing: in person or online?"],
      [50, 'p', 'online'],
      [56, 'l', 'Typing lessons are free in LinkedIn Learning: samplelibrary.org/elearning. Did that help?'],
      [80, 'p', 'yes, now the resume'],
      [86, 'l', 'there are other patrons waiting'],
      [89, 'l', "so I'm ending this chat now"],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss (courteous join): "Have a" / "look at the second link too" as the last two messages: courteous fails',
    lines: [
      [0, 'p', 'where can i read about the 1918 flu in our county'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Newspapers or histories?"],
      [30, 'p', 'newspapers'],
      [35, 'l', 'The Sample Gazette is digitized at gazette.samplelibrary.org, try October 1918. Does that help?'],
      [60, 'p', 'ok'],
      [64, 'l', 'Have a'],
      [66, 'l', 'look at the second link too'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss (enjoy): "Do you enjoy" / "mysteries or thrillers more?" as the last two messages is a question, no goodbye: courteous fails',
    lines: [
      [0, 'p', 'can you recommend an audiobook for a road trip'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Try The Thursday Murder Club on Libby (samplelibrary.overdrive.com)."],
      [40, 'p', 'hmm maybe'],
      [44, 'l', 'Do you enjoy'],
      [46, 'l', 'mysteries or thrillers more?'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Talk to you Friday!" as the last message says goodbye; "Can you talk to your manager Friday?" does not',
    lines: [
      [0, 'p', 'can i book the meeting room for my knitting group'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which day?"],
      [30, 'p', 'fridays'],
      [35, 'l', 'Book it at samplelibrary.org/rooms, Fridays are open. Does that help?'],
      [60, 'p', 'yes ill see u then'],
      [64, 'l', 'Talk to you Friday!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Can you talk to your manager Friday?" and "ok" as the last two messages: courteous fails',
    lines: [
      [0, 'p', 'my work wants me to use the library printers for work stuff, is that allowed'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Printing is 10 cents a page for anyone: samplelibrary.org/print. Does that help?"],
      [40, 'p', 'but can i bill my company'],
      [44, 'l', 'Can you talk to your manager Friday?'],
      [60, 'p', 'maybe'],
      [64, 'l', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // (left in v20, fixed in v23 by the anythingElse family: "anything else by this author you liked?" asks about taste)
    name: 'near miss: "Is there" / "anything else" said about the book ("Is there" / "anything else by this author you liked?") before the answer: fails',
    lines: [
      [0, 'p', 'can you recommend books like The Martian'],
      [15, 'l', "Hi! I'm Jo at Sample County Library."],
      [18, 'l', 'Is there'],
      [20, 'l', 'anything else by this author you liked?'],
      [40, 'p', 'havent read his others'],
      [46, 'l', 'Try "Project Hail Mary" by the same author, and "Seveneves" by Neal Stephenson; both in the catalog at catalog.samplelibrary.org. Do those sound good?'],
      [80, 'p', 'yes'],
      [84, 'l', 'Happy reading!'],
    ],
    // reading: a question about the patron's taste before the answer is a clarifying question, not an offer of more help
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged: telling a web resource's name from a party's is past one block.
    // LEFT: "Try the USGS Water Science School: www.usgs.gov/…" is read as a referral to a school (the website's name ends
    // in "School"); a website for the patron to use is a source (Terms), so referral.contact should be na. Not a fragment;
    // telling a resource's name from a party's in the referral families is past this round's time.
    name: 'LEFT (referral: a website named "… School") school library: greeting "👋" then "Hi! Mr. Alvarez here, Kennedy Middle School library" (within two messages), lower case student, "did that help" / "?"',
    lines: [
      [0, 'p', 'i need a website about the water cycle for science'],
      [14, 'l', '👋'],
      [17, 'l', 'Hi! Mr. Alvarez here, Kennedy Middle School library. Is this for a poster or a written report?'],
      [60, 'p', 'poster'],
      [66, 'l', 'Try the USGS Water Science School: www.usgs.gov/special-topics/water-science-school, it has a big water cycle diagram you can print.'],
      [72, 'l', 'did that help'],
      [74, 'l', '?'],
      [110, 'p', 'yes thank u'],
      [115, 'l', 'anything else for your project?'],
      [140, 'p', 'no'],
      [144, 'l', 'Good luck on the poster! 🌧️'],
    ],
    // reading: "did that help" / "?" is one question typed in two messages
    exp: usual(),
  },
];

describe('nineteenth round (T5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T5): fragmented and split messages, every check', whole);
describeSessions('nineteenth round (T5): fragments, short cases', short);

describeLeft('nineteenth-round-fragments', LEFT);
