/**
 * Eighty-sixth round, blind check of block AM (rubric v73), part am2: AM4, AM5, AM6 and AM8 tried both ways in cases written by
 * a helper who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran ("for": the
 * meant reading in new words: other verbs, nouns and orders, chat-speak, typos, Spanish; "against": near misses the block must
 * not read).
 * Checks:
 * - followup.completeness (AM4, AM5, AM6) (RUBRIC: pass when, in or after the first message that gives a source or answer, the
 *   provider asks whether the information already given meets the need; a question about something not yet given ("would a
 *   scan be what you need?") does not count; fail otherwise; na when info.source is na). Each session here gives a source (a
 *   URL or a named book) before its one question, so the label is ASKED (pass) or NOT_ASKED (fail).
 * - info.source and inquiry.clarify (AM8) (RUBRIC: info.source passes when the provider gives at least one source: a URL or
 *   domain, a named resource (a database, the catalogue, a guide, a book …); an organisation or app named without a way to
 *   reach it is not a source; fail with a substantive exchange and no source. inquiry.clarify passes when the provider asks a
 *   question about the need (home library, residence, format … count) before the first message that gives a source, and when
 *   no source is ever given any such question counts). The label is `some({ clarify, source })`.
 * - AM4: "Is that <simple / detailed / clear> enough for <purpose>?" about what was given asks whether it meets the need; not
 *   "Is <time> soon / early enough?" for something promised later, nor "Is the branch close enough …?" (not information).
 * - AM5: "Does <what was given> give you a start / a starting point?" asks; not about a scan only offered, nor a day.
 * - AM6: "Does that look like what she'd want / he needs?" (the patron asking for someone else) about what was given asks; not
 *   about the patron's own thing, nor about something only offered.
 * - AM8: a Spanish sentence that opens with the provider's own search to come ("Así reviso el catálogo de …", "Y le busco en el
 *   catálogo …", "Entonces puedo buscar en el catálogo …") says where the provider will look and gives no source; the same
 *   words followed by a title or a link, the patron's own search in the catalogue, or "El catálogo … está en <URL>" are sources.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "asks whether the information already given meets the need": asking whether a guide just linked is basic enough for a
 *   beginner, whether figures just linked are recent enough for a paper, whether it is clear enough for a class, whether an
 *   index just given is somewhere to begin, or whether what was given looks like what the patron's daughter / father needs all
 *   ask whether what was given meets the need (the need may be a third person's, the patron asking for them). Asking whether
 *   a time is soon enough for what will be e-mailed later is about something not yet given; whether a branch is near enough
 *   to walk to, whether the patron's laptop is new enough, whether the patron's own draft or a letter the patron has looks
 *   right, or whether a class time suits, is not about the information given at all: none of these counts.
 * - An offer ("I can ask … to scan …; would the scan give you a place to begin?", "puedo pedir el microfilm …; ¿eso le daría
 *   …?") asks about something not yet given, RUBRIC's own "would a scan be what you need?".
 * - "gives a source" is read as giving the patron something to use: the provider saying where the provider will look ("así le
 *   busco en el catálogo de su sucursal") names no resource for the patron and is no source, even with the word "catálogo"
 *   (RUBRIC lists "the catalogue" as a named resource the provider gives, not as a place the provider searches). Telling the
 *   patron to search the catalogue themselves ("puede buscar usted en el catálogo de la biblioteca por autor") points the
 *   patron to a named resource, the catalogue, even without a URL: a source (it is neither an organisation nor an app).
 * - A clarifying question in the same message as the announced search is still a question about the need (residence, branch,
 *   format, age, reading level), and it makes the exchange substantive even when the patron leaves right after it (RUBRIC: "a
 *   clarifying question counts"), also when the same message announces the search to come; with no source ever given, it
 *   passes inquiry.clarify.
 *
 * COUNTS. Written: 34 cases, 17 for and 17 against (AM4 4/4, AM5 4/4, AM6 4/4, AM8 5/5), in one batch, labels copied aside to
 * /tmp/s76/am2-labels.ts before the first run. First run as labelled: 20 of 34. Disagreeing: 14. Label corrections: none (each
 * reread against followup.completeness, info.source and inquiry.clarify; the labels stand). Final: 20 running, 14 LEFT (each
 * scored with rubric v72 to tell "older" from "caused by AM"; 2 caused by AM, 12 older):
 * - expected pass / got fail (older: v72 fail): "Would those figures be recent enough for your paper?" (AM4).
 * - expected pass / got fail (older: v72 fail): "is that detailed enuf 4 ur science fair board?" (AM4, chat-speak).
 * - expected pass / got fail (older: v72 fail): "¿Le parece lo bastante claro para la clase de su hija?" (Spanish AM4).
 * - expected pass / got fail (older: v72 fail): "¿Eso le da un punto de partida?" (Spanish AM5).
 * - expected fail / got pass (older: v72 pass): "I can ask the local history room to scan the Catonsville page for you; would
 *   the scan give you a place to begin?" (AM5, only offered).
 * - expected fail / got pass (older: v72 pass): "Does Thursday evening give you a good start, or would the Saturday class suit
 *   you better?" (AM5, a day).
 * - expected fail / got pass (older: v72 pass): "Does your grandmother's letter give you a starting point for the name?" (AM5,
 *   the patron's own thing).
 * - expected pass / got fail (older: v72 fail): "Does that look like what your daughter needs?", "Do those look like what he's
 *   after?", "does that look like wat ur mom wants?", "¿Eso se parece a lo que su papá busca?" (AM6, four cases).
 * - expected fail / got pass (older: v72 pass): "I can also request the Spanish edition for him through interlibrary loan; does
 *   that look like what he needs?" (AM6, only offered).
 * - expected fail / got pass (caused by AM: v72 fail as labelled): "Does Saturday at 10 look like what she'd want?" (AM6, a time).
 * - info.source expected pass / got fail (caused by AM: v72 pass as labelled): "Así busco en el catálogo de su sucursal: «La casa
 *   en Mango Street» de Sandra Cisneros está disponible en Towson ahora mismo." (AM8, a named title in the sentence).
 * Running as labelled: "Is that basic enough for a first-timer?" (AM4, fail under v72); the time near misses ("is tomorrow
 * afternoon soon enough?", "is monday early enuf?"), "Is the Arbutus branch near enough to walk to?" and "Is your laptop new
 * enough to run it?" stay not asked; "Does the Maryland State Archives index give you somewhere to begin?", "Did the Chronicling
 * America search get you a good place to begin?" and "does that give u a startin point?" are asked (AM5) and the Spanish offered
 * microfilm is not; the patron's own draft (English and Spanish) is not asked (AM6). AM8: the four Spanish own-search sessions
 * (three where the patron leaves after the question, one with advice from memory) give no source and pass inquiry.clarify, and
 * "Entonces puedo buscar en el catálogo …" followed later by a named book and its URL passes both; v72 misread four of these five
 * (it read the opening search as a source: inquiry.clarify fail in all four, info.source pass in the three that give none);
 * only "Le reviso el catálogo de su biblioteca, pero ¿me dice primero …?" was scored as labelled by both. The link in the
 * sentence ("Y le reviso la lista de la sucursal: … todos en bcpl.example.org/ingles"), the patron's own search with a URL and
 * without one ("puede buscar usted en el catálogo de la biblioteca por autor"), and "El catálogo de su biblioteca está en …"
 * stay sources.
 * v73 against v72 on this file: 5 cases now read as labelled that v72 misread (AM4 "basic enough", four AM8 for), 2 misread that
 * v72 read as labelled (the two "caused by AM" above).
 * ON v73 AS LANDED (the mends after this check, checked blind again in part am4): the two false readings caused by AM are mended
 *   (AM6 not about a day or a time: "Does Saturday at 10 look like what she'd want?"; AM8 not a sentence that goes on after a
 *   colon or a quoted title: "Así busco en el catálogo de su sucursal: «La casa en Mango Street» …"), and AM6 widened to "what
 *   your daughter needs", "what he's after" (three of this file's older misses run): 25 running, 9 LEFT, all older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, sys, type Line, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi, this is Marisol, a librarian with Ask Us at Baltimore County Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually go to?', branchReply: 'towson' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca Pública del Condado de Baltimore.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de towson' });

/** The patron's `q`, the Spanish greeting (which asks nothing), the provider's `ask`, and the patron leaving the chat. */
const leftAfter = (q: string, ask: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI_ES],
  [30, 'l', ask],
  [70, 's', 'Patron has left the chat.', sys('patron_left')],
];

