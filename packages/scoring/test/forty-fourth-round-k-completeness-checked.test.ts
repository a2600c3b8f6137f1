/**
 * Forty-fourth round, block K's followup.completeness changes checked: v45's K4 (`USEFUL_NAMED_K4`, "Does IBISWorld look useful
 * in the meantime?"; `ENOUGH_K4`, "Is the IMSLP scan enough, or do you need a clean print edition?", both rubric.ts) and K5
 * (`YOUR_DETAIL_K5` in classify.ts `completenessAt`, "Is your Westbrook address the right one to use?" asks nothing of what was
 * given), tried both ways with short cases no one had written (`one` / `es` of narrowing-lines).
 *
 * SHAPES TRIED:
 *  K4 useful, against: a database not yet given and offered ("Does PsycINFO sound useful too? I can walk you through …"), a
 *   person (the patron's advisor "Professor Lang", the clerk "Ms Ruiz" the patron phoned), a time offered ("tomorrow morning",
 *   British "Thursday afternoon … handy"), a paid service offered ("rush delivery … It costs $15"), a booking offered ("Room 2"),
 *   the patron's own topic, browser and survey data, a walkthrough and a zoom call offered (chat-speak), Spanish "¿Le parece
 *   útil una cita con nuestra bibliotecaria…?". As meant: "Does Ancestry look helpful for now?", British "Does Nexis look handy
 *   for what you're after?", chat-speak "does jstor look useful?", "does hoopla look helpful 2 u?", non-native "Does Statista
 *   looks useful for you?", "You find JSTOR useful …?", "Is helpful the GreenFILE for you?", a two- and a three-word name, "the
 *   PDF … or is the scan too faint?", "promising", "Do the tables look relevant …?", past "Did MedlinePlus seem helpful",
 *   "seem to be helpful", Spanish "¿Le parece útil FamilySearch?", "¿Le resulta útil MedlinePlus?", "¿te sirve jstor …?".
 *  K4 enough, against: a chapter scan, a microfilm ILL copy, a report in print elsewhere and a large-print edition on order
 *   (offered, not given), the patron's own naturalization records, book-club list, copies to print, paperback bought as a
 *   replacement (money) and mobile data, Spanish "¿Le alcanza con el efectivo que trae …?". As meant: "Are those articles
 *   enough for your paper?", British "Is the transcript enough, or shall I hunt for the original register?", chat-speak "is the
 *   link enough or u need more?", non-native "The information is enough for you?", "Would the excerpt be enough …?", "Is the
 *   abstract enough …?", "Were those citations enough …?", "Is this list enough to get you started?", "is the pdf enough?",
 *   "Would these two be enough?", "Is the info enough to file …?", Spanish "¿Le basta con el escaneo?", "¿Es suficiente con ese
 *   artículo …?", "¿Con esa lista le alcanza?".
 *  K5, against (real completeness questions with "your" and a detail word): "Is your address question answered?", British "Is
 *   your phone question sorted now?", "Does that answer your question, and is your email still the best way to reach you?",
 *   chat-speak "is ur number question answered?", "Was your e-mail question answered by the guide?", "Are your address-change
 *   questions all answered now?", "Would your zip code question be covered by that map?", "Is your number one question
 *   answered, at least?", "Is your cell connecting now?" after the wifi steps; controls "Does that answer your phone
 *   question?", "Is your question about the zip code answered?". As meant: gmail "still the one to use", British postcode "the
 *   right one", chat-speak "is ur cell still the best # to txt?", non-native "Your email is the correct one, yes?", phone number
 *   for a callback, home and mailing address the same, work e-mail "okay to use", "Would your school email work better",
 *   library card number valid, "Is your zip the 21201 one?", a login (no K5 word), "still the one on Elm Street", Spanish
 *   "¿Su correo sigue siendo el mismo de antes?", "¿Es correcto su número de teléfono …?".
 *
 * Statuses read from RUBRIC.md: followup.completeness passes when "in or after the first message that gives a source or
 * answer, the provider asks whether the information already given meets the need"; "A question about something not yet given
 * ('would a scan be what you need?') does not count".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a resource, service, time or room first named in an offer ("I can …", "It costs $15") is not yet given, even when the
 *   same message gives another source; a person, or the patron's own topic, browser, data, records, list, copies or phone plan,
 *   is not "the information already given";
 * - a question whether "your <detail> question" is answered is about the answer, whatever the detail word; one sentence that
 *   asks "Does that answer your question" and also asks about the e-mail still asks it;
 * - "Is your cell connecting now?" right after the steps to fix it asks whether what was given met the need (as "Did that
 *   help?");
 * - a question about the patron's own contact or detail that does not ask about the answer fails, whatever its wording.
 *
 * COUNTS. Written: 79 cases (K4 useful 30, K4 enough 24, K5 25), all labelled from RUBRIC.md before any was run, in one batch.
 * First run as labelled / disagreeing: 45 / 34. Labels corrected: 0 (every disagreement reread against RUBRIC.md; none of the
 * labels was wrong by its text). FINAL: 45 running, 34 LEFT (LEFT_WHY): 16 caused by v45's changes (K4 USEFUL_NAMED_K4 7,
 * ENOUGH_K4 3, K5 YOUR_DETAIL_K5 6: v44 scored each as labelled) and 18 older readings (v44 scored them the same). v45's
 * changes also put right 13 cases v44 misread (U13, U14, U16, U17, U19, U21, U24, E10, E12, E16, E18, E20 by K4; Y17 by K5).
 * Found on the way: ENOUGH_K4's "Would the <noun> be enough?" never passes when nothing after an "or" asks, since v1's
 * offerQuestion takes the "Would …" opening first (its own comment's "Would the chapter be enough?", after the chapter, fails).
 *
 * FINAL RUN (`--project scoring`, this file only): 79 tests passed (34 through describeLeft), the redaction equality holding for
 * every running case.
 *
 * V45 REVIEW (after this file): USEFUL_NAMED_K4 withdrawn (its 7 false readings: people, times, rooms, an offered
 * database, the patron's browser); ENOUGH_K4 kept for the nouns of a copy, page or text given (its 3 false readings on
 * records, list, data gone); K5 opens its question and leaves out a detail word that names a question's topic (its 6
 * false readings gone). Every false reading of the first cut reads as labelled now; 25 LEFT: 16 older, 9 that only the
 * withdrawn or narrowed forms read.
 * RUBRIC v61 (block AA, sixty-seventh round): U13, U17 and U19 ("Does Ancestry look helpful for now?", "Does Consumer Reports look
 *   relevant?", "Does HathiTrust sound promising?") are read again by AA4's LOOK_USEFUL_AA4 (a named subject of one to four words
 *   that is no person, at the question's end, with no tail but "for now", "in the meantime", "so far" …), and run with the others;
 *   U1-U12's false readings that withdrew v45's USEFUL_NAMED_K4 still read as labelled; no label changed.
 * RUBRIC v63 (block AC, seventieth round): U10 ("Does a walkthrough sound helpful? I can share my screen.") no longer reads as a
 *   completeness question (AC17: an indefinite subject is no thing given) and runs with the others; U11 ("does zoom sound
 *   helpful?") is still LEFT; no label changed.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type SessionCase, some } from './helpers';
import { es, one, says } from './narrowing-lines';

type St = 'pass' | 'fail';
/** followup.completeness of `one(q, text)`: the county question, the provider's `text`, thanks and a goodbye. */
const cp = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: one(q, text), exp: some({ complete: st }) });
/** The same in Spanish (`es`). */
const cpEs = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: es(q, text), exp: some({ complete: st }) });

