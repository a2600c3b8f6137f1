/**
 * Thirty-ninth round, block E20 (a narrowing wave): CHECKING v39's SECOND WAVE, blocks E15 (Pennsylvania's and Massachusetts'
 * statutes as sources, `citationAcrossE15`, PACER beside fitness words, "we're locking up anyway"), E17 (fraud parties who
 * "ring" the patron) and E18 (other chats as the reason the help stops, "se la reenvío a su biblioteca y ellos se
 * comunicarán"): both ways, in words no earlier file wrote, and in other areas than the blocks' own (tenancy, wages, consumer
 * law, unemployment, school, local history, passports, Social Security, food help).
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, Caribbean, non-native, chat-speak, terse and warm English and Spanish:
 *  citations: Pennsylvania by title ("Title 42, section 5524 of the Pennsylvania Consolidated Statutes", chat-speak "pa title 42
 *   sec 5524", "73 Pa. Stat. § 201-2", "34 pa code § 231.1", Purdon's "43 P.S. § 260.1" / "43 PS § 260.1" / "68 P.S. §
 *   250.512"), Massachusetts ("M.G.L. c. 186 § 15B", "G.L. c. 93A, § 9", "mgl ch 93a sec 9", "Massachusetts G.L. c. 239, §
 *   8A", "M.G.L. chapter 151B, section 4", "Chapter 151A, section 25 of the Massachusetts General Laws"), other States in the
 *   same shapes ("Conn. Gen. Stat. § 47a-7", "R.I. Gen. Laws § 34-18-22", by chapter: "Wis. Stat. ch. 704", "N.C. Gen. Stat.
 *   ch. 42", "chapter 83 of Florida Statutes", "Chapter 5321 of the Ohio Revised Code"), Spanish ("el título 42, sección 5524
 *   de los Estatutos Consolidados de Pensilvania", "los Estatutos Revisados de Nevada, capítulo 118A"); what looks like them:
 *   "pa" as a word ("Ask your pa. Section 8 …"), a page "pa. 12, sec. 3", "mass" as a word, "Mass. Gen." the hospital, a
 *   postscript "P.S. section 3 of the form", a book's "c. 12, § 3", "Chapter 12 of Texas history", "the title 12 section 4 of
 *   the club rules", "la sección 3 de las leyes de Newton", "las leyes de Texas … no tengo la sección exacta";
 *  PACER: with court words and none ("pull the complaint from the federal case"), fitness words in another sentence, the
 *   British "bleep test", "PE class", "p.e.", "the PE firm's bankruptcy filings" (private equity);
 *  closing time: "locking up now anyway", "about to lock up anyway", "locking the doors in 5 anyway", "locking our doors now
 *   anyway", "the building closes in 10 anyway", "the building is locking up in 10 anyway", "anyway we are closing the library
 *   now", "de todas formas ya estamos cerrando", with a way back (English and Spanish); near misses: "I lock up my bike
 *   anyway", "we lock up the laptops anyway at closing", "the school building closes in 20 minutes anyway", "they're locking
 *   the doors of the old courthouse anyway", "the building is closing anyway for renovation next year";
 *  ring: "your bank's fraud team will give you a ring", "the police will ring back", "Action Fraud will ring you", Caribbean
 *   "the bank go ring you back", "ur bank will ring u back", "your card issuer should give you a ring", "the scammers may ring
 *   you again", "a volunteer will give you a ring back" (after the AARP helpline), "your building society will give you a
 *   ring", "a fraud specialist from ur bank should give u a call back"; the library's own and the provider's: "Our
 *   digital-safety volunteer will give you a ring", "I'll ring you back tomorrow", "My colleague at the branch will ring you",
 *   "I'll give you a ring Friday", "someone from our branch will give you a ring", "the library's bank of volunteer tutors will
 *   ring you", "yo le llamo el lunes";
 *  other chats: "3 other chats so I cannot carry on", "tengo tres chats a la vez, no puedo continuar", "many other chats, I
 *   cannot help more now", "juggling 4 chats atm so ill have to leave it there", "on five chats at once so I have to stop
 *   here", "estoy con varios chats y ya no puedo atenderle más", "cuatro chats abiertos y ya no puedo seguir", "atiendo varios
 *   chats, así que no puedo ayudarte más"; slow or a matter of fact: "3 other chats so bear with me", "tengo varios chats,
 *   deme un momento", "four other chats on, so I can't reply straight away", "up to three chats at a time, so there may be a
 *   queue", "no puedo atenderle más rápido / tan rápido como quisiera"; a stop with a way back;
 *  passed on: "Se la reenvío a la biblioteca Central", "Te la paso a tu biblioteca y ellos te escriben mañana", "Le reenvío la
 *   pregunta a su biblioteca", "al departamento de historia local", "a nuestro equipo de referencia … se ponen en contacto", "a
 *   la sucursal Norte y alguien de allí te llama", English "I'll pass this on to your library and they'll be in touch";
 *   outside parties: "Envíe el formulario al consulado y ellos se comunicarán", "Llame al Seguro Social … y ellos se
 *   comunicarán", "Le paso el número del IRS … y ellos se comunicarán", "su banco se comunicará", "Llame al 211 y ellos se
 *   comunican", "al departamento de vivienda de la ciudad", "ellos te la guardan en el mostrador", English "Send the form to
 *   the passport agency and they'll be in touch".
 *
 * Statuses are read from the literal text of RUBRIC.md (info.source: "a named resource (a database, the catalogue, a guide, a
 * book, …)"; Follow-up session: the provider "promises in the chat to send or find more later", "someone from your library will
 * contact you"; closing.no_dismissal: "ends the help for the provider's convenience without offering a way back"), decided
 * before the scorer ran. READINGS TAKEN where RUBRIC.md leaves room:
 * - a State's statutes cited by section or by CHAPTER are a named document (E12's and E15's reading, widened to chapters);
 *   Purdon's "N P.S. §" and "G.L. c. N" are Pennsylvania's and Massachusetts' own short forms, read without the State's name;
 * - an outside party's call in any words ("give you a ring / a call") is no promise; the patron's bank or building society
 *   and Action Fraud are outside parties; the library's own people ("our", "the library's", "someone from our branch") and
 *   the provider are not;
 * - "the building" closing or locking up "anyway" (after "the / our / so …") is the library's own building; another named
 *   building ("the school building", "the old courthouse") is not;
 * - "PE" as the school subject ("in PE", "PE class / department") is a fitness word, "the PE firm" is not;
 * - "ya no puedo atenderle / ayudarte más" after other chats ends the help; "más rápido" is slowness;
 * - the question passed on to the library's own department (local history, reference, …) is "someone from your library";
 *   an outside office (the city's housing department) that will contact the patron is no promise of the provider's.
 *
 * COUNTS. Written: 104 cases, all labelled before running: a first batch of 69 (1 whole session, 68 short), 13 near misses and
 * checks of the fixes (`guards`), and a second batch of 22 probing the fixes' words (1 whole Spanish session, 21 short).
 * Run: 102; LEFT: 2. Labels corrected: 0 (one guard, the school building's, was rewritten before it counted: as first
 * written, with "closes at 3" and a way forward, it held nothing the fix could read, so it tested nothing).
 * Run 1 (first batch, 69): 22 disagreed. By check:
 *  - info.source 10: "pa title 42 sec 5524", "43 P.S. § 260.1", "M.G.L. c. 186 § 15B", "G.L. c. 93A, § 9", "Wis. Stat. ch. 704",
 *    "chapter 83 of Florida Statutes", the Spanish "título 42, sección 5524 de los Estatutos …", the whole session's "68 P.S. §
 *    250.512" (skipped: 8); "his PACER (the bleep test) scores … PE department's records", "the running test in p.e., the pacer
 *    records" (read: 2);
 *  - closing.no_dismissal 3: "locking the doors in 5 anyway", "the building closes in 10 anyway", "estoy con varios chats y ya
 *    no puedo atenderle más" (skipped);
 *  - followup.contact / resolution.code 9: "your bank's fraud team will give you a ring", "Action Fraud will ring you", "ur bank
 *    will ring u back", "your card issuer should give you a ring", "a volunteer will give you a ring back" (read as promises);
 *    "Te la paso a tu biblioteca y ellos te escriben", "Le reenvío la pregunta a su biblioteca …", "al departamento de historia
 *    local …" (skipped); "Send the form to the passport agency and they'll be in touch" (read as a promise).
 * Run 2 (guards and second batch, 35): 4 disagreed: "43 PS § 260.1" (no dots), "The PE firm's bankruptcy filings are on PACER"
 * (fix 2 as first written took any "pe": narrowed), "your building society will give you a ring", "… y alguien de allí te
 * llama" (the singular present). All four fixed. Run 3: all 104 as labelled (2 LEFT still misread).
 *
 * FIXES (block E20 only; v40 phrase families and one v40 setting; each near miss was checked to FAIL with its fix made too
 * wide, then the fix restored):
 *  1. namedResource + setting `citationAcrossE20` (classify.ts `citationAtE20`, E15's read across the sentences "Pa.", "Stat.",
 *     "ch." cut, with the digits in the match): `STATE_LAWS_CITE_E20`: "<State> title N sec M" ("sec" is read "second" by the
 *     normaliser), Purdon's "N P.S. / PS §", "M.G.L. / G.L. / mgl c. / ch. N §", "<State> … Stat. / Code / Laws ch. N",
 *     "chapter N of the <State> … Statutes / Code / Laws", Spanish "sección / capítulo / título N de los Estatutos … de
 *     <Estado>" and "los Estatutos … de <Estado>, capítulo N". Near misses: "Thanks! P.S. section 3 of the form" (fails with
 *     no title number required), "It's c. 12, § 3 in most editions" and the first batch's "Mass. Gen. is about a mile away; … ch. 2, section 4" (fail with
 *     "G.L." made optional), "Chapter 12 of Texas history" (fails without the statutes word), "the title 12 section 4 of the
 *     club rules" (fails with any word before "title"), "la sección 3 de las leyes de Newton" (fails without the Estado).
 *  2. knownResource, a swap of E15's PACER alternative: not beside `FITNESS_E20` (bleep, phys ed, physical education, running
 *     test, multistage, cardio, PE as the subject) nor "p.e." anywhere in its sentence. Near misses read before the fix: "the
 *     bleep test … PE department", "in p.e."; still read: "The PE firm's bankruptcy filings are on PACER" (failed with a bare
 *     "pe": narrowed in run 2), "PACER has the docket … Not the gym test, ha."
 *  3. dismissalConvenience, a swap of E15's closing-anyway alternative: "locking the / our doors", "about to lock the doors", "we
 *     lock the doors", and "the building" beside "the library / branch". Near miss: "the school building closes in 20 minutes
 *     anyway, so the report card will have to wait" (fails with any word before "building"); "they're locking the doors of the
 *     old courthouse anyway" (not tried wide).
 *  4. dismissalConvenience + `OTHER_CHATS_STOP_E20` (E18's with "ya" and "no puedo atenderle / ayudarte más"). Near miss:
 *     "varios chats y no puedo atenderle más rápido, pero ya lo busco" (fails without the "más rápido" exception).
 *  5. notPromise, a swap of E17's fraud parties' calls: "give you a ring / a call / a bell / a buzz", and Action Fraud, banks,
 *     building societies as parties. Near misses: "Our fraud watch volunteers will give you a ring", "The library's fraud watch
 *     team will give you a ring", "Our digital-safety volunteer …", "Someone from our branch will give you a ring" (all fail
 *     with a bare "will give you a ring" alternative); "The library's bank of volunteer tutors will ring you" (G15's
 *     "library's" guard keeps it a promise; not tried wide).
 *  6. followupPromise + `PASSED_ON_ES_E20` (E18's with "se / te la paso …", "le reenvío la pregunta", the library's own
 *     departments, the present tense "te escriben / te llama / se ponen en contacto"). Near misses: "al departamento de
 *     vivienda de la ciudad y ellos se comunicarán" (fails with any "departamento de …"), "Te la paso a tu biblioteca y ellos te
 *     la guardan en el mostrador" (fails with any verb).
 *
 * NOT CHANGED: E15's, E17's and E18's blocks (their files pass unchanged); they read as labelled "Title 42, section 5524 of the
 * Pennsylvania Consolidated Statutes", "73 Pa. Stat. § 201-2", "34 pa code § 231.1", "mgl ch 93a sec 9", "Conn. Gen. Stat.",
 * "R.I. Gen. Laws", the "pa" / "mass" near misses, PACER with court words, "locking up now anyway", "about to lock up anyway",
 * the closings with a way back, "the police will ring back", "the bank go ring you back", "the scammers may ring you again",
 * the provider's and the library's own rings, E18's stops and slow replies ("bear with me", "deme un momento", "can't reply
 * straight away"), "se la reenvío a la biblioteca Central", the outside Spanish parties ("consulado", "Seguro Social", "el
 * número del IRS", "su banco", "211").
 *
 * LEFT (2): "Call the AARP Fraud Watch Helpline …; a volunteer will give you a ring back" read as a promise ("a volunteer"
 * alone is no party of G15's; the library's own volunteers say the same words); "Send the form to the passport agency and
 * they'll be in touch" read as a promise by v27's English "they'll be in touch", older than E18 (whose change is Spanish).
 * NOT DONE: a Caribbean "go ring" with the library's own people; other States' session laws ("2023 Pa. Laws 123"); the
 * English "passed on to your library" forms (older families read them).
 *
 * FINAL RUN: this file, rubric.test.ts, phrases.test.ts (project "phrases"), every thirty-sixth-, thirty-seventh-,
 * thirty-eighth- and thirty-ninth-round file on this branch, and the files found by `grep -lE` for the fixes' words ("P.S.",
 * "chapter N of", "PACER|pacer", "building (closes|is closing)", "give (you|u) a (ring|call|bell)", "bank will ring", "Action
 * Fraud", "te la paso|se la paso|reenv", "departamento de", "ring (you|u)", "locking up", "anyway", "other chats", "varios
 * chats", "several chats", "PE", "Statutes", "building societ", "te llama", "alguien de all", "Stat.", "G.L.", "chats a la
 * vez", "no puedo (seguir|continuar)"): 210 files with this one, 20623 tests, all
 * passed; rubric.test.ts and phrases.test.ts (312 tests) passed in their own runs.
 *
 * v40's fingerprint after block E20: 2db93d37b60047c1.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, one, second, lease, segunda } from './narrowing-lines';

/** A fraud question, the provider's `text`, thanks and a goodbye. */
const fraud = (text: string, q = 'someone rang me saying theyre from my bank and i gave them my card number, what now'): Line[] => one(q, text);
/** The default opening, one provider message `text` (Spanish), thanks and a goodbye. */
const reply = (text: string, q = 'puedo renovar mi carnet por internet?'): Line[] => [...OPEN(q), L(text), [110, 'p', 'ok gracias'], [120, 'l', '¡Gracias por escribirnos, adiós!']];

