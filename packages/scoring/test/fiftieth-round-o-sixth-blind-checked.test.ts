/**
 * Fiftieth round, sixth blind check of block O (rubric v49), after its last mends: O7 (followup.completeness, "Does/Did the
 * <source> have/show … <him / your street …>?", not with a page part in the next 30 characters) and O11 (referral.contact, taking
 * things to a drop-off / collection / recycling / hazardous-waste site, point or depot, or a transfer station, refers the patron,
 * and such a site is the party even with no contact). Written blind (not from the earlier blind checks), in words of its own, and
 * labelled from RUBRIC.md before the first run.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - followup.completeness: a question whether the source given holds what was sought ("did the index have her?", "did the search
 *   turn her up?", "¿el índice tiene a su abuela?") asks whether the information meets the need, whatever its verb or language,
 *   and a line or column of the source's own content ("on line 14" of a census sheet, "the society column" of a paper) is the
 *   content, not a page part. A question where on the screen something sits ("in the sidebar", "on the checkout screen", "just
 *   above the Save button") or what status the catalogue shows ("as checked out") asks the patron to find their way, not that.
 * - referral.contact: telling the patron to take things to a drop-off / disposal / recycling / hazardous-waste site, point or
 *   depot, or a transfer station, is telling them to visit an outside party (Terms, Referral), in any verb or language. The
 *   library taking them there for the patron, asking whether the patron already went, a collection day, a look at a page of
 *   sites, or the store the thing came from refers no one.
 *
 * COUNTS: written 29 (O7 14: 8 for, 6 against incl. 1 older; O11 15: 8 for, 7 against incl. 1 older). First run as labelled 18,
 * disagreeing 11, label corrections 0 (one case name re-worded to match its words, "obituary page", label unchanged). Final: 18
 * running, 11 LEFT:
 * - followup.completeness exp pass/got fail: "Does the census record show your great-grandfather on line 14?" (mend reads "line"): older.
 * - followup.completeness exp pass/got fail: "Did the obituary page mention your grandma in the society column?" (mend reads "column"): older.
 * - followup.completeness exp pass/got fail: "¿El índice tiene a su abuela?": older.
 * - followup.completeness exp fail/got pass: "Does the page show your address in the sidebar?": O caused.
 * - followup.completeness exp fail/got pass: "Did the site show your address on the checkout screen?": O caused.
 * - followup.completeness exp fail/got pass: "Does the page have your address in the drop down?": O caused.
 * - followup.completeness exp fail/got pass: "Does the catalog show it as checked out?": O caused.
 * - referral.contact exp fail/got na: "Dispose of the paint at the county hazardous waste depot": older.
 * - referral.contact exp fail/got na: "Lleve las pilas al punto de reciclaje del condado": older.
 * - referral.contact exp fail/got na: "The transfer station on the east side takes mattresses …, so just haul it over there.": older.
 * - referral.contact exp pass/got fail: "Drop them off at any e-waste drop-off location; the list is at recycle.example.gov/batteries.": O caused (v48 na).
 *
 * MENDED AFTER THIS CHECK: the 3 page parts O7 missed ("sidebar", "screen", "drop down") and the status question ("Does the
 *   catalog show it as checked out?") read as labelled, and so do the two older ones ("line 14" of a census record and a paper's
 *   "column" are no page parts any more): 24 running, 5 LEFT. The drop-off location with "the list is at <URL>" stays LEFT (its
 *   reason says why). These last mends were checked only by the full suite.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Dee here, a librarian at Kent Harbor Public Library.';
const { asked, said } = nearMissLines(HI);

export const o7: SessionCase[] = [
  // ---- for: whether the source given holds what was sought, in other words
  c('O7 for: "did teh index have her?" (a typo)', asked('looking for my nanas obit, she died 1979', 'The obituary index at kentharbor.example.org/obits covers 1950 to 1999; search her married name.', 'k searching', 'did teh index have her?'), some({ complete: 'pass' })),
  c('O7 for: "Did the search turn her up?" (another verb)', asked('looking for my nanas obit, she died 1979', 'The obituary index at kentharbor.example.org/obits covers 1950 to 1999; search her married name.', 'ok', 'Did the search turn her up?'), some({ complete: 'pass' })),
  c('O7 for: "did the obit list ur great grandpa?" (chat-speak)', asked('need great grandpas obituary 1931', 'The 1931 Harbor Gazette is on microfilm and online at kentharbor.example.org/gazette.', 'found an obit', 'did the obit list ur great grandpa?'), some({ complete: 'pass' })),
  c('O7 for: "Does the census record show your great-grandfather on line 14?" (a line of the record)', asked('where can i find my great grandfather in the 1910 census', 'The 1910 census is free on FamilySearch at familysearch.org; search by his name and county.', 'i think i found the page', 'Does the census record show your great-grandfather on line 14?'), some({ complete: 'pass' })),
  c('O7 for: "Did the obituary page mention your grandma in the society column?" (a column of the paper)', asked('my grandma was in a 1952 club, was she in the paper', 'The 1952 Harbor Gazette is at kentharbor.example.org/gazette, searchable by name.', 'looking', 'Did the obituary page mention your grandma in the society column?'), some({ complete: 'pass' })),
  c('O7 for: "Does that list include the song you were thinking of?"', asked('what songs were on the radio in summer 1984', 'The Billboard Hot 100 for July 1984 is at billboard.com/charts/hot-100/1984-07-07.', 'scrolling', 'Does that list include the song you were thinking of?'), some({ complete: 'pass' })),
  c('O7 for: "¿El índice tiene a su abuela?" (Spanish)', asked('busco el obituario de mi abuela, murió en 1979', 'El índice de obituarios está en kentharbor.example.org/obits; busque por su apellido de casada.', 'ok buscando', '¿El índice tiene a su abuela?'), some({ complete: 'pass' })),
  c('O7 for: "did those results have him?"', asked('was my uncle in the 1967 yearbook', 'The 1967 Harbor High yearbook is scanned at kentharbor.example.org/yearbooks; search by name.', 'ok i searched', 'did those results have him?'), some({ complete: 'pass' })),
  // ---- against: finding the way on the page, not whether it meets the need
  c('O7 against: "Does the page show your address in the sidebar?"', asked('how do i change my address on my library account', 'Sign in to My Account at kentharbor.example.org and choose Personal Details.', 'im signed in', 'Does the page show your address in the sidebar?'), some({ complete: 'fail' })),
  c('O7 against: "Did the site show your address on the checkout screen?"', asked('how do i change my address on my library account', 'Sign in to My Account at kentharbor.example.org and choose Personal Details.', 'im signed in', 'Did the site show your address on the checkout screen?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page have your address in the drop down?"', asked('how do i change my address on my library account', 'Sign in to My Account at kentharbor.example.org and choose Personal Details.', 'im signed in', 'Does the page have your address in the drop down?'), some({ complete: 'fail' })),
  c('O7 against: "… near the bottom, just above the Save button?" (the part past 30 characters)', asked('how do i change my address on my library account', 'Sign in to My Account at kentharbor.example.org and choose Personal Details.', 'im signed in', 'Did the site show your address near the bottom, just above the Save button?'), some({ complete: 'fail' })),
  c('O7 against: "Does the catalog show it as checked out?" (a status)', asked('is the new john grisham book in', 'Search the catalog at kentharbor.example.org for the title.', 'found it', 'Does the catalog show it as checked out?'), some({ complete: 'fail' })),
  c('O7 against (older): "Does that answer your question?" still passes', asked('how do i change my address on my library account', 'Sign in to My Account at kentharbor.example.org and choose Personal Details.', 'got it', 'Does that answer your question?'), some({ complete: 'pass' })),
];

export const o11: SessionCase[] = [
  // ---- for: a site to take things to, referred without a contact (fail) or with one (pass)
  c('O11 for: "u can drop ur old batteries off at the battery drop-off point" (chat-speak)', said('where do dead batteries go', 'u can drop ur old batteries off at the battery drop-off point by the mall.'), some({ referral: 'fail' })),
  c('O11 for: "Dispose of the paint at the county hazardous waste depot" (another verb)', said('how do i get rid of old paint', 'Dispose of the paint at the county hazardous waste depot; latex paint can dry out and go in the trash.'), some({ referral: 'fail' })),
  c('O11 for: "Lleve las pilas al punto de reciclaje" (Spanish)', said('dónde tiro las pilas viejas', 'Lleve las pilas al punto de reciclaje del condado; no las tire a la basura.'), some({ referral: 'fail' })),
  c('O11 for: "The transfer station takes mattresses, so just haul it over there" (another order)', said('how do i get rid of an old mattress', 'The transfer station on the east side takes mattresses for a fee, so just haul it over there.'), some({ referral: 'fail' })),
  c('O11 for: "Bring the old pills to a medication disposal site"', said('what do i do with expired pills', 'Bring the old pills to a medication disposal site; many pharmacies have one.'), some({ referral: 'fail' })),
  c('O11 for: "Take the old laptop to an electronics recycling location"', said('how do i get rid of an old laptop', 'Wipe it first, then take the old laptop to an electronics recycling location.'), some({ referral: 'fail' })),
  c('O11 for: the depot with its phone', said('how do i get rid of old paint', 'Take the old paint to the hazardous waste depot on Mill Rd; call them at 410-555-0199 for hours.'), some({ referral: 'pass' })),
  c('O11 for: a drop-off location with its URL', said('where do dead batteries go', 'Drop them off at any e-waste drop-off location; the list is at recycle.example.gov/batteries.'), some({ referral: 'pass' })),
  // ---- against: no referral
  c('O11 against: "take it back to the store with your receipt"', said('my new kettle leaks', 'It is under warranty, so take it back to the store with your receipt.'), some({ referral: 'na' })),
  c('O11 against: "Take a look at the collection sites on the county page"', said('where do dead batteries go', 'Take a look at the collection sites on the county page, recycle.example.gov/batteries.'), some({ referral: 'na' })),
  c('O11 against: "Bring them to the hazardous waste collection day" (an event)', said('how do i get rid of old paint', 'Bring them to the household hazardous waste collection day on May 3; details are at recycle.example.gov/hhw.'), some({ referral: 'na' })),
  c('O11 against: "we can take them to the recycling point for you" (the library takes them)', said('where do dead batteries go', 'If you leave them at the front desk, we can take them to the recycling point for you.'), some({ referral: 'na' })),
  c('O11 against: "Did you take them to a drop-off site yet?" (a question)', said('my old batteries are leaking, what now', 'Did you take them to a drop-off site yet, or are they still at home?'), some({ referral: 'na' })),
  c('O11 against: "Drop-off sites close at 4 on Saturdays" (no one told to go)', said('where do dead batteries go', 'The county list is at recycle.example.gov/batteries. Drop-off sites close at 4 on Saturdays.'), some({ referral: 'na' })),
  c('O11 against (older): "Call the county recycling office at 410-555-0100" passes', said('how do i get rid of an old fridge', 'Call the county recycling office at 410-555-0100 to book a bulk pickup.'), some({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'O7 for: "¿El índice tiene a su abuela?" (Spanish)':
    'followup.completeness: expected pass, got fail. The Spanish "does the index have her?" is read by no completeness phrase (O7 is English only); older: v48 fails it too.',
  'O11 for: "Dispose of the paint at the county hazardous waste depot" (another verb)':
    'referral.contact: expected fail, got na. Telling the patron to dispose of it at the depot sends them there (a visit, no contact); "dispose of … at" is not among O11\'s bring/take/drop; older: v48 na too.',
  'O11 for: "Lleve las pilas al punto de reciclaje" (Spanish)':
    'referral.contact: expected fail, got na. The Spanish "take the batteries to the recycling point" is read by no referral phrase; older: v48 na too.',
  'O11 for: "The transfer station takes mattresses, so just haul it over there" (another order)':
    'referral.contact: expected fail, got na. The station named first, then "just haul it over there" (a visit, no contact): no "to <site>" after the verb; older: v48 na too.',
  'O11 for: a drop-off location with its URL':
    'referral.contact: expected pass, got fail. "Drop them off at any e-waste drop-off location; the list is at recycle.example.gov/batteries." gives the sites\' URL in the next clause, but the scorer does not tie it to the party; O caused: v48 na (no referral read). Kept LEFT by decision 020\'s exception: the older reading holds that a URL given as "the list is at …" is not the party\'s contact (v48 and v49 fail "Contact the county recycling office; the list is at recycle.example.gov/batteries." alike), so O11 only made the site a party like an office; withdrawing the sites as parties would put two referrals without contact back to na.',
};

describe('fiftieth round: block O, sixth blind check', () => {
  for (const [t, cs] of [['O7', o7], ['O11', o11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