// ---- K4 USEFUL_NAMED_K4: "Does <name> look / seem / sound useful / helpful / relevant?" ----
export const usefulNamed: SessionCase[] = [
  // false readings: an offer, a plan, a person, a time, a booking, money, the patron's own thing, a thing not yet given
  cp('U1 a database not yet given, offered', 'need articles on teen anxiety for psych class', 'JSTOR has a few at samplelib.org/jstor. Does PsycINFO sound useful too? I can walk you through searching it.', 'fail'),
  cp('U2 a person (the advisor)', 'my advisor professor lang never answers me about my sources', 'For sources, Academic Search Complete is at samplelib.org/asc. Does Professor Lang seem helpful otherwise, or is it only email he ignores?', 'fail'),
  cp('U3 a person the patron called', 'i called the county clerk about my deed but got nowhere', 'The deed index is online at samplecounty.gov/deeds. Did Ms Ruiz seem helpful when you called, or did she just send you here?', 'fail'),
  cp('U4 a time for a walkthrough', 'can someone help me set up libby', 'The Libby steps are at samplelib.org/libby. Does tomorrow morning sound useful for a phone walkthrough?', 'fail'),
  cp('U5 British, a time for a session', 'can i get help with ancestry in person', 'Ancestry Library Edition is free in the branch, see samplelib.org/ancestry. Does Thursday afternoon sound handy for a one-to-one session?', 'fail'),
  cp('U6 money, a paid service offered', 'need this article asap', 'It is in ProQuest at samplelib.org/proquest, abstract only. Does rush delivery sound helpful? It costs $15 and takes a day.', 'fail'),
  cp('U7 a booking offered', 'can i book a study room for my group of 6', 'Rooms are booked at samplelib.org/rooms. I can hold one for you now: does Room 2 look usable for six, or would you rather the quiet floor?', 'fail'),
  cp("U8 the patron's own topic", 'my thesis topic is urban heat islands, need sources', 'GreenFILE at samplelib.org/greenfile has about 40 articles on it. Does urban heat still look promising as a topic, or are you thinking of narrowing it to one city?', 'fail'),
  cp("U9 the patron's own browser", 'libby wont open on my phone', 'Try the web version at libbyapp.com. Does Chrome look usable on your phone, or do you mostly use Safari?', 'fail'),
  cp('U10 a walkthrough offered', 'how do i use the catalog to find dvds', 'You can filter by DVD at samplelib.org/catalog. Does a walkthrough sound helpful? I can share my screen.', 'fail'),
  cp('U11 chat-speak, an offer of a call', 'need help w my resume', 'theres a resume guide at samplelib.org/resume. does zoom sound helpful? i can set up a call w our career coach', 'fail'),
  cp("U12 the patron's own data", 'i ran a survey for my class and need help with the stats', 'SAGE Research Methods at samplelib.org/sage explains chi-square tests step by step. Does the survey data look usable, or are there lots of blanks?', 'fail'),
  // as meant, new words and shapes
  cp('U13 American, for now', 'need genealogy records for my great grandpa from ohio', 'Ancestry Library Edition has the 1910 Ohio census: samplelib.org/ancestry. Does Ancestry look helpful for now?', 'pass'),
  cp('U14 British, handy', 'looking for uk newspaper articles on the miners strike', "Nexis UK has the Guardian and the Times from 1984 at samplelib.ac.uk/nexis. Does Nexis look handy for what you're after?", 'pass'),
  cp('U15 chat-speak', 'need sources 4 my hist paper on ww1', 'try jstor at samplelib.org/jstor, search "trench warfare". does jstor look useful?', 'pass'),
  cp('U16 non-native, "looks"', 'I search statistic of population for my country', 'Statista has it: samplelib.org/statista, search "population Peru". Does Statista looks useful for you?', 'pass'),
  cp('U17 a two-word name', 'comparing fridges before i buy one', 'Consumer Reports is free with your card at samplelib.org/cr, the fridge ratings are under Appliances. Does Consumer Reports look relevant?', 'pass'),
  cp('U18 the PDF, or too faint', 'old town council minutes from 1952', 'The 1952 minutes are scanned at samplecounty.gov/minutes/1952.pdf. Does the PDF look usable, or is the scan too faint?', 'pass'),
  cp('U19 promising', 'old 1800s farming books', 'HathiTrust has full views of 1880s farm manuals at hathitrust.org, search "farm manual". Does HathiTrust sound promising?', 'pass'),
  cp('U20 plural, "do the tables"', 'census data for my neighborhood', 'The tract tables are on data.census.gov, search your zip. Do the tables look relevant to your project?', 'pass'),
  cp('U21 past, "did"', 'info on a type 2 diabetes diet', 'MedlinePlus has a diet page at medlineplus.gov/diabetesdiet.html. Did MedlinePlus seem helpful, or want something more detailed?', 'pass'),
  cp('U22 a three-word name', 'legal forms for a small claims case', 'Gale Legal Forms has small claims forms at samplelib.org/legalforms. Does Gale Legal Forms look useful?', 'pass'),
  cp('U23 "seem to be"', 'repair manual for a 2012 civic', 'ChiltonLibrary has the 2012 Civic manual at samplelib.org/chilton. Does Chilton seem to be helpful?', 'pass'),
  cp('U24 chat-speak "2 u"', 'audiobooks for a road trip', 'hoopla has a ton w no waitlist: samplelib.org/hoopla. does hoopla look helpful 2 u?', 'pass'),
  cp('U25 non-native, "You find … useful?"', 'i need article about climate for my essay', 'JSTOR have many articles, the link is samplelib.org/jstor. You find JSTOR useful for your essay?', 'pass'),
  cp('U26 non-native, "Is helpful the …?"', 'i need article about climate for my essay', 'Try GreenFILE, samplelib.org/greenfile, it have many articles for climate. Is helpful the GreenFILE for you?', 'pass'),
  // Spanish
  cpEs('U27 Spanish, "¿Le parece útil …?"', 'busco registros de mi abuelo de jalisco', 'FamilySearch tiene los registros de Jalisco en familysearch.org. ¿Le parece útil FamilySearch?', 'pass'),
  cpEs('U28 Spanish, "¿Le resulta útil …?"', 'información sobre la diabetes', 'MedlinePlus en español tiene una guía: medlineplus.gov/spanish/diabetes.html. ¿Le resulta útil MedlinePlus?', 'pass'),
  cpEs('U29 Spanish, informal "¿te sirve …?"', 'necesito artículos para mi tarea de historia', 'en jstor hay varios, samplelib.org/jstor. ¿te sirve jstor o buscamos otra cosa?', 'pass'),
  cpEs('U30 Spanish, an appointment offered', 'quiero buscar a mis antepasados', 'El catálogo de genealogía está en samplelib.org/catalogo. ¿Le parece útil una cita con nuestra bibliotecaria de genealogía?', 'fail'),
];

