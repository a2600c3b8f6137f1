/**
 * Sixty-fourth round, theme DEAF AND HARD-OF-HEARING SERVICES, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: relay and captioned phones (a free captioned landline in Maryland, calling a
 * videophone from a regular phone, a video relay app, a broken CapTel in Oregon, Spanish-to-Spanish relay in Florida in
 * Spanish, captioned phone forms nobody waited for), ASL classes and interpreters (a beginner class in Tulsa, a hospital
 * interpreter in Los Angeles in Spanish, a wedding in Montgomery County, family court in Lexington, college in Arizona, a
 * new Virginian looking for VDDHH, a nurse's workplace accommodations), hearing aid help (assistance programs and OTC aids,
 * a cochlear implant group, lipreading classes in Houston in Spanish, lipreading books), captioned films and library events
 * (Friday Flicks in Towson, CaptionFish in Baton Rouge, CART at DC's MLK library, live theater captioning in Chicago, ASL
 * storytime at NYPL, a hearing loop at the Pratt), state programs (Texas STAP partly in Spanish), assistive devices (bed
 * shakers, a Pocketalker from the Library of Things, a strobe smoke alarm, a church FM kit) and a read-aloud about a deaf
 * kid. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside
 * to /tmp/sixtyFourthRoundDeaf-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey, welcome to Ask Maryland — Dana here, one of the reference librarians on tonight." (01); "Hi there!! 👋"
 *   then a branch question under the screen name "ASL-desk" (02: greets, names no one: fail); Spanish "Hola, buenas tardes.
 *   Soy Marisol, bibliotecaria de …" (03), "Buenos días, le atiende Alma, bibliotecaria de …" (14), bilingual "¡Hola! Soy Paz,
 *   bibliotecaria del chat de … Hi!" (22), "Hola, gracias por comunicarse con Ask a Librarian de Florida. Mi nombre es Chuy"
 *   (30); pickup at exactly 60 s (04: pass) and at 61 s (05: fail); `pickedUpAt` at 55 s with the first visible line at 88
 *   (06: pass); "Hello, Oscar here with AskUsNow!" (service only, 21); "Hi, you've reached Quinn at Ask Colorado" (23);
 *  inquiry: car/landline, branch, hospital or private office, veteran or over 65, open captions or a seat device, rent or
 *   own, fiction or nonfiction, borough, criminal/civil/family court, public or private college; a restatement with no
 *   question mark ("So you're after a bed-shaker alarm for a teenager …", 06: pass); no question at all before the source
 *   (10: fail); a question in a session that never gives a source (11: pass);
 *  waits: a hold ("Hang on while I look up the right office") answered exactly 120 s later (07: pass); "One sec, checking our
 *   Library of Things." answered 121 s later (08: fail); a hold at 60, the patron's "??" at 140, the answer at 185 (09: 125 s
 *   from the hold, the patron's line does not restart it: fail); a transfer notice answered 100 s later by the receiver (23:
 *   pass); a silent transfer, the receiver 131 s after the patron (24: fail, the internal note does not end the wait);
 *  endings: final idle of 119 s with "Are you still there?" (17: idle na); 185 s to a notice that invites back, with a check-in
 *   (18: both pass, the idle ending at that goodbye); 205 s to a notice with no check-in and no thanks (19: idle fails, notice
 *   passes, courteous fails); 179 s with a check-in that also thanks ("Still there? No rush — thanks for your patience either
 *   way.", 20: idle pass, notice na, courteous pass); a true Lost Call where the patron left at once, greeted at 30, notice
 *   that invites back at 160 with no check-in (28: 130 s, idle fails, notice na); a wrong Lost Call after two patron lines
 *   with check-in and notice (29: 190 s); "we can only take one question per chat and you've used yours up" (21: dismissal,
 *   courteous fails, patron "wow ok" last); "several other patrons are waiting … chat back in later or tomorrow … ¡Gracias!"
 *   (22: allowed); patron-side "thats everything", "No more questions", "thats all i needed", "that's all I needed", "eso es
 *   todo lo que necesitaba", "eso es todo", "no, es todo", "That is all for now", "thats all", "that is everything", and "yes
 *   thank u!!", "yes, thanks", "ya thx", "si perfecto 👍 gracias" that do not count; a patron "no, thats all. bye" after the
 *   provider's own "Anything else" with no goodbye from the provider (15: courteous fails);
 *  sources: mdrelay.org, tulsalibrary.org/events, ada.gov/es, hearingloss.org (and /espanol, /chapters), fda.gov/hearingaids,
 *   bcpl.info/events, hhs.texas.gov, vddhh.virginia.gov, cuyahogalibrary.org, kcls.org with two titles, fcc.gov, rid.org,
 *   captionfish.com, nypl.org/events, dclibrary.org/accessibility, captel.com, oregon.gov/puc, pgcmls.info with two titles,
 *   aacounty.org/fire, prattlibrary.org, askjan.org, eoss.asu.edu, chicagoplays.com, kcdhh.ky.gov, mpl.org, ftri.org; three
 *   apps named with no way to reach them (11: fail);
 *  referrals: "llamar a la oficina de servicios al paciente del hospital" (03: no contact, fail); VDDHH by phone and URL (07);
 *   CapTel customer service by phone and the Oregon program by URL (18); the fire department's smoke alarm program by URL and
 *   phone (20); ASU's accessibility office by URL and phone (24); the circuit clerk by phone and KCDHH by URL and phone (26);
 *   "I'll call around", "les paso su consulta … alguien de la sucursal le llama", "I'll check with the Bronx branches": no
 *   referral (13, 14, 16);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done 20 h after the end (12: pass); an e-mail promise
 *   read back with no time, coded Answered (13: code and contact fail, pending); FU_LIB in Spanish, the phone typed by the
 *   patron, "el jueves", not recorded at day 4 (14: contact pass, on_time fail); FU_ME with no contact anywhere, "by Friday",
 *   done after 80 h (15: code, contact and on_time fail); FU_ME with the e-mail only in `patron.email`, "by Wednesday", done
 *   exactly 72 h after the end (16: contact fails, code and on_time pass);
 *  codes: Practice (27); a true Lost Call (28); Lost Call after two patron messages (29: fail); `null` (30); none in the source
 *   (11: `resolutionCode: undefined`);
 *  transfers: notice + internal note that says why (23: pass); internal note only (24: fail); notice only (25: fail);
 *  concurrency: the receiving provider with three other chats open after the transfer (25: four, fail); a one-second chat
 *   overlapping two others at the start (26: four, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("Hola", "Buenos días", "buenas tardes") greet; "Soy Marisol, bibliotecaria de …", "le atiende Alma,
 *   bibliotecaria de …", "Soy Paz, bibliotecaria del chat de …", "Mi nombre es Chuy, de la Biblioteca …" identify; "¿Le sirve
 *   esta información?", "¿Le sirve?", "¿Le es útil?" and "¿Esto responde a su pregunta?" are the completeness question;
 *   "¿Necesita algo más?" asks whether the patron needs anything else; "eso es todo", "no, es todo" say explicitly that the
 *   patron is done; "ok gracias", "si perfecto 👍 gracias" do not;
 * - pickup exactly at `pickupSeconds` (60 s) passes ("≤"); a `followUps` entry exactly 72 h after `endedAt` is within
 *   `followUpHours` (16);
 * - "So you're after a bed-shaker alarm for a teenager who can't hear a regular alarm." restates the question (06);
 * - "Would that work for your event?" and "Does that sound right?" ask whether what was given meets the need (29, 09);
 * - "Still there? No rush — thanks for your patience either way." thanks the patron: closing.courteous asks only that one of
 *   the last two visible messages thanks, says goodbye or invites back (20: pass); the Goodbye term's "unless it also asks
 *   whether the patron is still there" governs where the final idle ends, so the idle runs to `endedAt` there (179 s);
 * - "Take care, and come back anytime!" invites back; "Looks like we got disconnected. I'm ending the chat now." only
 *   announces the end (19: not a goodbye, no thanks);
 * - an agency named with its phone for the patron to call ("CapTel's customer service handles caption problems:
 *   1-800-…", "Ask the Fayette County Circuit Clerk's office … their phone is …", "your son requests them through ASU's
 *   Student Accessibility … office, URL, phone") is a referral with a contact; "llamar a la oficina de servicios al paciente
 *   del hospital" is one with none (03);
 * - the staff member who calls or checks on the patron's behalf ("I'll also call around", "les paso su consulta", "I'll check
 *   with the Bronx branches") is no referral;
 * - the transfer session is judged for the receiving provider over her part (25: Vic's three other chats, all open after the
 *   transfer at 69 s, make four at once).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/sixtyFourthRoundDeaf-labels.ts). First run as labelled / disagreeing: 29 / 1 (case 24, referral.contact only).
 * Label corrections: 0 (case 24 reread against RUBRIC's Referral term and referral.contact: "Your son requests them through
 * ASU's Student Accessibility and Inclusive Learning Services: eoss.asu.edu/accessibility, 480-965-1234" tells the patron whom
 * to ask, an office outside the chat, with a URL and a phone: the label pass stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 24: "Your son requests them through ASU's Student Accessibility and Inclusive Learning Services:
 *    eoss.asu.edu/accessibility, 480-965-1234" read as no referral (na; RUBRIC pass: the patron is told to ask an office
 *    outside the chat, and it comes with a URL and a phone).
 * Every timing check (pickup at exactly 60 s, at 61 s, by `pickedUpAt` at 55 s; keep_informed at exactly 120 s after a hold,
 * 121 s after a hold, 125 s across a patron "??", 100 s after a transfer notice, 131 s across an internal note and a silent
 * transfer; final idles of 119, 130, 179, 185, 190 and 205 s; concurrency at four for the receiving provider after a
 * transfer and at four for one second; on_time done at 20 h, at exactly 72 h, at 80 h, unrecorded past the deadline, pending)
 * and every code (Practice, a true Lost Call, Lost Call after two patron messages, null, no codes in the source, a promise
 * under Answered, a follow-up code with no contact) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back, only in `patron.email`; a patron phone
 * typed in Spanish; agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running as labelled, 1 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): as on v57, 29 running, 1 LEFT
 *   (24).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-d', name: 'Dana', library: 'AUN' };
const ASLDESK: Prov = { id: 'asldesk-d', name: 'ASL-desk', library: 'TCCL' };
const MARISOL: Prov = { id: 'marisol-d', name: 'Marisol', library: 'LAPL' };
const OWEN: Prov = { id: 'owen-d', name: 'Owen', library: 'CML' };
const BRIGID: Prov = { id: 'brigid-d', name: 'Brigid', library: 'BCPL' };
const HECTOR: Prov = { id: 'hector-d', name: 'Hector', library: 'SAPL' };
const VERA: Prov = { id: 'vera-d', name: 'Vera', library: 'HCPL-VA' };
const ABE: Prov = { id: 'abe-d', name: 'Abe', library: 'CCPL' };
const JULES: Prov = { id: 'jules-d', name: 'Jules', library: 'KCLS' };
const PRU: Prov = { id: 'pru-d', name: 'Pru', library: 'SFPL' };
const DESHAWN: Prov = { id: 'deshawn-d', name: 'DeShawn', library: 'AFPL' };
const FIONA: Prov = { id: 'fiona-d', name: 'Fiona', library: 'MCPL' };
const GIDEON: Prov = { id: 'gideon-d', name: 'Gideon', library: 'EBRPL' };
const ALMA: Prov = { id: 'alma-d', name: 'Alma', library: 'HPL' };
const HUGO: Prov = { id: 'hugo-d', name: 'Hugo', library: 'AUN' };
const IRIS: Prov = { id: 'iris-d', name: 'Iris', library: 'NYPL' };
const CAL: Prov = { id: 'cal-d', name: 'Cal', library: 'DCPL' };
const LETTY: Prov = { id: 'letty-d', name: 'Letty', library: 'MCL' };
const MORRIS: Prov = { id: 'morris-d', name: 'Morris', library: 'PGCMLS' };
const NELL: Prov = { id: 'nell-d', name: 'Nell', library: 'AACPL' };
const OSCAR: Prov = { id: 'oscar-d', name: 'Oscar', library: 'EPFL' };
const PAZ: Prov = { id: 'paz-d', name: 'Paz', library: 'EPPL' };
const QUINN: Prov = { id: 'quinn-d', name: 'Quinn', library: 'ASKCO' };
const RUTH: Prov = { id: 'ruth-d', name: 'Ruth', library: 'DPL-CO' };
const SAUL: Prov = { id: 'saul-d', name: 'Saul', library: 'PCPL' };
const TESS: Prov = { id: 'tess-d', name: 'Tess', library: 'PCPL' };
const UMA: Prov = { id: 'uma-d', name: 'Uma', library: 'CPL' };
const VIC: Prov = { id: 'vic-d', name: 'Vic', library: 'CPL' };
const WREN: Prov = { id: 'wren-d', name: 'Wren', library: 'LPL-KY' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 7', library: 'TRN' };
const AHMED: Prov = { id: 'ahmed-d', name: 'Ahmed', library: 'FLP' };
const BEA: Prov = { id: 'bea-d', name: 'Bea', library: 'MPL' };
const CHUY: Prov = { id: 'chuy-d', name: 'Chuy', library: 'BCL' };

const s = session;

/** The queue's own line while the patron waits (system, no event). */
const queued = (sec: number): Line => [sec, 's', 'You are in the queue. A librarian will be with you shortly.'];

