/**
 * Sixty-second round, theme DENTAL CARE, checked: 30 whole sessions no one had written, from public library and statewide
 * "ask a librarian" chats: sliding-scale and low-cost clinics (Springfield MO, Fargo, Cuyahoga County, a Baltimore
 * extraction), dental schools (Iowa cleanings, VCU orthodontics for a 12-year-old, Pitt's after-hours line, a root canal's
 * price), Medicaid and CHIP dental (Ohio dentures, Texas CHIP in Spanish, Apple Health for a Spanish-speaking mother in
 * Yakima, Idaho Smiles, PeachCare, Health First Colorado sealants, Medi-Cal Dental in Elk Grove, Spokane dentures, a Medicare
 * question that turns into a list), school sealant programs (Iowa I-Smile, a form sent home in Florida), finding a dentist
 * who takes a plan (Cigna PPO in Tucson, Delta Dental in Worcester), dental records (a retired Rockford dentist, a closed
 * practice in Eugene, Maryland records e-mailed), fluoride in the water (Lawrence KS, a town vote, a well in Wisconsin) and
 * dental emergencies at night (a swollen face in Pittsburgh at 11 pm, a Sunday in Columbus with no one on). Every one of the
 * 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtySecondRoundDental-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! You've reached Deb …" (01); picked up at 61 s (03: fail) and at exactly 60 s (04: pass);
 *   Spanish "¡Buenas tardes! Soy Marisol, bibliotecaria del servicio …" (04); "Hey there!" under the screen name "AskDesk"
 *   (05: names no one, fail); "This is Ken at Lawrence Public Library." with no greeting word (06: fail); "Hi, thanks for
 *   contacting AskUsNow! I'm Dina, a librarian." (24); chat-speak "hiya, Zed at Richmond Public Library here 😊" under the
 *   screen name "zed_rpl" (18); mixed "Hi! Soy Lupe, librarian at …" (09) and "Hola, welcome to Ask Now! Soy Gabi …" (27);
 *   "Welcome to Ask a Librarian! Ida here, at …" (29); `pickedUpAt` at 45 s with the first line at 190 (30); no provider
 *   ever joined (20);
 *  inquiry: child or adult, insurance or plan, city, county, the practice's name, the school district, which plan, grade,
 *   age; the first source given before "Which Delta plan are you on …?" (26: fail); a restatement with no question mark
 *   ("So you need a dentist in or near Elk Grove who takes Medi-Cal Dental for an adult extraction.", 27: pass); a question
 *   that offers an order of work ("Would you like me to start with the Medicaid list?", 14: pass);
 *  waits: "gimme a sec to pull up …" answered 121 s later (02: fail); a Spanish hold "Un momentito, lo busco." answered
 *   104 s later (04); a hold, the patron's "??" inside it, a partial-result hold 115 s later and the answer exactly 120 s
 *   after that (28: pass); a patron line at 100, "hello?" at 180 and the answer at 225 (29: 125 s, the second line does not
 *   restart the wait: fail); a transfer notice answered by the receiver 92 s (15) and 84 s (16) later; 145 s between
 *   `pickedUpAt` and the first visible line (30: fail);
 *  endings: a Lost Call with a greeting, "Are you still there?" at 140 and "It seems we've lost the connection, so I'll be
 *   closing this chat now." at 330 (11: idle and notice pass, no thanks or goodbye among the last two lines: courteous
 *   fails); "Still there?" then a goodbye 190 s after the answer (21: idle pass, disconnect fails); the session ending
 *   exactly 120 s after the answer with no check-in (22: idle fails); "Are you still there? If not, thanks for chatting and
 *   take care!" as the last line and the end 70 s later (23: final idle 190 s, idle pass, disconnect fails, courteous
 *   passes); the patron's "yes!! thx thats everything" as the last line (24: courteous fails); "Chats are limited to 10
 *   minutes and we're at the limit, so I'll have to end here." (13: dismissal fails); "There are other patrons waiting …
 *   Please chat back in later for the rest, or call our Information Desk …" (14: allowed); goodbyes "Take care, and thanks
 *   for reaching out!", "Feel better, goodnight!", "talk soon!", "bye! have a good one", "¡Con gusto! Gracias por
 *   escribirnos …", "¡De nada! Thanks for chatting, adiós.", "Thanks for your patience, take care!"; patron-side "nope thats
 *   it", "thats all i needed", "eso es todo", "that's everything", "thats all", and "yea", "ok yes calling them now", "ok sí
 *   gracias", "?? wow ok" that do not count;
 *  sources: HRSA's health center finder, clinic, school and health-department pages, Medicaid/CHIP plan searches
 *   (hca.wa.gov, idahosmiles.com, smilecalifornia.org, healthfirstcolorado.com, peachcare.org, hhs.nd.gov), insurer
 *   directories, CDC's My Water's Fluoride, PubMed and a named Cochrane review, licensing-board pages; none (25: a plain
 *   answer from knowledge, fail);
 *  referrals: "Call the Pitt School of Dental Medicine's after-hours emergency line at 412-555-0190" with "go to the nearest
 *   emergency room tonight" without a contact (07: fail, every party needs one); "puede llamar al 2-1-1" (04: pass); the
 *   library's own Information Desk by phone (14: pass); "ask the school nurse" (25: fail); an outreach librarian who will
 *   call the patron (09: staff acting for the patron, no referral); organisations named with a site and no instruction to
 *   contact them (01, 09, 28: no referral);
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done at 40 h (08: pass); FU_LIB, phone read back, "She will call
 *   you." with no when (09: contact fails, code passes, on_time pending at day 1); a promise to e-mail coded Answered, e-mail
 *   read back, "within 72 hours", nothing recorded by day 5 (10: code and on_time fail, contact passes);
 *  codes: a true Lost Call (11); Lost Call after three patron lines (12); null with no provider (20); an empty string (24);
 *   Practice (19);
 *  transfers: a notice (a hold) and an internal note that says why (15: pass); a notice with no internal note (16: fail);
 *  concurrency: three others open at 100-125 s, four at once (17: fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there!" greets but identifies no one, the screen name aside (05); "This is Ken at Lawrence Public Library."
 *   identifies but greets in none of RUBRIC's ways (hello, hi, good afternoon, welcome, thanks for contacting) (06: fail);
 *   "Hi, thanks for contacting AskUsNow! I'm Dina, a librarian." both (24);
 * - "go to the nearest emergency room tonight" tells the patron to visit an organisation outside the chat, with no way to
 *   reach it, so not every party comes with a contact (07: fail); "ask the school nurse" tells the patron to ask a person
 *   (25: fail); "puede llamar al 2-1-1 (opción 2)" refers by phone (04); naming an organisation and its site ("Yakima
 *   Neighborhood Health Services has Spanish-speaking dental staff", "CHAS Health's dental clinics (chas.org) do dentures as
 *   well") tells the patron to contact no one (09, 28: na);
 * - "Our outreach librarian … Can she call you?" / "She will call you." is a promise that someone from the library will
 *   contact the patron (a follow-up session) and staff acting for the patron, not a referral (09);
 * - "Chats are limited to 10 minutes and we're at the limit, so I'll have to end here." tells the patron their time is up,
 *   with no way back (13: fail);
 * - "Are you still there? If not, thanks for chatting and take care!" is no goodbye by the Terms (it asks whether the
 *   patron is still there), so the final idle runs to `endedAt` (190 s: the disconnect notice applies and is missing), while
 *   closing.courteous, whose rule asks only that one of the last two lines thank the patron, passes (23);
 * - "After pickup (the wait before pickup is approachability.pickup's alone)": with `pickedUpAt` at 45 s and the first
 *   visible line at 190, the patron waited on the provider 145 s after pickup (30: fail); the patron's second line
 *   ("hello?") does not restart the wait (29); a span of exactly 120 s is not "longer" (28: pass);
 * - a final idle of exactly 120 s is "≥ idleCheckSeconds" (22: applies, fails);
 * - "Is this the kind of place you were hoping to find?", "Does that point you in the right direction?", "Does that cover
 *   the Medicaid part?", "Does that answer the first part?", "¿Le sirve esta información?" ask whether what was given meets
 *   the need; "Does that help?" after a plain answer with no source counts too (25: followup.completeness asks about a
 *   "source or answer");
 * - a restatement with no question mark counts as clarifying (27), as RUBRIC's "restates the question" says.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/sixtySecondRoundDental-labels.ts).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). Every timing check (pickup at 60, 61 and by `pickedUpAt`, no provider;
 * keep_informed at 121, 120, 115, 125 and 145 s after pickup, across a Spanish hold, a partial-result hold and two
 * transfers; final idles of exactly 120, 190 ended by a goodbye, 190 past a "still there? if not, thanks" line and 317 s;
 * concurrency at four and at touching ends; on_time done at 40 h, missed by day 5, pending at day 1) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every case (two patron e-mails and a patron phone
 * typed and read back, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft); `npx tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): as on v55, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DEB: Prov = { id: 'deb-d', name: 'Deb', library: 'SGCL' };
const ELI: Prov = { id: 'eli-d', name: 'Eli', library: 'UIHL' };
const FAY: Prov = { id: 'fay-d', name: 'Fay', library: 'KIN-OH' };
const MARISOL: Prov = { id: 'marisol-d', name: 'Marisol', library: 'SAPL' };
const ASKDESK: Prov = { id: 'askdesk-d', name: 'AskDesk', library: 'RPL-IL' };
const KEN: Prov = { id: 'ken-d', name: 'Ken', library: 'LPL-KS' };
const NORA: Prov = { id: 'nora-d', name: 'Nora', library: 'AHPA' };
const OWEN: Prov = { id: 'owen-d', name: 'Owen', library: 'ANSL' };
const LUPE: Prov = { id: 'lupe-d', name: 'Lupe', library: 'YVL' };
const PETE: Prov = { id: 'pete-d', name: 'Pete', library: 'DMPL' };
const RAY: Prov = { id: 'ray-d', name: 'Ray', library: 'EPFL' };
const SAM: Prov = { id: 'sam-d', name: 'Sam', library: 'DEL' };
const TESS: Prov = { id: 'tess-d', name: 'Tess', library: 'OCL-NJ' };
const UNA: Prov = { id: 'una-d', name: 'Una', library: 'FPL-ND' };
const VERA: Prov = { id: 'vera-d', name: 'Vera', library: 'HCL' };
const WEN: Prov = { id: 'wen-d', name: 'Wen', library: 'HCL' };
const WADE: Prov = { id: 'wade-d', name: 'Wade', library: 'ACL-ID' };
const XI: Prov = { id: 'xi-d', name: 'Xi', library: 'ACL-ID' };
const YARA: Prov = { id: 'yara-d', name: 'Yara', library: 'PCPL' };
const ZED: Prov = { id: 'zed-d', name: 'zed_rpl', library: 'RPL-VA' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'KIN-OH' };
const ABBY: Prov = { id: 'abby-d', name: 'Abby', library: 'CCPL-OH' };
const BEN: Prov = { id: 'ben-d', name: 'Ben', library: 'GCPL' };
const CORA: Prov = { id: 'cora-d', name: 'Cora', library: 'ASKCO' };
const DINA: Prov = { id: 'dina-d', name: 'Dina', library: 'AUN' };
const ELLA: Prov = { id: 'ella-d', name: 'Ella', library: 'AAL-FL' };
const FINN: Prov = { id: 'finn-d', name: 'Finn', library: 'WPL-MA' };
const GABI: Prov = { id: 'gabi-d', name: 'Gabi', library: 'SPL-CA' };
const HUGO: Prov = { id: 'hugo-d', name: 'Hugo', library: 'SCLD' };
const IDA: Prov = { id: 'ida-d', name: 'Ida', library: 'BCL-WI' };
const JADE: Prov = { id: 'jade-d', name: 'Jade', library: 'AUN' };

const s = session;

export const sixtySecondRoundDental: SessionCase[] = [
  // 01 the plain good session
  s(DEB, '01 sliding-scale clinic in Greene County MO: "You\'ve reached Deb", child or adult asked, HRSA finder + Jordan Valley, "nope thats it"', [
    [0, 'p', 'hi i need a dentist but no insurance, is there like a cheap clinic or sliding scale?? in greene county'],
    [25, 'l', "Good morning! You've reached Deb, a reference librarian with Springfield-Greene County Library."],
    [31, 'l', 'Is this for you or for a child? Some clinics only see kids.'],
    [70, 'p', 'for me, im 34'],
    [78, 'l', "The federal health center finder lists sliding-fee clinics by ZIP code, and most of them have dental: findahealthcenter.hrsa.gov. In Springfield, Jordan Valley Community Health Center is one of them; their dental page is jordanvalley.org/dental."],
    [84, 'l', 'Is this the kind of place you were hoping to find?'],
    [130, 'p', 'yes perfect, jordan valley is close to me'],
    [136, 'l', 'Anything else I can dig up for you?'],
    [160, 'p', 'nope thats it'],
    [165, 'l', 'Take care, and thanks for reaching out!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(ELI, '02 cleaning at the Iowa dental school: "gimme a sec to pull up the College of Dentistry patient info" answered 121 s later', [
    [0, 'p', 'does the dental school in town do cleanings for cheap? im a grad student'],
    [20, 'l', 'Hi, this is Eli at Hardin Library for the Health Sciences.'],
    [27, 'l', 'Are you after a routine cleaning, or is something bothering a tooth right now?'],
    [64, 'p', 'just a cleaning, its been like 3 yrs lol'],
    [70, 'l', 'gimme a sec to pull up the College of Dentistry patient info'],
    [191, 'l', 'Sorry for the wait! Dental students do cleanings under faculty supervision at reduced fees, and new patients start with a screening visit. Details are on dentistry.uiowa.edu (Patient Care > Become a Patient).'],
    [197, 'l', 'Did that help?'],
    [240, 'p', 'yeah ty'],
    [245, 'l', 'Anything else?'],
    [262, 'p', 'no'],
    [266, 'l', 'Ok, good luck with the appointment, bye!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at 61 s
  s(FAY, '03 Ohio Medicaid dentures through CareSource: picked up at 61 s, plan asked, "yes thanks thats all i needed"', [
    [0, 'p', 'does ohio medicaid cover dentures for adults'],
    [61, 'l', 'Hello, and sorry to keep you waiting. Fay with KnowItNow here.'],
    [67, 'l', 'Are you on traditional Medicaid or one of the managed care plans like CareSource?'],
    [110, 'p', 'caresource'],
    [117, 'l', "Ohio Medicaid covers dentures (one full or partial set every 5 years, with prior authorization). CareSource's member handbook at caresource.com lists the dental benefits under Benefits & Services > Dental."],
    [123, 'l', 'Does that answer what you needed?'],
    [170, 'p', 'yes thanks thats all i needed'],
    [175, 'l', 'Wonderful, thanks for using KnowItNow!'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: CHIP for two children, pickup at exactly 60 s, a Spanish hold, 2-1-1 by phone
  s(MARISOL, '04 CHIP de Texas con dentista para dos niños (Spanish): pickup at 60 s, "Un momentito, lo busco.", llamar al 2-1-1, "eso es todo"', [
    [0, 'p', 'hola buenas, mis hijos necesitan dentista y no tenemos seguro. califican para el CHIP? vivimos en texas'],
    [60, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de San Antonio.'],
    [67, 'l', '¿Cuántas personas viven en su hogar y qué edades tienen los niños?'],
    [130, 'p', 'somos 4, los niños tienen 6 y 9 años'],
    [136, 'l', 'Un momentito, lo busco.'],
    [240, 'l', 'El CHIP de Texas cubre a niños menores de 19 años si el ingreso familiar está por debajo del límite, e incluye dentista (chequeos, limpiezas y empastes). La tabla de ingresos y la solicitud en español están en yourtexasbenefits.com. También puede llamar al 2-1-1 (opción 2) para que le ayuden con la solicitud.'],
    [246, 'l', '¿Le sirve esta información?'],
    [300, 'p', 'si muchas gracias, eso es todo'],
    [306, 'l', '¡Con gusto! Gracias por escribirnos y que les vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 05 greets but names no one
  s(ASKDESK, '05 X-rays from a retired Rockford dentist: "Hey there!" under the screen name "AskDesk", IDFPR lookup + ISDS page', [
    [0, 'p', 'my dentist retired and i need my xrays sent to the new one how do i get them'],
    [15, 'l', 'Hey there!'],
    [19, 'l', 'Do you know who took over the old practice, or did it just close?'],
    [55, 'p', 'it closed i think. dr. hanley in rockford'],
    [62, 'l', 'When an Illinois dentist closes, the records usually go to a custodian. The IDFPR license lookup at online-dfpr.micropact.com shows his license status, and the Illinois State Dental Society has a page on closed practices at isds.org.'],
    [68, 'l', 'Does that point you in the right direction?'],
    [110, 'p', 'kinda, ill look. thanks'],
    [114, 'l', 'Is there anything else I can help with today?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting with us, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 names himself but does not greet
  s(KEN, '06 fluoride in Lawrence KS tap water: "This is Ken at Lawrence Public Library." with no greeting, CDC My Water\'s Fluoride', [
    [0, 'p', 'Is there fluoride in the tap water in Lawrence KS? Trying to decide if my toddler needs supplements.'],
    [30, 'l', 'This is Ken at Lawrence Public Library.'],
    [36, 'l', 'Are you on city water or a private well?'],
    [80, 'p', 'City water.'],
    [87, 'l', "CDC's My Water's Fluoride tool shows each utility's fluoride level: nccd.cdc.gov/DOH_MWF (pick Kansas, then Lawrence). The city's annual water quality report on lawrenceks.gov lists it too."],
    [93, 'l', 'Is that the info you were after?'],
    [140, 'p', "Yes, that's everything. Thank you!"],
    [146, 'l', 'Thank you for using Ask a Librarian.'],
  ], usual({ greeting: 'fail' })),

  // 07 night emergency: one party with a phone, "the nearest emergency room" with none
  s(NORA, '07 swollen face at 11 pm in Pittsburgh: "Call … after-hours line at 412-555-0190", "go to the nearest emergency room" (no contact)', [
    [0, 'p', 'its 11pm and my tooth is killing me, face is kinda swollen. is there anywhere open?? no dentist'],
    [22, 'l', "Hi, I'm Nora, the overnight librarian for Ask Here PA. I'm sorry you're hurting."],
    [28, 'l', 'What city are you in?'],
    [50, 'p', 'pittsburgh'],
    [57, 'l', "Call the Pitt School of Dental Medicine's after-hours emergency line at 412-555-0190; their walk-in emergency clinic opens at 7:30 am (dental.pitt.edu/patient-care). If the swelling spreads toward your eye or you have trouble breathing or swallowing, go to the nearest emergency room tonight."],
    [63, 'l', 'Does that help for tonight?'],
    [100, 'p', 'ok yes calling them now'],
    [104, 'l', 'Good. Feel better, goodnight!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 08 follow-up by me, e-mail read back, "by Wednesday", done in 40 h
  s(OWEN, '08 records from a closed practice in Eugene (follow-up by me): Board of Dentistry FAQ, e-mail read back, "by Wednesday", done in 40 h', [
    [0, 'p', "I moved from Oregon and need my old dental records from a practice in Eugene. They're not answering emails."],
    [18, 'l', "Hello! Owen here, a librarian with Answerland, Oregon's statewide chat service."],
    [25, 'l', 'Do you remember the name of the practice, and roughly when you were last seen?'],
    [80, 'p', 'Willamette Family Dental, last visit 2022'],
    [86, 'l', "Oregon dentists have to keep records for years, and you have a right to a copy. The Oregon Board of Dentistry's patient FAQ on records is at oregon.gov/dentistry (Patients > Frequently Asked Questions). I'll check whether that practice changed owners and send you what I find. What's a good e-mail?"],
    [140, 'p', 'sure, priya.nair.pdx@example.com'],
    [146, 'l', "Thanks: priya.nair.pdx@example.com. I'll e-mail you by Wednesday."],
    [152, 'l', 'In the meantime, does the Board FAQ help?'],
    [200, 'p', 'yes it does, thank you'],
    [205, 'l', 'Anything else today?'],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Thanks for contacting Answerland, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 09 partly Spanish; follow-up by the patron's library by phone, no time given
  s(LUPE, '09 Apple Health dentist for a Spanish-speaking mother in Yakima (follow-up by patron\'s library): phone read back, "She will call you." (no when)', [
    [0, 'p', 'hi necesito un dentista que acepte Medicaid para mi mama, she is 70 and only speaks spanish. we live in yakima'],
    [30, 'l', 'Hi! Soy Lupe, librarian at Yakima Valley Libraries. Con gusto le ayudo.'],
    [37, 'l', 'Does she have Apple Health (Medicaid) only, or Medicare too?'],
    [90, 'p', 'both i think'],
    [96, 'l', "Apple Health covers adult dental in Washington; the Health Care Authority's dentist search is at hca.wa.gov (Free or low-cost > Find a dentist). Yakima Neighborhood Health Services has Spanish-speaking dental staff."],
    [102, 'l', 'Our outreach librarian knows which local offices take new Apple Health patients. Can she call you?'],
    [150, 'p', 'yes 509-555-0132'],
    [156, 'l', 'Got it, 509-555-0132. She will call you.'],
    [162, 'l', 'Does the HCA search help for now?'],
    [200, 'p', 'ok sí gracias'],
    [205, 'l', '¡De nada! Thanks for chatting.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 10 a promise to e-mail, coded Answered, not done by day 5
  s(PETE, '10 I-Smile sealant day at a Des Moines school: "I\'ll find out for Lincoln and e-mail you", "within 72 hours", coded Answered, nothing recorded by day 5', [
    [0, 'p', 'does our school do that free sealant thing? my son is in 2nd grade at Lincoln Elementary, Des Moines'],
    [25, 'l', "Hi there, Pete from Des Moines Public Library's Ask a Librarian."],
    [31, 'l', 'Is Lincoln part of Des Moines Public Schools, or is it a private school?'],
    [70, 'p', 'yes DMPS'],
    [76, 'l', "Iowa's I-Smile program runs the school sealant days; the program overview is at idph.iowa.gov/ohds/i-smile. The list of schools it visits this year isn't online, so I'll find out for Lincoln and e-mail you. Your e-mail?"],
    [120, 'p', 'k.osei@example.net'],
    [126, 'l', "Thanks, that's k.osei@example.net. You'll have an answer within 72 hours."],
    [132, 'l', 'Does the I-Smile page help in the meantime?'],
    [170, 'p', 'yes great'],
    [175, 'l', 'Anything else?'],
    [190, 'p', 'no thank you'],
    [194, 'l', 'Thank you, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 5 * DAY }),

  // 11 a true Lost Call: check-in and disconnect notice, no thanks or goodbye
  s(RAY, '11 a root canal\'s price at the dental school (Lost Call): greeting only, "Are you still there?" at 140, "lost the connection … closing this chat now" at 330', [
    [0, 'p', 'how much does a root canal cost at the dental school'],
    [18, 'l', 'Hi, Ray with the Ask Us service at Pratt Library. How can I help?'],
    [140, 'l', 'Are you still there?'],
    [330, 'l', "It seems we've lost the connection, so I'll be closing this chat now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Lost Call after three patron lines
  s(SAM, '12 free summer dental clinics for kids in Kent County DE: coded Lost Call after three patron lines, "yea"', [
    [0, 'p', 'r there free dental clinics for kids in the summer'],
    [20, 'l', 'Hello! Sam here from Ask a Librarian Delaware.'],
    [26, 'l', 'How old are your kids, and which county are you in?'],
    [55, 'p', 'kent county, 7 and 11'],
    [60, 'l', "Delaware's Division of Public Health lists its children's dental clinics (for kids on Medicaid or CHIP or uninsured), the Dover one included, at dhss.delaware.gov/dph/hsm/dhsvc.html."],
    [66, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yea'],
    [104, 'l', 'Great, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 13 "Chats are limited to 10 minutes and we're at the limit"
  s(TESS, '13 Medicare and dental, then the VA and implants: "Chats are limited to 10 minutes and we\'re at the limit, so I\'ll have to end here." (dismissal)', [
    [0, 'p', 'hi!! does medicare cover dental? and also what about dental implants, and what about my husband hes a veteran'],
    [20, 'l', 'Good afternoon, Tess at Ocean County Library chat.'],
    [27, 'l', 'Are you on Original Medicare or a Medicare Advantage plan?'],
    [60, 'p', 'original i think'],
    [66, 'l', "Original Medicare doesn't cover routine dental care or implants; medicare.gov/coverage/dental-services explains it. Many Medicare Advantage plans do add dental."],
    [72, 'l', 'Does that answer the first part?'],
    [110, 'p', 'yes ok. and my husband, the VA?? and can u find me a dentist in toms river that does implants cheap'],
    [118, 'l', "Chats are limited to 10 minutes and we're at the limit, so I'll have to end here."],
    [130, 'p', '?? wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 other patrons waiting, a way back, the library's own desk by phone
  s(UNA, '14 Fargo: ND Medicaid list, then payment plans and sedation: "other patrons waiting … chat back in later, or call our Information Desk at 701-555-0144"', [
    [0, 'p', 'need a list of dentists in Fargo that take North Dakota Medicaid for adults, and also any that do payment plans, and also one that does sedation bc im terrified'],
    [22, 'l', "Hi! I'm Una, a librarian at Fargo Public Library. Happy to help."],
    [28, 'l', 'Would you like me to start with the Medicaid list?'],
    [60, 'p', 'yes'],
    [66, 'l', "ND Medicaid's provider search at hhs.nd.gov/healthcare/medicaid (Find a Provider, choose Dental) shows who takes it. Family HealthCare in Fargo also has a sliding-fee dental clinic: famhc.org."],
    [72, 'l', 'Does that cover the Medicaid part?'],
    [110, 'p', 'yes. now payment plans + sedation?? and what about dental insurance for next year'],
    [118, 'l', 'There are other patrons waiting for me right now, so I need to wrap up. Please chat back in later for the rest, or call our Information Desk at 701-555-0144; they can help with the sedation and payment plan lists.'],
    [140, 'p', 'ok'],
    [144, 'l', 'Thanks for understanding, and good luck!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 15 a transfer announced to the patron, with an internal note that says why
  s(VERA, '15 research on water fluoridation for a town vote: "Let me hand you over to Wen …" + internal note why, Wen 92 s later with CDC, PubMed, Cochrane', [
    [0, 'p', 'Our town is voting on removing fluoride from the water. Where can I find research on whether it actually helps teeth?'],
    [24, 'l', 'Hello, Vera at Ask a Librarian (Hennepin County Library) here.'],
    [30, 'l', 'Are you after scientific studies, or more of a plain-language summary for voters?'],
    [72, 'p', 'both would be good'],
    [78, 'l', 'Let me hand you over to Wen, our health sciences librarian, who knows the research databases better. Just a moment.'],
    [81, 'i', 'Wen, pt wants research on community water fluoridation for a local vote, both studies and plain-language. All yours'],
    xfer(84, 'Wen', 'wen-d'),
    [170, 'l', "Hi, I'm Wen, health sciences librarian. For plain language, CDC's Community Water Fluoridation pages at cdc.gov/fluoridation summarize the evidence. For studies, search PubMed (pubmed.gov) for 'water fluoridation caries', and see the Cochrane review 'Water fluoridation for the prevention of dental caries'.", as(WEN)],
    [176, 'l', 'Is that what you had in mind?', as(WEN)],
    [230, 'p', 'yes! thats everything'],
    [236, 'l', 'Great, thanks for chatting, and good luck with the vote!', as(WEN)],
  ], usual({ transfer: 'pass' })),

  // 16 a transfer announced to the patron, no internal note
  s(WADE, '16 Idaho Smiles dentists in Boise: "I\'m transferring you to Xi …" told to the patron, no internal note, Xi 84 s later', [
    [0, 'p', 'is there a list of dentists in Boise that take the Idaho Smiles plan for my kids'],
    [20, 'l', "Hi, Wade here at Ada Community Library's chat."],
    [26, 'l', 'Are your kids covered through Idaho Medicaid (Idaho Smiles) or a private plan?'],
    [60, 'p', 'medicaid'],
    [66, 'l', "I'm transferring you to Xi, who does our health and benefits questions. One moment."],
    xfer(70, 'Xi', 'xi-d'),
    [150, 'l', "Hi, Xi here, a librarian at Ada Community Library. Idaho Smiles' Find a Dentist search is at idahosmiles.com (Members > Find a Dentist); you can filter by Boise and pediatric.", as(XI)],
    [156, 'l', 'Does that help?', as(XI)],
    [190, 'p', 'yes thanks, thats all'],
    [195, 'l', "You're welcome, bye!", as(XI)],
  ], usual({ transfer: 'fail' })),

  // 17 four at once
  s(YARA, '17 a Cigna Dental PPO dentist near Tucson: three other chats of Yara\'s open at 100-125 s (four at once)', [
    [0, 'p', 'How do I find a dentist who takes my Cigna Dental PPO near Tucson'],
    [30, 'l', "Hi, Yara from Pima County Public Library's Ask a Librarian."],
    [36, 'l', 'Do you need a general dentist or a specialist like an orthodontist?'],
    [70, 'p', 'general'],
    [76, 'l', "Cigna's directory at providersearch.cigna.com lets you pick Dental, your PPO network and a Tucson ZIP code; it shows which offices are taking new patients."],
    [82, 'l', 'Did that get you what you need?'],
    [120, 'p', 'yep ty, thats all'],
    [125, 'l', 'Thanks for stopping by!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yara-d', -200, 300), other('y2', 'yara-d', 20, 140), other('y3', 'yara-d', 100, 400)],
  }),

  // 18 three at most, touching ends
  s(ZED, '18 VCU orthodontics for a 12-year-old (chat-speak): "hiya, Zed at Richmond Public Library here 😊", one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'does the dental school in Richmond do braces for kids? prices?'],
    [20, 'l', 'hiya, Zed at Richmond Public Library here 😊'],
    [25, 'l', 'how old is your kiddo?'],
    [50, 'p', '12'],
    [56, 'l', "VCU School of Dentistry's orthodontics clinic takes kids; fees and how to apply are at dentistry.vcu.edu/patients. It's usually cheaper than a private practice but there's a wait list."],
    [61, 'l', 'that help?'],
    [80, 'p', 'yes tysm'],
    [84, 'l', 'anything else?'],
    [95, 'p', 'nope'],
    [99, 'l', 'bye! have a good one'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zed-d', -300, 0), other('z2', 'zed-d', -30, 60), other('z3', 'zed-d', 40, 300), other('z4', 'zed-d', 104, 400)],
  }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (dental canned answers): coded Practice, every check na', [
    [0, 'p', 'test - toothache after hours?'],
    [6, 'l', 'testing the dental emergency macro'],
    [12, 'l', 'After-hours dental help: samplelibrary.org/dental. Did that help?'],
    [20, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined, code null
  s(NOBODY, '20 emergency dentist open Sunday in Columbus: no provider ever joined, "anyone???", patron left, code null', [
    [0, 'p', 'emergency dentist open sunday in columbus?? pls'],
    [3, 's', 'All librarians are helping other patrons. Please stay in line.'],
    [150, 'p', 'anyone???'],
    left(280),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 final idle of 190 s ended by a goodbye: a check-in, no disconnect notice
  s(ABBY, '21 free adult dental in Cuyahoga County: answer at 62, "Still there?" at 190, goodbye at 252 (final idle 190 s), no disconnect notice', [
    [0, 'p', 'do u know if the county health dept does free dental for adults? cuyahoga'],
    [15, 'l', 'Hello! Abby, librarian at Cuyahoga County Public Library, here.'],
    [21, 'l', 'Do you have any coverage now, like Medicaid?'],
    [55, 'p', 'no nothing'],
    [62, 'l', "The county Board of Health doesn't run an adult dental clinic itself, but its list of sliding-fee dental clinics at community health centers is at ccbh.net (Services > Dental)."],
    [68, 'l', 'Does that help?'],
    [190, 'l', 'Still there?'],
    [252, 'l', 'Thanks for chatting with us, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 22 final idle of exactly 120 s, no check-in
  s(BEN, '22 PeachCare dental member line: answer at 70, "Did that answer your question?", session ends at 190 (final idle 120 s), no check-in', [
    [0, 'p', 'whats the number for the dental line for CHIP in georgia'],
    [18, 'l', 'Hi, Ben here at Ask a Librarian, Gwinnett County Public Library.'],
    [24, 'l', 'Is your child enrolled in PeachCare for Kids already, or are you applying?'],
    [60, 'p', 'already enrolled'],
    [70, 'l', "PeachCare dental goes through your child's care management organization; each plan's member services number is on the PeachCare site, peachcare.org (Members > Dental)."],
    [76, 'l', 'Did that answer your question?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }), { endedAt: at(190) }),

  // 23 "Are you still there? If not, thanks …" as the last line: not a goodbye by the Terms
  s(CORA, '23 sealants through Health First Colorado: answer at 56, "Are you still there? If not, thanks for chatting and take care!" at 176, ends at 246 (final idle 190 s)', [
    [0, 'p', 'how do i get sealants for my daughter, her school doesnt do it'],
    [20, 'l', 'Good morning! This is Cora with AskColorado, the statewide library chat.'],
    [26, 'l', 'How old is she, and does she have dental coverage?'],
    [50, 'p', '8, she has health first colorado'],
    [56, 'l', 'Health First Colorado covers sealants on permanent molars for kids. To find a dentist who takes it, use the provider search at healthfirstcolorado.com (Find a Doctor, choose Dental).'],
    [62, 'l', 'Is that what you were looking for?'],
    [176, 'l', 'Are you still there? If not, thanks for chatting and take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 70 }),

  // 24 the patron has the last word; code ""
  s(DINA, '24 Maryland dental records by e-mail: "thanks for contacting AskUsNow! I\'m Dina", patron "thx thats everything" last, no goodbye, code ""', [
    [0, 'p', 'can i get my dental records emailed to me or do they have to mail them? my dentist is in maryland'],
    [25, 'l', "Hi, thanks for contacting AskUsNow! I'm Dina, a librarian."],
    [31, 'l', 'Do you want the records for yourself, or sent straight to a new dentist?'],
    [75, 'p', 'for me, im switching'],
    [82, 'l', "Maryland law lets you get a copy, paper or electronic, for a reasonable fee; the Attorney General's Health Education and Advocacy Unit explains your rights at marylandattorneygeneral.gov (Health > Medical Records)."],
    [88, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes!! thx thats everything'],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 25 no source; "ask the school nurse" with no contact
  s(ELLA, '25 a school sealant form in Florida: answered from knowledge with no source, "ask the school nurse" (no contact)', [
    [0, 'p', 'my kid came home w a form about sealants at school is it safe? and is it free?'],
    [20, 'l', "Hi! I'm Ella, a librarian with Ask a Librarian Florida."],
    [26, 'l', 'What grade is your child in?'],
    [60, 'p', '2nd'],
    [66, 'l', 'Sealants are thin plastic coatings painted on the back teeth, and dentists consider them safe and effective. School programs are usually free for the kids who sign up. If you have questions about the form, ask the school nurse.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes thank u'],
    [114, 'l', 'Anything else I can do for you?'],
    [130, 'p', 'no'],
    [134, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 26 the question comes after the first source
  s(FINN, '26 a Delta Dental dentist near Worcester: the Find a Dentist tool first, then "Which Delta plan are you on …?"', [
    [0, 'p', 'how do i find a dentist that takes delta dental near me'],
    [15, 'l', 'Hi there! Finn from the Ask Us chat at Worcester Public Library.'],
    [22, 'l', "Delta Dental's Find a Dentist tool is at deltadentalma.com (Find a Dentist); you can search by ZIP and plan."],
    [28, 'l', 'Which Delta plan are you on, PPO or DeltaCare USA?'],
    [60, 'p', 'ppo i think, zip 01609'],
    [66, 'l', 'Then choose Delta Dental PPO in the network list and enter 01609; it shows the in-network offices taking new patients.'],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yes thats all i needed, thank u'],
    [115, 'l', 'Thank you for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 27 partly Spanish; a restatement with no question mark
  s(GABI, '27 dentista de Medi-Cal en Elk Grove (partly Spanish): "Hola, welcome to Ask Now! Soy Gabi", restated with no question mark, "eso es todo"', [
    [0, 'p', 'hola, busco dentista para adulto que acepte Medi-Cal en Elk Grove, my dad needs a tooth pulled'],
    [28, 'l', 'Hola, welcome to Ask Now! Soy Gabi, librarian at Sacramento Public Library.'],
    [35, 'l', 'So you need a dentist in or near Elk Grove who takes Medi-Cal Dental for an adult extraction.'],
    [60, 'p', 'sí exacto'],
    [66, 'l', "Medi-Cal Dental's Find a Dentist search is at smilecalifornia.org (Find a Dentist); put in Elk Grove and tick 'Accepting new patients'. The site has a Spanish version (Español at the top)."],
    [72, 'l', '¿Le sirve? / Does that help?'],
    [110, 'p', 'si perfecto, gracias! eso es todo'],
    [116, 'l', '¡De nada! Thanks for chatting, adiós.'],
  ], usual()),

  // 28 holds of 115 and exactly 120 s, a partial result, the patron's "??" in between
  s(HUGO, '28 full upper denture on Apple Health in Spokane: hold at 66, patron "??" at 150, partial result at 181 (115 s), answer at 301 (exactly 120 s)', [
    [0, 'p', "I'm looking for a dentist in Spokane who takes new adult Apple Health patients AND does dentures. So hard to find."],
    [20, 'l', "Hi, I'm Hugo, a librarian with Spokane County Library District."],
    [26, 'l', 'Do you need full dentures or a partial?'],
    [60, 'p', 'full upper'],
    [66, 'l', 'Let me check a couple of lists, one moment.'],
    [150, 'p', '??'],
    [181, 'l', "Still searching: the HCA dentist finder shows three Spokane offices that do dentures so far, I'm checking which take new patients."],
    [301, 'l', "Two of them take new Apple Health patients. You'll find them in the HCA search at hca.wa.gov (Free or low-cost > Find a dentist) with 'Spokane' and 'Dentures' ticked; CHAS Health's dental clinics (chas.org) do dentures as well."],
    [307, 'l', 'Is that what you were looking for?'],
    [350, 'p', 'yes that helps a lot. thats all'],
    [356, 'l', 'Thanks for your patience, take care!'],
  ], usual()),

  // 29 the patron's "hello?" does not restart the wait: 125 s
  s(IDA, '29 fluoride drops for kids on well water: patron at 100, "hello?" at 180, the answer at 225 (125 s after the patron)', [
    [0, 'p', 'my water is from a well, should my kids get fluoride drops? pediatrician never said'],
    [22, 'l', 'Welcome to Ask a Librarian! Ida here, at Brown County Library.'],
    [28, 'l', 'Has your well water ever been tested for fluoride?'],
    [100, 'p', 'no never'],
    [180, 'p', 'hello?'],
    [225, 'l', "Sorry about that! The American Academy of Pediatrics' parent site explains fluoride for kids on well water: healthychildren.org (search 'fluoride'). The Wisconsin DNR page on private wells, dnr.wisconsin.gov/topic/Wells, lists certified labs that test for fluoride."],
    [231, 'l', 'Is that helpful?'],
    [270, 'p', 'yes thank you so much'],
    [275, 'l', 'Anything else?'],
    [290, 'p', "no that's all"],
    [295, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 30 pickedUpAt 45 s, the first line at 190 (145 s after pickup)
  s(JADE, '30 a cheap extraction in Baltimore: pickedUpAt 45 s, first line at 190 (145 s after pickup), UMD dental school + city health dept', [
    [0, 'p', 'where can i get a cheap tooth extraction in baltimore, dont have insurance'],
    [190, 'l', "Hi, I'm Jade, a librarian with Ask Us. Sorry for the delay!"],
    [196, 'l', 'Are you in Baltimore City or the county?'],
    [230, 'p', 'city'],
    [236, 'l', "The University of Maryland School of Dentistry's clinics do extractions at reduced cost; how to become a patient is at dental.umaryland.edu/patients. The Baltimore City Health Department's dental services page at health.baltimorecity.gov lists other low-cost options."],
    [242, 'l', 'Does that help?'],
    [280, 'p', 'yes thanks thats all'],
    [285, 'l', "You're welcome, bye!"],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundDental.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-second round: dental care, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundDental.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundDental.filter((c) => c.name in LEFT_WHY));
});
