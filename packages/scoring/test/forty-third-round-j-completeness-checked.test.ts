/**
 * Forty-third round, block J's completeness changes checked (helper J-completeness): v44's J1 `LIKE_YOUR_J1`, J2
 * `FIND_HIM_J2`, J3 `KINDS_OF_J3`, J4 `LIKE_ANY_J4` / `ANY_WOULD_J4` / `OFFER_OPENING_J4`, J5 `MATCH_YOURS_J5` (rubric.ts), J6
 * `workForTimeJ6` (a narrowing) and J15 `fineGivenJ15` (classify.ts), tried both ways on followup.completeness with cases no one
 * had written (one provider message after `one` / `es`, or two messages 5 s apart).
 *
 * SHAPES TRIED:
 *  J1 (9): as meant, chat-speak "does that look like ur great grandpa?", British "sound like your nan", "seem like your
 *   uncle", "your cup of tea", "this one … your grandparents", non-native "This look like your father?"; against, a clause about
 *   the patron's account ("Does it look like your card has expired?"), an offer ("I could also request … Does that sound like
 *   your best option?"), a session offered ("… your kind of thing?").
 *  J2 (8): as meant, "did u find her?", British "Have you spotted him there?", "Did you found him?", "Do you see her now?",
 *   "Did you manage to find him?", Spanish "¿Lo encontró?"; against, the patron's own earlier search ("You said you searched
 *   Ancestry at home first: did you find him?"), a staff member ("Did you see her?").
 *  J3 (9): as meant, "types … you had in mind", British "sorts … you were after", chat-speak "r these the kinds of books ur son
 *   likes?", "he would enjoy", non-native "These are the kinds of data you are needing?", Spanish "¿Son esos los tipos de
 *   fuentes …?", another need ("… you will need for the second assignment too?"); against, an offer ("… items you want me to
 *   renew?"), the patron's past search ("… databases you already tried?").
 *  J4 (11): as meant, British "Do you reckon any of these would suit him?", "Would your niece enjoy any of those?", non-native
 *   "Any of these titles might interest your grandson?", chat-speak "think shed like any of these?", "Would any of these work
 *   for him?", the question then an offer, Spanish "¿Cree que alguno le guste?"; against, appointment options offered ("Do you
 *   think any of those options would work for you?"), books read before ("did he like any of those?", "Did you enjoy any of
 *   them?"), an offer "Would your daughter like any of these put on hold?".
 *  J5 (10): as meant, "fit your situation", "the edition you were given", "does this match ur assignment?", "the one you
 *   have", "what your teacher asked for", Spanish "¿Corresponde a su caso?"; against, an offer ("fit your needs"), a plan ("fit
 *   your deadline", a J6 guard), an ILL request ("fit your timeframe"), the patron's card ("Does that match your card?").
 *  J6 (10): as meant (a plan, fail), British "Would that suit your deadline?", chat-speak in one sentence "ill get the scans to
 *   u tmrw morning, does that work for ur due date?", "work with your timeline", "Does that timeframe work for you?", non-native
 *   "Is it ok for your deadline?", Spanish "¿Le funciona para su fecha de entrega?", the question in the next message; against
 *   (what was given), "I'll be honest, …" and "I can tell you …" before "Does that work for your schedule?" about hours given, a
 *   hold held till Saturday.
 *  J15 (14): as meant, British "Is that alright?", "Is it ok now?" after a new link, "Sir, is this fine?", "is that ok for u?",
 *   "Is that fine?" in the next message, "Was that ok?", "Is this fine for you?", Spanish "¿Está bien así?"; against, a plan or
 *   offer in words PLAN_J15 does not hold ("I'm gonna place a hold", "we could send it over", "if I transfer the chat", "I'd send
 *   a copy"), a request ("I need your date of birth"), a hold message before it.
 *
 * Statuses read from RUBRIC.md: followup.completeness passes when, in or after the first message that gives a source or
 * answer, "the provider asks whether the information already given meets the need"; "A question about something not yet
 * given … does not count".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a question about the patron's own situation or past (their card, their own earlier search, books they read before, a
 *   staff member they met) asks nothing of what was given: no completeness, even worded like J1 / J2 / J4 / J5;
 * - a question right after an offer or a plan (a request, a session, a renewal, an appointment, a hold, a transfer, a copy
 *   to send, a delivery time) is about the offer or plan, whatever words it uses;
 * - "Does that work for your schedule?" right after hours or a pickup window given asks whether what was given suits the need
 *   (as the scorer reads it when no promise comes before); a sentence that only looks like a promise ("I'll be honest", "I can
 *   tell you") is no plan;
 * - whether a suggestion suits the one the patron asks for ("Would any of these work for him?") asks about what was given.
 *
 * COUNTS. Written: 71 cases, all labelled before running (J1 9, J2 8, J3 9, J4 11, J5 10, J6 10, J15 14).
 * First run: 39 as labelled, 32 disagreeing. Labels corrected: 1 ("J3 a later assignment": "Are these the kinds of sources you
 * will need for the second assignment too?" asks whether what was given meets the patron's need, another one too: pass, as
 * the scorer says).
 * FINAL: 40 as labelled (running), 31 LEFT: 13 caused by v44's block J (J1 1, J2 2, J3 2, J4 3, J5 2, J6 2, J15 1: v43
 * scored each as labelled) and 18 older readings (v43 scored them the same), reasons in LEFT_WHY.
 *
 * FINAL RUN (`--project scoring`, this file only): 71 tests passed (31 through describeLeft).
 *
 * V44 AFTER THIS CHECK: the 13 false readings of (a) read as labelled now and run with the others. J1 takes one or two words
 * after "your" and no verb among them; J2 opens its sentence, with "find / found / spot" (and "see … now / there"); J3's
 * plural has its own ending, closed to the patron's need; J4's "like any of" only after "would / will / might"; J5 names the
 * patron's case, question, assignment or document; J6's plan and J1-J7's "just after a plan" (`planBeforeJ22`) need an act
 * ("I'll send / book / order …"), not "I'll be honest" or "I can tell you"; J15's plan words add "we could", "gonna", "I'd".
 * So do 3 older ones of (b) ("Does that sound like your best option?" after an offer, J6's "work with your timeline" and
 * "Does that timeframe work for you?"). Final under v44: 56 running, 15 LEFT, all older readings or shapes not reached.
 * ON v56 (block V): J2's Spanish "¿Lo encontró?" after the source reads as labelled (V16) and runs: 58 running, 13 LEFT.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, es, one, says } from './narrowing-lines';

type St = 'pass' | 'fail';
/** One provider message `text` after the opening (`one`): followup.completeness as labelled. */
const cp = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: one(q, text), exp: some({ complete: st }) });
/** The same in Spanish (`es`). */
const cpEs = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: es(q, text), exp: some({ complete: st }) });
/** Two provider messages 5 s apart (`a`, then `b`), then the thanks and the goodbye. */
const two = (name: string, q: string, a: string, b: string, st: St): SessionCase => ({
  name: `${name}: "${a}" / "${b}" : ${says(st)}`,
  lines: [...OPEN(q), L(a, 70), L(b, 75), ...BYE] as Line[],
  exp: some({ complete: st }),
});