// ---- E15: statutes by title and chapter (a statute cited by section or chapter is a named document: E12's reading) ----
export const citations: SessionCase[] = [
  { name: 'PA: "Title 42, section 5524 of the Pennsylvania Consolidated Statutes" in words : source passes', lines: one('how long do i have to sue for an injury in pennsylvania', 'Two years: see Title 42, section 5524 of the Pennsylvania Consolidated Statutes. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PA chat-speak: "its pa title 42 sec 5524" : source passes', lines: one('how long 2 sue after a crash in pa', 'its 2 yrs, pa title 42 sec 5524. that help?'), exp: some({ source: 'pass' }) },
  { name: 'PA: "73 Pa. Stat. § 201-2" (consumer protection) : source passes', lines: one('is a car dealer lying to me illegal in pennsylvania', 'Deceptive practices are listed in 73 Pa. Stat. § 201-2. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PA chat-speak: "34 pa code § 231.1" (regulations) : source passes', lines: one('pa minimum wage rules for tips?', 'the tip rules r in 34 pa code § 231.1 if u want the text. that help?'), exp: some({ source: 'pass' }) },
  { name: 'PA: "43 P.S. § 260.1" (Purdon\'s, the wage law) : source passes', lines: one('my employer in philly is holding my last paycheck', 'That is covered by the Wage Payment and Collection Law, 43 P.S. § 260.1 and after. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MA: "M.G.L. c. 186 § 15B" (security deposits) : source passes', lines: one('how fast does my boston landlord have to return my deposit', 'Within 30 days of the end of the tenancy, under M.G.L. c. 186 § 15B. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MA: "G.L. c. 93A, § 9" (consumer protection) : source passes', lines: one('can i sue a contractor in worcester who never finished', 'Yes: you send a demand letter first, as G.L. c. 93A, § 9 requires. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MA chat-speak: "mgl ch 93a sec 9" : source passes', lines: one('how do i complain abt a shop in mass', 'u can send a demand letter under mgl ch 93a sec 9. that help?'), exp: some({ source: 'pass' }) },
  { name: 'MA British: "Chapter 151A, section 25 of the Massachusetts General Laws" : source passes', lines: one('I was sacked in Springfield, can I still claim unemployment?', 'Possibly; disqualifications are set out in Chapter 151A, section 25 of the Massachusetts General Laws. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'other: "Conn. Gen. Stat. § 47a-7" (landlord duties) : source passes', lines: one('my hartford landlord wont fix the heat', 'Landlords must keep heat working under Conn. Gen. Stat. § 47a-7. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'other by chapter: "Wis. Stat. ch. 704" (landlord and tenant) : source passes', lines: one('where are the tenant laws for wisconsin', 'They are in Wis. Stat. ch. 704, landlord and tenant. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'other by chapter: non-native "chapter 83 of Florida Statutes" : source passes', lines: one('what law is for renting in florida please', 'The law for renting is chapter 83 of Florida Statutes, part II is for houses. It help you?'), exp: some({ source: 'pass' }) },
  { name: 'other: "R.I. Gen. Laws § 34-18-22" : source passes', lines: one('rhode island landlord entering without notice?', 'He must give two days notice: R.I. Gen. Laws § 34-18-22. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Spanish: "el título 42, sección 5524 de los Estatutos Consolidados de Pensilvania" : source passes', lines: one('cuanto tiempo tengo para demandar en pensilvania', 'Dos años, según el título 42, sección 5524 de los Estatutos Consolidados de Pensilvania. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // near misses: no State's laws, nothing named (source fails)
  { name: 'near miss: "pa" as a word: "ask your pa, the section 8 voucher is in his name" : source fails', lines: one('can i move my moms section 8 voucher', 'Ask your pa. Section 8 vouchers stay with the head of household, which sounds like him. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "pa. 12, sec. 3" of the patron\'s notes (a page) : source fails', lines: one('where did we cover torts in class', 'Your notes say pa. 12, sec. 3 covers it, as far as I can tell from what you pasted. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "mass" as a word: "the mass general rule, ch. 4, sec. 2 of your chem notes" : source fails', lines: one('whats the rule for conservation of mass', 'The mass general rule is ch. 4, sec. 2 of your chem notes: mass is neither made nor lost. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Mass. Gen. (the hospital) is on ch. 2 of the tour, section 4" : source fails', lines: one('is mass general near the science museum', 'Mass. Gen. is about a mile away; the tour puts it in ch. 2, section 4 of the walk. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- E15: PACER with and without fitness words ----
export const pacer: SessionCase[] = [
  { name: 'PACER: "Log into PACER and pull the complaint from the federal case" : source passes', lines: one('how do i read the lawsuit against my old employer', 'Log into PACER and pull the complaint from the federal case; pages cost 10 cents. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER: fitness words in another sentence ("PACER has the docket. Not the gym test, ha.") : source passes', lines: one('whats pacer, my lawyer mentioned it', 'PACER has the docket of every federal case. Not the gym test, ha. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER near miss: British "his PACER (the bleep test) scores are in the PE department\'s records" : source fails', lines: one('how did my son do on the pacer at school', "His PACER (the bleep test) scores are in the PE department's records; ask his form tutor. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'PACER near miss: "the PACER is run in PE class, no records online" : source fails', lines: one('can i see my daughters pacer record online', 'The PACER is run in PE class and the records are not online; ask her teacher. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'PACER near miss: chat-speak "pacer = the running test in p.e., records w/ the teacher" : source fails', lines: one('wat is the pacer my kid keeps talking abt', 'its the running test in p.e., the pacer records r w/ the teacher. that help?'), exp: some({ source: 'fail' }) },
];

// ---- E15: closing time as the reason the help stops ----
export const closing: SessionCase[] = [
  { name: 'close: "we\'re locking up now anyway so that\'s it for tonight" : no_dismissal fails', lines: lease("Sorry, we're locking up now anyway so that's it for tonight."), exp: some({ dismissal: 'fail' }) },
  { name: 'close: British "we\'re about to lock up anyway, cheers" : no_dismissal fails', lines: lease("We're about to lock up anyway, cheers."), exp: some({ dismissal: 'fail' }) },
  { name: 'close: "we\'re locking the doors in 5 anyway, bye" : no_dismissal fails', lines: lease("we're locking the doors in 5 anyway, bye"), exp: some({ dismissal: 'fail' }) },
  { name: 'close: "the building closes in 10 anyway, so I\'ll stop here" : no_dismissal fails', lines: lease("The building closes in 10 anyway, so I'll stop here."), exp: some({ dismissal: 'fail' }) },
  { name: 'close: non-native "anyway we are closing the library now, bye" : no_dismissal fails', lines: lease('Anyway we are closing the library now, bye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'close: Spanish "de todas formas ya estamos cerrando, adiós" : no_dismissal fails', lines: segunda('De todas formas ya estamos cerrando, adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'close with a way back: "we\'re locking up anyway, but chat us tomorrow from 9 at samplelibrary.org/ask" : no_dismissal passes', lines: lease("We're locking up anyway, but chat with us tomorrow from 9 at samplelibrary.org/ask and we can look at pet fees."), exp: some({ dismissal: 'pass' }) },
  { name: 'close with a way back: Spanish "ya vamos a cerrar de todos modos, pero escríbanos mañana a las 9" : no_dismissal passes', lines: segunda('De todos modos ya vamos a cerrar, pero escríbanos mañana a las 9 en samplelibrary.org/pregunte o llame al 410-555-0100.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I lock up my bike anyway" (a bike-theft answer) : no_dismissal passes', lines: second('is bike insurance worth it', 'Consumer Reports has a guide at consumerreports.org/bikes. Does that help?', 'do you have insurance?', 'Ha, I lock up my bike anyway, so I never bought any. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "we lock up the laptops anyway at closing; borrow one tomorrow" : no_dismissal passes', lines: second('can i borrow a laptop', 'Yes, laptops lend at the desk; rules at samplelibrary.org/laptops. Does that help?', 'can i keep it overnight?', 'No, we lock up the laptops anyway at closing, but you can borrow one again tomorrow. Anything else?'), exp: some({ dismissal: 'pass' }) },
];

// ---- E17: fraud parties who "ring" the patron, and the library's own people who ring ----
// RUBRIC: a follow-up is the provider's own promise ("I'll e-mail you", "someone from your library will contact you");
// an outside party's call is none. A promise with no e-mail/phone and when confirmed fails followup.contact, and the code
// (Answered) fails resolution.code.
export const rings: SessionCase[] = [
  { name: 'ring: British "your bank\'s fraud team will give you a ring within 24 hours" : no follow-up', lines: fraud("Call the number on the back of your card now; your bank's fraud team will give you a ring within 24 hours. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: "The police will ring back with a crime number" (no "you") : no follow-up', lines: fraud('Report it to the police on 101; the police will ring back with a crime number. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: British "Action Fraud will ring you with a crime reference number" : no follow-up', lines: fraud('Report it at actionfraud.police.uk; Action Fraud will ring you with a crime reference number. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: Caribbean "the bank go ring you back tomorrow" : no follow-up', lines: fraud('Call the bank at the number on the card; the bank go ring you back tomorrow. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: chat-speak "ur bank will ring u back" : no follow-up', lines: fraud('call the # on ur card, ur bank will ring u back. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: "Your card issuer should give you a ring to confirm" : no follow-up', lines: fraud('Freeze the card in the app; your card issuer should give you a ring to confirm the charges. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: "the scammers may ring you again; hang up" : no follow-up', lines: fraud('The scammers may ring you again pretending to be the bank; hang up and call the number on your card. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: "An AARP Fraud Watch volunteer will give you a ring" (outside) : no follow-up', lines: fraud('Call the AARP Fraud Watch Helpline at 877-908-3360; a volunteer will give you a ring back if the line is busy. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the library's own people and the provider: a promise
  { name: 'ring (own): "Our digital-safety volunteer will give you a ring on Monday" : a follow-up', lines: fraud('Our digital-safety volunteer will give you a ring on Monday to go through the next steps. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'ring (own): British "I\'ll ring you back tomorrow with the number" : a follow-up', lines: fraud("I'll ring you back tomorrow with the bank's fraud number. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'ring (own): "My colleague at the branch will ring you this afternoon" : a follow-up', lines: fraud('My colleague at the branch will ring you this afternoon about the scam leaflet. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'ring (own): "I\'ll give you a ring Friday once I find the form" : a follow-up', lines: fraud("I'll give you a ring Friday once I find the dispute form. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'ring (both): "The fraud team will ring you, and I\'ll give you a ring Friday too" : a follow-up', lines: fraud("The fraud team will ring you, and I'll give you a ring Friday too. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'ring (own, Spanish): "Le llamo el lunes para ver cómo va" with "su banco le llamará" : a follow-up', lines: reply('Su banco le llamará hoy; yo le llamo el lunes para ver cómo va.', 'me robaron la tarjeta que hago'), exp: some({ contact: 'fail', code: 'fail' }) },
];

// ---- E18: other chats as the reason the help stops, or to be slow ----
export const chats: SessionCase[] = [
  { name: 'stop: "I\'ve got 3 other chats so I cannot carry on with this" : no_dismissal fails', lines: lease("I've got 3 other chats so I cannot carry on with this."), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: Spanish "tengo tres chats a la vez, no puedo continuar" : no_dismissal fails', lines: segunda('Tengo tres chats a la vez, no puedo continuar.'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: non-native "I have many other chats, I cannot help more now. Bye" : no_dismissal fails', lines: lease('I have many other chats, I cannot help more now. Bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: chat-speak "juggling 4 chats atm so ill have to leave it there" : no_dismissal fails', lines: lease('juggling 4 chats atm so ill have to leave it there'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: "I\'m on five chats at once so I have to stop here" : no_dismissal fails', lines: lease("I'm on five chats at once so I have to stop here."), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: Spanish "estoy con varios chats y ya no puedo atenderle más" : no_dismissal fails', lines: segunda('Estoy con varios chats y ya no puedo atenderle más.'), exp: some({ dismissal: 'fail' }) },
  { name: 'slow: "I have 3 other chats so bear with me" and the answer follows : no_dismissal passes', lines: lease('I have 3 other chats so bear with me.', 'Yes, in most States; our tenant guide at samplelibrary.org/tenants lists the limits. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'slow: Spanish "tengo varios chats, deme un momento" and the answer follows : no_dismissal passes', lines: segunda('Tengo varios chats, deme un momento.', 'Sí, hay clases gratis los martes: samplelibrary.org/ingles. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'slow: British "I\'ve four other chats on, so I can\'t reply straight away" and the answer follows : no_dismissal passes', lines: lease("I've four other chats on, so I can't reply straight away.", 'Right: pet fees are allowed; see samplelibrary.org/tenants. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'fact: "we take up to three chats at a time, so there may be a queue" : no_dismissal passes', lines: lease('Good question! We take up to three chats at a time, so there may be a queue sometimes. Pet fees: see samplelibrary.org/tenants. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'stop with a way back: "several chats, so I can\'t carry on now, but email ask@… and we reply tomorrow" : no_dismissal passes', lines: lease("I have several chats open so I can't carry on now, but email ask@samplelibrary.org or start a new chat tomorrow and we'll pick it up."), exp: some({ dismissal: 'pass' }) },
];

// ---- E18: the question passed on to the patron's library (a promise) or outside parties who will contact the patron ----
export const passedOn: SessionCase[] = [
  { name: 'passed on: "Se la reenvío a la biblioteca Central y ellos se comunicarán con usted" : a follow-up', lines: reply('Se la reenvío a la biblioteca Central y ellos se comunicarán con usted esta semana.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: tú "Te la paso a tu biblioteca y ellos te escriben mañana" : a follow-up', lines: reply('Te la paso a tu biblioteca y ellos te escriben mañana.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: "Le reenvío la pregunta a su biblioteca y ellos se comunicarán con usted" : a follow-up', lines: reply('Le reenvío la pregunta a su biblioteca y ellos se comunicarán con usted.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: the library\'s own department, "Le paso su consulta al departamento de historia local y ellos se comunicarán con usted" : a follow-up', lines: reply('Le paso su consulta al departamento de historia local y ellos se comunicarán con usted.', 'tienen fotos antiguas de la calle principal?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'English: "I\'ll pass this on to your library and they\'ll be in touch" : a follow-up', lines: one('can you find out if my branch has a notary', "I'll pass this on to your library and they'll be in touch. Anything else?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'outside: "Envíe el formulario al consulado y ellos se comunicarán con usted" : no follow-up', lines: reply('Envíe el formulario al consulado (consulmex.sre.gob.mx) y ellos se comunicarán con usted.', 'como renuevo mi pasaporte mexicano?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside: "Llame al Seguro Social al 1-800-772-1213 y ellos se comunicarán con usted por correo" : no follow-up', lines: reply('Llame al Seguro Social al 1-800-772-1213 y ellos se comunicarán con usted por correo.', 'perdi mi tarjeta de seguro social'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside: "Le paso el número del IRS, 1-800-829-1040, y ellos se comunicarán con usted" : no follow-up', lines: reply('Le paso el número del IRS, 1-800-829-1040, y ellos se comunicarán con usted.', 'el irs no me ha mandado mi reembolso'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside: "Su banco se comunicará con usted" : no follow-up', lines: reply('Llame al número de su tarjeta; su banco se comunicará con usted.', 'me robaron la tarjeta que hago'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'outside English: "Send the form to the passport agency and they\'ll be in touch" : no follow-up', lines: one('how do i renew my passport', "Send form DS-82 from travel.state.gov to the passport agency and they'll be in touch. Anything else?"), exp: some({ contact: 'na', code: 'pass' }) },
];

export const whole: SessionCase[] = [
  {
    // A Pennsylvania tenant (British register) cites nothing; the provider gives the statute by title, then on a second
    // question says she has other chats and closes with no way back: source passes, no_dismissal fails; no promise.
    name: 'whole: a Pittsburgh flat, "68 P.S. § 250.512", then "I\'ve other chats on so I cannot carry on, bye"',
    lines: [
      [0, 'p', 'Hello, my landlord in Pittsburgh is keeping my deposit, is that allowed?'],
      [20, 'l', "Hello, I'm Alex, a librarian at Sample County Library. How long ago did you move out?"],
      [50, 'p', 'About six weeks ago.'],
      [80, 'l', 'He had 30 days to send you a list of damages: 68 P.S. § 250.512. Does that help?'],
      [110, 'p', 'Yes. And can I take him to small claims?'],
      [120, 'l', "I've other chats on at once so I cannot carry on with this one. Bye."],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', courteous: 'pass', dismissal: 'fail', contact: 'na', code: 'pass' }),
  },
];

/** Near misses of E20's fixes (each tried against its fix made too wide), and what the fixes must still read. */
export const guards: SessionCase[] = [
  { name: 'guard (Purdon): "Thanks! P.S. section 3 of the form is optional" (a postscript, no title number) : source fails', lines: one('do i have to fill in every part of the form', 'Thanks for asking! P.S. section 3 of the form is optional, the rest is needed. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'guard (M.G.L.): "It\'s c. 12, § 3 in most editions, check the contents" (no G.L.) : source fails', lines: one('where is the part on bailment in my notes', "It's c. 12, § 3 in most editions, check the contents. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'guard (chapter): "Chapter 12 of Texas history is the Alamo, as your teacher said" (no statutes) : source fails', lines: one('which chapter is the alamo', 'Chapter 12 of Texas history is the Alamo, as your teacher said. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'guard (title): "the title 12 section 4 of the club rules you pasted" (no State) : source fails', lines: one('can the club kick me out', 'It is in the title 12 section 4 of the club rules you pasted: two warnings first. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'guard (Spanish): "la sección 3 de las leyes de Newton, según sus apuntes" (no State) : source fails', lines: one('que dice la segunda ley de newton', 'Eso es la sección 3 de las leyes de Newton, según sus apuntes: fuerza es masa por aceleración. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  { name: 'guard (closing): "the school building closes in 20 minutes anyway, so the report card will have to wait" : no_dismissal passes', lines: second('where do i get my sons report card', 'The school office hands them out; hours at sampleschools.org/office. Does that help?', 'can i go there now?', 'No: the school building closes in 20 minutes anyway, so the report card will have to wait until the office opens at 8. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard (closing): "they\'re locking the doors of the old courthouse anyway; the records moved online" : no_dismissal passes', lines: second('where are the old deeds', 'Deeds before 1950 are at the county records office, samplecounty.gov/records. Does that help?', 'can i go to the old courthouse?', "They're locking the doors of the old courthouse anyway, so go to samplecounty.gov/records instead. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard (ring): "Our fraud watch volunteers will give you a ring on Monday" (the library\'s own) : a follow-up', lines: fraud('Our fraud watch volunteers will give you a ring on Monday to check the account with you. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard (ring): "The library\'s fraud watch team will give you a ring on Monday" : a follow-up', lines: fraud("The library's fraud watch team will give you a ring on Monday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard (ring): "The library\'s bank of volunteer tutors will ring you on Monday" ("bank" of the library) : a follow-up', lines: fraud("The library's bank of volunteer tutors will ring you on Monday to set up a safety session. Does that help?", 'can someone show me how to spot scam texts'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard (chats): Spanish "varios chats y no puedo atenderle más rápido" (slow) and the answer follows : no_dismissal passes', lines: segunda('Tengo varios chats y no puedo atenderle más rápido, pero ya lo busco.', 'Sí: clases gratis los martes, samplelibrary.org/ingles. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard (passed on): "al departamento de vivienda de la ciudad y ellos se comunicarán" (an outside office) : no follow-up', lines: reply('Le paso su consulta al departamento de vivienda de la ciudad y ellos se comunicarán con usted.', 'mi casero no arregla la calefacción'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'guard (passed on): "Te la paso a tu biblioteca y ellos te la guardan en el mostrador" (no contact) : no follow-up', lines: reply('Te la paso a tu biblioteca y ellos te la guardan en el mostrador.', 'me pueden apartar un libro?'), exp: some({ contact: 'na', code: 'pass' }) },
];

/** Second batch: paraphrases of E20's fixes, labelled before they ran. */
export const secondBatch: SessionCase[] = [
  { name: 'cite: "43 PS § 260.1" (no dots) : source passes', lines: one('my boss in scranton wont pay my last check', 'That is the Wage Payment and Collection Law, 43 PS § 260.1. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: "Massachusetts G.L. c. 239, § 8A" : source passes', lines: one('can i withhold rent in cambridge if nothing gets fixed', 'Yes, with care: Massachusetts G.L. c. 239, § 8A sets the rules. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: British "It\'s in M.G.L. chapter 151B, section 4" : source passes', lines: one('Is it legal to sack someone for being pregnant in Boston?', "No; it's in M.G.L. chapter 151B, section 4. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'cite: "N.C. Gen. Stat. ch. 42" (by chapter) : source passes', lines: one('landlord tenant law north carolina', 'Landlord and tenant law is N.C. Gen. Stat. ch. 42. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: "Chapter 5321 of the Ohio Revised Code" : source passes', lines: one('ohio renters rights', 'They are in Chapter 5321 of the Ohio Revised Code. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: Spanish "los Estatutos Revisados de Nevada, capítulo 118A" : source passes', lines: one('donde estan las leyes de renta en nevada', 'Están en los Estatutos Revisados de Nevada, capítulo 118A. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: 'cite near miss: Spanish "las leyes de Texas son estrictas, pero no tengo la sección exacta" : source fails', lines: one('es legal desalojar sin aviso en texas', 'Las leyes de Texas son estrictas en eso, pero no tengo la sección exacta. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  { name: 'PACER near miss: "the PACER in P.E. is a 20 m run; records stay with the school" : source fails', lines: one('what is the pacer', 'The PACER in P.E. is a 20 m run; the records stay with the school. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'PACER: "The PE firm\'s bankruptcy filings are on PACER" (private equity) : source passes', lines: one('who owned the nursing home chain that went bust', "The PE firm's bankruptcy filings are on PACER under the chain's name. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'close: "the building is locking up in 10 anyway, so that\'s all, bye" : no_dismissal fails', lines: lease("The building is locking up in 10 anyway, so that's all, bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'close: chat-speak "were locking our doors now anyway, nite" : no_dismissal fails', lines: lease('were locking our doors now anyway, nite'), exp: some({ dismissal: 'fail' }) },
  { name: 'close near miss: "the building is closing anyway for renovation next year, so the archive moved online" : no_dismissal passes', lines: second('where are the old photos', 'The photo archive is online at samplelibrary.org/archive. Does that help?', 'can i see the prints at the history room?', 'The building is closing anyway for renovation next year, so the prints moved to the Main library: ask at the desk there or call 410-555-0100. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'ring: British "your building society will give you a ring" : no follow-up', lines: fraud('Ring your building society on the number on your card; they will freeze it, and your building society will give you a ring to confirm. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: "A fraud specialist from your bank should give u a call" : no follow-up', lines: fraud('call the # on ur card. a fraud specialist from ur bank should give u a call back. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring (own): "someone from our branch will give you a ring tomorrow" : a follow-up', lines: fraud('Someone from our branch will give you a ring tomorrow about the scam-safety class. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'stop: Spanish "tengo cuatro chats abiertos y ya no puedo seguir con esto" : no_dismissal fails', lines: segunda('Tengo cuatro chats abiertos y ya no puedo seguir con esto.'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: Spanish tú "atiendo varios chats, así que no puedo ayudarte más" : no_dismissal fails', lines: segunda('Atiendo varios chats, así que no puedo ayudarte más.'), exp: some({ dismissal: 'fail' }) },
  { name: 'slow: Spanish "varios chats y no puedo atenderle tan rápido como quisiera" and the answer follows : no_dismissal passes', lines: segunda('Tengo varios chats y no puedo atenderle tan rápido como quisiera.', 'Aquí está: clases gratis los martes, samplelibrary.org/ingles. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'passed on: "Se la mando a nuestro equipo de referencia y ellos se ponen en contacto con usted" : a follow-up', lines: reply('Se la mando a nuestro equipo de referencia y ellos se ponen en contacto con usted mañana.', 'tienen el periódico local de 1950?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: tú "Te la reenvío a la sucursal Norte y alguien de allí te llama" : a follow-up', lines: reply('Te la reenvío a la sucursal Norte y alguien de allí te llama.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'outside: "Llame al 211 y ellos se comunican con usted en un día" : no follow-up', lines: reply('Llame al 211 y ellos se comunican con usted en un día.', 'necesito ayuda con comida'), exp: some({ contact: 'na', code: 'pass' }) },
  {
    // the local-history question passed on to the library's own department, the patron's e-mail repeated and the day given,
    // coded Follow-up by patron's library: a follow-up session whose contact and code pass, on time pending
    name: 'whole (Spanish): passed on to "nuestro departamento de historia local", e-mail and "el viernes" : contact passes, code passes',
    lines: [
      [0, 'p', 'hola, tienen fotos de la fabrica de textiles de 1920?'],
      [20, 'l', 'Hola, soy Lucía, bibliotecaria de la Biblioteca de Sample County. ¿Busca fotos del edificio o de los trabajadores?'],
      [60, 'p', 'de los trabajadores, mi abuela trabajo ahi'],
      [80, 'l', 'Le paso su consulta a nuestro departamento de historia local y ellos se comunicarán con usted. ¿A qué correo le escriben?'],
      [110, 'p', 'rosa.m@correo.com'],
      [120, 'l', 'Gracias: le escribirán a rosa.m@correo.com el viernes. ¿Algo más?'],
      [150, 'p', 'no, eso es todo, gracias'],
      [160, 'l', '¡Gracias por escribirnos, adiós!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library" },
    exp: some({ greeting: 'pass', clarify: 'pass', anything: 'pass', courteous: 'pass', contact: 'pass', code: 'pass', onTime: 'pending', dismissal: 'pass' }),
  },
];

const LEFT_WHY: Record<string, string> = {
  'ring: "An AARP Fraud Watch volunteer will give you a ring" (outside) : no follow-up':
    'read as a promise: "a volunteer" alone is no party of G15\'s (the AARP helpline is named in the clause before); taking a bare "a volunteer" as outside would read the library\'s own volunteers ("a volunteer from our tech desk will ring you") the same: not done',
  'outside English: "Send the form to the passport agency and they\'ll be in touch" : no follow-up':
    'read as a promise by v27\'s English "theyll be in touch" (followupPromise), older than E18, whose change is Spanish; telling an outside agency\'s "they" from the library\'s needs the clause before it (an imperative "send … to <agency>"), a change to an older family that older rounds\' promises rest on: not done',
};
const all = [...citations, ...pacer, ...closing, ...rings, ...chats, ...passedOn, ...whole, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('thirty-ninth round (E20): v39 E15, E17, E18 checked', () => {
  describeSessions('E15 citations', running(citations));
  describeSessions('E15 PACER', running(pacer));
  describeSessions('E15 closing', running(closing));
  describeSessions('E17 ring', running(rings));
  describeSessions('E18 other chats', running(chats));
  describeSessions('E18 passed on', running(passedOn));
  describeSessions('whole', running(whole));
  if (running(guards).length > 0) describeSessions('guards', running(guards));
  if (running(secondBatch).length > 0) describeSessions('second batch', running(secondBatch));
  describeLeft('E20', all.filter((c) => c.name in LEFT_WHY));
});
