/**
 * Forty-ninth round, theme TEST PREPARATION AND ADULT EDUCATION, checked: 42 whole sessions no one had written, from public,
 * college and statewide "ask a librarian" chats: GED (math retakes, vouchers, reading level first, "is a GED a diploma"), HiSET
 * (at home, Montana fees, vs GED), GED en español, the citizenship civics test (2008 vs 2020 version, a quiz the night before,
 * classes, in Spanish), driver's permit and road tests (Ohio, New Jersey, Maryland, Georgia in Spanish, NY motorcycle, PA CDL
 * Class A), SAT / ACT / ACT Science / Praxis Core / TOEFL / TABE / postal exam 474 / ASVAB, nursing and health licensing
 * (NCLEX-RN and -PN, CNA, ATI TEAS, PTCE) and trade licensing (Texas journeyman electrician, NC real estate, California
 * cosmetology in Spanish), ESL classes (for a mother, evening intermediate, a sign-up) and exam proctoring. Patrons anxious,
 * on phones, in chat-speak and Spanish; providers polite and curt, good and poor practice. Every one of the 17 checks labelled
 * in every session from RUBRIC.md before it was run (three batches, each copied aside before its first run:
 * /tmp/examsChecked-labels.ts, -batch2.ts, -batch3.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 25 s pickup; "hi" + "what state r u in?" under the screen name "Ref Desk" (greeting fails);
 *   "Hello!" + "This is Moe at …" split (31) and "Good morning!" + "I'm Hal …" split (38) (pass); "Good afternoon!" + a
 *   question, the name only in the third line (32, fail); "Welcome to Ask a Librarian!" + a question (36); Spanish "Le atiende
 *   Lucía, bibliotecaria de …", "Soy Juan …", "Soy Xavi …" with the question in the same line; chat-speak "hey there! Teo here,
 *   librarian w/ Ask NY Libraries"; `pickedUpAt` 75 s with the first line at 80 (22, fail); no provider ever joins (21);
 *  inquiry: state, county, class, level, edition, test version (N-400 date), format, home library and exam date, the program on
 *   a letter; "When is your test date?" asked only after the first source (23, fail);
 *  waits: holds of 74-94 s; "let me check our catalog" then 164 s (04); "brb lemme look" then 135 s (33); "Good question! Give
 *   me two shakes." then 130 s (40); holds every ~100 s in Spanish ("Un momento", "Sigo buscando", "Ya casi", 29); a partial
 *   result that says the search goes on (05); an internal note + silent transfer, the receiver's first line 145 s after the
 *   patron (10); "No problem, take your time." before a 304 s patron absence (26, waiting on the patron); the patron's last
 *   question left unanswered 300 s (31, an open span at the end);
 *  endings: a check-in ("¿Sigue ahí?") and nothing more, idle 165 s (16); a check-in and a notice with no goodbye, idle 219 s
 *   (17); one line that checks in and gives notice, idle 274 s (36); a goodbye 200 s after the answer with nothing between (18);
 *   "u still w/ me?" then "gonna close this one out. come back anytime!" (41: notice fails); a plain greeting, check-in and a
 *   notice that invites back in a Lost Call (08); the patron with the last word (03, 28, 31); "your time is up, so I'm ending
 *   the chat here" (06), "Ya se le acabó el tiempo y tengo que cerrar el chat" (34), "I've got a line of people. bye" (42):
 *   dismissals; "several other patrons waiting … Please chat back in later" (27, allowed); patron-side "thats all i needed",
 *   "That is all", "eso es todo", "es todo", "thats everything", "no more questions", "im good, thats all i had", "that'll do
 *   it, ty"; "k thx", "ok", "ya", "nah"/"no"/"nope" (the last after "anything else?");
 *  sources: state agency and test-maker URLs, library database paths, catalogue + book titles, Libby; none at all (24, an answer
 *   from memory); a class sign-up with the patron's e-mail read back and no source (39, LEFT); a proctoring follow-up with the
 *   patron's phone read back and no source (11, LEFT);
 *  referrals: the library's own citizenship class by phone in Spanish (02); the MVA, the state adult ed office, WorkSource and a
 *   branch by phone; the Literacy Council by e-mail and phone after a transfer (37); a community college's Adult Learning Center
 *   "go there and ask" (07, no contact); "stop by the Adult Literacy office on our second floor" (32, no contact); branch staff
 *   who will call the patron (11) and a question passed on to the branch (14) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done 30 h (05); FU_LIB, phone read back, no time, not
 *   done by day 5 (11); a promise to e-mail "by tomorrow" coded Answered (12: code fails, on_time pending); FU_ME, the account
 *   e-mail read back, "within 72 hours", done after 90 h (13); FU_LIB with no contact anywhere (14: code and contact fail,
 *   pending); FU_ME by text message, phone read back, "Thursday evening", done 56 h (35);
 *  codes: Lost Call with one patron line (08) and with two (21, fails); an empty code (20); Practice (19);
 *  transfers: notice + note (09, 37: pass); note only, silent (10: fail);
 *  concurrency: 4 at once (15); the receiving librarian at 4 during her part (37); the transferring provider at 3 over his part,
 *   with others starting at and after the transfer second (09); others ending exactly at the start and starting exactly at the
 *   end (30).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "You are welcome! Have a good evening." (12), "Take care!" (24), "You're welcome, take care!" (13), "Good luck … Bye for
 *   now." and "np, ride safe! bye" say goodbye; "Thanks for waiting! …" at the head of the answer (28) thanks the patron, so
 *   closing.courteous passes with the patron's line last;
 * - "That is all, thank you.", "eso es todo", "es todo", "im good, thats all i had" and "that'll do it, ty" say explicitly that
 *   the patron is done; "k thx", "ok", "ya", "yes thanks" do not;
 * - a library programme pointed to by a page ("registration is at lakeviewlibrary.org/events", 04; "see colemanlibrary.org/
 *   adulted", 26) is a source, not a referral: no one is to be contacted or visited; "Para inscribirse, llame al 555-0187 o pase
 *   por el mostrador de información" (02) tells the patron to call or visit the library's own desk: a referral, reached by phone;
 * - "she can go there and ask to sign up" at the community college (07) and "stop by the Adult Literacy office on our second
 *   floor" (32) are referrals with no e-mail, phone, postal address or URL of their own (the Mango and database URLs in the same
 *   lines belong to those resources); a floor is no postal address;
 * - "I can have Grove City staff contact you" (11) and "I'll pass your question to them and someone will get back to you" (14)
 *   tell the patron to contact no one: no referral, but follow-up promises; "Someone from Grove City will call you" gives no when;
 * - "Still checking on the question banks. Meanwhile, the catalog shows …" (05) is a partial result that says the search goes
 *   on (a hold); "brb lemme look" and "Good question! Give me two shakes." announce a wait (holds);
 * - followup.completeness (24): the answer from memory is "the first message that gives a source or answer", so "Does that
 *   answer your question?" after it passes although info.source fails;
 * - a plain greeting to a patron already gone is not a substantive exchange (08); the final idle runs from it (the first
 *   non-hold provider line after the patron's only line) to the notice that invites back (a goodbye): 190 s;
 * - a session with no provider line has "no provider joined" although the transcript names a provider (21: concurrency na);
 * - "Are you still there? It looks like you may have disconnected, so I'll close this chat in a minute …" (36) is both the
 *   check-in and the notice, and (asking whether the patron is there) no goodbye;
 * - "gonna close this one out. come back anytime!" (41) invites back (a goodbye) but does not say the patron seems to have
 *   disconnected: the notice fails;
 * - "I've got a line of people. bye" (42) ends the help for other patrons with no way back: a dismissal (the allowed form
 *   needs the invitation to come back); "Ya se le acabó el tiempo" (34) is "your time is up";
 * - concurrency in transfers: Ken judged over [0, 95), so his chats starting at the transfer second (95) and after it do not
 *   count (09); Mae over [84, 211), four at once from 120 s (37).
 *
 * COUNTS. Written: 42 whole sessions in three batches (32 + 6 + 4), all 17 statuses labelled in each before its batch's first
 * run (each batch copied aside first). First run as labelled / disagreeing: 40 / 2 (batch 1: 31 / 1, batch 2: 6 / 0, batch 3:
 * 3 / 1). Label corrections: 0.
 * Final: 40 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - info.source, case 11: the provider reading back the patron's own phone ("614-555-0143, thanks.") read as a source (pass;
 *    RUBRIC fail: a phone counts only as "an e-mail or phone contact for a referral");
 *  - info.source, case 39: the provider reading back the patron's own e-mail ("lin.w@example.com — you're on the list …") read
 *    as a source (pass; RUBRIC fail, same term).
 * Every timing check (pickup with and without `pickedUpAt` and with no provider, keep_informed across holds in English,
 * chat-speak and Spanish, an internal note and a silent transfer, an open span at the end, idle and disconnect spans of 165,
 * 185, 190, 200, 219 and 274 s, concurrency at touching ends and split at transfers, on_time done / late / pending / overdue)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 42 tests passed (2 through describeLeft).
 *
 * Labelled and run on rubric v47 (the scorer's default, `currentRubric`).
 * ON v48 (block N, `forty-ninth-round-n-checked`): 42 running, 0 LEFT. N2 reads both read-backs of the patron's own phone and
 * e-mail (11, 39) as no source.
 */
