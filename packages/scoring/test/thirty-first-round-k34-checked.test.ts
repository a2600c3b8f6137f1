/**
 * Thirty-first round, block L2: the v31 settings and phrase changes of blocks K3 (older adults and their carers) and K4
 * (job seekers) checked for false readings: near misses that share a setting's words or shape but are NOT its
 * behaviour, and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a wish clause ("If you want to talk to someone, …") is no referral of its own; the library's own number or e-mail given
 *   as a way back ("…, or email us at …", "…; our number is …") is not a contact of the party the main clause names;
 * - a domain in a provider's question that offers the site to use ("Can you type the ssa.gov address into your browser?",
 *   "Have you tried the gov.uk address for …?") is a source (a URL or domain given), as a statement would be;
 * - "I'd assume you were disconnected from the Wi-Fi / by the Medicare site", "… disconnected last week" say nothing about
 *   this chat: no disconnect notice, even beside "I'll close this chat now";
 * - a résumé's line named or placed after "call" ("call the summary line your pitch") is no one to call;
 * - a booking already made ("make sure your session with our career coach is on the calendar", "make changes to your
 *   appointment with …") is no referral;
 * - "call the hiring manager by name", "ask the interviewer about training", "ask a friend", "visit the job fair" contact no
 *   agency, office, library or specialist: no referral.
 * Written: 56 cases (45 near misses, 11 of the settings' behaviour in new words): 51 run + 5 in LEFT. First run (44 cases):
 * 20 failed, none my label (0 corrected): 15 were v31 readings, 5 older (LEFT, v30 reads them the same). A second batch of 12
 * after the first narrowings: 5 failed, all v31 readings. Narrowed in v32 (each of the 20 read right with v30, wrong with v31):
 *  - `wishClauseNarrowL2` (checks/referral.ts `clauseParties`, classify.ts `wishMainContactL2`): the wish is read as the main
 *    clause's party only when the main clause has its own contact before a way back to the library: "If you want to talk to
 *    someone, call the Area Agency on Aging, or email us at ask@sample.org", "if u want to talk to someone, call ur local senior
 *    center or text us at …", "…, call the senior center; our number is …", "…, call your doctor's office, and you can reach me
 *    at …" now fail [still pass: "…, call the Eldercare Locator at 1-800-677-1116", "…, call the Alzheimer's Association
 *    Helpline at 1-800-272-3900, or email me if you need more"];
 *  - `askedDomainNarrowL2` (classify.ts `askedFromL2`): the domain is asked about only when the question says it is where
 *    something came from ("from an amazon.com …", "the sender", "a paypal.com email address"): "Can you type the ssa.gov
 *    address straight into your browser?", "can u just go to the medicare.gov address instead?", "Have you tried the gov.uk
 *    address for …?", "You can please enter the irs.gov address in the browser, yes?", "Would bookmarking the medicare.gov
 *    address help …?" give a source again;
 *  - seemGone (phrasesV32L2, a swap of K3's alternative): not followed by "from / by / off" (other than "from the chat /
 *    session") or "last / yesterday / earlier / before …": "I'd assume you were disconnected from the Wi-Fi", "… by the
 *    Medicare site", "… from the internet", "I'll assume we were disconnected last week" are no notice [still: "I'll figure we
 *    were disconnected and close this chat", "I'll assume you were disconnected from the chat, so I'm ending this session"];
 *  - `callLineNarrowL2` (classify.ts `namingLineL2`): not a line placed or named after "call": "I'd call the summary line your
 *    pitch", "Call the line under your name 'Summary'", "I'd call the objective line optional";
 *  - `bookStaffNarrowL2` (classify.ts `MAKE_SURE_L2`): not "Just make sure your session with our career coach is on the
 *    calendar at …", "Please make changes to your appointment with our career coach at …";
 *  - `helpToNarrowL2` (checks/referral.ts, classify.ts `callByNameL2`): K4's "it might help to" does not make "call the hiring
 *    manager by name" or "visit the job fair at the Central branch" a referral.
 * The behaviour cases of both blocks' files (test/thirtieth-round-elders.test.ts, test/thirtieth-round-jobs.test.ts) still
 * pass. v31's fingerprint is unchanged; v32's is 2e13173357ff18a7 with L2's changes alone.
 * NOTE (rubric v73, block AM): the Age UK case runs now (AM1 reads "ring Age UK, or ring us back on 0113 …" as two parties, Age
 *   UK with no way): 52 run, 4 in LEFT.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A question, the provider's greeting with a clarifying question, the patron's answer. */
