/**
 * Seventy-seventh round, theme ROBOTICS AND CODING, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: teen robotics teams (a FIRST LEGO League team for a 9-year-old, FTC grants for a community
 * team, FRC or FTC for a new high schooler, a team meeting night, a practice room for a Salisbury team, decals from a vinyl
 * cutter, FIRST fees in Spanish, the FTC game manual), Scratch and Python classes (Scratch for an 8-year-old in Spanish, Python
 * for beginners, Python for seniors, Python books for kids, a teen code club, a for loop that prints twice), 3D printers and
 * makerspace sign-ups (orientation, a laser cutter for a 14-year-old, stringing prints, a booking page that is always full),
 * Raspberry Pi and Arduino kits (borrowing a Pi kit, Arduino books, Pi or Arduino for a 12-year-old, a Pi from another county)
 * and coding bootcamps and free courses (free Python courses after a layoff, web courses in Spanish, GI Bill bootcamps, a
 * girls' summer camp, 4-H robotics for homeschoolers). Every one of the 17 checks labelled in every session from RUBRIC.md's
 * text before the first run (labels copied aside to /tmp/s73/robotics-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup with "Good morning, thanks for contacting Ask Us Now! This is Priya, a librarian at …" (01); pickup
 *   at exactly 60 s (03: pass) and at 61 s (04: fail); `pickedUpAt` recorded at 45 s with the first line at 80 s (08); "Omar,
 *   Anne Arundel County Public Library reference." then "Print or ebook?" (05: named, never greeted, fail); Spanish "¡Buenos
 *   días! Le saluda Inés, bibliotecaria …" (02), "Hola, le escribe Tomás, bibliotecario de Ask Us Now." (11), "Buenas tardes,
 *   gracias por comunicarse con Ask Us Now. Mi nombre es Alma, soy bibliotecaria." (16), "¡Hola! Le habla Luz …" (20); a
 *   queue line and no provider ever, with the code field left out (30);
 *  inquiry: branch, age, school or community team, from zero or not, print or ebook, FRC or LEGO league, building or
 *   programming, in person or online, county and age, homeschool club or workshop, paste the loop; sources straight after the
 *   greeting with no question (09: fail); questions in sessions that never give a source (10, 11: any question counts);
 *  waits: a hold at 66, a partial-result hold 119 s later and the answer exactly 120 s after that (06: pass); "Bear with me
 *   while I pull a few together." answered 125 s later (07: fail); "No rush, take your time!" then the patron back 264 s later
 *   (08: waiting on the patron, pass); a hold while a teen librarian is asked (14); a transfer notice answered 48 s after the
 *   transfer (28) and 130 s after the notice (29: fail);
 *  endings: a true Lost Call in Spanish with "¿Sigue ahí?" and "Parece que se desconectó … ¡Vuelva cuando quiera!" (20: final
 *   idle 325 s); a check-in at 200 and a notice inviting back at 262 (21: 186 s); "Hi, are you still with me?" and a notice with
 *   thanks exactly 180 s after the answer (22: both pass); a goodbye exactly 120 s after the answer with no check-in (24: fail,
 *   disconnect na); a bare notice "It looks like you've disconnected, so I'm going to end this chat." with no question and no
 *   thanks (25: final idle to endedAt, 255 s: check-in fails, notice passes, courteous fails); "My shift ends in two minutes, so
 *   I have to stop here." then "Bye." to an upset patron (26: dismissal fails, courteous passes); "There are a few other patrons
 *   waiting for help right now … please chat back in later" to an angry patron (27: allowed); the patron's "u too bye" last
 *   (14); goodbyes "Have fun at robotics, and thanks for chatting with us!", "¡Con mucho gusto! Gracias por escribirnos y que le
 *   vaya bien.", "Enjoy tinkering, bye!", "OK. Bye.", "Happy building! Bye for now.", "Gracias a usted, ¡que le vaya muy
 *   bien!", "Thanks for contacting us, talk soon!", "Bye, thanks!", "Thanks for your patience, and good luck with the booking!";
 *   patron-side "thats all i needed", "no necesito nada mas", "thats everything", "thats all i wanted to know", and "yes thanks
 *   a lot", "yep, got it", "ok", "fine", "seriously?? wow" that do not count;
 *  completeness: "Does that cover what you needed?", "¿Es lo que buscaba?", "Would those two be a good start for you?", "Do these
 *   fit what you had in mind?", "¿Le sirve eso?", "Does the manual link work for you?", "Is Python for Kids the sort of book you
 *   meant?", "Did that fix it?", "Would that work for you?", "Will that do it?"; near misses: none at all (10, 25) and "Would you
 *   like the link to the summer session too?" (24: something not yet given);
 *  sources: bcpl.info/events and firstinspires.org pages, pgcmls.info/events and scratch.mit.edu, the catalog at hclibrary.org,
 *   montgomerycountymd.gov/library, Arduino books in the catalog, Candid's Foundation Directory Online through the databases
 *   page, LinkedIn Learning and Gale Courses through fcpl.org, py4e.com, washcolibrary.org/makerspace, hcplonline.org/events,
 *   a phone for the Extension office, help.prusa3d.com, va.gov's GI Bill tool, girlswhocode.com, Python for Kids in the
 *   catalog, docs.python.org, worcesterlibrary.org/makerspace, wicomicolibrary.org/rooms, bcpl.info/makerspace; none: an
 *   opinion naming Scratch, Minecraft and the Pi (10) and "freeCodeCamp y Khan Academy" named without a way to reach them (11);
 *  referrals: the Extension office's 4-H clubs by phone (12: pass); "Stop by the Makerspace desk at Lexington Park and ask for
 *   Marcus" with no contact (13: fail); the teen librarian consulted on the patron's behalf (14) and the patron's library asked
 *   to call the patron (16): not referrals;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done at 20 h (15: pass); FU_LIB in Spanish, a phone
 *   typed with spaces and read back with dashes, "dentro de 72 horas", done at 80 h (16: on_time fails); a promise to e-mail
 *   "tomorrow" with the e-mail read back, coded Answered (17: code fails, contact passes, on_time pending at day 1); FU_ME with
 *   "follow up with you" and no contact anywhere, not recorded at day 4 (18: code, contact and on_time fail); FU_ME with the
 *   e-mail only in `patron.email`, "by Friday", done at 71 h 59 min (19: contact fails, code and on_time pass);
 *  codes: a true Lost Call (20); Lost Call after three patron lines (21); Practice (23); null (27); the field left out (30);
 *  transfers: "I'm transferring you to one of their librarians now. One moment please." + an internal note that says why (28:
 *   pass); a visible notice and no note (29: fail);
 *  concurrency: one chat ending exactly at the start, two overlapping, one starting exactly at `endedAt` (01: three at most,
 *   pass); three others open through the session (07: four at once, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt`, when the source records it, is the pickup (RUBRIC Terms: "the first visible provider message (or `pickedUpAt`
 *   when the source system records it)"): 08 is picked up at 45 s though its first line is at 80 s (pass);
 * - Spanish greetings, identifications ("bibliotecaria", "bibliotecario", "Le habla Luz"), check-ins ("¿Sigue ahí?"), notices
 *   ("Parece que se desconectó, así que voy a cerrar el chat") and goodbyes ("¡Vuelva cuando quiera!", "Gracias a usted")
 *   count as the English ones RUBRIC lists (02, 11, 16, 20); the patron's "no necesito nada mas" ("I need nothing more") says
 *   explicitly that they are done (02);
 * - "Omar, Anne Arundel County Public Library reference." identifies without greeting, and "Print or ebook?" does not greet
 *   (05: fail); "OK. Bye." says goodbye (05);
 * - "Still digging: FIRST lists its own team grants at … — I'm checking our grant database too." gives a partial result and
 *   says the search goes on: a hold (06), so the last span is 185 -> 305 = exactly 120 s;
 * - a greeting alone is not a substantive exchange (20: information checks na, keep_informed na);
 * - an answer from the provider's own knowledge that names Scratch, Minecraft, the Raspberry Pi and Arduino names no resource
 *   the patron can use (10: source fails); "freeCodeCamp y Khan Academy tienen cursos gratis" names organisations without a way
 *   to reach them (11: fail, RUBRIC info.source: "An organisation or app named without a way to reach it is not a source");
 *   the message that gives the answer opens completeness, so "¿Le sirve eso?" after it passes (11);
 * - "Would those two be a good start for you?", "Did that fix it?", "Would that work for you?", "Will that do it?" ask whether
 *   what was given meets the need (06, 26, 27, 29); "Would you like the link to the summer session too?" offers something not
 *   yet given (24: fail);
 * - "Stop by the Makerspace desk at Lexington Park and ask for Marcus" tells the patron to visit the provider's own library's
 *   department and a named person, with no phone, e-mail, address or URL for them; the Prusa guide's URL beside it is a source
 *   to read, not a way to reach Marcus (13: referral fails);
 * - "Dana, our teen librarian, says the team meets Thursdays …" reports staff consulted on the patron's behalf; saying where a
 *   team meets answers the question and does not tell the patron to contact anyone (14: referral na);
 * - "voy a pedirle a su biblioteca … que la llame" is a promise that someone from the patron's library will contact them (a
 *   follow-up session), not a referral; "dentro de 72 horas" says when (16: contact passes);
 * - `resolutionCode: undefined` is the field left out (the source has no codes): resolution.code na (30);
 * - "My shift ends in two minutes, so I have to stop here." ends the help for the provider's convenience with no way back (26:
 *   fail); the "Bye." after it is still a goodbye (courteous passes);
 * - "It looks like you've disconnected, so I'm going to end this chat." neither asks, thanks nor invites back: not a check-in,
 *   not a goodbye (the idle runs to `endedAt`), and not a dismissal (25);
 * - an announcement of a transfer with "One moment please" is a hold (28, 29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (06 and 19, followup.completeness). Label corrections: none (both labels hold
 * by RUBRIC's text: each question asks about what was already given).
 * Final: 28 running, 2 LEFT (06, 19: the scorer does not read "Would those two be a good start for you?" or "Is Python for
 * Kids the sort of book you meant?" as the completeness question).
 * Every timing check (pickup at 60 and 61 s and from a recorded pickedUpAt; keep_informed at 119 + exactly 120 s across a
 * partial-result hold, at 125 s, across "take your time" and two transfers; final idles of 120, 180, 186, 255 and 325 s;
 * concurrency at four and at touching ends; on_time at 20 h, 71 h 59 min, 80 h, unrecorded at day 4 and pending at day 1)
 * scored as labelled on the first run, and the redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (28 through describeSessions, 2 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v68 (block AH14): cases 06 ("Would those two be a good start for you?") and 19 ("Is Python for Kids the sort of book you
 *   meant?") run, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n: number): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA: Prov = { id: 'priya-rb', name: 'Priya', library: 'BCPL' };
const INES: Prov = { id: 'ines-rb', name: 'Inés', library: 'PGCMLS' };
const RAFA: Prov = { id: 'rafa-rb', name: 'Rafa', library: 'HCLS' };
const DEV: Prov = { id: 'dev-rb', name: 'Dev', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-rb', name: 'AACPL Ref 2', library: 'AACPL' };
const CHLOE: Prov = { id: 'chloe-rb', name: 'Chloe', library: 'EPFL' };
const NOOR: Prov = { id: 'noor-rb', name: 'Noor', library: 'FCPL-MD' };
const LENA: Prov = { id: 'lena-rb', name: 'Lena', library: 'WCFL' };
const JUNO: Prov = { id: 'juno-rb', name: 'Juno', library: 'HCPL-MD' };
const SOL: Prov = { id: 'sol-rb', name: 'Sol', library: 'CCPL-CA' };
const TOMAS: Prov = { id: 'tomas-rb', name: 'Tomás', library: 'AUN' };
const BEA: Prov = { id: 'bea-rb', name: 'Bea', library: 'CCPL-MD' };
const THEO: Prov = { id: 'theo-rb', name: 'Theo', library: 'SMCL' };
const MIRA: Prov = { id: 'mira-rb', name: 'Mira', library: 'QACL' };
const WES: Prov = { id: 'wes-rb', name: 'Wes', library: 'HCLS' };
const ALMA: Prov = { id: 'alma-rb', name: 'Alma', library: 'AUN' };
const IKE: Prov = { id: 'ike-rb', name: 'Ike', library: 'BCPL' };
const GIA: Prov = { id: 'gia-rb', name: 'Gia', library: 'AUN' };
const HAL: Prov = { id: 'hal-rb', name: 'Hal', library: 'WIPL' };
const LUZ: Prov = { id: 'luz-rb', name: 'Luz', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-rb', name: 'Quinn', library: 'ACLS' };
const YUSUF: Prov = { id: 'yusuf-rb', name: 'Yusuf', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-rb', name: 'Trainee 3', library: 'TRN' };
const NELL: Prov = { id: 'nell-rb', name: 'Nell', library: 'GCPL' };
const RAVI: Prov = { id: 'ravi-rb', name: 'Ravi', library: 'AUN' };
const FERN: Prov = { id: 'fern-rb', name: 'Fern', library: 'CCPL-CE' };
const WYNN: Prov = { id: 'wynn-rb', name: 'Wynn', library: 'WOCL' };
const KOFI: Prov = { id: 'kofi-rb', name: 'Kofi', library: 'AUN' };
const TAM: Prov = { id: 'tam-rb', name: 'Tam', library: 'BCPL' };
const MO: Prov = { id: 'mo-rb', name: 'Mo', library: 'BCPL' };
const QUEUE: Prov = { id: 'queue-rb', name: 'Queue', library: 'VRQ' };

const s = session;

export const ROBOTICS: SessionCase[] = [
  // 01 the plain good session; three open at most, with touching ends
  s(PRIYA, '01 FIRST LEGO League for a 9-year-old: branch asked, bcpl.info/events + firstinspires.org, "thats all i needed"; three open at most (touching ends)', [
    [0, 'p', 'hi my daughter is 9 and wants to join a robotics team 🤖 does the library have one? or FIRST lego league?'],
    [18, 'l', 'Good morning, thanks for contacting Ask Us Now! This is Priya, a librarian at Baltimore County Public Library.'],
    [24, 'l', 'Which branch is closest to you? A few of ours host teams.'],
    [55, 'p', 'towson'],
    [62, 'l', 'Towson hosts a FIRST LEGO League Explore team for ages 6 to 10 on Saturdays; sign-ups are on bcpl.info/events (search "robotics"). The league explains its age divisions at firstinspires.org/robotics/fll.'],
    [68, 'l', 'Does that cover what you needed?'],
    [100, 'p', 'yes perfect, thats all i needed thank u!'],
    [106, 'l', 'Have fun at robotics, and thanks for chatting with us!'],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'priya-rb', -400, 0), other('p2', 'priya-rb', -60, 200), other('p3', 'priya-rb', 20, 300), other('p4', 'priya-rb', 111, 500)],
  }),

  // 02 Spanish, the plain good session
  s(INES, '02 clases de Scratch para una niña de 8 años (Spanish): sucursal y formato, pgcmls.info/events + scratch.mit.edu, "no necesito nada mas"', [
    [0, 'p', 'buenas, hay clases de Scratch para niños en la biblioteca? mi hija tiene 8 años'],
    [25, 'l', "¡Buenos días! Le saluda Inés, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George's."],
    [31, 'l', '¿Qué sucursal le queda más cerca? ¿Y busca clases presenciales o en línea?'],
    [70, 'p', 'hyattsville, presencial si se puede'],
    [78, 'l', 'En Hyattsville hay un taller de Scratch para niños de 7 a 11 años los miércoles a las 4. Se inscribe en pgcmls.info/events (busque "Scratch"). Para practicar en casa, scratch.mit.edu es gratis y tiene tutoriales en español.'],
    [84, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto, no necesito nada mas. gracias!!'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(RAFA, '03 borrowing a Raspberry Pi kit: pickup at exactly 60 s, "sorry for the wait", catalog at hclibrary.org', [
    [0, 'p', 'do you guys lend raspberry pi kits? saw something on insta'],
    [60, 'l', 'Hi there, this is Rafa with Howard County Library System. Sorry for the wait!'],
    [66, 'l', 'Are you looking to take one home, or use one in the library?'],
    [100, 'p', 'take home'],
    [106, 'l', "Yes! Our Raspberry Pi 4 starter kits check out for 3 weeks on an adult card. Search 'Raspberry Pi kit' in the catalog at hclibrary.org and place a hold; there's a waitlist right now."],
    [112, 'l', 'Is that what you were after?'],
    [140, 'p', 'ya thx'],
    [145, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Enjoy tinkering, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(DEV, '04 3D printer sign-up and orientation: pickup at 61 s, montgomerycountymd.gov/library, "thats everything"', [
    [0, 'p', 'how do i sign up to use the 3d printer'],
    [61, 'l', 'Hello! Dev here, librarian at Montgomery County Public Libraries.'],
    [67, 'l', 'Which branch, and have you done the 3D printer orientation yet?'],
    [110, 'p', 'rockville memorial, no orientation'],
    [116, 'l', "You'll need the 30-minute orientation first; book it at montgomerycountymd.gov/library under Makerspace > Book a Session, and after that you reserve printer time the same way. Bring your file as an .stl."],
    [122, 'l', 'Does that help?'],
    [150, 'p', 'yes thanks thats everything'],
    [155, 'l', 'Great, thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 named but never greeted
  s(OMAR, '05 Arduino books for a beginner: "Omar, Anne Arundel County Public Library reference." + "Print or ebook?" (no greeting), "OK. Bye."', [
    [0, 'p', 'Do you have any books on programming arduino for a complete beginner'],
    [20, 'l', 'Omar, Anne Arundel County Public Library reference.'],
    [26, 'l', 'Print or ebook?'],
    [50, 'p', 'print please'],
    [56, 'l', 'Arduino For Dummies by John Nussey and Programming Arduino: Getting Started with Sketches by Simon Monk are both on the shelf at several branches; the catalog at aacpl.net shows your nearest copy.'],
    [62, 'l', 'Did that get you what you need?'],
    [90, 'p', 'yeah that works'],
    [94, 'l', 'Anything else?'],
    [110, 'p', 'no'],
    [114, 'l', 'OK. Bye.'],
  ], usual({ greeting: 'fail' })),

  // 06 holds within the limit, exactly 120 s
  s(CHLOE, '06 grants for a community FTC team: hold at 66, partial-result hold at 185 (119 s), answer at 305 (exactly 120 s), Foundation Directory Online', [
    [0, 'p', 'hi im a coach for a high school FTC team, where can we find grants for parts and registration'],
    [20, 'l', "Hi, welcome to Ask a Librarian at Enoch Pratt Free Library! I'm Chloe."],
    [26, 'l', 'Is the team school-based, or a community team run by a nonprofit?'],
    [60, 'p', 'community team, we have a 501c3 parent org'],
    [66, 'l', 'Let me look at what we have for grant searching, one moment.'],
    [185, 'l', "Still digging: FIRST lists its own team grants at firstinspires.org/resource-library/ftc/grants, and I'm checking our grant database too."],
    [305, 'l', "OK! With a library card you can search Candid's Foundation Directory Online from our databases page, prattlibrary.org/databases; filter by 'STEM education' and 'Maryland'. Our grants guide is at prattlibrary.org/research/grants."],
    [311, 'l', 'Would those two be a good start for you?'],
    [350, 'p', 'yes this is great'],
    [356, 'l', 'Is there anything else I can look up?'],
    [380, 'p', 'thats all for now thx'],
    [385, 'l', 'Good luck this season, and thanks for writing in!'],
  ], usual()),

  // 07 a hold answered 125 s later; four chats at once
  s(NOOR, '07 free Python courses after a layoff: "Bear with me while I pull a few together." answered 125 s later; three other chats open (four at once)', [
    [0, 'p', 'need a list of free python courses for adults, i got laid off and want to retrain'],
    [15, 'l', "Hi, I'm Noor, a librarian with Frederick County Public Libraries. Sorry to hear about the layoff."],
    [21, 'l', 'Are you starting from zero, or have you done some coding before?'],
    [50, 'p', 'from zero'],
    [56, 'l', 'Bear with me while I pull a few together.'],
    [181, 'l', "Here are three: LinkedIn Learning is free with your library card (fcpl.org > eLibrary > LinkedIn Learning) and has 'Learning Python'; Gale Courses has a six-week Introduction to Python, also through fcpl.org; and Python for Everybody by Charles Severance is free at py4e.com."],
    [187, 'l', 'Do these fit what you had in mind?'],
    [230, 'p', 'yes, this is a lot, thank you'],
    [236, 'l', 'Anything else I can help with?'],
    [250, 'p', 'no thats it'],
    [254, 'l', 'Best of luck with the retraining, and thanks for reaching out!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'noor-rb', -100, 400), other('n2', 'noor-rb', 10, 300), other('n3', 'noor-rb', 40, 500)],
  }),

  // 08 pickedUpAt recorded; "take your time", the patron back 264 s later
  s(LENA, '08 makerspace for a 14-year-old: pickedUpAt 45 s, first line at 80, "No rush, take your time!" then the patron back 264 s later', [
    [0, 'p', 'hey does the library have a makerspace sign up for teens? my son wants to use the laser cutter'],
    [80, 'l', "Hi! Lena from Washington County Free Library's Ask a Librarian here."],
    [86, 'l', 'How old is your son? Some of the equipment has age limits.'],
    [110, 'p', 'hes 14. hang on let me ask him which thing he actually wants lol'],
    [116, 'l', 'No rush, take your time!'],
    [380, 'p', 'ok back, he wants the 3d printer AND the laser cutter'],
    [386, 'l', 'Teens 13 and up can use the 3D printers after the orientation; the laser cutter is 16 and up only. The Makerspace page at washcolibrary.org/makerspace has the orientation dates and the sign-up form.'],
    [392, 'l', 'Does that answer it?'],
    [430, 'p', "yeah, he'll be bummed about the laser but ok. thats everything"],
    [436, 'l', 'Tell him to check back at 16! Thanks for chatting.'],
  ], usual(), { pickedUpAt: at(45) }),

  // 09 no clarifying question
  s(JUNO, '09 spring intro to Python class: the answer straight after the greeting, no question (clarify fails), hcplonline.org/events', [
    [0, 'p', 'Is there a free intro to python class at the library this spring?'],
    [14, 'l', 'Hello, Juno at Harford County Public Library here.'],
    [20, 'l', "Yes! 'Python for Absolute Beginners' runs four Tuesday evenings in April at the Bel Air branch; register at hcplonline.org/events. Did that answer your question?"],
    [55, 'p', 'yes thx'],
    [60, 'l', 'Anything else today?'],
    [75, 'p', 'no'],
    [79, 'l', 'Thanks for chatting, enjoy the class!'],
  ], usual({ clarify: 'fail' })),

  // 10 an opinion, no source, no completeness question
  s(SOL, '10 Arduino or Raspberry Pi for a 12-year-old: an answer from experience with no source, no "does that help", "thats all i wanted to know"', [
    [0, 'p', 'should my 12 yo start w arduino or raspberry pi? he likes minecraft'],
    [22, 'l', "Hi there! I'm Sol, a librarian at Calvert Library."],
    [28, 'l', 'Has he done any coding yet, like block coding?'],
    [60, 'p', 'a little scratch at school'],
    [66, 'l', "Then either works, but coming from Scratch the Pi is the friendlier start: it's a real little computer, it runs a version of Minecraft he can program, and Scratch comes already installed. Arduino is better once he wants to build gadgets with motors and sensors."],
    [110, 'p', 'ok cool that makes sense, thats all i wanted to know'],
    [116, 'l', 'Happy building! Bye for now.'],
  ], usual({ source: 'fail', complete: 'fail' })),

  // 11 Spanish: organisations named without a way to reach them
  s(TOMAS, '11 cursos gratis de páginas web (Spanish): "freeCodeCamp y Khan Academy" named with no URL (no source), "¿Le sirve eso?"', [
    [0, 'p', 'hola, hay cursos gratis de programacion en linea? quiero aprender a hacer paginas web'],
    [24, 'l', 'Hola, le escribe Tomás, bibliotecario de Ask Us Now.'],
    [30, 'l', '¿Ya sabe algo de HTML, o empieza desde cero?'],
    [60, 'p', 'desde cero'],
    [68, 'l', 'Para empezar desde cero, freeCodeCamp y Khan Academy tienen cursos gratis de HTML y CSS, y los dos tienen versión en español.'],
    [74, 'l', '¿Le sirve eso?'],
    [110, 'p', 'si, gracias'],
    [115, 'l', '¿Algo más en que le pueda ayudar?'],
    [130, 'p', 'no, eso es'],
    [134, 'l', '¡Suerte con las páginas! Gracias por usar Ask Us Now.'],
  ], usual({ source: 'fail' })),

  // 12 a referral with a phone
  s(BEA, '12 4-H robotics for homeschoolers: "call the Extension office at 410-555-0168", library.carr.org kits', [
    [0, 'p', 'my homeschool kids want to do a robotics club, is there anything like 4-H robotics near westminster'],
    [19, 'l', 'Hi, thanks for reaching out to Ask a Librarian! This is Bea at Carroll County Public Library.'],
    [25, 'l', 'How old are the kids, and are you looking for a weekly club or a one-time workshop?'],
    [70, 'p', '10 and 13, weekly'],
    [76, 'l', "4-H runs robotics clubs through the University of Maryland Extension; for Carroll County clubs, call the Extension office at 410-555-0168 and ask about STEM clubs. We also lend LEGO robotics kits: search 'robotics kit' at library.carr.org."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes!! ill call them tomorrow'],
    [125, 'l', 'Wonderful. Anything else I can help with?'],
    [140, 'p', 'no thats everything'],
    [144, 'l', 'Thanks for chatting, and have fun building!'],
  ], usual({ referral: 'pass' })),

  // 13 a referral to the library's own department with no contact
  s(THEO, '13 stringy 3D prints: "Stop by the Makerspace desk at Lexington Park and ask for Marcus" (no contact), help.prusa3d.com', [
    [0, 'p', 'i printed something on the 3d printer and it came out all stringy, who can fix the settings'],
    [22, 'l', "Good afternoon! Theo here, a librarian at St. Mary's County Library."],
    [28, 'l', 'Was it one of the library printers, or your own at home?'],
    [60, 'p', 'the library one at lexington park'],
    [66, 'l', "Stringing is usually the temperature or retraction setting. Stop by the Makerspace desk at Lexington Park and ask for Marcus, he manages the printers and can adjust the profile with you. For the background, Prusa's guide to stringing is at help.prusa3d.com/article/stringing-and-oozing-issues_1805."],
    [72, 'l', 'Is that what you needed?'],
    [100, 'p', 'ok ty'],
    [104, 'l', 'Anything else?'],
    [118, 'p', 'nah'],
    [122, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ referral: 'fail' })),

  // 14 staff consulted on the patron's behalf; the patron has the last word
  s(MIRA, '14 when the FRC team meets: "checking with our teen librarian" (consulted, not a referral), qaclibrary.org/teens, patron "u too bye" last', [
    [0, 'p', 'when is the next FIRST robotics team meeting at the library, my friend said they meet there'],
    [20, 'l', "Hi! This is Mira, a librarian at Queen Anne's County Library."],
    [26, 'l', 'Do you mean the high school FRC team, or the middle school LEGO league group?'],
    [50, 'p', 'high school one'],
    [56, 'l', "Give me a sec, I'm checking with our teen librarian."],
    [58, 'i', 'Dana, when does the FRC team meet this month? patron on chat asking'],
    [130, 'l', "Dana, our teen librarian, says the team meets Thursdays 6 to 8 pm at the Centreville branch; the schedule is posted at qaclibrary.org/teens. FIRST's own team finder is at firstinspires.org/team-event-search."],
    [136, 'l', 'Did that help?'],
    [160, 'p', 'yes thanks a lot'],
    [166, 'l', 'Happy coding! Thanks for chatting.'],
    [180, 'p', 'u too bye'],
  ], usual({ anything: 'fail' })),

  // 15 follow-up by me, on time
  s(WES, '15 bootcamps that take the GI Bill (follow-up by me): e-mail typed and read back, "by Wednesday afternoon", done at 20 h', [
    [0, 'p', 'im a teacher looking for a list of coding bootcamps in maryland that take GI bill, can you help'],
    [21, 'l', 'Hello, and thanks for using Ask Us Now! Wes here, a librarian at Howard County Library System.'],
    [27, 'l', 'Is it for yourself, and do you need in-person or would online programs work?'],
    [70, 'p', 'for me, in person in the baltimore area ideally'],
    [76, 'l', "The VA's GI Bill Comparison Tool at va.gov/education/gi-bill-comparison-tool lets you filter approved programs by city. I'd like to check which local bootcamps are on the approved list and send you a short table. What e-mail should I use?"],
    [120, 'p', 'r.fenwick.teach@example.org'],
    [126, 'l', "Got it: r.fenwick.teach@example.org. You'll have it by Wednesday afternoon."],
    [132, 'l', 'In the meantime, does the comparison tool help?'],
    [170, 'p', "yes, i'll play with it. thank you so much"],
    [176, 'l', 'Anything else for today?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Thanks for contacting us, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 16 Spanish: follow-up by the patron's library, a phone, late
  s(ALMA, '16 becas para un equipo FIRST (Spanish, follow-up by patron\'s library): phone typed with spaces, read back with dashes, "dentro de 72 horas", done at 80 h', [
    [0, 'p', 'Buenas tardes. Mi hijo quiere entrar a un equipo de robótica FIRST pero no tenemos dinero para la inscripción. ¿Hay becas?'],
    [28, 'l', 'Buenas tardes, gracias por comunicarse con Ask Us Now. Mi nombre es Alma, soy bibliotecaria.'],
    [34, 'l', '¿En qué condado viven y cuántos años tiene su hijo?'],
    [80, 'p', 'Prince George, tiene 15'],
    [86, 'l', "FIRST tiene ayudas para equipos y familias; la información está en firstinspires.org, en la sección \"Funding\". Para becas locales, voy a pedirle a su biblioteca, Prince George's County Memorial Library, que la llame con opciones. ¿A qué número la pueden llamar?"],
    [130, 'p', '240 555 0193'],
    [136, 'l', 'Perfecto, 240-555-0193. La van a llamar dentro de 72 horas.'],
    [142, 'l', '¿Le sirve la página de FIRST mientras tanto?'],
    [180, 'p', 'si, muchas gracias'],
    [186, 'l', '¿Necesita algo más?'],
    [200, 'p', 'no, nada más'],
    [205, 'l', 'Gracias a usted, ¡que le vaya muy bien!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 a promise coded Answered
  s(IKE, '17 the FTC game manual: "I\'ll … e-mail you tomorrow", e-mail read back, coded Answered (code fails, on_time pending)', [
    [0, 'p', 'looking for the rules for the FIRST robotics 2026 game, is there a printable version'],
    [18, 'l', "Hi, I'm Ike, a librarian with Baltimore County Public Library's Ask a Librarian."],
    [24, 'l', 'Is that for FRC (the high school league) or FTC?'],
    [50, 'p', 'FTC'],
    [56, 'l', "The game manual is published as a printable PDF at firstinspires.org/resource-library/ftc/game-and-season-info. I'll also check whether a team update has come out since, and e-mail you tomorrow. What address should I use?"],
    [100, 'p', 'coach.dlee@example.com'],
    [106, 'l', 'Thanks, coach.dlee@example.com it is.'],
    [112, 'l', 'Does the manual link work for you?'],
    [140, 'p', 'yep, got it'],
    [146, 'l', 'Great, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 18 follow-up by me with no contact anywhere
  s(GIA, '18 free summer coding camp for a girl (follow-up by me): "I\'ll … follow up with you", no contact anywhere, not recorded at day 4', [
    [0, 'p', 'are there any free summer coding camps for girls in maryland'],
    [25, 'l', "Hi there, welcome to Ask Us Now! My name is Gia and I'm a librarian."],
    [31, 'l', 'How old is she, and what part of the state are you in?'],
    [70, 'p', '13, anne arundel'],
    [76, 'l', "Girls Who Code lists its free summer programs at girlswhocode.com/programs. I'll look for a few more local camps and follow up with you."],
    [82, 'l', 'Does that help for now?'],
    [110, 'p', 'ok'],
    [115, 'l', 'Thanks for writing in!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 19 follow-up by me, e-mail only in the patron field
  s(HAL, '19 Python books for kids (follow-up by me): e-mail only in patron.email, "by Friday", done at 71 h 59 min', [
    [0, 'p', 'can i get a list of python books for kids 10-12 that the library has?'],
    [20, 'l', "Hey, welcome to Ask a Librarian! I'm Hal at Wicomico Public Libraries."],
    [26, 'l', 'Print books, or are ebooks OK too?'],
    [60, 'p', 'print, we like paper'],
    [66, 'l', "Python for Kids by Jason Briggs is in our catalog at wicomicolibrary.org right now. I'll put together a longer list with call numbers and send it over by Friday."],
    [72, 'l', 'Is Python for Kids the sort of book you meant?'],
    [100, 'p', 'yes exactly'],
    [105, 'l', 'Anything else?'],
    [120, 'p', 'no thanks'],
    [125, 'l', 'Bye, thanks!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'hollis.b@example.net', phone: null }, followUps: [{ doneAt: at(71 * HOUR + 59 * 60) }],
  }, { now: T0 + 4 * DAY }),

  // 20 Spanish true Lost Call
  s(LUZ, '20 kits de robótica (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 175, "Parece que se desconectó … ¡Vuelva cuando quiera!" at 360', [
    [0, 'p', 'hola quisiera saber si prestan kits de robotica'],
    [35, 'l', '¡Hola! Le habla Luz, bibliotecaria de Ask Us Now.'],
    [175, 'l', '¿Sigue ahí?'],
    [360, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 Lost Call after three patron lines
  s(QUINN, '21 teen code club on Fridays: coded Lost Call after three patron lines, check-in at 200, notice inviting back at 262 (final idle 186 s)', [
    [0, 'p', 'is the coding club for teens still happening on fridays'],
    [4, 'p', 'at the cumberland library'],
    [40, 'l', 'Hi, Quinn at Allegany County Library System here.'],
    [46, 'l', 'Do you mean the Code Club for ages 12 to 18?'],
    [70, 'p', 'yes'],
    [76, 'l', 'Yes, it still meets Fridays at 4 at the Washington Street library; details are at alleganycountylibrary.info/events. Does that answer your question?'],
    [200, 'l', 'Are you still there?'],
    [262, 'l', "It looks like we got disconnected, so I'm closing this chat. Feel free to chat again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 22 final idle exactly 180 s
  s(YUSUF, '22 FRC or FTC for a new high schooler: answer at 62, "Hi, are you still with me?" at 152, notice with thanks at 242 (final idle exactly 180 s)', [
    [0, 'p', 'whats the difference between FRC and FTC? my son is starting high school'],
    [16, 'l', 'Hi! Yusuf here, librarian at Talbot County Free Library.'],
    [22, 'l', "Is he more into building or into programming? They overlap, but it helps me point you."],
    [55, 'p', 'building mostly'],
    [62, 'l', 'FTC uses smaller robots built from kits and suits a new team; FRC builds large robots on a bigger budget in a six-week build season. FIRST compares the programs side by side at firstinspires.org/robotics. Does that help?'],
    [152, 'l', 'Hi, are you still with me?'],
    [242, 'l', "Seems the connection dropped, so I'll end the chat now. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 23 Practice
  s(TRAINEE, '23 practice chat (robotics script): coded Practice, every check na', [
    [0, 'p', 'test test robotics q'],
    [6, 'l', 'practice: FLL info is at firstinspires.org/robotics/fll'],
    [12, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 an offer of something not yet given; goodbye exactly 120 s after the answer, no check-in
  s(NELL, '24 Python for seniors: "Would you like the link to the summer session too?" (not completeness), goodbye exactly 120 s later with no check-in', [
    [0, 'p', 'when does the next coding for seniors class start? my mom wants to learn'],
    [20, 'l', 'Hello! This is Nell at Garrett County Public Library.'],
    [26, 'l', 'Is it the Intro to Computers class she wants, or the beginner Python one?'],
    [50, 'p', 'python'],
    [58, 'l', 'Beginner Python for Adults 55+ starts May 6 at the Oakland branch, Tuesdays at 10; sign-up is at garrettcountylibraries.org/events. Would you like the link to the summer session too?'],
    [178, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail' })),

  // 25 a bare disconnect notice, no question, no thanks
  s(RAVI, '25 a Raspberry Pi from Kent County: answer at 61, "It looks like you\'ve disconnected, so I\'m going to end this chat." at 311 (no question, no thanks)', [
    [0, 'p', 'how do i borrow a raspberry pi from the state library, do they mail them'],
    [21, 'l', 'Hello, Ravi with Ask Us Now here.'],
    [27, 'l', 'Which county library card do you have?'],
    [55, 'p', 'kent county'],
    [61, 'l', "Kent County Public Library lends Raspberry Pi kits but doesn't mail them. Search 'Raspberry Pi' in their catalog at kentcountylibrary.org and place a hold."],
    [311, 'l', "It looks like you've disconnected, so I'm going to end this chat."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 26 a dismissal for the provider's convenience
  s(FERN, '26 a for loop that prints twice, then more homework: "My shift ends in two minutes, so I have to stop here." then "Bye."', [
    [0, 'p', 'ok so i need help with my python homework, my for loop prints everything twice'],
    [18, 'l', "Hi, this is Fern at Cecil County Public Library's Ask a Librarian."],
    [24, 'l', 'Can you paste the loop?'],
    [60, 'p', 'for i in range(len(names)): for n in names: print(n)'],
    [66, 'l', "You've got a loop inside a loop, so each name prints once for every name. Use just one: for n in names: print(n). The Python tutorial's section on for statements explains it: docs.python.org/3/tutorial/controlflow.html. Did that fix it?"],
    [100, 'p', 'ok yes. now how do i make it sort them and also the next 4 problems'],
    [106, 'l', 'My shift ends in two minutes, so I have to stop here.'],
    [120, 'p', 'seriously?? wow'],
    [126, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 27 other patrons waiting (allowed); code null
  s(WYNN, '27 a 3D printer booking that is always full (angry patron), then a long list: "a few other patrons waiting … please chat back in later", code null', [
    [0, 'p', 'why does the 3d printer sign up always say full?? this is ridiculous, ive tried for 3 weeks'],
    [25, 'l', "Hello, I'm Wynn, a librarian at Worcester County Library. I'm sorry it's been so frustrating."],
    [31, 'l', 'Which branch are you trying to book at?'],
    [60, 'p', 'ocean city'],
    [66, 'l', 'Ocean City releases new 3D printer slots every Monday at 9 am on worcesterlibrary.org/makerspace, and they go fast, so it helps to book right at 9. Would that work for you?'],
    [110, 'p', 'maybe. also can u explain how to slice a file, and what filament to buy, and can i print a phone case, and how much it costs'],
    [118, 'l', "Those are all good questions! There are a few other patrons waiting for help right now, so I'll need to stop here, but please chat back in later and we'll go through slicing and filament with you."],
    [140, 'p', 'fine'],
    [145, 'l', 'Thanks for your patience, and good luck with the booking!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 28 a transfer with a notice and a note that says why
  s(KOFI, '28 a Saturday practice room for a robotics team: transfer notice at 66 + internal note why, Hal at 120 with wicomicolibrary.org/rooms', [
    [0, 'p', 'hi, my robotics team needs a place to practice, can we reserve a meeting room at the library in salisbury'],
    [19, 'l', 'Hi, Kofi here at Ask Us Now, the statewide library chat.'],
    [25, 'l', 'How many people, and how often would you meet?'],
    [60, 'p', '8 kids plus 2 coaches, every saturday'],
    [66, 'l', "Wicomico's own staff can check room availability for you, so I'm transferring you to one of their librarians now. One moment please."],
    [69, 'i', 'Hal, robotics team (10 people) wants a recurring Saturday meeting room at the downtown Salisbury library, can you take it?'],
    xfer(72, 'Hal', 'hal-rb'),
    [120, 'l', 'Hi, Hal from Wicomico Public Libraries here! Study Room B downtown holds 12 and can be booked for recurring Saturdays at wicomicolibrary.org/rooms, up to 8 weeks ahead.', as(HAL)],
    [126, 'l', 'Does that work for the team?', as(HAL)],
    [160, 'p', 'yes perfect, thats all i needed'],
    [166, 'l', 'Great, good luck to the team, bye!', as(HAL)],
  ], usual({ transfer: 'pass' })),

  // 29 a transfer notice with no note; the receiver 130 s after the notice
  s(TAM, '29 a vinyl cutter for team decals: transfer notice at 64, no internal note, Mo at 194 (130 s after the notice), bcpl.info/makerspace', [
    [0, 'p', 'do any libraries in baltimore county have a vinyl cutter or cricut i can use? for robotics team decals'],
    [22, 'l', 'Hi there, this is Tam with Baltimore County Public Library.'],
    [28, 'l', 'Would you be cutting vinyl stickers, or heat-transfer vinyl for shirts?'],
    [60, 'p', 'stickers'],
    [64, 'l', "I'll transfer you to Mo, who runs our Catonsville makerspace, just a moment."],
    xfer(68, 'Mo', 'mo-rb'),
    [194, 'l', 'Hey, Mo here! Catonsville has a Cricut Maker you can book in 2-hour slots at bcpl.info/makerspace; bring your own vinyl.', as(MO)],
    [200, 'l', 'Will that do it?', as(MO)],
    [230, 'p', 'yes thanks, thats everything'],
    [235, 'l', 'Awesome, thanks for chatting!', as(MO)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 30 no provider ever joined; the code field left out
  s(QUEUE, '30 is the Python bootcamp free: no provider ever joined, "hello??", patron left, the code field left out', [
    [0, 'p', 'is the python bootcamp at the library free or do u pay'],
    queued(2, 3),
    [150, 'p', 'hello??'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ROBOTICS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-seventh round: robotics and coding, checked', () => {
  describeSessions('whole sessions', ROBOTICS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ROBOTICS.filter((c) => c.name in LEFT_WHY));
});
