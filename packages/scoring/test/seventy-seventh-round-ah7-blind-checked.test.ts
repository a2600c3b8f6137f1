/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah7: AH7, AH9, AH15, AH8, AH18 and AH21 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break).
 * Checks:
 * - info.source (AH7, AH15, AH18; RUBRIC info.source: pass when the provider gives at least one source: a URL or domain, an e-mail or
 *   phone contact for a referral, or a named resource (a database, the catalogue, a guide, a book, a web page with the steps to reach
 *   it); an organisation or app named without a way to reach it is not a source; fail: a substantive exchange with no source).
 * - approachability.greeting (AH9; RUBRIC: within the first two visible provider messages the provider greets the patron and
 *   identifies who is answering (a name, "librarian", the library or the service, in the text: a screen name does not count)).
 * - inquiry.clarify (AH15, AH8; RUBRIC: the provider asks a question about the need (not the greeting's "how can I help?", an idle
 *   check-in, "anything else?" or "does this answer your question?"), or restates the question ("so you need…"), before the first
 *   message that gives a source; if no source is ever given, any such question counts).
 * - closing.anything_else (AH8; RUBRIC: pass when before the end the provider asks whether the patron needs anything else, or the
 *   patron says on their own, explicitly, that they are done; fail otherwise).
 * - session.disconnect_notice (AH21; RUBRIC: applies when the final idle is >= disconnectSeconds; pass: during it the provider told
 *   the patron that they seem to have disconnected and that the session will end; fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A reference book named by its title is a named resource (a book) whatever the language or the title's order ("el Atlas
 *   Histórico de Puerto Rico"); one the library says it has not got or has lost is not given to the patron: no source. A person's
 *   name that ends in such a word ("Charles Atlas") names no book.
 * - A greeting identifies the provider by name when the provider's name stands in the text, in lower case or with its accent too
 *   ("ur chatting w/ tomas", "Lucía por aquí"); a common word that opens a sentence ("Hope your week …", "Grant deadlines …",
 *   "Will you need …") names no one, whatever the screen name.
 * - "So you're hoping / planning / aiming … to <verb> …" restates the question; in the message that gives the first source it is
 *   not "before" that message. The patron's own document named in it is no source given.
 * - A question about what else is on the thing the patron has in hand (card, headstone, form, receta) asks about the need; a
 *   question whether the patron wants anything else from their list, or anything else they can't figure out in general, after the
 *   answer, is the closing "anything else?".
 * - A list, guide or packet the provider or a colleague offers to make names no resource; one already made and handed out does (a
 *   guide), and a sentence that also names a database or book gives that.
 * - "It looks like the chat dropped" says the patron seems gone; "I'll close it now" says the session ends; keeping it open does not.
 *
 * COUNTS. Written: 33 cases, 18 for and 15 against (AH7 4/3, AH9 3/3, AH15 3/3, AH8 3/2, AH18 3/2, AH21 2/2), in one batch, labels
 * copied aside to /tmp/s73/ah7-labels.ts before the first run. First run as labelled: 23 of 33. Disagreeing: 10. Label corrections: 0
 * (each reread against RUBRIC's text; the labels stand). Final: 23 running, 10 LEFT (each scored with rubric v67 to tell "older" from
 * "caused by AH"; 2 caused by AH, 8 older):
 * - approachability.greeting, expected fail / got pass (caused by AH9: v67 fail): "Hello! Grant deadlines for the county arts council
 *   fall in March and September." (screen name grant_o: "grant" is a common word not in AH9's list).
 * - closing.anything_else, expected pass / got fail (caused by AH8: v67 pass): "Anything else you can't figure out with Libby, or are
 *   you all set?" (a closing question taken for one about the thing in hand).
 * - older (v67 the same): AH7 against "…Rand McNally Road Atlas went missing…" and "That was Charles Atlas, …" (source pass); AH9 for
 *   "ur chatting w/ tomas" and "Lucía por aquí" (greeting fail); AH15 for "ok so ur aiming to …" (clarify fail); AH15 against the
 *   Clymer manual after a dash and "Tagalog for Beginners" after ", and" (the restatement swallows the source); AH8 for "anything else
 *   on the headstone you can't make out" (read as the closing question).
 * ON v68 AS LANDED (mends after this check): the two caused by AH are mended (AH9's screen-name word only inside a sentence, not
 *   opening it: "Hello! Grant deadlines …"; AH8's "anything else you can't … figure out" only with "on / in the …" after it), and two
 *   older ones read now (AH7's title with "CB750" in it, so the manual after the dash is a source; AH8 with "headstone"): they run;
 *   6 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, who, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, DONE, GREETED, NO_SOURCE, NOT_DONE, NOT_GREETED, SOURCE } from './near-miss-lines';

const HI = 'Hi, this is Teodoro with Ask a Librarian at Cedar Fork Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you usually go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, le atiende Teodoro, bibliotecario de la Biblioteca de Cedar Fork.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal suele ir?', branchReply: 'a la de eastside' });

