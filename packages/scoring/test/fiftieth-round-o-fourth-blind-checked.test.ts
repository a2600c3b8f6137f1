/**
 * Fiftieth round, fourth blind check of block O (rubric v49), on its mends after the first blind check: O5 (closing.anything_else,
 * inquiry.clarify), O7 (followup.completeness), O8 and O11 (referral.contact). Every case is in new wording (typos, chat-speak,
 * other verbs, parties, orders, Spanish), labelled from RUBRIC.md's text before it ran: "for" cases give the meant behaviour,
 * "against" cases are near misses the block must not read and older readings it must not break.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - inquiry.clarify / closing.anything_else: "anything else" asked about what the patron knows or remembers of the need ("could u
 *   tell me anything else abt the car", "¿Recuerda algo más sobre el libro?") is a question about the need, not "anything else?";
 *   asking whether the patron needs more ("Do you know if there's anything else I can find for you?") is "anything else?".
 * - followup.completeness: asking whether a source given holds or fits the need ("Did that yearbook have your dad in it?") asks
 *   whether the information meets the need; asking about a part of a page (a tab, link, field, setting) asks the patron to find
 *   their way, and does not.
 * - referral.contact: telling the patron to ask, hire or consult their own professional or landlord, or to take things to a
 *   collection or recycling site, a transfer station or a store that takes them, is a referral to a party outside the chat; a
 *   postal address or URL for it is a way to reach it. The professional's papers ("your caterer's quote") and "bring it to a boil"
 *   refer no one.
 *
 * COUNTS: written 44 (for 24, against 20); first run as labelled 33; disagreeing 11; label corrections 0; final: 33 running, 11
 * LEFT (9 older, 2 O caused):
 * - clarify/anything_else, expected pass/fail, got fail/pass: "Do you rember anything else about it?" (typo), older.
 * - clarify/anything_else, expected pass/fail, got fail/pass: "¿Recuerda algo más sobre el libro, como la portada?", older.
 * - completeness, expected pass, got fail: "Does the 1940 census sheet show ur great-grandmother?", older.
 * - completeness, expected pass, got fail: "Did that yearbook have your dad in it?", older.
 * - completeness, expected fail, got pass: "Does the database show your home branch setting?", O caused.
 * - completeness, expected fail, got pass: "Does the page have your street address field filled in?", O caused.
 * - referral.contact, expected fail, got pass: "ask ur landlord, ... tenant law at wexfordhousing.example.gov" (the URL is not the landlord's), older.
 * - referral.contact, expected fail, got na: "le recomiendo consultar a su contador", older.
 * - referral.contact, expected fail, got na: "take the old paint to the household hazardous waste day at the fairgrounds", older (O11 misses it).
 * - referral.contact, expected fail, got na: "The e-waste can go to the transfer station on Route 9", older.
 * - referral.contact, expected fail, got na: "Las pilas se pueden llevar a un punto limpio del municipio.", older.
 *
 * MENDED AFTER THIS CHECK: the 2 readings O caused (O7 now looks two words past the patron's thing for a page part: "your
 *   home branch setting", "your street address field") read as labelled: 35 running, 9 LEFT. O11's "event or day" was withdrawn
 *   (a collection day is an event, not a party): the hazardous waste day case stays LEFT with that reason.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Pat here at Wexford Public Library.';
const { asked, said } = nearMissLines(HI);

export const o5: SessionCase[] = [
  // ---- for: "anything else" about the need, asked before the source (clarify passes, nobody asks "anything else?")
  c('O5 for: "Did you happen to remember the author, or anything else about the plot?"', asked('looking for a mystery book i read last summer', 'Did you happen to remember the author, or anything else about the plot?', 'there was a lighthouse in it', 'Try NoveList at wexfordlib.example.org/novelist and search "lighthouse mystery".'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "could u tell me anything else abt the car" (chat-speak)', asked('need a repair manual for my car', 'could u tell me anything else abt the car, like the year and model?', '2009 honda fit', 'The Chilton Library at wexfordlib.example.org/chilton has the 2009 Fit.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "Anything else you can remember about where you saw it?"', asked('trying to find a painting i saw once', 'Anything else you can remember about where you saw it?', 'a museum in ohio i think', 'The Ohio Memory collection at ohiomemory.org has many Ohio museum paintings.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "Would you recall anything else about the house, such as the street?"', asked('i want the history of my grandparents house', 'Would you recall anything else about the house, such as the street?', 'elm street, wexford', 'The house files at wexfordlib.example.org/houses have Elm Street.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "Do you know the year it opened, or anything else that narrows it down?"', asked('info on an old movie theater downtown', 'Do you know the year it opened, or anything else that narrows it down?', 'maybe 1920s', 'Cinema Treasures at cinematreasures.org lists the 1920s theaters downtown.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "Do you rember anything else about it?" (typo)', asked('trying to find a poem from school', 'Do you rember anything else about it?', 'it was about a red wheelbarrow', 'That is "The Red Wheelbarrow" by William Carlos Williams, at poetryfoundation.org.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "Anything else about the song you remember, like a line?" (other order)', asked('need help finding a song', 'Anything else about the song you remember, like a line?', 'something about a blue bayou', 'That sounds like "Blue Bayou"; the lyrics are at songfacts.com.'), some({ clarify: 'pass', anything: 'fail' })),
  c('O5 for: "¿Recuerda algo más sobre el libro?" (Spanish)', asked('busco un libro que lei de niña', '¿Recuerda algo más sobre el libro, como la portada?', 'una niña y un caballo', 'Pruebe el foro "What\'s That Book?" en goodreads.com.'), some({ clarify: 'pass', anything: 'fail' })),
  // ---- against: "anything else?" still asked, after the answer
  c('O5 against: "Could you tell me whether there\'s anything else I can help with today?"', asked('when is the book sale', 'The book sale is April 12; details at wexfordlib.example.org/sale.', 'ok', "Could you tell me whether there's anything else I can help with today?"), some({ anything: 'pass' })),
  c('O5 against: "can u tell me if u need anything else?"', asked('when is the book sale', 'The book sale is April 12; details at wexfordlib.example.org/sale.', 'ok', 'can u tell me if u need anything else?'), some({ anything: 'pass' })),
  c('O5 against: "Do you know if there\'s anything else I can find for you?"', asked('when is the book sale', 'The book sale is April 12; details at wexfordlib.example.org/sale.', 'ok', "Do you know if there's anything else I can find for you?"), some({ anything: 'pass' })),
  c('O5 against: "Would you like to know anything else?"', asked('when is the book sale', 'The book sale is April 12; details at wexfordlib.example.org/sale.', 'ok', 'Would you like to know anything else?'), some({ anything: 'pass' })),
  c('O5 against: "Anything else I can tell you about?"', asked('when is the book sale', 'The book sale is April 12; details at wexfordlib.example.org/sale.', 'ok', 'Anything else I can tell you about?'), some({ anything: 'pass' })),
];

export const o7: SessionCase[] = [
  // ---- for: whether what was given meets the need
  c('O7 for: "did the probate index list your grandpa?"', asked('need my grandpas will from the 1950s', 'The probate index is at wexfordcourts.example.gov/probate; search his surname.', 'ok looking', 'did the probate index list your grandpa?'), some({ complete: 'pass' })),
  c('O7 for: "Does the 1940 census sheet show ur great-grandmother?"', asked('where can i find my great grandma in the census', 'The 1940 census is free at 1940census.archives.gov; her sheet is under Wexford, district 12.', 'found a sheet', 'Does the 1940 census sheet show ur great-grandmother?'), some({ complete: 'pass' })),
  c('O7 for: "Did that yearbook have your dad in it?"', asked('need my dads high school yearbook from 1975', 'The 1975 Wexford High yearbook is scanned at wexfordlib.example.org/yearbooks.', 'opening it', 'Did that yearbook have your dad in it?'), some({ complete: 'pass' })),
  c('O7 for: "Do these articles cover what you need for the essay?"', asked('need articles on school uniforms for an essay', 'Try these two from Opposing Viewpoints at wexfordlib.example.org/ovrc: "Uniforms and Discipline" and "Dress Codes Today".', 'ok', 'Do these articles cover what you need for the essay?'), some({ complete: 'pass' })),
  c('O7 for: "Is the deed record the one u were after?"', asked('looking for the deed to our farm', 'The 1962 deed is in the land records at wexforddeeds.example.gov, book 212 page 40.', 'i see it', 'Is the deed record the one u were after?'), some({ complete: 'pass' })),
  c('O7 for: "Are these sources enough for your paper?"', asked('sources on the dust bowl for my paper', 'The Library of Congress guide at guides.loc.gov/dust-bowl lists primary sources, and "The Worst Hard Time" is in our catalog.', 'ok', 'Are these sources enough for your paper?'), some({ complete: 'pass' })),
  c('O7 for: "Does the plat map show your lot?"', asked('need to see where my lot is', 'The plat maps are at wexforddeeds.example.gov/plats, by subdivision.', 'ok opening', 'Does the plat map show your lot?'), some({ complete: 'pass' })),
  // ---- against: a part of the page, to find the way
  c('O7 against: "Does the catalog page show the Search tab on the left?"', asked('how do i place a hold', 'Go to wexfordlib.example.org and find the book in the catalog.', 'im on it', 'Does the catalog page show the Search tab on the left?'), some({ complete: 'fail' })),
  c('O7 against: "Does that site have the download link yet?"', asked('how do i get the tax form', 'The form is at irs.gov/forms.', 'on the site', 'Does that site have the download link yet?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page show your address box yet?"', asked('how do i update my address on my card', 'Sign in to My Account at wexfordlib.example.org and choose Profile.', 'signed in', 'Does the page show your address box yet?'), some({ complete: 'fail' })),
  c('O7 against: "Does the database show your home branch setting?"', asked('how do i change my pickup branch', 'Sign in to My Account at wexfordlib.example.org and open Preferences.', 'ok', 'Does the database show your home branch setting?'), some({ complete: 'fail' })),
  c('O7 against: "Does the page have your street address field filled in?"', asked('how do i update my address on my card', 'Sign in to My Account at wexfordlib.example.org and choose Profile.', 'signed in', 'Does the page have your street address field filled in?'), some({ complete: 'fail' })),
];

export const o8: SessionCase[] = [
  // ---- for: their own professional or landlord, hired or asked
  c('O8 for: "check with your florist" refers, no contact', said('which flowers last longest for a wedding', 'Wedding Flowers at wexfordlib.example.org lists long-lasting kinds; check with your florist about what is in season.'), some({ referral: 'fail' })),
  c('O8 for: "ask ur landlord" (chat-speak) refers, no contact', said('my heat is out, who fixes it', 'ask ur landlord, they have to fix the heat under the tenant law at wexfordhousing.example.gov'), some({ referral: 'fail' })),
  c('O8 for: "Talk to your wedding photographer" refers, no contact', said('how do i get the raw files from my wedding', 'Talk to your wedding photographer about the raw files; it depends on your contract.'), some({ referral: 'fail' })),
  c('O8 for: "Your property manager ... call them at 410-555-0199" refers with a phone', said('can i put a satellite dish on my balcony', 'The FCC rule is at fcc.gov/otard. Your property manager can say what the lease allows; call them at 410-555-0199.'), some({ referral: 'pass' })),
  c('O8 for: "engage a certified arborist" refers, no contact', said('is it safe to cut down my oak tree', 'The county tree guide is at wexfordparks.example.gov/trees; you will want to engage a certified arborist before cutting.'), some({ referral: 'fail' })),
  c('O8 for: "Le recomiendo consultar a su contador" (Spanish) refers, no contact', said('como declaro ingresos de otro pais', 'El IRS explica las reglas en irs.gov/es; le recomiendo consultar a su contador.'), some({ referral: 'fail' })),
  // ---- against: the professional's things, or a professional no one is sent to
  c('O8 against: "Your caterer\'s quote should list the per-head price"', said('how much does a wedding dinner cost per person', "Your caterer's quote should list the per-head price; the Knot's cost guide at theknot.com has averages."), some({ referral: 'na' })),
  c('O8 against: "the landlord\'s bill" names no one to contact', said('why is my water bill so high', "The water rates are at wexfordwater.example.gov; the landlord's bill should show the meter reading."), some({ referral: 'na' })),
  c('O8 against: "Our photographer took the pictures" refers no one', said('are there photos of the library gala', "Our photographer took the pictures at the gala; they're at flickr.com/wexfordlib."), some({ referral: 'na' })),
  c('O8 against: "A surveyor\'s report from 1988 is in the deed file" refers no one', said('is there an old survey of my land', "A surveyor's report from 1988 is in the deed file at wexforddeeds.example.gov, book 301."), some({ referral: 'na' })),
];

export const o11: SessionCase[] = [
  // ---- for: take them to a site
  c('O11 for: "just drop them off at a battery collection point" with the county\'s list', said('where do i get rid of old batteries', 'just drop them off at a battery collection point, the county lists them at wexfordrecycles.example.gov'), some({ referral: 'pass' })),
  c('O11 for: "take the old paint to the household hazardous waste day" no contact', said('what do i do with old paint cans', 'You can take the old paint to the household hazardous waste day at the fairgrounds in May.'), some({ referral: 'fail' })),
  c('O11 for: "bring em to any store that takes plastic bags" no contact', said('can plastic bags go in recycling', 'no, bring em to any store that takes plastic bags, most grocery stores do'), some({ referral: 'fail' })),
  c('O11 for: "Take the TV to a recycling centre; ... 12 Mill Rd" with an address', said('how do i get rid of an old tv', "Take the TV to a recycling centre; Wexford's is at 12 Mill Rd, Wexford, PA 15090."), some({ referral: 'pass' })),
  c('O11 for: "the e-waste can go to the transfer station" (other verb) no contact', said('where does an old computer go', 'The e-waste can go to the transfer station on Route 9, open Saturdays.'), some({ referral: 'fail' })),
  c('O11 for: "Las pilas se pueden llevar a un punto limpio" (Spanish) no contact', said('donde tiro pilas usadas', 'Las pilas se pueden llevar a un punto limpio del municipio.'), some({ referral: 'fail' })),
  // ---- against: no site the patron is sent to
  c('O11 against: "take a peek at the drop-off locations on the county map"', said('where can i drop off electronics', 'Take a peek at the drop-off locations on the county map at wexfordrecycles.example.gov/map.'), some({ referral: 'na' })),
  c('O11 against: "Bring it to a boil" (a recipe)', said('how do i make apple butter', 'The Ball Blue Book at wexfordlib.example.org has it: bring it to a boil, then simmer for two hours.'), some({ referral: 'na' })),
  c('O11 against: "The recycling center closed in 2019" refers no one', said('what happened to the recycling center', 'The recycling center closed in 2019, per the council minutes at wexfordcounty.example.gov/minutes.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'O5 for: "Do you rember anything else about it?" (typo)':
    'closing.anything_else: expected fail, got pass; inquiry.clarify: expected pass, got fail. "Do you rember anything else about it?" asks what the patron recalls of the need, but the typo "rember" escapes O5\'s know/remember/recall; older: v48 reads it the same.',
  'O5 for: "¿Recuerda algo más sobre el libro?" (Spanish)':
    'closing.anything_else: expected fail, got pass; inquiry.clarify: expected pass, got fail. "¿Recuerda algo más sobre el libro, como la portada?" asks about the need; O5 is English only and O6 only takes "algo más" of a kind; older: v48 reads it the same.',
  'O7 for: "Does the 1940 census sheet show ur great-grandmother?"':
    'followup.completeness: expected pass, got fail. "Does the 1940 census sheet show ur great-grandmother?" asks whether the page given holds the person sought; "sheet" is not among O7\'s source nouns; older: v48 reads it the same.',
  'O7 for: "Did that yearbook have your dad in it?"':
    'followup.completeness: expected pass, got fail. "Did that yearbook have your dad in it?" asks whether the yearbook given holds him; O7 reads "book" only as its own word, not "yearbook"; older: v48 reads it the same.',
  'O8 for: "ask ur landlord" (chat-speak) refers, no contact':
    'referral.contact: expected fail, got pass. "ask ur landlord, they have to fix the heat under the tenant law at wexfordhousing.example.gov": the landlord is referred to, but the URL is the tenant law\'s, not a way to reach the landlord; older: v48 passes it too.',
  'O8 for: "Le recomiendo consultar a su contador" (Spanish) refers, no contact':
    'referral.contact: expected fail, got na. "le recomiendo consultar a su contador" refers the patron to their accountant; O8 is English only; older: v48 reads no referral either.',
  'O11 for: "take the old paint to the household hazardous waste day" no contact':
    'referral.contact: expected fail, got na. "You can take the old paint to the household hazardous waste day at the fairgrounds in May." sends the patron to a collection day, as O11 means ("event or day"), but no referral is read (nor with "a household hazardous waste day" or "take it to"); older: v48 reads no referral either (O11 misses it).',
  'O11 for: "the e-waste can go to the transfer station" (other verb) no contact':
    'referral.contact: expected fail, got na. "The e-waste can go to the transfer station on Route 9, open Saturdays." sends the patron to the transfer station, but O11 reads only bring/take/drop; older: v48 reads no referral either.',
  'O11 for: "Las pilas se pueden llevar a un punto limpio" (Spanish) no contact':
    'referral.contact: expected fail, got na. "Las pilas se pueden llevar a un punto limpio del municipio." sends the patron to a collection point; O11 is English only; older: v48 reads no referral either.',
};

describe('fiftieth round: block O, fourth blind check', () => {
  for (const [t, cs] of [['O5', o5], ['O7', o7], ['O8', o8], ['O11', o11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
