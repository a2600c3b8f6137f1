/**
 * Seventy-second round, blind check of block AE (rubric v65): AE4 and AE7 (as mended) tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside
 * the chat; a website, database or publication for the patron to use is a source, even when an agency publishes it; na when there
 * is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AE4: bringing or taking a thing (or the children) to a museum, to one of several museums or to a museum's desk or ID day tells
 *   the patron to visit an organisation outside the chat: a referral (fail with no way to reach it, pass with a phone or their
 *   sign-up page). Told nothing: travel directions to a station named after a museum, a museum's web tour or website (a source), the
 *   provider's own act, the patron's own past act, a condition, and "museums" inside a book's or guide's title: na.
 * - AE7: a URL given for a booklet, zine, workbook, primer, reading list or guide is the resource's (a source), even when its title
 *   ends in a plural party word ("… for Teachers", "… in Libraries", "… to Lawyers"): it gives the party referred to before it no
 *   way to be reached (fail). A URL on the party's own domain after "from / by / compiled by" the party, "their site is …", "their
 *   booklet … at …", the party's own guide "to the Archives" at the party's domain, or the party's phone, reaches the party (pass);
 *   a booklet alone, with no one to contact, is na.
 *
 * COUNTS. Written: 28 cases, 13 for and 15 against (AE4 7/8, AE7 6/7; more than the brief's 2-4 a side since the block has two
 * items and the brief asks for 24-30 in all), in one batch, labels copied aside to /tmp/wt-ae5-labels.ts before the first run.
 * First run as labelled: 25 of 28. Disagreeing: 3. Label corrections: 0 (each reread against RUBRIC's Referral term and
 * referral.contact's rule; the labels stand). Final: 25 running, 3 LEFT (rubric v64 scored on each to tell "older" from "AE caused"):
 * - referral.contact, expected na / got fail: "Take the Blue Line to the Museum Campus station, then walk east." (travel directions to a
 *   station named after a museum: AE4's alternative 25 reads "museum" followed by "campus", its guard only stops "museum stop /
 *   station" right after the word; AE caused: v64 na).
 * - referral.contact, expected na / got fail: "take the class to the museum's 360-degree tour at fieldmuseum.example.org/360" (a web
 *   tour is a source; AE4 reads "to the museum's 360-degree tour", its guard lists "virtual / online / digital" but not "360-degree",
 *   and the URL is then taken as the tour's, so the museum is left with none; AE caused: v64 pass, itself not na: v64 read a
 *   referral with the URL as its way).
 * - referral.contact, expected fail / got pass: "def talk to the county Extension office, n theres a zine called Seed Swaps in Libraries
 *   at seedzine.example.net" (a URL in the referral's own sentence after "there's a zine called …" is still the party's: the same
 *   without "in Libraries" passes, so it is not AE7's plural; older: v64 pass the same).
 * NOTE: the six AE7 "for" cases scored fail on v64 too (the URL in a later clause or sentence whose title shares no word with the
 *   party is not the party's under older readings), so only the labels, not AE7's change, are shown by them; the against cases show
 *   AE7 breaks none of the older passes.
 * MENDED before v65 landed (the author, after this check; labels unchanged): alternative 25's museums and the "museums" party no
 *   longer read a museum before "<word> stop / station / exit", "campus / district / quarter / row", nor its "360 / 360-degree /
 *   3d / webcam / livestream" things, so "Take the Blue Line to the Museum Campus station" runs as labelled; "take the class to
 *   the museum's 360-degree tour at …" now scores pass as on v64 (the older visit reading of "You can still visit from school"),
 *   still LEFT, now older. Final as landed: 26 running, 2 LEFT (both older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Lee, a librarian with Ask Us at Cedar Falls Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'northside' });
const HI_ES = 'Hola, soy Lee, bibliotecaria de la Biblioteca Pública de Cedar Falls.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la del norte' });

export const ae4: SessionCase[] = [
  // ---- AE4 for: bring / take a thing to a museum, one of the museums, a museum's desk or day
  c('AE4 for: "u could take the arrowhead to the county historical museum, they do free IDs on saturdays" (chat-speak)', said('found an arrowhead in my garden, how do i know if its real', 'u could take the arrowhead to the county historical museum, they do free IDs on saturdays'), NO_WAY),
  c('AE4 for: "Bring the quilt to one of the state museums\' textile days; their sign-up page is statemuseums.example.gov/textiles."', said('how can i find out how old my grandmas quilt is', 'An expert eye helps most. Bring the quilt to one of the state museums\' textile days; their sign-up page is statemuseums.example.gov/textiles.'), WITH_WAY),
  c('AE4 for: "Take your meteorite to the Field Museum\'s meteorite ID day in the spring."', said('i think i found a meteorite', 'Exciting! Most turn out to be slag, but it is worth checking. Take your meteorite to the Field Museum\'s meteorite ID day in the spring.'), NO_WAY),
  c('AE4 for: "Bring the coins to the Money Museum at the Kansas City Fed, (816) 555-0122."', said('are old federal reserve notes worth anything', 'Some are. Bring the coins to the Money Museum at the Kansas City Fed, (816) 555-0122, and they can tell you more.'), WITH_WAY),
  c('AE4 for: "Take the kids to one of the county museums on a free-admission Sunday."', said('any cheap ideas for a rainy weekend with kids', 'Lots! Take the kids to one of the county museums on a free-admission Sunday.'), NO_WAY),
  c('AE4 for: "The natural history museum does ID days: bring the rock to the museum\'s front desk any Saturday." (other order)', said('is this rock a fossil or just a rock', 'Hard to tell from a photo. The natural history museum does ID days: bring the rock to the museum\'s front desk any Saturday.'), NO_WAY),
  c('AE4 for: "Lleve el fósil al Museo de Historia Natural de la universidad; su teléfono es (785) 555-0161." (Spanish)', es.said('encontré un fósil en el río, qué hago', 'Qué buen hallazgo. Lleve el fósil al Museo de Historia Natural de la universidad; su teléfono es (785) 555-0161.'), WITH_WAY),
  // ---- AE4 against: a station, a web tour or website (sources), the provider's and the patron's own acts, a condition, titles
  c('AE4 against: "Take the Blue Line to the Museum Campus station, then walk east." (travel directions)', said('how do i get to the aquarium by train', 'It is an easy trip. Take the Blue Line to the Museum Campus station, then walk east about ten minutes.'), NONE),
  c('AE4 against: "take the class to the museum\'s 360-degree tour at fieldmuseum.example.org/360" (a source)', said('my students cant go on a field trip this year', 'You can still visit from school: take the class to the museum\'s 360-degree tour at fieldmuseum.example.org/360.'), NONE),
  c('AE4 against: "Take a virtual trip to the Smithsonian museum\'s website at si.example.edu." (a source)', said('i want to see the hope diamond', 'Short of flying to DC, take a virtual trip to the Smithsonian museum\'s website at si.example.edu.'), NONE),
  c('AE4 against: "I\'ll take the scan to the county museum when I go Friday." (own act)', said('does anyone know what this old badge is', 'Good question. I\'ll take the scan to the county museum when I go Friday.'), NONE),
  c('AE4 against: "Since you did take the arrowhead to the county museum already, …" (the patron\'s past act)', said('the county museum couldnt tell me what my arrowhead is', 'Since you did take the arrowhead to the county museum already, the next step is the book Prehistoric Artifacts of Ohio, 970.1 on our shelves.'), NONE),
  c('AE4 against: "If you take the bones to the museum, wrap them in newspaper first." (condition)', said('any books on identifying animal bones', 'We have two. One tip from them: if you take the bones to the museum, wrap them in newspaper first.'), NONE),
  c('AE4 against: "Try the book \'Take the Kids to Museums\' (069.5 FIN) on our shelf." (a title)', said('books on visiting museums with small kids', 'Try the book \'Take the Kids to Museums\' (069.5 FIN) on our shelf.'), NONE),
  c('AE4 against: "Look through the guide \'Little Museums of Ohio\' at ohiohistory.example.org." (a title, a source)', said('small museums to visit in ohio', 'Look through the guide \'Little Museums of Ohio\' at ohiohistory.example.org; it lists hours for each.'), NONE),
];

export const ae7: SessionCase[] = [
  // ---- AE7 for: a URL after a booklet / zine / workbook / primer / reading list / guide whose title ends in a plural party word
  c('AE7 for: "Ask the Ridgefield Genealogy Club …; the workbook \'Family Trees for Teachers\' is free at treeworkbook.example.org."', said('how do i teach my class about family trees', 'Ask the Ridgefield Genealogy Club about the census part; the workbook \'Family Trees for Teachers\' is free at treeworkbook.example.org.'), NO_WAY),
  c('AE7 for: "def talk to the county Extension office, n theres a zine called Seed Swaps in Libraries at seedzine.example.net" (chat-speak)', said('want to start a seed swap', 'cool! def talk to the county Extension office, n theres a zine called Seed Swaps in Libraries at seedzine.example.net'), NO_WAY),
  c('AE7 for: "Call the Legal Aid Society about your lease. The primer \'Talking to Lawyers\' is free at tenantprimer.example.org."', said('my landlord wants me to sign a new lease', 'Get advice first. Call the Legal Aid Society about your lease. The primer \'Talking to Lawyers\' is free at tenantprimer.example.org.'), NO_WAY),
  c('AE7 for: "Check with the county Literacy Council …; the reading list \'Good Books about Teachers\' is at readlist.example.com."', said('i want to help adults learn to read', 'Great idea. Check with the county Literacy Council about volunteering; the reading list \'Good Books about Teachers\' is at readlist.example.com.'), NO_WAY),
  c('AE7 for: "Contact the Oak County Veterans Office … For background, the guide \'Burial Benefits for Veterans\' is at vetguide.example.org."', said('my dad was in the navy, does he get a free burial', 'He may. Contact the Oak County Veterans Office about the burial benefit. For background, the guide \'Burial Benefits for Veterans\' is at vetguide.example.org.'), NO_WAY),
  c('AE7 for: "Email the Lakeside Garden Club …; the booklet \'Native Plants for Churches\' is at nativeplants.example.org."', said('our church wants a pollinator garden', 'Lovely. Email the Lakeside Garden Club about the plant sale; the booklet \'Native Plants for Churches\' is at nativeplants.example.org.'), NO_WAY),
  // ---- AE7 against: the owner after the noun, their site, their phone, their booklet, the party's own guide, no referral
  c('AE7 against: "Write to the Maple Grove Historical Society …; the booklet from the Historical Society is at maplegrovehistory.org." (owner)', said('history of the old farmhouses on route 9', 'Write to the Maple Grove Historical Society for a copy; the booklet from the Historical Society is at maplegrovehistory.org.'), WITH_WAY),
  c('AE7 against: "Visit the Ames County Archives …; the reading list compiled by the County Archives is at amescountyarchives.example.gov." (owner)', said('where is the deed for my house from 1910', 'Visit the Ames County Archives for the deed; the reading list compiled by the County Archives is at amescountyarchives.example.gov.'), WITH_WAY),
  c('AE7 against: "Ask the Puzzle Collectors Club …, their site is puzzleclub.example.org; the booklet \'Puzzles for Libraries\' is at …" (their site)', said('where can i swap jigsaw puzzles', 'Ask the Puzzle Collectors Club about swaps, their site is puzzleclub.example.org; the booklet \'Puzzles for Libraries\' is at puzzleguides.example.org.'), WITH_WAY),
  c('AE7 against: "Call the Friends of the Riverside Library at (951) 555-0134; the zine \'Book Sales in Libraries\' is at zines.example.net." (phone)', said('how do i donate old books', 'Call the Friends of the Riverside Library at (951) 555-0134; the zine \'Book Sales in Libraries\' is at zines.example.net.'), WITH_WAY),
  c('AE7 against: "Contact the Kent County Master Gardeners; their booklet \'Seed Swaps for Libraries\' is at kentmastergardeners.example.org." (their booklet)', said('who runs seed swaps around here', 'Contact the Kent County Master Gardeners; their booklet \'Seed Swaps for Libraries\' is at kentmastergardeners.example.org.'), WITH_WAY),
  c('AE7 against: "Visit the Linn County Archives in person; the guide to the Archives\' holdings is at linnarchives.example.gov." (their own guide)', said('i need old school census records', 'Those are not online. Visit the Linn County Archives in person; the guide to the Archives\' holdings is at linnarchives.example.gov.'), WITH_WAY),
  c('AE7 against: "The booklet \'Book Clubs for Teachers\' is free at bookclubkit.example.org." (no referral)', said('how do i run a book club with my students', 'There is a good free one. The booklet \'Book Clubs for Teachers\' is free at bookclubkit.example.org.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AE4 against: "take the class to the museum\'s 360-degree tour at fieldmuseum.example.org/360" (a source)':
    'expected na, got fail at this check ("referred the patron to a party without an e-mail, phone, postal address or URL"): AE4 reads the museum\'s web tour as the museum, its guard has "virtual / online / digital" but not "360-degree"; RUBRIC: a website for the patron to use is a source, not a referral. AE caused (v64 pass, also not na). As landed (the guard mended with "360 / 360-degree"): pass, as on v64, from the older reading of "You can still visit from school" as a visit with the URL as its way: older.',
  'AE7 for: "def talk to the county Extension office, n theres a zine called Seed Swaps in Libraries at seedzine.example.net" (chat-speak)':
    'expected fail, got pass ("the referral comes with a way to reach them"): the zine\'s URL in the referral\'s own sentence ("…, n theres a zine called … at <url>") is taken as the office\'s, with or without the plural title; RUBRIC: pass needs a way to reach the party, and the zine\'s site is a source. Older (v64 pass).',
};

describe('seventy-second round: block AE (AE4, AE7) checked blind, both ways', () => {
  for (const [t, cs] of [['AE4', ae4], ['AE7', ae7]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
