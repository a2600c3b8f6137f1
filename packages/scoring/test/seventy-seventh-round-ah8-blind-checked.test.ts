/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah8 (the block's third blind check): AH1, AH2, AH14, AH10 and
 * AH22 tried both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran
 * ("for": the meant reading in new words: chat-speak, other verbs, orders, parties, Spanish; "against": near misses the block must
 * not read, and older readings it must not break).
 * Check: followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 * whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 * looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 * fail otherwise; na when info.source is na). inquiry.clarify's questions about the need or the patron's situation are no
 * completeness question.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question whose subject is the patron's own facts (a course already taken, a grant received, the child's reading level, the
 *   patron's own repair attempt, the patron's remembered doll or chair, a tutor) asks about the patron's situation, not whether the
 *   information given meets the need: no completeness question, even worded like one.
 * - "Does that sound good / OK / like a plan?" just after the provider's own offer asks about the offer (not yet given); just after
 *   a report of what was found ("I could locate just one copy …", "Two copies are on the shelf …") it asks about what was given.
 * - "Would those two be a good start?" right after the provider's plan to set aside two more asks about those two, not yet given.
 * - A question about a pickup channel ("Is curbside what you had in mind?") asks about something not yet given.
 * - "they" for the books just given is the books, as "these" is: a completeness question by RUBRIC's text.
 *
 * COUNTS. Written: 35 cases, 20 for and 15 against (AH1 3/3, AH2 5/3, AH14 5/3, AH10 3/3, AH22 4/3), in one batch, labels copied
 * aside to /tmp/s73/ah8-labels.ts before the first run. First run as labelled: 24 of 35. Disagreeing: 11. Label corrections: 0
 * (each reread against RUBRIC's followup.completeness rule; the labels stand). Final: 24 running, 11 LEFT (each scored with rubric
 * v67 to tell "older" from "AH caused"; 5 caused by AH, 6 older):
 * - caused by AH2 (v67 fail): "You said his teacher has him at level M. Is that the right level for him, do you think?" read as
 *   completeness ("that" = the patron's level M).
 * - caused by AH14 (v67 fail): "You said you already sprayed WD-40 on the hinge. Did that get it moving at all?" read as completeness
 *   (the patron's own try).
 * - caused by AH10 (v67 pass): "I could locate just one copy in the whole system, at Westgate. Does that sound OK?" read as about an
 *   offer (a report; "locate" is not among the report verbs).
 * - caused by AH22 (v67 fail): "I can have it ready at the front desk or curbside. Is curbside what you had in mind?" read as
 *   completeness (a channel not excluded).
 * - caused by AH22 (v67 fail): "Was it the kind of rag doll you could wash, or a porcelain one?" read as completeness (the patron's
 *   own doll; the two-word kind before "you").
 * - older (v67 the same): AH1 for "Would all that give them what they need to get rolling?" (fail: no "all that" subject); AH2 for
 *   "Are they at the right reading level for him?" (fail: "they" left out); AH14 for "Would both of those be a good start for your
 *   book club?" (fail: "for your <two words>"); AH14 against "Is a cozy mystery the kind of book you want?" (pass); AH14 against
 *   "Did your neighbor's fix get it running, or is it the same problem?" (pass); AH10 for "happy to put the other two on hold for u
 *   at northside. does that sound ok?" (pass: "happy to" with no subject is no own offer for AE1).
 * ON v68 AS LANDED (mends after this check): the five caused by AH are mended (AH23: a question about "that / this / it" right after
 *   "You said …" asks about the patron's own step or fact; AH10's offer not "I could locate …"; AH22's "… what you had in mind" not
 *   "curbside", and the two-word kind only before "you were after / had in mind / were picturing …"): they run; 6 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi there, this is Devon with Ask a Librarian at Harbor Point Public Library.';
const { said, saidThen } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'northside' });
const HI_ES = 'Hola, le saluda Devon, bibliotecario de la Biblioteca Pública de Harbor Point.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de northside' });

