/**
 * Thirty-fourth round, second wave (J4): the v35 phrase changes of block G5 (licences, certifications and professional
 * exams: `knownResource` naming Peterson's Test and Career Prep and the Testing & Education Reference Center; `url`
 * reading the .pharmacy top-level domain) checked for false readings: near misses that share a change's words or shape
 * but are NOT its behaviour, and cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md ("info.source: … a URL or domain, … or a named resource (a
 * database, the catalogue, a guide, a book, a web page …)"; "referral.contact: every party the patron is referred to comes
 * with a way to reach them"), decided before running the scorer. Readings taken where the text leaves room:
 * - a class, workshop or course taught by a person named Peterson ("Mrs. Peterson's Test and Career Prep class") is not
 *   a named resource (not a database, catalogue, guide, book or web page): no source;
 * - "the Testing and Education Reference Center desk on the 2nd floor" is a place to go, not the database: no source;
 * - a full stop typed without its space after a lead word's object ("ask the pharmacist at Walgreens.Pharmacy techs…")
 *   is no domain, whatever the word before the stop.
 * - an unnamed boss or store manager ("ask ur boss at …", "see the manager at …") is not a named specialist: those cases
 *   list info.source only.
 * Written: 25 cases (17 near misses, 8 of the changes' behaviour; 22 run, 3 in LEFT). First run: 15 of 21 failed; 0 labels
 * changed, but 6 referral expectations were older than v35 (referral na with G5's changes off too: "ring the GPhC", "Call
 * NABP", "you ask him", and three unnamed persons): 3 moved to LEFT, 3 dropped as ambiguous; every info.source failure was
 * G5's, narrowed (phrasesV35G5):
 *  - url (.pharmacy): after a lead word the domain must end the text or be followed by punctuation or a linking word
 *    ("and / or / for / to / under / …"), not the next sentence ("Ask the pharmacist at Walgreens.Pharmacy techs there…",
 *    "at CVS.Pharmacy chains…", "on Monday.Pharmacy technicians…", "via email.Pharmacy boards…", "at Giant.Pharmacy is…");
 *    a label of digits only is no name ("at 9.Pharmacy board"); a one-word path naming a kind of pharmacy work is a slash
 *    between words ("retail.Pharmacy/hospital jobs"). Still read: "go to safe.pharmacy/buying-safely", "via nabp.pharmacy.",
 *    "visit safe.pharmacy (NABP's list) and search", "see safe.pharmacy for …", "nabp.pharmacy/programs/fpgec".
 *  - knownResource: no title before "Peterson's" ("Mrs. / Mr / Dr. / teacher Peterson's Test and Career Prep …") and no
 *    class, course, workshop or group after it; no desk, office or room after "Testing and Education Reference Center".
 *    Still read: "Try Peterson's Test & Career Prep with your library card", "Gale's Testing and Education Reference Center
 *    has …", Spanish "Peterson's Test and Career Prep tiene exámenes de práctica".
 * v35's fingerprint: 6ebd7b249b543a75.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** A pharmacy-technician question up to the patron's answer. */