// ---- K4 ENOUGH_K4: "Is / Would the <resource noun> (be) enough?" ----
export const enoughNamed: SessionCase[] = [
  // false readings: a thing not yet given (offered, on order, in print elsewhere), the patron's own thing, a plan, money
  cp('E1 a scan offered', 'need a chapter from a book you have in storage', 'The catalog (samplelib.org/catalog) shows it in off-site storage. I could scan the chapter for you tomorrow. Would the chapter be enough, or do you need the whole book?', 'fail'),
  cp('E2 an ILL copy offered', 'looking for a 1960s thesis on river ecology', 'WorldCat (worldcat.org) shows it at two universities. Would the microfilm copy be enough? ILL can usually get one in two weeks.', 'fail'),
  cp('E3 a report only in print elsewhere', 'gao report on airport security 2021', 'The one-page highlights are at gao.gov/products/gao-21-45; the full report is only in print at the depository library. Would the full report be enough, or do you also need the testimony? I can request it.', 'fail'),
  cp("E4 the patron's own records", 'i have my grandpas naturalization records and want to find his ship', 'Try the Ellis Island passenger database at statueofliberty.org. Are the naturalization records enough to show his arrival year, or do they only give the court date?', 'fail'),
  cp("E5 the patron's own list", 'i made a reading list for my book club, 8 books', 'All 8 are in the catalog at samplelib.org, and we lend book club kits. Is the list enough for the whole year, or will you add titles later?', 'fail'),
  cp("E6 the patron's copies to print", 'i need to print 25 copies of a handout for my class', 'Printing is 10 cents a page at any branch: samplelib.org/print. Would the 25 copies be enough, or do you want a few spares?', 'fail'),
  cp("E7 money, the patron's own copy as a replacement", 'i lost a library book, what do i owe', 'The replacement cost is on your account at samplelib.org/account: $24. Would the paperback copy you bought be enough as a replacement, or should we just charge the $24?', 'fail'),
  cp("E8 the patron's phone plan", 'can i stream hoopla on my phone', 'Yes, hoopla works on phones: samplelib.org/hoopla. Is the mobile data enough on your plan, or will you be on wifi?', 'fail'),
  cp('E9 an edition on order', 'do you have the new grisham in large print', "The regular edition is on the shelf (samplelib.org/catalog); the large-print one is on order. Would the large-print edition be enough when it comes in, or do you want the audiobook now?", 'fail'),
  // as meant, new words and shapes
  cp('E10 "Are those articles enough for your paper?"', 'need scholarly articles on gig workers', 'I found three in Business Source Complete (samplelib.org/bsc): Kuhn 2016, Lee 2019 and Ortiz 2021. Are those articles enough for your paper?', 'pass'),
  cp('E11 British, a transcript', 'parish records for a baptism in 1840 in norfolk', 'Norfolk Record Office has a transcript online at archives.norfolk.gov.uk. Is the transcript enough, or shall I hunt for the original register?', 'pass'),
  cp('E12 chat-speak', 'wheres the irs form 1040', 'its at irs.gov/forms-pubs/about-form-1040. is the link enough or u need more?', 'pass'),
  cp('E13 non-native word order', 'I need know the hours of library on sunday', 'On Sunday the library open 1 to 5, it is on samplelib.org/hours. The information is enough for you?', 'pass'),
  cp('E14 "Would the excerpt be enough"', 'need the text of the gettysburg address for an essay', 'The Library of Congress has the Bliss copy with a transcription and an excerpt at loc.gov/gettysburg. Would the excerpt be enough for your essay?', 'pass'),
  cp('E15 the abstract', 'article on sleep and memory from 2019', 'PubMed has the abstract at pubmed.ncbi.nlm.nih.gov/31234567. Is the abstract enough, or do you need the full text?', 'pass'),
  cp('E16 past, citations', 'need apa citations for 3 websites', 'Here they are, formatted by the Purdue OWL rules (owl.purdue.edu), in the doc I just shared. Were those citations enough, or is there a fourth site?', 'pass'),
  cp('E17 "to get you started"', 'books on starting a bakery', 'Here is a list from the catalog: samplelib.org/lists/bakery (12 titles). Is this list enough to get you started?', 'pass'),
  cp('E18 lower case, the pdf', 'need the owners manual for a 2015 maytag washer', 'maytag has the pdf at maytag.com/manuals. is the pdf enough?', 'pass'),
  cp('E19 "these two"', 'two books on the civil war for a 5th grader', 'Try "The Civil War for Kids" and "Bull Run" by Fleischman, both at samplelib.org/catalog. Would these two be enough?', 'pass'),
  cp('E20 the info, or go through the form', 'how do i file for a homestead exemption', 'The county assessor explains it at samplecounty.gov/homestead, with the form. Is the info enough to file, or want me to go through the form with you?', 'pass'),
  // Spanish
  cpEs('E21 Spanish, "¿Le basta con …?"', 'necesito una partitura de schubert', 'IMSLP tiene el escaneo gratis en imslp.org, busque «Erlkönig». ¿Le basta con el escaneo?', 'pass'),
  cpEs('E22 Spanish, "¿Es suficiente con …?"', 'artículo sobre el cambio climático en méxico', 'Hay uno en Redalyc: redalyc.org/articulo.oa?id=12345. ¿Es suficiente con ese artículo o busco más?', 'pass'),
  cpEs('E23 Spanish, "¿Con esa lista le alcanza?"', 'libros para aprender inglés', 'Le armé una lista en el catálogo: samplelib.org/listas/ingles. ¿Con esa lista le alcanza?', 'pass'),
  cpEs("E24 Spanish, money, the patron's cash", 'cuánto debo de multa', 'La multa es de 5 dólares, la puede ver en samplelib.org/cuenta. ¿Le alcanza con el efectivo que trae o prefiere pagar en línea?', 'fail'),
];

