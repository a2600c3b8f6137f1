/**
 * Fifty-ninth round, theme IMMIGRANTS AND NEW CITIZENS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: the citizenship test (civics study, the 65/20 questions in Somali, reading and
 * writing vocabulary), the N-400 interview and oath ceremonies, fee waivers (I-912, in Spanish), green card and work permit
 * forms (I-90 for a stolen card before a trip, I-765 (c)(8) for asylum, H-4 EAD, I-485 for refugees, I-693 civil surgeons,
 * I-130 for parents, DACA and TPS Haiti renewals), USCIS case status, e-Requests and processing times, immigration court
 * hearings (EOIR portal and EOIR-33), low-cost legal help (the DOJ roster of accredited representatives, a nonprofit's intake
 * line, CASA), certified translations for USCIS (the Policy Manual, the ATA directory), a foreign nursing degree, what a new
 * citizen updates first (SSA, passport, voting), ESL classes (weekends, childcare, apps, a conversation circle) and the
 * library's citizenship classes and form volunteers. Patrons write in Spanish, Haitian Creole greetings, Vietnamese thanks,
 * non-native English and chat-speak. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/fiftyNinthRoundImmigration-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 28 s pickup (01); a patron "hello is anybody there" in the queue and a 110 s pickup (04: fail);
 *   `pickedUpAt` at 55 s with the first line at 150 (09: pickup passes, 95 s after pickup keeps keep_informed passing);
 *   "Hello! How can I help you today?" under the screen name "Ask Desk 2" (03: names no one, fail); "Hello!" then an answer,
 *   the name only in the third line (22: fail); "Hello and welcome!" + "My name is Helga, I am a librarian at …" split over two
 *   lines (30); Spanish "¡Buenas tardes! Le saluda Esteban, bibliotecario de …" (02); "Bonjou! This is Victor …" (18);
 *   "Congratulations!! Hi, I'm Wanda …" (19); chat-speak "hey! Gio here w/ Ask a Librarian @ Newark Public Library" (29); no
 *   provider ever joined (16);
 *  inquiry: reading/writing or civics, Medicaid or SNAP, the receipt number, USCIS or court, card type, case type, the
 *   biometrics appointment, age 21, branch, first language, license or evaluation, TPS with or without an EAD, court or field
 *   office, Colorado and mornings, which Dearborn library, when DACA expires, the A-number, days and branch, Form I-693; a
 *   restatement with no question mark ("Just to make sure I've got it: you're looking for …", 08); the Policy Manual and ATA
 *   directory given before "Is it for the I-485 …?" (07: fail); a question inside an answer with no source, before the source
 *   (22: pass); a session with no source at all where the question counts (09);
 *  waits: a hold answered 150 s later (05: fail); holds at 81/170/262 and the answer at 350 (06: pass); "No rush, take your
 *   time." then the patron back 224 s later (03: waiting on the patron); two internal lines and a visible answer 140 s after
 *   the patron (26: fail); "1 sec lemme check processing times" (29); a transfer notice (a hold) and the receiver 64 s later
 *   (23); a silent transfer, the receiver 70 s after the patron (24); a transfer notice answered 150 s later (25: fail);
 *  endings: "Are you still there?" at 230 and "It seems we've been disconnected, so I'll close this chat now. Feel free to chat
 *   with us again anytime!" at 380 (12: final idle 304 s, all pass); a goodbye 156 s after the answer with no check-in (13:
 *   idle fails, disconnect na); "Hi, are you still with me?" and then nothing until 320 (14: notice and courteous fail); a
 *   Lost Call with a check-in at 150 and "It looks like you've been disconnected. I'm going to end this session now." at 275
 *   (15: idle and notice pass, courteous fails); "We only have 15 minutes per chat and your time is up. Goodbye." (10:
 *   dismissal fails, courteous passes on the "Goodbye."); "a few other patrons waiting … Please come back to chat later, or
 *   call our Central Library reference desk" (11: allowed); the patron's "thats everything, cam on!" as the last line (08:
 *   courteous fails); the patron's window closing before the goodbye (28); goodbyes "Have a nice day!", "Anytime! Bye for
 *   now.", "Thanks for chatting, and safe travels!", "¡De nada! Gracias por comunicarse …", "np, good luck! bye", "Thank you
 *   for your patience!"; patron-side "thats all i needed", "eso es todo", "es todo", "no more questions", "No that is all.",
 *   "thats all", "no that was everything", and "ok", "yep thanks", "ok thank you", "ya. thats it" that do not count;
 *  sources: uscis.gov pages (study materials, I-912, I-765, I-90, I-130, TPS, DACA, Policy Manual, refugees), egov.uscis.gov
 *   case status, processing times and e-Request, my.uscis.gov, justice.gov/eoir and acis.eoir.justice.gov, travel.state.gov,
 *   ssa.gov/locator, votetexas.gov, rn.ca.gov, ctd.uscourts.gov, library catalogues and event pages, Mango and USA Learns;
 *   none (09: "apply to USCIS", "An immigration attorney could tell you");
 *  referrals: CASA by phone (02); USCIS by filing a form with it, by URL (04, LEFT; 11 with the library's own desk by phone);
 *   the USCIS Contact Center by phone with "report the theft to your local police" (05, LEFT); a nonprofit's intake line (06);
 *   USCIS and an attorney without contact (09); the Board of Registered Nursing and CGFNS by URL (13, LEFT); "Se envía a USCIS
 *   … en my.uscis.gov" (23, LEFT); the EOIR automated line by phone and the court's EOIR-33 by URL (24); an SSA office by
 *   locator URL, a passport acceptance facility by search URL (25); an e-Request to USCIS (29, LEFT); a resettlement
 *   caseworker without contact (30); no referral: the ATA directory "if you'd rather hire one" (07), "sign up at
 *   bklynlibrary.org/citizenship" (12), staff consulted on the patron's behalf (18, 19, 20, 21, 22);
 *  follow-ups: FU_ME with the e-mail read back, "by Thursday", done in 20 h (18: pass); FU_ME with the e-mail read back and no
 *   time (19: contact fails, pending at day 1); a promise "I'll e-mail you by tomorrow at noon" with the e-mail read back,
 *   coded Answered, never recorded, day 4 (20: code and on_time fail, contact passes); FU_LIB with the patron's phone read back,
 *   "by Friday", done after 80 h (21: on_time fails); FU_ME with "I'll get back to you" and no contact anywhere (22: code and
 *   contact fail, pending);
 *  codes: a true Lost Call (15); Lost Call after two patron lines and no provider (16); an empty string (03); null (30);
 *   Practice (17);
 *  transfers: a Spanish notice (a hold) and an internal note that says why (23: pass); an internal note only (24: fail); a
 *   notice with no note (25: fail);
 *  concurrency: four at once (26: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (27: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - telling the patron to file an application with, apply to, send a renewal to, or send an e-Request to an agency (USCIS,
 *   the Board of Registered Nursing) is telling them to write to it: a referral (the project's round-57 reading of "file Form
 *   N-565 … with USCIS"), reached here by the agency's URL (04, 11, 13, 23, 29); "report the theft to your local police" is a
 *   referral to a second party, with no contact (05);
 * - "The American Translators Association directory at atanet.org lists certified translators if you'd rather hire one"
 *   points to a directory for the patron to use, naming no translator to contact: a source, no referral (07); "sign up at
 *   bklynlibrary.org/citizenship" is using a page (12);
 * - "Your resettlement agency caseworker can help you fill it out" tells the patron to ask a person outside the chat: a
 *   referral, with no contact (30, as the project read it in round 31); "An immigration attorney could tell you for sure" too
 *   (09);
 * - with `pickedUpAt` at 55 s and the first line at 150 s, the wait after pickup is 95 s: keep_informed passes (09; the 55 s
 *   before pickup are pickup's alone);
 * - "Would one of those work for her?" (right after the classes were given) and "Does the class list help in the meantime?"
 *   ask whether what was given meets the need (08, 20);
 * - "Have a nice day!", "Anytime! Bye for now.", "safe travels", "np, good luck! bye" say goodbye; "Thank you for your
 *   patience!" thanks the patron; "… your time is up. Goodbye." says goodbye, so a dismissal still passes courteous (10);
 * - "Almost done, just checking a phone number." is a hold (a partial result, the search goes on) (06); "Le paso con mi
 *   compañera Carmen. Un momento, por favor." is a transfer announcement, so a hold (23); "No rush, take your time." is not (03);
 * - "ya. thats it" answering "that help?" confirms the answer; it does not say explicitly that the patron is done (29, the
 *   label correction below); "no that was everything" and "No that is all." do;
 * - a greeting followed by a check-in and a disconnect notice is no substantive exchange: the information checks are na, and
 *   the final idle runs from the greeting (15).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6 (cases 04, 05, 08, 13, 23, 29). Label corrections: 1:
 *  - case 29, closing.anything_else pass -> fail: "ya. thats it" answers "that help?" and may only confirm the answer; RUBRIC
 *    wants the patron to say "explicitly" that they are done. (The case stays LEFT on referral.contact.)
 * Final: 24 running, 6 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 04, referral.contact pass/na: "You renew by filing Form I-765 with USCIS … at uscis.gov/i-765 … my.uscis.gov";
 *  - case 05, referral.contact fail/pass: "report the theft to your local police" (no contact) beside the Contact Center's phone;
 *  - case 08, followup.completeness pass/fail: "Would one of those work for her?";
 *  - case 13, referral.contact pass/na: "you apply to the Board of Registered Nursing … rn.ca.gov/applicants … CGFNS (cgfns.org)";
 *  - case 23, referral.contact pass/na: "Se envía a USCIS por correo o en línea en my.uscis.gov" (Spanish);
 *  - case 29, referral.contact pass/na: "u can send USCIS an e-Request at egov.uscis.gov/e-request".
 * Every timing check (pickup at 28 and 110 s, by `pickedUpAt`, no provider; keep_informed across holds, "take your time",
 * internal lines, three transfers and 95 s after `pickedUpAt`; final idles of 0, 156, 254, 258 and 304 s; concurrency at four
 * and at touching ends; on_time done at 20 h, late at 80 h, pending at day 1, not recorded by day 4) scored as labelled on the
 * first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a
 * patron phone read back, a USCIS receipt number in a patron line).
 *
 * ON v53 (block S, written partly from this file): case 29's "u can send USCIS an e-Request at …" (S18) and 04's "You renew by
 *   filing Form I-765 with USCIS …" (S16) read as labelled and run: 26 running, 4 LEFT (05, 08, 13, 23).
 * ON v54 (block T): case 08's "Would one of those work for her?" right after the classes were given (T7) reads as labelled and runs:
 *   27 running, 3 LEFT (05, 13, 23).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are #${n} in line. A librarian will join shortly.`];

const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'MCPL-MD' };
const ESTEBAN: Prov = { id: 'esteban', name: 'Esteban', library: 'PGCMLS' };
const DESK2: Prov = { id: 'askdesk2', name: 'Ask Desk 2', library: 'HCPL-TX' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'CML' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'FCPL' };
const HALIMA: Prov = { id: 'halima', name: 'Halima', library: 'HCL' };
const IVAN: Prov = { id: 'ivan', name: 'Ivan', library: 'SKPL' };
const JUNO: Prov = { id: 'juno', name: 'Juno', library: 'SPL' };
const LIAM: Prov = { id: 'liam', name: 'Liam', library: 'PPL-TX' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'QPL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'HPL' };
const OLGA: Prov = { id: 'olga', name: 'Olga', library: 'BPL-NY' };
const PABLO: Prov = { id: 'pablo', name: 'Pablo', library: 'SDPL' };
const QUINN: Prov = { id: 'quinn', name: 'Quinn', library: 'AACPL' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'WCPL' };
const LINE: Prov = { id: 'askus-line', name: 'Ask Us line', library: 'STATE' };
const PRACTICE: Prov = { id: 'practice-f', name: 'Training Seat', library: 'TRN' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'MDPLS' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'HPL-CT' };
const XAVI: Prov = { id: 'xavi', name: 'Xavi', library: 'APL-CO' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf (statewide)', library: 'STATE-MI' };
const ZARA: Prov = { id: 'zara', name: 'Zara', library: 'CML' };
const ABBY: Prov = { id: 'abby', name: 'Abby', library: 'DPL' };
const CARMEN: Prov = { id: 'carmen', name: 'Carmen', library: 'DPL' };
const BEN: Prov = { id: 'ben', name: 'Ben', library: 'MCL-OR' };
const DOLORES: Prov = { id: 'dolores', name: 'Dolores', library: 'MCL-OR' };
const CLEO: Prov = { id: 'cleo', name: 'Cleo', library: 'APL-TX' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'APL-TX' };
const DARIA: Prov = { id: 'daria', name: 'Daria', library: 'APL-VA' };
const EDGAR: Prov = { id: 'edgar', name: 'Edgar', library: 'TCCL' };
const FATIMA: Prov = { id: 'fatima', name: 'Fatima', library: 'FCPL-CA' };
const GIO: Prov = { id: 'gio', name: 'gio_npl', library: 'NPL' };
const HELGA: Prov = { id: 'helga', name: 'Helga', library: 'BPL-ID' };

export const fiftyNinthRoundImmigration: SessionCase[] = [
  // 01 everything passes
  s(NADIA, '01 civics test prep: queue line, "reading and writing too?", USCIS study page + a book in the catalogue, "thats all i needed"', [
    [0, 'p', 'hi, my citizenship interview is in march and i want to study for the civics test. where do i start?'],
    queue(2),
    [28, 'l', "Good morning! I'm Nadia, a librarian with Ask Us at Silver Spring Library."],
    [34, 'l', 'Congrats on getting the interview! Do you need help with the English reading and writing part too, or only the civics questions?'],
    [80, 'p', 'only civics, my english is ok'],
    [86, 'l', 'USCIS has the official list of civics questions, flash cards and practice tests at uscis.gov/citizenship/find-study-materials-and-resources. We also have the book "Citizenship: Passing the Test" in our catalogue (montgomerycountymd.gov/library, search the title) that you can put on hold.'],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes!! thats all i needed, thank you so much'],
    [146, 'l', 'Good luck at the interview, and thanks for chatting with Ask Us!'],
  ], usual()),

  // 02 Spanish: the fee waiver and a nonprofit by phone
  s(ESTEBAN, '02 exención de tarifa para la ciudadanía (Spanish): "Le saluda Esteban", Medicaid asked, hold, I-912 en uscis.gov/es + CASA por teléfono, "eso es todo"', [
    [0, 'p', 'buenas tardes, quiero hacerme ciudadano pero no tengo dinero para pagar la aplicacion, hay alguna ayuda?'],
    [40, 'l', '¡Buenas tardes! Le saluda Esteban, bibliotecario de la Biblioteca Pública de Prince George’s County. Con gusto le ayudo.'],
    [47, 'l', '¿Recibe usted algún beneficio como Medicaid o SNAP (cupones de comida)? Eso decide qué opción le sirve.'],
    [110, 'p', 'si tengo medicaid'],
    [116, 'l', 'Déjeme buscar la página correcta, un momento.'],
    [190, 'l', 'Con Medicaid puede pedir que no le cobren la tarifa con el Formulario I-912; las instrucciones en español están en uscis.gov/es/i-912. Para ayuda gratis con la solicitud, puede llamar a CASA al 301-555-0147; tienen clínicas de ciudadanía los sábados.'],
    [196, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si, mil gracias. eso es todo'],
    [256, 'l', '¡De nada! Gracias por comunicarse con nosotros y mucha suerte.'],
  ], usual({ referral: 'pass' })),

  // 03 greets, names no one; "take your time"; code ""
  s(DESK2, '03 USCIS case status (non-native writer): "Hello! How can I help you today?" under "Ask Desk 2", receipt number asked, "No rush, take your time." then 224 s away, egov case status, code ""', [
    [0, 'p', 'how i can check my case? i send the I-485 in august and nothing happen'],
    [22, 'l', 'Hello! How can I help you today?'],
    [60, 'p', 'i told, my case status. green card'],
    [66, 'l', 'Sorry about that! Do you have the receipt number from the notice USCIS mailed you? It starts with three letters, like IOE or MSC.'],
    [100, 'p', 'wait i look for the paper'],
    [106, 'l', 'No rush, take your time.'],
    [330, 'p', 'ok here IOE0923456781'],
    [336, 'l', 'Enter that number at egov.uscis.gov/casestatus and it shows the latest step on your case. If it is taking longer than normal, the processing times page at egov.uscis.gov/processing-times tells you when you can ask about it.'],
    [342, 'l', 'Did that help?'],
    [380, 'p', 'ok'],
    [385, 'l', 'Have a nice day!'],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 04 pickup after 110 s
  s(KOFI, '04 asylum work permit renewal: "hello is anybody there" in the queue, pickup 110 s, USCIS or court asked, I-765 (c)(8) filed with USCIS at uscis.gov/i-765, "No that is all."', [
    [0, 'p', 'Good evening. I am asylum applicant and my work permit expires next month. How do I renew it?'],
    queue(3, 2),
    [70, 'p', 'hello is anybody there'],
    [110, 'l', 'Hi, sorry for the wait! This is Kofi, a librarian at Columbus Metropolitan Library.'],
    [116, 'l', 'Is your asylum case pending with USCIS or in immigration court? The form is the same, but it helps to know.'],
    [170, 'p', 'with USCIS, I filed the I-589 in 2023'],
    [176, 'l', 'You renew by filing Form I-765 with USCIS under category (c)(8): the form, instructions and fee are at uscis.gov/i-765, and you can file online from a USCIS account at my.uscis.gov. You can file up to 180 days before the card expires.'],
    [182, 'l', 'Is that the information you were looking for?'],
    [230, 'p', 'Yes. Thank you very much.'],
    [236, 'l', 'Anything else I can help with tonight?'],
    [260, 'p', 'No that is all.'],
    [266, 'l', 'Take care, and thanks for using our chat!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 hold then 150 s; the police named without contact
  s(GRACE, '05 stolen green card before a trip: hold at 76, answer at 226 (150 s), I-90 URL + Contact Center phone, "report the theft to your local police" (no contact)', [
    [0, 'p', 'my green card got stolen with my wallet. what do i do, i have a trip in 2 months'],
    [25, 'l', 'Hi there, Grace here at the Ask a Librarian service, Fairfax County Public Library. Sorry that happened!'],
    [31, 'l', 'Is the card a 10-year card or a 2-year conditional one?'],
    [70, 'p', '10 year'],
    [76, 'l', 'Let me check the replacement steps for you.'],
    [226, 'l', "Thanks for waiting. You replace it by filing Form I-90 with USCIS, online at uscis.gov/i-90. Since you're traveling before the new card will come, call the USCIS Contact Center at 800-375-5283 and ask for an appointment to get a temporary stamp in your passport. It's also a good idea to report the theft to your local police and keep a copy of the report."],
    [232, 'l', 'Does that help?'],
    [280, 'p', 'yes ok. thats all, thanks'],
    [286, 'l', 'Thanks for chatting, and safe travels!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 06 holds every ~90 s; the DOJ roster and a nonprofit by phone
  s(HALIMA, '06 low-cost lawyer for removal proceedings: holds at 81/170/262, DOJ roster URL + ILCM intake phone at 350, "no more questions"', [
    [0, 'p', 'I need a lawyer for my immigration case but they are all charging $3000+. Is there anywhere cheaper? I live in Minneapolis'],
    [20, 'l', 'Hello! My name is Halima and I am a librarian at Hennepin County Library.'],
    [26, 'l', 'What kind of case is it: a family petition, asylum, citizenship, or something else? Free programs often take only certain kinds.'],
    [75, 'p', 'my wife is in removal proceedings, court date in april'],
    [81, 'l', "I'm sorry, that's stressful. Let me look up who takes court cases, one moment."],
    [170, 'l', 'Still looking — checking which of the local groups take removal cases.'],
    [262, 'l', 'Almost done, just checking a phone number.'],
    [350, 'l', "Here's what I found: the Department of Justice keeps a list of nonprofits whose accredited representatives can appear in immigration court, by state, at justice.gov/eoir/recognized-organizations-and-accredited-representatives-roster-state. In Minneapolis, the Immigrant Law Center of Minnesota takes removal defense cases for free or low cost; call their intake line at 651-555-0180."],
    [356, 'l', 'Does this completely answer your question?'],
    [420, 'p', 'yes this is great. no more questions'],
    [426, 'l', 'Good luck to you and your wife. Thank you for contacting us!'],
  ], usual({ referral: 'pass' })),

  // 07 a source before the question
  s(IVAN, '07 translating a Russian birth certificate for the I-485: Policy Manual + ATA directory given before "Is it for the I-485 …?", "yep thanks"', [
    [0, 'p', 'need to translate my birth certificate from russian for the green card. does library do translations??'],
    [18, 'l', 'Hi! This is Ivan at Ask a Librarian, Skokie Public Library.'],
    [24, 'l', "We don't translate documents, but USCIS accepts a translation by anyone fluent in both languages who signs a certification; the rule is in the USCIS Policy Manual at uscis.gov/policy-manual (Volume 1, Part E, Chapter 6). The American Translators Association directory at atanet.org lists certified translators if you'd rather hire one."],
    [30, 'l', 'Is it for the I-485 or for something else?'],
    [80, 'p', 'I-485 yes'],
    [86, 'l', 'Then that certification rule applies. Did that help?'],
    [120, 'p', 'yep thanks'],
    [126, 'l', 'Anytime! Bye for now.'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 08 a restatement; the patron has the last word
  s(JUNO, '08 weekend ESL class for a mother from Vietnam: restated ("Just to make sure I\'ve got it: …"), spl.org ESL list, "Would one of those work for her?", patron "thats everything, cam on!" last', [
    [0, 'p', 'my mom just moved here from vietnam and wants to learn english. she can only go on weekends. anything free?'],
    [30, 'l', 'Hi there! Juno here, librarian at Seattle Public Library.'],
    [36, 'l', "Just to make sure I've got it: you're looking for a free English class for your mom that meets on Saturday or Sunday."],
    [70, 'p', 'yes thats right'],
    [76, 'l', 'Our free ESL classes for adults are listed at spl.org/esl; filter by "Weekend". The Saturday class at the Beacon Hill branch has a Vietnamese-speaking volunteer. We also have Talk Time conversation circles on Sundays, no sign-up needed.'],
    [82, 'l', 'Would one of those work for her?'],
    [130, 'p', 'the beacon hill one is perfect. thats everything, cam on!'],
  ], usual({ courteous: 'fail' })),

  // 09 pickedUpAt 55 s, first line at 150; no source; USCIS and an attorney without contact
  s(LIAM, '09 H-4 work permit: pickedUpAt 55 s, first line at 150, I-140 asked, "apply to USCIS", "An immigration attorney could tell you" (no source, no contact), "ok thank you"', [
    [0, 'p', 'Hello, I am on H4 visa. Can I get work permit? My husband has H1B for 4 years now'],
    [150, 'l', 'Hello, this is Liam at Ask Us, Plano Public Library. Sorry for the short wait.'],
    [156, 'l', "Has your husband's employer filed a green card petition for him (the I-140), and has it been approved?"],
    [215, 'p', 'yes approved last year'],
    [221, 'l', 'Then you may be able to get an H-4 work permit. You would apply to USCIS and include a copy of his I-140 approval notice. An immigration attorney could tell you for sure whether you qualify.'],
    [227, 'l', 'Does that help?'],
    [275, 'p', 'ok thank you'],
    [281, 'l', 'Thank you for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' }), { pickedUpAt: at(55) }),

  // 10 "your time is up"
  s(MEI, '10 N-400 interview practice: biometrics asked, USCIS interview page, then "We only have 15 minutes per chat and your time is up. Goodbye."', [
    [0, 'p', 'hi can you help me practice for the N-400 interview questions? like the part about my travel and taxes'],
    [20, 'l', "Hi, I'm Mei, a librarian at Ask a Librarian, Queens Public Library."],
    [26, 'l', 'Sure. Have you already had your biometrics appointment?'],
    [60, 'p', 'yes last week'],
    [66, 'l', 'Then the interview is next. USCIS has a video of a sample naturalization interview and the N-400 vocabulary at uscis.gov/citizenship/learn-about-citizenship/the-naturalization-interview-and-test. Did that help?'],
    [110, 'p', 'yes. can you ask me the questions like the officer? like "have you ever claimed to be a US citizen"'],
    [118, 'l', 'We only have 15 minutes per chat and your time is up. Goodbye.'],
    [130, 'p', '?? it has been like 2 minutes'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 11 other patrons waiting, a way back; the library's own desk by phone
  s(NOOR, '11 petitioning parents from Pakistan: age asked, I-130 + travel.state.gov, long list, "a few other patrons waiting … come back … or call our Central Library reference desk"', [
    [0, 'p', 'how do I bring my parents from Pakistan? I became a citizen last year'],
    [28, 'l', 'Hello and welcome to Ask Us! This is Noor, a librarian at Houston Public Library.'],
    [34, 'l', 'Congratulations! Are you 21 or older? Only adult citizens can petition for parents.'],
    [80, 'p', 'yes 34'],
    [86, 'l', 'Then you file Form I-130 with USCIS, one for each parent, with a copy of your naturalization certificate and your birth certificate showing them as your parents. The form, fee and filing address are at uscis.gov/i-130, and the State Department explains the visa steps after approval at travel.state.gov (Immigrant Visas > Immediate Relative).'],
    [92, 'l', 'Is that what you were looking for?'],
    [160, 'p', 'yes. also how long it takes, and the affidavit of support, and my dad has an old overstay from 2009, and can they work here, and medical exam'],
    [170, 'l', "Those are all important! I have a few other patrons waiting right now, so I can't take them all at once. Please come back to chat later, or call our Central Library reference desk at 832-555-0163 and we'll continue."],
    [200, 'p', 'ok i will'],
    [206, 'l', 'Thank you for your patience!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 12 check-in and a notice that invites back (final idle 304 s)
  s(OLGA, '12 citizenship class at Flatbush: branch asked, sign-up URL, "Are you still there?" at 230, "It seems we\'ve been disconnected … chat with us again anytime!" at 380', [
    [0, 'p', 'when are the citizenship classes at the library? I want to sign up'],
    [24, 'l', 'Hi! This is Olga at the Ask a Librarian desk, Brooklyn Public Library.'],
    [30, 'l', 'Which branch is closest to you?'],
    [70, 'p', 'flatbush'],
    [76, 'l', 'Flatbush has a free citizenship prep class on Tuesday evenings, 6 to 8; sign up at bklynlibrary.org/citizenship. The next session starts on the 10th.'],
    [82, 'l', 'Does that answer your question?'],
    [230, 'l', 'Are you still there?'],
    [380, 'l', "It seems we've been disconnected, so I'll close this chat now. Feel free to chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 13 goodbye 156 s after the answer, no check-in
  s(PABLO, '13 Philippine nursing degree recognised: license or evaluation asked, Board of Registered Nursing URL + CGFNS, goodbye at 252 (final idle 156 s) with no check-in', [
    [0, 'p', 'I was a nurse in the Philippines, how do I get my degree recognized here?'],
    [30, 'l', 'Good afternoon! Pablo here, a librarian with the Ask a Librarian service at San Diego Public Library.'],
    [36, 'l', 'Are you trying to get a nursing license in California, or is it for a job that asks for a degree evaluation?'],
    [90, 'p', 'nursing license'],
    [96, 'l', "For an RN license in California you apply to the Board of Registered Nursing; the steps for internationally educated nurses are at rn.ca.gov/applicants. They'll ask for a credentials report from CGFNS (cgfns.org), and then you take the NCLEX."],
    [102, 'l', 'Is that what you needed?'],
    [252, 'l', 'Thanks for chatting with us today — good luck!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 14 check-in only, session ends at 320
  s(QUINN, '14 English apps for a night worker: first language asked, Mango + USA Learns, "Hi, are you still with me?" at 220, ends at 320 with no notice', [
    [0, 'p', 'any free apps or websites to learn english? i work nights so cant go to class'],
    [20, 'l', 'Hey! Quinn here, librarian at Ask Us — Anne Arundel County Public Library.'],
    [26, 'l', 'What is your first language? Some courses teach English from your language.'],
    [60, 'p', 'arabic'],
    [66, 'l', 'With your library card you get Mango Languages free at aacpl.net/mango, and it has an English course for Arabic speakers. USA Learns (usalearns.org) is free too and works on a phone.'],
    [72, 'l', 'Did that help?'],
    [220, 'l', 'Hi, are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 100 }),

  // 15 a true Lost Call: greeting, check-in, a notice with no goodbye
  s(TAMSIN, '15 green card interview documents (Lost Call): greeting at 22, "Hello? Are you still with me?" at 150, "It looks like you\'ve been disconnected. I\'m going to end this session now." at 275', [
    [0, 'p', 'what documents do i need to bring to my green card interview'],
    [22, 'l', 'Hi, this is Tamsin with Ask a Librarian at Wake County Public Libraries.'],
    [150, 'l', 'Hello? Are you still with me?'],
    [275, 'l', "It looks like you've been disconnected. I'm going to end this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 no provider joined; Lost Call after two patron lines
  s(LINE, '16 renovación de green card (Spanish): no provider ever joined, "hola?? alguien", patron left, coded Lost Call', [
    [0, 'p', 'necesito ayuda con el formulario de renovacion de la green card'],
    queue(2, 5),
    [140, 'p', 'hola?? alguien'],
    left(230),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(PRACTICE, '17 practice chat (new citizens macros): coded Practice, every check na', [
    [0, 'p', 'test: where is the N-400'],
    [10, 'l', 'Hi, this is a practice chat for the immigration macros.'],
    [20, 'l', 'N-400: uscis.gov/n-400. Did that help?'],
    [30, 'p', 'test over, thx'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 follow-up by me: e-mail read back, "by Thursday", done in 20 h
  s(VICTOR, '18 TPS Haiti re-registration with Creole-speaking help (follow-up by me): "Bonjou!", hold, TPS page, e-mail read back, "by Thursday", done 20 h', [
    [0, 'p', 'bonjou. I need help with my TPS re-registration for Haiti but I want someone who speaks kreyol to help me with the form. cheap or free'],
    [30, 'l', 'Bonjou! This is Victor, a librarian at Miami-Dade Public Library System. Happy to help.'],
    [36, 'l', 'Are you re-registering only, or also asking for a new work permit with it?'],
    [90, 'p', 'both'],
    [96, 'l', 'One moment while I look.'],
    [180, 'l', 'The TPS page at uscis.gov/humanitarian/temporary-protected-status (choose Haiti) has the re-registration dates and the forms (I-821 and I-765). For Creole-speaking help, I know of a couple of nonprofits, but I want to check which still have openings this month. Can I e-mail you a short list?'],
    [240, 'p', 'yes. jean.pierre.l@example.com'],
    [246, 'l', "jean.pierre.l@example.com — got it. I'll send the list by Thursday."],
    [252, 'l', 'Does the TPS page help in the meantime?'],
    [300, 'p', 'yes mesi anpil. thats all'],
    [306, 'l', "You're welcome! Thank you for contacting us, and take care."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 19 follow-up by me: e-mail read back, no time; pending
  s(WANDA, '19 oath ceremony dates in Hartford (follow-up by me): court or field office asked, ctd.uscourts.gov, e-mail read back, "I\'ll send you what she finds" (no time), pending', [
    [0, 'p', 'hi i passed my interview!! when are the oath ceremonies at the federal court in hartford? want my family to come'],
    [25, 'l', "Congratulations!! Hi, I'm Wanda, a reference librarian at Hartford Public Library."],
    [31, 'l', 'Did USCIS say your oath will be at the court, or at the USCIS office? Some are held at the field office.'],
    [80, 'p', 'the letter said court but no date yet'],
    [86, 'l', "The date comes on your Form N-445 notice. The District of Connecticut posts its naturalization schedule at ctd.uscourts.gov (search \"naturalization\"), but the page I see is last year's. I'll ask our government documents librarian whether she has the new one and send it to you. What's the best e-mail?"],
    [140, 'p', 'tran.h.nguyen@example.com'],
    [146, 'l', "tran.h.nguyen@example.com, thanks. I'll send you what she finds."],
    [152, 'l', 'In the meantime, is the court page useful?'],
    [200, 'p', 'yes thank you!'],
    [206, 'l', 'Anything else I can do for you?'],
    [230, 'p', 'no thats it'],
    [236, 'l', 'Congratulations again, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 20 a promise with a time, coded Answered; not recorded by day 4
  s(XAVI, '20 ESL class with childcare in Aurora: promise "I\'ll e-mail you by tomorrow at noon" (e-mail read back) coded Answered, not recorded by day 4', [
    [0, 'p', 'looking for english class for me that has babysitting, i have 2 little kids. in aurora'],
    [28, 'l', 'Hi, Xavi here at Ask a Librarian, Aurora Public Library.'],
    [34, 'l', 'Aurora, Colorado? And do you need mornings or evenings?'],
    [80, 'p', 'yes colorado, mornings'],
    [86, 'l', 'Let me check.'],
    [170, 'l', 'The adult education English classes are listed at auroragov.org (search "English classes"), but the page doesn\'t say which ones have childcare. I can call the program tomorrow morning and e-mail you which classes do. What e-mail should I use?'],
    [220, 'p', 'lupita.mx88@example.com'],
    [226, 'l', "lupita.mx88@example.com — I'll e-mail you by tomorrow at noon."],
    [232, 'l', 'Does the class list help in the meantime?'],
    [280, 'p', 'yes thank u so much, thats all'],
    [286, 'l', "You're welcome, have a great day!"],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 21 follow-up by the patron's library: phone read back, "by Friday", done after 80 h
  s(YUSUF, '21 booking the citizenship-form volunteer in Dearborn (follow-up by patron\'s library): branch asked, events URL, phone read back, "will call you by Friday", done 80 h', [
    [0, 'p', 'I want an appointment with the volunteer who helps with citizenship forms at the Dearborn library'],
    [30, 'l', 'Hello, Yusuf here at the statewide Ask a Librarian chat.'],
    [36, 'l', 'Is it the Henry Ford Centennial Library, or the Esper branch?'],
    [90, 'p', 'Centennial'],
    [96, 'l', "Their citizenship help sessions are by appointment, and the calendar at dearbornlibrary.org/events doesn't show open slots, so I'll pass your request to the Centennial staff and they'll call you to book. What's the best phone number?"],
    [150, 'p', '313-555-0199'],
    [156, 'l', '313-555-0199. Someone from the Centennial Library will call you by Friday.'],
    [162, 'l', 'Does the events calendar help for now?'],
    [210, 'p', 'yes thank you'],
    [216, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no'],
    [246, 'l', 'Thank you for using Ask a Librarian!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 22 follow-up by me with no contact anywhere; the name only in the third message
  s(ZARA, '22 civics questions in Somali for an uncle (follow-up by me): "Hello!", the 65/20 rule + "Has he filed his N-400 yet?", name only in the third line, "I\'ll get back to you" with no contact', [
    [0, 'p', 'do you have the civics test questions in somali? for my uncle, his english is little. he is 67 and has been green card 20 years'],
    [25, 'l', 'Hello!'],
    [31, 'l', 'Since he is over 65 and has been a resident for 20 years, he can take the civics test in Somali with an interpreter and only needs to study 20 questions. Has he filed his N-400 yet?'],
    [90, 'p', 'not yet'],
    [96, 'l', "Sorry, I should have said: I'm Zara, a librarian at Columbus Metropolitan Library. The 20 questions for the 65/20 exemption are marked with an asterisk in the list at uscis.gov/citizenship/find-study-materials-and-resources. I'm not sure we have them in Somali; let me ask our outreach team and I'll get back to you."],
    [102, 'l', 'Does the list help for now?'],
    [150, 'p', 'ok thanks'],
    [156, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 23 transfer with a notice and a note (Spanish)
  s(ABBY, '23 renovar DACA (Spanish): Abby\'s notice "Le paso con mi compañera Carmen" + internal note, Carmen asks when it expires, uscis.gov/es/DACA, "es todo"', [
    [0, 'p', 'hola necesito renovar mi DACA, cuando tengo que mandar los papeles'],
    [20, 'l', 'Hi! This is Abby at Ask Us, Denver Public Library.'],
    [26, 'l', 'Para atenderle en español, le paso con mi compañera Carmen. Un momento, por favor.'],
    [30, 'i', 'Carmen, can you take this one? DACA renewal timing, patron writes in Spanish. Thanks!'],
    xfer(33, 'Carmen', 'carmen'),
    [90, 'l', '¡Hola! Soy Carmen, bibliotecaria de Denver Public Library. ¿Cuándo se vence su DACA actual?', as(CARMEN)],
    [130, 'p', 'en julio'],
    [136, 'l', 'USCIS recomienda enviar la renovación entre 150 y 120 días antes del vencimiento, o sea entre febrero y marzo. Se envía a USCIS por correo o en línea en my.uscis.gov; las instrucciones y los formularios (I-821D, I-765 y I-765WS) están en uscis.gov/es/DACA.', as(CARMEN)],
    [142, 'l', '¿Le sirve esta información?', as(CARMEN)],
    [190, 'p', 'si gracias, es todo'],
    [196, 'l', '¡Con gusto! Gracias por usar Ask Us.', as(CARMEN)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 24 a silent transfer (internal note only)
  s(BEN, '24 immigration court hearing date after a move: A-number asked, internal note only, Dolores 70 s after the patron with the EOIR portal, phone line and EOIR-33', [
    [0, 'p', 'how can i find when my immigration court hearing is? i moved and didnt get the letter'],
    [24, 'l', 'Hello! Ben here, librarian with Ask Us at Multnomah County Library.'],
    [30, 'l', 'Do you have your A-number? It is on the papers from immigration, 8 or 9 digits.'],
    [80, 'p', 'yes i have it'],
    [84, 'i', 'Dolores, can you take this? EOIR hearing lookup + change of address, you know the court stuff better. Thx'],
    xfer(88, 'Dolores', 'dolores'),
    [150, 'l', "Hi, I'm Dolores, a legal information librarian at Multnomah County Library. You can look up your next hearing with your A-number at acis.eoir.justice.gov, or call the EOIR automated line at 1-800-898-7180. Because you moved, you also have to tell the court your new address within 5 days with Form EOIR-33, which is at justice.gov/eoir/list-downloadable-eoir-forms.", as(DOLORES)],
    [156, 'l', 'Does that answer your question?', as(DOLORES)],
    [200, 'p', 'yes thank you both'],
    [206, 'l', 'Anything else?', as(DOLORES)],
    [230, 'p', 'no that was everything'],
    [236, 'l', 'Good luck, and thanks for contacting us!', as(DOLORES)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 25 a transfer notice, no note; the receiver 150 s after the notice
  s(CLEO, '25 new citizen, passport or Social Security first: transfer notice, no internal note, Dev 150 s later with SSA locator, DS-11 and votetexas.gov', [
    [0, 'p', 'i just became citizen last week. do i need to apply passport first or update social security first?'],
    [22, 'l', "Hi there! I'm Cleo, a librarian at Ask a Librarian, Austin Public Library."],
    [28, 'l', 'Congratulations! Are you planning to travel soon, and do you want to register to vote too?'],
    [70, 'p', 'travel in june, and voting yes'],
    [76, 'l', "I'm transferring you to our government information librarian, Dev, who can walk you through the order. One moment please."],
    xfer(80, 'Dev', 'dev'),
    [226, 'l', 'Hi, Dev here, government information librarian. Start with Social Security: take your naturalization certificate to an SSA office (find yours at ssa.gov/locator) so your record shows you are a citizen. Then apply for your first passport in person with Form DS-11 at a passport acceptance facility (search at iafdb.travel.state.gov). You can register to vote online at votetexas.gov.', as(DEV)],
    [232, 'l', 'Is that what you needed?', as(DEV)],
    [280, 'p', 'yes perfect thats everything'],
    [286, 'l', 'Congratulations again, and thanks for using Ask a Librarian!', as(DEV)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 26 two internal lines while the patron waits 140 s; four chats at once
  s(DARIA, '26 English conversation group: days and branch asked, two internal lines, answer 140 s after the patron, four chats open at once', [
    [0, 'p', 'is there english conversation group for adults? my level is intermediate'],
    [15, 'l', "Hi, welcome to Ask Us! I'm Daria at Arlington Public Library."],
    [21, 'l', 'Which days are you free, and which branch is easiest for you to get to?'],
    [60, 'p', 'wednesday evening, central library'],
    [65, 'i', 'anyone know if the Wed conversation circle at Central is still meeting?'],
    [140, 'i', 'Central: yes, Wed 6:30, Room 2'],
    [200, 'l', 'Central Library has an English Conversation Circle on Wednesdays 6:30 to 8 in Room 2, intermediate level, no registration. Details are at library.arlingtonva.us/events (search "conversation").'],
    [206, 'l', 'Is this what you were looking for?'],
    [240, 'p', 'yes thanks thats all i needed'],
    [245, 'l', 'See you there! Thanks for chatting.'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'daria', -300, 200), other('d2', 'daria', -60, 100), other('d3', 'daria', 30, 500)],
  }),

  // 27 concurrency at touching ends: three at most
  s(EDGAR, '27 citizenship reading and writing test: vocabulary flash cards + "Voices of Freedom" in the catalogue; others end exactly at the start / start exactly at the end', [
    [0, 'p', 'for the citizenship test writing part, what sentences do they make you write?'],
    [18, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Edgar at Tulsa City-County Library."],
    [24, 'l', 'Are you preparing for the reading part too, or only the writing?'],
    [55, 'p', 'both'],
    [61, 'l', 'USCIS publishes the words for both: the Reading Vocabulary and Writing Vocabulary lists at uscis.gov/citizenship/find-study-materials-and-resources/study-for-the-test. The officer reads a sentence using those words and you write it. The book "Voices of Freedom" in our catalogue at tulsalibrary.org also has practice sentences.'],
    [67, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes'],
    [105, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thank you'],
    [135, 'l', 'Good luck on the test, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('e1', 'edgar', -500, 0), other('e2', 'edgar', -100, 400), other('e3', 'edgar', 10, 200), other('e4', 'edgar', 140, 900)],
  }),

  // 28 the patron's window closes; the goodbye comes after
  s(FATIMA, '28 civil surgeon for the I-693 near Fresno: "Is it Form I-693 …?", USCIS civil surgeon finder, "yes thats all i needed", patron left, goodbye after', [
    [0, 'p', 'my lawyer said i need the medical exam form for my adjustment, where do i find a doctor that does it? near fresno'],
    [26, 'l', 'Hi, Fatima here, librarian at Fresno County Public Library.'],
    [32, 'l', 'Is it Form I-693, the immigration medical exam?'],
    [70, 'p', 'yes that one'],
    [76, 'l', 'Only USCIS-designated civil surgeons can do it. Search by ZIP code on the USCIS "Find a Civil Surgeon" page at my.uscis.gov/findadoctor. Prices vary a lot, so compare a few.'],
    [82, 'l', 'Does that help?'],
    [110, 'p', 'yes thats all i needed'],
    left(115),
    [125, 'l', 'Thanks for chatting, good luck!'],
  ], usual()),

  // 29 chat-speak both sides; an e-Request to USCIS (label corrected: anything_else fail, "ya. thats it" answers "that help?")
  s(GIO, '29 N-400 pending 14 months (chat-speak): "hey! Gio here w/ Ask a Librarian", field office asked, "1 sec lemme check", e-Request + processing times, "ya. thats it"', [
    [0, 'p', 'yo my N400 been pending 14 months wtf. what can i do'],
    [12, 'l', 'hey! Gio here w/ Ask a Librarian @ Newark Public Library'],
    [16, 'l', 'which field office is it at? it shows on ur receipt notice'],
    [40, 'p', 'newark'],
    [44, 'l', '1 sec lemme check processing times'],
    [100, 'l', 'ok so newark is running around 10-12 mo rn, so ur outside normal time. u can send USCIS an e-Request at egov.uscis.gov/e-request (pick "case outside normal processing time"). processing times r at egov.uscis.gov/processing-times'],
    [104, 'l', 'that help?'],
    [130, 'p', 'ya. thats it'],
    [134, 'l', 'np, good luck! bye'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 30 greeting split over two lines; no completeness question; a caseworker without contact; code null
  s(HELGA, '30 refugees adjusting after a year: "Hello and welcome!" + "My name is Helga …", I-485 refugee page, "Your resettlement agency caseworker can help" (no contact), code null', [
    [0, 'p', 'Hello. We came as refugees in 2024, when can we apply for green card'],
    [30, 'l', 'Hello and welcome!'],
    [36, 'l', 'My name is Helga, I am a librarian at Boise Public Library. Did you come in 2024 with refugee status, or did you get asylum after you arrived?'],
    [90, 'p', 'refugees, came in march 2024 from Afghanistan'],
    [96, 'l', 'Refugees must apply for a green card one year after arriving, so you can apply now. It is Form I-485, and refugees pay no filing fee. The instructions are at uscis.gov/green-card/green-card-eligibility/green-card-for-refugees. Your resettlement agency caseworker can help you fill it out for free.'],
    [150, 'p', 'ok thank you'],
    [156, 'l', 'You are welcome. Thank you for using Ask a Librarian!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyNinthRoundImmigration.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('05')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 5 "… call the USCIS Contact Ce…"). Message 5 also says "It\'s also a good idea to report the theft to your local police and keep a copy of the report.": the police are a second party the patron is told to contact (RUBRIC Terms, Referral), with no e-mail, phone, postal address or URL; referral.contact passes only when "every party the patron is referred to comes with a way to reach them".',
  [byNo('13')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "For an RN license in California you apply to the Board of Registered Nursing; the steps … are at rn.ca.gov/applicants. They\'ll ask for a credentials report from CGFNS (cgfns.org)" tells the patron to apply to (write to) an agency outside the chat and to get a report from another organisation (RUBRIC Terms, Referral; round 57\'s reading of "apply at"), each reached by a URL. ON v53: S16 reads "you apply to the Board of Registered Nursing" as the referral, but the board\'s URL after "the steps for internationally educated nurses are at" is not taken as its way to reach it ("the steps are at …" is), so the scorer gives fail: still not as labelled.',
  [byNo('23')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 7 (Carmen, after the transfer, Spanish): "Se envía a USCIS por correo o en línea en my.uscis.gov; las instrucciones y los formularios … están en uscis.gov/es/DACA." tells the patron to send the renewal to an agency outside the chat (write to them: RUBRIC Terms, Referral), reached by URLs. LABELS DISAGREE (decision 019; scoring README "Open"): the eleventh and seventeenth rounds\' impersonal Spanish ("se tramitan en el Consulado", "se pide al condado") is read as saying where, not telling the patron to go, while the fifty-second round\'s vitals file labels "se pide a la Secretaría" a referral, as this file does; block P\'s try at "se pide a" turned the older cases and was withdrawn.',
};

describe('fifty-ninth round: immigrants and new citizens, checked', () => {
  describeSessions('whole sessions', fiftyNinthRoundImmigration.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyNinthRoundImmigration.filter((c) => c.name in LEFT_WHY));
});
