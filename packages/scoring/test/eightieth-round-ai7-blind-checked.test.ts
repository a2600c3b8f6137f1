/**
 * Eightieth round, blind check of block AI (rubric v69), part ai7: AI6, AI8, AI9, AI10, AI11 and AI16 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, nouns, parties and orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break).
 * Check: followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 * whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 * looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 * fail otherwise; na when info.source is na). Every session here gives a source in the message that asks (or before it), and has
 * no other question that could count, so the label is ASKED (pass) or NOT_ASKED (fail).
 * - AI6: "Is / Are / Was / Would that / these / those / the books / that article … (be) right / suitable / good enough for <one> (, or
 *   too …)?" after things were given counts; not a fact checked, not the patron's own fact said back.
 * - AI8: an initialism with dots in the subject ("the N.I.H. page", "the U.S.D.A. database") is read as the name it is.
 * - AI9: "Does / Would all this / all that / all of this / all of that give <someone> what he / she needs to get going / started?"
 * - AI10: "Did that get it <…>-ing (again / at all)?" after a fix was given and the patron says they did it counts; not when "that"
 *   is the patron's own step (nothing given before, or the patron's message just before tells of their own different step).
 * - AI11: after "As you said / Like you said / You said …" (the patron's own step or paper said back), "Did / Does that turn up /
 *   bring up / find / cover …?" asks about the patron's own thing: does not count.
 * - AI16: "Does / Would that / the map / the diagram … give you / her / him enough (to …)?" and "<a site's address> <noun> give … what
 *   … need(s)?" count; not the patron's own landlord or school, not a person the patron dealt with.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question about an offer of the provider's, made just before it ("I can request the large-print edition …", "I can also sign
 *   her up for … and book her …", "I could also request the printed shop manual …") is about something not yet given, whatever its
 *   words ("Would the large-print edition be right …", "Would all of that give her …", "Would the printed manual give him enough …"):
 *   does not count, though something was given earlier in the same message.
 * - A kind of thing asked about that has not been given ("Would a certified copy from the N.Y.C. Municipal Archives be what you
 *   need?", after an index that lists certificate numbers) is something not yet given: does not count.
 * - A question about the patron's own situation, things or dealings (a spelling of a name, the reading group the teacher put the
 *   son in, the card, kitchen and truck the daughter already has, the landlord's notice, the embassy's or an agency chat rep's
 *   reply) asks nothing about what was given: does not count, whatever its words.
 * - "that" right after the patron's message telling of their own different step ("i already wiped the card off", "i shut the lid
 *   and opened it again tho") is that step, not the fix given before it.
 * - After "As you said / You said …" a question whose subject is the thing given ("Does the Influenza Encyclopedia cover …", "Does
 *   that guide have …") still counts, and so does "Did that answer your question?" whose "that" is the sentence giving the source,
 *   with "As you said, …" two sentences before.
 *
 * COUNTS. Written: 36 cases, 19 for and 17 against (AI6 4/3, AI8 3/3, AI9 3/2, AI10 3/3, AI11 3/3, AI16 3/3), in one batch, labels
 * copied aside to /tmp/s74/ai7-labels.ts before the first run.
 * First run as labelled: 26 of 36. Disagreeing: 10. Label corrections: none (each of the 10 reread against
 * followup.completeness; the labels stand). Final: 26 running, 10 LEFT (each scored with rubric v68 to tell "older" from "caused by
 * AI"; 1 caused by AI, 9 older):
 * - expected fail / got pass (caused by AI10: v68 fail): "i already wiped the card off with my shirt" then "Did that get it
 *   scanning at all?" ("that" = the patron's own different step, not the self-checkout fix given).
 * - expected pass / got fail (older: v68 fail): "Would these two be suitable for her book report, or too short?" ("these two" not
 *   read; "Would these be suitable …" passes).
 * - expected pass / got fail (older: v68 fail): "r those vids good enough for him or too basic?" ("vids" and "r" not read).
 * - expected pass / got fail (older: v68 fail): "¿Serían adecuados esos libros para su mamá, o demasiado básicos?" (no Spanish).
 * - expected pass / got fail (older: v68 fail): "Is the U.S.D.A. database what you were after?" ("the N.I.H. database" passes,
 *   "the U.S.D.A. / E.P.A. …" do not).
 * - expected pass / got fail (older: v68 fail): "Would all that give Marcus what he needs to get going?" (AI9 reads "Does all
 *   that …", not "Would all that …").
 * - expected pass / got fail (older: v68 fail): "does all of this give ur sister what she needs to get started?" ("ur mom / your
 *   mom / her" pass; "sister" not read).
 * - expected pass / got fail (older: v68 fail): "Great, did that get it feeding the pages through?" (an object after the -ing verb).
 * - expected pass / got fail (older: v68 fail): "Would the diagram give him enough to start cutting?" ("Would that …" and "Does the
 *   page …" pass; "the diagram / map / chart" not read).
 * - expected pass / got fail (older: v68 fail): "Did the pbskids.org game give her what she needs?" ("clip / video / page" pass,
 *   "game" not read).
 * ON v69 AS LANDED (the mends after this check): AI10's own step read from any act the patron tells in the past ("i already
 *   wiped the card off"), unless the provider named it: the case caused by AI runs as labelled; the nine older cases stay LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Elk Ridge Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you usually go to?', branchReply: 'oakdale' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca de Elk Ridge.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal suele ir?', branchReply: 'a la de oakdale' });

export const ai6: SessionCase[] = [
  // ---- AI6 for: whether what was given is right / suitable / good enough for the one it is for
  c('AI6 for: "Would these two be suitable for her book report, or too short?" (two biographies given)', said('my daughter needs a biography for her 4th grade book report, she likes sports', '"Who Was Jackie Robinson?" by Gail Herman and "Who Is Simone Biles?" by Stephanie Spinner are both on the shelf at Oakdale, about 100 pages each. Would these two be suitable for her book report, or too short?'), ASKED),
  c('AI6 for: "r those vids good enough for him or too basic?" (chat-speak, a playlist given)', said('need some youtube videos on fractions for my son, hes in 3rd grade', 'try the Math Antics fractions playlist at youtube.example.com/mathantics-fractions, short n clear. r those vids good enough for him or too basic?'), ASKED),
  c('AI6 for: "Was that article right for your class, or too technical?" (an article given)', said('i need a journal article about microplastics in drinking water for my environmental science class', 'Here is one from Academic Search Complete: "Microplastics in Drinking Water: A Review" (Koelmans et al., 2019), full text at elkridgelib.example.org/db/asc/88213. Was that article right for your class, or too technical?'), ASKED),
  c('AI6 for: "¿Serían adecuados esos libros para su mamá, o demasiado básicos?" (Spanish, two cookbooks given)', es.said('busco un libro de recetas fáciles para mi mamá, ella está aprendiendo a cocinar', '"Cocina fácil para principiantes" de Karina Mena y "Recetas sencillas" de la serie Cocina Práctica están en la sucursal de Oakdale. ¿Serían adecuados esos libros para su mamá, o demasiado básicos?'), ASKED),
  // ---- AI6 against: a fact checked, the patron's own fact said back, an offer not yet given
  c('AI6 against: "Is Wrobel the right spelling of her married name?" (a fact checked)', said('looking for my grandmothers obituary, Halina Wrobel, she died in 1987 in Baltimore', 'The Baltimore Sun archive at elkridgelib.example.org/db/baltsun has obituaries back to 1837; search her name and 1987. Is Wrobel the right spelling of her married name?'), NOT_ASKED),
  c('AI6 against: "You mentioned his teacher moved him up … Is that group right for him, or is it too much of a stretch?" (the patron\'s fact)', said('my son is in 3rd grade but his teacher moved him up to the 5th grade reading group, need books for him', 'Our "Advanced Young Readers" list at elkridgelib.example.org/lists/advanced has 30 picks for strong readers under 10. You mentioned his teacher moved him up to the 5th-grade reading group. Is that group right for him, or is it too much of a stretch?'), NOT_ASKED),
  c('AI6 against: "I can request the large-print edition … Would the large-print edition be right for him?" (an offer)', said('my dad has macular degeneration, he wants to read the new John Grisham', '"The Widow" is on the shelf at Oakdale (elkridgelib.example.org/rec/90321), regular print only. I can request the large-print edition from another library system. Would the large-print edition be right for him?'), NOT_ASKED),
];

export const ai8: SessionCase[] = [
  // ---- AI8 for: an initialism with dots in the subject of the question
  c('AI8 for: "Did the N.I.H. page answer your question?" (MedlinePlus given)', said('is there a reliable page on lyme disease symptoms', 'The N.I.H. MedlinePlus page on Lyme disease at medlineplus.example.gov/lymedisease covers symptoms, tests and treatment in plain language. Did the N.I.H. page answer your question?'), ASKED),
  c('AI8 for: "Is the U.S.D.A. database what you were after?" (the PLANTS Database given)', said('where can i look up what plants are native to maryland', 'The U.S.D.A. PLANTS Database at plants.example.gov lets you filter by state and by native status. Is the U.S.D.A. database what you were after?'), ASKED),
  c('AI8 for: "did the c.d.c. numbers help?" (chat-speak, lower case)', said('need stats on teen vaping for a school paper', 'the c.d.c. has a youth tobacco page w/ the latest survey numbers: cdc.example.gov/youth-tobacco. did the c.d.c. numbers help?'), ASKED),
  // ---- AI8 against: a thing not yet given, the patron's own dealings; an older question after a sentence ending in an initialism
  c('AI8 against: "Would a certified copy from the N.Y.C. Municipal Archives be what you need?" (not yet given)', said('i need a copy of my grandfathers birth certificate, he was born in brooklyn in 1902', 'The N.Y.C. Municipal Archives birth index at nycarchives.example.gov/births lists certificate numbers for 1866 to 1909. Would a certified copy from the N.Y.C. Municipal Archives be what you need?'), NOT_ASKED),
  c('AI8 against: "Did the U.S. embassy ever write back to you?" (the patron\'s own e-mail)', said('trying to renew my passport from abroad, i emailed the U.S. embassy in Lisbon last week', 'The State Department\'s renewal page at travel.example.gov/renew-abroad has the DS-82 and the steps for mailing it from Portugal. Did the U.S. embassy ever write back to you?'), NOT_ASKED),
  c('AI8 against: "…, published by the U.S.C.I.S. Does that cover what you need?" (older: "that" after an initialism)', said('where do i find the citizenship test study questions', 'The 100 civics questions and the audio practice are at uscis.example.gov/citizenship/study, published by the U.S.C.I.S. Does that cover what you need?'), ASKED),
];

export const ai9: SessionCase[] = [
  // ---- AI9 for: "all of that / all that / all of this" given, whether it starts the one it is for
  c('AI9 for: "Does all of that give your mom what she needs to get started?" (a site and a book given)', said('my mom wants to start a vegetable garden, shes never done it', 'The Extension\'s Grow It Eat It pages at extension.example.edu/growit cover soil, planting dates and easy crops, and "The Vegetable Gardener\'s Bible" is on the shelf at Oakdale. Does all of that give your mom what she needs to get started?'), ASKED),
  c('AI9 for: "Would all that give Marcus what he needs to get going?" (a name, "Would")', said('my nephew Marcus wants to learn guitar, hes 15', 'Hoopla has "Guitar for Beginners" video lessons free with your card (elkridgelib.example.org/hoopla), and we lend acoustic guitars from the Oakdale Library of Things. Would all that give Marcus what he needs to get going?'), ASKED),
  c('AI9 for: "does all of this give ur sister what she needs to get started?" (chat-speak)', said('my sister wants to start selling her candles online, where does she start', 'the SBDC has a free online selling checklist at sbdc.example.org/sell-online, and "Etsy-preneurship" by Jason Malinak is in our ebooks at elkridgelib.example.org/ebooks/3301. does all of this give ur sister what she needs to get started?'), ASKED),
  // ---- AI9 against: an offer just made; the patron's own things
  c('AI9 against: "I can also sign her up for … and book her a one-on-one …. Would all of that give her what she needs to get started?" (an offer)', said('my daughter wants to open a dog grooming business', 'The SBA\'s startup guide at sba.example.gov/startup covers the first steps. If you like, I can also sign her up for our six-week Small Business Basics class and book her a one-on-one with a SCORE mentor. Would all of that give her what she needs to get started?'), NOT_ASKED),
  c('AI9 against: "Between the card, the kitchen and the truck she already has, does all of that give her …?" (the patron\'s things)', said('my daughter already has her food handler card, a commissary kitchen and a used food truck, what else does she need to open', 'The county\'s mobile food vendor page at elkridgecounty.example.gov/mobile-food lists the license, the fire inspection and the health inspection. Between the card, the kitchen and the truck she already has, does all of that give her what she needs to get started on the inspections?'), NOT_ASKED),
];

export const ai10: SessionCase[] = [
  // ---- AI10 for: whether the fix given, which the patron says they did, worked
  c('AI10 for: "Did that get it charging again?" (after "ok held it, done")', asked('my library e-reader wont charge, the light doesnt come on', 'Our e-reader help page at elkridgelib.example.org/ereader-help says to hold the power button for 20 seconds with the cable plugged in, then let go and wait a minute.', 'ok held it, done', 'Did that get it charging again?'), ASKED),
  c('AI10 for: "did that get it loadin at all?" (chat-speak, after "k did that")', asked('libby audiobook wont play on my phone, it just spins', 'the Libby help page at help.libbyapp.example.com/stuck says to clear the download: Shelf, tap the title, Manage Download, Delete, then download it again.', 'k did that', 'did that get it loadin at all?'), ASKED),
  c('AI10 for: "Great, did that get it feeding the pages through?" (after "ok i tried that")', asked('the library scanner says no paper detected but theres paper in it', 'Our scanner guide at elkridgelib.example.org/scan says to lift the feeder lid, fan the pages, and put them in face up, no more than 20 at a time.', 'ok i tried that', 'Great, did that get it feeding the pages through?'), ASKED),
  // ---- AI10 against: "that" is the patron's own step
  c('AI10 against: "Ah, frozen screens. Did that get it booting up again? If it didn\'t, Amazon\'s reset steps …" (nothing given before)', said('my kindle froze so i held the power button for like 40 seconds', 'Ah, frozen screens. Did that get it booting up again? If it didn\'t, Amazon\'s restart steps at amazon.example.com/kindle-restart go through a full reset.'), NOT_ASKED),
  c('AI10 against: "havent gotten to that, i shut the lid and opened it again tho" then "Did that get it connecting?"', asked('the library laptop i borrowed wont connect to wifi', 'Our laptop help page at elkridgelib.example.org/laptop-wifi says to forget the ElkRidge-Public network, then join it again and accept the terms page.', 'havent gotten to that, i shut the lid and opened it again tho', 'Did that get it connecting?'), NOT_ASKED),
  c('AI10 against: "i already wiped the card off with my shirt" then "Did that get it scanning at all?"', asked('my library card wont scan at the self checkout', 'The self-checkout help at elkridgelib.example.org/selfcheck says to hold the barcode flat about three inches under the red light, or to type the card number in.', 'i already wiped the card off with my shirt', 'Did that get it scanning at all?'), NOT_ASKED),
];

export const ai11: SessionCase[] = [
  // ---- AI11 for: after the patron's own step or paper said back, a question about it
  c('AI11 for: "Like you mentioned, you already searched FamilySearch. Did that bring up anything for Tomasz?"', said('trying to find my great grandfathers marriage record, Tomasz Nowak, married around 1910 in Pittsburgh, i searched familysearch already', 'The Allegheny County marriage index at alleghenycounty.example.gov/marriage covers 1885 to 1950. Like you mentioned, you already searched FamilySearch. Did that bring up anything for Tomasz?'), NOT_ASKED),
  c('AI11 for: "As you told me, your textbook has a chapter on it. Does that cover the drought and the farming methods both?"', said('i need info on the causes of the dust bowl, my textbook has a chapter on it but its short', 'Our Dust Bowl research guide at elkridgelib.example.org/guides/dustbowl has two books and a database article on its causes. As you told me, your textbook has a chapter on it. Does that cover the drought and the farming methods both?'), NOT_ASKED),
  c('AI11 for: "like u said u already googled it, did that find the words at all?" (chat-speak)', said('looking for the lyrics to an old polish folk song my grandma sang, i googled it already', 'the Polish Music Center has a folk song index at polishmusic.example.edu/folk, searchable by first line. like u said u already googled it, did that find the words at all?'), NOT_ASKED),
  // ---- AI11 against: after "As you said / You said …", the thing given as the subject; "As you said" not just before
  c('AI11 against: "As you said, it\'s due Monday. Does the Influenza Encyclopedia cover what you need?" (the thing given)', said('need primary sources on the 1918 flu for a paper due monday', 'The Influenza Encyclopedia at influenza.example.edu has newspaper clippings and city reports from 1918. As you said, it\'s due Monday. Does the Influenza Encyclopedia cover what you need?'), ASKED),
  c('AI11 against: "You said you meet Thursday. Does that guide have what your group needs?" (the guide given)', said('my book club meets thursday, we need a discussion guide for Lessons in Chemistry', 'The publisher\'s reading guide is at penguinrandomhouse.example.com/lessons-guide, with 15 questions. You said you meet Thursday. Does that guide have what your group needs?'), ASKED),
  c('AI11 against: "As you said, our Oakdale branch closes early today. The full speech is free online …. Did that answer your question?"', said('need the full text of frederick douglass\'s fourth of july speech, oakdale closes early today so i cant go in', 'As you said, our Oakdale branch closes early today. The full speech is free online at docsouth.example.edu/douglass-july4. Did that answer your question?'), ASKED),
];

export const ai16: SessionCase[] = [
  // ---- AI16 for: whether what was given gives the one it is for enough, or what they need
  c('AI16 for: "Would the diagram give him enough to start cutting?" (birdhouse plans given)', said('my son wants to build a birdhouse for scouts, he needs plans', 'The Audubon birdhouse plans at audubon.example.org/birdhouse have a cut list and a diagram for a bluebird box. Would the diagram give him enough to start cutting?'), ASKED),
  c('AI16 for: "does that map give u enough to go on?" (chat-speak, a GIS map given)', said('how do i figure out where my property line is, building a fence', 'the county GIS map at gis.elkridgecounty.example.gov shows parcel lines, search ur address. does that map give u enough to go on?'), ASKED),
  c('AI16 for: "Did the pbskids.org game give her what she needs?" (a site\'s address before the noun)', said('my daughter needs to learn the water cycle for a quiz tomorrow', 'Try the water cycle game at pbskids.org/games/watercycle, about 10 minutes and made for her grade. Did the pbskids.org game give her what she needs?'), ASKED),
  // ---- AI16 against: the patron's landlord, a person the patron dealt with, an offer not yet given
  c('AI16 against: "Does your landlord usually give you enough notice?" (the patron\'s situation)', said('my landlord wants to come into my apartment tomorrow, whats the law on notice', 'The attorney general\'s tenant guide at marylandattorneygeneral.example.gov/tenants covers entry and notice rules. Does your landlord usually give you enough notice?'), NOT_ASKED),
  c('AI16 against: "Did the ssa.gov chat rep give you a case number?" (a person the patron dealt with)', said('i tried to fix my social security earnings record, i talked to someone on the ssa.gov chat yesterday', 'The SSA\'s page on correcting your earnings record is at ssa.example.gov/correct-earnings, with form SSA-7008. Did the ssa.gov chat rep give you a case number?'), NOT_ASKED),
  c('AI16 against: "I could also request the printed 1972 shop manual …. Would the printed manual give him enough to work from?" (an offer)', said('my husband needs a wiring diagram for a 1972 Ford F-100', 'Chilton Library at elkridgelib.example.org/db/chilton has repair manuals for it. I could also request the printed 1972 Ford shop manual from the state library. Would the printed manual give him enough to work from?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older
  'AI6 for: "Would these two be suitable for her book report, or too short?" (two biographies given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the two biographies given suit her book report; AI6 does not read "these two" (a probe: "Would these be suitable for her book report, or too short?" passes, "Would these three be suitable …" fails) (older: v68 fail the same)',
  'AI6 for: "r those vids good enough for him or too basic?" (chat-speak, a playlist given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the playlist given is good enough for the son; AI6 does not read "those vids" (a probe: "Are those vids good enough for him?" fails, "Are those videos good enough for him?" passes) nor chat-speak "r" (older: v68 fail the same)',
  'AI6 for: "¿Serían adecuados esos libros para su mamá, o demasiado básicos?" (Spanish, two cookbooks given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the two cookbooks given suit the patron\'s mother, in Spanish; AI6 reads no Spanish (older: v68 fail the same)',
  'AI8 for: "Is the U.S.D.A. database what you were after?" (the PLANTS Database given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "the U.S.D.A. database" is the PLANTS Database given; AI8 reads some initialisms, not this one (a probe: "Is the N.I.H. database what you were after?" and "Is the USDA database …" pass, "Is the U.S.D.A. page …", "Is the E.P.A. database …" fail) (older: v68 fail the same)',
  'AI9 for: "Would all that give Marcus what he needs to get going?" (a name, "Would")':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the lessons and the guitar loan given start Marcus off; AI9 reads "Does all that …", not "Would all that / all of that …" (a probe: "Does all that give Marcus …" passes, "Would all that give him …" and "Would all of that give your mom …" fail) (older: v68 fail the same)',
  'AI9 for: "does all of this give ur sister what she needs to get started?" (chat-speak)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the checklist and the e-book given start the patron\'s sister off; AI9 does not read "ur sister" nor "your sister" as the one it is for (a probe: "… give ur mom / your mom / her what she needs …" pass, "Does all of that give your sister …" fails) (older: v68 fail the same)',
  'AI10 for: "Great, did that get it feeding the pages through?" (after "ok i tried that")':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the scanner fix given, which the patron says they tried, worked; AI10 reads "get it <…>-ing (again / at all)", not with an object after the verb (a probe: "did that get it feeding again?" passes) (older: v68 fail the same)',
  'AI16 for: "Would the diagram give him enough to start cutting?" (birdhouse plans given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the plans\' diagram given is enough for the son to start; AI16 reads "Would that / Does the page … give him enough", not "Would the diagram / the map / the chart" nor "Does the diagram" (a probe: "Would that give him enough to start cutting?" and "Does the page give him enough …" pass) (older: v68 fail the same)',
  'AI16 for: "Did the pbskids.org game give her what she needs?" (a site\'s address before the noun)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "the pbskids.org game" is the water cycle game given; AI16 reads a site\'s address before "clip / video / page", not "game" (a probe: "Did the pbskids.org clip / video / page give her what she needs?" pass) (older: v68 fail the same)',
};

describe('eightieth round: block AI (AI6, AI8, AI9, AI10, AI11, AI16) checked blind, both ways, part ai7', () => {
  for (const [t, cs] of [['AI6', ai6], ['AI8', ai8], ['AI9', ai9], ['AI10', ai10], ['AI11', ai11], ['AI16', ai16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
