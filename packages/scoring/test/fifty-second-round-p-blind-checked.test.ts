/**
 * Fifty-second round, blind check: block P's readings (rubric v50) tried both ways by a second hand, in cases the author never saw,
 * labelled from RUBRIC.md before they ran. What it checks:
 * - P1 (followup.completeness): v44's J15 read a bare English "Is that ok?" / "Is this fine?" as asking whether the information meets
 *   the need when it comes RIGHT AFTER the sentence that gives a source (or opens a message right after a provider message with a
 *   source), and not after a plan or offer ("I'll …", "I can …"). P1 adds the bare Spanish forms: "¿Está bien?", "¿Así está bien?",
 *   "ta bien?", "ta bueno?", "¿Todo bien con eso?", "¿Sirve?", "¿Bien?", under the same condition, and only when no sentence of the
 *   message before it plans or offers (English or Spanish: "le aviso cuando llegue", "le puedo enviar …", "voy a …", "necesito …").
 *   NOT read (by choice, from older rounds): a bare English "ok?" (v13 labelled it no completeness question), "¿Le parece bien?"
 *   (after a plan it asks agreement; v15, v20).
 * - P2 (inquiry.clarify): the greeting's open offer "What would you like to know?" is not a question about the need; P2: with "about
 *   <something>" after it ("What would you like to know about the house?") it names the need and counts as a clarifying question —
 *   but not "about us / our … / the library / this service / today".
 * - P10 (followup.completeness): "does/did/will the <up to three words> <list|page|site|guide|article|book|map|record|result|database|
 *   info|answer|search|catalog|index|video|option|title|suggestions|ideas …> help (at all / so far / for now / you)?" after a source
 *   asks whether it helps ("does the grade 6 list help at all?"). (As always, such a question before the first message that gives a
 *   source does not count.)
 * - P11 (followup.completeness): "Does that/this/it sound/look/seem like it?" with "it" ending the question asks whether the answer
 *   given is what the patron was looking for (v1 read "sound like the one / him / her / them"). Not "Does the app look like it is
 *   frozen?" (it does not end the question).
 * - P12 (which messages are substantive): "I'd love to help" / "we'd love to help" is a pleasantry like v1's "happy to help", so a
 *   greeting with it, a check-in and a disconnect notice leave the exchange not substantive (information checks na) when the patron
 *   leaves at once; a message that also gives something is still substantive.
 * - P13 (follow-up session: resolution.code, followup.contact, followup.on_time): "I'll ask / check with / contact <someone> <up to 24
 *   words> and e-mail / send / text / forward / mail / call <it / them / the list / you / what they say …>" is the provider's own
 *   promise to send more later (v1 read at most ~12 words before the verb), with "you" later in the sentence. Not the patron's acts
 *   ("You can ask our team … and e-mail it to his teacher").
 * - P14 (referral.contact): Spanish "enviar / mandar / llevar / entregar … (por correo) a la oficina / al registro / a la secretaría /
 *   al consulado / a la embajada / al juzgado …" tells the patron to write to or visit the office (not the office's web address "a
 *   consulado.example.org"); English "mail / send one / both / all / each … to <office>" (v10 lacked "one"). NOT read (older rounds'
 *   choice): the impersonal "se tramitan en el Consulado", "se pide al condado" (says where, tells no one).
 *
 * TAKEN: every case was written for this check (no sentence of the author's file reused), labelled from RUBRIC.md's text before the
 * first run (labels kept aside in /tmp/pBlindA-labels.ts), then run; each disagreement decided by RUBRIC's text, and scored under
 * rubricV49 too to say whether block P caused it.
 *
 * COUNTS. Written: 44 cases (22 for, 22 against), labelled before they ran. First run: 37 as labelled, 7 disagreeing. Label
 * corrections: 0 (each disagreement re-read against RUBRIC.md's text; none was my misreading or a wrong time). One wording fix that
 * changes no reading: "te la mando" (of "el folleto") to "te lo mando". Final: 37 running, 7 LEFT:
 * - P caused (v49 scored them as labelled): P1 against "…, y te lo mando por correo también. ¿Está bien?" (completeness fail/pass:
 *   "te lo mando" is not in PLAN_ES_P1); P2 against "What would you like to know about Linden Public Library?" (clarify fail/pass:
 *   the library by its name is not excluded).
 * - older (v49 the same, block P does not reach them): P10 against "Did your teacher's reading list help?" and "Does the library
 *   card help with parking where you are?" (completeness fail/pass); P11 for a bare "Sound like it?" (completeness pass/fail); P13
 *   for "I'll check with the county archivist … kept now, and e-mail you what she says by Friday." (code/contact/on_time
 *   fail/pass/pending, got pass/na/na: the comma before "and"); P14 for "Mande la solicitud y una copia de su identificación al
 *   Registro Civil de Guadalajara, <address>" (referral pass/na: seven words between verb and office, P14 allows six).
 * MENDED after the check (v50's final cut, by the author): both P caused (PLAN_ES_P1 holds "te lo / te la … mando"; P2 leaves out a
 *   library, branch, service or chat named by its name) and P13's comma before "and" (older): these 3 run now. P14's office is
 *   read now (nine words allowed), but "Av. Juárez 123, …" is no postal address the scorer knows, so it fails for want of a
 *   contact: still LEFT, with the two P10 and the P11 cases. Final on v50: 40 running, 4 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { greetedLines, lostCall, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Mara here from the Ask Us chat at Linden Public Library.';
const { asked, said, followUp } = nearMissLines(HI, { branch: 'Are you at the Elm Street branch or downtown?', branchReply: 'elm st' });

/** The patron's hello, the provider's greeting `hi2` (its only question), the patron's question `q`, the provider's `answer`. */
const openedWith = greetedLines('hello?', 'great ty', 'Thank you for using Ask Us, take care!', [0, 15, 45, 75, 115, 125]);