// ---- J1 LIKE_YOUR_J1: "Does that look like your Patrick?" ----
export const likeYour: SessionCase[] = [
  // as meant, new words
  cp('J1 chat-speak "ur great grandpa"', 'looking for my great grandpa tomas in 1910 census', 'found a Tomas Ruiz b. 1888 in the 1910 census on ancestry library edition (samplelib.org/ale), living in el paso. does that look like ur great grandpa?', 'pass'),
  cp('J1 British "sound like your nan"', 'my nan Edith Price, born 1921 in Cardiff', 'The 1939 Register on Findmypast (samplelib.org/fmp) lists an Edith Price, born 3 May 1921, at 12 Clive Street, Cardiff. Does that sound like your nan?', 'pass'),
  cp('J1 "seem like your uncle"', 'obituary for my uncle Ray Kowalski 1985', 'There is a Raymond J. Kowalski obituary in the Sun, 12 June 1985, in the ProQuest archive at samplelib.org/sun. Does this seem like your uncle?', 'pass'),
  cp('J1 "your cup of tea"', 'something like the thursday murder club', 'Try Richard Osman\'s other series or "The Appeal" by Janice Hallett, both in the catalogue at samplelib.org. Does that sound like your cup of tea?', 'pass'),
  cp('J1 "this one … your grandparents"', 'marriage record for my grandparents 1942 baltimore', 'The 1942 Baltimore City marriage index on FamilySearch (familysearch.org) has Joseph Kaplan and Ruth Adler, 14 Nov 1942. Does this one look like your grandparents?', 'pass'),
  cp('J1 non-native, no "does"', 'i search my father record immigration 1975', 'I found an arrival record for Nguyen Van Minh, 1975, Camp Pendleton, in the NARA AAD database at aad.archives.gov. This look like your father?', 'pass'),
  // false readings: the patron's own situation, or an offer not yet given
  cp("J1 the patron's account, not what was given", 'i cant log in to libby', 'Libby sign-in help is at samplelib.org/libby-help. Does it look like your card has expired?', 'fail'),
  cp('J1 an offer, "your best option"', 'death certificate for my grandmother 1950', 'The state archives index is at msa.maryland.gov. I could also request the certificate itself from Vital Records for you. Does that sound like your best option?', 'fail'),
  cp('J1 a session offered, "your kind of thing"', 'need help with my family tree', "FamilySearch (familysearch.org) is free to start. I'd like to set up a one-on-one session with our genealogist next week. Does that sound like your kind of thing?", 'fail'),
];

