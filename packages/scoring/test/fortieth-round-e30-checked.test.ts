/**
 * Fortieth round, block E30 (a second wave, a narrowing block): v41's first-wave blocks E25 (`topicShapesE25`, E25's words of
 * address after "can't wait any longer", `ACCESS_OTHER_ES_E25`, `citationAmpersandE25`) and E26 (the last-question limits
 * `LAST_ONE_E26` / `LAST_Q_BARE_E26` / `CAN_ES_E26` / `ASKED_E26`, the send-offs `ENJOY_E26` / `ENJOY_V1_E26` /
 * `SUERTE_TAIL_E26`, and the settings `searchPageWideE26`, `ownerMoreE26`, `ownRoomE26`) CHECKED both ways with cases no one
 * had written, in other registers (American, British, Australian, Canadian, non-native, chat-speak, Spanglish, warm; Spain,
 * Mexican and Caribbean Spanish) and other areas (old gun laws, racing and preservation law, archives, courthouses, town halls,
 * hospitals, casas de la cultura, surveys, quizzes, study rooms).
 *
 * PARAPHRASE SWEEP. Shapes tried:
 *  openings (approachability.greeting): topics of E25's shapes before a service ("Needlework at the teen desk", "Schoolwork
 *   with the backup team?", Spanish "Convocatorias / Historias / Memorias / Victorias del …"); names near the shapes:
 *   surnames in "-worth" ("Butterworth", "Hepworth", "Farnsworth", "Wordsworth" after "this is", "Ashworth here"), Spanish
 *   singular names in "-oria" ("Gloria", "Honoria");
 *  closing.no_dismissal (E25's words of address): "can't wait any longer, hun, the new Osman is out!", "…, dear! The sequel …",
 *   "cant wait any longer guys!! …", "No puedo esperar más, amigo, ¡la peli sale …!", "The kids can't wait any longer, hun,
 *   storytime …", "… any longer myself. The sequel …", "… sweetheart! Your hold …", "…, darling, the new Osman is out!",
 *   "… amiga! Ya salió …" against ends ("…, love, I'm closing the chat now", "… sir, this chat is now closed", "…, ma'am.
 *   Goodbye.", "…, mate, so we're logging off", "…, amigo, closing the chat now", "… sweetie, bye now", "…, honey. Goodbye.",
 *   "… darling, im ending the chat", "No puedo esperar más, amiga, cierro el chat") and one with a way back;
 *  followup (notPromise, Spanish accessibility offices): "… del condado / de la universidad / del hospital / de la ciudad /
 *   del Departamento de Transporte / de la MTA le llamará / escribirá / contactará / va a llamar / enviará" against the
 *   library's own ("… de nuestra biblioteca", "… de la biblioteca del condado", "… del sistema de bibliotecas") and the
 *   provider's own "yo le escribo mañana" beside another's call;
 *  info.source: "State Fin. & Proc. Art., § 17-101", "health-gen sec 20-102", "Tax-Gen. Art. § 10-105", "Md. Ann. Code art.
 *   27, § 36B", "Maryland Code, Article 27, § 36B", "N.Y. Veh. & Traf. Law § 1180", "N.Y. Parks, Rec. & Hist. Preserv. Law §
 *   14.09", "N.Y. Parks, Recreation and Historic Preservation Law § 14.09", "N.Y. Rac., Pari-Mut. Wag. & Breed. Law § 101",
 *   "N.Y. Arts and Cultural Affairs Law § 61.01" against a class, an office, a quiz, a study group, a seminar, a form named
 *   with the same words;
 *  closing.no_dismissal (E26's limits): "that's the last one I can answer tonight", "… I can take, I'm off shift", British
 *   "Last question for today, I'm afraid, mate", Spain "Esta es la última que os puedo responder hoy, ¿vale?" (no
 *   "pregunta"), "Esa es la última que le puedo contestar hoy", "Ya es la última que te puedo atender", "… pregunta que te
 *   puedo responder por hoy, ¿sale?", "… I can take tonight, alright?", non-native "This is / that is / It is last question I
 *   can answer / help with / we can to answer" against the patron's "last question, …", "the last one I can find in the
 *   catalogue", "The last question on the quiz", "Es la última que me queda en el estante", "la última que le puedo prestar /
 *   ofrecer / recomendar", asked ("Is this the last one I can help with, or …?", "¿Esta es la última que … o tiene otra?", "So
 *   this is last question I can answer for you today, or you have more?"), "This is last question on the form / of the survey";
 *  closing.courteous: "¡Que disfrutes la peli!", "¡Suerte con la entrevista, mija!", "¡Suerte con el trámite, don Luis!",
 *   "¡Que disfruten la serie, chicos!", "Enjoy the film, love!", "Enjoy the long weekend!", "Hope the kids / you and the kids
 *   enjoy the show!", "We hope you enjoy the book!" against advice, conditions, questions and statements ("To enjoy it fully,
 *   read …", "Did you enjoy the first one?", "If / When you enjoy the …, …", "Most readers / Students enjoy the …", "¿Disfrutó
 *   el libro?", "Para disfrutar la serie, empiece …");
 *  search pages: "google.co.uk/?q=", "www.google.es/search?q=", "google.com.au/search", "google.ca/search", "lmgtfy.com/?q=",
 *   "ecosia.org/search?q=", "search.brave.com/search?q=", "startpage.com/do/search?query=", "duckduckgo.com/?q=…&ia=web"
 *   against "books.google.com/books?id=", "scholar.google.com/scholar?q=", "maps.google.com/?q=", "google.com/maps/search/…",
 *   a catalogue's search ("samplelibrary.bibliocommons.com/v2/search?query="), "ecosia.org/blog/…";
 *  referral.contact (rooms and owners): the library's rooms in English ("our local history room", British "the children's
 *   room", "the genealogy room", "the children's room at the Central Library", "our teen room at the Eastside branch") against
 *   other owners' ("the museum's reading room", "… at the county historical society", "… at the state / county archives", "…
 *   at the art museum", "… at the county courthouse", "… at the town hall", "la sala infantil del ayuntamiento", "la sección
 *   infantil del centro cívico", "la sala juvenil de la casa de la cultura", "… del archivo municipal", "el departamento de
 *   información del museo"); rooms that are no department ("The study room is booked until 3", "I booked the study room for
 *   you", "the hospital's quiet room"); a room consulted ("I asked the children's room: …").
 *
 * Statuses are read from RUBRIC.md's literal text (closing.no_dismissal: "tells the patron … that they have reached a limit of
 * questions … or otherwise ends the help for the provider's convenience without offering a way back"; Goodbye / closing.courteous:
 * "thanks the patron, says goodbye or invites them back"; Follow-up session: the provider's promise, "someone from your library
 * will contact you"; info.source: "a named resource"; Referral: "telling the patron to contact or visit a person or organisation
 * … another agency, library, department, office …; the provider's own library's departments count …").
 * READINGS TAKEN where RUBRIC.md leaves room (E25's and E26's kept):
 * - "Victorias / Historias / Memorias del equipo …" are plural nouns (the team's victories …), as E25's "Tutorías": no one named;
 *   surnames in "-worth" and singular "-oria" names are names;
 * - a word of address between "can't wait any longer" and a closing word or a stop ends the help as E25's do; "sweetie",
 *   "sweetheart", "darling", "honey", "amigo / amiga" are such words; "!" and news after it stay excitement;
 * - "la última" said before the provider's capacity to answer ("que os puedo responder") is E23's "la última pregunta"; before
 *   another verb (lend, offer, recommend) it is a copy or a title; non-native "this is last question I can answer" is E23's
 *   limit without its article;
 * - a wish to the patron's household ("Hope the kids enjoy the show!") is a goodbye; a condition ("If you enjoy the book, …")
 *   or a statement of others' taste ("Most readers enjoy the series …") is not;
 * - Ecosia's, Brave's and Startpage's results pages are "google it" with a link as E26's engines; a page on their hosts that is
 *   no search is a source;
 * - a room or desk followed by "at the <one or two words> archives / historical society / courthouse / town hall / museum /
 *   university / college" or "de la casa de la cultura / del archivo …" is that owner's, which the library's number does not
 *   reach; "at the Central Library / Eastside branch" keeps it the library's;
 * - a hospital's quiet room and a booked study room are places, no person, organisation or department: no referral;
 * - Maryland's code cited by an article's number ("Md. Ann. Code art. 27, § 36B", the code before 2002) and New York's laws
 *   named with commas before "&" are named resources as E25's.
 *
 * COUNTS. Written: 142 cases, all labelled before running: a first batch of 100 (13 openings, 13 waits, 10 calls, 13 codes, 13
 * limits, 11 farewells, 12 search pages, 15 rooms), 22 near misses and fix cases written with the fixes (`guards`, 4 of them
 * added while trying the fixes too wide), and a second batch of 20 probing the fixes' words. Run: 142; LEFT: 0. Labels
 * corrected: 1.
 * Run 1 (first batch, 100): 12 disagreed. By check:
 *  - closing.no_dismissal 5: "Can't wait any longer sweetie, bye now" (read as none), Spain "Esta es la última que os puedo
 *    responder hoy, ¿vale?" and "Esa es la última que le puedo contestar hoy" (no "pregunta": none), non-native "This is last
 *    question I can answer for today" (no article: none), "ecosia.org/search?q=" (read as a source);
 *  - info.source 2: "Md. Ann. Code art. 27, § 36B", "N.Y. Parks, Rec. & Hist. Preserv. Law § 14.09" (no source read);
 *  - closing.courteous 2: "If you enjoy the book, the sequel is on order too." and "Most readers enjoy the series more after
 *    book two." read as goodbyes;
 *  - referral.contact 3: "Visit the hospital's quiet room, or call us at …" read na where I had labelled fail: my label was
 *    wrong (a quiet room is a place, no party: na; corrected); "Visit the reading room at the state archives, or call us …" and
 *    "Hable con la sala juvenil de la casa de la cultura, o llámenos …" read as the library's own (pass).
 *  - (greeting, followup and all E25 topic / name, Spanish accessibility office and E25 citation cases: as labelled.)
 * Run 2 (all, with the fixes and guards): all as labelled. Run 3 (second batch, 20): all as labelled.
 *
 * FIXES (block E30 only: three v41 phrase-family changes and three v41 settings; E25's and E26's blocks and files untouched).
 * Each near miss marked "(tried)" was checked to FAIL with its fix made too wide as said, then the fix restored:
 *  1. dismissalConvenience, a swap of E25's alternative (`CANT_WAIT_VOCATIVE_E30`): more words of address ("sweetie",
 *     "sweetheart", "darling", "honey", "amigo", "amiga"). Near misses: "Honestly, I can't wait any longer myself. The sequel …"
 *     (tried: fails with any word allowed), "… sweetheart! Your hold …", "…, darling, the new Osman is out!".
 *  2. dismissalHard plus `LAST_ONE_ES_E30`: "es / esa es / esta es / ya es la última" before E26's capacity (`CAN_ES_E26`) and
 *     "contestar / responder / atender", not asked (`ASKED_E26`). Near misses: "Esa es la última que le puedo prestar" (tried:
 *     fails with any verb), "¿Esta es la última que le puedo responder hoy o tiene otra?" (tried: fails without the question
 *     test), "Es la última que le podemos ofrecer …", "Es la última que me queda en el estante", "… le puedo recomendar …".
 *  3. dismissalHard plus `LAST_Q_BARE_ART_E30`: "this is / that is / it is last question" (no article) before E23's capacity,
 *     not asked. Near misses: "This is last question on the form" (tried: fails without the capacity), "So this is last
 *     question I can answer for you today, or you have more?" (tried: fails without the question test), "This is last question
 *     of the survey".
 *  4. farewell, a swap of E26's `ENJOY_V1_E26` (`ENJOY_V1_E30`): not after "if / when / once / unless / whether / since you",
 *     not after a plural subject opening its sentence ("Most readers", "Students", "People", "They"). Near misses: "Hope the
 *     kids enjoy the show!" (tried: fails with the subject anywhere), "Hope you and the kids enjoy the show!", "We hope you
 *     enjoy the book!", "Enjoy the long weekend!".
 *  5. setting `searchPageMoreE30` (classify.ts `SEARCH_PAGE_E30`, in E23's / E26's `searchPageE23`): "ecosia.org/search",
 *     "search.brave.com/search", "startpage.com/(do/)search". Near miss: "ecosia.org/blog/passports has the renewal steps"
 *     (tried: fails with any path on the host).
 *  6. setting `ownerMoreE30` (classify.ts `otherOwnerE30`, in E23's / E26's `ownDeptEsE23`): "at / of / in the <0-2 words>
 *     archives / historical society / courthouse / city hall / town hall / museum / university / college", "de la casa de (la)
 *     cultura", "del archivo (municipal …)", right after the room or department. Near misses: "Visit the children's room at
 *     the Central Library, or call us" (tried: fails with any noun after "at the"), "Hable con la sala juvenil, o llámenos …;
 *     el club de la casa de la cultura también sirve." (tried: fails unanchored), "Visit our teen room at the Eastside branch".
 *  7. setting `citationMoreE30` (classify.ts `citationAtE30`: `NY_LAW_E30`, `MD_ART_NUMBER_E30`): New York's laws with up to
 *     four words, commas among them, before "&" / "and"; Maryland's code by an article's number, "Code" just before it. Near
 *     misses: "the N.Y. Parks, Rec. & Hist. Preserv. Law class is in room 14-09", "the Md. Code art. 27 seminar meets in room
 *     3-2" (both guarded by the section sign, which E22's and E25's readers also require: not tried, as E25's).
 *
 * NOT CHANGED (read as labelled both ways): E25's topic shapes (no "-worth" name and no "-oria" name read as a topic; the
 * "Victorias" reading above); E25's Spanish accessibility offices (the "Departamento de Transporte" and "la MTA" offices, owners
 * outside `ACCESS_OTHER_ES_E25`'s list, were read as no promise all the same; the library system's own as a promise); E25's citations other than the two above; E26's
 * English limits, tags ("¿sale?", "alright?"), the patron's own last question; E26's Spanish wishes with a word of address;
 * E26's engines on other countries' domains; Google Books, Scholar, Maps; the library's rooms in English; study rooms.
 * AN OLDER LEFT NOW READ: thirty-ninth-round-e23-checked's LEFT 'limit: non-native "Because this is last question I can answer
 * today, please come tomorrow." : dismissal fails' is read as labelled since fix 3 (its LEFT reason was the article dropped):
 * taken out of that file's LEFT_WHY (a comment says so; its label and the rest of that file unchanged).
 * LEFT: none. NOT DONE: Spanish "la última por hoy" without a capacity ("Es la última por hoy, ¿vale?": not written); other
 * engines (Yandex, Baidu); owners in English after "at" beyond the list (a church hall, a YMCA).
 *
 * FINAL RUN (`--project scoring`): this file, rubric.test.ts, every thirty-seventh-, thirty-eighth-, thirty-ninth- and
 * fortieth-round file on this branch, and the files found by `grep -liE` for the fixes' words ("wait any ?longer|wait
 * anymore|[uú]ltima que|last question|enjoy|ecosia|brave\.com|startpage|archives|courthouse|town hall|city hall|casa de (la
 * )?cultura|archivo|N\.Y\.|art\. ?[0-9]|article [0-9]"): 236 files (thirty-ninth-round-e23-checked with its one LEFT taken out among them; fortieth-round-e25- and -e26-checked
 * unchanged), 23,282 tests, all passed; and phrases.test.ts (`--project phrases`): 320 tests, passed.
 *
 * v41's fingerprint after block E30: a99e5362f83c2120.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, OPEN_ES, one, es, ends, endsEs, lastEs, second, segunda } from './narrowing-lines';
import { G, open2 } from './openings-lines';

const G2 = (first: string, second: string, st: 'pass' | 'fail', name?: string): SessionCase => ({ name: name ?? `two: "${first}" / "${second}"`, lines: open2(first, second), exp: some({ greeting: st }) });
/** A reading question answered, then "one more" and the provider's `last` message(s) (E25's builder). */
const novel = (...last: string[]): Line[] =>
  second('is the new richard osman book out yet', 'Yes, it came out last week; place a hold at catalog.samplelibrary.org. Does that help?', 'great, how long is the waitlist?', ...last);