export const ah1: SessionCase[] = [
  // ---- AH1 for: "what he / she / they need(s) to get going / started / rolling" after an opening "does / will / has … that … give / get"
  c('AH1 for: "ok so will those get her what she needs to get started?" (chat-speak)', said('my daughter wants to open a little etsy shop for her candles, any books?', 'For sure! "Etsy Business for Beginners" by Jenna Ruiz is on the shelf at Northside, call number 658.87 RUI, and the SBA startup checklist is at sba.example.gov/startup. ok so will those get her what she needs to get started?'), ASKED),
  c('AH1 for: "Would all that give them what they need to get rolling?"', said('our neighborhood group wants to start a community garden on an empty lot', 'The American Community Garden Association has a step-by-step guide at communitygarden.example.org/start, and the book "Start a Community Food Garden" by LaManda Joy is at Northside (635 JOY). Would all that give them what they need to get rolling?'), ASKED),
  c('AH1 for: "Well, has that given him what he needs to get going?" (second message)', saidThen('my son wants to learn to fly fish, where does he start', 'Try "The Orvis Guide to Beginning Fly Fishing" (799.124 ROS) at Northside, and the state\'s free Learn to Fish pages at dnr.example.gov/fishing.', 'Well, has that given him what he needs to get going?'), ASKED),
  // ---- AH1 against: the patron's own course or grant, the patron's situation, a statement
  c('AH1 against: "You said she already took the intro class at the weaving guild, did that get her what she needs to get started on the loom?" (the patron\'s course)', said('my wife got a floor loom from her aunt, where can she learn to use it', 'The book "Learning to Weave" by Deborah Chandler (746.14 CHA) is at Northside. You said she already took the intro class at the weaving guild, did that get her what she needs to get started on the loom?'), NOT_ASKED),
  c('AH1 against: "Did the county grant give him what he needs to get started, or is he still short on the equipment?" (the grant)', said('my nephew got a small grant from the county to start a food truck, how does he get the health permit', 'The Health Department\'s mobile food unit steps are at health.example.gov/foodtruck, with the application form. Did the county grant give him what he needs to get started, or is he still short on the equipment?'), NOT_ASKED),
  c('AH1 against: "Once the kit arrives it gives him what he needs to get going." (no question)', said('what do i need for my kid to start ham radio', 'The ARRL\'s "Ham Radio for Dummies" (621.3841 SIL) is at Northside, and arrl.example.org/getting-licensed lists the exam dates. Once the kit arrives it gives him what he needs to get going.'), NOT_ASKED),
];

