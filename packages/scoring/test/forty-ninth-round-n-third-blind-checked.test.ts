/**
 * Forty-ninth round, third blind check of block N (rubric v48): the readings mended or added after the second check (N2's "own"
 * contact, N11's mastheads and dated pages, N12's citation shapes, N3's time or task after "help", N4's "look like …" at the
 * end, N5's "Mind if I take …", N7's drop-offs and bringings, N8's Spanish and "<animal> rescue" parties). Cases written
 * without the author's or the earlier checkers' sentences, each labelled from RUBRIC.md's text before it ran, about half "for"
 * (the meant behaviour in other words) and half "against" (near misses, older readings the block must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - info.source: a read-back of the patron's own contact names no resource and no referral's contact; a number the patron
 *   quotes as an office's ("thats the number i have for the DMV") is the office's. A dated page of the patron's own bill
 *   is no source given; a paper's item by masthead, or an issue by date and page, is a named publication; a work only sought
 *   is not given. "<Name> (our archive volunteer)" is a person, not a resource.
 * - followup.completeness: "Does <a day> help for your book club?" asks about something not given.
 * - Hold message: asking leave to take time is a hold; asking leave to take the patron's e-mail is not.
 * - Referral: bringing something to a pantry, shelter or rescue is visiting an organisation; the provider's own "we will take
 *   it to the shelter" is not telling the patron to; a rescue's name in a book list's title refers no one.
 *
 * COUNTS: written 29 (16 for, 13 against) / first run as labelled 26 / disagreeing 3 / label corrections 0 / final: 26 running,
 * 3 LEFT (each scored under v47 as well):
 * - info.source fail/pass "It ran in the Plain Dealer on Aug. 4, 1979, on page 12.": older (v47 fails it too; N11 does not reach it)
 * - info.source pass/fail "Pat (our archive volunteer) knows a lot about the mill.": older (v47 passes it too)
 * - followup.completeness pass/fail "Does Tuesday help for your book club?": N caused (N3; v47 fails it)
 * Run on v48 before N3's "for your <task>" was withdrawn (the fourth check found it too); on the landed v48 "Does Tuesday help
 * for your book club?" runs and "Does AllTrails help for your …?" goes LEFT with that reason: 26 running, 3 LEFT.
 *
 * ON V49: "It ran in the Plain Dealer on Aug. 4, 1979, on page 12." reads as labelled (O10: "Aug." before a digit ends no
 *   sentence); 27 running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, this is Sam with Ask the Library at Riverbend Public Library.';
const { asked, said } = nearMissLines(HI);

/** The patron's request `q` (with or without a contact), the greeting, `reply`, thanks, goodbye. */
const told = (q: string, reply: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [45, 'l', reply],
  [80, 'p', 'k thx'],
  [90, 'l', 'Take care, bye!'],
];
/** The provider asks for a number, the patron answers `bare`, the provider reads `reply` back. */
const asksNumber = (bare: string, reply: string): Line[] => [
  [0, 'p', 'can u text me when my laptop hold comes in'],
  [20, 'l', `${HI} Sure, what number?`],
  [40, 'p', bare],
  [55, 'l', reply],
  [80, 'p', 'k thx'],
  [90, 'l', 'Take care, bye!'],
];
/** A hold `hold` at 50 s and the answer at `answerAt` (N5); the patron's "pet" at 40 s. */
const waited = (hold: string, answerAt = 200): Line[] => [
  [0, 'p', 'how often should i feed a bearded dragon'],
  [20, 'l', `${HI} Baby or adult?`],
  [40, 'p', 'adult'],
  [50, 'l', hold],
  [answerAt, 'l', 'Adults eat insects 2-3 times a week plus daily greens; see "The Bearded Dragon Manual" by Philippe de Vosjoli.'],
  [answerAt + 30, 'p', 'great thats all'],
  [answerAt + 40, 'l', 'Bye!'],
];

