/**
 * Sixty-seventh round, blind check of block AA (rubric v61): AA1, AA2, AA3 and AA4 tried both ways in cases written by a helper who
 * did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, other subjects, other orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break). Check: followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the
 * provider asks whether the information already given meets the need; a question about something not yet given does not count;
 * fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "that settle it?", "that solve it?" (AA1), "that what u were looking 4?" (AA2), "Does that sound like a fit?" (AA3) and "Does
 *   <a resource named in the chat> look useful / seem helpful / look like a good start?" (AA4), asked after a source, ask whether
 *   the information given meets the need: pass.
 * - A question about the resource that goes on with an alternative ("Does QueryTracker look useful, or should I keep digging …?")
 *   still asks whether what was given meets the need: pass (RUBRIC's rule asks for the question, not for it to end the sentence).
 * - Told nothing about the information given: a statement ("That settles it, …"), a question about a fee or the patron's account,
 *   about the patron's past visit, about a booking slot, a clothing pattern or a person (a landlady, a coach), a clarifying
 *   question about the patron's own description, and a question about something offered or not yet given (asked before the
 *   source, or about an offer made after it): fail.
 *
 * COUNTS: written 30 (for 15, against 15: AA1 4/4, AA2 3/3, AA3 3/4, AA4 5/4; the "goes on" question the brief listed as a maybe
 * is labelled "for" from RUBRIC). First run as labelled: 19; disagreeing: 11. Label corrections: 0 (each reread against RUBRIC's
 * followup.completeness rule; the labels stand). Final: 19 running, 11 LEFT (rubric v60 scored on each to tell "older" from
 * "AA caused"; 6 AA caused, 5 older):
 * - "that settle your account?" (a fee), expected fail / got pass (AA1's "settle" reads any object; AA caused: v60 fail).
 * - "that solve it?" after an offer to order a microfilm page, expected fail / got pass (an offer not yet given; AA caused: v60 fail).
 * - "Does the Tuesday slot look like a fit for your schedule?" (a booking), expected fail / got pass (AA4's "like a fit" with a
 *   "for your X" tail; AA caused: v60 fail).
 * - "Does the pattern you have look like a fit for your size?" (clothing), expected fail / got pass (AA4 as above; AA caused).
 * - "Does that sound like a fit?" about an offer of a hold or interlibrary loan, expected fail / got pass (AA3; AA caused: v60 fail).
 * - "does Coach Rivera seem helpful so far?" (a person), expected fail / got pass (AA4's person guard is a closed word list; AA
 *   caused: v60 fail).
 * - "¿Con eso se resuelve?" (Spanish), expected pass / got fail (AA1 is English only; older: v60 fail the same).
 * - "do those 2 seem like a fit?" (a numeral), expected pass / got fail (alternative 136 counts "two", not "2"; older: v60 fail).
 * - "Does QueryTracker look useful, or should I keep digging …?" (goes on), expected pass / got fail (AA4 reads only at a
 *   question's end; older: v60 fail the same).
 * - "is that what you were looking 4 when you came in last week?" (the patron's past visit), expected fail / got pass (older: v60
 *   pass the same: an older alternative reads "is that what you were looking" with no end guard).
 * - "Does the landlady seem helpful?" (a person), expected fail / got pass (older: v60 pass the same: v1's alternative 89 reads
 *   "the <word> seem helpful").
 * MENDED AFTER THIS CHECK (the author, with no label changed): the six readings AA caused are mended and those cases run with the
 *   others: AA1 became an alternative of its own (`SETTLE_AA1`: "that settle / solve it, that, things, the question …?", not "that
 *   settle your account?"), and AA1's and AA3's questions right after an offer ask about the offer (setting `offerAskedAA1`: "that
 *   solve it?" after the microfilm page offered, "Does that sound like a fit?" after the hold offered); AA4 reads no "like a fit"
 *   (the Tuesday slot, the pattern for your size) and no coach, pastor, landlady, tutor … as its subject ("does Coach Rivera seem
 *   helpful so far?"). The five older readings stay LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, ASKED, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Robin, a librarian with Ask Us at Fernvale Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'northside' });
const HI_ES = 'Hola, soy Robin, bibliotecaria de la Biblioteca Pública de Fernvale.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del norte' });

export const aa1: SessionCase[] = [
  // ---- AA1 for: the completeness question without its "does", with "settle" or "solve"
  c('AA1 for: "that settle it? 😄" (chat-speak, after the loan rules)', said('how long can i keep a dvd', 'dvds go out for 7 days, 2 renewals; the loan rules are at library.example.org/loans. that settle it? 😄'), ASKED),
  c('AA1 for: "So that solves it?" (after the form and its page)', said('which form do i use to renew my passport by mail', 'You want Form DS-82, with the steps at travel.example.gov/renew-by-mail. So that solves it?'), ASKED),
  c('AA1 for: "ok, that settled it?" (after a book named)', said('who won the 1927 world series, my uncle and i are arguing', 'The Yankees swept the Pirates; it is in The Baseball Encyclopedia, page 212, on our reference shelf. ok, that settled it?'), ASKED),
  c('AA1 for: "¿Con eso se resuelve?" (Spanish)', es.said('a qué hora cierra la biblioteca el sábado', 'Los sábados cerramos a las 5; el horario está en biblioteca.example.org/horario. ¿Con eso se resuelve?'), ASKED),
  // ---- AA1 against: statements, a fee, something not yet given
  c('AA1 against: "That settles it, I\'ll add the second edition to my list." (a statement)', said('which edition of the field guide has the new bird names', 'The second edition, 2021, at catalog.example.org/record/5521, has the updated names. That settles it, I\'ll add the second edition to my list.'), NOT_ASKED),
  c('AA1 against: "ok that settles it, the 2nd ed is the one to get" (chat-speak statement)', said('is the old atlas or the new one better for the trail maps', 'the 2nd ed at catalog.example.org/r/88 has the corrected trail maps. ok that settles it, the 2nd ed is the one to get'), NOT_ASKED),
  c('AA1 against: "that settle your account?" (a fee, not the information)', said('i got a bill for a lost book but i found it', 'The lost-item policy is at library.example.org/fines: once the book is back only the $2 processing fee stays. I can take the $2 by card right now. that settle your account?'), NOT_ASKED),
  c('AA1 against: "that solve it?" (about an offer not yet given)', said('i need the 1940 census page for my grandfather in ward 3', 'The 1940 census is at archives.example.gov/1940, but ward 3 is missing there. I could order the microfilm page from the state archive for you. that solve it?'), NOT_ASKED),
];

export const aa2: SessionCase[] = [
  // ---- AA2 for: chat-speak "4" for "for"
  c('AA2 for: "that what u were looking 4?" (after a map)', said('need a map of the old trolley lines', 'found one! the 1912 streetcar map is at maps.example.org/trolley1912. that what u were looking 4?'), ASKED),
  c('AA2 for: "Is this what you were looking 4?" (after digitized plat books)', said('where can i see old property maps of the county', 'The county plat books from 1890 to 1930 are digitized at digital.example.org/plats. Is this what you were looking 4?'), ASKED),
  c('AA2 for: "this what u were looking 4??" (doubled question mark)', said('any books on building a chicken coop', 'yep, Chicken Coops for Dummies is on the shelf at northside, call no. 636.5 BIR. this what u were looking 4??'), ASKED),
  // ---- AA2 against: the patron's past visit, a question before anything was given, a statement
  c('AA2 against: "is that what you were looking 4 when you came in last week?" (the patron\'s past visit)', said('a cookbook from the 50s with a red cover', 'Try Betty Crocker\'s Picture Cook Book (1950), at catalog.example.org/r/1950. The desk notes say you asked about a red cookbook before, is that what you were looking 4 when you came in last week?'), NOT_ASKED),
  c('AA2 against: "a red cookbook w a checkered cover, that what u were looking 4?" (asked before anything was given)', asked('i want a cookbook my mom had, red with checks on it', 'a red cookbook w a checkered cover, that what u were looking 4?', 'yes!', 'Its the Better Homes and Gardens New Cook Book; we have it at catalog.example.org/r/77. Enjoy!'), NOT_ASKED),
  c('AA2 against: "found what u were looking 4!" (a statement)', said('need a map of the old trolley lines', 'found what u were looking 4! the 1912 streetcar map is at maps.example.org/trolley1912.'), NOT_ASKED),
];

export const aa3: SessionCase[] = [
  // ---- AA3 for: "a fit" without "good"
  c('AA3 for: "Does that sound like a fit?" (after a novel)', said('i need a novel for a book club of retirees', 'Try The Lincoln Highway by Amor Towles; it is in our catalogue at catalog.example.org/r/4411. Does that sound like a fit?'), ASKED),
  c('AA3 for: "Do these look like a fit?" (after three titles)', said('books for a 5th grader who hates reading', 'Three picks: Wonder, Fish in a Tree and Restart, all on the shelf at Northside. Do these look like a fit?'), ASKED),
  c('AA3 for: "do those 2 seem like a fit?" (chat-speak, a number)', said('podcasts or books on starting a small bakery', 'check out The Bread Baker\'s Apprentice n Start Your Own Bakery, both at catalog.example.org. do those 2 seem like a fit?'), ASKED),
  // ---- AA3 against: a fitness class, a booking slot, a clothing pattern, an offer
  c('AA3 against: "Does that sound like a fitness class?" (a clarifying question before the source)', asked('i want something w music where you move around with a group', 'Does that sound like a fitness class, or more like a dance club?', 'fitness class i guess', 'The Y lists its group classes at ymca.example.org/classes, and Zumba is Tuesdays at 6.'), NOT_ASKED),
  c('AA3 against: "Does the Tuesday slot look like a fit for your schedule?" (a booking offered)', said('can i book a study room for my group', 'Yes, rooms are booked at library.example.org/rooms, and I can book one for you now: Tuesday 4-6 or Thursday 3-5 are open. Does the Tuesday slot look like a fit for your schedule?'), NOT_ASKED),
  c('AA3 against: "Does the pattern you have look like a fit for your size?" (a fit of clothing)', said('books on altering sewing patterns', 'Our sewing books are listed at catalog.example.org/sewing, and Fit for Real People is the classic. Does the pattern you have look like a fit for your size?'), NOT_ASKED),
  c('AA3 against: "Does that sound like a fit?" (about an offer after the source)', said('is educated by tara westover in', 'The catalogue shows all copies out: catalog.example.org/r/2020. I could put you on the holds list or request an ebook copy through interlibrary loan. Does that sound like a fit?'), NOT_ASKED),
];

export const aa4: SessionCase[] = [
  // ---- AA4 for: a resource named in the chat looks useful
  c('AA4 for: "Does QueryTracker seem helpful for now?"', said('how do i find literary agents for my mystery novel', 'Two places to start: QueryTracker (querytracker.net) lists agents by genre, and the Writer\'s Market is at the Northside desk. Does QueryTracker seem helpful for now?'), ASKED),
  c('AA4 for: "does chronicling america look promising so far?" (chat-speak)', said('old newspaper articles about a 1908 flood in ohio', 'u could try Chronicling America (chroniclingamerica.loc.gov), its free n covers ohio papers. does chronicling america look promising so far?'), ASKED),
  c('AA4 for: "Do the IRS instructions look like a good place to start?"', said('how do i fix a mistake on last years taxes', 'You file an amended return; the IRS instructions for Form 1040-X are at irs.gov/form1040x. Do the IRS instructions look like a good place to start?'), ASKED),
  c('AA4 for: "Does NoveList sound useful to you?"', said('books like the hunger games for my son', 'NoveList, in our databases at library.example.org/novelist, gives read-alikes by title. Does NoveList sound useful to you?'), ASKED),
  c('AA4 for: "Does QueryTracker look useful, or should I keep digging for agents who take picture books?" (goes on)', said('how do i find agents for a picture book', 'QueryTracker (querytracker.net) lets you filter agents by genre. Does QueryTracker look useful, or should I keep digging for agents who take picture books?'), ASKED),
  // ---- AA4 against: a person as subject, a statement, something not yet given
  c('AA4 against: "Does the landlady seem helpful?" (a person)', said('my landlady wont fix the heat', 'The tenant rights guide at tenants.example.org explains the repair timeline. Does the landlady seem helpful?'), NOT_ASKED),
  c('AA4 against: "does Coach Rivera seem helpful so far?" (a person, chat-speak)', said('my kid needs help w college recruiting for soccer', 'the ncaa guide at ncaa.example.org/recruiting has the timeline. does Coach Rivera seem helpful so far?'), NOT_ASKED),
  c('AA4 against: "Chronicling America does seem useful for this, so start there." (a statement)', said('old newspaper articles about a 1908 flood in ohio', 'Chronicling America (chroniclingamerica.loc.gov) covers Ohio papers from 1908. Chronicling America does seem useful for this, so start there.'), NOT_ASKED),
  c('AA4 against: "Does a directory of agents sound useful for now?" (asked before anything was given)', asked('how do i find literary agents for my picture book', 'There are a few directories I can check for picture-book agents. Does a directory of agents sound useful for now?', 'sure', 'QueryTracker at querytracker.net lists agents by genre. Good luck with the book!'), NOT_ASKED),
];

const N = 'never asked whether the information given meets the need';
const A = 'asked whether the information given meets the need';
const MEETS = 'RUBRIC followup.completeness: the provider asks whether the information already given meets the need';
const NOT_GIVEN = 'RUBRIC followup.completeness: a question about something not yet given does not count';

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [`AA1 for: "¿Con eso se resuelve?" (Spanish)`]:
    `followup.completeness expected pass, got fail ("${N}"): a completeness question in Spanish after the hours page (${MEETS}); AA1 widens English alternative 21 only (older: v60 fail the same)`,
  [`AA2 against: "is that what you were looking 4 when you came in last week?" (the patron's past visit)`]:
    `followup.completeness expected fail, got pass ("${A}"): about what the patron wanted on a past visit, not the title given (${MEETS}); an older alternative reads "is that what you were looking" with no end guard (older: v60 pass the same)`,
  [`AA3 for: "do those 2 seem like a fit?" (chat-speak, a number)`]:
    `followup.completeness expected pass, got fail ("${N}"): asked after two titles were given (${MEETS}); alternative 136 counts "two", not the numeral "2", and AA4 guards "those" (older: v60 fail the same)`,
  [`AA4 for: "Does QueryTracker look useful, or should I keep digging for agents who take picture books?" (goes on)`]:
    `followup.completeness expected pass, got fail ("${N}"): asks whether the site given meets the need, with more searching as the alternative (${MEETS}); AA4 reads only at a question's end (older: v60 fail the same)`,
  [`AA4 against: "Does the landlady seem helpful?" (a person)`]:
    `followup.completeness expected fail, got pass ("${A}", quote "Does the landlady seem helpful?"): a person, the patron's landlady, not the guide given (${MEETS}); v1's alternative 89 reads "the <word> seem helpful", and AA4's person list has "landlord", not "landlady" (older: v60 pass the same)`,
};

describe('sixty-seventh round: block AA checked blind, both ways', () => {
  for (const [t, cs] of [['AA1', aa1], ['AA2', aa2], ['AA3', aa3], ['AA4', aa4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