export const ah2: SessionCase[] = [
  // ---- AH2 for: the things given at the right level, difficulty, depth, amount of detail, ending the question; Spanish
  c('AH2 for: "Are these at the right reading level for your son, do you think?"', said('my son is in 3rd grade and loves sharks, need chapter books', 'Try "Shark Attack!" (Magic Tree House Fact Tracker) and "National Geographic Readers: Sharks", both in the J nonfiction at Northside. Are these at the right reading level for your son, do you think?'), ASKED),
  c('AH2 for: "is this the right amount of detail for ur paper?" (chat-speak)', said('need a source on the 1918 flu in baltimore for a 5 page paper', 'The Maryland Center for History and Culture has a short article at mdhistory.example.org/1918-flu with newspaper clippings. is this the right amount of detail for ur paper?'), ASKED),
  c('AH2 for: "Are the books at the right difficulty for her?"', said('my niece is learning english, 12 years old, want easy novels', 'Our ESL collection at Northside has graded readers; "Holes" in the Oxford Bookworms Level 3 edition and "Wonder" in the Level 2 edition are both in. Are the books at the right difficulty for her?'), ASKED),
  c('AH2 for: "¿Cree que estos libros están al nivel adecuado para su nieta?" (Spanish)', es.said('mi nieta tiene 8 años y quiere leer libros de misterio en español', 'Le recomiendo "Los Futbolísimos" de Roberto Santiago y "Las aventuras de Gerónimo Stilton", los dos en la sección infantil en español de Northside. ¿Cree que estos libros están al nivel adecuado para su nieta?'), ASKED),
  c('AH2 for: "Are they at the right reading level for him?" ("they" = the books given)', said('my 2nd grader wants to read about trucks', 'Two good ones: "Big Rig" by Jamie Swenson and "Monster Trucks" (Blastoff! Readers), both at Northside. Are they at the right reading level for him?'), ASKED),
  // ---- AH2 against: the child's own level, the teacher's word, the patron's fact
  c('AH2 against: "Is she at the right reading level for her grade, do you think?" (the child)', said('my daughter is in 4th grade, want books for her', 'The "Ivy + Bean" series and "The Wild Robot" are both at Northside, and our reading list is at harborpointlib.example.org/4thgrade. Is she at the right reading level for her grade, do you think?'), NOT_ASKED),
  c('AH2 against: "¿La maestra le dijo si su hija está al nivel adecuado para cuarto grado?" (Spanish, the child)', es.said('busco libros en inglés fáciles para mi hija de cuarto grado', 'Tenemos la serie "Mercy Watson" y "Frog and Toad" en Northside, sección J EASY. ¿La maestra le dijo si su hija está al nivel adecuado para cuarto grado?'), NOT_ASKED),
  c('AH2 against: "You said his teacher has him at level M. Is that the right level for him, do you think?" (the patron\'s fact)', said('his teacher says my son reads at level M but he seems bored', 'The Reading Rockets page at readingrockets.example.org/levels explains what the letter levels mean and how teachers set them. You said his teacher has him at level M. Is that the right level for him, do you think?'), NOT_ASKED),
];

export const ah14: SessionCase[] = [
  // ---- AH14 for: "would those two / both of those be a good start" after things given, or about the provider's plan; a title as
  // the kind meant; "did that get it moving"; "close enough"
  c('AH14 for: "Would both of those be a good start for your book club?" (after two titles given)', said('our book club wants to read something about the Chesapeake', 'Two book-club favorites: "Chesapeake" by James Michener and "Beautiful Swimmers" by William Warner, both with 8-copy book club kits at Northside. Would both of those be a good start for your book club?'), ASKED),
  c('AH14 for: "I\'ll also set aside two more at Northside tomorrow. Would those two be a good start?" (the plan)', said('need books on starting a vegetable garden', '"The Vegetable Gardener\'s Bible" (635 SMI) is in at Central. I\'ll also set aside two more at Northside tomorrow. Would those two be a good start?'), NOT_ASKED),
  c('AH14 for: "Is The Backyard Homestead the kind of book you were after?" (a title)', said('looking for a book on raising chickens and growing food on a small lot', '"The Backyard Homestead" edited by Carleen Madigan covers chickens, bees and a quarter-acre garden; it\'s at Northside, 630 BAC. Is The Backyard Homestead the kind of book you were after?'), ASKED),
  c('AH14 for: "did that get it unstuck?" (chat-speak, after the fix given)', said('libby keeps saying my card is invalid', 'ah that happens after a card renewal! go to Menu > Manage Cards in Libby, remove the card, then add it again w the new expiry date (steps at harborpointlib.example.org/libby-help). did that get it unstuck?'), ASKED),
  c('AH14 for: "Is that close enough to the edition you remember?"', said('i want the old Betty Crocker cookbook with the red cover from the 70s', 'We have the 1978 printing of "Betty Crocker\'s Cookbook" (the red pie-chart cover) in the cookbook section at Northside, 641.5 BET. Is that close enough to the edition you remember?'), ASKED),
  // ---- AH14 against: a kind with no title, the patron's own fix, someone else's fix
  c('AH14 against: "Is a cozy mystery the kind of book you want?" (a kind, no title)', said('need something light to read on vacation', 'Our staff picks list is at harborpointlib.example.org/picks. Is a cozy mystery the kind of book you want?'), NOT_ASKED),
  c('AH14 against: "You said you already sprayed WD-40 on the hinge. Did that get it moving at all?" (the patron\'s own try)', said('the hinge on my grandpa\'s old cedar chest is rusted stuck', 'The book "Furniture Repair and Restoration" (684.1 HAY) at Northside has a chapter on hinges. You said you already sprayed WD-40 on the hinge. Did that get it moving at all?'), NOT_ASKED),
  c('AH14 against: "Did your neighbor\'s fix get it running, or is it the same problem?" (someone else\'s fix)', said('my lawn mower wont start, any repair manuals?', 'Chilton\'s small engine repair manuals are in the Auto Repair Source database at harborpointlib.example.org/autorepair. Did your neighbor\'s fix get it running, or is it the same problem?'), NOT_ASKED),
];

