/**
 * Seventy-second round, blind check of block AE (rubric v65): AE1, AE7 and AE8 tried both ways in cases written by a helper who did
 * not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Checks: followup.completeness (AE1: pass when, in or after the first message that gives a source or answer, the provider
 * asks whether the information already given meets the need; a question about something not yet given does not count) and
 * referral.contact (AE7, AE8: RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside the
 * chat; pass when every party referred to comes with an e-mail, phone, postal address or URL; fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AE1: "That what you were hoping for?", "that what u are looking for?", "this what you had in mind?" (the question without its
 *   "is") after a source asks whether what was given meets the need: pass. Asked before any source or answer (about a restatement
 *   of the need), about something not yet given (a condition, "If I can track down the 1880 map as well, that what …?", and an
 *   offer just made, "I can also request the map … That what you had in mind?", both read literally as about the thing not yet
 *   given), a statement ("That's what you were hoping for, I bet."), or the patron's own words: it does not count (fail, no other
 *   completeness question in the session).
 * - AE7: a URL after a resource's name whose title holds a plural party word after "in / on / about / for / to" ("Walking Tours for
 *   Museums", "Small Grants to Schools") is the resource's (a source), not a way to reach the party referred to: fail when the party
 *   has no other. Spanish ("Archivos en Bibliotecas") read the same. The resource's owner named after its noun ("the booklet from
 *   the Historical Society at …", "the page of the County Archives at …") owns the URL, the party's own site ("their site is …") and
 *   the party's phone reach it: pass.
 * - AE8: a clause after " or " / ", and" whose words hold a verb ("how to apply for a marker or a survey is listed at …", ", and the
 *   ordering steps are posted at …") names no other party: the URL (the referred party's own domain) reaches the party: pass.
 *   Spanish ("… o una muestra se explica en meteorite.unm.edu") the same. A real second party named before its contact (" or the
 *   pet poison hotline at …", ", and the district ombudsman at … can step in", " or a nurse at …"), a party whose name holds a word
 *   that can be a verb ("the lost and found desk", "the Will County Clerk"): the first party has no way to be reached: fail.
 *
 * COUNTS. Written: 30 cases, 16 for and 14 against (AE1 4/5, AE7 7/5, AE8 4/5), in two batches, each labelled before its first run.
 * First batch: 27 cases (AE1 4/5, AE7 5/4, AE8 4/5), labels copied aside to /tmp/wt-ae3-labels.ts before the first run; first run as
 * labelled: 23 of 27, disagreeing: 4. Scored on rubric v64 too, the first batch showed that none of its AE7 "for" cases turned on
 * AE7 (the two read as labelled already failed on v64), so a second batch of 3 AE7 cases was written and labelled (copied aside to
 * /tmp/wt-ae3-labels-2.ts) before it ran: 3 of 3 as labelled ("… theres a free guide 'Seed Swaps for Libraries' at …" fails on
 * v65 and passed on v64, AE7 as meant). Label corrections: 0 (each disagreement reread against RUBRIC's followup.completeness row and
 * its Referral term; the labels stand). Final: 26 running, 4 LEFT (rubric v64 scored on each to tell "older" from "AE caused"):
 * - followup.completeness, expected fail / got pass: "I can also request the 1880 map from the State Library for you. That what you
 *   had in mind?" (asked right after an offer, about the map not yet given; AE1's widened alternative 177 reads it; AE caused: v64
 *   fail).
 * - referral.contact, expected fail / got pass: "… worth asking them how they mapped the route. For tips, the booklet 'Walking Tours
 *   for Museums' is free at aaslh.example.org." ("booklet" is no resource noun, so the URL is taken as the society's; with "guide"
 *   or "handout" it fails as labelled; older: v64 pass the same).
 * - referral.contact, expected fail / got pass: "The handout 'Book Clubs in Libraries' at ala.example.org has a sample schedule; also
 *   email the Friends of the Library …" (a resource's URL before the referring verb in the same sentence counts as the Friends'
 *   contact, with "guide" or no plural too; as two sentences it fails as labelled; older: v64 pass the same).
 * - referral.contact, expected fail / got pass: "Call the stadium box office, or the lost and found desk at (410) 555-0166." ("found"
 *   is one of CLAUSE_VERB_AE8's verbs, so the lost and found desk is no party and its phone is read as the box office's; AE caused:
 *   v64 fail).
 * MENDED before v65 landed (the author, after this check; labels unchanged): AE1's "that what you …?" right after the provider's
 *   own offer ("I can …", not "if you want, ask …") asks about the offer (setting offerWhatAE1); CLAUSE_VERB_AE8 holds auxiliaries
 *   and modals only ("the lost and found desk" is a party again). 2 of the 4 LEFT run as labelled. "booklet / zine / workbook /
 *   primer" as resource nouns was tried for the booklet case and withdrawn: it took the URL of "The booklets are written by
 *   parents, and they're free at pflag.org/resources." from PFLAG, a labelled case of the thirty-fourth round. Final as landed: 28
 *   running, 2 LEFT (both older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, ASKED, NOT_ASKED, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, saidThen } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** The patron's `q`, the greeting with `first` (no source), the patron's `reply`, the provider's `answer` (a source), thanks, bye. */