/** A question about the need asked, no source ever given; a question asked before the first source, a source given. */
const ASKED_NO_SOURCE = some({ clarify: 'pass', source: 'fail' });
const ASKED_THEN_SOURCE = some({ clarify: 'pass', source: 'pass' });

export const am4: SessionCase[] = [
  // ---- AM4 for: "<basic / recent / clear / detailed> enough for <purpose>" about what was given (chat-speak, Spanish)
  c('AM4 for: "Is that basic enough for a first-timer?" (a guide just linked)',
    said('my husband wants to learn to sew, never touched a machine',
      'Our Sewing Basics guide at bcpl.example.org/guides/sewing walks through threading, bobbins and a straight hem with photos. '
      + 'Is that basic enough for a first-timer?'),
    ASKED),
  c('AM4 for: "Would those figures be recent enough for your paper?" (figures just linked)',
    said('need numbers on how many people in baltimore county rent vs own',
      'The Census QuickFacts page at census.example.gov/quickfacts/baltimorecountymd gives the owner-occupied rate, 2019-2023. '
      + 'Would those figures be recent enough for your paper?'),
    ASKED),
  c('AM4 for: "is that detailed enuf 4 ur science fair board?" (chat-speak, typos)',
    said('need a diagram of the water cycle for my science fair',
      'NASA has a printable one at nasa.example.gov/watercycle-diagram w/ all the labels. '
      + 'is that detailed enuf 4 ur science fair board?'),
    ASKED),
  c('AM4 for: "¿Le parece lo bastante claro para la clase de su hija?" (Spanish)',
    es.said('mi hija tiene que explicar la fotosíntesis en clase',
      'La página de Kids Britannica en español, kids.britannica.example.com/es/fotosintesis, lo explica con dibujos y pasos. '
      + '¿Le parece lo bastante claro para la clase de su hija?'),
    ASKED),
  // ---- AM4 against: a time for what will be sent later (English, chat-speak), a branch's distance, the patron's own laptop
  c('AM4 against: "I\'ll email you the rest tomorrow afternoon; is tomorrow afternoon soon enough?" (a time, not yet given)',
    said('need photos of the old towson courthouse for a presentation',
      'Two are up at digitalcollections.example.org/towson-courthouse. I\'ll email you the rest tomorrow afternoon; '
      + 'is tomorrow afternoon soon enough?'),
    NOT_ASKED),
  c('AM4 against: "the microfilm ones ill scan n send monday. is monday early enuf?" (chat-speak, a time)',
    said('looking for the jeffersonian newspaper from 1962',
      'the 1962 issues from jan-jun r online at newspapers.example.org/jeffersonian, the microfilm ones ill scan n send monday. '
      + 'is monday early enuf?'),
    NOT_ASKED),
  c('AM4 against: "Is the Arbutus branch near enough to walk to?" (a branch, not information)',
    said('do you have the new john grisham book',
      'Yes, "The Exchange" by John Grisham shows one copy on the shelf at Arbutus in the catalogue, bcpl.example.org/catalog. '
      + 'Is the Arbutus branch near enough to walk to?'),
    NOT_ASKED),
  c('AM4 against: "Is your laptop new enough to run it?" (the patron\'s own thing)',
    said('how can i file my taxes for free online',
      'The IRS Free File page at irs.example.gov/freefile lists the free programs; they run in a browser on Windows 10 or later. '
      + 'Is your laptop new enough to run it?'),
    NOT_ASKED),
];