// ---- J2 FIND_HIM_J2: "Did you find him?" ----
export const findHim: SessionCase[] = [
  // as meant, new words
  cp('J2 chat-speak "did u find her"', 'my great gma rosa in 1920 census', 'ok here is the 1920 census page on familysearch: familysearch.org/ark:/61903/1:1:MXYZ, line 42. did u find her?', 'pass'),
  cp('J2 British "spotted him there"', 'grandad in the 1921 census, Albert Shaw, Leeds', 'The 1921 census for Leeds is on Findmypast (samplelib.org/fmp); search Albert Shaw, born 1898. Have you spotted him there?', 'pass'),
  cp('J2 non-native "did you found him"', 'my uncle passenger list 1956 italy', 'The passenger list is on Ancestry Library Edition at samplelib.org/ale, ship Andrea Doria, 1956, page 3. Did you found him?', 'pass'),
  cp('J2 "do you see her now"', 'cant see my grandma on the page', 'Try this direct link to the image: familysearch.org/ark:/61903/3:1:ABC, and zoom into the bottom half. Do you see her now?', 'pass'),
  cp('J2 "did you manage to find him"', 'grandpa in 1940 census Detroit', 'The 1940 census for Detroit is on archives.gov/1940, enumeration district 84-1012. Did you manage to find him?', 'pass'),
  cpEs('J2 Spanish "¿Lo encontró?"', 'busco a mi abuelo en el censo de 1930', 'Está en FamilySearch, familysearch.org, censo de 1930, distrito 12, hoja 4, línea 30. ¿Lo encontró?', 'pass'),
  // false readings: the patron's own search before, a staff member
  cp("J2 the patron's own search on Ancestry", 'looking for my grandpa in the census', 'FamilySearch at familysearch.org has all the US censuses free. You said you searched Ancestry at home first: did you find him?', 'fail'),
  cp('J2 a staff member the patron met', 'who do i ask about the genealogy room', 'Ms. Ortiz runs the genealogy room; her hours are at samplelib.org/genealogy. You mentioned you were at the library yesterday. Did you see her?', 'fail'),
];

