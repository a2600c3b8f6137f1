/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah11 (the block's fourth blind check): AH3, AH4, AH5, AH6, AH7,
 * AH8, AH9, AH11, AH12, AH13, AH16, AH17, AH19 and AH20 tried both ways in cases written by a helper who did not see the author's
 * cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, parties and
 * orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * Checks:
 * - referral.contact (AH3, AH4, AH5, AH6, AH11, AH12, AH13, AH16, AH17, AH19, AH20; RUBRIC Terms, Referral: telling the patron to
 *   contact or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library,
 *   department, office or a named specialist; pointing to a website, database or publication for the patron to use is a source,
 *   not a referral; the own library's departments count when the patron is told to contact or visit them, staff the provider
 *   consults on the patron's behalf do not; a transfer of the chat is not a referral. RUBRIC referral.contact: na unless the
 *   provider makes a referral; pass when every party the patron is referred to comes with a way to reach them (e-mail, phone,
 *   postal address or URL); fail otherwise).
 * - approachability.greeting (AH9; RUBRIC: pass when within the first two visible provider messages the provider greets the patron
 *   and identifies who is answering (a name, "librarian", the library or the service, in the text: a screen name does not count);
 *   fail otherwise).
 * - info.source (AH7; RUBRIC: pass when the provider gives at least one source: a URL or domain, an e-mail or phone contact for a
 *   referral, or a named resource (a database, the catalogue, a guide, a book, a web page with the steps to reach it); an
 *   organisation or app named without a way to reach it is not a source; fail: a substantive exchange with no source).
 * - inquiry.clarify and closing.anything_else (AH8; RUBRIC inquiry.clarify: pass when the provider asks at least one question about
 *   the need, other than the greeting's "how can I help?", an idle check-in, "anything else?" or "does this answer your
 *   question?", before the first message that gives a source; closing.anything_else: pass when before the end the provider asks
 *   whether the patron needs anything else, or the patron says on their own, explicitly, that they are done; thanks or "ok" alone
 *   does not count).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A street number, street, city, state and ZIP is a postal address; a street name or a town alone is not.
 * - "Take / bring / drop … to them at <address>" after a party is named visits that party; after the patron's own friends or family
 *   ("my friends … we meet at 18 Poplar Lane") it visits people who are no agency, library, department, office or specialist: no
 *   referral. "Drop it off to them at …" is the same visit as "drop it by to them".
 * - A visitor center and a historical society, museum, guild, council, association or club are organisations; a fishing wharf, a
 *   metro stop, a coffee house named only as where a group meets are not parties the patron is told to contact.
 * - "… and call the X Visitor Center at … to check their hours" gives the Visitor Center's phone only; a society named before it in
 *   the same sentence with no way of its own has none. "Ask the coaches about their …" after a council with its phone asks the
 *   council's own people: one party. An earlier sentence giving the same society's address gives it that way.
 * - A name is the provider's in the text wherever it stands in the greeting ("Priya here", "Maren with you tonight", "Grace on the
 *   chat today"), a common word or not; a name that is a place's ("Marion County cards", "once you live in Austin") identifies no
 *   one who answers, whatever the screen name.
 * - A reference book named by its title (an atlas, a manual) is a book, a named resource. A book the library has lost or never kept,
 *   named only to say so, is not given to the patron: no source. A coffee house whose name holds "Almanac" is no book.
 * - "Anything else on the headstone that you can still make out …?", "… anything else stamped beside it?", "¿Hay algo más en el sobre
 *   que no pueda leer …?" ask about the thing the patron has in hand (the need); "Anything else on your list that I can look up?"
 *   and "¿Hay algo más en lo que le pueda ayudar?" ask whether the patron needs anything else (the closing).
 * - "X are ordered / reserved / se tramitan … by calling / llamando a <party>" tells the patron how to get X: a referral; "…, but our
 *   reference staff place that call themselves" is staff acting for the patron: no referral. The library mailing copies ("podemos
 *   enviar por correo a su casa") is no referral. "Log back in there" to another library's chat refers to that library; "sign back
 *   on tomorrow and one of our librarians will help" is this service. "Dropping in means …" explains a word.
 *
 * COUNTS. Written: 36 cases, 21 for and 15 against (AH4 2/1, AH6 2/2, AH9 3/2, AH7 2/2, AH19 2/1, AH8 3/2, AH11+AH13 2/2, AH3 1/0,
 * AH5 1/1, AH12 1/1, AH16 1/0, AH17 1/0, AH20 0/1), in one batch, labels copied aside to /tmp/s73/ah11-labels.ts before the first
 * run. First run as labelled: 27 of 36. Disagreeing: 9. Label corrections: 0 (each reread against RUBRIC's Terms and the check's rule;
 * the labels stand). Final: 27 running, 9 LEFT (each scored with rubric v67 to tell "older" from "AH caused"; 2 caused by AH, 7 older):
 * - approachability.greeting, expected fail / got pass (caused by AH9: v67 fail): screen name austin_r, greeting "Hello! Which branch
 *   do you usually use?", then "…but once you live in Austin, their system will give you a free card …" (the city, inside a
 *   sentence, read as the provider's name).
 * - referral.contact, expected na / got fail (caused by AH19: v67 na): "Copies of deeds that old are ordered by calling the Land
 *   Records Office, but our reference staff place that call themselves; …" (the staff's own call is not in AH19's "for you" words).
 * - referral.contact, expected pass / got na (older: v67 na): "…; drop it off to them at 1400 Generals Highway, …" ("drop it off to
 *   them" is not among AH4's verbs).
 * - referral.contact, expected fail / got na (older: v67 na): "Dos buenos lugares para preguntar: …" (AH6 reads only English leads).
 * - approachability.greeting, expected pass / got fail (older: v67 fail): "Hi, Grace on the chat today!" (grace_l: a common word).
 * - info.source, expected fail / got pass (older: v67 pass): "…at the Old Almanac Coffee House, …" (a coffee house's name).
 * - info.source, expected fail / got pass (older: v67 pass): "…our only copy of the Talbot County Cemetery Handbook went missing …".
 * - inquiry.clarify pass and closing.anything_else fail expected, got the reverse (older: v67 the same): "¿Hay algo más en el sobre
 *   que no pueda leer, …?" ("sobre" is not among AH8's Spanish nouns).
 * - referral.contact, expected fail / got pass (older: v67 pass): "def swing by the Kent County Historical Society n call the …
 *   Visitor Center at 410-555-0172 to check their hours …" (chat-speak "n" for "and"; with "and" the case fails as labelled).
 * ON v68 AS LANDED (mends after this check): AH9's screen-name word only right after the greeting that opens the message (not
 *   "once you live in Austin, …"), AH19 not when the library's staff "place that call themselves": they run; 7 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, DONE, GREETED, NO_SOURCE, NO_WAY, NONE, NOT_DONE, NOT_GREETED, SOURCE, WITH_WAY } from './near-miss-lines';

/** inquiry.clarify passed (not in near-miss-lines). */
const CLARIFIED = some({ clarify: 'pass' });

const HI = 'Hi, this is Wendell, a librarian with Ask Chesapeake at Tidewater County Library.';
const { said, asked, done } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'easton' });
const HI_ES = 'Hola, le saluda Wendell, bibliotecario de la Biblioteca del Condado de Tidewater.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de easton' });

