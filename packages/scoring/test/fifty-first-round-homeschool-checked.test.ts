/**
 * Fifty-first round, theme HOMESCHOOLING AND CURRICULUM, checked: 30 whole sessions no one had written, from public library
 * "ask a librarian" chats with homeschooling parents: state requirements (Pennsylvania affidavit, New York annual assessment,
 * Virginia compulsory age, Georgia attendance reports, Florida annual evaluation, an Ohio parent-issued diploma, Child Find
 * evaluations), curriculum and textbooks (Saxon Math, Ray's Arithmetic by ILL, Apologia Biology, All About Spelling, Story of
 * the World in Libby, Oregon history sources, Texas TEKS printouts, Latin in Mango), library cards for kids and educator
 * cards (in English and Spanish), science kits (STEM kits, a frog dissection, an AP Chemistry lab), testing (Iowa practice
 * books, the SAT homeschool code, NY testing years), co-ops (meeting rooms, a co-op named bare, a curriculum fair), read-aloud
 * lists and transcripts, and parents in a hurry ("quick q", "gotta run", "hold on have to get the baby"). Every one of the 17
 * checks labelled in every session before it was run (the labels copied aside to /tmp/fiftyFirstRoundHomeschool-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line; a patron "hello?" and a 95 s pickup; `pickedUpAt` at 40 s with the first line at 100 s; "Hi
 *   there!" + "This is Lena at …" split over two lines; "Hi! How can I help?" under the screen name "AskDesk3" (names no
 *   one: fail); "Hey there, Kit at Dover Public Library."; Spanish "¡Hola! Soy Ana, bibliotecaria de …";
 *  inquiry: grade, age, branch, county, state, edition, format (CD or Libby, virtual or real specimen), a restatement with no
 *   question mark ("So you need a template for a homeschool transcript that colleges will accept."); a question only after
 *   the first source (fail); "Would a scan of a few pages be what you need?" before any source (a clarifying question, not a
 *   completeness question);
 *  waits: "ok let me check the catalog" then 150 s (fail); holds at 70/170/265 before an answer at 350 (pass); "No rush, take
 *   your time." before a 200 s patron absence (waiting on the patron: pass); transfer notices that are holds with 40 s and
 *   54 s to the receiver's first line;
 *  endings: a Lost Call with greeting, "Are you still there?" at 170 and a notice that invites back at 260; a check-in then a
 *   notice without a goodbye ("so I'll close this chat now": courteous fails); a check-in then a goodbye with no notice
 *   (disconnect fails); "Sorry, you've had your time, I need to end this chat now." (dismissal); "I have a few other patrons
 *   waiting … Please chat back in later" (allowed); "Have a great day!", "See you there, bye!", "¡Gracias por escribirnos! Que
 *   tenga buen día."; patron-side "thats all i needed", "that's everything", "nothing else", "no more questions :)", "all set",
 *   "no, eso es todo", and "ok thank you", "yes thx gotta run", "k thx" (not done);
 *  sources: state DOE URLs, the catalogue by URL, Libby by URL, a database by path ("covecitylib.org > Research > Languages >
 *   Mango"), books by title and author, a call number; none at all ("check with the Georgia Department of Education");
 *  referrals: a school district office by phone; the library's own Youth Services desk by phone; "reach out to the Greenfield
 *   Homeschool Co-op" with no contact (fail); "check with the Georgia Department of Education" with no contact (fail);
 *   "someone from your library will contact you" (the library contacts the patron: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done 30 h (pass/pass); a promise ("I'll print them out and
 *   e-mail you when they're at the desk") coded Answered with the e-mail typed (code fails, contact fails: no time, on_time
 *   pending); FU_LIB with the e-mail only in `patron.email`, no time, not done by day 5; FU_ME by phone read back, "by Friday
 *   morning", done after 90 h (late);
 *  codes: a true Lost Call; Lost Call after three patron lines; null; Practice;
 *  transfers: a visible notice and an internal note before the transfer (pass); a visible notice only (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at the end, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "I'll e-mail you when they're at the desk" names an event, not a time ("by tomorrow", "within 72 hours", "by Friday"):
 *   followup.contact fails for want of when;
 * - "someone from your library will contact you at the e-mail address on your account" is a follow-up promise (Terms) and not
 *   a referral: the patron is told to contact or visit no one; the e-mail "on your account" is never given or repeated in the
 *   chat, so it is not confirmed;
 * - "check with the Georgia Department of Education" and "reach out to the Greenfield Homeschool Co-op" tell the patron to ask
 *   an organisation outside the chat: referrals, with no e-mail, phone, postal address or URL (fail); the Department named bare
 *   is no source either;
 * - when no source is given, followup.completeness still applies (info.source fails, not na) and "Does that help?" right after
 *   the message that gives the answer ("in or after the first message that gives a source or answer") passes;
 * - "We have a practice book in the teacher collection" names no resource (no title, no database, no catalogue): not a source,
 *   so "Would a scan of a few pages be what you need?" in the same message is a clarifying question about format before the
 *   first source, and no completeness question about something given;
 * - "So you need a template …" (no question mark) is a restatement: clarify passes;
 * - "Have a great day!" and "See you there, bye!" say goodbye; "Sorry, you've had your time, I need to end this chat now." is
 *   no thanks or goodbye, and "It seems you've disconnected, so I'll close this chat now." announces the end only;
 * - "No rush, take your time." tells the patron to take their time: not a hold, so the 200 s after it is waiting on the patron;
 * - a Lost Call whose only provider lines are a greeting (not a hold), a check-in and a notice that invites back: no
 *   substantive exchange, final idle from the greeting (35 s) to the goodbye (260 s) = 225 s, so both idle checks apply and
 *   pass.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (three batches written, one run;
 * labels copied aside). First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, "take your time" and transfers, idle
 * and disconnect spans, concurrency at touching ends, on_time done / late / pending / not done by day 5) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every case (patron e-mails typed in the chat, an e-mail
 * in `patron.email`, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const queue = (sec: number): Line => [sec, 's', 'Please wait, a librarian will be with you shortly.'];

const PAM: Prov = { id: 'pam-h', name: 'Pam', library: 'YCL' };
const RAJ: Prov = { id: 'raj-h', name: 'Raj', library: 'ECPL' };
const LENA: Prov = { id: 'lena-h', name: 'Lena', library: 'HCPL' };
const BO: Prov = { id: 'bo-h', name: 'Bo', library: 'MVL' };
const NELL: Prov = { id: 'nell-h', name: 'Nell', library: 'CRL' };
const TOMAS: Prov = { id: 'tomas-h', name: 'Tomás', library: 'SBPL' };
const GWEN: Prov = { id: 'gwen-h', name: 'Gwen', library: 'ALD' };
const OTIS: Prov = { id: 'otis-h', name: 'Otis', library: 'PVL' };
const FAYE: Prov = { id: 'faye-h', name: 'Faye', library: 'WCL' };
const KIT: Prov = { id: 'kit-h', name: 'Kit', library: 'DPL' };
const URSULA: Prov = { id: 'ursula-h', name: 'Ursula', library: 'BRL' };
const MIGUEL: Prov = { id: 'miguel-h', name: 'Miguel', library: 'BRL' };
const ROY: Prov = { id: 'roy-h', name: 'Roy', library: 'GCL' };
const SADIE: Prov = { id: 'sadie-h', name: 'Sadie', library: 'GCL' };
const ANA: Prov = { id: 'ana-h', name: 'Ana', library: 'LVL' };
const DESK3: Prov = { id: 'desk3-h', name: 'AskDesk3', library: 'NCL' };
const HOLLIS: Prov = { id: 'hollis-h', name: 'Hollis', library: 'RPL' };
const IVY: Prov = { id: 'ivy-h', name: 'Ivy', library: 'SCL' };
const TRAIN: Prov = { id: 'train-h', name: 'Trainee Login', library: 'TRN' };
const CORA: Prov = { id: 'cora-h', name: 'Cora', library: 'FPL' };
const LEO: Prov = { id: 'leo-h', name: 'Leo', library: 'OCL' };
const MAE: Prov = { id: 'mae-h', name: 'Mae', library: 'KPL' };
const JUNE: Prov = { id: 'june-h', name: 'June', library: 'TPL' };
const ELI: Prov = { id: 'eli-h', name: 'Eli', library: 'BCL' };
const WREN: Prov = { id: 'wren-h', name: 'Wren', library: 'HVL' };
const ZED: Prov = { id: 'zed-h', name: 'Zed', library: 'CCL' };

const s = session;

export const fiftyFirstRoundHomeschool: SessionCase[] = [
  // 01 by the book
  s(PAM, '01 PA homeschool law: queue, grade asked, PDE page, "does that answer it", anything else, "thats all I needed"', [
    [0, 'p', 'hi im pulling my son out of public school to homeschool in PA, what do i have to file??'],
    queue(2),
    [30, 'l', "Good morning! I'm Pam, a librarian with York County Libraries."],
    [36, 'l', 'How old is your son, and is this starting mid-year or next fall?'],
    [80, 'p', 'hes 11, starting in 2 weeks'],
    [87, 'l', "Pennsylvania's home education law is explained on the Department of Education page education.pa.gov (Home Education and Private Tutoring): you file a notarized affidavit with your superintendent, with objectives by subject and proof of immunizations. Does that answer what you needed?"],
    [140, 'p', 'yes omg thank you'],
    [145, 'l', 'Anything else I can help you with?'],
    [170, 'p', "no thats all i needed"],
    [175, 'l', 'Good luck with the new school year, and thanks for chatting!'],
  ], usual()),

  // 02 kids' card, pickup 95 s
  s(RAJ, '02 library cards for 3 kids: picked up at 95 s, ages asked, card page, "Is that what you were looking for?"', [
    [0, 'p', 'Can my kids get their own library cards? we homeschool and use the library A LOT'],
    [40, 'p', 'hello?'],
    [95, 'l', 'Hi, sorry for the wait! Raj here at Elm City Public Library.'],
    [101, 'l', 'How old are your kids? The rules change at age 13.'],
    [150, 'p', '6, 9 and 14'],
    [157, 'l', 'All three can have their own cards. A parent signs for the 6 and 9 year olds; your 14-year-old can sign for herself. The form is at elmcitylibrary.org/cards and we also have an Educator card for homeschool parents with 50 items and 6-week loans. Is that what you were looking for?'],
    [220, 'p', "yes perfect. that's everything"],
    [226, 'l', 'Great! Thanks for using Ask Elm City, bye!'],
  ], usual({ pickup: 'fail' })),

  // 03 science kit, hold then 150 s
  s(LENA, '03 science kit loan: "let me check the catalog" then the answer 150 s later', [
    [0, 'p', 'do u guys lend those science kits? like microscopes, circuits etc'],
    [20, 'l', 'Hello, this is Lena with Harbor County Public Library.'],
    [26, 'l', 'Which grade level are the kids? The kits are sorted by age.'],
    [60, 'p', '4th and 7th'],
    [66, 'l', 'ok let me check the catalog'],
    [216, 'l', 'Yes! We have STEM Kits in the catalogue: search "STEM kit" at harborlibrary.org/catalog. The Snap Circuits kit is rated grades 3-6 and the microscope kit grades 6+. They check out for 3 weeks. Does that help?'],
    [260, 'p', 'yes!! thank you. nothing else'],
    [265, 'l', 'Have fun with the experiments, bye!'],
  ], usual({ informed: 'fail' })),

  // 04 no clarifying question before the source
  s(BO, '04 Saxon Math textbooks: source at once, a question only after it', [
    [0, 'p', 'does the library have saxon math textbooks'],
    [18, 'l', "Hi! I'm Bo from Maple Valley Library."],
    [24, 'l', 'Our catalogue at maplevalleylib.org/catalog has Saxon Math 5/4, 6/5 and 7/6, student and teacher editions, in the Homeschool Collection.'],
    [30, 'l', 'Which level are you looking for?'],
    [70, 'p', '6/5'],
    [76, 'l', 'Saxon Math 6/5 is on the shelf at Main right now. Does that help?'],
    [110, 'p', 'yep thanks'],
    [115, 'l', 'Anything else today?'],
    [130, 'p', 'no'],
    [134, 'l', 'Take care, bye!'],
  ], usual({ clarify: 'fail' })),

  // 05 referral with phone
  s(NELL, '05 NY annual assessment: district office phone, nysed URL', [
    [0, 'p', 'we homeschool in new york. does my daughter have to take a standardized test this year?'],
    [25, 'l', "Hi there, I'm Nell, a reference librarian at Cedar Ridge Library."],
    [31, 'l', 'What grade is she in this year?'],
    [70, 'p', '4th'],
    [76, 'l', "Under the NY rules (Part 100.10, at nysed.gov/nonpublic-schools/home-instruction) a standardized test is required every other year in grades 4-8, so 4th is one of the years you can choose a written narrative instead. Call your school district's home instruction office to confirm what they accept: for Cedar Ridge CSD it's 555-318-2270."],
    [82, 'l', 'Did that answer your question?'],
    [130, 'p', 'yes thank you so much, thats all'],
    [136, 'l', "You're welcome! Thanks for chatting with us."],
  ], usual({ referral: 'pass' })),

  // 06 co-op referral with no contact
  s(TOMAS, '06 co-op (hurried parent): "reach out to the Greenfield Homeschool Co-op" with no contact', [
    [0, 'p', 'quick q - any homeschool co ops that meet at the library? in a rush sorry'],
    [15, 'l', 'Hi! Tomás at South Bay Public Library here.'],
    [20, 'l', 'Which branch is closest to you?'],
    [45, 'p', 'Eastside'],
    [51, 'l', 'Eastside hosts Homeschool Hangout every Wednesday at 1 pm, listed on our events calendar at southbaylibrary.org/events. For a full co-op with classes, reach out to the Greenfield Homeschool Co-op, they meet at a church nearby.'],
    [56, 'l', 'Does that help?'],
    [80, 'p', 'yes thx gotta run'],
    [84, 'l', 'Bye, thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 07 follow-up by me, done on time
  s(GWEN, '07 reading list for a 2nd grader (follow-up by me): e-mail read back, "by Thursday", done after 30 h', [
    [0, 'p', 'Hello! Could a librarian put together a list of read-alouds about ancient Egypt for my 2nd grader? we are doing a unit'],
    [28, 'l', "Hello, Gwen here, a children's librarian at Ashby Library District."],
    [34, 'l', 'Does he read on his own yet, or is this just for you to read aloud? And how many weeks is the unit?'],
    [90, 'p', 'read aloud, 3 weeks'],
    [96, 'l', 'To start: "Mummies in the Morning" by Mary Pope Osborne is a great first pick, and NoveList K-8 (ashbylibrary.org/novelist) lists more by grade. I would love to put together a fuller list and send it to you. What is a good e-mail?'],
    [150, 'p', 'jen.homeschool@example.com'],
    [156, 'l', "Got it, jen.homeschool@example.com. I'll e-mail the list by Thursday."],
    [190, 'p', 'perfect, thats all i need'],
    [195, 'l', 'Thanks for reaching out, have a great unit!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 4 * DAY }),
  // 08 a promise coded Answered, no time
  s(OTIS, '08 TEKS printout: "I\'ll print them out and e-mail you when they\'re at the desk", e-mail given, coded Answered', [
    [0, 'p', 'need the Texas TEKS for 5th grade science printed, our internet at home is spotty'],
    [22, 'l', 'Hi, Otis at Pine Valley Library. Do you need all of the 5th grade science standards or just one strand?'],
    [60, 'p', "all of them, i'll pick up"],
    [66, 'l', "The standards are on tea.texas.gov under Texas Essential Knowledge and Skills, Chapter 112. I'll print them out and e-mail you when they're at the desk. What's your e-mail?"],
    [110, 'p', 'mb.tx@example.com'],
    [115, 'l', 'Thanks! Did the TEA link help in the meantime?'],
    [150, 'p', 'yes'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Bye, thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 follow-up by the patron's library, e-mail only on the account, not done by day 5
  s(FAYE, '09 Ray\'s Arithmetic reprint by ILL (follow-up by patron\'s library): e-mail only in patron.email, no time, not done by day 5', [
    [0, 'p', "looking for Ray's Arithmetic for our homeschool, the old 1800s series. can the library get it"],
    [30, 'l', 'Hello, Faye at Westfield County Library here.'],
    [36, 'l', 'Would a modern reprint be ok, or do you need an original edition?'],
    [80, 'p', 'reprint is fine'],
    [86, 'l', "WorldCat (worldcat.org) shows reprints of Ray's New Primary and Intellectual Arithmetic at several libraries. Your home library has to place the interlibrary loan, so I'll pass this on and someone from your library will contact you at the e-mail address on your account."],
    [130, 'p', 'ok thanks'],
    [135, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'rays.fan@example.org', phone: null } }, { now: T0 + 5 * DAY }),

  // 10 follow-up by phone, done after 90 h
  s(KIT, '10 Ohio homeschool diploma (follow-up by me): phone read back, "by Friday morning", done after 90 h', [
    [0, 'p', 'can a homeschooled teen in ohio get a real diploma or does he need the GED. have a meeting friday'],
    [26, 'l', "Hi! Kit here, a librarian at Dover Public Library."],
    [32, 'l', 'Is he finishing through your own home education, or through an online charter school?'],
    [75, 'p', 'our own'],
    [80, 'l', 'Let me look into that, one moment.'],
    [160, 'l', 'In Ohio the parent can issue the diploma for home education; the Ohio Department of Education explains it at education.ohio.gov (search "home education"). I want to check with our teen librarian about how colleges treat it and call you back. What number is best?'],
    [210, 'p', '937-555-0144'],
    [216, 'l', "937-555-0144, got it. I'll call you by Friday morning."],
    [222, 'l', 'Anything else I can do for you today?'],
    [250, 'p', "no that's it"],
    [255, 'l', 'Thanks, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 11 Lost Call: greeting only, check-in, notice + invitation back
  s(URSULA, '11 Virginia compulsory age (Lost Call): greeting at 35, patron gone, "Are you still there?" at 170, notice + goodbye at 260', [
    [0, 'p', 'what is compulsory school age in virginia'],
    [35, 'l', "Hi, I'm Ursula at Blue Ridge Library."],
    left(50),
    [170, 'l', 'Are you still there?'],
    [260, 'l', "It looks like you've disconnected, so I'll end this session. Feel free to chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 four at once
  s(ROY, '12 Khan Academy vs library databases: three other chats open, four at once from 60 s', [
    [0, 'p', 'Is there a free online math curriculum the library pays for? we use khan but want something with worksheets'],
    [24, 'l', "Hello! This is Roy, librarian at Glen County Library's Ask Us chat."],
    [30, 'l', 'What grade, and do you want printable worksheets or online practice?'],
    [70, 'p', 'grade 3, printable'],
    [76, 'l', 'Try IXL? no - better: our Homework Help page glencountylib.org/homework links to Math Worksheets Center (free with your card) which has printable grade 3 sheets. Did that help?'],
    [120, 'p', 'yes that works, thanks, all set'],
    [125, 'l', 'Great, bye for now!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'roy-h', -200, 300), other('r2', 'roy-h', 10, 400), other('r3', 'roy-h', 60, 200)],
  }),

  // 13 touching intervals
  s(SADIE, '13 spelling curriculum books: others end exactly at start and start exactly at end, three at most', [
    [0, 'p', 'recs for a spelling curriculum for a kid with dyslexia?'],
    [20, 'l', 'Hi, Sadie at Glen County Library here!'],
    [26, 'l', 'How old is your child, and has she been formally diagnosed?'],
    [60, 'p', '8, yes'],
    [66, 'l', 'Many families use "All About Spelling" (Orton-Gillingham based); we own the level 1 teacher manual, see glencountylib.org/catalog. "Overcoming Dyslexia" by Sally Shaywitz is a great read for you too. Is that the kind of thing you were after?'],
    [110, 'p', 'yes exactly. no more questions :)'],
    [115, 'l', 'Happy to help, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('s1', 'sadie-h', -300, 0), other('s2', 'sadie-h', -50, 200), other('s3', 'sadie-h', 30, 500), other('s4', 'sadie-h', 120, 600)],
  }),

  // 14 transfer by the book
  s(CORA, '14 state history curriculum: notice + internal why, transfer, Leo answers 40 s later', [
    [0, 'p', 'we need a 4th grade Oregon history curriculum, any ideas'],
    [22, 'l', "Hi, I'm Cora at Forest Park Library's chat."],
    [28, 'l', 'Are you looking for a textbook, or more for books and primary sources to build units?'],
    [70, 'p', 'books and sources'],
    [76, 'l', "Our Oregon Collection librarian is the expert, so I'm transferring you to Leo now. One moment please!"],
    [80, 'i', 'Leo - homeschool parent wants 4th grade Oregon history sources, can you take it? thx'],
    xfer(84, 'Leo', 'leo-h'),
    [116, 'l', 'Hi, Leo here from the Oregon Collection. The Oregon Encyclopedia (oregonencyclopedia.org) is written for families, and our Oregon history booklist for kids is at ocl.org/lists/oregon-kids. Does that help?', as(LEO)],
    [170, 'p', 'yes, thats everything thanks'],
    [175, 'l', 'Thanks for chatting, good luck!', as(LEO)],
  ], usual({ transfer: 'pass' })),

  // 15 transfer without an internal note
  s(MAE, '15 AP Chemistry lab kit: "Transferring you to June" visible, no internal note', [
    [0, 'p', 'my daughter is doing AP Chem at home, where do we even get a lab kit'],
    [25, 'l', 'Hi, Mae at Kent Public Library!'],
    [31, 'l', 'Does she need a College Board approved lab, or just hands-on practice?'],
    [80, 'p', 'it has to count for the AP'],
    [86, 'l', "I'll transfer you to June, our science librarian. Hang on a sec."],
    xfer(90, 'June', 'june-h'),
    [140, 'l', 'Hello, June here. The College Board lists the lab requirements on the AP Chemistry course page at apcentral.collegeboard.org; they accept home labs if the syllabus is authorized. Is that what you needed?', as(JUNE)],
    [200, 'p', 'yes thanks'],
    [205, 'l', 'Anything else?', as(JUNE)],
    [230, 'p', 'nope'],
    [235, 'l', 'Thanks, bye!', as(JUNE)],
  ], usual({ transfer: 'fail' })),

  // 16 "your time is up"
  s(ELI, '16 ten questions in a row: "you\'ve had your time, I need to end this chat now"', [
    [0, 'p', 'hi do you have the Story of the World vol 2 audiobook'],
    [20, 'l', 'Hello, Eli at Brookside County Library.'],
    [26, 'l', 'CD or the Libby download?'],
    [50, 'p', 'libby'],
    [56, 'l', 'Yes, it\'s in Libby (brookside.overdrive.com), 2 copies, no wait. Does that help?'],
    [90, 'p', 'yes and also vol 3 and the activity book and the test pages and the maps and can you check if'],
    [96, 'l', "Sorry, you've had your time, I need to end this chat now."],
    [110, 'p', 'rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 17 other patrons waiting, come back
  s(WREN, '17 portfolio review (hurried): "other patrons are waiting, please chat back later"', [
    [0, 'p', 'Florida homeschool - who does the annual evaluation and do I have to send it in?? deadline is next week!'],
    [20, 'l', 'Hi! This is Wren, a librarian at Hill Valley Library.'],
    [26, 'l', 'Which county are you in?'],
    [50, 'p', 'Hillsborough'],
    [56, 'l', "The Florida Department of Education home education page (fldoe.org/schools/school-choice/other-school-choice-options/home-edu) says the evaluation is due on the anniversary of your notice of intent, by a certified teacher or one of the other options listed there. Did that help?"],
    [100, 'p', 'ya but who are teachers who do it near me and how much and can my sister do it and'],
    [108, 'l', "I have a few other patrons waiting, so I have to pause here. Please chat back in later and we can keep going. Thanks!"],
  ], usual({ anything: 'fail' })),
  // 18 Spanish
  s(ANA, '18 tarjeta para niños (Spanish): age asked, card page, "¿Le sirve?", "no, eso es todo", "¡Que tenga buen día!"', [
    [0, 'p', 'hola, educo a mis hijos en casa. pueden sacar tarjeta de biblioteca los niños?'],
    [30, 'l', '¡Hola! Soy Ana, bibliotecaria de la Biblioteca de Lake Vista. Con gusto le ayudo.'],
    [37, 'l', '¿Qué edades tienen sus hijos? ¿Viven en el condado?'],
    [90, 'p', '7 y 10 años, si vivimos aqui'],
    [97, 'l', 'Sí, los dos pueden tener su propia tarjeta. Usted firma el formulario como padre o madre; el formulario en español está en lakevistalibrary.org/tarjeta. Con la tarjeta tienen acceso a Tumblebooks y a los kits de ciencias. ¿Le sirve esta información?'],
    [150, 'p', 'si gracias'],
    [155, 'l', '¿Necesita algo más?'],
    [180, 'p', 'no, eso es todo'],
    [185, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual()),

  // 19 greeting without identification
  s(DESK3, '19 library card expired (screen name only): "Hi! How can I help?" + a question, no one named', [
    [0, 'p', 'my homeschool educator card expired, how do i renew'],
    [20, 'l', 'Hi! How can I help?'],
    [24, 'l', 'Do you still have the card number handy?'],
    [60, 'p', 'yes'],
    [66, 'l', 'You can renew it online under My Account at ncl.org/renew-card; educator cards need a new homeschool affidavit each year, upload it there. Did that do it?'],
    [100, 'p', 'yes thanks, thats all'],
    [104, 'l', 'Have a great day!'],
  ], usual({ greeting: 'fail' })),

  // 20 no source: an office named bare
  s(HOLLIS, '20 Georgia attendance reports: "check with the Georgia DOE" with no way to reach it, no source', [
    [0, 'p', 'do i have to send attendance to someone if we homeschool in georgia'],
    [30, 'l', "Hello, I'm Hollis, a librarian at Riverbend Public Library."],
    [36, 'l', 'Have you already filed your Declaration of Intent this year?'],
    [80, 'p', 'yes in august'],
    [86, 'l', "Then you keep attendance records yourself (180 days, 4.5 hours a day) and submit a monthly attendance report. For the details, check with the Georgia Department of Education."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'ok thank you'],
    [135, 'l', 'You are welcome, bye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 21 the patron goes quiet; check-in, a notice without a goodbye
  s(IVY, '21 SAT for homeschoolers: answer at 80, "Are you still with me?" at 220, "seems you\'ve disconnected, I\'ll close this chat" at 320, ends at 380', [
    [0, 'p', 'how does a homeschooler sign up for the SAT, we dont have a school code'],
    [20, 'l', 'Hi, this is Ivy at Seaside County Library.'],
    [26, 'l', 'Is this the regular SAT on a Saturday, or the school-day one?'],
    [70, 'p', 'saturday'],
    [80, 'l', 'On collegeboard.org, create the student account and, when it asks for the high school, use the homeschool code 970000. Does that help?'],
    [220, 'l', 'Are you still with me?'],
    [320, 'l', "It seems you've disconnected, so I'll close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 22 practice
  s(TRAIN, '22 practice chat (homeschool script): coded Practice, every check na', [
    [0, 'p', 'TEST do you have curriculum fairs'],
    [10, 'l', 'Hi this is a training chat.'],
    [20, 'l', 'See events at library.org/events. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 null code
  s(ZED, '23 Latin for a 6th grader: Mango Languages path, code null', [
    [0, 'p', 'anything for learning latin? my 6th grader wants to'],
    [25, 'l', 'Hello! Zed here, librarian at Cove City Library.'],
    [30, 'l', 'Does he want a full course with grammar, or just to try it out?'],
    [70, 'p', 'just try it'],
    [76, 'l', 'Mango Languages has a free Latin course with your card: covecitylib.org > Research > Languages > Mango. Is that what you were looking for?'],
    [120, 'p', "yes! that's all I needed"],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 24 pickedUpAt before the first line
  s(MAE, '24 dissecting kit: pickedUpAt at 40 s, first line at 100 s', [
    [0, 'p', 'where can i get a frog dissection kit for biology, library have one?'],
    [100, 'l', 'Hi! Mae at Kent Public Library, sorry for the wait.'],
    [106, 'l', 'Would a virtual dissection work, or does it need to be a real specimen?'],
    [150, 'p', 'virtual is fine honestly'],
    [156, 'l', 'Our Gale In Context: Science database (kentlibrary.org/databases) has virtual frog dissections with labs. Does that help?'],
    [200, 'p', 'yep thx'],
    [205, 'l', 'Anything else?'],
    [220, 'p', 'nope all set'],
    [225, 'l', 'Bye, thanks!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 25 completeness only about something not yet given
  s(JUNE, '25 old Iowa test scores: "would a scan be what you need?" before any source, none after', [
    [0, 'p', 'do you have Iowa Test sample booklets for 3rd grade? want to practice'],
    [22, 'l', 'Hi, June at Troy Public Library here.'],
    [28, 'l', 'We have a practice book in the teacher collection. Would a scan of a few pages be what you need?'],
    [70, 'p', 'the whole book would be better'],
    [76, 'l', '"Iowa Assessments Success Strategies Level 9" is on the shelf at Main, call number 371.26 IOW; you can place a hold at tpl.org/catalog.'],
    [110, 'p', 'ok placing it now, thats everything'],
    [115, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ complete: 'fail' })),

  // 26 Lost Call after three patron lines
  s(OTIS, '26 co-op room booking: answered, patron "k thx" and gone, coded Lost Call after three patron lines', [
    [0, 'p', 'can our homeschool co-op book a meeting room every tuesday'],
    [20, 'l', 'Hello, Otis at Pine Valley Library.'],
    [25, 'l', 'How many people, and morning or afternoon?'],
    [60, 'p', 'about 20, mornings'],
    [66, 'l', 'The Oak Room holds 30 and can be booked up to 3 months ahead at pinevalleylib.org/rooms; recurring bookings are allowed for nonprofit groups.'],
    [100, 'p', 'k thx'],
    left(102),
    [108, 'l', 'Thanks for stopping by!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 restated question, no question mark
  s(KIT, '27 high school transcript template: "So you need a template for a homeschool transcript" restated, book + URL', [
    [0, 'p', 'need a way to make a high school transcript for my homeschooled senior, colleges want one'],
    [20, 'l', 'Hey there, Kit at Dover Public Library.'],
    [26, 'l', 'So you need a template for a homeschool transcript that colleges will accept.'],
    [40, 'p', 'yes exactly'],
    [46, 'l', '"Setting the Records Straight" by Lee Binz walks through it, and HSLDA has free templates at hslda.org/post/high-school-transcripts. Is that what you were looking for?'],
    [90, 'p', "yes that's it, that's all I needed"],
    [95, 'l', 'Thanks for chatting, and congrats to your senior!'],
  ], usual()),

  // 28 "take your time" then the patron away
  s(GWEN, '28 curriculum fair flyer: "no rush, take your time" then the patron away 200 s', [
    [0, 'p', 'is the library having a homeschool curriculum fair this spring'],
    [18, 'l', 'Hi, Gwen here at Ashby Library District!'],
    [24, 'l', 'Which branch would you go to? We have had fairs at two.'],
    [50, 'p', 'hold on have to get the baby'],
    [55, 'l', 'No rush, take your time.'],
    [255, 'p', 'ok back. the north one'],
    [262, 'l', 'North Branch hosts the Homeschool Curriculum Swap & Fair on April 18, 10-1; details are on ashbylibrary.org/events. Does that help?'],
    [300, 'p', 'yes! thank you, nothing else'],
    [305, 'l', 'See you there, bye!'],
  ], usual()),

  // 29 check-in then goodbye, no notice
  s(LENA, '29 Apologia science: answer at 90, "Still there?" at 230, goodbye at 300, no disconnect notice', [
    [0, 'p', 'Hi!! Does the library have Apologia Exploring Creation with Biology textbook'],
    [20, 'l', 'Hi there!'],
    [24, 'l', 'This is Lena at Harbor County Public Library. Which edition do you need, 2nd or 3rd?'],
    [80, 'p', '3rd'],
    [90, 'l', 'We own one copy of the 3rd edition, currently checked out; you can place a hold at harborlibrary.org/catalog. Did that help?'],
    [230, 'l', 'Still there?'],
    [300, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 30 holds every ~100 s, referral to own department with phone
  s(HOLLIS, '30 IEP-style help for a homeschooler: holds at 70/170/265, Youth Services desk phone', [
    [0, 'p', 'my homeschooled son probably has ADHD, can the school district still test him even though hes not enrolled'],
    [25, 'l', "Hello, I'm Hollis, a librarian at Riverbend Public Library."],
    [31, 'l', 'Which state are you in?'],
    [64, 'p', 'Georgia'],
    [70, 'l', 'Let me look that up, one moment.'],
    [170, 'l', 'Still looking, thanks for your patience.'],
    [265, 'l', 'Nearly there, checking one more page.'],
    [350, 'l', 'Under "Child Find" the district must evaluate homeschooled kids too; the Georgia DOE explains it at gadoe.org (search "Child Find"). For local parent groups, call our Youth Services desk at 555-210-4411. Did that answer your question?'],
    [400, 'p', "yes thank you. that's everything"],
    [405, 'l', "You're welcome, good luck!"],
  ], usual({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-first round: homeschooling and curriculum, checked', () => {
  describeSessions('whole sessions', fiftyFirstRoundHomeschool.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFirstRoundHomeschool.filter((c) => c.name in LEFT_WHY));
});