const RX: Line[] = [
  [0, 'p', 'how do i become a certified pharmacy tech'],
  [20, 'l', "Hi, I'm Jo at AskUsNow!. Which state are you in, and are you working in a pharmacy already?"],
  [50, 'p', 'maryland, i just started as a cashier at a drugstore'],
];
/** A foreign-trained pharmacist's question up to the patron's answer. */
const FP: Line[] = [
  [0, 'p', 'I am pharmacist from Egypt, how I can work as pharmacist in USA?'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Which state do you want to work in?'],
  [50, 'p', 'New Jersey'],
];
/** An exam-prep question up to the patron's answer. */
const EX: Line[] = [
  [0, 'p', 'i need practice tests for the ASVAB'],
  [20, 'l', 'Hi, Jo here at Ask a Librarian. Do you have a library card with us, and when is your test?'],
  [50, 'p', 'yes i have a card, test is next month'],
];
/** A Spanish GED question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, quiero sacar el GED, me pueden ayudar'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Lo quiere tomar en español o en inglés?'],
  [50, 'p', 'en español'],
];
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const checked: SessionCase[] = [
  // ---- url (.pharmacy): near misses, a full stop without its space after a lead word's object ----
  { name: 'url .pharmacy near miss: "Ask the pharmacist at Walgreens.Pharmacy techs there…" : source fails, referral fails', lines: then(RX, 'Ask the pharmacist at Walgreens.Pharmacy techs there can tell you what the board wants. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'url .pharmacy near miss: "talk to the manager at CVS.Pharmacy chains often pay for the PTCB" : source fails, referral fails', lines: then(RX, 'You could talk to the store manager at CVS.Pharmacy chains often pay for the PTCB exam. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'url .pharmacy near miss: British "Ring the GPhC on Monday.Pharmacy technicians must register" : source fails', lines: then(RX, 'In the UK you would ring the GPhC on Monday.Pharmacy technicians must register with them. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'url .pharmacy near miss: non-native "ask to board of pharmacy at 9.Pharmacy board open that hour" : referral fails', lines: then(FP, 'You must ask to the board of pharmacy at 9.Pharmacy board is open at that hour. It help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'url .pharmacy near miss: chat-speak "ask ur boss at riteaid.pharmacy techs get free training" : source fails', lines: then(RX, 'u can ask ur boss at riteaid.pharmacy techs get free training there lol. that help?'), exp: some({ source: 'fail' }) },
  { name: 'url .pharmacy near miss: "see the manager at Giant.Pharmacy is where most techs start" : source fails', lines: then(RX, 'Go see the manager at Giant.Pharmacy is where most techs in Maryland start out. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'url .pharmacy near miss: a path-shaped slash, "retail.Pharmacy/hospital jobs" : referral fails', lines: then(RX, 'Most techs start in retail.Pharmacy/hospital jobs want the PTCB. Ask the hiring manager at your store. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'url .pharmacy near miss: "call the board via email.Pharmacy boards answer slowly" : referral fails', lines: then(FP, 'Contact the New Jersey Board of Pharmacy via email.Pharmacy boards can be slow to answer. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  // ---- url (.pharmacy): behaviour in new words ----
  { name: 'url .pharmacy behaviour: "go to safe.pharmacy/buying-safely" : source passes', lines: then(RX, 'For checking an online pharmacy, go to safe.pharmacy/buying-safely for the checklist. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: "the FPGEC application is via nabp.pharmacy." : source passes', lines: then(FP, 'The FPGEC application is via nabp.pharmacy. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: "Call NABP about the FPGEE; their page is nabp.pharmacy/programs/fpgec" : source passes', lines: then(FP, 'Call NABP about the FPGEE; their page is nabp.pharmacy/programs/fpgec. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: "visit safe.pharmacy (NABP\'s list) and search the name" : source passes', lines: then(RX, "Before you take an online job, visit safe.pharmacy (NABP's list) and search the pharmacy's name. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'url .pharmacy behaviour: Spanish "Vea la lista en safe.pharmacy/buying-safely" : source passes', lines: thenEs('Para revisar una farmacia en línea, vea la lista en safe.pharmacy/buying-safely. ¿Le sirve?'), exp: some({ source: 'pass' }) },

  // ---- knownResource (test-prep databases): near misses ----
  { name: 'knownResource near miss: "Mrs. Peterson\'s Test and Career Prep class at Wheaton High; ask her" : source fails, referral fails', lines: then(EX, "Mrs. Peterson's Test and Career Prep class at Wheaton High meets Tuesdays; ask her about the ASVAB. Does that help?"), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: "Dr. Peterson\'s test & career prep workshop at the college; talk to the career office" : source fails, referral fails', lines: then(EX, "Dr. Peterson's test & career prep workshop at the college is free; talk to the career office about signing up. Did that help?"), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: British "Mr Peterson\'s Test and Career Prep course at the FE college; have a word with him" : source fails, referral fails', lines: then(EX, "Mr Peterson's Test and Career Prep course at the FE college is brilliant; have a word with him after class. Does that help?"), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: non-native "teacher Peterson\'s test and career prep group in adult school, you ask him" : source fails', lines: then(EX, "There is teacher Peterson's test and career prep group in the adult school, you ask him for place. It help?"), exp: some({ source: 'fail' }) },
  { name: 'knownResource near miss: "the Testing and Education Reference Center desk on the 2nd floor" (a place) : source fails, referral fails', lines: then(EX, 'Go to the Testing and Education Reference Center desk on the 2nd floor of the college library; they proctor exams. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'knownResource near miss: chat-speak "ask at the testing & education reference center office on campus" : source fails, referral fails', lines: then(EX, 'ask at the testing & education reference center office on campus, they book the rooms. that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  // ---- knownResource: behaviour in new words ----
  { name: 'knownResource behaviour: "Try Peterson\'s Test & Career Prep with your library card" : source passes', lines: then(EX, "Try Peterson's Test & Career Prep with your library card, it has 6 ASVAB practice tests. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource behaviour: "Gale\'s Testing and Education Reference Center has ASVAB practice" : source passes', lines: then(EX, "Gale's Testing and Education Reference Center has full ASVAB practice exams. Did that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource behaviour: Spanish "Peterson\'s Test and Career Prep tiene exámenes de práctica" : source passes', lines: thenEs("En nuestras bases de datos, Peterson's Test and Career Prep tiene exámenes de práctica del GED en español. ¿Le sirve?"), exp: some({ source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer gets wrong for reasons older than v35 (they fail with G5's changes off too): not run. */
export const LEFT: SessionCase[] = [
  // "ring" (British for "call") is not read as a referral verb: referral na
  { name: 'url .pharmacy near miss: British "Ring the GPhC on Monday.Pharmacy technicians must register" : referral fails', lines: then(RX, 'In the UK you would ring the GPhC on Monday.Pharmacy technicians must register with them. Does that help?'), exp: some({ referral: 'fail' }) },
  // "Call NABP" (an acronym alone as the party) is not read as a referral: referral na
  { name: 'url .pharmacy behaviour: "Call NABP about the FPGEE; their page is nabp.pharmacy/programs/fpgec" : referral passes', lines: then(FP, 'Call NABP about the FPGEE; their page is nabp.pharmacy/programs/fpgec. Does that help?'), exp: some({ referral: 'pass' }) },
  // a named teacher ("teacher Peterson … you ask him") is not read as a referral: referral na
  { name: 'knownResource near miss: non-native "teacher Peterson\'s test and career prep group in adult school, you ask him" : referral fails', lines: then(EX, "There is teacher Peterson's test and career prep group in the adult school, you ask him for place. It help?"), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-fourth round, second wave (J4): the G5 changes checked', checked);

describeLeft('thirty-fourth-round-g5-checked', LEFT);
