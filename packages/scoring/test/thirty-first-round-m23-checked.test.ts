/**
 * Thirty-first round, second wave (N1): the v32 settings and phrase changes of blocks M2 (hobbies and leisure) and M3
 * (getting around) checked for false readings: near misses that share a setting's words or shape but are NOT its
 * behaviour, and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a library, a library program ("Lucky Day"), a genre or a kind of item ("Craft Videos", "Cozy Mysteries") said to be on
 *   an app is no publication: the app is named without a way to reach it, no source;
 * - "I'm not sure whether X is on Libby" gives no source: the provider does not know the title is there;
 * - "Did the garden center have anything else on your seed list today?" asks about the shop's stock, not whether the
 *   patron needs anything else;
 * - a gas station's air pump, like M3's gas-station kiosk, is a thing to use, no party (referral na);
 * - an organisation's own website given before a ";" ("The BMV's website is in.gov/bmv; stop by the BMV", "The hours are at
 *   in.gov/bmv; visit the BMV") is a way to reach it (a URL);
 * - "Neither Vogue Knitting nor Knit Simple is on Libby" denies both titles: no source.
 * Written: 41 cases run (31 near misses, 10 of the settings' behaviour in new words) + 7 in LEFT. First run (34 cases): 14
 * failed; 1 was my label (the BMV's own in.gov/bmv after "your nearest one": its URL, referral passes), 2 were rewritten
 * for older readings (a URL in the same sentence as "take it to a tire shop"; "schedule a visit to the BMV" not read as a
 * referral), 3 moved to LEFT (older readings or no shape to narrow by), 8 were v32 false readings, narrowed. Of 14 added
 * after (9 near misses, 5 behaviour), 2 more v32 false readings were narrowed and 4 went to LEFT. Narrowed (10 cases):
 *  - `titleOnAppM2`: kinds of item and genres as the name's last word ("The Craft Videos are on Hoopla", "our Cozy Mysteries
 *    are in Hoopla": Videos, Shows, Films, Series, Patterns, Cookbooks, Mysteries, Novels, Classes, Courses, Picks, Kits…);
 *    a title doubted, supposed or denied ("I'm not sure whether Vogue Knitting is on Libby", "If Taste of Home is in
 *    Flipster", "Neither … nor Knit Simple is on Libby") [still read: "I checked, and Knit Simple is in Libby", "Good news:
 *    Better Homes & Gardens is also on Flipster"];
 *  - anythingElse (M2's swap of alternative 0): not a shop's stock or what the patron found or got ("Did the garden center
 *    have anything else on your seed list today?", "Did you get anything else on your shopping list for today?") [still read:
 *    "Do you have anything else on your crafting list for today?", "Can I help with anything else on your wish list today?"];
 *  - referralParty (M3's addition): the parties' web tools ("Visit the dealer locator at ford.com/dealers": locator, finder,
 *    directory, network, search, map, inventory, listing, ratings, reviews) [still read: "take it to a tire shop"];
 *  - `localOneM3`: the party must be in the clause "one" belongs to, after any "but / while / though / instead"
 *    ("Mechanics charge for it, but gas stations have free air pumps, so just swing by your nearest one", "Dealers won't
 *    give them out, but every Metro station has free bike maps, so stop by your local one") [still read: "dealerships do
 *    the recall repair free, so stop by your local one", "The BMV does title transfers in person, so just pop into your
 *    nearest one"];
 *  - `sourceClauseM3`: not a URL whose path names the party in the first words after the verb ("The hours are at
 *    in.gov/bmv; visit the BMV before 5") [still read: "The recall notice is at nhtsa.gov/recalls; check with your mechanic"].
 * The behaviour cases of the M2 and M3 files still pass.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A source, "Does that help?", then the provider's last question `ask`, a bare reply and a goodbye. */
const ask = (q: string, text: string): Line[] => [
  ...OPEN(q),
  L("'Knitting Without Tears' by Elizabeth Zimmermann has it, on the shelf at 746.432 ZIM. Does that help?"),
  [90, 'p', 'yes'],
  [100, 'l', text],
  [130, 'p', 'ok'],
  [140, 'l', 'Thanks for chatting, bye!'],
];

