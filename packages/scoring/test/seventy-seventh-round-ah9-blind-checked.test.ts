/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah9 (the block's third blind check): AH4, AH6, AH7, AH8, AH9,
 * AH11 and AH19 tried both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before
 * it ran ("for": the meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the
 * block must not read, and older readings it must not break).
 * Checks:
 * - referral.contact (AH4, AH6, AH11, AH19; RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation
 *   outside the chat (call, write to, ask or visit them): another agency, library, department, office or a named specialist; pointing
 *   to a website, database or publication for the patron to use is a source, not a referral; the own library's departments count when
 *   the patron is told to contact or visit them, staff the provider consults on the patron's behalf do not. RUBRIC referral.contact:
 *   na unless the provider makes a referral; pass when every party the patron is referred to comes with a way to reach them (e-mail,
 *   phone, postal address or URL); fail otherwise).
 * - approachability.greeting (AH9; RUBRIC: pass when within the first two visible provider messages the provider greets the patron
 *   and identifies who is answering (a name, "librarian", the library or the service, in the text: a screen name does not count);
 *   fail otherwise).
 * - closing.anything_else and inquiry.clarify (AH8; RUBRIC closing.anything_else: pass when before the end the provider asks whether
 *   the patron needs anything else, or the patron says explicitly that they are done; RUBRIC inquiry.clarify: pass when the provider
 *   asks the patron a question about the need (other than the greeting's "how can I help?", an idle check-in, "anything else?" or
 *   "does this answer your question?") before the first message that gives a source).
 * - info.source (AH7; RUBRIC: pass when the provider gives at least one source: a URL or domain, an e-mail or phone contact for a
 *   referral, or a named resource (a database, the catalogue, a guide, a book, a web page with the steps to reach it); fail: a
 *   substantive exchange with no source).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - The provider's name written in the greeting identifies who answers wherever it stands in the sentence ("Hello! Marisol here.",
 *   "Hi there, Wanda on tonight's shift"); a capitalised word that happens to be the screen name's first word but names a county, a
 *   society or a thing ("Jackson County residents", "Herb Society volunteers", "Grant applications") names no one answering.
 * - A party run by another party listed with a phone number ("the Ellicott City Station, which the railroad museum operates") is
 *   reached through that number; a promenade, a boardwalk, a beach is a place, no party, and needs no way; light-rail stops are no
 *   referral.
 * - "Is there anything else on the certificate you can read …?", "anything else stamped next to …?" asked before the answer are
 *   questions about the need in hand; "anything else you can't figure out on the website, or is that everything?" and "Anything
 *   else on your to-do list that I can help with?" after the answer ask whether the patron needs anything else.
 * - A manual the library had but withdrew is not given to the patron (no source); "the Hotel Atlas", a building, is no book. A title
 *   with a bare model number ("the Haynes Volvo 240 Manual") is still a named book.
 * - Interlibrary loans requested "by calling the lending library" when the library's ILL staff does the calling are staff consulting
 *   on the patron's behalf: no referral. A past passive ("se sacaban llamando a …") tells the patron to do nothing.
 * - The patron's grandchildren and old roommates are no agency, library, department, office or specialist: bringing a gift "to them
 *   at <their street address>" is no referral.
 * - The front desk or the instructors of a party already reached are that party's people, no party of their own before "their".
 *
 * COUNTS. Written: 32 cases, 17 for and 15 against (AH4 2/2, AH6 2/2, AH7 3/2, AH8 3/2, AH9 2/3, AH11 2/2, AH19 3/2), in one batch,
 * labels copied aside to /tmp/s73/ah9-labels.ts before the first run. First run as labelled: 24 of 32. Disagreeing: 8. Label
 * corrections: 0 (each reread against RUBRIC's Terms and the check's rule; the labels stand). Final: 24 running, 8 LEFT (each scored
 * with rubric v67 to tell "older" from "AH caused"; 5 caused by AH, 3 older):
 * - referral.contact, expected na / got pass (caused by AH4: v67 na): "…Your old roommates will love it: bring it to them at 40 Linden
 *   Street next time you're in College Park!" (the patron gave the address speaking of "my old roommates"; AH4's kin list lacks
 *   "roommates", so "them" is taken as the University of Maryland Archives named before).
 * - info.source, expected fail / got pass (caused by AH7: v67 fail): "Sadly, the Clymer BMW R75 Manual we used to have was withdrawn
 *   last year after water damage." (no longer held; AH7's "not held" words lack "used to have / withdrawn").
 * - approachability.greeting, expected fail / got pass (caused by AH9: v67 fail): "Hello, Jackson County residents can get a card with
 *   a photo ID and proof of address." (screen name jackson_b; a county taken as the provider's name).
 * - approachability.greeting, expected fail / got pass (caused by AH9: v67 fail): "Hi, yes, Herb Society volunteers restocked the seed
 *   packets on Monday, …" (screen name herb_w; an organisation's first word taken as the provider's name).
 * - referral.contact, expected na / got pass (caused by AH19: v67 na): "Interlibrary loans are requested by calling the lending
 *   library, but our ILL staff does that part for you: just fill out the form at …" (staff call for the patron; the form's URL taken
 *   as the lending library's way).
 * - info.source, expected fail / got pass (older: v67 pass): "That's the Hotel Atlas, which stood on the corner of Charles and Fayette
 *   until it was torn down in 1962." (a building).
 * - inquiry.clarify pass and closing.anything_else fail expected, got fail / pass (older: v67 the same): "ooh fun! is there anything
 *   else stamped next to the word sterling, …?" (a word between "else" and "next to").
 * - inquiry.clarify pass and closing.anything_else fail expected, got fail / pass (older: v67 the same): "¿Hay algo más escrito en la
 *   partida, como el nombre de la parroquia?" (Spanish with "escrito" and no "que").
 * ON v68 AS LANDED (mends after this check): the five caused by AH are mended (AH4's own people with "roommates", "coworkers" …;
 *   AH7's "used to have", "withdrawn"; AH9's screen-name word not as the first word of a longer name, "Jackson County", "Herb
 *   Society"; AH19 not when the library does it for the patron, "our ILL staff does that part for you"), and the older "is there
 *   anything else stamped next to the word sterling …?" reads now: they run; 2 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { DONE, NO_SOURCE, NO_WAY, NONE, SOURCE, WITH_WAY, GREETED, NOT_GREETED, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, this is Renata, a librarian with Ask Us at Calvert Shores Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually visit?', branchReply: 'prince frederick' });
const HI_ES = 'Hola, soy Renata, bibliotecaria de la Biblioteca de Calvert Shores.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de prince frederick' });
const HI_ASK = 'Hello, this is Renata, a librarian with Ask Us at Calvert Shores Library.';
const ask = nearMissLines(HI_ASK).asked;
const ES_ASK = 'Hola, soy Renata, bibliotecaria de la Biblioteca de Calvert Shores.';
const askEs = nearMissLines(ES_ASK).asked;

