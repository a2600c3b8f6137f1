/**
 * Fortieth round, block E26 (a narrowing block): CHECKING v40's block E23 (which checked E19 and E20): its capacity after
 * "the last question" (`CAN_ANSWER_E23`, `CAN_ANSWER_ES_E23`), the send-offs ("¡Que disfrute el libro!", `ENJOY_E23`), the
 * later checks on the weekend (`LATER_E23`), PACER beside court words (`PACER_COURT_E23`), and its three settings
 * `ownDeptOwnerE23`, `ownDeptSectionsE23` (classify.ts `ownDeptEsE23`, referral.ts) and `searchPageE23` (closing.ts), both
 * ways, with cases no one had written, in other registers (Mexican, Caribbean, Central American, Spain Spanish, Spanglish;
 * British, non-native, chat-speak English) and other areas (IEPs and parent advocates, federal lawsuits, fee-waiver forms,
 * museums, community centres, airports, school offices, passports, the DNI).
 *
 * PARAPHRASE SWEEP. Shapes tried:
 *  limits: "that's the last one I can take today", British "that was the last question I can do today", chat-speak "thats
 *   the last question i can answer 2day sry", non-native "the last question we can to answer", bare "Last question for today,
 *   sorry." / "Last question for tonight I'm afraid", Spain "que os puedo responder hoy, ¿vale?", Central American "que le
 *   podemos responder por hoy", impersonal "que se le puede contestar" / "que se les puede atender", a tag "…, ok?"; the
 *   patron's "last question: where's the bathroom?", "the last question on the form", "As for the last question you asked, I
 *   can answer that now", "Sobre la última pregunta que me hizo, le puedo decir", "La última pregunta del formulario",
 *   "The last question I can see in your message was cut off", "the last one I can find on the shelf", "Is that your last
 *   question for today?", "Your last question for today was about fines", "que se puede dejar en blanco", "… o tiene más?";
 *  wishes: "¡Que le vaya bien!", "¡Que disfrutes la peli, mija!", "¡Que disfrute la lectura!", "¡Que disfruten la fiesta!",
 *   Caribbean "¡Suerte con el examen, mi amor!", "Enjoy the book!", "Happy reading!", "Enjoy your visit to the museum!",
 *   British "Good luck with the exam, take care!", "I hope you enjoy the book!", "Hope you get to enjoy the book over the
 *   holidays!"; not: "To enjoy the book fully, read …", "To enjoy your visit, book …", "Did you enjoy the book?", "Would you
 *   enjoy the audiobook more?", "Los niños disfrutan mucho …", "Si quiere que su hijo disfrute el libro, …", "Para que
 *   disfrutes la peli, …", "¿Suerte con el examen, mija?", "Good luck finding one is what you'll need";
 *  later checks: "I'll look again Saturday", Spain "Lo reviso el finde", "Lo checo el sábado", British "have another look on
 *   Monday and ring you", chat-speak "will check again on the weekend n email u", Spanglish "Lo checo el weekend con mi
 *   supervisora"; look-ups now: "Déjame checar el horario del sábado", "Let me check Saturday's schedule, one moment", "Lo
 *   checo ahorita; el finde no hay clases";
 *  PACER: "The court records are on PACER", "Pull the docket from PACER", Spanish "La demanda federal está en PACER, el
 *   sistema de registros de las cortes federales", a whole British session with pacer.uscourts.gov; the fitness test ("The
 *   PACER is the beep test in PE", "If his PACER run was filmed, it may be evidence in a lawsuit"); the PACER Center (with
 *   its number, without, pacer.org, and a whole Mexican session in Spanish);
 *  departments: "the city's parks department", British "the school's counselling office", "la oficina de la escuela", "…
 *   del municipio / del aeropuerto / del museo / de la universidad / del centro de salud / del colegio", against "our
 *   circulation department", "nuestro departamento de préstamos", "la oficina de circulación de la biblioteca", Spanglish
 *   "Habla con el departamento de referencia, o call us al …";
 *  sections: "la sala de historia local", "la sección de genealogía", "the children's room", "the local history room", "the
 *   reading room", chat-speak "our teen room", "the Maryland Room at McKeldin Library" (another library's, with its URL),
 *   other owners' ("la sección infantil del museo", "la sala juvenil del centro comunitario", "the city's local history
 *   room", "the children's room at the museum"), and staff consulted ("Le pregunté a la sección infantil", "I checked with our
 *   local history room", "Consulté con la sala juvenil");
 *  search pages: "www.google.com/search?q=…", "duckduckgo.com/?q=…", British "google.co.uk/search?q=…",
 *   "search.yahoo.com/search?p=…", "lmgtfy.app/?q=…", "just search it on google", Spain "google.es/search?q=…", Mexican
 *   "google.com.mx/search?q=…", "bing.com/search?q=…"; against a real page found by searching (travel.state.gov, sre.gob.mx
 *   "lo encontré en Google", gov.uk "or search … on google"), the catalogue's own search ("catalog.samplelibrary.org/search?q=…"),
 *   an agency's own search ("usa.gov/search?query=…"), a shortened link ("bit.ly/passport-renew"), Google Books
 *   ("books.google.co.uk", "books.google.com"), Google Scholar, a Google Maps page.
 *
 * Statuses are read from the literal text of RUBRIC.md (closing.no_dismissal: "tells the patron … that they have reached a
 * limit of questions"; closing.courteous: "thanks the patron, says goodbye or invites them back"; Hold message, and "Waiting
 * on the patron"; info.source: "a URL or domain …, or a named resource", "An organisation … named without a way to reach it
 * is not a source"; Referral: "The provider's own library's departments count when the patron is told to contact or visit
 * them; staff the provider consults on the patron's behalf do not"; referral.contact), decided before the scorer ran.
 * READINGS TAKEN where RUBRIC.md leaves room (E19's and E23's kept):
 * - the provider's capacity after "the last one" tells a limit as after "the last question"; "Last question for today" said
 *   by the provider, opening its sentence, is a limit; a tag question ("…, ¿vale?", "…, ok?") does not make the limit asked;
 * - a parting wish in the last message is a goodbye ("¡Suerte con el examen, mi amor!", "Enjoy the book!", "Happy reading!");
 *   advice ("To enjoy …, read …") and questions ("Did you enjoy the book?") are not;
 * - a check on a named day or the weekend is a later check (E19's, E23's);
 * - PACER with a lawsuit, docket or court records is the courts' records (a named resource); the PACER Center is an
 *   organisation, a referral when the patron is told to call or contact it;
 * - a department or section followed by another owner ("del museo", "del centro comunitario", "at the museum") is that
 *   owner's, which the library's number does not reach; the library's rooms named in English ("the children's room") are
 *   reached by the library's number as E23's Spanish sections are;
 * - a search engine's results or home page on any country's domain, DuckDuckGo's "/?q=", and "let me google that for you" are
 *   "google it" with a link (E23's reading); a real page found by searching, the catalogue's or an agency's own search, a
 *   shortened link (nothing says it is a search) and another service on the engine's host (Books, Scholar, Maps) are sources.
 *
 * COUNTS. Written: 112 cases, all labelled before running: a first batch of 79 (2 whole sessions, 77 short), 19 near misses
 * of the fixes (`guards`: 16 with the fixes, 3 more while checking them too wide), and a second batch of 14 probing the fixes'
 * words in other registers. Run: 105 (2 whole); LEFT: 7. Labels corrected: 0.
 * Run 1 (first batch, 79): 24 disagreed. By check:
 *  - closing.no_dismissal 10: "that's the last one I can take today", "the last question we can to answer", "Last question for
 *    today, sorry.", Spain "que os puedo responder hoy, ¿vale?", "que se le puede contestar"; the search pages
 *    "duckduckgo.com/?q=", "google.co.uk/search", "lmgtfy.app/?q=", Spain "google.es/search" (LEFT) and "bing.com/search"
 *    after "Eso no me toca." (LEFT);
 *  - closing.courteous 5: "¡Que disfrutes la peli, mija!", "¡Suerte con el examen, mi amor!" not read; "To enjoy the book
 *    fully, read …", "Did you enjoy the book?", "Good luck finding one …" (LEFT) read as goodbyes;
 *  - referral.contact 9: "… del municipio", "… del aeropuerto", "el servicio de información del museo", "la sala juvenil del
 *    centro comunitario" read as the library's own; "the children's room" and "the local history room" failed (the library's
 *    number); "Pase a la oficina de circulación …" (LEFT), "la sección de genealogía al 410-…" (LEFT) and "la sección infantil
 *    del museo" (LEFT) read as no referral.
 *  - (all PACER, later-check, department-in-English and staff-consulted cases as labelled.)
 * Run 2 (all, with fixes 1-8 as first written): 8 disagreed: the 6 LEFT, Spain "…, ¿vale?" (the tag question made the limit
 *  asked: `ASKED_E26` added to fix 1) and "duckduckgo.com/?q=" (text.ts reads "q=" as "que=": fix 8's query words).
 * Run 3 (all, with the guards and the second batch): all as labelled but the LEFT; of 3 guards added while trying fix 8 too
 *  wide, "books.google.com has the old rules" disagreed (E19's home-page test: LEFT).
 *
 * FIXES (block E26 only; v41 phrase families and three v41 settings; each near miss marked "(tried)" was checked to FAIL
 * with its fix made too wide as said, then the fix restored; the others were not tried):
 *  1. dismissalHard, a swap of E23's Spanish last-question alternative: "os" and the impersonal "se (le) puede" (`CAN_ES_E26`),
 *     and a tag question at the sentence's end ("…, ¿vale?", "…, ok?") does not make it asked (`ASKED_E26`, also in E23's
 *     English alternative). Near misses: "Es la última pregunta que se puede dejar en blanco en el formulario." (the verb);
 *     "Y esta es la última pregunta que le puedo contestar hoy o tiene más?" (tried: fails with the question test dropped).
 *  2. dismissalHard, E23's English alternative: "(we can) to answer" (`CAN_VERB_E26`). Near miss: the patron's "As for the
 *     last question you asked, I can answer that now" (first batch).
 *  3. dismissalHard plus `LAST_ONE_E26`: "that's the last one I can take / answer / do / help with". Near miss: "That's the
 *     last one I can find on the shelf" (tried: fails with any verb).
 *  4. dismissalHard plus `LAST_Q_BARE_E26`: "Last question for today / tonight" opening its sentence. Near misses: "Your last
 *     question for today was about fines" (tried: fails without the lookbehind), "Is that your last question for today?".
 *  5. farewell, a swap of E23's "que disfrute …": the film, the series, the show, the party also enjoyed (`ENJOY_E26`). Near
 *     miss: "Para que disfrutes la peli, mira …" (E14's advice).
 *  6. farewell, a swap of v1's "enjoy the / your …" (`ENJOY_V1_E26`): not "To enjoy …" opening a sentence, not "did / would
 *     you enjoy …". Near misses: "Hope you get to enjoy the book over the holidays!" (tried: fails with "to enjoy" anywhere), "I hope
 *     you enjoy the book!", "Would you enjoy the audiobook more?".
 *  7. farewell, a swap of M1's "¡Suerte con …!": the patron addressed after it ("…, mi amor", "…, mija") (`SUERTE_TAIL_E26`).
 *     Near miss: "¿Suerte con el examen, mija?" (asked).
 *  8. setting `searchPageWideE26` (classify.ts `SEARCH_PAGE_E26`, in E23's `searchPageE23`): other countries' domains,
 *     DuckDuckGo's "/?q=", lmgtfy. Near misses: "google.com/maps/place/…" (tried: fails with any path after the host),
 *     "books.google.co.uk has …" (tried: fails without the subdomain test), "books.google.co.uk/books?id=…", "scholar.google.es/…",
 *     "gov.uk/…, or search … on google".
 *  9. setting `ownerMoreE26` (classify.ts `otherOwnerE26`, in E23's `ownDeptEsE23`): more owners after the department or
 *     section (the town, airport, museum, community or health centre, church, clinic, "colegio"; English "at the museum").
 *     Near miss: "Hable con la sala juvenil, o llámenos …; los clubes del centro comunitario …" (tried: fails unanchored).
 * 10. setting `ownRoomE26` (same function): the library's rooms in English right after "the / our" ("the children's room",
 *     "the local history room", "our teen room"), with 9's owner test. Near misses: "the city's local history room" (tried:
 *     fails with a word allowed before the room's name), "the children's room at the museum".
 *
 * NOT CHANGED (read as labelled): E23's later checks (all the days and the weekend both ways), PACER both ways (court words, the
 * fitness test, the PACER Center as a party), the English departments of other owners ("the city's parks department", "the
 * school's counselling office"), "la oficina de la escuela", "de la universidad", the library's own departments in both
 * languages, the staff consulted, E23's search pages ("www.google.com/search", "search.yahoo.com") and the sources found by
 * searching, the patron's own last question and the form's.
 *
 * LEFT (7, each with its reason in LEFT_WHY): "Good luck finding one …" (v1's "good luck"), "Pase a la oficina de circulación"
 * (no referring verb), "la sección de genealogía" and "la sección infantil del museo" (no referral read), Spain "Eso no es cosa
 * nuestra." and Mexican "Eso no me toca." (no refusal read), "books.google.com" (E19's home-page test).
 * NOT DONE: E19's home-page test for another service's host; "pase a" as a referring verb; party words for the library's
 * sections ("la sección de genealogía").
 *
 * FINAL RUN: this file, rubric.test.ts, phrases.test.ts (project "phrases": 320 tests passed), every thirty-seventh-,
 * thirty-eighth- and thirty-ninth-round file and this fortieth-round file on this branch, and the files found by `grep -lE`
 * for the fixes' words ("last one|last question|ultima pregunta|última pregunta|disfrut|[Ee]njoy|[Ss]uerte|google\.|duckduckgo|
 * lmgtfy|bing\.com|yahoo\.|s room|history room|reading room|teen room|del museo|del municipio|del aeropuerto|centro
 * comunitario|centro de salud|del colegio|at the museum"): 294 files in project scoring, 27598 tests, all passed
 * (thirty-ninth-round-e19-, -e20- and -e23-checked unchanged among them).
 *
 * v41's fingerprint after block E26: 85bd35d60c68fdb2.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one, OPEN_ES, es, ends, endsEs, espera, lastEs, second, segunda } from './narrowing-lines';

/** A refusal at 70 s, the patron's `said` at 90 s and the provider's `next` at 110 s, the last message (E23's builders). */
const asked = (refusal: string, said: string, next: string, q = 'can u renew my passport for me'): Line[] => [...OPEN(q), L(refusal), [90, 'p', said], [110, 'l', next]];
const askedEs = (refusal: string, said: string, next: string, q = 'me puede sacar la cita del consulado'): Line[] => [...OPEN_ES(q), L(refusal), [90, 'p', said], [110, 'l', next]];
/** An English answered question, the patron's thanks, then the provider's `text` as the last message (as `lastEs`). */
const lastEn = (q: string, text: string): Line[] => [...OPEN(q), L("It's in the catalogue, samplelibrary.org/catalog. Did that help?"), [110, 'p', 'yes thanks'], [120, 'l', text]];