export const sixtyFourthRoundDeaf: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 a free captioned landline for a 78-year-old dad in Maryland: "Dana here, one of the reference librarians", landline or cell, mdrelay.org, "thats everything"', [
    [0, 'p', 'hi my dad is 78 and cant hear on the phone anymore, is there like a free captioned phone thing in maryland??'],
    [19, 'l', 'Hey, welcome to Ask Maryland — Dana here, one of the reference librarians on tonight.'],
    [25, 'l', 'Does he have a landline at home, or does he mostly use a cell phone?'],
    [58, 'p', 'landline, he hates the cell lol'],
    [65, 'l', 'Then the Maryland Accessible Telecommunications program is a good fit: it lends captioned landline phones free to eligible Maryland residents. The application and the eligibility rules are at mdrelay.org (Equipment > MAT Program).'],
    [70, 'l', 'Did that get you what you were after?'],
    [104, 'p', 'yes!! thats everything, tysm'],
    [110, 'l', 'My pleasure — good luck to your dad, and thanks for chatting!'],
  ], usual()),

  // 02 a greeting that names no one (screen name only)
  s(ASLDESK, '02 ASL classes to talk with a deaf nephew (chat-speak): "Hi there!! 👋" under the screen name ASL-desk, events calendar, "Anything else"', [
    [0, 'p', 'do u guys have asl clases?? i wanna learn to talk w my nephew hes deaf'],
    [14, 'l', 'Hi there!! 👋'],
    [20, 'l', 'Which branch are you closest to? A couple of ours run ASL groups.'],
    [49, 'p', 'eastside i think'],
    [56, 'l', 'Eastside has a free beginner ASL class on Thursday nights, 6:30–8, no sign-up needed. The schedule is on our events calendar at tulsalibrary.org/events (filter: "ASL"). Does that work for you?'],
    [90, 'p', 'omg yes'],
    [95, 'l', 'Anything else I can look up for you?'],
    [120, 'p', 'nah thats it'],
    [126, 'l', 'Have fun learning — bye for now!'],
  ], usual({ greeting: 'fail' })),

  // 03 Spanish; the hospital's patient office with no contact
  s(MARISOL, '03 intérprete de señas para la cita de cardiología de su mamá (Spanish): "Soy Marisol, bibliotecaria", ada.gov/es, "llamar a la oficina de servicios al paciente" sin contacto', [
    [0, 'p', 'hola, mi mamá es sorda y tiene cita con el cardiólogo la próxima semana. ¿el hospital tiene que darle intérprete de señas? no quieren'],
    [25, 'l', 'Hola, buenas tardes. Soy Marisol, bibliotecaria de la Biblioteca Pública de Los Ángeles. Con gusto le ayudo.'],
    [31, 'l', '¿La cita es en un hospital o en el consultorio privado de un médico?'],
    [70, 'p', 'en el hospital, es el del county'],
    [77, 'l', 'Bajo la ley ADA, los hospitales y consultorios deben proporcionar un intérprete de lengua de señas sin costo cuando hace falta para comunicarse bien. La guía en español del Departamento de Justicia está en ada.gov/es. Le recomiendo llamar a la oficina de servicios al paciente del hospital para pedirlo por escrito.'],
    [82, 'l', '¿Le sirve esta información?'],
    [125, 'p', 'sí, muchas gracias, eso es todo lo que necesitaba'],
    [131, 'l', '¡Para servirle! Que su mamá esté muy bien. Gracias por escribirnos.'],
  ], usual({ referral: 'fail' })),

  // 04 pickup at exactly 60 s
  s(OWEN, '04 help paying for hearing aids on a fixed income: pickup at exactly 60 s, veteran or over 65, hearingloss.org and fda.gov, "No more questions"', [
    [0, 'p', "Are there any programs that help pay for hearing aids? My insurance won't cover them and I'm on a fixed income."],
    [60, 'l', "Good morning, and thanks for writing to Ask Us Now. I'm Owen, a librarian at Charlotte Mecklenburg Library."],
    [66, 'l', 'Are you a veteran, or over 65? Some programs depend on that.'],
    [100, 'p', "I'm 67, not a veteran"],
    [107, 'l', 'The Hearing Loss Association of America keeps a list of financial assistance programs, Lions Clubs and state vocational rehab among them, at hearingloss.org (Hearing Help > Financial Assistance). And since 2022 over-the-counter hearing aids are sold without a prescription for a few hundred dollars; the FDA explains them at fda.gov/hearingaids.'],
    [113, 'l', 'Is that the kind of thing you were looking for?'],
    [150, 'p', 'Yes, very helpful. No more questions, thank you.'],
    [156, 'l', "You're welcome — goodbye, and take care!"],
  ], usual()),

  // 05 pickup at 61 s
  s(BRIGID, '05 captioned movie nights for a hard-of-hearing wife: pickup at 61 s, which branch, bcpl.info/events, "Anything else" then "no"', [
    [0, 'p', 'do any of ur movie nights have captions? my wife is hard of hearing'],
    [61, 'l', 'Hi! Brigid with Baltimore County Public Library here — sorry for the wait.'],
    [66, 'l', 'Which branch would you go to?'],
    [95, 'p', 'towson'],
    [101, 'l', 'Every film in the Towson Friday Flicks series is shown with open captions. The lineup is at bcpl.info/events (search "Friday Flicks"). Does that answer your question?'],
    [130, 'p', 'perfect ty'],
    [134, 'l', 'Anything else I can do for you?'],
    [150, 'p', 'no'],
    [155, 'l', 'Enjoy the movie — thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 06 pickedUpAt 55 s, first line at 88; a restatement without a question mark
  s(HECTOR, '06 a bed-shaker alarm for a deaf 15-year-old: pickedUpAt 55 s, first line at 88, "So you\'re after a bed-shaker alarm …", hhs.texas.gov STAP', [
    [0, 'p', "looking for an alarm clock for my deaf son that shakes the bed, he's 15 and sleeps thru everything"],
    [88, 'l', 'Hello, this is Hector at San Antonio Public Library, thanks for waiting.'],
    [94, 'l', "So you're after a bed-shaker alarm for a teenager who can't hear a regular alarm."],
    [120, 'p', 'yes exactly'],
    [126, 'l', 'Bed-shaker alarms (the Sonic Alert Sonic Boom is a common one) sit under the mattress and vibrate. Texas also gives eligible residents vouchers for alerting devices through its Specialized Telecommunications Assistance Program; the application is at hhs.texas.gov (search "STAP"). Did that help?'],
    [170, 'p', 'yea thanks'],
    [175, 'l', 'Anything else today?'],
    [190, 'p', 'nope thats all'],
    [195, 'l', 'Thanks, have a good one!'],
  ], usual(), { pickedUpAt: at(55) }),

  // 07 a hold answered exactly 120 s later; VDDHH by phone and URL
  s(VERA, '07 a deaf newcomer to Virginia looking for the state office: "Hang on while I look up …" answered exactly 120 s later, VDDHH by phone and vddhh.virginia.gov', [
    [0, 'p', "I just moved to Virginia and I'm deaf. Is there a state office for deaf people here? in Texas I had DARS"],
    [17, 'l', 'Hi, and welcome! This is Vera, a librarian with Henrico County Public Library.'],
    [23, 'l', 'Are you looking for job services, equipment, or interpreter help?'],
    [60, 'p', 'mostly interpreters for doctor visits and maybe a captioned phone'],
    [66, 'l', 'Hang on while I look up the right office for that.'],
    [186, 'l', "Virginia's office is the Virginia Department for the Deaf and Hard of Hearing (VDDHH). Contact them at 804-662-9502 (voice/TTY) or through vddhh.virginia.gov; they run the Technology Assistance Program for captioned phones and keep an interpreter directory. Does that help?"],
    [230, 'p', 'yes thats exactly what i needed'],
    [236, 'l', 'Anything else I can help you with?'],
    [260, 'p', 'no thank you'],
    [265, 'l', 'Welcome to Virginia, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 08 a hold answered 121 s later
  s(ABE, '08 borrowing a Pocketalker for book club: "One sec, checking our Library of Things." answered 121 s later, the catalog at cuyahogalibrary.org', [
    [0, 'p', 'does the library lend out those pocket talker amplifier things'],
    [20, 'l', "Hi, it's Abe at Cuyahoga County Public Library. Good question!"],
    [25, 'l', 'Are you asking for yourself, or for a program you run?'],
    [55, 'p', 'for me, at my book club at the parma branch'],
    [60, 'l', 'One sec, checking our Library of Things.'],
    [181, 'l', 'Yes: we lend Pocketalker personal amplifiers for two weeks, and Parma has one. You can place a hold in the catalog at cuyahogalibrary.org (search "Pocketalker"). Does that answer it?'],
    [220, 'p', 'yes great. thats all i needed'],
    [226, 'l', 'Thanks for chatting — enjoy book club!'],
  ], usual({ informed: 'fail' })),

  // 09 a hold, the patron's "??" inside the wait, the answer 125 s after the hold
  s(JULES, '09 a read-aloud for 4th graders about a deaf kid: hold at 60, patron "??" at 140, answer at 185 (125 s), two titles in kcls.org', [
    [0, 'p', 'im a teacher, need a good book for 4th graders about a deaf kid. not too sad pls'],
    [16, 'l', 'Hi there, Jules from KCLS Ask Us here!'],
    [22, 'l', 'Fiction or nonfiction, and is it for a read-aloud or for them to read alone?'],
    [52, 'p', 'read aloud, fiction'],
    [60, 'l', 'Let me dig through a few booklists, just a moment.'],
    [140, 'p', '??'],
    [185, 'l', 'Sorry for the wait! El Deafo by Cece Bell is a graphic memoir kids love, but for a read-aloud try "Song for a Whale" by Lynne Kelly, about a deaf girl who builds a song for a lonely whale. Both are in our catalog at kcls.org. Does that sound right?'],
    [230, 'p', 'song for a whale sounds perfect thank u'],
    [235, 'l', 'Anything else?'],
    [250, 'p', 'no'],
    [255, 'l', 'Happy reading, bye!'],
  ], usual({ informed: 'fail' })),

  // 10 no clarifying question before the source
  s(PRU, '10 calling a deaf friend\'s videophone from a regular phone: no question, the answer and fcc.gov at once, "thats all"', [
    [0, 'p', 'how do I call a deaf person who uses a videophone? I only have a regular phone'],
    [22, 'l', 'Hello! Pru here, reference librarian at San Francisco Public Library.'],
    [28, 'l', "Just dial the person's regular 10-digit number: a videophone number is routed through a video relay service, and an interpreter comes on to sign your words to them and voice theirs back to you. The FCC explains it at fcc.gov/consumers/guides/video-relay-services."],
    [34, 'l', 'Does that answer your question?'],
    [70, 'p', 'oh wow ok, yes. thats all, thanks'],
    [76, 'l', 'Thanks for asking, take care!'],
  ], usual({ clarify: 'fail' })),

  // 11 apps named with no way to reach them; no codes in the source
  s(DESHAWN, '11 a relay app for a signing cousin: smartphone or tablet, "Sorenson, Convo and ZVRS all have free apps" (no source), no codes in the source', [
    [0, 'p', 'whats the best app for my deaf cousin to call ppl, she signs'],
    [18, 'l', "Hi! You're chatting with DeShawn at Atlanta-Fulton Public Library."],
    [24, 'l', 'Does she use a smartphone or a tablet, and does she prefer ASL on video or typing?'],
    [55, 'p', 'phone, she signs ASL'],
    [61, 'l', "Then a video relay app is the way to go: Sorenson, Convo and ZVRS all have free apps, and the calls are paid for by the FCC's relay fund, so she never pays for the interpreter. She'll need to register for a 10-digit number with whichever one she picks."],
    [66, 'l', 'Did that help?'],
    [100, 'p', 'ya thx'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [125, 'l', 'Cool, take care and come back anytime!'],
  ], usual({ source: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 12 FU_ME, e-mail read back, "by tomorrow afternoon", done after 20 h
  s(FIONA, '12 a certified ASL interpreter for a church wedding: rid.org, e-mail typed and read back, "by tomorrow afternoon", FU_ME done after 20 h', [
    [0, 'p', 'Hello, our church is having a deaf couple married in June. Where can we find a certified ASL interpreter in Montgomery County?'],
    [21, 'l', 'Good afternoon! Fiona here, a librarian with Montgomery County Public Libraries.'],
    [27, 'l', 'Which date in June, and will the ceremony and the reception both need interpreting?'],
    [70, 'p', 'June 14, both, about 5 hours total'],
    [77, 'l', "The Registry of Interpreters for the Deaf has a searchable directory of certified interpreters at rid.org (Find an Interpreter). I'd also like to put together a short list of local agencies with their rates, and e-mail it to you by tomorrow afternoon. What address should I use?"],
    [120, 'p', 'sure, its grace.okafor@example.org'],
    [126, 'l', "Got it: grace.okafor@example.org. You'll have it by tomorrow afternoon. Does the RID directory help in the meantime?"],
    [160, 'p', 'Yes, thank you so much. That is all for now.'],
    [166, 'l', 'Thank you, and congratulations to the couple!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(171 + 20 * HOUR), by: 'fiona-d', note: 'sent agency list' }] }, { now: T0 + 4 * DAY }),

  // 13 a promise with the e-mail read back but no time, coded Answered
  s(GIDEON, '13 open-caption showings of a Pixar movie in Baton Rouge: captionfish.com, "I\'ll also call around and e-mail you", e-mail read back, no when, coded Answered', [
    [0, 'p', 'hi r there any captioned showings of the new pixar movie in baton rouge? my daughter is deaf'],
    [19, 'l', 'Hey! Gideon at East Baton Rouge Parish Library, happy to help.'],
    [25, 'l', 'Would you want open captions on the screen, or is a caption device at the seat OK for her?'],
    [60, 'p', 'open captions if possible she hates the little screen thing'],
    [67, 'l', "Theaters post open-caption times on CaptionFish, captionfish.com: search your zip code and the movie. I'll also call around and e-mail you what I find about open-caption showings. What's your e-mail?"],
    [110, 'p', 'tasha.b@example.net'],
    [115, 'l', 'tasha.b@example.net, got it. Does CaptionFish help for now?'],
    [150, 'p', 'yes thank u!!'],
    [155, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 Spanish; FU_LIB, the phone typed by the patron, "el jueves", not recorded by day 4
  s(ALMA, '14 clases de lectura labial en español en Houston (Spanish): la sucursal de Alief llamará "el jueves", teléfono escrito por el paciente, FU_LIB sin registrar al día 4', [
    [0, 'p', 'buenos dias, mi esposo perdio la audicion y busca clases de lectura de labios en español en houston, hay algo?'],
    [23, 'l', 'Buenos días, le atiende Alma, bibliotecaria de la Biblioteca Pública de Houston.'],
    [29, 'l', '¿Busca clases presenciales o le sirven en línea? ¿Y en qué parte de la ciudad viven?'],
    [70, 'p', 'presencial mejor, vivimos en alief'],
    [78, 'l', 'No encuentro clases de lectura labial en español en nuestro calendario. La sucursal de Alief conoce los grupos de la zona: si le parece, les paso su consulta y alguien de la sucursal le llama el jueves con lo que encuentre. ¿A qué número le pueden llamar?'],
    [120, 'p', 'al 713-555-0187 por favor'],
    [126, 'l', 'Perfecto, la sucursal le llamará el jueves. Mientras tanto, la Hearing Loss Association of America tiene recursos en español en hearingloss.org/espanol. ¿Le es útil?'],
    [170, 'p', 'si gracias, eso es todo'],
    [175, 'l', '¡Con mucho gusto! Gracias por escribirnos, que tengan buen día.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 15 FU_ME with no contact anywhere, "by Friday", done after 80 h; the patron has the last word
  s(HUGO, '15 a cochlear implant support group in Maryland: hearingloss.org/chapters, "get back to you by Friday" with no contact, FU_ME done after 80 h, patron "no, thats all. bye" last', [
    [0, 'p', "Hi. I'm hard of hearing and want to find a support group for adults with cochlear implants in Maryland. Any ideas?"],
    [24, 'l', "Hi there, this is Hugo with AskUsNow!, Maryland's statewide library chat."],
    [30, 'l', 'Are you looking for in-person meetings, or would an online group work too?'],
    [65, 'p', 'either is fine honestly'],
    [72, 'l', "The Hearing Loss Association of America lists its Maryland chapters at hearingloss.org/chapters. I'll check which of them have cochlear implant meetups and get back to you by Friday."],
    [78, 'l', 'Does the chapter list help for now?'],
    [110, 'p', 'yes, thanks'],
    [116, 'l', 'Anything else I can help with today?'],
    [135, 'p', 'no, thats all. bye'],
  ], usual({ courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(140 + 80 * HOUR), by: 'hugo-d', note: 'no contact; left a note' }] }, { now: T0 + 5 * DAY }),

  // 16 FU_ME, e-mail only in patron.email, "by Wednesday", done exactly 72 h after the end
  s(IRIS, '16 ASL storytime for a deaf 4-year-old in the Bronx: nypl.org/events, "the e-mail on your account by Wednesday" (only in patron.email), FU_ME done at exactly 72 h', [
    [0, 'p', 'does nypl have ASL storytimes for kids? my son is 4 and deaf, we sign at home'],
    [18, 'l', "Hi! I'm Iris, a children's librarian with NYPL's Ask NYPL chat."],
    [24, 'l', 'Which borough are you in?'],
    [50, 'p', 'bronx'],
    [57, 'l', 'Our events calendar at nypl.org/events lets you filter by "ASL"; right now the monthly ASL storytime is at the Stavros Niarchos Foundation Library. I\'ll check with the Bronx branches about anything closer and send what I find to the e-mail on your account by Wednesday.'],
    [63, 'l', 'Is that helpful so far?'],
    [95, 'p', 'yes thank you! that is everything'],
    [101, 'l', 'Thanks so much — bye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'ana.rivera@example.com', phone: null }, followUps: [{ doneAt: at(106 + 72 * HOUR), by: 'iris-d', note: 'sent Bronx ASL events' }],
  }, { now: T0 + 5 * DAY }),

  // 17 final idle of 119 s with a check-in
  s(CAL, '17 CART captioning for an author talk at MLK: dclibrary.org/accessibility, "Are you still there?" at 150, final idle 119 s (endedAt 184), no thanks', [
    [0, 'p', 'can i get CART captioning for a library program? theres an author talk next week'],
    [20, 'l', 'Hello! Cal at DC Public Library, thanks for reaching out.'],
    [26, 'l', 'Which program is it — the date and the branch?'],
    [58, 'p', 'the one at MLK library on tuesday the 10th'],
    [65, 'l', "You can request CART or an ASL interpreter for any DCPL program with our accessibility request form at dclibrary.org/accessibility; it asks for 7 days' notice, so you're just in time. Does that answer your question?"],
    [150, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endedAt: at(184) }),

  // 18 final idle of 185 s: a check-in, then a notice that invites back
  s(LETTY, '18 a free CapTel whose captions stopped in Oregon: CapTel support by phone, the state program by URL, "Still with me?", notice that invites back (185 s)', [
    [0, 'p', 'hiii so my grandma got a free captioned phone thru oregon and the captions stopped working, who do i call'],
    [15, 'l', "Hi! This is Letty, a librarian at Multnomah County Library."],
    [21, 'l', 'Do you know which brand it is, CapTel or ClearCaptions? It should say on the front.'],
    [55, 'p', 'captel'],
    [62, 'l', "CapTel's customer service handles caption problems: call them at 1-800-233-9130, or see captel.com/support. Since the phone came through Oregon's Telecommunication Devices Access Program, that program can also swap a broken one: oregon.gov/puc (Telecommunications Devices Access Program). Does that help?"],
    [140, 'l', 'Still with me?'],
    [247, 'l', "It looks like you've left the chat, so I'll close it now. Come back any time!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 19 final idle of 205 s: a notice with no check-in and no thanks
  s(MORRIS, '19 large-print lipreading books for an uncle: two titles in pgcmls.info, "Looks like we got disconnected. I\'m ending the chat now." (205 s, no check-in)', [
    [0, 'p', 'any books on lipreading for adults who lost hearing late? for my uncle'],
    [22, 'l', "Good evening! Morris with Prince George's County Memorial Library System."],
    [28, 'l', 'Does he prefer regular print, large print, or something with video practice?'],
    [60, 'p', 'large print if u have'],
    [80, 'l', '"Speechreading: A Way to Improve Understanding" by Harriet Kaplan is the classic, and "Lipreading Made Easy" comes in large print; both are in the catalog at pgcmls.info. Does that answer your question?'],
    [280, 'l', "Looks like we got disconnected. I'm ending the chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 final idle of 179 s: a check-in that thanks
  s(NELL, '20 a free strobe smoke alarm for a deaf renter in Glen Burnie: the fire department by URL and phone, "Still there? No rush — thanks for your patience" (179 s)', [
    [0, 'p', "Where can I get a free smoke alarm with a strobe light? I'm deaf and live alone in Glen Burnie."],
    [17, 'l', "Hi, thanks for using Ask a Librarian! I'm Nell at Anne Arundel County Public Library."],
    [23, 'l', 'Do you rent or own your home?'],
    [50, 'p', 'I rent'],
    [57, 'l', 'The Anne Arundel County Fire Department installs free smoke alarms, including strobe models for deaf residents, for renters too: request one at aacounty.org/fire (Smoke Alarm Program) or call 410-222-8200. Did that help?'],
    [150, 'l', 'Still there? No rush — thanks for your patience either way.'],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' }), { endedAt: at(236) }),

  // 21 "one question per chat"
  s(OSCAR, '21 hearing loops at the Pratt, then borrowing and buying: "we can only take one question per chat and you\'ve used yours up", patron "wow ok" last', [
    [0, 'p', 'what assistive listening systems does the library have in its meeting rooms'],
    [20, 'l', 'Hello, Oscar here with AskUsNow!'],
    [25, 'l', 'Which branch are you planning to book?'],
    [50, 'p', 'the central one. also can i borrow one for church, and does it work with my t-coil, and where can i buy one'],
    [57, 'l', "Central's meeting rooms have hearing loops that work with a t-coil; the room details are at prattlibrary.org/meeting-rooms. Did that help?"],
    [90, 'p', 'ok but what about borrowing and buying one'],
    [95, 'l', "Sorry, we can only take one question per chat and you've used yours up."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 partly Spanish; other patrons waiting, invited back
  s(PAZ, '22 el programa de equipo gratis de Texas para una niña sorda (partly Spanish, emoji): hhs.texas.gov STAP, "several other patrons are waiting … chat back in later"', [
    [0, 'p', 'hi, mi hija es sorda, necesito saber del programa de equipo gratis en texas 🙏'],
    [19, 'l', '¡Hola! Soy Paz, bibliotecaria del chat de la Biblioteca Pública de El Paso. Hi! I can help in English or Spanish.'],
    [25, 'l', '¿Qué edad tiene su hija? Some equipment depends on age.'],
    [60, 'p', '9 años'],
    [67, 'l', 'Texas\' Specialized Telecommunications Assistance Program (STAP) gives vouchers for phones and alerting devices; kids can apply with a parent. La solicitud está en hhs.texas.gov (busque "STAP"). ¿Le sirve?'],
    [100, 'p', 'si! y tambien audifonos? y interpretes en la escuela? y el camp de verano para niños sordos? y...'],
    [107, 'l', 'Muy buenas preguntas 🙂 Right now several other patrons are waiting for me, so please chat back in later or tomorrow and we can go through them one by one. ¡Gracias por su paciencia!'],
    [120, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 23 a transfer with a notice and a note that says why
  s(QUINN, '23 workplace accommodations for a nurse losing her hearing: notice + internal note why, Ruth answers 100 s after the notice, askjan.org', [
    [0, 'p', "I'm going deaf from Meniere's and I want to keep my job as a nurse. What accommodations can I ask for?"],
    [21, 'l', "Hi, you've reached Quinn at Ask Colorado, the state's library chat."],
    [27, 'l', 'Is your employer a hospital, and do you know roughly how many people work there?'],
    [66, 'p', 'big hospital in aurora, thousands'],
    [72, 'l', "My colleague Ruth is our disability-and-employment specialist, so I'm passing you to her now. One moment!"],
    [75, 'i', 'Ruth, nurse with progressive hearing loss wants workplace accommodations under the ADA; employment q, can you take it?'],
    xfer(78, 'Ruth', 'ruth-d'),
    [172, 'l', 'Hi, Ruth here, a librarian with Denver Public Library. The Job Accommodation Network has a page for nurses with hearing loss — amplified and visual-display stethoscopes, captioned phones, CART for meetings — at askjan.org (A-Z of Disabilities > Hearing Impairment). Is this the kind of thing you need?', as(RUTH)],
    [220, 'p', "yes this is great. that's all I needed, thank you"],
    [226, 'l', 'Thank you, and best of luck!', as(RUTH)],
  ], usual({ transfer: 'pass' })),

  // 24 a silent transfer; the receiver 131 s after the patron; ASU's office by URL and phone
  s(SAUL, '24 who pays for interpreters at ASU: internal note only, silent transfer, Tess 131 s after the patron, the accessibility office by URL and phone', [
    [0, 'p', 'my son is deaf and starting college in fall. does the college have to pay for interpreters or is that us'],
    [18, 'l', "Hello! I'm Saul, a librarian at Pima County Public Library."],
    [24, 'l', 'Is it a public or a private college, and in Arizona?'],
    [55, 'p', 'public, ASU'],
    [60, 'i', 'Tess, college disability services q (interpreters at ASU), you wrote the ADA guide — can you take this one?'],
    xfer(63, 'Tess', 'tess-d'),
    [186, 'l', "Hi, this is Tess, also at Pima County Public Library. Public colleges have to provide interpreters at no cost to the student under the ADA and Section 504. Your son requests them through ASU's Student Accessibility and Inclusive Learning Services: eoss.asu.edu/accessibility, 480-965-1234. Does that help?", as(TESS)],
    [230, 'p', 'yes thats everything, thanks so much'],
    [236, 'l', 'Thanks for chatting, and good luck to him!', as(TESS)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  // 25 an announced transfer with no internal note; the receiver with three other chats open (four)
  s(UMA, '25 captioned live theater in Chicago in March: "transferring you to Vic … hold on", no internal note, chicagoplays.com, Vic with three other chats open (four)', [
    [0, 'p', 'Is there a list of theaters in Chicago with live theater captioning (not movies)?'],
    [20, 'l', 'Hi, this is Uma at Chicago Public Library — thanks for your question!'],
    [26, 'l', 'Are you looking for a particular show or month?'],
    [60, 'p', 'anything in march'],
    [66, 'l', "I'm transferring you to Vic, who does our performing arts questions — hold on just a moment."],
    xfer(69, 'Vic', 'vic-d'),
    [130, 'l', "Hey, Vic here with Chicago Public Library. Chicago theaters list their open-captioned and ASL-interpreted performances on the League of Chicago Theatres' access calendar at chicagoplays.com (Accessibility). Did that give you what you need?", as(VIC)],
    [175, 'p', 'yes perfect, thats all I needed'],
    [181, 'l', 'Enjoy the show, bye!', as(VIC)],
  ], usual({ concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vic-d', 50, 400), other('v2', 'vic-d', 60, 400), other('v3', 'vic-d', 100, 400)],
  }),

  // 26 four at once for one second at the start; the circuit clerk and KCDHH with contacts
  s(WREN, '26 an ASL interpreter for family court in Lexington: the circuit clerk by phone, kcdhh.ky.gov, a one-second chat overlapping two others (four)', [
    [0, 'p', 'hey who do i contact about getting an interpreter for my court date? im deaf, in lexington ky'],
    [14, 'l', "Hi! Wren at the Lexington Public Library's Ask Us chat here."],
    [20, 'l', 'Is it a criminal, civil or family court case, and do you know the date?'],
    [55, 'p', 'family court, april 3'],
    [62, 'l', "Kentucky courts provide an ASL interpreter free of charge. Ask the Fayette Circuit Clerk's office to request one as soon as you can — their phone is 859-246-2141 — and the Kentucky Commission on the Deaf and Hard of Hearing (kcdhh.ky.gov, 502-573-2604) can help if there's a problem. Does that help?"],
    [100, 'p', 'yes thank u, thats all'],
    [106, 'l', 'Good luck on the 3rd — thanks for chatting!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('w1', 'wren-d', -500, 10), other('w2', 'wren-d', 5, 900), other('w3', 'wren-d', 8, 9)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (relay canned answer test): coded Practice, every check na', [
    [0, 'p', 'test 1 2 — relay question'],
    [6, 'l', 'Hi, trainee here, testing the 711 relay macro.'],
    [12, 'l', 'Dial 711 from any phone to reach Telecommunications Relay Service: fcc.gov/711'],
    [20, 'p', 'macro works, link ok'],
    [26, 'l', 'Great, ending practice.'],
    [30, 'p', 'bye'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 a true Lost Call: the patron left at once; a notice that invites back with no check-in (130 s)
  s(AHMED, '28 the captioned phone application form (Lost Call): patron left at 10, greeting at 30, notice that invites back at 160 with no check-in (130 s)', [
    [0, 'p', 'do u have the captioned phone application form'],
    queued(2),
    left(10),
    [30, 'l', 'Hello, this is Ahmed, a librarian with the Free Library of Philadelphia.'],
    [95, 'i', 'pt already left, anyone have the PA TDDP form link handy for next time?'],
    [160, 'l', "It seems you've disconnected, so I'm closing this chat. Feel free to write back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 Lost Call after two patron messages; check-in and notice (190 s)
  s(BEA, '29 a portable FM listening kit for a church event: mpl.org/accessibility, "Would that work for your event?", "Are you still there?", notice with thanks (190 s), coded Lost Call', [
    [0, 'p', 'does the library loan out assistive listening devices for events'],
    [16, 'l', 'Hi, Bea here, a reference librarian at Milwaukee Public Library!'],
    [22, 'l', 'Is this for an event at the library, or one you are hosting somewhere else?'],
    [50, 'p', 'one im hosting at my church'],
    [60, 'l', 'Our Central Library lends a portable FM listening kit with 8 receivers to community groups for up to a week; the loan form is at mpl.org/accessibility. Would that work for your event?'],
    [150, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you've disconnected, so I'll end this session. Thanks for chatting with us!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 Spanish; code null
  s(CHUY, '30 relevo de español a español en Florida (Spanish): "Mi nombre es Chuy", texto o video, ftri.org, "¿Necesita algo más?", código null', [
    [0, 'p', 'buenas, soy sordo y quiero llamar al doctor. hay un servicio de relevo en español? estoy en florida'],
    [20, 'l', 'Hola, gracias por comunicarse con Ask a Librarian de Florida. Mi nombre es Chuy, de Broward County Library.'],
    [26, 'l', '¿Prefiere escribir (texto) o usar lengua de señas por video?'],
    [60, 'p', 'texto, no se lengua de señas bien'],
    [66, 'l', 'Puede marcar 711 desde su teléfono de texto y pedir "español": Florida Relay ofrece retransmisión de español a español. Las instrucciones están en ftri.org (Relay > Español). FTRI también presta teléfonos con subtítulos gratis.'],
    [72, 'l', '¿Esto responde a su pregunta?'],
    [110, 'p', 'si perfecto 👍 gracias'],
    [116, 'l', '¿Necesita algo más?'],
    [135, 'p', 'no, es todo'],
    [140, 'l', '¡Que le vaya bien! Gracias por escribirnos.'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundDeaf.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('24')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "Your son requests them through ASU\'s Student Accessibility and Inclusive Learning Services: eoss.asu.edu/accessibility, 480-965-1234" (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office"; referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)")',
};

describe('sixty-fourth round: deaf and hard-of-hearing services, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundDeaf.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundDeaf.filter((c) => c.name in LEFT_WHY));
});