export const ah10: SessionCase[] = [
  // ---- AH10 for: "Does that sound good / OK / like a plan?" just after the provider's offer
  c('AH10 for: "I could also request the 1950s yearbooks from the county archive for you. Does that sound like a plan?"', said('looking for my dads high school yearbook from harbor point high, 1955', 'Our local history room has the Harbor Point High yearbooks from 1960 on, listed at harborpointlib.example.org/yearbooks. I could also request the 1950s yearbooks from the county archive for you. Does that sound like a plan?'), NOT_ASKED),
  c('AH10 for: "happy to put the other two on hold for u at northside. does that sound ok?" (chat-speak)', said('do u have the hunger games books', 'yep! "The Hunger Games" is on the shelf at Central (YA COL), the other two are checked in at Eastgate. happy to put the other two on hold for u at northside. does that sound ok?'), NOT_ASKED),
  c('AH10 for: "If you like, we\'d be glad to book the study room for Saturday morning. Would that sound all right?"', said('need a quiet place to study for the bar exam on weekends', 'Northside has four study rooms; the booking page is harborpointlib.example.org/rooms. If you like, we\'d be glad to book the study room for Saturday morning. Would that sound all right?'), NOT_ASKED),
  // ---- AH10 against: a report of what was found just before
  c('AH10 against: "I could locate just one copy in the whole system, at Westgate. Does that sound OK?" (a report)', said('do you have the audiobook of Lessons in Chemistry on CD', 'I checked the catalog at harborpointlib.example.org/catalog. I could locate just one copy in the whole system, at Westgate. Does that sound OK?'), ASKED),
  c('AH10 against: "We\'re glad to report the second edition came in last week and is on the shelf at Northside. Does that sound good?" (a report)', said('is there a newer edition of the Sibley bird guide', 'Yes, "The Sibley Guide to Birds", 2nd edition (598.097 SIB). We\'re glad to report the second edition came in last week and is on the shelf at Northside. Does that sound good?'), ASKED),
  c('AH10 against: "I can also ask Central to send theirs. The Eastgate copy is on the shelf now, 641.5 SMI. Does that sound good?" (the answer just before)', said('do you have the Smitten Kitchen cookbook', 'We have two copies of "The Smitten Kitchen Cookbook". I can also ask Central to send theirs. The Eastgate copy is on the shelf now, 641.5 SMI. Does that sound good?'), ASKED),
];

