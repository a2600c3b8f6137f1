/**
 * Thirty-first round, second wave (N2): the v32 settings and phrase changes of blocks M1 (immigrants and new citizens) and
 * M4 (teachers and school staff) checked for false readings: near misses that share a change's words or shape but are NOT
 * its behaviour, and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - "Suerte en inglés es luck" (a word taught to an English learner) and "¿Suerte con el formulario?" say no goodbye;
 * - "haga su cita con tiempo" (in good time), "pida una cita en cuanto reciba la carta" (as soon as), "busque ayuda en
 *   español en uscis.gov/es" name no party: no referral;
 * - booking at a page after "if you can't come in person" or after a class or group that "meets in person" books a
 *   program or a room, not the office reached at that page: no referral;
 * - "Once you e-mail your principal, they'll get back to you" is no promise of the provider's; a provider's own "and I'll
 *   e-mail you the list by Friday" after the department's reply in the same sentence is one; "leave me your number, and
 *   she'll call you" is the provider passing the number on (a promise);
 * - "Ask Us librarian" naming someone else ("my colleague is the Ask Us librarian", "questions go to an Ask Us librarian")
 *   does not say who is answering;
 * - a library department named in Spanish with a verb that only reads or types ("consulte el calendario de…", "escriba
 *   'Servicios Juveniles' en el buscador") refers no one; "servicios al cliente" of a company with a referring verb is a
 *   party (a referral).
 * Written: 48 cases: 45 run (32 near misses, 13 of the changes' behaviour in new words) + 3 in LEFT. First run (39 cases):
 * 14 failed; 3 were mine (a behaviour case whose party "CASA" the scorer does not know as one, rewritten; two "Ask Us
 * librarian" near misses read the same with M4 off, moved to LEFT; a courteous case also had "good luck" in the other
 * message, rewritten, and still failed on M1's reading); 11 were v32 readings. Of 9 cases added after, 3 more were v32
 * readings (two "Ask Us librarian", the tax workshop) and 1 older (LEFT). Narrowed:
 *  - M1 `farewell` "suerte": the words after "con / en / para" open with a determiner or pronoun and hold no "es / se / dice /
 *    significa": "Suerte en inglés es luck.", "suerte en ingles se dice luck" are no goodbye ("Suerte con la entrevista.",
 *    "Le deseo suerte en su examen.", "¡Suerte!" still are);
 *  - M1 `referralVerb` "haga una cita en": not a calendar, agenda, phone or app ("Haga una cita en el calendario de Google
 *    para repasar", Google being no party), nor "con tiempo / en cuanto" ("Agende una cita con un abogado … al …" still refers);
 *  - `inPersonBookM1`: not "in person" denied ("If you can't come in person, just book a virtual session at …", "Si no puede
 *    venir en persona, haga una cita en …", "no need to go in person, and you can book …"), said better ("… is better in
 *    person, so book a time at … for a study room"), or said of a class, group, workshop or program ("The citizenship class
 *    meets in person, so book a session at …", "Our free tax workshop … is in-person; book a time at …") ("No, it has to be
 *    done in person, so book …", "mejor vaya en persona, así que pida una cita en …" still refer);
 *  - `patronFirstM4`: not when the provider takes the patron's contact ("Email them at …, or leave me your number, and she'll
 *    call you tomorrow") or promises after the reply ("…, our outreach team will contact you, and I'll e-mail you the booklist
 *    by Friday", "… n ill send u the booklist tomorrow") ("Once you e-mail your principal, they'll get back to you" is still
 *    no promise);
 *  - `askUsLibrarianM4`: "Ask Us librarian" only after the sentence's start, a comma or dash, or "I'm / this is / your": not
 *    "Hi! I'll pass this on to an Ask Us librarian.", "Good morning! Tomorrow, try an Ask Us librarian." ("Good morning!
 *    Priya, Ask Us librarian." still says who answers).
 * The Spanish departments (`referralParty`) read no false referral in 6 cases: not narrowed. v32 fingerprint: 5f2f576eb3f63419.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** A Spanish citizenship question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, quiero hacerme ciudadano, que tengo que hacer?'],
  [20, 'l', '¡Hola! Soy Marisol, bibliotecaria de la Biblioteca del Condado. ¿Ya tiene la residencia permanente por cinco años?'],
  [50, 'p', 'si, desde 2019'],
];
/** An English citizenship question up to the patron's answer. */
const EN: Line[] = [
  [0, 'p', 'hi how do i apply for citizenship and study for the test'],
  [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Have you had your green card for five years?"],
  [50, 'p', 'yes since 2019'],
];
/** A school-visit question up to the teacher's answer. */
const VISIT: Line[] = [
  [0, 'p', 'hello, could a librarian visit our school for a reading assembly this spring?'],
  [25, 'l', 'Hello, this is Jo with Ask Us at Sample County Library. Which school is it, and which month?'],
  [60, 'p', 'Hillside Middle, sometime in April'],
];
const then = (base: Line[], text: string, bye = 'Take care, bye!'): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', bye]];
/** The provider's answer at 70 s, the patron's thanks, then `last` as the provider's last message (courteous). */
const last = (base: Line[], text: string, lastText: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok gracias'], [106, 'l', lastText]];
const ORTIZ = { name: 'L. Ortiz', email: 'ms.ortiz@example.org', phone: null };
const ANSWER_ES = 'El formulario N-400 y la guía de estudio están en uscis.gov/es/ciudadania. ¿Le ayuda?';
/** A greeting pair: `first` and `second` are the first two provider messages. */
const greet = (first: string, second: string): Line[] => [
  [0, 'p', 'do teachers get longer loans on class sets?'],
  [15, 'l', first],
  [20, 'l', second],
  [45, 'p', '4th grade'],
  [55, 'l', 'Teacher loans are 6 weeks: samplelibrary.org/teachercard. Does that help?'],
  [80, 'p', 'yes thanks'],
  [85, 'l', 'Bye!'],
];

export const checked: SessionCase[] = [
  // ---- M1 farewell: "¡Suerte!" ----
  { name: 'farewell near miss: "Suerte en inglés es luck." (a word taught) as the last message: courteous fails', lines: last(ES, 'Le dejo la lista de palabras del examen en samplelibrary.org/esl.', 'Suerte en inglés es luck.'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell near miss: "Suerte en inglés se dice luck." chat-speak: courteous fails', lines: last(ES, 'la guia de vocabulario esta en samplelibrary.org/esl', 'suerte en ingles se dice luck'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell near miss: "¿Suerte con el formulario?" asked at the end: courteous fails', lines: last(ES, 'Ya le envié el enlace del formulario: uscis.gov/es/n-400.', '¿Suerte con el formulario?'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell near miss: "Suerte que llegó temprano, la clase se llena." : courteous fails', lines: last(ES, 'La clase de ciudadanía es los sábados, samplelibrary.org/ciudadania.', 'Suerte que llegó temprano, la clase se llena.'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell near miss: "Tuvimos suerte con el clima para la ceremonia." : courteous fails', lines: last(ES, 'La ceremonia de juramento fue en la biblioteca central, fotos en samplelibrary.org/fotos.', 'Tuvimos suerte con el clima para la ceremonia.'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell behaviour: "¡Mucha suerte con la entrevista!" : courteous passes', lines: last(ES, ANSWER_ES, 'Suerte con la entrevista.'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell behaviour: "Le deseo suerte en su examen." : courteous passes', lines: last(ES, ANSWER_ES, 'Le deseo suerte en su examen.'), exp: some({ courteous: 'pass' }) },

  // ---- M1 referralVerb: "pida / haga … una cita en / con", "busque ayuda en" ----
  { name: 'referralVerb near miss: "Haga su cita con tiempo, se llenan rápido." (in good time): referral na', lines: then(ES, 'Puede hacer todo en línea en uscis.gov/es. Haga su cita con tiempo, porque se llenan rápido. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "Pida una cita en cuanto reciba la carta" (as soon as): referral na', lines: then(ES, 'Cuando le llegue la notificación, pida una cita en cuanto reciba la carta; todo está explicado en uscis.gov/es. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "agende una cita en su celular" (a reminder): referral na', lines: then(ES, 'La guía de estudio está en uscis.gov/es/ciudadania. Agende una cita en su celular para estudiar cada día. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "haga una cita en el calendario de Google" : referral na', lines: then(ES, 'Las 100 preguntas están en uscis.gov/es/ciudadania. Haga una cita en el calendario de Google para repasar los lunes. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "busque ayuda en español en uscis.gov/es" (a language, a page): referral na', lines: then(ES, 'Si no entiende el formulario, busque ayuda en español en uscis.gov/es. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "busque orientación en la guía de la biblioteca" : referral na', lines: then(ES, 'Busque orientación en la guía de ciudadanía de la biblioteca, samplelibrary.org/ciudadania. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "busque ayuda en el sitio" : referral na', lines: then(ES, 'Para el examen de inglés, busque ayuda en el sitio uscis.gov/es/ciudadania, hay videos. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb behaviour: "Agende una cita con un abogado de Caridades Católicas al 301-555-0140." : referral passes', lines: then(ES, 'No damos asesoría legal. Agende una cita con un abogado de Caridades Católicas al 301-555-0140. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: 'referralVerb behaviour: "Busque asesoría legal gratuita en una organización acreditada" (no contact): referral fails', lines: then(ES, 'No podemos darle asesoría legal. Busque asesoría legal gratuita en una organización acreditada, como CASA. La guía está en samplelibrary.org/ciudadania. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },

  // ---- M1 inPersonBookM1 ----
  { name: 'inPersonBookM1 near miss: "If you can\'t come in person, just book a virtual session at samplelibrary.org/esl" : referral na', lines: then(EN, "Our conversation group practises the interview questions. If you can't come in person, just book a virtual session at samplelibrary.org/esl. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'inPersonBookM1 near miss: "The citizenship class meets in person, so book a session at samplelibrary.org/classes" (a program): referral na', lines: then(EN, 'The citizenship class meets in person, so book a session at samplelibrary.org/classes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'inPersonBookM1 near miss: "Practice is better in person, so book a time at samplelibrary.org/rooms" (a study room): referral na', lines: then(EN, 'Practising the interview out loud is better in person, so book a time at samplelibrary.org/rooms for a study room. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'inPersonBookM1 near miss: Spanish "Si no puede venir en persona, haga una cita en samplelibrary.org/citas para Zoom" : referral na', lines: then(ES, 'Si no puede venir en persona, haga una cita en samplelibrary.org/citas para practicar por Zoom con el club de conversación. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'inPersonBookM1 near miss: non-native "No need to go in person, and you can book an appointment at my.uscis.gov for phone" : referral na', lines: then(EN, 'For the address change there is no need to go in person, and you can book an appointment at my.uscis.gov for a phone call. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'inPersonBookM1 near miss: "Our tax workshop is in-person; book a time at samplelibrary.org/tax" (a program): referral na', lines: then(EN, 'Our free tax workshop for new immigrants is in-person; book a time at samplelibrary.org/tax. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'inPersonBookM1 behaviour: "No, it has to be done in person, so book an appointment at …" : referral passes', lines: then(EN, 'No, it has to be done in person, so book an appointment at mva.maryland.gov/appointments. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'inPersonBookM1 behaviour: Spanish "Mejor vaya en persona, así que pida una cita en citas.sre.gob.mx" : referral passes', lines: then(ES, 'Para la matrícula, mejor vaya en persona, así que pida una cita en citas.sre.gob.mx. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  { name: 'inPersonBookM1 behaviour: "The biometrics are in person; please book an appointment at uscis.gov/appointment" : referral passes', lines: then(EN, 'The fingerprints have to be taken in person; please book an appointment at uscis.gov/appointment. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'inPersonBookM1 behaviour: Spanish "El pasaporte se tramita en persona, así que pida una cita en citas.sre.gob.mx" : referral passes', lines: then(ES, 'El pasaporte mexicano se tramita en persona, así que pida una cita en citas.sre.gob.mx. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },

  // ---- M4 patronFirstM4 ----
  { name: 'patronFirstM4 near miss: "Once you send the form, our team will contact you, and I\'ll e-mail you the booklist by Friday." coded Answered: code fails', lines: then(VISIT, "Once you send the form at samplelibrary.org/schoolvisit, our outreach team will contact you, and I'll e-mail you the booklist by Friday. Does that help?"), over: { patron: ORTIZ }, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'patronFirstM4 near miss: "Email them at …, or leave me your number, and she\'ll call you tomorrow." coded Answered: code fails', lines: then(VISIT, "Our outreach coordinator books visits. Email them at outreach@samplelibrary.org, or leave me your number, and she'll call you tomorrow. Does that help?"), over: { patron: ORTIZ }, exp: some({ code: 'fail' }) },
  { name: 'patronFirstM4 near miss: chat-speak "once u submit the form our team will email u, n ill send u the list 2moro" coded Answered: code fails', lines: then(VISIT, 'once u submit the form at samplelibrary.org/schoolvisit, our team will email u, n ill send u the booklist tomorrow. does that help?'), over: { patron: ORTIZ }, exp: some({ code: 'fail' }) },
  { name: 'patronFirstM4 near miss: British "just give us your e-mail, and the team will contact you by Friday" coded Answered: code fails', lines: then(VISIT, 'Our schools team arranges visits; just give us your e-mail, and the team will contact you by Friday. Does that help?'), over: { patron: ORTIZ }, exp: some({ code: 'fail' }) },
  { name: 'patronFirstM4 near miss: "If you contact them at …, someone will contact you; we can also email you the list by Monday." coded Answered: code fails', lines: then(VISIT, 'If you contact them at outreach@samplelibrary.org, someone will contact you, and we can also email you the list by Monday. Does that help?'), over: { patron: ORTIZ }, exp: some({ code: 'fail' }) },
  { name: 'patronFirstM4 behaviour: "Once you e-mail your principal, they\'ll get back to you." coded Answered: no promise', lines: then(VISIT, "Visits need the school's approval. Once you e-mail your principal, they'll get back to you. Our visit page is samplelibrary.org/schoolvisit. Does that help?"), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'patronFirstM4 behaviour: "If you call Youth Services at 410-555-0150, they\'ll get back to you with dates." coded Answered: no promise', lines: then(VISIT, "If you call Youth Services at 410-555-0150, they'll get back to you with dates. Does that help?"), exp: some({ code: 'pass', contact: 'na', referral: 'pass' }) },

  // ---- M4 askUsLibrarianM4 ----
  { name: 'askUsLibrarianM4 near miss: "Hi! Please hold for the next available Ask Us librarian." : greeting fails', lines: greet('Hi! Please hold for the next available Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsLibrarianM4 near miss: "Hi! I\'ll pass this on to an Ask Us librarian." : greeting fails', lines: greet("Hi! I'll pass this on to an Ask Us librarian.", 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsLibrarianM4 near miss: "Good morning! Tomorrow, try an Ask Us librarian." : greeting fails', lines: greet('Good morning! Tomorrow, try an Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsLibrarianM4 near miss: "Hello! Questions like this go to an Ask Us librarian." : greeting fails', lines: greet('Hello! Questions like this usually go to an Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsLibrarianM4 behaviour: "Good morning! Priya, Ask Us librarian." : greeting passes', lines: greet('Good morning! Priya, Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'pass' }) },

  // ---- M4 referralParty: Spanish departments ----
  { name: 'referralParty near miss: "El programa de Servicios Juveniles es gratis" : referral na', lines: then(VISIT, 'El programa de Servicios Juveniles es gratis para las escuelas; los detalles están en samplelibrary.org/escuelas. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Consulte el calendario de Servicios Juveniles en samplelibrary.org/eventos" : referral na', lines: then(VISIT, 'Consulte el calendario de Servicios Juveniles en samplelibrary.org/eventos para ver las fechas libres. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Escriba Servicios de Extensión en el buscador de samplelibrary.org" : referral na', lines: then(VISIT, 'Escriba "Servicios de Extensión" en el buscador de samplelibrary.org y verá el formulario. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "en la página de Servicios al Público" : referral na', lines: then(VISIT, 'Encontrará el formulario en la página de Servicios al Público, samplelibrary.org/publico. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Inscríbase en el programa de Servicios Juveniles en samplelibrary.org/verano" : referral na', lines: then(VISIT, 'Sus alumnos pueden inscribirse en el programa de verano de Servicios Juveniles en samplelibrary.org/verano. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty behaviour: "Comuníquese con servicios al cliente de Comcast" (no contact): referral fails', lines: then(VISIT, 'Para el internet de la escuela, comuníquese con servicios al cliente de Comcast. Nuestra guía está en samplelibrary.org/escuelas. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: 'referralParty behaviour: "Pregunte en Servicios Infantiles al 410-555-0160" : referral passes', lines: then(VISIT, 'Para la visita, pregunte en Servicios Infantiles al 410-555-0160. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer gets wrong for reasons older than v32 (not run): a role word in a statement
 * ("librarian") identifies the provider whatever the sentence says of it (v11 K1's `otherRoleK1` reads only "which / another
 * / a different …"); the same with askUsLibrarianM4 off.
 */
export const LEFT: SessionCase[] = [
  { name: 'askUsLibrarianM4 near miss: "Hello! I\'m transferring you to an Ask Us librarian." : greeting fails', lines: greet('Hello! I\'m transferring you to an Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsLibrarianM4 near miss: "Hi! My colleague is the Ask Us librarian." (someone else): greeting fails', lines: greet('Hi! My colleague is the Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsLibrarianM4 near miss: "Hi there, sorry, I am only covering for the Ask Us librarian." : greeting fails', lines: greet('Hi there, sorry, I am only covering for the Ask Us librarian.', 'What grade do you teach?'), exp: some({ greeting: 'fail' }) },
];

describeSessions('thirty-first round, second wave (N2): the M1 and M4 settings checked', checked);

describeLeft('thirty-first-round-m14-checked', LEFT);
