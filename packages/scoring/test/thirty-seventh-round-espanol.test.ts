/**
 * Thirty-seventh round, area (G14): SPANISH AND BILINGUAL CHATS across everyday questions: library cards and accounts, ESL
 * and citizenship classes, job applications, rent help, school enrollment, passports and state IDs, printing, e-books,
 * the GED, birth certificates from abroad. Patrons who write Spanish from the start, switch mid-chat ("sorry mejor en
 * español"), write Spanglish or accentless chat-speak ("q", "xq", "pq", "tmb", "ntp", "grax", "x hoy", "ok gracias bye");
 * providers who answer in formal "usted" and informal "tú", in English to a Spanish patron, from a canned Spanish script, in
 * machine-translated Spanish ("Por favor sostener un momento mientras yo busco", "¿Hace esto contesta su pregunta?", "¿Hay
 * algo más que puedo ayudarle con?"), who hand the chat to a Spanish-speaking librarian (with and without a word to the
 * patron). Every check, the 17 in whole sessions; shapes twenty-seventh-round-espanol did not try.
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  greeting + who: "¡Hola! Bienvenida a Pregúntale al Bibliotecario. Soy Marta, bibliotecaria de …", "Buenas tardes, gracias
 *   por escribir al chat de la Biblioteca Pública de Houston. Le saluda Gabriela.", "¡Bienvenida! Está chateando con la
 *   biblioteca de Austin.", "Qué tal, te escribe Andrés del equipo de referencia de …", "Hola, usted está hablando con
 *   bibliotecario Kim." (machine), "Buen día, le saluda la Biblioteca Pública de Miami, mi nombre es Lázaro.", "Hola!! soy
 *   la bibliotecaria de turno 😊", "Hey! Bienvenid@ al chat de la library, soy Jessica", the canned "Gracias por comunicarse
 *   con Pregunte a un Bibliotecario. Un bibliotecario le atenderá en breve."; not: "Hola" alone, "Soy Ana, bibliotecaria …"
 *   with no greeting word, "¿En qué le puedo servir?" + "Habla Lucía." (an offer, no greeting), a Spanglish "hola!" with no
 *   name.
 *  holds: "Un momento por favor, estoy buscando.", "Permítame unos minutos mientras reviso …", "dejame ver q encuentro", "Dame
 *   un segundo, estoy buscando …", "Un momentito, voy a revisar.", "Lo voy a transferir con un colega que habla español, un
 *   momento.", "Estoy revisando, ya le digo.", "¿Me permite unos minutos?", "¿Me das unos minutitos?", "Me regala unos
 *   segundos", "Aguánteme tantito, ahorita le busco", "Sigo en ello.", "Ok déjame checar en el sistema", "Permítame
 *   checarlo", "sigo checando"; not: "Tómate tu tiempo, aquí estoy.", "Espere la carta del USCIS …", "Tiene que esperar 90
 *   días …", "Espere a que le llegue el correo de confirmación.".
 *  clarifying: "¿Vive usted en el condado de Howard?", "¿Buscas clases en persona o en línea?", "¿Ya tiene la residencia
 *   permanente desde hace 5 años?", "Entonces, ¿usted quiere renovar la tarjeta, no sacar una nueva?", "¿Me confirma si es
 *   para el examen de ciudadanía o para clases de inglés?", "o sea q buscas trabajo de medio tiempo, verdad?"; not: "¿En qué
 *   le puedo ayudar?", a question in the message that gives the page.
 *  sources: "Según la página del USCIS (uscis.gov/es) …", "Busque en el catálogo de la biblioteca la palabra «ciudadanía»",
 *   "la base de datos Mango Languages", "Según la guía «Bienvenidos a Estados Unidos» de USCIS (uscis.gov/es)", "El curso
 *   «Inglés sin barreras» está en el catálogo", "careers.walmart.com (Ayuda > Cómo postularse)"; not: "la app de Libby" with
 *   no way to reach it, an answer from memory.
 *  completeness: "¿Le sirvió?", "¿Contesta esto su pregunta?", "¿Es lo que buscaba?", "¿Eso es lo que necesitaba saber?",
 *   "¿Resolví tu duda?", "¿Le fue útil la información?", "¿Con esto queda resuelto?", "¿Le ayudó esta información?", "¿Era
 *   esto lo que buscabas?", "¿Te funcionó el enlace?", "¿Pudiste entrar con eso?"; not: "¿Quiere que le mande también el
 *   formulario en inglés?".
 *  anything else: "¿Hay algo más en que le pueda ayudar?", "¿Necesita ayuda con otra cosa?", "¿Alguna otra duda?", "¿Puedo
 *   ayudarle en algo más?", "¿Algo más en lo que te pueda echar una mano?", "¿Hay otra cosa que pueda hacer por usted?",
 *   "¿Algo más que necesites saber?"; the patron done: "sii grax, es todo lo q necesitaba", "ntp ya no tengo mas dudas", "ya
 *   con eso tengo, gracias", "eso es todo x hoy grax", "listo, era todo", "si, gracias, eso seria todo"; not done: "vale
 *   gracias", "ok gracias bye", "gracias!!", "no ntp, grax bye" (after the provider's own "¿Algo más?").
 *  dismissal: "Lo siento, solo puedo contestar una pregunta por chat. Voy a cerrar la sesión.", "Se acabó su tiempo de
 *   chat.", "Ya llegó al límite de preguntas por hoy.", "Tengo que irme, mi turno ya terminó.", "No tengo tiempo para eso
 *   ahora.", "Esta es la última pregunta que le puedo contestar hoy; para más, escríbanos mañana.", "This is the last
 *   question I can answer today"; allowed: "Hay varios usuarios esperando …; por favor vuelva a escribirnos más tarde",
 *   "Tengo otros usuarios esperando, pero puede volver a escribirnos mañana …", "Ya vamos a cerrar la biblioteca, pero mañana
 *   a las 10 con gusto seguimos; escríbanos de nuevo".
 *  goodbyes: "Con mucho gusto. ¡Que tenga buena tarde!", "¡De nada! Suerte con las clases, chao.", "Cuídate mucho, nos
 *   vemos.", "Para servirle. ¡Que le vaya bien!", "Que esté bien, hasta la próxima.", "Con gusto, ¡buen viaje!", "¡Feliz
 *   viaje!"; not: "Voy a cerrar el chat." alone, "¿Sigue ahí?" as the last message.
 *  check-ins and notices: "¿Sigues ahí?", "¿Sigues conectada?", "¿Hola? ¿Está ahí todavía?", "¿Me lees todavía?",
 *   "¿Continúa en línea?", "¿Aún está en línea?"; "Parece que te desconectaste, así que voy a cerrar el chat.", "No he
 *   recibido respuesta; parece que se perdió la conexión. Voy a terminar el chat", "Al parecer la conexión se perdió.
 *   Cerraré esta sesión.", "Parece que tu conexión se cayó; cierro el chat", "Cerraré el chat por falta de respuesta."; not:
 *   "Parece que se desconectó." alone (nothing says it will end).
 *  follow-ups: "Le enviaré un correo mañana antes del mediodía", "ellos te contestarán por correo dentro de 3 días", "le
 *   mando la información por correo cuando la encuentre" (no when), "Le escribo mañana por la tarde", "Te mando un mail el
 *   lunes", "Nuestra oficina de pasaportes le llamará el lunes", "La bibliotecaria de su sucursal le llamará mañana por la
 *   tarde", "Le confirmo por correo el jueves"; not the provider's: "El USCIS le enviará una carta …", "el consulado le
 *   llamará para confirmar la cita", "la oficina de pasaportes le enviará el pasaporte", "el distrito escolar le va a llamar
 *   …", "Su empleador le avisará …", "el programa de ayuda de emergencia le contestará …", "un consejero de vivienda le
 *   llamará", "Inmigración le mandará una cita", "The consulate will contact you with an appointment date".
 *  referrals: with a way to reach: "llame al laboratorio de computación de la biblioteca al 520-791-4010", "llame al
 *   301-600-1506", "Llame a CASA al 301-431-4185", "Llame a la oficina de pasaportes al 1-877-…", "Visite la oficina de CASA
 *   en 8151 15th Ave, Hyattsville …", "Escríbale a la coordinadora de ESL, la Sra. Pérez, a esl@…", "Llame a la instructora
 *   de la clase … al 410-…", "llama a la gerente de la tienda al 713-…", "llame al 211", "diríjase a la Oficina de Vivienda
 *   del condado, 2664 Riva Rd …"; without: "tiene que ir a la oficina de Servicios Sociales del condado", "Vaya a la
 *   oficina de la MVA", "Pregunte en el mostrador de circulación de su sucursal", "Hable con la encargada del laboratorio",
 *   "pregúntele a su casero …", "Acuda a la biblioteca de su condado"; a source, not a referral: "los requisitos … están en
 *   la página del distrito, hcpss.org/inscripcion".
 *  transfers: "Un momento, por favor: le voy a transferir a una bibliotecaria que habla español." with the internal note;
 *   a transfer with only the internal note (no word to the patron).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - every behaviour counts in Spanish as in English, in any register, and a session may switch language either way; an
 *   English answer to a Spanish patron is scored as any answer;
 * - machine-translated Spanish counts for what it plainly does ("Por favor sostener un momento mientras yo busco" asks to
 *   wait; "¿Hace esto contesta su pregunta?" asks whether the answer meets the need);
 * - the canned "Un bibliotecario le atenderá en breve" asks the patron to wait (a hold, as G8's English one), and "Gracias por
 *   comunicarse con Pregunte a un Bibliotecario" greets and names the service;
 * - "¿En qué le puedo servir?" offers help, it greets no one; "Soy Ana, bibliotecaria …" alone names but does not greet;
 * - an outside party who will write to or call the patron (the USCIS, a consulate, the passport office, the school
 *   district, an employer, an aid programme, a housing counsellor, a caseworker) is no promise of the provider's: no
 *   follow-up session, as earlier rounds' caseworker, offices and inspectors; the provider's own library's office or staff
 *   ("Nuestra oficina de pasaportes le llamará el lunes", "La bibliotecaria de su sucursal le llamará", "La oficina de la
 *   biblioteca le escribirá") is one;
 * - a coordinator, an instructor, a store manager, a lab's "encargada", a landlord ("casero") are parties (named
 *   specialists or people outside the chat), as English's coordinator, instructor, manager and landlord;
 * - "Contacte con nosotros si …" points to the chat service itself, no referral;
 * - "Esta es la última pregunta que le puedo contestar hoy" tells the patron they have reached a limit of questions: it
 *   fails even with "escríbanos mañana" after it, as v6's reading of "We only take one question per chat";
 * - "¡Buen viaje!", "¡Feliz viaje!" are send-offs, goodbyes, as English "Have a good trip" and G8's "Safe travels";
 * - "Al parecer la conexión se perdió" says the patron seems to have disconnected (the connection is theirs to the chat);
 * - "no ntp, grax bye" after the provider's "¿Algo más?" is no statement of being done (the provider's question passes);
 *   "ya con eso tengo", "listo, era todo", "eso seria todo" are;
 * - "Llame al laboratorio de computación de la biblioteca … para una cita" sends the patron to the provider's own
 *   library's department: a referral (Terms);
 * - a clarifying question the patron never answered (gone) is a substantive exchange: source, completeness and anything
 *   else fail; Lost Call passes with one patron message;
 * - a final idle of 135 s with only "¿Sigue ahí?" as the last message: check-in passes, the notice is na, courteous fails.
 * Written: 27 whole sessions (21 first, 3 in a second batch, 3 in a third), 103 short cases (47 first, 17 second, 16 third,
 * 11 fourth, 13 for the fixes), 24 near misses in `guards`; all run but 1 in LEFT.
 * First run (21 whole + 47 short, labelled before running): 3 of 68 disagreed: followup.contact and resolution.code 2 ("El
 * USCIS le enviará una carta con la fecha de la entrevista", "el consulado le llamará para confirmar la cita" read as the
 * provider's promises), referral.contact 1 ("Escríbale a la coordinadora de ESL, la Sra. Pérez, a esl@…" read as no
 * referral). Second batch (3 whole + 17 short, written after the first run to probe the area's and the fixes' words,
 * labelled before running it): 3 of 20 disagreed: followup.contact and resolution.code 1 ("Un consejero de vivienda le
 * llamará esta semana"), interest.keep_informed 1 ("¿Me permite unos minutos?" read as no hold), session.disconnect_notice
 * 1 ("Al parecer la conexión se perdió. Cerraré esta sesión." read as no notice). Third batch (3 whole + 16 short): 2 of 19
 * disagreed: closing.courteous 1 (a whole session ending "Con gusto, ¡buen viaje!" read as no goodbye), closing.no_dismissal
 * 1 ("Esta es la última pregunta que le puedo contestar hoy; para más, escríbanos mañana." read as allowed). Fourth batch
 * (11 short): 1 of 11 disagreed: interest.keep_informed 1 ("Ok déjame checar en el sistema" read as no hold). My labels
 * corrected: 0 of 9 (each rechecked against RUBRIC.md and the earlier rounds' readings, e.g. the limit of questions). Fixed in
 * block G14:
 *  - notPromise (phrase family, Spanish, as G11's inspectors): the immigration, ID, school, job, housing and aid parties
 *    (consulado, embajada, USCIS, Inmigración, Seguro Social, MVA, DMV, IRS, Registro Civil, escuela, distrito escolar,
 *    empleador, empresa, casero, arrendador, dueño, tribunal, corte, agencia, programa, oficina, departamento, consejero,
 *    asesor, trabajador social), up to two "de …" words after them, then "le / lo / la / te … llamará / enviará / escribirá /
 *    mandará / avisará / contestará / va a llamar …"; and in English a consulate, embassy, USCIS, immigration, Social
 *    Security or passport agency that "will call / contact / email / send … you" [near misses, still promises: the
 *    provider's own promise in the sentence ("El consulado le llamará …, y yo le escribo el viernes", "The consulate will
 *    call you, and I'll email you the checklist by Friday"), the library's own ("Nuestra oficina de alfabetización le
 *    llamará", "Nuestro asesor de empleo le escribirá", "La oficina de la biblioteca le escribirá", "Una asesora de la
 *    biblioteca le llamará", "Our passport office will call you", "…, y nuestra bibliotecaria le llamará el viernes")];
 *  - referralParty (phrase family): Spanish staff roles: coordinador(a), instructor(a), gerente, administrador(a),
 *    casero/a, arrendador(a), recepcionista, and "encargado/a" after an article or "su" [near misses: "Le pregunté a la
 *    coordinadora de ESL y hay cupo" (the provider consulted her), "Visite la página de la coordinadora en …" (a page), "La
 *    instructora dice que …" (no verb), "Contacte con nosotros si el libro encargado no llega" (a book ordered)];
 *  - hold (phrase family): a wait asked in the plural with the clause opening on "me": "¿Me permite unos minutos?", "¿me das
 *    unos minutitos?", "Me regala unos segundos" (v1's "un momento" had the singular); and "checar": "déjame / permítame
 *    checar(lo)", "sigo / estoy checando" [near misses: "A veces la página de USCIS me da unos segundos de espera" (not the
 *    clause's start), "¿Puedes checar tu correo?", "Puede checar el estado en su cuenta" (the patron checks)];
 *  - seemGone (phrase family): the connection as the subject, "la / su / tu conexión (comunicación, señal) se perdió / se
 *    cortó / se cayó" (v11 had the verb first) [near misses: "Le cuento que ayer la conexión se cayó en la sucursal …",
 *    "Si la conexión se cortó mientras llenaba el formulario …"];
 *  - dismissalHard (phrase family): the last question told as a limit, "Esta es / Esa fue (su) la última pregunta que le
 *    puedo contestar / por hoy", "This is / That was the (your) last question I can answer / for today", not asked [near
 *    misses: "¿Es su última pregunta por hoy?", "Is this your last question for today?", "Esa es la última pregunta del
 *    formulario, la de la firma", "That's the last question on the form"];
 *  - farewell (phrase family): "buen / feliz viaje (vuelo)" at a clause's start or after "que tenga", "le deseo (un)", not
 *    asked [near misses: "Para tener buen viaje, lleve el pasaporte a mano", "¿Buen viaje?"].
 *  - `ownContactEsG14` (setting; classify.ts `OWN_CONTACT_ES_G14`, in sourceAt's v9/I2 own-contact exception): the full
 *    run showed that the casero party turned thirtieth-round-referrals-checked's near miss "Pregúntele a su casero …, y
 *    llámenos al 410-555-0100 o vuelva al chat cuando quiera" into a source (the referral beside the library's own number
 *    let I2's exception count it); Spanish "llámenos / escríbanos / contáctenos …" now keeps the number the library's way
 *    back, as English "call us at …" (OWN_CONTACT_P) does [the (fix) case with "llámenos al …" and the thirtieth round's
 *    near miss: source fails].
 * One setting added: `ownContactEsG14`; the other six fixes are phrase families. Each fix's near misses were checked to fail with the fix made too
 * wide (the library's tail, "nuestro", the provider's own promise and the English "our" taken out; "encargado" without its
 * article; the wait without the clause's start; "checar" without "déjame"; the connection without "si / ayer" and the place;
 * the last question without its tail or with questions; the trip wished anywhere or asked), except "Is this your last
 * question for today?", which the order of the words keeps out either way. After the fixes every case (the fixes' 12
 * short cases and the 24 near misses labelled before running too) scores as labelled, but one. Left: 1, "Pregúntele a
 * su casero …, y llámenos al 410-555-0100" labelled referral fail (the landlord has no way to reach): checks/referral.ts
 * takes any phone in the referring sentence as the party's (English "Ask your landlord …, and call us at …" the same);
 * telling whose number it is needs the clause's subject, a change to the referral check beyond this block.
 * v38's fingerprint after block G14: 780386fea8858008.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, T0, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A library-card question in Spanish up to the patron's answer to the clarifying question. */
