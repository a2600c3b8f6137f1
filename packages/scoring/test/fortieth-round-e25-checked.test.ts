/**
 * Fortieth round, block E25: v40's blocks E21 (`topicNotNameE21`, a narrowing of G19's `nameServiceG19`: one word of a
 * topic's shape before "from / with / at / of / del" and a service is no name) and E22 (G17's and G18's narrowings: the
 * library's own ADA coordinator's call, "still typing?", "can't wait any longer", "set up a talk with", "done with step one",
 * `citationAmpersandE22`) CHECKED both ways with cases no one had written, in other registers: American, British,
 * Australian, Canadian, non-native, chat-speak, warm and scripted English, and Spanish.
 *
 * PARAPHRASE SWEEP. Shapes tried:
 *  openings (approachability.greeting): a topic before a service ("Notary at the reference desk", "Homework at the teen
 *   desk", "Genealogy with the Ask Us team?", "Museum passes at the circulation desk", "Tax help at Ask a Librarian",
 *   "Homework help from the Ask Us team", "Coursework / Paperwork / Artwork …", Spanish "Talleres / Tutorías / Asesorías
 *   del …"); a place ("Greetings from rainy Baltimore", "G'day from sunny Brisbane", "Hello from snowy Winnipeg, eh",
 *   "Greetings from wet Manchester" as a second message, "¡Saludos desde la biblioteca!"); "from / with / at" before no
 *   service ("Hi from home!", "hello with a question for you", "Hiya, with you in a tick!", "Hey, at your service!"); the
 *   service only as where to go ("You can also call Ask Us at …", "if we get cut off, Ask a Librarian is open till 9");
 *   lower-case names with the service ("hi, sam from ask us here", "hey its priya w/ the ask us team", "hii, kev @ ask us");
 *   British, Australian, Canadian, non-native and Māori names ("Siobhan", "G'day, Bronwyn …", "Marc-André with the AskAway
 *   service", "Rakesh from Ask Us service this side", "Aroha from Ask a Librarian Aotearoa" in a second message); names of a
 *   topic's shape ("Clement", "Channing", "Fleming", "Jennings", "Woodworth", "Ainsworth", Spanish "Matías", "Tobías",
 *   "Victoria"); the patron's own name ("Hi Maria from Dundalk!" after the patron's "this is maria from dundalk", "Hello
 *   Tom!" to patron Tom); Spanish "soy Lupe del equipo de Pregunte";
 *  followup (notPromise): the library's own outreach / ADA / accessibility staff ("Our outreach coordinator will ring you on
 *   Monday", "The library's ADA team will give you a call", "The Sample County Library outreach office will phone you",
 *   "our ada person will call u tmrw", "Our accessibility staff will be call you", "La coordinadora / oficina de
 *   accesibilidad de la biblioteca (del condado) le llamará", "Nuestra oficina de accesibilidad le llamará") against other
 *   owners ("The city ADA office will call you back", "the transit agency's accessibility office", "the state ADA
 *   coordinator will contact you", "Centrelink will call you", "Service Canada will mail you", "La oficina ADA del condado",
 *   "la coordinadora de accesibilidad del distrito escolar", "la Oficina de Discapacidad del Estado", "la unidad de
 *   accesibilidad de la universidad"), and the provider's own promise beside one ("…, y yo le escribiré el viernes");
 *  closing.no_dismissal: "can't wait any longer" said of a holds list, a queue, a bus, a search, a book ("I couldn't wait any
 *   longer, so I checked the print guide", "I can't wait any longer to read it, so I placed my own hold!", "No puedo esperar
 *   más, ¡el libro sale en mayo!", "… any longer mate, this one's a cracker!", "Can't wait any longer, mate! …", "… any
 *   longer either.", "Can't wait any longer folks!", "We can't wait any longer friend, the film is out Friday!") against
 *   said to end the chat ("I can't wait any longer. Goodbye.", "We can't wait any longer on our end, so this chat is now
 *   closed", "I cannot wait any longer for you to respond; the chat will now close", "Can't wait any longer mate, closing
 *   this one off", "cant wait any longer hun / guys, …", "I can't wait any longer, mate. Bye.", "…, dear, so I am ending
 *   our chat", "… to hear from you, so I'll end the chat here", "No puedo esperar más(, amigo), cierro el chat", "Ya no
 *   puedo esperar más su respuesta, así que cierro este chat"), and one with a way back (an e-mail and "tomorrow");
 *  referral.contact: "Set up a meeting with your union rep", "Make an appointment with a tax preparer at … 410-…", "Book an
 *   appointment with your GP", "Schedule a consult with an immigration attorney at …", "set up a talk w/ ur kids school
 *   counselor", "Pida una cita con un abogado … al 301-…" against programs ("I set up a talk for the book club with the
 *   author", "We set up a meeting with the author last year", "The library is setting up a talk with a local historian");
 *  info.source: "State Fin. & Proc. § 13-101", "State Finance and Procurement § 11-101", "Lab. & Empl. Art. § 3-505",
 *   "Health-Gen. § 4-301", "Health-General Article, § 4-301", "Tax-Prop. § 9-105", "Tax-Gen. § 10-105", "md code tax-gen
 *   sec 10-105", "Tex. Health & Safety Code § 481.115", "Cal. Welf. & Inst. Code § 5150", "N.Y. Est. Powers & Trusts Law §
 *   3-2.1", "N.Y. Arts & Cult. Aff. Law § 61.01", "Md. Code Ann., Lab. & Empl. § 3-505(a).", Spanish "Código de Maryland,
 *   Lab. & Empl. § 3-505" against "&" in names ("Barnes & Noble sells it, aisle 4-12", "Johnson & Johnson; … section 3-2 of
 *   the leaflet", "Crate & Barrel. Section 4-2 of their return policy" across sentences, "the Bus. & Prof. club meets in
 *   room 3-12") and the articles' words with no section ("the Health-Gen. quiz covered § 3-2 of your notes", "the Tax-Prop.
 *   office is in room 4-12", "the Tax-Gen. refund takes about 30 days", "the N.Y. … Trusts Law class is in room 3-2").
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - E21's: a topic before a service ("Homework at the teen desk") identifies no one; and "<topic> help from <the service>"
 *   ("Homework help from the Ask Us team") has the service speak, as E21's "Congrats from the Ask Us team" (pass);
 * - "¡Saludos desde la biblioteca!" greets and names the library as who answers ("the library" in RUBRIC's list), as G19's
 *   "Hi from the reference desk!"; a city ("Greetings from rainy Baltimore") names no one;
 * - the service named as somewhere to go ("You can also call Ask Us") is no identification of who is answering;
 * - an accessibility office or coordinator "de la biblioteca" (also "de la biblioteca del condado") is the provider's own
 *   library (a promise); one of the county, city, State, school district, university is another owner's (no promise);
 *   Australian and Canadian agencies (Centrelink, Service Canada) are outside parties;
 * - "I can't wait any longer" followed by a word of address ("mate", "hun", "dear", "guys") and a closing word or a stop
 *   ends the help; followed by "!" and news of a book it is excitement;
 * - "set up / make / book / schedule a meeting / an appointment / a consult with <party>" told to the patron refers them;
 *   "I / we set up a talk … with the author" is a program;
 * - a law cited by its code, article and section (Maryland's hyphened articles, New York's "… & … Law §") is a named
 *   resource (E22's reading); a club, an office, a quiz or a class named with the same words is not.
 *
 * Counts. Written: 124 cases, all labelled before running: a first batch of 84 (2 whole sessions, 36 openings, 12 calls, 13
 * waits, 9 meetings, 12 citations); 20 near misses and fix cases written with the fixes (`guards`); a second batch of 20
 * probing the fixes' words. Run: 113; LEFT: 10 (13 when the block was written; the two agencies abroad are read since G22
 * was merged: below; "The queue is long and I can't wait any longer for mine either!" since v43 I14, `askedMoreI14`).
 * First run (84): 20 disagreed. By check:
 *  - approachability.greeting 10: read as pass where labelled fail: "Notary at the reference desk", "Genealogy with the Ask
 *    Us team?", "Museum passes at the circulation desk", "Tax help at Ask a Librarian", "if we get cut off, Ask a Librarian
 *    is open till 9" (older readings: the same with nameServiceG19 off: LEFT), "Hi!" / "Homework at the teen desk." and
 *    "Buenas, Tutorías del mostrador juvenil" (G19's reading: fixed); read as fail where labelled pass: "Homework help from
 *    the Ask Us team", "¡Saludos desde la biblioteca!" (LEFT), "Channing with the backup service" (E21's cost: LEFT);
 *  - followup.contact / resolution.code 3: "Centrelink will call you", "Service Canada will mail you" (LEFT: G22's area),
 *    "La oficina ADA del condado le llamará" (fixed);
 *  - closing.no_dismissal 2: "The queue is long and I can't wait any longer for mine either!" read as a dismissal (LEFT: an
 *    older othersWaiting alternative, "the queue is long"; its "holds list" twin, written with the guards, passes); "Can't
 *    wait any longer mate, closing this one off" read as none (fixed);
 *  - info.source 4: "State Fin. & Proc. § 13-101", "Lab. & Empl. Art. § 3-505", "Health-Gen. § 4-301", "N.Y. Est. Powers &
 *    Trusts Law § 3-2.1" read as no source (fixed);
 *  - the British whole session: followup.on_time read "pending" where I had labelled "fail": my label was wrong (the tests'
 *    clock is a day after the session, so RUBRIC's 72 hours have not passed: pending). Corrected.
 *  inquiry.clarify, referral.contact and the other checks: none.
 * Second run (the fixes and `guards`, 20): 2 disagreed, "Hi!" / "Coursework with the Ask Us team?" and "Hello, Paperwork at
 * the reference desk." (written as fix cases, but read as pass by older readings with G19 off too: LEFT).
 * Third run (second batch, 20): 1 disagreed: "N.Y. Arts & Cult. Aff. Law § 61.01" (two words after "&": fixed).
 * Labels corrected: 1 (the on_time above).
 *
 * Fixes (block E25, v41 only; E21's and E22's blocks and their files untouched). Near misses in `guards` and `secondBatch`,
 * each checked to FAIL with its part of the fix made wider, then restored, except where said:
 *  - `topicShapesE25` (setting, approachability.greeting; classify.ts `topicNotNameE25`, a second guard at G19's hook beside
 *    E21's): E21's topic test also for "-work(s)" ("Homework", "Artwork") and Spanish "-orias" plurals ("Tutorías",
 *    "Asesorías") [near misses "Hola, Matías / Buenas, Tobías del …" (both fail with "-orias" widened to "-ias"),
 *    "Victoria" (a singular), "Woodworth" and "Ainsworth" ("-worth": read as names by older readings either way, so they
 *    guard nothing of the shape)];
 *  - dismissalConvenience (swap of E22's `CANT_WAIT_V2_E22`, `CANT_WAIT_VOCATIVE_E25`): a word of address ("mate, hun, hon, dear,
 *    love, luv, friend, pal, buddy, folks, guys, sir, maam") may stand between "any longer / anymore" and E22's ends [near
 *    misses "I can't wait any longer either. You're number 12 …" (fails with any word allowed), "… any longer mate, this
 *    one's a cracker!", "Can't wait any longer, mate! The sequel …", "Can't wait any longer folks! …", "We can't wait any
 *    longer friend, the film is out Friday!" (E22's "!" and "," without a closing word stay no end)];
 *  - notPromise (plus, `ACCESS_OTHER_ES_E25`): Spanish "la oficina / el coordinador / la coordinadora / la unidad … de ADA /
 *    accesibilidad / discapacidad del condado / de la ciudad / del estado / del distrito escolar / de la universidad …" who
 *    "le llamará / escribirá …", not with the provider's own "yo / le escribiré …" after it [near misses "La oficina de
 *    accesibilidad de la biblioteca le llamará el martes" (fails with any owner word allowed), "… de la biblioteca del
 *    condado …", "Nuestra oficina de accesibilidad …", "La oficina ADA del condado le llamará, y yo le escribiré el
 *    viernes"];
 *  - `citationAmpersandE25` (setting, info.source; classify.ts `citationAtE25`, rubric.ts `LAW_AMP_E25`): E22's Maryland
 *    articles plus "State Fin. & Proc.", the hyphened "Health-Gen. / Tax-Gen. / Tax-Prop." (and "-General / -Property"),
 *    "Art. / Article" before the section, and New York's "N.Y. <1-2 words> & <1-2 words> Law §" [near misses "the
 *    Health-Gen. quiz covered § 3-2 of your notes" (fails with words allowed between the article and the section), "the
 *    Tax-Prop. office is in room 4-12", "the Tax-Gen. refund takes about 30 days", "the N.Y. Est. Powers & Trusts Law class
 *    is in room 3-2", "the N.Y. Arts & Culture club meets in room 3-2" (no section: guarded by the section sign, not by the
 *    words)].
 *
 * Not changed: E21's topic words and shapes (scored as labelled both ways but for "Channing"); E22's "still typing?",
 * "done with step one", "set up a talk with" (every meeting / appointment / consult case scored as labelled by older
 * referral verbs); the library's own English ADA / outreach staff (all scored as labelled).
 * LEFT (11; 13 when written), each with its reason in LEFT_WHY: "Notary at the reference desk", "Genealogy with the Ask Us team?", "Museum
 * passes at the circulation desk", "Tax help at Ask a Librarian", "… Ask a Librarian is open till 9", "Coursework with the
 * Ask Us team?", "Paperwork at the reference desk" (older readings that take a service's name in the opening as
 * identification, not G19's); "Homework help from the Ask Us team" (a widening of G19); "¡Saludos desde la biblioteca!" (no
 * Spanish "saludos desde" greeting); "Channing with the backup service" (E21's "-ing" cost, as E21's "Sterling");
 * "The queue is long and I can't
 * wait any longer for mine either!" (an older othersWaiting alternative).
 * Read since G22 was merged (the lead, at the merge): "Centrelink will call you", "Service Canada will mail you", left here as
 * agencies abroad (G22's area), score as labelled with G22's `notPromise` for agencies abroad and run with the others.
 * Not done: Spanish "no puedo esperar más" said of a book or a bus beyond the one case (it scored as labelled); "Crim. Proc.
 * & Corr." (no such Maryland article: not written).
 *
 * Final run (`--project scoring`): this file, rubric.test.ts, every thirty-sixth-, thirty-seventh-, thirty-eighth- and
 * thirty-ninth-round file (thirty-ninth-round-e21-checked and -e22-checked unchanged), and the files found by grep for the
 * fixes' words ("<x>work(s) from / with / at / of", "<x>orias del", "wait any longer / anymore", "accesibilidad / oficina ada
 * / discapacidad", "Health-Gen / Tax-Gen / Tax-Prop / Fin. & / Trusts Law / Art. § / & Cult"; besides the rounds' files:
 * fifteenth-round-archives, fifth-round-structure, nineteenth- and seventeenth-round-falsepass, seventh-round-nearmiss,
 * thirty-fifth-round-getting-places, thirty-first-round-o2-checked, thirty-third-round-sensitive, twentieth-round-youth): 56
 * files, 5,502 tests, all passed; then every other file found by `grep -l "greeting"` (the topic fix's check): 215 files,
 * 20,423 tests, all passed; and phrases.test.ts (`--project phrases`): 320 tests, passed.
 * v41's fingerprint after block E25: e4e98f7ca1a9c435.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one, second, segunda } from './narrowing-lines';
import { G, open1, open2 } from './openings-lines';

const PATRON = (name: string) => ({ patron: { name, email: null, phone: null } });
const G2 = (first: string, second: string, st: 'pass' | 'fail', name?: string): SessionCase => ({ name: name ?? `two: "${first}" / "${second}"`, lines: open2(first, second), exp: some({ greeting: st }) });

/** A reading question answered, then "one more" and the provider's `last` message(s). */
const novel = (...last: string[]): Line[] =>
  second('is the new richard osman book out yet', 'Yes, it came out last week; place a hold at catalog.samplelibrary.org. Does that help?', 'great, how long is the waitlist?', ...last);
