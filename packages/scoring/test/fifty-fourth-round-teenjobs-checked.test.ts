/**
 * Fifty-fourth round, theme TEENS' FIRST JOBS AND VOLUNTEERING, checked: 30 whole sessions no one had written, from public
 * library "ask a librarian" chats with teens and their parents: work permits / working papers (New York AT-18 and the NYC
 * school route, New Jersey, Texas, Florida summer hours, a California permit in Spanish), youth minimum wage (Illinois), a
 * food worker card at 15 (Washington), summer jobs (a city Summer Youth Employment Program, a library page job, camp
 * counselor, cashier), community service hours (graduation, NHS, confirmation; VolunteerMatch, a humane society, an animal
 * shelter, a food pantry, a hospital junior volunteer program, a district service-hours form), first resumes (no
 * experience, a draft pasted for review, cover letters and LinkedIn), babysitting (Red Cross and Safe Sitter classes, what to
 * charge, taxes on babysitting money) and lifeguarding (age to take the course, a county pool's certification rule, fee
 * help). Every one of the 17 checks labelled in every session before it was run (the labels copied aside to
 * /tmp/fiftyFourthRoundTeenJobs-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: a queue line with a patron "hello??" and a 75 s pickup (02); `pickedUpAt` at 40 s with the first line at 85 s
 *   (26); "Hi! How can I help you?" + a question under the screen name "Teen Desk" (names no one: fail, 03); chat-speak "hi!
 *   Sam here w/ Ask a Librarian at Brazos Library" (10) and "hey, ur chatting w/ the library 🙂" (the library as the one
 *   answering, 29); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (17); "you've reached Marcus at Prairie Library's
 *   chat" (19); a statewide provider "at a different library" (07);
 *  inquiry: state, town, school year vs summer, which branch, which shelter, which pool, how many kids, age, public school,
 *   graduation vs NHS, "What's the resume for?"; a restatement with no question mark ("So you need a volunteer spot near Elm
 *   Park that takes 13-year-olds, for confirmation hours.", 27); sources given first and the question after (04); no
 *   question at all in a curt chat (29);
 *  waits: holds at 76/170/265/350, the third a partial result that says the search goes on (18: pass); "lemme check the
 *   current rate" then 150 s with a patron "k" inside it (19: fail); a transfer notice (a hold) and the receiver 142 s later
 *   (14: fail); "Sure, take your time." then a 300 s patron absence (waiting on the patron, 28: pass);
 *  endings: "no that's it", "nope", "nah thats it", "thats all we needed", "no more questions", "eso es todo", "yeah thx thats
 *   all", "kinda, ok thats all i needed", "thats everything" (done) against "yea thx", "ok cool", "ok thanks", "yes thank you",
 *   "bet ty" (not done); goodbyes "good luck, bye!", "Bye for now", "talk soon", "Que tenga buen día" after "¡Gracias por
 *   comunicarse con nosotros!", "np, later!"; a goodbye 136 s after the answer with no check-in (20); a check-in and then
 *   nothing to 400 s (21); a Lost Call with a check-in and a notice that invites back (09); "you've reached the limit for one
 *   chat. I'm ending the session now." (15, dismissal) against "a few other patrons waiting … please chat back in later"
 *   (16, allowed);
 *  sources: state labor department, Red Cross, YMCA, county and city pages, the library's own guides; an answer from memory
 *   with no source (25);
 *  referrals: the Y's aquatics desk by phone (02); the Labor Commissioner's office by phone in Spanish (17); "ask your
 *   guidance counselor for the working papers application" (no contact, 24); "stop by the Teen desk any afternoon" (own
 *   library's department, no contact, 16); a humane society's volunteer page and "Our own Teen Advisory Board … info at URL"
 *   as sources, not referrals (04); "I can ask the Parks aquatics office" and "I'll send your question to the Cedar Falls
 *   staff" as staff consulted on the patron's behalf (08, 07);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (05); a promise ("get back to you") with the
 *   e-mail read back but no time, coded Answered (06: code fail, contact fail, on_time pending); FU_LIB with the e-mail only in
 *   `patron.email`, no time, not done by day 5 (07); FU_ME by a cell number read back, "by Thursday", done after 80 h (08);
 *   FU_ME, "within 72 hours", e-mail read back, not yet recorded on day 1 (30: pending);
 *  codes: a true Lost Call (09); Lost Call after three patron lines (10); null (23); Practice (22);
 *  transfers: a notice (a hold) + an internal note that says why (13: pass); a notice with no internal note (14: fail);
 *  concurrency: four at once from 100 s (11: fail); others ending at startedAt and starting at endedAt, three at most (12).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "stop by the Teen desk any afternoon and we'll go through it together" tells the patron to visit the provider's own
 *   library's department: a referral (Terms), with no e-mail, phone, postal address or URL (fail, 16);
 * - "ask your guidance counselor for the working papers application" tells the patron to ask a person outside the chat: a
 *   referral with no contact (fail, 24); "bring it back with a note from a physical" is a step, not a second referral;
 * - "Then check the Maple Grove Humane Society's volunteer page, mghumane.org/volunteer. They take volunteers 14+" points to a
 *   web page for the patron to use: a source, not a referral (04);
 * - "hey, ur chatting w/ the library" identifies the one answering (the library, in the text); "np, later!" says goodbye;
 *   "looks like u left, thx for chatting & good luck" thanks the patron;
 * - "Would either of those work for her?", "Does that help for now?", "In the meantime, does the guide help?" ask whether
 *   what was given meets the need;
 * - "kinda, ok thats all i needed" says the patron is done (the "kinda" does not undo "that's all I needed");
 * - a Lost Call whose only provider lines are a greeting, a hold, a check-in and a notice has no substantive exchange; its
 *   final idle runs from the greeting (the first non-hold provider line after the patron's only line) to the notice, a
 *   goodbye (invites back), 237 s: the check-in and the notice both apply and pass (09);
 * - a promise to "ask our teen librarian … and get back to you" makes a follow-up session whatever the code (06).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT. The scorer's notes and evidence were read for the greeting, clarify, source, completeness,
 * anything-else, courteous and referral checks of every case: each status is reached for the reason RUBRIC.md gives (e.g.
 * the Spanish "puede llamar a la oficina del Comisionado Laboral al 833-…" as a referral with a phone, the restatement as
 * the clarifying step, "ask your guidance counselor" as a referral without contact). The redaction equality of
 * describeSessions holds for every case (patron e-mails typed in the chat, an e-mail in `patron.email`, a patron phone).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const ANA: Prov = { id: 'ana-h', name: 'Ana', library: 'HCL' };
const MIGUEL: Prov = { id: 'miguel', name: 'Miguel', library: 'RBPL' };
const TEENDESK: Prov = { id: 'teen-desk', name: 'Teen Desk', library: 'SVL' };
const DEVI: Prov = { id: 'devi', name: 'Devi', library: 'MGL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'LVL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'EPL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth (statewide)', library: 'STATE' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'FCL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'NJ' };
const SAM: Prov = { id: 'sam-b', name: 'sam_brazos', library: 'BRZ' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'KCPL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'ECL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'NPL' };
const LENA: Prov = { id: 'lena', name: 'Lena Ortiz', library: 'NPL' };
const PAUL: Prov = { id: 'paul', name: 'Paul', library: 'AUN' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'SMCL' };
const CARLA: Prov = { id: 'carla', name: 'Carla', library: 'PWL' };
const THEO: Prov = { id: 'theo', name: 'Theo', library: 'GCL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'MVCL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'BVL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'PRL' };
const JEN: Prov = { id: 'jen', name: 'Jen', library: 'ORL' };
const DOLORES: Prov = { id: 'dolores', name: 'Dolores', library: 'WLL' };
const TRAINER: Prov = { id: 'trainer-j', name: 'Training Account', library: 'TRN' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'SSL' };
const IKE: Prov = { id: 'ike', name: 'Ike', library: 'HUD' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'MRL' };
const FAYE: Prov = { id: 'faye', name: 'Faye', library: 'GCLC' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'BRK' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'CRPL' };
const LIBCHAT3: Prov = { id: 'libchat3', name: 'libchat3', library: 'TWN' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'HPL' };

export const fiftyFourthRoundTeenJobs: SessionCase[] = [
  // 01 NY working papers, by the book
  s(ANA, '01 NY working papers for a 15-year-old: school year vs summer asked, DOL page, "no that\'s it"', [
    [0, 'p', 'hi my son is 15 and got a job at a grocery store, do we need working papers in new york?'],
    [22, 'l', 'Hi! This is Ana, a librarian with Hollis County Library.'],
    [28, 'l', 'Is he going to work during the school year, or only this summer? The hour rules are different.'],
    [80, 'p', 'during school year, weekends mostly'],
    [86, 'l', "Yes, in New York anyone 14 to 17 needs working papers. At 15 it's the AT-18 (the blue one). The NY Department of Labor's minors page explains the certificate and how many hours he can work on school weeks: dol.ny.gov/minors-employment-law."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thank you so much'],
    [146, 'l', 'Anything else I can help with?'],
    [170, 'p', "no that's it"],
    [175, 'l', 'Thanks for chatting with us, and good luck to him on the new job!'],
  ], usual()),

  // 02 lifeguard age: "hello??" in the queue, 75 s pickup, the Y's aquatics desk by phone
  s(MIGUEL, '02 lifeguard class at 14: "hello??" in the queue, pickup 75 s, Red Cross page + the Y\'s aquatics desk by phone', [
    [0, 'p', 'how old do u have to be to take a lifeguard class'],
    queue(2, 2),
    [40, 'p', 'hello??'],
    [75, 'l', "Hi, sorry for the wait! I'm Miguel, a librarian at Riverbend Public Library."],
    [81, 'l', 'Which town are you in? I can look for a class close by.'],
    [120, 'p', 'riverbend. im 14'],
    [126, 'l', 'One sec, checking the local schedules.'],
    [210, 'l', "Red Cross Lifeguarding needs you to be 15 by the last day of the course, so next spring works (requirements: redcross.org/take-a-class/lifeguarding). The Riverbend Family YMCA runs one every May; call their aquatics desk at 555-402-7710 to get on the list."],
    [216, 'l', 'Is that what you needed?'],
    [260, 'p', 'ok dang. yeah thanks'],
    [266, 'l', 'Anything else today?'],
    [290, 'p', 'nope'],
    [295, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 babysitting course: the greeting names no one (screen name "Teen Desk")
  s(TEENDESK, '03 babysitting class for a 12-year-old: "Hi! How can I help you?" under the screen name only, Red Cross class finder, "thats all I needed"', [
    [0, 'p', 'Does the library do babysitting classes? My daughter is 12'],
    [18, 'l', 'Hi! How can I help you?'],
    [24, 'l', 'Are you looking for an in-person class or is online ok?'],
    [70, 'p', 'in person would be better, she learns better that way'],
    [76, 'l', "We don't run one ourselves this spring, but the Red Cross Babysitting Basics course is for ages 11-15. You can find in-person dates by ZIP at redcross.org/take-a-class/babysitting."],
    [82, 'l', 'Did that help?'],
    [130, 'p', 'Yes, thats all I needed. Thanks!'],
    [135, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail' })),

  // 04 community service hours: sources first, the question after
  s(DEVI, '04 40 service hours for graduation: VolunteerMatch + Teen Advisory Board first, "What kind of thing…?" after, the Humane Society page', [
    [0, 'p', 'i need 40 community service hours for graduation where can i do them'],
    [30, 'l', 'Hey there, this is Devi at Maple Grove Library!'],
    [36, 'l', "VolunteerMatch lists teen-friendly volunteer spots near you: volunteermatch.org, filter by 'Teens'. Our own Teen Advisory Board counts for hours too, info at maplegrovelib.org/teens/volunteer."],
    [42, 'l', 'What kind of thing are you into? animals, little kids, outdoors?'],
    [90, 'p', 'animals for sure'],
    [96, 'l', "Then check the Maple Grove Humane Society's volunteer page, mghumane.org/volunteer. They take volunteers 14+ with a parent permission form."],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'yea thx'],
    [156, 'l', 'Anything else?'],
    [180, 'p', 'no'],
    [184, 'l', 'Ok, have a good one! Bye'],
  ], usual({ clarify: 'fail' })),

  // 05 first resume, follow-up by me, done in 30 h
  s(GRACE, '05 first resume with no experience (follow-up by me): e-mail typed and read back, samples "by Friday", done in 30 h', [
    [0, 'p', 'hi im 16 and need to make my first resume but i never had a job, what do i even put'],
    [25, 'l', "Hi! I'm Grace, the teen services librarian at Lakeview Library."],
    [31, 'l', "What's the resume for? A specific job, or just to have one ready?"],
    [75, 'p', 'a summer job at the ice cream place'],
    [82, 'l', 'Nice. With no job history, lead with school, volunteering, sports and babysitting, plus skills like handling money or showing up on time. The Teen Resume guide at lakeviewlib.org/teens/resume has a no-experience template.'],
    [88, 'l', "I can also send you a couple of sample teen resumes other students have used. What's your e-mail?"],
    [130, 'p', 'jaylen.w@example.com'],
    [136, 'l', "Thanks, jaylen.w@example.com. I'll send the samples by Friday."],
    [142, 'l', 'In the meantime, does the guide help?'],
    [190, 'p', 'yes ty'],
    [195, 'l', 'Anything else I can help with?'],
    [220, 'p', 'nah thats it'],
    [225, 'l', 'Good luck with the job! Bye for now.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 06 summer youth jobs: a promise with no time, coded Answered
  s(OMAR, '06 summer youth employment at 14: "I\'ll … get back to you", e-mail read back, no time, coded Answered (pending)', [
    [0, 'p', 'Are there any summer job programs for 14 year olds in the city? My son wants to work'],
    [35, 'l', "Hello, you've reached Omar at the Ask a Librarian service of Eastfield Public Library."],
    [41, 'l', 'Does he live in Eastfield itself, or in one of the suburbs?'],
    [90, 'p', 'eastfield, northside'],
    [96, 'l', "Let me check this year's listings."],
    [180, 'l', "The city's Summer Youth Employment Program takes 14-21 year olds; applications are open until April 30 at eastfieldcity.gov/syep. Our branches also post teen job listings at eastfieldlib.org/teens/jobs."],
    [186, 'l', "I'll also ask our teen librarian for this summer's list of volunteer spots and get back to you. Can you give me an email?"],
    [240, 'p', 'mom.reyes@example.com'],
    [246, 'l', 'Got it, mom.reyes@example.com. Did the SYEP page answer your question?'],
    [300, 'p', 'yes thank you'],
    [306, 'l', 'Thanks for using Ask a Librarian, have a great day!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 07 statewide chat passes it to the patron's library: e-mail only on file, no time, day 5
  s(RUTH, '07 NHS hours at Cedar Falls (follow-up by patron\'s library): "the email on your library account", no time, not done by day 5', [
    [0, 'p', 'Does Cedar Falls library have a teen volunteer program this summer? I need hours for NHS'],
    [30, 'l', "Hi, this is Ruth with the statewide Ask Us chat. I'm at a different library, but let's see what I can find."],
    [36, 'l', 'How many hours do you need, and by when?'],
    [80, 'p', '20 by september'],
    [86, 'l', "Hang on, looking at Cedar Falls' website."],
    [170, 'l', "Their teen page (cedarfallslib.org/teens) mentions a summer reading volunteer program but no dates yet. I'll send your question to the Cedar Falls staff and they'll follow up with you at the email on your library account."],
    [176, 'l', 'Does that help for now?'],
    [230, 'p', 'ok thanks'],
    [236, 'l', "You're welcome! Bye."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'kchen@example.org', phone: null } }, { now: T0 + 5 * DAY }),

  // 08 lifeguard cert for the county pool: phone read back, "by Thursday", done after 80 h
  s(HELEN, '08 county pool lifeguard cert (follow-up by me): cell read back, "I\'ll call you by Thursday", done after 80 h, no "did that help?"', [
    [0, 'p', "hello. my daughter wants to lifeguard at the county pool this summer. does her Red Cross lifeguard cert from last year still count or does she need the county's own test"],
    [28, 'l', "Good afternoon, I'm Helen, a reference librarian at Fairhaven County Library."],
    [35, 'l', 'Which pool, and when does her certification expire?'],
    [100, 'p', 'Lincoln Park pool. expires next march I think'],
    [106, 'l', 'Let me look.'],
    [200, 'l', "The county's aquatics jobs page (fairhavencounty.gov/parks/jobs) asks for a current Red Cross Lifeguarding certification plus an in-water skills test when hired, but it doesn't say whether last year's cert is enough. I can ask the Parks aquatics office and call you back with what they say. What's a good number?"],
    [260, 'p', '410-555-0148 is my cell'],
    [266, 'l', "410-555-0148, thanks. I'll call you by Thursday."],
    [272, 'l', 'Anything else in the meantime?'],
    [300, 'p', 'no thank you'],
    [305, 'l', 'Thank you for chatting, talk soon.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 a true Lost Call: greeting, hold, check-in, notice that invites back
  s(PRIYA, '09 NJ working age (Lost Call): greeting, "Let me look that up", check-in at 150, notice + invitation back at 262', [
    [0, 'p', 'what age can you get a job in nj'],
    queue(3),
    [25, 'l', 'Hi, this is Priya at Ask Us NJ.'],
    [31, 'l', 'Let me look that up for you.'],
    [150, 'l', 'Are you still there?'],
    [262, 'l', "It looks like you may have disconnected, so I'm going to close this chat. Feel free to chat back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 chat-speak; coded Lost Call after three patron lines
  s(SAM, '10 TX job at 14 (chat-speak): TWC page, "that help?", patron "ok cool" and leaves, coded Lost Call', [
    [0, 'p', 'can i get a job at 14 in texas'],
    [20, 'l', 'hi! Sam here w/ Ask a Librarian at Brazos Library'],
    [25, 'l', 'what kind of job r u thinking?'],
    [60, 'p', 'like mcdonalds or smth'],
    [66, 'l', 'ya in TX 14 & 15 yr olds can work, just w/ limited hours (not past 7pm on school nights, 9pm in summer). the TX Workforce Commission has the rules: twc.texas.gov/jobseekers/texas-child-labor-law'],
    [72, 'l', 'that help?'],
    [110, 'p', 'ok cool'],
    left(112),
    [180, 'l', 'looks like u left, thx for chatting & good luck w/ the job hunt!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 11 four at once
  s(KIM, '11 babysitting + CPR class near Dover: three other chats open, four at once from 100 s', [
    [0, 'p', 'my 12yo wants a babysitting course with CPR, do you know any near Dover?'],
    [26, 'l', "Hello! I'm Kim, a librarian at Kent County Public Library."],
    [32, 'l', 'Is online ok or does it need to be in person?'],
    [75, 'p', 'in person'],
    [81, 'l', "The Red Cross Babysitting and Child Care course includes child CPR and is for ages 11-15; in-person dates near Dover are at redcross.org/take-a-class (search 'babysitting', ZIP 19901). Our Dover branch also hosts Safe Sitter classes in June, dates on kentlibrary.org/events."],
    [87, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'yes great, thats all we needed'],
    [135, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kim', -200, 500), other('k2', 'kim', -50, 300), other('k3', 'kim', 100, 400)],
  }),

  // 12 three at most, others touching both ends
  s(WES, '12 teen volunteer orientation: others end at 0 and start at endedAt, three at most at once', [
    [0, 'p', 'when is the next teen volunteer orientation at the Elm branch?'],
    [20, 'l', 'Hi, Wes here at Ask Elm City Libraries.'],
    [26, 'l', 'Is it the summer reading volunteer one, or the year-round teen volunteer program?'],
    [60, 'p', 'summer reading'],
    [66, 'l', 'The summer reading teen volunteer orientation at Elm is Saturday, May 16 at 10 am; sign up on elmcitylib.org/teens/volunteer. You need to be 13-18.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Anything else?'],
    [150, 'p', 'no thats all'],
    [190, 'l', 'Thanks for chatting, see you at orientation!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wes', -500, 0), other('w2', 'wes', -100, 150), other('w3', 'wes', 50, 600), other('w4', 'wes', 195, 900)],
  }),

  // 13 transfer by the book
  s(BETH, '13 library page job at 17: transfer to Teen Services with a notice and a note, Lena answers 49 s after the notice', [
    [0, 'p', "Hi! I'm 17 and want to apply to be a page at the library. How do I apply?"],
    [20, 'l', "Hello, I'm Beth at the Ask Us desk of Northport Library."],
    [26, 'l', 'Which branch would you want to work at?'],
    [60, 'p', 'Harbor branch'],
    [66, 'l', "Our teen services librarian does the page hiring, so I'm transferring you to her now. One moment!"],
    [69, 'i', 'Lena: 17yo wants to apply for a page job at Harbor, can you take? thx'],
    xfer(72, 'Lena Ortiz', 'lena'),
    [115, 'l', "Hi, Lena from Teen Services! Page openings are posted at northportlib.org/jobs; Harbor is hiring two pages for June. You apply online and need to be 16+, so you're all set on age.", as(LENA)],
    [121, 'l', 'Does that answer your question?', as(LENA)],
    [170, 'p', 'yes!! thank you, thats all'],
    [176, 'l', 'Good luck, hope to see you at Harbor! Thanks for chatting.', as(LENA)],
  ], usual({ transfer: 'pass' })),

  // 14 transfer with a notice but no note; 142 s to the receiver
  s(PAUL, '14 junior hospital volunteers: "I\'m going to pass you to a librarian from St. Mary\'s…" but no internal note, Nadia 142 s later', [
    [0, 'p', "does st. mary's hospital have a junior volunteer program? my daughter is 15"],
    [30, 'l', "Hi there, you're chatting with Paul at Ask Us Maryland."],
    [36, 'l', "Which St. Mary's, the hospital in Leonardtown?"],
    [80, 'p', 'yes'],
    [88, 'l', "I'm going to pass you to a librarian from St. Mary's County Library who knows the local programs. Hang on a sec."],
    xfer(92, 'Nadia', 'nadia'),
    [230, 'l', "Hi, Nadia here at St. Mary's County Library. MedStar St. Mary's Hospital has a Junior Volunteer program for ages 14-17; the application opens in March at medstarstmarys.org/volunteer.", as(NADIA)],
    [236, 'l', 'Is that what you were looking for?', as(NADIA)],
    [280, 'p', 'yes thanks'],
    [285, 'l', 'Anything else?', as(NADIA)],
    [300, 'p', 'no thats all'],
    [305, 'l', 'Have a great day, thanks for chatting!', as(NADIA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 15 "you've reached the limit for one chat"
  s(CARLA, '15 jobs at 15, then a list: "That\'s a lot of questions and you\'ve reached the limit for one chat. I\'m ending the session now."', [
    [0, 'p', 'what jobs can a 15 year old get around here'],
    [25, 'l', 'Hi, Carla at Ask Pinewood Library.'],
    [31, 'l', 'Are you looking for something in the summer or year round?'],
    [70, 'p', 'summer'],
    [76, 'l', 'Pools, day camps and the farm stands hire 15-year-olds. Our Teen Jobs guide lists local employers that hire under-16s: pinewoodlib.org/teenjobs.'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'ok but how do i write a cover letter and what do i wear to the interview and do i need a bank account and how do taxes work'],
    [128, 'l', "That's a lot of questions and you've reached the limit for one chat. I'm ending the session now."],
    [150, 'p', 'wow rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 16 other patrons waiting: allowed; "stop by the Teen desk" with no contact
  s(THEO, '16 resume then a list: "a few other patrons waiting … chat back in later or stop by the Teen desk any afternoon" (no contact)', [
    [0, 'p', "Hi i'm making my first resume and need help with the format, also cover letters, also how to get references, also LinkedIn"],
    [22, 'l', "Hi! I'm Theo, a librarian at Granite City Library."],
    [28, 'l', "Let's start with the resume. Is this for a particular job?"],
    [70, 'p', 'a cashier job at target'],
    [76, 'l', 'For a first resume keep it to one page: contact info, education, skills, then any volunteering or babysitting. Our Job Help guide at granitecitylib.org/jobhelp has teen templates, a cover letter sample and a page on references.'],
    [82, 'l', 'Does that help with the format?'],
    [130, 'p', 'yes! and linkedin? how do i set that up'],
    [138, 'l', "I have a few other patrons waiting right now, so for LinkedIn please chat back in later, or stop by the Teen desk any afternoon and we'll go through it together."],
    [170, 'p', 'ok thanks'],
    [175, 'l', 'Thanks for chatting, good luck at Target!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 17 Spanish: California work permit, the Labor Commissioner by phone
  s(LUCIA, '17 California work permit (Spanish): DLSE page in Spanish, "puede llamar a la oficina del Comisionado Laboral al 833-…", "eso es todo"', [
    [0, 'p', 'Hola, mi hijo tiene 16 años y quiere trabajar este verano. ¿Necesita un permiso de trabajo en California?'],
    [30, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca del Condado de Monte Vista. Con gusto le ayudo.'],
    [37, 'l', '¿Su hijo todavía va a la escuela secundaria?'],
    [90, 'p', 'si, termina el 11 grado en junio'],
    [96, 'l', 'Un momento, por favor.'],
    [170, 'l', 'Sí: en California los menores de 18 años necesitan un permiso de trabajo (Formulario B1-4 y luego el B1-1), también en verano. La información en español está en dir.ca.gov/dlse/Child_Labor_Spanish.htm. Si tiene dudas sobre los horarios, puede llamar a la oficina del Comisionado Laboral al 833-526-4636.'],
    [176, 'l', '¿Esta información responde a su pregunta?'],
    [230, 'p', 'sí, muchas gracias. eso es todo'],
    [236, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 18 holds every ~90 s, one a partial result
  s(NOOR, '18 service hours form (Ohio): holds at 76/170/265 (the last a partial result), the form at 350, "that\'s everything"', [
    [0, 'p', "hello, my school needs a form signed for my community service hours from the food pantry, is there a standard form? I'm in Ohio"],
    [24, 'l', 'Hello! Noor here, a librarian at Buckeye Valley Library.'],
    [30, 'l', 'Is this for your high school graduation requirement, or for a club like NHS?'],
    [70, 'p', 'graduation'],
    [76, 'l', 'Let me see what your district uses, one moment.'],
    [170, 'l', 'Still looking, districts post these in different places.'],
    [265, 'l', "Found part of it: the district's counseling page has a Service Hours Log. I'm still checking whether it needs a supervisor signature too."],
    [350, 'l', 'Here it is: bvschools.org/counseling/service-hours has the Service Hours Verification Form (PDF). Each entry needs a supervisor signature and the total is due May 1.'],
    [356, 'l', 'Does that help?'],
    [400, 'p', "yes perfect, that's everything!"],
    [405, 'l', 'Glad to help, thanks for chatting!'],
  ], usual()),

  // 19 "lemme check" then 150 s, a patron "k" inside it
  s(MARCUS, '19 Illinois youth minimum wage: "lemme check the current rate", patron "k" at 100, the answer 150 s after the hold', [
    [0, 'p', 'whats minimum wage for a 16 yr old in illinois'],
    [15, 'l', "Hi, you've reached Marcus at Prairie Library's chat."],
    [21, 'l', 'Is it for a regular job or something like camp counselor / babysitting?'],
    [50, 'p', 'regular job, grocery store'],
    [55, 'l', 'lemme check the current rate'],
    [100, 'p', 'k'],
    [205, 'l', 'Illinois has a youth rate: workers under 18 who work fewer than 650 hours a year can be paid a bit less than the adult minimum. The current rates are on the Illinois Department of Labor minimum wage FAQ, labor.illinois.gov/laws-rules/fls/minimum-wage-faqs.'],
    [211, 'l', 'Did that answer it?'],
    [250, 'p', 'yeah thx thats all'],
    [255, 'l', 'Thanks, bye!'],
  ], usual({ informed: 'fail' })),

  // 20 goodbye 136 s after the answer, no check-in
  s(JEN, '20 babysitting rates: answer at 86, goodbye at 222 (final idle 136 s) with no check-in', [
    [0, 'p', 'how much should a 13 yr old charge for babysitting'],
    [25, 'l', 'Hi! This is Jen, librarian at Ask Oakridge.'],
    [31, 'l', 'How many kids, and what city?'],
    [80, 'p', '2 kids, Columbus'],
    [86, 'l', "There's no official rate, but the Care.com babysitting rate calculator (care.com/babysitting-rates) shows local averages by ZIP; younger sitters usually charge a few dollars under that. The Red Cross Babysitter's Training Handbook, at all our branches, has a section on setting rates too."],
    [92, 'l', 'Does that help?'],
    [222, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 21 a check-in and then nothing until 400
  s(DOLORES, '21 food worker card at 15 (WA): answer at 66, "Are you still there?" at 220, ended at 400 with no notice', [
    [0, 'p', 'do i need a food handler card to work at a snack bar at 15'],
    [20, 'l', 'Hi, thanks for contacting Westlake Library, this is Dolores.'],
    [26, 'l', 'Which state are you in?'],
    [60, 'p', 'washington'],
    [66, 'l', "Yes. In Washington anyone who handles unwrapped food needs a Food Worker Card within 14 days of starting. You take the course and test online at foodworkercard.wa.gov; it's $10."],
    [72, 'l', 'Does that answer your question?'],
    [220, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 180 }),

  // 22 Practice
  s(TRAINER, '22 practice chat (teen jobs script): coded Practice, every check na', [
    [0, 'p', 'test test - work permit age?'],
    [10, 'l', 'Hi, practice chat here for new staff training.'],
    [20, 'l', 'dol.gov/agencies/whd/youthrules. Did that help?'],
    [30, 'p', 'ok ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 null code
  s(TOBY, '23 shelter volunteering at 13: county shelter page, "no more questions", code null', [
    [0, 'p', 'Hi, can 13 year olds volunteer at the animal shelter?'],
    [35, 'l', 'Good morning! This is Toby, librarian at Ask Sandy Springs Library.'],
    [41, 'l', 'Which shelter do you mean, the county one on Route 9?'],
    [90, 'p', 'yes'],
    [96, 'l', 'The Sandy Springs County Animal Shelter takes volunteers 12-15 only with a parent volunteering alongside; 16 and up can come alone after orientation. Details and the application are at sscountyshelter.org/volunteer.'],
    [102, 'l', 'Did that answer your question?'],
    [150, 'p', 'yes! no more questions, thanks'],
    [155, 'l', "You're welcome, have a great day!"],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 24 "ask your guidance counselor" with no contact
  s(IKE, '24 NYC working papers at 14: "ask your guidance counselor for the working papers application" (no contact), DOL page', [
    [0, 'p', 'where do i get working papers? im 14 in NYC'],
    [18, 'l', 'Hello, this is Ike with the Ask a Librarian chat at Hudson Library.'],
    [24, 'l', 'Do you go to a public school in the city?'],
    [55, 'p', 'yeah'],
    [61, 'l', "Then you get them through your school: ask your guidance counselor for the working papers application, have a parent sign it, and bring it back with a note from a physical in the last year. The NY DOL page dol.ny.gov/working-papers explains the steps."],
    [67, 'l', 'Does that help?'],
    [100, 'p', 'yes thank u'],
    [105, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [124, 'l', 'OK, good luck, bye!'],
  ], usual({ referral: 'fail' })),

  // 25 taxes on babysitting money: an answer with no source
  s(ABE, '25 taxes on babysitting money: an answer from memory (no source), "Does that help?", "ok thats all i needed"', [
    [0, 'p', 'do i have to pay taxes on my babysitting money? made like $900 last summer'],
    [30, 'l', 'Hi there, Abe here from the Ask Us chat at Morgan Library.'],
    [36, 'l', 'Was that all babysitting, paid by the families directly in cash or Venmo?'],
    [80, 'p', 'ya cash and venmo'],
    [86, 'l', "I can't give tax advice, but in general a teen who earned that little doesn't have to file income tax. The catch is self-employment tax, which kicks in once self-employment earnings go over $400, and babysitting can count as that."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'kinda, ok thats all i needed'],
    [145, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 26 pickedUpAt at 40 s, first line at 85 s
  s(FAYE, '26 Florida summer hours at 16: pickedUpAt 40 s, first line at 85 s, DBPR child labor page', [
    [0, 'p', 'im 16 in florida, how late can i work in the summer?'],
    [85, 'l', "Hi, I'm Faye, a librarian at Gulf Coast Library Cooperative. Sorry for the wait!"],
    [91, 'l', 'Is it a summer-only job, or will you keep it once school starts?'],
    [130, 'p', 'just summer for now'],
    [136, 'l', "When school is out, 16 and 17 year olds in Florida have no limit on hours. The state's child labor summary is at myfloridalicense.com/dbpr/child-labor, under 'Hours of Work'."],
    [142, 'l', 'Does that answer it?'],
    [190, 'p', 'yes. ok thanks'],
    [195, 'l', 'Anything else?'],
    [230, 'p', 'no'],
    [235, 'l', 'Take care, thanks for chatting.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 27 a restatement as the clarifying step
  s(ZOE, '27 confirmation hours at 13: "So you need a volunteer spot near Elm Park that takes 13-year-olds…" (no question mark), "Would either of those work for her?"', [
    [0, 'p', 'my daughter is 13 and needs volunteer hours for her confirmation, somewhere near Elm Park that takes kids her age'],
    [28, 'l', "Hello, you've reached Zoe at Ask Brookfield Library."],
    [34, 'l', 'So you need a volunteer spot near Elm Park that takes 13-year-olds, for confirmation hours.'],
    [55, 'p', 'yes exactly'],
    [61, 'l', 'Let me look.'],
    [140, 'l', 'Two options: the Elm Park Food Pantry lets 13+ volunteers help with a parent on Saturday mornings (sign up at elmparkpantry.org/volunteer), and our Brookfield branch takes 12+ teen helpers for summer reading, brookfieldlib.org/teens.'],
    [146, 'l', 'Would either of those work for her?'],
    [200, 'p', 'the library one is perfect. thats all i needed!'],
    [205, 'l', 'Wonderful, thanks for chatting and come back anytime.'],
  ], usual()),

  // 28 "Sure, take your time." then the patron away 300 s
  s(LEO, '28 camp counselor resume review: "Sure, take your time." then the patron away 300 s, pastes the draft, guide link', [
    [0, 'p', 'can someone look at my resume? first one ever, applying to be a camp counselor'],
    [20, 'l', "Hi! I'm Leo, a librarian at Ask Cedar Rapids Public Library."],
    [26, 'l', 'Happy to help. Can you paste the text in here? And is it for a day camp or a sleepaway camp?'],
    [60, 'p', 'day camp. hold on let me find the file'],
    [66, 'l', 'Sure, take your time.'],
    [366, 'p', 'ok here: Jordan Lee, jordan.lee@example.com. Objective: to be a camp counselor. Experience: babysitting neighbors 2 yrs, swim team. Skills: responsible'],
    [372, 'l', 'One sec while I read it.'],
    [440, 'l', 'Nice start! Swap the objective for a one-line summary, say more about the babysitting (ages, how many kids) and add any CPR or first aid. The camp counselor resume example in our Job Help guide, crlibrary.org/jobhelp, shows the format.'],
    [446, 'l', 'Does that help?'],
    [500, 'p', 'yes thx a lot. thats everything'],
    [505, 'l', 'Good luck with the camp job, bye!'],
  ], usual()),

  // 29 curt chat-speak: no question, no "did that help", "np, later!"
  s(LIBCHAT3, '29 CPR at 15 (curt): "hey, ur chatting w/ the library 🙂", Red Cross link at once, "bet ty", "np, later!"', [
    [0, 'p', 'yo how do i get cpr certified im 15'],
    [12, 'l', 'hey, ur chatting w/ the library 🙂'],
    [18, 'l', 'red cross does CPR/AED classes u can take at 15, find one at redcross.org/take-a-class/cpr'],
    [40, 'p', 'bet ty'],
    [44, 'l', 'np, later!'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 30 lifeguard course scholarship: follow-up by me, "within 72 hours", not yet recorded (pending)
  s(IVY, '30 lifeguard course fee help (follow-up by me): Guard Start + Y aid pages, recert question e-mailed "within 72 hours", not yet done', [
    [0, 'p', "Hi, does anyone offer scholarships for the lifeguard course? it's $300 and my son wants to do it"],
    [30, 'l', "Hi, I'm Ivy, a reference librarian at Harbor Point Library."],
    [36, 'l', 'Which town do you live in, and how old is he?'],
    [90, 'p', "Harbor Point, he's 15"],
    [96, 'l', 'Checking, one moment.'],
    [180, 'l', "Harbor Point Parks & Rec's Guard Start program pays the course fee for residents 15-17 who agree to lifeguard at a town pool this summer: harborpointrec.org/aquatics. The YMCA also has financial aid forms at hpymca.org/financial-assistance."],
    [186, 'l', 'Did that help?'],
    [230, 'p', 'yes, but is there anything for the recert later?'],
    [236, 'l', "I'm not sure. I'll ask our teen librarian and e-mail you what I find within 72 hours. What's your e-mail?"],
    [280, 'p', 'm.okafor@example.com'],
    [286, 'l', "Thanks, m.okafor@example.com. You'll hear from me within 72 hours."],
    [292, 'l', 'Anything else for now?'],
    [310, 'p', "no that's all"],
    [315, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), FU_ME),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-fourth round: teens\' first jobs and volunteering, checked', () => {
  describeSessions('whole sessions', fiftyFourthRoundTeenJobs.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFourthRoundTeenJobs.filter((c) => c.name in LEFT_WHY));
});