/** inquiry.clarify passed or failed. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** session.disconnect_notice passed or failed. */
const NOTICE = some({ disconnect: 'pass' });
const NO_NOTICE = some({ disconnect: 'fail' });

/** A session answered by the provider whose screen name is `screen`: the patron's `q`, the `greet`, the `answer`, thanks, goodbye. */
const screened = (name: string, screen: string, q: string, greet: string, answer: string): SessionCase => {
  const me = who(screen, 'scr');
  const lines: Line[] = [
    [0, 'p', q],
    [20, 'l', greet, me],
    [60, 'l', answer, me],
    [90, 'p', 'ok thanks'],
    [100, 'l', 'Thanks, bye!', me],
  ];
  return { name, lines, exp: {}, over: { provider: { id: 'scr', name: screen, library: 'TST' } } };
};
const sc = (name: string, screen: string, q: string, greet: string, answer: string, exp: SessionCase['exp']): SessionCase => ({ ...screened(name, screen, q, greet, answer), exp });

/** The patron asks `q` and goes quiet; the provider answers, checks in, and at 400 s sends `notice`. */
const gone = (q: string, notice: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [40, 'l', 'The Eastside branch is open until 8 tonight, and the catalogue at cedarfork.example.org/catalog shows two copies in.'],
  [190, 'l', 'Are you still there?'],
  [400, 'l', notice],
];

export const ah7: SessionCase[] = [
  // ---- AH7 for: a reference book by its title in capitals
  c('AH7 for: "Yes: the Chilton Toyota Pick-Ups and 4Runner Repair Manual covers 1970 to 1988, …"', said('do you have repair info for a 1987 toyota pickup', 'Yes: the Chilton Toyota Pick-Ups and 4Runner Repair Manual covers 1970 to 1988, and our reference copy stays at the Eastside desk.'), SOURCE),
  c('AH7 for: "omg good q!! the Old Farmer\'s Almanac puts it around may 10 for ur area, …" (chat-speak)', said('when is the last frost around here? want to plant tomatoes', "omg good q!! the Old Farmer's Almanac puts it around may 10 for ur area, we keep the new one at the front desk"), SOURCE),
  c('AH7 for: "Not sure whether you have one at home, but the Reader\'s Digest Fix-It-Yourself Manual at our Main branch covers leaky faucets …" (a "not … have" about the patron)', said('my kitchen faucet drips, how do i fix it myself', "Not sure whether you have one at home, but the Reader's Digest Fix-It-Yourself Manual at our Main branch covers leaky faucets step by step."), SOURCE),
  c('AH7 for: "El Atlas Histórico de Puerto Rico está en la colección de referencia …" (Spanish, the kind first)', es.said('mi hija necesita mapas de la historia de Puerto Rico para un proyecto', 'El Atlas Histórico de Puerto Rico está en la colección de referencia de la sucursal central, con mapas desde 1500.'), SOURCE),
  // ---- AH7 against: a book the library has not got or lost, a person's name
  c('AH7 against: "Sorry, we don\'t have the Haynes Honda Civic Repair Manual for 2001 to 2010 in any branch right now."', said('do you have the haynes manual for a 2004 honda civic', "Sorry, we don't have the Haynes Honda Civic Repair Manual for 2001 to 2010 in any branch right now."), NO_SOURCE),
  c('AH7 against: "Our only copy of the 1956 Rand McNally Road Atlas went missing during the move last spring, …"', said('looking for the rand mcnally road atlas from 1956, for my dads old road trip', "Our only copy of the 1956 Rand McNally Road Atlas went missing during the move last spring, I'm sorry."), NO_SOURCE),
  c('AH7 against: "That was Charles Atlas, the bodybuilder; …" (a person)', said('who was the muscle guy in the old comic book ads', 'That was Charles Atlas, the bodybuilder; his mail-order course was advertised in comics from the 1940s on.'), NO_SOURCE),
];