export const ah22: SessionCase[] = [
  // ---- AH22 for: a resource as the subject of "get her / him / them started"; a one-word name "what you needed"; a two-word kind
  c('AH22 for: "Does the NOAA tide guide get him started?"', said('my son wants to learn to read tide charts for fishing', 'NOAA\'s "Tides and Currents" guide at tidesandcurrents.example.gov/education walks through reading a tide table step by step. Does the NOAA tide guide get him started?'), ASKED),
  c('AH22 for: "did the booklet get them going?" (second message)', saidThen('my parents want to learn to use their new ipad', 'The AARP "iPad Basics for Seniors" booklet is free at aarp.example.org/ipad-basics, and Northside has large-print copies at the desk.', 'did the booklet get them going?'), ASKED),
  c('AH22 for: "Is FamilySearch what you were looking for?" (a one-word name)', said('where can i search old ship passenger lists for free', 'FamilySearch (familysearch.example.org) has the New York passenger lists 1820-1957 free with an account. Is FamilySearch what you were looking for?'), ASKED),
  c('AH22 for: "Is that the sort of craft book you had in mind?" (a two-word kind)', said('want a book of easy crafts for a rainy day with 5 year olds', '"The Big Book of Paper Crafts" by Kathy Ross has 100 projects for preschoolers; it\'s at Northside, J 745.5 ROS. Is that the sort of craft book you had in mind?'), ASKED),
  // ---- AH22 against: a tutor as the subject, a pickup channel, the patron's own doll
  c('AH22 against: "Did the tutor get her started on fractions already?" (a person, the patron\'s)', said('my daughter is struggling with fractions, any websites', 'Khan Academy\'s fractions unit is free at khanacademy.example.org/fractions, with videos and practice. Did the tutor get her started on fractions already?'), NOT_ASKED),
  c('AH22 against: "I can have it ready at the front desk or curbside. Is curbside what you had in mind?" (a channel)', said('can i pick up the new Grisham book today', '"The Exchange" by John Grisham is in at Northside. I can have it ready at the front desk or curbside. Is curbside what you had in mind?'), NOT_ASKED),
  c('AH22 against: "Was it the kind of rag doll you could wash, or a porcelain one?" (the patron\'s own doll)', said('trying to find out about a doll i had as a kid in the 60s', 'The "Collector\'s Encyclopedia of Dolls" (688.7221 COL) at Northside covers American dolls of the 1960s. Was it the kind of rag doll you could wash, or a porcelain one?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH1 for: "Would all that give them what they need to get rolling?"':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "all that" is the guide and the book just given, asked whether they meet the garden group\'s need; alternative 0 takes no "all that" subject ("Would that give them …" would be read), so AH1\'s opening "all that" never comes into play (older: v67 fail the same)',
  'AH2 for: "Are they at the right reading level for him?" ("they" = the books given)':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "they" are the two books just given, asked whether they suit the child (the need); AH2 leaves "they" out by design (older: v67 fail the same)',
  'AH14 for: "Would both of those be a good start for your book club?" (after two titles given)':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "both of those" are the two titles given, asked whether they meet the club\'s need; AH14 takes "for your <one word>" after "good start", not "for your book club" (older: v67 fail the same)',
  'AH14 against: "Is a cozy mystery the kind of book you want?" (a kind, no title)':
    'expected followup.completeness fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness/inquiry, a question about the kind of book wanted (the need), not about the staff picks list given (older: v67 pass the same)',
  'AH14 against: "Did your neighbor\'s fix get it running, or is it the same problem?" (someone else\'s fix)':
    'expected followup.completeness fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, the neighbor\'s repair is the patron\'s situation, not the manuals given (older: v67 pass the same)',
  'AH10 for: "happy to put the other two on hold for u at northside. does that sound ok?" (chat-speak)':
    'expected followup.completeness fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, the holds are offered, not yet given ("a question about something not yet given … does not count"); AH10 needs the offer to pass AE1\'s own-offer test, which takes "I am / we would be happy to" but not "happy to" with no subject (older: v67 pass the same)',
};

describe('seventy-seventh round: block AH (AH1, AH2, AH14, AH10, AH22) checked blind, both ways, part ah8', () => {
  for (const [t, cs] of [['AH1', ah1], ['AH2', ah2], ['AH14', ah14], ['AH10', ah10], ['AH22', ah22]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