export const n2: SessionCase[] = [
  c('N2 for: "Got it, 614-555-0187 is on the list" after "im 614-555-0187"', told('pls put me on the list for free tax help saturday, im 614-555-0187', "Got it, 614-555-0187 is on the list for Saturday's tax help."), some({ source: 'fail' })),
  c('N2 for: the bare reply "614 555 0187" to "what number?" read back', asksNumber('614 555 0187', 'Ok, 614-555-0187 will get a text when the laptop is ready.'), some({ source: 'fail' })),
  c('N2 against: "thats the number i have for the dmv" is the DMV\'s', told('thats the number i have for the dmv: 614-555-0133, is it still good?', "Yes, 614-555-0133 is still the BMV's main line."), some({ source: 'pass' })),
  c('N2 against: "Email the Recorder at recorder@…" beside the patron\'s e-mail', told('how do i get my deed, my email is lee.w@example.com', 'Email the Recorder at recorder@franklincountyohio.gov; they reply to lee.w@example.com within a week.'), some({ source: 'pass' })),
];

export const n11n12: SessionCase[] = [
  c('N11 for: "a Tennessean obituary for Ruth Hale"', said('looking for my great aunt ruth hale obit, died 1966 nashville', 'I found a Tennessean obituary for Ruth Hale from October 1966.'), some({ source: 'pass' })),
  c('N11 for: "ran in the Plain Dealer on Aug. 4, 1979, on page 12"', said('was my dads bowling team in the paper? 1979 cleveland', 'Yes! It ran in the Plain Dealer on Aug. 4, 1979, on page 12.'), some({ source: 'pass' })),
  c('N11 against: "Your Electric Bill, June 1, 2024, page 3" is the patron\'s own paper', said('why did my electric go up', 'Your Electric Bill, June 1, 2024, page 3 shows the new rate rider.'), some({ source: 'fail' })),
  c('N11 against: "I\'ll try to find a Vindicator article" only sought', said('anything about the 1985 tornado in youngstown', "I'll try to find a Vindicator article about it."), some({ source: 'fail' })),
  c('N11 against: "The Pioneer story hour is Tuesdays"', said('any toddler programs', 'The Pioneer story hour is Tuesdays at 10.'), some({ source: 'fail' })),
  c('N12 for: "Ancestry Library Edition (the genealogy database you can use at any branch)"', said('how do i find my grandpas draft card', 'Ancestry Library Edition (the genealogy database you can use at any branch) has WWII draft cards.'), some({ source: 'pass' })),
  c('N12 for: "the Fall 1982 issue of Mother Earth News"', said('plans for a root cellar', 'the Fall 1982 issue of Mother Earth News has root cellar plans with drawings.'), some({ source: 'pass' })),
  c('N12 for: "Gray, Anatomy of the Human Body, 20th ed."', said('an old anatomy book with drawings', 'Gray, Anatomy of the Human Body, 20th ed. has the classic drawings.'), some({ source: 'pass' })),
  c('N12 against: "Pat (our archive volunteer) knows a lot"', said('who knows about the old mill', 'Pat (our archive volunteer) knows a lot about the mill.'), some({ source: 'fail' })),
];