/** AH8: a question about the need before the answer (clarify), and no closing "anything else?" read from it. */
const NEED_ASKED = some({ clarify: 'pass', anything: 'fail' });

/**
 * AH9: a session whose provider has the lower-case screen name `screen` (as author and provider name): the patron's `q`, the
 * provider's `first` (greeting), the patron's `reply`, the provider's `then`, thanks and goodbye.
 */
const screened =
  (screen: string) =>
  (q: string, first: string, reply: string, then: string): Line[] =>
    (
      [
        [0, 'p', q],
        [20, 'l', first],
        [60, 'p', reply],
        [80, 'l', then],
        [110, 'p', 'ok thanks'],
        [120, 'l', 'Thanks for chatting, bye!'],
      ] as Line[]
    ).map((l) => (l[1] === 'l' ? ([l[0], l[1], l[2], { author: screen }] as Line) : l));
const as = (screen: string) => ({ provider: { id: 'jo', name: screen, library: 'TST' } });

export const ah4: SessionCase[] = [
  // ---- AH4 for: "bring / drop … to them at <street address>" after a party named before
  c('AH4 for: "The Maryland Geological Survey identifies rocks and fossils for free on weekdays. Bring it to them at 2300 St. Paul Street, Baltimore, MD 21218, …"', said('found a weird fossil looking rock at calvert cliffs, who can tell me what it is', 'The Maryland Geological Survey identifies rocks and fossils for free on weekdays. Bring it to them at 2300 St. Paul Street, Baltimore, MD 21218, and a geologist will take a look.'), WITH_WAY),
  c('AH4 for: "omg yes, the Historical Society of Talbot County collects exactly this! u can drop the box off to them at 25 S Washington St, Easton MD 21601, …" (chat-speak)', said('found a box of old WWII letters at an estate sale, does anyone want them??', "omg yes, the Historical Society of Talbot County collects exactly this! u can drop the box off to them at 25 S Washington St, Easton MD 21601, they're open tue-sat"), WITH_WAY),
  // ---- AH4 against: the patron's own people at the address the patron gave
  c('AH4 against: "…But Dover is only 20 minutes from our branch, so you could just bring it to them at 88 Birch Lane and skip the postage." (the patron\'s grandkids)', said("i made a photo book for my grandkids, they live at 88 Birch Lane in Dover, what's the cheapest way to get it to them", 'Media Mail is the cheapest way to ship a book, about $4 for a photo book (rates at usps.example.com/mediamail). But Dover is only 20 minutes from our branch, so you could just bring it to them at 88 Birch Lane and skip the postage.'), NONE),
  c('AH4 against: "…Your old roommates will love it: bring it to them at 40 Linden Street next time you\'re in College Park!" (the patron\'s roommates)', said('i found my old college yearbook from 1988, does the university archives want it? if not ill give it to my old roommates, they still live at 40 Linden Street in College Park', "The University of Maryland Archives already has the 1988 Terrapin yearbook scanned at archives.example.edu/yearbooks, so they won't need it. Your old roommates will love it: bring it to them at 40 Linden Street next time you're in College Park!"), NONE),
];

