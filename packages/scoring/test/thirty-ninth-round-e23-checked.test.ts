/**
 * Thirty-ninth round, block E23 (a second wave): CHECKING v40's blocks E19 (v39's E14 narrowed, Spanish; settings
 * `ownContactNextE19`, `ownDeptEsE19`, `wayForwardSourceE19`) and E20 (v39's E15, E17, E18; setting `citationAcrossE20`), both
 * ways, with cases no one had written, in other registers (Mexican, Caribbean, Central American, Spain Spanish, Spanglish;
 * British, non-native, chat-speak, terse English) and other areas than theirs (tax forms, the DGT and the padrón, building
 * repairs, tenancy, school fitness records and lawsuits, ILL, passports, consulates, book lists).
 *
 * PARAPHRASE SWEEP. Shapes tried:
 *  limits: "Como ya es la última pregunta que le puedo atender hoy", Caribbean "… que podemos contestar esta noche" (no
 *   pronoun), British "As it's the last question I'm able to take this evening", non-native "Because this is last question I
 *   can answer", the patron's own ("Como es tu última pregunta, te cuento", "As it's your last question, yes, …", "As it's
 *   your last question, I'm able to tell you"), topics ("más preguntas de impuestos / de taxes", "any more questions about your
 *   taxes") and time ("de aquí en adelante", "del día de hoy", Spain "por ahora");
 *  holds: "Lo checo en la tarde", "mañana temprano", Spanglish "el weekend", "el fin de semana", "Ahorita lo checo, deme
 *   chance", "Déjeme checarlo en el sistema", Spain "Dame un segundo, que lo consulto", British "Bear with me whilst I check",
 *   "I'll check it this afternoon", "Tómese su tiempo" (no hold), a survey across a clause, "Espere / Aguarde … a que / hasta
 *   que le llegue el correo / mi respuesta";
 *  send-offs: "¡Que disfrute el libro!", Caribbean "¡Que disfruten la playa, mi amor!", advice "Con tal de que / De modo que /
 *   Para que (los niños) disfrute(n) …", "Espero que disfrute su visita al museo", "¿Quiere que …, para que disfrute la tarde?";
 *  outside parties who write or call: Spain's SEPE, DGT, Generalitat, Ayuntamiento, Seguridad Social; the library's own ("la
 *   encargada de la sección infantil de la biblioteca", "la Junta de la biblioteca");
 *  building staff: "la conserje del edificio" (after "dígale a"), Spain "la portera de la finca", "La portera del edificio de
 *   al lado recoge los paquetes" (no referral);
 *  still here: "in the US next month", "in town for the summer", British "Are you still here, love?", Spanglish "sigues ahi?
 *   still here?";
 *  the library's own number in the next sentence (`ownContactNextE19`): the party's number and the library's after "si no"
 *   ("Llame a la Defensoría del Inquilino. El número es …; si no le contestan, llámenos al …"), both with the library first,
 *   the library's only after "Si no," (Spanish) and "If not," (English), Spanglish "Llama a tu landlord primero. If he doesn't
 *   answer, call us at …", "Call the Tenant Union. Their number is …, or call us at …", the party's number two sentences on;
 *  departments (`ownDeptEsE19`): "el área de referencia", "la oficina de préstamo interbibliotecario", "la sección infantil",
 *   "la sala juvenil / infantil", another owner's ("el departamento de vivienda de la ciudad", "la oficina de información del
 *   condado", "el mostrador de información del hospital", "el departamento de referencia de la universidad", "la sección
 *   infantil de la escuela de su hijo"), the library's named ("… de Circulación de la biblioteca Central"), English "the
 *   interlibrary loan desk", "the city's permits department";
 *  a source after "then where?" (`wayForwardSourceE19`): a page with the form and "Bye.", "google.com/maps, not my problem",
 *   "bing.com. Bye.", a search-engine results page ("google.com/search?q=…", "bing.com/search?q=…"), the patron's own URL
 *   repeated ("then where? travel.state.gov?" / "travel.state.gov, yes. Bye."), Mexican "Eso no me toca." / "¿entonces a dónde
 *   voy?" / "Al consulado, en citas.sre.gob.mx. Adiós.", "Búsquelo en google.com, yo no sé. Chao.", terse "so where do i go"
 *   (no question mark), Google Books and a site's own search as sources;
 *  citations (`citationAcrossE20`): "Minn. Stat. ch. 504B", "Or. Rev. Stat. ch. 90", "chapter 42 of the North Carolina General
 *   Statutes", "el capítulo 83 de los Estatutos de Florida", "G.L. c. 186" (no section), "35 P.S. § 10231.101", chat-speak "wis
 *   stat ch 704"; what looks like them: "ch. 3 of the manual …, page 45", "chapter 83, page 12 of your textbook", "P.S. I
 *   forgot to say: section 4 is the part to sign";
 *  PACER: beside PE words in a lawsuit ("The lawsuit over the PE class injury is on PACER; the docket …"), pacer.uscourts.gov,
 *   "the PACER scores from PE are on the school portal", "… file a complaint with the school";
 *  closing: Caribbean "we locking the doors now anyway", "locking the doors anyway, but the chat opens at 9 …", "Locking the
 *   doors of your car anyway is wise"; "Tengo varios chats abiertos y ya no puedo atenderle. Adiós.", "Estoy con cuatro chats, ya
 *   no puedo ayudarle. Chao.", with a way back, "… tan rápido, pero ya lo busco", "La sucursal ya no puede atenderle los domingos";
 *  rings and passed on: British "your bank will give you a bell", "the council will give you a buzz", "I'll give you a ring
 *   tomorrow", "Our outreach librarian will give you a ring", "Le paso su pregunta al departamento de referencia / de obras
 *   públicas de la ciudad", "I'll pass this to our local history department and they'll email you", "the city's parks
 *   department will email you".
 *
 * Statuses are read from the literal text of RUBRIC.md (closing.no_dismissal: "tells the patron … that they have reached a
 * limit of questions …, or otherwise ends the help for the provider's convenience without offering a way back"; Hold message,
 * "Telling the patron to take their time is not a hold"; closing.courteous; Follow-up session "promises … to send or find
 * more later", "someone from your library will contact you"; Referral, "The provider's own library's departments count when
 * the patron is told to contact or visit them"; info.source "a named resource", "an e-mail or phone contact for a referral";
 * session.idle_checkin), decided before the scorer ran. READINGS TAKEN where RUBRIC.md leaves room (E19's and E20's kept):
 * - the provider's capacity after "the last question" ("que podemos contestar", "I'm able to take") tells a limit as E19's
 *   "que le puedo contestar" does; a time ("de aquí en adelante", "del día de hoy", "por ahora") is a limit, a topic is not;
 * - a check on the weekend is a later check (E19's days); "espere … a que le llegue el correo" waits for the mail (E19's
 *   "aguarde"); "hasta que le llegue mi respuesta" waits on the provider;
 * - "¡Que disfrute el libro / la playa!" is a send-off as "¡Que disfrute su viaje!"; "con tal de / de modo que disfrute …" is
 *   advice as "a fin de que";
 * - an outside office's department ("del condado", "de la ciudad", "del hospital", "de la universidad", "de la escuela") is
 *   not reached by the library's number; the library's sections by their public ("la sección infantil") are, when a referral
 *   is read at all;
 * - a search engine's results page after "then where?" is "google it" with a link (E19's search-engine home page); the
 *   patron's own URL repeated by the provider answers "then where?"; a source with a rude "Adiós" still goes on helping;
 * - PACER in a sentence about a lawsuit or a docket is the courts' records even with PE words in it.
 *
 * COUNTS. Written: 115 cases, all labelled before running: a first batch of 91 (1 whole session, 90 short), 14 near misses and
 * checks of the fixes (`guards`: 11 with the first fixes, 3 with the last two), and a second batch of 10 probing the fixes'
 * words in other registers. Run: 99 (1 whole); LEFT: 16. Labels corrected: 0.
 * Run 1 (first batch, 91): 26 disagreed. By check:
 *  - closing.no_dismissal 7: "… que podemos contestar esta noche", "… I'm able to take this evening" (E19's capacity needs the
 *    pronoun, "i / we can"), "Because this is last question I can answer" (LEFT), Spain "por ahora" (LEFT),
 *    "google.com/search?q=…, bye" read as a way forward, "we locking the doors now anyway" (LEFT), "Tengo varios chats
 *    abiertos y ya no puedo atenderle. Adiós." (E20 needs "más");
 *  - interest.keep_informed 2: "Lo checo el weekend" read as a hold; "Espere unos minutos a que le llegue el correo" (LEFT);
 *  - closing.courteous 3: "¡Que disfrute el libro!", "¡Que disfruten la playa, mi amor!" not read; "Con tal de que disfrute
 *    su visita, reserve …" read as a send-off;
 *  - followup.contact / resolution.code 2: "Le escribirán de la DGT" read as a promise; "the council will give you a buzz" (LEFT);
 *  - referral.contact 6: "Dígale a la conserje del edificio" and "la portera de la finca" (LEFT), "la Defensoría del Inquilino"
 *    (LEFT), "Hable con la sección infantil; nos puede llamar …" failed, "la oficina de información del condado, o llámenos …"
 *    passed (E19's departments took the county's), "the interlibrary loan desk" (LEFT);
 *  - session.idle_checkin 1: "are u still here in the US next month?" (LEFT);
 *  - info.source 5: the party's number two sentences on (LEFT), "G.L. c. 186" (LEFT), "wis stat ch 704" (LEFT), "chapter 83,
 *    page 12 of your textbook" (LEFT), "The lawsuit over the PE class injury is on PACER; the docket …" not read.
 * Run 2 (guards and second batch, 21, with fixes 1-5 and 7-9): 4 disagreed: the second batch's "que podemos atender hoy" and
 * "we're able to answer" (fix 1 as first written changed E19's lead only; E14's own tail after "la última pregunta" also needed
 * the pronoun: widened in the same swap), "Pregunte en la sala juvenil" and "Pase a la sala infantil" (no referral read: LEFT).
 * Run 3 (all, with fix 6 and its guards): all 99 as labelled, the 16 LEFT still misread.
 * Wide run (the files below): 1 older case moved, E12's "PACER doesn't have state cases, only federal court ones" (fix 5 as
 * first written read "federal court"): fix 5 narrowed with E12's own `NOT_THERE_E12` and E12's fitness words after "pacer";
 * the wide run repeated.
 *
 * FIXES (block E23 only; v40 phrase families and three v40 settings; each near miss checked to FAIL with its fix made too
 * wide, then the fix restored, unless said):
 *  1. dismissalHard, swaps of E19's two last-question alternatives: the capacity without the patron's pronoun ("que podemos
 *     contestar / atender") and "I'm / we're able to" (`CAN_ANSWER_ES_E23`, `CAN_ANSWER_E23`, and E14's tail in the same
 *     alternatives). Near miss: "As it's your last question, I'm able to tell you: yes, …" (the patron's own; not tried wide).
 *  2. farewell, a swap of E19's "que disfrute …": advice leads "con tal de / de modo / de manera / siempre y cuando que"
 *     (`ADVICE_LEAD_E23`), and the things enjoyed also the book, reading, beach, film, concert, event, class, workshop, fair, day,
 *     afternoon (`ENJOY_E23`). Near misses: "Espero que disfrute su visita al museo." (fails with any word before "que");
 *     "Para que disfrute el libro, lea …" and "¿Quiere que …, para que disfrute la tarde?" (E14's own exclusions, not tried).
 *  3. hold, E19's "checar / lo checo" later words also "weekend / finde / fin de semana" (`LATER_E23`). Near miss: "Lo checo
 *     ahorita y el fin de semana le aviso si llega otro." (fails with the weekend read anywhere in the sentence).
 *  4. dismissalConvenience, a swap of E20's `OTHER_CHATS_STOP_E20`: "ya no puedo atenderle / ayudarle" ending its clause
 *     (`OTHER_CHATS_STOP_E23`). Near miss: "… ya no puedo atenderle tan rápido, pero ya lo busco" (fails with the clause's end
 *     dropped).
 *  5. knownResource plus `PACER_COURT_E23`: PACER beside a docket, lawsuit, federal case, court records, bankruptcy filings.
 *     Not when said not to have the thing (E12's `NOT_THERE_E12`). Near misses: "His PACER score from PE class is on the
 *     portal; he can file a complaint with the school" (fails with "complaint" a court word); E12's "PACER doesn't have state
 *     cases, only federal court ones" (failed with the fix as first written).
 *  6. notPromise, a swap of E14's (E19's) "le escribirán / le van a llamar de <party>": E19's Spain agencies after "de"
 *     (`PARTY_ES_E23`). Near miss: "Le escribirán de la Junta de la biblioteca …" (still a promise; with E19's library window
 *     made zero it still read as a promise, so it tests another rule, not this fix).
 *  7. setting `ownDeptOwnerE23` (classify.ts `ownDeptEsE23`, in referral.ts where E19's `ownDeptEsE19` was read): not a
 *     department of another owner ("… del condado / de la ciudad / del hospital / de la universidad / de la escuela"). Near
 *     misses: "Pregunte en el departamento de Circulación de la biblioteca Central, o llámenos …" (fails with any "de la …" an
 *     owner); the hospital's, the school's and the university's cases fail with the setting off.
 *  8. setting `ownDeptSectionsE23` (same function): the library's sections by their public ("la sección infantil", "la sala
 *     juvenil", "el área de adultos"), with 7's owner test. Near miss: "la sección infantil de la escuela de su hijo" (fails
 *     without the owner test).
 *  9. setting `searchPageE23` (classify.ts `searchPageE23`, in closing.ts after E19's): a search engine's results page is no
 *     way forward. Near misses: "books.google.com/books?id=…" (fails with any search-engine path), "usa.gov/search" (fails
 *     with any "/search").
 *
 * NOT CHANGED (read as labelled): E19's topic / time limits ("de impuestos", "de aquí en adelante", "del día de hoy"), the
 * patron's own last question, "Lo checo en la tarde / mañana temprano", "Ahorita lo checo, deme chance", the survey across a
 * clause, "Aguarde … hasta que le llegue mi respuesta" (a hold), "Para que los niños disfruten …", the SEPE, Generalitat,
 * Ayuntamiento, Seguridad Social, the library's section promising, "you still here in town", `ownContactNextE19` both ways
 * (the party's number with the library's first, "Si no, llámenos", "If not, call us", the Spanglish landlord, the Tenant
 * Union), the city's departments in Spanish and English, E19's source answers (a page, the consulate, the patron's own URL,
 * "google.com/maps, not my problem", "bing.com. Bye.", "so where do i go"), E20's chapters ("Minn. Stat. ch. 504B", "Or. Rev.
 * Stat. ch. 90", "chapter 42 of the North Carolina General Statutes", "capítulo 83 de los Estatutos de Florida", "35 P.S. §"),
 * the manual and "P.S. I forgot", "pacer.uscourts.gov", the school portal's PACER, the closings with a way back and the car's
 * doors, "La sucursal ya no puede atenderle los domingos", the rings and passed-on questions (library's and city's).
 *
 * LEFT (16, each with its reason in LEFT_WHY): "Because this is last question …" (no article), Spain "por ahora", "Espere
 * unos minutos a que le llegue" (an older hold than E14's "aguarde"), "Dígale a la conserje del edificio" (no referring
 * verb), "la portera de la finca", "are u still here in the US next month" (an older alternative), "la Defensoría del
 * Inquilino" (no party word), the party's number two sentences on, "the interlibrary loan desk" (X2's desks), "G.L. c. 186"
 * without a section, "wis stat ch 704" without dots, "chapter 83, page 12 of your textbook" (an older reading), "we locking the
 * doors now anyway", "the council will give you a buzz", and "la sala juvenil / infantil" (no referral read).
 * NOT DONE: a setting reading the party's number two sentences after the referral; the council and other British local
 * offices as parties who ring; "G.L. c. N" without a section.
 *
 * FINAL RUN: this file, rubric.test.ts, phrases.test.ts (project "phrases": 312 tests passed), every thirty-sixth-,
 * thirty-seventh-, thirty-eighth- and thirty-ninth-round file on this branch, and the files found by `grep -lE` for the fixes'
 * words ("última pregunta|ultima pregunta|last question|disfrut|checo|checar|chequeo|weekend|fin de semana|atenderle|
 * atenderte|ayudarle|PACER|pacer|departamento de|sección|seccion|oficina de|google\.com/|bing\.com|escribirán de|llamarán
 * de|van a escribir|van a llamar|other chats|varios chats|DGT|Junta|able to take|encuesta"): 200 files in project scoring,
 * 20134 tests, all passed (thirty-ninth-round-e19- and -e20-checked unchanged among them)
 *
 * v40's fingerprint after block E23: b2066015804863bc.
 * ON v56 (block V): "Llame a la Defensoría del Inquilino. El número es 240-777-0311; …" reads as labelled (V9: "defensoría" a
 *   party) and runs: 13 LEFT.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one, OPEN_ES, es, ends, endsEs, espera, lastEs, idle, second, lease, segunda } from './narrowing-lines';

/** A refusal at 70 s, the patron's `said` at 90 s and the provider's `next` at 110 s, the last message. */
const asked = (refusal: string, said: string, next: string, q = 'can u renew my passport for me'): Line[] => [...OPEN(q), L(refusal), [90, 'p', said], [110, 'l', next]];
const askedEs = (refusal: string, said: string, next: string, q = 'me puede sacar la cita del consulado'): Line[] => [...OPEN_ES(q), L(refusal), [90, 'p', said], [110, 'l', next]];

