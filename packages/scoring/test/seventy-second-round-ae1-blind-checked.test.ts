/**
 * Seventy-second round, blind check of block AE (rubric v65): AE3 and AE4 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs,
 * other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside the chat;
 * a website for the patron to use is a source; na when there is no referral; pass when every party comes with an e-mail, phone,
 * postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AE3: being told to drop in at, stop by, visit, go or come to one of "their" meetings, swap meets, open houses, workshops or
 *   meetups, "their" being a club, society, guild or association named before, is being told to visit that organisation: a
 *   referral to it, and a URL, phone or e-mail given for it anywhere in the chat reaches it (RUBRIC's "comes with a way to reach
 *   them" does not ask for the same message or sentence).
 * - AE3 told nothing: a condition ("If you visit …, wear …", "When you go to …, bring cash"), a negation ("You don't need to go to
 *   one of their meetings"), the provider's own act ("I'll stop by one of their meetings"): na. "Their" being the patron's own
 *   children or a band the patron likes: going to their show or concert as audience is no contact with a party for the need: na.
 *   The library's own club's meetings ("our monthly meetings") are not a department of the library the patron is told to contact:
 *   na. A party's events page at a web address is a source: na.
 * - AE4: being told to bring or take a thing to a museum (or one of a museum's identification days) is being told to visit the
 *   museum: a referral, pass with its phone, e-mail, address or URL, fail without. Spanish "lleve … al Museo …" the same.
 * - AE4 told nothing: a route ("take the Green Line to the museum stop"), a virtual tour or trip at a web address (a source), the
 *   provider's own act (past or future), a visit the patron already made, a negation ("Don't take the coins to the museum"), a
 *   condition ("When you bring the sword to the museum, …"): na.
 *
 * COUNTS. Written: 29 cases, 13 for and 16 against (AE3 7/8, AE4 6/8), in one batch, labels copied aside to /tmp/wt-ae1-labels.ts
 * before the first run. First run as labelled: 22 of 29. Disagreeing: 7. Label corrections: 0 (each reread against RUBRIC's Referral
 * term and referral.contact's rule; the labels stand). Final: 22 running, 7 LEFT (rubric v64 scored on each to tell "older" from
 * "AE caused"):
 * - referral.contact, expected fail / got na: "the Portland Calligraphy Guild is super friendly, come to one of their workshops!!"
 *   ("come to" is in AE3's visit verbs but the referring verbs never yield it: "go to one of their workshops" fails as meant, "come
 *   to …" is na in every order tried; older: v64 na the same).
 * - referral.contact, expected pass / got na: "La Sociedad Astronómica de Guadalajara tiene su página en astroguadalajara.org. Puede
 *   ir a una de sus reuniones mensuales." (AE3 in Spanish: "ir a una de sus reuniones" not read; older: v64 na the same).
 * - referral.contact, expected pass / got na: "The Ozark Herpetological Society at ozarkherp.org identifies snakes from photos." then,
 *   in the next provider message, "You can also go to one of their monthly meetings." (AE3 looks for the party only earlier in the
 *   same message; RUBRIC asks only that the party come with a way to reach it; older: v64 na the same).
 * - referral.contact, expected pass / got na: "Bring the fossil to the Sternberg Museum's fossil ID day; their number is (785)
 *   555-0133." (a museum's possessive before its event: "… to the Sternberg Museum; their number is …" passes, "… Museum's fossil ID
 *   day" is na; older: v64 na the same).
 * - referral.contact, expected fail / got na: "Bring the arrowheads to one of the state museums' identification days." ("… to one of
 *   the state museums." is na too, "… to the state museum." fails as meant: the plural museums is no party; older: v64 na the same).
 * - referral.contact, expected na / got fail: "Take the Green Line to the museum stop; we're across the street." (a route: AE4's
 *   museum after "take the <vehicle> to"; alternative 25's vehicle guard lists bus, train, tram, … but not a transit "line", and
 *   "museum stop / station" is a stop's name; AE caused: v64 na).
 * - referral.contact, expected na / got pass: "Take a virtual trip to the Louvre museum on Google Arts & Culture at
 *   artsandculture.google.com." (a web resource, a source; read without "museum" too, "Take a virtual trip to the Louvre on Google
 *   Arts & Culture at …" passes; older: v64 pass the same).
 * MENDED before v65 landed (the author, after this check; labels unchanged): "Take the Green Line to the museum stop" no longer
 *   refers (alternative 25's museums not before "stop / station / website / virtual …"), "Bring the fossil to the Sternberg
 *   Museum's fossil ID day" and "one of the state museums' identification days" now refer (a new referralParty alternative:
 *   "museums" after an article), so 3 of the 7 LEFT run as labelled; "come to" was dropped from VISIT_VERB_AE3 (the referring
 *   verbs never yield it). Final as landed: 25 running, 4 LEFT (all older).
 * ON v67 (block AG10): "come to one of their workshops!!" and "Puede ir a una de sus reuniones mensuales." read; 2 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Larchmont Public Library.';
const { said, saidThen } = nearMissLines(HI, { branch: 'Which branch do you usually visit?', branchReply: 'north branch' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca Pública de Larchmont.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del norte' });

export const ae3: SessionCase[] = [
  // ---- AE3 for: a visit to one of "their" meetings / events, the party named before
  c('AE3 for: "the Tucson Astronomy Club is at tucsonastronomy.org, u can swing by one of their meetups" (chat-speak)', said('where can i learn to use my new telescope', 'oh fun! the Tucson Astronomy Club is at tucsonastronomy.org, u can swing by one of their meetups'), WITH_WAY),
  c('AE3 for: "The Rockford Gem and Mineral Club, (815) 555-0142, … Stop by one of their swap meets in the spring."', said('where can i trade rocks with other collectors', 'The Rockford Gem and Mineral Club, (815) 555-0142, is friendly to beginners. Stop by one of their swap meets in the spring.'), WITH_WAY),
  c('AE3 for: "The Denver Woodturners Guild answers questions at info@denverwoodturners.org. Drop in at any of their monthly gatherings."', said('i want to learn wood turning from real people', 'The Denver Woodturners Guild answers questions at info@denverwoodturners.org. Drop in at any of their monthly gatherings.'), WITH_WAY),
  c('AE3 for: "The Cape Fear Beekeepers Association is very welcoming. You could visit one of their open houses in May." (no way)', said('im thinking of keeping bees, where do i start', 'We have books too, but people help most. The Cape Fear Beekeepers Association is very welcoming. You could visit one of their open houses in May.'), NO_WAY),
  c('AE3 for: "the Portland Calligraphy Guild is super friendly, come to one of their workshops!!" (chat-speak, no way)', said('is there anyone local who teaches calligraphy', 'yes!! the Portland Calligraphy Guild is super friendly, come to one of their workshops!!'), NO_WAY),
  c('AE3 for: "La Sociedad Astronómica de Guadalajara tiene su página en astroguadalajara.org. Puede ir a una de sus reuniones mensuales." (Spanish)', es.said('dónde puedo aprender sobre las estrellas con otras personas', 'Hay un grupo muy activo. La Sociedad Astronómica de Guadalajara tiene su página en astroguadalajara.org. Puede ir a una de sus reuniones mensuales.'), WITH_WAY),
  c('AE3 for: "The Ozark Herpetological Society at ozarkherp.org …" then "You can also go to one of their monthly meetings." (the party in the message before)', saidThen('i found a snake in my garage, how do i know what kind', 'The Ozark Herpetological Society at ozarkherp.org identifies snakes from photos.', 'You can also go to one of their monthly meetings.'), WITH_WAY),
  // ---- AE3 against: the patron's own people, no party, the library's own club, the provider's act, conditions, a negation, a page
  c('AE3 against: "… your twins play in the middle school band, stop by one of their concerts with a camera …" (the patron\'s kin)', said('any books on making a family scrapbook', 'Try "Memory Keeping Made Simple" in our catalogue. And since your twins play in the middle school band, stop by one of their concerts with a camera for the pages.'), NONE),
  c('AE3 against: "lol theyre great live, go to one of their shows if u can" (nothing named before in the message)', said('i love the decemberists, got any books about them', 'lol theyre great live, go to one of their shows if u can'), NONE),
  c('AE3 against: "Our Knitting Circle meets here at North Branch. Drop in at one of our Tuesday meetings, no sign-up needed." (the library\'s own club)', said('where can i get help finishing a sweater', 'Our Knitting Circle meets here at North Branch. Drop in at one of our Tuesday meetings, no sign-up needed.'), NONE),
  c('AE3 against: "The Houston Orchid Society is at houstonorchidsociety.org; I\'ll stop by one of their meetings next week …" (own act)', said('my orchid has yellow leaves', 'The Houston Orchid Society is at houstonorchidsociety.org; I\'ll stop by one of their meetings next week for my own plants anyway. The book "Orchids for Everyone" covers yellow leaves on page 40.'), NONE),
  c('AE3 against: "The Cape Fear Beekeepers Association is at capefearbees.org. If you visit one of their open houses, wear long sleeves." (condition)', said('any books about beekeeping safety', 'Yes, "The Backyard Beekeeper" has a safety chapter. The Cape Fear Beekeepers Association is at capefearbees.org. If you visit one of their open houses, wear long sleeves.'), NONE),
  c('AE3 against: "The Midwest Reptile Expo runs all year. When you go to one of their shows, bring cash for the vendors." (condition)', said('tips for buying my first gecko', 'Read "The Leopard Gecko Manual" first, it is in our catalogue. The Midwest Reptile Expo runs all year. When you go to one of their shows, bring cash for the vendors.'), NONE),
  c('AE3 against: "The Milwaukee Aquarium Society is at milwaukeeaquariumsociety.org. You don\'t need to go to one of their meetings to join; …" (negation)', said('how do i join the aquarium club', 'The Milwaukee Aquarium Society is at milwaukeeaquariumsociety.org. You don\'t need to go to one of their meetings to join; the form is on the site.'), NONE),
  c('AE3 against: "The Rockford Gem Club posts its calendar online. Go to their events page at rockfordgem.org/events for the dates." (a page, a source)', said('when is the next rock show around here', 'The Rockford Gem Club posts its calendar online. Go to their events page at rockfordgem.org/events for the dates.'), NONE),
];

export const ae4: SessionCase[] = [
  // ---- AE4 for: bring / take a thing to a museum
  c('AE4 for: "Bring the fossil to the Sternberg Museum\'s fossil ID day; their number is (785) 555-0133."', said('i found a weird fossil in a creek bed', 'Great find. Bring the fossil to the Sternberg Museum\'s fossil ID day; their number is (785) 555-0133.'), WITH_WAY),
  c('AE4 for: "take the coin to the county museum, they know old coins" (chat-speak, no way)', said('i dug up an old coin in my yard what is it', 'hmm hard to say from here, take the coin to the county museum, they know old coins'), NO_WAY),
  c('AE4 for: "Take your grandfather\'s uniform to the Museum of the Rockies, 600 W Kagy Blvd, Bozeman, MT 59717."', said('who could tell me about my grandfathers ww2 uniform', 'A curator can date it. Take your grandfather\'s uniform to the Museum of the Rockies, 600 W Kagy Blvd, Bozeman, MT 59717.'), WITH_WAY),
  c('AE4 for: "Bring the arrowheads to one of the state museums\' identification days." (no way)', said('how do i find out how old my arrowheads are', 'Experts can tell by the shape. Bring the arrowheads to one of the state museums\' identification days.'), NO_WAY),
  c('AE4 for: "Bring all the letters to the Maine Maritime Museum in Bath, info@mainemaritimemuseum.org."', said('i have old letters from a sea captain, who would want them', 'They may be worth keeping together. Bring all the letters to the Maine Maritime Museum in Bath, info@mainemaritimemuseum.org.'), WITH_WAY),
  c('AE4 for: "Lleve la vasija al Museo de Antropología de Xalapa, tel. 228-555-0150." (Spanish)', es.said('encontré una vasija antigua en el terreno de mi abuelo', 'Puede ser importante. Lleve la vasija al Museo de Antropología de Xalapa, tel. 228-555-0150.'), WITH_WAY),
  // ---- AE4 against: a route, a virtual tour (source), the provider's act, a visit made, a negation, a condition
  c('AE4 against: "Take the Green Line to the museum stop; we\'re across the street." (a route)', said('how do i get to your downtown branch', 'Easy by train. Take the Green Line to the museum stop; we\'re across the street.'), NONE),
  c('AE4 against: "Take your class to the museum\'s virtual tour at naturalhistory.si.edu/visit/virtual-tour." (a source)', said('i teach 3rd grade, can we see dinosaurs without a field trip', 'Yes! Take your class to the museum\'s virtual tour at naturalhistory.si.edu/visit/virtual-tour.'), NONE),
  c('AE4 against: "Take a virtual trip to the Louvre museum on Google Arts & Culture at artsandculture.google.com." (a source)', said('any way to see famous paintings online', 'Sure. Take a virtual trip to the Louvre museum on Google Arts & Culture at artsandculture.google.com.'), NONE),
  c('AE4 against: "I took the photo to the history museum next door this morning; they think it is a 1920s print." (own act)', said('any luck with my old photo', 'Yes. I took the photo to the history museum next door this morning; they think it is a 1920s print.'), NONE),
  c('AE4 against: "I\'ll take the map to the city museum on my lunch break; …" (own act, future)', said('can someone look at the old map i left at the desk', 'Sure. I\'ll take the map to the city museum on my lunch break; meanwhile "Maps of Old Ohio" is on our shelf.'), NONE),
  c('AE4 against: "Sorry the trip to take the arrowhead to the county museum didn\'t help; try the book …" (a visit already made)', said('i already took my arrowhead to the county museum last yr, they didnt know', 'Sorry the trip to take the arrowhead to the county museum didn\'t help; try the book "Projectile Points of the Midwest" in our catalogue.'), NONE),
  c('AE4 against: "Don\'t take the coins to the museum, they don\'t appraise; the Standard Catalog of World Coins lists values." (negation)', said('what are my old coins worth', 'Don\'t take the coins to the museum, they don\'t appraise; the Standard Catalog of World Coins lists values.'), NONE),
  c('AE4 against: "When you bring the sword to the museum, keep it wrapped in a towel." (condition)', said('any books on caring for antique swords', 'Yes, "Arms and Armor Care" is in our catalogue. When you bring the sword to the museum, keep it wrapped in a towel.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AE3 for: "The Ozark Herpetological Society at ozarkherp.org …" then "You can also go to one of their monthly meetings." (the party in the message before)':
    'expected pass, got na ("no referral …"): AE3 takes the party only from earlier in the same message; RUBRIC referral.contact: every party comes with a way to reach it (its URL is in the chat); older (v64 na)',
  'AE4 against: "Take a virtual trip to the Louvre museum on Google Arts & Culture at artsandculture.google.com." (a source)':
    'expected na, got pass ("the referral comes with a way to reach them"): read without "museum" as well; RUBRIC Referral: a website for the patron to use is a source, not a referral; older (v64 pass)',
};

describe('seventy-second round: block AE (AE3, AE4) checked blind, both ways', () => {
  for (const [t, cs] of [['AE3', ae3], ['AE4', ae4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
