/**
 * Eightieth round, blind check of block AI (rubric v69), part ai4: AI9, AI10, AI11 and AI17 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, typos, other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * Checks:
 * - followup.completeness (AI9, AI10, AI11; RUBRIC: pass when, in or after the first message that gives a source or answer, the
 *   provider asks whether the information already given meets the need ("Does this completely answer your question?", "Is that
 *   what you were looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?")
 *   does not count; fail otherwise; na when info.source is na). Every session here gives a source in the message that asks (or
 *   before it), and has no other question that could count, so the label is ASKED (pass) or NOT_ASKED (fail).
 * - inquiry.clarify (AI17; RUBRIC: pass when the provider asks the patron at least one question about the need (not the greeting's
 *   "how can I help?", an idle check-in, "anything else?" or "does this answer your question?"; questions about the patron's
 *   situation that shape the answer count), or restates the question ("so you need…"), before the first message that gives a
 *   source; if no source is ever given, any such question counts; fail otherwise; na: no substantive exchange). Every AI17 session
 *   greets without a question and the provider asks no question at all before the first source, so the label is
 *   some({ clarify: 'pass' }) when the provider's words before the source restate the need, some({ clarify: 'fail' }) otherwise.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "all this / all that / all of this" (and "todo esto") right after the sources given is the information given: a question
 *   whether it gives the one it is for what they need to start asks whether it meets the need: counts.
 * - A question about materials the provider offers to get ("I can also request …; would all of that, once it comes in, …") is
 *   about something not yet given: does not count.
 * - A question about what the patron has or did (their own equipment, papers, search, restart), whether or not it is said back
 *   first with "You said / told me / mentioned …", "As you said, …" or "Like you said, …", asks nothing about what was given: does
 *   not count. When the patron says they did not try the fix but did something else, "that" is the something else.
 * - After "As you said, …", a question whose subject is the resource given by name still counts; so does "Did that help?" when a
 *   sentence giving a source comes between "As you said, …" and the question ("that" is the source just given).
 * - "Did that turn up …?" about the provider's own search, whose results were just given, with a sentence between it and
 *   "You said …", asks whether the results given meet the need: counts.
 * - Chat-speak and typos ("playin", "scaning", "u've got ur", "goin") are read as the words they stand for.
 * - A restatement says back the patron's need (an aim: "want / need / would like / are hoping …"); the patron's situation said back
 *   with no aim ("So you've got your father's discharge papers.") and an aim of the library's ("and we'd like you to update your
 *   address first") do not restate the question. A restatement after the first source is too late for inquiry.clarify.
 *
 * COUNTS. Written: 31 cases, 18 for and 13 against (AI9 4/3, AI10 4/3, AI11 5/3, AI17 5/4), in one batch, labels copied aside to
 * /tmp/s74/ai4-labels.ts before the first run (one case reworded before the copy and before any run: the older AI17 case first
 * read "So what you need is the 1950 plat map for your street.", which names a map a reviewer could take for the source itself). First
 * run as labelled: 22 of 31. Disagreeing: 9. Label corrections: none (each reread against its check's RUBRIC text; the labels stand).
 * Final: 22 running, 9 LEFT (each scored with rubric v68 to tell "older" from "caused by AI"; 2 caused by AI, 7 older):
 * - expected fail / got pass (caused by AI10: v68 fail): "Oof, frozen screens are no fun. Did that get it responding at all? If not,
 *   Kobo's reset steps …" ("that" = the patron's own 30-second power-button hold, no "You said" before it).
 * - expected fail / got pass (caused by AI10: v68 fail): "havent tried that yet, but i did restart my phone" / "Ok. Did that get it
 *   loading at all?" ("that" = the patron's restart, the fix not tried).
 * - expected pass / got fail (older: v68 fail): "Does all of that give your niece what she needs to get started?" ("all of that" /
 *   "all of this" not read; "all that" is).
 * - expected pass / got fail (older: v68 fail): "will all this give ur dad what he needs to get goin?" ("goin" not read).
 * - expected pass / got fail (older: v68 fail): "¿Todo esto le da a su hija lo que necesita para empezar?" (Spanish not read).
 * - expected pass / got fail (older: v68 fail): "did that get it playin again??" ("playin" not read; "playing" is).
 * - expected fail / got pass (older: v68 pass): "As you said, your HOA already sent you the bylaws. Does that cover fence height
 *   too?" ("that" = the patron's bylaws; "Does / Did that cover …" passes after any read-back).
 * - expected clarify pass / got fail (older: v68 fail): "So you've got a school Chromebook and want to read library ebooks on it."
 *   (the restatement itself taken as the first source: "ebooks").
 * - expected clarify pass / got fail (older: v68 fail): "Entonces usted ya tiene una tarjeta de otro condado y quiere sacar libros
 *   aquí." (the Spanish shape not read).
 * ON v69 AS LANDED (the mends after this check): AI10 not when nothing was given before the question or the patron told of
 *   their own step (`ownStepFixAI10`: both cases caused by AI run as labelled); AI9 with "all of that" in AH1's reading, AI10
 *   with chat-speak "-in", AI11 with "cover / include / mention / say": three older cases run; LEFT: four older ("goin", the
 *   Spanish completeness question, the two restatements of AI17).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Cedar Bend Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'oakdale' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca de Cedar Bend.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de oakdale' });

const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });

export const ai9: SessionCase[] = [
  // ---- AI9 for: "does / will all this / all that / all of this give <someone> what <they> need(s) to get going / started"
  c('AI9 for: "Does all of that give your niece what she needs to get started?" (guitar course and book given)', said('my niece (14) wants to teach herself guitar, where should she start?', 'Justin Guitar\'s free beginner course at justinguitar.example.com/beginner starts from zero, and "Guitar for Dummies" with its online audio is on the shelf at Oakdale. Does all of that give your niece what she needs to get started?'), ASKED),
  c('AI9 for: "will all this give ur dad what he needs to get goin?" (chat-speak, a veggie garden)', said('my dad just retired n wants to start a veggie garden, he knows nothing lol', 'haha love it! the county extension\'s starter guide is at extension.example.edu/vegetables and we have "The Vegetable Gardener\'s Bible" at oakdale. will all this give ur dad what he needs to get goin?'), ASKED),
  c('AI9 for: "Does all that give the kids what they need to get started?" (a robotics kit given to a club)', said('i run an after school club, the kids want to build a robot, any resources?', 'Our LEGO robotics kits can be borrowed from Oakdale (cedarbendlib.example.org/kits/robotics), and "The LEGO Mindstorms Idea Book" comes with each one. Does all that give the kids what they need to get started?'), ASKED),
  c('AI9 for: "¿Todo esto le da a su hija lo que necesita para empezar?" (Spanish, a sewing book and classes given)', es.said('mi hija quiere aprender a coser, no sabe nada', 'El libro "Costura paso a paso" está en la sucursal de Oakdale, y las clases gratis en video están en cedarbendlib.example.org/costura. ¿Todo esto le da a su hija lo que necesita para empezar?'), ASKED),
  // ---- AI9 against: materials offered, not yet given; the patron's own equipment; the older "Does that give …" still read
  c('AI9 against: "I can also request the workbook, the flash cards and the practice DVD … Would all of that, once it comes in, give her …?" (an offer)', said('my daughter is starting algebra 1 in the fall and is nervous', 'Khan Academy\'s Algebra 1 course at khanacademy.example.org/algebra1 is free and goes at her pace. I can also request the workbook, the flash cards and the practice DVD from another library for her; they take about a week. Would all of that, once it comes in, give her what she needs to get started?'), NOT_ASKED),
  c('AI9 against: "Between the mower, the trimmer and your truck, does all that give him what he needs to get going, equipment-wise?" (the patron\'s own)', said('my son is starting a lawn mowing business this summer, he has a mower, a trimmer and my old truck', 'The SBA\'s young entrepreneurs page at sba.example.gov/young-entrepreneurs covers permits and pricing. Between the mower, the trimmer and your truck, does all that give him what he needs to get going, equipment-wise?'), NOT_ASKED),
  c('AI9 against: "Does that give your grandson what he needs to get going?" (older: one title given)', said('my grandson wants to learn to draw comics', '"Drawing Words and Writing Pictures" by Abel and Madden walks through it step by step; Oakdale has a copy (call number 741.5 ABE). Does that give your grandson what he needs to get going?'), ASKED),
];

export const ai10: SessionCase[] = [
  // ---- AI10 for: "did that get it <verb>-ing (again / now)?" after a fix was given and tried
  c('AI10 for: "Did that get it connecting again?" (wifi fix given and done)', asked('my laptop wont connect to the library wifi at oakdale', 'Our wifi help page at cedarbendlib.example.org/wifi has the fix: forget the CEDAR-PUBLIC network, join it again, then accept the terms page that opens.', 'ok i did that', 'Did that get it connecting again?'), ASKED),
  c('AI10 for: "did that get it playin again??" (chat-speak, cache cleared)', asked('libby audiobook wont play, just spins', 'try this from help.libbyapp.example.com/playback: Settings > Apps > Libby > Storage > Clear cache, then open the book again', 'k cleared it', 'did that get it playin again??'), ASKED),
  c('AI10 for: "So, did that get it downloading?" (Kindle delivery fix given and done)', asked('my kindle wont download the library ebook i borrowed', 'The fix on our ebook help page (cedarbendlib.example.org/ebooks/kindle) is to open Amazon\'s Manage Your Content page, choose Deliver to your Kindle again, then sync the Kindle.', 'just did', 'So, did that get it downloading?'), ASKED),
  c('AI10 for: "Perfect, did that get it scaning now?" (a typo, the scanner port fix given and done)', asked('the scanner station at oakdale says no usb drive found', 'The scanner guide at cedarbendlib.example.org/scan says to use the front port marked SCAN and wait for the green light before you press Start.', 'moved it to that port', 'Perfect, did that get it scaning now?'), ASKED),
  // ---- AI10 against: "that" = the patron's own step, said back or not
  c('AI10 against: "You told me you\'d already unplugged the router for a minute. Did that get it connecting at all?"', said('my home wifi dropped and now i cant get on the library databases, i already unplugged the router for a minute', 'Sorry to hear that! Our remote access page at cedarbendlib.example.org/remote has the steps for logging in from home once you\'re online. You told me you\'d already unplugged the router for a minute. Did that get it connecting at all?'), NOT_ASKED),
  c('AI10 against: "Did that get it responding at all? If not, Kobo\'s reset steps …" (the patron\'s own 30-second hold, no "You said")', said('my kobo froze on the home screen, i held the power button down for 30 seconds', 'Oof, frozen screens are no fun. Did that get it responding at all? If not, Kobo\'s reset steps are at help.kobo.example.com/reset.'), NOT_ASKED),
  c('AI10 against: "Ok. Did that get it loading at all?" (after "havent tried that yet, but i did restart my phone")', asked('the library app on my phone just shows a white screen', 'Our app help page at cedarbendlib.example.org/app says to update the app from the app store, then sign in again.', 'havent tried that yet, but i did restart my phone', 'Ok. Did that get it loading at all?'), NOT_ASKED),
];

export const ai11: SessionCase[] = [
  // ---- AI11 for: "As you said / Like you said, <the patron's own step>." then "Did / Does / Is that …?"; "You said …" then "Did that bring up / pull up …?"
  c('AI11 for: "Like you said, you already tried the county clerk\'s site. Did that have the form for your year?"', said('i need a copy of my marriage license, i already tried the county clerk site', 'The state\'s vital records page at health.example.gov/vital/marriage has the request form and the fee. Like you said, you already tried the county clerk\'s site. Did that have the form for your year?'), NOT_ASKED),
  c('AI11 for: "As you said, your HOA already sent you the bylaws. Does that cover fence height too?"', said('our HOA says no fences over 4 ft but i want to check the town code, they sent me the bylaws already', 'The town code is online at library.municode.example.com/cedarbend; chapter 190 covers fences. As you said, your HOA already sent you the bylaws. Does that cover fence height too?'), NOT_ASKED),
  c('AI11 for: "as u said, u already looked at the fafsa site. is that where u got stuck on the parent part?" (chat-speak)', said('how do i apply for fafsa, i looked at the fafsa site already but its confusing', 'studentaid.example.gov/fafsa-steps has a step by step walkthrough w pictures. as u said, u already looked at the fafsa site. is that where u got stuck on the parent part?'), NOT_ASKED),
  c('AI11 for: "You said you searched the newspaper archive under her married name. Did that bring up anything at all?"', said('looking for my grandmother\'s obituary, she died in 1987 in cedar bend, i searched the newspaper archive under her married name', 'Our obituary index at cedarbendlib.example.org/obits covers the Cedar Bend Courier from 1950 to 2005. You said you searched the newspaper archive under her married name. Did that bring up anything at all?'), NOT_ASKED),
  c('AI11 for: "you mentioned trying google scholar first. did that pull up any full text?"', said('need peer reviewed articles on sleep and teens, i tried google scholar first', 'Academic Search Complete (cedarbendlib.example.org/databases/asc) lets you tick "peer reviewed" and has full text. you mentioned trying google scholar first. did that pull up any full text?'), NOT_ASKED),
  // ---- AI11 against: the resource given as the subject; a source between "As you said" and "Did that help?"; the provider's own search
  c('AI11 against: "As you said, the paper is due Monday. Is the Cornell archive what you were looking for?" (the archive given)', said('need sources on the triangle shirtwaist fire, paper due monday', 'The Cornell ILR archive at trianglefire.ilr.example.edu has testimony, photos and newspaper stories. As you said, the paper is due Monday. Is the Cornell archive what you were looking for?'), ASKED),
  c('AI11 against: "As you said, you\'ve already looked at the post office site. The form … at travel.state.example.gov/renew. Did that help?"', said('how do i renew my passport by mail, i already looked at the post office site', 'As you said, you\'ve already looked at the post office site. The form you need, the DS-82, and the mail-in steps are at travel.state.example.gov/renew. Did that help?'), ASKED),
  c('AI11 against: "You said you wanted anything on the 1936 flood. I ran it through our digitized Courier …. Did that turn up what you were after?"', said('looking for anything on the 1936 flood in cedar bend', 'You said you wanted anything on the 1936 flood. I ran it through our digitized Courier for you: 14 articles from March 1936, listed at cedarbendlib.example.org/courier/flood1936. Did that turn up what you were after?'), ASKED),
];

export const ai17: SessionCase[] = [
  // ---- AI17 for: "So you've got <the patron's situation> and want / need / would like / hope … <aim>." before the first source
  c('AI17 for: "So you\'ve got a school Chromebook and want to read library ebooks on it."', asked('i got a chromebook from my school, can i read library ebooks on it', 'So you\'ve got a school Chromebook and want to read library ebooks on it.', 'yes', 'Libby works in the Chrome browser at libbyapp.example.com; sign in with your Cedar Bend card and the books open right there.'), CLARIFIED),
  c('AI17 for: "ok so u\'ve got ur grandma\'s letters in polish and need them translated." (chat-speak)', asked('i found a box of my grandmas letters, they are all in polish, i cant read them', 'ok so u\'ve got ur grandma\'s letters in polish and need them translated.', 'yeah exactly', '"Following the Paper Trail", a guide to reading old letters and records in 13 languages, Polish included, is on the shelf at Oakdale (call number 929.1 FRA).'), CLARIFIED),
  c('AI17 for: "So you\'ve got an interview at the hospital on Thursday and would like to practise the usual questions before then."', asked('i have a job interview thursday at the hospital, any help?', 'So you\'ve got an interview at the hospital on Thursday and would like to practise the usual questions before then.', 'yes please', 'LearningExpress Library (cedarbendlib.example.org/databases/lel) has mock interviews for healthcare jobs, free with your card.'), CLARIFIED),
  c('AI17 for: "So you\'ve got two little ones under five and you\'re hoping to find a storytime on a Saturday."', asked('i have 2 kids under 5, is there a storytime on saturdays anywhere', 'So you\'ve got two little ones under five and you\'re hoping to find a storytime on a Saturday.', 'yep', 'Oakdale has Saturday Family Storytime at 10:30; the calendar is at cedarbendlib.example.org/events/storytime.'), CLARIFIED),
  c('AI17 for: "Entonces usted ya tiene una tarjeta de otro condado y quiere sacar libros aquí." (Spanish)', es.asked('tengo una tarjeta de la biblioteca de otro condado, ¿puedo sacar libros aquí?', 'Entonces usted ya tiene una tarjeta de otro condado y quiere sacar libros aquí.', 'sí', 'Con esa tarjeta y un comprobante de domicilio le damos una tarjeta de Cedar Bend; los requisitos están en cedarbendlib.example.org/tarjeta.'), CLARIFIED),
  // ---- AI17 against: no aim; the aim is the library's; said back after the first source; the older "So what you need is …" still read
  c('AI17 against: "So you\'ve got your father\'s discharge papers." (no aim follows)', asked('i have my dads army discharge papers, how do i get his medals replaced', 'So you\'ve got your father\'s discharge papers.', 'yes his DD-214', 'The National Archives\' medal page at archives.example.gov/veterans/medals has the request form (SF-180); mail it with a copy of the DD-214.'), NOT_CLARIFIED),
  c('AI17 against: "So you\'ve got a Cedar Bend card, and we\'d like you to update your address first." (the library\'s aim)', asked('i have a card but i moved, can i still use it', 'So you\'ve got a Cedar Bend card, and we\'d like you to update your address first.', 'ok', 'You can update it at cedarbendlib.example.org/account under My Profile, or at any branch desk.'), NOT_CLARIFIED),
  c('AI17 against: "So you\'ve got an older Kindle and want to borrow library books on it: …" (said back after the first source)', asked('i have an old kindle, can i get library books on it', 'Yes: older Kindles can get library books through Libby at libbyapp.example.com; borrow there and pick "Read with Kindle".', 'ok', 'So you\'ve got an older Kindle and want to borrow library books on it: that route works for every model since 2011.'), NOT_CLARIFIED),
  c('AI17 against: "So what you need is where the lot lines ran on Elm Street around 1950." (older: a restatement before the source)', asked('trying to find out where the old property lines were on elm street back in the 50s', 'So what you need is where the lot lines ran on Elm Street around 1950.', 'yes exactly', 'The county\'s historic plat maps are scanned at cedarbendcounty.example.gov/plats; 1950 is in book 12.'), CLARIFIED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older
  'AI9 for: "will all this give ur dad what he needs to get goin?" (chat-speak, a veggie garden)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the guide and the book given start the patron\'s dad off; "goin" (chat-speak for "going") is not read (a probe: "will all this give ur dad what he needs to get going?" passes) (older: v68 fail the same)',
  'AI9 for: "¿Todo esto le da a su hija lo que necesita para empezar?" (Spanish, a sewing book and classes given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the book and the classes given ("todo esto") start the patron\'s daughter off; AI9 reads no Spanish (older: v68 fail the same)',
  'AI17 for: "So you\'ve got a school Chromebook and want to read library ebooks on it."':
    'expected clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC inquiry.clarify, the restatement comes before the Libby message, the first source; the scorer takes the restatement itself as the first source (info.source evidence is that message: "ebooks" read as a source; a probe: "… and want to read library books." and "… want to read e-books." pass) (older: v68 fail the same)',
  'AI17 for: "Entonces usted ya tiene una tarjeta de otro condado y quiere sacar libros aquí." (Spanish)':
    'expected clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC inquiry.clarify, "Entonces … tiene … y quiere sacar libros aquí" says the need back before the first source; the Spanish "tiene … y quiere …" shape is not read (a probe: "Entonces necesita sacar libros aquí." and "O sea que quiere sacar libros aquí." pass) (older: v68 fail the same)',
};

describe('eightieth round: block AI (AI9, AI10, AI11, AI17) checked blind, both ways, part ai4', () => {
  for (const [t, cs] of [['AI9', ai9], ['AI10', ai10], ['AI11', ai11], ['AI17', ai17]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