export const whole: SessionCase[] = [
  {
    name: 'British, a neighbour\'s federal lawsuit: PACER with the docket, the patron\'s "last question: have you got a loo", "Good luck with the case!"',
    lines: [
      [0, 'p', "hiya, how do I find the court papers for my neighbour's lawsuit against the council? it went to federal court"],
      [12, 'l', "Hello, you're chatting with Sam, a librarian at Sample County Library. Do you know the case number, or roughly the year it was filed?"],
      [40, 'p', '2024 i think, no number sorry'],
      [50, 'l', 'No problem. Federal court records are on PACER: search the party name at pacer.uscourts.gov and the docket lists every filing. Is that what you were looking for?'],
      [90, 'p', 'brilliant. last question: have you got a loo i can use if i pop in?'],
      [100, 'l', 'Yes, the toilets are on the ground floor by the lifts. Anything else I can help with?'],
      [120, 'p', "no that's everything, cheers"],
      [130, 'l', 'Thanks for chatting. Good luck with the case!'],
    ],
    // clarify before the source; PACER's URL is a source (a website: no referral); "last question:" is the patron's own;
    // "Is that what you were looking for?" after the source; anything else asked; thanks in the last message
    exp: usual(),
  },
  {
    name: 'Mexican usted, a son\'s IEP: "Deme un momento, lo checo" (answered in 50 s), the PACER Center with its number, "Lo reviso el sábado" not said, "¡Que le vaya muy bien!"',
    lines: [
      [0, 'p', 'buenas tardes, a mi hijo le dieron un IEP y no entiendo nada, donde me pueden ayudar'],
      [15, 'l', '¡Buenas tardes! Le atiende Rosa, de la Biblioteca de Sample County. ¿En qué grado está su hijo?'],
      [45, 'p', 'en tercero'],
      [55, 'l', 'Deme un momento, lo checo.'],
      [105, 'l', 'El PACER Center ayuda gratis a padres de niños con discapacidades a entender el IEP: llame al 952-838-9000 o vea pacer.org/es. ¿Le sirvió?'],
      [140, 'p', 'si, muchas gracias, eso es todo'],
      [150, 'l', '¡Con gusto! ¡Que le vaya muy bien!'],
    ],
    // hold at 55 s, answer at 105 s (50 s): informed passes; referral to the PACER Center (an organisation, "llame") with its
    // phone: referral passes; the patron says "eso es todo": anything_else passes; "¡Que le vaya muy bien!" a goodbye
    exp: usual({ referral: 'pass' }),
  },
];