export const am5: SessionCase[] = [
  // ---- AM5 for: "<what was given> give(s) you somewhere to begin / a place to begin / a starting point" (chat-speak, Spanish)
  c('AM5 for: "Does the Maryland State Archives index give you somewhere to begin?"',
    said('trying to find when my great grandparents got married, somewhere in maryland around 1910',
      'The Maryland State Archives marriage index at msa.example.org/marriage-index covers 1777-1950 by county and name. '
      + 'Does the Maryland State Archives index give you somewhere to begin?'),
    ASKED),
  c('AM5 for: "Did the Chronicling America search get you a good place to begin?" (past tense)',
    said('looking for articles about the 1904 baltimore fire',
      'Chronicling America at chroniclingamerica.example.gov has the Baltimore papers of February 1904, searchable by date. '
      + 'Did the Chronicling America search get you a good place to begin?'),
    ASKED),
  c('AM5 for: "does that give u a startin point?" (chat-speak, typos)',
    said('want to start a community garden on a vacant lot, no idea where to start',
      'the county has a how-to guide at baltimorecounty.example.gov/community-gardens, with the permit steps n soil testing. '
      + 'does that give u a startin point?'),
    ASKED),
  c('AM5 for: "¿Eso le da un punto de partida?" (Spanish)',
    es.said('quiero abrir un pequeño negocio de comida, qué permisos necesito',
      'La guía en español del Small Business Development Center, sbdc.example.org/es/comida, explica los permisos paso a paso. '
      + '¿Eso le da un punto de partida?'),
    ASKED),
  // ---- AM5 against: a scan only offered (English, Spanish), a class day, the patron's own letter
  c('AM5 against: "would the scan give you a place to begin?" (a scan only offered)',
    said('need a map of catonsville from the 1870s',
      'The 1877 Hopkins atlas is listed in our catalogue at bcpl.example.org/catalog. I can ask the local history room to scan '
      + 'the Catonsville page for you; would the scan give you a place to begin?'),
    NOT_ASKED),
  c('AM5 against: "¿eso le daría un punto de partida?" after "puedo pedir el microfilm" (Spanish, only offered)',
    es.said('busco el acta de bautismo de mi abuelo de 1925 en baltimore',
      'Los registros parroquiales están descritos en archivo.example.org/parroquias. Puedo pedir el microfilm a la biblioteca '
      + 'estatal; ¿eso le daría un punto de partida?'),
    NOT_ASKED),
  c('AM5 against: "Does Thursday evening give you a good start, or would the Saturday class suit you better?" (a day)',
    said('is there a class for learning excel',
      'Yes, Excel for Beginners runs twice this month; sign up at bcpl.example.org/classes. Does Thursday evening give you a good '
      + 'start, or would the Saturday class suit you better?'),
    NOT_ASKED),
  c('AM5 against: "Does your grandmother\'s letter give you a starting point for the name?" (the patron\'s own thing)',
    said('my grandmother wrote about a ship she came on but i dont know its name',
      'The Baltimore passenger lists 1820-1948 are searchable on FamilySearch at familysearch.example.org/baltimore-lists. '
      + 'Does your grandmother\'s letter give you a starting point for the name?'),
    NOT_ASKED),
];

