/**
 * Seventy-first round, blind check of block AD (rubric v64): AD1, AD2 and AD4 tried both ways in cases written by a helper who did
 * not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Checks: followup.completeness (AD1: in or after the first message that gives a source or answer, the provider asks
 * whether the information already given meets the need; a question about something not yet given does not count), info.source and
 * inquiry.clarify (AD2: a named resource, a URL or a book is a source; the clarifying question must come before the first message
 * that gives a source), referral.contact (AD4, RUBRIC Terms, Referral: telling the patron to contact or visit a party outside the
 * chat; na when there is none; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AD1: "Does that / this clear up the <noun> question / charge?" (one or two words before the noun, "ur" for "your", "for you"
 *   after it, a separate message after the answer, Spanish "¿Eso le aclara la duda …?") asks whether what was given meets the need:
 *   pass. Not: the same words about something offered or still to happen ("I can ask … to waive it. Would that clear up …?", "Once
 *   you call them, will that clear up …?"), asked before anything was given, or the patron's own question quoted back and answered.
 * - AD2: a resource noun after "each / every / any / some / which …" names no resource: a sentence with nothing else gives no
 *   source, so a question in its message comes before the first source (clarify passes when the real source comes later), and a
 *   session with only such sentences gives no source (info.source fails). A named database, the catalogue, a URL or a book with its
 *   author in the same message is a source, and a question in that message is not before it (clarify fails).
 * - AD4: "stop at / stop in at <a party>" told to the patron is a visit, a referral (a museum, a historical society, a vet center,
 *   a visitor center). Not a referral: a page or step to stop at, a bus that stops at a place, the provider's own stop, a condition
 *   ("If you stop at …"), a negation ("No need to stop at …").
 *
 * COUNTS. Written: 28 cases, 14 for and 14 against (AD1 5/4, AD2 5/4, AD4 4/6), in one batch, labels copied aside to
 * /tmp/wt-ad1-labels.ts before the first run. First run as labelled: 25 of 28. Disagreeing: 3. Label corrections: 0 (each reread
 * against RUBRIC's followup.completeness, info.source and inquiry.clarify rules; the labels stand). Final: 25 running, 3 LEFT
 * (rubric v63 scored on each to tell "older" from "AD caused"):
 * - followup.completeness, expected pass / got fail: "Does this clear up the overdue fine charge?" after the account page (two
 *   words before the noun: AD1's widening takes one, and "fine" is itself a listed noun, so " charge?" is left over; older: v63
 *   fail the same).
 * - followup.completeness, expected fail / got pass: "Once you call the retirement office, will that clear up the pension
 *   question?" (asks about a call still to be made, not about what was given; alternative 152 takes "will that" and AD1's word
 *   before the noun now reaches "the pension question"; AD caused: v63 fail).
 * - inquiry.clarify, expected pass / got fail: "Do you know the year he sailed? Every shipping line's database is organised a bit
 *   differently." then the source (two words between "every" and "database": `GENERIC_AD2` allows one, so the sentence is still
 *   read as a source and the question is not before it; older: v63 fail the same).
 * AFTER THIS CHECK (the block mended before it landed): the AD-caused AD1 case ("Once you call the retirement office, will that
 *   clear up the pension question?": AD1 is now its own alternative after "does / did / do" only, not a widening of alternative
 *   152, which also reads "will / would that") and the older "Does this clear up the overdue fine charge?" and "Every shipping
 *   line's database is organised a bit differently." (one or two words between, in AD1 and AD2) now score as labelled and run with
 *   the others; no case is LEFT; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, ASKED, NOT_ASKED, NO_SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, saidThen, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** AD2: the question came before the first source, and a source was given. */
const CLARIFIED = some({ clarify: 'pass', source: 'pass' });
/** AD2: the only question is in the message that gives the first source. */
const NOT_CLARIFIED = some({ clarify: 'fail', source: 'pass' });

