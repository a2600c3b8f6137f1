/**
 * Fifty-sixth round, theme ADULT JOB SEEKERS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats with adults looking for work: resumes (a first one in 15 years, a caregiving gap, a
 * federal resume for USAJOBS, an Army 92Y MOS, dates of past jobs from Social Security, a closed employer's address for an
 * application), cover letters, LinkedIn, unemployment claims (a first claim in Spanish, a locked Pennsylvania account, a
 * Maryland appeal, WIOA training money in Wisconsin), job centers (OhioMeansJobs, an American Job Center, a Goodwill career
 * center in Spanish, the veterans' employment representative), career databases and sites (Cypress Resume, Big Interview,
 * My Next Move, CareerOneStop, O*NET's Military Crosswalk, Northstar, GCFGlobal, Data Axle, BLS wages, Indiana Career
 * Connect, CalJOBS, Honest Jobs), interview practice, civil service exams, apprenticeship pay, a CNA certificate moving
 * states, a salary offer, fair-chance employers after prison. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/fiftySixthRoundJobSeekers-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 38 s pickup (01); a pickup at exactly 60 s (05); a patron "hello??" in the queue and a 110 s
 *   pickup under the screen name "Desk 4" with "Hi! Sorry about the wait, how can I help?" (names no one: 19); `pickedUpAt`
 *   at 50 s with the first line at 85 (18); "Hey there!" + "I'm Jordan, one of the librarians at …" split over two lines
 *   (29); "hi! library chat here" (the service named, 26); Spanish "¡Hola! Le saluda Tomás, de la Biblioteca …" and
 *   "¡Buenas tardes! Soy Lucía, bibliotecaria de …" (02, 27); a statewide provider "answering for Fairmont tonight" (08); the
 *   patron gone before the greeting (10); no provider ever joined (12);
 *  inquiry: state, ZIP, CDL class, Word vs resume builder, branch, town, field, car or bus, certification, state vs county
 *   exam; "¿Vive usted en California?" only after the EDD page (02: fail); no question and no source in a curt chat (26);
 *   "Do you have a my Social Security account set up already?" (an account named with no way to reach it: no source, 25);
 *  waits: a hold then 64-99 s (01, 03, 06, 08, 09, 25, 27); a hold and the answer exactly 120 s later (14: pass); holds at
 *   81/180/275, the last a partial result that says the search goes on (21: pass); "ok let me look" then 160 s with a patron
 *   "u there?" inside it (20: fail); two internal lines while the patron waits 135 s (22: fail); a transfer notice (a hold)
 *   and the receiver 54 s later (15); a silent transfer, the receiver 150 s after the patron (16: fail); "Sure, take your
 *   time." then the patron back 244 s later (25: waiting on the patron, pass);
 *  endings: check-in at 330 and a notice that invites back at 460 (03); "Looks like we've lost the connection, so I'm going
 *   to close this chat. Thanks …" with no check-in after 214 s (04: idle fails, notice passes); a Lost Call with a check-in
 *   and a notice (10); a check-in and then nothing to 420 (23: notice fails, courteous fails); a goodbye 140 s after the
 *   answer with no check-in (24: idle fails, disconnect na); the patron's "that's everything" as the last line (21);
 *   "You've had your turn for today, so I'm ending the chat now." (17, LEFT); "I've got a few other things to get to, so I'll
 *   stop here. Bye." (30, LEFT); "several other patrons waiting … Please come back to chat later or call our reference desk"
 *   (18: allowed); goodbyes "Good luck, bye!", "Great, bye for now!", "ok cool, bye", "Mucha suerte. ¡Gracias por usar nuestro
 *   chat!", "¡Que le vaya muy bien! Gracias por escribirnos."; patron-side "thats all i needed", "no, es todo", "that's all
 *   for now", "thats everything", "no that's it", "nope that covers it", "eso sería todo", against "ok thanks", "ok", "k",
 *   "yea i'll look at them. thanks" that do not count;
 *  sources: state UI pages, job center and training lists, federal wage data, the library's database paths, a book by title
 *   and author, the 2015-2016 city directories in print (09, LEFT); none ("just go to linkedin and hit join now", 26);
 *  referrals: the EDD's Spanish line by phone (02); a job center by street address and phone, "then go in" (03, LEFT); "your
 *   state representative's district office … give them a call" (no contact: 05); an American Job Center by address and phone
 *   (14); a job center and the library's reference desk by phone (18); the library's own branch "call Eastgate at 555-…"
 *   (22); "file the appeal with the Lower Appeals Division, online through BEACON at …" (23); "Puede ir al Centro de Carreras
 *   de Goodwill … o llamar al …" (27); the veterans' employment representative with no contact (29: fail); staff consulted on
 *   the patron's behalf (the career coach, 07; the Fairmont staff, 08) and a transfer (15) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow at 5 pm", done in 22 h (06); "I'll check with her and get
 *   back to you", e-mail given, no time, coded Answered (07: code, contact fail, on_time pending); FU_LIB with the e-mail only
 *   in `patron.email`, no time, not done by day 5 (08); FU_ME by phone read back, "by Friday", done after 90 h (09: late); a
 *   source with no codes (`resolutionCode` left out), "by Friday", e-mail read back (28: code na, pending);
 *  codes: a true Lost Call (10); Lost Call after three patron lines (11); Lost Call with no provider and one patron line (12:
 *   passes); Practice (13); null (14); left out (28);
 *  transfers: a notice and an internal note that says why (15: pass); an internal note only (16: fail);
 *  concurrency: four at once (04: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (27: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Register online first at ohiomeansjobs.ohio.gov, then go in with a photo ID", after the office's street address and
 *   phone, tells the patron to visit the job center: a referral, with contact (03); "Puede ir al Centro de Carreras … o
 *   llamar al …" likewise (27);
 * - "You file the appeal with the Lower Appeals Division, online through BEACON at …" tells the patron to write to that
 *   office: a referral, reached by URL (23; the project's reading of "file a formal appeal with the State Tax Tribunal");
 * - "your state representative's district office can often get a claim moving, so give them a call" and "make an
 *   appointment with the veterans' employment representative at your local job center" are referrals with no contact (05,
 *   29); "call Eastgate at 555-240-8812" refers to the library's own branch (22);
 * - "Our 2015 and 2016 Ridgeway city directories (print only, in the Ridgeway Room) would list the street address" names
 *   publications that hold the answer: a named resource, so a source (09), although the provider will consult them himself;
 * - "Do you have a my Social Security account set up already?" names an account with no way to reach it: no source, so
 *   the question comes before the first source (25);
 * - "hi! library chat here" names the service as the one answering (26); "Hi! Sorry about the wait, how can I help?" does
 *   not (19);
 * - "Would that work for you?" (24), "Is the wage part what you needed?" (06), "Does the USAJOBS page help in the
 *   meantime?" (07), "¿Le sirve esta información?" ask whether what was given meets the need; "Can I call you with the
 *   address once I find it?" (09) asks about something not yet given;
 * - "that's all for now" (07) says explicitly that the patron is done; "yea i'll look at them. thanks" (28) does not;
 * - "Looks like we've lost the connection, so I'm going to close this chat" tells the patron they seem to have
 *   disconnected and that the session ends, without asking whether they are there (04);
 * - "That's a lot of questions. You've had your turn for today, so I'm ending the chat now." tells the patron they asked too
 *   many and their time is up (17); "Sorry, I've got a few other things to get to, so I'll stop here. Bye." ends the help for
 *   the provider's convenience with no way back, though the "Bye." is a goodbye (30);
 * - a Lost Call whose patron left before the greeting (not a hold) has a final idle from the greeting (10: 220 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "OhioMeansJobs Mahoning County, 141 Boardman-Canfield Rd, Boardman, phone 330-555-0188 …
 *    then go in with a photo ID" read as no referral (na; RUBRIC pass: visit them, address and phone given);
 *  - info.source, case 09: "Our 2015 and 2016 Ridgeway city directories (print only, in the Ridgeway Room)" not read as a
 *    named resource (fail; RUBRIC pass);
 *  - closing.no_dismissal, case 17: "That's a lot of questions. You've had your turn for today, so I'm ending the chat now."
 *    (pass; RUBRIC fail);
 *  - closing.no_dismissal, case 30: "Sorry, I've got a few other things to get to, so I'll stop here. Bye." (pass; RUBRIC
 *    fail).
 * Every timing check (pickup at exactly 60 s, with `pickedUpAt` and with no provider, keep_informed across holds, a wait of
 * exactly 120 s, a partial-result hold, internal lines and two transfers, "take your time", idle and disconnect spans of
 * 140, 214, 220, 290 and 324 s, concurrency at touching ends, on_time done / late / pending / not done by day 5) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * in the chat, an e-mail in `patron.email`, a patron phone read back).
 *
 * ON v51's last readings (block Q's Q19, written from this file): case 17's "You've had your turn for today, so I'm ending the
 *   chat now" and case 30's "I've got a few other things to get to, so I'll stop here" are dismissals, as labelled, and run: 28
 *   running, 2 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian… you are number ${n} in line.`];

const PRIYA: Prov = { id: 'priya-j', name: 'Priya', library: 'CFPL' };
const TOMAS: Prov = { id: 'tomas-j', name: 'Tomás', library: 'RVPL' };
const DEE: Prov = { id: 'dee-j', name: 'Dee', library: 'MCL-OH' };
const MARCUS: Prov = { id: 'marcus-j', name: 'Marcus', library: 'HPL' };
const GAIL: Prov = { id: 'gail-j', name: 'Gail', library: 'BSL' };
const RENEE: Prov = { id: 'renee-j', name: 'Renee', library: 'OKPL' };
const SOFIA: Prov = { id: 'sofia-j', name: 'Sofia', library: 'LVL' };
const LEO: Prov = { id: 'leo-j', name: 'Leo (statewide)', library: 'STATE' };
const HAROLD: Prov = { id: 'harold-j', name: 'Harold', library: 'RWPL' };
const NINA: Prov = { id: 'nina-j', name: 'Nina', library: 'WFL' };
const ROB: Prov = { id: 'rob-j', name: 'Rob', library: 'PCL' };
const QUEUE: Prov = { id: 'queue-j', name: 'Ask Us Queue', library: 'STATE' };
const TRAINER: Prov = { id: 'trainer-j', name: 'Training Seat 4', library: 'TRN' };
const JOAN: Prov = { id: 'joan-j', name: 'Joan', library: 'WLPL' };
const KIM: Prov = { id: 'kim-j', name: 'Kim', library: 'MAPL' };
const ANDRE: Prov = { id: 'andre-j', name: 'Andre', library: 'MAPL' };
const BRIAN: Prov = { id: 'brian-j', name: 'Brian', library: 'SVL' };
const LEAH: Prov = { id: 'leah-j', name: 'Leah', library: 'SVL' };
const CARL: Prov = { id: 'carl-j', name: 'Carl', library: 'DTL' };
const RUTH: Prov = { id: 'ruth-j', name: 'Ruth', library: 'KCL' };
const DESK4: Prov = { id: 'desk4-j', name: 'Desk 4', library: 'ELK' };
const NADIA: Prov = { id: 'nadia-j', name: 'Nadia', library: 'GPPL' };
const GRACE: Prov = { id: 'grace-j', name: 'Grace', library: 'DVL' };
const TASHA: Prov = { id: 'tasha-j', name: 'Tasha', library: 'NFPL' };
const IVY: Prov = { id: 'ivy-j', name: 'Ivy', library: 'CRL-MD' };
const OSCAR: Prov = { id: 'oscar-j', name: 'Oscar', library: 'FHL' };
const WES: Prov = { id: 'wes-j', name: 'Wes', library: 'CWL' };
const CHATDESK: Prov = { id: 'chatdesk-j', name: 'chatdesk', library: 'RVL' };
const LUCIA: Prov = { id: 'lucia-j', name: 'Lucía', library: 'OCL' };
const THEO: Prov = { id: 'theo-j', name: 'Theo', library: 'BPPL' };
const JORDAN: Prov = { id: 'jordan-j', name: 'Jordan', library: 'FHAL' };
const MEGAN: Prov = { id: 'megan-j', name: 'Megan', library: 'TAL' };

const s = session;

export const fiftySixthRoundJobSeekers: SessionCase[] = [
  // 01 resume templates after 15 years: queue, hold, database path + a book
  s(PRIYA, '01 first resume in 15 years (warehouse supervisor): queue, template vs review asked, Cypress Resume path + a book, "thats all i needed"', [
    [0, 'p', 'hi i need help making a resume, havent had to write one in like 15 years'],
    queue(2),
    [38, 'l', 'Good morning! This is Priya, a reference librarian at Cedar Falls Public Library.'],
    [45, 'l', 'Happy to help. Do you want a template to fill in, or someone to look over one you already started?'],
    [110, 'p', 'template i guess. i was a warehouse supervisor for 15 yrs'],
    [116, 'l', 'Let me pull up a couple of options for you.'],
    [190, 'l', 'Our Cypress Resume database has templates by job type, including warehouse and logistics: cedarfallslibrary.org > Research > Job & Career, then Cypress Resume, and sign in with your library card. The book "Resumes for Dummies" by Laura DeCarlo is on the shelf at Main too.'],
    [196, 'l', 'Does that give you what you need to get started?'],
    [250, 'p', 'yes thats great. thats all i needed thank you'],
    [256, 'l', "You're welcome! Thanks for chatting, and good luck with the search."],
  ], usual()),

  // 02 unemployment claim in Spanish: answered before asking the state
  s(TOMAS, '02 desempleo (Spanish): EDD page and its Spanish line given at once, "¿Vive usted en California?" only after, "no, es todo"', [
    [0, 'p', 'hola, como aplico para el desempleo? me despidieron ayer'],
    [25, 'l', '¡Hola! Le saluda Tomás, de la Biblioteca Pública de Riverside.'],
    [31, 'l', 'En California se solicita en línea con el EDD: edd.ca.gov/es/unemployment. Si prefiere, puede llamar al EDD al 1-800-300-5616 (línea en español), de lunes a viernes de 8 a 12.'],
    [37, 'l', '¿Vive usted en California?'],
    [80, 'p', 'si, en riverside'],
    [86, 'l', 'Perfecto. Tenga a mano su número de seguro social y las fechas de sus últimos empleos. ¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias'],
    [146, 'l', '¿Le ayudo con algo más?'],
    [170, 'p', 'no, es todo'],
    [175, 'l', 'Mucha suerte. ¡Gracias por usar nuestro chat!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 03 job center registration; patron goes quiet; check-in, then a notice that invites back
  s(DEE, '03 register with a job center (ZIP 44512): OhioMeansJobs office by street address + phone, check-in at 330, notice + invitation back at 460', [
    [0, 'p', 'where is the closest job center? the unemployment office told me I have to register with one'],
    [30, 'l', "Hi there, you've reached Ask a Librarian at Marlow County Library. My name is Dee."],
    [37, 'l', 'What town or ZIP code are you in?'],
    [90, 'p', '44512'],
    [96, 'l', "One sec, checking the state's list."],
    [170, 'l', 'The closest is OhioMeansJobs Mahoning County, 141 Boardman-Canfield Rd, Boardman, phone 330-555-0188. Register online first at ohiomeansjobs.ohio.gov, then go in with a photo ID.'],
    [176, 'l', 'Does that help?'],
    [330, 'l', 'Are you still there?'],
    [460, 'l', "It looks like you may have disconnected, so I'm going to close this chat. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 04 interview practice; patron gone; a notice + goodbye with no check-in; four chats at once
  s(MARCUS, '04 interview practice (medical receptionist): Big Interview path, patron silent, "Looks like we\'ve lost the connection… Thanks" at 300 with no check-in, four chats at once', [
    [0, 'p', 'Hello. I have a job interview on Thursday for a medical receptionist position. Does the library have anything for practicing interviews?'],
    [22, 'l', "Good afternoon, and congrats on the interview! I'm Marcus, a librarian at Hillsdale Public Library."],
    [29, 'l', 'Would you rather practice on your own on video, or read up on common questions?'],
    [80, 'p', 'video would be good'],
    [86, 'l', 'Big Interview, one of our databases, lets you record yourself answering practice questions and has a set for healthcare front-desk jobs. Go to hillsdalelibrary.org/databases, pick Big Interview and create a free account with your library card number.'],
    [92, 'l', 'Is that what you were looking for?'],
    [300, 'l', "Looks like we've lost the connection, so I'm going to close this chat. Thanks for contacting Hillsdale Library, and good luck Thursday!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('mj1', 'marcus-j', -200, 300), other('mj2', 'marcus-j', -50, 250), other('mj3', 'marcus-j', 60, 500)],
  }),

  // 05 locked UC account: the representative's office named with no contact; pickup at exactly 60 s
  s(GAIL, '05 locked PA unemployment account: picked up at exactly 60 s, uc.pa.gov reset steps, "your state representative\'s district office" (no contact), "ok thanks"', [
    [0, 'p', 'my unemployment account is locked and i cant do my weekly claim, its been 2 weeks no payment. what do i do'],
    [60, 'l', 'Hello, this is Gail with the Ask Us chat at Brookside Library.'],
    [66, 'l', 'Which state is your claim in?'],
    [95, 'p', 'pennsylvania'],
    [101, 'l', 'PA\'s unemployment site has the steps to unlock your account: uc.pa.gov, then "Unemployment Benefits" and "Reset PIN or password". If it is still stuck after that, your state representative\'s district office can often get a claim moving, so give them a call.'],
    [107, 'l', 'Did that help?'],
    [160, 'p', 'ok thanks'],
    [166, 'l', "You're welcome, and thanks for reaching out!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 06 follow-up by me: trucking employers list, e-mail read back, "by tomorrow at 5 pm", done in 30 h
  s(RENEE, '06 CDL Class A jobs + pay (follow-up by me): BLS wage page, Data Axle list to be e-mailed "by tomorrow at 5 pm", e-mail read back, done in 22 h', [
    [0, 'p', "I'm looking for a list of trucking companies in the county that hire CDL drivers, for my job search. And if possible average pay"],
    [35, 'l', 'Hi! Renee here, a business librarian at Oakmont Public Library.'],
    [41, 'l', 'Do you have your CDL already, and is it Class A or B?'],
    [100, 'p', 'class A, got it last month'],
    [106, 'l', 'Great. Let me look in our business database.'],
    [200, 'l', "For pay, the federal wage data lists heavy truck drivers in our area at a median of $24.80/hr: see the Occupational Employment and Wages tables at bls.gov/oes. For a list of companies, Data Axle Reference Solutions (oakmontlibrary.org/databases) can pull every trucking firm in the county, but exporting it takes some setup on my end."],
    [206, 'l', 'Is the wage part what you needed?'],
    [240, 'p', 'yes thats good'],
    [246, 'l', "I can build the company list and e-mail it to you as a spreadsheet by tomorrow at 5 pm. What's your e-mail?"],
    [290, 'p', 'its dwayne.c.jobs@example.com'],
    [296, 'l', "Got it, dwayne.c.jobs@example.com. You'll have the list by tomorrow at 5."],
    [302, 'l', 'Anything else for today?'],
    [330, 'p', 'no thats all thank you'],
    [335, 'l', 'Thanks for chatting, Dwayne. Talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(22 * HOUR) }] }),

  // 07 federal resume: "I'll check with her and get back to you", no time, coded Answered
  s(SOFIA, '07 federal resume review for USAJOBS: help.usajobs.gov, "I\'ll check with her and get back to you" with the e-mail given but no time, coded Answered', [
    [0, 'p', 'hi does the library have someone who can review a federal resume for usajobs? its way different from a normal one'],
    [28, 'l', "Hello! I'm Sofia, a librarian at Lakeview Library."],
    [34, 'l', 'Is the resume already built in the USAJOBS resume builder, or do you have it as a Word document?'],
    [90, 'p', 'word doc. 4 pages'],
    [96, 'l', 'USAJOBS has a help page on what a federal resume must include: help.usajobs.gov, search "what to include in your resume". Our career coach, Dana, does reviews, but she\'s out this week. I\'ll check with her and get back to you about when she can look at it.'],
    [102, 'l', "What's the best e-mail for you?"],
    [140, 'p', 'mgarza77@example.com'],
    [146, 'l', 'Thanks! Does the USAJOBS page help in the meantime?'],
    [200, 'p', "yes. that's all for now"],
    [205, 'l', 'Great, bye for now!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 08 follow-up by the patron's library; e-mail only on the account; no time; day 5
  s(LEO, '08 Fairmont job search class (follow-up by patron\'s library): "follow up with you by e-mail", e-mail only in patron.email, no time, not done by day 5', [
    [0, 'p', 'Is Fairmont library still doing the job search computer class on tuesdays? I went in and nobody knew'],
    [40, 'l', "Hi, this is Leo with the statewide Ask Us service, answering for Fairmont tonight."],
    [46, 'l', 'Is it the "Job Search Basics" class you mean, or the one-on-one resume help?'],
    [100, 'p', 'the class'],
    [106, 'l', 'Checking their calendar, one moment.'],
    [180, 'l', "Fairmont's calendar at fairmontlibrary.org/events doesn't show the class after February, so it may have ended. I'll pass your question to the Fairmont staff and they'll follow up with you by e-mail."],
    [186, 'l', 'Does that help for now?'],
    [230, 'p', 'ok'],
    [236, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'k.osei@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 09 follow-up by me by phone, "by Friday", done after 90 h
  s(HAROLD, '09 closed employer\'s address for an application (follow-up by me): city directories in print, phone read back, "by Friday", done after 90 h', [
    [0, 'p', "I'm filling out a job application that wants every employer for the last 10 years with address. One of them closed in 2017, Tri-State Plastics, I cant find where they were"],
    [30, 'l', "Good morning, this is Harold at Ridgeway Public Library's reference desk."],
    [36, 'l', 'Do you remember roughly which town they were in?'],
    [90, 'p', 'somewhere in Ridgeway, off route 9 maybe'],
    [96, 'l', 'Let me check a couple of things.'],
    [180, 'l', "The company isn't in the current directories. Our 2015 and 2016 Ridgeway city directories (print only, in the Ridgeway Room) would list the street address, but I'll have to pull them from the shelf. Can I call you with the address once I find it?"],
    [230, 'p', 'yes, 555-301-4477'],
    [236, 'l', "555-301-4477, got it. I'll call you by Friday."],
    [242, 'l', 'Anything else I can help you with today?'],
    [270, 'p', "no that's it"],
    [275, 'l', 'Thanks for reaching out, talk to you soon.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 a true Lost Call: patron gone before pickup, check-in and notice
  s(NINA, '10 food handler card (Lost Call): patron leaves at 20, greeting at 30, "Are you still there?" at 150, notice + invitation back at 250', [
    [0, 'p', 'how do i get a food handlers card for a job'],
    left(20),
    [30, 'l', 'Hello! This is Nina at Ask a Librarian, Westfield Library.'],
    [150, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you've disconnected. I'll end the chat now — please come back anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 Lost Call after three patron lines
  s(ROB, '11 GED for a warehouse job: hiring.amazon.com, patron "k" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'do i need a GED to apply at amazon warehouse'],
    [20, 'l', 'Hi! This is Rob at Pine County Library.'],
    [26, 'l', 'Are you asking about the warehouse associate job, or something in the office?'],
    [60, 'p', 'warehouse'],
    [66, 'l', 'For warehouse associate jobs Amazon asks for no diploma or GED, just age 18+; each posting says so under "Basic qualifications" at hiring.amazon.com. If you want the GED anyway, our free prep classes are listed at pinecountylibrary.org/ged.'],
    [120, 'p', 'k'],
    left(125),
    [130, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 12 no provider joined
  s(QUEUE, '12 career center Saturday hours: no provider ever joined, one patron line, coded Lost Call', [
    [0, 'p', 'is the career center open saturday'],
    queue(2, 5),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Practice
  s(TRAINER, '13 practice chat (resume script): coded Practice, every check na', [
    [0, 'p', 'testing - resume help?'],
    [8, 'l', 'Hi, training seat here, testing the job-help canned messages.'],
    [15, 'l', 'Try Cypress Resume at samplelibrary.org/databases. Did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 14 laid off at 52: answer exactly 120 s after the hold; job center by address + phone; code null
  s(JOAN, '14 laid off at 52, career change: hold then the answer exactly 120 s later, My Next Move + Skills Matcher, job center by address + phone, code null', [
    [0, 'p', "I'm 52 and got laid off from a print shop after 20 years. I don't even know what jobs I could do now. Any ideas where to start?"],
    [25, 'l', "Hello, and I'm sorry about the layoff. I'm Joan, a career librarian at Westlake Public Library."],
    [32, 'l', 'Are you hoping to stay near printing and graphics, or open to something completely different?'],
    [100, 'p', 'open to anything honestly, but i dont want to go back to school for years'],
    [106, 'l', 'That helps. Give me a minute to pull a couple of tools together.'],
    [226, 'l', "Two good places to start: My Next Move (mynextmove.org) has a search for careers like your old job; type in 'printing press operator' and it lists related jobs and how much training each needs. CareerOneStop's Skills Matcher (careeronestop.org/toolkit/skills/skills-matcher.aspx) rates your skills and suggests jobs too. For short-term training, ask about WIOA funding at the American Job Center: the nearest is at 400 Lake St, (216) 555-0147."],
    [232, 'l', 'Does that give you a starting point?'],
    [290, 'p', 'yes thank you so much. thats everything'],
    [296, 'l', "You're very welcome. Best of luck, and come back anytime!"],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: null }),

  // 15 transfer by the book to the job center librarian
  s(KIM, '15 cover letter for a para-educator job: transfer to the Job & Career Center with a notice and a note, Andre asks and answers', [
    [0, 'p', "Hi I need help with my cover letter, I'm applying for a teaching aide job"],
    [20, 'l', 'Hi there! Kim at the Ask Us desk of Mapleton Library.'],
    [27, 'l', 'Is the letter for a school district posting, or a private school?'],
    [70, 'p', 'school district, Mapleton USD'],
    [76, 'l', "Our job center librarian, Andre, works on cover letters every day, so I'm transferring you to him now. One moment!"],
    [80, 'i', 'Andre, pt needs cover letter help for an MUSD para-educator posting, can you take? thx'],
    xfer(84, 'Andre', 'andre-j'),
    [130, 'l', 'Hi, Andre from the Job & Career Center here! Do you have a draft already, or are we starting from scratch?', as(ANDRE)],
    [180, 'p', 'from scratch'],
    [186, 'l', "OK. Cypress Resume does cover letters too: mapletonlibrary.org > eResources > Cypress Resume, choose 'Cover Letter' and the education template. Put the job number from the posting in the first line, and one example of working with kids.", as(ANDRE)],
    [192, 'l', 'Does that help you get going?', as(ANDRE)],
    [250, 'p', 'yes!! thank you both'],
    [256, 'l', 'Anything else today?', as(ANDRE)],
    [280, 'p', 'no thats all'],
    [285, 'l', 'Good luck with the application! Thanks for chatting.', as(ANDRE)],
  ], usual({ transfer: 'pass' })),

  // 16 silent transfer; the receiver writes 150 s after the patron
  s(BRIAN, '16 CNA certification Texas to Arizona: transfer with an internal note only, Leah\'s first line 150 s after the patron', [
    [0, 'p', "need to find out if my nursing assistant (CNA) certification from Texas transfers to Arizona, I'm moving for a job"],
    [30, 'l', 'Hello! This is Brian with Ask a Librarian at Sun Valley Library.'],
    [37, 'l', 'Is your Texas certification active right now?'],
    [80, 'p', 'yes until next year'],
    [85, 'i', 'Leah, CNA reciprocity TX to AZ, health careers q, can you take it?'],
    xfer(88, 'Leah', 'leah-j'),
    [230, 'l', 'Hi, Leah from Health & Careers here. Arizona calls it "endorsement": the steps for CNAs moving from another state are on the Arizona State Board of Nursing\'s site, azbn.gov, under Licensure > CNA/LNA. You\'ll need proof of your active Texas listing and a fingerprint card.', as(LEAH)],
    [236, 'l', 'Is that what you needed?', as(LEAH)],
    [280, 'p', 'yes thanks'],
    [285, 'l', 'Anything else?', as(LEAH)],
    [300, 'p', 'nope'],
    [305, 'l', 'Thanks for chatting, and good luck with the move!', as(LEAH)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 17 "You've had your turn for today"
  s(CARL, '17 caregiving gap on a resume, then a list: "You\'ve had your turn for today, so I\'m ending the chat now." (dismissal, no goodbye)', [
    [0, 'p', 'how do I list a gap in employment on my resume? i was caring for my mom 3 yrs'],
    [25, 'l', 'Hi, this is Carl at Ask Us, Denton Library.'],
    [31, 'l', 'Are you using a chronological resume or a skills-based one?'],
    [70, 'p', 'chronological i think'],
    [76, 'l', 'You can list it as its own line, e.g. "Family caregiver, 2021-2024", with a bullet or two on what you handled. The Purdue OWL has a page on gaps: owl.purdue.edu, search "employment gaps". Does that help?'],
    [130, 'p', 'yes. and how do i answer if they ask in the interview, and should i put my old jobs from the 90s, and do i need a objective statement, and'],
    [140, 'l', "That's a lot of questions. You've had your turn for today, so I'm ending the chat now."],
    [150, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 pickedUpAt; "several other patrons waiting … come back … or call our reference desk"
  s(RUTH, '18 WIOA training for welding (Wisconsin): pickedUpAt 50 s, first line at 85, job center by phone, "several other patrons waiting … come back to chat later or call our reference desk"', [
    [0, 'p', 'does unemployment pay for training? i want to do a welding certificate'],
    [85, 'l', 'Hi, Ruth here, a librarian at Kessler County Library. Which state are you getting unemployment in?'],
    [130, 'p', 'wisconsin'],
    [136, 'l', "In Wisconsin training money comes through WIOA at your local job center, and only for programs on the state's approved list: search 'welding' on the Eligible Training Provider List at wioaetpl.wi.gov. Call the Kessler County Job Center at (715) 555-0190 to ask for a WIOA appointment."],
    [142, 'l', 'Is that what you were after?'],
    [200, 'p', 'yes. also can i keep getting unemployment while in school, and what about my car payment, and can u help me fill the FAFSA, and'],
    [210, 'l', "All good questions! There are several other patrons waiting right now, so I'll have to stop here. Please come back to chat later or call our reference desk at (715) 555-0100, and we'll keep going."],
    [240, 'p', 'ok'],
    [246, 'l', 'Thanks for your patience, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' }), { pickedUpAt: at(50) }),

  // 19 slow pickup, the greeting names no one
  s(DESK4, '19 part-time night jobs in Elkhart: "hello??" in the queue, picked up at 110 s, "Hi! Sorry about the wait, how can I help?" under the screen name "Desk 4"', [
    [0, 'p', 'looking for job listings for part time work nights, im in Elkhart'],
    queue(3, 4),
    [70, 'p', 'hello??'],
    [110, 'l', 'Hi! Sorry about the wait, how can I help?'],
    [116, 'l', 'Do you have a particular kind of work in mind, or anything part-time at night?'],
    [170, 'p', 'anything, i have a day job already'],
    [176, 'l', "Indiana Career Connect (indianacareerconnect.com) lets you filter by city and part-time; Indeed does too (indeed.com, type 'night shift part time' and Elkhart, IN)."],
    [182, 'l', 'Did that help?'],
    [230, 'p', 'yeah thx'],
    [236, 'l', 'Anything else I can do?'],
    [260, 'p', 'nah'],
    [264, 'l', 'Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 20 "ok let me look" then 160 s with a patron "u there?" inside
  s(NADIA, '20 NY Correction Officer exam: "ok let me look", patron "u there?" inside the wait, answer 160 s after the hold', [
    [0, 'p', 'when is the next civil service exam for corrections officer in NY'],
    [18, 'l', "Hello! You've reached Nadia at Ask a Librarian, Greenport Public Library."],
    [24, 'l', 'Is it the state Correction Officer Trainee exam, or a county jail job?'],
    [70, 'p', 'state'],
    [76, 'l', 'ok let me look'],
    [140, 'p', 'u there?'],
    [236, 'l', "Sorry, slow site! The Department of Civil Service lists exam dates at cs.ny.gov/examannouncements; Correction Officer Trainee is given continuously online, so you can apply any time. DOCCS's recruiting page, doccs.ny.gov/careers, explains the steps after the exam."],
    [242, 'l', 'Does that answer your question?'],
    [290, 'p', 'yes great, thats all i needed'],
    [296, 'l', 'Good luck, bye!'],
  ], usual({ informed: 'fail' })),

  // 21 holds every ~95 s; the patron has the last word
  s(GRACE, '21 IBEW inside wireman apprentice pay: holds at 81/180/275 (the last a partial result), answer at 365, patron "that\'s everything" last (no goodbye)', [
    [0, 'p', 'Im trying to find the starting wage for electrician apprentices with the IBEW local in Sacramento so I know what to expect'],
    [22, 'l', 'Hi, Grace here, a reference librarian at Delta Valley Library.'],
    [28, 'l', 'Do you mean the inside wireman apprenticeship, or residential?'],
    [75, 'p', 'inside wireman'],
    [81, 'l', 'Let me look around, this may take a few minutes.'],
    [180, 'l', "Still looking — the local's site has the application but not the pay scale."],
    [275, 'l', 'Found a wage sheet, just checking it is the current year.'],
    [365, 'l', 'Here it is: the Sacramento Area Electrical Training Center (saetc.org > Apprenticeship > Wages & Benefits) posts the pay scale; first-period inside wireman apprentices start at 50% of the journeyman rate, about $29 an hour this year.'],
    [371, 'l', 'Does that completely answer your question?'],
    [430, 'p', "yes! that's everything thank you"],
  ], usual({ courteous: 'fail' })),

  // 22 internal lines do not end the wait
  s(TASHA, '22 resume review appointments: two internal lines while the patron waits 135 s, "call Eastgate at 555-…"', [
    [0, 'p', 'Can I book a resume review with someone at the library? I saw a flyer'],
    [20, 'l', 'Hi! Tasha at Northfield Public Library here.'],
    [26, 'l', 'Which branch did you see the flyer at?'],
    [60, 'p', 'Eastgate'],
    [64, 'i', 'does anyone know if Eastgate still does the Tues resume reviews?'],
    [150, 'i', 'Eastgate: yes, Tues 4-7, SCORE volunteer'],
    [195, 'l', 'Yes! Eastgate has free 30-minute resume reviews with a volunteer on Tuesdays, 4 to 7 pm. Book a slot at northfieldlibrary.org/bookaspot, or call Eastgate at 555-240-8812.'],
    [201, 'l', 'Does that work for you?'],
    [240, 'p', 'yes, thank you!'],
    [246, 'l', 'Anything else I can help with?'],
    [270, 'p', 'no, thats all'],
    [275, 'l', 'Thanks for chatting with Northfield Library!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 23 appeal of a UC denial: a check-in and then nothing to 420
  s(IVY, '23 Maryland UI appeal: "file the appeal with the Lower Appeals Division" by URL, "Are you still with me?" at 250, session ends at 420 with no notice', [
    [0, 'p', 'my unemployment was denied because they say I quit, but I was let go. how do I appeal'],
    [30, 'l', 'Hello, my name is Ivy, a librarian with the Ask Us chat at Carrollton Library.'],
    [36, 'l', 'Which state, and what date is on the denial letter?'],
    [90, 'p', 'maryland, its dated march 3'],
    [96, 'l', "In Maryland you have 30 days from the date on the letter. You file the appeal with the Lower Appeals Division, online through BEACON at labor.maryland.gov/employment/appeals or by mail. Maryland Legal Aid's guide to unemployment appeals at mdlab.org explains how to prepare for the hearing."],
    [102, 'l', 'Does that help?'],
    [250, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 170 }),

  // 24 goodbye 140 s after the answer, no check-in
  s(OSCAR, '24 computer skills for online applications: Northstar + GCFGlobal, goodbye at 241 (final idle 140 s) with no check-in', [
    [0, 'p', 'i need to learn computers better for job applications, everything is online now. do you have classes'],
    [35, 'l', 'Good evening! This is Oscar at Fairhaven Library.'],
    [41, 'l', 'Would you prefer a class in person or something you can do at home at your own pace?'],
    [95, 'p', 'at home'],
    [101, 'l', 'Northstar Digital Literacy has free self-paced lessons on e-mail, Word and searching for jobs online: digitalliteracyassessment.org, sign in with our location code FHL-2231. GCFGlobal (edu.gcfglobal.org) has free tutorials too.'],
    [107, 'l', 'Would that work for you?'],
    [241, 'l', 'Thanks for chatting with us tonight — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 "Sure, take your time." then 244 s away
  s(WES, '25 past job dates from Social Security: "Sure, take your time." then the patron away 244 s, my Social Security + SSA-7050', [
    [0, 'p', 'job app wants exact dates for all my past jobs and i dont remember them. is there a way to look that up'],
    [25, 'l', "Hi, this is Wes at Clearwater Library's Ask a Librarian."],
    [31, 'l', 'Do you have a my Social Security account set up already?'],
    [70, 'p', 'not sure, let me check my email for it'],
    [76, 'l', 'Sure, take your time.'],
    [320, 'p', 'ok found it, i have one'],
    [326, 'l', 'Great, one moment while I find the exact menu.'],
    [390, 'l', "Log in at ssa.gov/myaccount and choose 'Earnings Record': it lists your earnings by year, which narrows down the dates. For employer names and addresses by year, you can request an Itemized Statement of Earnings with Form SSA-7050 (ssa.gov/forms/ssa-7050.pdf); there's a fee."],
    [396, 'l', 'Is that the kind of thing you needed?'],
    [450, 'p', 'yes, that helps a lot. thats all'],
    [456, 'l', 'Glad it helped. Thanks for chatting!'],
  ], usual()),

  // 26 curt: no question, no source
  s(CHATDESK, '26 LinkedIn profile (curt): "hi! library chat here", "just go to linkedin and hit join now", no question, no source, "ok cool, bye"', [
    [0, 'p', 'hey how do i make a linkedin'],
    [12, 'l', 'hi! library chat here'],
    [16, 'l', 'just go to linkedin and hit join now, its pretty self explanatory. add a pic and ur work history'],
    [60, 'p', 'ok'],
    [64, 'l', 'ok cool, bye'],
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' })),

  // 27 Spanish: Goodwill career center by address + phone, CalJOBS; others touch both ends
  s(LUCIA, '27 trabajo de limpieza (Spanish): Goodwill career center by address + phone, CalJOBS in Spanish, "eso sería todo", others touching both ends (three at most)', [
    [0, 'p', 'Buenas, busco trabajo de limpieza y no hablo mucho inglés. Hay algún lugar que ayude?'],
    [28, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca del Condado de Orange. Con gusto le ayudo.'],
    [35, 'l', '¿En qué ciudad vive? Así le busco un centro cercano.'],
    [80, 'p', 'Santa Ana'],
    [86, 'l', 'Un momento, por favor.'],
    [170, 'l', 'Puede ir al Centro de Carreras de Goodwill en Santa Ana, que ayuda gratis a buscar trabajo y atiende en español: 410 N Fairview St, Santa Ana, o llamar al (714) 555-0163. También puede buscar empleos en CalJOBS, caljobs.ca.gov (elija "Español" arriba a la derecha).'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'sí, gracias!'],
    [236, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [260, 'p', 'no, eso sería todo'],
    [266, 'l', '¡Que le vaya muy bien! Gracias por escribirnos.'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('lj1', 'lucia-j', -500, 0), other('lj2', 'lucia-j', -100, 200), other('lj3', 'lucia-j', 50, 271), other('lj4', 'lucia-j', 271, 900)],
  }),

  // 28 fair-chance employers: a source with no codes; "by Friday", e-mail read back, pending
  s(THEO, '28 fair-chance employers after release (source with no codes): honestlyyes.com + ct.gov/reentry, a list promised "by Friday", e-mail read back, pending', [
    [0, 'p', "I got out last year and I'm having trouble finding work. Are there employers around here that hire people with a record?"],
    [30, 'l', "Hi, I'm Theo, a librarian at Bridgeport Public Library. Thanks for reaching out."],
    [37, 'l', 'What kind of work are you looking for, and do you have a car or take the bus?'],
    [100, 'p', 'warehouse or kitchen. bus'],
    [106, 'l', "Honest Jobs (honestjobs.com) lists fair-chance employers by city, and the state's reentry page, ct.gov/reentry, has job programs. I'd like to put together a list of employers on the bus lines too: if you give me an e-mail, I'll send it by Friday."],
    [160, 'p', 'jwalker.bpt@example.com'],
    [166, 'l', "Thanks — jwalker.bpt@example.com. You'll have the list by Friday. Do those two sites help in the meantime?"],
    [220, 'p', "yea i'll look at them. thanks"],
    [226, 'l', "You're welcome. Good luck, and thanks for chatting!"],
  ], usual({ anything: 'fail', code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 29 veteran: greeting split; the veterans' rep named with no contact
  s(JORDAN, '29 Army 92Y to a civilian resume: "Hey there!" + name, O*NET Military Crosswalk, "make an appointment with the veterans\' employment representative at your local job center" (no contact)', [
    [0, 'p', 'Getting out of the army next month. how do i put my MOS on a civilian resume, nobody knows what 92Y means lol'],
    [15, 'l', 'Hey there!'],
    [20, 'l', "I'm Jordan, one of the librarians at Fort Hale Library. Thanks for your service!"],
    [26, 'l', 'Are you aiming for a particular field, or open to anything?'],
    [80, 'p', 'supply/logistics probably'],
    [86, 'l', "O*NET's Military Crosswalk (onetonline.org/crosswalk/MOC) turns 92Y into civilian job titles like inventory specialist and logistics clerk, with the skills employers use in postings; borrow their words for your bullets. Also, make an appointment with the veterans' employment representative at your local job center, they help with exactly this."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yeah thats solid, thanks'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', 'nope that covers it'],
    [175, 'l', 'Good luck with the transition, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 30 "I've got a few other things to get to, so I'll stop here. Bye."
  s(MEGAN, '30 medical billing offer at $17/hr: salary finder, then "I\'ve got a few other things to get to, so I\'ll stop here. Bye." (no way back)', [
    [0, 'p', 'got a job offer for medical billing, 17/hr in Tulsa. is that low? how do i negotiate'],
    [30, 'l', 'Hi! This is Megan at Ask a Librarian, Tulsa Area Library.'],
    [36, 'l', 'Is it full-time, and do you have a certification like the CPB?'],
    [90, 'p', 'full time, no cert yet'],
    [96, 'l', "CareerOneStop's salary finder (careeronestop.org/Toolkit/Wages/find-salary.aspx) shows medical billing and coding in the Tulsa area at a median around $20/hr, lower for entry level without a cert."],
    [102, 'l', 'Is that helpful?'],
    [150, 'p', 'yes. so how do i ask for more without them pulling the offer?'],
    [156, 'l', "Sorry, I've got a few other things to get to, so I'll stop here. Bye."],
    [170, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftySixthRoundJobSeekers.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('03')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "The closest is OhioMeansJobs Mahoning County, 141 Boardman-Canfield Rd, Boardman, phone 330-555-0188. Register online first at ohiomeansjobs.ohio.gov, then go in with a photo ID." tells the patron to visit an agency outside the chat (RUBRIC Terms, Referral: "contact or visit … another agency … office"), with a postal address, a phone and a URL.',
  [byNo('09')]:
    'info.source: expected pass, got fail ("answered without any URL, named resource or contact"). Message 5: "Our 2015 and 2016 Ridgeway city directories (print only, in the Ridgeway Room) would list the street address" names publications that hold the answer (RUBRIC info.source: "a named resource (a database, the catalogue, a guide, a book …)"); so followup.completeness is applicable and fails as labelled.',
};

describe('fifty-sixth round: adult job seekers, checked', () => {
  describeSessions('whole sessions', fiftySixthRoundJobSeekers.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySixthRoundJobSeekers.filter((c) => c.name in LEFT_WHY));
});
