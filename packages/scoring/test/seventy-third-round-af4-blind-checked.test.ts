/**
 * Seventy-third round, blind check of block AF (rubric v66, as landed): AF1 (web addresses on more country domains, the `url`
 * family's new alternative) and AF2 (greetings in more languages, the `greeting` family's new alternative) tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other orders, Spanish; "against": near misses the block must not read). Checks: info.source (a URL or
 * domain is a source; a substantive exchange with no source fails), referral.contact (a URL is a way to reach a party) and
 * approachability.greeting (within the first two provider messages a greeting and who is answering).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AF1: a web address on a country domain given for the patron to use is a source wherever it stands in the clause (after "at",
 *   "en", in brackets, opening the message, before "para" or "searches"). A word run onto the next sentence's first word with no
 *   space ("Yep.it has", "Maria.Is that", "Marco.It has"), a file name ("main.rs", "Grades.pl") and the patron's own e-mail
 *   service ("on libero.it or another service") give no source and reach no party.
 * - AF2: a greeting word in another language, said to the patron as the chat opens, is a greeting, also with its polite particle
 *   ("Sawasdee ka!"). The same word taught or given as an answer ("Malo e lelei." to "how do you say hello in Tongan"), listed
 *   ("Terve, moi and hei …"), a title ('"Merhaba!" is the first unit …'), a shop's name ("Mabuhay, the Filipino grocery …"), a
 *   farewell ("Szia, take care!" as the provider's goodbye) and the patron's greeting alone are no greeting by the provider.
 *
 * COUNTS. Written: 25 cases, 12 for and 13 against (AF1 6/7, AF2 6/6), in one batch, labels copied aside to /tmp/wt-af4-labels.ts
 * before the first run. First run as labelled: 13 of 25. Disagreeing: 12. Label corrections: 0 (each reread against RUBRIC's
 * info.source, referral.contact and approachability.greeting rows and the Referral term; the labels stand). Each disagreement scored
 * on rubric v65 (scoreSession with rubricV65) to tell "older" from "AF caused". Final: 13 running, 12 LEFT:
 * - info.source, expected fail / got pass: "Yep.it has 412 pages, …" (no space after a full stop; "yep" is not in AF1's list of
 *   words kept off the name, "has" closes the clause; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "…, Maria.Is that the stop you meant?" (a name after ", " run onto "Is that"; AF caused).
 * - info.source, expected fail / got pass: "Is your address on libero.it or another service?" (the patron's mail service after "on",
 *   not a source given; AF caused).
 * - info.source, expected fail / got pass: "… so open main.rs and look there." (a file name after "open"; AF caused).
 * - info.source, expected fail / got pass: "I took a look. Grades.pl has a typo on line 3: …" (a file name opening a sentence before
 *   "has"; AF caused).
 * - info.source and referral.contact, expected fail, fail / got pass, pass: "Ask the Italian Cultural Institute, Marco.It has
 *   Saturday classes for kids." (the patron's name run onto "It has" read as the institute's URL; AF caused: v65 fail, fail).
 * - approachability.greeting, expected pass / got fail: "Sawasdee ka! I'm Nok, …" (the greeting with its polite particle: AF2 reads
 *   the word only alone before "!", ",", "." or the end; older: v65 fail the same).
 * - approachability.greeting, expected fail / got pass: "Terve, moi and hei are all everyday Finnish ways to say it" (listed and
 *   taught; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "Malo e lelei." given as the answer to "how do you say hello in tongan"
 *   (AF caused).
 * - approachability.greeting, expected fail / got pass: '"Merhaba!" is the first unit of the Turkish course …' (a quoted title;
 *   AF caused).
 * - approachability.greeting, expected fail / got pass: "Mabuhay, the Filipino grocery on 5th Street, carries ube …" (a shop's name
 *   before its apposition; AF caused).
 * - approachability.greeting, expected fail / got pass: "Szia, take care!" as the provider's second message, a farewell after the
 *   answer (AF caused).
 * WITHDRAWN before v66 landed (the author; labels unchanged): AF1 (web addresses on more country domains) and AF2 (greetings in
 *   more languages) were mended after the first check and again after the second, and the third check (af4) still found eleven
 *   false readings they caused ("Yep.it has 412 pages", "Ask the Italian Cultural Institute, Marco.It has …", "open main.rs",
 *   "Grades.pl has a typo", "Mabuhay, the Filipino grocery …", "Szia, take care!" as a farewell, "Malo e lelei." as an answer), so
 *   both were withdrawn: v66 keeps only AF3 and AF4. Every case here is now scored as v65 scored it; the cases AF1 or AF2 read are
 *   LEFT (older, with the reason that no version reads them) and the false readings they caused run as labelled. Final as landed:
 *   16 running, 9 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_SOURCE, SOURCE, NO_COUNTRY_DOMAIN_AF1, NO_GREETING_AF2, GREETED, NOT_GREETED } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** The provider's first message identifies only (no greeting); `second` is the provider's second message. */
