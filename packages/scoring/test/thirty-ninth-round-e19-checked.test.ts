/**
 * Thirty-ninth round (E19), a narrowing wave: v39's block E14 (its narrowings of v38's G14, Spanish and bilingual chats, and of
 * E11), checked for the first time (the block meant to do it in the thirty-eighth round was lost): each of E14's changes both
 * ways, what it reads that is not its behaviour and what it skips that is, in words no earlier case used, and in other areas
 * than library cards (taxes, immigration, housing, trips, classes, passports).
 *
 * PARAPHRASE SWEEP. The shapes tried, in Spanish (Mexican and Mexican Spanglish, Caribbean, Central American (Salvadoran),
 * Rioplatense, Spain; usted and tú) and English (American, chat-speak, terse and scripted), inside and outside E14's words:
 *  brush-offs after a refusal: "sin embargo Google Académico (scholar.google.com) tiene artículos", "not my job tho, google maps
 *   will show u the bus route", "you can just google the address. Bye.", "mejor búscalo en Google. Bye.", "pero no me importa
 *   ayudarte a buscarlo: mira en …", "sin embargo no me importa decirle que busque en otro lado. Adiós.", "aunque no me importa
 *   decirle que pregunte a otra persona", "no me importa decirle dónde buscar: …", Caribbean "aunque no me importa. Chao.";
 *  limits: "Como es su última pregunta, …" (the patron's), "Ya que esta es la última pregunta que le puedo contestar hoy", tú
 *   "Como esta es la última pregunta que te puedo responder hoy", "Since this is the last question I can take today", "As this
 *   is the last question we can take tonight", "As that's your last question, I'll let you go", "Since that's your last
 *   question for today", "No le puedo contestar más preguntas, ya se le acabó el tiempo", "Ya no puedo responderte más
 *   preguntas por hoy", "… más preguntas de impuestos / de inmigración, pero …" (a topic), "… más preguntas de momento";
 *  holds: "¿Me da unos minutitos al final para una encuestita …?", "¿Me regalas unos minutos al terminar para una encuesta
 *   rápida?", "Would you have a few minutes for a short survey?", "¿Me permite unos minutos mientras lo busco / que lo busco para
 *   la encuesta?", "Deme chance, lo estoy buscando", "Sí, deme un chance que lo busco", "Si me da / das chance de explicarle / te
 *   explico …", "Aguárdeme un segundito", "Aguarde unos minutos a que / hasta que le llegue el correo / el código", "Aguarde unos
 *   minutos en línea hasta que lo encuentre", "Lo checo con mi supervisora y le aviso", "Déjame checarlo", "Lo checo el lunes",
 *   "Lo chequeo el viernes", "Voy a checarlo en la tarde / esta noche", "Lo checo ahorita y le recuerdo que el martes cerramos";
 *  disconnects: "se te cayó el wifi", "se le cortó la señal", "se le desconectó el internet", the provider's own "Se me cayó la
 *   conexión", "Mi internet se cayó", "se nos cayó la conexión de este lado", "Cuando se le cae la conexión, …" (advice);
 *  send-offs: "¡Que disfrute su estancia en Madrid!", "¡Que disfrutes tu estancia en Valencia!", "Espero que disfrute su viaje",
 *   "Ojalá que disfrutes / disfruten su viaje", "Si quiere que disfrute su viaje sin problemas, renueve …", "Para que disfrutes
 *   tus vacaciones, descarga …", "A fin de que disfrute su visita, llegue temprano";
 *  who will call or write: the IMSS, Spain's Hacienda and Agencia Tributaria, the Junta de Andalucía, "le llamarán del Registro
 *   Civil", "le van a llamar de Migración / del programa VITA", "le van a escribir de la escuela de su hijo", an HOA's
 *   management; the library's "Le escribirán del departamento de préstamos", "le van a llamar de la sucursal … cuando llegue el
 *   libro", "le van a escribir del programa de alfabetización / de ciudadanía de la biblioteca", "Le llamarán del programa de ESL
 *   de la sucursal"; the Agencia Tributaria beside the provider's own "y yo le escribo mañana";
 *  building staff: "al portero de su edificio", "el conserje del complejo", "a la portera del edificio", "al encargado del
 *   edificio", "El conserje del edificio abre a las 9" (no referral);
 *  still here: "you still here or did u head out?", "… with me?", "… by any chance?", "… over spring break?", "… in the country
 *   on a student visa?", "… in the states next month?", "u still here in the chat window?", "still there? :)", "u there? jaja",
 *   the provider's own "still here lol, just slow today", "im still here haha";
 *  311: "at 311 N Charles St" (no dot), "Call 311 with the address of the pothole";
 *  the library's own contact beside a party: "Llame a la oficina del alguacil y, si tiene dudas, comuníquese con nosotros al …",
 *   "Contacte a Caridades Católicas al 301-… o escríbanos a …", the library's first ("Llámenos al 410-… o llame a la clínica legal
 *   al 410-…"), the party's number in the next sentence ("Comuníquese con la Oficina de Vivienda. Su número es el 240-…, o
 *   llámenos al …", "Comuníquese con Legal Aid. Su número: …, o escríbanos a …"), the library's number alone in the next sentence
 *   ("Hable con su casero. Si no le contesta, llámenos al …"), English "Call the Tenant Union, or call us at …", "Write to the
 *   editor of the Gazette, or email us at …", the library's own departments reached by its number ("Pregunte en el departamento
 *   de Circulación: nos puede llamar al … y pida Circulación", "Pase al mostrador de préstamos, o llámenos al …", "Ask the
 *   circulation desk, or call us at … and ask for circulation"), "Pregúntele a su casero, o nos puede llamar al … y pida
 *   Circulación";
 *  the patron asking after a refusal: "¿y entonces a quién le pregunto?" / a party with its number, "what?" / "Bye.", "then
 *   where?" / "travel.state.gov has the renewal form …" (a source), "then where?" / "google.com. Bye.", "who then??" / "No idea,
 *   not my problem. Bye.", "¿y dónde entonces?" / "No sé, no es mi problema. Adiós.", "¿entonces dónde?" / "En
 *   samplelibrary.org/pasaportes están los pasos", "ok can u at least tell me how long it takes?" / an answer with a party's number.
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms: Hold message "asking the patron to wait", "Telling the patron to
 * take their time is not a hold"; Goodbye; Follow-up session "promises … to send or find more later … someone from your library
 * will contact you"; Referral, "The provider's own library's departments count when the patron is told to contact or visit
 * them"; closing.no_dismissal "tells the patron … that they have reached a limit of questions …, or otherwise ends the help …
 * without offering a way back"; session.disconnect_notice; session.idle_checkin "asked whether the patron is still there";
 * info.source "an e-mail or phone contact for a referral"), decided before the scorer ran. Readings taken where the text
 * leaves room (E14's own readings kept):
 * - "ya que / como / since / as" before "the last question I / we can answer (take)" still tells a limit of questions: the lead
 *   marks the patron's own last question only when no capacity of the provider follows;
 * - "No le puedo contestar más preguntas de <a topic>" with a way forward is a topic the provider cannot advise on, no limit (as
 *   E14's "sobre su caso legal"); "de momento / de hoy" are time, a limit;
 * - a check on a named day, in the afternoon or at night ("Lo checo el lunes", "Voy a checarlo en la tarde") is a later check,
 *   no wait now (as E14's "Mañana voy a checar"); "si me da chance de explicarle" asks no wait; "aguarde unos minutos a que le
 *   llegue el correo" is a wait for the mail outside the chat, not a wait on the provider; a survey asked a few words later is
 *   still the patron's time asked, no look-up;
 * - "Si quiere que / A fin de que disfrute su viaje, …" is advice, no send-off; "Espero / Ojalá que disfrute su viaje" wish it;
 * - a call from the library when the book arrives is a pick-up notice that sends or finds no more information: no follow-up
 *   (as the English "the branch will call you when the book arrives"); the library's own program or branch writing with the
 *   information asked ("los horarios") is "someone from your library will contact you";
 * - the library's own department referred to ("Pregunte en el departamento de Circulación") is reached by the library's own
 *   number: a referral with its contact;
 * - the patron's question after a refusal answered with a source that does the thing (a web page with the steps) goes on helping:
 *   no dismissal; a search engine's home page ("google.com. Bye.") is the brush-off "google it";
 * - "you still here in the country / in the states" asks about the patron's residence, no check-in; "still here lol" said by
 *   the provider of themself asks nothing.
 *
 * Written: 110 cases, all labelled before running: a first batch of 2 whole sessions and 73 short cases; 18 near misses and
 * behaviour cases of the fixes (`guards`: 16 written with the first fixes, 2 after a fix made too wide failed none of them); a
 * second batch of 1 whole session and 16 short cases probing the fixes' own words in other registers. Run: 107 (2 whole);
 * LEFT: 3.
 *
 * First run (75 cases): 21 disagreed. By check (each case counted once, under its first check):
 *  - closing.no_dismissal 5: "sin embargo no me importa decirle que busque en otro lado. Adiós." not read (E14's infinitive
 *    rule); "Ya que esta es la última pregunta que le puedo contestar hoy" and "Since this is the last question I can take
 *    today" not read (E14's lead); "No le puedo contestar más preguntas de impuestos, pero el programa VITA …" read as a limit;
 *    "then where?" / "travel.state.gov has the renewal form …" read as a dismissal;
 *  - interest.keep_informed 5: "¿Me da unos minutitos al final para una encuestita …?", "Lo checo el lunes …", "Voy a checarlo en
 *    la tarde …", "Si me da chance de explicarle: …", "Aguarde unos minutos a que le llegue el correo …" read as holds;
 *  - referral.contact 4: "a la portera del edificio" no party; the library's number lent to no one for "el departamento de
 *    Circulación" (E14's `ownNumberOnlyE14`); the Spain whole session's "pide cita en la sede del Ayuntamiento" and "Write to the
 *    editor of the Gazette" no referral (LEFT);
 *  - followup.contact / resolution.code 3: "La Agencia Tributaria le mandará una carta" read as a promise; "le van a escribir del
 *    programa de alfabetización de la biblioteca" read as an outside party (E14's "programa"); "le van a llamar de la sucursal …
 *    cuando llegue el libro" read as no promise (my label, corrected);
 *  - closing.courteous 1: "Si quiere que disfrute su viaje sin problemas, renueve …" read as a send-off;
 *  - session.idle_checkin 1: "you still here in the country on a student visa?" read as a check-in;
 *  - info.source 1: "Comuníquese con la Oficina de Vivienda. Su número es el 240-…, o llámenos al 410-…": the office's number
 *    hidden by the library's own beside it (the referral is in the sentence before);
 *  - session.disconnect_notice 1: "se le desconectó el internet; doy por terminado el chat" (LEFT).
 * Guards' first run (16): 1 disagreed, "Hable con su casero. Si no le contesta, llámenos al 410-…" (the library's number in the
 * next sentence lent to the landlord: E14 looked at the referral's own sentence only): fixed. Second batch (17): 0 disagreed.
 * My labels corrected: 1 of 110 (the pick-up call, above).
 *
 * Fixed in block E19 (v40 only; near misses in `guards`, each checked to fail with its fix made too wide, unless said):
 *  - dismissalConvenience (swap of E14's Spanish "no es mi …" alternative): "no me importa" + infinitive still a brush-off when
 *    it is "decirle que busque en otro lado / pregunte a otra persona" (`ELSEWHERE_E19`) [near miss "no me importa decirle
 *    dónde buscar: <URL>" fails with any "decirle" excepted];
 *  - dismissalHard (swaps of E14's three): E14's lead before "la última pregunta" / "the last question" not when the provider's
 *    capacity follows ("que le puedo contestar", "(that) I / we can take") (`CAN_ANSWER_ES_E19`, `CAN_ANSWER_E19`) [near miss
 *    "Since that's your last question for today, have a great evening!" fails with the capacity made any word]; "más preguntas
 *    de <topic>" no limit, not "de momento / hoy / ahora / las que …" (`TOPIC_DE_E19`) [near miss "… más preguntas de momento;
 *    vuelva mañana" fails with any "de" word a topic];
 *  - hold (swaps of E14's five): the survey asked up to three words later and in the diminutive, not across "mientras / que / y"
 *    [near miss "¿Me permite unos minutos que lo busco para la encuesta?" (added: "… mientras lo busco …" is read by another
 *    hold alternative, so it failed nothing) fails with any gap]; "checar / lo checo" not before a day, "en / por la tarde",
 *    "esta noche", "otro día", "la próxima semana" within four words, not across "y" (`LATER_E19`) [near miss "Lo checo ahorita
 *    y le recuerdo que el martes cerramos temprano" fails across "y"]; "chance" not after "si me da(s) / me permite(s)" [near
 *    miss "Sí, deme un chance que lo busco" fails with any "si" before]; "aguarde unos minutos" not "a / hasta que le llegue (se
 *    cargue, se active, reciba …)" [near miss "Aguarde unos minutos en línea hasta que lo encuentre" fails with any "hasta
 *    que"];
 *  - farewell (swap of E14's "que disfrute …"): not after "si quiere(s) / desea(s) que", "a fin de / con el fin de que" [near
 *    misses "Ojalá que disfruten su viaje en familia" (added: "Ojalá que disfrutes tu viaje, ¡cuídate!" passes by its
 *    "¡cuídate!") and the short case "Espero que disfrute su viaje a Oaxaca" fail with any word before "que"];
 *  - notPromise (swaps of E14's two): Spain's Agencia Tributaria, AEAT, Tesorería, SEPE, Extranjería, Tráfico / DGT, the Junta,
 *    Generalitat, Xunta as outside parties (`PARTIES_SPAIN_E19`) [near miss "…, y yo le escribo mañana con la guía" still the
 *    provider's promise: G14's own-promise guard, inherited, no wider form to try]; E14's "le van a llamar / escribir de
 *    <party>" not when the party is "… de la biblioteca / sucursal" within 40 characters [near misses "de la escuela de su
 *    hijo", "del programa VITA" (outside) fail with any "de la / de su" after];
 *  - referralParty (plus): "la / a la / su portera (superintendenta, conserja, encargada) del edificio" (E14's masculine in the
 *    feminine) [no near miss beyond E14's: the building words are kept as E14's];
 *  - stillThere (swaps of E14's two): "in the country / the US / the states / the area / the city …" as the patron's residence
 *    (`NOT_PLANS_E19`) [near miss "u still here in the chat window?" fails with any "in"];
 *  - setting `ownContactNextE19` (classify.ts `partyNumberNextE19`, hooked in `sentenceSource`; referral.ts
 *    `ownNumberElsewhereE19`): the party's number beside the library's own in the sentence after the referral is a source; and
 *    the library's own number alone in another sentence lends the party no contact [near misses: "Hable con su casero. Si no le
 *    contesta, llámenos al …" (source and referral fail; its source half does NOT fail with the other-contact test dropped:
 *    E14's `ownOnlyE14` hides the library's only number on its own); the short "Oficina de Vivienda" and second "Legal Aid" cases
 *    fail when any own-contact sentence counts as the library's only];
 *  - setting `ownDeptEsE19` (classify.ts `ownDeptEsE19`, in referral.ts beside E14's `ownNumberOnlyE14`): the library's own
 *    department in Spanish ("departamento / mostrador de circulación, préstamos, referencia …", "en Circulación") is reached by
 *    the library's number [near miss "Pregúntele a su casero, o nos puede llamar al … y pida Circulación" fails with the word
 *    "circulación" anywhere];
 *  - setting `wayForwardSourceE19` (classify.ts `wayForwardSourceE19`, in closing.ts after E14's): the provider's answer to the
 *    patron's question after the refusal gives a source, is no brush-off itself and no search engine's home page [near misses
 *    "then where?" / "google.com. Bye." fails without the search-engine rule; "¿y dónde entonces?" / "No sé, no es mi problema.
 *    Adiós."].
 * Not changed: E14's Google services (read right both ways), E14's "no me importa ayudarte", its disconnect readings (the
 *   provider's own side and "cuando se le cae" read right), E14's 311 rule ("311 N Charles St" without a dot read as an address
 *   already), `bareTailLaughE14` (":)", "jaja" read; the provider's own "still here lol" not a check-in), `wayForwardAskedE14`
 *   for parties (the Spanish "¿a quién le pregunto?" and another question answered with a party read right), the survey in
 *   English.
 * Left (3, each with its reason in LEFT): the Spain whole session's "pide cita en la sede del Ayuntamiento … y lleva el
 * pasaporte" (a visit; "pedir cita en" is no referring verb, older than E14); "se le desconectó el internet; doy por terminado el
 * chat" (E14's notice read; "doy por terminado el chat" is no will-end phrase, outside E14); "Write to the editor of the
 * Gazette, or email us at …" (an editor is no party word of referral.ts).
 * Not done: none of the brief's items was left unprobed; the README's v40 section is the lead's.
 * Final run: this file, rubric.test.ts, phrases.test.ts (project phrases), every thirty-sixth-, thirty-seventh-, thirty-eighth-
 * and thirty-ninth-round file on the branch, and every file `grep -l` finds for the fixes' words ("no me importa", "última
 * pregunta", "ultima pregunta", "last question", "más preguntas", "mas preguntas", "encuesta", "checar", "checo", "chequeo",
 * "chance", "guarde", "disfrut", "Tributaria", "Hacienda", "programa de", "portera", "portero", "conserje", "still here",
 * "lámenos", "con nosotros", "call us at", "email us", "nos puede llamar", "escríbanos", "then where", "then who", "who then",
 * "irculación", "préstamos", "Google", "se le cay", "se te cay", "survey", "Junta", "de momento", "del edificio", " lol",
 * "haha"): 238 files (237 in project scoring, phrases.test.ts in project phrases), all passing.
 * v40's fingerprint after block E19: c36bba43d2032bdd (on main's v40 skeleton).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one, OPEN_ES, es, ends, endsEs, espera, gone, lastEs, idle } from './narrowing-lines';

/** A refusal at 70 s, the patron's `asked` at 90 s and the provider's `next` at 110 s, the last message. */
const asked = (refusal: string, said: string, next: string): Line[] => [...OPEN('can u renew my passport for me'), L(refusal), [90, 'p', said], [110, 'l', next]];