/** A first provider message that greets and is the question under test, then the answer that gives (or not) a source. */
const asked = (q: string, first: string, answer: string): Line[] => [[0, 'p', q], [20, 'l', first], [60, 'p', 'ok'], [70, 'l', answer], ...BYE];
/** An answered question, then `text` alone in the final idle (the session ends 60 s after it, 260 s of idle). */
const idle = (text: string): Line[] => [...OPEN('how do i make the letters bigger on my tablet'), L('The steps are at support.google.com/android/answer/11613553. Let me know if it works.'), [270, 'l', text]];
/** A greeting test: the first two provider messages, then an answer. */
const greet = (first: string, second: string): Line[] => [[0, 'p', 'how do i reopen my unemployment claim'], [18, 'l', first], [22, 'l', second], [45, 'p', 'yes'], [60, 'l', 'The steps are at labor.maryland.gov/employment/clmtguide. Does that cover it?'], [90, 'p', 'ok'], [95, 'l', 'Bye.']];

export const checked: SessionCase[] = [
  // ---- wishClauseK3 ----
  { name: 'wishClauseK3 near miss: "If you want to talk to someone, call the Area Agency on Aging, or email us at ask@sample.org" (the library\'s e-mail): referral fails', lines: one('my mom needs help at home', 'If you want to talk to someone, call the Area Agency on Aging, or email us at ask@sample.org with more questions. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'wishClauseK3 near miss: chat-speak "if u want to talk to someone, call ur local senior center or text us at 410-555-0100" : referral fails', lines: one('where can my grandma play cards', 'if u want to talk to someone, call ur local senior center or text us at 410-555-0100 anytime. does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'wishClauseK3 near miss: "If you want to read more, see medicare.gov/basics" (a source only): referral na', lines: one('what is medicare part b', 'If you want to read more about it, see medicare.gov/basics or look at the guide on our Medicare page. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'wishClauseK3 near miss: non-native "If you want to speak with someone, visit the senior center, and our own number is 410-555-0100" : referral fails', lines: one('where i can find help for my father', 'If you want to speak with someone, please visit the senior center near you, and our library number is 410-555-0100 for more help. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'wishClauseK3 behaviour: "If you need to speak with someone tonight, call the Eldercare Locator at 1-800-677-1116." : referral passes', lines: one('my dad keeps wandering at night what do i do', 'If you need to speak with someone tonight, call the Eldercare Locator at 1-800-677-1116. Does that help?'), exp: some({ referral: 'pass' }) },

  { name: 'wishClauseK3 near miss: "If you want to talk to someone, call the senior center; our number is 410-555-0100 if you need us" : referral fails', lines: one('my mother is lonely since dad died', "If you want to talk to someone, call the senior center; our number is 410-555-0100 if you need us again. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'wishClauseK3 near miss: "If you\'d like to talk with someone, call your doctor\'s office, and you can reach me at 410-555-0100" : referral fails', lines: one('my husband is forgetting things', "If you'd like to talk with someone, call your doctor's office, and you can reach me at 410-555-0100 after that. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'wishClauseK3 behaviour: "If you want to talk to someone, call the Alzheimer\'s Association Helpline at 1-800-272-3900, or email me" : referral passes', lines: one('my husband is forgetting things', "If you want to talk to someone, call the Alzheimer's Association Helpline at 1-800-272-3900, or email me if you need more. Does that help?"), exp: some({ referral: 'pass' }) },

  // ---- askedDomainK3 ----
  { name: 'askedDomainK3 near miss: "Can you type the ssa.gov address straight into your browser?" (a site to use): source passes', lines: asked('the link in my email for social security doesnt work', "Hi, I'm Jo, a librarian at Ask Us. Can you type the ssa.gov address straight into your browser instead of clicking the link?", 'Good. Anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 near miss: chat-speak "can u just go to the medicare.gov address instead?" : source passes', lines: asked('the medicare link wont open', 'hi! Sam here at the library chat. can u just go to the medicare.gov address instead?', 'great. anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 near miss: British "Have you tried the gov.uk address for the State Pension forecast?" : source passes', lines: asked('how do i check my pension', "Hello, Gemma at Leeds Libraries' Ask a Librarian. Have you tried the gov.uk address for the State Pension forecast?", 'Lovely. Anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 near miss: non-native "You can please enter the irs.gov address in the browser, yes?" : source passes', lines: asked('where i get the tax form for my mother', 'Hello, I am Ana, librarian at Ask Us. You can please enter the irs.gov address in the browser, yes?', 'Good. Anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 near miss: "Would bookmarking the medicare.gov address help you find it again next time?" : source passes', lines: asked('i keep losing the medicare page', "Hi, I'm Jo, a librarian at Ask Us. Would bookmarking the medicare.gov address help you find it again next time?", 'Good. Anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 behaviour: "Was the sender a medicare.gov address, or a gmail one?" then the page: clarify passes', lines: asked('i got an email saying my medicare card is cancelled', "Hi, I'm Jo, a librarian at Ask Us. Was the sender a medicare.gov address, or a gmail one?", "Then it's a scam: Medicare explains it at medicare.gov/basics/reporting-medicare-fraud-and-abuse. Does that help?"), exp: some({ clarify: 'pass', source: 'pass' }) },

  { name: 'askedDomainK3 near miss: "Have you tried the ssa.gov address from the letter they sent you?" : source passes', lines: asked('i cant log in to social security', "Hi, I'm Jo, a librarian at Ask Us. Have you tried the ssa.gov address from the letter they sent you?", 'Good. Anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 near miss: "Could you go to the medicare.gov address, not the link from the e-mail?" : source passes', lines: asked('the link in the medicare email is broken', "Hi, I'm Jo, a librarian at Ask Us. Could you go to the medicare.gov address directly, not the link from the e-mail?", 'Good. Anything else?'), exp: some({ source: 'pass' }) },
  { name: 'askedDomainK3 behaviour: "did it come from a paypal.com email address?" then the page: clarify passes', lines: asked('paypal says my account is frozen??', 'hi, Sam at the library chat! did it come from a paypal.com email address?', "Real PayPal messages explain it at paypal.com/us/security/learn-about-fake-messages. Does that help?"), exp: some({ clarify: 'pass', source: 'pass' }) },

  // ---- seemGone (phrasesV31K3) ----
  { name: 'seemGone near miss: "If the page went blank, I\'d assume you were disconnected from the Wi-Fi. I\'ll close this chat now." : no notice', lines: idle("If the page went blank, I'd assume you were disconnected from the Wi-Fi; try turning it off and on. I'll close this chat now."), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: 'seemGone near miss: "I\'ll assume you were disconnected by the Medicare site, it logs you out after 15 minutes. Closing this chat now." : no notice', lines: idle("If it asked you to sign in again, I'll assume you were disconnected by the Medicare site; it logs you out after 15 minutes. Closing this chat now."), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: 'seemGone near miss: "I\'ll assume we were disconnected last week because of the storm. I\'m closing this chat now." : no notice', lines: idle("About your earlier question, I'll assume we were disconnected last week because of the storm. I'm closing this chat now."), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: 'seemGone near miss: "I\'d assume you were disconnected from the internet when the video stopped. This chat will close soon." : no notice', lines: idle("When the video stopped, I'd assume you were disconnected from the internet for a moment. This chat will close soon."), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: 'seemGone near miss: "I\'ll assume we were talking about the large-print edition. I\'ll close this chat now." : no notice', lines: idle("I'll assume we were talking about the large-print edition. I'll close this chat now."), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'fail' }) },
  { name: 'seemGone behaviour: "Since I haven\'t heard back, I\'ll figure we were disconnected and close this chat." : notice passes', lines: idle("Since I haven't heard back, I'll figure we were disconnected and close this chat. Come back anytime!"), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'pass' }) },

  { name: 'seemGone behaviour: "I\'ll assume you were disconnected from the chat, so I\'m ending this session." : notice passes', lines: idle("I'll assume you were disconnected from the chat, so I'm ending this session. Come back anytime!"), over: { endAfter: 60 }, exp: some({ idle: 'fail', disconnect: 'pass' }) },

  // ---- callLineK4 ----
  { name: 'callLineK4 near miss: "I\'d call the summary line your pitch" (naming a résumé line): referral na', lines: one('how do i start my resume', "Start with a two-line summary; I'd call the summary line your pitch. Templates are in LearningExpress at sample.org/databases. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'callLineK4 near miss: "Call the line under your name \'Summary\'" (a heading): referral na', lines: one('what goes under my name on a resume', "Call the line under your name 'Summary' and keep it to two sentences; samples are at sample.org/resumes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'callLineK4 near miss: "Recruiters call the line at the top a headline" : referral na', lines: one('what is a resume headline', 'Recruiters call the line at the top a headline: a short title like "Forklift Operator, 10 years". Examples are at sample.org/resumes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'callLineK4 near miss: British "ring me on the chat line again tomorrow" (the library): referral na', lines: one('can i get help with my cv', 'Yes, the CV guide is at sample.gov.uk/cv; ring me on the chat line again tomorrow if you get stuck. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'callLineK4 near miss: "Hold the line when you call us back; the phone line was busy earlier" : referral na', lines: one('i couldnt get through to you earlier', 'Sorry, the phone line was busy earlier; the claims steps are at labor.maryland.gov/employment/clmtguide. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'callLineK4 behaviour: "phone the state\'s reemployment help line at 1-877-293-4125" : referral passes', lines: one('my claim is stuck pending', "Phone the state's reemployment help line at 1-877-293-4125 and have your claim ID ready. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'callLineK4 behaviour: "call the claims line" with no number: referral fails', lines: one('my claim is stuck pending', 'The status page is at beacon.labor.maryland.gov; if it still says pending, call their claims line. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },

  { name: 'callLineK4 near miss: "I\'d call the objective line optional these days" : referral na', lines: one('do i need an objective on my resume', "I'd call the objective line optional these days; a summary works better. Samples are at sample.org/resumes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- bookStaffK4 ----
  { name: 'bookStaffK4 near miss: "Just make sure your session with our career coach is on the calendar at sample.org/mycal" (already booked): referral na', lines: one('did my appointment go through', 'Just make sure your session with our career coach is on the calendar at sample.org/mycal before Friday. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookStaffK4 near miss: "You could make a practice interview with a friend, using the questions at sample.org/interview" : referral na', lines: one('how do i practice for an interview', 'You could make a practice interview with a friend a habit, using the questions at sample.org/interview. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookStaffK4 near miss: British "The coaches book a session with our staff for you; the list is at sample.gov.uk/jobs" : referral na', lines: one('can i get help with my cv', 'The Job Club coaches will book a session with our staff for you; the times are at sample.gov.uk/jobs. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookStaffK4 behaviour: "Please reserve a one-on-one with our job navigators at sample.org/navigate" : referral passes', lines: one('i need help finding work', 'Please reserve a consultation with our job navigators at sample.org/navigate; they meet at the Central branch. Does that help?'), exp: some({ referral: 'pass' }) },

  { name: 'bookStaffK4 near miss: "Please make changes to your appointment with our career coach at sample.org/myaccount" : referral na', lines: one('i cant make my appointment tuesday', 'Please make changes to your appointment with our career coach at sample.org/myaccount, under Bookings. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- askUsNameK4 ----
  { name: 'askUsNameK4 near miss: "Hi! For that, a librarian at your branch can help: just Ask Us at the desk." (no one answering named): greeting fails', lines: greet('Hi! For that, a librarian at your branch can help: just Ask Us at the desk.', 'Have you filed before?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsNameK4 near miss: "Hello! Questions about fines, Ask Us at the front desk." (an imperative): greeting fails', lines: greet('Hello! Questions about fines go to the front desk, so Ask Us there.', 'Is it a Maryland claim?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsNameK4 near miss: "Hi! Your career center staff know this; Ask Us in person tomorrow." : greeting fails', lines: greet('Hi! Your career center staff know this best; Ask Us in person tomorrow.', 'Is it a Maryland claim?'), exp: some({ greeting: 'fail' }) },
  { name: 'askUsNameK4 behaviour: "Hello, Dana, jobs librarian, Ask Us chat." : greeting passes', lines: greet('Hello, Dana, jobs librarian, Ask Us chat.', 'Is it a Maryland claim?'), exp: some({ greeting: 'pass' }) },

  { name: 'askUsNameK4 near miss: "Hi! I\'m not staff here, so please Ask Us at the desk." : greeting fails', lines: greet("Hi! Sorry, this chat can't see accounts, so please Ask Us at the desk.", 'Is it a Maryland claim?'), exp: some({ greeting: 'fail' }) },

  // ---- referralActor (phrasesV31K4) ----
  { name: 'referralActor near miss: "It might help to ask yourself which tasks you liked most." : referral na', lines: one('how do i write a summary for my resume', 'It might help to ask yourself which tasks you liked most. Summary examples are at sample.org/resumes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor near miss: "It may help to ask a friend to read it over." : referral na', lines: one('is my cover letter ok', 'It may help to ask a friend to read it over; the checklist is at sample.org/coverletters. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor near miss: "It might help to call the hiring manager by name in the letter." : referral na', lines: one('how do i start a cover letter', "It might help to call the hiring manager by name in the letter; examples are at sample.org/coverletters. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor near miss: "It could help to talk it through with me first" : referral na', lines: one('i dont know what job to look for', 'It could help to talk it through with me first; the interest quiz is at careeronestop.org/toolkit. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor near miss: chat-speak "it might help to know wat the interviewer will ask u" : referral na', lines: one('i have an interview friday', 'it might help to know what the interviewer will ask u, theres a list at sample.org/interview. did that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor near miss: "It may help to look at the posting before the recruiter calls you back" : referral na', lines: one('a recruiter left me a message', 'It may help to look at the posting again before the recruiter calls you back; tips are at sample.org/interview. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor behaviour: British "It might help to ring the National Careers Service on 0800 100 900" : referral passes', lines: one('i dont know what job to look for', 'It might help to ring the National Careers Service on 0800 100 900 for a chat with an adviser. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referralActor near miss: "It might help to visit the job fair at the Central branch on Saturday" (an event): referral na', lines: one('where can i meet employers', 'It might help to visit the job fair at the Central branch on Saturday; the list of employers is at sample.org/jobfair. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralActor near miss: "It may help to ask the interviewer about training at the end of the interview" : referral na', lines: one('what do i ask at the end of an interview', 'It may help to ask the interviewer about training at the end of the interview; more questions are at sample.org/interview. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // (LEFT until v73) "ring Age UK, or ring us back on 0113 …": v73 AM1 reads "Age UK" after "ring" as a party of its own, with no way
  { name: 'wishClauseK3 near miss: British "If you\'d like to speak to someone, ring Age UK, or ring us back on 0113 555 0100" : referral fails', lines: one('my dad needs help with his pension', "If you'd like to speak to someone, ring Age UK, or ring us back on 0113 555 0100 any weekday. Does that help?"), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong for reasons older than v31 (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "If you want to talk to someone now, I'm here" is read as a referral that passes (an older reading: v30 reads it the same; one verb, so wishClauseK3 is not reached)
  { name: 'wishClauseK3 near miss: "If you want to talk to someone now, I\'m here; the Medicare guide is at medicare.gov/publications" (the provider): referral na', lines: one('i dont understand medigap', "If you want to talk to someone now, I'm here; the guide is at medicare.gov/publications/02110. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: "call the line with your skills 'Core Skills'" is read as a referral (an older reading: v30 reads the same, before callLineK4)
  { name: 'callLineK4 near miss: "You could call the line with your skills \'Core Skills\'" (non-native, a heading): referral na', lines: one('how i write skills on resume', "You could call the line with your skills 'Core Skills', then list them; see sample.org/resumes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: a database's live tutor booked at its page is read as a referral (v15 O4 `bookRoleO4`, older than v31: v30 reads the same)
  { name: 'bookStaffK4 near miss: "You can schedule a session with a live tutor in Brainfuse JobNow at sample.org/jobnow" (the database\'s tutors): referral na', lines: one('can someone look at my resume', 'You can schedule a session with a live tutor in Brainfuse JobNow at sample.org/jobnow; they review résumés online. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: a database's expert booked at its page is read as a referral (v15 O4 `bookRoleO4`, older than v31: v30 reads the same)
  { name: 'bookStaffK4 near miss: chat-speak "u can book a 1:1 session with a JobNow expert at sample.org/jobnow" (the database\'s coaches): referral na', lines: one('can someone check my cover letter', 'u can book a session with a JobNow expert at sample.org/jobnow, its free w your card. did that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

describeSessions('thirty-first round (L2): the K3 and K4 settings checked', checked);

describeLeft('thirty-first-round-k34-checked', LEFT);
