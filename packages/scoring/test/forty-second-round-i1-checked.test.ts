/**
 * Forty-second round, block I1 checked (helperD): v43's referral.contact setting `namedAgainI1` (referral.ts `namedAgainI1`,
 * read from `clauseParties` for a part of a sentence and from `namedAgainSentenceI1` for a later sentence of the message in
 * `referralContact`'s further-parties loop), checked both ways with cases no one had written: FALSE PASSES (a part or later
 * sentence that refers to ANOTHER party, without a contact, whose name shares the words of the party reached) and the
 * behaviour meant in NEW shapes (the same party named again, which should pass), in American, British, non-native,
 * chat-speak and Spanish registers.
 *
 * SHAPES TRIED:
 *  false passes: "X Clinic" vs "X Department" and "X Authority" vs "X Department" ("department" a place stop word);
 *   another state ("Maryland" a place stop word); the other party's county, courthouse or post office after "for / in /
 *   at" (the name cut before it); "your local food bank / public library / historical society" after a state one ("local",
 *   "public" stop words); "the Cancer Center", "the Health Center", "your library's help desk", "our Archives desk"
 *   ("center", "help", "desk" generic); a topic word or acronym before the first party's contact ("about your landlord
 *   at …", "about your IRS refund at …", "about it at …" against "the IT desk"); a person noun inside an organisation's
 *   name ("an attorney" after the Attorney General, "a lawyer" after the Lawyer Referral Service, "a nurse" after the
 *   Nurse Advice Line, Spanish "un abogado"); the party named only in a condition or as a teller in the other part or
 *   sentence; a company and any competitor ("any truck rental office" after "Enterprise Truck Rental"); Spanish "su
 *   biblioteca local", "su casero". Guards: Medicare then the Social Security office, county vs city, national vs state,
 *   a competitor, two university schools, Spanish state vs county.
 *  as meant: the same center or office named again (plain, first part named later, "and then", after a semicolon, "any
 *   branch", a later sentence with "head over to", "walk into", a condition first), British "Ring … on … or pop into your
 *   local Citizens Advice", "the council offices", non-native "Please to call … on …", "you go to USCIS office", chat-speak
 *   "go 2 ur local IRS office" and lower-case "irs", an acronym of the full name ("a DMV office"), names of generic words
 *   only ("the Maryland Room"), possessives ("the clerk's land records office", "the Humane Society's shelters",
 *   "Professor Jones's office"), "their search room", titles of persons ("Ms. Lee's office", "Dr. Patel's office hours"),
 *   plurals ("one of the Vital Records offices"), a unit ("a Social Security field office", "your local Red Cross chapter",
 *   "the Archives reading room"), a later MESSAGE, Spanish "más cercana", "pase por", "acudir a", "una oficina local del IRS".
 *
 * Statuses read from RUBRIC.md's Terms ("Referral": telling the patron to contact or visit a person or organisation outside
 * the chat; "The provider's own library's departments count when the patron is told to contact or visit them") and
 * referral.contact ("pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal
 * address or URL). fail otherwise.").
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a unit, office, room, chapter, shelter or staff member of the organisation reached (its own office, field office, local
 *   office, reading room) is the same party: the contact given reaches it (forty-first round H1's reading, and I1's own
 *   "your local Social Security office");
 * - a party of another jurisdiction (another state, the county's after the state's, the county's Register of Wills after one
 *   at a state address), another organisation of the same kind ("your local food bank" after the Maryland Food Bank, "your
 *   local public library" after the State Library), a person of a profession (an attorney, a lawyer, a nurse) after an
 *   office whose name holds that word, and a party that is only the topic of the first clause (the landlord, the
 *   contractor, the insurer) are OTHER parties, each needing its own way to be reached;
 * - the library's own desk ("our Archives desk") is a party (RUBRIC: own departments count) that the State Archives'
 *   e-mail does not reach;
 * - a contact given in an earlier provider message for the party named again reaches it (v1's reading of "every party …
 *   comes with a way to reach them": the patron has it).
 *
 * COUNTS. Written: 72 cases, all labelled before running: 37 false-pass candidates (7 of them guards: parties that share no
 * deciding word) and 35 of the behaviour meant (one of which, relabelled below, moved to the false passes: 38 and 34). First run: 29 as labelled, 43 disagreeing. Labels corrected: 1 ("Email the Register of Wills at
 * wills@courts.state.md.us, or stop by the county Register of Wills office": first labelled pass; reread: Maryland has a
 * Register of Wills in each county, and the address given is the state courts', so the county's office is another party,
 * the reading I1's own county guard takes; now fail, as scored). Final: 30 as labelled, 42 LEFT:
 *  - (a) 26 CAUSED BY v43's I1 (v42 failed all 26 as labelled, v43 passes them): the words that trigger it are a stop or
 *    generic word that hides what tells the parties apart ("department", "office", "maryland", "local", "public", "center",
 *    "help", "desk", "our"), the name cut at "for / in / at / near" before the other party's county, courthouse or post
 *    office, a topic word or acronym before the first contact (landlord, IRS, the pronoun "it" as "IT"), a person noun
 *    inside an organisation's name (attorney, lawyer, nurse, abogado), or the party named in the other part or sentence
 *    only as a condition, a teller or a topic;
 *  - (b) 16 OLDER or NOT REACHED (v42 scored all 16 the same): 14 of the behaviour meant that I1 does not reach (a word of
 *    the unit's own: "land", "shelter", "field", "reading", "downtown", Spanish "cercana"; an acronym against its expansion;
 *    a lower-case acronym; generic words only; a title's period; a possessive of a name in -s; a later message), 1 na for
 *    "walk into" (no referring verb), 1 pass for "contractor" (no referralParty word).
 *
 * As labelled in the final run: 11 of the 38 false-pass cases (the 7 guards, and the Aging office, the insurer, Spanish
 * "su casero", the county's Register of Wills: each has a word the other name lacks) and 19 of the 34 meant.
 *
 * AFTER THE CHECK I1 was narrowed (no new block: it had not landed): the two names must have the SAME deciding words
 * (`coreWordsI1`: four letters or more, no stop, generic or county word, or an acronym), each name read after the verb and its
 * particles up to a preposition, a clause or a contact (`partyNameI1`, also for the part or sentence whose contact reaches it,
 * so a topic before the contact or a condition's party is no name); "office", "department" and "public" are generic,
 * "maryland" and "agency" deciding; a name said to be the patron's local one is no state's or county's; "our …" is the
 * library's own. Then: all 26 of (a) and 3 of (b) ("generic words only", "head over to" in a later sentence, the Spanish
 * "más cercana") read as labelled; 59 running, 13 LEFT, all older or not reached (v42 the same).
 *
 * FINAL RUN (`--project scoring`, this file only): 72 tests passed (30 running as labelled, 42 through describeLeft) on the
 * first cut; 72 passed (59 running, 13 through describeLeft) after the narrowing.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, es, one } from './narrowing-lines';

const r = (q: string, text: string, st: 'pass' | 'fail' | 'na', why: string): SessionCase => ({ name: `${why}: "${text}" : ${st}`, lines: one(q, text), exp: some({ referral: st }) });
const rs = (q: string, text: string, st: 'pass' | 'fail' | 'na', why: string): SessionCase => ({ name: `${why} (Spanish): "${text}" : ${st}`, lines: es(q, text), exp: some({ referral: st }) });
/** OPEN(q), the provider's `text`, the patron's "ok", the provider's `next` later, BYE. */
const twoMsgs = (q: string, text: string, next: string): Line[] => [...OPEN(q), L(text, 70), [80, 'p', 'ok'], L(next, 90), ...BYE];

