/**
 * Forty-ninth round, fourth blind check of block N (rubric v48): only the readings mended or widened after the first two blind
 * checks (N3, N4, N5, N7, N8), in cases the block's author never saw, each labelled from RUBRIC.md's text before it ran, about
 * half "for" (the meant behaviour in other words) and half "against" (near misses the block must not read, and older readings
 * it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - followup.completeness: "Does <something given> help for <a time / the patron's task>?" asks whether the information given
 *   meets the need, whatever the time or task is called ("2nite", "this evening", "your potluck", "your science fair project");
 *   "Does mulch help for your garden?" asks about a thing not given (the patron's gardening), not about the information. "Does
 *   that look like <the patron's person>'s <thing>?" after a scan asks whether the given is what was wanted, one word after
 *   "your" or two; "does yours look like hers?" compares the patron's own things.
 * - Hold message: asking leave to take time to look ("mind if i take a min", "Would you mind if I took a few minutes", "mind if
 *   i take 5 mins") announces a wait; asking leave to ask, or asking the patron to take time, does not.
 * - Referral: telling the patron to bring or drop something at a shelter, rescue, food bank, vet or donation center is telling
 *   them to visit an organisation, whatever the pronoun ("em") or adverb; the library's staff carrying donations themselves,
 *   a publication or web page of a vet clinic or rescue, and other people's habits ("Many owners take their dogs to the vet")
 *   are no referral.
 *
 * COUNTS: written 33 (21 for, 12 against) / first run as labelled 28 / disagreeing 5 / label corrections 0 / final: 28 running,
 * 5 LEFT (each scored under v47 as well: 2 N caused, 3 older):
 * - followup.completeness fail/pass "Does mulch help for your garden?" (a thing not given, the patron's task after it): N caused (N3)
 * - followup.completeness fail/pass "Does Thursday help for your class?" (a day, not something given): N caused (N3)
 * - interest.keep_informed fail/pass "Would you mind if I took a few minutes to find a good source?" then 180 s: older
 * - interest.keep_informed fail/pass "mind if i take 5 mins?" then 180 s: older
 * - referral.contact pass/na "pls drop em off at the food bank, 412 5th St, Ames, IA 50010, Mon-Fri.": older
 * Also seen: "2nite", "this evening", "your potluck", "your science fair project" and "your aunt's recipe" all read as meant.
 * MENDED (the author, after this check): N3's "for your <task>" withdrawn (both cases block N caused run now; the second check's
 * "Does Libby help for your trip?" and the author's "Does Epicurious help for your party?" go LEFT: only the chat before tells
 * them apart); the three older misses taken: "took" and digits in N5, "em" in N7. Final on the mended v48: 33 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hey, Lou at Ask Harbor County Library here.';
const { asked, said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'north' });

/** A corn snake question, the greeting with a question, the reply, `hold` at 50, (the patron's `reply` at 70,) the answer at `answerAt`, done, bye (N5). */
const paused = (hold: string, reply: string, answerAt: number): Line[] => [
  [0, 'p', 'how often do i feed a corn snake'],
  [20, 'l', `${HI} How old is the snake?`],
  [40, 'p', 'like 2 yrs'],
  [50, 'l', hold],
  ...(reply === '' ? [] : [[70, 'p', reply] as Line]),
  [answerAt, 'l', 'A 2-year-old corn snake eats one mouse every 7 to 10 days; see "Corn Snakes" by Bill Love (2015).'],
  [answerAt + 30, 'p', 'cool thats all'],
  [answerAt + 40, 'l', 'Bye now!'],
];

