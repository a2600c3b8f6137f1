/**
 * Fiftieth round, seventh blind check of block O (rubric v49): O7's last mends (followup.completeness), tried both ways in
 * cases written blind (without the earlier blind checks' files) and labelled from RUBRIC.md before they ran.
 *
 * What it checks: O7's "Does/Did the <source> have/show/… <him / her / it / your …>?" after a source (for: other words,
 * typos, chat-speak, other verbs, plurals, possessives, Spanish); mend 1 (a page part in the rest of the question is no
 * completeness question), mend 2 ("line", "column" no page parts), mend 3 ("it as / is / was …" a status); and the older
 * readings next to them ("Does that answer your question?", "Did that help?", an offer of something not yet given).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question whether a source already given holds the person, place or item sought asks whether the information meets the
 *   need, whatever the verb ("say", "turn up"), the source's word ("yearbook", "articles", "catalogue") or the possessive
 *   ("your grandfather's name"); a newspaper's section, a land survey's section and an archive's box are parts of the source
 *   sought, not of a web page.
 * - Where a page shows the patron's own detail (an address on an account panel, a confirmation page, a column) while the patron
 *   changes or registers it, the question finds the way, not whether the information meets the need; so does what a catalog or
 *   account shows of an item's status ("checked out", "greyed out", "was due"), with or without "as".
 * - A source named but not yet given ("the 1950 census record", after the 1940 census) is something not yet given.
 *
 * COUNTS: 26 cases written (16 for, 10 against; 4 of them older readings). First run as labelled: 6. Disagreeing: 20. Label
 * corrections: 0. Final: 6 running, 20 LEFT (11 for, 9 against):
 * - for, got fail (older): "does the census record show ur great great grandpa?" (unhyphened great great)
 * - for, got fail (older): "Does the record show your grandfather's name?" (possessive)
 * - for, got fail (older): "Did the obituary page mention your grandma in the society section?" (mend 1's section)
 * - for, got fail (older): "Does the plat map show your farm in section 12?" (mend 1's section)
 * - for, got fail (older): "Does the collection list have them in box 4?" (mend 1's box)
 * - for, got fail (older): "Does our catalogue have it?" (our, -ue)
 * - for, got fail (older): "Does the index have her, and does the date match what your aunt remembered?" (> 40 characters)
 * - for, got fail (older): "Does the obituary say when he died?" (say)
 * - for, got fail (older): "¿El índice tiene a su abuela?" (Spanish)
 * - for, got fail (older): "Did those articles mention your great-aunt?" (plural source, aunt)
 * - for, got fail (older): "Does the yearbook list your mom?" (yearbook)
 * - for, got fail (older; mend 3 blocks it): "Does the catalog have it as an ebook?"
 * - against, got pass (O caused): "Does the catalog show them as checked out?" (them as)
 * - against, got pass (O caused): "Does the catalog show it checked out right now?" (no "as")
 * - against, got pass (O caused): "Does the page show it greyed out?"
 * - against, got pass (O caused): "Does the page show your address in the account panel?" (panel)
 * - against, got pass (O caused): "Did the site show your address on the confirmation page?"
 * - against, got pass (O caused): "Does the page show your address in the right column?" (mend 2 on a web page)
 * - against, got pass (O caused): "Does the page have your address under Edit Profile?"
 * - against, got pass (O caused): "Does the 1950 census record have her? I can pull it up for you." (not yet given)
 *
 * MENDED AFTER THIS CHECK (the last cut of v49, checked only by the full suite): 7 of the 8 readings O caused ("your address"
 *   left out of the patron's things, a field's; a pronoun object ends the question or is a person shown as something other than a
 *   status; "panel" a page part) and 3 older ones ("great great grandpa", a paper's or a survey's "section" no page part) read as
 *   labelled: 16 running, 10 LEFT. The 1950 census record offered, not given, stays LEFT (its reason says why).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Pat here, a librarian at Kentwood Public Library.';
const { asked } = nearMissLines(HI);

const CENSUS = 'The 1880 census is free at familysearch.org/search/collection/1417683; search by surname and county.';
const ADDRESS = 'Sign in at kentwoodlib.example.org/myaccount and choose Edit Profile to change it.';
const HOLDS = 'Search the catalog at kentwoodlib.example.org/catalog; when a copy is out, a Place Hold button appears.';

export const forO7: SessionCase[] = [
  c('O7 for: "does the census record show ur great great grandpa?" (no hyphens, chat-speak)', asked('trying to find my great great grandpa in 1880, he lived in kent county', CENSUS, 'ok i see the search', 'does the census record show ur great great grandpa?'), some({ complete: 'pass' })),
  c('O7 for: "Does the record show your grandfather\'s name?" (a possessive)', asked('i need my grandfathers ww1 draft card', 'The WWI draft cards are at familysearch.org/search/collection/1968530, by name and county.', 'found one i think', "Does the record show your grandfather's name?"), some({ complete: 'pass' })),
  c('O7 for: "Did the obituary page mention your grandma in the society section?" (a paper\'s section)', asked('was my grandma in the paper when she married in 1951', 'The Kentwood Herald 1951 is digitized at kentwoodlib.example.org/herald; June has most weddings.', 'looking at june', 'Did the obituary page mention your grandma in the society section?'), some({ complete: 'pass' })),
  c('O7 for: "Does the plat map show your farm in section 12?" (a survey section)', asked('is there an old map that shows my family farm, gaines township', 'The 1894 plat book of Kent County is at kentwoodlib.example.org/plats, Gaines Township is page 31.', 'opening it', 'Does the plat map show your farm in section 12?'), some({ complete: 'pass' })),
  c('O7 for: "Does the collection list have them in box 4?" (an archive\'s box)', asked('my grandfathers letters went to the historical society, can i see them', 'The Kent Historical Society collection list is at kenthistory.example.org/finding-aids/ms-212.', 'ok', 'Does the collection list have them in box 4?'), some({ complete: 'pass' })),
  c('O7 for: "Did the database turn up anything on her?" (another verb)', asked('looking for my aunt in old immigration records', 'Ellis Island\'s passenger database at heritage.statueofliberty.org is free, search by her maiden name.', 'searching', 'Did the database turn up anything on her?'), some({ complete: 'pass' })),
  c('O7 for: "Does our catalogue have it?" (our, -ue)', asked('do you have the book Braiding Sweetgrass', 'Our catalogue is at kentwoodlib.example.org/catalog, search by the title.', 'ok typing it in', 'Does our catalogue have it?'), some({ complete: 'pass' })),
  c('O7 for: "Does the index have her, and does the date match …?" (a long question)', asked('need my grandmothers obituary from the 1970s', 'The obituary index is at kentwoodlib.example.org/obits, by surname.', 'searching', 'Does the index have her, and does the date match what your aunt remembered?'), some({ complete: 'pass' })),
  c('O7 for: "Does the obituary say when he died?" (say)', asked('need to know when my great uncle died, he has an obit online', 'His obituary is on legacy.com: search his name with Kentwood.', 'found it', 'Does the obituary say when he died?'), some({ complete: 'pass' })),
  c('O7 for: "¿El índice tiene a su abuela?" (Spanish)', asked('busco el obituario de mi abuela de 1985', 'El índice de obituarios está en kentwoodlib.example.org/obits; busque por su apellido.', 'ok buscando', '¿El índice tiene a su abuela?'), some({ complete: 'pass' })),
  c('O7 for: "Did those articles mention your great-aunt?" (plural source)', asked('my great aunt was a nurse in ww2, anything about her', 'Two Herald articles from 1944 are at kentwoodlib.example.org/herald/1944-nurses.', 'reading', 'Did those articles mention your great-aunt?'), some({ complete: 'pass' })),
  c('O7 for: "Does the yearbook list your mom?" (yearbook)', asked('want to find my moms senior picture, east kentwood 1978', 'The 1978 East Kentwood yearbook is scanned at kentwoodlib.example.org/yearbooks.', 'ok', 'Does the yearbook list your mom?'), some({ complete: 'pass' })),
  c('O7 for: "Does the record show him as a private in Company B?" (him as: the man sought)', asked('did my ancestor fight in the civil war, john hale, michigan', 'Michigan Civil War service records are at michiganology.org, search Hale.', 'found a john hale', 'Does the record show him as a private in Company B?'), some({ complete: 'pass' })),
  c('O7 for: "Does the catalog have it as an ebook?" (the need, not a status)', asked('need Educated by Tara Westover as an ebook', 'Our catalog is at kentwoodlib.example.org/catalog; ebooks are marked with a tablet sign.', 'ok searching', 'Does the catalog have it as an ebook?'), some({ complete: 'pass' })),
  c('older for: "Does that answer your question?"', asked('when does the kentwood branch close on sunday', 'It closes at 5 on Sundays; all hours are at kentwoodlib.example.org/hours.', 'ok', 'Does that answer your question?'), some({ complete: 'pass' })),
  c('older for: "Did that help?"', asked('how do i get a library card', 'Apply online at kentwoodlib.example.org/card; bring an ID to pick it up.', 'ok', 'Did that help?'), some({ complete: 'pass' })),
];

export const againstO7: SessionCase[] = [
  c('O7 against: "Does the catalog show them as checked out?" (a status, them)', asked('how do i put a hold on two dvds', HOLDS, 'im on it', 'Does the catalog show them as checked out?'), some({ complete: 'fail' })),
  c('O7 against: "Does the catalog show it checked out right now?" (a status, no "as")', asked('how do i put a hold on a book', HOLDS, 'im on it', 'Does the catalog show it checked out right now?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page show it greyed out?" (a status)', asked('how do i renew my book online', 'Sign in at kentwoodlib.example.org/myaccount and tick Renew next to the title.', 'im there', 'Does the page show it greyed out?'), some({ complete: 'fail' })),
  c('O7 against: "Did the page show it was due on the 5th?" (it was)', asked('how do i renew my book online', 'Sign in at kentwoodlib.example.org/myaccount and tick Renew next to the title.', 'ok', 'Did the page show it was due on the 5th?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page show your address in the account panel?" (panel)', asked('how do i change my address on my card', ADDRESS, 'signed in', 'Does the page show your address in the account panel?'), some({ complete: 'fail' })),
  c('O7 against: "Did the site show your address on the confirmation page?"', asked('can i sign up for a card online', 'Yes, at kentwoodlib.example.org/card; it asks for your address and ID number.', 'done i think', 'Did the site show your address on the confirmation page?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page show your address in the right column?" (a layout column)', asked('how do i change my address on my card', ADDRESS, 'signed in', 'Does the page show your address in the right column?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page have your address under Edit Profile?" (a menu item, unnamed)', asked('how do i change my address on my card', ADDRESS, 'signed in', 'Does the page have your address under Edit Profile?'), some({ complete: 'fail' })),
  c('O7 against: "Does the 1950 census record have her? I can pull it up" (not yet given)', asked('looking for my grandma in the census, born 1938', 'The 1940 census is at 1940census.archives.gov, by address or name.', 'found her in 1940!', 'Does the 1950 census record have her? I can pull it up for you.'), some({ complete: 'fail' })),
  c('older against: "Would a scan of the page be what you need?" (not yet given)', asked('i need an article from the 1962 herald', 'The Herald for 1962 is on microfilm at the Main library, listed at kentwoodlib.example.org/herald.', 'i cant come in', 'Would a scan of the page be what you need?'), some({ complete: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // ---- for: the meant behaviour in other words, not read (v48 read them the same: older)
  'O7 for: "Does the record show your grandfather\'s name?" (a possessive)':
    'followup.completeness: expected pass, got fail. The normalised "your grandfathers name" ends the kin word in "s" and "name" is not in the list after "your"; older: v48 fails it too.',
  'O7 for: "Does the collection list have them in box 4?" (an archive\'s box)':
    'followup.completeness: expected pass, got fail. Mend 1 reads an archive\'s "box 4" as a page part; older: v48 fails it too.',
  'O7 for: "Does our catalogue have it?" (our, -ue)':
    'followup.completeness: expected pass, got fail. HAVE_IT_O7 takes only the/that/this/those/these (not "our") and "catalog" (not "catalogue"); older: v48 fails it too.',
  'O7 for: "Does the index have her, and does the date match …?" (a long question)':
    'followup.completeness: expected pass, got fail. "?" is more than 40 characters after "her"; older: v48 fails it too.',
  'O7 for: "Does the obituary say when he died?" (say)':
    'followup.completeness: expected pass, got fail. "say" is not among have/show/list/mention/include/cover/give; older: v48 fails it too.',
  'O7 for: "¿El índice tiene a su abuela?" (Spanish)':
    'followup.completeness: expected pass, got fail. O7 has no Spanish form; older: v48 fails it too.',
  'O7 for: "Did those articles mention your great-aunt?" (plural source)':
    'followup.completeness: expected pass, got fail. "articles" (plural) is not a source word, nor "aunt" after "great-"; older: v48 fails it too.',
  'O7 for: "Does the yearbook list your mom?" (yearbook)':
    'followup.completeness: expected pass, got fail. "yearbook" is one word, not "… book"; older: v48 fails it too.',
  'O7 for: "Does the catalog have it as an ebook?" (the need, not a status)':
    'followup.completeness: expected pass, got fail. Mend 3 takes every "it as" for a status, here the format sought; older: v48 fails it too (mend 3 keeps O7 from reading it).',
  // ---- against: near misses read (v48 failed them as labelled: O caused)
  'O7 against: "Does the 1950 census record have her? I can pull it up" (not yet given)':
    'followup.completeness: expected fail, got pass. HAVE_IT_O7 does not ask that the source named was given (the 1940 census was; the 1950 record is offered); O caused: v48 fails it. Kept LEFT by decision 020\'s exception: the words alone ("Does the census record have her?") are the completeness question after the record is given; only the chat before tells that this record was not.',
};

describe('fiftieth round: block O, seventh blind check (O7)', () => {
  for (const [t, cs] of [['O7 for', forO7], ['O7 against', againstO7]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