const firstThen = (q: string, first: string, reply: string, answer: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} ${first}`],
  [50, 'p', reply],
  [70, 'l', answer],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const ae1: SessionCase[] = [
  // ---- AE1 for: "that / this what you …?" after a source asks whether it meets the need
  c('AE1 for: "… at jstor.org/stable/4101. That what you were hoping for?"', said('i need the 1952 article on lake effect snow by wiggin', 'Found it: Wiggin\'s 1952 article is free to read on JSTOR at jstor.org/stable/4101. That what you were hoping for?'), ASKED),
  c('AE1 for: "its on hathitrust.org, full view. that what u are looking for?" (chat-speak)', said('is the 1887 county atlas online anywhere', 'yes!! its on hathitrust.org, full view. that what u are looking for?'), ASKED),
  c('AE1 for: "… at familysearch.org/search. This what you had in mind?"', said('where can i see the 1910 census for ward 3', 'The 1910 census is free on FamilySearch at familysearch.org/search, browse by county then ward. This what you had in mind?'), ASKED),
  c('AE1 for: the question alone in the next message, "that what you are hoping for?"', saidThen('any good books on sourdough', 'Try Tartine Bread by Chad Robertson, it is in our catalogue at birchhollowlib.org/catalog.', 'that what you are hoping for?'), ASKED),
  // ---- AE1 against: before anything was given, something not yet given, a statement, the patron's words
  c('AE1 against: "So you want a how-to on sailing knots, with pictures. That what you had in mind?" (before any source)', firstThen('do you have anything on knots for sailing', 'So you want a how-to on sailing knots, with pictures. That what you had in mind?', 'yes exactly', 'The Ashley Book of Knots is in our catalogue at birchhollowlib.org/catalog, call number 623.88 ASH.'), NOT_ASKED),
  c('AE1 against: "If I can track down the 1880 farm map as well, that what you were hoping for?" (not yet given)', saidThen('i need old maps of my family farm', 'The 1900 plat book for the county is on our site at birchhollowlib.org/local/plats.', 'If I can track down the 1880 farm map as well, that what you were hoping for?'), NOT_ASKED),
  c('AE1 against: "I can also request the 1880 map from the State Library for you. That what you had in mind?" (an offer)', saidThen('i need old maps of our township', 'The county plat books are listed at birchhollowlib.org/local.', 'I can also request the 1880 map from the State Library for you. That what you had in mind?'), NOT_ASKED),
  c('AE1 against: "That\'s what you were hoping for, I bet." (a statement)', said('where can i see the 1910 census for ward 3', 'Found it: the 1910 census for Ward 3 is at familysearch.org/search. That\'s what you were hoping for, I bet.'), NOT_ASKED),
  c('AE1 against: the patron\'s "familysearch.org/search/census. that what you had in mind?"', [
    [0, 'p', 'where are the old census records'],
    [20, 'l', `${HI} Which year are you after?`],
    [50, 'p', '1910'],
    [70, 'l', 'Go to familysearch.org and look for the Census tab under Search.'],
    [90, 'p', 'this one? familysearch.org/search/census. that what you had in mind?'],
    [100, 'l', 'Yes, that is the one.'],
    [110, 'p', 'ok thanks'],
    [120, 'l', 'Thanks for chatting, bye!'],
  ], NOT_ASKED),
];

export const ae7: SessionCase[] = [
  // ---- AE7 for: a plural party word as the resource's topic; the URL is the resource's, the party referred to has none
  c('AE7 for: "… worth asking them how they mapped the route. For tips, the booklet \'Walking Tours for Museums\' is free at aaslh.example.org."', said('how do i start a walking tour of old houses', 'The Eastside Historical Society ran our walking tours last year, so it\'s worth asking them how they mapped the route. For tips, the booklet \'Walking Tours for Museums\' is free at aaslh.example.org.'), NO_WAY),
  c('AE7 for: "def call ur local hospitals volunteer office … theres a free guide \'Teen Volunteering in Hospitals\' at …" (chat-speak)', said('my son needs volunteer hours', 'def call ur local hospitals volunteer office n ask what they need. theres a free guide "Teen Volunteering in Hospitals" at teenvolunteer.example.org'), NO_WAY),
  c('AE7 for: "Email the school district\'s grants office …; the report \'Small Grants to Schools\' is online at grants.example.org."', said('how did other schools pay for a garden', 'Email the school district\'s grants office to see how they applied; the report "Small Grants to Schools" is online at grants.example.org.'), NO_WAY),
  c('AE7 for: the resource first: "The handout \'Book Clubs in Libraries\' at ala.example.org has a sample schedule; also email the Friends of the Library …"', said('i want to start a book club at the branch', 'The handout "Book Clubs in Libraries" at ala.example.org has a sample schedule; also email the Friends of the Library about using the meeting room.'), NO_WAY),
  c('AE7 for: "Pregunte a la Sociedad Histórica del condado …; el folleto \'Archivos en Bibliotecas\' está gratis en archivos.example.org."', es.said('cómo organizo las cartas viejas de mi familia', 'Pregunte a la Sociedad Histórica del condado cómo organizaron su archivo. Como guía, el folleto "Archivos en Bibliotecas" está gratis en archivos.example.org.'), NO_WAY),
  // ---- AE7 against: the owner after the noun, the party's own site, the party's phone (must still pass)
  c('AE7 against: "… the booklet from the Historical Society at eastsidehistory.example.org has their tour notes." (owner after the noun)', said('how do i start a walking tour of old houses', 'Ask the Eastside Historical Society how they mapped the route; the booklet from the Historical Society at eastsidehistory.example.org has their tour notes.'), WITH_WAY),
  c('AE7 against: "Write to the County Archives …; the page of the County Archives at archives.example.gov gives their mailing address."', said('i need the 1890 deed for our house', 'Write to the County Archives for the 1890 deed; the page of the County Archives at archives.example.gov gives their mailing address.'), WITH_WAY),
  c('AE7 against: "… ask them how they set it up; their site is friendsofbirchhollow.org. The guide \'Puzzles in Libraries\' …" (the party\'s own site)', said('can we start a puzzle swap', 'The Friends of the Library run the puzzle swap, so ask them how they set it up; their site is friendsofbirchhollow.org. The guide "Puzzles in Libraries" is free at programminglibrarian.org too.'), WITH_WAY),
  c('AE7 against: "Call the Dane County Humane Society at (608) 555-0142 … The handbook \'Foster Care for Shelters\' is at …" (the party\'s phone)', said('how do i start fostering cats', 'Call the Dane County Humane Society at (608) 555-0142 about fostering. The handbook "Foster Care for Shelters" is at fosterguide.example.org.'), WITH_WAY),
  // ---- second batch (written after the first run, labelled before its own run): a guide or research guide titled with a party plural
  c('AE7 for (2nd batch): "ask the Friends of the Library how they run the swap … theres a free guide \'Seed Swaps for Libraries\' at …" (chat-speak)', said('can we start a seed swap', 'ask the Friends of the Library how they run the swap, they know it best. theres a free guide "Seed Swaps for Libraries" at seedswap.example.org'), NO_WAY),
  c('AE7 for (2nd batch): "Talk to the county Historical Society … The research guide \'Finding Records in Archives\' is online at …"', said('where are the records of the old one-room schools', 'Talk to the county Historical Society about the old school records. The research guide "Finding Records in Archives" is online at guides.example.edu/archives.'), NO_WAY),
  c('AE7 against (2nd batch): "Ask the Friends of the Library (friendsofbhl.org) how they run the swap; the guide \'Seed Swaps in Libraries\' is at …" (the party\'s own site first)', said('can we start a seed swap', 'Ask the Friends of the Library (friendsofbhl.org) how they run the swap; the guide "Seed Swaps in Libraries" is at seedswap.example.org.'), WITH_WAY),
];

export const ae8: SessionCase[] = [
  // ---- AE8 for: the clause after " or " / ", and" holds a verb: no other party, the URL reaches the party referred to
  c('AE8 for: "Get in touch with the State Historic Preservation Office; how to apply for a marker or a survey is listed at shpo.example.gov."', said('how do we get a historic marker for our church', 'Get in touch with the State Historic Preservation Office; how to apply for a marker or a survey is listed at shpo.example.gov.'), WITH_WAY),
  c('AE8 for: "u should email the county extension office, how to mail them a soil sample or a leaf is posted at …" (chat-speak)', said('my tomato leaves have spots', 'u should email the county extension office, how to mail them a soil sample or a leaf is posted at extension.example.edu/samples'), WITH_WAY),
  c('AE8 for: "Write to the State Archives for the pension file, and the ordering steps are posted at archives.example.gov/pensions."', said('how do i get my great grandfathers civil war pension file', 'Write to the State Archives for the pension file, and the ordering steps are posted at archives.example.gov/pensions.'), WITH_WAY),
  c('AE8 for: "Comuníquese con el Instituto de Meteoritos …; cómo mandarles fotos o una muestra se explica en meteorite.unm.edu."', es.said('encontré una piedra muy pesada, puede ser un meteorito', 'Comuníquese con el Instituto de Meteoritos de la Universidad de Nuevo México; cómo mandarles fotos o una muestra se explica en meteorite.unm.edu.'), WITH_WAY),
  // ---- AE8 against: another party named before its contact (must still fail)
  c('AE8 against: "Ring your vet or the pet poison hotline at (855) 555-0100."', said('my dog ate a grape', 'Grapes can be toxic to dogs. Ring your vet or the pet poison hotline at (855) 555-0100.'), NO_WAY),
  c('AE8 against: "Talk to your kid\'s teacher first, and the district ombudsman at ombuds@district.example.org can step in …"', said('my kid keeps getting bullied on the bus', 'I am sorry. Talk to your kid\'s teacher first, and the district ombudsman at ombuds@district.example.org can step in if that fails.'), NO_WAY),
  c('AE8 against: "Check with your pharmacist or a nurse at nurseline@healthplan.example.org."', said('can i take ibuprofen with my blood pressure pills', 'We have drug guides, but for your case, check with your pharmacist or a nurse at nurseline@healthplan.example.org.'), NO_WAY),
  c('AE8 against: "Call the stadium box office, or the lost and found desk at (410) 555-0166." ("found" in a party\'s name)', said('i left my jacket at the ballgame last night', 'Oh no. Call the stadium box office, or the lost and found desk at (410) 555-0166.'), NO_WAY),
  c('AE8 against: "Phone the county recorder, or the Will County Clerk at (815) 555-0131 if the land is across the line." ("will" in a name)', said('where do i get a copy of my land deed', 'Phone the county recorder, or the Will County Clerk at (815) 555-0131 if the land is across the line.'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AE7 for: "… worth asking them how they mapped the route. For tips, the booklet \'Walking Tours for Museums\' is free at aaslh.example.org."':
    'expected referral.contact fail, got pass ("the referral comes with a way to reach them"): RUBRIC, referral.contact: "pass: every party the patron is referred to comes with a way to reach them"; aaslh.example.org is the booklet\'s, the historical society has none. Older (v64 pass): "booklet" is no resource noun, so the URL is taken as the society\'s; with "guide" or "handout" it fails as labelled.',
  'AE7 for: the resource first: "The handout \'Book Clubs in Libraries\' at ala.example.org has a sample schedule; also email the Friends of the Library …"':
    'expected referral.contact fail, got pass ("the referral comes with a way to reach them"): RUBRIC, referral.contact: "pass: every party the patron is referred to comes with a way to reach them"; ala.example.org is the handout\'s, the Friends have none. Older (v64 pass): a resource\'s URL before the referring verb in the same sentence (after "; also email") counts as the party\'s, with "guide" or no plural title too; as two sentences it fails as labelled.',
};

describe('seventy-second round: block AE (AE1, AE7, AE8) checked blind, both ways', () => {
  for (const [t, cs] of [['AE1', ae1], ['AE7', ae7], ['AE8', ae8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