const TARJETA: Line[] = [
  [0, 'p', 'hola quiero sacar una tarjeta de la biblioteca q necesito'],
  [20, 'l', '¡Hola! Bienvenida a Pregúntale al Bibliotecario. Soy Marta, bibliotecaria de la Biblioteca del Condado de Howard. ¿Vive usted en el condado de Howard?'],
  [50, 'p', 'si en columbia'],
];
/** An ESL question, informal "tú", up to the patron's answer. */
const INGLES: Line[] = [
  [0, 'p', 'hola busco clases de ingles gratis para adultos'],
  [20, 'l', '¡Hola! Soy Diego, bibliotecario de la Biblioteca Pratt. ¿Buscas clases en persona o en línea?'],
  [50, 'p', 'en persona, en las tardes'],
];
/** A citizenship question up to the patron's answer. */
const CIUDADANIA: Line[] = [
  [0, 'p', 'buenas, quiero aplicar para la ciudadania, donde encuentro el formulario'],
  [20, 'l', 'Buenas tardes, le atiende Carmen, de la Biblioteca Pública de Montgomery. ¿Ya tiene la residencia permanente desde hace 5 años?'],
  [50, 'p', 'si desde 2019'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's `text` at 70 s, the patron's `reply` at 100 s, the provider's `last` at 106 s. */
const thenReply = (base: Line[], text: string, reply: string, last = '¡Con gusto, adiós!'): Line[] => [...base, [70, 'l', text], [100, 'p', reply], [106, 'l', last]];
/**
 * A Spanish session where `said` (at 52 s) is a provider message; the provider writes again 200 s later. Read as a hold,
 * the 200 s is a wait on the provider (keep_informed fails); read as no hold, a wait on the patron (passes).
 */
const espera = (said: string): Line[] => [
  [0, 'p', 'hola, hay clases de computacion en la biblioteca?'],
  [20, 'l', 'Hola, soy Jo de Pregunte a la Biblioteca. ¿Qué sucursal usa normalmente?'],
  [45, 'p', 'la central'],
  [52, 'l', said],
  [252, 'l', 'Las clases están en el calendario de eventos, biblioteca.example.org/eventos. ¿Le sirvió?'],
  [270, 'p', 'si gracias'],
];
/** The patron asks `q`; the provider's two opening messages `first` and `second`; the patron's reply; an answer with a source. */
const abre = (first: string, second: string): Line[] => [
  [0, 'p', 'hola, como renuevo mis libros?'],
  [15, 'l', first],
  [20, 'l', second],
  [45, 'p', 'tres libros, en la central'],
  [55, 'l', 'Puede renovarlos en su cuenta en biblioteca.example.org/micuenta. ¿Le sirvió?'],
  [80, 'p', 'si gracias'],
  [85, 'l', '¡Adiós!'],
];
/** A Spanish session whose answer (with a source and the completeness question) is at 70 s and the patron gone after it: `idle` lines follow. */
const gone = (idle: Line[]): Line[] => [
  ...INGLES,
  [70, 'l', 'Hay clases gratis los martes y jueves a las 6 en la sucursal Southeast; el horario está en prattlibrary.org/esol. ¿Te sirve?'],
  ...idle,
];

export const whole: SessionCase[] = [
  {
    name: 'a library card, formal "usted": the application page, "¿Le sirvió?", "¿Hay algo más en que le pueda ayudar?"',
    lines: [
      ...TARJETA,
      [75, 'l', 'Entonces puede sacarla gratis. Llene la solicitud en hclibrary.org/tarjeta y luego traiga una identificación con foto y un comprobante de domicilio a cualquier sucursal. ¿Le sirvió?'],
      [120, 'p', 'si gracias'],
      [126, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [150, 'p', 'no, eso era todo, gracias'],
      [156, 'l', 'Con mucho gusto. ¡Que tenga buena tarde!'],
    ],
    exp: usual(),
  },
  {
    name: 'ESL classes, informal "tú": a hold in Spanish, the class page, the patron done in chat-speak',
    lines: [
      ...INGLES,
      [60, 'l', 'Dame un segundo, estoy buscando las clases de tu zona.'],
      [150, 'l', 'Las clases gratis de inglés (ESOL) de la biblioteca están en prattlibrary.org/esol: hay nivel básico los martes y jueves a las 6 en la sucursal Southeast. ¿Te sirve esta info?'],
      [200, 'p', 'sii grax, es todo lo q necesitaba'],
      [206, 'l', '¡De nada! Suerte con las clases, chao.'],
    ],
    exp: usual(),
  },
  {
    name: 'citizenship classes, a Spanish patron answered in English: the county page and USCIS in Spanish',
    lines: [
      [0, 'p', 'buenas tardes, busco clases para el examen de ciudadania'],
      [25, 'l', "Hi! I'm Tom, a librarian at Montgomery County Public Libraries. Sorry, I only write English. Are you looking for a class in person or online?"],
      [70, 'p', 'en persona... in person please'],
      [95, 'l', 'Our free citizenship classes are listed at mcpl.example.org/citizenship, and the USCIS study materials in Spanish are at uscis.gov/es/ciudadania. Does that answer your question?'],
      [140, 'p', 'yes thank you, gracias'],
      [146, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no gracias'],
      [176, 'l', "You're welcome, have a good day!"],
    ],
    exp: usual(),
  },
  {
    name: 'a job application in chat-speak ("xq", "tmb", "ntp"): the employer\'s help page, the library\'s computer lab by phone',
    lines: [
      [0, 'p', 'ola nesecito ayuda xq no se como aplicar a un trabajo en linea'],
      [25, 'l', 'Hola, soy Luisa, de la Biblioteca Pública de Tucson. ¿Para qué trabajo es, o en qué parte de la solicitud se atora?'],
      [70, 'p', 'es pa walmart, en la compu no me deja subir el resume'],
      [80, 'l', 'Un momentito, voy a revisar.'],
      [160, 'l', 'Walmart pide el currículum en PDF o Word; las instrucciones están en careers.walmart.com (Ayuda > Cómo postularse). Si prefiere ayuda en persona, llame al laboratorio de computación de la biblioteca al 520-791-4010 para una cita. ¿Le sirvió?'],
      [220, 'p', 'ok tmb puedo imprimir ahi?'],
      [235, 'l', 'Sí, en cualquier sucursal, 15 centavos por página. ¿Algo más?'],
      [260, 'p', 'no ntp, grax bye'],
      [266, 'l', '¡Hasta luego, suerte con el trabajo!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'rent help: the program page, "tiene que ir a la oficina de Servicios Sociales" with no contact',
    lines: [
      [0, 'p', 'buenas noches, me van a desalojar, hay ayuda para pagar la renta?'],
      [30, 'l', 'Buenas noches, gracias por comunicarse con AskUsNow!. Soy Rebeca, bibliotecaria. Siento mucho lo que está pasando. ¿En qué condado vive?'],
      [80, 'p', 'baltimore county'],
      [105, 'l', 'El condado tiene un programa de ayuda de emergencia para la renta; la información está en baltimorecountymd.gov/renta. Para pedir la ayuda tiene que ir a la oficina de Servicios Sociales del condado. ¿Contesta esto su pregunta?'],
      [160, 'p', 'si gracias'],
      [166, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [190, 'p', 'no'],
      [196, 'l', 'Que tenga buen día, y mucha suerte.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'school enrollment, the patron switches to Spanish mid-chat and the provider follows',
    lines: [
      [0, 'p', 'hi, how do i enroll my son in school, we just moved'],
      [20, 'l', "Hi, welcome to Ask Us! I'm Jo, a librarian at Prince George's County Memorial Library System."],
      [45, 'p', 'sorry mejor en español, mi ingles no es bueno'],
      [60, 'l', '¡Claro que sí! ¿En qué grado está su hijo y en qué ciudad viven?'],
      [100, 'p', '5to grado, en hyattsville'],
      [125, 'l', 'Los pasos y los documentos para inscribirlo están en pgcps.org/registration (Inscripción > Estudiantes nuevos), también en español. ¿Es lo que buscaba?'],
      [170, 'p', 'si perfecto, es todo'],
      [176, 'l', '¡Con gusto! Gracias por escribirnos.'],
    ],
    exp: usual(),
  },
  {
    name: 'a passport renewal in machine-translated Spanish ("Por favor sostener un momento", "¿Hace esto contesta su pregunta?")',
    lines: [
      [0, 'p', 'necesito renovar mi pasaporte americano'],
      [20, 'l', 'Hola, gracias por contactar con la biblioteca. Mi nombre es Sarah y soy un bibliotecario. ¿Es su pasaporte expirado por más de cinco años?'],
      [60, 'p', 'no expiro el año pasado'],
      [70, 'l', 'Por favor sostener un momento mientras yo busco.'],
      [150, 'l', 'Usted puede renovar con el formulario DS-82 por correo. El formulario está en travel.state.gov/es. ¿Hace esto contesta su pregunta?'],
      [190, 'p', 'si gracias'],
      [196, 'l', '¿Hay algo más que puedo ayudarle con?'],
      [220, 'p', 'no'],
      [226, 'l', 'Gracias por usar nuestro servicio. Tenga un buen día.'],
    ],
    exp: usual(),
  },
  {
    name: 'printing from a phone, a canned Spanish opening script: "ok gracias bye" is not the patron done',
    lines: [
      [0, 'p', 'como imprimo desde mi celular en la biblioteca'],
      [10, 'l', 'Gracias por comunicarse con Pregunte a un Bibliotecario. Un bibliotecario le atenderá en breve.'],
      [30, 'l', 'Hola, soy Pedro de la Biblioteca Pública de Denver. ¿Desde qué sucursal va a imprimir?'],
      [60, 'p', 'la central'],
      [80, 'l', 'Mande sus documentos desde el teléfono en denverlibrary.org/imprimir y recójalos en el mostrador de la Central con su tarjeta. ¿Le sirve?'],
      [110, 'p', 'ok gracias bye'],
      [116, 'l', '¡Adiós, buen día!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'e-books on a tablet, the patron gone after the answer: "¿Sigues ahí?" and a disconnect notice that invites back',
    lines: [
      [0, 'p', 'hola, como leo libros electronicos en mi tablet?'],
      [20, 'l', '¡Hola! Soy Ana, bibliotecaria de la Biblioteca de San Antonio. ¿Tu tablet es Android o iPad?'],
      [50, 'p', 'android'],
      [70, 'l', 'Baja la app Libby de la Play Store; los pasos en español están en mysapl.org/libby. Entras con tu número de tarjeta y tu PIN. ¿Te sirve?'],
      [200, 'l', '¿Sigues ahí?'],
      [320, 'l', 'Parece que te desconectaste, así que voy a cerrar el chat. Escríbenos de nuevo cuando quieras.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a state ID: "Le enviaré un correo mañana antes del mediodía", the e-mail repeated, sent the next morning',
    lines: [
      [0, 'p', 'buenos dias, puedo sacar una identificacion del estado sin numero de seguro social?'],
      [25, 'l', 'Buenos días, bienvenido a AskUsNow!. Le atiende Lucía, bibliotecaria. ¿Tiene pasaporte o matrícula consular?'],
      [70, 'p', 'tengo pasaporte de guatemala'],
      [95, 'l', 'La lista general de documentos está en mva.maryland.gov/espanol. Sobre el caso sin número de seguro social quiero confirmar con la MVA: le enviaré un correo mañana antes del mediodía con la respuesta. ¿A qué correo se la mando?'],
      [140, 'p', 'mi correo es rosa.m@example.com'],
      [150, 'l', 'Perfecto, rosa.m@example.com, mañana antes del mediodía. ¿Le sirve la lista por ahora?'],
      [180, 'p', 'si, muchas gracias, es todo por hoy'],
      [186, 'l', 'Con gusto. ¡Hasta mañana!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'rosa.m@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent MVA answer on ID without SSN' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'rent help, transferred to a Spanish-speaking librarian who gives the program\'s page and phone',
    lines: [
      [0, 'p', 'hola no hablo ingles, necesito ayuda con la renta'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us."],
      [30, 'l', 'Un momento, por favor: le voy a transferir a una bibliotecaria que habla español.'],
      [33, 'i', 'Spanish speaker, rent assistance, can you take it?'],
      xferToRosa(36),
      [70, 'l', '¡Hola! Soy Rosa, bibliotecaria de la Biblioteca del Condado de Frederick. ¿Vive en el condado de Frederick?', ROSA],
      [100, 'p', 'si en frederick city'],
      [125, 'l', 'El programa de ayuda de emergencia para la renta está en frederickcountymd.gov/renta; para solicitarla, llame al 301-600-1506. ¿Contesta esto su pregunta?', ROSA],
      [170, 'p', 'si muchas gracias es todo'],
      [176, 'l', 'Con gusto, cuídese.', ROSA],
    ],
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },
  {
    name: 'a card renewal, then "solo puedo contestar una pregunta por chat": dismissal fails',
    lines: [
      ...TARJETA,
      [75, 'l', 'Para renovarla, entre a hclibrary.org/micuenta con su número de tarjeta. ¿Le sirvió?'],
      [110, 'p', 'si, y tambien queria preguntar por las clases de ingles'],
      [120, 'l', 'Lo siento, solo puedo contestar una pregunta por chat. Voy a cerrar la sesión. Adiós.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'citizenship, then "hay varios usuarios esperando; vuelva a escribirnos más tarde": allowed',
    lines: [
      ...CIUDADANIA,
      [75, 'l', 'El formulario N-400 y las instrucciones en español están en uscis.gov/es/n-400. ¿Le sirve esta información?'],
      [120, 'p', 'si, y como me preparo para el examen? y cuanto cuesta?'],
      [130, 'l', 'Hay varios usuarios esperando en este momento; por favor vuelva a escribirnos más tarde para lo del examen y con gusto le ayudamos. ¡Gracias!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'e-books, a Spanglish provider who answers at once: "hola!" with no name, the app and its site in the same message',
    lines: [
      [0, 'p', 'como leo ebooks en mi tablet'],
      [15, 'l', 'hola! para leer e-books usa la app Libby, la bajas de libbyapp.com y pones tu numero de tarjeta. te sirvio?'],
      [50, 'p', 'si grax'],
      [55, 'l', 'de nada, bye!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'a fee waiver for citizenship: three minutes of silence before the answer',
    lines: [
      ...CIUDADANIA,
      [250, 'l', 'Si tiene ingresos bajos puede pedir la exención de la tarifa con el formulario I-912, en uscis.gov/es/i-912. ¿Le sirvió?'],
      [290, 'p', 'si, gracias, eso es todo'],
      [296, 'l', 'Con gusto. ¡Que le vaya bien!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'a GED in Spanish, picked up after 95 s',
    lines: [
      [0, 'p', 'se puede sacar el GED en español?'],
      [95, 'l', 'Hola, disculpe la espera. Soy Andrés, bibliotecario de la Biblioteca de Houston. ¿Busca el examen o clases para prepararse?'],
      [140, 'p', 'clases'],
      [160, 'l', 'Sí: el examen se puede tomar en español, y las clases gratis de preparación están en houstonlibrary.org/ged. ¿Le sirve esta información?'],
      [200, 'p', 'si eso es todo gracias'],
      [206, 'l', 'Con gusto, hasta luego.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'ESL classes near a county branch: passed to the patron\'s library by e-mail "dentro de 3 días", not recorded five days on',
    lines: [
      ...INGLES,
      [75, 'l', 'Las de la ciudad están en prattlibrary.org/esol, pero para las del condado voy a pasar tu pregunta a la biblioteca de tu condado y ellos te contestarán por correo dentro de 3 días. ¿A qué correo te escriben?'],
      [120, 'p', 'jmorales@example.com'],
      [130, 'l', 'Listo, jmorales@example.com. ¿Te sirve lo de la ciudad mientras tanto?'],
      [160, 'p', 'si grax, es todo'],
      [166, 'l', '¡Chao, cuídate!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'jmorales@example.com', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'a birth certificate from Mexico: "le mando la información por correo cuando la encuentre", no time, the code left Answered',
    lines: [
      [0, 'p', 'como consigo mi acta de nacimiento de mexico desde aqui'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de Pregunte. ¿En qué estado de México la registraron?'],
      [55, 'p', 'en jalisco'],
      [75, 'l', 'Se puede pedir en línea en gob.mx/actas. Si Jalisco pide otro trámite, le mando la información por correo cuando la encuentre. ¿A qué correo?'],
      [110, 'p', 'lupe.h@example.com'],
      [120, 'l', 'Gracias. ¿Le sirve la página por ahora?'],
      [150, 'p', 'si gracias'],
      [156, 'l', '¡Hasta luego!'],
    ],
    over: { patron: { name: null, email: 'lupe.h@example.com', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a passport photo, the patron gone after the clarifying question: Lost Call, check-in and notice in Spanish',
    lines: [
      [0, 'p', 'donde me puedo tomar la foto para el pasaporte'],
      [20, 'l', 'Hola, soy Ana, de la Biblioteca del Condado de Montgomery. ¿Es para un pasaporte de Estados Unidos o de otro país?'],
      [160, 'l', '¿Hola? ¿Está ahí todavía?'],
      [260, 'l', 'No he recibido respuesta; parece que se perdió la conexión. Voy a terminar el chat; vuelva a escribirnos cuando guste.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a free card from memory: the answer with no source',
    lines: [
      ...TARJETA,
      [75, 'l', 'Sí, la tarjeta es gratis si vive en el condado; solo traiga una identificación con su dirección a cualquier sucursal. ¿Le sirvió?'],
      [110, 'p', 'si, es todo, gracias'],
      [116, 'l', 'Con gusto, que tenga buen día.'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a bilingual provider, help with the N-400: "Llame a CASA al 301-431-4185"',
    lines: [
      ...CIUDADANIA,
      [80, 'l', 'The N-400 is at uscis.gov/es/n-400. Si quiere ayuda para llenarlo, llame a CASA al 301-431-4185; tienen talleres gratis. ¿Le sirvió?'],
      [130, 'p', 'si muchas gracias, ya no tengo mas preguntas'],
      [136, 'l', 'Para servirle. ¡Que le vaya bien!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  {
    name: 'a child\'s passport at the library\'s own passport office: "Nuestra oficina de pasaportes le llamará el lunes", the phone repeated',
    lines: [
      [0, 'p', 'hola, ustedes hacen pasaportes en la biblioteca? es para mi niña de 3 años'],
      [25, 'l', 'Hola, buenas tardes. Soy Patricia, de la Biblioteca de Prince George\'s. ¿Es el primer pasaporte de la niña?'],
      [60, 'p', 'si el primero'],
      [85, 'l', 'Para menores de 16 años vienen los dos padres con el formulario DS-11 (travel.state.gov/es) y el acta de nacimiento. Las citas se llenan rápido: nuestra oficina de pasaportes le llamará el lunes para darle una cita. ¿Su número es el 301-555-0142?'],
      [130, 'p', 'si ese es'],
      [140, 'l', 'Perfecto, el lunes le llaman al 301-555-0142. ¿Le sirve la información del formulario?'],
      [170, 'p', 'si grax, es todo'],
      [176, 'l', 'Con gusto. ¡Hasta luego!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '301-555-0142' }, followUps: [{ doneAt: at(50 * HOUR), by: 'jo', note: 'passport office called for appointment' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a job at a store, a chat-speak patron ("pq"), the store manager\'s phone: referral passes',
    lines: [
      [0, 'p', 'ola, pq no me contestan de la tienda donde aplique hace 2 semanas? q hago'],
      [25, 'l', '¡Hola! Soy Kevin, de Pregúntale a la Biblioteca. ¿Aplicaste en línea o en la tienda?'],
      [60, 'p', 'en linea, en el super fiesta de la calle 5'],
      [80, 'l', 'A veces tardan. Puedes ver el estado de tu solicitud en fiestamart.example.com/empleos (Mi cuenta > Solicitudes), o llama a la gerente de la tienda al 713-555-0102 y pregunta por tu solicitud. ¿Te sirve?'],
      [130, 'p', 'ok si'],
      [136, 'l', '¿Algo más en lo que te pueda echar una mano?'],
      [160, 'p', 'no eso es todo grax'],
      [166, 'l', '¡Suerte! Chao.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'enrolling in middle school: "el distrito escolar le va a llamar para la prueba de inglés" (no follow-up)',
    lines: [
      [0, 'p', 'buenos dias, como inscribo a mi hija en la secundaria? llegamos de honduras'],
      [20, 'l', 'Buenos días, bienvenida a AskUsNow!. Le atiende Sofía, bibliotecaria. ¿En qué condado viven?'],
      [60, 'p', 'en montgomery'],
      [70, 'l', 'Permítame un momento, busco la página de inscripción.'],
      [150, 'l', 'Se inscribe en el Centro de Inscripción Internacional; los documentos están en montgomeryschoolsmd.org/inscripcion. Después, el distrito escolar le va a llamar para la prueba de inglés de su hija. ¿Le ayudó esta información?'],
      [200, 'p', 'si mucho, ya con eso tengo, gracias'],
      [206, 'l', '¡Con gusto! Hasta pronto.'],
    ],
    exp: usual(),
  },
  // ---- (third batch, written and labelled after the fixes, before running it) --------------------------------------------
  {
    name: 'printing a boarding pass, handed to a Spanish-speaking librarian with no word to the patron: transfer fails',
    lines: [
      [0, 'p', 'hola, necesito ayuda para imprimir mi boleto de avion'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us."],
      [25, 'i', 'needs a Spanish speaker, printing a boarding pass'],
      xferToRosa(28),
      [60, 'l', '¡Hola! Soy Rosa, de la Biblioteca de Frederick. ¿Va a imprimir desde su celular o desde una computadora de la biblioteca?', ROSA],
      [90, 'p', 'desde mi celular'],
      [110, 'l', 'Siga los pasos de fcpl.org/imprimir para mandar el boleto desde su celular, y recójalo en la impresora de la sucursal con su tarjeta. ¿Le sirvió?', ROSA],
      [150, 'p', 'si gracias, es todo'],
      [156, 'l', 'Con gusto, ¡buen viaje!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'an e-book hold, the patron gone two minutes and a quarter: "¿Sigue ahí?" the last message (no notice needed, no goodbye)',
    lines: [
      [0, 'p', 'puse un libro en espera en libby, cuando me llega?'],
      [20, 'l', 'Hola, soy Marta, bibliotecaria de Pregunte. ¿Qué libro es?'],
      [50, 'p', 'la casa de los espiritus'],
      [70, 'l', 'Usted es la número 3 en la lista; en libbyapp.com, en Estantería > Reservas, ve la espera estimada: unas 3 semanas. ¿Le sirve?'],
      [200, 'l', '¿Sigue ahí?'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', courteous: 'fail' }),
  },
  {
    name: 'rent help passed to the patron\'s branch: "La bibliotecaria de su sucursal le llamará mañana por la tarde", the phone given, called the next day',
    lines: [
      [0, 'p', 'buenas tardes, busco ayuda con la renta atrasada, tengo 2 meses'],
      [25, 'l', 'Buenas tardes, gracias por escribir a AskUsNow!. Le atiende Julia, bibliotecaria. ¿En qué condado vive?'],
      [60, 'p', 'anne arundel, en glen burnie'],
      [85, 'l', 'La información general está en aacounty.org/renta. La bibliotecaria de su sucursal conoce los programas locales: la bibliotecaria de su sucursal le llamará mañana por la tarde. ¿A qué número?'],
      [130, 'p', '410-555-0166'],
      [140, 'l', 'Gracias, al 410-555-0166 mañana por la tarde. ¿Le sirve la página mientras tanto?'],
      [170, 'p', 'si, gracias, eso seria todo'],
      [176, 'l', 'Con gusto. Que esté bien, hasta la próxima.'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0166' }, followUps: [{ doneAt: at(30 * HOUR), by: 'aacpl', note: 'called patron about rent programs' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- greeting --------------------------------------------------------------------------------------------------------
  { name: '"Buenas tardes, gracias por escribir al chat de la Biblioteca Pública de Houston. Le saluda Gabriela." : greeting passes', lines: abre('Buenas tardes, gracias por escribir al chat de la Biblioteca Pública de Houston. Le saluda Gabriela.', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass', clarify: 'pass' }) },
  { name: '"¡Bienvenida! Está chateando con la biblioteca de Austin." : greeting passes', lines: abre('¡Bienvenida! Está chateando con la biblioteca de Austin.', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: '"Hola" then "¿En qué le puedo ayudar?", no one named: greeting fails', lines: abre('Hola', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'fail' }) },
  { name: '"Qué tal, te escribe Andrés del equipo de referencia de la Biblioteca Central" : greeting passes', lines: abre('Qué tal, te escribe Andrés del equipo de referencia de la Biblioteca Central.', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: 'machine-translated "Hola, usted está hablando con bibliotecario Kim." : greeting passes', lines: abre('Hola, usted está hablando con bibliotecario Kim.', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: '"Soy Ana, bibliotecaria" with no greeting word: greeting fails', lines: abre('Soy Ana, bibliotecaria de la Biblioteca de San Antonio.', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'fail' }) },
  // ---- holds -----------------------------------------------------------------------------------------------------------
  { name: '"Un momento por favor, estoy buscando." : a hold, 200 s wait fails', lines: espera('Un momento por favor, estoy buscando.'), exp: some({ informed: 'fail' }) },
  { name: '"Permítame unos minutos mientras reviso el calendario." : a hold', lines: espera('Permítame unos minutos mientras reviso el calendario.'), exp: some({ informed: 'fail' }) },
  { name: '"dejame ver q encuentro" : a hold', lines: espera('dejame ver q encuentro'), exp: some({ informed: 'fail' }) },
  { name: '"Lo voy a transferir con un colega que habla español, un momento." : a hold', lines: espera('Lo voy a transferir con un colega que habla español, un momento.'), exp: some({ informed: 'fail' }) },
  { name: '"Tómate tu tiempo, aquí estoy." : no hold (Terms)', lines: espera('Tómate tu tiempo, aquí estoy.'), exp: some({ informed: 'pass' }) },
  { name: '"Espere la carta del USCIS, suele tardar un mes." : no hold (the patron waits for a letter)', lines: espera('Espere la carta del USCIS, suele tardar un mes.'), exp: some({ informed: 'pass' }) },
  // ---- clarify ---------------------------------------------------------------------------------------------------------
  { name: '"Entonces, ¿usted quiere renovar la tarjeta, no sacar una nueva?" : clarify passes', lines: [[0, 'p', 'mi tarjeta ya no sirve'], [15, 'l', 'Hola, soy Jo de Pregunte. Entonces, ¿usted quiere renovar la tarjeta, no sacar una nueva?'], [40, 'p', 'si renovar'], [50, 'l', 'Se renueva en biblioteca.example.org/renovar. ¿Le sirvió?'], [80, 'p', 'ok gracias'], [85, 'l', '¡Adiós!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: 'only "¿En qué le puedo ayudar?", then the page: clarify fails', lines: [[0, 'p', 'hola'], [15, 'l', 'Hola, soy Jo de Pregunte, ¿en qué le puedo ayudar?'], [40, 'p', 'como renuevo mi tarjeta'], [50, 'l', 'Se renueva en biblioteca.example.org/renovar. ¿Le sirvió?'], [80, 'p', 'ok gracias'], [85, 'l', '¡Adiós!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }) },
  { name: 'the page, then "¿es para usted o para su hijo?" in the same message: clarify fails', lines: [[0, 'p', 'como saco la tarjeta'], [15, 'l', 'Hola, soy Jo de Pregunte.'], [40, 'p', 'hola?'], [50, 'l', 'La solicitud está en biblioteca.example.org/tarjeta. ¿Es para usted o para su hijo?'], [80, 'p', 'para mi, gracias'], [85, 'l', '¡Adiós!']], exp: some({ clarify: 'fail', complete: 'fail' }) },
  // ---- source ----------------------------------------------------------------------------------------------------------
  { name: '"Según la página del USCIS (uscis.gov/es), la tarifa es de $760" : source passes', lines: then(CIUDADANIA, 'Según la página del USCIS (uscis.gov/es), la tarifa del N-400 es de $760 si lo manda en papel. ¿Le sirvió?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"Busque en el catálogo de la biblioteca «ciudadanía»" : source passes', lines: then(CIUDADANIA, 'Busque en el catálogo de la biblioteca la palabra «ciudadanía»: hay libros de preparación para el examen con las 100 preguntas. ¿Le sirvió?'), exp: some({ source: 'pass' }) },
  { name: '"La base de datos Mango Languages tiene cursos de inglés" : source passes', lines: then(INGLES, 'Mientras empiezan las clases, la base de datos Mango Languages tiene cursos de inglés para hispanohablantes, gratis con tu tarjeta. ¿Te sirve?'), exp: some({ source: 'pass' }) },
  { name: '"Puede usar la app de Libby" with no way to reach it: no source', lines: then(TARJETA, 'Con la tarjeta puede usar la app de Libby para los libros electrónicos. ¿Le sirvió?'), exp: some({ source: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"¿Eso es lo que necesitaba saber?" : completeness passes', lines: then(TARJETA, 'La solicitud está en hclibrary.org/tarjeta. ¿Eso es lo que necesitaba saber?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Resolví tu duda?" : completeness passes', lines: then(INGLES, 'Las clases están en prattlibrary.org/esol, martes y jueves a las 6. ¿Resolví tu duda?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Quiere que le mande también el formulario en inglés?" : not yet given, completeness fails', lines: then(CIUDADANIA, 'El N-400 en español está en uscis.gov/es/n-400. ¿Quiere que le mande también el formulario en inglés?'), exp: some({ complete: 'fail' }) },
  { name: '"¿Le fue útil la información?" : completeness passes', lines: then(TARJETA, 'La solicitud está en hclibrary.org/tarjeta. ¿Le fue útil la información?'), exp: some({ complete: 'pass' }) },
  // ---- anything else / the patron done ---------------------------------------------------------------------------------
  { name: '"¿Necesita ayuda con otra cosa?" : anything else passes', lines: [...TARJETA, [70, 'l', 'La solicitud está en hclibrary.org/tarjeta. ¿Le sirvió?'], [100, 'p', 'si'], [106, 'l', '¿Necesita ayuda con otra cosa?'], [130, 'p', 'no gracias'], [136, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },
  { name: '"¿Alguna otra duda?" : anything else passes', lines: [...TARJETA, [70, 'l', 'La solicitud está en hclibrary.org/tarjeta. ¿Le sirvió?'], [100, 'p', 'si'], [106, 'l', '¿Alguna otra duda?'], [130, 'p', 'no gracias'], [136, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "ntp ya no tengo mas dudas" : anything else passes', lines: thenReply(TARJETA, 'La solicitud está en hclibrary.org/tarjeta. ¿Le sirvió?', 'si, ntp ya no tengo mas dudas'), exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "vale gracias" : anything else fails', lines: thenReply(TARJETA, 'La solicitud está en hclibrary.org/tarjeta. ¿Le sirvió?', 'vale gracias'), exp: some({ anything: 'fail' }) },
  { name: 'the patron\'s "ok gracias bye" : anything else fails', lines: thenReply(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Te sirve?', 'ok gracias bye'), exp: some({ anything: 'fail' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"Se acabó su tiempo de chat." : dismissal fails', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y cuanto cuesta el examen?', 'Se acabó su tiempo de chat. Adiós.'), exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"Ya llegó al límite de preguntas por hoy." : dismissal fails', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y cuanto cuesta el examen?', 'Ya llegó al límite de preguntas por hoy. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: '"Tengo que irme, mi turno ya terminó." : dismissal fails', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y cuanto cuesta el examen?', 'Tengo que irme, mi turno ya terminó.'), exp: some({ dismissal: 'fail' }) },
  { name: '"Tengo otros usuarios esperando, pero puede volver a escribirnos mañana" : allowed', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y cuanto cuesta el examen?', 'Tengo otros usuarios esperando, pero puede volver a escribirnos mañana a partir de las 10 y con gusto lo vemos. ¡Gracias!'), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- courteous -------------------------------------------------------------------------------------------------------
  { name: '"Cuídate mucho, nos vemos" : courteous passes', lines: thenReply(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Te sirve?', 'si', 'Cuídate mucho, nos vemos.'), exp: some({ courteous: 'pass' }) },
  { name: 'the last message "Voy a cerrar el chat." alone: courteous fails', lines: thenReply(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Te sirve?', 'si', 'Voy a cerrar el chat.'), exp: some({ courteous: 'fail' }) },
  // ---- idle and disconnect ---------------------------------------------------------------------------------------------
  { name: '"¿Sigues conectada?" and "Parece que te desconectaste; cierro el chat." : both pass', lines: gone([[200, 'l', '¿Sigues conectada?'], [320, 'l', 'Parece que te desconectaste; cierro el chat. ¡Saludos!']]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"Parece que se desconectó." alone: no check-in, no notice that it will end', lines: gone([[320, 'l', 'Parece que se desconectó.']]), exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: '"¿Me lees todavía?" then nothing: check-in passes, notice fails', lines: gone([[200, 'l', '¿Me lees todavía?'], [320, 'l', '¡Gracias por escribir, adiós!']]), exp: some({ idle: 'pass', disconnect: 'fail' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"Le escribo mañana por la tarde con las fechas", the e-mail given: contact passes', lines: [...INGLES, [70, 'l', 'Las fechas de otoño no están publicadas todavía. Le escribo mañana por la tarde con las fechas. ¿Su correo?'], [100, 'p', 'ana.p@example.com'], [110, 'l', 'Gracias, mañana le escribo. ¡Adiós!']], over: { ...FU_ME, patron: { name: null, email: 'ana.p@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"Te mando un mail el lunes" with the code left Answered: code fails', lines: [...INGLES, [70, 'l', 'Te mando un mail el lunes con el horario nuevo, ¿a qué correo?'], [100, 'p', 'ana.p@example.com'], [110, 'l', 'Listo, ana.p@example.com. ¡Chao!']], over: { patron: { name: null, email: 'ana.p@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'fail' }) },
  { name: '"El USCIS le enviará una carta con la fecha de la entrevista" : no follow-up', lines: then(CIUDADANIA, 'Cuando mande el N-400 (uscis.gov/es/n-400), el USCIS le enviará una carta con la fecha de la entrevista. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"El consulado le llamará para confirmar la cita" : no follow-up', lines: then(CIUDADANIA, 'Pida la cita en citas.sre.gob.mx; el consulado le llamará para confirmar la cita. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  // ---- referral --------------------------------------------------------------------------------------------------------
  { name: '"Llame a la oficina de pasaportes al 1-877-487-2778" : referral passes', lines: then(CIUDADANIA, 'Para el pasaporte después de jurar, llame a la oficina de pasaportes al 1-877-487-2778. ¿Le sirvió?'), exp: some({ referral: 'pass' }) },
  { name: '"Visite la oficina de CASA en 8151 15th Ave, Hyattsville" : referral passes', lines: then(CIUDADANIA, 'Visite la oficina de CASA en 8151 15th Ave, Hyattsville, MD 20783, para ayuda con la solicitud. ¿Le sirvió?'), exp: some({ referral: 'pass' }) },
  { name: '"Vaya a la oficina de la MVA para sacar su ID" with no contact: referral fails', lines: then(TARJETA, 'Primero vaya a la oficina de la MVA para sacar su identificación del estado. ¿Le sirvió?'), exp: some({ referral: 'fail' }) },
  { name: '"Escríbale a la coordinadora de ESL, la Sra. Pérez, a esl@example.org" : referral passes', lines: then(INGLES, 'Escríbale a la coordinadora de ESL, la Sra. Pérez, a esl@example.org para inscribirse. ¿Te sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"Pregunte en el mostrador de circulación de su sucursal" with no contact: referral fails', lines: then(TARJETA, 'Para cambiar el PIN, pregunte en el mostrador de circulación de su sucursal. ¿Le sirvió?'), exp: some({ referral: 'fail' }) },
  { name: '"los requisitos están en la página de la escuela" (a source, no referral)', lines: then(TARJETA, 'Los requisitos para inscribir a su hijo están en la página del distrito, hcpss.org/inscripcion. ¿Le sirvió?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  { name: '"La oficina de pasaportes le enviará el pasaporte en 6 a 8 semanas" : no follow-up', lines: then(CIUDADANIA, 'Con el DS-11 de travel.state.gov/es, la oficina de pasaportes le enviará el pasaporte en 6 a 8 semanas. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Su empleador le avisará por correo si lo contratan" : no follow-up', lines: then(TARJETA, 'La solicitud se manda en empleos.example.com; su empleador le avisará por correo si lo contratan. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The consulate will contact you with an appointment date" : no follow-up', lines: then(CIUDADANIA, 'Book at citas.sre.gob.mx; the consulate will contact you with an appointment date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"El programa de ayuda de emergencia le contestará en 10 días hábiles" : no follow-up', lines: then(TARJETA, 'Solicite en baltimorecountymd.gov/renta; el programa de ayuda de emergencia le contestará en 10 días hábiles. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Un consejero de vivienda le llamará esta semana" : no follow-up (an outside counsellor)', lines: then(TARJETA, 'Al solicitar en baltimorecountymd.gov/renta, un consejero de vivienda le llamará esta semana. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Inmigración le mandará una cita para las huellas" : no follow-up', lines: then(CIUDADANIA, 'Después de mandar el N-400 (uscis.gov/es/n-400), Inmigración le mandará una cita para las huellas. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Llame a la instructora de la clase, la Sra. Gómez, al 410-555-0177" : referral passes', lines: then(INGLES, 'Llame a la instructora de la clase, la Sra. Gómez, al 410-555-0177 para ver su nivel. ¿Te sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Hable con la encargada del laboratorio de computación" with no contact: referral fails', lines: then(TARJETA, 'Para imprimir el formulario, hable con la encargada del laboratorio de computación de la Central. ¿Le sirvió?'), exp: some({ referral: 'fail' }) },
  { name: '"Pregúntele a su casero si acepta el pago del programa" with no contact: referral fails', lines: then(TARJETA, 'El programa paga directamente al dueño (baltimorecountymd.gov/renta); pregúntele a su casero si acepta el pago del programa. ¿Le sirvió?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"¿Con esto queda resuelto?" : completeness passes', lines: then(TARJETA, 'La solicitud está en hclibrary.org/tarjeta. ¿Con esto queda resuelto?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Me confirma si es para el examen o para clases de inglés?" before the page: clarify passes', lines: [[0, 'p', 'necesito ayuda con el ingles para la ciudadania'], [15, 'l', 'Hola, soy Jo de Pregunte. ¿Me confirma si es para el examen de ciudadanía o para clases de inglés?'], [40, 'p', 'el examen'], [50, 'l', 'Las 100 preguntas con audio están en uscis.gov/es/ciudadania. ¿Le sirvió?'], [80, 'p', 'ok gracias'], [85, 'l', '¡Adiós!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: '"¿Puedo ayudarle en algo más?" : anything else passes', lines: [...TARJETA, [70, 'l', 'La solicitud está en hclibrary.org/tarjeta. ¿Le sirvió?'], [100, 'p', 'si'], [106, 'l', '¿Puedo ayudarle en algo más?'], [130, 'p', 'no gracias'], [136, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },
  { name: '"Estoy revisando, ya le digo." : a hold', lines: espera('Estoy revisando, ya le digo.'), exp: some({ informed: 'fail' }) },
  { name: '"¿Me permite unos minutos?" : a hold', lines: espera('¿Me permite unos minutos?'), exp: some({ informed: 'fail' }) },
  { name: '"Tiene que esperar 90 días después de la entrevista." : no hold', lines: espera('Tiene que esperar 90 días después de la entrevista.'), exp: some({ informed: 'pass' }) },
  { name: '"¿Continúa en línea?" then "Al parecer la conexión se perdió. Cerraré esta sesión." : both pass', lines: gone([[200, 'l', '¿Continúa en línea?'], [320, 'l', 'Al parecer la conexión se perdió. Cerraré esta sesión. ¡Hasta pronto!']]), exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }) },
  { name: '"No tengo tiempo para eso ahora." : dismissal fails', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y como lleno la parte de los viajes?', 'No tengo tiempo para eso ahora.'), exp: some({ dismissal: 'fail' }) },
  // ---- (third batch, written and labelled after the fixes, before running it) --------------------------------------------
  { name: '"Buen día, le saluda la Biblioteca Pública de Miami, mi nombre es Lázaro." : greeting passes', lines: abre('Buen día, le saluda la Biblioteca Pública de Miami, mi nombre es Lázaro.', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: '"Hola!! soy la bibliotecaria de turno" : greeting passes', lines: abre('Hola!! soy la bibliotecaria de turno 😊', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: '"¿En qué le puedo servir?" and "Habla Lucía.", no greeting word: greeting fails', lines: abre('¿En qué le puedo servir?', 'Habla Lucía. ¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'fail' }) },
  { name: '"¿Era esto lo que buscabas?" : completeness passes', lines: then(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Era esto lo que buscabas?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Te funcionó el enlace?" : completeness passes', lines: [...INGLES, [70, 'l', 'Aquí está: prattlibrary.org/esol'], [100, 'p', 'ok'], [106, 'l', '¿Te funcionó el enlace?'], [130, 'p', 'si grax'], [136, 'l', '¡Chao!']], exp: some({ complete: 'pass' }) },
  { name: '"¿Hay otra cosa que pueda hacer por usted?" : anything else passes', lines: [...TARJETA, [70, 'l', 'La solicitud está en hclibrary.org/tarjeta. ¿Le sirvió?'], [100, 'p', 'si'], [106, 'l', '¿Hay otra cosa que pueda hacer por usted?'], [130, 'p', 'no gracias'], [136, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "eso es todo x hoy grax" : anything else passes', lines: thenReply(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Te sirve?', 'eso es todo x hoy grax'), exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "gracias!!" : anything else fails', lines: thenReply(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Te sirve?', 'gracias!!'), exp: some({ anything: 'fail' }) },
  { name: '"Esta es la última pregunta que le puedo contestar hoy" : a limit of questions, dismissal fails', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y el examen de ingles como es?', 'Esta es la última pregunta que le puedo contestar hoy; para más, escríbanos mañana. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: '"Aguánteme tantito, ahorita le busco" : a hold', lines: espera('Aguánteme tantito, ahorita le busco.'), exp: some({ informed: 'fail' }) },
  { name: '"Sigo en ello." : a hold', lines: espera('Sigo en ello.'), exp: some({ informed: 'fail' }) },
  { name: '"Espere a que le llegue el correo de confirmación." : no hold', lines: espera('Espere a que le llegue el correo de confirmación.'), exp: some({ informed: 'pass' }) },
  { name: '"Acuda a la biblioteca de su condado" with no contact: referral fails', lines: then(TARJETA, 'Si vive en otro condado, acuda a la biblioteca de su condado para la tarjeta. ¿Le sirvió?'), exp: some({ referral: 'fail' }) },
  { name: '"llame al 211" : referral passes', lines: then(TARJETA, 'Para ayuda con la renta de este mes, llame al 211 y pida los programas de emergencia. ¿Le sirvió?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Según la guía «Bienvenidos a Estados Unidos» de USCIS (uscis.gov/es)" : source passes', lines: then(CIUDADANIA, 'Según la guía «Bienvenidos a Estados Unidos» de USCIS (uscis.gov/es), puede aplicar 90 días antes de cumplir los 5 años. ¿Le sirvió?'), exp: some({ source: 'pass' }) },
  { name: '"o sea q buscas trabajo de medio tiempo, verdad?" : clarify passes', lines: [[0, 'p', 'busco trabajo pero solo en las mañanas'], [15, 'l', 'hola! soy Kevin de la biblio. o sea q buscas trabajo de medio tiempo, verdad?'], [40, 'p', 'si'], [50, 'l', 'Mira la bolsa de trabajo del condado en empleos.example.org (filtro: medio tiempo). te sirve?'], [80, 'p', 'ok gracias'], [85, 'l', 'bye!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  // ---- (fourth batch, written and labelled after the fixes, before running it) -------------------------------------------
  { name: '"Hey! Bienvenid@ al chat de la library, soy Jessica" : greeting passes', lines: abre('Hey! Bienvenid@ al chat de la library, soy Jessica', '¿Cuántos libros son y de qué sucursal?'), exp: some({ greeting: 'pass' }) },
  { name: '"Ok déjame checar en el sistema" : a hold', lines: espera('Ok déjame checar en el sistema'), exp: some({ informed: 'fail' }) },
  { name: '"¿Pudiste entrar con eso?" after the steps: completeness passes', lines: [...INGLES, [70, 'l', 'Entra a prattlibrary.org/esol y dale a Inscribirse con tu tarjeta.'], [100, 'p', 'ok'], [106, 'l', '¿Pudiste entrar con eso?'], [130, 'p', 'si'], [136, 'l', '¡Chao!']], exp: some({ complete: 'pass' }) },
  { name: '"¿Algo más que necesites saber?" : anything else passes', lines: [...INGLES, [70, 'l', 'Las clases están en prattlibrary.org/esol. ¿Te sirve?'], [100, 'p', 'si'], [106, 'l', '¿Algo más que necesites saber?'], [130, 'p', 'no'], [136, 'l', '¡Chao!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "listo, era todo" : anything else passes', lines: thenReply(INGLES, 'Las clases están en prattlibrary.org/esol. ¿Te sirve?', 'listo, era todo'), exp: some({ anything: 'pass' }) },
  { name: '"¿Aún está en línea?" the last message, the idle under three minutes: check-in passes, notice na', lines: gone([[200, 'l', '¿Aún está en línea?']]), exp: some({ idle: 'pass', disconnect: 'na' }) },
  { name: '"Cerraré el chat por falta de respuesta." : notice passes', lines: gone([[200, 'l', '¿Sigue ahí?'], [320, 'l', 'Cerraré el chat por falta de respuesta. Gracias por escribirnos.']]), exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }) },
  { name: '"Le confirmo por correo el jueves si llegó el libro", the e-mail given: contact passes', lines: [...TARJETA, [70, 'l', 'Su libro viene de otra sucursal. Le confirmo por correo el jueves si llegó. ¿Su correo?'], [100, 'p', 'mari.t@example.com'], [110, 'l', 'Gracias, el jueves le escribo a mari.t@example.com. ¡Adiós!']], over: { ...FU_ME, patron: { name: null, email: 'mari.t@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"Diríjase a la Oficina de Vivienda del condado, 2664 Riva Rd, Annapolis" : referral passes', lines: then(TARJETA, 'Para la ayuda con la renta, diríjase a la Oficina de Vivienda del condado, 2664 Riva Rd, Annapolis, MD 21401. ¿Le sirvió?'), exp: some({ referral: 'pass' }) },
  { name: '"El libro «Inglés sin barreras» está en el catálogo" : source passes', lines: then(INGLES, 'El curso «Inglés sin barreras» está en el catálogo, con los DVD, para llevar a casa. ¿Te sirve?'), exp: some({ source: 'pass' }) },
  { name: '"Ya vamos a cerrar, pero mañana a las 10 con gusto seguimos; escríbanos de nuevo" : allowed', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y el examen de ingles?', 'Ya vamos a cerrar la biblioteca, pero mañana a las 10 con gusto seguimos; escríbanos de nuevo. ¡Gracias!'), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- (fixes) outside parties who will write or call, staff roles as parties, "¿me permite unos minutos?", the connection lost
  { name: '(fix) "¿Me das unos minutitos?" : a hold', lines: espera('¿Me das unos minutitos? Ya te lo busco.'), exp: some({ informed: 'fail' }) },
  { name: '(fix) "Me regala unos segundos, por favor" : a hold', lines: espera('Me regala unos segundos, por favor.'), exp: some({ informed: 'fail' }) },
  { name: '(fix) "Al parecer la conexión se perdió. Voy a cerrar el chat." : notice passes', lines: gone([[200, 'l', '¿Sigues ahí?'], [320, 'l', 'Al parecer la conexión se perdió. Voy a cerrar el chat.']]), exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'fail' }) },
  { name: '(fix) "Parece que tu conexión se cayó; cierro el chat, escríbenos cuando quieras" : notice passes', lines: gone([[200, 'l', '¿Sigues ahí?'], [320, 'l', 'Parece que tu conexión se cayó; cierro el chat, escríbenos cuando quieras.']]), exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }) },
  { name: '(fix) "Una asesora de vivienda la contactará en 5 días" : no follow-up', lines: then(TARJETA, 'Solicite en baltimorecountymd.gov/renta; una asesora de vivienda la contactará en 5 días hábiles. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "Su trabajadora social le va a llamar para la cita" : no follow-up', lines: then(TARJETA, 'Con la carta de baltimorecountymd.gov/renta, su trabajadora social le va a llamar para la cita. ¿Le sirvió?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "This is the last question I can answer today; write to us tomorrow" : a limit, dismissal fails', lines: thenReply(CIUDADANIA, 'The N-400 is at uscis.gov/es/n-400. Does that help?', 'and the english test?', 'This is the last question I can answer today; write to us tomorrow for more. Bye.'), exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '(fix) "Esa fue su última pregunta por hoy" : a limit, dismissal fails', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y el examen de ingles?', 'Esa fue su última pregunta por hoy. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: '(fix) "¡Feliz viaje!" as the last message: courteous passes', lines: thenReply(CIUDADANIA, 'El pasaporte se tramita con el DS-11 de travel.state.gov/es. ¿Le sirvió?', 'si gracias', '¡Feliz viaje!'), exp: some({ courteous: 'pass' }) },
  { name: '(fix) "Que tenga buen viaje." : courteous passes', lines: thenReply(CIUDADANIA, 'El pasaporte se tramita con el DS-11 de travel.state.gov/es. ¿Le sirvió?', 'si gracias', 'Que tenga buen viaje.'), exp: some({ courteous: 'pass' }) },
  { name: '(fix) "permítame checarlo" : a hold', lines: espera('Permítame checarlo en el sistema.'), exp: some({ informed: 'fail' }) },
  { name: '(fix) "sigo checando, ya casi" : a hold', lines: espera('sigo checando, ya casi'), exp: some({ informed: 'fail' }) },
  { name: '(fix) "Pregúntele a su casero …, y llámenos al 410-555-0100" : the number is the library\'s, no contact for the landlord', lines: then(TARJETA, 'Pregúntele a su casero por la lista de gastos, y llámenos al 410-555-0100 si necesita más. ¿Le sirvió?'), exp: some({ source: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the provider's own promise, or the library's own office or staff, in the sentence: still follow-ups
  { name: 'near miss: "El consulado le llamará para la cita, y yo le escribo el viernes con la lista" : a follow-up', lines: then(CIUDADANIA, 'El consulado le llamará para la cita, y yo le escribo el viernes con la lista. ¿Le sirvió?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Nuestra oficina de alfabetización le llamará el lunes" : a follow-up', lines: then(INGLES, 'Nuestra oficina de alfabetización le llamará el lunes con el horario. ¿Te sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "La oficina de la biblioteca le escribirá el lunes con la respuesta" : a follow-up', lines: then(TARJETA, 'La oficina de la biblioteca le escribirá el lunes con la respuesta. ¿Le sirvió?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "El USCIS le enviará una carta, y nuestra bibliotecaria le llamará el viernes" : a follow-up', lines: then(CIUDADANIA, 'El USCIS le enviará una carta, y nuestra bibliotecaria le llamará el viernes. ¿Le sirvió?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The consulate will call you, and I\'ll email you the checklist by Friday" : a follow-up', lines: then(CIUDADANIA, "The consulate will call you, and I'll email you the checklist by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our passport office will call you on Monday" : a follow-up', lines: then(CIUDADANIA, 'Our passport office will call you on Monday with a time. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // staff roles without a referral: the provider consulted them, a page, a book ordered, a role only mentioned
  { name: 'near miss: "Le pregunté a la coordinadora de ESL y hay cupo" : no referral', lines: then(INGLES, 'Le pregunté a la coordinadora de ESL y hay cupo en la clase del martes, prattlibrary.org/esol. ¿Te sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visite la página de la coordinadora en esl.example.org" : a source, no referral', lines: then(INGLES, 'Visite la página de la coordinadora en esl.example.org para los horarios. ¿Te sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visite biblioteca.example.org/micuenta para ver su libro encargado" : no referral', lines: then(TARJETA, 'Visite biblioteca.example.org/micuenta para ver su libro encargado. ¿Le sirvió?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Contacte con nosotros si el libro encargado no llega" (a book ordered; "us", the chat) : no referral', lines: then(TARJETA, 'Su libro está en camino (hclibrary.org/micuenta). Contacte con nosotros si el libro encargado no llega esta semana. ¿Le sirvió?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "La instructora dice que las clases son gratis" : no referral', lines: then(INGLES, 'La instructora dice que las clases son gratis; el horario está en prattlibrary.org/esol. ¿Te sirve?'), exp: some({ referral: 'na' }) },
  // a wait not asked of the patron; a connection lost elsewhere or only supposed; the library's own counsellor
  { name: 'near miss: "la página de USCIS me da unos segundos de espera y luego carga" : no hold', lines: espera('A veces la página de USCIS me da unos segundos de espera y luego carga.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss: "Ayer la conexión se cayó en la sucursal" in the final idle: no notice', lines: gone([[200, 'l', '¿Sigues ahí?'], [320, 'l', 'Le cuento que ayer la conexión se cayó en la sucursal Southeast, ya funciona. Voy a cerrar el chat.']]), exp: some({ disconnect: 'fail' }) },
  { name: 'near miss: "Si la conexión se cortó mientras llenaba el formulario, la página lo guardó" : no notice', lines: gone([[200, 'l', '¿Sigues ahí?'], [320, 'l', 'Si la conexión se cortó mientras llenaba el formulario, la página lo guardó. Voy a cerrar el chat.']]), exp: some({ disconnect: 'fail' }) },
  { name: 'near miss: "Una asesora de la biblioteca le llamará el lunes" : a follow-up', lines: then(TARJETA, 'Una asesora de la biblioteca le llamará el lunes para revisar su solicitud. ¿Le sirvió?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Nuestro asesor de empleo le escribirá mañana" : a follow-up', lines: then(TARJETA, 'Nuestro asesor de empleo le escribirá mañana con las vacantes. ¿Le sirvió?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // the last question asked about, or a form's; a good trip not wished
  { name: 'near miss: "¿Es su última pregunta por hoy?" : asked, no dismissal', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y el examen de ingles?', 'Las 100 preguntas están en uscis.gov/es/ciudadania. ¿Es su última pregunta por hoy?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Is this your last question for today?" : asked, no dismissal', lines: thenReply(CIUDADANIA, 'The N-400 is at uscis.gov/es/n-400. Does that help?', 'and the english test?', 'The 100 questions are at uscis.gov/es/ciudadania. Is this your last question for today?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Esa es la última pregunta del formulario, la de la firma" : no dismissal', lines: thenReply(CIUDADANIA, 'El N-400 está en uscis.gov/es/n-400. ¿Le sirvió?', 'y la parte 16?', 'Esa es la última pregunta del formulario, la de la firma. Gracias, adiós.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "That\'s the last question on the form, the signature" : no dismissal', lines: thenReply(CIUDADANIA, 'The N-400 is at uscis.gov/es/n-400. Does that help?', 'and part 16?', "That's the last question on the form, the signature. Thanks, bye."), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Para tener buen viaje, lleve el pasaporte a mano" as the last message: no goodbye', lines: thenReply(CIUDADANIA, 'El pasaporte se tramita con el DS-11 de travel.state.gov/es. ¿Le sirvió?', 'si', 'Para tener buen viaje, lleve el pasaporte a mano.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "¿Buen viaje?" (asked) as the last message: no goodbye', lines: thenReply(CIUDADANIA, 'El pasaporte se tramita con el DS-11 de travel.state.gov/es. ¿Le sirvió?', 'ya volvi de mexico', '¿Buen viaje?'), exp: some({ courteous: 'fail' }) },
  // the patron's own checking
  { name: 'near miss: "¿Puedes checar tu correo? Ahí te llega la confirmación" : no hold', lines: espera('¿Puedes checar tu correo? Ahí te llega la confirmación.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss: "Puede checar el estado en su cuenta" : no hold', lines: espera('Puede checar el estado en su cuenta cuando guste.'), exp: some({ informed: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT (referral.ts took any phone of the referring sentence as the party's): read since v39 E14's `ownContactWideE14`,
  // which keeps the number after "llámenos / comuníquese con nosotros / call us" the library's own
  { name: '"Pregúntele a su casero …, y llámenos al 410-555-0100" : the landlord has no way to reach, referral fails', lines: then(TARJETA, 'Pregúntele a su casero por la lista de gastos, y llámenos al 410-555-0100 si necesita más. ¿Le sirvió?'), exp: some({ referral: 'fail', source: 'fail' }) },
];

describe('thirty-seventh round (G14): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-seventh round (G14): Spanish and bilingual, every check', whole);
describeSessions('thirty-seventh round (G14): Spanish and bilingual, short cases', short);
describeSessions('thirty-seventh round (G14): Spanish and bilingual, near misses of the changes', guards);

describeSessions('thirty-seventh-round-espanol: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-seventh-round-espanol', LEFT);
