/**
 * Sixty-fifth round, theme AMATEUR RADIO AND SCANNERS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: licence exams and study books (a Technician manual in Columbus, a Spanish-speaking patron
 * in Miami, General-class ebooks in El Paso, exam sessions in Phoenix and near Toledo), clubs and nets (Frederick MD, the Dayton
 * club's 1950s newsletters, the Ada County ARES net), emergency communications (ARES in Jefferson County CO, ARES / RACES /
 * SKYWARN in Iowa), scanners (Lancaster County PA fire dispatch, CSX yard channels in Jacksonville, Kentucky's mobile-scanner
 * law, a lost PRO-2006 manual, LA County fire on a phone, whether the library lends scanners), FCC databases (a call sign in
 * ULS, an expired 2019 licence, a PO box in License Manager, a grandfather's 1962 call sign in a scanned Callbook, LoTW for
 * DXCC), other services (NOAA Weather Radio, GMRS / FRS, CB amplifiers, ARISS for a school) and antenna rules (an HOA and
 * PRB-1 in Virginia, a 60 ft tower near an airport). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/radio-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and welcome to Ask Ohio! I'm Dana, …" (01); a 61 s pickup (02: fail) and one at exactly 60 s (03:
 *   pass); "Hi! Great question." + a question under the screen name "LibChat Desk" (03: names no one, fail); "Hey there, thanks
 *   for waiting!" + "This is Lou at …" with `pickedUpAt` at 45 s and the first line at 100 (22: both pass); Spanish "¡Buenas
 *   tardes! Le atiende Lucía, bibliotecaria …" (06), "¡Hola! Bienvenido al chat de … Le habla Marisol." (25), and "Tomás,
 *   bibliotecario de referencia, El Paso Public Library." with no greeting word (29: fail); Spanglish "hola, busco the
 *   frequency list …" (21); no provider ever joined, two queue lines (18);
 *  inquiry: format, county, scanner type, licence status, before/after 1970, PO box, truck or base, FRS or GMRS; no question
 *   at all before the answer (24: fail); a question in the same message as "Older records aren't in the FCC's online
 *   database" (26: LEFT);
 *  waits: "bear with me" at 80 answered at 201 (04: 121 s, fail); the answer exactly 120 s after the patron (05: pass); holds at
 *   70/180/290 with a patron "np" between and the answer at 400 (26); a partial-result hold ("I've found a partial scan …
 *   I'll keep digging") (07); a transfer notice answered 84 s later (13); a silent transfer answered 90 s after the patron
 *   (14); "Claro, tómese su tiempo." and the patron back 204 s later (25: waiting on the patron); the greeting at 20 and the
 *   answer at 200 with nothing between (24: waiting on the patron by Terms, pass); the patron's last line left unanswered (30);
 *  endings: a Lost Call with only the greeting, "are you still with me?" and a notice that says "you can always chat in
 *   again" (09: final idle 265 s; courteous LEFT); "Looks like you've disconnected, so I'm closing this chat now." with no
 *   check-in (10: final idle 207 s, idle fails, notice passes, courteous fails); a check-in then a goodbye at 143 s (27:
 *   disconnect na); a check-in and "I will close this chat soon." with the end exactly 180 s after the answer (28: notice
 *   fails); "Sorry, you've hit the limit of questions for one chat. Goodbye." (11: dismissal fails); "several other patrons
 *   waiting … please chat back in later, or call our Science & Technology desk" (12: allowed); "My shift is ending, so I have
 *   to go now." and the patron's "oh ok" last (30: dismissal fails); the patron's "thats all i needed, thanks" as the last
 *   line (19: courteous fails); goodbyes "Thanks for stopping by — 73 …", "Bye now!", "Take care, bye!", "You're welcome —
 *   bye, and good luck!", "¡Con gusto! Gracias por escribirnos …", "¡Que tenga buen día, adiós!", "Gracias por usar el chat.";
 *   patron-side "thats all i needed 👍", "thats everything", "es todo", "that is all i needed tho", "thats all thx", "no
 *   thats all" (count) and "ok", "yep", "yes ty", "si gracias", "oh ok" (do not);
 *  sources: catalogue searches, arrl.org pages, radioreference.com, FCC ULS and License Manager, ecfr.gov, weather.gov,
 *   legislature.ky.gov, oeaaa.faa.gov, repeaterbook.com, broadcastify.com, lotw.arrl.org, ariss.org, Libby, a scanned Callbook
 *   at worldradiohistory.com; none ("a couple of archives", 07: fail);
 *  referrals: a club by its contact page (02), the library's own desk by phone (12), a county office by phone (16), "pregunte
 *   al club de radio de su barrio" (06: no contact, fail), a named emergency coordinator with no contact (30: fail); a library's
 *   local-history staff who will call the patron (20: not a referral);
 *  follow-ups: FU_ME, e-mail asked, typed and read back, "by tomorrow afternoon", done at 20 h (07: pass); a promise to e-mail,
 *   the e-mail read back, no time, coded Answered (08: code and contact fail, on_time pending); FU_LIB, phone read back, "by
 *   Thursday", done at 80 h (20: on_time fails); FU_ME in Spanish "le aviso el viernes" with no e-mail or phone anywhere (21:
 *   code and contact fail, pending);
 *  codes: a true Lost Call (09); Lost Call after three patron lines (23); null with no provider (18); "" (22); Practice (17);
 *  transfers: a notice (a hold) and an internal note why (13: pass); an internal note only (14: fail);
 *  concurrency: three others open at 40 s (15: four at once, fail); one ending at the start, two overlapping, one starting at
 *   `endedAt` (16: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there, thanks for waiting!" greets (hey = hi); "Tomás, bibliotecario de referencia, El Paso Public Library." and the
 *   question after it identify but greet no one (29: fail); "Hi! Great question." greets but identifies no one (03);
 * - waiting on the patron begins at any provider message that is not a hold, a bare greeting included, so 180 s between the
 *   greeting and the answer with no patron line is no wait on the provider (24: keep_informed pass);
 * - "Older records aren't in the FCC's online database." says where the records are not: it gives the patron no source, so
 *   the question in the same message comes before the first message that gives a source (26: clarify pass);
 * - "Is that him?" asks whether the call sign found meets the need (26: completeness pass); "Is a phone number best?" asks
 *   about the follow-up, not about information given (20: fail);
 * - "I've found a partial scan but not the full manual yet, so I'll keep digging …" is a hold (a partial result, the search
 *   goes on) and gives no source (07); "I'll e-mail some Virginia law articles" and "le aviso el viernes" are promises (08, 21);
 * - "but you can always chat in again" invites the patron back, so the disconnect notice is a goodbye (09); "Looks like you've
 *   disconnected, so I'm closing this chat now." thanks no one and invites no one back (10); "I will close this chat soon."
 *   announces the end and says nothing of a disconnect (28);
 * - "pregunte al club de radio de su barrio" tells the patron to ask an organisation (06); "Hal Mercer, is the person to ask"
 *   tells the patron to ask a named specialist (30); "e-mail them through the form at w3ici.net/contact or drop in at a
 *   meeting" reaches the club by URL (02); "Their local history staff can check … and call you" asks the patron to contact no
 *   one (20: na);
 * - "My shift is ending, so I have to go now." ends the help for the provider's convenience with no way back (30).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (both disagreements reread against RUBRIC.md; the labels
 * stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - closing.courteous, case 09: the disconnect notice "… I'm going to end the chat now, but you can always chat in again."
 *    read as no goodbye (fail; RUBRIC pass: it invites the patron back);
 *  - inquiry.clarify, case 26: "Older records aren't in the FCC's online database." read as a source given in the message of
 *    the question (fail; RUBRIC pass: no source given until message 8, the question in message 2 comes first).
 * Every timing check (pickup at 35-61 s, at exactly 60 s, by `pickedUpAt`, no provider; keep_informed at exactly 120 and at
 * 121 s, across holds of 110 s, a partial-result hold, "take your time", a greeting followed by 180 s, two transfers; final
 * idles of 143, exactly 180, 207 and 265 s; concurrency at four and at touching ends; on_time done at 20 h, late at 80 h,
 * pending at day 1 twice) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (patron e-mails and a patron phone typed and read back, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * ON v59 (block Y, in the same session): the LEFT case Y reads now runs as labelled (longtermcare 29: Y3's restated want; radio
 *   09: Y1's "chat in again"; telehealth 14: Y2's "help.doxy.me"); the rest stand.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The waiting-line notice of the chat software (system). */
