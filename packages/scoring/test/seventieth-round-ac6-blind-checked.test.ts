/**
 * Seventieth round, blind check of block AC's final readings (rubric v63): AC16 (closing.no_dismissal), AC17 with AC1 / AC7
 * (followup.completeness) and AC10 (referral.contact) tried both ways in cases written by a helper who did not see the author's
 * cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words; "against": near misses the block must
 * not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AC16: telling the patron they have asked more than one chat covers is telling them they have asked too many (closing.no_dismissal
 *   fail). The same words inside reassurance ("don't worry …, ask away"), a concession followed by an offer to go on, the provider
 *   speaking of their own work, or "more than one chat" meaning something else tell the patron no limit: pass.
 * - AC17: "does X help / get you started / look useful to start" asks whether the information already given meets the need when X is
 *   something given in the chat (a resource named with its URL): pass. When X is something not yet given (an indefinite "a copy",
 *   "another database"), a day or time, or a person the patron mentioned (not a source), it is not about information given: fail
 *   when nothing else asks.
 * - AC10: "her / him" after a referring verb that means the patron's own kin (the patron spoke of kin of that gender, and the
 *   provider named no person it could mean) refers the patron to no agency, office or specialist: na. A specialist named in the same
 *   or an earlier provider message, a person described by title ("the curator"), or a professional of that gender the patron spoke
 *   of, is a party: a referral (fail with no way to reach them). "them" for the patron's parents is kin as well: na.
 *
 * COUNTS. Written: 25 cases, 11 for and 14 against (AC16 3/5, AC17 4/4, AC10 4/5), in one batch, labels copied aside to
 * /tmp/wt-ac6-labels.ts before the first run. First run as labelled: 21 of 25. Disagreeing: 4. Label corrections: 0 (each reread
 * against RUBRIC's closing.no_dismissal rule and Referral term; the labels stand). Final: 21 running, 4 LEFT (rubric v62 scored on
 * each to tell "older" from "AC caused"):
 * - closing.no_dismissal, expected fail / got pass: "lol ur way past what one chat covers" (the patron told they went past what a
 *   chat covers; AC16's last alternative misses "ur" and "way past"; older: v62 pass the same).
 * - closing.no_dismissal, expected pass / got fail: "Worried you've asked more than one chat covers? You haven't, ask away." (a
 *   question the provider answers no; AC16 reads the question as a dismissal; AC caused: v62 pass).
 * - referral.contact, expected na / got pass: "text her the link" (the patron's sister; AC10 reads "call / ask / check with" but
 *   not "text her", and the catalogue URL is taken as her way to be reached; older: v62 pass the same).
 * - referral.contact, expected na / got fail: "Call them tonight …" (the patron's parents; "them" is outside AC10 as the brief
 *   says; older: v62 fail the same).
 * AFTER THIS CHECK (the block mended before it landed): the AC-caused AC16 case ("Worried you've asked more than one chat covers?
 *   You haven't, ask away.": a question, and "worried" before "you've", are no dismissal) now scores as labelled and runs with the
 *   others; "lol ur way past what one chat covers", "text her the link" and "Call them tonight …" (older) are still LEFT; no label
 *   changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, ASKED, NOT_ASKED, DISMISSED, NOT_DISMISSED } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, saidThen } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const ac16: SessionCase[] = [
  // ---- AC16 for: the patron told they have asked more than one chat covers
  c('AC16 for: "lol ur way past what one chat covers" (chat-speak)', said('ok and also what about the 1880 census and the ship lists and the naturalization papers', 'lol ur way past what one chat covers'), DISMISSED),
  c('AC16 for: "You have asked far more than one chat covers, so I will stop here."', said('one more: where are the 1910 city directories', 'You have asked far more than one chat covers, so I will stop here.'), DISMISSED),
  c('AC16 for: "Honestly, you\'ve gone well beyond what a single chat covers."', said('and can you also check the parish records', 'Honestly, you\'ve gone well beyond what a single chat covers.'), DISMISSED),
  // ---- AC16 against: reassurance, a concession with an offer, the provider's own work, "more than one chat" as something else
  c('AC16 against: "No worries that you\'re past what one chat covers, keep the questions coming!" (reassurance)', said('sorry, i have another question about the census', 'No worries that you\'re past what one chat covers, keep the questions coming! The 1900 census is in HeritageQuest at library.example.org/hq.'), NOT_DISMISSED),
  c('AC16 against: "Even if you\'ve asked more than one chat usually covers, I\'m happy to keep helping." (concession, offer)', said('is it ok if i ask about one more thing', 'Even if you\'ve asked more than one chat usually covers, I\'m happy to keep helping. What is it?'), NOT_DISMISSED),
  c('AC16 against: "This guide covers way more than one chat could: library.example.org/genealogy" (a guide, not the patron)', said('where do i start with family history', 'This guide covers way more than one chat could: library.example.org/genealogy'), NOT_DISMISSED),
  c('AC16 against: "The podcast archive has more than one chat show from 1995: archive.example.org" (another meaning)', said('do you have old radio talk shows', 'Yes, the podcast archive has more than one chat show from 1995: archive.example.org'), NOT_DISMISSED),
  c('AC16 against: "Worried you\'ve asked more than one chat covers? You haven\'t, ask away." (a question, answered no)', said('sorry, am i asking too much', 'Worried you\'ve asked more than one chat covers? You haven\'t, ask away.'), NOT_DISMISSED),
];

export const ac17: SessionCase[] = [
  // ---- AC17 for: "does … help / get you started / look useful" about something given
  c('AC17 for: "does espacenet get u started?" after Espacenet with its URL (chat-speak)', said('how do i check if my invention is already patented', 'try Espacenet at worldwide.espacenet.com, search by keywords. does espacenet get u started?'), ASKED),
  c('AC17 for: "Does Chronicling America help with the flood coverage?" (multi-word name)', said('i need newspaper reports on the 1913 dayton flood', 'Chronicling America (chroniclingamerica.loc.gov) has dozens of Ohio papers from 1913. Does Chronicling America help with the flood coverage?'), ASKED),
  c('AC17 for: "Does JSTOR look useful to start?" (a name the patron and provider both used)', said('is jstor any good for essays on toni morrison', 'Yes, JSTOR at jstor.org has many. Search "Morrison" with "Beloved". Does JSTOR look useful to start?'), ASKED),
  c('AC17 for: "¿Le sirve MedlinePlus para empezar?" (Spanish)', es.said('busco información sobre la diabetes tipo 2', 'MedlinePlus en español tiene una guía clara: medlineplus.gov/spanish/diabetestype2.html. ¿Le sirve MedlinePlus para empezar?'), ASKED),
  // ---- AC17 against: an indefinite subject, a day or time, a person the patron mentioned
  c('AC17 against: "Does a scan of the chapter sound useful to start?" (not yet given)', said('i need the chapter on mill towns from the new england history book', 'The catalogue (catalog.example.org) shows our copy is checked out. I could ask another branch. Does a scan of the chapter sound useful to start?'), NOT_ASKED),
  c('AC17 against: "does tuesday at 3 help?" (a day and time)', said('can someone help me with my resume', 'yes, the job help desk schedule is at library.example.org/jobs. i can book u a slot, does tuesday at 3 help?'), NOT_ASKED),
  c('AC17 against: "Does Dana help you plan the meals?" (a person the patron mentioned)', said('my coach dana said i should read about sports nutrition', 'The nutrition guide at library.example.org/nutrition lists our best books. Does Dana help you plan the meals?'), NOT_ASKED),
  c('AC17 against: "Does another database seem useful?" (indefinite)', said('i need articles about bee decline', 'Academic Search Complete at library.example.org/az has several. I could look in a science index too. Does another database seem useful?'), NOT_ASKED),
];

export const ac10: SessionCase[] = [
  // ---- AC10 for: "her / him" the patron's own kin, no person the provider named
  c('AC10 for: "Ask her to write the names on the backs first." (the patron\'s grandma)', said('my grandma has all the old family photos, how do i scan them', 'Our scanning guide is at library.example.org/scan. Ask her to write the names on the backs first.'), NONE),
  c('AC10 for: "Check with him for his service number first." (the patron\'s dad)', said('my dad was in the navy, how do i get his records', 'The request form is at archives.gov/veterans. Check with him for his service number first.'), NONE),
  c('AC10 for: "text her the link" (the patron\'s sister, chat-speak)', said('my sis wants to learn to knit, any books', 'def! we have lots at catalog.example.org/knit, text her the link'), NONE),
  c('AC10 for: "Call them tonight and go through the checklist together." ("them", the patron\'s parents)', said('my parents are moving here from ohio, what should they know', 'Our newcomers guide is at library.example.org/move. Call them tonight and go through the checklist together.'), NONE),
  // ---- AC10 against: a specialist named in the same or an earlier message, a title, a professional the patron spoke of
  c('AC10 against: "Our genealogist, Ms. Okafor, runs the history room. Call her on Tuesdays." (same message)', said('my mom wants to research our family tree', 'Our genealogist, Ms. Okafor, runs the local history room. Call her on Tuesdays.'), NO_WAY),
  c('AC10 against: "Email her and mention your great-grandfather\'s name." (named in an earlier message)', saidThen('my grandma says our family has civil war letters', 'Dr. Patel at the county historical society knows the Civil War collections best.', 'Email her and mention your great-grandfather\'s name.'), NO_WAY),
  c('AC10 against: "The curator decides who can view stored items. Write to him …" (a title)', said('my aunt gave a quilt to the city museum, can i see it', 'The curator decides who can view stored items. Write to him with the accession number.'), NO_WAY),
  c('AC10 against: "Ask her for the case number." (the patron\'s uncle and his lawyer, Ms. Grant)', said('my uncle is the executor and his lawyer ms grant filed the will, where do i see it', 'Wills in probate are public at the county court. Ask her for the case number.'), NO_WAY),
  c('AC10 against: "Ask the archivist, Mr. Lee, at (555) 555-0142; tell him your grandpa\'s name." (older: with a way)', said('my grandpa worked at the mill, are there records', 'The mill records are at the county archives. Ask the archivist, Mr. Lee, at (555) 555-0142; tell him your grandpa\'s name.'), some({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AC16 for: "lol ur way past what one chat covers" (chat-speak)':
    'expected closing.no_dismissal fail, got pass ("the patron was not dismissed"): RUBRIC fails telling the patron they asked too many; AC16 misses "ur … way past what one chat covers"; older (v62 pass the same)',
  'AC10 for: "text her the link" (the patron\'s sister, chat-speak)':
    'expected referral.contact na, got pass ("the referral comes with a way to reach them"): the sister is kin, no agency, office or specialist (RUBRIC Referral); "text her" is outside AC10\'s verbs; older (v62 pass the same)',
  'AC10 for: "Call them tonight and go through the checklist together." ("them", the patron\'s parents)':
    'expected referral.contact na, got fail ("referred the patron without an e-mail, phone, postal address or URL"): the parents are kin (RUBRIC Referral); "them" is not covered by AC10; older (v62 fail the same)',
};

describe('seventieth round: block AC (AC16, AC17, AC10) checked blind, both ways', () => {
  for (const [t, cs] of [['AC16', ac16], ['AC17', ac17], ['AC10', ac10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