/** The patron's `q`, a greeting with a question, the reply, then two provider messages in a row (`a`, then `b` 5 s later). */
const twoInARow = (q: string, a: string, b: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Are you at the Elm Street branch or downtown?`],
  [50, 'p', 'downtown'],
  [70, 'l', a],
  [75, 'l', b],
  [110, 'p', 'ok gracias'],
  [120, 'l', 'Gracias por usar Ask Us, ¡hasta luego!'],
];

export const p1: SessionCase[] = [
  // ---- P1 for: other bare Spanish forms, right after the source
  c('P1 for: "ta bien?" right after the hours page', said('a que hora cierran los domingos', 'Los domingos cerramos a las 5; el horario completo está en lindenlib.example.org/horario. ta bien?'), some({ complete: 'pass' })),
  c('P1 for: "¿Todo bien con eso?" right after the catalog record', said('tienen rayuela de cortazar', 'Hay tres copias de "Rayuela" en el catálogo: lindenlib.example.org/catalogo/rayuela. ¿Todo bien con eso?'), some({ complete: 'pass' })),
  c('P1 for: "¿Sirve?" opening the message right after the one with the source', twoInARow('donde hay clases de ciudadania', 'Las clases gratis de ciudadanía son los martes; la inscripción está en lindenlib.example.org/ciudadania.', '¿Sirve?'), some({ complete: 'pass' })),
  c('P1 for: "ok, ¿está bien para usted?" right after the guide', said('como saco la licencia de manejo', 'La guía del DMV en español está en dmv.example.gov/es/licencia. ok, ¿está bien para usted?'), some({ complete: 'pass' })),
  c('P1 for: "y eso sirve?" without the opening mark, after the database', said('necesito articulos de enfermeria en español', 'La base de datos MedlinePlus en español tiene artículos: medlineplus.gov/spanish. y eso sirve?'), some({ complete: 'pass' })),
  c('P1 for: "¿Bien?" right after the form', said('formulario para el seguro social', 'El formulario SS-5 en español está en ssa.gov/forms/ss-5sp.pdf. ¿Bien?'), some({ complete: 'pass' })),
  // ---- P1 against: after a plan or offer, other questions, before any source
  c('P1 against: "¿Está bien?" after "te lo mando por correo" in the sentence with the source', said('folleto de vacunas para niños', 'El folleto está en lindenlib.example.org/salud/vacunas, y te lo mando por correo también. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien?" after "Voy a apartarle una copia"', said('tienen el libro de la casa de los espiritus', 'Está en el catálogo: lindenlib.example.org/catalogo/espiritus. Voy a apartarle una copia en la sucursal de Elm Street. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "¿Le parece bien?" after the offer to hold a copy', said('quiero leer la casa en mango street', 'Podemos apartarle una copia; el registro está en lindenlib.example.org/catalogo/mango. ¿Le parece bien?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien escrito su nombre?" asks about the patron\'s name', said('quiero renovar mi tarjeta, soy Ana Ruiz', 'La renovación se hace en lindenlib.example.org/tarjeta. ¿Está bien escrito su nombre, Ana Ruiz?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien?" before any source asks after the patron', [
    [0, 'p', 'perdon se me fue la luz, necesito el horario'],
    [20, 'l', 'Hola, soy Mara del chat Ask Us de Linden Public Library. ¿Está bien?'],
    [50, 'p', 'si ya volvio'],
    [70, 'l', 'El horario está en lindenlib.example.org/horario.'],
    [110, 'p', 'gracias'],
    [120, 'l', 'Gracias por usar Ask Us, ¡hasta luego!'],
  ], some({ complete: 'fail' })),
];

export const p2: SessionCase[] = [
  // ---- P2 for
  c('P2 for: "What would you like to know about the 1918 flu here?" before the source', asked('researching the 1918 flu in linden', 'What would you like to know about the 1918 flu here?', 'how many died in town', 'The Linden Herald for fall 1918 is digitized at lindenlib.example.org/herald and lists the deaths each week.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know regarding the deed?"', asked('i have a question about a deed', 'What would you like to know regarding the deed?', 'who owned it before 1950', 'The county land records search is at lindencounty.example.gov/deeds and goes back to 1880.'), some({ clarify: 'pass' })),
  c('P2 for: the greeting ends "What would you like to know about the lease?" after the patron named it', [
    [0, 'p', 'got a question about my apartment lease'],
    [20, 'l', 'Hi, Mara at Linden Public Library here! What would you like to know about the lease?'],
    [50, 'p', 'can they raise rent mid lease'],
    [70, 'l', 'The state tenant handbook covers it on page 12: lindencounty.example.gov/tenants.'],
    [110, 'p', 'ok thanks'],
    [120, 'l', 'Thanks for chatting, bye!'],
  ], some({ clarify: 'pass' })),
  // ---- P2 against
  c('P2 against: "What would you like to know about our services?" in the greeting', openedWith('Hi there, Mara at Linden Public Library. What would you like to know about our services?', 'do you have notary', 'Yes, notary hours are listed at lindenlib.example.org/notary.'), some({ clarify: 'fail' })),
  c('P2 against: "What would you like to know about Linden Public Library?" names the library, not the need', openedWith('Welcome! This is Mara, a librarian. What would you like to know about Linden Public Library?', 'can i print from my phone', 'Yes: the mobile printing steps are at lindenlib.example.org/print.'), some({ clarify: 'fail' })),
  c('P2 against: "What would you like to know about the house?" after the source does not count', asked('who built my house on oak ave', 'The county assessor has the build year for every parcel at lindencounty.example.gov/parcels.', 'ok', 'What would you like to know about the house beyond that?'), some({ clarify: 'fail' })),
];

export const p10p11: SessionCase[] = [
  // ---- P10 for
  c('P10 for: "did the 3 ged practice sites help so far?"', asked('ged practice tests free', 'Three free ones: lindenlib.example.org/ged lists them all.', 'looking', 'did the 3 ged practice sites help so far?'), some({ complete: 'pass' })),
  c('P10 for: "Does the Spanish-language tax guide help you?"', asked('tax help in spanish', 'The IRS Spanish-language tax guide is at irs.gov/es/publications.', 'ok reading', 'Does the Spanish-language tax guide help you?'), some({ complete: 'pass' })),
  c('P10 for: "will the county map help for now??"', asked('old roads in linden county', 'The 1895 county map is scanned at lindenlib.example.org/maps/1895.', 'oh nice', 'will the county map help for now??'), some({ complete: 'pass' })),
  // ---- P10 against
  c('P10 against: "Would the audio book help?" asks about a book not yet given', asked('my son has dyslexia, wonder by palacio', 'The e-book of "Wonder" is at lindenlib.example.org/ebooks/wonder.', 'he struggles reading on screen', 'Would the audio book help? I can check whether we own it.'), some({ complete: 'fail' })),
  c('P10 against: "Did your teacher\'s reading list help?" asks about the patron\'s own list', asked('summer reading for 4th grade', 'Our 4th grade summer picks are at lindenlib.example.org/kids/grade4.', 'thx', "Did your teacher's reading list help?"), some({ complete: 'fail' })),
  c('P10 against: "Does the library card help with parking?" asks about parking', asked('parking at the main library', 'The parking map is at lindenlib.example.org/parking.', 'ok', 'Does the library card help with parking where you are?'), some({ complete: 'fail' })),
  // ---- P11 for
  c('P11 for: "Does this look like it?" after the photo record', asked('looking for an old photo of the mill fire', 'The 1932 mill fire photo is in our digital collection: lindenlib.example.org/photos/millfire.', 'opening', 'Does this look like it?'), some({ complete: 'pass' })),
  c('P11 for: "does it seem like it??" after the song', asked('song my grandma sang about a blue canoe', 'Could be "Paddle Song" (1952); the lyrics are at lindenlib.example.org/music/paddle.', 'hmm', 'does it seem like it??'), some({ complete: 'pass' })),
  c('P11 for: "Sound like it?" without "does"', asked('mystery book, a cat solves crimes in a bookstore', 'Maybe "The Cat Who Could Read" by Lee Park (worldcat.org/title/4455).', 'maybe', 'Sound like it?'), some({ complete: 'pass' })),
  // ---- P11 against
  c('P11 against: "Does it seem like it is still loading?" asks about the screen', asked('cant open the ebook', 'The Libby help steps are at help.libbyapp.com.', 'still blank', 'Does it seem like it is still loading for you?'), some({ complete: 'fail' })),
];

export const p12: SessionCase[] = [
  // ---- P12 for: a pleasantry, the patron leaves
  c('P12 for: "we\'d love to help!" in the greeting, then the patron leaves', lostCall('need help finding grants for a nonprofit')('Hello, Mara at Linden Public Library here, we\'d love to help!', 'Still there? This chat will close now since you seem to have left; come back anytime!'), some({ source: 'na', clarify: 'na' })),
  c('P12 for: "I would love to help you with that!" then the patron leaves', lostCall('how do i find my property tax bill')('Hi, this is Mara at Linden Public Library. I would love to help you with that!', 'Are you still with me? It looks like you have disconnected, so I will end the chat. Come back anytime!'), some({ source: 'na', clarify: 'na' })),
  // ---- P12 against: the message also gives something
  c('P12 against: "I\'d love to help!" with a clarifying question is substantive', lostCall('resume help')("Hi, Mara at Linden Public Library, I'd love to help! Is it for a job in health care or retail?", 'Are you still there? Closing the chat now; come back anytime!'), some({ clarify: 'pass', source: 'fail' })),
  c('P12 against: "We\'d love to help" with the forms page is substantive', lostCall('where are state tax forms')("Hi, Mara at Linden Public Library. We'd love to help: the state tax forms are at lindencounty.example.gov/taxforms.", 'Are you still there? Closing the chat now; come back anytime!'), some({ source: 'pass' })),
];

export const p13: SessionCase[] = [
  // ---- P13 for
  c('P13 for: "I\'ll check with the county archivist … and e-mail you what she says by Friday"', followUp('The online index only starts in 2005 (lindencounty.example.gov/board). What e-mail is best for you?', "I'll check with the county archivist about whether the 1998 minutes were ever microfilmed and where the paper originals are kept now, and e-mail you what she says by Friday."), some({ code: 'fail', contact: 'pass', onTime: 'pending' })),
  c('P13 for: "We\'ll contact the board office … and forward you their reply by Thursday" ', followUp('The board site only has minutes from 2010 on: carrollboard.example.gov/minutes. What e-mail can we reach you at?', "We'll contact the Carroll County board office for the March and April 1998 minutes and forward you their reply by Thursday."), some({ code: 'fail', contact: 'pass', onTime: 'pending' })),
  c('P13 for: "I will reach out to our history room … then text you" (chat-speak)', followUp('Only 2005 on is online, at carrollboard.example.gov/minutes. email ok?', 'I will reach out to our local history room staff abt the 98 binders and then text you the scans tmrw.'), some({ code: 'fail' })),
  // ---- P13 against
  c('P13 against: "You could contact the board office … and e-mail them to your lawyer" is the patron\'s', said('need 1998 school board minutes for a court case', 'Only 2005 on is online at carrollboard.example.gov/minutes. You could contact the board office for the 1998 binders and e-mail them to your lawyer.'), some({ code: 'pass', contact: 'na' })),
  c('P13 against: "I asked the clerk … and e-mailed them to another patron" is past', said('are the 1998 board minutes anywhere', 'Last spring I asked the clerk for the 1998 minutes and e-mailed them to another patron; they are now online at carrollboard.example.gov/minutes/1998.'), some({ code: 'pass', contact: 'na' })),
];

export const p14: SessionCase[] = [
  // ---- P14 for
  c('P14 for: "Mande la solicitud … al Registro Civil de Guadalajara, <address>"', said('necesito copia del acta de nacimiento de mexico', 'La guía del trámite está en gob.example.mx/actas. Mande la solicitud y una copia de su identificación al Registro Civil de Guadalajara, Av. Juárez 123, Guadalajara, Jalisco 44100.'), some({ referral: 'pass' })),
  c('P14 for: "Lleve los documentos en persona a la oficina del condado" (no contact)', said('como registro mi negocio', 'Los requisitos están en lindencounty.example.gov/negocios. Lleve los documentos en persona a la oficina del condado.'), some({ referral: 'fail' })),
  c('P14 for: "entréguelo al juzgado de familia" (no contact)', said('donde dejo el formulario de custodia', 'El formulario está en lindencourts.example.gov/formularios. Cuando lo llene, entréguelo al juzgado de familia.'), some({ referral: 'fail' })),
  c('P14 for: "send both to the county clerk\'s office, <address>"', said('where do i send my dba forms', 'Both forms are at lindencounty.example.gov/dba. Sign them and send both to the County Clerk\'s Office, 45 Court St, Linden, OH 43001.'), some({ referral: 'pass' })),
  c('P14 for: "mail each to the State Registrar" (no contact)', said('i need 2 birth certificates corrected', 'The correction affidavit is at health.example.gov/vitals. Fill one out per certificate and mail each to the State Registrar.'), some({ referral: 'fail' })),
  // ---- P14 against
  c('P14 against: "El hospital manda el acta al registro" tells the patron nothing', said('como saco el acta de mi bebe', 'El hospital manda el acta al registro civil después del parto. Luego usted la pide en línea en vitales.example.gov/actas.'), some({ referral: 'na' })),
  c('P14 against: "Envíe el formulario en línea a tramites.example.gob" is a page', said('como pido la cita consular', 'Envíe el formulario en línea a tramites.example.gob/citas, no hace falta ir.'), some({ referral: 'na' })),
  c('P14 against: "The county will mail one to the State Registrar for you" tells no one', said('do i need to file my marriage license anywhere', 'No: after the ceremony the county will mail one to the State Registrar for you. The details are at lindencounty.example.gov/marriage.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'P10 against: "Did your teacher\'s reading list help?" asks about the patron\'s own list':
    'followup.completeness, expected fail, got pass: "Did your teacher\'s reading list help?" asks about a list the provider never gave, not the information given (older: v49 read it the same, v1\'s "did the/your … list help")',
  'P10 against: "Does the library card help with parking?" asks about parking':
    'followup.completeness, expected fail, got pass: "Does the library card help with parking where you are?" asks about parking, not whether the map given meets the need (older: v49 read it the same)',
  'P11 for: "Sound like it?" without "does"':
    'followup.completeness, expected pass, got fail: a bare "Sound like it?" after the suggested title asks whether it is the book sought, as "Does that sound like it?" does; P11 needs "does/did that/this/it" before it (older: v49 the same, P11 does not reach it)',
  'P14 for: "Mande la solicitud … al Registro Civil de Guadalajara, <address>"':
    'referral.contact, expected pass, got na: "Mande la solicitud y una copia de su identificación al Registro Civil de Guadalajara, Av. Juárez 123, …" tells the patron to write to the office, but seven words stand between the verb and "al Registro" and ENVIAR_ES_P14 allows six (older: v49 the same, P14 does not reach it)',
};

describe('fifty-second round, blind check A: block P tried both ways', () => {
  for (const [t, cs] of [['P1', p1], ['P2', p2], ['P10 and P11', p10p11], ['P12', p12], ['P13', p13], ['P14', p14]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
