/**
 * Seventy-third round, blind check AF3 of block AF (rubric v66): AF1 (web addresses on more country domains, the `url` family's two
 * alternatives added in `phrasesV66AF`, as mended) and AF2 (greetings in more languages, `greeting` alternative 17 as widened and
 * mended) tried both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran
 * ("for": the meant reading in new words: chat-speak, other verbs, other orders, Spanish; "against": near misses the block must not
 * read, and older readings it must not break). Checks: info.source (a URL or domain is a source; a substantive exchange with none
 * fails), referral.contact where a web address is the way to reach a party, and approachability.greeting (within the first two
 * visible provider messages the provider greets the patron and says who is answering in the text).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A web address on any country domain is "a URL or domain", wherever it stands in the clause ("Go to digi.kansalliskirjasto.fi
 *   and search …" included: RUBRIC names no verb). A file name ("save it as hello.rs"), a word run into the next sentence for a
 *   missing space ("on Saturday.It's free", "first.Pt 2", "every shelf.dk where"), an abbreviation run into a name ("Mrs.Lu") and
 *   the patron's own e-mail address repeated back are no source.
 * - A party written to through its web address (an embassy) is a referral with a way to reach it: referral.contact passes.
 * - A greeting in any language is a greeting ("Talofa!", "kumusta po!", "Dzień dobry!", "¡Mabuhay!"), its two parts may be in the
 *   first two provider messages. A word named, taught or reported ("Tongans greet each other with malo e lelei", "Week one is mostly
 *   Guten Tag"), a café's name, a goodbye ("Have a great trip, szia!") and the patron's own greeting are not the provider greeting
 *   the patron; a greeting with no name, "librarian", library or service in the text fails.
 *
 * COUNTS. Written: 29 cases, 15 for and 14 against (AF1 8/7, AF2 7/7), in one batch, labels copied aside to
 * /tmp/wt-af3-labels.ts before the first run. First run as labelled: 19 of 29. Disagreeing: 10 (1 for, 9 against). Label
 * corrections: 0 (each reread against RUBRIC's info.source and approachability.greeting rows; the labels stand). Final: 19 running,
 * 10 LEFT (rubric v65 scored on each to tell "older" from "AF caused": 1 older, 9 AF caused):
 * - info.source, expected pass / got fail: "Go to digi.kansalliskirjasto.fi and search the year you need." (a .fi address after "go
 *   to", a verb AF1's list of leads does not hold; older: v65 fail the same).
 * - info.source, expected fail / got pass: "Learn how each piece moves first.Pt 2 would be simple openings, then endgames." (a missing
 *   space read as the address "first.pt"; AF caused: v65 fail).
 * - info.source, expected fail / got pass: "i looked on every shelf.dk where it went, sorry" (a missing space read as "shelf.dk"; AF
 *   caused: v65 fail).
 * - info.source, expected fail / got pass: "That was Mrs.Lu, she retired in June." (a title run into a name read as "mrs.lu"; AF
 *   caused: v65 fail).
 * - info.source, expected fail / got pass: "Make a new file, save it as hello.rs, then type cargo run in the terminal." (a file name
 *   read as an address; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "Tongans greet each other with malo e lelei." (a word reported, after
 *   "with"; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "The first lesson starts with merhaba, then numbers." (a word taught,
 *   after "with"; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "Week one is mostly Guten Tag. Week two is numbers." (a word taught, after
 *   "mostly"; AF caused: v65 fail).
 * - approachability.greeting, expected fail / got pass: "Try the conversation table at Cafe Merhaba." (a café's name; AF caused:
 *   v65 fail).
 * - approachability.greeting, expected fail / got pass: "Done, your hold is placed. Have a great trip, szia!" (a goodbye with no
 *   word of AF2's farewell list; AF caused: v65 fail).
 * NOTES: two "for" cases were read by v65 already through its ".gov" reading of the name before the country ending
 *   ("museudoazulejo.gov.pt", "washington.mfa.gov.hu"), and "kumusta po!" by an older greeting alternative: they check that AF keeps
 *   those readings, not AF itself. The other twelve "for" cases are new readings on v66 (v65 failed each).
 * WITHDRAWN before v66 landed (the author; labels unchanged): AF1 (web addresses on more country domains) and AF2 (greetings in
 *   more languages) were mended after the first check and again after the second, and the third check (af4) still found eleven
 *   false readings they caused ("Yep.it has 412 pages", "Ask the Italian Cultural Institute, Marco.It has …", "open main.rs",
 *   "Grades.pl has a typo", "Mabuhay, the Filipino grocery …", "Szia, take care!" as a farewell, "Malo e lelei." as an answer), so
 *   both were withdrawn: v66 keeps only AF3 and AF4. Every case here is now scored as v65 scored it; the cases AF1 or AF2 read are
 *   LEFT (older, with the reason that no version reads them) and the false readings they caused run as labelled. Final as landed:
 *   17 running, 12 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, SOURCE, NO_SOURCE, NO_COUNTRY_DOMAIN_AF1, NO_GREETING_AF2, GREETED, NOT_GREETED } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });
/** The provider says who is answering but greets no one: the near misses of AF2 stand in its second message. */
const INTRO = 'This is Deniz, a librarian at Oak Park Library.';
const plain = nearMissLines(INTRO, { branch: 'Which branch do you use?', branchReply: 'main' });