// ---- E23's capacity after "the last question" ----
export const limits: SessionCase[] = [
  { name: 'limit: "Sorry, that\'s the last one I can take today. Please write us again tomorrow." : dismissal fails', lines: ends('and do you have notary service', "Sorry, that's the last one I can take today. Please write us again tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: British "I\'m afraid that was the last question I can do today; do pop back tomorrow." : dismissal fails', lines: ends('ooh and another, do you sell bus passes', "I'm afraid that was the last question I can do today; do pop back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: chat-speak "thats the last question i can answer 2day sry, come back tmrw" : dismissal fails', lines: ends('also do u have printers', 'thats the last question i can answer 2day sry, come back tmrw'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: non-native "This is the last question we can to answer today, sorry, please come back tomorrow." : dismissal fails', lines: ends('and one more, you have citizenship test book', 'This is the last question we can to answer today, sorry, please come back tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: "Last question for today, sorry. Come back tomorrow for the rest." (no pronoun) : dismissal fails', lines: ends('and where do i pay a fine', 'Last question for today, sorry. Come back tomorrow for the rest.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Spain "Esta es la última pregunta que os puedo responder hoy, ¿vale? Volved mañana." : dismissal fails', lines: endsEs('y otra, teneis prensa extranjera', 'Esta es la última pregunta que os puedo responder hoy, ¿vale? Volved mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Central American "Ya es la última pregunta que le podemos responder por hoy, vuelva mañana." : dismissal fails', lines: endsEs('y otra, hay clases de computacion', 'Ya es la última pregunta que le podemos responder por hoy, vuelva mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Mexican "Es la última pregunta que se le puede contestar hoy; mañana seguimos." (impersonal) : dismissal fails', lines: endsEs('y otra cosa, hay actas de matrimonio', 'Es la última pregunta que se le puede contestar hoy; mañana seguimos.'), exp: some({ dismissal: 'fail' }) },
  // the patron's own "last question", answered
  { name: 'limit near: the patron\'s "last question: where\'s the bathroom?" / "The restrooms are on the first floor. Anything else?" : dismissal passes', lines: second('do u have wifi', 'Yes, free wifi: the network is SampleLib, no password. Does that help?', "last question: where's the bathroom?", 'The restrooms are on the first floor by the elevators. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "The last question on the form asks for your income; you can leave it blank." : dismissal passes', lines: one('what do i put on the fee waiver form', 'The last question on the form asks for your income; you can leave it blank if you get SNAP. The form is at samplecourts.gov/waiver. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "As for the last question you asked, I can answer that now: yes, we do." : dismissal passes', lines: ends('did u find out about the laptops', 'As for the last question you asked, I can answer that now: yes, we lend laptops for two weeks. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "Sobre la última pregunta que me hizo, le puedo decir que sí abrimos el sábado." : dismissal passes', lines: endsEs('y al final abren el sabado?', 'Sobre la última pregunta que me hizo, le puedo decir que sí abrimos el sábado, de 10 a 5. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "La última pregunta del formulario es opcional, puede dejarla en blanco." : dismissal passes', lines: endsEs('que pongo en la ultima del formulario', 'La última pregunta del formulario es opcional, puede dejarla en blanco. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "The last question I can see in your message was cut off, can you send it again?" : dismissal passes', lines: ends('and also where can i', 'The last question I can see in your message was cut off, can you send it again?'), exp: some({ dismissal: 'pass' }) },
];

// ---- wishes as goodbyes (closing.courteous) ----
export const farewells: SessionCase[] = [
  { name: 'wish: "¡Que le vaya bien!" : courteous passes', lines: lastEs('tienen el libro de la ciudadania', '¡Que le vaya bien!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: Mexican tú "¡Que disfrutes la peli, mija!" : courteous passes', lines: lastEs('tienen coco en dvd', '¡Que disfrutes la peli, mija!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "¡Que disfrute la lectura!" : courteous passes', lines: lastEs('tienen novelas de laura esquivel', '¡Que disfrute la lectura!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: Caribbean "¡Suerte con el examen, mi amor!" : courteous passes', lines: lastEs('tienen libros para el examen de ciudadania', '¡Suerte con el examen, mi amor!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "Enjoy the book!" : courteous passes', lines: lastEn('do you have the new Louise Penny', 'Enjoy the book!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "Happy reading!" : courteous passes', lines: lastEn('any good mysteries for a long flight', 'Happy reading!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: British "Good luck with the exam, take care!" : courteous passes', lines: lastEn('have u got theory test books', 'Good luck with the exam, take care!'), exp: some({ courteous: 'pass' }) },
  // advice, a question, a statement: no goodbye
  { name: 'wish near: "To enjoy the book fully, read the first one in the series first." (advice) : courteous fails', lines: lastEn('is the second one ok on its own', 'To enjoy the book fully, read the first one in the series first.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Did you enjoy the book?" (a question) : courteous fails', lines: lastEn('what should i read after gone girl', 'Did you enjoy the book?'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Los niños disfrutan mucho la hora del cuento de los martes." (a statement) : courteous fails', lines: lastEs('hay cuentos para niños', 'Los niños disfrutan mucho la hora del cuento de los martes.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Si quiere que su hijo disfrute el libro, léalo con él en voz alta." (advice) : courteous fails', lines: lastEs('mi hijo no quiere leer', 'Si quiere que su hijo disfrute el libro, léalo con él en voz alta.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Good luck finding it is what you\'ll need: the catalogue has no copies." : courteous fails', lines: lastEn('is there a first edition of dune', "Good luck finding one is what you'll need: the catalogue has no first editions."), exp: some({ courteous: 'fail' }) },
];

// ---- later checks on a day, not holds (interest.keep_informed) ----
export const holds: SessionCase[] = [
  { name: 'later: "I\'ll look again Saturday and email you." : informed passes', lines: espera("I'll look again Saturday and email you."), exp: some({ informed: 'pass' }) },
  { name: 'later: Spain "Lo reviso el finde y te escribo." : informed passes', lines: espera('Lo reviso el finde y te escribo.'), exp: some({ informed: 'pass' }) },
  { name: 'later: Mexican "Lo checo el sábado y le aviso por correo." : informed passes', lines: espera('Lo checo el sábado y le aviso por correo.'), exp: some({ informed: 'pass' }) },
  { name: 'later: British "I\'ll have another look on Monday and ring you." : informed passes', lines: espera("I'll have another look on Monday and ring you."), exp: some({ informed: 'pass' }) },
  { name: 'later: chat-speak "will check again on the weekend n email u" : informed passes', lines: espera('will check again on the weekend n email u'), exp: some({ informed: 'pass' }) },
  { name: 'later: Spanglish "Lo checo el weekend con mi supervisora y te mando un text." : informed passes', lines: espera('Lo checo el weekend con mi supervisora y te mando un text.'), exp: some({ informed: 'pass' }) },
  // a look-up now, about a day
  { name: 'later near: "Déjame checar el horario del sábado." (a look-up now) : informed fails', lines: espera('Déjame checar el horario del sábado.'), exp: some({ informed: 'fail' }) },
  { name: 'later near: "Let me check Saturday\'s schedule, one moment." (a look-up now) : informed fails', lines: espera("Let me check Saturday's schedule, one moment."), exp: some({ informed: 'fail' }) },
  { name: 'later near: "Lo checo ahorita; el finde no hay clases, pero entre semana sí." (a look-up now) : informed fails', lines: espera('Lo checo ahorita; el finde no hay clases, pero entre semana sí.'), exp: some({ informed: 'fail' }) },
];

// ---- PACER: the courts' records, the fitness test, the PACER Center ----
export const pacer: SessionCase[] = [
  { name: 'PACER: "The court records are on PACER; search by the party name." : source passes', lines: one('how do i see a lawsuit against my landlord', 'The court records are on PACER; search by the party name. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER: "Pull the docket from PACER, it costs 10 cents a page." : source passes', lines: one('can i see the filings in a federal case', 'Pull the docket from PACER, it costs 10 cents a page. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER: Spanish "La demanda federal está en PACER, los registros de las cortes federales." : source passes', lines: es('como veo la demanda contra mi empresa', 'La demanda federal está en PACER, el sistema de registros de las cortes federales. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: 'PACER fitness: "The PACER is the beep test in PE; his teacher has the results." : source fails', lines: one('what is the pacer thing my son did', 'The PACER is the beep test in PE; his teacher has the results. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'PACER fitness: "His PACER run was filmed and is now evidence in the lawsuit." (no resource) : source fails', lines: one('my son got hurt in pe', 'If his PACER run was filmed, it may be evidence in a lawsuit; talk to a lawyer. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'PACER Center: "Call the PACER Center at 952-838-9000, they help parents with IEPs." : referral passes, source passes', lines: one('who helps parents with an iep meeting', 'Call the PACER Center at 952-838-9000, they help parents with IEP meetings. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'PACER Center: "Contact the PACER Center, they advocate for parents at IEP meetings." (no contact) : referral fails, source fails', lines: one('who helps parents with an iep meeting', 'Contact the PACER Center, they advocate for parents at IEP meetings. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'PACER Center: "pacer.org has guides on IEPs for parents." (a website) : referral na, source passes', lines: one('where can i read about ieps', 'pacer.org has guides on IEPs for parents, in English and Spanish. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

// ---- ownDeptOwnerE23: other owners' departments versus the library's own ----
export const departments: SessionCase[] = [
  { name: 'dept: "Ask the city\'s parks department, or call us at 410-555-0100." (the city\'s, no contact) : referral fails', lines: one('can i reserve a picnic pavilion', "Ask the city's parks department, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'dept: British "Have a word with the school\'s counselling office, or ring us on 410-555-0100." : referral fails', lines: one('my daughter is being bullied at school', "Have a word with the school's counselling office, or ring us on 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en la oficina de la escuela, o llámenos al 410-555-0100." (the school\'s) : referral fails', lines: es('como saco las calificaciones de mi hija', 'Pregunte en la oficina de la escuela, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en el departamento de información del municipio, o llámenos al 410-…" (the town\'s) : referral fails', lines: es('donde saco el permiso de construccion', 'Pregunte en el departamento de información del municipio, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en el mostrador de información del aeropuerto, o llámenos al 410-…" (the airport\'s) : referral fails', lines: es('donde estan los objetos perdidos del aeropuerto', 'Pregunte en el mostrador de información del aeropuerto, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en la oficina de préstamos de la universidad, o llámenos al 410-…" (the university\'s) : referral fails', lines: es('como saco un libro de la universidad', 'Pregunte en la oficina de préstamos de la universidad, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Hable con el servicio de información del museo; o llámenos al 410-…" (the museum\'s) : referral fails', lines: es('el museo tiene visitas guiadas', 'Hable con el servicio de información del museo, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept own: "Ask our circulation department, or call us at 410-555-0100." : referral passes', lines: one('why is there a fee on my card', 'Ask our circulation department, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'dept own: "Pregunte en nuestro departamento de préstamos, o llámenos al 410-555-0100." : referral passes', lines: es('cuantos libros puedo sacar', 'Pregunte en nuestro departamento de préstamos, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept own: "Pase a la oficina de circulación de la biblioteca, o llámenos al 410-…" : referral passes', lines: es('perdi mi tarjeta', 'Pase a la oficina de circulación de la biblioteca, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept own: Spanglish "Habla con el departamento de referencia, o call us al 410-555-0100." : referral passes', lines: es('necesito periodicos viejos', 'Habla con el departamento de referencia, o call us al 410-555-0100. ¿Te sirve?'), exp: some({ referral: 'pass' }) },
];

// ---- ownDeptSectionsE23: the library's sections to visit or contact, versus staff consulted ----
export const sections: SessionCase[] = [
  { name: 'section: "Hable con la sala de historia local; nos puede llamar al 410-555-0100." : referral passes', lines: es('quien fundo el pueblo', 'Hable con la sala de historia local; nos puede llamar al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'section: "Comuníquese con la sección de genealogía al 410-555-0100." : referral passes', lines: es('busco a mis bisabuelos', 'Comuníquese con la sección de genealogía al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'section: "Visit the children\'s room, or call us at 410-555-0100." : referral passes', lines: one('do u have board books', "Visit the children's room, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'section: "Ask at the local history room, or ring us on 410-555-0100." : referral passes', lines: one('old maps of my street', 'Ask at the local history room, or ring us on 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'section: "Visit the Maryland Room at McKeldin Library, lib.umd.edu/special, for the old maps." : referral passes', lines: one('old maps of maryland', 'Visit the Maryland Room at McKeldin Library, lib.umd.edu/special, for the old maps. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'section other: "Hable con la sección infantil del museo, o llámenos al 410-…" (the museum\'s) : referral fails', lines: es('hay talleres para niños en el museo', 'Hable con la sección infantil del museo, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'section other: "Hable con la sala juvenil del centro comunitario, o llámenos al 410-…" : referral fails', lines: es('hay actividades para adolescentes en el centro', 'Hable con la sala juvenil del centro comunitario, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // staff the provider consulted: no referral
  { name: 'section consulted: "Le pregunté a la sección infantil: la hora del cuento es los martes, samplelibrary.org/eventos." : referral na', lines: es('cuando es la hora del cuento', 'Le pregunté a la sección infantil: la hora del cuento es los martes a las 10, samplelibrary.org/eventos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'section consulted: "I checked with our local history room: the map is at samplelibrary.org/sanborn." : referral na', lines: one('is there a map of my street in 1900', 'I checked with our local history room: the 1904 Sanborn map is at samplelibrary.org/sanborn. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'section consulted: "Consulté con la sala juvenil y el club es los jueves; samplelibrary.org/eventos." : referral na', lines: es('hay club de manga', 'Consulté con la sala juvenil y el club es los jueves a las 4, samplelibrary.org/eventos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
];

// ---- searchPageE23: a search engine's results page as no way forward ----
export const searchPages: SessionCase[] = [
  { name: 'search: "then where?" / "www.google.com/search?q=passport+renewal bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'www.google.com/search?q=passport+renewal bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "duckduckgo.com/?q=passport+renewal, bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'duckduckgo.com/?q=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: British "then where?" / "google.co.uk/search?q=passport+renewal, cheers" : dismissal fails', lines: asked('Not our department, sorry.', 'then where?', 'google.co.uk/search?q=passport+renewal, cheers'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "search.yahoo.com/search?p=passport, bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'search.yahoo.com/search?p=passport, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "lmgtfy.app/?q=passport+renewal" (let me google that for you) : dismissal fails', lines: asked('Not my job.', 'then where?', 'lmgtfy.app/?q=passport+renewal'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "just search it on google, bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'just search it on google, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Spain "¿y entonces dónde?" / "google.es/search?q=cita+dni, ahí lo tiene. Adiós." : dismissal fails', lines: askedEs('Eso no es cosa nuestra.', '¿y entonces dónde?', 'google.es/search?q=cita+dni, ahí lo tiene. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Mexican "¿entonces a dónde?" / "bing.com/search?q=cita+pasaporte+sre. Bye." : dismissal fails', lines: askedEs('Eso no me toca.', '¿entonces a dónde?', 'bing.com/search?q=cita+pasaporte+sre. Bye.'), exp: some({ dismissal: 'fail' }) },
  // a real page found by searching, the catalogue's own search, a shortened link
  { name: 'search near: "then where?" / "travel.state.gov/content/travel/en/passports.html, I found it by googling. Bye." : dismissal passes', lines: asked('Not my department.', 'then where?', 'travel.state.gov/content/travel/en/passports.html has the renewal form, I found it by googling. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "catalog.samplelibrary.org/search?q=passport has the guides. Anything else?" : dismissal passes', lines: asked('Not my department.', 'then where?', 'catalog.samplelibrary.org/search?q=passport has our passport guides. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "usa.gov/search?query=passport, the first result has the form. Bye." (an agency\'s own search) : dismissal passes', lines: asked('Not my department.', 'then where?', 'usa.gov/search?query=passport, the first result has the form. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "bit.ly/passport-renew has the State Department\'s form. Bye." (a link to a page) : dismissal passes', lines: asked('Not my department.', 'then where?', "bit.ly/passport-renew has the State Department's form. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "¿y dónde?" / "En sre.gob.mx/pasaportes está el trámite, lo encontré en Google. Adiós." : dismissal passes', lines: askedEs('Eso no me toca.', '¿y dónde?', 'En sre.gob.mx/pasaportes está el trámite, lo encontré en Google. Adiós.'), exp: some({ dismissal: 'pass' }) },
];

/** Near misses of the fixes (labelled before running). */
export const guards: SessionCase[] = [
  // dismissalHard: "the last one" with a verb that is no capacity to answer; "your last question for today"; a real question
  { name: 'guard limit: "That\'s the last one I can find on the shelf, sorry; want me to place a hold?" : dismissal passes', lines: ends('do u have the hunger games', "That's the last one I can find on the shelf, sorry; the others are checked out. Want me to place a hold?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Is that your last question for today? No rush at all." : dismissal passes', lines: ends('ok and when do you close', 'We close at 8. Is that your last question for today? No rush at all.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Your last question for today was about fines: yes, they\'re waived for kids." : dismissal passes', lines: ends('so what about the fines', "Your last question for today was about fines: yes, they're waived for kids' cards. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Es la última pregunta que se puede dejar en blanco en el formulario." : dismissal passes', lines: endsEs('cual puedo dejar en blanco', 'Es la última pregunta que se puede dejar en blanco en el formulario. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Y esta es la última pregunta que le puedo contestar hoy o tiene más?" (asked) : dismissal passes', lines: endsEs('y a que hora cierran', 'Cerramos a las 8. Y esta es la última pregunta que le puedo contestar hoy o tiene más?'), exp: some({ dismissal: 'pass' }) },
  // searchPageWideE26: another service on a search engine's host, and a real page with "google" in the sentence
  { name: 'guard search: "then where?" / "books.google.co.uk/books?id=abc has the full text. Bye." : dismissal passes', lines: asked('Not our department, sorry.', 'then where?', 'books.google.co.uk/books?id=abc has the full text, page 12. Bye.', 'can u find the old passport rules book'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "scholar.google.es/scholar?q=pasaporte has the studies. Bye." (Google Scholar) : dismissal passes', lines: asked('Not my department.', 'then where?', 'scholar.google.es/scholar?q=pasaporte has the studies on it. Bye.', 'any research on passport fraud'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "gov.uk/renew-adult-passport, or search renew passport on google. Bye." : dismissal passes', lines: asked('Not our department, sorry.', 'then where?', 'gov.uk/renew-adult-passport has it, or search "renew passport" on google. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "google.com/maps/place/Passport+Agency has the office\'s address and hours. Bye." (a page) : dismissal passes', lines: asked('Not my department.', 'then where?', "google.com/maps/place/Passport+Agency has the office's address and hours. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "books.google.com has the old rules in full text. Bye." (Google Books) : dismissal passes', lines: asked('Not my department.', 'then where?', 'books.google.com has the old passport rules in full text. Bye.', 'can u find the old passport rules book'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: British "then where?" / "books.google.co.uk has the old rules in full text. Cheers." (Google Books) : dismissal passes', lines: asked('Not our department, sorry.', 'then where?', 'books.google.co.uk has the old passport rules in full text. Cheers.', 'can u find the old passport rules book'), exp: some({ dismissal: 'pass' }) },
  // ownerMoreE26 / ownRoomE26: the owner's word later, not right after the section; another owner's room
  { name: 'guard dept: "Hable con la sala juvenil, o llámenos al 410-…; los clubes del centro comunitario también sirven." (the library\'s) : referral passes', lines: es('hay club de ajedrez para jovenes', 'Hable con la sala juvenil, o llámenos al 410-555-0100; los clubes del centro comunitario también sirven. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard room: "Ask at the city\'s local history room, or call us at 410-555-0100." (the city\'s) : referral fails', lines: one('old photos of main street', "Ask at the city's local history room, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'guard room: "Visit the children\'s room at the museum, or call us at 410-555-0100." (the museum\'s) : referral fails', lines: one('are there kids activities at the science museum', "Visit the children's room at the museum, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  // farewell: wishes kept, advice and questions not read
  { name: 'guard wish: "I hope you enjoy the book!" : courteous passes', lines: lastEn('is there a new jack reacher', 'I hope you enjoy the book!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard wish: "Hope you get to enjoy the book over the holidays!" : courteous passes', lines: lastEn('something cosy for christmas', 'Hope you get to enjoy the book over the holidays!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard wish: "Would you enjoy the audiobook more? It\'s on Libby." (a question) : courteous fails', lines: lastEn('i never finish books', "Would you enjoy the audiobook more? It's on Libby too."), exp: some({ courteous: 'fail' }) },
  { name: 'guard wish: "Para que disfrutes la peli, mira primero la primera parte." (advice) : courteous fails', lines: lastEs('tienen la segunda de dune', 'Para que disfrutes la peli, mira primero la primera parte.'), exp: some({ courteous: 'fail' }) },
  { name: 'guard wish: "¿Suerte con el examen, mija?" (asked) : courteous fails', lines: lastEs('como me fue en el examen', '¿Suerte con el examen, mija?'), exp: some({ courteous: 'fail' }) },
];

/** The second batch: paraphrases of the fixes' words (labelled before running). */
export const secondBatch: SessionCase[] = [
  { name: 'second limit: "Ok, that\'s the last one we can answer today, sorry! Please come back tomorrow." : dismissal fails', lines: ends('and do u have ged books', "Ok, that's the last one we can answer today, sorry! Please come back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: British "Last question for tonight I\'m afraid, do come back tomorrow." : dismissal fails', lines: ends('and have you got the telegraph', "Last question for tonight I'm afraid, do come back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "Esta es la última pregunta que se les puede atender por hoy." : dismissal fails', lines: endsEs('y otra mas, prestan proyectores', 'Esta es la última pregunta que se les puede atender por hoy.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "Sorry, this is the last question I can take, ok? Write us tomorrow." (a tag) : dismissal fails', lines: ends('and one more about fines', 'Sorry, this is the last question I can take, ok? Write us tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second search: "Eso no es mi trabajo." / "¿y dónde entonces?" / "google.com.mx/search?q=cita+sre, ahí sale. Adiós." : dismissal fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'google.com.mx/search?q=cita+sre, ahí sale. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second search: Spain "Eso no es mi trabajo." / "¿y dónde entonces?" / "google.es/search?q=cita+dni. Adiós." : dismissal fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'google.es/search?q=cita+dni, ahí lo tiene. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second search: British "Not our department." / "then where?" / "duckduckgo.com/?q=passport+office, cheers" : dismissal fails', lines: asked('Not our department, sorry.', 'then where?', 'duckduckgo.com/?q=passport+office, cheers'), exp: some({ dismissal: 'fail' }) },
  { name: 'second wish: "¡Que disfruten la fiesta!" : courteous passes', lines: lastEs('tienen libros de piñatas', '¡Que disfruten la fiesta!'), exp: some({ courteous: 'pass' }) },
  { name: 'second wish: "Enjoy your visit to the museum!" : courteous passes', lines: lastEn('do you have museum passes', 'Enjoy your visit to the museum!'), exp: some({ courteous: 'pass' }) },
  { name: 'second wish: "To enjoy your visit, book the timed tickets first." (advice) : courteous fails', lines: lastEn('do you have museum passes', 'To enjoy your visit, book the timed tickets first.'), exp: some({ courteous: 'fail' }) },
  { name: 'second dept: "Pregunte en el mostrador de información del centro de salud, o llámenos al 410-…" : referral fails', lines: es('donde me vacuno', 'Pregunte en el mostrador de información del centro de salud, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'second dept: "Hable con la oficina de referencia del colegio, o llámenos al 410-…" (the school\'s) : referral fails', lines: es('mi hijo necesita un libro del colegio', 'Hable con la oficina de referencia del colegio, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'second room: "Ask at the reading room, or call us at 410-555-0100." (the library\'s) : referral passes', lines: one('do you have the wall street journal', 'Ask at the reading room, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'second room: chat-speak "pop into our teen room or call us @ 410-555-0100" (the library\'s) : referral passes', lines: one('any gaming club 4 teens', 'pop into our teen room or call us @ 410-555-0100. that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases that still disagree, each with the reason. */
const LEFT_WHY: Record<string, string> = {
  'wish near: "Good luck finding it is what you\'ll need: the catalogue has no copies." : courteous fails':
    'v1\'s farewell "good luck" reads any "good luck"; a sarcastic "good luck finding one" is outside E23\'s wishes',
  'dept own: "Pase a la oficina de circulación de la biblioteca, o llámenos al 410-…" : referral passes':
    '"pase a" is no referring verb of referral.ts (as E23\'s LEFT "Pase a la sala infantil"): no referral is read at all',
  'section: "Comuníquese con la sección de genealogía al 410-555-0100." : referral passes':
    '"la sección de genealogía" is no party word of referral.ts (older than E23): no referral is read, so E23\'s sections never run',
  'section other: "Hable con la sección infantil del museo, o llámenos al 410-…" (the museum\'s) : referral fails':
    'no referral is read at all ("la sección infantil del museo" is no party of the older referral readings); the museum as an owner is read by E26\'s `ownerMoreE26` where a referral is',
  'guard search: "then where?" / "books.google.com has the old rules in full text. Bye." (Google Books) : dismissal passes':
    'E19\'s `wayForwardSourceE19` reads "google.com" inside "books.google.com" (no path) as a search engine\'s home page (its own test, older than E23); E26\'s `SEARCH_PAGE_E26` does not read another service\'s host (the "books.google.co.uk" guard)',
  'search: Spain "¿y entonces dónde?" / "google.es/search?q=cita+dni, ahí lo tiene. Adiós." : dismissal fails':
    '"Eso no es cosa nuestra." is no refusal of the older families (dismissalConvenience): nothing is read to be answered; the same results page after "Eso no es mi trabajo." is read (second batch)',
  'search: Mexican "¿entonces a dónde?" / "bing.com/search?q=cita+pasaporte+sre. Bye." : dismissal fails':
    '"Eso no me toca." is no refusal of the older families (E23\'s own case with it answers with the consulate and passes either way); the same page after "Eso no es mi trabajo." is read (E23\'s second batch)',
};

const all = [...limits, ...farewells, ...holds, ...pacer, ...departments, ...sections, ...searchPages, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('fortieth round (E26): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describe('fortieth round (E26): v40 E23 checked', () => {
  describeSessions('whole', running(whole));
  describeSessions('all', running(all));
  describeLeft('E26', [...whole, ...all].filter((c) => c.name in LEFT_WHY));
});
