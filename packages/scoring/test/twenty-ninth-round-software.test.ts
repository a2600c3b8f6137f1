/**
 * Twenty-ninth round, area (H4): WHAT CHAT SOFTWARE RECORDS. Transcripts as LibraryH3lp, LibChat/LibAnswers and
 * QuestionPoint export them: `system` events (patron joined, provider joined, queue position, patron left, transfer,
 * idle prompts, co-browse and file-transfer lines), `internal` staff notes, `pickedUpAt` recorded or not, `endedAt`
 * missing, identical timestamps, a message listed out of time order, several providers in one session (a transfer, a
 * colleague joining), screen names vs names in the text, canned messages with unfilled placeholders.
 *
 * PARAPHRASE SWEEP. What the software writes, and what people write around it:
 *  system lines: "You are number 4 in the queue.", "Welcome to Ask Us! A librarian will be with you shortly.",
 *   "Jo Smith has joined the chat", "Patron has left the session", "Co-browse session requested by librarian",
 *   "Maya sent a file: MLA_Works_Cited_Sample.pdf", "Are you still there? This chat will close automatically in 2 minutes."
 *   (an idle prompt the software sends), "Chat closed due to inactivity.", "Chat ended by system".
 *  internal notes: "Anyone know if the 50s Hagerstown directories are on microfiche?", "VA Code 40.1-28.10,
 *   law.lis.virginia.gov", "signing off now, thanks all, bye!", "FU: Allegany microfilm lookup…", "anything else for me?".
 *  macros: "Hello {PATRON_NAME}! Thank you for contacting Ask a Librarian at Sample County Library. My name is
 *   {OPERATOR_NAME}.", "Hi! My name is %AGENT_NAME%. How can I help you today?", "[MACRO: Closing] Thank you for using …".
 *  screen names: author "Kim - Towson Librarian" on "Hi there!" (the text names nobody).
 *  registers: formal academic, warm public library, terse veteran, student worker, Spanish, British, Australian,
 *   Indian English, chat-speak SMS.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a `system` "joined" event is not `pickedUpAt`: with no `pickedUpAt` recorded, pickup is the first visible provider
 *   message; a recorded `pickedUpAt` decides pickup even when the first visible message comes much later (and the wait
 *   after it is then keep_informed's);
 * - a software idle prompt ("Are you still there? This chat will close…", role system) is not the provider asking:
 *   the check-in and the disconnect notice fail without a provider message;
 * - an internal note or a system line never ends a wait on the provider, never gives a source, never says goodbye,
 *   never asks "anything else?";
 * - a transfer note written after the `transfer` event is not "before the transfer"; a visible message addressed to
 *   the colleague is not an internal note;
 * - an unfilled placeholder ({OPERATOR_NAME}, %AGENT_NAME%) is not a name: it identifies nobody, but the library or
 *   service named in the same macro does;
 * - a message listed out of time order is read at its time: pickup is the earliest visible provider message.
 * Written: 31 whole sessions (27 first, 4 more later), 72 short cases (written in six batches, each labelled before its
 * run; 4 say the fixes' behaviour in other words), 6 near misses in `guards`. Disagreements on first runs: 3 statuses.
 * session.disconnect_notice 1: my label (the "Hello? Anyone there?" case: the idle ran 190 s, past disconnectSeconds, so
 * the notice applied and failed; the session now ends 30 s after the check-in, as its name says); info.source 1 and
 * referral.contact 1: the scorer, both fixed in block H4. Everything else the software records (system joined / queue /
 * idle / ended / patron_left / co-browse / typing lines, internal notes, a recorded pickedUpAt, a missing endedAt,
 * identical and out-of-order times, transfers to a provider or a queue, a colleague joining, screen names, unfilled
 * placeholders, concurrency split at a transfer) the scorer already read as RUBRIC.md says.
 *  - `sentFileH4` (classify.ts `sentFileH4`, read first in `sourceNow`): a provider message that is the chat system's
 *    file-transfer line, a capitalised name then "sent / attached / shared / uploaded a file / document / attachment" and a
 *    document's file name (pdf, doc(x), ppt(x), xls(x), odt, rtf, epub): "Jo Smith sent a file: APA_7_Quick_Guide.pdf",
 *    "[File] Rosa Diaz has shared a document: Passport Checklist.docx", "Jo uploaded a file: Ancestry_Quick_Start.pdf"
 *    gives that named document (info.source passes) [near misses: "Jo Smith sent a file: screenshot.png" (an image), the
 *    patron's "Patron attached a file: syllabus.pdf", the same line as a system message, "Please attach the file:
 *    your_transcript.pdf, so I can see it." all still fail info.source];
 *  - `forYouAndH4` (classify.ts `forYouAndH4`, read in checks/referral.ts beside `otherSubjectU1`): a contact verb
 *    coordinated after a party's own act for the patron ("<party> can / will … for you and <verb>") is the party's:
 *    "Our Maryland Department can search it for you and e-mail what they find", "The Local History Room can pull the file
 *    for you and email whatever they find", "Our genealogy volunteers will look for you and call with what they turn up"
 *    (staff acting on the patron's behalf: no referral) [near misses: "You can ask the desk to hold it for you and call
 *    the Clerk of Court at …" (the patron the subject: a referral, the desk without contact: fails), "Copies can be made for
 *    you and then call the Register of Wills at 410-555-0199" (passive: a referral with its phone, passes)].
 * Left: 1 short case, "The Maryland Room can check the index for you and write back with the results." (still read as a
 * referral by another path; seen while writing the fix's other words, not traced in time).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, type Line, other, ROSA, type SessionCase, some, sys, usual, who, xferToRosa } from './helpers';

const PRIYA = who('Priya Nair', 'priya');
const KIM = who('Kim - Towson Librarian', 'jo');
const xferTo = (sec: number, name: string, id: string): Line => [sec, 's', `Chat transferred to ${name}`, sys('transfer', id)];

/** A short session up to the answer (greeting, a question, the patron's reply, a source with "Does that help?"). */
const BASE: Line[] = [
  [0, 'p', 'hi, can I borrow a laptop from the library?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Which branch do you use?"],
  [50, 'p', 'central'],
  [70, 'l', 'Central lends Chromebooks for 3 weeks; the form is at sample.org/laptops. Does that help?'],
];
/** The opening of the hold cases: the patron's reply, then Jo's hold at 60. */
const HOLD: Line[] = [
  [0, 'p', 'do you have the 1962 yearbook for Dundalk High?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Is it the senior yearbook?"],
  [50, 'p', 'yes'],
  [60, 'l', 'Let me check our local history holdings.'],
];
const OPENING: Line[] = [[0, 'p', 'hi, can I borrow a laptop from the library?']];

export const whole: SessionCase[] = [
  {
    name: 'LibraryH3lp: queue and joined system lines, a good session: all as usual',
    lines: [
      [0, 'p', 'hi, is there a way to get the NY Times online for free with my card?'],
      [1, 's', 'Patron joined the queue askusnow', sys('joined')],
      [2, 's', 'You are number 2 in line.'],
      [38, 's', 'askusnow-operator joined the chat', sys('joined')],
      [41, 'l', 'Hi, this is Sam at AskUsNow! Is it for reading at home or at a branch?'],
      [70, 'p', 'at home on my laptop'],
      [88, 'l', 'Your library gives you a free NYTimes.com pass: go to prattlibrary.org/research, pick New York Times, and make an account with your e-mail. Does that answer your question?'],
      [130, 'p', 'yes that worked, thats all i needed'],
      [138, 'l', 'Great! Thanks for using AskUsNow, have a good evening.'],
      [150, 's', 'Patron has left the session', sys('patron_left')],
    ],
    exp: usual(),
  },
  {
    // reading: a recorded pickedUpAt decides pickup; the 165 s after it before the first word is a wait on the provider
    name: 'LibChat: pickedUpAt recorded at 25 s, the first message typed at 190 s: pickup passes, keep_informed fails',
    lines: [
      [0, 'p', 'I need to find peer-reviewed articles on remote work and burnout for my psych class'],
      [190, 'l', "Hello, I'm Dr. Okafor, research librarian at Morgan State University Library. Is there a date range your professor requires?"],
      [230, 'p', 'last 5 years'],
      [250, 'l', 'PsycINFO (library.morgan.edu/databases, log in with your Morgan ID) lets you limit to peer-reviewed and 2020-2025. Try burnout AND "remote work". Is that what you were looking for?'],
      [300, 'p', 'yes thank you, that is everything'],
      [310, 'l', 'You are welcome. Best of luck with the paper, goodbye.'],
    ],
    over: { pickedUpAt: at(25) },
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'internal notes while searching do not end the wait: hold at 55 s, notes at 110 and 150, answer at 240: keep_informed fails',
    lines: [
      [0, 'p', 'Do you have city directories for Hagerstown from the 1950s?'],
      [20, 'l', 'Good afternoon, this is Lynn with Washington County Free Library. Which years exactly?'],
      [45, 'p', '1952 to 1955, looking for my grandfather'],
      [55, 'l', 'Let me check what we hold.'],
      [110, 'i', 'Anyone know if the 50s Hagerstown directories are on microfiche or in WHILBR?'],
      [150, 'i', 'WHILBR has 1950-1956 I think', who('Mark Tan', 'mark')],
      [240, 'l', 'We have the 1952-1955 directories in the Western Maryland Room, and some years are digitised at whilbr.org. Does that help?'],
      [280, 'p', 'yes perfect thank you'],
      [288, 'l', 'Happy hunting! Bye for now.'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail' }),
  },
  {
    name: 'transfer to ILL with the note and the notice; Jo has two other chats: transfer and concurrency pass',
    lines: [
      [0, 'p', 'hi im trying to get an article through interlibrary loan but my request got cancelled'],
      [2, 's', 'Patron joined', sys('joined')],
      [18, 'l', 'Hi! This is Jo from Ask Us, Sample University Library. Do you know why it was cancelled, was there a note?'],
      [50, 'p', 'it says "held locally" but i cant find it'],
      [62, 'l', "I'm going to transfer you to Rosa in Interlibrary Loan, she can see your request. One moment please."],
      [65, 'i', 'Rosa: pt ILL request cancelled as held locally, cant find the article, can you check her account?'],
      xferToRosa(68),
      [100, 'l', 'Hi, Rosa from Interlibrary Loan here. What is the article title?', ROSA],
      [130, 'p', '"Sleep and memory consolidation" 2019 in Neuron'],
      [150, 'l', 'We have Neuron online: search the title in the catalogue at library.sample.edu and use the Full Text link. Did that find it?', ROSA],
      [200, 'p', 'yes I see it now! thats all, thanks'],
      [206, 'l', 'Great, thanks for chatting, bye!', ROSA],
    ],
    ctx: { otherIntervals: [other('h4-a', 'jo', -100, 300), other('h4-b', 'jo', 0, 80)] },
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Spanish, LibChat transfer with a note but no word to the patron: transfer fails',
    lines: [
      [0, 'p', 'Hola, necesito ayuda para renovar mis libros'],
      [25, 'l', '¡Hola! Soy Ana de la Biblioteca del Condado de Montgomery. ¿Tiene su número de tarjeta a mano?'],
      [60, 'p', 'si, pero dice que tengo una multa'],
      [70, 'i', 'Rosa, la patrona tiene una multa y no puede renovar, ¿puedes ayudarla con la cuenta? (Spanish speaker)'],
      xferToRosa(74),
      [110, 'l', 'Hola, soy Rosa de Circulación. Veo que la multa es de $2; puede pagarla en montgomerycountymd.gov/library/pay y después renovar. ¿Le ayuda esto?', ROSA],
      [150, 'p', 'si gracias, es todo'],
      [158, 'l', '¡Gracias por usar el chat! Adiós.', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'formal: the note why is written after the transfer event: transfer fails; the clerk referred with a phone',
    lines: [
      [0, 'p', 'Good evening. I would like to know whether the Law Library can certify a copy of a court opinion.'],
      [30, 'l', 'Good evening, you have reached Ask a Librarian at the Maryland State Library; my name is Ruth. Which court issued the opinion?'],
      [70, 'p', 'The Court of Special Appeals, 2004.'],
      [80, 'l', 'That is one for our law library colleagues; I am transferring you to them now.'],
      xferTo(83, 'Priya Nair', 'priya'),
      [85, 'i', 'Priya, pt needs a certified copy of a 2004 COSA opinion, asking whether we certify'],
      [120, 'l', 'Good evening, Priya at the Thurgood Marshall State Law Library. We do not certify opinions; please call the Clerk of the Appellate Court at 410-260-1450 (mdcourts.gov/appellate) and they will issue a certified copy. Does that answer your question?', PRIYA],
      [170, 'p', 'Yes, thank you very much.'],
      [178, 'l', 'You are most welcome. Is there anything else I can help you with today?', PRIYA],
      [210, 'p', 'No, that is all.'],
      [215, 'l', 'Thank you for contacting us. Goodbye.', PRIYA],
    ],
    exp: usual({ transfer: 'fail', referral: 'pass' }),
  },
  {
    // reading: the screen name "Kim - Towson Librarian" is not in the text; "Hi there!" and the question identify nobody
    name: 'student worker, screen name only ("Hi there!" / "Which professor…?"): greeting fails',
    lines: [
      [0, 'p', 'where can i find the syllabus reserves for BIOL 201'],
      [30, 'l', 'Hi there!', KIM],
      [34, 'l', 'Which professor is teaching it?', KIM],
      [60, 'p', 'dr hadley'],
      [75, 'l', 'Course reserves are searchable by course or instructor at towson.edu/library/reserves; Hadley has two textbooks on 2-hour reserve at the circulation desk. Does that help?', KIM],
      [110, 'p', 'yes thanks'],
      [115, 'l', 'Anything else I can help with?', KIM],
      [140, 'p', 'nope'],
      [145, 'l', 'Bye, have a great day!', KIM],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'system welcome and queue lines, the librarian at 130 s: pickup fails',
    lines: [
      [0, 'p', 'How do I reserve a study room at the Central branch?'],
      [1, 's', 'Welcome to Ask Us! A librarian will be with you shortly.'],
      [2, 's', 'You are number 4 in the queue.'],
      [60, 's', 'You are number 1 in the queue.'],
      [130, 'l', 'Hi, thanks for waiting! Devon here, from Central Library. How many people and what day?'],
      [170, 'p', '4 people on saturday afternoon'],
      [185, 'l', 'You can book rooms up to 2 weeks ahead at sample.libcal.com/rooms; Saturday has slots from 1 to 5pm. Did that help?'],
      [220, 'p', 'yes booked it!! thanks so much'],
      [226, 'l', 'Wonderful, enjoy your study session! Bye!'],
    ],
    exp: usual({ pickup: 'fail', anything: 'fail' }),
  },
  {
    name: 'patron_left event after the answer; the librarian checks in at 260 s and closes at 420 s: both pass',
    lines: [
      [0, 'p', 'can i get a passport photo taken at the library'],
      [20, 'l', 'Hello! This is Jo, a librarian at Sample County Library. Which branch is closest to you?'],
      [50, 'p', 'Elm Street'],
      [70, 'l', 'Elm Street does passport photos for $15, Tuesday to Saturday 10-4; details are at sample.org/passports. Does that answer your question?'],
      [95, 's', 'Patron has left the session', sys('patron_left')],
      [260, 'l', 'Are you still there?'],
      [420, 'l', 'It looks like you have been disconnected, so I will end this chat now. Please come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // no endedAt: the session ends at its last message of any role (the system "ended" line at 500 s)
    name: 'terse veteran, endedAt missing, a system "ended" line at 500 s after "Are you still there?": disconnect fails',
    lines: [
      [0, 'p', 'what time does the Pikesville branch close today'],
      [15, 'l', 'Hi, Ask Us chat, Terry speaking. Pikesville closes at 8 tonight; hours for all branches are at bcpl.info/locations. Anything else I can help with?'],
      [200, 'l', 'Are you still there?'],
      [500, 's', 'Chat ended by system', sys('ended')],
    ],
    over: { endedAt: null },
    exp: usual({ clarify: 'fail', complete: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'identical timestamps: the macro greeting and the question in the same second, the patron\'s correction too',
    lines: [
      [0, 'p', 'Do you guys have the Chilton repair manuals online?'],
      [22, 'l', 'Hello and welcome to Ask Us 24/7! My name is Pat and I am a librarian.'],
      [22, 'l', 'What make, model and year is the car?'],
      [40, 'p', '2009 honda civic'],
      [40, 'p', 'sorry 2008'],
      [70, 'l', 'ChiltonLibrary has every Civic year: go to sample.org/databases, choose ChiltonLibrary and log in with your card. Does this completely answer your question?'],
      [100, 'p', 'yes, thats everything I needed'],
      [100, 'l', 'Thank you for using Ask Us 24/7. Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'export lists the greeting (25 s) after the patron\'s second line (30 s): read at its time, all as usual',
    lines: [
      [0, 'p', 'I want to learn Python, does the library have courses?'],
      [30, 'p', 'free ones preferably'],
      [25, 'l', 'Hi, Jo at Ask Us, Sample County Library! Are you a complete beginner?'],
      [60, 'p', 'yes total beginner'],
      [80, 'l', 'LinkedIn Learning is free with your card at sample.org/linkedin, and its "Python Essential Training" course starts from zero. Is that what you were looking for?'],
      [110, 'p', 'yes thank you, that is all'],
      [118, 'l', 'Thanks for chatting, good luck with Python!'],
    ],
    exp: usual(),
  },
  {
    name: 'a colleague joins (system joined, no transfer): transfer na, the rest as usual',
    lines: [
      [0, 'p', 'I need data on median household income by census tract for Baltimore City'],
      [20, 'l', 'Hello, this is Jo, a librarian with AskUsNow. Which year do you need?'],
      [50, 'p', '2022 if possible'],
      [60, 'l', 'Let me bring in our government documents specialist, who knows this well.'],
      [62, 's', 'Rosa Diaz joined the chat', sys('joined')],
      [90, 'l', 'Hi! Rosa here, government documents librarian. The 2022 ACS 5-year estimates are at data.census.gov: search "B19013 Baltimore city" and choose Tract. Does that help?', ROSA],
      [150, 'p', 'got it, thats all i needed, thanks to you both'],
      [155, 'l', 'Glad we could help, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'student worker, co-browse declined and a file sent (system lines): all as usual',
    lines: [
      [0, 'p', 'how do I format a hanging indent in google docs for my works cited'],
      [15, 'l', 'hey! Maya here, student assistant at the Campus Library help chat. is it MLA?'],
      [30, 'p', 'ya mla'],
      [45, 's', 'Co-browse session requested by librarian'],
      [50, 's', 'Co-browse session declined by patron'],
      [60, 'l', 'no worries! in Google Docs select your citations, then Format > Align & indent > Indentation options > Special indent > Hanging. our MLA guide has pics: guides.campus.edu/mla. did that work?'],
      [110, 'p', 'omg yes ty'],
      [112, 's', 'Maya sent a file: MLA_Works_Cited_Sample.pdf'],
      [120, 'l', 'yay! anything else?'],
      [140, 'p', 'nope thats it'],
      [145, 'l', 'ok, good luck with the paper! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English: the last visible word is "Okay.", then an internal "signing off, bye": courteous fails',
    lines: [
      [0, 'p', 'Hello, I am an international student. How do I get a library card as a non-resident?'],
      [25, 'l', 'Good afternoon. This is Ravi from the Ask a Librarian service of Montgomery College Libraries. Are you currently enrolled at Montgomery College?'],
      [70, 'p', 'Yes I am enrolled since this semester'],
      [90, 'l', 'Then your student ID is your library card; activate it at the circulation desk or online at montgomerycollege.edu/library/card. Does that answer your question?'],
      [150, 'p', 'Yes kindly thank you so much sir.'],
      [160, 'l', 'Okay.'],
      [165, 'i', 'signing off now, thanks all, bye!'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: a system "joined" event is not pickedUpAt; pickup is the first visible provider message (130 s)
    name: 'system "Jo Smith has joined the chat" at 20 s, first words at 130 s, no pickedUpAt: pickup fails',
    lines: [
      [0, 'p', 'Is the Sunday storytime at Towson still happening?'],
      [20, 's', 'Jo Smith has joined the chat', sys('joined')],
      [130, 'l', 'Hello, sorry for the wait! This is Jo at Baltimore County Public Library. Storytime at Towson is on Sundays at 2pm through May; the calendar is at bcpl.info/events.'],
      [160, 'p', 'perfect, thank you'],
      [165, 'l', 'Does that answer your question?'],
      [180, 'p', 'yes'],
      [185, 'l', 'Thanks for chatting, see you at storytime!'],
    ],
    exp: usual({ pickup: 'fail', clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'Lost Call: the patron left at 28 s (system), the librarian greets at 80 s, checks in, closes: information checks na',
    lines: [
      [0, 'p', 'what are the requirements for a real id in maryland'],
      [28, 's', 'Patron has left the session', sys('patron_left')],
      [80, 'l', 'Hi, this is Jo at Ask Us, thanks for waiting.'],
      [200, 'l', 'Are you still there?'],
      [320, 'l', "It looks like you've been disconnected, so I'll end this chat. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'follow-up with an internal FU note: e-mail repeated, "by Friday", done next day: follow-up checks pass',
    lines: [
      [0, 'p', 'I am looking for the obituary of my uncle, Harold Brenner, died in Cumberland in 1987'],
      [30, 'l', 'Hello, this is Jo with AskUsNow! Do you know the month he died?'],
      [70, 'p', 'March I think'],
      [85, 'l', 'Let me search the Cumberland Times-News index.'],
      [180, 'l', 'Still looking, the 1987 index is only on microfilm here.'],
      [240, 'l', 'The Times-News for March 1987 is not online, but Allegany County Library (alleganycountylibrary.info) has it on microfilm. I can ask them to look it up and e-mail you a scan. What e-mail should we use?'],
      [280, 'p', 'hbrenner.family@gmail.com'],
      [290, 'l', 'Thanks! So that is hbrenner.family@gmail.com. You will hear from us by Friday. Is there anything else I can help with?'],
      [320, 'p', 'no that is all, thank you so much'],
      [325, 'i', 'FU: Allegany microfilm lookup, Harold Brenner obit Mar 1987, email scan to patron'],
      [330, 'l', 'You are welcome, thanks for using AskUsNow! Goodbye.'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'hbrenner.family@gmail.com', phone: null }, followUps: [{ doneAt: at(80_000), by: 'jo', note: 'sent scan' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the software's idle prompt (role system) is not the provider asking; nor is its closing line a notice
    name: 'LibChat auto idle prompt and "Chat closed due to inactivity." (system): check-in and disconnect fail',
    lines: [
      [0, 'p', 'can I return a book to any branch?'],
      [20, 'l', 'Hi! I am Jo, a librarian at Sample County Library. Is it a Sample County book or from another system?'],
      [45, 'p', 'sample county'],
      [55, 'l', 'Yes, any of our 12 branches or book drops takes it; locations are at sample.org/locations. Does that help?'],
      [235, 's', 'Are you still there? This chat will close automatically in 2 minutes.', sys('idle')],
      [355, 's', 'Chat closed due to inactivity.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'transfer to Special Collections; Rosa has three other chats open: concurrency fails',
    lines: [
      [0, 'p', 'hi, do you have anything on the 1904 Baltimore fire, photos especially'],
      [15, 'l', 'Hello, Jo here at Ask Us, Sample County Library. Is it for a school project or personal research?'],
      [45, 'p', 'school project, 8th grade'],
      [55, 'l', 'Our special collections librarian knows the photo archives best, so I am transferring you to her now.'],
      [57, 'i', 'Rosa: 8th grader, 1904 fire photos for a school project, can you take this?'],
      xferToRosa(60),
      [95, 'l', 'Hi, Rosa here in Special Collections! The Maryland Center for History and Culture has fire photos online at mdhistory.org, and our guide at sample.org/guides/1904fire lists books. Does that help?', ROSA],
      [140, 'p', 'yes thats great thanks'],
      [150, 'l', 'Anything else I can help with?', ROSA],
      [175, 'p', 'no thats all'],
      [180, 'l', 'Good luck with the project, bye!', ROSA],
    ],
    ctx: { otherIntervals: [other('h4-r1', 'rosa', 0, 400), other('h4-r2', 'rosa', 30, 400), other('h4-r3', 'rosa', 50, 400)] },
    exp: usual({ transfer: 'pass', concurrency: 'fail' }),
  },
  {
    name: 'cooperative partner transfers to the college; Jo busy only after the transfer: concurrency passes',
    lines: [
      [0, 'p', 'Hi I go to Anne Arundel CC and I need help finding a nursing article on fall prevention'],
      [40, 'l', 'Hi, welcome to the 24/7 cooperative, I am Chris, a librarian at a partner library. Do you need it to be peer reviewed?'],
      [70, 'p', 'yes, and within 5 years'],
      [80, 'l', 'Since you are an AACC student, I am going to transfer you to an AACC librarian who can use your college databases with you. One moment.'],
      [82, 'i', 'AACC nursing student, fall prevention articles, peer reviewed, last 5 yrs: needs CINAHL via AACC login'],
      xferTo(85, 'Priya Nair', 'priya'),
      [120, 'l', 'Hello, this is Priya at AACC Truxal Library. In CINAHL (aacc.edu/library/databases) search "fall prevention" AND nursing, and tick Peer Reviewed and 2020-2025. Is that what you were looking for?', PRIYA],
      [170, 'p', 'Yes thank you so much!!'],
      [180, 'l', 'You are welcome, come back anytime!', PRIYA],
    ],
    ctx: { otherIntervals: [other('h4-j0', 'jo', -600, 0), other('h4-j1', 'jo', 100, 500), other('h4-j2', 'jo', 120, 500), other('h4-j3', 'jo', 150, 500)] },
    exp: usual({ transfer: 'pass', anything: 'fail' }),
  },
  {
    name: 'the only URL is in an internal note; the patron gets a figure: info.source fails',
    lines: [
      [0, 'p', 'where do i find my states minimum wage law text'],
      [20, 'l', 'hi, this is Jo at Ask Us. which state are you in?'],
      [40, 'p', 'virginia'],
      [50, 'l', 'one sec'],
      [90, 'i', 'VA Code 40.1-28.10, law.lis.virginia.gov'],
      [110, 'l', "Virginia's minimum wage is $12.41 an hour right now. Is that what you needed?"],
      [150, 'p', 'ok'],
      [160, 'l', 'bye!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail' }),
  },
  {
    name: 'macros with unfilled placeholders ({PATRON_NAME}, {OPERATOR_NAME}): the library named, greeting passes',
    lines: [
      [0, 'p', 'Do you have the new Percy Jackson book?'],
      [12, 'l', 'Hello {PATRON_NAME}! Thank you for contacting Ask a Librarian at Sample County Library. My name is {OPERATOR_NAME}. How may I help you today?'],
      [40, 'p', 'the chalice of the gods'],
      [55, 'l', 'We have 14 copies of The Chalice of the Gods and 32 holds; you can place a hold in the catalogue at sample.bibliocommons.com. Would you like the ebook too?'],
      [80, 'p', 'yes'],
      [95, 'l', 'The ebook is in Libby, also with a waitlist. Does this completely answer your question?'],
      [120, 'p', 'yes'],
      [125, 'l', '[MACRO: Closing] Thank you for using Ask a Librarian, {PATRON_NAME}! Please come back any time.'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'SMS chat-speak, the patron sends the last line: no final idle; no completeness, no goodbye',
    lines: [
      [0, 'p', 'r u open sat'],
      [30, 'l', 'hi, Ask Us here (Carroll County Public Library). which branch?'],
      [200, 'p', 'westminster'],
      [215, 'l', 'Westminster is open Sat 10-5. all hours: library.carr.org/hours'],
      [260, 'p', 'k thx'],
    ],
    over: { patron: { name: null, email: null, phone: '+14105550143' } },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'British, a visitor-joined line; Gemma has three other chats open: concurrency fails',
    lines: [
      [0, 'p', "Hello, I'm after a copy of the Highway Code for my theory test revision"],
      [1, 's', 'Visitor joined from sample.gov.uk/libraries', sys('joined')],
      [20, 'l', "Hiya, you're through to Libraries Direct, this is Gemma. Do you want a print copy or the e-book?"],
      [55, 'p', 'E-book would be brilliant'],
      [70, 'l', 'Lovely. The Highway Code is free on gov.uk/guidance/the-highway-code, and the theory test kit e-book is on BorrowBox at sample.gov.uk/borrowbox. Has that sorted it for you?'],
      [110, 'p', "Perfect, cheers, that's everything"],
      [118, 'l', 'Good luck with the test! Bye for now.'],
    ],
    ctx: { otherIntervals: [other('h4-g1', 'jo', -300, 400), other('h4-g2', 'jo', -100, 300), other('h4-g3', 'jo', 10, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Australian: hold, two internal notes, the answer 115 s after the hold: keep_informed passes',
    lines: [
      [0, 'p', "G'day, how do I get my kid's library card linked to mine?"],
      [20, 'l', 'Hi there, Bec from Ask a Librarian at the City of Sydney Library here. Is your child under 16?'],
      [40, 'p', "yep she's 9"],
      [50, 'l', 'No worries, let me check the form for you.'],
      [100, 'i', 'where is the junior membership form on the new site?'],
      [130, 'i', 'library.cityofsydney.nsw.gov.au/join, bottom of page', who('Tom Lee', 'tom')],
      [165, 'l', 'Kids under 16 join with a parent: the Junior Membership form is at library.cityofsydney.nsw.gov.au/join, then bring it to any branch with her. Does that answer your question?'],
      [200, 'p', "Ripper, thanks heaps, that's all"],
      [205, 'l', 'Cheers, have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron drops and rejoins (patron_left, joined), then says they are done: all as usual',
    lines: [
      [0, 'p', 'how do i get a book from another library system'],
      [18, 'l', 'Hi, Jo here with AskUsNow. Do you have the title?'],
      [40, 'p', 'yes The Warmth of Other Suns'],
      [55, 'l', 'You can request it through Interlibrary Loan at sample.org/ill with your card. Does that help?'],
      [70, 's', 'Patron has left the session', sys('patron_left')],
      [80, 's', 'Patron joined', sys('joined')],
      [90, 'p', 'sorry got disconnected, yes that helps! thats all i needed'],
      [95, 'l', 'No problem! Thanks for using AskUsNow, bye!'],
    ],
    exp: usual(),
  },
  {
    // a sloppy one: no greeting word, no clarifying question, a long silence after the patron's follow-up, ends without a word
    name: 'sloppy: screen name, no question, 3 min silence after the patron\'s second question, ends without a word',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [25, 'l', 'Federal forms are at irs.gov/forms, Maryland ones at marylandtaxes.gov.', KIM],
      [60, 'p', 'what about the paper ones at the library'],
      [250, 'l', 'branches have some 1040s', KIM],
      [280, 'p', 'ok'],
      [281, 's', 'Patron has left the session', sys('patron_left')],
    ],
    exp: usual({ greeting: 'fail', informed: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // the provider's colleague answers inside the chat; an internal "got it?" between; the patron leaves mid-answer
    name: 'patron leaves while the colleague answers; Jo checks in and closes with a notice, kind',
    lines: [
      [0, 'p', 'hello, where can I find the zoning map for my property in Howard County'],
      [20, 'l', 'Hello! This is Jo with AskUsNow. Do you know your property\'s tax account number?'],
      [55, 'p', 'no, just the address'],
      [65, 'l', 'Let me bring in my colleague Rosa, who does land records.'],
      [67, 's', 'Rosa Diaz joined the chat', sys('joined')],
      [70, 'i', 'Rosa, zoning map by address, Howard Co, can you jump in?'],
      [100, 'l', 'Hi, Rosa here. Howard County\'s zoning map is on the county GIS site, data.howardcountymd.gov, under "Zoning". Type the address in the search box. Does that help?', ROSA],
      [120, 's', 'Patron has left the session', sys('patron_left')],
      [260, 'l', 'Are you still with us?'],
      [400, 'l', 'It looks like you may have disconnected, so I will close this chat. Please come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'chat-speak patron, warm provider, a file sent by the provider (sentFileH4) as the only source',
    lines: [
      [0, 'p', 'hiii do u have a list of volunteer stuff for teens? need hrs for school'],
      [20, 'l', 'Hi there! This is Jo, the teen librarian at Sample County Library. How many hours do you need, and by when?'],
      [50, 'p', '20 by june'],
      [60, 'l', 'Jo Smith sent a file: Teen_Volunteer_Opportunities_2026.pdf'],
      [65, 'l', 'That list has library and county spots that sign off hours. The Teen Advisory Board alone gives about 10 by June. Did that help?'],
      [100, 'p', 'omg yes ty!!'],
      [105, 'l', 'Anything else I can help with?'],
      [120, 'p', 'nah im good'],
      [125, 'l', 'Have fun volunteering, bye!'],
    ],
    exp: usual(),
  },
  {
    // (forYouAndH4) the Maryland Department acts for the patron: no referral
    // a long session: holds every minute or two, internal notes between, a co-browse; a follow-up by the patron's library
    name: 'long genealogy chat, holds and internal notes, the patron\'s library to follow up by e-mail "within 72 hours"',
    lines: [
      [0, 'p', 'Hi there. I am researching my great-grandfather, Giuseppe Russo, who came to Baltimore around 1905.'],
      [1, 's', 'You are number 1 in the queue.'],
      [35, 'l', 'Good morning and welcome to AskUsNow! I am Helen, a librarian at Enoch Pratt Free Library. What do you know about him so far?'],
      [90, 'p', 'He worked at the docks, and I think he lived in Little Italy. I have his naturalization from 1912.'],
      [110, 'l', 'So you are looking for where he lived and worked between 1905 and 1912, is that right?'],
      [140, 'p', 'Yes exactly, and maybe a ship record'],
      [150, 'l', 'Let me look at what we have for that period.'],
      [200, 'i', 'anyone know if the Polk directories 1905-1912 are on the Pratt digital site?'],
      [230, 'i', 'yes, digital.prattlibrary.org, search "Polk"', who('Mark Tan', 'mark')],
      [255, 'l', 'Still looking; the city directories look promising.'],
      [330, 'l', 'The Baltimore city directories for 1905-1912 are scanned at digital.prattlibrary.org (search "Polk Baltimore"). They list residents by name with their street and job. Would you like me to show you where?'],
      [360, 'p', 'yes please'],
      [365, 's', 'Co-browse session started'],
      [420, 's', 'Co-browse session ended'],
      [425, 'l', 'There you go: 1908 has a Giuseppe Russo, laborer, at 212 Stiles St. Does that look like him?'],
      [470, 'p', 'That is him!! Stiles St is in Little Italy. What about the ship?'],
      [480, 'l', 'One moment, checking the passenger lists.'],
      [560, 'l', 'Ship lists for Baltimore 1905 are in Ancestry Library Edition, free at any Pratt branch, but the search there needs staff help. Our Maryland Department can search it for you and e-mail what they find. What e-mail should they use?'],
      [620, 'p', 'mrusso.genealogy@yahoo.com'],
      [630, 'l', 'Thank you, I have mrusso.genealogy@yahoo.com. The Maryland Department will e-mail you within 72 hours. Is there anything else I can help with today?'],
      [660, 'p', 'No, this was wonderful. Thank you so much Helen!'],
      [665, 'i', 'FU to MD Dept: Giuseppe Russo, ship arrival Baltimore c.1905, email pt'],
      [670, 'l', 'You are very welcome! Thank you for using AskUsNow, and good luck with your research.'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: null, email: 'mrusso.genealogy@yahoo.com', phone: null }, followUps: [{ doneAt: at(2 * 86_400), by: 'mddept', note: 'sent arrival record' }] },
    ctx: { now: Date.parse('2026-03-06T10:00:00-05:00') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- pickup: pickedUpAt, joined events, welcome lines ----------------------------------------------------------------
  { name: 'pickedUpAt at 30 s, first words at 55 s: pickup passes', lines: [...OPENING, [55, 'l', "Hello! I'm Jo, a librarian at Sample County Library."]], over: { pickedUpAt: at(30) }, exp: some({ pickup: 'pass' }) },
  { name: 'pickedUpAt at 90 s, first words at 95 s: pickup fails', lines: [...OPENING, [95, 'l', "Hello! I'm Jo, a librarian at Sample County Library."]], over: { pickedUpAt: at(90) }, exp: some({ pickup: 'fail' }) },
  { name: 'system "joined" at 15 s, first words at 75 s, no pickedUpAt: pickup fails', lines: [...OPENING, [15, 's', 'Jo Smith joined the chat', sys('joined')], [75, 'l', "Hello! I'm Jo, a librarian at Sample County Library."]], exp: some({ pickup: 'fail' }) },
  { name: 'system welcome line "Hi! A librarian will be right with you." at 1 s, first words at 70 s: pickup fails', lines: [...OPENING, [1, 's', 'Hi! A librarian will be right with you.'], [70, 'l', "Hello! I'm Jo, a librarian at Sample County Library."]], exp: some({ pickup: 'fail' }) },
  // ---- greeting: the first two visible provider messages ---------------------------------------------------------------
  { name: 'screen name only: "Hi!" then "Which branch?" (author "Dana - Librarian"): greeting fails', lines: [...OPENING, [20, 'l', 'Hi!', who('Dana - Librarian', 'jo')], [24, 'l', 'Which branch?', who('Dana - Librarian', 'jo')]], exp: some({ greeting: 'fail' }) },
  { name: '"Hi there!", an internal note, then "I\'m Dana, a librarian at Towson University.": greeting passes', lines: [...OPENING, [20, 'l', 'Hi there!'], [22, 'i', 'taking this one'], [25, 'l', "I'm Dana, a librarian at Towson University."]], exp: some({ greeting: 'pass' }) },
  { name: 'the name only in the third visible message: greeting fails', lines: [...OPENING, [20, 'l', 'Hi!'], [24, 'l', 'Which branch?'], [50, 'p', 'central'], [60, 'l', "I'm Dana, by the way, a librarian at Sample County Library."]], exp: some({ greeting: 'fail' }) },
  // reading: an unfilled placeholder is not a name, and nothing else identifies anyone
  { name: 'macro placeholder: "Hi! My name is %AGENT_NAME%. How can I help you today?": greeting fails', lines: [...OPENING, [20, 'l', 'Hi! My name is %AGENT_NAME%. How can I help you today?']], exp: some({ greeting: 'fail' }) },
  // ---- keep_informed: internal and system lines do not end a wait ------------------------------------------------------
  { name: 'hold at 60 s, internal note at 160 s, answer at 240 s: keep_informed fails', lines: [...HOLD, [160, 'i', 'does anyone know where the Dundalk yearbooks went?'], [240, 'l', 'We have it in the Dundalk branch local history room; sample.org/localhistory lists hours. Does that help?']], exp: some({ informed: 'fail' }) },
  { name: 'hold at 60 s, system "file sent" at 140 s, answer at 260 s: keep_informed fails', lines: [...HOLD, [140, 's', 'Jo Smith sent a file: yearbooks.pdf'], [260, 'l', 'We have it in the Dundalk branch local history room; sample.org/localhistory lists hours. Does that help?']], exp: some({ informed: 'fail' }) },
  { name: 'hold at 60 s, system co-browse line at 100 s, answer at 170 s: keep_informed passes', lines: [...HOLD, [100, 's', 'Co-browse session started'], [170, 'l', 'We have it in the Dundalk branch local history room; sample.org/localhistory lists hours. Does that help?']], exp: some({ informed: 'pass' }) },
  // ---- closing: internal lines say nothing to the patron ---------------------------------------------------------------
  { name: 'the last visible message an answer, then an internal "thanks, bye all": courteous fails', lines: [...BASE, [100, 'p', 'ok'], [110, 'l', 'The form needs your card number.'], [115, 'i', 'thanks, bye all, logging off']], exp: some({ courteous: 'fail' }) },
  { name: '"Thanks for chatting, bye!" then a system "ended" line: courteous passes', lines: [...BASE, [100, 'p', 'ok thanks'], [110, 'l', 'Thanks for chatting, bye!'], [115, 's', 'Librarian ended chat session', sys('ended')]], exp: some({ courteous: 'pass' }) },
  { name: 'an internal "anything else for this pt?" is not asking the patron: anything_else fails', lines: [...BASE, [100, 'p', 'yes thanks'], [105, 'i', 'anything else for this pt? she seems done'], [110, 'l', 'Thanks, bye!']], exp: some({ anything: 'fail' }) },
  { name: 'a URL only in an internal note: info.source fails', lines: [[0, 'p', 'how much is a replacement library card'], [20, 'l', 'Hi, Jo at Sample County Library. Is it an adult card?'], [40, 'p', 'yes'], [50, 'i', 'fees at sample.org/fees'], [60, 'l', 'A replacement adult card is $2. Is that what you needed?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'fail' }) },
  // ---- the final idle: software prompts vs the provider ----------------------------------------------------------------
  { name: 'a system idle prompt "Are you still there?" at 230 s only: check-in fails', lines: [...BASE, [230, 's', 'Are you still there?', sys('idle')]], over: { endAfter: 20 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: 'provider "Still there?" at 200 s, system patron_left, provider "You seem to have left, so I\'ll close the chat." at 300 s: both pass', lines: [...BASE, [200, 'l', 'Still there?'], [230, 's', 'Patron has left the session', sys('patron_left')], [300, 'l', "You seem to have left, so I'll close the chat."]], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'endedAt missing, "Are you still there?" at 200 s, system "ended" at 400 s: check-in passes, disconnect fails', lines: [...BASE, [200, 'l', 'Are you still there?'], [400, 's', 'Chat ended', sys('ended')]], over: { endedAt: null }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'canned "[Auto] It seems you have disconnected. This chat will now close." (provider) at 300 s: disconnect passes', lines: [...BASE, [200, 'l', 'Are you still there?'], [300, 'l', '[Auto] It seems you have disconnected. This chat will now close.']], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // ---- transfer --------------------------------------------------------------------------------------------------------
  { name: 'transfer: notice, note why, transfer event: passes', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "I'll transfer you to Rosa at Circulation, who can extend loans."], [112, 'i', 'pt wants a longer laptop loan for a class'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'transfer: the note after the transfer event: fails', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "I'll transfer you to Rosa at Circulation, who can extend loans."], xferToRosa(112), [115, 'i', 'pt wants a longer laptop loan for a class'], [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'fail' }) },
  { name: 'transfer: the "note" is a visible message to the colleague, no internal note: fails', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', 'Rosa, this patron needs a longer laptop loan for a class, transferring to you now.'], xferToRosa(112), [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'fail' }) },
  { name: 'a colleague joins (system joined) and answers, no transfer event: transfer na', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [105, 's', 'Rosa Diaz joined the chat', sys('joined')], [120, 'l', 'Hi, Rosa from Circulation: yes, ask at the desk for a semester loan.', ROSA]], exp: some({ transfer: 'na' }) },
  // ---- resolution code, concurrency ------------------------------------------------------------------------------------
  { name: 'Lost Call, but the patron sent two messages before leaving (system patron_left): code fails', lines: [[0, 'p', 'hello?'], [10, 'p', 'do you have passport forms'], [30, 's', 'Patron has left the session', sys('patron_left')], [80, 'l', 'Hi, Jo at Sample County Library here.']], over: { resolutionCode: 'Lost Call' }, exp: some({ code: 'fail' }) },
  { name: 'transfer at 115 s; Jo\'s three other chats start at 120 s: concurrency passes', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "I'll transfer you to Rosa at Circulation, who can extend loans."], [112, 'i', 'pt wants a longer laptop loan for a class'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], ctx: { otherIntervals: [other('h4-s1', 'jo', 120, 600), other('h4-s2', 'jo', 130, 600), other('h4-s3', 'jo', 140, 600)] }, exp: some({ concurrency: 'pass' }) },
  { name: 'three other chats of Jo, one ends exactly when this one starts: concurrency passes', lines: [...BASE, [100, 'p', 'thanks'], [105, 'l', 'Bye!']], ctx: { otherIntervals: [other('h4-e1', 'jo', -300, 0), other('h4-e2', 'jo', -100, 300), other('h4-e3', 'jo', 10, 500)] }, exp: some({ concurrency: 'pass' }) },
  // ---- (second batch) more ways people and macros say the moments the software records ----------------------------------
  { name: 'transfer notice "Connecting you with our business librarian now, one sec!": passes', lines: [...BASE, [100, 'p', 'can I use one for my small business?'], [110, 'l', 'Connecting you with our business librarian now, one sec!'], [112, 'i', 'pt asks about laptop loans for a small business'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'transfer notice "Handing you over to Rosa in Circ, she\'ll sort the loan out.": passes', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "Handing you over to Rosa in Circ, she'll sort the loan out."], [112, 'i', 'longer loan request, class use'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'Spanish transfer notice "Le paso con mi compañera Rosa, de Circulación.": passes', lines: [...BASE, [100, 'p', '¿puedo tenerla más tiempo?'], [110, 'l', 'Le paso con mi compañera Rosa, de Circulación, que puede ampliar el préstamo.'], [112, 'i', 'pt wants a longer laptop loan, Spanish'], xferToRosa(115), [140, 'l', 'Hola, soy Rosa.', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'only the receiving provider tells: "Jo transferred you to me" after the transfer: fails', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [105, 'i', 'pt wants a longer laptop loan for a class'], xferToRosa(108), [140, 'l', 'Hi, Rosa here, Jo transferred you to me. Yes, ask for a semester loan.', ROSA]], exp: some({ transfer: 'fail' }) },
  { name: 'note "xfer" only (no why), notice given: fails', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "I'll transfer you to Rosa at Circulation."], [112, 'i', 'xfer'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'fail' }) },
  { name: 'check-in "Hello? Anyone there?" at 200 s, session ends at 230 s: check-in passes', lines: [...BASE, [200, 'l', 'Hello? Anyone there?']], over: { endAfter: 30 }, exp: some({ idle: 'pass', disconnect: 'na' }) },
  { name: 'check-in "Just checking in, are you still connected?" at 200 s: passes', lines: [...BASE, [200, 'l', 'Just checking in, are you still connected?']], over: { endAfter: 30 }, exp: some({ idle: 'pass' }) },
  { name: 'check-in "¿Sigue ahí?" at 200 s: passes', lines: [...BASE, [200, 'l', '¿Sigue ahí?']], over: { endAfter: 30 }, exp: some({ idle: 'pass' }) },
  { name: 'notice "Since I haven\'t heard back, I\'m going to close out this chat." at 300 s: disconnect passes', lines: [...BASE, [200, 'l', 'Are you still there?'], [300, 'l', "Since I haven't heard back, I'm going to close out this chat."]], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice "I\'ll be ending our session as it seems you\'ve stepped away." at 300 s: disconnect passes', lines: [...BASE, [200, 'l', 'Still with me?'], [300, 'l', "I'll be ending our session as it seems you've stepped away."]], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'system idle events and the provider silent, a patron message never came: keep_informed unaffected (passes)', lines: [...BASE, [190, 's', 'Patron idle for 2 minutes', sys('idle')], [300, 's', 'Patron idle for 4 minutes', sys('idle')]], exp: some({ informed: 'pass' }) },
  { name: 'the patron asks again, only a system "file received" at 150 s, the answer at 260 s: keep_informed fails', lines: [...BASE, [100, 'p', 'here is a photo of the error'], [101, 's', 'Patron sent a file: error.png'], [150, 's', 'File received'], [260, 'l', 'That error means the form timed out; reload sample.org/laptops.']], exp: some({ informed: 'fail' }) },
  { name: 'greeting "Good morning, you\'re chatting with Priya from the reference desk.": passes', lines: [...OPENING, [20, 'l', "Good morning, you're chatting with Priya from the reference desk."]], exp: some({ greeting: 'pass' }) },
  { name: 'greeting "hey!" then "reference desk here, whatcha need?": passes', lines: [...OPENING, [20, 'l', 'hey!'], [22, 'l', 'reference desk here, whatcha need?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting only in an internal note ("Hi Jo here taking this") then "What do you need?": fails', lines: [...OPENING, [18, 'i', 'Hi, Jo here, taking this one'], [20, 'l', 'What do you need?'], [25, 'l', 'Which branch?']], exp: some({ greeting: 'fail' }) },
  // ---- (third batch) ------------------------------------------------------------------------------------------------
  { name: 'a provider file line "Jo Smith sent a file: APA_7_Quick_Guide.pdf" is a named guide: info.source passes', lines: [[0, 'p', 'how do i cite a website in apa'], [20, 'l', 'Hi, Jo at Sample County Library. Is it APA 7?'], [40, 'p', 'yes'], [50, 'l', 'Jo Smith sent a file: APA_7_Quick_Guide.pdf'], [55, 'l', 'Page 2 has websites. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'pass' }) },
  { name: 'greeting signed "Hi! How can I help? -Jo": the name in the text, passes', lines: [...OPENING, [20, 'l', 'Hi! How can I help? -Jo']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting "Hi, you\'ve reached AskUsNow!": passes', lines: [...OPENING, [20, 'l', "Hi, you've reached AskUsNow!"]], exp: some({ greeting: 'pass' }) },
  { name: 'macro hold "[Macro] Please hold while I look into this for you." at 60 s, then "Still searching, thanks for your patience" at 170 s, answer at 280 s: passes', lines: [[0, 'p', 'do you have the 1962 yearbook for Dundalk High?'], [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Is it the senior yearbook?"], [50, 'p', 'yes'], [60, 'l', '[Macro] Please hold while I look into this for you.'], [170, 'l', 'Still searching, thanks for your patience.'], [280, 'l', 'We have it in the Dundalk branch; sample.org/localhistory lists hours. Does that help?']], exp: some({ informed: 'pass' }) },
  { name: 'note "@rosa can u take? pt needs laptop loan extended for class" + notice: passes', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', 'Let me get you to someone in Circulation who can do that.'], [112, 'i', '@rosa can u take? pt needs laptop loan extended for class'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'the patron left during a hold; the provider answers at 200 s and closes at 420 s with a notice and check-in: both pass', lines: [...HOLD, [90, 's', 'Patron has left the session', sys('patron_left')], [150, 'l', 'We have it in the Dundalk branch; sample.org/localhistory lists hours. Does that help?'], [300, 'l', 'Are you still there?'], [420, 'l', 'You seem to have been disconnected, so I am closing this chat. Thanks for using Ask Us!']], exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }) },
  { name: 'co-browse invitation by the provider "I\'ve sent a co-browse invite, click Accept" then system lines, then steps: informed passes', lines: [...BASE, [100, 'p', 'the form wont submit'], [110, 'l', "I've sent you a co-browse invite, click Accept at the bottom of your screen."], [115, 's', 'Co-browse session started'], [200, 's', 'Co-browse session ended'], [215, 'l', 'The form works now. Anything else?'], [240, 'p', 'no thats all']], exp: some({ informed: 'pass', anything: 'pass' }) },
  { name: 'the patron sends three lines during a hold; the answer 110 s after the hold: passes', lines: [...HOLD, [80, 'p', 'its for my mom'], [100, 'p', 'she was class of 62'], [130, 'p', 'hello?'], [170, 'l', 'We have it in the Dundalk branch; sample.org/localhistory lists hours. Does that help?']], exp: some({ informed: 'pass' }) },
  { name: 'a system "ended" line between the goodbye and a late provider line: courteous reads the visible ones ("Thanks, bye!", "Sorry, one more: renew at sample.org/renew")', lines: [...BASE, [100, 'p', 'great thanks'], [105, 'l', 'Thanks, bye!'], [106, 's', 'Chat ended', sys('ended')], [110, 'l', 'Sorry, one more thing: you can renew it at sample.org/renew.']], exp: some({ courteous: 'pass' }) },
  { name: 'queue line "You are number 1 in the queue" after the librarian\'s first message (out of order): pickup by the message, passes', lines: [...OPENING, [30, 'l', "Hello! I'm Jo, a librarian at Sample County Library."], [20, 's', 'You are number 1 in the queue.']], exp: some({ pickup: 'pass' }) },
  { name: 'Lost Call with only system lines after the question (no provider message): pickup fails, greeting na', lines: [[0, 'p', 'do you have passport forms'], [30, 's', 'Patron has left the session', sys('patron_left')], [90, 's', 'Chat ended', sys('ended')]], over: { resolutionCode: 'Lost Call' }, exp: some({ pickup: 'fail', greeting: 'na', code: 'pass', courteous: 'na', dismissal: 'na', concurrency: 'na' }) },
  { name: 'provider joined (pickedUpAt 20 s), the patron already gone, nobody typed: pickup passes, greeting fails', lines: [[0, 'p', 'do you have passport forms'], [15, 's', 'Patron has left the session', sys('patron_left')], [20, 's', 'Jo Smith joined the chat', sys('joined')]], over: { resolutionCode: 'Lost Call', pickedUpAt: at(20) }, exp: some({ pickup: 'pass', greeting: 'fail' }) },
  // ---- (sentFileH4) the same behaviour in other words ------------------------------------------------------------------
  { name: '(sentFileH4) "[File] Rosa Diaz has shared a document: Passport Checklist.docx" (provider): info.source passes', lines: [[0, 'p', 'what do i bring for a passport appointment'], [20, 'l', 'Hello, Rosa at Sample County Library. Is it your first passport?', ROSA], [40, 'p', 'yes'], [50, 'l', '[File] Rosa Diaz has shared a document: Passport Checklist.docx', ROSA], [55, 'l', 'That lists everything for a first passport. Does that help?', ROSA], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!', ROSA]], exp: some({ source: 'pass' }) },
  { name: '(sentFileH4) "Jo uploaded a file: Ancestry_Quick_Start.pdf" (provider): info.source passes', lines: [[0, 'p', 'how do i start on ancestry library edition'], [20, 'l', 'Hi, Jo at Sample County Library. Have you used Ancestry before?'], [40, 'p', 'never'], [50, 'l', 'Jo uploaded a file: Ancestry_Quick_Start.pdf'], [55, 'l', 'Start with page 1. Is that what you needed?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'pass' }) },
  // ---- (fourth batch) --------------------------------------------------------------------------------------------------
  { name: 'only an internal "pt disconnected, closing" in a 5 min idle after "Are you still there?": disconnect fails', lines: [...BASE, [200, 'l', 'Are you still there?'], [350, 'i', 'pt disconnected, closing']], over: { endAfter: 20 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'goodbye, then a system "ended" line 10 min later: the idle ends at the goodbye, both na', lines: [...BASE, [100, 'p', 'ok'], [110, 'l', 'Thanks for chatting, bye!'], [700, 's', 'Chat ended', sys('ended')]], exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass' }) },
  { name: 'macro idle "[Idle] Are you still with us? If we don\'t hear from you in 2 minutes, this chat will be closed." then nothing for 3 min: both pass', lines: [...BASE, [200, 'l', "[Idle] Are you still with us? If we don't hear from you in 2 minutes, this chat will be closed as you may have been disconnected."]], over: { endAfter: 180 }, exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'transfer to a queue ("to": "askus-spanish") with the note and "Le voy a transferir a un colega que habla español": passes', lines: [...BASE, [100, 'p', 'perdón, ¿puedo hablar en español?'], [110, 'l', 'Claro, le voy a transferir a un colega que habla español. Un momento, por favor.'], [112, 'i', 'Spanish speaker, laptop loans, sending to the Spanish queue'], [115, 's', 'Chat transferred to queue askus-spanish', sys('transfer', 'askus-spanish')], [150, 'l', 'Hola, soy Rosa.', ROSA]], exp: some({ transfer: 'pass' }) },
  { name: 'Rosa joins, Jo leaves (system lines, no transfer event): transfer na, greeting still Jo\'s first two', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [105, 's', 'Rosa Diaz joined the chat', sys('joined')], [108, 's', 'Jo Smith left the chat'], [120, 'l', 'Hi, Rosa from Circulation: yes, ask at the desk for a semester loan. Anything else?', ROSA], [150, 'p', 'no thats it'], [155, 'l', 'Bye!', ROSA]], exp: some({ transfer: 'na', greeting: 'pass', anything: 'pass', courteous: 'pass' }) },
  { name: 'the welcome macro "Welcome to Ask Us 24/7! A librarian will be with you shortly." as the provider\'s first message at 2 s: pickup and greeting pass', lines: [...OPENING, [2, 'l', 'Welcome to Ask Us 24/7! A librarian will be with you shortly.'], [150, 'l', 'Which branch do you use?']], exp: some({ pickup: 'pass', greeting: 'pass' }) },
  { name: 'a provider typing line "Jo is typing..." (system) does not end a wait: 60 s hold to 190 s answer fails', lines: [...HOLD, [150, 's', 'Jo is typing...'], [190, 'l', 'We have it in the Dundalk branch; sample.org/localhistory lists hours. Does that help?']], exp: some({ informed: 'fail' }) },
  // ---- (fifth batch) --------------------------------------------------------------------------------------------------
  { name: '"This is Jo at AskUsNow, reading your question now." then "Which branch?": no greeting word, greeting fails', lines: [...OPENING, [20, 'l', 'This is Jo at AskUsNow, reading your question now.'], [30, 'l', 'Which branch do you use?']], exp: some({ greeting: 'fail' }) },
  { name: 'first visible "One moment please." then "Hi, Jo here at Ask Us!": greeting passes', lines: [...OPENING, [20, 'l', 'One moment please.'], [40, 'l', 'Hi, Jo here at Ask Us!']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting (not a hold) at 30 s, the answer at 200 s: the patron is waited on, keep_informed passes', lines: [...OPENING, [30, 'l', "Hello! I'm Jo, a librarian at Sample County Library."], [200, 'l', 'Central lends Chromebooks for 3 weeks; the form is at sample.org/laptops. Does that help?'], [230, 'p', 'yes thanks'], [235, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: 'the provider\'s last visible message a hold ("Let me check that."), the patron gone: no final idle, both na', lines: [...BASE, [100, 'p', 'can I keep it longer?'], [110, 'l', 'Let me check that.'], [130, 's', 'Patron has left the session', sys('patron_left')]], over: { endAfter: 400 }, exp: some({ idle: 'na', disconnect: 'na' }) },
  { name: 'the patron\'s reply has the same second as the check-in: the patron sent the last visible message, no final idle', lines: [...BASE, [200, 'l', 'Are you still there?'], [200, 'p', 'yes sorry! thanks, that is all']], over: { endAfter: 300 }, exp: some({ idle: 'na', disconnect: 'na' }) },
  // ---- (sixth batch) --------------------------------------------------------------------------------------------------
  { name: 'Rosa\'s three other chats all end before the transfer to her (at 115 s): concurrency passes', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "I'll transfer you to Rosa at Circulation, who can extend loans."], [112, 'i', 'pt wants a longer laptop loan for a class'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], ctx: { otherIntervals: [other('h4-q1', 'rosa', -100, 100), other('h4-q2', 'rosa', 0, 110), other('h4-q3', 'rosa', 20, 115)] }, exp: some({ concurrency: 'pass' }) },
  { name: 'Rosa has three other chats open after the transfer to her: concurrency fails', lines: [...BASE, [100, 'p', 'can I keep it longer for a class?'], [110, 'l', "I'll transfer you to Rosa at Circulation, who can extend loans."], [112, 'i', 'pt wants a longer laptop loan for a class'], xferToRosa(115), [140, 'l', 'Hi, Rosa here.', ROSA]], ctx: { otherIntervals: [other('h4-q4', 'rosa', -100, 300), other('h4-q5', 'rosa', 0, 300), other('h4-q6', 'rosa', 120, 300)] }, exp: some({ concurrency: 'fail' }) },
  { name: 'LibChat attachment with a link "Jo Smith attached a file: https://sample.org/files/laptop-agreement.pdf": info.source passes', lines: [[0, 'p', 'what do i sign to borrow a laptop'], [20, 'l', 'Hi, Jo at Sample County Library. Is it for the Central branch?'], [40, 'p', 'yes'], [50, 'l', 'Jo Smith attached a file: https://sample.org/files/laptop-agreement.pdf'], [55, 'l', 'That is the agreement. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'pass' }) },
  // ---- (forYouAndH4) the same behaviour in other words ------------------------------------------------------------------
  { name: '(forYouAndH4) "The Local History Room can pull the file for you and email whatever they find.": no referral', lines: [[0, 'p', 'I need a ship record for my great-grandfather, Baltimore 1905'], [20, 'l', 'Hello, Jo at Ask Us. Do you know the ship?'], [40, 'p', 'no, just the year'], [60, 'l', 'The Local History Room can pull the file for you and email whatever they find.'], [100, 'p', 'ok thanks'], [110, 'l', 'Bye!']], exp: some({ referral: 'na' }) },
  { name: '(forYouAndH4) "Our genealogy volunteers will look for you and call with what they turn up.": no referral', lines: [[0, 'p', 'I need a ship record for my great-grandfather, Baltimore 1905'], [20, 'l', 'Hello, Jo at Ask Us. Do you know the ship?'], [40, 'p', 'no, just the year'], [60, 'l', 'Our genealogy volunteers will look for you and call with what they turn up.'], [100, 'p', 'ok thanks'], [110, 'l', 'Bye!']], exp: some({ referral: 'na' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for `forYouAndH4`: the patron the subject; a passive clause (the imperative is the patron's)
  { name: 'near miss: "You can ask the desk to hold it for you and call the Clerk of Court at 410-555-0100" : a referral (the desk without contact), fails', lines: [[0, 'p', 'I need a ship record for my great-grandfather, Baltimore 1905'], [20, 'l', 'Hello, Jo at Ask Us. Do you know the ship?'], [40, 'p', 'no, just the year'], [60, 'l', 'You can ask the desk to hold it for you and call the Clerk of Court at 410-555-0100 about the fee.'], [100, 'p', 'ok thanks'], [110, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Copies can be made for you and then call the Register of Wills at 410-555-0199" : a referral with its phone, passes', lines: [[0, 'p', 'I need a ship record for my great-grandfather, Baltimore 1905'], [20, 'l', 'Hello, Jo at Ask Us. Do you know the ship?'], [40, 'p', 'no, just the year'], [60, 'l', 'Copies can be made for you and then call the Register of Wills at 410-555-0199 to certify them.'], [100, 'p', 'ok thanks'], [110, 'l', 'Bye!']], exp: some({ referral: 'pass' }) },
  // near misses for `sentFileH4`: an image, the patron's file, a system line, an instruction to attach
  { name: 'near miss: "Jo Smith sent a file: screenshot.png" (an image), no other source: info.source fails', lines: [[0, 'p', 'how do i renew my books'], [20, 'l', 'Hi, Jo at Sample County Library. Are you logged in?'], [40, 'p', 'yes'], [50, 'l', 'Jo Smith sent a file: screenshot.png'], [55, 'l', 'Click Renew next to each item, where the arrow points. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'fail' }) },
  { name: 'near miss: the patron\'s "Patron attached a file: syllabus.pdf", no source given: info.source fails', lines: [[0, 'p', 'which of these books does the library have'], [5, 'p', 'Patron attached a file: syllabus.pdf'], [20, 'l', 'Hi, Jo at Sample County Library. Is it the reading list on page 2?'], [40, 'p', 'yes'], [50, 'l', 'We have all three of them on the shelf right now. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'fail' }) },
  { name: 'near miss: a system line "Jo Smith sent a file: APA_7_Quick_Guide.pdf", no source given: info.source fails', lines: [[0, 'p', 'how do i cite a website in apa'], [20, 'l', 'Hi, Jo at Sample County Library. Is it APA 7?'], [40, 'p', 'yes'], [50, 's', 'Jo Smith sent a file: APA_7_Quick_Guide.pdf'], [55, 'l', 'Put the author, the date, the title and the address. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']], exp: some({ source: 'fail' }) },
  { name: 'near miss: "Please attach the file: your_transcript.pdf, so I can see it." : info.source fails', lines: [[0, 'p', 'can you check which credits transfer'], [20, 'l', 'Hi, Jo at Sample College Library. Which college are you coming from?'], [40, 'p', 'Sample CC'], [50, 'l', 'Please attach the file: your_transcript.pdf, so I can see it.'], [80, 'p', 'ok'], [90, 'l', 'Those all transfer as electives. Does that help?'], [110, 'p', 'yes thanks'], [115, 'l', 'Bye!']], exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "write back with" after "for you and" is read as a referral by another path than the coordinated verb that
  // forYouAndH4 reads (the Maryland Room acts for the patron: no referral); found at the end of the round, not traced.
  { name: '"The Maryland Room can check the index for you and write back with the results.": no referral', lines: [[0, 'p', 'I need a ship record for my great-grandfather, Baltimore 1905'], [20, 'l', 'Hello, Jo at Ask Us. Do you know the ship?'], [40, 'p', 'no, just the year'], [60, 'l', 'The Maryland Room can check the index for you and write back with the results.'], [100, 'p', 'ok thanks'], [110, 'l', 'Bye!']], exp: some({ referral: 'na' }) },
];

describe('twenty-ninth round (H4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (H4): what chat software records, every check', whole);
describeSessions('twenty-ninth round (H4): what chat software records, short cases', short);
describeSessions('twenty-ninth round (H4): what chat software records, near misses of the changes', guards);

describeLeft('twenty-ninth-round-software', LEFT);
