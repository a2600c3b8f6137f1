/**
 * Twenty-fifth round, second wave (A8): CONTACTS, REFERRALS, SOURCES, PROMISES AND WHEN, CHECKED. The first wave (blocks
 * A1-A6) widened families and added settings that decide `referral.contact`, `info.source`, the follow-up promise (and with
 * it `followup.contact`, `followup.on_time`, `resolution.code`) and, through the first source, `inquiry.clarify`, each guarded
 * only by its own helper's near miss. These sessions put each change in other people's words, where its regexp or setting
 * would read the rubric's literal text wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md
 * before the scorer ran:
 * - A1 `followupPromise[3]`: a hyphenated word between a modal and "e-mail / call you" ("The MVA will mail a follow-up
 *   letter or e-mail you", "the hold system will put you on the wait-list and email you"), and real promises with one;
 * - A1 `notPromise` "Nobody / no one will call you" (with "unless", with a promise after a semicolon);
 * - A4 `notPromise[17]`: the library's own office that "will email you" (an automatic notice; a bank's branch office, a
 *   newspaper's circulation department, which are not the library's);
 * - A4 `referralVerb` "refer you to" (a chapter, a page, a section, a database, a website, a form; a party with and
 *   without a way to reach it);
 * - A5 `pageAfterYearA5` (a year in brackets after something that is no title; a real title);
 * - A2 `quotedPromiseA2` (a colleague's promise relayed in quotes), `pastedContactA2` (the patron's own message pasted
 *   back with their address in it), `singleQuotesA2` (a class year "'98" and a plural possessive read as a quote);
 * - A6 `deviceOrPhoneA6` (the phone as a device or as the patron's contact).
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a promise relayed from a colleague of the provider's library ("My colleague Ruth says: "We'll scan them and email you
 *   the PDFs by Friday."") is "someone from your library will contact you": a follow-up session, as A2 read the relayed
 *   promise without quotes;
 * - a notice the library's systems send on their own ("the ILL office will email you an automatic notice when it
 *   arrives") promises nothing more from anyone (A4's reading of automatic notices): no follow-up session;
 * - an office that is not the provider's library (a bank's branch office, a newspaper's circulation department, the MVA)
 *   that will contact the patron makes no follow-up session;
 * - "I'd refer you to chapter 4 / page 12 / the section / the database / the website / the form" points to a publication or
 *   a web resource: no referral (Terms), a source when it is named;
 * - the patron's own earlier message pasted back in quotes, with their own e-mail in it, gives the patron's contact in the
 *   chat;
 * - a document of the patron's own ("your Lease (2019), page 3") is no source: nothing to consult beyond what they hold;
 * - "Should I text or call your phone?" asks how to reach the patron, not about the need (v6's reading).
 * Found: 15 of the first 39 cases failed against the first wave's rubric, none of them a wrong label; 13 through the first
 * wave's changes (A1's hyphenated word: 4; A4's "branch" office: 2; A1's "nobody will …" before "; I'll …": 1; A2's pasted
 * passage: 2, its quoted promise: 1, its single quotes: 1; A5's year and page: 2) and 2 older readings (in `LEFT`).
 * Fixed in A8 (narrowings only, block `phrasesV26A8` and settings `ownPastedA8`, `pageTitleA8`, `relayedNowA8`,
 * `yearQuoteA8`, folded at the merge into A10's `apostropheWordsA10`): every case below passes, each fix with its near miss beside it.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;
/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: the colleague's promise relayed in quotes is "someone from your library will contact you": a follow-up
    // session; the e-mail is given in the chat and "by Friday" says when; the code is a follow-up code and the follow-up was
    // recorded 30 hours after the end. No referral (Ruth is consulted on the patron's behalf)
    name: 'letters scan: \'My colleague Ruth in Special Collections says: "We\'ll scan them and email you the PDFs by Friday."\' is a follow-up: contact passes',
    lines: [
      [0, 'p', 'hi, my great grandfather wrote letters to the mayor in 1918 and i heard the library has them?? can i see them online'],
      [38, 'l', 'Hello! This is Marcy at Dayton Metro Library. Do you know roughly which months in 1918 they were written?'],
      [75, 'p', 'spring i think, april or may. his name was Otto Brandt'],
      [90, 'l', 'Let me check with Special Collections, one moment.'],
      [190, 'l', 'They are in the Mayor\'s Office Correspondence collection, box 14, listed in the finding aid at daytonmetrolibrary.org/special-collections. They are not scanned yet.'],
      [205, 'l', 'My colleague Ruth in Special Collections says: "We\'ll scan them and email you the PDFs by Friday." What email should she use?'],
      [240, 'p', 'obrandt.family@gmail.com'],
      [252, 'l', 'Got it. Does that answer your question for now? Anything else I can help with?'],
      [290, 'p', 'no thats all, thank you so much'],
      [298, 'l', 'You are welcome, have a good evening!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(303 + 30 * HOUR), by: 'jo', note: 'PDFs sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the MVA's letter or e-mail is the agency's, not the provider's promise: no follow-up session. "I'd refer you to
    // the MVA's title page" points to a web page (a source, no referral); nobody is told to call or visit anyone
    name: 'car title: "The MVA will mail a follow-up letter or e-mail you once the title is processed." is no promise: contact na',
    lines: [
      [0, 'p', 'how long does it take to get a replacement car title in maryland'],
      [31, 'l', "Hi, I'm Dev, a librarian with Ask Us Now. Did you apply already, or are you about to?"],
      [70, 'p', 'applied last week online'],
      [84, 'l', "I'd refer you to the MVA's title page at mva.maryland.gov/vehicles/title: online applications take about 2-3 weeks. The MVA will mail a follow-up letter or e-mail you once the title is processed."],
      [101, 'l', 'Does that answer your question?'],
      [140, 'p', 'yep thats all i needed'],
      [148, 'l', 'Great, good luck and thanks for using Ask Us Now!'],
    ],
    exp: usual(),
  },
  {
    // reading: a bank's branch office is not the library's: no follow-up session. "call the branch office at 1-800-…" is a
    // referral with its number. The first two provider messages greet and name the service
    name: 'money order: "your bank\'s branch office will call you to verify it" is no promise, the referral has a number: referral passes',
    lines: [
      [0, 'p', 'i got a check from someone i dont know and they want me to send money back?? is that a scam'],
      [29, 'l', 'Hi there, Ask a Librarian at Hennepin County Library, this is Sam. Did you deposit the check yet?'],
      [66, 'p', 'yes yesterday'],
      [80, 'l', "That is a common overpayment scam; the FTC explains it at consumer.ftc.gov/articles/fake-checks. Don't send anything: your bank's branch office will call you to verify the deposit anyway, and you can call your bank's fraud line at 1-800-935-9935 today."],
      [96, 'l', 'Did that help?'],
      [130, 'p', 'yes. no more questions, thanks'],
      [139, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron's own earlier message pasted back in quotes holds their e-mail: the contact is given in the chat;
    // "by Thursday" says when; the code is a follow-up code
    name: 'pasted own message: the patron pastes back \'"…please reply to t.nguyen77@gmail.com, thank you"\': the contact is known, code and contact pass',
    lines: [
      [0, 'p', 'hi i sent this to your email form last week and never heard back: "Hello, I am looking for the 1952 obituary of my grandmother Mai Nguyen in the Houston Post, please reply to t.nguyen77@gmail.com, thank you"'],
      [44, 'l', "Hi, this is Lena at Houston Public Library, sorry nobody got back to you. Do you know the month she died?"],
      [80, 'p', 'october 1952'],
      [95, 'l', "The Houston Post for 1952 is on microfilm here (catalog record at houstonlibrary.org/catalog), not online, so I'll look through October 1952 and email you a scan of the obituary by Thursday."],
      [130, 'p', 'ok thank u'],
      [137, 'l', 'Thanks for your patience, and have a good week!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "Are you on a laptop or phone right now?" asks about the patron's device, before the steps that are the
    // first source: clarify passes. The hold (62) starts a 90 s span, under 120
    name: 'libby on device: "Are you on a laptop or phone right now?" asks about the device: clarify passes',
    lines: [
      [0, 'p', 'cant get the audiobook to download'],
      [22, 'l', 'Hi! Nia from the Ask a Librarian team at Pima County Public Library. Are you on a laptop or phone right now?'],
      [50, 'p', 'phone, iphone'],
      [62, 'l', 'One moment while I pull up the steps.'],
      [152, 'l', "In Libby, open Shelf, tap the audiobook's cover, then Download; the guide at help.libbyapp.com/6144 has pictures. Did that work?"],
      [200, 'p', 'yes! that was all, thx'],
      [206, 'l', 'Enjoy the book, bye!'],
    ],
    exp: usual(),
  },
];

/** Short cases: the checks each is about. */
export const short: SessionCase[] = [
  // ---- A1 followupPromise[3]: hyphenated words between the modal and "e-mail you" ---------------------------------------
  {
    // reading: the hold system's e-mail is automatic; the provider promises nothing
    name: '"The hold system will put you on the wait-list and email you when it\'s your turn." is no promise: contact na, code passes',
    lines: [
      ...open('can i get on the list for the new grisham book', 'Hi, Jo at Sample County Library. Print or audiobook?'),
      [50, 'p', 'print'],
      [60, 'l', "Place the hold at catalog.samplelib.org. The hold system will put you on the wait-list and email you when it's your turn."],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // reading: the county's e-mail, not the provider's promise
    name: '"The county will run a re-check and e-mail you the new assessment." is no promise: contact na, code passes',
    lines: [
      ...open('my property tax assessment looks wrong, how do i appeal', 'Hello, Jo at Sample County Library here. Is it a home you live in?'),
      [50, 'p', 'yes'],
      [62, 'l', 'File the appeal form at sampleco.gov/assessment/appeal by March 31. The county will run a re-check and e-mail you the new assessment.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss (A1's case in other words): the provider's own promise across a hyphenated word
    name: 'near miss: "I\'ll check the 1990-1995 city directories and e-mail you what I find by Thursday" promises: code fails (Answered), contact passes',
    lines: [
      [0, 'p', 'trying to find when my dad lived on elm st, early 90s, my email is rgarza@outlook.com'],
      [24, 'l', 'Hi, Jo at Sample County Library. Do you know his first name as it would be listed?'],
      [50, 'p', 'Ruben Garza'],
      [62, 'l', "Those aren't online, so I'll check the 1990-1995 city directories and e-mail you what I find by Thursday."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // near miss: a co-worker of the library sends the scans: "someone from your library will contact you"
    name: 'near miss: "I\'ll have my co-worker in Local History e-mail you the map by Monday" promises: contact passes, code fails',
    lines: [
      [0, 'p', 'do you have a 1920s map of the west side, kmoss@yahoo.com is my email'],
      [24, 'l', 'Hello! Jo at Sample County Library. Which neighborhood exactly?'],
      [50, 'p', 'around lincoln park'],
      [62, 'l', "We have a 1926 Sanborn sheet for that block. I'll have my co-worker in Local History e-mail you the map by Monday."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // reading: Eventbrite's ticket is the event system's, not a promise of more information
    name: '"Eventbrite will send a two-step sign-up code and e-mail you the ticket." makes no promise: contact na',
    lines: [
      ...open('how do i sign up for the resume workshop', 'Hi, Jo at Sample County Library. The Tuesday one or the Saturday one?'),
      [50, 'p', 'tuesday'],
      [62, 'l', 'Register at samplelib.org/events. Eventbrite will send a two-step sign-up code and e-mail you the ticket.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- A1 notPromise "Nobody / no one will call you" ---------------------------------------------------------------------
  {
    // reading: "no one will call you back unless …" promises nothing; the pickup notice is automatic
    name: '"No one will call you back unless the item can\'t be found" promises nothing: contact na, code passes',
    lines: [
      ...open('i asked for a book from another library, will someone call me', 'Hi, Jo at Sample County Library. Was it an interlibrary loan request?'),
      [50, 'p', 'yes'],
      [62, 'l', "No one will call you back unless the item can't be found; the status shows under My Account at catalog.samplelib.org."],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // reading: the denial and the promise share one sentence across a semicolon; the promise ("I'll just send the obituary
    // scans there by tomorrow noon") still stands: follow-up session, promised under Answered
    name: '"Don\'t worry, nobody will email you spam; I\'ll just send the obituary scans there by tomorrow noon." promises: code fails, contact passes',
    lines: [
      [0, 'p', 'if i give my email will i get spam? its lwheeler52@aol.com'],
      [24, 'l', "Hi, Jo at Sample County Library. Don't worry, nobody will email you spam; I'll just send the obituary scans there by tomorrow noon."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // near miss (A1's own): "but I'll …" keeps the promise
    name: 'near miss: "No one from the branch will call you, but I will e-mail you the list by Wednesday." promises: code fails',
    lines: [
      [0, 'p', 'will the branch call me about the book club kits? email is dpatel@gmail.com'],
      [24, 'l', 'Hi, Jo at Sample County Library. No one from the branch will call you, but I will e-mail you the list by Wednesday.'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  // ---- A4 notPromise[17]: offices that "will email you" ----------------------------------------------------------------
  {
    // reading: an automatic notice from the library's ILL office promises no more information (A4's reading of automatic
    // notices): no follow-up session
    name: '"The ILL office will email you an automatic pickup notice when it arrives." is no promise: contact na, code passes',
    lines: [
      ...open('i requested a book through interlibrary loan, how will i know it came', 'Hi, Jo at Sample County Library. Did you get a confirmation number?'),
      [50, 'p', 'yes'],
      [62, 'l', 'The ILL office will email you an automatic pickup notice when it arrives. You can also watch the status under My Account at catalog.samplelib.org.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // reading: the newspaper's circulation department is not the library's
    name: '"The Tribune\'s circulation department will email you a confirmation." is no promise: contact na, code passes',
    lines: [
      ...open('how do i stop my newspaper subscription, its the chicago tribune', 'Hi, Jo at Sample County Library. Print or digital?'),
      [50, 'p', 'print'],
      [62, 'l', "Cancel at the Tribune's help page, chicagotribune.com/help, or call them at 800-874-2863. The Tribune's circulation department will email you a confirmation."],
    ],
    exp: some({ contact: 'na', code: 'pass', referral: 'pass' }),
  },
  {
    // near miss (A4's case in other words): the library's own ILL staff will e-mail with the answer
    name: 'near miss: "Our interlibrary loan office will email you by Monday with what the lender says." promises: code fails',
    lines: [
      [0, 'p', 'can you find out if they will renew my ILL book? email me at hcho@uw.edu'],
      [24, 'l', 'Hi, Jo at Sample County Library. I asked the lender; our interlibrary loan office will email you by Monday with what the lender says.'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // reading: the bank's branch office is the bank's
    name: '"The bank branch office will call you to set up the notary visit." is no promise: contact na, code passes',
    lines: [
      ...open('where can i get something notarized for free', 'Hi, Jo at Sample County Library. Are you a member of a bank or credit union?'),
      [50, 'p', 'chase'],
      [62, 'l', 'Chase notarizes for customers; book it at chase.com/notary. The bank branch office will call you to set up the notary visit.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- A4 referralVerb "refer you to" -----------------------------------------------------------------------------------
  {
    // reading: a chapter of a publication is a source, no referral
    name: '"I\'d refer you to chapter 4 of Nolo\'s Every Landlord\'s Legal Guide, on the shelf at 346.04 STE" is no referral: referral na, source passes',
    lines: [
      ...open('what are my rights if my tenant wont leave', 'Hi, Jo at Sample County Library. Which state is the rental in?'),
      [50, 'p', 'ohio'],
      [62, 'l', "I'd refer you to chapter 4 of Nolo's Every Landlord's Legal Guide, on the shelf at 346.04 STE."],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: a section of a code online is a source
    name: '"I\'d refer you to section 1923.04 of the Ohio Revised Code at codes.ohio.gov" is no referral: referral na',
    lines: [
      ...open('how much notice for an eviction in ohio', 'Hi, Jo at Sample County Library. Residential or commercial?'),
      [50, 'p', 'residential'],
      [62, 'l', "I'd refer you to section 1923.04 of the Ohio Revised Code at codes.ohio.gov: three days' notice."],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: a database is a source
    name: '"I would refer you to our Gale Legal Forms database" is no referral: referral na, source passes',
    lines: [
      ...open('need a template for a bill of sale for a boat', 'Hi, Jo at Sample County Library. Which state will it be registered in?'),
      [50, 'p', 'florida'],
      [62, 'l', 'I would refer you to our Gale Legal Forms database; search "vessel bill of sale" once you log in with your card.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: a form the patron fills in is no party
    name: '"I\'ll refer you to the online purchase suggestion form at samplelib.org/suggest" is no referral: referral na',
    lines: [
      ...open('can the library buy a book i want', 'Hi, Jo at Sample County Library. Is it out yet or coming soon?'),
      [50, 'p', 'its out'],
      [62, 'l', "I'll refer you to the online purchase suggestion form at samplelib.org/suggest; selectors read them weekly."],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: a page in a guide is a source
    name: '"Let me refer you to page 12 of the Medicare & You handbook" is no referral: referral na, source passes',
    lines: [
      ...open('does medicare cover hearing aids', 'Hi, Jo at Sample County Library. Original Medicare or an Advantage plan?'),
      [50, 'p', 'original'],
      [62, 'l', 'Let me refer you to page 12 of the Medicare & You handbook, online at medicare.gov/medicare-and-you: Original Medicare does not cover them.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: an agency named without any way to reach it: referral fails
    name: '"I\'d refer you to the county extension office for the soil test." names no way to reach it: referral fails',
    lines: [
      ...open('how do i test my garden soil for lead', 'Hi, Jo at Sample County Library. Is it a vegetable garden?'),
      [50, 'p', 'yes'],
      [62, 'l', "I'd refer you to the county extension office for the soil test."],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the party and its phone
    name: '"I\'d refer you to the Legal Aid Society of Cleveland, 888-817-3777" refers with a number: referral passes',
    lines: [
      ...open('my landlord kept my whole deposit, what can i do', 'Hi, Jo at Sample County Library. Did you get an itemized list from him?'),
      [50, 'p', 'no nothing'],
      [62, 'l', "I'd refer you to the Legal Aid Society of Cleveland, 888-817-3777; they help tenants with deposits for free."],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the colleague is consulted on the patron's behalf: no referral
    name: '"I\'m going to refer your question to my colleague in Government Documents and email you by Friday" is no referral: referral na',
    lines: [
      [0, 'p', 'looking for 1970s census tract maps of akron, my email is bfoster@kent.edu'],
      [24, 'l', 'Hi, Jo at Sample County Library. Which decade exactly, 1970 or 1980?'],
      [50, 'p', '1970'],
      [62, 'l', "I'm going to refer your question to my colleague in Government Documents and email you by Friday."],
    ],
    exp: some({ referral: 'na', contact: 'pass' }),
  },
  // ---- A5 pageAfterYearA5 ------------------------------------------------------------------------------------------------
  {
    // reading: the patron's own lease is no source
    name: '"Look at your Lease (2019), page 3, for the pet clause." names the patron\'s own paper: source fails',
    lines: [
      ...open('can my landlord charge me for my cat', 'Hi, Jo at Sample County Library. Is the cat on your lease?'),
      [50, 'p', 'i dont know'],
      [62, 'l', 'Look at your Lease (2019), page 3, for the pet clause.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: a person's birth year in brackets, then a page of the patron's own form
    name: '"Your grandfather, Walter Kaminski (1931), page 2, goes in the box…" names no source: source fails',
    lines: [
      ...open('how do i fill in the family tree worksheet for school', 'Hi, Jo at Sample County Library. Who do you want to start with?'),
      [50, 'p', 'my grandpa, born 1931'],
      [62, 'l', 'Your grandfather, Walter Kaminski (1931), page 2, goes in the box for generation three.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss: a publication named with its year and page is a source
    name: 'near miss: "The IRS Form 1040 Instructions (2023), page 45, has the table." names a publication: source passes',
    lines: [
      ...open('where is the standard deduction table', 'Hi, Jo at Sample County Library. For 2023 taxes?'),
      [50, 'p', 'yes'],
      [62, 'l', 'The IRS Form 1040 Instructions (2023), page 45, has the table.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'pass' }),
  },
  // ---- A2 quotedPromiseA2 and pastedContactA2 ---------------------------------------------------------------------------
  {
    // reading: what the last librarian wrote is an earlier promise, reported; this provider promises nothing
    name: 'near miss: \'The note says the last librarian wrote "I\'ll email you the list by Friday"; it went out Friday.\' is no promise: contact na',
    lines: [
      ...open('did anyone ever send me the list of wwii books', 'Hi, Jo at Sample County Library. Was that for the book club?'),
      [50, 'p', 'yes'],
      [62, 'l', 'The note says the last librarian wrote "I\'ll email you the list by Friday"; it went out Friday, so check your spam folder for samplelib.org.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // reading: a colleague's promise relayed now, in quotes, is "someone from your library will contact you"
    name: '\'Our archivist says: "I can pull the deed and call you tomorrow afternoon."\' promises: code fails (Answered), contact passes',
    lines: [
      [0, 'p', 'do you have the 1890s deed for 14 mill st? call me at 330-555-0142'],
      [24, 'l', 'Hi, Jo at Sample County Library. Is that Mill St in Kent?'],
      [50, 'p', 'yes'],
      [62, 'l', 'Our archivist says: "I can pull the deed and call you tomorrow afternoon."'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // reading: the patron's own message pasted back with their phone in it gives their contact
    name: 'pasted own text with a phone: \'"…you can text me at 614-555-0199"\' gives the contact: code passes (follow-up code)',
    lines: [
      [0, 'p', 'last week i wrote on the form: "I need the minutes of the 1987 school board meeting about the levy, you can text me at 614-555-0199". any news?'],
      [30, 'l', 'Hi, Jo at Sample County Library. Sorry for the wait. The 1987 minutes are in storage; I will text you a photo of the levy pages by Friday.'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    // near miss (A2's): a library notice pasted in, with only the library's address in it
    name: 'near miss: a pasted ILL notice with only the library\'s e-mail gives no patron contact: code fails (follow-up code)',
    lines: [
      [0, 'p', 'i got this: "Your interlibrary loan request was cancelled. Questions? Write to ill@samplelib.org. Thank you." why?'],
      [30, 'l', 'Hi, Jo at Sample County Library. Let me find out why and follow up with you by Friday.'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail' }),
  },
  {
    // reading: O'Brien and D'Angelo are names, not quotes; the promise is the provider's own
    name: '"I\'ll ask Siobhan O\'Brien and Tony D\'Angelo in Genealogy and e-mail you their answer by Tuesday" promises: code fails',
    lines: [
      [0, 'p', 'looking for irish ship records from 1880s, email is cdoyle@comcast.net'],
      [24, 'l', "Hi, Jo at Sample County Library. I'll ask Siobhan O'Brien and Tony D'Angelo in Genealogy and e-mail you their answer by Tuesday."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // near miss (yearQuoteA8, folded at the merge into A10's apostropheWordsA10): a promise in straight single quotes after "said" is still a report
    name: "near miss: \"The last librarian said 'I will email you the list by Friday', and it went out Friday.\" is no promise: contact na",
    lines: [
      ...open('did i ever get that list of cookbooks?', 'Hi, Jo at Sample County Library. The vegetarian one?'),
      [50, 'p', 'yes'],
      [62, 'l', "The last librarian said 'I will email you the list by Friday', and it went out Friday; it's also at samplelib.org/lists."],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss (relayedNowA8): a notice's words, not a colleague's; an automatic notice promises no more information
    name: 'near miss: \'The pickup notice says: "We\\\'ll email you when your item is ready."\' is no promise: contact na',
    lines: [
      ...open('how will i know my hold is in', 'Hi, Jo at Sample County Library. Did you choose email or text notices?'),
      [50, 'p', 'email i think'],
      [62, 'l', 'The pickup notice says: "We\'ll email you when your item is ready." You can also check My Account at catalog.samplelib.org.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss (ownPastedA8): the patron sent a question, but the passage pasted is the library's reply: its address is
    // the library's
    name: 'near miss: \'i sent a question and they replied: "Your request was cancelled. Questions? Write to ill@samplelib.org."\' gives no patron contact: code fails',
    lines: [
      [0, 'p', 'i sent a question to ILL and they replied: "Your request was cancelled because no lender was found. Questions? Write to ill@samplelib.org." can u help'],
      [30, 'l', 'Hi, Jo at Sample County Library. I will ask the ILL staff for other lenders and follow up with you by Friday.'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail' }),
  },
  // ---- A2 singleQuotesA2 with contacts and sources ----------------------------------------------------------------------
  {
    // reading: "'98" is a class year and "teachers'" a plural possessive: nothing is quoted; the provider promises
    name: '"Your sister said you need the class of \'98 photo: I\'ll look through the yearbook and e-mail you the page by Friday…teachers\' lounge" promises: code fails',
    lines: [
      [0, 'p', 'my sister said you could help me find my moms yearbook photo, class of 98 at north high. amurphy@gmail.com'],
      [24, 'l', "Hi, Jo at Sample County Library. Your sister said you need the class of '98 photo: I'll look through the yearbook and e-mail you the page by Friday, our copy is kept in the teachers' lounge."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // reading: a title in single quotes with a call number is a source
    name: "\"‘The Warmth of Other Suns’ is on the shelf at 304.8 WIL\" names a book: source passes",
    lines: [
      ...open('good book about the great migration?', 'Hi, Jo at Sample County Library. For a class or for fun?'),
      [50, 'p', 'fun'],
      [62, 'l', '‘The Warmth of Other Suns’ is on the shelf at 304.8 WIL.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "rock 'n' roll" and "the '60s" quote nothing: the promise stands
    name: '"I\'ll dig out the \'60s rock \'n\' roll posters list and email you by 5 o\'clock" promises: code fails',
    lines: [
      [0, 'p', 'does the library have old concert posters from cleveland? email mj.kowal@gmail.com'],
      [24, 'l', "Hi, Jo at Sample County Library. Yes! The patron who asked before you said they're fun. I'll dig out the '60s rock 'n' roll posters list and email you by 5 o'clock."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  // ---- A6 deviceOrPhoneA6 ------------------------------------------------------------------------------------------------
  {
    // reading: how to reach the patron, not about the need: no clarifying question before or without a source
    name: '"Should I text or call your phone when the scan is ready?" asks for a contact: clarify fails',
    lines: [
      [0, 'p', 'can u scan the article on page 3 of the 1964 yearbook'],
      [24, 'l', 'Hi, Jo at Sample County Library. Sure, I can do that today.'],
      [40, 'l', 'Should I text or call your phone when the scan is ready?'],
      [70, 'p', 'text 330-555-0177'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss: the device asked about before the steps
    name: 'near miss: "Tablet or phone?" asks about the device before the steps: clarify passes',
    lines: [
      [0, 'p', 'hoopla wont play'],
      [24, 'l', 'Hi, Jo at Sample County Library. Tablet or phone?'],
      [50, 'p', 'tablet'],
      [62, 'l', 'Update the hoopla app, then sign out and back in; the steps are at hoopladigital.com/help.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [
  {
    // left: "Ms." and "Mr." keep their full stops in the normalised text, so v1's promise family cannot reach "e-mail you"
    // across them (v25 reads it the same); catching it would widen the family. The same words without the titles are in `short`
    // reading: O'Brien and D'Angelo are names, the promise is the provider's own
    name: '"I\'ll ask Ms. O\'Brien and Mr. D\'Angelo in Genealogy and e-mail you their answer by Tuesday" promises: code fails',
    lines: [
      [0, 'p', 'looking for irish ship records from 1880s, email is cdoyle@comcast.net'],
      [24, 'l', "Hi, Jo at Sample County Library. I'll ask Ms. O'Brien and Mr. D'Angelo in Genealogy and e-mail you their answer by Tuesday."],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // left: v25 reads it the same (not A6's change): the question is not taken for a contact question at all ("sent to your
    // … phone number" is not among the words that make one), and reading it so would narrow an older reading of clarify
    // reading: "laptop or phone number" asks where to reach the patron
    name: '"Do you want it sent to your laptop or phone number?" asks for a contact: clarify fails',
    lines: [
      [0, 'p', 'can u send me the link for the tax forms'],
      [24, 'l', 'Hi, Jo at Sample County Library. Do you want it sent to your laptop or phone number?'],
      [60, 'p', 'email, ljames@gmail.com'],
      [70, 'l', 'Here it is: irs.gov/forms-instructions.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
];

describe('twenty-fifth round (A8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-fifth round (A8): the first wave's contacts, referrals, sources and promises checked, every check", whole);
describeSessions("twenty-fifth round (A8): the first wave's contacts, referrals, sources and promises checked, short cases", short);

describeLeft('twenty-fifth-round-contacts-checked', LEFT);