// ---- false passes: a different party shares the words of the party reached ----
export const others: SessionCase[] = [
  r('do i need a new birth certificate for medicare', 'Call Medicare at 1-800-633-4227, or visit your local Social Security office.', 'fail', 'another party, no shared word (guard)'),
  r('flu shots for my kids', 'Call the Health Department at 410-555-0100, or visit the Health Clinic on Elm Street.', 'fail', 'department vs clinic (guard)'),
  r('flu shots for my kids', 'Call the Health Clinic at 410-555-0100, or visit the Health Department on Elm Street.', 'fail', 'clinic vs department'),
  r('public housing waitlist', 'Call the Housing Authority at 410-555-0170, or visit the Housing Department at City Hall.', 'fail', 'authority vs department'),
  r('copy of my vaccination record', 'Call the Virginia Department of Health at 804-864-7001, or visit the Maryland Department of Health.', 'fail', 'another state (a place stop word)'),
  r('copy of my vaccination record', 'Call the Maryland Department of Health at 410-767-6500, or visit the health department for your county.', 'fail', 'the county after "for"'),
  r('local history of my town', 'Call the Maryland Historical Society at 410-685-3750, or visit the Historical Society in your county.', 'fail', 'the county after "in"'),
  r('1850 land records', 'Call the Maryland State Archives at 410-260-6400, or visit the archives at your county courthouse.', 'fail', 'the courthouse after "at"'),
  r('benefits for my mom', 'Call the Maryland Department of Aging at 410-767-1100, or visit your local Office on Aging.', 'fail', 'state department vs local office'),
  r('food assistance', 'Call the Maryland Food Bank at 410-737-8282, or visit your local food bank.', 'fail', 'state food bank vs local food bank'),
  r('renew my passport fast', 'Call the Passport Agency at 877-487-2778, or visit the passport office at the post office.', 'fail', 'agency vs acceptance office'),
  r('help with my cancer diagnosis', 'Call the American Cancer Society at 800-227-2345, or visit the Cancer Center at Johns Hopkins.', 'fail', 'society vs a hospital center'),
  r('help with the health sciences library', 'Email the Health Sciences Library at hsl@sample.edu, or stop by the Health Center.', 'fail', 'library vs the student health center'),
  r('la biblioteca del estado', 'Call the Maryland State Library at 410-767-0434, or visit your local public library.', 'fail', 'state library vs local library'),
  r('la biblioteca del estado', 'Call the State Library Resource Center at 410-396-5430, or visit your library\'s help desk.', 'fail', 'state center vs your library'),
  r('old documents', 'Email the Archives at archives@msa.gov, or stop by our Archives desk on the 2nd floor.', 'fail', "the library's own desk"),
  r('local history of my town', 'Visit your local historical society, or write to the Maryland Historical Society at 610 Park Ave, Baltimore, MD 21201.', 'fail', 'first part: local vs state society'),
  r('my landlord wont fix the heat', 'Call the Tenant Hotline about your landlord at 410-555-0190, or talk to your landlord.', 'fail', 'a topic word: the landlord'),
  r('the roofer never finished', 'Call the Better Business Bureau about the contractor at 410-347-3990, and contact the contractor too.', 'fail', 'a topic word: the contractor'),
  r('my claim was denied', 'Call the Maryland Insurance Administration about your insurance company at 410-468-2000, or contact the insurance company directly.', 'fail', 'a topic word: the insurer'),
  r('tax refund is late', 'Call the Maryland Comptroller about your IRS refund at 410-260-7980, or visit a local IRS office.', 'fail', 'a topic acronym: IRS'),
  r('my laptop wont connect to wifi', 'Email the Writing Center about it at writing@sample.edu, or stop by the IT desk.', 'fail', 'an acronym that is a word: IT/it'),
  r('return a rental truck', 'Call Enterprise Truck Rental at 855-266-9289, or visit any truck rental office near you.', 'fail', 'a company and any competitor'),
  r('cancel my internet', 'Call Comcast at 800-934-6489, or visit the Verizon store at the mall.', 'fail', 'a competitor (guard)'),
  r('nursing program admission', 'Email the Graduate School at gradschool@sample.edu, or visit the School of Nursing.', 'fail', 'a university office vs another (guard)'),
  r('small claims against a store', 'Call the Attorney General\'s Consumer Protection Division at 410-528-8662, or talk to an attorney.', 'fail', 'an attorney vs the Attorney General'),
  r('need a lawyer for custody', 'Call the Lawyer Referral Service at 410-539-3112, or talk to a lawyer at a legal clinic.', 'fail', 'a lawyer vs the referral service'),
  r('my kid has a fever', 'Call the Nurse Advice Line at 800-555-0142, or talk to a nurse at your clinic.', 'fail', 'a nurse vs the nurse line'),
  r('deed from 1850', 'If the county clerk doesn\'t have it, call the State Archives at 410-260-6400, or visit the clerk\'s office again.', 'fail', 'the clerk only in the condition'),
  r('deed from 1850', 'The county clerk told us to send people to the State Archives: call them at 410-260-6400. You can also visit the county clerk.', 'fail', 'later sentence: the clerk only as a teller'),
  r('old society records', 'The Historical Society\'s records went to the State Archives in 1990; email the Archives at ref@msa.gov. You can also visit the Historical Society.', 'fail', 'later sentence: a topic of the first'),
  r('vaccination record', 'Call the Baltimore County Health Department at 410-887-2243, or visit the Baltimore City Health Department.', 'fail', 'county vs city (guard)'),
  r('land records', 'Call the National Archives at 866-272-6272, or visit the state archives.', 'fail', 'national vs state (guard)'),
  r('will of my grandfather', 'Email the Register of Wills at wills@courts.state.md.us, or stop by the county Register of Wills office.', 'fail', 'a county word added: the county\'s own Register (label corrected)'),
  rs('necesito ayuda con mi casero', 'Llame a Legal Aid al 410-951-7777 para preguntar sobre su casero, o hable con su casero.', 'fail', 'a topic word: el casero'),
  rs('busco un libro raro', 'Escriba a la Biblioteca Estatal a ref@biblioteca.gob, o visite su biblioteca local.', 'fail', 'state vs local library'),
  rs('necesito un abogado', 'Llame al Servicio de Referencia de Abogados al 410-539-3112 o consulte con un abogado.', 'fail', 'un abogado vs the referral service'),
  rs('necesito ayuda con mi casero', 'Llame al Departamento de Salud de Maryland al 410-767-6500 o visite el departamento de salud del condado.', 'fail', 'state vs county (guard)'),
];