export const whole: SessionCase[] = [
  {
    name: 'Mexican usted, tax forms: "Deme chance, lo checo" (a hold answered in 55 s), VITA with its number, "Como es su última pregunta, le cuento" (the patron\'s own), "¡Que tenga buen día!"',
    lines: [
      [0, 'p', 'buenas, donde consigo las formas de impuestos en español?'],
      [15, 'l', '¡Buenas tardes! Le atiende Marta, de la Biblioteca de Sample County. ¿Son las formas federales o las del estado?'],
      [45, 'p', 'las federales, la 1040'],
      [55, 'l', 'Deme chance, lo checo.'],
      [110, 'l', 'Listo: la 1040 en español (1040-SP) está en irs.gov/es/forms-pubs, y también tenemos copias impresas en la biblioteca. Si necesita ayuda para llenarla, llame al programa VITA al 410-555-0160. ¿Le sirvió?'],
      [140, 'p', 'si, y una ultima pregunta, abren el sabado?'],
      [150, 'l', 'Como es su última pregunta, le cuento: sí, el sábado de 10 a 5. ¿Algo más en que le pueda ayudar?'],
      [170, 'p', 'no, eso es todo, gracias'],
      [180, 'l', 'Gracias a usted por escribirnos. ¡Que tenga buen día!'],
    ],
    // hold at 55 s answered at 110 s (55 s): informed passes; clarify before the source; source irs.gov and VITA's number;
    // "Como es su última pregunta" is the patron's own last question (no capacity of the provider): no limit; referral VITA
    // with its number passes; anything else asked at 150 s
    exp: usual({ referral: 'pass' }),
  },
];