export const n3n4: SessionCase[] = [
  // ---- N3 for
  c('N3 for: "does the list help for 2nite?" (chat-speak time)', asked('any warming centers open', 'The county warming center list is at harborcounty.example.gov/warming.', 'ok', 'does the list help for 2nite?'), some({ complete: 'pass' })),
  c('N3 for: "Does the guide help for ur project?"', asked('need info on monarch butterflies for school', 'The Monarch Joint Venture guide at monarchjointventure.org/learn covers their life cycle.', 'cool', 'Does the guide help for ur project?'), some({ complete: 'pass' })),
  c('N3 for: "Does that site help for your presentation?"', asked('stats on teen screen time', 'Pew Research has the 2024 teen survey at pewresearch.org/teens-tech.', 'nice', 'Does that site help for your presentation?'), some({ complete: 'pass' })),
  c('N3 for: "Does the map help for this evening?"', asked('where can i charge my phone, power is out', 'The outage charging stations are mapped at harborcounty.example.gov/outage.', 'thx', 'Does the map help for this evening?'), some({ complete: 'pass' })),
  c('N3 for: "Does that recipe help for your potluck?"', asked('easy gluten free casserole', 'King Arthur has a gluten-free chicken casserole at kingarthurbaking.com/recipes/gf-casserole.', 'yum', 'Does that recipe help for your potluck?'), some({ complete: 'pass' })),
  c('N3 for: "Did the site help for your science fair project?"', asked('how do volcanoes erupt', 'USGS explains eruptions at usgs.gov/volcanoes/how-they-work.', 'ok', 'Did the site help for your science fair project?'), some({ complete: 'pass' })),
  // ---- N3 against
  c('N3 against: "Does mulch help for your garden?" asks about gardening, not the information', asked('when do i plant tomatoes in zone 6', 'The Old Farmer\'s Almanac planting calendar at almanac.com/gardening/planting-calendar gives zone 6 dates.', 'ok', 'Does mulch help for your garden?'), some({ complete: 'fail' })),
  c('N3 against: "Does Thursday help for your class?" asks for a day', asked('is there a citizenship class', 'The ESL and citizenship classes are listed at harborlibrary.example.org/classes.', 'which day', 'Does Thursday help for your class?'), some({ complete: 'fail' })),
  c('N3 against (older): "Does that help for now?" still passes', asked('fafsa deadline', 'The FAFSA deadlines are at studentaid.gov/fafsa-deadlines.', 'ok', 'Does that help for now?'), some({ complete: 'pass' })),
  // ---- N4 for
  c('N4 for: "do any of these look like ur grandpa\'s?"', asked('my grandpas ww2 uniform patch', 'Here are the 1940s Army shoulder patches: history.army.mil/html/heraldry/patches.', 'so many', "do any of these look like ur grandpa's?"), some({ complete: 'pass' })),
  c('N4 for: "Did it look like his?" after the scan', asked('my dads 1971 yearbook photo', 'Here is the 1971 Harbor High yearbook scan: archive.org/details/harborhigh1971.', 'page 40!', 'Did it look like his?'), some({ complete: 'pass' })),
  c('N4 for: "Does that look like your aunt\'s recipe?" (two words after "your")', asked('old potato salad recipe from a 1960s church cookbook', 'Here is the 1963 First Lutheran cookbook page: archive.org/details/firstlutheran1963.', 'ooh', "Does that look like your aunt's recipe?"), some({ complete: 'pass' })),
  // ---- N4 against
  c('N4 against: "And does yours look like hers?" compares the patron\'s own quilts', asked('what quilt pattern has 8 point stars', 'The Ohio Star and LeMoyne Star are shown in Brackman\'s "Encyclopedia of Pieced Quilt Patterns".', 'i have my moms and mine', 'And does yours look like hers?'), some({ complete: 'fail' })),
  c('N4 against (older): "Does that look right?" still passes', asked('my great aunts obituary 1988', 'Here is the Harbor Gazette obituary, Apr 2, 1988: harborlibrary.example.org/obits/1988-04-02.', 'hmm', 'Does that look right?'), some({ complete: 'pass' })),
];