// ---- the behaviour meant, in new words and shapes ----
export const same: SessionCase[] = [
  r('help with my essay', 'Email the Writing Center at writing@sample.edu, or stop by the Writing Center in Room 210.', 'pass', 'the same center'),
  r('help with my essay', 'Stop by the Writing Center or email the Writing Center at writing@sample.edu.', 'pass', 'first part named again'),
  r('council tax question', 'Ring Citizens Advice on 0800 144 8848, or pop into your local Citizens Advice.', 'pass', 'British'),
  r('council tax question', 'Contact the council on 0161 234 5000 or go down to the council offices.', 'pass', 'British, offices'),
  r('replacement social security card', 'Please to call Social Security on 800-772-1213 or go to the Social Security office near to your home.', 'pass', 'non-native'),
  r('green card renewal', 'You can call to USCIS at 800-375-5283, or you go to USCIS office in Baltimore for appointment.', 'pass', 'non-native, acronym'),
  r('tax transcript', 'call the IRS at 800-829-1040 or go 2 ur local IRS office', 'pass', 'chat-speak'),
  r('tax transcript', 'call the irs at 800-829-1040 or go to ur local irs office', 'pass', 'chat-speak, lower-case acronym'),
  r('replacement title', 'Call the MVA at 410-768-7000, or visit an MVA branch office.', 'pass', 'acronym, branch'),
  r('replacement title', 'Call the Department of Motor Vehicles at 518-473-5595, or visit a DMV office.', 'pass', 'an acronym of the full name'),
  r('maryland newspapers 1900', 'Email the Maryland Room at mdroom@prattlibrary.org, or drop in at the Maryland Room on the 3rd floor.', 'pass', 'generic words only'),
  r('deed from 1850', "Call the clerk at 410-555-0100 or stop by the clerk's land records office.", 'pass', "possessive: the clerk's own office"),
  r('1850 land records', 'Call the Archives at 410-260-6400 or visit their search room in Annapolis.', 'pass', '"their"'),
  r('help with my essay', "Email Ms. Lee at the Writing Center at lee@sample.edu, or stop by Ms. Lee's office in Room 210.", 'pass', 'a title of a person'),
  r('help with my thesis', "Email Dr. Patel at patel@sample.edu, or drop by Dr. Patel's office hours.", 'pass', 'a title, office hours'),
  r('help with my thesis', "Email Professor Jones at jones@sample.edu, or stop by Professor Jones's office in Room 210.", 'pass', 'a title, a possessive of a name in -s'),
  r('birth certificate', 'Call the Vital Records office at 410-764-3038, or visit one of the Vital Records offices.', 'pass', 'plural'),
  r('adopt a dog', 'Call the Humane Society at 410-235-8826, or visit one of the Humane Society\'s shelters.', 'pass', 'plural, possessive'),
  r('replacement social security card', 'Call the Social Security Administration at 800-772-1213, or visit a Social Security field office.', 'pass', 'a field office'),
  r('disaster help', 'Call the American Red Cross at 1-800-733-2767 or visit your local Red Cross chapter.', 'pass', 'a local chapter'),
  r('census records 1950', 'Call the National Archives at 866-272-6272, or visit the Archives in College Park.', 'pass', 'the national archives named again'),
  r('replacement social security card', 'Call Social Security at 800-772-1213 and then go to the Social Security office with your documents.', 'pass', '"and then"'),
  r('1850 land records', 'Email the Archives at ref@msa.gov; you can also stop by the Archives reading room.', 'pass', 'after a semicolon'),
  r('homework help', 'Text the county library at 410-555-0199 or stop by any county library branch.', 'pass', 'any branch'),
  r('replacement social security card', 'The Social Security office is at 800-772-1213. Or just walk into any Social Security office.', 'pass', 'later sentence, "walk into"'),
  r('census records 1950', 'You can reach the Census Bureau at 301-763-4636. If you live near DC, you could also visit the Census Bureau in Suitland.', 'pass', 'later sentence, a condition first'),
  r('replacement social security card', 'Call Social Security at 800-772-1213. Or head over to the Social Security office downtown.', 'pass', 'later sentence, "head over to"'),
  { name: 'a later message, Social Security: "Call Social Security at 800-772-1213." then "You can also visit your local Social Security office." : pass', lines: twoMsgs('replacement social security card', 'Call Social Security at 800-772-1213.', 'You can also visit your local Social Security office.'), exp: some({ referral: 'pass' }) },
  { name: 'a later message, Archives: "Email the Archives at ref@msa.gov." then "or stop by the Archives, they open at 9" : pass', lines: twoMsgs('1850 land records', 'Email the Archives at ref@msa.gov.', 'or stop by the Archives, they open at 9'), exp: some({ referral: 'pass' }) },
  rs('tarjeta del seguro social', 'Llame al Seguro Social al 800-772-1213 o visite la oficina del Seguro Social más cercana.', 'pass', 'the nearest office'),
  rs('copia de mi acta', 'Escriba al Archivo Estatal a archivo@msa.gov o pase por el Archivo Estatal en Annapolis.', 'pass', '"pase por"'),
  rs('impuestos', 'Llame al IRS al 800-829-1040 o visite una oficina local del IRS.', 'pass', 'an acronym'),
  rs('impuestos', 'Llame al IRS al 800-829-1040. También puede ir a una oficina del IRS.', 'pass', 'later sentence'),
  rs('tramite migratorio', 'Puede llamar a USCIS al 800-375-5283 o acudir a la oficina de USCIS en Baltimore con su cita.', 'pass', '"acudir a"'),
];