/** A session whose provider answers under the lower-case screen name `name` (provider record and every provider message). */
const screen = (name: string, lines: Line[]): Line[] => lines.map((l) => (l[1] === 'l' ? ([l[0], l[1], l[2], { author: name }] as Line) : l));
const screenOver = (name: string) => ({ provider: { id: 'p-ah11', name, library: 'TST' } });
const greetedBy = (name: string, hi: string, q: string, text: string) => screen(name, nearMissLines(hi, { branch: 'Which branch do you usually use?', branchReply: 'easton' }).said(q, text));

export const ah4: SessionCase[] = [
  // ---- AH4 for: the thing taken to the party named before, at its street address; another verb ("drop it off to them")
  c('AH4 for: "The Maryland Geological Survey identifies rocks free on weekdays: bring it to them at 2300 St. Paul Street, Baltimore, MD 21218, …"', said('i found a weird shiny rock in my yard, who can tell me what it is?', 'The Maryland Geological Survey identifies rocks free on weekdays: bring it to them at 2300 St. Paul Street, Baltimore, MD 21218, with a note of where you found it.'), WITH_WAY),
  c('AH4 for: "The Anne Arundel Quilters Guild repairs old quilts for a small fee; drop it off to them at 1400 Generals Highway, Crownsville, MD 21032, …" (other verb)', said('my grandmothers quilt has a torn corner, can anyone fix it?', 'The Anne Arundel Quilters Guild repairs old quilts for a small fee; drop it off to them at 1400 Generals Highway, Crownsville, MD 21032, any Tuesday morning.'), WITH_WAY),
  // ---- AH4 against: the patron's own friends, at the address the patron gave
  c('AH4 against: "…once it\'s checked out, take it to them at 18 Poplar Lane for the meeting." (the patron\'s friends, the patron\'s address)', said('can i check out a book club kit for my friends? we meet at carla\'s house, 18 Poplar Lane', 'Sure! Kits go out on your card for six weeks; once it\'s checked out, take it to them at 18 Poplar Lane for the meeting.'), NONE),
];