const ID_ONLY = 'This is Jo, a librarian at Birch Hollow Library.';
const second = (q: string, text: string): Line[] => nearMissLines(ID_ONLY).asked(q, text, 'ok', 'The catalogue is at birchhollow.example.org/catalog if you need more.');
/** A first provider message `hi` (greeting and who is answering, as the case has them), then the usual session. */
const opened = (hi: string, q: string, text: string): Line[] => nearMissLines(hi, { branch: 'Which branch do you go to?', branchReply: 'eastside' }).said(q, text);


export const af1: SessionCase[] = [
  // ---- AF1 for: a country-domain web address given as a source (or a party's way to reach it)
  c('AF1 for: "The Rijksmuseum has its whole print room online at rijksmuseum.nl."', said('where can i see old dutch prints', 'The Rijksmuseum has its whole print room online at rijksmuseum.nl.'), SOURCE),
  c('AF1 for: "try digitalarkivet.no for norwegian census stuff, its free" (chat-speak)', said('my great grandpa came from norway, where do i look', 'try digitalarkivet.no for norwegian census stuff, its free n has the 1910 one'), SOURCE),
  c('AF1 for: "(szukajwarchiwach.gov.pl)" in brackets', said('i need polish parish records from the 1880s', 'The Polish State Archives run a search site (szukajwarchiwach.gov.pl) with scanned parish books.'), SOURCE),
  c('AF1 for: "Consulte … en bnportugal.gov.pt para los periódicos antiguos." (Spanish)', es.said('busco periódicos portugueses de 1910', 'Consulte la hemeroteca de la Biblioteca Nacional de Portugal en bnportugal.gov.pt para los periódicos antiguos.'), SOURCE),
  c('AF1 for: "Finna.fi searches Finnish libraries, archives and museums at once."', said('how do i search finnish archives', 'Finna.fi searches Finnish libraries, archives and museums at once.'), SOURCE),
  c('AF1 for: "write to the Norwegian Emigrant Museum via emigrantmuseum.no; …" (a party\'s way)', said('who has norwegian emigration records', 'For the emigration records, write to the Norwegian Emigrant Museum via emigrantmuseum.no; their archivist answers family questions.'), some({ source: 'pass', referral: 'pass' })),
  // ---- AF1 against: no space after a full stop, names, file names, the patron's e-mail service
  c('AF1 against: "Perfect.it\'s on the hold shelf at Eastside" (no space)', said('is my hold in yet', 'Perfect.it\'s on the hold shelf at Eastside under your last name.'), NO_SOURCE),
  c('AF1 against: "Yep.it has 412 pages, so give yourself two weeks." (no space)', said('how long is the new grisham, will i finish it in time', 'Yep.it has 412 pages, so give yourself two weeks.'), NO_SOURCE),
  c('AF1 against: "It stops there Tuesdays at 4, Maria.Is that the stop you meant?" (a name, no space)', said('when does the bookmobile come to oak street', 'It stops there Tuesdays at 4, Maria.Is that the stop you meant?'), NO_SOURCE),
  c('AF1 against: "Is your address on libero.it or another service?" (the patron\'s e-mail service)', said('i never get the overdue emails from you', 'Some mail services filter them as spam. Is your address on libero.it or another service?'), NO_SOURCE),
  c('AF1 against: "so open main.rs and look there" (a file name)', said('my rust homework wont compile, can u help', 'I am no programmer, but the error points to line 12, so open main.rs and look there.'), NO_SOURCE),
  c('AF1 against: "Grades.pl has a typo on line 3" (a sentence opening with a file name)', said('my perl script grades.pl breaks, can you look', 'I took a look. Grades.pl has a typo on line 3: a semicolon is missing.'), NO_SOURCE),
  c('AF1 against: "Ask the Italian Cultural Institute, Marco.It has Saturday classes for kids." (a name, no space)', said('where can my son learn italian', 'Ask the Italian Cultural Institute, Marco.It has Saturday classes for kids.'), some({ source: 'fail', referral: 'fail' })),
];