export const am6: SessionCase[] = [
  // ---- AM6 for: "look(s) like what <he / she / they> need(s) / want(s) / is after" about what was given (chat-speak, Spanish)
  c('AM6 for: "Does that look like what your daughter needs?"',
    said('my daughter needs a book on the solar system for 3rd grade',
      '"The Planets in Our Solar System" by Franklyn Branley is on the shelf at Towson, catalogue link bcpl.example.org/catalog. '
      + 'Does that look like what your daughter needs?'),
    ASKED),
  c('AM6 for: "Do those look like what he\'s after?" (plural, another verb)',
    said('my dad wants large print westerns',
      'The large print westerns list at bcpl.example.org/lists/large-print-westerns has Louis L\'Amour and Zane Grey titles. '
      + 'Do those look like what he\'s after?'),
    ASKED),
  c('AM6 for: "does that look like wat ur mom wants?" (chat-speak, typos)',
    said('my mom wants easy recipes for diabetics',
      'the American Diabetes Assoc has a recipe page at diabetesfoodhub.example.org, all low sugar n easy. '
      + 'does that look like wat ur mom wants?'),
    ASKED),
  c('AM6 for: "¿Eso se parece a lo que su papá busca?" (Spanish)',
    es.said('mi papá quiere aprender a usar su celular nuevo',
      'La guía en español de GCFGlobal, gcfglobal.example.org/es/celulares, explica lo básico con videos cortos. '
      + '¿Eso se parece a lo que su papá busca?'),
    ASKED),
  // ---- AM6 against: the patron's own draft (English, Spanish), something only offered, a time
  c('AM6 against: "Does your draft look like what the teacher wants?" (the patron\'s own thing)',
    said('how do i write an MLA works cited page for my son',
      'The Purdue OWL page at owl.example.edu/mla-works-cited has examples of every kind of entry. '
      + 'Does your draft look like what the teacher wants?'),
    NOT_ASKED),
  c('AM6 against: "¿Su borrador se parece a lo que pide la maestra?" (Spanish, the patron\'s own thing)',
    es.said('mi hijo tiene que hacer un resumen de un libro, cómo se hace',
      'La guía de resúmenes en español de la biblioteca está en bcpl.example.org/es/resumen, con un ejemplo. '
      + '¿Su borrador se parece a lo que pide la maestra?'),
    NOT_ASKED),
  c('AM6 against: "I can also request the Spanish edition for him through interlibrary loan; does that look like what he needs?"',
    said('my brother needs the drivers manual to study for the permit test',
      'The Maryland Driver\'s Manual is free at mva.example.gov/drivers-manual. I can also request the Spanish edition for him '
      + 'through interlibrary loan; does that look like what he needs?'),
    NOT_ASKED),
  c('AM6 against: "Does Saturday at 10 look like what she\'d want?" (a time)',
    said('my grandmother wants to learn to use email',
      'The computer basics class covers email; sign up at bcpl.example.org/classes/computer-basics. It meets Saturdays at 10. '
      + 'Does Saturday at 10 look like what she\'d want?'),
    NOT_ASKED),
];