/** A bus-pass question answered, then a second question and the provider's `last` message(s). */
const bus = (...last: string[]): Line[] =>
  second('how do i get a senior bus pass', 'Apply at the transit office or online at mta.maryland.gov/reduced-fare. Does that help?', 'ok and can i do it by mail?', ...last);

// ---- approachability.greeting: openings (E21's topicNotNameE21 and G19's nameServiceG19, both ways) ----
// RUBRIC: pass when, within the first two visible provider messages, the provider greets AND identifies who is answering
// (a name, "librarian", the library or the service, in the text). A topic or a place before a service, the service named
// only as somewhere else to go, the patron's own name: no one answering is identified.
export const openings: SessionCase[] = [
  // a topic before the service: the service is where the topic is (E21's reading), no one answering named
  G('Hi! Notary at the reference desk. Which branch?', 'fail'),
  G('Hello, Homework at the teen desk today. Which branch?', 'fail'),
  G('Hi there! Genealogy with the Ask Us team? Which branch?', 'fail'),
  G('Hi, Museum passes at the circulation desk. Which branch?', 'fail'),
  // (E21's reading: "Tutoring at the teen desk" fails: a topic at the service)
  G('Hi, Tax help at Ask a Librarian. Which branch?', 'fail'),
  // "from the Ask Us team": the team is who gives the help, as E21's "Congrats from the Ask Us team" (pass)
  G('Hi! Homework help from the Ask Us team. Which branch?', 'pass'),
  // a place greets, no one named
  G('Greetings from rainy Baltimore! Which branch?', 'fail'),
  G("G'day from sunny Brisbane! Which branch?", 'fail'),
  G('Hello from snowy Winnipeg, eh! Which branch?', 'fail'),
  // "from the library": the library greets (RUBRIC: "the library" identifies), as G19's "Hi from the reference desk!"
  G('¡Saludos desde la biblioteca! ¿Qué sucursal?', 'pass'),
  // "from / with / at" where the word after is no service
  G('Hi from home! Which branch?', 'fail'),
  G('hello with a question for you: which branch?', 'fail'),
  G('Hiya, with you in a tick! Which branch?', 'fail'),
  G('Hey, at your service! Which branch?', 'fail'),
  // the service named only as a place to go
  G('Hi! You can also call Ask Us at 410-555-0100. Which branch?', 'fail'),
  G('Hello, if we get cut off, Ask a Librarian is open till 9. Which branch?', 'fail'),
  // the provider's name, lower case, with the service
  G('hi, sam from ask us here. which branch?', 'pass'),
  G('hey its priya w/ the ask us team, which branch?', 'pass'),
  G('hii, kev @ ask us, which branch u need', 'pass'),
  // British, Australian, Canadian, non-native
  G('Hiya, Siobhan from the Ask Us team, which branch?', 'pass'),
  G("G'day, Bronwyn from Ask a Librarian here. Which branch?", 'pass'),
  G('Hello! Marc-André with the AskAway service. Which branch?', 'pass'),
  G('Hello dear, Rakesh from Ask Us service this side. Which branch?', 'pass'),
  // names that have a topic's shape (E21's cost): they are names
  G('Hi, Clement from the Ask Us team! Which branch?', 'pass'),
  G('Hello, Channing with the backup service. Which branch?', 'pass'),
  G('Hi, Fleming from the reference desk here to help. Which branch?', 'pass'),
  G('Hi there, Jennings from the Ask Us team. Which branch?', 'pass'),
  // two-part openings
  G2('Hello!', 'Ravi from the Ask Us backup team here. Which branch?', 'pass'),
  G2('Good morning!', 'Greetings from wet Manchester. Which branch?', 'fail'),
  G2('Hi!', 'Homework at the teen desk. Which branch?', 'fail'),
  G2('Thanks for contacting us.', 'Aroha from Ask a Librarian Aotearoa, which branch?', 'pass'),
  // the patron's own name repeated back
  { name: 'patron\'s name: "Hi Maria from Dundalk!" after the patron\'s "this is maria from dundalk"', lines: open1('Hi Maria from Dundalk! Which branch?', 'hi this is maria from dundalk, what time does the downtown library close'), exp: some({ greeting: 'fail' }) },
  { name: 'patron\'s name: "Hello Tom!" to patron Tom (no one identified)', lines: open1('Hello Tom! Which branch?'), over: PATRON('Tom Reyes'), exp: some({ greeting: 'fail' }) },
  // Spanish
  G('Hola, soy Lupe del equipo de Pregunte. ¿Qué sucursal?', 'pass'),
  G('Hola, Talleres del servicio de referencia. ¿Qué sucursal?', 'fail'),
  G('Buenas, Tutorías del mostrador juvenil. ¿Qué sucursal?', 'fail'),
];

