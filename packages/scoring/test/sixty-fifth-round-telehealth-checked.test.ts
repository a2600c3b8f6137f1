/**
 * Sixty-fifth round, theme TELEHEALTH AND PATIENT PORTALS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: portal logins and resets (a Hopkins MyChart lockout, a clinic's activation
 * code in Spanish, a spinning MyChart app, a county clinic's test-results portal), proxy access to a parent's or a teen's
 * portal, video visits (Zoom on library laptops, doxy.me camera permissions, VA Video Connect, a landline and no computer),
 * library hotspots, study rooms and telehealth booths and pods, printing a visit summary, health records requests (a 2019
 * hospital chart for a disability claim, a late father's records, a dentist's records, immunization records in Florida),
 * and insurance coverage of virtual visits (Medicare, Texas Medicaid STAR in Spanglish, the NC State Health Plan, a
 * marketplace appeal, a Providence plan's virtual care line). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/telehealth-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (01: pass) and at 61 s (04: fail); a waiting-room system line before a 20 s pickup (02);
 *   `pickedUpAt` at 55 s with the first line at 70 (30: pass by `pickedUpAt`); no provider ever joined (16); "Hey there!
 *   What can I help with?" then "Sorry about that! Which branch…?" under the screen name "Lincoln Libraries Chat" (05: no
 *   one named, fail); "Good evening!" + "You're chatting with Wendell, a librarian at …" over two lines (28: pass); "Hi,
 *   thanks for reaching out to Ask a Librarian! This is Priyanka at …" (03); Spanish "Buenas tardes, le atiende Marisol,
 *   bibliotecaria de …" (06) and "¡Hola! Soy Andrés, bibliotecario del servicio …" (07); Spanglish "Hi! Soy Lucía, librarian
 *   at …" (08); chat-speak with emoji "hey! Tasha here from Ask a Librarian @ Denver Public Library 👋" (17); "Hello, Ask a
 *   Librarian, Gus speaking at …" (23); "Hi, Ask Us Now! Tyrell here, librarian at …" (30);
 *  inquiry: health system, branch and appointment date, Original Medicare or Advantage, phone or computer and browser, which
 *   clinic, card and date (Spanish), Medicaid plan (Spanish), which portal, library system, landline, executor or not, own
 *   computer or ours, for you or a child, which of three questions; a restatement joined to a question (09); the first
 *   source (a catalog URL) before "Do you have a library card already?" (04: fail);
 *  waits: "One moment while I check …" answered 125 s later (02: fail); "bear with me" answered exactly 120 s later (03:
 *   pass); a transfer notice answered 58 s (18) and 125 s (20: fail) later; a silent transfer, the receiver 70 s after the
 *   patron (19: pass); "Sure thing, take your time." and the patron back 200 s later (30: waiting on the patron, pass);
 *  endings: a Lost Call with a greeting, "Are you still there?" and the session ended 140 s after the greeting (13: idle
 *   pass, disconnect na, courteous fail); a check-in at 200 and "It looks like you've disconnected, so I'll close this chat.
 *   Feel free to chat back in anytime!" at 250 (25: final idle 190 s, both pass); a check-in and the session ended exactly
 *   180 s after the answer, no notice, no goodbye (26: idle pass, disconnect and courteous fail); a notice with thanks and
 *   no check-in, final idle 194 s (21: idle fail, disconnect pass); a goodbye 119 s after the answer (27: idle na); the
 *   patron's "thats all i needed thank you" as the last line (28: courteous fails); "We only take one question per chat and
 *   you've used yours. Goodbye." with the patron's "wow ok" last (23: dismissal fails, courteous passes); "I've got several
 *   people waiting … please chat back in any time for the Zoom and the doctor questions" (24: allowed); goodbyes "Bye now!",
 *   "Con gusto. ¡Que le vaya bien!", "Gracias a usted. ¡Que la cita salga bien!", "¡Gracias por escribirnos, hasta
 *   luego!", "yay! bye 👋", "Anytime! Take care.", "Thanks for your patience, Hana signing off!", "Thanks for your
 *   patience, talk soon!"; patron-side "thats all i needed", "that is everything", "eso es todo", "es todo", "thats all",
 *   "thats everything", "that's all", and "ok cool thx", "yes thank you", "k", "yes i will call them", "omg yes its working
 *   brb doc is here" that do not count;
 *  sources: portal and hospital pages (mychart.hopkinsmedicine.org, mychart.org/es, sutterhealth.org, gbmc.org, mercy.net),
 *   government pages (medicare.gov, hhs.gov/hipaa, hhs.texas.gov, va.gov, healthcare.gov, flshots.com, health.maryland.gov,
 *   wake.gov), library pages (library.pima.gov/reserve, tulsalibrary.org/hotspots, lincolnlibraries.org/rooms,
 *   houstonlibrary.org/tarjeta, pwrl.org/telehealth, slcolibrary.org/telehealth, richlandlibrary.com/print,
 *   carnegielibrary.org/safe-computing), help sites (help.doxy.me, support.followmyhealth.com, mychart.org/Help); none
 *   ("call your doctor's office and ask to switch it to an audio-only visit", 29: fail);
 *  referrals: the branch's circulation desk with no contact (05: fail); a branch by phone in Spanish (07: pass); a hospital's
 *   Health Information Management department by phone and URL (09) and a hospital's Medical Records office by phone and URL
 *   after a silent transfer (19); "Ask your new doctor's office …" (23: fail); "call your doctor's office" (29: fail);
 *   "I'll pass your question to Frederick County Public Libraries and they'll call you" (11) and "I'll call the clinic
 *   tomorrow" (12) as no referral;
 *  follow-ups: FU_ME in Spanglish, e-mail read back, "mañana antes del mediodía", done at exactly 72 h (08: on_time pass); a
 *   promise "e-mail you what I find by Wednesday" with the address read back, coded Answered (10: code fails, contact
 *   passes, on_time pending); FU_LIB, the patron's phone read back, no when, done after 80 h (11: contact and on_time fail);
 *   FU_ME with "get back to you by Friday" and no e-mail or phone anywhere (12: code and contact fail, on_time pending);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (14: fail); Lost Call with no provider and one patron
 *   line (16: pass); null with a provider who answered well (17); Practice (15);
 *  transfers: a notice (a hold) and an internal note that says why (18: pass); an internal note only, silent to the patron
 *   (19: fail); a notice with no internal note (20: fail);
 *  concurrency: three others open through the session, four at once (21: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Did that get you in?", "Did that fix it?", "Does that cover what you needed?", "¿Le sirvió esta información?", "¿Le
 *   ayuda por ahora la página de HHS?", "Is that the kind of record you meant?" ask whether what was given meets the need;
 * - "Con gusto. ¡Que le vaya bien!", "¡Que la cita salga bien!" after "Gracias a usted", "Anytime! Take care.", "Hana
 *   signing off!" after thanks, and "talk soon!" after thanks say goodbye / thank the patron;
 * - "Hey there! What can I help with?" greets but identifies no one, and a screen name does not count (05);
 * - the provider's own branch counts as a referral when the patron is told to visit or call it: "stop by the Eastside
 *   circulation desk" (05: no contact) and "llame a la sucursal Magnolia al 832-555-0147" (07: phone);
 * - "Ask your new doctor's office for a records release form" and "call your doctor's office" tell the patron to ask or
 *   call an office outside the chat with no way to reach it given (23, 29: fail); "I'll pass your question to … and they'll
 *   call you" and "I'll call the clinic" tell the patron to contact no one (11, 12: na);
 * - "Someone from Thurmont will give you a call." says no when (11: contact fails); "Se lo envío mañana antes del mediodía"
 *   says when (08);
 * - "within `followUpHours`": a follow-up recorded exactly 72 h after `endedAt` is within (08: pass);
 * - the final idle of a session whose provider's last line is not a goodbye ends at `endedAt` (26: 150 + 90 = 240, 180 s
 *   after the answer at 60: at the disconnect threshold, so the notice is required);
 * - "We only take one question per chat and you've used yours. Goodbye." tells the patron they have reached a limit of
 *   questions (23: dismissal fails), and its "Goodbye." is still a goodbye among the last two provider lines (courteous
 *   passes).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/telehealth-labels.ts).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC.md: my
 * label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - info.source, case 14: "doxy.me's own steps with pictures are at help.doxy.me (Camera & Microphone)." read as no source
 *    (fail; RUBRIC pass: a URL or domain).
 * Every timing check (pickup at 60, 61, 20 after a system line, by `pickedUpAt` at 55, no provider; keep_informed at 120
 *   and 125 s, across three transfers, after "take your time"; final idles of 119, 140, 180, 190 and 194 s; concurrency at four
 *   and at touching ends; on_time done at exactly 72 h, late at 80 h, pending at day 1 twice) scored as labelled on the
 *   first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back
 *   in 08 and 10, a patron phone read back in 11, library and hospital phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * ON v59 (block Y, in the same session): the LEFT case Y reads now runs as labelled (longtermcare 29: Y3's restated want; radio
 *   09: Y1's "chat in again"; telehealth 14: Y2's "help.doxy.me"); the rest stand.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The waiting-room line the chat software shows the patron (system). */
