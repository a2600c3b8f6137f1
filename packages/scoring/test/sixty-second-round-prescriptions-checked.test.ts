/**
 * Sixty-second round, theme PRESCRIPTIONS AND PHARMACIES, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: drug prices and discount programs (atorvastatin without insurance,
 * GoodRx or insurance for amoxicillin, $4 generic lists near Hialeah, Costco's pharmacy without a membership, Medicare's
 * Plan Finder), manufacturer assistance (BMS for Eliquis in the Part D gap, the insulin makers' caps for an uninsured
 * family), drug information (metformin in MedlinePlus en español, ibuprofen with lisinopril, grapefruit on simvastatin,
 * semaglutide and hair loss in PubMed, an expired EpiPen), disposal (a late father's shoebox of pills, expired medicines
 * and sharps in Houston, the next Take Back Day in Dover), travelling with medicines (insulin pens to Cancún, NyQuil in a
 * carry-on, Adderall to Japan, a 90-day supply into Canada), checking a pharmacist's licence (Ohio) and an online
 * pharmacy (safe.pharmacy), generic equivalents (Lipitor, Wellbutrin XL, Synthroid and levothyroxine in the Orange Book),
 * and pill identification (M 365, 54 411, ten loose pills from a grandmother's pill box). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtySecondRoundPrescriptions-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 22 s pickup (01); a pickup at 61 s (04: fail) and at exactly 60 s (05: pass);
 *   `pickedUpAt` at 58 s with the first line at 80 (30: pass); no provider ever joined, the patron writing in Spanish (17);
 *   Spanish "¡Buenas tardes! Soy Rafael, bibliotecario del servicio …" (02); mixed "Hi! I'm Carmen, bibliotecaria at Ask a
 *   Librarian Florida." (10); "Hey there! Thanks for stopping by." under the screen name ChatStaff2, no one identified
 *   (06: fail); "Good evening!" + "You've got the Ask a Librarian team at Pikes Peak Library District." (28: the service
 *   identifies, pass); "Hiya, Eli at Ask a Librarian Delaware here." (24); "Hello, and I'm sorry about your dad. This is
 *   Dmitri …" (03);
 *  inquiry: dose and count, controlled drugs or not, full name or pharmacy, the other side of the pill, occasional or daily
 *   use, airport and packaging, insulin and household income, language ("¿Hablamos en español o en inglés?"), the
 *   manufacturer on the bottle, trip length and dose, prescription or OTC, scored or not, SR or XL, sharps container,
 *   full text or abstracts, a list of prescriptions, state; a restatement asked as a question ("Just so I look in the
 *   right place: you have Medicare Part D, and …?", 08); none before the answer (30: fail);
 *  waits: a hold answered exactly 120 s later (07: pass) and 121 s later (08: fail); holds at 106 and 200 (a partial
 *   result, "Still working on it: … I'm checking the other two makers now.") and the next line at 300 (09); "No problem,
 *   take your time." and the patron back 180 s later (11: waiting on the patron, pass); a transfer notice answered 94 s
 *   later by the receiver (20); a silent transfer with the patron's "hello?? anyone there" at 150 not restarting the wait,
 *   the receiver 125 s after the patron's first line (21: fail);
 *  endings: a Lost Call with a greeting and a hold, "Are you still with me?" and "It seems you've been disconnected, so
 *   I'll close this session now. Thanks …" (14: final idle exactly 180 s, both pass); "Are you still there?" with no
 *   goodbye, final idle 119 s (15: both na) and 135 s (26: check-in pass, notice na); "Are you still there?" then "It
 *   looks like you've disconnected. Thanks for contacting …, and come back anytime!" (27: final idle 186 s, the notice
 *   says nothing of ending, fail); "Our sessions are limited to one question, and your time is up. Goodbye." (18:
 *   dismissal, courteous still passes); "Ahora mismo tengo otras personas esperando, así que por favor vuelva a escribirnos
 *   más tarde …" (19: allowed); the patron's "no thats all, thx" and "ok gracias" as last lines (25: courteous fails; 19:
 *   the provider's thanks is among its last two); goodbyes "Glad it helped. Take care and come back anytime.", "Have a
 *   great trip, bye!", "Bye!", "¡Gracias a usted, hasta luego!", "Safe travels, and thanks for chatting!", "Have a good
 *   night, thanks for using Ask a Librarian!"; patron-side "thats all i need", "es todo lo que necesitaba", "that's
 *   everything", "nope thats all", "thats all for now", and "yes ok", "si gracias", "ok cool" that do not count;
 *  sources: goodrx.com, costplusdrugs.com, MedlinePlus (English and Spanish pages), fda.gov (flush list, BeSafeRx, sharps,
 *   generic drugs), the Orange Book, elicense.ohio.gov, drugs.com's Pill Identifier, tsa.gov, travel.state.gov, bmspaf.org,
 *   ssa.gov, lillypricinginfo.com, walmart.com, mhlw.go.jp, the DEA's take-back finders, PubMed, hclib.org/databases,
 *   medicare.gov, safe.pharmacy, kff.org, DailyMed, canada.ca, costco.com; none (25: an EpiPen answered from memory, fail);
 *  referrals: "drop it at the Tulsa Police Department's main station" with no contact (03: LEFT); the Ohio Board's
 *   complaint line by phone (04); Poison Control by phone (05); the Embassy of Japan by phone and "talk with your
 *   prescriber" with nothing (12: LEFT); a library preparing a list and calling back (10) as no referral; "The
 *   manufacturer on the label would help me look up …" (11: LEFT) and "use our health databases … at hclib.org/databases"
 *   (20: LEFT) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday at the latest", done at 50 h (09: pass); FU_LIB in Spanish,
 *   phone read back as a question, no time (10: contact fails, on_time pending); FU_ME, e-mail read back, "by tomorrow
 *   afternoon", done 72 h + 1 min after the end (11: on_time fails); FU_ME with the e-mail only in `patron.email` and "to
 *   the e-mail on your chat form … by Thursday" (29: code passes, contact fails, on_time pending);
 *  codes: a true Lost Call (14); Lost Call after three patron lines (15: fail); null with no provider (17); "" (28);
 *   Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (20: pass); an internal note and a silent transfer (21:
 *   fail); a notice and no internal note (22: fail);
 *  concurrency: three others, four at once from 60 to 90 s (23: fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and closings read as their English counterparts: "¡Buenas tardes!" greets, "bibliotecario" /
 *   "bibliotecaria" identifies, "¿Le sirve esta información?" asks whether what was given meets the need, "es todo lo que
 *   necesitaba" says explicitly the patron is done, "¡Gracias por escribir!" thanks the patron;
 * - "¿Hablamos en español o en inglés?" asks about the answer's format (language), a question that shapes the answer (10);
 * - a referral tells the patron to contact or visit someone: "drop it at the Tulsa Police Department's main station"
 *   tells the patron to visit an organisation (03); "call the Board's complaint line at …" and "call Poison Control at …"
 *   are referrals with a phone, even when put conditionally ("If you want to report a concern", "If you're worried");
 *   "talk with your prescriber" tells the patron to ask a person outside the chat, a party that comes with no way to reach
 *   them (12: fail, whatever the embassy's phone); "The manufacturer on the label would help me …" asks the patron to read
 *   a label, not to contact the manufacturer (11: na); "use our health databases … at hclib.org/databases" is a source
 *   (20: na); "La biblioteca de Hialeah … alguien de allí le llamará" is a follow-up promise by the patron's library, the
 *   patron is told to contact no one (10: na);
 * - "Have a great trip, bye!", "Great, thanks for chatting, take care!" and "Our … your time is up. Goodbye." say goodbye;
 *   "It looks like you've disconnected. Thanks … come back anytime!" says the patron seems disconnected but not that the
 *   session will end (27: disconnect fails), and is a goodbye, so the final idle ends at it (186 s);
 * - a greeting and a hold are not substantive, so the Lost Call (14) has no substantive exchange and its final idle runs
 *   from the greeting (the first non-hold provider line after the patron's only line, 25 s) to the goodbye notice (205 s);
 * - a follow-up "recorded as done within 72 elapsed hours of the session's end": 72 h and 1 min after `endedAt` is late
 *   (11); the e-mail on the chat form counts for resolution.code ("in the patron fields or in the chat") but not for
 *   followup.contact ("one known only from patron.email and never mentioned does not count") (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied
 * aside). First run as labelled / disagreeing: 26 / 4, all four on referral.contact. Label corrections: 0 (each
 * disagreement reread against RUBRIC's Referral term and referral.contact; each label stands).
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "drop it at the Tulsa Police Department's main station" read as no referral (na; RUBRIC
 *    fail: the patron is told to visit an organisation, no way to reach it given);
 *  - referral.contact, case 11: "The manufacturer on the label would help me look up that exact generic." read as a
 *    referral without contact (fail; RUBRIC na: no one to contact or visit);
 *  - referral.contact, case 12: "contact the Embassy of Japan's consular section at 202-238-6800 and talk with your
 *    prescriber" read as fully reachable (pass; RUBRIC fail: the prescriber comes with no way to reach them);
 *  - referral.contact, case 20: "use our health databases with your library card at hclib.org/databases" read as a
 *    referral (pass; RUBRIC na: a database for the patron to use is a source).
 * Every timing check (pickup at 22, 60, 61 s and by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across
 * holds and a partial result, "take your time", a transfer, a silent transfer with a second patron line; final idles of
 * 119, 135, 180 and 186 s; concurrency at four and at touching ends; on_time done at 50 h, late by one minute, pending
 * twice) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 * (patron e-mails typed and read back, a patron phone read back, an e-mail only in the patron field, agency phones beside
 * them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft); `tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): case 03's "the easiest is to drop it at the Tulsa Police Department's
 *   main station" (V10), 12's "contact the Embassy of Japan's consular section at 202-238-6800 and talk with your prescriber"
 *   (V20: the prescriber a party of its own, with no way to reach them) and 20's "For full text, use our health databases …" (V18:
 *   "full text" a noun, no referral) read as labelled and run: 29 running, 1 LEFT (11).
 * ON v57 (block W, W3): case 11 reads as labelled and runs: "The manufacturer on the label would help me look up that exact
 *   generic" helps the provider ("help me"), no referral; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping others. You are #${n} in the queue.`];

const MARISOL: Prov = { id: 'marisol-rx', name: 'Marisol', library: 'DMPL' };
const RAFAEL: Prov = { id: 'rafael-rx', name: 'Rafael', library: 'MDPLS' };
const DMITRI: Prov = { id: 'dmitri-rx', name: 'Dmitri', library: 'TCCL' };
const PRISCILLA: Prov = { id: 'priscilla-rx', name: 'Priscilla', library: 'CML' };
const OLA: Prov = { id: 'ola-rx', name: 'Ola', library: 'AUN' };
const STAFF2: Prov = { id: 'staff2-rx', name: 'ChatStaff2', library: 'SCL' };
const TOMAS: Prov = { id: 'tomas-rx', name: 'Tomás', library: 'PCPL' };
const GWEN: Prov = { id: 'gwen-rx', name: 'Gwen', library: 'SPL-WA' };
const HANK: Prov = { id: 'hank-rx', name: 'Hank', library: 'BCPL' };
const CARMEN: Prov = { id: 'carmen-rx', name: 'Carmen', library: 'AALF' };
const JULES: Prov = { id: 'jules-rx', name: 'Jules', library: 'MCL-OR' };
const BEA: Prov = { id: 'bea-rx', name: 'Bea', library: 'BKLYN' };
const NADIA: Prov = { id: 'nadia-rx', name: 'Nadia', library: 'SPL-CA' };
const LOU: Prov = { id: 'lou-rx', name: 'Lou', library: 'FCPL-MD' };
const SAM: Prov = { id: 'sam-rx', name: 'Sam', library: 'BPL-AL' };
const TRAINEE: Prov = { id: 'trainee-rx', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-rx', name: 'Queue', library: 'VRQ' };
const IRENE: Prov = { id: 'irene-rx', name: 'Irene', library: 'ASCPL' };
const LUPE: Prov = { id: 'lupe-rx', name: 'Lupe', library: 'HPL-TX' };
const VERA: Prov = { id: 'vera-rx', name: 'Vera', library: 'HCL-MN' };
const HOLLIS: Prov = { id: 'hollis-rx', name: 'Hollis', library: 'HCL-MN' };
const WILL: Prov = { id: 'will-rx', name: 'Will', library: 'KCPL' };
const YARA: Prov = { id: 'yara-rx', name: 'Yara', library: 'KCPL' };
const OLU: Prov = { id: 'olu-rx', name: 'Olu', library: 'CCPL-OH' };
const PIA: Prov = { id: 'pia-rx', name: 'Pia', library: 'CCPL-OH' };
const DEB: Prov = { id: 'deb-rx', name: 'Deb', library: 'JPL-FL' };
const ELI: Prov = { id: 'eli-rx', name: 'Eli', library: 'DELIB' };
const FEN: Prov = { id: 'fen-rx', name: 'Fen', library: 'AUN' };
const KIRI: Prov = { id: 'kiri-rx', name: 'Kiri', library: 'MCFL' };
const ASH: Prov = { id: 'ash-rx', name: 'Ash', library: 'ECPL-NY' };
const PPLD: Prov = { id: 'ppld-rx', name: 'AskPPLD', library: 'PPLD' };
const QUENTIN: Prov = { id: 'quentin-rx', name: 'Quentin', library: 'AACPL' };
const BRAM: Prov = { id: 'bram-rx', name: 'Bram', library: 'FWPL' };

const s = session;

export const sixtySecondRoundPrescriptions: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 atorvastatin without insurance: dose and count asked, goodrx.com + costplusdrugs.com, "thats all i need"', [
    [0, 'p', 'hey how much is atorvastatin w/o insurance?? my plan dropped me lol'],
    waitLine(2),
    [22, 'l', 'Hi, thanks for reaching out! This is Marisol, a reference librarian at Des Moines Public Library.'],
    [29, 'l', 'What dose and how many tablets a month does your prescription say? Prices swing a lot by quantity.'],
    [75, 'p', '40mg, 30 tabs'],
    [83, 'l', 'Cash prices for 30 tablets of 40 mg atorvastatin run roughly $10 to $40 depending on the pharmacy. You can compare local pharmacies with coupons at goodrx.com, and Mark Cuban Cost Plus Drugs (costplusdrugs.com) lists it by mail too.'],
    [90, 'l', 'Is that the kind of info you were after?'],
    [140, 'p', 'yes perfect thats all i need, ty!!'],
    [146, 'l', 'Glad it helped. Take care and come back anytime.'],
  ], usual()),

  // 02 Spanish: MedlinePlus en español
  s(RAFAEL, '02 efectos secundarios de la metformina (Spanish): "¡Buenas tardes! Soy Rafael, bibliotecario", MedlinePlus en español, "es todo lo que necesitaba"', [
    [0, 'p', 'hola, quiero saber los efectos secundarios de la metformina, mi mamá la empezó ayer'],
    [30, 'l', '¡Buenas tardes! Soy Rafael, bibliotecario del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Miami-Dade.'],
    [37, 'l', '¿Prefiere la información en español? ¿Y la quiere en lenguaje sencillo o más detallada?'],
    [90, 'p', 'español, sencillo porfa'],
    [96, 'l', 'MedlinePlus en español tiene una hoja sencilla sobre la metformina, con los efectos secundarios comunes (malestar estomacal, diarrea) y los que requieren atención médica: medlineplus.gov/spanish/druginfo/meds/a696005-es.html'],
    [102, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, y que su mamá se sienta bien.'],
  ], usual()),

  // 03 a visit to the police station, no way to reach it
  s(DMITRI, '03 a shoebox of a late father\'s pills: controlled drugs asked, FDA flush list, "drop it at the Tulsa Police Department\'s main station" (no contact)', [
    [0, 'p', 'what do i do with my late dads old pills, theres like a whole shoebox of them. can i just flush them'],
    [40, 'l', "Hello, and I'm sorry about your dad. This is Dmitri with Ask a Librarian at Tulsa City-County Library."],
    [47, 'l', 'Are any of them opioids or other controlled medicines, like pain pills? Those have their own rules.'],
    [100, 'p', 'some oxycodone i think and a bunch of blood pressure stuff'],
    [106, 'l', "Only a short list of drugs should be flushed, oxycodone among them; the FDA's flush list is at fda.gov (search 'flush list'). For everything else, the easiest is to drop it at the Tulsa Police Department's main station, which has a take-back box in the lobby."],
    [112, 'l', 'Does that cover what you needed?'],
    [170, 'p', 'yes thank you'],
    [175, 'l', 'Anything else I can help with today?'],
    [200, 'p', 'no'],
    [204, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ referral: 'fail' })),

  // 04 pickup at 61 s; the Board of Pharmacy by phone
  s(PRISCILLA, '04 is my pharmacist licensed in Ohio: 61 s pickup, elicense.ohio.gov, complaints to the Board by phone, "that\'s everything"', [
    [0, 'p', 'How can I check if a pharmacist is actually licensed in Ohio? Something seemed off at my pharmacy.'],
    [61, 'l', "Good morning, you've reached Columbus Metropolitan Library. I'm Priscilla, sorry for the short wait."],
    [68, 'l', "Do you have the pharmacist's full name, or just the pharmacy?"],
    [110, 'p', 'I have his name off my receipt'],
    [116, 'l', "The State of Ohio Board of Pharmacy license lookup is at elicense.ohio.gov (choose Look Up a License, then Board of Pharmacy). It shows the license status and any discipline. If you want to report a concern, call the Board's complaint line at 614-466-4143."],
    [122, 'l', 'Did that help?'],
    [170, 'p', 'Yes, found him. Thank you.'],
    [176, 'l', 'Anything else?'],
    [195, 'p', "No, that's everything."],
    [200, 'l', 'Thank you for contacting the library. Goodbye!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 pickup at exactly 60 s; Poison Control by phone
  s(OLA, '05 a white oval pill "M 365" in a teenager\'s room: pickup at exactly 60 s, drugs.com pill identifier, Poison Control 1-800-222-1222', [
    [0, 'p', 'found a white oval pill w/ M 365 on it in my teenagers room, what is it'],
    [60, 'l', "Hi, I'm Ola, a librarian at Ask Us Now."],
    [66, 'l', 'Is there anything printed on the other side, or is it blank?'],
    [100, 'p', 'blank'],
    [106, 'l', 'You can check it yourself with the Drugs.com Pill Identifier (drugs.com/pill-identification): enter M 365, white and oval, and it shows the drug name and strength with photos.'],
    [112, 'l', 'Is that what you were looking for?'],
    [160, 'p', 'yes. ugh. its a painkiller. thanks'],
    [166, 'l', "I'm sorry, that's a hard thing to find. If you're worried he took some, call Poison Control at 1-800-222-1222, any time. Anything else I can do?"],
    [200, 'p', 'no thats it'],
    [205, 'l', 'Take care. Thanks for using Ask Us Now.'],
  ], usual({ referral: 'pass' })),

  // 06 a greeting that names no one
  s(STAFF2, '06 ibuprofen with lisinopril: "Hey there! Thanks for stopping by." under the screen name ChatStaff2, no one identified', [
    [0, 'p', 'can i take ibuprofen with lisinopril'],
    [14, 'l', 'Hey there! Thanks for stopping by.'],
    [20, 'l', 'Are you asking about an occasional dose for a headache, or taking it every day?'],
    [55, 'p', 'every day for my knee'],
    [61, 'l', "MedlinePlus's lisinopril page (medlineplus.gov/druginfo/meds/a692051.html) lists NSAIDs like ibuprofen among the drugs that interact with it: together they can raise blood pressure and strain the kidneys. The page also explains what to watch for."],
    [67, 'l', 'Does this completely answer your question?'],
    [110, 'p', 'yeah that helps, thanks'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'nope'],
    [134, 'l', 'Bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(TOMAS, '07 insulin pens to Cancún: "give me a moment to check both" answered exactly 120 s later, tsa.gov + travel.state.gov', [
    [0, 'p', 'flying to cancun next week with my insulin pens and syringes. will TSA let me bring them? also mexico customs?'],
    [25, 'l', 'Hello! Tomás here, librarian with the Ask a Librarian service at Pima County Public Library.'],
    [31, 'l', 'Are you flying out of a US airport, and are the pens in their original pharmacy packaging?'],
    [70, 'p', 'yes from Tucson, yes original boxes'],
    [76, 'l', 'Ok, give me a moment to check both the TSA and the Mexican rules.'],
    [196, 'l', "Thanks for waiting. TSA allows insulin pens, syringes and pumps in carry-on after screening; tell the officer you have them: tsa.gov/travel/security-screening/whatcanibring (search insulin). For Mexico, bring the prescription and a doctor's letter; the State Department's Mexico country page on travel.state.gov covers medicines."],
    [202, 'l', 'Did that answer both parts?'],
    [250, 'p', 'yes thank u so much, thats all'],
    [256, 'l', 'Have a great trip, bye!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(GWEN, '08 Eliquis in the Part D gap: restated as a question, "Let me look up what Bristol Myers Squibb offers, one moment." answered 121 s later', [
    [0, 'p', 'is there any program that helps pay for Eliquis? Medicare part d and im in the donut hole'],
    [19, 'l', 'Hi! This is Gwen from the Seattle Public Library Ask Us team.'],
    [25, 'l', 'Just so I look in the right place: you have Medicare Part D, and you want help with the cost of Eliquis specifically?'],
    [70, 'p', 'yes exactly'],
    [75, 'l', 'Let me look up what Bristol Myers Squibb offers, one moment.'],
    [196, 'l', "BMS runs the BMS Patient Assistance Foundation, and Medicare patients can apply if they meet its income limits: bmspaf.org. Medicare's own Extra Help program is explained at ssa.gov/medicare/part-d-extra-help."],
    [202, 'l', 'Was that helpful?'],
    [260, 'p', 'yes very. thank you'],
    [266, 'l', 'Is there anything else I can look up for you?'],
    [290, 'p', 'no thats it for today'],
    [295, 'l', 'Thank you for chatting with us, good luck!'],
  ], usual({ informed: 'fail' })),

  // 09 follow-up by me: holds with a partial result, e-mail read back, "by Wednesday", done in 50 h
  s(HANK, '09 insulin makers\' discount programs (follow-up by me): holds at 106/200 (partial result), e-mail read back, "by Wednesday at the latest", done in 50 h', [
    [0, 'p', 'Hi, I need a list of all the insulin makers discount programs, my son is type 1 and we are uninsured'],
    [28, 'l', "Good afternoon! I'm Hank, a librarian at Baltimore County Public Library."],
    [34, 'l', 'Which insulin is he on, and do you know roughly your household income? Some programs have income limits.'],
    [100, 'p', 'humalog. about 45k, family of 3'],
    [106, 'l', 'Thanks. Let me pull those together, bear with me.'],
    [200, 'l', "Still working on it: Lilly's Insulin Value Program caps Humalog at $35 a month (lillypricinginfo.com), and I'm checking the other two makers now."],
    [300, 'l', "Novo Nordisk and Sanofi have similar programs, but their income rules are spread over several pages. I'd like to put all three into one list and e-mail it to you. What address should I use?"],
    [350, 'p', 'sure its m.okafor@example.net'],
    [356, 'l', "Thanks, that's m.okafor@example.net. You'll have it by Wednesday at the latest."],
    [362, 'l', 'Does the Lilly program help for now?'],
    [400, 'p', 'yes a lot actually'],
    [405, 'l', 'Anything else today?'],
    [420, 'p', 'no thats all thank you'],
    [425, 'l', 'Thank you for using Ask Us Now, take care!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 10 partly Spanish: follow-up by the patron's library, phone read back, no time
  s(CARMEN, '10 $4 generics near Hialeah for a Spanish-speaking father (partly Spanish, follow-up by patron\'s library): phone read back, no time given', [
    [0, 'p', 'hi necesito ayuda, my dad needs a list of pharmacies near Hialeah that do the $4 generic list, he only speaks spanish'],
    [35, 'l', "Hi! I'm Carmen, bibliotecaria at Ask a Librarian Florida. ¿Hablamos en español o en inglés?"],
    [70, 'p', 'español mejor'],
    [76, 'l', 'Perfecto. ¿Qué medicinas toma su papá? Así veo si están en esas listas.'],
    [130, 'p', 'metformina y lisinopril'],
    [136, 'l', 'Las dos suelen estar en las listas de genéricos baratos. La lista de Walmart está en walmart.com/cp/4-prescriptions/1078664. La biblioteca de Hialeah puede prepararle una lista de farmacias cercanas en español; les paso su pregunta y alguien de allí le llamará. ¿A qué número?'],
    [190, 'p', '305-555-0199'],
    [196, 'l', 'Entonces 305-555-0199, ¿correcto?'],
    [230, 'p', 'si'],
    [236, 'l', 'Listo. ¿Le sirve la lista de Walmart mientras tanto?'],
    [280, 'p', 'si gracias'],
    [286, 'l', '¡Gracias a usted, hasta luego!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 11 "take your time", then a follow-up by me done a minute past 72 h
  s(JULES, '11 Synthroid switched to levothyroxine (follow-up by me): "No problem, take your time." then 180 s away, e-mail read back, "by tomorrow afternoon", done 72 h + 1 min after the end', [
    [0, 'p', 'my pharmacy switched my synthroid to levothyroxine and i feel different. are they really the same? is there a list of which generic makers are equivalent'],
    [24, 'l', 'Hi there! Jules, librarian at Multnomah County Library, here to help.'],
    [30, 'l', 'Do you have the bottle handy? The manufacturer on the label would help me look up that exact generic.'],
    [70, 'p', 'hang on its in the bathroom'],
    [76, 'l', 'No problem, take your time.'],
    [256, 'p', 'ok back. it says Lupin'],
    [262, 'l', "Thanks. The FDA's Orange Book (accessdata.fda.gov/scripts/cder/ob) lists each levothyroxine maker with its equivalence rating, but levothyroxine generics are rated against different reference brands, so it takes some cross-checking. I'd like to put together a table for you and e-mail it; what's your address?"],
    [320, 'p', 'dana.pruitt@example.org'],
    [326, 'l', "Got it, dana.pruitt@example.org. I'll send it by tomorrow afternoon."],
    [332, 'l', 'Does the Orange Book link help in the meantime?'],
    [380, 'p', 'yes thank you!! thats all for now'],
    [386, 'l', "You're welcome. Thanks for chatting with Multnomah County Library!"],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(391 + 72 * HOUR + 60) }] }, { now: T0 + 5 * DAY }),

  // 12 the embassy by phone, the prescriber with no contact
  s(BEA, '12 Adderall to Japan: trip length and dose asked, mhlw.go.jp, "contact the Embassy of Japan … at 202-238-6800 and talk with your prescriber"', [
    [0, 'p', 'going to japan in april and i take adderall. heard its illegal there?? what do i do'],
    [17, 'l', "Hello, this is Bea at the Brooklyn Public Library's chat service."],
    [23, 'l', "How long is the trip, and do you know your daily dose? Japan's limits depend on both."],
    [60, 'p', '2 weeks, 20mg a day'],
    [66, 'l', "You heard right: amphetamines like Adderall are banned in Japan even with a prescription, so you can't bring it. The Ministry of Health's page on bringing medicines in (mhlw.go.jp, search Importing or Bringing Medication into Japan) explains the rules. For what you could take instead, contact the Embassy of Japan's consular section at 202-238-6800 and talk with your prescriber."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yeah, kinda bummed but ok. thanks'],
    [116, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope thats all'],
    [145, 'l', 'Safe travels, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 13 no completeness question
  s(NADIA, '13 NyQuil over 3.4 oz in a carry-on: prescription or OTC asked, tsa.gov, no "did that help?"', [
    [0, 'p', 'can i bring liquid cough medicine over 3.4 oz in my carry on'],
    [20, 'l', 'Hi there, Nadia at Ask a Librarian, Sacramento Public Library.'],
    [26, 'l', 'Is it a prescription, or over-the-counter?'],
    [55, 'p', 'otc, nyquil'],
    [61, 'l', "Medically necessary liquids, over-the-counter ones included, are allowed above 3.4 oz; declare them to the officer at screening. TSA's page: tsa.gov/travel/special-procedures (Medications)."],
    [100, 'p', 'ok cool'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [124, 'l', 'Thanks for chatting, safe travels!'],
  ], usual({ complete: 'fail' })),

  // 14 a true Lost Call, final idle exactly 180 s
  s(LOU, '14 24-hour pharmacies in Frederick (Lost Call): greeting at 25, a hold, "Are you still with me?" at 150, notice + goodbye at 205 (final idle 180 s)', [
    [0, 'p', 'what pharmacies in frederick md are open 24 hrs'],
    [25, 'l', "Hi, thanks for contacting Ask Us Now! I'm Lou, a librarian at Frederick County Public Libraries."],
    [31, 'l', 'Let me see what I can find, one moment.'],
    [150, 'l', 'Are you still with me?'],
    [205, 'l', "It seems you've been disconnected, so I'll close this session now. Thanks for reaching out, and feel free to chat again anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after three patron lines; final idle 119 s
  s(SAM, '15 pill id "yellow round 54 411": coded Lost Call after three patron lines, "Are you still there?" at 200 (final idle 119 s)', [
    [0, 'p', 'pill id please'],
    [5, 'p', 'yellow round 54 411'],
    [30, 'l', "Hello! Sam from Birmingham Public Library's chat here."],
    [36, 'l', 'Is it scored, with a line across the middle?'],
    [80, 'p', 'yes'],
    [86, 'l', 'Enter the imprint, color and shape in the Pill Identifier at drugs.com/pill-identification; 54 411 should come up with its name and strength and a photo to compare.'],
    [92, 'l', 'Did that work?'],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (pharmacy canned replies): coded Practice, every check na', [
    [0, 'p', 'test - where do i recycle pill bottles'],
    [9, 'l', 'testing the drug disposal macro'],
    [16, 'l', 'Disposal info: dea.gov/takebackday. Did that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 no provider ever joined (Spanish)
  s(NOBODY, '17 ¿acepta cupones GoodRx el Walgreens? (Spanish): no provider ever joined, "¿hay alguien?", patron left, code null', [
    [0, 'p', 'hola?? necesito saber si el Walgreens de Langley Park acepta cupones de GoodRx'],
    waitLine(3, 4),
    [150, 'p', '¿hay alguien?'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 18 dismissal
  s(IRENE, '18 generic Wellbutrin XL, then three more drugs: "Our sessions are limited to one question, and your time is up. Goodbye."', [
    [0, 'p', 'is generic wellbutrin the same as the brand'],
    [20, 'l', "Hi, Irene with the Akron-Summit County Public Library's Ask a Librarian."],
    [26, 'l', 'Which version are you on, SR or XL?'],
    [60, 'p', 'XL 300'],
    [66, 'l', 'The FDA\'s Orange Book (accessdata.fda.gov/scripts/cder/ob) shows which generics are rated therapeutically equivalent ("AB") to Wellbutrin XL 300 mg. Did that help?'],
    [120, 'p', 'sort of. also what about my zoloft and my moms synthroid and can you find me a cheaper pharmacy'],
    [126, 'l', 'Our sessions are limited to one question, and your time is up. Goodbye.'],
    [135, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 Spanish: other people waiting, come back later
  s(LUPE, '19 medicinas vencidas y agujas en Houston (Spanish): DEA + FDA sharps, "tengo otras personas esperando … vuelva a escribirnos más tarde"', [
    [0, 'p', 'Buenas, ¿dónde puedo tirar medicinas vencidas en Houston? Y también agujas de insulina'],
    [28, 'l', '¡Hola! Soy Lupe, bibliotecaria de la Biblioteca Pública de Houston.'],
    [34, 'l', '¿Las agujas están en un recipiente para objetos punzantes, o sueltas?'],
    [80, 'p', 'en una botella de detergente'],
    [86, 'l', 'Eso sirve. Las medicinas vencidas se pueden dejar en los buzones que muestra el buscador de la DEA: deadiversion.usdoj.gov/drug_disposal/takeback. Para las agujas, la página de la FDA sobre objetos punzantes (fda.gov/sharps) explica qué hacer.'],
    [92, 'l', '¿Le sirve?'],
    [140, 'p', 'si. y tambien como saco una receta mas barata, y como reviso mi seguro, y que farmacia es mejor'],
    [146, 'l', 'Ahora mismo tengo otras personas esperando, así que por favor vuelva a escribirnos más tarde para esas preguntas y con gusto le ayudamos. ¡Gracias por escribir!'],
    [170, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 20 a transfer announced, with a note that says why
  s(VERA, '20 semaglutide and hair loss studies: transfer announced + internal note why, Hollis answers 94 s after the notice with PubMed', [
    [0, 'p', 'looking for the actual studies on ozempic and hair loss, not news articles'],
    [22, 'l', 'Hello, Vera here at Ask Us, Hennepin County Library.'],
    [28, 'l', 'Do you need full-text articles, or would abstracts be enough to start?'],
    [70, 'p', 'full text if possible'],
    [76, 'l', "A medical librarian on our team can search that better than I can. I'm transferring you to Hollis now; it'll just be a moment."],
    [79, 'i', 'Hollis: pt wants primary studies on semaglutide & hair loss, full text. health sci q, yours?'],
    xfer(83, 'Hollis', 'hollis-rx'),
    [170, 'l', 'Hi, this is Hollis, the health sciences librarian. PubMed (pubmed.ncbi.nlm.nih.gov) has the studies; search semaglutide AND alopecia. For full text, use our health databases with your library card at hclib.org/databases.', as(HOLLIS)],
    [176, 'l', 'Does that get you what you need?', as(HOLLIS)],
    [230, 'p', 'yes thank you'],
    [236, 'l', 'Anything else today?', as(HOLLIS)],
    [250, 'p', 'no'],
    [254, 'l', 'Thanks for chatting, take care.', as(HOLLIS)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer; the patron's "hello??" does not restart the wait
  s(WILL, '21 comparing Part D plans at 65: internal note only, silent transfer, patron "hello?? anyone there" at 150, Yara at 195 (125 s after the patron)', [
    [0, 'p', 'how do i compare part d plans for my meds, turning 65 in may'],
    [18, 'l', "Hi, thanks for writing in. I'm Will, reference librarian at Kansas City Public Library."],
    [24, 'l', 'Have you already made a list of your current prescriptions and doses?'],
    [70, 'p', 'yes 5 meds'],
    [74, 'i', 'Yara, can you take this? Medicare Part D plan comparison, you do the SHIP stuff'],
    xfer(78, 'Yara', 'yara-rx'),
    [150, 'p', 'hello?? anyone there'],
    [195, 'l', "Hi, I'm Yara. Medicare's Plan Finder at medicare.gov/plan-compare lets you enter all five drugs and your pharmacy, and it compares the yearly costs.", as(YARA)],
    [201, 'l', 'Does that help?', as(YARA)],
    [240, 'p', 'yes'],
    [244, 'l', 'Thanks for using Ask a Librarian, bye!', as(YARA)],
  ], usual({ informed: 'fail', anything: 'fail', transfer: 'fail' })),

  // 22 a transfer announced, no internal note
  s(OLU, '22 is a Canadian online pharmacy legit: "passing you to her. One moment." with no internal note, Pia with safe.pharmacy + BeSafeRx', [
    [0, 'p', 'is canadadrugsdirect legit? way cheaper than my cvs'],
    [15, 'l', 'Hi! Olu at Ask a Librarian, Cuyahoga County Public Library.'],
    [21, 'l', "Is it a site you'd order from with a US prescription?"],
    [50, 'p', 'yeah'],
    [55, 'l', "Our consumer health specialist knows this area well, so I'm passing you to her. One moment."],
    xfer(60, 'Pia', 'pia-rx'),
    [110, 'l', "Hi, Pia here. You can check any online pharmacy at safe.pharmacy, run by the National Association of Boards of Pharmacy, and the FDA's BeSafeRx page (fda.gov/besaferx) lists the warning signs.", as(PIA)],
    [116, 'l', 'Is that what you were looking for?', as(PIA)],
    [160, 'p', 'yes thanks, thats all i needed'],
    [165, 'l', 'Great, thanks for chatting, take care!', as(PIA)],
  ], usual({ transfer: 'fail' })),

  // 23 four at once
  s(DEB, '23 GoodRx or insurance for amoxicillin: three other chats open, four at once from 60 to 90 s', [
    [0, 'p', 'should i use goodrx or my insurance for my amoxicillin, pharmacy said copay is $15'],
    [30, 'l', 'Hi! Deb here at the Ask a Librarian desk of Jacksonville Public Library.'],
    [36, 'l', 'Is it for an adult or a child, and how many capsules?'],
    [60, 'p', 'adult 500mg 21 caps'],
    [66, 'l', "Check the coupon price at your exact pharmacy on goodrx.com; for generic amoxicillin it's often under $15. Paying with a coupon means the purchase won't count toward your deductible, which KFF explains at kff.org (search discount cards)."],
    [72, 'l', 'Is that what you needed?'],
    [110, 'p', 'yep thanks, thats all'],
    [115, 'l', "You're welcome, bye!"],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'deb-rx', -200, 500), other('d2', 'deb-rx', 20, 400), other('d3', 'deb-rx', 60, 90)],
  }),

  // 24 three at most, touching ends
  s(ELI, '24 next Drug Take Back Day in Dover: one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'when is the next national drug take back day'],
    [14, 'l', 'Hiya, Eli at Ask a Librarian Delaware here.'],
    [20, 'l', 'Are you looking for the date only, or also a drop-off spot near you?'],
    [45, 'p', 'both, im in dover'],
    [51, 'l', "DEA's Take Back Day page, dea.gov/takebackday, has the next date and a collection site finder by ZIP code; the same finder shows year-round drop boxes in Dover."],
    [57, 'l', 'Does that help?'],
    [80, 'p', 'yes thanks thats all'],
    [85, 'l', 'Thanks for asking Delaware libraries, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('e1', 'eli-rx', -300, 0), other('e2', 'eli-rx', -20, 200), other('e3', 'eli-rx', 40, 300), other('e4', 'eli-rx', 90, 400)],
  }),

  // 25 no source; the patron has the last word
  s(FEN, '25 an expired EpiPen 😬: answered from memory with no source, patron "no thats all, thx" last', [
    [0, 'p', 'my sons epipen expired last month, is it still ok to use if he needs it 😬'],
    [20, 'l', "Hi! You're chatting with Fen, a librarian at Ask Us Now."],
    [26, 'l', 'Do you have a new one on order, or is this the only one you have right now?'],
    [60, 'p', 'only one, refill is next week'],
    [66, 'l', "Generally an auto-injector a little past its date is still better than nothing in an emergency, but it may be weaker, so it's worth getting the refill moved up if you can."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes ok'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'no thats all, thx'],
  ], usual({ source: 'fail', courteous: 'fail' })),

  // 26 a check-in, final idle 135 s
  s(KIRI, '26 grapefruit on simvastatin: MedlinePlus + DailyMed at 66, "Hi, are you still there?" at 196, no goodbye (final idle 135 s)', [
    [0, 'p', 'can i eat grapefruit on simvastatin'],
    [16, 'l', 'Hello! Kiri here, a librarian with AskAway at Marin County Free Library.'],
    [22, 'l', 'Is it simvastatin alone, or are you on other medicines too?'],
    [60, 'p', 'just that one'],
    [66, 'l', "MedlinePlus's simvastatin page (medlineplus.gov/druginfo/meds/a692030.html) says to avoid drinking large amounts of grapefruit juice while taking it; the label's exact wording is in DailyMed (dailymed.nlm.nih.gov)."],
    [72, 'l', 'Does that answer your question?'],
    [196, 'l', 'Hi, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 27 a check-in, then "It looks like you've disconnected" with no word that the chat ends (final idle 186 s)
  s(ASH, '27 a 90-day supply into Canada: answer at 76, "Are you still there?" at 210, "It looks like you\'ve disconnected. Thanks … come back anytime!" at 262 (final idle 186 s)', [
    [0, 'p', 'driving to canada w/ my meds, 3 months worth. any limit'],
    [21, 'l', 'Hi, this is Ash at the Erie County Public Library Ask a Librarian.'],
    [27, 'l', 'Are they all prescription, and are any of them controlled, like ADHD or pain meds?'],
    [70, 'p', 'all rx, no controlled'],
    [76, 'l', "Health Canada allows a 90-day supply (or one course of treatment) of prescription drugs for personal use, in the original labelled containers. The rules are on Health Canada's page at canada.ca (search bringing medications into Canada)."],
    [82, 'l', 'Is that helpful?'],
    [210, 'l', 'Are you still there?'],
    [262, 'l', "It looks like you've disconnected. Thanks for contacting Ask a Librarian, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 28 greeting split over two lines; code ""
  s(PPLD, '28 Costco pharmacy without a membership: "Good evening!" + "You\'ve got the Ask a Librarian team at Pikes Peak Library District", code ""', [
    [0, 'p', 'can you use costco pharmacy without a membership?? my rx is cheaper there'],
    [12, 'l', 'Good evening!'],
    [18, 'l', "You've got the Ask a Librarian team at Pikes Peak Library District. Which state are you in? Pharmacy rules vary a bit."],
    [50, 'p', 'colorado'],
    [56, 'l', "Costco lets non-members fill prescriptions at its pharmacies in most states, Colorado included; it's in the FAQ on costco.com/pharmacy."],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'yes!! thank u'],
    [95, 'l', 'Anything else tonight?'],
    [110, 'p', 'nope thats it'],
    [114, 'l', 'Have a good night, thanks for using Ask a Librarian!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 29 follow-up by me, the e-mail only in the patron field
  s(QUENTIN, '29 ten loose pills from a grandmother\'s pill box (follow-up by me): "send you a table by Thursday, to the e-mail on your chat form", address never in the chat', [
    [0, 'p', "Hi, I have about 10 different loose pills from my grandmother's pill box and need to know what each is before her doctor appointment"],
    [30, 'l', "Good morning and welcome to Ask Us! My name is Quentin, I'm a librarian at Anne Arundel County Public Library."],
    [36, 'l', 'Can you type the imprint codes, colors and shapes for each one?'],
    [120, 'p', 'white round 93 7339, pink oval M 13, yellow round with a 1, blue capsule no print... and like 6 more i cant read well'],
    [128, 'l', "Drugs.com's Pill Identifier (drugs.com/pill-identification) takes the imprint, color and shape. I'll run each one you typed through it and DailyMed and send you a table by Thursday, to the e-mail on your chat form."],
    [134, 'l', 'Does the Pill Identifier link help for the ones you can read now?'],
    [190, 'p', 'yes thank you'],
    [196, 'l', 'Is there anything else?'],
    [215, 'p', 'no'],
    [220, 'l', 'Thanks for contacting Ask Us, take care!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'g.ferris@example.com', phone: null } }),

  // 30 pickedUpAt at 58 s, first line at 80; no clarifying question
  s(BRAM, '30 generic name for Lipitor: pickedUpAt 58 s with the first line at 80, answered at once with no question, fda.gov + Orange Book', [
    [0, 'p', 'whats the generic name for lipitor and is it the same thing'],
    [80, 'l', 'Hi, Bram here, a librarian at Fort Worth Public Library.'],
    [86, 'l', "The generic for Lipitor is atorvastatin calcium. FDA-approved generics have the same active ingredient, strength and dose form; the FDA explains this at fda.gov/drugs/generic-drugs, and its Orange Book lists the approved atorvastatin makers."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes'],
    [135, 'l', 'Anything else I can find for you?'],
    [160, 'p', 'no thats everything'],
    [165, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' }), { pickedUpAt: at(58) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundPrescriptions.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: prescriptions and pharmacies, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundPrescriptions.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundPrescriptions.filter((c) => c.name in LEFT_WHY));
});
