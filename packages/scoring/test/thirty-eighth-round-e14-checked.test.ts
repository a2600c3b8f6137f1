/**
 * Thirty-eighth round (E14), a narrowing wave: v38's block G14 (Spanish and bilingual chats: `ownContactEsG14`, its notPromise
 * parties, referralParty staff roles, the plural wait and "checar" holds, the connection as seemGone's subject, the last
 * question as a limit, "¡Buen viaje!") and block E11 (the brush-offs after E10's conjunctions, `wayForwardWideE11`, 311 before
 * rooms, the co-op's promise, `cardPartyWideE11`, "you still here" and `bareTailHereE11`), merged with no wave after them: both
 * ways, what they read that is not their behaviour, and what they skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in Spanish (Mexican, Dominican and Caribbean, Central American, Argentine, Spain; usted and
 * tú; Spanglish and chat-speak) and English (American, chat-speak), inside and outside the blocks' words:
 *  outside parties who will call or write: "La embajada se comunicará con usted", Caribbean order "Le van a llamar del
 *   consulado", "le van a escribir de la escuela", Spain's "El ayuntamiento le enviará una carta", "La Seguridad Social le
 *   mandará la tarjeta", Mexico's "El SAT le va a mandar un correo", "La cooperativa eléctrica le llamará", "Your housing
 *   co-op's board will email you", "ellos le avisarán la fecha" after the consulate; the library's own "El departamento de
 *   referencia le escribirá el viernes", "Le van a llamar de la biblioteca", the provider's "…, y yo le escribo el viernes";
 *   an outside department still outside ("El departamento de vivienda le escribirá");
 *  parties: "La coordinadora de ESL me confirmó que hay cupo" (consulted), "el administrador del edificio", Spanglish "el super
 *   del edificio", "la trabajadora social de la escuela", "el manager de la tienda", "la recepcionista de la clínica al 301-…",
 *   "el super del barrio" (a supermarket), "El banco que le dio la tarjeta", "La sucursal donde sacó su tarjeta";
 *  holds: "¿Me permite unos minutos de su tiempo para una breve encuesta?", "¿Me regala unos minutitos para una encuesta de
 *   satisfacción?", "¿Me permite unos minutos mientras busco …?", "… para confirmarlo?", "Lo voy a checar en el sistema",
 *   "ahorita lo checo, dame chance", "Lo chequeo y le digo", "Mañana voy a checar con la coordinadora", Argentine "Aguarde un
 *   instante que lo verifico", "Aguarde un momento en línea mientras lo transfiero", Spain's "Espera, que lo miro", Caribbean
 *   "Deme un chance que lo busco", "Le damos chance hasta el viernes" (no wait), "Tómese unos minutos para llenar …";
 *  disconnects: "la conexión se cayó de mi lado", "la comunicación se cortó aquí un momento" (the provider's side), "Parece que
 *   su conexión se cayó", "se le cayó la conexión", "Creo que se le / te fue el internet", Central American "Fíjese que se le
 *   cayó el internet", "Parece que perdió la conexión", "Si se le cayó la conexión ayer, vuelva a entrar";
 *  limits: "Si esa es su última pregunta por hoy, ¡que le vaya muy bien!", "Entiendo que esta es su última pregunta por hoy",
 *   "If that's / this was your last question for today / the day", "Como ya es tarde, esta es la última pregunta que le puedo
 *   contestar hoy", "Since we're closing, this is the last question I can answer today", "Le recuerdo que esta es la última
 *   pregunta que le puedo atender hoy", "Esa fue su última pregunta por hoy", "Ya no le puedo contestar más preguntas hoy, ya
 *   hizo tres", "No le puedo contestar más preguntas sobre su caso legal, pero la clínica …", Spain's "ha agotado el límite de
 *   preguntas de hoy";
 *  send-offs: "¡Que tengas un buen viaje!", "Que le vaya bien en su viaje", "¡Que disfrute su viaje!", "Que disfrutes tus
 *   vacaciones 🙂", "¡Que tenga un buen viaje de regreso!", "Para que disfrute su viaje, lleve …" (advice), the Glencoe
 *   textbook "«¡Buen viaje!» nivel 2";
 *  the library's own contact beside a referral: "Llame a CASA al 301-…, o llámenos al 410-…", "Llame a la clínica legal al
 *   410-… y, si no le contestan, llámenos al 410-…", "Pregúntele a su casero …, comuníquese con nosotros al 718-… / nos puede
 *   llamar al 410-…", "Pregunte a la gerente …, o escríbanos a ayuda@…", "Comuníquese con nosotros al …" alone, "Si tiene más
 *   preguntas, llámenos al …" alone, English "Ask your landlord …, and call us at …", "… or email us at …", "Call CASA at …, or
 *   call us at …";
 *  brush-offs: "Writing it isn't my job, though Google Scholar (scholar.google.com) …", "though Google Books …", "not my dept
 *   tho, try google books", "though you could just google it. Bye.", "Not my job tho, just google it. Bye.", "sin embargo no me
 *   importa ayudarle a buscar fuentes", "sin embargo no me importa si se queja. Adiós.", "aunque no me importa. Adiós.", "en
 *   cambio las reglas de préstamo en samplelibrary.org/reglas lo explican. ¿Algo más?"; the way forward after the patron asks
 *   ("That's not my department." / "then who" / "The passport office at 240-… handles it", / "Bye.", / "Idk, figure it out");
 *  311: "at 311 E. Fayette St.", "at 311 S. Main St.", "311 with questions about bulk trash" (the city line);
 *  still here: "u still here next week?", "you still here for the summer?", "u still here til 5?", "you still here in the
 *   chat?", "are you still here? just checking", "hey you still here lol", "u still here?? lol", "u still there haha", "glad
 *   you still here lol", "¿Todavía anda por ahí?".
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms: Hold message, Goodbye, Follow-up session "someone from your
 * library will contact you", Referral; closing.no_dismissal "tells the patron … that they have reached a limit of questions …,
 * or otherwise ends the help … without offering a way back"; session.disconnect_notice "told the patron that they seem to have
 * disconnected"; info.source "an e-mail or phone contact for a referral"), decided before the scorer ran. Readings taken where
 * the text leaves room:
 * - asking the patron for their time (a survey) asks no wait: no hold; "lo checo", "voy a checar", "aguarde un instante", "deme
 *   un chance" announce a look-up or ask a wait now: holds; "Mañana voy a checar …" is a later check, no hold;
 * - the provider's own connection dropping ("de mi lado", "aquí") tells nothing of the patron's: no disconnect notice; "se le
 *   cayó la conexión", "se le fue el internet" say the patron's is gone;
 * - "Si esa es su última pregunta por hoy" / "If that's your last question for today" acknowledge the patron's own last
 *   question: no limit; "Ya no le puedo contestar más preguntas hoy" is a limit of questions (v6's reading, as G14's); a topic
 *   the provider cannot advise on, with a way forward, is no limit of questions;
 * - "¡Que disfrute su viaje!" and "que disfrutes tus vacaciones" are send-offs (goodbyes), as G14's "¡Buen viaje!";
 * - the library's own departments (referencia, préstamos, circulación …) that will write are "someone from your library" (a
 *   promise); a city hall, Social Security, the SAT, a co-op, a housing co-op's board are outside parties (no promise), also
 *   in the order "Le van a llamar del consulado";
 * - the number or e-mail right after "llámenos / comuníquese con nosotros / nos puede llamar / escríbanos / call us / email
 *   us" is the library's way back: no source and no party's contact; another number in the sentence stays the party's (a
 *   source, the party's contact);
 * - a refusal followed by a named source (Google Scholar, Google Books) is E10's refusal with a way forward; "google it" and "no
 *   me importa" alone (or before "si") stay brush-offs; "no me importa ayudarle" does not mind helping;
 * - the patron asking "then who?" and the provider's next message giving a party with its contact: the help went on;
 * - "u still here next week?" asks the patron's plans, no check-in; a check-in with a trailing "lol" / "haha" is one;
 * - a building's super is a party (a person outside the chat); "311 E. Fayette St." is an address.
 *
 * Written: 100 cases, all labelled before running: a first batch of 3 whole sessions and 48 short cases; 26 near misses and
 * behaviour cases of the fixes (`guards`: 23 written with the first fixes, 1 after a fix made too wide failed none of them,
 * 2 with the third batch's fixes); a second batch of 12 short cases probing the fixes' own words; a third batch of 11 short
 * cases in other regions' words. Run: 95 (3 whole); LEFT: 5.
 *
 * First run (51 cases): 32 disagreed. By check (each case counted once, under its first check):
 *  - referral.contact 7: the library's "comuníquese con nosotros al 718-…" (twice, one a whole session) / "nos puede llamar al
 *    …" / English "call us at …" lent to the landlord (4; the Spanish ones also read as sources), "el super del edificio" no
 *    party, the bank and the branch "where you got your card" (LEFT);
 *  - closing.no_dismissal 8: "though Google Scholar / Google Books" and "sin embargo no me importa ayudarle" read as brush-offs,
 *    "en cambio las reglas … en <URL>" (LEFT), "Si esa es su última pregunta por hoy" and "If that's your last question for
 *    today" read as limits, "Ya no le puedo contestar más preguntas hoy" not read, the way forward after "then who" not read;
 *  - followup.contact / resolution.code 6: "Le van a llamar del consulado", the ayuntamiento, the Seguridad Social, a housing
 *    co-op's board, the cooperativa eléctrica read as the provider's promises; "El departamento de referencia le escribirá"
 *    read as no promise;
 *  - interest.keep_informed 3: the survey's "¿Me permite unos minutos de su tiempo …?" read as a hold; "Lo voy a checar",
 *    "Aguarde un instante" not;
 *  - session.disconnect_notice 3: "la conexión se cayó de mi lado" read as a notice; "se le cayó la conexión", "se le fue el
 *    internet" not;
 *  - info.source 2: "Llame a CASA al 301-…, o llámenos al 410-…" read as no source (G14's "llámenos" hid CASA's number); "311
 *    E. Fayette St." read as a phone;
 *  - session.idle_checkin 2: "u still here next week?" read as a check-in; "hey you still here lol" not;
 *  - closing.courteous 1: "¡Que disfrute su viaje!" not read as a goodbye.
 * Guards' first run (23): 1 disagreed, "u still there haha" (the laugh reading now takes L4's bare check-in too). Second batch
 * (12): 2 disagreed: "Lo chequeo y le digo" (fixed), "Comuníquese con nosotros al …" alone (LEFT). Third batch (11): 4
 * disagreed: the SAT (fixed), "Deme un chance" (fixed), "til 5" (fixed), "ellos le avisarán" (LEFT).
 * My labels corrected: 0 of 100.
 *
 * Fixed in block E14 (v39 only; near misses in `guards`, each checked to fail with its fix made too wide, unless said):
 *  - dismissalConvenience (swaps of E11's three "not my job" alternatives): E11's brush-off "google" not before a Google service
 *    (scholar, books, maps …), "no me importa" not before an infinitive [near misses: "though you could just google it. Bye."
 *    fails with "google" dropped; "sin embargo no me importa si se queja. Adiós." fails with any word after "importa"];
 *  - dismissalHard (swaps of G14's two, plus one): "esta es / that's … last question" not right after "si / como / cuando / ya
 *    que / entiendo que …" or "if / since / as / when …"; "no le puedo contestar más preguntas" as a limit, not "sobre / de
 *    su …" a topic [near misses: "Como ya es tarde, esta es …", "Since we're closing, this is …" fail with the lead anywhere
 *    before; "… más preguntas sobre su caso legal, pero la clínica …" fails without the topic words];
 *  - hold (swap of G14's plural wait, plus four): the wait not "de su tiempo / para una encuesta / para contestar …"; "voy a
 *    checar(lo)", "lo voy a checar", "lo checo / chequeo", not with "mañana / luego / después"; "aguarde un instante /
 *    momento"; "deme / dame / me da (un) chance" [near misses: "¿Me permite unos minutos para confirmarlo?" fails with any
 *    "para" excluded; "Mañana voy a checar …" fails without the later words; "Le damos chance hasta el viernes" fails with
 *    "chance" alone];
 *  - seemGone (swap of G14's connection, plus one): not "de mi lado / aquí / acá / de mi parte"; "se le / te cayó (perdió,
 *    cortó, fue) la conexión / el internet / la señal", not after "si / cuando / ayer" [near misses: "Si se le cayó la conexión
 *    ayer, …" fails without the lead; "Parece que su conexión se cayó" still a notice];
 *  - farewell (plus): "que disfrute(s) su / tu viaje (vacaciones, estancia, visita)", not after "para" nor asked [near miss:
 *    "Para que disfrute su viaje, lleve …" fails without the "para" rule];
 *  - notPromise (swap of G14's Spanish parties, plus two): more outside parties (ayuntamiento, alcaldía, municipio, Seguridad
 *    Social, Hacienda, SAT, IMSS, ISSSTE, Infonavit, INE, Migración, cooperativa eléctrica), the library's departments
 *    (referencia, préstamos, circulación, catalogación, adquisiciones, colecciones) after "de" not outside; "le van a llamar /
 *    le llamarán del consulado …" (the Caribbean order) with G14's guard of the provider's own; English a co-op's, condo's or
 *    HOA's board or management [near misses: "El departamento de vivienda le escribirá" fails with every "de" word excluded;
 *    "Le van a llamar de la biblioteca", "Le van a llamar del consulado, y yo le escribo el viernes", "El SAT …, y yo le
 *    escribo mañana" fail with any party and no guard];
 *  - referralParty (plus): "el / al / su super (superintendente, portero, conserje) del edificio" [near miss "el super del
 *    barrio" does NOT fail with "del edificio" dropped: "compre … en" is no referral verb either way; the building words are
 *    kept by meaning, "el super" alone being the supermarket];
 *  - stillThere (swap of E11's "you still here" and of the older "still … here" alternative, both only for "here"): not before
 *    next / this / tomorrow / until / til / for / in town … [near misses: "you still here in the chat?" and "hey you still here
 *    lol" fail with any word after "here" excluded; "you still here for the summer?" is the behaviour];
 *  - phone (swap of E11's 311 rule): "311" then a directional initial with a dot ("e.", "s.", "with." for the normaliser's "W.")
 *    and a street word is an address [the city line "311 with questions about bulk trash" still a phone];
 *  - setting `ownContactWideE14` (classify.ts `ownOnlyE14`, `otherContactE14`, hooked in `sentenceSource`; referral.ts
 *    `ownNumberOnlyE14`, beside X2's): the number or e-mail right after the library's own contact verb (G14's "llámenos", also
 *    "comuníquese con nosotros", "nos puede llamar", "puede escribirnos", English "call / email us") is no source and no
 *    party's contact, and no longer hides another contact of the sentence [near misses: "Llame a la clínica legal al 410-… y,
 *    si no le contestan, llámenos al …" and "Call CASA at …, or call us at …" fail with every number taken as the library's];
 *  - setting `bareTailLaughE14` (classify.ts `bareTailLaughE14`, in `stillThere`): the bare check-in tests after a trailing
 *    "lol / haha / jaja / xd …" [near miss: "glad you still here lol" fails when the lead is not tested];
 *  - setting `wayForwardAskedE14` (classify.ts `wayForwardAskedE14`, in closing.ts after E11's): the provider's message right
 *    after the patron asks whom to turn to ("?" or who / where / quién / dónde) saves the refusal when it refers with a contact
 *    [near misses: "then who" / "Bye." and "who then?" / "Idk, figure it out. Bye." fail when any answer saves].
 * Tried and taken back: "las reglas" followed by a web address as no brush-off: it moved E11's guard "No es mi trabajo, sin
 * embargo las reglas de pasaportes están en travel.state.gov/es. Adiós." (LEFT below).
 * Not changed: G14's referralParty roles (coordinadora consulted, administrador, trabajadora social, manager, recepcionista read
 * right), G14's ownContactEsG14 (kept; the setting reads beside it), E11's English co-op alternative (untouched), E11's
 * `cardPartyWideE11` (its Spanish counterparts are LEFT), E11's 311 rooms.
 * Older files touched (no label changed): G14's LEFT "Pregúntele a su casero …, y llámenos al 410-…"
 * (thirty-seventh-round-espanol) and E11's LEFT "311 W. Saratoga Street" (thirty-seventh-round-e11-checked) now score as
 * labelled (the two open cases of v38 the brief named): moved to those files' READ_SINCE_LEFT lists.
 *
 * Left (5, each with its reason in LEFT): the bank and the branch told by the card (as E11's English LEFT: no party word, no
 * Spanish can-help pick-up); "en cambio las reglas … en <URL> … ¿Algo más?" (E11's guard with "Adiós" reads the same
 * sentence); "Comuníquese con nosotros al …" alone (an older Spanish referring verb takes "nosotros" as a party); "ellos le
 * avisarán la fecha" (a pronoun's antecedent). At the merge, G15's "el / su banco" as a party read the bank's case as
 * labelled: it moved to READ_SINCE_LEFT (4 left).
 * Final run: this file, rubric.test.ts, every thirty-sixth-, thirty-seventh- and thirty-eighth-round file, and every file
 * `grep -l` finds for the fixes' words ("call us at", "llámenos", "comuníquese con nosotros", "still here", "google it", "Google
 * Scholar", "Google Books", "no me importa", "última pregunta", "last question", "viaje", "checar", "checo", "aguarde",
 * "chance", "conexión", "se le", "de mi lado", "encuesta", " 311 ", "W. / E. / S. / N. ", "co-op", "super del", "not my
 * department", "not my job", "then who", "who then", "consulado", "departamento", "le van a llamar", "disfrute", "Seguridad
 * Social", "ayuntamiento", " SAT ", " til ", "ellos le", "email us at", "nos puede llamar", " lol", "haha"): 212 files, all
 * passing.
 * v39's fingerprint after block E14: e781729b058417a5 (on main's E12; E13's merge changes it).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one, OPEN_ES, es, ends, endsEs, espera, gone, lastEs, idle, idleEs } from './narrowing-lines';

export const whole: SessionCase[] = [
  {
    name: 'Dominican Spanish, a deposit in Queens: the landlord asked, the library\'s own "comuníquese con nosotros al 718-…" beside it (no contact for the landlord)',
    lines: [
      [0, 'p', 'hola buenas, el dueño del apartamento no me quiere devolver el deposito, q puedo hacer?'],
      [20, 'l', '¡Hola! Bienvenida al chat de la Biblioteca Pública de Queens, le atiende Yesenia. ¿Usted ya se mudó del apartamento?'],
      [55, 'p', 'si desde marzo'],
      [70, 'l', 'Ok, déjeme buscar la información, un momento.'],
      [150, 'l', 'Según la guía del Fiscal General de Nueva York (ag.ny.gov/inquilinos), el dueño tiene 14 días para devolver el depósito o darle una lista de descuentos. Pregúntele primero a su casero por esa lista por escrito, y si no le responde, comuníquese con nosotros al 718-990-0728 si necesita algo más. ¿Le sirvió la información?'],
      [190, 'p', 'si mil gracias, eso era todo'],
      [200, 'l', 'Con gusto, ¡que le vaya bien!'],
    ],
    // referral: "Pregúntele … a su casero" tells the patron to ask the landlord (a party), with no way to reach him: the
    // number after "comuníquese con nosotros" is the library's own (its way back), so referral fails; source: the guide's URL;
    // hold at 70 s, the answer 80 s later: keep_informed passes; "eso era todo": anything else passes
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Mexican Spanglish, ebooks for a trip: "ok ahorita lo checo, dame chance" (a hold, 140 s without word), ends "¡Que tengas un buen viaje!"',
    lines: [
      [0, 'p', 'hola, me voy a guadalajara la otra semana, puedo leer ebooks de la biblio alla?'],
      [25, 'l', 'Hola! Soy Marisol, bibliotecaria de la Biblioteca de San Antonio 😊 ¿Tienes tarjeta de la biblioteca vigente?'],
      [60, 'p', 'si'],
      [75, 'l', 'ok ahorita lo checo, dame chance'],
      [215, 'l', 'Sí se puede: en la app Libby o en sanantonio.overdrive.com entras con tu tarjeta y los descargas antes de viajar, así los lees sin internet. ¿Eso es lo que necesitabas?'],
      [240, 'p', 'siii perfecto grax'],
      [250, 'l', '¿Algo más en que te pueda ayudar?'],
      [270, 'p', 'no es todo'],
      [280, 'l', '¡Que tengas un buen viaje!'],
    ],
    // keep_informed: "ahorita lo checo" (I'm checking it right now) announces a look-up: a hold, so the patron waits on the
    // provider from 75 s to 215 s (140 s > 120): fails; courteous: "¡Que tengas un buen viaje!" is a send-off (G14's reading of
    // "¡Buen viaje!"), a goodbye; "no es todo" = "no, that's all": anything else passes either way (the provider asked)
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'chat-speak student, a lit review: "Writing it isn\'t my job, though Google Scholar (scholar.google.com) and PsycINFO … are good places" (a way forward, no dismissal)',
    lines: [
      [0, 'p', 'can u write my lit review on social media and teens, due friday'],
      [20, 'l', "Hi, I'm Priya, a librarian at Sample University Library. Which course is it for?"],
      [50, 'p', 'psych 101'],
      [80, 'l', "Writing it isn't my job, though Google Scholar (scholar.google.com) and PsycINFO on our databases page are good places to find studies. Does that help?"],
      [120, 'p', 'ya ok thx thats all'],
      [130, 'l', 'Good luck with it, bye!'],
    ],
    // dismissal: the provider declines to write the paper but goes on helping with sources and a question: the help is not
    // ended, so no dismissal ("Google Scholar" is a source named, not a brush-off)
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- G14's notPromise: outside parties in other countries' and regions' words (no promise), the library's own (promise) ----
  { name: 'promise: Central American "La embajada se comunicará con usted para darle la cita" (outside) : contact na', lines: es('como saco cita en la embajada', 'Pida la cita en el sitio de la embajada, ustraveldocs.com/gt; la embajada se comunicará con usted para darle la fecha. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Caribbean order, "Le van a llamar del consulado para confirmar la cita" (outside) : contact na', lines: es('necesito renovar mi pasaporte dominicano', 'Haga la solicitud en consuladord.com; le van a llamar del consulado para confirmar la cita. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spain, "El ayuntamiento le enviará una carta con la fecha" (outside) : contact na', lines: es('como me empadrono', 'Se pide en la sede electrónica, sede.madrid.es; el ayuntamiento le enviará una carta con la fecha. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: "La Seguridad Social le mandará la tarjeta por correo" (outside) : contact na', lines: es('perdi mi tarjeta del seguro social', 'Pida el reemplazo en ssa.gov/espanol; la Seguridad Social le mandará la tarjeta por correo. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the reference department of the library the patron writes to: "someone from your library will contact you"
  { name: 'promise: "El departamento de referencia le escribirá el viernes con la lista" (the library\'s own) : contact fails, code fails', lines: es('buscan libros sobre la historia de mi pueblo en el condado?', 'El departamento de referencia le escribirá el viernes con la lista de lo que tenemos. ¿Le parece bien?'), exp: some({ contact: 'fail', code: 'fail' }) },

  // ---- G14's referralParty ----
  { name: 'party: "La coordinadora de ESL me confirmó que todavía hay cupo" (the provider consulted her) : referral na', lines: es('hay cupo en las clases de ingles', 'La coordinadora de ESL me confirmó que todavía hay cupo; inscríbase en samplelibrary.org/esl. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'party: "Hable con el administrador del edificio sobre la calefacción" (no contact) : referral fails', lines: es('no tengo calefaccion en mi apartamento', 'Hable con el administrador del edificio sobre la calefacción, y guarde copia de todo. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: Spanglish "llame al super del edificio" (no contact) : referral fails', lines: es('se me rompio el calentador en el apt', 'Primero llame al super del edificio para que lo revise. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: "Hable con la trabajadora social de la escuela" (no contact) : referral fails', lines: es('mi hijo necesita ayuda con la comida en la escuela', 'Hable con la trabajadora social de la escuela; ella le explica el programa. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: Spanglish "hable con el manager de la tienda" (no contact) : referral fails', lines: es('no me quieren devolver el dinero de una compra', 'Hable con el manager de la tienda y lleve el recibo. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'party: "Llame a la recepcionista de la clínica al 301-555-0190" : referral passes', lines: es('como saco cita en la clinica del condado', 'Llame a la recepcionista de la clínica al 301-555-0190 para la cita. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },

  // ---- G14's hold: other ways to ask for a wait, and the patron's time asked for something else ----
  { name: 'hold: "¿Me permite unos minutos de su tiempo para una breve encuesta?" (asks the patron, no look-up) : informed passes', lines: espera('¿Me permite unos minutos de su tiempo para una breve encuesta?'), exp: some({ informed: 'pass' }) },
  { name: 'hold: "Lo voy a checar en el sistema." : informed fails', lines: espera('Lo voy a checar en el sistema.'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Mexican "Ahorita lo checo" : informed fails', lines: espera('Ahorita lo checo'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Argentine "Aguarde un instante que lo verifico" : informed fails', lines: espera('Aguarde un instante que lo verifico'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Spain "Espera, que lo miro" : informed fails', lines: espera('Espera, que lo miro'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Tómese unos minutos para llenar el formulario" (the patron\'s time) : informed passes', lines: espera('Tómese unos minutos para llenar el formulario de inscripción.'), exp: some({ informed: 'pass' }) },

  // ---- G14's seemGone: the provider's own connection, and the patron's in other words ----
  { name: 'gone: "Perdón, la conexión se cayó de mi lado. Si no me escribe, cerraré el chat." (the provider\'s connection) : disconnect fails', lines: gone('Perdón, la conexión se cayó de mi lado. Si no me escribe, cerraré el chat.'), exp: some({ disconnect: 'fail' }) },
  { name: 'gone: "Parece que se le cayó la conexión; voy a cerrar el chat." : disconnect passes', lines: gone('Parece que se le cayó la conexión; voy a cerrar el chat.'), exp: some({ disconnect: 'pass' }) },
  { name: 'gone: "Creo que se le fue el internet, así que cierro el chat." : disconnect passes', lines: gone('Creo que se le fue el internet, así que cierro el chat.'), exp: some({ disconnect: 'pass' }) },
  { name: 'gone: "Parece que perdió la conexión. Cerraré esta sesión." : disconnect passes', lines: gone('Parece que perdió la conexión. Cerraré esta sesión.'), exp: some({ disconnect: 'pass' }) },

  // ---- G14's dismissalHard: the patron's own last question acknowledged (no limit), a limit in other words ----
  { name: 'limit: "Si esa es su última pregunta por hoy, ¡que le vaya muy bien!" (the patron\'s choice) : dismissal passes', lines: endsEs('ok ultima pregunta, a que hora cierran hoy', 'Cerramos a las 8. Si esa es su última pregunta por hoy, ¡que le vaya muy bien!'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit: "If that\'s your last question for today, have a great evening!" (the patron\'s choice) : dismissal passes', lines: ends('last question, what time do u close', "We close at 8. If that's your last question for today, have a great evening!"), exp: some({ dismissal: 'pass' }) },
  { name: 'limit: "Ya no le puedo contestar más preguntas hoy, ya hizo tres." : dismissal fails', lines: endsEs('y otra pregunta, tienen libros de cocina', 'Ya no le puedo contestar más preguntas hoy, ya hizo tres.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Spain "Ha agotado el límite de preguntas de hoy." : dismissal fails', lines: endsEs('y otra cosa, tienen libros de cocina', 'Lo siento, ha agotado el límite de preguntas de hoy.'), exp: some({ dismissal: 'fail' }) },

  // ---- G14's farewell: other send-offs, and a textbook called "¡Buen viaje!" ----
  { name: 'farewell: "Que le vaya bien en su viaje a Honduras." : courteous passes', lines: lastEs('tienen guias de viaje de honduras', 'Que le vaya bien en su viaje a Honduras.'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell: "¡Que disfrute su viaje!" : courteous passes', lines: lastEs('tienen guias de viaje de peru', '¡Que disfrute su viaje!'), exp: some({ courteous: 'pass' }) },
  { name: 'farewell: "¡Que tenga un buen viaje de regreso!" : courteous passes', lines: lastEs('tienen mapas de el salvador', '¡Que tenga un buen viaje de regreso!'), exp: some({ courteous: 'pass' }) },
  {
    name: 'farewell: the textbook "«¡Buen viaje!» nivel 2, de Glencoe" named in the last message (no send-off) : courteous fails',
    lines: [...OPEN_ES('tienen el libro de español de mi hija'), L('Sí, lo tenemos en la sección de idiomas. ¿Le sirve?'), [110, 'p', 'cual edicion'], [120, 'l', '«¡Buen viaje!» nivel 2, de Glencoe.']],
    exp: some({ courteous: 'fail' }),
  },

  // ---- ownContactEsG14: the party's number beside the library's own ----
  { name: 'own contact: "Llame a CASA al 301-431-4185, o llámenos al 410-555-0100 si tiene más preguntas." (CASA\'s number) : referral passes, source passes', lines: es('necesito ayuda con mi permiso de trabajo', 'Llame a CASA al 301-431-4185, o llámenos al 410-555-0100 si tiene más preguntas. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'own contact: "Pregúntele a su casero …, y si necesita más, comuníquese con nosotros al 410-…" : source fails, referral fails', lines: es('mi casero me cobro de mas', 'Pregúntele a su casero por el recibo, y si necesita más, comuníquese con nosotros al 410-555-0100. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'own contact: "Hable con su casero y, si no le hace caso, nos puede llamar al 410-…" : source fails, referral fails', lines: es('mi casero no arregla la estufa', 'Hable con su casero y, si no le hace caso, nos puede llamar al 410-555-0100. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'own contact: English "Ask your landlord for the itemized list, and call us at 410-… if you need more." : source fails, referral fails', lines: one('my landlord kept my deposit', 'Ask your landlord for the itemized list, and call us at 410-555-0100 if you need more. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },

  // ---- E11's brush-offs: a source after the conjunction is no brush-off ----
  { name: 'brush-off: "That\'s not my department, though Google Books (books.google.com) has the full text." : dismissal passes', lines: ends('can u tell me what page the quote is on, for my essay', "That's not my department, though Google Books (books.google.com) has the full text to search. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'brush-off: "Not my job tho, just google it. Bye." (a brush-off) : dismissal fails', lines: ends('can u find me the lyrics to this song', 'Not my job tho, just google it. Bye.'), exp: some({ dismissal: 'fail' }) },
  // "no me importa + infinitive" is "I don't mind doing it"
  { name: 'brush-off: Spanish "No es mi trabajo hacer la tarea, sin embargo no me importa ayudarle a buscar fuentes: …" : dismissal passes', lines: endsEs('me puede hacer la tarea de historia', 'No es mi trabajo hacer la tarea, sin embargo no me importa ayudarle a buscar fuentes: pruebe la base de datos EBSCO en samplelibrary.org/ebsco. ¿Le sirve?'), exp: some({ dismissal: 'pass' }) },
  { name: 'brush-off: "No es mi problema, aunque no me importa. Adiós." (a brush-off) : dismissal fails', lines: endsEs('me cobraron dos veces la multa', 'No es mi problema, aunque no me importa. Adiós.'), exp: some({ dismissal: 'fail' }) },
  // the way forward after the patron asks who: the help went on
  {
    name: 'way forward: "That\'s not my department." / "then who" / "The passport office at 240-777-… handles it." : dismissal passes',
    lines: [...OPEN('can u renew my passport for me'), L("That's not my department."), [90, 'p', 'then who'], [110, 'l', 'The passport office at 240-777-0311 handles it; call them for an appointment.']],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },

  // ---- E11's 311 rule: an address with an initial, and 311 the city line ----
  { name: '311: "Call in at the permit office at 311 E. Fayette St., weekdays 9 to 4." (an address) : source fails, referral passes', lines: one('where do i get a block party permit', 'Call in at the permit office at 311 E. Fayette St., weekdays 9 to 4. Does that help?'), exp: some({ source: 'fail', referral: 'pass' }) },
  { name: '311: "Call the city at 311 with questions about bulk trash pickup." (the city line) : source passes, referral passes', lines: one('how do i get rid of an old couch', 'Call the city at 311 with questions about bulk trash pickup. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },

  // ---- E11's notPromise and card parties in other words ----
  { name: 'promise: "Your housing co-op\'s board will email you the decision" (outside) : contact na', lines: one('can i sublet my co-op apartment', "Read your proprietary lease first; your housing co-op's board will email you the decision after you apply. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'promise: Spanish "La cooperativa eléctrica le llamará para el plan de pagos." (outside) : contact na', lines: es('no puedo pagar la luz', 'Pida el plan en smeco.coop; la cooperativa eléctrica le llamará para el plan de pagos. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },

  // ---- E11's "you still here" ----
  { name: 'still here: "u still here next week? the resume workshop is the 12th" (a question about the patron\'s plans) : idle fails', lines: idle('u still here next week? the resume workshop is the 12th'), exp: some({ idle: 'fail' }) },
  { name: 'still here: "hey you still here lol" : idle passes', lines: idle('hey you still here lol'), exp: some({ idle: 'pass' }) },
  { name: 'still here: Spanish "¿Todavía anda por ahí?" : idle passes', lines: idleEs('¿Todavía anda por ahí?'), exp: some({ idle: 'pass' }) },
];

/** A refusal at 70 s, the patron's `asked` at 90 s and the provider's `next` at 110 s, the last message. */
const asked = (asked: string, next: string): Line[] => [...OPEN('can u renew my passport for me'), L("That's not my department."), [90, 'p', asked], [110, 'l', next]];

