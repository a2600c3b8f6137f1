/**
 * Sixty-fourth round, fourth blind check of block X (rubric v58): X6, X11, X17, X24, X25 and X30 tried both ways in cases written by
 * a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words;
 * "against": near misses the block must not read, and older readings it must not break). Checks: closing.no_dismissal (X6, X24),
 * followup.contact (X11: na unless a follow-up session, by code or by a promise to send or find more later; pass needs the patron's
 * contact confirmed in the chat and when), info.source (X17: a named resource, a guide or a book), inquiry.clarify and
 * closing.anything_else (X25), approachability.greeting (X30).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - X6 / X24: a limit of minutes per patron, or of questions per chat told with the patron's share used up, ends the help for the
 *   provider's convenience ("their time is up", "reached a limit of questions"): fail. The limit waived ("pero hoy está tranquilo"),
 *   another service's limit (a tutoring centre, the computers), a share not used up, or no limit at all: pass. Other patrons
 *   waiting with an invitation back: pass (RUBRIC's allowed case).
 * - X11: the provider asking the library's own staff to call or write to the patron later is a promise that "someone from your
 *   library will contact you": a follow-up session. Its followup.contact is labelled fail where no patron contact is confirmed in
 *   the chat, pass where an e-mail is read back and a time is given. Told nothing: the patron asked to send to someone else, the
 *   patron asked to call the provider, a negation: na.
 * - X17: a publication named by its title is a named resource (a guide, a book): info.source pass when it is the only source. One
 *   the patron is to make, or one said not to exist, gives nothing to use: fail.
 * - X25: "anything else in the wallet / backpack / car?" and "…, o algo más …?" as the last choice ask about the patron's situation
 *   or need (clarify pass, not "anything else?"), so closing.anything_else fails when nothing else asks; "Anything else I can help
 *   with?", "¿Algo más en que le pueda ayudar?" are the closing question (anything pass; clarify fails when it is the only question
 *   and comes after the source).
 * - X30: "What's up!" / "wassup," opening the provider's message greets; "What's up with your card?" asks about the need and is no
 *   greeting (greeting fail when nothing else greets in the first two provider messages).
 *
 * COUNTS. Written: 41 cases, 19 for and 22 against (X6 3/4, X11 3/4, X17 3/4, X24 3/4, X25 4/3, X30 3/3), in one batch, labels
 * copied aside to /tmp/sixty-fourth-round-x-fourth-blind-checked-labels.ts before the first run. First run as labelled: 35 of 41.
 * Disagreeing: 6. Label corrections: 0 (each reread against RUBRIC's closing.no_dismissal rule and the Follow-up session term; the
 * labels stand). Final: 35 running, 6 LEFT (rubric v57 scored on each to tell "older" from "X caused"):
 * - followup.contact, expected na / got fail: "No voy a pedir a nadie que le llame; todo está en el catálogo" (a negation, nothing is
 *   promised; X11's `PIDO_QUE_LE_X11` reads "voy a pedir … que le llame" with no "no" guard; X caused: v57 na).
 * - closing.no_dismissal, expected fail / got pass: "sorry we do 2 questions a chat n u already had urs, closing this now" (chat-speak
 *   "u … urs" and "2 questions a chat" after "do": X24 needs "you / yours"; older: v57 pass the same).
 * - closing.no_dismissal, expected pass / got fail: "We answer three questions per chat and you've had one, so go ahead." (share not
 *   used up; an older reading of "N questions per chat" reads the limit alone as a dismissal; older: v57 fail the same).
 * - closing.no_dismissal, expected pass / got fail: "We answer two questions per chat, so ask away." (the limit told alone, the very
 *   near miss X24's own comment names; older: v57 fail the same).
 * - closing.no_dismissal, expected pass / got fail: "… the tax-help volunteers answer two questions per visit, …" (another service's
 *   limit, not the provider's to this patron; older: v57 fail the same).
 * - closing.no_dismissal, expected pass / got fail: "We don't limit questions per chat, and you've had only two, so keep them coming."
 *   (a negation, no limit; older: v57 fail the same).
 * ON v58 as it landed (after the mends): X11's "No voy a pedir a nadie que le llame" and the older "sorry we do 2 questions a chat
 *   n u already had urs" (X24) read as labelled; 37 running, 4 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, DISMISSED, nearMissLines, NO_SOURCE, NOT_DISMISSED, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });
const ES_BYE = 'Gracias por escribirnos, adiós.';

/** A Spanish follow-up session: the provider's `before`, the patron's e-mail, its read-back, and `promise` (the last provider words). */
const esFollowUp = (before: string, promise: string): Line[] => [
  [0, 'p', 'necesito las actas de la junta escolar de 1998'],
  [20, 'l', `${HI_ES} ¿De qué distrito, y necesita todos los meses?`],
  [50, 'p', 'del condado de Carroll, solo marzo y abril'],
  [70, 'l', before],
  [100, 'p', 'claro, es pat.ng@example.com'],
  [110, 'l', 'Gracias, tengo pat.ng@example.com.'],
  [130, 'l', promise],
];

