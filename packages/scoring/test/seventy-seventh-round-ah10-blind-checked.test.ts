/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah10 (the block's fourth blind check): AH1, AH2, AH14, AH10,
 * AH22 and AH23 tried both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before
 * it ran ("for": the meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the
 * block must not read, and older readings it must not break).
 * Check: followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 * whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 * looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 * fail otherwise; na when info.source is na). Every session here gives a source in the message that asks (or before it), and has
 * no other question that could count, so the label is ASKED (pass) or NOT_ASKED (fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question whose subject is the thing given ("those", "the InfoBits piece", a title, a site's one-word name) and which asks
 *   whether it starts, suits or fits the one it is for asks whether the information given meets the need: counts.
 * - A question about an offer or a plan of the provider's or a colleague's ("I can also set him up with …", "I've asked our
 *   Riverdale branch to send over two more titles") is about something not yet given, whatever its words: does not count.
 * - "I can verify …", "Happy to report …", "I could pull up …: he's on sheet 7B" report what was found (given), no offer: a
 *   question about "that" after them asks about what was given.
 * - A question about the patron's own step, fact, school, class or program ("Did that get it moving?" about the patron's WD-40,
 *   "Is that right for him?" about the teacher's level, "Does his school give him …?", "el curso de verano que mencionó") asks
 *   nothing about what was given, with or without "You said …" before it.
 * - "You said / mentioned …" before a question whose subject is the thing given ("Is this book …?", "Does that list …?") does not
 *   turn it to the patron's fact: it still counts.
 * - A way or day of delivery for something not yet given ("Is texting what you wanted?", "Is curbside what you wanted?") and a kind
 *   asked about before any such thing is given ("Is a cookbook the sort of gift book you had in mind?") do not count.
 *
 * COUNTS. Written: 35 cases, 19 for and 16 against (AH1 3/2, AH2 3/2, AH14 3/3, AH10 3/3, AH22 3/3, AH23 4/3), in one batch,
 * labels copied aside to /tmp/s73/ah10-labels.ts before the first run (one case's patron line reworded before the copy and before
 * any run: "Is curbside what you wanted?" had the patron asking for curbside, which made curbside the answer given). First run as
 * labelled: 27 of 35. Disagreeing: 8. Label corrections: 0 (each reread against followup.completeness; the labels stand). Final: 27
 * running, 8 LEFT (each scored with rubric v67 to tell "older" from "caused by AH"; 4 caused by AH, 4 older):
 * - expected fail / got pass (caused by AH14: v67 fail): "Ugh, rusted hinges are stubborn. Did that get it moving at all? If not,
 *   the Family Handyman guide …" ("that" = the patron's own WD-40, no "You said" before it).
 * - expected fail / got pass (caused by AH22: v67 fail): "Riverdale can call or text you when it comes in. Is texting what you
 *   wanted?" ("texting" read as a one-word name; only "text" is kept out).
 * - expected pass / got fail (caused by AH23: v67 pass): "You said he's just starting out. Is this book what you were looking for?"
 * - expected pass / got fail (caused by AH23: v67 pass): "You mentioned the report is due Friday. Does that list cover what you need?"
 *   (AH23 takes "this book" / "that list", the thing just given, as the patron's fact).
 * - expected pass / got fail (older: v67 fail): "Does all this give your son what he needs to get going?" ("all this" not read).
 * - expected pass / got fail (older: v67 fail): "Would both of those be a good starting point for your class?" (AH14's "both of
 *   those" not read at all: "Would both of those be a good start for your class?" fails too; "Would those two …" passes).
 * - expected pass / got fail (older: v67 fail): "Great, did that get it printing again?" ("printing" not in AH14's verbs).
 * - expected fail / got pass (older: v67 pass): "As you said, you've already searched Ancestry's free index. Did that turn up
 *   anything useful?" (AH23 reads only "You said / mentioned / told me …" opening the sentence).
 * ON v68 AS LANDED (mends after this check): AH22 not "texting" (a channel), AH23 only with "that / this / it" followed by a verb or
 *   "the / what / close / right …" (not "Is this book what you were looking for?", "Does that list cover what you need?" after "You
 *   said …"), and the older "Would both of those be a good starting point for your class?" reads now: they run; 4 LEFT (3 older, and
 *   the AH14 case below, caused by AH and left: "Did that get it moving at all? If not, the Family Handyman guide …" asks about the
 *   patron's own WD-40 with no "You said" before it).
 * ON v69 AS LANDED (block AI): "Does all this give your son …?" (AI9), "did that get it printing again?" (AI10), "As you said,
 *   … Did that turn up anything useful?" (AI11) and the WD-40 case left by AH ("Did that get it moving at all? If not, …":
 *   nothing given before it, AI10) run as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Renata, a librarian with Ask Us at Prince Hollow Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'riverdale' });
const HI_ES = 'Hola, soy Renata, bibliotecaria de la Biblioteca de Prince Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de riverdale' });

export const ah1: SessionCase[] = [
  // ---- AH1 for: "does / will … give / get … what he / she / they need(s) to get going / started / rolling" about what was given
  c('AH1 for: "Does that give her what she needs to get started?" (a sister\'s bakery, two links given)', said('my sister wants to open a home bakery, what does she need to do', 'Maryland\'s cottage food page at health.maryland.example.gov/cottagefood lists the rules, and the SBDC startup checklist at sbdc.example.org/start covers licenses and taxes. Does that give her what she needs to get started?'), ASKED),
  c('AH1 for: "k so will those get them what they need to get rolling?" (chat-speak, kids\' podcast)', said('my kids (12 and 14) want to start a podcast for a school club, any help?', 'fun!! "Podcasting for Dummies" is on the shelf at Riverdale, and the recording booth there can be booked at princehollowlib.example.org/studio. k so will those get them what they need to get rolling?'), ASKED),
  c('AH1 for: "Does all this give your son what he needs to get going?" (the patron\'s son named, "all this")', said('my son has to do a science fair project on plants, no idea where to start', 'Science Buddies has a project finder at sciencebuddies.example.org/plants, and "Plant Science Fair Projects" by Ashley Byrd is on the shelf at Riverdale. Does all this give your son what he needs to get going?'), ASKED),
  // ---- AH1 against: an offer not yet given; the patron's own school
  c('AH1 against: "I can also set him up with a free session … Would that give him what he needs to get started?" (an offer)', said('my husband got laid off and wants to start a landscaping business', 'The SBA\'s guide at sba.example.gov/startup covers the first steps. I can also set him up with a free session with our small business librarian next Tuesday. Would that give him what he needs to get started?'), NOT_ASKED),
  c('AH1 against: "Does his school give him what he needs to get started, or is he on his own?" (the patron\'s situation)', said('my son wants to learn to code, hes 13', 'Code.org at code.example.org has free courses for his age, and we lend Raspberry Pi kits at Riverdale. Does his school give him what he needs to get started, or is he on his own?'), NOT_ASKED),
];

export const ah2: SessionCase[] = [
  // ---- AH2 for: whether what was given is at the right level / detail for the one it is for
  c('AH2 for: "Are those the right reading level for her, do you think?"', said('my 2nd grader struggles with reading, she loves horses', '"Pony Scouts" and "Horse Diaries #1" are both early chapter books, on the shelf at Riverdale. Are those the right reading level for her, do you think?'), ASKED),
  c('AH2 for: "Is this the right level of detail for your talk?"', said('i have to give a 5 min talk on the history of our town, Laurel', 'The Laurel Historical Society\'s timeline at laurelhistory.example.org/timeline is short and has the big dates. Is this the right level of detail for your talk?'), ASKED),
  c('AH2 for: "¿Le parece que están al nivel adecuado para su hijo?" (Spanish, after two titles)', es.said('mi hijo de 8 años quiere libros de dinosaurios en español', 'Tenemos "Dinosaurios" de la colección Mi Primer Libro y "¿Cómo dan las buenas noches los dinosaurios?" de Jane Yolen en la sucursal de Riverdale. ¿Le parece que están al nivel adecuado para su hijo?'), ASKED),
  // ---- AH2 against: "they" (the patron's twins), the patron's own summer course in Spanish
  c('AH2 against: "How are they settling into the co-op, are they at the right level there?" (the patron\'s twins)', said('my twins just started a homeschool co-op, i want read-alouds for them', 'The read-aloud list at princehollowlib.example.org/lists/readaloud has 40 picks by age. How are they settling into the co-op, are they at the right level there?'), NOT_ASKED),
  c('AH2 against: "¿Y el curso de verano que mencionó, está al nivel adecuado para su hijo?" (the patron\'s own course)', es.said('busco libros de matemáticas para que mi hijo practique en el verano, también va a un curso de verano', 'La serie "Summer Bridge" tiene cuadernos por grado y hay copias en Riverdale; también está Khan Academy en español en es.khanacademy.example.org. ¿Y el curso de verano que mencionó, está al nivel adecuado para su hijo?'), NOT_ASKED),
];

export const ah14: SessionCase[] = [
  // ---- AH14 for: "both of those" given, a title asked about as the kind wanted, whether the fix worked
  c('AH14 for: "Would both of those be a good starting point for your class?" (two titles given)', said('i teach 5th grade, need books about the underground railroad', '"Freedom Train" by Ann Petry and "The Underground Abductor" by Nathan Hale are both on the shelf at Riverdale. Would both of those be a good starting point for your class?'), ASKED),
  c('AH14 for: "Is Kids Knit the kind of book you had in mind?" (a title given)', said('i want a book to teach my 10 yr old knitting', '"Kids Knit!" by Sarah Bradberry starts with a first scarf and has big photos of each stitch; Riverdale has two copies. Is Kids Knit the kind of book you had in mind?'), ASKED),
  c('AH14 for: "Great, did that get it printing again?" (after the fix given and tried)', asked('the library print app on my laptop says the printer is offline', 'Our printing help page at princehollowlib.example.org/print has the fix: remove the printer, then add it again from the Mobile Print link at the top of that page.', 'ok did that', 'Great, did that get it printing again?'), ASKED),
  // ---- AH14 against: a colleague's plan not yet given, the patron's own step, a kind asked about
  c('AH14 against: "I\'ve also asked our Riverdale branch to send over two more titles on Monday. Would both of those be a good start for the group?"', said('my book club is reading The Warmth of Other Suns, got anything for us', 'The book club kit for "The Warmth of Other Suns" is at princehollowlib.example.org/kits/warmth, with 10 copies and discussion questions. I\'ve also asked our Riverdale branch to send over two more titles on Monday. Would both of those be a good start for the group?'), NOT_ASKED),
  c('AH14 against: "Did that get it moving at all? If not, …" (the patron\'s own WD-40, no "You said")', said('our garage door hinge is rusted stuck, i sprayed wd40 on it yesterday', 'Ugh, rusted hinges are stubborn. Did that get it moving at all? If not, the Family Handyman guide at familyhandyman.example.com/rusted-hinge shows how to heat it and work it free.'), NOT_ASKED),
  c('AH14 against: "Is a graphic novel the sort of book you meant?" (a kind, no title)', said('need something for my 11 yr old, he hates reading', 'Our reluctant readers list is at princehollowlib.example.org/lists/reluctant. Is a graphic novel the sort of book you meant?'), NOT_ASKED),
];

export const ah10: SessionCase[] = [
  // ---- AH10 for: "Does / Would that sound …?" just after the provider's own offer asks about the offer
  c('AH10 for: "I could also ask the Maryland State Archives for the microfilm of the later years for you. Would that sound OK?"', said('is there any way to read old issues of my hometown paper, the Frostburg Herald?', 'Chronicling America at chroniclingamerica.example.gov has it up to 1922. I could also ask the Maryland State Archives for the microfilm of the later years for you. Would that sound OK?'), NOT_ASKED),
  c('AH10 for: "we can put a hold on one for u, does that sound ok?" (chat-speak, one sentence)', said('do u have the new Louise Penny book', 'yep! "The Black Wolf" shows 3 copies at central, all checked out rn (princehollowlib.example.org/rec/55102). we can put a hold on one for u, does that sound ok?'), NOT_ASKED),
  c('AH10 for: "I\'d be glad to book you a one-on-one with our genealogy volunteer on a Saturday morning. Does that sound like a plan?"', said('how do i start tracing my family tree, i know nothing', 'FamilySearch at familysearch.example.org is free and a good first stop. I\'d be glad to book you a one-on-one with our genealogy volunteer on a Saturday morning. Does that sound like a plan?'), NOT_ASKED),
  // ---- AH10 against: "that" after a report of what was found (given)
  c('AH10 against: "I can verify that Riverdale has two copies on the shelf right now, …. Does that sound good?" (a report)', said('is Salt Fat Acid Heat available?', 'I can verify that Riverdale has two copies on the shelf right now, call number 641.5 NOS; the catalogue record is at princehollowlib.example.org/rec/40218. Does that sound good?'), ASKED),
  c('AH10 against: "Happy to report that the museum pass … is still free for Saturday, …. Does that sound good?" (a report)', said('can i still get a museum pass for the B&O Railroad Museum this saturday', 'Happy to report that the museum pass for the B&O Railroad Museum is still free for Saturday, and you can book it at princehollowlib.example.org/passes. Does that sound good?'), ASKED),
  c('AH10 against: "I could pull up your grandfather\'s 1940 census sheet: …. Does that sound good?" (found, given)', said('can you find my grandfather Walter Kubiak in the 1940 census? he lived in Cumberland', 'I could pull up your grandfather\'s 1940 census sheet: he\'s on sheet 7B for Cumberland, Allegany County, at census1940.example.gov/md/allegany/7B, listed as a machinist. Does that sound good?'), ASKED),
];

export const ah22: SessionCase[] = [
  // ---- AH22 for: a resource as the subject, a one-word name, a two-word kind before "you were picturing"
  c('AH22 for: "Does the InfoBits piece get her started?" (a resource as the subject)', said('my daughter has to do a report on sea turtles, shes in 3rd grade', 'Kids InfoBits (princehollowlib.example.org/kidsinfobits) has a sea turtle article for her grade, with photos and a fact box. Does the InfoBits piece get her started?'), ASKED),
  c('AH22 for: "is mathisfun what u needed?" (chat-speak, a one-word name)', said('need a site that explains fractions for my 4th grader', 'mathisfun.example.com/fractions is great for that, lots of pictures and little quizzes. is mathisfun what u needed?'), ASKED),
  c('AH22 for: "Is that the kind of picture book you were picturing?" (a two-word kind)', said('looking for a picture book about grief for a 5 yr old, her grandpa died', '"The Invisible String" by Patrice Karst is gentle and often recommended; there are two copies at Riverdale. Is that the kind of picture book you were picturing?'), ASKED),
  // ---- AH22 against: a way or day of delivery of something to come; a kind asked about before any is given
  c('AH22 against: "Is texting what you wanted?" (a notice still to come)', said('can i get the new Colson Whitehead when it comes in', 'Sure, the hold is set: you\'re number 4 for "The Harlem Trilogy" (princehollowlib.example.org/rec/70011). Riverdale can call or text you when it comes in. Is texting what you wanted?'), NOT_ASKED),
  c('AH22 against: "Is curbside what you wanted?" (a pickup still to come)', said('are my holds ready yet? i have a broken ankle so trying to plan', 'Yes: your two holds, "Dune" and "Circe", are ready at Riverdale (princehollowlib.example.org/account). We can have them bagged for curbside tomorrow at 10. Is curbside what you wanted?'), NOT_ASKED),
  c('AH22 against: "Is a cookbook the sort of gift book you had in mind?" (a kind, no such book given)', said('need a gift book for my dad, hes retiring', 'Our staff gift guide at princehollowlib.example.org/gifts has 20 picks by interest. Is a cookbook the sort of gift book you had in mind?'), NOT_ASKED),
];

export const ah23: SessionCase[] = [
  // ---- AH23 for: a question about "that / it" right after "You said / mentioned / told me …" (the patron's own step or fact)
  c('AH23 for: "You mentioned you already reinstalled the app. Did that change the error at all?"', said('libby keeps saying my card is invalid, i already deleted and reinstalled the app', 'Sorry about that! Libby\'s help page on card errors is at help.libbyapp.example.com/card-errors; most often the card just needs renewing. You mentioned you already reinstalled the app. Did that change the error at all?'), NOT_ASKED),
  c('AH23 for: "u said u already called the county office. did that get u anywhere?" (chat-speak)', said('i need a copy of my birth certificate, i called the county office already', 'ok the state vital records page is at vitalrecords.example.gov/birth, it has the mail-in form. u said u already called the county office. did that get u anywhere?'), NOT_ASKED),
  c('AH23 for: "You told me his teacher has him at level J. Is that right for him, do you think?" (the patron\'s fact)', said('my son is in 2nd grade, his teacher has him at level J, he likes animals', 'Our leveled readers list at princehollowlib.example.org/lists/leveled has animal books by level. You told me his teacher has him at level J. Is that right for him, do you think?'), NOT_ASKED),
  c('AH23 for: "As you said, you\'ve already searched Ancestry\'s free index. Did that turn up anything useful?" (other words)', said('looking for my great aunt Rosa Delgado, born 1921 in Tampa, i already searched the free ancestry index', 'The Florida Memory death index at floridamemory.example.gov/deaths covers 1877 to 1998. As you said, you\'ve already searched Ancestry\'s free index. Did that turn up anything useful?'), NOT_ASKED),
  // ---- AH23 against: after "You said …", a question whose subject is what was given; the older "Does that help?" not right after it
  c('AH23 against: "You said he\'s just starting out. Is this book what you were looking for?" (the book given)', said('my son is 7 and just learning to read, he loves trucks', '"Trucks" by Byron Barton is a simple early reader with big pictures, on the shelf at Riverdale (call number E BAR). You said he\'s just starting out. Is this book what you were looking for?'), ASKED),
  c('AH23 against: "You mentioned the report is due Friday. Does that list cover what you need?" (the list given)', said('need sources on the dust bowl for a report due friday, 8th grade', 'Our 8th-grade research list on the Dust Bowl is at princehollowlib.example.org/guides/dustbowl, with four books and two databases. You mentioned the report is due Friday. Does that list cover what you need?'), ASKED),
  c('AH23 against: "You said you need it by Friday. All three are on the shelf at Riverdale. Does that help?" (not right after)', said('need 3 books on the cold war for a paper, due friday', '"The Cold War" by John Lewis Gaddis, "Khrushchev\'s Cold Summer" and "The Dead Hand" cover it well. You said you need it by Friday. All three are on the shelf at Riverdale. Does that help?'), ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-seventh round: block AH (AH1, AH2, AH14, AH10, AH22, AH23) checked blind, both ways, part ah10', () => {
  for (const [t, cs] of [['AH1', ah1], ['AH2', ah2], ['AH14', ah14], ['AH10', ah10], ['AH22', ah22], ['AH23', ah23]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
