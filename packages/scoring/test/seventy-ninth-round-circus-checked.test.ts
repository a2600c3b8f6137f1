/**
 * Seventy-ninth round, theme CIRCUS AND CLOWNS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: circus history and P.T. Barnum (a Barnum biography for a paper, the American Museum
 * fires, the first flying trapeze, where circus clowns came from, the Ringling Clown College, an 1888 route book, a 1920s
 * trapeze artist in the family, the circus at Leonardtown in 1954), juggling and aerial classes (a juggling kit for a
 * ten-year-old, adult aerial silks, clases de malabares in Spanish), animal welfare rules for circuses (an elephant debate,
 * reporting a chained elephant, la Ley de Bienestar Animal in Spanish), clown school (escuela de payasos in Spanish,
 * scholarships for circus school, whiteface and auguste clowns), old circus posters (value, framing, donating programs and
 * props, 19th-century lithographs) and a circus-themed birthday party (party games, a room, a hired clown, face paint,
 * Entry of the Gladiators for a band, a novelist's list of questions). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s73/circus-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good evening and thanks for contacting Ask a Librarian! This is Priya at …" (01); pickup at exactly 60 s (03:
 *   pass) and at 61 s (04: fail); `pickedUpAt` recorded at 50 s with the first message at 75 s (05: pass); "Hi! Happy to
 *   help with that." naming no one (06: fail); a hold and a question first, the hello and name only in the third provider
 *   message (07: fail); Spanish "¡Buenas noches! Gracias por escribir a AskUsNow!, le atiende Ramón" (02), "¡Hola! Soy Paz,
 *   bibliotecaria de …" (12), "¡Hola! Le saluda Marisol, bibliotecaria de …" (30); a greeting and a hold in one message
 *   (21); a queue and no provider ever (23);
 *  inquiry: full-time or weekends, project length and format, one-off or weekly, drop-in or course, debate side, which
 *   circus and printer, early or American history, book or database, guest count, the year, school grade, donate or sell,
 *   performer name, branch and guests, county and in person, in person or digitized, city of residence, history or
 *   training, the novel's circus, party or all-day wear, age and paper, date or newspapers, band type, school in mind,
 *   law text or articles; sources with no question at all (11: fail);
 *  waits: a hold of 114 s then a partial-result hold answered exactly 120 s later (08: pass); "Give me a sec to check
 *   what's on the shelf." answered 121 s later (09: fail); "No rush — whenever you're ready." then the patron back 260 s
 *   later, and "hello??" during a later hold (10: pass); transfer notices answered 40-45 s later; the patron's closing
 *   line answered 125 s later (19: fail);
 *  endings: a true Lost Call with a check-in at 170 and "It looks like we've been disconnected … feel free to chat with us
 *   again anytime!" at 300 (20: final idle 265 s, both pass); the patron leaving after a greeting-and-hold, then a goodbye
 *   (21); a goodbye exactly 120 s after the answer with no check-in (05: fail); "Are you still with me? If not, thanks for
 *   chatting and come back anytime!" as the last line, 180 s after the answer (11: check-in pass, no notice: fail);
 *   "¿Sigue ahí?" then "Parece que se ha desconectado … cerraré esta sesión." with no thanks (30: courteous fails);
 *   "you've reached the limit of questions for one session" (24: dismissal and courteous fail); "several other patrons
 *   waiting … Please come back anytime" (25: allowed); "My shift is ending, so I'm closing this chat now." (26: fail);
 *   patron-side "thats all i need", "ya no tengo más preguntas", "no more questions", "thats everything thanks", "thats all
 *   i wanted to know", "thats all i needed", "that's all for me", "eso es todo", "es todo", "nope thats everything",
 *   "that's everything", and "ok thanks", "whatever. i guess", "ok fine" that do not count;
 *  sources: books in the catalogue (Wilson's Barnum, a juggling kit and Klutz book, a party games book), a county class
 *   guide, mgaleg.maryland.gov with its menu steps, Opposing Viewpoints, Gale in Context, Britannica Library, a digital
 *   collections site with steps, lostmuseum.cuny.edu, circusworld.wisc.edu, Ancestry Library Edition, pgcmls.info,
 *   aphis.usda.gov, ringling.org, digital.lib.umd.edu, circushistory.org, fda.gov, loc.gov, imslp.org, ecolenationaledecirque.ca;
 *   none (12: an answer from memory; 13: organisations named with no way to reach them);
 *  referrals: a circus school by phone and URL in Spanish (02: pass); two museums/societies with no contact (13: fail); an
 *   archivist by e-mail and a society by phone (14: pass); a city parks office with no contact (15: fail); USDA APHIS by
 *   phone and URL but county animal services with nothing (16: fail); a reading room visit booked at a URL (17: pass); a
 *   rec centre by URL and phone in Spanish (18: pass); staff asked to look on the patron's behalf (27, 28: not referrals);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", recorded 71 h 59 min after the end in a +01:00 offset (27:
 *   pass); FU_LIB, phone typed with spaces and read back with dashes, "within the next three days", recorded at 80 h (28:
 *   on_time fails); a promise to e-mail, the e-mail given, no time, coded Answered (29: code and contact fail, pending);
 *   FU_ME with the e-mail only in `patron.email` and "antes del jueves" (30: code passes, contact fails, pending);
 *  codes: a true Lost Call (20); Lost Call after two patron lines (21); null with no provider (23); "" (10); Practice (22);
 *  transfers: a visible notice and an internal note that says why, both before (17: pass); a notice with no note (18:
 *   fail); a notice before and the note only after the transfer (19: fail);
 *  concurrency: three others open through most of the session, four at once (14: fail); one ending exactly at the start,
 *   two overlapping, one starting exactly at `endedAt` (03: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt`, when recorded, is the pickup (Terms: "or `pickedUpAt` when the source system records it"): 05 is picked
 *   up at 50 s though the first message comes at 75 s;
 * - "Hi! Happy to help with that." greets but names no one (06: fail); in 07 the first two provider messages are a hold and
 *   a question, and the hello with the name comes third: the check looks at the first two only (fail);
 * - a message that gives a partial result and says the search goes on is a hold (08 at 180 s, 27 at 76 s), so 08's last
 *   span is 180 -> 300 = exactly 120 s, not longer (pass);
 * - "No rush — whenever you're ready." tells the patron to take their time: not a hold, so 56 -> 316 is waiting on the
 *   patron (10);
 * - the patron's "very useful, thanks! that's all for me" starts waiting on the provider (Terms: it begins "at a patron
 *   message"), and the goodbye 125 s later ends it: longer than 120 s (19: keep_informed fails);
 * - "Are you still with me? If not, thanks for chatting and come back anytime!" asks whether the patron is still there, so
 *   it is not a Goodbye (Terms) and the final idle runs to `endedAt`: 56 -> 236 = 180 s (11: check-in pass, no
 *   disconnect notice: fail); it still thanks and invites back, so closing.courteous passes (its rule has no such
 *   exception);
 * - "Hi, I'm Cal … sorry for the wait! Let me look up some local entertainers for you, one moment." greets and holds: a
 *   hold, so with the patron gone no substantive exchange happened (21: information checks na);
 * - "Want me to find their phone number for you?" asks about something not yet given (15: completeness fails); "Would you
 *   like me to look for more places that collect circus items?" offers more on the same question and does not ask whether
 *   the patron needs anything else (13: anything_else fails);
 * - "that's all for me" (19), "ya no tengo más preguntas" (02), "no, eso es todo" (18), "no, es todo" (12) say explicitly
 *   that the patron is done;
 * - "you've reached the limit of questions for one session" fails on its own words whatever else is said (24); "My shift
 *   is ending, so I'm closing this chat now." ends the help for the provider's convenience with no way back (26: fail);
 * - "You could write to the Circus World Museum … contacting the Circus Historical Society" refers with no way to reach
 *   either, and the two organisations named without a way to reach them are not sources (13: source and referral fail);
 * - "I can ask the Western Maryland Room … to look … and send you what they find" (27) and "I'll pass this to your home
 *   library's music staff and they'll call you" (28) are staff consulted on the patron's behalf (not referrals) and
 *   promises of a follow-up;
 * - Vic, at the university's special collections, telling the patron to book a reading room visit at lib.umd.edu/… tells
 *   them to visit the provider's own library's department, with a URL (17: referral pass);
 * - "Does that give you enough to work with?", "Would those work for what you need?", "Does that point you in the right
 *   direction?", "Will that work for your class?", "¿Le sirvió la información?", "¿Es lo que buscaba?" ask whether what was
 *   given meets the need;
 * - a session with no provider and a null code fails resolution.code (the code is missing; RUBRIC gives no na for it) (23);
 * - 30's e-mail is only in `patron.email`: a contact is known (resolution.code passes) but it is never given or repeated in
 *   the chat (followup.contact fails); "Parece que se ha desconectado. Si no tengo noticias suyas pronto, cerraré esta
 *   sesión." is the disconnect notice and neither thanks nor says goodbye;
 * - 27's follow-up is recorded at 2026-03-05T15:03:49+01:00, 71 h 59 min of real time after `endedAt`
 *   (2026-03-02T10:04:49-05:00): on time.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (15: referral.contact). Label corrections: none (15's label rechecked against
 * the Referral term: "try the City of Bowie's Parks and Recreation office" tells the patron to go to an outside office).
 * Final: 29 running, 1 LEFT (15, reason in LEFT_WHY).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running, 1 through describeLeft). `npx tsc -p
 * tsconfig.json --noEmit`: no error in this file.
 * ON v69 AS LANDED (block AI): 15 ("try the City of Bowie's Parks and Recreation office") runs as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n: number): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA: Prov = { id: 'priya-ci', name: 'Priya', library: 'EPFL' };
const RAMON: Prov = { id: 'ramon-ci', name: 'Ramón', library: 'AUN' };
const DOT: Prov = { id: 'dot-ci', name: 'Dot', library: 'HCLS' };
const HOLLIS: Prov = { id: 'hollis-ci', name: 'Hollis', library: 'BCPL' };
const INES: Prov = { id: 'ines-ci', name: 'Ines', library: 'MCPL' };
const JUN: Prov = { id: 'jun-ci', name: 'Jun', library: 'AUN' };
const KOFI: Prov = { id: 'kofi-ci', name: 'Kofi', library: 'AACPL' };
const LENA: Prov = { id: 'lena-ci', name: 'Lena', library: 'FCPL-MD' };
const MAGS: Prov = { id: 'mags-ci', name: 'Mags', library: 'CCPL-MD' };
const NED: Prov = { id: 'ned-ci', name: 'Ned', library: 'SMCL' };
const ODILE: Prov = { id: 'odile-ci', name: 'Odile', library: 'WCFL' };
const PAZ: Prov = { id: 'paz-ci', name: 'Paz', library: 'HCPL-MD' };
const QUINN: Prov = { id: 'quinn-ci', name: 'Quinn', library: 'AUN' };
const RUDY: Prov = { id: 'rudy-ci', name: 'Rudy', library: 'GCPL' };
const SOL: Prov = { id: 'sol-ci', name: 'Sol', library: 'PGCMLS' };
const TAMSIN: Prov = { id: 'tamsin-ci', name: 'Tamsin', library: 'TCFL' };
const ULLA: Prov = { id: 'ulla-ci', name: 'Ulla', library: 'AUN' };
const VIC: Prov = { id: 'vic-ci', name: 'Vic', library: 'UMD' };
const WES: Prov = { id: 'wes-ci', name: 'Wes', library: 'AUN' };
const XIOMARA: Prov = { id: 'xiomara-ci', name: 'Xiomara', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-ci', name: 'Yusuf', library: 'AUN' };
const ZEKE: Prov = { id: 'zeke-ci', name: 'Zeke', library: 'AUN' };
const BEA: Prov = { id: 'bea-ci', name: 'Bea', library: 'BCPL' };
const CAL: Prov = { id: 'cal-ci', name: 'Cal', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-ci', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-ci', name: 'Queue', library: 'VRQ' };
const EMIL: Prov = { id: 'emil-ci', name: 'Emil', library: 'AACPL' };
const FAYE: Prov = { id: 'faye-ci', name: 'Faye', library: 'HCLS' };
const GIL: Prov = { id: 'gil-ci', name: 'Gil', library: 'WOCL' };
const HAL: Prov = { id: 'hal-ci', name: 'Hal', library: 'AUN' };
const IRIS: Prov = { id: 'iris-ci', name: 'Iris', library: 'MCPL' };
const LOU: Prov = { id: 'lou-ci', name: 'Lou', library: 'FCPL-MD' };
const MARISOL: Prov = { id: 'marisol-ci', name: 'Marisol', library: 'AUN' };

const s = session;

export const CIRCUS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 a P.T. Barnum biography for a paper: "Good evening and thanks for contacting …", length and format asked, two books in the catalog, "thats all i need"', [
    [0, 'p', 'hi, looking for a good biography of P.T. Barnum for a school project'],
    [15, 'l', 'Good evening and thanks for contacting Ask a Librarian! This is Priya at Enoch Pratt Free Library.'],
    [21, 'l', 'How long is the project, and do you need print books or are e-books ok?'],
    [55, 'p', 'its a 5 page paper due next friday. either is fine'],
    [62, 'l', "Two good ones: Barnum: An American Life by Robert Wilson, and The Colossal P. T. Barnum Reader edited by James W. Cook. Both are in our catalog at catalog.prattlibrary.org and you can place a hold on either."],
    [68, 'l', 'Would those work for what you need?'],
    [110, 'p', 'yes perfect, thats all i need :)'],
    [116, 'l', 'Glad to help — good luck on the paper, bye!'],
  ], usual()),

  // 02 Spanish: clown school, a referral by phone and URL
  s(RAMON, '02 escuela de payasos para un hijo de 16 (Spanish): weekends or full time asked, a circus school by phone and URL, "ya no tengo más preguntas"', [
    [0, 'p', 'buenas noches, mi hijo de 16 quiere estudiar para payaso, hay escuelas de payasos en maryland o cerca?'],
    [28, 'l', '¡Buenas noches! Gracias por escribir a AskUsNow!, le atiende Ramón, bibliotecario.'],
    [34, 'l', '¿Busca un programa de tiempo completo o clases los fines de semana?'],
    [70, 'p', 'fines de semana, todavia esta en la escuela'],
    [78, 'l', 'Baltimore Circus Arts da clases de payaso para jóvenes los sábados. Puede llamarles al 410-555-0163 o ver el horario en baltimorecircusarts.org.'],
    [84, 'l', '¿Le sirvió la información?'],
    [130, 'p', 'sí muchas gracias, ya no tengo más preguntas'],
    [136, 'l', '¡Con mucho gusto! Que le vaya muy bien a su hijo. Hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; three at most at once, touching ends
  s(DOT, '03 juggling for a 10-year-old: pickup at exactly 60 s, weekly or one-off asked, a juggling kit in the catalog, "no more questions"; touching ends (three at most)', [
    [0, 'p', 'do any libraries in howard county teach juggling?? my 10yo is obsessed'],
    [60, 'l', "Hi there! Dot here, children's librarian at Howard County Library System."],
    [66, 'l', 'Are you looking for a one-time program or a class that meets every week?'],
    [95, 'p', 'weekly would be best'],
    [101, 'l', "We don't have a weekly class right now, but our Juggling for Beginners kit (scarves, bean bags and a how-to DVD) can be borrowed from the Miller branch: search 'juggling kit' in our catalog at hclibrary.org. The book Juggling for the Complete Klutz is on the shelf there too."],
    [106, 'l', 'Is that helpful for now?'],
    [140, 'p', 'yes! thanks so much, no more questions'],
    [146, 'l', 'Have fun juggling! Thanks for chatting 🤹'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'dot-ci', -300, 0), other('d2', 'dot-ci', -50, 200), other('d3', 'dot-ci', 40, 400), other('d4', 'dot-ci', 151, 600)],
  }),

  // 04 pickup at 61 s
  s(HOLLIS, '04 adult aerial silks near Towson: pickup at 61 s, drop-in or course asked, the county rec class guide with its menu, "thats everything thanks"', [
    [0, 'p', 'Where can an adult beginner take aerial silks classes near Towson?'],
    [61, 'l', "Hello, you've reached Baltimore County Public Library's Ask a Librarian. My name is Hollis."],
    [67, 'l', 'Are you after a drop-in class, or a course that runs for several weeks?'],
    [100, 'p', 'multi week, evenings'],
    [106, 'l', "The county Recreation and Parks seasonal class guide lists aerial fitness courses; it's online at bcrp.org under Classes > Fitness."],
    [112, 'l', 'Did that answer your question?'],
    [150, 'p', 'yeah found one on tuesdays. thats everything thanks'],
    [155, 'l', 'Great, enjoy the class — bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt at 50 s, first message at 75 s; goodbye exactly 120 s after the answer, no check-in
  s(INES, '05 elephants in Maryland circuses for a debate: pickedUpAt 50 s (first line at 75 s), mgaleg.maryland.gov + Opposing Viewpoints, goodbye 120 s after the answer', [
    [0, 'p', 'are circuses still allowed to use elephants in maryland? its for a school debate'],
    [75, 'l', 'Hi, Ines from Montgomery County Public Libraries here — thanks for waiting!'],
    [81, 'l', "Which side of the debate are you arguing? That'll help me find the right material."],
    [120, 'p', 'against the ban lol, my teacher assigned it'],
    [128, 'l', "Maryland banned elephants in traveling acts in 2017; the bill is on the General Assembly site, mgaleg.maryland.gov (use Legislation > Bill Search and type 'elephants'). For your side, the Opposing Viewpoints database (montgomerycountymd.gov/library > Research > Databases) has essays for and against animals in entertainment. Does that give you enough to work with?"],
    [248, 'l', "Okay, I'll let you go — thanks for using the service, and good luck in the debate!"],
  ], usual({ anything: 'fail', idle: 'fail' }), { pickedUpAt: at(50) }),

  // 06 greets, names no one
  s(JUN, '06 value of a Strobridge circus poster: "Hi! Happy to help with that." (no one named), circus and printer asked, circusworld.wisc.edu', [
    [0, 'p', 'i found an old circus poster in my grandmas attic, how do i find out what its worth'],
    [20, 'l', 'Hi! Happy to help with that.'],
    [26, 'l', "What does the poster say — which circus, and is there a date or a printer's name along the bottom?"],
    [70, 'p', 'ringling bros and barnum & bailey, 1940s i think. says Strobridge Litho Co at the bottom'],
    [78, 'l', "Strobridge printed many of the big circus posters. Circus World Museum's online poster collection at circusworld.wisc.edu lets you compare yours and date it, and the price guide Miller's Posters is in most of our branches."],
    [84, 'l', 'Is that the kind of thing you were looking for?'],
    [120, 'p', 'yes thank u'],
    [125, 'l', 'Anything else I can look up?'],
    [140, 'p', 'no'],
    [144, 'l', 'Okay, take care and thanks for writing in!'],
  ], usual({ greeting: 'fail' })),

  // 07 the hello and the name only in the third provider message
  s(KOFI, '07 when clowns joined the circus: a hold, then a question, the hello with the name third; Britannica Library with steps', [
    [0, 'p', 'whats the history of the clown in the circus? like when did clowns start being in circuses'],
    [18, 'l', 'Let me see what I can find on that.'],
    [80, 'l', 'Do you want the early history (1700s England) or American circus clowns?'],
    [110, 'p', 'early history'],
    [120, 'l', "Sorry, I should've said hello — I'm Kofi, a librarian at Anne Arundel County Public Library."],
    [126, 'l', "Philip Astley's ring in 1770s London had the first circus clowns, and Joseph Grimaldi made the clown famous. The Britannica Library database (aacpl.net > eResources > Britannica) has a good article under 'clown'."],
    [132, 'l', 'Does that cover what you needed?'],
    [170, 'p', 'ya good. thats all i wanted to know'],
    [176, 'l', 'Thanks for asking, bye!'],
  ], usual({ greeting: 'fail' })),

  // 08 a hold of 114 s, then a partial-result hold answered exactly 120 s later
  s(LENA, '08 who invented the flying trapeze: hold at 66, partial-result hold at 180, answer at 300 (exactly 120 s), Gale in Context', [
    [0, 'p', 'who invented the flying trapeze? need a source for my history class'],
    [20, 'l', 'Hi, welcome to Ask Us! Lena here from Frederick County Public Libraries.'],
    [26, 'l', 'Do you need a book, or is a database article okay for your class?'],
    [60, 'p', 'database article is ok'],
    [66, 'l', 'Great, bear with me while I search.'],
    [180, 'l', "Still digging — it looks like Jules Léotard did the first flying trapeze act in Paris in 1859; I'm looking for an article you can cite."],
    [300, 'l', 'Here you go: the Gale in Context: World History database (fcpl.org > Research > Databases) has an article on Léotard and the trapeze.'],
    [306, 'l', 'Will that work for your class?'],
    [340, 'p', 'yes perfect thank you'],
    [345, 'l', "Is there anything else you're working on that I can help with?"],
    [370, 'p', 'no im good'],
    [374, 'l', 'Good luck with the paper, and thanks for chatting!'],
  ], usual()),

  // 09 a hold answered 121 s later
  s(MAGS, '09 circus birthday party games (chat-speak): "Give me a sec to check what\'s on the shelf." answered 121 s later', [
    [0, 'p', 'omg planning my daughters 6th bday, circus theme. any books w/ party games??'],
    [17, 'l', "Hi! Mags at Carroll County Public Library's Ask a Librarian here 🎪"],
    [23, 'l', 'How many kids are coming, and is it indoors or outside?'],
    [55, 'p', 'like 12 kids, backyard'],
    [61, 'l', "Ooh fun. Give me a sec to check what's on the shelf."],
    [182, 'l', "Sorry for the wait! The Big Book of Backyard Party Games is on the shelf at Westminster, and our party guide at library.carr.org/kids/parties has a circus page with a ring toss and a clown-nose relay."],
    [188, 'l', 'Did those help?'],
    [220, 'p', 'yesss thank you!!'],
    [224, 'l', 'Anything else I can find for the party?'],
    [240, 'p', 'nope thats it'],
    [244, 'l', 'Have a blast! Thanks for chatting.'],
  ], usual({ informed: 'fail' })),

  // 10 waiting on the patron; "hello??" during a hold; code ""
  s(NED, '10 photos of the circus at Leonardtown: "No rush — whenever you\'re ready." then 260 s away, "hello??" during a hold, digital collections with steps, code ""', [
    [0, 'p', 'hi does the library have old photos of when the circus came to leonardtown? my grandpa always talks about it'],
    [22, 'l', "Hello! Ned here, local history librarian at St. Mary's County Library."],
    [28, 'l', 'Do you know roughly what year it was?'],
    [50, 'p', 'hang on let me ask my mom'],
    [56, 'l', "No rush — whenever you're ready."],
    [316, 'p', 'ok she says 1950s, maybe 1954'],
    [322, 'l', 'One moment, checking our digital archive.'],
    [390, 'p', 'hello??'],
    [410, 'l', "Here: our Digital Collections site (stmalib.org > Local History > Digital Collections) has a 1954 set called 'King Bros. Circus at the fairgrounds'. Search 'circus' there."],
    [416, 'l', 'Is that what you were hoping to find?'],
    [460, 'p', 'YES thats it!! thank you so much, thats all i needed'],
    [466, 'l', 'Wonderful! Say hi to your grandpa, and thanks for chatting.'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 11 no question before the source; a check-in that thanks, 180 s after the answer, no disconnect notice
  s(ODILE, '11 when Barnum\'s American Museum burned: sources at once with no question, a second question, "Are you still with me? If not, thanks …" 180 s later', [
    [0, 'p', 'when did barnums american museum burn down'],
    [14, 'l', "Hello, this is Odile at Washington County Free Library's Ask a Librarian."],
    [20, 'l', "It burned on July 13, 1865. CUNY's Lost Museum site has the story and pictures: lostmuseum.cuny.edu."],
    [26, 'l', 'Anything else I can help you with?'],
    [50, 'p', 'was there a second fire?'],
    [56, 'l', 'Yes — he reopened farther up Broadway and that museum burned in March 1868. The same site covers it. Did that help?'],
    [236, 'l', 'Are you still with me? If not, thanks for chatting and come back anytime!'],
  ], usual({ clarify: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 0 }),

  // 12 partly Spanish; an answer with no source
  s(PAZ, '12 payaso whiteface o auguste (partly Spanish): grade asked, an answer from memory with no source, "no, es todo"', [
    [0, 'p', "hola, cual es la diferencia entre un payaso whiteface y un auguste? for my daughter's school thing"],
    [24, 'l', '¡Hola! Soy Paz, bibliotecaria de Harford County Public Library. Hi!'],
    [30, 'l', '¿Para qué grado es el proyecto?'],
    [60, 'p', '3er grado'],
    [66, 'l', "El payaso whiteface tiene la cara toda blanca y es el más elegante y mandón; el auguste lleva maquillaje rosado o rojo, ropa enorme y es el torpe que siempre se cae. There's also the tramp or hobo clown, like Emmett Kelly."],
    [72, 'l', '¿Le ayuda eso?'],
    [100, 'p', 'si perfecto gracias'],
    [104, 'l', '¿Algo más en que le pueda ayudar?'],
    [120, 'p', 'no, es todo'],
    [124, 'l', '¡Gracias por usar el servicio, hasta pronto!'],
  ], usual({ source: 'fail' })),

  // 13 organisations with no way to reach them; an offer of more, not "anything else"
  s(QUINN, '13 donating circus programs and clown props: "write to the Circus World Museum … contacting the Circus Historical Society" (no contact), an offer to look for more', [
    [0, 'p', "I have a box of my father's circus programs and clown props from the 60s. Who would want them?"],
    [25, 'l', 'Good afternoon! Quinn here, a librarian with the AskUsNow! statewide service.'],
    [31, 'l', 'Would you like to donate them, or sell them?'],
    [60, 'p', 'donate, id like them to go to a museum'],
    [66, 'l', "You could write to the Circus World Museum, which collects programs and performers' props, and I'd also suggest contacting the Circus Historical Society — their members often know which collections are looking for material."],
    [72, 'l', 'Does that point you in the right direction?'],
    [110, 'p', 'i guess. ok thanks'],
    [115, 'l', 'Would you like me to look for more places that collect circus items?'],
    [135, 'p', 'no thats ok'],
    [139, 'l', 'All right — thanks for reaching out, take care!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 14 referrals by e-mail and phone; four open at once
  s(RUDY, '14 a great-grandfather on the trapeze in the 1920s: Ancestry Library Edition, an archivist by e-mail, a society by phone; three other chats open (four at once)', [
    [0, 'p', 'my great grandfather was a trapeze guy in the 1920s with some circus, how do i find out more about him'],
    [20, 'l', 'Hi, welcome! Rudy at Garrett County Public Library here.'],
    [26, 'l', 'Do you know the name he performed under, and which circus he was with?'],
    [60, 'p', 'Anton Kessler, maybe the Sells-Floto circus'],
    [68, 'l', "Start with Ancestry Library Edition (free at any of our branches) — 1920 and 1930 census entries sometimes list 'circus performer'. The Circus World Museum's research library keeps performer files and route books: e-mail their archivist at circusresearch@wisconsinhistory.org with his name. The Circus Historical Society also answers member queries at 715-555-0188."],
    [74, 'l', 'Does that give you some good places to start?'],
    [110, 'p', 'yes this is great'],
    [114, 'l', 'Anything else I can help you dig up?'],
    [130, 'p', 'nope thats everything'],
    [134, 'l', 'Good luck with the search! Thanks for using Ask a Librarian.'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('r1', 'rudy-ci', -200, 400), other('r2', 'rudy-ci', 10, 300), other('r3', 'rudy-ci', 60, 500)],
  }),

  // 15 a city office with no contact; a question about something not yet given
  s(SOL, '15 a library room for a circus birthday party: pgcmls.info policy, "try the City of Bowie\'s Parks and Recreation office" (no contact), "Want me to find their phone number?"', [
    [0, 'p', "can i rent a room at the library for my son's circus birthday party?"],
    [20, 'l', "Hi there, this is Sol with Prince George's County Memorial Library System. Thanks for reaching out!"],
    [26, 'l', 'Which branch were you thinking of, and about how many guests?'],
    [60, 'p', 'bowie, maybe 25 ppl'],
    [66, 'l', "Unfortunately our meeting rooms can't be booked for private parties; the policy is at pgcmls.info/meeting-rooms. For a party room, try the City of Bowie's Parks and Recreation office — they rent out community center rooms for birthdays."],
    [72, 'l', 'Want me to find their phone number for you?'],
    [100, 'p', "nah i'll google it. thanks"],
    [105, 'l', 'Sure thing. Is there anything else I can help with?'],
    [125, 'p', "no that's it"],
    [129, 'l', 'Have a great party, and thanks for chatting!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 16 an upset patron; two referrals, one with no contact
  s(TAMSIN, '16 reporting a chained elephant (upset patron): USDA APHIS by phone and URL, "report it to Talbot County Animal Services" with nothing', [
    [0, 'p', 'theres a circus in town with a chained up elephant and NOBODY is doing anything. who do i report this to'],
    [30, 'l', "Hello, I'm Tamsin, a librarian at Talbot County Free Library. I'm sorry, that sounds upsetting."],
    [36, 'l', 'Is the circus here in Talbot County, and did you see it in person?'],
    [70, 'p', 'yes easton. yes i saw it. why does that matter just tell me'],
    [76, 'l', "It matters because different offices handle it. Exhibitors of elephants are licensed by the USDA, so you can file a complaint with USDA APHIS Animal Care at 970-555-0178 or aphis.usda.gov/animal-care. You can also report it to Talbot County Animal Services."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'whatever. i guess'],
    [126, 'l', 'Is there anything else I can help with?'],
    [150, 'p', 'no. you people are useless'],
    [156, 'l', "I'm sorry you feel that way. Thanks for speaking up for the animals, and you're welcome to chat back anytime."],
  ], usual({ referral: 'fail' })),

  // 17 a transfer with a notice and a note that says why
  s(ULLA, '17 19th-century circus lithographs: transfer notice (a hold) and a note saying why, then Vic at special collections, a reading room visit at a URL', [
    [0, 'p', "I'm researching 19th-century circus lithographs. Does any Maryland library hold originals?"],
    [20, 'l', 'Hi, Ulla here at Ask Us Now, welcome!'],
    [26, 'l', 'Are you hoping to see them in person, or are digitized copies enough?'],
    [60, 'p', 'in person ideally'],
    [66, 'l', "Let me pass you to a colleague at the University of Maryland's special collections who knows their poster holdings — one moment while I transfer you."],
    [70, 'i', 'Patron researching 19thC circus lithographs, wants to see originals in person. Can you take it? Your posters collection.'],
    xfer(73, 'Vic', 'vic-ci'),
    [110, 'l', 'Hello! This is Vic, special collections librarian at the University of Maryland Libraries.', as(VIC)],
    [116, 'l', "We have about forty Strobridge and Courier Company lithographs from the 1880s to 1900s. You can browse them at digital.lib.umd.edu (search 'circus') and book a reading room visit at lib.umd.edu/special/visit.", as(VIC)],
    [122, 'l', 'Is this what you had in mind?', as(VIC)],
    [160, 'p', "yes, exactly! that's all I needed."],
    [165, 'l', 'Wonderful. Thank you for your question, and enjoy the visit!', as(VIC)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 18 partly Spanish; a transfer with a notice and no note
  s(WES, '18 clases de malabares para adultos (partly Spanish): "I\'ll transfer you to a Spanish-speaking librarian" with no note, Xiomara asks the city, a rec centre by URL and phone', [
    [0, 'p', 'hello, do you have someone who speaks spanish? quiero saber de clases de malabares para adultos'],
    [25, 'l', "Hi, I'm Wes with the AskUsNow! service. I'll transfer you to a Spanish-speaking librarian, just a moment."],
    xfer(30, 'Xiomara', 'xiomara-ci'),
    [70, 'l', '¡Hola! Soy Xiomara, bibliotecaria de AskUsNow!. ¿En qué ciudad vive?', as(XIOMARA)],
    [100, 'p', 'en silver spring'],
    [108, 'l', 'El centro comunitario de Long Branch ofrece clases de malabares para adultos los jueves. Puede inscribirse en montgomerycountymd.gov/rec o llamar al 240-555-0119.', as(XIOMARA)],
    [114, 'l', '¿Es lo que buscaba?', as(XIOMARA)],
    [150, 'p', 'sí! gracias'],
    [155, 'l', '¿Necesita algo más?', as(XIOMARA)],
    [170, 'p', 'no, eso es todo'],
    [175, 'l', '¡Que se divierta! Gracias por escribirnos.', as(XIOMARA)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 19 the note only after the transfer; the patron's last line answered 125 s later
  s(YUSUF, '19 was the Ringling Clown College real: notice before, internal note only after the transfer, Zeke cites ringling.org, goodbye 125 s after "that\'s all for me"', [
    [0, 'p', 'Was the Ringling Clown College a real school? How did people get in?'],
    [15, 'l', 'Hello! Yusuf here, a librarian with Ask Us Now.'],
    [21, 'l', 'Are you asking about its history, or thinking about clown training yourself?'],
    [55, 'p', 'history — im writing an article about it'],
    [60, 'l', "Our arts librarian knows this one well, I'm transferring you to him now."],
    xfer(63, 'Zeke', 'zeke-ci'),
    [66, 'i', 'Zeke — pt is writing an article on Clown College history (1968-97), all yours'],
    [100, 'l', "Hi, Zeke here. Yes, it was real: Ringling ran Clown College in Venice, Florida from 1968 to 1997, and applicants filled out a famously quirky questionnaire. The Ringling Museum's circus archive, ringling.org/circus-museum, has photos and the history.", as(ZEKE)],
    [106, 'l', 'Is that useful for the article?', as(ZEKE)],
    [140, 'p', "very useful, thanks! that's all for me"],
    [265, 'l', 'Sorry for the delay — thanks for chatting, and good luck with the article!', as(ZEKE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 20 a true Lost Call: greeting, check-in, notice with an invitation back
  s(BEA, '20 cost of hiring a party clown (Lost Call): greeting only, "Hi again — are you still there?" at 170, "It looks like we\'ve been disconnected … anytime!" at 300', [
    [0, 'p', 'how much does it usually cost to hire a clown for a kids party'],
    [35, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Bea at Baltimore County Public Library."],
    [170, 'l', 'Hi again — are you still there?'],
    [300, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please feel free to chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after two patron lines; a greeting that is also a hold; the patron leaves
  s(CAL, '21 a party clown near Elkton (Lost Call, two patron lines): "hello?", greeting + "one moment", patron left, "It looks like you\'ve left … come back anytime!"', [
    [0, 'p', 'need a clown for a party in elkton, who do people usually hire'],
    [30, 'p', 'hello?'],
    [48, 'l', "Hi, I'm Cal with Cecil County Public Library's Ask a Librarian — sorry for the wait! Let me look up some local entertainers for you, one moment."],
    left(52),
    [110, 'l', "It looks like you've left the chat. Thanks for your question, and feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Practice
  s(TRAINEE, '22 a training chat about juggling scarves (Practice): not scored', [
    [0, 'p', 'test chat pls ignore — what are juggling scarves made of'],
    [12, 'l', 'Hi, this is a trainee at the Ask Us Now training desk! Usually nylon chiffon.'],
    [30, 'p', 'ok thx'],
    [34, 'l', 'Bye!'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 no provider ever; the code missing
  s(QUEUE, '23 circus coloring pages for preschool: queue lines, "hello?? anyone", patron left, no provider, code null', [
    [0, 'p', 'hi looking for free circus coloring pages for my preschool class'],
    queued(5, 3),
    [90, 'p', 'hello?? anyone'],
    queued(95, 2),
    left(200),
  ], { ...ALL_NA, 'approachability.pickup': 'fail', 'resolution.code': 'fail' }, { resolutionCode: null }),

  // 24 a limit on questions
  s(EMIL, '24 a novelist\'s list of circus-train questions: the pie car at circushistory.org, then "you\'ve reached the limit of questions for one session"', [
    [0, 'p', 'ok i have a bunch of circus questions for my novel. first: what did circus people eat on the train in the 1920s'],
    [18, 'l', 'Hi, Emil here, a librarian at Anne Arundel County Public Library.'],
    [24, 'l', 'Is your novel about a real circus, or a made-up one?'],
    [50, 'p', 'made up, but like ringling size'],
    [56, 'l', "Big shows had a cookhouse tent and a 'pie car' on the train for snacks. The route books digitized at circushistory.org describe the meals day by day."],
    [62, 'l', 'Does that help with the first one?'],
    [90, 'p', 'yes!! ok next, how did they move the big top? and what did clowns get paid? and where did they sleep'],
    [96, 'l', "I'm sorry, but you've reached the limit of questions for one session."],
    [110, 'p', 'seriously?? wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 25 the allowed "other patrons waiting" form
  s(FAYE, '25 clown face paint on kids\' skin: fda.gov, then "several other patrons waiting … Please come back anytime", "ok fine"', [
    [0, 'p', 'is clown face paint safe for kids skin?'],
    [20, 'l', "Hello and welcome! I'm Faye, a librarian at Howard County Library System."],
    [26, 'l', "Is it for a party, or for a costume someone will wear all day?"],
    [55, 'p', 'a party. also what brand is best, and how do i take it off, and can you paint a unicorn'],
    [62, 'l', "The FDA's page on face paints lists which color additives are approved for skin: fda.gov/cosmetics (search 'face paint'). Look for 'FDA-compliant' on the label, do a patch test first, and take it off with a gentle oil-based cleanser."],
    [68, 'l', 'Does that answer the safety part?'],
    [100, 'p', 'yes but what about the unicorn, and the brands, and how long it lasts, and glitter??'],
    [106, 'l', "There are several other patrons waiting for help right now, so I need to wrap up this chat. Please come back anytime for the design questions — we'll be happy to help!"],
    [120, 'p', 'ok fine'],
  ], usual({ anything: 'fail' })),

  // 26 the provider leaves at the end of the shift
  s(GIL, '26 framing a 1950s circus poster: loc.gov care page, then "My shift is ending, so I\'m closing this chat now." with a question open', [
    [0, 'p', 'how do i frame an old circus poster without ruining it'],
    [22, 'l', 'Hi there, Gil from Worcester County Library here.'],
    [28, 'l', "How old is it, and is it printed on thin paper or on card?"],
    [60, 'p', '1950s, thin paper, kinda torn at the edges'],
    [66, 'l', 'The Library of Congress has a page on caring for posters and other works on paper: loc.gov/preservation/care. Use acid-free mats and UV-filtering glass.'],
    [72, 'l', 'Is that what you needed?'],
    [100, 'p', 'kind of, but should i fix the tears with tape first?'],
    [106, 'l', "My shift is ending, so I'm closing this chat now."],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 27 follow-up by me: e-mail read back, "by Friday", recorded 71 h 59 min after the end in a +01:00 offset
  s(HAL, '27 did Barnum & Bailey play Hagerstown in 1888 (follow-up by me): a partial-result hold, e-mail read back, "by Friday", done at 71 h 59 min (+01:00)', [
    [0, 'p', 'im trying to find out if barnum & bailey played in hagerstown in 1888. is there a route list?'],
    [24, 'l', "Good morning! Hal here, a librarian with AskUsNow!, Maryland's ask-a-librarian service."],
    [30, 'l', 'Are you after the exact date, or any newspaper coverage of the show too?'],
    [70, 'p', 'both ideally'],
    [76, 'l', 'Route books list every stop; the Circus Historical Society has several digitized at circushistory.org/Routes. Let me check for the 1888 one.'],
    [170, 'l', "The 1888 route isn't online. I can ask the Western Maryland Room at Washington County Free Library to look through their 1888 Hagerstown papers and send you what they find. What's the best e-mail for you?"],
    [210, 'p', 'sure! its j.brandt88@example.com'],
    [216, 'l', "Thank you — so that's j.brandt88@example.com. You'll hear from me by Friday."],
    [222, 'l', 'Does the route book site help in the meantime?'],
    [260, 'p', 'yes, thanks a lot'],
    [265, 'l', 'Anything else I can do today?'],
    [280, 'p', 'nope'],
    [284, 'l', 'Thanks for the great question — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:03:49+01:00' }] }, { now: T0 + 4 * DAY }),

  // 28 follow-up by the patron's library: phone read back, "within the next three days", recorded at 80 h
  s(IRIS, '28 Entry of the Gladiators for a middle school band (follow-up by patron\'s library): imslp.org, phone read back, "within the next three days", done at 80 h', [
    [0, 'p', 'need sheet music for Entry of the Gladiators (the circus song) for middle school band, full score'],
    [20, 'l', "Hi! I'm Iris, music librarian at Montgomery County Public Libraries. Thanks for writing!"],
    [26, 'l', 'Is it for concert band or marching band?'],
    [60, 'p', 'concert band'],
    [66, 'l', "IMSLP has Fučík's original score free at imslp.org (search 'Einzug der Gladiatoren'). A concert band arrangement would have to come through interlibrary loan, so I'll pass this to your home library's music staff and they'll call you. What number should they use?"],
    [110, 'p', '301 555 0147'],
    [116, 'l', "Got it: 301-555-0147. They'll call within the next three days."],
    [122, 'l', 'Does the IMSLP score work for now?'],
    [150, 'p', "yes thank you, that's everything"],
    [155, 'l', "You're welcome! Thanks for using Ask Us."],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 29 a promise to e-mail, no time, coded Answered
  s(LOU, '29 scholarships for circus school: two school sites, "I\'ll email you what I find", e-mail given, no time, coded Answered', [
    [0, 'p', 'are there scholarships for clown school? my son wants to go to a circus school after high school'],
    [25, 'l', "Hello, thanks for contacting Ask Us! I'm Lou, a librarian at Frederick County Public Libraries."],
    [31, 'l', 'Does he have a particular school in mind, in the US or abroad?'],
    [70, 'p', 'maybe the one in montreal? or anywhere in the US'],
    [76, 'l', "The National Circus School in Montreal lists its fees and financial aid at ecolenationaledecirque.ca. For US programs, the American Circus Educators association keeps a directory at americancircuseducators.org."],
    [82, 'l', "I'd like to dig for some scholarship lists and send them to you. Could you give me your email?"],
    [120, 'p', 'sure, kpatel.home@example.com'],
    [126, 'l', "Great, I'll email you what I find."],
    [132, 'l', 'Are the school sites useful in the meantime?'],
    [170, 'p', 'yes! thank you'],
    [175, 'l', 'Anything else?'],
    [190, 'p', 'no thanks'],
    [194, 'l', 'Take care, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 30 Spanish: follow-up by me with the e-mail only in the patron fields; check-in and a notice with no thanks
  s(MARISOL, '30 leyes federales sobre animales en circos (Spanish, follow-up by me): aphis.usda.gov, "se los envío a su correo antes del jueves", "¿Sigue ahí?", notice with no goodbye', [
    [0, 'p', 'Hola, necesito las leyes federales sobre el uso de animales en circos para un trabajo de la universidad'],
    [26, 'l', '¡Hola! Le saluda Marisol, bibliotecaria de AskUsNow!.'],
    [32, 'l', '¿Necesita el texto de la ley o artículos que la analicen?'],
    [70, 'p', 'los dos si se puede'],
    [76, 'l', 'La Ley de Bienestar Animal (Animal Welfare Act) y sus reglamentos están en la página del USDA: aphis.usda.gov/animal-welfare-act. Para los artículos, voy a buscar en nuestras bases de datos y se los envío a su correo antes del jueves.'],
    [82, 'l', '¿Le sirve el enlace por ahora?'],
    [210, 'l', '¿Sigue ahí?'],
    [330, 'l', 'Parece que se ha desconectado. Si no tengo noticias suyas pronto, cerraré esta sesión.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', contact: 'fail', onTime: 'pending' }), {
    ...FU_ME, patron: { name: null, email: 'r.montes@example.edu', phone: null }, endAfter: 30,
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CIRCUS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-ninth round: circus and clowns, checked', () => {
  describeSessions('whole sessions', CIRCUS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CIRCUS.filter((c) => c.name in LEFT_WHY));
});