export const n3n4: SessionCase[] = [
  c('N3 for: "Does AllTrails help for your trip?"', asked('easy hikes near asheville', 'AllTrails at alltrails.com lists easy hikes by area.', 'ooh', 'Does AllTrails help for your trip?'), some({ complete: 'pass' })),
  c('N3 for: "does the Purdue OWL help for this weekend?" (lower case)', asked('how do i cite a tweet in mla', 'The Purdue OWL page on MLA social media citations is at owl.purdue.edu.', 'ok', 'does the Purdue OWL help for this weekend?'), some({ complete: 'pass' })),
  c('N3 against: "Does Tuesday help for your book club?" asks about nothing given', asked('can my book club use a room', 'Room booking is at riverbendlib.org/rooms.', 'nice', 'Does Tuesday help for your book club?'), some({ complete: 'fail' })),
  c('N4 for: "Do any of these look like yours?"', asked('what is the name of this quilt pattern, stars in squares', 'Here are three from the Quilt Index: quiltindex.org/patterns/ohio-star.', 'hmm', 'Do any of these look like yours?'), some({ complete: 'pass' })),
  c('N4 for: "Does this look like the one?"', asked('a song my mom sang, about a blue bird on a window', 'It may be "Bluebird on My Windowsill" (1949); lyrics at lyrics.com/bluebird.', 'maybe', 'Does this look like the one?'), some({ complete: 'pass' })),
  c('N4 against: "Does the bite look like his?" asks about the patron\'s', asked('my son and my dog have bites, same bug?', 'The CDC bug bite guide is at cdc.gov/bites.', 'ok', 'Does the bite look like his?'), some({ complete: 'fail' })),
];

export const n5: SessionCase[] = [
  c('N5 for: "mind if i take a moment to check a couple books?" then 150 s', waited('mind if i take a moment to check a couple books?'), some({ informed: 'fail' })),
  c('N5 for: "Would you mind if I took a little while to dig?" then 150 s', waited('Mind if I take a little while to dig into this?'), some({ informed: 'fail' })),
  c('N5 against: "Mind if I take your email in case we get cut off?" then 150 s', waited('Mind if I take your email in case we get cut off?'), some({ informed: 'pass' })),
];

export const n7n8: SessionCase[] = [
  c('N7 for: "Take it to the food bank at 120 Elm St, Dayton, OH 45402"', said('i have extra canned food', 'Take it to the food bank at 120 Elm St, Dayton, OH 45402, Mon-Fri 9-4.'), some({ referral: 'pass' })),
  c('N7 for: "you can bring them to a donation center" (no contact)', said('where do old winter coats go', 'you can bring them to a donation center near you.'), some({ referral: 'fail' })),
  c('N7 against: "we will take it to the shelter ourselves"', said('i left my umbrella there', 'If nobody claims it in 30 days we will take it to the shelter ourselves; check lost and found at riverbendlib.org/lost.'), some({ referral: 'na' })),
  c('N7 against: "drop the DVDs off at the return slot"', said('can i return dvds after close', 'Yes, drop the DVDs off at the return slot of any branch.'), some({ referral: 'na' })),
  c('N8 for: "Comuníquese con una protectora de animales" (no contact)', said('encontre un perro perdido', 'Comuníquese con una protectora de animales de su zona.'), some({ referral: 'fail' })),
  c('N8 for: "call a reptile rescue, e.g. 513-555-0190"', said('cant keep my iguana anymore', 'Please call a reptile rescue; Tri-State Reptile Rescue is at 513-555-0190.'), some({ referral: 'pass' })),
  c('N8 against: "the Dog Rescue Stories list at riverbendlib.org/dogs"', said('books about rescue dogs for kids', 'Our Dog Rescue Stories list is at riverbendlib.org/dogs.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'N3 for: "Does AllTrails help for your trip?"':
    'followup.completeness: expected pass, got fail. AllTrails was given and the question asks whether it serves the patron\'s hike; v48 N3\'s "for your <task>" was withdrawn after the checks found the same words asking about a day or the patron\'s own plans ("Does Tuesday help for your book club?", "Does mulch help for your garden?"): only the chat before tells them apart; older: v47 fails it too',
  'N12 against: "Pat (our archive volunteer) knows a lot"':
    'info.source: expected fail, got pass ("gave a source"). A person named with her role is no database, catalogue, guide, book or web page, and no referral contact is given; older: v47 passes it too, so N12 did not cause it.',
};

describe('forty-ninth round: block N, third blind check', () => {
  for (const [t, cs] of [['N2', n2], ['N11 and N12', n11n12], ['N3 and N4', n3n4], ['N5', n5], ['N7 and N8', n7n8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