export const ah6: SessionCase[] = [
  // ---- AH6 for: each party listed after "Two good places to ask:", "Three worthwhile stops …:" needs its own way
  c('AH6 for: "Two good places to ask: the Lancaster County Historical Society, 230 N. President Ave., Lancaster, PA 17603, and the Landis Valley Village and Farm Museum near Lititz." (the second has no way)', said('my family were mennonite farmers in lancaster county in the 1800s, where can i learn more', 'Two good places to ask: the Lancaster County Historical Society, 230 N. President Ave., Lancaster, PA 17603, and the Landis Valley Village and Farm Museum near Lititz.'), NO_WAY),
  c('AH6 for: "Three worthwhile stops for a train fan: the B&O Railroad Museum (410-555-0182); the Ellicott City Station, which the railroad museum operates; and the waterfront promenade at Fells Point."', said('my son is obsessed with trains, what should we see in baltimore this summer', 'Three worthwhile stops for a train fan: the B&O Railroad Museum (410-555-0182); the Ellicott City Station, which the railroad museum operates; and the waterfront promenade at Fells Point.'), WITH_WAY),
  // ---- AH6 against: transit stops, places that are no party
  c('AH6 against: "From University Center it\'s just two stops: Convention Center and Camden Yards, so about six minutes." (light rail)', said('how many light rail stops from the university center to the ballpark', "From University Center it's just two stops: Convention Center and Camden Yards, so about six minutes."), NONE),
  c('AH6 against: "Two great places to visit in Ocean City at sunrise: the boardwalk and the inlet beach." (places, no party)', said('where should i take pictures at sunrise in ocean city', 'Two great places to visit in Ocean City at sunrise: the boardwalk and the inlet beach.'), NONE),
];

