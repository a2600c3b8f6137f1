/**
 * Seventy-eighth round, theme AMUSEMENT PARKS AND ROLLER COASTERS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: old parks (Glen Echo photos for a grandmother, the Glen Echo carousel and its
 * band organ, the torn-down Glen Echo coaster, Gwynn Oak's 1963 protests in the newspapers, old Gwynn Oak ride photos, the
 * oldest coasters still running, Trimper's carousel in Ocean City), ride safety inspections (who inspects a county fair's rides
 * in Spanish, how often the state inspects, looking up a carnival's inspection, injury numbers for a debate), coaster physics
 * for school (Energy Skate Park, the speed at the bottom of a 305 ft drop, teardrop loops, "airtime" in Spanish, g-forces
 * with a phone), season pass discounts (Read to Succeed, Kings Dominion passes, teacher discounts, a summer reading voucher),
 * carousel history and accessibility at parks (a ride accommodation program, a wheelchair on the Mall carousel partly in
 * Spanish, the ADA rules for rides, sensory-friendly days, K'nex coaster kits). Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s73/coasters-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups of 14 to 30 s; exactly 60 s (03: pass) and 61 s (04: fail); `pickedUpAt` at 40 s with the first line at
 *   75 s (30: pass); "Hi there 🙂" + a question, the name only in the third line (05: fail); "This is Luis with Harford County
 *   Public Library." with no greeting word (06: fail); Spanish "¡Hola, buenas tardes! Soy Marisol, bibliotecaria …" (02) and
 *   "¡Hola! Le saluda Beatriz, bibliotecaria …" (27); "Hey, welcome! Jun here …" (24); no provider ever (16);
 *  inquiry: fair or fixed park, photos or story, grade and simulation, a reading program, report or curiosity, day trip or
 *   pass, state or daily checks, company or carvers, drop height, 1963 or later, class and maths level, language (12), pass
 *   year and type, online or in person, wooden or any, newspapers or technical, US and fixed/travelling, county library,
 *   teacher or state employee, site or flyer, phone model, pictures or facts, company name, grade (Spanish), age or maker,
 *   event days or everyday; sources straight after the greeting with no question (28: fail);
 *  waits: a hold at 66, a partial-result hold at 186, the answer at 306 (07: two spans of exactly 120 s, pass); "One sec while
 *   I check." answered 121 s later (08: fail); "No rush, take your time." and the patron back 250 s later (09: pass); "Sure,
 *   I'll be here." then 200 s away (24: pass); an angry patron line answered 130 s later with no hold (23: fail); a transfer
 *   notice answered 64 s later by the receiver (10), a silent transfer 110 s after the patron (11), a notice 50 s (12);
 *  endings: a Lost Call with only a greeting, "are you still with me?" at 140 and "… it seems you've lost the connection. I'm
 *   closing this chat, but you're welcome to come back anytime!" at 320 (13: final idle 300 s, both pass); a check-in at 248
 *   and a notice with thanks at 308 (30: final idle exactly 180 s, both pass); a goodbye exactly 120 s after the answer with no
 *   check-in (25: idle fail, notice na); "I haven't heard from you, so I'll be closing this chat shortly." with `endedAt` 125
 *   s after the answer (29: idle fail, no goodbye: courteous fails); the patron's "no more questions. thx!" as the last line
 *   (28: courteous fails); "we keep chats to 15 minutes and your time is up" (17: dismissal and courteous fail); "I have other
 *   patrons waiting right now — could you come back in a little while" (18: allowed); "Looks like you've left the chat —
 *   thanks for writing in!" after the patron left (14); goodbyes "thanks for chatting!", "¡Hasta pronto!", "Bye!", "talk
 *   soon!", "Thank you for your patience, and take care.", "talk to you Monday!", "¡Hasta luego …!", "Gracias por
 *   escribirnos."; patron-side "that's everything", "eso era todo", "no more questions", "no thats it", "thats all i needed",
 *   "thats everything", "that's all", "es todo", and "yeah ok thanks", "ok", "fine", "sure, thanks", "yes thanks" that do not
 *   count;
 *  sources: the catalogue, nps.gov/glec, phet.colorado.edu, sixflags.com pages, rcdb.com, hersheypark.com, labor.maryland.gov
 *   (with the steps to the ride inspection search), glenechopark.org, physicsclassroom.com, prattlibrary.org with ProQuest,
 *   hyperphysics, si.edu, kingsdominion.com, bcpl.info, napha.org, coaa.us, cpsc.gov/NEISS, stmalib.org, phyphox.org,
 *   access-board.gov, ocmuseum.org, certifiedautismcenter.com; none (27: an answer from the librarian's own knowledge, fail);
 *  referrals: the state's ride safety unit by phone in Spanish (02), Guest Relations by phone beside a URL (06), the ride
 *   safety unit by postal address (07), the carousel volunteers by e-mail (08) (all pass); "go to the Montgomery History
 *   research library in Rockville and ask their archivist" (25: fail); the state's inspection search to use (26: a source,
 *   na); the patron's county library asked to call the patron (21: consulted on the patron's behalf, na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 50 h (19: pass); a promise to e-mail, e-mail read back,
 *   "tomorrow afternoon", coded Answered (20: code fails, contact passes, on_time pending); FU_LIB, a phone typed with spaces
 *   and read back with dashes, no time, done at 80 h (21: contact and on_time fail); FU_ME with the e-mail only in the patron
 *   field, "by Monday", done in 20 h (22: code passes, contact fails, on_time passes);
 *  codes: a true Lost Call (13); Lost Call after four patron lines (14); null with no provider (16); an empty string (29);
 *   Practice (15);
 *  transfers: a visible notice and an internal note that says why (10: pass); an internal note only (11: fail); a visible
 *   notice and no internal note (12: fail);
 *  concurrency: three others open across the session, four at once (23: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications count as the English ones RUBRIC lists ("¡Hola, buenas tardes! Soy Marisol,
 *   bibliotecaria", 02; "¡Hola! Le saluda Beatriz, bibliotecaria", 27); Spanish "¿Esto responde a su pregunta?", "¿Le sirve
 *   …?" ask whether what was given meets the need; "¿Necesita algo más?" asks whether the patron needs anything else; the
 *   patron's "eso era todo" / "es todo" says explicitly they are done (02, 12);
 * - "This is Luis with Harford County Public Library." identifies the library but has no greeting word (hello, hi, welcome,
 *   thanks for contacting …), and the second line is a question: greeting fails (06);
 * - "Would you like to continue in Spanish?" asks about the format (language) of the answer, a question about the patron's
 *   situation that shapes it, before the first source (12: clarify passes);
 * - "No rush, take your time." (09) and "Sure, I'll be here." (24) are not holds: the waits after them are waits on the patron;
 * - "Found the law: … Still checking whether there are mid-season re-inspections too." gives a partial result and says the
 *   search goes on: a hold (07);
 * - "Does that explain what you saw?" (23), "Will those work for your paper?" (10), "Will that get you what you need?" (25)
 *   ask whether what was already given meets the need; "Would you like me to look up a specific ride's report with you?" is
 *   an offer of more, not given yet (26: completeness fails);
 * - "Looks like you've left the chat — thanks for writing in!" thanks the patron and asks nothing: a goodbye (14), so the
 *   final idle is 0 s; "I haven't heard from you, so I'll be closing this chat shortly." announces the end, neither a goodbye
 *   nor a check-in (29); "Thanks for stopping by, bye!" is a goodbye, so the final idle of 25 ends there (66 -> 186 = 120 s);
 * - the final idle of 13 starts at the greeting (the first provider line after the patron's only line, not a hold);
 * - "go to the Montgomery History research library in Rockville and ask their archivist": a town is not a postal address, so
 *   the party has no way to reach it (25: referral fails); the book search in our catalogue gives 25 its source;
 * - "I'll ask the youth services staff there to call you about it" is a promise that someone will contact the patron (a
 *   follow-up session) and staff consulted on the patron's behalf, not a referral (21); "Someone from St. Mary's will give you
 *   a call." says no when (21: contact fails);
 * - "I'll look into what the Maryland State Education Association offers" does not tell the patron to contact it (22: no
 *   referral); the e-mail known only from `patron.email` makes a contact known for the code (22: code passes) but is never
 *   confirmed in the chat (contact fails);
 * - the airtime answer of 27 names no resource at all: a substantive exchange with no source (fails); "¿Le sirve para su
 *   tarea?" follows the answer, so completeness passes;
 * - "Is there anything else I can help with?" sits in the same line as a second source (23) and still asks it.
 * - "the Glen Echo Park Partnership … their carousel volunteers answer questions about the carvings at
 *   carousel@glenechopark.org" tells the patron whom to write to with further questions and how: a referral, with its e-mail
 *   (08: pass); the Partnership's history page beside it is a source.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (08: referral.contact). Label corrections: none (08's label stands by the
 * Terms' "write to" and is kept, in LEFT_WHY).
 * Final: 29 running, 1 LEFT (08).
 * Every timing check (pickup at 60 and 61 s, pickedUpAt before the first line, no provider; keep_informed at exactly 120 s
 * twice across a partial-result hold, at 121 s, at 130 s with no hold, across "take your time", "I'll be here", a notice
 * transfer and a silent one; final idles of 0, 120, 125, 180 and 300 s; concurrency at four and at touching ends; on_time
 * done at 50 h and 20 h, done late at 80 h, pending at day 1) scored as labelled on the first run, and so did the redaction
 * equality of describeSessions (patron e-mails typed and read back, a phone typed with spaces and read back with dashes, an
 * e-mail only in the patron field).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 through describeSessions, 1 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n = 1): Line => [sec, 's', `Please hold, a librarian will be with you soon. You are number ${n} in line.`];

const PRIYA: Prov = { id: 'priya-co', name: 'Priya', library: 'MCPL' };
const MARISOL: Prov = { id: 'marisol-co', name: 'Marisol', library: 'AUN' };
const THEO: Prov = { id: 'theo-co', name: 'Theo', library: 'AACPL' };
const RHEA: Prov = { id: 'rhea-co', name: 'Rhea', library: 'HCLS' };
const SAM: Prov = { id: 'sam-co', name: 'ccpl_chat2', library: 'CCPL-MD' };
const LUIS: Prov = { id: 'luis-co', name: 'Luis', library: 'HCPL-MD' };
const NADIA: Prov = { id: 'nadia-co', name: 'Nadia', library: 'PGCMLS' };
const GIL: Prov = { id: 'gil-co', name: 'Gil', library: 'FCPL-MD' };
const OMAR: Prov = { id: 'omar-co', name: 'Omar', library: 'CCPL-CE' };
const INES: Prov = { id: 'ines-co', name: 'Ines', library: 'BCPL' };
const DOT: Prov = { id: 'dot-co', name: 'Dot', library: 'EPFL' };
const KENJI: Prov = { id: 'kenji-co', name: 'Kenji', library: 'AUN' };
const LENA: Prov = { id: 'lena-co', name: 'Lena', library: 'AUN' };
const WES: Prov = { id: 'wes-co', name: 'Wes', library: 'AUN' };
const ALBA: Prov = { id: 'alba-co', name: 'Alba', library: 'AUN' };
const FERN: Prov = { id: 'fern-co', name: 'Fern', library: 'MCPL' };
const TAM: Prov = { id: 'tam-co', name: 'Tam', library: 'WCFL' };
const TRAINEE: Prov = { id: 'trainee-co', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-co', name: 'Queue', library: 'VRQ' };
const ULLA: Prov = { id: 'ulla-co', name: 'Ulla', library: 'AUN' };
const VIC: Prov = { id: 'vic-co', name: 'Vic', library: 'QACL' };
const WANDA: Prov = { id: 'wanda-co', name: 'Wanda', library: 'MCPL' };
const XAVI: Prov = { id: 'xavi-co', name: 'Xavi', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-co', name: 'Yusuf', library: 'AUN' };
const ZORA: Prov = { id: 'zora-co', name: 'Zora', library: 'FCPL-MD' };
const HAL: Prov = { id: 'hal-co', name: 'Hal', library: 'BCPL' };
const JUN: Prov = { id: 'jun-co', name: 'Jun', library: 'CCPL-CA' };
const ABE: Prov = { id: 'abe-co', name: 'Abe', library: 'MCPL' };
const CAL: Prov = { id: 'cal-co', name: 'Cal', library: 'AUN' };
const BEATRIZ: Prov = { id: 'beatriz-co', name: 'Beatriz', library: 'AUN' };
const DEE: Prov = { id: 'dee-co', name: 'Dee', library: 'TCFL' };
const ELI: Prov = { id: 'eli-co', name: 'Eli', library: 'WOCL' };
const GWEN: Prov = { id: 'gwen-co', name: 'Gwen', library: 'HCPL-MD' };

const s = session;

export const COASTERS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Glen Echo photos for a grandmother: "Good morning and welcome … This is Priya", photos or story asked, catalog + nps.gov/glec, "that\'s everything"', [
    [0, 'p', 'hi! my grandma used to go to glen echo park in the 50s, is there a book about when it was an amusement park?'],
    [18, 'l', 'Good morning and welcome to Ask Us Now! This is Priya, a librarian with Montgomery County Public Libraries.'],
    [24, 'l', 'Is she after photos mostly, or the story of the park — the rides, the Crystal Pool, the 1960 protests?'],
    [65, 'p', 'photos mostly, she loves the old crystal pool'],
    [72, 'l', "The Glen Echo Park volume in the Images of America series is nearly all photos, the Crystal Pool and the old coaster included; it's in our catalog (search 'Glen Echo Park' at mcpl.org/catalog). The National Park Service also has a short photo history at nps.gov/glec."],
    [78, 'l', 'Is that the kind of thing you had in mind?'],
    [120, 'p', "yes she'll love that, that's everything thank you!!"],
    [126, 'l', "You're so welcome, enjoy the trip down memory lane, and thanks for chatting!"],
  ], usual()),

  // 02 Spanish: the state's ride safety unit by phone
  s(MARISOL, '02 quién inspecciona las atracciones de la feria (Spanish): "Soy Marisol, bibliotecaria", fair or park asked, phone referral, "eso era todo"', [
    [0, 'p', 'buenas, mi hijo se va a subir a una montaña rusa en la feria del condado. quien inspecciona esas atracciones en maryland??'],
    [25, 'l', '¡Hola, buenas tardes! Soy Marisol, bibliotecaria del servicio Ask Us Now de Maryland.'],
    [31, 'l', '¿Es una feria ambulante o un parque fijo como Six Flags?'],
    [70, 'p', 'ambulante, la feria del condado de frederick'],
    [78, 'l', "En Maryland todas las atracciones mecánicas, también las de ferias ambulantes, las inspecciona la Unidad de Seguridad de Atracciones del Departamento de Trabajo. Puede llamarles al 410-555-0176 y preguntar por la inspección de esa feria; la información general está en labor.maryland.gov (busque 'amusement ride safety')."],
    [84, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si muchas gracias, eso era todo'],
    [136, 'l', '¡Con mucho gusto! Que disfruten la feria. ¡Hasta pronto!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(THEO, '03 potential and kinetic energy project: pickup at exactly 60 s, grade and simulation asked, Energy Skate Park at phet.colorado.edu', [
    [0, 'p', 'need help w my physics project on roller coasters, potential and kinetic energy'],
    [60, 'l', 'Hi there, Theo here — librarian at Anne Arundel County Public Library.'],
    [66, 'l', 'What grade is this for, and do you need a simulation to play with or just reading?'],
    [110, 'p', '9th grade. a simulation would be sick'],
    [116, 'l', 'The Energy Skate Park simulation at phet.colorado.edu lets you build a track and watch the potential and kinetic energy bars trade off as the skater drops, which works just like a coaster. Does that cover what you need?'],
    [150, 'p', 'ya thats perfect. no more questions'],
    [155, 'l', 'Awesome, good luck on the project! Bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(RHEA, '04 "library discount on Six Flags passes" from Facebook: pickup at 61 s, reading program asked, sixflags.com/readtosucceed', [
    [0, 'p', 'does the library give discounts on six flags season passes? saw something on facebook'],
    [61, 'l', "Good afternoon! You've reached Rhea at Howard County Library System's Ask a Librarian."],
    [67, 'l', 'Do you remember if the post mentioned a reading program? Some summer reading programs hand out ride tickets.'],
    [110, 'p', 'yes i think it was a summer reading thing'],
    [117, 'l', "That's probably it: Six Flags' Read to Succeed program gives a free ticket to kids who log 6 hours of reading, and it runs through schools, not the library. Details are at sixflags.com/readtosucceed. It isn't a season pass discount, though."],
    [123, 'l', 'Does that clear it up?'],
    [160, 'p', 'yeah ok thanks'],
    [165, 'l', 'Anything else I can look up for you?'],
    [185, 'p', 'no thats it'],
    [190, 'l', 'Have a great summer, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 greets, names no one in the first two lines
  s(SAM, '05 fastest coaster for a report: "Hi there 🙂" + a question, the name only in the third line (greeting fails), rcdb.com', [
    [0, 'p', 'whats the fastest roller coaster in the world right now'],
    [20, 'l', 'Hi there 🙂'],
    [24, 'l', 'Is this for a school report, or are you just curious?'],
    [60, 'p', 'report'],
    [66, 'l', "I'm Sam btw, at Carroll County Public Library. Formula Rossa in Abu Dhabi is the fastest, about 240 km/h (149 mph). The Roller Coaster DataBase keeps the current records at rcdb.com, under 'Record holders'."],
    [72, 'l', 'Does that answer your question?'],
    [100, 'p', 'yep thx'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'nah'],
    [124, 'l', 'Good luck with the report! Bye.'],
  ], usual({ greeting: 'fail' })),

  // 06 names the library, greets no one
  s(LUIS, '06 ride access for an autistic son at Hersheypark: "This is Luis with …" (no greeting word), hersheypark.com + Guest Relations by phone', [
    [0, 'p', "My son is autistic and can't wait in long lines. Does Hersheypark have some kind of pass for that?"],
    [30, 'l', 'This is Luis with Harford County Public Library.'],
    [36, 'l', 'Are you planning a day trip this summer, or thinking about a season pass?'],
    [80, 'p', 'day trip in july'],
    [88, 'l', "Hersheypark has a Ride Accommodation Program: you register online before the visit and get a return time for each ride instead of waiting in the line. The steps are on hersheypark.com/accessibility. If you have questions about what documentation they want, call Guest Relations at 717-555-0141."],
    [94, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes thank you so much, this helps a lot'],
    [146, 'l', 'Is there anything else I can help you with?'],
    [170, 'p', 'no'],
    [175, 'l', 'Have a wonderful trip, and thank you for contacting us!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 07 holds of exactly 120 s, a partial result in between; a referral by postal address
  s(NADIA, '07 how often the state inspects rides: hold at 66, partial-result hold at 186, answer at 306 (120 s each), a postal address', [
    [0, 'p', 'how often do they inspect rides at six flags america? like by law'],
    [20, 'l', "Hi! Nadia here, reference librarian at Prince George's County Memorial Library System."],
    [26, 'l', "Do you mean the state's inspections, or the park's own daily checks?"],
    [60, 'p', 'the state ones'],
    [66, 'l', 'Ok, let me dig into the state regulations, bear with me a moment.'],
    [186, 'l', 'Found part of it: Maryland requires every ride to pass a state inspection before it opens each season. Still checking whether they re-inspect during the season too.'],
    [306, 'l', "They do: the regulations let inspectors come back any time, and a ride must be re-inspected after any serious accident. The state's page is labor.maryland.gov/labor/amuse. If you'd like the inspection records themselves, you can write to the Amusement Ride Safety Unit, Maryland Department of Labor, 1100 N. Eutaw Street, Baltimore, MD 21201. Does that answer it?"],
    [350, 'p', 'yes perfect'],
    [356, 'l', 'Anything else today?'],
    [375, 'p', 'no thats all'],
    [380, 'l', 'Thanks for chatting with Ask Us!'],
  ], usual({ referral: 'pass' })),

  // 08 a hold answered 121 s later; a referral by e-mail
  s(GIL, '08 who carved the Glen Echo carousel: "One sec while I check." answered 121 s later, glenechopark.org, volunteers by e-mail', [
    [0, 'p', 'who carved the carousel at glen echo'],
    [15, 'l', 'Hello, this is Gil at Ask a Librarian, Frederick County Public Libraries.'],
    [21, 'l', 'Are you after the company that built it, or the individual carvers?'],
    [50, 'p', 'the company i guess, and when'],
    [55, 'l', 'One sec while I check.'],
    [130, 'p', 'hello?'],
    [176, 'l', "Sorry for the wait! It's a Dentzel menagerie carousel from 1921, built by the Dentzel Carousel Company of Philadelphia. The Glen Echo Park Partnership has its history at glenechopark.org/carousel, and their carousel volunteers answer questions about the carvings at carousel@glenechopark.org."],
    [182, 'l', 'Did that help?'],
    [210, 'p', 'yes thx'],
    [215, 'l', 'Bye, thanks for writing!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 09 "take your time", the patron away 250 s
  s(OMAR, '09 speed at the bottom of a 305 ft drop: "No rush, take your time." then the patron back 250 s later, physicsclassroom.com', [
    [0, 'p', 'our class is doing physics day at kings dominion and i need to calculate the speed at the bottom of a drop'],
    [22, 'l', "Hey, welcome to Ask a Librarian! I'm Omar with Cecil County Public Library."],
    [28, 'l', 'Do you know the height of the drop? If your worksheet gives it, send it over.'],
    [60, 'p', 'hang on its in my backpack'],
    [65, 'l', 'No rush, take your time.'],
    [315, 'p', 'ok its 305 feet, the intimidator 305'],
    [322, 'l', "Ignoring friction, v = √(2gh). With h = 305 ft ≈ 93 m, v ≈ √(2 × 9.8 × 93) ≈ 43 m/s, about 95 mph. The real ride is a bit slower (around 90 mph) because of friction and air drag. The Physics Classroom works a coaster example at physicsclassroom.com (Physics Tutorial > Work, Energy and Power)."],
    [328, 'l', 'Does that help with the worksheet?'],
    [370, 'p', 'omg yes thank u'],
    [375, 'l', 'Anything else on the worksheet I can help with?'],
    [400, 'p', 'no thats all i needed'],
    [405, 'l', 'Have fun on physics day, bye!'],
  ], usual()),

  // 10 a transfer with a notice and a note that says why
  s(INES, '10 Gwynn Oak 1963 protests in the newspapers: transfer notice at 70 + internal note why, Dot at 140 with prattlibrary.org', [
    [0, 'p', 'im writing a paper on the gwynn oak amusement park protests in 1963, where can i find newspaper articles'],
    [20, 'l', "Hi, thanks for contacting Ask Us Now! I'm Ines, a librarian at Baltimore County Public Library."],
    [26, 'l', 'Do you need articles from 1963 itself, or later histories too?'],
    [64, 'p', 'from 1963 if possible'],
    [70, 'l', "My colleague at the Pratt Library's Maryland department knows their Baltimore newspaper archive best. I'm transferring you to her now, one moment please."],
    [73, 'i', 'Hi Dot, student needs 1963 newspaper coverage of the Gwynn Oak Park desegregation protests, can you take it?'],
    xfer(76, 'Dot', 'dot-co'),
    [140, 'l', "Hello, Dot from the Enoch Pratt Free Library here! The Baltimore Afro-American covered the July 1963 protests week by week, and the Sun's 1963 pages are in ProQuest Historical Newspapers at prattlibrary.org/research (log in with a Pratt card).", as(DOT)],
    [146, 'l', 'Will those work for your paper?', as(DOT)],
    [190, 'p', 'yes this is great, thats everything'],
    [196, 'l', 'Good luck with the paper, and thanks for writing in!', as(DOT)],
  ], usual({ transfer: 'pass' })),

  // 11 a silent transfer
  s(KENJI, '11 teardrop loops for AP physics: internal note only, silent transfer, Lena 110 s after the patron with hyperphysics', [
    [0, 'p', 'why are coaster loops shaped like a teardrop instead of a circle'],
    [25, 'l', 'Hello! Kenji here, a librarian with the Ask Us Now statewide service.'],
    [31, 'l', 'Is this for a class, and how much math do you want, just the idea or the equations?'],
    [60, 'p', 'ap physics, equations are fine'],
    [63, 'i', 'Lena, AP physics q on clothoid coaster loops + centripetal force, you know this better, can you take it?'],
    xfer(66, 'Lena', 'lena-co'),
    [170, 'l', "Hi, Lena here, STEM librarian at Ask Us Now. A circular loop needs so much speed at the bottom (to stay fast enough at the top) that riders would feel about 6 g; a clothoid, or teardrop, loop tightens the radius at the top, so less speed is needed and the forces stay near 4 g. HyperPhysics works the equations at hyperphysics.phy-astr.gsu.edu (search 'loop-the-loop').", as(LENA)],
    [176, 'l', 'Does that answer it?', as(LENA)],
    [220, 'p', 'yes makes sense now thx'],
    [226, 'l', 'Anything else?', as(LENA)],
    [240, 'p', 'no'],
    [244, 'l', 'Bye, good luck in AP!', as(LENA)],
  ], usual({ transfer: 'fail' })),

  // 12 partly Spanish; a visible transfer notice, no internal note
  s(WES, '12 silla de ruedas on the Mall carousel (partly Spanish): "Would you like to continue in Spanish?", notice and no note, Alba with si.edu', [
    [0, 'p', 'hello, mi mamá usa silla de ruedas, can she ride the carousel on the national mall?'],
    [20, 'l', 'Hi, this is Wes with Ask Us Now.'],
    [26, 'l', 'Would you like to continue in Spanish? I can pass you to a colleague who speaks it.'],
    [55, 'p', 'si por favor'],
    [60, 'l', 'Ok! Transferring you to Alba now, just a moment.'],
    xfer(63, 'Alba', 'alba-co'),
    [110, 'l', '¡Hola! Soy Alba, bibliotecaria de Ask Us Now. El carrusel del National Mall tiene una carroza donde se puede subir con la silla de ruedas; pregunte al operador al llegar. La página de accesibilidad del Smithsonian es si.edu/visit/accessibility.', as(ALBA)],
    [116, 'l', '¿Le sirve esta información?', as(ALBA)],
    [150, 'p', 'si, gracias!!'],
    [156, 'l', '¿Necesita algo más?', as(ALBA)],
    [175, 'p', 'no, es todo'],
    [180, 'l', '¡Que disfruten el paseo! Gracias por escribirnos.', as(ALBA)],
  ], usual({ transfer: 'fail' })),

  // 13 a true Lost Call
  s(FERN, '13 when the Glen Echo coaster closed (Lost Call): greeting only, "are you still with me?" at 140, notice + come back anytime at 320', [
    [0, 'p', 'glen echo coaster when did it close'],
    [20, 'l', "Hello! You've reached Ask a Librarian at Montgomery County Public Libraries; my name is Fern."],
    [140, 'l', 'Hi, are you still with me?'],
    [320, 'l', "I haven't heard back, so it seems you've lost the connection. I'm closing this chat, but you're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after four patron lines; the patron leaves
  s(TAM, '14 Kings Dominion season pass price: coded Lost Call after four patron lines, patron left, "Looks like you\'ve left the chat — thanks"', [
    [0, 'p', 'how much is a kings dominion season pass'],
    [18, 'l', "Hi! I'm Tam at Washington County Free Library."],
    [24, 'l', "Are you asking about this year's pass, and do you want the basic one or the one with parking?"],
    [50, 'p', 'this year, basic'],
    [53, 'p', 'and is there a student discount'],
    [60, 'l', "Prices change with the sale periods, so the park's own page is the best place: kingsdominion.com/season-passes lists the current basic and Gold pass prices. I don't see a student rate there, but they usually run a sale around Black Friday."],
    [66, 'l', 'Does that help?'],
    [90, 'p', 'ok'],
    left(95),
    [110, 'l', "Looks like you've left the chat — thanks for writing in!"],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (coaster script): coded Practice, every check na', [
    [0, 'p', 'test test coaster physics q'],
    [6, 'l', 'training macro: Coaster physics help at phet.colorado.edu'],
    [12, 'l', 'Did that help?'],
    [20, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined
  s(NOBODY, '16 service dogs on a park carousel: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'are service dogs allowed on carousels at amusement parks? going saturday'],
    queued(2, 3),
    [140, 'p', 'hello??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 17 "your time is up"
  s(ULLA, '17 old Gwynn Oak ride photos, then more: "we keep chats to 15 minutes and your time is up", the patron upset', [
    [0, 'p', 'can u help me find old pictures of the gwynn oak park rides'],
    [15, 'l', 'Hi, Ulla here at Ask Us Now.'],
    [21, 'l', 'Do you want photos you can see online, or prints you could look at in person?'],
    [50, 'p', 'online'],
    [56, 'l', "Baltimore County Public Library's digital collections have several; search 'Gwynn Oak' at bcpl.info/digital. Did those help?"],
    [700, 'p', 'yeah. what about the coaster, the big dipper, and the 1972 flood, and who owned it after'],
    [708, 'l', 'Sorry, we keep chats to 15 minutes and your time is up. I need to close this now.'],
    [720, 'p', 'seriously?? i was looking at the pictures the whole time'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, come back later (allowed)
  s(VIC, '18 oldest coasters still running, then a long list: "I have other patrons waiting right now — could you come back in a little while"', [
    [0, 'p', 'hi what are the oldest roller coasters still running in the us'],
    [20, 'l', "Hi! Vic here, a librarian with Queen Anne's County Library."],
    [26, 'l', 'Wooden ones, or any type?'],
    [50, 'p', 'any'],
    [56, 'l', "Leap-the-Dips at Lakemont Park in Pennsylvania (1902) is the oldest coaster in the world that still exists, though it has been closed for repairs lately; Jack Rabbit at Kennywood (1920) is another classic. The National Amusement Park Historical Association keeps a list at napha.org."],
    [62, 'l', 'Is that what you were after?'],
    [100, 'p', 'yes. ok now i also need the tallest, the longest, the first looping one, the first steel one, and who invented coasters'],
    [108, 'l', "Happy to help with those, but I have other patrons waiting right now. Could you come back in a little while and we'll go through the list? rcdb.com's record pages are a good start meanwhile."],
    [140, 'p', 'fine'],
    [145, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ anything: 'fail' })),

  // 19 follow-up by me, e-mail read back, "by Friday", done in 50 h
  s(WANDA, '19 restoring the Glen Echo band organ (follow-up by me): coaa.us, e-mail typed and read back, "by Friday", done in 50 h', [
    [0, 'p', "Hello, I'm researching the Wurlitzer band organ that plays at the Glen Echo carousel. Are there articles about its restoration?"],
    [28, 'l', "Good afternoon, and thanks for contacting Ask Us Now. I'm Wanda, a librarian at Montgomery County Public Libraries."],
    [34, 'l', 'Are you looking for newspaper coverage, or technical articles for organ restorers?'],
    [80, 'p', 'Technical. I restore music boxes as a hobby.'],
    [88, 'l', "The Carousel Organ Association of America publishes a journal, The Carousel Organ, with an index at coaa.us. I'd like to search our magazine databases for more restoration articles and send you what I find. What e-mail should I use?"],
    [130, 'p', 'hschultz@example.org'],
    [136, 'l', 'Thank you, hschultz@example.org. You will have the list from me by Friday.'],
    [142, 'l', 'In the meantime, does the journal index help?'],
    [190, 'p', 'Yes, very much.'],
    [196, 'l', 'Anything else I can do for you today?'],
    [215, 'p', 'No, thank you.'],
    [220, 'l', 'Thanks again, and watch your inbox on Friday!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 20 a promise to e-mail, coded Answered
  s(XAVI, '20 coaster injury numbers for a debate: "I\'ll pull them together and e-mail them", e-mail read back, "tomorrow afternoon", coded Answered', [
    [0, 'p', 'do you know how many people get hurt on roller coasters each year? need real stats for a debate'],
    [20, 'l', "Hi, I'm Xavi, a librarian at Ask Us Now."],
    [26, 'l', 'Is it US numbers you need, and for fixed parks, travelling carnivals, or both?'],
    [70, 'p', 'us, both'],
    [78, 'l', "The Consumer Product Safety Commission estimates emergency-room injuries from amusement rides; its NEISS data can be searched at cpsc.gov/NEISS. Their summary tables take some digging, so I'll pull them together and e-mail them to you. What's your e-mail?"],
    [120, 'p', 'debate.kid22@example.com'],
    [126, 'l', "Got it: debate.kid22@example.com. I'll send the tables tomorrow afternoon."],
    [132, 'l', 'Does the NEISS page work for you until then?'],
    [170, 'p', 'yes thanks'],
    [175, 'l', 'Good luck with the debate, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 21 follow-up by the patron's library, phone read back, no time, done at 80 h
  s(YUSUF, '21 K\'nex coaster kit to borrow (follow-up by patron\'s library): stmalib.org, phone read back, no time said, done at 80 h', [
    [0, 'p', "my daughter wants to borrow one of those k'nex roller coaster kits, does any library have them"],
    [24, 'l', 'Hello, Yusuf here with Ask Us Now, the Maryland statewide chat.'],
    [30, 'l', 'Which county library do you use?'],
    [60, 'p', 'st marys'],
    [68, 'l', "St. Mary's County Library lists its STEM kits in the catalog under 'Library of Things' at stmalib.org. I can't see whether the coaster kit is in, so I'll ask the youth services staff there to call you about it. What number should they use?"],
    [110, 'p', '301 555 0188'],
    [116, 'l', "Thanks, that's 301-555-0188. Someone from St. Mary's will give you a call."],
    [122, 'l', 'Does the catalog link help for now?'],
    [160, 'p', "yes thank you that's all"],
    [165, 'l', 'Thanks for chatting, have a great day!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 22 follow-up by me, e-mail only in the patron field
  s(ZORA, '22 teacher discount on Hersheypark passes (follow-up by me): e-mail only in the patron field, "by Monday", done in 20 h', [
    [0, 'p', 'are there discounts on hersheypark season passes for teachers or state employees?'],
    [22, 'l', "Good evening! This is Zora, librarian at Frederick County Public Libraries' Ask a Librarian."],
    [28, 'l', 'Are you a Maryland state employee, a teacher, or both?'],
    [70, 'p', 'MD teacher'],
    [78, 'l', "Hersheypark lists its current season pass deals at hersheypark.com/season-passes; I don't see a teacher rate there today. Teachers' unions often run discount portals, so I'll look into what the Maryland State Education Association offers and send you what I find by Monday."],
    [84, 'l', 'Does the Hersheypark page help in the meantime?'],
    [120, 'p', 'sure, thanks'],
    [126, 'l', 'Thank you for asking us, talk to you Monday!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: 'J. Kline', email: 'jkline@example.net', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }, { now: T0 + 2 * DAY }),

  // 23 four at once; an angry patron answered 130 s later
  s(HAL, '23 summer reading Six Flags vouchers, an angry patron: answered 130 s later with no hold, three other chats open (four at once)', [
    [0, 'p', 'your website says the library has discount tickets to six flags. where are they. ive looked everywhere'],
    [24, 'l', "Hi, I'm Hal, a librarian at Baltimore County Public Library's Ask a Librarian."],
    [30, 'l', 'Sorry for the trouble! Did you see it on our site or on a flyer at a branch?'],
    [60, 'p', 'ON YOUR SITE. this is ridiculous, why is it so hard'],
    [190, 'l', "Thanks for waiting. That was our summer reading prize page: readers who finished the summer challenge could pick a Six Flags ticket voucher while they lasted. The details are at bcpl.info/summer. They're gone for this year, I'm afraid."],
    [196, 'l', 'Does that explain what you saw?'],
    [230, 'p', 'great. useless. whatever'],
    [236, 'l', "I'm sorry it wasn't better news. Six Flags' own deals page, sixflags.com/america/deals, sometimes has cheaper tickets online. Is there anything else I can help with?"],
    [260, 'p', 'no'],
    [264, 'l', 'Thank you for your patience, and take care.'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('h1', 'hal-co', -200, 400), other('h2', 'hal-co', 20, 300), other('h3', 'hal-co', 100, 500)],
  }),

  // 24 three at most, touching ends; "I'll be here" and the patron away 200 s
  s(JUN, '24 g-forces with a phone for a science fair: "Sure, I\'ll be here." then 200 s away, phyphox.org, others touching the ends (three at most)', [
    [0, 'p', 'hi, science fair project - how do i measure g forces on a coaster with my phone?'],
    [14, 'l', "Hey, welcome! Jun here, librarian at Calvert Library's Ask a Librarian."],
    [20, 'l', 'Which phone do you have, iPhone or Android? The app options differ.'],
    [45, 'p', 'android. wait brb my mom is calling'],
    [50, 'l', "Sure, I'll be here."],
    [250, 'p', 'ok back sorry'],
    [256, 'l', "No worries! The free phyphox app (phyphox.org) records acceleration; its 'Roller coaster' experiment is made for this, and keep the phone zipped in a pocket. The Physics Classroom has a lesson on reading the graph at physicsclassroom.com."],
    [262, 'l', 'Does that help with your project?'],
    [290, 'p', 'yes!!! thank you'],
    [295, 'l', 'Anything else before you go?'],
    [310, 'p', 'no thats all'],
    [315, 'l', 'Good luck at the fair, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('j1', 'jun-co', -300, 0), other('j2', 'jun-co', -50, 400), other('j3', 'jun-co', 60, 500), other('j4', 'jun-co', 320, 600)],
  }),

  // 25 a referral with no way to reach it; a goodbye exactly 120 s after the answer
  s(ABE, '25 the torn-down Glen Echo coaster: catalog, "go to the Montgomery History research library in Rockville", goodbye 120 s after the answer', [
    [0, 'p', 'looking for info on the glen echo park roller coaster, the one that got torn down'],
    [20, 'l', 'Hi, this is Abe at Ask a Librarian, Montgomery County Public Libraries.'],
    [26, 'l', 'Are you looking for pictures, or facts like when it was built and torn down?'],
    [60, 'p', 'facts, when it was built, how tall'],
    [66, 'l', "It was a wooden coaster from the 1920s, taken down after the park closed in 1968. Our catalog has a few local-history books on the park (search 'Glen Echo Park' at mcpl.org/catalog). For blueprints and clippings you'd want to go to the Montgomery History research library in Rockville and ask their archivist."],
    [72, 'l', 'Will that get you what you need?'],
    [186, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 26 not a referral: the state's search page to use; an offer of more
  s(CAL, '26 a church carnival\'s ride inspections: labor.maryland.gov with the steps, "Would you like me to look up a specific ride\'s report with you?"', [
    [0, 'p', 'can i look up whether a carnival ride passed inspection? theres a fair coming to our church'],
    [25, 'l', "Hi there! This is Cal at Ask Us Now, the Maryland libraries' chat service."],
    [31, 'l', 'Do you know the name of the carnival company?'],
    [70, 'p', 'something like shaw and sons'],
    [78, 'l', "The Department of Labor posts ride inspection results by company: go to labor.maryland.gov, choose 'Safety and Health', then 'Amusement Ride Safety', then 'Ride Inspection Search', and type the company name."],
    [84, 'l', "Would you like me to look up a specific ride's report with you?"],
    [130, 'p', 'no i can do it, thanks'],
    [136, 'l', 'Can I help with anything more today?'],
    [160, 'p', 'nope'],
    [165, 'l', 'Enjoy the fair, and thanks for chatting!'],
  ], usual({ complete: 'fail' })),

  // 27 Spanish, an answer with no source
  s(BEATRIZ, '27 por qué se siente que uno flota en la bajada (Spanish): grade asked, an answer from knowledge with no source, "¿Le sirve para su tarea?"', [
    [0, 'p', 'hola, por que uno se siente como que flota cuando la montaña rusa baja??'],
    [20, 'l', '¡Hola! Le saluda Beatriz, bibliotecaria de Ask Us Now.'],
    [26, 'l', '¿Es para una tarea de la escuela? ¿De qué grado?'],
    [60, 'p', 'si, de 7mo grado'],
    [68, 'l', "Cuando el carro baja tan rápido como caería libremente, el asiento casi no lo empuja hacia arriba, y por eso uno siente que flota. Los aficionados lo llaman 'airtime': usted y el carro caen juntos, como en caída libre."],
    [74, 'l', '¿Le sirve para su tarea?'],
    [110, 'p', 'siii gracias'],
    [115, 'l', '¿Necesita algo más?'],
    [130, 'p', 'no gracias'],
    [134, 'l', '¡Hasta luego, mucha suerte con la tarea!'],
  ], usual({ source: 'fail' })),

  // 28 sources with no question first; the patron has the last word
  s(DEE, '28 ADA rules for rides: access-board.gov straight after the greeting (no question), patron "no more questions. thx!" last', [
    [0, 'p', "what's the ADA rule for amusement rides, do they have to be wheelchair accessible"],
    [18, 'l', 'Hello! Dee from Ask a Librarian at Talbot County Free Library.'],
    [24, 'l', "The 2010 ADA Standards have a section on amusement rides: most new rides need a wheelchair space or a transfer seat. The U.S. Access Board's guide to amusement rides explains it plainly at access-board.gov/ada/guides."],
    [30, 'l', 'Does that answer your question?'],
    [70, 'p', 'yes thats exactly what i needed, no more questions. thx!'],
  ], usual({ clarify: 'fail', courteous: 'fail' })),

  // 29 "I'll be closing this chat shortly", 125 s after the answer; code ""
  s(ELI, '29 age of the Trimper\'s carousel: ocmuseum.org, "I\'ll be closing this chat shortly" (no check-in, no goodbye), idle 125 s, code ""', [
    [0, 'p', 'how old is the carousel at trimpers in ocean city'],
    [16, 'l', 'Hi, Eli here, librarian with Worcester County Library.'],
    [22, 'l', 'Just the age, or the history of who made it too?'],
    [50, 'p', 'both pls'],
    [66, 'l', "It's a Herschell-Spillman carousel from about 1902, one of the oldest still running in the country. The Ocean City Life-Saving Station Museum has a short history at ocmuseum.org. Did that help?"],
    [180, 'l', "I haven't heard from you, so I'll be closing this chat shortly."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: '', endAfter: 11 }),

  // 30 pickedUpAt before the first line; check-in and notice, final idle exactly 180 s
  s(GWEN, '30 sensory-friendly park days near Baltimore: pickedUpAt 40 s, check-in at 248, notice + thanks at 308 (final idle 180 s)', [
    [0, 'p', 'do any amusement parks near baltimore have sensory friendly days'],
    [75, 'l', "Hi, welcome to Ask Us Now! I'm Gwen, a librarian at Harford County Public Library."],
    [81, 'l', 'Are you looking for a special event day, or everyday help like quiet rooms?'],
    [120, 'p', 'event days, my son gets overwhelmed by crowds'],
    [128, 'l', 'Six Flags America has held sensory-friendly mornings with the music turned down and quiet spaces; watch the events calendar at sixflags.com/america/events. Sesame Place in Pennsylvania is a Certified Autism Center, listed at certifiedautismcenter.com. Does that help?'],
    [248, 'l', 'Hello? Are you still there?'],
    [308, 'l', "It looks like you've been disconnected, so I'm ending our chat now. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => COASTERS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('08')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "their carousel volunteers answer questions about the carvings at carousel@glenechopark.org" points the patron to an outside group and the address to write to with their questions, a referral with its e-mail (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)").',
};

describe('seventy-eighth round: amusement parks and roller coasters, checked', () => {
  describeSessions('whole sessions', COASTERS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', COASTERS.filter((c) => c.name in LEFT_WHY));
});
