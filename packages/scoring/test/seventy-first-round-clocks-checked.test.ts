/**
 * Seventy-first round, theme CLOCKS, WATCHES AND ANTIQUES REPAIR, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: dating a Seth Thomas mantel clock by its movement code, an Ansonia, a Junghans
 * star and an HAC crossed-arrows mark (Spanish), an Omega automatic and a Bulova Accutron 214, an Elgin, a Waltham and a
 * Longines pocket watch (Spanish), a Hamilton 992B "adjusted 5 positions", repair manuals (Hermle 451-050, Black Forest cuckoo,
 * Penman, de Carle), NAWCC chapters and its School of Horology, clock-repair courses in Pennsylvania, appraisers for insurance,
 * E. Howard regulator values, Japy Frères, a Lancaster County clockmaker, the Waterbury Clock Company, trade journals for a
 * Newark jeweler, clock museums (Bristol CT, Elgin IL), regulating a grandfather clock, winding an 8-day clock (Spanish).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/clocks-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s, exactly 60 s (02: pass) and 61 s (03: fail); `pickedUpAt` at 30 s with the first line at 165 s
 *   (29); no provider ever joined (18); "Hey there!" then a question, the name only in the third line (04: fail); "Good
 *   morning, you've reached Ask a Librarian — I'm Dana …", "Hi / ¡Hola! This is Ned …", "¡Buenas noches! Le atiende Hugo …",
 *   "hey, Emma w/ Ask a Librarian at …", "Hi, thanks for contacting Ask a Librarian! You're chatting with Ira …";
 *  inquiry: movement stamps, mechanical or quartz, insurance or sale, movement number, pendulum nut, winding holes, home
 *   library, deadline; none at all, the answer given at once (27: fail);
 *  waits: a hold answered exactly 120 s later and a partial-result hold ("still checking for classes") answered exactly 120 s
 *   later (05: pass); a hold answered 121 s later (06: fail); "Sure, take your time." and the patron back 200 s later (25);
 *   a transfer notice answered 69 s (19) and 110 s (20) later; 135 s between `pickedUpAt` and the first line (29);
 *  endings: a true Lost Call, check-in at 140 and a notice that invites back at 330 (09); final idles of exactly 120 s with a
 *   check-in and no goodbye (10), 119 s ending in a goodbye (11: na), exactly 180 s with a check-in and a goodbye but no notice
 *   (12), 179 s with a check-in (13), 200 s with a notice and no check-in (14); "your time is up for this session; we only do
 *   one watch per chat. Bye." (15); "I have several patrons waiting … please chat back in later today" (16); the patron's
 *   "ok thats all i need bye!!" as the last line (28);
 *  sources: catalogues (aadl.org, multcolib.org, denverlibrary.org, kclibrary.org), books by title and author, nawcc.org pages,
 *   awci.com, pocketwatchdatabase.com, mikrolisk.de, appraisers.org, HathiTrust, a library research guide with its steps;
 *   none in Spanish (30: fail);
 *  referrals: a repair shop by phone (02), an NAWCC chapter by URL (05), a museum to visit by URL (11, 28), "you want a
 *   certified appraiser" with appraisers.org's search (13: no referral, after a correction), the Newark Public Library's NJ Information Center by phone (19), "consultar
 *   con un tasador certificado de la Sociedad Americana de Tasadores" with no contact (26: fail); a patron's library staff
 *   consulted on the patron's behalf (22: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back in Spanish, "mañana antes de las 5", done exactly 72 h after the end (08);
 *   a promise "by tomorrow afternoon" coded Answered with the e-mail only in `patron.email` (21); FU_LIB with the phone read
 *   back, "within 3 days", done 72 h 1 min after the end (22: late); FU_ME with the e-mail read back and no time, not done by
 *   day 4 (23);
 *  codes: Lost Call true (09) and after two patron lines (10); null with no provider (18); "" (27); Practice (17);
 *  transfers: a notice and an internal note that says why (19: pass); a notice with no internal note (20: fail);
 *  concurrency: three others overlapping (24: four at once, fail); one ending at the start, two overlapping, one starting at
 *   `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "longer than `silenceSeconds`" and "≥ `idleCheckSeconds`/`disconnectSeconds`" read literally: a 120 s wait passes (05),
 *   121 s fails (06); final idles of 120 s (10) and 180 s (12) apply, 119 s (11) and 179 s (13, for the notice) do not;
 * - "within `followUpHours`" includes exactly 72 h (08: pass); 72 h and 60 s is late (22);
 * - keep_informed counts only the wait after pickup: with `pickedUpAt` at 30 s and the first visible provider line at 165 s,
 *   the patron waited 135 s on the provider after pickup (29: fail);
 * - "Thanks for your patience! For insurance …" thanks the patron (13: courteous passes on it); "You're welcome — have a good
 *   one!" (04) and "ok bye! 👋" (23) say goodbye;
 * - "For insurance you want a certified appraiser: the American Society of Appraisers lets you search … at appraisers.org"
 *   names the kind of professional and a website to search; it tells the patron to call, write to, ask or visit no one
 *   (13: no referral, na; labelled pass before the run, corrected, see COUNTS); "you could stop at the
 *   American Clock & Watch Museum … hours and tickets at clockandwatchmuseum.org" and "you could visit the Elgin History
 *   Museum … elginhistory.org" tell the patron to visit an organisation (11, 28: pass); "Lancaster Public Library's local
 *   history staff can check their files … I'll pass your question to them" is staff consulted on the patron's behalf (22: na);
 * - "es todo" / "eso es todo" / "nah im good" (after "anything else?") and "thats everything" are the patron saying they are
 *   done; "ok fine", "thx", "ok thx" are not;
 * - "I'll hand you over to a colleague … please hold a moment" is a transfer notice (a hold) told to the patron, but no
 *   internal message says why (20: fail);
 * - "Sorry, your time is up for this session; we only do one watch per chat. Bye." tells the patron their time is up (15: fail)
 *   and its "Bye." is a goodbye (courteous passes).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/clocks-labels.ts). First run as labelled / disagreeing: 28 / 2 (11 and 13, both referral.contact: expected pass,
 * got na). Label corrections: 1:
 *  - case 13, referral.contact pass -> na: I had read "For insurance you want a certified appraiser: the American Society of
 *    Appraisers lets you search by specialty (clocks) and zip code at appraisers.org" as sending the patron to an appraiser.
 *    RUBRIC's Referral is "telling the patron to contact or visit a person or organisation outside the chat (call, write to,
 *    ask or visit them)", and "Pointing to a website, database or publication for the patron to use is a source, not a
 *    referral": the sentence names a kind of professional and a search site, and tells the patron to call, write to, ask or
 *    visit no one.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 11: "You could stop at the American Clock & Watch Museum in Bristol … hours and tickets are at
 *    clockandwatchmuseum.org" read as no referral (na; RUBRIC pass: telling the patron to visit an organisation, a URL given).
 *    The same shape with "You could visit the Elgin History Museum … elginhistory.org" (28) scores as labelled.
 * Every timing check (pickup at 22, 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across a
 * partial-result hold, "take your time", two transfers and 135 s after `pickedUpAt`; final idles of 119, 120, 179, 180, 200
 * and 305 s; concurrency at four and at touching ends; on_time done at exactly 72 h, late at 72 h 1 min, not done by day 4,
 * pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (patron e-mails typed and read back, a patron phone read back, library and shop phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v64 (block AD, made after this file from its LEFT case among others): case 11 (AD4: "You could stop at the American Clock
 *   & Watch Museum in Bristol …", "stop at" as a visit) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian: you are number ${n} in the queue.`];

const DANA: Prov = { id: 'dana-c', name: 'Dana', library: 'AADL' };
const ELI: Prov = { id: 'eli-c', name: 'Eli', library: 'MPL-WI' };
const FAYE: Prov = { id: 'faye-c', name: 'Faye', library: 'TLCPL' };
const DESK2: Prov = { id: 'desk2-c', name: 'Desk 2', library: 'GCLS' };
const GUS: Prov = { id: 'gus-c', name: 'Gus', library: 'CML' };
const HANA: Prov = { id: 'hana-c', name: 'Hana', library: 'HCPL-MD' };
const MARISOL: Prov = { id: 'marisol-c', name: 'Marisol', library: 'LAPL' };
const NED: Prov = { id: 'ned-c', name: 'Ned', library: 'SAPL-CA' };
const RAY: Prov = { id: 'ray-c', name: 'Ray', library: 'KIN-OH' };
const SAM: Prov = { id: 'sam-c', name: 'Sam', library: 'MCL-OR' };
const TESS: Prov = { id: 'tess-c', name: 'Tess', library: 'HPL-CT' };
const UDO: Prov = { id: 'udo-c', name: 'Udo', library: 'ASKCO' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'FLP' };
const WALT: Prov = { id: 'walt-c', name: 'Walt', library: 'SBL' };
const XAV: Prov = { id: 'xav-c', name: 'Xav', library: 'DEL' };
const YARA: Prov = { id: 'yara-c', name: 'Yara', library: 'AACPL' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'VRQ' };
const ZED: Prov = { id: 'zed-c', name: 'Zed', library: 'NJSL' };
const OTTO: Prov = { id: 'otto-c', name: 'Otto', library: 'NJSL' };
const ABBY: Prov = { id: 'abby-c', name: 'Abby', library: 'BPL-MA' };
const BRAM: Prov = { id: 'bram-c', name: 'Bram', library: 'BPL-MA' };
const CORA: Prov = { id: 'cora-c', name: 'Cora', library: 'AHPA' };
const DEV: Prov = { id: 'dev-c', name: 'Dev', library: 'AHPA' };
const EMMA: Prov = { id: 'emma-c', name: 'Emma', library: 'KCPL' };
const FINN: Prov = { id: 'finn-c', name: 'Finn', library: 'ASKAZ' };
const GINA: Prov = { id: 'gina-c', name: 'Gina', library: 'SPL-CA' };
const HUGO: Prov = { id: 'hugo-c', name: 'Hugo', library: 'MDPLS' };
const IRA: Prov = { id: 'ira-c', name: 'Ira', library: 'DPL-CO' };
const JUNO: Prov = { id: 'juno-c', name: 'Juno', library: 'CPL-IL' };
const KAI: Prov = { id: 'kai-c', name: 'Kai', library: 'AUN' };
const LUZ: Prov = { id: 'luz-c', name: 'Luz', library: 'SAPL-TX' };

const s = session;

export const CLOCKS: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Seth Thomas mantel clock date code: "Good morning, you\'ve reached Ask a Librarian — I\'m Dana", movement stamp asked, Ly\'s book in the catalog', [
    [0, 'p', 'hi! i inherited my grandmas mantel clock, says Seth Thomas on the dial. how old is it?? 🕰️'],
    [22, 'l', "Good morning, you've reached Ask a Librarian — I'm Dana at Ann Arbor District Library."],
    [28, 'l', 'Fun question! Is there a paper label inside the case, or any letters and numbers stamped on the brass movement in back?'],
    [85, 'p', "theres a stamp on the back plate w/ like an 'A' and '89'?? hard to read"],
    [92, 'l', 'Seth Thomas stamped a letter-and-number date code on many movements from the 1880s on. Tran Duy Ly\'s book "Seth Thomas Clocks & Movements" decodes them, and we own it: search the catalog at aadl.org for "Seth Thomas clocks".'],
    [98, 'l', 'Is that the kind of thing you were after?'],
    [140, 'p', 'yes!! perfect, thats everything. ty'],
    [146, 'l', 'Happy clock sleuthing, and bye for now!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a repair shop by phone
  s(ELI, '02 vintage Omega automatic repair: pickup at exactly 60 s, awci.com directory, "call Hollis Watch & Clock … at 608-555-0182"', [
    [0, 'p', 'where can i get my dads old omega watch fixed in madison, it stopped'],
    [60, 'l', 'Hi, thanks for waiting! This is Eli, a librarian at Madison Public Library.'],
    [66, 'l', 'Is it a wind-up (mechanical) watch or a quartz one with a battery?'],
    [100, 'p', 'wind up. automatic maybe? its from the 70s'],
    [107, 'l', "For a vintage automatic you want a watchmaker, not a battery kiosk. The AWCI's directory of certified watchmakers is searchable by zip code at awci.com. Locally, you could call Hollis Watch & Clock on Monroe St at 608-555-0182; they service Swiss automatics."],
    [113, 'l', 'Does that help?'],
    [150, 'p', 'yeah thank you!!'],
    [155, 'l', 'Anything else I can do for you?'],
    [170, 'p', 'nope thats it'],
    [174, 'l', 'Thanks for chatting — hope it ticks again soon!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(FAYE, '03 Elgin pocket watch value (typos): pickup at 61 s, insurance or sale asked, pocketwatchdatabase.com + Shugart price guide', [
    [0, 'p', 'i have a elgin pocket wach from my great grandpa, how do i fnd out what its worth'],
    [61, 'l', 'Hello, and sorry for the wait! Faye here, reference librarian at Toledo Lucas County Public Library.'],
    [67, 'l', 'Are you looking for an insurance value, or more of a what-would-it-sell-for figure?'],
    [110, 'p', 'just curious what its worth. its gold i think'],
    [116, 'l', 'Elgin serial numbers date the movement: the Elgin serial number lookup at pocketwatchdatabase.com gives the year and grade. For prices, the "Complete Price Guide to Watches" (Shugart, Engle & Gilbert) is in our reference collection; the call number is in the catalog at toledolibrary.org.'],
    [122, 'l', 'Did that help?'],
    [170, 'p', 'yes ty'],
    [175, 'l', 'Anything else I can look up?'],
    [190, 'p', 'nope'],
    [194, 'l', 'Thanks for chatting with us, take care!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets, identifies no one in the first two lines
  s(DESK2, '04 "NAWCC member" in an auction listing: "Hey there!" + a question under the screen name "Desk 2", the name only in line three', [
    [0, 'p', 'What does NAWCC stand for? saw it on a clock auction listing'],
    [15, 'l', 'Hey there!'],
    [20, 'l', "Where did you see it, on the clock itself or in the seller's description?"],
    [50, 'p', "in the description, 'NAWCC member'"],
    [56, 'l', "I'm Lou, by the way, at Greenville County Library. NAWCC is the National Association of Watch and Clock Collectors; a seller calling themselves a member just means they belong to it. Their site is nawcc.org."],
    [62, 'l', 'Does that clear it up?'],
    [95, 'p', 'yep thanks'],
    [100, 'l', "You're welcome — have a good one!"],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 holds answered exactly 120 s later; an NAWCC chapter by URL
  s(GUS, '05 clock club and classes near Columbus: hold at 76, partial result "still checking" at 196, answer at 316 (120 s each), chapter by URL', [
    [0, 'p', 'Is there a clock collectors club around Columbus? I want to learn to fix my own clocks'],
    [20, 'l', "Hello! Gus at Columbus Metropolitan Library's Ask a Librarian, happy to help."],
    [26, 'l', 'Are you after a club to meet people, or classes where you actually work on movements?'],
    [70, 'p', 'both honestly'],
    [76, 'l', "Give me a minute to see what's near you."],
    [196, 'l', 'Found the national group, still checking for classes: the NAWCC (National Association of Watch and Clock Collectors) has local chapters, listed by state at nawcc.org/chapters.'],
    [316, 'l', 'OK: the NAWCC School of Horology runs online and in-person classes, listed at nawcc.org/education. For the club, reach out to the Central Ohio chapter through its contact form at nawcc.org/chapters.'],
    [322, 'l', 'Does that get you started?'],
    [360, 'p', 'yes!! thats all i needed thanks'],
    [365, 'l', 'My pleasure, good luck and goodbye!'],
  ], usual({ referral: 'pass' })),

  // 06 a hold answered 121 s later
  s(HANA, '06 Hermle 451-050 chime out of sync: "Let me dig into that for you." answered 121 s later, hermle-clocks.com + Penman', [
    [0, 'p', 'need a repair manual for a hermle 8 day movement, the chime is off'],
    [18, 'l', "Hi! I'm Hana, a librarian with Ask Us at Harford County Public Library."],
    [24, 'l', "Do you know the movement number? It's usually stamped on the back plate, like 341-020."],
    [60, 'p', '451-050 i think'],
    [66, 'l', 'Let me dig into that for you.'],
    [187, 'l', 'Sorry that took a bit. Hermle posts service documents for its movements at hermle-clocks.com (Service > Technical Documents). For chime timing in general, "The Clock Repairer\'s Handbook" by Laurie Penman walks through it; our Bel Air branch has it.'],
    [193, 'l', 'Did that answer your question?'],
    [230, 'p', 'ya that works'],
    [236, 'l', 'Anything else?'],
    [250, 'p', 'no'],
    [254, 'l', 'Thanks for using Ask Us, bye!'],
  ], usual({ informed: 'fail' })),

  // 07 Spanish: the Junghans star
  s(MARISOL, '07 reloj de pared Junghans con estrella (Spanish): "¡Buenas tardes! Soy Marisol", la J en la estrella, nawcc.org, "es todo 😊"', [
    [0, 'p', "hola buenas, tengo un reloj de pared que era de mi abuela, dice 'Junghans' y tiene una estrella. ¿de que año será?"],
    [30, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria del servicio Pregúntale al Bibliotecario de la Biblioteca Pública de Los Ángeles.'],
    [37, 'l', '¿La estrella tiene una J adentro, o es solo la estrella de ocho puntas?'],
    [90, 'p', 'tiene una J, creo'],
    [96, 'l', 'Junghans usó varias versiones de la estrella desde fines del siglo XIX. La guía de marcas de fabricantes de la NAWCC, en nawcc.org (Research > Clock Marks), muestra las fechas de cada versión.'],
    [102, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'sii muchas gracias, es todo 😊'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, que tenga buen día.'],
  ], usual()),

  // 08 partly Spanish: follow-up by me, e-mail read back, "mañana antes de las 5", done exactly 72 h after the end
  s(NED, '08 HAC crossed-arrows mark (partly Spanish, follow-up by me): mikrolisk.de, e-mail read back, "mañana antes de las 5", done at exactly 72 h', [
    [0, 'p', "hello, necesito ayuda. I have a clock with a mark 'HAC' and crossed arrows, quiero saber quien lo hizo"],
    [25, 'l', 'Hi / ¡Hola! This is Ned, librarian at Santa Ana Public Library. I can help in English or Spanish.'],
    [31, 'l', '¿Dónde está la marca: en la esfera o en la máquina de atrás?'],
    [80, 'p', 'en la maquina atras'],
    [86, 'l', "HAC with crossed arrows is the Hamburg American Clock Company of Schramberg, Germany; the Mikrolisk database of maker's marks at mikrolisk.de shows it. The exact year needs our horology books, which I can't get to during this shift. ¿Le puedo enviar la fecha por correo electrónico?"],
    [140, 'p', 'si porfa, mi correo es lupita.reyes@example.com'],
    [146, 'l', 'Perfecto: lupita.reyes@example.com. Le escribo mañana antes de las 5 de la tarde.'],
    [152, 'l', 'Mientras tanto, ¿le sirve lo de Mikrolisk?'],
    [190, 'p', 'si gracias'],
    [195, 'l', '¿Algo más en que le pueda ayudar?'],
    [215, 'p', 'no eso es todo'],
    [220, 'l', '¡Gracias por usar nuestro servicio! Adiós.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(225 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 09 a true Lost Call
  s(RAY, '09 dating an Ansonia (Lost Call): greeting only, "are you still there?" at 140, "seems you\'ve been disconnected … come back any time" at 330', [
    [0, 'p', 'how do i date an ansonia clock'],
    [24, 's', 'Ray has joined the chat.', { event: 'joined' }],
    [25, 'l', "Hello, this is Ray at KnowItNow, Ohio's statewide reference service. How can I help?"],
    [140, 'l', 'Hi again, are you still there?'],
    [330, 'l', "It seems you've been disconnected, so I'll be ending this chat. You're welcome to come back any time with your Ansonia question!"],
    [331, 's', 'Chat ended by librarian.', { event: 'ended' }],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 Lost Call after two patron lines; final idle exactly 120 s, check-in, no goodbye
  s(SAM, '10 Black Forest cuckoo repair book (Lost Call, two patron lines): answer at 60, "Still there?" at 150, ended at 180 (final idle 120 s)', [
    [0, 'p', 'whats the best book on fixing cuckoo clocks'],
    [20, 'l', 'Hi, Sam with Ask a Librarian at Multnomah County Library.'],
    [26, 'l', 'Is it a Black Forest cuckoo with weights, or a battery one?'],
    [45, 'p', 'weights, black forest'],
    [60, 'l', '"Cuckoo Clock Repair" by Steven Conover is the usual pick, and it\'s in our catalog at multcolib.org. Does that help?'],
    [150, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 30 }),

  // 11 final idle 119 s ending in a goodbye
  s(TESS, '11 clock museum on a Connecticut road trip: answer + "anything else" at 70, goodbye at 189 (final idle 119 s), museum by URL', [
    [0, 'p', 'are there any clock museums in connecticut? road trip w my dad 🚗'],
    [18, 'l', 'Hi there! Tess, librarian at Hartford Public Library, here.'],
    [24, 'l', 'Which part of the state will you be driving through?'],
    [55, 'p', 'starting in hartford heading west'],
    [70, 'l', 'You could stop at the American Clock & Watch Museum in Bristol, about 25 minutes west of Hartford; hours and tickets are at clockandwatchmuseum.org. Does that answer your question, or is there anything else I can find?'],
    [189, 'l', 'Thanks for chatting with Ask a Librarian, enjoy the trip!'],
  ], usual({ referral: 'pass' })),

  // 12 final idle exactly 180 s: check-in and goodbye, no disconnect notice
  s(UDO, '12 grandfather clock runs fast: pendulum nut asked, answer at 50, "Are you still with me?" at 170, goodbye at 230 (180 s), no notice', [
    [0, 'p', 'my grandfather clock runs fast, like 5 min a day. how do i fix that myself'],
    [20, 'l', 'Good evening, Udo here at Ask Colorado, the statewide library chat.'],
    [26, 'l', 'Does it have a pendulum bob with a nut underneath?'],
    [44, 'p', 'yes'],
    [50, 'l', 'Turning that nut to lower the bob slows the clock; one full turn is roughly a minute a day on most. The NAWCC\'s "Clock Regulation" help page at nawcc.org walks through it step by step. Did that help?'],
    [170, 'l', 'Are you still with me?'],
    [230, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 13 final idle 179 s with a check-in; "Thanks for your patience!" in the answer
  s(VERA, '13 antique clock appraisal for insurance (typos): hold, "Thanks for your patience! … appraisers.org" at 140, "Are you still there?" at 260, ended at 319 (179 s)', [
    [0, 'p', 'wher can i get a antique clock apraised in philly'],
    [22, 'l', 'Hello! This is Vera, a librarian at the Free Library of Philadelphia.'],
    [28, 'l', 'Is it for insurance, a sale, or just curiosity?'],
    [70, 'p', 'insurance, homeowners policy wants it'],
    [76, 'l', 'One sec, checking something.'],
    [140, 'l', 'Thanks for your patience! For insurance you want a certified appraiser: the American Society of Appraisers lets you search by specialty (clocks) and zip code at appraisers.org (Find an Appraiser). Is that what you were looking for?'],
    [260, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', idle: 'pass' }), { endAfter: 59 }),

  // 14 a disconnect notice with no check-in, final idle 200 s
  s(WALT, '14 Waterbury Clock Company school project: deadline asked, research guide + museum exhibit at 66, notice with thanks at 266, no check-in', [
    [0, 'p', 'Looking for the history of the Waterbury Clock Company for a school project'],
    [15, 'l', 'Hi! Walt, reference librarian at Silas Bronson Library in Waterbury.'],
    [21, 'l', 'How long does the project need to be, and when is it due?'],
    [60, 'p', 'like 2 pages, due friday'],
    [66, 'l', "Our Waterbury Clock Company research guide (bronsonlibrary.org > Local History > Waterbury Clock Co.) lists books and newspaper articles, and the Mattatuck Museum's online exhibit on the brass industry at mattatuckmuseum.org has photos you can cite. Is that enough to get you going?"],
    [266, 'l', "It seems you've been disconnected, so I'll end the chat now. Thanks for contacting Silas Bronson Library!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 15 "your time is up"
  s(XAV, '15 grandpa\'s six watches: Waltham dated, then "Sorry, your time is up for this session; we only do one watch per chat. Bye." (dismissal)', [
    [0, 'p', 'my grandpa had like 6 watches, a hamilton, a waltham, two bulovas... how do i find out about each one'],
    [20, 'l', "Hi, I'm Xav at Ask a Librarian Delaware."],
    [26, 'l', "Let's start with one. Which is the oldest?"],
    [60, 'p', 'the waltham probably'],
    [66, 'l', 'Waltham serial numbers date the movement; the Waltham serial number lookup at pocketwatchdatabase.com gives the year and model. Did that help?'],
    [110, 'p', 'yes! ok now the hamilton, and the bulovas, and how much are they worth, and where do i sell them'],
    [118, 'l', 'Sorry, your time is up for this session; we only do one watch per chat. Bye.'],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 16 other patrons waiting, come back later (allowed)
  s(YARA, '16 a French clock, a carriage clock and a regulator: Japy Frères answered, "I have several patrons waiting … please chat back in later today"', [
    [0, 'p', 'i have questions about a french clock, a carriage clock, and a regulator, can u help with all 3'],
    [22, 'l', "Welcome to Ask Us! I'm Yara, a librarian at Anne Arundel County Public Library."],
    [28, 'l', 'Happy to start. Which one is most urgent for you?'],
    [60, 'p', "the french one, marked 'Japy Freres'"],
    [66, 'l', 'Japy Frères made movements in Beaucourt from the 1770s into the 20th century. Tardy\'s "Dictionnaire des horlogers français" is the standard reference; you can request it through interlibrary loan from our catalog at aacpl.net. Does that help with the French one?'],
    [120, 'p', 'yes. now the carriage one and the regulator'],
    [126, 'l', "I have several patrons waiting right now, so please chat back in later today for the carriage clock and the regulator; we'll be glad to pick up where we left off."],
    [150, 'p', 'ok fine'],
    [155, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ anything: 'fail' })),

  // 17 Practice
  s(TRAINEE, '17 practice chat (clock macros): coded Practice, every check na', [
    [0, 'p', 'testing testing clock q'],
    [5, 'l', 'test greeting - mantel clocks macro'],
    [12, 'l', 'macro: nawcc.org. Did that help?'],
    [20, 'p', 'test done'],
    [24, 'l', 'test bye'],
    [28, 'p', 'ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined
  s(NOBODY, '18 pocket watch repair books downtown: no provider ever joined, "hellooo anyone", patron left, code null', [
    [0, 'p', 'do you have any books about repairing pocket watches at the downtown branch??'],
    queue(2, 4),
    [150, 'p', 'hellooo anyone'],
    [220, 'p', 'guess not'],
    left(300),
    [301, 's', 'Chat ended.', { event: 'ended' }],
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 19 a transfer with a notice and an internal note that says why
  s(ZED, '19 Newark jeweler c.1900-1920: transfer notice + internal note why, Otto 69 s later with HathiTrust and the NJ Information Center by phone', [
    [0, 'p', 'Is there a library with old horology trade catalogs? researching my great-grandfather, he was a jeweler in Newark'],
    [24, 'l', "Good afternoon, you're chatting with Zed at the New Jersey State Library's Ask a Librarian."],
    [30, 'l', 'Do you know roughly which years he was in business?'],
    [75, 'p', 'around 1900 to 1920'],
    [81, 'l', "Our business history librarian, Otto, knows the trade directories best. I'm transferring you to him now, one moment."],
    [84, 'i', "Otto, patron needs Newark jewelers' trade catalogs/directories c.1900-1920 for genealogy — can you take it?"],
    xfer(88, 'Otto', 'otto-c'),
    [150, 'l', "Hello, Otto here. The Jewelers' Circular, the weekly trade journal, is digitized on HathiTrust (catalog.hathitrust.org) and lists Newark jewelers by name. For the Newark city directories of those years, call Newark Public Library's Charles F. Cummings New Jersey Information Center at 973-555-0147.", as(OTTO)],
    [156, 'l', 'Does that point you in the right direction?', as(OTTO)],
    [200, 'p', 'yes, thank you both! thats everything'],
    [206, 'l', 'Wonderful. Thanks for using Ask a Librarian!', as(OTTO)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 20 a transfer notice with no internal note
  s(ABBY, '20 E. Howard wall regulator value: "I\'ll hand you over to a colleague … please hold a moment", no internal note, Bram 110 s later', [
    [0, 'p', 'how much is an old regulator clock worth, it says E. Howard & Co Boston'],
    [20, 'l', 'Hi, Abby here, Ask a Librarian at Boston Public Library.'],
    [26, 'l', 'Is it a wall regulator or a tall floor one?'],
    [60, 'p', 'wall, about 4 ft'],
    [70, 'l', "I'll hand you over to a colleague who knows antiques pricing better; please hold a moment."],
    xfer(75, 'Bram', 'bram-c'),
    [180, 'l', "Hi, Bram at BPL. E. Howard wall regulators are among the most collected American clocks. For values, the Antique Trader Clocks Price Guide is on our shelves (search bpl.org's catalog), and WorthPoint's sold-price archive is free through our e-resources at bpl.org > E-Resources. Is that helpful?", as(BRAM)],
    [230, 'p', 'very. thank you'],
    [236, 'l', 'Anything else today?', as(BRAM)],
    [250, 'p', 'nope thats all'],
    [255, 'l', 'Bye and thanks!', as(BRAM)],
  ], usual({ transfer: 'fail' })),

  // 21 a promise with a time, coded Answered, the e-mail only in the patron field
  s(CORA, '21 clock repair courses in Pennsylvania: "I\'ll … e-mail it to you by tomorrow afternoon", coded Answered, e-mail only in patron.email', [
    [0, 'p', 'I need a list of clock repair courses in Pennsylvania, can you put one together?'],
    [30, 'l', 'Hi! This is Cora, a librarian with Ask Here PA.'],
    [36, 'l', 'Are you looking for in-person courses, online ones, or either?'],
    [80, 'p', 'in person, near pittsburgh if possible'],
    [86, 'l', "The NAWCC School of Horology in Columbia, PA lists its workshops at nawcc.org/education. I'll put together a fuller list of courses near Pittsburgh and e-mail it to you by tomorrow afternoon."],
    [92, 'l', 'Does the NAWCC page help for now?'],
    [130, 'p', 'yes thanks!!'],
    [135, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'dkowal@example.net', phone: null } }),

  // 22 follow-up by the patron's library: phone read back, "within 3 days", done 72 h and 60 s after the end
  s(DEV, '22 Lancaster County clockmaker "JW" (follow-up by patron\'s library): phone read back, "within 3 days", done 72 h 1 min after the end', [
    [0, 'p', 'my local library said ask here: looking for an 1870s clockmaker Jonas Weber, mark JW on a tall case clock, Lancaster PA'],
    [28, 'l', 'Good morning, Dev here, librarian at Ask Here PA.'],
    [34, 'l', 'Which library is your home library?'],
    [70, 'p', 'lancaster public'],
    [76, 'l', "Lancaster County clockmakers are covered in Stacy Wood's \"Clockmakers and Watchmakers of Lancaster County\", which is in the LancasterHistory library catalog at lancasterhistory.org. Lancaster Public Library's local history staff can check their files on Weber for you, so I'll pass your question to them. What's a good number for them to call?"],
    [130, 'p', '717-555-0199'],
    [136, 'l', 'Got it, 717-555-0199. Someone there will call you within 3 days.'],
    [142, 'l', 'Does the book lead help for now?'],
    [180, 'p', 'yes thanks, thats all for now'],
    [186, 'l', 'Thank you for using Ask Here PA. Bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(191 + 72 * HOUR + 60) }] }, { now: T0 + 5 * DAY }),

  // 23 follow-up by me: e-mail read back, no time; not done by day 4
  s(EMMA, '23 Accutron 214 service manual (chat-speak, follow-up by me): ILL in the catalog, e-mail read back, no time, not done by day 4', [
    [0, 'p', 'r u able to find a scan of the manual for a Bulova Accutron 214? my uncles watch 🙏'],
    [20, 'l', 'hey, Emma w/ Ask a Librarian at Kansas City Public Library here!'],
    [25, 'l', "do u need the owner's booklet or the technical service manual for repair?"],
    [60, 'p', 'service manual, im trying to fix it lol'],
    [66, 'l', 'the 214 technical manual was reprinted as "The Accutron 214 Service Manual"; our catalog at kclibrary.org can get it via interlibrary loan. I\'ll also ask our tech services folks if we have a scan I can email. whats ur email?'],
    [110, 'p', 'jt.okafor@example.org'],
    [115, 'l', 'thx, jt.okafor@example.org, got it. does the ILL option help in the meantime?'],
    [150, 'p', 'ya for sure'],
    [154, 'l', 'anything else?'],
    [170, 'p', 'nah im good'],
    [175, 'l', 'ok bye! 👋'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 24 four at once
  s(FINN, '24 "bim bam" strike on a German wall clock: three other chats overlapping this one (four at once)', [
    [0, 'p', "whats a 'bim bam' strike on a clock"],
    [14, 'l', "Hi, Finn at Ask Away, Arizona's library chat."],
    [20, 'l', 'Did you see the term on a German clock, or somewhere else?'],
    [45, 'p', 'a german wall clock at an estate sale'],
    [50, 'l', "It's the two-tone strike of many German wall clocks, one hammer on each of two rods. The Mikrolisk site (mikrolisk.de) helps if you also want to identify the maker's mark. Does that help?"],
    [85, 'p', 'oh cool yes'],
    [90, 'l', 'Anything else?'],
    [100, 'p', 'no thats all'],
    [104, 'l', 'Thanks, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'finn-c', -200, 300), other('f2', 'finn-c', 5, 200), other('f3', 'finn-c', 60, 400)],
  }),

  // 25 three at most with touching ends; "take your time", 200 s away
  s(GINA, '25 8-day or 30-hour: "Sure, take your time." then 200 s away, one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'how do i tell if my clock is 8 day or 30 hour'],
    [25, 'l', 'Hello! Gina at Ask a Librarian, Sacramento Public Library.'],
    [31, 'l', 'Can you look at the dial for me: how many winding holes does it have?'],
    [50, 'p', 'hold on let me go look, its in the other room'],
    [56, 'l', 'Sure, take your time.'],
    [256, 'p', 'ok 2 holes'],
    [262, 'l', 'Two holes usually means an 8-day time-and-strike movement; a 30-hour clock often has none or winds by pulling chains. The clock guide on our website (saclibrary.org > Research > Hobbies > Clocks) has photos of both. Is that what you needed?'],
    [300, 'p', 'yes ty'],
    [304, 'l', 'Anything else?'],
    [320, 'p', 'nope, thats all'],
    [324, 'l', 'Thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('g1', 'gina-c', -500, 0), other('g2', 'gina-c', -100, 200), other('g3', 'gina-c', 100, 500), other('g4', 'gina-c', 329, 600)],
  }),

  // 26 Spanish: an appraiser society with no contact
  s(HUGO, '26 reloj de bolsillo Longines (Spanish): "Le atiende Hugo", número de serie, libro de Richon, "consultar con un tasador certificado de la Sociedad Americana de Tasadores" sin contacto', [
    [0, 'p', 'Buenas noches, quiero saber cuánto vale un reloj de bolsillo de plata de mi bisabuelo, marca Longines'],
    [35, 'l', '¡Buenas noches! Le atiende Hugo, bibliotecario de la Biblioteca Pública de Miami-Dade.'],
    [41, 'l', '¿Tiene el número de serie del movimiento? Se ve al abrir la tapa trasera.'],
    [100, 'p', 'si, empieza con 4312'],
    [106, 'l', 'Con el número de serie se sabe el año: el libro "Longines" de Richon, que tenemos en la sala de referencia, trae las tablas. Para el valor, le recomiendo consultar con un tasador certificado de la Sociedad Americana de Tasadores.'],
    [112, 'l', '¿Le sirve esta información?'],
    [160, 'p', 'si gracias'],
    [166, 'l', '¿Necesita algo más?'],
    [180, 'p', 'no, gracias'],
    [185, 'l', '¡Gracias por comunicarse, que tenga buena noche!'],
  ], usual({ referral: 'fail' })),

  // 27 no question, no completeness question, code ""
  s(IRA, '27 books on antique clock restoration: answered at once with two titles, no question asked, "thx", code ""', [
    [0, 'p', 'Does the library have any books on antique clock restoration?'],
    [12, 'l', "Hi, thanks for contacting Ask a Librarian! You're chatting with Ira at Denver Public Library."],
    [18, 'l', 'Yes: "Practical Clock Repairing" by Donald de Carle and "The Clock Repairer\'s Handbook" by Laurie Penman are both in our catalog at denverlibrary.org, and both are on the shelf at Central.'],
    [60, 'p', "awesome, i'll stop by after work"],
    [66, 'l', 'Sounds good — if you place a hold first, it will wait for you at the holds shelf by the main entrance.'],
    [90, 'p', 'ok thx'],
    [95, 'l', "You're welcome, goodbye!"],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 28 the patron has the last word
  s(JUNO, '28 clock museum for a clock-obsessed kid near Chicago: Elgin History Museum by URL, patron "ok thats all i need bye!!" last', [
    [0, 'p', "hi!! where's the closest clock museum to Chicago, taking my kid who's obsessed w clocks"],
    [20, 'l', "Hi there, Juno from Chicago Public Library's Ask a Librarian 😊"],
    [26, 'l', 'How far are you willing to drive?'],
    [60, 'p', 'like 2 hrs max'],
    [66, 'l', 'You could visit the Elgin History Museum, about an hour away, which has a big exhibit on the Elgin National Watch Company; hours are at elginhistory.org.'],
    [72, 'l', 'Would that work for you?'],
    [110, 'p', 'omg yes perfect, ok thats all i need bye!!'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 29 pickedUpAt 30 s, first line at 165 s
  s(KAI, '29 "adjusted 5 positions" on a Hamilton 992B: pickedUpAt 30 s, first visible line at 165 s (135 s after pickup)', [
    [0, 'p', "what does 'adjusted 5 positions' mean on a pocket watch movement"],
    [165, 'l', 'Hello, Kai at Ask Us Now! here, sorry for the delay.'],
    [171, 'l', 'Is it engraved on an American railroad-grade movement, like a Hamilton 992?'],
    [200, 'p', 'yes hamilton 992B'],
    [206, 'l', "It means the watchmaker regulated it to keep time in five positions (dial up, dial down, and three pendant positions). The NAWCC's glossary at nawcc.org explains each term. Did that help?"],
    [240, 'p', 'yes thank u'],
    [245, 'l', 'Anything else?'],
    [260, 'p', 'nope, thats all'],
    [264, 'l', 'Take care, and thanks for using Ask Us Now!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(30) }),

  // 30 Spanish: no source
  s(LUZ, '30 cuerda de un reloj de 8 días (Spanish): "Habla Luz", de repisa, respuesta sin fuente, "¿Le ayudó?", "es todo"', [
    [0, 'p', 'hola! cada cuanto hay que darle cuerda a un reloj de 8 dias? me lo regalaron'],
    [20, 'l', '¡Hola! Habla Luz, del chat de la Biblioteca Pública de San Antonio.'],
    [26, 'l', '¿Es de pared, de repisa o de pie?'],
    [55, 'p', 'de repisa, de madera'],
    [61, 'l', 'A uno de 8 días se le da cuerda una vez por semana, siempre el mismo día, hasta que la llave se ponga firme, sin forzarla. Si tiene dos o tres agujeros, dele cuerda a todos.'],
    [67, 'l', '¿Le ayudó?'],
    [100, 'p', 'si! gracias 🙏'],
    [105, 'l', '¿Algo más?'],
    [120, 'p', 'no, es todo'],
    [124, 'l', '¡Gracias por escribirnos, hasta pronto!'],
  ], usual({ source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CLOCKS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-first round: clocks, watches and antiques repair, checked', () => {
  describeSessions('whole sessions', CLOCKS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CLOCKS.filter((c) => c.name in LEFT_WHY));
});