// ---- J3 KINDS_OF_J3: "Are those the kinds of sources you need?" ----
export const kindsOf: SessionCase[] = [
  // as meant, new words
  cp('J3 "types … you had in mind"', 'peer reviewed articles on remote work', 'Here are three from Academic Search Complete (samplelib.org/asc): Smith 2021, Lee 2022 and Okafor 2023. Are these the types of articles you had in mind?', 'pass'),
  cp('J3 British "sorts … you were after"', 'parish records for Yorkshire 1800s', 'The Yorkshire parish registers are on Findmypast (samplelib.org/fmp) and in the Borthwick Institute catalogue at borthcat.york.ac.uk. Were those the sorts of records you were after?', 'pass'),
  cp('J3 chat-speak "r these … ur son likes"', 'books like diary of a wimpy kid', 'try Big Nate, Timmy Failure n Tom Gates, all on samplelib.org. r these the kinds of books ur son likes?', 'pass'),
  cp('J3 "he would enjoy"', 'gift books for my dad who likes ww2', '"Unbroken" and "Band of Brothers" are both in the catalog at samplelib.org. Are those the kinds of books he would enjoy?', 'pass'),
  cp('J3 non-native "These are the kinds … you are needing?"', 'i need statistic for my thesis about rice export', 'You can use FAOSTAT at fao.org/faostat and UN Comtrade at comtradeplus.un.org. These are the kinds of data you are needing?', 'pass'),
  cpEs('J3 Spanish "¿Son esos los tipos de fuentes…?"', 'fuentes sobre la migración a Estados Unidos', 'Puede usar JSTOR en samplelib.org/jstor y el Pew Research Center en pewresearch.org. ¿Son esos los tipos de fuentes que necesita?', 'pass'),
  // false readings: an offer, the patron's past search, another need
  cp('J3 an offer to renew', 'when are my books due', 'Your account at samplelib.org/account shows two DVDs and three books due Monday. Are those the kinds of items you want me to renew?', 'fail'),
  cp('J3 databases already tried', 'sources for my paper on vaccines', 'PubMed (pubmed.ncbi.nlm.nih.gov) and CINAHL at samplelib.org/cinahl are the main ones. Are those the kinds of databases you already tried?', 'fail'),
  // label corrected after the run (was fail): it asks whether what was given meets the patron's need, a second one too
  cp('J3 a later assignment', 'sources for my paper on vaccines', 'PubMed (pubmed.ncbi.nlm.nih.gov) has the clinical trials. Are these the kinds of sources you will need for the second assignment too?', 'pass'),
];

// ---- J4 LIKE_ANY_J4, ANY_WOULD_J4, OFFER_OPENING_J4: "Would she like any of these?" ----
export const likeAny: SessionCase[] = [
  // as meant, new words
  cp('J4 British "reckon any of these would suit him"', 'books for my 10 year old nephew who loves football', 'Try Tom Palmer\'s "Football Academy" books or Dan Freedman\'s "Jamie Johnson", all in the catalogue at samplelib.org. Do you reckon any of these would suit him?', 'pass'),
  cp('J4 "would your niece enjoy any of those"', 'graphic novels for my niece 12', '"Smile", "El Deafo" and "New Kid" are all on the shelf, catalog at samplelib.org. Would your niece enjoy any of those?', 'pass'),
  cp('J4 non-native "Any of these titles might interest your grandson?"', 'books for grandson 7 years about dinosaur', 'Dinosaur books for 7 year olds: "Dinosaurs Before Dark", "Dino-Mike" and "Dragon Masters", see samplelib.org/kids. Any of these titles might interest your grandson?', 'pass'),
  cp('J4 chat-speak "think shed like any of these"', 'my daughter needs a horse book shes 9', 'ok try "Black Beauty" junior edition or "Pony Pals" on samplelib.org. think shed like any of these?', 'pass'),
  cp('J4 "would any of these work for him"', 'audiobooks for my husband long drive', 'Libby has "Project Hail Mary", "The Martian" and "Born a Crime" at samplecounty.overdrive.com. Would any of these work for him?', 'pass'),
  cp('J4 the question, then an offer', 'books for my son he likes minecraft', 'The Minecraft novels and "Diary of an 8-Bit Warrior" are in the catalog at samplelib.org. Would he like any of these? I can put them on hold.', 'pass'),
  cpEs('J4 Spanish "¿Cree que alguno le guste?"', 'libros para mi hija de 10 años', 'Le recomiendo «Las brujas» y «Matilda» de Roald Dahl, en el catálogo samplelib.org/catalogo. ¿Cree que alguno le guste?', 'pass'),
  // false readings: appointment options offered, books read before, an offer to hold
  cp('J4 appointment options offered', 'help with resume', 'Our resume guide is at samplelib.org/resume. I can also book you a one-on-one with a career coach Tuesday at 2, Wednesday at 10 or Thursday at 4. Do you think any of those options would work for you?', 'fail'),
  cp('J4 books the son read before', 'what should my son read next', 'Read-alikes are at samplelib.org/readalikes. You said he has read Dog Man and Captain Underpants: did he like any of those?', 'fail'),
  cp('J4 authors the patron read before', 'recommend a mystery series, i read louise penny and tana french before', 'A starter list is at samplelib.org/mysteries. Before I narrow it: Penny and French are quite different. Did you enjoy any of them?', 'fail'),
  cp('J4 an offer, "… put on hold?"', 'books for my daughter about space', '"Hidden Figures" young readers edition and "Astronaut Annie" are in the catalog at samplelib.org. Would your daughter like any of these put on hold?', 'fail'),
];