// ---- K5 YOUR_DETAIL_K5: the patron's own address / e-mail / phone / number / zip, no completeness question ----
export const yourDetail: SessionCase[] = [
  // false readings: real completeness questions that say "your" and one of K5's words
  cp('Y1 "Is your address question answered?"', 'how do i change my address on my library card', 'You can update it yourself at samplelib.org/account under Profile. Is your address question answered?', 'pass'),
  cp('Y2 British, "sorted"', 'how do i renew by phone', 'Ring the renewals line; the number and hours are on samplelib.ac.uk/renew. Is your phone question sorted now?', 'pass'),
  cp('Y3 completeness and the e-mail in one sentence', 'when does my hold expire', 'Holds wait 7 days on the shelf; your account at samplelib.org/account shows the date. Does that answer your question, and is your email still the best way to reach you?', 'pass'),
  cp('Y4 chat-speak', 'how do i find my library card number', 'its on the back of ur card, or log in at samplelib.org/account n its under profile. is ur number question answered?', 'pass'),
  cp('Y5 past, e-mail question', 'how do i set up email notices for due dates', 'The guide at samplelib.org/notices shows how to turn on e-mail notices. Was your e-mail question answered by the guide?', 'pass'),
  cp('Y6 "address-change questions"', 'i moved, do i need a new card', 'No new card needed: update your address at samplelib.org/account or at any desk. Are your address-change questions all answered now?', 'pass'),
  cp('Y7 "Would your zip code question be covered"', 'which branch is closest to zip 21201', 'The branch map at samplelib.org/branches lets you search by zip. Would your zip code question be covered by that map?', 'pass'),
  cp('Y8 control, "Does that answer your phone question?"', 'can i renew by phone', 'Yes: the renewal line and its hours are on samplelib.org/renew. Does that answer your phone question?', 'pass'),
  cp('Y9 control, "your question about the zip code"', 'which branch is closest to zip 21201', 'The branch finder at samplelib.org/branches searches by zip code. Is your question about the zip code answered?', 'pass'),
  cp('Y10 a fix that worked', 'my cell wont connect to the library wifi', 'Forget the network and rejoin with the steps at samplelib.org/wifi. Is your cell connecting now?', 'pass'),
  cp('Y11 "your number one question"', 'three questions: renewals, fines and holds. renewals first pls', 'Renew at samplelib.org/account, up to 3 times. Is your number one question answered, at least?', 'pass'),
  // as meant, new words: the patron's own detail asked about, nothing asked of what was given
  cp('Y12 American, gmail', 'can you email me the article', 'It is in ProQuest at samplelib.org/proquest, and I can send the PDF. Is your gmail still the one to use?', 'fail'),
  cp('Y13 British, postcode', 'my card letters go to my old flat', 'You can check what we hold at samplelib.ac.uk/account. Is your postcode still the right one on there?', 'fail'),
  cp('Y14 chat-speak, cell', 'can u text me when my hold comes in', 'ya, turn on text alerts at samplelib.org/account/alerts. is ur cell still the best # to txt?', 'fail'),
  cp('Y15 non-native, "Your email is the correct one, yes?"', 'please you can send me the link by email', 'The link is samplelib.org/esl. I send you now. Your email is the correct one, yes?', 'fail'),
  cp('Y16 phone number for a callback', 'i need someone to call me about a lost item', 'Lost items are listed at samplelib.org/lost. Is your phone number good for a callback from Circulation?', 'fail'),
  cp('Y17 two addresses the same', 'how do i get a library card', 'Apply at samplelib.org/card; you need proof of address. Are your home address and mailing address the same?', 'fail'),
  cp('Y18 work e-mail okay', 'send me the list please', 'Here is the list: samplelib.org/lists/resume. Is your work email okay to use, or should I send it to your personal one?', 'fail'),
  cp('Y19 "Would your school email work better"', 'the database says i need to log in', 'Off campus, log in at samplelib.org/login with your card. Would your school email work better for the login?', 'fail'),
  cp('Y20 library card number valid', 'i cant log into libby', 'Libby asks for the card number; the steps are at samplelib.org/libby. Is your library card number still valid, or did it expire?', 'fail'),
  cp('Y21 zip, which one', 'nearest branch please', 'The branch finder is at samplelib.org/branches. Is your zip the 21201 one?', 'fail'),
  cp('Y22 a login, not a K5 word', 'libby says wrong login', 'The login steps are at samplelib.org/libby. Is your account login the right one, the card number and PIN?', 'fail'),
  cp('Y23 address, the street', 'can you mail me a new card', 'Replacement cards are explained at samplelib.org/cards. Is your address still the one on Elm Street?', 'fail'),
  cpEs('Y24 Spanish, "¿Su correo sigue siendo el mismo?"', 'me pueden mandar el enlace', 'El enlace es samplelib.org/esl. ¿Su correo sigue siendo el mismo de antes?', 'fail'),
  cpEs('Y25 Spanish, "¿Es correcto su número…?"', 'necesito que me llamen por un objeto perdido', 'Los objetos perdidos están en samplelib.org/perdidos. ¿Es correcto su número de teléfono para que le llamen?', 'fail'),
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged). "K4 / K5 …" = v45's change caused it (v44 scored it as labelled); "older" = v44 scored
 * it the same.
 */
