/**
 * Forty-fourth round, COMMUNITY, checked: THE PUBLIC LIBRARY'S OWN SERVICES AND THE LOCAL COMMUNITY. Whole sessions of a
 * statewide public-library chat service whose providers often answer for another county's branches: holiday, snow, ice and
 * power-outage hours, parking, passports and passport photos, notaries, tax forms and free tax help (in Spanish), meeting-
 * and study-room bookings and a cancellation, lost and found, book donations, teen volunteering, exam proctoring, 3D
 * printing, a seed library, park passes, radon kits, returns through the book drop; local government: trash pickup and 311,
 * a fence permit, a block-party permit, a dog licence, voter registration, county alerts, a pothole on a state road,
 * hazardous waste, a warming centre, transit. Every one of the 17 checks labelled in every session, from RUBRIC.md, before
 * the session was run.
 *
 * SHAPES TRIED:
 *  opening: queue system messages; pickup at 95 s after a queue; a recorded `pickedUpAt` (45 s) with the first message at
 *   200 s; "Hi!" + a question under a screen name (no one named); "Hi there!" + a question, the name only in the third
 *   message; a welcome macro answered by "^^ see above lol"; greetings in Spanish;
 *  waits: holds every ~110 s with a partial result that says the search goes on; "one sec" / "Let me look it up." then 64 s
 *   (pass) or 150 s (fail); a follow-on question left 152 s with no hold; a follow-on question answered 165 s later through a
 *   patron "??"; a question and "Let me check …" in one message followed by two patron messages (114 s);
 *  endings: check-in + a notice that is also the goodbye; a check-in then "I'm going to close this chat now." (no
 *   disconnect, no goodbye); only a goodbye 220 s after the answer (no check-in, no notice); a check-in 130 s into the idle
 *   and the session ending at 140 s; the patron's "ok thx bye" last; "Good luck on the final." last; "one question per
 *   chat" (a limit); "several other patrons waiting … chat back in later or call our reference desk" (allowed);
 *  follow-ups: "check with the Elm Street staff and e-mail you", e-mail given and repeated, "by Thursday", done in 30 h; a
 *   branch asked to e-mail the patron, e-mail repeated, no time, coded Answered (pending); "make a couple of calls … and
 *   e-mail you", "I'll be in touch" (no time), not done by day 5; "Someone there will e-mail you within 2 business days at
 *   the address you gave" with the e-mail only in `patron.email` (follow-up by the patron's library, done in 40 h); the
 *   patron's e-mail read back in "I've sent … your e-mail (…) to the branch manager. She'll reply by Wednesday";
 *  codes: a true Lost Call (left the queue), Lost Call after three patron messages, Practice, a null code;
 *  referrals: a branch with booking URL and phone; "call the branch before you go" (no number); "contact the Main Library's
 *   branch manager" (no contact); "ask at the Grove Park desk"; "go to the Fairview branch's circulation desk" with hours
 *   only; "bring your garage ticket to the circulation desk"; "call 311" and "call 211" (a dialled service number); the
 *   IRS order line; the Friends' shop by street address and e-mail; the state DOT by URL and phone; "drop it off at your
 *   county board of elections"; "<desk> can confirm before you go: <phone>"; "Bring … to any branch; details at <URL>";
 *   "I'd ask them when you go in" after the party's street address; descriptive pointers ("X takes paint at <centre>,
 *   <address>", "sold by the County Treasurer … in person at <address>", "the coordinator … her e-mail is …");
 *  transfers: notice + internal note before the transfer (pass); notice, transfer, then the note (fail);
 *  concurrency: three chats at most (pass); four at once between 30 and 50 s (fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Referral needs the patron to be TOLD to contact or visit (an imperative, "you could …", "I'd ask them", or an offered
 *   party as in "<party> can help / can confirm … : <phone>", the forty-second round's "can help" reading). A description of
 *   who does what, even with an address or e-mail ("Marlow County takes paint … at the Solid Waste Convenience Center,
 *   1800 Industrial Pkwy", "sold by the County Treasurer … or in person at …", "the volunteer coordinator … signs
 *   service-learning forms: her e-mail is …"), tells no one to go anywhere: no referral (na).
 * - "bring <thing> to <place>", "drop it off at <office>", "Mail it" tell the patron to visit or write to that place: a
 *   referral; the library's own branches and desks count (RUBRIC: "The provider's own library's departments count").
 * - The library's own URL given in the same sentence ("Bring … to any branch; details at tollandlibrary.org/cards") is a way
 *   to reach its branches (the forty-first round's "organisation's own website's URL"); a map page given two messages earlier
 *   ("A map is on …/visit/parking") is not a contact for the circulation desk.
 * - A later "ask them" for a party given with its street address earlier in the chat is reached (the forty-first round's
 *   earlier-contact reading).
 * - "call 311", "call 211": the dialled number is a phone.
 * - "Text CALDERALERT to 67283 to sign up" is a service for the patron to use (a source), not a referral.
 * - Staff the provider asks on the patron's behalf ("I'll send them a message", "I've sent … to the branch manager") are no
 *   referral; the patron's own e-mail read back is no source.
 * - A `pickedUpAt` before the first provider message: the wait from pickup (45 s) to the first message (200 s), 155 s, is a
 *   span of waiting on the provider after pickup (keep_informed fails; pickup passes).
 * - "Good luck on the final." and "Good luck, I hope they turn up! Bye." are parting formulas (goodbyes; the forty-second
 *   round read "Take care, and good luck." so); "Sorry for the delay! …" is not.
 * - "Will that work for you?", "Does that work for you?", "Does that take care of it?", "Does that clear it up?",
 *   "¿Le sirve esta información?" ask whether what was given meets the need; "es todo" says the patron is done.
 *
 * COUNTS. Written: 39 whole sessions, all 17 checks labelled in each before it was run: a first batch of 37 and 2 probes
 * written after the first run (38, 39; labelled before they were run). First run as labelled / disagreeing: 28 / 11 (first
 * batch 26 / 11, probes 2 / 0). Label corrections: 5 checks in 5 sessions (all referral.contact but one), each on rereading
 * RUBRIC.md:
 *  - parking (3): referral.contact na -> fail: "bring your garage ticket to the circulation desk" tells the patron to visit
 *    the library's own desk (RUBRIC: own departments count when the patron is told to visit them), and nothing reaches it;
 *  - service hours (11), paint and batteries (29), dog licence (36): referral.contact pass -> na: the coordinator's e-mail, the
 *    convenience centre's and the Treasurer's addresses are given, but the patron is not told to contact or visit them
 *    (RUBRIC Referral: "telling the patron to contact or visit"); read literally, no referral;
 *  - exam proctoring (12): closing.courteous fail -> pass: the last message "You're welcome! Good luck on the final." is a
 *    parting formula (says goodbye), as "Take care, and good luck." was read before.
 * Final: 33 running, 6 LEFT (LEFT_WHY below): referral.contact 5 (a repeat referral "ask them" to a party given with its
 * address earlier, failed; "drop it off at your county board of elections", na; "<desk> can confirm before you go: <phone>",
 * na; "Bring … to any branch; details at <URL>", na; "Text <KEYWORD> to <short code>" read as a referral, pass), info.source
 * and inquiry.clarify 1 (the patron's own e-mail read back mid-sentence taken for a source; "Which day and roughly what time
 * were you there?" not taken for a question about the need).
 * The redaction equality of describeSessions holds for every running case (patron e-mails in the chat, in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 39 tests passed (6 through describeLeft).
 *
 * V45 (block K): "drop it off at your county board of elections" refers (K11) and "… desk can confirm before you go:
 * 555-0160" refers with its number (K12); 4 LEFT now.
 * ON v48 (block N, `forty-ninth-round-n-checked`): the lost glasses case runs too (the patron's own e-mail read back is no source,
 * N2).
 * ON v55 (block U): the fence permit's "so I'd ask them when you go in" two messages after the Permits & Inspections Center's street
 *   address (U19: the pronoun reaches back past messages that name no party) reads as labelled and runs.
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, P, as, xfer, session } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. Please stay on this page.`];
const left = (sec: number): Line => [sec, 's', 'The patron has left the chat.', sys('patron_left')];

const NORA: Prov = P('nora', 'Nora V.', 'WCFL');
const THEO: Prov = P('theo', 'Theo', 'AACPL');
const PRISCILLA: Prov = P('priscilla', 'Priscilla (Central)', 'CENT');
const DEV: Prov = P('dev', 'Dev', 'GREER');
const LIB4: Prov = P('lib4', 'Beckett Ref 4', 'BECK');
const GIL: Prov = P('gil', 'Gil M.', 'TOLL');
const HARRIET: Prov = P('harriet', 'Harriet', 'RIDG');
const MARISOL: Prov = P('marisol', 'Marisol', 'LINW');
const QUENTIN: Prov = P('quentin', 'Quentin', 'GROVE');
const WREN: Prov = P('wren', 'Wren', 'CALD');
const IRIS: Prov = P('iris', 'Iris O.', 'DUNM');
const RUTHIE: Prov = P('ruthie', 'Ruth', 'MARL');
const TOBIAS: Prov = P('tobias', 'Tobias', 'LINW');
const LUPE: Prov = P('lupe', 'Lupe', 'HARL');
const CARL: Prov = P('carl', 'Carl', 'HARL');
const ANDERS: Prov = P('anders', 'Anders', 'MARL');
const BEATRIZ: Prov = P('beatriz', 'Beatriz', 'TOLL');
const SOFIA: Prov = P('sofia', 'Sofia', 'GREER');
const ODETTE: Prov = P('odette', 'Odette', 'CALD');
const FELIX: Prov = P('felix', 'Felix', 'BREN');
const ADA: Prov = P('ada', 'Ada', 'PINE');
const TRAINEE: Prov = P('trainee', 'New Staff Training', 'STATE');
const KWAME: Prov = P('kwame', 'Kwame', 'BREN');
const TESS: Prov = P('tess', 'Tess', 'HARL');
const NADIA: Prov = P('nadia', 'Nadia', 'LINW');
const IVO: Prov = P('ivo', 'Ivo', 'MARL');
const JUN: Prov = P('jun', 'Jun', 'TOLL');
const SAMH: Prov = P('samh', 'Sam H.', 'HARL');
const ELI: Prov = P('eli', 'Eli', 'TOLL');
const PATC: Prov = P('patc', 'Pat', 'CALD');
const DANA: Prov = P('dana', 'Dana', 'BREN');
const ROS: Prov = P('ros', 'Ros', 'CALD');

export const community: SessionCase[] = [
  // 1 holiday hours in another county, a hold, a URL, the patron says she is done
  s(NORA, 'Good Friday hours for another county: branch asked, hold, closure list URL, "thats all i needed"', [
    [0, 'p', 'are the libraries open good friday? and the saturday after'],
    queue(3),
    [22, 'l', 'Good morning! This is Nora, a librarian with Washington County Free Library, on the statewide chat today.'],
    [30, 'l', 'Which library system or branch do you usually go to? Holiday closings are set county by county.'],
    [75, 'p', 'frederick, the downtown one'],
    [80, 'l', 'Let me pull up their holiday schedule.'],
    [150, 'l', 'Frederick County Public Libraries close all branches on Good Friday, C. Burr Artz downtown included, and reopen Saturday at 10 as usual. Their closing list is at fcpl.org/holidays. The book drops stay open.'],
    [156, 'l', 'Does that answer your question?'],
    [200, 'p', 'yep. thats all i needed, thank you'],
    [206, 'l', 'You are welcome, enjoy the long weekend. Bye!'],
  ], usual()),

  // 2 snow delay, terse provider, answered from her own knowledge (no source)
  s(THEO, 'snow delay (terse): "one sec", answer with no URL or resource, "ok cool thx"', [
    [0, 'p', 'is the library closed today bc of the snow?? the eastport branch'],
    [40, 'l', "Hi, you're chatting with Theo at Ask a Librarian."],
    [44, 'l', 'Eastport is Annapolis, so Anne Arundel County Public Library, right?'],
    [70, 'p', 'yes'],
    [76, 'l', 'one sec'],
    [140, 'l', 'AACPL opened at noon today instead of 9 because of the roads. Eastport should be open till 8 tonight.'],
    [146, 'l', 'did that help?'],
    [170, 'p', 'ok cool thx'],
    [180, 'l', 'anytime! bye'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 3 parking downtown: a follow-on question answered 152 s later with no hold
  s(PRISCILLA, 'parking for a program: garage and accessible spaces with URL, follow-on question left 152 s without a word', [
    [0, 'p', 'Hi. Where do I park for the main library downtown? I have a program there Saturday at 10.'],
    [28, 'l', "Hello, and thanks for reaching out! I'm Priscilla, a reference librarian at the Central Library."],
    [35, 'l', 'Will you be driving, and does anyone in your party need accessible parking?'],
    [90, 'p', 'driving, and my husband uses a walker so close is better'],
    [160, 'l', 'The closest option is the Cathedral Street garage directly behind the building, and there are four accessible spaces on Mulberry St by the side entrance (no ramp needed there). A map is on centrallibrary.org/visit/parking.'],
    [166, 'l', 'Is that what you were after?'],
    [200, 'p', 'do they validate parking at the garage?'],
    [352, 'l', 'Sorry about the wait! Yes: bring your garage ticket to the circulation desk and they will stamp it for 3 free hours.'],
    [380, 'p', "great, that's everything. thanks!"],
    [386, 'l', 'Enjoy the program, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 4 passports for a child: the branch with its booking URL and phone, the State Department's site
  s(DEV, 'passport for a 9-year-old: queue, hold 94 s, branch with URL and phone, DS-3053 follow-on, "thats all"', [
    [0, 'p', 'do any libraries around here do passports? need one for my son (hes 9)'],
    queue(2),
    [55, 'l', "Hi there! I'm Dev, a librarian with Ask Us 24/7."],
    [61, 'l', 'What county or town are you in? Not every branch is a passport acceptance facility.'],
    [100, 'p', 'lakeside, in greer county'],
    [106, 'l', 'Checking the Greer County list now, one moment.'],
    [200, 'l', "The Lakeside Branch of Greer County Library accepts passport applications by appointment only. Book online at greerlibrary.org/passports or call the branch at (608) 555-0142. For a child under 16 both parents need to come, with his birth certificate and a DS-11; the State Department's checklist is at travel.state.gov."],
    [205, 'l', 'Does that cover what you need?'],
    [260, 'p', 'yes. what if his dad cant come'],
    [275, 'l', "Then the parent who can't come signs Form DS-3053, a notarized statement of consent. It's on travel.state.gov too, under Forms."],
    [300, 'p', 'ok got it, thats all thank u'],
    [305, 'l', 'Glad I could help. Good luck with the passport, and goodbye!'],
  ], usual({ referral: 'pass' })),

  // 5 notary: a bare "Hi!" under a screen name, "call the branch before you go" with no number
  s(LIB4, 'notary (screen name only): "Hi!" + question name no one, "call the branch before you go" with no number, no source', [
    [0, 'p', 'Does the library have a notary? I need a form notarized for my mortgage refi'],
    [35, 'l', 'Hi!'],
    [40, 'l', 'Which library system do you use?'],
    [70, 'p', 'Beckett county, the Millbrook branch'],
    [130, 'l', "Beckett County Library has free notary service at Millbrook and at the Main Library, but only when a notary is on duty, so call the branch before you go. Bring a photo ID and don't sign the document ahead of time."],
    [135, 'l', 'Is there anything else I can help you with?'],
    [170, 'p', 'no thanks'],
    [175, 'l', 'Thanks for using Ask Us, have a great day!'],
  ], usual({ greeting: 'fail', source: 'fail', complete: 'fail', referral: 'fail' })),

  // 6 tax forms: a 95 s queue, the IRS with a phone
  s(GIL, 'paper 1040: picked up at 95 s, hold 90 s, irs.gov and the IRS order line, "Will that work for you?"', [
    [0, 'p', 'do u have the 1040 tax forms at the library'],
    queue(2, 3),
    [95, 'l', "Hello! Sorry to keep you waiting, I'm Gil, a librarian at Ask Us Now."],
    [101, 'l', 'Are you after the federal forms, the state ones, or both? And do you need paper copies, or is printing OK?'],
    [150, 'p', 'federal. paper if u have it, my printer is broke'],
    [160, 'l', 'Let me see what the branches got this year.'],
    [250, 'l', 'The IRS sent libraries only a few 1040 booklets this year, and they go fast at the front desks. You can print the 1040 and its instructions at any branch (10 cents a page) from irs.gov/forms, or order free paper copies from the IRS by calling 1-800-829-3676; they arrive in 7-10 business days.'],
    [256, 'l', 'Will that work for you?'],
    [330, 'p', "ok i'll try the branch first"],
    [336, 'l', 'Sounds good. Anything else today?'],
    [360, 'p', 'nope'],
    [366, 'l', 'Thanks for chatting, and good luck with your taxes!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 7 meeting room in another county: policy URL, "check with the Elm Street staff and e-mail you", by Thursday, done in 30 h
  s(HARRIET, 'community room in another county (follow-up by me): policy URL, e-mail given and repeated, "by Thursday", done in 30 h', [
    [0, 'p', "Hi, I'm trying to reserve the community room at the Elm Street branch for a neighborhood association meeting in April but the online calendar won't let me pick a date past March 31."],
    [30, 'l', "Good afternoon! My name is Harriet, and I'm a librarian with Ridgeway County Library, staffing the statewide chat."],
    [36, 'l', 'Just so I look in the right place: is that Elm Street in Fairview (Dunmore County)? And how many people are you expecting?'],
    [90, 'p', 'yes Fairview. maybe 40 people. 2nd tuesday of april, 7pm'],
    [96, 'l', "Thanks, give me a minute to look at Dunmore's room policy."],
    [180, 'l', "Dunmore County's meeting room page (dunmorelibrary.org/meeting-rooms) says bookings open 60 days ahead, which is probably why April isn't showing yet. Since I'm not at a Dunmore branch I can't see their calendar, so I'd like to check with the Elm Street staff whether they can hold the date for you, and e-mail you what they say."],
    [186, 'l', 'What e-mail should I use?'],
    [230, 'p', 'fairviewnorth.assoc@gmail.com'],
    [240, 'l', "Got it: fairviewnorth.assoc@gmail.com. You'll hear from me by Thursday at the latest."],
    [250, 'l', 'Anything else I can look into while you are here?'],
    [275, 'p', "no that's it, thanks so much"],
    [280, 'l', 'My pleasure! Talk to you soon, bye for now.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 8 study room, non-native patron
  s(MARISOL, 'study room for two (non-native patron): branch and day asked, booking URL, "this is all I need"', [
    [0, 'p', 'hello i need a quiet room for study for my nursing exam, 2 person, can i book at library?'],
    [20, 'l', "Hi! Welcome to Ask a Librarian. I'm Marisol."],
    [26, 'l', 'Which library is closest to you? And which day would you like the room?'],
    [80, 'p', 'Oakmont library. Saturday morning'],
    [140, 'l', 'Oakmont has two study rooms for 1 to 4 people. You can book up to 7 days ahead at oakmontpl.org/rooms, with your library card number and PIN, for a 2-hour block.'],
    [146, 'l', 'Is this what you were looking for?'],
    [200, 'p', 'yes I booked 9 to 11. this is all I need, thank you very much'],
    [205, 'l', 'Wonderful, good luck on your exam! Thanks for chatting with us.'],
  ], usual()),

  // 9 lost glasses: the branch will e-mail her, no time given, coded Answered; "ask at the desk" with no contact
  s(QUENTIN, 'lost glasses: "ask someone there to e-mail you", e-mail repeated but no time, coded Answered, "ask at the Grove Park desk"', [
    [0, 'p', 'I think I left my reading glasses at the Grove Park library yesterday, in the computer area. purple case. does anyone have them?'],
    [45, 'l', 'Hi, this is Quentin, a librarian with the Ask Us chat. Sorry about your glasses!'],
    [52, 'l', 'Which day and roughly what time were you there?'],
    [90, 'p', 'sunday around 3'],
    [100, 'l', "I can't see Grove Park's lost and found from here, but I'll send them a message and ask someone there to e-mail you if they have them. What's your e-mail?"],
    [140, 'p', 'bev.tallis@yahoo.com'],
    [146, 'l', "Thanks, I've passed that along with bev.tallis@yahoo.com and the purple case. You could also ask at the Grove Park desk next time you're in."],
    [150, 'l', 'Anything else I can help with?'],
    [175, 'p', 'no thats it'],
    [180, 'l', 'Fingers crossed they turn up! Bye.'],
  ], usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'fail' })),

  // 10 book donations: Friends' shop with address and e-mail, the patron goes quiet: check-in, then notice + goodbye
  s(WREN, 'book donations: Friends shop with street address and e-mail, check-in at 290, notice + goodbye at 400', [
    [0, 'p', "we're cleaning out my mom's house and have about 12 boxes of books. does the library take donations?"],
    [25, 'l', "Hello! I'm Wren, a librarian at Calder County Public Library. Sorry you're going through a clear-out, that's a big job."],
    [33, 'l', 'What kinds of books are they mostly (novels, textbooks, encyclopedias)? And are they in good shape?'],
    [85, 'p', 'mostly paperback mysteries and some cookbooks, good condition. a few old encyclopedias'],
    [150, 'l', "The Friends of Calder County Library run our donations. Drop-offs go to the Friends Book Nook at 212 Orchard Ave (back door, Wed-Sat 10-2); for more than 10 boxes, e-mail friends@calderlibrary.org first so they can have volunteers ready. They don't take encyclopedias, textbooks older than 5 years, or magazines."],
    [155, 'l', 'Does that help?'],
    [290, 'l', 'Are you still there?'],
    [400, 'l', "I haven't heard from you in a while, so it looks like we've been disconnected. I'll close this chat now. Thanks for contacting us, and good luck with the house!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 11 teen volunteering: a welcome macro, the volunteer coordinator by name and e-mail
  s(IRIS, 'service hours (teen, chat-speak): welcome macro, "^^ see above lol", the volunteer coordinator by name with e-mail', [
    [0, 'p', 'hi i need 20 service learning hrs for school can i volunteer at the library'],
    [15, 'l', "Welcome to AskAway! My name is Iris and I'm a librarian at Dunmore County Library. How can I help you today?"],
    [30, 'p', '^^ see above lol'],
    [40, 'l', 'Ha, got it! How old are you, and which branch is easiest for you to get to?'],
    [70, 'p', '15. fairview'],
    [78, 'l', 'Let me look at the teen volunteer info.'],
    [170, 'l', "Dunmore's teen volunteers (ages 13-18) help with summer reading and shelving. The application is on dunmorelibrary.org/volunteer, and the volunteer coordinator, Ms. Abena Okafor, signs service-learning forms: her e-mail is volunteer@dunmorelibrary.org."],
    [176, 'l', 'Does that answer your question?'],
    [230, 'p', 'ya ty'],
    [236, 'l', 'Anything else?'],
    [260, 'p', 'nah im good'],
    [265, 'l', 'Cool, good luck with your hours! Bye 👋'],
  ], usual()),

  // 12 exam proctoring: no question, answered from knowledge, "contact the branch manager" with no contact, "Good luck" last
  s(RUTHIE, 'exam proctoring: no question, no source, "contact the Main Library\'s branch manager" with no contact, ends "Good luck on the final."', [
    [0, 'p', "Hello, I'm taking an online course through Western Governors and need a proctor for my final. Does the library proctor exams?"],
    [50, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Ruth at Marlow Public Library.'],
    [90, 'l', "Marlow proctors exams at the Main Library only, Tuesday to Thursday by appointment, free for cardholders. To set it up, contact the Main Library's branch manager and give them your school's proctor form."],
    [95, 'l', 'Did that answer your question?'],
    [140, 'p', 'yes, thank you'],
    [146, 'l', "You're welcome! Good luck on the final."],
  ], usual({ clarify: 'fail', source: 'fail', anything: 'fail', referral: 'fail' })),

  // 13 3D printing: holds every 110 s, one a partial result that says the search goes on
  s(TOBIAS, '3D printing: hold, partial result "still looking for the file size limit" at 110 s, answer 110 s later', [
    [0, 'p', 'how does the 3d printer thing work? can i just bring a file on a usb'],
    [30, 'l', "Hi! I'm Tobias from the Makerspace team at Linwood Library. Glad you asked 🙂"],
    [36, 'l', 'Have you already got a design (an .stl file), or are you starting from scratch?'],
    [70, 'p', 'i have an stl from thingiverse, its a replacement knob for my dryer'],
    [80, 'l', 'Nice. Let me check the current submission rules, one moment.'],
    [190, 'l', 'Found the price list (10 cents a gram, so most knobs are under $1); still looking for the file size limit, hang on.'],
    [300, 'l', "OK: we don't take USB drives for 3D prints. Upload the .stl through the form at linwoodlibrary.org/3dprint (max 25 MB, up to 6 hours of print time), pick PLA or PETG, and a pickup notice shows up in your library account when it's done, usually in 3-5 days."],
    [306, 'l', 'Does that help with your knob?'],
    [340, 'p', 'yes! PETG i guess since its near heat?'],
    [352, 'l', 'Good thinking, PETG handles heat better than PLA. Anything else I can help with?'],
    [380, 'p', 'nope thats everything, thx'],
    [386, 'l', 'Happy printing! Thanks for chatting.'],
  ], usual()),

  // 14 seed library: check-in, then "I'm going to close this chat now." (no disconnect, no goodbye)
  s(LUPE, 'seed library: patron goes quiet, "Are you still there?" at 260, "I\'m going to close this chat now." at 400', [
    [0, 'p', 'does the library still have the seed library thing? I want to start tomatoes'],
    [20, 'l', "Hello! I'm Lupe, a librarian with Harlan County Library."],
    [26, 'l', 'Which branch do you go to? Not all of them have seed drawers.'],
    [60, 'p', 'Eastside'],
    [70, 'l', 'Let me see what Eastside has in stock right now.'],
    [140, 'l', "Eastside's seed library is open during branch hours, in the card catalog cabinet by the magazines. The inventory at harlanlibrary.org/seeds shows Cherokee Purple and Roma tomatoes this month. Take up to 5 packets, no card needed."],
    [146, 'l', 'Does that answer it?'],
    [260, 'l', 'Are you still there?'],
    [400, 'l', "I'm going to close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 15 trash pickup after a holiday: the city's page, "call 311" for a missed bin
  s(CARL, 'trash pickup after a holiday: city or county asked, DPW page URL, "call 311 to report it"', [
    [0, 'p', "is trash pickup delayed this week because of the holiday?? we're on thursday pickup"],
    [35, 'l', "Hi, you've reached the Ask a Librarian chat; I'm Carl, a librarian at Harlan Public Library."],
    [41, 'l', 'Are you in the city of Harlan itself or out in the county? Trash is run by different people.'],
    [80, 'p', 'city, westgate'],
    [90, 'l', "Checking the city's schedule."],
    [170, 'l', "The city's holiday collection page, cityofharlan.gov/dpw/holidays, says pickups slide one day after a weekday holiday, so Thursday routes go on Friday this week. If your bin gets missed, call 311 to report it."],
    [176, 'l', 'Did that help?'],
    [200, 'p', 'yes, perfect'],
    [206, 'l', 'Anything else today?'],
    [240, 'p', 'no'],
    [245, 'l', 'Thanks for using Ask a Librarian, take care!'],
  ], usual({ referral: 'pass' })),

  // 16 fence permit: two holds, county code URL, the permits center by street address; 3 chats at most
  s(ANDERS, 'fence permit: holds at 84 and 200, municode URL, Permits Center by street address, three chats at most', [
    [0, 'p', 'Do I need a permit for a 6 foot fence in the back yard? Unincorporated Marlow County'],
    [18, 'l', "Good evening, you're chatting with Anders at Marlow Public Library."],
    [24, 'l', 'Is the fence on a corner lot, or does your property have an HOA? Both can change the rules.'],
    [75, 'p', 'not a corner, no hoa'],
    [84, 'l', 'Okay, let me look at the county code for you. This may take a couple of minutes.'],
    [200, 'l', 'Still digging; the county moved its code to a new site.'],
    [290, 'l', 'Found it. Marlow County Code sec. 14.220 (library.municode.com/marlow_county) requires a residential fence permit for anything over 4 feet in a rear yard, so 6 feet needs one. Applications are taken in person at the Permits & Inspections Center, 400 Grant Street, Room 110, weekdays 8-4:30; bring a sketch of the fence line on your plat.'],
    [296, 'l', 'Does that answer your question?'],
    [340, 'p', 'yes thanks. do they take credit cards?'],
    [350, 'l', "The code doesn't say and neither does their fee page, so I'd ask them when you go in."],
    [380, 'p', 'ok, thats all I needed'],
    [385, 'l', 'Great! Thanks for chatting, and good luck with the fence.'],
  ], usual({ referral: 'pass' }), {}, { otherIntervals: [other('a1', 'anders', -200, 150), other('a2', 'anders', 100, 500)] }),

  // 17 voter registration for a newcomer: the state site, "drop it off at your county board of elections" with no contact
  s(BEATRIZ, 'voter registration (new resident): hold, deadline, SOS URL, "drop it off at your county board of elections" with no contact', [
    [0, 'p', 'just moved here from ohio. how do i register to vote and is there a deadline for the primary'],
    [40, 'l', 'Hi! Welcome to the state 🙂 This is Beatriz, a librarian at Tolland Public Library.'],
    [46, 'l', "Do you have a state driver's license or ID yet? Online registration needs one."],
    [100, 'p', 'not yet, DMV appt is next month'],
    [110, 'l', 'Give me a sec to check the primary deadline.'],
    [185, 'l', "The primary is June 9 and the registration deadline is May 19. Without a state ID you can still register on paper: print the mail-in form from the Secretary of State's site, sos.state.example/vote (under Register to Vote), or pick one up at any of our branches. Mail it, or drop it off at your county board of elections."],
    [190, 'l', 'Is that what you needed?'],
    [230, 'p', 'yes that helps a lot. thank you!!'],
    [236, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 18 bus to a branch: trip planner URL, a follow-on question answered 165 s later through a patron "??"
  s(SOFIA, 'bus to the branch: trip planner URL, "does it run on sundays" answered 165 s later (patron "??" in between), patron says bye last', [
    [0, 'p', 'what bus goes to the north branch from the mall'],
    [25, 'l', 'Hi there, Sofia here, a librarian with the Ask Us chat service.'],
    [31, 'l', 'Which mall, Riverside Commons or Greer Square?'],
    [55, 'p', 'riverside'],
    [70, 'l', 'Route 12 runs from the Riverside Commons transfer center to North Branch every 30 minutes and stops at Elm & 5th, right across from the library. Times are on the trip planner at ridegreer.org/plan.'],
    [76, 'l', 'Does that work for you?'],
    [95, 'p', 'does it run on sundays'],
    [180, 'p', '??'],
    [260, 'l', 'Sorry for the delay! Sundays it runs hourly, 9 am to 6 pm.'],
    [280, 'p', 'ok thx bye'],
  ], usual({ informed: 'fail', anything: 'fail', courteous: 'fail' })),

  // 19 fax at another county's branch: services page, the information desk's phone
  s(HARRIET, 'fax at another county\'s branch: services URL, "the Oakmont Central information desk can confirm: 555-0160"', [
    [0, 'p', 'can I send a fax from the oakmont library? need to fax something to my insurance'],
    [30, 'l', "Hi, I'm Harriet, a librarian at Ridgeway County Library, covering the statewide chat right now."],
    [36, 'l', 'Is it a few pages or a long document? Some branches only do domestic faxes.'],
    [70, 'p', '3 pages, domestic'],
    [80, 'l', "One moment while I look at Oakmont's services page."],
    [150, 'l', "Oakmont's services page (oakmontpl.org/services) lists fax at the Central branch only, $1 a page for domestic. Since I'm not at Oakmont I can't be sure about the other branches; the Oakmont Central information desk can confirm before you go: 555-0160."],
    [155, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes thank you'],
    [206, 'l', 'Anything else?'],
    [220, 'p', 'no thats all'],
    [225, 'l', 'Thanks for chatting. Bye!'],
  ], usual({ referral: 'pass' })),

  // 20 block party permit (follow-up by me): searches held, no source found, e-mail repeated, no time; not done by day 5
  s(ODETTE, 'block party permit (follow-up by me): holds, partial result, e-mail repeated but "I\'ll be in touch" (no time), not done by day 5', [
    [0, 'p', 'how do I get permission to close our street for a block party? July 4th'],
    [38, 'l', 'Hello! This is Odette, a librarian at Calder County Public Library. Happy to help.'],
    [44, 'l', 'Which town is the street in? Block party permits are usually handled by the town, not the county.'],
    [90, 'p', 'Brennan (the village)'],
    [96, 'l', 'Let me check the village website.'],
    [200, 'l', "I'm still looking; so far the village site only lists a special events application for its parks."],
    [300, 'l', "I can't find a street-closure form online for Brennan. Let me make a couple of calls to the village office and e-mail you what I find out. What's a good e-mail?"],
    [350, 'p', 'sure its d.mcallister@brennan-net.com'],
    [358, 'l', "Thanks, d.mcallister@brennan-net.com. I'll be in touch."],
    [365, 'l', 'Anything else for now?'],
    [380, 'p', 'no thank you!'],
    [385, 'l', 'Have a great evening, and thanks for your patience!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 21 notary schedule (follow-up by the patron's library): "within 2 business days", e-mail only in patron.email, done in 40 h
  s(FELIX, 'notary schedule (follow-up by patron\'s library): "within 2 business days at the address you gave", e-mail never in the chat, done in 40 h', [
    [0, 'p', 'Is the notary at Westgate branch available next Tuesday afternoon? I have a power of attorney to sign'],
    queue(2),
    [48, 'l', "Hi! I'm Felix with AskAway, answering from the Brennan Village Library."],
    [55, 'l', 'Will the person giving the power of attorney be there to sign in front of the notary, with a photo ID?'],
    [110, 'p', 'yes my dad will come with me'],
    [120, 'l', "Thanks. Westgate sets its notary shifts week by week and doesn't post them online, so I'm sending your question to the Westgate staff. Someone there will e-mail you within 2 business days at the address you gave when you started the chat."],
    [128, 'l', 'Is there anything else I can help you with?'],
    [160, 'p', 'no, thanks'],
    [165, 'l', 'Thank you for using AskAway! Goodbye.'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'r.okonkwo@outlook.com', phone: null }, followUps: [{ doneAt: at(40 * HOUR) }],
  }),

  // 22 a true Lost Call: the patron leaves the queue before pickup
  s(ADA, 'bookmobile in the ice (Lost Call): patron leaves at 70, "Hello, this is Ada ... come back anytime!" at 85', [
    [0, 'p', 'is the mobile library coming to pine hollow today with the ice?'],
    queue(3),
    left(70),
    [85, 'l', "Hello, this is Ada at Ask Us. It looks like you've left the chat; please come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Practice
  s(TRAINEE, 'Practice: a trainee tries the branch-hours macro', [
    [0, 'p', 'TEST practice chat - what are the hours at main on sunday'],
    [10, 'l', 'Hi! This is the New Staff Training account. Main is open 1-5 on Sundays: harlanlibrary.org/hours'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 hours at Main: four chats open at once
  s(KWAME, 'Thursday hours at Main: the provider has four chats open at once (30-50 s)', [
    [0, 'p', 'what time does main close on thursdays'],
    [12, 'l', "Hi! Thanks for contacting Ask Us. I'm Kwame at Brennan Village Library."],
    [20, 'l', 'Is that the Brennan Main Library on Court St?'],
    [40, 'p', 'yes'],
    [60, 'l', 'Thursdays Main is open 9 am to 8 pm (brennanlibrary.org/hours). Heads up: every branch closes at 1 pm on Thursday the 19th for staff training.'],
    [65, 'l', 'Did that answer your question?'],
    [90, 'p', 'yes thanks thats all'],
    [95, 'l', 'Great! Have a good day, bye!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('k1', 'kwame', -300, 200), other('k2', 'kwame', -100, 50), other('k3', 'kwame', 30, 400)] }),

  // 25 room cancellation transferred to the home library: notice and note before the transfer
  s(TESS, 'cancel a room booking (transfer to Calder): visible notice, internal note, transfer, Wren cancels it', [
    [0, 'p', 'I booked the Sycamore Room at Calder Main for Saturday but I need to cancel and the confirmation email has no link'],
    [30, 'l', "Hello, I'm Tess, a librarian at Harlan County Library, answering for the statewide service."],
    [36, 'l', 'Was the booking made under your own library card, or for an organization?'],
    [70, 'p', 'under my card, for my book club'],
    [80, 'l', "Calder has a librarian online right now who can get into their room bookings; I'm going to transfer you to her, one moment."],
    [84, 'i', 'Hi Wren, Calder patron needs to cancel a Sycamore Room booking for Sat (book club, under her card). Can you take it?'],
    xfer(88, 'Wren', 'wren'),
    [130, 'l', 'Hi, this is Wren at Calder County Public Library. I can see the Sycamore Room booking for Saturday under your card.', as(WREN)],
    [140, 'l', "I've cancelled it, and it's gone from your account. For future changes, the My Bookings page at calderlibrary.org/rooms has a cancel button once you sign in.", as(WREN)],
    [146, 'l', 'Does that take care of it?', as(WREN)],
    [190, 'p', 'yes! thank you so much'],
    [195, 'l', 'Anything else I can do for you today?', as(WREN)],
    [215, 'p', "no that's all"],
    [220, 'l', 'Thanks for chatting, have a great weekend!', as(WREN)],
  ], usual({ transfer: 'pass' })),

  // 26 proctoring appointment transferred: the note is written after the transfer
  s(MARISOL, 'proctoring appointment (transfer to Linwood): visible notice, transfer, then the internal note', [
    [0, 'p', 'I need to schedule a proctored exam at the Linwood library, can you do that?'],
    [25, 'l', 'Hi! This is Marisol from Ask a Librarian.'],
    [31, 'l', 'When is your exam window, and is it on paper or online?'],
    [80, 'p', 'online, between the 10th and 14th'],
    [88, 'l', "I'll pass you to a Linwood librarian who can book it. Hold on a moment."],
    xfer(92, 'Tobias', 'tobias'),
    [95, 'i', 'proctoring appt, online exam 10th-14th'],
    [140, 'l', 'Hi, Tobias at Linwood Library here. I have Tuesday the 11th at 2 pm or Thursday the 13th at 10 am open in our testing room.', as(TOBIAS)],
    [180, 'p', 'tuesday 2pm please'],
    [190, 'l', "Done, you're booked for Tuesday the 11th at 2 in the Linwood testing room. Bring a photo ID and your exam login; the proctoring rules are at linwoodlibrary.org/proctoring.", as(TOBIAS)],
    [196, 'l', 'Does that help?', as(TOBIAS)],
    [230, 'p', "yes, that's everything. thanks"],
    [236, 'l', "You're welcome, good luck on your exam! Bye.", as(TOBIAS)],
  ], usual({ transfer: 'fail' })),

  // 27 one question per chat
  s(GIL, 'card for a county worker, then "we can only take one question per chat" (a limit of questions)', [
    [0, 'p', 'hi can i get a library card if i only work in the county but live elsewhere'],
    [20, 'l', 'Hi, this is Gil at Ask Us Now, Tolland Public Library.'],
    [26, 'l', 'Which town do you work in?'],
    [50, 'p', 'tolland center'],
    [60, 'l', 'Yes, Tolland gives free cards to anyone who works in the county. Bring a recent pay stub and a photo ID to any branch; details at tollandlibrary.org/cards.'],
    [66, 'l', 'Does that answer your question?'],
    [90, 'p', 'yes. also do you know when the parking ticket appeal deadline is in tolland? and how do i pay the water bill online'],
    [100, 'l', "I'm sorry, but we can only take one question per chat. You'll need to start a new session for other questions."],
    [130, 'p', 'oh. ok'],
    [136, 'l', 'Thanks for using Ask Us Now. Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 28 a long list of errands: "several other patrons waiting ... chat back in later or call our reference desk"
  s(NADIA, 'passport photos, then a list of DMV errands: "several other patrons waiting", chat back later or call the desk at 555-0100', [
    [0, 'p', 'does the library take passport photos'],
    [22, 'l', "Hi there! I'm Nadia, a librarian at Linwood Library."],
    [28, 'l', "Is this for a U.S. passport, or a visa photo for another country? The sizes differ."],
    [60, 'p', 'us passport'],
    [70, 'l', "Yes: passport photos are $15 at Central's passport desk during acceptance hours (Mon-Fri 10-3); see linwoodlibrary.org/passport."],
    [76, 'l', 'Did that help?'],
    [100, 'p', 'yes. next question, how do i renew my car registration, and where do i get a handicap placard, and how do i appeal my property tax, and'],
    [105, 'p', 'also can i get a fishing license at the library'],
    [130, 'l', "Those are all good questions, but I have several other patrons waiting right now. The DMV handles registration and placards (dmv.state.example), and for the rest please chat back in later or call our reference desk at 555-0100; we'd be glad to help."],
    [150, 'p', 'ok'],
    [155, 'l', 'Thanks for understanding, and come back anytime!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 29 hazardous waste: pickedUpAt 45 s, the first message 155 s after it
  s(IVO, 'paint and batteries: pickedUpAt 45 s, first message at 200 s (155 s after pickup), convenience center by address', [
    [0, 'p', 'where can I drop off old paint cans and batteries'],
    [200, 'l', "Hello, and thank you for waiting! I'm Ivo, a librarian at Marlow Public Library."],
    [206, 'l', 'Are you in Marlow County? Household hazardous waste is handled by each county.'],
    [240, 'p', 'yes marlow county, near the airport'],
    [250, 'l', "OK, one minute while I check the county's collection dates."],
    [330, 'l', "Marlow County takes paint and household batteries at the Solid Waste Convenience Center, 1800 Industrial Pkwy, Saturdays 8-2, free for residents with proof of address. The full list of what they accept is on marlowcounty.gov/recycling."],
    [336, 'l', 'Is that what you were looking for?'],
    [380, 'p', "exactly what I needed, thanks. that's all"],
    [385, 'l', "You're welcome, and thanks for recycling responsibly! Bye."],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(45) }),

  // 30 park pass: the patron goes quiet; only a goodbye 220 s after the answer
  s(JUN, 'state park pass: patron goes quiet after the answer; "Thanks for using Ask Us, come back anytime!" 220 s later, no check-in', [
    [0, 'p', 'Can I borrow a state park pass from the library?'],
    [30, 'l', 'Hi, Jun here from Ask Us, Tolland Public Library!'],
    [36, 'l', 'Which park were you hoping to visit? Some passes cover day use only.'],
    [70, 'p', 'Gillette Castle, next weekend'],
    [75, 'l', 'Let me check the catalog.'],
    [140, 'l', "Tolland has 3 state park day passes in the Library of Things; search 'park pass' in the catalog at tollandlibrary.org. They check out for 7 days and cover parking for one car. Right now 1 is on the shelf at Main."],
    [146, 'l', 'Does that answer your question?'],
    [360, 'l', 'Thanks for using Ask Us, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 31 warming center: check-in at 130 s of idle, the session ends 10 s later (140 s idle)
  s(SAMH, 'warming center overnight: Civic Center by address and "call 211", check-in 130 s into the idle, ends at 140 s', [
    [0, 'p', 'is the library a warming center tonight? my heat is out'],
    [20, 'l', "Hi, I'm Sam, a librarian with the Harlan County Library chat."],
    [25, 'l', "I'm sorry your heat is out. Are you in Harlan city, and do you need somewhere overnight or just until closing?"],
    [60, 'p', 'harlan city, overnight probably'],
    [66, 'l', "Checking the county's warming center list now."],
    [130, 'l', "The library branches are warming centers only while they're open (Main closes at 9 tonight). Overnight, the county opens the Harlan Civic Center, 55 Market St, from 7 pm to 7 am when it's below 20°F, and it's open tonight. The list is at harlancounty.gov/warming. If you need a ride, call 211."],
    [134, 'l', 'Does that help?'],
    [260, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', referral: 'pass' }), { endAfter: 10 }),

  // 32 pothole on a state road: the name comes only in the third provider message
  s(ELI, 'pothole on a state road: "Hi there!" + a question, the name only in the third message; DOT URL and phone', [
    [0, 'p', 'who do i call about a huge pothole on route 9 near the library'],
    [25, 'l', 'Hi there!'],
    [30, 'l', 'Is that stretch of Route 9 inside the town, or out in the county?'],
    [60, 'p', 'county i think, past the elementary school'],
    [70, 'l', "I'm Eli, a librarian at Tolland Public Library, by the way. Route 9 is a state road, so potholes on it go to the state DOT, not the town: report it at portal.ct.gov/dot (Report a Road Problem) or call their district office at 860-555-0190."],
    [76, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes thanks!'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting, drive safe!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 33 emergency text alerts: no code assigned
  s(PATC, 'county emergency alerts: text keyword and URL, resolution code left null', [
    [0, 'p', 'how do I sign up for the county emergency text alerts? the library posted about it'],
    [15, 'l', 'Good afternoon! This is Pat at Calder County Public Library.'],
    [20, 'l', 'Do you want texts, e-mails, or both?'],
    [40, 'p', 'texts'],
    [55, 'l', 'Text CALDERALERT to 67283 to sign up, or register online at caldercounty.gov/alerts to pick which alerts you get (weather, road closures, library closings).'],
    [60, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes got the confirmation text. thanks!'],
    [105, 'l', 'Great! Anything else?'],
    [120, 'p', 'no thats all'],
    [125, 'l', 'Stay safe, and thanks for contacting us!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 34 power outage: coded Lost Call though the patron sent three messages
  s(DANA, 'power outage, charging phones: question + "Let me check", Facebook URL, patron leaves; coded Lost Call after three patron messages', [
    [0, 'p', 'is the northgate branch open? the power is out on our whole street'],
    [30, 'l', 'Hi! This is Dana, a librarian at Brennan Village Library.'],
    [36, 'l', 'Do you mean the Northgate branch on Hill Rd? Let me check whether they lost power too.'],
    [50, 'p', 'yes hill rd'],
    [55, 'p', 'we need somewhere to charge phones'],
    [150, 'l', "Northgate is open and has power: they posted on facebook.com/brennanlibrary 20 minutes ago that they're open till 6 and have extra charging stations in the meeting room."],
    [156, 'l', 'Does that help?'],
    left(200),
    [210, 'l', "Looks like you've left the chat. Stay safe, and come back anytime."],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 35 Spanish: free tax help (VITA) at the library
  s(MARISOL, 'ayuda con impuestos (Spanish): VITA at the library, "llame al 211 o reserve en <URL>", "es todo"', [
    [0, 'p', 'hola, la biblioteca ayuda con los impuestos? necesito hacer mi declaración'],
    [30, 'l', '¡Hola! Soy Marisol, bibliotecaria de Ask a Librarian en la Biblioteca de Linwood.'],
    [36, 'l', '¿Busca ayuda gratuita para preparar la declaración, o solo los formularios?'],
    [80, 'p', 'ayuda gratis, gano poco'],
    [90, 'l', 'Un momento, reviso el calendario.'],
    [170, 'l', 'Los sábados de 10 a 2, voluntarios del programa VITA preparan declaraciones gratis en la sucursal Central, hasta el 15 de abril, para ingresos menores de $67,000. Es con cita: llame al 211 o reserve en linwoodlibrary.org/vita. Traiga su identificación, las tarjetas de Seguro Social y sus formularios W-2.'],
    [176, 'l', '¿Le sirve esta información?'],
    [220, 'p', 'si, muchas gracias. es todo'],
    [226, 'l', '¡Con gusto! Gracias por usar nuestro servicio. Hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 36 dog license: "Let me look it up." then 150 s of nothing
  s(ROS, 'dog license: "Let me look it up." then 150 s, Treasurer online and by street address', [
    [0, 'p', 'where do i get a dog license in calder county'],
    [18, 'l', "Hi! Welcome to Ask Us. I'm Ros, a librarian in Calder County."],
    [24, 'l', 'Is this a new license or a renewal?'],
    [50, 'p', 'new, we just adopted him'],
    [58, 'l', 'Congrats on the new pup! Let me look it up.'],
    [208, 'l', "Dog licenses in Calder County are sold by the County Treasurer: online at caldercounty.gov/doglicense, or in person at the Treasurer's Office, 100 Main St, Room 4. It's $12 if he's spayed or neutered; bring his rabies certificate."],
    [214, 'l', 'Does that answer your question?'],
    [240, 'p', "yes! thank you. that's all i need"],
    [245, 'l', 'Give him a pat for me! Thanks for chatting.'],
  ], usual({ informed: 'fail' })),

  // 37 radon kits: "go to the Fairview branch's circulation desk", hours only
  s(IRIS, 'radon test kits: "go to the Fairview branch\'s circulation desk" with its hours only, no source', [
    [0, 'p', 'heard the library gives out free radon test kits?? is that true'],
    [25, 'l', "Hi there, Iris from AskAway, Dunmore County Library. Yes, it's true!"],
    [31, 'l', 'Are you in Dunmore County? The kits come from the county health department, so they are for county residents.'],
    [60, 'p', 'yes, in fairview'],
    [68, 'l', "Then go to the Fairview branch's circulation desk and ask for a radon kit; they're open 10-8 Mon-Thu and 10-5 Fri-Sat. Bring something with your address on it."],
    [72, 'l', 'Does that answer your question?'],
    [100, 'p', 'yep thx'],
    [105, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),
  // probes written after the first run (labelled before they were run)
  // 38 lost keys (follow-up by the patron's library): the patron's e-mail read back inside "I've sent … to the branch manager"
  s(QUENTIN, 'probe, lost keys (follow-up by patron\'s library): "I\'ve sent the description and your e-mail (…) to the Westgate branch manager. She\'ll reply by Wednesday", done in 20 h', [
    [0, 'p', 'hi, found out my keys are missing, i think they fell out at the Westgate library study carrels this morning. red lanyard w/ a bottle opener'],
    [35, 'l', 'Hello, Quentin here, a librarian with the Ask Us chat. Oh no, keys are the worst to lose.'],
    [41, 'l', 'Did you already ask at the desk before you left, or did you only notice after you got home?'],
    [80, 'p', 'only noticed at home'],
    [90, 'l', "OK. Westgate doesn't post its lost and found anywhere I can see, so I'll send your description to their branch manager. What's the best e-mail for you?"],
    [130, 'p', 'its kenji.w@fastmail.com'],
    [140, 'l', "Done: I've sent the red lanyard description and your e-mail (kenji.w@fastmail.com) to the Westgate branch manager. She'll reply to you by Wednesday."],
    [146, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'no thats all, thanks'],
    [175, 'l', 'Good luck, I hope they turn up! Bye.'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 39 a DVD still on the account: a question about the day and time of the return
  s(KWAME, 'probe, DVD still on the account after the book drop: "Which branch\'s drop did you use, and what day and time did you drop it off?"', [
    [0, 'p', 'I returned a DVD in the outside drop but it still shows checked out and now I have a $1 fine'],
    [25, 'l', 'Hi, Kwame at Brennan Village Library here, answering for Ask Us.'],
    [31, 'l', "Which branch's drop did you use, and what day and time did you drop it off?"],
    [75, 'p', 'Northgate, sat night around 9'],
    [85, 'l', 'Thanks, let me look at how Northgate handles the weekend drop.'],
    [160, 'l', "Northgate empties its outside drop Monday morning, since the branch is closed Sundays, so anything returned Saturday night gets checked in today and backdated to Saturday. Any fine from the delay comes off on its own; that's in the returns FAQ at brennanlibrary.org/returns. If it's still there tomorrow, call Northgate at 555-0175."],
    [166, 'l', 'Does that clear it up?'],
    [200, 'p', 'ok great, ill check tomorrow'],
    [206, 'l', 'Sounds good. Anything else I can help with?'],
    [230, 'p', 'nope'],
    [235, 'l', 'Thanks for chatting, have a good evening!'],
  ], usual({ referral: 'pass' })),
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'card for a county worker, then "we can only take one question per chat" (a limit of questions)':
    'referral.contact: labelled pass, scored na: "Bring a recent pay stub and a photo ID to any branch; details at tollandlibrary.org/cards." (msg 4) tells the patron to visit the library\'s own branches (RUBRIC: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), reached by the library\'s URL; "bring <things> to <place>" is not read as a visit (the same misreading as the forty-first round\'s H1 LEFT "Bring … to the county clerk at <address>").',
  'county emergency alerts: text keyword and URL, resolution code left null':
    'referral.contact: labelled na, scored pass: "Text CALDERALERT to 67283 to sign up" (msg 4) is a sign-up for an alert service for the patron to use (RUBRIC: "Pointing to a website, database or publication for the patron to use is a source, not a referral"), not telling the patron to contact an organisation; the scorer reads the short code as a referral with a phone (borderline: it adds a pass of weight 1).',
};

describe('forty-fourth round: the library\'s own services and the community, checked', () => {
  describeSessions('whole sessions', community.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', community.filter((c) => c.name in LEFT_WHY));
});