/** The patron's `q`, the provider's `first` (the greeting under test, with a question), the reply, a plain `answer`, thanks, goodbye. */
const opened = (q: string, first: string, answer: string, reply = 'the main one'): Line[] => [
  [0, 'p', q],
  [20, 'l', first],
  [50, 'p', reply],
  [70, 'l', answer],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];
/** The greeting alone in the provider's first message, who is answering in the second. */
const split = (q: string, first: string, second: string, answer: string): Line[] => [
  [0, 'p', q],
  [20, 'l', first],
  [24, 'l', second],
  [50, 'p', 'the main one'],
  [70, 'l', answer],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const af1: SessionCase[] = [
  // ---- AF1 for: web addresses on the added country domains, anywhere (.nl, .pl, .pt, .hu) or after "at / visit / vea" (.se, .no, .it)
  c('AF1 for: "Delpher.nl has Dutch newspapers back to 1618, all searchable." (.nl opening the message)', said('are there old dutch newspapers online', 'Delpher.nl has Dutch newspapers back to 1618, all searchable.'), SOURCE),
  c('AF1 for: "polona has tons of old polish maps, polona.pl, all free to look at" (chat-speak)', said('where can i find old maps of krakow', 'polona has tons of old polish maps, polona.pl, all free to look at'), SOURCE),
  c('AF1 for: "Las fotos de cada pieza están en museudoazulejo.gov.pt." (Spanish)', es.said('busco fotos de azulejos portugueses', 'Las fotos de cada pieza están en museudoazulejo.gov.pt.'), SOURCE),
  c('AF1 for: "The Vasa Museum shows the ship\'s plans at vasamuseet.se."', said('where can i see plans of the vasa ship', 'The Vasa Museum shows the ship\'s plans at vasamuseet.se.'), SOURCE),
  c('AF1 for: "visit nb.no for scans, its all free n searchable" (chat-speak)', said('where can i read old norwegian newspapers', 'visit nb.no for scans, its all free n searchable'), SOURCE),
  c('AF1 for: "Vea uffizi.it: tiene los horarios y los precios." (Spanish)', es.said('quiero ver los horarios de la galería Uffizi', 'Vea uffizi.it: tiene los horarios y los precios.'), SOURCE),
  c('AF1 for: "Go to digi.kansalliskirjasto.fi and search the year you need." (after "go to")', said('are there old finnish newspapers online', 'Go to digi.kansalliskirjasto.fi and search the year you need.'), SOURCE),
  c('AF1 for: "For the birth record, write to the Hungarian Embassy through washington.mfa.gov.hu." (a party reached by its URL)', said('i need my grandfathers birth record from budapest', 'For the birth record, write to the Hungarian Embassy through washington.mfa.gov.hu.'), some({ source: 'pass', referral: 'pass' })),
  // ---- AF1 against: a missing space after a full stop, an abbreviation, a file name, the patron's e-mail
  c('AF1 against: "Yes, the talk is on Saturday.It\'s free, no sign-up needed." (missing space)', said('is the talk on bees free', 'Yes, the talk is on Saturday.It\'s free, no sign-up needed.'), NO_SOURCE),
  c('AF1 against: "We close at noon.It\'s a half day for the staff." (missing space)', said('are you open on christmas eve', 'We close at noon.It\'s a half day for the staff.'), NO_SOURCE),
  c('AF1 against: "Learn how each piece moves first.Pt 2 would be simple openings, then endgames." (missing space)', said('how should i start learning chess', 'Learn how each piece moves first.Pt 2 would be simple openings, then endgames.'), NO_SOURCE),
  c('AF1 against: "i looked on every shelf.dk where it went, sorry" (chat-speak, missing space)', said('is the book i reserved lost', 'i looked on every shelf.dk where it went, sorry'), NO_SOURCE),
  c('AF1 against: "That was Mrs.Lu, she retired in June." (an abbreviation)', said('who taught the dumpling class last spring', 'That was Mrs.Lu, she retired in June.'), NO_SOURCE),
  c('AF1 against: "Make a new file, save it as hello.rs, then type cargo run in the terminal." (a file name)', said('how do i start learning rust', 'Make a new file, save it as hello.rs, then type cargo run in the terminal.'), NO_SOURCE),
  c('AF1 against: "I can\'t send attachments to piet.jansen@ziggo.nl from this chat, sorry." (the patron\'s e-mail)', said('can u email me the list of new dutch books? piet.jansen@ziggo.nl', 'I can\'t send attachments to piet.jansen@ziggo.nl from this chat, sorry. There are only three, all on the new shelf by the door.'), NO_SOURCE),
];

export const af2: SessionCase[] = [
  // ---- AF2 for: a greeting in another language alone before "!", ",", "." or the end, with who is answering
  c('AF2 for: "Talofa! This is Lani with the Ask a Librarian service. What are you looking for?"', opened('do you have books on samoan tattoo history', 'Talofa! This is Lani with the Ask a Librarian service. What are you looking for?', 'We have two on the shelf at Main, call number 391.65.', 'history mostly'), GREETED),
  c('AF2 for: "kumusta po! Joy here from the Ask Us chat, what can i help u with?" (chat-speak)', opened('hi i need tagalog kids books', 'kumusta po! Joy here from the Ask Us chat, what can i help u with?', 'We have a small shelf of them at Main, near the picture books.', 'picture books'), GREETED),
  c('AF2 for: "Merhaba, I\'m Deniz, a reference librarian at Oak Park Library. Which branch?"', opened('do you have turkish novels', 'Merhaba, I\'m Deniz, a reference librarian at Oak Park Library. Which branch do you use?', 'Main has about forty, on the world languages shelf.'), GREETED),
  c('AF2 for: "Guten Tag. You\'ve reached the Ask a Librarian chat at Eastside Library." (before ".")', opened('do you have german language dvds', 'Guten Tag. You\'ve reached the Ask a Librarian chat at Eastside Library. Which branch do you use?', 'Main has a set of twelve, on the lower level.'), GREETED),
  c('AF2 for: "Terve!" then "I\'m Aino, a librarian at Northside Library." (two messages)', split('any books in finnish', 'Terve!', 'I\'m Aino, a librarian at Northside Library. Which branch do you use?', 'Main has a few, on the world languages shelf.'), GREETED),
  c('AF2 for: "Dzień dobry! Kasia here, a librarian at Ask Us." (with its accent)', opened('do you have polish cookbooks', 'Dzień dobry! Kasia here, a librarian at Ask Us. Which branch do you use?', 'Main has three, on the cooking shelf.'), GREETED),
  c('AF2 for: "¡Mabuhay! Soy Joy, bibliotecaria de la Biblioteca Central." (Spanish)', opened('tienen libros en tagalo', '¡Mabuhay! Soy Joy, bibliotecaria de la Biblioteca Central. ¿A qué sucursal va usted?', 'La sucursal central tiene unos veinte, en el estante de idiomas.', 'la central'), GREETED),
  // ---- AF2 against: the word named or taught, a café's name, a goodbye, the patron's greeting, no one named
  c('AF2 against: "Tongans greet each other with malo e lelei." (named)', plain.said('how do people in tonga say hi', 'Tongans greet each other with malo e lelei.'), NOT_GREETED),
  c('AF2 against: "The first lesson starts with merhaba, then numbers." (taught)', plain.said('do you have a beginner turkish class', 'Yes, on Tuesdays. The first lesson starts with merhaba, then numbers.'), NOT_GREETED),
  c('AF2 against: "Week one is mostly Guten Tag." (taught)', plain.said('what does the german class cover first', 'Week one is mostly Guten Tag. Week two is numbers.'), NOT_GREETED),
  c('AF2 against: "Try the conversation table at Cafe Merhaba." (a name)', plain.said('is there anywhere to practise turkish', 'Try the conversation table at Cafe Merhaba.'), NOT_GREETED),
  c('AF2 against: "Done, your hold is placed. Have a great trip, szia!" (a goodbye)', plain.said('can u put budapest travel guide on hold', 'Done, your hold is placed. Have a great trip, szia!'), NOT_GREETED),
  c('AF2 against: the patron\'s "Merhaba! do u have turkish novels" (only the patron greets)', plain.said('Merhaba! do u have turkish novels', 'Yes, Main has about forty, on the world languages shelf.'), NOT_GREETED),
  c('AF2 against: "Szia! What can I help you find?" (no one named)', opened('do you have hungarian cookbooks', 'Szia! What can I help you find?', 'Main has two, on the cooking shelf.', 'cookbooks'), NOT_GREETED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AF1 for: "Delpher.nl has Dutch newspapers back to 1618, all searchable." (.nl opening the message)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "polona has tons of old polish maps, polona.pl, all free to look at" (chat-speak)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "The Vasa Museum shows the ship\'s plans at vasamuseet.se."':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "visit nb.no for scans, its all free n searchable" (chat-speak)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Vea uffizi.it: tiene los horarios y los precios." (Spanish)':
    NO_COUNTRY_DOMAIN_AF1,
  'AF1 for: "Go to digi.kansalliskirjasto.fi and search the year you need." (after "go to")':
    NO_COUNTRY_DOMAIN_AF1,
  'AF2 for: "Talofa! This is Lani with the Ask a Librarian service. What are you looking for?"':
    NO_GREETING_AF2,
  'AF2 for: "Merhaba, I\'m Deniz, a reference librarian at Oak Park Library. Which branch?"':
    NO_GREETING_AF2,
  'AF2 for: "Guten Tag. You\'ve reached the Ask a Librarian chat at Eastside Library." (before ".")':
    NO_GREETING_AF2,
  'AF2 for: "Terve!" then "I\'m Aino, a librarian at Northside Library." (two messages)':
    NO_GREETING_AF2,
  'AF2 for: "Dzień dobry! Kasia here, a librarian at Ask Us." (with its accent)':
    NO_GREETING_AF2,
  'AF2 for: "¡Mabuhay! Soy Joy, bibliotecaria de la Biblioteca Central." (Spanish)':
    NO_GREETING_AF2,
};

describe('seventy-third round: block AF (AF1, AF2) checked blind, both ways (AF3)', () => {
  for (const [t, cs] of [['AF1', af1], ['AF2', af2]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
