/**
 * Fifty-seventh round, theme FAMILIES WITH CHILDREN, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats with parents: pre-K and 3-K (NYC MySchools, Georgia Pre-K, Head Start), child care (a
 * Maryland child care scholarship in Spanish, NC daycare inspection reports), school enrollment and records (a kindergarten
 * without a US birth certificate, twins' kindergarten registration, records stuck at an out-of-state school, 2019 report
 * cards, shot records by Monday, proof of attendance in 1998-2002 for an immigration form, an IEP denied and a 504 plan),
 * homeschooling paperwork (a Virginia Notice of Intent, an educator card, a parent-made transcript for a community college),
 * summer camps and kids' library programs (summer reading, Houston and Chicago day camps, baby and bilingual storytimes, a
 * teen's volunteer hours, free summer lunches, a full Lego Club, a 5 yr old's first card), child support (payments stopped in
 * Tennessee, lowering an order in Kentucky, an Ohio estimate, checking payments in Maryland). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/fiftySeventhRoundFamilies-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 34 s pickup (01); a patron "hola??" in the queue and an 85 s pickup (02: fail); `pickedUpAt`
 *   at 40 s with the first line at 130 (18); "One moment, reading your question…" (a hold) then "Hi, thanks for waiting! I'm
 *   Naveen …" (30: pass); "hi" alone under the screen name "Desk 7" (20: fail); Spanish "¡Hola! Le saluda Ana, bibliotecaria
 *   de …" (02); chat-speak "hey there! Mo from Kansas City Public Library chat ☀️" (05); "Hello, Dwayne at … here." (07); no
 *   provider ever joined (16);
 *  inquiry: start year, county and ages, public school both places, first time and county, reads alone or read-to-me, state
 *   or private order, district, one daycare or several, zoned school, residence and card, evaluated or not, weekday or
 *   Saturday, hours or form, branch, college, kids' ages, branch and age, case number; a restatement with no question mark
 *   ("So you need old report cards from Lincoln Elementary …", 21: pass); a question only after the first source ("Was he
 *   vaccinated in Texas?", 19: fail); none at all (20: fail);
 *  waits: "bear with me a sec while I look that up" then 150 s (04: fail); a silent transfer (note only) with the receiver
 *   145 s after the patron (12: fail); holds answered 64-94 s later (01, 02, 08, 11, 25, 30); holds at 76/180/280, one a
 *   partial result ("Still looking — I found OSPI's … page, now checking …"), answer at 370 (26: pass); "Sure, take your
 *   time!" then the patron back 230 s later (25: waiting on the patron); a patron "???" 12 s before the end (07: open span);
 *  endings: a greeting-only Lost Call, no check-in, "It looks like we got disconnected, so I'm going to end this chat. Thanks
 *   for reaching out, and please chat with us again anytime!" at 400 (15: final idle 370 s, idle fails, disconnect passes);
 *   "Are you still there?" at 230 and "It looks like you've been disconnected, so I'll end this chat. Feel free to chat back
 *   anytime — take care." at 330 (06: final idle 234 s, both pass); "Are you still with me?" at 220 and "I'll close the chat
 *   now. Thank you for contacting …" at 276 (23: final idle 200 s, the close names no disconnect: fails); "Still there?" at
 *   190 with the session ending at 216 (24: final idle 160 s, disconnect na, courteous fails); "Sorry, your time with me is
 *   up for today. Goodbye." (07, LEFT); "a few other patrons waiting … Please chat back in later … or call …" (29: allowed);
 *   a provider who ends on "Ok." (22: courteous fails); the patron's "yes that's everything, thanks a bunch" as the last line
 *   (27: courteous fails); goodbyes "Take care, and good luck!", "Take care!", "Have a good day.", "ok bye", "Thanks, talk to
 *   you soon!", "np, happy reading! bye 👋", "¡Con gusto! Gracias por comunicarse con nosotros."; patron-side "thats all i
 *   needed", "es todo", "no more questions", "nope thats it", "thats everything", "that's all I needed", and "ok thanks",
 *   "yes", "yes ty" that do not count;
 *  sources: NYC MySchools, Maryland MSDE, studentprivacy.ed.gov, lcps.org, kcpl.org, tn.gov, Houston parks, Precinct 1,
 *   arusd.org, NC DCDEE, fcps.org, the library's educator card form, elc-pa.org, sfpl.org, aadl.org, MCPL events, DSHS
 *   ImmTrac2, the Chicago Park District, sjusd.org, csws.chfs.ky.gov, nolalibrary.org, the Ohio calculator, OSPI, EvCC, a
 *   book by title and author, the USDA site finder, fcdlibrary.org, childsupport.maryland.gov, the library catalog; none at
 *   all (22: eligibility explained, "call the school district": fails);
 *  referrals: a Family Welcome Center by street address and phone (01); "ask the old district's records office directly"
 *   (03: no contact); a Notice of Intent sent to the superintendent's office, the division's URL (04, LEFT); Child Support
 *   Services and Legal Aid by phone (06); the ConsultLine by phone (12); "ask his pediatrician's office" with DSHS's form URL
 *   (19: the pediatrician has no contact, fail); the Student Records office by phone (21); "call the school district" (22);
 *   "Send the form to your local child support office; the site lists each office with its phone number" (23: reached by the
 *   agency's URL); "Call our Youth Services desk at 740-…" (28: own department); the Child Support customer service line
 *   (29); staff consulted on the patron's behalf ("I'd like to confirm with the district", 08; "I'll ask Frederick County
 *   Public Library's staff to check with the district", 10) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by tomorrow at 5 pm", done in 30 h (08); FU_ME, "I'll look into it
 *   and get back to you" with the e-mail read back and no time (09: contact fails, pending); FU_LIB with the e-mail only in
 *   `patron.email`, no time, done after 80 h (10: late); a promise with the e-mail read back and "by Wednesday", coded Answered
 *   (26: code fails, contact passes, pending); FU_ME by phone read back, "by Monday afternoon", not done by day 5 (30);
 *   "we'll mail her card to you" (24, LEFT: read by the scorer as a promise);
 *  codes: a true Lost Call (15); Lost Call after three patron lines (21); null with no provider (16); Practice (17);
 *  transfers: a visible notice (a hold) and an internal note that says why (11: pass); an internal note only (12: fail);
 *  concurrency: four at once (13: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (14: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "You send a Notice of Intent to the LCPS superintendent's office; … the address and the instructions are on LCPS's home
 *   instruction page: lcps.org/homeinstruction" tells the patron to write to an office outside the chat: a referral, reached
 *   by the division's own URL (04; the project's reading of "apply by mail … at a AAA branch");
 * - "Send the form to your local child support office; the site lists each office with its phone number" (23) is a referral
 *   reached by the agency's URL (csws.chfs.ky.gov), which is where that office's phone is; "request them with the form at
 *   dshs.texas.gov/…" writes to DSHS (reached), but "ask his pediatrician's office to print them" has no contact (19: fail);
 * - "we'll mail her card to you" (24) is how the library delivers the card the patron applies for, not a promise to send or
 *   find more information later: no follow-up session (the seed ties follow-up to "when the information will be sent");
 * - "Sorry, your time with me is up for today. Goodbye." fails no_dismissal (the rubric's own words, "their time is up") and
 *   still passes courteous (it says goodbye, 07);
 * - "Take care, and good luck!", "Take care!", "Have a good day." and "Thanks, talk to you soon!" say goodbye; "Ok." does not;
 * - "I'll close the chat now. Thank you for contacting …" announces the end and thanks (a goodbye) but does not say the patron
 *   seems to have disconnected: the disconnect notice fails (23);
 * - "So you need old report cards from Lincoln Elementary for your daughter, from the 2019 school year." restates the
 *   question (21); "the state has an official tool" names no resource and gives no way to reach it, so the question that
 *   follows it comes before the first source (25);
 * - "Does the enrollment page help for now?", "Does that help in the meantime?", "Does the admissions info help for now?",
 *   "Does the catalog search help for now?", "Is that the kind of program you had in mind?", "¿Le sirve esta información?"
 *   ask whether what was given meets the need; 22's "Does that help?" follows an answer with no source, which passes
 *   completeness ("the first message that gives a source or answer");
 * - "es todo", "nope thats it", "no more questions" say the patron is done; "ok thanks", "yes", "i guess" do not;
 * - with `pickedUpAt` at 40 s and the first line at 130 s, only the 90 s after pickup count for keep_informed (18: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3. Label corrections: 0.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 04: "You send a Notice of Intent to the LCPS superintendent's office; … lcps.org/homeinstruction"
 *    read as no referral (na; RUBRIC pass: write to an office outside the chat, reached by URL);
 *  - closing.no_dismissal, case 07: "Sorry, your time with me is up for today. Goodbye." read as no dismissal (pass; RUBRIC
 *    fail: "tells the patron their time is up");
 *  - resolution.code / followup.contact / followup.on_time, case 24: "we'll mail her card to you" read as a follow-up promise
 *    (fail / fail / pending; RUBRIC pass / na / na: the card's delivery, not more information later).
 * Every timing check (pickup at 34, 85 s and by `pickedUpAt`, no provider, keep_informed at 150 s, 145 s across a silent
 * transfer, across holds with a partial result and "take your time", final idles of 160, 200, 234 and 370 s, concurrency at
 * four and at touching ends, on_time done / late / pending / not done by day 5) scored as labelled on the first run; every
 * disagreement is about words. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, an e-mail in `patron.email`, a patron phone read back).
 *
 * ON v52 (block R, written from this round's files): case 07's "Sorry, your time with me is up for today." (R11) and case 24's
 *   "we'll mail her card to you" (R17: the library's card, no follow-up) read as labelled and run: 29 running, 1 LEFT (04).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please wait, you are #${n} in the queue. A librarian will be right with you.`];

const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'QPL' };
const ANA: Prov = { id: 'ana-m', name: 'Ana M.', library: 'MCPL-MD' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'DML' };
const MIREILLE: Prov = { id: 'mireille', name: 'Mireille', library: 'LCPL' };
const MO: Prov = { id: 'mo-k', name: 'Mo', library: 'KCPL' };
const BERNARD: Prov = { id: 'bernard', name: 'Bernard', library: 'NPL' };
const DWAYNE: Prov = { id: 'dwayne', name: 'Dwayne', library: 'HCPL-TX' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'SJPL' };
const CORINNE: Prov = { id: 'corinne', name: 'Corinne', library: 'WCPL-NC' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo (statewide)', library: 'STATE' };
const NELLIE: Prov = { id: 'nellie', name: 'Nellie', library: 'ACL' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'ACL' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'FLP' };
const FELIPE: Prov = { id: 'felipe', name: 'Felipe', library: 'FLP' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'SFPL' };
const ESME: Prov = { id: 'esme', name: 'Esme', library: 'AADL' };
const PEARL: Prov = { id: 'pearl-b', name: 'Pearl', library: 'BPL-NY' };
const NOBODY: Prov = { id: 'askus-queue-fam', name: 'Ask Us queue', library: 'STATE' };
const TRAINEE: Prov = { id: 'trainee-f', name: 'Trainee Seat 2', library: 'TRN' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'MCPL-MD' };
const FATIMA: Prov = { id: 'fatima', name: 'Fatima', library: 'HPL-TX' };
const DESK7: Prov = { id: 'desk7', name: 'Desk 7', library: 'CPL-IL' };
const HAZEL: Prov = { id: 'hazel', name: 'Hazel', library: 'SCCLD' };
const KIRA: Prov = { id: 'kira', name: 'Kira', library: 'DCPL-GA' };
const COLM: Prov = { id: 'colm', name: 'Colm', library: 'BCPL-KY' };
const DELPHINE: Prov = { id: 'delphine', name: 'Delphine', library: 'NOPL' };
const AUGIE: Prov = { id: 'augie', name: 'Augie', library: 'CCPL-OH' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'EPL-WA' };
const INES: Prov = { id: 'ines', name: 'Ines', library: 'PPL-RI' };
const MARGUERITE: Prov = { id: 'marguerite', name: 'Marguerite', library: 'FCDL' };
const YOLANDA: Prov = { id: 'yolanda', name: 'Yolanda', library: 'PGCMLS' };
const NAVEEN: Prov = { id: 'naveen', name: 'Naveen', library: 'SPL-WA' };

export const fiftySeventhRoundFamilies: SessionCase[] = [
  // 01 pre-K in Queens: the Family Welcome Center by address and phone
  s(ROSALIND, '01 pre-K in Queens: queue line, start year asked, MySchools URL, Family Welcome Center by address + phone, "thats all i needed"', [
    [0, 'p', "hi, my daughter turns 4 in november, how do i sign her up for pre-k? we're in queens"],
    queue(3),
    [34, 'l', "Good morning and thanks for contacting Ask a Librarian! My name is Rosalind, I'm a children's librarian at Queens Public Library."],
    [40, 'l', 'Is she starting this September or next September? The application windows are different.'],
    [95, 'p', 'this september'],
    [101, 'l', 'One moment while I pull up the DOE page.'],
    [180, 'l', "Pre-K applications go through MySchools at myschools.nyc — you create an account with your email, list up to 12 programs in order, and submit. If you'd rather apply in person, visit a Family Welcome Center: the Queens one is at 28-11 Queens Plaza North, or call them at 718-555-0133."],
    [186, 'l', 'Does that answer what you needed?'],
    [250, 'p', 'yes!! thats all i needed, thank u so much'],
    [256, 'l', "You're so welcome — good luck to her, and thanks for chatting!"],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: child care scholarship; picked up after 85 s
  s(ANA, '02 ayuda para la guardería (Spanish): patron "hola??" in the queue, pickup at 85 s, "¿Le sirve esta información?", "es todo"', [
    [0, 'p', 'Buenas, quiero saber si hay ayuda para pagar la guardería de mis hijos'],
    [20, 'p', 'hola??'],
    [85, 'l', '¡Hola! Le saluda Ana, bibliotecaria de Montgomery County Public Libraries. Disculpe la espera.'],
    [92, 'l', '¿En qué condado vive, y cuántos años tienen los niños?'],
    [150, 'p', 'montgomery, tienen 2 y 5 años'],
    [158, 'l', 'Un momento, por favor.'],
    [240, 'l', 'En Maryland la ayuda se llama Child Care Scholarship (Beca de Cuidado Infantil). La información y la solicitud en español están en earlychildhood.marylandpublicschools.org/child-care-scholarship. Se paga según los ingresos de la familia, y el niño de 5 años puede calificar para el cuidado antes y después de la escuela.'],
    [246, 'l', '¿Le sirve esta información?'],
    [300, 'p', 'si muchas gracias, es todo'],
    [305, 'l', '¡Con gusto! Gracias por comunicarse con nosotros. Que tenga buen día.'],
  ], usual({ pickup: 'fail' })),

  // 03 records stuck at the old school: "ask the old district's records office" with no contact
  s(GIDEON, '03 records from a Georgia school: FERPA page, "ask the old district\'s records office directly" (no contact), "Take care, and good luck!"', [
    [0, 'p', "My son's old school in Georgia wont send his records to his new school here. What can I do?"],
    [22, 'l', 'Hi, Gideon here with the Dayton Metro Library Ask a Librarian service.'],
    [28, 'l', 'Is he in public school in both places? And has the new school asked for them already?'],
    [80, 'p', 'yes public, the new school said they requested twice'],
    [86, 'l', "Under the federal privacy law (FERPA) schools can send records to a new school without your consent, and you have the right to see them yourself. The Department of Education's page for parents explains it: studentprivacy.ed.gov/ferpa-parents. You can also ask the old district's records office directly for a copy to hand-carry; many will give one to a parent within a few days."],
    [92, 'l', 'Did that help?'],
    [150, 'p', "ok yea. i'll try calling them"],
    [156, 'l', 'Anything else I can help with today?'],
    [175, 'p', 'no'],
    [180, 'l', 'Take care, and good luck!'],
  ], usual({ referral: 'fail' })),

  // 04 homeschool in Virginia: "bear with me" then 150 s; the notice goes to the superintendent (URL)
  s(MIREILLE, '04 homeschooling in Loudoun County: "bear with me a sec" then 150 s, Notice of Intent to the superintendent\'s office via lcps.org, "no more questions"', [
    [0, 'p', 'what paperwork do I need to homeschool in Virginia? pulling my 2nd grader out in march'],
    [18, 'l', 'Hello! This is Mireille, a librarian at Loudoun County Public Library.'],
    [24, 'l', 'Is this your first time homeschooling in Virginia, and which county do you live in?'],
    [70, 'p', 'first time, loudoun'],
    [75, 'l', 'bear with me a sec while I look that up'],
    [225, 'l', "Thanks for waiting! You send a Notice of Intent to the LCPS superintendent's office; when you start mid-year, send it as soon as you begin. The form, the address and the instructions are on LCPS's home instruction page: lcps.org/homeinstruction. You'll also pick one of four qualifications and send evidence of progress by August 1 next year."],
    [231, 'l', 'Does that cover it?'],
    [290, 'p', 'yes perfect. no more questions'],
    [296, 'l', 'Great, thanks for using Ask a Librarian. Have a good afternoon!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 summer reading, chat-speak; no completeness question
  s(MO, '05 summer reading for a 3 and a 6 yr old (chat-speak): "hey there! Mo from …", kcpl.org/summer, no completeness question, "nope thats it ty!!"', [
    [0, 'p', 'does the library do a summer reading thing for little kids? mine are 3 and 6'],
    [10, 'l', 'hey there! Mo from Kansas City Public Library chat ☀️'],
    [15, 'l', 'yep we do! do they read on their own yet or is it more read-to-me?'],
    [40, 'p', 'the 6 yr old kinda reads, the 3 yr old no lol'],
    [46, 'l', 'perfect, both can join. sign up at kcpl.org/summer or in the Beanstack app — the 3 yo does the Read-to-Me log (20 min a day counts) and ur 6 yo can log books or minutes. prizes at 5, 10 and 15 hrs 🎉'],
    [52, 'l', 'anything else i can help w/?'],
    [75, 'p', 'nope thats it ty!!'],
    [80, 'l', 'np, happy reading! bye 👋'],
  ], usual({ complete: 'fail' })),

  // 06 child support stopped (TN): check-in at 230, notice + invitation back at 330
  s(BERNARD, '06 child support stopped (TN): Child Support Services + Legal Aid by phone, patron quiet, "Are you still there?" at 230, notice + "chat back anytime" at 330', [
    [0, 'p', 'my ex stopped paying child support 4 months ago. who do I even contact about that? tennessee'],
    [25, 'l', "Hi, thanks for contacting Ask Us. I'm Bernard, a reference librarian at Nashville Public Library."],
    [31, 'l', 'Is the support order through the state child support office, or was it set in a private divorce agreement?'],
    [90, 'p', 'its through the state, they take it out of his check normally'],
    [96, 'l', "I can't give legal advice, but when payments stop on a state case you contact Tennessee's Child Support Services, who enforce the order: their customer service line is 1-800-555-0148, and the case portal is at tn.gov/humanservices/child-support. For free help from a lawyer, the Legal Aid Society of Middle Tennessee takes calls at 615-555-0172."],
    [102, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've been disconnected, so I'll end this chat. Feel free to chat back anytime — take care."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 07 summer camps in Houston: "your time with me is up for today. Goodbye."
  s(DWAYNE, '07 cheap summer day camps in Houston: parks + precinct URLs, follow-on questions, "Sorry, your time with me is up for today. Goodbye." (dismissal), patron "???"', [
    [0, 'p', 'looking for free or cheap summer day camps in houston for a 9 year old'],
    [30, 'l', 'Hello, Dwayne at Harris County Public Library here.'],
    [36, 'l', 'Which part of Houston are you in? And do you need full-day care or just a few hours?'],
    [90, 'p', 'north side, full day bc I work'],
    [96, 'l', "Houston Parks and Recreation runs Summer Enrichment Camps at community centers; the list and prices are at houstontx.gov/parks/summercamps. Harris County Precinct 1 also has free camps: pct1.com/youth-programs."],
    [102, 'l', 'Does that help?'],
    [160, 'p', 'kind of. do any of them have scholarships? and do they do field trips? and what about ones for kids with adhd'],
    [168, 'l', 'Sorry, your time with me is up for today. Goodbye.'],
    [180, 'p', '???'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 08 kindergarten without a US birth certificate: follow-up by me, e-mail read back, "by tomorrow at 5 pm", done in 30 h
  s(PRIYA, '08 kinder enrollment with a Mexican birth certificate (follow-up by me): e-mail read back, "by tomorrow at 5 pm", done in 30 h', [
    [0, 'p', 'need to register my son for kinder, they want a birth certificate but he was born in mexico. what do they accept instead??'],
    [20, 'l', "Hi! I'm Priya, a librarian at San José Public Library. Happy to help."],
    [26, 'l', 'Which school district is he enrolling in?'],
    [70, 'p', 'alum rock'],
    [76, 'l', 'Let me check what Alum Rock lists, one sec.'],
    [160, 'l', "California districts can't require a US birth certificate; they accept other proof of age, like a foreign birth certificate, a passport or a baptismal record. Alum Rock's enrollment page (arusd.org/enrollment) has the checklist. I'd like to confirm with the district which translations they need — can I e-mail you what I find?"],
    [220, 'p', 'yes pls, lupe.r@example.com'],
    [226, 'l', "Thanks — lupe.r@example.com. I'll e-mail you by tomorrow at 5 pm."],
    [232, 'l', 'Does the enrollment page help for now?'],
    [280, 'p', 'yes thanks thats all'],
    [286, 'l', "You're welcome! Thanks for chatting with us."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 09 daycare inspections: "I'll look into it and get back to you" (no time), FU_ME, pending
  s(CORINNE, '09 daycare inspection reports (NC, follow-up by me): facility search URL, "I\'ll look into it and get back to you", e-mail read back, no time, pending', [
    [0, 'p', 'how can i see inspection reports for a daycare before i enroll my baby? in wake county nc'],
    [28, 'l', 'Good afternoon, Corinne with Wake County Public Libraries here.'],
    [34, 'l', 'Do you have the name of the daycare, or are you comparing a few?'],
    [80, 'p', 'comparing like 3'],
    [86, 'l', "NC's Division of Child Development and Early Education has a Child Care Facility Search at ncchildcare.ncdhhs.gov: search by name or county, and each center shows its star rating, inspections and any violations."],
    [92, 'l', 'Is that the kind of information you wanted?'],
    [140, 'p', 'yes but one of them is brand new and isnt showing up'],
    [146, 'l', "New centers sometimes take a while to appear. I'll look into it and get back to you. What's the best email?"],
    [190, 'p', 'its t.okafor@example.com'],
    [196, 'l', 'Got it, t.okafor@example.com.'],
    [230, 'p', 'ok thank u thats all'],
    [236, 'l', 'Thanks for contacting us, bye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 kindergarten registration date: FU_LIB, e-mail only on file, done after 80 h
  s(HUGO, '10 kindergarten registration for twins (follow-up by patron\'s library): FCPS pages, "they\'ll e-mail you at the address on your library account" (no time), done after 80 h', [
    [0, 'p', 'when does kindergarten registration open for Frederick County schools? my twins turn 5 in august'],
    [35, 'l', "Hello! You've reached Hugo, a librarian with the Ask Us statewide chat."],
    [41, 'l', 'Are they starting this fall? And do you know which elementary school you are zoned for?'],
    [100, 'p', 'yes this fall. not sure which school'],
    [106, 'l', "Frederick County Public Schools' kindergarten page (fcps.org/kindergarten) has the registration steps, and its School Locator at fcps.org/schoollocator finds your zoned school from your address. This year's open date isn't posted yet, so I'll ask Frederick County Public Library's staff to check with the district, and they'll e-mail you at the address on your library account."],
    [112, 'l', 'Does that help in the meantime?'],
    [170, 'p', 'yes thank you'],
    [176, 'l', 'Anything else?'],
    [200, 'p', 'no'],
    [205, 'l', 'Thanks for using Ask Us, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'twinsmom.fr@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 homeschool educator card: transfer to Youth Services with notice + note
  s(NELLIE, '11 educator card for a homeschool parent: "I\'m transferring you to him now", a note that says why, Oscar answers 58 s after the notice', [
    [0, 'p', 'do you guys give teacher cards to homeschool parents? i heard you get more checkouts'],
    [20, 'l', 'Hi, Nellie here at Ask a Librarian, Arlington County Library!'],
    [26, 'l', 'Are you an Arlington resident, and do you already have a regular library card?'],
    [60, 'p', 'yes and yes'],
    [66, 'l', 'Our educator cards are handled by Oscar in Youth Services — I\'m transferring you to him now, just a moment.'],
    [69, 'i', 'Oscar: homeschool parent asking about an educator card, resident w/ a regular card. can you take?'],
    xfer(72, 'Oscar', 'oscar'),
    [124, 'l', 'Hi, this is Oscar from Youth Services. Yes! Homeschool families can get an Educator Card: 50 items, 6-week loans and no holds limit. Fill out the form at arlingtonlibrary.org/educator-card and upload your Notice of Intent or the school division\'s acknowledgment letter with it.', as(OSCAR)],
    [130, 'l', 'Does that answer your question?', as(OSCAR)],
    [190, 'p', 'yes!! awesome, thats everything'],
    [196, 'l', 'Happy reading, and thanks for chatting!', as(OSCAR)],
  ], usual({ transfer: 'pass' })),

  // 12 IEP denied (PA): transfer with an internal note only; Felipe 145 s after the patron
  s(TAMSIN, '12 IEP denied, 504 plan (PA): silent transfer (note only), Felipe 145 s after the patron, ConsultLine by phone, "Take care!"', [
    [0, 'p', 'my daughter has adhd and the school says she doesnt qualify for an IEP. what are my rights? pennsylvania'],
    [24, 'l', "Hello, this is Tamsin at the Free Library of Philadelphia's Ask a Librarian."],
    [30, 'l', 'Has the school done a formal evaluation, or did they decline to evaluate her?'],
    [60, 'p', 'they evaluated and said no'],
    [64, 'i', 'Felipe — special ed rights q (PA, IEP denied after eval). you know this area better, can you take it?'],
    xfer(68, 'Felipe', 'felipe'),
    [205, 'l', "Hi, Felipe here, I'm the education librarian. If she doesn't qualify for an IEP she may still qualify for a 504 plan for her ADHD. The Education Law Center has a parent guide: elc-pa.org/resource/504-plans. You can also call the state's Special Education ConsultLine at 800-555-0196 for free advice.", as(FELIPE)],
    [211, 'l', 'Is that helpful?', as(FELIPE)],
    [260, 'p', 'very. thank u'],
    [266, 'l', 'Anything else I can help with?', as(FELIPE)],
    [290, 'p', 'no thats all'],
    [295, 'l', 'Take care!', as(FELIPE)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 13 baby storytime: four chats at once
  s(WREN, '13 baby storytime at Main: weekday asked, sfpl.org/events, "that\'s all I needed", four chats open at once', [
    [0, 'p', 'what time is baby storytime at the main library? and do i need to sign up'],
    [15, 'l', "Hi! This is Wren, a children's librarian at San Francisco Public Library."],
    [20, 'l', 'Which days work for you — weekdays or Saturday?'],
    [45, 'p', 'weekday mornings'],
    [50, 'l', "Baby Rhyme Time at Main is Tuesdays and Thursdays at 10:30 in the Fisher Children's Center, 2nd floor, for ages 0-18 months. No sign-up needed. The full calendar is at sfpl.org/events (filter by Babies)."],
    [55, 'l', 'Does that help?'],
    [90, 'p', "yes that's all I needed, thanks!"],
    [95, 'l', 'Yay! Thanks for chatting.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren', -200, 300), other('w2', 'wren', -50, 400), other('w3', 'wren', 10, 200)],
  }),

  // 14 teen volunteer hours: others touching at both ends, three at most
  s(ESME, '14 a 13 yr old\'s summer volunteer hours: aadl.org/teenvolunteer, others ending at the start and starting at the end (three at most)', [
    [0, 'p', 'can my 13 yr old volunteer at the library this summer? she needs service hours for school'],
    [18, 'l', "Hello, Esme here at Ann Arbor District Library's chat."],
    [24, 'l', 'Does she need a certain number of hours, or a signed form for school?'],
    [55, 'p', '20 hrs and a form signed'],
    [61, 'l', 'Our Teen Summer Volunteer program takes ages 12-17; applications are at aadl.org/teenvolunteer and close May 15. Volunteers log their hours online and get a signed hours letter at the end of the summer.'],
    [67, 'l', 'Did that answer your question?'],
    [110, 'p', 'yes great. thats all'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('e1', 'esme', -300, 0), other('e2', 'esme', -100, 500), other('e3', 'esme', 50, 400), other('e4', 'esme', 120, 600)],
  }),

  // 15 Lost Call: greeting only, no check-in, a notice that is the goodbye at 400
  s(PEARL, '15 3-K age cutoff (Lost Call): greeting only, no check-in, "It looks like we got disconnected … please chat with us again anytime!" at 400', [
    [0, 'p', 'whats the age cutoff for 3-K'],
    [30, 'l', 'Hello, thanks for contacting Brooklyn Public Library! This is Pearl. How can I help?'],
    [400, 'l', "It looks like we got disconnected, so I'm going to end this chat. Thanks for reaching out, and please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 no provider joined; code null
  s(NOBODY, '16 "is head start free?": no provider ever joined, the patron asks twice and leaves, code null', [
    [0, 'p', 'hi is head start free? how do i apply'],
    queue(2, 4),
    [40, 'p', 'anyone there?'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (child care script): coded Practice, every check na', [
    [0, 'p', 'TEST where do i find child care subsidies'],
    [12, 'l', 'Hi, practice session for new Ask Us staff.'],
    [20, 'l', 'Try childcare.gov. Did that help?'],
    [28, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 pickedUpAt 40 s, first line at 130; bilingual storytime
  s(LENA, '18 bilingual toddler storytime: pickedUpAt 40 s, first line at 130 (90 s after pickup), "Cuentos y Canciones", "perfecto. thats all"', [
    [0, 'p', "Do you have any programs for toddlers that are in Spanish? We're bilingual at home"],
    [130, 'l', "Good afternoon! You're chatting with Lena, a children's librarian at Montgomery County Public Libraries."],
    [136, 'l', 'Which branch is closest to you?'],
    [170, 'p', 'wheaton'],
    [176, 'l', "Wheaton has Cuentos y Canciones, a bilingual storytime for ages 2-5, Saturdays at 11. It's on montgomerycountymd.gov/library/events — filter by Wheaton and Spanish. The branch also has a bilingual board book collection."],
    [182, 'l', 'Is that the kind of program you had in mind?'],
    [230, 'p', 'yes! perfecto. thats all'],
    [236, 'l', 'Wonderful — thanks for chatting, and enjoy storytime!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 19 shot records: the question comes after the source; the pediatrician with no contact
  s(FATIMA, '19 shot records by Monday (TX): ImmTrac2 form URL first, "Was he vaccinated in Texas?" after it, "ask his pediatrician\'s office" (no contact), "Have a good day."', [
    [0, 'p', 'how do i get a copy of my sons shot records? new school needs them by monday'],
    [20, 'l', 'Hi there, Fatima with the Houston Public Library here.'],
    [26, 'l', "Texas keeps them in ImmTrac2, the state immunization registry. You can request them with the form at dshs.texas.gov/immunize/immtrac, or just ask his pediatrician's office to print them for you."],
    [32, 'l', 'Was he vaccinated in Texas?'],
    [80, 'p', 'yes all in texas'],
    [86, 'l', "Then both ways work; the doctor's office is usually fastest. Does that help?"],
    [120, 'p', 'ok thanks'],
    [126, 'l', "You're welcome! Have a good day."],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // 20 curt, screen name only
  s(DESK7, '20 park district camps (curt): "hi" under the screen name "Desk 7", a URL, no question at all, "ok bye"', [
    [0, 'p', 'are there any free summer camps through the park district for a 7 yr old. chicago'],
    [45, 'l', 'hi'],
    [50, 'l', 'chicagoparkdistrict.com/summer-camp has the list, registration opens in march. some parks have free ones, filter by fee'],
    [90, 'p', 'ok'],
    [95, 'l', 'ok bye'],
  ], usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 21 old report cards: a restatement with no question mark; Lost Call after three patron lines
  s(HAZEL, '21 2019 report cards for a scholarship: "So you need old report cards from …" (restated), records office by phone, patron leaves, Lost Call after 3 patron lines', [
    [0, 'p', "hi I need to know how to get a copy of my daughter's report cards from 2019, she was at Lincoln Elementary in san jose"],
    [25, 'l', "Hi, I'm Hazel, a librarian with Santa Clara County Library District."],
    [31, 'l', 'So you need old report cards from Lincoln Elementary for your daughter, from the 2019 school year.'],
    [60, 'p', 'yes for a scholarship app'],
    [66, 'l', "Schools keep report cards in the student's cumulative file. Request a copy with the district's Student Records form at sjusd.org/records, or call the Student Records office at 408-555-0121."],
    [72, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes'],
    left(140),
    [150, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 22 Georgia Pre-K: no source, "call the school district" (no contact), ends on "Ok."
  s(KIRA, '22 Georgia Pre-K after a move: eligibility explained, no source, "call the school district" (no contact), "no more questions", provider ends "Ok."', [
    [0, 'p', 'how does georgia pre-k work, is it free? we just moved to decatur'],
    [22, 'l', 'Hi! Kira here, librarian at DeKalb County Public Library.'],
    [28, 'l', 'Will your child be 4 by September 1st?'],
    [60, 'p', 'yes she turns 4 in june'],
    [66, 'l', "Then she's eligible. Georgia's Pre-K is free for all 4-year-olds who live in the state, whatever the family income. Programs are run by public schools and by private centers, and each one takes its own applications. Your best bet is to call the school district and ask which schools near you have pre-K classrooms."],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'i guess. no more questions'],
    [126, 'l', 'Ok.'],
  ], usual({ source: 'fail', referral: 'fail', courteous: 'fail' })),

  // 23 lowering child support (KY): check-in, then "I'll close the chat now. Thank you …" 200 s after the answer
  s(COLM, '23 lowering child support after a job loss (KY): review form URL, "send the form to your local child support office", check-in at 220, close + thanks at 276 (no notice)', [
    [0, 'p', 'I lost my job, can I get my child support lowered? Kentucky'],
    [20, 'l', 'Good evening, this is Colm, a librarian at Boone County Public Library.'],
    [26, 'l', 'Is your order through the state child support program, or part of a court divorce decree?'],
    [70, 'p', 'state one'],
    [76, 'l', "You ask for a review and modification. Kentucky's Child Support Enforcement site, csws.chfs.ky.gov, has the \"Request a Review\" form and explains who qualifies. Send the form to your local child support office; the site lists each office with its phone number."],
    [82, 'l', 'Does that help?'],
    [220, 'l', 'Are you still with me?'],
    [276, 'l', "I'll close the chat now. Thank you for contacting Boone County Public Library!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' })),

  // 24 a 5 yr old's library card: check-in at 190, session ends at 216 (final idle 160 s)
  s(DELPHINE, '24 a 5 yr old\'s first library card: nolalibrary.org/card, "Still there?" at 190, session ends at 216 (final idle 160 s), no goodbye', [
    [0, 'p', 'can my 5 yo get her own library card? what do i need'],
    [20, 'l', 'Hi, Delphine here at New Orleans Public Library!'],
    [26, 'l', 'Are you a New Orleans resident?'],
    [50, 'p', 'ya'],
    [56, 'l', "Yes! Kids of any age can have their own card with a parent or guardian's signature. Fill out the application at nolalibrary.org/card with your ID number and we'll mail her card to you; it's free."],
    [62, 'l', 'Does that answer your question?'],
    [190, 'l', 'Still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 26 }),

  // 25 Ohio child support estimate: "Sure, take your time!" then 230 s away
  s(AUGIE, '25 estimating child support (OH): "Sure, take your time!" then the patron away 230 s, hold at 302 answered at 380, calculator URL, "that\'s all I needed"', [
    [0, 'p', 'how much child support would i get for 2 kids in ohio? trying to figure out if its worth filing'],
    [18, 'l', 'Hello! Augie at Cuyahoga County Public Library here.'],
    [24, 'l', "I can't calculate it for you, but the state has an official tool. Do you know your income and the other parent's for last year? You'll need both."],
    [60, 'p', 'let me find his w2 hold on'],
    [66, 'l', 'Sure, take your time!'],
    [296, 'p', 'ok i have it. 41k him, 28k me'],
    [302, 'l', 'Thanks, one moment.'],
    [380, 'l', "Ohio's Child Support Guidelines Calculator is at ohiochildsupportcalculator.ohio.gov — enter both incomes, the number of children and who pays for health insurance, and it estimates the monthly amount. It's only an estimate; the final amount is set when the order is made."],
    [386, 'l', 'Did that help?'],
    [440, 'p', "yes, that's all I needed. thank you!"],
    [446, 'l', 'Glad to help — thanks for chatting with us!'],
  ], usual()),

  // 26 homeschool transcript: holds every ~100 s, a promise with the e-mail read back and a day, coded Answered
  s(TOBIAS, '26 homeschool transcript for EvCC (WA): holds at 76/180/280 (one a partial result), a book, e-mail read back, "by Wednesday", coded Answered', [
    [0, 'p', "my homeschooled son is applying to community college and they want a high school transcript. how do i make one? we're in washington"],
    [22, 'l', "Hi, I'm Tobias, a reference librarian at Everett Public Library."],
    [28, 'l', 'Which college is he applying to? Some have their own rules for homeschooled applicants.'],
    [70, 'p', 'everett community college'],
    [76, 'l', 'Let me look into what EvCC asks for, one moment.'],
    [180, 'l', "Still looking — I found OSPI's home-based instruction page, now checking EvCC's admissions rules."],
    [280, 'l', 'Almost done, just confirming one detail.'],
    [370, 'l', "OSPI's home-based instruction page (ospi.k12.wa.us/student-success/home-based-instruction) says parents issue the transcript themselves, and EvCC's admissions page (everettcc.edu/admissions) accepts a parent-made transcript with course names, grades and credits. We also have the book \"The Homeschooler's Guide to Portfolios and Transcripts\" by Loretta Heuer in our catalog. I'd like to find you a sample transcript template too — what's your e-mail?"],
    [420, 'p', 'mk.dawson@example.com'],
    [426, 'l', "Thanks, mk.dawson@example.com — I'll send it by Wednesday."],
    [432, 'l', 'Does the admissions info help for now?'],
    [480, 'p', 'yes it does. thank you'],
    [486, 'l', 'Anything else?'],
    [510, 'p', 'no thanks'],
    [515, 'l', 'Thanks for chatting, good luck to your son!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 27 summer meals: the patron has the last word
  s(INES, '27 free summer lunches for kids (RI): USDA site finder, "Did that help?", patron "yes that\'s everything, thanks a bunch" last (no goodbye)', [
    [0, 'p', 'are there free lunches for kids at any libraries this summer? providence'],
    [16, 'l', "Hi! This is Ines with Providence Public Library's Ask a Librarian."],
    [22, 'l', 'How old are your kids? Some sites have age groups.'],
    [50, 'p', '6 and 11'],
    [56, 'l', 'Both qualify: any child 18 and under eats free, no sign-up. The USDA Summer Meal Site Finder (fns.usda.gov/summer/sitefinder) shows the sites near an address; several library branches are on it, serving lunch weekdays at noon from June 23.'],
    [62, 'l', 'Did that help?'],
    [110, 'p', "yes that's everything, thanks a bunch"],
  ], usual({ courteous: 'fail' })),

  // 28 Lego Club waitlist: the library's Youth Services desk by phone
  s(MARGUERITE, '28 Lego Club full: "Call our Youth Services desk at 740-555-0117" (own department, phone), events URL, "nope"', [
    [0, 'p', 'how do I sign up my kid for the lego club at the library? the website says full'],
    [20, 'l', 'Hello, Marguerite here, a librarian at Fairfield County District Library.'],
    [26, 'l', "Which branch's Lego Club, and how old is your child?"],
    [60, 'p', "main branch, he's 8"],
    [66, 'l', "Main's Lego Club (ages 6-10, first Saturdays) fills fast. Call our Youth Services desk at 740-555-0117 and ask to go on the waitlist. New sessions post on fcdlibrary.org/events on the 15th of each month."],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'yes ty'],
    [126, 'l', 'Anything else I can help you with?'],
    [150, 'p', 'nope'],
    [155, 'l', 'Have a great day, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 29 child support payments (MD): other patrons waiting, chat back in later or call
  s(YOLANDA, '29 checking child support payments (MD): portal URL, a string of follow-on questions, "a few other patrons waiting … chat back in later … or call … 1-800-555-0114"', [
    [0, 'p', "How do I find out if the father has been paying, my kids' child support in Maryland, I never get updates"],
    [30, 'l', "Hello and welcome to Ask Us! I'm Yolanda, a librarian at Prince George's County Memorial Library System."],
    [36, 'l', 'Do you already have a case number with the Maryland Child Support Administration?'],
    [80, 'p', 'yes'],
    [86, 'l', "Then you can see the payments on Maryland's Child Support customer portal, childsupport.maryland.gov. Log in with your case number; \"Payment History\" shows each payment and its date."],
    [92, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes but also how do i change my address with them, and can they take his tax refund, and how do i get the order changed since he moved to virginia, and'],
    [160, 'l', "Those are all good questions! I have a few other patrons waiting right now, so I can't go through all of them at once. Please chat back in later and we'll keep going, or call the Child Support customer service line at 1-800-555-0114."],
    [190, 'p', 'ok thanks'],
    [196, 'l', 'Thank you for your patience — take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 30 proof of attendance from 1998-2002: hold first, greeting second; follow-up by phone, "by Monday afternoon", not done by day 5
  s(NAVEEN, '30 proof of attendance 1998-2002 (follow-up by me): "One moment, reading your question…" then "Hi …", yearbooks in the catalog, phone read back, "by Monday afternoon", not done by day 5', [
    [0, 'p', 'I need proof my son attended seattle public schools in 1998-2002, the district wont answer my emails'],
    [20, 'l', 'One moment, reading your question…'],
    [36, 'l', "Hi, thanks for waiting! I'm Naveen, a librarian at The Seattle Public Library. Do you need transcripts, or just proof he was enrolled, like a yearbook or a school directory?"],
    [90, 'p', 'just something that shows he was there, for an immigration form'],
    [96, 'l', 'Let me check our collection.'],
    [190, 'l', "Our Seattle Room has Seattle high school yearbooks from those years; they're in our catalog at spl.org/catalog (search \"Seattle high school yearbooks\"). I need to check the shelf to see if his school's 1999-2002 volumes are there. Can I call you back?"],
    [240, 'p', 'yes 206-555-0163'],
    [246, 'l', "206-555-0163, got it. I'll call you by Monday afternoon."],
    [252, 'l', 'Does the catalog search help for now?'],
    [300, 'p', 'sure thats all'],
    [306, 'l', 'Thanks, talk to you soon!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftySeventhRoundFamilies.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('04')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "You send a Notice of Intent to the LCPS superintendent\'s office; … The form, the address and the instructions are on LCPS\'s home instruction page: lcps.org/homeinstruction." tells the patron to write to an office outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them … another agency … department, office"), reached by the school division\'s own URL.',
};

describe('fifty-seventh round: families with children, checked', () => {
  describeSessions('whole sessions', fiftySeventhRoundFamilies.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySeventhRoundFamilies.filter((c) => c.name in LEFT_WHY));
});
