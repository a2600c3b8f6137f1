/**
 * Thirty-ninth round (E21), a second wave: v40's block G19 (openings of other services' providers: `nameServiceG19`, a name
 * of one or two words before "from / with / w/ / at / of / @" and a service's word, read as who is answering) checked both
 * ways with openings no one had written, in other hands. approachability.greeting decides on EVERY session, so a false pass
 * costs much: first of all, capitalised words before "from / with / at / of" that are no name.
 *
 * PARAPHRASE SWEEP. Shapes tried (American, British, non-native, chat-speak, terse, warm, Spanish and Spanglish):
 *  capitalised words that are no name before a service: "Thanks from all of us at the desk", "Congrats from the Ask Us team",
 *   "Sorry with the wait at the desk", "Happy Friday from the reference desk", "Hours at the desk are 9-5", "Parking at the
 *   branch is free", "Renewals from the catalog are easy", topics closing on the service: "Printing at the help desk",
 *   "Scanning with the help desk?", "Returns at the reference desk", "Updates from the Ask Us team are posted weekly",
 *   "Closures of the help desk", "Wifi at the research help desk", "Lunch with the backup crew", "Tutoring at the teen desk",
 *   "Payments at the circulation desk", "Copies from the help desk", "Scheduling / Bookings / Meetings / Enrolment /
 *   Renovations / Signatures / Deliveries …", "Coffee with the backup crew", Spanish "Avisos / Cambios / Inscripciones /
 *   Clases del servicio / equipo …";
 *  names that are common words: Bill, Sue, Will, Mark, Grace, May, June, pat (lower case), Rob (w/), Frank, Hope, Joy (here),
 *   Dawn, Art; and the same words as words ("will the help desk do?", "Hope from the backup team is not needed", "Art from
 *   the library collection is on show");
 *  the patron's name ("Hi Grace from the book group!", "Hello Will, with you now!", "Hi Mark from Westside!" after the
 *   patron's "hi its mark from westside"), two-word names (Mary Ann, Anna Maria), an initial ("Kim L.", "Jo M."), titles
 *   ("Dr. Patel", "Ms. Okafor"), non-Latin and accented names (李明, Алексей, Nguyễn, Siobhán), names in a topic's shape
 *   (Florence, Constance, Clarence, Prudence, Irving, Sterling, Agnes, Charles, Mercedes, Asunción, Ming, Ewing);
 *  Spanish and Spanglish: "¡Hola! Soy Marta, del servicio de referencia", "Soy Marta, del servicio …" with no greeting, "Le
 *   saluda Ana del equipo de Pregunte", "Hola, Ana del chat", "Hola! Soy Ana from the Ask Us team", "Hi, Ana del equipo de
 *   referencia", "Buenas, Lupe del turno de noche";
 *  who is not answering and late messages: "Sam from the backup team will reply / is off tonight", "I'm with a patron at the
 *   desk", "Back with the answer from the reference desk", a name and service in the third provider message (two shapes);
 *  G19's shapes left out: a lower-case name alone in its sentence after a greeting message ("Hello!" / "ana from the backup
 *   service."), the same after a greeting sentence in one message ("Hi! jo from the reference desk."), "… here to help",
 *   "…, happy to help"; the service greeting capitalised or warm ("Hello, Greetings from the help desk!", "Warm greetings
 *   from the Ask Us team").
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - the service named as who speaks identifies the service, whatever word comes before: "Congrats from the Ask Us team",
 *   "Happy Friday from the reference desk" (as G19's "Hi from the reference desk!") pass;
 * - a topic closing on a service's name ("Printing at the help desk", "Enrolment with the Ask Us service") identifies no
 *   one: the service is where the topic is, not who answers; "the desk" alone names no service;
 * - "Back with the answer from the reference desk" says where the answer came from, not who answers (fail);
 * - "Le saluda …" (formal Spanish "greets you") greets;
 * - a name addressed to the patron is the patron's (G19's reading), also when only the patron's own words gave it.
 *
 * Counts. Written: 102 cases, all labelled before running. First batch: 72 (5 whole sessions, 17 words that are no name,
 * 17 words that are names, 13 name shapes, 9 Spanish, 11 others); 20 disagreed, all approachability.greeting: 13 read as
 * pass where labelled fail (Printing, Scanning, Returns, Updates, Closures, Wifi, Lunch, Tutoring, Payments, Copies,
 * Avisos, Cambios, "Back with the answer"; 8 of them G19's reading, 5 older readings, checked with nameServiceG19 off), 7
 * read as fail where labelled pass ("Kim L." twice, "Le saluda" twice, the two lower-case names after a greeting message,
 * "… here to help"). inquiry.clarify and the other checks of the whole sessions: none. Fix E21 made (below): the 8 of G19
 * then scored as labelled. Second batch (23: the fix's topics and names in a topic's shape): 4 disagreed (3 topics before a
 * service that older readings take as identification, "Sterling", the fix's cost); with the fix off, 7 of its topics read
 * pass ("Inscripciones" is beyond G19's 12 letters either way) and "Sterling" passes. The G19 file's "Hi, greetings from the backup team!" broke on that run ("greetings" has a gerund's shape): the
 * fix then left G19's service greeting alone. Third batch (7: the service greeting kept, short "-ing" names, more topic
 * shapes): 1 disagreed ("Warm greetings from the Ask Us team", G19's SERVICE_FROM_G19 has no adjective: LEFT).
 * Labels corrected: 0. Run: 85; LEFT: 17.
 *
 * Fix (block E21: setting `topicNotNameE21`, classify.ts `topicNotNameE21`, a guard at G19's hook in `selfIdNow`; no phrase
 * family changed, G19's code untouched): where G19 reads a single word (no second word, no "here" after it, no "its / im /
 * this is" before it, not G19's "(greetings) from <service>" after a greeting) before "from / with / at / of / @ / del / de
 * la" and a service, the word is no name when it has a thing's shape (TOPIC_SHAPE_E21: a gerund or its plural of 4+ letters
 * before "-ing", "-ment / -tion / -sion / -ness / -ure(s)", "-ies", Spanish "-ciones / -mientos") or is an everyday topic of a
 * library chat (TOPIC_WORD_E21: lunch, coffee, wifi, printer(s), computers, parking, returns, renewals, updates, notices,
 * passes, taxes, storytime, rooms, classes, fees, payments …, Spanish avisos, cambios, noticias, novedades, clases, talleres
 * …; "pizza" left out on purpose: G19's LEFT "Pizza with the backup crew." must stay LEFT, its file unchanged).
 * Near misses (names the fix must leave), each checked to FAIL when the fix is widened (then restored): "-ance / -ence" in the
 * shape → "Florence", "Clarence" read as topics; 3 letters before "-ing" → "Irving"; a singular "-cion" → "Asunción"; "-es"
 * plurals → "Agnes", "Mercedes". The "here" and lead conditions are guarded by nothing in this file ("Sterling here …",
 * "this is Sterling …" are read by older readings either way): kept, as G19 reads both as names.
 *
 * Not changed / not done: older readings that take a service's name anywhere in the opening as identification (the 8 LEFT
 * below); widenings of G19 (the initial, "le saluda", "warm greetings", "here to help", the lower-case name alone), this
 * being a narrowing block; "Hi, Sam from the backup team, happy to help." is read (the comma ends the clause) and passes.
 * LEFT (17), each with its reason in LEFT_WHY: "Kim L. from Ask Us" ×2 (the clause ends at the initial's stop); "Le saluda
 * Ana …" ×2 (no "le saluda" in the greeting families); "Returns at the reference desk", "Updates from the Ask Us team are
 * posted weekly", "Wifi at the research help desk", "Payments at the circulation desk", "Back with the answer from the
 * reference desk", "Scheduling with the reference team", "Enrolment with the Ask Us service", "Meetings at the reference
 * desk" (older readings: the service's name read as identification; v40 with G19 off the same); "Hello!" / "ana from the
 * backup service." and "Hi there!" / "lou w/ the ask us team." (G19's not-done lower-case name alone); "… here to help"
 * (G19's end anchor); "Warm greetings from the Ask Us team" (G19's service greeting); "Hi, Sterling from the backup team"
 * (the fix's cost: a name in a gerund's shape).
 *
 * Final run: this file, rubric.test.ts, phrases.test.ts, every thirty-sixth-, thirty-seventh-, thirty-eighth- and
 * thirty-ninth-round file (thirty-ninth-round-openings.test.ts unchanged), and every file found by `grep -l "greeting"
 * packages/scoring/test/*.test.ts` (the fix's check): 259 files, 24,928 tests, all passing.
 * v40's fingerprint after block E21: 8174347eb367c6b6.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { ANSWER, G, open1, open2, Q } from './openings-lines';

const PATRON = (name: string) => ({ patron: { name, email: null, phone: null } });

/** Three provider messages before the patron answers: what the third says comes too late. */
const open3 = (first: string, second: string, third: string, q = Q): Line[] => [
  [0, 'p', q],
  [15, 'l', first],
  [20, 'l', second],
  [30, 'l', third],
  [40, 'p', 'the downtown one'],
  [60, 'l', ANSWER],
  [90, 'p', 'ok thanks'],
  [100, 'l', 'Thanks for chatting, bye!'],
];
const G2 = (first: string, second: string, st: 'pass' | 'fail', name?: string): SessionCase => ({ name: name ?? `two: "${first}" / "${second}"`, lines: open2(first, second), exp: some({ greeting: st }) });