// ---- followup (notPromise): the library's own ADA / accessibility / outreach staff calling (a promise) against an outside agency's ----
// RUBRIC: a follow-up session is the provider's promise to send or find more later ("someone from your library will contact
// you"); an outside party's call is none. A promise with no e-mail or phone confirmed fails followup.contact, and the code
// (not a follow-up code) fails resolution.code.
const PROMISE = some({ contact: 'fail', code: 'fail' });
const NONE = some({ contact: 'na', code: 'pass' });
export const calls: SessionCase[] = [
  { name: 'own (British): "Our outreach coordinator will ring you on Monday about the home delivery service" : a follow-up', lines: one('my mum is housebound, can she still borrow books', 'Yes. Our outreach coordinator will ring you on Monday about the home delivery service. Does that help?'), exp: PROMISE },
  { name: 'own: "The library\'s ADA team will give you a call later this week" : a follow-up', lines: one('is the auditorium hearing loop working', "I'm not sure. The library's ADA team will give you a call later this week. Does that help?"), exp: PROMISE },
  { name: 'own: "The Sample County Library outreach office will phone you tomorrow" : a follow-up', lines: one('can the library visit our senior center', 'The Sample County Library outreach office will phone you tomorrow to set a date. Does that help?'), exp: PROMISE },
  { name: 'own (chat-speak): "our ada person will call u tmrw" : a follow-up', lines: one('is there a wheelchair i can borrow at central', 'not sure, our ada person will call u tmrw about it. ok?'), exp: PROMISE },
  { name: 'own (non-native): "Our accessibility staff will be call you on Monday" : a follow-up', lines: one('have you got books in braille', 'We have some. Our accessibility staff will be call you on Monday with list. It help you?'), exp: PROMISE },
  { name: 'own (Spanish): "La coordinadora de accesibilidad de la biblioteca le llamará el martes" : a follow-up', lines: [...OPEN('tienen lupas para leer en la biblioteca'), L('La coordinadora de accesibilidad de la biblioteca le llamará el martes para explicarle. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: PROMISE },
  { name: 'outside: "The city ADA office will call you back within 5 days" : no follow-up', lines: one('the sidewalk to the branch has no curb cut', 'Report it at samplecity.gov/ada; the city ADA office will call you back within 5 days. Does that help?'), exp: NONE },
  { name: 'outside: "the transit agency\'s accessibility office will call you to book the assessment" : no follow-up', lines: one('how do i get paratransit', "Apply at mta.maryland.gov/mobility; the transit agency's accessibility office will call you to book the assessment. Does that help?"), exp: NONE },
  { name: 'outside (Australian): "Centrelink will call you to set up the assessment" : no follow-up', lines: one('how do I apply for the disability support pension', 'Apply at servicesaustralia.gov.au; Centrelink will call you to set up the assessment. Does that help?'), exp: NONE },
  { name: 'outside (Canadian): "Service Canada will mail you the decision" : no follow-up', lines: one('how do I apply for the Canada Disability Benefit', 'Apply at canada.ca/disability-benefit; Service Canada will mail you the decision. Does that help?'), exp: NONE },
  { name: 'outside: "the state ADA coordinator will contact you" : no follow-up', lines: one('my job wont give me a screen reader', 'File a request at dbm.maryland.gov/ada; the state ADA coordinator will contact you. Does that help?'), exp: NONE },
  { name: 'outside (Spanish): "La oficina ADA del condado le llamará" : no follow-up', lines: [...OPEN('la acera de mi casa no tiene rampa'), L('Repórtelo en samplecounty.gov/ada; la oficina ADA del condado le llamará. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: NONE },
];

// ---- closing.no_dismissal: "I can't wait any longer" said of something else against said to end the chat ----
// RUBRIC: fails when the provider ends the help for their own convenience without offering a way back.
export const waits: SessionCase[] = [
  { name: 'the hold queue: "I can\'t wait any longer for mine either! You are number 12" : passes', lines: novel("The queue is long and I can't wait any longer for mine either! You are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'the holds list: "the holds list is long and I can\'t wait any longer for mine either!" : passes', lines: novel("The holds list is long and I can't wait any longer for mine either! You are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'the bus: "the driver can\'t wait any longer than 5 minutes, so be at the stop by 4:55" : passes', lines: bus("Yes, the form is at mta.maryland.gov/reduced-fare. The driver can't wait any longer than 5 minutes, so be at the stop early. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'past: "I couldn\'t wait any longer, so I checked the print copy" : passes', lines: bus("The site was slow and I couldn't wait any longer, so I checked the print guide: the mail form is on page 2 of mta.maryland.gov/reduced-fare. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'excitement: "I can\'t wait any longer to read it, so I placed my own hold!" : passes', lines: novel("I can't wait any longer to read it, so I placed my own hold! The waitlist is about 6 weeks. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'excitement (Spanish): "No puedo esperar más, ¡el libro sale en mayo!" : passes', lines: segunda('¡Sí! No puedo esperar más, ¡el nuevo libro sale en mayo! Las clases están en samplelibrary.org/ingles. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'end: "I can\'t wait any longer. Goodbye." : fails', lines: bus("I can't wait any longer. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "We can\'t wait any longer on our end, so this chat is now closed" : fails', lines: bus("We can't wait any longer on our end, so this chat is now closed."), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "I cannot wait any longer for you to respond; the chat will now close" : fails', lines: bus('I cannot wait any longer for you to respond; the chat will now close.'), exp: some({ dismissal: 'fail' }) },
  { name: 'end (Australian): "Can\'t wait any longer mate, closing this one off" : fails', lines: bus("Can't wait any longer mate, closing this one off."), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "I can\'t wait any longer to hear from you, so I\'ll end the chat here" : fails', lines: bus("I can't wait any longer to hear from you, so I'll end the chat here."), exp: some({ dismissal: 'fail' }) },
  { name: 'end (Spanish): "No puedo esperar más, cierro el chat." : fails', lines: segunda('No puedo esperar más, cierro el chat.'), exp: some({ dismissal: 'fail' }) },
  { name: 'end (Spanish): "Ya no puedo esperar más su respuesta, así que cierro este chat" : fails', lines: segunda('Ya no puedo esperar más su respuesta, así que cierro este chat.'), exp: some({ dismissal: 'fail' }) },
  { name: 'way back: "I can\'t wait any longer, so I\'m closing this; email ask@… and we\'ll finish tomorrow" : passes', lines: bus("I can't wait any longer, so I'm closing this chat; email ask@samplelibrary.org and we'll finish it tomorrow."), exp: some({ dismissal: 'pass' }) },
];

// ---- referral.contact: "set up / book / make a talk / meeting / appointment with <party>" against a program ----
// RUBRIC: a referral tells the patron to contact or visit a person or organisation; pass with a way to reach each, fail
// without, na with no referral.
export const meetings: SessionCase[] = [
  { name: 'verb: "Set up a meeting with your union rep." (no contact) : referral fails', lines: one('my boss cut my hours without notice', 'Set up a meeting with your union rep. The contract guide is at samplelibrary.org/unions. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'verb: "Make an appointment with a tax preparer at the VITA site at 410-555-0111" : referral passes', lines: one('can someone do my taxes for free', 'Make an appointment with a tax preparer at the VITA site at 410-555-0111. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'verb (British): "Book an appointment with your GP." (no contact) : referral fails', lines: one('how do I get a blue badge', 'Book an appointment with your GP first. The council form is at gov.uk/blue-badge. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'verb: "Schedule a consult with an immigration attorney at 301-555-0188" : referral passes', lines: one('can my brother get a visa', 'Schedule a consult with an immigration attorney at 301-555-0188. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'verb (chat-speak): "set up a talk w/ ur kids school counselor" (no contact) : referral fails', lines: one('my daughter is failing math', 'set up a talk w/ ur kids school counselor. our homework help is at samplelibrary.org/homework. that help?'), exp: some({ referral: 'fail' }) },
  { name: 'verb (Spanish): "Pida una cita con un abogado en CASA, 301-431-4185" : referral passes', lines: [...OPEN('necesito ayuda con mi green card'), L('Pida una cita con un abogado de inmigración en CASA, al 301-431-4185. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: some({ referral: 'pass' }) },
  { name: 'program: "I set up a talk for the book club with the author in May" : no referral', lines: one('is the book club meeting the author', 'Yes! I set up a talk for the book club with the author in May; details at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'program: "We set up a meeting with the author last year; the recording is at …" : no referral', lines: one('did the author ever visit', 'Yes, we set up a meeting with the author last year; the recording is at samplelibrary.org/video. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'program: "The library is setting up a talk with a local historian" : no referral', lines: one('any local history events', 'The library is setting up a talk with a local historian in June; see samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
];

// ---- info.source: law cited with "&" against "&" in names ----
// RUBRIC: a named resource is a source; an organisation named without a way to reach it is not.
export const codes: SessionCase[] = [
  { name: 'MD: "State Fin. & Proc. § 13-101" : source passes', lines: one('what are maryland procurement rules', 'They begin at Md. Code, State Fin. & Proc. § 13-101. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD: "Lab. & Empl. Art. § 3-505" : source passes', lines: one('when is my last paycheck due in md', 'On the next payday: Lab. & Empl. Art. § 3-505. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD: "Health-Gen. § 4-301" (no &) : source passes', lines: one('can i see my medical records in maryland', 'Yes: Md. Code, Health-Gen. § 4-301 and after. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'TX: "Tex. Health & Safety Code § 481.115" : source passes', lines: one('what is the texas law on possession', 'It is Tex. Health & Safety Code § 481.115. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'CA: "Cal. Welf. & Inst. Code § 5150" : source passes', lines: one('what is a 5150 hold', 'It is an involuntary hold under Cal. Welf. & Inst. Code § 5150. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'NY: "N.Y. Est. Powers & Trusts Law § 3-2.1" : source passes', lines: one('what makes a will valid in new york', 'Two witnesses and a signature at the end: N.Y. Est. Powers & Trusts Law § 3-2.1. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD across sentences: "Md. Code Ann., Lab. & Empl. § 3-505(a)." : source passes', lines: one('final pay law maryland', 'See Md. Code Ann., Lab. & Empl. § 3-505(a). It says the next payday. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD (Spanish): "Código de Maryland, Lab. & Empl. § 3-505" : source passes', lines: [...OPEN('cuando me tienen que pagar mi ultimo cheque'), L('En el siguiente día de pago: Código de Maryland, Lab. & Empl. § 3-505. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: some({ source: 'pass' }) },
  { name: 'name: "Barnes & Noble sells it, aisle 4-12 at the Towson store" : source fails', lines: one('where can i buy the new cookbook', 'Barnes & Noble sells it, aisle 4-12 at the Towson store. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'name: "Johnson & Johnson\'s number is on the box, section 3-2 of the leaflet" : source fails', lines: one('who makes this baby shampoo', "It's Johnson & Johnson; per what you pasted, section 3-2 of the leaflet covers refunds. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'name: "Crate & Barrel. Section 4-2 of their return policy." across sentences : source fails', lines: one('can i return a gift without a receipt', 'From what you pasted: Crate & Barrel. Section 4-2 of their return policy says store credit. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'name: "the Bus. & Prof. club meets in room 3-12" : source fails', lines: one('where does the business club meet', 'Per your flyer, the Bus. & Prof. club meets in room 3-12. Does that help?'), exp: some({ source: 'fail' }) },
];

/** Whole sessions: every check. */
export const whole: SessionCase[] = [
  {
    // Australian: "G'day" greets, "Bronwyn from Ask a Librarian" identifies; a clarifying question; a source; completeness;
    // anything else; goodbye.
    name: 'whole (Australian): "G\'day, Bronwyn from Ask a Librarian here" on a library card, asks the council',
    lines: [
      [0, 'p', 'hi, can i join the library if i just moved to brisbane'],
      [12, 'l', "G'day, Bronwyn from Ask a Librarian here. Which council area are you in?"],
      [40, 'p', 'brisbane city'],
      [70, 'l', 'Great: join online at brisbane.qld.gov.au/libraries with proof of address. Does that answer your question?'],
      [100, 'p', 'yes ta'],
      [105, 'l', 'Anything else I can help with?'],
      [120, 'p', 'no thats it'],
      [125, 'l', 'Cheers, enjoy the library, bye!'],
    ],
    exp: usual(),
  },
  {
    // The library's own outreach coordinator "will ring you Tuesday" (a promise: contact fails, the code fails), "Greetings
    // from rainy Glasgow" with no one named (greeting fails); "I can't wait any longer for mine" about a hold (no dismissal).
    name: 'whole (British): "Greetings from rainy Glasgow!", "our outreach coordinator will ring you on Tuesday", "can\'t wait any longer for mine"',
    lines: [
      [0, 'p', 'hello, my gran is housebound, can she get large print books delivered?'],
      [15, 'l', 'Greetings from rainy Glasgow! Is she within the city?'],
      [45, 'p', 'yes, in partick'],
      [75, 'l', 'Yes: the home library service is at glasgowlife.org.uk/libraries/home. Our outreach coordinator will ring you on Tuesday to set it up. Does that answer your question?'],
      [110, 'p', 'lovely, also is the new Ann Cleeves in?'],
      [130, 'l', "It's on order and I can't wait any longer for mine either! Anything else?"],
      [150, 'p', 'no thanks'],
      [160, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ greeting: 'fail', contact: 'fail', code: 'fail', onTime: 'pending' }),
  },
];

// ---- near misses and fix cases written with the fixes (labelled before running) ----
export const guards: SessionCase[] = [
  // topicShapesE25: topics of "-work" and "-orias" shapes (fix); names the shapes must leave (near misses)
  G2('Hi!', 'Coursework with the Ask Us team? Which branch?', 'fail'),
  G('Hello, Paperwork at the reference desk. Which branch?', 'fail'),
  G('Hola, Asesorías del servicio de referencia. ¿Qué sucursal?', 'fail'),
  G('Hola, Matías del equipo de Pregunte. ¿Qué sucursal?', 'pass'),
  G('Buenas, Tobías del servicio de referencia. ¿Qué sucursal?', 'pass'),
  G('Hi, Ainsworth from the Ask Us team. Which branch?', 'pass'),
  // dismissalConvenience: a word of address before the end (fix); excitement with one (near misses)
  { name: '(fix) end (chat-speak): "cant wait any longer hun, ending the chat now" : fails', lines: bus('cant wait any longer hun, ending the chat now'), exp: some({ dismissal: 'fail' }) },
  { name: '(fix) end (British): "I can\'t wait any longer, mate. Bye." : fails', lines: bus("I can't wait any longer, mate. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "I can\'t wait any longer mate, this one\'s a cracker!" : passes', lines: novel("I can't wait any longer mate, this one's a cracker! You are number 12 on the list. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Can\'t wait any longer, mate! The sequel is out in June." : passes', lines: novel("Can't wait any longer, mate! The sequel is out in June and you are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I can\'t wait any longer either. You\'re number 12 on the list." : passes', lines: novel("Honestly I can't wait any longer either. You're number 12 on the list. Anything else?"), exp: some({ dismissal: 'pass' }) },
  // notPromise (Spanish): another owner's accessibility office (fix); the library's own, and the provider's own promise beside it (near misses)
  { name: '(fix) outside (Spanish): "La coordinadora de accesibilidad del distrito escolar le llamará" : no follow-up', lines: [...OPEN('mi hijo necesita un interprete de señas en la escuela'), L('Pídalo en la escuela; la coordinadora de accesibilidad del distrito escolar le llamará. La guía está en samplecounty.gov/ada. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: NONE },
  { name: 'near miss (Spanish): "La oficina de accesibilidad de la biblioteca le llamará el martes" : a follow-up', lines: [...OPEN('tienen audiolibros para ciegos'), L('Sí. La oficina de accesibilidad de la biblioteca le llamará el martes con la lista. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: PROMISE },
  { name: 'near miss (Spanish): "La oficina ADA del condado le llamará, y yo le escribiré el viernes" : a follow-up', lines: [...OPEN('la acera de mi casa no tiene rampa'), L('Repórtelo en samplecounty.gov/ada. La oficina ADA del condado le llamará, y yo le escribiré el viernes con la guía. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: PROMISE },
  // citationAmpersandE25: more articles (fix); the same words with no section (near misses)
  { name: '(fix) MD: "Tax-Gen. § 10-105" : source passes', lines: one('what is the maryland income tax rate law', 'The rates are in Md. Code, Tax-Gen. § 10-105. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(fix) MD: "State Finance and Procurement § 11-101" : source passes', lines: one('maryland procurement definitions', 'The definitions are at Md. Code, State Finance and Procurement § 11-101. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "the Health-Gen. quiz covered § 3-2 of your notes" : source fails', lines: one('what was on the health law quiz', 'Per your notes, the Health-Gen. quiz covered § 3-2 of your notes. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the Tax-Prop. office is in room 4-12" : source fails', lines: one('where do i pay my property tax in person', 'Per the county flyer you pasted, the Tax-Prop. office is in room 4-12. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the N.Y. Arts & Culture club meets in room 3-2" : source fails', lines: one('where does the arts club meet', 'Per your flyer, the N.Y. Arts & Culture club meets in room 3-2. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- second batch: the fixes' own words, paraphrased both ways (labelled before running) ----
export const secondBatch: SessionCase[] = [
  // topicShapesE25
  G2('Hello!', 'Homework with the backup team? Which branch?', 'fail'),
  G('Hola, Tutorías del equipo de Pregunte. ¿Qué sucursal?', 'fail'),
  // a singular "-oria" is a name (Victoria), as E21's singular "-cion" (Asunción)
  G('Hola, Victoria del equipo de Pregunte. ¿Qué sucursal?', 'pass'),
  G('Hi, Woodworth from the Ask Us team. Which branch?', 'pass'),
  G2('Hi!', 'Artwork at the teen desk. Which branch?', 'fail'),
  // the vocative before the end
  { name: 'end (chat-speak): "cant wait any longer guys, im closing this" : fails', lines: bus('cant wait any longer guys, im closing this'), exp: some({ dismissal: 'fail' }) },
  { name: 'end (warm): "I can\'t wait any longer, dear, so I am ending our chat" : fails', lines: bus("I can't wait any longer, dear, so I am ending our chat."), exp: some({ dismissal: 'fail' }) },
  { name: 'excitement: "Can\'t wait any longer folks! Ordering it for the branch" : passes', lines: novel("Can't wait any longer folks! I'm ordering a second copy for the branch. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'excitement: "We can\'t wait any longer friend, the film is out Friday!" : passes', lines: novel("We can't wait any longer friend, the film is out Friday! You are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'end (Spanish): "No puedo esperar más, amigo, cierro el chat" : fails', lines: segunda('No puedo esperar más, amigo, cierro el chat.'), exp: some({ dismissal: 'fail' }) },
  // Spanish accessibility offices
  { name: 'outside (Spanish): "La Oficina de Discapacidad del Estado le escribirá" : no follow-up', lines: [...OPEN('me pueden dar una silla de ruedas en el trabajo'), L('Pídala por escrito; la Oficina de Discapacidad del Estado le escribirá con la respuesta. La guía está en samplestate.gov/ada. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: NONE },
  { name: 'outside (Spanish): "La unidad de accesibilidad de la universidad le contactará" : no follow-up', lines: [...OPEN('necesito mas tiempo en los examenes por mi discapacidad'), L('Pídalo en la universidad; la unidad de accesibilidad de la universidad le contactará. La guía está en samplestate.gov/ada. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: NONE },
  { name: 'own (Spanish): "Nuestra oficina de accesibilidad le llamará mañana" : a follow-up', lines: [...OPEN('tienen libros en braille'), L('Tenemos algunos. Nuestra oficina de accesibilidad le llamará mañana con la lista. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: PROMISE },
  { name: 'own (Spanish): "La oficina de accesibilidad de la biblioteca del condado le llamará" : a follow-up', lines: [...OPEN('tienen lupas en la biblioteca'), L('Sí. La oficina de accesibilidad de la biblioteca del condado le llamará el martes. ¿Le sirve?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: PROMISE },
  // citations
  { name: 'MD: "Md. Code, Tax-Prop. § 9-105" : source passes', lines: one('is there a homestead tax credit in maryland', 'Yes: Md. Code, Tax-Prop. § 9-105. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD: "Health-General Article, § 4-301" : source passes', lines: one('can i see my medical records in maryland', 'Yes, the Health-General Article, § 4-301 and after gives you that right. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'NY: "N.Y. Arts & Cult. Aff. Law § 61.01" : source passes', lines: one('is there a ny law on art sales', 'Yes, N.Y. Arts & Cult. Aff. Law § 61.01 and after. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD (chat-speak): "md code tax-gen sec 10-105" : source passes', lines: one('md income tax rates law?', 'its md code tax-gen sec 10-105. that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "the Tax-Gen. refund takes about 30 days" (no section) : source fails', lines: one('how long for my md refund', 'Per the letter you pasted, the Tax-Gen. refund takes about 30 days. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the N.Y. Est. Powers & Trusts Law class is in room 3-2" : source fails', lines: one('where is the wills class', 'Per your flyer, the N.Y. Est. Powers & Trusts Law class is in room 3-2. Does that help?'), exp: some({ source: 'fail' }) },
];

const LEFT_WHY: Record<string, string> = {
  'open: "Hi! Notary at the reference desk. Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow',
  'open: "Hi there! Genealogy with the Ask Us team? Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow',
  'open: "Hi, Museum passes at the circulation desk. Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow',
  'open: "Hi, Tax help at Ask a Librarian. Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow ("Ask a Librarian" holds "librarian")',
  'open: "Hello, if we get cut off, Ask a Librarian is open till 9. Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow (the service named as where to go next)',
  'two: "Hi!" / "Coursework with the Ask Us team? Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow (written as a fix case of topicShapesE25, but G19 is not what reads it)',
  'open: "Hello, Paperwork at the reference desk. Which branch?"':
    'read as passing by older readings (checked with nameServiceG19 and topicNotNameE21 off: the same), which take a service\'s or a desk\'s name in the opening as identification (E21\'s LEFT "Wifi at the research help desk" is the same); not G19\'s reading, so not E21\'s or this block\'s to narrow (written as a fix case of topicShapesE25, but G19 is not what reads it)',
  'open: "Hi! Homework help from the Ask Us team. Which branch?"':
    'read as no identification: G19 takes a name of one or two words, and "help" is one of its no-name words; "<a topic> help from <the service>" as the service speaking is a widening of G19 (a block of openings), not a check of E21',
  'open: "¡Saludos desde la biblioteca! ¿Qué sucursal?"':
    'read as neither greeting nor identification: "saludos desde" is in no greeting family and "la biblioteca" alone is no identification of any reading; widening the Spanish greetings is not a narrowing of E21 / E22',
  'open: "Hello, Channing with the backup service. Which branch?"':
    'read as no name: E21\'s TOPIC_SHAPE_E21 takes "-ing" words of 4+ letters before "-ing" as gerunds (E21\'s own LEFT "Sterling" is the same cost); names of that shape cannot be told from gerunds by their shape (Channing / Scanning), and a list of given names would fit this wording only',
};
const all = [...openings, ...calls, ...waits, ...meetings, ...codes, ...whole, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('fortieth round (E25): v40 E21 and E22 checked', () => {
  describeSessions('openings', running(openings));
  describeSessions('calls', running(calls));
  describeSessions('waits', running(waits));
  describeSessions('meetings', running(meetings));
  describeSessions('codes', running(codes));
  describeSessions('whole', running(whole));
  describeSessions('guards', running(guards));
  describeSessions('second batch', running(secondBatch));
  describeLeft('E25', all.filter((c) => c.name in LEFT_WHY));
});