export const n5: SessionCase[] = [
  c('N5 for: "mind if i take a min to look into that?", the answer 180 s later', paused('mind if i take a min to look into that?', '', 230), some({ informed: 'fail' })),
  c('N5 for: "Mind if I grab a couple more minutes to check?", the answer 180 s later', paused('Mind if I grab a couple more minutes to check?', '', 230), some({ informed: 'fail' })),
  c('N5 for: "Would you mind if I took a few minutes?", the answer 180 s later', paused('Would you mind if I took a few minutes to find a good source?', '', 230), some({ informed: 'fail' })),
  c('N5 for: "mind if i take 5 mins?", the answer 180 s later', paused('mind if i take 5 mins?', '', 230), some({ informed: 'fail' })),
  c('N5 against: "Mind if I ask what size it is?", the answer 115 s after the reply', paused('Mind if I ask what size it is?', 'about 3 ft', 185), some({ informed: 'pass' })),
  c('N5 against: "Would you mind taking a minute to check its length?" asks the patron, the answer 115 s after the reply', paused('Would you mind taking a minute to check its length?', 'its about 3 ft', 185), some({ informed: 'pass' })),
];

export const n7n8: SessionCase[] = [
  // ---- for
  c('N7 for: "pls drop em off at the food bank, 412 5th St, Ames, IA 50010" (em)', said('where can i donate canned food', 'pls drop em off at the food bank, 412 5th St, Ames, IA 50010, Mon-Fri.'), some({ referral: 'pass' })),
  c('N7 for: "You can take the kitten over to the humane society, 4801 Main St, Springfield, IL 62701"', said('found a stray kitten', 'You can take the kitten over to the humane society, 4801 Main St, Springfield, IL 62701.'), some({ referral: 'pass' })),
  c('N7 for: "Just bring it to a vet asap" with no contact', said('my dog ate a grape', 'Grapes can hurt dogs. Just bring it to a vet asap.'), some({ referral: 'fail' })),
  c('N7 for: "Please take your old coats to the donation center" with no contact', said('where can i give away winter coats', 'Please take your old coats to the donation center downtown; they sort them for shelters.'), some({ referral: 'fail' })),
  c('N8 for: "Lleve el perrito al refugio de animales" with no contact', said('encontre un perrito en la calle', 'Lleve el perrito al refugio de animales más cercano; allí revisan si tiene chip.'), some({ referral: 'fail' })),
  c('N8 for: "Llame a control de animales al 515-555-0177"', said('hay un mapache en mi garaje', 'Llame a control de animales al 515-555-0177; ellos lo sacan.'), some({ referral: 'pass' })),
  c('N8 for: "Call a reptile rescue" with no contact', said('i cant keep my iguana anymore', 'Call a reptile rescue; they take in iguanas.'), some({ referral: 'fail' })),
  c('N8 for: "contact the bird rescue at 603-555-0110"', said('found a baby owl', 'Please contact the bird rescue at 603-555-0110 before you move it.'), some({ referral: 'pass' })),
  // ---- against
  c('N7 against: "our staff will take them to the food bank" (the library carries them)', said('can the library take my canned food', 'Yes! Leave them in the bin by the entrance and our staff will take them to the food bank each Friday.'), some({ referral: 'na' })),
  c('N7 against: "Many owners take their dogs to the vet once a year" (others\' habit, a source)', said('how often do dogs need checkups', 'Many owners take their dogs to the vet once a year; the AVMA checklist is at avma.org/wellness.'), some({ referral: 'na' })),
  c('N7 against: "Take a look at the shelter\'s adoptable pets at …" is a web page', said('want to adopt a cat', "Take a look at the shelter's adoptable pets at harborshelter.example.org/adopt."), some({ referral: 'na' })),
  c('N8 against: "The Wildlife Rescue Handbook has a chapter" is a book', said('baby bird fell out of nest', 'The Wildlife Rescue Handbook (Jones, 2019) has a chapter on nestlings; usually you can put it back.'), some({ referral: 'na' })),
  c('N8 against: "Lea la guía de la clínica veterinaria en …" is a web page', said('mi gato no come', 'Lea la guía de la clínica veterinaria en vetclinica.example.com/gatos-que-no-comen.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('forty-ninth round: block N, fourth blind check', () => {
  for (const [t, cs] of [['N3 and N4', n3n4], ['N5', n5], ['N7 and N8', n7n8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
