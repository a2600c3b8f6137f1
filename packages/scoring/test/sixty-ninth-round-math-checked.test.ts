/**
 * Sixty-ninth round, theme MATH HOMEWORK AND STATISTICS HELP, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: algebra and calculus homework (systems of equations, the quadratic
 * formula, the chain rule, compound interest, the median of an even set, a stats worksheet), live tutoring databases
 * (HelpNow, Tutor.com in English and in Spanish, IXL, Khan Academy), statistics for research papers (t-test or
 * chi-square, a YRBS dataset, ACS table S1501 for Ohio counties, BLS nurse counts, ACS B03003 for Texas counties, a two-way
 * ANOVA in SPSS), finding a formula or a table (a z and t table, the Wilcoxon table in Siegel & Castellan, the MCAP
 * Algebra I reference sheet, the AP Calculus formulas, the standard deviation formula), math anxiety (books for a parent, a
 * 45-year-old going back to school), calculators to borrow (a TI-84 from a Library of Things, Desmos on a state test) and
 * test prep (SAT, ACT, GED in Spanish, Accuplacer). Every one of the 17 checks labelled in every session from RUBRIC.md's
 * text before the first run (labels copied aside to /tmp/math-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickups at 22 s, exactly 60 s (02: pass) and 61 s (03: fail); `pickedUpAt` at 45 s with the first line at 130
 *   (30: pass, and the 85 s from pickup to the first line is no silence); no provider ever joined, code null (15);
 *   greetings "Hey there! Dana here, …", "Good morning, you've reached Eli, …", "Hello and thanks for reaching out! I'm
 *   Ivy …", chat-speak "hi! Jess w/ Ask a Librarian at Tulsa City-County Library here" (08), "Welcome to Ask Us! I'm
 *   Lars …", "Hey! Xavier from Ask Us at …", Spanish "¡Hola! Le atiende Marisol, bibliotecaria de …" (09) and "¡Buenas
 *   tardes! Habla Lucía, …" (30); "Hi there 🙂" + "Can you type the equation you're stuck on?" under the screen name
 *   "Ref Desk 2" (04: no one identified, fail);
 *  inquiry: live help or worked examples, kind of survey answers, branch, which table, kind of problem, language, age,
 *   home library system, every county or a few, grade (asked by the receiving provider after a transfer, 20), college;
 *   the AP Calculus source given before "Is this for AB or BC?" (29: fail);
 *  waits: a hold ("Give me a sec to pull up a good printable one.") answered exactly 120 s later (05: pass); 121 s from a
 *   patron line to the answer with no hold (06: fail); "Let me check." answered 74 s later (17); a transfer notice in
 *   Spanish/English answered 49 s later by the receiver (20); a silent transfer, the receiver 140 s after the patron (21:
 *   fail); a transfer notice answered 46 s later (22);
 *  endings: final idle exactly 120 s with "Are you still there?" and a goodbye that invites back (07: idle pass,
 *   disconnect na); 119 s to a goodbye with no check-in (08: na); Spanish "¿Sigue ahí?" and "Parece que se desconectó. Voy
 *   a cerrar este chat." at `endedAt`, final idle exactly 180 s, no goodbye (09: idle and notice pass, courteous fails); a
 *   Lost Call with only a greeting, a check-in and a notice that invites back (12: final idle 230 s); a notice with thanks
 *   and no check-in 200 s after the answer (29: idle fails, notice passes); "We only do one homework problem per chat
 *   and you've used yours. Your time is up." then "Bye." (10: dismissal fails, courteous passes); "several other patrons
 *   waiting … Please log back on later" (11: allowed); the patron's "yes thats all i needed!! 🙏" as the last line (27:
 *   courteous fails); patron-side "thats all i needed", "thats everything", "thats it", "thats all", "es todo", "eso es
 *   todo", and "ok", "sure", "yes thanks", "yes great thanks" that do not count;
 *  sources: prattlibrary.org/research (HelpNow), kcls.org/databases (SAGE Research Methods), catalog.bcpl.info,
 *   khanacademy.org, itl.nist.gov/div898/handbook, acpl.info/tutor, cuyahogalibrary.org, tulsalibrary.org/databases
 *   (LearningExpress), ged.com and houstonlibrary.org, mathsisfun.com, cdc.gov/yrbs, fcpl.org, a county catalogue,
 *   marylandpublicschools.org, accuplacer.collegeboard.org, data.census.gov, dallaslibrary.org/tutor, Laerd Statistics,
 *   bls.gov/oes and /ooh, desmos.com/testing, library.pima.gov, hcplonline.org/ixl, apcentral.collegeboard.org; none (the
 *   median worked out in the chat, 28: fail);
 *  referrals: the college Math Center by phone (25: pass); the library's own Homework Help Center "on the second floor of
 *   the Bel Air Branch" with no e-mail, phone, postal address or URL (26: fail); "I'll pass your question on and someone
 *   from Calvert Library will contact you" (18: no referral, LEFT);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done at 71 h (16: pass); a promise to call, phone read
 *   back as a question, "tomorrow afternoon", coded Answered (17: code fails, contact passes, on_time pending); FU_LIB, no
 *   contact anywhere, "by Friday", done at 80 h (18: code, contact and on_time fail); FU_ME with the e-mail only in
 *   `patron.email` ("the address you signed in with") and no time (19: code passes, contact fails, pending);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (13); null with no provider (15); Practice (14);
 *  transfers: a notice (a hold) and an internal note that says why (20: pass); an internal note only, silent to the
 *   patron (21: fail); a notice with no internal note (22: fail);
 *  concurrency: three others open through the session, four at once (23: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi there 🙂" greets but identifies no one, and the screen name does not count (04);
 * - a hold answered exactly `silenceSeconds` later is not "longer" (05: pass); a final idle exactly `idleCheckSeconds` or
 *   `disconnectSeconds` long applies ("≥"), and a notice sent at `endedAt` is sent during the idle (07, 09);
 * - "I'll close this chat for now, but feel free to come back anytime. Bye!" is a goodbye (it says bye and invites back),
 *   so the final idle ends there (07); "Parece que se desconectó. Voy a cerrar este chat." announces the end and thanks no
 *   one (09: no goodbye); "Looks like you've disconnected … Thanks for contacting Ask a Librarian!" is both the notice and
 *   a goodbye (29);
 * - "We only do one homework problem per chat and you've used yours. Your time is up." tells the patron their time is up
 *   and that they reached a limit (10: fail) even though a "Bye." follows; "I have several other patrons waiting … Please
 *   log back on later" is the allowed form (11: pass);
 * - a referral tells the patron to contact or visit someone: "Stop by the Homework Help Center on the second floor of the
 *   Bel Air Branch" tells the patron to visit a department of the provider's own library, and a floor and branch name are
 *   no e-mail, phone, postal address or URL (26: fail); "I'll pass your question on and someone from Calvert Library will
 *   contact you by Friday" tells the patron to contact no one: the provider hands the question on, on the patron's behalf
 *   (18: na);
 * - "e-mail it to the address you signed in with" neither gives nor repeats the e-mail in the chat (19: contact fails),
 *   while `patron.email` makes a contact known for resolution.code (19: pass);
 * - "Is that along the lines of what you wanted?", "Does the catalog record cover the citation for now?", "Does the
 *   practice page help for now?", "¿Le sirve?", "¿Es lo que buscaba?", "that work for you?", "Did that work?" ask whether
 *   what was given meets the need;
 * - `pickedUpAt` is the pickup: the wait from the patron's first line to it is pickup's alone, and the span from it to the
 *   first provider line (85 s) is under 120 s (30).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied
 * aside). First run as labelled / disagreeing: 29 / 1 (case 18, one check). Label corrections: 0 (case 18 reread against
 * RUBRIC's Terms, Referral: the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 18: "I'll pass your question on and someone from Calvert Library will contact you by Friday"
 *    read as a referral without contact (fail; RUBRIC na: the patron is told to contact no one).
 * Every timing check (pickup at 22, 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at exactly 120 s after a
 * hold, at 121 s without one, at 140 s across a silent transfer, after `pickedUpAt`; final idles of 119, 120, 180, 200 and
 * 230 s; concurrency at four and at touching ends; on_time done at 71 h, late at 80 h, pending twice) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (an e-mail typed and read back,
 * a phone read back, an e-mail only in `patron.email`, a college phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v63 (block AC, written after this file): case 18 (AC4: "… so I'll pass your question on and someone from Calvert Library
 *   will contact you by Friday", staff consulted for the patron) now scores as labelled and runs with the others; no label
 *   changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-m', name: 'Dana', library: 'EPFL' };
const ELI: Prov = { id: 'eli-m', name: 'Eli', library: 'KCLS' };
const FAY: Prov = { id: 'fay-m', name: 'Fay', library: 'BCPL' };
const REF: Prov = { id: 'ref-m', name: 'Ref Desk 2', library: 'MCL' };
const GWEN: Prov = { id: 'gwen-m', name: 'Gwen', library: 'HCL' };
const HUGO: Prov = { id: 'hugo-m', name: 'Hugo', library: 'ACPL' };
const IVY: Prov = { id: 'ivy-m', name: 'Ivy', library: 'CCPL-OH' };
const JESS: Prov = { id: 'jess-m', name: 'jess_tccl', library: 'TCCL' };
const MARISOL: Prov = { id: 'marisol-m', name: 'Marisol', library: 'HPL' };
const KURT: Prov = { id: 'kurt-m', name: 'Kurt', library: 'MULT' };
const LARS: Prov = { id: 'lars-m', name: 'Lars', library: 'AACPL' };
const MARCUS: Prov = { id: 'marcus-m', name: 'Marcus', library: 'DEL' };
const NADIA: Prov = { id: 'nadia-m', name: 'Nadia', library: 'FCPL-MD' };
const TRAINING: Prov = { id: 'training-m', name: 'Training 7', library: 'TRN' };
const NOONE: Prov = { id: 'queue-m', name: 'Queue', library: 'AUN' };
const OMAR: Prov = { id: 'omar-m', name: 'Omar', library: 'MCPL' };
const PAM: Prov = { id: 'pam-m', name: 'Pam', library: 'HCLS' };
const QUENTIN: Prov = { id: 'quentin-m', name: 'Quentin', library: 'AUN' };
const RUBY: Prov = { id: 'ruby-m', name: 'Ruby', library: 'CML' };
const KEN: Prov = { id: 'ken-m', name: 'Ken', library: 'DPL-TX' };
const LUPE: Prov = { id: 'lupe-m', name: 'Lupe', library: 'DPL-TX' };
const SAM: Prov = { id: 'sam-m', name: 'Sam', library: 'BCL-FL' };
const TESS: Prov = { id: 'tess-m', name: 'Tess', library: 'BCL-FL' };
const URI: Prov = { id: 'uri-m', name: 'Uri', library: 'AUN' };
const VERA: Prov = { id: 'vera-m', name: 'Vera', library: 'AUN' };
const WENDY: Prov = { id: 'wendy-m', name: 'Wendy', library: 'OCLS' };
const XAVIER: Prov = { id: 'xavier-m', name: 'Xavier', library: 'APL-VA' };
const YARA: Prov = { id: 'yara-m', name: 'Yara', library: 'PCPL' };
const ZACK: Prov = { id: 'zack-m', name: 'Zack', library: 'HCPL-MD' };
const ABBY: Prov = { id: 'abby-m', name: 'Abby', library: 'SAPL' };
const BEN: Prov = { id: 'ben-m', name: 'Ben', library: 'PGCMLS' };
const CLEO: Prov = { id: 'cleo-m', name: 'Cleo', library: 'FCPL-VA' };
const LUCIA: Prov = { id: 'lucia-m', name: 'Lucía', library: 'SAPL' };

const s = session;

export const MATH: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 algebra 2 systems due tomorrow: "Hey there! Dana here", live or worked examples asked, HelpNow via prattlibrary.org, "yesss thats all i needed"', [
    [0, 'p', 'hi i need help w my algebra 2 homework its due tmrw 😩 systems of equations'],
    [22, 'l', 'Hey there! Dana here, a librarian with Ask Us Now at Enoch Pratt Free Library.'],
    [28, 'l', 'Are you looking for someone to walk you through the problems live, or for worked examples you can follow on your own?'],
    [70, 'p', 'live help would be amazing'],
    [77, 'l', 'Pratt cardholders get free live tutors through HelpNow from Brainfuse, 2pm-11pm every day. Go to prattlibrary.org/research, pick HelpNow, and log in with your library card number, then choose Math > Algebra 2.'],
    [83, 'l', 'Did that get you what you needed?'],
    [120, 'p', 'yesss thats all i needed ty!!'],
    [126, 'l', 'Good luck with the systems, and thanks for stopping by Ask Us Now!'],
  ], usual()),

  // 02 pickup exactly 60 s
  s(ELI, '02 t-test or chi-square for a psych survey paper: pickup exactly 60 s, SAGE Research Methods via kcls.org/databases', [
    [0, 'p', "Hello, I'm writing a research paper for my psych class and need to know whether to use a t-test or a chi-square for my survey data"],
    [60, 'l', "Good morning, you've reached Eli, a reference librarian at King County Library System."],
    [66, 'l', 'What kind of answers did your survey collect: numbers like ages or scores, or categories like yes/no?'],
    [120, 'p', 'mostly yes/no and agree/disagree'],
    [127, 'l', "Categories usually point to chi-square. SAGE Research Methods, in our databases list at kcls.org/databases, has a short 'Which statistical test?' guide with examples from survey data."],
    [133, 'l', 'Is that the kind of guidance you were after?'],
    [175, 'p', 'yes this is helpful'],
    [180, 'l', 'Is there anything else I can help you with today?'],
    [200, 'p', 'no'],
    [204, 'l', 'Thanks for using Ask a Librarian, goodbye!'],
  ], usual()),

  // 03 pickup 61 s
  s(FAY, '03 borrowing a TI-84 for algebra: pickup 61 s, branch asked, Library of Things in catalog.bcpl.info, "perfect, thats everything"', [
    [0, 'p', "does the library lend graphing calculators? my son needs a TI-84 for algebra and they're like $120"],
    [61, 'l', 'Hi! This is Fay at Baltimore County Public Library. Sorry for the short wait.'],
    [67, 'l', 'Which branch is closest to you?'],
    [95, 'p', 'Towson'],
    [101, 'l', "Yes, TI-84 Plus calculators circulate for 3 weeks from our Library of Things. Search 'TI-84' in the catalog at catalog.bcpl.info to see Towson's copies and place a hold."],
    [108, 'l', 'Does that answer your question?'],
    [140, 'p', 'perfect, thats everything. thanks!'],
    [146, 'l', "You're welcome, have a great evening!"],
  ], usual({ pickup: 'fail' })),

  // 04 greets, identifies no one
  s(REF, '04 quadratic formula wrong answers: "Hi there 🙂" under the screen name "Ref Desk 2", no name, worked answer + khanacademy.org', [
    [0, 'p', 'how do i do the quadratic formula i keep getting the wrong answer'],
    [18, 'l', 'Hi there 🙂'],
    [23, 'l', "Can you type the equation you're stuck on?"],
    [40, 'p', '2x^2 + 3x - 5 = 0'],
    [48, 'l', 'Here a=2, b=3, c=-5, so x = (-3 ± √(9+40)) / 4 = (-3 ± 7)/4, which gives x = 1 or x = -5/2. Khan Academy walks through more of these at khanacademy.org/math/algebra (Quadratic functions & equations).'],
    [55, 'l', 'Did that help?'],
    [80, 'p', 'OHHH i forgot the 2a. thank u'],
    [85, 'l', 'Anything else?'],
    [100, 'p', 'nope'],
    [104, 'l', 'Bye, good luck!'],
  ], usual({ greeting: 'fail' })),

  // 05 a hold answered exactly 120 s later
  s(GWEN, '05 lost z-table handout for a stats final: "Give me a sec to pull up a good printable one." answered exactly 120 s later, NIST handbook', [
    [0, 'p', 'where can i find a z table? my stats prof said we can bring one to the final but i lost the handout'],
    [25, 'l', 'Good afternoon! Gwen at Ask a Librarian, Hennepin County Library.'],
    [31, 'l', 'Do you need the standard normal table only, or also the t table?'],
    [70, 'p', 'both if possible'],
    [76, 'l', 'Give me a sec to pull up a good printable one.'],
    [196, 'l', 'The NIST/SEMATECH e-Handbook of Statistical Methods has both as plain tables you can print: itl.nist.gov/div898/handbook (section 1.3.6.7, Tables for Probability Distributions).'],
    [202, 'l', 'Will those work for the final?'],
    [240, 'p', 'yes!! thats all i needed'],
    [246, 'l', 'Great, thanks for chatting, and good luck on the exam!'],
  ], usual()),

  // 06 121 s without a word
  s(HUGO, '06 chain rule before a calc 1 test: patron at 50, answer at 171 with no hold (121 s), Tutor.com via acpl.info/tutor', [
    [0, 'p', 'can someone explain chain rule derivatives?? calc 1 test friday'],
    [15, 'l', "Hi, I'm Hugo, a librarian at Ask Us, Allen County Public Library."],
    [21, 'l', 'Is it a particular kind of problem, like trig functions inside other functions?'],
    [50, 'p', 'yeah like sin(3x^2) stuff'],
    [171, 'l', 'For sin(3x^2) the derivative is cos(3x^2) times 6x: outside function differentiated, inside left alone, times the derivative of the inside. Tutor.com, free with your ACPL card at acpl.info/tutor, has calculus tutors live until midnight who can drill more of these with you.'],
    [177, 'l', 'Is that what you were looking for?'],
    [210, 'p', 'yes ok thanks'],
    [215, 'l', 'Anything else before your test?'],
    [230, 'p', 'no thats it'],
    [234, 'l', 'Good luck Friday, bye!'],
  ], usual({ informed: 'fail' })),

  // 07 final idle exactly 120 s, with a check-in
  s(IVY, '07 SAT math prep book: answer at 60, "Are you still there?" at 150, goodbye that invites back at 180 (final idle exactly 120 s)', [
    [0, 'p', 'need a good SAT math prep book, test in march'],
    [20, 'l', "Hello and thanks for reaching out! I'm Ivy, a librarian at Cuyahoga County Public Library."],
    [26, 'l', 'Are you after a full practice-test book, or one that reviews the math topics?'],
    [45, 'p', 'practice tests mostly'],
    [60, 'l', "The Official SAT Study Guide (College Board) has full practice tests; search 'official SAT study guide' in our catalog at cuyahogalibrary.org, several copies are on the shelf."],
    [66, 'l', 'Does that help?'],
    [150, 'l', 'Are you still there?'],
    [180, 'l', "I'll close this chat for now, but feel free to come back anytime. Bye!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 08 final idle 119 s, no check-in
  s(JESS, '08 free timed ACT math tests (chat-speak): answer at 51, goodbye at 170 with no check-in (final idle 119 s)', [
    [0, 'p', 'do u have anything for ACT math practice online?? free pls'],
    [14, 'l', 'hi! Jess w/ Ask a Librarian at Tulsa City-County Library here'],
    [19, 'l', 'r u wanting full timed practice tests or just math drills?'],
    [40, 'p', 'timed tests'],
    [51, 'l', 'LearningExpress Library has free timed ACT practice tests with scoring, under Test Prep at tulsalibrary.org/databases. log in w/ your library card'],
    [57, 'l', 'that work for you?'],
    [170, 'l', 'Thanks for chatting, good luck on the ACT!'],
  ], usual({ anything: 'fail' })),

  // 09 Spanish: check-in and notice, no goodbye, final idle exactly 180 s
  s(MARISOL, '09 práctica de matemáticas del GED (Spanish): "¿Sigue ahí?" at 150, "Parece que se desconectó. Voy a cerrar este chat." at the end (final idle exactly 180 s)', [
    [0, 'p', 'hola necesito ayuda para el examen de matematicas del GED, donde puedo practicar?'],
    [20, 'l', '¡Hola! Le atiende Marisol, bibliotecaria de la Biblioteca Pública de Houston.'],
    [26, 'l', '¿Prefiere practicar en español o en inglés?'],
    [55, 'p', 'en español porfa'],
    [62, 'l', 'El sitio oficial ged.com tiene una prueba de práctica de matemáticas en español, y en houstonlibrary.org (Learn & Explore > GED) hay libros de preparación en español para pedir prestados. ¿Le sirve?'],
    [150, 'l', '¿Sigue ahí?'],
    [242, 'l', 'Parece que se desconectó. Voy a cerrar este chat.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 0 }),

  // 10 one problem per chat, "Your time is up."
  s(KURT, '10 checking a stats worksheet: mean answered with mathsisfun.com, then "We only do one homework problem per chat … Your time is up." and "Bye."', [
    [0, 'p', 'can u check my answers for my stats homework, #1 mean of 4,8,15,16,23,42'],
    [30, 'l', 'Hi, this is Kurt at Ask a Librarian for Multnomah County Library.'],
    [36, 'l', 'Do you want the answer checked, or to see how to work it out?'],
    [60, 'p', 'both lol'],
    [66, 'l', 'Add them up (108) and divide by how many numbers there are (6): the mean is 18. Math is Fun explains mean, median and mode with examples at mathsisfun.com/mean.html. Did that help?'],
    [90, 'p', 'yes ok now 2-9 are median mode range variance std dev for the same numbers and a histogram'],
    [97, 'l', "We only do one homework problem per chat and you've used yours. Your time is up."],
    [110, 'p', 'wow ok'],
    [114, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 11 other patrons waiting, come back later (allowed)
  s(LARS, '11 capstone stats list: YRBS data at cdc.gov/yrbs, then "several other patrons waiting … Please log back on later"', [
    [0, 'p', 'hi! i have a bunch of stats questions for my capstone paper - regression, sample size, p values, how to report them in APA, and where to find datasets on teen sleep'],
    [25, 'l', "Welcome to Ask Us! I'm Lars, a librarian at Anne Arundel County Public Library."],
    [31, 'l', 'Which one is most urgent for you today?'],
    [60, 'p', 'finding a dataset first'],
    [66, 'l', "The CDC's Youth Risk Behavior Survey data is free to download and includes hours of sleep: cdc.gov/yrbs (Data & Documentation)."],
    [72, 'l', 'Is that the sort of dataset you need?'],
    [110, 'p', 'yes!! ok now the regression stuff'],
    [117, 'l', "I have several other patrons waiting right now, so I can't go through regression with you in this chat. Please log back on later and we can pick it up from there."],
    [140, 'p', 'ok'],
    [145, 'l', 'Thanks for understanding, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 12 a true Lost Call
  s(MARCUS, '12 standard deviation formula (Lost Call): greeting only, "Are you still there?" at 160, notice + invitation back at 260 (final idle 230 s)', [
    [0, 'p', 'what is the formula for standard deviation'],
    [30, 'l', 'Hello, this is Marcus at Ask a Librarian Delaware. How can I help?'],
    [160, 'l', 'Are you still there?'],
    [260, 'l', "It seems you've disconnected, so I'm ending the chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron lines
  s(NADIA, '13 books on math anxiety for a parent: Boaler and McKellar in fcpl.org, coded Lost Call after three patron lines, "ok"', [
    [0, 'p', 'my daughter freezes up on math tests, any books for parents on math anxiety?'],
    [28, 'l', "Hi, I'm Nadia at the Ask a Librarian desk, Frederick County Public Libraries."],
    [34, 'l', 'How old is she? The books for teens and for younger kids are pretty different.'],
    [70, 'p', '12, 7th grade'],
    [77, 'l', "Try 'Mathematical Mindsets' by Jo Boaler for you, and 'Math Doesn't Suck' by Danica McKellar for her; both are in our catalog at fcpl.org. Is that along the lines of what you wanted?"],
    [120, 'p', 'ok'],
    [125, 'l', 'Thank you, take care!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 14 Practice
  s(TRAINING, '14 training account testing a derivatives macro: coded Practice, every check na', [
    [0, 'p', 'test - practice chat, derivative of x^2?'],
    [10, 'l', 'hi this is the training acct, testing the math macro'],
    [16, 'l', 'Derivatives: khanacademy.org/math/calculus-1. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 15 no provider ever joined
  s(NOONE, '15 math tutor at the library tonight: no provider ever joined, "hellooo?", patron left, code null', [
    [0, 'p', 'is there a math tutor at the library tonight'],
    [90, 'p', 'hellooo?'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 16 follow-up by me: e-mail read back, "by Wednesday", done at 71 h
  s(OMAR, '16 Wilcoxon critical-value table from Siegel & Castellan (follow-up by me): e-mail typed and read back, "by Wednesday", done at 71 h', [
    [0, 'p', "I need the table of critical values for the Wilcoxon signed-rank test from Siegel & Castellan's Nonparametric Statistics (1988). My advisor wants me to cite that exact table"],
    [24, 'l', "Good morning! I'm Omar, a librarian with the Ask Us service of Montgomery County Public Libraries."],
    [30, 'l', 'Do you need a scan of the table page itself, or just the citation details?'],
    [75, 'p', 'a scan of the page would be best + citation'],
    [82, 'l', "'Nonparametric Statistics for the Behavioral Sciences', 2nd ed. (Siegel & Castellan, 1988) is in our catalog at mcpl.montgomerycountymd.gov, shelved in storage at Rockville. I can have the table page scanned and e-mailed to you. What e-mail should I use?"],
    [130, 'p', 'd.okafor.research@example.edu'],
    [136, 'l', "Thanks, d.okafor.research@example.edu. You'll get the scan by Wednesday."],
    [142, 'l', 'Does the catalog record cover the citation for now?'],
    [180, 'p', 'yes thanks, thats all'],
    [186, 'l', "You're welcome, thanks for using Ask Us!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 17 a promise to call back, phone read back, coded Answered
  s(PAM, '17 MCAP Algebra I formula sheet: "I\'ll keep looking and call you", "That\'s 301-555-0176, correct? … tomorrow afternoon", coded Answered', [
    [0, 'p', "my kid's algebra 1 end of course exam gives a formula sheet. is there a copy of the official one somewhere so we can practice with it"],
    [20, 'l', 'Hello! This is Pam, a librarian with AskUsNow! at Howard County Library System.'],
    [26, 'l', "Which state's exam is it, Maryland's MCAP Algebra I?"],
    [60, 'p', 'yes MCAP'],
    [66, 'l', 'Let me check.'],
    [140, 'l', "The Maryland State Department of Education posts MCAP practice materials at marylandpublicschools.org, but I can't find the Algebra I reference sheet there yet. I'll keep looking and call you with what I find. What's the best number?"],
    [190, 'p', '301-555-0176'],
    [196, 'l', "That's 301-555-0176, correct? I'll call you tomorrow afternoon."],
    [220, 'p', 'yes thank you!'],
    [226, 'l', 'Does the practice page help for now?'],
    [260, 'p', 'yes it does'],
    [265, 'l', 'Great, talk to you tomorrow, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 18 follow-up by the patron's library, no contact anywhere, done at 80 h
  s(QUENTIN, '18 Accuplacer math prep and testing (follow-up by patron\'s library): "someone from Calvert Library will contact you by Friday", no contact anywhere, done at 80 h', [
    [0, 'p', 'i need to take the accuplacer math placement test, does my library have prep books or a place to take it'],
    [30, 'l', 'Hi there, Quentin here at the Ask a Librarian service.'],
    [36, 'l', 'Which library system are you with?'],
    [70, 'p', 'Calvert library'],
    [76, 'l', "Accuplacer's free practice app and sample questions are at accuplacer.collegeboard.org (Students > Prepare for Accuplacer). Calvert's staff will know which branches proctor, so I'll pass your question on and someone from Calvert Library will contact you by Friday."],
    [82, 'l', 'Does the practice site help in the meantime?'],
    [120, 'p', 'sure'],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 follow-up by me, e-mail only in the patron field
  s(RUBY, '19 ACS bachelor\'s degree by Ohio county (follow-up by me): "e-mail it to the address you signed in with", e-mail only in patron.email, no time', [
    [0, 'p', "for my stats paper I need the 2019 and 2022 numbers for adults with a bachelor's degree by county in Ohio, can't find them"],
    [22, 'l', "Hello! You're chatting with Ruby, a librarian at Columbus Metropolitan Library."],
    [28, 'l', 'Do you need estimates for every county, or only a few?'],
    [60, 'p', 'all 88'],
    [66, 'l', "Those are in the American Community Survey 5-year estimates, table S1501, at data.census.gov. Pulling all 88 counties for both years takes a while, so I'll put them in a spreadsheet and e-mail it to the address you signed in with."],
    [72, 'l', 'Does the table number help you get started?'],
    [110, 'p', 'yes great thanks'],
    [116, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'r.patel@example.com', phone: null } }),

  // 20 partly Spanish: an announced transfer with an internal note
  s(KEN, '20 tutor de álgebra en español (partly Spanish): "Un momento, por favor, I\'m transferring you…", internal note why, Lupe asks the grade, Tutor.com', [
    [0, 'p', 'hola, mi hijo necesita un tutor de algebra que hable español, hay algo gratis?'],
    [25, 'l', 'Hi, this is Ken with Ask a Librarian at Dallas Public Library.'],
    [31, 'l', "Un momento, por favor. I'm transferring you to my colleague who speaks Spanish."],
    [34, 'i', 'Lupe, Spanish-speaking patron, needs free algebra tutoring in Spanish for her son. Can you take it?'],
    xfer(37, 'Lupe', 'lupe-m'),
    [80, 'l', '¡Hola! Soy Lupe, bibliotecaria de la Biblioteca Pública de Dallas. ¿En qué grado está su hijo?', as(LUPE)],
    [120, 'p', 'noveno grado, algebra 1'],
    [127, 'l', "Con su tarjeta de la biblioteca tiene Tutor.com gratis, con tutores en español de 1 a 11 pm: dallaslibrary.org/tutor. Elija 'Math' y luego 'Español'. ¿Es lo que buscaba?", as(LUPE)],
    [170, 'p', 'si perfecto, es todo gracias'],
    [176, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.', as(LUPE)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer, the receiver 140 s after the patron
  s(SAM, '21 two-way ANOVA interaction in SPSS: internal note only, silent transfer, Tess 140 s after the patron, Laerd Statistics', [
    [0, 'p', 'need help running a 2-way ANOVA in SPSS for my thesis, the output makes no sense'],
    [20, 'l', 'Hello, Sam at the Ask a Librarian chat for Broward County Library.'],
    [26, 'l', 'Which part of the output is confusing, the main effects or the interaction?'],
    [60, 'p', 'the interaction line and what partial eta squared means'],
    [66, 'i', 'Tess, grad-level SPSS ANOVA question, you know stats better. Taking it?'],
    xfer(70, 'Tess', 'tess-m'),
    [200, 'l', "Hi, Tess here, the library's data services librarian. The interaction row tells you whether the effect of one factor depends on the level of the other; partial eta squared is the share of variance that factor explains. Laerd Statistics has an annotated SPSS walkthrough: statistics.laerd.com/spss-tutorials/two-way-anova-using-spss-statistics.php", as(TESS)],
    [206, 'l', 'Did that clear it up?', as(TESS)],
    [250, 'p', 'yes a lot, thats all i needed'],
    [255, 'l', 'Great, thanks for chatting and good luck with the thesis!', as(TESS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 22 an announced transfer with no internal note
  s(URI, '22 registered nurses per state for a research paper: "I\'m transferring you to our business and data librarian", no internal note, BLS', [
    [0, 'p', 'Where can I find stats on how many nurses there are per state? For a research paper on the nursing shortage'],
    [18, 'l', "Hi! I'm Uri, a librarian at Ask Us Now."],
    [24, 'l', 'Do you need current counts, or a trend over several years?'],
    [55, 'p', 'current, and projections if possible'],
    [61, 'l', "I'm transferring you to our business and data librarian, who knows the labor statistics well. One moment."],
    xfer(64, 'Vera', 'vera-m'),
    [110, 'l', "Hello, Vera here. The Bureau of Labor Statistics' Occupational Employment and Wage Statistics have registered nurse counts by state at bls.gov/oes (occupation 29-1141), and the projections are in the Occupational Outlook Handbook at bls.gov/ooh.", as(VERA)],
    [116, 'l', 'Does that answer your question?', as(VERA)],
    [150, 'p', 'yes thank you'],
    [155, 'l', 'Anything else?', as(VERA)],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks for using Ask Us Now, bye!', as(VERA)],
  ], usual({ transfer: 'fail' })),

  // 23 four at once
  s(WENDY, '23 is Khan Academy free, for nursing-school algebra: three other chats open through this one (four at once)', [
    [0, 'p', 'is khan academy free or do i need the library for it'],
    [20, 'l', 'Hi, Wendy at Ask a Librarian, Orange County Library System.'],
    [26, 'l', 'Are you using it for yourself or for a student?'],
    [45, 'p', 'me, brushing up on algebra for nursing school'],
    [52, 'l', 'Khan Academy is free for everyone at khanacademy.org, no library card needed. Is that what you wanted to know?'],
    [80, 'p', 'yep thats all i needed'],
    [84, 'l', 'Good luck with nursing school, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wendy-m', -200, 300), other('w2', 'wendy-m', -30, 150), other('w3', 'wendy-m', 10, 400)],
  }),

  // 24 three at most, touching ends
  s(XAVIER, '24 Desmos or a real calculator for the state algebra test: one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'my teacher says use desmos for graphing but can i borrow an actual calculator for the test'],
    [15, 'l', 'Hey! Xavier from Ask Us at Arlington Public Library.'],
    [21, 'l', 'Is it a test where only approved calculators are allowed, like the SAT?'],
    [45, 'p', 'its the state algebra test, they let you use desmos on the computer'],
    [51, 'l', "Then you're set: Desmos's free test-mode calculator is at desmos.com/testing, the same one many state tests build in. Is that helpful?"],
    [80, 'p', 'oh nice yes'],
    [85, 'l', 'Anything else?'],
    [100, 'p', 'no thats it'],
    [104, 'l', 'Thanks and good luck!'],
  ], usual(), {}, {
    otherIntervals: [other('x1', 'xavier-m', -300, 0), other('x2', 'xavier-m', -50, 200), other('x3', 'xavier-m', 40, 500), other('x4', 'xavier-m', 109, 600)],
  }),

  // 25 a referral with a phone number
  s(YARA, '25 back to school at 45, scared of placement math: the college Math Center "call them at 520-555-0143", Tobias in library.pima.gov', [
    [0, 'p', 'im going back to school at 45 and terrified of the math placement test. is there anywhere to get in-person help'],
    [26, 'l', "Hello, and good for you! I'm Yara, a librarian at Ask a Librarian, Pima County Public Library."],
    [32, 'l', 'Which college will you be attending?'],
    [60, 'p', 'pima community college downtown'],
    [67, 'l', "Pima Community College's Math Center has free drop-in tutoring for new students; call them at 520-555-0143 to check the hours for placement prep. For the nerves, 'Overcoming Math Anxiety' by Sheila Tobias is in our catalog at library.pima.gov."],
    [73, 'l', 'Does that help?'],
    [110, 'p', 'so much. thats everything, thank you'],
    [116, 'l', "You've got this! Thanks for chatting."],
  ], usual({ referral: 'pass' })),

  // 26 a referral to the library's own homework center, no contact
  s(ZACK, '26 8th-grade fractions and percents: "Stop by the Homework Help Center on the second floor of the Bel Air Branch" (no contact), IXL via hcplonline.org/ixl', [
    [0, 'p', 'my 8th grader needs help with fractions and percents, do you have anything in person'],
    [30, 'l', 'Good evening! This is Zack from Ask Us at Harford County Public Library.'],
    [36, 'l', 'Is he more comfortable with a person, or would online practice work too?'],
    [70, 'p', 'person def'],
    [76, 'l', "Stop by the Homework Help Center on the second floor of the Bel Air Branch any weekday after school; volunteer tutors work with middle schoolers on exactly this. For practice at home, IXL's fraction skills are free through hcplonline.org/ixl."],
    [82, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'ok thanks'],
    [125, 'l', 'Anything else tonight?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ referral: 'fail' })),

  // 27 the patron has the last word
  s(ABBY, '27 compound interest formula for finance math: A = P(1 + r/n)^(nt), khanacademy.org, patron "yes thats all i needed!! 🙏" last, no goodbye', [
    [0, 'p', 'whats the formula for compound interest, for my finance math class'],
    [20, 'l', 'Hi! This is Abby, a librarian with Ask a Librarian at San Antonio Public Library.'],
    [26, 'l', 'Is it interest compounded a set number of times a year, or continuously?'],
    [50, 'p', 'monthly'],
    [56, 'l', "A = P(1 + r/n)^(nt), with n = 12 for monthly. Khan Academy's compound interest lesson has worked examples: khanacademy.org (search 'compound interest formula')."],
    [62, 'l', 'Did that help?'],
    [100, 'p', 'yes thats all i needed!! 🙏'],
  ], usual({ courteous: 'fail' })),

  // 28 worked answer, no source
  s(BEN, '28 median of an even set: worked out in the chat (9 and 12 averaged), no source, "Did that help?"', [
    [0, 'p', "hw question: how do you find the median if there's an even number of values"],
    [20, 'l', "Hi there, Ben at Ask Us Now, Prince George's County Memorial Library System."],
    [26, 'l', 'Do you have the set of numbers handy?'],
    [50, 'p', '3, 7, 9, 12, 20, 25'],
    [56, 'l', 'Put them in order (they already are), take the two in the middle (9 and 12) and average them: (9 + 12) / 2 = 10.5.'],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'yes thanks'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no'],
    [114, 'l', 'Bye, thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 29 source before the question; a notice with thanks but no check-in (final idle 200 s)
  s(CLEO, '29 AP Calc formula sheet: apcentral.collegeboard.org given before "Is this for AB or BC?", then "Looks like you\'ve disconnected … Thanks" at 270 with no check-in', [
    [0, 'p', 'wheres the formula sheet for AP calc'],
    [18, 'l', 'Hi, Cleo at Ask a Librarian, Fairfax County Public Library.'],
    [23, 'l', "AP Calculus doesn't come with a formula sheet, but the College Board's course pages at apcentral.collegeboard.org list every formula you're expected to know."],
    [29, 'l', 'Is this for AB or BC?'],
    [60, 'p', 'BC. which one do i click'],
    [70, 'l', "Pick AP Calculus BC, then 'Course and Exam Description'; the PDF goes unit by unit. Did that work?"],
    [270, 'l', "Looks like you've disconnected, so I'm closing this chat. Thanks for contacting Ask a Librarian!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 30 Spanish; pickedUpAt 45 s, first line at 130
  s(LUCIA, '30 población latina por condado en Texas (Spanish): pickedUpAt 45 s, first line at 130, tabla B03003 en data.census.gov, "eso es todo"', [
    [0, 'p', 'hola! necesito estadisticas sobre cuantos latinos hay en Texas para mi trabajo de investigacion de la universidad'],
    [130, 'l', '¡Buenas tardes! Habla Lucía, bibliotecaria del servicio Pregúntale al Bibliotecario de la Biblioteca Pública de San Antonio.'],
    [136, 'l', '¿Necesita los datos de todo el estado o por condado?'],
    [170, 'p', 'por condado si se puede'],
    [176, 'l', "En data.census.gov busque la tabla B03003 (Hispanic or Latino Origin) y elija 'County' dentro de Texas; son las estimaciones de 5 años de la American Community Survey. ¿Le sirve esto?"],
    [220, 'p', 'si, eso es todo. mil gracias 🙏'],
    [226, 'l', '¡Con mucho gusto! Vuelva cuando quiera.'],
  ], usual(), { pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MATH.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-ninth round: math homework and statistics help, checked', () => {
  describeSessions('whole sessions', MATH.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MATH.filter((c) => c.name in LEFT_WHY));
});