export const am8: SessionCase[] = [
  // ---- AM8 for: the provider's own search to come, in Spanish, gives no source (the patron leaves, advice from memory)
  c('AM8 for: "¿En qué parte del condado vive ella? Así reviso el catálogo de la biblioteca que le quede más cerca." (leaves)',
    leftAfter('hola busco novelas en español para mi mamá que tiene 70 años',
      '¿En qué parte del condado vive ella? Así reviso el catálogo de la biblioteca que le quede más cerca.'),
    ASKED_NO_SOURCE),
  c('AM8 for: "q sucursal le keda mas cerca? asi le busco en el catalogo d esa sucursal …" (chat-speak, typos, leaves)',
    leftAfter('nesesito libros para aprender ingles',
      'q sucursal le keda mas cerca? asi le busco en el catalogo d esa sucursal los d ingles basico'),
    ASKED_NO_SOURCE),
  c('AM8 for: "Le reviso el catálogo de su biblioteca, pero ¿me dice primero en qué ciudad vive?" (another order, leaves)',
    leftAfter('quiero libros de recetas salvadoreñas',
      'Le reviso el catálogo de su biblioteca, pero ¿me dice primero en qué ciudad vive?'),
    ASKED_NO_SOURCE),
  c('AM8 for: "Y le busco en el catálogo de la sucursal libros a su nivel." then advice from memory only',
    es.asked('como puedo ayudar a mi hijo a leer mejor, tiene 7 años',
      '¿Su hijo ya lee solo o todavía con ayuda? Y le busco en el catálogo de la sucursal libros a su nivel.',
      'con ayuda todavia',
      'Un consejo que sirve mucho: lean juntos quince minutos cada noche, que él siga las palabras con el dedo y que al final '
      + 'le cuente con sus palabras lo que pasó.'),
    ASKED_NO_SOURCE),
  c('AM8 for: "Entonces puedo buscar en el catálogo cuál edición tienen" then a named book and a URL (the source)',
    es.asked('busco el libro para estudiar el examen de ciudadanía',
      '¿Lo necesita en español o en inglés? Entonces puedo buscar en el catálogo cuál edición tienen en su sucursal.',
      'en español',
      'Listo: «Aprenda sobre los Estados Unidos: Preguntas de educación cívica» está en la sucursal de Towson; puede apartarlo en '
      + 'bcpl.example.org/catalogo.'),
    ASKED_THEN_SOURCE),
  // ---- AM8 against: the same words then a title or a link in the sentence, the patron's own search, "El catálogo … está en"
  c('AM8 against: "Así busco en el catálogo de su sucursal: «La casa en Mango Street» … está disponible" (a named title)',
    es.said('quiero un libro de sandra cisneros en español',
      'Así busco en el catálogo de su sucursal: «La casa en Mango Street» de Sandra Cisneros está disponible en Towson '
      + 'ahora mismo.'),
    ASKED_THEN_SOURCE),
  c('AM8 against: "Y le reviso la lista de la sucursal: … todos en bcpl.example.org/ingles" (a link in the sentence)',
    es.said('tienen cursos de inglés en dvd',
      'Y le reviso la lista de la sucursal: tienen cuatro cursos de inglés en DVD, todos en bcpl.example.org/ingles.'),
    ASKED_THEN_SOURCE),
  c('AM8 against: "Así lo busca usted en el catálogo en bcpl.example.org/catalogo" (the patron\'s own search, a URL)',
    es.said('cómo sé si tienen un libro antes de ir',
      'Así lo busca usted en el catálogo en bcpl.example.org/catalogo, escribiendo el título o el autor.'),
    ASKED_THEN_SOURCE),
  c('AM8 against: "El catálogo de su biblioteca está en bcpl.example.org/catalogo" (a source)',
    es.said('dónde veo qué libros tienen en la biblioteca',
      'El catálogo de su biblioteca está en bcpl.example.org/catalogo; ahí puede ver qué sucursal tiene cada libro.'),
    ASKED_THEN_SOURCE),
  c('AM8 against: "Entonces puede buscar usted en el catálogo de la biblioteca por autor" (the patron\'s own search, no URL)',
    es.said('quiero leer todo lo de isabel allende',
      'Entonces puede buscar usted en el catálogo de la biblioteca por autor: escriba «Isabel Allende» y le salen todos '
      + 'sus libros.'),
    ASKED_THEN_SOURCE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AM4 for: "Would those figures be recent enough for your paper?" (figures just linked)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): '
    + '"Would those figures be recent enough for your paper?" right after the QuickFacts link and its 2019-2023 figures '
    + 'asks whether the information already given (its recency) meets the need, in the message that gives the source '
    + '(RUBRIC followup.completeness); older (v72 fail the same)',
  'AM4 for: "is that detailed enuf 4 ur science fair board?" (chat-speak, typos)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): "is '
    + 'that detailed enuf 4 ur science fair board?" after the NASA diagram link asks whether the diagram given meets '
    + 'the need; chat-speak and "enuf" do not change what is asked (RUBRIC followup.completeness); older (v72 fail the '
    + 'same)',
  'AM4 for: "¿Le parece lo bastante claro para la clase de su hija?" (Spanish)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): '
    + '"¿Le parece lo bastante claro para la clase de su hija?" after the linked page asks whether the explanation '
    + 'given is clear enough for the need (RUBRIC followup.completeness); older (v72 fail the same)',
  'AM5 for: "¿Eso le da un punto de partida?" (Spanish)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): '
    + '"¿Eso le da un punto de partida?" after the SBDC guide\'s link asks whether the guide given meets the need as a '
    + 'start (the English "Does the Maryland State Archives index give you somewhere to begin?" passes) (RUBRIC '
    + 'followup.completeness); older (v72 fail the same)',
  'AM5 against: "would the scan give you a place to begin?" (a scan only offered)':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence '
    + 'the offering message): "I can ask the local history room to scan the Catonsville page for you; would the scan '
    + 'give you a place to begin?" is about a scan only offered, not yet given: RUBRIC\'s own "would a scan be what you '
    + 'need?" does not count; no other question follows the catalogue link; older (v72 pass the same)',
  'AM5 against: "Does Thursday evening give you a good start, or would the Saturday class suit you better?" (a day)':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"): "Does '
    + 'Thursday evening give you a good start, or would the Saturday class suit you better?" asks which class day suits '
    + 'the patron, not whether the information given meets the need (RUBRIC followup.completeness); older (v72 pass the '
    + 'same)',
  'AM5 against: "Does your grandmother\'s letter give you a starting point for the name?" (the patron\'s own thing)':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"): "Does '
    + 'your grandmother\'s letter give you a starting point for the name?" is about the patron\'s own letter, not about '
    + 'the passenger lists the provider gave (RUBRIC: whether the information already given meets the need); older (v72 '
    + 'pass the same)',
  'AM6 for: "¿Eso se parece a lo que su papá busca?" (Spanish)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): '
    + '"¿Eso se parece a lo que su papá busca?" right after the GCFGlobal guide asks whether what was given meets the '
    + 'father\'s need (RUBRIC followup.completeness); older (v72 fail the same)',
  'AM6 against: "I can also request the Spanish edition for him through interlibrary loan; does that look like what he needs?"':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence '
    + 'the offering message): "I can also request the Spanish edition for him through interlibrary loan; does that look '
    + 'like what he needs?" is about an edition only offered, not yet given ("A question about something not yet given '
    + '… does not count"); no other question follows the manual\'s link; older (v72 pass the same)',
};

describe('eighty-sixth round: block AM (AM4, AM5, AM6, AM8) checked blind, both ways, part am2', () => {
  for (const [t, cs] of [['AM4', am4], ['AM5', am5], ['AM6', am6], ['AM8', am8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