export const checked: SessionCase[] = [
  // ---- notInCatalogM2 ----
  { name: 'notInCatalogM2 near miss: "It\'s not in the catalogue under sashiko, it\'s listed in the catalogue under Japanese embroidery" : source passes', lines: one('do you have books on sashiko', "It's not in the catalogue under sashiko, it's listed in the catalogue under Japanese embroidery. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'notInCatalogM2 near miss: "The cake pans aren\'t in our catalog yet, but the kit list is at sample.org/things" : source passes', lines: one('can i borrow a cake pan', "The cake pans aren't in our catalog yet, but the full kit list is at sample.org/things. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'notInCatalogM2 near miss: patron "its not in the catalog", provider "search the catalog for crochet instead" : source passes', lines: [...OPEN('i looked and its not in the catalog, the amigurumi book'), L("Try searching the catalog for 'amigurumi crochet' instead; the record is there under that spelling. Does that help?"), ...BYE], exp: some({ source: 'pass' }) },
  { name: 'notInCatalogM2 near miss: British "It isn\'t on the catalogue as an e-book, but the print copy is in the catalogue at 641.5 JAM" : source passes', lines: one('have you got jamie oliver 5 ingredients', "It isn't on the catalogue as an e-book, but the print copy is in the catalogue at 641.5 JAM. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'notInCatalogM2 behaviour: "Sorry, the seed library packets aren\'t listed in our catalog." (no source): source fails', lines: one('can i check out seeds', "Sorry, the seed library packets aren't listed in our catalog. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'notInCatalogM2 behaviour: chat-speak "the tele kits r new n not in the catalog yet" : source fails', lines: one('do u have telescopes', 'yes! the telescope kits are new n not in the catalog yet. does that help?'), exp: some({ source: 'fail' }) },

  // ---- titleOnAppM2 ----
  { name: 'titleOnAppM2 near miss: "Lucky Day is on Libby as well" (a library program): source fails', lines: one('the waitlist for the new grisham is huge', 'Our Lucky Day program is on Libby as well, so check it every morning. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 near miss: non-native "The Craft Videos are on Hoopla" (a kind of item): source fails', lines: one('i want learn crochet with video', 'Yes, The Craft Videos are on Hoopla, you need only your card. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 near miss: "our Cozy Mysteries are in Hoopla" (a genre): source fails', lines: one('i like cozy mysteries with knitting', 'Lots of our Cozy Mysteries are in Hoopla, and more are on Libby. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 near miss: "I\'m not sure whether Vogue Knitting is on Libby" : source fails', lines: one('is vogue knitting on the app', "I'm not sure whether Vogue Knitting is on Libby right now, we change titles every year. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 near miss: "Vogue Knitting isn\'t on Libby anymore" : source fails', lines: one('is vogue knitting on the app', "Sadly Vogue Knitting isn't on Libby anymore, we dropped it in January. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 near miss: "Neither Vogue Knitting nor Knit Simple is on Libby" : source fails', lines: one('any knitting magazines on the app', 'Neither Vogue Knitting nor Knit Simple is on Libby this year, sorry. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 near miss: "If Taste of Home is in Flipster, I\'ll let you know" : source fails', lines: one('is taste of home online', "If Taste of Home is in Flipster, I'll let you know tomorrow. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'titleOnAppM2 behaviour: "I checked, and Knit Simple is in Libby" : source passes', lines: one('is knit simple on the app', 'I checked, and Knit Simple is in Libby with the last two years of issues. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'titleOnAppM2 behaviour: "Good news: Better Homes & Gardens is also on Flipster" : source passes', lines: one('any gardening magazines online', 'Good news: Better Homes & Gardens is also on Flipster with your card. Does that help?'), exp: some({ source: 'pass' }) },

  // ---- anythingElse (v9's list exception) ----
  { name: 'anythingElse near miss: "Did the garden center have anything else on your seed list today?" (the shop\'s stock): anything fails', lines: ask('where do i find heirloom tomato seeds', 'Did the garden center have anything else on your seed list today?'), exp: some({ anything: 'fail' }) },
  { name: 'anythingElse near miss: "Did you get anything else on your shopping list for today?" (the patron\'s errands): anything fails', lines: ask('what do i need for a first sourdough', 'Did you get anything else on your shopping list for today?'), exp: some({ anything: 'fail' }) },
  { name: 'anythingElse near miss: "Is there anything else on your supply list for now that the kit is missing?" : anything fails', lines: ask('does the knitting kit have needles', 'Is there anything else on your supply list for now that the kit is missing?'), exp: some({ anything: 'fail' }) },
  { name: 'anythingElse near miss: "Was anything else on the pattern list for tonight\'s class out of stock?" : anything fails', lines: ask('my yarn shop was out of the pattern', "Was anything else on the pattern list for tonight's class out of stock?"), exp: some({ anything: 'fail' }) },
  { name: 'anythingElse near miss: "Were you able to find anything else on your reading list today?" (what the patron found): anything fails', lines: ask('i need books for my book club', 'Were you able to find anything else on your reading list today?'), exp: some({ anything: 'fail' }) },
  { name: 'anythingElse behaviour: "Do you have anything else on your crafting list for today?" : anything passes', lines: ask('any books on quilting', 'Do you have anything else on your crafting list for today?'), exp: some({ anything: 'pass' }) },
  { name: 'anythingElse behaviour: British "Can I help with anything else on your wish list today?" : anything passes', lines: ask('have you got knitting books for beginners', 'Can I help with anything else on your wish list today?'), exp: some({ anything: 'pass' }) },

  // ---- referralParty (M3 additions) ----
  { name: 'referralParty near miss: "Visit the dealer locator at ford.com/dealers" (a web page): referral na', lines: one('where can i get my ford recall fixed', 'Visit the dealer locator at ford.com/dealers to see which shops near you do recall work. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Visit AAA\'s gas prices page at gasprices.aaa.com" (a web page): referral na', lines: one('where is gas cheapest around here', "Visit AAA's gas prices page at gasprices.aaa.com for today's prices by county. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Check out The Mechanic\'s Guide to Small Engines at 621.43 MEC" (a book): referral na', lines: one('how do i fix my lawnmower engine', "Check out The Mechanic's Guide to Small Engines, on the shelf at 621.43 MEC. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "My mechanic said the same thing; the Chilton database at sample.org/chilton has it" : referral na', lines: one('is it hard to change brake pads', 'My mechanic told me the same thing, honestly; the Chilton Library database at sample.org/chilton has the steps. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Get off the 15 bus at the fire station and walk one block to the branch" (a place): referral na', lines: one('how do i get to the towson branch by bus', 'Get off the 15 bus at the fire station and walk one block north; the route map is at mta.maryland.gov/15. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Once RTO starts, visit mta.maryland.gov/commuter for the monthly pass" (return to office): referral na', lines: one('my job is going back to the office, how do i get a bus pass', 'Once your RTO starts, visit mta.maryland.gov/commuter for the monthly pass options. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "the GPS kit takes AAA batteries, see sample.org/gps" : referral na', lines: one('the gps kit i borrowed wont turn on', 'It takes two AAA batteries; go to sample.org/gps for the steps to load them. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Go to in.gov/bmv and click Renew Registration" (a web page; "bmv" in its path): referral na', lines: one('how do i renew my registration in indiana', 'Go to in.gov/bmv and click Renew Registration; it takes a few minutes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: non-native "Please to open sample.org/dvla/forms and fill the V5C there" : referral na', lines: one('i sold my car uk what form', 'Please to open sample.org/dvla/forms and fill the V5C part there, it is easy. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty behaviour: "take it to a tire shop" : referral fails', lines: one('my tire pressure light keeps coming on', "If the light stays on after filling them, take it to a tire shop so they can check for a slow leak. The Chilton Library database at sample.org/chilton explains the sensor. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },

  // ---- localOneM3 ----
  { name: 'localOneM3 near miss: "Mechanics charge for it, but gas stations have free air pumps, so just swing by your nearest one" : referral na', lines: one('where can i put air in my tires', 'Mechanics charge for it, but gas stations have free air pumps, so just swing by your nearest one; the how-to is at sample.org/tires. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'localOneM3 near miss: "Dealers won\'t lend them, but every Metro station has bike maps, so stop by your local one" : referral na', lines: one('where can i get a bike map', "Dealers won't give them out, but every Metro station has free bike maps, so stop by your local one; the map is also at sample.gov/bikemap. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'localOneM3 behaviour: "The BMV does title transfers in person, so just pop into your nearest one …; the form list is at in.gov/bmv/titles" (its own site): referral passes', lines: one('how do i transfer a car title in indiana', 'The BMV does title transfers in person, so just pop into your nearest one with the signed title; the form list is at in.gov/bmv/titles. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'localOneM3 behaviour: chat-speak "dealerships do the recall free, so stop by your local one" : referral fails', lines: one('is the airbag recall free', 'yep dealerships do the recall repair free, so stop by your local one. the recall list is at nhtsa.gov/recalls. does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },

  // ---- sourceClauseM3 ----
  { name: 'sourceClauseM3 near miss: "The BMV\'s website is in.gov/bmv; stop by the BMV" (its own site): referral passes', lines: one('how do i get a new plate', "The BMV's website is in.gov/bmv; stop by the BMV for the new plate. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceClauseM3 near miss: "The recall is at nhtsa.gov/recalls; call the dealership, 410-555-0190" : referral passes', lines: one('is my car recalled', 'The recall is at nhtsa.gov/recalls; call the dealership, 410-555-0190, to book the repair. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceClauseM3 near miss: "The hours are at in.gov/bmv; visit the BMV before 5" (its own domain): referral passes', lines: one('can i do a title transfer saturday', 'The hours are at in.gov/bmv; visit the BMV before 5 with your title. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceClauseM3 near miss: "The permit form is at aaa.com/idp; pop into any AAA office with two photos" : referral passes', lines: one('i need an international driving permit', 'The permit form is at aaa.com/idp; pop into any AAA office with two passport photos. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceClauseM3 behaviour: "The photo rules are at travel.state.gov/photos; ask the mechanic …" no: "check with your mechanic" : referral fails', lines: one('is the recall serious', 'The recall notice is at nhtsa.gov/recalls; check with your mechanic about the parts. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer still gets wrong, not run: "The Pratt is on Libby too" has the shape of
 * "The Economist is on PressReader" (a capitalised name after "The"; no narrowing tells a library from a title by shape);
 * "Go to the firehouse on Elm St … for the group ride" (a meeting place, told by purpose only; referral.contact reads the
 * street as the firehouse's address); "The dealership's page is sampletoyota.com; stop by the dealership" (v31 reads the
 * same: the page's URL is not taken as the dealership's, an older reading); "write to the DVLA using the form on that page"
 * (the DVLA is now a party, rightly, but "that page" is not read as pointing back to the URL: an older reading of contacts;
 * narrowing the party away would give na, also wrong); chat-speak "stop by ur local one" (`localOneM3` reads "your", not
 * "ur": widening is not this block's); "visit the BMV online at in.gov/bmv" (a web page to use: older parties read the same,
 * "visit the MVA online"; the object clause alone cannot tell "visit … online" from "contact … online"); "…
 * nhtsa.gov/recalls; check with the dealership about the recalls" (an older reading, the same with v32's M3 settings off:
 * a word of the URL after the verb makes it the party's).
 */
export const LEFT: SessionCase[] = [
  { name: 'sourceClauseM3 behaviour: "The notice is at nhtsa.gov/recalls; check with the dealership about the recalls" : referral fails', lines: one('is my car recalled', 'The notice is at nhtsa.gov/recalls; check with the dealership about the recalls on your model. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'referralParty near miss: "Visit the BMV online at in.gov/bmv to renew" (a web page): referral na', lines: one('how do i renew my registration in indiana', 'You can visit the BMV online at in.gov/bmv to renew it in a few minutes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'titleOnAppM2 near miss: "The Pratt is on Libby too" (a library): source fails', lines: one('can i get magazines on my phone', 'You can read magazines on the Libby app, and The Pratt is on Libby too if you have their card. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'referralParty near miss: "Go to the firehouse on Elm St by 8:45 for the group ride" (a meeting place): referral na', lines: one('when does the library bike ride start', 'Go to the firehouse on Elm St by 8:45 for the group ride; the route is at sample.org/ride. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'sourceClauseM3 near miss: "The dealership\'s page is sampletoyota.com; stop by the dealership" (its own site): referral passes', lines: one('who fixes the airbag recall', "The dealership's page is sampletoyota.com; stop by the dealership for the airbag repair. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceClauseM3 near miss: "The DVLA forms are at gov.uk/dvla-forms; write to the DVLA on that page" : referral passes', lines: one('how do i tell the dvla i sold my car', 'The DVLA forms are at gov.uk/dvla-forms; write to the DVLA using the form on that page. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'localOneM3 behaviour: chat-speak "dealerships do the recall free so stop by ur local one" : referral fails', lines: one('is the airbag recall free', 'yep dealerships do the recall repair free so stop by ur local one. the recall list is at nhtsa.gov/recalls. does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

describeSessions('thirty-first round, second wave (N1): the M2 and M3 settings checked', checked);

describeLeft('thirty-first-round-m23-checked', LEFT);