import { describe } from 'vitest';
import { ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, usual, T0 } from './helpers';
import { as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA = P('priya', 'Priya', 'MPL');
const LUCIA = P('lucia', 'Lucía', 'RPL');
const REFDESK = P('refdesk-ccl', 'Ref Desk', 'CCL');
const MARCUS = P('marcus', 'Marcus', 'LVL');
const DANA = P('dana-h', 'Dana', 'CCOL');
const RAY = P('ray', 'Ray', 'AUN');
const TOM = P('tom', 'Tom', 'BPL');
const ANA = P('ana', 'Ana', 'AUN');
const KEN = P('ken', 'Ken', 'TXSH');
const LIN = P('lin', 'Lin W.', 'APL');
const NIA = P('nia', 'Nia', 'HCL');
const OMAR = P('omar', 'Omar', 'HCL');
const WES = P('wes', 'Wes', 'OHLIB');
const GRACE = P('grace', 'Grace', 'EPL');
const BETH = P('beth', 'Beth', 'FCL');
const SAM = P('sam', 'Sam', 'WGL');
const HOLLY = P('holly', 'Holly', 'PCL');
const JUAN = P('juan', 'Juan', 'GALIB');
const PAT = P('pat', 'Pat', 'DCL');
const KIM = P('kim', 'Kim', 'FLL');
const TRAINER = P('trainer-e', 'Training Account', 'TRN');
const PEG = P('peg', 'Peg', 'NHSL');
const NOBODY = P('queue-only', 'Ask Us queue', 'SAT');
const ELLA = P('ella', 'Ella', 'NJL');
const OSCAR = P('oscar', 'Oscar', 'BSL');
const QUIN = P('quin', 'Quin', 'MBL');
const RHEA = P('rhea', 'Rhea', 'AUN');
const VIC = P('vic', 'Vic', 'CPL');
const ZOE = P('zoe', 'Zoe', 'LCL');
const IVY = P('ivy', 'Ivy', 'CFPL');
const XAVI = P('xavi', 'Xavi', 'KCL');
const YARA = P('yara', 'Yara', 'GPL');
const MOE = P('moe', 'Moe', 'FXPL');
const NED = P('ned-b', 'Ned B.', 'RWL');
const TEO = P('teo', 'Teo', 'NYL');
const LETI = P('leti', 'Leti', 'SAPL');
const ROWAN = P('rowan', 'Rowan', 'SCPL');
const FAYE = P('faye', 'Ask a Librarian', 'WCPL');
const GUS = P('gus', 'Gus', 'AUN');
const MAE = P('mae', 'Mae', 'FCPL');
const HAL = P('hal', 'Hal', 'LKPL');
const UNA = P('una', 'Una', 'HPL');
const ABEL = P('abel', 'Abel', 'MTL');
const CY = P('cy', 'Cy', 'TTL');
const DEB = P('deb', 'Deb', 'RVL');

export const examsChecked: SessionCase[] = [
  // 01 GED math, a clean session
  s(PRIYA, '01 GED math practice: queue line, GED vs HiSET asked, hold 74 s, LearningExpress URL, "thats all i needed"', [
    [0, 'p', 'hi do u have GED practice tests?? i keep failing the math part'],
    queue(2),
    [25, 'l', 'Hi! This is Priya at Ask a Librarian, Mapleton Public Library. Sorry the math has been rough, we can work on that.'],
    [31, 'l', 'Are you studying for the GED itself, or the HiSET? Some people around here take the HiSET instead.'],
    [70, 'p', 'GED. i took it twice. got 138 both times need 145'],
    [76, 'l', 'Ok, one sec, pulling up our test prep databases.'],
    [150, 'l', "Our LearningExpress Library database has full GED Math practice tests with an explanation for every answer: mapletonlibrary.org/learningexpress (log in with your library card number). GED.com also has free sample questions, and the paid GED Ready test tells you if you're likely to pass."],
    [155, 'l', 'Does that help?'],
    [200, 'p', 'yes omg thank u. thats all i needed'],
    [206, 'l', "Good luck, you've got this! Thanks for chatting with us."],
  ], usual()),

  // 02 citizenship (Spanish): USCIS page and the library's class by phone
  s(LUCIA, '02 citizenship civics in Spanish: USCIS study page, the library\'s Saturday class "llame al 555-0187", "eso es todo"', [
    [0, 'p', 'hola, necesito estudiar para el examen de ciudadania pero mi ingles no es muy bueno'],
    [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de Riverside. Con gusto le ayudo.'],
    [36, 'l', '¿Ya tiene fecha para la entrevista? ¿Y prefiere estudiar en línea o en una clase?'],
    [95, 'p', 'en junio. clase mejor, en linea tambien'],
    [101, 'l', 'Un momento, reviso el calendario de clases.'],
    [180, 'l', 'USCIS tiene las 100 preguntas de civismo con audio y tarjetas para practicar en uscis.gov/es/ciudadania/encontrar-materiales-de-estudio-y-recursos. Además, la biblioteca ofrece una clase gratuita de ciudadanía los sábados a las 10 en la Biblioteca Central. Para inscribirse, llame al 555-0187 o pase por el mostrador de información.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si muchas gracias!! eso es todo'],
    [246, 'l', '¡Mucha suerte en su entrevista! Gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 03 permit test, curt provider under a screen name
  s(REFDESK, '03 Ohio permit test (chat-speak): "hi" + "what state r u in?" under a screen name, BMV URL, "k thx" last', [
    [0, 'p', 'how many questions r on the permit test'],
    [45, 'l', 'hi'],
    [52, 'l', 'what state r u in?'],
    [70, 'p', 'ohio'],
    [95, 'l', '40 questions, u need 30 right. the BMV digest + a practice test r at bmv.ohio.gov/dl-gdl.aspx'],
    [120, 'p', 'k thx'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),

  // 04 SAT prep for a son: the hold runs 164 s
  s(MARCUS, '04 SAT prep for a son: "let me check our catalog" then 164 s, book + Khan + workshop URLs, "That is all"', [
    [0, 'p', 'Hello, my son is taking the SAT in March. Does the library have free prep books or classes?'],
    [30, 'l', "Good evening, you've reached Marcus at the Lakeview Library Ask Us chat."],
    [36, 'l', 'Is he looking for practice tests to work through on his own, or a class with an instructor?'],
    [80, 'p', 'both honestly, whatever is free'],
    [86, 'l', 'Great, let me check our catalog and the events calendar.'],
    [250, 'l', 'We have "The Official Digital SAT Study Guide" at all branches; search it in the catalog at lakeviewlibrary.org/catalog and place a hold. Khan Academy\'s Official Digital SAT Prep is free at khanacademy.org/digital-sat. Our Teen Center also runs a free SAT prep workshop on Saturdays in March; registration is at lakeviewlibrary.org/events.'],
    [256, 'l', 'Is that the kind of thing you were hoping for?'],
    [310, 'p', 'Yes. That is all, thank you.'],
    [316, 'l', "You're welcome, good luck to him — bye!"],
  ], usual({ informed: 'fail' })),

  // 05 NCLEX question banks: follow-up by me, e-mail typed and read back, "by Thursday afternoon", done in 30 h
  s(DANA, '05 NCLEX-RN question banks (follow-up by me): partial result that searches on, e-mail read back, "by Thursday afternoon", done 30 h', [
    [0, 'p', 'hi, I just graduated nursing school and need NCLEX prep. my school access to question banks ended'],
    [20, 'l', "Hello! I'm Dana, a health sciences librarian at Crestwood College Library. Congrats on graduating!"],
    [27, 'l', 'Is it the NCLEX-RN or PN, and are you after practice question banks, review books, or both?'],
    [100, 'p', 'RN. question banks mostly, books are ok too'],
    [108, 'l', 'Let me check what alumni can get into.'],
    [200, 'l', 'Still checking on the question banks. Meanwhile, the catalog (library.crestwood.edu/catalog) shows Saunders Comprehensive Review for the NCLEX-RN Examination, 9th edition, on the Health Sciences reserve shelf.'],
    [290, 'l', "Alumni access to the question bank depends on our license, and the e-resources librarian who knows is out today. Could I e-mail you what I find out? What's the best address?"],
    [330, 'p', 'sure its maya.j@example.com'],
    [336, 'l', "Got it, maya.j@example.com. You'll have an answer from me by Thursday afternoon."],
    [342, 'l', 'Does the Saunders book help in the meantime?'],
    [380, 'p', 'yes ty!'],
    [385, 'l', 'Anything else I can help with today?'],
    [410, 'p', 'no thats it'],
    [415, 'l', 'Thanks for chatting, and good luck on the NCLEX!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(415 + 30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 06 citizenship quiz cut off: "your time is up"
  s(RAY, '06 citizenship interview tomorrow: 2008 vs 2020 test asked, USCIS URL, a quiz, then "your time is up, so I\'m ending the chat" + "Bye."', [
    [0, 'p', 'my citizenship interview is tomorrow and im so nervous. where can i find the questions'],
    [18, 'l', "Hi, this is Ray with Ask Us Now, Maryland's statewide library chat."],
    [24, 'l', 'Do you know if you filed your N-400 before or after December 1, 2020? That decides which version of the civics test you get.'],
    [80, 'p', 'before i think, 2019'],
    [86, 'l', 'Then you will get the 2008 civics test, the 100 questions. USCIS has them with audio and flash cards at uscis.gov/citizenship/find-study-materials-and-resources.'],
    [90, 'l', 'Did that help?'],
    [140, 'p', 'yes!! can u quiz me? like ask me the questions'],
    [146, 'l', 'Sure. What is the supreme law of the land?'],
    [170, 'p', 'the constitution'],
    [175, 'l', 'Right! Who was the first President?'],
    [200, 'p', 'george washington'],
    [205, 'l', "Correct. Sorry, we don't do quizzes on chat and your time is up, so I'm ending the chat here."],
    [210, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 07 ESL for a mother: the community college named with no contact
  s(TOM, '07 ESL for a Spanish-speaking mother: "go there and ask" at the community college (no contact), Mango URL', [
    [0, 'p', 'hola, my mother need English class. she only speak spanish. where can she go?'],
    [22, 'l', "Hi, welcome to Ask Us! My name is Tom, I'm a librarian at Bellport Public Library."],
    [28, 'l', 'Is she looking for a class in person or online? And what town does she live in?'],
    [75, 'p', 'in person. Bellport. she dont drive'],
    [81, 'l', 'Let me see what is close to her.'],
    [170, 'l', 'For a full ESL course with levels, the best option is the Adult Learning Center at Bellport Community College — she can go there and ask to sign up for their free ESL program. To practise at home, our library card gives free access to Mango Languages (English for Spanish speakers) at bellportlibrary.org/mango.'],
    [176, 'l', 'Would that work for her?'],
    [230, 'p', 'ok thank you so much'],
    [236, 'l', 'Anything else I can help you with?'],
    [260, 'p', 'no'],
    [266, 'l', 'Thank you for using Ask Us, have a great day!'],
  ], usual({ referral: 'fail' })),

  // 08 a true Lost Call with a check-in and a notice that invites back
  s(ANA, '08 HiSET vs GED, patron gone at 20 s: plain greeting at 50, "still there?" at 175, notice + invitation back at 240 (Lost Call)', [
    [0, 'p', 'is the hiset harder than the ged'],
    left(20),
    [50, 'l', 'Hello! This is Ana with Ask Maryland Libraries.'],
    [175, 'l', 'Hi, are you still there?'],
    [240, 'l', "It seems you may have disconnected, so I'm going to end this session. Feel free to chat back anytime!"],
  ], usual({
    informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass',
  }), { resolutionCode: 'Lost Call' }),

  // 09 electrician exam: transfer with a notice and a note; each provider at 3 over their own part
  s(KEN, '09 TX journeyman electrician: notice + note + transfer to the careers librarian; Ken at 3 before the transfer, 4 only after it', [
    [0, 'p', 'need study stuff for the journeyman electrician exam in texas'],
    [28, 'l', 'Hi there, Ken with the TexShare Ask a Librarian service.'],
    [33, 'l', 'Is it the TDLR journeyman exam, and are you after books, practice tests, or both?'],
    [70, 'p', 'yes tdlr. both'],
    [85, 'l', "We have a careers librarian on right now who knows the licensing materials well, so I'm transferring you to her. One moment."],
    [90, 'i', 'Lin: pt studying for TX journeyman electrician exam (TDLR), wants books + practice tests. Careers q, yours?'],
    xfer(95, 'Lin W.', 'lin'),
    [140, 'l', "Hi, I'm Lin, the careers librarian. Thanks for waiting!", as(LIN)],
    [146, 'l', 'Give me a sec to pull up the candidate info.', as(LIN)],
    [240, 'l', 'The exam is given by PSI; the candidate bulletin with the list of code books you may bring is linked from tdlr.texas.gov/electricians. For practice exams, the Testing & Education Reference Center database (austinlibrary.org/databases, sign in with your card) has electrician tests, and the catalog has "Journeyman Electrician\'s Exam Workbook" by Tom Henry and "Ugly\'s Electrical References."', as(LIN)],
    [246, 'l', 'Does that cover it?', as(LIN)],
    [300, 'p', 'ya this is great. thats everything'],
    [306, 'l', 'Good luck on the exam! Thanks for chatting.', as(LIN)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('k1', 'ken', -300, 500), other('k2', 'ken', -100, 90), other('k3', 'ken', 95, 800), other('k4', 'ken', 100, 600),
      other('l1', 'lin', -200, 1000), other('l2', 'lin', -50, 95),
    ],
  }),

  // 10 CDL permit: silent transfer, the patron waits 145 s
  s(NIA, '10 PA CDL Class A permit: an internal note only, silent transfer, receiver\'s first line 145 s after the patron', [
    [0, 'p', 'Hi I need to get my CDL permit, what do i study'],
    [25, 'l', "Hello, you've reached Nia at Ask a Librarian, Harbor County Library."],
    [30, 'l', 'Which state will you test in, and is it Class A or B?'],
    [60, 'p', 'pennsylvania class A'],
    [70, 'i', 'Omar can you take this one, PA CDL permit, you did one last week'],
    xfer(75, 'Omar', 'omar'),
    [205, 'l', "Hi, Omar here from Harbor County Library! PennDOT's Commercial Driver's Manual is the study guide: dmv.pa.gov has it under Driver Services > CDL, as a free PDF. For the Class A permit you take the General Knowledge, Air Brakes and Combination Vehicles tests.", as(OMAR)],
    [211, 'l', 'Did that answer your question?', as(OMAR)],
    [250, 'p', 'yes thanks'],
    [255, 'l', 'Anything else?', as(OMAR)],
    [270, 'p', 'nope'],
    [275, 'l', 'Drive safe, and thanks for contacting us!', as(OMAR)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 11 proctoring: follow-up by the patron's library, phone read back, no time, never done
  s(WES, '11 exam proctor at a branch (follow-up by patron\'s library): phone read back, "Someone … will call you" (no time), not done by day 5', [
    [0, 'p', 'does the library proctor exams? my online class says i need a proctor for my final'],
    [35, 'l', "Hi! I'm Wes, a librarian at Ask Ohio Libraries."],
    [41, 'l', 'Which library do you usually use, and when is the exam?'],
    [90, 'p', 'Grove City branch. exam has to be done by the 20th'],
    [96, 'l', "Proctoring is set by each branch, and I can't see Grove City's schedule from here. I can have Grove City staff contact you to set it up. What phone number is best?"],
    [150, 'p', '614-555-0143'],
    [156, 'l', '614-555-0143, thanks. Someone from Grove City will call you.'],
    [162, 'l', 'Is there anything else I can help with?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Thanks for chatting, good luck on the final!'],
  ], usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 12 evening ESL: a promise "by tomorrow" coded Answered
  s(GRACE, '12 evening ESL classes: "I\'ll … e-mail it to you by tomorrow", e-mail read back, coded Answered (code fails, on_time pending)', [
    [0, 'p', 'Hello. I am looking for ESL classes for adults, evening, near Eastfield. I work days.'],
    [40, 'l', 'Good afternoon! Grace here, a librarian with Eastfield Public Library.'],
    [46, 'l', 'Which level are you looking for, beginner or intermediate? And do you prefer in person or online?'],
    [110, 'p', 'intermediate. in person'],
    [116, 'l', "One moment, I'll check."],
    [200, 'l', "Our own ESL classes are on eastfieldlibrary.org/adult-learning, but the evening intermediate ones for spring aren't posted yet. I'll find out the schedule from our adult learning coordinator and e-mail it to you by tomorrow. What's your e-mail?"],
    [260, 'p', 'tran.h@example.com'],
    [266, 'l', 'Thanks, tran.h@example.com. Does the page help for now?'],
    [300, 'p', 'yes, thank you'],
    [305, 'l', 'Anything else today?'],
    [330, 'p', 'No. Thank you very much.'],
    [335, 'l', 'You are welcome! Have a good evening.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 CNA test sites: follow-up by me, the account e-mail read back, "within 72 hours", done after 90 h
  s(BETH, '13 WV CNA test sites (follow-up by me): account e-mail read back, "within 72 hours", done after 90 h', [
    [0, 'p', 'hi i need to take the CNA state test. where are testing sites near me? also is there a practice written test'],
    [30, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Beth at Fairmont County Library.'],
    [36, 'l', 'What state and county are you in?'],
    [70, 'p', 'WV, marion county'],
    [76, 'l', 'Let me look that up.'],
    [170, 'l', "WV's nurse aide exam is run by Credentia; the candidate handbook with a practice written test is at credentia.com/test-takers/wv. Their site list changes monthly, so I'd like to put together the current sites within driving distance and e-mail them to you within 72 hours. Is jkim@example.com, the address on your library account, still good?"],
    [220, 'p', 'yes thats fine'],
    [226, 'l', 'Great. Does the handbook help for now?'],
    [260, 'p', 'yes'],
    [266, 'l', 'Anything else?'],
    [290, 'p', 'no thank you!!'],
    [296, 'l', "You're welcome, take care!"],
  ], usual({ contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, patron: { name: 'J. Kim', email: 'jkim@example.com', phone: null }, followUps: [{ doneAt: at(296 + 90 * HOUR) }],
  }, { now: T0 + 6 * DAY }),

  // 14 TOEFL in a study room: coded Follow-up by patron's library with no contact anywhere
  s(SAM, '14 TOEFL Home Edition in a study room: "someone will get back to you", FU_LIB with no contact known, "ok"/"ya" only', [
    [0, 'p', 'is there a TOEFL testing center in the library? need to take it for my nursing program'],
    [15, 'l', "Hi, I'm Sam, a librarian at Westgate Library."],
    [20, 'l', 'Do you mean the TOEFL iBT at a test center, or the Home Edition you take on your own computer?'],
    [60, 'p', 'test center. or can i take the home one in a library study room?'],
    [66, 'l', "Good question. ETS lists the test centers at ets.org/toefl (Test Takers > Register > Find a test center). Whether our study rooms meet the Home Edition rules is up to the branch, so I'll pass your question to them and someone will get back to you."],
    [120, 'p', 'ok'],
    [126, 'l', 'Did the ETS page help?'],
    [160, 'p', 'ya'],
    [165, 'l', 'Thank you for chatting with us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 15 SAT or ACT: four open at once
  s(HOLLY, '15 SAT or ACT for a junior: catalog book + two free practice tests; Holly has 3 others open at once (4)', [
    [0, 'p', 'whats the difference between the SAT and ACT, which one should my daughter take'],
    [40, 'l', 'Hi! Holly here, at Ask Us at Pine County Library.'],
    [45, 'l', 'Does she already know which colleges she is applying to? Some have preferences.'],
    [100, 'p', 'not yet, shes a junior'],
    [106, 'l', 'Most colleges accept either one. The Princeton Review\'s "ACT or SAT?" book compares the two and has a diagnostic test; it\'s in our catalog at pinecountylibrary.org. She could also take a free practice test of each (collegeboard.org and act.org) and see which score is higher.'],
    [112, 'l', 'Does that help?'],
    [150, 'p', 'yes thank you. that is all'],
    [155, 'l', 'Thanks for chatting, good luck to her!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('h1', 'holly', -600, 300), other('h2', 'holly', -100, 200), other('h3', 'holly', 20, 500)],
  }),

  // 16 Georgia driver manual in Spanish: final idle 165 s, a check-in only
  s(JUAN, '16 Georgia driver manual in Spanish: answer at 100, "¿Sigue ahí?" at 230, ends at 265 (idle 165 s, no goodbye)', [
    [0, 'p', 'hay manual de manejo en español para el examen del permiso? estoy en Georgia'],
    [20, 'l', '¡Hola! Soy Juan, bibliotecario de Ask Georgia Libraries.'],
    [26, 'l', '¿Es para el permiso de conducir de auto (Clase C)?'],
    [60, 'p', 'si clase C'],
    [100, 'l', 'El manual del conductor de Georgia en español está en dds.georgia.gov, en "Manuals", en PDF. El examen de conocimientos también se puede tomar en español.'],
    [105, 'l', '¿Le sirve?'],
    [230, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 35 }),

  // 17 real estate exam ebook: check-in and a notice with no goodbye
  s(PAT, '17 NC real estate exam ebook: Libby path, "Are you still there?" at 220, "disconnected … end this session" at 300 (no goodbye)', [
    [0, 'p', 'looking for a real estate license exam prep book, NC'],
    [30, 'l', "Hello, you've reached Pat at Ask a Librarian, Durham County Library."],
    [36, 'l', 'Do you want an ebook you can read now, or a print copy to check out?'],
    [80, 'p', 'ebook'],
    [86, 'l', '"North Carolina Real Estate License Exam Prep" is on Libby: go to durhamcountylibrary.org/ebooks, sign in with your card, and search the title. There are 2 copies, one is available now.'],
    [92, 'l', 'Is that what you were looking for?'],
    [220, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've been disconnected. I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 18 ASVAB: goodbye 200 s after the answer, nothing in between
  s(KIM, '18 ASVAB practice tests: answer + "Does that help?" at 56, goodbye at 256 (final idle 200 s, no check-in, no notice)', [
    [0, 'p', 'do u have asvab practice tests'],
    [22, 'l', 'Hi! Kim here from Ask Us, Fort Lane Library.'],
    [27, 'l', 'Are you looking for full practice tests or just study guides?'],
    [50, 'p', 'full tests'],
    [56, 'l', 'LearningExpress Library has six full-length ASVAB practice tests with scoring: fortlanelibrary.org/learningexpress (use your library card). Does that help?'],
    [256, 'l', 'Thanks for chatting with us today, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 19 Practice
  s(TRAINER, '19 practice chat (GED script test): coded Practice, every check na', [
    [0, 'p', 'testing - ged practice tests?'],
    [10, 'l', 'Hi, this is a practice chat for the new test-prep macros.'],
    [20, 'l', 'LearningExpress: library.example.org/lel. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 HiSET at home: empty code
  s(PEG, '20 HiSET at home: hiset.org, the state adult ed office by phone, "Thats all I need", resolution code empty', [
    [0, 'p', 'Can I take the HiSET at home or do I have to go to a testing center'],
    [45, 'l', "Good morning, this is Peg at the New Hampshire State Library's Ask a Librarian."],
    [50, 'l', 'Have you already signed up for a HiSET account, or are you just starting?'],
    [110, 'p', 'just starting'],
    [115, 'l', 'The HiSET can be taken at home if you meet the at-home requirements (a computer with a webcam, a private room). The rules and the sign-up are at hiset.org under "Take the test". NH adults can also prep for free through Adult Education: call the NH Dept. of Education\'s adult ed office at 603-555-0166 to find a class near you.'],
    [120, 'l', 'Is that what you needed?'],
    [170, 'p', 'yes, perfect. Thats all I need'],
    [175, 'l', 'Great! Good luck, and thanks for using Ask a Librarian.'],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 21 no provider ever joined; Lost Call after two patron lines
  s(NOBODY, '21 SAT test center hours: no provider joins, patron "hello?? anyone" and leaves, coded Lost Call (two patron lines)', [
    [0, 'p', 'hi is the library open for the SAT on saturday? its my test center'],
    queue(3, 4),
    [90, 'p', 'hello?? anyone'],
    left(140),
  ], usual({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na', courteous: 'na',
    concurrency: 'na', code: 'fail',
  }), { resolutionCode: 'Lost Call' }),

  // 22 pickedUpAt 75 s
  s(ELLA, '22 NJ permit test, failed twice: pickedUpAt 75 s (first line 80), driver manual + Driving-Tests database, "thats everything"', [
    [0, 'p', 'i failed my permit test twice and im freaking out, is there somewhere to practice'],
    [80, 'l', "Hi, I'm Ella, a librarian at Ask NJ Libraries. Sorry about the test, lots of people need a few tries!"],
    [86, 'l', 'Is it the New Jersey permit knowledge test?'],
    [120, 'p', 'yes'],
    [126, 'l', "The NJ Driver Manual is free at nj.gov/mvc/license/drivermanual.htm, and the practice knowledge tests in our Driving-Tests database (njlibraries.org/driving) are built from it. Try a practice test each day until you're scoring 90% or more."],
    [132, 'l', 'Is that helpful?'],
    [180, 'p', 'yes so much'],
    [186, 'l', 'Anything else I can help with?'],
    [220, 'p', 'no, thats everything. thank u'],
    [226, 'l', 'Good luck, you got this! Bye for now.'],
  ], usual({ pickup: 'fail' }), { pickedUpAt: at(75) }),

  // 23 the test date asked only after the source
  s(OSCAR, '23 ACT practice: act.org + catalog first, "When is your test date?" after (clarify fails), "no more questions"', [
    [0, 'p', 'where do I find ACT practice tests'],
    [20, 'l', 'Hello, Oscar here at Ask Us, Brookside Library!'],
    [26, 'l', 'The free official practice test is on act.org under "The ACT Test > Test Preparation", and our catalog (brooksidelibrary.org/catalog) has "The Official ACT Prep Guide".'],
    [32, 'l', 'When is your test date?'],
    [60, 'p', 'april 12'],
    [66, 'l', "Then there's time to do the full practice test twice. Does that answer your question?"],
    [100, 'p', 'yes. no more questions'],
    [105, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ clarify: 'fail' })),

  // 24 GED vs diploma: an answer with no source
  s(QUIN, '24 GED vs diploma for jobs: an answer from memory with no source, "Does that answer your question?", "Take care!"', [
    [0, 'p', 'is a GED the same as a high school diploma for jobs?'],
    [25, 'l', 'Hi! This is Quin, a librarian with the Ask Us chat at Millbrook Library.'],
    [30, 'l', 'Are you asking about a particular employer, or jobs in general?'],
    [70, 'p', 'in general, like walmart or the army'],
    [76, 'l', 'Most employers treat a GED the same as a diploma. The military is different: GED holders are Tier 2 recruits, and the services take fewer of them, and the rules change from year to year.'],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'ok thx'],
    [125, 'l', 'Anything else?'],
    [150, 'p', 'nah'],
    [155, 'l', 'Take care!'],
  ], usual({ source: 'fail' })),

  // 25 Maryland road test: the MVA by URL and phone
  s(RHEA, '25 Maryland road test (patron on a phone): hold 84 s, MVA URL + "call the MVA … 410-555-0123", "thats all i needed"', [
    [0, 'p', 'Hi sorry im on my phone. passed my permit test. how do i schedule the road test in maryland'],
    [30, 'l', "Hello! You've reached Rhea at Ask Us Now, the Maryland libraries' chat. Congratulations on passing!"],
    [36, 'l', "Do you already have your learner's permit in hand, and how long have you had it?"],
    [90, 'p', 'yes since october'],
    [96, 'l', 'One moment while I check the MVA rules.'],
    [180, 'l', 'In Maryland you need to hold the learner\'s permit for 9 months (3 months if you\'re 18 or older) and finish the practice log. Road tests are scheduled online at mva.maryland.gov under "Driver Services" > "Schedule a Road Test", or call the MVA Customer Service Center at 410-555-0123.'],
    [186, 'l', 'Did that help?'],
    [240, 'p', 'yes. thats all i needed thank you'],
    [246, 'l', "You're welcome. Good luck on the road test, and thanks for chatting!"],
  ], usual({ referral: 'pass' })),

  // 26 GED voucher: "take your time", 304 s away
  s(VIC, '26 GED voucher letter: "No problem, take your time." then the patron away 304 s, WorkSource by URL and phone', [
    [0, 'p', 'my caseworker said i can get a free GED voucher through the library? i have the letter somewhere'],
    [25, 'l', "Hi there! I'm Vic, a librarian at Coleman Public Library."],
    [31, 'l', 'Which program is the letter from? The name on it will tell me where the voucher comes from.'],
    [70, 'p', 'hold on let me find it its in my car'],
    [76, 'l', 'No problem, take your time.'],
    [380, 'p', 'ok its from WorkSource, says GED vouchers for adult learners'],
    [386, 'l', 'Thanks! Let me look that up.'],
    [470, 'l', 'WorkSource gives the vouchers through its career centers, not the library. The program page is worksource.example.org/ged-vouchers; to claim one, call your WorkSource Career Center at 555-401-2200 with the letter in hand. Our library does offer free GED prep classes; see colemanlibrary.org/adulted.'],
    [476, 'l', 'Is that what you needed?'],
    [530, 'p', 'yes thank you. thats all'],
    [536, 'l', 'Glad I could help. Thanks for chatting, and good luck!'],
  ], usual({ referral: 'pass' })),

  // 27 HiSET flood of questions: other patrons waiting, chat back later
  s(ZOE, '27 HiSET in Montana, then six questions at once: "several other patrons waiting … Please chat back in later" (allowed)', [
    [0, 'p', 'hiset questions: how much does it cost, how long is it, can i take one subject at a time'],
    [25, 'l', 'Hi, Zoe here from Ask a Librarian at Lincoln County Library!'],
    [31, 'l', 'Which state will you test in? Fees differ.'],
    [60, 'p', 'Montana'],
    [66, 'l', 'One sec.'],
    [150, 'l', "On hiset.org (Montana page) it's $10.75 per subtest for the computer version, there are 5 subtests, about 7 hours in all, and yes, you can take one subtest at a time."],
    [156, 'l', 'Did that help?'],
    [200, 'p', 'yes! also whats on the math part, what calculator, can i retake, do i need a id, what about the essay, is it hard'],
    [210, 'l', "Those are great questions! I have several other patrons waiting right now, so I can't go through all of them in this chat. The HiSET test-taker page covers the calculator and retakes. Please chat back in later and we'll keep going!"],
    [240, 'p', 'ok'],
    [246, 'l', 'Thanks for understanding, take care!'],
  ], usual({ anything: 'fail' })),

  // 28 the patron has the last word; the answer itself thanks the patron
  s(IVY, '28 Official ACT Prep Guide: "Thanks for waiting! …" answer + completeness in one line, patron "no more questions" last', [
    [0, 'p', 'does the library have the official ACT prep guide? the one with 6 tests'],
    [40, 'l', 'Hey! Ivy at Ask Us, Cedar Falls Public Library.'],
    [46, 'l', 'Do you need it right away, or can you wait for a hold?'],
    [80, 'p', 'asap test is in 2 weeks'],
    [86, 'l', 'Checking the shelves, hang on.'],
    [170, 'l', 'Thanks for waiting! "The Official ACT Prep Guide 2025-2026" is on the shelf at Main (call number 378.1662 ACT); you can also read it now as an ebook on Libby via cedarfallslibrary.org/ebooks. Is that what you were looking for?'],
    [220, 'p', 'cool perfect. no more questions'],
  ], usual()),

  // 29 cosmetology board exam in Spanish: holds every ~100 s
  s(XAVI, '29 California cosmetology exam in Spanish: holds at 76/180/285 ("Sigo buscando", "Ya casi"), answer at 380, "es todo"', [
    [0, 'p', 'Hola, quiero saber si puedo tomar el examen de cosmetología en español en California'],
    [30, 'l', '¡Hola! Soy Xavi, bibliotecario de la Biblioteca del Condado de Kern. ¿Es el examen de cosmetología o de barbería?'],
    [70, 'p', 'cosmetologia'],
    [76, 'l', 'Un momento, lo busco en la página de la Junta.'],
    [180, 'l', 'Sigo buscando, la información de idiomas está un poco escondida.'],
    [285, 'l', 'Ya casi, estoy confirmando si ofrecen el examen práctico en español también.'],
    [380, 'l', 'Sí: el Board of Barbering and Cosmetology ofrece el examen escrito en español. Está en barbercosmo.ca.gov, en "Examinations" > "Candidate Information Bulletin". El examen práctico también se puede hacer con intérprete.'],
    [386, 'l', '¿Eso responde su pregunta?'],
    [440, 'p', 'si gracias!! es todo'],
    [446, 'l', '¡De nada! Gracias por escribirnos, mucha suerte.'],
  ], usual()),

  // 30 PTCE guide: a hold offered instead of the completeness question; intervals touching both ends
  s(YARA, '30 PTCE study guide: "Would you like me to place a hold?" (no completeness), others touching start and end, 3 at most', [
    [0, 'p', 'need study guide for PTCE pharmacy tech exam'],
    [30, 'l', "Hi, thanks for contacting the library! I'm Yara, one of the reference librarians at Glenview Public Library."],
    [35, 'l', 'Are you looking for a book to borrow or something online?'],
    [70, 'p', 'book'],
    [76, 'l', 'We have "PTCE Study Guide 2025-2026" (Mometrix) in the catalog at glenviewlibrary.org/catalog, 2 copies at Main. Would you like me to place a hold on one?'],
    [120, 'p', 'yes pls, card ends 4471'],
    [126, 'l', "Done, the hold is on. You'll get a notice when it's ready. Anything else?"],
    [160, 'p', 'no'],
    [165, 'l', 'Thanks, bye!'],
  ], usual({ complete: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yara', -400, 0), other('y2', 'yara', 170, 600), other('y3', 'yara', -100, 500), other('y4', 'yara', 50, 900)],
  }),

  // 31 the patron's last question goes unanswered
  s(MOE, '31 citizenship class: "Hello!" + name split, branch phone, the patron\'s last question unanswered for 300 s (span open at the end)', [
    [0, 'p', 'do yall have classes for the citizenship test'],
    [20, 'l', 'Hello!'],
    [24, 'l', 'This is Moe at Ask Us, Fairfax Public Library.'],
    [30, 'l', 'Are you looking for an in-person class or online?'],
    [70, 'p', 'in person, weekends'],
    [76, 'l', 'Our Chantilly branch runs a free citizenship class Saturdays 10-12, January through May. Sign up at fairfaxlibrary.org/citizenship or call the branch at 703-555-0150.'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes thanks'],
    [126, 'l', 'Anything else I can help with today?'],
    [160, 'p', 'wait one more thing, do i need to bring my green card to class'],
  ], usual({ courteous: 'fail', referral: 'pass' }), { endAfter: 300 }),

  // 32 name given in the third line; the literacy office by floor only
  s(NED, '32 postal exam 474 + reading help: name only in the third line, "stop by the Adult Literacy office on our second floor" (no contact)', [
    [0, 'p', 'i want to improve my reading to pass the written test for my job at the post office'],
    [35, 'l', 'Good afternoon!'],
    [40, 'l', 'What kind of test is it, the postal exam 474?'],
    [90, 'p', 'yes 474'],
    [96, 'l', "Sorry, I should have said: I'm Ned, a librarian at Ridgeway Library. Practice for the 474 is in our Testing & Education database (ridgewaylibrary.org/testprep). For reading help, stop by the Adult Literacy office on our second floor and ask for a tutor."],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'yes thank you'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // ---- second batch (labelled and copied aside before its first run) ----

  // 33 motorcycle permit: "brb lemme look" then 135 s
  s(TEO, '33 NY motorcycle permit (chat-speak): "brb lemme look" then 135 s to the answer, "thats all i needed thx"', [
    [0, 'p', 'do u guys have the motorcycle permit handbook for NY'],
    [20, 'l', 'hey there! Teo here, librarian w/ Ask NY Libraries'],
    [25, 'l', 'is it the class M permit test ur studying for?'],
    [60, 'p', 'ya'],
    [65, 'l', 'brb lemme look'],
    [200, 'l', "NY DMV's Motorcycle Manual (MV-21MC) is a free PDF at dmv.ny.gov/document/motorcycle-manual. the permit test is 20 q from it"],
    [205, 'l', 'that what u needed?'],
    [240, 'p', 'yep thats all i needed thx'],
    [244, 'l', 'np, ride safe! bye'],
  ], usual({ informed: 'fail' })),

  // 34 GED in Spanish, cut off in Spanish
  s(LETI, '34 GED en español: ged.com, then four questions and "Ya se le acabó el tiempo y tengo que cerrar el chat." + "Adiós."', [
    [0, 'p', 'hola, se puede tomar el GED en español?'],
    [25, 'l', '¡Hola! Soy Leti, bibliotecaria de la Biblioteca de Santa Ana.'],
    [30, 'l', '¿En qué estado lo va a tomar?'],
    [60, 'p', 'california'],
    [66, 'l', 'Sí, en California el GED se ofrece en español. Puede registrarse y ver los centros en ged.com (elija "Español"). ¿Le sirve?'],
    [110, 'p', 'si, y cuanto cuesta? y las clases? y puedo estudiar en la biblioteca? y los libros?'],
    [118, 'l', 'Ya se le acabó el tiempo y tengo que cerrar el chat.'],
    [122, 'l', 'Adiós.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 35 TEAS guide: a text-message follow-up, phone read back, "Thursday evening", done in 56 h
  s(ROWAN, '35 ATI TEAS guide (follow-up by me): phone read back, "I\'ll text you Thursday evening", done 56 h, no completeness question', [
    [0, 'p', 'hey do yall have the ATI TEAS study guide? nursing school entrance test is in 3 weeks'],
    [30, 'l', 'Hi, Rowan here, a librarian at Sun City Public Library!'],
    [36, 'l', 'Do you want a print book, or would an ebook work?'],
    [80, 'p', 'whichever i can get fastest'],
    [86, 'l', 'One moment, checking the catalog and Libby.'],
    [170, 'l', 'The ebook of "ATI TEAS Prep Plus" is checked out on Libby right now (2 holds), and both print copies at Main are due back Thursday. I can check Thursday which one comes back first and text you. What number should I use?'],
    [220, 'p', '602-555-0177'],
    [226, 'l', "602-555-0177, got it. I'll text you Thursday evening once I know."],
    [232, 'l', 'Is there anything else I can help you with?'],
    [260, 'p', 'no thats all thank u'],
    [265, 'l', "You're welcome, good luck on the TEAS!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(265 + 56 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 36 "Welcome to Ask a Librarian!" under the service's screen name; one line both checks in and gives notice
  s(FAYE, '36 Praxis Core math: "Welcome to Ask a Librarian!" + a question, answer at 86, one line at 300 checks in and gives notice (idle 274 s, no goodbye)', [
    [0, 'p', 'where can i find practice questions for the praxis core math'],
    [35, 'l', 'Welcome to Ask a Librarian! Are you taking the Praxis Core for a teacher prep program?'],
    [80, 'p', 'yes'],
    [86, 'l', 'ETS has a free Praxis Core Math study companion with sample questions at ets.org/praxis (search "5733"), and LearningExpress Library (wcpl.org/lel) has two full Praxis Core Math practice tests. Is that what you needed?'],
    [300, 'l', "Are you still there? It looks like you may have disconnected, so I'll close this chat in a minute if I don't hear back."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 37 adult literacy before the GED: transfer to the county librarian, who has 3 others open during her part
  s(GUS, '37 reading level before the GED: statewide -> county transfer (notice + note), Literacy Council by e-mail and phone; Mae at 4', [
    [0, 'p', 'my husband wants to get his GED but he reads at like 3rd grade level. where do we start'],
    [25, 'l', 'Good evening, this is Gus with Ask Us Now. Thanks for reaching out for him.'],
    [31, 'l', 'Which county do you live in?'],
    [70, 'p', 'Frederick'],
    [76, 'l', "Frederick County's own librarian is on chat tonight and knows the local programs, so I'm transferring you to her now. One moment please."],
    [80, 'i', 'Mae - Frederick pt, husband reads ~3rd grade level, wants GED; needs local adult literacy options.'],
    xfer(84, 'Mae', 'mae'),
    [130, 'l', "Hi, I'm Mae at Frederick County Public Libraries. I've read the chat.", as(MAE)],
    [136, 'l', "The best first step is the Literacy Council of Frederick County: they match adults with free one-on-one tutors. He can e-mail them at tutors@literacyfrederick.example.org or call 301-555-0112. Once he's reading at a higher level, our Adult Basic Education page (fcpl.org/adult-ed) lists the free GED prep classes.", as(MAE)],
    [142, 'l', 'Does that give you a good place to start?', as(MAE)],
    [200, 'p', 'yes, thank you. that is everything'],
    [206, 'l', 'Wishing him the best. Goodnight, and thanks for chatting!', as(MAE)],
  ], usual({ referral: 'pass', transfer: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'mae', -500, 600), other('m2', 'mae', 100, 400), other('m3', 'mae', 120, 900)],
  }),

  // 38 TABE for an apprenticeship: split greeting, "im good, thats all i had"
  s(HAL, '38 TABE for a plumbers apprenticeship: "Good morning!" + name and question, tabetest.com + Kaplan book, "im good, thats all i had"', [
    [0, 'p', 'my apprenticeship program says i need to pass the TABE test first. what is that and how do i study'],
    [15, 'l', 'Good morning!'],
    [18, 'l', "I'm Hal, a reference librarian at Lakeside Public Library. Which apprenticeship is it, and did they say which TABE level?"],
    [70, 'p', 'plumbers union. they said level A, math and reading'],
    [76, 'l', 'TABE is the Test of Adult Basic Education. DRC, who publishes it, has free practice items at tabetest.com (Test Takers > Practice Tests). We also have "TABE Test Prep" (Kaplan) in the catalog at lakesidelibrary.org.'],
    [82, 'l', 'Is this what you needed for the apprenticeship?'],
    [130, 'p', 'yes perfect. im good, thats all i had'],
    [135, 'l', 'Best of luck with the union test! Goodbye.'],
  ], usual()),

  // ---- third batch (labelled and copied aside before its first run) ----

  // 39 signing up for an ESL class: the patron's e-mail read back, no source
  s(UNA, '39 ESL class sign-up: patron e-mail read back at the start of the answer, no URL or named resource (source fails)', [
    [0, 'p', 'hi i want to sign up for the free english class at the library, the morning one'],
    [20, 'l', 'Hello! Una here, librarian at Hillcrest Public Library.'],
    [26, 'l', 'Is it the Tuesday or the Thursday morning class you want?'],
    [60, 'p', 'tuesday. my email is lin.w@example.com'],
    [66, 'l', 'One moment while I add you.'],
    [130, 'l', "lin.w@example.com — you're on the list for the Tuesday 10 am English Conversation class, starting March 10."],
    [136, 'l', 'Does that take care of it?'],
    [170, 'p', 'yes thank you!'],
    [175, 'l', 'Anything else I can do for you?'],
    [200, 'p', 'no'],
    [205, 'l', 'See you in class — thanks for contacting us!'],
  ], usual({ source: 'fail' })),

  // 40 ACT science books: "Give me two shakes." then 130 s
  s(ABEL, '40 ACT Science books: "Good question! Give me two shakes." then 130 s, "Does that get you sorted?", "that\'ll do it, ty"', [
    [0, 'p', 'which ACT prep books r best for the science section'],
    [30, 'l', 'Hi! Abel with Ask a Librarian at Maple Terrace Library.'],
    [36, 'l', 'Are you after a whole-test book, or one just for Science?'],
    [60, 'p', 'just science'],
    [64, 'l', 'Good question! Give me two shakes.'],
    [194, 'l', '"ACT Science Prep" by Kaplan and "The Complete Guide to ACT Science" by Dr. Jon-Erik Prichard are both in our catalog (mapleterracelibrary.org/catalog); the Prichard one is the one students ask for most.'],
    [200, 'l', 'Does that get you sorted?'],
    [240, 'p', "that'll do it, ty"],
    [245, 'l', 'Great — thanks for stopping by, good luck!'],
  ], usual({ informed: 'fail' })),

  // 41 USCIS practice test: "u still w/ me?", then a goodbye that gives no disconnect notice (idle 185 s)
  s(CY, '41 USCIS civics practice test: answer at 75, "u still w/ me?" at 200, "gonna close this one out. come back anytime!" at 260', [
    [0, 'p', 'where can i take the citizenship test practice online free'],
    [25, 'l', 'Hi, this is Cy from Ask Us @ Twin Town Library.'],
    [30, 'l', 'Do you want the official practice or flash cards / an app?'],
    [70, 'p', 'official'],
    [75, 'l', 'USCIS has a free official civics practice test at uscis.gov/citizenship/civics-practice-test. Did that help?'],
    [200, 'l', 'u still w/ me?'],
    [260, 'l', 'ok, gonna close this one out. come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 42 NCLEX-PN: cut off for "a line of people" with no way back
  s(DEB, '42 NCLEX-PN book + how to apply: "I\'m gonna have to cut you off here, I\'ve got a line of people. bye" (no way back)', [
    [0, 'p', 'i need the nclex pn book, the one w the cd? and also how do i apply for the exam and how much and do i need fingerprints'],
    [30, 'l', 'Hello, Deb at Riverview Library here.'],
    [36, 'l', 'Which edition do you need, or is any recent one okay?'],
    [70, 'p', 'any'],
    [76, 'l', 'We have "Saunders Comprehensive Review for the NCLEX-PN" (8th ed.) at Main; you can place a hold in the catalog at riverviewlibrary.org. Did that help?'],
    [120, 'p', 'yes. and the applying part?'],
    [126, 'l', "I'm gonna have to cut you off here, I've got a line of people. bye"],
  ], usual({ anything: 'fail', dismissal: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('forty-ninth round: test preparation and adult education, checked', () => {
  describeSessions('exam sessions', examsChecked.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('exam sessions', examsChecked.filter((c) => c.name in LEFT_WHY));
});