const I1 = 'caused by v43 I1 (v42 failed it as labelled): ';
const OLD = 'older (v42 scored it the same): ';
/** Cases that disagree with the scorer, keyed by the case's tag (its name before ': "'), each with its reason. */
const LEFT_WHY: Record<string, string> = {
  'a topic word: the contractor': `${OLD}v42 passes it too: "contractor" is no referralParty word, so "contact the contractor" is read as no party of its own`,
  'chat-speak, lower-case acronym': `${OLD}not reached by I1: ACRONYM_I1 wants capitals and "irs" is three letters (no partyWordH1), so no word is left to compare`,
  'an acronym of the full name': `${OLD}not reached by I1: "DMV" is not a word of "the Department of Motor Vehicles"`,
  "possessive: the clerk's own office": `${OLD}not reached by I1: "land" (of "land records office") is not in "Call the clerk"`,
  'a title of a person': `${OLD}not reached by I1: the "." of "Ms." ends the name (NAME_END_I1), leaving "ms"; "Lee" has three letters (no partyWordH1) anyway`,
  'a title, office hours': `${OLD}not reached by I1: the "." of "Dr." ends the name, leaving "dr" (the same sentence with "Dr Patel's" passes)`,
  'a title, a possessive of a name in -s': `${OLD}not reached by I1: "Jones's" normalises to "joness" -> "jones" while "Jones" -> "jone"; the words differ`,
  'plural, possessive': `${OLD}not reached by I1: "shelter" is not in "Call the Humane Society"`,
  'a field office': `${OLD}not reached by I1: "field" is not in "Call the Social Security Administration"`,
  'after a semicolon': `${OLD}not reached by I1: "reading" (of "the Archives reading room") is not in "Email the Archives"`,
  'later sentence, "walk into"': `${OLD}"walk into" is no referring verb: no referral is read (na)`,
  'a later message, Social Security': `${OLD}not reached by I1: it reads only sentences of the same message, and nothing else lends the earlier message's number`,
  'a later message, Archives': `${OLD}not reached by I1: it reads only sentences of the same message`,
};
const tagOf = (c: SessionCase): string => c.name.slice(0, c.name.indexOf(': "'));
const all = [...others, ...same];
const running = (cases: SessionCase[]) => cases.filter((c) => !(tagOf(c) in LEFT_WHY));

describe('forty-second round (I1): v43 namedAgainI1 checked', () => {
  describeSessions('another party named with shared words (false passes)', running(others));
  describeSessions('the same party named again (as meant)', running(same));
  describeLeft('I1', all.filter((c) => tagOf(c) in LEFT_WHY));
});