/** Near misses of the fixes: text each fix must not read, and text it still must (labelled before running). */
export const guards: SessionCase[] = [
  // dismissalConvenience: Google's services, not "google it"; "no me importa" before an infinitive only
  { name: 'guard brush-off: "Not my department, though you could just google it. Bye." : dismissal fails', lines: ends('can u find the lyrics for me', 'Not my department, though you could just google it. Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard brush-off: "No es mi trabajo, sin embargo no me importa si se queja. Adiós." ("I don\'t care if …") : dismissal fails', lines: endsEs('me ayuda a llenar la solicitud', 'No es mi trabajo, sin embargo no me importa si se queja. Adiós.'), exp: some({ dismissal: 'fail' }) },
  // dismissalHard: the lead must come right before "esta es / this is"
  { name: 'guard limit: "Como ya es tarde, esta es la última pregunta que le puedo contestar hoy." : dismissal fails', lines: endsEs('y otra cosa, tienen libros de cocina', 'Como ya es tarde, esta es la última pregunta que le puedo contestar hoy.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard limit: "Since we\'re closing, this is the last question I can answer today." : dismissal fails', lines: ends('one more, do u have cookbooks', "Since we're closing, this is the last question I can answer today."), exp: some({ dismissal: 'fail' }) },
  // a topic the provider cannot advise on, with a way forward: no limit of questions
  { name: 'guard limit: "No le puedo contestar más preguntas sobre su caso legal, pero la clínica al 410-… sí puede." : dismissal passes', lines: endsEs('y si el juez me pregunta otra cosa', 'No le puedo contestar más preguntas sobre su caso legal, pero la clínica legal al 410-555-0133 sí puede. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  // hold: the plural wait, not for a survey
  { name: 'guard hold: "¿Me permite unos minutos mientras busco en el catálogo?" : informed fails', lines: espera('¿Me permite unos minutos mientras busco en el catálogo?'), exp: some({ informed: 'fail' }) },
  { name: 'guard hold: "¿Me permite unos minutos para confirmarlo?" (a wait, "para" the provider\'s check) : informed fails', lines: espera('¿Me permite unos minutos para confirmarlo?'), exp: some({ informed: 'fail' }) },
  { name: 'guard hold: "Mañana voy a checar con la coordinadora y le escribo." (a later check) : informed passes', lines: espera('Mañana voy a checar con la coordinadora y le escribo.'), exp: some({ informed: 'pass' }) },
  // seemGone: the patron's connection, not the provider's side; not after "si"
  { name: 'guard gone: "Parece que su conexión se cayó; voy a cerrar el chat." : disconnect passes', lines: gone('Parece que su conexión se cayó; voy a cerrar el chat.'), exp: some({ disconnect: 'pass' }) },
  { name: 'guard gone: "Si se le cayó la conexión ayer, vuelva a entrar; cerraré el chat." : disconnect fails', lines: gone('Si se le cayó la conexión ayer, vuelva a entrar; cerraré el chat.'), exp: some({ disconnect: 'fail' }) },
  // farewell: not "para que disfrute"
  { name: 'guard farewell: "Para que disfrute su viaje, lleve copia del pasaporte." (advice) : courteous fails', lines: lastEs('que necesito para viajar a mexico', 'Para que disfrute su viaje, lleve copia del pasaporte.'), exp: some({ courteous: 'fail' }) },
  // notPromise: outside departments still outside; the provider's own and the library's still promises
  { name: 'guard promise: "El departamento de vivienda le escribirá con la decisión." (outside) : contact na', lines: es('como pido ayuda con la renta', 'Solicite en samplecounty.gov/renta; el departamento de vivienda le escribirá con la decisión. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'guard promise: "Le van a llamar del consulado, y yo le escribo el viernes con la lista." : contact fails, code fails', lines: es('necesito renovar mi pasaporte dominicano', 'Le van a llamar del consulado, y yo le escribo el viernes con la lista de documentos. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard promise: "Le van a llamar de la biblioteca para confirmar" (the library\'s own) : contact fails, code fails', lines: es('quiero reservar la sala de juntas', 'Le van a llamar de la biblioteca para confirmar la reserva. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // own contact: the party's number beside the library's, and the library's alone
  { name: 'guard own contact: "Llame a la clínica legal al 410-555-0133 y, si no le contestan, llámenos al 410-555-0100." : referral passes, source passes', lines: es('necesito un abogado', 'Llame a la clínica legal al 410-555-0133 y, si no le contestan, llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'guard own contact: English "Call CASA at 301-431-4185, or call us at 410-555-0100 with questions." : referral passes, source passes', lines: one('i need help with my work permit', 'Call CASA at 301-431-4185, or call us at 410-555-0100 with questions. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'guard own contact: "Si tiene más preguntas, llámenos al 410-555-0100." (no referral) : source fails, referral na', lines: es('a que hora abren', 'Abrimos a las 9. Si tiene más preguntas, llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'na' }) },
  // stillThere: plans and laughs
  { name: 'guard still here: "are you still here? just checking" : idle passes', lines: idle('are you still here? just checking'), exp: some({ idle: 'pass' }) },
  { name: 'guard still here: "you still here for the summer? the teen program runs till august" : idle fails', lines: idle('you still here for the summer? the teen program runs till august'), exp: some({ idle: 'fail' }) },
  { name: 'guard laugh: "glad you still here lol" (a statement) : idle fails', lines: idle('glad you still here lol'), exp: some({ idle: 'fail' }) },
  { name: 'guard laugh: "u still there haha" : idle passes', lines: idle('u still there haha'), exp: some({ idle: 'pass' }) },
  // way forward after the patron asks: only a party with its contact saves the refusal
  { name: 'guard asked: "That\'s not my department." / "then who" / "Bye." : dismissal fails', lines: asked('then who', 'Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard asked: "That\'s not my department." / "who then?" / "Idk, figure it out. Bye." : dismissal fails', lines: asked('who then?', 'Idk, figure it out. Bye.'), exp: some({ dismissal: 'fail' }) },
  // referralParty: the building's super only
  { name: 'guard chance: "Le damos chance hasta el viernes para devolver el libro" (no wait asked) : informed passes', lines: espera('Le damos chance hasta el viernes para devolver el libro.'), exp: some({ informed: 'pass' }) },
  { name: 'guard promise: "El SAT le va a mandar un correo, y yo le escribo mañana con la guía." (the provider\'s own) : contact fails, code fails', lines: es('como saco mi constancia fiscal', 'El SAT le va a mandar un correo, y yo le escribo mañana con la guía. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard super: "Compre los materiales en el super del barrio" (the supermarket) : referral na', lines: es('necesito materiales para un proyecto escolar', 'Compre los materiales en el super del barrio; la lista está en samplelibrary.org/proyectos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** The second batch, written after the fixes to probe their own words (labelled before running). */
export const second: SessionCase[] = [
  { name: 'second gone: tú, "Creo que se te fue el internet, así que cierro el chat." : disconnect passes', lines: gone('Creo que se te fue el internet, así que cierro el chat.'), exp: some({ disconnect: 'pass' }) },
  { name: 'second gone: "Disculpe, la comunicación se cortó aquí un momento. Si no me escribe, cerraré el chat." (the provider\'s side) : disconnect fails', lines: gone('Disculpe, la comunicación se cortó aquí un momento. Si no me escribe, cerraré el chat.'), exp: some({ disconnect: 'fail' }) },
  { name: 'second limit: "If this was your last question for the day, take care!" : dismissal passes', lines: ends('last one, is the library open sunday', 'Yes, 1 to 5. If this was your last question for the day, take care!'), exp: some({ dismissal: 'pass' }) },
  { name: 'second limit: "Esa fue su última pregunta por hoy; vuelva mañana." : dismissal fails', lines: endsEs('y otra pregunta, tienen libros de cocina', 'Esa fue su última pregunta por hoy; vuelva mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second hold: "¿Me regala unos minutitos para una encuesta de satisfacción?" : informed passes', lines: espera('¿Me regala unos minutitos para una encuesta de satisfacción?'), exp: some({ informed: 'pass' }) },
  { name: 'second hold: "Lo chequeo y le digo" : informed fails', lines: espera('Lo chequeo y le digo'), exp: some({ informed: 'fail' }) },
  { name: 'second own contact: "Pregunte a la gerente de la tienda, o escríbanos a ayuda@samplelibrary.org." : referral fails', lines: es('la tienda no me acepta la devolucion', 'Pregunte a la gerente de la tienda, o escríbanos a ayuda@samplelibrary.org. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'second brush-off: chat-speak "not my dept tho, try google books" : dismissal passes', lines: ends('what page is that quote on', 'not my dept tho, try google books. anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'second still here: "you still here in the chat?" : idle passes', lines: idle('you still here in the chat?'), exp: some({ idle: 'pass' }) },
  { name: 'second farewell: "Que disfrutes tus vacaciones 🙂" : courteous passes', lines: lastEs('tienen guias de cancun', 'Que disfrutes tus vacaciones 🙂'), exp: some({ courteous: 'pass' }) },
  { name: 'second promise: "Le van a escribir de la escuela con el horario." (outside) : contact na', lines: es('como inscribo a mi hijo', 'Inscríbalo en samplecountyschools.org; le van a escribir de la escuela con el horario. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
];
/** The third batch, other regions' and registers' words for the fixes (labelled before running). */
export const third: SessionCase[] = [
  { name: 'third limit: "Le recuerdo que esta es la última pregunta que le puedo atender hoy." (a limit, reminded) : dismissal fails', lines: endsEs('y otra cosa, tienen revistas', 'Le recuerdo que esta es la última pregunta que le puedo atender hoy.'), exp: some({ dismissal: 'fail' }) },
  { name: 'third limit: "Entiendo que esta es su última pregunta por hoy. ¡Que le vaya bien!" (the patron\'s own) : dismissal passes', lines: endsEs('ok ultima pregunta, abren el domingo?', 'Sí, de 1 a 5. Entiendo que esta es su última pregunta por hoy. ¡Que le vaya bien!'), exp: some({ dismissal: 'pass' }) },
  { name: 'third gone: Central American "Fíjese que se le cayó el internet, entonces voy a cerrar el chat." : disconnect passes', lines: gone('Fíjese que se le cayó el internet, entonces voy a cerrar el chat.'), exp: some({ disconnect: 'pass' }) },
  { name: 'third 311: "Call or visit the Permit Center at 311 S. Main St." (an address) : source fails, referral passes', lines: one('where do i get a fence permit', 'Call or visit the Permit Center at 311 S. Main St., Monday to Friday. Does that help?'), exp: some({ source: 'fail', referral: 'pass' }) },
  { name: 'third promise: Mexican "El SAT le va a mandar un correo con la constancia" (outside) : contact na', lines: es('como saco mi constancia de situacion fiscal', 'Se pide en sat.gob.mx; el SAT le va a mandar un correo con la constancia. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'third hold: Caribbean "Deme un chance que lo busco" : informed fails', lines: espera('Deme un chance que lo busco'), exp: some({ informed: 'fail' }) },
  { name: 'third hold: "Aguarde un momento en línea mientras lo transfiero" : informed fails', lines: espera('Aguarde un momento en línea mientras lo transfiero.'), exp: some({ informed: 'fail' }) },
  { name: 'third own contact: "Ask the landlord for the receipt, or email us at ask@samplelibrary.org if he won\'t." : referral fails, source fails', lines: one('my landlord wont give me a receipt', "Ask the landlord for the receipt, or email us at ask@samplelibrary.org if he won't. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'third still here: "u still here?? lol" : idle passes', lines: idle('u still here?? lol'), exp: some({ idle: 'pass' }) },
  { name: 'third still here: "u still here til 5? we close at 5" (the patron\'s plans) : idle fails', lines: idle('u still here til 5? we close at 5'), exp: some({ idle: 'fail' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: "ellos le avisarán la fecha" after "Espere la llamada del consulado" is the consulate's call, but "ellos" is told from
  // the library's own staff only by the sentence before (G14's sweep has "ellos te contestarán por correo dentro de 3 días" of
  // the library's people): a pronoun's antecedent, beyond a phrase family
  { name: 'third promise: "Espere la llamada del consulado; ellos le avisarán la fecha." (outside) : contact na', lines: es('cuando me dan la cita del consulado', 'Haga la solicitud en consulmex.sre.gob.mx. Espere la llamada del consulado; ellos le avisarán la fecha. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // LEFT: "Comuníquese con nosotros al …" alone is read as a referral to "nosotros" with its number (referral.ts's Spanish
  // referring verbs, older than G14, take "comuníquese con" and its object whoever it is); G14 read "Contacte con nosotros si
  // …" as no referral. The source half is read right since E14 (the library's own number is no source); E14's
  // `ownNumberOnlyE14` leaves the library itself as the object alone (it would fail the referral instead of dropping it)
  { name: 'second own contact: "Comuníquese con nosotros al 555-201-0100 si no encuentra el formulario." (the library\'s only) : source fails', lines: es('donde esta el formulario de la tarjeta', 'Comuníquese con nosotros al 555-201-0100 si no encuentra el formulario. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT: "las reglas" after the conjunction is E11's brush-off, and E11 reads "No es mi trabajo, sin embargo las reglas de
  // pasaportes están en travel.state.gov/es. Adiós." (a source, then the goodbye) as a dismissal (its guard): the family sees
  // one sentence, so a source after "las reglas" cannot be told from that guard by the "¿Algo más?" of the next sentence (a
  // narrowing "las reglas … <URL>" was tried and moved E11's guard: taken back)
  { name: 'brush-off: "No es nuestra responsabilidad, en cambio las reglas de préstamo en samplelibrary.org/reglas lo explican." : dismissal passes', lines: endsEs('por que me cobraron una multa si devolvi el libro', 'No es nuestra responsabilidad, en cambio las reglas de préstamo en samplelibrary.org/reglas lo explican. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  // LEFT: as E11's English "Whoever issued your card can help you cancel it" (E11's LEFT): a party told by what it did with the
  // card is let through by E9's and E11's card-subject readings, but the can-help pick-up finds no party word in the subject
  // ("La sucursal donde sacó su tarjeta": "sucursal" is no referral party word, and Spanish "puede ayudarle / le puede cambiar" is
  // no can-help verb of referral.ts); reading it needs the pick-up's party words and Spanish verbs, older than E11
  { name: 'card: "La sucursal donde sacó su tarjeta le puede cambiar el PIN." (the library\'s branch, no contact) : referral fails', lines: es('olvide el pin de mi tarjeta de la biblioteca', 'La sucursal donde sacó su tarjeta le puede cambiar el PIN. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT (no party word in "El banco que le dio la tarjeta"): read since v39 G15 made "el / su banco" a referral party
  { name: 'card: Spanish "El banco que le dio la tarjeta puede ayudarle a cancelarla." (no contact) : referral fails', lines: es('me robaron la tarjeta de debito', 'El banco que le dio la tarjeta puede ayudarle a cancelarla hoy mismo. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

describe('thirty-eighth round (E14): every whole case lists all 17 checks', () => {
  it.each([...whole])('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-eighth round (E14): whole sessions', whole);
describeSessions('thirty-eighth round (E14): G14 and E11 checked', short);
describeSessions('thirty-eighth round (E14): near misses of the fixes', guards);
describeSessions("thirty-eighth round (E14): the second batch, the fixes' own words", second);
describeSessions("thirty-eighth round (E14): the third batch, other regions' words", third);

describeSessions('thirty-eighth round (E14): once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-eighth-round-e14-checked', LEFT);
