/**
 * Forty-second round, block I (rubric v43): what three whole-session checks found (`forty-second-round-statewide-checked`,
 * `-cooperative-checked`, `-nearmiss-checked`: 128 sessions labelled from RUBRIC.md before they ran, 12 misread on v42) and
 * a LEFT case of the last note (a party named again in the same sentence). Each fix's cases here, and a near miss of each.
 *
 * FIXES (rubric.ts block I, referral.ts):
 *  - I1 `namedAgainI1` (referral.contact): a part of a sentence, or a later sentence of the message, that refers to a party
 *    without a contact of its own is reached by another part's contact when it names that party again: every word of its
 *    name that tells one party from another (or an acronym) is in the other part's name, and so is every county,
 *    city or state word ("Call Social Security at 800-772-1213 or visit your local Social Security office"). RUBRIC: "every
 *    party the patron is referred to comes with a way to reach them": the party has one. Narrowed after `-i1-checked`: the
 *    two names must have the same deciding words, each name read up to a preposition, a clause or its contact.
 *  - I2 `serviceNameAtI2` (referral.contact): "Hello, Ask the Library at Westfield Memorial Library, this is Irene." names the
 *    service (as v10's "Ask a Librarian at …"), no referral.
 *  - I13 `youDoI13` (referral.contact): "Then you order it from the Division of Vital Records: online at …" tells the patron
 *    what to do, as v29's "You file it with the clerk", in a sentence that asks nothing, gives a way to reach someone and
 *    speaks of no past, condition or habit (narrowed after `-i13-checked`: narrations read as steps).
 *  - phrase families: I3 "chat back in anytime" invites back; I4 a street number with a letter ("6764-B Reisterstown Road");
 *    I5 "Is that likely to be the one?"; I6 "just so I've got it straight:"; I7 "Ya no puedo seguir atendiéndole"; I8 "so
 *    you'd want to stop by …" is advice, no restatement (so the message answers); I9 "Do you own anything else by her?" asks
 *    no "anything else"; I10 "Cuéntame un poco más: qué …"; I11 "Mail … to: Office of the Registrar, <address>"; I12 "I can't
 *    run searches in databases for you" names no source.
 *  - a second wave, from whole sessions of two more kinds (`-difficult-checked`, `-textline-checked`): I14 `askedMoreI14`
 *    (no_dismissal: "others are waiting, so let's wrap up — anything else?" offers more help); I15 "Is that the table you
 *    need?"; I16 "only takes 3 questions per conversation and ur at the limit"; I17 `bareContactNextI17` (a text that is only
 *    a number, sent within 30 s, gives the party named last its contact); I1's bare "the desk / counter / office" after a
 *    part with a contact; I2's "Text a Librarian service here".
 *  - a third wave, from whole sessions of two more kinds (`-referrals-checked`, `-research-checked`): I18 `namedNextI18` (the
 *    next message names the party again, with its contact); I19 "Found a couple of things, looking for more." is a hold;
 *    I20 "does that search bring up the kind of studies you need?".
 */
import { describe } from 'vitest';
import { describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one, last } from './narrowing-lines';

const Q = 'i need a copy of my birth certificate';
const ref = (text: string, st: 'pass' | 'fail' | 'na') => ({ lines: one(Q, text), exp: some({ referral: st }) });

