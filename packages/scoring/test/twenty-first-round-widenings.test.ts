/**
 * Twenty-first round, area (V1): ALMOST RIGHT IS NOT RIGHT, IN LAST ROUND'S WIDENINGS (false passes; narrowings only).
 * Rubric v21 widened many families and added six settings, each guarded by one near miss. These sessions probe each
 * widening with other near misses that the literal text of RUBRIC.md decides the other way, next to cases each widening
 * must still catch, and add near misses for the core families in topics the rounds wrote little about: health (dosing,
 * caregivers, clinics, Medicaid), transport (buses, paratransit, reduced fares) and utilities (heating help, water and
 * power bills, shut-offs). Public, county and academic services; parents, older patrons, commuters, students.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a farewell is a goodbye said to the patron: "many people have a sweet evening snack", "chapter 3 is about how to
 *   look after yourself!" and "Thanks to the new fare program, …" thank nobody, say no goodbye and invite nobody back;
 *   "you can come back to the standard plan anytime" invites the patron back to a billing plan, not to the service;
 * - "Have you tried talking to the Workforce Center?" names a place the patron might go, not who is answering;
 * - a question about the patron's past or situation after the answer ("did your old library let you renew it?",
 *   "did you get online ok at the laundromat?") does not ask whether what was given meets the need;
 * - "thanks so much, thats it for the heating, but is there help with water too?" is not an explicit "I'm done": the
 *   patron asks on in the same message;
 * - "You don't need to stop at the circulation desk" and "you won't have to see someone at the desk" tell the patron
 *   NOT to visit anyone: no referral;
 * - "that's enough for one session" about an exercise session, "the session has reached its time limit" about a public
 *   PC's timer, "we're going over the 30 minute limit, so I'll add …" about a study room: nobody's chat time is up;
 * - "another patron waiting" as a condition ("if there's another patron waiting, please keep it to 15 minutes") or as
 *   the reason for a short delay, with the help going on, dismisses nobody;
 * - "Ask your pediatrician which dosage is right for him. Dosage charts … are at multcolib.org/…": the URL is the
 *   library's guide, not the pediatrician's way to be reached (a shared word is not a contact);
 * - "Call your doctor's office or the nurse advice line at 1-800-…": two parties, one contact; the office has none;
 * - "Apply by visiting the Housing Authority's website at …" points to a website to use: a source, no referral;
 * - "Call 911 if you smell gas" refers the patron to emergency services with a number: a referral that passes;
 * - "Take your time, the account type is on the bill" is no hold: the patron's slow answer is waiting on the patron;
 * - "Is there anything else on the bill you don't recognise?" asks about the bill, not whether the patron needs
 *   anything else; the patron's "thats all it says on the bill" says nothing about being done;
 * - "Are you still on the 14 bus?" asks where the patron is, not whether they are still in the chat: no check-in;
 * - "If your phone disconnects, start a new chat" is a condition, not a notice that the patron seems gone;
 * - "The MyMTA portal will email you a reset link" is the system's e-mail, but "I'll also email you … by Thursday" in
 *   the same message is the provider's promise (a follow-up session);
 * - an app named alone ("download the Transit app") is no source (RUBRIC.md's own words).
 * Fixed in v22 (block V1, narrowings only; before the fixes 22 of the 50 cases failed, one status each, none of them the
 * labels: 20 fixed, 2 LEFT, one of those with a variant run in its place): patronDone's "thats it"
 * with a question after "but / and"; anythingElse's "anything else on the bill you don't recognize"; farewell's U1 "have
 * a sweet <time> <noun>" and U5 "how to look after yourself!"; inviteBack's "come back to the <plan> anytime";
 * selfAffiliation's U1 sign-on only with "you're / you are … connected with"; completeness's U2 "did you get online"
 * after a clause of another time, U2 "did your old library let you renew it?", v1's "did … help … last time";
 * dismissalHard's "your time is up" after a span of days, "keep it to 15 minutes" in an "if there's …" clause, U3 "enough
 * for one session" without the chat's questions, U4 "the session has reached its time limit" in a when / if clause, U7
 * "gone over the 30 minute limit, so I'll <not an ending>"; othersWaiting's U7 "another patron waiting" in a condition;
 * notPromise's U2 reset e-mail with the provider's own promise in the same sentence; and three settings,
 * `otherPartyOrV1` ("call your doctor's office or the nurse advice line at …"), `resourceClauseV1` ("…; the library's
 * guide … is at …") and `offerCommaDoesV1` ("I can place a hold …, does that work?").
 * LEFT (not run): "apply … in person at the TriMet Ticket Office, <address>" read as no referral, and a party's contact
 * given in the provider's next message after the patron's reply (both would widen, outside this round).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  // ---- utilities ----------------------------------------------------------------------------------------------------
  {
    // reading: "thanks so much, thats it for the heating but is there help w water" asks on: not done (U2 patronDone)
    name: 'LIHEAP in Tulsa: CAP Tulsa with phone and URL; "thanks so much, thats it for the heating but..." asks on; nobody asks anything else',
    lines: [
      [0, 'p', 'hello? my gas is about to get shut off, is there any help w paying it'],
      [58, 'l', "Hi there, this is Carmen at Tulsa City-County Library. I'm sorry, let's find you something. Are you in Tulsa County, and is it ONG gas?"],
      [96, 'p', 'yes tulsa, ONG'],
      [104, 'l', 'Community Action Project runs the LIHEAP energy help here. You can apply at captulsa.org/energy or call them at 918-382-3200; they can also ask ONG to hold the shut-off while it is pending. Did that help?'],
      [171, 'p', 'yes thanks so much, thats it for the heating but is there help w the water bill too?'],
      [180, 'l', "For water, the city's utility assistance page is cityoftulsa.org/utilityhelp, it lists the payment plan and the Water Help fund. Is that what you were looking for?"],
      [236, 'p', 'ok'],
      [242, 'l', 'Take care, and stay warm!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "Take your time, no rush" is no hold (Terms): the 3.5-minute wait is waiting on the patron
    name: 'water bill history: "Take your time, no rush" and the patron answers 3.5 minutes later; the provider answers in 20 s: informed passes',
    lines: [
      [0, 'p', 'My water bill doubled and I want to see usage for the last year. How do I find that'],
      [41, 'l', "Hello! Dev here, a librarian with Austin Public Library's chat. Is this a home or a business account? Take your time, no rush, the account type is printed at the top of the bill."],
      [252, 'p', 'sorry had to dig for it, says residential'],
      [272, 'l', 'Thanks! Austin Water shows 13 months of usage in its customer portal at myatxwater.org, under "Usage". A leak check guide is on the same site. Is that what you needed?'],
      [320, 'p', "yes that's everything, ty"],
      [326, 'l', "You're welcome, bye!"],
    ],
    exp: usual(),
  },
  {
    // reading: "Is there anything else on the bill you don't recognize?" asks about the bill, not whether the patron needs
    // anything else; the patron's "thats all it says" is about the bill
    name: 'electric bill charge: "anything else on the bill you don\'t recognize?" and "thats all it says on the bill" are no anything-else',
    lines: [
      [0, 'p', 'theres a charge on my electric bill called "PCA adj" what is that'],
      [33, 'l', "Hi, I'm Ruth, reference librarian at Wake County Public Libraries. Is your power from Duke Energy Progress?"],
      [70, 'p', 'yes. it says PCA adj 14.22 thats all it says on the bill'],
      [79, 'l', "That's the fuel cost adjustment. Duke explains each line of the bill at duke-energy.com/billing/understanding-your-bill, and the NC Utilities Commission lists the approved riders at ncuc.gov. Does that explain the charge?"],
      [140, 'p', 'oh ok yes'],
      [147, 'l', "Great. Is there anything else on the bill you don't recognize?"],
      [190, 'p', 'no'],
      [196, 'l', 'Ok, have a good night!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Call 911 if you smell gas" refers to emergency services with a number; the gas company comes with its line
    name: 'smell of gas at the laundromat, patron asks where to report: call 911 and Spire\'s emergency line: referral passes',
    lines: [
      [0, 'p', 'theres a weird gas smell at the laundromat on my block, who do i report it to'],
      [29, 'l', 'Hello, this is Marcus at St. Louis County Library. Is the smell strong right now, or faint?'],
      [51, 'p', 'faint, its been a few days'],
      [59, 'l', "Please don't wait: call 911 if the smell gets strong, and report it to Spire's gas emergency line at 1-800-887-4173 now, they come out for free. Their safety page is spireenergy.com/gas-safety. Does that help?"],
      [98, 'p', 'yes calling them now. thats all i needed'],
      [104, 'l', 'Thanks for reporting it. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // U2 notPromise: the portal's reset e-mail is no promise, the provider's own "I'll also email you … by Thursday" is
    name: 'old power bills for a housing application: the portal "will email you a reset link", and "I\'ll also email you the rate history by Thursday": follow-up done right',
    lines: [
      [0, 'p', 'i need copies of 12 months of electric bills for my housing application but I cant log in to the PG&E site'],
      [44, 'l', 'Hi! Lena from the Oakland Public Library Ask chat. Is the account in your name, and do you need the bills as PDFs or on paper?'],
      [90, 'p', 'my name, pdfs'],
      [98, 'l', 'On pge.com choose "Forgot password"; the portal will email you a reset link, and Billing History lets you download 24 months as PDFs. I\'ll also look for the CARE rate history your application asks about and email you what I find by Thursday. What is the best email for you?'],
      [160, 'p', 'tdiaz.oak@example.net'],
      [168, 'l', 'Got it, tdiaz.oak@example.net, by Thursday. Does that help for now?'],
      [205, 'p', 'yes. thats all thank you'],
      [210, 'l', 'Thank you for using Ask a Librarian!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  // ---- health ------------------------------------------------------------------------------------------------------
  {
    // U1 farewell: "many people have a sweet evening snack" is the guide's tip, no goodbye; the last two provider messages
    name: 'diabetes meal planning: the last provider message is a tip, "many people have a sweet evening snack without counting it": courteous fails',
    lines: [
      [0, 'p', 'just diagnosed type 2, looking for meal planning books'],
      [37, 'l', 'Hi! This is Noor, librarian at Hennepin County Library. Do you want cookbooks, or more of a guide to planning meals?'],
      [77, 'p', 'guide mostly'],
      [85, 'l', 'The American Diabetes Association\'s "Create Your Plate" page at diabetes.org/food-nutrition is a good start, and "The Diabetes Plate Method" is on the shelf at 616.462 DIA. Does that cover it?'],
      [140, 'p', "yes. that's all i needed"],
      [148, 'l', 'One tip from the book: many people have a sweet evening snack without counting it.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // U3 partyQuestionU3 not reaching "which dosage is right for him" (no subject pronoun right after "which"): the later
    // URL is the library's guide, not the pediatrician's contact
    name: 'fever medicine for a 3 year old: "Ask your pediatrician which dosage is right for him." and a library guide URL: referral fails',
    lines: [
      [0, 'p', 'how much childrens tylenol can i give my 3 yr old'],
      [40, 'l', 'Hi, this is Anika, a librarian at Multnomah County Library. I can point you to reliable sources, though I cannot give medical advice. How much does he weigh, roughly?'],
      [81, 'p', '32 lbs'],
      [90, 'l', 'MedlinePlus has the acetaminophen page at medlineplus.gov/druginfo/meds/a681004.html. Ask your pediatrician which dosage is right for him. Dosage charts by weight are also in our Healthy Kids guide at multcolib.org/healthykids. Does this help?'],
      [150, 'p', 'yes thank u thats all'],
      [156, 'l', 'Take care, I hope he feels better soon!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // U6 otherPartyContactU6 not reaching "or the nurse advice line at …" (no comma): the doctor's office has no contact
    name: 'chest cold that will not quit: "call your doctor\'s office or the nurse advice line at 1-800-…": referral fails',
    lines: [
      [0, 'p', 'Ive had a cough for 3 weeks, is that normal? where can I read about it'],
      [52, 'l', 'Hello, Peter here at the Ask Us chat of Fairfax County Public Library. I cannot give medical advice, but I can find reading. Is there a fever as well, or just the cough?'],
      [99, 'p', 'just cough'],
      [108, 'l', 'MedlinePlus has a page on chronic cough at medlineplus.gov/cough.html. Three weeks is long enough that you should call your doctor\'s office or the nurse advice line at 1-800-555-0188. Is that helpful?'],
      [166, 'p', 'yes. no more questions thanks'],
      [171, 'l', 'Feel better! Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // U5 farewell "Look after yourself!": "Chapter 3 is about how to look after yourself!" describes the book
    name: 'caregiver for a parent with dementia: the last provider message describes a chapter ("how to look after yourself!"): courteous fails',
    lines: [
      [0, 'p', 'my mom has dementia and im her only caregiver. any books that could help me'],
      [45, 'l', "Hi, you're chatting with Grace, a librarian at Pima County Public Library. Are you looking for practical day-to-day care, or for support for yourself as the caregiver?"],
      [97, 'p', 'both honestly'],
      [105, 'l', '"The 36-Hour Day" is the classic for day-to-day care (in our catalog, pima.gov/library, as a book and an eBook), and the Alzheimer\'s Association caregiver center is at alz.org/help-support/caregiving. Does this answer your question?'],
      [171, 'p', 'yes, thats everything'],
      [178, 'l', 'Chapter 3 of the book is about how to look after yourself!'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // U3 dismissalHard "that's enough for one session": an exercise session, nobody's chat time
    name: 'knee replacement rehab videos: "10 minutes of these is plenty, that\'s enough for one session" is about exercise: no dismissal',
    lines: [
      [0, 'p', 'had knee surgery 2 weeks ago, want some gentle exercise videos'],
      [31, 'l', 'Hello! This is Omar, librarian at Brooklyn Public Library. Did your physical therapist give you any limits, like no bending past 90 degrees?'],
      [88, 'p', 'no bending past 90 yes'],
      [96, 'l', 'The Arthritis Foundation\'s seated routines at arthritis.org/health-wellness/healthy-living/physical-activity stay within that. For the first week, 10 minutes of these is plenty, that\'s enough for one session. Does that help?'],
      [160, 'p', 'yes that is all I needed, thank you'],
      [166, 'l', "You're welcome, good luck with the recovery!"],
    ],
    exp: usual(),
  },
  // ---- transport ---------------------------------------------------------------------------------------------------
  {
    // U2 referralVerb: "You don't need to stop at the circulation desk" tells the patron not to go: no referral
    name: 'hold pickup after hours: "You don\'t need to stop at the circulation desk; the locker code is texted": no referral',
    lines: [
      [0, 'p', 'i work till 9, can i pick up my hold after the library closes? the bus gets me there at 9:40'],
      [47, 'l', 'Hi, Jamal here from Columbus Metropolitan Library. Which branch is your hold going to?'],
      [71, 'p', 'northern lights'],
      [79, 'l', "Northern Lights has 24/7 pickup lockers. Change the hold's pickup spot to \"Northern Lights Locker\" in My Account; the steps are at columbuslibrary.org/lockers. You don't need to stop at the circulation desk; the locker code is texted to you. Does that work for you?"],
      [141, 'p', 'perfect thats all'],
      [146, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // core check-in: "Are you still on the 14 bus?" asks where the patron is, not whether they are still in the chat
    name: 'bus connection: the patron goes quiet; "Are you still on the 14 bus?" is no check-in; a disconnect notice at 290 s invites back',
    lines: [
      [0, 'p', 'im on the 14 bus, how do i get to the va clinic from here'],
      [22, 'l', 'Hi, this is Lee at Sacramento Public Library. Which stop are you nearest to right now?'],
      [70, 'p', 'j st and 16th'],
      [80, 'l', 'Stay on the 14 to the 29th St stop, then take the 38 north to the Mather VA clinic; SacRT\'s trip planner is at sacrt.com/tripplanner. Does that help?'],
      [215, 'l', 'Are you still on the 14 bus? If so, the 29th St stop is in about 6 minutes.'],
      [370, 'l', "It looks like you've disconnected, so I'll close this chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: an app named alone is no source; "Token Transit" is an app too
    name: 'paying the bus fare by phone: "Download the Transit app and pay through Token Transit" names apps only: source fails',
    lines: [
      [0, 'p', 'can u pay the bus with ur phone here'],
      [26, 'l', 'Hey! Mia at Spokane Public Library here. Are you riding STA buses in Spokane?'],
      [49, 'p', 'yea'],
      [57, 'l', 'Yes, download the Transit app and pay through Token Transit inside it; you buy a pass and show the screen to the driver. Did that answer it?'],
      [103, 'p', 'ya thanks thats all'],
      [108, 'l', 'Have a good ride, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // core courteous: "Thanks to the new fare program" thanks nobody; "come back to the budget plan anytime" (utilities)
    // below is the other near miss
    name: 'free fares for students: the last two provider messages hold "Thanks to the new program" only: courteous fails',
    lines: [
      [0, 'p', 'is the bus free for high schoolers now? my daughter starts at Roosevelt'],
      [30, 'l', "Hello, I'm Tom, a librarian at Seattle Public Library. Is she a Seattle Public Schools student?"],
      [60, 'p', 'yes'],
      [68, 'l', 'Thanks to the new Youth Pass program, riders 18 and under ride free on King County Metro; details are at kingcounty.gov/metro/youth. Is that what you were looking for?'],
      [120, 'p', "yes that's everything"],
      [126, 'l', 'She just needs to tap the ORCA Youth card each time she rides.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- tech, public computers, rooms ---------------------------------------------------------------------------------
  {
    // U4 dismissalHard: "the session has reached its time limit" about a public PC's timer, the help goes on
    name: 'logged out of a library PC: "when the timer shows 0:00 the session has reached its time limit" explains the PC: no dismissal',
    lines: [
      [0, 'p', 'the computer just kicked me out in the middle of my job application!!'],
      [20, 'l', "Hi, this is Jo at the Sample County Library chat, I'm sorry! Are you on one of the first-floor computers?"],
      [44, 'p', 'yes #12'],
      [52, 'l', 'Those give 60 minutes a day; when the timer shows 0:00 the session has reached its time limit and logs out. You can book a second hour for today at samplecountylibrary.org/pcres. Does that help?'],
      [101, 'p', 'ok yes, thats all'],
      [106, 'l', 'Good luck with the application, bye!'],
    ],
    exp: usual(),
  },
  {
    // U1 selfAffiliation: "Were you speaking with the Workforce Center" in the greeting names whom the patron spoke to, not
    // who answers (v21 read it as the sign-on; fixed in v22 V1). Written after the first run, from the LEFT case below.
    name: 'training voucher: the first provider message "Hi there! Were you speaking with the Workforce Center…?" identifies nobody: greeting fails',
    lines: [
      [0, 'p', 'how do i get one of those training vouchers for CDL school'],
      [40, 'l', 'Hi there! Were you speaking with the Workforce Center about the WIOA voucher already?'],
      [82, 'p', 'no not yet'],
      [90, 'l', "They decide who gets the voucher. Call the Workforce Center (WorkSource Spokane) at 509-532-3120 to ask for an intake appointment; the program page is worksourcespokane.org/training. Is that what you needed?"],
      [150, 'p', 'yes thats it, no more questions'],
      [156, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },
  {
    // U2 completeness "did … let you renew it?": a question about the patron's old library, not about the steps given
    name: 'renewing e-books: after the steps "Did your old library let you renew it?" asks about the past: completeness fails',
    lines: [
      [0, 'p', 'my libby book expires tomorrow and theres no renew button'],
      [37, 'l', 'Hello, Ana here, librarian at Denver Public Library. Is someone else waiting for the book?'],
      [69, 'p', 'how would i know'],
      [80, 'l', 'If there is a waitlist, Libby hides Renew and shows "Place hold" 3 days before it expires instead; the steps are at help.libbyapp.com/renewing. Did your old library let you renew it?'],
      [130, 'p', 'yeah they did. ok thats all'],
      [135, 'l', 'Thanks for chatting, happy reading!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "If your phone disconnects, start a new chat" is a condition; "I'll close this one now" alone says nothing of
    // the patron seeming gone
    name: 'Medicaid renewal: the patron goes quiet; a check-in, then "If your phone disconnects, just start a new chat. I\'ll close this one now.": no disconnect notice',
    lines: [
      [0, 'p', 'how do i renew medicaid in virginia, got a letter'],
      [35, 'l', 'Hi! This is Sam with the Ask Us chat at Fairfax County Public Library. Does the letter say to renew online or by mail?'],
      [80, 'p', 'online i think'],
      [90, 'l', 'You can renew at commonhelp.virginia.gov, or call Cover Virginia at 855-242-8282 if the site gives you trouble. Does that answer your question?'],
      [230, 'l', 'Are you still with me?'],
      [400, 'l', "Thanks for contacting us! If your phone disconnects, just start a new chat. I'll close this one now."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', courteous: 'pass', referral: 'pass' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `referralVerb`: "…, or in person at" after apply / renew / register)
    name: 'reduced fare for seniors: "I have another patron waiting, so give me a few minutes and I\'ll be right back" then the answer: no dismissal',
    lines: [
      [0, 'p', 'Hello, I turn 65 next month. How do I get the senior bus pass in Portland?'],
      [35, 'l', 'Good morning, this is Helen at Multnomah County Library. Do you already have a Hop card?'],
      [74, 'p', 'No I pay cash'],
      [82, 'l', 'Thanks. I have another patron waiting, so give me a few minutes and I\'ll be right back with the steps.'],
      [190, 'l', 'Here we go: the Honored Citizen Hop card is free. Apply at myhopcard.com/honored-citizen with proof of age, or in person at the TriMet Ticket Office, 701 SW 6th Ave. Does that answer your question?'],
      [250, 'p', 'Yes it does. That is all I needed.'],
      [256, 'l', 'Wonderful, thank you for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

const ASK: Line[] = [
  [0, 'p', 'hi, my electric bill is way higher this month and I cant pay it all'],
  [25, 'l', 'Hello, this is Jo at Sample County Library. Is the account in your name, and which company is it?'],
  [60, 'p', 'yes, Riverside Power'],
];
const BYE: Line[] = [
  [150, 'p', 'ok that is all i needed'],
  [156, 'l', 'Thanks for chatting, bye!'],
];

export const short: SessionCase[] = [
  // ---- farewells -----------------------------------------------------------------------------------------------------
  {
    name: 'keeps catching: "Have a sweet evening!" is a goodbye: courteous passes',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget. Does that help?'], [120, 'p', 'ok thats all i needed'], [126, 'l', 'Have a sweet evening!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "have a sweet morning routine" describes the children, no goodbye
    name: 'near miss: "Kids who have a sweet morning routine…" as the last message: courteous fails',
    lines: [[0, 'p', 'books about getting toddlers to brush teeth?'], [20, 'l', 'Hi, Jo at Sample County Library. For what age?'], [50, 'p', '2'], [58, 'l', '"Brush, Brush, Brush!" by Alicia Padron is in the catalog at samplecountylibrary.org/catalog. Does that help?'], [90, 'p', 'yes thats all'], [96, 'l', 'Kids who have a sweet morning routine with a song tend to brush longer.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: "come back to the budget plan anytime" is the billing plan, not an invitation back to the service
    name: 'near miss: "you can come back to the budget plan anytime" as the last message: courteous fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget. Does that help?'], [120, 'p', 'ok thats all i needed'], [126, 'l', 'If budget billing does not suit you, you can come back to the standard plan anytime.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'keeps catching: "Look after yourself!" alone closes the chat: courteous passes',
    lines: [[0, 'p', 'where do i find caregiver support groups'], [20, 'l', 'Hi, Jo at Sample County Library. For which condition?'], [50, 'p', 'parkinsons'], [58, 'l', "The Parkinson's Foundation lists local groups at parkinson.org/resources-support. Is that what you needed?"], [90, 'p', 'yes thats all'], [96, 'l', 'Look after yourself!']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- greeting ------------------------------------------------------------------------------------------------------
  {
    name: 'keeps catching: "Hi, you\'re chatting with the Career Center at Mesa Public Library." greets and identifies',
    lines: [[0, 'p', 'resume help?'], [30, 'l', "Hi, you're chatting with the Career Center at Mesa Public Library."], [40, 'l', 'What kind of job are you applying for?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "I see you were speaking with the business center earlier" says whom the patron spoke to, not who answers
    name: 'near miss: "Hello! I see you were speaking with the business center earlier." then a question: greeting fails',
    lines: [[0, 'p', 'following up about the grant databases'], [30, 'l', 'Hello! I see you were speaking with the business center earlier.'], [40, 'l', 'Which grant database did they mention?']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- completeness --------------------------------------------------------------------------------------------------
  {
    // reading: "when you tried the laundromat wifi, did you get online ok?" asks about the patron's past attempt
    name: 'near miss: "When you tried the laundromat wifi last week, did you get online ok?" after the answer: completeness fails',
    lines: [[0, 'p', 'is there cheap internet for people on snap'], [25, 'l', 'Hi, Jo at Sample County Library. Which county do you live in?'], [50, 'p', 'sample county'], [58, 'l', "Comcast's Internet Essentials is $9.95 a month with SNAP; apply at internetessentials.com. When you tried the laundromat wifi last week, did you get online ok?"], [100, 'p', 'kind of. ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'keeps catching: after the router steps, "So did you get connected now?": completeness passes',
    lines: [[0, 'p', 'my library hotspot wont connect'], [25, 'l', 'Hi, Jo at Sample County Library. Are the lights on it blinking or solid?'], [50, 'p', 'blinking'], [58, 'l', 'Hold the power button 10 seconds to restart it; the hotspot guide is at samplecountylibrary.org/hotspot.'], [120, 'p', 'ok did that'], [126, 'l', 'So did you get connected now?'], [150, 'p', 'yes! thats all'], [156, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // U6 offerCommaU6 not reaching "does that work?": the clause before the comma offers a hold not yet placed
    name: 'near miss: "I can place a hold on it for you at the Eastgate branch, does that work?" is an offer: completeness fails',
    lines: [[0, 'p', 'do you have anything on the history of the streetcar here'], [20, 'l', 'Hi, Jo at Sample County Library. The city streetcar, or the interurban line?'], [50, 'p', 'city streetcar'], [58, 'l', '"Streetcars of Sample City" by R. Hale is in the catalog at samplecountylibrary.org/catalog/streetcars.'], [70, 'l', 'I can place a hold on it for you at the Eastgate branch, does that work?'], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'keeps catching: "The route 12 schedule is at ridetransit.example.org/12, does that work for you?": completeness passes',
    lines: [[0, 'p', 'when does the 12 bus run on sundays'], [20, 'l', 'Hi, Jo at Sample County Library. Route 12 Crosstown?'], [50, 'p', 'yes'], [58, 'l', 'It runs hourly on Sundays, 8am to 7pm. The route 12 schedule is at ridetransit.example.org/12, does that work for you?'], [100, 'p', 'yes thats all'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: the health near miss of a completeness question: "Did the nurse line help last time?" asks about the past
    name: 'near miss: "Did the nurse line help you last time you called?" after the answer asks about the past: completeness fails',
    lines: [[0, 'p', 'where can i read about shingles vaccine side effects'], [25, 'l', 'Hi, Jo at Sample County Library. For an adult over 50?'], [50, 'p', 'yes'], [58, 'l', 'The CDC page on the shingles vaccine lists them at cdc.gov/shingles/vaccines. Did the nurse line help you last time you called?'], [100, 'p', 'not really. ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  // ---- anything else / done ----------------------------------------------------------------------------------------
  {
    // reading: "thank you so much, thats it for the fare card, and whats the fare to the airport?" asks on
    name: 'near miss: "thank you so much, thats it for the fare card, and whats the fare to the airport?": anything-else fails',
    lines: [[0, 'p', 'how do i reload my fare card'], [20, 'l', 'Hi, Jo at Sample County Library. Online or at a machine?'], [50, 'p', 'online'], [58, 'l', 'Reload it at ridetransit.example.org/reload with the card number on the back. Does that help?'], [100, 'p', 'thank you so much, thats it for the fare card, and whats the fare to the airport?'], [110, 'l', 'The airport express is $5, listed at ridetransit.example.org/fares.'], [160, 'p', 'ok'], [166, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'keeps catching: "thanks so much, thats it" alone: anything-else passes',
    lines: [[0, 'p', 'how do i reload my fare card'], [20, 'l', 'Hi, Jo at Sample County Library. Online or at a machine?'], [50, 'p', 'online'], [58, 'l', 'Reload it at ridetransit.example.org/reload with the card number on the back. Does that help?'], [100, 'p', 'yes thanks so much, thats it'], [106, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- referrals -----------------------------------------------------------------------------------------------------
  {
    name: 'keeps catching: "Please stop at the circulation desk with your ID" refers the patron to the desk, no contact: referral fails',
    lines: [[0, 'p', 'my card expired, can i renew it online'], [20, 'l', 'Hi, Jo at Sample County Library. Do you still live in Sample County?'], [50, 'p', 'yes'], [58, 'l', 'An expired card cannot be renewed online. Please stop at the circulation desk with your ID and a piece of mail. Does that help?'], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: told NOT to see anyone: no referral
    name: 'near miss: "You won\'t have to see someone at the reference desk, the form is online" is no referral: referral na',
    lines: [[0, 'p', 'how do i get a proctor for my online class exam'], [20, 'l', 'Hi, Jo at Sample County Library. Is it a paper exam or online?'], [50, 'p', 'online'], [58, 'l', "You won't have to see someone at the reference desk, the proctoring request form is online at samplecountylibrary.org/proctor. Does that help?"], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // U3 partyQuestionU3 not reaching "whether": the map URL is the library's guide, not the agency's contact
    name: 'near miss: "Check with the transit agency whether the reduced fare card works on regional routes; the library\'s guide to regional routes…": referral fails',
    lines: [[0, 'p', 'does my reduced fare card work on the regional express'], [20, 'l', 'Hi, Jo at Sample County Library. Is it the RideLite card?'], [50, 'p', 'yes'], [58, 'l', "Check with the transit agency whether the reduced fare card works on regional routes; the library's guide to regional routes is at samplecountylibrary.org/guides/transit. Does that help?"], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'keeps catching: "Ask the utility company what payment plans it offers; the utility company\'s customer line is 1-800-555-0144": referral passes',
    lines: [...ASK, [70, 'l', "Ask the utility company what payment plans it offers; the utility company's customer line is 1-800-555-0144. Does that help?"], ...BYE],
    exp: some({ referral: 'pass' }),
  },
  {
    // U6 otherPartyContactU6 not reaching a semicolon: the landlord has no contact
    name: 'near miss: "Call your landlord first; the tenants union at 555-0199 can also advise.": referral fails',
    lines: [[0, 'p', 'my heat has been out 4 days in my apartment what can i do'], [20, 'l', 'Hi, Jo at Sample County Library. Is it a rental?'], [50, 'p', 'yes'], [58, 'l', "The state's renter guide covers heat at samplestate.gov/renters. Call your landlord first; the tenants union at 555-0199 can also advise. Does that help?"], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Apply by visiting the Housing Authority's website at …" points to a website to use: a source, no referral
    name: 'near miss: "Apply by visiting the Housing Authority\'s website at hca.example.gov/apply" is a website to use: referral na, source passes',
    lines: [[0, 'p', 'how do i apply for section 8'], [20, 'l', 'Hi, Jo at Sample County Library. Do you live in Sample County?'], [50, 'p', 'yes'], [58, 'l', "The waitlist is open until March 31. Apply by visiting the Housing Authority's website at hca.example.gov/apply. Does that help?"], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // U2 forThatPleaseU2: a politeness word before "see the guide": a guide to use, no referral
    name: 'near miss: "and for that please see the fare guide at ridetransit.example.org/fares" is a source: referral na',
    lines: [[0, 'p', 'can my kid ride the bus free'], [20, 'l', 'Hi, Jo at Sample County Library. How old is your child?'], [50, 'p', '5'], [58, 'l', 'Under 6 ride free with a paying adult, and for that please see the fare guide at ridetransit.example.org/fares. Does that help?'], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- dismissals ----------------------------------------------------------------------------------------------------
  {
    name: 'keeps catching: "You have asked quite a lot today, that\'s enough for one chat." dismisses: no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and what about the water bill, and can u also find my old gas bills'], [110, 'l', "You have asked quite a lot today, that's enough for one chat."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // U7 dismissalHard: "we're going over the 30 minute limit, so I'll add…" is the room booking, the help goes on
    name: 'near miss: study room "we\'re going over the 30 minute limit, so I\'ll add another half hour to your booking": no dismissal',
    lines: [[0, 'p', 'can i keep the study room longer? we booked 1 to 1:30 and arent done'], [20, 'l', 'Hi, Jo at Sample County Library. Which room are you in?'], [50, 'p', 'room 3'], [58, 'l', "No one has it after you, so we're going over the 30 minute limit, so I'll add another half hour to your booking. Your booking is in My Account at samplecountylibrary.org/rooms. Does that help?"], [100, 'p', 'yes thx thats all'], [106, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'keeps catching: "We\'ve gone past our 20 minute limit, so I\'m closing the chat now." with no way back: no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and what about the water bill'], [110, 'l', "We've gone past our 20 minute limit, so I'm closing the chat now."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: a condition about the scanner queue, no end to the help
    name: 'near miss: "if there\'s another patron waiting, please keep it to 15 minutes" (the scanner) as the last answer: no dismissal',
    lines: [[0, 'p', 'can i use the scanner to scan my medical records'], [20, 'l', 'Hi, Jo at Sample County Library. How many pages?'], [50, 'p', 'like 60'], [58, 'l', "Sure, the scanner on the 2nd floor is free; the how-to sheet is at samplecountylibrary.org/scan. It's first come first served, so if there's another patron waiting, please keep it to 15 minutes. Does that help?"], [100, 'p', 'ok'], [106, 'l', 'Anything else I can help with?'], [120, 'p', 'no'], [126, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  {
    // reading: the grace period's time, not the chat's
    name: 'near miss: "after 60 days your time is up to dispute the charge, so file by March 3" is about the dispute: no dismissal',
    lines: [...ASK, [70, 'l', 'The state utility commission takes billing complaints at puc.samplestate.gov/complaints; after 60 days your time is up to dispute the charge, so file by March 3. Does that help?'], ...BYE],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- follow-ups ----------------------------------------------------------------------------------------------------
  {
    // U2 notPromise: the portal's e-mail, then the provider's own promise: a follow-up session coded Answered
    name: 'near miss: "the portal will email you a reset link, and I\'ll also email you the rate history by Thursday" coded Answered: resolution.code fails',
    lines: [...ASK, [70, 'l', "The portal will email you a reset link so you can see past bills, and I'll also email you the rate history by Thursday. What's your email?"], [100, 'p', 'kim.r@example.org'], [110, 'l', 'Got it, kim.r@example.org.'], ...BYE],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: 'keeps the U2 reading: "the portal will email you a reset link within a few minutes" alone is no promise: follow-up na',
    lines: [...ASK, [70, 'l', 'Log in at riversidepower.example.com; if you forgot the password the portal will email you a reset link within a few minutes. Does that help?'], ...BYE],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // core: a promise with no when ("once the clinic replies")
    name: 'near miss: "I\'ll email you the clinic list once the health department replies" (no when): followup.contact fails',
    lines: [[0, 'p', 'where can i get a free std test'], [20, 'l', 'Hi, Jo at Sample County Library. Are you under 25?'], [50, 'p', 'yes, email is lj22@example.com'], [58, 'l', "I'll email you the clinic list at lj22@example.com once the health department replies. Meanwhile, gettested.cdc.gov lists free sites by zip code."], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  // ---- timing --------------------------------------------------------------------------------------------------------
  // ---- V1's changes (rubric v22) and the cases they must still catch ----------------------------------------------------
  {
    name: 'keeps catching: "Have a sweet weekend!" after the answer: courteous passes',
    lines: [[0, 'p', 'is the 40 bus running on the holiday'], [20, 'l', 'Hi, Jo at Sample County Library. Monday the 19th?'], [50, 'p', 'yes'], [58, 'l', 'It runs a Sunday schedule that day: ridetransit.example.org/holidays. Does that help?'], [90, 'p', 'yes thats all'], [96, 'l', 'Have a sweet weekend!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'keeps catching: "Is there anything else you need help with on the bill?": anything-else passes',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget. Does that help?'], [120, 'p', 'yes'], [126, 'l', 'Is there anything else you need help with on the bill?'], [150, 'p', 'no'], [156, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'keeps catching: "Feel free to come back to the chat anytime!" closes: courteous passes',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget. Does that help?'], [120, 'p', 'ok thats all i needed'], [126, 'l', 'Feel free to come back to the chat anytime!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'keeps catching: "Hi! You\'re now connected with the Business Center at Queens Public Library." greets and identifies',
    lines: [[0, 'p', 'need a business plan template'], [30, 'l', "Hi! You're now connected with the Business Center at Queens Public Library."], [40, 'l', 'What kind of business is it?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'keeps catching: a bare "Did you get online ok?" after the steps: completeness passes',
    lines: [[0, 'p', 'the library wifi wont let me on'], [25, 'l', 'Hi, Jo at Sample County Library. Are you on a phone or a laptop?'], [50, 'p', 'phone'], [58, 'l', 'Choose "Library-Guest" and accept the terms page that opens; the steps are at samplecountylibrary.org/wifi.'], [120, 'p', 'ok'], [126, 'l', 'Did you get online ok?'], [150, 'p', 'yes thats all'], [156, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'keeps catching: "Did the reservation page let you book it?": completeness passes',
    lines: [[0, 'p', 'how do i book a study room'], [25, 'l', 'Hi, Jo at Sample County Library. Which branch?'], [50, 'p', 'main'], [58, 'l', 'Rooms at Main are booked at samplecountylibrary.org/rooms, up to a week ahead.'], [120, 'p', 'ok trying'], [126, 'l', 'Did the reservation page let you book it?'], [150, 'p', 'yes thats all'], [156, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'keeps catching: "Did the MedlinePlus page help?": completeness passes',
    lines: [[0, 'p', 'where can i read about shingles vaccine side effects'], [25, 'l', 'Hi, Jo at Sample County Library. For an adult over 50?'], [50, 'p', 'yes'], [58, 'l', 'MedlinePlus covers them at medlineplus.gov/shingles.html. Did the MedlinePlus page help?'], [100, 'p', 'yes. ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'keeps catching: "You\'ve asked a lot of questions, that\'s enough for one session.": no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and the water bill? and the gas one?'], [110, 'l', "You've asked a lot of questions, that's enough for one session."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'keeps catching: "This chat session has reached its time limit and will now be closed.": no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and the water bill?'], [110, 'l', 'This chat session has reached its time limit and will now be closed.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'keeps catching: "Sorry, we have to keep it to 10 minutes, so I\'m ending this chat.": no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and the water bill?'], [110, 'l', "Sorry, we have to keep it to 10 minutes, so I'm ending this chat."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'keeps catching: "Sorry, your time is up, I have to end the chat now.": no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and the water bill?'], [110, 'l', 'Sorry, your time is up, I have to end the chat now.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'keeps catching: "I have another patron waiting, so I will let you go now. Take care!": no_dismissal fails',
    lines: [...ASK, [70, 'l', 'Riverside Power has a budget billing plan at riversidepower.example.com/budget.'], [100, 'p', 'and the water bill?'], [110, 'l', 'I have another patron waiting, so I will let you go now. Take care!']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'keeps catching: "Call your doctor\'s office at 410-555-0100 or the nurse advice line at 1-800-555-0188": referral passes',
    lines: [[0, 'p', 'where can i read about a cough that wont go away'], [20, 'l', 'Hi, Jo at Sample County Library. How long has it lasted?'], [50, 'p', '3 weeks'], [58, 'l', "MedlinePlus covers it at medlineplus.gov/cough.html. Call your doctor's office at 410-555-0100 or the nurse advice line at 1-800-555-0188. Does that help?"], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'keeps catching: "Check with the transit agency whether …; the transit agency\'s customer line is 1-800-555-0123": referral passes',
    lines: [[0, 'p', 'does my reduced fare card work on the regional express'], [20, 'l', 'Hi, Jo at Sample County Library. Is it the RideLite card?'], [50, 'p', 'yes'], [58, 'l', "Check with the transit agency whether the reduced fare card works on regional routes; the transit agency's customer line is 1-800-555-0123. Does that help?"], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // guard for `resourceClauseV1`, as the seventeenth round reads "Email the registrar; the form is at …": a resource not the
    // library's own, after ";", may be the party's way to be reached (found by the whole suite after the first version)
    name: 'keeps v13\'s reading: "Write to the county clerk; the request form is at clerk.samplecounty.gov/records": referral passes',
    lines: [[0, 'p', 'how do i get a copy of my marriage certificate'], [20, 'l', 'Hi, Jo at Sample County Library. Were you married in Sample County?'], [50, 'p', 'yes'], [58, 'l', 'Write to the county clerk; the request form is at clerk.samplecounty.gov/records. Does that help?'], [100, 'p', 'ok thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // core hold: "Sure, take a minute to find your meter number" is no hold; the patron answers 4 minutes later
    name: 'near miss: "Sure, take a minute to find the meter number" and the patron answers 230 s later: informed passes',
    lines: [[0, 'p', 'i think my meter is being read wrong'], [20, 'l', 'Hi, Jo at Sample County Library. Sure, take a minute to find the meter number on your bill.'], [250, 'p', 'found it, 4471-22'], [262, 'l', 'Meter readings are checked by the utility; their meter page is at riversidepower.example.com/meters. Does that help?'], [300, 'p', 'ok thats all'], [306, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // core hold span: a hold at 20 s, the answer at 145 s: 125 s waiting on the provider
    name: 'a hold "checking the bus map" at 20 s and the answer at 145 s (125 s): informed fails',
    lines: [[0, 'p', 'which bus goes to the county hospital'], [20, 'l', 'Hi, Jo at Sample County Library. One moment, checking the bus map.'], [145, 'l', 'The 9 and the 31 both stop at the hospital; the map is at ridetransit.example.org/map. Does that help?'], [180, 'p', 'ok thats all'], [186, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'pickup at 61 s: pickup fails',
    lines: [[0, 'p', 'do you have books in large print about heart health'], [61, 'l', 'Hi, Jo at Sample County Library. For yourself?'], [90, 'p', 'yes'], [100, 'l', '"The Heart Healthy Cookbook" large print is in the catalog at samplecountylibrary.org/catalog. Does that help?'], [140, 'p', 'ok thats all'], [146, 'l', 'Bye!']],
    exp: some({ pickup: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: the scorer reads "Have you tried talking to the Workforce Center …?" as a referral (a fair reading: it points the
    // patron to the center) and finds no contact for it, but the same center's phone comes in the provider's next message,
    // after the patron's reply; RUBRIC.md asks only that the party "comes with a way to reach them". Linking a contact
    // across the patron's reply would widen `contactNext`, outside this narrowings-only round. (First run: the second
    // message named only "WorkSource Spokane"; it now names the Workforce Center too, and still fails.) The greeting,
    // the case's point, scores as labelled; the variant in `whole` asks "Were you speaking with…" instead.
    // v23 (X3): still left: linking a contact across the patron's reply widens `contactNext` for every referral; whether
    // "Have you tried talking to …?" refers at all is the open question
    name: 'LEFT (referral: a contact after the patron\'s reply) training voucher: the first provider message "Hi there! Have you tried talking to the Workforce Center…?" identifies nobody: greeting fails',
    lines: [
      [0, 'p', 'how do i get one of those training vouchers for CDL school'],
      [40, 'l', 'Hi there! Have you tried talking to the Workforce Center about the WIOA voucher yet?'],
      [82, 'p', 'no not yet'],
      [90, 'l', "They decide who gets the voucher. Call the Workforce Center (WorkSource Spokane) at 509-532-3120 to ask for an intake appointment; the program page is worksourcespokane.org/training. Is that what you needed?"],
      [150, 'p', 'yes thats it, no more questions'],
      [156, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },
];

describe('twenty-first round (V1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V1): last round\'s widenings, every check', whole);
describeSessions('twenty-first round (V1): last round\'s widenings, short cases', short);

describeLeft('twenty-first-round-widenings', LEFT);
