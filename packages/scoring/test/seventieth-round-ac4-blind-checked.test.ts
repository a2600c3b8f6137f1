/**
 * Seventieth round, blind check of block AC's source and greeting readings (rubric v63): AC6, AC12 and AC15 tried both ways in
 * cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: chat-speak, other subjects and verbs, other orders, Spanish; "against": near misses the block must not
 * read, and older readings it must not break). Checks: inquiry.clarify (a question about the need before the first message that
 * gives a source; any such question if no source is ever given), info.source (a URL or domain, a referral's contact, or a named
 * resource; fail when a substantive exchange gives none) and, for AC15, the Terms' substantive exchange (a greeting, an idle
 * check-in, a goodbye, a hold or a disconnect notice make none: the information checks are na).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AC6: a sentence that only praises an idea the patron brought ("fire insurance maps are a great lead" to "would fire insurance
 *   maps show my house") gives the patron nothing they had not named: no source. A resource the patron never named, praised as a
 *   good idea ("HeritageQuest would be a great idea", "Sanborn maps …" to a patron who said only "old maps"), is a named resource
 *   given: a source. Praise with a way to reach it (a URL) or with another resource named in the same sentence gives a source.
 * - AC12: "the database I have in mind", "the site I'm thinking of" with no name is no named resource: a question in the same
 *   message still comes before the first source. With the name in the same sentence ("ProQuest …, the database I have in mind") or
 *   a URL it is one, and a question in that message is not before it.
 * - AC15: "Hello, Hollis with AskUsNow! here. How can I help?" (with "here" or "here tonight / now" split off at the service name's
 *   "!") is a greeting and the greeting's offer of help only; with only an idle check-in and a disconnect notice after it, there is
 *   no substantive exchange: keep_informed, clarify and source are na. A link or a fact after "AskUsNow!" is an answer, and a
 *   clarifying question after it counts as substantive.
 *
 * COUNTS. Written: 27 cases, 14 for and 13 against (AC6 6/5, AC12 4/4, AC15 4/4), in two batches: 24 labelled and copied aside to
 * /tmp/wt-ac4-labels.ts before the first run; after it showed that three of the four AC6 "for" cases scored the same on v62 (the
 * praised subjects "city directories", "fire insurance maps", "registros parroquiales" are no resource the scorer reads, so they
 * did not try AC6), 3 more AC6 cases with subjects it does read ("Yearbooks", "Sanborn maps") were labelled from RUBRIC and copied
 * aside to /tmp/wt-ac4-labels-batch2.ts before they ran. First run as labelled: 23 of 24 (first batch), 3 of 3 (second batch).
 * Disagreeing: 1. Label corrections: 0 (reread against RUBRIC's info.source and inquiry.clarify rows; the label stands). Final: 26
 * running, 1 LEFT (rubric v62 scored on it to tell "older" from "AC caused"):
 * - inquiry.clarify, expected pass / got fail: AC6 for: "ooh yearbooks r a good idea!!" (chat-speak "r" for "are": IDEA_ECHO_AC6
 *   takes only "is / are / would be / sound(s) like", so the praise of the patron's own "old yearbooks" is still the first source;
 *   "Yearbooks are a great idea!" in the same session passes; older: v62 fail the same).
 * Cases that scored the same on v62 (they pass, but do not try the block): AC6 for 1, 2 and the Spanish one, AC12 for "genealogy
 * site I'm thinking of" and "newspaper tool I have in mind" (neither noun read as a resource before AC12), AC12 for "The book I
 * was thinking of" (no source in the session). The AC15 "for" cases all moved from clarify/source fail (v62) to na (v63).
 * AFTER THIS CHECK (the block mended before it landed): "ooh yearbooks r a good idea!!" (IDEA_ECHO_AC6 reads chat-speak "r") now
 *   scores as labelled and runs with the others; no case is LEFT; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const HI_ES = 'Hola, soy Sam, bibliotecaria de la Biblioteca de Birch Hollow.';

/**
 * The patron's `q`, a greeting that asks nothing (`hi`), the provider's `first` and `ask` (two messages; `ask` may be ''), the
 * patron's `reply`, the provider's `then`, thanks and goodbye.
 */
const ask =
  (hi: string) =>
  (q: string, first: string, second: string, reply: string, then: string): Line[] => [
    [0, 'p', q],
    [20, 'l', hi],
    [30, 'l', first],
    ...(second === '' ? [] : [[36, 'l', second] as Line]),
    [60, 'p', reply],
    [80, 'l', then],
    [110, 'p', 'ok thanks'],
    [120, 'l', 'Thanks for chatting, bye!'],
  ];
const en = ask(HI);
const es = ask(HI_ES);

/** A Lost Call: the patron's question, the provider's `first` (the greeting), an idle check-in and a disconnect notice. */
const lost = (q: string, first: string): Line[] => [
  [0, 'p', q],
  [25, 'l', first],
  [200, 'l', 'Are you still there?'],
  [400, 'l', 'It looks like you have disconnected, so I will end this chat now. Feel free to come back anytime!'],
];
const LOST = { resolutionCode: 'Lost Call' };

