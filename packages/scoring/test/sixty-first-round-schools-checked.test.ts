/**
 * Sixty-first round, theme SCHOOLS AND SPECIAL EDUCATION, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: enrolling a child (kindergarten registration after a move, the Texas kindergarten
 * age cutoff, proof of residency while doubled up with family under McKinney-Vento, DC's charter lottery, a 6th grader's bus
 * stop, a supply list), school records and transcripts (a 1994 transcript from a closed Catholic school, a transcript sent to a
 * college through Parchment, a 1958 yearbook photo for a funeral, 1920s school enumerations for genealogy, a PowerSchool
 * login), IEPs and 504 plans (a first IEP meeting, an IEP moving from Texas to Georgia, a written evaluation request, a 504 plan
 * for ADHD in Spanish and for a peanut allergy, dyslexia tutoring), homeschool registration, a sports physical form, school
 * board meetings (public comment, research on later start times, the 1971 busing vote minutes), a truancy letter, credit
 * recovery, and tutoring (algebra 2 in chat-speak, a Gatsby essay, homework help for 4th graders, ESL tutoring in Spanish).
 * Providers point to district, state and federal pages (FCPS, TPS, SCUSD BoardDocs, MSDE, GaDOE, CDE, OCR, IHSAA, Texas
 * statutes, My School DC), parent centers, library databases, catalogues and guides, and refer to registration offices,
 * homeless liaisons, the Archdiocese's schools office, a reading clinic, a lottery hotline, attendance clerks, principals,
 * counselors and campus front offices. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/sixtyFirstRoundSchools-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 34 s pickup (01); a patron "hello??" in the queue and an 82 s pickup (28: fail); no provider
 *   ever joined (09); "Hey! Niko here, librarian at …" (06); chat-speak "hey! this is Sam at Ask a Librarian …" under the
 *   screen name "sam_mgpl" (07); Spanish "¡Hola! Soy Lucía, bibliotecaria de …" (04), "¡Hola! Soy Yolanda …" (30); "Xavier,
 *   Ask a Librarian at Round Rock Public Library." (names the provider, greets no one: 29, fail);
 *  inquiry: district, county, state, school, grade, age, diagnosis, which evaluation, township and maiden name, public or
 *   private, enrolled or new; a restatement with no question mark ("So you want to know whether a food allergy … can qualify
 *   her for a 504 plan …", 25: pass); the BoardDocs URL given before "Is it Sac City Unified you mean …?" (06: fail); a
 *   question before a receiver's answer after a transfer (13, 14);
 *  waits: "Thanks, let me find the Maryland version for you." answered 154 s later (03: fail); holds at 96, 200 (a partial
 *   result that says the search goes on) and 306 with the answer at 400 (24: pass); "sec" then 48 s (07); "No problem, take
 *   your time." then the patron back 304 s later (23: waiting on the patron, pass); a silent transfer, the receiver 80 s after
 *   the patron (13: pass); a transfer notice "Please hold!" answered by the receiver 150 s later (14: fail);
 *  endings: a Lost Call with the greeting only and "It looks like you've left the chat, so I'm going to end this session now."
 *   at 260 (08: final idle 237 s, no check-in: idle fails, notice passes, courteous fails); "Are you still there?" at 160 and a
 *   goodbye at 222 (21: final idle 156 s, idle passes, disconnect na); a goodbye 206 s after the answer with neither (22: both
 *   fail); the patron's "ok" and the window closing as the last lines after a follow-up promise (18: no final idle, courteous
 *   fails); "Your time is up for this chat session. Goodbye." (19: dismissal fails, courteous passes); "a few other patrons
 *   waiting … You're welcome to chat back in later too!" (20: allowed); goodbyes "Have a good one, bye!", "k good luck w/
 *   algebra! bye", "Glad to help — good luck with the move. Bye!", "You're welcome! Bye for now.", "Bye, and best of luck with
 *   middle school!", "¡Gracias por usar nuestro chat! Hasta luego."; patron-side "that's all I needed", "thats everything",
 *   "eso es todo", "no more questions", "thats all", "no es todo", and "ok", "ok sure", "ok I guess", "no thanks" (to an offer)
 *   that do not count;
 *  sources: district, state and federal URLs, BoardDocs, Parchment, the library's HelpNow path, Literary Reference Center and
 *   the catalogue, a newspaper database, the Genealogy Center's digitized enumerations, Classmates.com, a Texas statute; none
 *   ("Your best bet is to ask his school counselor", 26: fail);
 *  referrals: the FCPS Registration Office by phone (01); the Archdiocese's Office of Catholic Schools by URL and phone (02);
 *   the Parents' Place of Maryland by phone and URL (03); "Call the school's attendance clerk right away" (05: no contact); a
 *   homeless liaison by phone (10); a reading clinic by phone after a transfer (12); a lottery hotline by phone (20); "Send it
 *   to the school principal" (23: no contact); "ask his school counselor" (26: no contact); "call your campus front office;
 *   the numbers are in the school directory at roundrockisd.org/schools" (29, LEFT); staff consulted on the patron's behalf
 *   (Washington County's staff, 15; the school library, 16; the Local History department, 18) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (02: pass); FU_LIB with the e-mail only in
 *   `patron.email`, no time, not recorded by day 5 (15: contact and on_time fail); a call-back promise with the phone read
 *   back, "by noon tomorrow", coded Answered, done in 20 h (16: code fails, contact and on_time pass); FU_ME with the e-mail
 *   read back, "by Thursday", not recorded at day 1 (17: pending); FU_ME with no contact anywhere, "I'll get back to you once
 *   I hear", done after 100 h (18: code, contact and on_time fail);
 *  codes: a true Lost Call (08); Lost Call after four patron lines (30: fail); null with no provider (09); an empty string
 *   (06); Practice (27);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail); a notice with
 *   no note (14: fail);
 *  concurrency: four at once (10: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (11: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey! Niko here …" and "hey! this is Sam at …" greet; "Xavier, Ask a Librarian at Round Rock Public Library." identifies
 *   but greets no one (no hello, hi, welcome or thanks), so the greeting fails (29);
 * - "Call the school's attendance clerk", "Send it to the school principal" (write to them) and "ask his school counselor"
 *   tell the patron to contact a person outside the chat: referrals, each with no e-mail, phone, address or URL (05, 23, 26);
 * - "call your campus front office; the numbers are in the school directory at roundrockisd.org/schools" comes with a URL, and
 *   the URL is given as the place where that office's phone is: a way to reach the party (29: pass);
 * - "I'll pass your question to Washington County's staff, and someone from your library will contact you", "I can check with
 *   the school library … and call you back" and "I'll ask them [Local History] to check" are the provider consulting others
 *   on the patron's behalf: no referral (15, 16, 18);
 * - "Does this get you started?", "That do it?", "Does the calendar help for now?", "In the meantime, is the district page
 *   any help?", "Do the CDC page and the AAP statement help for now?" and "¿Le sirve?" ask whether what was given meets the
 *   need; "Would it help if I also looked up Cobb County Schools' special ed enrollment contact?" offers more and does not (13);
 * - "no thanks" to that offer does not say the patron is done (13); "no es todo" (no, that's all) does (30);
 * - "Your time is up for this chat session. Goodbye." dismisses (time is up) and still says goodbye (19);
 * - in the Lost Call (08) the greeting is not a hold, so the final idle starts at it (28 s) and runs to `endedAt` (265 s): the
 *   notice is no goodbye and no check-in;
 * - "You're welcome! Bye for now." and "Glad to help — good luck with the move. Bye!" say goodbye.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 29: "call your campus front office; the numbers are in the school directory at
 *    roundrockisd.org/schools" read as a referral without contact (fail; RUBRIC pass: the referral comes with a URL where the
 *    office's number is).
 * The scorer reads every other referral as labelled (the attendance clerk, the principal and the counselor with no contact as
 *   fails; the Registration Office, the Archdiocese, the Parents' Place, the homeless liaison, the reading clinic and the
 *   hotline by phone as passes; staff consulted as no referral). Every timing check (pickup at 34 and 82 s and with no
 *   provider; keep_informed at 154 and 150 s, across holds, a partial-result hold, "take your time" and two transfers; final
 *   idles of 0, 156, 206 and 237 s; concurrency at four and at touching ends; on_time done at 20 and 30 h, late at 100 h,
 *   pending at day 1, not recorded by day 5) scored as labelled on the first run. The redaction equality of describeSessions
 *   holds for every running case (patron e-mails typed and read back, a patron phone read back, an e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * ON v55 (block U, written partly from these twelve files): as on v54, 29 running, 1 LEFT (29).
 * FINAL RUN (rubric v55): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting! You are number ${n} in line. A librarian will be right with you.`];

const MARCY: Prov = { id: 'marcy', name: 'Marcy', library: 'FCPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'STATE-MD' };
const TAMIKA: Prov = { id: 'tamika', name: 'Tamika', library: 'PGCMLS' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SAPL' };
const RAY: Prov = { id: 'ray', name: 'Ray', library: 'TCCL' };
const NIKO: Prov = { id: 'niko', name: 'Niko', library: 'SPL-CA' };
const SAM: Prov = { id: 'sam', name: 'sam_mgpl', library: 'MGPL' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'LCPL' };
const QUEUE: Prov = { id: 'ask-queue', name: 'Ask a Librarian queue', library: 'STATE' };
const PRIYA: Prov = { id: 'priya-a', name: 'Priya', library: 'APL-CO' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'LPL-OH' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'MCL-OR' };
const CARLOS: Prov = { id: 'carlos', name: 'Carlos', library: 'MCL-OR' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'CCPL-GA' };
const DALE: Prov = { id: 'dale', name: 'Dale', library: 'CCPL-GA' };
const IVAN: Prov = { id: 'ivan', name: 'Ivan', library: 'LFPL' };
const ADA: Prov = { id: 'ada', name: 'Ada (Kentucky History)', library: 'LFPL' };
const KAREN: Prov = { id: 'karen', name: 'Karen', library: 'STATE-MD' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'DMPL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'AADL' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'SGCL' };
const OLGA: Prov = { id: 'olga', name: 'Olga', library: 'KDL' };
const PAUL: Prov = { id: 'paul', name: 'Paul', library: 'DCPL' };
const QUINN: Prov = { id: 'quinn-i', name: 'Quinn', library: 'IndyPL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'APL-TX' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia', library: 'BCPL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'ACPL' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'HCL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'CCPL-OH' };
const TRAINING: Prov = { id: 'train-s', name: 'Training Desk', library: 'TRN' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'WCPL' };
const XAVIER: Prov = { id: 'xavier', name: 'Ref Desk 2', library: 'RRPL' };
const YOLANDA: Prov = { id: 'yolanda', name: 'Yolanda', library: 'HPL' };

export const sixtyFirstRoundSchools: SessionCase[] = [
  // 01 kindergarten registration after a move
  s(MARCY, '01 kindergarten registration after a move: queue line, district asked, hold, FCPS pages + Registration Office phone, "thats all I needed"', [
    [0, 'p', 'Hi, my daughter turns 5 in August, how do I sign her up for kindergarten? We just moved here'],
    queue(2),
    [34, 'l', 'Good afternoon! This is Marcy, a librarian with Fairfax County Public Library. Welcome to the area!'],
    [40, 'l', "Which school district are you in, or what's your street address? Enrollment depends on the school your address is zoned for."],
    [95, 'p', 'fairfax county, near the Burke Centre area'],
    [101, 'l', 'One moment while I pull up the enrollment page.'],
    [170, 'l', "Fairfax County Public Schools has a kindergarten registration page at fcps.edu/registration/kindergarten. The Boundary Locator (fcps.edu/boundary-locator) tells you which elementary school you're zoned for. Then call the FCPS Registration Office at 571-555-0140 to set up an appointment. Bring her birth certificate, proof of residency (lease or deed plus a utility bill), her shot records and a physical on the Virginia school entrance form."],
    [176, 'l', 'Does that completely answer your question?'],
    [240, 'p', "yes thank you!! that's all I needed"],
    [246, 'l', "You're welcome, and thanks for contacting us. Good luck with kindergarten!"],
  ], usual({ referral: 'pass' })),

  // 02 closed Catholic school transcript: follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(GRANT, '02 1994 transcript from a closed Catholic school (follow-up by me): Archdiocese by URL + phone, e-mail read back, "by Friday", done 30 h', [
    [0, 'p', 'I need my high school transcript from 1994 for a nursing program but my school (St. Bernadette Academy) closed in 2003. who has the records??'],
    [22, 'l', 'Hi there, this is Grant with Ask Us Maryland, the statewide library chat.'],
    [28, 'l', "Was St. Bernadette a Catholic school, and which county was it in? Closed Catholic schools' records usually go to the diocese, not the public schools."],
    [80, 'p', 'yes catholic, baltimore county'],
    [86, 'l', 'Let me check where the Archdiocese keeps them.'],
    [175, 'l', "Former students of closed archdiocesan schools request transcripts from the Archdiocese of Baltimore's Office of Catholic Schools: the form is at archbalt.org/schools/transcripts, or call them at 410-555-0182. I'd like to double-check that St. Bernadette's records went to them and not to a parish. Can I look into that and e-mail you what I find?"],
    [230, 'p', 'sure its kbrennan74@example.com. i need it by the 20th'],
    [236, 'l', "kbrennan74@example.com — got it. I'll e-mail you by Friday at the latest."],
    [242, 'l', 'In the meantime, does the transcript request page help?'],
    [290, 'p', 'yes thank you so much'],
    [296, 'l', 'Anything else I can help with today?'],
    [320, 'p', 'no thats all'],
    [326, 'l', 'Thanks for contacting Ask Us, and good luck with the nursing program!'],
  ], usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 03 first IEP meeting: a hold answered 154 s later
  s(TAMIKA, '03 first IEP meeting, parent rights: state asked, "let me find the Maryland version" answered 154 s later, MSDE page + Parents\' Place by phone and URL', [
    [0, 'p', 'my son has his first IEP meeting next week and I feel totally lost. what are my rights, can I bring someone with me?'],
    [18, 'l', "Hello, I'm Tamika, a librarian at Prince George's County Memorial Library System. I'm glad you reached out."],
    [25, 'l', 'What state are you in? Parent rights under IDEA are federal, but each state writes its own procedural safeguards notice.'],
    [70, 'p', 'maryland'],
    [76, 'l', 'Thanks, let me find the Maryland version for you.'],
    [230, 'l', "Sorry that took a while! Maryland's Procedural Safeguards notice (your rights, in plain language) is on the MSDE special education page: marylandpublicschools.org/programs/Pages/Special-Education. And yes, you can bring someone — a friend, an advocate or a relative. The Parents' Place of Maryland helps families get ready for IEP meetings for free: call them at 410-555-0118 or see ppmd.org."],
    [236, 'l', 'Is this what you were looking for?'],
    [300, 'p', 'yes this helps a lot. thats everything, thank you'],
    [306, 'l', "You're so welcome. Best of luck at the meeting, and thanks for chatting!"],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 04 Spanish: 504 plan for ADHD
  s(LUCIA, '04 plan 504 para TDAH (Spanish): "¿Su hija tiene algún diagnóstico…?", ed.gov guide, "¿Le sirve…?", "eso es todo"', [
    [0, 'p', 'hola, la escuela dice que mi hija no califica para IEP pero que puede tener un plan 504. que es eso?'],
    [26, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Santa Ana. Con gusto le ayudo.'],
    [33, 'l', '¿Su hija tiene algún diagnóstico, por ejemplo TDAH o diabetes? Así le busco la información que más le sirva.'],
    [90, 'p', 'si, TDAH. esta en 3er grado'],
    [97, 'l', 'Un plan 504 da adaptaciones en el salón (más tiempo en los exámenes, sentarse cerca de la maestra, descansos) a estudiantes con una discapacidad, aunque no necesiten educación especial. El Departamento de Educación tiene una guía para padres en español: ed.gov/ocr/504-guia-padres.'],
    [103, 'l', '¿Le sirve esta información?'],
    [160, 'p', 'sí, mucho. eso es todo, gracias'],
    [166, 'l', '¡De nada! Gracias por usar nuestro chat. Que le vaya bien.'],
  ], usual()),

  // 05 truancy letter: "Call the school's attendance clerk" (no contact)
  s(RAY, '05 truancy letter after 10 absences: state law + TPS policy URLs, "Call the school\'s attendance clerk right away" (no contact), "Anything else?" "no"', [
    [0, 'p', "Got a letter from my kid's middle school saying he has 10 unexcused absences and they might refer us to court?? He was SICK. what do I do"],
    [15, 'l', "Hi, this is Ray at the Ask a Librarian chat, Tulsa City-County Library. I'm sorry, that sounds stressful."],
    [22, 'l', 'Did you send in notes from a doctor or parent for those days? And is this Tulsa Public Schools?'],
    [75, 'p', 'yes TPS. I called in but never sent notes'],
    [81, 'l', "Oklahoma's attendance law is explained at oklahoma.gov/education (search 'attendance'): after 10 unexcused absences in a semester the school has to notify the parents and can refer the case to the district attorney. TPS's attendance policy, including how absences become excused with a doctor's note, is at tulsaschools.org/attendance. Call the school's attendance clerk right away and bring the doctor's notes."],
    [87, 'l', 'Did that help?'],
    [140, 'p', 'ok'],
    [146, 'l', 'Anything else I can help with?'],
    [180, 'p', 'no'],
    [185, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ referral: 'fail' })),

  // 06 school board: a source before the question; code ""
  s(NIKO, '06 school board public comment: BoardDocs URL given before "Is it Sac City Unified you mean…?", "no more questions thx", code ""', [
    [0, 'p', 'when is the next school board meeting and how do i sign up to speak'],
    [20, 'l', 'Hey! Niko here, librarian at Sacramento Public Library.'],
    [26, 'l', "Most boards post agendas and public comment rules on BoardDocs. Sac City Unified's is at go.boarddocs.com/ca/scusd/Board.nsf, and regular meetings are the 1st and 3rd Thursday at 6:30 pm."],
    [32, 'l', 'Is it Sac City Unified you mean, or another district like Elk Grove?'],
    [70, 'p', 'sac city'],
    [76, 'l', 'Great, then on that BoardDocs page open the next meeting; the agenda explains public comment. You can submit a speaker request online at scusd.edu/board-meetings before 3 pm on the day of the meeting.'],
    [82, 'l', 'Did that answer your question?'],
    [130, 'p', 'yep no more questions thx'],
    [135, 'l', 'Have a good one, bye!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 07 chat-speak tutoring
  s(SAM, '07 free algebra 2 tutoring (chat-speak): "hey! this is Sam at Ask a Librarian", "sec", HelpNow path, "that help?", "k … bye"', [
    [0, 'p', 'do u guys have free tutoring?? failing algebra 2 lol'],
    [9, 'l', 'hey! this is Sam at Ask a Librarian, Maple Grove Public Library 👋'],
    [13, 'l', 'what grade r u in, and do u want a live tutor or help w/ homework u submit?'],
    [40, 'p', '11th. live pls, tonight if possible'],
    [44, 'l', 'sec'],
    [92, 'l', "ok so w/ ur library card u get HelpNow, live tutors 2-11pm every day incl algebra 2: maplegrovelibrary.org/helpnow → log in w/ card # + PIN → Math → Algebra II. it's free"],
    [96, 'l', 'that help?'],
    [120, 'p', 'omg yes ty'],
    [124, 'l', 'anything else?'],
    [140, 'p', 'nah im good'],
    [144, 'l', 'k good luck w/ algebra! bye'],
  ], usual()),

  // 08 Lost Call: greeting only, no check-in, a notice with no goodbye
  s(DEV, '08 homeschool registration (Lost Call): greeting only, "It looks like you\'ve left the chat, so I\'m going to end this session now." at 260 (no check-in, no goodbye)', [
    [0, 'p', 'how do i register to homeschool in virginia'],
    [28, 'l', 'Hello, this is Dev with Ask a Librarian, Loudoun County Public Library.'],
    [260, 'l', "It looks like you've left the chat, so I'm going to end this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 no provider joined
  s(QUEUE, '09 evaluation request in writing?: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'I want to request an evaluation for special ed for my daughter, does it have to be in writing?'],
    queue(3, 3),
    [150, 'p', 'hello??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 10 McKinney-Vento; four chats at once
  s(PRIYA, '10 proof of residency while doubled up: McKinney-Vento, CDE page, "call Aurora Public Schools\' homeless liaison at 303-…", four chats open at once', [
    [0, 'p', 'we moved in with my mom after losing our apartment and the school wants proof of residency, I have nothing in my name. what can I do?'],
    [20, 'l', "Hi! I'm Priya, a librarian at Aurora Public Library. I'm sorry you're dealing with this."],
    [27, 'l', 'Are your kids already enrolled somewhere, or are you trying to enroll them for the first time here?'],
    [80, 'p', 'already at aurora schools, but we moved to a different part of town'],
    [86, 'l', "Families who lose their housing and double up with relatives are covered by the McKinney-Vento Act: the kids can stay at their current school or enroll in the new one right away, without proof of residency. The Colorado Department of Education explains it at cde.state.co.us/dropoutprevention/homeless_index. To set it up, call Aurora Public Schools' homeless liaison at 303-555-0177."],
    [92, 'l', 'Does that help with what you needed?'],
    [140, 'p', 'yes. I didnt know that. thats all I needed'],
    [146, 'l', "I'm glad. Take care, and thanks for chatting with us."],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('p1', 'priya-a', -300, 400), other('p2', 'priya-a', -60, 200), other('p3', 'priya-a', 30, 500)],
  }),

  // 11 transcript via Parchment; concurrency at touching ends
  s(OMAR, '11 transcript to a college via Parchment: "Is it Lakewood High in Lakewood, Ohio?", others end exactly at the start / start exactly at the end (three at most)', [
    [0, 'p', 'how do I get my high school transcript sent to a college? graduated 2019 from Lakewood High'],
    [16, 'l', 'Hello and thanks for contacting Ask Us! This is Omar at Lakewood Public Library.'],
    [22, 'l', 'Is it Lakewood High in Lakewood, Ohio? And does the college want it sent electronically?'],
    [60, 'p', 'yes ohio, they said electronic is fine'],
    [66, 'l', "Lakewood City Schools sends transcripts through Parchment: go to parchment.com, create a free account, search for Lakewood High School (Lakewood, OH) and pick the college as the destination. The district's records page, lakewoodcityschools.org/transcripts, lists the fees."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes perfect'],
    [115, 'l', 'Anything else I can help with today?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('o1', 'omar', -500, 0), other('o2', 'omar', -100, 600), other('o3', 'omar', 10, 300), other('o4', 'omar', 150, 800)],
  }),

  // 12 transfer with a notice and a note
  s(BETH, '12 dyslexia tutoring: transfer to Carlos (Youth Services) with a notice and a note, library guide URL, reading clinic by phone, "that\'s everything"', [
    [0, 'p', 'My 2nd grader was just diagnosed with dyslexia. Are there tutors or programs that take insurance or are free?'],
    [24, 'l', 'Hi, Beth here at Ask a Librarian, Multnomah County Library.'],
    [30, 'l', 'Are you in Multnomah County, or elsewhere in Oregon?'],
    [65, 'p', 'Gresham, so yes multnomah'],
    [71, 'l', "Our Youth Services librarian, Carlos, has put together a list of dyslexia resources, so I'm going to transfer you to him. One moment please!"],
    [74, 'i', 'Carlos: parent of 2nd grader, new dyslexia dx, Gresham. Wants free/insurance tutoring options. Thanks!'],
    xfer(77, 'Carlos', 'carlos'),
    [130, 'l', "Hi, this is Carlos from Youth Services. Our guide for families, multcolib.org/dyslexia-resources, lists free and low-cost tutoring in the county. The Children's Reading Clinic at Portland State offers sliding-scale tutoring; call them at 503-555-0163 to get on the list.", as(CARLOS)],
    [136, 'l', 'Does this answer your question?', as(CARLOS)],
    [190, 'p', "yes, thank you both! that's everything"],
    [196, 'l', "You're welcome! Thanks for using Ask a Librarian.", as(CARLOS)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 13 silent transfer (internal note only); an offer instead of the completeness question
  s(HANNAH, '13 IEP moving from Texas to Georgia: transfer to Dale with an internal note only, GaDOE + parentcenterhub URLs, "Would it help if I also looked up…?" (an offer), "no thanks"', [
    [0, 'p', 'we are moving from texas to georgia in march. my son has an IEP. does the new school have to follow it?'],
    [22, 'l', 'Good morning! This is Hannah at Ask a Librarian, Cobb County Public Library.'],
    [28, 'l', "Is he in public school now, and do you know which Georgia district you'll be in?"],
    [70, 'p', 'yes public, cobb county schools'],
    [74, 'i', 'Dale, can you take this? Out-of-state IEP transfer, ed law stuff, you know it better'],
    xfer(78, 'Dale', 'dale'),
    [150, 'l', "Hi! Dale here, education librarian with Cobb County Public Library. Under IDEA, when a student with an IEP moves to a new state during the school year, the new district must provide services comparable to the old IEP until it does its own evaluation and writes a new one. The Georgia DOE explains this on its special education page, gadoe.org/Curriculum-Instruction-and-Assessment/Special-Education-Services, and the Center for Parent Information and Resources has a plain-language article at parentcenterhub.org/iep-transfers.", as(DALE)],
    [156, 'l', "Would it help if I also looked up Cobb County Schools' special ed enrollment contact?", as(DALE)],
    [200, 'p', 'no thanks'],
    [206, 'l', 'Glad to help — good luck with the move. Bye!', as(DALE)],
  ], usual({ complete: 'fail', anything: 'fail', transfer: 'fail' })),

  // 14 transfer notice with no note; the receiver 150 s after the notice
  s(IVAN, '14 1971 busing vote minutes: transfer notice "Please hold!" with no note, Ada 150 s later, catalog + newspaper database, "Does this get you started?"', [
    [0, 'p', "I'm researching the 1971 school board vote on busing in our district. where would the minutes be?"],
    [30, 'l', "Hi! I'm Ivan, a reference librarian at Louisville Free Public Library."],
    [36, 'l', "Is it the Louisville city school board or Jefferson County's? They merged in 1975."],
    [80, 'p', 'jefferson county'],
    [86, 'l', "I'm going to transfer you to our Kentucky History desk, they know those records. Please hold!"],
    xfer(90, 'Ada (Kentucky History)', 'ada'),
    [236, 'l', "Hello, Ada in Kentucky History here. We have the Jefferson County Board of Education minutes for 1971 on microfilm; they're in our catalog at lfpl.org/catalog (search 'Jefferson County Board of Education minutes'). The Courier-Journal's coverage of the vote is in our Courier-Journal historical archive database at lfpl.org/research.", as(ADA)],
    [242, 'l', 'Does this get you started?', as(ADA)],
    [290, 'p', 'yes!! thank you'],
    [296, 'l', 'Anything else today?', as(ADA)],
    [320, 'p', 'no thats all'],
    [325, 'l', 'Happy researching, and thanks for chatting!', as(ADA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 15 follow-up by the patron's library: e-mail only on file, no time, not done by day 5
  s(KAREN, '15 4th grade homework help (follow-up by patron\'s library): WCFL events URL, "someone from your library will contact you at the e-mail on your library account" (no time), not done by day 5', [
    [0, 'p', "does my library have a homework help program for 4th graders? I'm in Hagerstown"],
    [30, 'l', 'Hi, this is Karen with Ask Us Maryland, the statewide chat.'],
    [36, 'l', 'Is your home library Washington County Free Library?'],
    [70, 'p', 'yes'],
    [76, 'l', "WCFL's events calendar, washcolibrary.org/events, lists their programs, but I don't see this spring's homework help sessions there yet. I'll pass your question to Washington County's staff, and someone from your library will contact you at the e-mail on your library account."],
    [82, 'l', 'Does the calendar help for now?'],
    [130, 'p', 'ok sure'],
    [136, 'l', 'Thanks for chatting with Ask Us!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'mom.of.three@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 16 call-back promise coded Answered; phone read back; done in 20 h
  s(LEON, '16 3rd grade supply list: district page, "I can … call you back", phone read back, "by noon tomorrow", coded Answered, done 20 h', [
    [0, 'p', 'hi do you know where to find the 3rd grade supply list for Roosevelt Elementary? school starts monday'],
    [21, 'l', "Hi! You've reached Leon at the Ask a Librarian chat, Des Moines Public Library."],
    [27, 'l', 'Is it Roosevelt Elementary here in Des Moines, on 42nd St?'],
    [60, 'p', 'yes'],
    [66, 'l', 'One sec, checking the district site.'],
    [140, 'l', "DMPS posts supply lists at dmschools.org/supply-lists, but Roosevelt's 3rd grade list isn't up there yet. I can check with the school library tomorrow morning and call you back with it. What's the best number?"],
    [190, 'p', '515-555-0126'],
    [195, 'l', "515-555-0126 — got it. I'll call you by noon tomorrow."],
    [201, 'l', 'In the meantime, is the district page any help?'],
    [230, 'p', 'yes thank you!!'],
    [236, 'l', "You're welcome! Bye for now."],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 17 follow-up by me, e-mail read back, "by Thursday", pending at day 1
  s(MIRA, '17 later school start times for a board presentation (follow-up by me): CDC + AAP sources, e-mail read back, "by Thursday", pending at day 1', [
    [0, 'p', "I'm speaking at our school board meeting next month about later start times for high school. I need research on sleep and teen start times, ideally local data too"],
    [25, 'l', "Good evening, I'm Mira, a librarian at Ann Arbor District Library. What a great topic."],
    [31, 'l', 'Which district is it, and do you want scholarly studies, news coverage, or both?'],
    [90, 'p', 'ann arbor public schools. both, but studies are more convincing'],
    [96, 'l', "Let me see what's in our databases."],
    [190, 'l', "Here's a start: the CDC's page on sleep in middle and high school students, cdc.gov/sleep/data-research/sleep-in-students, summarizes the research, and the American Academy of Pediatrics' 2014 policy statement 'School Start Times for Adolescents' (Pediatrics) is free at publications.aap.org. For local data I'd like to search our Michigan newspapers database and the district's past board packets, which will take more time."],
    [196, 'l', 'Would it be okay if I e-mailed you what I find?'],
    [240, 'p', 'yes please, jlarkin@example.com'],
    [246, 'l', "jlarkin@example.com, thanks. I'll send it by Thursday."],
    [252, 'l', 'Do the CDC page and the AAP statement help for now?'],
    [300, 'p', 'yes, good start'],
    [306, 'l', 'Anything else I can help with tonight?'],
    [330, 'p', "no that's all, thank you!"],
    [336, 'l', 'Thanks for using Ask AADL, good luck at the meeting!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 18 follow-up by me with no contact at all; done after 100 h; the patron has the last word
  s(NORA, '18 1958 yearbook photo for a funeral (follow-up by me): "I\'ll get back to you once I hear", no contact, Classmates.com, patron "ok" and left, done after 100 h', [
    [0, 'p', "looking for my dad's 1958 yearbook from Central High, he passed and we want his senior photo for the funeral"],
    [33, 'l', "Hi, I'm Nora at Ask a Librarian, Springfield-Greene County Library. I'm so sorry about your dad."],
    [40, 'l', 'Is that Central High in Springfield, Missouri?'],
    [90, 'p', 'yes'],
    [96, 'l', "Our Local History department has Central yearbooks, and I'll ask them to check for 1958. I'll get back to you once I hear."],
    [102, 'l', 'In the meantime, some Central yearbooks are digitized on Classmates.com.'],
    [150, 'p', 'ok'],
    left(160),
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 "Your time is up"
  s(OLGA, '19 Gatsby essay, then a list of asks: Literary Reference Center + HelpNow, "Your time is up for this chat session. Goodbye."', [
    [0, 'p', 'can u help me with my essay on the great gatsby its due tomorrow'],
    [20, 'l', "Hi, I'm Olga with Ask a Librarian at Kent District Library."],
    [26, 'l', "What's the essay prompt? Do you need sources, or help with the writing itself?"],
    [60, 'p', 'sources on the american dream in gatsby'],
    [66, 'l', "Try Literary Reference Center in our databases (kdl.org/databases): search 'Gatsby American dream' and limit to full text. Gale Literature Criticism has essays on it too. Does that help?"],
    [110, 'p', 'ok can u write the intro tho'],
    [116, 'l', "I can't write it for you, but Brainfuse HelpNow (kdl.org/helpnow) has a writing lab where a tutor reviews your draft."],
    [150, 'p', 'ok and what about the thesis? and can u check my citations? and also i have a chem worksheet'],
    [158, 'l', 'Your time is up for this chat session. Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 other patrons waiting, a way back
  s(PAUL, '20 DC charter lottery, then five more asks: myschooldc.org, "a few other patrons waiting … chat back in later", hotline by phone', [
    [0, 'p', 'how do charter school lotteries work in DC'],
    [30, 'l', 'Hello! This is Paul, a librarian at DC Public Library.'],
    [36, 'l', 'Which grade will your child be entering next fall?'],
    [70, 'p', 'pre-k3'],
    [76, 'l', 'DC uses one common lottery, My School DC, for PK3 through 12th grade at DCPS and most charters: myschooldc.org explains how it works and has the application and deadlines (usually early February for PK3-8).'],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes. how are the rankings done, whats a good school near petworth, do i get sibling preference, what if we move, can I apply to maryland too'],
    [140, 'l', "Those are all good questions! There are a few other patrons waiting for help right now, so I can't go through all of them at once. The FAQ at myschooldc.org/faq covers rankings and sibling preference, and you can call the My School DC hotline at 202-555-0191 for the rest. You're welcome to chat back in later too!"],
    [170, 'p', 'ok'],
    [176, 'l', 'Thanks for your patience, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 check-in, goodbye 156 s after the answer
  s(QUINN, '21 IHSAA sports physical form: answer at 66, "Are you still there?" at 160, goodbye at 222 (final idle 156 s)', [
    [0, 'p', 'where do I get the sports physical form for high school in Indiana'],
    [19, 'l', 'Hi there! Quinn at Ask a Librarian, Indianapolis Public Library.'],
    [25, 'l', 'Is it for an IHSAA sport at a public high school?'],
    [60, 'p', 'yes, my daughter is doing volleyball'],
    [66, 'l', 'The IHSAA Pre-Participation Physical Evaluation form is at ihsaa.org under Forms (Medical > PPE). Her doctor fills in the physical part, and you both sign the consent pages.'],
    [72, 'l', 'Does that answer your question?'],
    [160, 'l', 'Are you still there?'],
    [222, 'l', "I'll let you go. Thanks for chatting, and good luck with volleyball!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 22 goodbye 206 s after the answer, no check-in, no notice
  s(RUTH, '22 Texas kindergarten age cutoff: Education Code URL at 61, goodbye at 267 (final idle 206 s) with no check-in or notice', [
    [0, 'p', "what's the cutoff birthday for kindergarten in texas?"],
    [24, 'l', 'Hello, Ruth here, librarian at Austin Public Library.'],
    [30, 'l', 'Is this for public school kindergarten, or pre-K?'],
    [55, 'p', 'public kinder'],
    [61, 'l', "In Texas a child has to be 5 on or before September 1 of the school year to start kindergarten. It's in Texas Education Code §25.001, at statutes.capitol.texas.gov (Education Code, chapter 25)."],
    [67, 'l', 'Does that help?'],
    [267, 'l', 'Thanks for using Ask a Librarian! Come back anytime.'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 23 "No problem, take your time." then 304 s away; "Send it to the school principal"
  s(SOFIA, '23 evaluation request letter: "No problem, take your time." then the patron away 304 s, sample letters by URL, "Send it to the school principal" (no contact)', [
    [0, 'p', 'I need to write a letter asking the school to evaluate my son for special ed. is there a template?'],
    [22, 'l', "Hi, thanks for contacting Ask Us! I'm Sofia, a librarian at Baltimore County Public Library."],
    [28, 'l', "Sure. Is it to request the first evaluation, or an independent evaluation because you disagree with the school's?"],
    [70, 'p', 'hold on, my other kid is calling me'],
    [76, 'l', 'No problem, take your time.'],
    [380, 'p', 'sorry im back. the first one'],
    [386, 'l', "Thanks! Understood has a sample letter for requesting an evaluation at understood.org (search 'evaluation request letter'), and The Parents' Place of Maryland has one at ppmd.org/resources. Send it to the school principal and keep a dated copy: once you consent, the school has 60 days to finish the evaluation."],
    [392, 'l', 'Is that what you were looking for?'],
    [440, 'p', 'yes exactly, thats all I needed'],
    [446, 'l', 'Wonderful, good luck and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 24 holds every ~100 s
  s(TOBIAS, '24 1920s school enumerations for genealogy: holds at 96/200/306 (one a partial result), answer at 400, Genealogy Center URL', [
    [0, 'p', 'trying to find my grandmother in school census records, she was in school in Allen County Indiana around 1925-1930'],
    [27, 'l', 'Good afternoon, this is Tobias, a genealogy librarian at the Allen County Public Library.'],
    [34, 'l', 'Do you know which township or town she lived in, and her maiden name?'],
    [90, 'p', 'Wayne township, Fort Wayne. Helen Bauer'],
    [96, 'l', 'Let me check what we have for those years, one moment.'],
    [200, 'l', "Still looking — I've found the school enumeration lists and I'm checking which years are online."],
    [306, 'l', 'Almost done, just confirming the 1925-1930 volumes are there.'],
    [400, 'l', "Found them: our Genealogy Center has the Allen County school enumerations (lists of school-age children by township) digitized at acpl.lib.in.us/genealogy/school-records; choose Wayne Township and the year. They aren't indexed by name, so scan the pages for Bauer."],
    [406, 'l', 'Does that completely answer your question?'],
    [470, 'p', "yes, thank you, that's everything"],
    [476, 'l', 'Happy hunting, and thanks for chatting with us!'],
  ], usual()),

  // 25 a restatement with no question mark
  s(UMA, '25 504 plan for a peanut allergy: restated ("So you want to know whether …"), OCR FAQ + FARE URLs, "Is that the info you needed?"', [
    [0, 'p', 'my daughter has a severe peanut allergy and is starting middle school. can she get a 504 plan for that or is that only for learning stuff'],
    [20, 'l', 'Hello! Uma here, a librarian at Hennepin County Library.'],
    [26, 'l', 'So you want to know whether a food allergy, not a learning disability, can qualify her for a 504 plan at her new school.'],
    [50, 'p', 'yes exactly'],
    [56, 'l', "Yes, it can: Section 504 covers any disability that substantially limits a major life activity, and severe allergies often qualify because they affect breathing and eating. The U.S. Department of Education's Office for Civil Rights has a Q&A at ed.gov/about/offices/list/ocr/504faq.html, and Food Allergy Research & Education has a guide to 504 plans for allergies at foodallergy.org/504."],
    [62, 'l', 'Is that the info you needed?'],
    [100, 'p', 'yes! thanks'],
    [106, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thanks'],
    [136, 'l', 'Bye, and best of luck with middle school!'],
  ], usual()),

  // 26 no source: "ask his school counselor"
  s(VICTOR, '26 credit recovery to graduate: no source, "Your best bet is to ask his school counselor" (no contact), "Does that help?", "ok I guess"', [
    [0, 'p', 'my son is short 2 credits to graduate, can he do summer school or online classes to catch up?'],
    [28, 'l', "Hi, I'm Victor, librarian at Cuyahoga County Public Library."],
    [34, 'l', 'Is he at a public high school, and is he a senior now?'],
    [80, 'p', 'public, yes senior'],
    [86, 'l', 'Most districts do offer credit recovery in the summer and online, but which courses count is up to each school. Your best bet is to ask his school counselor, who can tell you what options he has.'],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'ok I guess'],
    [146, 'l', 'Thanks for chatting, good luck to him!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 27 Practice
  s(TRAINING, '27 practice chat (IEP macros): coded Practice, every check na', [
    [0, 'p', 'testing: IEP macro'],
    [8, 'l', 'Hi, this is a practice session for the school-questions macros.'],
    [15, 'l', 'IEP info: see parentcenterhub.org. Did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 pickup at 82 s
  s(WANDA, '28 bus stop for 6th grade: "hello??" in the queue, pickup at 82 s, WCPSS "Find My Bus Stop", "thats all"', [
    [0, 'p', "how do i find out my kid's bus stop for next year"],
    queue(2, 5),
    [50, 'p', 'hello??'],
    [82, 'l', 'Hi, sorry for the wait! This is Wanda at Ask a Librarian, Wake County Public Libraries.'],
    [88, 'l', 'Is your child in Wake County Public Schools?'],
    [110, 'p', 'yes, starting 6th grade'],
    [116, 'l', "WCPSS posts bus stops on its Transportation page: wcpss.net/transportation → 'Find My Bus Stop', then type in your address. Stops for the new year usually go up in early August."],
    [122, 'l', 'Does that answer your question?'],
    [160, 'p', 'yes ty. thats all'],
    [165, 'l', 'Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail' })),

  // 29 identifies, never greets
  s(XAVIER, '29 PowerSchool login: "Xavier, Ask a Librarian at Round Rock Public Library." (no greeting), portal help URL, "call your campus front office; the numbers are in the school directory at …", "That do it?"', [
    [0, 'p', 'cant log into powerschool to see my kids grades, who do i call'],
    [25, 'l', 'Xavier, Ask a Librarian at Round Rock Public Library.'],
    [31, 'l', 'Which district is it, Round Rock ISD?'],
    [60, 'p', 'yeah rrisd'],
    [66, 'l', "RRISD's parent portal help page, roundrockisd.org/parent-portal, has a 'Forgot password' link and the steps to get a new access code. If that doesn't work, call your campus front office; the numbers are in the school directory at roundrockisd.org/schools."],
    [72, 'l', 'That do it?'],
    [110, 'p', 'yes got in! ty'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [135, 'l', 'Thanks, have a good one!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 30 Spanish, Lost Call after four patron lines
  s(YOLANDA, '30 tutoría gratis para niños aprendiendo inglés (Spanish, Lost Call after four patron lines): HelpNow + homework help URLs, "¿Le sirve?", "no es todo"', [
    [0, 'p', 'hola, hay clases de tutoría gratis para niños que están aprendiendo inglés?'],
    [22, 'l', '¡Hola! Soy Yolanda, bibliotecaria de la Biblioteca Pública de Houston.'],
    [28, 'l', '¿Qué edad tienen sus hijos?'],
    [60, 'p', '8 y 11'],
    [66, 'l', 'La biblioteca tiene tutoría gratis en español e inglés con Brainfuse HelpNow: houstonlibrary.org/helpnow, con su tarjeta de la biblioteca, todos los días de 2 a 11 pm. También hay ayuda con tareas en persona en varias sucursales; el horario está en houstonlibrary.org/homework-help.'],
    [72, 'l', '¿Le sirve?'],
    [110, 'p', 'si gracias'],
    [116, 'l', '¿Algo más en que le pueda ayudar?'],
    [140, 'p', 'no es todo'],
    [146, 'l', '¡Gracias por usar nuestro chat! Hasta luego.'],
  ], usual({ code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundSchools.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('29')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4 "If that doesn\'t work, call your campus front office; the numbers are in the sch…"). Message 4 refers the patron to the campus front office and, in the same sentence, gives the URL where its phone number is ("the numbers are in the school directory at roundrockisd.org/schools"): RUBRIC referral.contact passes when every party "comes with a way to reach them (e-mail, phone, postal address or URL)".',
};

describe('sixty-first round: schools and special education, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundSchools.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundSchools.filter((c) => c.name in LEFT_WHY));
});
