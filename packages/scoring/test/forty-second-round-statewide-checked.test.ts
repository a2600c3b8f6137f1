/**
 * Forty-second round, helper A, checked: A STATEWIDE WEEK. Whole sessions of a statewide public-library chat service (in the
 * manner of Maryland's AskUsNow!) on an ordinary week, answered by providers of many partner libraries with their own habits:
 * canned scripts (welcome macros, "I'm still searching for that information. Thank you for your patience.", closing macros
 * with a survey link), terse fragments and chat-speak ("brb checking the catalog", "k bye"), long paragraphs. Patrons: library
 * cards and PINs, holds, Libby / Hoopla / Kindle Fire, printing from a phone, homework (middle and high school, with typos and
 * chat-speak), resumes and unemployment claims, tax forms, genealogy (obituaries, the 1940 census, USCT service, school photos),
 * local government (council minutes, council member, voter registration, property assessments), legal and medical questions
 * referred elsewhere, a homebound parent, an ESL learner. Every one of the 17 checks labelled in every session.
 *
 * SHAPES TRIED:
 *  opening: queue system messages before pickup; a patron "hello??" in the queue and a 245 s pickup; a provider-role auto
 *   macro at 2 s ("Welcome to Maryland AskUsNow! A librarian will be with you shortly") with the librarian at 200 s; a recorded
 *   `pickedUpAt` (40 s) before the first message (75 s); a greeting split over "Hello!" + "I'm a librarian with …"; a terse
 *   "Hello! How can I help?" + "which title?" under a screen name only; "Hi! Sorry for the wait." naming no one;
 *  waits: holds every 105-110 s through long searches (pass), "ok one sec" / "brb checking the catalog" then 174 / 204 s
 *   (fail), an internal note that does not end the wait and a patron "?" that does not restart it, a patron "ok" inside a
 *   canned-hold wait, a patron "ok thanks!" answered 155 s later, "Sure, take your time." (no hold) before a 274 s patron
 *   absence, a hold still open when the patron leaves;
 *  endings: check-in + a notice that is also the goodbye; neither (only "Closing chat. Thanks …" 350 s later); a check-in and
 *   then nothing (no notice, no goodbye); a 90 s final idle ended by an invitation back; one message that asks "Are you still
 *   there?" and says the patron seems disconnected and the session will end, then a system end; a notice + goodbye with no
 *   check-in; the patron's "yes ty bye" as the last message; a question limit; "My shift is over, so I have to close this
 *   chat now."; "several other patrons waiting … please chat back in later" (allowed);
 *  follow-ups: by me with the e-mail given and repeated and a day (done in 26 h), with no time (pending), with a phone instead
 *   of an e-mail and a day (done after 80 h), with an e-mail spelled "at gmail dot com" and "early next week" (done in 60 h); a
 *   promise with e-mail and time coded Answered; by the patron's library with the e-mail only in `patron.email` (not done by day
 *   5), with that e-mail repeated back and "within 72 hours" (done in 50 h), with no contact anywhere (pending);
 *  codes: a true Lost Call (a welcome with a hold, then "feel free to come back"), a Lost Call after three patron messages, a
 *   patron lost in the queue (Lost Call), Practice, a null code;
 *  referrals: Legal Aid and the Self-Help Center with phones, the American Job Center with phone and street address, the IRS
 *   and 211 with numbers but "call your branch" with none, "check with your pharmacist", "your school librarian can help",
 *   the branch's own phone for a notary, Vital Records with URL, phone and "their office at 6764-B Reisterstown Road";
 *  transfers: a notice and a note before the transfer (pass), a notice only (fail), a note written after the transfer (fail);
 *  concurrency: four chats at once (fail); three at most with one ending as this starts and one starting as it ends (pass);
 *   in transfers, the receiving (or transferring) provider busy only in the part of the session she did not handle (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a provider-role auto macro is the pickup when no `pickedUpAt` is recorded (Terms: "the first visible provider message"),
 *   and its "a librarian will be with you shortly" is a hold, so the 198 s until the librarian writes is a span of waiting on
 *   the provider after pickup (keep_informed fails, pickup passes); "Welcome to Maryland AskUsNow!" greets and names the service;
 * - "call your branch", "check with [your pharmacist]" and "your school librarian can help with the diagram too" refer the
 *   patron (the library's own branch; a named specialist); "I'll need to ask our Maryland Room staff" and "I'd like to ask
 *   them directly and then get back to you" are parties the provider consults, not referrals; "order it from the Division of
 *   Vital Records: online at …, or by phone at …" plus "go in person to their office at <street address>" refers to one party,
 *   reached three ways;
 * - "yeah thats all", "no that covers it", "No more questions." and "that's everything" say the patron is done; "ok", "yes ty
 *   bye" and "yes thank u so much" do not;
 * - "Does that give you a place to start?", "Would that kit work for your group?", "Will those work for her report?", "Does
 *   that get you started?" ask whether what was given meets the need; "Would you like me to follow up …?", "want me to walk u
 *   thru placing a hold?" and "Would a conversation group be helpful …?" (asked before the answer) do not;
 * - "by Wednesday afternoon", "by tomorrow afternoon", "by Friday evening", "early next week", "within 72 hours" say when;
 *   a phone number given by the patron in the chat is the confirmed contact; an e-mail known only from `patron.email` but read
 *   back by the provider ("Is m.alvarez@… still the best one?") is confirmed in the chat;
 * - "Closing chat." announces the end but says nothing of a disconnect; "it seems you've stepped away — I'll close the chat
 *   now" and "It looks like you may have stepped away, so I am going to close this chat now" are disconnect notices;
 * - when the provider's last visible message is a hold ("Let me check on that for you.") and the patron then leaves, there is
 *   no provider message after the patron's last one that is not a hold, so there is no final idle (idle and disconnect na),
 *   and the open hold span does not count for keep_informed;
 * - a welcome with "Give me just a moment to read over your question" and a goodbye that invites the patron back are no
 *   substantive exchange (Lost Call, information checks na).
 *
 * COUNTS. Written: 46 whole sessions, all 17 checks labelled in each before it was run: a first batch of 32, a second of 8
 * (33-40) and a third of 6 (41-46), each batch labelled before its run. First run as labelled / disagreeing: 44 / 2 (first
 * batch 30 / 2, second 8 / 0, third 6 / 0). Label corrections: 0. Final: 44 running, 2 LEFT (below): referral.contact (a
 * street number with a letter suffix, "6764-B Reisterstown Road", read as no address for "their office", the party already
 * reached by URL and phone) and closing.courteous ("chat back in anytime if you get stuck!" read as no invitation back).
 * On v43 (block I4, I3): 46 running, 0 LEFT.
 * The redaction equality of describeSessions holds for every running case (patron e-mails in the chat, spelled, in
 * `patron.email`, a patron phone).
 *
 * FINAL RUN (`--project scoring`, this file only): 46 tests passed (2 through describeLeft) on v42; 46 passed, none LEFT, on v43.
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;

/** A provider of one of the partner libraries. */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const DENISE: Prov = { id: 'denise', name: 'Denise K.', library: 'CARR' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'AACPL' };
const MARGARET: Prov = { id: 'margaret', name: 'Margaret H.', library: 'WCFL' };
const KRIS: Prov = { id: 'kris', name: 'Kris - BCPL', library: 'BCPL' };
const ALEX: Prov = { id: 'alex', name: 'Alex R.', library: 'FCPL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'BCPL' };
const TERRI: Prov = { id: 'terri', name: 'Terri W', library: 'PGCMLS' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth A.', library: 'ACLS' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'EPFL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'HCLS' };
const KIM: Prov = { id: 'kim', name: 'Kim Lee', library: 'WCFL' };
const TOM: Prov = { id: 'tom', name: 'Tom B', library: 'CCPL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'HCPL' };
const DEE: Prov = { id: 'dee', name: 'Dee', library: 'TCFL' };
const TRAINER: Prov = { id: 'trainer', name: 'AskUsNow Trainer', library: 'MSLRC' };
const GWEN: Prov = { id: 'gwen', name: 'Gwen', library: 'QACL' };
const NIA: Prov = { id: 'nia', name: 'Nia', library: 'CAROL' };
const CHRIS: Prov = { id: 'chris', name: 'Chris', library: 'EPFL' };
const LEAH: Prov = { id: 'leah', name: 'Leah M', library: 'WOR' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'MCPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'SMCL' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'SOM' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'KENT' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'DCPL' };
const REX: Prov = { id: 'rex', name: 'Rex', library: 'BCPL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'CALV' };
const SUE: Prov = { id: 'sue', name: 'Sue', library: 'WPL' };
const BEN: Prov = { id: 'ben', name: 'Ben', library: 'RELGC' };
const CARLA: Prov = { id: 'carla', name: 'Carla', library: 'CCPL' };
const DAN: Prov = { id: 'dan', name: 'Dan', library: 'CARR' };
const ANN: Prov = { id: 'ann', name: 'Ann', library: 'HCPL' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'MCPL' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'HCLS' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'PGCMLS' };
const MEL: Prov = { id: 'mel', name: 'Mel', library: 'AACPL' };
const RAJ: Prov = { id: 'raj', name: 'Raj', library: 'HCLS' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'FCPL' };
const ANA: Prov = { id: 'ana', name: 'Ana', library: 'BCPL' };
const JO: Prov = { id: 'jo', name: 'Jo Smith', library: 'TST' };
const OLA: Prov = { id: 'ola', name: 'Ola', library: 'AACPL' };
const TY: Prov = { id: 'ty', name: 'Ty', library: 'BCPL' };
const SAL: Prov = { id: 'sal', name: 'Sal', library: 'EPFL' };
const FAY: Prov = { id: 'fay', name: 'Fay', library: 'BCPL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'DCPL' };
const LINA: Prov = { id: 'lina', name: 'Lina', library: 'HCLS' };
const MO: Prov = { id: 'mo', name: 'Mo', library: 'SMCL' };

/** A session of provider `p` (provider-lines.ts `session`). */
const s = session;

export const week: SessionCase[] = [
  // 1 Monday morning: a PIN reset, macro welcome, everything done by the book
  s(DENISE, 'card PIN: macro welcome, home library asked, steps with the URL, patron says she is done', [
    [0, 'p', 'hi i forgot my pin and now libby wont let me sign in'],
    queue(4),
    [25, 'l', 'Hi there! Welcome to Maryland AskUsNow! My name is Denise and I am a librarian at Carroll County Public Library.'],
    [40, 'l', 'Which library system issued your card? PIN resets are handled by each county.'],
    [70, 'p', 'harford county'],
    [95, 'l', 'Harford County Public Library resets PINs online: go to hcplonline.org, click My Account, then "Forgot your PIN?" and enter your card number. A reset link goes to the email on your account.'],
    [100, 'l', 'Once you have the new PIN, Libby should accept it. Did that work for you?'],
    [220, 'p', 'ok got the email and changed it, libby works now. thats all i needed thx'],
    [232, 'l', 'Wonderful! Thanks for using AskUsNow!, and enjoy your reading.'],
  ], usual()),

  // 2 middle-school chat-speak; "one sec" then almost three minutes of nothing
  s(SAM, 'homework (8th grade, dust bowl): "ok one sec" then 174 s with no word', [
    [0, 'p', 'wat caused the dust bowl?? i need 3 reasons for ss'],
    [18, 'l', 'hi! Sam @ Ask Us Now, Anne Arundel County Public Library 🙂'],
    [24, 'l', 'is this for a paragraph or a slideshow? and what grade?'],
    [50, 'p', 'paragraph, 8th'],
    [58, 'p', 'its due tmrw'],
    [66, 'l', 'ok one sec, pulling up a good source for 8th grade'],
    [240, 'l', 'try Britannica School — from aacpl.net go to Research > Homework Help > Britannica School, and search "Dust Bowl". the article lists the big causes: a long drought, farmers plowing up the prairie grass, and strong winds blowing the dry soil away'],
    [246, 'l', 'does that help?'],
    [270, 'p', 'ya tysm'],
    [276, 'l', 'anything else for ss?'],
    [300, 'p', 'no'],
    [306, 'l', 'good luck on the paragraph! bye 👋'],
  ], usual({ informed: 'fail' })),

  // 3 long paragraphs; the patron goes quiet; check-in, then a notice that is also the goodbye
  s(MARGARET, 'Libby on a Kindle Fire (long paragraphs): patron goes quiet, check-in at 330, notice + goodbye at 440', [
    [0, 'p', 'Good evening. I am trying to get library e-books on my Kindle. My granddaughter set it up but I cannot find the Libby program.'],
    [35, 'l', 'Good evening, and welcome to AskUsNow! My name is Margaret and I am a librarian at Washington County Free Library. I would be glad to help you with that.'],
    [42, 'l', 'So that I give you the right steps: is your Kindle a Fire tablet (color screen, with apps) or a Kindle Paperwhite / basic e-reader (black and white)?'],
    [110, 'p', 'It is the Fire with the color screen.'],
    [180, 'l', 'Thank you. On most Fire tablets, Libby can be installed from the Amazon Appstore: open the Appstore, search for "Libby, by OverDrive", and tap Get. If it does not appear there, open the Silk browser and go to libbyapp.com, which runs Libby right in the browser with no installing. Either way, Libby will ask for your library; search "Washington County" and sign in with your card number and PIN. If you prefer the Kindle reading app instead, Libby offers a "Read with Kindle" button on most titles.'],
    [186, 'l', 'Does that get you started?'],
    [330, 'l', 'Are you still with me?'],
    [440, 'l', 'It looks like you may have stepped away, so I am going to close this chat now. Thank you for contacting AskUsNow!, and please come back anytime if you run into trouble.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 4 terse provider, only a screen name identifies her
  s(KRIS, 'holds wait (terse): "Hello! How can I help?" + "which title?" name no one; catalog counts; "ok" and "k bye"', [
    [0, 'p', 'hey how long is the wait on holds usually'],
    [30, 'l', 'Hello! How can I help?'],
    [52, 'l', 'which title?'],
    [80, 'p', 'the women by kristin hannah. it says im #87'],
    [88, 'l', 'let me look'],
    [150, 'l', 'catalog shows 112 holds on 40 copies, so roughly 6-8 wks for you. the ebook in Libby is shorter, ~4 wks, if you want to get on that list too'],
    [154, 'l', 'that answer it?'],
    [190, 'p', 'ok'],
    [196, 'l', 'k bye'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 5 long search, held every 110 s
  s(ALEX, 'printing from a phone: a long search held every 110 s, "Anything else" asked', [
    [0, 'p', 'How do I print from my phone at the Thurmont library?'],
    [20, 'l', 'Good morning, this is Alex, a librarian with Frederick County Public Libraries. Are you printing from an iPhone or an Android?'],
    [45, 'p', 'iPhone'],
    [60, 'l', 'Let me pull up the mobile printing instructions, one moment.'],
    [170, 'l', 'Still looking, thanks for your patience — that page moved when our website was redesigned.'],
    [280, 'l', 'Found it: fcpl.org/services/printing, then "Print from your device". You email the file to the branch\'s print address listed on that page, then release it at the print station with your library card number. Black and white is 10 cents a page.'],
    [285, 'l', 'Is that what you needed?'],
    [330, 'p', 'yes perfect'],
    [340, 'l', 'Anything else I can help with today?'],
    [370, 'p', 'nope'],
    [375, 'l', 'Have a great day! Thanks for using AskUsNow!'],
  ], usual()),

  // 6 job seeker: a database and a referral with phone and address
  s(BETH, 'resume after a layoff: LearningExpress + American Job Center with phone and street address', [
    [0, 'p', 'I got laid off and need to redo my resume, it has been 15 years. where do I start'],
    queue(5, 2),
    [48, 'l', "Hello, and thanks for contacting AskUsNow! I'm Beth, a librarian at Baltimore County Public Library. I'm sorry about the layoff — let's get you started."],
    [55, 'l', 'What kind of work are you applying for, and do you have your old resume as a file?'],
    [120, 'p', 'warehouse supervisor mostly. i have it in word but its really old'],
    [190, 'l', 'Two good places to start. Our LearningExpress Library database (bcpl.info > Research > LearningExpress) has a resume-writing course and templates, free with your library card. Also, the Baltimore County American Job Center does one-on-one resume reviews: call them at 410-887-6600 or walk in at 1101 N. Point Blvd.'],
    [196, 'l', 'Does that cover what you needed?'],
    [260, 'p', "that's everything, thank you!"],
    [268, 'l', 'Good luck with the applications! Bye for now.'],
  ], usual({ referral: 'pass' })),

  // 7 tax forms: two referrals with numbers, one to "your branch" with none
  s(TERRI, 'tax forms: IRS and 211 with numbers, but "call your branch before you go" with none', [
    [0, 'p', 'where can i get tax forms? paper ones'],
    [22, 'l', "Hi, welcome to AskUsNow! I'm Terri from Prince George's County Memorial Library System. Do you need federal forms, Maryland forms, or both?"],
    [40, 'p', 'both'],
    [105, 'l', 'Maryland forms can be printed from marylandtaxes.gov (Individual > Tax Forms). Federal forms are at irs.gov/forms, or you can call the IRS at 800-829-3676 to have them mailed. A few of our branches also keep a small supply of paper forms, so call your branch before you go to check.'],
    [120, 'p', 'also can u do my taxes lol'],
    [150, 'l', "Ha, I wish! Librarians can't prepare taxes, but the free VITA tax sites can. Call Maryland 211 at 2-1-1 and they'll find the closest one to you."],
    [156, 'l', 'Does that answer everything?'],
    [180, 'p', 'yeah thats all'],
    [186, 'l', 'Great, happy filing! Thanks for chatting with us.'],
  ], usual({ referral: 'fail' })),

  // 8 genealogy: a long search with holds, then a follow-up by e-mail with a day, done in 26 h
  s(RUTH, 'obituary 1962: holds at 110 and 215, microfilm, e-mail given and repeated, "by Wednesday afternoon", done in 26 h', [
    [0, 'p', "I'm looking for my grandmother's obituary, she died in Cumberland in 1962"],
    [30, 'l', "Hello! I'm Ruth, a librarian with the Allegany County Library System. I'd be happy to help look. Do you know her full name and the date she passed?"],
    [95, 'p', 'Edna Mae Kessler. March of 1962, I think around the 10th'],
    [110, 'l', 'Thank you. Let me check our newspaper indexes — this may take a few minutes.'],
    [215, 'l', 'Still searching, please hang on.'],
    [320, 'l', 'I found a death notice for Edna M. Kessler in our obituary index: Cumberland Evening Times, March 12, 1962, page 18. That paper is only on microfilm at our South Cumberland branch, not online.'],
    [328, 'l', 'I can pull the film tomorrow and email you a scan of the notice. What email should I send it to?'],
    [380, 'p', 'ekessler.family@gmail.com, thank you so much'],
    [390, 'l', "You're welcome! I have ekessler.family@gmail.com — you'll have the scan from me by Wednesday afternoon."],
    [396, 'l', 'Is there anything else I can help you with tonight?'],
    [430, 'p', "No, that's all. Thank you!"],
    [436, 'l', 'Have a good night, and thank you for using AskUsNow!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(26 * HOUR) }] }),

  // 9 legal question referred well
  s(MARCUS, 'eviction (legal): no advice, Legal Aid and the Self-Help Center with phones, no "anything else"', [
    [0, 'p', 'my landlord says i have to be out in 5 days is that legal??'],
    [40, 'l', "Hi, I'm Marcus, a librarian at the Enoch Pratt Free Library. I'm sorry you're dealing with this. I can't give legal advice, but I can point you to people who can. Is the apartment in Baltimore City?"],
    [75, 'p', 'yes. west baltimore'],
    [80, 'p', 'he just told me, nothing on paper'],
    [150, 'l', 'Maryland Legal Aid takes eviction cases for free: call 410-951-7777 or apply online at mdlab.org. The District Court Self-Help Center also gives free legal help by phone at 410-260-1392, and they can explain what a landlord has to do before an eviction.'],
    [158, 'l', "The People's Law Library has a plain-language guide too: peoples-law.org, search \"eviction\"."],
    [164, 'l', 'Does that give you a place to start?'],
    [210, 'p', 'yes thank u so much'],
    [218, 'l', 'You are welcome. Take care, and good luck.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 10 medical question: MedlinePlus, then "your pharmacist" with no way to reach them
  s(PRIYA, 'drug interaction (medical): MedlinePlus, "check with your pharmacist" (no contact), no question asked', [
    [0, 'p', 'can i take ibuprofen with lisinopril'],
    [25, 'l', "Hello, this is Priya at Howard County Library System's AskUsNow! desk."],
    [60, 'l', "I can't give medical advice, but MedlinePlus (medlineplus.gov) has drug pages for both ibuprofen and lisinopril, with a section on what to check with your doctor before combining them."],
    [68, 'l', 'Your pharmacist is really the best person to ask about interactions, so please check with them too.'],
    [74, 'l', 'Does that help?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Take care!'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // 11 transfer done properly; the receiving provider was busy only before the transfer
  s(KIM, 'council minutes: transfer with notice and note; Rosa at 3 sessions only before she took it', [
    [0, 'p', 'hi how do i find the minutes from a howard county council zoning hearing'],
    [28, 'l', 'Hi! Kim here, librarian with AskUsNow! at Washington County Free Library. Do you know roughly when the hearing was?'],
    [60, 'p', '2019, it was about a development near ellicott city'],
    [70, 'l', "Howard County's librarians know their council records best, so I'm going to transfer you to one of them. One moment please!"],
    [76, 'i', 'Rosa, can you take this one? Patron needs HoCo council zoning hearing minutes, 2019, Ellicott City development. Local records q.'],
    xfer(80, 'Rosa Diaz', 'rosa'),
    [118, 'l', "Hi, I'm Rosa with Howard County Library System, picking up from Kim. The County Council's hearing archive is at cc.howardcountymd.gov under Legislation > Public Hearings, with agendas, minutes and video back to 2010.", ROSA],
    [126, 'l', 'Is that the hearing record you were looking for?', ROSA],
    [200, 'p', "yes found it, that's all I needed, thanks!"],
    [206, 'l', 'Glad to help. Thanks for using AskUsNow!', ROSA],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('k1', 'kim', -300, 400), other('k2', 'kim', -100, 600),
      other('r1', 'rosa', -900, 75), other('r2', 'rosa', -600, 78), other('r3', 'rosa', -400, 79),
      other('r4', 'rosa', 100, 900), other('r5', 'rosa', -50, 1000),
    ],
  }),

  // 12 transfer without a note; the receiving provider takes 150 s
  s(TOM, 'birth certificate: "transferring you ..., hang on", no note to Rosa, Rosa answers 150 s later; Tom busy only after', [
    [0, 'p', 'i need a certified copy of my birth certificate for a passport, how'],
    [15, 'l', 'Hello, Tom at Cecil County Public Library, AskUsNow.'],
    [20, 'l', 'transferring you to a state specialist, hang on'],
    xfer(24, 'Rosa Diaz', 'rosa'),
    [170, 'l', 'Hi, this is Rosa, a librarian with AskUsNow! Thanks for waiting. Is the birth certificate your own, and were you born in Maryland?', ROSA],
    [200, 'p', 'yes mine, born in baltimore 1990'],
    [255, 'l', 'Then you order it from the Maryland Division of Vital Records: online at health.maryland.gov/vsa, or by phone at 410-764-3038. You can also go in person to their office at 6764-B Reisterstown Road in Baltimore.', ROSA],
    [262, 'l', 'Anything else?', ROSA],
    [290, 'p', 'no thats it'],
    [296, 'l', 'Ok, have a good one!', ROSA],
  ], usual({ informed: 'fail', complete: 'fail', referral: 'pass', transfer: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tom', 30, 600), other('t2', 'tom', 40, 700), other('t3', 'tom', 50, 800)],
  }),

  // 13 a true Lost Call
  s(PAT, 'branch hours: welcome macro with "give me a moment", patron leaves, "feel free to come back": Lost Call', [
    [0, 'p', 'what time does the bel air library close today'],
    queue(3, 3),
    [45, 'l', "Welcome to AskUsNow! My name is Pat and I'm a librarian at Harford County Public Library. Give me just a moment to read over your question."],
    left(110),
    [125, 'l', "It looks like you've left the chat. If you still need help, feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 coded Lost Call though the patron wrote three times and got an answer
  s(DEE, 'primary source (10th grade): answered, patron leaves 75 s later, coded Lost Call', [
    [0, 'p', 'can u help me find a primary source about the triangle shirtwaist fire'],
    [35, 'l', "Hi! I'm Dee, a librarian at Talbot County Free Library. Is this for a DBQ or a research paper?"],
    [70, 'p', 'research paper 10th grade'],
    [76, 'p', 'it has to be a primary source not like wikipedia'],
    [90, 'l', 'Got it. One moment while I search.'],
    [200, 'l', "Cornell University's Triangle Factory Fire site is great for this: trianglefire.ilr.cornell.edu. It has survivor testimony, 1911 newspaper articles and photos — all primary sources you can cite."],
    [205, 'l', 'Does that work?'],
    left(280),
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 practice
  s(TRAINER, 'Practice: trying the new welcome macro', [
    [0, 'p', 'test test is this working'],
    [10, 'l', 'Welcome to AskUsNow! This is a test of the new welcome macro.'],
    [20, 'p', 'looks good from the patron side'],
    [30, 'l', 'Thanks, ending the practice session now.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 no code, four chats at once
  s(GWEN, 'holiday hours: no resolution code, and Gwen had four chats open at once', [
    [0, 'p', 'is the centreville library open on easter'],
    [14, 'l', "Hi, Gwen here, librarian at Queen Anne's County Library. Do you mean Easter Sunday, April 5?"],
    [40, 'p', 'yes'],
    [58, 'l', "All Queen Anne's County Library branches are closed Easter Sunday (April 5) and open regular hours Monday. The holiday schedule is on qaclibrary.org under Hours & Locations."],
    [62, 'l', 'Did that answer your question?'],
    [80, 'p', 'yep thanks'],
    [85, 'l', 'Anything else?'],
    [100, 'p', 'no'],
    [104, 'l', 'Happy Easter, bye!'],
  ], usual({ concurrency: 'fail', code: 'fail' }), { resolutionCode: null }, {
    otherIntervals: [other('g1', 'gwen', -200, 300), other('g2', 'gwen', -50, 400), other('g3', 'gwen', 30, 500)],
  }),

  // 17 concurrency boundaries: one chat ends as this starts, one starts as this ends
  s(NIA, 'Hoopla limit: three chats at most (one ended at the start, one began at the end)', [
    [0, 'p', 'hoopla says ive reached my limit?? i only borrowed 2 things'],
    [20, 'l', "Hello! You've reached Nia, a librarian at Caroline County Public Library, for AskUsNow!."],
    [26, 'l', 'Is your card from Caroline County, or another Maryland library?'],
    [50, 'p', 'caroline'],
    [90, 'l', "Caroline County's Hoopla limit is 4 borrows per calendar month, and anything you borrowed and returned early still counts. The limit resets on the 1st. You can see your count under My Hoopla > Borrowed in the Hoopla app, or on hoopladigital.com."],
    [96, 'l', 'Does that explain it?'],
    [130, 'p', 'oh i borrowed 2 and returned them and got 2 more. ok makes sense'],
    [140, 'l', 'Yes, that would do it. Anything else I can help with?'],
    [160, 'p', 'no thats all'],
    [166, 'l', 'Thanks for chatting, have a good night!'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'nia', -600, 0), other('n2', 'nia', -300, 400), other('n3', 'nia', 60, 900), other('n4', 'nia', 171, 800)],
  }),

  // 18 follow-up by the patron's library; the e-mail only in the patron fields; never done
  s(CHRIS, 'ILL (follow-up by patron\'s library): "someone from your library will contact you", e-mail only in patron fields, not done by day 5', [
    [0, 'p', 'I need a book my library doesnt have: "The Chesapeake Bay Oyster Wars" by someone, 1990s'],
    [50, 'l', 'Good afternoon, this is Chris at AskUsNow!, Enoch Pratt Free Library. Which library system are you a member of?'],
    [80, 'p', 'Montgomery County'],
    [90, 'l', 'Let me search the state catalog for it.'],
    [200, 'l', 'I found it in MARINA, the statewide catalog: "The Oyster Wars of Chesapeake Bay" by John R. Wennersten. Montgomery County doesn\'t own it, so it would need to come through interlibrary loan.'],
    [208, 'l', "I'll send your request to Montgomery County's interlibrary loan staff, and someone from your library will contact you about it."],
    [240, 'p', 'ok great thanks'],
    [246, 'l', 'Thank you for using AskUsNow!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'r.okafor@verizon.net', phone: null },
  }, { now: T0 + 5 * DAY }),

  // 19 follow-up by me: e-mail given in chat, no time said; still pending
  s(LEAH, 'assessment history (follow-up by me): "I\'ll email you what I find", e-mail repeated, no when; pending', [
    [0, 'p', 'Hi. I need the assessed value history for my house in Berlin MD going back to 1980'],
    [30, 'l', "Hello, and welcome to AskUsNow! I'm Leah, a librarian at Worcester County Library."],
    [36, 'l', 'Is this for a tax appeal, or for a house history project?'],
    [75, 'p', 'house history, curious how it changed'],
    [85, 'l', "One moment, I'll check what SDAT has online."],
    [180, 'l', "The Maryland SDAT Real Property search (sdat.dat.maryland.gov/RealProperty) only shows the last few assessments. Older values are in the county's printed assessment books, and I'll need to ask our Maryland Room staff whether we have them for the 1980s."],
    [186, 'l', "I'll email you what I find. What's a good email for you?"],
    [230, 'p', 'sure, jmorrow55@comcast.net'],
    [236, 'l', "Thanks, I've noted jmorrow55@comcast.net."],
    [240, 'l', 'Anything else for today?'],
    [265, 'p', "no that's everything"],
    [270, 'l', 'Thanks for chatting with us, take care!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 20 a promise with e-mail and time, but coded Answered
  s(OMAR, '1940 census: promise "by tomorrow afternoon" to an e-mail given in chat, coded Answered, done in 30 h', [
    [0, 'p', 'trying to find my great grandfather in the 1940 census, Frederick MD, name Walter Hess'],
    [26, 'l', 'Hi Omar here from Montgomery County Public Libraries, AskUsNow! Do you know his approximate birth year or the names of anyone in his household?'],
    [70, 'p', 'born about 1898, wife was Clara'],
    [80, 'l', 'Let me search Ancestry Library Edition for him.'],
    [190, 'l', "I see a Walter Hess, 41, with wife Clara, in Frederick City, Ward 3 — that fits. Ancestry Library Edition only works inside a library, so I can't send you a link, but I can save the census page image and send it to you."],
    [196, 'l', 'What email should I send it to?'],
    [240, 'p', 'whess.genealogy@yahoo.com'],
    [250, 'l', "Perfect — I'll send the image to whess.genealogy@yahoo.com by tomorrow afternoon."],
    [254, 'l', 'Is there anything else you need?'],
    [300, 'p', 'no thank you!!'],
    [305, 'l', 'Happy hunting! Thanks for using AskUsNow!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pass' }), { resolutionCode: 'Answered', followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 21 late pickup, "hello??" in the queue
  s(LOU, 'expired card: picked up after 245 s (patron "hello??" at 150), then a clean answer', [
    [0, 'p', 'my card expired how do i renew it'],
    [5, 's', 'All librarians are currently helping other patrons. Please stay on the line.'],
    [150, 'p', 'hello??'],
    [245, 'l', "Hi, sorry about the wait — this is Lou at St. Mary's County Library."],
    [250, 'l', 'Which library is your card from?'],
    [275, 'p', 'st marys, lexington park'],
    [300, 'l', 'St. Mary\'s cards renew at any branch desk with a photo ID and proof of address; it takes a couple of minutes. The requirements are on stmalib.org under "Get a Library Card".'],
    [305, 'l', 'Does that help?'],
    [330, 'p', 'ok, can i do it online though'],
    [380, 'l', 'Not for an expired card, unfortunately — it has to be in person. Anything else I can help with?'],
    [420, 'p', 'no'],
    [425, 'l', 'Thanks, have a good one!'],
  ], usual({ pickup: 'fail' })),

  // 22 quiet patron, closed 6 minutes later with neither check-in nor notice
  s(VIC, 'Libby return early (terse): patron quiet 350 s, "Closing chat. Thanks ..." with no check-in or notice', [
    [0, 'p', 'how do i return an audiobook early in libby'],
    [18, 'l', 'Hi! Vic, AskUsNow librarian, Somerset County Library.'],
    [22, 'l', 'On phone or tablet?'],
    [50, 'p', 'phone'],
    [70, 'l', 'Open Libby, tap Shelf, tap Manage Loan under the audiobook, then Return Early. Libby help has pics: help.libbyapp.com, search "return".'],
    [75, 'l', 'Did it work?'],
    [420, 'l', 'Closing chat. Thanks for using AskUsNow!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 23 check-in, then the session just ends: no notice, no goodbye
  s(HAL, 'notary: check-in at 280, session ends at 400 with no notice and no goodbye; branch phone given', [
    [0, 'p', 'does the library have a notary'],
    [40, 'l', "Good afternoon, you've reached Hal at Kent County Public Library's AskUsNow! chat."],
    [45, 'l', 'Which branch would be most convenient for you?'],
    [100, 'p', 'chestertown'],
    [130, 'l', "The Chestertown branch has a notary on Tuesdays and Thursdays, 10-2, by appointment only. Call the branch at 410-778-3636 to book a time, and bring a photo ID. It's free for library card holders."],
    [135, 'l', 'Does that answer your question?'],
    [280, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 120 }),

  // 24 a short final idle (90 s) ended with an invitation back
  s(IVY, 'MLA citation (homework): check-in at 160, "chat back in anytime" at 190: final idle 90 s', [
    [0, 'p', 'how do u cite a website mla 9 for my english essay'],
    [20, 'l', 'Hey there! Ivy at Dorchester County Public Library, AskUsNow.'],
    [26, 'l', 'Do you have the website open? Does it list an author and a date?'],
    [60, 'p', 'ya it has an author but no date'],
    [100, 'l', 'Then use: Author Last, First. "Page Title." Website Name, URL. Accessed Day Month Year. Purdue OWL has examples for every case: owl.purdue.edu (MLA Formatting > Works Cited > Electronic Sources).'],
    [106, 'l', 'Does that work for your essay?'],
    [160, 'l', 'Still there?'],
    [190, 'l', "I'll close this for now — chat back in anytime if you get stuck!"],
  ], usual({ anything: 'fail' })),

  // 25 a question limit
  s(REX, 'Towson hours then more questions: "You\'ve reached the limit of questions for one chat session"', [
    [0, 'p', 'what are the hours for the towson branch'],
    [30, 'l', 'Hi, Rex with Baltimore County Public Library. Towson is open 10-8 Mon-Thu, 10-5 Fri-Sat, per bcpl.info/locations.'],
    [50, 'p', 'ok and can i print there'],
    [70, 'l', 'Yes, printing is at every branch, 15 cents a page b/w.'],
    [90, 'p', 'and can you look over my resume? i can paste it'],
    [100, 'p', 'also need to know if my fines are paid'],
    [120, 'l', "You've reached the limit of questions for one chat session. Please log off and start a new chat."],
    [140, 'p', 'wow ok'],
    [145, 'l', 'Bye.'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 26 allowed wrap-up: other patrons waiting, come back later
  s(JUNE, 'bio project (many questions): "several other patrons waiting ... chat back in later", school librarian named without contact', [
    [0, 'p', 'hi i have a bunch of questions for my bio project'],
    [15, 'l', "Hi! I'm June, a librarian at Calvert Library. What's the project about?"],
    [40, 'p', 'cell organelles. first what does the golgi do'],
    [75, 'l', 'The Golgi apparatus packages and ships proteins around the cell. Britannica School (calvertlibrary.info > Research > Students) has a clear article with diagrams.'],
    [80, 'l', 'Does that help for the first one?'],
    [95, 'p', 'yes. next what about lysosomes, ribosomes, vacuoles, and the cell membrane. and mitochondria'],
    [100, 'p', 'and chloroplasts'],
    [150, 'l', 'Lysosomes break down waste, ribosomes build proteins, and mitochondria make energy — the same Britannica School article covers the rest, under "Cell".'],
    [190, 'p', 'ok and can u do a diagram for me'],
    [215, 'l', 'I have several other patrons waiting, so I need to wrap up here — please chat back in later if you need more, and your school librarian can help with the diagram too. Thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 27 an internal note does not end the wait; the patron's "?" does not restart it
  s(SUE, 'book club e-books: internal note at 70, patron "?" at 150, answer at 215 (155 s)', [
    [0, 'p', 'is there an ebook of "Demon Copperhead" for my book club? need 8 copies'],
    [22, 'l', 'Hello! Sue here, librarian with Wicomico Public Libraries on AskUsNow!.'],
    [28, 'l', 'Do your club members all have Wicomico library cards?'],
    [60, 'p', 'most of them, 2 have anne arundel cards'],
    [70, 'i', 'checking OverDrive Marketplace for Demon Copperhead license counts and book club kits'],
    [150, 'p', '?'],
    [215, 'l', "Sorry for the delay! Our Libby collection has 6 copies of Demon Copperhead with a waitlist, so 8 at once isn't possible. But we have a Book Club Kit with 10 print copies: reserve it at wicomicolibrary.org/book-club-kits."],
    [222, 'l', 'Would that kit work for your group?'],
    [260, 'p', 'yes! thank you'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', "no that's all"],
    [295, 'l', 'Enjoy the book club! Bye!'],
  ], usual({ informed: 'fail' })),

  // 28 "take your time" is no hold: the patron's 274 s is waiting on the patron
  s(BEN, 'online tutoring: patron logs in ("hang on"), provider "Sure, take your time.", patron back 274 s later', [
    [0, 'p', 'my son needs math tutoring, does the library have that online'],
    [30, 'l', "Hello! I'm Ben, a librarian at Ruth Enlow Library of Garrett County, here for AskUsNow!."],
    [36, 'l', 'What grade is he in, and is it for a specific class?'],
    [70, 'p', '7th grade, pre algebra'],
    [100, 'l', 'Yes: Brainfuse HelpNow has live tutors every day 2-11 pm. Go to relib.net, click eResources, then HelpNow, and log in with his library card number.'],
    [120, 'p', 'let me try logging in, hang on'],
    [126, 'l', 'Sure, take your time.'],
    [400, 'p', 'ok im in, it says tutors are available'],
    [410, 'l', 'Great! Did that get you what you needed?'],
    [440, 'p', 'yes this is perfect, thats everything'],
    [446, 'l', 'Wonderful. Thanks for chatting, good luck to your son!'],
  ], usual()),

  // 29 check-in and disconnect notice in one message; the system ends the chat
  s(CARLA, 'adult diploma: one message asks "still there?" and says she seems disconnected and it will end; no goodbye', [
    [0, 'p', 'how can i get my high school diploma as an adult'],
    [35, 'l', 'Hi, thanks for contacting AskUsNow! This is Carla, a librarian at Cecil County Public Library.'],
    [40, 'l', 'Do you live in Maryland? Programs differ by state.'],
    [70, 'p', 'yes in elkton'],
    [140, 'l', 'Maryland has two options: the GED test or the National External Diploma Program. Both are explained on the Maryland Department of Labor site: labor.maryland.gov/gedmd. Cecil College runs free prep classes; call their Adult Education office at 410-287-6060.'],
    [146, 'l', 'Is that the kind of information you were after?'],
    [300, 'l', "Are you still there? It looks like you may have disconnected, so I'll end the session in a minute if I don't hear from you."],
    [370, 's', 'Chat ended by librarian.', sys('ended')],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 30 follow-up by the patron's library: the e-mail on file repeated back, "within 72 hours", done in 50 h
  s(DAN, 'museum pass (follow-up by patron\'s library): e-mail on file repeated back, "within 72 hours", done in 50 h', [
    [0, 'p', 'Does Calvert Library lend museum passes? I want to take my kids to the Calvert Marine Museum'],
    [44, 'l', "Hello! My name is Dan and I'm a librarian at Carroll County Public Library, answering for AskUsNow! tonight."],
    [50, 'l', 'Are you a Calvert Library cardholder?'],
    [80, 'p', 'yes'],
    [90, 'l', 'Give me a minute to check their website.'],
    [175, 'l', "Calvert Library's site (calvertlibrary.info) lists a museum pass program, but it doesn't say whether the Marine Museum is included this year. I'll send your question to Calvert Library staff so they can confirm."],
    [182, 'l', 'Someone from Calvert Library will email you within 72 hours. Is m.alvarez@hotmail.com, the address you entered, still the best one?'],
    [210, 'p', 'yes that works'],
    [216, 'l', 'Great. Anything else tonight?'],
    [240, 'p', 'nope thank you'],
    [245, 'l', "You're welcome — thanks for using AskUsNow!, and have a good evening."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'm.alvarez@hotmail.com', phone: null }, followUps: [{ doneAt: at(50 * HOUR) }],
  }),

  // 31 the patron leaves during a hold: the span is open at the end, no final idle
  s(ANN, 'pickup branch for a hold: second question, "Let me check on that", patron leaves 204 s later', [
    [0, 'p', 'can i put a hold on a book at a different branch than mine'],
    [20, 'l', 'Hi! This is Ann, a librarian at Harford County Public Library.'],
    [26, 'l', 'Which branch do you want to pick it up at?'],
    [50, 'p', 'abingdon'],
    [80, 'l', 'Yes — when you place the hold in our catalog (hcplonline.org), choose Abingdon under "Pickup location" before you click Place Hold.'],
    [86, 'l', 'Does that help?'],
    [120, 'p', 'yes. can i also renew my card online?'],
    [126, 'l', 'Let me check on that for you.'],
    left(330),
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 32 recorded pickup before the first message; greeting split over two messages; no question before the source
  s(ZOE, 'council member: pickedUpAt 40 s, "Hello!" + "I\'m a librarian with MCPL. Let me look that up.", no question', [
    [0, 'p', 'who is my county council member? I live in Silver Spring 20901'],
    [75, 'l', 'Hello!'],
    [80, 'l', "I'm a librarian with Montgomery County Public Libraries. Let me look that up."],
    [170, 'l', 'Montgomery County\'s council site, montgomerycountymd.gov/council, has a "Find my council member" page: enter your street address there, since 20901 is split between two districts. It lists the member\'s phone and email too.'],
    [176, 'l', 'Is that what you were looking for?'],
    [230, 'p', 'yes, district 5. thanks!'],
    [236, 'l', 'Anything else I can help you with?'],
    [250, 'p', 'No'],
    [254, 'l', 'Take care!'],
  ], usual({ clarify: 'fail' }), { pickedUpAt: at(40) }),
  // 33 follow-up by phone instead of e-mail, with a day, done after 80 h
  s(NOOR, 'USCT ancestor (follow-up by me): "call me instead? 410-555-0182", "by Friday evening", done after 80 h', [
    [0, 'p', 'Im trying to find out if my great great grandfather was in the US Colored Troops in the civil war. name Isaac Brooks, from Kent County'],
    [38, 'l', "Good evening! I'm Noor, a librarian at Howard County Library System, answering for AskUsNow!. Do you know about when he was born, or where he lived after the war?"],
    [90, 'p', 'born around 1840 i think. after the war he was in chestertown'],
    [100, 'l', 'Let me check a couple of databases — this may take a few minutes.'],
    [210, 'l', 'Still working on it, thanks for hanging in there.'],
    [300, 'l', "HeritageQuest Online (through your library's website) has the Civil War service records index: there's an Isaac Brooks, 7th Regiment USCT, Company C, which recruited on the Eastern Shore. I'd like to check the 1890 veterans schedule too before I send you what I find."],
    [306, 'l', "Would you like me to follow up with you after I've looked further?"],
    [340, 'p', 'yes please. can you call me instead of email? 410-555-0182'],
    [350, 'l', "Sure — I'll call you at 410-555-0182 by Friday evening with what I find."],
    [356, 'l', 'Is there anything else I can help with?'],
    [380, 'p', 'no thank you, this is great'],
    [386, 'l', 'Thank you for using AskUsNow!, and good night.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 34 typos, canned "still searching" macros, a patron "ok" inside the wait, survey link at the end
  s(KEISHA, 'unemployment claim (typos): canned "still searching" every 105 s, patron "ok" inside the wait, survey macro', [
    [0, 'p', 'i need help with my unemplyment claim the beacon site keep saying error'],
    queue(4, 2),
    [52, 'l', "Thank you for contacting Maryland AskUsNow! My name is Keisha and I'm a librarian with Prince George's County Memorial Library System."],
    [60, 'l', 'What does the error message say, and is it when you log in or when you file your weekly claim?'],
    [120, 'p', 'when i file weekly it says sesion expired and kicks me out'],
    [126, 'p', 'i tried 3 times'],
    [135, 'l', "I'm searching for information on that now. Thank you for your patience."],
    [240, 'l', "I'm still searching for that information. Thank you for your patience."],
    [250, 'p', 'ok'],
    [330, 'l', "The BEACON help page (labor.maryland.gov/employment/unemployment.shtml, under 'BEACON Claimant Help') says session-expired errors often come from the browser's saved data: clear your cache, or try a private window. If it keeps happening, call the Division of Unemployment Insurance's claimant line at 667-207-6520, Monday-Friday 7:30-3:30."],
    [336, 'l', 'Does this completely answer your question?'],
    [420, 'p', 'the private window worked!! thank you thats all i needed'],
    [426, 'l', "Wonderful, I'm glad it worked. Thank you for using Maryland AskUsNow! Please take a moment to fill out our survey: askusnow.info/survey. Have a great day!"],
  ], usual({ referral: 'pass' })),

  // 35 the patron's "ok thanks!" waits 155 s for the goodbye
  s(MEL, 'passport photos: patron "ok thanks!" at 130, goodbye only at 285', [
    [0, 'p', 'Can I get a passport photo taken at the library?'],
    [20, 'l', "Hi! I'm Mel, a librarian with Anne Arundel County Public Library. Which branch are you closest to?"],
    [50, 'p', 'Odenton'],
    [95, 'l', "Odenton doesn't take passport photos, but our Glen Burnie Regional and Annapolis branches do passport applications and photos by appointment. Book one at aacpl.net/passports."],
    [100, 'l', 'Does that help?'],
    [130, 'p', 'ok thanks!'],
    [285, 'l', "You're welcome! Have a great day."],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 36 the patron says bye and goes; the provider never says goodbye
  s(RAJ, 'quadratic formula (chat-speak): patron "yes ty bye" is the last message; no provider goodbye', [
    [0, 'p', 'wats the quadratic formula i forgot and test is tmrw'],
    [15, 'l', 'Hi, Raj from Howard County Library System here!'],
    [20, 'l', 'Is it for algebra 1 or algebra 2?'],
    [35, 'p', 'alg 1'],
    [60, 'l', 'x = (-b ± √(b² - 4ac)) / 2a, for ax² + bx + c = 0. Khan Academy has a short video and practice problems: khanacademy.org, search "quadratic formula".'],
    [66, 'l', 'Does that help you study?'],
    [80, 'p', 'yes ty bye'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 37 follow-up by the patron's library with no contact anywhere
  s(WES, 'homebound delivery (follow-up by patron\'s library): "they\'ll be in touch", no e-mail or phone anywhere', [
    [0, 'p', 'my mom is homebound, does the library deliver books?'],
    [30, 'l', 'Hello, this is Wes, a librarian at Frederick County Public Libraries, helping out on AskUsNow! today. Which county does your mother live in?'],
    [70, 'p', 'washington county, hagerstown'],
    [80, 'l', 'One moment while I check their services.'],
    [160, 'l', "Washington County Free Library has an outreach service that brings books to homebound readers; it's described on their website, washcolibrary.org, under Services > Outreach."],
    [166, 'l', "I've forwarded your question to their outreach staff as well, and they'll be in touch to set it up."],
    [200, 'p', 'thank you so much'],
    [206, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no thats it'],
    [246, 'l', 'Take care, and thank you for chatting with AskUsNow!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_LIB),

  // 38 an automatic welcome sent as the provider at 2 s; the librarian comes at 200 s
  s(ANA, 'food truck books: provider-role auto macro "Welcome to Maryland AskUsNow! A librarian will be with you shortly" at 2 s, Ana at 200 s', [
    [0, 'p', 'do you have any books on starting a food truck business'],
    [2, 'l', 'Welcome to Maryland AskUsNow! A librarian will be with you shortly. Please do not close this window.'],
    [200, 'l', "Hi, I'm Ana at Baltimore County Public Library, thanks for waiting! Are you looking for books about the business side, like licenses and plans, or recipes and menus?"],
    [230, 'p', 'business side, licenses and stuff'],
    [290, 'l', 'Our catalog has several; a good start is "Running a Food Truck For Dummies" (2nd ed.) — search the title at bcpl.info. For county licenses, see the Health Department\'s food service page at baltimorecountymd.gov.'],
    [296, 'l', 'Is that what you were looking for?'],
    [330, 'p', 'yes thanks thats all'],
    [335, 'l', 'Good luck with the food truck! Thanks for using AskUsNow!'],
  ], usual({ informed: 'fail' })),

  // 39 transfer: notice first, the note to Rosa only after the transfer
  s(JO, 'daycare grants: transfer announced, the note to Rosa written 4 s after the transfer', [
    [0, 'p', 'are there grants for starting a small business in maryland'],
    [25, 'l', 'Hello, Jo at AskUsNow! here, from Sample County Library. Are you looking for grants specifically, or loans too?'],
    [60, 'p', 'grants mostly, its a daycare'],
    [70, 'l', "Let me transfer you to Rosa, our business specialist — she'll take it from here."],
    xfer(74, 'Rosa Diaz', 'rosa'),
    [78, 'i', 'Rosa: daycare startup grants in MD, pt only wants grants'],
    [120, 'l', "Hi, Rosa here, business librarian at Sample County Library. Startup grants are rare, but the Maryland Small Business Development Center gives free advising on funding: call 877-787-6732 or visit mdsbdc.umd.edu. Our Foundation Directory Online database (in the library's eResources) lists grants for child care providers.", ROSA],
    [126, 'l', 'Does that give you somewhere to start?', ROSA],
    [170, 'p', 'yes, thank you'],
    [176, 'l', 'Anything else I can help with?', ROSA],
    [200, 'p', 'nope'],
    [205, 'l', 'Good luck with the daycare! Bye!', ROSA],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 40 a disconnect notice with no check-in before it
  s(OLA, 'voter registration: patron quiet 250 s, a notice + goodbye at 360 with no "still there?"', [
    [0, 'p', 'how do i register to vote in maryland, i just moved here'],
    [25, 'l', 'Hi there, this is Ola, librarian at Anne Arundel County Public Library on AskUsNow!.'],
    [30, 'l', "Do you have a Maryland driver's license or MVA ID yet?"],
    [75, 'p', 'yes got it last week'],
    [110, 'l', 'Then you can register online at elections.maryland.gov (Voter Registration > Register to Vote Online) — it takes about 10 minutes with your MVA ID number.'],
    [116, 'l', 'Did that answer your question?'],
    [360, 'l', "It looks like you've disconnected, so I'll end this session now. Thanks for using AskUsNow!, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),
  // 41 chat-speak hold "brb" and then 204 s
  s(TY, 'new Hunger Games (chat-speak provider): "brb checking the catalog" then 204 s; no completeness question', [
    [0, 'p', 'do u guys have the new hunger games book'],
    [12, 'l', 'hey! Ty w/ Ask Us Now, Baltimore County Public Library'],
    [16, 'l', 'print or ebook?'],
    [40, 'p', 'print'],
    [46, 'l', 'brb checking the catalog'],
    [250, 'l', 'ok Sunrise on the Reaping — 38 holds on 20 copies, in the catalog at bcpl.info. want me to walk u thru placing a hold?'],
    [270, 'p', 'no i know how, thx'],
    [276, 'l', 'cool, anything else?'],
    [290, 'p', 'nah'],
    [294, 'l', 'happy reading, bye!'],
  ], usual({ informed: 'fail', complete: 'fail' })),

  // 42 the provider's shift ends and the chat with it
  s(SAL, 'peer-reviewed articles: "My shift is over, so I have to close this chat now." with no way back', [
    [0, 'p', 'I need articles on climate anxiety in teenagers for a psych paper, peer reviewed'],
    [30, 'l', "Hello, I'm Sal, a librarian at Enoch Pratt Free Library. Which database have you tried so far, if any?"],
    [75, 'p', 'none yet, just google scholar'],
    [110, 'l', 'Try Academic Search Premier from prattlibrary.org > Research > Databases; search climate anxiety AND adolescents and tick "Peer Reviewed".'],
    [116, 'l', 'Is that the kind of article you need?'],
    [170, 'p', 'yes but can you help me pick which ones are good? there are like 40'],
    [180, 'l', 'My shift is over, so I have to close this chat now.'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 43 e-mail spelled out, "early next week", done in 60 h
  s(FAY, 'school photos (follow-up by me): e-mail spelled "at gmail dot com", "early next week", done in 60 h', [
    [0, 'p', 'looking for old photos of Sparrows Point high school, like 1950s'],
    [40, 'l', 'Hi! This is Fay, a librarian at Baltimore County Public Library. Is this for a reunion, a publication, or personal interest? (It affects what we can send.)'],
    [90, 'p', 'reunion slideshow'],
    [100, 'l', 'Hang on while I look through our digital collections.'],
    [205, 'l', "Our Legacy Web photo archive (bcpl.info/legacyweb) has a few Sparrows Point images but none of the high school. The Dundalk-Patapsco Neck Historical Society has yearbooks; I'd like to ask them directly and then get back to you."],
    [212, 'l', "What's the best email for you?"],
    [260, 'p', 'its tgrady55 at gmail dot com'],
    [270, 'l', 'Thanks! tgrady55 at gmail dot com it is. You should have an answer from me early next week.'],
    [275, 'l', 'Anything else I can do for you today?'],
    [300, 'p', 'no that covers it'],
    [305, 'l', 'Thanks so much for chatting. Bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(60 * HOUR) }] }),

  // 44 "You still with me?", then "it seems you've stepped away — I'll close the chat now"
  s(GUS, 'Harriet Tubman books (parent): "You still with me?" at 250, "it seems you\'ve stepped away — I\'ll close the chat now" at 370', [
    [0, 'p', 'my daughter has to do a report on harriet tubman, 5th grade. what books are good'],
    [25, 'l', "Good evening! You're chatting with Gus, a librarian at Dorchester County Public Library."],
    [30, 'l', 'Does she need print books, or are websites OK too?'],
    [60, 'p', 'books, teacher wants 2 books'],
    [120, 'l', 'Two that 5th graders like: "Who Was Harriet Tubman?" by Yona Zeldis McDonough and "Harriet Tubman: Conductor on the Underground Railroad" by Ann Petry. Both are in our catalog at dorchesterlibrary.org — place a hold and we\'ll pull them for pickup.'],
    [125, 'l', 'Will those work for her report?'],
    [250, 'l', 'You still with me?'],
    [370, 'l', "Since I haven't heard back, it seems you've stepped away — I'll close the chat now. Feel free to reach out again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 45 an offer before the answer is no completeness question; "No more questions."
  s(LINA, 'English conversation (non-native patron): "Would a conversation group be helpful?" before the answer, "No more questions."', [
    [0, 'p', 'Hello. I want to improve my English speaking. Is there a class at library?'],
    [30, 'l', "Hello and welcome! I'm Lina, a librarian at Howard County Library System."],
    [36, 'l', 'Are you looking for a class in person, or online?'],
    [80, 'p', 'in person is better. I live in Columbia'],
    [90, 'l', 'Would a conversation group be helpful, or do you want a full course?'],
    [130, 'p', 'conversation group is good'],
    [170, 'l', 'Our Central Branch in Columbia has English Conversation Circles on Tuesdays at 6:30, free and no registration; details are on hclibrary.org under Classes & Events. For a full course later, the Literacy Council of Howard County also has free classes: call them at 410-555-0148.'],
    [200, 'p', 'Thank you very much. No more questions.'],
    [206, 'l', "You're very welcome! Good luck, and thank you for chatting with us."],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 46 the patron gives up in the queue; a late "Hi! Sorry for the wait" that names no one
  s(MO, 'DVD fine: patron leaves the queue at 150, provider "Hi! Sorry for the wait ..." at 190: Lost Call', [
    [0, 'p', 'what is the fine for a late dvd'],
    queue(3, 4),
    left(150),
    [190, 'l', 'Hi! Sorry for the wait. It looks like you have left — please chat with us again anytime.'],
  ], all({
    pickup: 'fail', greeting: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/**
 * LEFT after the first run, each read as labelled since rubric v43 block I (rubric.ts; the reasons as first written are in
 * the header's COUNTS); none is LEFT now, and a case put here runs through `describeLeft`:
 * - birth certificate…: read as labelled since v43 I4 (address: a street number with a letter, "6764-B Reisterstown Road").
 * - MLA citation…: read as labelled since v43 I3 (inviteBack / wayBack: "chat back in anytime", "You can always chat back in later.").
 */
const LEFT_WHY: Record<string, string> = {};

describe('forty-second round: a statewide week, checked', () => {
  describeSessions('whole sessions', week.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', week.filter((c) => c.name in LEFT_WHY));
});