export const ad1: SessionCase[] = [
  // ---- AD1 for: "does that / this clear up the <word> question / charge?" after the answer
  c('AD1 for: "Does that clear up the Scotland question?" after the census dates and the site', said('when did scotland do its censuses', 'Scotland took a census every ten years from 1841; the dates and the images are at scotlandspeople.gov.uk. Does that clear up the Scotland question?'), ASKED),
  c('AD1 for: "Did that clear up the Medicare question for you?"', said('can i sign up for medicare late', 'Yes, in the General Enrollment Period, January to March; the penalties are explained at medicare.gov/basics/get-started-with-medicare. Did that clear up the Medicare question for you?'), ASKED),
  c('AD1 for: "does this clear up ur parking question?" (chat-speak, a message of its own)', saidThen('wheres the cheapest parking near the main library', 'the Elm St garage is $2 all day, rates r at cityparking.example.gov', 'does this clear up ur parking question?'), ASKED),
  c('AD1 for: "Does this clear up the overdue fine charge?" (two words before the noun)', said('why do i owe money on my card', 'Your account at birchhollow.example.org/account shows $1.50 for the cookbook returned three days late. Does this clear up the overdue fine charge?'), ASKED),
  c('AD1 for: "¿Eso le aclara la duda del cargo?" (Spanish)', es.said('me cobraron algo en mi tarjeta y no sé por qué', 'El cargo de $3 fue por el DVD devuelto tarde; su cuenta en biblioteca.example.org/cuenta lo muestra. ¿Eso le aclara la duda del cargo?'), ASKED),
  // ---- AD1 against: something offered or still to happen, asked before anything was given, the patron's words quoted back
  c('AD1 against: "I can ask our circulation manager to waive it. Would that clear up the billing question?" (an offer)', said('why did i get a bill from the library', 'Your account at birchhollow.example.org/account shows a $4 fee for the late return. I can ask our circulation manager to waive it. Would that clear up the billing question?'), NOT_ASKED),
  c('AD1 against: "I can look for his ship in the passenger lists. Would that clear up the Scotland question?" (before anything given)', asked('my gran says her dad came from scotland but the dates dont fit', 'I can look for his ship in the passenger lists. Would that clear up the Scotland question?', 'yes please', 'Found him: the 1907 Caledonia list in Ancestry Library Edition, on our databases page at birchhollow.example.org/databases, shows him sailing from Glasgow.'), NOT_ASKED),
  c('AD1 against: \'"Does this clear up the parking question?" Yes, it does: …\' (the patron\'s words quoted back)', said('i got a letter from the city. does this clear up the parking question or do i still owe', '"Does this clear up the parking question?" Yes, it does: the letter says the ticket was dismissed, and the ticket lookup at parking.example.gov will show $0.'), NOT_ASKED),
  c('AD1 against: "Once you call the retirement office, will that clear up the pension question?" (still to happen)', said('how do i get my late husbands pension moved to me', 'The survivor form is SF-3104, at opm.gov/forms. Once you call the retirement office, will that clear up the pension question?'), NOT_ASKED),
];

export const ad2: SessionCase[] = [
  // ---- AD2 for: "each / every / any / some … database / site / guide" names no resource
  c('AD2 for: "Do you know the year he sailed? Every shipping line\'s database is organised a bit differently." then the source', asked('im trying to find my great grandfathers ship', 'Do you know the year he sailed? Every shipping line\'s database is organised a bit differently.', 'around 1905', 'Then start with the Ellis Island passenger search at heritage.statueofliberty.org; it covers 1892 to 1924.'), CLARIFIED),
  c('AD2 for: "which state was she in? every state\'s site does it diff" then the source (chat-speak)', asked('need census stuff for my grandma', 'which state was she in? every state\'s site does it diff', 'ohio', 'ok! the Ohio History Connection has the state census indexes at ohiohistory.org/collections'), CLARIFIED),
  c('AD2 for: "Are these young trees or old ones? Some pruning guides only cover the first years." then the book', asked('looking for a guide to pruning apple trees', 'Are these young trees or old ones? Some pruning guides only cover the first years.', 'old ones, 30 years', 'The Pruning Book by Lee Reich has a whole chapter on renovating old apple trees.'), CLARIFIED),
  c('AD2 for: "any bank\'s website will show you its current rate" and nothing else (no source)', said('which bank has the best cd rates', 'They move every week, and any bank\'s website will show you its current rate. Credit unions are often a little higher.'), NO_SOURCE),
  c('AD2 for: "¿Sabe en qué estado nació? Cada registro civil tiene su propio sitio web." then the source (Spanish)', es.asked('busco el acta de nacimiento de mi abuelo', '¿Sabe en qué estado nació? Cada registro civil tiene su propio sitio web.', 'en Jalisco', 'Las actas de Jalisco de 1857 a 1930 están en FamilySearch: familysearch.org/search/catalog.'), CLARIFIED),
  // ---- AD2 against: a named database, a URL, a book, the catalogue in the same sentence
  c('AD2 against: "Which county was it? HeritageQuest Online, unlike some other databases, has the 1900 census indexed by county."', asked('looking for the 1900 census for my family', 'Which county was it? HeritageQuest Online, unlike some other databases, has the 1900 census indexed by county.', 'franklin county', 'Great, search Franklin there first.'), NOT_CLARIFIED),
  c('AD2 against: "Is this for a class? Try any database on our A-Z list at lib.example.org/az." (a URL)', asked('i need articles about climate change and coral reefs', 'Is this for a class? Try any database on our A-Z list at lib.example.org/az.', 'yes bio 101', 'Then Academic Search Complete is the one to start with.'), NOT_CLARIFIED),
  c('AD2 against: "Does he like adventure? Every teacher\'s guide I have seen lists Hatchet by Gary Paulsen first." (a book)', asked('my son needs a survival novel for 6th grade', 'Does he like adventure? Every teacher\'s guide I have seen lists Hatchet by Gary Paulsen first.', 'yes he loves it', 'Then Hatchet it is; there are four copies in.'), NOT_CLARIFIED),
  c('AD2 against: "Are you just starting out? The catalogue shows every beekeeping guide we own." (the catalogue)', asked('do you have any guides on beekeeping', 'Are you just starting out? The catalogue shows every beekeeping guide we own, and most are on the shelf.', 'yes total beginner', 'Then look for the ones marked "beginner" in the subject list.'), NOT_CLARIFIED),
];