export const ah6: SessionCase[] = [
  // ---- AH6 for: each party of a list of stops or places to ask needs its own way
  c('AH6 for: "Two worthwhile stops: the Baltimore Museum of Industry, 1415 Key Highway, Baltimore, MD 21230, and the B&O Railroad Museum in west Baltimore." (the second no way)', said('im into industrial history, what should i see in baltimore?', 'Two worthwhile stops: the Baltimore Museum of Industry, 1415 Key Highway, Baltimore, MD 21230, and the B&O Railroad Museum in west Baltimore.'), NO_WAY),
  c('AH6 for: "Dos buenos lugares para preguntar: la Sociedad Histórica del Condado de Frederick, al 301-555-0147, y el Archivo Municipal de Brunswick." (Spanish, the second no way)', es.said('donde puedo preguntar por la historia de mi casa en brunswick?', 'Dos buenos lugares para preguntar: la Sociedad Histórica del Condado de Frederick, al 301-555-0147, y el Archivo Municipal de Brunswick.'), NO_WAY),
  // ---- AH6 against: "two stops" of a metro line; a place that is no party needs no way
  c('AH6 against: "It\'s two stops: Charles Center, then Lexington Market." (metro stops)', said('how many metro stops is it from shot tower to lexington market?', 'It\'s two stops: Charles Center, then Lexington Market. The ride is about five minutes.'), NONE),
  c('AH6 against: "Two sure stops: the Conowingo Dam Visitor Center, 2569 Shures Landing Road, Darlington, MD 21034, and the fishing wharf right below the dam, …" (a wharf is no party)', said('where can i see bald eagles in harford county?', 'Two sure stops: the Conowingo Dam Visitor Center, 2569 Shures Landing Road, Darlington, MD 21034, and the fishing wharf right below the dam, where the eagles feed in November.'), WITH_WAY),
];