/** A bus-pass question answered, then a second question and the provider's `last` message(s) (E25's builder). */
const bus = (...last: string[]): Line[] =>
  second('how do i get a senior bus pass', 'Apply at the transit office or online at mta.maryland.gov/reduced-fare. Does that help?', 'ok and can i do it by mail?', ...last);
/** Spanish: the provider's `text` answering, then thanks and a goodbye. */
const esBye = (q: string, text: string): Line[] => [...OPEN_ES(q), L(text), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']];
/** A refusal at 70 s, the patron's `said` at 90 s and the provider's `next` at 110 s, the last message (E23's / E26's builders). */
const asked = (refusal: string, said: string, next: string, q = 'can u renew my passport for me'): Line[] => [...OPEN(q), L(refusal), [90, 'p', said], [110, 'l', next]];
const askedEs = (refusal: string, said: string, next: string, q = 'me puede sacar la cita del consulado'): Line[] => [...OPEN_ES(q), L(refusal), [90, 'p', said], [110, 'l', next]];
/** An English answered question, the patron's thanks, then the provider's `text` as the last message (E26's builder). */
const lastEn = (q: string, text: string): Line[] => [...OPEN(q), L("It's in the catalogue, samplelibrary.org/catalog. Did that help?"), [110, 'p', 'yes thanks'], [120, 'l', text]];

const PROMISE = some({ contact: 'fail', code: 'fail' });
const NONE = some({ contact: 'na', code: 'pass' });

// ---- E25, approachability.greeting: "-work(s) / -orias" topics before a service, names of like shapes ----
// RUBRIC: pass when the provider greets AND identifies who is answering (a name, "librarian", the library or the service).
// A topic before a service names no one (E21's, E25's reading); a surname ("Butterworth") is a name.
export const openings: SessionCase[] = [
  G2('Hi!', 'Needlework at the teen desk. Which branch?', 'fail'),
  G2('Hello!', 'Schoolwork with the backup team? Which branch?', 'fail'),
  G('Hola, Convocatorias del servicio de referencia. ¿Qué sucursal?', 'fail'),
  G('Buenas, Historias del mostrador juvenil. ¿Qué sucursal?', 'fail'),
  G('Hola, Memorias del equipo de Pregunte. ¿Qué sucursal?', 'fail'),
  // "Victorias del equipo de Pregunte": the team's victories, a plural noun as "Tutorías" (no one named)
  G('Hola, Victorias del equipo de Pregunte. ¿Qué sucursal?', 'fail'),
  // names: surnames in -worth, Spanish singular names in -oria
  G('Hi, Butterworth from the backup team. Which branch?', 'pass'),
  G('Hiya, Hepworth with the Ask Us team, which branch?', 'pass'),
  G('Hello, Farnsworth from the backup service. Which branch?', 'pass'),
  G('Hola, Gloria del equipo de Pregunte. ¿Qué sucursal?', 'pass'),
  G('Buenas, Honoria del servicio de referencia. ¿Qué sucursal?', 'pass'),
  // a "-work" word given as a name with "this is" / "here" (the introduction's lead makes it a name)
  G('Hi, this is Wordsworth from the backup team. Which branch?', 'pass'),
  G2('Good evening!', 'Ashworth here from the Ask Us team. Which branch?', 'pass'),
];

// ---- E25, closing.no_dismissal: "can't wait any longer" + a word of address ----
// RUBRIC: fails when the provider ends the help for their own convenience without offering a way back.
export const waits: SessionCase[] = [
  { name: 'excitement: "can\'t wait any longer, hun, the new Osman is out!" : passes', lines: novel("can't wait any longer, hun, the new Osman is out! You are number 12 on the list. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'excitement: "I can\'t wait any longer, dear! The sequel is out Thursday." : passes', lines: novel("I can't wait any longer, dear! The sequel is out Thursday and you are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'excitement (chat-speak): "cant wait any longer guys!! the sequel drops friday" : passes', lines: novel('cant wait any longer guys!! the sequel drops friday, ur number 12. anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'excitement (Spanish): "No puedo esperar más, amigo, ¡la peli sale el viernes!" : passes', lines: segunda('¡Sí, los martes! No puedo esperar más, amigo, ¡la peli sale el viernes! Las clases están en samplelibrary.org/ingles. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'end: "Can\'t wait any longer, love, I\'m closing the chat now." : fails', lines: bus("Can't wait any longer, love, I'm closing the chat now.") , exp: some({ dismissal: 'fail' }) },
  { name: 'end: "I can\'t wait any longer sir, this chat is now closed." : fails', lines: bus("I can't wait any longer sir, this chat is now closed."), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "Can\'t wait any longer, ma\'am. Goodbye." : fails', lines: bus("Can't wait any longer, ma'am. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "We can\'t wait any longer, mate, so we\'re logging off." : fails', lines: bus("We can't wait any longer, mate, so we're logging off."), exp: some({ dismissal: 'fail' }) },
  { name: 'end (Spanglish): "Can\'t wait any longer, amigo, closing the chat now" : fails', lines: bus("Can't wait any longer, amigo, closing the chat now"), exp: some({ dismissal: 'fail' }) },
  { name: 'end: "Can\'t wait any longer sweetie, bye now" : fails', lines: bus("Can't wait any longer sweetie, bye now"), exp: some({ dismissal: 'fail' }) },
  { name: 'end (Spanish): "No puedo esperar más, amiga, cierro el chat." : fails', lines: segunda('No puedo esperar más, amiga, cierro el chat.'), exp: some({ dismissal: 'fail' }) },
  { name: 'way back: "I can\'t wait any longer, hun, so I\'m ending this chat; email ask@… and we\'ll pick it up tomorrow" : passes', lines: bus("I can't wait any longer, hun, so I'm ending this chat; email ask@samplelibrary.org and we'll pick it up tomorrow."), exp: some({ dismissal: 'pass' }) },
  { name: 'others: "The kids can\'t wait any longer, hun, storytime starts at 10!" : passes', lines: novel("The kids can't wait any longer, hun, storytime starts at 10 on Saturday! Anything else?"), exp: some({ dismissal: 'pass' }) },
];

// ---- E25, followup (notPromise): Spanish accessibility offices of other owners against the library's own ----
// RUBRIC: a follow-up session is the provider's promise ("someone from your library will contact you"); an outside party's call is none.
export const calls: SessionCase[] = [
  { name: 'outside: "La oficina de accesibilidad del condado le llamará el lunes" : no follow-up', lines: esBye('necesito un interprete para la audiencia', 'Pídalo en samplecounty.gov/ada; la oficina de accesibilidad del condado le llamará el lunes. ¿Le sirve?'), exp: NONE },
  { name: 'outside: "El coordinador de ADA de la universidad le escribirá" : no follow-up', lines: esBye('necesito tomar examenes con mas tiempo', 'Pídalo en la universidad; el coordinador de ADA de la universidad le escribirá con la respuesta. La guía está en samplestate.gov/ada. ¿Le sirve?'), exp: NONE },
  { name: 'outside: "La unidad de discapacidad del hospital le contactará" : no follow-up', lines: esBye('necesito una silla de ruedas para mi cita', 'Pídala al hacer la cita; la unidad de discapacidad del hospital le contactará. La guía está en samplehealth.org/ada. ¿Le sirve?'), exp: NONE },
  { name: 'outside: "La oficina de ADA de la ciudad le va a llamar" : no follow-up', lines: esBye('la parada del bus no tiene rampa', 'Repórtelo en samplecity.gov/ada; la oficina de ADA de la ciudad le va a llamar. ¿Le sirve?'), exp: NONE },
  { name: 'outside: "La oficina de accesibilidad del Departamento de Transporte le enviará la tarjeta" : no follow-up', lines: esBye('como saco la tarjeta de transporte para discapacitados', 'Solicítela en mta.maryland.gov/mobility; la oficina de accesibilidad del Departamento de Transporte le enviará la tarjeta. ¿Le sirve?'), exp: NONE },
  { name: 'outside: "La oficina de accesibilidad de la MTA le llamará para la evaluación" : no follow-up', lines: esBye('como pido el paratransito', 'Solicítelo en mta.maryland.gov/mobility; la oficina de accesibilidad de la MTA le llamará para la evaluación. ¿Le sirve?'), exp: NONE },
  { name: 'own: "El coordinador de accesibilidad de nuestra biblioteca le escribirá el viernes" : a follow-up', lines: esBye('tienen lectores de pantalla', 'Creo que sí. El coordinador de accesibilidad de nuestra biblioteca le escribirá el viernes con los detalles. ¿Le sirve?'), exp: PROMISE },
  { name: 'own: "La coordinadora de accesibilidad de la biblioteca del condado le va a llamar mañana" : a follow-up', lines: esBye('tienen audiolibros en español', 'Sí. La coordinadora de accesibilidad de la biblioteca del condado le va a llamar mañana con la lista. ¿Le sirve?'), exp: PROMISE },
  { name: 'own: "El equipo de accesibilidad del sistema de bibliotecas le llamará" : a follow-up', lines: esBye('tienen lupas electronicas', 'No estoy segura. El equipo de accesibilidad del sistema de bibliotecas le llamará el martes. ¿Le sirve?'), exp: PROMISE },
  { name: 'both: "La oficina ADA del condado le llamará; yo le escribo mañana con la guía" : a follow-up', lines: esBye('la acera no tiene rampa', 'Repórtelo en samplecounty.gov/ada. La oficina ADA del condado le llamará; yo le escribo mañana con la guía. ¿Le sirve?'), exp: PROMISE },
];

// ---- E25, info.source: law cited with "&", a hyphen or "Art." against the same words as a class, office, form, quiz, room ----
// RUBRIC: a named resource is a source; a law cited by code and section is one (E22's, E25's reading); a class or an office is not.
export const codes: SessionCase[] = [
  { name: 'MD: "Md. Code, State Fin. & Proc. Art., § 17-101" : source passes', lines: one('maryland state procurement law', 'Look at Md. Code, State Fin. & Proc. Art., § 17-101. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD (chat-speak): "health-gen sec 20-102" : source passes', lines: one('can my 16 yo get birth control w/o me in md', 'yes, md code health-gen sec 20-102 covers minors consent. that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD: "Tax-Gen. Art. § 10-105" : source passes', lines: one('where is the md tax rate law', 'It is Tax-Gen. Art. § 10-105 of the Maryland Code. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'MD old code: "Md. Ann. Code art. 27, § 36B" : source passes', lines: one('what was the old maryland handgun law', 'Before 2002 it was Md. Ann. Code art. 27, § 36B. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'NY: "N.Y. Veh. & Traf. Law § 1180" : source passes', lines: one('new york speeding law', 'Speed limits are in N.Y. Veh. & Traf. Law § 1180. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'NY: "N.Y. Parks, Rec. & Hist. Preserv. Law § 14.09" : source passes', lines: one('ny historic preservation law', 'See N.Y. Parks, Rec. & Hist. Preserv. Law § 14.09. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'NY: "N.Y. Arts and Cultural Affairs Law § 61.01" : source passes', lines: one('ny law on art sales', 'Yes, the N.Y. Arts and Cultural Affairs Law § 61.01 and after. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near: "the State Fin. & Proc. class meets in room 13-101" : source fails', lines: one('where is the procurement class', 'Per your flyer, the State Fin. & Proc. class meets in room 13-101. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near: "the Health-Gen. office is room 4-301, upstairs" : source fails', lines: one('where is the health office', 'Per the county flyer you pasted, the Health-Gen. office is room 4-301, upstairs. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near: "the Tax-Gen. quiz, section 2-1, is due Friday" : source fails', lines: one('when is the tax quiz due', 'Per your syllabus, the Tax-Gen. quiz, section 2-1, is due Friday. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near: "the Art. 27 study group meets in room 3-2" : source fails', lines: one('where does the law study group meet', 'Per your flyer, the Art. 27 study group meets in room 3-2. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near: "the N.Y. Veh. & Traf. Law quiz is in room 3-2" : source fails', lines: one('where is the traffic law quiz', 'Per your flyer, the N.Y. Veh. & Traf. Law quiz is in room 3-2. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near: "fill in Form Tax-Gen. 502, section 3" (a form) : source fails', lines: one('what form for md taxes', 'Per the letter you pasted, they want the Tax-Gen. 502 sheet, part 3. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- E26, closing.no_dismissal: last-question limits against the patron's "last question" and other "last ones" ----
// RUBRIC: fails when the provider tells the patron "that they have reached a limit of questions".
export const limits: SessionCase[] = [
  { name: 'limit: "Sorry hun, that\'s the last one I can answer tonight." : fails', lines: ends('and do u have the new taylor jenkins reid', "Sorry hun, that's the last one I can answer tonight. Come back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: "that\'s the last one I can take, I\'m off shift now" : fails', lines: ends('and what about fines', "that's the last one I can take, I'm off shift now."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: British "Last question for today, I\'m afraid, mate." : fails', lines: ends('and have you got the guardian', "Last question for today, I'm afraid, mate. Pop back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Spain "Esta es la última que os puedo responder hoy, ¿vale?" (no "pregunta") : fails', lines: endsEs('y otra, teneis comics', 'Esta es la última que os puedo responder hoy, ¿vale? Volved mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: "Esa es la última que le puedo contestar hoy, vuelva mañana." : fails', lines: endsEs('y otra, prestan laptops', 'Esa es la última que le puedo contestar hoy, vuelva mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Mexican "Es la última pregunta que te puedo responder, ¿sale?" : fails', lines: endsEs('y otra, tienen mangas', 'Es la última pregunta que te puedo responder por hoy, ¿sale? Mañana seguimos.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: "This is the last question I can take tonight, alright?" : fails', lines: ends('and one more about parking', 'This is the last question I can take tonight, alright? Write us tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit (non-native): "This is last question I can answer for today, sorry" : fails', lines: ends('and one more, you have tax forms', 'This is last question I can answer for today, sorry. Please come tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'near: the patron\'s "last question, do you have wifi?" answered : passes', lines: second('do u have printers', 'Yes, 10 cents a page: samplelibrary.org/print. Does that help?', 'last question, do you have wifi?', 'Yes, free wifi, the network is SampleLib. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near: "That\'s the last one I can find in the catalogue; want me to request one?" : passes', lines: ends('do u have the 1998 edition', "That's the last one I can find in the catalogue; want me to request another from a partner library?"), exp: some({ dismissal: 'pass' }) },
  { name: 'near: "The last question on the quiz is about the Magna Carta; see chapter 3." : passes', lines: one('help with my history quiz', 'The last question on the quiz is about the Magna Carta; chapter 3 of your textbook covers it, and Britannica is at samplelibrary.org/britannica. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near: "Es la última que me queda en el estante, ¿se la aparto?" : passes', lines: endsEs('tienen el libro de la ciudadania', 'Es la última que me queda en el estante, ¿se la aparto?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near: "Is this the last one I can help with, or do you have more?" : passes', lines: ends('thanks, that was it i think', 'Is this the last one I can help with, or do you have more?'), exp: some({ dismissal: 'pass' }) },
];

// ---- E26, closing.courteous: wishes as goodbyes against advice and questions ----
// RUBRIC: pass when one of the provider's last two visible messages thanks, says goodbye or invites back.
export const farewells: SessionCase[] = [
  { name: 'wish: "¡Que disfrutes la peli!" : courteous passes', lines: lastEs('tienen encanto en dvd', '¡Que disfrutes la peli!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "¡Suerte con la entrevista, mija!" : courteous passes', lines: lastEs('tienen libros para entrevistas de trabajo', '¡Suerte con la entrevista, mija!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "¡Suerte con el trámite, don Luis!" : courteous passes', lines: lastEs('donde saco el pasaporte', '¡Suerte con el trámite, don Luis!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "¡Que disfruten la serie, chicos!" : courteous passes', lines: lastEs('tienen la serie de narnia', '¡Que disfruten la serie, chicos!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: British "Enjoy the film, love!" : courteous passes', lines: lastEn('have you got paddington on dvd', 'Enjoy the film, love!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish near: "To enjoy it fully, read the first book." (advice) : courteous fails', lines: lastEn('can i read book 2 first', 'To enjoy it fully, read the first book.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Did you enjoy the first one?" (a question) : courteous fails', lines: lastEn('what is like the thursday murder club', 'Did you enjoy the first one?'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "If you enjoy the book, the sequel is on order." (advice) : courteous fails', lines: lastEn('is the first dune any good', 'If you enjoy the book, the sequel is on order too.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Most readers enjoy the series more after book two." (a statement) : courteous fails', lines: lastEn('is the expanse worth it', 'Most readers enjoy the series more after book two.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "¿Disfrutó el libro?" (a question) : courteous fails', lines: lastEs('que leo despues de cien años de soledad', '¿Disfrutó el libro?'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Para disfrutar la serie, empiece por el primer libro." (advice) : courteous fails', lines: lastEs('por donde empiezo harry potter', 'Para disfrutar la serie, empiece por el primer libro.'), exp: some({ courteous: 'fail' }) },
];

// ---- E26, closing.no_dismissal: search pages as no way forward, against real pages on an engine's host ----
export const searchPages: SessionCase[] = [
  { name: 'search: British "then where?" / "google.co.uk/?q=council+tax+band, cheers" : fails', lines: asked('Not our department, sorry.', 'then where?', 'google.co.uk/?q=council+tax+band, cheers', 'whats my council tax band'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Spain "Eso no es mi trabajo." / "www.google.es/search?q=renovar+dni. Adiós." : fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'www.google.es/search?q=renovar+dni. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Australian "then where?" / "google.com.au/search?q=passport+renewal, cheers" : fails', lines: asked('Not our department, sorry.', 'then where?', 'google.com.au/search?q=passport+renewal, cheers'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Canadian "then where?" / "google.ca/search?q=passport+renewal, bye" : fails', lines: asked('Not my job.', 'then where?', 'google.ca/search?q=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "lmgtfy.com/?q=passport+renewal" : fails', lines: asked('Not my job.', 'then where?', 'lmgtfy.com/?q=passport+renewal'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "ecosia.org/search?q=passport+renewal, bye" : fails', lines: asked('Not my job.', 'then where?', 'ecosia.org/search?q=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "duckduckgo.com/?q=passport+renewal&ia=web. bye" : fails', lines: asked('Not my job.', 'then where?', 'duckduckgo.com/?q=passport+renewal&ia=web. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search near: "then where?" / "books.google.com/books?id=xyz has the old rules. Bye." : passes', lines: asked('Not my department.', 'then where?', 'books.google.com/books?id=xyz has the old passport rules in full. Bye.', 'can u find the old passport rules book'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "scholar.google.com/scholar?q=passport+fraud has the studies. Bye." : passes', lines: asked('Not my department.', 'then where?', 'scholar.google.com/scholar?q=passport+fraud has the studies on it. Bye.', 'any research on passport fraud'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "maps.google.com/?q=passport+agency+baltimore has the office. Bye." : passes', lines: asked('Not my department.', 'then where?', 'maps.google.com/?q=passport+agency+baltimore has the office address and hours. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "samplelibrary.bibliocommons.com/v2/search?query=passport has our guides. Anything else?" : passes', lines: asked('Not my department.', 'then where?', 'samplelibrary.bibliocommons.com/v2/search?query=passport has our passport guides. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "google.com/maps/search/passport+office has the nearest office. Bye." : passes', lines: asked('Not my department.', 'then where?', 'google.com/maps/search/passport+office has the nearest office with its hours. Bye.'), exp: some({ dismissal: 'pass' }) },
];

// ---- E26, referral.contact: more owners and English rooms ----
// RUBRIC (Referral): "The provider's own library's departments count when the patron is told to contact or visit them";
// another owner's room or desk is another party, which the library's number does not reach.
export const rooms: SessionCase[] = [
  { name: 'own: "Visit our local history room, or call us at 410-555-0100." : referral passes', lines: one('old photos of my street', 'Visit our local history room, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'own (British): "Drop by the children\'s room any time, or ring us on 410-555-0100." : referral passes', lines: one('have you got baby rhyme time', "Drop by the children's room any time, or ring us on 410-555-0100. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'own: "Ask at the genealogy room, or call us at 410-555-0100." : referral passes', lines: one('my great grandfathers naturalization', 'Ask at the genealogy room, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'other: "Ask at the museum\'s reading room, or call us at 410-555-0100." : referral fails', lines: one('old ship manifests', "Ask at the museum's reading room, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  // (label corrected from "fail": a hospital's quiet room is a place to sit, no person, organisation or department to contact or visit (Terms, Referral): no referral)
  { name: 'other: "Visit the hospital\'s quiet room, or call us at 410-555-0100." : referral na', lines: one('where can i read while my husband is in surgery', "Visit the hospital's quiet room, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'other: "Pop into the local history room at the county historical society, or ring us on 410-…" : referral fails', lines: one('who built our church', 'Pop into the local history room at the county historical society, or ring us on 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'other: "Visit the reading room at the state archives, or call us at 410-…" : referral fails', lines: one('1850 land records', 'Visit the reading room at the state archives, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'other: "Ask at the reference desk at the art museum, or call us at 410-…" : referral fails', lines: one('who painted the mural downtown', 'Ask at the reference desk at the art museum, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'other (Spanish): "Hable con la sala infantil del ayuntamiento, o llámenos al 410-…" : referral fails', lines: es('hay talleres para niños en el ayuntamiento', 'Hable con la sala infantil del ayuntamiento, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'other (Spanish): "Pregunte en la sección infantil del centro cívico, o llámenos al 410-…" : referral fails', lines: es('hay cuentacuentos en el centro civico', 'Pregunte en la sección infantil del centro cívico, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'other (Spanish): "Hable con la sala juvenil de la casa de la cultura, o llámenos al 410-…" : referral fails', lines: es('hay club de lectura juvenil en la casa de la cultura', 'Hable con la sala juvenil de la casa de la cultura, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'other (Spanish): "Pregunte en el departamento de información del museo, o llámenos…" : referral fails', lines: es('el museo abre los lunes', 'Pregunte en el departamento de información del museo, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // rooms that are no department to contact: no referral
  { name: 'no dept: "The study room is booked until 3; the quiet room is free now." : referral na', lines: one('can i get a study room now', 'The study room is booked until 3; the quiet room is free now, first come first served, see samplelibrary.org/rooms. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'no dept: "I booked the study room for you at 3; the code is on samplelibrary.org/rooms." : referral na', lines: one('can you book me a study room at 3', 'Done: I booked the study room for you at 3; the door code is on samplelibrary.org/rooms. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'consulted: "I asked the children\'s room: storytime is Tuesdays, samplelibrary.org/events." : referral na', lines: one('when is storytime', "I asked the children's room: storytime is Tuesdays at 10, samplelibrary.org/events. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
];

// ---- near misses and fix cases written with the fixes (labelled before running) ----
export const guards: SessionCase[] = [
  // dismissalConvenience (CANT_WAIT_VOCATIVE_E30): the new words of address before excitement, no closing word
  { name: 'guard: "Can\'t wait any longer sweetheart! Your hold is ready Friday." : passes', lines: novel("Can't wait any longer sweetheart! Your hold will be ready Friday. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "I can\'t wait any longer, darling, the new Osman is out!" : passes', lines: novel("I can't wait any longer, darling, the new Osman is out! You are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "Honestly, I can\'t wait any longer myself. The sequel is out in June." : passes', lines: novel("Honestly, I can't wait any longer myself. The sequel is out in June and you are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: '(fix) end: "cant wait any longer honey, closing this chat" : fails', lines: bus('cant wait any longer honey, closing this chat'), exp: some({ dismissal: 'fail' }) },
  // dismissalHard (LAST_ONE_ES_E30): "la última" of a copy, an offer, or asked
  { name: 'guard: "Esa es la última que le puedo prestar; las demás están prestadas." (a copy) : passes', lines: endsEs('tienen el libro de cocina de la abuela', 'Esa es la última que le puedo prestar; las demás están prestadas. ¿Se la aparto?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "Es la última que le podemos ofrecer en letra grande, ¿se la aparto?" : passes', lines: endsEs('tienen novelas en letra grande', 'Es la última que le podemos ofrecer en letra grande, ¿se la aparto?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "¿Esta es la última que le puedo responder hoy o tiene otra?" (asked) : passes', lines: endsEs('y a que hora abren', 'Abrimos a las 9. ¿Esta es la última que le puedo responder hoy o tiene otra?'), exp: some({ dismissal: 'pass' }) },
  // dismissalHard (LAST_Q_BARE_ART_E30): asked, or said of a form
  { name: 'guard: "Is this last question I can answer for you?" (asked) : passes', lines: ends('ok and the parking', 'Parking is free after 6. Is this last question I can answer for you?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "This is last question on the form, you can skip it." : passes', lines: one('what is the last box on the card form', 'This is last question on the form, you can skip it. The form is at samplelibrary.org/card. Does that help?'), exp: some({ dismissal: 'pass' }) },
  // farewell (ENJOY_V1_E30): wishes still read
  { name: 'guard: "Hope the kids enjoy the show!" : courteous passes', lines: lastEn('do you have bluey on dvd', 'Hope the kids enjoy the show!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard: "We hope you enjoy the book, bye!" : courteous passes', lines: lastEn('is the new ann cleeves in', 'We hope you enjoy the book!'), exp: some({ courteous: 'pass' }) },
  { name: '(fix) near: "When you enjoy the first one, book two is on order." : courteous fails', lines: lastEn('is the first expanse book good', 'When you enjoy the first one, book two is on order too.'), exp: some({ courteous: 'fail' }) },
  // searchPageMoreE30: a page on Ecosia's host that is no search
  { name: 'guard: "then where?" / "ecosia.org/blog/passports has the story. Bye." : passes', lines: asked('Not my department.', 'then where?', 'ecosia.org/blog/passports has the renewal steps. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: '(fix) "then where?" / "search.brave.com/search?q=passport+renewal, bye" : fails', lines: asked('Not my job.', 'then where?', 'search.brave.com/search?q=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  // ownerMoreE30: the library's own rooms at its own buildings
  { name: 'guard: "Visit the children\'s room at the Central Library, or call us at 410-555-0100." : referral passes', lines: one('is there a baby lapsit', "Visit the children's room at the Central Library, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'guard: "Hable con la sala juvenil, o llámenos al 410-…; la casa de la cultura también tiene club." : referral passes', lines: es('hay club de lectura juvenil', 'Hable con la sala juvenil, o llámenos al 410-555-0100; la casa de la cultura también tiene club. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard: "Hable con la sala juvenil, o llámenos al 410-…; el club de la casa de la cultura también sirve." : referral passes', lines: es('hay club de ajedrez juvenil', 'Hable con la sala juvenil, o llámenos al 410-555-0100; el club de la casa de la cultura también sirve. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard: "So this is last question I can answer for you today, or you have more?" (asked) : passes', lines: ends('ok and the parking', 'Parking is free after 6. So this is last question I can answer for you today, or you have more?'), exp: some({ dismissal: 'pass' }) },
  { name: '(fix) "Ask at the local history room at the county courthouse, or call us at 410-…" : referral fails', lines: one('old deeds for my house', 'Ask at the local history room at the county courthouse, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  // citationMoreE30: the same words as a class, no section
  { name: 'guard: "the N.Y. Parks, Rec. & Hist. Preserv. Law class is in room 14-09" : source fails', lines: one('where is the preservation law class', 'Per your flyer, the N.Y. Parks, Rec. & Hist. Preserv. Law class is in room 14-09. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'guard: "the Md. Code art. 27 seminar meets in room 3-2" : source fails', lines: one('where is the old gun law seminar', 'Per your flyer, the Md. Code art. 27 seminar meets in room 3-2. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '(fix) NY: "N.Y. Rac., Pari-Mut. Wag. & Breed. Law § 101" : source passes', lines: one('ny horse racing law', 'It is N.Y. Rac., Pari-Mut. Wag. & Breed. Law § 101. Does that help?'), exp: some({ source: 'pass' }) },
];

// ---- second batch: the fixes' own words, paraphrased both ways (labelled before running) ----
export const secondBatch: SessionCase[] = [
  // words of address
  { name: 'second: "I can\'t wait any longer, honey. Goodbye." : fails', lines: bus("I can't wait any longer, honey. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'second: "cant wait any longer darling, im ending the chat" : fails', lines: bus('cant wait any longer darling, im ending the chat'), exp: some({ dismissal: 'fail' }) },
  { name: 'second (Spanglish): "Can\'t wait any longer amiga! Ya salió el libro nuevo." : passes', lines: novel("Can't wait any longer amiga! Ya salió el libro nuevo y you are number 12. Anything else?"), exp: some({ dismissal: 'pass' }) },
  // "la última" with the capacity
  { name: 'second: "Ya es la última que te puedo atender hoy, mañana sigo." : fails', lines: endsEs('y otra, hay wifi', 'Ya es la última que te puedo atender hoy, mañana sigo.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: "Esa es la última que le podemos responder por hoy, disculpe." : fails', lines: endsEs('y otra, prestan tablets', 'Esa es la última que le podemos responder por hoy, disculpe.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: "Es la última que le puedo recomendar de esa autora." (a book) : passes', lines: endsEs('otra novela de isabel allende', 'Es la última que le puedo recomendar de esa autora; está en samplelibrary.org/catalogo. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  // "last question" with no article
  { name: 'second: "that is last question i can help with today sorry" : fails', lines: ends('and do u have scanners', 'that is last question i can help with today sorry, pls come back tmrw'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: "It is last question we can to answer today." : fails', lines: ends('and one more about the museum pass', 'It is last question we can to answer today. Please come tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: "This is last question of the survey, please fill it." : passes', lines: one('what is the survey at the end', 'This is last question of the survey, please fill it if you can: samplelibrary.org/survey. Does that help?'), exp: some({ dismissal: 'pass' }) },
  // enjoy
  { name: 'second: "Enjoy the long weekend!" : courteous passes', lines: lastEn('are you open on monday', 'Enjoy the long weekend!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: "Hope you and the kids enjoy the show!" : courteous passes', lines: lastEn('is the puppet show on saturday', 'Hope you and the kids enjoy the show!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: "If you enjoy the audiobook, Libby has the sequel." : courteous fails', lines: lastEn('is the hobbit audiobook good', 'If you enjoy the audiobook, Libby has the sequel.'), exp: some({ courteous: 'fail' }) },
  { name: 'second: "Students enjoy the workshop every year." : courteous fails', lines: lastEn('is the resume workshop any good', 'Students enjoy the workshop every year.'), exp: some({ courteous: 'fail' }) },
  // search pages
  { name: 'second: "then where?" / "startpage.com/do/search?query=passport, bye" : fails', lines: asked('Not my job.', 'then where?', 'startpage.com/do/search?query=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  // owners
  { name: 'second: "Visit the reading room at the county archives, or call us at 410-…" : referral fails', lines: one('1900 census for my town', 'Visit the reading room at the county archives, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'second: "Ask at the local history room at the town hall, or call us at 410-…" : referral fails', lines: one('who was the first mayor', 'Ask at the local history room at the town hall, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'second: "Visit our teen room at the Eastside branch, or call us at 410-…" : referral passes', lines: one('is there a teen gaming night', 'Visit our teen room at the Eastside branch, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'second (Spanish): "Hable con la sala juvenil del archivo municipal, o llámenos al 410-…" : referral fails', lines: es('hay visitas para jovenes al archivo', 'Hable con la sala juvenil del archivo municipal, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // citations
  { name: 'second: "Maryland Code, Article 27, § 36B" : source passes', lines: one('old md handgun law', 'It was the Maryland Code, Article 27, § 36B, before 2002. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'second: "N.Y. Parks, Recreation and Historic Preservation Law § 14.09" : source passes', lines: one('ny preservation law', 'See N.Y. Parks, Recreation and Historic Preservation Law § 14.09. Does that help?'), exp: some({ source: 'pass' }) },
];

const LEFT_WHY: Record<string, string> = {};
const all = [...openings, ...waits, ...calls, ...codes, ...limits, ...farewells, ...searchPages, ...rooms, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('fortieth round (E30): v41 E25 and E26 checked', () => {
  describeSessions('openings', running(openings));
  describeSessions('waits', running(waits));
  describeSessions('calls', running(calls));
  describeSessions('codes', running(codes));
  describeSessions('limits', running(limits));
  describeSessions('farewells', running(farewells));
  describeSessions('search pages', running(searchPages));
  describeSessions('rooms', running(rooms));
  describeSessions('guards', running(guards));
  describeSessions('second batch', running(secondBatch));
  describeLeft('E30', all.filter((c) => c.name in LEFT_WHY));
});