export const ah9: SessionCase[] = [
  // ---- AH9 for: the lower-case screen name's first word as the name in the text
  sc('AH9 for: "Hi there, Priya at your service! What are you looking for today?" (priya_s)', 'priya_s', 'do you have any books on sourdough', 'Hi there, Priya at your service! What are you looking for today?', '"Flour Water Salt Yeast" by Ken Forkish is on the shelf at 641.815 FOR.', GREETED),
  sc('AH9 for: "hey!! ur chatting w/ tomas, what can i dig up for u?" (tomas_r, chat-speak)', 'tomas_r', 'hi is anyone there', 'hey!! ur chatting w/ tomas, what can i dig up for u?', '"The Martian" by Andy Weir is in at 3 branches right now.', GREETED),
  sc('AH9 for: "¡Hola! Lucía por aquí, ¿en qué le ayudo?" (lucia.g, Spanish)', 'lucia.g', 'hola, tienen clases de ingles?', '¡Hola! Lucía por aquí, ¿en qué le ayudo?', 'Hay clases gratis los martes; el calendario está en cedarfork.example.org/ingles.', GREETED),
  // ---- AH9 against: a common word opening a sentence, whatever the screen name
  sc('AH9 against: "Hi! Hope your week is off to a good start. …" (hope_r)', 'hope_r', 'do you have tax forms', 'Hi! Hope your week is off to a good start. What can I look up for you?', 'The IRS forms are at irs.example.gov/forms, and the 1040 booklets are by the front door.', NOT_GREETED),
  sc('AH9 against: "Hello! Grant deadlines for the county arts council fall in March and September. …" (grant_o, not in the word list)', 'grant_o', 'when are the arts council grant deadlines', 'Hello! Grant deadlines for the county arts council fall in March and September. What kind of project is it?', 'Their application page is at artscouncil.example.org/grants.', NOT_GREETED),
  sc('AH9 against: "Hello! Will you need the large print edition, or is regular print fine?" (will_p)', 'will_p', 'is the new john grisham in', 'Hello! Will you need the large print edition, or is regular print fine?', 'Both are on the shelf: cedarfork.example.org/catalog has the call numbers.', NOT_GREETED),
];

export const ah15: SessionCase[] = [
  // ---- AH15 for: "So you're hoping / planning / aiming to <verb> …" restates the need, the patron's own things no source
  c('AH15 for: "So you\'re hoping to credit the studio behind St. Brigid\'s windows in the Centennial Booklet — got it."', asked("i need to find out who made the stained glass windows in our church, its for the 100th anniversary", "So you're hoping to credit the studio behind St. Brigid's windows in the Centennial Booklet — got it.", 'yes exactly', 'The book "Stained Glass in Ohio Churches" at our Main branch lists the studios parish by parish.'), { ...CLARIFIED, ...SOURCE }),
  c('AH15 for: "So you\'re planning to update the Troop 42 Parent Handbook before fall." (the patron\'s own handbook, no source)', asked('i have to redo our troop handbook for the new year, any tips', "So you're planning to update the Troop 42 Parent Handbook before fall.", 'yeah before september', 'Most troops just update the dates, dues and contacts each year and keep the rest.'), { ...CLARIFIED, ...NO_SOURCE }),
  c('AH15 for: "ok so ur aiming to trace the ship he sailed on from Naples in 1907, got it" (chat-speak)', asked('my great grandpa came from naples in 1907, how do i find his ship', 'ok so ur aiming to trace the ship he sailed on from Naples in 1907, got it', 'yes', 'The passenger search at heritage.example.org/passengers lets you search by name and year.'), { ...CLARIFIED, ...SOURCE }),
  // ---- AH15 against: the restatement in the message that gives the first source
  c('AH15 against: "So you\'re trying to adjust the valves on a 1979 CB750 — the Clymer Honda CB750 Manual in our reference room walks through it …"', asked('how do i adjust the valves on my 1979 honda cb750', "So you're trying to adjust the valves on a 1979 CB750 — the Clymer Honda CB750 Manual in our reference room walks through it with photos.", 'great', 'It is on the shelf by the copier.'), { ...NOT_CLARIFIED, ...SOURCE }),
  c('AH15 against: "So you\'re planning to visit Antietam with your scout troop: try the park\'s group page at nps.example.gov/anti/groups."', asked('taking my scout troop to antietam in may, what do i need to know', "So you're planning to visit Antietam with your scout troop: try the park's group page at nps.example.gov/anti/groups.", 'ok', 'Groups over 15 need to reserve two weeks ahead.'), { ...NOT_CLARIFIED, ...SOURCE }),
  c('AH15 against: "So you\'re hoping to learn some Tagalog before the wedding, and "Tagalog for Beginners" by Joi Barrios is a friendly start."', asked('my fiance is filipino and i want to surprise his family', 'So you\'re hoping to learn some Tagalog before the wedding, and "Tagalog for Beginners" by Joi Barrios is a friendly start.', 'perfect', 'It comes with audio you can stream.'), { ...NOT_CLARIFIED, ...SOURCE }),
];