export const ah9: SessionCase[] = [
  // ---- AH9 for: the name of a lower-case screen name, said in the greeting's text
  c('AH9 for: "Hi there, Maren with you tonight!" (screen name maren_k)', greetedBy('maren_k', 'Hi there, Maren with you tonight!', 'do you have any books on building a backyard pond?', 'Yes, "Water Gardens" by Peter Robinson is on the shelf at Easton, call number 635.9674 ROB.'), GREETED, screenOver('maren_k')),
  c('AH9 for: "Good evening! Priya here, happy to dig into this." (screen name priya_n, the name opening a sentence)', greetedBy('priya_n', 'Good evening! Priya here, happy to dig into this.', 'need census records for my great grandpa in 1920', 'The 1920 census is free on FamilySearch at familysearch.org/search; search by his name and state.'), GREETED, screenOver('priya_n')),
  c('AH9 for: "Hi, Grace on the chat today!" (screen name grace_l, a name that is also a word)', greetedBy('grace_l', 'Hi, Grace on the chat today!', 'how do i renew my books?', 'You can renew twice online at tidewater.example.org/account, unless someone has a hold on them.'), GREETED, screenOver('grace_l')),
  // ---- AH9 against: the screen name's word as a place's name, no one answering named
  c('AH9 against: "Yes! Marion County cards work at all of our branches, …" (screen name marion_b, a county)', greetedBy('marion_b', 'Hello!', 'does my marion county card work at your branches?', 'Yes! Marion County cards work at all of our branches, and holds can go to any of them.'), NOT_GREETED, screenOver('marion_b')),
  c('AH9 against: "…but once you live in Austin, their system will give you a free card …" (screen name austin_r, a city)', greetedBy('austin_r', 'Hello!', 'im moving to austin next month, can i keep using my card from here?', 'You can keep it while you\'re a Maryland resident, but once you live in Austin, their system will give you a free card with a Texas ID or a lease.'), NOT_GREETED, screenOver('austin_r')),
];

export const ah7: SessionCase[] = [
  // ---- AH7 for: a reference book by its title
  c('AH7 for: "Good news: the 1958 Rand McNally Road Atlas in our map room at Central shows Route 40 before the interstate, …"', said('i need a map of route 40 before i-70 was built', 'Good news: the 1958 Rand McNally Road Atlas in our map room at Central shows Route 40 before the interstate, town by town.'), SOURCE),
  c('AH7 for: "No problem — we have the Chilton Truck and Van Repair Manual for 1997–2003 in the reference collection at Easton; …" ("no" and "have" in a sentence that holds it)', said('do you have a repair manual for a 1999 ford ranger', 'No problem — we have the Chilton Truck and Van Repair Manual for 1997–2003 in the reference collection at Easton; it covers the Ranger.'), SOURCE),
  // ---- AH7 against: a coffee house's name; a book the library lost
  c('AH7 against: "They moved: they meet Saturdays at 10 at the Old Almanac Coffee House, across from the post office." (no book)', said('where does the saturday knitting group meet now?', 'They moved: they meet Saturdays at 10 at the Old Almanac Coffee House, across from the post office.'), NO_SOURCE),
  c('AH7 against: "I\'m sorry, our only copy of the Talbot County Cemetery Handbook went missing last spring and hasn\'t been replaced yet." (not held)', said('can i look at the talbot county cemetery handbook?', 'I\'m sorry, our only copy of the Talbot County Cemetery Handbook went missing last spring and hasn\'t been replaced yet.'), NO_SOURCE),
];

export const ah19: SessionCase[] = [
  // ---- AH19 for: how the thing is had, by calling or e-mailing a party
  c('AH19 for: "Wheelchair seating at the Meyerhoff must be reserved by emailing the Patron Services Office at access@bsomusic.example.org; …"', said('how do i get wheelchair seats for the symphony at the meyerhoff?', 'Wheelchair seating at the Meyerhoff must be reserved by emailing the Patron Services Office at access@bsomusic.example.org; online checkout doesn\'t offer it.'), WITH_WAY),
  c('AH19 for: "Las licencias gratuitas para mayores de 65 se tramitan llamando al Departamento de Recursos Naturales; …" (no way)', es.said('mi papá tiene 70 años, como saca la licencia de pesca gratis?', 'Las licencias gratuitas para mayores de 65 se tramitan llamando al Departamento de Recursos Naturales; piden el número de la licencia de conducir.'), NO_WAY),
  // ---- AH19 against: the library's staff make the call
  c('AH19 against: "Copies of deeds that old are ordered by calling the Land Records Office, but our reference staff place that call themselves; …"', said('can i get a copy of the 1923 deed for my house?', 'Yes. Copies of deeds that old are ordered by calling the Land Records Office, but our reference staff place that call themselves; just give me the lot number and I\'ll start the request.'), NONE),
];

