/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah4: AH7, AH8, AH9 and AH15 tried both ways in cases written by
 * a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * Checks: info.source (AH7, AH15; RUBRIC: pass when the provider gives at least one source: a URL or domain, an e-mail or phone
 * contact for a referral, or a named resource (a database, the catalogue, a guide, a book, a web page with the steps to reach it);
 * fail: a substantive exchange with no source). closing.anything_else (AH8; RUBRIC: pass when before the end the provider asks
 * whether the patron needs anything else, or the patron says on their own, explicitly, that they are done; fail otherwise).
 * inquiry.clarify (AH8, AH15; RUBRIC: pass when the provider asks at least one question about the need (other than the greeting's
 * "how can I help?", an idle check-in, "anything else?" or "does this answer your question?"; questions about the patron's
 * situation such as home library count), or restates the question ("so you need…"), before the first message that gives a source;
 * if no source is ever given, any such question counts). approachability.greeting (AH9; RUBRIC: within the first two visible
 * provider messages the provider greets the patron and identifies who is answering (a name, "librarian", the library or the
 * service, in the text: a screen name does not count)).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A reference book named by its title (capitalised, "the MLA Handbook", "The Old Farmer's Almanac for 1936", "el Manual de
 *   Reparación Chilton") is a named resource: a book. A kind of book in lower case ("the repair manual for your model") names no
 *   resource. A book the library says it has not got, or that does not exist ("none of our branches has …", "There's no …
 *   Handbook"), gives the patron nothing to use: no source. A person ("Charles Atlas") or a mountain range ("the High Atlas") is no
 *   resource.
 * - "Is there anything else on the card / in the will … that …?", "Anything else you can't read on the certificate?" asks about the
 *   need in hand (the same card, form, will), not whether the patron needs anything else: not closing.anything_else's question;
 *   asked before the answer it is a question about the need. "Anything else on your to-do list / on your mind / in the catalog …?"
 *   asks about other needs: the closing question.
 * - A lower-case screen name ("kit.m") is a screen name: it never identifies by itself; the name typed in the greeting's text does
 *   ("Hi, Kit, Elm Ridge library.", "hey! sam here", "jo from the ref desk"). A word in the text that only looks like the screen
 *   name ("Hope your week …", "Will this be …") names no one.
 * - "So you're trying / hoping / aiming / working … to <do X>, for <the patron's own booklet>" restates the need; the patron's own
 *   booklet, newsletter or guidebook is not a source given. "So you're hoping to find …" restates it as well (RUBRIC: "restates the
 *   question"). A restatement in the same message as the first source ("…, and the … database has …", ": try Fold3 …", " — the book
 *   … walks through it", "at mht.example.org/…") is not before the first message that gives a source.
 *
 * COUNTS. Written: 33 cases, 18 for and 15 against (AH7 5/5, AH8 5/3, AH9 3/3, AH15 5/4), in one batch, labels copied aside to
 * /tmp/s73/ah4-labels.ts before the first run. First run as labelled: 21 of 33. Disagreeing: 12. Label corrections: 0 (each reread
 * against RUBRIC's info.source, inquiry.clarify, closing.anything_else and approachability.greeting rules; the labels stand). Final:
 * 21 running, 12 LEFT (each scored with rubric v67 to tell "older" from "AH caused"; 4 caused by AH, 8 older):
 * - info.source, expected fail / got pass (caused by AH7: v67 fail): "I'm sorry, none of our branches has the 1981 Toyota Pickup
 *   Repair Manual; …" (AH7's negation list has no "none").
 * - approachability.greeting, expected fail / got pass (caused by AH9: v67 fail): "Hi! Hope your week is going well." (screen name
 *   "hope_r") and "Hello! Will this be for a school project?" (screen name "will_p"): the screen name's word, capitalised at the
 *   sentence's start, is read as the name typed in the text.
 * - inquiry.clarify pass / info.source fail, expected fail / pass (caused by AH15: v67 fail / pass): "So you're hoping to repair the
 *   leaded windows yourself — the book Stained Glass Restoration by Vivienne Reed walks through it step by step." (a dash is no stop).
 * - older (v67 the same): AH7 against "There's no … Cemetery Handbook", "the Charles Atlas course", "the High Atlas" (read as sources
 *   by older readings); AH8 for "Anything else you can't read on the certificate?" and the Spanish "¿Hay algo más en la receta …?";
 *   AH15 for "So you're working to …", "ok so you're aiming to …" (no restatement read: "working", "aiming" are not restatement
 *   phrases) and "So you're hoping to find the …".
 * ON v68 AS LANDED (mends after this check): the four caused by AH are mended (AH7's negations with "none of", "there's no",
 *   "went missing"; AH9 not a screen name's word that is also a common word, "hope_r", "will_p"; AH15 stops at a dash that goes on
 *   to give something), and four older ones read now (AH8's "Anything else you can't read on the certificate?" and the Spanish
 *   "¿Hay algo más en la receta que no se entienda?", AH15's "working to" and "aiming to"): they run; 4 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, who, type Line, type SessionCase } from './helpers';
import { GREETED, nearMiss as c, nearMissLines, NO_SOURCE, NOT_GREETED, DONE, SOURCE } from './near-miss-lines';

const HI = 'Hi, this is Renata at the Allegany County Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'frostburg' });
const HI_ES = 'Hola, soy Renata, de la Biblioteca del Condado de Allegany.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de frostburg' });

/** inquiry.clarify passed and closing.anything_else failed: a question about the need, no closing question. */
const CLARIFIED_NO_CLOSE = some({ clarify: 'pass', anything: 'fail' });
/** A restatement in the message that gives the first source: no clarifying before it, a source given. */
const SOURCE_NOT_CLARIFIED = some({ clarify: 'fail', source: 'pass' });
/** inquiry.clarify passed. */
const CLARIFIED = some({ clarify: 'pass' });

/** A session whose provider's screen name (author and provider name) is `name`, greeting with `hi` (and asking for the branch). */
const screen = (name: string, hi: string, q: string, text: string): Pick<SessionCase, 'lines' | 'over'> => ({
  lines: nearMissLines(hi, { branch: 'Which branch do you usually use?', branchReply: 'frostburg' })
    .said(q, text)
    .map(([t, w, x, e]): Line => (w === 'l' ? [t, w, x, { ...(e ?? {}), ...who(name, 'p1') }] : [t, w, x, e])),
  over: { provider: { id: 'p1', name, library: 'TST' } },
});
const sc = (name: string, exp: SessionCase['exp'], s: Pick<SessionCase, 'lines' | 'over'>): SessionCase => c(name, s.lines, exp, s.over);

export const ah7: SessionCase[] = [
  // ---- AH7 for: a reference book by its capitalised title
  c('AH7 for: "Our Hagerstown branch keeps the 1972 Chevrolet Chassis Service Manual in its reference room; it can\'t be checked out, but you can copy pages there." (a negation not of having)', said('do you have a shop manual for a 72 chevy c10?', "Our Hagerstown branch keeps the 1972 Chevrolet Chassis Service Manual in its reference room; it can't be checked out, but you can copy pages there."), SOURCE),
  c('AH7 for: "Section 5.87 of the MLA Handbook, ninth edition, shows it: …"', said('how do i cite a podcast episode in mla', 'Section 5.87 of the MLA Handbook, ninth edition, shows it: host, episode title in quotes, podcast name in italics, then the date.'), SOURCE),
  c('AH7 for: "The Old Farmer\'s Almanac for 1936 is on the shelf at Frostburg, …" (the title opens the sentence)', said("what time did the sun rise in cumberland on june 6 1936? its for a story im writing", "The Old Farmer's Almanac for 1936 is on the shelf at Frostburg, and its calendar pages give sunrise times for each day of the year."), SOURCE),
  c('AH7 for: "yep!! we\'ve got the Rand McNally Road Atlas 2024 at the front desk, u can borrow it for 3 weeks" (chat-speak)', said('do u have road maps of the whole us i can take on a trip', "yep!! we've got the Rand McNally Road Atlas 2024 at the front desk, u can borrow it for 3 weeks"), SOURCE),
  c('AH7 for: "Sí, tenemos el Manual de Reparación Chilton para Ford 1990-1996 en la sala de referencia …" (Spanish)', es.said('tienen algún manual para arreglar una camioneta Ford del 94?', 'Sí, tenemos el Manual de Reparación Chilton para Ford 1990-1996 en la sala de referencia de la sucursal de Frostburg.'), SOURCE),
  // ---- AH7 against: a book not held or never made, a person, a mountain range, a kind of book in lower case
  c('AH7 against: "I\'m sorry, none of our branches has the 1981 Toyota Pickup Repair Manual; our only copy went missing in 2019." (not held)', said('do you have a repair manual for a 1981 toyota pickup', "I'm sorry, none of our branches has the 1981 Toyota Pickup Repair Manual; our only copy went missing in 2019."), NO_SOURCE),
  c('AH7 against: "There\'s no Allegany County Cemetery Handbook, as far as I can tell; nobody ever compiled one." (never made)', said('is there a handbook that lists all the cemeteries in allegany county', "There's no Allegany County Cemetery Handbook, as far as I can tell; nobody ever compiled one."), NO_SOURCE),
  c('AH7 against: "Pretty early: the Charles Atlas course was sold by mail through comic book ads from the 1930s on." (a person)', said('when did those charles atlas muscle ads start? my grandpa did the course', 'Pretty early: the Charles Atlas course was sold by mail through comic book ads from the 1930s on.'), NO_SOURCE),
  c('AH7 against: "Yes, most villages in the High Atlas still speak Tashelhit, a Berber language, at home, …" (mountains)', said('do people in the atlas mountains still speak berber?', 'Yes, most villages in the High Atlas still speak Tashelhit, a Berber language, at home, with Arabic and French at school.'), NO_SOURCE),
  c('AH7 against: "Honestly, the repair manual for your model is the place to look, since the spec changes with the engine." (lower case)', said('whats the torque spec for the head bolts on a 1999 civic', 'Honestly, the repair manual for your model is the place to look, since the spec changes with the engine.'), NO_SOURCE),
];

export const ah8: SessionCase[] = [
  // ---- AH8 for: other words on the thing in hand, asked before or after the answer
  c('AH8 for: "Is there anything else on the card that\'s hard to make out?" (before the answer)', asked('my grandmas recipe card says "oleo" and "scald the milk", what do those mean?', "Is there anything else on the card that's hard to make out?", 'also "bake in a quick oven"', 'Oleo is margarine, scalding milk means heating it until just before it boils, and a quick oven is about 375 to 400 degrees.'), CLARIFIED_NO_CLOSE),
  c('AH8 for: "sure! anything else on ur form thats confusing?" (chat-speak)', asked('how do i fill out step 3 on the w-4', 'sure! anything else on ur form thats confusing?', 'step 4c too', 'Step 3 is where you claim dependents: $2,000 for each child under 17. Step 4(c) is any extra tax you want taken out of each paycheck.'), CLARIFIED_NO_CLOSE),
  c('AH8 for: "Anything else you can\'t read on the certificate?" (another order)', asked('i have my great grandfathers naturalization certificate from 1921 and cant read the court name', "Anything else you can't read on the certificate?", 'the petition number is smudged too', 'The court is most likely the Circuit Court for Allegany County, which handled most naturalizations here then; the petition number is also on the court\'s own index cards.'), CLARIFIED_NO_CLOSE),
  c('AH8 for: "Is there anything else in the will that you\'d like explained?" (after the answer)', said('what does "per stirpes" mean in my dads will', "It means that if one of the people named has died, their share goes to their own children in equal parts. Is there anything else in the will that you'd like explained?"), some({ anything: 'fail' })),
  c('AH8 for: "¿Hay algo más en la receta que no se entienda?" (Spanish)', es.asked('la receta de mi abuela dice "una taza de manteca", es mantequilla?', '¿Hay algo más en la receta que no se entienda?', 'tambien dice "horno moderado"', 'En muchas recetas antiguas "manteca" es grasa de cerdo o mantequilla; un horno moderado es unos 350 grados.'), CLARIFIED_NO_CLOSE),
  // ---- AH8 against: other needs asked about, the closing question
  c('AH8 against: "Is there anything else on your to-do list that I can help with today?" (other needs)', said('can i renew my passport at the library?', "We don't process renewals, but the DS-82 form is at travel.state.gov and you mail it in. Is there anything else on your to-do list that I can help with today?"), DONE),
  c('AH8 against: "Is there anything else on your mind that I can help with?"', said('when does the book sale start', 'The Friends book sale starts Saturday at 9 in the Frostburg meeting room. Is there anything else on your mind that I can help with?'), DONE),
  c('AH8 against: "Anything else in the catalog you want me to check?"', said('do you have the new louise penny', 'Yes, "The Black Wolf" is in the catalog with 4 holds ahead of you, and I placed a hold on your card. Anything else in the catalog you want me to check?'), DONE),
];

export const ah9: SessionCase[] = [
  // ---- AH9 for: the name typed in the text, the screen name in lower case
  sc('AH9 for: "Hi, Kit, Elm Ridge library." (screen name "kit.m")', GREETED, screen('kit.m', 'Hi, Kit, Elm Ridge library.', 'do you have museum passes for the zoo', 'Yes, two zoo passes go out each day, first come first served, from the front desk.')),
  sc('AH9 for: "hey! sam here." (screen name "sam.r", chat-speak)', GREETED, screen('sam.r', 'hey! sam here.', 'can i print from my phone', 'Yes: email the file to the print address on the sign by the printers, then release it at the station with your card.')),
  sc('AH9 for: "hi, jo from the ref desk!" (screen name "jo-ref")', GREETED, screen('jo-ref', 'hi, jo from the ref desk!', 'are you open on memorial day', 'All branches are closed on Memorial Day and open again Tuesday at 10.')),
  // ---- AH9 against: a word that looks like the screen name, a screen name alone
  sc('AH9 against: "Hi! Hope your week is going well." (screen name "hope_r")', NOT_GREETED, screen('hope_r', 'Hi! Hope your week is going well.', 'can i get a new card if i lost mine', 'Yes, a replacement card is $1 at any desk; bring a photo ID.')),
  sc('AH9 against: "Hello! Will this be for a school project?" (screen name "will_p")', NOT_GREETED, screen('will_p', 'Hello! Will this be for a school project?', 'i need books about volcanoes', 'The kids\' nonfiction shelves at 551.21 have about a dozen, and two have hands-on experiments.')),
  sc('AH9 against: "Hi there! What can I help you find today?" (screen name "dustin_t" only)', NOT_GREETED, screen('dustin_t', 'Hi there! What can I help you find today?', 'do you have wifi hotspots to borrow', 'Yes, hotspots lend for two weeks; ask at the front desk, and there is usually a short wait.')),
];

export const ah15: SessionCase[] = [
  // ---- AH15 for: what the patron is trying to do, restated before the first source
  c('AH15 for: "So you\'re hoping to learn who designed and built the Lyric, for the historical society\'s newsletter."', asked('who built the old lyric theater in cumberland? writing it up for the historical society newsletter', "So you're hoping to learn who designed and built the Lyric, for the historical society's newsletter.", 'yes exactly', 'The 1914 Sanborn map of Cumberland at loc.gov/maps shows the Lyric, and the Cumberland Evening Times for 1913, on microfilm here, reported its opening and builder.'), CLARIFIED),
  c('AH15 for: "So you\'re working to get the old Route 40 diner listed on the county\'s historic register, for the preservation society\'s walking tour guidebook."', asked('the old route 40 diner should be on the historic register, its for our walking tour guidebook', "So you're working to get the old Route 40 diner listed on the county's historic register, for the preservation society's walking tour guidebook.", 'right', 'The Maryland Historical Trust explains the nomination steps at mht.example.org/register, with the form.'), CLARIFIED),
  c('AH15 for: "ok so you\'re aiming to trace ur great grandpa\'s ship from naples in 1907, for the family tree book" (chat-speak)', asked('my great grandpa came from naples in 1907 and im making a family tree book', "ok so you're aiming to trace ur great grandpa's ship from naples in 1907, for the family tree book", 'yep', 'The Ellis Island passenger lists are free at heritage.example.org; search by his name and 1907.'), CLARIFIED),
  c('AH15 for: "Entonces quiere identificar el taller que hizo los vitrales de su iglesia, para el folleto del aniversario." (Spanish)', es.asked('quiero saber quien hizo los vitrales de mi iglesia, es para el folleto del aniversario', 'Entonces quiere identificar el taller que hizo los vitrales de su iglesia, para el folleto del aniversario.', 'sí', 'La base de datos del Censo de Vitrales de Estados Unidos, en stainedglass.example.org, busca por iglesia y ciudad.'), CLARIFIED),
  c('AH15 for: "So you\'re hoping to find the original blueprints of Beall High School for the alumni yearbook." ("to find")', asked('do the blueprints of beall high school still exist? our alumni group wants them for the yearbook', "So you're hoping to find the original blueprints of Beall High School for the alumni yearbook.", 'yes', 'The Allegany County Board of Education keeps building plans; its facilities office is at 301-555-0142.'), CLARIFIED),
  // ---- AH15 against: the restatement goes on to give the source
  c('AH15 against: "So you\'re trying to date your farmhouse, and the Maryland Historical Trust\'s Medusa database has survey files …" (", and")', asked('how old is my farmhouse on old legislative road', "So you're trying to date your farmhouse, and the Maryland Historical Trust's Medusa database has survey files for most old houses in the county.", 'oh cool', "If your road isn't in it, the land records will be the next step."), SOURCE_NOT_CLARIFIED),
  c('AH15 against: "So you\'re hoping to trace your great-aunt\'s WAC unit: try Fold3, our military records database, with her full name." (": try")', asked('my great aunt was a WAC in ww2, how do i find out what unit she was in', "So you're hoping to trace your great-aunt's WAC unit: try Fold3, our military records database, with her full name.", 'ok', 'Her discharge papers, if the family has them, will also name the unit.'), SOURCE_NOT_CLARIFIED),
  c('AH15 against: "So you\'re hoping to repair the leaded windows yourself — the book Stained Glass Restoration by Vivienne Reed walks through it step by step." (a dash)', asked('our church windows are sagging, can we fix them ourselves', "So you're hoping to repair the leaded windows yourself — the book Stained Glass Restoration by Vivienne Reed walks through it step by step.", 'sounds good', 'Good luck with the project.'), SOURCE_NOT_CLARIFIED),
  c('AH15 against: "So you\'re planning to apply for a state historic marker at mht.example.org/markers, where the form and the deadlines are." ("at <site>")', asked('how do we get one of those historic markers for our street', "So you're planning to apply for a state historic marker at mht.example.org/markers, where the form and the deadlines are.", 'great', 'The deadline is usually in the fall.'), SOURCE_NOT_CLARIFIED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AH
  // older
  'AH7 against: "There\'s no Allegany County Cemetery Handbook, as far as I can tell; nobody ever compiled one." (never made)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, a handbook that was never compiled is no resource given (older: v67 pass the same)',
  'AH7 against: "Pretty early: the Charles Atlas course was sold by mail through comic book ads from the 1930s on." (a person)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, a bodybuilder\'s mail-order course and comic book ads are no resource given to the patron (older: v67 pass the same)',
  'AH7 against: "Yes, most villages in the High Atlas still speak Tashelhit, a Berber language, at home, …" (mountains)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, a mountain range and a language are no resource; the answer names no source (older: v67 pass the same)',
  'AH15 for: "So you\'re hoping to find the original blueprints of Beall High School for the alumni yearbook." ("to find")':
    'expected inquiry.clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC, "so you\'re hoping to find …" restates the question before the first source; AH15 leaves "to find" to Y3, which reads only "to find a / an / some / any" (older: v67 fail the same)',
};

describe('seventy-seventh round: block AH (AH7, AH8, AH9, AH15) checked blind, both ways, part ah4', () => {
  for (const [t, cs] of [['AH7', ah7], ['AH8', ah8], ['AH9', ah9], ['AH15', ah15]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