/** The patron's `q`, the provider's `first` (the only greeting there may be), the patron's `reply`, the provider's `answer`, thanks, bye. */
const opened = (q: string, first: string, reply: string, answer: string): Line[] => [
  [0, 'p', q],
  [20, 'l', first],
  [50, 'p', reply],
  [70, 'l', answer],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

/** A follow-up session whose patron contact is not confirmed in the chat. */
const FU_NO_CONTACT = some({ contact: 'fail' });
/** A follow-up session with the e-mail read back and a time given. */
const FU_OK = some({ contact: 'pass' });
/** No follow-up session. */
const NO_FU = some({ contact: 'na' });
/** A question about the need before the source, and no closing "anything else?". */
const ASKS_NEED = some({ clarify: 'pass', anything: 'fail' });
/** The closing "anything else?" after the source, and no question about the need. */
const ASKS_CLOSING = some({ clarify: 'fail', anything: 'pass' });
const GREETS = some({ greeting: 'pass' });
const NO_GREETING = some({ greeting: 'fail' });

export const x6: SessionCase[] = [
  // ---- X6 for: a limit of minutes for each patron, the provider's, used to end the chat
  c('X6 for: "Solo puedo dedicar quince minutos a cada persona, así que aquí terminamos."', es.said('necesito ayuda con mi currículum, es largo', 'Ya revisamos la primera parte. Solo puedo dedicar quince minutos a cada persona, así que aquí terminamos.', ES_BYE), DISMISSED),
  c('X6 for: "lo siento, solo le puedo dar 10 minutos a cada usuario y ya se pasaron" (chat-speak)', es.said('me falta llenar la solicitud de empleo', 'lo siento, solo le puedo dar 10 minutos a cada usuario y ya se pasaron', ES_BYE), DISMISSED),
  c('X6 for: "Solo podemos dar veinte minutos por usuario, así que tengo que cerrar el chat."', es.said('quiero buscar mas libros de cocina vegana', 'Solo podemos dar veinte minutos por usuario, así que tengo que cerrar el chat.', ES_BYE), DISMISSED),
  // ---- X6 against: the limit waived, another service's limit, the computers' time, others waiting with a way back
  c('X6 against: "Solo puedo dar diez minutos a cada usuario, pero hoy está tranquilo, tómese su tiempo." (waived)', es.said('tengo muchas preguntas sobre impuestos', 'Normalmente solo puedo dar diez minutos a cada usuario, pero hoy está tranquilo, tómese su tiempo. ¿Cuál es la primera?', ES_BYE), NOT_DISMISSED),
  c('X6 against: "El centro de tutoría solo da treinta minutos a cada estudiante." (another\'s limit)', es.said('necesito ayuda con mi ensayo de inglés', 'El centro de tutoría solo da treinta minutos a cada estudiante, así que lleve su ensayo ya empezado.', ES_BYE), NOT_DISMISSED),
  c('X6 against: "Solo puede usar las computadoras sesenta minutos al día." (the computers\' time)', es.said('cuánto tiempo puedo usar las computadoras', 'Solo puede usar las computadoras sesenta minutos al día, y puede reservar en el mostrador.', ES_BYE), NOT_DISMISSED),
  c('X6 against: "Hay otros usuarios esperando; vuelva a escribirnos más tarde y seguimos." (allowed)', es.said('y otra pregunta más sobre mi tarjeta', 'Hay otros usuarios esperando ahora; vuelva a escribirnos más tarde y seguimos con su tarjeta.', ES_BYE), NOT_DISMISSED),
];

export const x11: SessionCase[] = [
  // ---- X11 for: the provider asks library staff to call or write to the patron later
  c('X11 for: "Voy a pedirle a la encargada de historia local que le escriba a ese correo antes del viernes."', esFollowUp('Esas actas están en el archivo, no en línea. ¿Me da su correo?', 'Voy a pedirle a la encargada de historia local que le escriba a ese correo antes del viernes.'), FU_OK),
  c('X11 for: "Les pedí a mis compañeros de genealogía que le envíen las copias dentro de 72 horas."', es.said('busco el acta de bautismo de mi abuelo de 1920', 'Eso está en microfilm. Les pedí a mis compañeros de genealogía que le envíen las copias dentro de 72 horas.', ES_BYE), FU_NO_CONTACT),
  c('X11 for: "le pido a mi compañero d referencia q le llame mañana" (chat-speak)', es.said('necesito saber si tienen el periódico de 1965', 'no lo veo en el catálogo, le pido a mi compañero d referencia q le llame mañana', ES_BYE), FU_NO_CONTACT),
  // ---- X11 against: the patron asked to send to someone else, the patron asked to call, a negation, others sending to others
  c('X11 against: "Le pido que le envíe el contrato a su arrendador por correo certificado." (the patron\'s act)', es.said('mi casero no me devuelve el depósito', 'Guarde todo por escrito. Le pido que le envíe el contrato a su arrendador por correo certificado.', ES_BYE), NO_FU),
  c('X11 against: "Le pido que me llame si tiene más preguntas." (the patron asked to call)', es.said('cuál es el horario de la sucursal del este', 'Abre de 9 a 6 de lunes a sábado. Le pido que me llame si tiene más preguntas.', ES_BYE), NO_FU),
  c('X11 against: "No voy a pedir a nadie que le llame; todo está en el catálogo." (negation)', es.said('tienen libros de jardinería en español', 'Sí, varios. No voy a pedir a nadie que le llame; todo está en el catálogo, busque "jardinería".', ES_BYE), NO_FU),
  c('X11 against: "Le pido que les mande las fotos a sus vecinos antes de la reunión." (the patron\'s act)', es.said('quiero organizar una limpieza del parque con mis vecinos', 'Buena idea. Le pido que les mande las fotos a sus vecinos antes de la reunión.', ES_BYE), NO_FU),
];

export const x17: SessionCase[] = [
  // ---- X17 for: a publication named by its title, in Spanish, kind first
  c('X17 for: "El estado publica la guía "Cómo sellar sus antecedentes" con todos los pasos."', es.said('cómo borro un arresto viejo de mi historial', 'Se puede en algunos casos. El estado publica la guía "Cómo sellar sus antecedentes" con todos los pasos.', ES_BYE), SOURCE),
  c('X17 for: "busca el manual "Tu primer empleo" del ayuntamiento, esta muy bien" (chat-speak)', es.said('es mi primer trabajo y no se q papeles necesito', 'busca el manual "Tu primer empleo" del ayuntamiento, esta muy bien', ES_BYE), SOURCE),
  c('X17 for: "Le recomiendo el cuadernillo "Primeros pasos con su computadora"."', es.said('nunca he usado una computadora', 'No se preocupe. Le recomiendo el cuadernillo "Primeros pasos con su computadora", explica todo con dibujos.', ES_BYE), SOURCE),
  // ---- X17 against: the patron's own to make, one said not to exist
  c('X17 against: "Puede hacer su propio folleto "Recetas de la abuela" con las fotos." (the patron\'s own)', es.said('quiero guardar las recetas de mi abuela', 'Qué bonito. Puede hacer su propio folleto "Recetas de la abuela" con las fotos.', ES_BYE), NO_SOURCE),
  c('X17 against: "Ya no hay un folleto "Sus derechos como inquilino" para este estado." (not there)', es.said('tienen algo sobre derechos de inquilinos', 'Lo siento, ya no hay un folleto "Sus derechos como inquilino" para este estado; lo retiraron.', ES_BYE), NO_SOURCE),
  c('X17 against: "No existe una guía "Ciudadanía paso a paso" en español." (not there)', es.said('hay una guía para la ciudadanía en español', 'Lo siento, no existe una guía "Ciudadanía paso a paso" en español, solo en inglés.', ES_BYE), NO_SOURCE),
  c('X17 against: "Diseñe una hoja informativa "Conozca su barrio" para su clase." (the patron\'s to make)', es.said('tengo que hacer un proyecto sobre mi barrio', 'Una idea: diseñe una hoja informativa "Conozca su barrio" para su clase.', ES_BYE), NO_SOURCE),
];

export const x24: SessionCase[] = [
  // ---- X24 for: a limit of questions per chat, the patron's share used up
  c('X24 for: "We only take three questions per session and you\'ve used all three, so I have to end the chat here."', said('ok and one more, how do i renew online', 'We only take three questions per session and you\'ve used all three, so I have to end the chat here.'), DISMISSED),
  c('X24 for: "sorry we do 2 questions a chat n u already had urs, closing this now" (chat-speak)', said('also whats the wifi password', 'sorry we do 2 questions a chat n u already had urs, closing this now'), DISMISSED),
  c('X24 for: "Our limit is one question per patron. You\'ve had yours, so I\'m going to close this chat."', said('and can you also find me a recipe for flan', 'Our limit is one question per patron. You\'ve had yours, so I\'m going to close this chat.'), DISMISSED),
  // ---- X24 against: the share not used up, the limit told alone, another's limit, no limit
  c('X24 against: "We answer three questions per chat and you\'ve had one, so go ahead." (not used up)', said('can i ask another one', 'Sure! We answer three questions per chat and you\'ve had one, so go ahead.'), NOT_DISMISSED),
  c('X24 against: "We answer two questions per chat, so ask away." (the limit alone)', said('i have a couple questions', 'No problem. We answer two questions per chat, so ask away.'), NOT_DISMISSED),
  c('X24 against: "The tax-help volunteers answer two questions per visit." (another\'s limit)', said('can the tax help people do my whole return', 'Not quite: the tax-help volunteers answer two questions per visit, so bring your list in priority order.'), NOT_DISMISSED),
  c('X24 against: "We don\'t limit questions per chat, and you\'ve had only two, so keep them coming." (no limit)', said('sorry i have so many questions', 'We don\'t limit questions per chat, and you\'ve had only two, so keep them coming.'), NOT_DISMISSED),
];

export const x25: SessionCase[] = [
  // ---- X25 for: what else was in a container, "o algo más" as the last choice: a question about the need
  c('X25 for: "Was anything else in the wallet, like your library card?"', asked('i lost my wallet at the bus stop', 'Sorry to hear it. Was anything else in the wallet, like your library card?', 'yes my library card and my license', 'Your card is blocked now. For the license, the steps are at dmv.example.gov/replace.'), ASKS_NEED),
  c('X25 for: "was there anything else in ur backpack, like a laptop?" (chat-speak)', asked('someone stole my backpack on campus', 'oh no. was there anything else in ur backpack, like a laptop?', 'yes my laptop', 'Campus police take theft reports at police.example.edu/report, and list the laptop serial number.'), ASKS_NEED),
  c('X25 for: "¿Qué tipo de voluntariado busca: cuidar animales, ayudar en la biblioteca, o algo más al aire libre?"', es.asked('quiero hacer voluntariado', '¿Qué tipo de voluntariado busca: cuidar animales, ayudar en la biblioteca, o algo más al aire libre?', 'algo al aire libre', 'Los parques del condado buscan voluntarios: parques.example.org/voluntarios.'), ASKS_NEED),
  c('X25 for: "Did you leave anything else in the car, like a phone?"', asked('my car got towed, how do i get it back', 'Okay. Did you leave anything else in the car, like a phone or medicine?', 'my phone is in it', 'The city tow lot steps are at tow.example.gov, and they let you get personal items first.'), ASKS_NEED),
  // ---- X25 against: the closing "anything else?" (older readings kept)
  c('X25 against: "Anything else I can help with?"', asked('what time does central close today', 'Central closes at 8 today; the hours are at library.example.org/hours.', 'great', 'Anything else I can help with?'), ASKS_CLOSING),
  c('X25 against: "¿Algo más en que le pueda ayudar?"', es.asked('a qué hora cierra la central hoy', 'La central cierra a las 8 hoy; el horario está en biblioteca.example.org/horario.', 'perfecto', '¿Algo más en que le pueda ayudar?'), ASKS_CLOSING),
  c('X25 against: "Is there anything else in your search I can help with?"', asked('i need the phone number for the county clerk', 'The county clerk is at (555) 555-0140, and the office page is clerk.example.gov.', 'got it', 'Is there anything else in your search I can help with?'), ASKS_CLOSING),
];

export const x30: SessionCase[] = [
  // ---- X30 for: "what's up" opening the message, a greeting
  c('X30 for: "Whats up, this is Dana from Ask a Librarian at Maple County Library."', opened('do you have passport photos', 'Whats up, this is Dana from Ask a Librarian at Maple County Library.', 'passport photos?', 'Not at the library, but the post office takes them; the list is at usps.example.com/passport.'), GREETS),
  c('X30 for: "Hey what\'s up! Priya at the Riverside Library chat here."', opened('can i print from my phone', 'Hey what\'s up! Priya at the Riverside Library chat here.', 'printing from phone', 'Yes: the steps are at riverside.example.org/print.'), GREETS),
  c('X30 for: "wassup, Leo w/ the library here" (chat-speak)', opened('do u have study rooms', 'wassup, Leo w/ the library here', 'study rooms', 'yep, book them at library.example.org/rooms'), GREETS),
  // ---- X30 against: "what's up with …" asks about the need
  c('X30 against: "Jo at Detroit Public Library. What\'s up with your card?"', opened('my card isnt working', 'Jo at Detroit Public Library. What\'s up with your card?', 'it says blocked', 'It had a $12 fine; you can pay it at dpl.example.org/pay.'), NO_GREETING),
  c('X30 against: "What\'s up with the printer? This is Jo, a librarian at Maple County Library."', opened('the printer is broken', 'What\'s up with the printer? This is Jo, a librarian at Maple County Library.', 'it jams', 'The print guide is at maple.example.org/print; staff will fix the jam.'), NO_GREETING),
  c('X30 against: "Detroit Public Library, Kwame speaking. So what\'s up, your hold expired?"', opened('my hold is gone', 'Detroit Public Library, Kwame speaking. So what\'s up, your hold expired?', 'yes it did', 'You can place it again at dpl.example.org/holds.'), NO_GREETING),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'X24 against: "We answer three questions per chat and you\'ve had one, so go ahead." (not used up)':
    'closing.no_dismissal expected pass, got fail ("told the patron their time is up or that they asked too many questions"): the share is not used up and the provider goes on (RUBRIC closing.no_dismissal: fail only when the patron "reached a limit of questions or asked too many"); an older reading of "N questions per chat" fires on the limit alone (older: v57 fail the same)',
  'X24 against: "We answer two questions per chat, so ask away." (the limit alone)':
    'closing.no_dismissal expected pass, got fail ("told the patron their time is up or that they asked too many questions"): the limit told alone, the patron invited to ask (RUBRIC closing.no_dismissal); the near miss PER_CHAT_HAD_X24\'s own comment names, read by an older phrase (older: v57 fail the same)',
  'X24 against: "The tax-help volunteers answer two questions per visit." (another\'s limit)':
    'closing.no_dismissal expected pass, got fail ("told the patron their time is up or that they asked too many questions"): another service\'s limit, not the provider ending this chat (RUBRIC closing.no_dismissal); older: v57 fail the same',
  'X24 against: "We don\'t limit questions per chat, and you\'ve had only two, so keep them coming." (no limit)':
    'closing.no_dismissal expected pass, got fail ("told the patron their time is up or that they asked too many questions"): a negation, there is no limit and help goes on (RUBRIC closing.no_dismissal); older: v57 fail the same',
};

describe('sixty-fourth round: block X checked blind a fourth time, both ways', () => {
  for (const [t, cs] of [['X6', x6], ['X11', x11], ['X17', x17], ['X24', x24], ['X25', x25], ['X30', x30]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
