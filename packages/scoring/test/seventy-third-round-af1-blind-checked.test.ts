/**
 * Seventy-third round, blind check of block AF (rubric v66): AF1 and AF2 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * Checks: info.source (a URL or domain, an e-mail or phone contact for a referral, or a named resource; fail: a substantive exchange
 * with no source), referral.contact (every party referred to comes with an e-mail, phone, postal address or URL) and
 * approachability.greeting (within the first two visible provider messages the provider greets the patron and says who is
 * answering).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AF1: a web address on a country domain (.nl, .pl, .pt, .ee, .it, .no, .fi, .hr, .ch, .dk …) the provider gives the patron is "a
 *   URL or domain": a source, and a way to reach a party referred to. Text that only looks like one is not: a full stop with no
 *   space after it ("that copy is lost.it was never returned", "its on order.it should come", "I checked in May.no luck", "pt 1.pt
 *   2"), an abbreviation ("n.pl."), a time ("1.5 hr"), the patron's own e-mail address read back, a file name ("photo.it"), or a
 *   word inside a quoted title (an exhibition's name): none is a source, so with nothing else given info.source fails.
 * - AF2: a hello in another language opening the provider's first message ("Mabuhay!", "Kamusta po!", "Dzień dobry!", "Szia!")
 *   greets the patron; with a name or the library it passes. Not a greeting: the word inside a name or title ("the Mabuhay
 *   Festival", "Hallo-Wiener"), the word talked about ("'Vanakkam' is the Tamil word for hello", "everyone says sat sri akal"), the
 *   patron's greeting only, a greeting only in the provider's third message (RUBRIC: within the first two visible provider
 *   messages, read literally), and a goodbye ("Bye for now, szia!", a goodbye is not a greeting in RUBRIC's list).
 *
 * COUNTS. Written: 31 cases, 15 for and 16 against (AF1 8/9, AF2 7/7), in one batch, labels copied aside to /tmp/wt-af1-labels.ts
 * before the first run. First run as labelled: 17 of 31 (AF1 for 8/8, against 1/9; AF2 for 6/7, against 2/7). Disagreeing: 14.
 * Label corrections: 0 (each reread against RUBRIC's info.source row and approachability.greeting row and the Goodbye term; the
 * labels stand). Final: 17 running, 14 LEFT (rubric v65 scored on each to tell "older" from "AF caused"; 10 AF caused, 4 older):
 * - info.source, expected fail / got pass: "sorry, that copy is lost.it was never returned" ("is lost.it" read as a domain after
 *   "is"; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "Its on order.it should come in next week" ("on order.it"; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "I checked in May.no luck, …" ("in may.no"; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "thats pt 1.pt 2 is reading n writing" ("1.pt", .pt read anywhere; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "Strictly, data is n.pl. (the plural of datum)" (the abbreviation "n.pl" read as a domain,
 *   .pl read anywhere; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "Done, your card now has jan.devries@uva.nl as its e-mail." (the patron's own address
 *   read back counted as a source; older: v65 pass the same).
 * - info.source, expected fail / got pass: "The attachment is photo.it, …" (a file name after "is"; AF caused: v65 fail).
 * - info.source, expected fail / got pass: 'The show is called "Vincent.nl: Letters Home" …' (a word in a quoted title, .nl read
 *   anywhere; AF caused: v65 fail).
 * - approachability.greeting, expected pass / got fail: "merhaba :) jo from birch hollow library here" (AF2 reads the greeting; the
 *   lower-case introduction is not read; older: v65 fail).
 * - approachability.greeting, expected fail / got pass: "Jo at Birch Hollow Library here. The Mabuhay Festival is in June" (a
 *   festival's name read as a greeting; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "Our copy of 'Hallo-Wiener' by Dav Pilkey is out" (a title; "hallo" in
 *   alternative 0 already; older: v65 pass).
 * - approachability.greeting, expected fail / got pass: "'Vanakkam' is the usual Tamil word for hello." (the word talked about;
 *   alternative 14 now carries "vanakkam" without alternative 17's guards; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "… everyone saying sat sri akal together" (a report; older: v65 pass by
 *   alternative 18).
 * - approachability.greeting, expected fail / got pass: "Bye for now, szia!" as the provider's second message (a goodbye; AF
 *   caused: v65 fail).
 * WITHDRAWN before v66 landed (the author; labels unchanged): AF1 (web addresses on more country domains) and AF2 (greetings in
 *   more languages) were mended after the first check and again after the second, and the third check (af4) still found eleven
 *   false readings they caused ("Yep.it has 412 pages", "Ask the Italian Cultural Institute, Marco.It has …", "open main.rs",
 *   "Grades.pl has a typo", "Mabuhay, the Filipino grocery …", "Szia, take care!" as a farewell, "Malo e lelei." as an answer), so
 *   both were withdrawn: v66 keeps only AF3 and AF4. Every case here is now scored as v65 scored it; the cases AF1 or AF2 read are
 *   LEFT (older, with the reason that no version reads them) and the false readings they caused run as labelled. Final as landed:
 *   14 running, 17 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, SOURCE, NO_SOURCE, NO_COUNTRY_DOMAIN_AF1, NO_GREETING_AF2, GREETED, NOT_GREETED } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** The patron's `q`, the provider's `first`, the patron's `reply`, the provider's `second`, thanks and goodbye. */
