/**
 * Sixty-second round, theme APPRENTICESHIPS AND TRADE LICENSING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: electrician apprenticeships (IBEW/JATC in Minneapolis, hours from Arizona
 * toward Colorado, a journeyman licence in Maryland, how many hours in general, paid HVAC apprenticeships in Northern
 * Virginia, a veteran's Post-9/11 GI Bill for an apprenticeship), union halls (Chicago carpenters, Philadelphia plumbers'
 * Local 690, a Boston sheet metal apprentice's list of questions), checking a contractor's licence (a Texas plumber, an
 * Oregon electrical company, a Nevada roofer), cosmetology and barbering (Florida hours in Spanish, Louisiana hours toward
 * Texas, New Jersey barber schools), commercial driver's licences (Ohio Class A, Maryland endorsements, Texas in Spanish,
 * Rhode Island WIOA funds after a layoff), HVAC certification (EPA 608, NATE testing centers), exam prep books (Missouri
 * journeyman plumber, California C-10 and Law & Business), trade schools' financial aid (FAFSA for welding, CCBC vs a
 * private school), a Washington plumber trainee card, a Tulsa welding apprenticeship and a foreign plumber's experience in
 * Maryland (partly Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first
 * run (labels copied aside to /tmp/sixtySecondRoundTrades-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 22 s, exactly 60 s (04: pass), 61 s (05: fail), none (25); "Good morning and welcome to Ask a
 *   Librarian — I'm Dolores at …" (01); "hey there! this is Marcus w/ Austin Public Library" (02); Spanish "Buenas tardes,
 *   soy Marisol, bibliotecaria de …" (03) and "Hola, bienvenido al servicio … Me llamo Rubén" (29); "Hi, thanks for your
 *   patience — you've got Terrence with the Ask Ohio librarians." (04); "Hi, and thank you for your service. This is
 *   Wendell …" (20); "Hi there! How can I help?" under the screen name "Librarian Kim" (26: names no one, fail); "This is
 *   Ellis at Tulsa City-County Library." with no greeting word (27: fail);
 *  inquiry: diploma and algebra, Class A or B, Universal or one type, print or e-book, already in construction, which school,
 *   hours finished, age and driver's licence, business or individual, state, materials list, testing center or online,
 *   county, documents from abroad, registered hours, unemployment, Post-9/11 or Montgomery, company name or number, trade
 *   part or Law & Business, hired yet, which college, earn while you learn, over 18; no question before the first source
 *   (02: fail);
 *  waits: a hold answered exactly 120 s later (06: pass) and 121 s later (07: fail); a patron's "hello??" 80 s into a wait
 *   that the provider ends 125 s after its start (08: fail, the second line does not restart it); "No problem, whenever you
 *   are ready." then the patron back 250 s later (09: waiting on the patron); holds at 86/190 (still working on it)/290
 *   (15); transfer notices answered 74 and 94 s later by the receivers (20, 21);
 *  endings: a Lost Call with only a greeting, "Hi, are you still with us?" at 140 and "It seems you've left the chat, so
 *   I'll close this session now. Feel free to come back anytime!" at 210 (10: final idle 185 s, both pass); "Still there?"
 *   and a final idle of exactly 180 s with no notice and no goodbye (11: disconnect fails, courteous fails); a sign-off
 *   with thanks and an invitation back 119 s after the answer (12: idle na); "It looks like you've disconnected, so I'm
 *   closing this chat now. Thanks …" 198 s after the answer with no check-in (05: idle fails, disconnect passes); "Sorry,
 *   we only answer one question per session and you've used yours. Bye." (13: dismissal, courteous passes); "I have
 *   several other patrons waiting … Please chat back in later …" and the patron's "ok" last (14: allowed); the patron's "si
 *   ok gracias" last (29); patron-side "thats everything", "eso es todo", "no more questions", "es todo", "thats all i
 *   wanted to know", and "ok", "yes ok", "ya thx" that do not count;
 *  sources: mejatc.org, tsbpe.texas.gov, myfloridalicense.com, tpr.fmcsa.dot.gov and bmv.ohio.gov, epa.gov/section608 and a
 *   Hoopla e-book, the catalogue and LearningExpress Library, carpentersunion.org, collegenavigator.ed.gov and
 *   studentaid.gov, tdlr.texas.gov, vdwa.virginia.gov, oregon.gov/ccb and /bcd, mva.maryland.gov, sheetmetal-iti.org,
 *   natex.org, njconsumeraffairs.gov, labor.maryland.gov, dora.colorado.gov, dlt.ri.gov, va.gov, nscb.nv.gov and bbb.org,
 *   cslb.ca.gov and two books, lni.wa.gov, ccbcmd.edu, apprenticeship.gov, dps.texas.gov; none (30: an answer from
 *   knowledge, fail);
 *  referrals: "call the training center at 708-555-0132" (07: pass); "stop by the Local 690 hall and ask the training
 *   coordinator" with no address (28: fail); library staff who will call the patron (17) and a board whose rules the
 *   provider will check (18) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done in 40 h (15: pass); FU_ME with the e-mail
 *   read back and no time (16: contact fails, pending); FU_LIB in Spanish, phone read back, "en un plazo de dos días
 *   hábiles", done after 80 h (17: on_time fails); "I will get back to you on that" coded Answered with no contact (18: code
 *   and contact fail, pending); FU_ME with the e-mail only in `patron.email` ("the e-mail on your account by Friday"), done
 *   in 70 h (19: code passes, contact fails, on_time passes);
 *  codes: "" (09), null (27), a true Lost Call (10), Lost Call with no provider and two patron lines (25), Practice (24),
 *   Answered after a promise (18);
 *  transfers: a notice (a hold) and an internal note (20: pass); a notice with no internal note (21: fail);
 *  concurrency: three others open through the session (22: four at once, fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hey" and "Hey!" greet; "This is Ellis at Tulsa City-County Library." identifies but greets no one (27: fail);
 *   "Buenas tardes" and "Hola, bienvenido" greet;
 * - "No problem, whenever you are ready." tells the patron to take their time: not a hold (09);
 * - "It seems you've left the chat, so I'll close this session now." tells the patron they seem to have disconnected and
 *   that the session will end (10); "Still there?" asks whether the patron is still there (11);
 * - "stop by the Local 690 hall and ask the training coordinator" tells the patron to visit and ask an organisation (28: a
 *   referral, no way to reach it); "Please chat back in later" sends the patron back to this same service: no referral (14);
 *   "La biblioteca lo llamará" has the library contact the patron: a follow-up promise, not a referral (17);
 * - "en un plazo de dos días hábiles" (within two business days) says when (17); "the e-mail on your account" is not the
 *   address given or repeated in the chat (19: contact fails; the code passes, `patron.email` being a known contact);
 * - "thats all i wanted to know" says explicitly the patron is done (30); "ok", "yes ok", "ya thx" do not;
 * - an answer from the provider's own knowledge with no source (30): info.source fails, so followup.completeness applies
 *   and its "Did that answer your question?" after the answer passes;
 * - "Take care, bye now!", "Bye.", "Glad to help. Bye!", "¡Gracias a usted! Que tenga buen día." say goodbye / thank.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 23, inquiry.clarify).
 * Label corrections: none. On rereading RUBRIC.md for case 23, its label stands: inquiry.clarify counts "questions
 *  about the patron's situation that shape the answer", and whether the patron is already hired by a plumbing contractor is
 *  one (the greeting before it names the library with no way to reach it, so no source comes before the question).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - inquiry.clarify, case 23: "Are you already hired by a plumbing contractor, or still looking?" (before the first source)
 *    read as no question about the need (fail; RUBRIC pass: a question about the patron's situation that shapes the answer).
 * Every timing check (pickup at exactly 60 and at 61 s, none; keep_informed at exactly 120 and 121 s, a second patron line
 * inside a wait, "whenever you are ready", holds every ~100 s, two transfer notices; final idles of 119, exactly 180, 185
 * and 198 s; concurrency at four and at touching ends; on_time done at 40 and 70 h, late at 80 h, pending twice) scored as
 * labelled on the first run, and so did every code (empty, null, Lost Call both ways, Practice, Answered after a promise,
 * follow-up codes with the contact in the chat and only in `patron.email`). The redaction equality of describeSessions
 * holds for every running case (patron e-mails typed and read back, a patron phone read back in Spanish, library phones).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft); tsc clean for this file.
 * ON v56 (block V, written partly from these twelve files): case 23's "Are you already hired by a plumbing contractor, or still
 *   looking?" (V4: the patron's own looking, asked about, is no hold) reads as labelled and runs: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waiting = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other patrons. You are #${n} in the queue.`];

const DOLORES: Prov = { id: 'dolores-h', name: 'Dolores', library: 'HCL-MN' };
const MARCUS: Prov = { id: 'marcus-h', name: 'Marcus', library: 'APL-TX' };
const MARISOL: Prov = { id: 'marisol-h', name: 'Marisol', library: 'MDPLS' };
const TERRENCE: Prov = { id: 'terrence-h', name: 'Terrence', library: 'ASKOH' };
const FARIDA: Prov = { id: 'farida-h', name: 'Farida', library: 'PGCMLS' };
const GWEN: Prov = { id: 'gwen-h', name: 'Gwen', library: 'SLCL' };
const HECTOR: Prov = { id: 'hector-h', name: 'Hector', library: 'CPL-IL' };
const IMANI: Prov = { id: 'imani-h', name: 'Imani', library: 'DCPL' };
const JONAH: Prov = { id: 'jonah-h', name: 'Jonah', library: 'HPL-TX' };
const KEIKO: Prov = { id: 'keiko-h', name: 'Keiko', library: 'AUN' };
const LUCA: Prov = { id: 'luca-h', name: 'Luca', library: 'FCPL-VA' };
const MAYA: Prov = { id: 'maya-h', name: 'Maya', library: 'MCL-OR' };
const NADIA: Prov = { id: 'nadia-h', name: 'Nadia', library: 'AUN' };
const OREN: Prov = { id: 'oren-h', name: 'Oren', library: 'BPL-MA' };
const PAOLO: Prov = { id: 'paolo-h', name: 'Paolo', library: 'HCLS' };
const ROSALIND: Prov = { id: 'rosalind-h', name: 'Rosalind', library: 'NJASK' };
const SOFIA: Prov = { id: 'sofia-h', name: 'Sofía', library: 'AUN' };
const ULRICH: Prov = { id: 'ulrich-h', name: 'Ulrich', library: 'DPL-CO' };
const VERA: Prov = { id: 'vera-h', name: 'Vera', library: 'PPL-RI' };
const WENDELL: Prov = { id: 'wendell-h', name: 'Wendell', library: 'AUN' };
const XIMENA: Prov = { id: 'ximena-h', name: 'Ximena', library: 'AUN' };
const YARA: Prov = { id: 'yara-h', name: 'Yara', library: 'LVCCLD' };
const ZEKE: Prov = { id: 'zeke-h', name: 'Zeke', library: 'LVCCLD' };
const ABIGAIL: Prov = { id: 'abigail-h', name: 'Abigail', library: 'SFPL' };
const BENITO: Prov = { id: 'benito-h', name: 'Benito', library: 'PCLS-WA' };
const CORA: Prov = { id: 'cora-h', name: 'Training 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const KIM: Prov = { id: 'kim-h', name: 'Librarian Kim', library: 'BCPL' };
const ELLIS: Prov = { id: 'ellis-h', name: 'Ellis', library: 'TCCL' };
const FINN: Prov = { id: 'finn-h', name: 'Finn', library: 'FLP' };
const RUBEN: Prov = { id: 'ruben-h', name: 'Rubén', library: 'HPL-TX' };
const GRETA: Prov = { id: 'greta-h', name: 'Greta', library: 'AUN' };

const s = session;

export const sixtySecondRoundTrades: SessionCase[] = [
  // 01 the plain good session
  s(DOLORES, '01 IBEW apprenticeship in Minneapolis: "Good morning and welcome … I\'m Dolores", diploma and algebra asked, mejatc.org, "thats everything"', [
    [0, 'p', 'hi im 19 and want to become an electrician. how do i get into the IBEW apprenticeship in minneapolis'],
    [22, 'l', "Good morning and welcome to Ask a Librarian — I'm Dolores at Hennepin County Library."],
    [29, 'l', 'Have you finished high school or a GED, and have you had a year of algebra? The union program asks for both before you can apply.'],
    [75, 'p', 'yes i graduated last year, had algebra 1'],
    [82, 'l', "Great. The Minneapolis Electrical JATC runs the IBEW Local 292 apprenticeship; the application window, the aptitude test and the documents to bring are all on mejatc.org. Our catalog also has the prep book 'Electrician's Aptitude Test Prep' you can put on hold."],
    [88, 'l', 'Is that the kind of information you were hoping for?'],
    [130, 'p', 'yes this is perfect. thats everything, thank you!!'],
    [136, 'l', 'Happy to help. Good luck on the aptitude test, and thanks for chatting!'],
  ], usual()),

  // 02 the source before any question; chat-speak
  s(MARCUS, '02 is my plumber licensed, Austin (chat-speak): tsbpe.texas.gov lookup given at once, no question first', [
    [0, 'p', 'hey r u there? guy wants to redo my bathroom pipes how do i kno if hes actually a licensed plumber lol. im in austin'],
    [14, 'l', 'hey there! this is Marcus w/ Austin Public Library, happy to help 👋'],
    [20, 'l', 'Texas plumbers are licensed by the State Board of Plumbing Examiners and u can look anyone up by name or license # at tsbpe.texas.gov (click "License Lookup").'],
    [26, 'l', 'did that answer it?'],
    [70, 'p', 'omg yes he shows up. ok cool'],
    [76, 'l', 'nice! anything else i can dig up for u?'],
    [95, 'p', 'nah ur good'],
    [100, 'l', 'ok! thx for chatting, take care'],
  ], usual({ clarify: 'fail' })),

  // 03 Spanish: cosmetology hours in Florida
  s(MARISOL, '03 horas para la licencia de cosmetología en Florida (Spanish): "Buenas tardes, soy Marisol", myfloridalicense.com, "eso es todo"', [
    [0, 'p', 'Buenas, cuantas horas necesito para la licencia de cosmetologia? quiero estudiar en una escuela aca'],
    [40, 'l', 'Buenas tardes, soy Marisol, bibliotecaria de la Biblioteca Pública de Miami-Dade. Con gusto le ayudo.'],
    [47, 'l', '¿En qué estado piensa trabajar, aquí en Florida?'],
    [100, 'p', 'si florida, en hialeah'],
    [108, 'l', 'En Florida se piden 1,200 horas en una escuela aprobada antes del examen estatal. Los requisitos y la lista de escuelas aprobadas están en myfloridalicense.com (Barbers & Cosmetology > Cosmetologist). El examen se puede presentar en español.'],
    [114, 'l', '¿Con eso queda contestada su pregunta?'],
    [170, 'p', 'siii eso es todo, mil gracias 😊'],
    [176, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucho éxito en la escuela.'],
  ], usual()),

  // 04 pickup at exactly 60 s
  s(TERRENCE, '04 Ohio Class A CDL at 52: pickup at exactly 60 s, "you\'ve got Terrence with the Ask Ohio librarians", ELDT schools + BMV manual', [
    [0, 'p', 'Good afternoon. I am 52 and switching careers to trucking. What do I need to get a CDL in Ohio? Do I need to go to a school first?'],
    [60, 'l', "Hi, thanks for your patience — you've got Terrence with the Ask Ohio librarians."],
    [66, 'l', 'Are you aiming for a Class A (tractor-trailer) or a Class B (straight truck or bus)?'],
    [110, 'p', 'Class A I think, over the road'],
    [117, 'l', 'Since 2022, federal rules require entry-level driver training from a registered provider before the Class A skills test; you can search registered schools at tpr.fmcsa.dot.gov. The Ohio CDL Manual for the knowledge tests is on bmv.ohio.gov (Licenses & IDs > Commercial Driver License).'],
    [123, 'l', 'Does that cover what you needed?'],
    [180, 'p', 'It does. Thank you, no more questions.'],
    [186, 'l', "You're welcome — goodbye and safe travels!"],
  ], usual()),

  // 05 pickup at 61 s; the patron vanishes; a notice with no check-in
  s(FARIDA, '05 EPA 608 Universal: pickup at 61 s, epa.gov list + Hoopla manual, silent patron, "It looks like you\'ve disconnected…" 198 s on with no check-in', [
    [0, 'p', 'need the EPA 608 cert for hvac job, where do i take the test'],
    [61, 'l', "Hello! Farida here, librarian at Prince George's County Memorial Library. Sorry about the wait."],
    [68, 'l', 'Do you need Universal, or just one type (Type I, II or III)? Your employer may have said.'],
    [115, 'p', 'universal'],
    [122, 'l', "The EPA doesn't give the test itself; it approves certifying organizations, and their list is at epa.gov/section608 (Technician Certification). Many of them proctor online. For studying, the ESCO Institute's 'Section 608 Preparatory Manual' is on Hoopla with your library card."],
    [128, 'l', 'Did that help?'],
    [320, 'l', "It looks like you've disconnected, so I'm closing this chat now. Thanks for contacting PGCMLS, and feel free to chat again!"],
  ], usual({ pickup: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 06 a hold answered exactly 120 s later
  s(GWEN, '06 Missouri journeyman plumber study books: "Let me search the catalog for you, one moment." answered exactly 120 s later', [
    [0, 'p', 'do you guys have any study books for the journeyman plumber exam? missouri'],
    [18, 'l', 'Hey, Gwen at St. Louis County Library here!'],
    [24, 'l', 'Do you want print books to check out, or would e-books work?'],
    [60, 'p', 'either, print preferred'],
    [66, 'l', 'Let me search the catalog for you, one moment.'],
    [186, 'l', "Found two on the shelf: 'Plumbing Exam Study Guide' (5th ed.) at Headquarters and 'Journeyman Plumber Exam Prep' at Florissant Valley, both holdable in our catalog at slcl.org. LearningExpress Library, one of our databases, has plumbing practice tests too."],
    [192, 'l', 'Will those work for you?'],
    [240, 'p', 'yes ill put the first one on hold'],
    [246, 'l', 'Great! Is there anything else I can look up?'],
    [270, 'p', 'no thats all i needed'],
    [275, 'l', 'Thanks, and good luck on the exam!'],
  ], usual()),

  // 07 a hold answered 121 s later; a referral with a phone number
  s(HECTOR, '07 joining the carpenters in Chicago: "Give me a minute…" answered 121 s later, "call the training center at 708-555-0132"', [
    [0, 'p', 'How do I join the carpenters union in Chicago? Do I just show up at the hall?'],
    [25, 'l', "Hello, I'm Hector, a librarian at Chicago Public Library."],
    [31, 'l', 'Are you already working in construction, or looking to start as an apprentice?'],
    [80, 'p', 'starting from zero, never worked construction'],
    [86, 'l', 'Give me a minute to check how they take new apprentices.'],
    [207, 'l', 'Thanks for waiting. The Chicago Regional Council of Carpenters takes apprentices through its training center, not the hall; the intake steps are at carpentersunion.org/apprenticeship. You can also call the training center at 708-555-0132 to ask when the next orientation is.'],
    [213, 'l', 'Does that answer your question?'],
    [260, 'p', 'yes it does, thanks'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', 'thats it'],
    [294, 'l', 'Take care, bye now!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 the patron's second line does not restart the wait
  s(IMANI, '08 FAFSA for a welding certificate: patron "hello??" 80 s into the wait, answer 125 s after the patron\'s reply', [
    [0, 'p', 'can i use fafsa for a welding certificate at a trade school??'],
    [20, 'l', "Hi! Imani from DC Public Library's Ask Us here."],
    [26, 'l', 'Which school are you looking at, and is it a certificate program of at least a few months?'],
    [70, 'p', 'lincoln tech, its like 9 months'],
    [150, 'p', 'hello??'],
    [195, 'l', 'Sorry for the delay! If the school takes federal aid and the program is long enough, you can get a Pell Grant. Check the school and its aid on collegenavigator.ed.gov, and file the FAFSA at studentaid.gov.'],
    [201, 'l', 'Is that what you were looking for?'],
    [240, 'p', 'yes thank u so much'],
    [245, 'l', 'Anything else?'],
    [262, 'p', 'no'],
    [266, 'l', 'Thanks for using Ask Us, good luck!'],
  ], usual({ informed: 'fail' })),

  // 09 "whenever you are ready", 250 s away; code ""
  s(JONAH, '09 Louisiana hours toward a Texas cosmetology license: "No problem, whenever you are ready." then 250 s away, code ""', [
    [0, 'p', 'how many hours for a texas cosmetology license? also can i transfer hours from louisiana'],
    [30, 'l', 'Good evening! This is Jonah, a librarian with Houston Public Library.'],
    [36, 'l', 'How many hours did you finish in Louisiana, roughly?'],
    [80, 'p', 'hold on let me find my transcript'],
    [86, 'l', 'No problem, whenever you are ready.'],
    [336, 'p', 'ok 900 hours'],
    [342, 'l', 'Texas requires 1,000 hours. TDLR can credit out-of-state hours you can document; the form and the rules are at tdlr.texas.gov/cosmet/cosmet.htm.'],
    [348, 'l', 'Does that help?'],
    [390, 'p', 'yess'],
    [395, 'l', 'Great! Anything else tonight?'],
    [420, 'p', 'nope thats all'],
    [424, 'l', 'Thanks for chatting, goodnight!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 10 a true Lost Call
  s(KEIKO, '10 Maryland journeyman electrician licence (Lost Call): greeting only, "are you still with us?" at 140, "It seems you\'ve left the chat…" at 210', [
    [0, 'p', 'how do i get my journeyman electrician license after apprenticeship in maryland'],
    [25, 'l', 'Hello, Ask Us Now! — this is Keiko, a librarian. How can I help today?'],
    [140, 'l', 'Hi, are you still with us?'],
    [210, 'l', "It seems you've left the chat, so I'll close this session now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 a check-in, final idle exactly 180 s, no notice, no goodbye
  s(LUCA, '11 paid HVAC apprenticeships in Northern Virginia: answer at 77, "Still there?" at 200, ended at 257 (final idle exactly 180 s)', [
    [0, 'p', 'are there paid hvac apprenticeships in northern virginia'],
    [20, 'l', 'Hi there, Luca with Fairfax County Public Library.'],
    [26, 'l', "Are you 18 or older, and do you have a driver's license? Most sponsors require both."],
    [70, 'p', 'yes to both'],
    [77, 'l', "Virginia's registered apprenticeships are listed by trade and region in the apprenticeship finder at vdwa.virginia.gov/apprenticeship; filter by HVAC and Northern Virginia. Does that help?"],
    [200, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 57 }),

  // 12 a sign-off 119 s after the answer
  s(MAYA, '12 checking an Oregon electrical company: CCB + BCD lookups with "anything else you need?", sign-off with thanks 119 s later', [
    [0, 'p', 'how do i check if an electrician is licensed in oregon, hiring someone for a panel upgrade'],
    [16, 'l', "Good afternoon, Maya from Multnomah County Library's chat service here."],
    [22, 'l', 'Is it a company (a contractor) or an individual electrician you want to check?'],
    [50, 'p', 'the company'],
    [56, 'l', "For a company, check two places: the Construction Contractors Board search at oregon.gov/ccb (bond and insurance) and the Building Codes Division's license lookup at oregon.gov/bcd (its electrical contractor license). Does that help, or is there anything else you need?"],
    [175, 'l', "I haven't heard back, so I'll sign off here — thanks for using the library's chat, and come back anytime!"],
  ], usual()),

  // 13 "one question per session … Bye."
  s(NADIA, '13 Maryland CDL endorsements, then hazmat and the medical card: "we only answer one question per session and you\'ve used yours. Bye."', [
    [0, 'p', 'what are the cdl endorsements? hazmat tanker etc. and how long does hazmat background check take. and also do i need a medical card'],
    [18, 'l', "Hi, I'm Nadia, a librarian at Ask Us Now."],
    [24, 'l', 'Which state are you licensed in?'],
    [50, 'p', 'maryland'],
    [57, 'l', 'The endorsements (H, N, P, S, T, X) are explained in the Maryland CDL Manual on mva.maryland.gov. Is that what you needed?'],
    [100, 'p', 'ok but the hazmat background check and the medical card??'],
    [106, 'l', "Sorry, we only answer one question per session and you've used yours. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 other patrons waiting, a way back; the patron's "ok" last
  s(OREN, '14 Boston sheet metal apprentice\'s list: books answered, "several other patrons waiting … Please chat back in later", patron "ok" last', [
    [0, 'p', 'hi!! i got into the sheet metal apprenticeship (local 17 boston)!! what books do i need and also how do union dues work and whats the pay scale and can i get unemployment in between jobs'],
    [22, 'l', 'Congratulations! Hi, Oren here, librarian at Boston Public Library.'],
    [28, 'l', "Let's start with the books: has the program sent you a materials list yet?"],
    [70, 'p', 'no not yet'],
    [76, 'l', "The sheet metal apprenticeship uses the International Training Institute's curriculum; the first-year texts are listed at sheetmetal-iti.org. Our catalog at bpl.org also has 'Sheet Metal Pattern Layout' to borrow. Does that help for the books?"],
    [120, 'p', 'yes. now the dues and pay and unemployment'],
    [127, 'l', "I have several other patrons waiting right now, so I need to wrap up this chat. Please chat back in later for the pay and unemployment questions; the next librarian will be glad to help. Thanks so much!"],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 15 follow-up by me: holds, e-mail read back, "by Wednesday afternoon", done in 40 h
  s(PAOLO, '15 NATE core exam near Columbia MD (follow-up by me): holds at 86/190/290, e-mail read back, "by Wednesday afternoon", done in 40 h', [
    [0, 'p', 'Hi, I passed EPA 608. Where can I take the NATE core exam near Columbia MD? Also is there a list of study resources?'],
    [28, 'l', "Hello! I'm Paolo, a reference librarian with Howard County Library System."],
    [34, 'l', 'Are you looking for an in-person testing center, or is an online proctored exam OK?'],
    [80, 'p', 'in person please'],
    [86, 'l', 'Let me look at the testing center list, one moment.'],
    [190, 'l', "I'm still working on it — the NATE site lists the testing organizations, and I'm checking which have a center near Columbia."],
    [290, 'l', "The testing organizations and the center search are at natex.org (Certification > Find a Testing Center). Two of the centers near Columbia don't list their dates online, though. I can call them and e-mail you their next test dates. What e-mail should I use?"],
    [330, 'p', 'sure, d.okafor@example.net'],
    [336, 'l', "Thanks — d.okafor@example.net. I'll e-mail you the dates by Wednesday afternoon."],
    [342, 'l', 'Does the testing center search help in the meantime?'],
    [380, 'p', 'yes thanks'],
    [386, 'l', 'Anything else I can do for you today?'],
    [400, 'p', 'no thats all'],
    [405, 'l', 'Thanks for chatting with HCLS. Have a good one!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 16 follow-up by me, e-mail read back, no time
  s(ROSALIND, '16 state-approved barber schools in Essex County NJ (follow-up by me): e-mail read back, no time given', [
    [0, 'p', 'I want to be a barber in NJ. Which barber schools are state approved and do any take financial aid?'],
    [20, 'l', 'Hi, thanks for contacting Ask a Librarian NJ. My name is Rosalind.'],
    [26, 'l', 'Which county do you live in? I can focus on schools close to you.'],
    [70, 'p', 'essex'],
    [76, 'l', "The NJ Board of Cosmetology and Hairstyling's licensing rules are at njconsumeraffairs.gov/cos. Its list of approved schools is a PDF that keeps changing, so I'll put together the Essex County ones with their financial aid status and e-mail them to you. What's your e-mail?"],
    [120, 'p', 'tyrell.barber.nj@example.com'],
    [126, 'l', 'Got it, tyrell.barber.nj@example.com. Does the Board site help for now?'],
    [170, 'p', 'yeah'],
    [176, 'l', 'Anything else?'],
    [190, 'p', 'nope'],
    [194, 'l', 'Thanks for reaching out, and good luck!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 17 partly Spanish: follow-up by the patron's library, phone read back, "dos días hábiles", done after 80 h
  s(SOFIA, '17 plomero de El Salvador en Maryland (partly Spanish, follow-up by patron\'s library): phone read back, "en un plazo de dos días hábiles", done after 80 h', [
    [0, 'p', 'hola buenas, my husband wants to get his plumbing license in maryland, he was a plumber in el salvador 10 años. does that count?'],
    [30, 'l', "¡Hola! Hi, I'm Sofía, a bilingual librarian with Ask Us Now. ¿Prefiere que sigamos en español?"],
    [70, 'p', 'si mejor en español'],
    [76, 'l', '¿Su esposo tiene documentos de su trabajo en El Salvador, como cartas de empleadores o un certificado?'],
    [120, 'p', 'tiene unas cartas, no certificado'],
    [127, 'l', 'La Junta de Plomería de Maryland (State Board of Plumbing) decide si acepta la experiencia del extranjero; los requisitos para aprendiz y oficial están en labor.maryland.gov/license/plumb. La biblioteca de su condado tiene un programa para nuevos inmigrantes que puede revisar las cartas con ustedes. ¿Quiere que ellos lo llamen? ¿A qué número?'],
    [180, 'p', 'si, 301-555-0119'],
    [186, 'l', 'Entonces, 301-555-0119. La biblioteca lo llamará en un plazo de dos días hábiles.'],
    [192, 'l', '¿La página de la Junta le sirve por ahora?'],
    [240, 'p', 'si gracias, es todo'],
    [246, 'l', '¡Gracias a usted! Que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 a promise in the chat, coded Answered, no contact
  s(ULRICH, '18 Arizona apprenticeship hours toward Colorado: "I will get back to you on that", coded Answered, no e-mail or phone', [
    [0, 'p', 'I did 2 years of electrical apprenticeship hours in Arizona. Do they transfer to Colorado?'],
    [25, 'l', 'Good morning! Ulrich here, a librarian at Denver Public Library.'],
    [31, 'l', 'Were your Arizona hours in a registered (state or federal) apprenticeship program?'],
    [80, 'p', 'yes registered with the DOL'],
    [86, 'l', "Colorado's State Electrical Board accepts documented experience from other states toward the journeyman exam; the rules and the experience verification form are at dora.colorado.gov/electrical. Whether registered hours count in full is a detail I'd like to confirm in the board's rules, so I will get back to you on that."],
    [92, 'l', 'Does the form page help for now?'],
    [140, 'p', 'yes ok'],
    [146, 'l', 'Thanks for your question, have a nice day!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 19 follow-up by me, the e-mail only in patron.email, "by Friday", done in 70 h
  s(VERA, '19 paying for CDL school after a layoff, RI (follow-up by me): "the e-mail on your account by Friday", e-mail only in patron.email, done in 70 h', [
    [0, 'p', 'is there any help paying for truck driving school? i got laid off'],
    [22, 'l', 'Welcome to AskRI! This is Vera, a librarian at Providence Public Library.'],
    [28, 'l', 'Sorry to hear about the layoff. Are you in Rhode Island, and are you getting unemployment right now?'],
    [75, 'p', 'yes and yes'],
    [81, 'l', "Then WIOA training funds may cover it: the state's list of approved training programs, CDL schools included, is at dlt.ri.gov (Workforce > WIOA Eligible Training Provider List). I'll also look for CDL scholarships and send them to the e-mail on your account by Friday."],
    [87, 'l', 'Does that help?'],
    [130, 'p', 'yes thank you'],
    [136, 'l', 'Anything else for today?'],
    [150, 'p', 'no'],
    [154, 'l', 'Take care and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'k.mendes@example.org', phone: null }, followUps: [{ doneAt: at(70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 20 a transfer with a notice and a note
  s(WENDELL, '20 Post-9/11 GI Bill for an electrical apprenticeship: notice + internal note, Ximena answers 74 s after the notice with va.gov', [
    [0, 'p', 'im a vet, can i use my GI bill for an electrician apprenticeship instead of college?'],
    [20, 'l', 'Hi, and thank you for your service. This is Wendell with Ask Us Now.'],
    [26, 'l', 'Are you on the Post-9/11 GI Bill or the Montgomery GI Bill?'],
    [70, 'p', 'post 9/11'],
    [76, 'l', "Our veterans resource librarian, Ximena, knows this one best. I'm transferring you to her now; it'll just be a moment."],
    [79, 'i', 'Ximena, vet asking about Post-9/11 GI Bill for an electrical apprenticeship (OJT), can you take it?'],
    xfer(82, 'Ximena', 'ximena-h'),
    [150, 'l', 'Hi, Ximena here, veterans resource librarian. Yes: the Post-9/11 GI Bill pays a monthly housing allowance during a VA-approved apprenticeship. How it works and how to check that a program is approved are at va.gov/education/about-gi-bill-benefits/how-to-use-benefits/on-the-job-training-apprenticeships.', as(XIMENA)],
    [156, 'l', 'Does that answer what you wanted to know?', as(XIMENA)],
    [200, 'p', 'yes! no more questions, thanks'],
    [206, 'l', 'Thanks for reaching out — bye for now!', as(XIMENA)],
  ], usual({ transfer: 'pass' })),

  // 21 a transfer announced with no internal note
  s(YARA, '21 is a Nevada roofer licensed: "I\'ll pass you to our business librarian, Zeke … Hang on a sec.", no internal note, Zeke 94 s later', [
    [0, 'p', 'how do I look up if a roofing company is licensed in nevada and any complaints against them'],
    [18, 'l', "Hello, you're chatting with Yara at Las Vegas-Clark County Library District."],
    [24, 'l', 'Do you have the company name or its license number?'],
    [60, 'p', 'name only, Desert Peak Roofing'],
    [66, 'l', "I'll pass you to our business librarian, Zeke, who can dig into complaint records. Hang on a sec."],
    xfer(70, 'Zeke', 'zeke-h'),
    [160, 'l', "Hi, Zeke here from the business desk. The Nevada State Contractors Board's search by company name at nscb.nv.gov (Search for a Contractor) shows disciplinary actions too. Customer complaints show on the company's profile at bbb.org.", as(ZEKE)],
    [166, 'l', 'Is that what you were after?', as(ZEKE)],
    [220, 'p', 'yes thats everything thank you'],
    [226, 'l', 'My pleasure — thanks for chatting, and good luck with the roof!', as(ZEKE)],
  ], usual({ transfer: 'fail' })),

  // 22 four at once
  s(ABIGAIL, '22 California C-10 and Law & Business study books: three other chats open through this one (four at once)', [
    [0, 'p', 'what books do people use to study for the california C-10 contractor exam'],
    [30, 'l', "Good afternoon! I'm Abigail, a librarian at San Francisco Public Library."],
    [36, 'l', 'Are you studying for the trade part (C-10) only, or also the Law and Business exam?'],
    [80, 'p', 'both'],
    [86, 'l', "The CSLB's study guides for both exams are free at cslb.ca.gov (Applicants > Contractors > Examination Study Guides). Our catalog has 'California Contractor's License Law & Reference Book' for Law and Business, and the NEC 2023 Handbook for the C-10."],
    [92, 'l', 'Is that helpful?'],
    [130, 'p', 'super helpful ty'],
    [136, 'l', 'Anything else?'],
    [150, 'p', 'nope thats it'],
    [155, 'l', 'Thanks for chatting — good luck on the exams!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'abigail-h', -200, 500), other('a2', 'abigail-h', 20, 300), other('a3', 'abigail-h', 60, 400)],
  }),

  // 23 three at most, touching ends
  s(BENITO, '23 Washington plumber trainee card: one chat ending at the start, two overlapping, one starting at endedAt (three at most)', [
    [0, 'p', 'how do i get a plumber trainee card in washington state'],
    [15, 'l', 'Hi! Benito at Pierce County Library, Ask a Librarian.'],
    [21, 'l', 'Are you already hired by a plumbing contractor, or still looking?'],
    [45, 'p', 'got hired last week'],
    [51, 'l', "The plumber trainee certificate application is online at lni.wa.gov (Licensing & Permits > Plumbers > Trainee). You'll also need 8 hours of approved education every year to renew it. Did that help?"],
    [90, 'p', 'yes ty'],
    [95, 'l', 'Anything else I can help with?'],
    [110, 'p', 'no, thats all'],
    [114, 'l', 'Thanks for chatting, and congrats on the job!'],
  ], usual(), {}, {
    otherIntervals: [other('b1', 'benito-h', -400, 0), other('b2', 'benito-h', -30, 60), other('b3', 'benito-h', 50, 300), other('b4', 'benito-h', 119, 400)],
  }),

  // 24 Practice
  s(CORA, '24 practice chat (trades macros): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 cdl question'],
    [6, 'l', 'hi, training login here, checking the trades macros'],
    [12, 'l', 'CDL info: bmv.ohio.gov. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 no provider ever joined, coded Lost Call after two patron lines
  s(NOBODY, '25 free aptitude test practice: no provider ever joined, "anyone there?", patron left, coded Lost Call with two patron lines', [
    [0, 'p', 'does the library have free practice tests for the electrical apprenticeship aptitude test??'],
    waiting(4, 3),
    [95, 'p', 'anyone there?'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 greets but names no one
  s(KIM, '26 CCBC HVACR vs a private trade school: "Hi there! How can I help?" under the screen name "Librarian Kim" (no one named)', [
    [0, 'p', 'is the hvac program at the community college cheaper than a private trade school? and can i get aid'],
    [12, 'l', 'Hi there! How can I help?'],
    [18, 'l', 'Which community college are you considering, and which trade school?'],
    [60, 'p', 'CCBC vs the private one in towson'],
    [66, 'l', "CCBC's HVACR certificate tuition for county residents is at ccbcmd.edu (Tuition & Fees), and it takes federal aid through the FAFSA. For the private school, College Navigator (collegenavigator.ed.gov) shows its average net price and whether it takes Pell Grants, so you can compare the two."],
    [72, 'l', 'Does that help you compare?'],
    [120, 'p', 'yeah thanks! thats everything'],
    [125, 'l', 'Glad to help. Bye!'],
  ], usual({ greeting: 'fail' })),

  // 27 identifies but does not greet; code null
  s(ELLIS, '27 welding apprenticeship in Tulsa: "This is Ellis at Tulsa City-County Library." with no greeting word, code null', [
    [0, 'p', 'Is there a welding apprenticeship in Tulsa or do I have to go to school'],
    [20, 'l', 'This is Ellis at Tulsa City-County Library.'],
    [26, 'l', 'Are you hoping to earn while you learn, or would you consider a short school program first?'],
    [70, 'p', 'earn while i learn for sure'],
    [76, 'l', "Oklahoma's registered apprenticeships, welding included, are searchable at apprenticeship.gov (Apprenticeship Finder, filter Welder and Tulsa). The boilermakers' and pipefitters' programs also train welders."],
    [82, 'l', 'Did that help?'],
    [130, 'p', 'yes thanks!'],
    [136, 'l', 'Anything else today?'],
    [150, 'p', 'no thats all'],
    [154, 'l', 'Good luck! Thanks for chatting.'],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 28 a referral with no way to reach it
  s(FINN, '28 plumbers Local 690 in Philly: apprenticeship.gov, "stop by the Local 690 hall and ask the training coordinator" with no address', [
    [0, 'p', 'yo how do i get into the plumbers union in philly. my uncle said go to the hall'],
    [16, 'l', 'Hey! Finn from Free Library of Philadelphia, Ask a Librarian.'],
    [22, 'l', 'Are you over 18 with a high school diploma or GED?'],
    [55, 'p', 'ya 20 w/ diploma'],
    [61, 'l', "Plumbers Local 690 takes apprentice applications once a year, and the US DOL's Apprenticeship Finder at apprenticeship.gov lists their program with its requirements. Your uncle's right, though: stop by the Local 690 hall and ask the training coordinator when applications open."],
    [67, 'l', 'Does that help?'],
    [110, 'p', 'ya thx'],
    [114, 'l', 'Anything else?'],
    [130, 'p', 'nah'],
    [134, 'l', 'Cool, thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 29 Spanish: the patron has the last word
  s(RUBEN, '29 CDL clase A en Texas en español (Spanish): manual en dps.texas.gov, "¿Le sirve esa información?", patron "si ok gracias" last', [
    [0, 'p', 'hola, quiero sacar mi licencia CDL en Texas pero no hablo bien ingles, hay el examen en español?'],
    [35, 'l', 'Hola, bienvenido al servicio Pregúntele al Bibliotecario. Me llamo Rubén y trabajo en la Biblioteca Pública de Houston.'],
    [42, 'l', '¿Busca la licencia clase A o clase B?'],
    [90, 'p', 'clase A, para trailer'],
    [97, 'l', 'El examen de conocimientos de CDL se ofrece en español. El manual de CDL en español está en dps.texas.gov (Driver License > Commercial Driver License). ¿Le sirve esa información?'],
    [150, 'p', 'si ok gracias'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 30 an answer from knowledge, no source
  s(GRETA, '30 how many hours is an electrician apprenticeship: "Usually around 8,000 hours…" with no source, "Did that answer your question?"', [
    [0, 'p', 'how long is an electrician apprenticeship usually? like how many hours'],
    [20, 'l', 'Hello! Greta here, librarian at Ask Us Now.'],
    [26, 'l', 'Is this for inside wireman (commercial) or residential work?'],
    [60, 'p', 'commercial'],
    [66, 'l', 'Usually around 8,000 hours of on-the-job training plus about 900 classroom hours, spread over four or five years, before you can take the journeyman exam.'],
    [72, 'l', 'Did that answer your question?'],
    [110, 'p', 'yeah thanks, thats all i wanted to know'],
    [115, 'l', 'Glad I could help, bye!'],
  ], usual({ source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundTrades.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: apprenticeships and trade licensing, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundTrades.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundTrades.filter((c) => c.name in LEFT_WHY));
});