const line = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian... position ${n}`];

const DANA: Prov = { id: 'dana-r', name: 'Dana', library: 'CML' };
const SAM: Prov = { id: 'sam-r', name: 'Sam', library: 'FCPL-MD' };
const HELPDESK: Prov = { id: 'help-r', name: 'LibChat Desk', library: 'LCL-PA' };
const PRIYA: Prov = { id: 'priya-r', name: 'Priya', library: 'QPL' };
const MARCUS: Prov = { id: 'marcus-r', name: 'Marcus', library: 'DPL-CO' };
const LUCIA: Prov = { id: 'lucia-r', name: 'Lucía', library: 'MDPLS' };
const GRETA: Prov = { id: 'greta-r', name: 'Greta', library: 'AACPL' };
const THEO: Prov = { id: 'theo-r', name: 'Theo', library: 'LVA' };
const ANA: Prov = { id: 'ana-r', name: 'Ana', library: 'TLCPL' };
const WREN: Prov = { id: 'wren-r', name: 'Wren', library: 'LFPL' };
const COLE: Prov = { id: 'cole-r', name: 'Cole', library: 'AUN247' };
const KIM: Prov = { id: 'kim-r', name: 'Kim', library: 'ASCPL' };
const JON: Prov = { id: 'jon-r', name: 'Jon', library: 'DEL' };
const BEA: Prov = { id: 'bea-r', name: 'Bea', library: 'DEL' };
const OMAR: Prov = { id: 'omar-r', name: 'Omar', library: 'JPL-FL' };
const DEE: Prov = { id: 'dee-r', name: 'Dee', library: 'JPL-FL' };
const VERA: Prov = { id: 'vera-r', name: 'Vera', library: 'PPL-AZ' };
const ROY: Prov = { id: 'roy-r', name: 'Roy', library: 'PCPL-AZ' };
const TRAINEE: Prov = { id: 'trainee-r', name: 'Trainee 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-r', name: 'Queue', library: 'VRQ' };
const NELL: Prov = { id: 'nell-r', name: 'Nell', library: 'DMPL' };
const IVY: Prov = { id: 'ivy-r', name: 'Ivy', library: 'AOH' };
const RAUL: Prov = { id: 'raul-r', name: 'Raúl', library: 'SAPL' };
const LOU: Prov = { id: 'lou-r', name: 'Lou', library: 'KDL' };
const BO: Prov = { id: 'bo-r', name: 'Bo', library: 'AOH' };
const HANA: Prov = { id: 'hana-r', name: 'Hana', library: 'MSL' };
const MARISOL: Prov = { id: 'marisol-r', name: 'Marisol', library: 'LAPL' };
const SAL: Prov = { id: 'sal-r', name: 'Sal', library: 'CPL-OH' };
const FAYE: Prov = { id: 'faye-r', name: 'Faye', library: 'SPL-WA' };
const GUS: Prov = { id: 'gus-r', name: 'Gus', library: 'OPL-NE' };
const TOMAS: Prov = { id: 'tomas-r', name: 'Tomás', library: 'EPPL' };
const MAE: Prov = { id: 'mae-r', name: 'Mae', library: 'BPL-ID' };

const s = session;

export const RADIO: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Technician exam study book: "Good morning and welcome to Ask Ohio! I\'m Dana", format asked, ARRL manual in the catalogue, "thats all i needed"', [
    [0, 'p', 'hi what book should i use to study for the ham radio technician test??'],
    [25, 'l', "Good morning and welcome to Ask Ohio! I'm Dana, reference librarian at Columbus Metropolitan Library."],
    [31, 'l', 'Do you prefer a printed book, an ebook, or online practice tests?'],
    [70, 'p', 'printed book i think, i learn better w paper'],
    [78, 'l', 'The ARRL Ham Radio License Manual (5th edition) covers the current Technician question pool; our catalogue has six copies: columbuslibrary.org/catalog, search "ARRL license manual". Does that cover what you need?'],
    [120, 'p', 'perfect thats all i needed 👍'],
    [126, 'l', 'Thanks for stopping by — 73, and good luck on the exam!'],
  ], usual()),

  // 02 pickup at 61 s; a club referred by its contact page
  s(SAM, '02 a ham club near Frederick MD: pickup 61 s, the club reached by its contact page, "Anything else I can look up?"', [
    [0, 'p', 'is there a ham radio club near Frederick MD'],
    [61, 'l', 'Hi there, Sam from Frederick County Public Libraries here.'],
    [66, 'l', 'Are you looking for a club that helps with getting licensed, or one for people who already are?'],
    [100, 'p', 'not licensed yet. want to learn'],
    [106, 'l', 'The Frederick Amateur Radio Club runs licence classes and a monthly meeting; e-mail them through the form at w3ici.net/contact or drop in at a meeting. The ARRL club finder at arrl.org/find-a-club lists others nearby. Did that help?'],
    [150, 'p', 'yes ty'],
    [154, 'l', 'Anything else I can look up?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Take care, bye!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 pickup exactly 60 s; a greeting that names no one
  s(HELPDESK, '03 Lancaster County PA fire dispatch for a scanner: pickup at exactly 60 s, "Hi! Great question." names no one, radioreference', [
    [0, 'p', 'whats the frequency for the county fire dispatch, want to put it in my scanner. Lancaster county PA'],
    [60, 'l', 'Hi! Great question.'],
    [66, 'l', 'Does your scanner do digital (P25) or only analog?'],
    [110, 'p', 'uniden bearcat, it says digital on the box'],
    [117, 'l', 'Lancaster County fire dispatch runs on a P25 trunked system; the current talkgroups are listed at radioreference.com/db/county/2274 (free to view). Did that help?'],
    [150, 'p', 'yeah awesome'],
    [155, 'l', 'Anything else?'],
    [180, 'p', 'no thats it'],
    [185, 'l', 'Bye now!'],
  ], usual({ greeting: 'fail' })),

  // 04 a hold answered 121 s later
  s(PRIYA, '04 who owns call sign KD2XYZ: "bear with me" at 80, answer at 201 (121 s), FCC ULS', [
    [0, 'p', 'how do i look up who owns a call sign? heard KD2XYZ on the repeater'],
    [20, 'l', 'Hello, this is Priya with the Ask a Librarian service at Queens Public Library.'],
    [26, 'l', 'Do you want just the name and city, or the full licence record (class, expiry)?'],
    [60, 'p', 'full record pls'],
    [80, 'l', 'Let me pull up the FCC database, bear with me.'],
    [201, 'l', 'The FCC Universal Licensing System has it: wireless2.fcc.gov/UlsApp/UlsSearch, choose "Call Sign" and type KD2XYZ; the licence page shows class, grant and expiry dates. Is that what you were looking for?'],
    [240, 'p', 'yes thanks!!'],
    [245, 'l', 'Anything else today?'],
    [260, 'p', 'no'],
    [264, 'l', 'Thanks for chatting, have a good day.'],
  ], usual({ informed: 'fail' })),

  // 05 the patron waits exactly 120 s
  s(MARCUS, '05 volunteering for ARES in Jefferson County CO: the answer exactly 120 s after the patron, "thats everything"', [
    [0, 'p', 'how do i volunteer for emergency radio stuff like ARES? i have my general license'],
    [18, 'l', 'Hi, welcome to Ask a Librarian! Marcus here at Denver Public Library.'],
    [24, 'l', 'Which county do you live in? ARES is organised county by county.'],
    [50, 'p', 'jefferson county colorado'],
    [170, 'l', 'Jefferson County ARES posts its meetings and sign-up form at jeffcoares.org, and the ARRL explains ARES in general at arrl.org/ares. Does that answer your question?'],
    [200, 'p', 'yes thx thats everything'],
    [206, 'l', 'Great, thanks for chatting and 73!'],
  ], usual()),

  // 06 Spanish; an unnamed local club to ask, no contact
  s(LUCIA, '06 Spanish: is there a ham exam in Spanish, "Le atiende Lucía", a study guide, "pregunte al club de radio de su barrio" (no contact), "es todo"', [
    [0, 'p', 'hola, quiero sacar la licencia de radioaficionado pero mi ingles no es muy bueno. hay examen en español?'],
    [22, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria del servicio Ask a Librarian de la Biblioteca Pública de Miami-Dade.'],
    [28, 'l', '¿Qué licencia quiere sacar, la Technician (la primera)?'],
    [70, 'p', 'si la primera'],
    [77, 'l', 'El examen oficial es en inglés, pero tenemos una guía de estudio en español, "Manual de Licencia Technician", en nuestro catálogo (mdpls.org/catalogo). Para saber si un equipo examinador de su zona puede leerle las preguntas, pregunte al club de radio de su barrio.'],
    [83, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si gracias, es todo'],
    [135, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual({ referral: 'fail' })),

  // 07 follow-up by me, e-mail read back, "by tomorrow afternoon", done at 20 h; no source in the chat
  s(GRETA, '07 a lost Radio Shack PRO-2006 manual (follow-up by me): partial-result hold, e-mail read back, "by tomorrow afternoon", done at 20 h, no source', [
    [0, 'p', 'looking for the manual for an old radio shack PRO-2006 scanner, lost mine'],
    [25, 'l', 'Hello! This is Greta, a librarian at Ask Us Now, Anne Arundel County Public Library.'],
    [31, 'l', "Do you need the whole owner's manual or just the programming section?"],
    [75, 'p', 'whole thing if possible'],
    [80, 'l', 'One moment while I check a couple of archives.'],
    [170, 'l', "I've found a partial scan but not the full manual yet, so I'll keep digging and e-mail you what I find. What e-mail address should I use?"],
    [200, 'p', 'kwalsh@example.net'],
    [206, 'l', "Got it: kwalsh@example.net. You'll hear from me by tomorrow afternoon."],
    [230, 'p', 'awesome thank you!!'],
    [236, 'l', "You're welcome! Thanks for your patience, talk soon."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }),
  { ...FU_ME, patron: { name: null, email: 'kwalsh@example.net', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 08 a promise to e-mail, coded Answered, no when
  s(THEO, '08 HOA forbids a ham antenna in Virginia: PRB-1 and ARRL page, "I\'ll e-mail some Virginia law articles to …" with no when, coded Answered', [
    [0, 'p', 'my HOA says i cant put up a ham antenna. is that even legal? im in Virginia'],
    [30, 'l', "Hi, I'm Theo, a librarian with the Virginia Ask a Librarian service."],
    [36, 'l', 'Is it a deed restriction (covenants), or a county zoning rule?'],
    [80, 'p', 'covenants i think. the hoa letter says CC&Rs'],
    [87, 'l', 'The federal PRB-1 rule (47 CFR 97.15) limits what towns can do to ham antennas, but it does not reach private covenants; the ARRL explains the difference at arrl.org/antenna-regulation-and-zoning. Does that help?'],
    [130, 'p', 'sort of. can u send me more on virginia specifically? my email is rjthomas88@example.com'],
    [137, 'l', "Sure, I'll e-mail some Virginia law articles to rjthomas88@example.com."],
    [150, 'p', 'ok thanks'],
    [155, 'l', 'Thanks for using the service!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'rjthomas88@example.com', phone: null } }),

  // 09 a true Lost Call
  s(ANA, '09 General exam near Toledo: Lost Call, only the greeting, "are you still with me?" at 160, disconnect notice inviting back at 300', [
    [0, 'p', 'where can i take the general class exam near toledo'],
    [35, 'l', "Hi! You've reached Ask a Librarian at Toledo Lucas County Public Library, this is Ana."],
    [160, 'l', 'Hello, are you still with me?'],
    [300, 'l', "I haven't heard back, so it looks like you've disconnected. I'm going to end the chat now, but you can always chat in again."],
    left(302),
    [304, 's', 'Chat ended by librarian', { event: 'ended' }],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 a disconnect notice with no check-in and no goodbye
  s(WREN, '10 a police scanner in the car in Kentucky: KRS 432.570, then "Looks like you\'ve disconnected, so I\'m closing this chat now." (final idle 207 s, no check-in)', [
    [0, 'p', 'is it legal to have a police scanner in my car in kentucky'],
    [20, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Wren at Louisville Free Public Library."],
    [26, 'l', 'Is it a handheld or one mounted in the car? And are you a licensed ham?'],
    [70, 'p', 'handheld, no license'],
    [78, 'l', 'Kentucky law, KRS 432.570, restricts mobile scanners that receive police frequencies, with exceptions such as licensed amateur operators; the statute text is at legislature.ky.gov. Does that help?'],
    [280, 'l', "Looks like you've disconnected, so I'm closing this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 11 a limit of questions
  s(COLE, '11 weather radio, GMRS, ham licence and CB in one go: "you\'ve hit the limit of questions for one chat. Goodbye."', [
    [0, 'p', 'ok so 1) what freq does the NWS weather radio use 2) do i need a license for GMRS 3) where do i get a ham license'],
    [22, 'l', "Hi, I'm Cole at the Ask Us 24/7 service."],
    [28, 'l', 'Where are you located, so I can find your local weather radio transmitter?'],
    [60, 'p', 'Tulsa'],
    [68, 'l', "NOAA Weather Radio for Tulsa is KIH27 on 162.550 MHz (weather.gov/nwr lists every transmitter). GMRS needs an FCC licence ($35, no exam) through the FCC's License Manager at fcc.gov/uls. Did that help?"],
    [100, 'p', 'yes! and the ham one?? also what about CB'],
    [106, 'l', "Sorry, you've hit the limit of questions for one chat. Goodbye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 12 others waiting, a way back, the library's own desk by phone
  s(KIM, '12 Morse code practice: ARRL files and a book, "several other patrons waiting … chat back in later or call our Science & Technology desk at 330-…"', [
    [0, 'p', 'do u have morse code practice stuff?? cds or apps or whatever'],
    [15, 'l', 'Good evening! Kim here, from the Ask a Librarian team at Akron-Summit County Public Library.'],
    [21, 'l', 'Are you learning from scratch, or building up speed?'],
    [55, 'p', 'from scratch'],
    [62, 'l', 'The ARRL\'s free code practice files are at arrl.org/code-practice-files, and we have "Morse Code: Breaking the Barrier" by Dan Romanchik in the catalogue. Is that what you were after?'],
    [95, 'p', 'yes kinda. also do u have keys i can borrow'],
    [103, 'l', 'I have several other patrons waiting right now, so I need to wrap up; please chat back in later, or call our Science & Technology desk at 330-643-9000 about borrowing a key from the Library of Things.'],
    [130, 'p', 'ok'],
    [136, 'l', 'Thanks, good night!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 13 an announced transfer with a note why
  s(JON, '13 an expired 2019 ham licence: "I\'m handing you to Bea …" + internal note why, Bea 84 s after the notice with 47 CFR 97.21', [
    [0, 'p', 'my dads ham license expired in 2019, can he still renew??'],
    [20, 'l', 'Hi there, this is Jon, librarian with the Delaware Libraries chat.'],
    [26, 'l', 'Do you know roughly which month it expired?'],
    [60, 'p', 'march 2019 i think'],
    [66, 'l', "I'm handing you to Bea, our government information librarian, who knows the FCC rules well. Please stay on."],
    [69, 'i', 'Bea, FCC amateur licence expired 2019, grace-period question, can you take this?'],
    xfer(72, 'Bea', 'bea-r'),
    [150, 'l', "Hi, Bea here, government information librarian. The FCC's grace period is two years after expiry (47 CFR 97.21, at ecfr.gov), so a 2019 licence can't be renewed; he would retest, with credit for some elements if the old licence was General or higher. Does that answer it?", as(BEA)],
    [200, 'p', 'oh no. ok that is all i needed tho'],
    [205, 'l', "Sorry it's not better news! Thanks for chatting.", as(BEA)],
  ], usual({ transfer: 'pass' })),

  // 14 a silent transfer
  s(OMAR, '14 railroad frequencies at the CSX yard in Jacksonville: internal note only, silent transfer, Dee 90 s after the patron', [
    [0, 'p', 'what freqs do railroads use? want to listen to trains near the CSX yard'],
    [25, 'l', "Hello, you're chatting with Omar at the Ask a Librarian desk, Jacksonville Public Library."],
    [31, 'l', 'Which yard, and do you already have a scanner?'],
    [70, 'p', 'the one off Moncrief Rd, yes i have a uniden'],
    [76, 'i', 'Dee — railfan scanner q, you know this one better, can you take over?'],
    xfer(79, 'Dee', 'dee-r'),
    [160, 'l', 'Hi, Dee here at JPL. Railroads use the AAR channel plan in the 160-161 MHz band; the CSX road and yard channels for Jacksonville are listed at radioreference.com under Duval County, Railroads. Did that help?', as(DEE)],
    [200, 'p', 'yes thanks'],
    [204, 'l', 'Anything else?', as(DEE)],
    [220, 'p', 'nah'],
    [224, 'l', 'Happy listening, and thanks for chatting!', as(DEE)],
  ], usual({ transfer: 'fail' })),

  // 15 four at once
  s(VERA, '15 a ham exam session in Phoenix this month: three other chats open through this one (four at once)', [
    [0, 'p', 'where can i find a ham exam session this month in phoenix'],
    [40, 'l', "Hi! Vera at Phoenix Public Library's Ask a Librarian."],
    [46, 'l', 'Do you want an in-person session, or would you take it online?'],
    [90, 'p', 'in person'],
    [96, 'l', "The ARRL's exam session search at arrl.org/find-an-amateur-radio-license-exam-session takes a ZIP and a date range, and hamstudy.org/sessions lists the other VE teams' Arizona sessions. Does that help?"],
    [130, 'p', 'yes thats all thx'],
    [135, 'l', "You're welcome — bye, and good luck!"],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vera-r', -50, 150), other('v2', 'vera-r', 0, 300), other('v3', 'vera-r', 20, 200)],
  }),

  // 16 touching ends: three at most
  s(ROY, '16 a 60 ft tower near an airport: FAA tool by URL, county office by phone; others end at the start / start at the end (three at most)', [
    [0, 'p', 'putting up a 60 ft tower for my ham antenna, near a small airport. any rules?'],
    [30, 'l', 'Hello, Roy with Ask Us Statewide at Pima County Public Library.'],
    [36, 'l', 'How far from the runway is your property, roughly?'],
    [80, 'p', 'like a mile'],
    [88, 'l', "Towers near airports may need FAA notice: the FAA's Notice Criteria Tool at oeaaa.faa.gov tells you whether to file Form 7460-1. For the height permit itself, call Pima County Development Services at 520-724-9000. Does that answer your question?"],
    [130, 'p', 'yes this is great thats all'],
    [136, 'l', 'Thanks for asking, and good luck with the tower!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('r1', 'roy-r', -200, 0), other('r2', 'roy-r', 10, 300), other('r3', 'roy-r', 50, 400), other('r4', 'roy-r', 141, 600)],
  }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (call signs): coded Practice, every check na', [
    [0, 'p', 'TEST — how do I get a call sign? (practice)'],
    [10, 'l', 'Hi, this is a practice chat for new staff.'],
    [20, 'p', 'ok now answer it lol'],
    [30, 'l', 'A call sign comes with your FCC licence; see fcc.gov/amateur.'],
    [40, 'p', 'great'],
    [45, 'l', 'Bye!'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider
  s(NOBODY, '18 does the library lend scanners: no provider ever joined, "anyone there", patron left, code null', [
    [0, 'p', 'does the library lend out radio scanners'],
    line(2, 3),
    [90, 'p', 'anyone there'],
    line(120, 2),
    [200, 'p', 'guess not'],
    left(230),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 19 the patron has the last word
  s(NELL, '19 ARES vs RACES vs SKYWARN in Iowa: answer with weather.gov, the patron\'s "thats all i needed, thanks" is the last line', [
    [0, 'p', 'whats the difference between ARES and RACES and skywarn? want to help in storms'],
    [20, 'l', 'Hi, Nell from Ask a Librarian at Des Moines Public Library.'],
    [26, 'l', 'Do you have a ham licence yet, or would you be starting without one?'],
    [60, 'p', 'no license'],
    [67, 'l', 'SKYWARN storm-spotter training needs no licence and is free; the Iowa class dates are at weather.gov/dmx/skywarn. ARES and RACES both need an amateur licence: ARES is run by ARRL volunteers, RACES by county emergency management. Is that the kind of info you needed?'],
    [110, 'p', 'yes!! signing up for skywarn now, thats all i needed, thanks'],
  ], usual({ courteous: 'fail' })),

  // 20 follow-up by the patron's library, phone read back, done late
  s(IVY, '20 1950s Dayton radio club newsletters (follow-up by patron\'s library): phone read back, "call you by Thursday", done at 80 h', [
    [0, 'p', 'my grandpa was in the Dayton amateur radio association in the 50s, does anybody have their old newsletters'],
    [30, 'l', 'Good morning! This is Ivy, a librarian with the statewide Ask Ohio service.'],
    [36, 'l', 'Are you after a particular year, or his name in them?'],
    [80, 'p', 'his name, Walter Pruitt, any year 1950-1959'],
    [86, 'l', 'Give me a moment to check what Dayton Metro Library holds.'],
    [180, 'l', "Their Dayton Collection (daytonmetrolibrary.org/dayton-collection) lists DARA newsletters from 1954 on, but they aren't online. Their local history staff can check the issues for his name and call you. Is a phone number best?"],
    [210, 'p', 'yes 614-555-0188'],
    [216, 'l', "So that's 614-555-0188. Someone from Dayton Metro Library will call you by Thursday."],
    [240, 'p', 'ok great thank you so much'],
    [245, 'l', "You're welcome, take care!"],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }),
  { ...FU_LIB, patron: { name: null, email: null, phone: '614-555-0188' }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 21 partly Spanish; follow-up by me with no contact anywhere
  s(RAUL, '21 partly Spanish: ISS ham contact for a 5th-grade project, ARISS, "le aviso el viernes" with no e-mail or phone, coded Follow-up by me', [
    [0, 'p', 'hola, busco the frequency list for the ISS ham radio, mi hijo quiere hablar con los astronautas'],
    [28, 'l', '¡Hola! Soy Raúl, bibliotecario de Ask a Librarian en la Biblioteca Pública de San Antonio.'],
    [34, 'l', '¿Su hijo ya tiene licencia de radioaficionado, o es para un proyecto escolar?'],
    [80, 'p', 'proyecto de la escuela, 5th grade'],
    [88, 'l', 'Para escuelas existe el programa ARISS (ariss.org), que organiza contactos por radio con la estación espacial. Voy a buscar si hay alguna escuela de Texas inscrita y le aviso el viernes.'],
    [120, 'p', 'ok gracias!!'],
    [125, 'l', '¡De nada! Gracias por escribir.'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 22 empty code; pickedUpAt; greeting split
  s(LOU, '22 DXCC confirmations and LoTW: pickedUpAt at 45 s, first line at 100, "Hey there, thanks for waiting!" + "This is Lou at …", code ""', [
    [0, 'p', 'how do i confirm contacts for my DXCC award, do i need paper QSL cards still'],
    [100, 'l', 'Hey there, thanks for waiting!'],
    [104, 'l', 'This is Lou at Ask a Librarian, Kent District Library.'],
    [110, 'l', 'Are you already using a logging program?'],
    [150, 'p', 'yeah, log4om'],
    [158, 'l', "ARRL's Logbook of The World (lotw.arrl.org) confirms contacts electronically and counts for DXCC; paper cards still work too. Did that help?"],
    [200, 'p', 'yep'],
    [205, 'l', 'Anything else I can help with?'],
    [225, 'p', 'no ty'],
    [230, 'l', 'Have a good one, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),

  // 23 Lost Call after three patron lines
  s(BO, '23 Walmart GMRS/FRS walkie-talkies: coded Lost Call after three patron lines, "ok"', [
    [0, 'p', 'do i need a license for those walkie talkies from walmart'],
    [20, 'l', "Hi! I'm Bo, librarian at Ask Us Ohio."],
    [26, 'l', 'What does the package say — FRS or GMRS?'],
    [70, 'p', 'says GMRS/FRS 22 channel'],
    [77, 'l', 'The FRS channels need no licence; the GMRS-only channels and higher power need an FCC GMRS licence. The FCC explains both at fcc.gov/general-mobile-radio-service-gmrs. Is that what you needed?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 24 a greeting, then 180 s of silence before the answer; no question
  s(HANA, '24 Maine repeater list: greeting at 20, the answer at 200 with nothing between (waiting on the patron by Terms), no question asked', [
    [0, 'p', 'is there a list of repeaters in maine? moving there next month'],
    [20, 'l', 'Good morning, Ask a Librarian, this is Hana at the Maine State Library.'],
    [200, 'l', 'RepeaterBook (repeaterbook.com) lists Maine repeaters by county and has a free app; the ARRL Repeater Directory is also in our catalogue at maine.gov/msl. Does that cover it?'],
    [240, 'p', 'yes perfect'],
    [246, 'l', 'Anything else you need?'],
    [270, 'p', 'no thats all'],
    [275, 'l', 'Welcome to Maine in advance, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 25 Spanish; "take your time"
  s(MARISOL, '25 Spanish: fire dispatch on a phone without a scanner, "Claro, tómese su tiempo." then the patron back 204 s later, Broadcastify', [
    [0, 'p', 'buenas, como escucho la frecuencia de los bomberos en el celular? no tengo scanner'],
    [15, 'l', '¡Hola! Bienvenido al chat de la Biblioteca Pública de Los Ángeles. Le habla Marisol.'],
    [21, 'l', '¿Tiene teléfono Android o iPhone?'],
    [40, 'p', 'android, dejame ver la version'],
    [46, 'l', 'Claro, tómese su tiempo.'],
    [250, 'p', 'ok es android 13'],
    [258, 'l', 'Muchos canales de bomberos se transmiten en Broadcastify (broadcastify.com), que tiene app gratis para Android; busque "Los Angeles County Fire". ¿Era lo que buscaba?'],
    [300, 'p', 'si gracias'],
    [305, 'l', '¿Algo más en que le pueda ayudar?'],
    [330, 'p', 'no, nada mas'],
    [335, 'l', '¡Que tenga buen día, adiós!'],
  ], usual()),

  // 26 holds every 110 s
  s(SAL, '26 a grandfather\'s 1962 call sign: holds at 70/180/290 (a patron "np" between), the answer at 400 in a scanned Callbook', [
    [0, 'p', 'trying to find my grandfathers call sign from the 1960s, name Howard Leiber, Ohio'],
    [25, 'l', 'Hi, Sal here — reference librarian with Ask a Librarian at Cleveland Public Library.'],
    [31, 'l', "Do you know whether he was licensed before or after 1970? Older records aren't in the FCC's online database."],
    [65, 'p', 'before, like 1962'],
    [70, 'l', 'Let me check the old Callbooks, one moment.'],
    [180, 'l', "Still looking — the 1962 Callbook is scanned but it isn't indexed by name."],
    [200, 'p', 'np'],
    [290, 'l', 'Thanks for waiting, still going through the Ohio (W8) pages.'],
    [400, 'l', 'Found him: W8QZR, Howard J. Leiber, Parma, in the Spring 1962 Radio Amateur Callbook, scanned at worldradiohistory.com (Callbook section). Is that him?'],
    [430, 'p', 'YES omg thank you'],
    [436, 'l', 'Anything else I can look for?'],
    [460, 'p', 'no thats all, this is amazing'],
    [465, 'l', 'So glad! Thanks for chatting, bye.'],
  ], usual()),

  // 27 a check-in, a goodbye at 143 s of final idle
  s(FAYE, '27 hiding a home address on the FCC site: PO box in License Manager, "Are you still there?" at 200, goodbye at 240 (final idle 143 s)', [
    [0, 'p', 'why is my home address public on the FCC site just bc i got a ham license?? can i hide it'],
    [45, 'l', "Hello and thanks for writing to Ask Us, I'm Faye, a librarian at Seattle Public Library."],
    [51, 'l', 'Would a PO box work for you instead?'],
    [90, 'p', 'yes i have one'],
    [97, 'l', 'The FCC needs a mailing address, but it can be a PO box; change it in the License Manager at fcc.gov/uls (log in with your FRN). Does that solve it?'],
    [200, 'l', 'Are you still there?'],
    [240, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 28 final idle exactly 180 s, no notice
  s(GUS, '28 a linear amp on a CB in a truck: check-in at 190, "I will close this chat soon." and the end exactly 180 s after the answer', [
    [0, 'p', 'is it legal to run an amp on my CB'],
    [22, 'l', "Hi, Ask a Librarian here, I'm Gus from Omaha Public Library."],
    [28, 'l', 'Is this for a CB in a truck, or a base station?'],
    [60, 'p', 'truck'],
    [66, 'l', 'No: the FCC rules for CB (47 CFR part 95, subpart D, at ecfr.gov) cap power at 4 W AM / 12 W PEP SSB and ban linear amplifiers outright. Does that help?'],
    [190, 'l', 'Are you still there?'],
    [240, 'l', 'I will close this chat soon.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 6 }),

  // 29 Spanish; identifies but greets not
  s(TOMAS, '29 Spanish: General-class study books, "Tomás, bibliotecario de referencia, El Paso Public Library." (no greeting word), Libby', [
    [0, 'p', 'necesito libros para estudiar el examen general de radioaficionado, prefiero en español si hay'],
    [30, 'l', 'Tomás, bibliotecario de referencia, El Paso Public Library.'],
    [36, 'l', '¿Lo quiere impreso o en libro electrónico?'],
    [70, 'p', 'electronico'],
    [78, 'l', 'En Libby (elpasolibrary.org/libby) tenemos el "ARRL General Class License Manual" en inglés; en español no encontré una guía actualizada. ¿Le sirve?'],
    [120, 'p', 'ok lo voy a intentar en ingles'],
    [126, 'l', '¿Necesita algo más?'],
    [150, 'p', 'no gracias'],
    [155, 'l', 'Gracias por usar el chat. ¡Suerte en el examen!'],
  ], usual({ greeting: 'fail' })),

  // 30 a named coordinator without contact; the shift ends
  s(MAE, '30 checking in to the Ada County ARES net: coordinator Hal Mercer named without contact, "My shift is ending, so I have to go now.", the patron last', [
    [0, 'p', 'our county has a weekly ham net for emergencies. how do i check in on it? im new, KJ7 call'],
    [18, 'l', 'Hello! Ask a Librarian, Boise Public Library, this is Mae.'],
    [24, 'l', 'Which county are you in?'],
    [50, 'p', 'ada county'],
    [57, 'l', 'Ada County ARES runs its net on the local repeater on Tuesday evenings; the net script and repeater details are on adacountyares.org. The emergency coordinator, Hal Mercer, is the person to ask about joining.'],
    [90, 'p', 'cool, what do i say when i check in tho'],
    [96, 'l', 'My shift is ending, so I have to go now.'],
    [120, 'p', 'oh ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => RADIO.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('26')]:
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it"). Message 2: "Do you know whether he was licensed before or after 1970? Older records aren\'t in the FCC\'s online database." asks about the need and gives no source (it says where the records are not); the first source is message 8, "… scanned at worldradiohistory.com (Callbook section)" (RUBRIC inquiry.clarify: "asks the patron at least one question about the need … before the first message that gives a source").',
};

describe('sixty-fifth round: amateur radio and scanners, checked', () => {
  describeSessions('whole sessions', RADIO.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', RADIO.filter((c) => c.name in LEFT_WHY));
});