const ASKED_FIRST = some({ clarify: 'pass', source: 'pass' });
const SOURCE_FIRST = some({ clarify: 'fail', source: 'pass' });
const NO_EXCHANGE = some({ informed: 'na', clarify: 'na', source: 'na' });

export const ac6: SessionCase[] = [
  // ---- AC6 for: praise of the patron's own idea, then the question, then the real source
  c('AC6 for: "Oh, the city directories would be a smart idea!" (to "city directories might have him??")', en('my aunt said the city directories might have my great grandpa??', 'Oh, the city directories would be a smart idea!', 'Do you know roughly what year he lived in town?', 'around 1915', "Polk's directories for 1900-1930 are in Ancestry Library Edition at library.example.org/ancestry."), ASKED_FIRST),
  c('AC6 for: "Yes, fire insurance maps are a great lead. Which city is the house in?" (one message)', en('would fire insurance maps show my house in 1910', 'Yes, fire insurance maps are a great lead. Which city is the house in?', '', 'dayton ohio', 'The Library of Congress has Dayton sheets from 1887 to 1918 at loc.gov/collections/sanborn-maps.'), ASKED_FIRST),
  c('AC6 for: "ooh yearbooks r a good idea!!" (chat-speak)', en('my mom says old yearbooks could have her class photo', 'ooh yearbooks r a good idea!!', 'what school and what year did she graduate?', 'central high 1978', 'Our Local History room has the Central High yearbooks 1950-1990, listed in the catalogue at catalog.example.org.'), ASKED_FIRST),
  c('AC6 for: "¡Los registros parroquiales son una buena idea!" (Spanish)', es('mi prima dijo que buscara en los registros parroquiales?', '¡Los registros parroquiales son una buena idea!', '¿De qué parroquia o pueblo se trata?', 'de tepatitlan, jalisco', 'FamilySearch tiene los registros parroquiales de Tepatitlán en familysearch.org.'), ASKED_FIRST),
  // (second batch, labelled before its own run: subjects the scorer takes for resources)
  c('AC6 for: "Yearbooks are a great idea!" (to "old yearbooks could have her photo")', en('my mom says old yearbooks could have her class photo', 'Yearbooks are a great idea!', 'What school and what year did she graduate?', 'central high 1978', 'Our Local History room has the Central High yearbooks 1950-1990, listed in the catalogue at catalog.example.org.'), ASKED_FIRST),
  c('AC6 for: "Oh, Sanborn maps are definitely a good tip." (to "a friend mentioned sanborn maps")', en('a friend mentioned sanborn maps for finding when my house was built', 'Oh, Sanborn maps are definitely a good tip.', 'Which town is the house in?', 'lorain', 'The Ohio sheets, Lorain included, are at loc.gov/collections/sanborn-maps.'), ASKED_FIRST),
  // ---- AC6 against: a resource the patron never named, praise with the way to it, praise with another resource named
  c('AC6 against: "HeritageQuest would be a great idea." (the patron never named it)', en('how can i find where my grandpa lived in 1930', 'HeritageQuest would be a great idea.', 'Do you know which state he lived in?', 'ohio', 'Search the 1930 census there by his name and Ohio.'), SOURCE_FIRST),
  c('AC6 against: "Sanborn maps would be a great idea." (the patron said only "old maps")', en('would old maps show the building my great uncle owned', 'Sanborn maps would be a great idea.', 'What town was the building in?', 'akron', 'Look for the Akron sheets of 1910 or so.'), SOURCE_FIRST),
  c('AC6 against: "Yearbooks are a great idea!" (the patron said only "old school photos")', en('where could i find old school photos of my mom', 'Yearbooks are a great idea!', 'What school and what year did she graduate?', 'central high 1978', 'The Central High ones are in our Local History room.'), SOURCE_FIRST),
  c('AC6 against: "Digital yearbooks are a great idea; see library.example.org/yearbooks." (the way to it)', en('someone told me to look at digital yearbooks', 'Digital yearbooks are a great idea; see library.example.org/yearbooks.', 'Which school is it for?', 'westlake', 'Westlake is in there from 1961.'), SOURCE_FIRST),
  c('AC6 against: "Obituaries are a good idea, and NewspaperArchive has thousands of them." (another resource named)', en('my cousin thinks obituaries could tell us when he died', 'Obituaries are a good idea, and NewspaperArchive has thousands of them.', 'Do you know the county he died in?', 'summit county', 'Then filter NewspaperArchive to the Akron Beacon Journal.'), SOURCE_FIRST),
];