// ---- E19's limits: the last question with the provider's capacity, topics, time ----
export const limits: SessionCase[] = [
  { name: 'limit: Mexican "Como ya es la última pregunta que le puedo atender hoy, le pido que vuelva mañana." : dismissal fails', lines: endsEs('y otra, tienen actas de nacimiento', 'Como ya es la última pregunta que le puedo atender hoy, le pido que vuelva mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Caribbean "Ya que esta es la última pregunta que podemos contestar esta noche, escríbanos mañana." : dismissal fails', lines: endsEs('y otra cosita, prestan laptops', 'Ya que esta es la última pregunta que podemos contestar esta noche, escríbanos mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: British "As it\'s the last question I\'m able to take this evening, do pop back tomorrow." : dismissal fails', lines: ends('another one sorry, do you do photocopying', "As it's the last question I'm able to take this evening, do pop back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: non-native "Because this is last question I can answer today, please come tomorrow." : dismissal fails', lines: ends('and one more, you have the driving test book', 'Because this is last question I can answer today, please come tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: tú "Como es tu última pregunta, te cuento: abrimos a las 10. ¡Cuídate!" (the patron\'s own) : dismissal passes', lines: endsEs('ok ultima pregunta, a que hora abren', 'Como es tu última pregunta, te cuento: abrimos a las 10. ¡Cuídate!'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit: British "As it\'s your last question, yes, we\'re open till 8. Cheers!" (the patron\'s own) : dismissal passes', lines: ends('last question promise, are you open late thursdays', "As it's your last question, yes, we're open till 8. Cheers!"), exp: some({ dismissal: 'pass' }) },
  // a topic the provider cannot advise on, with a way forward: no limit of questions
  { name: 'limit topic: "Ya no le puedo contestar más preguntas de impuestos, eso es para un contador; llame a VITA al 410-555-0160." : dismissal passes', lines: endsEs('y puedo deducir mi carro', 'Ya no le puedo contestar más preguntas de impuestos, eso es para un contador; llame a VITA al 410-555-0160. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit topic: Spanglish "No te puedo contestar más preguntas de taxes, pero VITA te ayuda gratis, call 410-555-0160." : dismissal passes', lines: endsEs('y el refund cuando llega', 'No te puedo contestar más preguntas de taxes, pero VITA te ayuda gratis, call 410-555-0160. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit topic: English "I can\'t answer any more questions about your taxes, but VITA can help at 410-555-0160." : dismissal passes', lines: ends('can i claim my cousin as a dependent', "I can't answer any more questions about your taxes, but VITA can help at 410-555-0160. Anything else?"), exp: some({ dismissal: 'pass' }) },
  // time, not a topic: a limit
  { name: 'limit time: "No le puedo contestar más preguntas de aquí en adelante, ya terminó mi turno." : dismissal fails', lines: endsEs('y otra, tienen wifi', 'No le puedo contestar más preguntas de aquí en adelante, ya terminó mi turno.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit time: Central American "Ya no le puedo responder más preguntas del día de hoy, disculpe." : dismissal fails', lines: endsEs('y otra pregunta, hay cursos de ingles', 'Ya no le puedo responder más preguntas del día de hoy, disculpe.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit time: Spain "No te puedo responder más preguntas por ahora, vale?" : dismissal fails', lines: endsEs('y otra, teneis comics', 'No te puedo responder más preguntas por ahora, ¿vale?'), exp: some({ dismissal: 'fail' }) },
];

// ---- E19's holds: later checks, the survey, waits for something outside the chat ----
export const holds: SessionCase[] = [
  { name: 'hold: Mexican "Lo checo en la tarde y le escribo al correo." (a later check) : informed passes', lines: espera('Lo checo en la tarde y le escribo al correo.'), exp: some({ informed: 'pass' }) },
  { name: 'hold: "Lo checo mañana temprano y le aviso por correo." (a later check) : informed passes', lines: espera('Lo checo mañana temprano y le aviso por correo.'), exp: some({ informed: 'pass' }) },
  { name: 'hold: Spanglish "Lo checo el weekend y te mando un email." (a later check) : informed passes', lines: espera('Lo checo el weekend y te mando un email.'), exp: some({ informed: 'pass' }) },
  { name: 'hold: "Ahorita lo checo, deme chance." (a look-up now) : informed fails', lines: espera('Ahorita lo checo, deme chance.'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Déjeme checarlo en el sistema." (a look-up now) : informed fails', lines: espera('Déjeme checarlo en el sistema.'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Spain "Dame un segundo, que lo consulto." : informed fails', lines: espera('Dame un segundo, que lo consulto.'), exp: some({ informed: 'fail' }) },
  { name: 'hold: British "Bear with me whilst I check the catalogue." : informed fails', lines: espera('Bear with me whilst I check the catalogue.'), exp: some({ informed: 'fail' }) },
  { name: 'hold: English "I\'ll check it this afternoon and email you." (a later check) : informed passes', lines: espera("I'll check it this afternoon and email you."), exp: some({ informed: 'pass' }) },
  // "Telling the patron to take their time is not a hold"
  { name: 'hold: "Tómese su tiempo, aquí sigo." (the patron\'s time) : informed passes', lines: espera('Tómese su tiempo, aquí sigo.'), exp: some({ informed: 'pass' }) },
  { name: 'hold: survey: "¿Tendría unos minutos, cuando terminemos, para contestar una encuesta?" : informed passes', lines: espera('¿Tendría unos minutos, cuando terminemos, para contestar una encuesta?'), exp: some({ informed: 'pass' }) },
  { name: 'hold: "Espere unos minutos a que le llegue el correo de Libby." (the mail, not the provider) : informed passes', lines: espera('Espere unos minutos a que le llegue el correo de Libby.'), exp: some({ informed: 'pass' }) },
  // the provider's own reply is what arrives: a wait on the provider
  { name: 'hold: "Aguarde un momento hasta que le llegue mi respuesta, estoy buscando." : informed fails', lines: espera('Aguarde un momento hasta que le llegue mi respuesta, estoy buscando.'), exp: some({ informed: 'fail' }) },
];

// ---- E19's send-offs ----
export const farewells: SessionCase[] = [
  { name: 'farewell: "¡Que disfrute el libro!" : courteous passes', lines: lastEs('tienen cien años de soledad', '¡Que disfrute el libro!'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell: Caribbean "¡Que disfruten la playa, mi amor!" : courteous passes', lines: lastEs('tienen guias de punta cana', '¡Que disfruten la playa, mi amor!'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell: "Con tal de que disfrute su visita, reserve la entrada en línea." (advice) : courteous fails', lines: lastEs('como visito el museo', 'Con tal de que disfrute su visita, reserve la entrada en línea.'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell: "Para que los niños disfruten la visita, lleguen antes de las 10." (advice) : courteous fails', lines: lastEs('a que hora es la hora del cuento', 'Para que los niños disfruten la visita, lleguen antes de las 10.'), exp: some({ courteous: 'fail' }) },
];

// ---- E19's outside parties (Spain's agencies) and the library's own, who will write or call ----
export const parties: SessionCase[] = [
  { name: 'promise: Spain "El SEPE le llamará para la cita" (outside) : contact na', lines: es('como cobro el paro', 'Se pide en sepe.es; el SEPE le llamará para la cita. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain "Le escribirán de la DGT con la fecha del examen" (outside) : contact na', lines: es('cuando es mi examen de conducir', 'Consúltelo en sede.dgt.gob.es; le escribirán de la DGT con la fecha del examen. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain "La Generalitat te enviará la resolución por correo" (outside) : contact na', lines: es('cuando sale lo de la beca', 'Mira el estado en gencat.cat; la Generalitat te enviará la resolución por correo. ¿Te sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain "Le llamarán del Ayuntamiento para confirmar el empadronamiento" (outside) : contact na', lines: es('como me empadrono', 'Se pide en sede.madrid.es; le llamarán del Ayuntamiento para confirmar el empadronamiento. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain "La Seguridad Social le enviará la tarjeta sanitaria" (outside) : contact na', lines: es('como saco la tarjeta sanitaria', 'Se solicita en seg-social.es; la Seguridad Social le enviará la tarjeta a casa. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the library's own people with more information: "someone from your library will contact you"
  { name: 'promise: "Le va a escribir la encargada de la sección infantil de la biblioteca con la lista de libros" : contact fails, code fails', lines: es('libros para mi hija de 8 años', 'Le va a escribir la encargada de la sección infantil de la biblioteca el lunes con una lista de libros. ¿Le parece bien?'), exp: some({ contact: 'fail', code: 'fail' }) },
];

// ---- E19's building staff (parties with no contact) ----
export const building: SessionCase[] = [
  { name: 'party: Mexican "Dígale a la conserje del edificio que revise la llave" (no contact) : referral fails', lines: es('se sale el agua del lavabo', 'Dígale a la conserje del edificio que revise la llave. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: Spain "Pregunte a la portera de la finca" (no contact) : referral fails', lines: es('donde se recogen los paquetes', 'Pregunte a la portera de la finca, ella se los guarda. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: "La portera del edificio recoge los paquetes; el horario de la biblioteca está en samplelibrary.org/horario." (no referral) : referral na', lines: es('a que hora abren', 'La portera del edificio de al lado recoge los paquetes; el horario está en samplelibrary.org/horario. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
];

// ---- E19's "still here" ----
export const still: SessionCase[] = [
  { name: 'still here: "are u still here in the US next month? the class runs till june" (plans) : idle fails', lines: idle('are u still here in the US next month? the class runs till june'), exp: some({ idle: 'fail' }) },
  { name: 'still here: "you still here in town for the summer? the reading program runs till August" (plans) : idle fails', lines: idle('you still here in town for the summer? the reading program runs till August'), exp: some({ idle: 'fail' }) },
  { name: 'still here: British "Are you still here, love?" : idle passes', lines: idle('Are you still here, love?'), exp: some({ idle: 'pass' }) },
  { name: 'still here: Spanglish "sigues ahi? still here?" : idle passes', lines: idle('sigues ahi? still here?'), exp: some({ idle: 'pass' }) },
];

// ---- ownContactNextE19: the party's number and the library's own in the next sentence ----
export const nextSentence: SessionCase[] = [
  { name: 'next: "Llame a la Defensoría del Inquilino. El número es 240-777-0311; si no le contestan, llámenos al 410-…" : referral passes, source passes', lines: es('me quieren desalojar', 'Llame a la Defensoría del Inquilino. El número es 240-777-0311; si no le contestan, llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'next: both, the library first: "Comuníquese con la clínica legal. Llámenos al 410-555-0100 o llame a la clínica al 410-555-0133." : referral passes, source passes', lines: es('necesito abogado', 'Comuníquese con la clínica legal. Llámenos al 410-555-0100 o llame a la clínica al 410-555-0133. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'next: "Hable con su arrendador. Si no, llámenos al 410-555-0100." (the library\'s only) : referral fails, source fails', lines: es('el dueño no arregla la estufa', 'Hable con su arrendador. Si no, llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'next: English "Talk to your landlord. If not, call us at 410-555-0100." : referral fails, source fails', lines: one('my landlord kept my deposit', 'Talk to your landlord. If not, call us at 410-555-0100. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'next: "Call the Tenant Union. Their number is 410-555-0177, or call us at 410-555-0100." : referral passes, source passes', lines: one('can they raise my rent twice a year', 'Call the Tenant Union. Their number is 410-555-0177, or call us at 410-555-0100 if they are closed. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'next: Spanglish "Llama a tu landlord primero. If he doesn\'t answer, call us at 410-555-0100." : referral fails, source fails', lines: one('mi landlord no me devuelve el deposit', "Llama a tu landlord primero. If he doesn't answer, call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'next: two sentences on: "Comuníquese con la Oficina de Vivienda. Abren a las 9. Su número es el 240-777-0311, o llámenos al 410-…" : referral passes, source passes', lines: es('me subieron la renta', 'Comuníquese con la Oficina de Vivienda. Abren a las 9. Su número es el 240-777-0311, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
];

// ---- ownDeptEsE19: the library's departments (Spanish and English) versus a city's ----
export const departments: SessionCase[] = [
  { name: 'dept: "Pase al área de referencia o llámenos al 410-555-0100 y pida Referencia." (the library\'s) : referral passes', lines: es('necesito un articulo de periodico viejo', 'Pase al área de referencia o llámenos al 410-555-0100 y pida Referencia. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept: "Pregunte en la oficina de préstamo interbibliotecario: llámenos al 410-555-0100." (the library\'s) : referral passes', lines: es('pueden traer un libro de otra biblioteca', 'Pregunte en la oficina de préstamo interbibliotecario: llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept: "Hable con la sección infantil; nos puede llamar al 410-555-0100." (the library\'s) : referral passes', lines: es('hay cuentacuentos para bebes', 'Hable con la sección infantil; nos puede llamar al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept: "Pregunte en el departamento de vivienda de la ciudad, o llámenos al 410-555-0100." (the city\'s, no contact) : referral fails', lines: es('necesito un permiso para pintar', 'Pregunte en el departamento de vivienda de la ciudad, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en la oficina de información del condado, o llámenos al 410-555-0100." (the county\'s, no contact) : referral fails', lines: es('donde pago la multa de estacionamiento', 'Pregunte en la oficina de información del condado, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: English "Ask the interlibrary loan desk, or call us at 410-555-0100." (the library\'s) : referral passes', lines: one('can u get a book from another library', 'Ask the interlibrary loan desk, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'dept: English "Ask the city\'s permits department, or call us at 410-555-0100." (the city\'s, no contact) : referral fails', lines: one('do i need a permit for a shed', "Ask the city's permits department, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
];

// ---- wayForwardSourceE19: the answer to "then where?" ----
export const wayForward: SessionCase[] = [
  { name: 'asked: "Not my department." / "then where?" / "Try usa.gov/passport, it has the form. Bye." (a source) : dismissal passes', lines: asked('Not my department.', 'then where?', 'Try usa.gov/passport, it has the form. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'asked: "Not my job." / "then where??" / "google.com/maps, not my problem." (a brush-off) : dismissal fails', lines: asked('Not my job.', 'then where??', 'google.com/maps, not my problem.'), exp: some({ dismissal: 'fail' }) },
  { name: 'asked: "Not my job." / "then where?" / "bing.com. Bye." (a search engine) : dismissal fails', lines: asked('Not my job.', 'then where?', 'bing.com. Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'asked: "Not my job." / "then where?" / "google.com/search?q=passport+renewal, bye" (a search-engine page: "google it") : dismissal fails', lines: asked('Not my job.', 'then where?', 'google.com/search?q=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  // the patron's own source confirmed and repeated: the question "then where?" is answered
  { name: 'asked: "Not my department." / "then where? travel.state.gov?" / "travel.state.gov, yes. Bye." : dismissal passes', lines: asked('Not my department.', 'then where? travel.state.gov?', 'travel.state.gov, yes. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'asked: Mexican "Eso no me toca." / "¿entonces a dónde voy?" / "Al consulado, citas.sre.gob.mx. Adiós." : dismissal passes', lines: askedEs('Eso no me toca.', '¿entonces a dónde voy?', 'Al consulado, en citas.sre.gob.mx. Adiós.'), exp: some({ dismissal: 'pass' }) },
  { name: 'asked: Caribbean "Eso no es mío." / "¿y dónde entonces?" / "Búsquelo en google.com, yo no sé. Chao." : dismissal fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'Búsquelo en google.com, yo no sé. Chao.'), exp: some({ dismissal: 'fail' }) },
  { name: 'asked: terse "not a library thing." / "so where do i go" / "usa.gov/passport. bye" : dismissal passes', lines: asked("that's not a library thing.", 'so where do i go', 'usa.gov/passport. bye'), exp: some({ dismissal: 'pass' }) },
];

// ---- E20's citations by chapter and short forms, and what looks like them ----
export const citations: SessionCase[] = [
  { name: 'cite: "Minn. Stat. ch. 504B" (landlord and tenant) : source passes', lines: one('where are the tenant laws in minnesota', 'They are in Minn. Stat. ch. 504B, landlord and tenant. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: "Or. Rev. Stat. ch. 90" : source passes', lines: one('oregon renter rights law?', 'The residential landlord and tenant act is Or. Rev. Stat. ch. 90. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: "chapter 42 of the North Carolina General Statutes" : source passes', lines: one('nc landlord law where', 'Landlord and tenant rules are chapter 42 of the North Carolina General Statutes. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite: Spanish "el capítulo 83 de los Estatutos de Florida" : source passes', lines: es('cual es la ley de rentas en florida', 'Es el capítulo 83 de los Estatutos de Florida, la parte II es para viviendas. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: 'cite: "G.L. c. 186" without a section : source passes', lines: one('which mass law covers leases', "It's G.L. c. 186 that covers leases and tenancies. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'cite: "35 P.S. § 10231.101" (Purdon\'s) : source passes', lines: one('is medical marijuana legal in pa', "Yes, under the Medical Marijuana Act, 35 P.S. § 10231.101 and after. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'cite: chat-speak "wis stat ch 704" : source passes', lines: one('wisconsin renting laws?', 'its wis stat ch 704 for renting. that help?'), exp: some({ source: 'pass' }) },
  { name: 'cite near miss: "ch. 3 of the manual that came with it, page 45" (no named resource) : source fails', lines: one('how do i reset my thermostat', "It's in ch. 3 of the manual that came with it, page 45, as far as I remember. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'cite near miss: "chapter 83, page 12 of your textbook" (the patron\'s book) : source fails', lines: one('where did we read about photosynthesis', 'Your teacher said chapter 83, page 12 of your textbook, from what you pasted. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'cite near miss: "P.S. I forgot to say: section 4 is the part to sign." : source fails', lines: one('do u have the passport form', 'Yes, we have it printed at the front desk. P.S. I forgot to say: section 4 is the part to sign. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- E20's PACER beside PE ----
export const pacer: SessionCase[] = [
  // a lawsuit over a PE class: PACER is the court's records, the PE words are the case's
  { name: 'PACER: "The lawsuit over the PE class injury is on PACER; the docket has the complaint." : source passes', lines: one('how do i read the lawsuit against my sons school', 'The lawsuit over the PE class injury is on PACER; the docket has the complaint. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER: "pacer.uscourts.gov has the docket" : source passes', lines: one('where do i look up a federal case', 'pacer.uscourts.gov has the docket of every federal case. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER near miss: British "the PACER scores from PE are on the school portal" : source fails', lines: one('where are my sons fitness results', 'The PACER scores from PE are on the school portal, ask his form tutor. Does that help?'), exp: some({ source: 'fail' }) },
];

// ---- E20's "locking the doors anyway", "ya no puedo atenderle" ----
export const closing: SessionCase[] = [
  { name: 'close: Caribbean "we locking the doors now anyway, so that\'s it" : dismissal fails', lines: lease("we locking the doors now anyway, so that's it"), exp: some({ dismissal: 'fail' }) },
  { name: 'close with a way back: "we\'re locking the doors anyway, but the chat opens at 9 tomorrow, samplelibrary.org/ask" : dismissal passes', lines: lease("We're locking the doors anyway, but the chat opens at 9 tomorrow at samplelibrary.org/ask and we can look at pet fees then."), exp: some({ dismissal: 'pass' }) },
  { name: 'close near miss: "Locking the doors of your car anyway is wise; the theft form is at samplecity.gov/theft." : dismissal passes', lines: second('my car got broken into', 'File a report at samplecity.gov/theft. Does that help?', 'should i lock it even in my driveway?', 'Locking the doors of your car anyway is wise; the theft form is at samplecity.gov/theft. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'close: Central American "Tengo varios chats abiertos y ya no puedo atenderle. Adiós." : dismissal fails', lines: segunda('Tengo varios chats abiertos y ya no puedo atenderle. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'close with a way back: "Ya no puedo atenderle, tengo otras personas; escríbanos mañana a las 9 en samplelibrary.org/pregunte." : dismissal passes', lines: segunda('Ya no puedo atenderle, tengo otras personas en línea; escríbanos mañana a las 9 en samplelibrary.org/pregunte.'), exp: some({ dismissal: 'pass' }) },
  { name: 'close near miss: "La sucursal ya no puede atenderle los domingos; el chat sí, a cualquier hora." : dismissal passes', lines: segunda('La sucursal ya no puede atenderle los domingos, pero el chat sí, de 9 a 9. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
];

// ---- E20's rings and the questions passed on ----
export const rings: SessionCase[] = [
  { name: 'ring: British "Your bank will give you a bell later today." (outside) : contact na', lines: one('someone took money from my account', 'Report it to your bank on the number on your card; your bank will give you a bell later today. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // once LEFT (the council was no party of G15's list): read as labelled since v41 G22 (ABROAD_CALLS_G22: agencies abroad,
  // the council among them, who will "give you a ring / buzz" make no promise of the provider's)
  { name: 'ring: British "The council will give you a buzz about the repair." (outside) : contact na', lines: one('my council flat has damp', 'Report it at samplecouncil.gov.uk/repairs; the council will give you a buzz about the repair. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'ring: "I\'ll give you a ring tomorrow with the list." (the provider) : contact fails, code fails', lines: one('books on wwii for my grandad', "I'll give you a ring tomorrow with the list of large-print titles. Does that work?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'ring: "Our outreach librarian will give you a ring Friday with the book list." (the library\'s) : contact fails, code fails', lines: one('books for my homebound mum', 'Our outreach librarian will give you a ring Friday with the book list. Does that work?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed: "Le paso su pregunta al departamento de referencia y ellos le escriben mañana." (the library\'s) : contact fails, code fails', lines: es('quien fundo mi pueblo', 'Le paso su pregunta al departamento de referencia y ellos le escriben mañana. ¿Le parece?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed: "Le paso su pregunta al departamento de obras públicas de la ciudad y ellos le llaman." (the city\'s) : contact na', lines: es('hay un hoyo en mi calle', 'Repórtelo en samplecity.gov/311; le paso su pregunta al departamento de obras públicas de la ciudad y ellos le llaman. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'passed: "I\'ll pass this to our local history department and they\'ll email you." (the library\'s) : contact fails, code fails', lines: one('when was my house built', "I'll pass this to our local history department and they'll email you this week. Does that work?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed: "Report it at samplecity.gov/parks; the city\'s parks department will email you." (the city\'s) : contact na', lines: one('a tree fell in the park', "Report it at samplecity.gov/parks; the city's parks department will email you when it's fixed. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
];

/** Near misses of the fixes, and the fixes' own words (labelled before running). */
export const guards: SessionCase[] = [
  // dismissalHard: the patron's own last question before the provider's "able to" is no limit
  { name: 'guard limit: "As it\'s your last question, I\'m able to tell you: yes, we open at 9. Cheers!" (the patron\'s own) : dismissal passes', lines: ends('last one, do u open at 9 on saturdays', "As it's your last question, I'm able to tell you: yes, we open at 9. Cheers!"), exp: some({ dismissal: 'pass' }) },
  // farewell: a wish still a send-off
  { name: 'guard farewell: "Espero que disfrute su visita al museo." : courteous passes', lines: lastEs('tienen pases para el museo', 'Espero que disfrute su visita al museo.'), exp: some({ courteous: 'pass' }) },
  // hold: a look-up now before "y" and the weekend
  { name: 'guard hold: "Lo checo ahorita y el fin de semana le aviso si llega otro." (a look-up now) : informed fails', lines: espera('Lo checo ahorita y el fin de semana le aviso si llega otro.'), exp: some({ informed: 'fail' }) },
  // other chats: slow, not stopped
  { name: 'guard chats: "Tengo varios chats abiertos y ya no puedo atenderle tan rápido, pero ya lo busco." : dismissal passes', lines: segunda('Tengo varios chats abiertos y ya no puedo atenderle tan rápido, pero ya lo busco. ¿Algo más mientras?'), exp: some({ dismissal: 'pass' }) },
  // PACER: the school's complaint is no court case
  { name: 'guard PACER: "His PACER score from PE class is on the portal; he can file a complaint with the school." : source fails', lines: one('where is my sons pacer score', 'His PACER score from PE class is on the portal; he can file a complaint with the school if it is wrong. Does that help?'), exp: some({ source: 'fail' }) },
  // departments: the library's own with the library's name after it; another owner's
  { name: 'guard dept: "Pregunte en el departamento de Circulación de la biblioteca Central, o llámenos al 410-…" (the library\'s) : referral passes', lines: es('como pago una multa', 'Pregunte en el departamento de Circulación de la biblioteca Central, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard dept: "Pregunte en el mostrador de información del hospital, o llámenos al 410-…" (the hospital\'s, no contact) : referral fails', lines: es('donde pido mi expediente medico', 'Pregunte en el mostrador de información del hospital, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'guard dept: "Pregunte en la sala juvenil, o llámenos al 410-…" (the library\'s) : referral passes', lines: es('hay club de lectura para adolescentes', 'Pregunte en la sala juvenil, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard dept: "Pregunte en la sección infantil de la escuela de su hijo, o llámenos al 410-…" (the school\'s, no contact) : referral fails', lines: es('mi hijo perdio un libro de la escuela', 'Pregunte en la sección infantil de la escuela de su hijo, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // farewell: advice with the new things enjoyed
  { name: 'guard farewell: "Para que disfrute el libro, lea primero el prólogo." (advice) : courteous fails', lines: lastEs('vale la pena el quijote', 'Para que disfrute el libro, lea primero el prólogo.'), exp: some({ courteous: 'fail' }) },
  { name: 'guard farewell: "¿Quiere que le recomiende otro libro para que disfrute la tarde?" (a question) : courteous fails', lines: lastEs('algo para leer hoy', '¿Quiere que le recomiende otro libro para que disfrute la tarde?'), exp: some({ courteous: 'fail' }) },
  // notPromise: Spain's agencies after "de", still the library's own
  { name: 'guard promise: "Le escribirán de la Junta de la biblioteca con las fechas del club" (the library\'s own board) : contact fails, code fails', lines: es('cuando empieza el club de lectura', 'Le escribirán de la Junta de la biblioteca el lunes con las fechas del club. ¿Le parece bien?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // search pages: a book on Google Books and a site's own search are sources
  { name: 'guard search: "then where?" / "books.google.com/books?id=abc has the full text, page 12. Anything else?" : dismissal passes', lines: asked('Not my department.', 'then where?', 'books.google.com/books?id=abc has the full text, page 12. Anything else?', 'can u find the old passport rules book'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "Search passport renewal at usa.gov/search, the first result has the form. Anything else?" : dismissal passes', lines: asked('Not my department.', 'then where?', 'Search "passport renewal" at usa.gov/search, the first result has the form. Anything else?'), exp: some({ dismissal: 'pass' }) },
];

/** The second batch: paraphrases of the fixes' words (labelled before running). */
export const secondBatch: SessionCase[] = [
  { name: 'second limit: Mexican "Ya que es la última pregunta que podemos atender hoy, le pido que nos escriba mañana." : dismissal fails', lines: endsEs('y otra, prestan hotspots', 'Ya que es la última pregunta que podemos atender hoy, le pido que nos escriba mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "As this is the last question we\'re able to answer tonight, please write us tomorrow." : dismissal fails', lines: ends('and one more, do you have ged books', "As this is the last question we're able to answer tonight, please write us tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'second farewell: "De modo que disfrute su visita sin filas, reserve en línea." (advice) : courteous fails', lines: lastEs('como voy al zoologico', 'De modo que disfrute su visita sin filas, reserve en línea.'), exp: some({ courteous: 'fail' }) },
  { name: 'second hold: "Lo checo el fin de semana con la coordinadora y te aviso." (later) : informed passes', lines: espera('Lo checo el fin de semana con la coordinadora y te aviso.'), exp: some({ informed: 'pass' }) },
  { name: 'second chats: "Ahorita tengo tres chats y ya no puedo atenderte. Escríbeme mañana a las 9 en samplelibrary.org/pregunte." (a way back) : dismissal passes', lines: segunda('Ahorita tengo tres chats y ya no puedo atenderte. Escríbeme mañana a las 9 en samplelibrary.org/pregunte.'), exp: some({ dismissal: 'pass' }) },
  { name: 'second chats: Caribbean "Estoy con cuatro chats, ya no puedo ayudarle. Chao." : dismissal fails', lines: segunda('Estoy con cuatro chats, ya no puedo ayudarle. Chao.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second PACER: "PACER has the federal case about the PE teacher; the docket is public." : source passes', lines: one('is there a lawsuit about my sons pe teacher', 'PACER has the federal case about the PE teacher; the docket is public. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'second dept: "Pase a la sala infantil o llámenos al 410-555-0100." (the library\'s) : referral passes', lines: es('hay libros en braille para niños', 'Pase a la sala infantil o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'second dept: "Pregunte en el departamento de referencia de la universidad, o llámenos al 410-…" (the university\'s, no contact) : referral fails', lines: es('necesito una tesis de la universidad', 'Pregunte en el departamento de referencia de la universidad, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'second search: "¿y dónde entonces?" / "bing.com/search?q=cita+consulado, ahí sale. Adiós." : dismissal fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'bing.com/search?q=cita+consulado, ahí sale. Adiós.'), exp: some({ dismissal: 'fail' }) },
];

/** Cases that still disagree, each with the reason. */
// (v41 E30) 'limit: non-native "Because this is last question I can answer today, please come tomorrow." : dismissal fails' is
// read as labelled since block E30 (`LAST_Q_BARE_ART_E30`: the capacity after "last question" with no article): out of LEFT,
// run with the others (label unchanged).
const LEFT_WHY: Record<string, string> = {
  'limit time: Spain "No te puedo responder más preguntas por ahora, vale?" : dismissal fails':
    'E14\'s "no … más preguntas" alternative does not read "por ahora" (E19 changed only its "de <topic>")',
  'hold: "Espere unos minutos a que le llegue el correo de Libby." (the mail, not the provider) : informed passes':
    'an older hold alternative reads "espere unos minutos"; E19 narrowed only E14\'s "aguarde"',
  'party: Mexican "Dígale a la conserje del edificio que revise la llave" (no contact) : referral fails':
    '"dígale a" is no referring verb of referral.ts (older than E14); the party word is read',
  'party: Spain "Pregunte a la portera de la finca" (no contact) : referral fails':
    'E19\'s building staff need "del edificio / complejo"; Spain\'s "de la finca" (and "la portera" alone) would widen E14\'s building words beyond this block\'s cases',
  'still here: "are u still here in the US next month? the class runs till june" (plans) : idle fails':
    'another stillThere alternative (older than E14) reads "are u still here"; E19 narrowed E14\'s "you still here" only',
  'next: two sentences on: "Comuníquese con la Oficina de Vivienda. Abren a las 9. Su número es el 240-777-0311, o llámenos al 410-…" : referral passes, source passes':
    'E19\'s `partyNumberNextE19` looks one sentence back; two would need a new setting over E14\'s own-contact rule (not done in time)',
  'dept: English "Ask the interlibrary loan desk, or call us at 410-555-0100." (the library\'s) : referral passes':
    'X2\'s own desks (v23) list reference, circulation, front …, not interlibrary loan; E19\'s departments are Spanish',
  'cite: "G.L. c. 186" without a section : source passes':
    'E20\'s MGL_E20 needs a section after the chapter; a whole chapter of the General Laws would need its own form',
  'cite: chat-speak "wis stat ch 704" : source passes':
    'E20\'s STAT_CHAPTER_E20 reads "wis." through STATE_ABBR_E12; "wis" without its dot is not read',
  'cite near miss: "chapter 83, page 12 of your textbook" (the patron\'s book) : source fails':
    'read as a source, not by E20\'s forms (no State named, no statutes word): an older named-resource reading of "chapter N … of your textbook", outside this block',
  'close: Caribbean "we locking the doors now anyway, so that\'s it" : dismissal fails':
    'E15\'s closing-anyway alternative needs "we\'re / we are" before "locking"; the Caribbean copula dropped is outside E20\'s words',
  'guard dept: "Pregunte en la sala juvenil, o llámenos al 410-…" (the library\'s) : referral passes':
    '"Pregunte en la sala juvenil" is read as no referral at all ("sala" no party word): E23\'s sections are read only where a referral is',
  'second dept: "Pase a la sala infantil o llámenos al 410-555-0100." (the library\'s) : referral passes':
    'as the "sala juvenil" guard: no referral read ("pase a la sala")',
};

const all = [...limits, ...holds, ...farewells, ...parties, ...building, ...still, ...nextSentence, ...departments, ...wayForward, ...citations, ...pacer, ...closing, ...rings, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('thirty-ninth round (E23): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describe('thirty-ninth round (E23): v40 E19 and E20 checked', () => {
  describeSessions('whole', running(whole));
  describeSessions('all', running(all));
  describeLeft('E23', all.filter((c) => c.name in LEFT_WHY));
});
