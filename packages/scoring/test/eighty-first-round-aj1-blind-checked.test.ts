/**
 * Eighty-first round, blind check of block AJ (rubric v70), part aj1: AJ1, AJ2, AJ3 and AJ4 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break).
 * Check: referral.contact (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact or
 * visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office
 * or a named specialist; pointing to a website, database or publication for the patron to use is a source, not a referral; staff
 * the provider consults on the patron's behalf do not count. pass when every party the patron is referred to comes with a way to
 * reach them (e-mail, phone, postal address or URL); fail otherwise). Each session here has at most one party, so the label is
 * NO_WAY (fail), WITH_WAY (pass) or NONE (na).
 * - AJ1: a tea room, café, coffee shop, bakery, restaurant, diner, pub, brewery or winery (Spanish "panadería", "cafetería" …) is a
 *   place one can call, visit or ask; not its menu, page, hours, reviews or recipes.
 * - AJ2: "drop in" followed by a thing dropped into something is no visit; "drop in at / to <a place>", "drop in on <day>" still are.
 * - AJ3: "take / bring / carry it / them / the <thing> (in / over) to" a capitalised name, a comma and a street address refers the
 *   patron to that place, its address the way; not a sight to see, not the library doing it.
 * - AJ4: the chair of a body, after a possessive or a body's word, is a person to contact; not a chair as furniture.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A business the patron is told to call, visit, stop by or ask at (a coffee shop, a tea room, a diner, a bakery, a winery) is an
 *   organisation outside the chat: a referral. A business's menu, blog, reviews or hours page given as a URL, with no word telling
 *   the patron to go there or get in touch, is a source, not a referral, even when the patron will plainly go there.
 * - A street name alone ("on Main Street") is no postal address; a number, a street and a town is.
 * - "drop in <a sample> at <an office>" tells the patron to go to that office (to leave the sample there): a visit, a referral.
 * - Telling the patron to bring a thing to an organisation (a society, a club, a museum's staff, a coin shop, a court office) so
 *   that it looks at it or files it is telling them to visit it: a referral. Telling them to take children to a mountain for the
 *   day is an outing, no person or organisation to contact: no referral.
 * - A named person who is the chair of a body ("the Garden Club's plant sale chair, Ruth Ames") is one party; "your HOA's
 *   architecture chair" is a person to contact even unnamed. A chair the provider asked on the patron's behalf is not referred to.
 *
 * COUNTS. Written: 33 cases, 19 for and 14 against (AJ1 5/4, AJ2 4/3, AJ3 5/3, AJ4 5/4), in one batch, labels copied aside to
 * /tmp/s74/aj1-labels.ts before the first run. First run as labelled: 26 of 33. Disagreeing: 7. Label corrections: none (each reread
 * against referral.contact and the Terms' "Referral"; the labels stand). Final: 26 running, 7 LEFT (each scored with rubric v69 to
 * tell "older" from "caused by AJ"; 0 caused by AJ, 7 older, v69 giving each the same status as v70):
 * - expected fail / got na (older: v69 na): "pase por la panadería La Esperanza en Frederick y pregunte si lo hacen por encargo"
 *   ("pase por" not read as a visit; "Visite / Llame a la panadería …" are).
 * - expected na / got fail (older: v69 fail): "drop in a couple of Alka-Seltzer tablets, wait 20 minutes" (AJ2 reads "drop in two
 *   Alka-Seltzer tablets", not "a couple of …").
 * - expected na / got pass (older: v69 pass): "then drop in your library card number and PIN" after catoctinlib.example.org/ebooks
 *   (AJ2 does not read "your <thing>"; the URL in the message is taken as the way).
 * - expected pass / got na (older: v69 na): "bring the quilt to the Howard County Historical Society, 8328 Court Avenue, Ellicott City".
 * - expected pass / got na (older: v69 na): "carry them over to the Potomac Bottle Collectors, 118 West Patrick Street, Frederick".
 * - expected pass / got na (older: v69 na): "bring them to Mid-Maryland Coin & Stamp, 24 North Market Street, Frederick".
 * - expected fail / got na (older: v69 na): "Bring it to the Archaeological Society of Maryland's next lab day" (no address).
 *   AJ3's "bring" and "carry" are not read at all (probes outside this file: "You can bring it to the Maryland Geological Survey,
 *   2300 St. Paul Street, Baltimore." is na, the same with "take" passes); with "take", "take the quilt to …, Ellicott City; their
 *   volunteers …", "take them over to …, Frederick: members …" and "take them to Mid-Maryland Coin & Stamp, …" are na too.
 * Running as labelled: the coffee shop, tea room, winery and diner referred to (AJ1), the menu, blog, reviews and hours pages and
 * "el menú de la cafetería" kept na; "drop in three cinnamon sticks", "drop in a piece of a fizzy tablet" (AJ2) na, while "drop in
 * to the … Office", "drop in on a Wednesday night" and "drop in a soil sample at the … Extension Office" are still visits; "take ur
 * fossil to the Calvert Marine Museum, …" and "take the form in to the Register of Wills, …" (AJ3) pass, the mountain and the
 * library's staff na; the HOA's, troop's, History department, Garden Club's and festival committee's chairs (AJ4) referred to, the
 * grandmother's, kitchen and church's chairs and the chair the provider asked na. Of these, v69 misread two that v70 now reads: "swing
 * by the Grindstone Coffee Shop … and ask Lou" (AJ1) and "Email your HOA's architecture chair" (AJ4), both na under v69.
 * ON v70 AS LANDED (the mends after this check): AJ2 with "a couple of" and things typed in ("your library card number"), AJ3
 *   with "bring" and "carry" (a referring verb of their own, "over to"): five older cases run; LEFT: "pase por la panadería …"
 *   and "Bring it to the … next lab day" (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Marisol, a librarian with Ask Us at Catoctin County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'thurmont' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca del Condado de Catoctin.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de thurmont' });

export const aj1: SessionCase[] = [
  // ---- AJ1 for: a coffee shop, tea room, panadería, winery, diner called, visited or asked at
  c('AJ1 for: "swing by the Grindstone Coffee Shop on a weekday morning and ask Lou, the owner" (a visit, no way)', said('trying to find out about the old mill that burned down in Thurmont in the 60s', 'There isn\'t much in print on it. Your best bet is to swing by the Grindstone Coffee Shop on a weekday morning and ask Lou, the owner; his father worked at the mill.'), NO_WAY),
  c('AJ1 for: "give the tea room a ring at 301-555-0163" (a call, a phone)', said('where can i find out about hosting a bridal shower tea around here', 'The Rose Hill Tea Room in Frederick does private shower teas for up to 30 guests; give the tea room a ring at 301-555-0163 to ask about dates and prices.'), WITH_WAY),
  c('AJ1 for: "pase por la panadería La Esperanza en Frederick y pregunte si lo hacen por encargo" (Spanish, a visit, no way)', es.said('busco dónde comprar pan de muerto para el Día de Muertos', 'Ese pan no lo vende el supermercado de aquí, pero pase por la panadería La Esperanza en Frederick y pregunte si lo hacen por encargo; suelen prepararlo a fines de octubre.'), NO_WAY),
  c('AJ1 for: "write to the winery at events@linganorewinery.example.com" (write to, an e-mail)', said('can we have our family reunion picnic at a winery? grandma loves wine', 'Many do allow it. Linganore Winery rents its pavilion for family events; write to the winery at events@linganorewinery.example.com with your date and group size.'), WITH_WAY),
  c('AJ1 for: "head ovr to Dottie\'s Diner and ask for marge" (chat-speak, a visit, no way)', said('im trying to find pictures of emmitsburg main street in the 1970s', 'honestly head ovr to Dottie\'s Diner and ask for marge, she has a whole wall of old photos and loves sharing them'), NO_WAY),
  // ---- AJ1 against: a restaurant's menu, a bakery's blog, a pub's reviews and hours, a cafetería's menu (sources)
  c('AJ1 against: "The Mountain Gate Restaurant\'s menu at mountaingate.example.com/menu marks its gluten-free dishes" (a menu)', said('is there any place near thurmont that does gluten free crab cakes', 'The Mountain Gate Restaurant\'s menu at mountaingate.example.com/menu marks its gluten-free dishes, crab cakes included.'), NONE),
  c('AJ1 against: "Bowers Bakery\'s baking blog at bowersbakery.example.com/blog posted its lemon bar recipe" (a recipe)', said('how do i make the lemon bars like the ones at Bowers Bakery', 'Bowers Bakery\'s baking blog at bowersbakery.example.com/blog posted its lemon bar recipe last spring, with photos of each step.'), NONE),
  c('AJ1 against: "The Ott House Pub\'s reviews on … visitfrederick.example.org/dining are mostly good, and its hours are listed there" (reviews, hours)', said('is the new pub in emmitsburg any good? thinking of taking my parents', 'The Ott House Pub\'s reviews on the county visitors site at visitfrederick.example.org/dining are mostly good, and its hours are listed there too.'), NONE),
  c('AJ1 against: "El menú de la cafetería Café Luna está en cafeluna.example.com/menu" (Spanish, a menu)', es.said('¿la cafetería del parque tiene comida vegetariana?', 'El menú de la cafetería Café Luna está en cafeluna.example.com/menu y marca los platos vegetarianos.'), NONE),
];

export const aj2: SessionCase[] = [
  // ---- AJ2 for: "drop in" followed by a thing dropped into something (no visit)
  c('AJ2 for: "drop in a couple of Alka-Seltzer tablets, wait 20 minutes" (a vase)', said('how do i clean a cloudy glass flower vase', 'The Good Housekeeping cleaning guide at goodhousekeeping.example.com/vases says: fill it with warm water, drop in a couple of Alka-Seltzer tablets, wait 20 minutes, then rinse.'), NONE),
  c('AJ2 for: "then drop in a piece of a fizzy tablet and watch it go" (chat-speak, a lava lamp)', said('my science fair idea is a lava lamp, how do i make one', 'super fun! the steps at sciencebuddies.example.org/lavalamp: fill a bottle w oil and water, add food coloring, then drop in a piece of a fizzy tablet and watch it go'), NONE),
  c('AJ2 for: "then drop in your library card number and PIN" (into a form)', said('how do i get into the ebooks from home', 'Go to catoctinlib.example.org/ebooks, click Sign In, then drop in your library card number and PIN.'), NONE),
  c('AJ2 for: "heat the cider, drop in three cinnamon sticks and a few cloves" (a recipe)', said('need a simple mulled cider recipe for a party', 'Allrecipes has one at allrecipes.example.com/mulled-cider: heat the cider, drop in three cinnamon sticks and a few cloves, and simmer 20 minutes.'), NONE),
  // ---- AJ2 against: "drop in to <an office>", "drop in on a Wednesday night" (a group with a phone), a sample dropped in at an office
  c('AJ2 against: "He can drop in to the county Veterans Service Office any weekday morning" (a visit, no way)', said('my dad is a vet, how does he get a copy of his dd214', 'He can drop in to the county Veterans Service Office any weekday morning and they will help him request it.'), NO_WAY),
  c('AJ2 against: "The Thurmont Knitting Circle (301-555-0119) …; feel free to drop in on a Wednesday night" (a visit, a phone)', said('i want to learn to knit, is there a group around here', 'The Thurmont Knitting Circle (301-555-0119) meets at the community center and welcomes beginners; feel free to drop in on a Wednesday night.'), WITH_WAY),
  c('AJ2 against: "You can drop in a soil sample at the Frederick County Extension Office any weekday" (a visit, no way)', said('my tomatoes keep getting yellow leaves, could it be my soil', 'It could be. You can drop in a soil sample at the Frederick County Extension Office any weekday, and they will send it to the lab for testing.'), NO_WAY),
];

export const aj3: SessionCase[] = [
  // ---- AJ3 for: bring / carry / take the thing, them, it (in / over) to <Name>, <street address>
  c('AJ3 for: "bring the quilt to the Howard County Historical Society, 8328 Court Avenue, Ellicott City"', said('i have my great-grandmother\'s quilt from the 1890s, who could tell me more about it', 'You could bring the quilt to the Howard County Historical Society, 8328 Court Avenue, Ellicott City; their textile volunteers look at family pieces on the first Saturday of the month.'), WITH_WAY),
  c('AJ3 for: "carry them over to the Potomac Bottle Collectors, 118 West Patrick Street, Frederick"', said('found a box of old glass bottles in our barn, are they worth anything', 'You can carry them over to the Potomac Bottle Collectors, 118 West Patrick Street, Frederick: members there date bottles for free at their monthly meeting.'), WITH_WAY),
  c('AJ3 for: "u can take ur fossil to the Calvert Marine Museum, 14200 Solomons Island Road, Solomons" (chat-speak)', said('my kid found a shark tooth fossil at the beach, how do we find out what kind', 'cool find! u can take ur fossil to the Calvert Marine Museum, 14200 Solomons Island Road, Solomons, their paleo ppl ID stuff on saturdays'), WITH_WAY),
  c('AJ3 for: "take the form in to the Register of Wills, 100 West Patrick Street, Frederick"', said('how do i file my mom\'s will, she passed last month', 'Sorry for your loss. Once the petition is filled in, take the form in to the Register of Wills, 100 West Patrick Street, Frederick, with the original will and a death certificate.'), WITH_WAY),
  c('AJ3 for: "For a free appraisal, bring them to Mid-Maryland Coin & Stamp, 24 North Market Street, Frederick"', said('i inherited a jar of old silver dollars, how do i find out what theyre worth', 'For a free appraisal, bring them to Mid-Maryland Coin & Stamp, 24 North Market Street, Frederick.'), WITH_WAY),
  // ---- AJ3 against: a sight for a day out, the library's staff doing it, the older "Bring it to <org>" with no address (no way)
  c('AJ3 against: "You could take the kids to Sugarloaf Mountain, 7901 Comus Road, Dickerson" (a sight)', said('my grandkids visit next week, any ideas for a free outdoor day near frederick', 'You could take the kids to Sugarloaf Mountain, 7901 Comus Road, Dickerson: the White Trail is short and the overlook has a great view.'), NONE),
  c('AJ3 against: "Our staff will take them over to the Thurmont Historical Society, 11 Water Street, Thurmont" (the library doing it)', said('i left a box of old photos at the thurmont branch last week, what happens to them', 'Thank you for them! Our staff will take them over to the Thurmont Historical Society, 11 Water Street, Thurmont, where the town\'s photos are kept.'), NONE),
  c('AJ3 against: "Bring it to the Archaeological Society of Maryland\'s next lab day" (no address, no way)', said('i found what looks like an arrowhead in my garden, who can tell me if its real', 'Bring it to the Archaeological Society of Maryland\'s next lab day and their members will look at it.'), NO_WAY),
];

export const aj4: SessionCase[] = [
  // ---- AJ4 for: the chair of a body after a possessive or a body's word
  c('AJ4 for: "Email your HOA\'s architecture chair before you paint" (no way)', said('can i paint my front door purple? we have an HOA', 'The county has no rule on door colors, so it comes down to your HOA covenants. Email your HOA\'s architecture chair before you paint; they approve exterior changes.'), NO_WAY),
  c('AJ4 for: "call the Garden Club\'s plant sale chair, Ruth Ames, at 301-555-0148"', said('when is the thurmont garden club plant sale, i want to donate some hostas', 'The sale is May 10 this year. For donations, call the Garden Club\'s plant sale chair, Ruth Ames, at 301-555-0148.'), WITH_WAY),
  c('AJ4 for: "just msg ur troop\'s cookie chair, they hand out the forms" (chat-speak, no way)', said('where do i get more girl scout cookie order forms for my daughter', 'just msg ur troop\'s cookie chair, they hand out the forms'), NO_WAY),
  c('AJ4 for: "He should write to the History department chair within 30 days" (a body\'s word, no way)', said('my son wants to appeal a grade in his college history class', 'He should write to the History department chair within 30 days of the grade; that is the college\'s appeal step.'), NO_WAY),
  c('AJ4 for: "Contact the festival committee\'s vendor chair at vendors@colorfest.example.org"', said('how do i get a booth at Catoctin Colorfest to sell my pottery', 'Vendor spots are juried. Contact the festival committee\'s vendor chair at vendors@colorfest.example.org; applications open in March.'), WITH_WAY),
  // ---- AJ4 against: chairs as furniture (after a possessive too), a chair the provider asked herself
  c('AJ4 against: "your grandmother\'s chair sounds like a Boston rocker" (furniture after a possessive)', said('how can i tell how old my grandmothers rocking chair is', 'The Miller\'s Antiques Handbook on the shelf at Thurmont has a chapter on dating chairs by their joints and finish; your grandmother\'s chair sounds like a Boston rocker from the 1840s to 1880s.'), NONE),
  c('AJ4 against: "she sits in a sturdy kitchen chair and does arm and leg moves" (furniture)', said('any exercise videos for my mom, shes 82 and uses a walker', 'Go4Life at go4life.example.gov/videos has seated workouts: she sits in a sturdy kitchen chair and does arm and leg moves at her own pace.'), NONE),
  c('AJ4 against: "set the church\'s folding chairs in a horseshoe" (furniture after a possessive)', said('need tips for setting up a community meeting in a church hall', 'The "Meeting Planner\'s Handbook" (catoctinlib.example.org/rec/30917) has a room setup chapter: set the church\'s folding chairs in a horseshoe so everyone can see each other.'), NONE),
  c('AJ4 against: "I checked with our Friends group\'s chair: the book sale runs May 3-4" (asked by the provider)', said('when is the next friends of the library book sale', 'I checked with our Friends group\'s chair: the book sale runs May 3-4 in the Thurmont branch meeting room, and the schedule is at catoctinlib.example.org/friends.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AJ1 for: "pase por la panadería La Esperanza en Frederick y pregunte si lo hacen por encargo" (Spanish, a visit, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "pase por la panadería … y pregunte" tells the patron to visit and ask a bakery, with no way to reach it ("pase por" is not read as a visit: "Visite la panadería …" and "Llame a la panadería …" fail as they should) (older: v69 na the same)',
  'AJ3 against: "Bring it to the Archaeological Society of Maryland\'s next lab day" (no address, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "Bring it to the Archaeological Society of Maryland\'s next lab day" tells the patron to visit the society, with no way to reach it ("Bring it to" not read; "Take it to the Archaeological Society of Maryland\'s next lab day" fails as it should) (older: v69 na the same)',
};

describe('eighty-first round: block AJ (AJ1, AJ2, AJ3, AJ4) checked blind, both ways, part aj1', () => {
  for (const [t, cs] of [['AJ1', aj1], ['AJ2', aj2], ['AJ3', aj3], ['AJ4', aj4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