export const ah8: SessionCase[] = [
  // ---- AH8 for: what else is on the thing in hand, a question about the need
  c('AH8 for: "Is there anything else on the headstone you can\'t make out, like a verse or a symbol?" (another thing in hand)', asked("i took a photo of my great great grandfathers headstone and cant read the dates", "Is there anything else on the headstone you can't make out, like a verse or a symbol?", 'theres a little hand pointing up', 'A hand pointing up stands for the soul rising to heaven; the book "Stories in Stone" at our Main branch explains the symbols.'), { ...CLARIFIED, ...NOT_DONE }),
  c('AH8 for: "ok! anything else on the form u can\'t read, besides the codes in box 26?" (chat-speak)', asked('my dads dd214 form has some codes i dont get', "ok! anything else on the form u can't read, besides the codes in box 26?", 'no the rest i can read', 'Box 26 is the reenlistment code; the VA lists every code at va.example.gov/dd214-codes.'), { ...CLARIFIED, ...NOT_DONE }),
  c('AH8 for: "¿Hay algo más en la receta que no se entienda, o sólo eso?" (Spanish)', es.asked('la receta de mi abuela dice "una taza de manteca", es mantequilla?', '¿Hay algo más en la receta que no se entienda, o sólo eso?', 'no, lo demás sí lo entiendo', 'En recetas antiguas de México la manteca es de cerdo; el libro "Diccionario de cocina mexicana" de la sucursal central lo explica.'), { ...CLARIFIED, ...NOT_DONE }),
  // ---- AH8 against: the closing "anything else?" in words like these
  c('AH8 against: "Is there anything else on your list that I can help with today?" (closing)', said('do you have the newest percy jackson book', 'Yes, "Wrath of the Triple Goddess" is on the shelf at Eastside. Is there anything else on your list that I can help with today?'), DONE),
  c('AH8 against: "Anything else you can\'t figure out with Libby, or are you all set?" (closing)', said('how do i return a libby book early', 'Open Shelf, tap the cover, then "Return early"; the steps are also at help.example.org/libby-return. Anything else you can\'t figure out with Libby, or are you all set?'), DONE),
];

export const ah18: SessionCase[] = [
  // ---- AH18 for: a list, guide or packet still to be made, nothing else named
  c('AH18 for: "Our music librarian would be happy to draw up a short list of family-friendly symphony programs for you two."', said('my son wants to start going to classical concerts, where do we start', 'Our music librarian would be happy to draw up a short list of family-friendly symphony programs for you two.'), NO_SOURCE),
  c('AH18 for: "ooh fun, i can whip up a little packet of toddler rhymes for ur storytime!" (chat-speak, another verb)', said('i run a toddler storytime at my church, any ideas', 'ooh fun, i can whip up a little packet of toddler rhymes for ur storytime!'), NO_SOURCE),
  c('AH18 for: "Con gusto le preparo una lista de lecturas de autores dominicanos …" (Spanish)', es.said('quiero leer novelas de autores dominicanos, que me recomienda', 'Con gusto le preparo una lista de lecturas de autores dominicanos esta semana.'), NO_SOURCE),
  // ---- AH18 against: a resource named in the sentence, a guide already made
  c('AH18 against: "I can put together a reading list from NoveList Plus, our read-alike database, if you like." (a database named)', said('i loved where the crawdads sing, what should i read next', 'I can put together a reading list from NoveList Plus, our read-alike database, if you like.'), SOURCE),
  c('AH18 against: "Our music librarian put together a concert-going guide for families last year; copies are at the Main branch info desk." (made)', said('my son wants to start going to classical concerts, where do we start', 'Our music librarian put together a concert-going guide for families last year; copies are at the Main branch info desk.'), SOURCE),
];

