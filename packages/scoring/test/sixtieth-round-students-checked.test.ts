/**
 * Sixtieth round, theme PAYING FOR SCHOOL, checked: 30 whole sessions no one had written, from public library and statewide
 * "ask a librarian" chats about financial aid and getting (back) into school: FAFSA deadlines (federal, state, a college's
 * priority date), the FAFSA with parents who have no SSN (Spanish), what a negative SAI means, the CSS Profile's
 * noncustodial parent waiver, Pell Grant amounts and repayment after a mid-term withdrawal (R2T4), work-study, Cal Grant's
 * community college deadline, scholarships (a returning adult in nursing, Latino students in Texas, a Rotary essay), student
 * loans (Sallie Mae vs Parent PLUS, teacher loan forgiveness vs PSLF, default and a seized refund, Parent PLUS payments for a
 * retiree, the student loan interest deduction), SAP appeals, community college enrollment (a first-timer, dual enrollment
 * for a junior, free audits for seniors), GED and adult education (starting after 10th grade, in Spanish in Phoenix, a 1998
 * Maryland diploma copy, evening ESL and GED classes), transcripts and credit transfer (a closed business college, TCC to
 * ODU, GTC to UWM, military training through the JST). Providers point to studentaid.gov, state aid agencies, colleges'
 * aid, admissions and transfer pages, the CFPB, the IRS, ged.com, their libraries' databases, Tutor.com and adult learning
 * centers, and refer to servicers, colleges' aid and admissions offices, a default resolution group and their own reference
 * desks (with and without phones and e-mails). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/sixtiethRoundStudents-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 28 s pickup (01); a patron "hello??" in the queue and a 95 s pickup (03: fail); `pickedUpAt`
 *   at 30 s with the first line at 140 (15: pickup passes, 110 s after pickup passes keep_informed); "Hi there! How can I help
 *   you today?" under the screen name "Chat 4" (05: greets, names no one: fail); "Hi there!" + "Dorian at Ask Us, Pikesville
 *   Library, here. …" split over two lines (25); "Good afternoon, and thanks for contacting Ask a Librarian at … I'm Felix."
 *   (28); Spanish "¡Hola! Soy Lucía, bibliotecaria del servicio Pregunte al Bibliotecario …" (02) and "¡Hola! Soy Abel,
 *   bibliotecario de …" (23); chat-speak "hey! Mo w/ Ask Us @ Riverside Library 👋" under the screen name "mo_riverside" (27);
 *   no provider ever joined (11);
 *  inquiry: state and school, SSN, enrolled or starting, loan type and years, which college, closed college's state, federal or
 *   private, undergrad and Direct Loans offered, when and where withdrawn, which high school, word limit, state tested in,
 *   4-year or CC and major, consolidated or not, school and MOS, credit or audit, own FAFSA, in person or online, work-study in
 *   the package, SAP, FAFSA or Dream Act filed, town and evening classes; a restatement with no question mark ("So you need to
 *   know how to fill out the CSS Profile when your father isn't part of your life.", 29: pass); transferology.com given before
 *   "What school are you transferring from and to?" (26: fail); no question at all (06: fail);
 *  waits: "Give me a minute …" answered 160 s later with a patron "?" inside (04: fail); holds at 76, 186 (a partial result that
 *   says the search goes on: "… still checking …, bear with me") and 296, the answer at 396 (28: pass); "Sure, no rush — take
 *   your time." then the patron back 204 s later (29: a wait on the patron); "sec" then 46 s (27); two internal lines while
 *   the patron waits 135 s for a visible line (30: fail); a transfer notice answered by the receiver 44 s and 49 s later (14,
 *   16);
 *  endings: a Lost Call with a greeting at 30, "Are you still there?" at 165 and "It looks like you've disconnected, so I'll
 *   end this chat now. Please come back anytime …" at 350 (10: final idle 320 s); "Are you still there?" and a goodbye +
 *   invitation 150 s after the answer (21: idle passes, disconnect na); "Still with me?" and "Thanks for chatting with us —
 *   goodbye!" 214 s after the answer (22: no notice, disconnect fails); no check-in and "Parece que se desconectó, así que voy
 *   a cerrar este chat." at 300 with the session ending at 305 (23: final idle 219 s; notice passes, check-in and courteous
 *   fail); "Sorry, your time is up. Each patron gets ten minutes. I'm closing this chat now." (08: dismissal and courteous
 *   fail); "a few other patrons waiting … chat back in later, or e-mail our reference desk at …" (09: allowed); the patron's
 *   "thats everything" as the last line (24: courteous fails); goodbyes "Have a great day, and good luck!", "Good luck, you've
 *   got this! Thanks for chatting.", "Thanks for your service, and thanks for chatting!", "k good luck w/ taxes, bye!",
 *   "¡Con gusto! Gracias por usar nuestro chat y mucho éxito.", "Thank you for using Ask Us. Good night!"; patron-side "thats
 *   all i needed", "es todo", "that's everything for now", "no more questions", "thats everything", "that is all", "no that
 *   is everything", and "ok thanks", "yes thank you", "yeah ok", "ok ill try", "yes dear thank you", "ya thx" that do not
 *   count;
 *  completeness: "Would that help you two compare?" (13), "Will that work with your Friday deadline?" (16), "Does the PDE page
 *   help in the meantime?" (07), "¿Le sirve?" (23), "that help?" (27); "Would a page that explains how the money is paid out
 *   be useful?" asked before the source, none after (24: fail); "Does that help?" after an answer with no source (25: pass);
 *  sources: studentaid.gov pages, state aid agencies, college pages, consumerfinance.gov, irs.gov p970, jst.doded.mil,
 *   ged.com/es and the catalogue, cssprofile.collegeboard.org, the library's Gale scholarship database and Tutor.com by path;
 *   none ("Talk to your school's financial aid office …", 25: fail);
 *  referrals: MOHELA by phone (04); the Admissions Office by phone (05); the library's Adult Learning Center by phone (06); the
 *   Default Resolution Group by phone (08); the library's reference desk by e-mail (09); a college's aid office by phone (14)
 *   and by phone and e-mail (28); "Talk to your school's financial aid office" (25: no contact); "call ur servicer, number is
 *   on ur statement" (27: no contact); staff consulted on the patron's behalf (07, 17, 19, 30) and "I'll pass this on to …,
 *   someone there will e-mail you" (30) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Thursday", done in 40 h (07: pass); FU_LIB with the e-mail only in
 *   `patron.email`, no time, day 1 (17: contact fails, pending); a promise to e-mail "tonight" with the e-mail read back,
 *   coded Answered (18: code fails, contact passes, pending); FU_ME by phone read back, "by Monday afternoon", done after 90 h
 *   (19: late); FU_ME with "get back to you by tomorrow" and no contact asked, in the chat or on file, day 4 (20: code,
 *   contact and on_time fail); FU_LIB with the e-mail read back, "within 72 hours", done in 60 h (30: pass);
 *  codes: a true Lost Call (10); Lost Call with no provider and two patron lines (11: fail); null (27); the field left out (09:
 *   na); Practice (12);
 *  transfers: a notice (a hold) and a note that says why (14: pass); a notice and a note "Sam can u grab this one? thx" that
 *   says no why (16: fail);
 *  concurrency: four at once (13: fail); a transfer where the first provider has two others open through her part and a third
 *   from 8 s after the transfer, and the receiver three that close 12 s before it (14: pass, each judged over their part).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Have a great day, and good luck!" says goodbye (05); "Thanks for your service, and thanks for chatting!" thanks (20);
 * - a note to the receiver that asks only "can u grab this one? thx" does not say why the chat is transferred (16: fail);
 * - "Talk to your school's financial aid office about the appeal form" and "call ur servicer, number is on ur statement" are
 *   referrals (contact / call an office outside the chat) with no e-mail, phone, postal address or URL: pointing to the
 *   patron's own statement gives none (25, 27); the first, the only pointer in its answer, is an organisation named without a
 *   way to reach it, so no source (25);
 * - "e-mail our reference desk at askref@example.org" in an "other patrons waiting … chat back in later" message refers to the
 *   provider's own library's department, with an e-mail (09);
 * - "I'll pass your question to … and someone from your library will follow up at the e-mail on your library account" and
 *   "I'll pass this on to Montgomery County Public Libraries, and someone there will e-mail you within 72 hours" are follow-up
 *   promises, not referrals: the patron is told to contact no one (17, 30); "check … with our financial literacy librarian
 *   and call you back" consults staff on the patron's behalf (19);
 * - "tonight" and "within 72 hours" say when; "will follow up at the e-mail on your library account" does not (17);
 * - with `pickedUpAt` at 30 s and the first line at 140 s, only the 110 s after pickup belong to keep_informed (RUBRIC: "the wait
 *   before pickup is approachability.pickup's alone"): under 120 s, pass (15);
 * - the Lost Call rule ("the patron sent more than one message") applies even when no provider joined (11: code fails);
 * - "Would a page that explains how the money is paid out be useful?" asks about something not yet given (24: completeness
 *   fails); "Does that help?" after an answer with no source passes completeness, which is na only when info.source is na (25);
 * - "Parece que se desconectó, así que voy a cerrar este chat." tells the patron they seem disconnected and that the chat will
 *   end (a notice), asks nothing (no check-in) and thanks no one (no goodbye) (23);
 * - a resolution code left out of the transcript (`undefined`) is a source without codes: na (09).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). The scorer's notes were read for 15 of the cases (05, 08-10, 14-17, 20, 23-25,
 *  27, 29) and give the labelled reasons: among them "at most 3 sessions open at once" for the transfer judged per part (14),
 *  "sent no internal message to the receiving provider saying why" for "can u grab this one? thx" (16), "longest wait without
 *  news 110 s" after `pickedUpAt` (15), "final idle of 219 s … without asking" for the Spanish notice (23), "coded 'Follow-up
 *  by me' but no patron e-mail or phone is known" (20), and the source system without codes (09). Every timing check (pickup
 *  at 28 and 95 s, by `pickedUpAt`, no provider; keep_informed at 160 and 135 s, across holds, a partial-result hold, "take
 *  your time", internal lines and transfers; final idles of 0, 150, 214, 219 and 320 s; concurrency at four and per transfer
 *  part; on_time done at 40 and 60 h, late at 90 h, pending at day 1, not recorded by day 4) scored as labelled. The
 *  redaction equality of describeSessions holds for every case (patron e-mails typed and read back, a patron phone read back,
 *  an e-mail in `patron.email`, organisations' phones and e-mails beside them).
 *
 * ON v54 (block T): as on v53, 30 running.
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (none through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line for a librarian.`];

const AMARA: Prov = { id: 'amara', name: 'Amara', library: 'NFPL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SBCL' };
const BRENDAN: Prov = { id: 'brendan', name: 'Brendan', library: 'CCL-MO' };
const DEVON: Prov = { id: 'devon', name: 'Devon', library: 'HPL' };
const CHAT4: Prov = { id: 'chat4', name: 'Chat 4', library: 'LKL' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'BPL-OH' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'RPL-PA' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'FCL' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'TRL' };
const JONAH: Prov = { id: 'jonah', name: 'Jonah (statewide)', library: 'STATE' };
const LINE: Prov = { id: 'askus-line', name: 'Ask Us line', library: 'STATE' };
const PRACTICE: Prov = { id: 'practice-s', name: 'Training Seat', library: 'TRN' };
const KENJI: Prov = { id: 'kenji', name: 'Kenji', library: 'LVL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'WBL' };
const PAUL: Prov = { id: 'paul-b', name: 'Paul', library: 'WBL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'GCL' };
const OLIVE: Prov = { id: 'olive', name: 'Olive', library: 'HCL' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'HCL' };
const UMA: Prov = { id: 'uma', name: 'Uma (statewide)', library: 'STATE' };
const VIKTOR: Prov = { id: 'viktor', name: 'Viktor', library: 'SMPL' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'OPPL' };
const XAVIER: Prov = { id: 'xavier', name: 'Xavier', library: 'FHL' };
const YVETTE: Prov = { id: 'yvette', name: 'Yvette', library: 'FCPL' };
const ZARA: Prov = { id: 'zara', name: 'Zara', library: 'MPL' };
const ABEL: Prov = { id: 'abel', name: 'Abel', library: 'PHXPL' };
const CARMEN: Prov = { id: 'carmen', name: 'Carmen', library: 'EGL' };
const DORIAN: Prov = { id: 'dorian', name: 'Dorian', library: 'BCPL-MD' };
const EZRA: Prov = { id: 'ezra', name: 'Ezra', library: 'WKPL' };
const MO: Prov = { id: 'mo-r', name: 'mo_riverside', library: 'RSL' };
const FELIX: Prov = { id: 'felix', name: 'Felix', library: 'PPL-CA' };
const GABE: Prov = { id: 'gabe', name: 'Gabe', library: 'CRPL' };
const PILAR: Prov = { id: 'pilar', name: 'Pilar (statewide)', library: 'STATE' };

export const sixtiethRoundStudents: SessionCase[] = [
  // 01 FAFSA deadlines: everything passes
  s(AMARA, '01 FAFSA deadline (Ohio, Sinclair): queue line, state + school asked, hold, studentaid.gov + Ohio + Sinclair URLs, "thats all i needed"', [
    [0, 'p', 'hi when is the fafsa deadline? im starting college in the fall'],
    queue(2),
    [28, 'l', 'Good morning! This is Amara, a librarian with Ask a Librarian at Northfield Public Library.'],
    [34, 'l', "Which state do you live in, and which school are you starting at? There are really three deadlines: federal, state and the school's own."],
    [80, 'p', 'ohio, going to sinclair cc'],
    [86, 'l', "Let me check Ohio's date."],
    [170, 'l', "The federal FAFSA for next year can be filed until June 30 of the following year, at studentaid.gov/fafsa. Ohio's state grant deadline is October 1 (highered.ohio.gov/financial-aid), but Sinclair awards some of its aid first come, first served, so file as early as you can; their priority date is on sinclair.edu/financial-aid."],
    [176, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thank u thats all i needed'],
    [236, 'l', 'Great! Good luck this fall, and thanks for using Ask a Librarian.'],
  ], usual()),

  // 02 Spanish: FAFSA with parents who have no SSN
  s(LUCIA, '02 FAFSA con padres sin número de Seguro Social (Spanish): "Soy Lucía, bibliotecaria…", SSN asked, hold, studentaid.gov/es, "¿Le sirve…?", "es todo"', [
    [0, 'p', 'hola, mis papás no tienen seguro social, ¿puedo llenar el FAFSA igual?'],
    [30, 'l', '¡Hola! Soy Lucía, bibliotecaria del servicio Pregunte al Bibliotecario de la Biblioteca de San Benito. Con gusto le ayudo.'],
    [37, 'l', '¿Usted tiene número de Seguro Social? Eso cambia los pasos.'],
    [90, 'p', 'si yo naci aqui, tengo ssn, mis papas no'],
    [96, 'l', 'Un momento, reviso la guía en español.'],
    [180, 'l', 'Sí puede. Usted llena el FAFSA con su número; sus padres son "contribuyentes" y cada uno crea una cuenta de StudentAid.gov aunque no tenga número de Seguro Social. La guía en español está en studentaid.gov/es (busque "padres sin número de Seguro Social"), y explica cómo se protege su información.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si mil gracias, es todo'],
    [246, 'l', '¡Con gusto! Gracias por usar nuestro chat y mucho éxito.'],
  ], usual()),

  // 03 pickup after 95 s
  s(BRENDAN, '03 nursing scholarships for a returning adult: "hello??" in the queue, pickup 95 s, the library\'s scholarship database by path, "ok thanks" (no done)', [
    [0, 'p', 'Looking for scholarships for a nursing student, returning adult'],
    queue(3, 2),
    [55, 'p', 'hello??'],
    [95, 'l', "Hi, sorry about the wait! I'm Brendan, a reference librarian at Cole County Library."],
    [101, 'l', 'Are you enrolled already, or starting next year? Some of these are only for current students.'],
    [150, 'p', 'starting in jan at the community college, im 38'],
    [156, 'l', 'With your library card you can use the Gale Scholarships, Fellowships & Loans database: go to colelibrary.org > Research > Scholarships & Grants and search "nursing" and "adult learner". Most colleges\' foundations also have one general scholarship application, usually linked from the college\'s Financial Aid page.'],
    [162, 'l', 'Did that help?'],
    [210, 'p', 'ok thanks'],
    [216, 'l', 'Good luck, and thanks for chatting with us!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 04 hold then 160 s with a patron "?" inside; the servicer by phone
  s(DEVON, '04 teacher loan forgiveness vs PSLF: hold at 81, patron "?" at 160, answer at 241 (160 s), studentaid.gov + MOHELA by phone, "that\'s everything for now"', [
    [0, 'p', 'I teach at a public school, how do I get my loans forgiven? I heard about PSLF but someone said teachers have their own program'],
    [22, 'l', 'Hello, Devon here at the Ask Us chat, Hartwell Public Library.'],
    [28, 'l', 'Are your loans federal Direct Loans, or older FFEL loans? And how long have you been teaching?'],
    [75, 'p', 'direct loans i think, 6 years, high school math'],
    [81, 'l', 'Give me a minute to pull up both programs.'],
    [160, 'p', '?'],
    [241, 'l', "Sorry for the wait! There are two: Teacher Loan Forgiveness (up to $17,500 for math teachers after 5 full years at a low-income school) and Public Service Loan Forgiveness (the rest forgiven after 120 qualifying payments while working full-time for a public employer). The same years can't count for both. Both are explained at studentaid.gov/manage-loans/forgiveness-cancellation, and the PSLF Help Tool at studentaid.gov/pslf lets you certify your employment. Your servicer does the paperwork, so call them too: if yours is MOHELA, they're at 1-888-555-0149."],
    [247, 'l', 'Does that help you figure out the next step?'],
    [300, 'p', "yes, that's everything for now. thx"],
    [306, 'l', 'Thanks for chatting, and good luck!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 a greeting that names no one; admissions by phone
  s(CHAT4, '05 first-time community college signup: "Hi there! How can I help you today?" under the screen name "Chat 4", apply URL + Admissions Office phone, "Have a great day"', [
    [0, 'p', 'how do i sign up for classes at the community college, never been to college before'],
    [20, 'l', 'Hi there! How can I help you today?'],
    [26, 'l', 'Which community college are you thinking of?'],
    [60, 'p', 'Lakeland CC'],
    [66, 'l', "First apply online (it's free) at lakelandcc.edu/apply; you'll get a student ID by e-mail in a few days. Then call the Admissions Office at 555-480-2200 to set up placement testing and an orientation date."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes thank you'],
    [115, 'l', 'Anything else I can help you with?'],
    [140, 'p', 'no'],
    [145, 'l', 'Have a great day, and good luck!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 no clarifying question; the library's Adult Learning Center by phone
  s(FARAH, '06 GED after dropping out: no question asked, ged.com + the library\'s Adult Learning Center by phone, "no thats all"', [
    [0, 'p', 'i want to get my GED, how do i start? i dropped out in 10th grade'],
    [18, 'l', "Hi! My name is Farah and I'm a librarian at Brookside Public Library."],
    [24, 'l', "Great goal! The GED has four tests (math, science, social studies, language arts) and you can take them one at a time. Make a free account at ged.com to see your state's price and book a test. Our Adult Learning Center gives free GED prep classes; call them at 555-622-0180 to join the next session."],
    [30, 'l', 'Does that help?'],
    [70, 'p', 'yes!! thank you so much'],
    [75, 'l', 'Anything else I can help you with today?'],
    [100, 'p', 'no thats all'],
    [105, 'l', "Good luck, you've got this! Thanks for chatting."],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 07 follow-up by me, e-mail read back, "by Thursday", done in 40 h
  s(GRETA, '07 transcript from a closed business college (follow-up by me): state asked, PDE URL, e-mail read back, "by Thursday", done 40 h', [
    [0, 'p', 'The college I went to in 1995 closed (Bryant Business College). I need my transcript for a job. Where would it be?'],
    [35, 'l', 'Hello, Greta here, a librarian at Ridgeway Public Library.'],
    [41, 'l', 'Which state was it in? When a college closes, the state usually keeps the records.'],
    [95, 'p', 'Pennsylvania, Erie campus'],
    [101, 'l', 'One moment, let me check the state list.'],
    [190, 'l', "The Pennsylvania Department of Education keeps records for many closed schools; their closed-school transcript page is at education.pa.gov (search \"closed school transcripts\"). I'm not sure Bryant's records went to them, since some schools passed theirs to another college. I can look into it tomorrow and e-mail you what I find. What's the best e-mail?"],
    [240, 'p', 'dlangford@example.com'],
    [246, 'l', "dlangford@example.com, got it. I'll e-mail you by Thursday."],
    [252, 'l', 'Does the PDE page help in the meantime?'],
    [300, 'p', 'yes thanks'],
    [306, 'l', 'Anything else today?'],
    [330, 'p', 'no thats it'],
    [335, 'l', 'Thanks for reaching out, take care.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 "your time is up"
  s(HOLLIS, '08 defaulted loans and a seized refund: studentaid.gov + Default Resolution Group by phone, then "Sorry, your time is up. Each patron gets ten minutes. I\'m closing this chat now."', [
    [0, 'p', 'my student loans are in default and they are taking my tax refund. how do i get out of default'],
    [25, 'l', 'Hi, Hollis at Ask a Librarian, Fenwick County Library.'],
    [31, 'l', 'Are these federal student loans or private ones?'],
    [70, 'p', 'federal'],
    [76, 'l', 'The ways out of default (loan rehabilitation, consolidation, and the Fresh Start program) are at studentaid.gov/manage-loans/default. Call the Default Resolution Group at 1-800-555-0134 to set up rehabilitation payments.'],
    [82, 'l', 'Did that help?'],
    [130, 'p', 'sort of. but what about my wage garnishment, and can they take my social security later, and what if i go back to school, and'],
    [138, 'l', "Sorry, your time is up. Each patron gets ten minutes. I'm closing this chat now."],
    [150, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 09 other patrons waiting, a way back; no codes in the source
  s(IMANI, '09 TCC credits to ODU: transfer URLs, "a few other patrons waiting … e-mail our reference desk at askref@…", no resolution code field (source without codes)', [
    [0, 'p', 'will my credits from community college transfer to a state university in virginia?'],
    [20, 'l', "Hi! I'm Imani, a librarian at Ask a Librarian, Tidewater Regional Library."],
    [26, 'l', 'Which community college and which university? And did you finish an associate degree?'],
    [80, 'p', 'TCC, want to go to ODU, i have 45 credits no degree yet'],
    [86, 'l', "Virginia's guaranteed admission agreements only kick in once you finish the associate degree. Without it, ODU looks course by course: their transfer credit search is at odu.edu/admission/transfer/credit, and the statewide Transfer Virginia portal (transfervirginia.org) shows how each TCC course counts."],
    [92, 'l', 'Does that answer it?'],
    [150, 'p', 'ok yes. and can i use fafsa at both at the same time, and what if i fail a class, and do they take my GPA, and what about my job hours'],
    [160, 'l', "Those are all good questions! I have a few other patrons waiting right now, so I can't cover them all this minute. Please chat back in later, or e-mail our reference desk at askref@example.org, and we'll pick up where we left off."],
    [190, 'p', 'ok'],
    [196, 'l', 'Thanks for your patience — take care!'],
  ], usual({ anything: 'fail', referral: 'pass', code: 'na' }), { resolutionCode: undefined }),

  // 10 Lost Call: greeting, check-in, notice + invitation back
  s(JONAH, '10 Pell Grant amount (Lost Call): greeting at 30, "Are you still there?" at 165, "It looks like you\'ve disconnected … come back anytime" at 350', [
    [0, 'p', 'how much is the pell grant this year'],
    [30, 'l', "Hello, this is Jonah, a librarian with Maryland's Ask Us chat."],
    [165, 'l', 'Are you still there?'],
    [350, 'l', "It looks like you've disconnected, so I'll end this chat now. Please come back anytime if you still need help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 no provider; Lost Call after two patron lines
  s(LINE, '11 free GED class near 21230: no provider joined, "anyone there??", patron left, coded Lost Call (two patron lines)', [
    [0, 'p', 'is there a free ged class near me? zip 21230'],
    queue(2, 5),
    [140, 'p', 'anyone there??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Practice
  s(PRACTICE, '12 practice chat (financial aid macros): coded Practice, every check na', [
    [0, 'p', 'test test fafsa'],
    [8, 'l', 'Hi, this is a practice chat to try the financial aid macros.'],
    [20, 'l', 'FAFSA: studentaid.gov. Anything else?'],
    [30, 'p', 'done testing'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 13 four chats at once
  s(KENJI, '13 Sallie Mae vs Parent PLUS: year asked, studentaid.gov rates + CFPB URL, "Would that help you two compare?", four chats open at once', [
    [0, 'p', 'should i take the sallie mae loan or the parent plus loan? my dad says plus is better'],
    [15, 'l', 'Hi! Kenji here, a librarian at the Ask Us chat, Lakeview Library.'],
    [21, 'l', 'Is this for undergrad, and has your school already offered you federal Direct Loans in your own name?'],
    [60, 'p', 'yes undergrad, i have the 5500 direct loan already'],
    [66, 'l', "I can't tell you which to pick, but I can show you how to compare. Current federal rates (Direct and Parent PLUS) are at studentaid.gov/interest-rates, and the CFPB's guide to comparing private and federal loans is at consumerfinance.gov/paying-for-college. The big differences: PLUS is in your dad's name with a fixed rate, while a private loan's rate depends on credit and usually needs a cosigner."],
    [72, 'l', 'Would that help you two compare?'],
    [120, 'p', "yeah we'll look at it together. thats everything thanks"],
    [126, 'l', 'Sounds good. Thanks for chatting, and good luck!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kenji', -300, 400), other('k2', 'kenji', -60, 200), other('k3', 'kenji', 30, 500)],
  }),

  // 14 transfer with a notice and a note; each provider busy only outside the part they handled
  s(NOOR, '14 Pell repayment after a withdrawal: transfer to Paul with a notice and a note, Metro State aid office by phone; Noor at 3 during her part, a fourth after; Paul\'s three end before his part', [
    [0, 'p', 'Do i have to pay back my pell grant if i withdraw from classes? i had a family emergency'],
    [20, 'l', "Hello, I'm Noor with the Ask a Librarian chat at Westbrook Library."],
    [26, 'l', 'When did you withdraw (or when do you plan to), and at which school?'],
    [70, 'p', 'last week, at Metro State. about halfway through the semester'],
    [76, 'l', "I'm going to transfer you to Paul, our librarian who specializes in financial aid questions. One moment please."],
    [79, 'i', 'Paul: pt withdrew mid-semester from Metro State, asking whether Pell has to be repaid (R2T4). Aid is your area, thanks!'],
    xfer(82, 'Paul', 'paul-b'),
    [125, 'l', 'Hi, Paul here, reference librarian at Westbrook Library. When you withdraw before the 60% point of the term, the school works out how much of your aid you "earned" (Return of Title IV Funds). If part of the Pell Grant was unearned you may owe some back, usually at most half of it. The rules are at studentaid.gov/understand-aid/types/grants/pell ("What happens if I withdraw?"). Call Metro State\'s Financial Aid Office at 555-301-4477, ask for your R2T4 calculation, and mention the family emergency.', as(PAUL)],
    [131, 'l', 'Does that help?', as(PAUL)],
    [180, 'p', 'yes that helps a lot, no more questions'],
    [186, 'l', 'Thanks for chatting, and I hope things get better with your family.', as(PAUL)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('n1', 'noor', -100, 500), other('n2', 'noor', -100, 500), other('n3', 'noor', 90, 600),
      other('p1', 'paul-b', -50, 70), other('p2', 'paul-b', -50, 70), other('p3', 'paul-b', -50, 70),
    ],
  }),

  // 15 pickedUpAt 30, first line at 140 (110 s after pickup)
  s(RUTH, '15 dual enrollment for a junior: pickedUpAt 30 s, first line at 140 (110 s after pickup), high school asked, College Credit Plus URL, "perfect, thats all i needed"', [
    [0, 'p', 'my daughter is a junior, can she take classes at the community college for free while in high school?'],
    [140, 'l', 'Hi! Sorry for the delay — this is Ruth, a librarian at Greene County Library\'s Ask Us chat.'],
    [146, 'l', 'Which high school does she go to? It depends a little on the district.'],
    [190, 'p', 'Xenia High'],
    [196, 'l', "Ohio's College Credit Plus program lets high school students take college classes tuition-free, and Xenia High students can use it at Sinclair or Clark State. The state's page explains who qualifies and the deadlines: highered.ohio.gov/college-credit-plus. The deadline to say she's interested for next fall is April 1."],
    [202, 'l', 'Is that what you needed?'],
    [240, 'p', 'perfect, thats all i needed'],
    [246, 'l', 'Wonderful. Thanks for chatting!'],
  ], usual(), { pickedUpAt: at(30) }),

  // 16 a transfer notice, and a note that does not say why
  s(OLIVE, '16 scholarship essay review: "Let me pass you to my colleague Sam", note "Sam can u grab this one? thx" (no reason), Tutor.com path, "Will that work with your Friday deadline?"', [
    [0, 'p', 'can someone look over my scholarship essay?? its due friday'],
    [25, 'l', 'Hi, Olive here with Ask a Librarian at Harbor City Library!'],
    [31, 'l', 'Is it for a college scholarship, and is there a word limit?'],
    [60, 'p', 'yes the Rotary one, 500 words'],
    [66, 'l', 'Let me pass you to my colleague Sam, who runs our homework help. Just a moment!'],
    [69, 'i', 'Sam can u grab this one? thx'],
    xfer(72, 'Sam', 'sam-h'),
    [110, 'l', "Hey, Sam here, a librarian at Harbor City Library. We can't edit essays over chat, but our Tutor.com service (harborlibrary.org > Homework Help > Tutor.com, free with your card) has a Writing Center: you upload the essay and a tutor sends comments within 24 hours.", as(SAM)],
    [116, 'l', 'Will that work with your Friday deadline?', as(SAM)],
    [150, 'p', 'yes ty'],
    [155, 'l', 'Anything else?', as(SAM)],
    [170, 'p', 'nope'],
    [175, 'l', 'Good luck with the essay! Thanks for chatting.', as(SAM)],
  ], usual({ transfer: 'fail' })),

  // 17 follow-up by the patron's library, e-mail only on file, no time, pending
  s(UMA, '17 copy of a 1998 Maryland GED diploma (follow-up by patron\'s library): GED transcripts URL, "someone from your library will follow up at the e-mail on your library account" (no time), pending', [
    [0, 'p', 'I got my GED in 1998 in Baltimore and need a copy of the diploma for a job application'],
    [30, 'l', "Good afternoon, this is Uma with Maryland's statewide Ask Us service."],
    [36, 'l', 'Did you take the test in Maryland? Older records depend on the state you tested in.'],
    [80, 'p', 'yes baltimore city'],
    [86, 'l', "Maryland's GED transcripts page, labor.maryland.gov/gedmd, explains how to get a copy of a diploma from before 2014 online. The older records can be tricky, so I'll pass your question to the adult education librarian at Enoch Pratt, and someone from your library will follow up at the e-mail on your library account."],
    [92, 'l', 'Does that page look like what you need?'],
    [140, 'p', 'yes thank you'],
    [146, 'l', 'Is there anything else I can help with?'],
    [170, 'p', 'no thats all'],
    [176, 'l', 'Thanks for using Ask Us. Good luck with the job!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'tnwilliams@example.com', phone: null } }),

  // 18 a promise "tonight" coded Answered
  s(VIKTOR, '18 scholarships for Latino students in Texas: HSF + collegeforalltexans URLs, "I can e-mail it to you tonight", e-mail read back, coded Answered, pending', [
    [0, 'p', 'hi im looking for scholarships for latino students in texas, im a senior'],
    [20, 'l', "Hi! Viktor here, a librarian at San Marcos Public Library's Ask a Librarian."],
    [26, 'l', 'Are you planning on a 4-year university or community college first? And what do you want to study?'],
    [70, 'p', 'UT probably, engineering'],
    [76, 'l', "Two good places to start: the Hispanic Scholarship Fund at hsf.net, and the state's scholarship search on collegeforalltexans.com (Paying for College > Scholarships). I also keep a list of local Hays County scholarships with their deadlines; I can e-mail it to you tonight. What's your e-mail?"],
    [120, 'p', 'its dani.r@example.com'],
    [126, 'l', "dani.r@example.com — got it, you'll have the list tonight."],
    [132, 'l', 'Do those two sites help in the meantime?'],
    [170, 'p', 'yes!! thank you'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thats everything'],
    [206, 'l', 'Thanks for chatting, and good luck!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 19 follow-up by me by phone, "by Monday afternoon", done after 90 h
  s(WANDA, '19 Parent PLUS payments for a retiree (follow-up by me): consolidation URL, phone read back, "by Monday afternoon", done after 90 h', [
    [0, 'p', "My parent plus loans are huge and im retired. Is there any way to lower the payment? I called the servicer and couldnt get through"],
    [40, 'l', "Hello, my name is Wanda and I'm a librarian at Oak Park Public Library."],
    [47, 'l', 'Have your Parent PLUS loans been consolidated into a Direct Consolidation Loan, or not yet?'],
    [110, 'p', 'no i dont think so'],
    [116, 'l', 'Let me look at the current rules, one moment.'],
    [200, 'l', "Parent PLUS loans only qualify for income-contingent repayment (ICR) after you consolidate them; the steps are at studentaid.gov/manage-loans/consolidation. The rules changed twice this year, so I'd like to check the latest deadlines with our financial literacy librarian and call you back. What number should I use?"],
    [260, 'p', '708-555-0163'],
    [266, 'l', "708-555-0163. I'll call you by Monday afternoon."],
    [272, 'l', 'Does the consolidation page help for now?'],
    [320, 'p', 'yes dear thank you'],
    [326, 'l', "You're welcome. Take care, and thanks for contacting us."],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 follow-up by me, no contact anywhere, not recorded by day 4
  s(XAVIER, '20 college credit for Army medic training (follow-up by me): JST URL, "I\'ll look into it and get back to you by tomorrow", no contact asked or on file, not recorded by day 4', [
    [0, 'p', 'can i get college credit for my army training? getting out in june'],
    [30, 'l', "Hi, thanks for contacting Ask Us! I'm Xavier, a librarian at Fort Hale Library."],
    [36, 'l', 'Which school are you looking at, and what was your MOS?'],
    [80, 'p', '68W medic, thinking about the nursing program at Central Texas College'],
    [86, 'l', "Your Joint Services Transcript (JST) lists the ACE credit recommendations for your training; you can download it at jst.doded.mil. I'm not sure how Central Texas College's nursing program counts 68W credit, so I'll look into it and get back to you by tomorrow."],
    [92, 'l', 'Does the JST site help for now?'],
    [130, 'p', 'yeah ok'],
    [136, 'l', 'Thanks for your service, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 21 check-in, goodbye 150 s after the answer
  s(YVETTE, '21 free classes at 64 (Virginia): credit or audit asked, NOVA senior page, "Are you still there?" at 190, goodbye + invitation at 231 (final idle 150 s)', [
    [0, 'p', 'Im 64, is it true I can take community college classes free in Virginia?'],
    [24, 'l', 'Good morning! Yvette here, librarian at Ask a Librarian, Fairfax County Public Library.'],
    [30, 'l', 'Do you want to take classes for credit, or just audit them?'],
    [75, 'p', 'audit is fine, for fun'],
    [81, 'l', "Yes: Virginia's Senior Citizens Higher Education Program lets residents 60 and over audit classes free at public colleges, space permitting. NOVA's page with the steps is at nvcc.edu/admissions/senior-citizens.html; seniors are placed after paying students, so popular classes can fill up."],
    [87, 'l', 'Does that answer your question?'],
    [190, 'l', 'Are you still there?'],
    [231, 'l', "I'll let you go. Thanks for chatting with Ask a Librarian, and feel free to come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 22 check-in, goodbye 214 s after the answer, no disconnect notice
  s(ZARA, '22 negative SAI on the FAFSA summary: answer at 61, "Still with me?" at 200, "Thanks for chatting with us — goodbye!" at 275 (final idle 214 s, no notice)', [
    [0, 'p', 'what does SAI mean on my fafsa submission summary? mine says -1500'],
    [20, 'l', 'Hi! Zara here with the Ask Us chat at Milton Public Library.'],
    [26, 'l', 'Is this your own FAFSA, as the student?'],
    [55, 'p', 'yes'],
    [61, 'l', 'SAI is the Student Aid Index, the number schools use to work out your aid. A negative SAI (it goes as low as -1500) means the highest need, and you\'ll usually get the maximum Pell Grant. The help center at studentaid.gov/help-center has an article on it (search "Student Aid Index").'],
    [67, 'l', 'Did that answer it?'],
    [200, 'l', 'Still with me?'],
    [275, 'l', 'Thanks for chatting with us — goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 23 Spanish: a notice that does not ask, no goodbye
  s(ABEL, '23 GED en español en Phoenix (Spanish): ged.com/es + the catalogue, "¿Le sirve?", no check-in, "Parece que se desconectó, así que voy a cerrar este chat." at 300', [
    [0, 'p', 'Hola, ¿se puede tomar el examen GED en español? vivo en Phoenix'],
    [28, 'l', '¡Hola! Soy Abel, bibliotecario de Phoenix Public Library.'],
    [34, 'l', '¿Quiere tomarlo en persona o en línea desde su casa?'],
    [80, 'p', 'en persona'],
    [86, 'l', 'Sí. En Arizona el GED se puede tomar en español. Cree una cuenta en ged.com/es, elija "español" y reserve su examen ahí mismo. La biblioteca también tiene libros de preparación para el GED en español; búsquelos en el catálogo en phoenixpubliclibrary.org.'],
    [92, 'l', '¿Le sirve?'],
    [300, 'l', 'Parece que se desconectó, así que voy a cerrar este chat.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 24 the completeness question before the source; the patron has the last word
  s(CARMEN, '24 how work-study pays: "Would a page that explains … be useful?" before the source and none after, patron "thats everything" last (no goodbye)', [
    [0, 'p', 'how does work study work? do i get a check?'],
    [22, 'l', 'Hello! This is Carmen, a librarian at Eastgate Library.'],
    [28, 'l', 'Did your school already offer you Federal Work-Study in your aid package?'],
    [70, 'p', 'yea it says 2500 FWS'],
    [76, 'l', 'Would a page that explains how the money is paid out be useful?'],
    [100, 'p', 'sure'],
    [106, 'l', "Here it is: studentaid.gov/understand-aid/types/work-study. In short, FWS isn't a lump sum: you find an on-campus (or approved off-campus) job and get a paycheck for the hours you work, up to the $2,500."],
    [150, 'p', 'ohh ok got it, thats everything'],
  ], usual({ complete: 'fail', courteous: 'fail' })),

  // 25 no source: "Talk to your school's financial aid office"; the greeting split over two lines
  s(DORIAN, '25 aid cut for grades (SAP appeal): "Hi there!" + "Dorian at Ask Us …" split, no source, "Talk to your school\'s financial aid office" (no contact), "ok ill try"', [
    [0, 'p', 'my financial aid got cut because of my grades, what can i do'],
    [30, 'l', 'Hi there!'],
    [33, 'l', "Dorian at Ask Us, Pikesville Library, here. Did your school say you're not meeting Satisfactory Academic Progress (SAP)?"],
    [90, 'p', 'yeah SAP. my mom was sick last semester'],
    [96, 'l', "You can usually file a SAP appeal explaining special circumstances like a family illness, with a plan for getting back on track. Talk to your school's financial aid office about the appeal form and the deadline; they decide it."],
    [102, 'l', 'Does that help?'],
    [140, 'p', 'ok ill try'],
    [146, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 26 a source before the question
  s(EZRA, '26 which credits transfer (GTC to UWM): transferology.com given before "What school are you transferring from and to?", transferwisconsin.org, "thats all i needed"', [
    [0, 'p', 'how do i know which of my credits will transfer? switching schools in the fall'],
    [18, 'l', 'Hey! Ezra here, librarian at Ask a Librarian, Waukesha Public Library.'],
    [24, 'l', "Transferology (transferology.com) lets you enter your courses and see which schools take them and how. It's free."],
    [30, 'l', 'What school are you transferring from and to?'],
    [70, 'p', 'from GTC to UW Milwaukee'],
    [76, 'l', "UW schools also use the Transfer Wisconsin course search at transferwisconsin.org: pick Gateway Technical College and UW-Milwaukee to see each course's equivalent."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yep that works, thats all i needed'],
    [126, 'l', 'Glad to help! Thanks for chatting.'],
  ], usual({ clarify: 'fail' })),

  // 27 chat-speak; "call ur servicer, number is on ur statement"; code null
  s(MO, '27 student loan interest deduction (chat-speak): "hey! Mo w/ Ask Us @ Riverside Library", "sec", irs.gov p970, "call ur servicer, number is on ur statement", code null', [
    [0, 'p', 'do i get a tax break for student loan interest?? got a 1098-E'],
    [10, 'l', 'hey! Mo w/ Ask Us @ Riverside Library 👋'],
    [14, 'l', 'fed or private loans?'],
    [30, 'p', 'fed'],
    [34, 'l', 'sec'],
    [80, 'l', 'yep, up to $2,500 of the interest u paid is deductible (income limits apply). irs.gov/publications/p970 ch. 4 has the details. if u didnt get the 1098-E, call ur servicer, number is on ur statement'],
    [84, 'l', 'that help?'],
    [110, 'p', 'ya thx'],
    [114, 'l', 'np! anything else?'],
    [125, 'p', 'nah'],
    [130, 'l', 'k good luck w/ taxes, bye!'],
  ], usual({ referral: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 28 holds every ~110 s, one a partial result
  s(FELIX, '28 Cal Grant for community college: holds at 76/186 (partial result, search goes on)/296, answer at 396, CSAC URL + PCC aid office phone and e-mail, "that is all"', [
    [0, 'p', 'Hello, I am going to start at Pasadena City College in the fall. Is the Cal Grant deadline the same for community college? I missed March 2'],
    [25, 'l', "Good afternoon, and thanks for contacting Ask a Librarian at Pasadena Public Library. I'm Felix."],
    [31, 'l', 'Did you file the FAFSA (or the California Dream Act Application) already?'],
    [70, 'p', 'yes the FAFSA in april'],
    [76, 'l', 'Let me look into the community college deadline. One moment please.'],
    [186, 'l', "I found the California Student Aid Commission's deadlines page; still checking what it says for community college students, bear with me."],
    [296, 'l', 'Almost there, confirming the September date.'],
    [396, 'l', 'Here it is: community college students have a second Cal Grant deadline, September 2. The CSAC deadlines page is csac.ca.gov/cal-grant (see "Deadlines"). Since you filed in April, make sure PCC has your GPA verification; their Financial Aid Office can check it for you at 626-555-0128 or finaid@example.edu.'],
    [402, 'l', 'Does that answer your question?'],
    [450, 'p', 'yes thank you very much, that is all'],
    [456, 'l', 'You are welcome! Thanks for chatting, and good luck at PCC.'],
  ], usual({ referral: 'pass' })),

  // 29 "take your time" then 204 s away; a restatement
  s(GABE, '29 CSS Profile without a father: restated ("So you need to know how…"), "Sure, no rush — take your time." then the patron away 204 s, College Board URL', [
    [0, 'p', 'need to fill out the CSS profile and it asks for my parents 2023 tax info but my dad is not in the picture'],
    [20, 'l', "Hello! I'm Gabe, a librarian at Cedar Rapids Public Library's Ask Us chat."],
    [26, 'l', "So you need to know how to fill out the CSS Profile when your father isn't part of your life."],
    [60, 'p', 'yes. hold on my mom is calling me'],
    [66, 'l', 'Sure, no rush — take your time.'],
    [270, 'p', 'ok back, sorry'],
    [276, 'l', 'No problem! The CSS Profile has a Noncustodial Parent (NCP) waiver request for this: answer the questions about your parents\' marital status, then request the waiver, and each college decides whether to grant it. College Board explains it at cssprofile.collegeboard.org (Help Center > Noncustodial Parent).'],
    [282, 'l', 'Is that what you were looking for?'],
    [330, 'p', 'yes perfect, thats all i needed'],
    [336, 'l', 'Great, good luck! Thanks for using Ask Us.'],
  ], usual()),

  // 30 internal lines while the patron waits 135 s; follow-up by the patron's library, e-mail read back, "within 72 hours", done 60 h
  s(PILAR, '30 evening ESL and GED classes (follow-up by patron\'s library): two internal lines, answer 135 s after the patron, e-mail read back, "within 72 hours", done 60 h', [
    [0, 'p', 'Hi, my husband wants to take English classes and later the GED. Are there free classes for adults in Montgomery County? He works days.'],
    [25, 'l', "Good evening! I'm Pilar, a librarian with Maryland's Ask Us statewide service."],
    [31, 'l', 'Which town do you live in, and does he need evening or weekend classes?'],
    [80, 'p', 'Silver Spring, evenings'],
    [86, 'i', 'anyone know if the adult ESOL evening sessions at Silver Spring are still full for spring?'],
    [150, 'i', 'MCPL: ESOL evenings at Silver Spring full, waitlist open; Wheaton has seats'],
    [215, 'l', "Thanks for waiting. Montgomery College's adult ESL and GED programs are free or low cost; the class list with evening sections is at montgomerycollege.edu/adult-ed. Evening ESOL at Silver Spring is full this spring, but Wheaton has seats. I'll pass this on to Montgomery County Public Libraries, and someone there will e-mail you within 72 hours to help him sign up. What e-mail should they use?"],
    [260, 'p', 'mfernandez@example.com'],
    [266, 'l', "mfernandez@example.com — thank you. They'll write to you within 72 hours."],
    [272, 'l', 'Does the Montgomery College page help in the meantime?'],
    [310, 'p', 'yes, thank you so much!'],
    [316, 'l', 'Anything else I can help with tonight?'],
    [340, 'p', 'no that is everything'],
    [346, 'l', 'Thank you for using Ask Us. Good night!'],
  ], usual({ informed: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(60 * HOUR) }] }, { now: T0 + 5 * DAY }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {}; // none: every case scored as labelled on the first run

describe('sixtieth round: paying for school, checked', () => {
  describeSessions('whole sessions', sixtiethRoundStudents.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundStudents.filter((c) => c.name in LEFT_WHY));
});
