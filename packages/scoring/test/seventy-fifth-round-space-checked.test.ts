/**
 * Seventy-fifth round, theme SPACE EXPLORATION, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: astronauts for school reports (Mae Jemison for 3rd grade, the Artemis II crew, Latino
 * astronauts in Spanish, how astronauts use the toilet for a 6-year-old, what it takes to become one), NASA missions (the
 * Voyager golden record, a launch list for a classroom calendar, an Apollo homeschool unit, a lunar sample loan for a 5th
 * grade class, a box of Goddard/Apollo papers), watching a rocket launch (Wallops from Pocomoke and from a Canton rooftop,
 * Cape Canaveral in Spanish), space camp and scholarships (ages, financial aid), the Moon landing (the step-off time for
 * trivia, the Sun's front page of July 21 1969, a "faked" uncle, the time in Mexico City in Spanish, Apollo photos in
 * Spanish, an anniversary program), satellites overhead (a Starlink train, the ISS over Salisbury and Hagerstown, a
 * telescope kit) and meteorite claims (a magnetic backyard rock, a field find near Denton, a 1950s fall near Easton, a
 * meteorite for sale). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/s72/space-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup with "Good morning! You've reached Ask a Librarian — I'm Priya with …" (01); pickup at exactly
 *   60 s (02: pass) and at 61 s (03: fail); `pickedUpAt` at 55 s with the first visible line at 95 s (04: pass by the
 *   recorded pickup); "This is Hollis at Cecil County Public Library." with no hello anywhere in the first two lines (05:
 *   fail); a hold, then a question, and "Sorry — hi! I'm Kira …" only as the third provider line (30: fail); Spanish
 *   "¡Hola, buenas tardes! Soy Lucía, bibliotecaria …" (09), "¡Hola! Le saluda Valeria, bibliotecaria …" (13), "¡Hola,
 *   bienvenido! Le atiende Marisol, de las Bibliotecas …" (28); chat-speak "hi hi! Abel from … here 🚀" (19); a queue
 *   line and no provider ever (17);
 *  inquiry: books or websites, in person or livestream, ladder or touchdown, how the lights moved, grade and source rules,
 *   one astronaut or the crew, a streak test, the child's age, the travel dates (in Spanish, inside the greeting line),
 *   which camp, public-school teacher, English or Spanish report, the grandson's age, the kids' ages, high school, the
 *   edition restated as a question, which library system, NASA only or all launches, year and family name, donate or sell,
 *   speed and direction, phone or long read, magnet and crust, step-off or touchdown in Spanish, branch, a view to the
 *   southeast; a source straight after the greeting with no question (14: fail);
 *  waits: a hold, a partial-result hold ("Found the mission page: … Still looking … hang on.") and the next line exactly
 *   120 s later (06: pass); "Give me a minute and I'll find a good checklist" answered 121 s later (07: fail); the patron's
 *   "hello?? still there" during a wait, the reply 125 s after the first patron line (08: fail); "Claro, tómese su
 *   tiempo." and the patron back 200 s later (09: waiting on the patron, pass); a transfer notice answered 64 s later by
 *   the receiver (10); a hold while the science librarian is asked (25);
 *  endings: a true Lost Call in Spanish, "¿Sigue ahí? 🙂" and a notice that invites back (13: final idle 225 s, both
 *   pass); an answer sent into silence, a check-in and a notice with thanks, coded Lost Call (14: 260 s); a check-in and
 *   the session ending 186 s after the answer with no notice, Lost Call after three patron lines (15: disconnect and
 *   courteous fail); an answer after a hold and a goodbye 125 s later (29: idle fails, disconnect na); an offer of more,
 *   "¿Sigue conectado?" and a notice-goodbye exactly 180 s after the answer (28: both pass); the patron's "nope thats
 *   everything, bye" as the last line (27: courteous fails); "OK, I'll close this chat now." as the last line (30:
 *   courteous fails); "I've spent all the time I can on this one, so I'm closing the chat now. Thanks for using Ask Us."
 *   then "wow. rude" (18: dismissal fails, courteous passes on the thanks); "there are several people in line behind me
 *   right now … please start a new chat anytime" (19: allowed); goodbyes "thanks for chatting with us!", "Enjoy the launch,
 *   bye!", "Clear skies and goodbye.", "Good luck at the fair! Bye for now.", "Good luck with the application, take care!",
 *   "¡Que le vaya muy bien con el reporte! Hasta luego.", "Take care, and thank you for reaching out.", "Yay! Thanks for
 *   stopping by, and happy sky-watching."; patron-side "thats everything", "no more questions", "thats all i need",
 *   "eso sería todo", "That is all", "that is everything", "thats all i wanted to know", "thats all i needed", and "ok ya
 *   thats good, ty", "sure thx", "yes this is great" that do not count;
 *  sources: a picture book and nasa.gov pages, World Book Online "under Research on aacpl.net", findstarlink.com and
 *   skyandtelescope.org, voyager.jpl.nasa.gov and a book in the catalog, Britannica School, a WUSTL checklist,
 *   spacecamp.com, nextspaceflight.com and kennedyspacecenter.com, curator.jsc.nasa.gov, a bilingual book and Kids
 *   InfoBits, spotthestation.nasa.gov with the steps to pick a town, spaceplace.nasa.gov, books in the catalog at
 *   dorchesterlibrary.org, intern.nasa.gov, ProQuest Historical Newspapers, the catalog at hclibrary.org, the Meteoritical
 *   Bulletin Database, history.nasa.gov, marylandnature.org, webbtelescope.org, a library events page; none (26: facts and
 *   "the NASA app on your phone" only, fail);
 *  referrals: the Wallops Visitor Center by phone (02), the ASU meteorite centre by e-mail (07), the Kennedy visitor complex
 *   by phone in Spanish (09), the Natural History Society of Maryland by postal address (27): pass; the NASA History Office
 *   through a contact page and "a local auction house" with no way (24: fail); not referrals: a transfer (10, 11, 12), the
 *   patron's branch asked to call (21), the science librarian asked on the patron's behalf (25), an agency's pages to use
 *   (04, 11, 14);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 50 h (20: pass); FU_LIB, phone typed with spaces
 *   and read back with dashes, "by Wednesday", done at 75 h (21: on_time fails); "I'll … e-mail it to you tonight" coded
 *   Answered, e-mail typed (22: code fails, contact passes, on_time pending at day 1); FU_ME with the e-mail only in the
 *   patron fields ("Same email I signed in with is fine"), not recorded at day 4 (23: code passes, contact and on_time
 *   fail);
 *  codes: a true Lost Call twice (13, 14); Lost Call after three patron lines (15); Practice (16); null with no provider
 *   (17); an empty string (25);
 *  transfers: a visible notice (a hold) and an internal note that says why, both before (10: pass); a notice before and the
 *   note after the transfer (11: fail); a note and a silent transfer to a Spanish-speaking colleague (12: fail);
 *  concurrency: three others open through the session, four at once (27: fail); one ending exactly at the start, two
 *   overlapping (three at once), one starting exactly at `endedAt` (28: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt` is the pickup when the source records it (Terms: "or `pickedUpAt` when the source system records it"):
 *   55 s, though the first visible line came at 95 s (04: pass);
 * - "This is Hollis at Cecil County Public Library." identifies but greets no one (no hello, hi, good …, welcome or thanks
 *   for contacting), and neither does the next line (05: fail); Spanish greetings and identifications count as the English
 *   ones; "hi hi!" greets (19);
 * - "Found the mission page: the crew is … Still looking for a single page with all four bios — hang on." gives a partial
 *   result and says the search goes on: a hold (06), so the next span is 150 -> 270 = exactly 120 s;
 * - "Claro, tómese su tiempo." tells the patron to take their time: not a hold (09);
 * - "Did that settle it?", "Does that give you a place to start?", "Does that look like what he would enjoy?", "Does that
 *   match what you saw?", "Is that the kind of proof you were after?", "¿Le sirve esto para el reporte?" ask whether what
 *   was given meets the need (03, 07, 15, 25, 26, 12);
 * - "Is the front page all you need, or would the inside coverage help too?" asks about a scan not yet sent (20), and
 *   "¿Quiere que le busque también el video de la transmisión?" offers more (28): neither is the completeness question;
 * - the answer of 14, sent after the patron's only line and never read, is a visible message other than a greeting,
 *   check-in, goodbye, hold or notice: a substantive exchange (Terms), so the information checks apply; the patron sent
 *   one message, so Lost Call is right (14: code pass);
 * - "I've spent all the time I can on this one, so I'm closing the chat now." tells the patron their time is up and ends
 *   the help for the provider's convenience with no way back; its "Thanks for using Ask Us." is still a thanks among the
 *   last two lines (18: dismissal fails, courteous passes);
 * - "it's worth asking a local auction house that handles space memorabilia" tells the patron to ask an organisation
 *   outside the chat, with no way to reach it (24: one of two parties without contact, fail);
 * - "I'll ask the Elkridge branch to check and call you. … Someone from Elkridge will call you by Wednesday." is a promise
 *   that the patron's library will contact them (a follow-up session) and staff consulted on the patron's behalf, not a
 *   referral (21); "let me check with our science librarian" likewise (25);
 * - "the NASA app on your phone" names an app with no way to reach it: not a source (26: source fails);
 * - an e-mail known only from `patron.email` (the patron writes "Same email I signed in with is fine") makes a contact
 *   known for resolution.code but is never given or repeated in the chat, so followup.contact fails (23);
 * - "nope thats everything, bye" (27), "No, that is all" (23), "no, eso sería todo" (09) say explicitly the patron is done;
 * - "Good luck with the application, take care!" (10) and "¡Que le vaya muy bien …! Hasta luego." (12) are goodbyes;
 * - "OK, I'll close this chat now." only announces the end: not a goodbye (30);
 * - a transfer note sent after the `transfer` event is not "before the transfer" (11: fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6 (01, 09, 13, 18, 20, 27). Label corrections: none (each disagreement reread
 * against RUBRIC.md; every label stood).
 * Final: 24 running, 6 LEFT (LEFT_WHY gives each reason): "Does that give him what he needs to get going?" not heard as
 * the completeness question (01); a Spanish referral by phone, "pueden comunicarse por teléfono con la taquilla del …,
 * 855-…" (09), and "take it to them at 6908 Belair Road, …" (27) not read as referrals; "¿Sigue ahí? 🙂" taken for an
 * answer, so a true Lost Call gets the information checks (13); "I've spent all the time I can on this one, so I'm closing
 * the chat now." not read as a dismissal (18); "Is the front page all you need, or would the inside coverage help too?",
 * about a scan not yet sent, read as the completeness question (20).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at exactly 120 and at 121 s,
 * across a partial-result hold, a second patron line, "tómese su tiempo", a notice-transfer and a silent transfer; final
 * idles of 125 (measured from the answer, not the hold), 180, 186, 225 and 260 s; concurrency at four and at three with
 * touching ends; on_time done at 50 h and 75 h, not recorded at day 4, pending at day 1) scored as labelled on the first run.
 * The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (24 through describeSessions, 6 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG5, AG15, AG2): cases 09 ("pueden comunicarse por teléfono con la taquilla …"), 13 ("¿Sigue ahí? 🙂") and 18
 *   ("I've spent all the time I can on this one, so I'm closing the chat now.") run, 3 LEFT (01, 20, 27).
 * ON v68 (block AH1, AH4): cases 01 ("Does that give him what he needs to get going?") and 27 ("take it to them at 6908 Belair
 *   Road") run; 20 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n = 1): Line => [sec, 's', `Please wait, a librarian will be with you shortly. Position in line: ${n}.`];

const PRIYA: Prov = { id: 'priya-spc', name: 'Priya', library: 'BCPL' };
const OWEN: Prov = { id: 'owen-spc', name: 'Owen', library: 'WOCL' };
const FAYE: Prov = { id: 'faye-spc', name: 'Faye', library: 'AACPL' };
const GIDEON: Prov = { id: 'gideon-spc', name: 'Gideon', library: 'HCLS' };
const HOLLIS: Prov = { id: 'hollis-spc', name: 'Hollis', library: 'CCPL-CE' };
const IMANI: Prov = { id: 'imani-spc', name: 'Imani', library: 'EPFL' };
const JUNO: Prov = { id: 'juno-spc', name: 'Juno', library: 'CCPL-CA' };
const KEZIAH: Prov = { id: 'keziah-spc', name: 'Keziah', library: 'HCPL-MD' };
const LUCIA: Prov = { id: 'lucia-spc', name: 'Lucía', library: 'AUN' };
const MARGO: Prov = { id: 'margo-spc', name: 'Margo', library: 'MCPL' };
const DEV: Prov = { id: 'dev-spc', name: 'Dev', library: 'MCPL' };
const NOOR: Prov = { id: 'noor-spc', name: 'Noor', library: 'FCPL-MD' };
const QUINN: Prov = { id: 'quinn-spc', name: 'Quinn', library: 'FCPL-MD' };
const ORSON: Prov = { id: 'orson-spc', name: 'Orson', library: 'SCL-MD' };
const ROCIO: Prov = { id: 'rocio-spc', name: 'Rocío', library: 'AUN' };
const VALERIA: Prov = { id: 'valeria-spc', name: 'Valeria', library: 'AUN' };
const EZRA: Prov = { id: 'ezra-spc', name: 'Ezra', library: 'WIPL' };
const YUSUF: Prov = { id: 'yusuf-spc', name: 'Yusuf', library: 'KCPL-MD' };
const CADET: Prov = { id: 'cadet-spc', name: 'Training Seat 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-spc', name: 'Queue', library: 'VRQ' };
const ZARA: Prov = { id: 'zara-spc', name: 'Zara', library: 'DCPL-MD' };
const ABEL: Prov = { id: 'abel-spc', name: 'Abel', library: 'CCPL-CH' };
const BEATRIX: Prov = { id: 'beatrix-spc', name: 'Beatrix', library: 'CALV' };
const CASPIAN: Prov = { id: 'caspian-spc', name: 'Caspian', library: 'AUN' };
const DELPHINE: Prov = { id: 'delphine-spc', name: 'Delphine', library: 'QACL' };
const ELIAS: Prov = { id: 'elias-spc', name: 'Elias', library: 'TCFL' };
const FENNA: Prov = { id: 'fenna-spc', name: 'Fenna', library: 'PGCMLS' };
const GRETA: Prov = { id: 'greta-spc', name: 'Greta', library: 'WCFL' };
const HUGO: Prov = { id: 'hugo-spc', name: 'Hugo', library: 'ACLS' };
const IRIS: Prov = { id: 'iris-spc', name: 'Iris', library: 'CAPL' };
const MARISOL: Prov = { id: 'marisol-spc', name: 'Marisol', library: 'MCPL' };
const JASPER: Prov = { id: 'jasper-spc', name: 'Jasper', library: 'SMCL' };
const KIRA: Prov = { id: 'kira-spc', name: 'Kira', library: 'EPFL' };

const s = session;

export const SPACE: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Mae Jemison for a 3rd grade report: books or websites asked, a picture book + nasa.gov bio, "thats everything"', [
    [0, 'p', 'hi my son has to do a report on an astronaut for 3rd grade, he picked mae jemison. where do we start?'],
    [18, 'l', "Good morning! You've reached Ask a Librarian — I'm Priya with Baltimore County Public Library."],
    [25, 'l', 'Does his teacher want books only, or are websites okay too?'],
    [70, 'p', 'books and 1 website'],
    [78, 'l', "Mae Among the Stars by Roda Ahmed is a picture book about her that most of our branches have; search her name in our catalog at bcpl.info to place a hold. For the website, NASA's biography of her is at nasa.gov/people/mae-c-jemison and is easy to read together."],
    [84, 'l', 'Does that give him what he needs to get going?'],
    [120, 'p', 'yes!! thats everything, thank you so much'],
    [126, 'l', 'Wonderful. Good luck to him on the report, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup exactly 60 s; a referral by phone
  s(OWEN, '02 next Wallops launch with the kids: pickup at exactly 60 s, the launch schedule page, the visitor center "call them at 757-…"', [
    [0, 'p', 'when is the next rocket launch from wallops and where can we watch it from'],
    [60, 'l', 'Hi there, this is Owen at Worcester County Library, thanks for waiting!'],
    [66, 'l', 'Are you hoping to see it in person, or would a livestream work?'],
    [100, 'p', 'in person w/ my kids, we live in pocomoke'],
    [108, 'l', "Wallops posts its launches at nasa.gov/wallops/launch-schedule; check it again the week of, since dates slip a lot. The NASA Wallops Visitor Center on Route 175 opens its grounds for some launches, so you can call them at 757-824-2298 to ask whether they'll be open that day."],
    [114, 'l', 'Is that the info you were after?'],
    [150, 'p', 'yes thank u'],
    [155, 'l', 'Anything else I can look up?'],
    [170, 'p', 'no were good'],
    [174, 'l', 'Enjoy the launch, bye!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup 61 s
  s(FAYE, '03 Armstrong\'s step-off time for trivia night: pickup at 61 s, ladder or touchdown asked, World Book Online under Research on aacpl.net', [
    [0, 'p', 'quick q for trivia nite: what time did armstrong actually step on the moon?? eastern time'],
    [61, 'l', 'Hello! Faye here from Anne Arundel County Public Library, sorry about the wait.'],
    [66, 'l', 'Do you need the time he stepped off the ladder, or when the lander touched down? They are about six and a half hours apart.'],
    [95, 'p', 'the step off'],
    [104, 'l', '10:56 p.m. Eastern on July 20, 1969. The Apollo 11 article in World Book Online gives both times; it is free with your card under Research on aacpl.net.'],
    [110, 'l', 'Did that settle it?'],
    [140, 'p', 'yep ty!!! 🌕'],
    [146, 'l', 'Anything else for trivia night?'],
    [170, 'p', 'nah'],
    [175, 'l', 'Good luck tonight, thanks for using Ask a Librarian!'],
  ], usual({ pickup: 'fail' })),

  // 04 pickedUpAt recorded at 55 s, first visible line at 95 s
  s(GIDEON, '04 a train of lights in the sky (Starlink): pickedUpAt 55 s, first line at 95 s, findstarlink.com + skyandtelescope.org, "no more questions"', [
    [0, 'p', 'saw a line of like 20 lights moving in a row across the sky last night around 9?? what was that. kinda freaked out'],
    [95, 'l', "Hi! I'm Gideon, a librarian at Howard County Library System. Sorry for the delay getting to your message."],
    [100, 'l', 'Were the lights evenly spaced and all moving the same direction, in a straight line?'],
    [130, 'p', 'yes exactly like a train'],
    [138, 'l', "That sounds like a Starlink satellite train: a batch of newly launched SpaceX satellites that haven't spread apart yet. Upcoming passes over Columbia are at findstarlink.com, and Sky & Telescope explains the sight at skyandtelescope.org (search 'Starlink train')."],
    [144, 'l', 'Does that explain what you saw?'],
    [180, 'p', 'omg yes thats it. ok no more questions lol'],
    [186, 'l', 'Ha, glad it was nothing scary! Clear skies and goodbye.'],
  ], usual(), { pickedUpAt: at(55) }),

  // 05 identified, never greeted
  s(HOLLIS, '05 Voyager golden record poster: "This is Hollis at Cecil County Public Library." and no hello, Murmurs of Earth + voyager.jpl.nasa.gov', [
    [0, 'p', 'need info on the voyager golden record for a science fair poster'],
    [20, 'l', 'This is Hollis at Cecil County Public Library.'],
    [26, 'l', 'What grade is the poster for, and does it need printed sources?'],
    [60, 'p', '7th grade. at least 2 sources, one has to be a book'],
    [70, 'l', "For the book, Murmurs of Earth by Carl Sagan and others is about the record itself; our catalog shows a copy at the Elkton branch. For the web, NASA JPL's Voyager site has a page on the record with its sounds and pictures: voyager.jpl.nasa.gov/golden-record."],
    [76, 'l', 'Will those two work for the poster?'],
    [110, 'p', 'yes perfect'],
    [115, 'l', 'Anything else you need for it?'],
    [135, 'p', 'no'],
    [140, 'l', 'Good luck at the fair! Bye for now.'],
  ], usual({ greeting: 'fail' })),

  // 06 holds: a partial-result hold and a span of exactly 120 s
  s(IMANI, '06 Artemis II crew bios: hold at 56, partial-result hold at 150, nasa.gov + Britannica School at 270 (exactly 120 s)', [
    [0, 'p', 'who are the astronauts on artemis 2? doing a report and need their bios'],
    [15, 'l', "Hi, you're chatting with Imani at Enoch Pratt Free Library."],
    [21, 'l', 'Is the report on the whole crew, or one astronaut in particular?'],
    [50, 'p', 'the whole crew, 4 of them right?'],
    [56, 'l', "Yes, four. Give me a moment to pull up NASA's crew pages."],
    [150, 'l', 'Found the mission page: the crew is Reid Wiseman, Victor Glover, Christina Koch and Jeremy Hansen of the Canadian Space Agency. Still looking for one page with all four bios — hang on.'],
    [270, 'l', 'Here it is: nasa.gov/artemis-ii-crew has a short bio of each, and Britannica School (in the online resources at prattlibrary.org) has longer articles on Koch and Glover.'],
    [276, 'l', 'Does that cover what your report needs?'],
    [320, 'p', 'yes thank you!! thats all i need'],
    [326, 'l', "Great, thanks for using Pratt's Ask a Librarian, and good luck!"],
  ], usual()),

  // 07 a hold answered after 121 s; referral by e-mail
  s(JUNO, '07 a magnetic backyard "meteorite": "Give me a minute" at 86, checklist at 207 (121 s), ASU meteorite centre by e-mail', [
    [0, 'p', 'I think I found a meteorite in my backyard. Its really heavy and black and a magnet sticks to it. How do I get it checked and is it worth money?'],
    [22, 'l', 'Hello, Juno with Carroll County Public Library here. Exciting find!'],
    [28, 'l', 'Have you done a streak test on it yet, or looked for shiny metal flecks on a chipped edge?'],
    [80, 'p', 'no whats a streak test'],
    [86, 'l', "Give me a minute and I'll find a good checklist for you."],
    [207, 'l', "Here's one: Washington University in St. Louis keeps a meteorite checklist at sites.wustl.edu/meteoritesite that walks through the streak test and the other quick checks. Most backyard finds turn out to be slag or magnetite, so start there."],
    [212, 'l', 'If it still looks promising after that, the Center for Meteorite Studies at Arizona State University looks at photos: e-mail them at meteorites@asu.edu.'],
    [218, 'l', 'Does that give you a place to start?'],
    [260, 'p', 'yeah ok. so not worth money probably lol'],
    [266, 'l', 'Probably not, but you never know! Anything else I can help with?'],
    [290, 'p', 'no thats it thanks'],
    [295, 'l', 'Thanks for writing in, and good luck with the rock!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 a second patron line during the wait does not restart it
  s(KEZIAH, '08 Space Camp age for an 8-year-old: patron at 40, "hello?? still there" at 100, reply at 165 (125 s), "that was slow tho"', [
    [0, 'p', 'how old do you have to be for space camp in alabama'],
    [12, 'l', 'Hey there! Keziah from Harford County Public Library, happy to help.'],
    [18, 'l', 'Is this for a kid, a teen, or for you?'],
    [40, 'p', 'my daughter, she is 8'],
    [100, 'p', 'hello?? still there'],
    [165, 'l', "Sorry for the wait! The youngest program, for ages 7 to 9, is Space Camp's day-camp style camp; their program chart by age is at spacecamp.com/programs."],
    [170, 'l', 'Did that answer it?'],
    [210, 'p', 'yes thanks. that was slow tho'],
    [216, 'l', 'Sorry again about the delay. Anything else I can check for you?'],
    [240, 'p', 'nope'],
    [244, 'l', 'Have a great day, bye!'],
  ], usual({ informed: 'fail' })),

  // 09 Spanish: "take your time", the patron back 200 s later; referral by phone
  s(LUCIA, '09 ver un lanzamiento en Florida (Spanish): question in the greeting line, "tómese su tiempo", back 200 s later, visitor complex by phone', [
    [0, 'p', 'Hola, vamos a Florida en marzo con mis hijos. ¿Cómo puedo saber si hay un lanzamiento de cohete esos días?'],
    [20, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria del servicio Ask Us Now. ¿En qué fechas estarán allá?'],
    [55, 'p', 'un momento, déjeme ver las fechas del hotel'],
    [60, 'l', 'Claro, tómese su tiempo.'],
    [260, 'p', 'del 14 al 20 de marzo. perdón la demora'],
    [268, 'l', 'No se preocupe. Un momento, lo busco.'],
    [330, 'l', 'Los lanzamientos desde Florida aparecen en nextspaceflight.com y en la página del complejo de visitantes del Kennedy Space Center: kennedyspacecenter.com/launches-and-events. Las fechas cambian a menudo, así que revísela unos días antes.'],
    [335, 'l', 'Si quieren verlo desde las gradas del complejo, pueden comunicarse por teléfono con la taquilla del Kennedy Space Center, 855-433-4210, para reservar entradas.'],
    [340, 'l', '¿Esto responde a su pregunta?'],
    [380, 'p', 'sí, muchas gracias'],
    [384, 'l', '¿Hay algo más en lo que le pueda ayudar?'],
    [410, 'p', 'no, eso sería todo'],
    [416, 'l', '¡Con mucho gusto! Que disfruten el viaje, y gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 10 a transfer with a notice and a note that says why
  s(MARGO, '10 Space Camp scholarship for a 14-year-old: transfer notice at 76 + internal note why, Dev at 140 with spacecamp.com/scholarships', [
    [0, 'p', 'are there scholarships for space camp? my family cant afford it. im 14'],
    [25, 'l', "Hi! Thanks for reaching out to Ask a Librarian. I'm Margo at Montgomery County Public Libraries."],
    [31, 'l', 'Are you looking at Space Camp in Huntsville specifically, or any space or STEM camp this summer?'],
    [70, 'p', 'huntsville one'],
    [76, 'l', "Our teen services librarian Dev knows the scholarship side well, so I'm going to transfer you to him. One moment!"],
    [79, 'i', 'Dev: 14yo pt needs Space Camp (Huntsville) scholarship / financial aid info, family cannot afford it. Can you take this one?'],
    xfer(82, 'Dev', 'dev-spc'),
    [140, 'l', 'Hey, Dev here! Space Camp lists its scholarships and financial aid at spacecamp.com/scholarships; applications usually open early in the year, so it is a good time to start.', as(DEV)],
    [146, 'l', 'Is that the kind of help you were hoping for?', as(DEV)],
    [190, 'p', 'yes!! thank you so much'],
    [196, 'l', 'You got it. Anything else I can find for you?', as(DEV)],
    [215, 'p', 'no thats all i needed'],
    [220, 'l', 'Good luck with the application, take care!', as(DEV)],
  ], usual({ transfer: 'pass' })),

  // 11 a notice before the transfer, the note only after it
  s(NOOR, '11 a Moon rock loan for a 5th grade class: notice at 66, transfer at 70, internal note at 73 (after), Quinn with curator.jsc.nasa.gov', [
    [0, 'p', 'Hello, I teach 5th grade science. Is there a way to borrow a real moon rock for my class?'],
    [18, 'l', 'Good afternoon! This is Noor with Frederick County Public Libraries.'],
    [24, 'l', 'Are you a public school teacher here in Maryland?'],
    [60, 'p', 'yes, Frederick county public schools'],
    [66, 'l', "My colleague Quinn handled a lunar sample request last year, so I'm passing you over to her now."],
    xfer(70, 'Quinn', 'quinn-spc'),
    [73, 'i', 'q - teacher wants the NASA lunar sample loan for 5th grade, FCPS'],
    [120, 'l', 'Hi, Quinn here. NASA lends lunar and meteorite sample disks to educators who first complete a short certification; the requirements and request form are at curator.jsc.nasa.gov/education.', as(QUINN)],
    [126, 'l', 'Does that get you what you need?', as(QUINN)],
    [170, 'p', 'Yes, this is great. Thank you both.'],
    [176, 'l', 'Anything else today?', as(QUINN)],
    [195, 'p', 'No, that is all.'],
    [200, 'l', 'Thank you, and enjoy the Moon rocks!', as(QUINN)],
  ], usual({ transfer: 'fail' })),

  // 12 partly Spanish: a note and a silent transfer
  s(ORSON, '12 astronautas latinos para un reporte (partly Spanish): internal note, silent transfer to Rocío, bilingual book + Kids InfoBits', [
    [0, 'p', 'hola, mi hija necesita información de astronautas latinos para un reporte de la escuela. grado 4'],
    [20, 'l', 'Hello! Orson here at Somerset County Library.'],
    [24, 'i', 'Rocío, pt writing in Spanish, 4th grade report on Latino astronauts. Can you take it? My Spanish is not good enough.'],
    xfer(28, 'Rocío', 'rocio-spc'),
    [90, 'l', '¡Hola! Soy Rocío, bibliotecaria de Ask Us Now, y sigo yo con su pregunta. ¿Su hija tiene que escribir el reporte en español o en inglés?', as(ROCIO)],
    [130, 'p', 'en inglés, la escuela es en inglés'],
    [138, 'l', "Muy bien. El libro bilingüe 'The Boy Who Touched the Stars / El niño que alcanzó las estrellas', de José M. Hernández, cuenta su historia y está en nuestro catálogo. Para Ellen Ochoa, la base de datos Kids InfoBits (en la sección Research de la página de la biblioteca) tiene un artículo en inglés para su nivel.", as(ROCIO)],
    [144, 'l', '¿Le sirve esto para el reporte?', as(ROCIO)],
    [190, 'p', 'si, muchas gracias!'],
    [196, 'l', '¿Necesita algo más?', as(ROCIO)],
    [215, 'p', 'no gracias'],
    [220, 'l', '¡Que le vaya muy bien con el reporte! Hasta luego.', as(ROCIO)],
  ], usual({ transfer: 'fail' })),

  // 13 Spanish: a true Lost Call
  s(VALERIA, '13 fotos del alunizaje (Spanish, Lost Call): greeting only, "¿Sigue ahí? 🙂" at 150, notice inviting back at 250 (final idle 225 s)', [
    [0, 'p', 'buenas, ¿dónde puedo ver fotos del alunizaje del apolo 11?'],
    [25, 'l', '¡Hola! Le saluda Valeria, bibliotecaria de Ask Us Now. Con gusto le ayudo.'],
    [150, 'l', '¿Sigue ahí? 🙂'],
    [250, 'l', 'Parece que se perdió la conexión, así que voy a cerrar este chat. Si todavía necesita las fotos, escríbanos de nuevo cuando quiera.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 an answer sent into silence, coded Lost Call
  s(EZRA, '14 ISS over Salisbury tonight (Lost Call): source with no question, "Are you still there?" at 160, notice + thanks at 280', [
    [0, 'p', 'is the space station going over salisbury md tonight? what time'],
    [20, 'l', 'Hi! Ezra at Wicomico Public Libraries here.'],
    [26, 'l', "NASA's Spot the Station site lists every visible pass by town: spotthestation.nasa.gov, then pick United States, Maryland, Salisbury. Passes change daily, so look at the list the same afternoon."],
    [32, 'l', 'Does that help?'],
    [160, 'l', 'Are you still there?'],
    [280, 'l', "I think we've lost the connection, so I'll be closing this chat. Thanks for writing, and clear skies tonight!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after three patron lines; check-in, no notice, final idle 186 s
  s(YUSUF, '15 how astronauts use the toilet, for a 6-year-old: coded Lost Call, "Are you still with me?" at 190, ended at 250 with no notice', [
    [0, 'p', 'my grandson wants to know how astronauts go to the bathroom in space lol. for real tho'],
    [15, 'l', 'Hello! Yusuf, librarian at Kent County Public Library, here to help.'],
    [21, 'l', 'How old is your grandson? I can aim for the right reading level.'],
    [50, 'p', 'he is 6'],
    [56, 'p', 'he loves space'],
    [64, 'l', "Perfect age for it! NASA's Space Place for kids explains it with pictures: go to spaceplace.nasa.gov and type 'space toilet' in the search box."],
    [70, 'l', 'Does that look like what he would enjoy?'],
    [190, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 16 Practice
  s(CADET, '16 practice chat (launch macro): coded Practice, every check na', [
    [0, 'p', 'test: when is the next launch from the cape? (practice)'],
    [6, 'l', 'Practice reply: launches are listed at nextspaceflight.com'],
    [12, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 no provider ever joined
  s(QUEUE, '17 certifying a meteorite to sell it: no provider ever joined, "hello?? anyone", "forget it", patron left, code null', [
    [0, 'p', 'i have a meteorite for sale, where can i get it certified so i can sell it'],
    queued(2, 3),
    [150, 'p', 'hello?? anyone'],
    [240, 'p', 'forget it'],
    left(245),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 18 time is up
  s(ZARA, '18 Apollo homeschool unit, then "one for EACH mission": "I\'ve spent all the time I can on this one, so I\'m closing the chat now. Thanks…"', [
    [0, 'p', 'doing a homeschool unit on the apollo program. need books for each mission 7 through 17'],
    [20, 'l', 'Hi, this is Zara at Dorchester County Public Library!'],
    [26, 'l', 'What ages are your kids?'],
    [60, 'p', '9 and 12'],
    [70, 'l', "Moonshot: The Flight of Apollo 11 by Brian Floca and Team Moon by Catherine Thimmesh are both in our catalog at dorchesterlibrary.org, and between them they cover the program well for 9 and 12."],
    [76, 'l', 'Are those a good fit for the unit?'],
    [120, 'p', 'ok but i need one for EACH mission. and also mercury and gemini. and worksheets'],
    [128, 'l', "I've spent all the time I can on this one, so I'm closing the chat now. Thanks for using Ask Us."],
    [140, 'p', 'wow. rude'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 other patrons waiting, come back (allowed)
  s(ABEL, '19 becoming an astronaut, then a long list: "several people in line behind me … please start a new chat anytime"', [
    [0, 'p', 'what do u need to become an astronaut'],
    [15, 'l', 'hi hi! Abel from Charles County Public Library here 🚀'],
    [20, 'l', 'are you in high school now? the path looks a bit different depending on where you are'],
    [45, 'p', 'yeah 10th grade'],
    [52, 'l', "NASA lists the requirements at nasa.gov/humans-in-space/astronauts: a master's in a STEM field (or the equivalent), work experience, and the long-duration spaceflight physical. For now: lots of math and science, and look at NASA's high school internships at intern.nasa.gov."],
    [58, 'l', 'does that help?'],
    [90, 'p', 'ya. ok now what colleges are best and how do i get into the air force academy and whats the pay and can i do it with glasses and'],
    [98, 'l', "ha, love the energy! there are several people in line behind me right now, so I'm going to wrap up here — please start a new chat anytime and we'll keep going on the rest of your list."],
    [110, 'p', 'ok fine'],
    [114, 'l', 'thanks for chatting, good luck!'],
  ], usual({ anything: 'fail' })),

  // 20 follow-up by me, on time
  s(BEATRIX, '20 the Sun\'s front page of July 21 1969 (follow-up by me): e-mail read back, "by Friday", a question about the scan not yet sent, done at 50 h', [
    [0, 'p', "Hi there, I'm looking for the Baltimore Sun front page from the day after the Moon landing. My dad delivered that paper as a boy and I'd love a copy for his birthday."],
    [22, 'l', "Good morning and welcome to Ask a Librarian! I'm Beatrix, a librarian at Calvert Library."],
    [28, 'l', "Just to make sure: that's the Monday, July 21, 1969 morning edition you're after?"],
    [70, 'p', 'Yes, the morning paper.'],
    [76, 'l', "It's in ProQuest Historical Newspapers: The Baltimore Sun, which only opens inside our branches. I can download a print-quality copy of the front page and e-mail it to you. What address should I send it to?"],
    [120, 'p', 'gpowell1955@example.com'],
    [126, 'l', "Thanks, that's gpowell1955@example.com. You'll have it by Friday."],
    [132, 'l', 'Is the front page all you need, or would the inside coverage help too?'],
    [170, 'p', 'Just the front page, thank you so much!'],
    [176, 'l', 'Happy to do it. Anything else today?'],
    [190, 'p', "No, that's everything."],
    [195, 'l', 'Thanks for chatting, and happy birthday to your dad!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 21 follow-up by the patron's library, late
  s(CASPIAN, '21 a telescope kit at Elkridge (follow-up by patron\'s library): phone typed with spaces, read back, "by Wednesday", done at 75 h', [
    [0, 'p', 'does my library lend out telescopes? want to look at the moon with my kids. i go to the elkridge branch'],
    [20, 'l', 'Hello, this is Caspian with the Ask Us Now statewide chat.'],
    [26, 'l', 'Which library system is Elkridge in for you, Howard County?'],
    [50, 'p', 'yes howard'],
    [56, 'l', "Howard County lists a telescope kit in its catalog at hclibrary.org, but I can't see whether Elkridge has one to lend right now. I'll ask the Elkridge branch to check and call you. What's a good phone number?"],
    [100, 'p', '410 555 0192'],
    [106, 'l', 'Got it: 410-555-0192. Someone from Elkridge will call you by Wednesday.'],
    [112, 'l', 'Does the catalog listing help in the meantime?'],
    [150, 'p', 'sure thx'],
    [156, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [175, 'l', 'Thanks, bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 22 a promise to e-mail tonight, coded Answered
  s(DELPHINE, '22 NASA launches for a classroom calendar: "I\'ll … e-mail it to you tonight", e-mail typed, coded Answered, pending at day 1', [
    [0, 'p', 'hi! can u help me make a list of all the nasa launches planned for this yr? for a classroom calendar'],
    [25, 'l', "Hi, thanks for contacting Ask a Librarian! Delphine here, at Queen Anne's County Library."],
    [31, 'l', 'Do you only want NASA missions, or SpaceX and other company launches too?'],
    [70, 'p', 'just nasa'],
    [78, 'l', "NASA's launch schedule is at nasa.gov/launch-schedule. It doesn't print nicely, so I'll put the year's missions into a one-page list and e-mail it to you tonight. Where should I send it?"],
    [120, 'p', 'mrsokafor.class@example.org'],
    [126, 'l', 'Perfect. Meanwhile, is the schedule page useful?'],
    [160, 'p', 'yes very'],
    [165, 'l', 'Anything else I can do?'],
    [180, 'p', 'no that is everything, you are a lifesaver'],
    [186, 'l', 'Happy to help. Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 23 follow-up by me, the e-mail only in the patron fields, not recorded
  s(ELIAS, '23 a 1950s meteorite fall near Easton (follow-up by me): "Same email I signed in with", e-mail only in patron.email, not recorded at day 4', [
    [0, 'p', 'My grandmother always said a meteorite landed on a farm near Easton in the 1950s. Is there any record of that?'],
    [20, 'l', 'Good evening, Elias here at Talbot County Free Library. What a great family story!'],
    [26, 'l', "Do you know roughly which year, or the farm family's name?"],
    [80, 'p', 'She thought 1954 or 55. The Harrington farm maybe'],
    [86, 'l', "The Meteoritical Bulletin Database lists every recognized meteorite by place, at lpi.usra.edu/meteor, and there's no Talbot County fall in it. Our Star-Democrat microfilm from those years isn't indexed, so I'll go through it and e-mail you anything I find by tomorrow evening."],
    [92, 'l', 'Does the database search help for now?'],
    [130, 'p', 'Yes, thank you. Same email I signed in with is fine'],
    [136, 'l', 'Sounds good. Anything else I can look into?'],
    [160, 'p', 'No, that is all'],
    [165, 'l', 'Thank you for writing in!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: 'Ruth H.', email: 'ruthh@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 24 two parties, one without a way to reach it
  s(FENNA, '24 a box of Goddard/Apollo papers: NASA History Office through history.nasa.gov/contact.html + "a local auction house" with no way', [
    [0, 'p', 'my late father worked at goddard in the 60s and left a box of apollo stuff, manuals and a patch. what do I do with it? is it worth anything?'],
    [30, 'l', "Hello, and I'm so sorry about your father. I'm Fenna, a librarian at Prince George's County Memorial Library System."],
    [36, 'l', 'Are you hoping to donate the items, sell them, or first just find out what they are?'],
    [90, 'p', 'find out what it is first, then maybe donate'],
    [98, 'l', "The NASA History Office may well want to hear about the manuals; you can write to them through history.nasa.gov/contact.html. For a value, it's worth asking a local auction house that handles space memorabilia."],
    [104, 'l', 'Does that help you get started?'],
    [150, 'p', 'I guess. Which auction house though?'],
    [158, 'l', "I can't recommend a particular business, I'm afraid. Anything else I can help with today?"],
    [190, 'p', 'no, thanks'],
    [195, 'l', 'Take care, and thank you for reaching out.'],
  ], usual({ referral: 'fail' })),

  // 25 the science librarian consulted, not a referral; code ""
  s(GRETA, '25 a bright fast "star" after sunset: hold to ask the science librarian, spotthestation.nasa.gov, "thats all i wanted to know", code ""', [
    [0, 'p', 'theres a really bright star that moves fast right after sunset, my daughter says its a satellite. which one??'],
    [14, 'l', 'Good evening! Greta at Washington County Free Library, fun question.'],
    [20, 'l', 'About how long does it take to cross the sky, and which way is it heading?'],
    [60, 'p', 'like 4 min, from west to east. way brighter than other stars'],
    [66, 'l', 'Hang on, let me check with our science librarian.'],
    [140, 'l', "She agrees it's almost certainly the International Space Station. NASA's Spot the Station page (spotthestation.nasa.gov) will tell you exactly when it passes over Hagerstown, so you can check tomorrow night."],
    [146, 'l', 'Does that match what you saw?'],
    [180, 'p', 'yes!!! shes gonna be so excited. thats all i wanted to know'],
    [186, 'l', 'Yay! Thanks for stopping by, and happy sky-watching.'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 26 no source: facts and an app with no way to reach it
  s(HUGO, '26 the "faked" Moon landing: phone or long read asked, facts + "the NASA app on your phone" only, "ok ya thats good, ty"', [
    [0, 'p', 'my uncle keeps saying the moon landing was faked and im sick of it. what is the actual proof'],
    [20, 'l', 'Hi! Hugo here, at Allegany County Library System.'],
    [26, 'l', 'Are you looking for something quick to show him on your phone, or something longer to read?'],
    [60, 'p', 'quick. on my phone'],
    [68, 'l', "The easiest: a NASA orbiter has photographed the Apollo landing sites from above, and you can see the lander bases and even the astronauts' footpaths. You can pull those photos up in the NASA app on your phone."],
    [74, 'l', 'Is that the kind of proof you were after?'],
    [110, 'p', 'ok ya thats good, ty'],
    [116, 'l', "You're welcome! Good luck with your uncle, bye!"],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 27 four at once; referral by postal address; the patron has the last word
  s(IRIS, '27 a field find near Denton: Natural History Society of Maryland at 6908 Belair Road, four chats at once, patron "nope thats everything, bye" last', [
    [0, 'p', 'found a weird rock in a plowed field near denton, super heavy, rusty looking outside. could it be a meteorite? who can check it'],
    [16, 'l', 'Hello! Iris at Caroline County Public Library here.'],
    [22, 'l', 'Does a magnet stick to it, and is the outside smooth or full of little holes?'],
    [60, 'p', 'magnet sticks a little. outside is smooth kind of, with thumbprint dents'],
    [68, 'l', 'Those thumbprint dents are a good sign! The Natural History Society of Maryland does free rock and mineral IDs: take it to them at 6908 Belair Road, Baltimore, MD 21206 on one of their open days. The open days are listed on marylandnature.org.'],
    [74, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes this is great'],
    [116, 'l', 'Anything else?'],
    [130, 'p', 'nope thats everything, bye'],
  ], usual({ courteous: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('i1', 'iris-spc', -300, 400), other('i2', 'iris-spc', 10, 200), other('i3', 'iris-spc', 40, 600)],
  }),

  // 28 Spanish: three at once with touching ends; offer of more; final idle exactly 180 s
  s(MARISOL, '28 la hora del alunizaje en México (Spanish): offer of the video, "¿Sigue conectado?" at 140, notice + thanks at 248 (180 s), three at once', [
    [0, 'p', 'hola! mi abuelo dice que vio la llegada a la luna en la tele en Mexico. a que hora fue alla?'],
    [20, 'l', '¡Hola, bienvenido! Le atiende Marisol, de las Bibliotecas Públicas del Condado de Montgomery.'],
    [26, 'l', '¿Se refiere al momento en que Armstrong pisó la Luna, o a cuando aterrizó el módulo?'],
    [60, 'p', 'cuando piso la luna'],
    [68, 'l', "Fue el 20 de julio de 1969 a las 10:56 p.m., hora del Este de EE. UU., o sea a las 8:56 p.m. en la Ciudad de México. La cronología completa está en history.nasa.gov (busque 'Apollo 11 timeline'). ¿Quiere que le busque también el video de la transmisión?"],
    [140, 'l', '¿Sigue conectado?'],
    [248, 'l', 'Parece que se desconectó. Voy a cerrar el chat, pero puede volver a escribirnos cuando quiera. ¡Gracias!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), {}, {
    otherIntervals: [other('m1', 'marisol-spc', -200, 0), other('m2', 'marisol-spc', -50, 150), other('m3', 'marisol-spc', 100, 400), other('m4', 'marisol-spc', 253, 600)],
  }),

  // 29 final idle 125 s measured from the answer, not from the hold
  s(JASPER, '29 a Moon landing anniversary program: hold at 60, answer at 110, patron left, goodbye at 235 (final idle 125 s), no check-in', [
    [0, 'p', 'is the library doing anything for the moon landing anniversary this july'],
    [18, 'l', "Hi there, this is Jasper from St. Mary's County Library!"],
    [24, 'l', 'Any particular branch you want to go to?'],
    [55, 'p', 'lexington park'],
    [60, 'l', 'One sec, checking the summer calendar.'],
    [110, 'l', "Lexington Park has a 'Moon Night' family program on July 18; details and registration are at stmalib.org/events. Did that help?"],
    left(150),
    [235, 'l', 'Bye for now, thanks for chatting!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 30 greeting only in the third line; "I'll close this chat now" last
  s(KIRA, '30 the Wallops launch from a Canton rooftop: hold, question, "Sorry — hi! I\'m Kira" third, "OK, I\'ll close this chat now." last', [
    [0, 'p', 'can we see tonights wallops launch from baltimore or is it too far'],
    [22, 'l', 'One moment while I look at the launch details.'],
    [70, 'l', 'Do you have a clear view to the southeast from where you are?'],
    [75, 'l', "Sorry — hi! I'm Kira, a librarian with Enoch Pratt Free Library."],
    [110, 'p', "yes we're on a rooftop in canton facing the water"],
    [118, 'l', "Then you have a decent chance. NASA Wallops posts a visibility map for each launch on its schedule page at nasa.gov/wallops; for a rocket that size Baltimore is usually near the edge, with the rocket low on the southeast horizon about a minute after liftoff."],
    [124, 'l', 'Does that answer your question?'],
    [160, 'p', 'yes thats all i needed thanks'],
    [166, 'l', "OK, I'll close this chat now."],
  ], usual({ greeting: 'fail', courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SPACE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('20')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 7: "Is the front page all you need, or would the inside coverage help too?" asks about the front-page scan only promised for Friday, not yet given (RUBRIC followup.completeness: "A question about something not yet given (\"would a scan be what you need?\") does not count.").',
};

describe('seventy-fifth round: space exploration, checked', () => {
  describeSessions('whole sessions', SPACE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SPACE.filter((c) => c.name in LEFT_WHY));
});
