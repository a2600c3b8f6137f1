/**
 * Twenty-ninth round, second wave (G1): the v30 changes of blocks F1 (tax season, government forms) and F2 (library
 * accounts) checked for false readings, narrowings only. The changes checked:
 *   F1 `byMeansYouF1` (referral.contact): "you can order the form by ringing the ATO's ordering line on …" refers;
 *   F1 `referralCanHelp` plus (a): an elided "X can" after the provider's "can't advise / help / give …" in the sentence;
 *   F1 `referralCanHelp` plus (b): "X can check / look it up for you at <contact>" (or ": <number>", "if you call …");
 *   F2 `dismissalHard` swap: "you've reached the limit" after renewals / holds / items / passes / prints is the loan's;
 *   F2 `localNumberF2`: "call Northside at 555-0134" (a name, then a local seven-digit number) refers with a contact.
 *
 * Each case is a short session, the checks in question labelled from RUBRIC.md before the scorer ran. Readings taken:
 * - a shelf, a call number's place or a catalogue is no person or organisation: "visit the shelves at 364.1523" is no
 *   referral; the provider's own branch ("ask Northside for it") is a department the patron is told to visit: a referral;
 * - a publication, guide, tool or app that "can" explain or check something is a source, not a party (Terms: Referral);
 * - a colleague who "can look it up for you at 3" and whose answer the provider passes on is consulted on the patron's
 *   behalf: no referral; "no one at the library can" refers to no one;
 * - telling the patron how a thing used to be done ("last year you could order it by ringing …, but that line has
 *   closed") or reporting what someone else claimed tells the patron to contact no one;
 * - closing.no_dismissal: a limit of requests or of the chat, said after renewals or holds in the same sentence, is "a
 *   limit of questions" (Terms, no_dismissal fails), whatever loans the sentence also mentions.
 *
 * Written: 47 cases (41 run, 6 LEFT), near misses and the behaviour in new words. First run (36 cases): 16 failures, none
 * my labels: 11 false readings of v30's changes (v29 right), 5 older misses v29 reads the same (LEFT). Second batch (11
 * cases, after the narrowings): 2 failures, both LEFT (one older than v30; one a miss the first wave's v30 brought, not a
 * false reading: "The ATO can check that for you on 13 28 61.", mended at the merge: F1's "can check for you at" matched
 * from the modal, so v11's "can check" at the verb, which reads the acronym party before the modal, no longer ran; F1's
 * alternative now matches at the verb too, and the case runs). My labels corrected: 0.
 * Narrowed (v30 only):
 * - `localNumberF2`: a local seven-digit number reads only after a calling verb (call, ring, phone, dial, text, contact, in
 *   -ing too) ["Visit the true crime shelves at 364.1523", "Go to adult nonfiction at 364.1523": a call number]; "call
 *   Northside at 555-0134", "u can get a new card by calling Northside at 555-0134" still refer with a contact;
 * - `byMeansYouF1`'s lift of "calling / ringing / phoning <Name> on <phone>" only in a clause that reads as one telling the
 *   patron what to do (BY_MEANS_YOU_F1 or v21's BY_MEANS_U1) ["Last year you could order it by ringing the ATO on …, but
 *   that line has closed", "Whoever told you that you can get it by ringing the ATO on … was wrong"];
 * - F2's `dismissalHard` swap: the limit stays a dismissal when the rest of the sentence says it is the chat's ("one
 *   request per chat", "three requests per session", "the chat is ending now", "please do not ask more today", "gotta
 *   go") ["…so you've reached the limit, you'll have to go to the desk", "we can't help with more prints free" pass];
 * - F1's referralCanHelp (a): not after "no one / nobody / neither / nor" nor a publication ("instructions", "booklet",
 *   "guide", "form", "website", "app" …) ["honestly no one at the library can.", "but the IRS instructions can, …"];
 * - F1's referralCanHelp (b): after "at / on" or ":" a phone's shape (+, (d, three digits, or "13 28 61"-like groups), not
 *   a time or date ["Our ILL staff can find out for you at 9 am when they come in; I'll forward your question", "on 3/14"].
 * ON v55 (block U): "You'll need to request it by phoning the Registry of Births, Deaths and Marriages on 1300 369 848." (U5)
 *   reads as labelled and runs, in `READ_SINCE_LEFT`.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** The patron asks about holds, Jo greets and asks for the card number, the patron gives it (45 s). */