export const ah8: SessionCase[] = [
  // ---- AH8 for: other words on the thing in hand, a question about the need (not the closing)
  c('AH8 for: "Is there anything else on the headstone that you can still make out, like a first name or a carving?"', asked('my great grandmothers headstone in st. joseph\'s cemetery is so worn i cant read the dates, how do i find when she died?', 'Is there anything else on the headstone that you can still make out, like a first name or a carving?', 'her name Ida Rausch and a little lamb on top', 'A lamb often marks a child, so check whether the stone is her daughter\'s. The Maryland death index on FamilySearch (familysearch.org/search) lists Rausch deaths by year.'), { ...CLARIFIED, ...NOT_DONE }),
  c('AH8 for: "Is the pewter mark just a crown, or is there anything else stamped beside it?"', asked('i have an old pewter mug with a mark on the bottom, how do i find out who made it?', 'Is the pewter mark just a crown, or is there anything else stamped beside it?', 'a crown and the letters TB underneath', 'A crown with initials is a maker\'s touchmark. The book "Pewter in America" by Ledlie Laughlin, at Easton, lists touchmarks by initials.'), { ...CLARIFIED, ...NOT_DONE }),
  c('AH8 for: "¿Hay algo más en el sobre que no pueda leer, como un sello o una dirección?" (Spanish, an envelope)', es.asked('encontré una carta vieja de mi abuelo de Honduras pero no entiendo la letra', '¿Hay algo más en el sobre que no pueda leer, como un sello o una dirección?', 'si, un sello que dice Tegucigalpa 1962', 'Ese sello fecha la carta en 1962. Para la letra, la guía de paleografía española de FamilySearch (familysearch.org/es/wiki/Paleografía) explica las letras antiguas.'), { ...CLARIFIED, ...NOT_DONE }),
  // ---- AH8 against: the closing question, whatever follows "anything else"
  c('AH8 against: "Anything else on your list that I can look up?" (the closing)', done('do you have books on raised bed gardening?', 'Yes! "The Vegetable Gardener\'s Bible" by Edward C. Smith is on the shelf at Easton. Anything else on your list that I can look up?', 'ok thanks'), DONE),
  c('AH8 against: "¿Hay algo más en lo que le pueda ayudar?" (the closing, Spanish)', es.done('tienen libros de recetas salvadoreñas?', 'Sí: "Cocina Salvadoreña" de Ana Martínez está en la sucursal de Easton. ¿Hay algo más en lo que le pueda ayudar?', 'ok gracias', '¡Que le vaya bien, adiós!'), DONE),
];

