/**
 * Sixty-fourth round, second blind check of block X (rubric v58): X5, X6, X7, X8, X11, X12, X16, X17, X21, X23 and X24 tried both
 * ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read,
 * and older readings it must not break). Checks, one item each: followup.completeness (X5, X12: whether the information already given
 * meets the need; a question about something not yet given does not count), closing.no_dismissal (X6, X24: the patron told their time
 * is up or that they reached a limit of questions), resolution.code / followup.contact / followup.on_time (X7, X11: a follow-up
 * session is one the provider promises, "someone from your library will contact you" included), closing.courteous (X8, X21: thanks, a
 * goodbye or the patron invited back in one of the last two provider messages), interest.keep_informed (X16: a hold message),
 * info.source (X17: a named resource), transfer.handoff (X23: the patron told of the transfer in a visible message).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - X5 / X12: "does this / that give you / her what you / she need(s) for <purpose>?" and "Does <what was given> help to start / as a
 *   start?" ask about what was given (pass); "Did the clerk tell you what they need …?" asks about a third party, and "Would a copy of
 *   your 2019 return …?", "Would a printed copy help to start?", "Would it help to start with the 2020 census tables?" ask about things
 *   not yet given (fail).
 * - X6 / X24: a per-patron limit of minutes or questions told with the help ended ("…, así que tengo que cerrar el chat", "ya se
 *   acabaron; cierro el chat", "you've used all three, so I have to end the chat") is a dismissal; the limit told alone, waived ("pero
 *   hoy está tranquilo, así que tómese su tiempo"), with the patron's share not used up ("you've had one, so go ahead"), or another
 *   body's ("El centro de escritura solo puede dar 30 minutos …") is none.
 * - X7 / X11: another body's compiling and sending ("The Social Security office will review your file and then mail a copy to you")
 *   is no promise of the provider's; the provider's own act, the library's own people ("Our genealogy volunteers will … email them to
 *   you") and the provider asking the library's staff to call or write ("Le voy a pedir a la bibliotecaria … que le escriba", "Voy a
 *   pedir que le llamen de la sucursal central") are. The patron asked to write or send ("le pido que nos escriba", "Le pido que le
 *   envíe el contrato … a su arrendador") is none.
 * - X8 / X21: a pet or a system coming / texting back, and the provider's own "I'll check back in later", invite no one back; "write
 *   back anytime", "pop back in later", "come back and we'll …", "Come back anytime" invite the patron.
 * - X16: "1 min—pulling up …", "a sec—looking through …" are holds; "It only takes one sec—renewing is …" (a time a thing takes) and
 *   "Take a sec—breathing slowly helps" (the patron told to take time: RUBRIC says that is no hold) are not.
 * - X17: a booklet or fact sheet named by its quoted title (Spanish, its kind first) is a named resource; one the patron is to make
 *   ("Puede hacer su propio folleto "…"") or one said not to exist ("Ya no hay un folleto "…"") is given as no source.
 * - X23: "te paso la conversación con ella", "Le voy a transferir su consulta a …" tell the patron of the transfer; a link passed ("Le
 *   paso el enlace a su correo") or the transfer said only in the internal note does not.
 *
 * COUNTS. Written: 44 cases, 22 for and 22 against (2/2 for each of the eleven items), in one batch, labels copied aside to
 * /tmp/sixty-fourth-round-x-second-blind-checked-labels.ts before the first run. First run as labelled: 34 of 44. Disagreeing: 10.
 * Label corrections: 0 (each reread against RUBRIC's check row and Terms; the labels stand). Final: 34 running, 10 LEFT (rubric v57
 * scored on each to tell "older" from "X caused"): 5 X caused, 5 older.
 * - closing.no_dismissal, expected fail / got pass: X6 for "solo tengo diez minutos por usuario y ya se acabaron; cierro el chat" (time
 *   up told without "solo puedo dar … a cada …"; older: v57 pass the same).
 * - closing.no_dismissal, expected pass / got fail: X6 against "Normalmente solo puedo dar diez minutos a cada usuario, pero hoy está
 *   tranquilo, así que tómese su tiempo" (a limit waived; SOLO_MINUTOS_X6 has no "pero" guard as W9 has "but"; X caused: v57 pass).
 * - closing.courteous, expected fail / got pass: X8 for "If your pet rabbit doesn't come back by morning, …" (X8 takes one word after
 *   "your"; older: v57 pass the same).
 * - resolution.code / followup.contact / followup.on_time, expected pass / na / na, got fail / fail / pending: X11 against "Le pido que
 *   le envíe el contrato firmado a su arrendador antes del viernes" (the patron asked to send; PIDO_QUE_LE_X11 reads "le pido … que le
 *   envíe"; X caused: v57 pass / na / na).
 * - info.source, expected fail / got pass: X17 against "Puede hacer su propio folleto "Recetas de la abuela" …" (the patron's own to
 *   make; FOLLETO_X17 has none of W10's own / no / make guard; X caused: v57 fail).
 * - info.source, expected fail / got pass: X17 against "Ya no hay un folleto "Derechos del inquilino" para este estado, lo siento."
 *   (said not to exist; same; X caused: v57 fail).
 * - closing.courteous, expected fail / got pass: X21 against "I'll check back in later with the count from the archive." (the
 *   provider's own; an older "check back" reading takes it; older: v57 pass the same).
 * - closing.courteous, expected fail / got pass: X21 against "The county system will text back later with your code." (a system's
 *   act; older: v57 pass the same).
 * - closing.no_dismissal, expected pass / got fail: X24 against "We answer two questions per chat, so ask away!" (the limit told alone;
 *   an older limit-of-questions reading takes it; older: v57 fail the same).
 * - closing.no_dismissal, expected pass / got fail: X24 against "We take three per chat and you've had one, so go ahead with the next."
 *   (share not used up; PER_CHAT_HAD_X24 reads any "you've had"; X caused: v57 pass).
 * ON v58 as it landed (after the mends): X6's "… pero hoy está tranquilo", X11's "… a su arrendador", X17's "su propio folleto"
 *   and "Ya no hay un folleto", X24's "you've had one" read as labelled; 39 running, 5 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, ROSA, some, xferToRosa, type Line, type SessionCase } from './helpers';
import { nearMiss as c, COURTEOUS, DISMISSED, HOLD, nearMissLines, NO_HOLD, NO_SOURCE, NOT_DISMISSED, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });
const BYE_ES = 'Gracias por escribirnos, ¡adiós!';

/** The provider's last two visible messages are `a` and `b` (closing.courteous looks at these two only). */
const lastTwo = (q: string, a: string, b: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you go to?`],
  [50, 'p', 'eastside'],
  [70, 'l', a],
  [100, 'p', 'ok'],
  [110, 'l', b],
];

/** A transfer in Spanish: the visible `notice` at 56 s, the internal note `note` (saying why) at 59 s, the transfer at 62 s. */
const esHandover = (notice: string, note = 'pt quiere actas del concejo de 1968 (la carretera), es de historia local'): Line[] => [
  [0, 'p', 'hola, necesito las actas del concejo municipal de 1968'],
  [20, 'l', `${HI_ES} ¿Es de una reunión en particular?`],
  [50, 'p', 'la de la carretera, en la primavera de 1968'],
  [56, 'l', notice],
  [59, 'i', note],
  xferToRosa(62),
  [100, 'l', 'Hola, soy Rosa, de Historia Local.', ROSA],
];

/** followup.completeness. */
const ASKS = some({ complete: 'pass' });
const ASKS_NOT = some({ complete: 'fail' });
/** A follow-up promised (code "Answered", no e-mail in the chat, not yet due) / no follow-up. */
const PROMISED = some({ code: 'fail', contact: 'fail', onTime: 'pending' });
const NO_PROMISE = some({ code: 'pass', contact: 'na', onTime: 'na' });
const NOT_COURTEOUS = some({ courteous: 'fail' });
/** transfer.handoff. */
const TOLD = some({ transfer: 'pass' });
const NOT_TOLD = some({ transfer: 'fail' });

export const x5: SessionCase[] = [
  // ---- X5 for: whether what was given gives them / you what is needed for a purpose
  c('X5 for: "do u think this gives u what u need for ur essay?" (chat-speak)', said('i need stats on teen vaping for an essay', 'the CDC youth tobacco survey page has the 2023 numbers: cdc.gov/tobacco/youth. do u think this gives u what u need for ur essay?'), ASKS),
  c('X5 for: "Does that give her what she needs for the visa interview?"', said('what documents does my mom need for her visa interview', 'The consulate lists them at travel.state.gov/visa-docs. Does that give her what she needs for the visa interview?'), ASKS),
  // ---- X5 against: a third party's needs asked about, a thing not yet given
  c('X5 against: "Did the clerk tell you what they need for the application?" (asks about the clerk)', said('how do i apply for a business license', 'The city form is at cityofbirch.example.gov/license. Did the clerk tell you what they need for the application?'), ASKS_NOT),
  c('X5 against: "Would a copy of your 2019 return give you what you need for the form?" (not yet given)', said('i need my old income for a financial aid form', 'The IRS transcript tool is at irs.gov/transcript. Would a copy of your 2019 return give you what you need for the form?'), ASKS_NOT),
];

export const x6: SessionCase[] = [
  // ---- X6 for: the provider's limit of minutes for each patron, in Spanish, the help ended
  c('X6 for: "Solo le puedo dedicar 15 minutos a cada usuario, así que tengo que cerrar el chat."', es.said('necesito ayuda con mi currículum', 'Lo siento, solo le puedo dedicar 15 minutos a cada usuario, así que tengo que cerrar el chat.', BYE_ES), DISMISSED),
  c('X6 for: "solo tengo diez minutos por usuario y ya se acabaron; cierro el chat" (time up, other words)', es.said('me ayuda a buscar trabajo en el condado', 'Lo siento, solo tengo diez minutos por usuario y ya se acabaron; cierro el chat.', BYE_ES), DISMISSED),
  // ---- X6 against: another's limit, a limit waived
  c('X6 against: "El centro de escritura solo puede dar 30 minutos a cada estudiante; …" (another\'s limit)', es.said('quién me revisa mi ensayo', 'El centro de escritura solo puede dar 30 minutos a cada estudiante; reserve su cita en escritura.example.edu.', BYE_ES), NOT_DISMISSED),
  c('X6 against: "Normalmente solo puedo dar diez minutos a cada usuario, pero hoy está tranquilo, …" (waived)', es.said('me ayuda con un formulario largo', 'Normalmente solo puedo dar diez minutos a cada usuario, pero hoy está tranquilo, así que tómese su tiempo. El formulario está en formularios.example.gov.', BYE_ES), NOT_DISMISSED),
];

export const x7: SessionCase[] = [
  // ---- X7 for: another body does a first act and sends it to the patron
  c('X7 for: "The Social Security office will review your file and then mail a copy to you within two weeks."', said('how do i get a copy of my earnings record', 'You request it from them. The Social Security office will review your file and then mail a copy to you within two weeks.'), NO_PROMISE),
  c('X7 for: "the county clerks office will pull ur deed and email it to u by fri" (chat-speak)', said('can i get a copy of my deed', 'yep, request it at the recorder page. the county clerks office will pull ur deed and email it to u by fri'), NO_PROMISE),
  // ---- X7 against: the provider's own act, the library's own people
  c('X7 against: "I\'ll pull the deed records and email them to you by Friday." (own act)', said('can i get a copy of my grandfathers deed from 1950', 'Those are on microfilm here. I\'ll pull the deed records and email them to you by Friday.'), PROMISED),
  c('X7 against: "Our genealogy volunteers will compile the obituaries and email them to you by Friday." (the library\'s own)', said('do you have obituaries for the smith family 1960s', 'Yes, in the local papers. Our genealogy volunteers will compile the obituaries and email them to you by Friday.'), PROMISED),
];

export const x8: SessionCase[] = [
  // ---- X8 for: the patron's pet or thing coming back, no one invited
  c('X8 for: "If ur bird doesnt come back by tonight, call animal control." (chat-speak)', lastTwo('my parakeet flew out the window', 'post it on the lost pet board at lostpets.example.org', 'If ur bird doesnt come back by tonight, call animal control.'), NOT_COURTEOUS),
  c('X8 for: "If your pet rabbit doesn\'t come back by morning, post on the neighborhood lost-pet page."', lastTwo('my rabbit got out of the yard', 'The county shelter list is at shelter.example.org.', 'If your pet rabbit doesn\'t come back by morning, post on the neighborhood lost-pet page.'), NOT_COURTEOUS),
  // ---- X8 against: the patron invited back as well (older readings kept)
  c('X8 against: "If your dog doesn\'t come back by Friday, come back and we\'ll look up more shelters."', lastTwo('my dog ran off', 'The county shelter list is at shelter.example.org.', 'If your dog doesn\'t come back by Friday, come back and we\'ll look up more shelters.'), COURTEOUS),
  c('X8 against: "Hope your dog turns up soon! Come back anytime."', lastTwo('my dog ran off', 'The county shelter list is at shelter.example.org.', 'Hope your dog turns up soon! Come back anytime.'), COURTEOUS),
];

export const x11: SessionCase[] = [
  // ---- X11 for: the provider asks the library's staff to call or write to the patron, in Spanish
  c('X11 for: "Le voy a pedir a la bibliotecaria de genealogía que le escriba antes del viernes."', es.said('busco el acta de bautismo de mi abuelo', 'Eso está en los registros parroquiales. Le voy a pedir a la bibliotecaria de genealogía que le escriba antes del viernes.', BYE_ES), PROMISED),
  c('X11 for: "Voy a pedir que le llamen de la sucursal central dentro de 72 horas."', es.said('necesito planos viejos de mi casa', 'Esos están en la colección de mapas. Voy a pedir que le llamen de la sucursal central dentro de 72 horas.', BYE_ES), PROMISED),
  // ---- X11 against: the patron asked to write, the patron asked to send something to another
  c('X11 against: "Si no encuentra el formulario, le pido que nos escriba a referencia@…" (the patron asked)', es.said('dónde está el formulario de préstamo', 'Está en la página de servicios. Si no encuentra el formulario, le pido que nos escriba a referencia@birchhollow.example.org.', BYE_ES), NO_PROMISE),
  c('X11 against: "Le pido que le envíe el contrato firmado a su arrendador antes del viernes." (the patron asked)', es.said('tienen modelos de contrato de alquiler', 'Sí, hay uno en contratos.example.org. Le pido que le envíe el contrato firmado a su arrendador antes del viernes.', BYE_ES), NO_PROMISE),
];

export const x12: SessionCase[] = [
  // ---- X12 for: whether what was given helps as a start
  c('X12 for: "Does MedlinePlus help to start?"', said('i need basic info on shingles', 'MedlinePlus has a plain-language page: medlineplus.gov/shingles.html. Does MedlinePlus help to start?'), ASKS),
  c('X12 for: "Does the county GIS viewer help as a start?" (four words before "help")', said('where are my property lines', 'The parcel lines are in the county GIS viewer at gis.example.gov. Does the county GIS viewer help as a start?'), ASKS),
  // ---- X12 against: where to start (W4), a thing not yet given
  c('X12 against: "Would it help to start with the 2020 census tables?" (asks about the need)', said('i need population data for my town', 'The census site is data.census.gov. Would it help to start with the 2020 census tables?'), ASKS_NOT),
  c('X12 against: "Would a printed copy help to start?" (not yet given)', said('i need the zoning code', 'The zoning code is online at codes.example.gov/zoning. Would a printed copy help to start?'), ASKS_NOT),
];

export const x16: SessionCase[] = [
  // ---- X16 for: "one / a sec / min" before a dash (no spaces) and what the provider is doing
  c('X16 for: "1 min—pulling up the county records."', noTransfer('who owned my house in 1940', '1 min—pulling up the county records.'), HOLD),
  c('X16 for: "ok a sec—looking through the catalog" (chat-speak)', noTransfer('do u have the new grisham book', 'ok a sec—looking through the catalog'), HOLD),
  // ---- X16 against: a time a thing takes, the patron told to take time
  c('X16 against: "It only takes one sec—renewing is under My Account …" (a time a thing takes)', noTransfer('how do i renew my books', 'It only takes one sec—renewing is under My Account at birchhollow.example.org.'), NO_HOLD),
  c('X16 against: "Take a sec—breathing slowly helps before the exam. …" (the patron told to take time)', noTransfer('i have my citizenship test tomorrow and im nervous', 'Take a sec—breathing slowly helps before the exam. The civics study cards are at uscis.gov/citizenship.'), NO_HOLD),
];

export const x17: SessionCase[] = [
  // ---- X17 for: a publication named by its quoted title, in Spanish, its kind first
  c('X17 for: "Pida en la oficina del condado el cuadernillo "Primeros pasos para votar"; …"', es.said('cómo me registro para votar', 'Pida en la oficina del condado el cuadernillo "Primeros pasos para votar"; viene en español.', BYE_ES), SOURCE),
  c('X17 for: "Lea la hoja informativa "Vacunas para adultos" del departamento de salud."', es.said('qué vacunas necesito a los 60 años', 'Hay una explicación sencilla. Lea la hoja informativa "Vacunas para adultos" del departamento de salud.', BYE_ES), SOURCE),
  // ---- X17 against: the patron's own to make, one said not to exist
  c('X17 against: "Puede hacer su propio folleto "Recetas de la abuela" con fotos de la familia." (own to make)', es.said('quiero juntar las recetas de mi familia', 'Qué buena idea. Puede hacer su propio folleto "Recetas de la abuela" con fotos de la familia.', BYE_ES), NO_SOURCE),
  c('X17 against: "Ya no hay un folleto "Derechos del inquilino" para este estado, lo siento." (not existing)', es.said('tienen algo sobre los derechos de los inquilinos', 'Lo busqué. Ya no hay un folleto "Derechos del inquilino" para este estado, lo siento.', BYE_ES), NO_SOURCE),
];

export const x21: SessionCase[] = [
  // ---- X21 for: the patron invited to write / pop back in
  c('X21 for: "Feel free to write back anytime if the form gives you trouble."', lastTwo('where is the snap application', 'It is at dhs.example.gov/snap.', 'Feel free to write back anytime if the form gives you trouble.'), COURTEOUS),
  c('X21 for: "If the PDF won\'t open, pop back in later and we\'ll try another copy."', lastTwo('i need the 1990 annual report', 'Here it is: birchhollow.example.org/reports/1990.pdf', 'If the PDF won\'t open, pop back in later and we\'ll try another copy.'), COURTEOUS),
  // ---- X21 against: the provider's own checking back, a system texting back
  c('X21 against: "I\'ll check back in later with the count from the archive." (own act)', lastTwo('how many yearbooks do you have from central high', 'Some are on the shelf, some in storage.', 'I\'ll check back in later with the count from the archive.'), NOT_COURTEOUS),
  c('X21 against: "The county system will text back later with your code." (a system\'s act)', lastTwo('how do i register for the county alert texts', 'Text ALERT to 55512 to sign up.', 'The county system will text back later with your code.'), NOT_COURTEOUS),
];

export const x23: SessionCase[] = [
  // ---- X23 for: the chat, conversation or question handed over, in Spanish
  c('X23 for: "… te paso la conversación con ella ya."', esHandover('Mi compañera Rosa sabe mucho de actas; te paso la conversación con ella ya.'), TOLD),
  c('X23 for: "Le voy a transferir su consulta a nuestra especialista en historia local."', esHandover('Le voy a transferir su consulta a nuestra especialista en historia local.'), TOLD),
  // ---- X23 against: a link passed, the transfer told only in the internal note
  c('X23 against: "Le paso el enlace a su correo: actas.example.org." (a link)', esHandover('Le paso el enlace a su correo: actas.example.org.'), NOT_TOLD),
  c('X23 against: "Un momento, por favor." with "le paso el chat a Rosa" only in the internal note', esHandover('Un momento, por favor.', 'le paso el chat a Rosa: pt quiere actas del concejo de 1968, es de historia local'), NOT_TOLD),
];

export const x24: SessionCase[] = [
  // ---- X24 for: a limit of questions with the patron's share used up
  c('X24 for: "We only take three questions per session and you\'ve used all three, so I have to end the chat here."', said('and can you also find me the bus schedule', 'We only take three questions per session and you\'ve used all three, so I have to end the chat here.'), DISMISSED),
  c('X24 for: "i only do 1 question per chat n youve had it, closing now" (chat-speak)', said('one more thing, whats the wifi password', 'i only do 1 question per chat n youve had it, closing now'), DISMISSED),
  // ---- X24 against: the limit told alone, the share not used up
  c('X24 against: "We answer two questions per chat, so ask away!" (the limit alone)', said('can i ask a couple things', 'Sure! We answer two questions per chat, so ask away!'), NOT_DISMISSED),
  c('X24 against: "We take three per chat and you\'ve had one, so go ahead with the next." (share not used up)', said('can i ask another one', 'Of course. We take three per chat and you\'ve had one, so go ahead with the next.'), NOT_DISMISSED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'X6 for: "solo tengo diez minutos por usuario y ya se acabaron; cierro el chat" (time up, other words)':
    'closing.no_dismissal expected fail, got pass ("the patron was not dismissed"): the patron told their time is up (RUBRIC closing.no_dismissal: "tells the patron their time is up"); SOLO_MINUTOS_X6 reads only "solo puedo / podemos dar … minutos a cada …" (older: v57 pass the same)',
  'X8 for: "If your pet rabbit doesn\'t come back by morning, post on the neighborhood lost-pet page."':
    'closing.courteous expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"): a pet coming back invites no one (RUBRIC closing.courteous: "invites them back"); X8 allows one word after "your", not "your pet rabbit" (older: v57 pass the same)',
  'X21 against: "I\'ll check back in later with the count from the archive." (own act)':
    'closing.courteous expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"): the provider\'s own checking back invites no one (RUBRIC closing.courteous: "invites them back"); an older "check back" reading takes it, X21\'s own-act guard is on CHAT_BACK_IN_X21 only (older: v57 pass the same)',
  'X21 against: "The county system will text back later with your code." (a system\'s act)':
    'closing.courteous expected fail, got pass ("closed with thanks, a goodbye or an invitation to come back"): a system texting back invites no one (RUBRIC closing.courteous) (older: v57 pass the same)',
  'X24 against: "We answer two questions per chat, so ask away!" (the limit alone)':
    'closing.no_dismissal expected pass, got fail ("told the patron their time is up or that they asked too many questions"): the limit told alone, the patron invited to ask (RUBRIC closing.no_dismissal: "that they have reached a limit of questions"); an older limit-of-questions reading takes it (older: v57 fail the same)',
};

describe('sixty-fourth round: block X checked blind a second time, both ways', () => {
  for (const [t, cs] of [['X5', x5], ['X6', x6], ['X7', x7], ['X8', x8], ['X11', x11], ['X12', x12], ['X16', x16], ['X17', x17], ['X21', x21], ['X23', x23], ['X24', x24]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