export const ac12: SessionCase[] = [
  // ---- AC12 for: a resource in mind and not named, after or before the question in the same message
  c('AC12 for: "Are you a Maine resident? The genealogy site I\'m thinking of is only for residents."', en('where can i find old maine town reports', "Are you a Maine resident? The genealogy site I'm thinking of is only for residents.", '', 'yes i live in bangor', 'Then try Maine Memory Network at mainememory.example.org: it has the town reports.'), ASKED_FIRST),
  c('AC12 for: "do u have a card w us? the database i had in mind needs one" (chat-speak)', en('i need old articles about the 1936 flood', 'do u have a card w us? the database i had in mind needs one', '', 'yep', 'gr8, its NewsBank at library.example.org/newsbank, search flood 1936'), ASKED_FIRST),
  c('AC12 for: "The book I was thinking of is for adults. How old is your son?" (the source never given)', en('any books on dinosaurs for my son', 'The book I was thinking of is for adults. How old is your son?', '', 'hes 30 lol', 'Ha, then it will suit him fine. Come by the desk and I will find it for him.'), some({ clarify: 'pass' })),
  c('AC12 for: "Do you have a library card? The newspaper tool I have in mind needs one." then no source (source fail)', en('can i read the old Gazette online', 'Do you have a library card? The newspaper tool I have in mind needs one.', '', 'no i dont have one', 'Ah, then it will not work for you, I am afraid.'), some({ clarify: 'pass', source: 'fail' })),
  // ---- AC12 against: the resource named in the same sentence, a guide given with its URL, a source given before the question
  c('AC12 against: "ProQuest Historical Newspapers, the database I have in mind, needs one."', en('can i read old new york times articles', 'Do you have a library card? ProQuest Historical Newspapers, the database I have in mind, needs one.', '', 'yes', 'Log in with your card number and search by date.'), SOURCE_FIRST),
  c('AC12 against: "The guide I have in mind is at library.example.org/guides/genealogy." (with its URL)', en('how do i start on my family tree', 'The guide I have in mind is at library.example.org/guides/genealogy. Do you know your grandparents\' names?', '', 'some of them', 'Good, start with the census page of that guide.'), SOURCE_FIRST),
  c('AC12 against: "The database I am thinking of is Gale in Context: Biography." (named)', en('i need a biography of katherine johnson', 'The database I am thinking of is Gale in Context: Biography. Is this for a school report?', '', 'yes 7th grade', 'Search her name there and pick the Topic Overview.'), SOURCE_FIRST),
  c('AC12 against: "JSTOR has those articles. Do you need them by a certain date?" (older: a source, then the question)', en('i need scholarly articles on the harlem renaissance', 'JSTOR has those articles.', 'Do you need them by a certain date?', 'friday', 'Then download the PDFs from JSTOR today.'), SOURCE_FIRST),
];

export const ac15: SessionCase[] = [
  // ---- AC15 for: "<name> with <service>! here." as the greeting only, in a Lost Call with a check-in and a disconnect notice
  c('AC15 for: "Hi there, Marisol with AskUsNow! here. What can I help you with?"', lost('how do i renew a book online', 'Hi there, Marisol with AskUsNow! here. What can I help you with?'), NO_EXCHANGE, LOST),
  c('AC15 for: "Good evening, Dev from AskUsNow! here tonight. How may I help?"', lost('is the main library open sunday', 'Good evening, Dev from AskUsNow! here tonight. How may I help?'), NO_EXCHANGE, LOST),
  c('AC15 for: "hi!! Kim at AskUsNow! here. how can i help u today?" (chat-speak)', lost('i need a book for my book club', 'hi!! Kim at AskUsNow! here. how can i help u today?'), NO_EXCHANGE, LOST),
  c('AC15 for: "Hello, Ray from Ask a Librarian! here now. How can I help you today?" (another service name)', lost('do you have the new grisham', 'Hello, Ray from Ask a Librarian! here now. How can I help you today?'), NO_EXCHANGE, LOST),
  // ---- AC15 against: an answer after the service name, content after "here" in its sentence, a clarifying question
  c('AC15 against: "Welcome to AskUsNow! Here is the link to renew: library.example.org/renew" (an answer)', lost('how do i renew a book online', 'Welcome to AskUsNow! Here is the link to renew: library.example.org/renew'), some({ source: 'pass' }), LOST),
  c('AC15 against: "Hello, Lee with AskUsNow! here is the schedule: library.example.org/hours" (content after "here")', lost('is the main library open sunday', 'Hello, Lee with AskUsNow! here is the schedule: library.example.org/hours'), some({ source: 'pass' }), LOST),
  c('AC15 against: "Hello, Jo with AskUsNow! here. Which county do you live in?" (a clarifying question counts)', lost('can i get a library card online', 'Hello, Jo with AskUsNow! here. Which county do you live in?'), some({ clarify: 'pass', source: 'fail' }), LOST),
  c('AC15 against: "Hi, Pat with AskUsNow! here. The main library opens at 1 on Sundays." (a fact, no source)', lost('is the main library open sunday', 'Hi, Pat with AskUsNow! here. The main library opens at 1 on Sundays.'), some({ clarify: 'fail', source: 'fail' }), LOST),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: block AC (AC6, AC12, AC15) checked blind, both ways', () => {
  for (const [t, cs] of [['AC6', ac6], ['AC12', ac12], ['AC15', ac15]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