export const ah7: SessionCase[] = [
  // ---- AH7 for: a reference book by its capitalised title ending in Manual / Almanac
  c('AH7 for: "Our Lakeshore branch has the Haynes Ford F-150 Manual for 2004 to 2014 trucks on the reference shelf."', said('need to replace the water pump on my 2009 f150, any repair guides?', 'Our Lakeshore branch has the Haynes Ford F-150 Manual for 2004 to 2014 trucks on the reference shelf.'), SOURCE),
  c('AH7 for: "yep!! we\'ve got the 2023 Old Farmer\'s Almanac at the main desk, frost dates for every county are in the back" (chat-speak)', said('when is the last frost around here? want to plant tomatoes', "yep!! we've got the 2023 Old Farmer's Almanac at the main desk, frost dates for every county are in the back"), SOURCE),
  c('AH7 for: "We have the Haynes Volvo 240 Manual at the Prince Frederick branch, call number 629.28722 HAY." (a bare model number)', said('do you have a repair manual for an old volvo 240', 'We have the Haynes Volvo 240 Manual at the Prince Frederick branch, call number 629.28722 HAY.'), SOURCE),
  // ---- AH7 against: a manual the library no longer has, a building named Atlas
  c('AH7 against: "Sadly, the Clymer BMW R75 Manual we used to have was withdrawn last year after water damage. …" (not held)', said('do you have a shop manual for a 1970s bmw r75 motorcycle', 'Sadly, the Clymer BMW R75 Manual we used to have was withdrawn last year after water damage. Used copies do turn up on auction sites now and then.'), NO_SOURCE),
  c('AH7 against: "That\'s the Hotel Atlas, which stood on the corner of Charles and Fayette until it was torn down in 1962." (a building)', said('what was the big building on the corner of charles and fayette in old photos?', "That's the Hotel Atlas, which stood on the corner of Charles and Fayette until it was torn down in 1962."), NO_SOURCE),
];

export const ah8: SessionCase[] = [
  // ---- AH8 for: "anything else on / next to …" about the thing in hand, before the answer
  c('AH8 for: "Besides his name, is there anything else on the certificate you can read, like a court or a date?"', ask('i have my great grandfathers naturalization certificate but the handwriting is hard to read', 'Happy to help with that. Besides his name, is there anything else on the certificate you can read, like a court or a date?', 'it says circuit court of baltimore city and 1911', 'That helps: Baltimore City naturalizations from 1911 are indexed at familysearch.example.org/naturalization, with the court\'s file number for each one.'), NEED_ASKED),
  c('AH8 for: "ooh fun! is there anything else stamped next to the word sterling, like a little lion or some initials?" (chat-speak, another verb)', ask("found an old silver spoon at my grandma's, it says sterling on the back", 'ooh fun! is there anything else stamped next to the word sterling, like a little lion or some initials?', 'yes a lion and a letter g', 'A walking lion with a letter is a British hallmark; the date letter chart at silvermakersmarks.example.co.uk/dates will tell you the year.'), NEED_ASKED),
  c('AH8 for: "¿Hay algo más escrito en la partida, como el nombre de la parroquia?" (Spanish)', askEs('tengo la partida de bautismo de mi bisabuela de Zacatecas pero no entiendo todo', 'Con gusto le ayudo. ¿Hay algo más escrito en la partida, como el nombre de la parroquia?', 'dice parroquia de san juan bautista, jerez', 'Los libros de esa parroquia están digitalizados en familysearch.example.org/zacatecas, en la colección de registros parroquiales.'), NEED_ASKED),
  // ---- AH8 against: the closing "anything else?" with words that look alike
  c('AH8 against: "…Is there anything else you can\'t figure out on the website, or is that everything for today?" (closing)', said('how do i put a hold on a book online', "Log in at calvertshores.example.org/catalog, find the book and click Place Hold; you'll get an e-mail when it's ready. Is there anything else you can't figure out on the website, or is that everything for today?"), DONE),
  c('AH8 against: "…Anything else on your to-do list that I can help with?" (closing)', said('can i renew my books over the phone', 'Yes: call the renewal line at 410-555-0104 any time, or renew at calvertshores.example.org/account. Anything else on your to-do list that I can help with?'), DONE),
];