// ---- J5 MATCH_YOURS_J5: "Does that match the case you have?" ----
export const matchYours: SessionCase[] = [
  // as meant, new words
  cp('J5 "fit your situation"', 'can my landlord keep my deposit for cleaning', "Maryland law says the deposit may cover damage beyond normal wear, not routine cleaning: see the AG's guide at marylandattorneygeneral.gov/tenants. Does that fit your situation?", 'pass'),
  cp('J5 "the edition you were given"', 'page numbers for the great gatsby', 'The Scribner 2004 paperback has the green light passage on page 180; the record is at samplelib.org/catalog. Does that match the edition you were given?', 'pass'),
  cp('J5 chat-speak "ur assignment"', 'mla citation for a website', 'MLA 9 for a website: Author. "Title." Site, Date, URL. Examples at owl.purdue.edu. does this match ur assignment?', 'pass'),
  cp('J5 "the one you have"', 'manual for my old singer sewing machine model 237', "Singer's manual for the 237 Fashion Mate is at singer.com/support-manuals. Does it match the one you have?", 'pass'),
  cp('J5 "what your teacher asked for"', 'primary sources on the dust bowl', 'The Library of Congress has Dust Bowl photos and interviews at loc.gov/collections. Does that match what your teacher asked for?', 'pass'),
  cpEs('J5 Spanish "¿Corresponde a su caso?"', 'necesito el formulario de cambio de dirección del MVA', 'El formulario está en mva.maryland.gov/formularios, se llama «Cambio de dirección». ¿Corresponde a su caso?', 'pass'),
  // false readings: an offer, a plan, the patron's card
  cp('J5 an offer, "fit your needs"', 'old deeds for my house', 'The land records index is at mdlandrec.net. I could also pull the 1950 deed from the county for you next week. Does that fit your needs?', 'fail'),
  cp('J5 a plan, "fit your deadline" (J6 guard)', 'need the 1962 article for my paper', "The index entry is on samplelib.org/sun. I'll scan the article and email it by Thursday. Does that fit your deadline?", 'fail'),
  cp('J5 an ILL request, "fit your timeframe"', 'can i get a book from another library', "Sure, that's interlibrary loan: request form at samplelib.org/ill. I'm going to submit it for you now; it usually takes 7 to 10 days. Does that fit your timeframe?", 'fail'),
  cp("J5 the patron's card to check", 'my barcode doesnt work', 'Barcodes issued since 2019 start with 29001 and have 14 digits (samplelib.org/card). Does that match your card?', 'fail'),
];

