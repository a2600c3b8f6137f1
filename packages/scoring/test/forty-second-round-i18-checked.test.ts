/**
 * Forty-second round, block I checked (the third wave, rubric v43), by helperM: I18 `namedNextI18` (referral.ts, read in
 * `contactNext`), I19 `LOOKING_FOR_MORE_I19` (phrase `hold`) and I20 `BRING_UP_I20` (phrase `completeness`), checked both
 * ways with cases no one had written: FALSE PASSES / FALSE READINGS (a next message that names a word of the party but whose
 * contact reaches someone else, a resource or the library; "looking / searching for more" that announces no search going on;
 * "does that … bring up" about something not given) and the behaviour as meant in new words and shapes (American, British,
 * non-native, chat-speak, Spanish).
 *
 * SHAPES TRIED:
 *  I18: the next message naming a word of the party with a resource's URL ("The clerk's forms are at …", "The Historical
 *   Society's journal is in our catalog at …", "A lawyer charges about $200; free forms are at …", "Landlord-tenant info is at
 *   …", Spanish "Los formularios del Registro Civil están en …"), another party sharing the word ("The Archives of American
 *   Art …", "The Department of Health and Human Services site …", "The Main Library …" after "your school's main office"), the
 *   library's own number or index ("our Main branch, 410-…", "Our Register of Wills index …", "call us back here at the library
 *   …"), the party named in a sentence whose contact is another party's ("The clerk won't have it though; try the State
 *   Archives at …"), a generic word ("information"). As meant: a colon ("Register of Wills, Anne Arundel County: 410-…"), "is at
 *   <address>", "can be reached at", British "Citizens Advice: 0800 …", non-native "Immigration office phone is …", chat-speak
 *   "housing authority # is …", an e-mail, the party's own website, Spanish "Registro Civil: 555-0100, …", "Talk to a lawyer" /
 *   "The Lawyer Referral Service is at …", a patron's new question between.
 *  I19: "searching for others", "digging for more", "hunting for a few more", chat-speak "lookin for more", British "having a
 *   look for more", "checking for others now", a sentence of its own, non-native "and looking for more", Spanish "sigo buscando
 *   más". Against: "When you're looking for more, …", "Anyone looking for more can …", questions, "you were looking for more",
 *   ", looking for more volunteers", a gerund subject ("Searching for others by her turned up nothing", "; searching for more
 *   would mean ILL"), Spanish "Si busca más, …".
 *  I20: "Does this list bring up …", "Did your search pull up anything useful?", "Does that page bring up the 2019 study …",
 *   British "what you were after", chat-speak "does that database pull up the stuff u need?", Spanish "¿Esa búsqueda le trae
 *   …?". Against: "Will the search bring up more if you add …?", "Does your database bring up full text when you log in from
 *   home?", "Does the site bring up a login box?", "does that database bring up results …" asked in the greeting, before any
 *   source.
 *
 * Statuses read from RUBRIC.md: Terms "Referral" (a person or organisation the patron is told to contact or visit; a website,
 * database or publication pointed to is a source, not a referral), "Hold message" ("a message that gives a partial result but
 * says the search goes on"; "Telling the patron to take their time is not a hold"), "Waiting on the provider / on the patron";
 * referral.contact ("every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or
 * URL)"); followup.completeness ("asks whether the information already given meets the need"; "A question about something not
 * yet given … does not count"; only "in or after the first message that gives a source").
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a resource's URL (a forms page, a guide, a journal in the library's catalog) is a source, no way to reach the party, even
 *   when the resource is the party's ("The clerk's forms are at …"); the party's own website named as such is a way to reach
 *   it ("The clerk's website is …", "Registrar contact info is at …") (as `forty-first-round-h1-checked`);
 * - "Talk to a lawyer" then "The Lawyer Referral Service is at 410-…": the service is a way to reach a lawyer (pass, as the
 *   fix's own case);
 * - the library's own number or index is no way to reach another party;
 * - a next message that answers the patron's new question and names the party with its number reaches the party (pass);
 * - a hold announces a search going on; "looking for more" said of the patron, of anyone, of hiring, or as a finished or
 *   hypothetical search is no hold;
 * - "did your search pull up anything useful?" after the provider's search steps asks whether what was given meets the need;
 *   a question about a future search, the patron's own database, or a site's login box does not.
 *
 * COUNTS. Written: 56 cases, all labelled before running: 52 in a first batch and 4 probes written after it (labelled before
 * they were run: the lawyer referral service, the clerk's own website, "your school's main office", Spanish "Si busca más").
 * First run: 52 (36 as labelled, 16 disagreeing); the 4 probes ran as labelled. Labels corrected: 0. Final: 40 running as
 * labelled, 16 LEFT.
 * By direction:
 *  - I18 false passes: 14 candidates, 10 disagreeing: 9 are v43 I18's (v42 failed all 9): the next message holds every core
 *    word of the party ("clerk", "archives", "register wills", "health", "lawyer", "passport", "historical society",
 *    "registro civil") but its contact is a resource's URL, another party's or the library's; 1 older (a "their" next message,
 *    v6). I18 as meant: 14, 13 as labelled (colon, "is at", "can be reached at", British, non-native, chat-speak, e-mail, own
 *    website, Spanish all pass); 1 older (a patron's new question between: v9 T returns before I18 is read).
 *  - I19: 9 holds all as labelled; 9 no-holds, 3 disagreeing, all v43 I19's (v42 passed): "looking/searching for more/others"
 *    after a comma, a full stop or a semicolon that is no search going on (hiring, a finished search, a hypothetical).
 *  - I20: 6 as meant, 4 as labelled; 2 older (an object with a digit, "bring up the 2019 study"; Spanish); 4 near misses all as
 *    labelled (none of them a false pass).
 *
 * AFTER THE CHECK (v43 had not landed, so no new block): I18 reads only a sentence of the next message that names the party
 * again and gives a phone, an e-mail or a postal address (no URL, which may be a resource's), with no "our / us / we" in it;
 * I19 only where the clause ends after "more / others" (or goes on with where: "Looking for more in the newspapers."). Then
 * all 12 of (a) read as labelled; "meant (own site)" falls to v42's fail: 51 running, 5 LEFT (4 older, 1 by the narrowing).
 *
 * FINAL RUN (before the narrowing): `npx vitest run --project scoring packages/scoring/test/forty-second-round-i18-checked.test.ts`: 56 tests pass
 * (40 running as labelled, 16 LEFT still misread).
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, OPEN_ES, one } from './narrowing-lines';

/** The opening, the referring message `a` at 70 s, the next provider message `b` at 80 s, a goodbye. */
const two = (q: string, a: string, b: string): Line[] => [...OPEN(q), L(a, 70), L(b, 80), ...BYE];
const twoEs = (q: string, a: string, b: string): Line[] => [...OPEN_ES(q), L(a, 70), L(b, 80), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']];
const ref2 = (q: string, a: string, b: string, st: 'pass' | 'fail' | 'na') => ({ lines: two(q, a, b), exp: some({ referral: st }) });

// ---- I18: false passes (the next message names a word of the party, but gives no way to reach it) ----
export const lent: SessionCase[] = [
  { name: 'lent: "Ask the county clerk." / "The clerk\'s forms are at samplecounty.gov/forms." (a resource\'s URL) : fails', ...ref2('old deeds', 'Ask the county clerk.', "The clerk's forms are at samplecounty.gov/forms.", 'fail') },
  { name: 'lent: "Contact the State Archives." / "The Archives of American Art has a guide at aaa.si.edu/guide." (another archives) : fails', ...ref2('letters of a painter', 'Contact the State Archives.', 'The Archives of American Art has a finding guide at aaa.si.edu/guide.', 'fail') },
  { name: 'lent: "Call the Register of Wills." / "Our Register of Wills index is at samplelib.org/wills." (the library\'s index) : fails', ...ref2("my father's will", 'Call the Register of Wills.', 'Our Register of Wills index is at samplelib.org/wills.', 'fail') },
  { name: 'lent: "Ask the clerk." / "If the clerk can\'t help, call us at the library at 410-555-0000." (the library\'s number) : fails', ...ref2('old deeds', 'Ask the clerk about the 1950 deed books.', "If the clerk can't help, call us back here at the library at 410-555-0000.", 'fail') },
  { name: 'lent: "Check with the Health Department." / "The Department of Health and Human Services site hhs.gov has the form." (the federal one) : fails', ...ref2('vaccine records', 'Check with the Health Department.', 'The Department of Health and Human Services site, hhs.gov, has the form.', 'fail') },
  { name: 'lent: "Contact the county clerk." / "The clerk won\'t have it though; try the State Archives at msa.maryland.gov." (another party\'s URL) : fails', ...ref2('old deeds', 'Contact the county clerk.', "The clerk probably won't have it though; try the State Archives at msa.maryland.gov.", 'fail') },
  { name: 'lent: "Talk to a lawyer." / "A lawyer charges about $200; free forms are at peoples-law.org." (a resource) : fails', ...ref2('power of attorney', 'Talk to a lawyer.', 'A lawyer usually charges about $200; free forms are at peoples-law.org.', 'fail') },
  { name: 'lent: "Talk to your landlord." / "Landlord-tenant info is at peoples-law.org/landlord." (a guide) : fails', ...ref2('my heat is broken', 'Talk to your landlord first.', 'Landlord-tenant info is at peoples-law.org/landlord-tenant.', 'fail') },
  { name: 'lent: "Ask at the information desk." / "Information about their hours is at samplelib.org/hours." (a generic word, "their") : fails', ...ref2('printing', 'Ask at the information desk downstairs.', 'Information about their hours is at samplelib.org/hours.', 'fail') },
  { name: 'lent: "You should contact the passport office." / "Passport photos are taken at our Main branch, 410-555-0000." (the library) : fails', ...ref2('passport', 'You should contact the passport office.', 'Passport photos are taken at our Main branch too, 410-555-0000.', 'fail') },
  { name: 'lent: "Visit the Historical Society." / "The Historical Society\'s journal is in our catalog at samplelib.org/catalog." : fails', ...ref2('civil war letters', 'Visit the Historical Society.', "The Historical Society's journal is in our catalog at samplelib.org/catalog.", 'fail') },
  { name: 'lent (chat-speak): "u should ask ur school counselor" / "counselor resources r at samplelib.org/teens" : fails', ...ref2('college apps', 'u should ask ur school counselor', 'counselor resources r at samplelib.org/teens', 'fail') },
  { name: 'lent (Spanish): "Hable con el Registro Civil." / "Los formularios del Registro Civil están en condado.gov/formularios." : fails', lines: twoEs('acta de nacimiento', 'Hable con el Registro Civil.', 'Los formularios del Registro Civil están en condado.gov/formularios.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Ask your school\'s main office." / "The Main Library is at 410-555-0000." (a generic word, another party) : fails', ...ref2('my student id', "Ask your school's main office.", 'The Main Library downtown is at 410-555-0000.', 'fail') },
];

// ---- I18 as meant, in new shapes (the next message names the party, with its contact) ----
export const meant: SessionCase[] = [
  { name: 'meant (colon): "Get in touch with the Register of Wills." / "Register of Wills, Anne Arundel County: 410-222-1397." : passes', ...ref2("my father's will", 'Get in touch with the Register of Wills.', 'Register of Wills, Anne Arundel County: 410-222-1397.', 'pass') },
  { name: 'meant ("is at"): "You\'ll want to visit the Land Records office." / "Land Records is at 101 S Street, Annapolis, MD 21401." : passes', ...ref2('old deeds', "You'll want to visit the Land Records office.", 'Land Records is at 101 S Street, Annapolis, MD 21401.', 'pass') },
  { name: 'meant ("can be reached at"): "Call the Veterans Affairs office." / "Veterans Affairs can be reached at 800-827-1000." : passes', ...ref2('dd214 for my dad', 'Call the Veterans Affairs office.', 'Veterans Affairs can be reached at 800-827-1000.', 'pass') },
  { name: 'meant (British): "Ring Citizens Advice." / "Citizens Advice: 0800 144 8848." : passes', ...ref2('my landlord kept my deposit', 'Best to ring Citizens Advice about it.', 'Citizens Advice: 0800 144 8848.', 'pass') },
  { name: 'meant (non-native): "You must to contact the immigration office." / "Immigration office phone is 800-375-5283." : passes', ...ref2('green card', 'You must to contact the immigration office.', 'Immigration office phone is 800-375-5283.', 'pass') },
  { name: 'meant (chat-speak): "u should call the housing authority" / "housing authority # is 410-555-0177" : passes', ...ref2('section 8', 'u should call the housing authority', 'housing authority # is 410-555-0177', 'pass') },
  { name: 'meant: "Reach out to the Recorder of Deeds." / "Recorder of Deeds, City Hall Room 154, 1400 JFK Blvd, Philadelphia, PA 19107." : passes', ...ref2('old deeds', 'Reach out to the Recorder of Deeds.', 'Recorder of Deeds, City Hall Room 154, 1400 John F Kennedy Blvd, Philadelphia, PA 19107.', 'pass') },
  { name: 'meant: "Ask the Office of Vital Records." / "Vital Records: vsa.records@maryland.gov or 410-764-3038." : passes', ...ref2('birth certificate', 'Ask the Office of Vital Records.', 'Vital Records: vsa.records@maryland.gov or 410-764-3038.', 'pass') },
  { name: 'meant: "Write to the Alumni Office." / "the alumni office email is alumni@sample.edu" : passes', ...ref2('old yearbook', 'Write to the Alumni Office.', 'the alumni office email is alumni@sample.edu', 'pass') },
  { name: 'meant (own site): "Ask the registrar." / "Registrar contact info is at sample.edu/registrar." : passes', ...ref2('transcript', 'Ask the registrar.', 'Registrar contact info is at sample.edu/registrar.', 'pass') },
  { name: 'meant (Spanish): "Comuníquese con el Registro Civil." / "Registro Civil: 555-0100, registro@condado.gov." : passes', lines: twoEs('acta de nacimiento', 'Comuníquese con el Registro Civil.', 'Registro Civil: 555-0100, registro@condado.gov.'), exp: some({ referral: 'pass' }) },
  { name: 'meant (reading): "Talk to a lawyer." / "The Lawyer Referral Service is at 410-280-6961." (the service reaches a lawyer) : passes', ...ref2('power of attorney', 'Talk to a lawyer before you sign.', 'The Lawyer Referral Service is at 410-280-6961.', 'pass') },
  { name: 'meant (own website): "Ask the county clerk." / "The clerk\'s website is samplecounty.gov/clerk." : passes', ...ref2('old deeds', 'Ask the county clerk.', "The clerk's website is samplecounty.gov/clerk.", 'pass') },
  { name: 'meant (patron asks between): "Contact the county clerk." / "and marriage records?" / "The clerk has those too: 410-555-0100." : passes', lines: [...OPEN('old deeds'), L('Contact the county clerk.', 70), [75, 'p', 'and marriage records?'], L('The clerk has those too: 410-555-0100.', 85), ...BYE], exp: some({ referral: 'pass' }) },
];

// ---- I19: "looking for more" ----
/** `said` at 52 s, the provider's answer 200 s later: a hold makes the 200 s a wait on the provider (keep_informed fails). */
const wait = (said: string): Line[] => [
  [0, 'p', 'do you have anything on the 1918 flu in our town'],
  [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Newspapers or books?"],
  [45, 'p', 'either'],
  [52, 'l', said],
  [252, 'l', 'The Sample Gazette for Oct 1918 is in our newspaper archive at samplelib.org/gazette. Does that help?'],
  [270, 'p', 'yes thanks'],
  [280, 'l', 'Thanks for chatting, bye!'],
];
const held = (said: string, st: 'pass' | 'fail') => ({ lines: wait(said), exp: some({ informed: st }) });
export const holds: SessionCase[] = [
  { name: 'hold: "Found two so far — searching for others." : keep_informed fails', ...held('Found two so far, searching for others.', 'fail') },
  { name: 'hold: "Found one article, digging for more." : fails', ...held('Found one article in the Gazette, digging for more.', 'fail') },
  { name: 'hold: "I have 3 articles, hunting for a few more" : fails', ...held('I have 3 articles, hunting for a few more', 'fail') },
  { name: 'hold (chat-speak): "got 2 so far, lookin for more" : fails', ...held('got 2 so far, lookin for more', 'fail') },
  { name: 'hold (British): "Found a couple of bits, having a look for more." : fails', ...held("Found a couple of bits, I'm having a look for more.", 'fail') },
  { name: 'hold: "Found some, checking for others now." : fails', ...held('Found some, checking for others now.', 'fail') },
  { name: 'hold: "There is one book so far. Looking for more in the newspapers." : fails', ...held('There is one book so far. Looking for more in the newspapers.', 'fail') },
  { name: 'hold (non-native): "I find two things, and looking for more." : fails', ...held('I find two things, and looking for more.', 'fail') },
  { name: 'hold (Spanish): "Encontré un par de cosas, sigo buscando más." : fails', lines: wait('Encontré un par de cosas, sigo buscando más.'), exp: some({ informed: 'fail' }) },
  { name: 'no hold: "When you\'re looking for more, use the See Also links at samplelib.org/flu." : passes', ...held("When you're looking for more, use the See Also links in the guide at samplelib.org/flu.", 'pass') },
  { name: 'no hold: "Anyone looking for more can browse samplelib.org/history." : passes', ...held('Anyone looking for more can browse samplelib.org/history.', 'pass') },
  { name: 'no hold: "Are you looking for more than one source?" : passes', ...held('Are you looking for more than one source?', 'pass') },
  { name: 'no hold (a question, trailing): "Got it, looking for more recent ones, or 1918 only?" : passes', ...held('Got it, so looking for more recent ones too, or 1918 only?', 'pass') },
  { name: 'no hold: "Our branch is hiring, looking for more volunteers: samplelib.org/volunteer." (not the search) : passes', ...held('FYI our branch is hiring, looking for more volunteers: samplelib.org/volunteer.', 'pass') },
  { name: 'no hold: "I checked the catalog. Searching for others by her turned up nothing." (a finished search) : passes', ...held('I checked the catalog. Searching for others by her turned up nothing, sorry, so the Gazette is it.', 'pass') },
  { name: 'no hold: "Nothing else here; searching for more would mean interlibrary loan." : passes', ...held('Nothing else here; searching for more would mean interlibrary loan.', 'pass') },
  { name: 'no hold (Spanish): "Si busca más, use el catálogo en samplelib.org." : passes', lines: wait('Si busca más, use el catálogo en samplelib.org/catalogo.'), exp: some({ informed: 'pass' }) },
  { name: 'no hold: "Sounds like you were looking for more, so that\'s everything I found." : passes', ...held("Sounds like you were looking for more detail. That's everything I found, though.", 'pass') },
];

// ---- I20: "does that search / list / page bring up …" ----
const comp = (text: string, st: 'pass' | 'fail') => ({ lines: one('articles on bilingual education', text), exp: some({ complete: st }) });
export const bringUp: SessionCase[] = [
  { name: 'I20: "… samplelib.org/list. Does this list bring up the titles you had in mind?" : passes', ...comp('I made a list of the titles at samplelib.org/list/bilingual. Does this list bring up the titles you had in mind?', 'pass') },
  { name: 'I20: "Try ERIC at eric.ed.gov. Did your search pull up anything useful?" : passes', ...comp('Try ERIC at eric.ed.gov with "bilingual education". Did your search pull up anything useful?', 'pass') },
  { name: 'I20: "The guide is at samplelib.org/guide. Does that page bring up the 2019 study?" : passes', ...comp('The guide is at samplelib.org/guides/bilingual. Does that page bring up the 2019 study you mentioned?', 'pass') },
  { name: 'I20 (British): "… Does that search bring up what you were after?" : passes', ...comp('Search ERIC at eric.ed.gov for bilingual AND outcomes. Does that search bring up what you were after?', 'pass') },
  { name: 'I20 (chat-speak): "… does that database pull up the stuff u need?" : passes', ...comp('try ERIC at eric.ed.gov, does that database pull up the stuff u need?', 'pass') },
  { name: 'I20 (Spanish): "Busque en ERIC (eric.ed.gov). ¿Esa búsqueda le trae lo que necesita?" : passes', lines: [...OPEN_ES('articulos de educacion bilingue'), L('Busque en ERIC, eric.ed.gov, "bilingual education". ¿Esa búsqueda le trae lo que necesita?'), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']], exp: some({ complete: 'pass' }) },
  { name: 'I20 near miss: "Will the search bring up more if you add 2020-2024?" (not yet done) : fails', ...comp('Search ERIC at eric.ed.gov for bilingual education. Will the search bring up more if you add 2020-2024 as dates?', 'fail') },
  { name: 'I20 near miss: "Does your database bring up full text when you log in from home?" (the patron\'s own) : fails', ...comp('ERIC at eric.ed.gov has abstracts. Does your database bring up full text when you log in from home?', 'fail') },
  { name: 'I20 near miss: "Does the site bring up a login box?" (troubleshooting, not the need) : fails', ...comp('Try ERIC at eric.ed.gov. Does the site bring up a login box for you?', 'fail') },
  { name: 'I20 near miss: "Does that database bring up results when you search at home?" before anything is given : fails', lines: [...OPEN('articles on bilingual education', "Hi, I'm Jo, a librarian at Sample County Library. You said you use JSTOR: does that database bring up results when you search at home?", 'no it doesnt'), L('Then try ERIC, free at eric.ed.gov, for "bilingual education".', 70), ...BYE], exp: some({ complete: 'fail' }) },
];

/** Cases the scorer still misreads, each with why, and v42's status. */
const LEFT_WHY: Record<string, string> = {
  "lent: \"Ask at the information desk.\" / \"Information about their hours is at samplelib.org/hours.\" (a generic word, \"their\") : fails":
    "older (v42 passed too): the next message says \"their\" (v6 ABOUT_PARTY) and has a URL; I18 would also take \"information\" (a generic word not in GENERIC_I1)",
  "meant (patron asks between): \"Contact the county clerk.\" / \"and marriage records?\" / \"The clerk has those too: 410-555-0100.\" : passes":
    "older (v42 failed too): v9 T drops the next message after a patron's new question unless the question asks about the party; I18 runs after that return, so a message naming the clerk with a number is not read",
  "I20: \"The guide is at samplelib.org/guide. Does that page bring up the 2019 study?\" : passes":
    "older (v42 failed too): I20 widened the subject only; the object \"up the 2019 study\" has a digit word (\"the [a-z]+\"); \"bring up what you need\" passes",
  "I20 (Spanish): \"Busque en ERIC (eric.ed.gov). ¿Esa búsqueda le trae lo que necesita?\" : passes":
    "older (v42 failed too): I20 is English; no Spanish \"¿esa búsqueda le trae …?\" completeness phrase",
  'meant (own site): "Ask the registrar." / "Registrar contact info is at sample.edu/registrar." : passes':
    'v43 I18 as narrowed after this check: only a phone, an e-mail or a postal address in the sentence that names the party again (a URL may be a resource\'s); v42 failed it too',
};
const all = [...lent, ...meant, ...holds, ...bringUp];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('forty-second round (I18-I20): v43 third wave checked', () => {
  describeSessions('I18 lent contacts (false passes)', running(lent));
  describeSessions('I18 as meant', running(meant));
  describeSessions('I19 holds', running(holds));
  describeSessions('I20 bring up', running(bringUp));
  describeLeft('I18-I20', all.filter((c) => c.name in LEFT_WHY));
});