export const ah9: SessionCase[] = [
  // ---- AH9 for: the first word of a lower-case screen name written as the provider's name in the greeting
  c('AH9 for: "Hi there, Wanda on tonight\'s shift, what can I find for you?" (screen name wanda_k)', screened('wanda_k')('do you have books on balcony vegetable gardens', "Hi there, Wanda on tonight's shift, what can I find for you?", 'small space stuff, like containers', 'Try "The Container Victory Garden" by Lisa Hall, call number 635 HAL, at the Prince Frederick branch.'), GREETED, as('wanda_k')),
  c('AH9 for: "Hello! Marisol here. What can I help you find today?" (screen name marisol_v, the name opening a sentence)', screened('marisol_v')('hi i need help finding a book for book club', 'Hello! Marisol here. What can I help you find today?', 'something about sisters, historical', 'The Nightingale by Kristin Hannah is a book-club favourite: two sisters in occupied France.'), GREETED, as('marisol_v')),
  // ---- AH9 against: the screen name's first word as a place, an organisation or a common word
  c('AH9 against: "Hello, Jackson County residents can get a card with a photo ID and proof of address." (screen name jackson_b)', screened('jackson_b')('how do i get a library card, i just moved here', 'Hello, Jackson County residents can get a card with a photo ID and proof of address.', 'does a lease count as proof?', 'Yes, a signed lease with your name and address works.'), NOT_GREETED, as('jackson_b')),
  c('AH9 against: "Hi, yes, Herb Society volunteers restocked the seed packets on Monday, so there\'s plenty of basil and dill." (screen name herb_w)', screened('herb_w')('do you still have herb seed packets to borrow?', "Hi, yes, Herb Society volunteers restocked the seed packets on Monday, so there's plenty of basil and dill.", 'any cilantro?', 'A few, in the drawer marked C.'), NOT_GREETED, as('herb_w')),
  c('AH9 against: "Hello, Grant applications for the county arts council close on March 31." (screen name grant_o)', screened('grant_o')('when are the arts council grant applications due', 'Hello, Grant applications for the county arts council close on March 31.', 'can i apply as an individual?', 'Yes, individual artists can apply; there is a separate form for groups.'), NOT_GREETED, as('grant_o')),
];

export const ah11: SessionCase[] = [
  // ---- AH11 for: a later part that names its own organisation before "their"
  c('AH11 for: "Call the Anne Arundel Genealogical Society at 410-555-0162 about their research room hours, and stop by the Banneker-Douglass Museum to see their new exhibit on Annapolis families."', said('researching my black ancestors in annapolis, where should i start', 'Call the Anne Arundel Genealogical Society at 410-555-0162 about their research room hours, and stop by the Banneker-Douglass Museum to see their new exhibit on Annapolis families.'), NO_WAY),
  c('AH11 for: "email the Chesapeake Bay Maritime Museum at info@cbmm.example.org, and swing by the St. Michaels Historical Society to see their oyster tong collection!!" (chat-speak)', said('my grandpa was a waterman in st michaels, how can i learn about his work', 'email the Chesapeake Bay Maritime Museum at info@cbmm.example.org, and swing by the St. Michaels Historical Society to see their oyster tong collection!!'), NO_WAY),
  // ---- AH11 against: the party's own people or desk before "their"
  c('AH11 against: "Stop by the Rockville Senior Center, 1150 Carnation Drive, Rockville, MD 20850, and ask the front desk about their tax-help hours." (the center\'s desk)', said('is there free help doing taxes for seniors near rockville', 'Stop by the Rockville Senior Center, 1150 Carnation Drive, Rockville, MD 20850, and ask the front desk about their tax-help hours.'), WITH_WAY),
  c('AH11 against: "Call the Severna Park Swim Club at 410-555-0148 and ask the instructors about their beginner lessons for adults." (the club\'s people)', said('im 45 and never learned to swim, is it too late', 'Not at all! Call the Severna Park Swim Club at 410-555-0148 and ask the instructors about their beginner lessons for adults.'), WITH_WAY),
];

