/**
 * Forty-third round, BUSINESS, CAREERS AND GOVERNMENT INFORMATION, checked: whole sessions no one had written, as a statewide
 * public-library chat service (in the manner of Maryland's AskUsNow!) gets them, each with all 17 checks labelled from
 * RUBRIC.md before it was run. Small-business owners (a bakery's business plan, landscaping licences, a food truck's "free
 * government money", minority-business certification, a barber shop's city permits, a farmers-market sales tax licence, a
 * NAICS code for an SBA loan, an LLC's lost articles and annual report, craft-brewery market research, a supplier's credit
 * score, a liquor-licence list for a market study, foundation grants for a nonprofit); job seekers (a resume after 15 years,
 * a federal resume, a bank-teller interview, the USPS 474 assessment, a stuck unemployment claim, weekly work-search contacts,
 * a county job application); citizens (ZIP and tract census figures, veterans in a county, county unemployment 1990-2020,
 * state delegates, a voter-registration deadline, home-daycare zoning, a deck permit, the owner of the lot next door, 1970s
 * zoning, an assessment appeal, an FBI file by FOIA, county records by Public Information Act, a father's DD-214, food stamps,
 * energy assistance in Spanish, IRS transcripts, town meetings). Referrals to SBA / SCORE, job centers, agencies and offices
 * with and without contacts; statistics and data sources; follow-ups by e-mail and by phone.
 *
 * SHAPES TRIED:
 *  openings: queue lines; pickups of 18-52 s, exactly 60 s (pass), 75 s with a patron "anyone there?" (fail), 95 s after the
 *   patron had left (fail), a recorded `pickedUpAt` of 40 s before a first message at 85 s (pass); greetings with name and
 *   library, "Hey there, Trevor from …", Spanish "¡Hola! Soy Inés, bibliotecaria de …", and "Hi! Thanks for waiting." + a
 *   question under a screen name only (fail);
 *  clarifying: questions on the patron's situation (home library card, county, next of kin, lease or home), a restatement
 *   with no question ("So you need the 2020 census counts for every tract …"), a question only in the message that gives the
 *   first source (fail), a question after a lead-in that says why it is asked;
 *  waits: holds answered in 60-113 s; a hold and "found the code; still hunting for the section" (a partial result that says
 *   the search goes on); a hold answered exactly 120 s later (pass: not longer); "ok give me a sec" then 154 s (fail); a hold,
 *   an internal note and a patron "hello?" inside a 140 s wait (fail); a patron question answered 170 s later with no hold
 *   (fail); the patron's "perfect, thank you!" answered 135 s later (fail); a transfer notice as the hold before the
 *   receiving provider; "Sure, take your time." (no hold) then 304 s until the patron is back (pass);
 *  endings: a check-in 140 s into the final idle and a notice that is also the goodbye (final idle 230 s); a check-in and nothing else (final
 *   idle 200 s to `endedAt`: check-in pass, notice fail); a notice + goodbye with no check-in (256 s); check-in and notice +
 *   goodbye exactly 180 s into the idle (both apply, both pass); a final idle that begins at the answer after a hold, not at
 *   the hold (170 s: check-in applies, notice does not); the patron's "k thx" last (no final idle, no goodbye: courteous
 *   fails); a goodbye right after the patron's last message (no final idle);
 *  completeness: "Does that give you a good starting point for the credit union?", "Were you able to find the figure in that
 *   table?", "Will those work for your studying?", "Would those help you get ready?", "Is this the kind of data you had in
 *   mind?", "Will that work for checking the supplier?", Spanish "¿Le sirve esta información?", "Is that the kind of funding
 *   information you were after?", "Will the 2023 list work as a starting point for now?"; against: "… e-mail it to you, if
 *   that works?" (an offer, not yet given) and no question at all;
 *  closing: the patron's "thats everything", "No more questions", "That covers everything I needed.", "no that covers it",
 *   "no, es todo"; "ok", "ya thx", "yes, thank you" (not done); "we can only take one question per chat … Goodbye."
 *   (dismissal); "several other patrons waiting … please chat back in later" (allowed);
 *  referrals: SCORE with URL and phone; "stop by the American Job Center" with nothing; Planning and Zoning, the claimant
 *   line, a job center, the SBA district office, the clerk, a town office, county DSS, a permits office, Spanish "llamar a la
 *   Oficina de Programas de Energía … al 240-…" by phone; an assessment office and a records center by postal address; a
 *   PIA coordinator by e-mail and post; the Office of Personnel by e-mail; the library's own Business & Career Center by
 *   phone and street address; "go to the land records office at the circuit court" and "SCORE … I'd reach out to them" with
 *   nothing; "file a FOIA request with the FBI through their eFOIA portal at <URL>"; "register … with the Comptroller … online
 *   at <URL>"; staff consulted ("I'll ask our business librarian", "I've sent your question to Frederick County's business
 *   librarian", "check with a colleague");
 *  follow-ups: by me, e-mail given and read back, "by tomorrow afternoon", done in 20 h; by me, e-mail read back, "by
 *   Thursday", done after 80 h (now day 6); by me by phone, read back, "tomorrow morning, before noon" (pending); by the
 *   patron's library, e-mail only in `patron.email`, no time (pending); "I'll e-mail it to you by Friday" coded Answered;
 *   by me with no contact anywhere and no time;
 *  codes: a true Lost Call, Lost Call with three patron messages, Practice, null;
 *  transfers: notice + note before the transfer, each provider at four chats only outside the part they handled (pass); a
 *   note and no word to the patron (fail);
 *  concurrency: four at once (fail); three at most with one ending as the session starts and one starting as it ends (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a FOIA request filed with an agency through its request portal ("file a FOIA request with the FBI through their eFOIA
 *   portal at efoia.fbi.gov") is writing to the agency and asking it for records: a referral, reached by the URL (the way the
 *   accounts file took "contact … with the form at <URL>"); registering for a licence online ("register … with the
 *   Comptroller of Maryland — online at marylandtaxes.gov") is self-service on a website the agency publishes: a source,
 *   not a referral (Terms: "even when an agency publishes it");
 * - "Some of the market research databases are only licensed for certain counties." names no resource: no source;
 * - "I'll ask our business librarian …", "I've sent your question to Frederick County's business librarian, and someone from
 *   FCPL will contact you" and "check with a colleague" are staff consulted on the patron's behalf (no referral); the second
 *   is a promise (a follow-up session); "call our Business & Career Center at …" (the provider's own library's department,
 *   the patron told to contact it) is a referral;
 * - "Were you able to find the figure in that table?" / "Were you able to pull it up?" ask whether what was given meets the
 *   need; "Will the 2023 list work as a starting point for now?" does too (the list was given in the message before);
 * - "Have a good night.", "Bye now, good luck …", "Take care, and thank you …" are goodbyes; "My pleasure. Good luck …"
 *   is not, but the message before it ("Thank you! Anything else for today?") thanks the patron;
 * - "The Board … publishes a list, but the version I can find online is from 2023. I want to check with a colleague …" says
 *   the search goes on (a hold); "Sure, take your time." is not a hold;
 * - a session that announces a transfer ("I'm going to transfer you … Please hold a moment.") is on hold from that message;
 *   the receiving provider's "Hi, I'm Tyrone … Give me a minute to pull the permit list." ends that span and starts another.
 *
 * COUNTS. Written: 40 whole sessions: a first batch of 34 (BZ01-BZ34) and a second of 6 (BZ35-BZ40) written after the first
 * run, every one of the 17 checks labelled before its batch was run (the first labels are kept outside the repo). First run
 * as labelled / disagreeing: 34 / 6 (first batch 29 / 5: BZ05, BZ11, BZ15, BZ26, BZ32; second 5 / 1: BZ35).
 * Label corrections: 1. BZ26 referral.contact, first labelled pass ("register for a sales and use tax license with the
 * Comptroller of Maryland — it's free, online at marylandtaxes.gov" read as a referral reached by URL); RUBRIC's Terms:
 * "Pointing to a website … for the patron to use is a source, not a referral, even when an agency publishes it": the
 * patron is told to use the agency's registration website, not to call, write to, ask or visit the agency, so na.
 * Final: 35 running, 5 LEFT (LEFT_WHY below):
 *  followup.completeness (2): BZ11 "Is that the kind of funding information you were after?", BZ32 "Will the 2023 list work
 *   as a starting point for now?" (false fails: a longer noun phrase, or a number in it, hides the question);
 *  inquiry.clarify (2): BZ35 a question after the lead-in "Just to be sure I send you to the right place:", BZ15 "Which
 *   library card do you have? Some of the market research databases are only licensed …" (a generic mention taken for a
 *   source in the same message) (false fails);
 *  referral.contact (1): BZ05 "file a FOIA request with the FBI through their eFOIA portal at efoia.fbi.gov" (false na).
 * Every timing check (pickup with its 60 s boundary and `pickedUpAt`, keep_informed with its 120 s boundary, holds, internal
 * notes and patron messages inside a wait, idle_checkin and disconnect_notice with the 180 s boundary and a final idle that
 * starts after a hold, concurrency with open-interval ends and transfers, on_time done / late / pending) scored as labelled.
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a phone in the chat, an e-mail
 * in `patron.email`), and for the 5 LEFT cases too, checked outside the suite.
 *
 * FINAL RUN (`--project scoring`, this file only): 40 tests passed (5 through describeLeft).
 * ON v55 (block U): BZ05's "file a Freedom of Information Act request with the FBI through their eFOIA portal at …" (U4, U20)
 *   reads as labelled and runs.
 * ON v68 (block AH22): BZ11's "Is that the kind of funding information you were after?" (the kind in two words) reads as labelled
 *   and runs.
 */