export const ah11: SessionCase[] = [
  // ---- AH11 / AH13 for: a society with no way before a visitor center reached by phone "to check their hours"
  c('AH11 for: "def swing by the Kent County Historical Society n call the Chestertown Visitor Center at 410-555-0172 to check their hours before u go!" (chat-speak)', said('planning a day trip to chestertown for local history stuff, where should i go', 'def swing by the Kent County Historical Society n call the Chestertown Visitor Center at 410-555-0172 to check their hours before u go!'), NO_WAY),
  c('AH13 for: "The National Park Service describes the Williamsport locks at nps.example.gov/choh/williamsport. While you\'re in town, stop by the Washington County Canal Association, and call …"', said('where can i see the old canal locks near williamsport?', 'The National Park Service describes the Williamsport locks at nps.example.gov/choh/williamsport. While you\'re in town, stop by the Washington County Canal Association, and call the Williamsport Visitor Center at 301-555-0119 to ask about their ranger walks.'), NO_WAY),
  // ---- AH11 / AH13 against: the council's own coaches; the same society's address in the sentence before
  c('AH11 against: "Call the Parkville Recreation Council at 410-555-0183 and ask the coaches about their spring tryout dates." (one party)', said('my daughter wants to try rec league lacrosse in parkville, how does she sign up?', 'Call the Parkville Recreation Council at 410-555-0183 and ask the coaches about their spring tryout dates.'), WITH_WAY),
  c('AH13 against: "The Calvert County Historical Society is at 70 Church Street, Prince Frederick, MD 20678. Stop by the Calvert Historical Society first, and call …" (the same society)', said('want to research the history of my family\'s farm in calvert county', 'The Calvert County Historical Society is at 70 Church Street, Prince Frederick, MD 20678. Stop by the Calvert Historical Society first, and call the Solomons Visitor Center at 410-555-0134 to check their hours.'), WITH_WAY),
];