export const ah19: SessionCase[] = [
  // ---- AH19 for: a gerund after a passive of having the thing
  c('AH19 for: "Yes: wheelchair spaces for the outdoor concerts can only be reserved by calling the Merriweather Box Office at 410-555-0137."', said('can i get a wheelchair spot at merriweather post pavilion', 'Yes: wheelchair spaces for the outdoor concerts can only be reserved by calling the Merriweather Box Office at 410-555-0137.'), WITH_WAY),
  c('AH19 for: "Behind-the-scenes tours have to be booked by emailing the Calvert Marine Museum\'s education department, about two weeks ahead." (no way)', said('can my homeschool group do a behind the scenes tour at the marine museum', "Behind-the-scenes tours have to be booked by emailing the Calvert Marine Museum's education department, about two weeks ahead."), NO_WAY),
  c('AH19 for: "Las citas para el pasaporte se sacan llamando a la Oficina del Secretario del Tribunal al 301-555-0119." (Spanish)', es.said('como saco una cita para el pasaporte de mi hijo', 'Las citas para el pasaporte se sacan llamando a la Oficina del Secretario del Tribunal al 301-555-0119.'), WITH_WAY),
  // ---- AH19 against: staff does the calling, a past passive
  c('AH19 against: "Interlibrary loans are requested by calling the lending library, but our ILL staff does that part for you: …" (staff for the patron)', said('how do i get a book from another library system', 'Interlibrary loans are requested by calling the lending library, but our ILL staff does that part for you: just fill out the form at calvertshores.example.org/ill.'), NONE),
  c('AH19 against: "Antes las licencias de pesca se sacaban llamando a la oficina del DNR, pero ahora se sacan solo en línea en dnr.example.gov/licencias." (past passive)', es.said('donde saco la licencia de pesca?', 'Antes las licencias de pesca se sacaban llamando a la oficina del DNR, pero ahora se sacan solo en línea en dnr.example.gov/licencias.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH7 against: "That\'s the Hotel Atlas, which stood on the corner of Charles and Fayette until it was torn down in 1962." (a building)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, "the Hotel Atlas" is a building, no resource, and nothing else is a source; the scorer takes the sentence as a source already before AH7 (older: v67 pass the same)',
  'AH8 for: "¿Hay algo más escrito en la partida, como el nombre de la parroquia?" (Spanish)':
    'expected inquiry.clarify pass and closing.anything_else fail, got clarify fail ("gave a source without first asking about the need or restating it") and anything_else pass ("asked whether the patron needed anything else"): RUBRIC, other words on the baptism record in hand, asked before the answer, is a question about the need; AH8\'s Spanish reads "algo más en la partida que …" only, not "algo más escrito en la partida, como …" (older: v67 fail / pass the same)',
};

describe('seventy-seventh round: block AH (AH4, AH6, AH7, AH8, AH9, AH11, AH19) checked blind, both ways, part ah9', () => {
  for (const [t, cs] of [['AH4', ah4], ['AH6', ah6], ['AH7', ah7], ['AH8', ah8], ['AH9', ah9], ['AH11', ah11], ['AH19', ah19]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