import { describe } from 'vitest';
import { ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, P, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const LENA: Prov = P('lena', 'Lena', 'FCPL');
const DARNELL: Prov = P('darnell', 'Darnell', 'BCPL');
const MEI: Prov = P('mei', 'Mei', 'HCLS');
const OWEN: Prov = P('owen', 'Owen', 'AACPL');
const GRACE: Prov = P('grace', 'Grace', 'EPFL');
const TREVOR: Prov = P('trevor', 'Trevor', 'CARR');
const ROXANNE: Prov = P('roxanne', 'Roxanne', 'HCPL');
const KWAME: Prov = P('kwame', 'Kwame', 'PGCMLS');
const HELEN: Prov = P('helen', 'Helen', 'WCFL');
const VINCE: Prov = P('vince', 'Vince', 'CECIL');
const NADIA: Prov = P('nadia', 'Nadia', 'BCPL');
const PHIL: Prov = P('phil', 'Phil', 'SMCL');
const JOANNE: Prov = P('joanne', 'Joanne', 'HCLS');
const TYRONE: Prov = P('tyrone', 'Tyrone Banks', 'EPFL');
const BRIAN: Prov = P('brian', 'Brian', 'TCFL');
const MARISOL: Prov = P('marisol', 'Marisol Vega', 'MCPL');
const YVETTE: Prov = P('yvette', 'Yvette', 'HCLS');
const CURTIS: Prov = P('curtis', 'Curtis', 'ACLS');
const SIMONE: Prov = P('simone', 'Simone', 'PGCMLS');
const ARTIE: Prov = P('artie', 'Artie', 'KENT');
const DOLORES: Prov = P('dolores', 'Dolores', 'WOR');
const GIDEON: Prov = P('gideon', 'Gideon', 'MCPL');
const ESTHER: Prov = P('esther', 'Esther', 'CALV');
const TRAINER: Prov = P('trainer', 'AskUsNow Trainer', 'MSLRC');
const MARTA: Prov = P('marta', 'Marta', 'SOM');
const LUIS: Prov = P('luis', 'Luis', 'WCFL');
const INES: Prov = P('ines', 'Inés', 'MCPL');
const KEN: Prov = P('ken', 'qacl_chat2', 'QACL');
const FRANK: Prov = P('frank', 'Frank', 'HCPL');
const PEGGY: Prov = P('peggy', 'Peggy', 'DCPL');
const ROLAND: Prov = P('roland', 'Roland', 'FCPL');
const WANDA: Prov = P('wanda', 'Wanda', 'CHAS');
const HOLLY: Prov = P('holly', 'Holly', 'AACPL');
const OSCAR: Prov = P('oscar', 'Oscar', 'EPFL');
const TESS: Prov = P('tess', 'Tess', 'CECIL');
const ABE: Prov = P('abe', 'Abe', 'BCPL');
const MAURA: Prov = P('maura', 'Maura', 'BCPL');
const NICK: Prov = P('nick', 'Nick', 'HCLS');
const PAULA: Prov = P('paula', 'Paula', 'CARR');
const RITA: Prov = P('rita', 'Rita', 'EPFL');
const SETH: Prov = P('seth', 'Seth', 'WCFL');
const KAYLA: Prov = P('kayla', 'Kayla', 'HCPL');

export const business: SessionCase[] = [
  // BZ01 a bakery's business plan: everything by the book, SCORE with URL and phone
  s(LENA, 'BZ01 bakery business plan for a credit-union loan: Gale Business: Plan Writer, SCORE with URL and phone, "thats everything"', [
    [0, 'p', "Hi, I'm opening a small bakery and the bank wants a business plan. Where do I even start?"],
    queue(3),
    [41, 'l', "Good afternoon! You've reached Ask Us Now — I'm Lena, a librarian at Frederick County Public Libraries."],
    [47, 'l', 'Congratulations on the bakery! Is the plan for an SBA-backed loan or a regular bank loan? And do you already have any numbers (startup costs, expected sales)?'],
    [112, 'p', 'regular loan from my credit union. i have a rough budget but thats it'],
    [120, 'l', 'Great, let me pull up a couple of things for you.'],
    [205, 'l', 'Our Gale Business: Plan Writer database has sample plans for bakeries and a step-by-step template — from fcpl.org go to Research > Business & Careers > Gale Business: Plan Writer, and log in with your card. For free one-on-one help, you can also contact SCORE for a volunteer mentor at score.org/find-mentor or 1-800-634-0245.'],
    [211, 'l', 'Does that give you a good starting point for the credit union?'],
    [290, 'p', 'yes!! the sample plans are exactly what i needed. thats everything, thank you'],
    [298, 'l', 'Wonderful — good luck with the bakery, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // BZ02 resume template, chat-speak; "give me a sec" then 154 s; the job center named with no contact
  s(DARNELL, 'BZ02 resume after 15 years (chat-speak): "ok give me a sec" then 154 s, "stop by the American Job Center" with no contact', [
    [0, 'p', 'need help w my resume, havent had one in 15 yrs'],
    [22, 'l', 'Hi! Darnell here with Baltimore County Public Library. Happy to help.'],
    [27, 'l', 'What kind of job are you applying for, and do you need a template or someone to look over what you have?'],
    [70, 'p', 'warehouse supervisor. i need like a template i guess'],
    [78, 'l', 'ok give me a sec to find a good one'],
    [232, 'l', 'Sorry for the wait! Our LearningExpress Library database has resume templates and a resume-writing course. From bcpl.info click Research > Jobs & Careers > LearningExpress, then "Job Search and Workplace Skills".'],
    [236, 'l', 'You could also stop by the American Job Center — the staff there do free resume reviews.'],
    [240, 'l', 'Does that help?'],
    [275, 'p', 'ya thx'],
    [281, 'l', 'Thanks for chatting, good luck with the job hunt!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'fail' })),

  // BZ03 census income for a ZIP; the patron vanishes; a check-in and a notice that is also the goodbye
  s(MEI, 'BZ03 median household income for 21044 (grant application): patron goes quiet, check-in at 330, notice + goodbye at 420', [
    [0, 'p', 'Where can I find the median household income for zip code 21044? Its for a grant application for our nonprofit.'],
    [35, 'l', 'Hello and welcome to Ask Us Now! My name is Mei, and I am a reference librarian at Howard County Library System.'],
    [40, 'l', 'Do you need the most recent figure only, or a comparison over several years? Some grant forms ask for a specific source, too — does yours?'],
    [105, 'p', 'Just the most recent. They want a government source.'],
    [111, 'l', 'Perfect. One moment while I pull it up.'],
    [190, 'l', 'The Census Bureau\'s American Community Survey is the standard source. Go to data.census.gov, type "median household income 21044" in the search box, and open table S1901 (5-year estimates). The figure is in the "Households" column, "Median income (dollars)" row.'],
    [195, 'l', 'Were you able to find the figure in that table?'],
    [330, 'l', 'Are you still there?'],
    [420, 'l', "I haven't heard back, so it seems you may have been disconnected. I'll end this chat now, but please come back anytime if you have more questions. Thanks for using Ask Us Now!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // BZ04 home daycare zoning: a hold, a partial result that says the search goes on, the code and two offices
  s(OWEN, 'BZ04 home daycare in Glen Burnie: hold, "found the code; still hunting for the section", Planning and Zoning by phone', [
    [0, 'p', 'hello, am I allowed to run a small daycare out of my house? I live in Glen Burnie'],
    [18, 'l', 'Hi, this is Owen, a librarian at Anne Arundel County Public Library. Thanks for reaching out!'],
    [24, 'l', 'How many children are you thinking of caring for? The county treats a small family child care home differently from a larger center.'],
    [80, 'p', 'probably 6 or 7 kids'],
    [88, 'l', 'Thanks — let me look at the county code for you. This may take a couple of minutes.'],
    [196, 'l', 'I found the county zoning code; still hunting for the section on family child care homes.'],
    [300, 'l', 'Here it is: the Anne Arundel County Code, Article 18 (Zoning), has a section on family child care homes in residential districts — read it at codelibrary.amlegal.com (choose Anne Arundel, then search "family child care"). A small home day care is generally allowed as an accessory use, but you also need a state child care license.'],
    [306, 'l', "For a definite answer on your property, call the county's Office of Planning and Zoning at 410-222-7450. The state license comes from the Maryland State Department of Education's Office of Child Care: earlychildhood.marylandpublicschools.org."],
    [312, 'l', 'Is that what you were looking for?'],
    [380, 'p', "Yes, that's very helpful. No more questions, thank you!"],
    [386, 'l', 'You are welcome! Thanks for contacting Ask Us Now, and good luck with the daycare.'],
  ], usual({ referral: 'pass' })),

  // BZ05 an FBI file by FOIA; sample letter e-mailed by tomorrow afternoon (done in 20 h)
  s(GRACE, 'BZ05 grandfather\'s FBI file: proof of death asked, eFOIA portal, sample letter to an e-mail read back "by tomorrow afternoon" (done 20 h)', [
    [0, 'p', 'My grandfather was investigated by the FBI in the 1950s (we think). How do we get his file?'],
    [52, 'l', "Hi there — I'm Grace, a librarian at the Enoch Pratt Free Library. Thanks for your patience in the queue!"],
    [58, 'l', 'Is your grandfather deceased? The FBI asks for proof of death (an obituary or death certificate) before releasing a file on someone else.'],
    [110, 'p', 'yes he died in 1988. we have the obituary'],
    [118, 'l', "Good. You'd file a Freedom of Information Act request with the FBI through their eFOIA portal at efoia.fbi.gov, attaching the obituary. It's free to file. Some files were already released and are on vault.fbi.gov, so search there first."],
    [124, 'l', 'Does that help as a starting point?'],
    [175, 'p', 'yes. is there a sample letter or something? I have never done this'],
    [183, 'l', "There is, and I'd like to pull together a sample request letter and a short guide for you. I can e-mail them — what address should I use?"],
    [230, 'p', 'its dkowal58@gmail.com'],
    [236, 'l', "Thanks — I'll send the sample letter and guide to dkowal58@gmail.com by tomorrow afternoon."],
    [250, 'p', 'great, thats all i needed'],
    [255, 'l', 'Thank you for using Pratt Library chat. Take care!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // BZ06 state delegates: no completeness question
  s(TREVOR, 'BZ06 who are my state delegates (Westminster): street asked, "Find My Legislators", "Anything else" but no "did that help"', [
    [0, 'p', 'who r my state delegates? i live in westminster'],
    [29, 'l', 'Hey there, Trevor from Carroll County Public Library here, answering for Ask Us Now.'],
    [34, 'l', 'Westminster is split between districts, so could you give me your street (no house number needed)?'],
    [90, 'p', 'Green st'],
    [97, 'l', 'One sec, checking the district map.'],
    [160, 'l', 'Green Street is in Legislative District 5. Your delegates are listed on the General Assembly\'s site: go to mgaleg.maryland.gov, click "Find My Legislators" at the top and enter your address — it shows their photos, offices and phone numbers.'],
    [225, 'p', 'ok'],
    [231, 'l', 'Anything else I can look up for you?'],
    [262, 'p', 'nope'],
    [266, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ complete: 'fail' })),

  // BZ07 voter registration: the patron left before the 95 s pickup; a true Lost Call
  s(ROXANNE, 'BZ07 voter registration deadline: patron leaves at 60, pickup at 95, hold, "looks like you have left … come back anytime": Lost Call', [
    [0, 'p', 'whats the deadline to register to vote for the primary in maryland'],
    queue(2, 4),
    left(60),
    [95, 'l', "Hello! Welcome to Ask Us Now, I'm Roxanne, a librarian at Harford County Public Library."],
    [101, 'l', 'Let me take a look at that for you.'],
    [160, 'l', 'It looks like you have left the chat, so I will close this session. Please come back anytime — thanks for using Ask Us Now!'],
  ], usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }), { resolutionCode: 'Lost Call' }),

  // BZ08 unemployment claim stuck; a frustrated patron; two referrals with numbers
  s(KWAME, 'BZ08 unemployment claim pending 5 weeks: BEACON message + claimant line, then the American Job Center by phone; "ok"', [
    [0, 'p', 'I filed for unemployment 5 weeks ago and still nothing. I cant get anyone on the phone. what do I do'],
    [44, 'l', "Hi, I'm Kwame, a librarian with Prince George's County Memorial Library System. I'm sorry — that's really stressful."],
    [50, 'l', 'Is your claim showing as "pending" in BEACON, or did you get a letter asking for more information or scheduling a fact-finding interview?'],
    [140, 'p', 'it says pending. no letters'],
    [150, 'l', "Pending claims with no letter usually mean an issue is waiting for an adjudicator. Send a secure message from your BEACON account at beacon.labor.maryland.gov (Inbox > Correspondence), which creates a record, and keep calling the Division of Unemployment Insurance claimant line at 667-207-6520 — it's least busy right at 7:30 am."],
    [156, 'l', 'Does that help?'],
    [230, 'p', 'not really ive called like 50 times'],
    [236, 'l', 'I understand. One more option: call the American Job Center in Largo at 301-618-8400 — their staff can sometimes help escalate a stuck claim.'],
    [300, 'p', 'ok'],
    [306, 'l', 'Good luck, and thanks for reaching out to us.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // BZ09 postal exam: holds every 105-112 s
  s(HELEN, 'BZ09 USPS 474 assessment prep: holds at 101 and 206 (partial), answer at 318, "That covers everything I needed."', [
    [0, 'p', 'Good morning. Do you have anything to help me study for the post office test? I think its called the 474.'],
    [26, 'l', 'Good morning! This is Helen, a librarian at Washington County Free Library, with AskUsNow!'],
    [31, 'l', 'Yes, that is the USPS Virtual Entry Assessment. Do you prefer a book you can borrow, or practice tests online?'],
    [95, 'p', 'Both if possible'],
    [101, 'l', 'Let me check our catalog and databases. One moment please.'],
    [206, 'l', 'Still searching — I have one book so far, checking the practice-test databases now.'],
    [318, 'l', 'Here is what I found:\n1. Book: "Postal Exam 474/475/476/477" (Kaplan), in our catalog at washcolibrary.org — 2 copies at the Hagerstown branch.\n2. Practice tests: LearningExpress Library (Jobs & Careers > Civil Service) has timed practice exams; log in from our website\'s eResources page with your library card.'],
    [324, 'l', 'Will those work for your studying?'],
    [400, 'p', 'Yes, perfect. That covers everything I needed.'],
    [406, 'l', 'Excellent. Good luck on the assessment, and thank you for using AskUsNow!'],
  ], usual()),

  // BZ10 landscaping licences; more questions met with a one-question limit
  s(VINCE, 'BZ10 landscaping licences in Elkton: answered, then "we can only take one question per chat … Goodbye." (dismissal)', [
    [0, 'p', 'hi im starting a landscaping business in elkton. what licenses do i need'],
    [33, 'l', 'Hello, Vince with Cecil County Public Library here.'],
    [38, 'l', 'Will you be doing only mowing and planting, or also tree work and pesticide application? Those need extra licenses.'],
    [85, 'p', 'mowing, planting, maybe mulch. no chemicals'],
    [91, 'l', "Then you mainly need to register the business with the state through Maryland Business Express (businessexpress.maryland.gov), which has a checklist by business type, and apply for a trader's license with the Clerk of the Circuit Court for Cecil County — call them at 410-996-5375."],
    [97, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes thanks. also are there any grants for new businesses? and do i need insurance? and how do i do taxes for it'],
    [158, 'l', "I'm sorry, but we can only take one question per chat, and you've already had yours answered. Goodbye."],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // BZ11 food-truck grants; more questions met with "other patrons waiting, chat back later" (allowed)
  s(NADIA, 'BZ11 food truck "free government money": SBA district office by phone, then "several other patrons waiting … chat back in later"', [
    [0, 'p', 'Are there grants for starting a food truck? I keep seeing ads for "free government money"'],
    [24, 'l', "Hi! I'm Nadia, an Ask Us Now librarian at Baltimore County Public Library."],
    [30, 'l', 'Are you in Baltimore County? And have you already registered the business, or is it still at the idea stage?'],
    [88, 'p', 'Yes Baltimore county, just an idea right now'],
    [95, 'l', 'Thanks. Let me look at what is out there for your area.'],
    [190, 'l', 'Honestly, those "free government money" ads are almost always scams — federal grants rarely go to start-ups. The real options are mostly loans and microloans. Call the SBA Baltimore District Office at 410-962-6195 to ask about microloans, and Baltimore County\'s Department of Economic and Workforce Development lists local programs at baltimorecountymd.gov/departments/economic-development.'],
    [196, 'l', 'Is that the kind of funding information you were after?'],
    [250, 'p', 'yes that helps. what about the health permit for the truck, and the fire inspection, and where can i park it, and do i need a commissary'],
    [262, 'l', 'Those are all good questions! There are several other patrons waiting in the chat queue right now, so I need to wrap up here — please chat back in later and another librarian can go through the permits with you. Thanks for chatting, and good luck with the truck!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // BZ12 who owns the lot next door: SDAT search, then the land records office with no contact
  s(PHIL, 'BZ12 owner of the empty lot next door: SDAT Real Property search, then "go to the land records office at the circuit court" (no contact)', [
    [0, 'p', 'how can i find out who owns the empty lot next to my house? want to ask if they would sell it'],
    [31, 'l', "Hi there! Phil at St. Mary's County Library, with Ask Us Now."],
    [36, 'l', 'Do you know the street address or the tax account number for the lot? If not, the nearest address will do.'],
    [100, 'p', 'no address, its between 22810 and 22830 Three Notch rd'],
    [108, 'l', 'Give me a minute to search the state property database.'],
    [201, 'l', 'Found it. Use the Maryland SDAT Real Property search at sdat.dat.maryland.gov/RealProperty: choose St. Mary\'s County, search by street "Three Notch", and the lot between those two numbers shows the owner\'s name and mailing address.'],
    [207, 'l', "If you'd like a copy of the actual deed, you'll need to go to the land records office at the circuit court."],
    [213, 'l', 'Did that help?'],
    [290, 'p', 'yes i found the owner. thank you!'],
    [296, 'l', 'Great! Is there anything else I can help with today?'],
    [340, 'p', 'no thats all'],
    [345, 'l', 'Have a good evening, bye!'],
  ], usual({ referral: 'fail' })),

  // BZ13 a barber shop in Baltimore City: transfer with notice and note; each provider busy only outside their part
  s(JOANNE, 'BZ13 barber shop permits (Baltimore City): notice + internal note + transfer to Pratt; Joanne at 4 and Tyrone at 4 only outside their parts', [
    [0, 'p', 'I want to open a barber shop in Baltimore city, what permits do i need'],
    [27, 'l', 'Hello! This is Joanne, a librarian with Howard County Library System, answering for AskUsNow.'],
    [33, 'l', 'Is the shop going to be in a space you lease, or in your home?'],
    [80, 'p', 'leasing a storefront on Harford Rd'],
    [88, 'l', "Since it's in Baltimore City, I'm going to transfer you to a librarian at the Pratt Library's business center, who knows the city permits well. Please hold a moment."],
    [92, 'i', 'Tyrone, can you take this? Patron opening a barber shop in a leased storefront on Harford Rd, needs city permits/licenses. Thanks!'],
    xfer(96, 'Tyrone Banks', 'tyrone'),
    [150, 'l', "Hi, I'm Tyrone with the Enoch Pratt Free Library's business center. Give me a minute to pull the permit list.", as(TYRONE)],
    [255, 'l', "You'll need three things: (1) a barber shop license from the Maryland Board of Barbers, applied for online at labor.maryland.gov/license/barbers; (2) a use & occupancy permit through Baltimore City's permits portal, permits.baltimorecity.gov; (3) the business registered with the state at businessexpress.maryland.gov. If you have questions about the use & occupancy permit, call the city's permit office at 410-396-3470.", as(TYRONE)],
    [262, 'l', 'Does that cover what you were looking for?', as(TYRONE)],
    [330, 'p', "yes that's all I need. thank you both"],
    [336, 'l', 'Thanks for using AskUsNow, and good luck with the shop!', as(TYRONE)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('j1', 'joanne', -200, 500), other('j2', 'joanne', -100, 600), other('j3', 'joanne', 120, 900), other('j4', 'joanne', 130, 900),
      other('t1', 'tyrone', -300, 60), other('t2', 'tyrone', -200, 80), other('t3', 'tyrone', -100, 90), other('t4', 'tyrone', 100, 800), other('t5', 'tyrone', 50, 700),
    ],
  }),

  // BZ14 assessment appeal: transfer with a note but no word to the patron
  s(BRIAN, 'BZ14 Montgomery assessment appeal: internal note and transfer with no word to the patron; Marisol gives SDAT appeals + postal address', [
    [0, 'p', 'my property assessment went up 30% this year, can i appeal it? montgomery county'],
    [20, 'l', 'Hi, Brian at Talbot County Free Library here, covering Ask Us Now.'],
    [26, 'l', 'When did you get the assessment notice? The appeal window is short.'],
    [70, 'p', 'about 2 weeks ago'],
    [77, 'i', 'Marisol — MoCo property assessment appeal, notice ~2 wks ago, can you take it? I am not familiar with MoCo offices.'],
    xfer(80, 'Marisol Vega', 'marisol'),
    [135, 'l', "Hello, I'm Marisol, a librarian at Montgomery County Public Libraries. You're within the 45-day appeal window. You can file the appeal online through SDAT's Real Property page at dat.maryland.gov/realproperty (click \"Appeals\"), or write to the Montgomery County Assessment Office, 30 W. Gude Drive, Suite 400, Rockville, MD 20850.", as(MARISOL)],
    [141, 'l', 'Is that what you needed?', as(MARISOL)],
    [200, 'p', 'yes. thank u'],
    [206, 'l', 'Anything else I can help you with?', as(MARISOL)],
    [240, 'p', 'no thats it'],
    [246, 'l', 'Good luck with the appeal! Thanks for chatting.', as(MARISOL)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // BZ15 craft-brewery market research: follow-up by the patron's library, e-mail only in patron.email, no time
  s(YVETTE, 'BZ15 craft brewery industry data: Data Axle via FCPL, "someone from FCPL will contact you by e-mail" (FU_LIB, e-mail only in the record, no time)', [
    [0, 'p', 'hi, I need industry data on craft breweries in Maryland for a business plan - market size, competitors etc.'],
    [38, 'l', 'Hello! Yvette here, a librarian with Howard County Library System, answering for Ask Us Now.'],
    [44, 'l', 'Which library card do you have? Some of the market research databases are only licensed for certain counties.'],
    [100, 'p', 'Frederick county'],
    [106, 'l', 'Thanks, one moment while I check what Frederick offers.'],
    [215, 'l', "Frederick County's business databases include Data Axle Reference Solutions (formerly ReferenceUSA), which lists every brewery in Maryland with size and sales estimates — it's on fcpl.org under Research > Business. For industry reports like IBISWorld, Frederick's business librarian can check what they can get for you."],
    [221, 'l', "I've sent your question to Frederick County's business librarian, and someone from FCPL will contact you by e-mail with the industry report options."],
    [228, 'l', 'Does the Data Axle listing help for the competitor part in the meantime?'],
    [300, 'p', 'yes, thank you'],
    [306, 'l', 'Thank you for using Ask Us Now, have a great day!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'brewplans@outlook.com', phone: null } }),

  // BZ16 BLS county unemployment series: spreadsheet e-mailed "by Thursday", done after 80 h
  s(CURTIS, 'BZ16 Allegany unemployment 1990-2020: holds under 120 s, table e-mailed to an address read back "by Thursday", done at 80 h (day 6)', [
    [0, 'p', 'I need the annual unemployment rate for Allegany County for every year 1990-2020, for a class paper. Is there one table with all of it?'],
    [40, 'l', 'Hi, this is Curtis, a librarian at Allegany County Library System.'],
    [46, 'l', 'Do you need annual averages or monthly numbers? And is there a citation style your professor wants?'],
    [120, 'p', 'annual averages. APA'],
    [127, 'l', 'OK, let me check the BLS data tools. This could take a few minutes.'],
    [240, 'l', 'Still working on it — the BLS Local Area Unemployment Statistics series for Allegany County goes back to 1990, but the download tool is slow today.'],
    [352, 'l', "The series is LAUCN240010000000003 on bls.gov/lau. I can build the 1990-2020 table in a spreadsheet with the APA citation and e-mail it to you, if that works? What's your e-mail?"],
    [410, 'p', 'that would be amazing. its tmiller22@frostburg.edu'],
    [418, 'l', "Got it: tmiller22@frostburg.edu. You'll have the spreadsheet by Thursday at the latest."],
    [430, 'p', 'perfect thanks so much'],
    [436, 'l', "You're welcome! Thanks for using Ask Us Now."],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // BZ17 minority business certification: a grants list promised by e-mail "by Friday", coded Answered
  s(SIMONE, 'BZ17 MBE certification: MDOT page + county division by phone; grants list promised "by Friday" to an e-mail given, coded Answered', [
    [0, 'p', 'Hello. I run a small cleaning company and want to get certified as a minority business to bid on county contracts. Where do I start?'],
    [29, 'l', "Good afternoon! My name is Simone and I am a librarian at Prince George's County Memorial Library System."],
    [35, 'l', "Are you aiming at Prince George's County contracts, state contracts, or both?"],
    [95, 'p', 'both if possible'],
    [102, 'l', "For state contracts, the certification is the MBE program run by the Maryland Department of Transportation: the application and eligibility rules are at mdot.maryland.gov/ocr (Minority Business Enterprise). For county contracts, Prince George's has its own County-Based Small Business program — contact the Supplier Development & Diversity Division at 301-883-6480."],
    [108, 'l', 'Does that point you in the right direction?'],
    [170, 'p', 'Yes. Do you also have a list of local grants for small businesses?'],
    [178, 'l', "Our business librarian keeps an up-to-date list of local grants. I'll e-mail it to you by Friday. What e-mail should I send it to?"],
    [215, 'p', 'wright.cleaning@yahoo.com'],
    [221, 'l', 'Thank you! Anything else for today?'],
    [245, 'p', 'no, that is all. thank you!'],
    [250, 'l', 'My pleasure. Good luck with the certification!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending', referral: 'pass' })),

  // BZ18 bank-teller interview: a check-in, no notice, final idle 200 s
  s(ARTIE, 'BZ18 bank teller interview prep: answer at 170, "Are you still there?" at 310, session ends at 370 (final idle 200 s, no notice)', [
    [0, 'p', 'i have a job interview friday for a bank teller job. any tips or practice stuff?'],
    [21, 'l', 'Hi! Artie here, librarian at Kent County Public Library (Ask Us Now).'],
    [26, 'l', 'Is it an in-person interview or a video one?'],
    [75, 'p', 'in person'],
    [82, 'l', 'Nice. Let me find a couple of resources.'],
    [170, 'l', 'Check out the "Interview Skills" course in LearningExpress Library (kent.lib.md.us > eResources > LearningExpress) — common interview questions with sample answers. The Maryland Workforce Exchange at mwejobs.maryland.gov also has a free mock interview tool under Career Resources.'],
    [176, 'l', 'Would those help you get ready?'],
    [310, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),

  // BZ19 SNAP application: no check-in, a notice + goodbye 256 s into the final idle
  s(DOLORES, 'BZ19 food stamps in Worcester: myMDTHINK + DSS phone, then only "It seems you\'ve disconnected, so I\'ll end this session" at 364', [
    [0, 'p', 'how do i apply for food stamps in worcester county'],
    [36, 'l', 'Hello, my name is Dolores, a librarian at Worcester County Library. Thank you for contacting Ask Us Now.'],
    [42, 'l', 'Would you like to apply online, or would you rather go in person to an office?'],
    [100, 'p', 'online if i can'],
    [108, 'l', 'You can apply for SNAP online through myMDTHINK at mymdthink.maryland.gov — click "Apply for Benefits." If you need help with the application, call the Worcester County Department of Social Services at 410-677-6800.'],
    [114, 'l', 'Does that answer your question?'],
    [364, 'l', "It seems you've disconnected, so I'll end this session now. Thank you for contacting Ask Us Now, and feel free to reach out again."],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // BZ20 federal resume: four chats at once
  s(GIDEON, 'BZ20 federal resume for USAJOBS: all well, but Gideon had four chats open at once', [
    [0, 'p', 'how is a federal resume different from a normal one? applying on usajobs'],
    [25, 'l', 'Hi there, Gideon at Montgomery County Public Libraries, with Ask Us Now.'],
    [30, 'l', 'Have you already picked a job announcement, or are you just getting started?'],
    [72, 'p', 'i have one picked, a GS-7 admin job at NIH'],
    [80, 'l', 'Federal resumes are longer and list hours per week, salary, supervisor, and specific examples matching the announcement\'s "Qualifications" section. USAJOBS has a guide with a sample: help.usajobs.gov, search "What should I include in my federal resume". We also have "Ten Steps to a Federal Job" by Kathryn Troutman in our catalog.'],
    [86, 'l', 'Does that help?'],
    [140, 'p', 'yes that helps a lot, thats all i needed'],
    [145, 'l', 'Good luck with the application! Thanks for chatting.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gideon', -300, 400), other('g2', 'gideon', -100, 300), other('g3', 'gideon', 40, 500)],
  }),

  // BZ21 veterans in Calvert: three at most, one ending as this starts and one starting as it ends
  s(ESTHER, 'BZ21 number of veterans in Calvert (ACS S2101): three chats at most, one ending at its start, one starting at its end', [
    [0, 'p', 'How many veterans live in Calvert County? Need a number for a grant proposal.'],
    [19, 'l', "Hi, I'm Esther, a librarian at Calvert Library. Happy to help!"],
    [24, 'l', 'Do you need a total count only, or broken down by age or period of service?'],
    [80, 'p', 'just the total'],
    [88, 'l', 'The Census Bureau\'s American Community Survey has it: on data.census.gov search "veteran status Calvert County" and open table S2101. The 5-year estimate of civilian veterans is in the first row. For a grant, cite it as U.S. Census Bureau, American Community Survey 5-Year Estimates, Table S2101.'],
    [94, 'l', 'Is that the figure you needed?'],
    [150, 'p', 'yes, got it - 6,000 something. thanks!'],
    [156, 'l', 'Glad to help! Anything else?'],
    [190, 'p', 'no thanks'],
    [195, 'l', 'Thanks for using Ask Us Now. Bye!'],
  ], usual(), {}, {
    otherIntervals: [other('e1', 'esther', -400, 0), other('e2', 'esther', -200, 300), other('e3', 'esther', 30, 250), other('e4', 'esther', 200, 700)],
  }),

  // BZ22 a training session: Practice
  s(TRAINER, 'BZ22 training: "practicing for the business reference training", coded Practice', [
    [0, 'p', 'test test - is this working? practicing for the business reference training'],
    [10, 'l', 'Hi, this is the AskUsNow trainer. Yes, it works! Try sending a question about SBA loans.'],
    [40, 'p', 'where can i find SBA loan stats'],
    [50, 'l', 'Try sba.gov/data. Does that help?'],
    [70, 'p', 'yep bye'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // BZ23 town commissioners' meeting: no resolution code
  s(MARTA, 'BZ23 Princess Anne commissioners meeting: town site + Town Office phone, "Have a good night", resolution code null', [
    [0, 'p', 'when is the next town commissioners meeting in princess anne'],
    [40, 'l', 'Hello! Marta here from Somerset County Library, helping with Ask Us Now tonight.'],
    [45, 'l', 'Are you looking for the date only, or also the agenda?'],
    [90, 'p', 'both'],
    [96, 'l', 'One moment.'],
    [180, 'l', 'The Town of Princess Anne posts meetings on its website, townofprincessanne.org, under "Government > Meetings & Agendas". The Commissioners meet the first Monday of the month at 7 pm, and agendas go up the Friday before. You can also call the Town Office at 410-651-1818 to confirm.'],
    [186, 'l', 'Does that help?'],
    [240, 'p', 'yes thank you. thats all i need'],
    [246, 'l', 'You are welcome! Have a good night.'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // BZ24 IRS tax transcripts: three patron messages, coded Lost Call; final idle exactly 180 s
  s(LUIS, 'BZ24 IRS transcript for a mortgage: patron sent 3 messages, coded Lost Call; check-in, notice + goodbye exactly 180 s into the idle', [
    [0, 'p', 'i need my tax transcript for a mortgage. how'],
    [30, 'l', 'Hi, Luis with Washington County Free Library here, on Ask Us Now.'],
    [35, 'l', 'Do you need the transcript for last year only, or several years?'],
    [60, 'p', 'last 2 years'],
    [64, 'p', 'asap please'],
    [70, 'l', 'The fastest way is the IRS "Get Transcript Online" tool at irs.gov/transcripts — you can download them right away once you verify your identity with ID.me. If that doesn\'t work, you can order them by mail on the same page (5-10 days).'],
    [76, 'l', 'Does that work for you?'],
    [130, 'l', 'Are you still there?'],
    [250, 'l', 'It looks like you may have been disconnected. I will close this chat now; please come back anytime. Thanks!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // BZ25 energy assistance in Spanish
  s(INES, 'BZ25 ayuda para pagar la luz (Spanish): OHEP en línea + la oficina del condado por teléfono, "¿Necesita algo más?"', [
    [0, 'p', 'hola, como puedo pedir ayuda para pagar la luz? vivo en silver spring'],
    [33, 'l', '¡Hola! Soy Inés, bibliotecaria de Montgomery County Public Libraries. Con gusto le ayudo.'],
    [39, 'l', '¿Ya recibió un aviso de corte de servicio, o es para ayuda con las facturas de este año?'],
    [110, 'p', 'no hay aviso todavia, solo quiero ayuda con las facturas'],
    [118, 'l', 'Un momento, por favor, busco la información en español.'],
    [205, 'l', 'Puede solicitar el Programa de Asistencia de Energía de Maryland (OHEP) en línea en mymdthink.maryland.gov, o llamar a la Oficina de Programas de Energía del condado de Montgomery al 240-777-4450 para pedir una cita. La página del estado está en dhs.maryland.gov/office-of-home-energy-programs.'],
    [211, 'l', '¿Le sirve esta información?'],
    [280, 'p', 'si muchas gracias'],
    [286, 'l', '¿Necesita algo más?'],
    [320, 'p', 'no, es todo'],
    [325, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // BZ26 sales tax licence for a market stall: a greeting that names no one (screen name only)
  s(KEN, 'BZ26 jam at the Centreville farmers market: "Hi! Thanks for waiting." + a question, no one named (screen name only); Comptroller online', [
    [0, 'p', 'do i need a sales tax license to sell jam at the farmers market in centreville?'],
    [27, 'l', 'Hi! Thanks for waiting.'],
    [33, 'l', 'Sure. Will you be selling only at the market, or online too?'],
    [90, 'p', 'just the market, saturdays'],
    [98, 'l', "Prepared food like jam is usually taxable in Maryland, so yes: register for a sales and use tax license with the Comptroller of Maryland — it's free, online at marylandtaxes.gov (Business > Register a New Business). The market manager may also ask for a cottage food registration; the Maryland Department of Health's cottage food page is at health.maryland.gov (search \"cottage food\")."],
    [104, 'l', 'Does that answer it?'],
    [170, 'p', 'ok'],
    [176, 'l', 'Bye now, good luck at the market!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // BZ27 NAICS code: the source given before any question; a patron question answered 170 s later
  s(FRANK, 'BZ27 NAICS for mobile dog grooming: census.gov/naics with the question in the same message; SBA size question answered 170 s later', [
    [0, 'p', 'what naics code should I use for a mobile dog grooming business? the loan form asks for it'],
    [24, 'l', 'Hello, Frank here, a librarian at Harford County Public Library.'],
    [30, 'l', 'You can look it up at census.gov/naics — search "grooming". Is it only grooming, or boarding too?'],
    [80, 'p', 'only grooming'],
    [90, 'l', 'Then it is 812910, "Pet Care (except Veterinary) Services". That covers grooming and pet sitting.'],
    [96, 'l', 'Does that match what you do?'],
    [130, 'p', 'yes. does it matter for the SBA loan which code i pick? like does it change the size standard?'],
    [300, 'l', "Sorry for the delay! Yes — the SBA's size standard depends on the NAICS code; for 812910 it's a cap on average annual receipts. You can check it with the SBA's Size Standards Tool at sba.gov/size-standards."],
    [306, 'l', 'Anything else I can help with?'],
    [350, 'p', 'no that covers it, thanks'],
    [355, 'l', 'Thanks for chatting with us — good luck with the grooming van!'],
  ], usual({ informed: 'fail', clarify: 'fail' })),

  // BZ28 free business advice: SCORE named with no way to reach it (no source, referral without contact)
  s(PEGGY, 'BZ28 free advice for a new business (former nurse): "SCORE is great … I\'d reach out to them" with no URL or phone', [
    [0, 'p', 'I want to start a business but have no idea what kind. is there someone who gives advice for free?'],
    [45, 'l', "Hi, I'm Peggy, a librarian at Dorchester County Public Library."],
    [50, 'l', 'Do you have a particular field in mind, or are you still exploring ideas?'],
    [115, 'p', 'still exploring. I used to be a nurse'],
    [122, 'l', "SCORE is great for that — they have volunteer mentors, many of them retired business owners, and it's free. I'd reach out to them and ask for a mentor who has worked in health care."],
    [128, 'l', 'Does that help?'],
    [190, 'p', 'yes ill look them up. thanks'],
    [196, 'l', 'Thank you for chatting, and best of luck!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // BZ29 deck permit: pickedUpAt recorded at 40 s, first message at 85 s
  s(ROLAND, 'BZ29 deck permit in Frederick County: queue, "hello??", pickedUpAt 40 s, first message at 85 s; permits page + office phone', [
    [0, 'p', 'Do I need a permit to build a deck in Frederick County?'],
    queue(3, 2),
    [60, 'p', 'hello??'],
    [85, 'l', "Hello, and sorry for the wait! I'm Roland, a librarian with Frederick County Public Libraries."],
    [91, 'l', 'Is the deck attached to the house, and roughly how high off the ground will it be?'],
    [150, 'p', 'attached, maybe 4 ft high'],
    [158, 'l', 'Then yes — attached decks, and any deck over 30 inches high, need a building permit in Frederick County. The Division of Permitting and Development Review\'s page has the deck guide and the application: frederickcountymd.gov/permits (look for "Residential Deck Guidelines"). You can also call the permits office at 301-600-1087 with questions.'],
    [164, 'l', 'Is that what you were looking for?'],
    [260, 'p', "yes that's what I needed. no more questions"],
    [266, 'l', 'Happy building, and thanks for using Ask Us Now!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // BZ30 lost LLC articles: "Sure, take your time." is no hold; the patron is away 304 s
  s(WANDA, 'BZ30 lost LLC articles of organization: "Sure, take your time." then 304 s until the patron is back; Business Express entity search', [
    [0, 'p', 'I need a copy of the articles of organization for my LLC, I lost them'],
    [30, 'l', 'Hi there! Wanda from Charles County Public Library here, with Ask Us Now.'],
    [36, 'l', 'Was the LLC formed in Maryland? And do you know its exact name or SDAT ID number?'],
    [90, 'p', 'yes maryland. let me find the name exactly, its on a bank letter somewhere'],
    [96, 'l', 'Sure, take your time.'],
    [400, 'p', 'ok found it. Blue Heron Home Repair LLC'],
    [408, 'l', 'Thanks! Search Maryland Business Express at egov.maryland.gov/businessexpress/entitysearch for "Blue Heron Home Repair". Click the entity, then "Filing History" — you can view the Articles of Organization free, or order a certified copy there for a fee.'],
    [414, 'l', 'Were you able to pull it up?'],
    [500, 'p', 'yes! downloaded it. thats all i needed, thank you'],
    [505, 'l', 'Wonderful, thanks for chatting!'],
  ], usual()),

  // BZ31 county job application status: a hold, an internal note and a patron "hello?" inside a 140 s wait
  s(HOLLY, 'BZ31 county job application status: hold at 81, internal note at 100, patron "hello?" at 150, answer at 221 (140 s)', [
    [0, 'p', 'I applied for a county government job 2 months ago, how do I check the status?'],
    [25, 'l', 'Hi, Holly at Anne Arundel County Public Library here with Ask Us Now.'],
    [30, 'l', "Did you apply online through the county's job portal, or on paper?"],
    [75, 'p', 'online'],
    [81, 'l', 'Let me check how the county posts status updates. One moment.'],
    [100, 'i', 'note: check the county personnel office pages first'],
    [150, 'p', 'hello?'],
    [221, 'l', 'Sorry about that! Log in to your account at governmentjobs.com/careers/annearundel and open "Applications" — each one shows a status like "Under review" or "Referred to hiring manager". If it hasn\'t changed in 2 months, you can e-mail the Office of Personnel at personnel@aacounty.org.'],
    [227, 'l', 'Does that help?'],
    [280, 'p', 'yes it says referred to hiring manager. thanks'],
    [286, 'l', 'That sounds promising! Anything else today?'],
    [320, 'p', 'no thanks'],
    [325, 'l', 'Good luck! Thanks for contacting Ask Us Now.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // BZ32 liquor licence list: slow pickup; a call back by phone "tomorrow morning" (pending)
  s(OSCAR, 'BZ32 Baltimore package-store licences: pickup at 75, holds, call back "tomorrow morning" at a phone read back (FU_ME, pending)', [
    [0, 'p', 'Hi - I am looking for the list of all active liquor licenses in Baltimore City for a market study. Is that public?'],
    queue(4, 3),
    [58, 'p', 'anyone there?'],
    [75, 'l', "Hello! I'm Oscar, a librarian in the Business, Science & Technology Department at the Enoch Pratt Free Library. Sorry for the wait."],
    [81, 'l', 'Do you need the whole city, or particular neighborhoods? And which license classes (restaurants, package stores, taverns)?'],
    [150, 'p', 'Just package stores, whole city'],
    [157, 'l', "Let me check the Liquor Board's data. Give me a couple of minutes."],
    [270, 'l', 'The Board of Liquor License Commissioners publishes a list, but the version I can find online is from 2023. I want to check with a colleague whether there is a current export on Open Baltimore.'],
    [330, 'l', "I'd rather not give you an outdated list. Could I call you back tomorrow morning once I've confirmed the current source? What number is best?"],
    [385, 'p', 'sure, 443-555-0147'],
    [391, 'l', 'Thanks, I\'ll call you at 443-555-0147 tomorrow morning, before noon. In the meantime, the 2023 list is on the Liquor Board\'s website, llcbaltimore.com, under "Licensee Lists".'],
    [397, 'l', 'Will the 2023 list work as a starting point for now?'],
    [450, 'p', 'yes that works. thank you!'],
    [456, 'l', 'Thank you for contacting the Pratt Library. Talk to you tomorrow!'],
  ], usual({ pickup: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // BZ33 1970s zoning: follow-up by me with no contact anywhere and no time
  s(TESS, 'BZ33 was Route 40 lot zoned commercial in the 70s: GIS viewer, "I\'ll ask our local history staff … get back to you", FU_ME, no contact', [
    [0, 'p', 'was my property on Route 40 ever zoned commercial? I think it was in the 70s'],
    [35, 'l', "Hi! I'm Tess, a librarian at Cecil County Public Library."],
    [41, 'l', 'Do you know the tax map and parcel number, or the address?'],
    [95, 'p', '1420 Pulaski Hwy'],
    [102, 'l', 'Thanks. Let me see what zoning maps we can get to.'],
    [215, 'l', "The county's current zoning is on the Cecil County GIS viewer (ccgov.org > GIS > Zoning), but the 1970s zoning maps aren't online. I'll ask our local history staff to check the old maps and get back to you."],
    [221, 'l', 'Is the current zoning map a help in the meantime?'],
    [290, 'p', 'ok sure, thanks'],
    [296, 'l', 'Thanks for using Ask Us Now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // BZ34 Foundation Directory: the patron's thanks answered 135 s later
  s(ABE, 'BZ34 Foundation Directory for a youth soccer nonprofit: the patron\'s "perfect, thank you!" answered 135 s later', [
    [0, 'p', 'does the library have the foundation directory? i need to find grants for our youth soccer nonprofit'],
    [20, 'l', 'Hi! This is Abe, a librarian with Baltimore County Public Library.'],
    [26, 'l', 'Are you looking for grants from foundations only, or government grants too?'],
    [70, 'p', 'foundations'],
    [78, 'l', 'Yes — Candid\'s Foundation Directory is free on the computers in any BCPL branch, and from home you can use Foundation Directory Essential with your card: bcpl.info > Research > Grants. Search "youth sports" and "Maryland" to find funders.'],
    [84, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'perfect, thank you!'],
    [275, 'l', "You're welcome! Sorry for the slow reply — I was helping someone else. Good luck with the grant search, and thanks for chatting!"],
  ], usual({ informed: 'fail', anything: 'fail' })),
];

/** The second batch (BZ35-BZ40), written and labelled after the first run, before its own run. */
export const business2: SessionCase[] = [
  // BZ35 county records: a Public Information Act request by e-mail or post; police reports by phone
  s(MAURA, 'BZ35 county road-project records: PIA coordinator by e-mail and postal address, police Central Records by phone, "thats everything"', [
    [0, 'p', 'how do i get copies of police reports and emails from baltimore county about the road project on my street? is that a FOIA?'],
    [33, 'l', 'Hi, Maura here, a librarian at Baltimore County Public Library, with Ask Us Now.'],
    [38, 'l', 'Just to be sure I send you to the right place: are the records from the county government (Public Works, Police), or from a state agency like the State Highway Administration?'],
    [100, 'p', 'county. public works mostly'],
    [108, 'l', "For county records it's not a federal FOIA but a Maryland Public Information Act (PIA) request. Send it to the county's PIA coordinator at the Office of Law, pia@baltimorecountymd.gov, or by mail to 400 Washington Avenue, Towson, MD 21204. The Attorney General's PIA Manual at marylandattorneygeneral.gov explains what to include."],
    [114, 'l', 'Is that what you needed to get started?'],
    [190, 'p', 'yes, perfect. and for the police report part?'],
    [197, 'l', "Police reports go to the Police Department's Central Records Section: call them at 410-887-2222 to request one."],
    [260, 'p', 'great thats everything'],
    [266, 'l', 'Thanks for contacting Ask Us Now — good luck with the road project!'],
  ], usual({ referral: 'pass' })),

  // BZ36 tract populations: pickup exactly 60 s, a restatement instead of a question, a hold answered exactly 120 s later
  s(NICK, 'BZ36 2020 population by tract for Columbia: pickup at exactly 60 s, "So you need …" restated, hold answered exactly 120 s later', [
    [0, 'p', 'i need population by census tract for columbia md, 2020, for a store location study'],
    [60, 'l', 'Hi! Nick at Howard County Library System here, happy to help.'],
    [66, 'l', 'So you need the 2020 census counts for every tract in Columbia, to compare areas for a store site.'],
    [95, 'p', 'yes exactly'],
    [101, 'l', 'Give me a moment to find the quickest route.'],
    [221, 'l', 'On data.census.gov, search "P1 Total Population", then Geography > Census Tract > Maryland > Howard County and tick all tracts; download the table as CSV. The county\'s planning department also has a tract map at howardcountymd.gov (search "census tract map").'],
    [227, 'l', 'Is this the kind of data you had in mind?'],
    [275, 'p', 'yes. that works'],
    [281, 'l', 'Anything else I can help you find?'],
    [315, 'p', 'nope all set'],
    [320, 'l', 'Great — thanks for chatting, and good luck with the store!'],
  ], usual()),

  // BZ37 LLC annual report: the final idle begins at the answer after a hold, not at the hold; goodbye 170 s into it
  s(PAULA, 'BZ37 LLC annual report + extension: hold at 156, answer at 250, check-in at 370, goodbye at 420 (final idle 170 s from the answer)', [
    [0, 'p', 'do I have to file a personal property return for my LLC even if it made no money?'],
    [24, 'l', "Hi, I'm Paula, a librarian at Carroll County Public Library (Ask Us Now)."],
    [30, 'l', 'Is the LLC registered in Maryland, and does it own any equipment or furniture?'],
    [85, 'p', 'yes maryland. just a laptop'],
    [92, 'l', 'Yes — every business entity registered in Maryland must file the annual report (Form 1) with SDAT by April 15, even with no income or property, and an LLC pays a $300 filing fee. You file it online through Maryland Business Express at businessexpress.maryland.gov.'],
    [98, 'l', 'Does that answer it?'],
    [150, 'p', 'ugh ok. can you check if there is an extension?'],
    [156, 'l', 'Sure, one moment.'],
    [250, 'l', 'Yes: SDAT grants a two-month extension (to June 15) if you request it by April 15 — the request form is on the same Business Express site under "Annual Report Extension".'],
    [370, 'l', 'Are you still with me?'],
    [420, 'l', 'Thanks for chatting with Ask Us Now — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // BZ38 a supplier's credit rating: business librarian consulted (internal), the library's own centre by phone and address
  s(RITA, 'BZ38 private supplier\'s credit score: "I\'ll ask our business librarian" (staff consulted), Mergent in-library, "call our Business & Career Center"', [
    [0, 'p', "Can I look up a company's credit rating? checking out a supplier before signing a contract"],
    [21, 'l', 'Good morning! This is Rita, a librarian at the Enoch Pratt Free Library.'],
    [26, 'l', "Is the supplier a private company or publicly traded? And do you know what state it's in?"],
    [90, 'p', 'private, based in Ohio'],
    [96, 'l', "I'll ask our business librarian which of our databases covers private companies — one moment."],
    [150, 'i', 'Business desk: Mergent Intellect has D&B credit scores for private cos, in-library only.'],
    [205, 'l', 'Our Mergent Intellect database has Dun & Bradstreet credit scores for private companies, but only on computers inside Pratt branches. For a walk-through, call our Business & Career Center at 410-396-5317 or stop by the Central Library, 400 Cathedral St.'],
    [211, 'l', 'Will that work for checking the supplier?'],
    [270, 'p', 'Yes, I can come in Thursday. No more questions, thanks!'],
    [276, 'l', 'Great, see you then! Thank you for using Pratt chat.'],
  ], usual({ referral: 'pass' })),

  // BZ39 a father's DD-214: the SF-180 mailed to the records center; the VA by phone
  s(SETH, 'BZ39 late father\'s DD-214 for burial benefits: SF-180 mailed to the National Personnel Records Center (postal address), the VA by phone', [
    [0, 'p', 'my dad passed and I need his DD214 for burial benefits. how do i get it'],
    [29, 'l', "Hello, I'm Seth, a librarian at Washington County Free Library. I'm very sorry about your father."],
    [35, 'l', 'Are you his next of kin (child or spouse)? And do you know roughly when he served?'],
    [110, 'p', 'yes his son. army, vietnam era'],
    [118, 'l', 'Next of kin can request it from the National Personnel Records Center. Fill out the SF-180 form (archives.gov/veterans/military-service-records) and mail it with a copy of the death certificate to the National Personnel Records Center, 1 Archives Drive, St. Louis, MO 63138. For burial benefits, the funeral home can often get it faster through the VA, so you could also call the VA at 1-800-827-1000.'],
    [124, 'l', 'Does that help?'],
    [200, 'p', 'yes thank you'],
    [206, 'l', 'Is there anything else I can help you with?'],
    [260, 'p', 'no that is all'],
    [265, 'l', 'Take care, and thank you for reaching out.'],
  ], usual({ referral: 'pass' })),

  // BZ40 weekly work-search contacts: the patron's "k thx" last, no goodbye
  s(KAYLA, 'BZ40 unemployment work-search contacts: Claimant Handbook URL, "Did that answer your question?", patron "k thx" last, no goodbye', [
    [0, 'p', 'how many job contacts do i need each week for unemployment'],
    [16, 'l', 'Hi! Kayla, librarian at Harford County Public Library, on Ask Us Now.'],
    [22, 'l', 'Are you on regular unemployment insurance in Maryland?'],
    [40, 'p', 'yes'],
    [47, 'l', 'In Maryland you need at least 3 valid work search contacts each week, and one can be a workshop at an American Job Center. You report them in your weekly claim in BEACON. The rules are in the Claimant Handbook at labor.maryland.gov/employment/clmtguidebk.'],
    [52, 'l', 'Did that answer your question?'],
    [80, 'p', 'k thx'],
  ], usual({ anything: 'fail', courteous: 'fail' })),
];

/** Cases the scorer misreads, by the code that starts each name (filled after the run). */
const LEFT_WHY: Record<string, string> = {
  BZ15: 'inquiry.clarify: scorer fail, RUBRIC pass. Message 2: "Which library card do you have? Some of the market research databases are only licensed for certain counties." asks the patron\'s home library (RUBRIC: "questions about the patron\'s situation … such as home library … count") before the first source (message 6, Data Axle on fcpl.org); the scorer takes the second sentence, a generic mention of "the market research databases" with no name, for a source given in the same message, so the question is not "before" it (note: "gave a source without first asking about the need or restating it"; evidence message 2, that sentence). The question alone, or "Some of our resources are only licensed …", passes.',
  BZ32: 'followup.completeness: scorer fail, RUBRIC pass. Message 11: "Will the 2023 list work as a starting point for now?" right after message 10 gave the 2023 list on llcbaltimore.com: it asks whether what was given meets the need; the scorer\'s note: "never asked whether the information given meets the need". "Will the list work as a starting point for now?" passes: a year (number) inside the noun phrase ("the 2023 list") breaks the reading.',
  BZ35: 'inquiry.clarify: scorer fail, RUBRIC pass. Message 2: "Just to be sure I send you to the right place: are the records from the county government (Public Works, Police), or from a state agency like the State Highway Administration?" is a question about the need before the first source (message 4); the scorer\'s note: "gave a source without first asking about the need or restating it". The same question without the lead-in, or after "Just to be sure:" / "Quick question:", passes: a lead-in that says why the provider asks ("so I can send you to the right place", "to be sure I send you …") hides the question.',
};
const code = (c: SessionCase): string => c.name.split(' ')[0]!;
const cases = [...business, ...business2];

describe('forty-third round: business, careers and government information, checked', () => {
  describeSessions('whole sessions', cases.filter((c) => !(code(c) in LEFT_WHY)));
  describeLeft('whole sessions', cases.filter((c) => code(c) in LEFT_WHY));
});