export const whole: SessionCase[] = [
  {
    name: 'Salvadoran usted, TPS papers: "¿Me permite unos minutos mientras reviso?" (a hold, answered in time), "le van a llamar de USCIS" (no promise), CARECEN with its number beside "comuníquese con nosotros al …"',
    lines: [
      [0, 'p', 'buenas tardes, quisiera saber como renuevo el TPS, es la primera vez que lo hago sola'],
      [18, 'l', 'Buenas tardes, bienvenida al chat de la Biblioteca del Condado de Montgomery, le saluda Claudia. ¿Usted es de El Salvador o de Honduras? Las fechas cambian.'],
      [50, 'p', 'de el salvador'],
      [62, 'l', '¿Me permite unos minutos mientras reviso las fechas vigentes?'],
      [150, 'l', 'Gracias por esperar. La renovación se hace con el formulario I-821 en uscis.gov/es/tps; después le van a llamar de USCIS para la cita de huellas. Si quiere ayuda con el formulario, llame a CARECEN al 202-328-9799, o comuníquese con nosotros al 240-777-0001 si tiene más preguntas. ¿Le sirvió la información?'],
      [200, 'p', 'si muchas gracias, eso era todo'],
      [210, 'l', 'Con mucho gusto, que le vaya bien. ¡Hasta luego!'],
    ],
    // hold at 62 s ("me permite unos minutos mientras reviso": a wait asked for a look-up), the answer 88 s later: informed
    // passes; clarify: "¿Usted es de El Salvador o de Honduras?" before the source; source: uscis.gov, CARECEN's number;
    // "le van a llamar de USCIS": an outside agency will call, no provider promise (contact na, code Answered passes);
    // referral: CARECEN with its number; the library's own number after "comuníquese con nosotros" is its way back;
    // "eso era todo": anything else passes
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- E14's brush-offs: Google's services as a way forward, "no me importa" before an infinitive ----
  { name: 'brush-off: Spanish "No es mi trabajo hacer la tarea, pero Google Académico (scholar.google.com) tiene artículos. ¿Algo más?" : dismissal passes', lines: endsEs('me haces la tarea de biologia', 'No es mi trabajo hacer la tarea, sin embargo Google Académico (scholar.google.com) tiene artículos gratis. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'brush-off: chat-speak "not my job tho google maps will show u the bus route. anything else?" : dismissal passes', lines: ends('how do i get to the dmv by bus', 'not my job tho, google maps will show u the bus route. anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'brush-off: "That\'s not my department, you can just google the address. Bye." (a brush-off) : dismissal fails', lines: ends('where is the passport office', "That's not my department, you can just google the address. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'brush-off: Mexican tú "No es mi problema, mejor búscalo en Google. Bye." (a brush-off) : dismissal fails', lines: endsEs('me cobraron de mas en la luz', 'No es mi problema, mejor búscalo en Google. Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'brush-off: "No es mi responsabilidad, pero no me importa ayudarte a buscarlo: mira en samplelibrary.org/catalogo. ¿Algo más?" : dismissal passes', lines: endsEs('me buscas un libro que perdi', 'No es mi responsabilidad, pero no me importa ayudarte a buscarlo: mira en samplelibrary.org/catalogo. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  // "no me importa decirle que busque en otro lado" does not mind saying "look elsewhere": still a brush-off with a goodbye
  { name: 'brush-off: "No es mi problema, sin embargo no me importa decirle que busque en otro lado. Adiós." : dismissal fails', lines: endsEs('me cobraron dos veces la multa', 'No es mi problema, sin embargo no me importa decirle que busque en otro lado. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'brush-off: Caribbean "Eso no es mi trabajo, aunque no me importa. Chao." : dismissal fails', lines: endsEs('me puede llenar la aplicacion de la visa', 'Eso no es mi trabajo, aunque no me importa. Chao.'), exp: some({ dismissal: 'fail' }) },

  // ---- E14's last-question limits ----
  { name: 'limit: "Como es su última pregunta, le digo que cerramos a las 8. ¡Que le vaya bien!" (the patron\'s own) : dismissal passes', lines: endsEs('bueno ultima pregunta, a que hora cierran', 'Como es su última pregunta, le digo que cerramos a las 8. ¡Que le vaya bien!'), exp: some({ dismissal: 'pass' }) },
  // the limit told with "ya que" right before it: still the provider's limit of questions
  { name: 'limit: "Ya que esta es la última pregunta que le puedo contestar hoy, le sugiero volver mañana." : dismissal fails', lines: endsEs('y otra, tienen clases de ingles', 'Ya que esta es la última pregunta que le puedo contestar hoy, le sugiero volver mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: English "Since this is the last question I can take today, please come back tomorrow." : dismissal fails', lines: ends('another one, do u have tax forms', 'Since this is the last question I can take today, please come back tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: "No le puedo contestar más preguntas, ya se le acabó el tiempo." : dismissal fails', lines: endsEs('y otra cosa, donde saco copias', 'No le puedo contestar más preguntas, ya se le acabó el tiempo.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: tú, "Ya no puedo responderte más preguntas por hoy." : dismissal fails', lines: endsEs('oye y otra, tienen mangas', 'Ya no puedo responderte más preguntas por hoy.'), exp: some({ dismissal: 'fail' }) },
  // a topic the provider cannot advise on, with a party and its number: no limit of questions
  { name: 'limit: "No le puedo contestar más preguntas de impuestos, pero el programa VITA le ayuda gratis al 410-555-0160." (a topic) : dismissal passes', lines: endsEs('y como lleno el 1040', 'No le puedo contestar más preguntas de impuestos, pero el programa VITA le ayuda gratis al 410-555-0160. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit: "As that\'s your last question, I\'ll let you go. Have a good night!" (the patron\'s own) : dismissal passes', lines: ends('ok last question i promise, are u open sunday', "Yes, 1 to 5. As that's your last question, I'll let you go. Have a good night!"), exp: some({ dismissal: 'pass' }) },

  // ---- E14's holds: the survey's time, the new holds, a later check ----
  { name: 'hold: "¿Me da unos minutitos al final para una encuestita?" (the patron\'s time, no look-up) : informed passes', lines: espera('¿Me da unos minutitos al final para una encuestita sobre el servicio?'), exp: some({ informed: 'pass' }) },
  { name: 'hold: English "Would you have a few minutes for a short survey?" : informed passes', lines: espera('Would you have a few minutes for a short survey about today\'s chat?'), exp: some({ informed: 'pass' }) },
  { name: 'hold: Mexican "Deme chance, lo estoy buscando" : informed fails', lines: espera('Deme chance, lo estoy buscando'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Rioplatense "Aguárdeme un segundito" : informed fails', lines: espera('Aguárdeme un segundito, por favor'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Lo checo con mi supervisora y le aviso" (a look-up now) : informed fails', lines: espera('Lo checo con mi supervisora y le aviso'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Déjame checarlo" : informed fails', lines: espera('Déjame checarlo'), exp: some({ informed: 'fail' }) },
  // a check on another day is a later check, not a wait now (as E14's "Mañana voy a checar …")
  { name: 'hold: "Lo checo el lunes con la coordinadora y le escribo." (a later check) : informed passes', lines: espera('Lo checo el lunes con la coordinadora y le escribo.'), exp: some({ informed: 'pass' }) },
  { name: 'hold: "Voy a checarlo en la tarde y te escribo." (a later check) : informed passes', lines: espera('Voy a checarlo en la tarde y te escribo por correo.'), exp: some({ informed: 'pass' }) },
  // "if you give me a chance to explain": no wait asked, the explanation follows at once
  { name: 'hold: "Si me da chance de explicarle: la multa es de un dólar al día." (no wait) : informed passes', lines: espera('Si me da chance de explicarle: la multa es de un dólar al día por libro.'), exp: some({ informed: 'pass' }) },
  // a wait for an e-mail outside the chat, not a wait on the provider
  { name: 'hold: "Aguarde unos minutos a que le llegue el correo de confirmación." (the e-mail, not the provider) : informed passes', lines: espera('Aguarde unos minutos a que le llegue el correo de confirmación de la inscripción.'), exp: some({ informed: 'pass' }) },

  // ---- E14's disconnect notices ----
  { name: 'gone: tú, "Parece que se te cayó el wifi; cierro el chat." : disconnect passes', lines: gone('Parece que se te cayó el wifi; cierro el chat.'), exp: some({ disconnect: 'pass' }) },
  { name: 'gone: "Al parecer se le cortó la señal, voy a finalizar la sesión." : disconnect passes', lines: gone('Al parecer se le cortó la señal, voy a finalizar la sesión.'), exp: some({ disconnect: 'pass' }) },
  { name: 'gone: "Se me cayó la conexión un momento, disculpe. Si no me escribe, cerraré el chat." (the provider\'s own) : disconnect fails', lines: gone('Se me cayó la conexión un momento, disculpe. Si no me escribe, cerraré el chat.'), exp: some({ disconnect: 'fail' }) },
  { name: 'gone: "Mi internet se cayó hace un momento, ya volví. Si no me escribe, cerraré el chat." (the provider\'s) : disconnect fails', lines: gone('Mi internet se cayó hace un momento, ya volví. Si no me escribe, cerraré el chat.'), exp: some({ disconnect: 'fail' }) },
  { name: 'gone: "Perdón, se nos cayó la conexión de este lado. Si no me escribe, cerraré el chat." (the provider\'s) : disconnect fails', lines: gone('Perdón, se nos cayó la conexión de este lado. Si no me escribe, cerraré el chat.'), exp: some({ disconnect: 'fail' }) },
  { name: 'gone: "Cuando se le cae la conexión, vuelva a escribirnos. Cerraré el chat." (a general advice) : disconnect fails', lines: gone('Cuando se le cae la conexión, vuelva a escribirnos. Cerraré el chat.'), exp: some({ disconnect: 'fail' }) },

  // ---- E14's send-offs ----
  { name: 'farewell: "¡Que disfrute su estancia en Madrid!" : courteous passes', lines: lastEs('tienen guias de madrid', '¡Que disfrute su estancia en Madrid!'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell: "Espero que disfrute su viaje a Oaxaca 🙂" : courteous passes', lines: lastEs('tienen libros de oaxaca', 'Espero que disfrute su viaje a Oaxaca 🙂'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell: "Si quiere que disfrute su viaje sin problemas, renueve el pasaporte antes." (advice) : courteous fails', lines: lastEs('que necesito para viajar', 'Si quiere que disfrute su viaje sin problemas, renueve el pasaporte antes de salir.'), exp: some({ courteous: 'fail' }) },
  { name: 'farewell: "Para que disfrutes tus vacaciones, descarga los ebooks antes de salir." (advice) : courteous fails', lines: lastEs('puedo leer ebooks en la playa', 'Para que disfrutes tus vacaciones, descarga los ebooks antes de salir.'), exp: some({ courteous: 'fail' }) },

  // ---- E14's outside parties who will call or write (no promise) and the library's own (a promise) ----
  { name: 'promise: "El IMSS le va a llamar para confirmar su cita" (outside) : contact na', lines: es('como saco cita en el imss', 'Se pide en imss.gob.mx/citas; el IMSS le va a llamar para confirmar su cita. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain "Hacienda le enviará la devolución a su cuenta" (outside) : contact na', lines: es('cuando me devuelven lo de la renta', 'Consulte el estado en sede.agenciatributaria.gob.es; Hacienda le enviará la devolución a su cuenta. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain "La Agencia Tributaria le mandará una carta" (outside) : contact na', lines: es('perdi mi numero fiscal', 'Pídalo en sede.agenciatributaria.gob.es; la Agencia Tributaria le mandará una carta con el número. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: "Le llamarán del Registro Civil para la cita" (outside) : contact na', lines: es('como saco el acta de nacimiento', 'Se pide en registrocivil.gob.mx; le llamarán del Registro Civil para la cita. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Caribbean "Le van a llamar de Migración para la entrevista" (outside) : contact na', lines: es('cuando es mi entrevista', 'Revise su caso en uscis.gov/es; le van a llamar de Migración para la entrevista. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the library's lending department and branch: "someone from your library will contact you"
  { name: 'promise: "Le escribirán del departamento de préstamos mañana con la fecha" (the library\'s own) : contact fails, code fails', lines: es('cuando llega el libro que pedi', 'Le escribirán del departamento de préstamos mañana con la fecha de llegada. ¿Le parece bien?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // label corrected after the first run: a call when the book arrives sends or finds no more information ("promises … to send
  // or find more later"): a pick-up notice, as the English "the Wheaton branch will call you when the book arrives"
  { name: 'promise: "Le van a llamar de la sucursal de Wheaton el jueves cuando llegue el libro" (a pick-up notice) : contact na', lines: es('quiero un libro que no esta en mi sucursal', 'Ya lo pedí; le van a llamar de la sucursal de Wheaton el jueves cuando llegue el libro. ¿Le parece bien?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: "Le van a escribir del programa de alfabetización de la biblioteca" (the library\'s own) : contact fails, code fails', lines: es('quiero ser tutora de lectura', 'Le van a escribir del programa de alfabetización de la biblioteca el lunes con los horarios. ¿Le parece bien?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'promise: English "Your HOA\'s management will call you back about the fence" (outside) : contact na', lines: one('can i put up a fence', "Check your HOA's rules first; your HOA's management will call you back about the fence permit after you file. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },

  // ---- E14's building staff as parties ----
  { name: 'party: "Avísele al portero de su edificio lo del calentador" (no contact) : referral fails', lines: es('no tengo agua caliente', 'Avísele al portero de su edificio lo del calentador, y guarde copia. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: "Hable con el conserje del complejo" (no contact) : referral fails', lines: es('hay cucarachas en mi apartamento', 'Hable con el conserje del complejo para la fumigación. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: Caribbean "Pregúntele a la portera del edificio" (no contact) : referral fails', lines: es('donde dejo la basura grande', 'Pregúntele a la portera del edificio dónde se deja. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: "Pregúntele al encargado del edificio" (no contact) : referral fails', lines: es('puedo tener un perro en mi apartamento', 'Pregúntele al encargado del edificio si lo permiten. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: "El conserje del edificio de la biblioteca abre a las 9; las clases están en samplelibrary.org/clases." (no referral) : referral na', lines: es('a que hora abren para las clases', 'El conserje del edificio abre a las 9; las clases están en samplelibrary.org/clases. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- E14's "you still here" and the laugh after a bare check-in ----
  { name: 'still here: "you still here or did u head out?" : idle passes', lines: idle('you still here or did u head out?'), exp: some({ idle: 'pass' }) },
  { name: 'still here: "are you still here with me?" : idle passes', lines: idle('are you still here with me?'), exp: some({ idle: 'pass' }) },
  { name: 'still here: "you still here by any chance?" : idle passes', lines: idle('you still here by any chance?'), exp: some({ idle: 'pass' }) },
  { name: 'still here: "you still here over spring break? the lab closes" (plans) : idle fails', lines: idle('you still here over spring break? the lab closes that week'), exp: some({ idle: 'fail' }) },
  { name: 'still here: "you still here in the country on a student visa? then the ESL class is free" (residence) : idle fails', lines: idle('you still here in the country on a student visa? then the ESL class is free'), exp: some({ idle: 'fail' }) },
  { name: 'laugh: "still there? :)" : idle passes', lines: idle('still there? :)'), exp: some({ idle: 'pass' }) },
  { name: 'laugh: "u there? jaja" : idle passes', lines: idle('u there? jaja'), exp: some({ idle: 'pass' }) },
  // the provider saying they are there, not asking after the patron
  { name: 'laugh: "still here lol, just slow today" (the provider\'s own) : idle fails', lines: idle('still here lol, just slow today'), exp: some({ idle: 'fail' }) },
  { name: 'laugh: "im still here haha" (the provider\'s own) : idle fails', lines: idle('im still here haha'), exp: some({ idle: 'fail' }) },

  // ---- E14's 311 before a directional initial ----
  { name: '311: "Go to the permits office at 311 N Charles St, weekdays 9 to 4." (an address, no dot) : source fails, referral passes', lines: one('where do i get a sign permit', 'Go to the permits office at 311 N Charles St, weekdays 9 to 4. Does that help?'), exp: some({ source: 'fail', referral: 'pass' }) },
  { name: '311: "Call 311 with the address of the pothole." (the city line) : source passes, referral passes', lines: one('theres a huge pothole on my street', 'Call 311 with the address of the pothole, or report it in the city app. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },

  // ---- ownContactWideE14: the library's own number beside a party, in the same and the next sentence ----
  { name: 'own contact: "Llame a la oficina del alguacil y, si tiene dudas, comuníquese con nosotros al 410-…" : referral fails, source fails', lines: es('me llego una orden de desalojo', 'Llame a la oficina del alguacil y, si tiene dudas, comuníquese con nosotros al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'own contact: "Contacte a Caridades Católicas al 301-555-0144 o escríbanos a ayuda@…" : referral passes, source passes', lines: es('necesito ayuda con la renta', 'Contacte a Caridades Católicas al 301-555-0144 o escríbanos a ayuda@samplelibrary.org si no le responden. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'own contact: the library first, "Llámenos al 410-555-0100 o llame a la clínica legal al 410-555-0133." : referral passes, source passes', lines: es('necesito un abogado de inmigracion', 'Llámenos al 410-555-0100 o llame a la clínica legal al 410-555-0133 para una cita. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'own contact: the party\'s number in the next sentence, "Comuníquese con la Oficina de Vivienda. Su número es el 240-777-0311, o llámenos …" : referral passes', lines: es('me quieren subir la renta mucho', 'Comuníquese con la Oficina de Vivienda. Su número es el 240-777-0311, o llámenos al 410-555-0100 si no le contestan. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'own contact: English "Call the Tenant Union, or call us at 410-555-0100 if you get stuck." : referral fails, source fails', lines: one('my landlord wont fix the heat', 'Call the Tenant Union, or call us at 410-555-0100 if you get stuck. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  // the library's own department reached by the library's number: the department has its way to reach it
  { name: 'own contact: "Pregunte en Circulación: nos puede llamar al 410-555-0100 y pida Circulación." (the library\'s department, its number) : referral passes', lines: es('como quito una multa', 'Pregunte en el departamento de Circulación: nos puede llamar al 410-555-0100 y pida Circulación. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'own contact: English "Ask the circulation desk, or call us at 410-555-0100 and ask for circulation." : referral passes', lines: one('how do i get a fine waived', 'Ask the circulation desk, or call us at 410-555-0100 and ask for circulation. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- wayForwardAskedE14: what the patron asks and what the provider answers ----
  { name: 'asked: "No es mi departamento." / "¿y entonces a quién le pregunto?" / "A la oficina de pasaportes, al 240-777-0311." : dismissal passes', lines: [...OPEN_ES('me renueva el pasaporte'), L('Eso no es mi departamento.'), [90, 'p', 'y entonces a quien le pregunto?'], [110, 'l', 'A la oficina de pasaportes del condado, al 240-777-0311; llame para la cita.']], exp: some({ dismissal: 'pass', referral: 'pass' }) },
  { name: 'asked: "That\'s not my department." / "what?" / "Bye." : dismissal fails', lines: asked("That's not my department.", 'what?', 'Bye.'), exp: some({ dismissal: 'fail' }) },
  // the answer is a source, the place to do it: the help went on
  { name: 'asked: "That\'s not my department." / "then where?" / "travel.state.gov, under Renew. Anything else?" (a source) : dismissal passes', lines: asked("That's not my department.", 'then where?', 'travel.state.gov has the renewal form, under Passports > Renew. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'asked: "Not my job." / "who then??" / "No idea, not my problem. Bye." : dismissal fails', lines: asked('Not my job.', 'who then??', 'No idea, not my problem. Bye.'), exp: some({ dismissal: 'fail' }) },
  // the patron asks something else, and the provider answers it with a party and its number: the help goes on
  { name: 'asked: "That\'s not my department." / "ok can u at least tell me how long it takes?" / "Usually 6 weeks; the passport agency at 1-877-487-2778 can tell you more." : dismissal passes', lines: asked("That's not my department.", 'ok can u at least tell me how long it takes?', 'Usually 6 to 8 weeks; the National Passport Information Center at 1-877-487-2778 can tell you more.'), exp: some({ dismissal: 'pass' }) },
];

/** Near misses of the fixes: text each fix must not read, and text it still must (labelled before running). */
export const guards: SessionCase[] = [
  // dismissalConvenience: "no me importa decirle" + where to look is no brush-off
  { name: 'guard brush-off: "No es mi trabajo, sin embargo no me importa decirle dónde buscar: samplelibrary.org/catalogo. ¿Algo más?" : dismissal passes', lines: endsEs('me buscas la tarea', 'No es mi trabajo, sin embargo no me importa decirle dónde buscar: samplelibrary.org/catalogo. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  // dismissalHard: the patron's own last question after "since" still no limit; a limit "de momento" still one
  { name: 'guard limit: "Since that\'s your last question for today, have a great evening!" (the patron\'s own) : dismissal passes', lines: ends('ok last question, do u close at 8', "Yes, at 8. Since that's your last question for today, have a great evening!"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "No le puedo contestar más preguntas de momento; vuelva mañana." : dismissal fails', lines: endsEs('y otra, tienen periodicos', 'No le puedo contestar más preguntas de momento; vuelva mañana.'), exp: some({ dismissal: 'fail' }) },
  // hold: a look-up for the survey is still a look-up; a check now before a later date is still a hold
  { name: 'guard hold: "¿Me permite unos minutos mientras lo busco para la encuesta de usuarios?" (a look-up) : informed fails', lines: espera('¿Me permite unos minutos mientras lo busco para la encuesta de usuarios?'), exp: some({ informed: 'fail' }) },
  { name: 'guard hold: "Lo checo ahorita y le recuerdo que el martes cerramos temprano." (a look-up now) : informed fails', lines: espera('Lo checo ahorita y le recuerdo que el martes cerramos temprano.'), exp: some({ informed: 'fail' }) },
  { name: 'guard hold: "Sí, deme un chance que lo busco." : informed fails', lines: espera('Sí, deme un chance que lo busco.'), exp: some({ informed: 'fail' }) },
  { name: 'guard hold: "Aguarde unos minutos en línea hasta que lo encuentre." (a look-up) : informed fails', lines: espera('Aguarde unos minutos en línea hasta que lo encuentre.'), exp: some({ informed: 'fail' }) },
  // added after a fix made too wide (any word before "para") failed none of the guards: the look-up words in the gap
  { name: 'guard hold: "¿Me permite unos minutos que lo busco para la encuesta?" (a look-up) : informed fails', lines: espera('¿Me permite unos minutos que lo busco para la encuesta?'), exp: some({ informed: 'fail' }) },
  // farewell: a wish after "ojalá que" is still a send-off
  { name: 'guard farewell: "Ojalá que disfrutes tu viaje, ¡cuídate!" : courteous passes', lines: lastEs('tienen guias de colombia', 'Ojalá que disfrutes tu viaje, ¡cuídate!'), exp: some({ courteous: 'pass' }) },
  // added after the fix made too wide (any word before "que") failed the guard above only by its "¡cuídate!" (a send-off of its own)
  { name: 'guard farewell: "Ojalá que disfruten su viaje en familia." : courteous passes', lines: lastEs('tienen guias de costa rica', 'Ojalá que disfruten su viaje en familia.'), exp: some({ courteous: 'pass' }) },
  // notPromise: Spain's agency with the provider's own promise; an outside school with "de su hijo"; VITA outside
  { name: 'guard promise: "La Agencia Tributaria le mandará una carta, y yo le escribo mañana con la guía." (the provider\'s own) : contact fails, code fails', lines: es('perdi mi numero fiscal', 'La Agencia Tributaria le mandará una carta, y yo le escribo mañana con la guía. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard promise: "Le van a escribir de la escuela de su hijo con el horario." (outside) : contact na', lines: es('como inscribo a mi hijo', 'Inscríbalo en samplecountyschools.org; le van a escribir de la escuela de su hijo con el horario. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'guard promise: "Le van a llamar del programa VITA para la cita." (outside) : contact na', lines: es('quien me ayuda con los impuestos', 'Inscríbase en samplecounty.gov/vita; le van a llamar del programa VITA para la cita. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // stillThere: "in the chat" still the chat
  { name: 'guard still here: "u still here in the chat window?" : idle passes', lines: idle('u still here in the chat window?'), exp: some({ idle: 'pass' }) },
  // ownContactNextE19: the next sentence with the library's number only lends it to nobody
  { name: 'guard own contact: "Hable con su casero. Si no le contesta, llámenos al 410-555-0100." : referral fails, source fails', lines: es('mi casero no me arregla el techo', 'Hable con su casero. Si no le contesta, llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'fail' }) },
  // ownDeptEsE19: a party outside with "pida Circulación" later
  { name: 'guard own dept: "Pregúntele a su casero, o nos puede llamar al 410-555-0100 y pida Circulación." : referral fails', lines: es('mi casero no me da recibo', 'Pregúntele a su casero, o nos puede llamar al 410-555-0100 y pida Circulación. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // wayForwardSourceE19: a search engine's home is no way forward; nothing is none
  { name: 'guard asked: "That\'s not my department." / "then where?" / "google.com. Bye." : dismissal fails', lines: asked("That's not my department.", 'then where?', 'google.com. Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard asked: "No es mi departamento." / "¿y dónde entonces?" / "No sé, no es mi problema. Adiós." : dismissal fails', lines: asked('No es mi departamento.', 'y donde entonces?', 'No sé, no es mi problema. Adiós.'), exp: some({ dismissal: 'fail' }) },
];

/** The second batch, written after the fixes to probe their own words in other registers (labelled before running). */
export const second: SessionCase[] = [
  {
    name: 'Mexican Spanglish tú, a citizenship class: "Voy a checarlo en la tarde" (no hold), "le van a escribir del programa de ciudadanía de la biblioteca" (a promise, e-mail and day confirmed)',
    lines: [
      [0, 'p', 'hola!! hay clases pa la ciudadania en la biblio? mi esposo quiere tomar una'],
      [20, 'l', '¡Hola! Soy Lupita, bibliotecaria de Houston Public Library 😊 ¿Tu esposo prefiere clases en línea o en persona?'],
      [50, 'p', 'en persona, en la sucursal de gulfton'],
      [65, 'l', 'Ok, el horario de esta temporada todavía no sale. Voy a checarlo en la tarde con la coordinadora: le van a escribir del programa de ciudadanía de la biblioteca mañana con los horarios. ¿A qué correo le escribimos?'],
      [100, 'p', 'a rosa.m@example.com'],
      [110, 'l', 'Perfecto, rosa.m@example.com. Mientras tanto, el calendario de clases está en houstonlibrary.org/ciudadania. ¿Te sirve?'],
      [140, 'p', 'si gracias, es todo'],
      [150, 'l', '¡Gracias por escribirnos, que estén muy bien!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    // "Voy a checarlo en la tarde": a later check, no hold (the patron answers at 100 s anyway); promise: the library's own
    // program will write tomorrow (a follow-up session); e-mail confirmed in the chat and "mañana" said: contact passes;
    // coded Follow-up by me with the patron's e-mail in the chat: code passes; on_time: not yet recorded, deadline not passed
    // (the scoring clock is a day after): pending; source: the calendar's URL; completeness "¿Te sirve?" after it
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  { name: 'second brush-off: "No es mi trabajo, aunque no me importa decirle que pregunte a otra persona. Adiós." : dismissal fails', lines: endsEs('me llena el formulario del seguro', 'No es mi trabajo, aunque no me importa decirle que pregunte a otra persona. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: tú, "Como esta es la última pregunta que te puedo responder hoy, vuelve mañana si necesitas más." : dismissal fails', lines: endsEs('oye y otra mas, tienen comics', 'Como esta es la última pregunta que te puedo responder hoy, vuelve mañana si necesitas más.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "As this is the last question we can take tonight, please come back tomorrow." : dismissal fails', lines: ends('one more, do u have notary service', 'As this is the last question we can take tonight, please come back tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "No le puedo contestar más preguntas de inmigración, pero CASA le ayuda al 301-431-4185." (a topic) : dismissal passes', lines: endsEs('y como arreglo mis papeles', 'No le puedo contestar más preguntas de inmigración, pero CASA le ayuda al 301-431-4185. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'second hold: "¿Me regalas unos minutos al terminar para una encuesta rápida?" : informed passes', lines: espera('¿Me regalas unos minutos al terminar para una encuesta rápida?'), exp: some({ informed: 'pass' }) },
  { name: 'second hold: "Voy a checarlo esta noche y te mando un correo." (later) : informed passes', lines: espera('Voy a checarlo esta noche y te mando un correo.'), exp: some({ informed: 'pass' }) },
  { name: 'second hold: "Lo chequeo el viernes con el proveedor y le aviso." (later) : informed passes', lines: espera('Lo chequeo el viernes con el proveedor y le aviso.'), exp: some({ informed: 'pass' }) },
  { name: 'second hold: "Aguarde unos minutos hasta que le llegue el código por mensaje de texto." : informed passes', lines: espera('Aguarde unos minutos hasta que le llegue el código por mensaje de texto.'), exp: some({ informed: 'pass' }) },
  { name: 'second hold: "Si me das chance, te explico cómo funciona Libby: …" (no wait) : informed passes', lines: espera('Si me das chance, te explico cómo funciona Libby: entras con tu tarjeta y eliges el libro.'), exp: some({ informed: 'pass' }) },
  { name: 'second farewell: "A fin de que disfrute su visita, llegue temprano." (advice) : courteous fails', lines: lastEs('a que hora abre el museo', 'A fin de que disfrute su visita, llegue temprano.'), exp: some({ courteous: 'fail' }) },
  { name: 'second promise: Spain "La Junta de Andalucía le enviará la resolución por correo." (outside) : contact na', lines: es('cuando sale lo de la beca', 'Consulte el estado en juntadeandalucia.es; la Junta de Andalucía le enviará la resolución por correo. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'second promise: "Le llamarán del programa de ESL de la sucursal el martes con su horario." (the library\'s own) : contact fails, code fails', lines: es('quiero clases de ingles', 'Le llamarán del programa de ESL de la sucursal el martes con su horario. ¿Le parece bien?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'second still here: "you still here in the states next month? the class starts the 5th" (residence) : idle fails', lines: idle('you still here in the states next month? the class starts the 5th'), exp: some({ idle: 'fail' }) },
  { name: 'second own contact: "Comuníquese con Legal Aid. Su número: 410-951-7777, o escríbanos a ayuda@…" : source passes, referral passes', lines: es('me quieren quitar mi carro', 'Comuníquese con Legal Aid. Su número: 410-951-7777, o escríbanos a ayuda@samplelibrary.org. ¿Le sirve?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'second own dept: "Pase al mostrador de préstamos, o llámenos al 410-555-0100." (the library\'s own desk) : referral passes', lines: es('como renuevo mi tarjeta', 'Pase al mostrador de préstamos, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'second asked: "No es mi departamento." / "¿entonces dónde?" / "En samplelibrary.org/pasaportes están los pasos. ¿Algo más?" : dismissal passes', lines: asked('No es mi departamento.', 'entonces donde?', 'En samplelibrary.org/pasaportes están los pasos para renovarlo. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT (a whole session): "pide cita en la sede del Ayuntamiento, valencia.es/padron, y lleva el pasaporte y el contrato" asks
  // the patron to book and go to the city hall (a visit: a referral, with its URL), read as no referral: Spanish "pedir cita en"
  // is no referring verb of referral.ts (older than E14; E14's area is the city hall as a party who writes, read right here:
  // "Hacienda te enviará la carta" no promise). Every other check of the session scores as labelled (hold, send-off, Hacienda)
  {
    name: 'Spain tú, padrón and NIE: "Espera, que lo miro" (a hold, 150 s without word), "Hacienda te enviará la carta" (no promise), "¡Que disfrutes tu estancia en Valencia!"',
    lines: [
      [0, 'p', 'hola! acabo de llegar a valencia de erasmus, q necesito para empadronarme?'],
      [15, 'l', '¡Hola! Soy Nuria, de la Biblioteca Pública de Valencia. ¿Vas a vivir en un piso de alquiler o en una residencia?'],
      [40, 'p', 'en un piso compartido'],
      [50, 'l', 'Espera, que lo miro.'],
      [200, 'l', 'Vale: pide cita en la sede del Ayuntamiento, valencia.es/padron, y lleva el pasaporte y el contrato de alquiler. Si luego trabajas, Hacienda te enviará la carta con tu número fiscal. ¿Te sirve?'],
      [230, 'p', 'si, genial'],
      [240, 'l', '¿Necesitas algo más?'],
      [260, 'p', 'no, nada mas, gracias!!'],
      [270, 'l', '¡De nada! ¡Que disfrutes tu estancia en Valencia!'],
    ],
    // "Espera, que lo miro" announces a look-up: the patron waits on the provider from 50 s to 200 s (150 s > 120): informed
    // fails; "Hacienda te enviará la carta": the tax office will write, no promise of the provider (contact na); "pide cita en
    // la sede del Ayuntamiento, valencia.es/padron": a visit to an agency with its URL, referral passes; the last message
    // thanks ("¡De nada!" alone would not) and sends off: "¡Que disfrutes tu estancia …!" is a goodbye (E14's reading)
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  // LEFT: "se le desconectó el internet" is read as E14's notice that the patron seems gone, but "doy por terminado el chat" is
  // no will-end phrase (the willEnd family, outside E14's words: "voy a cerrar / cierro el chat" are read)
  { name: 'gone: "Creo que se le desconectó el internet; doy por terminado el chat." : disconnect passes', lines: gone('Creo que se le desconectó el internet; doy por terminado el chat.'), exp: some({ disconnect: 'pass' }) },
  // LEFT: "Write to the editor of the Gazette" is no referral at all (an editor is no party word of referral.ts, older than
  // E14): the library's "email us at …" beside it has nothing to lend its address to, or to hide
  { name: 'own contact: "Write to the editor of the Gazette, or email us at ask@… for help with the letter." : referral fails, source fails', lines: one('how do i complain about a newspaper story', 'Write to the editor of the Gazette, or email us at ask@samplelibrary.org for help with the letter. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
];

describe('thirty-ninth round (E19): every whole case lists all 17 checks', () => {
  it.each([...whole, second[0]!])('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-ninth round (E19): whole sessions', whole);
describeSessions('thirty-ninth round (E19): E14 checked', short);
describeSessions('thirty-ninth round (E19): near misses of the fixes', guards);
describeSessions("thirty-ninth round (E19): the second batch, the fixes' own words", second);

describeLeft('thirty-ninth-round-e19-checked', LEFT);
