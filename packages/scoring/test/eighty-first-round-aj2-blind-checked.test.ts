/**
 * Eighty-first round, blind check of block AJ (rubric v70), part aj2: AJ5 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: other verbs, nouns,
 * purposes and orders, chat-speak, typos, Spanish; "against": near misses the reading must not take, and older readings it must
 * not break).
 * AJ5: "Will / Would / Does / Can <that, these, those, both of those, the guide …> do for <a purpose> / for now / for your <thing> /
 * the trick / the job?" asks whether what was given serves the need: counts; not after the provider's own offer or plan just before
 * it (about the offer), and not about the patron's own thing.
 * Check: followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 * whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 * looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 * fail otherwise; na when info.source is na). Every session here gives a source in the message that asks (or before it), and has
 * no other question that could count, so the label is ASKED (pass) or NOT_ASKED (fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question whose subject is what was given ("these", "those", "both of those", "all three", "the timetable", "the pattern",
 *   "the checklist"; Spanish "esos dos libros", "eso") and which asks whether it will / would / does / can do for a purpose, for
 *   now, the job or the trick (Spanish "¿le sirve(n) para … / por ahora?") asks whether the information given meets the need:
 *   counts, with or without the auxiliary, in chat-speak ("wud … 4 ur") or with typos ("Wil tht", "Woudl"), the purpose first
 *   or last, in the message that gives the source or a later one.
 * - After the provider's own offer, a question whose subject names the thing given ("I can put both on hold … Will those two
 *   books do for your class?") asks about what was given, not the offer: counts. A bare "that" / "¿Le sirve?" right after an
 *   offer or a plan (the provider's, or a branch's at the provider's request: "I've asked our Eastgate branch to pull …") asks
 *   about the offer, something not yet given: does not count.
 * - An offer earlier in the message with the source after it ("I can look at other branches too if needed. For now, <title> …
 *   Will that do for your trip?") is not "just before" the question: "that" is the source just given, counts.
 * - "I can verify that … lists it: …" and "I was able to find it: …" report what was found (given), no offer: "that" after them
 *   is what was given, counts.
 * - The patron's own thing (their son's Chromebook, their 2019 tax return, "You said you already own the 2019 edition"), a kind
 *   not given ("an audiobook version" when large print was given) and "do for" in a question about the patron's plan ("What do
 *   you plan to do for the opening night?") ask nothing about what was given: do not count.
 *
 * COUNTS. Written: 31 cases, 18 for and 13 against (AJ5 18/13: one reading, so the brief's total of 28-34 was kept over its
 * per-reading 3-8 / 2-7; the 13 against are 10 near misses labelled NOT_ASKED and 3 older readings: "I can verify …" and "I was
 * able to find …" labelled ASKED, "You said you already own …" NOT_ASKED), in one batch, labels copied aside to
 * /tmp/s74/aj2-labels.ts before the first run. First run as labelled: 18 of 31. Disagreeing: 13. Label corrections: none (each
 * reread against followup.completeness; the labels stand). Final: 18 running, 13 LEFT (each scored with rubric v69 to tell "older"
 * from "caused by AJ"; 1 caused by AJ, 12 older):
 * - expected fail / got pass (caused by AJ5: v69 fail): "I've asked our Eastgate branch to pull the 2024 edition from storage for
 *   you next week. Will that do for your exam?" (a plan not yet carried out; "I'll have Eastgate pull …" and "Eastgate will pull
 *   …" are taken the same way).
 * - expected fail / got pass (older: v69 pass): "Puedo apartárselo en el mostrador de Eastgate hasta el lunes. ¿Le sirve?"
 *   (Spanish, about the offer).
 * - expected pass / got fail (older: v69 fail): "I can verify that the county clerk's marriage index … lists it … Would that do
 *   for the passport office?" (a report read as an offer, or not read).
 * - expected pass / got fail (older: v69 fail), AJ5's own shape not read:
 *   "Will these do for your book club night?" (a longer purpose; "for your book club?" reads),
 *   "Would the timetable do for getting to the airport?",
 *   "k wud that do 4 ur essay?" (chat-speak),
 *   "Wil tht do teh trick for ur science project?" (typos),
 *   "Can those do for your lesson plans on fractions?" ("… lesson plans?" reads),
 *   "Would all three do for the science fair board?",
 *   "Will the pattern do for your granddaughter's quilt?",
 *   "both of those do the job for ur presentation?" (also not with "Do" before it),
 *   "Woudl that do for your appeal letter?" (a typo),
 *   "I can put both on hold at Eastgate for you. Will those two books do for your class?" (the books given named as the subject).
 * ON v70 AS LANDED (the mends after this check): AJ5's offer test also takes a plan or a colleague's act ("I've asked our
 *   Eastgate branch to pull …") and only with "that / this / it" as the subject; AJ5 with more subjects ("these", "those", "the
 *   pattern") and longer purposes: the case caused by AJ and four older cases run (among them "Will those two books do for your
 *   class?" after an offer); LEFT: eight older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi, this is Dev, a librarian with Ask a Librarian at Calder Falls Public Library.';
const { said, asked, saidThen } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'eastgate' });
const HI_ES = 'Hola, soy Dev, bibliotecario de la Biblioteca Pública de Calder Falls.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la de eastgate' });

export const aj5For: SessionCase[] = [
  // ---- AJ5 for: "<aux> <what was given> do for <purpose> / for now / the job / the trick?" in new words, orders, chat-speak, typos, Spanish
  c('AJ5 for: "Will these do for your book club night?" (two titles and a kit given)', said('my book club wants something short and funny for next month', '"Lessons in Chemistry" and "Where\'d You Go, Bernadette" both read fast, and the book club kit for the second one (8 copies and questions) is at calderfallslib.example.org/kits/bernadette. Will these do for your book club night?'), ASKED),
  c('AJ5 for: "Would the timetable do for getting to the airport?" (a timetable given)', said('how do i get from downtown to the airport by bus', 'The county transit timetable for route 99, the airport express, is at calderfallstransit.example.gov/routes/99; it runs every 30 minutes from the Main St depot. Would the timetable do for getting to the airport?'), ASKED),
  c('AJ5 for: "Does that do the job for your résumé?" (a template page given)', said('i need a resume template, first job in 10 years', 'Our job help guide at calderfallslib.example.org/guides/resume has three free templates, one made for people coming back to work after a gap. Does that do the job for your résumé?'), ASKED),
  c('AJ5 for: "k wud that do 4 ur essay?" (chat-speak)', said('need a source on the bracero program for an essay', 'ok so the Bracero History Archive at braceroarchive.example.org has oral histories + photos, all free. k wud that do 4 ur essay?'), ASKED),
  c('AJ5 for: "Wil tht do teh trick for ur science project?" (typos)', said('need info on how volcanoes erupt for 6th grade science project', 'Britannica School at calderfallslib.example.org/britannica has a volcano article at the middle school level with diagrams. Wil tht do teh trick for ur science project?'), ASKED),
  c('AJ5 for: "Can those do for your lesson plans on fractions?" (two sites given)', said('im a sub teacher, need fraction activities for 3rd grade tomorrow', 'Try the fraction games at mathplayground.example.com/fractions and the printable worksheets at k5learning.example.com/fractions-3. Can those do for your lesson plans on fractions?'), ASKED),
  c('AJ5 for: "Does the checklist do for now?" (a checklist given)', said('my mom is moving into assisted living, what paperwork do we need', 'The state aging office\'s moving checklist at aging.example.gov/moving-checklist lists the forms, the insurance calls and the mail change. Does the checklist do for now?'), ASKED),
  c('AJ5 for: "For the citizenship interview, will those practice tests do?" (purpose first)', said('my husband has his citizenship interview in may, how can he practice', 'USCIS has the 100 civics questions with audio at uscis.example.gov/citizenship/civics, and the flashcards "Civics Flash Cards" are on the shelf at Eastgate. For the citizenship interview, will those practice tests do?'), ASKED),
  c('AJ5 for: "¿Le sirven esos dos libros para su clase?" (Spanish, two titles given)', es.said('busco libros sobre la independencia de México para mi clase de sexto', '"La Independencia de México" de Josefina Zoraida Vázquez y "Hidalgo" de la colección Grandes Mexicanos están en la sucursal de Eastgate. ¿Le sirven esos dos libros para su clase?'), ASKED),
  c('AJ5 for: "¿Eso le sirve por ahora?" (Spanish, "for now", a page given)', es.said('quiero aprender inglés, ¿hay clases gratis?', 'La biblioteca tiene Mango Languages gratis con su tarjeta en calderfallslib.example.org/mango, con cursos de inglés para hispanohablantes. ¿Eso le sirve por ahora?'), ASKED),
  c('AJ5 for: "Would all three do for the science fair board?" ("all three")', said('my daughter is doing a science fair board on bees', '"The Bee Book" by Charlotte Milner, the Ask a Biologist bee page at askabiologist.example.edu/bees and Kids InfoBits (calderfallslib.example.org/kidsinfobits) all have photos she can cite. Would all three do for the science fair board?'), ASKED),
  c('AJ5 for: "Will the pattern do for your granddaughter\'s quilt?" (a pattern given)', said('looking for an easy baby quilt pattern, first time quilter', 'The "Easy Nine Patch" baby quilt pattern in our Creativebug class at calderfallslib.example.org/creativebug is made for beginners, with a video for each step. Will the pattern do for your granddaughter\'s quilt?'), ASKED),
  c('AJ5 for: "both of those do the job for ur presentation?" (no auxiliary, chat-speak)', said('need stats on teen vaping for a presentation', 'CDC has the youth tobacco survey numbers at cdc.example.gov/tobacco/youth, and Gale In Context at calderfallslib.example.org/gale has articles with charts. both of those do the job for ur presentation?'), ASKED),
  c('AJ5 for: "Woudl that do for your appeal letter?" (a typo)', said('my insurance denied a claim, how do i write an appeal', 'The state insurance department\'s appeal guide at insurance.example.gov/appeals has a sample letter and the deadlines. Woudl that do for your appeal letter?'), ASKED),
  c('AJ5 for: "Would those do for the fundraiser?" (in a second message after the source)', saidThen('need ideas for a school bake sale fundraiser', 'The PTA toolkit at pta.example.org/fundraising has a bake sale plan, and "The Bake Sale Cookbook" is on the shelf at Eastgate.', 'Would those do for the fundraiser?'), ASKED),
  c('AJ5 for: "Will that do for the flyer?" (after the patron\'s reply)', asked('where can i find free clip art for a church flyer', 'Openclipart at openclipart.example.org has free images you can use without credit.', 'oh nice', 'Will that do for the flyer?'), ASKED),
  c('AJ5 for: "I can look at other branches too if needed. … Will that do for your trip?" (an offer before the source, not just before the question)', said('need a travel guide for Portugal', 'I can look at other branches too if needed. For now, "Rick Steves Portugal" (2024) is on the shelf at Eastgate, call number 914.69 STE. Will that do for your trip?'), ASKED),
  c('AJ5 for: "I can put both on hold at Eastgate for you. Will those two books do for your class?" (the books given named as the subject)', said('need books on the water cycle for my 2nd grade class', '"Water Is Water" by Miranda Paul and "A Drop Around the World" by Barbara McKinney are both good for 2nd grade. I can put both on hold at Eastgate for you. Will those two books do for your class?'), ASKED),
];

export const aj5Against: SessionCase[] = [
  // ---- AJ5 against: the provider's own offer or plan just before the question; the patron's own thing; a kind not given; "do" otherwise
  c('AJ5 against: "We could send the DVD over to Eastgate by Thursday. Will that do for your class?" (an offer)', said('do you have the documentary "13th" on dvd? for my class', 'Yes, "13th" (2016) is in the catalogue at calderfallslib.example.org/rec/88123, one copy at Main. We could send the DVD over to Eastgate by Thursday. Will that do for your class?'), NOT_ASKED),
  c('AJ5 against: "I\'ll ask our local history librarian to scan the 1938 plat map next week. Would that do the job?" (a plan)', said('looking for old maps of my street, Alder Lane, from the 1930s', 'The Sanborn maps for Calder Falls are at calderfallslib.example.org/sanborn, up to 1931. I\'ll ask our local history librarian to scan the 1938 plat map next week. Would that do the job?'), NOT_ASKED),
  c('AJ5 against: "i can req a copy from another branch, wud that do 4 u?" (chat-speak offer)', said('is the new Ann Patchett in?', 'the catalogue shows "Tom Lake" at calderfallslib.example.org/rec/91002, all eastgate copies out rn. i can req a copy from another branch, wud that do 4 u?'), NOT_ASKED),
  c('AJ5 against: "Will your son\'s Chromebook do for the Mango app?" (the patron\'s own device)', said('my son wants to learn japanese, anything free', 'Mango Languages has a Japanese course free with your card at calderfallslib.example.org/mango. Will your son\'s Chromebook do for the Mango app?'), NOT_ASKED),
  c('AJ5 against: "Would your 2019 tax return do for the landlord?" (the patron\'s own paper)', said('my landlord wants proof of income, i dont have pay stubs, what can i use', 'The IRS page on getting a tax transcript online is at irs.example.gov/transcript. Would your 2019 tax return do for the landlord?'), NOT_ASKED),
  c('AJ5 against: "Would an audiobook version do for him?" (a kind not given)', said('my dad is 85 and wants westerns, any ideas', '"Lonesome Dove" and "True Grit" are both on the shelf at Eastgate in large print, call numbers F MCM and F POR. Would an audiobook version do for him?'), NOT_ASKED),
  c('AJ5 against: "What do you plan to do for the opening night?" ("do for" about the patron\'s plan)', said('our community theater is putting on Our Town, need background on the play', 'The Thornton Wilder Society\'s page at wildersociety.example.org/ourtown has the play\'s history and staging notes. What do you plan to do for the opening night?'), NOT_ASKED),
  c('AJ5 against: "Puedo apartárselo en el mostrador de Eastgate hasta el lunes. ¿Le sirve?" (Spanish, an offer)', es.said('¿tienen "Cien años de soledad"?', 'Sí, "Cien años de soledad" está en el catálogo en calderfallslib.example.org/rec/50210, hay una copia en Eastgate. Puedo apartárselo en el mostrador de Eastgate hasta el lunes. ¿Le sirve?'), NOT_ASKED),
  c('AJ5 against: "I\'ve asked our Eastgate branch to pull the 2024 edition from storage for you next week. Will that do for your exam?" (a plan)', said('need the real estate license exam prep book', 'The 2022 edition of "Real Estate License Exams For Dummies" is at calderfallslib.example.org/rec/66120. I\'ve asked our Eastgate branch to pull the 2024 edition from storage for you next week. Will that do for your exam?'), NOT_ASKED),
  c('AJ5 against: "I can also print the forms and leave them at the desk for you. Can that do for tomorrow?" (an offer)', said('need the forms for a name change after marriage', 'The state court\'s name change page at courts.example.gov/namechange has the forms and the steps. I can also print the forms and leave them at the desk for you. Can that do for tomorrow?'), NOT_ASKED),
  // ---- older readings it must not break: a report of what was found (given), "I was able to …" (given), "You said …" (the patron's own)
  c('AJ5 against (older): "I can verify that … Would that do for the passport office?" (a report of what was found)', said('i need a copy of my parents marriage record from 1972 for a passport', 'I can verify that the county clerk\'s marriage index at clerk.calderfalls.example.gov/marriage lists it: 1972, book 14, page 203, with the order form on that page. Would that do for the passport office?'), ASKED),
  c('AJ5 against (older): "I was able to find … Will that do for your grant?" (found, given)', said('need the population of Calder Falls for a grant application', 'I was able to find it: the 2020 census count for Calder Falls is 18,412, at data.census.example.gov/calderfalls. Will that do for your grant?'), ASKED),
  c('AJ5 against (older): "You said you already own the 2019 edition. Will that do for the course?" (the patron\'s own book)', said('need the textbook Campbell Biology for my course, i have the 2019 edition already', 'The newest edition of "Campbell Biology" is on reserve at Main, record at calderfallslib.example.org/rec/30019. You said you already own the 2019 edition. Will that do for the course?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AJ5 for: "Would the timetable do for getting to the airport?" (a timetable given)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "the timetable" is the route 99 timetable just given, asked whether it serves the trip: counts (AJ5 reads neither "the timetable" nor "for getting to …") (older: v69 fail the same)',
  'AJ5 for: "k wud that do 4 ur essay?" (chat-speak)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "that" is the archive just given, asked whether it serves the essay, in chat-speak: counts (AJ5 reads "would that do for your essay?" but not "wud … 4 ur") (older: v69 fail the same)',
  'AJ5 for: "Wil tht do teh trick for ur science project?" (typos)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "tht" is the Britannica article just given, asked whether it does the trick for the project, with typos: counts (older: v69 fail the same)',
  'AJ5 for: "Would all three do for the science fair board?" ("all three")':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "all three" are the book, the page and the database just given, asked whether they serve the board: counts ("all three" not read) (older: v69 fail the same)',
  'AJ5 for: "both of those do the job for ur presentation?" (no auxiliary, chat-speak)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "both of those" are the CDC survey and Gale In Context just given, asked whether they do the job: counts ("both of those do the job" not read, with or without "Do" before it) (older: v69 fail the same)',
  'AJ5 for: "Woudl that do for your appeal letter?" (a typo)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "that" is the appeal guide with its sample letter just given, asked whether it serves the letter, with a typo: counts (older: v69 fail the same)',
  'AJ5 against: "Puedo apartárselo en el mostrador de Eastgate hasta el lunes. ¿Le sirve?" (Spanish, an offer)':
    'expected fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, "¿Le sirve?" right after the provider\'s offer to set the book aside until Monday asks about the offer, something not yet given (older: v69 pass the same)',
  'AJ5 against (older): "I can verify that … Would that do for the passport office?" (a report of what was found)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "I can verify that the index lists it: 1972, book 14, page 203" reports what was found (given), no offer: "Would that do for the passport office?" asks about what was given (AJ5 does not read it, and takes "I can verify …" as an offer: "I can verify that it is on the shelf. Would that do for your class?" fails too) (older: v69 fail the same)',
};

describe('eighty-first round: block AJ (AJ5) checked blind, both ways, part aj2', () => {
  for (const [t, cs] of [['AJ5 for', aj5For], ['AJ5 against', aj5Against]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