// ---- J6 workForTimeJ6 (a narrowing): "I'll send the list by Friday. Does that work for your timeline?" ----
export const workForTime: SessionCase[] = [
  // as meant: a plan or a time, not what was given
  cp('J6 British "suit your deadline"', 'copy of a 1930s newspaper article', "The Sun index (samplelib.org/sun) lists it on 3 May 1934. I'll pull the microfilm and send you scans on Monday. Would that suit your deadline?", 'fail'),
  cp('J6 chat-speak, one sentence', 'need the scans for my project', 'the index at samplelib.org/sun has it. ill get the scans to u tmrw morning, does that work for ur due date?', 'fail'),
  cp('J6 "with your timeline"', 'book from another branch', "It's at Eastgate (samplelib.org/catalog). We can have it sent over to Main by next Wednesday. Does that work with your timeline?", 'fail'),
  cp('J6 "Does that timeframe work for you?"', 'can you get this book from another library', "The ILL form is at samplelib.org/ill. I'll submit the request today and it usually arrives in 7-10 days. Does that timeframe work for you?", 'fail'),
  cp('J6 non-native "Is it ok for your deadline?"', 'i need documents of my grandfather land', 'The land records index is at mdlandrec.net. I will send the documents until Friday. Is it ok for your deadline?', 'fail'),
  cpEs('J6 Spanish "¿Le funciona para su fecha de entrega?"', 'necesito copias del periódico de 1950', 'El índice está en samplelib.org/sun. Le envío las copias escaneadas el viernes. ¿Le funciona para su fecha de entrega?', 'fail'),
  two('J6 in the next message', 'reading list for my book club', 'The club kits list is at samplelib.org/bookclub. I\'ll email you the full reading list by Friday.', 'Does that work for your schedule?', 'fail'),
  // false narrowings: what was given, after a sentence that only looks like a promise
  cp('J6 "I\'ll be honest" before the hours', 'when is the archives reading room open', "The Archives reading room is open Tue-Sat 10-4 (samplelib.org/archives). I'll be honest, Saturdays get busy. Does that work for your schedule?", 'pass'),
  cp('J6 "I can tell you" before the hours', 'study room hours', "Study rooms are bookable for 2 hours at samplelib.org/rooms, 9 am to 9 pm. I can tell you it's quiet before noon. Does that work for your schedule?", 'pass'),
  cp('J6 a hold held till Saturday', 'is my hold ready', "Yes! It's on the hold shelf at Main until Saturday; pickup details are at samplelib.org/pickup. Does that work for your schedule?", 'pass'),
];

// ---- J15 fineGivenJ15: a bare "Is this fine?" right after the source ----
export const fineGiven: SessionCase[] = [
  // as meant, new words
  cp('J15 British "Is that alright?"', 'council tax reduction form', 'The form is on the council website: samplecouncil.gov.uk/council-tax/reduction. Is that alright?', 'pass'),
  cp('J15 "Is it ok now?" after a new link', 'the link you sent doesnt open', 'Sorry, try this one instead: samplelib.org/guides/apa-7. Is it ok now?', 'pass'),
  cp('J15 South Asian "Sir, is this fine?"', 'need IEEE standard for power cables', 'Sir, the IEEE Xplore database is available at samplelib.org/ieee, search the standard number 835. Sir, is this fine?', 'pass'),
  cp('J15 chat-speak "is that ok for u"', 'hw help fractions', 'try khanacademy.org/math/fractions, its free. is that ok for u?', 'pass'),
  two('J15 in the next message', 'where do i get a 1099 form', 'The 1099 forms are at irs.gov/forms-pubs/about-form-1099', 'Is that fine?', 'pass'),
  cp('J15 "Was that ok?"', 'how do i cite a tweet in apa', 'APA 7 for a tweet: Author [@handle]. (Year, Month Day). Text [Tweet]. X. URL; examples at apastyle.apa.org. Was that ok?', 'pass'),
  cp('J15 non-native "Is this fine for you?"', 'visa form for usa', 'You can find the visa form DS-160 in the embassy site, travel.state.gov. Is this fine for you?', 'pass'),
  // (LEFT until v50: read since v50 P1, `FINE_BARE_P1`)
  cpEs('J15 Spanish "¿Está bien así?"', 'formulario de impuestos', 'El formulario está en irs.gov/es/forms. ¿Está bien así?', 'pass'),
  // false readings: a plan or an offer in words PLAN_J15 does not hold, a request
  cp('J15 "I\'m gonna place a hold"', 'do you have the new grisham', "The catalog record is at samplelib.org/record/123, and I'm gonna place a hold on it for you. Is that ok?", 'fail'),
  cp('J15 "we could send it over"', 'is the atlas at main', "It's at Eastgate (samplelib.org/catalog); we could send it over to Main for pickup Friday. Is that ok?", 'fail'),
  cp('J15 a transfer "if I transfer"', 'help with my family tree', 'Our genealogy guide is samplelib.org/genealogy, and our genealogist can take it from here if I transfer the chat to her. Is that ok?', 'fail'),
  cp('J15 "I need your date of birth"', 'can i get a library card online', 'The online application is at samplelib.org/card; I need your date of birth to check for an old record. Is that ok?', 'fail'),
  cp('J15 "I\'d send a copy"', 'can you email me the list', "The list is at samplelib.org/lists/cozy-mysteries and I'd send a copy to the email on your account. Is that ok?", 'fail'),
  cp('J15 a hold after the source', 'my fines', 'Your account is at samplelib.org/account. Please hold on a moment while I check the fine history. Is that ok?', 'fail'),
];