// ---- I1: a party named again is reached by the contact given with it ----
export const namedAgain: SessionCase[] = [
  { name: 'I1 passes: "Call Social Security at 800-772-1213 or visit your local Social Security office."', ...ref('Call Social Security at 800-772-1213 or visit your local Social Security office.', 'pass') },
  { name: 'I1 passes: "Email the Archives at ref@msa.gov, or stop by the front desk of the Archives."', ...ref('Email the Archives at ref@msa.gov, or stop by the front desk of the Archives.', 'pass') },
  { name: 'I1 passes: "Visit the Historical Society in person or write to the Historical Society at 201 W Monument St …" (the first part named again later)', ...ref('Visit the Historical Society in person or write to the Historical Society at 201 W Monument St, Baltimore, MD 21201.', 'pass') },
  { name: 'I1 passes: "Call the IRS at 800-829-1040 or visit a local IRS office." (an acronym)', ...ref('Call the IRS at 800-829-1040 or visit a local IRS office.', 'pass') },
  { name: 'I1 passes: "Call the county clerk at 410-555-0100 or stop by the clerk\'s office."', ...ref("Call the county clerk at 410-555-0100 or stop by the clerk's office.", 'pass') },
  { name: 'I1 passes: "… You can also visit your local Social Security office." (a sentence of its own)', ...ref('Call Social Security at 800-772-1213. You can also visit your local Social Security office.', 'pass') },
  { name: 'I1 passes (Spanish): "Llame al Seguro Social al 800-772-1213 o visite su oficina local del Seguro Social."', ...ref('Llame al Seguro Social al 800-772-1213 o visite su oficina local del Seguro Social.', 'pass') },
  // near misses: another party that shares a word, a county's office after the state's, a topic word
  { name: 'I1 near miss fails: "Call the Maryland Department of Health at 410-767-6500 or visit the county health department." (the county\'s is another)', ...ref('Call the Maryland Department of Health at 410-767-6500 or visit the county health department.', 'fail') },
  { name: 'I1 near miss fails: "… You can also visit the county health department." (a sentence of its own)', ...ref('Call the Maryland Department of Health at 410-767-6500. You can also visit the county health department.', 'fail') },
  { name: 'I1 near miss fails: "Call the county clerk at 410-555-0100, or visit the reference desk." (no word of the clerk\'s)', ...ref('Call the county clerk at 410-555-0100, or visit the reference desk.', 'fail') },
  { name: 'I1 near miss fails: "You\'ll need Letters from the Surrogate; e-mail them at …. Then take the letters to your bank branch." (a topic word, no party)', ...ref('You will need Letters Testamentary from the Burlington County Surrogate; e-mail them at surrogate@co.burlington.nj.us. Then take the letters and the death certificate to your bank branch.', 'fail') },
  { name: 'I1 near miss fails: "Frederick County Public Libraries …: call their line at …. You could also contact the Frederick County Department of Aging." (a place shared)', ...ref('Frederick County Public Libraries host SHIP counselors: call their Information line at 301-600-1630. You could also contact the Frederick County Department of Aging.', 'fail') },
];

// ---- I2: "Ask the Library at …" in the opening is the service's name ----
/** The opening `greet`, a question answered with a source, and a goodbye. */
const opening = (greet: string): Line[] => [[0, 'p', 'when is the library open on sunday'], [20, 'l', greet], [40, 'l', 'Sunday hours are 1-5 pm, listed at samplelib.org/hours. Does that help?'], [60, 'p', 'yes thanks'], [70, 'l', 'Thanks for chatting, bye!']];
export const serviceName: SessionCase[] = [
  { name: 'I2 na: "Hello, Ask the Library at Westfield Memorial Library, this is Irene."', lines: opening('Hello, Ask the Library at Westfield Memorial Library, this is Irene.'), exp: some({ referral: 'na', greeting: 'pass' }) },
  { name: 'I2 na: "Hi, Ask Your Library at Sample County here, I\'m Jo."', lines: opening("Hi, Ask Your Library at Sample County here, I'm Jo."), exp: some({ referral: 'na' }) },
  { name: 'I2 na: "Hi! Ask the Experts at Sample College, Jo speaking."', lines: opening('Hi! Ask the Experts at Sample College, Jo speaking.'), exp: some({ referral: 'na' }) },
  { name: 'I2 near miss fails: "Hi, I\'m Jo. Ask the library at your school about it." (lower case: a referral, no contact)', lines: opening("Hi, I'm Jo at Sample County Library. Ask the library at your school about it."), exp: some({ referral: 'fail' }) },
];

// ---- I13: "then you <verb> …" tells the patron what to do ----
export const youDo: SessionCase[] = [
  { name: 'I13 passes: "Then you order it from the Division of Vital Records: online at …, or by phone at …"', ...ref('Then you order it from the Maryland Division of Vital Records: online at health.maryland.gov/vsa, or by phone at 410-764-3038.', 'pass') },
  { name: 'I13 passes: "… You can also go in person to their office in Baltimore." (their office: the party just given its contacts)', ...ref('Then you order it from the Maryland Division of Vital Records: online at health.maryland.gov/vsa, or by phone at 410-764-3038. You can also go in person to their office in Baltimore.', 'pass') },
  { name: 'I13 na: "Then you call the county clerk and ask for the 1990 index." (no contact: read only where it can pass, as v42)', ...ref('Then you call the county clerk and ask for the 1990 index.', 'na') },
  { name: 'I13 near miss na: "so u call the county clerk yesterday n they say its sealed" (a past)', ...ref('so u call the county clerk at 410-555-0100 yesterday n they say its sealed, got it.', 'na') },
  { name: 'I13 near miss na: "So you called the clerk already?" (a question about what the patron did)', ...ref('So you called the clerk already?', 'na') },
];