const LEFT_WHY: Record<string, string> = {
  "U14 British, handy": "v45 K4 narrowed in review: USEFUL_NAMED_K4 (\"Does <name> look useful?\") was withdrawn after this file found 7 false readings (people, times, rooms, an offered database, the patron's browser); the question is read as v44 read it",
  "U16 non-native, \"looks\"": "v45 K4 narrowed in review: USEFUL_NAMED_K4 (\"Does <name> look useful?\") was withdrawn after this file found 7 false readings (people, times, rooms, an offered database, the patron's browser); the question is read as v44 read it",
  "U21 past, \"did\"": "v45 K4 narrowed in review: USEFUL_NAMED_K4 (\"Does <name> look useful?\") was withdrawn after this file found 7 false readings (people, times, rooms, an offered database, the patron's browser); the question is read as v44 read it",
  "U24 chat-speak \"2 u\"": "v45 K4 narrowed in review: USEFUL_NAMED_K4 (\"Does <name> look useful?\") was withdrawn after this file found 7 false readings (people, times, rooms, an offered database, the patron's browser); the question is read as v44 read it",
  "E16 past, citations": "v45 K4 narrowed in review: ENOUGH_K4 keeps only nouns of a copy, page or text given (scan, copy, article, chapter, excerpt, pdf, link, guide, page, summary, overview, abstract, transcript) after this file's false readings on \"records\", \"list\" and \"data\"; this noun is not among them, as in v44",
  "E20 the info, or go through the form": "v45 K4 narrowed in review: ENOUGH_K4 keeps only nouns of a copy, page or text given (scan, copy, article, chapter, excerpt, pdf, link, guide, page, summary, overview, abstract, transcript) after this file's false readings on \"records\", \"list\" and \"data\"; this noun is not among them, as in v44",
  // (a) caused by v45's change (v44 scored them as labelled)
  // K4 USEFUL_NAMED_K4: any one or two words not a pronoun before "look / seem / sound useful…" are taken for a resource given
  // K4 ENOUGH_K4: the resource noun is anyone's, the patron's own included
  // K5 YOUR_DETAIL_K5: "is / was / are / would your (…) address / e-mail / phone / number" drops the whole sentence
  // (b) older readings (v44 scored them the same)
  'U6 money, a paid service offered': 'older: v1\'s bare "helpful?" reads "Does rush delivery sound helpful?", a paid service offered, not given (K4 matches too)',
  'U11 chat-speak, an offer of a call': 'older: v1\'s bare "helpful?" reads "does zoom sound helpful?", an offer of a call (K4 matches too)',
  "U12 the patron's own data": 'older: the v44 phrase "does the <1-3 words> look usable" reads the patron\'s own "survey data" as what was given',
  'U25 non-native, "You find … useful?"': 'older: no phrase reads the declarative question "You find JSTOR useful for your essay?" (no auxiliary)',
  'U26 non-native, "Is helpful the …?"': 'older: no phrase reads the inverted "Is helpful the GreenFILE for you?"',
  'U28 Spanish, "¿Le resulta útil …?"': 'older: "le resulta útil" is no Spanish completeness phrase ("le parece útil", "te sirve" are)',
  'E14 "Would the excerpt be enough"': 'older: ENOUGH_K4 matches, but v1\'s offerQuestion ("Would …" opening) drops the sentence; K4\'s own "Would the chapter be enough?" after a chapter given fails the same way',
  'E19 "these two"': 'older: "Would these two be enough?" (no noun) is no phrase, and the "Would …" opening is an offerQuestion',
  'E21 Spanish, "¿Le basta con …?"': 'older: "le basta (con)" is no Spanish completeness phrase',
  'E22 Spanish, "¿Es suficiente con …?"': 'older: "es suficiente (con)" is no Spanish completeness phrase',
  'E23 Spanish, "¿Con esa lista le alcanza?"': 'older: "le alcanza" is no Spanish completeness phrase',
  'Y6 "address-change questions"': 'older: no phrase reads "Are your … questions all answered now?" (K5 would drop it too: "are your address")',
  'Y7 "Would your zip code question be covered"': 'older: a v44 phrase matches, but the "Would …" opening is an offerQuestion (K5 would drop it too: "would your zip code")',
  'Y9 control, "your question about the zip code"': 'older: no phrase reads "Is your question about … answered?" with words between "question" and "answered"',
  'Y10 a fix that worked': 'older: no phrase reads "Is your cell connecting now?" after the steps (K5 would drop it too: "is your cell")',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...usefulNamed, ...enoughNamed, ...yourDetail];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');

describe('forty-fourth round, block K completeness checked (K4, K5)', () => {
  describeSessions('K4 a named resource useful', running(usefulNamed));
  describeSessions('K4 a named resource enough', running(enoughNamed));
  describeSessions("K5 the patron's own detail", running(yourDetail));
  describeLeft('block K completeness', all.filter((c) => key(c) in LEFT_WHY));
});