export const ad4: SessionCase[] = [
  // ---- AD4 for: "stop at / stop in at <a party>" told to the patron
  c('AD4 for: "You could stop at the Willard House and Clock Museum in Grafton; tour times are at willardhouse.org."', said('where can i see old tower clocks', 'You could stop at the Willard House and Clock Museum in Grafton; tour times are at willardhouse.org.'), WITH_WAY),
  c('AD4 for: "u could stop at the county historical society, they have the old plat books" (chat-speak, no way)', said('who can tell me about my grandpas farm', 'u could stop at the county historical society, they have the old plat books'), NO_WAY),
  c('AD4 for: "Best to stop at the Hartford Vet Center, (860) 555-0142; they fill the forms in with you."', said('where do veterans get help with benefits forms', 'Best to stop at the Hartford Vet Center, (860) 555-0142; they fill the forms in with you.'), WITH_WAY),
  c('AD4 for: "Stop at the Chamber of Commerce visitor center on your way in; they hand out the trail maps."', said('where can i get a map of the bike trails', 'Stop at the Chamber of Commerce visitor center on your way in; they hand out the trail maps for free.'), NO_WAY),
  // ---- AD4 against: a place in a book, a step, a bus, the provider's own stop, a condition, a negation
  c('AD4 against: "For Thursday, stop at the end of chapter 9." (a place in a book)', said('how far do we read for book club', 'For Thursday, stop at the end of chapter 9; the discussion questions are at birchhollow.example.org/bookclub.'), NONE),
  c('AD4 against: "stop at the second step and save your work" (a step)', said('the tax form program keeps crashing', 'Go through the wizard but stop at the second step and save your work before you upload anything.'), NONE),
  c('AD4 against: "the Route 72 bus does stop at the American Clock & Watch Museum on weekends" (a bus)', said('is there a bus to the clock museum', 'Yes, the Route 72 bus does stop at the American Clock & Watch Museum on weekends; the timetable is at ctbus.example.org.'), NONE),
  c('AD4 against: "I\'ll stop at the Town Clerk\'s office on my lunch break and ask them about the deed." (own act)', said('can you find out if the town hall has my deed', 'I\'ll stop at the Town Clerk\'s office on my lunch break and ask them about the deed.'), NONE),
  c('AD4 against: "If you stop at the clock museum in Bristol, the gift shop sells it too." (condition)', said('any books on old clocks', 'We have three, starting with Clocks and Watches by Anita Shenton. If you stop at the clock museum in Bristol, the gift shop sells it too.'), NONE),
  c('AD4 against: "No need to stop at the Town Clerk\'s office; the dog license form is at townforms.example.gov." (negation)', said('do i have to go to town hall for a dog license', 'No need to stop at the Town Clerk\'s office; the dog license form is online at townforms.example.gov.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-first round: block AD (AD1, AD2, AD4) checked blind, both ways', () => {
  for (const [t, cs] of [['AD1', ad1], ['AD2', ad2], ['AD4', ad4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