// ---- phrase families ----
export const families: SessionCase[] = [
  { name: 'I3 courteous passes: "I\'ll close this for now — chat back in anytime if you get stuck!"', lines: last('mla citation help', 'Put the author first: Smith, Jane.', "I'll close this for now — chat back in anytime if you get stuck!"), exp: some({ courteous: 'pass' }) },
  { name: 'I3 courteous passes: "You can always chat back in later."', lines: last('mla citation help', 'Put the author first: Smith, Jane.', 'You can always chat back in later.'), exp: some({ courteous: 'pass' }) },
  { name: 'I3 near miss fails: "The laptops came back in this morning."', lines: last('can i borrow a laptop', 'The laptops came back in this morning.', 'Check one out at the desk.'), exp: some({ courteous: 'fail' }) },
  { name: 'I4 passes: "… go in person to their office at 6764-B Reisterstown Road in Baltimore."', ...ref('Go in person to the Division of Vital Records office at 6764-B Reisterstown Road in Baltimore.', 'pass') },
  { name: 'I5 completeness passes: "… Is that likely to be the one?"', lines: one('old cookbook from the womens institute', 'The 1974 W.I. Cookery Book is in our catalog at samplelib.org/catalog. Is that likely to be the one?'), exp: some({ complete: 'pass' }) },
  { name: 'I6 clarify passes: "Right, just so I\'ve got it straight: the angle is …" before the source', lines: [...OPEN('rotten boroughs essay'), L("Right, just so I've got it straight: the angle is the boroughs themselves rather than the Act?", 70), [80, 'p', 'yes'], L('See The Unreformed House of Commons by Edward Porritt, in our catalog at samplelib.org.', 90), ...BYE.map(([t, w, x]): Line => [t + 20, w, x])], exp: some({ clarify: 'pass' }) },
  { name: 'I7 no_dismissal fails: "Ya no puedo seguir atendiéndole, tengo otros usuarios."', lines: last('necesito un libro', 'El libro está en samplelib.org/catalogo.', 'Ya no puedo seguir atendiéndole, tengo otros usuarios. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'I8 completeness passes: "…, so you\'d want to stop by our Interlibrary Loan desk …" answers, then "Does that help?"', lines: [[0, 'p', 'the book i need is not in your library, how i can get it from other library?'], [30, 'l', 'Hi, this is Grace, a librarian at Brookline Public Library. What is the title?'], [60, 'p', 'The Body Keeps the Score in Portuguese'], [120, 'l', "We don't own the Portuguese edition, so you'd want to stop by our Interlibrary Loan desk on the second floor and they'll request it for you."], [126, 'l', 'Does that help?'], [150, 'p', 'ok yes'], [160, 'l', 'Have a great day!']], exp: some({ complete: 'pass' }) },
  { name: 'I9 anything_else fails: "Do you own anything else by her already, or is Kindred the only one?"', lines: last('books like kindred', 'Do you own anything else by her already, or is Kindred the only one on your shelf?', 'Try Wild Seed, in our catalog at samplelib.org.'), exp: some({ anything: 'fail' }) },
  { name: 'I10 clarify passes: "Cuéntame un poco más: qué carrera estudias y cuántas fuentes te piden."', lines: [...OPEN('necesito fuentes para mi tarea'), L('Cuéntame un poco más: qué carrera estudias y cuántas fuentes te piden.', 70), [80, 'p', 'agronomia, cinco fuentes'], L('Prueba AGRIS en agris.fao.org. ¿Te sirve?', 90), ...BYE.map(([t, w, x]): Line => [t + 20, w, x])], exp: some({ clarify: 'pass' }) },
  { name: 'I11 passes: "Mail a signed request … to: Office of the Registrar, Fairview College, 400 College Avenue, …"', ...ref("Mail a signed request with your name while enrolled, dates attended and the grad school's address to: Office of the Registrar, Fairview College, 400 College Avenue, Fairview, OH 45011.", 'pass') },
  { name: 'I12 source fails: "I can\'t run searches in databases for you. You need to talk to your own library."', lines: one('can you find me articles on nurse burnout', "I'm not at your university and I can't run searches in databases for you. You need to talk to your own library about that."), exp: some({ source: 'fail' }) },
  { name: 'I12 near miss passes: "Search the databases for you articles …" (the library\'s databases, told to use)', lines: one('can you find me articles on nurse burnout', 'Search the nursing databases at samplelib.org/databases for peer-reviewed articles.'), exp: some({ source: 'pass' }) },
];

// ---- the second wave (whole sessions of two more kinds): I14-I17, and I1's bare "the desk" ----
export const secondWave: SessionCase[] = [
  { name: 'I14 no_dismissal passes: "I\'ve got a line of people waiting, so let\'s wrap up — is there anything else quick I can answer?"', lines: last('libby help', 'The Libby guide is at samplelib.org/libby.', "I've got a line of people waiting, so let's wrap up — is there anything else quick I can answer?"), exp: some({ dismissal: 'pass' }) },
  { name: 'I14 near miss fails: "I\'ve got a line of people waiting, so I have to end this now."', lines: last('libby help', 'The Libby guide is at samplelib.org/libby.', "I've got a line of people waiting, so I have to end this now."), exp: some({ dismissal: 'fail' }) },
  { name: 'I15 completeness passes: "… Is that the table you need?"', lines: one('kansas county populations 1900', 'The 1900 census has a county table for Kansas, free as a PDF on census.gov, table 5. Is that the table you need?'), exp: some({ complete: 'pass' }) },
  { name: 'I15 near miss fails: "Is that the branch you were thinking of visiting?" (a plan, not a thing given)', lines: one('kansas county populations 1900', 'The 1900 census has a county table for Kansas on census.gov, table 5. Is that the branch you were thinking of visiting?'), exp: some({ complete: 'fail' }) },
  { name: 'I16 no_dismissal fails: "sorry, the text line only takes 3 questions per conversation and ur at the limit."', lines: last('one more q', 'The wifi password is on the sign at the desk.', 'sorry, the text line only takes 3 questions per conversation and ur at the limit.'), exp: some({ dismissal: 'fail' }) },
  { name: 'I17 passes: "… Call the Register of Wills" then, 3 s later, "410-555-0160"', lines: [...OPEN("my father's will"), L('ok so for the will itself. Call the Register of Wills', 70), [73, 'l', '410-555-0160'], ...BYE], exp: some({ referral: 'pass' }) },
  { name: 'I17 near miss fails: the number 2 minutes later, after the patron\'s new question', lines: [...OPEN("my father's will"), L('Call the Register of Wills', 70), [90, 'p', 'and the deed?'], [200, 'l', '410-555-0160'], ...BYE.map(([t, w, x]): Line => [t + 120, w, x])], exp: some({ referral: 'fail' }) },
  { name: 'I1 passes: "Circulation can clear it: call them at (410)5550100 or stop by the desk." (their desk)', ...ref('Circulation can clear it if the disc turns up: call them at (410)5550100 or stop by the desk.', 'pass') },
  { name: 'I1 near miss fails: "You can ask the desk to hold it and call the Clerk of Court at 410-555-0100" (the desk first, another\'s number)', ...ref('You can ask the desk to hold it for you and call the Clerk of Court at 410-555-0100 about the fee.', 'fail') },
  { name: 'I2 na: "Hi! Wes, college librarian, Text a Librarian service here."', lines: opening('Hi! Wes, college librarian, Text a Librarian service here.'), exp: some({ referral: 'na' }) },
];

// ---- the third wave (two more kinds of whole sessions, measured after the second): I18-I20 ----
export const thirdWave: SessionCase[] = [
  { name: 'I18 passes: "… worth talking to a lawyer first." then "The Bar Association\'s Lawyer Referral Service …: 410-280-6961."', lines: [...OPEN('power of attorney for my mom'), L("A power of attorney is a legal document, so it's worth talking to a lawyer first.", 70), L("The Anne Arundel Bar Association's Lawyer Referral Service can set up a low-cost consultation with an elder law attorney: 410-280-6961.", 80), ...BYE], exp: some({ referral: 'pass' }) },
  { name: 'I18 near miss fails: "Contact the county clerk." then "The county health department is at 410-555-0100." (another party)', lines: [...OPEN('old deeds'), L('Contact the county clerk.', 70), L('The county health department is at 410-555-0100.', 80), ...BYE], exp: some({ referral: 'fail' }) },
  { name: 'I19 keep_informed fails: "Found a couple of things, looking for more." then 205 s of silence', lines: [[0, 'p', 'homestead patent for nils andersen'], [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which county?"], [40, 'p', 'custer'], [60, 'l', 'Found a couple of things, looking for more. There are two Nils Andersen patents in Custer County, 1886 and 1889.'], [265, 'l', 'Here is the 1889 one: glorecords.blm.gov/details/patent. Does that help?'], [280, 'p', 'yes thanks'], [290, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: 'I19 near miss: "If you\'re looking for more, try the county history at samplelib.org." is no hold', lines: [[0, 'p', 'homestead patent for nils andersen'], [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which county?"], [40, 'p', 'custer'], [60, 'l', "If you're looking for more, try the county history at samplelib.org/custer. Does that help?"], [265, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: 'I20 completeness passes: "does that search bring up the kind of studies you need?"', lines: one('dual-language immersion studies', 'Search ERIC at eric.ed.gov for "dual language" AND immersion. Take your time looking through the results — does that search bring up the kind of studies you need?'), exp: some({ complete: 'pass' }) },
];

describe('forty-second round, block I', () => {
  describeSessions('the third wave', thirdWave);
  describeSessions('the second wave', secondWave);
  describeSessions('I1 a party named again', namedAgain);
  describeSessions('I2 the service named "Ask the Library at …"', serviceName);
  describeSessions('I13 "then you <verb> …"', youDo);
  describeSessions('I3-I12 phrase families', families);
});