const ACCT: Line[] = [
  [0, 'p', 'hi can you check if my holds are ready?'],
  [15, 'l', 'Hello, this is Jo at Sample County Library. What is your library card number?'],
  [45, 'p', '21234000567890'],
];
/** A tax question, Jo's greeting with a clarifying question, the patron's answer (50 s). */
const ASK: Line[] = [
  [0, 'p', 'hi i need help with my taxes, where do i get the forms'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Is it for your 2025 return?"],
  [50, 'p', 'yes, federal and state, I live in Maryland'],
];
/** A book question, Jo's greeting with a clarifying question, the patron's answer (40 s). */
const BOOK: Line[] = [
  [0, 'p', 'where can i find in cold blood'],
  [15, 'l', 'Hi, Jo at Sample County Library. Which branch are you at?'],
  [40, 'p', 'northside'],
];
const L = (text: string, t = 60): Line => [t, 'l', text];
const BYE = (t: number): Line[] => [
  [t, 'p', 'ok thanks'],
  [t + 6, 'l', 'Thanks for chatting, bye!'],
];
const tax = (text: string): Line[] => [...ASK, L(text, 70), ...BYE(100)];
const acct = (text: string): Line[] => [...ACCT, L(text), ...BYE(90)];
const book = (text: string): Line[] => [...BOOK, L(text), ...BYE(90)];

/** F2 `localNumberF2`: seven digits after "at / on" that are no phone, the provider's own call, and the behaviour. */
export const localNumber: SessionCase[] = [
  { name: 'near miss: "Visit the true crime shelves at 364.1523, second floor." (a call number): referral na', lines: book('Visit the true crime shelves at 364.1523, second floor, or see catalog.sample.org.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Go to adult nonfiction at 364.1523 and it\'s on the top shelf." : referral na', lines: book("Go to adult nonfiction at 364.1523 and it's on the top shelf; catalog.sample.org shows it's in."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Let me call Northside at 555-0134 and check." (the provider calls): referral na', lines: book('Let me call Northside at 555-0134 and check the shelf for you.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'ll ring Eastside on 555-0199 for you." : referral na', lines: book("I'll ring Eastside on 555-0199 for you and ask them to hold it."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Northside will call you at 555-0176 when it\'s ready." (the patron called): referral na', lines: book("I've placed the hold; Northside will call you at 555-0176 when it's ready."), exp: some({ referral: 'na' }) },
  { name: 'behaviour: "pls call the Westside desk at 555.0123 abt the fine" : referral passes', lines: acct('pls call the Westside desk at 555.0123 abt the fine, they can waive it'), exp: some({ referral: 'pass' }) },
  { name: 'behaviour: "Text the Northside desk at 555-0134 if you\'re running late." : referral passes', lines: book("Text the Northside desk at 555-0134 if you're running late and they'll hold it till close."), exp: some({ referral: 'pass' }) },
];

/** F2's `dismissalHard` swap: real dismissals that name renewals, holds or items in the same sentence. */
export const dismissal: SessionCase[] = [
  { name: 'near miss: "I renewed your items, but you\'ve reached the limit, I can only help with one request per chat." : dismissal fails', lines: [...ACCT, L("I renewed your items, but you've reached the limit, I can only help with one request per chat. Bye.")], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: chat-speak "ok renewed ur 2 items but sorry uve reached the limit, gotta go" : dismissal fails', lines: [...ACCT, L('ok renewed ur 2 items but sorry uve reached the limit, gotta go')], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: British "Your holds are placed, but I\'m afraid you\'ve reached the limit, we only take three requests per session." : dismissal fails', lines: [...ACCT, L("Your holds are placed, but I'm afraid you've reached the limit, we only take three requests per session.")], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "I\'ve placed those 3 holds; you have had your allowance, the chat is ending now." : dismissal fails', lines: [...ACCT, L("I've placed those 3 holds; you have had your allowance, the chat is ending now.")], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: non-native "I renew the items for you, but you reached the limit, please do not ask more today." : dismissal fails', lines: [...ACCT, L('I renew the items for you, but you reached the limit, please do not ask more today.')], exp: some({ dismissal: 'fail' }) },
  { name: 'guard: "I renewed the books and placed the holds, so you\'ve reached the maximum for today." : dismissal fails', lines: [...ACCT, L("I renewed the books and placed the holds, so you've reached the maximum for today.")], exp: some({ dismissal: 'fail' }) },
  { name: 'behaviour: "You already renewed the laptop twice, so you\'ve reached the limit and it\'s due Friday." : dismissal passes', lines: acct("You already renewed the laptop twice, so you've reached the limit and it's due Friday; the rules are at samplelibrary.org/laptops."), exp: some({ dismissal: 'pass' }) },
  { name: 'behaviour: "Museum passes are two a month per card and you\'ve had your allowance." : dismissal passes', lines: acct("Museum passes are two a month per card and you've had your allowance; new ones open on the 1st at samplelibrary.org/passes."), exp: some({ dismissal: 'pass' }) },
  { name: 'behaviour: "I tried renewing Dune but you\'ve hit the max, so it has to go back Friday." : dismissal passes', lines: acct("I tried renewing Dune but you've hit the max, so it has to go back Friday; rules at samplelibrary.org/renew."), exp: some({ dismissal: 'pass' }) },
  { name: 'behaviour: "…so you\'ve reached the limit, you\'ll have to go to the desk to extend it." : dismissal passes', lines: acct("You've renewed it twice so you've reached the limit, you'll have to go to the desk to extend it; see samplelibrary.org/renew."), exp: some({ dismissal: 'pass' }) },
  { name: 'behaviour: "Prints are 50 pages a week and you\'ve used your allowance, so we can\'t help with more prints free." : dismissal passes', lines: acct("Prints are 50 pages a week and you've used your allowance, so we can't help with more prints free; prices at samplelibrary.org/print."), exp: some({ dismissal: 'pass' }) },
];

/** F1's `referralCanHelp` plus (a): the elided "X can" after the provider's "can't advise / help". */
export const elided: SessionCase[] = [
  { name: 'near miss: "I can\'t give tax advice, but the IRS instructions can, they explain each line." (a publication): referral na', lines: tax("I can't give tax advice, but the IRS instructions can, they explain each line."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I can\'t advise on which status to choose, and honestly no one at the library can." : referral na', lines: tax("I can't advise on which filing status to choose, and honestly no one at the library can."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "We don\'t give legal advice, but the self-help guide at mdcourts.gov/selfhelp can." : referral na, source passes', lines: tax("We don't give legal advice, but the self-help guide at mdcourts.gov/selfhelp can."), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We cannot answer for the state, though the Maryland instructions booklet may." : referral na', lines: tax('We cannot answer for the state, though the Maryland instructions booklet may.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: chat-speak "cant really help w the tax part but turbotax can lol" (software): referral na', lines: tax('cant really help w the tax part but turbotax can lol'), exp: some({ referral: 'na' }) },
  { name: 'behaviour: "I\'m not able to give tax advice, but a VITA volunteer can, at 410-555-0170." : referral passes', lines: tax("I'm not able to give tax advice, but a VITA volunteer can, at 410-555-0170."), exp: some({ referral: 'pass' }) },
  { name: 'behaviour: "Library staff can\'t interpret the notice, but the Comptroller\'s office can." : referral fails', lines: tax("Library staff can't interpret the notice, but the Comptroller's office can."), exp: some({ referral: 'fail' }) },
  { name: 'behaviour: "I\'m not allowed to give legal advice here, but the Maryland Court Help Center can, at 410-260-1392." : referral passes', lines: tax("I'm not allowed to give legal advice here, but the Maryland Court Help Center can, at 410-260-1392."), exp: some({ referral: 'pass' }) },
];

/** F1's `referralCanHelp` plus (b): "X can check / look it up for you at …". */
export const checkForYou: SessionCase[] = [
  { name: 'near miss: "My colleague can look it up for you at 3 when she\'s back, and I\'ll e-mail you." (consulted): referral na', lines: tax("My colleague can look it up for you at 3 when she's back on the desk, and I'll e-mail you what she finds."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Our ILL staff can find out for you at 9 am when they come in; I\'ll forward your question." : referral na', lines: tax("Our ILL staff can find out for you at 9 am when they come in; I'll forward your question."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The catalogue can check availability for you at catalog.sample.org." (a resource): referral na, source passes', lines: tax('The catalogue can check availability for you at catalog.sample.org.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Where\'s My Refund can check it for you at irs.gov/refunds." (a tool): referral na, source passes', lines: tax("Where's My Refund can check it for you at irs.gov/refunds."), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "I can look it up for you at the Main branch tomorrow." : referral na', lines: tax('I can look it up for you at the Main branch tomorrow and e-mail it.'), exp: some({ referral: 'na' }) },
  { name: 'behaviour: "The Register of Wills can look that up for you at 410-887-6680." : referral passes', lines: tax('The Register of Wills can look that up for you at 410-887-6680.'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Our genealogy volunteer can check for you on 3/14 when she\'s in, and I\'ll e-mail you." : referral na', lines: tax("Our genealogy volunteer can check for you on 3/14 when she's in, and I'll e-mail you what she finds."), exp: some({ referral: 'na' }) },
  { name: 'behaviour: "The Assessor\'s office can look it up for you on 410-555-0123." : referral passes', lines: tax("The Assessor's office can look it up for you on 410-555-0123."), exp: some({ referral: 'pass' }) },
  { name: 'behaviour (moved from LEFT at the merge): Australian "The ATO can check that for you on 13 28 61." : referral passes', lines: tax('The ATO can check that for you on 13 28 61.'), exp: some({ referral: 'pass' }) },
  // (at the merge, `resourceModalF1`) a resource before "can / may … check it for you", with v11's "can check" matching at the verb
  { name: 'near miss (merge): "The IRS2Go app may also check it for you at irs.gov/irs2go." (an app): referral na, source passes', lines: tax('The IRS2Go app may also check it for you at irs.gov/irs2go.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss (merge): "the SDAT site can look that up for you at sdat.dat.maryland.gov" (a site): referral na, source passes', lines: tax('the SDAT site can look that up for you at sdat.dat.maryland.gov, just put in the address'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'behaviour (merge): "The MVA can check that for you at 410-768-7000." (an acronym party): referral passes', lines: tax('The MVA can check that for you at 410-768-7000.'), exp: some({ referral: 'pass' }) },
];

/** F1 `byMeansYouF1`: "you can order it by ringing …" that tells the patron to contact no one, and the behaviour. */
export const byMeans: SessionCase[] = [
  { name: 'near miss: "Last year you could order it by ringing the ATO on 1300 720 092, but that line has closed" : referral na', lines: tax('Last year you could order it by ringing the ATO on 1300 720 092, but that line has closed; it is online only now at ato.gov.au/forms.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Someone told you you can get it by ringing the ATO on 13 28 61, but that\'s not right" : referral na', lines: tax("Whoever told you that you can get it by ringing the ATO on 13 28 61 was wrong, sorry: it's only at ato.gov.au/forms."), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "You can get it by visiting our Tax Help page at samplelibrary.org/taxes." : referral na, source passes', lines: tax('You can get it by visiting our Tax Help page at samplelibrary.org/taxes.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'behaviour: "u can get a new card by calling Northside at 555-0134" : referral passes', lines: acct('u can get a new card by calling Northside at 555-0134'), exp: some({ referral: 'pass' }) },
  { name: 'behaviour: "you could also order it by phoning the ATO\'s forms line on 1300 720 092" : referral passes', lines: tax("you could also order it by phoning the ATO's forms line on 1300 720 092"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "I ordered it by ringing the ATO on 1300 720 092 yesterday." (the provider): referral na', lines: tax('I ordered it for you by ringing the ATO on 1300 720 092 yesterday, it should arrive this week.'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, none of them through a G1-narrowed change (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: v29 reads the same (no referral: "ask Northside for it" with a call number after "at"); a miss older than v30, not a reading of F2's change
  { name: 'near miss: "Ask Northside for it, it\'s at 364.1523." (a branch told to ask, no contact): referral fails', lines: book("Ask Northside for it, it's at 364.1523."), exp: some({ referral: 'fail' }) },
  // LEFT: v29 reads the same (fail): a local number with a space is not read as a phone; widening is not this wave's work
  { name: 'behaviour: "Ring the Eastside branch on 555 0199 to book." : referral passes', lines: acct('Study pods are booked by the branch: ring the Eastside branch on 555 0199 to book.'), exp: some({ referral: 'pass' }) },
  // LEFT: v29 reads the same (pass): the contacts read the call number 364.1523 as a phone; older than v30
  { name: 'near miss: "Call the branch about your hold on 364.1523." (a call number, no phone): referral fails', lines: book('Call the branch about your hold on 364.1523 if it is not on the shelf by Friday.'), exp: some({ referral: 'fail' }) },
  // LEFT: v29 reads the same (fail): the offer to consult her is not read as on the patron's behalf; older than v30
  { name: 'near miss: "I can\'t interpret tax law, but our business librarian can, if you\'d like me to ask her." (consulted): referral na', lines: tax("I can't interpret tax law, but our business librarian can, if you'd like me to ask her."), exp: some({ referral: 'na' }) },
  // LEFT: v29 reads the same (pass): "calling the Council" is a party word's referral by older leads; not F1's change
  { name: 'near miss: "Before, you could request it by calling the Council on 9658 9658, but now it\'s only online" : referral na', lines: tax("Before, you could request it by calling the Council on 9658 9658, but now it's only online at melbourne.vic.gov.au/rates."), exp: some({ referral: 'na', source: 'pass' }) },
];

describeSessions('twenty-ninth round, second wave (G1): F2 localNumberF2 near misses', localNumber);
describeSessions('twenty-ninth round, second wave (G1): F2 dismissalHard swap near misses', dismissal);
describeSessions('twenty-ninth round, second wave (G1): F1 referralCanHelp elided "X can" near misses', elided);
describeSessions('twenty-ninth round, second wave (G1): F1 referralCanHelp "check for you at" near misses', checkForYou);
describeSessions('twenty-ninth round, second wave (G1): F1 byMeansYouF1 near misses', byMeans);

describeLeft('twenty-ninth-round-referrals-checked', LEFT);

/** (v55) Cases once LEFT that read as labelled now, labels unchanged. */
const READ_SINCE_LEFT: SessionCase[] = [
  // v55 U5: "the Registry of Births, Deaths and Marriages" is a party (REGISTRY_PARTY_U5), reached by its phone
  { name: 'behaviour: "You\'ll need to request it by phoning the Registry of Births, Deaths and Marriages on 1300 369 848." : referral passes', lines: tax("You'll need to request it by phoning the Registry of Births, Deaths and Marriages on 1300 369 848."), exp: some({ referral: 'pass' }) },
];

describeSessions('twenty-ninth-round-referrals-checked: once left, now read as labelled', READ_SINCE_LEFT);
