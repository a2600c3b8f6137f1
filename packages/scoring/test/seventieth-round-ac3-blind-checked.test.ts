/**
 * Seventieth round, third blind check of block AC (rubric v63): AC1, AC7, AC14 and AC16 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, other subjects, other orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break). Checks: followup.completeness (AC1, AC7: in or after the first source or answer, the provider asks whether the
 * information already given meets the need; a question about something not yet given does not count), inquiry.clarify and
 * session.idle_checkin (AC14: a provider question about the need counts, an idle check-in does not; the idle check passes only when
 * the provider asked whether the patron is still there), closing.no_dismissal (AC16: fail when the provider tells the patron they
 * asked too many; saying politely that others are waiting and inviting them back passes).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AC1 / AC7: a question whose subject is a resource the provider just gave ("Does the Sanborn atlas seem promising to begin
 *   with?", "Does HathiTrust get u started on the thesis?", "Does that look like it might be him?", "Is this the kind of jumping off
 *   point you had in mind?", "Does this one sound alright?") asks whether what was given meets the need: pass.
 * - Not one: a question about a person ("Does your tutor seem helpful to start?", "Does Priya help with the citations too?"), about
 *   an offer or a time not yet given ("Does a scan sound useful to start?", "Does Thursday help?"), asked before any source, or the
 *   patron's own question echoed before the provider answers it: fail.
 * - AC14: "still around" after a noun phrase ("the covered bridges still around in the county") is part of a question about the
 *   need, no check-in: inquiry.clarify passes, and in the final idle it asks nothing of the patron (session.idle_checkin fails). The
 *   Spanish "la fábrica que sigue ahí" is taken the same way. "you still around?", "Is anybody still around?", "r u still around?"
 *   still ask whether the patron is there.
 * - AC16: telling the patron they have gone or asked beyond what one chat covers is telling them they asked too many (fail), in
 *   chat-speak and Spanish too; praise, "more than one book" and reassurance that they have not are no dismissal (pass).
 *
 * COUNTS. Written: 30 cases, 16 for and 14 against (AC1 3/3, AC7 5/4, AC14 4/3, AC16 4/4), in one batch, labels copied aside to
 * /tmp/wt-ac3-labels.ts before the first run. First run as labelled: 23 of 30. Disagreeing: 7. Label corrections: 0 (each reread
 * against RUBRIC's followup.completeness, inquiry.clarify and closing.no_dismissal rules; the labels stand). Final: 23 running, 7 LEFT
 * (rubric v62 scored on each to tell "older" from "AC caused"):
 * - followup.completeness, expected fail / got pass: AC1 against "Does a scan sound useful to start?" after "I could also scan the
 *   1890 plat map for you" (an offer not yet given; RUBRIC: "A question about something not yet given ("would a scan be what you
 *   need?") does not count"; AC1's widened alternative 252 reads "a scan" as the subject; AC caused: v62 fail).
 * - followup.completeness, expected fail / got pass: AC7 against "Does Priya help with the citations too?" (a person the patron named,
 *   without a title; HELP_ON_AC7 guards titles, pronouns and person nouns but not a bare first name; AC caused: v62 fail).
 * - followup.completeness, expected fail / got pass: AC7 against "Does Thursday help?" after "I can also book you an hour with our
 *   genealogy volunteer" (a time for an offer, nothing given; older: v62 pass the same).
 * - inquiry.clarify, expected pass / got fail: AC14 for "¿Se refiere a la fábrica que sigue ahí hoy, o a la primera, la de 1880?" ("sigue
 *   ahí" after a noun phrase read as the Spanish check-in, stillThere alternative 7; AC14 guards English "still around" only; older:
 *   v62 fail the same).
 * - closing.no_dismissal, expected fail / got pass: AC16 for "tbh ur way past what 1 chat covers" (chat-speak "ur" and "1" and no verb
 *   "gone / asked"; older: v62 pass the same).
 * - closing.no_dismissal, expected fail / got pass: AC16 for "Ya ha preguntado mucho más de lo que cubre un chat." (no Spanish form of
 *   AC16; older: v62 pass the same).
 * - closing.no_dismissal, expected pass / got fail: AC16 against "Don't worry that you've gone past what one chat covers; ask away!"
 *   (reassurance that the help goes on; AC16's alternative has no guard for "don't worry that / you haven't" nor a following "ask
 *   away"; AC caused: v62 pass).
 * Also seen: AC1's three "for" cases and AC14's idle "for" case already scored as labelled on v62 (they check the older readings
 * kept, not AC's widening).
 * AFTER THIS CHECK (the block mended before it landed, AC17 `offerHelpAC17`): the three AC-caused cases ("Does a scan sound useful
 *   to start?" after an offer, "Does Priya help with the citations too?", "Don't worry that you've gone past what one chat covers;
 *   ask away!") and the older "Does Thursday help?" now score as labelled and run with the others; the Spanish "sigue ahí", "tbh
 *   ur way past what 1 chat covers" and "Ya ha preguntado mucho más de lo que cubre un chat." (older) are still LEFT; no label
 *   changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, ASKED, NOT_ASKED, DISMISSED, NOT_DISMISSED } from './near-miss-lines';

const HI = 'Hello, this is Kim, a librarian with Ask Us at Larchmont Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Kim, bibliotecaria de la Biblioteca Pública de Larchmont.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
const CHECKED_IN = some({ idle: 'pass' });
const NOT_CHECKED_IN = some({ idle: 'fail' });

/** A final idle: the source and completeness question at 70 s, `during` at 200 s, the goodbye at 330 s; the patron never answers. */
const idle = (q: string, during: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you go to?`],
  [50, 'p', 'the north one'],
  [70, 'l', 'The local history room has a guide at larchmontlibrary.example.org/localhistory. Does that help?'],
  [200, 'l', during],
  [330, 'l', 'I will close the chat now. Thanks for chatting, goodbye!'],
];

export const ac1: SessionCase[] = [
  // ---- AC1 for: "look / seem useful, helpful, handy … to start, for starters, to begin with, as a start" about what was given
  c('AC1 for: "do those look handy for starters?" (chat-speak)', said('need stuff on the 1918 flu in our county', 'found 2: the County Health Reports for 1918 in our catalog and the Courier archive at courier.example.org. do those look handy for starters?'), ASKED),
  c('AC1 for: "Does the Sanborn atlas seem promising to begin with?"', said('how can i find out how old my house is', 'The 1912 Sanborn atlas at loc.gov/collections/sanborn-maps shows every building on your street. Does the Sanborn atlas seem promising to begin with?'), ASKED),
  c('AC1 for: "Does that look relevant as a start?"', said('i need articles on school start times and teen sleep', 'Here is a search in Academic Search Complete at library.example.org/az with 40 full text articles. Does that look relevant as a start?'), ASKED),
  // ---- AC1 against: a person as the subject, an offer not yet given, a question before any source
  c('AC1 against: "Does your tutor seem helpful to start?" (a person)', said('my tutor said to ask the library about redlining for my essay', 'Mapping Inequality at dsl.richmond.edu/panorama/redlining has the 1930s maps. Does your tutor seem helpful to start?'), NOT_ASKED),
  c('AC1 against: "Does a scan sound useful to start?" (an offer, not yet given)', said('where can i see old land records for my farm', 'The deed books are indexed at landrecords.example.gov. I could also scan the 1890 plat map for you. Does a scan sound useful to start?'), NOT_ASKED),
  c('AC1 against: "Does a general overview look useful to start?" (before any source)', asked('i need info on the dust bowl for a paper', 'Does a general overview look useful to start?', 'yes', 'The book The Worst Hard Time by Timothy Egan is a good overview; it is in our catalog at larchmontlibrary.example.org.'), NOT_ASKED),
];

export const ac7: SessionCase[] = [
  // ---- AC7 for: a resource given helps or gets the patron started (with what), "could be him", the kind of starting point, "this one"
  c('AC7 for: "did the scans on oac.cdlib.org help for now?" (chat-speak)', said('looking for my great aunts papers, she taught at berkeley in the 30s', 'ok so the Bancroft Library has some of her letters scanned, theyre on oac.cdlib.org. did the scans on oac.cdlib.org help for now?'), ASKED),
  c('AC7 for: "Does HathiTrust get u started on the thesis?"', said('i need old agriculture reports from the 1920s for my thesis', 'The USDA yearbooks for 1920 to 1929 are full view in HathiTrust at catalog.hathitrust.org. Does HathiTrust get u started on the thesis?'), ASKED),
  c('AC7 for: "Does that look like it might be him?"', said('im looking for my grandpa walter brandt in the 1940 census, he lived in toledo', 'I found a Walter Brandt, age 31, in Toledo in the 1940 census on FamilySearch: familysearch.org/search. Does that look like it might be him?'), ASKED),
  c('AC7 for: "Is this the kind of jumping off point you had in mind?"', said('i want to write about the womens suffrage movement in our state', 'Our research guide at larchmontlibrary.example.org/guides/suffrage lists books, newspapers and the state archive. Is this the kind of jumping off point you had in mind?'), ASKED),
  c('AC7 for: "Does this one sound alright?"', said('can you suggest a book on bird migration for a 10 year old', 'Try the book "Flying Lessons: Birds on the Move" by Ana Ruiz; it is in our catalog at larchmontlibrary.example.org. Does this one sound alright?'), ASKED),
  // ---- AC7 against: a person named, an offer of a time, the patron's own question echoed, a question before any source
  c('AC7 against: "Does Priya help with the citations too?" (a person)', said('my tutor priya said i need primary sources on the treaty of versailles', 'The Avalon Project at avalon.law.yale.edu has the full treaty text. Does Priya help with the citations too?'), NOT_ASKED),
  c('AC7 against: "Does Thursday help?" (a time for an offer)', said('can someone help me start my family tree', 'Our guide at larchmontlibrary.example.org/genealogy lists the first steps. I can also book you an hour with our genealogy volunteer. Does Thursday help?'), NOT_ASKED),
  c('AC7 against: "Does Chronicling America help for the 1890s papers? Yes, …" (the patron\'s question echoed)', said('does chronicling america help for the 1890s papers?', 'Does Chronicling America help for the 1890s papers? Yes, it has most Ohio papers of the 1890s, free at chroniclingamerica.loc.gov.'), NOT_ASKED),
  c('AC7 against: "Does the packet help for the intro part?" (before any source)', asked('my teacher gave us a packet on the gold rush but i need more', 'Does the packet help for the intro part?', 'not really', 'The Gold Rush collection at calisphere.org has diaries and photos from 1849.'), NOT_ASKED),
];

export const ac14: SessionCase[] = [
  // ---- AC14 for: "still around" after a noun phrase, no check-in: a clarifying question, and no check-in in the idle
  c('AC14 for: "Are you after the covered bridges still around in the county, or the ones torn down?"', asked('i want to do a project on covered bridges', 'Are you after the covered bridges still around in the county, or the ones torn down?', 'the ones still standing', 'The state DOT list at dot.example.gov/bridges/covered has all 14 with photos.'), CLARIFIED),
  c('AC14 for: "u mean the diners still around downtown or the ones from the 50s?" (chat-speak)', asked('need pics of old diners in town', 'u mean the diners still around downtown or the ones from the 50s?', 'the 50s ones', 'the local history photo archive at larchmontlibrary.example.org/photos has about 30 of them'), CLARIFIED),
  c('AC14 for: "¿Se refiere a la fábrica que sigue ahí hoy, o a la primera?" (Spanish)', es.asked('busco la historia de la fábrica de textiles', '¿Se refiere a la fábrica que sigue ahí hoy, o a la primera, la de 1880?', 'la primera', 'El libro "Telares del río" está en nuestro catálogo en larchmontlibrary.example.org.'), CLARIFIED),
  c('AC14 for (idle): "Also, the two grist mills still around in the county are listed at …" (no check-in)', idle('were there mills in this town', 'One more thing: the two grist mills still around in the county are listed at millsociety.example.org.'), NOT_CHECKED_IN),
  // ---- AC14 against: still check-ins
  c('AC14 against (idle): "hey, you still around?"', idle('were there mills in this town', 'hey, you still around?'), CHECKED_IN),
  c('AC14 against (idle): "Is anybody still around?"', idle('were there mills in this town', 'Is anybody still around?'), CHECKED_IN),
  c('AC14 against: "r u still around?" is no clarifying question', asked('need pics of old diners in town', 'r u still around?', 'yes sorry', 'the local history photo archive at larchmontlibrary.example.org/photos has about 30 of them'), NOT_CLARIFIED),
];

export const ac16: SessionCase[] = [
  // ---- AC16 for: asked or gone beyond what one chat covers
  c('AC16 for: "Honestly, you\'ve already gone far beyond what a single chat is meant for."', said('and can you also find my grandmothers ship record', 'Honestly, you\'ve already gone far beyond what a single chat is meant for.'), DISMISSED),
  c('AC16 for: "You have asked a lot more than this session allows, I\'m afraid."', said('one more, what about the 1880 census', 'You have asked a lot more than this session allows, I\'m afraid.'), DISMISSED),
  c('AC16 for: "tbh ur way past what 1 chat covers" (chat-speak)', said('ok and whats the best book on the civil war too', 'tbh ur way past what 1 chat covers'), DISMISSED),
  c('AC16 for: "Ya ha preguntado mucho más de lo que cubre un chat." (Spanish)', es.said('y también necesito recetas de mi abuela', 'Ya ha preguntado mucho más de lo que cubre un chat.'), DISMISSED),
  // ---- AC16 against: praise, "more than one" of a thing, reassurance, the polite "others are waiting, come back"
  c('AC16 against: "You\'ve asked such thoughtful questions today!"', said('thanks for all the help with my grandmothers records', 'You\'ve asked such thoughtful questions today! The ship lists are at ellisisland.org.'), NOT_DISMISSED),
  c('AC16 against: "You\'ve asked about more than one book, so let\'s go one by one."', said('do you have wonder and holes and also the giver', 'You\'ve asked about more than one book, so let\'s go one by one. Wonder is on the shelf at the north branch.'), NOT_DISMISSED),
  c('AC16 against: "Don\'t worry that you\'ve gone past what one chat covers; ask away!" (reassurance)', said('sorry im asking so much', 'Don\'t worry that you\'ve gone past what one chat covers; ask away!'), NOT_DISMISSED),
  c('AC16 against: "A few patrons are waiting just now; please come back later and we\'ll pick this up." (polite)', said('can you also look up my property tax history', 'A few patrons are waiting just now; please come back later and we\'ll pick this up.'), NOT_DISMISSED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AC14 for: "¿Se refiere a la fábrica que sigue ahí hoy, o a la primera?" (Spanish)':
    'expected inquiry.clarify pass, got fail ("gave a source without first asking about the need or restating it"): "la fábrica que sigue ahí" is part of a question about the need (RUBRIC: a provider question about the need, other than an idle check-in), not a check-in; stillThere alternative 7 reads "sigue ahí" anywhere and AC14 guards English "still around" only; older (v62 fail the same)',
  'AC16 for: "tbh ur way past what 1 chat covers" (chat-speak)':
    'expected closing.no_dismissal fail, got pass ("the patron was not dismissed"): the patron is told they asked more than one chat covers (RUBRIC: tells the patron … that they have reached a limit of questions or asked too many); AC16 reads "you\'ve / you have … gone / asked … more than / beyond … one chat", not "ur way past what 1 chat"; older (v62 pass the same)',
  'AC16 for: "Ya ha preguntado mucho más de lo que cubre un chat." (Spanish)':
    'expected closing.no_dismissal fail, got pass ("the patron was not dismissed"): the same telling in Spanish (RUBRIC: asked too many); AC16 has no Spanish form; older (v62 pass the same)',
};

describe('seventieth round: block AC (AC1, AC7, AC14, AC16) checked blind, both ways', () => {
  for (const [t, cs] of [['AC1', ac1], ['AC7', ac7], ['AC14', ac14], ['AC16', ac16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