/** Whole sessions: every check. */
const whole: SessionCase[] = [
  {
    // "Congrats" is no name, but "from the Ask Us team" names the service answering: greeting passes.
    name: 'whole: "Hello, Congrats from the Ask Us team!" on a new card, asks the county',
    lines: [
      [0, 'p', 'i just got my first library card!! what can i do with it'],
      [12, 'l', 'Hello, Congrats from the Ask Us team! Which county library is the card from?'],
      [40, 'p', 'frederick'],
      [70, 'l', 'With a Frederick County card you can borrow e-books on Libby and stream films on Kanopy; the list is at fcpl.org/online. Does that answer your question?'],
      [100, 'p', 'yes!'],
      [105, 'l', 'Is there anything else I can help you with?'],
      [120, 'p', 'no thats it'],
      [125, 'l', 'Enjoy the card, goodbye!'],
    ],
    exp: usual(),
  },
  {
    // "Thanks from all of us at the desk": thanks (a greeting's word) but "the desk" names no library or service; the
    // second message names no one either: greeting fails.
    name: 'whole: "Hi! Thanks from all of us at the desk" then a question, no one named',
    lines: [
      [0, 'p', 'can i return books at any branch'],
      [12, 'l', 'Hi! Thanks from all of us at the desk. Which branch are you near?'],
      [40, 'p', 'eastside'],
      [70, 'l', 'Yes, any branch takes returns, Eastside included; the book drops are listed at example.org/returns. Does that answer your question?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // "Kim L. from Ask Us": a name with an initial and the service.
    name: 'whole: "Hi, Kim L. from Ask Us here." asks the format',
    lines: [
      [0, 'p', 'is the new percival everett book available'],
      [12, 'l', 'Hi, Kim L. from Ask Us here. Do you want the print book or the e-book?'],
      [40, 'p', 'ebook'],
      [70, 'l', 'James is on Libby (libbyapp.com, search "James"); there is a waitlist of about 4 weeks. Does that answer your question?'],
      [100, 'p', 'ok yes'],
      [105, 'l', 'Anything else I can help with?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // The name and the service only in the third provider message: too late (RUBRIC: within the first two).
    name: 'whole: "Hi!" / "Checking." / then "Sam from the backup team here" in the third message',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [10, 'l', 'Hi!'],
      [15, 'l', 'Checking, one moment.'],
      [30, 'l', 'Sam from the backup team here. Which branch would you go to?'],
      [50, 'p', 'central'],
      [80, 'l', 'Central does not take passport photos; the county list of passport offices is at example.org/passports. Does that answer your question?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // Spanish: "Le saluda Ana del equipo de Pregunte": "le saluda" greets; Ana and the team identify.
    name: 'whole: Spanish "Le saluda Ana del equipo de Pregunte", asks the city',
    lines: [
      [0, 'p', 'hola necesito ayuda con una tarjeta de biblioteca'],
      [12, 'l', 'Le saluda Ana del equipo de Pregunte. ¿En qué ciudad vive usted?'],
      [40, 'p', 'en baltimore'],
      [70, 'l', 'Puede pedir la tarjeta en prattlibrary.org/tarjeta con un comprobante de domicilio. ¿Responde esto a su pregunta?'],
      [100, 'p', 'si gracias'],
      [105, 'l', '¿Algo más en que le pueda ayudar?'],
      [120, 'p', 'no'],
      [125, 'l', '¡Gracias por escribirnos, hasta luego!'],
    ],
    exp: usual(),
  },
];

/** First batch, short openings: capitalised words before "from / with / at / of" that are no name. */
const notNames: SessionCase[] = [
  // "the desk" names no library or service: thanks, but no one identified
  G('Hi! Thanks from all of us at the desk. Which branch?', 'fail'),
  // the service named as who speaks: "from the Ask Us team" identifies the service, whatever word is before it
  G('Hello, Congrats from the Ask Us team! Which branch?', 'pass'),
  G('Hi, Sorry with the wait at the desk. Which branch?', 'fail'),
  // "from the reference desk" greets in the service's name (as G19's "Hi from the reference desk!")
  G('Hey, Happy Friday from the reference desk! Which branch?', 'pass'),
  G('Welcome! Hours at the desk are 9-5. Which branch?', 'fail'),
  G('Hi, Parking at the branch is free. Which branch?', 'fail'),
  G('Hello, Renewals from the catalog are easy. Which branch?', 'fail'),
  // a topic, the service only where the topic is: no one answering named
  G('Hi! Printing at the help desk. Which branch?', 'fail'),
  G('Hello, Scanning with the help desk? Which branch?', 'fail'),
  G('Hi, Returns at the reference desk. Which branch?', 'fail'),
  G('Hey, Updates from the Ask Us team are posted weekly. Which branch?', 'fail'),
  G('Good morning, Closures of the help desk. Which branch?', 'fail'),
  G('Hi, Wifi at the research help desk. Which branch?', 'fail'),
  G('Hello! Lunch with the backup crew. Which branch?', 'fail'),
  G('Hi, Tutoring at the teen desk. Which branch?', 'fail'),
  G('Hi, Payments at the circulation desk. Which branch?', 'fail'),
  G('Hello, Copies from the help desk. Which branch?', 'fail'),
];

/** First batch: words that are both names and common words, used as names. */
const wordNames: SessionCase[] = [
  G('Hi, Bill from the Ask Us team. Which branch?', 'pass'),
  G('Hello! Sue with the Reference Desk. Which branch?', 'pass'),
  G('Hi there, Will from the 24/7 backup service. Which branch?', 'pass'),
  G('Good evening, Mark from the overnight chat service. Which branch?', 'pass'),
  G('Hi, Grace at the help desk. Which branch?', 'pass'),
  G('Hello, May from the backup team. Which branch?', 'pass'),
  G('Hi! June of the Ask a Librarian team. Which branch?', 'pass'),
  G('hey, pat from the ref desk here. which branch?', 'pass'),
  G('Hi, Rob w/ the Ask Us backup crew. Which branch?', 'pass'),
  G('Hello, Frank from Ask Us. Which branch?', 'pass'),
  G('Hi, Hope from the chat team! Which branch?', 'pass'),
  G('Hiya, Joy here from the backup crew. Which branch?', 'pass'),
  G('Good morning, Dawn with the research help team. Which branch?', 'pass'),
  G('Hi, Art at the information desk. Which branch?', 'pass'),
  // near misses: the same words as common words
  G('Hi, will the help desk do? Which branch?', 'fail', 'near miss: "Hi, will the help desk do?" (a verb)'),
  G('Hello! Hope from the backup team is not needed. Which branch?', 'fail', 'near miss: "Hope from the backup team is not needed" (runs on)'),
  G('Hi, Art from the library collection is on show. Which branch?', 'fail', 'near miss: "Art from the library collection is on show" (things)'),
];

/** First batch: the patron's name, two-word names, an initial, titles, non-Latin names. */
const namesShapes: SessionCase[] = [
  // the patron's own name: greeting the patron, no one of the provider's named (G19's reading)
  G('Hi Grace from the book group! Which branch?', 'fail', 'patron\'s name: "Hi Grace from the book group!" to patron Grace', PATRON('Grace Obi')),
  G('Hello Will, with you now! Which branch?', 'fail', 'patron\'s name: "Hello Will, with you now!" to patron Will', PATRON('Will Chen')),
  {
    // the patron gave the name in their own words; the provider greets them back by it
    name: 'patron\'s own words: "hi its mark" then "Hi Mark from the Ask Us team!"? read as the patron addressed',
    lines: open1('Hi Mark from Westside! Which branch?', 'hi its mark from westside, what time does the downtown library close'),
    exp: some({ greeting: 'fail' }),
  },
  G('Hi, Mary Ann from the backup service. Which branch?', 'pass'),
  G('Hello, Anna Maria with the Ask Us team. Which branch?', 'pass'),
  G('Hi, Kim L. from Ask Us. Which branch?', 'pass'),
  G('Hello, Jo M. with the reference desk. Which branch?', 'pass'),
  G('Hi, Dr. Patel from the research help desk. Which branch?', 'pass'),
  G('Good afternoon, Ms. Okafor with the Ask Us service. Which branch?', 'pass'),
  G('Hi, 李明 from the Ask Us team. Which branch?', 'pass'),
  G('Hello, Алексей from the backup service. Which branch?', 'pass'),
  G('Hi, Nguyễn from the chat team. Which branch?', 'pass'),
  G('Hi, Siobhán at the enquiries desk. Which branch?', 'pass'),
];

/** First batch: Spanish and Spanglish. */
const spanish: SessionCase[] = [
  G('¡Hola! Soy Marta, del servicio de referencia. ¿Qué sucursal?', 'pass'),
  // no greeting anywhere: identity only
  G('Soy Marta, del servicio de referencia. ¿Qué sucursal?', 'fail', 'Spanish, no greeting: "Soy Marta, del servicio de referencia."'),
  G('Le saluda Ana del equipo de Pregunte. ¿Qué sucursal?', 'pass'),
  G('Hola, Ana del chat. ¿Qué sucursal?', 'pass'),
  G('Hola! Soy Ana from the Ask Us team. ¿Qué sucursal?', 'pass'),
  G('Hi, Ana del equipo de referencia. Which branch?', 'pass'),
  G('Buenas, Lupe del turno de noche. ¿Qué sucursal?', 'pass'),
  G('Hola, Avisos del servicio de verano. ¿Qué sucursal?', 'fail', 'Spanish near miss: "Hola, Avisos del servicio de verano" (notices, capitalised)'),
  G('Hola, Cambios del equipo de préstamo. ¿Qué sucursal?', 'fail', 'Spanish near miss: "Hola, Cambios del equipo de préstamo" (changes, capitalised)'),
];

/** First batch: who is not answering, later messages, other shapes. */
const others: SessionCase[] = [
  // a third person: someone else of the team, not who answers
  G('Hi! Sam from the backup team will reply. Which branch?', 'fail', 'third person: "Sam from the backup team will reply"'),
  G('Hello, Sam from the backup team is off tonight. Which branch?', 'fail', 'third person: "Sam from the backup team is off tonight"'),
  G("Hi, I'm with a patron at the desk, one moment. Which branch?", 'fail', '"I\'m with a patron at the desk"'),
  // "the answer from the reference desk": where the answer comes from, not who answers
  G('Hi, Back with the answer from the reference desk. Which branch?', 'fail', '"Back with the answer from the reference desk"'),
  { name: 'third message: "Hi!" / "One sec." / "Jo from the Ask Us team."', lines: open3('Hi!', 'One sec.', 'Jo from the Ask Us team. Which branch?'), exp: some({ greeting: 'fail' }) },
  { name: 'third message: "Hello!" / "Looking." / "hi, its dev w/ the 24/7 team"', lines: open3('Hello!', 'Looking.', 'hi, its dev w/ the 24/7 team. which branch?'), exp: some({ greeting: 'fail' }) },
  // lower-case name, no greeting in its sentence, the greeting in the first message (G19 left this out)
  G2('Hello!', 'ana from the backup service. which branch?', 'pass'),
  G2('Hi there!', 'lou w/ the ask us team. which branch?', 'pass'),
  // the same in one message: the greeting in the sentence before
  G('Hi! jo from the reference desk. Which branch?', 'pass'),
  // "here to help" after the service: who answers
  G('Hi, Sam from the backup team here to help. Which branch?', 'pass'),
  G('Hi, Sam from the backup team, happy to help. Which branch?', 'pass'),
];

/** Second batch (labelled before running): the words of the fix, paraphrased; names in a topic's shape or near it. */
const secondBatch: SessionCase[] = [
  // topics the fix should read as no one
  G('Hi! Scheduling with the reference team. Which branch?', 'fail', 'second batch: "Scheduling with the reference team" (a topic)'),
  G('Hello, Bookings at the help desk. Which branch?', 'fail', 'second batch: "Bookings at the help desk" (a topic)'),
  G('Good morning, Renovations of the help desk. Which branch?', 'fail', 'second batch: "Renovations of the help desk" (a topic)'),
  G('Hi, Enrolment with the Ask Us service. Which branch?', 'fail', 'second batch: "Enrolment with the Ask Us service" (a topic)'),
  G('hey, Meetings at the reference desk. which branch?', 'fail', 'second batch: "Meetings at the reference desk" (a topic)'),
  G('Hola, Inscripciones del servicio de verano. ¿Qué sucursal?', 'fail', 'second batch: Spanish "Inscripciones del servicio de verano" (a topic)'),
  G('Hola, Clases del equipo de lectura. ¿Qué sucursal?', 'fail', 'second batch: Spanish "Clases del equipo de lectura" (a topic)'),
  G('Hi there, Coffee with the backup crew. Which branch?', 'fail', 'second batch: "Coffee with the backup crew" (a thing)'),
  // the same topics before a service word older families do not read (the fix's own cases)
  G('Hi! Scheduling with the backup team. Which branch?', 'fail', 'second batch: "Scheduling with the backup team" (a topic)'),
  G('Hi, Enrolment with the backup service. Which branch?', 'fail', 'second batch: "Enrolment with the backup service" (a topic)'),
  G('hey, Meetings at the help desk. which branch?', 'fail', 'second batch: "Meetings at the help desk" (a topic)'),
  // names the fix must leave: "-ance / -ence", "-es", "-ing" names, Spanish "-cion", "here" after, a lead before
  G('Hi, Florence from the backup team. Which branch?', 'pass'),
  G('Hello, Constance with Ask Us. Which branch?', 'pass'),
  G('Hi, Irving at the help desk. Which branch?', 'pass'),
  G('Hi, Agnes from the backup service. Which branch?', 'pass'),
  G('Hi, Charles from the Ask Us team. Which branch?', 'pass'),
  G('Hola, Asunción del servicio de referencia. ¿Qué sucursal?', 'pass'),
  G('Hola, Mercedes del equipo de Pregunte. ¿Qué sucursal?', 'pass'),
  G('Hi, Sterling from the backup team. Which branch?', 'pass'),
  G('Hi, Sterling here from the backup team. Which branch?', 'pass'),
  G('Hi, this is Prudence from Ask Us. Which branch?', 'pass'),
  G('Hi, this is Sterling from Ask Us. Which branch?', 'pass'),
  G('Hello, Clarence of the statewide chat service. Which branch?', 'pass'),
];

/** Third batch (labelled before running, after the second run broke G19's "Hi, greetings from the backup team!"). */
const thirdBatch: SessionCase[] = [
  // the service greets, capitalised or warm: who answers is the service
  G('Hello, Greetings from the help desk! Which branch?', 'pass'),
  G('Hi! Warm greetings from the Ask Us team. Which branch?', 'pass'),
  // short "-ing" names the shape leaves
  G('Good evening, Ming from the chat team. Which branch?', 'pass'),
  G('Hi, Ewing from the backup service. Which branch?', 'pass'),
  // topics in the shape's other words
  G('Hi, Signatures at the help desk. Which branch?', 'fail', 'third batch: "Signatures at the help desk" (a topic)'),
  G('Hello, Deliveries from the backup service. Which branch?', 'fail', 'third batch: "Deliveries from the backup service" (a topic)'),
  G('Hi, Booking with the backup team is closed. Which branch?', 'fail', 'third batch: "Booking with the backup team is closed" (runs on)'),
];

const running = (cases: SessionCase[], why: Record<string, string>) => cases.filter((c) => !(c.name in why));

/** Cases the scorer still misreads, each with its reason. */
const LEFT_WHY: Record<string, string> = {
  // A name with an initial: G19's clause ends at the initial's stop ("kim l"); reading it is a widening of G19, not this
  // narrowing block's (older readings do not read it either).
  'whole: "Hi, Kim L. from Ask Us here." asks the format': 'greeting: "Kim L. from Ask Us" not read (the clause ends at the initial\'s stop)',
  'open: "Hi, Kim L. from Ask Us. Which branch?"': 'greeting: "Kim L. from Ask Us" not read (the clause ends at the initial\'s stop)',
  // "Le saluda …" greets in formal Spanish, but the greeting families have no "le saluda": outside this block (a widening).
  'whole: Spanish "Le saluda Ana del equipo de Pregunte", asks the city': 'greeting: "le saluda" not read as a greeting (the greeting families\' words)',
  'open: "Le saluda Ana del equipo de Pregunte. ¿Qué sucursal?"': 'greeting: "le saluda" not read as a greeting (the greeting families\' words)',
  // Older readings (v40 with nameServiceG19 off reads them the same): a service's name anywhere in the opening ("the
  // reference desk", "the Ask Us team", "the circulation desk", "the research help desk", "the reference team", "the Ask Us
  // service") is read as the service identified, even when it is only where a topic is.
  'open: "Hi, Returns at the reference desk. Which branch?"': 'greeting: "the reference desk" read as the service (an older reading)',
  'open: "Hey, Updates from the Ask Us team are posted weekly. Which branch?"': 'greeting: "the Ask Us team" read as the service (an older reading)',
  'open: "Hi, Wifi at the research help desk. Which branch?"': 'greeting: "the research help desk" read as the service (an older reading)',
  'open: "Hi, Payments at the circulation desk. Which branch?"': 'greeting: "the circulation desk" read as the service (an older reading)',
  '"Back with the answer from the reference desk"': 'greeting: "the reference desk" read as the service (an older reading)',
  'second batch: "Scheduling with the reference team" (a topic)': 'greeting: "the reference team" read as the service (an older reading)',
  'second batch: "Enrolment with the Ask Us service" (a topic)': 'greeting: "the Ask Us service" read as the service (an older reading)',
  'second batch: "Meetings at the reference desk" (a topic)': 'greeting: "the reference desk" read as the service (an older reading)',
  // G19's "not done": a lower-case name alone in its sentence (the greeting in the message before) cannot be told from
  // "pizza with the backup crew." without a names list.
  'two: "Hello!" / "ana from the backup service. which branch?"': 'greeting: lower-case "ana" with no greeting in its sentence not read (G19 left it out)',
  'two: "Hi there!" / "lou w/ the ask us team. which branch?"': 'greeting: lower-case "lou" with no greeting in its sentence not read (G19 left it out)',
  // G19's clause must end on the service ("here" or not): "here to help" after it is a widening, not this block's.
  'open: "Hi, Sam from the backup team here to help. Which branch?"': 'greeting: "… here to help" after the service not read (G19\'s end anchor)',
  // G19's service greeting is "(greetings) from …" after a greeting: "warm greetings from" is a widening, not this block's.
  'open: "Hi! Warm greetings from the Ask Us team. Which branch?"': 'greeting: "warm greetings from the Ask Us team" not read (G19\'s SERVICE_FROM_G19 has no adjective)',
  // The fix's cost: a name in a gerund's shape ("Sterling", as "Scheduling") is read as a topic; with "here" after it or
  // "this is" before it, it is read (older readings).
  'open: "Hi, Sterling from the backup team. Which branch?"': 'greeting: "Sterling" in a gerund\'s shape read as a topic (this block\'s TOPIC_SHAPE_E21)',
};

const ALL = [...whole, ...notNames, ...wordNames, ...namesShapes, ...spanish, ...others, ...secondBatch, ...thirdBatch];

describe('thirty-ninth round (E21): G19\'s openings checked', () => {
  describeSessions('whole sessions', running(whole, LEFT_WHY));
  describeSessions('not names', running(notNames, LEFT_WHY));
  describeSessions('word names', running(wordNames, LEFT_WHY));
  describeSessions('name shapes', running(namesShapes, LEFT_WHY));
  describeSessions('Spanish', running(spanish, LEFT_WHY));
  describeSessions('others', running(others, LEFT_WHY));
  describeSessions('second batch (the fix\'s words)', running(secondBatch, LEFT_WHY));
  describeSessions('third batch (the service greeting kept)', running(thirdBatch, LEFT_WHY));
});

export const LEFT: SessionCase[] = ALL.filter((c) => c.name in LEFT_WHY);
describeLeft('thirty-ninth round (E21)', LEFT);