/**
 * Cases that disagree with the scorer (v44), keyed by the short name (before the colon), each with its reason (run through
 * `describeLeft`, labels unchanged). "v43 failed / passed it" = how v43 scored the same sentence.
 */
const LEFT_WHY: Record<string, string> = {
  // (a) caused by v44's block J (v43 scored them as labelled)
  // (b) older readings (v43 scored them the same)
  'J4 chat-speak "think shed like any of these"': 'older, not reached: "shed" (she\'d) is not among LIKE_ANY_J4\'s openers (would / will / might / do … + she)',
  'J1 non-native, no "does"': 'older, not reached: "This look like your father?" has no "does", which LIKE_YOUR_J1 requires',
  'J1 a session offered, "your kind of thing"': 'older: v43 already reads "Does that sound like your kind of thing?" after "I\'d like to set up a one-on-one session …" as completeness',
  'J3 chat-speak "r these … ur son likes"': 'older, not reached: "r these" is not expanded to "are" (only "r u / r you" is) and "ur son likes" is outside the tail (you / your / he / she / they)',
  'J3 non-native "These are the kinds … you are needing?"': 'older, not reached: the statement order "These are the kinds of …?" is not read (KINDS_OF_J3 wants "are these")',
  'J3 Spanish "¿Son esos los tipos de fuentes…?"': 'older, not reached: no Spanish "¿Son esos los tipos de … que necesita?" phrase',
  'J4 Spanish "¿Cree que alguno le guste?"': 'older, not reached: CREE_QUE_J7 holds funcione / sirva / ayude but not "guste"',
  'J5 Spanish "¿Corresponde a su caso?"': 'older, not reached: no Spanish phrase holds "¿Corresponde a su caso?"',
  'J6 Spanish "¿Le funciona para su fecha de entrega?"': 'older: v43 reads "¿Le funciona …?" after "Le envío las copias … el viernes" as completeness; J6 is English only',
  'J15 "I\'m gonna place a hold"': 'older: v43 already reads the bare "Is that ok?" after a source (the sentence before holds the URL and "I\'m gonna place a hold", which OFFER_BEFORE lacks); J15\'s PLAN_J15 lacks "gonna" too',
  'J15 a transfer "if I transfer"': 'older: v43 already reads "Is that ok?" after "… our genealogist can take it from here if I transfer the chat to her" as completeness',
  'J15 "I need your date of birth"': 'older: v43 already reads "Is that ok?" after "…/card; I need your date of birth …" (a request, no offer phrase) as completeness',
  'J15 "I\'d send a copy"': 'older: v43 already reads "Is that ok?" after "… and I\'d send a copy to the email on your account" ("id send" is no offer phrase) as completeness',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...likeYour, ...findHim, ...kindsOf, ...likeAny, ...matchYours, ...workForTime, ...fineGiven];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');

describe('forty-third round, block J completeness checked', () => {
  describeSessions('J1 like your', running(likeYour));
  describeSessions('J2 find him', running(findHim));
  describeSessions('J3 kinds of', running(kindsOf));
  describeSessions('J4 like any', running(likeAny));
  describeSessions('J5 match yours', running(matchYours));
  describeSessions('J6 work for time', running(workForTime));
  describeSessions('J15 fine given', running(fineGiven));
  describeLeft('block J completeness', all.filter((c) => key(c) in LEFT_WHY));
});