const waitLine = (sec: number, ahead: number): Line => [sec, 's', `All librarians are busy. ${ahead} people are ahead of you.`];

const DANA: Prov = { id: 'dana-th', name: 'Dana', library: 'HCLS' };
const MARCUS: Prov = { id: 'marcus-th', name: 'Marcus', library: 'PCPL-AZ' };
const PRIYANKA: Prov = { id: 'priyanka-th', name: 'Priyanka', library: 'CCPL-OH' };
const KEVIN: Prov = { id: 'kevin-th', name: 'Kevin', library: 'TCCL' };
const DESK: Prov = { id: 'desk3-th', name: 'Lincoln Libraries Chat', library: 'LCL-NE' };
const MARISOL: Prov = { id: 'marisol-th', name: 'Marisol', library: 'LAPL' };
const ANDRES: Prov = { id: 'andres-th', name: 'Andrés', library: 'HPL' };
const LUCIA: Prov = { id: 'lucia-th', name: 'Lucía', library: 'SAPL' };
const HEATHER: Prov = { id: 'heather-th', name: 'Heather', library: 'SGCL' };
const OWEN: Prov = { id: 'owen-th', name: 'Owen', library: 'KDL' };
const GWEN: Prov = { id: 'gwen-th', name: 'Gwen', library: 'AUN' };
const RAY: Prov = { id: 'ray-th', name: 'Ray', library: 'WCPL' };
const DEV: Prov = { id: 'dev-th', name: 'Dev', library: 'OPL' };
const NADIA: Prov = { id: 'nadia-th', name: 'Nadia', library: 'ASCPL' };
const TRAINEE: Prov = { id: 'trainee-th', name: 'Trainee 2', library: 'TRN' };
const NOONE: Prov = { id: 'queue-th', name: 'Queue', library: 'VRQ' };
const TASHA: Prov = { id: 'tasha-th', name: 'tasha.dpl', library: 'DPL-CO' };
const ELENA: Prov = { id: 'elena-th', name: 'Elena', library: 'NCLIVE' };
const FRANK: Prov = { id: 'frank-th', name: 'Frank', library: 'NCLIVE' };
const JAMAL: Prov = { id: 'jamal-th', name: 'Jamal', library: 'BCPL' };
const SASHA: Prov = { id: 'sasha-th', name: 'Sasha', library: 'BCPL' };
const KIM: Prov = { id: 'kim-th', name: 'Kim', library: 'CLP' };
const LUIS: Prov = { id: 'luis-th', name: 'Luis', library: 'CLP' };
const YOLANDA: Prov = { id: 'yolanda-th', name: 'Yolanda', library: 'OCLS' };
const BEN: Prov = { id: 'ben-th', name: 'Ben', library: 'PWRL' };
const GUS: Prov = { id: 'gus-th', name: 'Gus', library: 'FCPL-CA' };
const HANA: Prov = { id: 'hana-th', name: 'Hana', library: 'SPL-CA' };
const INGRID: Prov = { id: 'ingrid-th', name: 'Ingrid', library: 'MCL' };
const CARMEN: Prov = { id: 'carmen-th', name: 'Carmen', library: 'RL-SC' };
const OMAR: Prov = { id: 'omar-th', name: 'Omar', library: 'SLCOL' };
const WENDELL: Prov = { id: 'wendell-th', name: 'Wendell', library: 'DELIB' };
const RUTHANNE: Prov = { id: 'ruthanne-th', name: 'Ruthanne', library: 'CCPL-MD' };
const TYRELL: Prov = { id: 'tyrell-th', name: 'Tyrell', library: 'PGCMLS' };