const opened = (q: string, first: string, reply: string, second: string): Line[] => [
  [0, 'p', q],
  [20, 'l', first],
  [50, 'p', reply],
  [70, 'l', second],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const af1: SessionCase[] = [
  // ---- AF1 for: web addresses on the new country domains, anywhere or after "at / on / via / try / consulte / en …"
  c('AF1 for: "rijksmuseum.nl has the whole collection online, u can zoom way in" (chat-speak, at the start)', said('where can i see rembrandts night watch up close', 'rijksmuseum.nl has the whole collection online, u can zoom way in'), SOURCE),
  c('AF1 for: "The Uffizi has high-resolution scans of the Botticellis at uffizi.it."', said('i need a good image of the birth of venus for a slide', 'The Uffizi has high-resolution scans of the Botticellis at uffizi.it.'), SOURCE),
  c('AF1 for: "Norwegian newspapers back to 1763 are free to read via nb.no."', said('my great grandpa was in a norwegian newspaper in 1890', 'Good news: Norwegian newspapers back to 1763 are free to read via nb.no.'), SOURCE),
  c('AF1 for: "try finna.fi for old finnish photos, most r free to reuse" (chat-speak)', said('need old photos of helsinki for a school project', 'try finna.fi for old finnish photos, most r free to reuse'), SOURCE),
  c('AF1 for: "Estonian church books are scanned and free to view (ais.ra.ee)." (in brackets, mid-sentence)', said('my family came from tartu, how do i find baptisms', 'Estonian church books are scanned and free to view (ais.ra.ee), in Estonian and English.'), SOURCE),
  c('AF1 for: "Para partidas italianas, consulte antenati.san.beniculturali.it; es gratis." (Spanish)', es.said('busco el acta de nacimiento de mi bisabuelo en Italia', 'Para partidas italianas, consulte antenati.san.beniculturali.it; es gratis.'), SOURCE),
  c('AF1 for: "Los registros parroquiales de Portugal están digitalizados: digitarq.arquivos.pt" (Spanish, after a colon)', es.said('mi abuela nació en Braga, dónde busco su bautismo', 'Los registros parroquiales de Portugal están digitalizados: digitarq.arquivos.pt'), SOURCE),
  c('AF1 for: "Write to the Danish Emigration Archives at emiarch.dk; they answer research questions." (a referral reached by URL)', said('how do i find when my ancestor left denmark', 'Write to the Danish Emigration Archives at emiarch.dk; they answer research questions.'), some({ referral: 'pass' })),
  // ---- AF1 against: missing spaces after full stops, abbreviations, times, the patron's e-mail, a file name, a quoted title
  c('AF1 against: "sorry, that copy is lost.it was never returned after 2021" (no space after a full stop)', said('is your copy of the 1950 county plat in', 'sorry, that copy is lost.it was never returned after 2021'), NO_SOURCE),
  c('AF1 against: "Its on order.it should come in next week" (no space after a full stop)', said('when will the new james mcbride novel be in', 'Its on order.it should come in next week, about ten days.'), NO_SOURCE),
  c('AF1 against: "I checked in May.no luck, nobody had a copy then either." (no space after a full stop)', said('did you ever find out if anyone has my dads yearbook', 'I checked in May.no luck, nobody had a copy then either.'), NO_SOURCE),
  c('AF1 against: "the civics test is oral, thats pt 1.pt 2 is reading n writing" (chat-speak, no space)', said('how long is the citizenship test', 'the civics test is oral, thats pt 1.pt 2 is reading n writing one sentence each'), NO_SOURCE),
  c('AF1 against: "Strictly, data is n.pl. (the plural of datum), but singular use is fine now." (an abbreviation)', said('is data singular or plural', 'Strictly, data is n.pl. (the plural of datum), but singular use is fine now.'), NO_SOURCE),
  c('AF1 against: "The bus takes about 1.5 hr from downtown, approx.5 stops." (a time and a number)', said('how long to the state archives by bus', 'The bus takes about 1.5 hr from downtown, approx.5 stops.'), NO_SOURCE),
  c('AF1 against: "Done, your card now has jan.devries@uva.nl as its e-mail." (the patron\'s own address)', said('can u change the email on my card to jan.devries@uva.nl', 'Done, your card now has jan.devries@uva.nl as its e-mail.'), NO_SOURCE),
  c('AF1 against: "The attachment is photo.it, which Windows can\'t open; save it again as photo.jpg." (a file name)', said('i cant open the picture my cousin sent', 'The attachment is photo.it, which Windows can\'t open; save it again as photo.jpg.'), NO_SOURCE),
  c('AF1 against: "The show is called \\"Vincent.nl: Letters Home\\" and it closes Sunday." (a quoted title)', said('whats the name of the van gogh show at the art center', 'The show is called "Vincent.nl: Letters Home" and it closes Sunday.'), NO_SOURCE),
];

export const af2: SessionCase[] = [
  // ---- AF2 for: a hello in another language opening the provider's first message, with who is answering
  c('AF2 for: "Mabuhay! Jo here, a librarian at Birch Hollow Library."', opened('do you have tagalog kids books', 'Mabuhay! Jo here, a librarian at Birch Hollow Library. Which age group?', 'about 6', 'Eastside has a shelf of them; search "Tagalog" in our catalogue.'), GREETED),
  c('AF2 for: "Kamusta po! This is Rina with Ask Us at Birch Hollow Library."', opened('hi i need help with a passport photo', 'Kamusta po! This is Rina with Ask Us at Birch Hollow Library. Is it for an adult or a child?', 'adult', 'The photo rules are at travel.state.gov.'), GREETED),
  c('AF2 for: "merhaba :) jo from birch hollow library here" (chat-speak)', opened('do u have turkish language dvds', 'merhaba :) jo from birch hollow library here, for kids or adults?', 'adults', 'We have Pimsleur Turkish in the catalogue.'), GREETED),
  c('AF2 for: "Guten Tag!" then "I\'m Jo, the librarian on chat tonight." (two messages)', opened('wo finde ich deutsche zeitungen', 'Guten Tag!', 'hello?', "I'm Jo, the librarian on chat tonight. PressReader has German papers: birchhollow.example.org/pressreader"), GREETED),
  c('AF2 for: "Dzień dobry! I\'m Ola, a librarian at Birch Hollow Library." (with diacritics)', opened('szukam ksiazek po polsku', 'Dzień dobry! I\'m Ola, a librarian at Birch Hollow Library. Fiction or non-fiction?', 'fiction', 'We have about 300 Polish novels; search "Polish fiction" in the catalogue.'), GREETED),
  c('AF2 for: "Szia! Jo at Birch Hollow Library, how can I help?"', opened('do you have hungarian cookbooks', 'Szia! Jo at Birch Hollow Library, how can I help?', 'hungarian cookbooks', 'Yes, try "Hungarian cooking" in the catalogue.'), GREETED),
  c('AF2 for: "Terve! Ask Us at Birch Hollow Library, Jo speaking."', opened('is there anything on finnish saunas', 'Terve! Ask Us at Birch Hollow Library, Jo speaking. For building one, or its history?', 'building one', 'The book Sauna Building by Kim Lee is at Eastside.'), GREETED),
  // ---- AF2 against: the word not a greeting, the patron's greeting only, a later greeting, a goodbye
  c('AF2 against: "Jo at Birch Hollow Library here. The Mabuhay Festival is in June …" (a festival\'s name)', opened('when is the filipino festival downtown', 'Jo at Birch Hollow Library here. The Mabuhay Festival is in June, at Riverside Park.', 'what day', 'June 14; the schedule is at birchhollow.example.org/events.'), NOT_GREETED),
  c('AF2 against: "Jo, librarian at Birch Hollow. Our copy of \'Hallo-Wiener\' by Dav Pilkey is out." (a title)', opened('is the hallo wiener book in', "Jo, librarian at Birch Hollow. Our copy of 'Hallo-Wiener' by Dav Pilkey is out until Friday.", 'can i hold it', 'Yes, I placed the hold for you.'), NOT_GREETED),
  c('AF2 against: "\'Vanakkam\' is the usual Tamil word for hello" (the word talked about)', opened('how do you say hello in tamil', "Jo at Birch Hollow Library. 'Vanakkam' is the usual Tamil word for hello.", 'and thank you?', "'Nandri'. Our Tamil phrasebook is in the catalogue."), NOT_GREETED),
  c('AF2 against: "Our Punjabi storytime starts with everyone saying sat sri akal together." (a report)', opened('what is the punjabi storytime like', 'Jo at Birch Hollow Library. Our Punjabi storytime starts with everyone saying sat sri akal together, then two books.', 'what age', 'Ages 3 to 6; the dates are at birchhollow.example.org/events.'), NOT_GREETED),
  c('AF2 against: "Merhaba!" from the patron only; the provider: "Jo at Birch Hollow Library."', opened('Merhaba! do you have turkish cookbooks', 'Jo at Birch Hollow Library. Which region of Turkey?', 'istanbul', 'Try "Turkish cooking" in our catalogue.'), NOT_GREETED),
  c('AF2 against: "Yassou!" only in the provider\'s third message', [
    [0, 'p', 'do you have greek language courses'],
    [20, 'l', 'Jo at Birch Hollow Library.'],
    [30, 'l', 'Which level are you at?'],
    [60, 'p', 'beginner, my family is from crete'],
    [70, 'l', 'Yassou! Then Mango Languages has beginner Greek: birchhollow.example.org/mango'],
    [110, 'p', 'ok thanks'],
    [120, 'l', 'Thanks for chatting, bye!'],
  ], NOT_GREETED),
  c('AF2 against: "Bye for now, szia!" (a goodbye as the provider\'s second message)', [
    [0, 'p', 'how do i renew my books'],
    [20, 'l', 'Jo at Birch Hollow Library. You can renew them at birchhollow.example.org/account.'],
    [50, 'p', 'got it, bye'],
    [60, 'l', 'Bye for now, szia!'],
  ], NOT_GREETED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AF1 against: "Done, your card now has jan.devries@uva.nl as its e-mail." (the patron\'s own address)':
    'expected info.source fail / got pass ("gave a source"): the patron\'s own e-mail read back is no source (RUBRIC: an e-mail contact for a referral; there is no referral); older (v65 pass the same, AF1\'s regexps do not read it)',
  'AF2 for: "merhaba :) jo from birch hollow library here" (chat-speak)':
    'expected approachability.greeting pass / got fail ("greets the patron but never says who is answering"): AF2 reads "merhaba", but the lower-case "jo from birch hollow library here" is not read as the introduction (RUBRIC: a name or the library, in the text); older (v65 fail, then for neither part)',
  'AF2 against: "Jo, librarian at Birch Hollow. Our copy of \'Hallo-Wiener\' by Dav Pilkey is out." (a title)':
    'expected approachability.greeting fail / got pass (evidence "Our copy of \'Hallo-Wiener\' …"): a book title, not a greeting; older (v65 pass the same: "hallo" is in greeting alternative 0 since before AF)',
  'AF2 against: "Our Punjabi storytime starts with everyone saying sat sri akal together." (a report)':
    'expected approachability.greeting fail / got pass (evidence "… everyone saying sat sri akal together …"): a report of what others say, not a greeting of the patron; older (v65 pass the same, alternative 18 reads it)',
  'AF1 for: "rijksmuseum.nl has the whole collection online, u can zoom way in" (chat-speak, at the start)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "The Uffizi has high-resolution scans of the Botticellis at uffizi.it."':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Norwegian newspapers back to 1763 are free to read via nb.no."':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "try finna.fi for old finnish photos, most r free to reuse" (chat-speak)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Estonian church books are scanned and free to view (ais.ra.ee)." (in brackets, mid-sentence)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Para partidas italianas, consulte antenati.san.beniculturali.it; es gratis." (Spanish)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Los registros parroquiales de Portugal están digitalizados: digitarq.arquivos.pt" (Spanish, after a colon)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Write to the Danish Emigration Archives at emiarch.dk; they answer research questions." (a referral reached by URL)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF2 for: "Mabuhay! Jo here, a librarian at Birch Hollow Library."':
    NO_GREETING_AF2,
  'AF2 for: "Kamusta po! This is Rina with Ask Us at Birch Hollow Library."':
    NO_GREETING_AF2,
  'AF2 for: "Guten Tag!" then "I\'m Jo, the librarian on chat tonight." (two messages)':
    NO_GREETING_AF2,
  'AF2 for: "Szia! Jo at Birch Hollow Library, how can I help?"':
    NO_GREETING_AF2,
  'AF2 for: "Terve! Ask Us at Birch Hollow Library, Jo speaking."':
    NO_GREETING_AF2,
};

describe('seventy-third round: block AF (AF1, AF2) checked blind, both ways', () => {
  for (const [t, cs] of [['AF1', af1], ['AF2', af2]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
