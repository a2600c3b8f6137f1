/**
 * Forty-third round, block J's Spanish changes checked (rubric v44): J7 `CON_ESO_J7` / `CREE_QUE_J7` / `HACE_RESPONDER_J7`
 * (Spanish completeness questions), J9 `ERA_TODO_J9` / `NOMAS_ESO_J9` (the patron done, closing.anything_else), J10
 * `HOLAA_J10` (a stretched "holaa" greeting), J11 `DEMORA_J11` ("Disculpe la demora" as courtesy filler), J12 `SALIO_J12`
 * ("Veo que ya salió del chat" as a disconnect notice), J13 `PUEDE_ESCRIBIRNOS_J13` (an invitation back), J19
 * `PREGUNTA_NOUN_J19` ("su pregunta a …" a noun) and J21 `ARROBA_J21` / `arrobaJ21` (an e-mail spelled "arroba … punto com"),
 * tried both ways with cases no one had written.
 *
 * SHAPES TRIED:
 *  J7: as meant, "¿Con esto ya puede …?", tú "con esa información ya sabes", chat-speak "con eso te queda claro?" (no opening
 *   mark), "¿Con eso resuelve su duda?", "¿Cree que esto le ayude …?", "¿Con lo que le envié ya puede …?", machine-translated
 *   "¿Hizo esto contestar su pregunta?", "alguna de esas opciones te sirva", "le va a servir", non-native "¿Con esto usted tiene
 *   …?", Mexican "¿Y con eso ya quedó?", "¿Con eso estaría?"; against, questions about an offer or plan ("le mando la lista
 *   mañana. ¿Con eso le queda bien?", "El resto se lo mando el lunes. ¿Cree que eso le funcione?"), about something not yet
 *   given ("¿Cree que le serviría una copia escaneada …?", RUBRIC's own example in Spanish), a choice of format, coming in
 *   person, and urgency ("¿Con esta información puede esperar …, o es urgente?").
 *  J9: as meant, "fue todo lo que buscaba", "sería todo lo que necesito", "ya, nomás eso, gracias", "únicamente eso", "solo eso
 *   sería, gracias", chat-speak "lo q necesitaba", "ya quedó, era todo lo que ocupaba jaja"; against, negated ("no era todo lo
 *   que necesitaba, también …"), a question ("¿entonces eso era todo lo que necesitaba llevar?"), "pensé que … era todo …,
 *   pero", and "solo eso" answering the provider's question (which documents, which schedule, what the child likes).
 *  J10: "Holaa, buenas tardes, le atiende", "holaaa!!", "¡Holaa! Bienvenida", "Holaaa :)" then the name, an English provider's
 *   "Holaa! This is Jo", "holaa q tal"; against, a title «¡Holaaa, Lola!» with no greeting; "¿Holaaa? ¿Sigue ahí?" as a
 *   check-in; a Lost Call greeted with "¡Holaaa!".
 *  J11 (Lost Calls: the patron asks and leaves, a greeting with the apology, a goodbye): "Mil disculpas por la espera", Mexican
 *   "una disculpa por la demora", "perdón x la espera", "Lamento la larga espera", "disculpe el retraso", "Lamento haberle
 *   hecho esperar"; against, the apology for the patron's own delay with or without content ("Siento la demora de su préstamo
 *   interbibliotecario.", "Perdone la demora de su reserva: hay 40 personas antes …", "Lamento el retraso de su reembolso; el
 *   cheque sale …").
 *  J12 (a final idle of 195 s): "Al parecer se desconectó del chat", "Creo que ya se fue del chat", "cerró la ventana del
 *   chat", "parece q ya se salio del chat", "se nos fue del chat", "Supongo que abandonó la conversación", a Lost Call's "Veo
 *   que ya se desconectó de la sesión"; against, "Veo que dejó la sesión de su cuenta abierta en otra computadora", an app or
 *   system that logged the patron out ("Veo que la app le cerró la sesión: vuelva a entrar en …").
 *  J13: "puede escribirnos de nuevo cuando guste", "No dudes en escribirnos otra vez 😊", "Puedes volver a contactarnos",
 *   "Nos puede escribir de nuevo", "no dude en consultarnos en cualquier momento"; against, "¿Puede llamarnos mañana para
 *   confirmar la cita?", "puede escribirnos en español o en inglés", "No puede escribirnos desde la cuenta de su hijo";
 *   no_dismissal: a limit of questions then the invitation (fails), closing time and others waiting with the invitation
 *   (pass); Terms' Goodbye: the invitation ending the final idle, and the same with "¿Sigue ahí?" (no Goodbye).
 *  J19: as meant (no referral), "Pasé su pregunta a nuestro equipo …", "Reenvié tu pregunta a la sucursal …", "le hice la
 *   pregunta a la coordinadora", "Esa pregunta a veces la resuelve … la guía"; against (a referral with the noun),
 *   "Hágale la pregunta a la bibliotecaria de su escuela", "Haz esa pregunta a tu consejero", "Lleve su pregunta a la
 *   oficina …", "Mande su pregunta a la Oficina del Secretario: clerk@…", "Dirija su pregunta a …"; the verb "pregunta a tu
 *   maestra" as a guard.
 *  J21 (a follow-up by me with "antes del viernes"): "luisa.r arroba gmail punto com", "yahoo punto com punto mx", "punto
 *   net", "hotmail.es", capitals, "juan(arroba)gmail.com", a partial "ana.g arroba gmail" completed in the read-back; a
 *   referral's "admisiones arroba umd punto edu" (info.source, referral.contact); against, the provider spelling the form
 *   ("su usuario y luego arroba gmail punto com") and the library's own address, the patron's never given.
 *
 * Statuses read from RUBRIC.md: followup.completeness asks "whether the information already given meets the need" ("A
 * question about something not yet given … does not count"); closing.anything_else passes when "the patron says on their
 * own, explicitly, that they are done"; approachability.greeting: "the provider greets the patron"; Terms "Substantive
 * exchange" (a visible message "other than a greeting, an idle check-in or a goodbye, a hold message or a disconnect
 * notice"); session.disconnect_notice: "told the patron that they seem to have disconnected and that the session will end";
 * closing.courteous: "thanks the patron, says goodbye or invites them back"; closing.no_dismissal ("a limit of questions"
 * fails; others waiting with an invitation back passes); Terms "Goodbye" (not when it "also asks whether the patron is still
 * there") and "Final idle"; Terms "Referral" ("staff the provider consults on the patron's behalf do not" count);
 * followup.contact ("given or repeated back there"); info.source ("an e-mail or phone contact for a referral").
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a question whose "eso" is the plan or offer just made asks about something not yet given;
 * - "solo eso" answering a question the provider asked is an answer, not "I'm done"; "solo eso sería, gracias" is done;
 * - a greeting whose apology is for the patron's own delay ("Siento la demora de su préstamo") speaks to the need: a
 *   substantive exchange; one for the provider's wait is courtesy;
 * - "¿Puede llamarnos mañana para confirmar la cita?" asks the patron to do something, no invitation back;
 * - a provider's read-back that completes the patron's partial address ("ana.g arroba gmail" → "… punto com") repeats it.
 *
 * COUNTS. Written: 92 cases (J7 18, J9 13, J10 9, J11 9, J12 10, J13 13, J19 10, J21 10), all labelled from RUBRIC.md before
 * the first run. First run as labelled / disagreeing: 61 / 31. Label corrections: 0 (each disagreement reread against
 * RUBRIC.md; every label kept). FINAL: 61 running, 31 LEFT: 12 caused by v44's block J (J7 5, J9 2, J10 1, J11 2, J12 1,
 * J13 1) and 19 older readings (v43 scored them the same; J7 6, J9 2, J11 2, J12 2, J13 1, J19 4, J21 2), reasons in LEFT_WHY.
 * The redaction equality of describeSessions holds for every running case (the J21 e-mails included).
 *
 * FINAL RUN (`--project scoring`, this file only): 92 tests passed (31 through describeLeft).
 *
 * V44 AFTER THIS CHECK: the 12 false readings of (a) read as labelled now and run with the others. J7's "cree que" needs
 * "eso / esto / alguno …" and a present subjunctive, not "más / mejor" after it, and "con esta información puede …" is out
 * (still "¿Con esto ya puede …?"); J9's "era todo" is not after "no" or "pensé que …", nor in a question; J10 opens the
 * message; J11 ends its clause; J12 is of the chat (not an account's session), and reads "Al parecer se desconectó" and "se
 * nos fue"; J13 is no question. So do 3 older ones of (b) (J12's two, and "¿Con eso le queda bien?" after a plan, by
 * `planBeforeJ22`). Final under v44: 76 running, 16 LEFT, all older readings or shapes not reached.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, sys } from './helpers';
import { es, gone, idleEs, L, lastEs, OPEN_ES, says } from './narrowing-lines';

type St = 'pass' | 'fail' | 'na';

// ---- J7: Spanish completeness questions ----
const SRC = 'Puede renovar su tarjeta en línea en samplelibrary.org/tarjeta, con su número de tarjeta y su PIN.';
const cmp = (name: string, q: string, st: St): SessionCase => ({
  name: `J7 ${name}: "${q}" : ${says(st)}`,
  lines: es('necesito renovar mi tarjeta de la biblioteca', `${SRC} ${q}`),
  exp: some({ complete: st }),
});
export const completeness: SessionCase[] = [
  // as meant, new words
  cmp('"con esto ya puede"', '¿Con esto ya puede renovarla usted sola?', 'pass'),
  cmp('tú, "con esa información ya sabes"', '¿Con esa información ya sabes cómo hacerlo?', 'pass'),
  cmp('chat-speak, no opening mark', 'con eso te queda claro?', 'pass'),
  cmp('"con eso resuelve"', '¿Con eso resuelve su duda?', 'pass'),
  cmp('"cree que esto le ayude"', '¿Cree que esto le ayude con el trámite?', 'pass'),
  cmp('"con lo que le envié ya puede"', '¿Con lo que le envié ya puede hacer el trámite?', 'pass'),
  cmp('machine translation "hizo esto contestar"', '¿Hizo esto contestar su pregunta?', 'pass'),
  cmp('"alguna de esas opciones te sirva"', '¿Crees que alguna de esas opciones te sirva?', 'pass'),
  cmp('"le va a servir"', '¿Piensa que le va a servir?', 'pass'),
  cmp('non-native "con esto usted tiene"', '¿Con esto usted tiene lo que necesita?', 'pass'),
  cmp('Mexican "ya quedó"', '¿Y con eso ya quedó?', 'pass'),
  cmp('"con eso estaría"', '¿Con eso estaría?', 'pass'),
  // against: about a plan, an offer or something not yet given
  cmp('about the plan', 'Si quiere, también le mando la lista de sucursales mañana. ¿Con eso le queda bien?', 'fail'),
  cmp('about a scan not yet given', '¿Cree que le serviría una copia escaneada del formulario?', 'fail'),
  cmp('which format', '¿Crees que te sirva más un video o un folleto impreso?', 'fail'),
  cmp('about coming in person', '¿Piensa que le funcionaría mejor venir en persona?', 'fail'),
  cmp('about the promise', 'El resto se lo mando por correo el lunes. ¿Cree que eso le funcione?', 'fail'),
  cmp('about urgency', '¿Con esta información puede esperar a que abramos el lunes, o es urgente?', 'fail'),
];

// ---- J9: the patron done in Spanish ----
/** The answer with "¿Le sirvió?", the patron's `text`, and a goodbye: the provider never asks "anything else?". */
const doneLines = (text: string): Line[] => [
  ...OPEN_ES('que necesito para sacar la tarjeta'),
  L('Los requisitos están en samplelibrary.org/tarjeta: una identificación con foto y un comprobante de domicilio. ¿Le sirvió?'),
  [110, 'p', text],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
const done = (name: string, text: string, st: St): SessionCase => ({ name: `J9 ${name}: "${text}" : ${says(st)}`, lines: doneLines(text), exp: some({ anything: st }) });
/** The provider's clarifying question `ask`, the patron's `reply`, the answer, the patron's "ok" and a goodbye. */
const replied = (name: string, ask: string, reply: string): SessionCase => ({
  name: `J9 ${name}: "${ask}" / "${reply}" : fails`,
  lines: [
    [0, 'p', 'hola, que necesito para sacar la tarjeta de la biblioteca'],
    [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County Library.'],
    [26, 'l', ask],
    [60, 'p', reply],
    [70, 'l', 'Los requisitos están en samplelibrary.org/tarjeta. ¿Le sirvió?'],
    [110, 'p', 'ok'],
    [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
  ],
  exp: some({ anything: 'fail' }),
});
export const patronDone: SessionCase[] = [
  // as meant
  done('"fue todo lo que buscaba"', 'eso fue todo lo que buscaba, mil gracias', 'pass'),
  done('"sería todo lo que necesito"', 'seria todo lo que necesito, gracias!', 'pass'),
  done('"ya, nomás eso"', 'ya, nomás eso, gracias', 'pass'),
  done('"únicamente eso"', 'únicamente eso, muchas gracias', 'pass'),
  done('"solo eso sería"', 'solo eso seria, gracias', 'pass'),
  done('chat-speak "lo q necesitaba"', 'era todo lo q necesitaba, grax', 'pass'),
  done('"ya quedó … jaja"', 'Sí, ya quedó, era todo lo que ocupaba jaja', 'pass'),
  // against
  done('negated', 'gracias pero no era todo lo que necesitaba, tambien quiero saber de las multas', 'fail'),
  done('a question', '¿entonces eso era todo lo que necesitaba llevar?', 'fail'),
  done('thought so, but', 'pense que el pasaporte era todo lo que necesitaba, pero ahora me piden otra cosa', 'fail'),
  replied('"solo eso" answers which documents', '¿Qué documentos tiene a la mano?', 'el pasaporte, solo eso, gracias'),
  replied('"solo eso" answers which schedule', '¿Le mando solo el horario de la sucursal, o también el de los talleres?', 'solo eso gracias'),
  replied('"solo eso" answers what the child likes', '¿Qué temas le gustan a su hijo?', 'gracias por preguntar! los dinosaurios, solo eso'),
];

// ---- J10: a stretched "holaa" ----
const greet = (name: string, first: string, second: string, st: St): SessionCase => ({
  name: `J10 ${name}: "${first}" + "${second}" : ${says(st)}`,
  lines: [
    [0, 'p', 'tienen libros en español para niños?'],
    [20, 'l', first],
    [28, 'l', second],
    [60, 'p', '6 años'],
    [70, 'l', 'Sí: en samplelibrary.org/catalogo busque «cuentos» y filtre por español. ¿Le sirvió?'],
    [110, 'p', 'si gracias'],
    [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
  ],
  exp: some({ greeting: st }),
});
const AGE = '¿Para qué edad los busca?';
/** The patron asks and leaves; the provider's `first` at 85 s and `bye` at 92 s (no substantive exchange unless `first` is one). */
const lostLines = (q: string, first: string, bye = 'Gracias por escribirnos, ¡hasta luego!'): Line[] => [
  [0, 'p', q],
  [40, 's', 'Patron has left the chat.', sys('patron_left')],
  [85, 'l', first],
  [92, 'l', bye],
];
export const holaa: SessionCase[] = [
  greet('"Holaa, buenas tardes, le atiende"', 'Holaa, buenas tardes, le atiende Jo de Sample County Library.', AGE, 'pass'),
  greet('"holaaa!! soy jo"', 'holaaa!! soy jo, bibliotecaria de Sample County Library', AGE, 'pass'),
  greet('"¡Holaa! Bienvenida al chat de la biblioteca"', '¡Holaa! Bienvenida al chat de Sample County Library.', AGE, 'pass'),
  greet('split: "Holaaa :)" then the name', 'Holaaa :)', 'Soy Jo de Ask Us, Sample County Library. ¿Para qué edad los busca?', 'pass'),
  greet('English provider', 'Holaa! This is Jo at Sample County Library.', AGE, 'pass'),
  greet('"holaa q tal, te atiende"', 'holaa q tal, te atiende Jo de Pregunte a la Biblioteca', AGE, 'pass'),
  greet('against: a book title, no greeting', 'Soy Jo, bibliotecaria de Sample County Library.', 'Tenemos «¡Holaaa, Lola!» en español. ¿Para qué edad los busca?', 'fail'),
  {
    name: 'J10 "¿Holaaa? ¿Sigue ahí?" in the final idle is a check-in : idle_checkin passes',
    lines: idleEs('¿Holaaa? ¿Sigue ahí?'),
    exp: some({ idle: 'pass' }),
  },
  {
    name: 'J10 Lost Call: "¡Holaaa! Soy Jo de Sample County Library." then a goodbye: no substantive exchange (source na)',
    lines: lostLines('hola, tienen libros en español para niños?', '¡Holaaa! Soy Jo de Sample County Library.'),
    exp: some({ source: 'na', clarify: 'na' }),
  },
];

// ---- J11: "Disculpe la demora" as courtesy filler ----
const Q_ILL = 'pedi un libro por prestamo entre bibliotecas hace un mes y no llega';
const lost = (name: string, first: string, st: 'na' | 'fail', q = 'hola, puedo pagar una multa por aqui?'): SessionCase => ({
  name: `J11 ${name}: "${first}" : ${st === 'na' ? 'no substantive exchange (source na)' : 'a substantive exchange (source fails)'}`,
  lines: lostLines(q, first),
  exp: some({ source: st }),
});
export const demora: SessionCase[] = [
  lost('"Mil disculpas por la espera"', '¡Buenas noches! Mil disculpas por la espera, le atiende Jo de Sample County Library.', 'na'),
  lost('Mexican "una disculpa por la demora"', 'Hola, una disculpa por la demora, soy Jo de la biblioteca.', 'na'),
  lost('chat-speak "perdón x la espera"', 'Hola, perdón x la espera! soy jo de ask us', 'na'),
  lost('"Lamento la larga espera"', 'Hola, soy Jo de Sample County Library. Lamento la larga espera.', 'na'),
  lost('"disculpe el retraso"', 'Hola, disculpe el retraso. Soy Jo de Sample County Library.', 'na'),
  lost('"Lamento haberle hecho esperar"', 'Hola, soy Jo de Sample County Library. Lamento haberle hecho esperar.', 'na'),
  // against: the patron's own delay, acknowledged or explained
  lost("against: the patron's interlibrary loan", 'Hola, soy Jo de Sample County Library. Siento la demora de su préstamo interbibliotecario.', 'fail', Q_ILL),
  lost('against: why the hold is slow', 'Hola, soy Jo de Sample County Library. Perdone la demora de su reserva: hay 40 personas antes que usted en la lista.', 'fail', 'por que tarda tanto mi reserva?'),
  lost('against: the refund', 'Hola, soy Jo. Lamento el retraso de su reembolso; el cheque sale de la oficina de finanzas del condado en 4 a 6 semanas.', 'fail', 'mi reembolso de la multa no ha llegado'),
];

// ---- J12: "Veo que ya salió del chat" as a disconnect notice ----
const notice = (name: string, text: string, st: St): SessionCase => ({ name: `J12 ${name}: "${text}" : disconnect_notice ${says(st)}`, lines: gone(text), exp: some({ disconnect: st }) });
/** The patron's question about Libby, a greeting, the provider's `text`, the patron's thanks and a goodbye. */
const libby = (name: string, text: string): SessionCase => ({
  name: `J12 ${name}: "${text}" : a substantive exchange (source passes)`,
  lines: [
    [0, 'p', 'no puedo entrar a libby, me saca a cada rato'],
    [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County Library.'],
    [30, 'l', text],
    [60, 'p', 'ok gracias'],
    [70, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
  ],
  exp: some({ source: 'pass' }),
});
export const salio: SessionCase[] = [
  notice('"Al parecer se desconectó del chat"', 'Al parecer se desconectó del chat. Cerraré la sesión, ¡gracias por escribirnos!', 'pass'),
  notice('"Creo que ya se fue del chat"', 'Creo que ya se fue del chat, así que voy a cerrar la sesión.', 'pass'),
  notice('"cerró la ventana del chat"', 'Noto que usted ya cerró la ventana del chat; voy a cerrar esta sesión.', 'pass'),
  notice('chat-speak "parece q"', 'parece q ya se salio del chat, cierro la sesion. saludos', 'pass'),
  notice('"se nos fue del chat"', 'Parece que se nos fue del chat. Voy a cerrar la sesión.', 'pass'),
  notice('"abandonó la conversación"', 'Supongo que abandonó la conversación. Terminaré el chat ahora, vuelva cuando quiera.', 'pass'),
  {
    name: 'J12 Lost Call: "Veo que ya se desconectó de la sesión. ¡Gracias y hasta luego!": no substantive exchange (source na)',
    lines: lostLines('hola, puedo pagar una multa por aqui?', 'Hola, soy Jo de Sample County Library.', 'Veo que ya se desconectó de la sesión. ¡Gracias y hasta luego!'),
    exp: some({ source: 'na' }),
  },
  // against
  notice('against: a session left open elsewhere', 'Veo que dejó la sesión de su cuenta abierta en otra computadora; ciérrela desde «Mi cuenta». Voy a cerrar este chat.', 'fail'),
  libby('against: the app logged the patron out', 'Veo que la app le cerró la sesión: vuelva a entrar en samplecounty.overdrive.com con su tarjeta y su PIN.'),
  libby('against: the catalogue logged the patron out', 'Parece que el sistema cerró la sesión por inactividad; entre de nuevo en samplecounty.overdrive.com y listo.'),
];

// ---- J13: "puede escribirnos de nuevo cuando quiera" as an invitation back ----
const Q_CARD = 'como renuevo mi tarjeta';
const last13 = (name: string, text: string, st: St): SessionCase => ({ name: `J13 ${name}: "${text}" : courteous ${says(st)}`, lines: lastEs(Q_CARD, text), exp: some({ courteous: st }) });
const ended = (name: string, text: string, st: St): SessionCase => ({ name: `J13 ${name}: "${text}" : no_dismissal ${says(st)}`, lines: lastEs(Q_CARD, text), exp: some({ dismissal: st }) });
export const escribirnos: SessionCase[] = [
  last13('"cuando guste"', 'Si le surge otra duda, puede escribirnos de nuevo cuando guste.', 'pass'),
  last13('tú, "no dudes en … otra vez"', 'No dudes en escribirnos otra vez 😊', 'pass'),
  last13('"Puedes volver a contactarnos"', 'Puedes volver a contactarnos cuando quieras.', 'pass'),
  last13('clitic first, "Nos puede escribir"', 'Nos puede escribir de nuevo cuando quiera.', 'pass'),
  last13('"no dude en consultarnos en cualquier momento"', 'no dude en consultarnos en cualquier momento', 'pass'),
  last13('against: a request to call', '¿Puede llamarnos mañana para confirmar la cita?', 'fail'),
  last13('against: which language', 'Sí, puede escribirnos en español o en inglés, como prefiera.', 'fail'),
  last13('against: "No puede escribirnos desde la cuenta de su hijo"', 'No puede escribirnos desde la cuenta de su hijo; necesita su propia tarjeta.', 'fail'),
  ended('a limit of questions, then the invitation', 'Solo atendemos una pregunta por sesión y ya llegó al límite. Puede escribirnos de nuevo mañana.', 'fail'),
  ended('closing time, with the way back', 'Ya es hora de cerrar el servicio, así que tengo que terminar el chat. Puede escribirnos de nuevo mañana a partir de las 9.', 'pass'),
  ended('others waiting, with the way back', 'Tengo que atender a otros usuarios, así que voy a cerrar el chat. No dude en escribirnos otra vez más tarde.', 'pass'),
  {
    name: 'J13 the invitation ends the final idle (Terms\' Goodbye): "Puede escribirnos de nuevo cuando quiera." at 100 s, the session ending at 400 s : idle checks na',
    lines: [...OPEN_ES(Q_CARD), L('Está en el catálogo, samplelibrary.org/catalogo. ¿Le sirvió?'), L('Puede escribirnos de nuevo cuando quiera.', 100)],
    over: { endAfter: 300 },
    exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass' }),
  },
  {
    name: 'J13 against: "Puede escribirnos de nuevo cuando quiera. ¿Sigue ahí?" asks whether the patron is there (no Goodbye) : idle passes, disconnect fails',
    lines: [...OPEN_ES(Q_CARD), L('Está en el catálogo, samplelibrary.org/catalogo. ¿Le sirvió?'), L('Puede escribirnos de nuevo cuando quiera. ¿Sigue ahí?', 100)],
    over: { endAfter: 300 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
];

// ---- J19: "su pregunta a …" is the noun ----
const ref = (name: string, text: string, st: St): SessionCase => ({
  name: `J19 ${name}: "${text}" : referral.contact ${says(st)}`,
  lines: es('necesito una copia del acta de nacimiento de mi papa', text),
  exp: some({ referral: st }),
});
export const preguntaNoun: SessionCase[] = [
  // as meant: the noun, the question passed on by staff (no referral)
  ref('"Pasé su pregunta a nuestro equipo"', 'Pasé su pregunta a nuestro equipo de historia local; ellos le escriben antes del viernes.', 'na'),
  ref('tú, "Reenvié tu pregunta a la sucursal"', 'Reenvié tu pregunta a la sucursal de Wheaton y te contestan por correo mañana.', 'na'),
  ref('"le hice la pregunta a la coordinadora"', 'Ya le hice la pregunta a la coordinadora de genealogía y dice que las actas están en samplelibrary.org/genealogia.', 'na'),
  ref('"Esa pregunta a veces"', 'Esa pregunta a veces la resuelve mejor la guía de genealogía: samplelibrary.org/genealogia.', 'na'),
  // against: the noun in a sentence that does send the patron to someone
  ref('"Hágale la pregunta a la bibliotecaria"', 'Hágale la pregunta a la bibliotecaria de su escuela.', 'fail'),
  ref('"Haz esa pregunta a tu consejero"', 'Haz esa pregunta a tu consejero escolar, él sabe de becas.', 'fail'),
  ref('"Lleve su pregunta a la oficina"', 'Lleve su pregunta a la oficina del Registro Civil del condado.', 'fail'),
  ref('"Mande su pregunta a la Oficina del Secretario:" with an e-mail', 'Mande su pregunta a la Oficina del Secretario del condado: clerk@samplecounty.gov.', 'pass'),
  ref('"Dirija su pregunta a"', 'Dirija su pregunta a la oficina de Estadísticas Vitales del estado.', 'fail'),
  ref('guard: the verb, "pregunta a tu maestra"', 'Mejor pregunta a tu maestra de historia.', 'fail'),
];

// ---- J21: an e-mail spelled "arroba … punto com" ----
/** A follow-up session: the promise with a when, the question for the e-mail, the patron's `given` and the provider's `reply`. */
const fu = (name: string, given: string, st: St, reply = 'Perfecto, se los mando antes del viernes.'): SessionCase => ({
  name: `J21 ${name}: "${given}" : followup.contact ${says(st)}`,
  lines: [
    ...OPEN_ES('necesito articulos sobre la diabetes en español'),
    L('Tengo que buscarlos con calma y se los mando por correo. ¿Cuál es su correo?'),
    [100, 'p', given],
    [110, 'l', reply],
    [130, 'p', 'gracias'],
    [140, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
  ],
  over: FU_ME,
  exp: some({ contact: st }),
});
export const arroba: SessionCase[] = [
  fu('"luisa.r arroba gmail punto com"', 'mi correo es luisa.r arroba gmail punto com', 'pass'),
  fu('Mexican domain, "punto com punto mx"', 'es rosa_m arroba yahoo punto com punto mx', 'pass'),
  fu('"punto net"', 'jramirez77 arroba comcast punto net', 'pass'),
  fu('"hotmail.es"', 'pperez arroba hotmail.es', 'pass'),
  fu('capitals', 'MARIA.LOPEZ ARROBA OUTLOOK PUNTO COM', 'pass'),
  fu('"(arroba)"', 'juan(arroba)gmail.com', 'pass'),
  fu('the domain finished in the read-back', 'ana.g arroba gmail', 'pass', 'Entonces es ana.g arroba gmail punto com, ¿verdad? Se los mando antes del viernes.'),
  {
    name: 'J21 a referral\'s e-mail spelled out: "Escriba a la oficina de admisiones: admisiones arroba umd punto edu." : source and referral pass',
    lines: es('como aplico a la universidad de maryland', 'Escriba a la oficina de admisiones: admisiones arroba umd punto edu.'),
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  // against: an e-mail that is not the patron's, or no e-mail
  fu('against: the provider spells the form, no address given', 'no se, como se pone?', 'fail', 'Se pone su usuario y luego arroba gmail punto com. Se los mando antes del viernes cuando me lo pase.'),
  fu('against: the library\'s address, the patron\'s never given', 'mejor les escribo yo', 'fail', 'Claro: escriba a ayuda arroba samplelibrary punto org y le contestamos antes del viernes.'),
];

// ---- LEFT: labelled from RUBRIC.md, still misread (filled in after the run) ----
/**
 * LEFT: cases labelled from RUBRIC.md that the scorer still misreads, keyed by the start of the case's name: what it gave,
 * v43's status, and why. "(a)" caused by v44's change (v43 scored it as labelled); "(b)" an older reading (v43 the same).
 */
const LEFT_WHY: Record<string, string> = {
  // (LEFT until v50: 'J19 "Mande su pregunta a la Oficina del Secretario:"', read since v50 P14)
  // (a) caused by v44's block J
  // (b) older readings, v43 the same
  'J7 "alguna de esas opciones te sirva"': '(b) CREE_QUE_J7 allows no noun after "alguna de esas" (fail; v43 fail).',
  'J7 "le va a servir"': '(b) CREE_QUE_J7 has no periphrastic future "le va a servir" (fail; v43 fail).',
  'J7 non-native': '(b) CON_ESO_J7 allows no subject "usted" before "tiene" (fail; v43 fail).',
  'J7 Mexican': '(b) "¿ya quedó?" (Mexican: is that settled?) in no family (fail; v43 fail).',
  'J7 "con eso estaría"': '(b) CON_ESO_J7 has no "estaria" (fail; v43 fail).',
  'J9 a question': '(b) v1 patronDone "todo lo que necesitaba" (J9 ERA_TODO_J9 too) with no question guard: the patron asks, read as done (pass; v43 pass).',
  'J9 "solo eso sería"': '(b) NOMAS_ESO_J9 wants thanks right after "solo eso" or before it: "solo eso seria, gracias" missed (fail; v43 fail).',
  'J11 chat-speak': '(b) DEMORA_J11 has no "x" for "por": "perdon x la espera" read as content (fail; v43 fail).',
  'J11 "Lamento haberle hecho esperar"': '(b) DEMORA_J11 wants a noun (demora/espera…): the verb phrase is read as content (fail; v43 fail).',
  'J13 clitic first': '(b) PUEDE_ESCRIBIRNOS_J13 wants the enclitic "escribirnos": "Nos puede escribir de nuevo" missed (fail; v43 fail).',
  'J19 "Hágale la pregunta a la bibliotecaria"': '(b) no referring verb reads "hágale la pregunta a" (and J19 blocks "pregunta a" after "la"): referral missed (na; v43 na).',
  'J19 "Haz esa pregunta a tu consejero"': '(b) no referring verb reads "haz esa pregunta a" (J19 blocks "pregunta a" after "esa"): referral missed (na; v43 na).',
  'J19 "Dirija su pregunta a"': '(b) no referring verb reads "dirija su pregunta a": referral missed (na; v43 na).',
  'J21 "(arroba)"': '(b) contactsIn wants " arroba " with spaces: "juan(arroba)gmail.com" no e-mail (fail; v43 fail).',
  'J21 the domain finished in the read-back': '(b) the provider\'s read-back completing "ana.g arroba gmail" is not taken as confirmed; the same with "@" (fail; v43 fail).',
};
const isLeft = (c: SessionCase): boolean => Object.keys(LEFT_WHY).some((k) => c.name.startsWith(k));
const ALL = { completeness, patronDone, holaa, demora, salio, escribirnos, preguntaNoun, arroba };

describe('forty-third round, block J (Spanish) checked', () => {
  for (const [k, cs] of Object.entries(ALL)) {
    describeSessions(k, cs.filter((c) => !isLeft(c)));
    describeLeft(k, cs.filter(isLeft));
  }
});