export const ah21: SessionCase[] = [
  // ---- AH21 for: "I'll close it now" before a dash, with the patron seeming gone
  c('AH21 for: "… so it seems the chat dropped. I\'ll close it now - feel free to start a new one whenever you like!" (hyphen)', gone('is the eastside branch open tonight', "I haven't heard from you in a bit, so it seems the chat dropped. I'll close it now - feel free to start a new one whenever you like!"), NOTICE),
  c('AH21 for: "looks like the chat dropped :( ill close it now — start a new one anytime!" (chat-speak)', gone('is the eastside branch open tonight', 'looks like the chat dropped :( ill close it now — start a new one anytime!'), NOTICE),
  // ---- AH21 against: the end with no sign the patron is gone, the patron gone with no end
  c('AH21 against: "I\'ll close it now — feel free to start a new one anytime!" (no word that the patron seems gone)', gone('is the eastside branch open tonight', "I'll close it now — feel free to start a new one anytime!"), NO_NOTICE),
  c('AH21 against: "It looks like the chat dropped, but I\'ll leave it open a few more minutes — type anytime if you\'re back!" (no end)', gone('is the eastside branch open tonight', "It looks like the chat dropped, but I'll leave it open a few more minutes — type anytime if you're back!"), NO_NOTICE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH7 against: "Our only copy of the 1956 Rand McNally Road Atlas went missing during the move last spring, …"':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, a copy that went missing is no source given to the patron, and nothing else is given (older: v67 pass the same)',
  'AH7 against: "That was Charles Atlas, the bodybuilder; …" (a person)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, a bodybuilder\'s name is no named resource and nothing else is given (older: v67 pass the same)',
  'AH9 for: "hey!! ur chatting w/ tomas, what can i dig up for u?" (tomas_r, chat-speak)':
    'expected approachability.greeting pass, got fail ("greets the patron but never says who is answering …"): RUBRIC greeting, the provider\'s name "tomas" stands in the text ("ur chatting w/ tomas"); the lower-case name is read only in "this is / im / tomas here" shapes (older: v67 fail the same)',
  'AH9 for: "¡Hola! Lucía por aquí, ¿en qué le ayudo?" (lucia.g, Spanish)':
    'expected approachability.greeting pass, got fail ("greets the patron but never says who is answering …"): RUBRIC greeting, the provider\'s name "Lucía" stands in the text; the screen name gives "Lucia", without the accent, and "<name> por aquí" is no shape read (older: v67 fail the same)',
  'AH15 for: "ok so ur aiming to trace the ship he sailed on from Naples in 1907, got it" (chat-speak)':
    'expected inquiry.clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC inquiry.clarify, "so ur aiming to trace the ship …" restates the need before the source; "ur" for "you\'re" is not read (older: v67 fail the same)',
  'AH15 against: "So you\'re hoping to learn some Tagalog before the wedding, and "Tagalog for Beginners" by Joi Barrios is a friendly start."':
    'expected inquiry.clarify fail and info.source pass, got clarify pass ("asked about the need (no source was given)") and source fail ("answered without any URL, named resource or contact"): RUBRIC, the book by its title and author is the first source, in the restating message itself; the sentence is taken as a restatement past its ", and" (older: v67 the same)',
};

describe('seventy-seventh round: block AH (AH7, AH9, AH15, AH8, AH18, AH21) checked blind, both ways, part ah7', () => {
  for (const [t, cs] of [['AH7', ah7], ['AH9', ah9], ['AH15', ah15], ['AH8', ah8], ['AH18', ah18], ['AH21', ah21]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
