/**
 * Seventy-fourth round, theme KITES, MODEL ROCKETS AND RC PLANES, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: kites (a sled kite for a seven-year-old's project, kite line for a gusty
 * beach, a bridle that makes a diamond kite spin, a kite near BWI, the Ocean City kite festival, a picavet rig for kite aerial
 * photography, a kite-making workshop for children in Spanish, a trainee's practice chat on kite knots, a kite permit on the
 * National Mall), model rockets (a county park launch permit in Spanish, science fair launches at a school field and an
 * altimeter graph, scouts at a state park, a Rock Hall beach, field sizes for C motors, Level 1 high power certification, a
 * bottle rocket launcher, the Space Exploration merit badge, an Alpha III's altitude) and radio-controlled planes (FAA
 * registration and the TRUST test, the 400 ft ceiling near Easton, clubs around Westminster, lessons for a beginner, LiPo
 * storage, servo sizing, wind limits for a foam trainer, a rubber-band balsa plane, a 1962 control-line plan, AMA insurance on
 * a school field, where to fly a small electric plane in Frederick County in Spanish). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s72/rockets-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon! You've reached Ask Us Now, this is Leo, a librarian at …" (01); Spanish "¡Hola, buenas tardes!
 *   Soy Rocío, bibliotecaria de …" (02) and "¡Buenas! Le saluda Vicente, bibliotecario de …" (28); a bilingual "¡Hola! Hi,
 *   soy Gabriel, bibliotecario de Ask Us Now." (16); pickup at exactly 60 s (03: pass) and at 61 s (04: fail); `pickedUpAt`
 *   recorded at 58 s with the first visible line at 75 s (05: pass by the recorded pickup); "This is Wanda at St. Mary's
 *   County Library, Ask Us Now service." with no greeting word (10: fail); "Hi there! 🙂" then "I'm Dev with …" (13: two
 *   lines together, pass); "hiya 👋" and a question, the name only in the third line (27: fail); a queue line and no provider
 *   ever (20);
 *  inquiry: due date and scratch or kit, park and motor, business or fun, which festival details, wind, grade and site,
 *   planes or drones, water rocket, airport restatement "So you want to know whether …" (10: pass), town or farm fields,
 *   scouts and motors, plane and radio, issue month, NAR or Tripoli, language and age, camera kite, beach or private land,
 *   foam or balsa, BSA or Cubs, spreadsheet program, stick model, motor size, spinning or diving, gas or electric, trainer,
 *   club field or school grounds; the answer straight after the greeting with no question (09: fail);
 *  waits: a hold answered in 108 s, then a partial-result hold answered in exactly 120 s (06: pass); "bear with me" answered
 *   121 s later with the patron's "hello?? u still there" inside the span (07: fail); "No rush, take your time." then the
 *   patron back 244 s later (08: waiting on the patron, pass); a transfer notice answered 54 s later by the receiver (24); a
 *   silent transfer, the receiver 125 s after the patron (26: fail); a partial result with "I'll also check with a colleague
 *   … and get back to you tomorrow", the next provider line 204 s later (17: a hold, so waiting on the provider: fail);
 *  endings: "Anything else I can help you with?" then a goodbye 119 s later (03: final idle 119 s, na); the patron's "nope
 *   thats all, bye" as the last line (04: courteous fails); "Looks like we've been disconnected, so I'm closing this chat.
 *   Thanks for writing in!" after a hold (17: the final idle starts and ends at this goodbye, 0 s, both na); a true Lost
 *   Call with "Are you still there?" and "… it looks like you've been disconnected. I'm going to end this chat now, but
 *   please come back any time!" (18: 246 s, both pass); "Hi, are you still there? It looks like we may have been disconnected, so I'll close this
 *   chat shortly. Thanks for asking about Rock Hall!" as one message (19: asks, so not a goodbye; final idle 195 s to
 *   `endedAt`, both pass); "You still with me?" and a thanks exactly 180 s after the answer (29: idle pass, notice fails);
 *   "I can only take one question per chat, so I need to end this one now." then "Bye." (22: dismissal fails, courteous
 *   passes); "There are other patrons waiting for me right now, so please chat back in later for the rest" (23: allowed);
 *   goodbyes "You're so welcome, have fun flying it! Thanks for using Ask Us Now.", "¡De nada! … Gracias por usar el
 *   servicio, hasta luego.", "Bye for now, thanks for using Ask Us Now!", "Glad I could help, bye!", "Good luck at the fair,
 *   thanks for chatting!", "Thanks, have a good one!", "Fly safe, thanks for chatting!", "Bye, have a great day!", "Have fun
 *   at the launch, goodbye!", "Thanks for your patience, talk soon!", "¡Con mucho gusto! Gracias por escribirnos.", "ok good
 *   luck, bye!", "¡Buen vuelo! Gracias por escribir.", "Thanks for stopping by."; patron-side "thats all i needed", "es
 *   todo", "no more questions", "thats everything", "thats all", "eso es todo", "no other questions", and "ya thx", "ok
 *   yeah", "yes perfect", "ok fair enough", "wow seriously??" that do not count;
 *  sources: a book in the catalogue with a branch, nar.org's safety code, faa.gov and the FAA DroneZone, kite.org,
 *   ococean.com, a school district's site with its menu path, modelaircraft.org (club search, history, education plans,
 *   insurance, battery safety by menu path), a NASA page found by search, ecfr.gov, dnr.maryland.gov by menu path,
 *   tripoli.org, pgcmls.info/events, a library catalogue by menu path, ecode360.com, flitetest.com, scouting.org,
 *   support.google.com, drachen.org by menu path, a county parks page, rcgroups.com; none (11: 400 ft from memory, "the
 *   B4UFLY app" and "the FAA and the Academy of Model Aeronautics" named without a way to reach them: fail);
 *  completeness: "Does that look like what you need?", "¿Esto responde a su pregunta?", "Did the storage tips cover it?", "Did that work for
 *   you?", "¿Le ayuda esto?" forms; near misses "Would a printed list with their field addresses be what you need?" (07: about something not yet
 *   given) and "Want me to look up the permit fee too?" (12: an offer of more), both fail;
 *  referrals: Montgomery Parks' permit office by phone and e-mail in Spanish (02: pass); "ask the Tuckahoe park office
 *   directly" with no contact (12: fail); a club by phone and e-mail plus a hobby shop by street address (13: pass); "Best to
 *   call the town office to be sure: 410-555-0122." (19: pass); not referrals: the AMA club finder to browse (07), the
 *   patron's branch asked to follow up (09, 16), a colleague consulted (17), the B4UFLY app (11);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 30 h (14: pass); a promise to e-mail with the e-mail
 *   read back and no time, coded Answered (15: code and contact fail, on_time pending); FU_LIB by the branch's promise with no
 *   e-mail or phone anywhere (09: code and contact fail, pending at day 1); FU_LIB, a phone typed with spaces and read back
 *   with dashes, "dentro de 72 horas", done at 80 h (16: on_time fails); FU_ME with the e-mail only in `patron.email`, "get
 *   back to you tomorrow", nothing recorded at day 4 (17: code passes, contact and on_time fail); no resolution code field at
 *   all, e-mail read back and "by Wednesday afternoon" (30: code na, contact pass, pending);
 *  codes: a true Lost Call (18); Lost Call after three patron lines (19); null with no provider (20); Practice (21); an empty
 *   string (08); the field left out (30);
 *  transfers: a visible notice and an internal note that says why (24: pass); a notice and no note (25: fail); a note and no
 *   notice (26: fail);
 *  concurrency: three others open through the session, four at once (27: fail); one ending exactly at the start, two
 *   overlapping, one starting as another ends, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt` recorded by the source is the pickup ("or `pickedUpAt` when the source system records it"), even though the
 *   first visible provider line comes later (05: 58 s, pass);
 * - "This is Wanda at … Ask Us Now service." identifies but greets no one (10: fail); "hiya 👋" greets, "Hi there! 🙂"
 *   greets, and Spanish "¡Hola!", "¡Buenas!", "Le saluda" greet, "bibliotecaria/o" identifies;
 * - "So you want to know whether there are limits on kite flying close to an airport like BWI." restates the question (10);
 *   "¿Prefiere español o inglés?" asks about the format (language) of the answer (16);
 * - the patron's "es todo" and "eso es todo" ("that's all") say explicitly that they are done (02, 16), as does "no other
 *   questions" (30);
 * - "Found part of it: … Still checking what the school district requires, hang on." gives a partial result and says the
 *   search goes on: a hold (06), so the last span is 170 -> 290 = exactly 120 s, not longer;
 * - "Our catalog … shows two books … I'll also check with a colleague … and get back to you tomorrow … Does the catalog
 *   search help for now?" gives a partial result and says the search goes on, so it is a hold by the Terms' literal text,
 *   which does not ask that the search go on inside the chat (17; labelled first as not a hold, corrected after the run,
 *   see COUNTS): waiting on the provider from it to the next line (204 s) fails, and the final idle, which starts at the
 *   first non-hold provider line after the patron's last, starts and ends at the goodbye (0 s: idle and notice na). It is
 *   also a follow-up promise, and the colleague is consulted on the patron's behalf (no referral);
 * - "I'll pass your question to the teen tech team at your branch so they can follow up with you" and "Le puedo pedir a su
 *   biblioteca … que la llame" are promises that someone will contact the patron (follow-up sessions), not referrals (09, 16);
 * - "Hi, are you still there? It looks like we may have been disconnected, so I'll close this chat shortly. Thanks for asking
 *   …" asks whether the patron is there, so it is not a goodbye and the final idle runs to `endedAt` (19: 110 -> 305 = 195
 *   s); it does thank the patron, so closing.courteous passes on it;
 * - "Looks like we've been disconnected, so I'm closing this chat. Thanks for writing in!" thanks without asking: a goodbye,
 *   the final idle ends at it (17);
 * - the system "Patron has left the chat." line is not visible and does not end the final idle (19);
 * - "Best to call the town office to be sure: 410-555-0122." tells the patron to contact an office (19: a referral with a
 *   phone); "ask the Tuckahoe park office directly" is a referral, and dnr.maryland.gov in the sentence before is the permit
 *   page (a source), not a way to reach that office (12: fail);
 * - the AMA club finder at modelaircraft.org/club-search "to browse" is a source, not an instruction to contact a club (07);
 * - "Bye." alone says goodbye (22: courteous pass beside the dismissal);
 * - `resolutionCode: undefined` is a field left out: the source has no codes (30: resolution.code na), and the promise in
 *   the chat still makes it a follow-up session.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (17).
 * Label corrections: 1. Case 17: interest.keep_informed pass -> fail, session.idle_checkin fail -> na,
 * session.disconnect_notice pass -> na. Message 4 ("Our catalog … shows two books with picavet plans … I'll also check with
 * a colleague who builds these rigs and get back to you tomorrow …") gives a partial result and says the search goes on,
 * which RUBRIC's Terms make a hold ("so is a message that gives a partial result but says the search goes on"; "announcing
 * that the provider is looking something up"); my first reading added a condition the text does not have (that the search
 * go on inside the chat). So the span 66 -> 270 is waiting on the provider, 204 s > silenceSeconds (keep_informed: "fail if
 * any span of waiting on the provider lasts longer"), and the final idle begins at "the first provider message after the
 * patron's last visible message that is not a hold message" (270, a goodbye, where it also ends: 0 s), so idle_checkin and
 * disconnect_notice are na. No session text changed.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s, a recorded pickedUpAt of 58 s, no provider; keep_informed at exactly 120 and
 * at 121 s, across a partial-result hold, "take your time", a notice-transfer, a silent transfer at 125 s; final idles of
 * 0, 119, 180, 195 and 246 s; concurrency at four and at touching ends; on_time done at 30 h, late at 80 h, not recorded at
 * day 4, pending at day 1 three times) scored as labelled on the first run apart from case 17's hold. The redaction
 * equality of describeSessions holds for every case (patron e-mails typed and read back, a patron phone typed with spaces
 * and read back with dashes, an e-mail only in the patron field, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n: number): Line => [sec, 's', `All staff are helping other patrons. You are number ${n} in line.`];

const LEO: Prov = { id: 'leo-rk', name: 'Leo', library: 'EPFL' };
const ROCIO: Prov = { id: 'rocio-rk', name: 'Rocío', library: 'MCPL' };
const OWEN: Prov = { id: 'owen-rk', name: 'Owen', library: 'HCPL-MD' };
const PRIYA: Prov = { id: 'priya-rk', name: 'Priya', library: 'WOCL' };
const QUINN: Prov = { id: 'quinn-rk', name: 'Quinn', library: 'HCLS' };
const RUTH: Prov = { id: 'ruth-rk', name: 'Ruth', library: 'AACPL' };
const SAM: Prov = { id: 'sam-rk', name: 'Sam', library: 'CCPL-MD' };
const TOMAS: Prov = { id: 'tomas-rk', name: 'Tomás', library: 'FCPL-MD' };
const VIC: Prov = { id: 'vic-rk', name: 'Vic', library: 'WCFL' };
const WANDA: Prov = { id: 'wanda-rk', name: 'Wanda', library: 'SMCL' };
const BEA: Prov = { id: 'bea-rk', name: 'Bea', library: 'TCFL' };
const CAL: Prov = { id: 'cal-rk', name: 'Cal', library: 'QACL' };
const DEV: Prov = { id: 'dev-rk', name: 'Dev', library: 'BCPL' };
const ELLA: Prov = { id: 'ella-rk', name: 'Ella', library: 'CCPL-CE' };
const FERN: Prov = { id: 'fern-rk', name: 'Fern', library: 'HCPL-MD' };
const GABRIEL: Prov = { id: 'gabriel-rk', name: 'Gabriel', library: 'AUN' };
const HAL: Prov = { id: 'hal-rk', name: 'Hal', library: 'GCPL' };
const IRIS: Prov = { id: 'iris-rk', name: 'Iris', library: 'ACLS' };
const JUNE: Prov = { id: 'june-rk', name: 'June', library: 'KCPL' };
const QUEUE: Prov = { id: 'queue-rk', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-rk', name: 'Trainee 3', library: 'TRN' };
const KIT: Prov = { id: 'kit-rk', name: 'Kit', library: 'SCL-MD' };
const LUZ: Prov = { id: 'luz-rk', name: 'Luz', library: 'CCPL-CA' };
const MOSES: Prov = { id: 'moses-rk', name: 'Moses', library: 'PGCMLS' };
const NORA: Prov = { id: 'nora-rk', name: 'Nora', library: 'PGCMLS' };
const OLGA: Prov = { id: 'olga-rk', name: 'Olga', library: 'FCPL-MD' };
const PETE: Prov = { id: 'pete-rk', name: 'Pete', library: 'FCPL-MD' };
const RHEA: Prov = { id: 'rhea-rk', name: 'Rhea', library: 'BCPL' };
const SOL: Prov = { id: 'sol-rk', name: 'Sol', library: 'BCPL' };
const TAM: Prov = { id: 'tam-rk', name: 'tam_hcls', library: 'HCLS' };
const VICENTE: Prov = { id: 'vicente-rk', name: 'Vicente', library: 'FCPL-MD' };
const WES: Prov = { id: 'wes-rk', name: 'Wes', library: 'CCPL-CR' };
const YUSUF: Prov = { id: 'yusuf-rk', name: 'Yusuf', library: 'AUN' };

const s = session;

export const ROCKETS: SessionCase[] = [
  // 01 the plain good session
  s(LEO, '01 a sled kite for a 7-year-old\'s project: "Good afternoon! … this is Leo", due date asked, a book in the catalog, "thats all i needed"', [
    [0, 'p', 'hi! my son is 7 and has to build a kite for a school project 🪁 any easy plans??'],
    [25, 'l', "Good afternoon! You've reached Ask Us Now, this is Leo, a librarian at Enoch Pratt Free Library."],
    [31, 'l', 'When is the project due, and does he want to build it from scratch or start from a kit?'],
    [70, 'p', 'due next friday. from scratch w cheap stuff'],
    [78, 'l', "The sled kite in Kites for Kids by Burton and Rita Marks is made from a paper grocery bag, two straws and string. It's in our catalog at prattlibrary.org (search the title), with a copy on the shelf at the Light Street branch. Does that look like what you need?"],
    [120, 'p', 'omg perfect. thats all i needed thank u'],
    [126, 'l', "You're so welcome, have fun flying it! Thanks for using Ask Us Now."],
  ], usual()),

  // 02 Spanish: a county park permit, the permit office by phone and e-mail
  s(ROCIO, '02 lanzar un cohete en el parque (Spanish): "¡Hola, buenas tardes! Soy Rocío, bibliotecaria", permit office by phone and e-mail, "es todo"', [
    [0, 'p', 'buenas, mi hija quiere lanzar un cohete de modelo para la feria de ciencias. se puede en el parque??'],
    [28, 'l', '¡Hola, buenas tardes! Soy Rocío, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Con gusto le ayudo.'],
    [35, 'l', '¿En qué parque piensan lanzarlo, y qué motor lleva el cohete (por ejemplo A8-3)?'],
    [90, 'p', 'en wheaton regional park, motor B6-4 creo'],
    [98, 'l', 'Para lanzar cohetes en un parque del condado hace falta un permiso. Llame a la oficina de permisos de Montgomery Parks al 301-555-0187 o escríbales a permisos@parks-mc.example.org. Las reglas de seguridad (distancias, campo despejado) están en el Código de Seguridad de la NAR: nar.org/safety-information/model-rocket-safety-code.'],
    [104, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'si muchas gracias!! es todo'],
    [156, 'l', '¡De nada! Suerte en la feria. Gracias por usar el servicio, hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; final idle 119 s
  s(OWEN, '03 registering a 400 g RC plane: pickup at exactly 60 s, fun or business asked, faa.gov, "Anything else" then a goodbye 119 s later', [
    [0, 'p', 'do i need to register my rc plane with the faa? its like 400 grams'],
    [60, 'l', 'Hi there, Owen with Ask Us Now, a librarian at Harford County Public Library.'],
    [66, 'l', "Will you fly it just for fun, or for any kind of business, like taking photos you get paid for?"],
    [110, 'p', 'just for fun at the park'],
    [118, 'l', 'Recreational flyers have to register anything over 250 g (so yes) and pass the free TRUST test. The FAA lays out the steps at faa.gov/uas/recreational_flyers, and you register at faadronezone-access.faa.gov.'],
    [124, 'l', 'Did that help?'],
    [160, 'p', 'yeah thx'],
    [166, 'l', 'Anything else I can help you with?'],
    [285, 'l', 'Bye for now, thanks for using Ask Us Now!'],
  ], usual()),

  // 04 pickup at 61 s; the patron has the last word
  s(PRIYA, '04 Ocean City kite festival dates: pickup at 61 s, ococean.com, patron "nope thats all, bye" last (no goodbye)', [
    [0, 'p', 'when is the kite festival in ocean city this yr'],
    [61, 'l', 'Hello! This is Priya, a librarian at Worcester County Library.'],
    [67, 'l', 'Are you after just the dates, or parking and beach rules too?'],
    [100, 'p', 'just dates'],
    [107, 'l', "Ocean City's events calendar lists it with this year's dates and times: ococean.com/events (search 'kite')."],
    [113, 'l', 'Is that the info you were after?'],
    [140, 'p', 'ya found it'],
    [145, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'nope thats all, bye'],
  ], usual({ pickup: 'fail', courteous: 'fail' })),

  // 05 pickedUpAt recorded at 58 s, first visible line at 75 s
  s(QUINN, '05 kite line for a 6 ft delta: pickedUpAt 58 s, first line at 75 s, wind asked, kite.org, "thats everything"', [
    [0, 'p', 'what strength kite line do i need for a 6 ft delta'],
    [75, 'l', 'Hi, thanks for waiting! Quinn here, reference librarian at Howard County Library System.'],
    [80, 'l', 'Where do you usually fly — light inland breezes, or somewhere gusty like the beach?'],
    [120, 'p', 'beach, it gets gusty'],
    [128, 'l', "For a delta that size in gusty wind most kite makers suggest 50 to 80 lb line. The American Kitefliers Association's beginner pages at kite.org have a line strength table by kite size."],
    [134, 'l', 'Did that answer it?'],
    [165, 'p', 'yes thanks, thats everything'],
    [170, 'l', 'Glad I could help, bye!'],
  ], usual(), { pickedUpAt: at(58) }),

  // 06 holds of 108 s and exactly 120 s (a partial result that says the search goes on)
  s(RUTH, '06 science fair launch at school: hold at 62, partial-result hold at 170, answer at 290 (exactly 120 s), nar.org + district site', [
    [0, 'p', 'hi im doing a science fair project measuring how high model rockets go, are there rules for launching at school'],
    [15, 'l', "Hello, Ruth here at Anne Arundel County Public Library's Ask a Librarian."],
    [21, 'l', 'What grade are you in, and does your school already have a spot picked for the launch?'],
    [55, 'p', '8th grade. the field behind the school'],
    [62, 'l', 'Let me look for the rules that apply, give me a minute.'],
    [170, 'l', 'Found part of it: the NAR safety code wants a launch site at least 100 ft across for B motors. Still checking what the school district requires, hang on.'],
    [290, 'l', "The district's field use rules are on aacps.org under Facilities > Community Use; they ask for a signed request a week ahead. The full NAR code is at nar.org/safety-information/model-rocket-safety-code. Does this completely answer your question?"],
    [330, 'p', 'yes!! thats all i needed'],
    [336, 'l', 'Good luck at the fair, thanks for chatting!'],
  ], usual()),

  // 07 "bear with me" answered 121 s later; completeness near miss (something not yet given)
  s(SAM, '07 RC clubs near Westminster: hold at 56, "hello?? u still there" at 140, answer at 177 (121 s), "Would a printed list … be what you need?"', [
    [0, 'p', 'r there any rc airplane clubs around westminster md'],
    [20, 'l', 'Hi! Sam at Carroll County Public Library here.'],
    [26, 'l', 'Planes only, or helicopters and drones too?'],
    [50, 'p', 'planes, fixed wing'],
    [56, 'l', 'Ok, bear with me while I search.'],
    [140, 'p', 'hello?? u still there'],
    [177, 'l', "Sorry for the wait! The Academy of Model Aeronautics' club finder at modelaircraft.org/club-search lists two chartered clubs within 15 miles of Westminster; you can browse their field locations and meeting nights there."],
    [183, 'l', 'Would a printed list with their field addresses be what you need?'],
    [220, 'p', 'no the website is fine'],
    [226, 'l', 'Anything else?'],
    [240, 'p', 'nah'],
    [245, 'l', 'Thanks, have a good one!'],
  ], usual({ informed: 'fail', complete: 'fail' })),

  // 08 "take your time", the patron back 244 s later; code ""
  s(TOMAS, '08 bottle rocket launcher plans: "No rush, take your time." then 244 s away (waiting on the patron), a NASA page, code ""', [
    [0, 'p', 'hey i need plans for a bottle rocket launcher for class'],
    [18, 'l', "Hey, welcome to Ask a Librarian! I'm Tomás at Frederick County Public Libraries."],
    [24, 'l', 'Is this a water rocket launched with air pressure? And do you have to use certain materials?'],
    [50, 'p', 'water rocket yes. hold on my teacher sent a sheet w the rules, lemme find it brb'],
    [56, 'l', 'No rush, take your time.'],
    [300, 'p', 'ok back. she says it has to be PVC pipe and a bike pump'],
    [308, 'l', "NASA's Glenn Research Center has a PVC and bike pump launcher you can build: go to nasa.gov and search 'bottle rocket launcher' for the build sheet and parts list."],
    [314, 'l', 'Is that what you needed?'],
    [350, 'p', 'yes ty'],
    [356, 'l', 'Need help with anything else?'],
    [380, 'p', 'nope'],
    [385, 'l', 'Cool, good luck with the launch! Bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 09 no question before the answer; FU_LIB by the branch's promise, no contact anywhere
  s(VIC, '09 LiPo storage and a charging class: the answer right after the greeting, "I\'ll pass your question to the teen tech team … so they can follow up", FU_LIB, no contact', [
    [0, 'p', 'how do i store lipo batteries for my rc plane so they dont catch fire. also does the library have a charging class'],
    [22, 'l', 'Hi, Vic here from Washington County Free Library.'],
    [30, 'l', "Store LiPos at storage charge (about 3.8 V per cell) in a LiPo-safe bag or a metal ammo can, away from anything that burns, and never charge them unattended. The AMA's battery guidance is on modelaircraft.org under Safety > Battery Safety."],
    [36, 'l', "For the class, I'll pass your question to the teen tech team at your branch so they can follow up with you about their next battery workshop. Did the storage tips cover it?"],
    [70, 'p', 'ya thx'],
    [75, 'l', 'Anything else?'],
    [90, 'p', 'no thats it'],
    [95, 'l', 'Fly safe, thanks for chatting!'],
  ], usual({ clarify: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 10 no greeting word; a restatement before the source
  s(WANDA, '10 a kite near BWI: "This is Wanda at … Ask Us Now service." (no greeting), "So you want to know whether …" restated, ecfr.gov', [
    [0, 'p', 'is it legal to fly a kite near the airport? we live right by BWI'],
    [30, 'l', "This is Wanda at St. Mary's County Library, Ask Us Now service."],
    [36, 'l', 'So you want to know whether there are limits on kite flying close to an airport like BWI.'],
    [60, 'p', 'yeah exactly'],
    [68, 'l', "The FAA's Part 101 rules only cover kites heavier than 5 pounds: those can't go above 150 ft or within 5 miles of an airport without permission. An ordinary kite isn't covered, but keep it low and well clear of the flight path. The rule text is at ecfr.gov (search '14 CFR 101'). Does this answer your question?"],
    [110, 'p', 'ok good its a small one. thanks'],
    [116, 'l', 'Is there anything else I can do for you?'],
    [140, 'p', 'no'],
    [145, 'l', 'Bye, have a great day!'],
  ], usual({ greeting: 'fail' })),

  // 11 no source: an app and two organisations named without a way to reach them
  s(BEA, '11 how high can I fly near Easton: 400 ft from memory, "the B4UFLY app", "the FAA and the Academy of Model Aeronautics" (no source)', [
    [0, 'p', 'whats the max height i can fly my rc plane?? just a hobby thing'],
    [20, 'l', "Hi! I'm Bea, a librarian with Talbot County Free Library."],
    [26, 'l', 'Where will you fly — near a town or an airport, or out in farm fields?'],
    [60, 'p', 'farm fields outside easton'],
    [66, 'l', "For recreational flying the limit is 400 feet above the ground. Easton has an airport nearby though, so check the airspace in the B4UFLY app before you go up; the FAA and the Academy of Model Aeronautics both spell out the details."],
    [72, 'l', 'Does that help?'],
    [100, 'p', 'ok yeah'],
    [106, 'l', 'Anything else I can help with?'],
    [120, 'p', 'nope thx'],
    [125, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ source: 'fail' })),

  // 12 a referral with no contact; an offer of more
  s(CAL, '12 scouts at Tuckahoe State Park: dnr.maryland.gov by menu path, "ask the Tuckahoe park office directly" (no contact), "Want me to look up the permit fee too?"', [
    [0, 'p', 'can we launch model rockets at tuckahoe state park for a scout meeting'],
    [25, 'l', "Hello, thanks for contacting Ask a Librarian! Cal here at Queen Anne's County Library."],
    [31, 'l', 'How many scouts, and what size motors — A through C?'],
    [70, 'p', 'about 12 kids, A and B motors'],
    [78, 'l', "Maryland state parks need a special use permit for group activities like a launch. The permit rules are on dnr.maryland.gov (Public Lands > Special Use Permits). You'll also want to ask the Tuckahoe park office directly, since each park manager decides what's allowed on their fields."],
    [84, 'l', 'Want me to look up the permit fee too?'],
    [120, 'p', 'no its fine, thats everything'],
    [126, 'l', 'Have fun at the launch, goodbye!'],
  ], usual({ referral: 'fail', complete: 'fail' })),

  // 13 a club by phone and e-mail, a shop by street address; the greeting over two lines
  s(DEV, '13 RC flying lessons: "Hi there! 🙂" + "I\'m Dev with …", a club by phone and e-mail, a hobby shop at its address, "thats all"', [
    [0, 'p', 'i want to learn to fly rc planes but im scared ill crash my first one lol. where can i get lessons'],
    [18, 'l', 'Hi there! 🙂'],
    [22, 'l', "I'm Dev with Baltimore County Public Library's Ask a Librarian."],
    [28, 'l', 'Do you already have a plane and a radio, or are you starting from nothing?'],
    [60, 'p', 'nothing yet'],
    [66, 'l', 'Most clubs run a free intro pilot program where an instructor flies with you on a buddy box. Call the Baltimore Area Model Airplane Club at 410-555-0163 or e-mail their flight instructor at instruct@bamac.example.org. You can also visit Hobby Hangar at 1200 York Rd in Towson, which runs a simulator night on Thursdays. Does that help get you started?'],
    [110, 'p', 'yes!! thank u so much'],
    [115, 'l', 'Anything else I can help you with today?'],
    [130, 'p', 'thats all'],
    [135, 'l', 'Good luck, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 14 FU_ME done at 30 h: e-mail typed and read back, "by Friday"
  s(ELLA, '14 a 1962 Model Airplane News plan: hold, ILL promised, e-mail read back, "by Friday", FU_ME done at 30 h', [
    [0, 'p', 'im trying to find a plan from model airplane news, 1962, a control line stunt plane called the nobler? need a copy'],
    [20, 'l', 'Good morning, Ella here, a librarian at Cecil County Public Library.'],
    [27, 'l', 'Do you know which month the issue was, and do you need the full-size plan sheet or just the article?'],
    [70, 'p', 'not sure of month. the article and plan if possible'],
    [76, 'l', 'One moment, let me check what we can get.'],
    [150, 'l', "We don't hold that magazine ourselves. The Academy of Model Aeronautics' History Project has a page on the Nobler at modelaircraft.org (History > Plans), and I'd like to request the article through interlibrary loan and e-mail you what comes in. What's the best e-mail?"],
    [190, 'p', 'rbaker1958@example.com'],
    [196, 'l', "Thanks, that's rbaker1958@example.com. I'll e-mail you by Friday with whatever I can find. Does the History page help for now?"],
    [230, 'p', 'yes great'],
    [236, 'l', 'Anything else for today?'],
    [250, 'p', 'no thats all'],
    [255, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 15 a promise to e-mail, coded Answered, no time given
  s(FERN, '15 Level 1 high power certification: nar.org + tripoli.org, "I\'ll look into it and email you a list", e-mail read back, no time, coded Answered', [
    [0, 'p', 'how do i get level 1 certified for high power rockets'],
    [30, 'l', 'Hi! Fern at Harford County Public Library, Ask Us Now.'],
    [36, 'l', 'Are you a member of NAR or Tripoli already?'],
    [70, 'p', 'no, neither'],
    [76, 'l', 'Level 1 is a certification flight under NAR or Tripoli rules, and both explain the steps on their sites: nar.org (High Power > Certification) and tripoli.org. Is that what you were after?'],
    [110, 'p', 'kinda but that doesnt tell me where i can actually launch near aberdeen'],
    [118, 'l', "Fair point, I'd need to dig through the launch calendars for that. I'll look into it and email you a list of nearby launches — what's your email?"],
    [150, 'p', 'kdw.rockets@example.net'],
    [156, 'l', 'Got it: kdw.rockets@example.net. Anything else for now?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 16 bilingual/Spanish: FU_LIB, phone read back, "dentro de 72 horas", done at 80 h
  s(GABRIEL, '16 taller de papalotes para niños (Spanish): language and age asked, pgcmls.info/events, phone read back, "dentro de 72 horas", FU_LIB done at 80 h', [
    [0, 'p', 'hola, hay talleres de hacer papalotes para niños en la biblioteca de langley park?'],
    [25, 'l', '¡Hola! Hi, soy Gabriel, bibliotecario de Ask Us Now. ¿Prefiere español o inglés?'],
    [50, 'p', 'español porfa'],
    [56, 'l', 'Perfecto. ¿Qué edad tienen los niños?'],
    [80, 'p', '6 y 9 años'],
    [86, 'l', 'Un momento, reviso el calendario.'],
    [150, 'l', 'En el calendario de eventos (pgcmls.info/events) no aparece ningún taller de papalotes este mes. Le puedo pedir a su biblioteca de Langley Park que la llame cuando programen uno. ¿A qué número la pueden llamar?'],
    [190, 'p', '301 555 0199'],
    [196, 'l', 'Anotado: 301-555-0199. Alguien de la biblioteca de Langley Park la llamará dentro de 72 horas. ¿Le sirve el calendario mientras tanto?'],
    [230, 'p', 'si gracias, eso es todo'],
    [236, 'l', '¡Con mucho gusto! Gracias por escribirnos.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 FU_ME, e-mail only in the patron field; a partial result that says the search goes on (a hold), then 204 s to the next line
  s(HAL, '17 a picavet rig for kite photos: catalog by menu path, "get back to you tomorrow", e-mail only in patron.email, a thanks-and-disconnect line 204 s later, nothing recorded at day 4', [
    [0, 'p', 'looking for plans for a kite aerial photography rig (picavet) that can lift a gopro'],
    [22, 'l', 'Hello! Hal here, reference librarian at Garrett County Public Library.'],
    [28, 'l', 'What kind of kite will be lifting it — a big delta, a rokkaku, something else?'],
    [60, 'p', 'a 7ft rokkaku'],
    [66, 'l', "Our catalog (garrettcountylibraries.org > Catalog, search 'kite aerial photography') shows two books with picavet plans at the Oakland branch. I'll also check with a colleague who builds these rigs and get back to you tomorrow with a parts list. Does the catalog search help for now?"],
    [270, 'l', "Looks like we've been disconnected, so I'm closing this chat. Thanks for writing in!"],
  ], usual({ informed: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  { ...FU_ME, patron: { name: null, email: 'kapfan@example.org', phone: null } }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call
  s(IRIS, '18 an Alpha III on a C6-5, then nothing: Lost Call, "Are you still there?" at 150, disconnect notice inviting back at 270 (final idle 246 s)', [
    [0, 'p', 'how high can a estes alpha III go on a C6-5'],
    [24, 'l', 'Hi, thanks for contacting Ask Us Now! This is Iris, a librarian at Allegany County Library System.'],
    [150, 'l', 'Are you still there?'],
    [270, 'l', "I haven't heard back, so it looks like you've been disconnected. I'm going to end this chat now, but please come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after three patron lines; check-in and notice in one asking message (not a goodbye)
  s(JUNE, '19 rockets on the Rock Hall town beach: the town office by phone, patron leaves, "Hi, are you still there? … disconnected … Thanks for asking" at 300, Lost Call', [
    [0, 'p', 'can i launch model rockets on the beach in rock hall'],
    [20, 'l', 'Hi! June at Kent County Public Library.'],
    [26, 'l', 'Is that the town beach, or private property?'],
    [45, 'p', 'town beach'],
    [50, 'p', 'small ones, A motors'],
    [56, 'l', 'Ok, let me look up the town rules, one sec.'],
    [110, 'l', "Rock Hall's town code is online at ecode360.com (search 'Rock Hall'); it doesn't mention model rockets, but fireworks aren't allowed on the beach. Best to call the town office to be sure: 410-555-0122. Does that help?"],
    left(130),
    [300, 'l', "Hi, are you still there? It looks like we may have been disconnected, so I'll close this chat shortly. Thanks for asking about Rock Hall!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 20 no provider ever joined; code null
  s(QUEUE, '20 a kite permit on the National Mall: queue lines, "hello?? anyone", the patron leaves, no provider, code null', [
    [0, 'p', 'how do i get a permit to fly kites on the national mall with a school group'],
    queueLine(2, 3),
    [95, 'p', 'hello?? anyone'],
    queueLine(97, 2),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 Practice
  s(TRAINEE, '21 a trainee\'s practice chat on kite knots (Practice: not scored)', [
    [0, 'p', 'testing 1 2 3 — whats the best knot to tie kite line to a bridle?'],
    [200, 'l', 'hi this is a test reply, lark\'s head knot'],
    [210, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 a dismissal: a limit of questions, then "Bye."
  s(KIT, '22 servo size, then the ESC, prop and radio: "I can only take one question per chat, so I need to end this one now." + "Bye.", "wow seriously??"', [
    [0, 'p', 'hi, question about rc plane servos. what size for a 40 inch wingspan'],
    [20, 'l', "Hello! I'm Kit, a librarian at Somerset County Library."],
    [26, 'l', 'Is it a foam park flyer or a balsa build?'],
    [50, 'p', 'foam'],
    [58, 'l', "Micro 9 g servos are the usual pick for a 40 in foam plane. Flite Test's beginner articles at flitetest.com explain servo sizing. Does that help?"],
    [90, 'p', 'yes. ok next q, what about the esc. and then the prop. and also which radio should i get'],
    [98, 'l', 'I can only take one question per chat, so I need to end this one now.'],
    [102, 'l', 'Bye.'],
    [110, 'p', 'wow seriously?? rude'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other patrons waiting" form
  s(LUZ, '23 the Space Exploration merit badge, then a long list: "There are other patrons waiting for me right now, so please chat back in later … Thanks for chatting!"', [
    [0, 'p', 'hey, i lead a scout troop. need the rocket requirement for the space exploration merit badge'],
    [25, 'l', 'Hi! Luz here, a librarian with Calvert Library for Ask Us Now.'],
    [30, 'l', 'Is it for Scouts BSA (the merit badge) or for Cub Scouts?'],
    [60, 'p', 'scouts bsa'],
    [66, 'l', 'The requirements are on the Scouting America site: scouting.org/merit-badges/space-exploration. Requirement 3 is building and launching a model rocket. Is that what you needed?'],
    [110, 'p', 'yes. also the aviation badge, and the kite one for cubs, and where to buy rockets in bulk, and can we launch at the church field, and'],
    [118, 'l', 'Those are great questions! There are other patrons waiting for me right now, so please chat back in later for the rest and any of us will be glad to pick them up. Thanks for chatting!'],
    [140, 'p', 'ok fair enough'],
  ], usual({ anything: 'fail' })),

  // 24 a transfer with a visible notice and an internal note that says why
  s(MOSES, '24 graphing altimeter data for the science fair: notice at 66, internal note at 69, transfer at 72, Nora at 120, support.google.com', [
    [0, 'p', 'for my science fair i need to compare altimeter data from 3 rocket launches, how do i graph it'],
    [20, 'l', "Hello, this is Moses at Ask Us Now, a librarian from Prince George's County Memorial Library System."],
    [26, 'l', 'Is your data in a spreadsheet already, and which program do you have — Excel or Google Sheets?'],
    [60, 'p', 'google sheets'],
    [66, 'l', "Our STEM librarian is better at this than I am, so I'm transferring you to her now. Please stay in the chat!"],
    [69, 'i', 'Nora, student graphing altimeter data from 3 launches in Google Sheets for a science fair, can you take it? you do the data help sessions'],
    xfer(72, 'Nora', 'nora-rk'),
    [120, 'l', 'Hi! Nora here, STEM librarian.', as(NORA)],
    [126, 'l', "Put each launch in its own column with the time in column A, then Insert > Chart and pick a line chart. Google's help page 'Add & edit a chart or graph' at support.google.com/docs walks through it. Did that work for you?", as(NORA)],
    [170, 'p', 'yes that worked!! thats all'],
    [176, 'l', 'Awesome, good luck at the fair! Bye!', as(NORA)],
  ], usual({ transfer: 'pass' })),

  // 25 a transfer with a notice and no internal note
  s(OLGA, '25 a rubber-band balsa plane: "I\'m going to pass you over to Pete in our kids\' department", no internal note, Pete at 110, modelaircraft.org', [
    [0, 'p', 'need free plans for a rubber band balsa plane for my 10 yr old'],
    [18, 'l', "Hi, I'm Olga, librarian at Frederick County Public Libraries' Ask a Librarian."],
    [24, 'l', 'Does he want a simple stick model, or something with a built-up wing?'],
    [55, 'p', 'simple, its his first one'],
    [60, 'l', "I'm going to pass you over to Pete in our kids' department, he builds these. One moment!"],
    xfer(64, 'Pete', 'pete-rk'),
    [110, 'l', "Hey there, Pete from Youth Services! The Academy of Model Aeronautics' education site has free printable plans for the Delta Dart, a classic first stick model: modelaircraft.org/education (Free Plans).", as(PETE)],
    [116, 'l', 'Is that the kind of plan you wanted?', as(PETE)],
    [150, 'p', 'perfect thank you, thats all'],
    [155, 'l', 'Have fun building! Thanks for stopping by.', as(PETE)],
  ], usual({ transfer: 'fail' })),

  // 26 a silent transfer with an internal note; the receiver 125 s after the patron
  s(RHEA, '26 field size for C motors: internal note at 58, silent transfer at 62, Sol at 175 (125 s after the patron), nar.org', [
    [0, 'p', "my kid's school wants an 'approved launch site' for model rockets. how do i know if a field is big enough?"],
    [20, 'l', "Hi, I'm Rhea at Ask Us Now, a librarian with Baltimore County Public Library."],
    [26, 'l', "What's the biggest motor you'll be flying?"],
    [50, 'p', 'C6-5 i think'],
    [58, 'i', 'Sol, rocket launch site sizes, you know the NAR code, taking it?'],
    xfer(62, 'Sol', 'sol-rk'),
    [175, 'l', 'Hi, Sol here. For C motors the NAR code asks for a launch site at least 200 ft on its shortest side; the table is at nar.org/safety-information/model-rocket-safety-code. Does that help?', as(SOL)],
    [210, 'p', 'yes perfect'],
    [214, 'l', 'Anything else?', as(SOL)],
    [230, 'p', 'no thats everything'],
    [235, 'l', 'Thanks, bye!', as(SOL)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 27 four open at once; the name only in the third line
  s(TAM, '27 a spinning diamond kite (chat-speak): "hiya 👋" + a question, the name in the third line, drachen.org by menu path, four chats open at once', [
    [0, 'p', 'how do i tie a bridle on a diamond kite, it keeps spinning'],
    [15, 'l', 'hiya 👋'],
    [20, 'l', 'is it spinning in circles or diving straight down?'],
    [45, 'p', 'spins in circles then crashes'],
    [52, 'l', "Tam at Howard County Library here btw! sounds like the tow point is too high, or it needs a longer tail. the Drachen Foundation's kite basics at drachen.org (Learn > Kite Basics) show how to set a bridle. did that help?"],
    [90, 'p', 'ya thx'],
    [95, 'l', 'anything else?'],
    [110, 'p', 'nope'],
    [114, 'l', 'ok good luck, bye!'],
  ], usual({ greeting: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tam-rk', -200, 400), other('t2', 'tam-rk', 30, 300), other('t3', 'tam-rk', 60, 500)],
  }),

  // 28 Spanish: three at most, touching ends
  s(VICENTE, '28 dónde volar un avión eléctrico en Frederick (Spanish): one chat ending at the start, two overlapping, one starting as another ends, one starting at the end', [
    [0, 'p', 'hola donde puedo volar un avion a control remoto en el condado de frederick?'],
    [20, 'l', '¡Buenas! Le saluda Vicente, bibliotecario de Frederick County Public Libraries.'],
    [26, 'l', '¿Es un avión grande de gasolina o uno pequeño eléctrico?'],
    [50, 'p', 'electrico chiquito'],
    [58, 'l', "Los aviones pequeños eléctricos se pueden volar en algunos parques del condado; la lista de parques y sus reglas está en frederickcountymd.gov/parks (busque 'model aircraft'). También puede ver los campos de clubes en modelaircraft.org/club-search. ¿Le ayuda esto?"],
    [100, 'p', 'si!'],
    [104, 'l', '¿Algo más en que le pueda ayudar?'],
    [120, 'p', 'no, gracias'],
    [126, 'l', '¡Buen vuelo! Gracias por escribir.'],
  ], usual(), {}, {
    otherIntervals: [
      other('v1', 'vicente-rk', -400, 0), other('v2', 'vicente-rk', -50, 300), other('v3', 'vicente-rk', 20, 90),
      other('v4', 'vicente-rk', 90, 200), other('v5', 'vicente-rk', 131, 600),
    ],
  }),

  // 29 a check-in and a thanks exactly 180 s after the answer, no disconnect notice
  s(WES, '29 wind limit for a foam trainer: answer at 60, "You still with me?" at 160, "Thanks for chatting …" at 240 (final idle 180 s), rcgroups.com', [
    [0, 'p', 'whats the max wind for flying a small rc plane'],
    [18, 'l', 'Hi! Wes here, a librarian with Ask Us Now at Caroline County Public Library.'],
    [24, 'l', 'What are you flying — a foam trainer under 2 lb or so?'],
    [50, 'p', 'yeah a 3 channel foamie'],
    [60, 'l', 'Most foam trainers are happiest under about 10 mph of wind; past that they get blown around. The RC Groups beginner forum at rcgroups.com (Beginner Training Area) has a long thread on trainer wind limits. Does that answer it?'],
    [160, 'l', 'You still with me?'],
    [240, 'l', "Thanks for chatting, hope it's calm out there!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 30 no resolution code field; a promise with the e-mail read back and a time
  s(YUSUF, '30 AMA insurance on a school field: hold, modelaircraft.org, e-mail read back, "by Wednesday afternoon", no code field, pending', [
    [0, 'p', 'does my AMA membership insurance cover me if i fly at the middle school field?? principal is asking'],
    [25, 'l', "Hi, good evening! I'm Yusuf, a librarian with the statewide Ask Us Now service."],
    [31, 'l', "Is the field an AMA club site, or just school grounds you'd use on your own?"],
    [70, 'p', 'just the school grounds'],
    [78, 'l', 'Let me take a look, one moment please.'],
    [160, 'l', "The AMA's insurance summary is at modelaircraft.org/membership/insurance: it covers members flying at non-club sites as long as they follow the Safety Code, but the exact wording for schools is in the full policy document, which isn't online. I'll request that document and email it to you by Wednesday afternoon. What email should I use?"],
    [200, 'p', 'dmorales.rc@example.com thx'],
    [206, 'l', "Thank you — dmorales.rc@example.com, got it. You'll hear from me by Wednesday afternoon. Does the insurance summary page help for the moment?"],
    [240, 'p', 'yes thats good for now, no other questions'],
    [246, 'l', 'Great, thanks for your patience, and have a good night!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ROCKETS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo;

describe('seventy-fourth round: kites, model rockets and RC planes, checked', () => {
  describeSessions('whole sessions', ROCKETS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ROCKETS.filter((c) => c.name in LEFT_WHY));
});