const s = session;

export const TELEHEALTH: SessionCase[] = [
  // 01 pickup exactly at 60 s, the plain good session
  s(DANA, '01 Hopkins MyChart lockout before a 2 pm video visit: pickup at exactly 60 s, "Did that get you in?", "thats all i needed"', [
    [0, 'p', 'hi i cant log into mychart, it keeps saying my password is wrong and i have a video appt w my doctor at 2'],
    [60, 'l', "Good morning, you've reached Ask Us Now. I'm Dana, a librarian at Howard County Library System."],
    [66, 'l', 'Which health system is your MyChart with? Each hospital runs its own.'],
    [110, 'p', 'johns hopkins'],
    [118, 'l', "Hopkins' MyChart has a 'Forgot password?' link right under the sign-in box at mychart.hopkinsmedicine.org; it texts or e-mails you a reset code. Use the same link if it says you're locked out."],
    [124, 'l', 'Did that get you in?'],
    [190, 'p', 'YES im in!! thats all i needed, thank u so much'],
    [196, 'l', 'Wonderful. Good luck with your appointment, and thanks for chatting!'],
  ], usual()),

  // 02 a hold answered 125 s later
  s(MARCUS, '02 webcam computers for a Zoom telehealth visit: "One moment while I check…" answered 125 s later, laptop reservations URL', [
    [0, 'p', 'does the library have computers w/ webcams? my telehealth visit is on zoom'],
    waitLine(2, 1),
    [20, 'l', 'Hello! Marcus here, reference librarian at Pima County Public Library.'],
    [26, 'l', 'Which branch is closest to you, and when is the appointment?'],
    [70, 'p', 'joel d valdez main, thursday 10am'],
    [76, 'l', 'One moment while I check which machines there have cameras.'],
    [201, 'l', "Thanks for waiting. The Main Library's 2nd floor laptops have webcams and headsets, and Zoom is already installed. You can reserve one up to 7 days ahead at library.pima.gov/reserve (choose 'Laptop - Main')."],
    [207, 'l', 'Does that cover what you needed?'],
    [240, 'p', 'yeah thx'],
    [244, 'l', 'Anything else I can look up?'],
    [262, 'p', 'no'],
    [266, 'l', 'Take care, and thanks for using the chat!'],
  ], usual({ informed: 'fail' })),

  // 03 a hold answered exactly 120 s later
  s(PRIYANKA, '03 Medicare and telehealth from home for a 78-year-old: "bear with me" answered exactly 120 s later, medicare.gov', [
    [0, 'p', 'does medicare still pay for telehealth visits from home? my mom is 78'],
    [14, 'l', 'Hi, thanks for reaching out to Ask a Librarian! This is Priyanka at Cuyahoga County Public Library.'],
    [20, 'l', 'Is she on Original Medicare or a Medicare Advantage plan?'],
    [64, 'p', 'original i think, red white and blue card'],
    [70, 'l', 'Let me pull up the current rules, bear with me.'],
    [190, 'l', "Here it is: Medicare's telehealth page, medicare.gov/coverage/telehealth, lists what's covered at home and the dates the temporary rules run through. Her usual Part B share applies."],
    [196, 'l', 'Does that answer your question?'],
    [250, 'p', 'perfect, that is everything, thanks'],
    [256, 'l', 'Glad I could help. Bye for now!'],
  ], usual()),

  // 04 pickup at 61 s; the question comes after the first source
  s(KEVIN, '04 hotspot for a video doctor visit: pickup at 61 s, catalog URL given before "Do you have a library card already?"', [
    [0, 'p', 'can i borrow a wifi hotspot for a video doctor visit? our internet is super spotty'],
    [61, 'l', "Hi there, Kevin at Tulsa City-County Library's Ask Us. Sorry about the wait!"],
    [67, 'l', 'Yes! Our hotspots check out for 21 days; the catalog record is at tulsalibrary.org/hotspots, where you can place a hold.'],
    [73, 'l', 'Do you have a library card already?'],
    [110, 'p', 'yea'],
    [116, 'l', "Then you're set: place the hold and pick it up at any branch. Did that help?"],
    [150, 'p', 'ok cool thx'],
    [154, 'l', 'Anything else today?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Have a good one, bye!'],
  ], usual({ pickup: 'fail', clarify: 'fail' })),

  // 05 a greeting that names no one; the branch's circulation desk with no contact
  s(DESK, '05 a private room for a therapy video call: "Hey there! What can I help with?" (no one named), "stop by the Eastside circulation desk"', [
    [0, 'p', 'is there a quiet private room at the library i can use for a therapy video call?'],
    [18, 'l', 'Hey there! What can I help with?'],
    [40, 'p', 'like i said a private room, for a therapy call on zoom'],
    [46, 'l', 'Sorry about that! Which branch do you go to?'],
    [80, 'p', 'eastside'],
    [86, 'l', 'Eastside has two study rooms you can have for up to 2 hours; the room rules are at lincolnlibraries.org/rooms. To reserve one, stop by the Eastside circulation desk.'],
    [92, 'l', 'Did that help?'],
    [130, 'p', 'yes thank you'],
    [135, 'l', 'Bye now!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 06 Spanish: a clinic portal's activation code
  s(MARISOL, '06 código de activación del portal del paciente (Spanish): "le atiende Marisol", "¿Le sirvió…?", "eso es todo", "¡Que le vaya bien!"', [
    [0, 'p', 'hola buenas, no se como entrar al portal del paciente de mi clinica, me pide un codigo de activacion'],
    [25, 'l', 'Buenas tardes, le atiende Marisol, bibliotecaria de la Biblioteca Pública de Los Ángeles. ¿En qué le puedo ayudar?'],
    [31, 'l', '¿De qué clínica es el portal? ¿Tiene a mano el resumen de su última visita?'],
    [90, 'p', 'es de la clinica familiar del valle, si tengo el papel'],
    [96, 'l', 'El código de activación suele venir impreso en el resumen de la visita ("After Visit Summary"). La guía en español para activar la cuenta está en mychart.org/es, en la sección "Activar mi cuenta".'],
    [102, 'l', '¿Le sirvió esta información?'],
    [160, 'p', 'si ya entre!! eso es todo, mil gracias 🙏'],
    [166, 'l', 'Con gusto. ¡Que le vaya bien!'],
  ], usual()),

  // 07 Spanish: a hotspot, the branch by phone, "¿Necesita algo más?"
  s(ANDRES, '07 internet para la cita por video de la mamá (Spanish): tarjeta en línea, "llame a la sucursal Magnolia al 832-555-0147", no "¿le sirve?"', [
    [0, 'p', 'Hola, mi mamá tiene una cita por video con el doctor y no tenemos internet en casa. ¿La biblioteca presta algo?'],
    [30, 'l', '¡Hola! Soy Andrés, bibliotecario del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Houston.'],
    [36, 'l', '¿Tiene tarjeta de la biblioteca? ¿Y para cuándo es la cita?'],
    [95, 'p', 'no tengo tarjeta. la cita es el lunes'],
    [101, 'l', 'Puede sacar la tarjeta en línea en houstonlibrary.org/tarjeta y después reservar un hotspot. Como la cita es el lunes, llame a la sucursal Magnolia al 832-555-0147 para confirmar que tengan uno disponible.'],
    [107, 'l', '¿Necesita algo más?'],
    [150, 'p', 'no, es todo. gracias'],
    [155, 'l', 'Gracias a usted. ¡Que la cita salga bien!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 08 Spanglish: follow-up by me, e-mail read back, "mañana antes del mediodía", done at exactly 72 h
  s(LUCIA, '08 Texas Medicaid STAR therapy por video (Spanglish, follow-up by me): e-mail read back, "mañana antes del mediodía", done at exactly 72 h', [
    [0, 'p', 'hi, mi esposo tiene medicaid en texas, does it cover therapy por video?'],
    [22, 'l', 'Hi! Soy Lucía, librarian at San Antonio Public Library. I can help in English or Spanish.'],
    [28, 'l', '¿Es Medicaid regular o un plan STAR a través de una compañía?'],
    [80, 'p', 'STAR con superior healthplan'],
    [86, 'l', 'La regla general de Texas está en hhs.texas.gov (Medicaid > Telemedicine). Para los detalles de Superior, voy a buscar su manual del miembro y le mando el enlace por correo. ¿Cuál es su e-mail?'],
    [140, 'p', 'claro, rosa.g.mendez@example.com'],
    [146, 'l', 'Gracias. Confirmo: rosa.g.mendez@example.com. Se lo envío mañana antes del mediodía.'],
    [152, 'l', '¿Le ayuda por ahora la página de HHS?'],
    [200, 'p', 'si gracias'],
    [205, 'l', '¿Algo más en que le pueda ayudar?'],
    [230, 'p', 'no eso es todo'],
    [235, 'l', '¡Gracias por escribirnos, hasta luego!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(240 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 records for a disability claim: restatement + question, the hospital's records office by phone and URL
  s(HEATHER, '09 2019 Mercy Hospital records for a disability claim: "So you need … — would the whole chart help…?", HIM office by phone + URL', [
    [0, 'p', 'I need copies of my medical records from when I was at Mercy Hospital in 2019 for a disability claim, how do I get them'],
    [35, 'l', "Good afternoon, and welcome to AskAway. I'm Heather, librarian at Springfield-Greene County Library."],
    [41, 'l', 'So you need your 2019 Mercy Hospital records for a disability claim. Would the whole chart help, or just certain visits?'],
    [100, 'p', 'just the ER visit and the surgery'],
    [106, 'l', "Under HIPAA you have a right to copies; HHS explains it at hhs.gov/hipaa (Individuals' Right to Access). Send your request to Mercy's Health Information Management department: their authorization form is at mercy.net/medical-records and their phone is 417-555-0132. List just the ER visit and the surgery dates."],
    [112, 'l', 'Is that what you needed?'],
    [170, 'p', 'yes, thats everything. thank you!'],
    [176, 'l', 'Thanks for chatting, and best of luck with the claim!'],
  ], usual({ referral: 'pass' })),

  // 10 a promise to e-mail "by Wednesday", e-mail read back, coded Answered
  s(OWEN, '10 proxy access to a 14-year-old\'s FollowMyHealth: "e-mail you what I find by Wednesday", address read back, coded Answered', [
    [0, 'p', 'how do i get proxy access to my 14 yr olds patient portal? the pediatrician says ask the portal people'],
    [20, 'l', 'Hi, Owen with the Ask a Librarian service at Kent District Library.'],
    [26, 'l', 'Which portal does the pediatrician use: MyChart, FollowMyHealth, something else?'],
    [70, 'p', 'followmyhealth i think'],
    [76, 'l', "FollowMyHealth's help center explains proxy (\"Shared Access\") requests: support.followmyhealth.com. Teen access rules vary, so I'll dig into Michigan's rules for ages 12-17 and e-mail you what I find by Wednesday. What address should I use?"],
    [130, 'p', 'jkowal.home@example.net'],
    [136, 'l', 'Got it: jkowal.home@example.net, by Wednesday.'],
    [142, 'l', 'Does the help center link get you started?'],
    [180, 'p', 'yes'],
    [185, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 11 follow-up by the patron's library, phone read back, no when, done after 80 h
  s(GWEN, '11 VA Video Connect on a Thurmont branch computer (follow-up by patron\'s library): phone read back, no when, done after 80 h', [
    [0, 'p', 'My husband needs a library computer w/ camera for VA video connect appts every week. Can the branch set that up?'],
    [28, 'l', 'Hello! This is Gwen, a librarian with Ask Us Now, the Maryland statewide chat.'],
    [34, 'l', 'Which library system do you belong to?'],
    [80, 'p', 'Frederick county, the thurmont branch'],
    [86, 'l', "VA Video Connect runs in a web browser; the VA's setup steps are at va.gov/health-care/video-connect. Whether Thurmont can hold a camera computer for him every week is up to the branch, so I'll pass your question to Frederick County Public Libraries and they'll call you. What number is best?"],
    [140, 'p', '301-555-0178'],
    [146, 'l', 'Thanks, 301-555-0178. Someone from Thurmont will give you a call.'],
    [152, 'l', 'Does the VA page help in the meantime?'],
    [190, 'p', 'yes thank u, thats all'],
    [195, 'l', 'Thank you for using Ask Us Now!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(200 + 80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 12 follow-up by me, "by Friday", no e-mail or phone anywhere
  s(RAY, '12 county clinic test results portal (follow-up by me): "get back to you by Friday", no e-mail or phone anywhere, "k"', [
    [0, 'p', 'where can i see my covid test results from the county clinic, they said its on some portal'],
    [16, 'l', "Hi! I'm Ray at Ask a Librarian, Wake County Public Libraries."],
    [22, 'l', 'Do you remember the name of the portal, or the date of the test?'],
    [60, 'p', 'no idea the name, it was like 2 weeks ago'],
    [66, 'l', "Wake County Human Services links its results portal from wake.gov (Health > Test Results). I'll call the clinic tomorrow to find out which portal they use and get back to you by Friday."],
    [72, 'l', 'Does that help for now?'],
    [110, 'p', 'k'],
    [114, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 13 a true Lost Call: greeting, "Are you still there?", final idle 140 s, no goodbye
  s(DEV, '13 telehealth app on a library Chromebook (Lost Call): greeting at 15, "Are you still there?" at 150, ended at 155 (idle 140 s)', [
    [0, 'p', 'how do i download the telehealth app on a library chromebook'],
    [15, 'l', 'Hello, Dev at Ask Us here, Oakland Public Library.'],
    [150, 'l', 'Are you still there?'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 coded Lost Call after three patron lines
  s(NADIA, '14 doxy.me says camera blocked: fixed in Chrome, "omg yes its working brb doc is here", coded Lost Call', [
    [0, 'p', 'my doctor sent a doxy.me link but it says camera blocked'],
    [20, 'l', 'Hi! This is Nadia, a librarian at Akron-Summit County Public Library.'],
    [26, 'l', 'Are you on a phone or a computer, and which browser?'],
    [50, 'p', 'laptop, chrome'],
    [56, 'l', "In Chrome, click the camera icon at the right end of the address bar and choose 'Always allow'. doxy.me's own steps with pictures are at help.doxy.me (Camera & Microphone)."],
    [62, 'l', 'Did that fix it?'],
    [95, 'p', 'omg yes its working brb doc is here'],
    [100, 'l', 'Great, good luck! Bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(TRAINEE, '15 practice chat (room-booking macro): coded Practice, every check na', [
    [0, 'p', 'test: telehealth room booking'],
    [6, 'l', 'testing macro - Rooms: samplelibrary.org/rooms'],
    [12, 'p', 'ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no provider ever joined, coded Lost Call with the one question
  s(NOONE, '16 is a hotspot fast enough for Zoom: no provider ever joined, waiting-room line, patron left, coded Lost Call', [
    [0, 'p', 'is the library hotspot ok for a zoom doctor appt or too slow??'],
    waitLine(3, 4),
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 chat-speak and emoji on both sides, code null
  s(TASHA, '17 MyChart app spins on iPhone (chat-speak, emoji): "hey! Tasha here from Ask a Librarian @ Denver Public Library 👋", code null', [
    [0, 'p', 'yo how do i see my lab results on the portal app 😩 it just spins'],
    [10, 'l', 'hey! Tasha here from Ask a Librarian @ Denver Public Library 👋'],
    [15, 'l', 'which app is it, MyChart or ur insurance one?'],
    [40, 'p', 'mychart. iphone'],
    [45, 'l', "try deleting + reinstalling, then sign in again. the MyChart help page has the iPhone troubleshooting steps: mychart.org/Help (scroll to 'App not loading')"],
    [50, 'l', 'did that do it?'],
    [120, 'p', 'yesss ty. thats all'],
    [124, 'l', 'yay! bye 👋'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 18 a transfer announced to the patron, with an internal note that says why
  s(ELENA, '18 NC State Health Plan therapy by video: "I\'m transferring you to Frank, our consumer health librarian", note why, Frank 58 s later', [
    [0, 'p', 'does blue cross cover virtual visits with a therapist? i have the state employee plan in NC'],
    [20, 'l', 'Hi there! Elena here, librarian with the NC Live chat.'],
    [26, 'l', 'Is the therapist in-network, or are you still looking for one?'],
    [70, 'p', 'still looking'],
    [76, 'l', "I'm transferring you to Frank, our consumer health librarian; he knows the state plan well. Hang on just a moment."],
    [79, 'i', 'Frank: State Health Plan (BCBS NC) telehealth therapy coverage + finding an in-network therapist. Can you take it?'],
    xfer(82, 'Frank', 'frank-th'),
    [140, 'l', 'Hello, Frank here. The State Health Plan covers virtual behavioral health visits; the benefits booklet and the in-network search are at shpnc.org (Find a Provider, then filter "Telehealth").', as(FRANK)],
    [146, 'l', 'Does that help?', as(FRANK)],
    [200, 'p', 'yes thank you so much'],
    [205, 'l', 'Anything else?', as(FRANK)],
    [220, 'p', 'no thats it'],
    [224, 'l', 'Thanks for chatting, take care!', as(FRANK)],
  ], usual({ transfer: 'pass' })),

  // 19 a silent transfer with an internal note; the receiver refers to the hospital's records office
  s(JAMAL, '19 a late father\'s GBMC records for the estate: internal note only, silent transfer, Sasha 70 s after the patron, records office by phone + URL', [
    [0, 'p', 'how do i get my late fathers medical records, need them for the estate'],
    [25, 'l', 'Good evening, Ask Us Now, this is Jamal at Baltimore County Public Library.'],
    [31, 'l', "Do you know which hospital or doctor's office has them, and are you the estate's personal representative?"],
    [80, 'p', 'GBMC. yes im the executor'],
    [84, 'i', 'Sasha, estate / deceased parent medical records, can you take it? heading off shift'],
    xfer(88, 'Sasha', 'sasha-th'),
    [150, 'l', "Hi, I'm Sasha, also a librarian here. As executor, send your request to GBMC's Medical Records office with a copy of your letters of administration; their form is at gbmc.org/medical-records and their phone is 443-555-0110.", as(SASHA)],
    [156, 'l', 'Is that what you were after?', as(SASHA)],
    [200, 'p', "yes perfect. that's all i needed"],
    [206, 'l', 'Thanks for reaching out, goodbye!', as(SASHA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 20 a transfer announced without an internal note; the receiver 125 s after the notice
  s(KIM, '20 logging into a patient portal on a library computer: "I\'ll send you over to Luis", no internal note, Luis 125 s after the notice', [
    [0, 'p', 'is it safe to log into my patient portal on a library computer??'],
    [15, 'l', "Hi, welcome to Ask Here PA! My name is Kim and I'm a librarian at Carnegie Library of Pittsburgh."],
    [21, 'l', 'Will you be on one of our computers, or your own device on our Wi-Fi?'],
    [60, 'p', 'your computers at the main one in oakland'],
    [66, 'l', "Good question for our tech folks. I'll send you over to Luis on the digital literacy team now."],
    xfer(70, 'Luis', 'luis-th'),
    [191, 'l', 'Hey, Luis here from Digital Literacy. Our public computers wipe everything when you log off, but use a private window and sign out of the portal anyway; our safe computing guide is at carnegielibrary.org/safe-computing.', as(LUIS)],
    [197, 'l', 'Does that help?', as(LUIS)],
    [240, 'p', 'yes ty'],
    [245, 'l', 'Anything else I can do for you?', as(LUIS)],
    [260, 'p', "no that's all"],
    [264, 'l', 'Bye, and thanks for asking!', as(LUIS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 four at once; a disconnect notice that thanks, with no check-in (final idle 194 s)
  s(YOLANDA, '21 Florida immunization record for a job: three other chats open through it (four at once), notice with thanks at 290 and no check-in', [
    [0, 'p', 'how do i request my immunization records online in florida'],
    [30, 'l', 'Good morning! Yolanda, librarian at Orange County Library System.'],
    [36, 'l', 'Is this for you or for a child? Schools want a special form (the DH 680).'],
    [90, 'p', 'for me, just for a new job'],
    [96, 'l', 'Florida SHOTS has a public portal where you can request your own record: flshots.com (Public > Request My Record).'],
    [102, 'l', 'Is that the kind of record you meant?'],
    [290, 'l', "It looks like you've disconnected, so I'm ending this chat. Thanks for contacting OCLS!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yolanda-th', -200, 400), other('y2', 'yolanda-th', 10, 500), other('y3', 'yolanda-th', 50, 300)],
  }),

  // 22 three at most, touching ends
  s(BEN, '22 the library\'s telehealth pod (emoji): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'heard the library has a telehealth booth?? 🤔 how does it work'],
    [12, 'l', 'Hi! This is Ben, a librarian at Pottawatomie Wabaunsee Regional Library.'],
    [18, 'l', 'Which town are you in? The pods are at two branches.'],
    [45, 'p', 'wamego'],
    [50, 'l', "Wamego has one! It's a soundproof pod with a laptop and a blood pressure cuff, bookable an hour at a time: pwrl.org/telehealth."],
    [55, 'l', 'Does that answer it?'],
    [80, 'p', 'yes!!! 🙌 thats everything'],
    [84, 'l', 'Have a great day, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('b1', 'ben-th', -300, 0), other('b2', 'ben-th', -60, 200), other('b3', 'ben-th', 30, 400), other('b4', 'ben-th', 89, 500)],
  }),

  // 23 "one question per chat and you've used yours"; "Ask your new doctor's office" with no contact
  s(GUS, '23 three questions at once: "Ask your new doctor\'s office…" (no contact), then "We only take one question per chat and you\'ve used yours. Goodbye."', [
    [0, 'p', 'what does my insurance need for a telehealth claim, and also how do i get records sent to a new doctor, and also can i use a library laptop'],
    [20, 'l', 'Hello, Ask a Librarian, Gus speaking at Fresno County Public Library.'],
    [26, 'l', 'Which of those is most urgent?'],
    [70, 'p', 'the records one'],
    [76, 'l', "Ask your new doctor's office for a records release (authorization) form; they usually request the old records for you. HHS has a plain-language explainer at hhs.gov/hipaa/for-individuals/medical-records."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes ok now the insurance one'],
    [126, 'l', "We only take one question per chat and you've used yours. Goodbye."],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'fail' })),

  // 24 other patrons waiting, an invitation to come back
  s(HANA, '24 mom\'s Sutter portal, Zoom and a video doctor: "several people waiting … please chat back in any time"', [
    [0, 'p', 'can u help me set up my moms patient portal AND her zoom AND find her a doctor that does video visits'],
    [22, 'l', "Hi! I'm Hana at the Ask a Librarian desk, Sacramento Public Library."],
    [28, 'l', "Sure, let's start with the portal. Which clinic or hospital is it with?"],
    [75, 'p', 'sutter health'],
    [81, 'l', "Sutter's My Health Online sign-up, including proxy access for a parent, is explained at sutterhealth.org/my-health-online. Did that help?"],
    [130, 'p', 'ya ok next zoom'],
    [136, 'l', "I've got several people waiting in the queue right now, so I need to wrap up here, but please chat back in any time for the Zoom and the doctor questions."],
    [170, 'p', 'ok'],
    [175, 'l', 'Thanks for your patience, Hana signing off!'],
  ], usual({ anything: 'fail' })),

  // 25 final idle 190 s: check-in at 200, notice that invites back at 250
  s(INGRID, '25 a Providence plan\'s virtual care line: answer at 60, "Are you still there?" at 200, notice + "chat back in anytime" at 250', [
    [0, 'p', 'whats the number for the telehealth help line of my insurance'],
    [18, 'l', 'Hello there, this is Ingrid at the Multnomah County Library chat.'],
    [24, 'l', 'Which insurance company is it?'],
    [50, 'p', 'providence health plan'],
    [60, 'l', "Providence Health Plan's member pages list the nurse line and the virtual care line: providencehealthplan.com/members (Contact Us)."],
    [66, 'l', 'Does that help?'],
    [200, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 26 final idle exactly 180 s: a check-in, no notice, no goodbye
  s(CARMEN, '26 printing a visit summary from the phone: answer at 60, "Are you still with me?" at 150, ended at 240 (idle exactly 180 s), no notice', [
    [0, 'p', 'can i print my visit summary from the portal at the library'],
    [20, 'l', 'Hi! Carmen here, a librarian with Ask Us at Richland Library.'],
    [26, 'l', 'Will you be printing from a library computer or from your phone?'],
    [52, 'p', 'my phone'],
    [60, 'l', "You can send it from your phone with Mobile Print: richlandlibrary.com/print has the steps, and it's 10 cents a page."],
    [66, 'l', 'Does that answer it?'],
    [150, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 90 }),

  // 27 a goodbye 119 s after the answer, no check-in
  s(OMAR, '27 booking the telehealth room at West Jordan: answer at 60, "Thanks for chatting — bye!" at 179 (final idle 119 s)', [
    [0, 'p', 'do i need an appointment to use the telehealth room at the library'],
    [15, 'l', 'Good afternoon! This is Omar, a librarian at Salt Lake County Library.'],
    [21, 'l', 'Which branch are you thinking of?'],
    [50, 'p', 'west jordan'],
    [60, 'l', "Yes, it's by reservation only. Book it at slcolibrary.org/telehealth; you can reserve up to two weeks out."],
    [179, 'l', 'Thanks for chatting — bye!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 28 greeting split over two lines; the patron has the last word
  s(WENDELL, '28 appealing a denied telehealth claim: "Good evening!" + "You\'re chatting with Wendell…", healthcare.gov, patron "thats all i needed" last', [
    [0, 'p', 'My insurance denied a telehealth claim because of the place of service code, can I appeal'],
    [30, 'l', 'Good evening!'],
    [35, 'l', "You're chatting with Wendell, a librarian at Ask a Librarian Delaware."],
    [41, 'l', 'Is this an employer plan or a marketplace plan?'],
    [90, 'p', 'marketplace'],
    [96, 'l', "You can appeal. HealthCare.gov's appeals page walks through internal and external appeals and their deadlines: healthcare.gov/appeal-insurance-company-decision."],
    [102, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes! thats all i needed thank you'],
  ], usual({ courteous: 'fail' })),

  // 29 no source; "call your doctor's office" with no contact
  s(RUTHANNE, '29 a video visit with no smartphone or computer: landline asked, "call your doctor\'s office and ask to switch it to audio-only", no source', [
    [0, 'p', 'my doctor wants me to do a video visit but i dont have a smartphone or computer. what do i do'],
    [25, 'l', 'Hi, this is Ruthanne with the Ask Us chat at Cecil County Public Library.'],
    [31, 'l', 'Do you have a landline? Many doctors can do the visit by phone instead.'],
    [70, 'p', 'yes landline'],
    [76, 'l', "Then call your doctor's office and ask to switch it to an audio-only visit; most will. You could also use one of our branch computers."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes i will call them'],
    [125, 'l', 'Thanks for chatting, take care!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 30 pickedUpAt 55 s, first line at 70; "take your time" and 200 s away
  s(TYRELL, '30 old dentist\'s records (chat-speak): pickedUpAt 55 s with the first line at 70, "Sure thing, take your time." then 200 s away', [
    [0, 'p', 'hey i need to get my records from my old dentist sent to new one, how'],
    [70, 'l', "Hi, Ask Us Now! Tyrell here, librarian at Prince George's County Memorial Library System."],
    [76, 'l', 'Is the new dentist already set up, and do you want copies for yourself too?'],
    [110, 'p', 'ya new one is set. hold on lemme find the old dentists name'],
    [116, 'l', 'Sure thing, take your time.'],
    [316, 'p', 'ok its bright smile family dental in bowie'],
    [322, 'l', "HHS's right-of-access page explains how to request dental records yourself, the fees and the 30-day limit: hhs.gov/hipaa/for-individuals/right-to-access. Maryland's own medical records rules are at health.maryland.gov (Medical Records)."],
    [328, 'l', 'Did that answer it?'],
    [370, 'p', 'yep thats all, thx!!'],
    [375, 'l', 'Anytime! Take care.'],
  ], usual(), { pickedUpAt: at(55) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TELEHEALTH.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fifth round: telehealth and patient portals, checked', () => {
  describeSessions('whole sessions', TELEHEALTH.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TELEHEALTH.filter((c) => c.name in LEFT_WHY));
});