export const af2: SessionCase[] = [
  // ---- AF2 for: a greeting in another language opening the chat, with who is answering
  c('AF2 for: "Merhaba! Deniz here, a librarian with Ask Us at Birch Hollow Library."', opened('Merhaba! Deniz here, a librarian with Ask Us at Birch Hollow Library.', 'do you have turkish cookbooks', 'Yes, three: search "Turkish cooking" in the catalogue at birchhollow.example.org/catalog.'), GREETED),
  c('AF2 for: "szia!! kata here, librarian @ birch hollow library" (chat-speak)', opened('szia!! kata here, librarian @ birch hollow library :)', 'any hungarian books for kids', 'yes! the kids catalogue at birchhollow.example.org/kids has 14 of them'), GREETED),
  c('AF2 for: "Dzień dobry!" alone, then "I\'m Ania, a librarian at …" (the two parts in two messages)', nearMissLines('Dzień dobry!').asked('do you have polish newspapers', "I'm Ania, a librarian at Birch Hollow Library. Which paper are you after?", 'dziennik zwiazkowy', 'We have it on PressReader at birchhollow.example.org/pressreader.'), GREETED),
  c('AF2 for: "Sawasdee ka! I\'m Nok, a librarian at Birch Hollow Library." (with its polite particle)', opened("Sawasdee ka! I'm Nok, a librarian at Birch Hollow Library.", 'do you have thai movies', 'Yes, on Kanopy at birchhollow.example.org/kanopy.'), GREETED),
  c('AF2 for: "Bula vinaka, Mere here at Ask Us, Birch Hollow Library."', opened('Bula vinaka, Mere here at Ask Us, Birch Hollow Library.', 'books on fiji history?', 'Two: search "Fiji history" at birchhollow.example.org/catalog.'), GREETED),
  c('AF2 for: "¡Kamusta! Soy Liza, bibliotecaria de la Biblioteca de Birch Hollow." (Spanish)', nearMissLines('¡Kamusta! Soy Liza, bibliotecaria de la Biblioteca de Birch Hollow.', { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' }).said('tienen libros en tagalo', 'Sí, el catálogo en birchhollow.example.org/catalog tiene doce.'), GREETED),
  // ---- AF2 against: the words taught, answered, listed, a title, a name, a farewell, the patron's greeting only
  c('AF2 against: "Terve, moi and hei are all everyday Finnish ways to say it" (listed, taught)', second('how do people say hello in finland', 'Terve, moi and hei are all everyday Finnish ways to say it; moi is the most casual.'), NOT_GREETED),
  c('AF2 against: "Malo e lelei." as the answer to "how do you say hello in tongan"', second('how do you say hello in tongan', 'Malo e lelei. Our Tongan phrasebook has the rest.'), NOT_GREETED),
  c('AF2 against: \'"Merhaba!" is the first unit of the Turkish course …\' (a title)', second('is there a free turkish course', '"Merhaba!" is the first unit of the Turkish course in Mango Languages, free with your card.'), NOT_GREETED),
  c('AF2 against: "Mabuhay, the Filipino grocery on 5th Street, carries ube." (a shop\'s name)', second('where can i buy ube for a recipe', 'Mabuhay, the Filipino grocery on 5th Street, carries ube and pandan.'), NOT_GREETED),
  c('AF2 against: "Szia, take care!" as the provider\'s farewell (second message)', [
    [0, 'p', 'what time does eastside close today'],
    [20, 'l', `${ID_ONLY} Eastside closes at 8 tonight; the hours are at birchhollow.example.org/hours.`],
    [50, 'p', 'ok thx'],
    [60, 'l', 'Szia, take care!'],
  ], NOT_GREETED),
  c('AF2 against: the patron\'s "Dumela!" only', nearMissLines(ID_ONLY).asked('Dumela! do you have books in setswana', 'We have four; the catalogue lists them at birchhollow.example.org/catalog.', 'ok', 'Want me to put one on hold?'), NOT_GREETED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AF2 for: "Sawasdee ka! I\'m Nok, a librarian at Birch Hollow Library." (with its polite particle)':
    'expected approachability.greeting pass, got fail ("says who is answering but never greets the patron"): the Thai hello with its particle "ka" is a greeting; AF2 reads the word only alone before "!", ",", "." or the end; RUBRIC greeting row (hello, hi, …); older (v65 fail)',
  'AF1 for: "The Rijksmuseum has its whole print room online at rijksmuseum.nl."':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "try digitalarkivet.no for norwegian census stuff, its free" (chat-speak)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "write to the Norwegian Emigrant Museum via emigrantmuseum.no; …" (a party\'s way)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF2 for: "Merhaba! Deniz here, a librarian with Ask Us at Birch Hollow Library."':
    NO_GREETING_AF2,
  'AF2 for: "szia!! kata here, librarian @ birch hollow library" (chat-speak)':
    NO_GREETING_AF2,
  'AF2 for: "Dzień dobry!" alone, then "I\'m Ania, a librarian at …" (the two parts in two messages)':
    NO_GREETING_AF2,
  'AF2 for: "Bula vinaka, Mere here at Ask Us, Birch Hollow Library."':
    NO_GREETING_AF2,
  'AF2 for: "¡Kamusta! Soy Liza, bibliotecaria de la Biblioteca de Birch Hollow." (Spanish)':
    NO_GREETING_AF2,
};

describe('seventy-third round: block AF (AF1, AF2) checked blind, both ways', () => {
  for (const [t, cs] of [['AF1', af1], ['AF2', af2]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