export const ahOther: SessionCase[] = [
  // ---- AH3 for: a name glossed in brackets before its phone
  c('AH3 for: "Para eso, llame a la Oficina de Guardaparques (Park Rangers) al 410-555-0133; …"', es.said('vamos a acampar en el parque Patapsco, a quién le pregunto si se puede hacer fogata?', 'Para eso, llame a la Oficina de Guardaparques (Park Rangers) al 410-555-0133; ellos saben las reglas de cada zona.'), WITH_WAY),
  // ---- AH5 for: this service again; against: another library's chat ("log back in there")
  c('AH5 for: "Of course! Please sign back on tomorrow after 9, and one of our librarians will help you finish the list."', said('i need more time to decide which census years i want, can i come back to this?', 'Of course! Please sign back on tomorrow after 9, and one of our librarians will help you finish the list.'), NONE),
  c('AH5 against: "The State Law Library is the right place for lease wording; log back in there after 5 and a law librarian will go over it with you." (no way)', said('i started asking this on the state law library\'s chat but it timed out, its about the wording in my lease', 'The State Law Library is the right place for lease wording; log back in there after 5 and a law librarian will go over it with you.'), NO_WAY),
  // ---- AH12 for: writing by post to a party at its address; against: the library mailing copies
  c('AH12 for: "Puede pedirla en línea o escribir por correo a la Oficina de Registros Vitales de Maryland, 6764-B Reisterstown Road, Baltimore, MD 21215, …"', es.said('como pido el acta de nacimiento de mi hijo nacido en baltimore si vivo en texas?', 'Puede pedirla en línea o escribir por correo a la Oficina de Registros Vitales de Maryland, 6764-B Reisterstown Road, Baltimore, MD 21215, con copia de su identificación.'), WITH_WAY),
  c('AH12 against: "No se preocupe: podemos enviar por correo a su casa las copias, sin costo, en unos diez días." (the library mails)', es.said('necesito copias de unos periódicos de 1950 pero no puedo ir a la biblioteca', 'No se preocupe: podemos enviar por correo a su casa las copias, sin costo, en unos diez días.'), NONE),
  // ---- AH16 for: writing to or visiting "it" at the party's street address
  c('AH16 for: "The Baltimore Streetcar Museum keeps the old route maps in its archive; you can write to or visit it at 1901 Falls Road, Baltimore, MD 21211."', said('where are the old streetcar route maps for baltimore?', 'The Baltimore Streetcar Museum keeps the old route maps in its archive; you can write to or visit it at 1901 Falls Road, Baltimore, MD 21211.'), WITH_WAY),
  // ---- AH17 for: the time clause first ("Antes de ir …, llame a …")
  c('AH17 for: "Antes de ir a cualquier sucursal, llame a la MVA al 410-555-0150 para pedir cita; …" (one party)', es.said('necesito renovar mi licencia de conducir, voy directo a la MVA?', 'Antes de ir a cualquier sucursal, llame a la MVA al 410-555-0150 para pedir cita; sin cita casi no atienden.'), WITH_WAY),
  // ---- AH20 against: a referring verb explained as a term
  c('AH20 against: "Dropping in means starting a run from the top of the ramp by leaning your weight forward onto the board." (a term)', said('what does drop in mean in skateboarding? my son keeps saying it', 'Dropping in means starting a run from the top of the ramp by leaning your weight forward onto the board. The book "Skateboarding: Step by Step" at Easton has pictures of it.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH4 for: "The Anne Arundel Quilters Guild repairs old quilts for a small fee; drop it off to them at 1400 Generals Highway, Crownsville, MD 21032, …" (other verb)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told to visit the guild, at its postal address; AH4 reads "drop it (by) to them at", not "drop it off to them at" (older: v67 na the same)',
  'AH6 for: "Dos buenos lugares para preguntar: la Sociedad Histórica del Condado de Frederick, al 301-555-0147, y el Archivo Municipal de Brunswick." (Spanish, the second no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told to ask at both; the municipal archive has no way to reach it; AH6 reads only the English leads ("two good places to ask:"), and no Spanish referring verb stands in the sentence (older: v67 na the same)',
  'AH9 for: "Hi, Grace on the chat today!" (screen name grace_l, a name that is also a word)':
    'expected approachability.greeting pass, got fail ("greets the patron but never says who is answering …"): RUBRIC greeting, a name in the text identifies who answers; AH9 gives no name from a screen name whose first word is a common word ("grace") (older: v67 fail the same)',
  'AH7 against: "They moved: they meet Saturdays at 10 at the Old Almanac Coffee House, across from the post office." (no book)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, a coffee house where a group meets is no database, catalogue, guide or book, and no URL or contact is given; the scorer reads "Almanac" in its name as a named resource ("the Old Coffee House" fails as labelled) (older: v67 pass the same)',
  'AH7 against: "I\'m sorry, our only copy of the Talbot County Cemetery Handbook went missing last spring and hasn\'t been replaced yet." (not held)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, the provider must give a source; the handbook is named only to say the library has lost it, nothing the patron can use (AH7 itself does not read it: "went missing"), but an older reading takes the title as a named resource (older: v67 pass the same)',
  'AH8 for: "¿Hay algo más en el sobre que no pueda leer, como un sello o una dirección?" (Spanish, an envelope)':
    'expected inquiry.clarify pass and closing.anything_else fail, got clarify fail ("gave a source without first asking about the need …") and anything_else pass ("asked whether the patron needed anything else"): RUBRIC, the question asks about the envelope of the letter the patron has in hand (the need), not whether the patron needs anything else; AH8\'s Spanish nouns hold "carta", "tarjeta", "receta" … but not "sobre" (older: v67 the same)',
  'AH11 for: "def swing by the Kent County Historical Society n call the Chestertown Visitor Center at 410-555-0172 to check their hours before u go!" (chat-speak)':
    'expected referral fail, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact, the historical society has no way to reach it, only the visitor center\'s phone is given; chat-speak "n" for "and" is not read as the break between the two parts, so the society takes the phone (with "and" the case fails as labelled) (older: v67 pass the same)',
};

describe('seventy-seventh round: block AH checked blind, both ways, part ah11', () => {
  for (const [t, cs] of [['AH4', ah4], ['AH6', ah6], ['AH9', ah9], ['AH7', ah7], ['AH19', ah19], ['AH8', ah8], ['AH11, AH13', ah11], ['AH3, AH5, AH12, AH16, AH17, AH20', ahOther]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
